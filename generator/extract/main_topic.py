"""An article's main topic: the topic it names most, weighted by where.

Found once, when the article is annotated, and kept with it (``Article.main_topic``)
so that a build whose articles come from the cache does not read every text again
for the kicker, the listing rows and the social cards. It depends on the article,
its entity names and the taxonomy, all of which key the cache; when the writers'
``people.yml`` renames an article's entities it is found again (``people.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ..model import Article
from ..taxonomy import Taxonomy
from .topic_names import entity_names
from .topics import find_mentions

# Where a topic is named says how central it is: the headline most, then the
# highlights and the dek, then the body.
TITLE_WEIGHT = 3
HIGHLIGHT_WEIGHT = 2
BODY_WEIGHT = 1


def with_main_topic(article: Article, taxonomy: Taxonomy) -> Article:
    return replace(article, main_topic=main_topic(article, taxonomy))


def main_topic(article: Article, taxonomy: Taxonomy) -> str:
    """The slug of the topic named most, weighted by where; ties go to a topic the
    headline names, then to the earlier topic. "" for an article without topics."""
    topics = [slug for slug in article.topics if slug in taxonomy]
    if not topics:
        return ""
    weights = _mention_weights(article, taxonomy)
    headline = {m.slug for m in find_mentions(article.title, taxonomy, entity_names(article))}
    return max(topics, key=lambda slug: (weights[slug], slug in headline, -topics.index(slug)))


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
