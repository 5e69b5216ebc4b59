"""What sits above and under an article's headline: the kicker (its main topic)
and the dek (one sentence on what the story means)."""

from __future__ import annotations

from ..extract.main_topic import main_topic
from ..model import Article
from ..object_memo import ObjectMemo
from ..taxonomy import Taxonomy
from .kit import shorten

# An article annotated by this version carries its main topic; one whose
# entities the writers' people.yml renamed (or one made in a test) is worked out
# again, once per article object.
MAIN_TOPICS_KEPT = 8192
_MAIN_TOPICS: ObjectMemo[str] = ObjectMemo(MAIN_TOPICS_KEPT)


def kicker(article: Article, taxonomy: Taxonomy) -> dict[str, str] | None:
    """The article's main topic as ``{title, slug}`` (``extract/main_topic.py``).
    None for an article without topics."""
    slug = article.main_topic
    # (A seed shown from its last good version may predate a taxonomy change.)
    if slug is None or (slug and slug not in taxonomy):
        slug = _MAIN_TOPICS.get(article, None, taxonomy, lambda: main_topic(article, taxonomy))
    return {"title": taxonomy.title_of(slug), "slug": slug} if slug else None


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
