"""Home cards, the paginated article list and the archive by month."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from generator.corpus import build_corpus
from generator.model import Article, Block, Section
from generator.pages.listings import PAGE_SIZE, Site, render_listing_pages
from generator.taxonomy import Taxonomy, Topic

TAXONOMY = Taxonomy((Topic("tariffs", "Tariffs", ("tariff",), "Import taxes."),))


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
    return render_listing_pages(corpus, TAXONOMY, Site("Site", "About <b>it</b>."))


def test_article_list_is_paginated_newest_first() -> None:
    pages = pages_for(2 * PAGE_SIZE + 3)
    assert {"articles/index.md", "articles/page/2.md", "articles/page/3.md"} <= set(pages)
    assert "articles/page/4.md" not in pages
    first = pages["articles/index.md"]
    assert first.index("Story 52") < first.index("Story 51")
    assert "[Older →](page/2.md)" in first
    assert "[← Newer](../index.md)" in pages["articles/page/2.md"]
    assert "Story 999" in pages["articles/page/3.md"]  # undated articles come last


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


def test_topic_pages_are_paginated_with_quotes_and_people_capped() -> None:
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
    first, second, third = (
        pages[p] for p in ("topics/tariffs.md", "topics/tariffs/2.md", "topics/tariffs/3.md")
    )
    assert "topics/tariffs/4.md" not in pages
    assert first.count('<figure class="reex-quote" markdown>') == MAX_TOPIC_QUOTES
    assert first.count("**Person ") == 40 and "**Person " not in second
    assert "Story 50" in first and "Story 0" in third and "Story 0" not in first
    assert "[Older →](tariffs/2.md)" in first
    assert "[← Newer](../tariffs.md)" in second and "[Older →](3.md)" in second
    for path, text in pages.items():
        for target in re.findall(r"\]\(([^)]+)\)", text):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            assert resolved in pages or resolved.startswith(("articles/", "feeds/topics/")), (
                path,
                target,
            )


def test_list_rows_are_items_with_a_title_a_date_line_and_a_summary() -> None:
    from generator.pages.kit import article_item

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
