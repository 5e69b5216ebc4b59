"""The benchmark's corpus synthesizer writes only into a folder it owns."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.corpus import MARKER, NotOurFolder, write_corpus
from tests.conftest import REPO


def test_it_refuses_a_folder_holding_other_files(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "real-article.txt").write_text("A writer's seed")
    with pytest.raises(NotOurFolder):
        write_corpus(3, seeds)
    assert [p.name for p in seeds.iterdir()] == ["real-article.txt"]


def test_it_refuses_the_projects_seeds_from_the_command_line() -> None:
    before = sorted(p.name for p in (REPO / "seeds").iterdir())
    result = subprocess.run(
        [sys.executable, "-m", "bench.corpus", "5", "seeds"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "refusing" in result.stderr
    assert sorted(p.name for p in (REPO / "seeds").iterdir()) == before


def test_it_rewrites_a_folder_it_made_itself(tmp_path: Path) -> None:
    out = write_corpus(3, tmp_path / "corpus")
    assert (out / MARKER).is_file()
    again = write_corpus(2, out)
    assert len(list(again.glob("article-*.txt"))) == 2
