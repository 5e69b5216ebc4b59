"""The reader on sources and authors of its seventeenth round (issue 13,
``tests/eval/dev17``): an agency's full name closing the story, an agency's
standing line, a menu row with no separators, a site's tagline under its
name, dotted country initials, an author box opening with "Dr." and a
newsletter's closing words before its writer's name."""

from __future__ import annotations

import pytest

from generator.reader.meta import parse_meta
from generator.reader.meta_fields import Meta
from generator.reader.names import is_person
from generator.reader.outlets import clean_outlet, house_line, is_outlet
from generator.reader.signatures import bio_author
from generator.reader.site_name import is_menu_run, is_tagline
from tests.reader_story import LAST, LEAD, MORE, body_text, read

TITLE = "Gallium checks slow shipments from southern ports"


def pasted(*lines: str, after: tuple[str, ...] = ()) -> str:
    """A page with a blank line between its blocks."""
    return "\n\n".join((*lines, LEAD, MORE, LAST, *after)) + "\n"


def test_an_agencys_full_name_alone_under_the_story_is_its_source() -> None:
    page = pasted(
        "The Harbour Chronicle", "Nation Business World", TITLE, after=("Agence France-Presse",)
    )
    article = read(page)
    assert article.source_name == "Agence France-Presse"
    assert "Agence France-Presse" not in body_text(article)


def test_an_agencys_full_name_is_an_outlet_and_a_plain_name_is_not() -> None:
    assert is_outlet("Agence France-Presse")
    assert is_outlet("The Associated Press")
    assert not is_outlet("Maria Soltero")


def test_the_standards_line_of_one_agency_names_it() -> None:
    assert house_line("Our Standards: The Thomson Reuters Trust Principles.") == "Reuters"
    assert house_line("Our standards: how we report") is None
    page = pasted(
        "Ledgerline Markets",
        TITLE,
        "By Tomas Ek",
        after=("Our Standards: The Thomson Reuters Trust Principles.",),
    )
    assert read(page).source_name == "Reuters"


@pytest.mark.parametrize(
    ("text", "menu"),
    [
        ("Science Maps Data News", True),
        ("Nation Business World Opinion Lifestyle", True),
        ("Asia Business News Network", False),
        ("Mining Gazette Africa", False),
    ],
)
def test_a_row_of_sections_names_no_outlet(text: str, menu: bool) -> None:
    assert is_menu_run(text) is menu


def test_under_a_government_banner_the_office_is_the_source_not_the_menu() -> None:
    page = pasted(
        "An official website of the United States government",
        "Here's how you know",
        "U.S. Geological Survey",
        "Science  Maps  Data  News",
        TITLE,
    )
    assert read(page).source_name == "U.S. Geological Survey"


def test_dotted_country_initials_are_in_no_persons_name() -> None:
    assert not is_person("U.S. Geological Survey")
    assert is_person("J.R. Okafor")


@pytest.mark.parametrize(
    ("text", "tagline"),
    [
        ("Notes on magnets, motors and the metals behind them", True),
        ("Senior correspondent covering Asian metal markets", False),
        ("Partner at Vistula Resource Capital", False),
        ("Published 3 March 2025 by the editors", False),
    ],
)
def test_a_tagline_is_told_from_a_job_title(text: str, tagline: bool) -> None:
    assert is_tagline(text) is tagline


def test_a_name_shaped_site_name_over_its_tagline_is_the_source() -> None:
    page = pasted(
        "Rare Earth Tinkerer",
        "Notes on magnets, motors and the metals behind them",
        TITLE,
        "Posted on March 3, 2025 by admin",
    )
    article = read(page)
    assert article.source_name == "Rare Earth Tinkerer"
    assert article.author is None


def test_an_author_box_may_open_with_an_honorific() -> None:
    assert bio_author("Dr. Priya Nair is a materials scientist at Leeds.") == "Priya Nair"
    page = pasted(
        TITLE,
        "Guest contributor",
        after=("About the author", "Dr. Priya Nair is a materials scientist at Leeds."),
    )
    assert read(page).author == "Priya Nair"


@pytest.mark.parametrize(
    "closing",
    [
        ("Until next Thursday, Rafael Cortés",),
        ("Until next Thursday,", "Rafael Cortés"),
        ("Best wishes, Rafael Cortés",),
    ],
)
def test_a_newsletters_closing_words_before_its_writers_name(closing: tuple[str, ...]) -> None:
    page = pasted(TITLE, after=(*closing, "Editor, The Lithium Ledger"))
    assert read(page).author == "Rafael Cortés"


def test_a_closing_sentence_is_no_signature() -> None:
    page = pasted(TITLE, after=("Thanks, the market will reopen on Monday.",))
    assert read(page).author is None


def test_a_release_from_an_office_names_it_and_a_person_after_from_does_not() -> None:
    assert parse_meta("From: Natural Resources Canada") == Meta(source="Natural Resources Canada")
    assert parse_meta("From: Jane Roe") in (None, Meta())
    page = pasted("Government of Canada", TITLE, "From: Natural Resources Canada", "May 22, 2025")
    assert read(page).source_name == "Natural Resources Canada"


def test_a_job_at_an_employer_under_a_name_is_no_headline() -> None:
    page = pasted(TITLE, "Marta Kowalski", "Partner at Vistula Resource Capital", "May 9, 2025")
    article = read(page)
    assert article.title == TITLE
    assert article.author == "Marta Kowalski"
    assert "Partner at Vistula Resource Capital" not in body_text(article)


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        ("Copyright Mining Monitor 2025", "Mining Monitor"),
        ("(c) Mining Monitor Pty Ltd 2025", "Mining Monitor"),
    ],
)
def test_a_copyright_line_closing_the_page_names_its_holder_alone(footer: str, source: str) -> None:
    assert read(pasted(TITLE, "By Jane Roe", after=(footer,))).source_name == source


def test_a_writers_role_after_an_outlets_name_is_cut() -> None:
    assert clean_outlet("Mining Monitor Contributor") == "Mining Monitor"
    assert clean_outlet("The Capitol Trade Reporter") == "The Capitol Trade Reporter"


def test_a_source_field_run_into_the_next_label_stops_there() -> None:
    meta = parse_meta("Source: Xinhua Editor: Li Wei 2025-05-03")
    assert meta is not None and meta.source == "Xinhua"
    assert parse_meta("Source: Jiangxi Daily") == Meta(source="Jiangxi Daily")


@pytest.mark.parametrize(
    "byline", ["By Jane Roe, Special to Mining Monitor", "By Jane Roe, for Mining Monitor"]
)
def test_a_byline_names_the_outlet_written_for(byline: str) -> None:
    article = read(pasted(TITLE, byline))
    assert (article.author, article.source_name) == ("Jane Roe", "Mining Monitor")
