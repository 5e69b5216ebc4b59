"""The whole generation, in one linear function: read → annotate → gather → render.

Both the CLI and the MkDocs plugin call ``generate``; neither holds logic the
other lacks. One bad seed becomes a diagnostic and the others still build.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from .analysis import ensure_analysis, load_writer_analysis
from .corpus import build_corpus
from .errors import Diagnostic, SeedError
from .extract.entities import extract_entities
from .extract.outlook import extract_outlook
from .extract.quotes import extract_quotes
from .extract.topics import detect_topics
from .feeds import render_feeds
from .glossary import load_glossary
from .listing_pages import Site, render_listing_pages
from .model import Article
from .reader import find_seeds, read_seed
from .render import article_path, render_article
from .slug import unique_slugs
from .taxonomy import Taxonomy, load_taxonomy
from .topic_pages import render_topic_pages

TAXONOMY_NAME = "topics.yml"
GLOSSARY_NAME = "glossary.yml"
ANALYSIS_SUFFIX = ".analysis.md"
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
        try:
            return path.resolve().relative_to(self.root).as_posix()
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


def generate(project: Project) -> Generated:
    diagnostics: list[Diagnostic] = []

    # Shared data: the taxonomy and the glossary. A broken one is reported, and
    # the site still builds without it rather than not at all.
    taxonomy = load_taxonomy_or_empty(project, diagnostics)
    glossary_file = project.seeds_dir / GLOSSARY_NAME
    no_glossary: dict[str, str] = {}
    glossary = _load_or_report(
        lambda: load_glossary(glossary_file, project.show(glossary_file)), no_glossary, diagnostics
    )

    # Read every seed; a failure is that seed's alone.
    read: list[tuple[Path, Article]] = []
    for path in find_seeds(project.seeds_dir):
        try:
            read.append((path, read_seed(path, project.show(path))))
        except SeedError as exc:
            diagnostics.append(exc.diagnostic)

    # Slugs: two titles that give the same slug both keep a page.
    slugs = unique_slugs(article.slug for _, article in read)
    for (_, article), slug in zip(read, slugs, strict=True):
        if slug != article.slug:
            diagnostics.append(
                Diagnostic(
                    article.path,
                    article.title_line,
                    "warning",
                    f"slug {article.slug!r} is taken by another seed; this one is {slug!r}",
                )
            )
    read = [(path, replace(a, slug=s)) for (path, a), s in zip(read, slugs, strict=True)]

    # Annotate each article.
    articles: list[Article] = []
    for path, article in read:
        try:
            articles.append(annotate(path, article, taxonomy, diagnostics))
        except SeedError as exc:
            diagnostics.append(exc.diagnostic)

    # Gather and render.
    corpus = build_corpus(articles, taxonomy)
    pages = {
        article_path(a.slug): render_article(a, corpus, taxonomy, glossary) for a in corpus.articles
    }
    pages.update(render_topic_pages(corpus, taxonomy))
    pages.update(
        render_feeds(
            corpus,
            taxonomy,
            project.site_url,
            site_name=project.site_name,
            site_description=project.site_description,
        )
    )
    site = Site(project.site_name, project.site_description)
    pages.update(render_listing_pages(corpus, taxonomy, site))
    return Generated(dict(sorted(pages.items())), corpus.articles, tuple(diagnostics))


def load_taxonomy_or_empty(project: Project, diagnostics: list[Diagnostic]) -> Taxonomy:
    path = project.seeds_dir / TAXONOMY_NAME
    if not path.is_file():
        return Taxonomy(())
    return _load_or_report(lambda: load_taxonomy(path), Taxonomy(()), diagnostics)


def read_and_annotate(
    path: Path, project: Project, taxonomy: Taxonomy, diagnostics: list[Diagnostic]
) -> Article:
    """One seed on its own (``parse``): read, give a slug, annotate."""
    return annotate(path, read_seed(path, project.show(path)), taxonomy, diagnostics)


def annotate(
    path: Path, article: Article, taxonomy: Taxonomy, diagnostics: list[Diagnostic]
) -> Article:
    article = _known_topics_only(article, taxonomy, diagnostics)
    article = extract_quotes(article)
    article = extract_entities(article)
    article = extract_outlook(article)
    article = detect_topics(article, taxonomy)
    sidecar = path.with_name(path.stem + ANALYSIS_SUFFIX)
    writer_analysis = load_writer_analysis(sidecar) if sidecar.is_file() else None
    return ensure_analysis(article, writer_analysis, taxonomy)


def _known_topics_only(
    article: Article, taxonomy: Taxonomy, diagnostics: list[Diagnostic]
) -> Article:
    known = {t.slug for t in taxonomy.topics}
    for slug in (*article.topics_added, *article.topics_removed):
        if slug not in known:
            diagnostics.append(
                Diagnostic(
                    article.path,
                    None,
                    "warning",
                    f"topic {slug!r} is not in the taxonomy ({TAXONOMY_NAME})",
                )
            )
    return replace(
        article,
        topics_added=tuple(s for s in article.topics_added if s in known),
        topics_removed=tuple(s for s in article.topics_removed if s in known),
    )


def _load_or_report(load: Callable[[], T], fallback: T, diagnostics: list[Diagnostic]) -> T:
    try:
        return load()
    except SeedError as exc:
        diagnostics.append(exc.diagnostic)
        return fallback
