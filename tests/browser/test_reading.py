"""In Chromium, on the site with the test corpus (several articles): the way on to
the newer and the older article, the labelled link to the original, an update
date, and the social card each article and topic shares."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from .conftest import serving_corpus_with
from .probes import BOXES

pytestmark = pytest.mark.browser

ARTICLE = "articles/beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out/"
LYNAS = "articles/lynas-separates-heavy-rare-earths-in-malaysia-a-first-outside-china/"
AUTHOR = "authors/priya-raman/"
AUTHORS = """priya-raman:
  name: Priya Raman
  bio: Covers magnet supply chains and processing in Asia and Australia.
  links:
    - https://example.org/priya-raman
"""
PHONE = {"width": 390, "height": 844}
SERIOUS = ("serious", "critical")
TAP = 44


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("reading")
    with serving_corpus_with(root, {"authors.yml": AUTHORS}) as url:
        yield url


@pytest.fixture
def page_at(browser: Browser, corpus_site: str) -> Iterator[Any]:
    contexts = []

    def open_(path: str, scheme: str = "light", **viewport: int) -> tuple[Page, list[str]]:
        context = browser.new_context(
            viewport=viewport or {"width": 1280, "height": 800},
            color_scheme=scheme,  # type: ignore[arg-type]
            service_workers="block",
        )
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(corpus_site + path, wait_until="load")
        return page, errors

    yield open_
    for context in contexts:
        context.close()


def test_an_article_leads_on_to_the_newer_and_the_older_article(page_at: Any) -> None:
    page, errors = page_at(LYNAS)
    steps = page.locator("nav.reex-steps[aria-label='More articles'] .reex-step")
    assert [s.strip().split("\n")[0] for s in steps.all_inner_texts()] == ["NEWER", "OLDER"]
    older = steps.nth(1)
    title = older.locator(".reex-step__title").inner_text().strip()
    # The whole box takes the click, not only the title's words.
    older.scroll_into_view_if_needed()
    box = older.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] - 6, box["y"] + box["height"] - 6)
    page.wait_for_url("**/articles/u-s-and-china-agree-90-day-tariff-truce-after-geneva-talks/")
    assert page.locator(".md-content h1").inner_text().strip(" ¶\n") == title
    # On to the oldest article of all, which has a newer one and no older one.
    page.locator(".reex-step", has_text="Older").get_by_role("link").click()
    page.wait_for_url(f"**/{ARTICLE}")
    labels = page.locator(".reex-step__label").all_inner_texts()
    assert [label.strip() for label in labels] == ["NEWER"]
    assert errors == []


def test_the_original_article_is_a_labelled_link_after_the_text(page_at: Any) -> None:
    page, errors = page_at(LYNAS)
    note = page.locator("p.reex-source")
    assert "First published by Rare Earth Exchanges on May 20, 2025." in note.inner_text()
    link = note.get_by_role("link", name="Read the original article")
    assert link.get_attribute("href") == "https://example.org/lynas-heavy-rare-earths"
    # After the article's text, before the analysis.
    assert page.evaluate(
        "() => document.querySelector('p.reex-source').compareDocumentPosition("
        "document.querySelector('.reex-analysis')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    assert errors == []


def test_newer_older_and_original_are_tap_targets_on_a_phone(page_at: Any) -> None:
    page, errors = page_at(LYNAS, **PHONE)
    boxes = page.evaluate(BOXES, ".reex-step, .reex-source__link")
    assert len(boxes) == 3
    assert all(b["height"] >= TAP - 0.5 and b["width"] >= TAP for b in boxes), boxes
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert errors == []


def test_an_update_is_dated_in_the_byline(page_at: Any) -> None:
    page, errors = page_at(LYNAS)
    byline = page.locator(".reex-byline")
    assert "May 20, 2025 · Updated May 22, 2025" in byline.inner_text()
    updated = byline.locator(".reex-byline__updated time")
    assert updated.get_attribute("datetime") == "2025-05-22"
    assert errors == []


@pytest.mark.parametrize("path", [LYNAS, "topics/rare-earths/"])
def test_the_page_shares_its_own_card(page_at: Any, corpus_site: str, path: str) -> None:
    page, errors = page_at(path)
    image = page.eval_on_selector('meta[property="og:image"]', "m => m.content")
    assert image.startswith("https://example.github.io/reex-analysis/assets/social/")
    local = corpus_site + image.split("/reex-analysis/", 1)[1]
    # Drawn into the site: a 1200 x 630 PNG, shown here at its own size.
    size = page.evaluate(
        """async (src) => { const img = new Image(); img.src = src; await img.decode();
           return [img.naturalWidth, img.naturalHeight]; }""",
        local,
    )
    assert size == [1200, 630]
    assert page.eval_on_selector('meta[name="twitter:card"]', "m => m.content") == (
        "summary_large_image"
    )
    assert errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_authors_page_reads_well_in_both_schemes(
    page_at: Any, axe_source: str, scheme: str
) -> None:
    page, errors = page_at(AUTHOR, scheme=scheme)
    assert page.locator(".md-content h1").inner_text().strip(" ¶\n") == "Priya Raman"
    # An author's page belongs to the site's About section.
    active = page.locator(".md-tabs__item--active .md-tabs__link")
    assert active.inner_text().strip() == "About"
    page.add_script_tag(content=axe_source)
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    assert [v["id"] for v in results["violations"] if v["impact"] in SERIOUS] == []
    phone, phone_errors = page_at(AUTHOR, scheme=scheme, **PHONE)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert errors == [] and phone_errors == []


def test_the_byline_names_the_date_the_author_and_the_reading_time(
    page_at: Any, corpus_site: str
) -> None:
    page, errors = page_at(LYNAS)
    byline = page.locator(".reex-byline")
    text = " ".join(byline.inner_text().split())
    assert text.startswith("May 20, 2025 · Updated May 22, 2025 · By Priya Raman · ")
    assert text.endswith(" min read")
    author = byline.get_by_role("link", name="Priya Raman")
    assert author.evaluate("a => a.href") == corpus_site + AUTHOR
    assert errors == []


def test_the_site_has_its_own_favicon_and_logo(page_at: Any, corpus_site: str) -> None:
    page, errors = page_at("")
    icon = page.eval_on_selector("link[rel=icon]", "l => l.href")
    assert icon == corpus_site + "assets/favicon.svg"
    answer = page.request.get(icon)
    assert answer.status == 200 and answer.headers["content-type"] == "image/svg+xml"
    logo = page.locator(".md-header__button.md-logo img")
    assert logo.get_attribute("src", timeout=2000).endswith("assets/logo.svg")
    assert logo.evaluate("i => i.complete && i.naturalWidth > 0")
    assert errors == []
