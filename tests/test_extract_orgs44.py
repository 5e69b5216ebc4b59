"""Organisations on pages dense in long official names (dev44): names holding a
list of fields after "on" or "for", "and" after an adjective or a trade's
members, a place closing a university's name, parts of ministries; programmes,
plans, events, laws and products that are no body; offices held in a chamber;
boards of an owner; a participle glued to a backer; a question's auxiliary;
titles closing on an honorific or on a field list; demonyms and towns."""

from __future__ import annotations

import pytest

from generator.extract.entities import extract_entities
from generator.extract.lexicon import is_place, names_nothing
from generator.extract.name_runs import name_runs
from generator.extract.resolve import resolve_entities
from tests.entity_story import article, organisations, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The House Committee on Energy, Trade, and Transportation held a hearing.",
            "House Committee on Energy, Trade, and Transportation",
        ),
        (
            "The Ministry of Fisheries, Blue Economy and Maritime Affairs said on Monday.",
            "Ministry of Fisheries, Blue Economy and Maritime Affairs",
        ),
        (
            "The Directorate-General for Energy, Industry and SMEs will run the call.",
            "Directorate-General for Energy, Industry and SMEs",
        ),
        (
            "A paper by the Institute of Mechanical and Aerospace Engineers was cited.",
            "Institute of Mechanical and Aerospace Engineers",
        ),
        (
            "The Federation of Metal Importers and Exporters said prices rose.",
            "Federation of Metal Importers and Exporters",
        ),
        (
            "She studied at the University of Science and Technology Nanjing for years.",
            "University of Science and Technology Nanjing",
        ),
        (
            "The Centre for Justice and Peace in Blantyre said the deal was secret.",
            "Centre for Justice and Peace",
        ),
        (
            "The Office of Mining and Hydrocarbons will handle the permits.",
            "Office of Mining and Hydrocarbons",
        ),
        (
            "The Oregon Division of Geological & Mineral Surveys mapped the basin.",
            "Oregon Division of Geological & Mineral Surveys",
        ),
        (
            "Support came from the Mayor's Office of Industrial Growth last year.",
            "Mayor's Office of Industrial Growth",
        ),
    ],
)
def test_a_long_official_name_stays_whole(text: str, name: str) -> None:
    assert name in organisations(text)


def test_two_bodies_after_and_the_stay_two() -> None:
    text = "The Pacific Mining Association and the Western Exploration & Metals Association agreed."
    found = organisations(text)
    assert "Pacific Mining Association" in found
    assert "Western Exploration & Metals Association" in found


@pytest.mark.parametrize(
    "words",
    [
        ("Northern", "Basins", "Mapping", "Program"),
        ("Quad", "Magnet", "Action", "Plan"),
        ("Battery", "Materials", "Week"),
        ("Clean", "Metals", "ETF"),
        ("Assembly", "Bill"),
        ("Bipartisan", "Ports", "Law"),
        ("Rare", "Metals", "Summit"),
    ],
)
def test_a_scheme_an_event_a_law_or_a_product_names_no_body(words: tuple[str, ...]) -> None:
    assert names_nothing(words)


@pytest.mark.parametrize(
    "words",
    [
        ("Center", "for", "Mineral", "Strategy"),
        ("United", "Nations", "Environment", "Programme"),
    ],
)
def test_a_body_named_for_its_work_is_still_a_body(words: tuple[str, ...]) -> None:
    assert not names_nothing(words)


@pytest.mark.parametrize(
    "text",
    [
        "The grant is part of the Coastal Minerals Mapping Program, the agency said.",
        "Ministers met at Battery Materials Week in Lisbon to sign it.",
        "Assembly Bill 90, sponsored by the committee, would require reports.",
    ],
)
def test_no_organisation_from_a_scheme(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Senate Minority Leader aides say the vote will slip.",
        "It is a priority, Union Minister for Steel Ashok Verma said at a briefing.",
    ],
)
def test_an_office_held_in_a_chamber_is_no_body(text: str) -> None:
    assert organisations(text) == []


def test_a_board_of_its_owner_is_no_body() -> None:
    text = "The Board of Governors of the Northern Investment Bank has approved a loan."
    assert organisations(text) == ["Northern Investment Bank"]


def test_a_backer_glued_to_its_participle() -> None:
    text = "Deliveries under a Department of Energy-funded pilot start in spring."
    assert organisations(text) == ["Department of Energy"]


def test_a_question_opened_by_an_auxiliary() -> None:
    assert [r.name for r in name_runs("Will India cut its duties on magnets?")] == ["India"]
    assert [r.name for r in name_runs("Will Danvers said the duties stay.")] == ["Will Danvers"]


def test_a_title_closing_on_an_honorific() -> None:
    text = "The deal was signed by Minister of Lands Hon. Martha Chirwa in the capital."
    assert people(text) == {"Martha Chirwa": "Minister of Lands"}


def test_the_last_field_of_a_title_is_no_employer() -> None:
    text = "Director General of Oil and Gas Surya Pratama told a hearing."
    assert organisations(text) == []
    assert people(text) == {"Surya Pratama": "Director General of Oil and Gas"}


def test_a_chamber_speaker_is_a_title() -> None:
    text = "Assembly Speaker Lorna Betts said the bill would reach the floor in May."
    assert people(text) == {"Lorna Betts": "Assembly Speaker"}
    assert organisations(text) == []


@pytest.mark.parametrize(
    "name", ["Kolwezi Town", "Tennant Springs", "Sandy Creek", "Group Village"]
)
def test_a_town_or_a_site_named_for_its_kind_is_a_place(name: str) -> None:
    assert is_place(name)


def test_a_demonym_alone_is_no_organisation() -> None:
    text = "Analysts at the Ghanaian brokerage Volta Securities said demand was weak."
    assert "Ghanaian" not in organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Stocks are held by the state's Japan Ore Rehabilitation and Metal Reserves Corporation.",
            "Japan Ore Rehabilitation and Metal Reserves Corporation",
        ),
        (
            "The firm may appeal to the U.S. Court of Appeals for the Ninth Circuit in May.",
            "U.S. Court of Appeals for the Ninth Circuit",
        ),
    ],
)
def test_a_body_whole_after_an_owner_or_before_its_circuit(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_possessive_closes_a_full_name() -> None:
    found = organisations(
        "Tarrant Alloys rose. The regulator cleared Tarrant Alloys Pty Ltd's purchase of a mill."
    )
    assert all("’s" not in name and "'s" not in name for name in found)


@pytest.mark.parametrize(
    ("words", "nothing"),
    [
        (("Federal", "Government"), True),
        (("Canadian", "Government"), True),
        (("Government", "of", "Ontario"), False),
    ],
)
def test_a_government_named_by_its_adjective_is_the_polity(
    words: tuple[str, ...], nothing: bool
) -> None:
    assert names_nothing(words) is nothing


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ranchers and the Confederated Nez and Palouse Tribes opposed the bill.",
            "Confederated Nez and Palouse Tribes",
        ),
        (
            "The Wiikwemkoong Unceded First Nation signed a benefits deal.",
            "Wiikwemkoong Unceded First Nation",
        ),
    ],
)
def test_a_peoples_own_government_is_an_organisation(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_place_before_the_name_belongs_to_the_title() -> None:
    text = "Mayor of the East Midlands Carol Pike said the plant would open."
    assert people(text) == {"Carol Pike": "Mayor of the East Midlands"}


def test_an_indian_honorific_is_no_part_of_the_name() -> None:
    text = "Shri Ravi Menon, Secretary of the board, said the auction would open."
    article_ = resolve_entities(extract_entities(article(text)))
    assert "Ravi Menon" in [e.name for e in article_.entities if e.kind == "person"]


def test_a_run_qualifying_an_unnamed_committee_is_no_body() -> None:
    text = "A House Natural Resources and Energy subcommittee heard two witnesses."
    assert organisations(text) == []
