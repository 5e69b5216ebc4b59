"""How good a quotation is, and which few are the article's key quotes."""

from __future__ import annotations

from dataclasses import replace

from ..model import Quote
from .sentences import split_sentences

SCARE_QUOTE_WORDS = 3  # A phrase this short in quotes is a scare quote, or a fragment.
KEY_QUOTES = 3
KEY_SCORE = 3.0
FULL_QUOTE_WORDS = 8  # A full-sentence quote this long, attributed by name, can be key.


def _is_named(speaker: str) -> bool:
    """'Ama Mensah', 'Ministry of Commerce spokesperson' rather than just 'trader'."""
    return any(word[:1].isupper() for word in speaker.split())


def score_quote(
    text: str,
    speaker: str | None,
    paragraph: int,
    paragraphs: int,
    *,
    named_at_quote: bool = False,
) -> float:
    """Higher for a known speaker (a named one most), a few full sentences, and a place
    early in the article. A full sentence of some length whose attribution names its
    speaker right there ("…,” Treasury Secretary Scott Bessent said) is always good
    enough to be key, wherever it stands; the cap on key quotes then decides."""
    words = len(text.split())
    score = 0.0 if speaker is None else 2.0 if _is_named(speaker) else 1.0
    score += min(words, 30) / 30
    score += 0.5 if len(split_sentences(text)) >= 2 else 0.0
    score -= 0.5 if text[:1].islower() else 0.0  # A fragment picked out of a sentence.
    score += 1.0 - paragraph / max(paragraphs, 1)
    full_sentence = text[:1].isupper() and words >= FULL_QUOTE_WORDS
    if named_at_quote and speaker is not None and _is_named(speaker) and full_sentence:
        score = max(score, KEY_SCORE)
    return round(score, 3)


def _is_long(quote: Quote) -> bool:
    """Longer than a fragment: a key quote is never "not negotiable"."""
    return len(quote.text.split()) > SCARE_QUOTE_WORDS


def mark_key_quotes(quotes: list[Quote]) -> list[Quote]:
    ranked = sorted(
        (i for i, q in enumerate(quotes) if q.speaker and q.score >= KEY_SCORE and _is_long(q)),
        key=lambda i: (-quotes[i].score, i),
    )
    keys = set(ranked[:KEY_QUOTES])
    return [replace(q, is_key=i in keys) for i, q in enumerate(quotes)]
