"""Topic pages (paginated) and the topics index."""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..corpus import Corpus, TopicDigest, TopicQuote
from ..escape import escape_inline
from ..model import Article
from ..paths import (
    TOPICS_INDEX,
    article_path,
    relative_link,
    topic_json_path,
    topic_path,
    topic_rss_path,
)
from ..taxonomy import Taxonomy
from .figures import sourced_quote_figure
from .frontmatter import front_matter
from .jobs import Gathered, Job, PageType, Site, fixed, render_all
from .kit import (
    article_item,
    entity_line,
    link,
    pager,
    render_template,
    summary_of,
)

# A topic's first page lists its newest articles; older ones follow on pages of
# their own, so a topic page stays small however many articles there are.
TOPIC_PAGE_SIZE = 25
MAX_TOPIC_QUOTES = 6


def jobs(gathered: Gathered) -> Iterator[Job]:
    """Every page of every topic, each rendered from what it shows of the topic's
    digest, and the topics index."""
    pieces = _Pieces()
    for digest in gathered.corpus.topics:
        for number in range(1, _page_count(digest) + 1):
            yield Job(
                topic_path(digest.topic.slug, number),
                fixed(render_topic, digest, pieces, number),
                pieces.shown(digest, number),
            )
    yield Job(TOPICS_INDEX, fixed(render_topics_index, gathered.corpus))


PAGES = PageType("topics", jobs)


def render_topic_pages(corpus: Corpus, taxonomy: Taxonomy) -> dict[str, str]:
    """Every topic page and the topics index, rendered now."""
    site = Site("", taxonomy=taxonomy)
    return render_all(jobs(Gathered(corpus, site)), site)


def _page_count(digest: TopicDigest) -> int:
    return max(1, -(-len(digest.articles) // TOPIC_PAGE_SIZE))


def _page_articles(digest: TopicDigest, number: int) -> tuple[Article, ...]:
    return digest.articles[(number - 1) * TOPIC_PAGE_SIZE : number * TOPIC_PAGE_SIZE]


@dataclass
class _Pieces:
    """Lines that read the same on every topic page that shows them: an article's
    list item and a key quote's block, rendered once per build and not once per
    topic (an article is on several). Keyed by the objects the corpus holds and by
    the page's folder, which the relative links depend on."""

    items: dict[tuple[str, int], str] = field(default_factory=dict)
    quotes: dict[tuple[str, int, int], str] = field(default_factory=dict)
    listed: dict[int, tuple[object, ...]] = field(default_factory=dict)

    def shown(self, digest: TopicDigest, number: int) -> tuple[object, ...]:
        """What page ``number`` of a topic shows, which is all it is rendered from: the
        page memo's inputs. Unlike the digest, they stay equal when an article changes
        where the page does not show it (a later paragraph), and compare quickly."""
        head = (digest.topic, number, _page_count(digest), len(digest.articles))
        listed = tuple(self._listed(article) for article in _page_articles(digest, number))
        if number != 1:
            return (*head, listed)
        quotes = tuple(
            (tq.quote.speaker, tq.quote.text, tq.article.title, tq.article.slug)
            for tq in digest.quotes[:MAX_TOPIC_QUOTES]
        )
        return (*head, listed, quotes, digest.related, digest.entities)

    def _listed(self, article: Article) -> tuple[object, ...]:
        """What an article's list item shows (see ``article_item``)."""
        key = id(article)
        if key not in self.listed:
            self.listed[key] = (
                article.title,
                article.slug,
                article.date,
                article.source_name,
                summary_of(article),
            )
        return self.listed[key]

    def item(self, article: Article, path: str) -> str:
        key = (posixpath.dirname(path), id(article))
        if key not in self.items:
            self.items[key] = article_item(article, path)
        return self.items[key]

    def quote(self, quoted: TopicQuote, path: str) -> str:
        key = (posixpath.dirname(path), id(quoted.article), id(quoted.quote))
        if key not in self.quotes:
            self.quotes[key] = _quote_block(quoted, path)
        return self.quotes[key]


def render_topic(digest: TopicDigest, pieces: _Pieces | None = None, number: int = 1) -> str:
    """Page ``number`` of a topic: the first holds everything; later ones, older articles."""
    slug = digest.topic.slug
    path = topic_path(slug, number)
    pieces = pieces if pieces is not None else _Pieces()
    count = _page_count(digest)
    chunk = _page_articles(digest, number)
    title = digest.topic.title if number == 1 else f"{digest.topic.title}: page {number} of {count}"
    meta = {
        "title": title,
        "description": digest.topic.description,
        "reex": {"kind": "topic", "slug": slug, "articles": len(digest.articles), "page": number},
    }
    first = number == 1
    quotes = [pieces.quote(tq, path) for tq in digest.quotes[:MAX_TOPIC_QUOTES]] if first else []
    related = [
        f"{link(topic.title, path, topic_path(topic.slug))}"
        f" — together in {together} article{'s' if together != 1 else ''}"
        for topic, together in (digest.related if first else ())
    ]
    entities = [entity_line(e) for e in (digest.entities if first else ())]
    page = {
        "title": escape_inline(title),
        "description": escape_inline(digest.topic.description),
        "feeds": (
            f"Follow this topic: [RSS]({relative_link(path, topic_rss_path(slug))})"
            f" · [JSON Feed]({relative_link(path, topic_json_path(slug))})"
        ),
        "articles": [pieces.item(a, path) for a in chunk],
        "pager": pager(number, count, functools.partial(topic_path, slug)),
        "quotes": quotes,
        "related": related,
        "entities": entities,
    }
    return render_template("topic.md.j2", front_matter=front_matter(meta), page=page)


def _quote_block(quoted: TopicQuote, path: str) -> str:
    source = link(quoted.article.title, path, article_path(quoted.article.slug))
    return sourced_quote_figure(quoted.quote, source)


def render_topics_index(corpus: Corpus) -> str:
    rows = [
        {
            "link": link(d.topic.title, TOPICS_INDEX, topic_path(d.topic.slug)),
            "count": len(d.articles),
            "description": escape_inline(d.topic.description),
        }
        for d in sorted(corpus.topics, key=lambda d: (-len(d.articles), d.topic.title))
    ]
    meta = {"title": "Topics", "reex": {"kind": "topics-index"}}
    return render_template("topics_index.md.j2", front_matter=front_matter(meta), rows=rows)
