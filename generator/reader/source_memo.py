"""Seeds read again only when their files changed, across the rebuilds of a
long-lived process (``mkdocs serve``).

Every rebuild reads each seed's bytes and its sidecars' (``read_sources``) to
hash them, although a save changes one file of a thousand. ``SourceMemo`` keeps
the last ``SeedSource`` of each seed beside what ``lstat`` said of the seed and
of both sidecar paths when they were read: file kind, device and inode, size,
modification and change times in nanoseconds, or that there was no file. A seed
whose three states are all the same is handed back as it was; any difference,
and any seed that could not be read, is read again under the full policy.

The fallback for what a state cannot show (a file written twice within the
file system's clock tick, the second time to the same size): a seed is kept
only when all its files' times are older than ``SETTLED_NS`` before the run
began, so a file written just before or during a read is read again next time,
as Git treats an index entry as racy.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Diagnostic, SeedError
from ..paths import ANALYSIS_SUFFIX, META_SUFFIX, sidecar_path
from .source import SeedSource

# What lstat said of one path (None: nothing there).
FileState = tuple[int, int, int, int, int, int] | None
# Of a seed, its metadata sidecar and its analysis sidecar.
SeedStates = tuple[FileState, FileState, FileState]

# Files changed this recently before a run are read again at the next run.
SETTLED_NS = 1_000_000_000


def file_state(path: Path) -> FileState:
    """What ``lstat`` says of ``path`` that any write changes; None where there is
    nothing (an error other than a missing file raises ``OSError``)."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    return (
        info.st_mode,
        info.st_dev,
        info.st_ino,
        info.st_size,
        info.st_mtime_ns,
        info.st_ctime_ns,
    )


def seed_states(path: Path) -> SeedStates | None:
    """The states of a seed and of its sidecars' paths (None: one cannot be told)."""
    try:
        return (
            file_state(path),
            file_state(sidecar_path(path, META_SUFFIX)),
            file_state(sidecar_path(path, ANALYSIS_SUFFIX)),
        )
    except (OSError, ValueError):
        return None


def settled(states: SeedStates, before_ns: int) -> bool:
    """Whether every file was last changed before ``before_ns``."""
    return all(s is None or max(s[4], s[5]) <= before_ns for s in states)


@dataclass(frozen=True)
class Kept:
    shown: str
    states: SeedStates
    source: SeedSource

    def same(self, shown: str, states: SeedStates) -> bool:
        return (self.shown, self.states) == (shown, states)


@dataclass
class SourceMemo:
    """The seeds of the latest run, with their files' states when they were read."""

    kept: dict[Path, Kept] = field(default_factory=dict)
    # Seeds the latest run read from disk (the others were kept).
    read: list[Path] = field(default_factory=list)
    # How long before a run a file must have last changed to be kept.
    settle_ns: int = SETTLED_NS

    def sources(
        self, paths: Iterable[Path], show: Callable[[Path], str]
    ) -> dict[Path, SeedSource | Diagnostic]:
        """Every seed, by path, as ``read_sources`` gives it: kept ones whose files
        did not change, the others read; a seed that cannot be read is its error."""
        began = time.time_ns()
        found: dict[Path, SeedSource | Diagnostic] = {}
        kept: dict[Path, Kept] = {}
        self.read = []
        for path in paths:
            shown = show(path)
            # Taken before reading: a change during the read shows next time.
            states = seed_states(path)
            old = self.kept.get(path)
            if old is not None and states is not None and old.same(shown, states):
                source = old.source
            else:
                self.read.append(path)
                try:
                    source = SeedSource.read(path, shown)
                except SeedError as exc:
                    found[path] = exc.diagnostic
                    continue
            found[path] = source
            if states is not None and settled(states, began - self.settle_ns):
                kept[path] = Kept(shown, states, source)
        self.kept = kept
        return found
