"""The related and earlier rankings, kept up to date when a few articles change.

Each feature's weight depends on how many articles have it, so adding, deleting
or changing one article moves every weight a little, and any article's lists may
change with them; ranking the whole site again reads every pair of articles that
share something (on a rare-earths site, most pairs). So each article keeps
(``Kept``) more of its best others than it shows, with their scores, and a
ceiling that no other article's score reaches. After a change only those and the
changed articles are scored again, exactly as a full ranking scores them; the
new score of every other article is bounded from its old one (under the
ceiling) and from how far the weights and lengths moved. Where what the article
shows still beats that bound, it is what the full ranking gives; where it does
not, that article is ranked in full. Either way the lists are the full
ranking's, to the float: ``tests/test_rank_update.py`` holds them to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .earlier import MAX_EARLIER, earlier_score, is_common, is_draft, scored_earlier
from .model import Article
from .rank_bounds import Bound, Moved
from .related import (
    MAX_RELATED_ARTICLES,
    Feature,
    FeatureIndex,
    NameKey,
    Weighted,
    features,
    pair_score,
    scored,
)

# How many of its best others each article keeps, beyond the ones it shows.
KEEP_RELATED = 2 * MAX_RELATED_ARTICLES
KEEP_EARLIER = 3 * MAX_EARLIER
# More changed articles than this (a new taxonomy, a first build) rank everything again.
MAX_CHANGED = 16

# What an article's rankings depend on besides its slug: date, topics, names, draft.
RankKey = tuple[dt.date | None, tuple[str, ...], tuple[tuple[str, str], ...], bool]
# Related articles, then each draft's earlier articles: slugs by article slug.
Ranked = tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]


@dataclass(frozen=True)
class Kept:
    """An article's best others as last ranked, best first, with their scores;
    no other article scores above ``ceiling`` (None: no other one counts at all)."""

    best: tuple[tuple[str, float], ...]
    ceiling: float | None


@dataclass(frozen=True)
class RankState:
    """The latest rankings and what they were made from."""

    merged: tuple[tuple[str, str], ...]
    keys: Mapping[str, RankKey]
    owned: Mapping[str, tuple[Feature, ...]]
    weight: Mapping[Feature, float]
    norms: Mapping[str, float]
    common: frozenset[Feature]
    related: Mapping[str, Kept]
    earlier: Mapping[str, Kept]

    def ranked(self) -> Ranked:
        related = {slug: _shown(kept, MAX_RELATED_ARTICLES) for slug, kept in self.related.items()}
        earlier = {slug: _shown(kept, MAX_EARLIER) for slug, kept in self.earlier.items()}
        return related, earlier


def rank_key(article: Article) -> RankKey:
    names = tuple((entity.kind, entity.name) for entity in article.entities)
    return (article.date, article.topics, names, is_draft(article))


def rerank(
    state: RankState | None,
    ordered: Sequence[Article],
    name_key: NameKey,
    merged: tuple[tuple[str, str], ...],
) -> RankState:
    """The rankings of ``ordered`` (newest first): ``state`` itself when nothing
    they depend on changed, brought up to date when a few articles did, else new."""
    keys = {article.slug: rank_key(article) for article in ordered}
    if state is not None and state.merged == merged:
        if state.keys == keys:
            return state
        changed = {slug for slug, key in keys.items() if state.keys.get(slug) != key}
        removed = {slug for slug in state.keys if slug not in keys}
        if len(changed) + len(removed) <= MAX_CHANGED:
            return update(state, ordered, changed, name_key)
    return rank_all(ordered, name_key, merged)


def rank_all(
    ordered: Sequence[Article], name_key: NameKey, merged: tuple[tuple[str, str], ...]
) -> RankState:
    """Every article ranked against every other."""
    owned = tuple(features(article, name_key) for article in ordered)
    return _Ranking(ordered, owned).state(merged, frozenset(), None)


class _Ranking:
    """The articles of one build (newest first) with their features, weighed."""

    def __init__(self, ordered: Sequence[Article], owned: tuple[tuple[Feature, ...], ...]) -> None:
        self.ordered, self.owned = ordered, owned
        self.slugs = [article.slug for article in ordered]
        self.at = {slug: position for position, slug in enumerate(self.slugs)}
        self.index = FeatureIndex.owning(owned)
        self.weighted = Weighted.of(self.index)
        self.common = frozenset(f for f in self.index.postings if is_common(f, self.index))
        # Pairs are scored again by numbers standing for the features (quicker to hash).
        number = {feature: n for n, feature in enumerate(self.index.postings)}
        weight = self.weighted.weight
        self.numbers = [tuple(number[f] for f in mine) for mine in owned]
        self.plain = {number[f]: w for f, w in weight.items()}
        self.squared = {number[f]: w**2 for f, w in weight.items()}
        self.common_numbers = frozenset(number[f] for f in self.common)
        self.sets: dict[int, frozenset[int]] = {}

    def state(
        self, merged: tuple[tuple[str, str], ...], changed: frozenset[str], old: RankState | None
    ) -> RankState:
        moved = None if old is None else self._moved(old, changed)
        related: dict[str, Kept] = {}
        earlier: dict[str, Kept] = {}
        fresh = [p for p, slug in enumerate(self.slugs) if slug in changed]
        for position, slug in enumerate(self.slugs):
            before = None if old is None or slug in changed else old
            kept = None if before is None else before.related.get(slug)
            related[slug] = self._list(
                position, kept, moved, fresh, self._related, self._rank_related
            )
            if not is_draft(self.ordered[position]):
                continue
            kept = None if before is None else before.earlier.get(slug)
            earlier[slug] = self._list(
                position, kept, moved, fresh, self._earlier, self._rank_earlier
            )
        return RankState(
            merged,
            {a.slug: rank_key(a) for a in self.ordered},
            dict(zip(self.slugs, self.owned, strict=True)),
            self.weighted.weight,
            dict(zip(self.slugs, self.weighted.norms, strict=True)),
            self.common,
            related,
            earlier,
        )

    def _list(
        self,
        position: int,
        kept: Kept | None,
        moved: Moved | None,
        fresh: list[int],
        update: Callable[[int, Kept, Moved, list[int]], Kept | None],
        rank: Callable[[int], Kept],
    ) -> Kept:
        """One article's list (related or earlier): the one it kept, brought up to
        date by ``update`` where that can be done, else ranked again by ``rank``."""
        found = None if kept is None or moved is None else update(position, kept, moved, fresh)
        return found or rank(position)

    def _rank_related(self, position: int) -> Kept:
        return self._kept(scored(position, self.weighted, KEEP_RELATED + 1), KEEP_RELATED)

    def _rank_earlier(self, position: int) -> Kept:
        found = scored_earlier(
            position, self.ordered, self.index, self.weighted.weight, KEEP_EARLIER + 1
        )
        return self._kept(found, KEEP_EARLIER)

    def _moved(self, old: RankState, changed: frozenset[str]) -> Moved:
        unchanged = {p: old.norms[s] for p, s in enumerate(self.slugs) if s not in changed}
        return Moved.between((old.weight, unchanged, old.common), self.weighted, self.common)

    def _related(self, position: int, kept: Kept, moved: Moved, fresh: list[int]) -> Kept | None:
        mine, norms = self.numbers[position], self.weighted.norms
        scores: dict[int, float] = {}
        for other in {*self._positions(kept), *fresh, *moved.positions} - {position}:
            score = pair_score(mine, self._set(other), self.squared, norms[other])
            if score > 0:
                scores[other] = score
        bound = None
        if kept.ceiling is not None:
            terms = tuple((moved.rise_squared[n], moved.old_squared[n]) for n in mine)
            bound = Bound(kept.ceiling, moved.shrink, moved.inverse, terms)
        return self._settle(scores, bound, MAX_RELATED_ARTICLES, KEEP_RELATED)

    def _earlier(self, position: int, kept: Kept, moved: Moved, fresh: list[int]) -> Kept | None:
        """None also where a feature of the article no longer most articles' counts
        again: the old scores bound nothing then."""
        day = self.ordered[position].date
        if day is None or any(f in moved.lost_common for f in self.owned[position]):
            return None
        mine, common = self.numbers[position], self.common_numbers
        scores: dict[int, float] = {}
        for other in {*self._positions(kept), *fresh} - {position}:
            when = self.ordered[other].date
            if when is not None and when < day:
                score = earlier_score(mine, self._set(other), self.plain, common)
                if score is not None:
                    scores[other] = score
        bound = None
        if kept.ceiling is not None:
            terms = tuple((moved.rise[n], moved.old_plain[n]) for n in mine if n not in common)
            bound = Bound(kept.ceiling, 1.0, 1.0, terms)
        return self._settle(scores, bound, MAX_EARLIER, KEEP_EARLIER)

    def _settle(
        self, scores: Mapping[int, float], bound: Bound | None, limit: int, keep: int
    ) -> Kept | None:
        """The best of ``scores`` when the ``limit`` shown all beat ``bound`` (what any
        other article may score now), else None."""
        ranked = sorted(scores, key=lambda other: (-scores[other], other))
        rest = [scores[other] for other in ranked[keep:]]
        if bound is not None:
            if len(ranked) < limit:
                return None
            least = bound.least(scores[ranked[limit - 1]])
            if scores[ranked[limit - 1]] <= least:
                return None
            rest.append(least)
        best = tuple((self.slugs[other], scores[other]) for other in ranked[:keep])
        return Kept(best, max(rest, default=None))

    def _kept(self, found: list[tuple[int, float]], keep: int) -> Kept:
        best = tuple((self.slugs[other], score) for other, score in found[:keep])
        return Kept(best, found[keep][1] if len(found) > keep else None)

    def _positions(self, kept: Kept) -> list[int]:
        return [self.at[slug] for slug, _ in kept.best if slug in self.at]

    def _set(self, position: int) -> frozenset[int]:
        found = self.sets.get(position)
        if found is None:
            found = self.sets[position] = frozenset(self.numbers[position])
        return found


def update(
    state: RankState,
    ordered: Sequence[Article],
    changed: set[str],
    name_key: NameKey,
) -> RankState:
    owned = tuple(
        features(article, name_key) if article.slug in changed else state.owned[article.slug]
        for article in ordered
    )
    return _Ranking(ordered, owned).state(state.merged, frozenset(changed), state)


def _shown(kept: Kept, limit: int) -> tuple[str, ...]:
    return tuple(slug for slug, _ in kept.best[:limit])
