"""MkDocs runs for real on a copy of the project; the HTML is checked."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.build

ARTICLE = "articles/beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out/index.html"
BOILERPLATE = (
    "opens in a new tab",
    "Spread the word",
    "CATEGORIES:",
    "Leave a Reply",
    "Your email address",
)


class _Collector(HTMLParser):
    """Links and the classes of every element, enough to check structure."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.classes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
        if values.get("class"):
            self.classes.append(str(values["class"]))


def collect(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def article_html(site: Path) -> str:
    return (site / ARTICLE).read_text(encoding="utf-8")


def main_text(html: str) -> str:
    body = html.split('<article class="md-content__inner md-typeset">', 1)[1].split(
        "</article>", 1
    )[0]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def test_article_page_has_highlights_pull_quote_and_analysis(built_site: Path) -> None:
    page = collect(article_html(built_site))
    assert "admonition highlights" in page.classes
    assert "reex-pullquote" in page.classes
    assert "reex-quote" in page.classes
    assert "reex-analysis" in page.classes
    text = main_text(article_html(built_site))
    assert "Both China and the U.S. will increasingly experience economic pain." in text
    assert "REEx Analysis: Time for Talks, Not Theatre" in text
    assert "But Build Resilience, Deal or No Deal" in text


def test_no_boilerplate_reaches_the_page(built_site: Path) -> None:
    text = main_text(article_html(built_site))
    for line in BOILERPLATE:
        assert line not in text


def test_analysis_holds_its_subsections(built_site: Path) -> None:
    html = article_html(built_site)
    analysis = html.split('<section class="reex-analysis">', 1)[1]
    analysis = analysis.split("</section>", 1)[0]
    assert '<h2 class="reex-analysis__title" id="reex-analysis">' in analysis
    assert "But Build Resilience, Deal or No Deal" in analysis
    assert "Regardless of how talks proceed" in analysis


def test_topic_links_go_to_topic_pages_and_back(built_site: Path) -> None:
    article_dir = (built_site / ARTICLE).parent
    links = collect(article_html(built_site)).links
    topic_links = sorted({link for link in links if re.search(r"/topics/[a-z0-9-]+/$", link)})
    assert any("rare-earths" in link for link in topic_links)
    assert any("tariffs" in link for link in topic_links)
    for link in topic_links:
        target = (article_dir / link.split("#")[0]).resolve() / "index.html"
        assert target.is_file(), link
        back = collect(target.read_text(encoding="utf-8")).links
        assert any("beijing-signals-conditional-openness" in b for b in back), link


def test_people_organisation_and_quotes_pages_are_built_and_linked(built_site: Path) -> None:
    for page in (
        "people/index.html",
        "people/janet-yellen/index.html",
        "people/ministry-of-commerce/index.html",
        "quotes/index.html",
    ):
        assert (built_site / page).is_file(), page
    links = collect(article_html(built_site)).links
    assert any(link.endswith("people/janet-yellen/") for link in links)
    person = (built_site / "people/janet-yellen/index.html").read_text(encoding="utf-8")
    assert "beijing-signals-conditional-openness" in " ".join(collect(person).links)
    assert "former Treasury Secretary" in main_text(person)
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert any(doc["location"].startswith("people/janet-yellen/") for doc in index["docs"])


def test_the_search_index_holds_no_annotation_markers(built_site: Path) -> None:
    import json

    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(d["text"] for d in docs["docs"])
    assert "Tu Xinquan, director of the China Institute" in text
    assert "Tu Xinquan (1)" not in text and "Janet Yellen (1)" not in text


def test_topics_no_article_mentions_keep_their_pages_but_send_no_reader_there(
    built_site: Path,
) -> None:
    """The repository's one seed leaves most topics empty: their pages and feeds stay
    (stable addresses), out of the search index and the sitemap, and the topics
    index names them apart, without a link."""
    empty, covered = "mining", "tariffs"
    for slug in (empty, covered):
        assert (built_site / "topics" / slug / "index.html").is_file()
        for feed in (f"{slug}.xml", f"{slug}.json"):
            assert (built_site / "feeds" / "topics" / feed).is_file(), feed
    assert "No article mentions this topic yet" in (
        built_site / "topics" / empty / "index.html"
    ).read_text(encoding="utf-8")
    docs = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    indexed = {d["location"].partition("#")[0] for d in docs["docs"]}
    assert f"topics/{covered}/" in indexed and f"topics/{empty}/" not in indexed
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert f"/topics/{covered}/</loc>" in sitemap and f"/topics/{empty}/" not in sitemap
    assert "/articles/" in sitemap and "/about/</loc>" in sitemap
    index = (built_site / "topics/index.html").read_text(encoding="utf-8")
    links = collect(index).links
    assert f"{covered}/" in links and f"{empty}/" not in links
    waiting = index.split('<p class="reex-topics-waiting">', 1)[1].split("</p>", 1)[0]
    assert "Mining" in waiting and "Tariffs" not in waiting
