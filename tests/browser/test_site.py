"""The built site in a real Chromium: article page, topic navigation, search, feeds,
console errors, accessibility (axe-core) and screenshots at desktop and phone sizes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import feedparser
import pytest

from .conftest import Visit

pytestmark = pytest.mark.browser

ARTICLE_SLUG = "beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out"
HOME = ""
ARTICLE = f"articles/{ARTICLE_SLUG}/"
TOPIC = "topics/tariffs/"
PAGES = {"home": HOME, "article": ARTICLE, "topic": TOPIC}
DEVICES = {"desktop": (1280, 800), "phone": (390, 844)}
SCHEMES = ("light", "dark")
SERIOUS = ("serious", "critical")


def no_errors(visit: Visit) -> None:
    assert visit.errors == [], "\n".join(visit.errors)


def test_article_page_shows_highlights_key_quote_and_analysis(open_page: Any) -> None:
    visit = open_page(ARTICLE)
    page = visit.page
    highlights = page.locator(".md-content .admonition.highlights")
    assert highlights.is_visible()
    assert highlights.locator("li").count() == 3
    assert "genuine sincerity" in highlights.inner_text()
    quote = page.locator(".md-content figure.reex-quote", has_text="If it’s a fight")
    assert quote.is_visible()
    assert quote.locator("figcaption").inner_text().strip() == (
        "a Ministry of Commerce spokesperson"
    )
    analysis = page.locator(".md-content section.reex-analysis")
    assert analysis.is_visible()
    assert "Time for Talks, Not Theatre" in analysis.locator("h2").inner_text()
    assert "structured engagement" in analysis.inner_text()
    no_errors(visit)


def test_a_topic_link_in_the_article_lands_on_the_topic_page_listing_it(
    open_page: Any, site_url: str
) -> None:
    visit = open_page(ARTICLE)
    page = visit.page
    link = page.locator('.md-content article a[href*="topics/tariffs/"]').first
    link.click()
    page.wait_for_url(site_url + TOPIC)
    assert page.locator(".md-content h1").inner_text().strip().startswith("Tariffs")
    listed = page.locator(f'.md-content a[href*="{ARTICLE_SLUG}"]').first
    assert listed.is_visible()
    assert "Beijing Signals Conditional Openness" in listed.inner_text()
    no_errors(visit)


def test_search_finds_the_article_by_a_persons_name(open_page: Any) -> None:
    visit = open_page(HOME)
    page = visit.page
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("Yellen")
    result = page.locator(f'.md-search-result__item a[href*="{ARTICLE_SLUG}"]').first
    result.wait_for(state="visible", timeout=15_000)
    assert "Beijing Signals" in result.inner_text()
    no_errors(visit)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_feed_links_in_the_head_resolve_and_parse(open_page: Any, name: str, site_url: str) -> None:
    visit = open_page(PAGES[name])
    page = visit.page
    links = page.eval_on_selector_all(
        "head link[rel=alternate]",
        "links => links.map(l => ({href: l.href, type: l.type}))",
    )
    kinds = sorted(link["type"] for link in links)
    expected = ["application/feed+json", "application/rss+xml"] * (2 if name == "topic" else 1)
    assert kinds == sorted(expected)
    for link in links:
        assert link["href"].startswith(site_url), link
        response = page.request.get(link["href"])
        assert response.status == 200, link
        if link["type"] == "application/rss+xml":
            parsed = feedparser.parse(response.body())
            assert not parsed.bozo, parsed.get("bozo_exception")
            assert parsed.entries
        else:
            document = json.loads(response.body())
            assert document["version"] == "https://jsonfeed.org/version/1.1"
            assert document["items"]
    no_errors(visit)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", sorted(PAGES))
def test_no_serious_or_critical_accessibility_violations(
    open_page: Any, axe_source: str, artifacts: Path, name: str, scheme: str
) -> None:
    visit = open_page(PAGES[name], scheme=scheme)
    page = visit.page
    page.add_script_tag(content=axe_source)
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    # The full report, for reading when this fails.
    report = artifacts / "axe" / f"{name}-{scheme}.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps(results["violations"], indent=1), encoding="utf-8")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:5])
        for v in results["violations"]
        if v["impact"] in SERIOUS
    ]
    assert serious == [], "\n".join(serious)
    no_errors(visit)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("device", sorted(DEVICES))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_screenshot_and_no_sideways_scrolling(
    open_page: Any, artifacts: Path, name: str, device: str, scheme: str
) -> None:
    width, height = DEVICES[device]
    visit = open_page(PAGES[name], width=width, height=height, scheme=scheme)
    page = visit.page
    page.wait_for_load_state("networkidle")
    shot = artifacts / "screenshots" / f"{name}-{device}-{scheme}.png"
    page.screenshot(path=str(shot), full_page=True)
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"the page is {scroll_width}px wide on a {width}px screen"
    body_scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert body_scheme == ("slate" if scheme == "dark" else "default")
    no_errors(visit)
