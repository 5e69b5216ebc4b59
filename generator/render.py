"""Model to Markdown for Material: view data built here, layout in ``templates/``.

Every string that came from a seed passes through ``escape`` on its way in;
templates only place already-safe Markdown, so they hold no escaping logic.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import jinja2
import yaml

from .escape import (
    escape_inline,
    escape_text,
    escape_title,
    escape_url,
    guard_line_start,
    inert,
)
from .extract.topics import find_mentions, organisation_names
from .model import Article, Block, Entity, Quote, Section, Span
from .paths import article_path, relative_link, topic_path
from .taxonomy import Taxonomy

WORDS_PER_MINUTE = 220
DESCRIPTION_LIMIT = 200


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


def front_matter(meta: Mapping[str, object]) -> str:
    """YAML front matter; safe_dump quotes whatever needs quoting.

    The theme prints these values into titles, the header, navigation and
    search, where its JavaScript may parse them again as HTML: every text value
    is made ``inert`` (addresses, under keys ending in ``url``, are left whole)."""
    meta = _inert_values(meta)
    dumper = _FAST_DUMPER if _same_in_libyaml(meta) else yaml.SafeDumper
    return yaml.dump(
        meta,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        width=10_000,
        default_flow_style=False,
    )


def _inert_values(meta: Mapping[str, object]) -> dict[str, object]:
    return {
        key: value if key.endswith("url") else _inert_value(value) for key, value in meta.items()
    }


def _inert_value(value: object) -> object:
    if isinstance(value, str):
        return inert(value)
    if isinstance(value, list | tuple):
        return [_inert_value(item) for item in value]
    if isinstance(value, Mapping):
        return _inert_values(value)
    return value


# libyaml's emitter writes the same bytes as PyYAML's for the values pages carry
# (tested with generated documents) and is many times faster; it differs on NEL,
# other C1 controls, characters beyond the BMP, empty or odd keys and lines past
# the width, so anything like that goes through PyYAML's own emitter.
_FAST_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_LIBYAML_SAFE_TEXT = re.compile("[\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd]{0,4000}")
_LIBYAML_SAFE_KEY = re.compile("[A-Za-z_][A-Za-z0-9_-]*")


def _same_in_libyaml(value: object) -> bool:
    if isinstance(value, str):
        return _LIBYAML_SAFE_TEXT.fullmatch(value) is not None
    if value is None or isinstance(value, int):
        return True
    if isinstance(value, list | tuple):
        return all(_same_in_libyaml(item) for item in value)
    if isinstance(value, Mapping):
        return all(
            isinstance(key, str) and _LIBYAML_SAFE_KEY.fullmatch(key) and _same_in_libyaml(item)
            for key, item in value.items()
        )
    return False


# -- pieces ----------------------------------------------------------------


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


# -- text ------------------------------------------------------------------


def summary_of(article: Article) -> str:
    """One line for listings and the page description: the first highlight, else the lead."""
    if article.summary:
        return _shorten(article.summary)
    if article.highlights:
        return _shorten(article.highlights[0])
    for section in article.all_sections:
        for block in section.blocks:
            if block.kind == "paragraph":
                return _shorten(block.text)
    return ""


def _shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
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


# -- inline rendering -------------------------------------------------------


@dataclass
class _InlineContext:
    """Per-article state while rendering: which topics and entities are already marked."""

    taxonomy: Taxonomy
    topic_href: Callable[[str], str]
    entity_roles: Mapping[str, str]
    organisations: tuple[str, ...]
    linked_topics: set[str] = field(default_factory=set)
    annotated: set[str] = field(default_factory=set)


def _span_markdown(span: Span) -> str:
    text = escape_text(span.text)
    if span.style == "code":
        text = f"<code>{text}</code>"
    elif span.style == "em":
        text = f"<em>{text}</em>"
    elif span.style == "strong":
        text = f"<strong>{text}</strong>"
    if span.href:
        return f"[{text}]({escape_url(span.href)})"
    return text


def _linked_text(text: str, ctx: _InlineContext, notes: list[str]) -> str:
    """Plain text with the first mention of each topic linked and each entity's
    first mention carrying a Material annotation marker."""
    pieces: list[str] = []
    position = 0
    for start, end, kind, key in _marks(text, ctx):
        pieces.append(escape_text(text[position:start]))
        fragment = escape_text(text[start:end])
        if kind == "topic":
            ctx.linked_topics.add(key)
            pieces.append(f"[{fragment}]({ctx.topic_href(key)})")
        else:
            ctx.annotated.add(key)
            notes.append(ctx.entity_roles[key])
            pieces.append(f"{fragment} ({len(notes)})")
        position = end
    pieces.append(escape_text(text[position:]))
    return "".join(pieces)


def _marks(text: str, ctx: _InlineContext) -> list[tuple[int, int, str, str]]:
    marks: list[tuple[int, int, str, str]] = []
    for mention in find_mentions(text, ctx.taxonomy, ctx.organisations):
        if mention.slug not in ctx.linked_topics and all(m[3] != mention.slug for m in marks):
            marks.append((mention.start, mention.end, "topic", mention.slug))
    for name in ctx.entity_roles:
        if name in ctx.annotated:
            continue
        found = find_word(text, name)
        if found and not any(s < found[1] and found[0] < e for s, e, _, _ in marks):
            marks.append((*found, "entity", name))
    return sorted(marks)


def find_word(text: str, word: str) -> tuple[int, int] | None:
    r"""Where ``word`` first stands whole in ``text`` (no letter, digit or _ touching it):
    what ``(?<!\w)word(?!\w)`` finds, without compiling a regex for every name."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if not (start and _is_word_char(text[start - 1])) and not (
            end < len(text) and _is_word_char(text[end])
        ):
            return start, end
        start = text.find(word, start + 1)
    return None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # The regex engine's \w, for str patterns.


def _block_markdown(block: Block, ctx: _InlineContext | None) -> str:
    notes: list[str] = []
    parts: list[str] = []
    for span in block.spans:
        if ctx is not None and not span.href and span.style == "":
            parts.append(_linked_text(span.text, ctx, notes))
        else:
            parts.append(_span_markdown(span))
    line = guard_line_start("".join(parts).strip())
    if block.kind == "bullet":
        line = f"- {line}"
    if notes:
        line += "\n{ .annotate }\n\n" + "\n".join(
            f"{n}.  {escape_inline(note)}" for n, note in enumerate(notes, 1)
        )
    return line


def _callout(quote: Quote) -> str:
    title = escape_title(quote.speaker or "")
    body = escape_inline(f"“{quote.text}”")
    return f'!!! quote keyquote "{title}"\n\n    {body}'


def _pull_quote(block: Block) -> str:
    return f'!!! quote pullquote ""\n\n    {escape_inline(block.text)}'


# -- article ----------------------------------------------------------------


@dataclass(frozen=True)
class _SectionView:
    heading: str | None
    blocks: tuple[str, ...]


def _section_views(
    sections: Sequence[Section],
    ctx: _InlineContext | None,
    quotes_by_line: Mapping[int, Sequence[Quote]],
) -> tuple[_SectionView, ...]:
    views = []
    for section in sections:
        blocks: list[str] = []
        for block in section.blocks:
            if block.kind == "pull_quote":
                blocks.append(_pull_quote(block))
                continue
            blocks.append(_block_markdown(block, ctx))
            blocks.extend(_callout(q) for q in quotes_by_line.get(block.line, ()))
        heading = escape_inline(section.heading) if section.heading else None
        views.append(_SectionView(heading, _join_bullets(blocks)))
    return tuple(views)


def _join_bullets(blocks: list[str]) -> tuple[str, ...]:
    """Consecutive bullet items form one list (no blank lines between items)."""
    joined: list[str] = []
    for block in blocks:
        if block.startswith("- ") and joined and joined[-1].startswith("- "):
            joined[-1] += "\n" + block
        else:
            joined.append(block)
    return tuple(joined)


def article_meta(article: Article, taxonomy: Taxonomy) -> dict[str, object]:
    """The page's front matter: what templates in ``overrides/`` read (and nothing else)."""
    meta: dict[str, object] = {"title": article.title, "description": summary_of(article)}
    if article.date:
        meta["date"] = article.date.isoformat()
    if article.updated:
        meta["updated"] = article.updated.isoformat()
    if article.author:
        meta["author"] = article.author
    if article.source_name:
        meta["source"] = article.source_name
    if article.source_url:
        meta["source_url"] = article.source_url
    meta["topics"] = list(article.topics)
    meta["reading_time"] = reading_minutes(article)
    reex: dict[str, object] = {
        "kind": "article",
        "slug": article.slug,
        "topic_titles": [taxonomy.title_of(slug) for slug in article.topics],
    }
    if article.analysis:
        reex["analysis"] = article.analysis.origin
    meta["reex"] = reex
    return meta


def _byline(article: Article) -> str | None:
    parts = []
    if article.date:
        parts.append(
            f'<time datetime="{article.date.isoformat()}">{human_date(article.date)}</time>'
        )
    if article.author:
        parts.append(escape_inline(f"By {article.author}"))
    if article.source_name and article.source_url:
        parts.append(f"[{escape_inline(article.source_name)}]({escape_url(article.source_url)})")
    elif article.source_name:
        parts.append(escape_inline(article.source_name))
    parts.append(f"{reading_minutes(article)} min read")
    return " · ".join(parts) if parts else None


@dataclass(frozen=True)
class ArticleLink:
    """What a link to another article shows. Cheaper than the article to compare (page
    memo) and to send to a worker process."""

    title: str
    slug: str
    date: dt.date | None

    @classmethod
    def to(cls, article: Article) -> ArticleLink:
        return cls(article.title, article.slug, article.date)


def render_article(
    article: Article,
    related: Sequence[ArticleLink],
    taxonomy: Taxonomy,
    glossary: Mapping[str, str],
) -> str:
    path = article_path(article.slug)
    ctx = _InlineContext(
        taxonomy=taxonomy,
        topic_href=lambda slug: relative_link(path, topic_path(slug)),
        entity_roles={e.name: e.role for e in article.entities if e.role},
        organisations=organisation_names(article),
    )
    quotes_by_line: dict[int, list[Quote]] = {}
    for quote in article.key_quotes:
        quotes_by_line.setdefault(quote.line, []).append(quote)
    analysis = None
    if article.analysis:
        a = article.analysis
        sections = _section_views(a.sections, None, {})
        if sections and sections[0].heading == escape_inline(a.heading):
            sections = (_SectionView(None, sections[0].blocks), *sections[1:])
        kind = "analysis draft" if a.origin == "draft" else "analysis"
        analysis = {"kind": kind, "title": escape_title(a.heading), "sections": sections}
    page = {
        "title": escape_inline(article.title),
        "byline": _byline(article),
        "highlights": [escape_inline(h) for h in article.highlights],
        "sections": _section_views(article.sections, ctx, quotes_by_line),
        "analysis": analysis,
        "entities": [_entity_item(e) for e in article.entities],
        "topics": [_chip(slug, taxonomy, path) for slug in article.topics],
        "related": [_related_item(other, path) for other in related],
        "abbreviations": _abbreviations(article, glossary),
    }
    return render_template(
        "article.md.j2", front_matter=front_matter(article_meta(article, taxonomy)), page=page
    )


def _entity_item(entity: Entity) -> str:
    role = f" — {escape_inline(entity.role)}" if entity.role else ""
    return f"**{escape_inline(entity.name)}**{role}"


def _chip(slug: str, taxonomy: Taxonomy, from_path: str) -> str:
    title = taxonomy.title_of(slug)
    return f"[{escape_inline(title)}]({relative_link(from_path, topic_path(slug))}){{ .reex-chip }}"


def _related_item(other: ArticleLink, from_path: str) -> str:
    link = f"[{escape_inline(other.title)}]({relative_link(from_path, article_path(other.slug))})"
    return f"{link} · {human_date(other.date)}" if other.date else link


def _abbreviations(article: Article, glossary: Mapping[str, str]) -> list[str]:
    text = " ".join(
        [
            article.title,
            *article.highlights,
            *(b.text for s in article.all_sections for b in s.blocks),
        ]
    )
    return [
        f"*[{term}]: {escape_inline(meaning)}"
        for term, meaning in sorted(glossary.items())
        if find_word(text, term)
    ]
