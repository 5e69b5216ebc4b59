"""Who a quotation is attributed to: the speaker named in its own sentence or,
for a quote that stands alone, in the sentence before; "he" and a surname
resolved to the last named person before the quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quotations import Place, Quotation
from .sentences import Sentence, sentence_at, split_sentences
from .speaker_forms import (
    bare_name_line,
    credit_line_name,
    dash_credit,
    introducing_owner,
    label_speaker,
)
from .speaker_phrases import (
    EDGE,
    speaker_after,
    speaker_before,
    speaker_in_sentence,
    speaker_naming,
    speaker_of_stance,
)
from .speech_words import plain_speech


@dataclass(frozen=True)
class QuoteContext:
    """The masked text around a quote, sentence by sentence."""

    before: str
    after: str
    previous: str | None
    following: str = ""  # The rest of the closing paragraph, for a credit after a dash.
    next_sentence: str = ""  # The sentence after the quote's, for a speaker named after it.
    # The paragraph after a quote that ends its own, for a credit line under it.
    next_paragraph: str = ""


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
    rest = masked[ends.paragraph][ends.offset :]
    below = ends.paragraph + 1
    under = masked[below] if below < len(masked) and not rest.strip(EDGE) else ""
    following = _next_sentence(masked, ends, closing, there)
    plain = plain_speech
    return QuoteContext(
        plain(before), plain(after), plain(previous) if previous else previous,
        plain(rest), plain(following), plain(under),
    )  # fmt: skip


def _next_sentence(
    masked: list[str], ends: Place, sentences: tuple[Sentence, ...], index: int
) -> str:
    if index + 1 < len(sentences):
        return sentences[index + 1].text
    later = split_sentences(masked[ends.paragraph + 1]) if ends.paragraph + 1 < len(masked) else ()
    return later[0].text if later else ""


# A speaker named just after a quote that names none: "“…” The speaker is Gao Jun, …",
# "So says Jane Roe", "That is the view of Jane Roe".
_NAMED_AFTER = re.compile(
    r"^\s*(?:The speaker is|So says|That is the view of|That's the view of"
    r"|Those are the words of|These are the words of)\s+"
)


def named_after(context: QuoteContext) -> str | None:
    """The speaker a quote with no attribution of its own is credited to just after it."""
    if context.after.strip(EDGE) or context.before.strip(EDGE):
        return None
    named = _NAMED_AFTER.match(context.next_sentence)
    return speaker_after(f"said {context.next_sentence[named.end() :]}") if named else None


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


def credited_below(context: QuoteContext) -> str | None:
    """The speaker of a paragraph that is all one quote, named on the line under it
    with an office ("Henrik Valtonen, Executive Vice-President for Industry")."""
    if context.before.strip(EDGE) or not context.next_paragraph:
        return None
    return credit_line_name(context.next_paragraph) or bare_name_line(context.next_paragraph)


def raw_speaker(context: QuoteContext) -> str | None:
    speaker = (
        attributed_speaker(context)
        or label_speaker(context.before)
        or speaker_naming(context.before)
        or introducing_owner(context.before)
        or named_after(context)
    )
    # A quote that stands alone belongs to whoever the previous sentence has speaking.
    if speaker is None and not context.before.strip(EDGE) and context.previous:
        previous = context.previous
        speaker = speaker_in_sentence(previous) or speaker_of_stance(previous)
    return speaker or credited_below(context)


def document_author(masked: list[str], found: Quotation, noun: str) -> str | None:
    """Who wrote "the letter" a quote is credited to: the speaker of the last sentence
    before it, in its paragraph or the one before, that names such a document
    ("Chief executive Annette Vogel said in a letter to staff …")."""
    word = re.compile(rf"\b{re.escape(noun)}\b", re.I)
    first = found.opens.paragraph
    for index in (first, first - 1):
        if index < 0:
            continue
        text = masked[index][: found.opens.offset] if index == first else masked[index]
        for sentence in reversed(split_sentences(text)):
            named = word.search(sentence.text)
            author = speaker_in_sentence(sentence.text[: named.start()]) if named else None
            if author:
                return author
    return None
