"""Feeds: the whole site and each topic as RSS 2.0 and JSON Feed 1.1, and a
sitemap in each feed folder.

Feeds are plain files among the pages (``feeds/…``); MkDocs copies them as
they are. An undated article has no date in the feeds. With no site address,
links are relative to each feed file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..analysis_context import with_site_context
from ..corpus import Corpus
from ..earlier import EarlierArticle, earlier_section
from ..escape import inert
from ..model import Analysis, Article
from ..object_memo import ObjectMemo
from ..paths import (
    SITE_JSON,
    SITE_RSS,
    article_card_path,
    article_path,
    page_url,
    sitemap_path,
    topic_json_path,
    topic_path,
    topic_rss_path,
    url_link,
)
from ..taxonomy import Taxonomy
from .feed_content import article_html
from .feed_formats import Feed, FeedItem, json_document, rss_document, sitemap_document
from .jobs import Gathered, Job, PageType, Site, fixed, render_all
from .kit import summary_of, topic_titles

MAX_ITEMS = 50


def jobs(gathered: Gathered) -> Iterator[Job]:
    """Both feeds of the site and of every topic, then the sitemap of each folder.

    Material's JavaScript fetches ``sitemap.xml`` next to every
    ``<link rel="alternate">`` of a page (it expects language versions), so
    without the sitemaps every page load logs a 404 for ``feeds/sitemap.xml``.
    """
    site = gathered.site
    by_folder: dict[str, list[str]] = {}
    for rss, json_path, feed in _feeds(gathered.corpus, site):
        yield Job(rss, fixed(_rss, feed), (feed,))
        yield Job(json_path, fixed(_json, feed), (feed,))
        for path in (rss, json_path):
            by_folder.setdefault(path.rpartition("/")[0], []).append(path)
    for folder, paths in by_folder.items():
        sitemap = sitemap_path(folder)
        urls = [_base(site.url, sitemap) + path for path in sorted(paths)]
        yield Job(sitemap, fixed(sitemap_document, urls))


PAGES = PageType("feeds", jobs)


def render_feeds(
    corpus: Corpus,
    taxonomy: Taxonomy,
    site_url: str,
    *,
    site_name: str,
    site_description: str = "",
) -> dict[str, str]:
    """Every feed file, path → text, rendered now."""
    site = Site(site_name, site_description, site_url, taxonomy)
    return render_all(jobs(Gathered(corpus, site)), site)


@dataclass(frozen=True)
class _ItemSource:
    """A feed item without its HTML, and what the HTML is made from (the article
    and, for a draft analysis, the earlier articles it shows): the page memo
    compares these, so an unchanged feed never makes its items' HTML again."""

    item: FeedItem
    article: Article
    earlier: tuple[EarlierArticle, ...]

    def made(self) -> FeedItem:
        url, article = self.item.url, self.article
        analysis = shown_analysis(article, self.earlier)
        html = _HTML.get(article, url, analysis, lambda: article_html(article, url, analysis))
        return dataclasses.replace(self.item, content_html=html)


@dataclass(frozen=True)
class _FeedSource:
    """A feed whose items' HTML is made when it is rendered."""

    feed: Feed
    items: tuple[_ItemSource, ...]

    def made(self) -> Feed:
        return dataclasses.replace(self.feed, items=tuple(item.made() for item in self.items))


def _rss(source: _FeedSource) -> str:
    return rss_document(source.made())


def _json(source: _FeedSource) -> str:
    return json_document(source.made())


def _feeds(corpus: Corpus, site: Site) -> Iterator[tuple[str, str, _FeedSource]]:
    """(RSS path, JSON Feed path, feed) of the site and of each topic."""
    name = site.name
    description = site.description or f"New articles on {name}."
    earlier = corpus.earlier
    feed = _feed(corpus.articles, site, earlier, name, description, "", SITE_RSS, SITE_JSON)
    yield SITE_RSS, SITE_JSON, feed
    for digest in corpus.topics:
        topic = digest.topic
        rss, json_path = topic_rss_path(topic.slug), topic_json_path(topic.slug)
        title = f"{topic.title} — {name}"
        description = topic.description or f"Articles on {topic.title}."
        home = page_url(topic_path(topic.slug))
        feed = _feed(digest.articles, site, earlier, title, description, home, rss, json_path)
        yield rss, json_path, feed


def _feed(
    articles: Sequence[Article],
    site: Site,
    earlier: Mapping[str, tuple[EarlierArticle, ...]],
    title: str,
    description: str,
    home: str,
    rss: str,
    json_path: str,
) -> _FeedSource:
    """``articles`` come newest first (the corpus order); the feed keeps the newest."""
    base = _base(site.url, rss)
    absolute = bool(site.url)
    items = tuple(_item(a, site.taxonomy, base, absolute, earlier) for a in articles[:MAX_ITEMS])
    feed = Feed(
        title=inert(title),
        description=inert(description),
        home_url=base + home,
        rss_url=base + rss,
        json_url=base + json_path,
        items=(),
        absolute=absolute,
    )
    return _FeedSource(feed, items)


def _base(site_url: str, feed_path: str) -> str:
    """What site paths are joined to: the site's address, else the way up from the feed file."""
    if site_url:
        return site_url if site_url.endswith("/") else site_url + "/"
    return "../" * feed_path.count("/")


# Each article's feed HTML by article object and address, with the analysis it
# showed: an article is in the site's feed and in those of its topics.
HTML_KEPT = 4096
_HTML: ObjectMemo[str] = ObjectMemo(HTML_KEPT)


def shown_analysis(article: Article, earlier: tuple[EarlierArticle, ...]) -> Analysis | None:
    """The article's analysis as its feed HTML shows it: a draft analysis shows the
    earlier articles, as on the page."""
    if article.analysis is None:
        return None
    path = article_path(article.slug)
    links = earlier_section(
        earlier, lambda slug: url_link(path, article_path(slug)), article.analysis.line
    )
    return with_site_context(article.analysis, links)


def _item(
    article: Article,
    taxonomy: Taxonomy,
    base: str,
    absolute: bool,
    earlier: Mapping[str, tuple[EarlierArticle, ...]],
) -> _ItemSource:
    path = page_url(article_path(article.slug))
    url = base + path
    item = FeedItem(
        # A relative link is no stable identity; the site path is.
        id=url if absolute else path,
        url=url,
        # Feed readers differ in what they take as HTML: text arrives inert.
        title=inert(article.title),
        summary=inert(summary_of(article) or article.title),
        published=article.date,
        updated=article.updated,
        author=_inert_or_none(article.author or article.source_name),
        categories=tuple(inert(title) for title in topic_titles(article, taxonomy)),
        image=base + article_card_path(article.slug),
    )
    # Only drafts have earlier articles (``corpus.earlier``).
    return _ItemSource(item, article, earlier.get(article.slug, ()))


def _inert_or_none(text: str | None) -> str | None:
    return None if text is None else inert(text)
