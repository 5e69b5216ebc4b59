"""The site's design in a real Chromium, read as a reader would meet it: no sideways
scrolling on a phone, no empty sidebar, a reading measure, the type scale,
contrast of the graphics in both schemes, tap targets, the current section,
share links without trackers, nothing fetched from another machine, copy-link
after instant navigation, the site's own 404 page, print, Open Graph on every
page, comments off unless configured, and axe-core on the list pages."""

from __future__ import annotations

import functools
import io
import itertools
import json
import re
import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page, Request

from tests.conftest import REPO, copy_project, run_mkdocs

from .conftest import QuietHandler, Visit, serving
from .probes import BOXES, CHARACTERS_PER_LINE, GRAPHIC_CONTRAST

pytestmark = pytest.mark.browser

ARTICLE_SLUG = "beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out"
ARTICLE = f"articles/{ARTICLE_SLUG}/"
TOPIC = "topics/tariffs/"
LISTS = {
    "topics-index": "topics/",
    "article-list": "articles/",
    "archive": "archive/",
    "archive-month": "archive/2025-04/",
    "people-index": "people/",
    "person": "people/tu-xinquan/",
    "organisation": "people/ministry-of-commerce/",
    "quotes": "quotes/",
}
READER_PAGES = {"home": "", "article": ARTICLE, "topic": TOPIC, **LISTS, "about": "about/"}
PHONE = (390, 844)
DESKTOP = (1280, 800)
SCHEMES = ("light", "dark")
# The article's own paragraphs (those holding annotation markers included).
BODY = ".reex-page--article > p:is(:not([class]), .annotate)"
SERIOUS = ("serious", "critical")
TAP = 44
CONFIG = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))


def no_errors(visit: Visit) -> None:
    assert visit.errors == [], "\n".join(visit.errors)


def canonical(page: Page) -> str:
    return str(page.eval_on_selector("link[rel=canonical]", "link => link.href"))


def wait_for_annotations(page: Page) -> None:
    """Material turns each "(1)" of an .annotate paragraph into a marker once it runs."""
    page.wait_for_selector(".md-annotation__index", state="attached")


# ------------------------------------------------------------------ layout


@pytest.mark.parametrize("name", sorted(READER_PAGES))
def test_no_sideways_scrolling_on_a_phone(open_page: Any, name: str) -> None:
    visit = open_page(READER_PAGES[name], width=PHONE[0], height=PHONE[1])
    page = visit.page
    page.wait_for_load_state("networkidle")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= PHONE[0], f"{name}: {scroll_width}px wide on a {PHONE[0]}px screen"
    # Nothing inside the content pokes out of it either (a wide table, a long word).
    right = page.evaluate(
        "Math.max(...[...document.querySelectorAll('.md-content *')]"
        ".map(e => e.getBoundingClientRect().right))"
    )
    assert right <= PHONE[0] + 0.5, f"{name}: content reaches {right}px"
    no_errors(visit)


def test_the_topics_index_is_no_tall_column_on_a_phone(open_page: Any) -> None:
    visit = open_page(LISTS["topics-index"], width=PHONE[0], height=PHONE[1])
    cells = visit.page.evaluate(BOXES, ".reex-page--topics-index td:nth-child(3)")
    assert cells, "the topics table has no description cells"
    # Each description gets (nearly) the full width instead of a third of it.
    assert min(cell["width"] for cell in cells) >= 0.8 * (PHONE[0] - 32), cells[0]
    no_errors(visit)


def test_an_article_has_no_left_sidebar_and_a_reading_measure(open_page: Any) -> None:
    visit = open_page(ARTICLE, width=DESKTOP[0], height=DESKTOP[1])
    page = visit.page
    shown = page.eval_on_selector(".md-sidebar--primary", "e => e.checkVisibility()")
    assert not shown, "the (empty) navigation sidebar is shown beside the article"
    paragraphs = page.locator(BODY)
    assert paragraphs.count() >= 3
    averages = []
    for index in range(3):
        measured = paragraphs.nth(index).evaluate(CHARACTERS_PER_LINE)
        lines = measured["lines"]
        assert lines, measured
        averages.append(sum(lines) / len(lines))
        estimate = measured["width"] / (0.5 * measured["fontSize"])
        print(f"paragraph {index}: {lines} characters a line; width/(0.5 em) = {estimate:.0f}")
    average = sum(averages) / len(averages)
    print(f"measure: {average:.1f} characters a line")
    assert 60 <= average <= 80, f"{average:.1f} characters a line"
    no_errors(visit)


def test_highlights_and_analysis_are_at_least_body_size(open_page: Any) -> None:
    visit = open_page(ARTICLE, width=DESKTOP[0], height=DESKTOP[1])
    sizes = visit.page.evaluate(
        """() => {
        const size = (selector) => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize);
        return {
          body: size(".reex-page--article > p:not([class])"),
          highlights: size(".admonition.highlights li"),
          analysis: size(".reex-analysis > p"),
          quote: size("figure.reex-quote blockquote p"),
          pull: size("figure.reex-pullquote blockquote p"),
        };
    }"""
    )
    print(f"font sizes (px): {sizes}")
    assert sizes["body"] >= 17
    for part in ("highlights", "analysis"):
        assert sizes[part] >= sizes["body"], sizes
    # The key-quote and pull-quote rules match the generated HTML: both set larger.
    assert sizes["quote"] > sizes["body"], sizes
    assert sizes["pull"] > sizes["body"], sizes
    no_errors(visit)


def test_a_key_quote_shows_the_words_then_the_speaker(open_page: Any) -> None:
    visit = open_page(ARTICLE, width=DESKTOP[0], height=DESKTOP[1])
    quote = visit.page.locator("figure.reex-quote", has_text="If it’s a fight").first
    words = quote.locator("blockquote").bounding_box()
    speaker = quote.locator("figcaption").bounding_box()
    assert words and speaker
    assert words["y"] + words["height"] <= speaker["y"] + 1, (words, speaker)
    # In the document (what a screen reader reads) the words come first too.
    assert quote.evaluate("q => q.lastElementChild.tagName === 'FIGCAPTION'")
    no_errors(visit)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_graphics_stand_out_in_both_schemes(open_page: Any, scheme: str) -> None:
    visit = open_page(ARTICLE, width=DESKTOP[0], height=DESKTOP[1], scheme=scheme)
    page = visit.page
    wait_for_annotations(page)
    probes = {
        "annotation marker": (".md-annotation__index", "::after", "backgroundColor", None),
        "highlights rule": (".admonition.highlights", None, "borderTopColor", "parent"),
        "highlights star": (
            ".admonition.highlights > .admonition-title",
            "::before",
            "backgroundColor",
            None,
        ),
        "key quote rule": ("figure.reex-quote", None, "borderLeftColor", "parent"),
        "analysis rule": (".reex-analysis", None, "borderLeftColor", "parent"),
        "chip border": ("a.reex-chip", None, "borderTopColor", "parent"),
    }
    ratios = {}
    for name, probe in probes.items():
        result = page.evaluate(GRAPHIC_CONTRAST, list(probe))
        assert result is not None, name
        ratios[name] = round(result["ratio"], 2)
        print(
            f"{scheme} {name}: {result['colour']} on {result['background']} = {result['ratio']:.2f}:1"
        )
    assert all(value >= 3 for value in ratios.values()), ratios
    no_errors(visit)


def test_the_annotation_marker_is_still_and_sits_close_to_a_comma(open_page: Any) -> None:
    visit = open_page(ARTICLE, width=DESKTOP[0], height=DESKTOP[1])
    page = visit.page
    wait_for_annotations(page)
    animation = page.eval_on_selector(
        ".md-annotation__index", "e => getComputedStyle(e).animationName"
    )
    assert animation == "none"
    gap = page.evaluate(
        """() => {
        for (const marker of document.querySelectorAll(".md-annotation")) {
          const next = marker.nextSibling;
          if (!next || next.nodeType !== Node.TEXT_NODE || !next.data.startsWith(",")) continue;
          const range = document.createRange();
          range.setStart(next, 0);
          range.setEnd(next, 1);
          const index = marker.querySelector(".md-annotation__index").getBoundingClientRect();
          return range.getClientRects()[0].left - index.right;
        }
        return null;
    }"""
    )
    assert gap is not None, "no marker before a comma in the article"
    print(f"marker to comma: {gap:.1f}px")
    assert gap <= 2, f"{gap:.1f}px between the marker and the comma after it"
    no_errors(visit)


def test_the_table_of_contents_lists_the_analysis_as_one_entry(open_page: Any) -> None:
    visit = open_page(ARTICLE, width=DESKTOP[0], height=DESKTOP[1])
    page = visit.page
    entries = page.evaluate(BOXES, ".md-nav--secondary > .md-nav__list > li > .md-nav__link")
    titles = [entry["text"] for entry in entries]
    assert titles == [
        "Strategic Posture, Not Concession",
        "Global Realignment in Motion",
        "REEx Analysis: Time for Talks, Not Theatre",
        "People",
        "Organisations",
        "Topics",
    ]
    page.locator('.md-sidebar--secondary a[href$="#reex-analysis"]').first.click()
    page.wait_for_function("location.hash === '#reex-analysis'")
    top = page.eval_on_selector(".reex-analysis", "e => e.getBoundingClientRect().top")
    assert 0 <= top < DESKTOP[1] / 2
    no_errors(visit)


# ------------------------------------------------------------- navigation


def test_the_top_navigation_holds_the_readers_sections_only(open_page: Any) -> None:
    visit = open_page("", width=DESKTOP[0], height=DESKTOP[1])
    page = visit.page
    tabs = [text.strip() for text in page.locator(".md-tabs__link").all_inner_texts()]
    assert tabs == ["Home", "Articles", "Topics", "People", "Archive", "About"]
    footer = page.locator(".md-footer")
    for name, path in (("Writing guide", "writing/"), ("Performance", "performance/")):
        link = footer.get_by_role("link", name=name)
        assert link.count() == 1, name
        assert link.evaluate("a => a.href").endswith(path)
    for name in ("RSS feed", "JSON Feed", "About this site"):
        assert footer.get_by_role("link", name=name).count() == 1, name
    assert "Made with Material" not in footer.inner_text()
    no_errors(visit)


@pytest.mark.parametrize(
    ("path", "section", "current"),
    [
        ("", "Home", "page"),
        (ARTICLE, "Articles", "true"),
        ("articles/", "Articles", "page"),
        (TOPIC, "Topics", "true"),
        ("archive/2025-04/", "Archive", "true"),
        ("people/", "People", "page"),
        ("people/tu-xinquan/", "People", "true"),
        ("quotes/", "People", "true"),
        ("about/", "About", "page"),
    ],
)
def test_the_current_section_is_marked(
    open_page: Any, path: str, section: str, current: str
) -> None:
    visit = open_page(path, width=DESKTOP[0], height=DESKTOP[1])
    active = visit.page.locator(".md-tabs__item--active .md-tabs__link")
    assert active.count() == 1
    assert active.inner_text().strip() == section
    assert active.get_attribute("aria-current") == current
    no_errors(visit)


@pytest.mark.parametrize("name", ["home", "article", "topic", "people-index", "person", "quotes"])
def test_tap_targets_on_a_phone(open_page: Any, name: str) -> None:
    visit = open_page(READER_PAGES[name], width=PHONE[0], height=PHONE[1])
    page = visit.page
    groups = {
        "chips": "a.reex-chip",
        "section links": ".md-tabs__link",
        "header buttons": ".md-header__button",
        "share and follow links": ".reex-share__link",
        "footer links": ".reex-footer__section a",
        # The whole card is the link (its ::before covers it).
        "people cards": ".reex-page--people-index > ul > li",
        "newer and older": ".reex-step",
        "original article": ".reex-source__link",
    }
    small = []
    for group, selector in groups.items():
        for box in page.evaluate(BOXES, selector):
            if box["width"] < TAP - 0.5 or box["height"] < TAP - 0.5:
                small.append(
                    f"{group}: {box['text'] or '(icon)'} {box['width']:.0f}x{box['height']:.0f}"
                )
    assert small == [], "\n".join(small)
    # Rows of chips have room between them.
    for container in page.locator(".reex-chips").all():
        tops = sorted(
            {
                round(box["top"])
                for box in container.evaluate(
                    "c => [...c.querySelectorAll('a.reex-chip')].map(a => a.getBoundingClientRect().toJSON())"
                )
            }
        )
        gaps = [lower - upper - TAP for upper, lower in itertools.pairwise(tops)]
        assert all(gap >= 6 for gap in gaps), gaps
    no_errors(visit)


@pytest.mark.parametrize("path", ["", ARTICLE, "people/", "archive/"])
def test_every_section_tab_is_in_view_on_a_phone(open_page: Any, path: str) -> None:
    """None of the six sections hides past the screen's edge (the bar scrolls only
    on screens narrower than a phone's 375-390 px)."""
    visit = open_page(path, width=PHONE[0], height=PHONE[1])
    boxes = visit.page.evaluate(BOXES, ".md-tabs__link")
    assert len(boxes) == 6
    assert all(b["left"] >= 0 and b["left"] + b["width"] <= PHONE[0] for b in boxes), boxes
    assert all(b["height"] >= TAP - 0.5 and b["width"] >= TAP - 0.5 for b in boxes), boxes
    no_errors(visit)


def test_the_drawer_links_are_tap_targets_on_a_phone(open_page: Any) -> None:
    visit = open_page(ARTICLE, width=PHONE[0], height=PHONE[1])
    page = visit.page
    page.locator("label.md-header__button[for=__drawer]").click()
    page.wait_for_timeout(400)
    boxes = page.evaluate(BOXES, ".md-nav--primary > .md-nav__list > .md-nav__item > .md-nav__link")
    assert [box["text"] for box in boxes] == [
        "Home",
        "Articles",
        "Topics",
        "People",
        "Archive",
        "About",
    ]
    assert all(box["height"] >= TAP - 0.5 for box in boxes), boxes
    no_errors(visit)


def test_the_progress_bar_is_for_the_eye_only(open_page: Any) -> None:
    """Material's bar has no value a screen reader could read; focus on the new
    headline (test_copy_link_works_before_and_after_an_instant_navigation) is what
    tells a screen reader that the page arrived."""
    visit = open_page(ARTICLE)
    bar = visit.page.locator(".md-progress")
    assert bar.count() == 1
    assert bar.get_attribute("aria-hidden") == "true"
    assert bar.get_attribute("role") is None
    no_errors(visit)


# ---------------------------------------------------------- share, follow


SHARE_HOSTS = {"x.com", "www.linkedin.com", "www.facebook.com", "bsky.app"}


@pytest.mark.parametrize("path", [ARTICLE, TOPIC])
def test_share_links_are_plain_encoded_links(open_page: Any, path: str) -> None:
    visit = open_page(path)
    page = visit.page
    address = canonical(page)
    title = page.eval_on_selector('meta[property="og:title"]', "m => m.content")
    links = page.eval_on_selector_all(
        ".reex-share__list:not(.reex-share__list--feeds) a",
        "links => links.map(a => ({href: a.getAttribute('href'), rel: a.rel, target: a.target}))",
    )
    hosts = set()
    for link in links:
        href = link["href"]
        assert " " not in href and '"' not in href and "<" not in href, href
        parts = urlsplit(href)
        query = parse_qs(parts.query)
        if parts.scheme == "mailto":
            assert query["subject"] == [title] and query["body"] == [address], href
            continue
        hosts.add(parts.netloc)
        assert "noopener" in link["rel"] and "noreferrer" in link["rel"], link
        shared = query.get("url") or query.get("u") or query.get("text")
        assert shared, href
        assert address in " ".join(shared), (href, address)
        assert "https%3A" in href, f"the address is not percent-encoded: {href}"
    assert hosts == SHARE_HOSTS
    assert page.locator(".reex-share button[data-reex-copy]").count() == 1
    # No script, frame or widget from any of them.
    scripts = page.eval_on_selector_all("script[src]", "s => s.map(e => e.src)")
    assert all(urlsplit(src).netloc == urlsplit(page.url).netloc for src in scripts), scripts
    assert page.locator("iframe").count() == 0
    no_errors(visit)


def test_a_topic_page_offers_its_own_feed(open_page: Any, site_url: str) -> None:
    visit = open_page(TOPIC)
    page = visit.page
    feeds = page.eval_on_selector_all(
        ".reex-share a[type='application/rss+xml'], .reex-feeds a",
        "links => links.map(a => a.href)",
    )
    assert site_url + "feeds/topics/tariffs.xml" in feeds
    assert site_url + "feeds/rss.xml" in feeds
    for href in set(feeds):
        assert page.request.get(href).status == 200, href
    no_errors(visit)


@pytest.mark.parametrize("name", ["home", "article", "topic", "topics-index"])
def test_no_request_leaves_the_machine(open_page: Any, name: str) -> None:
    requests: list[str] = []
    visit = open_page(READER_PAGES[name], on_request=lambda r: requests.append(r.url))
    page = visit.page
    page.mouse.wheel(0, 20_000)
    page.wait_for_timeout(300)
    if name == "article":
        wait_for_annotations(page)
        page.locator(".md-annotation__index").first.click()
    page.wait_for_load_state("networkidle")
    elsewhere = [
        url for url in requests if not re.match(r"^(http://127\.0\.0\.1:\d+/|data:|blob:)", url)
    ]
    assert requests and elsewhere == []
    no_errors(visit)


@pytest.fixture
def open_page(browser: Browser, site_url: str) -> Iterator[Any]:
    """As conftest's open_page, with a request listener attached before the page loads
    and clipboard permission for the copy-link test."""
    contexts = []

    def open_(
        path: str,
        *,
        width: int = 1280,
        height: int = 800,
        scheme: str = "light",
        on_request: Any = None,
        base: str | None = None,
        expect_status: int = 200,
    ) -> Visit:
        context = browser.new_context(
            viewport={"width": width, "height": height},
            color_scheme=scheme,  # type: ignore[arg-type]
            service_workers="block",
        )
        contexts.append(context)
        page = context.new_page()
        visit = Visit(page)
        if on_request is not None:
            page.on("request", on_request)

        def on_console(message: Any) -> None:
            if message.type == "error":
                visit.errors.append(f"console: {message.text} ({message.location.get('url')})")

        page.on("console", on_console)
        page.on("pageerror", lambda error: visit.errors.append(f"page error: {error}"))
        response = page.goto((base or site_url) + path, wait_until="load")
        assert response is not None and response.status == expect_status, path
        return visit

    yield open_
    for context in contexts:
        context.close()


def test_copy_link_works_before_and_after_an_instant_navigation(
    open_page: Any, pages_url: str
) -> None:
    visit = open_page(ARTICLE, base=pages_url)
    page = visit.page
    origin = "/".join(pages_url.split("/", 3)[:3])
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
    page.wait_for_load_state("networkidle")  # the sitemap instant navigation reads
    article_address = canonical(page)
    page.locator(".reex-share [data-reex-copy]").click()
    page.locator(".reex-share [data-reex-status]").filter(has_text="copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == article_address
    # Follow the kicker to the topic page: Material loads it in place (instant
    # navigation), so a value set on window survives; the new headline has focus.
    page.evaluate("window.__reexSamePage = true")
    kicker = page.locator(".reex-kicker a")
    topic = kicker.inner_text().strip()
    topic_url = page.evaluate("a => a.href", kicker.element_handle())
    kicker.click()
    page.wait_for_url(topic_url)
    page.wait_for_function(
        "t => document.querySelector('.md-content h1').textContent.toUpperCase().includes(t)",
        arg=topic.upper(),
    )
    assert page.evaluate("window.__reexSamePage === true"), "the topic page was a full reload"
    assert page.evaluate("document.activeElement && document.activeElement.tagName") == "H1"
    topic_address = canonical(page)
    assert topic_address != article_address
    page.locator(".reex-share [data-reex-copy]").click()
    page.locator(".reex-share [data-reex-status]").filter(has_text="copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == topic_address
    no_errors(visit)


# ------------------------------------------------------------------- 404


class PagesHandler(QuietHandler):
    """GitHub Pages in miniature: the site under its own path (that of site_url),
    404.html with status 404 for an address it does not have, and sitemap.xml naming
    the pages at this server's address, as the real one names them at the real
    address (Material's instant navigation takes over only links to pages in it)."""

    prefix = "/"

    def send_head(self) -> Any:
        path = self.path.split("?", 1)[0]
        local = Path(self.translate_path(path[len(self.prefix) - 1 :]))
        exists = local.is_file() or (local.is_dir() and (local / "index.html").is_file())
        if path.startswith(self.prefix) and exists:
            if local.name == "sitemap.xml":
                here = f"http://127.0.0.1:{self.server.server_address[1]}{self.prefix}"
                text = local.read_text(encoding="utf-8").replace(CONFIG["site_url"], here)
                return self._send(200, "application/xml", text.encode("utf-8"))
            self.path = path[len(self.prefix) - 1 :]
            return super().send_head()
        body = (Path(self.directory) / "404.html").read_bytes()
        return self._send(404, "text/html; charset=utf-8", body)

    def _send(self, status: int, kind: str, body: bytes) -> io.BytesIO:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@pytest.fixture(scope="session")
def pages_url(built_site: Path) -> Iterator[str]:
    prefix = urlsplit(CONFIG["site_url"]).path or "/"
    handler = type("Pages", (PagesHandler,), {"prefix": prefix})
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(built_site))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_404_page_is_the_sites_own(
    open_page: Any, pages_url: str, axe_source: str, scheme: str
) -> None:
    visit = open_page("no/such/page/", base=pages_url, expect_status=404, scheme=scheme)
    page = visit.page
    assert page.locator(".md-content h1").inner_text().strip() == "This page is not here"
    assert page.title().startswith("Page not found")
    # The theme and our style sheet loaded although the address is two levels deep.
    header = page.eval_on_selector(".md-header", "h => getComputedStyle(h).backgroundColor")
    assert header == "rgb(15, 82, 87)"
    assert page.eval_on_selector(".md-header__button.md-logo img", "i => i.naturalWidth") > 0
    for href in page.eval_on_selector_all(
        ".reex-404-links a, .reex-footer a", "a => a.map(e => e.href)"
    ):
        assert page.request.get(href).status == 200, href
    page.add_script_tag(content=axe_source)
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [v["id"] for v in results["violations"] if v["impact"] in SERIOUS]
    assert serious == []
    # The only error is the page's own status.
    assert all("404" in error for error in visit.errors), visit.errors


# ----------------------------------------------------------------- print


def test_print_leaves_out_the_chrome_and_prints_the_address(open_page: Any) -> None:
    visit = open_page(ARTICLE)
    page = visit.page
    page.emulate_media(media="print")
    hidden = [
        ".md-header",
        ".md-tabs",
        ".md-sidebar--secondary",
        ".md-footer",
        ".reex-chips",
        ".reex-share",
        "h2#topics",
    ]
    for selector in hidden:
        assert not page.eval_on_selector(selector, "e => e.checkVisibility()"), selector
    url = page.locator(".reex-print-url")
    assert url.is_visible()
    assert canonical(page) in url.inner_text()
    source = page.locator(".reex-byline a[href^='http']")
    if source.count():
        after = source.first.evaluate("a => getComputedStyle(a, '::after').content")
        assert source.first.get_attribute("href") in after
    no_errors(visit)


# ----------------------------------------------------- Open Graph, Twitter


OPEN_GRAPH_PAGES = ("home", "topic", "topics-index", "article-list", "archive", "article")


@pytest.mark.parametrize("name", [*OPEN_GRAPH_PAGES, "people-index", "person", "quotes"])
def test_every_page_has_open_graph_and_twitter_cards(
    open_page: Any, site_url: str, name: str
) -> None:
    visit = open_page(READER_PAGES[name])
    page = visit.page
    meta = page.evaluate(
        """() => Object.fromEntries([...document.head.querySelectorAll('meta[property], meta[name]')]
          .map(m => [m.getAttribute('property') || m.getAttribute('name'), m.content]))"""
    )
    for key in ("og:title", "og:description", "og:url", "og:image", "og:site_name", "twitter:card"):
        assert meta.get(key), f"{name}: no {key}"
    assert meta["og:url"] == canonical(page)
    # Articles and topics share their own card (drawn at build time), the others the site's.
    own = {"article": f"articles/{ARTICLE_SLUG}", "topic": "topics/tariffs"}.get(name)
    image = f"assets/social/{own}.png" if own else CONFIG["extra"]["social_image"]
    assert meta["og:image"] == meta["twitter:image"] == CONFIG["site_url"] + image
    assert meta["og:image:alt"] and meta["og:image:width"] == "1200"
    assert meta["twitter:card"] == ("summary_large_image" if own else "summary")
    assert meta["og:type"] == ("article" if name == "article" else "website")
    picture = page.request.get(site_url + image)
    assert picture.status == 200 and picture.headers["content-type"] == "image/png"
    assert picture.body()[16:24] == (1200).to_bytes(4, "big") + (630).to_bytes(4, "big")
    no_errors(visit)


# ---------------------------------------------------------------- comments


def test_comments_are_off_by_default(open_page: Any) -> None:
    visit = open_page(ARTICLE)
    assert visit.page.locator(".reex-comments, .giscus, script[src*='giscus']").count() == 0
    no_errors(visit)


@pytest.fixture(scope="session")
def comments_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built with giscus configured (made-up ids), served on 127.0.0.1."""
    project = copy_project(tmp_path_factory.mktemp("comments"))
    config_file = project / "mkdocs.yml"
    text = config_file.read_text(encoding="utf-8")
    text = text.replace("    enabled: false\n", "    enabled: true\n", 1)
    for key, value in (
        ("repo", "example/reex-comments"),
        ("repo_id", "R_test"),
        ("category", "Comments"),
        ("category_id", "DIC_test"),
    ):
        text = re.sub(rf'(\n    {key}: )""', rf'\g<1>"{value}"', text, count=1)
    config_file.write_text(text, encoding="utf-8")
    assert yaml.safe_load(text)["extra"]["comments"]["enabled"] is True
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    with serving(project / "site") as url:
        yield url


def test_comments_load_from_giscus_only_when_asked(open_page: Any, comments_site_url: str) -> None:
    requests: list[str] = []
    visit = open_page(ARTICLE, base=comments_site_url, on_request=lambda r: requests.append(r.url))
    page = visit.page
    giscus: list[str] = []

    def refuse(route: Any, request: Request) -> None:
        giscus.append(request.url)
        route.abort()

    page.route(re.compile(r"^https://giscus\.app/"), refuse)
    section = page.locator(".reex-comments")
    assert section.count() == 1
    assert section.get_attribute("data-giscus-repo") == "example/reex-comments"
    page.mouse.wheel(0, 20_000)
    page.wait_for_load_state("networkidle")
    assert [url for url in requests if not url.startswith(comments_site_url)] == []
    section.get_by_role("button", name="Show comments").click()
    page.wait_for_timeout(500)
    assert giscus and giscus[0].startswith("https://giscus.app/client.js"), giscus
    script = page.locator(".reex-comments script[src^='https://giscus.app/']")
    assert script.get_attribute("data-repo") == "example/reex-comments"
    assert script.get_attribute("data-mapping") == "pathname"
    # The aborted script request is the only error, and comments are on articles only.
    assert all("giscus" in error or "ERR_FAILED" in error for error in visit.errors), visit.errors
    home = open_page("", base=comments_site_url)
    assert home.page.locator(".reex-comments").count() == 0


# ------------------------------------------------------------------ axe


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", [*sorted(LISTS), "about"])
def test_list_pages_have_no_serious_accessibility_violations(
    open_page: Any, axe_source: str, artifacts: Path, name: str, scheme: str
) -> None:
    visit = open_page(READER_PAGES[name], scheme=scheme)
    page = visit.page
    page.add_script_tag(content=axe_source)
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    report = artifacts / "axe" / f"{name}-{scheme}.json"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(json.dumps(results["violations"], indent=1), encoding="utf-8")
    counts = {impact: 0 for impact in ("minor", "moderate", "serious", "critical")}
    for violation in results["violations"]:
        counts[violation["impact"]] += 1
    print(f"axe {name} {scheme}: {counts}")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:5])
        for v in results["violations"]
        if v["impact"] in SERIOUS
    ]
    assert serious == [], "\n".join(serious)
    no_errors(visit)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("name", sorted(READER_PAGES))
def test_screenshots_for_review(open_page: Any, artifacts: Path, name: str, scheme: str) -> None:
    """Full-page screenshots at phone and desktop sizes (tests/.artifacts/design/)."""
    folder = artifacts / "design"
    folder.mkdir(parents=True, exist_ok=True)
    for device, (width, height) in {"phone": PHONE, "desktop": DESKTOP}.items():
        visit = open_page(READER_PAGES[name], width=width, height=height, scheme=scheme)
        visit.page.wait_for_load_state("networkidle")
        visit.page.screenshot(path=str(folder / f"{name}-{device}-{scheme}.png"), full_page=True)
        no_errors(visit)
