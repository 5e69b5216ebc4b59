"""A note on the writer printed between the byline and the story ("Ms. Marsh was
the deputy assistant secretary … from 2021 to 2024."), as a guest essay's page
sets it: the writer's, not the story's first paragraph."""

from __future__ import annotations

from dataclasses import replace

from .ending import is_bio_of
from .reading import Reading, is_good, next_good

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
