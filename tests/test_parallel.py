"""Workers: a build spread over processes gives the serial build's pages and reports."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import generator.parallel as parallel
from bench.corpus import write_corpus
from generator.cache import ArticleCache
from generator.pipeline import Generated, Project, generate

SEEDS = 24


@pytest.fixture
def corpus(tmp_path: Path) -> Project:
    seeds = write_corpus(SEEDS, tmp_path / "seeds")
    # A broken seed among good ones: its error must come back from a worker as it
    # does from the serial loop.
    (seeds / "broken.txt").write_bytes(b"Title\n\n\xff\xfe not text\n")
    return Project.at(tmp_path)


def build(project: Project, jobs: str, monkeypatch: pytest.MonkeyPatch) -> Generated:
    monkeypatch.setenv(parallel.JOBS_VARIABLE, jobs)
    return generate(project, ArticleCache())


def test_workers_give_the_serial_pages_and_diagnostics(
    corpus: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 4)
    used: list[int] = []
    real_pool_for = parallel.Workers._pool_for

    def counting_pool_for(self: parallel.Workers, size: int) -> object:
        pool = real_pool_for(self, size)
        used.append(pool is not None)
        return pool

    monkeypatch.setattr(parallel.Workers, "_pool_for", counting_pool_for)
    serial = build(corpus, "1", monkeypatch)
    assert used == [False, False]
    used.clear()
    spread = build(corpus, "2", monkeypatch)
    assert used == [True, True], "annotation and rendering both went to workers"
    assert spread.pages == serial.pages
    assert spread.diagnostics == serial.diagnostics
    assert any(d.path.endswith("broken.txt") for d in spread.errors)
    assert len(spread.articles) == SEEDS


def test_a_cache_filled_by_workers_is_used_by_the_next_run(
    corpus: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 4)
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")
    cache = ArticleCache()
    first = generate(corpus, cache)
    broken = corpus.seeds_dir / "broken.txt"
    assert len(cache.made) == SEEDS + 1 and broken in cache.made
    again = generate(corpus, cache)
    # Only the broken seed is read again: errors are not cached.
    assert cache.made == [broken] and again.pages == first.pages


def test_small_jobs_and_threaded_processes_stay_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    shared = parallel.Shared(lambda seed, taxonomy: None, None, {})  # type: ignore[arg-type]
    workers = parallel.Workers(shared, jobs=2)
    assert workers._pool_for(parallel.MIN_PARALLEL - 1) is None
    assert parallel.can_fork()
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        # As while ``mkdocs serve`` runs its server and watcher threads.
        assert not parallel.can_fork()
        assert workers._pool_for(parallel.MIN_PARALLEL * 10) is None
    finally:
        stop.set()
        thread.join()


def test_the_number_of_workers_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "3")
    assert parallel.worker_count() == 3
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "0")
    assert parallel.worker_count() == 1
    monkeypatch.delenv(parallel.JOBS_VARIABLE)
    assert parallel.worker_count() >= 1
