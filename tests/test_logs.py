"""What MkDocs prints: what a writer needs and no more, and every real warning still.

Generated pages that ``nav`` leaves out are not listed on every build, while a
hand-written page left out still is; a bad seed still fails ``--strict``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.structure.files import InclusionLevel

from generator.plugin import inclusion, nav_paths
from tests.conftest import copy_project, run_mkdocs

NOT_IN_NAV = 'not included in the "nav" configuration'


def test_generated_pages_outside_the_nav_are_marked_not_in_nav() -> None:
    nav = [
        {"Home": "index.md"},
        {"Articles": [{"All": "articles/index.md"}, "articles/pinned.md"]},
        {"Elsewhere": "https://example.org/"},
    ]
    named = nav_paths(nav)
    assert named == {"index.md", "articles/index.md", "articles/pinned.md", "https://example.org/"}
    assert inclusion("index.md", named) is InclusionLevel.UNDEFINED
    assert inclusion("articles/pinned.md", named) is InclusionLevel.UNDEFINED
    assert inclusion("articles/some-article.md", named) is InclusionLevel.NOT_IN_NAV
    assert inclusion("topics/tariffs/2.md", named) is InclusionLevel.NOT_IN_NAV


def test_without_a_nav_mkdocs_makes_one_of_every_page() -> None:
    assert nav_paths(None) is None
    assert inclusion("articles/some-article.md", None) is InclusionLevel.UNDEFINED


@pytest.mark.build
def test_a_build_lists_no_generated_page_but_a_hand_written_one(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "docs" / "orphan.md").write_text("# Orphan\n\nIn no nav.\n", encoding="utf-8")
    result = run_mkdocs(project, "build", "--strict")
    log = result.stderr
    assert result.returncode == 0, log
    # The one page a writer left out is named; no generated page is.
    listed = [line.strip() for line in log.splitlines() if line.startswith("  - ")]
    assert NOT_IN_NAV in log
    assert listed == ["- orphan.md"], log
    # Still built, still in the sitemap, just not listed.
    assert (project / "site" / "topics" / "tariffs" / "index.html").is_file()
    assert "/topics/tariffs/" in (project / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert len(log.splitlines()) <= 6, log


@pytest.mark.build
def test_a_bad_seed_still_fails_a_strict_build(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "seeds" / "broken.md").write_text(
        "---\ntitle: Broken\ndate: 2025-13-45\n---\n\nText.\n", encoding="utf-8"
    )
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode != 0
    assert "seeds/broken.md" in result.stderr
    assert NOT_IN_NAV not in result.stderr
