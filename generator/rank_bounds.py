"""How far a few changed articles moved the rankings' weights, and what that
bounds: the most an article not scored again can score now (``rank_update.py``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .related import Feature, Weighted

# An article whose length moved by more than this share is scored again for every
# article (up to MAX_MOVED of them), so that it does not loosen every bound.
MOVED = 1.01
MAX_MOVED = 32
# Room for rounding in the bounds (scores are sums of a few dozen terms).
SLACK = 1e-9

# The last ranking: each feature's weight, the unchanged articles' lengths (by
# their position now) and the features most articles had.
Before = tuple[Mapping[Feature, float], Mapping[int, float], frozenset[Feature]]


@dataclass(frozen=True)
class Moved:
    """How far the weights and lengths moved between two rankings, for the bounds
    (features by their numbers in the new ranking)."""

    # Each feature's old weight and its rise, squared (related) and plain (earlier).
    old_squared: Sequence[float]
    rise_squared: Sequence[float]
    old_plain: Sequence[float]
    rise: Sequence[float]
    # Over the unchanged articles not scored again: the most a length shrank (as
    # old length over new) and one over the shortest new length.
    shrink: float
    inverse: float
    # Unchanged articles whose length moved too far: scored again for every article.
    positions: tuple[int, ...]
    # Features most articles had and no longer have (they count again).
    lost_common: frozenset[Feature]

    @classmethod
    def between(cls, before: Before, now: Weighted, common: frozenset[Feature]) -> Moved:
        """From the last ranking to ``now`` (features numbered in the order of its
        index), ``common`` being the features most articles have now."""
        old_weight, old_norms, old_common = before
        weight, norms = now.weight, now.norms
        numbered = list(now.index.postings)
        old_plain = [old_weight.get(f, 0.0) for f in numbered]
        old_squared = [w**2 for w in old_plain]
        rise_squared = [weight[f] ** 2 - w for f, w in zip(numbered, old_squared, strict=True)]
        rise = [weight[f] - w for f, w in zip(numbered, old_plain, strict=True)]
        shrunk = {p: length / norms[p] for p, length in old_norms.items()}
        far = tuple(p for p, ratio in shrunk.items() if ratio > MOVED)
        if len(far) > MAX_MOVED:
            far = ()
        near = [p for p in shrunk if p not in far]
        return cls(
            old_squared,
            rise_squared,
            old_plain,
            rise,
            max((shrunk[p] for p in near), default=0.0),
            max((1.0 / norms[p] for p in near), default=0.0),
            far,
            frozenset(f for f in old_common if f not in common and f in now.index.postings),
        )


@dataclass(frozen=True)
class Bound:
    """What an article's other articles that are not scored again may score now.

    Each of them scored at most ``ceiling`` before: ``A / n`` with ``A`` the sum of
    what it shares (the shared features' weights, squared for related articles)
    and ``n`` its length (1 for earlier articles). Now it shares the same
    features, each feature's term rose by its ``rise`` (from ``old``), and its
    length is at least ``n / scale``, so for any ``rho >= 0``, writing each rise
    as at most ``rho * old`` plus what exceeds that, it scores at most
    ``(1 + rho) * ceiling * scale + inverse * sum(max(0, rise - rho * old))``,
    ``inverse`` being one over the shortest new length.
    """

    ceiling: float
    scale: float
    inverse: float
    # Each of the article's features: (rise, old term).
    terms: tuple[tuple[float, float], ...]

    def at(self, rho: float) -> float:
        excess = sum(max(0.0, rise - rho * old) for rise, old in self.terms)
        bound = (1 + rho) * self.ceiling * self.scale + self.inverse * excess
        return bound * (1 + SLACK) + SLACK  # room for rounding

    def least(self, beaten: float) -> float:
        """The bound with ``rho = 0``, if ``beaten`` beats it; else the least over
        every ``rho`` (the least is at one of the rises over its old term)."""
        bound = self.at(0.0)
        if beaten > bound:
            return bound
        rhos = {rise / old for rise, old in self.terms if rise > 0 and old > 0}
        return min([bound, *(self.at(rho) for rho in rhos)])
