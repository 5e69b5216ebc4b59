"""The latest related-article and earlier-article rankings, kept with what they
came from.

Both depend only on each article's slug, date, topics, entity names and whether
its analysis is a draft, and on the site's merges, yet ranking the whole site
reads every pair of articles that share something. Live preview regenerates
after every save: most saves change none of it, and an added, deleted or
retitled seed changes a few articles of it, which ``rank_update.rerank`` brings
up to date without ranking the site again. A later build (or CI with its cache
restored) usually changes none of it either, so the article cache keeps the
latest state on disk too (``disk_cache.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Article
from .rank_update import RankState, rerank
from .related import NameKey


@dataclass
class RankMemo:
    """The latest rankings; ``changed`` says whether ``rank`` made new ones since
    the flag was last cleared (as ``PageMemo.changed``)."""

    state: RankState | None = None
    changed: bool = False

    def rank(
        self, ordered: Sequence[Article], name_key: NameKey, merged: tuple[tuple[str, str], ...]
    ) -> RankState:
        state = rerank(self.state, ordered, name_key, merged)
        if state is not self.state:
            self.state, self.changed = state, True
        return state
