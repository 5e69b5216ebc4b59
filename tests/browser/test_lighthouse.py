"""Lighthouse (npm, pinned in package.json) on the home, article and topic pages, at
its mobile settings (a 412 px phone, simulated slow 4G and a slower CPU), driven
against Debian's Chromium. Accessibility, best practices and SEO must score 95 or
more; the performance score is printed, not asserted (it measures this machine as
much as the site).

What Lighthouse's SEO audits check here (12.8): is-crawlable (no noindex in a
robots meta tag or an X-Robots-Tag header, and robots.txt, if any, not blocking);
canonical (one absolute, valid rel=canonical, not pointing from an inner page to
the site's root, nor to another hreflang: a canonical on another host, as ours is
from 127.0.0.1 to site_url, passes); robots-txt (fetched from the origin's root:
not applicable when it is missing, as on a GitHub Pages project site, whose root
belongs to the account); document-title, meta-description, http-status-code,
link-text, crawlable-anchors, image-alt and hreflang. The full reports are in
tests/.artifacts/lighthouse/.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from .conftest import CHROMIUM_ARGS, REPO, chromium_executable

pytestmark = pytest.mark.browser

LIGHTHOUSE = REPO / "node_modules" / "lighthouse" / "cli" / "index.js"
ARTICLE = "articles/beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out/"
PAGES = {"home": "", "article": ARTICLE, "topic": "topics/tariffs/"}
ASSERTED = ("accessibility", "best-practices", "seo")
CATEGORIES = ("performance", *ASSERTED)
MINIMUM = 0.95


@pytest.fixture(scope="session")
def lighthouse_command() -> list[str]:
    if not LIGHTHOUSE.is_file():
        pytest.fail("node_modules/lighthouse is missing: run `npm ci` (make test does)")
    chromium = chromium_executable()
    if chromium is None:
        message = "Chromium not found at /usr/bin/chromium (make browser-deps installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return ["node", str(LIGHTHOUSE)]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_lighthouse_scores_on_a_phone(
    lighthouse_command: list[str], site_url: str, artifacts: Path, name: str
) -> None:
    report = artifacts / "lighthouse" / f"{name}.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    chromium = chromium_executable()
    assert chromium is not None
    flags = ["--headless=new", *CHROMIUM_ARGS, "--disable-dev-shm-usage"]
    result = subprocess.run(
        [
            *lighthouse_command,
            site_url + PAGES[name],
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--form-factor=mobile",
            f"--chrome-flags={' '.join(flags)}",
        ],
        env={**os.environ, "CHROME_PATH": chromium},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {key: data["categories"][key]["score"] for key in CATEGORIES}
    shown = ", ".join(f"{key} {round(100 * (score or 0))}" for key, score in scores.items())
    print(f"Lighthouse {data['lighthouseVersion']} {name} (mobile): {shown}")
    missed = []
    for key in ASSERTED:
        for ref in data["categories"][key]["auditRefs"]:
            audit = data["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                missed.append(f"{key}: {audit['id']} - {audit['title']}")
    low = {key: scores[key] for key in ASSERTED if (scores[key] or 0) < MINIMUM}
    assert low == {}, f"{name}: {low}\n" + "\n".join(missed)
