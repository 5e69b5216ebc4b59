"""Inputs are regular files inside their folder: a symbolic link in seeds/ (to
/etc/passwd, or to .git/config, where a CI checkout keeps its token) is refused
with an error naming it, and nothing it points at reaches a page."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.engines import read_tree
from generator.errors import SeedError
from generator.pipeline import Generated, Project, generate
from generator.reader.source import AUTHORS, GLOSSARY, PEOPLE, read_input, read_yaml_input
from tests.conftest import REPO

SECRET = "token=ghs_SECRETSECRETSECRET"
GOOD_SEED = (
    "Lynas Ships First Heavy Rare Earth Oxide\n\n"
    "Lynas said on Monday it had shipped its first heavy rare earth oxide.\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text(f"[http]\n\textraheader = {SECRET}\n")
    (tmp_path / "outside.txt").write_text(f"Stolen Title\n\n{SECRET} in a paragraph.\n")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(REPO / "seeds" / "topics.yml", seeds / "topics.yml")
    (seeds / "good.txt").write_text(GOOD_SEED)
    return Project.at(tmp_path)


def everything(result: Generated) -> str:
    return "\n".join(result.pages.values())


def errors_for(result: Generated, name: str) -> list[str]:
    return [d.message for d in result.errors if d.path == f"seeds/{name}"]


@pytest.mark.parametrize("target", ["../.git/config", "../outside.txt", "/etc/passwd"])
def test_a_seed_that_is_a_link_is_refused_by_name(project: Project, target: str) -> None:
    os.symlink(target, project.seeds_dir / "linked.txt")
    result = generate(project)
    (message,) = errors_for(result, "linked.txt")
    assert "symbolic link" in message
    assert SECRET not in everything(result) and "root:" not in everything(result)
    # The other seeds still build.
    assert [a.title for a in result.articles] == ["Lynas Ships First Heavy Rare Earth Oxide"]


@pytest.mark.parametrize("suffix", [".meta.yml", ".analysis.md"])
def test_a_sidecar_that_is_a_link_is_refused_by_name(project: Project, suffix: str) -> None:
    os.symlink("../.git/config", project.seeds_dir / f"good{suffix}")
    result = generate(project)
    (message,) = errors_for(result, f"good{suffix}")
    assert "symbolic link" in message
    assert SECRET not in everything(result)


@pytest.mark.parametrize("name", ["topics.yml", "glossary.yml"])
def test_a_taxonomy_or_glossary_that_is_a_link_is_refused(project: Project, name: str) -> None:
    (project.seeds_dir / name).unlink(missing_ok=True)
    os.symlink("../.git/config", project.seeds_dir / name)
    result = generate(project)
    assert any("symbolic link" in m for m in errors_for(result, name))
    assert SECRET not in everything(result)
    assert result.articles, "the seeds still build without it"


def test_a_link_inside_docs_is_not_staged_for_zensical(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "about.md").write_text("# About\n")
    (tmp_path / "secret").write_text(SECRET)
    os.symlink("../secret", docs / "notes.md")
    with pytest.raises(SeedError) as raised:
        read_tree(docs)
    assert raised.value.path.endswith("notes.md")
    assert "symbolic link" in raised.value.message


def test_read_input_takes_a_regular_file_inside_its_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"text")
    assert read_input(tmp_path / "a.txt", "a.txt", 10) == b"text"
    with pytest.raises(SeedError, match="the limit is 3"):
        read_input(tmp_path / "a.txt", "a.txt", 3)


def test_read_input_refuses_a_file_resolving_outside_the_folder(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    os.symlink("real", tmp_path / "alias")
    inside = tmp_path / "seeds"
    inside.mkdir()
    with pytest.raises(SeedError, match="resolves outside seeds/"):
        read_input(tmp_path / "alias" / "a.txt", "alias/a.txt", 10, inside=inside)


def test_read_input_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(SeedError, match="not a regular file"):
        read_input(tmp_path / "pipe.txt", "pipe.txt", 10)


def test_a_yaml_input_is_its_top_level_shape_or_empty_where_allowed(tmp_path: Path) -> None:
    missing = tmp_path / "none.yml"
    assert read_yaml_input(missing, "none.yml", AUTHORS, dict, "wrong")[0] == {}
    blank = tmp_path / "blank.yml"
    blank.write_text("# nothing yet\n")
    assert read_yaml_input(blank, "blank.yml", PEOPLE, list, "wrong")[0] == []
    # The glossary may not be empty: a file of comments only is the wrong shape.
    with pytest.raises(SeedError, match="must map") as empty:
        read_yaml_input(blank, "blank.yml", GLOSSARY, dict, "must map")
    assert (empty.value.path, empty.value.line) == ("blank.yml", 1)
    listed = tmp_path / "listed.yml"
    listed.write_text("- name: Ana Ruiz\n- name: Tu Xinquan\n")
    with pytest.raises(SeedError, match="a mapping, please"):
        read_yaml_input(listed, "listed.yml", AUTHORS, dict, "a mapping, please")
    data, lines = read_yaml_input(listed, "listed.yml", PEOPLE, list, "wrong")
    assert data == [{"name": "Ana Ruiz"}, {"name": "Tu Xinquan"}]
    assert lines.line(1, "name") == 2
