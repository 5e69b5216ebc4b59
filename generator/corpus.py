"""All articles together: distinct slugs, ordering, related articles (ranked in
``related.py``, memoised here), and what each topic page gathers."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from .entity_index import EntityIndex, build_entity_index
from .errors import Diagnostic
from .model import Article, Entity, Quote
from .paths import RESERVED_ARTICLE_SLUGS
from .related import related_articles
from .slug import unique_slugs
from .taxonomy import Taxonomy, Topic

MAX_TOPIC_ENTITIES = 40


@dataclass(frozen=True)
class TopicQuote:
    """A key quote on a topic's page, and the article it is from."""

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
    entities: EntityIndex = field(default_factory=EntityIndex)


def newest_first_key(article: Article) -> tuple[int, str]:
    """Newest first; undated articles last; ties broken by slug for determinism."""
    day = article.date or dt.date.min
    return (-day.toordinal(), article.slug)


def distinct_slugs(articles: Sequence[Article], diagnostics: list[Diagnostic]) -> list[Article]:
    """The articles with distinct slugs: two titles that give the same slug both keep
    a page, and no article takes the place of a page the generator makes itself."""
    slugs = unique_slugs((article.slug for article in articles), RESERVED_ARTICLE_SLUGS)
    for article, slug in zip(articles, slugs, strict=True):
        if slug != article.slug:
            taken_by = (
                "a page the generator makes"
                if article.slug in RESERVED_ARTICLE_SLUGS
                else "another seed"
            )
            diagnostics.append(
                Diagnostic(
                    article.path,
                    article.title_line,
                    "warning",
                    f"slug {article.slug!r} is taken by {taken_by}; this one is {slug!r}",
                )
            )
    # The cached objects themselves where the slug stands, so that comparing a page's
    # inputs with the last run's stops at identity instead of comparing every field.
    return [a if a.slug == s else replace(a, slug=s) for a, s in zip(articles, slugs, strict=True)]


def build_corpus(articles: Sequence[Article], taxonomy: Taxonomy) -> Corpus:
    ordered = tuple(sorted(articles, key=newest_first_key))
    by_topic: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        for slug in article.topics:
            by_topic[slug].append(article)
    digests = tuple(
        _digest(topic, tuple(by_topic[topic.slug]), taxonomy) for topic in taxonomy.topics
    )
    return Corpus(ordered, digests, _related(ordered), build_entity_index(ordered))


# Related articles depend only on each article's slug, date, topics and entity
# names. Live preview regenerates after every save, and most saves change none
# of them: the latest answer is kept, as slugs, under exactly what it came from.
_latest_related: list[tuple[tuple[object, ...], dict[str, tuple[str, ...]]]] = []


def _related(ordered: Sequence[Article]) -> dict[str, tuple[Article, ...]]:
    key = tuple(
        (a.slug, a.date, a.topics, tuple((e.kind, e.name) for e in a.entities)) for a in ordered
    )
    if not (_latest_related and _latest_related[0][0] == key):
        found = related_articles(ordered)
        as_slugs = {slug: tuple(a.slug for a in others) for slug, others in found.items()}
        _latest_related[:] = [(key, as_slugs)]
        return found
    by_slug = {a.slug: a for a in ordered}
    return {
        slug: tuple(by_slug[other] for other in others)
        for slug, others in _latest_related[0][1].items()
    }


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
    """People and organisations across the articles, first-seen role kept, by name:
    the ``MAX_TOPIC_ENTITIES`` found in the most articles, so a topic page stays
    readable at thousands of articles."""
    seen: dict[str, Entity] = {}
    mentions: Counter[str] = Counter()
    for article in articles:
        for entity in article.entities:
            mentions[entity.name] += 1
            if entity.name not in seen or (seen[entity.name].role is None and entity.role):
                seen[entity.name] = entity
    busiest = sorted(seen.values(), key=lambda e: (-mentions[e.name], e.name))[:MAX_TOPIC_ENTITIES]
    return tuple(sorted(busiest, key=lambda e: (e.kind, e.name.casefold(), e.name)))
