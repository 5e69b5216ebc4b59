"""Writer-supplied metadata: Markdown front matter and ``<seed>.meta.yml`` sidecars.

Both use one schema, validated here with line numbers, because MkDocs would
otherwise render broken front matter as page text without a word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..errors import SeedError
from ..escape import safe_href
from ..model import Article
from ..slug import MAX_SLUG_LENGTH, is_slug
from ..yamlsafe import LineMap, load_yaml
from .meta_fields import Meta
from .source import METADATA

MAX_METADATA_BYTES = METADATA.limit


@dataclass(frozen=True)
class SeedMeta:
    """What the writer's metadata sets: the author, dates and source as a page's
    metadata line would say them (``Meta``), and the rest of the schema."""

    title: str | None = None
    slug: str | None = None
    meta: Meta = field(default_factory=Meta)
    source_url: str | None = None
    summary: str | None = None
    topics: tuple[str, ...] = ()
    exclude_topics: tuple[str, ...] = ()
    highlights: tuple[str, ...] = ()
    draft: bool = False


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _strings(value: object) -> tuple[str, ...] | None:
    if isinstance(value, str):
        value = [value]
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(v.strip() for v in value)
    return None


# key → (converter, what the writer must give); a converter returns None for bad values.
# The keys of ``_SAID`` are what a metadata line says: they fill ``SeedMeta.meta``.
_FIELDS: dict[str, tuple[Callable[[object], object], str]] = {
    "title": (_text, "a non-empty string"),
    "slug": (
        lambda v: v if isinstance(v, str) and is_slug(v) and len(v) <= MAX_SLUG_LENGTH else None,
        f"lower-case words joined by hyphens, at most {MAX_SLUG_LENGTH} characters",
    ),
    "date": (_date, "a date as YYYY-MM-DD"),
    "updated": (_date, "a date as YYYY-MM-DD"),
    "author": (_text, "a non-empty string"),
    "source": (_text, "a non-empty string"),
    "source_url": (
        lambda v: (
            v
            if isinstance(v, str) and v.startswith(("http://", "https://")) and safe_href(v)
            else None
        ),
        "an http(s) URL",
    ),
    "summary": (_text, "a non-empty string"),
    "topics": (_strings, "a list of topic slugs"),
    "exclude_topics": (_strings, "a list of topic slugs"),
    "highlights": (_strings, "a list of strings"),
    "draft": (lambda v: v if isinstance(v, bool) else None, "true or false"),
}
# Key in the writer's schema → field of ``Meta``.
_SAID = {"date": "published", "updated": "updated", "author": "author", "source": "source"}


def parse_metadata(text: str, path: str, first_line: int = 1) -> SeedMeta:
    """Validate YAML metadata; ``first_line`` is where the YAML starts in its file."""
    if len(text.encode("utf-8")) > MAX_METADATA_BYTES:
        raise SeedError(path, first_line, f"metadata is over {MAX_METADATA_BYTES // 1024} KB")
    try:
        data, lines = load_yaml(text, path)
    except SeedError as exc:
        raise SeedError(path, _shift(exc.line, first_line), exc.message) from None
    if data is None:
        return SeedMeta()
    if not isinstance(data, dict):
        raise SeedError(path, first_line, "metadata must be a mapping of keys to values")
    values: dict[str, object] = {}
    for key, value in data.items():
        line = _shift(lines.line(key), first_line)
        if key not in _FIELDS:
            known = ", ".join(sorted(_FIELDS))
            raise SeedError(path, line, f"unknown key {key!r} (known keys: {known})")
        convert, wanted = _FIELDS[key]
        converted = convert(value)
        if converted is None and value is not None:
            raise SeedError(path, line, f"{key} must be {wanted}, not {value!r}")
        if converted is not None:  # an empty value (``date:``) leaves SeedMeta's default
            values[str(key)] = converted
    said = {_SAID[key]: values.pop(key) for key in _SAID if key in values}
    return SeedMeta(meta=Meta(**said), **values)  # type: ignore[arg-type]


def _shift(line: int | None, first_line: int) -> int | None:
    return None if line is None else line + first_line - 1


def apply_metadata(article: Article, writer: SeedMeta) -> Article:
    """Metadata given by the writer wins over what the reader found in the text."""
    said = writer.meta
    return replace(
        article,
        title=writer.title or article.title,
        slug=writer.slug or article.slug,
        date=said.published or article.date,
        updated=said.updated or article.updated,
        author=said.author or article.author,
        source_name=said.source or article.source_name,
        source_url=writer.source_url or article.source_url,
        summary=writer.summary or article.summary,
        highlights=writer.highlights or article.highlights,
        topics_added=article.topics_added + writer.topics,
        topics_removed=article.topics_removed + writer.exclude_topics,
        draft=writer.draft or article.draft,
    )


__all__ = ["LineMap", "SeedMeta", "apply_metadata", "parse_metadata"]
