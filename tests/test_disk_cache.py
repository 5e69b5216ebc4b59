"""The on-disk cache of annotated articles: a later build (a new process, CI with
the folder restored) re-annotates only what changed, gives the same pages, never
trusts an entry from another version or a broken file, and never touches files
that are not its own."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.annotate import Annotated
from generator.cache import ArticleCache, generator_fingerprint
from generator.disk_cache import PAGES_NAME, RANKED_NAME, TAG_NAME, DiskCache
from generator.model import Article
from generator.paths import ARTICLE_CACHE_DIR
from generator.pipeline import Project, generate
from tests.conftest import copy_project, run_mkdocs
from tests.spies import article_calls
from tests.test_incremental import LITHIUM_SEED, edit_lithium_lead
from tests.test_robustness import write_news

REPO = Path(__file__).resolve().parent.parent


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("??/*.pickle"))


def test_a_new_cache_on_the_same_folder_annotates_nothing_and_makes_the_same_pages(
    tmp_path: Path,
) -> None:
    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    folder = tmp_path / "cache"
    first_cache = ArticleCache.on_disk(folder)
    first = generate(project, first_cache)
    assert len(first_cache.made) == len(first.articles) >= 3
    assert len(_entries(folder)) == len(first.articles)
    assert (
        (folder / TAG_NAME).read_bytes().startswith(b"Signature: 8a477f597d28d172789f06886806bc55")
    )

    later_cache = ArticleCache.on_disk(folder)
    later = generate(project, later_cache)
    assert later_cache.made == []
    assert later.pages == first.pages
    assert later.diagnostics == first.diagnostics


def test_an_edited_seed_is_the_only_one_annotated_and_its_old_entry_goes(tmp_path: Path) -> None:
    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    folder = tmp_path / "cache"
    generate(project, ArticleCache.on_disk(folder))
    before = set(_entries(folder))

    edit_lithium_lead(project.seeds_dir)
    cache = ArticleCache.on_disk(folder)
    edited = generate(project, cache)
    assert [p.name for p in cache.made] == [LITHIUM_SEED]
    after = set(_entries(folder))
    assert len(after) == len(before) and len(after - before) == 1
    fresh = generate(project, ArticleCache())
    assert edited.pages == fresh.pages


def test_entries_of_another_version_or_broken_files_are_misses(tmp_path: Path) -> None:
    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    folder = tmp_path / "cache"
    first = generate(project, ArticleCache.on_disk(folder))
    entries = _entries(folder)
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # truncated
    entries[1].write_bytes(b"not a pickle at all")

    cache = ArticleCache.on_disk(folder)
    assert generate(project, cache).pages == first.pages
    assert len(cache.made) == 2

    other_version = ArticleCache(disk=DiskCache(folder, "another generator"))
    generate(project, other_version)
    assert len(other_version.made) == len(first.articles)


def test_a_stored_entry_loads_as_the_same_annotated_article(tmp_path: Path) -> None:
    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    article = generate(project).articles[0]
    disk = DiskCache(tmp_path / "cache", generator_fingerprint())
    disk.store("ab" + "0" * 62, Annotated(article))
    assert disk.load("ab" + "0" * 62) == Annotated(article)
    assert disk.load("cd" + "0" * 62) is None


def test_pruning_touches_only_its_own_files(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    disk = DiskCache(folder, "v")
    disk.store("aa" + "1" * 62, Annotated(Article(path="x.txt", title="X", slug="x")))
    foreign = [folder / "notes.txt", folder / "aa" / "README", folder / "abc" / "x.pickle"]
    for path in foreign:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("mine", encoding="utf-8")
    assert disk.keep_only([]) == 1
    assert all(path.read_text(encoding="utf-8") == "mine" for path in foreign)

    # A folder the cache did not make (no tag) is never pruned.
    untagged = tmp_path / "untagged"
    (untagged / "aa").mkdir(parents=True)
    stray = untagged / "aa" / ("aa" + "2" * 62 + ".pickle")
    stray.write_bytes(b"x")
    assert DiskCache(untagged, "v").keep_only([]) == 0 and stray.exists()


def test_a_cache_folder_that_cannot_be_written_only_means_no_cache(tmp_path: Path) -> None:
    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    result = generate(project, ArticleCache.on_disk(blocked))
    assert not result.errors and result.pages
    assert blocked.read_text(encoding="utf-8").startswith("a file")


def test_the_cli_build_keeps_its_cache_in_the_project_and_no_cache_skips_it(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def build(*extra: str) -> None:
        out = str(project / "out")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "--root",
                str(project),
                *extra,
                "build",
                "--out",
                out,
            ],
            check=True,
            capture_output=True,
            env=env,
        )

    build("--no-cache")
    assert not (project / ARTICLE_CACHE_DIR).exists()
    build()
    assert _entries(project / ARTICLE_CACHE_DIR)


def test_mkdocs_builds_share_the_cache(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    first = run_mkdocs(project, "build", "--strict")
    assert re.search(r"\b[1-9][0-9]* articles? read and annotated", first.stderr)
    second = run_mkdocs(project, "build", "--strict")
    assert _entries(project / ARTICLE_CACHE_DIR)
    assert re.search(r"\b[1-9][0-9]* articles?, none changed: nothing to read again", second.stderr)


def test_a_later_build_renders_no_page_whose_inputs_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.pages.article as article_pages

    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    folder = tmp_path / "cache"
    first = generate(project, ArticleCache.on_disk(folder))
    assert (folder / PAGES_NAME).is_file()

    real_render = article_pages.render_article
    rendered = article_calls(monkeypatch, article_pages, "render_article")
    assert generate(project, ArticleCache.on_disk(folder)).pages == first.pages
    assert rendered == []

    edit_lithium_lead(project.seeds_dir)
    edited = generate(project, ArticleCache.on_disk(folder))
    # The edited article, and those whose page shows its row among their related
    # articles (the edit names a new topic: the row gains its chip); no other.
    changed = {
        path.removeprefix("articles/").removesuffix(".md")
        for path, page in edited.pages.items()
        if path.startswith("articles/")
        and path != "articles/index.md"
        and page != first.pages.get(path)
    }
    assert "chile-s-lithium-auction-draws-bids-from-three-continents" in changed
    assert sorted(rendered) == sorted(changed)
    monkeypatch.setattr(article_pages, "render_article", real_render)
    assert edited.pages == generate(project, ArticleCache()).pages


def test_pages_are_saved_only_when_asked_and_never_read_across_versions(tmp_path: Path) -> None:
    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    folder = tmp_path / "cache"
    generate(project, ArticleCache.on_disk(folder, keep_pages=False))
    assert not (folder / PAGES_NAME).exists()
    generate(project, ArticleCache.on_disk(folder))
    assert DiskCache(folder, generator_fingerprint()).load_pages() is not None
    assert DiskCache(folder, "another generator").load_pages() is None


def test_a_later_build_ranks_nothing_again_and_saves_only_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The related and earlier rankings read every pair of articles: a later
    build with the same articles takes them from the cache's folder, and the
    page memo and rankings are written again only when the run changed them."""
    import generator.rank_update as rank_update

    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    folder = tmp_path / "cache"
    first = generate(project, ArticleCache.on_disk(folder))
    saved = {name: (folder / name).stat().st_mtime_ns for name in (PAGES_NAME, RANKED_NAME)}

    ranked: list[str] = []
    real_rank_all, real_update = rank_update.rank_all, rank_update.update

    def counting_rank_all(*args: Any) -> Any:
        ranked.append("all")
        return real_rank_all(*args)

    def counting_update(*args: Any) -> Any:
        ranked.append("update")
        return real_update(*args)

    monkeypatch.setattr(rank_update, "rank_all", counting_rank_all)
    monkeypatch.setattr(rank_update, "update", counting_update)
    later = generate(project, ArticleCache.on_disk(folder))
    assert ranked == []
    assert later.pages == first.pages
    assert {name: (folder / name).stat().st_mtime_ns for name in saved} == saved

    # An edit that names another topic changes what the rankings depend on.
    # The rankings are brought up to date from the saved ones, not made anew.
    edit_lithium_lead(project.seeds_dir)
    edited = generate(project, ArticleCache.on_disk(folder))
    assert ranked == ["update"]
    assert edited.pages == generate(project, ArticleCache()).pages
    assert (folder / RANKED_NAME).stat().st_mtime_ns != saved[RANKED_NAME]
    assert (folder / PAGES_NAME).stat().st_mtime_ns != saved[PAGES_NAME]


def test_a_later_build_makes_no_feed_html_again_unless_its_article_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A feed is kept in the page memo by what its items' HTML is made from (the
    article, its address, its analysis as shown), so a new process with the same
    articles makes none of that HTML; an edited article's is made again, and the
    feeds equal a fresh build's."""
    import generator.pages.feeds as feeds

    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    folder = tmp_path / "cache"
    first = generate(project, ArticleCache.on_disk(folder))
    real_html = feeds.article_html
    made = article_calls(monkeypatch, feeds, "article_html")
    assert generate(project, ArticleCache.on_disk(folder)).pages == first.pages
    assert made == []

    edit_lithium_lead(project.seeds_dir)
    edited = generate(project, ArticleCache.on_disk(folder))
    assert "chile-s-lithium-auction-draws-bids-from-three-continents" in made
    assert "carbonate" in edited.pages["feeds/rss.xml"]
    monkeypatch.setattr(feeds, "article_html", real_html)
    fresh = generate(project, ArticleCache()).pages
    assert {p: t for p, t in edited.pages.items() if p.startswith("feeds/")} == {
        p: t for p, t in fresh.items() if p.startswith("feeds/")
    }


def test_the_collector_is_paused_while_entries_load_and_given_back_as_it_was() -> None:
    import gc

    from generator.disk_cache import paused_collector

    assert gc.isenabled()
    with paused_collector():
        assert not gc.isenabled()
        with paused_collector():
            assert not gc.isenabled()
        assert not gc.isenabled(), "an inner pause leaves the collector to the outer one"
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_collector():
        raise ValueError("a broken entry")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_collector():
            pass
        assert not gc.isenabled(), "a collector paused by someone else stays paused"
    finally:
        gc.enable()


@pytest.mark.parametrize(("command", "frozen"), [("build", True), ("serve", False)])
def test_a_one_shot_build_freezes_its_heap_after_generation_and_serve_does_not(
    tmp_path: Path, command: str, frozen: bool
) -> None:
    """``mkdocs build`` keeps the plugin's articles and memos until it exits: they
    are frozen out of the collections MkDocs' own work starts. ``mkdocs serve``
    settles its heap after the first build instead."""
    import gc

    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    from generator.plugin import GeneratorPlugin

    write_news(tmp_path / "news")
    (tmp_path / "site").mkdir()
    project = copy_project(tmp_path / "site", tmp_path / "news")
    config = load_config(str(project / "mkdocs.yml"))
    assert any(isinstance(p, GeneratorPlugin) for p in config.plugins.values())
    config.plugins.on_startup(command=command, dirty=False)
    config = config.plugins.on_config(config)
    gc.unfreeze()
    try:
        files = config.plugins.on_files(Files([]), config=config)
        assert any(f.src_uri.startswith("articles/") for f in files)
        assert (gc.get_freeze_count() > 0) is frozen
    finally:
        gc.unfreeze()
