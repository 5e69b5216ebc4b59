"""Readers: seed files (plain text or Markdown with front matter) to ``Article``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..model import Article
from ..paths import SIDECAR_SUFFIXES
from ..slug import slugify
from .decode import MAX_SEED_BYTES, decode_text
from .markdown import read_markdown
from .metadata import apply_metadata, read_sidecar
from .plaintext import read_plaintext
from .source import is_listed_input, read_input

SEED_SUFFIXES = (".txt", ".md")


def is_seed(path: Path) -> bool:
    name = path.name
    return (
        path.suffix in SEED_SUFFIXES
        and not name.endswith(SIDECAR_SUFFIXES)
        and not name.startswith((".", "_"))
        and name.lower() != "readme.md"
    )


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Seed files in a stable order (by name), so slugs and output never depend on the disk."""
    return sorted(p for p in seeds_dir.iterdir() if is_listed_input(p) and is_seed(p))


def parse_text(text: str, display: str, suffix: str) -> Article:
    reader = read_markdown if suffix == ".md" else read_plaintext
    return reader(text, display)


def read_seed(path: Path, display: str | None = None) -> Article:
    """Read one seed and its metadata sidecar; slug from the title unless the writer set one.

    ``display`` is the path shown in messages (relative to the project, usually).
    """
    shown = display or str(path)
    data = read_input(path, shown, MAX_SEED_BYTES)
    article = parse_text(decode_text(data, shown), shown, path.suffix)
    article = apply_metadata(article, read_sidecar(path, shown))
    return article if article.slug else replace(article, slug=slugify(article.title))
