"""Closed word lists written as data: a block of words, one after another, read
as the set of them. The reader's tables and the extractors' single-word tables
are written so."""

from __future__ import annotations

from collections.abc import Iterable


def words_set(text: str) -> frozenset[str]:
    """The words of ``text``, split at white space."""
    return frozenset(text.split())


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` for a regex alternation: the longest first, so a longer word
    wins over its prefix, and ties in alphabetical order, so the pattern's
    text does not depend on a set's hash order."""
    return sorted(words, key=lambda word: (-len(word), word))


# Honorifics, styles and ranks written before a person's name ("Dr. Ellen Marsh",
# "Sen. Laura Whitcomb", "Colonel Ann Roe", "the Honourable Jane Roe", India's "Shri"): one list
# the reader's bylines and the extractors' names both read.
HONORIFICS = words_set(
    """
    Mr Mrs Ms Mx Dr Prof Professor Sir Dame
    Sen Rep Gov Gen Lt Col Capt Adm Rev Hon Amb
    Colonel Commander Cmdr Cdr Major Maj Captain Lieutenant Admiral Brigadier Brig
    Honourable Honorable Excellency
    Shri Smt Shrimati
    """
)


# Degrees, licences and honours written after a name ("Rachel Oduya, J.D.",
# "Ann Lee, PhD, CFA"), compared without their stops: never an outlet, a place or
# a role of their own.
POSTNOMINALS = words_set(
    """
    jd phd dphil md mba cfa cpa esq llm llb msc mphil edd dba peng pgeo frsc obe mbe cbe kc qc
    """
)


def is_postnominal_run(text: str) -> bool:
    """ "J.D.", "PhD, CFA": post-nominal letters only."""
    parts = [p.replace(".", "").strip().casefold() for p in text.split(",")]
    return bool(text.strip()) and all(p in POSTNOMINALS for p in parts)


# The label a release sets over a speaker's quoted paragraphs: "Quotes attributable
# to Minister Boyd:", "Quote from NAME, TITLE:", "Comments by NAME:" (the speaker
# in the group "who"). The reader keeps it as text; the extractors read who speaks.
QUOTES_LABEL_LEAD = (
    r"(?:Quotes?|Comments?|Remarks?)\s+(?:attributable\s+to|attributed\s+to|from|by)\s+"
)
QUOTES_LABEL = rf"^\s*{QUOTES_LABEL_LEAD}" r"(?P<who>[^:“”\"]{3,160}?)\s*:\s*$"
