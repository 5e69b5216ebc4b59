"""Shared fixtures: the repository, a real MkDocs build of it (once per session)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# What a site needs to build: everything else (tests, .venv, .git) stays behind.
SITE_INPUTS = ("mkdocs.yml", "docs", "seeds", "overrides")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="rewrite the golden files from the current output (on purpose only)",
    )


@pytest.fixture(scope="session")
def regen_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


CORPUS = REPO / "tests" / "fixtures" / "corpus"
# Hostile seeds, sidecars, taxonomy and glossary: markup in every field a writer types.
ATTACKS = REPO / "tests" / "fixtures" / "attacks"


def corpus_seeds(target: Path) -> Path:
    """The repository's seeds (real articles, taxonomy, glossary) plus the test corpus."""
    shutil.copytree(REPO / "seeds", target)
    for article in sorted(CORPUS.iterdir()):
        shutil.copy2(article, target / article.name)
    return target


def copy_project(target: Path, seeds: Path | None = None) -> Path:
    """A throw-away copy of the site's inputs; ``seeds`` replaces the seeds folder."""
    for name in SITE_INPUTS:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy2(source, target / name)
    if seeds is not None:
        shutil.rmtree(target / "seeds")
        shutil.copytree(seeds, target / "seeds")
    return target


def run_mkdocs(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's site, built for real with ``mkdocs build --strict``."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"


def attack_project(target: Path) -> Path:
    """A copy of the site whose seeds folder also holds the attack corpus (its
    taxonomy and glossary replace the repository's)."""
    project = copy_project(target)
    for attack in sorted(ATTACKS.iterdir()):
        shutil.copy2(attack, project / "seeds" / attack.name)
    return project
