"""The authors file (``seeds/authors.yml``): who writes for the site.

A mapping from a key (the author page's address: ``authors/<key>/``) to the
author's name, an optional short bio and optional links (their profile pages,
used as JSON-LD ``sameAs``). A seed names its author by key or by name (front
matter ``author:``, a sidecar, or a "By …" line); a name that matches no entry
stays plain text on the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import Diagnostic, SeedError
from .escape import safe_href
from .model import Article
from .reader.source import AUTHORS, read_yaml_input
from .yamlsafe import LineMap

_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_KEY_LIMIT = 60
_FIELDS = frozenset({"name", "bio", "links"})


@dataclass(frozen=True)
class Author:
    key: str
    name: str
    bio: str | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class Authors:
    """Every author, in the file's order, found by key or by name."""

    entries: tuple[Author, ...] = ()

    def __iter__(self) -> Iterator[Author]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, named: str | None) -> Author | None:
        """The author a seed names (by key, or by name ignoring case and spacing)."""
        if not named:
            return None
        wanted = _folded(named)
        for author in self.entries:
            if named == author.key or _folded(author.name) == wanted:
                return author
        return None


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def load_authors(path: Path, display: str) -> Authors:
    """The validated authors file; a missing or empty file is no authors."""
    wrong = "the authors file must map each author's key to their entry"
    data, lines = read_yaml_input(path, display, AUTHORS, dict, wrong)
    authors = [_author(key, entry, lines, display) for key, entry in data.items()]
    _refuse_same_names(authors, lines, display)
    return Authors(tuple(authors))


def _author(key: object, entry: object, lines: LineMap, display: str) -> Author:
    line = lines.line(key)
    if not isinstance(key, str) or not _KEY.fullmatch(key) or len(key) > _KEY_LIMIT:
        raise SeedError(
            display,
            line,
            f"{key!r} is not an author key: lowercase words joined by hyphens "
            f"(kieran-doyle), at most {_KEY_LIMIT} characters",
        )
    if not isinstance(entry, dict):
        raise SeedError(display, line, f"{key}: give a mapping with name (and bio, links)")
    unknown = sorted(str(k) for k in entry if k not in _FIELDS)
    if unknown:
        raise SeedError(display, lines.line(key, unknown[0]), f"{key}: unknown key {unknown[0]!r}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SeedError(display, line, f"{key}: name must be a non-empty string")
    bio = entry.get("bio")
    if bio is not None and (not isinstance(bio, str) or not bio.strip()):
        raise SeedError(display, lines.line(key, "bio"), f"{key}: bio must be text")
    links = _links(key, entry.get("links", []), lines, display)
    return Author(key, " ".join(name.split()), " ".join(bio.split()) if bio else None, links)


def _links(key: str, links: object, lines: LineMap, display: str) -> tuple[str, ...]:
    if not isinstance(links, list):
        raise SeedError(display, lines.line(key, "links"), f"{key}: links must be a list")
    found: list[str] = []
    for index, link in enumerate(links):
        href = safe_href(link) if isinstance(link, str) else None
        if href is None or not href.lower().startswith(("https://", "http://")):
            raise SeedError(
                display,
                lines.line(key, "links", index),
                f"{key}: {link!r} is not a web address (http:// or https://)",
            )
        found.append(href)
    return tuple(found)


def _refuse_same_names(authors: list[Author], lines: LineMap, display: str) -> None:
    seen: dict[str, str] = {}
    for author in authors:
        folded = _folded(author.name)
        if folded in seen:
            raise SeedError(
                display,
                lines.line(author.key),
                f"{author.key}: {author.name!r} is already the name of {seen[folded]}",
            )
        seen[folded] = author.key


def unknown_author_keys(articles: Iterable[Article], authors: Authors) -> list[Diagnostic]:
    """Warnings for seeds whose author looks like a key (kieran-doyle) that the
    authors file lacks: a typo would otherwise print the key as a name."""
    return [
        Diagnostic(
            article.path,
            None,
            "warning",
            f"author {article.author!r} looks like a key of seeds/authors.yml, "
            "which has no such author",
        )
        for article in articles
        if article.author
        and _KEY.fullmatch(article.author)
        and "-" in article.author
        and authors.find(article.author) is None
    ]
