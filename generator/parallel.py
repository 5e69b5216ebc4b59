"""Annotating seeds and rendering pages on every core, for large builds.

Workers annotate seeds from the bytes already read (``SeedSource``) and render
the jobs of page types that ask for it (article pages) and draw the social
cards, with the ``Site`` each
worker receives once. Both are pure functions of picklable data, so worker
processes give the same pages, in the same order, as the serial loop. Workers cost about half a second
to start (the generator's imports), so only work of ``MIN_PARALLEL`` items or
more goes to them; saving one seed during ``mkdocs serve`` stays in-process.

Workers are forked: they start in milliseconds with the generator already
imported, and never re-run the caller's main script (as spawned workers would).
Forking is only safe while the process has one thread, which holds for
``mkdocs build``, the CLI and the first build of ``mkdocs serve``; a rebuild
while the server's threads run stays serial. So does any platform without
a safe ``fork`` (only Linux is trusted). ``REEX_JOBS=1`` turns workers off;
``REEX_JOBS=N`` sets their number.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from types import TracebackType
from typing import TypeVar

from .annotated import Annotated
from .errors import Diagnostic, SeedError
from .extract.topics import warm_matcher
from .pages.jobs import Render, Site
from .pages.kit import load_templates
from .reader.source import SeedSource
from .social.card import Card, draw_card
from .taxonomy import Taxonomy

MIN_PARALLEL = 64
# Items per message to a worker: fewer round trips, still an even spread.
CHUNK = 8
JOBS_VARIABLE = "REEX_JOBS"

T = TypeVar("T")
R = TypeVar("R")


def worker_count() -> int:
    """``REEX_JOBS`` if set, else the CPUs this process may run on."""
    configured = os.environ.get(JOBS_VARIABLE, "").strip()
    if configured:
        if not configured.isdigit() or int(configured) < 1:
            raise SeedError(
                JOBS_VARIABLE,
                None,
                f"must be a number of worker processes (1 or more), not {configured!r}",
            )
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # Not on Linux.
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether forking workers is safe here: Linux, and no other thread running."""
    return sys.platform == "linux" and threading.active_count() == 1


@dataclass(frozen=True)
class Shared:
    """What every task needs: each worker gets it once, when it starts."""

    annotate: Callable[[SeedSource, Taxonomy], Annotated]
    site: Site
    # Loads what ``annotate`` needs, once there is a seed to annotate: before
    # workers are forked, so that they share it.
    prepare: Callable[[], None] = lambda: None


# In a worker: the ``Shared`` its initializer received.
_shared: Shared | None = None


def _set_up(shared: Shared) -> None:
    global _shared
    _shared = shared


def _in_worker(task: Callable[[Shared, T], R], item: T) -> R:
    assert _shared is not None, "worker not set up"
    return task(_shared, item)


def _annotate(shared: Shared, source: SeedSource) -> Annotated | Diagnostic:
    try:
        return shared.annotate(source, shared.site.taxonomy)
    except SeedError as exc:
        return exc.diagnostic


def _render(shared: Shared, render: Render) -> str:
    return render(shared.site)


def _draw(shared: Shared, card: Card) -> bytes:
    return draw_card(card)


class Workers:
    """A pool started on first use of a large enough job, closed on exit."""

    def __init__(self, shared: Shared, jobs: int | None = None) -> None:
        self.shared = shared
        self.jobs = worker_count() if jobs is None else jobs
        self._pool: Executor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def annotate(self, sources: Sequence[SeedSource]) -> list[Annotated | Diagnostic]:
        if sources:
            self.shared.prepare()
        return self._map(_annotate, sources)

    def render(self, renders: Sequence[Render]) -> list[str]:
        return self._map(_render, renders)

    def draw(self, cards: Sequence[Card]) -> list[bytes]:
        return self._map(_draw, cards)

    def _map(self, task: Callable[[Shared, T], R], items: Sequence[T]) -> list[R]:
        pool = self._pool_for(len(items))
        if pool is None:
            return [task(self.shared, item) for item in items]
        return list(pool.map(functools.partial(_in_worker, task), items, chunksize=CHUNK))

    def _pool_for(self, size: int) -> Executor | None:
        if self.jobs < 2 or size < MIN_PARALLEL:
            return None
        if self._pool is None:
            # Checked before the first fork only: the pool runs a thread of its own.
            if not can_fork():
                return None
            # Compiled once here, shared by every forked worker.
            load_templates()
            warm_matcher(self.shared.site.taxonomy)
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=context, initializer=_set_up, initargs=(self.shared,)
            )
        return self._pool
