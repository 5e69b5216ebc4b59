"""An article's byline (date, update, author, source, reading time) and the note
after its text on where it was first published, with the link to the original."""

from __future__ import annotations

from ..authors import Author
from ..escape import escape_inline, escape_url
from ..model import Article
from ..paths import article_path, author_path
from .kit import human_date, link, reading_minutes


def byline(article: Article, author: Author | None = None) -> str | None:
    """The line under the headline: date, update, author, source and reading time."""
    parts = []
    if article.date:
        parts.append(
            f'<time datetime="{article.date.isoformat()}">{human_date(article.date)}</time>'
        )
    if article.updated and article.updated != article.date:
        parts.append(
            f'<span class="reex-byline__updated">Updated <time datetime="'
            f'{article.updated.isoformat()}">{human_date(article.updated)}</time></span>'
        )
    if author:
        own = author_path(author.key)
        parts.append("By " + link(author.name, article_path(article.slug), own))
    elif article.author:
        parts.append(escape_inline(f"By {article.author}"))
    if article.source_name and article.source_url:
        parts.append(f"[{escape_inline(article.source_name)}]({escape_url(article.source_url)})")
    elif article.source_name:
        parts.append(escape_inline(article.source_name))
    parts.append(f"{reading_minutes(article)} min read")
    return " · ".join(parts) if parts else None


def source_note(article: Article) -> str | None:
    """Where the article was first published, after its text: the source, the
    date, and a link labelled as the original article."""
    if not article.source_name and not article.source_url:
        return None
    source = escape_inline(article.source_name) if article.source_name else "its publisher"
    when = f" on {human_date(article.date)}" if article.date else ""
    note = f"First published by **{source}**{when}."
    if article.source_url:
        note += f" [Read the original article]({escape_url(article.source_url)}){{ .reex-source__link }}"
    return note
