"""Annotated articles, kept in memory and keyed by the bytes they come from.

Reading and annotating a seed is the slow part of a build. The key of a seed is
a hash of its bytes, its sidecars' bytes, the taxonomy's bytes and the
generator's own source, so an entry is reused exactly when nothing that shaped
it changed. The MkDocs plugin keeps one cache for the whole of ``mkdocs serve``:
saving one seed re-reads and re-annotates that seed alone.

The cache also remembers each seed's last good article, so that a seed which
breaks while a writer is working can still be shown (with its error) instead of
vanishing from the site.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Diagnostic, SeedError
from .model import Article
from .pages.memo import PageMemo
from .paths import SIDECAR_SUFFIXES, sidecar_path
from .reader.decode import MAX_SEED_BYTES
from .reader.source import is_listed_input, read_input

_ABSENT = b"\x00absent"


@dataclass(frozen=True)
class Annotated:
    """A seed's article after annotation, and what annotating it reported."""

    article: Article
    diagnostics: tuple[Diagnostic, ...] = ()


@dataclass
class ArticleCache:
    """Annotated articles by input hash, and the last good article of each seed."""

    entries: dict[str, Annotated] = field(default_factory=dict)
    last_good: dict[Path, Annotated] = field(default_factory=dict)
    # Seeds read and annotated (not found in the cache) by the latest run.
    made: list[Path] = field(default_factory=list)
    # Keys the current run looked up: what ``end_run`` keeps.
    used: set[str] = field(default_factory=set)
    # Keys this run already made (by ``missing`` and ``add``), so that no seed is
    # hashed twice in a run.
    current: dict[Path, str] = field(default_factory=dict)
    # Rendered pages by path, with what they showed: kept as long as the articles.
    pages: PageMemo = field(default_factory=PageMemo)

    def annotated(
        self, seed: Path, shown: str, shared: bytes, make: Callable[[Path], Annotated]
    ) -> Annotated:
        """The cached annotation of ``seed``, or ``make(seed)`` stored under its key.

        ``shared`` holds the bytes every seed depends on (the taxonomy).
        Raises ``SeedError`` from ``make`` or for a file too large to read.
        """
        key = self.current.pop(seed, None) or input_key(seed, shown, shared)
        found = self.entries.get(key)
        if found is None:
            self.made.append(seed)
            found = make(seed)
            # A file saved while it was being read: keep the result for this run
            # only, since the key no longer says which bytes it came from.
            if input_key(seed, shown, shared) == key:
                self.entries[key] = found
        self.last_good[seed] = found
        self.used.add(key)
        return found

    def missing(
        self, seeds: Iterable[tuple[Path, str]], shared: bytes
    ) -> list[tuple[Path, str, str]]:
        """The seeds (path, shown) with no entry, each with its key: what a run must read.
        A seed whose key cannot be made is left to ``annotated``, which reports it."""
        found: list[tuple[Path, str, str]] = []
        for seed, shown in seeds:
            try:
                key = input_key(seed, shown, shared)
            except SeedError:
                continue
            if key in self.entries:
                self.current[seed] = key
            else:
                found.append((seed, shown, key))
        return found

    def add(self, seed: Path, shown: str, shared: bytes, key: str, entry: Annotated) -> None:
        """Store an annotation made elsewhere (a worker) from the inputs that had ``key``,
        unless the seed changed since (then ``annotated`` reads it again)."""
        try:
            unchanged = input_key(seed, shown, shared) == key
        except SeedError:
            return
        if unchanged:
            self.entries[key] = entry
            self.current[seed] = key
            self.made.append(seed)

    def begin_run(self) -> None:
        self.made = []
        self.used = set()
        self.current = {}

    def end_run(self, seeds: Iterable[Path]) -> None:
        """Drop entries this run did not use, and deleted seeds' last good articles."""
        self.entries = {k: v for k, v in self.entries.items() if k in self.used}
        present = set(seeds)
        self.last_good = {p: a for p, a in self.last_good.items() if p in present}


def input_key(seed: Path, shown: str, shared: bytes) -> str:
    """Hash of everything the annotation of ``seed`` depends on."""
    digest = hashlib.sha256()
    for part in (
        generator_fingerprint().encode(),
        shown.encode(),
        shared,
        read_limited(seed, shown),
        *(_optional_bytes(sidecar_path(seed, suffix), shown) for suffix in SIDECAR_SUFFIXES),
    ):
        # Length-prefixed, so that no two different inputs join into the same bytes.
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


def read_limited(path: Path, shown: str, limit: int = MAX_SEED_BYTES) -> bytes:
    """A file's bytes; a file over ``limit`` is refused from its size, before reading it."""
    return read_input(path, shown, limit)


def _optional_bytes(path: Path, seed_shown: str) -> bytes:
    if not is_listed_input(path):
        return _ABSENT
    return read_limited(path, str(Path(seed_shown).with_name(path.name)))


@functools.cache
def generator_fingerprint() -> str:
    """A hash of the generator's own source and templates: new code, new keys."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".j2") and path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\x00")
            digest.update(path.read_bytes())
    return digest.hexdigest()
