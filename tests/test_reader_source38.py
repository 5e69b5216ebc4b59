"""The reader on authors and sources of its thirty-eighth round (issue 13,
``tests/eval/dev38``): a research paper's kind under its headline, a
legislature's banner over one of its bodies, a numbered building over an
address, a country's initials before a body's spelled-out name, three names
parted by commas, a statistics office's "Principal contributors:", a chart's
data line, a mail client's sender line and a photographer's credit line."""

from __future__ import annotations

import pytest

from generator.reader.email_header import sender_line
from generator.reader.end_sources import is_street_line
from generator.reader.initials import spelled_out, stands_for
from generator.reader.issuer import is_parent_banner, is_unit_name, unit_under_banner
from generator.reader.lines import read_lines
from generator.reader.meta import parse_meta
from generator.reader.names import is_listed_person, is_person
from generator.reader.outlets import clean_outlet, outlet_of_job, owns_masthead
from generator.reader.words import is_release_kind_label
from tests.reader_story import LAST, LEAD, MORE, body_text, read

TITLE = "Gallium checks slow shipments from southern ports"


def pasted(*lines: str, after: tuple[str, ...] = ()) -> str:
    """A page with a blank line between its blocks."""
    return "\n\n".join((*lines, LEAD, MORE, LAST, *after)) + "\n"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Research Briefing", True),
        ("POLICY BRIEF", True),
        ("Working Papers", True),
        ("Client Alert", True),
        ("Resource Briefing Weekly", False),
        ("House of Commons Library", False),
    ],
)
def test_a_research_papers_kind_is_a_label(text: str, kind: bool) -> None:
    assert is_release_kind_label(text) is kind


def test_a_papers_kind_under_the_headline_is_no_source() -> None:
    page = pasted("Ore Policy Centre", TITLE, "Research Briefing", "3 November, 2025")
    assert read(page).source_name == "Ore Policy Centre"


@pytest.mark.parametrize(
    ("text", "banner"),
    [
        ("UK Parliament", True),
        ("U.S. House of Representatives", True),
        ("Government of Westland", True),
        ("The Parliament Magazine", False),
        ("House of Commons Library", False),
    ],
)
def test_a_legislatures_or_governments_banner(text: str, banner: bool) -> None:
    assert is_parent_banner(text) is banner


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("House of Commons Library", True),
        ("Committee on Energy Supply and Strategic Materials", True),
        ("Ministry of Mines", True),
        ("Gouvernement du Canada", False),
        ("Chairman Walter Brennick", False),
        ("Committee members said.", False),
    ],
)
def test_a_bodys_name_under_a_banner(text: str, unit: bool) -> None:
    assert is_unit_name(text) is unit


def test_the_body_under_a_parliaments_banner_published_the_page() -> None:
    page = pasted("UK Parliament", "House of Commons Library", "Research", "Topics", TITLE)
    assert read(page).source_name == "House of Commons Library"
    # Without a body's name under it, the banner stays the site's name.
    assert read(pasted("UK Parliament", "Research", "Topics", TITLE)).source_name != (
        "House of Commons Library"
    )


def test_a_numbered_building_opens_an_address() -> None:
    assert is_street_line("2125 Rayburn House Office Building")
    assert is_street_line("700 W Jefferson St, Second Floor")
    assert not is_street_line("Committee on Energy Supply and Strategic Materials")
    assert not is_street_line("The building opened in 2019")


def test_a_countrys_initials_stay_before_a_spelled_out_name() -> None:
    footer = "This service is provided to you at no charge by U.S. Customs and Border Protection."
    assert spelled_out("CBP", [footer]) == "U.S. Customs and Border Protection"
    assert spelled_out("CBP", ["Customs and Border Protection"]) == (
        "Customs and Border Protection"
    )
    assert spelled_out("PMAA", ["the Permanent Magnet Alliance of the Americas"]) == (
        "Permanent Magnet Alliance of the Americas"
    )


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("By Dr. Ann Lee, Tom Hale, Mei Lin", "Ann Lee, Tom Hale and Mei Lin"),
        (
            "Written by Tomasz Nowak, Amara Eze and Ji-ho Park",
            "Tomasz Nowak, Amara Eze and Ji-ho Park",
        ),
        # Two parts may be a name and its town, or a name and its job.
        ("By Isabela Fontes, São Paulo", "Isabela Fontes"),
        ("By Jane Doe, Sioux Falls, Tom Hale", "Jane Doe"),
        ("By Howard Pemberton, President and CEO", "Howard Pemberton"),
    ],
)
def test_names_parted_by_commas(text: str, author: str) -> None:
    found = parse_meta(text)
    assert found is not None and found.author == author


def test_a_town_or_a_job_is_no_listed_person() -> None:
    assert is_listed_person("Tom Hale")
    assert not is_listed_person("Sioux Falls")
    assert not is_listed_person("San Mateo")
    assert not is_listed_person("President and CEO")


def test_principal_contributors_are_the_writers() -> None:
    found = parse_meta("Principal contributors: Owen Castellano, Priya Natarajan")
    assert found is not None and found.author == "Owen Castellano and Priya Natarajan"
    found = parse_meta("Lead author: Amara Eze")
    assert found is not None and found.author == "Amara Eze"


def test_a_charts_data_line_is_chrome_and_no_source() -> None:
    page = pasted(
        "Energy Data Office",
        TITLE,
        "Data source: U.S. Census Bureau, USA Trade Online",
        "Chart: monthly U.S. imports of battery-grade graphite, January 2023–September 2026",
    )
    article = read(page)
    assert article.source_name != "U.S. Census Bureau, USA Trade Online"
    assert article.dek is None
    assert "Data source" not in body_text(article)


@pytest.mark.parametrize(
    ("text", "meta"),
    [
        (
            "Clara Voss | Alloyview Advisors <research@alloyview.com>",
            "By Clara Voss | Source: Alloyview Advisors",
        ),
        ("Ana Pires from Ore Notes <ana@orenotes.com>", "By Ana Pires | Source: Ore Notes"),
        ("The Lithium Letter <editor@lithiumletter.com>", "Source: The Lithium Letter"),
        # A person alone may be anyone forwarding it; a label is no sender.
        ("Jane Doe <jane@example.com>", None),
        ("Media contact: Jane Doe <jane@example.com>", None),
        ("Clara Voss | Alloyview Advisors", None),
    ],
)
def test_a_mail_clients_sender_line(text: str, meta: str | None) -> None:
    assert sender_line(text) == meta


def test_a_mail_clients_subject_and_sender_line() -> None:
    page = pasted(
        "Inbox",
        "Weekly note: the dysprosium premium is fading",
        "External",
        "Clara Voss | Alloyview Advisors <research@alloyview.com>",
        "Tue, Dec 1, 2026, 7:02 AM (2 days ago)",
        "to me",
    )
    article = read(page)
    assert article.title == "Weekly note: the dysprosium premium is fading"
    assert article.author == "Clara Voss"
    assert article.source_name == "Alloyview Advisors"


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Photography by Tobias Lind", True),
        ("Illustrations by Mia Ko", True),
        ("Image: Iron nitride powder before pressing. Tobias Lind for ferro.", True),
        ("Words by Anika Sorensen", False),
    ],
)
def test_a_photographers_credit_line(text: str, caption: bool) -> None:
    (line,) = read_lines(text)
    assert (line.kind == "caption") is caption


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("From Bloomberg News", "Bloomberg"),
        ("From AFP", "AFP"),
        ("Article source: Metal Bulletin Asia", "Metal Bulletin Asia"),
        ("Metal Bulletin Asia Newsroom", "Metal Bulletin Asia"),
    ],
)
def test_lines_naming_the_outlet_that_wrote_the_story(text: str, source: str) -> None:
    found = parse_meta(text)
    assert found is not None and found.source == source


@pytest.mark.parametrize(
    "text", ["From the archive", "From Our Correspondent", "From Jane Doe", "Image source: Getty"]
)
def test_lines_naming_no_outlet(text: str) -> None:
    found = parse_meta(text)
    assert found is None or found.source is None


@pytest.mark.parametrize(
    ("note", "source"),
    [
        ("This story originally appeared in Grist and is part of a climate network.", "Grist"),
        ("This story was first reported by Metal Bulletin Asia.", "Metal Bulletin Asia"),
        ("This content was produced by Metal Bulletin Asia in partnership.", "Metal Bulletin Asia"),
        # A language after the note names no publisher.
        ("This article was originally published in English.", "Ledgerline Markets"),
    ],
)
def test_a_republishing_note_under_the_story_names_the_first_publisher(
    note: str, source: str
) -> None:
    article = read(pasted("Ledgerline Markets", TITLE, "By Jane Doe", after=(note,)))
    assert article.source_name == source
    assert note not in body_text(article)


@pytest.mark.parametrize(
    ("text", "author", "source"),
    [
        ("By JANE DOE, ANN LEE and TOM HALE", "Jane Doe, Ann Lee and Tom Hale", None),
        ("By Jane Doe, Ann Lee, Tom Hale, Reuters", "Jane Doe, Ann Lee and Tom Hale", "Reuters"),
        (
            "Authors: Jane Doe (University of Leeds), Tom Hale (Ore Policy Institute)",
            "Jane Doe and Tom Hale",
            None,
        ),
        ("Posted in Markets by Jane Doe on Dec 3, 2026", "Jane Doe", None),
        # A desk's word is no outlet's name.
        ("News Desk", None, None),
    ],
)
def test_more_bylines(text: str, author: str | None, source: str | None) -> None:
    found = parse_meta(text)
    assert found is not None
    assert (found.author, found.source) == (author, source)


def test_a_team_is_no_writer() -> None:
    article = read(pasted("Ledgerline Markets", TITLE, "Team Ledgerline"))
    assert article.author is None


@pytest.mark.parametrize(
    ("after", "author"),
    [
        (("— Jane Doe",), "Jane Doe"),
        (("Jane Doe is a senior fellow at the Ore Policy Institute.",), "Jane Doe"),
        (("Posted in Markets by Jane Doe on Dec 3, 2026",), "Jane Doe"),
    ],
)
def test_the_writer_signing_under_the_story(after: tuple[str, ...], author: str) -> None:
    article = read(pasted("Ledgerline Markets", TITLE, after=after))
    assert article.author == author
    assert article.source_name == "Ledgerline Markets"


def test_a_name_under_a_closing_quotation_is_the_speakers() -> None:
    quoted = "The port's manager said on Tuesday: “We will not wait for the licences to clear.”"
    page = "\n".join(("Ledgerline Markets", TITLE, LEAD, MORE, quoted, "— Jane Doe")) + "\n"
    article = read(page)
    assert article.author is None
    assert article.source_name == "Ledgerline Markets"


def test_two_writers_each_over_a_job_title_under_the_headline() -> None:
    page = pasted(
        "Energy Outlook Agency",
        "Commentary",
        TITLE,
        "27 November 2026",
        "Lena Hartmann",
        "Energy Analyst",
        "Marco Bellini",
        "Head of Critical Minerals Supply",
    )
    article = read(page)
    assert article.author == "Lena Hartmann and Marco Bellini"
    assert "Energy Analyst" not in body_text(article)


def test_names_in_a_menu_over_its_entries_are_no_writers() -> None:
    page = pasted(
        "Office of Governor",
        "Governor Rebecca Lindqvist",
        "About the Governor",
        "First Lady",
        "Contact the Governor",
        TITLE,
    )
    assert read(page).author is None


def test_a_publishers_note_names_the_publication_over_its_owners_copyright() -> None:
    note = "Gridline is published by Fenwick Media Ltd, 14 Calder Street, London EC1V 4QT."
    page = pasted("GRIDLINE", "Issues", "Features", TITLE, after=(note, "© Fenwick Media Ltd 2026"))
    assert read(page).source_name == "Gridline"


def test_an_indian_companys_legal_form_and_a_ventures_owner() -> None:
    assert clean_outlet("Copyright © 2026 Deccan Media Ventures Pvt Ltd.") == (
        "Deccan Media Ventures"
    )
    assert owns_masthead("Deccan Media Ventures", "Deccan Business Today")
    footer = "Copyright © 2026 Deccan Media Ventures Pvt Ltd. All rights reserved."
    page = pasted("Deccan Business Today", "Markets", "Companies", TITLE, after=(footer,))
    assert read(page).source_name == "Deccan Business Today"


def test_a_navigation_toggle_is_no_masthead() -> None:
    page = pasted(
        "Skip to main content", "Open navigation menu", "The Harbour Gazette", "Search", TITLE
    )
    assert read(page).source_name == "The Harbour Gazette"


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Harbour Gazette reporter", "Harbour Gazette"),
        ("Reuters senior correspondent", "Reuters"),
        ("Consumer Affairs Editor", None),
        ("Senior Reporter", None),
        ("Harbour Gazette", None),
    ],
)
def test_an_outlet_before_its_writers_job(text: str, outlet: str | None) -> None:
    assert outlet_of_job(text) == outlet


@pytest.mark.parametrize(
    ("top", "after", "source"),
    [
        (("Business", TITLE, "Jane Doe, Harbour Gazette reporter"), (), "Harbour Gazette"),
        ((TITLE,), ("Jane Doe is a reporter for The Harbour Gazette.",), "The Harbour Gazette"),
        ((TITLE,), ("Min-seo Kang is Gridline's Asia editor.",), "Gridline"),
        ((TITLE,), ("Read more from The Harbour Gazette",), "The Harbour Gazette"),
        (
            (TITLE,),
            ("All content © The Harbour Gazette and its licensors",),
            "The Harbour Gazette",
        ),
    ],
)
def test_the_outlet_named_by_its_writers_line_or_its_furniture(
    top: tuple[str, ...], after: tuple[str, ...], source: str
) -> None:
    assert read(pasted(*top, "By Jane Doe", after=after)).source_name == source


def test_a_writers_note_ranks_under_the_masthead() -> None:
    page = pasted(
        "Ore Policy Review",
        "Commentary",
        TITLE,
        after=("Jane Doe is a columnist for The Harbour Gazette.",),
    )
    assert read(page).source_name == "Ore Policy Review"


def test_a_plurals_possessive_is_no_writers_name() -> None:
    assert not is_person("Directors' Dealings")
    assert is_person("Siobhan O'Brien")
    page = pasted("EQS-News", "Ad-hoc", "Corporate News", "Directors' Dealings", "Log in", TITLE)
    article = read(page)
    assert article.author is None
    assert article.source_name == "EQS News"


def test_a_rails_row_credit_with_an_age_is_no_source() -> None:
    rail = (
        "Recommended Stories",
        "Oil edges higher after inventory draw",
        "Bloomberg · 3 hours ago",
    )
    page = pasted("Ledgerline Markets", TITLE, "Reuters", "Thu, Jul 10, 2025, 9:42 AM", after=rail)
    assert read(page).source_name == "Reuters"


def test_a_writer_and_an_outlet_parted_by_a_slash_are_no_breadcrumb() -> None:
    (line,) = read_lines("Kenji Mori / Nikkan Metals")
    assert line.rule != "breadcrumb"
    (trail,) = read_lines("Markets / Metals / Rare Earths")
    assert trail.rule == "breadcrumb"
    page = pasted("Nikkan Metals", TITLE, "June 9, 2025 18:30 JST", "Kenji Mori / Nikkan Metals")
    assert read(page).author == "Kenji Mori"


def test_an_analyst_field_names_the_writer() -> None:
    found = parse_meta("Analyst: Priya Raman")
    assert found is not None and found.author == "Priya Raman"


@pytest.mark.parametrize(
    ("intro", "author"),
    [
        ("You're reading Rare Earth Rundown, a free newsletter by Jamie Fox.", "Jamie Fox"),
        (
            "Good morning. This is the Critical Minerals Brief, written by Oliver Stamm.",
            "Oliver Stamm",
        ),
        ("This newsletter is edited by Oliver Stamm.", None),
    ],
)
def test_a_newsletter_naming_its_writer_as_it_introduces_itself(
    intro: str, author: str | None
) -> None:
    assert read(pasted("View in browser", intro, TITLE)).author == author


def test_a_byline_wins_over_a_newsletters_introduction() -> None:
    intro = "This is the Critical Minerals Brief, written by Oliver Stamm."
    assert read(pasted(intro, TITLE, "By Dana Whitfield")).author == "Dana Whitfield"


def test_reporting_by_under_the_headline_names_the_reporters() -> None:
    page = pasted("The Asia Ledger", TITLE, "Reporting by Siti Rahman", "Updated 25 May 2025")
    assert read(page).author == "Siti Rahman"
    # "Additional reporting by" names a helper, not the writer.
    page = pasted("The Asia Ledger", TITLE, "Additional reporting by Siti Rahman")
    assert read(page).author is None


def test_a_ministrys_initials_with_its_of() -> None:
    assert stands_for("MOTIE", "Ministry of Trade, Industry and Energy")
    assert stands_for("MTIE", "Ministry of Trade, Industry and Energy")
    assert not stands_for("MOTIE", "Trade, Industry and Energy Ministry")
    footer = ("Ministry of Trade, Industry and Energy", "402, Hannuri-daero, Sejong-si")
    page = pasted("MOTIE", "Press Releases", TITLE, "2026-12-03", after=footer)
    assert read(page).source_name == "Ministry of Trade, Industry and Energy"


def test_a_body_under_a_banner_further_down_is_not_read_as_the_publisher() -> None:
    assert unit_under_banner(["UK Parliament", "House of Commons Library"]) == (
        "House of Commons Library"
    )
    assert (
        unit_under_banner(["Press Information Bureau", "Government of India", "Ministry of Mines"])
        is None
    )


def test_a_house_or_government_is_no_persons_name() -> None:
    assert not is_person("European Parliament")
    assert not is_person("Scottish Government")
    page = pasted("European Parliament", "Press room", TITLE, "03-12-2026 - 12:15")
    assert read(page).source_name == "European Parliament"
