"""What MkDocs prints: what a writer needs and no more, and every real warning still.

Generated pages that ``nav`` leaves out are not listed on every build, while a
hand-written page left out still is; a bad seed still fails ``--strict``.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from mkdocs.structure.files import InclusionLevel

from generator.cli import main
from generator.plugin import inclusion, nav_paths
from tests.conftest import REPO, copy_project, run_mkdocs

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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return error.code


def wait_for(log: Path, text: str, process: subprocess.Popen[bytes], timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while text not in (found := log.read_text(encoding="utf-8", errors="replace")):
        assert process.poll() is None, f"mkdocs serve exited:\n{found}"
        assert time.monotonic() < deadline, f"timed out waiting for {text!r}:\n{found}"
        time.sleep(0.1)
    return found


@pytest.mark.build
@pytest.mark.parametrize("verbose", [False, True], ids=["serve", "serve-v"])
def test_serve_logs_no_redirect_but_a_missing_page_as_a_warning(
    tmp_path: Path, verbose: bool
) -> None:
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    port = free_port()
    log = tmp_path / "serve.log"
    flags = ["-v"] if verbose else []
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", *flags, "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_for(log, "Serving on", process)
            # "/" redirects to site_url's path, where the home page is.
            assert fetch(f"http://127.0.0.1:{port}/") == 200
            assert fetch(f"http://127.0.0.1:{port}/reex-analysis/no-such-page/") == 404
            text = wait_for(log, "no-such-page", process)
        finally:
            process.terminate()
            process.wait(timeout=10)
    assert re.search(r'WARNING\s+-\s+\[[\d:]+\] "GET /reex-analysis/no-such-page/ HTTP', text)
    redirects = [line for line in text.splitlines() if "code 302" in line]
    if verbose:
        assert redirects and all(line.startswith("DEBUG") for line in redirects), text
    else:
        assert redirects == [], text


def test_check_counts_in_the_singular_and_the_plural(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = copy_project(tmp_path)
    assert main(["--root", str(project), "check"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1 article checked: 0 errors, 0 warnings"
    (project / "seeds" / "broken.md").write_text(
        "---\ntitle: Broken\ndate: 2025-13-45\n---\n\nText.\n", encoding="utf-8"
    )
    assert main(["--root", str(project), "check"]) == 1
    # A seed that does not read is an error, not an article.
    assert capsys.readouterr().out.splitlines()[-1] == "1 article checked: 1 error, 0 warnings"


@pytest.mark.parametrize("target", ["build", "serve", "serve-clean"])
def test_make_runs_mkdocs_without_materials_end_of_life_banner(tmp_path: Path, target: str) -> None:
    # A stand-in .venv whose stamps are newer than the locks, so make installs
    # nothing and runs the recipe; its mkdocs prints what Material would read.
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    mkdocs = venv / "bin" / "mkdocs"
    mkdocs.write_text('#!/bin/sh\necho "NO_MKDOCS_2_WARNING=$NO_MKDOCS_2_WARNING $*"\n')
    mkdocs.chmod(0o755)
    future = time.time() + 10 * 365 * 24 * 3600
    for stamp in (".pip", ".installed-serve"):
        (venv / stamp).touch()
        os.utime(venv / stamp, (future, future))
    env = {k: v for k, v in os.environ.items() if k != "NO_MKDOCS_2_WARNING"}
    result = subprocess.run(
        ["make", "-s", "-C", str(REPO), target, f"VENV={venv}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("NO_MKDOCS_2_WARNING=1 "), result.stdout


def test_the_build_says_how_much_it_read_again_in_plain_words() -> None:
    from generator.plugin import annotated_message

    assert annotated_message(1, 1) == "1 article read and annotated"
    assert annotated_message(3, 3) == "3 articles read and annotated"
    assert annotated_message(0, 1) == "1 article, none changed: nothing to read again"
    assert annotated_message(2, 40) == (
        "2 of 40 articles read and annotated; the others were unchanged"
    )
