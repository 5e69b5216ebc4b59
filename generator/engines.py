"""A second engine: the same site staged for Zensical, which runs no plugin of ours.

Zensical reads ``mkdocs.yml`` but silently skips third-party plugins, so the
generated pages must already be on disk where it looks. They go into a staging
folder the generator owns (default ``build/zensical/``): a copy of ``docs/``,
the generated tree on top, and a generated ``mkdocs.yml`` whose ``docs_dir``
is the staged copy. Nothing is written into ``docs/`` or ``seeds/``, and
``mkdocs serve`` watches neither ``build/`` nor the staged config, so the two
engines never see each other's files.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from .errors import Diagnostic, SeedError
from .output import WriteReport, write_pages
from .pipeline import Project, generate
from .reader.source import is_listed_input, read_input

PLUGIN_NAME = "reex-generator"
STAGE_DIR = Path("build") / "zensical"
# Inside the staging folder: Zensical wants docs_dir and site_dir within the
# folder holding its config file.
STAGED_CONFIG = "mkdocs.yml"
STAGED_DOCS = "docs"
STAGED_SITE = "site"
# A docs/ file larger than this is a mistake (a video, a dump), not a page or image.
MAX_DOCS_FILE_BYTES = 50_000_000


@dataclass(frozen=True)
class StagedSite:
    config_file: Path
    site_dir: Path
    report: WriteReport
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")


def stage_zensical(
    project: Project, stage_dir: Path, config_name: str = "mkdocs.yml"
) -> StagedSite:
    """Generate the site's pages and lay out everything Zensical needs in ``stage_dir``."""
    stage_dir = stage_dir.resolve()
    config_path = project.root / config_name
    source_config = read_config(config_path)
    docs_dir = project.root / str(source_config.get("docs_dir", "docs"))
    result = generate(project)
    files, collisions = staged_files(read_tree(docs_dir), {**result.pages, **result.files})
    staged_config = zensical_config(source_config, project.root, stage_dir)
    files[STAGED_CONFIG] = _config_text(staged_config, project.show(config_path))
    inputs = [project.seeds_dir, docs_dir, *theme_dirs(source_config, project.root)]
    report = write_pages(files, stage_dir, protected=inputs)
    warnings = tuple(
        Diagnostic(
            project.show(docs_dir / rel),
            None,
            "warning",
            "hand-written page kept; the generated page of the same name is not used",
        )
        for rel in collisions
    )
    return StagedSite(
        config_file=stage_dir / STAGED_CONFIG,
        site_dir=stage_dir / STAGED_SITE,
        report=report,
        diagnostics=(*result.diagnostics, *warnings),
    )


def read_config(path: Path) -> dict[str, Any]:
    """The site's ``mkdocs.yml`` as plain data; tags (``!ENV`` …) cannot be staged."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SeedError(str(path), None, f"cannot read the site configuration: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise SeedError(
            str(path), line, f"the Zensical staging reads plain YAML only: {exc}"
        ) from None
    if not isinstance(data, dict):
        raise SeedError(str(path), None, "the site configuration is not a mapping")
    return data


def zensical_config(config: Mapping[str, Any], root: Path, stage_dir: Path) -> dict[str, Any]:
    """``config`` as Zensical should see it from inside ``stage_dir``: staged docs,
    site output beside them, our plugin left out, theme overrides found where they are."""
    staged = dict(config)
    staged["docs_dir"] = STAGED_DOCS
    staged["site_dir"] = STAGED_SITE
    staged["plugins"] = without_plugin(config.get("plugins") or [], PLUGIN_NAME)
    theme = config.get("theme")
    if isinstance(theme, dict):
        theme = dict(theme)
        custom_dir = theme.get("custom_dir")
        if isinstance(custom_dir, str):
            theme["custom_dir"] = os.path.relpath(root / custom_dir, stage_dir)
        # Zensical's "modern" look is not the one our stylesheet was written for.
        theme.setdefault("variant", "classic")
        staged["theme"] = theme
    return staged


def theme_dirs(config: Mapping[str, Any], root: Path) -> list[Path]:
    """The theme override folder, if the configuration names one."""
    theme = config.get("theme")
    custom_dir = theme.get("custom_dir") if isinstance(theme, dict) else None
    return [root / custom_dir] if isinstance(custom_dir, str) else []


def without_plugin(plugins: Sequence[Any] | Mapping[str, Any], name: str) -> Any:
    """The plugins setting (list or mapping form) with ``name`` left out."""
    if isinstance(plugins, Mapping):
        return {key: value for key, value in plugins.items() if key != name}
    return [
        item
        for item in plugins
        if item != name and not (isinstance(item, Mapping) and name in item)
    ]


def read_tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by its POSIX path, as bytes (pages, CSS, images)."""
    files: dict[str, bytes] = {}
    if not folder.is_dir():
        return files
    for path in sorted(folder.rglob("*")):
        if is_listed_input(path):
            rel = PurePosixPath(*path.relative_to(folder).parts).as_posix()
            files[rel] = read_input(path, str(path), MAX_DOCS_FILE_BYTES, inside=folder)
    return files


def staged_files(
    hand_written: Mapping[str, bytes], generated: Mapping[str, str | bytes]
) -> tuple[dict[str, str | bytes], tuple[str, ...]]:
    """The staged docs tree (hand-written pages win, as with the MkDocs plugin)
    and the names where both had a page."""
    collisions = tuple(sorted(set(hand_written) & set(generated)))
    merged: dict[str, str | bytes] = {**generated, **hand_written}
    files = {f"{STAGED_DOCS}/{rel}": merged[rel] for rel in sorted(merged)}
    return files, collisions


def _config_text(config: Mapping[str, Any], source: str) -> str:
    header = (
        f"# Generated by `python -m generator zensical` from {source}; edits here are lost.\n"
        f"# Our {PLUGIN_NAME} plugin is left out: the pages it makes are in {STAGED_DOCS}/.\n"
    )
    return header + yaml.safe_dump(dict(config), sort_keys=False, allow_unicode=True)


def zensical_command(config_file: Path, strict: bool = True) -> list[str]:
    return [
        sys.executable,
        "-m",
        "zensical",
        "build",
        "--config-file",
        str(config_file),
        *(["--strict"] if strict else []),
    ]


def run_zensical(staged: StagedSite, strict: bool = True) -> int:
    """``zensical build`` on the staged config; its output goes to our terminal."""
    # Zensical keeps its cache in the working folder: the staging folder, not the project.
    completed = subprocess.run(
        zensical_command(staged.config_file, strict),
        cwd=staged.config_file.parent,
        check=False,
    )
    return completed.returncode
