"""Writers' checks beyond what stops a build: things a careful editor would flag."""

from __future__ import annotations

from .errors import Diagnostic, SeedError
from .model import Article
from .new_seed import is_placeholder
from .paths import META_SUFFIX
from .reader.markdown import split_front_matter
from .reader.source import SeedSource
from .yamlsafe import load_yaml


def lint_article(article: Article) -> list[Diagnostic]:
    found: list[Diagnostic] = []

    def warn(line: int | None, message: str) -> None:
        found.append(Diagnostic(article.path, line, "warning", message))

    if article.date is None:
        warn(
            article.title_line,
            "no date: add 'date: YYYY-MM-DD' to the front matter or a .meta.yml sidecar",
        )
    if article.analysis is not None and article.analysis.origin == "draft":
        warn(
            None,
            "the analysis is an automated draft: write one in the seed or a .analysis.md sidecar",
        )
    for line, text in _written_texts(article):
        if is_placeholder(text):
            preview = text if len(text) <= 60 else text[:57] + "…"
            warn(line, f"example text from `generator new` is still here: “{preview}”")
    for quote in article.quotes:
        if quote.speaker is None:
            preview = quote.text if len(quote.text) <= 60 else quote.text[:57] + "…"
            warn(quote.line, f"no speaker found for the quote “{preview}”")
    return found


def _written_texts(article: Article) -> list[tuple[int | None, str]]:
    """Every piece of text the seed gave, with its line: highlights, headings, blocks."""
    texts: list[tuple[int | None, str]] = [(article.title_line, h) for h in article.highlights]
    sections = article.sections
    if article.analysis is not None and article.analysis.origin != "draft":
        texts.append((article.analysis.line, article.analysis.heading))
        sections += article.analysis.sections
    for section in sections:
        if section.heading:
            texts.append((section.line, section.heading))
        texts.extend((block.line, block.text) for block in section.blocks)
    return list(dict.fromkeys(texts))  # the analysis heading opens its first section too


def topic_location(source: SeedSource, slug: str) -> tuple[str, int | None]:
    """Where the writer named topic ``slug`` (under ``topics`` or ``exclude_topics``):
    the file shown and the line, in the front matter or the metadata sidecar.
    Falls back to the seed with no line when it cannot be found."""
    for display, text, first_line in _metadata_texts(source):
        line = _topic_line(text, display, slug)
        if line is not None:
            return display, line + first_line - 1
    return source.shown, None


def _topic_line(text: str, display: str, slug: str) -> int | None:
    try:
        data, lines = load_yaml(text, display)
    except SeedError:
        return None
    if not isinstance(data, dict):
        return None
    for key in _TOPIC_KEYS:
        value = data.get(key)
        if isinstance(value, str) and value.strip() == slug:
            return lines.line(key)
        for index, item in enumerate(value if isinstance(value, list) else ()):
            if isinstance(item, str) and item.strip() == slug:
                return lines.line(key, index)
    return None


_TOPIC_KEYS = ("topics", "exclude_topics")


def _metadata_texts(source: SeedSource) -> list[tuple[str, str, int]]:
    """(file shown, YAML text, line the YAML starts on) for the front matter and
    sidecar of a seed that was read: the same bytes, decoded and split again."""
    found: list[tuple[str, str, int]] = []
    if source.path.suffix == ".md":
        front, _, _ = split_front_matter(source.text(), source.shown)
        if front is not None:
            found.append((source.shown, front, 2))
    meta = source.meta_text()
    if meta is not None:
        found.append((source.sidecar_shown(META_SUFFIX), meta, 1))
    return found
