"""Who a quotation is attributed to: the speaker named in its own sentence or,
for a quote that stands alone, in the sentence before; "he" and a surname
resolved to the last named person before the quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import PARTICLES, is_person_name
from .mentions import text_mentions
from .quotations import Paragraph, Quotation
from .sentences import Sentence, sentence_at, split_sentences
from .speaker_phrases import (
    EDGE,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    SPEECH_VERB,
    backward_speaker,
    speaker_after,
    speaker_before,
    speaker_in_sentence,
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
    speaker = attributed_speaker(context)
    # A quote that stands alone belongs to whoever the previous sentence has speaking.
    if speaker is None and not context.before.strip(EDGE) and context.previous:
        speaker = speaker_in_sentence(context.previous)
    return speaker


@dataclass(frozen=True)
class PersonAt:
    """A named person at a place in the article, for resolving "he" and surnames."""

    paragraph: int
    offset: int
    name: str


def named_people(paragraphs: list[Paragraph], masked: list[str]) -> list[PersonAt]:
    """Named people by position: cue-backed mentions outside quoted words and the
    subjects of speech verbs. The mentions are the entity pass's own, found in
    the paragraph as written (so that pass reuses them), less those in quotes."""
    people: list[PersonAt] = []
    for index, text in enumerate(masked):
        written = paragraphs[index].text
        for mention in text_mentions(written):
            if mention.kind == "person" and text[mention.offset] == written[mention.offset]:
                people.append(PersonAt(index, mention.offset, mention.name))
        for verb in SPEECH_VERB.finditer(text):
            name = backward_speaker(text[: verb.start()])
            offset = text.rfind(name, 0, verb.start()) if name else -1
            if name and offset >= 0 and is_person_name(tuple(name.split())):
                people.append(PersonAt(index, offset, name))
    return sorted(people, key=lambda p: (p.paragraph, p.offset))


def resolve_reference(speaker: str | None, earlier: list[PersonAt]) -> str | None:
    """'he' -> the last named person; 'Xing' -> 'Xing Ziqiang' once the full name is known."""
    if speaker is None or speaker in PRONOUNS:
        return earlier[-1].name if speaker in PERSONAL_PRONOUNS and earlier else None
    if len(speaker.split()) == 1:
        for person in reversed(earlier):
            if _surname(person.name) == speaker or person.name.split()[0] == speaker:
                return person.name
    return speaker


def _surname(name: str) -> str:
    """The last name-word, past any particles: 'Leyen' in 'Ursula von der Leyen'."""
    return next((w for w in reversed(name.split()) if w not in PARTICLES), name)
