"""A project: where its inputs are, and what all of its seeds share (the taxonomy,
the glossary and the authors), each read once under the input policy (``reader/source.py``)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .authors import Authors, load_authors
from .errors import Diagnostic, SeedError
from .glossary import load_glossary
from .kept_values import KeptValues
from .paths import AUTHORS_NAME, GLOSSARY_NAME, TAXONOMY_NAME
from .people import PEOPLE_NAME, People, load_people
from .reader.source import TAXONOMY, is_listed_input, read_input
from .taxonomy import Taxonomy, taxonomy_from_bytes

T = TypeVar("T")


@dataclass(frozen=True)
class Project:
    """Where the inputs are. ``root`` only shortens paths in messages."""

    root: Path
    seeds_dir: Path
    site_url: str = ""
    site_name: str = "Rare earths and trade, analysed"
    site_description: str = ""
    # Whether articles marked ``draft: true`` are pages: in the preview only.
    drafts: bool = False

    @classmethod
    def at(cls, root: Path, seeds: str = "seeds", *, drafts: bool = False, **site: str) -> Project:
        return cls(root.resolve(), (root / seeds).resolve(), drafts=drafts, **site)

    def show(self, path: Path) -> str:
        # The folder resolved, not the file: a link is named as itself, not its target
        # (the seeds' folder was resolved by ``at``; every seed of a build is in it).
        folder = path.parent if path.parent == self.seeds_dir else path.parent.resolve()
        try:
            return (folder / path.name).relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


@dataclass(frozen=True)
class Common:
    """What every seed's annotation and page reads: the taxonomy, the bytes it was
    read from (part of every seed's cache key) and the glossary."""

    taxonomy: Taxonomy
    taxonomy_bytes: bytes
    glossary: Mapping[str, str]
    # The writers' merges, renames and hidden entities (``people.yml``).
    people: People
    authors: Authors = field(default_factory=Authors)


def read_common(
    project: Project, diagnostics: list[Diagnostic], kept: KeptValues | None = None
) -> Common:
    """The taxonomy and the glossary; a broken one is reported, and the site builds
    without it. ``kept``: where the taxonomy read from the same bytes is kept."""
    taxonomy, raw = read_taxonomy(project, diagnostics, kept)
    path = project.seeds_dir / GLOSSARY_NAME
    no_glossary: dict[str, str] = {}
    glossary = _or_report(lambda: load_glossary(path, project.show(path)), no_glossary, diagnostics)
    people_path = project.seeds_dir / PEOPLE_NAME
    people = _or_report(
        lambda: load_people(people_path, project.show(people_path)), People(), diagnostics
    )
    authors_file = project.seeds_dir / AUTHORS_NAME
    authors = _or_report(
        lambda: load_authors(authors_file, project.show(authors_file)), Authors(), diagnostics
    )
    return Common(taxonomy, raw, glossary, people, authors)


def read_taxonomy(
    project: Project, diagnostics: list[Diagnostic], kept: KeptValues | None = None
) -> tuple[Taxonomy, bytes]:
    """The taxonomy (empty when there is none, or it is broken) and its bytes; with
    ``kept``, the one validated from the same bytes last time (a broken one is
    never kept: it raises)."""
    path = project.seeds_dir / TAXONOMY_NAME
    if not is_listed_input(path):
        return Taxonomy(()), b""
    shown = project.show(path)
    try:
        raw = read_input(path, shown, TAXONOMY.limit)
    except SeedError as exc:
        diagnostics.append(exc.diagnostic)
        return Taxonomy(()), b""

    def validated() -> Taxonomy:
        make = functools.partial(taxonomy_from_bytes, raw, shown)
        return kept.get(TAXONOMY_NAME, (raw, shown), make) if kept else make()

    return _or_report(validated, Taxonomy(()), diagnostics), raw


def _or_report(load: Callable[[], T], fallback: T, diagnostics: list[Diagnostic]) -> T:
    try:
        return load()
    except SeedError as exc:
        diagnostics.append(exc.diagnostic)
        return fallback
