"""Fast rebuilds stay correct: cached pages equal fresh ones, and after a dirty
MkDocs rebuild the search index equals the one a clean build writes."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import generator.pages.article as article_pages
import generator.pages.topics as topic_pages
from generator.cache import ArticleCache
from generator.paths import article_path
from generator.pipeline import Project, generate
from generator.search_index import SearchEntries
from tests.conftest import copy_project
from tests.spies import article_calls
from tests.test_robustness import write_news

LITHIUM_SEED = "lithium-auction.txt"
LITHIUM_PAGE = article_path("chile-s-lithium-auction-draws-bids-from-three-continents")
# The lead paragraph gains two sentences (so the summary on listing and topic
# pages changes too) naming a topic the article did not have: twice, as one
# sentence is not evidence enough for a topic since the topic rules of 5b1540b.
OLD_LEAD = "in the sector."
NEW_LEAD = (
    "in the sector. Officials said tariffs on battery-grade carbonate were not on the table."
    " Buyers said new tariffs would hit carbonate imports first."
)


def edit_lithium_lead(seeds: Path) -> None:
    seed = seeds / LITHIUM_SEED
    text = seed.read_text(encoding="utf-8")
    assert OLD_LEAD in text
    seed.write_text(text.replace(OLD_LEAD, NEW_LEAD), encoding="utf-8")


def test_a_rebuild_renders_only_touched_articles_and_matches_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    cache = ArticleCache()
    first = generate(project, cache)
    real_render = article_pages.render_article
    rendered = article_calls(monkeypatch, article_pages, "render_article")
    again = generate(project, cache)
    assert again.pages == first.pages
    assert rendered == []

    edit_lithium_lead(project.seeds_dir)
    edited = generate(project, cache)
    assert LITHIUM_PAGE in edited.pages and "carbonate" in edited.pages[LITHIUM_PAGE]
    assert "chile-s-lithium-auction-draws-bids-from-three-continents" in rendered
    assert len(rendered) < len(edited.articles)
    monkeypatch.setattr(article_pages, "render_article", real_render)
    assert edited.pages == generate(project, ArticleCache()).pages


def test_an_edit_no_topic_page_shows_renders_no_topic_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later paragraph is on the article's page only: its topic pages (which list
    title, date and summary) are kept; a new summary renders them again."""
    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    cache = ArticleCache()
    generate(project, cache)
    rendered: list[str] = []
    real_render_topic = topic_pages.render_topic

    def counting_render_topic(digest, pieces=None, months=(), people=None):  # type: ignore[no-untyped-def]
        rendered.append(digest.topic.slug)
        return real_render_topic(digest, pieces, months, people)

    monkeypatch.setattr(topic_pages, "render_topic", counting_render_topic)
    seed = project.seeds_dir / LITHIUM_SEED
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("watch the terms closely.", "watch the royalty terms."), "utf-8")
    body_edit = generate(project, cache)
    assert "royalty terms" in body_edit.pages[LITHIUM_PAGE]
    assert rendered == []

    edit_lithium_lead(project.seeds_dir)
    summary_edit = generate(project, cache)
    assert rendered, "the lithium article's topic pages show its new summary"
    monkeypatch.setattr(topic_pages, "render_topic", real_render_topic)
    assert summary_edit.pages == generate(project, ArticleCache()).pages


def test_a_rebuild_makes_feeds_only_where_an_item_changed_and_as_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Feed items' HTML is kept per article object across rebuilds, and a feed
    whose items are the same is not written out again."""
    import generator.pages.feed_content as feed_content
    import generator.pages.feeds as feeds

    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    cache = ArticleCache()
    first = generate(project, cache)
    made: list[str] = []
    real_html, real_rss = feed_content.article_html, feeds.rss_document

    def counting_html(article, *args):  # type: ignore[no-untyped-def]
        made.append(article.slug)
        return real_html(article, *args)

    def counting_rss(feed):  # type: ignore[no-untyped-def]
        made.append(feed.rss_url)
        return real_rss(feed)

    monkeypatch.setattr(feeds, "article_html", counting_html)
    monkeypatch.setattr(feeds, "rss_document", counting_rss)
    assert generate(project, cache).pages == first.pages
    assert made == []

    edit_lithium_lead(project.seeds_dir)
    edited = generate(project, cache)
    lithium = "chile-s-lithium-auction-draws-bids-from-three-continents"
    assert lithium in made and any(m.endswith("feeds/rss.xml") for m in made)
    assert len([m for m in made if not m.endswith(".xml")]) < len(edited.articles)
    assert "carbonate" in edited.pages["feeds/rss.xml"]
    monkeypatch.setattr(feeds, "article_html", real_html)
    monkeypatch.setattr(feeds, "rss_document", real_rss)
    assert edited.pages == generate(project, ArticleCache()).pages


def add_copy_of(seeds: Path, template: str, title: str) -> Path:
    """A new seed: the template's text under another headline (as the benchmark adds one)."""
    body = (seeds / template).read_text(encoding="utf-8").split("\n", 1)[1]
    seed = seeds / "added-copy.txt"
    seed.write_text(f"{title}\n{body}", encoding="utf-8")
    return seed


def test_an_added_then_deleted_seed_gives_the_pages_of_a_clean_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding a seed moves every feature's weight, so other articles' related and
    earlier lists change too; the warm rebuild brings the rankings up to date
    without ranking the site again, and its pages are a clean build's, to the byte."""
    import generator.rank_update as rank_update
    from bench.corpus import write_corpus

    write_corpus(60, tmp_path / "seeds")
    project = Project.at(tmp_path)
    cache = ArticleCache()
    first = generate(project, cache)
    in_full: list[int] = []
    real_rank_all = rank_update.rank_all

    def counting_rank_all(*args: Any) -> Any:
        in_full.append(1)
        return real_rank_all(*args)

    monkeypatch.setattr(rank_update, "rank_all", counting_rank_all)
    seed = add_copy_of(project.seeds_dir, "article-00030.txt", "Added Copy Lifts Magnet Output")
    added = generate(project, cache)
    assert article_path("added-copy-lifts-magnet-output") in added.pages
    assert in_full == []
    changed = [p for p, page in added.pages.items() if first.pages.get(p) != page]
    assert any(p.startswith("articles/") and "added-copy" not in p for p in changed)
    assert added.pages == generate(project, ArticleCache()).pages

    seed.unlink()
    in_full.clear()
    deleted = generate(project, cache)
    assert in_full == []
    assert deleted.pages == first.pages


def entry(location: str, text: str = "") -> dict[str, str]:
    return {"location": location, "title": location or "Home", "text": text}


def test_search_entries_replace_rebuilt_pages_and_keep_the_others_in_page_order() -> None:
    entries = SearchEntries()
    pages = ["", "articles/a/", "articles/b/", "topics/t/"]
    full = [
        entry(""),
        entry("#latest"),
        entry("articles/a/", "old a"),
        entry("articles/a/#quotes", "old quotes"),
        entry("articles/b/"),
        entry("topics/t/"),
    ]
    assert entries.merge(full, pages, pages) == full

    # A dirty rebuild of a and the home page: Material hands over only their entries,
    # the home page first, whose location "" is a prefix of every other.
    fresh = [entry("", "new home"), entry("articles/a/", "new a")]
    merged = entries.merge(fresh, ["", "articles/a/"], pages)
    assert merged == [fresh[0], fresh[1], full[4], full[5]]

    # A page that is gone (its seed deleted) leaves the index.
    assert entries.merge([], [], ["", "articles/a/", "topics/t/"]) == [*fresh, full[5]]


def test_search_entries_start_from_an_index_an_earlier_build_wrote(tmp_path: Path) -> None:
    index = tmp_path / "search_index.json"
    index.write_text(json.dumps({"config": {}, "docs": [entry("articles/a/", "kept")]}))
    entries = SearchEntries()
    entries.load(index)
    merged = entries.merge(
        [entry("articles/b/", "new")], ["articles/b/"], ["articles/a/", "articles/b/"]
    )
    assert [e["text"] for e in merged] == ["kept", "new"]
    entries.load(tmp_path / "missing.json")  # No index yet: nothing to start from.


class DirtyServe:
    """Dirty rebuilds into one site folder, as ``mkdocs serve --dirty`` makes them,
    beside a clean build of the same project."""

    def __init__(self, tmp_path: Path) -> None:
        (tmp_path / "project").mkdir()
        self.project = copy_project(tmp_path / "project")
        shutil.rmtree(self.project / "seeds")
        self.seeds = write_news(self.project / "seeds")
        self.served = tmp_path / "served"
        self.clean = tmp_path / "clean"

    def build(self) -> Any:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        config = load_config(str(self.project / "mkdocs.yml"), site_dir=str(self.served))
        config.plugins.on_startup(command="serve", dirty=True)
        build(config, dirty=True)
        return next(p for p in config.plugins.values() if hasattr(p, "compiled_templates"))

    def indexes(self) -> tuple[list[Any], list[Any]]:
        """The served index's entries and a clean build's."""
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        shutil.rmtree(self.clean, ignore_errors=True)
        build(load_config(str(self.project / "mkdocs.yml"), site_dir=str(self.clean)))
        served = json.loads((self.served / "search" / "search_index.json").read_text())
        clean = json.loads((self.clean / "search" / "search_index.json").read_text())
        return served["docs"], clean["docs"]


@pytest.mark.build
def test_dirty_rebuild_keeps_the_search_index_equal_to_a_clean_build(tmp_path: Path) -> None:
    serve = DirtyServe(tmp_path)
    serve.build()
    edit_lithium_lead(serve.seeds)
    plugin = serve.build()
    rebuilt = plugin.dirty_index.rebuilt
    assert "articles/chile-s-lithium-auction-draws-bids-from-three-continents/" in rebuilt
    assert len(rebuilt) > 1, "the edit should touch listing and topic pages as well"
    assert len(rebuilt) < len(plugin.dirty_index.page_urls)

    served_docs, clean_docs = serve.indexes()
    assert any("carbonate" in doc["text"] for doc in served_docs)
    assert served_docs == clean_docs


@pytest.mark.build
def test_dirty_rebuilds_after_an_addition_and_a_deletion_keep_a_clean_builds_index(
    tmp_path: Path,
) -> None:
    """A seed added, then deleted: its page and entries come, then go, and the
    other pages its addition changed are the clean build's too."""
    serve = DirtyServe(tmp_path)
    serve.build()
    added = add_copy_of(serve.seeds, LITHIUM_SEED, "Bolivia Opens a Lithium Auction of Its Own")
    plugin = serve.build()
    location = "articles/bolivia-opens-a-lithium-auction-of-its-own/"
    assert location in plugin.dirty_index.rebuilt
    served_docs, clean_docs = serve.indexes()
    assert any(doc["location"] == location for doc in served_docs)
    assert served_docs == clean_docs

    added.unlink()
    serve.build()
    served_docs, clean_docs = serve.indexes()
    assert not any(doc["location"].startswith(location) for doc in served_docs)
    assert not (serve.served / location / "index.html").exists()
    assert served_docs == clean_docs


def test_compiled_templates_are_kept_across_environments_until_a_template_changes(
    tmp_path: Path,
) -> None:
    """MkDocs makes a new Jinja environment for every rebuild; the plugin's bytecode
    cache spares compiling the theme again, but never serves an edited template stale."""
    import jinja2

    from generator.template_cache import MemoryBytecodeCache

    class CountingCache(MemoryBytecodeCache):
        dumps = 0

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            CountingCache.dumps += 1
            super().dump_bytecode(bucket)

    (tmp_path / "page.html").write_text("Hello {{ name }}", encoding="utf-8")
    compiled = CountingCache()

    def render() -> str:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(tmp_path))
        env.bytecode_cache = compiled
        return env.get_template("page.html").render(name="reader")

    assert render() == "Hello reader"
    assert CountingCache.dumps == 1
    assert render() == "Hello reader"
    assert CountingCache.dumps == 1, "the second environment compiled nothing"
    (tmp_path / "page.html").write_text("Goodbye {{ name }}", encoding="utf-8")
    assert render() == "Goodbye reader"
    assert CountingCache.dumps == 2


def test_a_seed_is_read_once_and_annotated_from_the_bytes_its_key_was_made_from(
    tmp_path: Path,
) -> None:
    """Workers annotate the bytes the cache key was hashed from, not the file again:
    a save after the read changes nothing in this run, and the next run reads it."""
    from generator.annotate import annotate_source
    from generator.cache import input_key
    from generator.reader.source import SeedSource, read_sources
    from generator.taxonomy import Taxonomy

    def annotate_many(batch: Sequence[SeedSource]) -> list[Any]:
        return [annotate_source(source, Taxonomy(())) for source in batch]

    seed = tmp_path / "a.txt"
    seed.write_text("First title\n\nA paragraph.\n", encoding="utf-8")
    cache = ArticleCache()
    sources = read_sources([seed], lambda path: path.name)
    seed.write_text("Second title\n\nA paragraph.\n", encoding="utf-8")
    first = cache.annotate(sources, b"", annotate_many)
    source = sources[seed]
    assert isinstance(source, SeedSource)
    assert [a.title for a in first.articles] == ["First title"]
    assert list(cache.entries) == [input_key(source, b"")]

    again = cache.annotate(read_sources([seed], lambda path: path.name), b"", annotate_many)
    assert [a.title for a in again.articles] == ["Second title"] and cache.made == [seed]


def test_every_input_file_is_opened_once_a_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seeds, sidecars, taxonomy and glossary: one read each, under one policy."""
    import generator.reader.source as source_module

    project = Project.at(tmp_path)
    seeds = write_news(tmp_path / "seeds")
    (seeds / "lithium-auction.analysis.md").write_text("Thin supply.\n", encoding="utf-8")
    (seeds / "gallium-prices.meta.yml").write_text("date: 2025-03-14\n", encoding="utf-8")
    (seeds / "glossary.yml").write_text("EU: European Union\n", encoding="utf-8")
    opened: list[str] = []
    real_open = source_module.os.open

    def counting_open(path: Any, *args: Any, **kwargs: Any) -> int:
        opened.append(Path(path).name)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(source_module.os, "open", counting_open)
    generate(project)
    inputs = sorted(p.name for p in seeds.iterdir())
    assert sorted(opened) == inputs


def test_a_rebuild_works_out_the_rows_of_changed_articles_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row's chips need the article's main topic, read from its whole text: kept
    for the articles the cache hands back unchanged."""
    import generator.pages.rows as rows

    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    cache = ArticleCache()
    first = generate(project, cache)
    worked_out: list[str] = []
    real_to = rows.ArticleLink.to.__func__  # type: ignore[attr-defined]

    def counting_to(cls, article, taxonomy=None):  # type: ignore[no-untyped-def]
        worked_out.append(article.slug)
        return real_to(cls, article, taxonomy)

    monkeypatch.setattr(rows.ArticleLink, "to", classmethod(counting_to))
    assert generate(project, cache).pages == first.pages
    assert worked_out == []
    edit_lithium_lead(project.seeds_dir)
    edited = generate(project, cache)
    assert worked_out == ["chile-s-lithium-auction-draws-bids-from-three-continents"]
    monkeypatch.setattr(rows.ArticleLink, "to", classmethod(real_to))
    assert edited.pages == generate(project, ArticleCache()).pages


def test_topic_digests_are_made_again_only_for_the_topics_of_a_changed_article(
    tmp_path: Path,
) -> None:
    from dataclasses import replace

    from generator.corpus import build_corpus
    from generator.project import read_taxonomy

    project = Project.at(tmp_path)
    write_news(tmp_path / "seeds")
    result = generate(project)
    taxonomy, _ = read_taxonomy(project, [])
    articles = list(result.articles)
    first = build_corpus(articles, taxonomy).topics
    again = build_corpus(articles, taxonomy).topics
    assert all(a is b for a, b in zip(first, again, strict=True))

    edited = replace(articles[0], title=articles[0].title + " (updated)")
    after = build_corpus([edited, *articles[1:]], taxonomy).topics
    for before, now in zip(first, after, strict=True):
        shows_it = before.topic.slug in articles[0].topics
        assert (now is before) != shows_it, before.topic.slug
        if shows_it:
            assert edited in now.articles
    assert any(t.slug in articles[0].topics for t in taxonomy.topics)
