"""The whole generation, in one linear function: read → annotate → gather → render
→ draw, then write (``write``), as MkDocs' ``commands/build.py`` runs a build.

Both the CLI and the MkDocs plugin call ``generate``; neither holds logic the
other lacks. One bad seed becomes a diagnostic and the others still build.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .annotated import Annotated
from .authors import unknown_author_keys
from .cache import ArticleCache
from .corpus import build_corpus, distinct_slugs
from .entity_index import EntityIndex
from .errors import Diagnostic
from .model import Article
from .output import WriteReport, Written, write_pages
from .pages import make_pages
from .pages.jobs import Gathered, Site
from .parallel import Shared, Workers
from .project import Project, read_common
from .reader import find_seeds
from .reader.source import SeedSource
from .social.cards import site_cards
from .taxonomy import Taxonomy

__all__ = ["Generated", "Project", "generate", "write"]


@dataclass(frozen=True)
class Generated:
    pages: Mapping[str, str]
    # Binary files the pages show (the social cards' PNGs), by path.
    files: Mapping[str, bytes]
    articles: tuple[Article, ...]
    diagnostics: tuple[Diagnostic, ...]
    # The site's people and organisations (its ``resolve`` says which names are one).
    entities: EntityIndex = field(default_factory=EntityIndex)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")


def generate(project: Project, cache: ArticleCache | None = None) -> Generated:
    """Every page of the project, by path, and what went wrong on the way."""
    cache = cache if cache is not None else ArticleCache()
    diagnostics: list[Diagnostic] = []

    # What every seed shares: the taxonomy (its bytes key every seed) and the glossary.
    common = read_common(project, diagnostics, cache.pages.values)
    site = Site(
        project.site_name,
        project.site_description,
        project.site_url,
        common.taxonomy,
        common.glossary,
        common.authors,
    )
    with Workers(Shared(annotate_source, site, load_annotation)) as workers:
        # Read: each seed's bytes and its sidecars', once, under one policy (in a
        # long-lived process, only the seeds whose files changed since the last run).
        sources = cache.sources.sources(find_seeds(project.seeds_dir), project.show)

        # Annotate: through the cache; the seeds it lacks go to the workers together.
        annotated = cache.annotate(sources, common.taxonomy_bytes, workers.annotate)
        diagnostics.extend(annotated.diagnostics)

        # Gather: the writers' people.yml over every article; drafts only in a
        # preview; distinct slugs (published articles first, so a draft never
        # moves one); the corpus (order, one entity across articles, related and
        # earlier articles, topics).
        named = [common.people.apply(a) for a in annotated.articles]
        shown = [a for a in named if project.drafts or not a.draft]
        articles = distinct_slugs(sorted(shown, key=lambda a: a.draft), diagnostics)
        diagnostics.extend(unknown_author_keys(articles, site.authors))
        corpus = build_corpus(
            articles, site.taxonomy, common.people.settled, cache.ranked, cache.pages.values
        )
        gathered = Gathered(corpus, site, annotated.stale, annotated.failed)

        # Render: the jobs of every page type, through the page memo.
        pages = make_pages(gathered, cache.pages, workers.render)

        # Draw: a social card for every article and topic, only where it changed.
        cards = site_cards(corpus, site.taxonomy, site.name)
        files = cache.cards.files(cards, workers.draw)
    cache.finish()
    return Generated(pages, files, corpus.articles, tuple(diagnostics), corpus.entities)


def annotate_source(source: SeedSource, taxonomy: Taxonomy) -> Annotated:
    """Read and annotate one seed. The reader and the extractors are imported on
    first use: a build whose every seed is cached never loads them."""
    from .annotate import annotate_source as annotate

    return annotate(source, taxonomy)


def load_annotation() -> None:
    """Import the reader and the extractors (before workers are forked, so that
    they share them instead of each importing them again)."""
    from . import annotate  # noqa: F401


def write(
    project: Project,
    generated: Generated,
    out_dir: Path,
    docs_dir: Path,
    written_before: Written | None = None,
) -> WriteReport:
    """Write: the pages into ``out_dir``, a folder the generator owns, never one
    overlapping the seeds or the hand-written docs. ``written_before``: what the
    last run of this process left there (``mkdocs serve``), so that a page handed
    back unchanged by the page memo is not read again to compare."""
    files: dict[str, str | bytes] = {**generated.pages, **generated.files}
    protected = [project.seeds_dir, docs_dir]
    return write_pages(files, out_dir, protected, written_before)
