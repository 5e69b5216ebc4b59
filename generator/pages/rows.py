"""What a list row shows of an article: its title, date, source, summary and topic
chips (the main topic first), worked out once per article and build.

Rows are on the articles index, the archive's months, topic pages, author pages
and under an article (related articles). The chips need the article's main topic
(``lead.kicker``, which reads the whole text), so it is found once here and not
once per row: an article is a row on several pages. The row data is also the
page memo's record of what a row shows (frozen, cheap to compare).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..escape import escape_inline
from ..model import Article
from ..paths import article_path, relative_link
from ..taxonomy import Taxonomy
from .kit import list_item, summary_of, topic_chip
from .lead import kicker

ROW_CHIPS = 3


@dataclass(frozen=True)
class ArticleLink:
    """What a link to another article shows. Cheaper than the article to compare (page
    memo) and to send to a worker process. ``topics``: the row's chips, as (title,
    slug), the main topic first."""

    title: str
    slug: str
    date: dt.date | None
    source: str | None
    summary: str
    topics: tuple[tuple[str, str], ...] = ()

    @classmethod
    def to(cls, article: Article, taxonomy: Taxonomy | None = None) -> ArticleLink:
        return cls(
            article.title,
            article.slug,
            article.date,
            article.source_name,
            summary_of(article),
            row_topics(article, taxonomy) if taxonomy is not None else (),
        )

    def item(self, from_path: str, page_topic: str | None = None) -> str:
        """The article as a row of a list on the page at ``from_path``; on a
        topic's own pages (``page_topic``) its chip would only repeat the page."""
        href = relative_link(from_path, article_path(self.slug))
        chips = " ".join(
            topic_chip(title, slug, from_path) for title, slug in self.topics if slug != page_topic
        )
        return list_item(self.title, href, self.date, self.source, self.summary, chips)

    def step(self, from_path: str, label: str) -> str:
        """A link to this article for the pager under another: its label ("Newer",
        "Older") over its title."""
        href = relative_link(from_path, article_path(self.slug))
        return (
            f'<span class="reex-step__label">{label}</span> '
            f'<span class="reex-step__title">[{escape_inline(self.title)}]({href})</span>'
        )


def row_topics(
    article: Article, taxonomy: Taxonomy, limit: int = ROW_CHIPS
) -> tuple[tuple[str, str], ...]:
    """The article's topics a row shows, as (title, slug): the main topic (the
    kicker's) first, then the others in the article's order, ``limit`` at most."""
    known = [slug for slug in article.topics if slug in taxonomy]
    main = kicker(article, taxonomy)
    if main is not None:
        known.remove(main["slug"])
        known.insert(0, main["slug"])
    return tuple((taxonomy.title_of(slug), slug) for slug in known[:limit])


# The last build's row data, by slug, with the article and taxonomy it came from.
# Live preview regenerates after every save and the cache hands back the same
# article objects for unchanged seeds: their rows are kept instead of reading
# every article's text again for its main topic.
_latest: dict[str, tuple[Article, Taxonomy, ArticleLink]] = {}


def article_links(articles: Sequence[Article], taxonomy: Taxonomy) -> Mapping[str, ArticleLink]:
    """Every article's row data, by slug."""
    made: dict[str, tuple[Article, Taxonomy, ArticleLink]] = {}
    for article in articles:
        kept = _latest.get(article.slug)
        if kept is None or kept[0] is not article or kept[1] != taxonomy:
            kept = (article, taxonomy, ArticleLink.to(article, taxonomy))
        made[article.slug] = kept
    _latest.clear()
    _latest.update(made)
    return {slug: link for slug, (_, _, link) in made.items()}
