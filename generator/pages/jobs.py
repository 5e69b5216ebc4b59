"""The seam between the pipeline and the pages: page types make jobs, a job makes a page.

A page type (``PageType``) looks at everything gathered (``Gathered``) and says
which pages it makes: one ``Job`` each, with the page's path, how to render it,
and what it shows (the page memo's key: equal inputs, same page). The pipeline
runs the declared tuple of page types (``pages/__init__.py``) and nothing else.

A render gets the ``Site``, what every page may read (the taxonomy, the
glossary, the site's name and address); page types whose jobs go to worker
processes (``in_workers``) make renders that pickle small (the site is sent to
each worker once, not with every job).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..authors import Authors
from ..corpus import Corpus
from ..errors import Diagnostic
from ..taxonomy import Taxonomy
from .rows import ArticleLink, article_links


@dataclass(frozen=True)
class Site:
    """What any page may read besides its own inputs."""

    name: str
    description: str = ""
    url: str = ""
    taxonomy: Taxonomy = field(default_factory=lambda: Taxonomy(()))
    glossary: Mapping[str, str] = field(default_factory=dict)
    authors: Authors = field(default_factory=Authors)


@dataclass(frozen=True)
class Gathered:
    """Everything pages are made from: the corpus, the site, and the seeds whose
    latest version failed (``stale``: shown from their last good version, by the
    article's path; ``failed``: never built)."""

    corpus: Corpus
    site: Site
    stale: Mapping[str, Diagnostic] = field(default_factory=dict)
    failed: tuple[tuple[Path, Diagnostic], ...] = ()

    @functools.cached_property
    def links(self) -> Mapping[str, ArticleLink]:
        """What a list row shows of each article, by slug: worked out once per build
        for every page type (an article is a row on many pages)."""
        return article_links(self.corpus.articles, self.site.taxonomy)


Render = Callable[[Site], str]


@dataclass(frozen=True)
class Job:
    """One page to make. ``shows`` is everything the page is rendered from besides
    what ``render`` ignores; None for pages cheap enough to render on every run."""

    path: str
    render: Render
    shows: tuple[object, ...] | None = None


@dataclass(frozen=True)
class PageType:
    """A kind of page: the jobs it makes from what was gathered."""

    name: str
    jobs: Callable[[Gathered], Iterable[Job]]
    in_workers: bool = False


def fixed(render: Callable[..., str], *args: object) -> Render:
    """A render that reads nothing of the site: ``render(*args)``."""
    return functools.partial(_call, render, args)


def _call(render: Callable[..., str], args: tuple[object, ...], site: Site) -> str:
    return render(*args)


def render_all(jobs: Iterable[Job], site: Site) -> dict[str, str]:
    """Every job's page, rendered now (no memo, no workers)."""
    return {job.path: job.render(site) for job in jobs}
