"""Lines that name who speaks the paragraph under them: an interview or a call's
transcript set as "Lena Okafor" over a question and "Han Ji-woo" over its answer,
or "Elena Strand — BMO Capital Markets" over each turn. A page sets them so when
two people or more take turns and one of them speaks twice or more; such a line is
part of the story (the extractors read it as its turn's label), never a repeated
line of chrome nor a heading."""

from __future__ import annotations

import re
from collections import Counter

from .names import is_person
from .reading import Reading

# What may follow the name on its line: a dash or a comma, then the speaker's role
# or firm ("— Chief Financial Officer", ", BMO Capital Markets").
_ROLE_AFTER = re.compile(r"\s*(?:[—–]|\s-\s|,)\s*.{1,80}$")
TURN_LINES_MIN = 3  # Name lines a page sets over its turns.
SPEAKERS_MIN = 2  # People who take turns.


def turn_speaker(text: str) -> str | None:
    """The name a turn's line gives: 'Elena Strand — BMO Capital Markets' -> 'Elena
    Strand', 'Han Ji-woo' -> 'Han Ji-woo'; None for any other line."""
    stripped = text.strip()
    if stripped.endswith((".", "?", "!", ":")):
        return None
    name = _ROLE_AFTER.sub("", stripped)
    return name if is_person(name) else None


def turn_lines(reading: Reading) -> frozenset[int]:
    """The lines of a page that name whose turn the paragraph under them is."""
    found: list[tuple[int, str]] = []
    for index, block in enumerate(reading.blocks[:-1]):
        speaker = turn_speaker(block.text) if block.kind == "text" else None
        under = reading.features[index + 1]
        if speaker and reading.blocks[index + 1].kind == "text" and (under.prose or under.sentence):
            found.append((index, speaker))
    counts = Counter(speaker for _, speaker in found)
    if (
        len(found) < TURN_LINES_MIN
        or len(counts) < SPEAKERS_MIN
        or max(counts.values(), default=0) < 2
    ):
        return frozenset()
    return frozenset(index for index, _ in found)
