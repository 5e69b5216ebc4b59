"""Site and topic feeds: RSS 2.0 and JSON Feed 1.1, read back with a real feed parser."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser
import pytest
import yaml

from generator.corpus import build_corpus
from generator.escape import WORD_JOINER, inert
from generator.model import Article, Block, Section
from generator.pages.feed_formats import JSON_FEED_VERSION, xml_safe
from generator.pages.feeds import MAX_ITEMS, render_feeds
from generator.pages.kit import topic_titles
from generator.paths import SITE_JSON, SITE_RSS, topic_json_path, topic_rss_path
from generator.taxonomy import Taxonomy, Topic

from .conftest import copy_project, run_mkdocs

SITE = "https://reex.example.org/analysis/"
SITE_NAME = "Minerals Desk"
SITE_DESCRIPTION = "Trade and supply-chain notes."
REPO = Path(__file__).resolve().parent.parent
SEED_SLUG = "beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out"

TAXONOMY = Taxonomy(
    (
        Topic("rare-earths", "Rare earths", ("rare earth",), "The seventeen elements."),
        Topic("tariffs", "Tariffs", ("tariff",), "Duties on imports."),
        Topic("gallium", "Gallium", (), ""),
    )
)


def article(
    slug: str,
    title: str,
    *,
    date: dt.date | None = None,
    updated: dt.date | None = None,
    topics: tuple[str, ...] = (),
    author: str | None = None,
    source: str | None = None,
    highlights: tuple[str, ...] = (),
    lead: str = "",
) -> Article:
    sections = (Section(None, (Block.plain(lead, 3),), 3),) if lead else ()
    return Article(
        path=f"seeds/{slug}.txt",
        title=title,
        slug=slug,
        date=date,
        updated=updated,
        topics=topics,
        author=author,
        source_name=source,
        highlights=highlights,
        sections=sections,
    )


ARTICLES = (
    article(
        "lynas-texas-plant-delayed",
        "Lynas pushes back its Texas separation plant by a year",
        date=dt.date(2025, 3, 14),
        topics=("rare-earths",),
        author="Priya Natarajan",
        highlights=("The Seadrift site now targets a 2027 start.",),
    ),
    article(
        "port-duties-on-magnets",
        "Washington widens port duties to cover sintered magnets",
        date=dt.date(2025, 6, 2),
        updated=dt.date(2025, 6, 9),
        topics=("tariffs", "rare-earths"),
        source="Rare Earth Exchanges",
        lead="The Commerce Department added NdFeB magnets to the list on Monday.",
    ),
    article(
        "gallium-export-licences",
        "Beijing's gallium licences: who got one, who waits",
        topics=("gallium",),
        lead="Licences trickled out over the winter, mostly to Korean buyers.",
    ),
)


def feeds(articles: tuple[Article, ...] = ARTICLES, site_url: str = SITE) -> dict[str, str]:
    corpus = build_corpus(articles, TAXONOMY)
    return render_feeds(
        corpus, TAXONOMY, site_url, site_name=SITE_NAME, site_description=SITE_DESCRIPTION
    )


def parse(text: str) -> Any:
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def test_every_topic_gets_both_feeds_and_the_site_gets_its_own() -> None:
    expected = {SITE_RSS, SITE_JSON, "feeds/sitemap.xml", "feeds/topics/sitemap.xml"}
    for topic in TAXONOMY:
        expected |= {topic_rss_path(topic.slug), topic_json_path(topic.slug)}
    assert set(feeds()) == expected


def test_site_rss_parses_with_items_newest_first_and_absolute_links() -> None:
    parsed = parse(feeds()[SITE_RSS])
    assert parsed.version == "rss20"
    assert parsed.feed.title == SITE_NAME
    assert parsed.feed.link == SITE
    assert [e.link for e in parsed.entries] == [
        SITE + "articles/port-duties-on-magnets/",
        SITE + "articles/lynas-texas-plant-delayed/",
        SITE + "articles/gallium-export-licences/",
    ]
    assert [e.id for e in parsed.entries] == [e.link for e in parsed.entries]


def test_rss_items_carry_summary_date_author_and_topic_titles() -> None:
    entries = {e.link.rsplit("/", 2)[-2]: e for e in parse(feeds()[SITE_RSS]).entries}
    magnets = entries["port-duties-on-magnets"]
    assert magnets.summary.startswith("The Commerce Department added NdFeB magnets")
    assert magnets.published == "Mon, 02 Jun 2025 00:00:00 +0000"
    assert magnets.author == "Rare Earth Exchanges"
    assert [t.term for t in magnets.tags] == ["Tariffs", "Rare earths"]
    lynas = entries["lynas-texas-plant-delayed"]
    assert lynas.summary == "The Seadrift site now targets a 2027 start."
    assert lynas.author == "Priya Natarajan"


def test_an_undated_article_has_no_date_rather_than_the_build_time() -> None:
    gallium = parse(feeds()[SITE_RSS]).entries[-1]
    assert gallium.title.startswith("Beijing's gallium licences")
    assert "published" not in gallium
    item = json.loads(feeds()[SITE_JSON])["items"][-1]
    assert "date_published" not in item
    assert "date_modified" not in item


def test_output_is_identical_across_runs() -> None:
    assert feeds() == feeds()
    assert feeds(ARTICLES[::-1]) == feeds()


def test_json_feed_follows_the_1_1_spec() -> None:
    document = json.loads(feeds()[SITE_JSON])
    assert document["version"] == JSON_FEED_VERSION
    assert document["title"] == SITE_NAME
    assert document["home_page_url"] == SITE
    assert document["feed_url"] == SITE + SITE_JSON
    ids = [item["id"] for item in document["items"]]
    assert len(ids) == len(set(ids)) == len(ARTICLES)
    for item in document["items"]:
        assert isinstance(item["id"], str)
        assert item["url"].startswith(SITE + "articles/")
        assert item.get("content_text") or item.get("content_html")
        for key in ("date_published", "date_modified"):
            if key in item:
                assert dt.datetime.fromisoformat(item[key]).tzinfo is not None
        for author in item.get("authors", []):
            assert set(author) <= {"name", "url", "avatar"}
        assert all(isinstance(tag, str) for tag in item.get("tags", []))
    magnets = document["items"][0]
    assert magnets["date_published"] == "2025-06-02T00:00:00Z"
    assert magnets["date_modified"] == "2025-06-09T00:00:00Z"
    assert magnets["authors"] == [{"name": "Rare Earth Exchanges"}]
    assert magnets["tags"] == ["Tariffs", "Rare earths"]
    assert magnets["image"] == SITE + "assets/social/articles/port-duties-on-magnets.png"


def test_topic_feeds_hold_only_that_topics_articles() -> None:
    pages = feeds()
    rare = parse(pages[topic_rss_path("rare-earths")])
    assert rare.feed.title == f"Rare earths — {SITE_NAME}"
    assert rare.feed.link == SITE + "topics/rare-earths/"
    assert [e.link for e in rare.entries] == [
        SITE + "articles/port-duties-on-magnets/",
        SITE + "articles/lynas-texas-plant-delayed/",
    ]
    tariffs = json.loads(pages[topic_json_path("tariffs")])
    assert tariffs["feed_url"] == SITE + "feeds/topics/tariffs.json"
    assert [i["id"] for i in tariffs["items"]] == [SITE + "articles/port-duties-on-magnets/"]


def test_a_topic_with_no_articles_still_has_valid_empty_feeds() -> None:
    pages = feeds(ARTICLES[:2])
    assert parse(pages[topic_rss_path("gallium")]).entries == []
    assert json.loads(pages[topic_json_path("gallium")])["items"] == []


def test_feeds_keep_only_the_newest_items() -> None:
    many = tuple(
        article(
            f"weekly-note-{n:03}",
            f"Weekly note {n}",
            date=dt.date(2024, 1, 1) + dt.timedelta(weeks=n),
        )
        for n in range(MAX_ITEMS + 7)
    )
    parsed = parse(feeds(many)[SITE_RSS])
    assert len(parsed.entries) == MAX_ITEMS
    assert parsed.entries[0].title == f"Weekly note {MAX_ITEMS + 6}"
    assert parsed.entries[-1].title == "Weekly note 7"
    assert len(json.loads(feeds(many)[SITE_JSON])["items"]) == MAX_ITEMS


def test_hostile_seed_text_cannot_break_the_feed() -> None:
    nasty = article(
        "closing-tags",
        'Tags & "quotes": </title></item><script>alert(1)</script>\x0b\x00',
        date=dt.date(2025, 1, 2),
        topics=("tariffs",),
        author="O'Brien <obrien@example.org>",
        lead="]]> <![CDATA[ & &amp; \x1f bell <img src=x onerror=alert(1)>",
    )
    pages = feeds((nasty,))
    parsed = parse(pages[SITE_RSS])
    (entry,) = parsed.entries
    # The text arrives whole, and inert for a reader that takes it as HTML: a word
    # joiner (invisible) follows each "<" that could open a tag.
    assert entry.title.replace(WORD_JOINER, "") == (
        'Tags & "quotes": </title></item><script>alert(1)</script>'
    )
    assert "<script" not in entry.title
    assert entry.author.replace(WORD_JOINER, "") == "O'Brien <obrien@example.org>"
    assert "<script>" not in pages[SITE_RSS]
    item = json.loads(pages[SITE_JSON])["items"][0]
    assert item["title"].replace(WORD_JOINER, "").startswith('Tags & "quotes": </title>')
    assert "<script" not in item["title"]
    assert item["summary"].replace(WORD_JOINER, "") == (
        "]]> <![CDATA[ & &amp; bell <img src=x onerror=alert(1)>"
    )
    # The RSS description is HTML to a reader: the seed's markup must stay text.
    assert "<img" not in entry.summary
    assert "&lt;\u2060img src=x onerror=alert(1)&gt;" in entry.summary


def test_each_feed_folder_has_a_sitemap_of_its_feeds() -> None:
    pages = feeds()
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    for folder in ("feeds", "feeds/topics"):
        root = ET.fromstring(pages[f"{folder}/sitemap.xml"])
        assert root.tag == f"{namespace}urlset"
        listed = {loc.text for loc in root.iter(f"{namespace}loc")}
        assert listed == {
            SITE + path
            for path in pages
            if path.rpartition("/")[0] == folder and not path.endswith("sitemap.xml")
        }


def test_xml_safe_drops_only_what_xml_cannot_hold() -> None:
    assert xml_safe("a\tb\nc\rd\x00e\x08f\ufffeg") == "a\tb\nc\rdefg"
    assert xml_safe("Ünïcode — 稀土") == "Ünïcode — 稀土"


def test_without_a_site_url_links_are_relative_to_each_feed_file() -> None:
    pages = feeds(site_url="")
    served_at = "http://127.0.0.1:8000/"
    site = parse(pages[SITE_RSS])
    topic = parse(pages[topic_rss_path("rare-earths")])
    magnets = served_at + "articles/port-duties-on-magnets/"
    assert urljoin(served_at + SITE_RSS, site.entries[0].link) == magnets
    assert urljoin(served_at + topic_rss_path("rare-earths"), topic.entries[0].link) == magnets
    assert urljoin(served_at + SITE_RSS, site.feed.link) == served_at
    assert site.entries[0].id == "articles/port-duties-on-magnets/"
    assert "atom:link" not in pages[SITE_RSS]


def test_a_site_url_without_trailing_slash_still_joins_cleanly() -> None:
    parsed = parse(feeds(site_url=SITE.rstrip("/"))[SITE_RSS])
    assert parsed.entries[0].link == SITE + "articles/port-duties-on-magnets/"


def test_topic_titles_name_the_articles_topics_in_order() -> None:
    assert topic_titles(ARTICLES[1], TAXONOMY) == ["Tariffs", "Rare earths"]


def test_the_site_description_feeds_the_channel_and_has_a_fallback() -> None:
    corpus = build_corpus(ARTICLES, TAXONOMY)
    assert parse(feeds()[SITE_RSS]).feed.description == SITE_DESCRIPTION
    bare = render_feeds(corpus, TAXONOMY, SITE, site_name="Ore Notes")
    assert json.loads(bare[SITE_JSON])["description"] == "New articles on Ore Notes."


@pytest.mark.build
def test_the_built_site_serves_every_feed_and_its_links_land_on_pages(built_site: Path) -> None:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    site_url = config["site_url"]
    parsed = parse((built_site / SITE_RSS).read_text(encoding="utf-8"))
    assert parsed.feed.title == config["site_name"]
    assert parsed.entries
    for entry in parsed.entries:
        assert entry.link.startswith(site_url)
        page = built_site / entry.link.removeprefix(site_url) / "index.html"
        assert page.is_file(), entry.link
    topic_feeds = sorted(
        path
        for path in (built_site / "feeds" / "topics").glob("*.xml")
        if path.name != "sitemap.xml"
    )
    assert topic_feeds
    for path in topic_feeds:
        parse(path.read_text(encoding="utf-8"))
        assert path.with_suffix(".json").is_file()
    json.loads((built_site / SITE_JSON).read_text(encoding="utf-8"))


# -- The page head (overrides/main.html): feed links and article metadata --------

HOSTILE_SEED = """\
---
title: 'Quota cut </script><script>alert("x")</script> & "more" <b>'
date: 2025-02-11
updated: 2025-02-13
author: 'Dana "DJ" O''Neill </script>'
source: Ore Wire
source_url: https://news.example.org/2025/quota-cut
summary: 'A summary with </script> and "quotes" & ampersands.'
---

## Highlights

- Beijing trimmed the first-batch rare earth mining quota by a tenth.

The Ministry of Industry set the first batch lower than last year, which surprised
traders who expected tariffs to push the quota up.
"""


class HeadParser(HTMLParser):
    """The head's meta, link and JSON-LD elements of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: list[dict[str, str]] = []
        self.links: list[dict[str, str]] = []
        self.json_ld: list[str] = []
        self.title = ""
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self.meta.append(values)
        elif tag == "link":
            self.links.append(values)
        elif tag == "script" and values.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld[-1] += data
        elif self.lasttag == "title":
            self.title += data

    def property(self, name: str) -> list[str]:
        return [m["content"] for m in self.meta if name in (m.get("property"), m.get("name"))]

    def alternates(self) -> dict[str, str]:
        return {link["href"]: link["type"] for link in self.links if link.get("rel") == "alternate"}


def head_of(page: Path) -> HeadParser:
    parser = HeadParser()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    seeds = tmp_path_factory.mktemp("seeds")
    shutil.copy2(REPO / "seeds" / "topics.yml", seeds / "topics.yml")
    (seeds / "quota-cut.md").write_text(HOSTILE_SEED, encoding="utf-8")
    project = copy_project(tmp_path_factory.mktemp("hostile"), seeds)
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return project / "site"


def only_article(site: Path) -> Path:
    (page,) = [p for p in (site / "articles").glob("*/index.html")]
    return page


@pytest.mark.build
def test_article_head_has_open_graph_twitter_and_news_article(built_site: Path) -> None:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    page = built_site / "articles" / SEED_SLUG / "index.html"
    head = head_of(page)
    url = config["site_url"] + f"articles/{SEED_SLUG}/"
    assert head.property("og:type") == ["article"]
    assert head.property("og:url") == [url]
    assert head.property("og:site_name") == [config["site_name"]]
    assert head.property("article:published_time") == ["2025-04-25"]
    # The article's own card, drawn at build time, under site_url; the large card with it.
    card = config["site_url"] + f"assets/social/articles/{SEED_SLUG}.png"
    assert head.property("og:image") == head.property("twitter:image") == [card]
    assert (built_site / "assets" / "social" / "articles" / f"{SEED_SLUG}.png").is_file()
    assert head.property("og:image:width") == ["1200"]
    assert head.property("og:image:height") == ["630"]
    assert head.property("og:image:alt")[0].startswith("Trade talks: Beijing Signals")
    assert head.property("twitter:card") == ["summary_large_image"]
    assert head.property("og:title") == head.property("twitter:title")
    assert head.property("og:title")[0].startswith("Beijing Signals Conditional Openness")
    assert head.property("og:description")[0].startswith("China is conditionally open")
    assert len(head.property("article:tag")) >= 2
    assert [link["href"] for link in head.links if link.get("rel") == "canonical"] == [url]
    (block,) = head.json_ld
    ld = json.loads(block)
    assert ld["@type"] == "NewsArticle"
    assert ld["headline"] == head.property("og:title")[0]
    assert ld["datePublished"] == "2025-04-25"
    assert "dateModified" not in ld
    assert ld["author"] == {"@type": "Organization", "name": "Rare Earth Exchanges"}
    assert ld["publisher"]["name"] == config["site_name"]
    assert ld["mainEntityOfPage"]["@id"] == url
    assert ld["image"] == [card]
    assert ld["keywords"] == head.property("article:tag")
    assert [thing["name"] for thing in ld["about"]] == ld["keywords"]


@pytest.mark.build
def test_every_page_head_links_the_site_feeds_and_topic_pages_their_own(built_site: Path) -> None:
    def resolved(page: Path) -> dict[Path, str]:
        alternates = head_of(page).alternates()
        return {(page.parent / href).resolve(): kind for href, kind in alternates.items()}

    site_feeds = {
        (built_site / SITE_RSS).resolve(): "application/rss+xml",
        (built_site / SITE_JSON).resolve(): "application/feed+json",
    }
    for page in ("index.html", "about/index.html", f"articles/{SEED_SLUG}/index.html"):
        assert resolved(built_site / page) == site_feeds, page
    topic_feeds = {
        (built_site / topic_rss_path("tariffs")).resolve(): "application/rss+xml",
        (built_site / topic_json_path("tariffs")).resolve(): "application/feed+json",
    }
    assert resolved(built_site / "topics" / "tariffs" / "index.html") == site_feeds | topic_feeds
    assert all(path.is_file() for path in site_feeds | topic_feeds)
    assert not head_of(built_site / "index.html").json_ld


@pytest.mark.build
def test_seed_text_cannot_escape_the_head_markup(hostile_site: Path) -> None:
    page = only_article(hostile_site)
    head = head_of(page)
    # Every value arrives whole and inert (see generator.escape.inert).
    title = inert('Quota cut </script><script>alert("x")</script> & "more" <b>')
    html = page.read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "<b>" not in html
    assert head.title.startswith(title + " - ")
    assert head.property("description") == [
        inert('A summary with </script> and "quotes" & ampersands.')
    ]
    assert head.property("author") == [inert('Dana "DJ" O\'Neill </script>')]
    assert head.property("og:title") == [title]
    # The card's alt text holds the title whole and inert; the card itself is drawn.
    (alt,) = head.property("og:image:alt")
    assert title in alt and head.property("twitter:image:alt") == [alt]
    (image,) = head.property("og:image")
    card = hostile_site / image.split("/reex-analysis/", 1)[1]
    assert card.read_bytes().startswith(b"\x89PNG") and head.property("twitter:card") == [
        "summary_large_image"
    ]
    assert head.property("article:author") == [inert('Dana "DJ" O\'Neill </script>')]
    (block,) = head.json_ld
    ld = json.loads(block)
    assert ld["headline"] == title
    assert ld["description"] == inert('A summary with </script> and "quotes" & ampersands.')
    assert ld["author"] == {"@type": "Person", "name": inert('Dana "DJ" O\'Neill </script>')}
    assert ld["datePublished"] == "2025-02-11"
    assert ld["dateModified"] == "2025-02-13"
    assert ld["isBasedOn"] == "https://news.example.org/2025/quota-cut"
    assert head.property("article:modified_time") == ["2025-02-13"]
    feed = parse((hostile_site / SITE_RSS).read_text(encoding="utf-8"))
    assert feed.entries[0].title == title


def test_items_carry_the_whole_article_as_html_escaped_once_more_by_the_feed() -> None:
    from dataclasses import replace

    from generator.model import Analysis, Entity, Quote, Span

    said = Block(
        (
            Span("“Prices <b>will</b> rise,” said Ana Ruiz, reading "),
            Span("the report", href="data/report.html"),
            Span(" and "),
            Span("another", href="javascript:alert(1)"),
            Span("."),
        ),
        3,
    )
    story = replace(
        article("magnet-prices", "Magnet prices", date=dt.date(2025, 2, 1), topics=("tariffs",)),
        highlights=("Prices & <i>costs</i> rise.",),
        sections=(Section("Why", (said, Block.plain("Pulled & kept.", 4, "pull_quote")), 3),),
        analysis=Analysis(
            "REEx Analysis", (Section(None, (Block.plain("Watch it.", 9),), 9),), "seed", 9
        ),
        quotes=(Quote("Prices <b>will</b> rise", "Ana Ruiz", 3, 5.0, True),),
        entities=(Entity("Ana Ruiz", "person", "trader", 3),),
        source_name="Wire",
        source_url="https://example.org/story",
    )
    pages = feeds((story,))
    (entry,) = parse(pages[SITE_RSS]).entries
    url = SITE + "articles/magnet-prices/"
    expected = (
        "<ul><li>Prices &amp; &lt;\u2060i&gt;costs&lt;\u2060/i&gt; rise.</li></ul>\n"
        "<blockquote><p>“Prices &lt;\u2060b&gt;will&lt;\u2060/b&gt; rise”</p>"
        "<p>— Ana Ruiz, trader</p></blockquote>\n"
        "<h2>Why</h2>\n"
        "<p>“Prices &lt;\u2060b&gt;will&lt;\u2060/b&gt; rise,” said Ana Ruiz (trader), reading "
        f'<a href="{url}data/report.html">the report</a> and another.</p>\n'
        "<blockquote><p>Pulled &amp; kept.</p></blockquote>\n"
        "<h2>REEx Analysis</h2>\n<p>Watch it.</p>\n"
        '<p>Source: <a href="https://example.org/story">Wire</a></p>'
    )
    assert entry.content[0].value == expected
    assert "&lt;\u2060b&gt;" in pages[SITE_RSS].replace("&amp;lt;", "&lt;").replace(
        "&amp;gt;", "&gt;"
    )
    assert "<b>" not in pages[SITE_RSS]
    item = json.loads(pages[SITE_JSON])["items"][0]
    assert item["content_html"] == expected and "content_text" not in item
    assert entry.summary == "Prices &amp; &lt;\u2060i&gt;costs&lt;\u2060/i&gt; rise."
