"""Quotations found by their marks, paragraph by paragraph.

Curly or straight double quotes, and curly single quotes used as quotation
marks, following the news convention that a quote running into the next
paragraph leaves its closing mark off and opens the next paragraph with a fresh
one. Apostrophes ("it’s", "’90s") never open a quote. The quoted words can be
masked, so that names inside a quote are never taken for its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .speech_words import SPEECH_VERBS

_OPEN_AFTER = "([{—–-/\u00a0"


@dataclass(frozen=True, order=True)
class Place:
    """A place in the paragraphs: which paragraph, and the offset in its text.
    Places compare in reading order."""

    paragraph: int
    offset: int


@dataclass(frozen=True)
class Piece:
    """Quoted text inside one paragraph, without its marks: from ``start`` to the
    offset ``end`` of the same paragraph."""

    start: Place
    end: int


@dataclass(frozen=True)
class Quotation:
    """A quotation from its opening mark (``opens``) to after its closing one
    (``ends``), and its words paragraph by paragraph (``pieces``)."""

    pieces: tuple[Piece, ...]
    opens: Place
    ends: Place
    closed: bool


def _opener_at(text: str, i: int) -> str | None:
    """The quote family ("double" or "single") opening at ``text[i]``, if one does."""
    char = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else ""
    starts = before.isspace() or before in _OPEN_AFTER
    if char == "“":
        return "double"
    if char == '"' and starts and after and not after.isspace():
        return "double"
    # A curly single quote opens only before a letter: "‘90s" is an abbreviation.
    if char == "‘" and starts and after.isalpha():
        return "single"
    return None


def _closes_at(text: str, i: int, family: str) -> bool:
    char = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if family == "double":
        return char == "”" or (char == '"' and not before.isspace())
    # "it’s", "Beijing’s": an apostrophe inside a word closes nothing.
    return char == "’" and not before.isspace() and not after.isalnum()


# The only characters that can open or close a quote: the scans below jump from
# one to the next instead of testing every character of the paragraph.
_OPENING_MARKS = re.compile('[“"‘]')
_CLOSING_MARKS = {"double": re.compile('[”"]'), "single": re.compile("’")}


def _next_opener(text: str, start: int) -> tuple[int, str] | None:
    for mark in _OPENING_MARKS.finditer(text, start):
        family = _opener_at(text, mark.start())
        if family:
            return mark.start(), family
    return None


def _closing(text: str, start: int, family: str) -> int | None:
    marks = _CLOSING_MARKS[family].finditer(text, start)
    return next((m.start() for m in marks if _closes_at(text, m.start(), family)), None)


def _continues(text: str, family: str) -> int | None:
    """Offset of the mark that reopens a running quote at the start of a paragraph."""
    i = len(text) - len(text.lstrip())
    return i if i < len(text) and _opener_at(text, i) == family else None


# What follows a quote's closing mark when a speaker is named there: ',” Rezaei added.'
_CREDIT_AFTER = re.compile(
    rf"^[,.!?]?\s+(?:[\w.’'-]+\s+){{0,5}}?(?:{'|'.join(sorted(SPEECH_VERBS))})\b"
)


def _closed_after_break(text: str, family: str) -> int | None:
    """Where a quote left open at a block's end closes in this block: a closing mark
    with no opening one before it, then its speaker ('Our next line will be twice the
    size," Rezaei added.'); None where the block does not go on with it."""
    close = _closing(text, 0, family)
    if close is None or close == 0:
        return None
    opener = _next_opener(text, 0)
    if opener is not None and opener[0] < close:
        return None
    return close if _CREDIT_AFTER.match(text[close + 1 :]) else None


def _follow(paragraphs: Sequence[str], first: int, start: int, family: str) -> Quotation:
    """Read one quotation from its opening mark, across paragraphs if it runs on."""
    pieces: list[Piece] = []
    index, begin = first, start + 1
    while True:
        text = paragraphs[index]
        close = _closing(text, begin, family)
        if close is not None:
            pieces.append(Piece(Place(index, begin), close))
            return Quotation(tuple(pieces), Place(first, start), Place(index, close + 1), True)
        pieces.append(Piece(Place(index, begin), len(text)))
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        reopen = _continues(following, family) if following is not None else None
        if reopen is None:
            closing = _closed_after_break(following, family) if following is not None else None
            if closing is not None:
                # A line cut out of the quote (a link, a promo): it closes in the next block.
                pieces.append(Piece(Place(index + 1, 0), closing))
                return Quotation(
                    tuple(pieces), Place(first, start), Place(index + 1, closing + 1), True
                )
            return Quotation(tuple(pieces), Place(first, start), Place(index, len(text)), False)
        index, begin = index + 1, reopen + 1


def find_quotations(paragraphs: Sequence[str]) -> list[Quotation]:
    """Every quotation in order, scare quotes included."""
    found: list[Quotation] = []
    index, position = 0, 0
    while index < len(paragraphs):
        opener = _next_opener(paragraphs[index], position)
        if opener is None:
            index, position = index + 1, 0
            continue
        quotation = _follow(paragraphs, index, *opener)
        found.append(quotation)
        if quotation.closed:
            index, position = quotation.ends.paragraph, quotation.ends.offset
        else:
            index, position = quotation.ends.paragraph + 1, 0
    return found


def quote_text(paragraphs: Sequence[str], found: Quotation) -> str:
    parts = (paragraphs[p.start.paragraph][p.start.offset : p.end].strip() for p in found.pieces)
    return " ".join(part for part in parts if part).rstrip(" ,;:—–-")


def masked_paragraphs(paragraphs: Sequence[str], found: list[Quotation]) -> list[str]:
    """Paragraphs with quoted words blanked out (a final . ! ? kept, to end the sentence)."""
    chars = [list(text) for text in paragraphs]
    for quotation in found:
        for piece in quotation.pieces:
            start = piece.start.offset
            row = chars[piece.start.paragraph]
            inner = "".join(row[start : piece.end]).rstrip()
            keep = 1 if inner[-1:] in (".", "!", "?", "…") else 0
            for i in range(start, start + len(inner) - keep):
                row[i] = "x"
    return ["".join(row) for row in chars]
