"""Speech printed under a lead-in line, as official pages set it.

A government release often gives a minister's words as a paragraph of their own
under a line that is only the lead-in: "Industry Minister Gareth Penhallow said:"
(GOV.UK prints the words with no quote marks at all), or a label over quoted
paragraphs: "Quotes attributable to Minister for Resources, Jane Roe:". The
lead-in names who speaks every paragraph under it that is all speech: the marked
quotations standing alone, or the unmarked paragraph just under a "said:" line
(and the next ones while they speak in the first person, as the speaker's words
run on).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..wordlist import QUOTES_LABEL
from .speaker_forms import bare_name_line
from .speaker_phrases import speaker_after, speaker_before
from .speech_words import SPEECH_VERB

# A label over quoted paragraphs: "Quotes attributable to X:", "Quote from X:",
# "Comments by X:".
_QUOTES_LABEL = re.compile(QUOTES_LABEL, re.I)
_MAX_LEAD_WORDS = 24  # "The Minister for Industry, Science and Resources, Dr Jane Roe, said:"
_MAX_AFTER_VERB = 4  # "said in a statement:", "told the conference:"
# Words of a speaker's own voice, which carry an unmarked quotation on to the next
# paragraph.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|we're|we’re|our|Our|us|my|My|me)\b")
_MIN_WORDS = 6  # An unmarked paragraph shorter than this is no minister's statement.
_MARKS = ("“", "”", '"')


def _label_name(who: str) -> str | None:
    """'Minister for Trade and Tourism, Senator Marcus Delahunty' -> 'Marcus Delahunty':
    the part of the label that names a person (a title before the name allowed)."""
    for part in (p.strip() for p in who.split(",")):
        named = bare_name_line(part)
        if named:
            return named
        titled = speaker_after(f"said {part}")  # "Minister Boyd" -> "Boyd"
        surname = titled and " " not in titled and titled[:1].isupper()
        if titled and titled != part and (surname or bare_name_line(titled)):
            return titled
    return None


def lead_in_speaker(line: str) -> str | None:
    """Who a paragraph that is only a lead-in names: 'Industry Minister Gareth
    Penhallow said:' -> 'Gareth Penhallow'; 'Quotes attributable to Minister X, Jane
    Roe:' -> 'Jane Roe'; None for any other paragraph."""
    text = line.strip()
    if (
        not text.endswith(":")
        or len(text.split()) > _MAX_LEAD_WORDS
        or any(m in text for m in _MARKS)
    ):
        return None
    label = _QUOTES_LABEL.match(text)
    if label:
        return _label_name(label.group("who"))
    verbs = list(SPEECH_VERB.finditer(text))
    if not verbs:
        return None
    tail = text[verbs[-1].end() : -1]
    if len(tail.split()) > _MAX_AFTER_VERB or "," in tail or "." in tail:
        return None
    return speaker_before(f"{text[: verbs[-1].end()]}: ")


def _is_all_quoted(masked: str) -> bool:
    """A paragraph that is one quotation and nothing else (its words masked as 'x')."""
    return bool(masked.strip()) and not masked.strip(" x.!?…“”\"‘’'").strip()


def lead_in_above(masked: Sequence[str], paragraph: int) -> str | None:
    """The speaker a lead-in names for a paragraph that is all quotation: the nearest
    paragraph above that is not itself all quotation, when it is a lead-in."""
    if not _is_all_quoted(masked[paragraph]):
        return None
    above = paragraph - 1
    while above >= 0 and _is_all_quoted(masked[above]):
        above -= 1
    return lead_in_speaker(masked[above]) if above >= 0 else None


def unmarked_speech(paragraphs: Sequence[str], quoted: frozenset[int]) -> list[tuple[int, str]]:
    """Paragraphs under a "said:" lead-in that carry no quote marks, each with the
    lead-in's speaker: the first one, then the next while they speak in the first
    person. ``quoted`` are the paragraphs holding a marked quotation."""
    found: list[tuple[int, str]] = []
    for index, text in enumerate(paragraphs[:-1]):
        speaker = lead_in_speaker(text)
        if speaker is None:
            continue
        below = index + 1
        while below < len(paragraphs) and _plain_speech(paragraphs[below], below, quoted):
            if below > index + 1 and not _FIRST_PERSON.search(paragraphs[below]):
                break
            found.append((below, speaker))
            below += 1
    return found


def _plain_speech(text: str, index: int, quoted: frozenset[int]) -> bool:
    """An unmarked paragraph of prose that may be a speaker's words: long enough, not a
    lead-in itself, with no quotation in it."""
    return (
        index not in quoted
        and len(text.split()) >= _MIN_WORDS
        and not any(m in text for m in _MARKS)
        and lead_in_speaker(text) is None
    )
