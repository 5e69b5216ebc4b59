"""Quotations whose marks the page got wrong: a closing mark with no opening one,
and a double quote closed with a single mark.

Pages drop an opening mark ("… in Geneva. We are willing to work with the U.S.
side,” the ministry said.") or close a double quote with a single one
("“The panel process takes years,’ said Femi Adeyemo"). The closing mark is
kept only where a speaker follows it in its sentence, so a stray mark or an
inch sign never makes a quotation. A quote with no opening mark starts at the
start of its paragraph, or after the last sentence before it that reports
speech in the writer's words ("Martín Quispe said the province had …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .quotations import Piece, Place, Quotation, find_quotations
from .sentences import split_sentences
from .speaker_phrases import SPEECH_VERB, speaker_after

# A closing mark: after the end of a clause, before a space or the paragraph's end.
_CLOSING = re.compile(r"(?<=[\w.,!?…])[”\"’](?=\s|$)")
_CLAUSE_END = ",.!?…"
# So many words at least, or the words are a fragment, not a quotation.
_FEWEST_WORDS = 4


def _covered(found: list[Quotation], paragraph: int, offset: int) -> bool:
    """Whether a found quotation holds this offset of this paragraph (its marks too)."""
    for quotation in found:
        for piece in quotation.pieces:
            start = piece.start
            if start.paragraph == paragraph and start.offset - 1 <= offset <= piece.end:
                return True
    return False


def _spoken_after(text: str, mark: int) -> bool:
    """A speaker named after the mark, in its sentence: '…,” the ministry said.'"""
    return text[mark - 1] in _CLAUSE_END and speaker_after(text[mark + 1 :]) is not None


def _quote_start(text: str, end: int) -> int:
    """Where an unopened quote ending at ``end`` starts: after the last sentence
    before it that reports speech in the writer's words, else the paragraph's start."""
    start = len(text) - len(text.lstrip())
    for sentence in split_sentences(text[:end])[:-1]:
        if SPEECH_VERB.search(sentence.text) or "“" in sentence.text or '"' in sentence.text:
            start = sentence.end
    return start + len(text[start:end]) - len(text[start:end].lstrip())


def _unopened(paragraphs: Sequence[str], found: list[Quotation]) -> list[Quotation]:
    """Closing curly or straight double marks no quotation opened, with a speaker after."""
    extra: list[Quotation] = []
    for index, text in enumerate(paragraphs):
        for mark in _CLOSING.finditer(text):
            at = mark.start()
            if mark.group() == "’" or _covered(found, index, at) or not _spoken_after(text, at):
                continue
            start = _quote_start(text, at)
            if len(text[start:at].split()) < _FEWEST_WORDS or _covered(found, index, start):
                continue
            opens = Place(index, start)
            extra.append(Quotation((Piece(opens, at),), opens, Place(index, at + 1), True))
    return extra


def _single_close(text: str, start: int) -> int | None:
    """A single closing mark ending a clause of a double quote, a speaker after it."""
    for mark in _CLOSING.finditer(text, start):
        if mark.group() == "’" and _spoken_after(text, mark.start()):
            return mark.start()
    return None


def _closed_mismatched(paragraphs: Sequence[str], quotation: Quotation) -> list[Quotation]:
    """A double quote closed by a single mark with a speaker after it, and the
    quotations its marks had swallowed after that ("…,’ said X. “…”")."""
    first = quotation.pieces[0]
    paragraph = first.start.paragraph
    text = paragraphs[paragraph]
    if text[quotation.opens.offset] not in '“"':
        return [quotation]
    close = _single_close(text[: first.end], first.start.offset)
    if close is None:
        return [quotation]
    piece = Piece(first.start, close)
    closed = Quotation((piece,), quotation.opens, Place(paragraph, close + 1), True)
    # Read the rest again from the mark on, for the quotations after it.
    rest = [""] * paragraph + [" " * (close + 1) + text[close + 1 :]]
    again = find_quotations([*rest, *paragraphs[paragraph + 1 :]])
    return [closed, *(q for q in again if q.opens < quotation.ends)]


def repair_marks(paragraphs: Sequence[str], found: list[Quotation]) -> list[Quotation]:
    """The quotations found by their marks, mismatched ones closed, unopened ones
    added, in article order."""
    closed = [q for quotation in found for q in _closed_mismatched(paragraphs, quotation)]
    every = closed + _unopened(paragraphs, closed)
    return sorted(every, key=lambda q: q.opens)
