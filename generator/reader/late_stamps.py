"""Stamps below the story: a footer's "Last modified: 16/01/2025" updates the
page when the header dated it earlier and stated no update."""

from __future__ import annotations

import re
from dataclasses import replace

from .meta import parse_meta
from .reading import Reading

# The labels of a page's update stamp at its foot ("Last modified:", "Date
# modified:", "Page last updated").
_UPDATE_LABEL = re.compile(
    r"(?:(?:page|date|content)\s+)?(?:last\s+)?(?:modified|updated|revised)\b", re.IGNORECASE
)


def read_footer_update(reading: Reading) -> Reading:
    """The first update stamp of its own below the story, later than the date
    the header gave: the page's update (the stamp is metadata, not chrome)."""
    meta = reading.meta
    if meta.published is None or meta.updated is not None or reading.lead is None:
        return reading
    for index in range(reading.lead + 1, len(reading.blocks)):
        block = reading.blocks[index]
        if reading.labels[index] != "chrome" or block.kind != "meta":
            continue
        if _UPDATE_LABEL.match(block.text.strip()) is None:
            continue
        found = parse_meta(block.text)
        if found is None or found.updated is None or found.published is not None:
            continue
        if found.updated > meta.published:
            updated = replace(meta, updated=found.updated)
            return replace(reading.relabel({index: "meta"}), meta=updated)
    return reading
