"""The latest related-article and earlier-article rankings, kept under exactly
what they came from.

Both depend only on each article's slug, date, topics, entity names and whether
its analysis is a draft, and on the site's merges (``corpus._ranked`` builds that
key), yet ranking reads every pair of articles that share something. Live preview
regenerates after every save and most saves change none of them; a later build
(or CI with its cache restored) usually changes none of them either, so the
article cache keeps the latest answer on disk too (``disk_cache.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# Related articles, then each draft's earlier articles: slugs by article slug.
Ranked = tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]


@dataclass
class RankMemo:
    """One ranking and its key; ``changed`` says whether a ``get`` made a new one
    since the flag was last cleared (as ``PageMemo.changed``)."""

    key: tuple[object, ...] | None = None
    ranked: Ranked | None = None
    changed: bool = False

    def get(self, key: tuple[object, ...], make: Callable[[], Ranked]) -> Ranked:
        if self.ranked is None or self.key != key:
            self.key, self.ranked = key, make()
            self.changed = True
        return self.ranked
