"""Browser fixtures: the built site served on 127.0.0.1, and Debian's Chromium driven by Playwright.

Without Chromium the browser tests are skipped on a developer's machine and
fail in CI (where the CI variable is set), so CI never passes by skipping them.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Playwright, sync_playwright

REPO = Path(__file__).resolve().parents[2]
AXE_SCRIPT = REPO / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = REPO / "tests" / ".artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def chromium_executable() -> str | None:
    """The Chromium that ``.ci/chromium.sh`` finds (``make test`` passes it as
    CHROME_PATH): CHROME_PATH or REEX_CHROMIUM when set, then Debian's chromium,
    chromium-browser, google-chrome or google-chrome-stable on PATH."""
    for variable in ("CHROME_PATH", "REEX_CHROMIUM"):
        if value := os.environ.get(variable):
            return value if Path(value).is_file() else None
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
    for candidate in ("/usr/bin/chromium", *(shutil.which(name) for name in names)):
        if candidate and Path(candidate).is_file():
            return candidate
    return None


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serving(folder: Path | str) -> Iterator[str]:
    """``folder`` over HTTP on a free port of 127.0.0.1 (search needs a real server)."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.contextmanager
def serving_corpus_with(root: Path, extra: dict[str, str]) -> Iterator[str]:
    """The real seed and the test corpus plus ``extra`` files (name → text) in
    the seeds folder, built with ``mkdocs build --strict`` under ``root`` and served."""
    from tests.conftest import copy_project, corpus_seeds, run_mkdocs

    seeds = corpus_seeds(root / "seeds-in")
    for name, text in extra.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (root / "project").mkdir()
    project = copy_project(root / "project", seeds)
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as url:
        yield url


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The built site over HTTP on a free port of 127.0.0.1 (search needs a real server)."""
    with serving(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    executable = chromium_executable()
    if executable is None:
        message = "Chromium not found at /usr/bin/chromium (make browser-deps installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
    yield launched
    launched.close()


@dataclass
class Visit:
    """An open page and every console error and uncaught exception it produced."""

    page: Page
    errors: list[str] = field(default_factory=list)


@pytest.fixture
def open_page(browser: Browser, site_url: str) -> Iterator[Any]:
    contexts = []

    def open_(path: str, *, width: int = 1280, height: int = 800, scheme: str = "light") -> Visit:
        context = browser.new_context(
            viewport={"width": width, "height": height},
            color_scheme=scheme,  # type: ignore[arg-type]
            service_workers="block",
        )
        contexts.append(context)
        page = context.new_page()
        visit = Visit(page)

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                visit.errors.append(f"console: {message.text} ({message.location.get('url')})")

        page.on("console", on_console)
        page.on("pageerror", lambda error: visit.errors.append(f"page error: {error}"))
        response = page.goto(site_url + path, wait_until="load")
        assert response is not None and response.ok, f"{path}: {response and response.status}"
        return visit

    yield open_
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_SCRIPT.is_file():
        pytest.fail(f"{AXE_SCRIPT.relative_to(REPO)} is missing: run `npm ci` (make test does)")
    return AXE_SCRIPT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Screenshots and reports for people to look at (gitignored)."""
    (ARTIFACTS / "screenshots").mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
