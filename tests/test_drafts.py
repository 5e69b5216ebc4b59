"""``draft: true``: the article is in the preview (``mkdocs serve``) and in no build
for publishing (``mkdocs build``, ``generator build`` without ``--drafts``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.paths import article_path
from generator.pipeline import Project, generate
from tests.conftest import REPO, copy_project, run_mkdocs

DRAFT = (
    "---\ntitle: Gallium Prices Jump Again\ndate: 2025-06-03\ndraft: true\n---\n\n"
    "Gallium prices outside China rose again on Tuesday, traders said.\n"
)
PUBLISHED = (
    "Gallium Prices Jump Again\n\nMay 2, 2025\n\n"
    "Gallium prices outside China jumped for a second week, traders in Rotterdam said.\n"
)
SLUG = "gallium-prices-jump-again"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy2(REPO / "seeds" / "topics.yml", folder / "topics.yml")
    (folder / "a-draft.md").write_text(DRAFT)
    (folder / "b-published.txt").write_text(PUBLISHED)
    return folder


def test_a_build_to_publish_leaves_drafts_out(seeds: Path) -> None:
    result = generate(Project.at(seeds.parent))
    assert [a.path for a in result.articles] == ["seeds/b-published.txt"]
    everything = "\n".join(result.pages.values())
    assert "second week" in everything and "rose again on Tuesday" not in everything


def test_a_preview_shows_drafts_marked_as_drafts(seeds: Path) -> None:
    result = generate(Project.at(seeds.parent, drafts=True))
    by_path = {a.path: a for a in result.articles}
    # The published article keeps its address; the draft takes another.
    assert by_path["seeds/b-published.txt"].slug == SLUG
    draft = by_path["seeds/a-draft.md"]
    page = result.pages[article_path(draft.slug)]
    assert '!!! warning "Draft"' in page and "draft: true" in page


def test_a_draft_must_be_true_or_false(seeds: Path) -> None:
    (seeds / "a-draft.md").write_text(DRAFT.replace("draft: true", "draft: maybe"))
    result = generate(Project.at(seeds.parent, drafts=True))
    (error,) = result.errors
    assert error.path == "seeds/a-draft.md" and error.line == 4
    assert "draft must be true or false" in error.message


def test_the_cli_builds_drafts_only_when_asked(seeds: Path, tmp_path: Path) -> None:
    assert main(["--root", str(tmp_path), "build", "--out", str(tmp_path / "out")]) == 0
    assert not list((tmp_path / "out" / "articles").glob("*-2.md"))
    out = tmp_path / "preview"
    assert main(["--root", str(tmp_path), "build", "--drafts", "--out", str(out)]) == 0
    assert (out / "articles" / f"{SLUG}-2.md").is_file()


@pytest.mark.build
def test_mkdocs_build_never_publishes_a_draft(tmp_path: Path) -> None:
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "a-draft.md").write_text(DRAFT)
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert not (site / "articles" / SLUG).exists()
    built = "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    feeds = (site / "feeds" / "feed.json").read_text(encoding="utf-8")
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for text in (built, feeds, json.dumps(index)):
        assert "rose again on Tuesday" not in text
