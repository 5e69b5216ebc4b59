"""The plain-text seed reader: pasted web text in, an Article out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import SeedError
from generator.model import Article
from generator.reader.datelines import split_dateline
from generator.reader.headings import is_title_cased, looks_like_heading
from generator.reader.inline_rules import strip_inline_boilerplate
from generator.reader.lines import clean_line, read_lines
from generator.reader.meta import parse_meta
from generator.reader.plaintext import read_plaintext

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "beijing-conditional-openness.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "plaintext"

BOILERPLATE = (
    "opens in a new tab",
    "Spread the word",
    "CATEGORIES",
    "Leave a Reply",
    "Your email address",
)


def read_fixture(name: str) -> Article:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return read_plaintext(text, name)


def all_text(article: Article) -> list[str]:
    """Every piece of text the article carries."""
    texts = [article.title, *article.highlights]
    for section in article.all_sections:
        texts.extend(block.text for block in section.blocks)
        if section.heading:
            texts.append(section.heading)
    texts.extend(t for t in (article.byline, article.dateline, article.author) if t)
    return texts


def blocks(article: Article) -> list[tuple[int, str, str]]:
    return [(b.line, b.kind, b.text) for s in article.all_sections for b in s.blocks]


# --- The real seed -------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Article:
    return read_plaintext(SEED.read_text(encoding="utf-8"), str(SEED))


def test_seed_title_and_highlights(seed: Article) -> None:
    assert seed.title == (
        "Beijing Signals Conditional Openness to Trade Talks as Washington Reaches Out"
    )
    assert seed.title_line == 1
    assert len(seed.highlights) == 3
    assert seed.highlights[0].startswith("China is conditionally open to trade talks")
    assert not any(h.startswith("•") for h in seed.highlights)


def test_seed_sections(seed: Article) -> None:
    assert [s.heading for s in seed.all_sections] == [
        None,
        "Strategic Posture, Not Concession",
        "Global Realignment in Motion",
        "REEx Analysis: Time for Talks, Not Theatre",
        "But Build Resilience, Deal or No Deal",
    ]
    assert [s.heading for s in seed.sections] == [
        None,
        "Strategic Posture, Not Concession",
        "Global Realignment in Motion",
    ]


def test_seed_pull_quote(seed: Article) -> None:
    assert seed.pull_quotes == (
        "Both China and the U.S. will increasingly experience economic pain.",
    )


def test_seed_analysis(seed: Article) -> None:
    assert seed.analysis is not None
    assert seed.analysis.heading == "REEx Analysis: Time for Talks, Not Theatre"
    assert seed.analysis.origin == "seed"
    assert seed.analysis.line == 27
    assert [s.heading for s in seed.analysis.sections] == [
        "REEx Analysis: Time for Talks, Not Theatre",
        "But Build Resilience, Deal or No Deal",
    ]


def test_seed_has_no_boilerplate(seed: Article) -> None:
    for text in all_text(seed):
        for phrase in BOILERPLATE:
            assert phrase not in text


def test_seed_line_numbers(seed: Article) -> None:
    lead = seed.sections[0]
    assert lead.line == 9
    assert [b.line for b in lead.blocks] == [9, 11]
    assert [s.line for s in seed.all_sections] == [9, 13, 21, 27, 35]
    assert [b.line for b in seed.all_sections[-1].blocks] == [37]


def test_seed_inline_link_note_is_tidied(seed: Article) -> None:
    lead = seed.sections[0].blocks[0].text
    assert "state-run China Daily, underscore Beijing’s" in lead
    assert "  " not in lead


def test_seed_fields_left_for_the_caller(seed: Article) -> None:
    assert seed.slug == ""
    assert seed.summary is None
    assert seed.path == str(SEED)


# --- Wire copy: byline, date lines, dateline, wrapped paragraphs ------------------


def test_wire_copy_metadata() -> None:
    article = read_fixture("reuters-wire.txt")
    assert article.author == "Keiko Tanaka and Daniel Obi"
    assert article.byline == "By Keiko Tanaka and Daniel Obi"
    assert article.date == dt.date(2025, 4, 25)
    assert article.updated == dt.date(2025, 4, 26)
    assert article.dateline == "TOKYO, April 25 (Reuters)"
    assert article.highlights == ()


def test_wire_copy_paragraphs_join_wrapped_lines() -> None:
    article = read_fixture("reuters-wire.txt")
    assert [s.heading for s in article.all_sections] == [None]
    first, second, third = article.sections[0].blocks
    assert first.line == 7
    assert first.text.startswith("Japan's trade ministry is studying a state-backed stockpile")
    assert first.text.endswith("slowed shipments to magnet makers.")
    # "Advertisement" and the wire credit are gone; straight quotes stay straight.
    assert second.line == 13
    assert second.text.startswith('"We cannot wait')
    assert third.line == 16
    assert all("Reporting by" not in t and "Advertisement" not in t for t in all_text(article))


# --- Blog post: "Key Takeaways", numbered items, "?" and ":" headings --------------


def test_blog_numbered_takeaways() -> None:
    article = read_fixture("blog-key-takeaways.txt")
    assert article.title == "Five Things Investors Should Know About Gallium Prices"
    assert article.title_line == 3
    assert article.highlights == (
        "Gallium prices outside China have roughly doubled since export controls began.",
        "Recycling from semiconductor scrap covers only a sliver of demand.",
        "Western refiners need offtake contracts before they can finance plants.",
    )
    assert article.author == "Ann Lee"
    assert article.date == dt.date(2025, 5, 3)


def test_blog_headings_keep_question_mark_and_lose_colon() -> None:
    article = read_fixture("blog-key-takeaways.txt")
    assert [s.heading for s in article.all_sections] == [
        None,
        "Why Did Prices Jump?",
        "What Comes Next",
    ]
    assert article.analysis is None


def test_blog_body_bullets_and_lead_in() -> None:
    article = read_fixture("blog-key-takeaways.txt")
    section = article.sections[1]
    assert [(b.line, b.kind) for b in section.blocks] == [
        (17, "paragraph"),
        (19, "paragraph"),
        (21, "bullet"),
        (22, "bullet"),
        (23, "bullet"),
    ]
    assert section.blocks[1].text == "The analysts list three risks for buyers:"
    assert section.blocks[2].text == "permits being refused outright"


def test_blog_closing_line_is_not_a_heading_and_comments_are_dropped() -> None:
    """A short line without a full stop after the last paragraph is the page's
    footer (a sign-off, a promo), not a heading and not the story."""
    article = read_fixture("blog-key-takeaways.txt")
    last = article.all_sections[-1].blocks[-1]
    assert last.text.startswith("A refinery in Western Australia expects first output")
    texts = all_text(article)
    assert "Stay with us for the next update" not in texts
    assert not any(t in ("Comment", "Name", "Email", "Leave a Comment") for t in texts)
    assert "Skip to content" not in texts


# --- Pipe byline, ▪ bullets without a header, curly-free straight quotes ----------


def test_pipe_byline_and_headerless_bullets() -> None:
    article = read_fixture("pipe-byline.txt")
    assert article.title == "Lynas Ramps Up Heavy Rare Earth Separation in Malaysia"
    assert article.author == "Priya Raman"
    assert article.byline == "By Priya Raman | April 3, 2025"
    assert article.date == dt.date(2025, 4, 3)
    assert article.highlights == (
        "First dysprosium oxide from the Kuantan plant ships this quarter.",
        "The company says output is contracted to Japanese and US buyers.",
    )


def test_pipe_byline_dateline_pull_quote_and_analysis() -> None:
    article = read_fixture("pipe-byline.txt")
    assert article.dateline == "KUALA LUMPUR"
    assert article.sections[0].blocks[0].text.startswith("Lynas Rare Earths said on Thursday")
    assert article.pull_quotes == (
        '"This is the first time in decades that heavy rare earths are separated at scale'
        ' outside China."',
    )
    assert article.analysis is not None
    assert article.analysis.heading == "Rare Earth Exchanges Analysis"
    assert len(article.analysis.sections) == 1
    assert article.analysis.sections[0].blocks[0].line == 20


def test_pipe_byline_drops_cookie_newsletter_and_share_chrome() -> None:
    texts = " ".join(all_text(read_fixture("pipe-byline.txt")))
    for phrase in ("cookies", "Subscribe", "Share this", "Click to share", "TAGS", "CATEGORIES"):
        assert phrase not in texts


# --- Line endings, BOM, tabs, non-breaking spaces --------------------------------

CRLF_ARTICLE = (
    "\ufeffCobalt Refiners Cut Output in Finland\n"
    "\n"
    "Highlights\n"
    "\t- Two refineries idle lines after a price slump.\n"
    "\t- Workers are offered reduced hours.\n"
    "\n"
    "Cobalt hydroxide\tprices fell for a sixth month, and refiners in Kokkola\n"
    "said they would slow output until contracts recover.\n"
    "\n"
    "\t“We are not closing anything,” a plant manager said.\n"
    "\n"
    "Where Prices Go From Here\n"
    "\n"
    "Traders expect the surplus to last into next year.\n"
)


def test_crlf_bom_and_tabs() -> None:
    article = read_plaintext(CRLF_ARTICLE.replace("\n", "\r\n"), "crlf.txt")
    assert article.title == "Cobalt Refiners Cut Output in Finland"
    assert article.highlights == (
        "Two refineries idle lines after a price slump.",
        "Workers are offered reduced hours.",
    )
    assert blocks(article) == [
        (
            7,
            "paragraph",
            "Cobalt hydroxide prices fell for a sixth month, and refiners in Kokkola said they"
            " would slow output until contracts recover.",
        ),
        (10, "pull_quote", "“We are not closing anything,” a plant manager said."),
        (14, "paragraph", "Traders expect the surplus to last into next year."),
    ]
    assert [s.line for s in article.all_sections] == [7, 12]


def test_lone_carriage_returns_count_as_lines() -> None:
    article = read_plaintext(CRLF_ARTICLE.replace("\n", "\r"), "cr.txt")
    assert [b.line for s in article.all_sections for b in s.blocks] == [7, 10, 14]


def test_non_breaking_spaces_are_spaces() -> None:
    text = (
        "Tungsten Prices Hit a Record\n\n"
        "APT prices rose\u00a0to\u202f$600 a tonne this week.\n\n"
        "\u202f\u00a0“Supply is simply not there,” a broker said.\n\n"
        "Buyers in Europe are paying the premium.\n"
    )
    article = read_plaintext(text, "nbsp.txt")
    assert article.sections[0].blocks[0].text == "APT prices rose to $600 a tonne this week."
    assert article.pull_quotes == ("“Supply is simply not there,” a broker said.",)


def test_uniformly_indented_text_has_no_pull_quotes() -> None:
    text = (
        "  Nickel Glut Deepens\n\n"
        "  Indonesian output rose again.\n\n"
        "  Prices fell.\n\n"
        "  Smelters blamed new capacity.\n"
    )
    article = read_plaintext(text, "indented.txt")
    assert article.pull_quotes == ()
    assert len(article.sections[0].blocks) == 3


def test_clean_line_measures_indent_and_collapses_space() -> None:
    assert clean_line("\u00a0\tOne \u200b two\u00ad\x0bthree  ") == (5, "One two three")


# --- Highlights variants ----------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "glyph"),
    [
        ("Highlights:", "•"),
        ("Key Points", "*"),
        ("Key points:", "●"),
        ("At a glance", "◦"),
        ("Summary:", "‣"),
        ("KEY TAKEAWAYS", "–"),
    ],
)
def test_highlights_headers_and_glyphs(header: str, glyph: str) -> None:
    text = (
        "Vietnam Opens Rare Earth Tender\n\n"
        f"{header}\n"
        f"{glyph} Six blocks are on offer.\n"
        f"{glyph} Bids close in September.\n\n"
        "Hanoi invited foreign miners to bid for six rare earth blocks on Monday.\n"
    )
    article = read_plaintext(text, "tender.txt")
    assert article.highlights == ("Six blocks are on offer.", "Bids close in September.")
    assert blocks(article) == [
        (7, "paragraph", "Hanoi invited foreign miners to bid for six rare earth blocks on Monday.")
    ]


@pytest.mark.parametrize("label", ["Summary:", "Key points", "TL;DR:"])
def test_highlights_label_and_points_on_one_line(label: str) -> None:
    text = (
        "Vietnam Opens Rare Earth Tender\n\n"
        f"{label} • Six blocks are on offer • Bids close in September\n\n"
        "Hanoi invited foreign miners to bid for six rare earth blocks on Monday.\n"
    )
    article = read_plaintext(text, "tender.txt")
    assert article.highlights == ("Six blocks are on offer", "Bids close in September")
    assert article.dek is None


def test_a_label_with_one_point_on_its_line() -> None:
    text = (
        "Vietnam Opens Rare Earth Tender\n\n"
        "Summary: • Six blocks are on offer\n\n"
        "Hanoi invited foreign miners to bid for six rare earth blocks on Monday.\n"
    )
    article = read_plaintext(text, "tender.txt")
    assert article.highlights == ("Six blocks are on offer",)
    assert article.dek is None


def test_highlights_header_without_bullets_is_a_heading() -> None:
    text = (
        "Chile Lithium Deal Signed\n\n"
        "Codelco and SQM signed their joint venture on Friday.\n\n"
        "Summary\n\n"
        "The venture runs until 2060.\n"
    )
    article = read_plaintext(text, "summary.txt")
    assert article.highlights == ()
    assert [s.heading for s in article.sections] == [None, "Summary"]


def test_no_highlights_and_no_headings() -> None:
    text = "Graphite Anode Plant Delayed\n\nThe plant in Quebec will open a year late.\n"
    article = read_plaintext(text, "plain.txt")
    assert article.highlights == ()
    assert [s.heading for s in article.sections] == [None]
    assert article.analysis is None


# --- Headings -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Strategic Posture, Not Concession", True),
        ("Why Are Magnet Prices Rising?", True),
        ("why this matters?", True),
        ("The Road Ahead:", True),
        ("Both China and the U.S. will increasingly experience economic pain.", False),
        ("China hits back at Washington", False),
        ("Prices Fell Sharply!", False),
        (
            "A Very Long Line That Keeps Going With Capital Words Well Past Twelve Words Total",
            False,
        ),
        ("1234 5678", False),
    ],
)
def test_heading_shape(line: str, expected: bool) -> None:
    assert looks_like_heading(line) is expected


def test_title_case_ignores_small_words() -> None:
    assert is_title_cased("Global Realignment in Motion")
    assert is_title_cased("But Build Resilience, Deal or No Deal")
    assert not is_title_cased("exports fell in March")


def test_heading_needs_text_after_it() -> None:
    """A title-like line after the last paragraph heads nothing: it is footer."""
    text = (
        "Antimony Smelter Reopens\n\n"
        "The smelter in Oman restarted after a two-year halt.\n\n"
        "More Details to Follow\n"
    )
    article = read_plaintext(text, "tail.txt")
    assert [s.heading for s in article.sections] == [None]
    assert [b.text for b in article.sections[0].blocks] == [
        "The smelter in Oman restarted after a two-year halt."
    ]


def test_short_sentences_after_the_last_paragraph_stay() -> None:
    text = (
        "Antimony Smelter Reopens\n\n"
        "The smelter in Oman restarted after a two-year halt, its owner said on Monday.\n\n"
        "Prices fell.\n\n"
        "What Comes Next\n\n"
        "Talks resume in May.\n\n"
        "Related\n\n"
        "Tin Miners Strike in Bolivia\n"
    )
    article = read_plaintext(text, "tail.txt")
    assert [s.heading for s in article.sections] == [None, "What Comes Next"]
    assert [b.text for s in article.sections for b in s.blocks][1:] == [
        "Prices fell.",
        "Talks resume in May.",
    ]


def test_lead_in_sentence_with_colon_before_bullets_is_not_a_heading() -> None:
    text = (
        "EU Lists Strategic Projects\n\n"
        "Brussels named 47 projects on Tuesday.\n\n"
        "Among them are:\n\n"
        "* a magnet plant in Estonia\n"
        "* a lithium refinery in Germany\n"
    )
    article = read_plaintext(text, "eu.txt")
    assert blocks(article)[1:] == [
        (5, "paragraph", "Among them are:"),
        (7, "bullet", "a magnet plant in Estonia"),
        (8, "bullet", "a lithium refinery in Germany"),
    ]


def test_wrapped_bullet_continues_on_indented_line() -> None:
    text = (
        "Niobium Output Climbs\n\n"
        "Brazil's output rose in the first quarter.\n\n"
        "- CBMM raised shipments to China\n"
        "  and Japan by a fifth.\n"
        "- Prices held steady.\n"
    )
    article = read_plaintext(text, "niobium.txt")
    assert blocks(article)[1:] == [
        (5, "bullet", "CBMM raised shipments to China and Japan by a fifth."),
        (7, "bullet", "Prices held steady."),
    ]


# --- Analysis headings ------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "REEx Analysis: What Comes After the Truce",
        "REEx Take",
        "Rare Earth Exchanges Analysis",
        "Analysis: A Window, Not a Door",
        "Analysis",
    ],
)
def test_analysis_headings(heading: str) -> None:
    text = (
        "US and China Agree Tariff Pause\n\n"
        "Both sides cut tariffs for ninety days.\n\n"
        f"{heading}\n\n"
        "The pause buys time but settles nothing.\n\n"
        "What Buyers Should Do\n\n"
        "Lock in supply while the window is open.\n"
    )
    article = read_plaintext(text, "pause.txt")
    assert [s.heading for s in article.sections] == [None]
    assert article.analysis is not None
    assert article.analysis.heading == heading
    assert article.analysis.line == 5
    assert [s.heading for s in article.analysis.sections] == [heading, "What Buyers Should Do"]


def test_analysis_heading_need_not_be_title_cased() -> None:
    text = (
        "Beijing Adds Five Elements to Control List\n\n"
        "The list now covers samarium and lutetium.\n\n"
        "REEx analysis: what this means for magnet makers\n\n"
        "Expect longer lead times.\n"
    )
    article = read_plaintext(text, "list.txt")
    assert article.analysis is not None
    assert article.analysis.heading == "REEx analysis: what this means for magnet makers"


# --- Metadata ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author", "published", "updated"),
    [
        ("By Jane Doe", "Jane Doe", None, None),
        ("By Jane Doe | April 3, 2025", "Jane Doe", dt.date(2025, 4, 3), None),
        ("By Jane Doe, Reuters", "Jane Doe", None, None),
        ("BY TOM ADEYEMI", "Tom Adeyemi", None, None),
        ("By Dr. Ellen Marsh", "Ellen Marsh", None, None),
        ("By:Mining Weekly", None, None, None),
        ("By Sarah Kim, Staff Reporter", "Sarah Kim", None, None),
        ("By Jill Carver | March 5, 2025", "Jill Carver", dt.date(2025, 3, 5), None),
        ("By Marcus Webb — July 18, 2025", "Marcus Webb", dt.date(2025, 7, 18), None),
        ("By Ana Costa on March 7, 2025", "Ana Costa", dt.date(2025, 3, 7), None),
        ("March 3, 2024 | 09:12 GMT +8", None, dt.date(2024, 3, 3), None),
        ("Tuesday- 08:40, 05/03/2024", None, dt.date(2024, 3, 5), None),
        ("11th March 2025", None, dt.date(2025, 3, 11), None),
        ("- March 2, 2025", None, dt.date(2025, 3, 2), None),
        ("Published: 10:21am, 7 Jan 2025", None, dt.date(2025, 1, 7), None),
        ("Last Updated: Apr 02, 2025, 11:48:00 PM IST", None, None, dt.date(2025, 4, 2)),
        ("4 min readLast updated: 12 Feb 2025", None, None, dt.date(2025, 2, 12)),
        (
            "May 14, 2025 6:40 AM GMT+10 Updated May 15, 2025",
            None,
            dt.date(2025, 5, 14),
            dt.date(2025, 5, 15),
        ),
        (
            "Posted : 2025-03-05 16:40 Updated : 2025-03-05 17:02",
            None,
            dt.date(2025, 3, 5),
            dt.date(2025, 3, 5),
        ),
        ("Source: Xinhua| 2025-03-12 21:04:15|Editor: Li Na", None, dt.date(2025, 3, 12), None),
        ("Mara Lindgren | March 17, 2025", "Mara Lindgren", dt.date(2025, 3, 17), None),
        ("Staff Writer", None, None, None),
        ("Author:", None, None, None),
        ("1,245 views", None, None, None),
        ("April 25, 2025", None, dt.date(2025, 4, 25), None),
        ("25 April 2025", None, dt.date(2025, 4, 25), None),
        ("2025-04-25", None, dt.date(2025, 4, 25), None),
        ("Sept. 9, 2024", None, dt.date(2024, 9, 9), None),
        ("Published: April 25, 2025 3:15 PM EDT", None, dt.date(2025, 4, 25), None),
        ("Updated April 28, 2025", None, None, dt.date(2025, 4, 28)),
        (
            "Published Apr 25, 2025 · Updated Apr 26, 2025 at 9:02 a.m. ET",
            None,
            dt.date(2025, 4, 25),
            dt.date(2025, 4, 26),
        ),
        ("Friday, April 25, 2025", None, dt.date(2025, 4, 25), None),
    ],
)
def test_parse_meta(
    line: str, author: str | None, published: dt.date | None, updated: dt.date | None
) -> None:
    meta = parse_meta(line)
    assert meta is not None
    assert (meta.author, meta.published, meta.updated) == (author, published, updated)


@pytest.mark.parametrize(
    "line",
    [
        "By March, exports had fallen by a fifth",
        "By the end of the year",
        "February 30, 2025",
        "Reuters",
        "The deal was signed on April 25, 2025.",
    ],
)
def test_not_metadata(line: str) -> None:
    assert parse_meta(line) is None


def test_metadata_in_the_body_is_read_and_taken_out() -> None:
    """A date line pasted below the first paragraph (under the lead picture) is
    metadata, not text."""
    text = (
        "Indium Supply Tightens\n\n"
        "Smelters in Yunnan cut indium output this spring, traders said.\n\n"
        "April 25, 2025\n\n"
        "Prices have risen since.\n"
    )
    article = read_plaintext(text, "indium.txt")
    assert article.date == dt.date(2025, 4, 25)
    assert "April 25, 2025" not in [b.text for b in article.sections[0].blocks]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("By Global Times", "Global Times"),
        ("By:Mining Weekly", "Mining Weekly"),
        ("Source: Xinhua| 2025-03-12 21:04:15|Editor: Li Na", "Xinhua"),
        ("Kitco News14:02 GMT", "Kitco News"),
        ("By JOHN MERCER Associated Press", "Associated Press"),
    ],
)
def test_parse_meta_sources(text: str, source: str) -> None:
    meta = parse_meta(text)
    assert meta is not None
    assert meta.source == source


def test_date_line_above_the_title() -> None:
    text = "2025-06-02\n\nScandium Alloy Order Placed\n\nAn aircraft maker ordered scandium.\n"
    article = read_plaintext(text, "scandium.txt")
    assert article.title == "Scandium Alloy Order Placed"
    assert article.title_line == 3
    assert article.date == dt.date(2025, 6, 2)


@pytest.mark.parametrize(
    ("paragraph", "dateline", "rest"),
    [
        ("WASHINGTON (Reuters) - The Commerce Department", "WASHINGTON (Reuters)", "The"),
        (
            "BEIJING, April 25 (Reuters) — China's ministry",
            "BEIJING, April 25 (Reuters)",
            "China's",
        ),
        ("LONDON — Metal traders", "LONDON", "Metal"),
        ("SÃO PAULO (AP) -- Brazil's miners", "SÃO PAULO (AP)", "Brazil's"),
    ],
)
def test_datelines(paragraph: str, dateline: str, rest: str) -> None:
    found = split_dateline(paragraph)
    assert found is not None
    assert found[0] == dateline
    assert found[1].split()[0] == rest


@pytest.mark.parametrize(
    "paragraph",
    ["AI — the technology", "Prices — already high — rose", "The U.S. - China talks resumed"],
)
def test_not_datelines(paragraph: str) -> None:
    assert split_dateline(paragraph) is None


def test_dateline_only_from_the_first_paragraph() -> None:
    text = (
        "Germanium Exports Resume\n\n"
        "Shipments resumed on Monday.\n\n"
        "BERLIN — Buyers in Germany welcomed the news.\n"
    )
    article = read_plaintext(text, "ge.txt")
    assert article.dateline is None
    assert article.sections[0].blocks[1].text.startswith("BERLIN — ")


# --- Quotes and inline boilerplate -------------------------------------------------


def test_quotes_are_kept_as_written() -> None:
    text = (
        "Magnet Makers Warn of Shortage\n\n"
        '"We have weeks, not months," one buyer said. Another called it ‘a squeeze’.\n\n'
        "A third said: “Nobody is panicking yet.”\n"
    )
    article = read_plaintext(text, "quotes.txt")
    first, second = (b.text for b in article.sections[0].blocks)
    assert first == '"We have weeks, not months," one buyer said. Another called it ‘a squeeze’.'
    assert second == "A third said: “Nobody is panicking yet.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("via China Daily, (opens in a new tab) underscore", "via China Daily, underscore"),
        ("via China Daily (opens in a new tab), underscore", "via China Daily, underscore"),
        ("the report (Opens in new window) said", "the report said"),
        ("see the filing (link is external).", "see the filing."),
    ],
)
def test_inline_boilerplate(text: str, expected: str) -> None:
    assert " ".join(strip_inline_boilerplate(text).split()) == expected
    assert strip_inline_boilerplate(text).count("  ") == 0


LINE_KINDS = {
    "Advertisement": "boilerplate",
    "TAGS: magnets": "boilerplate",
    "Posted in Markets": "boilerplate",
    "Required fields are marked *": "boilerplate",
    "We use cookies to give you the best experience.": "boilerplate",
    "Leave a Reply": "chrome_start",
    "12 Comments": "chrome_start",
    "Share this:": "share_start",
    "Related posts": "share_start",
    "* * *": "separator",
    "Key Takeaways:": "highlights_header",
    "1) First point": "bullet",
    "By Jane Doe": "meta",
    "Prices fell on Monday.": "text",
}


def test_line_kinds() -> None:
    lines = read_lines("\n".join(LINE_KINDS))
    assert [line.kind for line in lines] == list(LINE_KINDS.values())
    assert lines[11].text == "First point"


def test_chrome_line_before_the_body_does_not_swallow_the_article() -> None:
    text = (
        "Rare Earth Magnet Imports Fall\n\n"
        "Share this:\n\n"
        "Imports fell 40 percent in May, customs data showed.\n\n"
        "Related posts\n\n"
        "Magnet Prices Climb Again\n"
    )
    article = read_plaintext(text, "share.txt")
    assert blocks(article) == [
        (5, "paragraph", "Imports fell 40 percent in May, customs data showed.")
    ]


# --- Errors -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t\n\u00a0\n", "\ufeff", "Advertisement\n\nShare this:\nTAGS: x\nLeave a Reply\n"],
)
def test_no_title(text: str) -> None:
    with pytest.raises(SeedError) as caught:
        read_plaintext(text, "empty.txt")
    assert caught.value.path == "empty.txt"
    assert caught.value.line == 1
    assert "no title" in caught.value.message


@pytest.mark.parametrize(
    ("text", "title_line"),
    [
        ("Just a Title\n", 1),
        ("\n\nJust a Title\n\nLeave a Reply\n\nGreat article!\n", 3),
        ("A Title\n\nHighlights\n• only highlights here\n\nCATEGORIES: , ,\n", 1),
    ],
)
def test_no_body(text: str, title_line: int) -> None:
    with pytest.raises(SeedError) as caught:
        read_plaintext(text, "short.txt")
    assert caught.value.line == title_line
    assert "no body" in caught.value.message


# --- Properties -------------------------------------------------------------------

SEED_PIECES = ["By ", "April 25, 2025", "Highlights", "REEx Analysis", "Leave a Reply", "LONDON — "]
SEED_ALPHABET = st.sampled_from(
    [*"abcXYZ .,:;?!-*•▪1)(\"'“”—–|\t\u00a0\u202f\ufeff\r\n", *SEED_PIECES]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_article_or_seed_error(text: str) -> None:
    try:
        article = read_plaintext(text, "fuzz.txt")
    except SeedError as error:
        assert error.path == "fuzz.txt"
        return
    assert isinstance(article, Article)


@settings(max_examples=300, deadline=None)
@given(st.lists(SEED_ALPHABET, max_size=80).map("".join))
def test_seedlike_text_gives_clean_blocks(text: str) -> None:
    try:
        article = read_plaintext(text, "fuzz.txt")
    except SeedError:
        return
    line_count = len(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    assert 1 <= article.title_line <= line_count
    for section in article.all_sections:
        if section.heading is not None:
            assert section.heading == section.heading.strip()
            assert section.heading
        for block in section.blocks:
            assert 1 <= block.line <= line_count
            assert block.text == block.text.strip()
            assert "  " not in block.text


def test_classify_picks_the_rule_the_rules_in_order_would_pick() -> None:
    """``classify`` runs whole-line rules as one regex; it must agree with trying
    every rule in order, on real lines and on each kind of chrome."""
    from generator.reader.rules import LINE_RULES, classify

    lines = {
        line.strip()
        for path in sorted(Path(__file__).parent.parent.joinpath("seeds").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    }
    lines |= {
        "Leave a Reply",
        "12 comments",
        "Share this:",
        "Like this:",
        "Related posts",
        "Tags: rare earths, tariffs",
        "Posted in Markets",
        "Cancel reply",
        "Share on X",
        "Skip to content",
        "(Reporting by Jane Roe; Editing by Sam Poe)",
        "Loading...",
        "***",
        "Highlights",
        "- A bullet point",
        "By Marta Ruiz | March 14, 2025",
        "Comments: a whole paragraph that starts like chrome but goes on and on.",
        "Share " + "and share alike, " * 12,
        "Disclaimer: " + "this is not advice, " * 10,
    }
    for line in sorted(lines):
        expected = next((rule for rule in LINE_RULES if rule.matches(line)), None) if line else None
        assert classify(line) == expected, line
