"""Annotated articles, kept in memory and keyed by the bytes they come from.

Reading and annotating a seed is the slow part of a build. The key of a seed is
a hash of the bytes it was read from (its own and its sidecars', read once:
``SeedSource``), the taxonomy's bytes and the generator's own source, so an
entry is reused exactly when nothing that shaped it changed. The MkDocs plugin
keeps one cache for the whole of ``mkdocs serve``: saving one seed re-annotates
that seed alone.

The cache also remembers each seed's last good article, so that a seed which
breaks while a writer is working can still be shown (with its error) instead of
vanishing from the site; and it holds the page memo, which lives as long.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .annotated import Annotated
from .disk_cache import DiskCache, paused_collector
from .errors import Diagnostic
from .model import Article
from .pages.memo import PageMemo
from .rank_memo import RankMemo
from .reader.source import SeedSource
from .reader.source_memo import SourceMemo
from .social.cards import CardCache

_ABSENT = b"\x00absent"
# The social cards' pictures, in the cache's folder.
CARDS_NAME = "cards"


@dataclass(frozen=True)
class Annotations:
    """A run's articles, in seed order, and what became of the seeds that failed:
    ``stale`` (by the article's path) are shown from their last good version,
    ``failed`` never built."""

    articles: tuple[Article, ...]
    stale: Mapping[str, Diagnostic]
    failed: tuple[tuple[Path, Diagnostic], ...]
    diagnostics: tuple[Diagnostic, ...]


# Annotates many seeds at once (on worker processes), in order.
AnnotateMany = Callable[[Sequence[SeedSource]], list[Annotated | Diagnostic]]


@dataclass
class ArticleCache:
    """Annotated articles by input hash, and the last good article of each seed."""

    entries: dict[str, Annotated] = field(default_factory=dict)
    last_good: dict[Path, Annotated] = field(default_factory=dict)
    # Seeds annotated (not found in the cache) by the latest run, failed ones too.
    made: list[Path] = field(default_factory=list)
    # Keys the current run used: what the run keeps.
    used: set[str] = field(default_factory=set)
    # Each seed's bytes with its files' states: unchanged files are not read again.
    sources: SourceMemo = field(default_factory=SourceMemo)
    # Rendered pages by path, with what they showed: kept as long as the articles.
    pages: PageMemo = field(default_factory=PageMemo)
    # Social cards by what they show: kept as long as the articles.
    cards: CardCache = field(default_factory=CardCache)
    # The latest related and earlier rankings, under what they came from.
    ranked: RankMemo = field(default_factory=RankMemo)
    # Annotated articles kept between builds (None: in memory only).
    disk: DiskCache | None = None
    # Whether ``finish`` saves the page memo to ``disk`` too (not while serving:
    # every save would write it again; a preview starts from the last build's).
    keep_pages: bool = False

    @classmethod
    def on_disk(cls, folder: Path, keep_pages: bool = True) -> ArticleCache:
        """A cache that also keeps its articles, and the pages of the last build,
        in ``folder`` between builds."""
        disk = DiskCache(folder, generator_fingerprint())
        cache = cls(
            ranked=disk.load_ranked() or RankMemo(),
            cards=CardCache(folder / CARDS_NAME),
            disk=disk,
            keep_pages=keep_pages,
        )
        # The memo's articles are the entries themselves: its pages' inputs
        # compare with this run's by identity, where the seeds did not change.
        cache.pages = disk.load_pages(cache._entry_article) or PageMemo()
        return cache

    def _entry_article(self, key: str) -> Article | None:
        """The article of the entry under ``key``, kept for this run to use."""
        entry = self.entries.get(key) or (self.disk.load(key) if self.disk else None)
        if entry is None:
            return None
        self.entries[key] = entry
        return entry.article

    def finish(self) -> None:
        """The end of a run: the page memo saved for the next build."""
        if self.disk is None or not self.keep_pages:
            return
        # Each is written only when this run changed it (they are large).
        if self.pages.changed or self.pages.values.changed:
            self.pages.changed = self.pages.values.changed = False
            keys = {id(entry.article): key for key, entry in self.entries.items()}
            self.disk.store_pages(self.pages, keys)
        if self.ranked.changed:
            self.ranked.changed = False
            self.disk.store_ranked(self.ranked)

    def annotate(
        self,
        sources: Mapping[Path, SeedSource | Diagnostic],
        shared: bytes,
        annotate_many: AnnotateMany,
    ) -> Annotations:
        """Every seed annotated, cached ones as they are, the others together by
        ``annotate_many``; ``shared`` holds the bytes every seed depends on (the
        taxonomy's). A failure is that seed's alone: a seed that built before keeps
        its last good article, shown with the error, so that a writer mid-edit does
        not see the page vanish. One call is one run: entries it did not use, and
        the last good articles of seeds that are gone, are dropped."""
        self.made, self.used = [], set()
        readable = [s for s in sources.values() if isinstance(s, SeedSource)]
        found = self._annotated(readable, shared, annotate_many)
        articles: list[Article] = []
        stale: dict[str, Diagnostic] = {}
        failed: list[tuple[Path, Diagnostic]] = []
        diagnostics: list[Diagnostic] = []
        for path, source in sources.items():
            entry = source if isinstance(source, Diagnostic) else found[path]
            if isinstance(entry, Diagnostic):
                diagnostics.append(entry)
                if path not in self.last_good:
                    failed.append((path, entry))
                    continue
                stale[self.last_good[path].article.path] = entry
                entry = self.last_good[path]
            diagnostics.extend(entry.diagnostics)
            articles.append(entry.article)
        self._forget_unused(sources)
        return Annotations(tuple(articles), stale, tuple(failed), tuple(diagnostics))

    def _annotated(
        self, sources: Sequence[SeedSource], shared: bytes, annotate_many: AnnotateMany
    ) -> dict[Path, Annotated | Diagnostic]:
        keys = [input_key(source, shared) for source in sources]
        self._load_from_disk(keys)
        missing = [(s, k) for s, k in zip(sources, keys, strict=True) if k not in self.entries]
        made = dict(
            zip([k for _, k in missing], annotate_many([s for s, _ in missing]), strict=True)
        )
        self.made.extend(source.path for source, _ in missing)
        self._store_on_disk(made)
        found: dict[Path, Annotated | Diagnostic] = {}
        for source, key in zip(sources, keys, strict=True):
            entry = self.entries.get(key) or made[key]
            if isinstance(entry, Annotated):
                self.entries[key] = self.last_good[source.path] = entry
                self.used.add(key)
            found[source.path] = entry
        return found

    def _load_from_disk(self, keys: Iterable[str]) -> None:
        if self.disk is None:
            return
        # One pause for all: given back after each entry, the collector walked the
        # entries loaded so far again and again.
        with paused_collector():
            for key in keys:
                if key not in self.entries and (entry := self.disk.load(key)) is not None:
                    self.entries[key] = entry

    def _store_on_disk(self, made: Mapping[str, Annotated | Diagnostic]) -> None:
        if self.disk is None:
            return
        for key, entry in made.items():
            if isinstance(entry, Annotated):
                self.disk.store(key, entry)

    def _forget_unused(self, seeds: Iterable[Path]) -> None:
        self.entries = {k: v for k, v in self.entries.items() if k in self.used}
        present = set(seeds)
        self.last_good = {p: a for p, a in self.last_good.items() if p in present}
        if self.disk is not None:
            self.disk.keep_only(self.used)


def input_key(source: SeedSource, shared: bytes) -> str:
    """Hash of everything the annotation of ``source`` depends on."""
    digest = hashlib.sha256()
    for part in (
        generator_fingerprint().encode(),
        source.shown.encode(),
        shared,
        source.data,
        _ABSENT if source.meta is None else source.meta,
        _ABSENT if source.analysis is None else source.analysis,
    ):
        # Length-prefixed, so that no two different inputs join into the same bytes.
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


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
