"""Features of every block, the evidence the classifier weighs.

As jusText does for paragraphs: length, the share of function words, how the
block ends, capitals, where it stands, whether it is printed more than once,
and how much of it the body repeats (a headline shares its words with the
story; a menu entry or a promo for another story does not).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .blocks import Block
from .headings import ends_with
from .words import STOP_WORDS, content_stems, words_of

# A block this long, ending a sentence, with this many function words, is prose.
PROSE_MIN_WORDS = 8
PROSE_MIN_STOP_DENSITY = 0.15
# A sentence this long is prose whatever its words.
PROSE_SENTENCE_WORDS = 16
PROSE_LONG_WORDS = 30
# A question this long is a paragraph's, not a headline's.
PROSE_QUESTION_WORDS = 20
# A short sentence: good between good paragraphs, not alone.
SENTENCE_MIN_WORDS = 2


@dataclass(frozen=True)
class Features:
    words: int
    chars: int
    stop_density: float
    ends_sentence: bool
    ends_question: bool
    ends_colon: bool
    starts_lower: bool
    # How often the same text stands on a line of its own in the paste.
    repeats: int

    # More than one sentence ("… this. What has worked for you?").
    sentences: bool = False
    # The words, lower-cased: the same text printed twice has the same key.
    key: str = ""
    # Every long word capitalised ("Battery Passports Are Coming. Most
    # Suppliers Aren't Ready."): a headline's case, even with full stops.
    title_case: bool = False

    @property
    def prose(self) -> bool:
        """A paragraph of running text (a lone short question is a headline's
        shape; a question as long as a paragraph is not)."""
        long_question = self.sentences or self.words >= PROSE_QUESTION_WORDS
        ends = self.ends_sentence or (self.ends_question and long_question)
        dense = self.stop_density >= PROSE_MIN_STOP_DENSITY
        if self.title_case and self.words < PROSE_SENTENCE_WORDS:
            return False
        return (
            ends
            and (self.words >= PROSE_SENTENCE_WORDS or (self.words >= PROSE_MIN_WORDS and dense))
        ) or (self.words >= PROSE_LONG_WORDS and dense)

    @property
    def lead_in(self) -> bool:
        """Running text ending in a colon over the list it opens ("In making its
        findings the Department will consider, among other factors:")."""
        dense = self.stop_density >= PROSE_MIN_STOP_DENSITY
        return self.ends_colon and self.words >= PROSE_MIN_WORDS and dense

    @property
    def sentence(self) -> bool:
        """A short sentence ("He did not elaborate.")."""
        ends = self.ends_sentence or self.ends_question
        return self.words >= SENTENCE_MIN_WORDS and ends


def features_of(block: Block, repeats: int = 1, words: list[str] | None = None) -> Features:
    text = block.text
    words = words_of(text) if words is None else words
    return Features(
        words=len(words),
        chars=len(text),
        stop_density=sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0,
        ends_sentence=ends_with(text, ".!"),
        ends_question=ends_with(text, "?"),
        ends_colon=text.rstrip().endswith(":"),
        starts_lower=text[:1].islower(),
        repeats=repeats,
        sentences=_SENTENCE_BREAK.search(text) is not None,
        key=" ".join(words),
        title_case=is_headline_case(text),
    )


# Words this long are capitalised in a headline's case; this many at least.
HEADLINE_CASE_WORD_LETTERS = 4
HEADLINE_CASE_MIN_WORDS = 4


def is_headline_case(text: str) -> bool:
    """Every word of four letters and more starts with a capital, as headlines
    set in title case do and sentences never do."""
    long = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= HEADLINE_CASE_WORD_LETTERS
    ]
    return len(long) >= HEADLINE_CASE_MIN_WORDS and all(w[0].isupper() for w in long)


_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?][\"”’]?\s+[A-Z“\"]")


# The headline's passes compare each candidate line with every other one: each
# line's key is worked out once.
@functools.lru_cache(maxsize=4096)
def repeat_key(text: str) -> str:
    return " ".join(words_of(text))


def all_features(blocks: Sequence[Block]) -> tuple[Features, ...]:
    """Every block's features; repeats count the lines of text printed alike."""
    words = [words_of(b.text) for b in blocks]
    keys = [" ".join(w) for w in words]
    counts = Counter(k for k, b in zip(keys, blocks, strict=True) if b.kind == "text")
    return tuple(
        features_of(b, counts[k] if b.kind == "text" else 1, w)
        for b, k, w in zip(blocks, keys, words, strict=True)
    )


def similarity(text: str, body: set[str]) -> float:
    """The share of the text's content words that the body uses too."""
    stems = content_stems(text)
    return len(stems & body) / len(stems) if stems else 0.0
