"""All articles together: ordering, related articles, and what each topic page gathers."""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .model import Article, Entity, Quote
from .taxonomy import Taxonomy, Topic

MAX_RELATED_ARTICLES = 5


@dataclass(frozen=True)
class TopicQuote:
    quote: Quote
    article: Article


@dataclass(frozen=True)
class TopicDigest:
    """What a topic page shows."""

    topic: Topic
    articles: tuple[Article, ...]
    quotes: tuple[TopicQuote, ...]
    related: tuple[tuple[Topic, int], ...]
    entities: tuple[Entity, ...]


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    topics: tuple[TopicDigest, ...]
    related_articles: Mapping[str, tuple[Article, ...]]


def newest_first_key(article: Article) -> tuple[int, str]:
    """Newest first; undated articles last; ties broken by slug for determinism."""
    day = article.date or dt.date.min
    return (-day.toordinal(), article.slug)


def build_corpus(articles: Sequence[Article], taxonomy: Taxonomy) -> Corpus:
    ordered = tuple(sorted(articles, key=newest_first_key))
    by_topic: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        for slug in article.topics:
            by_topic[slug].append(article)
    digests = tuple(
        _digest(topic, tuple(by_topic[topic.slug]), taxonomy) for topic in taxonomy.topics
    )
    related = {a.slug: _related_articles(a, by_topic) for a in ordered}
    return Corpus(ordered, digests, related)


def _related_articles(
    article: Article, by_topic: Mapping[str, Sequence[Article]]
) -> tuple[Article, ...]:
    shared: Counter[str] = Counter()
    found: dict[str, Article] = {}
    for slug in article.topics:
        for other in by_topic.get(slug, ()):
            if other.slug != article.slug:
                shared[other.slug] += 1
                found[other.slug] = other
    best = heapq.nsmallest(
        MAX_RELATED_ARTICLES,
        found.values(),
        key=lambda other: (-shared[other.slug], *newest_first_key(other)),
    )
    return tuple(best)


def _digest(topic: Topic, articles: tuple[Article, ...], taxonomy: Taxonomy) -> TopicDigest:
    co_occurring: Counter[str] = Counter(
        other for a in articles for other in a.topics if other != topic.slug
    )
    related = tuple(
        (taxonomy.get(slug), count)
        for slug, count in sorted(co_occurring.items(), key=lambda item: (-item[1], item[0]))
        if taxonomy.get(slug) is not None
    )
    return TopicDigest(
        topic=topic,
        articles=articles,
        quotes=tuple(TopicQuote(q, a) for a in articles for q in a.key_quotes),
        related=related,  # type: ignore[arg-type]
        entities=_entities(articles),
    )


def _entities(articles: Sequence[Article]) -> tuple[Entity, ...]:
    """People and organisations across the articles, first-seen role kept, by name."""
    seen: dict[str, Entity] = {}
    for article in articles:
        for entity in article.entities:
            if entity.name not in seen or (seen[entity.name].role is None and entity.role):
                seen[entity.name] = entity
    return tuple(sorted(seen.values(), key=lambda e: (e.kind, e.name.casefold(), e.name)))
