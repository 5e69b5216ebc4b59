"""The reader on more open-web pages (dev31, dev27): a masthead's self-
description, views and advice notices, an author's note on its label's line,
reaction and tool rows of forums and blogs, a blog's tagline over its menu, a
profile's line under the writer's name, a headline listed again below."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.reader.ending import is_dated_entry
from generator.reader.initials import initials, spelled_out
from generator.reader.meta import parse_meta
from generator.reader.outlets import clean_outlet
from generator.reader.page_shapes import is_salutation
from generator.reader.rules import classify
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "TRADEOLOGY, the official blog of the International Trade Administration",
            "publication_of",
        ),
        ("The quarterly newsletter of the American Specialty Metals Council", "publication_of"),
        ("The weekly bulletin from the Magnet Makers Guild", "publication_of"),
        ("A blog about minerals and the state", "publication_of"),
        ("A weekly newsletter on battery metals, magnets and trade", "publication_of"),
        (
            "The views in Policy Pulse are those of the authors and do not necessarily "
            "represent the positions of the Council's Board of Directors.",
            "views_expressed",
        ),
        (
            "About the author: Ann Lee is a senior trade specialist in the Office of "
            "Energy Industries. She covers critical minerals.",
            "about_the_author",
        ),
        (
            "This post is not investment advice. I am a private investor writing about my "
            "own portfolio; do your own research and consult a licensed adviser before "
            "making decisions. Positions may change without notice.",
            "advice_disclaimer",
        ),
        ("Reactions: ore_whisperer and fennwick", "reactions"),
        ("Reactions: ore_whisperer, fennwick and 3 others", "reactions"),
        ("Like this: ★ Like Be the first to like this.", "reactions"),
        ("12 bloggers like this.", "reactions"),
        ("Share this: X Facebook Reddit Email", "tool_strip"),
        ("Like Quote Reply", "tool_strip"),
        ("Report this article", "page_tools"),
    ],
)
def test_furniture_lines_of_open_web_pages(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        # a sentence about a newsletter, not a masthead's line
        "The newsletter of the Alliance said prices rose",
        "A newsletter about lithium said prices would rise.",
        "A blog on Tuesday published a correction",
        # the body's own name in lower case after "of"
        "The official blog of a small company",
        "Reactions: Beijing condemned the move.",
        "The views of the ministry are clear on this point.",
        "Like many buyers, Quote Metals waited for a reply.",
    ],
)
def test_lines_that_stay_text(line: str) -> None:
    found = classify(line)
    assert found is None or found.kind == "meta"


def test_a_blogs_tagline_over_its_menu_is_not_the_headline() -> None:
    article = read(
        "Skip to content\nMetals & Mandates\nNotes on resource policy from a retired trade lawyer\n"
        "Menu\nHome\nArchive\n\nTrade Policy\nGallium duties and the licence queue\n"
        "Posted on March 4, 2026 by Gerald Thibodeaux\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.title == "Gallium duties and the licence queue"


def test_a_headline_listed_again_under_recent_posts_is_still_the_headline() -> None:
    article = read(
        "Metals & Mandates\nNotes on resource policy from a retired trade lawyer\n\n"
        "Gallium duties and the licence queue\nPosted on March 4, 2026 by Gerald Thibodeaux\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n"
        "Recent Posts\nGallium duties and the licence queue\nWhy tungsten matters again\n"
    )
    assert article.title == "Gallium duties and the licence queue"


def test_a_profile_line_under_the_writers_name_is_not_the_headline() -> None:
    article = read(
        "Sign in\n\nExport licences are now a board matter. Is yours ready?\nReport this article\n"
        "Helena Marchetti\nHelena Marchetti\nChief Risk Officer at Norrland Battery Systems | Board member | Speaker\n"
        "Published Sep 9, 2026\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.title == "Export licences are now a board matter. Is yours ready?"
    assert article.author == "Helena Marchetti"
    assert "Chief Risk Officer" not in body_text(article)


@pytest.mark.parametrize(
    ("acronym", "lines", "name"),
    [
        (
            "PMAA",
            ["PMAA MEMBER BULLETIN", "Permanent Magnet Alliance of the Americas"],
            "Permanent Magnet Alliance of the Americas",
        ),
        # the masthead's own capitals spell nothing out
        ("PMAA", ["PMAA MEMBER BULLETIN"], None),
        ("ASMC", ["American Specialty Metals Council"], "American Specialty Metals Council"),
        (
            "ASMC",
            ["Members of the American Specialty Metals Council (ASMC) met in May."],
            "American Specialty Metals Council",
        ),
        # initials that the line's words do not give
        ("ASMC", ["American Metals Council"], None),
        # not an acronym
        ("Reuters", ["Reuters News Agency"], None),
    ],
)
def test_a_sources_initials_spelled_out_by_the_page(
    acronym: str, lines: list[str], name: str | None
) -> None:
    assert spelled_out(acronym, lines) == name


def test_a_bulletins_initials_in_its_copyright_name_the_body_in_full() -> None:
    article = read(
        "American Specialty Metals Council\nPolicy Pulse\n\n"
        "Gallium duties and the licence queue\nBy Howard Pemberton\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n© 2025 ASMC. All rights reserved.\n"
    )
    assert article.source_name == "American Specialty Metals Council"


def test_a_forum_softwares_credit_names_no_source() -> None:
    article = read(
        "MetalMinds Forum\nForums  What's new  Members\n\n"
        "Gallium duties and the licence queue\nThread starter ore_whisperer Start date Jul 21, 2026\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n"
        "Community platform by XenForo® © 2010-2026 XenForo Ltd.\n"
    )
    assert article.source_name != "XenForo"


def test_a_platforms_publication_line_names_the_publication() -> None:
    assert clean_outlet("Published in Supply Side Notes") == "Supply Side Notes"
    assert initials("Permanent Magnet Alliance of the Americas") == "PMAA"


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("November 12: Webinar on the Defense Production Act Title III funding round", True),
        ("February 24–26 — ASMC Annual Conference, Pittsburgh", True),
        ("12 May - Members' meeting, Denver", True),
        ("November 12 was the day the ministry published its list.", False),
        ("Upcoming events", False),
    ],
)
def test_a_schedules_dated_line(line: str, dated: bool) -> None:
    assert is_dated_entry(line) is dated


def test_a_bulletins_schedule_under_its_heading_is_its_last_section() -> None:
    article = read(
        "Gallium duties and the licence queue\nBy Howard Pemberton\n\n"
        f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n"
        "Upcoming events\nJanuary 14 — Webinar: Filing a Section 232 exclusion request\n"
        "February 24–26 — Annual Conference, Pittsburgh\n\n"
        "© 2025 ASMC. All rights reserved.\n"
    )
    assert headings(article) == ["Upcoming events"]
    assert "Annual Conference, Pittsburgh" in body_text(article)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Photo by Unsplash. A magnet assembly line, illustrative.", "caption"),
        ("Photo by Ann Lee.", "caption"),
        ("More", "tools"),
    ],
)
def test_a_credit_first_caption_and_a_tools_more(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


def test_a_photo_sentence_in_prose_is_no_caption() -> None:
    assert classify("Photos by the agency showed the mine flooded after the storm.") is None


@pytest.mark.parametrize(
    "line",
    [
        "Thread starter ore_whisperer  Start date Jul 21, 2026  Tags gallium germanium",
        "Thread starter ore_whisperer Start date Jul 21, 2026",
    ],
)
def test_a_forum_threads_starter_line_names_its_writer_and_date(line: str) -> None:
    meta = parse_meta(line)
    assert meta is not None
    assert (meta.author, meta.published) == ("ore_whisperer", dt.date(2026, 7, 21))


def test_a_starter_line_without_a_date_is_not_read_so() -> None:
    meta = parse_meta("Thread starter ore_whisperer Start date unknown")
    assert meta is None or meta.author != "ore_whisperer"


def test_a_list_of_questions_has_no_heading_in_it() -> None:
    article = read(
        "Gallium duties and the licence queue\nBy Ann Lee\n\n"
        f"{LEAD}\n\n{MORE}\n\nThree questions for your next board meeting\n\n"
        "Do we know which products depend on one country?\n"
        "What would a six-month export ban cost us?\n"
        "Who in management owns this risk, and do they have a budget?\n\n"
        f"{LAST}\n"
    )
    assert headings(article) == ["Three questions for your next board meeting"]


BULLETIN = (
    "View this email in your browser\n\nMEMBER BULLETIN\nMagnet Makers Guild of Ohio\n"
    "Issue No. 12 | May 2026\n\nIn this issue\n1. Guild files comments on gallium duties\n"
    "2. Upcoming events\n\nDear members,\n\n"
    f"{LEAD}\n\nGuild files comments on gallium duties\n\n{MORE}\n\n{LAST}\n\n"
    "Upcoming events\nJune 3: Webinar on licences\n"
)


def test_a_bulletin_with_no_headline_leads_with_its_first_contents_entry() -> None:
    article = read(BULLETIN)
    assert article.title == "Guild files comments on gallium duties"
    assert headings(article) == ["Upcoming events"]


@pytest.mark.parametrize(
    ("line", "greeting"),
    [
        ("Dear members,", True),
        ("Hi everyone,", True),
        ("Dear Beijing: a letter on rare earths", False),
    ],
)
def test_a_letters_greeting(line: str, greeting: bool) -> None:
    assert is_salutation(line) is greeting


@pytest.mark.parametrize("line", ["Issue No. 12 | May 2026", "Volume 12, Issue 4"])
def test_a_bulletins_issue_line_is_no_headline(line: str) -> None:
    article = read(
        f"{line}\n\nGallium duties and the licence queue\nBy Ann Lee\n\n{LEAD}\n\n{MORE}\n"
    )
    assert article.title == "Gallium duties and the licence queue"


@pytest.mark.parametrize(
    "line",
    [
        "An official website of the United States government",
        "Here's how you know",
        "Official websites use .gov",
        "A .gov website belongs to an official government organization in the United States.",
        "Secure .gov websites use HTTPS",
        "A lock ( ) or https:// means you've safely connected to the .gov website. "
        "Share sensitive information only on official, secure websites.",
    ],
)
def test_a_government_sites_banner_is_furniture(line: str) -> None:
    found = classify(line)
    assert found is not None and found.name == "official_site_banner"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("RSS", "share_buttons"),
        ("Subscribe via RSS", "tools"),
        ("About the American Magnet Users Alliance", "about_the_company"),
        ("About the Company", "about_the_company"),
    ],
)
def test_feed_links_and_a_releases_about_block(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


def test_about_a_common_noun_is_no_releases_about_block() -> None:
    assert classify("About the deal") is None
