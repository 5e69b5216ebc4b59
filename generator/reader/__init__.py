"""Readers: seed files (plain text or Markdown with front matter) to ``Article``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..errors import SeedError
from ..model import Article
from ..slug import slugify
from .decode import MAX_SEED_BYTES, decode_text
from .markdown import read_markdown
from .metadata import SIDECAR_SUFFIX, apply_metadata, read_sidecar, sidecar_path
from .plaintext import read_plaintext
from .source import is_listed_input, read_input

SEED_SUFFIXES = (".txt", ".md")
# Files in seeds/ that are not articles: sidecars and data files.
NOT_SEEDS = (SIDECAR_SUFFIX, ".analysis.md")


def is_seed(path: Path) -> bool:
    name = path.name
    return (
        path.suffix in SEED_SUFFIXES
        and not name.endswith(NOT_SEEDS)
        and not name.startswith((".", "_"))
        and name.lower() != "readme.md"
    )


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Seed files in a stable order (by name), so slugs and output never depend on the disk."""
    return sorted(p for p in seeds_dir.iterdir() if is_listed_input(p) and is_seed(p))


def parse_text(text: str, display: str, suffix: str) -> Article:
    reader = read_markdown if suffix == ".md" else read_plaintext
    return reader(text, display)


def read_seed(path: Path, display: str | None = None, *, require_title: bool = True) -> Article:
    """Read one seed and its metadata sidecar; slug from the title unless the writer set one.

    ``display`` is the path shown in messages (relative to the project, usually).
    A seed whose text has no headline needs ``title:`` from the writer: without
    it reading fails, unless ``require_title`` is false (``parse``, ``eval``),
    and then the slug comes from the file name.
    """
    shown = display or str(path)
    data = read_input(path, shown, MAX_SEED_BYTES)
    article = parse_text(decode_text(data, shown), shown, path.suffix)
    article = apply_metadata(article, read_sidecar(path, shown))
    if not article.title and require_title:
        raise missing_title(article, path)
    if article.slug:
        return article
    return replace(article, slug=slugify(article.title or path.stem))


def missing_title(article: Article, path: Path) -> SeedError:
    """The error for a seed with no headline: where to give one."""
    if path.suffix == ".md":
        where = "the front matter"
    else:
        where = Path(article.path).with_name(sidecar_path(path).name).as_posix()
    return SeedError(
        article.path, article.title_line, f"no title found in the text: add 'title: …' to {where}"
    )
