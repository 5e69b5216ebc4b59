"""Live preview: only what changed is regenerated, a broken seed shows its error,
and the real ``mkdocs serve`` follows edits, additions, deletions and the taxonomy
with one rebuild per save."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator.cache import ArticleCache
from generator.output import write_pages
from generator.paths import article_path
from generator.pipeline import Project, generate
from tests.conftest import REPO, copy_project
from tests.test_robustness import NEWS, write_news

MAGNET = article_path("texas-magnet-plant-starts-trial-runs-with-recycled-feedstock")
GALLIUM = article_path("gallium-prices-climb-again-as-permits-slow")
LITHIUM = article_path("chile-s-lithium-auction-draws-bids-from-three-continents")
NOTICE = '!!! failure "This seed has an error"'
BROKEN_FRONT_MATTER = NEWS["magnet-plant.md"].replace("topics: [magnets]", "topics: [magnets")


def news_project(root: Path) -> Project:
    seeds = write_news(root / "seeds")
    shutil.copy2(REPO / "seeds" / "beijing-conditional-openness.txt", seeds)
    shutil.copy2(REPO / "seeds" / "beijing-conditional-openness.meta.yml", seeds)
    return Project.at(root)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def seed_names(cache: ArticleCache) -> list[str]:
    return sorted(p.name for p in cache.made)


# -- the cache, in process -------------------------------------------------------------


def test_one_changed_seed_is_the_only_one_read_and_few_files_are_written(
    tmp_path: Path,
) -> None:
    project = news_project(tmp_path)
    cache = ArticleCache()
    out = tmp_path / "generated"
    first = generate(project, cache)
    assert len(cache.made) == 4
    write_pages(first.pages, out)

    edit(project.seeds_dir / "magnet-plant.md", "on\nTuesday", "on\nWednesday")
    second = generate(project, cache)
    report = write_pages(second.pages, out)

    assert seed_names(cache) == ["magnet-plant.md"]
    assert MAGNET in report.written
    assert "Wednesday" in (out / MAGNET).read_text(encoding="utf-8")
    other_articles = [r for r in report.written if r.startswith("articles/") and r != MAGNET]
    # Only pages listing the article may change with it (indexes, topic pages,
    # feeds, and related-article cards, which show its summary).
    assert all("texas-magnet-plant" in second.pages[rel] for rel in other_articles)
    changed = {rel for rel in second.pages if second.pages[rel] != first.pages[rel]}
    assert set(report.written) == changed
    # Every other page written lists the changed article; most pages are untouched.
    for rel in set(report.written) - {MAGNET}:
        assert "texas-magnet-plant" in second.pages[rel], rel
    assert len(report.written) < len(second.pages) // 2
    assert report.unchanged == len(second.pages) - len(report.written)


def test_nothing_changed_means_nothing_read_and_nothing_written(tmp_path: Path) -> None:
    project = news_project(tmp_path)
    cache = ArticleCache()
    out = tmp_path / "generated"
    write_pages(generate(project, cache).pages, out)
    report = write_pages(generate(project, cache).pages, out)
    assert cache.made == []
    assert report.written == () and report.removed == ()


def test_a_sidecar_change_reads_its_seed_again(tmp_path: Path) -> None:
    project = news_project(tmp_path)
    cache = ArticleCache()
    generate(project, cache)
    (project.seeds_dir / "gallium-prices.meta.yml").write_text("source: Metal Desk Europe\n")
    result = generate(project, cache)
    assert seed_names(cache) == ["gallium-prices.txt"]
    assert "Metal Desk Europe" in result.pages[GALLIUM]


def test_a_taxonomy_change_reads_every_seed_again(tmp_path: Path) -> None:
    project = news_project(tmp_path)
    cache = ArticleCache()
    generate(project, cache)
    edit(project.seeds_dir / "topics.yml", "title: Permanent magnets", "title: Magnets and Motors")
    result = generate(project, cache)
    assert len(cache.made) == 4
    assert "Magnets and Motors" in result.pages["topics/magnets.md"]


def test_a_broken_seed_keeps_its_last_good_page_with_the_error_on_top(tmp_path: Path) -> None:
    project = news_project(tmp_path)
    cache = ArticleCache()
    good = generate(project, cache)
    (project.seeds_dir / "magnet-plant.md").write_text(BROKEN_FRONT_MATTER, encoding="utf-8")
    broken = generate(project, cache)

    assert [str(e) for e in broken.errors] == [
        "seeds/magnet-plant.md:6: error: invalid YAML: while parsing a flow sequence, "
        "expected ',' or ']', but got '<stream end>'"
    ]
    page = broken.pages[MAGNET]
    title_at = page.index("\n# Texas Magnet Plant")
    assert title_at < page.index(NOTICE) < page.index("Noveon Magnetics began", title_at)
    assert "seeds/magnet-plant.md:6: error: invalid YAML" in page
    # The page without the notice is the last good page; every other page is as it was.
    assert {r: p for r, p in broken.pages.items() if r != MAGNET} == {
        r: p for r, p in good.pages.items() if r != MAGNET
    }

    (project.seeds_dir / "magnet-plant.md").write_text(NEWS["magnet-plant.md"], encoding="utf-8")
    fixed = generate(project, cache)
    assert not fixed.errors and fixed.pages == good.pages


def test_the_error_on_the_page_is_escaped(tmp_path: Path) -> None:
    project = news_project(tmp_path)
    cache = ArticleCache()
    generate(project, cache)
    hostile = NEWS["magnet-plant.md"].replace(
        "date: 2025-05-06", "date: <script>alert(1)</script> *soon*"
    )
    (project.seeds_dir / "magnet-plant.md").write_text(hostile, encoding="utf-8")
    page = generate(project, cache).pages[MAGNET]
    notice = page[page.index(NOTICE) :].split("\n\n")[1]
    assert "<script" not in notice and "&lt;\u2060script&gt;" in notice


def test_a_deleted_seed_disappears_and_is_forgotten(tmp_path: Path) -> None:
    project = news_project(tmp_path)
    cache = ArticleCache()
    generate(project, cache)
    (project.seeds_dir / "gallium-prices.txt").unlink()
    result = generate(project, cache)
    assert GALLIUM not in result.pages
    assert project.seeds_dir / "gallium-prices.txt" not in cache.last_good
    assert len(cache.entries) == 3


def test_a_seed_that_never_built_shows_an_error_page(tmp_path: Path) -> None:
    project = news_project(tmp_path)
    (project.seeds_dir / "magnet-plant.md").write_text(BROKEN_FRONT_MATTER, encoding="utf-8")
    result = generate(project, ArticleCache())
    assert MAGNET not in result.pages
    assert NOTICE in result.pages["articles/magnet-plant.md"]


def test_removing_built_pages_stays_inside_the_site_folder(tmp_path: Path) -> None:
    from generator.plugin import remove_built_pages

    site = tmp_path / "site"
    gone = site / "articles" / "old-story" / "index.html"
    kept = site / "articles" / "other" / "index.html"
    outside = tmp_path / "notes.html"
    for path in (gone, kept, outside):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    remove_built_pages([gone, outside, site / ".." / "notes.html"], site)
    assert not gone.exists() and not gone.parent.exists(), "its empty folder goes too"
    assert kept.exists() and outside.exists()


# -- the real mkdocs serve --------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """``mkdocs serve`` in a subprocess, its log in a file, pages fetched over HTTP."""

    def __init__(self, project: Path, log: Path, dirty: bool = False) -> None:
        self.port = free_port()
        self.log = log
        self._log_handle = log.open("w")
        dirty_flag = ["--dirty"] if dirty else []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", *dirty_flag, "-a", f"127.0.0.1:{self.port}"],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=self._log_handle,
            stderr=subprocess.STDOUT,
        )

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def count(self, line: str) -> int:
        return self.text().count(line)

    def wait(self, what: str, ready: Callable[[], bool], timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not ready():
            assert self.process.poll() is None, f"mkdocs serve exited:\n{self.text()}"
            assert time.monotonic() < deadline, f"timed out waiting for {what}:\n{self.text()}"
            time.sleep(0.1)

    def wait_for_rebuild(self, number: int) -> None:
        """Wait until rebuild ``number`` (1 for the first after start) has finished."""
        self.wait(
            f"rebuild {number}",
            lambda: (
                self.count("Building documentation") >= number + 1
                and self.count("Reloading browsers") >= number
            ),
        )

    def get(self, rel_url: str) -> tuple[int, str]:
        url = f"http://127.0.0.1:{self.port}/reex-analysis/{rel_url}"
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return int(response.status), response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, ""

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self._log_handle.close()


# ``make serve`` runs ``mkdocs serve --dirty`` (fast on a large site); plain
# ``mkdocs serve`` is what a writer may type. Both must follow every change.
@pytest.fixture(params=[False, True], ids=["serve", "serve-dirty"])
def server(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Server]:
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    write_news(project / "seeds")
    running = Server(project, tmp_path / "serve.log", dirty=request.param)
    try:
        running.wait("the first build", lambda: "Serving on" in running.text(), timeout=60)
        yield running
    finally:
        running.stop()


def page_url(rel: str) -> str:
    return rel.removesuffix(".md") + "/"


QUIET_SECONDS = 2.5


@pytest.mark.build
def test_serve_follows_every_kind_of_change_with_one_rebuild_per_save(
    server: Server, tmp_path: Path
) -> None:
    seeds = tmp_path / "project" / "seeds"
    assert server.count("Building documentation") == 1
    assert server.count("4 articles read and annotated") == 1

    # An edit shows on the next reload; nothing else is read again.
    edit(seeds / "magnet-plant.md", "on\nTuesday", "on\nWednesday")
    server.wait_for_rebuild(1)
    status, html = server.get(page_url(MAGNET))
    assert status == 200 and "Wednesday" in html
    assert server.count("1 of 4 articles read and annotated") == 1
    time.sleep(QUIET_SECONDS)
    assert server.count("Building documentation") == 2, "a save must not start a rebuild loop"

    # A new seed gets a page.
    (seeds / "cobalt-quota.md").write_text(
        "---\ntitle: Congo Extends Its Cobalt Export Quota\ndate: 2025-06-02\n---\n\n"
        "Congo will keep cobalt export quotas in place until September, the regulator said.\n",
        encoding="utf-8",
    )
    server.wait_for_rebuild(2)
    status, html = server.get("articles/congo-extends-its-cobalt-export-quota/")
    assert status == 200 and "until September" in html

    # A seed that breaks keeps its page, with the error on it and in the log.
    (seeds / "magnet-plant.md").write_text(BROKEN_FRONT_MATTER, encoding="utf-8")
    server.wait_for_rebuild(3)
    status, html = server.get(page_url(MAGNET))
    assert status == 200
    assert "This seed has an error" in html and "Noveon Magnetics" in html
    assert "seeds/magnet-plant.md:6: error: invalid YAML" in html
    assert re.search(r"ERROR\s+-\s+generator: seeds/magnet-plant\.md:6: error", server.text())
    status, html = server.get(page_url(LITHIUM))
    assert status == 200 and "This seed has an error" not in html

    # A deleted seed's page is gone.
    (seeds / "gallium-prices.txt").unlink()
    server.wait_for_rebuild(4)
    assert server.get(page_url(GALLIUM))[0] == 404

    # A taxonomy edit reaches the topic page.
    edit(seeds / "topics.yml", "title: Permanent magnets", "title: Magnets and Motors")
    server.wait_for_rebuild(5)
    status, html = server.get("topics/magnets/")
    assert status == 200 and "Magnets and Motors" in html

    # A draft is in the preview (and never in a build: tests/test_drafts.py).
    (seeds / "draft-note.md").write_text(
        "---\ntitle: Notes Toward a Tungsten Story\ndate: 2025-06-03\ndraft: true\n---\n\n"
        "Tungsten buyers in Europe are watching Chinese export licences closely.\n",
        encoding="utf-8",
    )
    server.wait_for_rebuild(6)
    status, html = server.get("articles/notes-toward-a-tungsten-story/")
    assert status == 200 and "Tungsten buyers" in html and "Draft" in html

    time.sleep(QUIET_SECONDS)
    assert server.count("Building documentation") == 7
    assert server.count("Reloading browsers") == 6


def test_the_heap_after_the_first_build_is_collected_once_and_then_left_out() -> None:
    """``mkdocs serve`` keeps the articles and memos for its whole life: after the
    first build its garbage is collected and the rest frozen out of later collections."""
    import gc
    import weakref

    from generator.plugin import settle_heap

    class Node:
        pass

    cycle = Node()
    cycle.me = cycle  # type: ignore[attr-defined]
    gone = weakref.ref(cycle)
    del cycle
    gc.disable()
    try:
        settle_heap()
        assert gone() is None, "the first build's garbage is collected"
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
