"""Topic pages, the topics index and the articles index."""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field

from .corpus import Corpus, TopicDigest, TopicQuote
from .escape import escape_inline, escape_title
from .model import Article
from .render import (
    article_path,
    front_matter,
    human_date,
    relative_link,
    render_template,
    summary_of,
    topic_path,
)
from .taxonomy import Taxonomy

TOPICS_INDEX = "topics/index.md"


# (path, inputs, render) -> the page: render() now, or a page kept from an earlier
# run whose inputs were equal (the pipeline passes ArticleCache.page).
PageMemo = Callable[[str, tuple[object, ...], Callable[[], str]], str]


def _render_now(path: str, inputs: tuple[object, ...], render: Callable[[], str]) -> str:
    return render()


def render_topic_pages(
    corpus: Corpus, taxonomy: Taxonomy, memo: PageMemo = _render_now
) -> dict[str, str]:
    """Every topic page (each made from its digest alone) and the topics index."""
    pieces = _Pieces()
    pages = {
        topic_path(d.topic.slug): memo(
            topic_path(d.topic.slug), (d,), functools.partial(render_topic, d, pieces)
        )
        for d in corpus.topics
    }
    pages[TOPICS_INDEX] = render_topics_index(corpus)
    return pages


@dataclass
class _Pieces:
    """Lines that read the same on every topic page that shows them: an article's
    list item and a key quote's block, rendered once per build and not once per
    topic (an article is on several). Keyed by the objects the corpus holds and by
    the page's folder, which the relative links depend on."""

    items: dict[tuple[str, int], str] = field(default_factory=dict)
    quotes: dict[tuple[str, int, int], str] = field(default_factory=dict)

    def item(self, article: Article, path: str) -> str:
        key = (posixpath.dirname(path), id(article))
        if key not in self.items:
            self.items[key] = article_item(article, path)
        return self.items[key]

    def quote(self, quoted: TopicQuote, path: str) -> str:
        key = (posixpath.dirname(path), id(quoted.article), id(quoted.quote))
        if key not in self.quotes:
            self.quotes[key] = _quote_block(quoted, path)
        return self.quotes[key]


def article_item(article: Article, from_path: str) -> str:
    link = (
        f"[{escape_inline(article.title)}]({relative_link(from_path, article_path(article.slug))})"
    )
    when = f" · {human_date(article.date)}" if article.date else ""
    summary = summary_of(article)
    return f"**{link}**{when}" + (f" — {escape_inline(summary)}" if summary else "")


def render_topic(digest: TopicDigest, pieces: _Pieces | None = None) -> str:
    path = topic_path(digest.topic.slug)
    pieces = pieces if pieces is not None else _Pieces()
    meta = {
        "title": digest.topic.title,
        "description": digest.topic.description,
        "reex": {"kind": "topic", "slug": digest.topic.slug, "articles": len(digest.articles)},
    }
    quotes = [pieces.quote(tq, path) for tq in digest.quotes]
    related = [
        f"[{escape_inline(topic.title)}]({relative_link(path, topic_path(topic.slug))})"
        f" — together in {count} article{'s' if count != 1 else ''}"
        for topic, count in digest.related
    ]
    entities = [
        f"**{escape_inline(e.name)}**" + (f" — {escape_inline(e.role)}" if e.role else "")
        for e in digest.entities
    ]
    page = {
        "title": escape_inline(digest.topic.title),
        "description": escape_inline(digest.topic.description),
        "feeds": (
            f"Follow this topic: [RSS](../feeds/topics/{digest.topic.slug}.xml)"
            f" · [JSON Feed](../feeds/topics/{digest.topic.slug}.json)"
        ),
        "articles": [pieces.item(a, path) for a in digest.articles],
        "quotes": quotes,
        "related": related,
        "entities": entities,
    }
    return render_template("topic.md.j2", front_matter=front_matter(meta), page=page)


def _quote_block(quoted: TopicQuote, path: str) -> str:
    return (
        f'!!! quote keyquote "{escape_title(quoted.quote.speaker or "Unattributed")}"\n\n'
        f"    {escape_inline('“' + quoted.quote.text + '”')}\n\n"
        f"    From [{escape_inline(quoted.article.title)}]"
        f"({relative_link(path, article_path(quoted.article.slug))})"
    )


def render_topics_index(corpus: Corpus) -> str:
    rows = [
        {
            "link": f"[{escape_inline(d.topic.title)}]({relative_link(TOPICS_INDEX, topic_path(d.topic.slug))})",
            "count": len(d.articles),
            "description": escape_inline(d.topic.description),
        }
        for d in sorted(corpus.topics, key=lambda d: (-len(d.articles), d.topic.title))
    ]
    meta = {"title": "Topics", "reex": {"kind": "topics-index"}}
    return render_template("topics_index.md.j2", front_matter=front_matter(meta), rows=rows)
