"""Organisations on news and trade pages of mining, metals, energy and markets
(dev54): a clause after a name is no apposition, a First Nation's "Grand Chief",
a law with a bracketed part, a stock market named as where shares are listed, a
department named both ways with its country, a members' body closing on its
country; the publisher's note with its company's registration is chrome."""

from __future__ import annotations

import pytest

from generator.extract.aliases import organisation_alias
from generator.extract.entities import extract_entities
from generator.extract.name_runs import name_runs
from generator.extract.resolve import resolve_entities
from generator.reader.furniture_rules import FURNITURE_RULES
from generator.reader.lines import read_lines
from tests.entity_story import article, organisations, people


def test_a_clause_after_an_employer_gives_it_no_role() -> None:
    text = (
        "Jayesh Shah, metals analyst at Kotak Institutional Equities, said investors "
        "would watch the capital spending plans of the winners."
    )
    assert people(text) == {"Jayesh Shah": "metals analyst at Kotak Institutional Equities"}
    assert organisations(text) == ["Kotak Institutional Equities"]


def test_a_grand_chief_is_titled_by_no_body() -> None:
    text = '"The Nation will have a voice," said Grand Chief Mandy Gull-Masty.'
    assert people(text) == {"Mandy Gull-Masty": "Grand Chief"}
    assert organisations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Amendments to the Mines and Minerals (Development and Regulation) Act let the Centre sell blocks.",
        "The Mining Industry (Amendment) Bill was tabled on Monday.",
    ],
)
def test_a_law_with_a_bracketed_part_is_no_body(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ZCCM-IH, which is listed on the Lusaka Securities Exchange (LuSE: ZCCM), will keep 30%.",
        "Its shares are listed on the Prime Market of the Tokyo Stock Exchange.",
    ],
)
def test_a_stock_market_named_where_shares_are_listed_is_no_entity(text: str) -> None:
    assert not [name for name in organisations(text) if name.endswith("Exchange")]


def test_an_exchange_that_acts_is_still_a_body() -> None:
    text = "The London Metal Exchange said it would review its cobalt contract."
    assert organisations(text) == ["London Metal Exchange"]


def test_a_department_named_both_ways_is_one_body_with_its_country() -> None:
    assert organisation_alias("Commerce Department", "U.S. Department of Commerce")
    assert not organisation_alias("Energy Department", "U.S. Department of Commerce")
    assert not organisation_alias("Commerce Department", "Acme Department of Commerce")
    text = (
        "The U.S. Department of Commerce widened its probe. The Commerce Department's "
        "Bureau of Industry and Security opened it in May."
    )
    found = resolve_entities(extract_entities(article(text))).entities
    assert [e.name for e in found] == [
        "U.S. Department of Commerce",
        "Bureau of Industry and Security",
    ]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Chamber of Mines of Zambia said power was the biggest risk.", "Chamber of Mines of Zambia"),
        ("The Chamber of Mines of South Africa said so.", "Chamber of Mines of South Africa"),
        ("The Federation of Industries of Ghana said so.", "Federation of Industries of Ghana"),
    ],
)  # fmt: skip
def test_a_members_body_closes_on_its_country(sentence: str, name: str) -> None:
    assert name in [run.name for run in name_runs(sentence)]


def test_a_trade_closing_a_firms_name_still_stops_before_its_place() -> None:
    runs = [run.name for run in name_runs("Orders went to Circulum Magnets of Lyon.")]
    assert "Circulum Magnets" in runs


def test_a_members_body_titles_its_president() -> None:
    text = "Chamber of Mines of Zambia president Nathan Chishimba said power was the risk."
    assert people(text) == {"Nathan Chishimba": "Chamber of Mines of Zambia president"}


def test_a_publishers_note_with_its_registration_is_chrome() -> None:
    line = (
        "The Metals Brief is published by Lowe & Pryor Media Ltd, 20 Eastcheap, London "
        "EC3M 1EU. Registered in England No. 09876543."
    )
    rule = next(rule for rule in FURNITURE_RULES if rule.name == "publisher_note")
    assert rule.test(line)
    assert read_lines(line + "\n")[0].kind == "boilerplate"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The lease was approved by the government's development agency Corfo last week.", "Corfo"),
        ("Prices rose 3%, price reporting agency Fastmarkets said on Friday.", "Fastmarkets"),
        ("The rules follow a review with the Responsible Minerals Initiative, an industry "
         "standards body, and with buyers.", "Responsible Minerals Initiative"),
    ],
)  # fmt: skip
def test_an_agency_or_a_body_named_as_its_kind_is_an_organisation(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_name_that_says_it_will_act_is_a_body() -> None:
    text = "FTSE Russell said it would move Fresnillo out of the index at its review."
    assert "FTSE Russell" in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mark Russell said it would be hard to raise the money this year.",
        "Peru said it would review the permits.",
    ],
)
def test_a_person_or_a_place_that_says_it_will_is_no_body(text: str) -> None:
    assert organisations(text) == []


def test_about_opening_a_releases_block_is_no_part_of_the_name() -> None:
    runs = [run.name for run in name_runs("About Sakura Rare Metals K.K.")]
    assert runs == ["Sakura Rare Metals K.K."]
    inside = [run.name for run in name_runs("Demand came from About You and Zalando.")]
    assert "About You" in inside


def test_a_legal_form_that_lost_its_stop_to_the_full_stop_is_the_same_firm() -> None:
    assert organisation_alias("Sakura Rare Metals K.K", "Sakura Rare Metals K.K.")
    assert not organisation_alias("Sakura Rare Metals K.K.", "Sakura Rare Metals K.K")
    assert not organisation_alias("Sakura Rare Metal", "Sakura Rare Metals")
    text = "Contact: Corporate Communications, Sakura Rare Metals K.K"
    found = resolve_entities(
        extract_entities(article(text, "About Sakura Rare Metals K.K."))
    ).entities
    assert [e.name for e in found] == ["Sakura Rare Metals K.K."]


def test_a_body_closed_by_its_head_starts_no_field_list_after_and() -> None:
    runs = name_runs("It comes from the Canada Infrastructure Bank and Export Development Canada.")
    assert [run.name for run in runs] == ["Canada Infrastructure Bank", "Export Development Canada"]
    runs = name_runs("The Senate Energy and Natural Resources Committee met.")
    assert [run.name for run in runs] == ["Senate Energy and Natural Resources Committee"]


def test_a_listed_juniors_exchange_notice_is_chrome() -> None:
    line = (
        "Neither the TSX Venture Exchange nor its Regulation Services Provider (as that term "
        "is defined in the policies of the TSX Venture Exchange) accepts responsibility for "
        "the adequacy or accuracy of this release."
    )
    assert read_lines(line + "\n")[0].kind == "boilerplate"


def test_two_initials_written_together_open_a_persons_name() -> None:
    text = '"It works," Mines Secretary V.L. Kantha Rao told reporters in New Delhi.'
    assert people(text) == {"V.L. Kantha Rao": "Mines Secretary"}
    assert people("The U.S. Trade Representative said it works.") == {}
