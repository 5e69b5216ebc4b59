"""An automated draft's earlier articles: chosen among those dated before, by what
they share and how rare it is, with their own analyses' bottom lines; linked,
escaped, and made again when an earlier article changes."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

import generator.pages.article as article_pages
from generator.analysis import draft_analysis
from generator.cache import ArticleCache
from generator.corpus import build_corpus
from generator.earlier import EARLIER_HEADING, EarlierArticle, earlier_section
from generator.model import Analysis, Article, Block, Entity, Section
from generator.pages.article import render_article
from generator.paths import article_path
from generator.pipeline import Project, generate
from generator.taxonomy import Taxonomy, Topic

from .conftest import copy_project, corpus_seeds, run_mkdocs

TAXONOMY = Taxonomy(
    (Topic("rare-earths", "Rare earths"), Topic("wto", "WTO"), Topic("tariffs", "Tariffs"))
)


def real(text: str) -> Analysis:
    return Analysis("REEx Analysis", (Section(None, (Block.plain(text, 9),), 9),), "seed", 8)


def make(
    slug: str,
    day: int | None,
    topics: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
    analysis: Analysis | None = None,
) -> Article:
    article = Article(
        path=f"seeds/{slug}.txt",
        title=f"Title of {slug}",
        slug=slug,
        date=dt.date(2025, 3, day) if day else None,
        topics=topics,
        entities=tuple(Entity(name, "person", "analyst", 2) for name in people),
    )
    return replace(article, analysis=analysis or draft_analysis(article))


def earlier_of(articles: list[Article], slug: str) -> tuple[EarlierArticle, ...]:
    """On a site where the stories' topics are not in most articles (as many again
    on another topic beside them)."""
    filler = [make(f"z{n}", 1, ("lithium",)) for n in range(len(articles))]
    return build_corpus([*articles, *filler], TAXONOMY).earlier.get(slug, ())


def test_only_articles_dated_before_count() -> None:
    me = make("me", 10, ("wto",))
    before, same_day, after = (
        make("b", 9, ("wto",)),
        make("s", 10, ("wto",)),
        make("a", 11, ("wto",)),
    )
    undated = make("u", None, ("wto",))
    assert [e.slug for e in earlier_of([me, before, same_day, after, undated], "me")] == ["b"]
    assert earlier_of([me, before, undated], "u") == ()


def test_a_shared_person_and_a_rare_topic_beat_a_topic_every_article_has() -> None:
    me = make("me", 20, ("rare-earths", "wto"), ("Ana Ruiz",))
    common = [make(f"c{n}", n, ("rare-earths",)) for n in range(10, 13)]
    rare_topic = make("wto", 2, ("wto",))
    person = make("ruiz", 1, ("rare-earths",), ("Ana Ruiz",))
    others = [make(f"x{n}", n, ("tariffs",)) for n in range(3, 7)]
    chosen = earlier_of([me, *common, rare_topic, person, *others], "me")
    assert [e.slug for e in chosen] == ["ruiz", "wto", "c12"]
    assert chosen[0].names == ("Ana Ruiz",) and chosen[0].topics == ("Rare earths",)
    assert chosen[1].topics == ("WTO",)


def test_what_most_articles_have_links_nothing() -> None:
    me = make("me", 20, ("rare-earths",))
    others = [make(f"o{n}", n, ("rare-earths",)) for n in range(1, 4)]
    corpus = build_corpus([me, *others, make("x", 1, ("wto",))], TAXONOMY)
    assert corpus.earlier["me"] == ()


def test_equal_shares_go_to_the_newer_article_then_the_slug() -> None:
    me = make("me", 20, ("wto",))
    older, newer, twin = make("old", 3, ("wto",)), make("new", 8, ("wto",)), make("a", 8, ("wto",))
    assert [e.slug for e in earlier_of([older, me, twin, newer], "me")] == ["a", "new", "old"]


def test_at_most_three_and_nothing_shared_is_nothing() -> None:
    me = make("me", 20, ("wto",))
    many = [make(f"e{n}", n, ("wto",)) for n in range(1, 8)]
    assert len(earlier_of([me, *many, make("x", 1, ("tariffs",))], "me")) == 3
    assert earlier_of([me, make("x", 1, ("tariffs",))], "me") == ()


def test_only_drafts_get_earlier_articles() -> None:
    written = make("w", 20, ("wto",), analysis=real("Our view."))
    assert "w" not in build_corpus([written, make("e", 1, ("wto",))], TAXONOMY).earlier


def test_bottom_lines_come_from_real_analyses_never_from_drafts() -> None:
    me = make("me", 20, ("wto",))
    seed = make("seed", 5, ("wto",), analysis=real("Talks help. Quotas are the new tariffs."))
    draft = make("draft", 6, ("wto",))
    chosen = {e.slug: e.bottom_line for e in earlier_of([me, seed, draft], "me")}
    assert chosen == {"seed": "Quotas are the new tariffs.", "draft": None}


def test_the_section_links_and_escapes() -> None:
    earlier = EarlierArticle(
        "Gallium <script>alert(1)</script>",
        "gallium",
        dt.date(2025, 3, 2),
        ("WTO", "Tariffs"),
        ("Ana Ruiz",),
        "Buy *now* <b>or</b> never.",
    )
    section = earlier_section([earlier], lambda slug: f"{slug}.md", 7)
    assert section is not None and section.heading == EARLIER_HEADING
    assert section.blocks[0].text == (
        "Gallium <script>alert(1)</script>, March 2, 2025, on WTO and Tariffs, with Ana Ruiz. "
        "Its analysis concluded: “Buy *now* <b>or</b> never.”"
    )
    assert earlier_section([], lambda slug: slug, 7) is None
    me = make("me", 20, ("wto",))
    page = render_article(me, (), TAXONOMY, {}, earlier=(earlier,))
    assert "<script>" not in page and "<b>or</b>" not in page
    assert "[Gallium &lt;" in page and "](gallium.md)" in page
    assert "### Earlier on this site" in page


def test_a_draft_page_is_made_again_when_an_earlier_article_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page memo compares what a draft shows of earlier articles: a new bottom
    line in an earlier article's sidecar re-renders the later draft, and only the
    pages that show it."""
    seeds = corpus_seeds(tmp_path / "seeds")
    project = Project(tmp_path, seeds, site_name="S", site_description="T")
    cache = ArticleCache()
    generate(project, cache)
    rendered: list[str] = []
    real_render = article_pages.render_article

    def counting_render(article, *args, **kwargs):  # type: ignore[no-untyped-def]
        rendered.append(article.slug)
        return real_render(article, *args, **kwargs)

    monkeypatch.setattr(article_pages, "render_article", counting_render)
    truce = article_path("u-s-and-china-agree-90-day-tariff-truce-after-geneva-talks")
    beijing = seeds / "beijing-conditional-openness.txt"
    beijing.write_text(
        beijing.read_text(encoding="utf-8").replace(
            "resilience in the critical mineral and rare earth supply chain must commence.",
            "resilience must start with processing at home.",
        ),
        encoding="utf-8",
    )
    edited = generate(project, cache)
    assert "resilience must start with processing at home." in edited.pages[truce]
    assert sorted(rendered) == [
        "beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out",
        "u-s-and-china-agree-90-day-tariff-truce-after-geneva-talks",
    ]
    monkeypatch.setattr(article_pages, "render_article", real_render)
    assert edited.pages == generate(project, ArticleCache()).pages


@pytest.mark.build
def test_the_draft_links_build_under_strict(tmp_path: Path) -> None:
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", corpus_seeds(tmp_path / "seeds"))
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    html = (
        project / "site/articles/u-s-and-china-agree-90-day-tariff-truce-after-geneva-talks"
        "/index.html"
    ).read_text(encoding="utf-8")
    section = html.split('id="reex-analysis"', 1)[1].split("</section>", 1)[0]
    assert (
        'href="../beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out/"'
        in section
    )
    assert "must commence." in section and "automated draft" in html


def test_the_feed_shows_the_same_draft_with_absolute_links(tmp_path: Path) -> None:
    seeds = corpus_seeds(tmp_path / "seeds")
    project = Project(tmp_path, seeds, site_url="https://example.org/reex/", site_name="S")
    feed = json.loads(generate(project).pages["feeds/feed.json"])
    (item,) = [i for i in feed["items"] if "tariff-truce" in i["url"]]
    html = item["content_html"]
    assert "<h3>Earlier on this site</h3>" in html
    assert (
        '<a href="https://example.org/reex/articles/'
        'beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out/">'
    ) in html
    assert "must commence.” </em>" not in html and "must commence.”</em>" in html


def test_without_a_site_address_the_feed_links_from_the_feed_file(tmp_path: Path) -> None:
    seeds = corpus_seeds(tmp_path / "seeds")
    rss = generate(Project(tmp_path, seeds, site_name="S")).pages["feeds/rss.xml"]
    beijing = "beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out"
    assert f'href="../articles/{beijing}/"' in rss
