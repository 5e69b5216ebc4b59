"""What sits above and under an article's headline: the kicker (its main topic)
and the dek (one sentence on what the story means)."""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterable

from ..extract.topics import entity_names, find_mentions
from ..model import Article
from ..taxonomy import Taxonomy
from .kit import shorten

# Where a topic is named says how central it is: the headline most, then the
# highlights and the dek, then the body.
TITLE_WEIGHT = 3
HIGHLIGHT_WEIGHT = 2
BODY_WEIGHT = 1


# The main topics found last, by article object. The cache hands back the same
# article objects for unchanged seeds, and each build asks for every article's main
# topic more than once (its row, its card, its page), which reads its whole text.
# An entry holds its article, so an object's id is not reused while it is kept.
_MAIN_TOPICS: OrderedDict[int, tuple[Article, Taxonomy, dict[str, str] | None]] = OrderedDict()
MAIN_TOPICS_KEPT = 8192


def kicker(article: Article, taxonomy: Taxonomy) -> dict[str, str] | None:
    """The article's main topic as ``{title, slug}``: the one named most, weighted
    by where; ties go to a topic the headline names, then to the earlier topic.
    None for an article without topics."""
    kept = _MAIN_TOPICS.get(id(article))
    if kept is not None and kept[0] is article and kept[1] == taxonomy:
        _MAIN_TOPICS.move_to_end(id(article))
        return None if kept[2] is None else dict(kept[2])
    found = _main_topic(article, taxonomy)
    _MAIN_TOPICS[id(article)] = (article, taxonomy, found)
    if len(_MAIN_TOPICS) > MAIN_TOPICS_KEPT:
        _MAIN_TOPICS.popitem(last=False)
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
