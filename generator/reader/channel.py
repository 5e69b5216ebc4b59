"""A video or podcast platform's channel: the name over its subscriber count
("Arctic Resource Watch" / "48.2K subscribers") published the page."""

from __future__ import annotations

import re

from .headings import ends_with, is_title_cased
from .names import is_person
from .reading import Reading

# A channel's name ranks over the platform's own lines.
CHANNEL_SOURCE = 6
CHANNEL_MAX_WORDS = 6
_SUBSCRIBERS = re.compile(r"(?i)[\d.,]+\s*[km]?\s+(?:subscribers|followers)")


def read_channel(reading: Reading) -> Reading:
    """The first line over a subscriber count, shaped like a name (not a
    person's: a presenter's own channel stays unnamed)."""
    for index in range(len(reading.blocks) - 1):
        if _SUBSCRIBERS.fullmatch(reading.blocks[index + 1].text.strip()) is None:
            continue
        text = reading.blocks[index].text.strip()
        if (
            reading.blocks[index].kind == "text"
            and 1 <= len(text.split()) <= CHANNEL_MAX_WORDS
            and is_title_cased(text)
            and not ends_with(text, ".!?:,;")
            and not is_person(text)
        ):
            return reading.with_source(CHANNEL_SOURCE, text)
    return reading
