"""Home cards, the latest articles, the archive by month, and topic pages by month;
adding or deleting an article changes only the pages that show it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from generator.corpus import build_corpus
from generator.model import Article, Block, Section
from generator.pages.listings import PAGE_SIZE, Site, render_listing_pages
from generator.taxonomy import Taxonomy, Topic

TAXONOMY = Taxonomy((Topic("tariffs", "Tariffs", ("tariff",), "Import taxes."),))
SITE = Site("Site", "About <b>it</b>.")


def article(n: int, day: dt.date | None) -> Article:
    lead = Section(None, (Block.plain(f"Lead paragraph number {n} about tariffs.", 3),), 3)
    return Article(
        path=f"s{n}.txt",
        title=f"Story {n}",
        slug=f"story-{n}",
        date=day,
        sections=(lead,),
        topics=("tariffs",),
    )


def pages_for(count: int) -> dict[str, str]:
    start = dt.date(2024, 1, 1)
    articles = [article(n, start + dt.timedelta(days=7 * n)) for n in range(count)]
    articles.append(article(999, None))
    corpus = build_corpus(articles, TAXONOMY)
    return render_listing_pages(corpus, TAXONOMY, SITE)


def test_the_article_list_shows_the_latest_and_sends_readers_to_the_archive() -> None:
    pages = pages_for(2 * PAGE_SIZE + 3)
    assert not [p for p in pages if p.startswith("articles/page/")]
    latest = pages["articles/index.md"]
    assert latest.index("Story 52") < latest.index("Story 51")
    assert latest.count('<article class="reex-item" markdown>') == PAGE_SIZE
    assert "Story 27" not in latest
    assert "The latest 25 of 54: every article is in the [archive](../archive/index.md)" in latest
    assert "Story 999" in pages["archive/undated.md"]  # undated articles have a page too
    assert "[Undated articles](undated.md) (1)" in pages["archive/index.md"]


def _changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}


def test_deleting_an_article_changes_only_the_pages_that_show_it() -> None:
    from generator.pages.topics import render_topic_pages

    start = dt.date(2024, 1, 1)
    articles = [article(n, start + dt.timedelta(days=3 * n)) for n in range(120)]
    corpus = build_corpus(articles, TAXONOMY)
    before = {
        **render_listing_pages(corpus, TAXONOMY, SITE),
        **render_topic_pages(corpus, TAXONOMY),
    }
    gone = articles[30]  # in February 2024, far from the newest
    rest = build_corpus([a for a in articles if a is not gone], TAXONOMY)
    after = {**render_listing_pages(rest, TAXONOMY, SITE), **render_topic_pages(rest, TAXONOMY)}
    assert _changed(before, after) == {
        "index.md",  # the topic's count on the home page
        "articles/index.md",  # "The latest 25 of 120"
        "archive/index.md",
        "archive/2024-03.md",
        "topics/index.md",
        "topics/tariffs.md",
        "topics/tariffs/2024-03.md",
    }


def test_every_link_in_listings_points_at_a_page_that_exists() -> None:
    import posixpath

    pages = pages_for(30)
    known = (
        set(pages)
        | {f"articles/story-{n}.md" for n in [*range(30), 999]}
        | {"topics/tariffs.md", "topics/index.md"}
    )
    for path, text in pages.items():
        for target in re.findall(r"\]\(([^)]+\.md)\)", text):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in known, (path, target)


def test_archive_groups_by_month_with_counts() -> None:
    pages = pages_for(10)
    archive = pages["archive/index.md"]
    assert "## 2024" in archive and "[January](2024-01.md) (5)" in archive
    assert "Story 0" in pages["archive/2024-01.md"] and "Story 999" not in archive


def test_home_shows_cards_and_escapes_site_text() -> None:
    home = pages_for(10)["index.md"]
    assert home.count('<span class="reex-card-date">') == 6
    assert "<b>" not in home.split("---", 2)[2]
    assert "[Tariffs (11)](topics/tariffs.md)" in home


def test_topic_pages_list_the_latest_then_months_with_quotes_and_people_capped() -> None:
    import posixpath

    from generator.model import Entity, Quote
    from generator.pages.topics import MAX_TOPIC_QUOTES, TOPIC_PAGE_SIZE, render_topic_pages

    start = dt.date(2024, 1, 1)
    articles = [
        replace(
            article(n, start + dt.timedelta(days=n)),
            quotes=(
                Quote(f"Quote number {n} is long enough to matter", f"Speaker {n}", 3, 4.0, True),
            ),
            entities=(Entity(f"Person {n}", "person", "analyst", 3),),
        )
        for n in range(2 * TOPIC_PAGE_SIZE + 1)
    ]
    pages = render_topic_pages(build_corpus(articles, TAXONOMY), TAXONOMY)
    first = pages["topics/tariffs.md"]
    january, february = pages["topics/tariffs/2024-01.md"], pages["topics/tariffs/2024-02.md"]
    assert {p for p in pages if p.startswith("topics/tariffs/")} == {
        "topics/tariffs/2024-01.md",
        "topics/tariffs/2024-02.md",
    }
    assert first.count('<figure class="reex-quote" markdown>') == MAX_TOPIC_QUOTES
    # Each listed person links to their page (they are given a role).
    assert first.count("**[Person ") == 40 and "Person " not in january
    assert "Story 50" in first and "Story 0" not in first
    assert "Story 0" in january and "Story 30" in january and "Story 31" in february
    assert (
        "[February 2024](tariffs/2024-02.md) (20) · [January 2024](tariffs/2024-01.md) (31)"
        in first
    )
    assert "[← February 2024](2024-02.md) · [All of Tariffs](../tariffs.md)" in january
    assert "[All of Tariffs](../tariffs.md) · [January 2024 →](2024-01.md)" in february
    for path, text in pages.items():
        for target in re.findall(r"\]\(([^)]+)\)", text):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in pages or resolved.startswith(
                ("articles/", "feeds/topics/", "people/")
            ), (
                path,
                target,
            )


def test_a_small_topic_has_no_month_pages() -> None:
    from generator.pages.topics import render_topic_pages

    start = dt.date(2024, 1, 1)
    articles = [article(n, start + dt.timedelta(days=40 * n)) for n in range(5)]
    pages = render_topic_pages(build_corpus(articles, TAXONOMY), TAXONOMY)
    assert set(pages) == {"topics/tariffs.md", "topics/index.md"}
    assert "Earlier articles" not in pages["topics/tariffs.md"]


def test_list_rows_are_items_with_a_title_a_date_line_and_a_summary() -> None:
    from generator.pages.rows import ArticleLink

    def article_item(story: Article, path: str) -> str:
        return ArticleLink.to(story).item(path)

    story = replace(
        article(1, dt.date(2025, 4, 25)),
        title="Tariffs <b>bite</b> [x](javascript:y)",
        source_name='Wire "A" & <i>B</i>',
    )
    assert article_item(story, "articles/index.md") == (
        '<article class="reex-item" markdown>\n'
        '<p class="reex-item__title" markdown>'
        "[Tariffs &lt;\u2060b&gt;bite&lt;\u2060/b&gt; \\[x\\](javascript:y)](story-1.md)</p>\n"
        '<p class="reex-item__meta"><time datetime="2025-04-25">April 25, 2025</time>'
        " · Wire &quot;A&quot; &amp; &lt;\u2060i&gt;B&lt;\u2060/i&gt;</p>\n"
        '<p class="reex-item__summary">Lead paragraph number 1 about tariffs.</p>\n'
        "</article>"
    )
    bare = replace(article(2, None), sections=())
    assert article_item(bare, "articles/index.md") == (
        '<article class="reex-item" markdown>\n'
        '<p class="reex-item__title" markdown>[Story 2](story-2.md)</p>\n'
        "</article>"
    )
    listed = pages_for(3)["articles/index.md"]
    assert listed.count('<article class="reex-item" markdown>') == 4
    assert '<div class="reex-list" markdown>' in listed and "\n- " not in listed


FOUR_TOPICS = Taxonomy(
    (
        Topic("tariffs", "Tariffs", ("tariff",), "Import taxes."),
        Topic("shipping", "Shipping", ("freight",), "Moving goods."),
        Topic("lithium", "Lithium", ("lithium",), "A battery metal."),
        Topic("ports", "Ports & <b>docks</b>", ("port",), "Where ships load."),
    )
)


def test_a_row_shows_three_topic_chips_at_most_its_main_topic_first() -> None:
    """The main topic is the kicker's (named in the headline and most often), not the
    first the extractor found; the rows link each chip to its topic page."""
    from generator.pages.rows import ArticleLink

    lead = "A tariff on freight through the port, and lithium. Lithium prices fell; lithium."
    story = replace(
        article(1, dt.date(2025, 4, 25)),
        title="Lithium exporters wait",
        sections=(Section(None, (Block.plain(lead, 3),), 3),),
        topics=("tariffs", "ports", "shipping", "lithium"),
    )
    link = ArticleLink.to(story, FOUR_TOPICS)
    assert [slug for _, slug in link.topics] == ["lithium", "tariffs", "ports"]
    row = link.item("topics/index.md")
    assert row.endswith(
        '<p class="reex-chips reex-item__chips" markdown>'
        "[Lithium](lithium.md){ .reex-chip } [Tariffs](tariffs.md){ .reex-chip } "
        "[Ports &amp; &lt;\u2060b&gt;docks&lt;\u2060/b&gt;](ports.md){ .reex-chip }</p>\n"
        "</article>"
    )
    corpus = build_corpus([story], FOUR_TOPICS)
    pages = render_listing_pages(corpus, FOUR_TOPICS, SITE)
    for path in ("articles/index.md", "archive/2025-04.md", "index.md"):
        assert "[Lithium](" in pages[path].split("Tariffs](", 1)[0], path
    untopical = ArticleLink.to(replace(story, topics=()), FOUR_TOPICS).item("articles/index.md")
    assert "reex-chips" not in untopical


def test_on_a_topics_own_pages_a_row_leaves_out_that_topics_chip() -> None:
    """A chip for the page's own topic would only repeat the page; the row's other
    chips stay, and a row whose only topic is the page's shows none."""
    from generator.pages.rows import ArticleLink

    story = replace(article(1, dt.date(2025, 4, 25)), topics=("tariffs", "shipping"))
    row = ArticleLink.to(story, FOUR_TOPICS).item("topics/tariffs.md", page_topic="tariffs")
    assert "[Shipping](shipping.md){ .reex-chip }" in row
    assert "[Tariffs](" not in row
    alone = replace(story, topics=("tariffs",))
    assert "reex-chips" not in (
        ArticleLink.to(alone, FOUR_TOPICS).item("topics/tariffs.md", page_topic="tariffs")
    )
    assert "[Tariffs](" in ArticleLink.to(alone, FOUR_TOPICS).item("articles/index.md")
