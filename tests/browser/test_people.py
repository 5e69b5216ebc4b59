"""In Chromium: from an article to a person's page, and on to another article
that quotes them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from .conftest import serving_corpus_with

pytestmark = pytest.mark.browser

# A second article quoting the Treasury Secretary of the tariff-truce article.
FOLLOW_UP = """U.S. Treasury Sees Progress in Follow-Up Trade Talks

May 30, 2025

WASHINGTON — Officials met again on Friday to extend the tariff truce agreed in Geneva.

"The talks are moving in the right direction," Treasury Secretary Scott Bessent said after the meeting.
"""
TRUCE = "articles/u-s-and-china-agree-90-day-tariff-truce-after-geneva-talks/"


@pytest.fixture(scope="module")
def people_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("people")
    with serving_corpus_with(root, {"follow-up-talks.txt": FOLLOW_UP}) as url:
        yield url


def test_article_to_person_page_to_another_article(browser: Browser, people_site: str) -> None:
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(people_site + TRUCE, wait_until="load")
    # The first mention in the text links to the person's page.
    page.locator('.md-content article p a[href*="people/scott-bessent/"]').first.click()
    page.wait_for_url(people_site + "people/scott-bessent/")
    assert page.locator(".md-content h1").inner_text().startswith("Scott Bessent")
    content = page.locator(".md-content").inner_text()
    assert "Treasury Secretary" in content and "quoted in 2" in content
    assert "The talks are moving in the right direction" in content
    # On to the other article that quotes him.
    page.locator('.md-content a[href*="treasury-sees-progress"]').first.click()
    page.wait_for_url("**/articles/u-s-treasury-sees-progress-in-follow-up-trade-talks/")
    assert "Follow-Up Trade Talks" in page.locator(".md-content h1").inner_text()
    # The person's page is found by search.
    page.goto(people_site, wait_until="load")
    search = page.locator("input.md-search__input")
    search.click()
    search.press_sequentially("Bessent")
    hit = page.locator('.md-search-result__item a[href*="people/scott-bessent/"]').first
    hit.wait_for(state="visible", timeout=15_000)
    assert errors == []
    context.close()
