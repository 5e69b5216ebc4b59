"""A page saved by a reader tool as text under a header of fields ("Title: …",
"URL Source: …", "Published Time: …", "Markdown Content:"), read as a page's
header: the title is the headline, the address and the time are the page's, the
last field's label is chrome."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .meta import parse_meta
from .reading import Reading, start_reading
from .rules import classify

HEADER_REACH = 8
_FIELD = re.compile(
    r"(?P<label>title|url source|url|published time|published|markdown content|content)"
    r"\s*:\s*(?P<value>.*)",
    re.IGNORECASE,
)
# The fields that say a header is a reader tool's, besides the title.
EXPORT_FIELDS = frozenset({"url source", "markdown content", "published time"})


def _field(block: Block) -> tuple[str, str] | None:
    match = _FIELD.fullmatch(block.text.strip())
    return (match["label"].lower(), match["value"].strip()) if match else None


def _as_page_block(block: Block, label: str, value: str) -> Block:
    if label == "title" and value:
        return replace(block, kind="text", text=value, rule="")
    if label in ("url source", "url") and value:
        rule = classify(value)
        if rule is None:
            return replace(block, kind="text", text=value, rule="")
        return replace(block, kind=rule.kind, text=value, rule=rule.name)
    if label in ("published time", "published") and parse_meta(f"Published {value}") is not None:
        return replace(block, kind="meta", text=f"Published {value}", rule="metadata")
    return replace(block, kind="boilerplate", rule="export_header")


def read_export_header(reading: Reading) -> Reading:
    """With a "Title:" line and a reader tool's other fields at the top, the
    header's lines become the headline, the page's address and date, and chrome."""
    top = range(min(HEADER_REACH, len(reading.blocks)))
    fields = {i: f for i in top if (f := _field(reading.blocks[i])) is not None}
    labels = {label for label, _ in fields.values()}
    if "title" not in labels or not labels & EXPORT_FIELDS:
        return reading
    blocks = [
        _as_page_block(block, *fields[i]) if i in fields else block
        for i, block in enumerate(reading.blocks)
    ]
    return start_reading(blocks)
