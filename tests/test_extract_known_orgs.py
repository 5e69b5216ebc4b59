"""Organisations known by name (dev43): real firms and public bodies a page names
whole with no cue word, found by the lexicon of ``known_firms`` and
``known_bodies``; the names giving way to people, places, tickers, securities,
longer names, and outlets that are not quoted as a source."""

from __future__ import annotations

import re

import pytest

from generator.extract.entities import extract_entities
from generator.extract.known_bodies import BODIES, MEDIA
from generator.extract.known_firms import FIRMS
from generator.extract.known_orgs import KNOWN_ORGANISATIONS, names_by_first_letter, sentence_names
from generator.extract.lexicon import is_place
from generator.extract.resolve import resolve_entities
from generator.model import Article, Block, Section


def article(*paragraphs: str, source: str | None = None) -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * i) for i, text in enumerate(paragraphs))
    return Article(
        path="t.txt", title="T", slug="t", sections=(Section(None, blocks, 1),), source_name=source
    )


def organisations(*paragraphs: str, source: str | None = None) -> list[str]:
    found = resolve_entities(extract_entities(article(*paragraphs, source=source))).entities
    return [e.name for e in found if e.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sojitz and JOGMEC will lend a further A$300 million to the miner.",
         ["Sojitz", "JOGMEC"]),
        ("Toyota, Honda and Nidec have all said they are studying new motors.",
         ["Toyota", "Honda", "Nidec"]),
        ("USTR leads the talks, and Treasury screens Chinese investment through CFIUS.",
         ["USTR", "Treasury", "CFIUS"]),
        ("CSIRO said in a report last week that two refineries could be built.", ["CSIRO"]),
        ("Svenska kraftnät said new connections could not be promised.", ["Svenska kraftnät"]),
        ("Rio Tinto CEO Jakob Stausholm said the pilot would run for a year.", ["Rio Tinto"]),
        ("Japan's METI said it would widen the agency's mandate.", ["METI"]),
    ],
)  # fmt: skip
def test_a_known_name_alone_is_an_organisation(text: str, names: list[str]) -> None:
    found = organisations(text)
    assert all(name in found for name in names), found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Keisuke Honda said the plan was sound. Honda added that costs were high.", "Honda"),
        ("Mr Honda said the plan was sound.", "Honda"),
        ("Treasury yields rose after the data.", "Treasury"),
        ("Shares of the miner (NYSE: MP) and of Lynas (ASX: LYC) rose.", "ASX"),
        ("The Department of Mineral Resources said the permit was valid.", "Mineral Resources"),
        ("Toyota City officials welcomed the plant.", "Toyota"),
        ("Bloomberg data showed imports fell.", "Bloomberg"),
    ],
)
def test_a_known_name_gives_way(text: str, absent: str) -> None:
    assert absent not in organisations(text)


def test_an_outlet_counts_where_the_page_quotes_it_and_is_not_the_publisher() -> None:
    text = "Vice Premier He Lifeng said in a statement carried by Xinhua that talks went well."
    assert "Xinhua" in organisations(text)
    assert "Xinhua" not in organisations(text, source="Xinhua")


def test_short_and_long_forms_merge() -> None:
    found = organisations(
        "Lynas Rare Earths will build a heavy rare earth line.", "Shares in Lynas rose 3.4%."
    )
    assert "Lynas Rare Earths" in found and "Lynas" not in found


def test_a_list_beside_a_known_name_finds_the_rest() -> None:
    found = organisations("Bosch, ZF and Harlow Drives said they would not commit.")
    assert "Harlow Drives" in found


def test_the_lexicon_is_named_data_of_distinct_names() -> None:
    names = [name for names in KNOWN_ORGANISATIONS.values() for name in names]
    assert len(names) == len(set(names))
    assert set(KNOWN_ORGANISATIONS) >= {*FIRMS, *BODIES, "media"}
    assert not any(is_place(name) for name in names)
    # Common words, surnames and places are left out on purpose.
    assert not {"MP", "Delta", "Apple", "Ford", "Shell", "Vale"} & set(names)
    assert "Xinhua" in MEDIA and sentence_names("Xinhua said so.", frozenset()) == ["Xinhua"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Treasury Secretary Scott Bessent said the talks were productive.", "Treasury"),
        ("Recipients include Alcoa of Australia and Iluka Resources.", "Alcoa"),
        ("The Korea Mine Rehabilitation and Mineral Resources Corp., known as KOMIR, will"
         " buy the stock. KOMIR said it would start in May.", "KOMIR"),
        ("Shares in Iluka closed 1.8% higher on the ASX.", "ASX"),
    ],
)  # fmt: skip
def test_a_title_a_longer_name_a_spelled_out_body_and_a_venue_are_no_second_name(
    text: str, absent: str
) -> None:
    assert absent not in organisations(text)


def test_a_job_after_its_employer_keeps_the_employer() -> None:
    assert sentence_names("Citi analyst Marcus Feld wrote.", frozenset()) == ["Citi"]
    assert sentence_names("Rio Tinto CEO Jakob Stausholm said so.", frozenset()) == ["Rio Tinto"]


def test_a_past_employer_in_a_description_is_no_organisation_of_the_story() -> None:
    text = "said Victor Lindqvist, a former Treasury official who is now a partner at a firm"
    assert sentence_names(text, frozenset()) == []
    assert sentence_names("Treasury officials said the rules would change.", frozenset()) == [
        "Treasury"
    ]


def test_a_ministry_publishing_its_release_spells_out_its_acronym() -> None:
    text = "METI will pay for two magnet recycling pilots, the ministry said."
    assert "METI" in organisations(text)
    source = "Ministry of Economy, Trade and Industry"
    assert "METI" not in organisations(text, source=source)


def test_a_possessive_names_the_firm() -> None:
    found = organisations("Solvay's plant at La Rochelle and LKAB’s plan were both cited.")
    assert "Solvay" in found and "LKAB" in found


def test_a_short_line_with_no_closing_mark_is_a_link_not_prose() -> None:
    assert "Rio Tinto" not in organisations("Rio Tinto's Arcadium deal closes")
    assert "Rio Tinto" in organisations("Rio Tinto's Arcadium deal closed on Monday.")


def test_a_credit_line_under_a_name_is_no_link() -> None:
    assert sentence_names("Elena Strand — BMO Capital Markets", frozenset()) == [
        "BMO Capital Markets"
    ]
    assert "BMO Capital Markets" in organisations("Elena Strand — BMO Capital Markets")


def test_names_grouped_by_first_letter_match_as_the_flat_alternation() -> None:
    names = ["Rio Tinto Group", "Rio Tinto", "Rio", "BHP", "Barrick", "A"]
    flat = re.compile("|".join(re.escape(n) for n in names))
    grouped = re.compile(names_by_first_letter(names))
    text = "Rio Tinto Group and Rio Tinto and Rio; BHP, Barrick, A. Barr Riot"
    assert grouped.findall(text) == flat.findall(text)
    assert grouped.findall(text) == [
        "Rio Tinto Group",
        "Rio Tinto",
        "Rio",
        "BHP",
        "Barrick",
        "A",
        "Rio",
    ]
    assert (
        names_by_first_letter(names) == r"R(?:io\ Tinto\ Group|io\ Tinto|io)|B(?:HP|arrick)|A(?:)"
    )
