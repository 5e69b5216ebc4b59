"""A throw-away copy of the site for a benchmark build, with a corpus as its seeds."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SITE_INPUTS = ("docs", "overrides")


def make_project(seeds: Path, project: Path) -> Path:
    """A copy of the site (mkdocs.yml, docs/, overrides/) with ``seeds`` as its seeds."""
    if project.exists():
        shutil.rmtree(project)
    project.mkdir(parents=True)
    for name in SITE_INPUTS:
        shutil.copytree(REPO / name, project / name)
    shutil.copy2(REPO / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(seeds, project / "seeds")
    return project
