"""What sits above and under an article's headline: the kicker (its main topic)
and the dek (one sentence on what the story means)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..extract.topics import entity_names, find_mentions
from ..model import Article
from ..object_memo import ObjectMemo
from ..taxonomy import Taxonomy
from .kit import shorten

# Where a topic is named says how central it is: the headline most, then the
# highlights and the dek, then the body.
TITLE_WEIGHT = 3
HIGHLIGHT_WEIGHT = 2
BODY_WEIGHT = 1


# Each build asks for every article's main topic more than once (its row, its
# card, its page), and finding it reads the whole text.
MAIN_TOPICS_KEPT = 8192
_MAIN_TOPICS: ObjectMemo[dict[str, str] | None] = ObjectMemo(MAIN_TOPICS_KEPT)


def kicker(article: Article, taxonomy: Taxonomy) -> dict[str, str] | None:
    """The article's main topic as ``{title, slug}``: the one named most, weighted
    by where; ties go to a topic the headline names, then to the earlier topic.
    None for an article without topics."""
    found = _MAIN_TOPICS.get(article, None, taxonomy, lambda: _main_topic(article, taxonomy))
    return None if found is None else dict(found)


def _main_topic(article: Article, taxonomy: Taxonomy) -> dict[str, str] | None:
    topics = [slug for slug in article.topics if slug in taxonomy]
    if not topics:
        return None
    weights = _mention_weights(article, taxonomy)
    headline = {m.slug for m in find_mentions(article.title, taxonomy, entity_names(article))}
    best = max(topics, key=lambda slug: (weights[slug], slug in headline, -topics.index(slug)))
    return {"title": taxonomy.title_of(best), "slug": best}


def _mention_weights(article: Article, taxonomy: Taxonomy) -> Counter[str]:
    names = entity_names(article)
    weights: Counter[str] = Counter()
    texts: Iterable[tuple[str, int]] = (
        (article.title, TITLE_WEIGHT),
        *((h, HIGHLIGHT_WEIGHT) for h in (*article.highlights, article.dek or "")),
        *((b.text, BODY_WEIGHT) for s in article.sections for b in s.blocks),
    )
    for text, weight in texts:
        for mention in find_mentions(text, taxonomy, names):
            weights[mention.slug] += weight
    return weights


def dek(article: Article) -> str | None:
    """The standfirst the page printed, else the writer's summary when it says
    more than the first highlight (which the page shows anyway); plain text."""
    first_highlight = article.highlights[0] if article.highlights else None
    for text in (article.dek, article.summary):
        if text and text.strip() and not _same(text, first_highlight):
            return shorten(text)
    return None


def _same(text: str, other: str | None) -> bool:
    return other is not None and " ".join(text.split()) == " ".join(other.split())
