"""What a line rule is: a named test on one line and the kind of line it makes;
and a pattern rule, a named regex that finds something inside a line."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

LineKind = Literal[
    "blank",
    "ignored",
    "separator",
    # The comments region begins: the article is over, whatever comes before.
    "chrome_start",
    # Share and related-links widgets: the end of the article once body text has
    # been read (alone, under the title, a single line of chrome).
    "share_start",
    # The end matter of a story (contacts, disclosures, an author box): the end
    # once most of the body has been read, else a label of a box of links.
    "end_matter",
    # One line of site furniture, dropped wherever it appears.
    "boilerplate",
    # The label of a box of links (trending, most read, contents, tickers): it and
    # the lines that run on after it without a blank line are chrome.
    "box_label",
    # An image caption or a photo credit.
    "caption",
    "highlights_header",
    # The label of a standfirst ("Synopsis").
    "dek_label",
    "bullet",
    "meta",
    "text",
]
LineTest = Callable[[str], bool]


@dataclass(frozen=True)
class LineRule:
    """A named test on one stripped line, and the kind of line it makes; a rule
    with ``max_chars`` never matches a longer line (menus and labels are short)."""

    name: str
    kind: LineKind
    test: LineTest
    max_chars: int = 0

    def matches(self, text: str) -> bool:
        return (not self.max_chars or len(text) <= self.max_chars) and self.test(text)


class WholeLine:
    """A test that the whole line matches ``pattern``, ignoring case."""

    __slots__ = ("pattern", "regex")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern, re.IGNORECASE)

    def __call__(self, text: str) -> bool:
        return self.regex.fullmatch(text) is not None


def whole_line(pattern: str) -> WholeLine:
    return WholeLine(pattern)


def rules_of_kind(kind: LineKind, *table: tuple[str, str | LineTest]) -> tuple[LineRule, ...]:
    """Line rules that make one kind of line, from a table of names and tests in
    rule order; a test given as a string is a whole-line pattern."""
    return tuple(
        LineRule(name, kind, whole_line(test) if isinstance(test, str) else test)
        for name, test in table
    )


@dataclass(frozen=True)
class PatternRule:
    """A named regex, for rules that find something inside a line; ``hints``, when
    given, are lower-case pieces one of which every match holds, so a line with
    none of them need not be searched."""

    name: str
    pattern: re.Pattern[str]
    hints: tuple[str, ...] = ()
