"""A pasted page without a headline: parse shows the rest (title null), check
asks for a title in the sidecar, naming the file and line, and the other seeds
still build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import REPO

UNTITLED = (
    "Share\n"
    "Copy link\n"
    "\n"
    "Shipments of rare earth concentrate from northern Myanmar into China have fallen to "
    "their lowest level in more than two years, according to customs data.\n"
    "\n"
    "Refiners in Jiangxi have turned to stockpiles and to imports from Laos.\n"
)
TITLED = (
    "Lynas Ships First Dysprosium From Malaysia\n\n"
    "Lynas Rare Earths said on Monday it had shipped its first separated dysprosium oxide.\n"
)


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True
    )


def _project(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(REPO / "seeds" / "topics.yml", seeds / "topics.yml")
    (seeds / "myanmar.txt").write_text(UNTITLED, encoding="utf-8")
    (seeds / "lynas.txt").write_text(TITLED, encoding="utf-8")
    return tmp_path


def test_parse_prints_the_rest_with_a_null_title(tmp_path: Path) -> None:
    root = _project(tmp_path)
    result = _run("parse", "seeds/myanmar.txt", "--json", cwd=root)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["title"] is None
    assert data["sections"][0]["paragraphs"][0].startswith("Shipments of rare earth")
    assert "seeds/myanmar.txt:1: error: no title found in the text" in result.stderr
    assert "seeds/myanmar.meta.yml" in result.stderr


def test_check_asks_for_a_title_and_the_other_seeds_build(tmp_path: Path) -> None:
    root = _project(tmp_path)
    check = _run("check", cwd=root)
    assert check.returncode == 1
    assert "seeds/myanmar.txt:1: error: no title found in the text: add 'title: …' to" in (
        check.stderr
    )
    build = _run("build", "--out", "out", cwd=root)
    assert (root / "out" / "articles" / "lynas-ships-first-dysprosium-from-malaysia.md").is_file()
    assert build.returncode == 1


def test_a_title_in_the_sidecar_mends_it(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "seeds" / "myanmar.meta.yml").write_text(
        "title: Myanmar Rare Earth Shipments to China Slump\n", encoding="utf-8"
    )
    assert _run("check", cwd=root).returncode == 0
