"""A later build from the cache's folder (a new process, CI with the folder
restored): the page memo names cached articles by their entry key, so its
inputs compare with the new run's by identity; every input that shapes a page
(a seed, its sidecars, the taxonomy, the glossary, people.yml) still changes
the pages exactly as a build from nothing would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.cache import ArticleCache
from generator.disk_cache import PAGES_NAME
from generator.pages.jobs import Job, Site
from generator.pages.memo import PageMemo
from generator.paths import article_path
from generator.pipeline import Project, generate
from tests.spies import article_calls
from tests.test_incremental import LITHIUM_SEED, edit_lithium_lead
from tests.test_robustness import write_news

LITHIUM_SLUG = "chile-s-lithium-auction-draws-bids-from-three-continents"


def _built(tmp_path: Path) -> tuple[Project, Path, dict[str, str]]:
    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    folder = tmp_path / "cache"
    first = generate(project, ArticleCache.on_disk(folder))
    return project, folder, dict(first.pages)


def test_the_saved_page_memo_holds_the_cached_articles_themselves(tmp_path: Path) -> None:
    project, folder, first = _built(tmp_path)
    later = ArticleCache.on_disk(folder)
    kept = later.pages.pages[article_path(LITHIUM_SLUG)][0][0]
    assert any(entry.article is kept for entry in later.entries.values())
    assert generate(project, later).pages == first
    assert later.made == []
    # A build that changed nothing does not write it again.
    before = (folder / PAGES_NAME).stat().st_mtime_ns
    generate(project, ArticleCache.on_disk(folder))
    assert (folder / PAGES_NAME).stat().st_mtime_ns == before


def test_a_page_whose_article_entry_is_gone_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry deleted (or broken) between builds: the memo loads without it, the
    seed is annotated again and every page that showed it is rendered again."""
    import generator.pages.article as article_pages

    project, folder, first = _built(tmp_path)
    cache = ArticleCache.on_disk(folder)
    key = next(k for k, e in cache.entries.items() if e.article.slug == LITHIUM_SLUG)
    entry_file = folder / key[:2] / f"{key}.pickle"
    assert entry_file.is_file()
    entry_file.write_bytes(b"broken")
    rendered = article_calls(monkeypatch, article_pages, "render_article")
    later = ArticleCache.on_disk(folder)
    assert generate(project, later).pages == first
    assert [p.name for p in later.made] == [LITHIUM_SEED]
    assert LITHIUM_SLUG in rendered


def _edit_seed(seeds: Path) -> None:
    edit_lithium_lead(seeds)


def _add_meta(seeds: Path) -> None:
    (seeds / "gallium-prices.meta.yml").write_text("date: 2025-03-14\n", encoding="utf-8")


def _add_analysis(seeds: Path) -> None:
    (seeds / "lithium-auction.analysis.md").write_text(
        "Thin supply keeps the auction tight.\n", encoding="utf-8"
    )


def _edit_taxonomy(seeds: Path) -> None:
    path = seeds / "topics.yml"
    text = path.read_text(encoding="utf-8")
    assert "  title: Rare earths\n" in text
    path.write_text(text.replace("  title: Rare earths\n", "  title: Rare-earth elements\n"))


def _edit_glossary(seeds: Path) -> None:
    # A term the lithium article uses (the shipped glossary's are not in the news).
    assert "salt-flat" in (seeds / LITHIUM_SEED).read_text(encoding="utf-8")
    with (seeds / "glossary.yml").open("a", encoding="utf-8") as glossary:
        glossary.write("salt-flat: A dry lake bed whose brine holds lithium\n")


EDITS: dict[str, Callable[[Path], None]] = {
    "seed": _edit_seed,
    "meta sidecar": _add_meta,
    "analysis sidecar": _add_analysis,
    "taxonomy": _edit_taxonomy,
    "glossary": _edit_glossary,
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_each_input_changes_a_later_build_as_a_build_from_nothing(
    tmp_path: Path, edit: str
) -> None:
    project, folder, first = _built(tmp_path)
    EDITS[edit](project.seeds_dir)
    later = generate(project, ArticleCache.on_disk(folder)).pages
    fresh = generate(project, ArticleCache()).pages
    assert later == fresh
    assert later != first
    # And the build after that, from what this one saved, too.
    assert generate(project, ArticleCache.on_disk(folder)).pages == fresh


def test_people_yml_changes_a_later_build_as_a_build_from_nothing(tmp_path: Path) -> None:
    """people.yml makes new article objects from the cached ones (not entries):
    the memo keeps those in full and compares them field by field."""
    project, folder, first = _built(tmp_path)
    (project.seeds_dir / "people.yml").write_text(
        "- name: Aurora B. Williams\n  aliases: [Aurora Williams]\n"
        "  description: Chile's mining minister.\n",
        encoding="utf-8",
    )
    later = generate(project, ArticleCache.on_disk(folder)).pages
    fresh = generate(project, ArticleCache()).pages
    assert later == fresh
    assert later != first
    again = ArticleCache.on_disk(folder)
    assert generate(project, again).pages == fresh


def test_a_later_build_renders_no_month_page_whose_rows_are_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.pages.listings as listings

    project, folder, first = _built(tmp_path)
    months: list[str] = []
    real_month = listings.render_month

    def counting_month(key: str, items: object) -> str:
        months.append(key)
        return real_month(key, items)  # type: ignore[arg-type]

    monkeypatch.setattr(listings, "render_month", counting_month)
    assert generate(project, ArticleCache.on_disk(folder)).pages == first
    assert months == []
    edit_lithium_lead(project.seeds_dir)
    edited = generate(project, ArticleCache.on_disk(folder)).pages
    assert len(months) == 1
    monkeypatch.setattr(listings, "render_month", real_month)
    assert edited == generate(project, ArticleCache()).pages


class _Same:
    """Equal to another ``_Same`` of the same value, never identical to it."""

    def __init__(self, value: int) -> None:
        self.value = value
        self.compared = 0

    def __eq__(self, other: object) -> bool:
        self.compared += 1
        return isinstance(other, _Same) and other.value == self.value

    __hash__ = None  # type: ignore[assignment]


def _job(path: str, *shows: object) -> Job:
    return Job(path, lambda site: f"{path} {site.name}", shows)


def test_an_input_many_pages_share_is_compared_once_a_run_and_never_wrongly() -> None:
    site = Site("S")
    memo = PageMemo()
    shared_old = _Same(1)
    memo.make([_job("a.md", shared_old, 1), _job("b.md", shared_old, 2)], site)
    memo.keep_only(["a.md", "b.md"])
    shared_new = _Same(1)
    kept = memo.make([_job("a.md", shared_new, 1), _job("b.md", shared_new, 2)], site)
    assert kept == {"a.md": "a.md S", "b.md": "b.md S"}
    assert shared_old.compared == 1
    memo.keep_only(["a.md", "b.md"])
    # Another object, unequal, in the place of the one found equal: not kept.
    memo.pages["c.md"] = ((shared_old,), "old c")
    assert memo.kept(_job("c.md", _Same(2))) is None
    assert memo.kept(_job("c.md", _Same(1))) == "old c"
    assert memo.kept(_job("c.md", shared_old, 3)) is None
