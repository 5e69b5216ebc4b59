"""All articles together: distinct slugs, ordering, one entity across articles
(``site_aliases.py``), related articles (ranked in ``related.py``) and each
draft's earlier articles (``earlier.py``), both memoised here, and what each
topic page gathers."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from .earlier import EarlierArticle, earlier_articles
from .entity_index import ArticleRef, EntityIndex, QuoteSeen, build_entity_index, entity_key
from .errors import Diagnostic
from .kept_values import KeptValues
from .model import Article, Entity
from .paths import RESERVED_ARTICLE_SLUGS
from .rank_memo import RankMemo
from .rank_update import RankState
from .related import NameKey
from .site_aliases import SiteAliases, site_resolver
from .slug import unique_slugs
from .taxonomy import Taxonomy, Topic

MAX_TOPIC_ENTITIES = 40

# Without a cache's memo (one-off runs, tests): the latest ranking of this
# process, and its latest topic digests and earlier articles.
_LATEST_RANKED = RankMemo()
_LATEST_KEPT = KeptValues()


@dataclass(frozen=True)
class TopicDigest:
    """What a topic page shows."""

    topic: Topic
    articles: tuple[Article, ...]
    # Its articles' key quotes, each with its article.
    quotes: tuple[QuoteSeen, ...]
    related: tuple[tuple[Topic, int], ...]
    entities: tuple[Entity, ...]


@dataclass(frozen=True)
class Corpus:
    articles: tuple[Article, ...]
    topics: tuple[TopicDigest, ...]
    related_articles: Mapping[str, tuple[Article, ...]]
    entities: EntityIndex = field(default_factory=EntityIndex)
    # For each article whose analysis is a draft: what the site published before it.
    earlier: Mapping[str, tuple[EarlierArticle, ...]] = field(default_factory=dict)


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


def build_corpus(
    articles: Sequence[Article],
    taxonomy: Taxonomy,
    settled: Sequence[str] = (),
    ranked: RankMemo = _LATEST_RANKED,
    kept: KeptValues = _LATEST_KEPT,
) -> Corpus:
    """``settled``: the names in ``people.yml``, which no automatic merge touches;
    ``ranked``: where the latest related and earlier rankings are kept; ``kept``:
    the topic digests and the drafts' earlier articles, by what they are made of."""
    ordered = tuple(sorted(articles, key=newest_first_key))
    aliases = site_resolver(ordered, settled)
    by_topic: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        for slug in article.topics:
            by_topic[slug].append(article)
    merged = tuple(aliases.merged.items())
    digests = tuple(
        _kept_digest(topic, tuple(by_topic[topic.slug]), taxonomy, aliases, merged, kept)
        for topic in taxonomy.topics
    )
    related, earlier, state = _ranked(ordered, aliases, ranked)
    ranked_by = (state.weight, state.owned)
    shown = earlier_articles(ordered, earlier, taxonomy, aliases, ranked_by, kept)
    kept.end_run()
    return Corpus(ordered, digests, related, build_entity_index(ordered, aliases), shown)


def _ranked(
    ordered: Sequence[Article], aliases: SiteAliases, memo: RankMemo
) -> tuple[dict[str, tuple[Article, ...]], dict[str, tuple[str, ...]], RankState]:
    name_key: NameKey = aliases
    state = memo.rank(ordered, name_key, tuple(aliases.merged.items()))
    related, earlier = state.ranked()
    by_slug = {a.slug: a for a in ordered}
    found = {slug: tuple(by_slug[o] for o in others) for slug, others in related.items()}
    return found, earlier, state


def _kept_digest(
    topic: Topic,
    articles: tuple[Article, ...],
    taxonomy: Taxonomy,
    aliases: SiteAliases,
    merged: tuple[tuple[str, str], ...],
    kept: KeptValues,
) -> TopicDigest:
    """The topic's digest, kept from the last build while its articles (the same
    objects, as the cache hands back), the taxonomy and the site's merges are the
    same: a saved seed changes the digests of its own topics only."""
    inputs = (topic, articles, taxonomy.topics, merged)
    return kept.get(
        _digest_name(topic), inputs, lambda: _digest(topic, articles, taxonomy, aliases)
    )


def _digest_name(topic: Topic) -> str:
    return f"digest:{topic.slug}"


def _digest(
    topic: Topic, articles: tuple[Article, ...], taxonomy: Taxonomy, aliases: SiteAliases
) -> TopicDigest:
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
        quotes=tuple(QuoteSeen.of(q, ArticleRef.to(a)) for a in articles for q in a.key_quotes),
        related=related,  # type: ignore[arg-type]
        entities=_entities(articles, aliases),
    )


def _entities(articles: Sequence[Article], aliases: SiteAliases) -> tuple[Entity, ...]:
    """People and organisations across the articles, once each (a short form the
    site merged is its full name's), the full name and the first-seen role kept: the
    ``MAX_TOPIC_ENTITIES`` found in the most articles, so a topic page stays readable
    at thousands of articles."""
    seen: dict[str, Entity] = {}
    mentions: Counter[str] = Counter()
    for article in articles:
        for entity in article.entities:
            key = aliases.resolve(entity.name)
            mentions[key] += 1
            known = seen.get(key)
            if known is None or _better(entity, known, key):
                role = entity.role or (known.role if known else None)
                seen[key] = replace(entity, role=role) if entity.role != role else entity
    order = sorted(seen, key=lambda k: (-mentions[k], seen[k].name))[:MAX_TOPIC_ENTITIES]
    busiest = [seen[key] for key in order]
    return tuple(sorted(busiest, key=lambda e: (e.kind, e.name.casefold(), e.name)))


def _better(entity: Entity, known: Entity, key: str) -> bool:
    """The full name over a short form, then a role over none."""
    full, known_full = entity_key(entity.name) == key, entity_key(known.name) == key
    if full != known_full:
        return full
    return known.role is None and entity.role is not None
