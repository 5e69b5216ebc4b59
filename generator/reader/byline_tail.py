"""A byline broken over two lines at its second writer ("Written by Dr. Ann
Lee, Senior Editor" / "and Tom Hale, Contributing Writer"): the line that goes
on with "and NAME" joined to the byline above it."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .meta import parse_meta
from .reading import Reading, start_reading

# A line that carries on a list of writers: "and Tom Hale, Contributing Writer".
_TAIL = re.compile(r"(?:and|&)\s+[A-Z].{2,80}")


def join_byline_tail(reading: Reading) -> Reading:
    """Each byline followed by a line that goes on with another writer, read as
    one byline naming them all."""
    blocks: list[Block] = []
    skip = False
    for index, block in enumerate(reading.blocks):
        if skip:
            skip = False
            continue
        following = reading.blocks[index + 1] if index + 1 < len(reading.blocks) else None
        joined = _joined(block, following) if following is not None else None
        if joined is not None:
            blocks.append(joined)
            skip = True
            continue
        blocks.append(block)
    return start_reading(blocks) if len(blocks) != len(reading.blocks) else reading


def _joined(block: Block, following: Block) -> Block | None:
    """The byline with the next line's writer in it; None when the next line
    names no more writers than the byline does alone."""
    if block.kind != "meta" or _TAIL.fullmatch(following.text.strip()) is None:
        return None
    alone = parse_meta(block.text)
    if alone is None or not alone.author:
        return None
    text = f"{block.text.strip()} {following.text.strip()}"
    both = parse_meta(text)
    if both is None or not both.author or _count(both.author) <= _count(alone.author):
        return None
    return replace(block, text=text)


def _count(names: str) -> int:
    """ "Ann Lee, Tom Hale and Mei Lin" → 3."""
    return len(re.split(r",\s*|\s+and\s+", names))
