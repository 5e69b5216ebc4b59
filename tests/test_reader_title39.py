"""The reader on headlines, headings and dates in whole pages (issue 13,
``tests/eval/dev39``)."""

from __future__ import annotations

from tests.reader_story import LAST, LEAD, MORE, read

HEADLINE = "Gallium checks are a warning. Ports need a plan"
WRITER = "Ana Lima"
STANDFIRST = "Customs officers keep opening containers. What shippers need is a rule they can read in advance"
STAMP = "Sat 8 Mar 2025 06.00 GMT"


def _page(*header: str) -> str:
    return "\n".join(("Opinion", *header, LEAD, MORE, LAST)) + "\n"


def test_a_longer_line_under_the_columnists_name_is_the_standfirst() -> None:
    article = read(_page(HEADLINE, WRITER, STANDFIRST, STAMP))
    assert article.title == HEADLINE
    assert article.dek == STANDFIRST
    assert article.author == WRITER
