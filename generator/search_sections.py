"""Material's search sections of a page, parsed again only where its HTML changed,
across the rebuilds of ``mkdocs serve --dirty``.

Material's search plugin feeds every rendered page's whole HTML to its
``Parser`` (an ``html.parser`` subclass), which cuts it into sections at the
headings with an id. After an addition some sixty pages are rendered again, most
of them articles whose related list alone changed: their other sections are the
same HTML, parsed again.

Here a page's HTML is cut before each heading outside every element (``chunks``) and
each piece is parsed alone by Material's own ``Parser``, kept under the page's
URL by its bytes for the next build. A piece stands alone exactly when, parsed
from no open element, it closes every element it opens and leaves nothing half
read (no comment, tag or script left open), and, but for the first piece, it
opens with a heading with an id, which starts a section at the top level. Then
the whole page's parse is those pieces' sections in order: the parser starts
each piece as it ended the one before (no open element), every event of a
piece touches only the sections that piece made (the first one at depth 1 is
where a nested heading's end goes back to), and each text run ends at the
piece's end as it ended before the next tag. A page any of whose pieces does
not stand alone is parsed whole, as Material does.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from material.plugins.search.plugin import (  # type: ignore[import-untyped]
    Parser,
    Section,
)

from .wordlist import words_set

# Tags and comments, for finding the headings outside every element.
_TAG = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>", re.S)
_HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
_VOID = words_set("area base br col embed hr img input link meta param source track wbr")

# A piece by whether it is the page's first, and its bytes' digest.
Key = tuple[bool, bytes]


def chunks(html: str) -> list[str]:
    """``html`` cut before each heading outside every element, as far as counting
    start and end tags tells (the first piece may be empty). Where the count is
    wrong a piece does not stand alone, and its page is parsed whole."""
    starts, depth = [0], 0
    for match in _TAG.finditer(html):
        closing, tag, selfclosing = match.groups()
        if tag is None or selfclosing or tag.lower() in _VOID:
            continue
        if closing:
            depth = max(depth - 1, 0)
            continue
        if depth == 0 and tag.lower() in _HEADINGS and match.start() > 0:
            starts.append(match.start())
        depth += 1
    starts.append(len(html))
    return [html[a:b] for a, b in itertools.pairwise(starts)]


def parse_alone(piece: str, first: bool) -> tuple[Any, ...] | None:
    """The sections ``piece`` adds to a page's parse, or None where it does not stand
    alone. A later piece is parsed after a section (``data`` not empty, as it is in
    the whole page's parse), which it must leave as it found it."""
    parser = Parser()
    before = None if first else Section(None)
    if before is not None:
        parser.data.append(before)
    parser.feed(piece)
    held = parser.rawdata
    if parser.context or "<" in held or parser.cdata_elem is not None:
        return None
    parser.close()
    if parser.context or parser.rawdata:
        return None
    if before is None:
        return tuple(parser.data)
    made = parser.data[1:]
    heading = piece[1:3]
    opens_section = bool(made) and made[0].el.tag == heading and made[0].id is not None
    if not opens_section or before.text or before.title:
        return None
    return tuple(made)


def parse_whole(html: str) -> list[Any]:
    """What Material's search plugin does with a page's HTML."""
    parser = Parser()
    parser.feed(html)
    parser.close()
    return list(parser.data)


def _key(first: bool, piece: str) -> Key:
    return first, hashlib.blake2b(piece.encode("utf-8"), digest_size=20).digest()


@dataclass
class SectionMemo:
    """Each page's pieces of the latest build it was rendered in, parsed."""

    pages: dict[str, dict[Key, tuple[Any, ...] | None]] = field(default_factory=dict)
    # Pieces parsed (not found kept) since the memo was made, for tests.
    parsed: int = 0

    def sections(self, url: str, html: str) -> list[Any]:
        """The sections of the page at ``url``: kept pieces as they were, the others
        parsed; copies, as Material gives a section without a title one."""
        before = self.pages.get(url, {})
        now: dict[Key, tuple[Any, ...] | None] = {}
        found: list[Any] = []
        whole = False
        for number, piece in enumerate(chunks(html)):
            key = _key(number == 0, piece)
            if key in before:
                parsed = before[key]
            else:
                parsed = parse_alone(piece, number == 0)
                self.parsed += 1
            now[key] = parsed
            if parsed is None:
                whole = True
            else:
                found.extend(parsed)
        self.pages[url] = now
        if whole:
            return parse_whole(html)
        return [copy.copy(section) for section in found]

    def keep_only(self, urls: Iterable[str]) -> None:
        """Forget the pages the site no longer has."""
        kept = set(urls)
        self.pages = {url: pieces for url, pieces in self.pages.items() if url in kept}


def add_entry(index: Any, memo: SectionMemo, page: Any) -> None:
    """Material's ``SearchIndex.add_entry_from_context``, its parse through ``memo``."""
    search = page.meta.get("search") or {}
    if search.get("exclude"):
        return
    for section in memo.sections(page.url, page.content):
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)
