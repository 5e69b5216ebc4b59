"""The whole generation, in one linear function: read → annotate → gather → render.

Both the CLI and the MkDocs plugin call ``generate``; neither holds logic the
other lacks. One bad seed becomes a diagnostic and the others still build.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from .analysis import ensure_analysis, load_writer_analysis
from .cache import Annotated, ArticleCache
from .corpus import build_corpus
from .errors import Diagnostic, SeedError
from .extract.entities import extract_entities
from .extract.outlook import extract_outlook
from .extract.quotes import extract_quotes
from .extract.topics import detect_topics
from .glossary import load_glossary
from .lint import topic_location
from .model import Article
from .pages import make_pages
from .pages.jobs import Gathered, Site
from .parallel import Shared, Workers
from .paths import (
    ANALYSIS_SUFFIX,
    GLOSSARY_NAME,
    RESERVED_ARTICLE_SLUGS,
    TAXONOMY_NAME,
    sidecar_path,
    sidecar_shown,
)
from .reader import find_seeds, read_seed
from .reader.source import is_listed_input, read_input
from .slug import unique_slugs
from .taxonomy import MAX_TAXONOMY_BYTES, Taxonomy, load_taxonomy

T = TypeVar("T")


@dataclass(frozen=True)
class Project:
    """Where the inputs are. ``root`` only shortens paths in messages."""

    root: Path
    seeds_dir: Path
    site_url: str = ""
    site_name: str = "Rare earths and trade, analysed"
    site_description: str = ""

    @classmethod
    def at(cls, root: Path, seeds: str = "seeds", **site: str) -> Project:
        return cls(root.resolve(), (root / seeds).resolve(), **site)

    def show(self, path: Path) -> str:
        # The folder resolved, not the file: a link is named as itself, not its target.
        try:
            return (path.parent.resolve() / path.name).relative_to(self.root).as_posix()
        except ValueError:
            return str(path)


@dataclass(frozen=True)
class Generated:
    pages: Mapping[str, str]
    articles: tuple[Article, ...]
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")


def generate(project: Project, cache: ArticleCache | None = None) -> Generated:
    diagnostics: list[Diagnostic] = []
    taxonomy = load_taxonomy_or_empty(project, diagnostics)
    glossary = _load_glossary_or_empty(project, diagnostics)
    site = Site(project.site_name, project.site_description, project.site_url, taxonomy, glossary)
    annotate = functools.partial(_read_and_annotate, project)
    with Workers(Shared(annotate, site)) as workers:
        return _generate(project, cache, site, workers, diagnostics)


def _generate(
    project: Project,
    cache: ArticleCache | None,
    site: Site,
    workers: Workers,
    diagnostics: list[Diagnostic],
) -> Generated:
    taxonomy = site.taxonomy
    # Read and annotate every seed, through the cache. A failure is that seed's
    # alone; a seed that built before keeps its last good article, shown with
    # the error, so a writer mid-edit does not see the page vanish.
    cache = cache if cache is not None else ArticleCache()
    cache.begin_run()
    shared = _taxonomy_bytes(project)
    seeds = [(path, project.show(path)) for path in find_seeds(project.seeds_dir)]
    _annotate_missing(cache, seeds, shared, workers)
    read: list[Article] = []
    failed: list[tuple[Path, Diagnostic]] = []
    stale: dict[str, Diagnostic] = {}
    for path, shown in seeds:
        try:
            entry = cache.annotated(
                path, shown, shared, lambda p: _read_and_annotate(project, p, taxonomy)
            )
        except SeedError as exc:
            diagnostics.append(exc.diagnostic)
            last_good = cache.last_good.get(path)
            if last_good is None:
                failed.append((path, exc.diagnostic))
                continue
            entry = last_good
            stale[last_good.article.path] = exc.diagnostic
        diagnostics.extend(entry.diagnostics)
        read.append(entry.article)
    cache.end_run(path for path, _ in seeds)

    # Slugs: two titles that give the same slug both keep a page, and no article
    # takes the place of a page the generator makes itself.
    slugs = unique_slugs((article.slug for article in read), RESERVED_ARTICLE_SLUGS)
    for article, slug in zip(read, slugs, strict=True):
        if slug != article.slug:
            taken_by = (
                "a page the generator makes"
                if article.slug in RESERVED_ARTICLE_SLUGS
                else "another seed"
            )
            diagnostics.append(
                Diagnostic(
                    article.path,
                    article.title_line,
                    "warning",
                    f"slug {article.slug!r} is taken by {taken_by}; this one is {slug!r}",
                )
            )
    # The cached objects themselves where the slug stands, so that comparing a page's
    # inputs with the last run's stops at identity instead of comparing every field.
    articles = [a if a.slug == s else replace(a, slug=s) for a, s in zip(read, slugs, strict=True)]

    # Gather and render.
    corpus = build_corpus(articles, taxonomy)
    gathered = Gathered(corpus, site, stale, tuple(failed))
    pages = make_pages(gathered, cache.pages, workers.render)
    return Generated(pages, corpus.articles, tuple(diagnostics))


def _annotate_missing(
    cache: ArticleCache, seeds: Sequence[tuple[Path, str]], shared: bytes, workers: Workers
) -> None:
    """Read and annotate, on every core, the seeds the cache does not hold. Failures
    are left for the serial loop, which reports them and keeps last good articles."""
    missing = cache.missing(seeds, shared)
    made = workers.annotate([seed for seed, _, _ in missing])
    for (seed, shown, key), entry in zip(missing, made, strict=True):
        if isinstance(entry, Annotated):
            cache.add(seed, shown, shared, key, entry)


def _load_glossary_or_empty(project: Project, diagnostics: list[Diagnostic]) -> Mapping[str, str]:
    """The glossary; a broken one is reported, and the site builds without it."""
    path = project.seeds_dir / GLOSSARY_NAME
    no_glossary: dict[str, str] = {}
    return _load_or_report(
        lambda: load_glossary(path, project.show(path)), no_glossary, diagnostics
    )


def load_taxonomy_or_empty(project: Project, diagnostics: list[Diagnostic]) -> Taxonomy:
    path = project.seeds_dir / TAXONOMY_NAME
    if not is_listed_input(path):
        return Taxonomy(())
    shown = project.show(path)
    return _load_or_report(lambda: _shown_as(shown, load_taxonomy, path), Taxonomy(()), diagnostics)


def read_and_annotate(
    path: Path, project: Project, taxonomy: Taxonomy, diagnostics: list[Diagnostic]
) -> Article:
    """One seed on its own (``parse``): read, give a slug, annotate."""
    return annotate(path, read_seed(path, project.show(path)), taxonomy, diagnostics)


def annotate(
    path: Path, article: Article, taxonomy: Taxonomy, diagnostics: list[Diagnostic]
) -> Article:
    article = _known_topics_only(path, article, taxonomy, diagnostics)
    article = extract_quotes(article)
    article = extract_entities(article)
    article = extract_outlook(article)
    article = detect_topics(article, taxonomy)
    sidecar = sidecar_path(path, ANALYSIS_SUFFIX)
    shown = sidecar_shown(path, article.path, ANALYSIS_SUFFIX)
    writer_analysis = (
        _shown_as(shown, load_writer_analysis, sidecar) if is_listed_input(sidecar) else None
    )
    return ensure_analysis(article, writer_analysis, taxonomy)


def _known_topics_only(
    path: Path, article: Article, taxonomy: Taxonomy, diagnostics: list[Diagnostic]
) -> Article:
    known = {t.slug for t in taxonomy.topics}
    for slug in (*article.topics_added, *article.topics_removed):
        if slug not in known:
            diagnostics.append(
                Diagnostic(
                    *topic_location(path, article.path, slug),
                    "warning",
                    f"topic {slug!r} is not in the taxonomy ({TAXONOMY_NAME})",
                )
            )
    return replace(
        article,
        topics_added=tuple(s for s in article.topics_added if s in known),
        topics_removed=tuple(s for s in article.topics_removed if s in known),
    )


def _shown_as(shown: str, load: Callable[[Path], T], path: Path) -> T:
    """``load(path)``, with any error naming the file as the project shows it."""
    try:
        return load(path)
    except SeedError as exc:
        raise SeedError(shown, exc.line, exc.message) from None


def _load_or_report(load: Callable[[], T], fallback: T, diagnostics: list[Diagnostic]) -> T:
    try:
        return load()
    except SeedError as exc:
        diagnostics.append(exc.diagnostic)
        return fallback


def _taxonomy_bytes(project: Project) -> bytes:
    """What every seed's annotation depends on: the taxonomy file's bytes."""
    path = project.seeds_dir / TAXONOMY_NAME
    try:
        return read_input(path, TAXONOMY_NAME, MAX_TAXONOMY_BYTES) if is_listed_input(path) else b""
    except SeedError:
        return b""


def _read_and_annotate(project: Project, path: Path, taxonomy: Taxonomy) -> Annotated:
    found: list[Diagnostic] = []
    article = read_and_annotate(path, project, taxonomy, found)
    return Annotated(article, tuple(found))
