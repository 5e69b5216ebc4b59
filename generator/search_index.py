"""Material's search index, kept whole across MkDocs' dirty rebuilds.

``mkdocs serve --dirty`` rebuilds only the pages whose Markdown changed, which
makes saving one seed of a thousand-article site fast. Material's search plugin
then indexes only those pages and merges them into its previous index by the
first rebuilt page's location alone (it expects one page per rebuild). A saved
seed changes several pages (the article, its topic pages, listings, other
articles' related lists), so the other pages' old entries would stay beside
their new ones, and when the home page comes first (location "", a prefix of
every location) the whole previous index would be dropped.

``SearchEntries`` keeps every page's entries; after each dirty rebuild
``DirtyIndex`` hands Material the whole index: fresh entries for the rebuilt
pages, kept ones for the others, in page order, which is what a clean build
writes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Entry = dict[str, Any]


def page_of(entry: Entry) -> str:
    """The page URL of an entry: its location without the section anchor."""
    return str(entry.get("location", "")).partition("#")[0]


def group_by_page(entries: Iterable[Entry]) -> dict[str, list[Entry]]:
    grouped: dict[str, list[Entry]] = {}
    for entry in entries:
        grouped.setdefault(page_of(entry), []).append(entry)
    return grouped


@dataclass
class SearchEntries:
    """Search entries of every page of the latest build, by page URL."""

    by_page: dict[str, list[Entry]] = field(default_factory=dict)

    def load(self, index_file: Path) -> None:
        """Start from an index an earlier process wrote (``mkdocs build --dirty``)."""
        try:
            docs = json.loads(index_file.read_text(encoding="utf-8"))["docs"]
        except (OSError, ValueError, KeyError, TypeError):
            return
        if isinstance(docs, list):
            self.by_page = group_by_page(d for d in docs if isinstance(d, dict))

    def merge(
        self, fresh: Iterable[Entry], rebuilt: Iterable[str], pages: Sequence[str]
    ) -> list[Entry]:
        """The whole index after a rebuild of the pages ``rebuilt`` (URLs) that
        produced the entries ``fresh``; ``pages`` are all page URLs in build order."""
        grouped = group_by_page(fresh)
        rebuilt_pages = set(rebuilt)
        by_page = {
            url: grouped.get(url, []) if url in rebuilt_pages else self.by_page.get(url, [])
            for url in pages
        }
        for url, entries in grouped.items():
            by_page.setdefault(url, entries)
        self.by_page = by_page
        return [entry for entries in by_page.values() for entry in entries]


@dataclass
class DirtyIndex:
    """What the plugin tells this module during a build: every page's URL in build
    order (``begin``), each page MkDocs renders (``rendered``); then ``complete``."""

    entries: SearchEntries = field(default_factory=SearchEntries)
    rebuilt: list[str] = field(default_factory=list)
    page_urls: list[str] = field(default_factory=list)

    def begin(self, page_urls: Iterable[str]) -> None:
        self.page_urls = list(page_urls)
        self.rebuilt = []

    def rendered(self, url: str) -> None:
        self.rebuilt.append(url)

    def complete(self, plugins: Iterable[Any], site_dir: Path) -> None:
        """Give Material's search plugin (if enabled) the whole index."""
        search = material_search(plugins)
        if search is None:
            return
        if not self.entries.by_page:
            self.entries.load(site_dir / "search" / "search_index.json")
        index = search.search_index
        index.entries = self.entries.merge(index.entries, self.rebuilt, self.page_urls)
        # Material would merge the previous index in again (by one page's prefix).
        search.search_index_prev = None


def material_search(plugins: Iterable[Any]) -> Any | None:
    """Material's search plugin: the one with a ``search_index.entries`` list."""
    for plugin in plugins:
        index = getattr(plugin, "search_index", None)
        if isinstance(getattr(index, "entries", None), list):
            return plugin
    return None


# An annotated paragraph as Material's index has it: the paragraph, then the
# ordered list of its annotations ("<p>Ana Ruiz (1), adviser…</p> <ol> <li>…").
_ANNOTATED = re.compile(r"(<p>)(.*?)(</p>\s*<ol>)(.*?)(</ol>)", re.S)
_MARKER = re.compile(r" \((\d+)\)(?=[\s.,;:!?)\]’”'\"]|<|$)")


def without_markers(text: str) -> str:
    """``text`` without the annotation markers " (N)" of annotated paragraphs: in the
    browser they are buttons, in search results they would read as text. Only a
    paragraph followed by its list of annotations loses them, and only the numbers
    that list has."""

    def strip(match: re.Match[str]) -> str:
        count = match.group(4).count("<li>")
        paragraph = _MARKER.sub(
            lambda m: "" if 1 <= int(m.group(1)) <= count else m.group(0), match.group(2)
        )
        return match.group(1) + paragraph + match.group(3) + match.group(4) + match.group(5)

    return _ANNOTATED.sub(strip, text) if "<ol>" in text else text


def strip_markers(plugins: Iterable[Any]) -> None:
    """Annotation markers out of the text of every entry of Material's index."""
    search = material_search(plugins)
    if search is None:
        return
    for entry in search.search_index.entries:
        if isinstance(entry.get("text"), str):
            entry["text"] = without_markers(entry["text"])
