"""Who a quotation is attributed to: the speaker named in its own sentence or,
for a quote that stands alone, in the sentence before; "he" and a surname
resolved to the last named person before the quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from .quotations import Quotation
from .sentences import Sentence, sentence_at, split_sentences
from .speaker_phrases import (
    EDGE,
    speaker_after,
    speaker_before,
    speaker_in_sentence,
    speaker_naming,
)


@dataclass(frozen=True)
class QuoteContext:
    """The masked text around a quote, sentence by sentence."""

    before: str
    after: str
    previous: str | None


def quote_context(masked: list[str], found: Quotation) -> QuoteContext:
    opening = split_sentences(masked[found.first])
    here = sentence_at(opening, found.start)
    before = masked[found.first][opening[here].start : found.start] if opening else ""
    closing = split_sentences(masked[found.last])
    there = sentence_at(closing, max(found.end - 1, 0))
    after_end = closing[there].end if closing else found.end
    after = masked[found.last][found.end : max(after_end, found.end)]
    return QuoteContext(before, after, _previous_sentence(masked, found.first, opening, here))


def _previous_sentence(
    masked: list[str], paragraph: int, sentences: tuple[Sentence, ...], index: int
) -> str | None:
    if index > 0:
        return sentences[index - 1].text
    earlier = split_sentences(masked[paragraph - 1]) if paragraph > 0 else ()
    return earlier[-1].text if earlier else None


def attributed_speaker(context: QuoteContext) -> str | None:
    """The speaker named in the quote's own sentence: '…,” said X' / 'X said: “…'."""
    return speaker_after(context.after) or speaker_before(context.before)


def raw_speaker(context: QuoteContext) -> str | None:
    speaker = attributed_speaker(context) or speaker_naming(context.before)
    # A quote that stands alone belongs to whoever the previous sentence has speaking.
    if speaker is None and not context.before.strip(EDGE) and context.previous:
        speaker = speaker_in_sentence(context.previous)
    return speaker
