"""The MkDocs plugin: a thin adapter over ``pipeline.generate``.

Generated pages live in a cache folder outside ``docs/`` (writing into the
watched docs tree makes ``mkdocs serve`` rebuild forever) and are handed to
MkDocs as generated files whose source is that cache. ``seeds/`` is watched
explicitly so that editing a seed rebuilds the site.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from .cache import ArticleCache
from .errors import Diagnostic, SeedError
from .output import write_pages
from .pipeline import Project, generate

log = get_plugin_logger(__name__)


class GeneratorConfig(Config):  # type: ignore[no-untyped-call]
    seeds_dir = c.Type(str, default="seeds")
    cache_dir = c.Type(str, default=".generated")


class GeneratorPlugin(BasePlugin[GeneratorConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        super().__init__()
        # Annotated articles by content: one changed seed is the only one re-read.
        self.articles = ArticleCache()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Present so that MkDocs keeps this instance, and so the cache, across
        the rebuilds of ``mkdocs serve`` instead of making a new one each time."""

    def _paths(self, config: MkDocsConfig) -> tuple[Project, Path]:
        root = Path(config.config_file_path or ".").resolve().parent
        return (
            Project.at(
                root,
                self.config.seeds_dir,
                site_url=config.site_url or "",
                site_name=config.site_name,
                site_description=config.site_description or "",
            ),
            root / self.config.cache_dir,
        )

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        project, out_dir = self._paths(config)
        result = generate(project, self.articles)
        for diagnostic in result.diagnostics:
            _report(diagnostic)
        log.info(
            f"{len(self.articles.made)} of {len(result.articles)} articles read and "
            "annotated; the others were unchanged"
        )
        try:
            write_pages(result.pages, out_dir, protected=[project.seeds_dir, Path(config.docs_dir)])
        except SeedError as exc:
            _report(exc.diagnostic)
            return files
        for rel in result.pages:
            if files.get_file_from_path(rel) is not None:
                log.warning(
                    f"docs/{rel} is hand-written; it is kept and the generated page is not used"
                )
                continue
            files.append(File.generated(config, rel, abs_src_path=str(out_dir / rel)))
        return files

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        project, _ = self._paths(config)
        server.watch(str(project.seeds_dir))
        return server


def _report(diagnostic: Diagnostic) -> None:
    if diagnostic.severity == "error":
        log.error(str(diagnostic))
    else:
        log.warning(str(diagnostic))
