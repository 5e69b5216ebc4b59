"""The reader on page metadata of its eleventh round (issue 13,
``tests/eval/dev11``): a headline sharing its line with a date, a read time or
a kicker, a headline joined to its standfirst or writer, a name over its job
title, cookie banners, author boxes, "Guest essay by", name-shaped mastheads."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from generator.reader.blocks import is_hard_wrapped
from generator.reader.bylines import is_job_title, parse_byline
from generator.reader.datelines import dateline_date
from generator.reader.email_header import sender_name
from generator.reader.headline_parts import (
    inline_dek,
    joined_credit,
    joined_name,
    joined_standfirst,
    leading_kicker,
    trailing_stamp,
    unjoin,
)
from generator.reader.lines import read_lines
from generator.reader.meta import parse_meta
from generator.reader.outlets import house_voice, url_host
from generator.reader.signatures import bio_author, wire_credit_authors
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read

TITLE = "Gallium checks slow shipments from southern ports"
STANDFIRST = "The inspections add days to cargoes that already need a licence"


def story(*lines: str, after: tuple[str, ...] = ()) -> str:
    return "\n\n".join((*lines, LEAD, MORE, LAST, *after)) + "\n"


def pasted(*lines: str) -> str:
    """Lines as a browser pastes them: one under the other, no blank lines."""
    return "\n".join((*lines, LEAD, MORE, LAST)) + "\n"


@pytest.mark.parametrize(
    ("line", "head", "tail"),
    [(f"{TITLE} | March 3, 2025", TITLE, "March 3, 2025"),
     (f"{TITLE} - Port Metals Watch | 3 Mar 2025", TITLE, "Port Metals Watch | 3 Mar 2025"),
     (f"{TITLE} · 5 min read", TITLE, "5 min read")],
)  # fmt: skip
def test_a_stamp_after_the_headline_is_cut_off(line: str, head: str, tail: str) -> None:
    assert trailing_stamp(line) == (head, tail)


@pytest.mark.parametrize(
    "line",
    ["By Jane Doe | March 3, 2025", "Reuters | March 3, 2025", "Updated | 4 min read",
     "By Margaret Holloway | Senior Fellow, Economic Security Program | October 20, 2025",
     f"{TITLE} - What Comes Next"],
)  # fmt: skip
def test_a_metadata_line_has_no_headline_to_cut(line: str) -> None:
    assert trailing_stamp(line) is None


def test_the_headline_of_a_dated_line_is_the_title_and_the_date_is_read() -> None:
    article = read(story("Home", f"{TITLE} | April 14, 2025"))
    assert article.title == TITLE
    assert article.date == dt.date(2025, 4, 14)
    assert article.source_name is None


def test_a_read_time_after_the_headline_is_not_the_site() -> None:
    article = read(story(f"{TITLE} · 5 min read", "Marta Kowalczyk"))
    assert (article.title, article.author) == (TITLE, "Marta Kowalczyk")


def test_a_kicker_in_capitals_glued_to_the_headline_is_cut_off() -> None:
    assert leading_kicker(f"MARKETS {TITLE.capitalize()}") == ("MARKETS", TITLE.capitalize())
    assert leading_kicker("NEW SANCTIONS HIT GALLIUM TRADE") is None
    assert leading_kicker("US Lithium prices slide as Chilean output hits a record") is None
    article = read(story(f"MARKETS {TITLE}", "By Felipe Araya"))
    assert article.title == TITLE


def test_a_headline_joined_to_its_standfirst_is_cut_apart() -> None:
    assert joined_standfirst(f"{TITLE} {STANDFIRST}") == (TITLE, STANDFIRST)
    question = "Can Europe build a magnet industry before the money runs out?"
    assert joined_standfirst(f"{question} as subsidies shrink, start-ups race") == (
        question,
        "as subsidies shrink, start-ups race",
    )
    # A headline broken over two lines has no such seam.
    assert joined_standfirst(f"{TITLE} after the new licence rules took effect") is None
    article = read(pasted("Port Trade Journal", TITLE, STANDFIRST, "By Li Wen"))
    assert (article.title, article.dek) == (TITLE, STANDFIRST)


def test_a_writer_joined_to_the_headline_is_cut_off() -> None:
    assert joined_name(f"{TITLE} Nathan Cole") == (TITLE, "Nathan Cole")
    assert joined_name("Gallium Checks Slow Shipments From Lynas Malaysia") is None


def test_a_name_over_its_job_title_is_the_byline() -> None:
    assert is_job_title("Senior Commodities Reporter")
    assert is_job_title("Asia Energy Correspondent")
    assert not is_job_title("Commodities Desk")
    article = read(story("Commodities Desk", "Jane Okafor", "Senior Commodities Reporter", TITLE))
    assert article.author == "Jane Okafor"
    assert "Senior Commodities Reporter" not in body_text(article)


def test_a_cookie_banner_is_not_the_headline() -> None:
    article = read(
        story(
            "We value your privacy",
            "We and our partners use cookies to store and access information on your device.",
            "Accept all",
            TITLE,
            "By Aung Min Htet",
        )
    )
    assert article.title == TITLE
    assert article.dek is None


def test_an_about_the_author_box_names_the_writer() -> None:
    assert bio_author("Priya Raman covers mining and energy policy from Mumbai.") == "Priya Raman"
    assert bio_author("The ministry covers the cost of new plants.") is None
    note = "Priya Raman covers mining and energy policy from Mumbai."
    article = read(story(TITLE, "April 22, 2025", after=("About the author", note)))
    assert article.author == "Priya Raman"


def test_a_guest_essay_credit_is_a_byline() -> None:
    meta = parse_byline("Guest essay by Dr. Helen Marsh")
    assert meta is not None and meta.author == "Helen Marsh"


def test_a_name_shaped_masthead_is_the_site_when_a_byline_names_another() -> None:
    article = read(story("Südwest Rohstoff", TITLE, "By Lukas Becker"))
    assert (article.source_name, article.author) == ("Südwest Rohstoff", "Lukas Becker")


def test_the_site_line_over_the_lead_is_no_heading() -> None:
    article = read(story(f"{TITLE} - Port Metals Watch | 3 Mar 2025", "Port Metals Watch"))
    assert article.source_name == "Port Metals Watch"
    assert headings(article) == []


def test_live_and_breaking_kickers_are_cut_off() -> None:
    assert leading_kicker("LIVE US-China trade talks in London: officials meet again") == (
        "LIVE",
        "US-China trade talks in London: officials meet again",
    )
    assert leading_kicker("US Lithium prices slide as Chilean output hits a record") is None


def test_a_headline_standfirst_and_writer_joined_over_three_lines_are_cut_apart() -> None:
    assert unjoin(f"{TITLE} {STANDFIRST} Siti Aminah", 3) == (TITLE, STANDFIRST, "Siti Aminah")
    assert unjoin(f"{TITLE} {STANDFIRST}", 1) is None


def test_a_release_dated_only_in_its_dateline_has_that_date() -> None:
    assert dateline_date("OSLO, Norway, April 2, 2025") == dt.date(2025, 4, 2)
    assert dateline_date("BEIJING (Reuters)") is None
    article = read(
        "Nordic Metals Completes Pilot Separation of Heavy Rare Earths\n\n"
        f"OSLO, Norway, April 2, 2025 -- {LEAD}\n\n{MORE}\n\n{LAST}\n"
    )
    assert article.date == dt.date(2025, 4, 2)


def test_a_title_cased_standfirst_under_a_title_cased_headline() -> None:
    headline = "Brussels Opens Anti-Subsidy Probe Into Chinese Magnet Imports"
    standfirst = "Commission Says Low Prices Are Hurting European Producers"
    article = read(story(headline, standfirst, "Published on 22 July 2025", "By Pierre Lambert"))
    assert (article.title, article.dek) == (headline, standfirst)


def test_an_e_mail_header_gives_the_headline_and_the_source() -> None:
    assert sender_name('"Minerals Weekly" <editor@example.org>') == "Minerals Weekly"
    assert sender_name("<editor@example.org>") is None
    article = read(
        story(
            "From: Minerals Policy Weekly <editor@example.org>",
            "Date: Fri, Mar 14, 2025 at 7:02 AM",
            "Subject: Rare earths weekly: Japan's stockpile, Brazil's clays",
            "To: <reader@example.org>",
        )
    )
    assert article.title == "Rare earths weekly: Japan's stockpile, Brazil's clays"
    assert article.source_name == "Minerals Policy Weekly"
    assert "reader@example.org" not in body_text(article)


def test_a_menu_entry_is_not_the_site_but_a_sender_over_its_address_is() -> None:
    article = read(
        story(
            "Menu",
            "About Us",
            "Press Office",
            "Press Releases",
            TITLE,
            "March 12, 2025",
            after=("###", "Office of the Port Trade Representative", "600 17th Street NW"),
        )
    )
    assert article.source_name == "Office of the Port Trade Representative"


def test_a_story_in_a_publication_s_own_voice_is_its() -> None:
    assert house_voice("REEx urges the Department of Defense to pair offtakes") == (
        "Rare Earth Exchanges"
    )
    assert house_voice("The REEx index rose") is None
    article = read(story(TITLE, after=("REEx sees the deal as a real step forward.",)))
    assert article.source_name == "Rare Earth Exchanges"


def test_a_standfirst_labelled_on_its_own_line() -> None:
    assert inline_dek("Summary: The increase takes effect next month for wire.") == (
        "Summary:",
        "The increase takes effect next month for wire.",
    )
    assert inline_dek("Summary: Short.") is None
    dek = "Summary: The inspections add days to cargoes needing a licence."
    article = read(story(TITLE, dek, "By Rebecca Lin"))
    assert article.dek == "The inspections add days to cargoes needing a licence."


def test_a_breadcrumb_ending_with_the_headline_is_not_the_headline() -> None:
    article = read(pasted(f"Home » Commodities » {TITLE}", TITLE, "By Yuki Sato"))
    assert (article.title, article.dek) == (TITLE, None)


def test_the_reporters_of_a_wire_credit_under_the_story() -> None:
    credit = (
        "(Reporting by Daniel Obi in Sydney and Keiko Tanaka in Houston; Editing by Ruth Mwangi)"
    )
    assert wire_credit_authors(credit) == "Daniel Obi and Keiko Tanaka"
    assert wire_credit_authors("Editing by Ruth Mwangi") is None
    article = read(story(TITLE, after=("Reporting by Carlo Reyes; editing by Joan Tan",)))
    assert article.author == "Carlo Reyes"


def test_a_lone_label_is_read_with_the_value_under_it() -> None:
    article = read(story(TITLE, "Written by", "Lena Hoffmann", "Updated on", "June 18, 2025"))
    assert article.author == "Lena Hoffmann"
    assert (article.date, article.updated) == (None, dt.date(2025, 6, 18))


def test_a_page_s_address_names_the_site_by_its_host() -> None:
    assert url_host("https://www.northernoreview.com/news/2025/05/item") == "northernoreview.com"
    assert url_host("Northern Ore Review") is None
    article = read(story("https://www.portmetals.net/news/gallium-checks", TITLE, "By Li Wen"))
    assert article.source_name == "portmetals.net"
    article = read(story(TITLE, after=("Source: https://www.portmetals.net/news/gallium",)))
    assert article.source_name == "portmetals.net"


@pytest.mark.parametrize(
    ("line", "source"),
    [("via Anadolu Agency", "Anadolu Agency"),
     ("Provided by Gulf Coast Business Journal", "Gulf Coast Business Journal"),
     ("Distributed by Tribune News Service", None)],
)  # fmt: skip
def test_who_supplied_the_story(line: str, source: str | None) -> None:
    meta = parse_meta(line)
    assert meta is not None and meta.source == source


def test_a_credit_joined_to_the_headline_and_a_syndication_note() -> None:
    assert joined_credit(f"{TITLE} via Anadolu Agency") == (TITLE, "via Anadolu Agency")
    note = "This article is syndicated from Seoul Industry Times."
    article = read(story(TITLE, "By Park Min-seo", after=(note,)))
    assert article.source_name == "Seoul Industry Times"
    assert note not in body_text(article)


def test_short_lines_alone_do_not_make_a_paste_hard_wrapped() -> None:
    browser = pasted("Menu", "Markets", "Trending", TITLE, STANDFIRST, "By Li Wen")
    assert not is_hard_wrapped(read_lines(browser))
    wrapped = "\n".join(textwrap.wrap(" ".join((LEAD, MORE, LAST)), 60))
    assert is_hard_wrapped(read_lines(f"{TITLE}\n\n{wrapped}\n"))
    article = read(pasted("Menu", "Markets", TITLE, STANDFIRST, "By Li Wen", "May 3, 2025"))
    assert (article.title, article.dek) == (TITLE, STANDFIRST)


def test_a_box_of_links_ends_at_an_advertisement_above_the_headline() -> None:
    article = read(
        pasted(
            "Trending",
            "Copper slides as Chinese demand cools for a third week",
            "Oil steadies after OPEC+ signals output pause in July",
            "Advertisement",
            "Port Trade Journal",
            TITLE,
            "Jordan Blake",
            "Mar 15, 2025",
        )
    )
    assert article.title == TITLE
    assert article.author == "Jordan Blake"


CONSENT_BANNERS = (
    (
        "We value your privacy",
        "We and our partners store and access information on your device, such as cookies,"
        " and process personal data to show personalised ads.",
        "Accept all",
        "Reject all",
    ),
    (
        "This website uses cookies",
        "We use cookies to personalise content and ads and to analyse our traffic.",
        "Necessary",
        "Show details",
        "Allow all",
        "Deny",
    ),
    (
        "Privacy Preference Center",
        "When you visit any website, it may store or retrieve information on your browser,"
        " mostly in the form of cookies.",
        "Confirm My Choices",
    ),
    (
        "By using our site you agree to our use of cookies in accordance with our Privacy Policy.",
        "OK",
    ),
)


@pytest.mark.parametrize("banner", CONSENT_BANNERS)
def test_a_consent_banner_above_the_page_is_chrome(banner: tuple[str, ...]) -> None:
    article = read(pasted(*banner, "Port Metals Daily", TITLE, "By Li Wen", "May 3, 2025"))
    assert (article.title, article.dek) == (TITLE, None)
    assert article.source_name == "Port Metals Daily"
    assert "cookies" not in body_text(article)


def test_page_tools_between_headline_and_standfirst_do_not_hide_them() -> None:
    tools = ("Listen to this article · 4 min", "Share", "Save", "Gift this article")
    article = read(pasted("Port Metals Daily", TITLE, *tools, STANDFIRST, "By Li Wen"))
    assert (article.title, article.dek) == (TITLE, STANDFIRST)
