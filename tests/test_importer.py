"""``python -m generator import PAGE.html``: saved pages in several CMS styles
(tests/fixtures/html/) become Markdown seeds that pass ``check``."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

pytest.importorskip("trafilatura")

from generator.importer import import_page, tidy_body
from generator.reader.markdown import read_markdown

from .conftest import REPO

PAGES = REPO / "tests" / "fixtures" / "html"
CASES = sorted(p.stem for p in PAGES.glob("*.html"))
FRONT_MATTER = ("title", "date", "author", "source", "source_url")


def _expected(name: str) -> dict[str, object]:
    data = yaml.safe_load((PAGES / f"{name}.expected.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _imported(name: str) -> str:
    return import_page((PAGES / f"{name}.html").read_text(encoding="utf-8")).text


def _front(seed: str) -> dict[str, object]:
    data = yaml.safe_load(seed.split("---\n")[1])
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize("name", CASES)
def test_front_matter(name: str) -> None:
    expected, front = _expected(name), _front(_imported(name))
    for key in FRONT_MATTER:
        want = expected.get(key)
        got = front.get(key)
        if isinstance(got, dt.date):
            got = got.isoformat()
        assert (str(want) if want is not None else None) == got, key


@pytest.mark.parametrize("name", CASES)
def test_structure_and_text(name: str) -> None:
    expected = _expected(name)
    seed = _imported(name)
    article = read_markdown(seed, f"{name}.md")
    headings = [s.heading for s in article.all_sections if s.heading]
    if "headings" in expected:
        assert headings == expected["headings"]
    body = " ".join(" ".join(b.text for b in s.blocks) for s in article.all_sections)
    flat = " ".join(f"{body} {' '.join(headings)} {' '.join(article.highlights)}".split())
    for text in expected.get("keep") or ():
        assert " ".join(str(text).split()) in flat, text
    for text in expected.get("drop") or ():
        assert " ".join(str(text).split()) not in flat, text


def test_structure_is_kept_as_markdown() -> None:
    seed = _imported("structured-explainer")
    assert "\n## The steps\n" in seed
    assert "\n### The heavy rare earth step\n" in seed or "\n## The heavy rare earth step\n" in seed
    assert "\n> " in seed
    assert "\n1. " in seed and "\n- " in seed


def test_a_key_points_list_becomes_the_seeds_highlights() -> None:
    seed = _imported("own-news-key-takeaways")
    article = read_markdown(seed, "own.md")
    assert article.highlights == (
        "Six rare earth blocks in Lai Chau and Yen Bai are open to bids until September.",
        "Winners must build separation capacity inside Vietnam.",
    )
    assert (
        article.summary
        == "Six blocks in the north are on offer; bidders must process ore in the country."
    )
    assert article.pull_quotes[0] == "We want partners who bring technology, not only money."


def test_the_missing_fields_are_named() -> None:
    page = (PAGES / "no-canonical-no-date.html").read_text(encoding="utf-8")
    imported = import_page(page)
    assert any(m.startswith("no date found") for m in imported.missing)
    assert any(m.startswith("no address found") for m in imported.missing)
    with_url = import_page(page, url="https://harbour.example.com/germanium")
    assert with_url.meta["source_url"] == "https://harbour.example.com/germanium"


def test_highlights_come_first_and_headline_repeats_go() -> None:
    markdown = (
        "# Lynas Ships Dysprosium\n\nLead paragraph of the story.\n\n## Key takeaways\n\n"
        "- One\n- Two\n\n## Next\n\nMore text.\n\nAdvertisement\n\n## Enjoying this?\n\n"
        "Subscribe to our newsletter for updates.\n"
    )
    blocks, summary = tidy_body(markdown, "Lynas Ships Dysprosium", None)
    assert summary is None
    assert blocks == [
        "## Highlights",
        "- One\n- Two",
        "Lead paragraph of the story.",
        "## Next",
        "More text.",
    ]


def _project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    shutil.copy(REPO / "seeds" / "topics.yml", tmp_path / "seeds" / "topics.yml")
    return tmp_path


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True
    )


def test_import_command_writes_a_seed_that_passes_check_and_never_overwrites(
    tmp_path: Path,
) -> None:
    root = _project(tmp_path)
    page = str(PAGES / "wordpress-news-blog.html")
    first = _run("import", page, cwd=root)
    assert first.returncode == 0, first.stderr
    seeds = sorted(p.name for p in (root / "seeds").glob("*.md"))
    assert seeds == ["kazakh-rare-earth-find-draws-european-buyers-to-the-steppe.md"]
    assert "created seeds/kazakh" in first.stdout
    check = _run("check", cwd=root)
    assert check.returncode == 0, check.stderr
    assert " 0 errors" in check.stdout
    again = _run("import", page, cwd=root)
    assert again.returncode == 1
    assert "already exists: not overwritten" in again.stderr


def test_import_command_names_what_it_could_not_find(tmp_path: Path) -> None:
    root = _project(tmp_path)
    result = _run(
        "import", str(PAGES / "no-canonical-no-date.html"), "--out", "seeds/g.md", cwd=root
    )
    assert result.returncode == 0, result.stderr
    assert "no date found: add date:" in result.stderr
    assert "no address found" in result.stderr
    assert (root / "seeds" / "g.md").is_file()
    assert _run("check", cwd=root).returncode == 0
