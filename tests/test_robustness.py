"""Bad input gives one clear line and costs only its own page; files are never lost.

Each bad seed sits in a folder of good ones: the test checks the message (file,
line, one line of text) and that every good article still gets its page.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cli import main
from generator.errors import SeedError
from generator.output import MANIFEST_NAME, write_pages
from generator.paths import article_path
from generator.pipeline import Generated, Project, generate
from generator.reader import read_seed
from generator.slug import is_slug
from generator.taxonomy import load_taxonomy

REPO = Path(__file__).resolve().parent.parent

# Three short articles written for these tests, in the three shapes writers use:
# a pasted wire story, a Markdown seed with front matter, a pasted blog post.
NEWS = {
    "lithium-auction.txt": """\
Chile's Lithium Auction Draws Bids From Three Continents

By Marta Ruiz | March 14, 2025

SANTIAGO, March 14 (Reuters) - Chile received bids from Australian, Chinese
and European groups for two salt-flat lithium concessions, the mining ministry
said on Friday, in the first auction since the state took a controlling stake
in the sector.

"The interest shows that a public partner is not a deterrent," said Aurora
Williams, Chile's mining minister, at a briefing in the capital.

Analysts expect the winners to be named in June, and say critical minerals
buyers in Europe will watch the terms closely.
""",
    "magnet-plant.md": """\
---
title: Texas Magnet Plant Starts Trial Runs With Recycled Feedstock
date: 2025-05-06
author: Sam Okafor
source: Gulf Industry Wire
topics: [magnets]
---

Noveon Magnetics began trial runs of sintered neodymium magnets made partly
from recycled hard-drive scrap at its San Marcos plant, the company said on
Tuesday.

## Why recycling matters

“Every tonne we recover is a tonne we do not have to import,” said Scott Dunn,
the company's chief executive. China still refines most of the world's rare
earths, and export controls on processing technology have made buyers wary.

## REEx Analysis: a small plant with a large signal

Recycled feedstock will not replace mined ore soon, but it shortens the supply
chain for defense buyers who need a traceable source.
""",
    "gallium-prices.txt": """\
Gallium Prices Climb Again as Permits Slow

Posted on April 28, 2025 by Lena Fischer

Gallium prices in Rotterdam rose for a sixth straight week, traders said, as
Chinese export permits took longer to arrive and stockpiles at chip makers thinned.

"Nobody is quoting spot metal to a new buyer," said Henrik Vogel, a metals
trader in Hamburg.

Export controls on gallium and germanium have been in place since 2023, and the
European Union is studying a joint purchasing scheme for critical minerals.
""",
}


def write_news(seeds: Path) -> Path:
    """A seeds folder holding the good articles, the taxonomy and the glossary."""
    seeds.mkdir(parents=True, exist_ok=True)
    for name in ("topics.yml", "glossary.yml"):
        shutil.copy2(REPO / "seeds" / name, seeds / name)
    for name, text in NEWS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return seeds


GOOD_SLUGS = (
    "chile-s-lithium-auction-draws-bids-from-three-continents",
    "texas-magnet-plant-starts-trial-runs-with-recycled-feedstock",
    "gallium-prices-climb-again-as-permits-slow",
)


def project_with(tmp_path: Path, files: dict[str, bytes | str]) -> Project:
    seeds = write_news(tmp_path / "seeds")
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (seeds / name).write_bytes(data)
    return Project.at(tmp_path)


def assert_good_articles_built(result: Generated) -> None:
    for slug in GOOD_SLUGS:
        assert article_path(slug) in result.pages, slug


def only_error(result: Generated) -> str:
    """The single error of a run, as printed: one line naming the file."""
    assert len(result.errors) == 1, result.diagnostics
    printed = str(result.errors[0])
    assert "\n" not in printed
    return printed


# -- one bad seed among good ones ----------------------------------------------------

FRONT = "---\ntitle: Port Strike Delays Ore Shipments\ndate: 2025-04-01\n"
BODY = "\nDock workers in Antofagasta walked out on Monday over pay.\n"
ALIAS_BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)

BAD_SEEDS: dict[str, tuple[str, bytes | str, str, int | None]] = {
    # case: (file name, content, what the message says, line)
    "empty file": ("blank.txt", b"", "empty file", None),
    "only whitespace": ("spaces.md", "  \n\t\n", "empty file", None),
    "binary file": ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", 3),
    "invalid UTF-8": (
        "latin1.txt",
        b"Copper Smelter Restarts\n\nThe smelter in Ilo restarted.\n"
        + "Production at Jos\xe9 Mar\xeda resumes.\n".encode("latin-1"),
        "invalid UTF-8",
        4,
    ),
    "no title": (
        "untitled.md",
        "---\ndate: 2025-04-02\n---\n\nA body with no title.\n",
        "no title",
        1,
    ),
    "empty body": ("bodiless.md", FRONT + "---\n", "no body text", 5),
    "malformed front matter": (
        "broken-yaml.md",
        "---\ntitle: [Port Strike\ndate: 2025-04-01\n---\n" + BODY,
        "invalid YAML",
        3,
    ),
    "unclosed front matter": ("unclosed.md", FRONT + BODY, "never closed", 1),
    "alias bomb in front matter": ("bomb.md", "---\n" + ALIAS_BOMB + "---\n" + BODY, "anchors", 2),
    "front matter over 64 KB": (
        "huge-front.md",
        FRONT + "summary: " + "x" * 70_000 + "\n---\n" + BODY,
        "over 64 KB",
        2,
    ),
    "a date that is not a date": (
        "yesterday.md",
        "---\ntitle: Port Strike\ndate: yesterday\n---\n" + BODY,
        "date must be a date",
        3,
    ),
    "a slug that climbs out": (
        "climber.md",
        "---\ntitle: Port Strike\nslug: ../../etc/passwd\n---\n" + BODY,
        "slug must be",
        3,
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_SEEDS))
def test_bad_seed_gives_one_line_and_the_others_build(tmp_path: Path, case: str) -> None:
    name, content, says, line = BAD_SEEDS[case]
    result = generate(project_with(tmp_path, {name: content}))
    printed = only_error(result)
    where = f"seeds/{name}" if line is None else f"seeds/{name}:{line}"
    assert printed.startswith(f"{where}: error: "), printed
    assert says in printed
    assert_good_articles_built(result)


def test_an_impossible_calendar_date_is_an_error_not_a_crash(tmp_path: Path) -> None:
    seed = "---\ntitle: Port Strike\ndate: 2025-13-45\n---\n" + BODY
    result = generate(project_with(tmp_path, {"impossible.md": seed}))
    assert only_error(result).startswith("seeds/impossible.md:3: error: ")
    assert_good_articles_built(result)


def test_a_seed_that_never_built_gets_an_error_page(tmp_path: Path) -> None:
    result = generate(project_with(tmp_path, {"Port Strike!.md": FRONT + "---\n"}))
    page = result.pages["articles/port-strike.md"]
    assert '!!! failure "This seed has an error"' in page
    assert "seeds/Port Strike!.md:5: error: the article has no body text" in page


def test_an_error_page_never_takes_a_real_articles_place(tmp_path: Path) -> None:
    # The broken seed's stem is the slug of a good article: that article keeps its page.
    broken = {"gallium-prices-climb-again-as-permits-slow.md": b"\x00"}
    result = generate(project_with(tmp_path, broken))
    page = result.pages[article_path("gallium-prices-climb-again-as-permits-slow")]
    assert "This seed has an error" not in page
    assert "Rotterdam" in page


def test_malformed_sidecar_names_the_sidecar(tmp_path: Path) -> None:
    sidecar = "date: 2025-03-14\nsource: [Reuters\n"
    result = generate(project_with(tmp_path, {"lithium-auction.meta.yml": sidecar}))
    printed = only_error(result)
    assert printed.startswith("seeds/lithium-auction.meta.yml:3: error: invalid YAML")
    others = [s for s in GOOD_SLUGS if "lithium" not in s]
    assert all(article_path(s) in result.pages for s in others)


def test_a_broken_analysis_sidecar_names_the_sidecar(tmp_path: Path) -> None:
    sidecar = b"## REEx Analysis\n\nPrices in \xe9uros.\n"
    result = generate(project_with(tmp_path, {"gallium-prices.analysis.md": sidecar}))
    printed = only_error(result)
    assert printed.startswith("seeds/gallium-prices.analysis.md:3: error: "), printed


def test_malformed_taxonomy_is_reported_and_articles_still_build(tmp_path: Path) -> None:
    project = project_with(tmp_path, {})
    (project.seeds_dir / "topics.yml").write_text("- slug: magnets\n  title: [Magnets\n")
    result = generate(project)
    printed = only_error(result)
    assert re.match(r"seeds/topics\.yml:\d+: error: invalid YAML", printed), printed
    assert_good_articles_built(result)


ALIAS_BOMB_PLACES: dict[str, Callable[[Path], object]] = {
    "front matter": lambda p: read_seed(p / "bomb.md"),
    "sidecar": lambda p: read_seed(p / "lithium-auction.txt"),
    "taxonomy": lambda p: load_taxonomy(p / "topics.yml"),
}


@pytest.mark.parametrize("place", sorted(ALIAS_BOMB_PLACES))
def test_a_yaml_alias_bomb_is_refused_unexpanded(tmp_path: Path, place: str) -> None:
    seeds = write_news(tmp_path / "seeds")
    (seeds / "bomb.md").write_text("---\n" + ALIAS_BOMB + "---\n" + BODY)
    (seeds / "lithium-auction.meta.yml").write_text(ALIAS_BOMB)
    (seeds / "topics.yml").write_text(ALIAS_BOMB)
    # Small means never expanded; memory, unlike time, does not depend on the
    # machine's load.
    tracemalloc.start()
    try:
        with pytest.raises(SeedError, match="anchors and aliases"):
            ALIAS_BOMB_PLACES[place](seeds)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000


def test_a_10_mb_seed_is_refused_from_its_size_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = project_with(tmp_path, {})
    big = project.seeds_dir / "dump.txt"
    with big.open("wb") as handle:
        handle.write(b"Title\n\n" + b"word " * 2_000_000)
    read: list[Path] = []
    real_read_bytes = Path.read_bytes

    def recording_read_bytes(self: Path) -> bytes:
        read.append(self)
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", recording_read_bytes)
    result = generate(project)
    assert big not in read
    assert only_error(result) == (
        "seeds/dump.txt: error: file is 10,000,007 bytes; the limit is 1,000,000"
    )
    assert_good_articles_built(result)


# -- slugs and paths -----------------------------------------------------------------


def test_two_titles_with_one_slug_both_keep_a_page_deterministically(tmp_path: Path) -> None:
    twin = "Chile's Lithium Auction Draws Bids From Three Continents\n\nA second report.\n"
    one = generate(project_with(tmp_path / "one", {"z-twin.txt": twin}))
    # The same seeds written in the other order: names must not depend on the disk.
    two_seeds = tmp_path / "two" / "seeds"
    two_seeds.mkdir(parents=True)
    (two_seeds / "z-twin.txt").write_text(twin)
    write_news(two_seeds)
    two = generate(Project.at(tmp_path / "two"))
    slug = "chile-s-lithium-auction-draws-bids-from-three-continents"
    by_path = {a.path: a.slug for a in one.articles}
    assert by_path["seeds/lithium-auction.txt"] == slug
    assert by_path["seeds/z-twin.txt"] == slug + "-2"
    assert {a.path: a.slug for a in two.articles} == by_path
    assert one.pages == two.pages
    warnings = [str(d) for d in one.diagnostics if d.severity == "warning"]
    assert any(w.startswith("seeds/z-twin.txt:1: warning: slug") for w in warnings)


ESCAPING_TITLES = {
    "parent.txt": "../../etc/passwd\n\nA seed titled like a path.\n",
    "absolute.txt": "/etc/passwd\n\nA seed titled like an absolute path.\n",
    "windows.txt": "C:\\Windows\\System32\\drivers\n\nA seed titled like a Windows path.\n",
    "nul.md": '---\ntitle: "..\\0/..\\0/boot"\n---\n\nA title holding NUL bytes.\n',
    "dots.md": '---\ntitle: ".."\n---\n\nA title that is only dots.\n',
}


def test_titles_never_make_a_path_outside_the_output(tmp_path: Path) -> None:
    result = generate(project_with(tmp_path, ESCAPING_TITLES))
    assert not result.errors, result.errors
    made = [a for a in result.articles if a.path.split("/")[-1] in ESCAPING_TITLES]
    assert len(made) == len(ESCAPING_TITLES)
    assert all(is_slug(a.slug) for a in made)
    out = tmp_path / "site-src"
    before = sorted(p for p in tmp_path.rglob("*") if not p.is_relative_to(out))
    write_pages(result.pages, out)
    after = sorted(p for p in tmp_path.rglob("*") if not p.is_relative_to(out))
    assert before == after
    for rel in result.pages:
        assert (out / rel).resolve().is_relative_to(out.resolve())


# -- the output folder ---------------------------------------------------------------


def cli(root: Path, *args: str) -> int:
    return main(["--root", str(root), *args])


@pytest.mark.parametrize("out", ["seeds", "seeds/generated", ".", "docs"])
def test_cli_refuses_an_output_overlapping_the_inputs(
    tmp_path: Path, out: str, capsys: pytest.CaptureFixture[str]
) -> None:
    project_with(tmp_path, {})
    (tmp_path / "docs").mkdir()
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert cli(tmp_path, "build", "--out", str(tmp_path / out)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and ": error: output folder overlaps" in err[0]
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_cli_refuses_a_folder_of_foreign_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project_with(tmp_path, {})
    out = tmp_path / "notes"
    out.mkdir()
    (out / "todo.md").write_text("call the Lynas press office")
    assert cli(tmp_path, "build", "--out", str(out)) == 1
    assert "did not create" in capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["todo.md"]


def test_cli_never_deletes_a_file_it_did_not_create(tmp_path: Path) -> None:
    project = project_with(tmp_path, {})
    out = tmp_path / "out"
    assert cli(tmp_path, "build", "--out", str(out)) == 0
    mine = out / "articles" / "editor-notes.md"
    mine.write_text("keep me")
    (project.seeds_dir / "gallium-prices.txt").unlink()
    assert cli(tmp_path, "build", "--out", str(out)) == 0
    assert not (out / article_path("gallium-prices-climb-again-as-permits-slow")).exists()
    assert mine.read_text() == "keep me"


def pages_on_disk(out: Path) -> dict[str, str]:
    return {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
        for p in out.rglob("*")
        if p.is_file() and p.name != MANIFEST_NAME
    }


def test_a_run_failing_halfway_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = project_with(tmp_path, {})
    out = tmp_path / "out"
    old = generate(project).pages
    write_pages(old, out)
    (project.seeds_dir / "magnet-plant.md").write_text(
        NEWS["magnet-plant.md"].replace("Tuesday", "Wednesday").replace("2025-05-06", "2025-05-07")
    )
    new = generate(project).pages
    real_replace = os.replace
    calls = 0

    def failing_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        write_pages(new, out)
    monkeypatch.setattr(os, "replace", real_replace)
    on_disk = pages_on_disk(out)
    assert set(on_disk) <= set(old) | set(new)
    for rel, text in on_disk.items():
        assert text in (old.get(rel), new.get(rel)), rel
    assert calls == 3
    write_pages(new, out)
    assert pages_on_disk(out) == dict(new)


_KILLED_WRITER = """\
import os, sys, time
from pathlib import Path
from generator.output import write_pages

out = Path(sys.argv[1])
real_replace = os.replace
def slow_replace(src, dst):
    if str(dst).endswith("page-05.md"):
        Path(sys.argv[2]).write_text("renaming")
        time.sleep(60)
    real_replace(src, dst)
os.replace = slow_replace
write_pages({f"page-{i:02}.md": f"page {i} " * 20_000 for i in range(10)}, out)
"""


def test_a_killed_run_leaves_no_partial_page_and_the_next_run_tidies(tmp_path: Path) -> None:
    out, marker = tmp_path / "out", tmp_path / "marker"
    writer = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(out), str(marker)], cwd=REPO
    )
    try:
        deadline = time.monotonic() + 30
        while not marker.exists() and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert marker.exists(), "the writer never reached page-05"
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait(timeout=10)
    pages = sorted(p.name for p in out.iterdir() if p.name.startswith("page-"))
    assert pages == [f"page-{i:02}.md" for i in range(5)]
    for i, name in enumerate(pages):
        assert (out / name).read_text() == f"page {i} " * 20_000
    leftovers = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(leftovers) == 1 and leftovers[0].startswith(".page-05.md.")
    write_pages({f"page-{i:02}.md": f"page {i} " * 20_000 for i in range(10)}, out)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len([p for p in out.iterdir() if p.name.startswith("page-")]) == 10


# -- the reader on anything ----------------------------------------------------------


def read_or_seed_error(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        article = read_seed(path)
    except SeedError as exc:
        assert "\n" not in str(exc)
        return
    assert article.title.strip() and is_slug(article.slug)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=400), suffix=st.sampled_from([".txt", ".md"]))
def test_the_reader_takes_any_text(tmp_path: Path, text: str, suffix: str) -> None:
    read_or_seed_error(tmp_path, "any" + suffix, text.encode("utf-8", "surrogatepass"))


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(max_size=300),
    head=st.sampled_from([b"", b"---\ntitle: x\n", b"---\n", b"# T\n\n"]),
    suffix=st.sampled_from([".txt", ".md"]),
)
def test_the_reader_takes_any_bytes(tmp_path: Path, data: bytes, head: bytes, suffix: str) -> None:
    read_or_seed_error(tmp_path, "any" + suffix, head + data)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "title: Ore",
                "date: 2025-04-01",
                "date: 2025-4-1",
                "topics: [magnets]",
                "slug: a-b",
                "slug: A B",
                "summary: |",
                "  two",
                "author:",
                "- x",
                "? y",
                ": z",
                "'",
                "highlights: [a, 1]",
                "source_url: javascript:alert(1)",
                "updated: 2025-02-28",
            ]
        ),
        max_size=8,
    )
)
def test_the_reader_takes_any_front_matter(tmp_path: Path, lines: list[str]) -> None:
    text = "---\n" + "\n".join(lines) + "\n---\n\nA body line about copper.\n"
    read_or_seed_error(tmp_path, "fm.md", text.encode())


def test_the_good_neighbours_build_without_a_word(tmp_path: Path) -> None:
    result = generate(project_with(tmp_path, {}))
    assert not result.errors, result.errors
    assert sorted(a.slug for a in result.articles) == sorted(GOOD_SLUGS)
