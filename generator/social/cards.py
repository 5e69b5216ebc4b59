"""Which pages get a social card, what each card shows, and the cards drawn
only when what they show changed.

A card is drawn for every article and every topic. Its file is named by the
page (``paths.article_card_path``), and the picture is kept by a hash of what
it shows (``card.card_key``), in memory for the whole of ``mkdocs serve`` and,
for builds, in ``cards/`` of the article cache's folder: a rebuild draws only
the cards whose title, kicker or foot line changed.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import Corpus, TopicDigest
from ..model import Article
from ..pages.kit import human_date
from ..pages.lead import kicker
from ..paths import article_card_path, topic_card_path
from ..taxonomy import Taxonomy
from .card import Card, card_key, draw_card

# Draws many cards at once (on worker processes), in order.
DrawMany = Callable[[Sequence[Card]], list[bytes]]
_ENTRY = re.compile(r"[0-9a-f]{64}\.png")


def article_card(article: Article, taxonomy: Taxonomy, site_name: str) -> Card:
    """An article's card: its main topic above its title, its date and source under it."""
    main = kicker(article, taxonomy)
    foot = [human_date(article.date)] if article.date else []
    if article.source_name:
        foot.append(article.source_name)
    return Card(article.title, main["title"] if main else "", " · ".join(foot), site_name)


def topic_card(digest: TopicDigest, site_name: str) -> Card:
    count = len(digest.articles)
    foot = f"{count} article{'' if count == 1 else 's'} on this topic"
    return Card(digest.topic.title, "Topic", foot, site_name, digest.topic.description)


def card_alt(card: Card) -> str:
    """What the picture shows, in words (``og:image:alt``)."""
    parts = [f"{card.kicker}: {card.title}" if card.kicker else card.title]
    if card.foot:
        parts.append(card.foot)
    return ". ".join(parts)


def site_cards(corpus: Corpus, taxonomy: Taxonomy, site_name: str) -> dict[str, Card]:
    """Every card of the site, by the path of its file."""
    cards = {
        article_card_path(a.slug): article_card(a, taxonomy, site_name) for a in corpus.articles
    }
    cards.update({topic_card_path(d.topic.slug): topic_card(d, site_name) for d in corpus.topics})
    return cards


def draw_serially(cards: Sequence[Card]) -> list[bytes]:
    return [draw_card(card) for card in cards]


@dataclass
class CardCache:
    """Pictures by card key; ``folder`` keeps them between builds (None: memory only)."""

    folder: Path | None = None
    pictures: dict[str, bytes] = field(default_factory=dict)
    # Keys of the cards the latest run drew (not found in memory or on disk).
    drawn: list[str] = field(default_factory=list)

    def files(
        self, cards: Mapping[str, Card], draw_many: DrawMany = draw_serially
    ) -> dict[str, bytes]:
        """Every card's PNG by path: kept ones as they are, the rest drawn together."""
        keys = {path: card_key(card) for path, card in cards.items()}
        for key in keys.values():
            if key not in self.pictures and (found := self._load(key)) is not None:
                self.pictures[key] = found
        missing = {key: cards[path] for path, key in keys.items() if key not in self.pictures}
        self.drawn = list(missing)
        for key, picture in zip(missing, draw_many(list(missing.values())), strict=True):
            self.pictures[key] = picture
            self._store(key, picture)
        used = set(keys.values())
        self.pictures = {k: v for k, v in self.pictures.items() if k in used}
        self._prune(used)
        return {path: self.pictures[key] for path, key in sorted(keys.items())}

    def _load(self, key: str) -> bytes | None:
        if self.folder is None:
            return None
        try:
            data = (self.folder / f"{key}.png").read_bytes()
        except OSError:
            return None
        return data if data.startswith(b"\x89PNG\r\n\x1a\n") else None

    def _store(self, key: str, picture: bytes) -> None:
        """Written atomically; a folder we cannot write only means no cache."""
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.folder)
            with os.fdopen(fd, "wb") as out:
                out.write(picture)
            os.replace(tmp, self.folder / f"{key}.png")
        except OSError:
            return

    def _prune(self, used: set[str]) -> None:
        """Delete the kept pictures no page shows any more (only files named as ours)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if _ENTRY.fullmatch(path.name) and path.name[:-4] not in used and path.is_file():
                path.unlink(missing_ok=True)
