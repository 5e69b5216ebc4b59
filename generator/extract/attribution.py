"""Who a quotation is attributed to: the speaker named in its own sentence or,
for a quote that stands alone, in the sentence before; "he" and a surname
resolved to the last named person before the quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from .quotations import Quotation
from .sentences import Sentence, sentence_at, split_sentences
from .speaker_forms import dash_credit, introducing_owner
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
    following: str = ""  # The rest of the closing paragraph, for a credit after a dash.


def quote_context(masked: list[str], found: Quotation) -> QuoteContext:
    opens, ends = found.opens, found.ends
    opening = split_sentences(masked[opens.paragraph])
    here = sentence_at(opening, opens.offset)
    before = masked[opens.paragraph][opening[here].start : opens.offset] if opening else ""
    closing = split_sentences(masked[ends.paragraph])
    there = sentence_at(closing, max(ends.offset - 1, 0))
    after_end = closing[there].end if closing else ends.offset
    after = masked[ends.paragraph][ends.offset : max(after_end, ends.offset)]
    previous = _previous_sentence(masked, opens.paragraph, opening, here)
    return QuoteContext(before, after, previous, masked[ends.paragraph][ends.offset :])


def _previous_sentence(
    masked: list[str], paragraph: int, sentences: tuple[Sentence, ...], index: int
) -> str | None:
    if index > 0:
        return sentences[index - 1].text
    earlier = split_sentences(masked[paragraph - 1]) if paragraph > 0 else ()
    return earlier[-1].text if earlier else None


def attributed_speaker(context: QuoteContext) -> str | None:
    """The speaker named in the quote's own sentence: '…,” said X' / 'X said: “…'."""
    found = speaker_after(context.after) or speaker_before(context.before)
    if found:
        return found
    # A pull quote's credit: "“…” — Oskar Lind, head of sourcing", in its sentence or next.
    return dash_credit(context.after if context.after.strip(EDGE) else context.following)


def raw_speaker(context: QuoteContext) -> str | None:
    speaker = (
        attributed_speaker(context)
        or speaker_naming(context.before)
        or introducing_owner(context.before)
    )
    # A quote that stands alone belongs to whoever the previous sentence has speaking.
    if speaker is None and not context.before.strip(EDGE) and context.previous:
        speaker = speaker_in_sentence(context.previous)
    return speaker
