"""The site's design as Zensical builds it (`python -m generator zensical --build`,
which renders overrides/ with MiniJinja): the same page frame, kicker, share and
follow links, footer and table of contents as under MkDocs, a clean console, no
request off the machine and no serious axe-core finding."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser

from tests.conftest import copy_project

from .conftest import serving

pytestmark = pytest.mark.browser

ARTICLE = "articles/beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out/"
PAGES = {"home": "", "article": ARTICLE, "topic": "topics/tariffs/", "topics-index": "topics/"}
SERIOUS = ("serious", "critical")


@pytest.fixture(scope="module")
def zensical_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if importlib.util.find_spec("zensical") is None and not os.environ.get("CI"):
        pytest.skip("zensical is not installed (pip install -e '.[zensical]')")
    project = copy_project(tmp_path_factory.mktemp("zensical-look"))
    built = subprocess.run(
        [sys.executable, "-m", "generator", "zensical", "--build"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    with serving(project / "build/zensical/site") as url:
        yield url


@pytest.fixture
def visit(browser: Browser, zensical_url: str) -> Iterator[Any]:
    contexts = []

    def open_(path: str, scheme: str = "light") -> tuple[Any, list[str], list[str]]:
        context = browser.new_context(
            viewport={"width": 1280, "height": 800},
            color_scheme=scheme,  # type: ignore[arg-type]
            service_workers="block",
        )
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("pageerror", lambda error: errors.append(str(error)))
        response = page.goto(zensical_url + path, wait_until="networkidle")
        assert response is not None and response.ok, path
        return page, errors, requests

    yield open_
    for context in contexts:
        context.close()


def test_an_article_built_by_zensical_has_the_sites_frame(visit: Any) -> None:
    page, errors, _ = visit(ARTICLE)
    assert page.locator(".reex-page--article").count() == 1
    assert not page.eval_on_selector(".md-sidebar--primary", "e => e.checkVisibility()")
    # The kicker names one of the article's own topics, as the chips do.
    kicker = page.locator(".reex-kicker a").inner_text().strip().upper()
    chips = [c.strip().upper() for c in page.locator(".reex-chip").all_inner_texts()]
    assert kicker and kicker in chips, (kicker, chips)
    active = page.locator(".md-tabs__item--active .md-tabs__link")
    assert active.inner_text().strip() == "Articles"
    tabs = [text.strip() for text in page.locator(".md-tabs__link").all_inner_texts()]
    assert tabs == ["Home", "Articles", "Topics", "People", "Archive", "About"]
    # Share links built with MiniJinja's urlencode: the canonical address, encoded.
    address = page.eval_on_selector("link[rel=canonical]", "l => l.href")
    hrefs = page.eval_on_selector_all(
        ".reex-share__list:not(.reex-share__list--feeds) a",
        "a => a.map(e => e.getAttribute('href'))",
    )
    assert len(hrefs) == 5
    for href in hrefs:
        query = parse_qs(urlsplit(href).query)
        values = " ".join(v for vs in query.values() for v in vs)
        assert address in values, href
    footer = page.locator(".md-footer")
    for name in ("Writing guide", "Performance", "RSS feed", "JSON Feed"):
        assert footer.get_by_role("link", name=name).count() == 1, name
    # Zensical's script makes the links absolute: the address ends with the anchor.
    page.wait_for_selector('.md-nav--secondary a[href$="#reex-analysis"]', state="attached")
    meta = page.eval_on_selector('meta[property="og:image"]', "m => m.content")
    # The article's own card, drawn by the generator and staged beside its pages.
    card = "assets/social/articles/" + ARTICLE.split("/")[1] + ".png"
    assert meta.endswith("/reex-analysis/" + card)
    picture = page.request.get(page.url.split("articles/", 1)[0] + card)
    assert picture.status == 200 and picture.body().startswith(b"\x89PNG")
    assert errors == [], errors


@pytest.mark.parametrize("scheme", ("light", "dark"))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_zensical_pages_are_clean(visit: Any, axe_source: str, name: str, scheme: str) -> None:
    page, errors, requests = visit(PAGES[name], scheme)
    elsewhere = [url for url in requests if not re.match(r"^(http://127\.0\.0\.1:\d+/|data:)", url)]
    assert elsewhere == []
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.add_script_tag(content=axe_source)
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): " + "; ".join(n["target"][0] for n in v["nodes"][:3])
        for v in results["violations"]
        if v["impact"] in SERIOUS
    ]
    assert serious == [], json.dumps(serious, indent=1)
    assert errors == [], errors
