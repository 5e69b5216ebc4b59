"""The reader on standfirsts and key points of official, legal and data pages
(dev46): boxes of sentences without bullets closed by the page's furniture."""

from __future__ import annotations

from generator.reader.labels import without_enumerators
from generator.reader.standfirst import serial_label
from tests.reader_story import LAST, LEAD, MORE, body_text, read

TITLE = "Gallium checks slow shipments from southern ports"
POINTS = (
    "Imports of permanent magnets rose by a third in the quarter.",
    "Exports of mineral sands fell as a plant closed for maintenance.",
    "The goods deficit narrowed for the second quarter running.",
)


def pasted(*lines: str) -> str:
    """Lines as a browser pastes them: one under the other, no blank lines."""
    return "\n".join(lines) + "\n"


def test_highlights_over_sentences_closed_by_furniture_are_key_points() -> None:
    # (a data release: the lead, "Highlights", its sentences, the downloads, the story)
    article = read(
        pasted(
            TITLE, "13 February 2026", LEAD, "Highlights", *POINTS, "Download the data", MORE, LAST
        )
    )
    assert article.highlights == POINTS
    assert MORE in body_text(article)


def test_in_brief_over_sentences_ending_the_page_is_a_box_of_key_points() -> None:
    article = read(pasted(TITLE, "13 February 2026", LEAD, MORE, LAST, "In brief", *POINTS, "Tags"))
    assert article.highlights == POINTS


def test_quick_facts_over_a_releases_quotes_head_its_section() -> None:
    # ("Quick facts" and its kind are key points only where they end the release)
    article = read(
        pasted(TITLE, "13 February 2026", LEAD, MORE, "Quick Facts", *POINTS, "Quotes", f'"{LAST}"')
    )
    assert article.highlights == ()


SUMMARY = (
    "The department determines that sintered magnets from the exporting country are "
    "being sold at less than fair value, and will ask customs to collect cash deposits."
)


def test_a_notices_summary_among_its_fields_is_the_standfirst() -> None:
    article = read(
        pasted(
            TITLE,
            "AGENCY:",
            "Enforcement and Compliance, International Trade Administration, Department of Commerce.",
            "ACTION:",
            "Notice.",
            "SUMMARY:",
            SUMMARY,
            "DATES:",
            "Applicable March 11, 2026.",
            LEAD,
            MORE,
            LAST,
        )
    )
    assert article.dek == SUMMARY
    assert LEAD in body_text(article)


def test_an_abstract_over_one_paragraph_is_the_standfirst() -> None:
    article = read(
        pasted(TITLE, "Issued: 14 January 2026", "Abstract", SUMMARY, "1. Purpose", LEAD, MORE)
    )
    assert article.dek == SUMMARY


def test_an_overview_closed_by_the_share_row_is_the_standfirst() -> None:
    article = read(
        pasted(TITLE, "Date 3 February 2026", "Overview", SUMMARY, "Share this page", LEAD, MORE)
    )
    assert article.dek == SUMMARY
    assert LEAD in body_text(article)


def test_an_overview_over_the_story_heads_its_first_section() -> None:
    # (no furniture under its paragraph: a section's heading, as on report pages)
    article = read(pasted(TITLE, "Date 3 February 2026", "Overview", SUMMARY, LEAD, MORE))
    assert article.dek != SUMMARY
    assert SUMMARY in body_text(article)


def test_a_documents_kind_and_serial_number_under_the_headline_is_no_standfirst() -> None:
    article = read(
        pasted(TITLE, "Notice to Exporters and Brokers No. 241", "Date: March 3, 2026", LEAD, MORE)
    )
    assert article.dek is None


def test_serial_labels_and_sentences() -> None:
    assert serial_label("Consultation notice CN-2026-04")
    assert serial_label("Circular 2026/07")
    assert not serial_label("The ministry will act on 12/03")
    assert not serial_label("Prices rose 5% in 2025/26.")


def test_key_points_under_the_lead_closed_by_the_next_heading_are_a_box() -> None:
    # (a label naming its points: the next section's heading ends the box)
    article = read(
        pasted(TITLE, "13 February 2026", LEAD, "Key points", *POINTS, "Background", MORE, LAST)
    )
    assert article.highlights == POINTS
    assert MORE in body_text(article)


def test_a_section_label_over_sentences_and_a_heading_stays_body() -> None:
    # ("Summary" names no points: its sentences are the story's)
    article = read(
        pasted(TITLE, "13 February 2026", LEAD, MORE, "Summary", *POINTS, "Background", LAST)
    )
    assert article.highlights == ()


def test_key_points_lose_their_enumerators() -> None:
    lettered = tuple(f"({letter}) {point}" for letter, point in zip("abc", POINTS, strict=True))
    article = read(pasted(TITLE, "13 February 2026", "Key points", *lettered, LEAD, MORE, LAST))
    assert article.highlights == POINTS


def test_one_point_keeps_what_looks_like_an_enumerator() -> None:
    assert without_enumerators(("i. e. the first", "A second point.")) == (
        "i. e. the first",
        "A second point.",
    )
    assert without_enumerators(("ii. One.", "iii. Two.")) == ("One.", "Two.")


def test_what_this_means_over_one_paragraph_closed_by_the_share_row_is_the_standfirst() -> None:
    article = read(
        pasted(TITLE, "3 February 2026", "What this means", SUMMARY, "Share this page", LEAD, MORE)
    )
    assert article.dek == SUMMARY


def test_a_line_ending_with_a_colon_under_the_headline_is_no_standfirst() -> None:
    lead_in = "Minister of Mines, the Hon. Jane Doe, said today:"
    article = read(pasted(TITLE, lead_in, "12 March 2026", LEAD, MORE, LAST))
    assert article.dek is None


def test_at_a_glance_in_mid_story_closed_by_the_share_row_is_a_side_box() -> None:
    article = read(pasted(TITLE, "13 February 2026", LEAD, "At a glance", *POINTS, "Share", MORE))
    assert article.highlights == POINTS
    assert MORE in body_text(article)
