"""The reader on headlines and standfirsts (issue 13, ``tests/eval/dev18``): a
page's description that only repeats the story's first paragraph is no
standfirst."""

from __future__ import annotations

from tests.reader_story import LAST, LEAD, MORE, body_text, read

TITLE = "Gallium checks slow shipments from southern ports"
BYLINE = "By Ana Lima | 4 June 2025"


def _page(*header: str) -> str:
    return "\n\n".join((TITLE, *header, LEAD, MORE, LAST)) + "\n"


def test_the_lede_cut_with_an_ellipsis_over_the_byline_is_no_standfirst() -> None:
    cut = " ".join(LEAD.split()[:12]) + "..."
    article = read(_page(cut, BYLINE))
    assert article.dek is None
    assert article.author == "Ana Lima"
    text = body_text(article)
    assert LEAD in text
    assert cut not in text


def test_the_lede_cut_with_an_ellipsis_character_is_no_standfirst() -> None:
    cut = " ".join(LEAD.split()[:9]) + "\u2026"
    assert read(_page(cut, BYLINE)).dek is None


def test_a_standfirst_over_the_byline_stays_one() -> None:
    dek = "The inspections add days to cargoes that already need a licence."
    assert read(_page(dek, BYLINE)).dek == dek


def test_a_short_line_ending_in_an_ellipsis_that_starts_no_paragraph_stays() -> None:
    # The same words are not the story's first words: a standfirst that trails off.
    dek = "Licences, inspections and now a queue at the ports..."
    assert read(_page(dek, BYLINE)).dek == dek
