"""List rows in a real Chromium: each row's topic chips (the main topic first,
links to topic pages, 44 px targets and no overflow on a phone, legible in both
schemes), key quotes set apart from the paragraph that holds them, and a topics
index that sends no reader to a topic page without articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from .conftest import serving_corpus_with
from .probes import BOXES, GRAPHIC_CONTRAST

pytestmark = pytest.mark.browser

PHONE = (390, 844)
DESKTOP = (1280, 800)
TAP = 44
LYNAS = "articles/lynas-separates-heavy-rare-earths-in-malaysia-a-first-outside-china/"
# Pages of the test corpus with article rows: the index, a topic, a month, and
# an article's related articles.
ROW_PAGES = ("articles/", "topics/rare-earths/", "archive/2025-05/", LYNAS)
EMPTY = "No article mentions this topic yet"
# An article whose key quote is in its first paragraph (written for this test).
GALLIUM_SEED = """\
Gallium Refiner in Quebec Opens Second Line

June 3, 2025

MONTREAL — "We can now supply a fifth of what North American chipmakers buy every year," said Hélène Tremblay, chief executive of Boréal Métaux, as the company opened a second gallium line at its refinery near Trois-Rivières on Tuesday.

The line recovers gallium from the caustic liquor of a neighbouring alumina plant, a by-product that used to be sent back into the process.

China produced nearly all of the world's primary gallium last year and has required export licences for the metal since 2023, which pushed prices outside China to twice the domestic level.

Buyers in the United States and Japan have signed supply agreements for most of the new line's output, the company said.
"""
GALLIUM = "articles/gallium-refiner-in-quebec-opens-second-line/"


@pytest.fixture(scope="module")
def corpus_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built from the real seed, the test corpus and the gallium article
    (five articles, so rows, months and related articles), served on 127.0.0.1."""
    root = tmp_path_factory.mktemp("corpus-site")
    with serving_corpus_with(root, {"gallium-second-line.txt": GALLIUM_SEED}) as url:
        yield url


def visit(browser: Browser, url: str, width: int, height: int, scheme: str = "light") -> Page:
    context = browser.new_context(
        viewport={"width": width, "height": height},
        color_scheme=scheme,  # type: ignore[arg-type]
        service_workers="block",
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(url, wait_until="load")
    assert response is not None and response.ok, url
    page.wait_for_load_state("networkidle")
    assert errors == [], errors
    return page


ROWS = """() => [...document.querySelectorAll(".md-content .reex-item")].map(row => ({
  title: row.querySelector(".reex-item__title a").href,
  chips: [...row.querySelectorAll(".reex-item__chips a.reex-chip")].map(a => ({
    text: a.textContent.trim(), href: a.href})),
}))"""


@pytest.mark.parametrize("path", ROW_PAGES)
def test_every_row_shows_its_topics_the_main_one_first(
    browser: Browser, corpus_url: str, path: str
) -> None:
    page = visit(browser, corpus_url + path, *DESKTOP)
    rows = page.evaluate(ROWS)
    assert rows, f"{path}: no rows"
    # On a topic's own page a row leaves out that topic's chip.
    on_topic_page = path.startswith("topics/")
    own = f"/{path}" if on_topic_page else None
    kickers: dict[str, str] = {}
    for row in rows:
        texts = [chip["text"] for chip in row["chips"]]
        assert (0 if on_topic_page else 1) <= len(texts) <= 3, row
        assert own is None or not any(c["href"].endswith(own) for c in row["chips"]), row
        for chip in row["chips"]:
            assert "/topics/" in chip["href"], chip
            listed = page.request.get(chip["href"])
            assert listed.ok and chip["text"] in listed.text(), chip
        if row["title"] not in kickers:
            article = page.request.get(row["title"]).text()
            kickers[row["title"]] = article.split('class="reex-kicker', 1)[1].split("</a>")[0]
        # The first chip is the topic the article's own page puts above its
        # headline, unless that is the topic page's own.
        kicker = kickers[row["title"]].rstrip()
        if own is not None and f'href="../..{own}"' in kicker:
            continue
        assert texts and kicker.endswith(texts[0]), row
    page.context.close()


@pytest.mark.parametrize("scheme", ("light", "dark"))
@pytest.mark.parametrize("width", (PHONE[0], DESKTOP[0]))
def test_row_chips_fit_are_tap_targets_and_legible(
    browser: Browser, corpus_url: str, scheme: str, width: int
) -> None:
    for path in ROW_PAGES:
        page = visit(browser, corpus_url + path, width, PHONE[1], scheme)
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        boxes = page.evaluate(BOXES, ".reex-item a.reex-chip")
        assert boxes, path
        assert all(b["left"] >= 0 and b["left"] + b["width"] <= width for b in boxes), path
        if width == PHONE[0]:
            small = [b for b in boxes if b["width"] < TAP - 0.5 or b["height"] < TAP - 0.5]
            assert small == [], (path, small)
        chip = ".reex-item a.reex-chip"
        text = page.evaluate(GRAPHIC_CONTRAST, [chip, None, "color", None])
        # The pill: the link's border on a desktop, its ::before inside the target on a phone.
        pseudo = "::before" if width == PHONE[0] else None
        pill = page.evaluate(GRAPHIC_CONTRAST, [chip, pseudo, "borderTopColor", "parent"])
        print(f"{path} {width}px {scheme}: text {text['ratio']:.2f}:1, pill {pill['ratio']:.2f}:1")
        assert text["ratio"] >= 4.5, (path, text)
        assert pill["ratio"] >= 3, (path, pill)
        page.context.close()


APART = """() => [...document.querySelectorAll(".reex-key-quotes")].map(block => ({
  quotes: [...block.querySelectorAll("blockquote")].map(q => q.textContent.trim()
    .replace(/^\u201c|\u201d$/g, "")),
  before: block.previousElementSibling ? block.previousElementSibling.textContent : "",
  after: block.nextElementSibling ? block.nextElementSibling.textContent : "",
}))"""


def test_key_quotes_never_sit_beside_the_paragraph_that_holds_them(
    browser: Browser, corpus_url: str
) -> None:
    page = visit(browser, corpus_url + "articles/", *DESKTOP)
    articles = page.evaluate(
        "() => [...document.querySelectorAll('.reex-item__title a')].map(a => a.href)"
    )
    page.context.close()
    seen = 0
    for url in articles:
        page = visit(browser, url, *DESKTOP)
        for block in page.evaluate(APART):
            for quote in block["quotes"]:
                seen += 1
                words = " ".join(quote.split())
                for neighbour in (block["before"], block["after"]):
                    assert words not in " ".join(neighbour.split()), (url, quote)
        page.context.close()
    assert seen >= 4
    # The gallium article quotes its speaker in its first paragraph: the quote is
    # set after the second, not above the first (after the byline) or under it.
    page = visit(browser, corpus_url + GALLIUM, *DESKTOP)
    order = page.evaluate(
        """() => [...document.querySelectorAll(".reex-page--article > *")]
        .map(e => e.classList.contains("reex-key-quotes") ? "QUOTES" : e.textContent.trim())"""
    )
    at = order.index("QUOTES")
    assert order[at - 1].startswith("The line recovers gallium"), order[at - 1]
    said = next(i for i, text in enumerate(order) if "We can now supply" in text)
    assert said < at - 1
    page.context.close()


def test_the_topics_index_sends_no_reader_to_an_empty_topic(
    browser: Browser, built_site: Path, open_page: Any
) -> None:
    """The repository's one seed leaves most topics empty: the index links only the
    others and names the empty ones apart; their pages still answer."""
    visit_ = open_page("topics/", width=PHONE[0], height=PHONE[1])
    page = visit_.page
    links = page.evaluate(
        "() => [...document.querySelectorAll('.md-content a[href]')]"
        ".map(a => a.href).filter(h => /\\/topics\\/[^/]+\\/$/.test(h))"
    )
    assert links
    for href in links:
        assert EMPTY not in page.request.get(href).text(), href
    waiting = page.locator(".reex-topics-waiting")
    assert waiting.is_visible() and "Mining" in waiting.inner_text()
    assert waiting.locator("a").count() == 0
    empty = page.request.get(page.url + "mining/")
    assert empty.ok and EMPTY in empty.text()
    assert visit_.errors == []
