"""Notes on the writer printed above the story: between the byline and the story
("Ms. Marsh was the deputy assistant secretary … from 2021 to 2024."), as a
guest essay's page sets it, and a profile's tagline between the writer's name
and its "Follow" button ("Keelan Marsh" / "Deep-value investor, contrarian" /
"Follow"), as blog platforms and investing sites set it: the writer's, neither
the story's first paragraph nor its standfirst."""

from __future__ import annotations

import re
from dataclasses import replace

from .ending import is_bio_of
from .names import is_person
from .reading import Label, Reading, is_good, next_good

# A note on the writer is one or two short sentences.
NOTE_MAX_WORDS = 40


def skip_writer_note(reading: Reading) -> Reading:
    """The lead, when it is a short note naming the page's writer ("Ms. Marsh
    was …", "Evelyn Marsh is …") with the story under it, is chrome; the story
    starts at the next paragraph."""
    lead, author = reading.lead, reading.meta.author
    if lead is None or not author or reading.features[lead].words > NOTE_MAX_WORDS:
        return reading
    if not is_bio_of(reading.blocks[lead].text, author):
        return reading
    following = next_good(reading, lead + 1)
    if (
        following is None
        or not is_good(reading, following)
        or not reading.features[following].prose
    ):
        return reading
    return replace(reading.relabel({lead: "chrome"}), lead=following)


# A follow button alone on its line ("Follow", "+ Follow", "Follow author").
_FOLLOW = re.compile(r"\+?\s*follow(?:\s+(?:author|writer|me))?\s*\+?", re.IGNORECASE)
TAGLINE_MAX_WORDS = 20


def mark_profile_taglines(reading: Reading) -> Reading:
    """A short line between a writer's name alone and a follow button is the
    writer's tagline: chrome."""
    changes: dict[int, Label] = {}
    for index in range(1, len(reading.blocks) - 1):
        if reading.labels[index] != "pending" or reading.features[index].words > TAGLINE_MAX_WORDS:
            continue
        above, below = reading.blocks[index - 1].text, reading.blocks[index + 1].text
        if _FOLLOW.fullmatch(below.strip()) and is_person(above.strip()):
            changes[index] = "chrome"
    return reading.relabel(changes) if changes else reading
