"""Topic pages, their month pages and the topics index.

A topic's page shows its latest articles; a topic with more has a page per
month for the rest (``topics/<slug>/<YYYY-MM>.md``). Months, not numbered
pages: an article's month is its own, so adding or deleting one changes the
topic's page and that month's, not every page after it.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from ..corpus import Corpus, TopicDigest
from ..entity_index import EntityIndex, QuoteSeen
from ..escape import escape_inline
from ..model import Article, Entity
from ..paths import (
    TOPICS_INDEX,
    article_path,
    entity_path,
    relative_link,
    topic_card_path,
    topic_json_path,
    topic_month_path,
    topic_path,
    topic_rss_path,
)
from ..social.cards import card_alt, topic_card
from ..taxonomy import Taxonomy, Topic
from .figures import sourced_quote_figure
from .frontmatter import front_matter
from .jobs import Gathered, Job, PageType, Site, fixed, render_all
from .kit import (
    entity_line,
    link,
    month_key,
    month_label,
    render_template,
)
from .rows import ArticleLink

# A topic's first page lists its newest articles; older ones follow on pages of
# their own, so a topic page stays small however many articles there are.
TOPIC_PAGE_SIZE = 25
MAX_TOPIC_QUOTES = 6
# A topic's articles by month: (YYYY-MM or UNDATED, articles), newest first.
Months = Sequence[tuple[str, Sequence[Article]]]


def jobs(gathered: Gathered) -> Iterator[Job]:
    """Every page of every topic, each rendered from what it shows of the topic's
    digest, and the topics index."""
    pieces = _Pieces(gathered.links)
    people = gathered.corpus.entities
    for digest in gathered.corpus.topics:
        months = topic_months(digest)
        yield Job(
            topic_path(digest.topic.slug),
            fixed(render_topic, digest, pieces, months, people),
            (*pieces.shown(digest, months), _linked(digest, people)),
        )
        for index, (key, items) in enumerate(months):
            newer = months[index - 1][0] if index else None
            older = months[index + 1][0] if index + 1 < len(months) else None
            month = TopicMonth(digest.topic, key, items, newer, older)
            yield Job(
                topic_month_path(digest.topic.slug, key),
                fixed(render_topic_month, month, pieces),
                pieces.shown_month(month),
            )
    yield Job(TOPICS_INDEX, fixed(render_topics_index, gathered.corpus))


PAGES = PageType("topics", jobs)


@dataclass(frozen=True)
class TopicMonth:
    """A topic's articles of one month, and the months before and after it."""

    topic: Topic
    key: str
    articles: tuple[Article, ...]
    newer: str | None
    older: str | None


def topic_months(digest: TopicDigest) -> list[tuple[str, tuple[Article, ...]]]:
    """A topic's articles by month, newest month first (undated last); none when
    the topic's page shows them all."""
    if len(digest.articles) <= TOPIC_PAGE_SIZE:
        return []
    months: dict[str, list[Article]] = {}
    for article in digest.articles:  # newest first, undated last: months in order
        months.setdefault(month_key(article), []).append(article)
    return [(key, tuple(items)) for key, items in months.items()]


def _linked(digest: TopicDigest, people: EntityIndex) -> tuple[str, ...]:
    """The slugs of the pages the topic page's people link to."""
    found = (people.find(e.name) for e in digest.entities)
    return tuple(entry.subject.slug if entry else "" for entry in found)


def render_topic_pages(corpus: Corpus, taxonomy: Taxonomy) -> dict[str, str]:
    """Every topic page and the topics index, rendered now."""
    site = Site("", taxonomy=taxonomy)
    return render_all(jobs(Gathered(corpus, site)), site)


@dataclass
class _Pieces:
    """Lines that read the same on every topic page that shows them: a key quote's
    block, rendered once per build and not once per topic (a quote is on several),
    keyed by what it shows and by the page's folder, which the relative links
    depend on. An article's row is not kept: it leaves out the page's own topic
    chip, so it differs on every page. ``links``: what each article's row shows,
    by slug (``Gathered.links``); an article missing from it (a topic page
    rendered on its own, without the site's taxonomy) has no chips."""

    links: Mapping[str, ArticleLink] = field(default_factory=dict)
    quotes: dict[tuple[str, QuoteSeen], str] = field(default_factory=dict)

    def shown(self, digest: TopicDigest, months: Months) -> tuple[object, ...]:
        """What a topic's page shows, which is all it is rendered from: the page
        memo's inputs. Unlike the digest, they stay equal when an article changes
        where the page does not show it (a later paragraph), and compare quickly."""
        head = (digest.topic, len(digest.articles))
        listed = tuple(self._listed(a) for a in digest.articles[:TOPIC_PAGE_SIZE])
        quotes = tuple(
            (tq.speaker, tq.text, tq.article.title, tq.article.slug)
            for tq in digest.quotes[:MAX_TOPIC_QUOTES]
        )
        counts = tuple((key, len(items)) for key, items in months)
        return (*head, listed, counts, quotes, digest.related, digest.entities)

    def shown_month(self, month: TopicMonth) -> tuple[object, ...]:
        listed = tuple(self._listed(a) for a in month.articles)
        return (month.topic, month.key, month.newer, month.older, listed)

    def _listed(self, article: Article) -> ArticleLink:
        """What an article's list item shows."""
        found = self.links.get(article.slug)
        return found if found is not None else ArticleLink.to(article)

    def item(self, article: Article, path: str, topic: str) -> str:
        """The article's row on the page of ``topic`` at ``path``."""
        return self._listed(article).item(path, page_topic=topic)

    def quote(self, quoted: QuoteSeen, path: str) -> str:
        key = (posixpath.dirname(path), quoted)
        if key not in self.quotes:
            self.quotes[key] = _quote_block(quoted, path)
        return self.quotes[key]


def render_topic(
    digest: TopicDigest,
    pieces: _Pieces | None = None,
    months: Months = (),
    people: EntityIndex | None = None,
) -> str:
    """A topic's page: its latest articles, then links to its months (``months``,
    when it has more), its key quotes, related topics and people."""
    slug = digest.topic.slug
    path = topic_path(slug)
    pieces = pieces if pieces is not None else _Pieces()
    people = people if people is not None else EntityIndex()
    meta = {
        "title": digest.topic.title,
        "description": digest.topic.description,
        "reex": {
            "kind": "topic",
            "slug": slug,
            "articles": len(digest.articles),
            "image": topic_card_path(slug),
            "image_alt": card_alt(topic_card(digest, "")),
        },
    }
    if not digest.articles:
        # Kept (its address and feeds stay stable), but no search result or sitemap
        # entry sends a reader to a page with nothing on it (Material's own key;
        # overrides/sitemap.xml reads it too).
        meta["search"] = {"exclude": True}
    related = [
        f"{link(topic.title, path, topic_path(topic.slug))}"
        f" — together in {together} article{'s' if together != 1 else ''}"
        for topic, together in digest.related
    ]
    page = {
        "title": escape_inline(digest.topic.title),
        "description": escape_inline(digest.topic.description),
        "feeds": _feeds(slug, path),
        "articles": [pieces.item(a, path, slug) for a in digest.articles[:TOPIC_PAGE_SIZE]],
        "months": [
            f"[{month_label(key)}]({relative_link(path, topic_month_path(slug, key))})"
            f" ({len(items)})"
            for key, items in months
        ],
        "pager": "",
        "quotes": [pieces.quote(tq, path) for tq in digest.quotes[:MAX_TOPIC_QUOTES]],
        "related": related,
        "entities": [_entity_line(e, people, path) for e in digest.entities],
    }
    return render_template("topic.md.j2", front_matter=front_matter(meta), page=page)


def render_topic_month(month: TopicMonth, pieces: _Pieces | None = None) -> str:
    """A topic's articles of one month, with the months before and after."""
    slug, label = month.topic.slug, month_label(month.key)
    path = topic_month_path(slug, month.key)
    pieces = pieces if pieces is not None else _Pieces()
    title = f"{month.topic.title}: {label}"
    meta = {
        "title": title,
        "description": month.topic.description,
        "reex": {"kind": "topic-month", "slug": slug, "month": month.key},
    }
    steps = [
        f"[All of {escape_inline(month.topic.title)}]({relative_link(path, topic_path(slug))})"
    ]
    if month.newer:
        newer = relative_link(path, topic_month_path(slug, month.newer))
        steps.insert(0, f"[← {month_label(month.newer)}]({newer})")
    if month.older:
        older = relative_link(path, topic_month_path(slug, month.older))
        steps.append(f"[{month_label(month.older)} →]({older})")
    page = {
        "title": escape_inline(title),
        "description": "",
        "feeds": _feeds(slug, path),
        "articles": [pieces.item(a, path, slug) for a in month.articles],
        "months": [],
        "pager": " · ".join(steps),
        "quotes": [],
        "related": [],
        "entities": [],
    }
    return render_template("topic.md.j2", front_matter=front_matter(meta), page=page)


def _feeds(slug: str, path: str) -> str:
    return (
        f"Follow this topic: [RSS]({relative_link(path, topic_rss_path(slug))})"
        f" · [JSON Feed]({relative_link(path, topic_json_path(slug))})"
    )


def _entity_line(entity: Entity, people: EntityIndex, path: str) -> str:
    """A person or organisation on a topic page, linked to its page when it has one."""
    entry = people.find(entity.name)
    return entity_line(
        entity, relative_link(path, entity_path(entry.subject.slug)) if entry else None
    )


def _quote_block(quoted: QuoteSeen, path: str) -> str:
    source = link(quoted.article.title, path, article_path(quoted.article.slug))
    return sourced_quote_figure(quoted, source)


def render_topics_index(corpus: Corpus) -> str:
    """The topics with articles, the most covered first, linked to their pages; then
    the topics no article mentions yet, by name only (their pages are empty)."""
    ordered = sorted(corpus.topics, key=lambda d: (-len(d.articles), d.topic.title))
    rows = [
        {
            "link": link(d.topic.title, TOPICS_INDEX, topic_path(d.topic.slug)),
            "count": len(d.articles),
            "description": escape_inline(d.topic.description),
        }
        for d in ordered
        if d.articles
    ]
    waiting = [escape_inline(d.topic.title) for d in ordered if not d.articles]
    meta = {"title": "Topics", "reex": {"kind": "topics-index"}}
    return render_template(
        "topics_index.md.j2", front_matter=front_matter(meta), rows=rows, waiting=waiting
    )
