"""The article stream: home page cards, the latest articles, the archive by month.

Every list past the latest few is by month, never numbered pages: a page's
articles are fixed by their own dates, so adding or deleting a seed changes the
pages that show it and no others (numbered pages would all shift by one).

Our own instead of Material's blog plugin: the pages are plain Markdown that
any engine builds, per-topic feeds need our own feed writer anyway, and the
blog plugin's per-page list scans grow quadratically with the article count.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import groupby

from ..corpus import Corpus
from ..escape import escape_inline
from ..model import Article
from ..paths import (
    ARCHIVE_INDEX,
    ARTICLES_INDEX,
    HOME,
    UNDATED,
    article_path,
    month_path,
    relative_link,
)
from ..taxonomy import Taxonomy
from .frontmatter import front_matter
from .jobs import Gathered, Job, PageType, Site, fixed, render_all
from .kit import human_date, month_label, render_template, topic_chip
from .rows import ArticleLink

PAGE_SIZE = 25
HOME_CARDS = 6

Month = tuple[str, list[Article]]


def jobs(gathered: Gathered) -> Iterator[Job]:
    """The home page, the latest articles, and the archive: each month, the
    undated articles, and the index of months."""
    articles, links = gathered.corpus.articles, gathered.links
    cards = [links[a.slug] for a in articles[:HOME_CARDS]]
    yield Job(HOME, functools.partial(render_home, gathered.corpus, cards))
    # A list page reads nothing but its rows (and counts): they are what it shows.
    latest = tuple(links[a.slug] for a in articles[:PAGE_SIZE])
    yield _listed(ARTICLES_INDEX, render_latest, latest, len(articles))
    months = _months(articles)
    for key, items in months:
        yield _listed(month_path(key), render_month, key, tuple(links[a.slug] for a in items))
    undated = tuple(links[a.slug] for a in articles if not a.date)
    if undated:
        yield _listed(month_path(UNDATED), render_undated, undated)
    # The archive's index shows each month's first date and its number of articles.
    shown = tuple((key, items[0].date, len(items)) for key, items in months)
    yield Job(
        ARCHIVE_INDEX, fixed(render_archive_index, months, len(undated)), (shown, len(undated))
    )


def _listed(path: str, render: Callable[..., str], *args: object) -> Job:
    """A page ``render(*args)`` makes from ``args`` alone."""
    return Job(path, fixed(render, *args), args)


PAGES = PageType("listings", jobs)


def render_listing_pages(corpus: Corpus, taxonomy: Taxonomy, site: Site) -> dict[str, str]:
    """Every listing page, rendered now (with ``taxonomy`` as the site's)."""
    site = replace(site, taxonomy=taxonomy)
    return render_all(jobs(Gathered(corpus, site)), site)


def render_home(corpus: Corpus, latest: Sequence[ArticleLink], site: Site) -> str:
    """The site's front: the ``latest`` articles as cards, then every topic with
    articles."""
    cards = [
        {
            "title": f"[**{escape_inline(a.title)}**]({relative_link(HOME, article_path(a.slug))})",
            "date": human_date(a.date) if a.date else "Undated",
            "summary": escape_inline(a.summary),
            "chips": " ".join(topic_chip(title, slug, HOME) for title, slug in a.topics),
        }
        for a in latest
    ]
    topics = [
        topic_chip(d.topic.title, d.topic.slug, HOME, len(d.articles))
        for d in sorted(corpus.topics, key=lambda d: (-len(d.articles), d.topic.title))
        if d.articles
    ]
    meta = {"title": site.name, "description": site.description, "reex": {"kind": "home"}}
    return render_template(
        "home.md.j2",
        front_matter=front_matter(meta),
        site_name=escape_inline(site.name),
        description=escape_inline(site.description),
        cards=cards,
        topics=topics,
    )


def render_latest(latest: Sequence[ArticleLink], total: int) -> str:
    """The newest ``PAGE_SIZE`` articles; all of them are in the archive."""
    meta = {"title": "Articles", "reex": {"kind": "articles-index"}}
    more = ""
    if total > len(latest):
        archive = relative_link(ARTICLES_INDEX, ARCHIVE_INDEX)
        more = f"The latest {len(latest)} of {total}: every article is in the [archive]({archive}), by month."
    return _article_list(ARTICLES_INDEX, meta, "Articles", latest, more)


def render_undated(items: Sequence[ArticleLink]) -> str:
    meta = {"title": "Undated articles", "reex": {"kind": "archive-month", "month": UNDATED}}
    return _article_list(month_path(UNDATED), meta, "Undated articles", items, "")


def render_month(key: str, items: Sequence[ArticleLink]) -> str:
    """The articles of one month, newest first."""
    label = month_label(key)
    meta = {"title": label, "reex": {"kind": "archive-month", "month": key}}
    return _article_list(month_path(key), meta, f"Articles of {label}", items, "")


def _article_list(
    path: str,
    meta: Mapping[str, object],
    title: str,
    items: Sequence[ArticleLink],
    pager_line: str,
) -> str:
    return render_template(
        "articles_index.md.j2",
        front_matter=front_matter(meta),
        title=title,
        entries=[a.item(path) for a in items],
        pager=pager_line,
    )


def _month_key(article: Article) -> str:
    return article.date.strftime("%Y-%m") if article.date else ""


def _months(articles: Sequence[Article]) -> list[Month]:
    dated = [a for a in articles if a.date]
    return [(key, list(items)) for key, items in groupby(dated, key=_month_key)]


def render_archive_index(months: Sequence[Month], undated: int = 0) -> str:
    years = [
        {
            "heading": year,
            "months": [
                f"[{items[0].date.strftime('%B') if items[0].date else key}]"
                f"({relative_link(ARCHIVE_INDEX, month_path(key))}) ({len(items)})"
                for key, items in group
            ],
        }
        for year, group in groupby(months, key=lambda m: m[0][:4])
    ]
    meta = {"title": "Archive", "reex": {"kind": "archive"}}
    undated_link = (
        f"[Undated articles]({relative_link(ARCHIVE_INDEX, month_path(UNDATED))}) ({undated})"
        if undated
        else ""
    )
    return render_template(
        "archive.md.j2", front_matter=front_matter(meta), years=years, undated=undated_link
    )
