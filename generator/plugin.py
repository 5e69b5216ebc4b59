"""The MkDocs plugin: a thin adapter over ``pipeline.generate``.

Generated pages live in a cache folder outside ``docs/`` (writing into the
watched docs tree makes ``mkdocs serve`` rebuild forever) and are handed to
MkDocs as generated files whose source is that cache. ``seeds/`` is watched
explicitly so that editing a seed rebuilds the site.
"""

from __future__ import annotations

import gc
import logging
import re
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from .cache import ArticleCache
from .errors import Diagnostic, SeedError
from .output import Written, remove_with_empty_folders
from .paths import ARTICLE_CACHE_DIR
from .pipeline import Project, generate, write
from .search_index import DirtyIndex, strip_markers
from .template_cache import MemoryBytecodeCache

log = get_plugin_logger(__name__)


class GeneratorConfig(Config):  # type: ignore[no-untyped-call]
    seeds_dir = c.Type(str, default="seeds")
    cache_dir = c.Type(str, default=".generated")
    # Annotated articles kept between builds ("" keeps them in memory only).
    article_cache_dir = c.Type(str, default=ARTICLE_CACHE_DIR)


class GeneratorPlugin(BasePlugin[GeneratorConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        super().__init__()
        # Annotated articles by content: one changed seed is the only one re-read.
        self.articles = ArticleCache()
        self.dirty = False
        self.drafts = False
        # For dirty rebuilds: Material's search index kept whole.
        self.dirty_index = DirtyIndex()
        # Built files of generated pages that this build no longer has (a deleted
        # seed's page): a dirty build keeps the old HTML unless it is removed.
        self.gone: list[Path] = []
        # The theme's templates, compiled once for every rebuild.
        self.compiled_templates = MemoryBytecodeCache()
        # What the last build left in .generated/: unchanged pages are not read again.
        self.written = Written()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Present so that MkDocs keeps this instance, and so the cache, across
        the rebuilds of ``mkdocs serve`` instead of making a new one each time."""
        self.dirty = dirty
        # Drafts are pages in the preview only: never in `mkdocs build` or gh-deploy.
        # (The same test tells the cache not to save its pages on every save.)
        self.drafts = command == "serve"

    def _paths(self, config: MkDocsConfig) -> tuple[Project, Path]:
        root = Path(config.config_file_path or ".").resolve().parent
        return (
            Project.at(
                root,
                self.config.seeds_dir,
                site_url=config.site_url or "",
                site_name=config.site_name,
                site_description=config.site_description or "",
                drafts=self.drafts,
            ),
            root / self.config.cache_dir,
        )

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Once per plugin instance: `mkdocs serve` keeps its cache in memory too.
        if self.articles.disk is None and self.config.article_cache_dir:
            root = Path(config.config_file_path or ".").resolve().parent
            folder = root / self.config.article_cache_dir
            self.articles = ArticleCache.on_disk(folder, keep_pages=not self.drafts)
            if not self.drafts:
                keep_heap_out_of_collections()
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        project, out_dir = self._paths(config)
        try:
            result = generate(project, self.articles)
        except SeedError as exc:
            # Nothing to build from (a bad setting): one clean line, not a traceback.
            raise PluginError(str(exc)) from None
        for diagnostic in result.diagnostics:
            _report(diagnostic)
        log.info(annotated_message(len(self.articles.made), len(result.articles)))
        try:
            report = write(project, result, out_dir, Path(config.docs_dir), self.written)
        except SeedError as exc:
            _report(exc.diagnostic)
            return files
        self.gone = [
            Path(File.generated(config, rel, content="").abs_dest_path)
            for rel in report.removed
            if files.get_file_from_path(rel) is None
        ]
        in_nav = nav_paths(config.nav)
        for rel in [*result.pages, *result.files]:
            if files.get_file_from_path(rel) is not None:
                log.warning(
                    f"docs/{rel} is hand-written; it is kept and the generated page is not used"
                )
                continue
            files.append(
                File.generated(
                    config, rel, abs_src_path=str(out_dir / rel), inclusion=inclusion(rel, in_nav)
                )
            )
        if not self.drafts:
            keep_heap_out_of_collections()
        return files

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        env.bytecode_cache = self.compiled_templates
        # A page's URL, as search entries have it ("" for the home page, not "./").
        self.dirty_index.begin(f.page.url if f.page else f.url for f in files.documentation_pages())
        return env

    def on_page_context(self, context: Any, /, *, page: Any, config: MkDocsConfig, nav: Any) -> Any:
        self.dirty_index.rendered(page.url)
        return context

    @event_priority(100)  # Before Material's search plugin writes the index.
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """After a dirty build: remove the built pages of deleted seeds (a clean
        build starts from an empty folder), and give Material's search plugin the
        whole index; in every build, take the annotation markers out of the index."""
        if self.dirty:
            remove_built_pages(self.gone, Path(config.site_dir))
            self.dirty_index.complete(config.plugins.values(), Path(config.site_dir))
        strip_markers(config.plugins.values())

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        project, _ = self._paths(config)
        server.watch(str(project.seeds_dir))
        logging.getLogger("mkdocs.livereload").addFilter(QUIET_REDIRECTS)
        settle_heap()
        return server


def keep_heap_out_of_collections() -> None:
    """In a one-shot build (``mkdocs build``, gh-deploy), once the page memo and
    the rankings are loaded and again after generation: what the plugin holds
    (the articles, the page memo, the rankings) stays until the process ends, so
    it is frozen out of the collector's walks rather than walked by every full
    collection that generation and MkDocs' own work start (at 1,000 articles the warm
    build spent 1.85 s of CPU collecting against the plain build's 0.74 s). Not
    collected first: a full collection here would cost what it saves, and what
    it would free is freed when the process ends. ``mkdocs serve`` settles its
    heap after the first build instead (``settle_heap``)."""
    gc.freeze()


def settle_heap() -> None:
    """After the server's first build, the garbage collector's view of what stays.

    The articles, the page memo and the rankings live as long as the server, and
    every full collection walks all of them again: at 1,000 articles 0.3 s or so,
    about once a rebuild. Collected once here (the first build's own garbage goes)
    and then frozen, they are left out of later collections, which walk only what
    the rebuilds made since. What a rebuild replaces is still freed as it always
    is, by its reference count; only a cycle among the frozen objects would stay.
    """
    gc.collect()
    gc.freeze()


class QuietRedirects(logging.Filter):
    """MkDocs' preview server logs every answer but a 200 as a warning, so with
    ``site_url`` under a path (``/reex-analysis/``) every visit to ``/`` is a
    warning for its 302 to that path. Redirects are debug messages (``mkdocs
    serve -v`` shows them); a 404 or any other answer stays a warning."""

    redirect = re.compile(r'" code 30[1278]$')

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.redirect.search(record.getMessage()):
            return True
        if not logging.getLogger("mkdocs").isEnabledFor(logging.DEBUG):
            return False
        record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return True


QUIET_REDIRECTS = QuietRedirects()


def remove_built_pages(built: list[Path], site_dir: Path) -> None:
    """Delete these built files (of generated pages that are gone) and the folders
    they leave empty; never anything outside ``site_dir``."""
    site = site_dir.resolve()
    for path in built:
        target = path.resolve()
        if site in target.parents:
            remove_with_empty_folders(target, site)


def nav_paths(nav: Any) -> set[str] | None:
    """The pages that ``nav`` in mkdocs.yml names (None: no ``nav``, MkDocs makes one)."""
    if nav is None:
        return None
    found: set[str] = set()
    items = [nav]
    while items:
        item = items.pop()
        if isinstance(item, str):
            found.add(item)
        elif isinstance(item, dict):
            items.extend(item.values())
        elif isinstance(item, list):
            items.extend(item)
    return found


def inclusion(rel: str, in_nav: set[str] | None) -> InclusionLevel:
    """Generated pages that ``nav`` leaves out (every article, topic and archive
    page) are reached through the generated indexes: MkDocs is told so, or every
    build lists them all as "not included in the nav". Hand-written pages left
    out of the nav are still reported."""
    if in_nav is None or rel in in_nav:
        return InclusionLevel.UNDEFINED
    return InclusionLevel.NOT_IN_NAV


def _report(diagnostic: Diagnostic) -> None:
    if diagnostic.severity == "error":
        log.error(str(diagnostic))
    else:
        log.warning(str(diagnostic))


def annotated_message(made: int, shown: int) -> str:
    """How many seeds this build read again (the others came from the cache)."""
    noun = "article" if shown == 1 else "articles"
    if made == 0:
        return f"{shown} {noun}, none changed: nothing to read again"
    if made >= shown:
        return f"{shown} {noun} read and annotated"
    return f"{made} of {shown} {noun} read and annotated; the others were unchanged"
