"""Writers' checks beyond what stops a build: things a careful editor would flag."""

from __future__ import annotations

from pathlib import Path

from .errors import Diagnostic, SeedError
from .model import Article
from .paths import META_SUFFIX, sidecar_path, sidecar_shown
from .reader.decode import MAX_SEED_BYTES, decode_text
from .reader.markdown import split_front_matter
from .reader.metadata import MAX_METADATA_BYTES
from .reader.source import is_listed_input, read_input
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
    for quote in article.quotes:
        if quote.speaker is None:
            preview = quote.text if len(quote.text) <= 60 else quote.text[:57] + "…"
            warn(quote.line, f"no speaker found for the quote “{preview}”")
    return found


def topic_location(seed: Path, shown: str, slug: str) -> tuple[str, int | None]:
    """Where the writer named topic ``slug`` (under ``topics`` or ``exclude_topics``):
    the file shown and the line, in the front matter or the metadata sidecar.
    Falls back to the seed with no line when it cannot be found."""
    for display, text, first_line in _metadata_texts(seed, shown):
        line = _topic_line(text, display, slug)
        if line is not None:
            return display, line + first_line - 1
    return shown, None


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


def _metadata_texts(seed: Path, shown: str) -> list[tuple[str, str, int]]:
    """(file shown, YAML text, line the YAML starts on) for the front matter and sidecar."""
    found: list[tuple[str, str, int]] = []
    # Only ever a help for finding a line: a file that cannot be read was
    # reported when the seed was read.
    try:
        if seed.suffix == ".md":
            text = decode_text(read_input(seed, shown, MAX_SEED_BYTES), shown)
            front, _, _ = split_front_matter(text, shown)
            if front is not None:
                found.append((shown, front, 2))
        sidecar = sidecar_path(seed, META_SUFFIX)
        if is_listed_input(sidecar):
            display = sidecar_shown(seed, shown, META_SUFFIX)
            data = read_input(sidecar, display, MAX_METADATA_BYTES)
            found.append((display, decode_text(data, display, MAX_METADATA_BYTES), 1))
    except SeedError:
        pass
    return found
