"""Topic pages, the topics index and the articles index."""

from __future__ import annotations

from .corpus import Corpus, TopicDigest
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


def render_topic_pages(corpus: Corpus, taxonomy: Taxonomy) -> dict[str, str]:
    pages = {topic_path(d.topic.slug): render_topic(d) for d in corpus.topics}
    pages[TOPICS_INDEX] = render_topics_index(corpus)
    return pages


def article_item(article: Article, from_path: str) -> str:
    link = (
        f"[{escape_inline(article.title)}]({relative_link(from_path, article_path(article.slug))})"
    )
    when = f" · {human_date(article.date)}" if article.date else ""
    summary = summary_of(article)
    return f"**{link}**{when}" + (f" — {escape_inline(summary)}" if summary else "")


def render_topic(digest: TopicDigest) -> str:
    path = topic_path(digest.topic.slug)
    meta = {
        "title": digest.topic.title,
        "description": digest.topic.description,
        "reex": {"kind": "topic", "slug": digest.topic.slug, "articles": len(digest.articles)},
    }
    quotes = [
        f'!!! quote keyquote "{escape_title(tq.quote.speaker or "Unattributed")}"\n\n'
        f"    {escape_inline('“' + tq.quote.text + '”')}\n\n"
        f"    From [{escape_inline(tq.article.title)}]"
        f"({relative_link(path, article_path(tq.article.slug))})"
        for tq in digest.quotes
    ]
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
        "articles": [article_item(a, path) for a in digest.articles],
        "quotes": quotes,
        "related": related,
        "entities": entities,
    }
    return render_template("topic.md.j2", front_matter=front_matter(meta), page=page)


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
