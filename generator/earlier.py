"""What the site published before an article, for its automated draft: the
earlier articles on the same topics and people, each with the bottom line of
its own analysis.

An earlier article is one dated before (an undated article has none). They are
ranked by what they share with the article, each shared topic, person or
organisation weighed by its rarity across the site (``related.py``'s weights:
a person both quote counts for more than "rare earths" on a rare-earths
site), then newest first, then by slug. The bottom line is that of a seed's or a
writer's analysis (``analysis.bottom_line``), never of another draft.

The selection depends on other articles, so it is made when the site is
gathered, never cached with the article; the article page shows it (and its
page memo compares it), so a page is made again when an earlier article's
title, date, topics, names or analysis change.
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
from collections.abc import Callable, Hashable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TypeVar

from .analysis_context import bottom_line
from .entity_index import entity_key
from .kept_values import KeptValues
from .model import Article, Block, Section, Span
from .related import Feature, FeatureIndex, NameKey
from .taxonomy import Taxonomy

MAX_EARLIER = 3
# What an item names of what the two share: the rarest few.
MAX_SHARED_TOPICS = 2
MAX_SHARED_NAMES = 2
EARLIER_HEADING = "Earlier on this site"

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class EarlierArticle:
    """An earlier article as a draft shows it: cheap to compare (page memo)."""

    title: str
    slug: str
    date: dt.date | None
    # The rarest of what it shares with the article, as shown: topic titles, names.
    topics: tuple[str, ...]
    names: tuple[str, ...]
    bottom_line: str | None


def earlier_slugs(
    ordered: Sequence[Article], name_key: NameKey, limit: int = MAX_EARLIER
) -> dict[str, tuple[str, ...]]:
    """The earlier articles (by slug) of every article whose analysis is a draft.
    ``ordered`` is newest first (the corpus order); the slow part, kept by the corpus
    across rebuilds and brought up to date after a few changed articles
    (``rank_update.py``)."""
    index = FeatureIndex.of(ordered, name_key)
    weight = index.rarity()
    return {
        article.slug: tuple(
            ordered[other].slug
            for other, _ in scored_earlier(position, ordered, index, weight, limit)
        )
        for position, article in enumerate(ordered)
        if is_draft(article)
    }


def is_draft(article: Article) -> bool:
    return article.analysis is not None and article.analysis.origin == "draft"


def earlier_articles(
    ordered: Sequence[Article],
    chosen: Mapping[str, tuple[str, ...]],
    taxonomy: Taxonomy,
    name_key: NameKey,
    ranked_by: tuple[Mapping[Feature, float], Mapping[str, tuple[Feature, ...]]] | None = None,
    kept: KeptValues | None = None,
) -> dict[str, tuple[EarlierArticle, ...]]:
    """What each draft shows of its earlier articles (``chosen`` by ``earlier_slugs``):
    made on every build from the articles as they are now (titles, analyses).
    ``ranked_by``: the features' weights and each article's features (by slug) the
    ranking used, when it kept them; else they are worked out here. ``kept``: each
    item kept by what it is made of (the two articles, what they share in the
    order shown, the topics' titles, the site's merges)."""
    by_slug = {article.slug: article for article in ordered}
    if ranked_by is None:
        index = FeatureIndex.of(ordered, name_key)
        by_position = zip(ordered, index.owned, strict=True)
        ranked_by = index.rarity(), {a.slug: mine for a, mine in by_position}
    weight, owned = ranked_by
    site = (taxonomy.topics, _merges(name_key))
    found: dict[str, tuple[EarlierArticle, ...]] = {}
    for slug, others in chosen.items():
        article = by_slug[slug]
        shown = []
        for other in others:
            theirs = set(owned[other])
            # What the two share, rarest first (an addition moves every weight,
            # seldom this order).
            mine = tuple(sorted((f for f in owned[slug] if f in theirs), key=_rarest(weight)))
            make = functools.partial(_item_of, mine, article, by_slug[other], taxonomy, name_key)
            inputs = (article, by_slug[other], mine, *site)
            shown.append(kept.get(f"earlier:{slug}>{other}", inputs, make) if kept else make())
        found[slug] = tuple(shown)
    return found


def _rarest(weight: Mapping[Feature, float]) -> Callable[[Feature], float]:
    return lambda feature: -weight.get(feature, 0.0)


def _merges(name_key: NameKey) -> object:
    """What decides ``name_key`` besides the names: the site's merges, when it has them."""
    merged = getattr(name_key, "merged", None)
    return tuple(sorted(merged.items())) if isinstance(merged, Mapping) else name_key


def _item_of(
    mine: tuple[Feature, ...],
    article: Article,
    other: Article,
    taxonomy: Taxonomy,
    name_key: NameKey,
) -> EarlierArticle:
    shared = _shared(mine, article, other, name_key)
    return _shown(other, shared, taxonomy, bottom_line(other.analysis))


def scored_earlier(
    position: int,
    ordered: Sequence[Article],
    index: FeatureIndex,
    weight: Mapping[Feature, float],
    limit: int = MAX_EARLIER,
) -> list[tuple[int, float]]:
    """The ``limit`` earlier articles sharing most with the one at ``position``, by
    position with each one's score (``earlier_score`` gives the same floats): the
    highest total weight shared, then the newer (lower position). What most of the
    site's articles have links nothing."""
    day = ordered[position].date
    if day is None:
        return []
    shared: dict[int, float] = {}
    for feature in index.owned[position]:
        if is_common(feature, index):
            continue  # most articles have it ("rare earths" on a rare-earths site): no link
        value = weight[feature]
        for other in index.postings[feature]:
            when = ordered[other].date
            if when is not None and when < day:
                shared[other] = shared.get(other, 0.0) + value
    # The same as sorting them all and taking the first ``limit`` (keys are unique).
    top = heapq.nsmallest(limit, shared, key=lambda other: (-shared[other], other))
    return [(other, shared[other]) for other in top]


def is_common(feature: Feature, index: FeatureIndex) -> bool:
    """Whether most of the articles have the feature (then it links nothing)."""
    return 2 * len(index.postings[feature]) > len(index.owned)


def earlier_score(
    mine: Sequence[K], theirs: AbstractSet[K], weight: Mapping[K, float], common: AbstractSet[K]
) -> float | None:
    """What an earlier article with the features ``theirs`` shares with one with
    ``mine``, as ``scored_earlier`` adds it up; None when it shares nothing that
    counts. Features may be given as anything hashable (numbers are quicker)."""
    total: float | None = None
    for feature in mine:
        if feature in theirs and feature not in common:
            total = (0.0 if total is None else total) + weight[feature]
    return total


def _shared(
    mine: Sequence[Feature], article: Article, other: Article, name_key: NameKey
) -> list[tuple[Feature, str]]:
    """What the two share (``mine``, rarest first), each with the name to show (a
    full name over a short form the site merged into it)."""
    spelled: dict[str, str] = {}
    for entity in (*article.entities, *other.entities):
        key = name_key(entity.name)
        if key not in spelled or entity_key(entity.name) == key != entity_key(spelled[key]):
            spelled[key] = entity.name
    return [(f, spelled.get(f.name, f.name)) for f in mine]


def _shown(
    other: Article, shared: Sequence[tuple[Feature, str]], taxonomy: Taxonomy, line: str | None
) -> EarlierArticle:
    topics = [taxonomy.title_of(f.name) for f, _ in shared if f.kind == "topic"]
    names = [name for f, name in shared if f.kind != "topic"]
    return EarlierArticle(
        other.title,
        other.slug,
        other.date,
        tuple(topics[:MAX_SHARED_TOPICS]),
        tuple(names[:MAX_SHARED_NAMES]),
        line,
    )


def earlier_section(
    earlier: Sequence[EarlierArticle], href: Callable[[str], str], line: int
) -> Section | None:
    """The draft's section on them: each a bullet linking the article (``href``
    of its slug), its date, what it shares and its analysis' bottom line."""
    if not earlier:
        return None
    return Section(EARLIER_HEADING, tuple(_item(e, href(e.slug), line) for e in earlier), line)


def _item(earlier: EarlierArticle, href: str, line: int) -> Block:
    spans = [Span(earlier.title, href=href)]
    about = f", {_day(earlier.date)}" if earlier.date else ""
    if earlier.topics:
        about += ", on " + _listed(earlier.topics)
    if earlier.names:
        about += ", with " + _listed(earlier.names)
    spans.append(Span(about + "."))
    if earlier.bottom_line:
        spans.append(Span(" Its analysis concluded: "))
        spans.append(Span(f"“{earlier.bottom_line}”", style="em"))
    return Block(tuple(spans), line, "bullet")


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _day(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"
