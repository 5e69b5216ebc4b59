"""The reader on standfirsts and key-point boxes (dev37): a "Summary:" line past
a release's number, a standfirst over the story's tool row, a byline with the
outlet after a dot under it, and the boxes that are key points or not."""

from __future__ import annotations

import pytest

from generator.reader.blocks import group_blocks
from generator.reader.labels import bullet_item, is_bullet
from generator.reader.lines import read_lines
from generator.reader.rules import classify
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read

TITLE = "Gallium checks slow shipments from southern ports"
STANDFIRST = "The inspections add days to cargoes that already need a licence from the ministry."


def pasted(*lines: str) -> str:
    """Lines as a browser pastes them: one under the other, no blank lines."""
    return "\n".join(lines) + "\n"


def test_a_summary_line_past_a_release_number_is_the_standfirst() -> None:
    article = read(
        pasted(
            TITLE,
            "Media release",
            "Release number: 214/25",
            "Date: 9 December 2025",
            f"Summary: {STANDFIRST}",
            LEAD,
            MORE,
            LAST,
        )
    )
    assert article.dek == STANDFIRST
    assert LEAD in body_text(article)


def test_a_summary_line_under_the_story_is_no_standfirst() -> None:
    # (the label names a standfirst only above the story's first paragraph)
    article = read(pasted(TITLE, "Date: 9 December 2025", LEAD, f"Summary: {STANDFIRST}", MORE))
    assert article.dek is None


def test_a_sentence_over_the_tool_row_under_the_byline_is_the_standfirst() -> None:
    article = read(
        pasted(
            TITLE,
            "By Colm Ashdown",
            "November 20th 2025",
            STANDFIRST,
            "Save",
            "Share",
            "Listen to this story",
            f"{LEAD} {MORE}",
            LAST,
        )
    )
    assert article.dek == STANDFIRST


def test_a_lead_as_long_as_the_paragraph_under_the_tool_row_stays_the_lead() -> None:
    # (a standfirst is shorter than the story's paragraph under the buttons)
    article = read(
        pasted(TITLE, "By Colm Ashdown", "November 20th 2025", LEAD, "Save", "Share", MORE, LAST)
    )
    assert article.dek is None
    assert LEAD in body_text(article)


def test_a_standfirst_over_a_name_and_outlet_byline_is_no_caption() -> None:
    article = read(
        pasted(
            "Canada",
            TITLE,
            "A worker walks past a pilot furnace at the port in October. (Marc Tessier/NWT News)",
            STANDFIRST,
            "Priya Raman · NWT News ·",
            "Posted: Dec 02, 2025 4:15 PM EST",
            LEAD,
            MORE,
            LAST,
        )
    )
    assert article.title == TITLE
    assert article.dek == STANDFIRST


@pytest.mark.parametrize(
    "line",
    [
        "Cookies on GOV.UK",
        "Cookies on the Statistics Office website",
        "We use some essential cookies to make this website work.",
        "Accept additional cookies",
        "Reject analytics cookies",
    ],
)
def test_a_government_sites_cookie_banner_is_furniture(line: str) -> None:
    found = classify(line)
    assert found is not None and found.name == "cookie_notice"


def test_key_findings_over_unbulleted_lines_above_the_story_are_key_points() -> None:
    points = (
        "Imports of rare earth compounds fell 23% by value on the quarter.",
        "Exports of lithium hydroxide rose to a record.",
    )
    article = read(
        pasted(
            "Cookies on the Statistics Office website",
            "Statistical bulletin",
            TITLE,
            "Release date: 11 December 2025",
            "Key findings",
            *points,
            LEAD,
            MORE,
            LAST,
        )
    )
    assert article.title == TITLE
    assert list(article.highlights) == list(points)


def test_the_bottom_line_over_bullets_ending_the_story_is_key_points() -> None:
    points = ("Japan cut its reliance on one supplier.", "Stockpiles and loans mattered.")
    article = read(
        pasted(TITLE, "By Haruka Ishida", "3 December 2025", LEAD, MORE, LAST, "The bottom line")
        + "".join(f"• {p}\n" for p in points)
        + "Share this story\n"
    )
    assert list(article.highlights) == list(points)


def test_the_bottom_line_over_a_paragraph_heads_the_last_section() -> None:
    article = read(
        pasted(TITLE, "By Haruka Ishida", "3 December 2025", LEAD, MORE, "The bottom line", LAST)
    )
    assert not article.highlights
    assert LAST in body_text(article)


@pytest.mark.parametrize("glyph", ["\uf0b7", "\uf0a7", "⦁", "□", "❖"])
def test_a_word_processors_bullets_are_bullets(glyph: str) -> None:
    assert is_bullet(f"{glyph} Importers must report the country of separation.")
    assert bullet_item(f"{glyph} Importers must report.") == "Importers must report."


@pytest.mark.parametrize(
    "label", ["Key messages", "Key judgements", "At-a-glance", "Why this matters", "Quick summary"]
)
def test_more_names_of_a_summary_box_label_key_points(label: str) -> None:
    found = classify(label)
    assert found is not None and found.kind == "highlights_header"
    points = ("Japan cut its reliance on one supplier.", "Stockpiles and loans mattered.")
    article = read(
        pasted(TITLE, "By Haruka Ishida", "3 December 2025", label, *(f"• {p}" for p in points))
        + pasted(LEAD, MORE, LAST)
    )
    assert list(article.highlights) == list(points)


def test_a_notices_long_summary_line_is_its_standfirst() -> None:
    summary = " ".join([STANDFIRST] * 6)
    article = read(
        pasted(
            TITLE,
            "AGENCY: Bureau of Industry and Security, Commerce.",
            "ACTION: Interim final rule.",
            f"SUMMARY: {summary}",
            LEAD,
            MORE,
            LAST,
        )
    )
    assert article.dek == summary


def test_a_summary_line_longer_than_any_standfirst_is_left_to_the_story() -> None:
    summary = " ".join([STANDFIRST] * 12)
    article = read(pasted(TITLE, "ACTION: Interim final rule.", f"SUMMARY: {summary}", LEAD, MORE))
    assert article.dek is None


def test_a_description_printed_again_under_the_byline_is_the_standfirst_once() -> None:
    article = read(
        pasted(TITLE, STANDFIRST, "Jasmine Okonkwo-Reyes", "Dec 10, 2025", STANDFIRST, LEAD, MORE)
    )
    assert article.dek == STANDFIRST
    assert STANDFIRST not in body_text(article)
    assert LEAD in body_text(article)


def test_a_line_printed_twice_with_no_byline_between_is_no_standfirst() -> None:
    # (a caption under a picture and again in the text: chrome, as before)
    article = read(pasted(TITLE, "Dec 10, 2025", STANDFIRST, STANDFIRST, LEAD, MORE, LAST))
    assert article.dek is None


TWO_SENTENCES = (
    "Japan spent fifteen years preparing for a cut-off. Its magnet makers are still working."
)


def test_two_sentences_under_a_kicker_above_the_headline_are_its_standfirst() -> None:
    article = read(
        pasted("FEATURE · CRITICAL MINERALS", TWO_SENTENCES, TITLE, "By Haruka Ishida", LEAD, MORE)
    )
    assert article.title == TITLE
    assert article.dek == TWO_SENTENCES


@pytest.mark.parametrize(
    "above",
    [
        # one sentence: a picture's caption
        ("FEATURE", "A worker walks past a furnace at the plant in Fukui prefecture."),
        # no kicker over it
        ("Resource World is read by buyers of minerals everywhere.", TWO_SENTENCES),
    ],
)
def test_other_lines_above_the_headline_are_no_standfirst(above: tuple[str, str]) -> None:
    article = read(pasted(*above, TITLE, "By Haruka Ishida", LEAD, MORE))
    assert article.dek is None


def test_a_photographs_caption_under_the_byline_is_no_standfirst() -> None:
    caption = "Photograph: A sintering line at a magnet plant in Fukui prefecture. Resource World"
    found = classify(caption)
    assert found is not None and found.kind == "caption"
    article = read(pasted(TITLE, "By Haruka Ishida", "3 December 2025", caption, LEAD, MORE))
    assert article.dek is None


def test_key_points_over_long_paragraphs_make_no_standfirst_of_the_first() -> None:
    # (a label of several points never labels one standfirst; "Summary" may)
    point = f"{LEAD} {MORE}"
    article = read(
        "\n\n".join((TITLE, "Published 4 December 2025", "Key points", point, LAST, MORE)) + "\n"
    )
    assert article.dek is None
    assert LEAD in body_text(article)


def test_a_sentence_between_the_headline_and_its_tool_row_is_the_standfirst() -> None:
    article = read(pasted(TITLE, STANDFIRST, "Share", "Print", f"{LEAD} {MORE}", LAST))
    assert article.dek == STANDFIRST


def test_the_lead_over_the_tool_row_under_the_headline_stays_the_lead() -> None:
    article = read(pasted(TITLE, f"{LEAD} {MORE}", "Share", "Print", LAST))
    assert article.dek is None


@pytest.mark.parametrize("line", ["Related Insights", "Related Research", "Related publications"])
def test_a_firms_and_an_institutes_related_rails_end_the_story(line: str) -> None:
    found = classify(line)
    assert found is not None and found.name == "related_posts"
    rail = "USMCA Review: What the 2026 Joint Review Means for Automotive Suppliers"
    article = read(pasted(TITLE, "December 4, 2025", LEAD, MORE, LAST, line, rail))
    assert rail not in body_text(article)
    assert LAST in body_text(article)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Cite this commentary", "boilerplate"),
        ("How to cite", "boilerplate"),
        ("Suggested citation", "boilerplate"),
        ("Download this chart", "boilerplate"),
        ("Related documents", "box_label"),
        ("Associated links", "box_label"),
        ("More press releases", "box_label"),
        ("Further information", "end_matter"),
    ],
)
def test_a_reports_and_a_releases_furniture(line: str, kind: str) -> None:
    found = classify(line)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        "Further information about the scheme is available from the ministry.",
        "More news is expected from the ministry next week.",
        "Download the chart of prices from the exchange's site, the broker advised.",
    ],
)
def test_sentences_opening_with_the_same_words_are_no_furniture(line: str) -> None:
    found = classify(line)
    assert found is None or found.kind not in ("boilerplate", "box_label", "end_matter")


SHORT_POINTS = (
    "Financing is no longer the main obstacle; permits and skilled workers are.",
    "Buyers will pay a premium only with long-term contracts backed by governments.",
)


def test_a_qualified_label_with_a_colon_in_the_story_heads_its_key_points() -> None:
    label = "Key takeaways from the discussion:"
    found = classify(label)
    assert found is not None and found.kind == "highlights_header"
    article = read(
        pasted(TITLE, "December 2, 2025", f"{LEAD} {MORE}", label, *SHORT_POINTS, f"{LAST} {MORE}")
    )
    assert list(article.highlights) == list(SHORT_POINTS)
    assert LAST in body_text(article)


def test_sentences_as_long_as_the_story_under_a_colon_label_stay_the_story() -> None:
    # (no paragraph much longer follows: the points cannot be told from the story)
    article = read(
        pasted(TITLE, "December 2, 2025", f"{LEAD} {MORE}", "Highlights of the ruling:", LEAD, MORE)
    )
    assert not article.highlights
    assert MORE in body_text(article)


@pytest.mark.parametrize(
    "between",
    [
        ("Download PDF (1.2 MB)",),
        ("Contents", "Background", "Analysis"),
    ],
)
def test_a_sentence_under_the_date_over_a_download_or_contents_box_is_the_standfirst(
    between: tuple[str, ...],
) -> None:
    article = read(pasted(TITLE, "3 December 2025", STANDFIRST, *between, f"{LEAD} {MORE}", LAST))
    assert article.dek == STANDFIRST


def test_a_sentence_under_an_authors_block_over_the_share_row_is_the_standfirst() -> None:
    article = read(
        pasted(
            TITLE,
            "Authors",
            "Ann Lee",
            "Partner",
            "Bo Chen",
            "Associate",
            STANDFIRST,
            "Share",
            f"{LEAD} {MORE}",
            LAST,
        )
    )
    assert article.dek == STANDFIRST


def test_a_line_between_the_key_points_and_the_lead_heads_the_first_section() -> None:
    points = ("Imports fell 23% on the quarter.", "Exports rose to a record.")
    article = read(
        pasted(TITLE, "Release date: 11 December 2025", "Key findings", *points, "Rare earths")
        + pasted(LEAD, MORE, LAST)
    )
    assert list(article.highlights) == list(points)
    assert headings(article) == ["Rare earths"]


def test_a_title_cased_name_between_the_key_points_and_the_lead_heads_nothing() -> None:
    points = ("Imports fell 23% on the quarter.", "Exports rose to a record.")
    article = read(
        pasted(TITLE, "Nov. 14, 2025", "Summary", *points, "Bespoke Investor Insights")
        + pasted(LEAD, MORE, LAST)
    )
    assert headings(article) == []


def test_bullets_wrapped_flush_in_a_pdfs_text_are_whole_points() -> None:
    text = (
        "Securing Rare Earth Supply for Allied Defence Industries\n\n"
        "Key points\n\n"
        "• Defence primes in the alliance depend on a single country for\n"
        "more than 90% of their sintered magnets.\n"
        "• Joint procurement could cut costs by a fifth, our estimates\n"
        "suggest.\n\n"
        "Introduction\n\n"
        "Permanent magnets made with neodymium and dysprosium sit inside\n"
        "guidance systems, radars and electric motors across the defence\n"
        "sector, and most of them are made in one country.\n"
    )
    assert list(read(text).highlights) == [
        "Defence primes in the alliance depend on a single country for more than 90% of their"
        " sintered magnets.",
        "Joint procurement could cut costs by a fifth, our estimates suggest.",
    ]


def test_a_line_after_a_whole_bullet_starts_a_block_of_its_own() -> None:
    lines = read_lines("• Importers must report the country of separation.\nmore details follow\n")
    assert [b.text for b in group_blocks(lines)] == [
        "Importers must report the country of separation.",
        "more details follow",
    ]


def test_a_qualified_label_without_its_colon_heads_bullets_in_the_story() -> None:
    article = read(
        pasted(TITLE, "December 2, 2025", f"{LEAD} {MORE}", "Key takeaways from the event")
        + "".join(f"• {p}\n" for p in SHORT_POINTS)
        + pasted(LAST)
    )
    assert list(article.highlights) == list(SHORT_POINTS)


@pytest.mark.parametrize(
    "line",
    [
        "Highlights of the year were the new mines in Quebec and Ontario.",
        "Key points of contention remain between the parties",
    ],
)
def test_sentences_opening_with_a_qualified_label_are_no_label(line: str) -> None:
    found = classify(line)
    assert found is None or found.kind != "highlights_header"
