"""What every kind of page is made with: the templates, a few lines of text about
an article, and the Markdown pieces that several pages show (each written once).

Every string that came from a seed passes through ``escape`` on its way in;
templates only place already-safe Markdown, so they hold no escaping logic.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

import jinja2

from ..escape import escape_html, escape_inline, escape_title
from ..model import Article, Entity, Quote
from ..paths import UNDATED, relative_link, topic_path
from ..taxonomy import Taxonomy

WORDS_PER_MINUTE = 220
DESCRIPTION_LIMIT = 200

# -- templates ---------------------------------------------------------------------


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("generator", "templates"),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown; escaping happens in escape.py
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_template(name: str, **context: Any) -> str:
    return _environment().get_template(name).render(**context)


def load_templates() -> None:
    """Compile every template now (before workers are forked, so that they share
    the compiled code instead of each compiling it again)."""
    environment = _environment()
    for name in environment.list_templates():
        environment.get_template(name)


# -- about an article --------------------------------------------------------------


def summary_of(article: Article) -> str:
    """One line for listings and the page description: the first highlight, else the lead."""
    if article.summary:
        return shorten(article.summary)
    if article.highlights:
        return shorten(article.highlights[0])
    for section in article.all_sections:
        for block in section.blocks:
            if block.kind == "paragraph":
                return shorten(block.text)
    return ""


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:—–-")
    return cut + "…"


def reading_minutes(article: Article) -> int:
    words = sum(len(b.text.split()) for s in article.all_sections for b in s.blocks)
    return max(1, round(words / WORDS_PER_MINUTE))


def human_date(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def topic_titles(article: Article, taxonomy: Taxonomy) -> list[str]:
    """The article's topics by title (front matter keywords, feed categories)."""
    return [taxonomy.title_of(slug) for slug in article.topics]


# -- pieces of Markdown ------------------------------------------------------------


def link(title: str, from_path: str, to_path: str) -> str:
    """A link with the seed text ``title``, from one page to another."""
    return f"[{escape_inline(title)}]({relative_link(from_path, to_path)})"


def topic_chip(title: str, slug: str, from_path: str, count: int | None = None) -> str:
    """A topic's chip, linking to its page; with ``count``, how many articles it has."""
    label = escape_inline(title) + ("" if count is None else f" ({count})")
    return f"[{label}]({relative_link(from_path, topic_path(slug))}){{ .reex-chip }}"


def entity_line(entity: Entity, href: str | None = None) -> str:
    """A person or organisation in bold, with its role; linked to ``href`` (its page)."""
    role = f" — {escape_inline(entity.role)}" if entity.role else ""
    name = escape_inline(entity.name)
    return f"**[{name}]({href})**{role}" if href else f"**{name}**{role}"


def key_quote(quote: Quote, unattributed: str = "") -> str:
    """The box of a key quote, titled with its speaker (``unattributed`` without one)."""
    title = escape_title(quote.speaker or unattributed)
    return f'!!! quote keyquote "{title}"\n\n    {escape_inline(f"“{quote.text}”")}'


def list_item(
    title: str,
    href: str,
    day: dt.date | None,
    source: str | None,
    summary: str,
    chips: str = "",
) -> str:
    """An article as a row of a list (``div.reex-list``): its title linking to
    ``href`` (a relative page link, which MkDocs checks), its date and source,
    its summary and its topic ``chips`` (Markdown links, see ``topic_chip``)."""
    lines = [
        '<article class="reex-item" markdown>',
        f'<p class="reex-item__title" markdown>[{escape_inline(title)}]({href})</p>',
    ]
    meta = [f'<time datetime="{day.isoformat()}">{human_date(day)}</time>'] if day else []
    meta += [escape_html(source)] if source else []
    if meta:
        lines.append(f'<p class="reex-item__meta">{" · ".join(meta)}</p>')
    if summary:
        lines.append(f'<p class="reex-item__summary">{escape_html(summary)}</p>')
    if chips:
        lines.append(f'<p class="reex-chips reex-item__chips" markdown>{chips}</p>')
    lines.append("</article>")
    return "\n".join(lines)


def pager(number: int, count: int, page_path: Callable[[int], str]) -> str:
    """ "← Newer · Page n of m · Older →" for page ``number`` of a paginated list."""
    if count == 1:
        return ""
    here = page_path(number)
    parts = []
    if number > 1:
        parts.append(f"[← Newer]({relative_link(here, page_path(number - 1))})")
    parts.append(f"Page {number} of {count}")
    if number < count:
        parts.append(f"[Older →]({relative_link(here, page_path(number + 1))})")
    return " · ".join(parts)


def month_key(article: Article) -> str:
    """The month an article is filed under in month lists: ``YYYY-MM``, or
    ``UNDATED``."""
    return article.date.strftime("%Y-%m") if article.date else UNDATED


def month_label(key: str) -> str:
    """``2025-03`` → "March 2025"; the undated articles' key → "Undated"."""
    if key == UNDATED:
        return "Undated"
    return dt.date(int(key[:4]), int(key[5:7]), 1).strftime("%B %Y")


def dated(line: str, day: dt.date | None) -> str:
    """``line``, then `` · `` and the date when there is one."""
    return f"{line} · {human_date(day)}" if day else line
