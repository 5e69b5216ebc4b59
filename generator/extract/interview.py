"""Answers of an interview or transcript, as quotes of whoever gives them.

An interview in question-and-answer form marks its turns with labels, not quote
marks: "Q:" and "A:" (numbered too: "Q5:", "A5:"), or the speaker's name in capitals or as written
("[00:01:09] TSAO:", "Solberg:", "MS. ADEYEMI:"), or on a line of its own above the
turn ("Han Ji-woo", "Elena Strand — BMO Capital Markets"). A page is read as one when an
answering label opens at least two paragraphs and is "A:" or another label opens
one too (a question's own label may have become a heading), or, on a briefing whose
headline names who answers ("Embassy Spokesperson's Remarks on …"), when one "A:"
follows one "Q:". The questions ("Q:", "HOST:") are never quoted; a name label is a
speaker only when its surname is that of someone the page names outside the labels
(a host it never introduces is not; a first name alone, "Gunnar:", is the one
person the page names in full with it), or when it names a member in full beside a seat
or an office in brackets, as a debate record's labels do ("The Minister for Trade
(Ms Jane Roe):", then "Ms Roe:"); "A:" belongs to the person a "Guest:" line names,
else to the one the headline names as briefing, else to the last person the page
named before the first answer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .aliases import without_honorific
from .lexicon import is_person_name

# Labels of the one asking: "Q:", "Question:", "HOST:", "HOST (Ben Adler):".
QUESTION_LABELS = frozenset({"q", "question", "interviewer", "host", "moderator"})
# Labels of the one answering when the label does not name them.
ANSWER_LABELS = frozenset({"a", "answer"})
# The header lines naming the one interviewed: "Guest: Martin Osei, director of …".
GUEST_LINE = re.compile(r"^(?:Guest|Interviewee|Speaker)s?:\s*(?:Dr\.?\s+|Prof\.?\s+)?([^,;(]+)")
# A label opening a paragraph, perhaps after a timestamp: up to four words (perhaps
# with a bracket), then a colon ("[00:01:09] TSAO: …", "MS. ADEYEMI: …").
_LABEL = re.compile(
    r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?"
    r"((?:[A-Z][\w’'.-]*\.?\s?){1,4}(?:#\d{1,2}\s?)?(?:\([^()]{1,40}\))?)\s*:\s+(?=\S)"
)
# A line naming whose turn the paragraph under it is: "Han Ji-woo", "Elena Strand —
# BMO Capital Markets" (the reader keeps such lines when a page takes turns so).
_NAME_LINE = re.compile(
    r"^([A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){1,3})(?:\s*(?:[—–]|\s-\s|,)\s*[^.?!:]{1,80})?$"
)
# A debate record's label: a member's name and seat (and party) in brackets, or an
# office with its holder's name in brackets, perhaps after a question's number:
# "1. Mr Alasdair Crombie (Inverclyde) (LD):", "The Minister for Trade (Ms Jane Roe):".
_SEAT_LABEL = re.compile(
    r"^(?:\d{1,3}\.\s+)?([A-Z][\w’'.-]*\s(?:(?:[A-Z][\w’'.-]*|of|for|the|and|&)\s){0,8}?"
    r"\([^()]{1,60}\)(?:\s\([^()]{1,20}\))?)\s*:\s+(?=\S)"
)
_TURNS = 2  # Paragraphs an answering label must open for the page to be an interview.


@dataclass(frozen=True)
class Turn:
    """One answer: its paragraph, where its words start, and who gives it."""

    paragraph: int
    offset: int
    speaker: str | None


def _label(text: str, above: str = "") -> tuple[str, int] | None:
    """The label opening a paragraph and the offset where its words start; or the
    name on the line above it, over the whole paragraph."""
    found = _LABEL.match(text) or _SEAT_LABEL.match(text)
    if found:
        return found.group(1).strip(), found.end()
    named = _NAME_LINE.match(above.strip())
    if named and is_person_name(tuple(named.group(1).split())) and not _NAME_LINE.match(text):
        return named.group(1), 0
    return None


# A question or answer label numbered by its pair: "Q5:", "A5:" ("Q1." too).
_NUMBERED = re.compile(r"^([qa])\d{1,2}$")


def _key(label: str) -> str:
    """A label folded for counting: 'HOST (Ben Adler)' -> 'host', 'Q.' -> 'q', 'A5'
    -> 'a'."""
    key = label.split("(")[0].strip().rstrip(".").lower()
    return _NUMBERED.sub(r"\1", key)


# A transcript's voice it cannot name: "UNIDENTIFIED PERSON #1:", "UNIDENTIFIED MAN:".
_UNIDENTIFIED = re.compile(r"^UNIDENTIFIED (?:PERSON|MAN|WOMAN|SPEAKER|PARTICIPANT)(?: #\d{1,2})?$")


def seated_name(label: str) -> str | None:
    """The member a debate record's label names in full: 'The Minister for Trade (Ms
    Jane Roe)' -> 'Jane Roe', 'Mr Alasdair Crombie (Inverclyde) (LD)' -> 'Alasdair
    Crombie'; None for a label with no brackets or no full name."""
    if "(" not in label:
        return None
    head, _, rest = label.partition("(")
    for part in (rest.split(")")[0], head):
        words = tuple(without_honorific(part.strip()).split())
        if len(words) >= 2 and is_person_name(words):
            return " ".join(words)
    return None


def first_names(people: Sequence[tuple[int, str]]) -> dict[str, str]:
    """The people named in full, by first name, where only one of them has it: a
    newsletter's turns labelled "Gunnar:" are those of the Gunnar Rasmussen its
    introduction names."""
    full = {name for _, name in people if len(name.split()) >= 2}
    counts = Counter(name.split()[0] for name in full)
    return {name.split()[0]: name for name in full if counts[name.split()[0]] == 1}


def _person(
    label: str, surnames: frozenset[str], firsts: Mapping[str, str] | None = None
) -> str | None:
    """The speaker a name label gives: 'MARTIN OSEI' -> 'Martin Osei', 'MS. ADEYEMI'
    -> 'Adeyemi', when its last word is the surname of someone the page names
    outside the labels; 'Gunnar' -> 'Gunnar Rasmussen', a first name alone of
    one person the page names in full; None for any other label ('UPDATE', 'Note',
    a host the page never introduces)."""
    if _UNIDENTIFIED.match(label):
        return label.strip()  # "UNIDENTIFIED PERSON #1": unnamed, as the page writes it.
    seated = seated_name(label)
    if seated:
        return seated
    words = label.split("(")[0].split()
    written = " ".join(w.capitalize() if w.isupper() else w for w in words)
    parts = tuple(without_honorific(written).split())
    if len(parts) == 1 and firsts and parts[0] in firsts and parts[0] not in surnames:
        return firsts[parts[0]]
    return " ".join(parts) if parts and parts[-1] in surnames else None


# A headline naming whose briefing the page transcribes: "Foreign Ministry Spokesperson
# Gao Ruifeng's Regular Press Conference on …", "Embassy Spokesperson's Remarks on …".
_BRIEFER = re.compile(
    r"^(?P<office>(?:[A-Z][\w’'.-]*\s){0,4}?(?:Spokesperson|Spokesman|Spokeswoman"
    r"|Press Secretary))(?:\s(?P<name>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){1,2}))?[’']s\s"
)


def headline_briefer(title: str) -> str | None:
    """Who answers a briefing's questions, as its headline names them: the name after
    the office, or the office as written when no name follows."""
    found = _BRIEFER.match(title)
    if not found:
        return None
    return found.group("name") or found.group("office")


def _guest(
    paragraphs: Sequence[str], first_turn: int, last_person: str | None, title: str
) -> str | None:
    for text in paragraphs[:first_turn]:
        named = GUEST_LINE.match(text)
        if named and is_person_name(tuple(named.group(1).split())):
            return named.group(1).strip()
    return headline_briefer(title) or last_person


def _speakers(
    labels: Sequence[tuple[str, int] | None],
    surnames: frozenset[str],
    firsts: Mapping[str, str] | None = None,
) -> dict[str, str | None]:
    """The answering labels (folded) and who each is: "A" (None until the guest is
    known) and the name labels."""
    found: dict[str, str | None] = {}
    for label in labels:
        key = _key(label[0]) if label else ""
        if label and key not in QUESTION_LABELS and key not in found:
            person = None if key in ANSWER_LABELS else _person(label[0], surnames, firsts)
            if key in ANSWER_LABELS or person:
                found[key] = person
    return found


def _answer_after_question(labels: Sequence[tuple[str, int] | None]) -> bool:
    """A paragraph labelled "A:" straight under one labelled "Q:"."""
    keys = [_key(label[0]) if label else "" for label in labels]
    return any(k == "a" and before == "q" for before, k in pairwise(keys))


def interview_turns(
    paragraphs: Sequence[str], people_before: Sequence[tuple[int, str]], title: str = ""
) -> list[Turn]:
    """The answers of an interview page, with their speakers; [] for any other page.
    ``people_before`` are the people the page names, by paragraph, in order. A page
    is an interview when an answering label opens two paragraphs and either it is
    "A:" or another label opens one too (a question's own label may have become a
    heading)."""
    labels = [_label(text, paragraphs[i - 1] if i else "") for i, text in enumerate(paragraphs)]
    seated_names = (seated_name(label[0]) for label in labels if label)
    seated = {name.split()[-1]: name for name in seated_names if name}
    surnames = frozenset(name.split()[-1] for _, name in people_before) | frozenset(seated)
    speakers = {
        key: seated.get(person, person) if person else person
        for key, person in _speakers(labels, surnames, first_names(people_before)).items()
    }
    # Turns are counted by whom they name: "Mr Alasdair Crombie (Inverclyde) (LD):" and
    # "Mr Crombie:" are one member's.
    counts = Counter(speakers.get(key) or key for key in (_key(lb[0]) for lb in labels if lb))
    answering = [key for key in speakers if counts[speakers[key] or key] >= _TURNS]
    if not answering and headline_briefer(title) and _answer_after_question(labels):
        answering = ["a"]  # A briefing's one question and its answer.
    first_voice = speakers[answering[0]] or answering[0] if answering else None
    others = sum(n for who, n in counts.items() if who != first_voice)
    if not answering or (answering[0] not in ANSWER_LABELS and others == 0):
        return []
    first = next(i for i, label in enumerate(labels) if label and _key(label[0]) in speakers)
    last = next((without_honorific(n) for at, n in reversed(people_before) if at < first), None)
    guest = _guest(paragraphs, first, last, title)
    turns: list[Turn] = []
    for index, label in enumerate(labels):
        key = _key(label[0]) if label else ""
        if label and key in speakers:
            speaker = guest if key in ANSWER_LABELS else speakers[key]
            turns.append(Turn(index, label[1], speaker))
    return turns
