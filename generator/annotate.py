"""Annotation: the extractors, in the order they must run, over a seed's article.

An extractor takes the article and what it may read besides (``Context``) and
returns a new article with one more field filled. The chain is data, as
markdown-it-py's rule chains are: ``annotate`` loops over ``EXTRACTORS``, and
adding one is one line there. Each says which extractors must have run before it
(``after``), and a test holds the order to that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .analysis import ensure_analysis
from .annotated import Annotated
from .errors import Diagnostic
from .extract.entities import extract_entities
from .extract.main_topic import with_main_topic
from .extract.outlook import extract_outlook
from .extract.quotes import extract_quotes
from .extract.resolve import resolve_entities
from .extract.topics import detect_topics
from .lint import topic_location
from .model import Analysis, Article
from .paths import ANALYSIS_SUFFIX, TAXONOMY_NAME
from .reader import Seed, missing_title, read
from .reader.source import SeedSource
from .taxonomy import Taxonomy


@dataclass(frozen=True)
class Context:
    """What extractors read besides the article."""

    taxonomy: Taxonomy
    writer_analysis: Analysis | None = None


@dataclass(frozen=True)
class Extractor:
    """A named step of the chain, and the steps whose results it reads."""

    name: str
    run: Callable[[Article, Context], Article]
    after: tuple[str, ...] = ()


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("quotes", lambda article, _: extract_quotes(article)),
    Extractor("entities", lambda article, _: extract_entities(article)),
    # One entity per real thing, and each speaker named as that entity is.
    Extractor("resolve", lambda article, _: resolve_entities(article), ("quotes", "entities")),
    Extractor("outlook", lambda article, _: extract_outlook(article)),
    # Organisation names hold topic words ("Rare Earth Exchanges") that are no mention.
    Extractor(
        "topics",
        lambda article, context: detect_topics(article, context.taxonomy),
        ("entities", "resolve"),
    ),
    # Kept with the article: the kicker, rows and cards of a cached build need it.
    Extractor(
        "main-topic",
        lambda article, context: with_main_topic(article, context.taxonomy),
        ("entities", "resolve", "topics"),
    ),
    # The draft leaves out what the page shows (key quotes) and dates the outlook;
    # and no extractor may read the writer's analysis or the draft (they read the
    # seed's own).
    Extractor(
        "analysis",
        lambda article, context: ensure_analysis(article, context.writer_analysis),
        ("quotes", "entities", "resolve", "outlook", "topics"),
    ),
)


def annotate_source(source: SeedSource, taxonomy: Taxonomy) -> Annotated:
    """Read one seed from its bytes and annotate it (what workers do)."""
    found: list[Diagnostic] = []
    article = annotate(read(source), taxonomy, found)
    return Annotated(article, tuple(found))


def read_and_annotate(
    path: Path,
    shown: str,
    taxonomy: Taxonomy,
    diagnostics: list[Diagnostic],
    *,
    require_title: bool = True,
) -> Article:
    """One seed on its own (``parse``, ``eval``): read, give a slug, annotate. With
    ``require_title`` false a seed without a headline is read all the same (its
    title empty) and the missing title is reported in ``diagnostics``."""
    source = SeedSource.read(path, shown)
    seed = read(source, require_title=require_title)
    if not seed.article.title:
        diagnostics.append(missing_title(seed.article, source).diagnostic)
    return annotate(seed, taxonomy, diagnostics)


def annotate(seed: Seed, taxonomy: Taxonomy, diagnostics: list[Diagnostic]) -> Article:
    """The seed's article with the writer's topics checked, then every extractor run."""
    article = _known_topics_only(seed, taxonomy, diagnostics)
    _warn_if_sidecar_ignored(seed, diagnostics)
    context = Context(taxonomy, seed.writer_analysis)
    for extractor in EXTRACTORS:
        article = extractor.run(article, context)
    return article


def _warn_if_sidecar_ignored(seed: Seed, diagnostics: list[Diagnostic]) -> None:
    """The seed's own analysis wins over the writer's sidecar: say so, or the
    writer edits a file that never shows."""
    own = seed.article.analysis
    if seed.writer_analysis is None or own is None or own.origin != "seed":
        return
    diagnostics.append(
        Diagnostic(
            seed.source.sidecar_shown(ANALYSIS_SUFFIX),
            seed.writer_analysis.line,
            "warning",
            f"not used: {seed.source.shown} has its own analysis (line {own.line}); "
            "keep one of the two",
        )
    )


def _known_topics_only(seed: Seed, taxonomy: Taxonomy, diagnostics: list[Diagnostic]) -> Article:
    """The topics the writer adds or drops that the taxonomy has; the others are
    reported where the writer named them."""
    article = seed.article
    for slug in (*article.topics_added, *article.topics_removed):
        if slug not in taxonomy:
            diagnostics.append(
                Diagnostic(
                    *topic_location(seed.source, slug),
                    "warning",
                    f"topic {slug!r} is not in the taxonomy ({TAXONOMY_NAME})",
                )
            )
    return replace(
        article,
        topics_added=tuple(s for s in article.topics_added if s in taxonomy),
        topics_removed=tuple(s for s in article.topics_removed if s in taxonomy),
    )
