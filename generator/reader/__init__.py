"""Readers: a seed's files (plain text or Markdown with front matter, and their
sidecars) to an ``Article``, and the writer's analysis to set beside it.

Readers are declared by suffix, as Pelican's are: ``READERS`` is what a seed's
name is looked up in, and what makes a file in ``seeds/`` a seed at all.

The readers themselves are imported when a seed is first read: a build whose
every seed comes from the article cache never loads them (their rules are a
good part of the generator's start-up), nor does code that only needs
``reader.source``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import SeedError
from ..model import Analysis, Article
from ..paths import ANALYSIS_SUFFIX, META_SUFFIX, SIDECAR_SUFFIXES
from ..slug import slugify
from .analysis_sidecar import parse_writer_analysis
from .metadata import apply_metadata, parse_metadata
from .source import SeedSource, is_listed_input

# text, the path shown in messages -> the article
Reader = Callable[[str, str], Article]


def _plaintext(text: str, shown: str) -> Article:
    from .plaintext import read_plaintext

    return read_plaintext(text, shown)


def _markdown(text: str, shown: str) -> Article:
    from .markdown import read_markdown

    if is_clipped_page(text):
        return _plaintext(text, shown)
    return read_markdown(text, shown)


_H1 = re.compile(r"^# \S", re.MULTILINE)


def is_clipped_page(text: str) -> bool:
    """A whole web page a browser tool saved as Markdown, not a writer's seed: no
    front matter, and its "# " headline below the page's menus and links rather
    than first. The page reader reads it (it knows Markdown's links and chrome)."""
    head = text.lstrip()
    if head.startswith("---") or _H1.match(head):
        return False
    return _H1.search(head) is not None


READERS: Mapping[str, Reader] = {
    ".txt": _plaintext,
    ".md": _markdown,
}
# ``parse`` takes any file: what no reader claims is read as pasted web text.
FALLBACK_READER = ".txt"


@dataclass(frozen=True)
class Seed:
    """What a seed's files say: the article, and the writer's analysis sidecar,
    which takes its place after the extractors (they do not read it)."""

    source: SeedSource
    article: Article
    writer_analysis: Analysis | None = None


def is_seed(path: Path) -> bool:
    name = path.name
    return (
        path.suffix in READERS
        and not name.endswith(SIDECAR_SUFFIXES)
        and not name.startswith((".", "_"))
        and name.lower() != "readme.md"
    )


def find_seeds(seeds_dir: Path) -> list[Path]:
    """Seed files in a stable order (by name), so slugs and output never depend on the disk."""
    return sorted(p for p in seeds_dir.iterdir() if is_listed_input(p) and is_seed(p))


def read(source: SeedSource, *, require_title: bool = True) -> Seed:
    """The seed's article, and the writer's analysis if there is a sidecar."""
    analysis = source.analysis_text()
    writer_analysis = (
        None
        if analysis is None
        else parse_writer_analysis(analysis, source.sidecar_shown(ANALYSIS_SUFFIX))
    )
    return Seed(source, read_article(source, require_title=require_title), writer_analysis)


def read_article(source: SeedSource, *, require_title: bool = True) -> Article:
    """The seed's article, its metadata sidecar applied, and a slug from the title
    (or, for an untitled seed read anyway, the file name) unless the writer set one."""
    reader = READERS.get(source.path.suffix, READERS[FALLBACK_READER])
    article = reader(source.text(), source.shown)
    meta = source.meta_text()
    if meta is not None:
        article = apply_metadata(article, parse_metadata(meta, source.sidecar_shown(META_SUFFIX)))
    if not article.title and require_title:
        raise missing_title(article, source)
    if article.slug:
        return article
    return replace(article, slug=slugify(article.title or source.path.stem))


def read_seed(path: Path, display: str | None = None, *, require_title: bool = True) -> Article:
    """One seed and its metadata sidecar, alone (``display``: the path shown in messages).

    A seed whose text has no headline needs ``title:`` from the writer: without
    it reading fails, unless ``require_title`` is false (``parse``, ``eval``),
    and then the slug comes from the file name."""
    source = SeedSource.read(path, display or str(path), analysis=False)
    return read_article(source, require_title=require_title)


def missing_title(article: Article, source: SeedSource) -> SeedError:
    """The error for a seed with no headline: where to give one."""
    md = source.path.suffix == ".md"
    where = "the front matter" if md else source.sidecar_shown(META_SUFFIX)
    return SeedError(
        article.path, article.title_line, f"no title found in the text: add 'title: …' to {where}"
    )
