"""Home cards, the paginated article list and the archive by month."""

from __future__ import annotations

import datetime as dt
import re

from generator.corpus import build_corpus
from generator.listing_pages import PAGE_SIZE, Site, render_listing_pages
from generator.model import Article, Block, Section
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
