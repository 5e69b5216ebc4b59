"""A page's numeric dates read in the page's own order: "03/04/2025" is March 4
on a page that writes its other dates month first ("Dec. 2, 2025") or gives a
US postal address ("Boise, ID 83720"), and 3 April elsewhere (``dates.py``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from .dates import find_dates, month_day_orders
from .reading import Reading

# "Boise, ID 83720", "Washington, DC 20230-0001": a town, a state's code, a ZIP code.
US_POSTAL_ADDRESS = re.compile(r"\b[A-Z][\w.' ]{1,30}, [A-Z]{2} \d{5}(?:-\d{4})?\b")


def writes_dates_month_first(texts: Sequence[str]) -> bool:
    """Whether the page is American in its dates: a US postal address, or more
    dates written with the month's name first ("May 6, 2025", "Jan. 1") than
    day first ("6 May 2025"), as in most of the world."""
    if any(US_POSTAL_ADDRESS.search(text) for text in texts):
        return True
    # (with a year or without: "The rule takes effect on Jan. 1.")
    orders = [month_day_orders(text) for text in texts]
    return sum(first for first, _ in orders) > sum(second for _, second in orders)


def read_page_date_order(reading: Reading) -> Reading:
    """The metadata's dates read month first where the page writes its dates so
    and a metadata line's numeric date could be read either way."""
    meta = reading.meta
    if meta.published is None and meta.updated is None:
        return reading
    if not writes_dates_month_first([block.text for block in reading.blocks]):
        return reading
    read_again: dict[dt.date, dt.date] = {}
    for block, label in zip(reading.blocks, reading.labels, strict=True):
        if label != "meta":
            continue
        found, american = find_dates(block.text), find_dates(block.text, american=True)
        if found is None or american is None:
            continue
        for before, after in (
            (found.published, american.published),
            (found.updated, american.updated),
        ):
            if before is not None and after is not None and before != after:
                read_again[before] = after
    if not read_again:
        return reading
    published = read_again.get(meta.published, meta.published) if meta.published else None
    updated = read_again.get(meta.updated, meta.updated) if meta.updated else None
    return replace(reading, meta=replace(meta, published=published, updated=updated))
