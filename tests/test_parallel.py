"""Workers: a build spread over processes gives the serial build's pages and reports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import generator.parallel as parallel
from bench.corpus import write_corpus
from generator.cache import ArticleCache
from generator.errors import SeedError
from generator.pipeline import Project, generate

SEEDS = 24
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def corpus(tmp_path: Path) -> Project:
    seeds = write_corpus(SEEDS, tmp_path / "seeds")
    # A broken seed among good ones: its error must come back from a worker as it
    # does from the serial loop.
    (seeds / "broken.txt").write_bytes(b"Title\n\n\xff\xfe not text\n")
    return Project.at(tmp_path)


# Workers are only forked from a process with one thread, and pytest's process may
# hold threads of earlier tests (the browser driver's), so the parallel builds run
# in a fresh interpreter, as ``mkdocs build`` does.
_PARALLEL_BUILD = """
import hashlib, json, sys
from pathlib import Path
import generator.parallel as parallel
from generator.errors import SeedError
from generator.cache import ArticleCache
from generator.pipeline import Project, generate

parallel.MIN_PARALLEL = 4
used = []
real_pool_for = parallel.Workers._pool_for
def counting_pool_for(self, size):
    pool = real_pool_for(self, size)
    used.append(pool is not None)
    return pool
parallel.Workers._pool_for = counting_pool_for

cache = ArticleCache()
project = Project.at(Path(sys.argv[1]))
first = generate(project, cache)
first_made = len(cache.made)
again = generate(project, cache)
print(json.dumps({
    "used": used,
    "pages": first.pages,
    "files": {p: hashlib.sha256(b).hexdigest() for p, b in first.files.items()},
    "diagnostics": [str(d) for d in first.diagnostics],
    "first_made": first_made,
    "again_made": [p.name for p in cache.made],
    "again_same": again.pages == first.pages,
}))
"""


def build_in_fresh_process(project: Project, jobs: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", _PARALLEL_BUILD, str(project.root)],
        env={**os.environ, parallel.JOBS_VARIABLE: jobs},
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_workers_give_the_serial_pages_and_diagnostics(corpus: Project) -> None:
    serial = build_in_fresh_process(corpus, "1")
    # Annotating, rendering and drawing the cards, in each of two runs.
    assert serial["used"] == [False] * 6
    spread = build_in_fresh_process(corpus, "2")
    # All three went to workers; the second run had nothing to send.
    assert spread["used"][:3] == [True, True, True]
    assert spread["pages"] == serial["pages"]
    # Cards drawn on workers are the serial ones, byte for byte.
    assert spread["files"] == serial["files"] and len(spread["files"]) > SEEDS
    assert spread["diagnostics"] == serial["diagnostics"]
    assert any("broken.txt" in d and "error" in d for d in spread["diagnostics"])
    in_process = generate(corpus, ArticleCache())
    assert spread["pages"] == in_process.pages


def test_a_cache_filled_by_workers_is_used_by_the_next_run(corpus: Project) -> None:
    spread = build_in_fresh_process(corpus, "2")
    assert spread["first_made"] == SEEDS + 1  # the broken seed is read again, serially
    # Only the broken seed is read again: errors are not cached.
    assert spread["again_made"] == ["broken.txt"] and spread["again_same"]


def test_small_jobs_and_threaded_processes_stay_serial() -> None:
    shared = parallel.Shared(lambda seed, taxonomy: None, None)  # type: ignore[arg-type]
    workers = parallel.Workers(shared, jobs=2)
    assert workers._pool_for(parallel.MIN_PARALLEL - 1) is None
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
    one_thread = subprocess.run(
        [sys.executable, "-c", "import generator.parallel as p; print(p.can_fork())"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO,
    )
    assert one_thread.stdout.strip() == str(sys.platform == "linux")


def test_the_number_of_workers_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "3")
    assert parallel.worker_count() == 3
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "1")
    assert parallel.worker_count() == 1
    monkeypatch.delenv(parallel.JOBS_VARIABLE)
    assert parallel.worker_count() >= 1


@pytest.mark.parametrize("value", ["abc", "0", "-2", "2.5"])
def test_a_bad_number_of_workers_is_an_error(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(parallel.JOBS_VARIABLE, value)
    with pytest.raises(SeedError, match="number of worker processes"):
        parallel.worker_count()


def test_the_cli_reports_a_bad_number_of_workers_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(REPO), "check"],
        env={**os.environ, parallel.JOBS_VARIABLE: "abc"},
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "REEX_JOBS: error: must be a number of worker processes (1 or more), not 'abc'"
    )
