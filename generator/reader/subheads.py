"""A release's subheads: short lines in sentence case, with no stop, between its
headline in title case and a first paragraph that opens with the dateline
("Revenue up 61% year over year to $38.2 million" / "Company reaffirms
full-year guidance" over "FORT WORTH, Texas, November 6, 2025 (GLOBE
NEWSWIRE) --"). A wire prints them as bullets; pasted, they lose them. They
are the release's key points, and the line over them is its headline."""

from __future__ import annotations

from .datelines import split_dateline
from .headings import ends_with, is_title_cased
from .reading import Reading

SUBHEAD_MIN_WORDS = 3
SUBHEAD_MAX_WORDS = 20
# A release has two subheads to five.
SUBHEADS_MIN = 2
SUBHEADS_MAX = 5
HEADLINE_MIN_WORDS = 5


def _subhead(reading: Reading, index: int) -> bool:
    block, feats = reading.blocks[index], reading.features[index]
    return (
        block.kind == "text"
        and SUBHEAD_MIN_WORDS <= feats.words <= SUBHEAD_MAX_WORDS
        and not ends_with(block.text, ".!?:")
        and not is_title_cased(block.text)
    )


def subheads_under(reading: Reading, headline: int) -> list[int]:
    """The subheads between ``headline`` and the story's dateline paragraph (the
    lead), or none: every line between them must be one, and the headline in
    title case over them."""
    lead = reading.lead
    if lead is None or lead <= headline + 1:
        return []
    items = list(range(headline + 1, lead))
    if not SUBHEADS_MIN <= len(items) <= SUBHEADS_MAX:
        return []
    head = reading.blocks[headline].text
    if reading.features[headline].words < HEADLINE_MIN_WORDS or not is_title_cased(head):
        return []
    if split_dateline(reading.blocks[lead].text) is None:
        return []
    if not all(reading.labels[i] in ("pending", "dek") and _subhead(reading, i) for i in items):
        return []
    return items
