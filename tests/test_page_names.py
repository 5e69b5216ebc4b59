"""Page names from titles and file names: they fit the file system, stay unique and
never take the place of a page the generator makes itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.output import write_pages
from generator.paths import RESERVED_ARTICLE_SLUGS
from generator.pipeline import Project, generate
from tests.conftest import REPO

BODY = "\n\nChina said on Monday it would tighten export licences for rare earths.\n"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(REPO / "seeds" / "topics.yml", seeds / "topics.yml")
    return Project.at(tmp_path)


def test_a_300_character_title_and_file_name_build(project: Project, tmp_path: Path) -> None:
    long_name = "x" * 240  # 244 with ".txt": its sidecars' names cannot exist
    (project.seeds_dir / f"{long_name}.txt").write_text("Quota " * 50 + BODY)
    (project.seeds_dir / "b.txt").write_text("Quota " * 50 + "again" + BODY)
    result = generate(project)
    assert result.errors == ()
    slugs = sorted(a.slug for a in result.articles)
    assert len(set(slugs)) == 2 and all(len(slug) <= 80 for slug in slugs)
    write_pages(result.pages, tmp_path / "out")
    assert generate(project).pages == result.pages


@pytest.mark.parametrize("title", ["Index", "Page", "INDEX!"])
def test_a_title_naming_a_generated_page_gets_another_slug(project: Project, title: str) -> None:
    (project.seeds_dir / "a.txt").write_text(title + BODY)
    result = generate(project)
    (article,) = result.articles
    assert article.slug not in RESERVED_ARTICLE_SLUGS
    (warning,) = [d for d in result.diagnostics if d.severity == "warning" and "slug" in d.message]
    assert "a page the generator makes" in warning.message
    # The articles index is still the list of articles.
    assert "reex:\n  kind: articles-index" in result.pages["articles/index.md"]
    assert f"articles/{article.slug}.md" in result.pages


def test_a_writer_slug_naming_a_generated_page_gets_another_slug(project: Project) -> None:
    (project.seeds_dir / "a.txt").write_text("Export Licences Tighten" + BODY)
    (project.seeds_dir / "a.meta.yml").write_text("slug: index\n")
    result = generate(project)
    (article,) = result.articles
    assert article.slug == "index-2"
    assert "reex:\n  kind: articles-index" in result.pages["articles/index.md"]


def test_no_article_page_shares_a_path_with_another_page(project: Project) -> None:
    for reserved in sorted(RESERVED_ARTICLE_SLUGS):
        (project.seeds_dir / f"{reserved}.txt").write_text(reserved.title() + BODY)
    pages = generate(project).pages
    articles = {path for path in pages if path.startswith("articles/")}
    others = {
        path for path in pages if path.startswith("articles/") and "kind: articles" in pages[path]
    }
    assert others and all(pages[p].count("kind: article\n") == 0 for p in others)
    assert len(articles) == len(others) + len(RESERVED_ARTICLE_SLUGS)
