"""Annotated articles kept on disk between builds, by content.

An entry's name is the seed's input key (``cache.input_key``): a hash of the
seed's bytes, its sidecars', the taxonomy's and the generator's own source. So
an entry is found only when nothing that shaped it changed, and a new version of
the generator never reads an old one's entries. Each file also starts with the
format and the generator fingerprint it was written by; anything else (a
truncated file, another version, garbage) is a miss, never an error.

The folder is safe to delete at any time. Entries are pickles: whoever can write
this folder can already change the generator's code beside it, so it is a cache
of our own output and nothing else (never restore one from an untrusted place).
Writes are atomic (a temporary file renamed into place), so a build that is
stopped half-way never leaves half an entry.
"""

from __future__ import annotations

import gc
import io
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .annotated import Annotated
from .model import Article
from .pages.memo import PageMemo
from .rank_memo import RankMemo

Kept = TypeVar("Kept")

# Bumped when the layout of an entry changes (the fingerprint covers the model).
FORMAT = b"reex-annotated-2\n"
SUFFIX = ".pickle"
# The rendered pages with what each showed (the page memo), in one file.
PAGES_NAME = "pages.pickle"
# The latest related and earlier rankings with their key (``rank_memo.py``).
RANKED_NAME = "ranked.pickle"
# Files a run's pruning may delete: only ours, by name.
_TMP_PREFIX = ".tmp-"
# The Cache Directory Tagging standard's tag (backup tools skip the folder); it
# also marks the folder as ours: pruning never runs in a folder without it.
TAG_NAME = "CACHEDIR.TAG"
TAG = (
    b"Signature: 8a477f597d28d172789f06886806bc55\n"
    b"# The generator's cache of annotated articles: safe to delete.\n"
)


@contextmanager
def paused_collector() -> Iterator[None]:
    """The garbage collector held off while entries are loaded. Unpickling makes
    hundreds of thousands of objects, none of them garbage, and each few hundred
    of them start a collection that walks the young ones again (at 1,000 articles
    0.7 to 0.85 s of CPU to load the entries and the page memo, 0.23 to 0.36 s
    with the collector paused). Nested pauses leave it to the outermost one."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@dataclass(frozen=True)
class DiskCache:
    """A folder of annotated articles, one file per input key."""

    folder: Path
    fingerprint: str

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{SUFFIX}"

    def _header(self) -> bytes:
        return FORMAT + self.fingerprint.encode() + b"\n"

    def load(self, key: str) -> Annotated | None:
        """The entry for ``key``, or None when there is none usable."""
        entry = self._read(self._path(key))
        return entry if isinstance(entry, Annotated) else None

    def store(self, key: str, entry: Annotated) -> None:
        """Write the entry for ``key`` atomically; a folder we cannot write to
        only means no cache (the build itself never depends on it)."""
        self._write(self._path(key), entry)

    def load_pages(self, article: ArticleOf | None = None) -> PageMemo | None:
        """The page memo the last build saved, if it is this version's. The
        articles it names by entry key are ``article(key)`` (by default the
        entries of this folder); one that is gone is a value equal to nothing,
        so the pages that showed it are made again."""
        of = article or self._article
        kept = self._read(self.folder / PAGES_NAME, lambda data: _ByKey(data, of).load())
        return kept if isinstance(kept, PageMemo) else None

    def store_pages(self, memo: PageMemo, keys: Mapping[int, str] | None = None) -> None:
        """``keys``: the entry key of each article entry by ``id``; those articles
        are written as their key, not again in full (and load as the very
        entries, which the memo then compares by identity)."""
        named = keys or {}
        self._write(self.folder / PAGES_NAME, memo, lambda out: _AsKey(out, named))

    def _article(self, key: str) -> Article | None:
        entry = self.load(key)
        return entry.article if entry else None

    def load_ranked(self) -> RankMemo | None:
        """The rankings the last build saved, if they are this version's."""
        return self._load_kept(RANKED_NAME, RankMemo)

    def store_ranked(self, memo: RankMemo) -> None:
        self._write(self.folder / RANKED_NAME, memo)

    def _load_kept(self, name: str, kind: type[Kept]) -> Kept | None:
        kept = self._read(self.folder / name)
        return kept if isinstance(kept, kind) else None

    def _read(self, path: Path, loads: Callable[[io.BytesIO], object] = pickle.load) -> object:
        try:
            data = path.read_bytes()
        except OSError:
            return None
        header = self._header()
        if not data.startswith(header):
            return None
        try:
            with paused_collector():
                body = io.BytesIO(data)
                body.seek(len(header))
                return loads(body)
        except Exception:  # any broken entry is only a miss
            return None

    def _write(
        self,
        target: Path,
        entry: object,
        pickler: Callable[[io.BufferedWriter], pickle.Pickler] | None = None,
    ) -> None:
        try:
            if not (self.folder / TAG_NAME).is_file():
                self.folder.mkdir(parents=True, exist_ok=True)
                (self.folder / TAG_NAME).write_bytes(TAG)
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, dir=target.parent)
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(self._header())
                    (pickler or _plain)(out).dump(entry)
                os.replace(tmp, target)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return

    def keep_only(self, keys: Iterable[str]) -> int:
        """Delete the entries (and stray temporary files) not in ``keys``: the
        cache holds the current seeds, not every version ever built. Only files
        named as entries are touched. Returns how many were deleted."""
        wanted = {f"{key}{SUFFIX}" for key in keys}
        removed = 0
        if not (self.folder / TAG_NAME).is_file():
            return 0
        for shard in self.folder.iterdir():
            if not (shard.is_dir() and len(shard.name) == 2) or shard.is_symlink():
                continue
            for path in shard.iterdir():
                ours = path.name.endswith(SUFFIX) or path.name.startswith(_TMP_PREFIX)
                if ours and path.name not in wanted and path.is_file():
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed


def _plain(out: io.BufferedWriter) -> pickle.Pickler:
    return pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)


# An article by its entry key (None: no such entry any more).
ArticleOf = Callable[[str], Article | None]
_ARTICLE = "article"


class _AsKey(pickle.Pickler):
    """Pickles the page memo with each cached article as its entry key."""

    def __init__(self, out: io.BufferedWriter, keys: Mapping[int, str]) -> None:
        super().__init__(out, protocol=pickle.HIGHEST_PROTOCOL)
        self.keys = keys

    def persistent_id(self, obj: object) -> tuple[str, str] | None:
        if type(obj) is Article and (key := self.keys.get(id(obj))) is not None:
            return (_ARTICLE, key)
        return None


class _ByKey(pickle.Unpickler):
    """Loads what ``_AsKey`` wrote, each entry key as that entry's article."""

    def __init__(self, data: io.BytesIO, article: ArticleOf) -> None:
        super().__init__(data)
        self.article = article

    def persistent_load(self, pid: object) -> object:
        if not (isinstance(pid, tuple) and len(pid) == 2 and pid[0] == _ARTICLE):
            raise pickle.UnpicklingError("not a reference this cache writes")
        found = self.article(str(pid[1]))
        # An entry that is gone: a value no page input equals (made again).
        return found if found is not None else _Gone()


class _Gone:
    """Stands for an article whose entry is gone; equal to nothing but itself."""
