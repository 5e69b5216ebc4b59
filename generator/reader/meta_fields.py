"""What a metadata line says (``Meta``: author, dates, source), and how two
readings are merged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Meta:
    """What a metadata line says; any field may be missing."""

    author: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    source: str | None = None


def merge_meta(first: Meta, second: Meta) -> Meta:
    """Fields of ``first`` win; ``second`` fills the gaps (every field, so that
    a field added to ``Meta`` is merged too)."""
    return Meta(**{f.name: getattr(first, f.name) or getattr(second, f.name) for f in fields(Meta)})
