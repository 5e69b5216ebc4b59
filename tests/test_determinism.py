"""Two builds of the same inputs are byte-identical.

Each build runs in its own process, in its own copy of the project, with a
different ``PYTHONHASHSEED`` (set and dict order of strings changes with it)
and the same ``SOURCE_DATE_EPOCH``; the builds run one after the other, so a
page that printed the clock would differ too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_project
from tests.test_robustness import write_news

pytestmark = pytest.mark.build

SOURCE_DATE_EPOCH = "1746057600"  # 2025-05-01, any fixed moment will do


def build_twice_over(project: Path, hash_seed: str) -> None:
    """The generator's own build and MkDocs' build, each in a fresh process."""
    env = {
        **os.environ,
        "PYTHONHASHSEED": hash_seed,
        "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
        "NO_MKDOCS_2_WARNING": "1",
    }
    for command in (
        [sys.executable, "-m", "generator", "build", "--out", "generated-md"],
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
    ):
        done = subprocess.run(
            command, cwd=project, env=env, capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr


def tree(folder: Path) -> dict[str, bytes]:
    assert folder.is_dir(), folder
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def differences(one: dict[str, bytes], two: dict[str, bytes]) -> list[str]:
    only = sorted(set(one) ^ set(two))
    changed = sorted(name for name in set(one) & set(two) if one[name] != two[name])
    return [f"only in one build: {name}" for name in only] + [
        f"differs: {name}" for name in changed
    ]


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    projects = []
    for hash_seed in ("1", "4242"):
        project = copy_project(tmp_path_factory.mktemp(f"hashseed-{hash_seed}"))
        write_news(project / "seeds")
        build_twice_over(project, hash_seed)
        projects.append(project)
    return projects[0], projects[1]


def test_generated_markdown_is_byte_identical(two_builds: tuple[Path, Path]) -> None:
    one, two = two_builds
    cli_one, cli_two = tree(one / "generated-md"), tree(two / "generated-md")
    assert len(cli_one) > 40
    assert differences(cli_one, cli_two) == []
    # The plugin's cache folder holds the very same pages as the CLI's output.
    assert differences(tree(one / ".generated"), cli_one) == []
    assert differences(tree(two / ".generated"), cli_two) == []


def test_built_site_is_byte_identical(two_builds: tuple[Path, Path]) -> None:
    one, two = two_builds
    site_one, site_two = tree(one / "site"), tree(two / "site")
    # sitemap.xml.gz is compared too: MkDocs stamps its gzip header with the
    # SOURCE_DATE_EPOCH time and the bare file name, so it is reproducible.
    assert "sitemap.xml.gz" in site_one
    assert differences(site_one, site_two) == []
