"""A later build from the cache's folder (a new process, CI with the folder
restored): the page memo names cached articles by their entry key, so its
inputs compare with the new run's by identity; every input that shapes a page
(a seed, its sidecars, the taxonomy, the glossary, people.yml) still changes
the pages exactly as a build from nothing would."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.cache import ArticleCache
from generator.disk_cache import PAGES_NAME
from generator.kept_values import KeptValues
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


def test_a_later_build_makes_no_topic_digest_again_unless_its_inputs_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.corpus as corpus

    project, folder, first = _built(tmp_path)
    before = _lithium_topics(generate(project, ArticleCache()).articles)
    digests: list[str] = []
    real_digest = corpus._digest

    def counting_digest(topic: Any, *args: Any) -> Any:
        digests.append(topic.slug)
        return real_digest(topic, *args)

    monkeypatch.setattr(corpus, "_digest", counting_digest)
    assert generate(project, ArticleCache.on_disk(folder)).pages == first
    assert digests == []
    edit_lithium_lead(project.seeds_dir)
    edited = generate(project, ArticleCache.on_disk(folder))
    # The digests of the topics the article had or has now, no other.
    after = _lithium_topics(edited.articles)
    assert before != after
    assert sorted(digests) == sorted(before | after)
    monkeypatch.setattr(corpus, "_digest", real_digest)
    assert edited.pages == generate(project, ArticleCache()).pages


def test_an_earlier_item_is_made_again_only_when_its_articles_or_what_they_share_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import generator.earlier as earlier
    from generator.corpus import build_corpus
    from tests.test_earlier import TAXONOMY, make

    draft = make("d", 20, ("rare-earths", "wto"), ("Ana Diaz",))
    older = [make("a", 5, ("rare-earths",), ("Ana Diaz",)), make("b", 6, ("wto",))]
    filler = [make(f"z{n}", 1, ("lithium",)) for n in range(4)]
    site = [draft, *older, *filler]
    items: list[tuple[str, str]] = []
    real_item = earlier._item_of

    def counting_item(mine: Any, article: Any, other: Any, *args: Any) -> Any:
        items.append((article.slug, other.slug))
        return real_item(mine, article, other, *args)

    monkeypatch.setattr(earlier, "_item_of", counting_item)
    kept = KeptValues()
    first = build_corpus(site, TAXONOMY, kept=kept).earlier
    assert sorted(items) == [("d", "a"), ("d", "b")]
    items.clear()
    assert build_corpus(site, TAXONOMY, kept=kept).earlier == first and items == []
    # One earlier article retitled: its item alone; one more article (every
    # weight moves, not what the draft shares with "a" nor its order): none.
    retitled = replace(older[1], title="A new title")
    now = [draft, older[0], retitled, *filler]
    changed = build_corpus(now, TAXONOMY, kept=kept).earlier
    assert items == [("d", "b")] and changed["d"][1].title == "A new title"
    items.clear()
    grown = [*now, make("z9", 2, ("lithium",))]
    assert build_corpus(grown, TAXONOMY, kept=kept).earlier["d"] == changed["d"]
    assert items == []
    assert build_corpus(grown, TAXONOMY, kept=KeptValues()).earlier["d"] == changed["d"]


def _lithium_topics(articles: Any) -> set[str]:
    return set(next(a for a in articles if a.slug == LITHIUM_SLUG).topics)


def test_kept_values_are_made_again_when_any_input_differs() -> None:
    kept = KeptValues()
    calls: list[int] = []

    def make(n: int) -> Callable[[], int]:
        return lambda: calls.append(n) or n

    assert kept.get("a", (1, "x"), make(1)) == 1 and kept.changed
    kept.changed = False
    assert kept.get("a", (1, "x"), make(2)) == 1 and not kept.changed
    assert kept.get("a", (1, "y"), make(3)) == 3
    assert kept.get("a", (1, "y", 0), make(4)) == 4
    assert kept.get("b", (2,), make(5)) == 5
    kept.end_run()
    assert set(kept.values) == {"a", "b"}
    # A run that asks only for "b" forgets "a".
    kept.changed = False
    assert kept.get("b", (2,), make(6)) == 5
    kept.end_run()
    assert set(kept.values) == {"b"} and kept.changed
    assert calls == [1, 3, 4, 5]


def test_the_taxonomy_is_validated_again_only_when_its_bytes_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.project as project_module

    project, folder, first = _built(tmp_path)
    parsed: list[str] = []
    real = project_module.taxonomy_from_bytes

    def counting(raw: bytes, shown: str) -> Any:
        parsed.append(shown)
        return real(raw, shown)

    monkeypatch.setattr(project_module, "taxonomy_from_bytes", counting)
    assert generate(project, ArticleCache.on_disk(folder)).pages == first
    assert parsed == []
    _edit_taxonomy(project.seeds_dir)
    edited = generate(project, ArticleCache.on_disk(folder)).pages
    assert parsed == ["seeds/topics.yml"]
    assert edited == generate(project, ArticleCache()).pages
    # A broken taxonomy is reported every time, never kept.
    (project.seeds_dir / "topics.yml").write_text("- slug: [not, a, slug]\n", encoding="utf-8")
    for _ in range(2):
        result = generate(project, ArticleCache.on_disk(folder))
        assert any("topics.yml" in str(d) for d in result.errors)


def test_a_card_key_is_the_hash_of_its_fields_in_order_as_before() -> None:
    """The kept pictures in the cache's folder stay valid: the key of a card is
    made from the same bytes as when it was made from ``astuple``."""
    import dataclasses
    import hashlib

    from generator.social import card as card_module

    card = card_module.Card("A title", "Kicker", "Foot", "Site", "Summary")
    digest = hashlib.sha256()
    for part in (*dataclasses.astuple(card), card_module.DESIGN, card_module._environment()):
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)
    assert card_module.card_key(card) == digest.hexdigest()


@pytest.mark.parametrize(
    "rel", ["index.md", "articles/a-b.md", "topics/x/2025-03.md", "a//b.md", "a/b/", "a/./b"]
)
def test_a_page_path_lands_where_pure_paths_put_it(tmp_path: Path, rel: str) -> None:
    import os
    from pathlib import PurePosixPath

    from generator.output import resolve_inside

    expected = Path(os.path.join(tmp_path, *PurePosixPath(rel).parts))
    assert resolve_inside(tmp_path, rel) == expected


@pytest.mark.parametrize("rel", ["../x.md", "a/../../x.md", "/etc/passwd", "", "a\x00b"])
def test_a_page_path_that_could_escape_is_refused(tmp_path: Path, rel: str) -> None:
    from generator.output import OutputError, resolve_inside

    with pytest.raises(OutputError):
        resolve_inside(tmp_path, rel)
