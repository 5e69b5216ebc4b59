"""A small sentence splitter for news prose.

It knows the abbreviations news text is full of ("Mr.", "Dr.", "U.S.", "Inc.",
initials like "J.") so that they do not end a sentence, and it keeps closing
quote marks with the sentence they close.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it sits in the text it came from (``text == whole[start:end]``)."""

    text: str
    start: int
    end: int


# Titles and shorthands that are followed by more of the same sentence.
_NEVER_FINAL = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt",
        "capt", "cmdr", "adm", "rep", "reps", "sen", "sens", "gov", "rev", "hon", "pres",
        "vs", "e.g", "i.e", "cf", "approx", "no", "nos", "vol", "fig", "est",
    }
)  # fmt: skip

# Shorthands that often sit mid-sentence but can end one ("... made in the U.S. The ...").
_SOMETIMES_FINAL = frozenset(
    {
        "inc", "corp", "co", "ltd", "plc", "bros", "etc", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip

# After a "sometimes final" shorthand, these words show that a new sentence began.
_SENTENCE_OPENERS = frozenset(
    {
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We",
        "I", "You", "But", "And", "Yet", "So", "Still", "However", "Meanwhile", "In",
        "On", "At", "For", "As", "If", "When", "While", "After", "Before", "A", "An",
        "There", "Such", "Some", "Many", "Most", "Both", "Now", "Then", "Also", "Analysts",
        "Officials", "Experts",
    }
)  # fmt: skip

# Terminal punctuation, any closing quotes or brackets, then the gap to the next sentence.
_BREAK = re.compile(r"[.!?…]+[\"”’')\]]*\s+")
_WORD_BEFORE = re.compile(r"([\w.’'-]+)$")
# A speaker and a speech verb closing a quote that asks or exclaims (titles with
# their stops too: "Mr. Pruitt said").
_ATTRIBUTION = re.compile(r"(?:[\w.’'-]+\s+){1,7}?(?:said|says|told|asked|added|wrote)\b")
_WORD_WINDOW = 40
_NEXT_WORD = re.compile(r"[\"“‘(\[]*([\w.’'-]+)")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_INITIAL = re.compile(r"^[A-Z]$")


def _can_start(text: str) -> bool:
    """A new sentence starts with a capital, a digit or an opening mark."""
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in '"“‘([')


def _is_break(text: str, match: re.Match[str]) -> bool:
    after = text[match.end() :]
    if not _can_start(after):
        return False
    punct = match.group().rstrip()
    if punct[-1] in '"”' and punct[0] in "?!" and _ATTRIBUTION.match(after):
        return False  # '"… buy it?" Hanseong President Choi said': the quote's own credit.
    if punct != ".":
        return True
    word = _word_before(text, match.start())
    bare = word.lower().lstrip("'’(")
    if bare in _NEVER_FINAL or _INITIAL.match(word):
        return False
    if bare in _SOMETIMES_FINAL or _DOTTED.match(word):
        # "… at Aisin Corp. “Every motor …": a quotation opens the next (its words
        # blanked to "x" while speakers are read).
        if after[:1] in '“"' and (after[1:2].isupper() or after[1:2] == "x"):
            return True
        following = _NEXT_WORD.match(after)
        return following is not None and following.group(1) in _SENTENCE_OPENERS
    return True


def _word_before(text: str, end: int) -> str:
    """The word that ends at ``end``: ``_WORD_BEFORE`` on ``text[:end]``, but searched in
    a short window, so that a paragraph is not rescanned from its start at every break."""
    start = max(0, end - _WORD_WINDOW)
    found = _WORD_BEFORE.search(text, start, end)
    if found is not None and found.start() == start and start > 0:
        found = _WORD_BEFORE.search(text, 0, end)  # The word may begin before the window.
    return found.group(1) if found else ""


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(text[start:end], start, end) if start < end else None


# Quotes, entities and outlook each split the same paragraphs; sentences are frozen.
@functools.lru_cache(maxsize=4096)
def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` in order, with their offsets."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BREAK.finditer(text):
        if _is_break(text, match):
            end = len(match.group().rstrip()) + match.start()
            piece = _trimmed(text, start, end)
            if piece:
                sentences.append(piece)
            start = match.end()
    last = _trimmed(text, start, len(text))
    if last:
        sentences.append(last)
    return tuple(sentences)


def sentence_at(sentences: tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence holding ``offset`` (or the nearest one before it)."""
    index = 0
    for i, sentence in enumerate(sentences):
        if sentence.start <= offset:
            index = i
        else:
            break
    return index
