"""Authors: seeds/authors.yml read with file:line errors, an author page per
entry listing their articles, the byline linked, the JSON-LD author a Person."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from generator.authors import Author, Authors, load_authors
from generator.errors import SeedError
from generator.paths import author_path
from generator.pipeline import Project, generate
from tests.conftest import copy_project, run_mkdocs

AUTHORS = """\
kieran-doyle:
  name: Kieran Doyle
  bio: Reports on mining and the minerals trade from Perth.
  links:
    - https://example.org/kieran
ana-ruiz:
  name: Ana Ruiz
"""


def _load(tmp_path: Path, text: str) -> Authors:
    path = tmp_path / "authors.yml"
    path.write_text(text, encoding="utf-8")
    return load_authors(path, "seeds/authors.yml")


def test_entries_are_read_in_order_and_found_by_key_or_name(tmp_path: Path) -> None:
    authors = _load(tmp_path, AUTHORS)
    assert [a.key for a in authors] == ["kieran-doyle", "ana-ruiz"]
    kieran = Author(
        "kieran-doyle",
        "Kieran Doyle",
        "Reports on mining and the minerals trade from Perth.",
        ("https://example.org/kieran",),
    )
    assert authors.find("kieran-doyle") == kieran
    assert authors.find("KIERAN   doyle") == kieran
    assert authors.find("Kieran") is None and authors.find(None) is None


def test_a_missing_or_empty_file_is_no_authors(tmp_path: Path) -> None:
    assert len(load_authors(tmp_path / "authors.yml", "seeds/authors.yml")) == 0
    assert len(_load(tmp_path, "# nobody yet\n")) == 0


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("- Kieran Doyle\n", 1, "must map each author's key"),
        ("Kieran Doyle:\n  name: Kieran Doyle\n", 1, "is not an author key"),
        ("ok:\n  name: A\nbad:\n  bio: no name\n", 3, "name must be a non-empty string"),
        ("ok:\n  name: A\n  twitter: '@a'\n", 3, "unknown key 'twitter'"),
        (
            "ok:\n  name: A\n  links:\n    - https://a.example\n    - javascript:alert(1)\n",
            5,
            "not a web address",
        ),
        ("ok:\n  name: A\n  links: https://a.example\n", 3, "links must be a list"),
        ("one:\n  name: Ana Ruiz\ntwo:\n  name: ana  ruiz\n", 3, "already the name of one"),
        ("ok: [1, 2]\n", 1, "give a mapping"),
    ],
)
def test_mistakes_name_the_file_and_line(tmp_path: Path, text: str, line: int, says: str) -> None:
    with pytest.raises(SeedError) as caught:
        _load(tmp_path, text)
    diagnostic = caught.value.diagnostic
    assert (diagnostic.path, diagnostic.line) == ("seeds/authors.yml", line)
    assert says in diagnostic.message


def _seed(seeds: Path, name: str, title: str, day: str, author: str) -> None:
    (seeds / name).write_text(
        f"---\ntitle: {title}\ndate: {day}\nauthor: {author}\n---\n\n"
        "Rare earth prices rose again this week as buyers in Europe sought supply "
        "outside China, traders in Rotterdam said.\n",
        encoding="utf-8",
    )


def _project(tmp_path: Path, authors: str | None = AUTHORS) -> Project:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    if authors is not None:
        (seeds / "authors.yml").write_text(authors, encoding="utf-8")
    _seed(seeds, "older.md", "Perth Refiners Seek Offtake Deals", "2025-02-01", "kieran-doyle")
    _seed(seeds, "newer.md", "Magnet Makers Scout Australian Feed", "2025-03-01", "Kieran Doyle")
    _seed(seeds, "other.md", "Brussels Weighs Stockpile Rules", "2025-03-02", "Someone Else")
    _seed(seeds, "typo.md", "Lisbon Port Adds Bonded Storage", "2025-03-03", "kieran-doyel")
    return Project.at(tmp_path)


def _meta(page: str) -> dict[str, object]:
    loaded = yaml.safe_load(page.split("---\n")[1])
    assert isinstance(loaded, dict)
    return loaded


def test_author_pages_list_their_articles_newest_first(tmp_path: Path) -> None:
    result = generate(_project(tmp_path))
    page = result.pages[author_path("kieran-doyle")]
    assert page.index("Magnet Makers") < page.index("Perth Refiners")
    assert "Brussels" not in page and "Reports on mining" in page
    assert "[https://example.org/kieran](https://example.org/kieran){ rel=me }" in page
    assert "No articles yet." in result.pages[author_path("ana-ruiz")]
    index = result.pages["authors/index.md"]
    assert "[Kieran Doyle](kieran-doyle.md) | 2 |" in index
    assert "[Ana Ruiz](ana-ruiz.md) | 0 |" in index


def test_the_byline_links_the_author_and_the_front_matter_feeds_json_ld(tmp_path: Path) -> None:
    result = generate(_project(tmp_path))
    page = result.pages["articles/magnet-makers-scout-australian-feed.md"]
    assert "By [Kieran Doyle](../authors/kieran-doyle.md)" in page
    reex = _meta(page)["reex"]
    assert isinstance(reex, dict)
    assert reex["author_page_url"] == "authors/kieran-doyle/"
    assert reex["author_profile_urls"] == ["https://example.org/kieran"]
    assert _meta(page)["author"] == "Kieran Doyle"
    other = result.pages["articles/brussels-weighs-stockpile-rules.md"]
    assert "By Someone Else" in other and "author_page_url" not in other


def test_a_key_the_file_lacks_is_a_warning(tmp_path: Path) -> None:
    result = generate(_project(tmp_path))
    warnings = [d for d in result.diagnostics if "kieran-doyel" in d.message]
    assert [(d.path, d.severity) for d in warnings] == [("seeds/typo.md", "warning")]


def test_no_authors_file_no_author_pages(tmp_path: Path) -> None:
    result = generate(_project(tmp_path, authors=None))
    assert not [p for p in result.pages if p.startswith("authors/")]


def test_a_broken_authors_file_is_reported_and_the_site_still_builds(tmp_path: Path) -> None:
    result = generate(_project(tmp_path, authors="bad key:\n  name: X\n"))
    assert [str(d) for d in result.errors] == [
        "seeds/authors.yml:1: error: 'bad key' is not an author key: lowercase words "
        "joined by hyphens (kieran-doyle), at most 60 characters"
    ]
    assert "articles/perth-refiners-seek-offtake-deals.md" in result.pages


def test_the_built_article_says_who_wrote_it_as_a_person(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    seeds = project / "seeds"
    (seeds / "authors.yml").write_text(AUTHORS, encoding="utf-8")
    _seed(seeds, "newer.md", "Magnet Makers Scout Australian Feed", "2025-03-01", "kieran-doyle")
    built = run_mkdocs(project, "build", "--strict")
    assert built.returncode == 0, built.stderr
    html = (project / "site/articles/magnet-makers-scout-australian-feed/index.html").read_text(
        encoding="utf-8"
    )
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    assert found
    author = json.loads(found.group(1))["author"]
    assert author == {
        "@type": "Person",
        "name": "Kieran Doyle",
        "url": "https://example.github.io/reex-analysis/authors/kieran-doyle/",
        "sameAs": ["https://example.org/kieran"],
    }
    assert 'href="../../authors/kieran-doyle/"' in html
    assert (project / "site/authors/kieran-doyle/index.html").is_file()
    assert (project / "site/authors/index.html").is_file()
