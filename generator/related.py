"""Related articles: ranked by what two articles share and how rare it is, then recency.

What an article shares with another is its features: its topics, and the people
and organisations it names. Each counts by its rarity across the site, an
inverse document frequency, ``log((N + 1) / articles having it)``: on a rare
earths site "rare earths" is in almost every article and counts for next to
nothing, while a rare topic or a person both articles quote counts a lot. The
score is the cosine of the two articles' weighted features, so an article with
many rare features does not crowd into every list (features no other
article has leave an article's length alone). Ties go to the newer
article, then to the slug. Each kind of feature carries a weight
(``FEATURE_WEIGHTS``), as data.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Hashable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TypeVar

from .model import Article

MAX_RELATED_ARTICLES = 5

# What each kind of shared feature is worth beside its rarity.
FEATURE_WEIGHTS: Mapping[str, float] = {"topic": 1.0, "person": 1.0, "organisation": 1.0}


@dataclass(frozen=True)
class Feature:
    """Something an article has that another can share: a topic or an entity."""

    kind: str
    name: str


K = TypeVar("K", bound=Hashable)

# A name to what it stands for across the site (``site_aliases.SiteAliases``).
NameKey = Callable[[str], str]


def _same_name(name: str) -> str:
    return name


def features(article: Article, name_key: NameKey = _same_name) -> tuple[Feature, ...]:
    """The article's topics, then its people and organisations, each once, in order;
    ``name_key`` makes the short and full names of one entity one feature."""
    found = [Feature("topic", slug) for slug in article.topics]
    found += [Feature(entity.kind, name_key(entity.name)) for entity in article.entities]
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class FeatureIndex:
    """Each article's features (by position) and the positions holding each feature."""

    owned: tuple[tuple[Feature, ...], ...]
    postings: Mapping[Feature, tuple[int, ...]]

    @classmethod
    def of(cls, ordered: Sequence[Article], name_key: NameKey = _same_name) -> FeatureIndex:
        return cls.owning(tuple(features(article, name_key) for article in ordered))

    @classmethod
    def owning(cls, owned: tuple[tuple[Feature, ...], ...]) -> FeatureIndex:
        """The index of articles (by position) that have these features."""
        postings: dict[Feature, list[int]] = {}
        for index, mine in enumerate(owned):
            for feature in mine:
                postings.setdefault(feature, []).append(index)
        return cls(owned, {feature: tuple(held) for feature, held in postings.items()})

    def rarity(self) -> dict[Feature, float]:
        """Each feature's weight: its kind's, times how rare it is among the articles."""
        total = len(self.owned)
        return {
            feature: FEATURE_WEIGHTS[feature.kind] * math.log((total + 1) / len(holders))
            for feature, holders in self.postings.items()
        }


@dataclass(frozen=True)
class Weighted:
    """The index with each feature's weight and each article's length (its norm)."""

    index: FeatureIndex
    weight: Mapping[Feature, float]
    norms: tuple[float, ...]

    @classmethod
    def of(cls, index: FeatureIndex) -> Weighted:
        weight = index.rarity()
        # A feature no other article has can never be shared: it leaves the length alone.
        shared = {feature for feature, holders in index.postings.items() if len(holders) > 1}
        norms = tuple(
            math.sqrt(sum(weight[f] ** 2 for f in mine if f in shared)) or 1.0
            for mine in index.owned
        )
        return cls(index, weight, norms)


def related_articles(
    ordered: Sequence[Article],
    limit: int = MAX_RELATED_ARTICLES,
    name_key: NameKey = _same_name,
) -> dict[str, tuple[Article, ...]]:
    """Every article's related articles, by slug. ``ordered`` is newest first: the
    position is the recency tie-break."""
    weighted = Weighted.of(FeatureIndex.of(ordered, name_key))
    return {
        article.slug: tuple(ordered[other] for other in best(position, weighted, limit))
        for position, article in enumerate(ordered)
    }


def best(position: int, weighted: Weighted, limit: int) -> list[int]:
    """The ``limit`` best others for the article at ``position``: highest cosine
    first, then the lower position (the newer article)."""
    return [other for other, _ in scored(position, weighted, limit)]


def scored(position: int, weighted: Weighted, limit: int) -> list[tuple[int, float]]:
    """``best`` with each one's score. Every score adds the shared features in the
    same order (``pair_score`` adds them so too), so the same shared features tie
    exactly."""
    index, weight = weighted.index, weighted.weight
    shared = [0.0] * len(index.owned)
    for feature in index.owned[position]:
        value = weight[feature] ** 2
        for other in index.postings[feature]:
            shared[other] += value
    shared[position] = 0.0
    scores = [value / norm for value, norm in zip(shared, weighted.norms, strict=True)]
    # nlargest is stable: among equal scores the lower position comes first.
    top = heapq.nlargest(limit, range(len(scores)), key=scores.__getitem__)
    return [(other, scores[other]) for other in top if scores[other] > 0]


def pair_score(
    mine: Sequence[K], theirs: AbstractSet[K], squared: Mapping[K, float], norm: float
) -> float:
    """One other's score for an article with the features ``mine``, given each
    feature's weight squared: the same float as ``scored`` gives it (the shared
    features added in the article's order). Features may be given as anything
    hashable (numbers are quicker)."""
    shared = 0.0
    for feature in mine:
        if feature in theirs:
            shared += squared[feature]
    return shared / norm
