"""The attack corpus in a real Chromium: no seed text comes back to life when the
theme's JavaScript re-reads it.

With ``content.tooltips`` Material parses the text of every ``title`` attribute
(glossary abbreviations) and of every shortened label (header title, table of
contents, previous/next links) as HTML when it shows a tooltip. Escaping the
Markdown once is not enough there; this test hovers and focuses every tooltip
host on every page built from the attack corpus and watches for dialogs,
injected elements and console errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.conftest import attack_project, run_mkdocs

from .conftest import serving

pytestmark = pytest.mark.browser

# Installed before any page script: records elements with event-handler
# attributes, and script/img/svg/frame elements, that appear after the page is
# armed (so the theme's own start-up does not count).
WATCH_INJECTIONS = """
window.__injected = [];
window.__armed = false;
new MutationObserver(mutations => {
  if (!window.__armed) return;
  for (const mutation of mutations) for (const node of mutation.addedNodes) {
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    for (const el of [node, ...node.querySelectorAll("*")]) {
      const handler = [...el.attributes].some(a => a.name.toLowerCase().startsWith("on"));
      const active = ["SCRIPT", "IMG", "SVG", "IFRAME", "OBJECT", "EMBED"].includes(
        el.tagName.toUpperCase());
      if (handler || active) window.__injected.push(el.outerHTML.slice(0, 200));
    }
  }
}).observe(document, {subtree: true, childList: true});
"""

# Every label the theme may shorten is scrolled into view (the theme gives it a
# title, and a tooltip, when it first becomes visible shortened); then the page
# is armed and the tooltip hosts are counted.
FIND_TOOLTIP_HOSTS = """
async () => {
  const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
  for (const el of document.querySelectorAll(".md-ellipsis")) {
    el.scrollIntoView({block: "center"});
    await sleep(5);
  }
  window.scrollTo(0, 0);
  await sleep(150);
  window.__armed = true;
  window.__hosts = [...new Set([...document.querySelectorAll("[title], abbr")])];
  return window.__hosts.length;
}
"""
# Host number i in view: its centre, to move the real mouse to.
HOST_CENTRE = """
i => {
  const host = window.__hosts[i];
  host.scrollIntoView({block: "center"});
  const box = host.getBoundingClientRect();
  return box.width && box.height ? [box.x + box.width / 2, box.y + box.height / 2] : null;
}
"""
FOCUS_HOST = "i => { const h = window.__hosts[i]; h.tabIndex = h.tabIndex; h.focus(); }"
TOOLTIPS_SHOWN = "document.querySelectorAll('.md-tooltip2, .md-tooltip--active').length"


@pytest.fixture(scope="module")
def attack_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = attack_project(tmp_path_factory.mktemp("attack-browser"))
    result = run_mkdocs(project, "build")
    assert result.returncode == 0, result.stderr
    # Every attack seed built as an article (none fell back to an error page).
    assert "ERROR" not in result.stderr, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def attack_url(attack_site: Path) -> Iterator[str]:
    with serving(attack_site) as url:
        yield url


def site_pages(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix().removesuffix("index.html") for p in site.rglob("index.html")
    )


def provoke(browser: Browser, url: str, paths: list[str], width: int) -> tuple[list[str], int]:
    """Problems seen on each page, and how many tooltips the theme showed in all."""
    context = browser.new_context(viewport={"width": width, "height": 800}, service_workers="block")
    context.add_init_script(WATCH_INJECTIONS)
    problems: list[str] = []
    tooltips = 0
    try:
        for path in paths:
            page = context.new_page()
            seen: list[str] = []
            page.on(
                "dialog", lambda dialog, seen=seen: (seen.append(dialog.message), dialog.dismiss())
            )
            page.on("pageerror", lambda error, seen=seen: seen.append(f"page error: {error}"))
            page.on(
                "console",
                lambda message, seen=seen: (
                    message.type == "error" and seen.append(f"console: {message.text}")
                ),
            )
            page.goto(url + path, wait_until="load")
            page.wait_for_timeout(200)
            for index in range(page.evaluate(FIND_TOOLTIP_HOSTS)):
                centre = page.evaluate(HOST_CENTRE, index)
                if centre is not None:
                    page.mouse.move(*centre)
                page.evaluate(FOCUS_HOST, index)
                page.wait_for_timeout(40)
                tooltips += page.evaluate(TOOLTIPS_SHOWN)
            page.wait_for_timeout(100)
            injected = page.evaluate("window.__injected")
            if seen or injected:
                problems.append(f"{path} at {width}px: {seen} {injected[:3]}")
            page.close()
    finally:
        context.close()
    return problems, tooltips


def test_no_tooltip_header_or_contents_entry_runs_seed_markup(
    browser: Browser, attack_site: Path, attack_url: str
) -> None:
    pages = site_pages(attack_site)
    assert len(pages) > 20
    problems, tooltips = provoke(browser, attack_url, pages, 1280)
    assert problems == []
    # The test provoked what it is about: tooltips were shown (glossary terms,
    # shortened contents entries and titles), so passing is not for want of them.
    assert tooltips > len(pages)


def test_on_a_phone_too(browser: Browser, attack_site: Path, attack_url: str) -> None:
    articles = [
        p for p in site_pages(attack_site) if p.startswith("articles/") and p.count("/") == 2
    ]
    assert articles
    problems, _ = provoke(browser, attack_url, articles, 390)
    assert problems == []
