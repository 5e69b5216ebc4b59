"""Writers' commands: ``check`` reports problems as ``path:line: severity: message``,
``new`` makes a seed that checks clean and builds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import SeedError
from generator.new_seed import _BODY, PLACEHOLDERS, create_seed
from generator.paths import article_path
from generator.pipeline import Project, generate
from generator.reader import read_seed
from generator.reader.metadata import _FIELDS as METADATA_FIELDS
from tests.conftest import REPO, copy_project, run_mkdocs
from tests.test_robustness import NEWS, write_news

DIAGNOSTIC_LINE = re.compile(
    r"^(?P<path>[^:\s]+)(?::(?P<line>\d+))?: (?P<severity>error|warning): \S.*$"
)
ANALYSIS = "\n## REEx Analysis: what to watch\n\nThe second quota decides the price floor.\n"


def check(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    status = main(["--root", str(tmp_path), "check", *args])
    lines = capsys.readouterr().err.splitlines()
    for line in lines:
        assert DIAGNOSTIC_LINE.match(line), line
    return status, lines


def news_with(tmp_path: Path, files: dict[str, str]) -> Path:
    seeds = write_news(tmp_path / "seeds")
    # The wire story and the blog post get a writer's analysis, so that a
    # clean folder checks without a single warning.
    for name in ("lithium-auction.txt", "gallium-prices.txt"):
        stem = name.removesuffix(".txt")
        (seeds / f"{stem}.analysis.md").write_text(ANALYSIS, encoding="utf-8")
    for name, text in files.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return seeds


MARKDOWN_FRONT = "---\ntitle: Cobalt Quota Extended\ndate: 2025-06-02\n"
MARKDOWN_BODY = "\nCongo kept its cobalt export quota for three more months.\n" + ANALYSIS


def test_a_clean_folder_checks_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    news_with(tmp_path, {})
    assert check(tmp_path, capsys, "--strict") == (0, [])


# case: (file, text, the line check must print)
PROBLEMS: dict[str, tuple[str, str, str]] = {
    "no title": (
        "untitled.md",
        "---\ndate: 2025-06-02\n---\n" + MARKDOWN_BODY,
        "seeds/untitled.md:1: error: no title",
    ),
    "empty body": (
        "hollow.md",
        MARKDOWN_FRONT + "---\n",
        "seeds/hollow.md:5: error: the article has no body text",
    ),
    "malformed YAML": (
        "badyaml.md",
        MARKDOWN_FRONT + "author: Ana: Lima\n---\n" + MARKDOWN_BODY,
        "seeds/badyaml.md:4: error: invalid YAML",
    ),
    "no date": (
        "undated.md",
        "---\ntitle: Cobalt Quota Extended\n---\n" + MARKDOWN_BODY,
        "seeds/undated.md:2: warning: no date",
    ),
    "duplicate slug": (
        "twin.md",
        "---\ntitle: Gallium Prices Climb Again as Permits Slow\ndate: 2025-04-29\n---\n"
        + MARKDOWN_BODY,
        "seeds/twin.md:2: warning: slug 'gallium-prices-climb-again-as-permits-slow' is taken",
    ),
    "unknown topic in front matter": (
        "topical.md",
        MARKDOWN_FRONT + "topics:\n  - mining\n  - cobalt-quotas\n---\n" + MARKDOWN_BODY,
        "seeds/topical.md:6: warning: topic 'cobalt-quotas' is not in the taxonomy",
    ),
    "unknown topic in a sidecar": (
        "lithium-auction.meta.yml",
        "date: 2025-03-14\nexclude_topics: [salt-flats]\n",
        "seeds/lithium-auction.meta.yml:2: warning: topic 'salt-flats' is not in the taxonomy",
    ),
    "automated analysis draft": (
        "drafted.md",
        MARKDOWN_FRONT + "---\n\nCongo kept its cobalt export quota for three more months.\n",
        "seeds/drafted.md: warning: the analysis is an automated draft",
    ),
    "quote with no speaker": (
        "unattributed.md",
        MARKDOWN_FRONT
        + "---\n\nCongo kept its cobalt export quota for three more months.\n\n"
        + "“We have waited two years for this contract.”\n"
        + ANALYSIS,
        "seeds/unattributed.md:8: warning: no speaker found for the quote",
    ),
}


@pytest.mark.parametrize("case", sorted(PROBLEMS))
def test_check_reports_each_problem_on_its_line(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    name, text, expected = PROBLEMS[case]
    news_with(tmp_path, {name: text})
    status, lines = check(tmp_path, capsys)
    assert [line for line in lines if line.startswith(expected)] != [], lines
    assert len(lines) == 1, lines
    is_error = ": error: " in expected
    assert status == (1 if is_error else 0)
    strict_status, _ = check(tmp_path, capsys, "--strict")
    assert strict_status == 1


def test_check_reads_the_taxonomy_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = news_with(tmp_path, {})
    (seeds / "topics.yml").write_text("- slug: magnets\n  title: Magnets\n  title: Again\n")
    status, lines = check(tmp_path, capsys)
    assert status == 1
    assert [line for line in lines if ": error: " in line] == [
        "seeds/topics.yml:3: error: duplicate key 'title'"
    ]


# -- new -------------------------------------------------------------------------------


def new(tmp_path: Path, title: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["--root", str(tmp_path), "new", title])
    captured = capsys.readouterr()
    return status, (captured.out + captured.err).strip()


def front_matter_keys(text: str) -> list[str]:
    front = text.split("---\n")[1]
    return [line.split(":")[0] for line in front.splitlines() if re.match(r"^[a-z_]+:", line)]


def test_new_makes_a_seed_that_documents_every_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news_with(tmp_path, {})
    status, said = new(tmp_path, "Cobalt Traders Brace for a Second Export Quota", capsys)
    assert status == 0
    path = tmp_path / "seeds" / "cobalt-traders-brace-for-a-second-export-quota.md"
    assert said == "created seeds/cobalt-traders-brace-for-a-second-export-quota.md"
    text = path.read_text(encoding="utf-8")
    assert sorted(front_matter_keys(text)) == sorted(METADATA_FIELDS)
    for line in text.split("---\n")[1].splitlines()[2:]:
        assert " # " in line, f"field without its documentation: {line}"
    article = read_seed(path)
    assert article.title == "Cobalt Traders Brace for a Second Export Quota"
    assert article.slug == path.stem


def test_a_new_seed_builds_but_check_flags_its_example_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    news_with(tmp_path, {})
    assert new(tmp_path, "Cobalt Traders Brace for a Second Export Quota", capsys)[0] == 0
    result = generate(Project.at(tmp_path))
    assert article_path("cobalt-traders-brace-for-a-second-export-quota") in result.pages
    status, lines = check(tmp_path, capsys, "--strict")
    assert status == 1
    assert len(lines) == len(PLACEHOLDERS)
    assert all("example text from `generator new`" in line for line in lines)
    # Written over, the seed checks clean.
    path = tmp_path / "seeds" / "cobalt-traders-brace-for-a-second-export-quota.md"
    front = path.read_text(encoding="utf-8").split("---\n")[1]
    path.write_text(
        f"---\n{front}---\n\nCobalt traders expect a second export quota in July, "
        "“and nobody is ready for it,” said Ann Lee, an analyst at Harlow Capital.\n\n"
        "## REEx Analysis\n\nQuotas are the new tariffs.\n",
        encoding="utf-8",
    )
    assert check(tmp_path, capsys, "--strict") == (0, [])


def test_every_placeholder_is_in_the_example_body() -> None:
    body = " ".join(_BODY.split())
    assert all(placeholder in body for placeholder in PLACEHOLDERS)


def test_new_never_reuses_a_slug_or_a_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = news_with(tmp_path, {})
    before = {p.name: p.read_bytes() for p in seeds.iterdir()}
    # Same title as the Markdown seed, and a title equal to a seed's file stem.
    assert (
        new(tmp_path, NEWS["magnet-plant.md"].split("\n")[1].removeprefix("title: "), capsys)[0]
        == 0
    )
    assert new(tmp_path, "Gallium Prices", capsys)[0] == 0
    made = sorted(set(p.name for p in seeds.iterdir()) - set(before))
    assert made == [
        "gallium-prices-2.md",
        "texas-magnet-plant-starts-trial-runs-with-recycled-feedstock-2.md",
    ]
    assert all((seeds / name).read_bytes() == data for name, data in before.items())
    assert not [d for d in generate(Project.at(tmp_path)).diagnostics if "is taken" in d.message]


def test_new_refuses_to_overwrite_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = news_with(tmp_path, {})
    (seeds / "readme.md").write_text("How we write seeds.\n")
    status, said = new(tmp_path, "README", capsys)
    assert status == 1
    assert said == "seeds/readme.md: error: a seed with this name exists; it was left as it is"
    assert (seeds / "readme.md").read_text() == "How we write seeds.\n"


def test_new_refuses_an_empty_title(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="empty"):
        create_seed(tmp_path / "seeds", "  \t ", dt.date(2025, 6, 2))
    assert not (tmp_path / "seeds").exists() or not any((tmp_path / "seeds").iterdir())


# -- the real build ----------------------------------------------------------------------


@pytest.mark.build
def test_strict_build_fails_on_a_seed_error_and_passes_once_it_is_fixed(tmp_path: Path) -> None:
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    seeds = write_news(project / "seeds")
    assert (
        main(["--root", str(project), "new", "Cobalt Traders Brace for a Second Export Quota"]) == 0
    )
    (seeds / "hollow.md").write_text(MARKDOWN_FRONT + "---\n", encoding="utf-8")

    failed = run_mkdocs(project, "build", "--strict")
    assert failed.returncode == 1
    assert "seeds/hollow.md:5: error: the article has no body text" in failed.stderr

    (seeds / "hollow.md").unlink()
    passed = run_mkdocs(project, "build", "--strict")
    assert passed.returncode == 0, passed.stderr
    page = project / "site/articles/cobalt-traders-brace-for-a-second-export-quota/index.html"
    assert "Cobalt Traders Brace for a Second Export Quota" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name", ["topics.yml", "glossary.yml", "beijing-conditional-openness.meta.yml", "README.md"]
)
def test_parse_refuses_what_is_not_an_article(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(REPO), "parse", f"seeds/{name}"]) == 1
    said = capsys.readouterr().err.strip()
    assert said.startswith(f"seeds/{name}: error: not an article")


def test_help_reads_as_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert "``" not in shown and "SeedError" not in shown
    assert "examples:" in shown and "python -m generator check --strict" in shown
