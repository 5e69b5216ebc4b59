"""A page dated only in its own address: "…/insights/2025/03/18/slug/" pasted
over the headline (a print view's header, a reader tool's "URL Source:"), read
as the page's date when nothing else dates it. (An address further down may be
another story's: it dates nothing.)"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .reading import Reading

# A line that is a page's address, alone or before a print view's counter.
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s/]+/\S+")
# "/2025/03/18/", "/2025-03-18-slug": a year, a month and a day in the path.
_PATH_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>\d{1,2})[/-](?P<day>\d{1,2})(?=[/-]|\.html?|$)"
)


def address_date(text: str) -> date | None:
    """The date in the path of the address a line opens with, if it is one."""
    found = _ADDRESS.match(text.strip())
    if found is None:
        return None
    stamp = _PATH_DATE.search(found.group())
    if stamp is None:
        return None
    try:
        return date(int(stamp["year"]), int(stamp["month"]), int(stamp["day"]))
    except ValueError:
        return None


def read_address_date(reading: Reading) -> Reading:
    """The page's date from its own address above the headline, when no stamp
    dated it."""
    if reading.meta.published is not None or reading.title is None:
        return reading
    for index in range(reading.title):
        found = address_date(reading.blocks[index].text)
        if found is not None:
            return replace(reading, meta=replace(reading.meta, published=found))
    return reading
