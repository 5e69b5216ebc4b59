"""Nothing a seed says becomes markup: a site built from attack seeds holds no
executable construct that a clean build of the theme does not have.

The attack corpus (tests/fixtures/attacks/) puts script tags, event handlers,
frames and dangerous link schemes (in any case, with entities or whitespace
inside) into every place a writer can type: titles, highlights, headings,
quotes, speakers, front matter, both kinds of sidecar, and Markdown or
extension syntax inside plain-text seeds. Every built page, the search index
and the sitemap are then parsed as HTML and checked.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.pages.feed_formats import CONTENT_NS
from tests.conftest import attack_project, run_mkdocs

pytestmark = pytest.mark.build

# Tags that have no business in an article page, whoever put them there.
FORBIDDEN_TAGS = frozenset(
    {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "input"}
    | {"button", "textarea", "select", "template", "math", "portal"}
)
# What pymdownx.tasklist writes for a writer's "- [x]" / "- [ ]" (Material
# Markdown in seeds): these exact tags, disabled and without any attribute a
# seed could set, are the only inputs an article may hold.
TASK_LIST_CHECKBOXES = frozenset(
    {'<input type="checkbox" disabled/>', '<input type="checkbox" disabled checked/>'}
)
# Tags the theme uses and seeds must not add to: compared whole with a clean build.
THEME_ONLY_TAGS = frozenset({"script", "style", "img", "svg", "video", "audio"})
# Head tags whose values differ page by page (titles, descriptions, canonical
# links): compared by the attributes they carry, which seed text cannot add to.
HEAD_TAGS = frozenset({"meta", "link"})
# The only tags a feed's article HTML is made of.
FEED_TAGS = frozenset({"p", "ul", "li", "blockquote", "h2", "h3", "a", "em", "strong", "code"})
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href"}
    | {"srcset", "cite", "longdesc", "ping"}
)
DANGEROUS_SCHEME = re.compile(r"^(?:javascript|vbscript|data|livescript):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
# Relative prefixes differ with a page's depth; they say nothing about safety.
_RELATIVE = re.compile(r"(?:\.\./|\./)+|\"base\": \"[./]*\"")


@dataclass
class Findings:
    """What the HTML holds, in forms that compare across builds."""

    theme_tags: set[str] = field(default_factory=set)
    scripts: set[str] = field(default_factory=set)
    handlers: set[str] = field(default_factory=set)
    forbidden: set[str] = field(default_factory=set)
    dangerous_urls: list[str] = field(default_factory=list)
    tag_names: set[str] = field(default_factory=set)


class _Scanner(HTMLParser):
    def __init__(self, where: str, findings: Findings) -> None:
        super().__init__(convert_charrefs=True)
        self.where = where
        self.found = findings
        self._in_script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.tag_names.add(tag)
        tag_text = _RELATIVE.sub("", self.get_starttag_text() or "")
        if tag in THEME_ONLY_TAGS:
            self.found.theme_tags.add(tag_text)
        if tag in HEAD_TAGS:
            self.found.theme_tags.add(f"<{tag} {' '.join(sorted(name for name, _ in attrs))}>")
        if tag == "script":
            self._in_script = [tag_text]
        if tag in FORBIDDEN_TAGS and tag_text not in TASK_LIST_CHECKBOXES:
            self.found.forbidden.add(tag_text)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.handlers.add(f"{tag} {name}={value}")
            cleaned = _INVISIBLE.sub("", value or "").lower()
            if name in URL_ATTRIBUTES and DANGEROUS_SCHEME.match(cleaned):
                self.found.dangerous_urls.append(f"{self.where}: {tag_text}")
            if tag == "meta" and name == "content" and "url=" in cleaned:
                target = cleaned.split("url=", 1)[1]
                if DANGEROUS_SCHEME.match(target):
                    self.found.dangerous_urls.append(f"{self.where}: {tag_text}")

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            self._in_script.append(_RELATIVE.sub("", data))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script is not None:
            opening, body = self._in_script[0], "".join(self._in_script[1:])
            if 'type="application/ld+json"' in opening:
                # Page data, not code: it must be JSON with no "<" that could
                # close the element early; its content varies page by page.
                assert "<" not in body, f"{self.where}: {body}"
                json.loads(body)
                self.found.scripts.add(opening)
            else:
                self.found.scripts.add(opening + body)
            self._in_script = None


def scan_html(html: str, where: str, findings: Findings) -> None:
    scanner = _Scanner(where, findings)
    scanner.feed(html)
    scanner.close()


def html_pages(site: Path) -> Iterator[Path]:
    return iter(sorted(site.rglob("*.html")))


def scan_site(site: Path) -> Findings:
    findings = Findings()
    for page in html_pages(site):
        scan_html(page.read_text(encoding="utf-8"), page.relative_to(site).as_posix(), findings)
    return findings


def search_fragments(site: Path) -> Iterator[tuple[str, str]]:
    """Each title and text of the search index: the theme shows them as HTML."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for key in ("title", "text"):
            yield f"search_index.json {doc['location']} {key}", str(doc.get(key, ""))


@pytest.fixture(scope="module")
def attack_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = attack_project(tmp_path_factory.mktemp("attacks"))
    result = run_mkdocs(project, "build")
    assert result.returncode == 0, result.stderr
    assert "ERROR" not in result.stderr, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def clean(built_site: Path) -> Findings:
    return scan_site(built_site)


def test_the_attacks_reached_the_site_as_text(attack_site: Path) -> None:
    # Guard against a test that passes because nothing was built: the payloads
    # are there, visible, on the article pages.
    pages = [p.read_text(encoding="utf-8") for p in (attack_site / "articles").rglob("*.html")]
    everything = "\n".join(pages)
    for visible in (
        "&lt;\u2060script&gt;alert(7)&lt;\u2060/script&gt;",
        "onerror=alert(9)",
        "{: onclick=",
        "]: &lt;\u2060script&gt;alert(12)&lt;\u2060/script&gt;",
        '"/etc/passwd"',
        "danger",
        "An admonition in a Markdown seed is a box; its words stay text.",
        "Pedro Alves",
    ):
        assert visible in everything, visible
    material = (
        attack_site / "articles" / "material-markdown-with-markup-in-every-part" / "index.html"
    ).read_text(encoding="utf-8")
    assert '<div class="admonition danger">' in material and "<table>" in material
    for number in (140, 142, 145, 146, 147, 148, 149, 150, 152, 153):
        assert f"alert({number})" in material, number
    author = (attack_site / "authors" / "mallory" / "index.html").read_text(encoding="utf-8")
    assert "onerror=alert(131)" in author and "alert(134)" in author


def test_quote_figures_dek_and_analysis_heading_hold_their_markup_as_text(
    attack_site: Path,
) -> None:
    page = next((attack_site / "articles").glob("magnet-makers-*/index.html"))
    html = page.read_text(encoding="utf-8")
    key_quotes = html.split('<div class="reex-key-quotes">', 1)[1].split("</div>", 1)[0]
    assert key_quotes.count("<figure") == key_quotes.count("</figure>") == 2
    assert "&lt;\u2060script&gt;alert(131)" in key_quotes
    assert "&lt;\u2060/figure&gt;&lt;\u2060script&gt;alert(133)" in key_quotes
    pulled = html.split('<figure class="reex-pullquote">', 1)[1].split("</figure>", 1)[0]
    assert "&lt;\u2060/blockquote&gt;" in pulled and "alert(134)" in pulled
    dek = html.split('<p class="reex-dek">', 1)[1].split("</p>", 1)[0]
    assert "&lt;\u2060script&gt;alert(130)" in dek
    analysis = html.split('<section class="reex-analysis">', 1)[1].split("</section>", 1)[0]
    assert '<h2 class="reex-analysis__title" id="reex-analysis">' in analysis
    assert "&lt;\u2060/section&gt;" in analysis and "{ #x onclick=alert(136) }" in analysis


def test_no_script_but_the_themes(attack_site: Path, clean: Findings) -> None:
    found = scan_site(attack_site)
    assert found.scripts - clean.scripts == set()
    assert found.theme_tags - clean.theme_tags == set()


def test_no_event_handler_attribute(attack_site: Path, clean: Findings) -> None:
    assert scan_site(attack_site).handlers - clean.handlers == set()


def test_no_frame_form_or_other_forbidden_tag(attack_site: Path, clean: Findings) -> None:
    # The theme's own search form and toggles are the only ones allowed.
    assert scan_site(attack_site).forbidden - clean.forbidden == set()


def test_no_link_or_source_with_a_dangerous_scheme(attack_site: Path) -> None:
    assert scan_site(attack_site).dangerous_urls == []


def test_good_links_survive(attack_site: Path) -> None:
    pages = "\n".join(
        p.read_text(encoding="utf-8") for p in (attack_site / "articles").rglob("*.html")
    )
    assert 'href="https://example.com/report"' in pages
    assert 'href="https://example.com/ministry"' in pages


def test_the_search_index_holds_no_markup_from_the_seeds(
    attack_site: Path, clean: Findings
) -> None:
    found = Findings()
    for where, fragment in search_fragments(attack_site):
        scan_html(fragment, where, found)
    assert found.scripts == set()
    assert found.handlers == set()
    assert found.forbidden == set()
    assert found.dangerous_urls == []
    assert found.theme_tags - clean.theme_tags == set()


def test_the_sitemap_lists_only_site_addresses(attack_site: Path) -> None:
    tree = ET.parse(attack_site / "sitemap.xml")
    locations = [el.text or "" for el in tree.iter() if el.tag.endswith("loc")]
    assert locations
    for location in locations:
        assert re.fullmatch(r"https://example\.github\.io/reex-analysis/[a-z0-9/-]*", location)


def test_the_scanner_sees_what_it_looks_for() -> None:
    # The checks above pass only because nothing was found; show they can find.
    found = Findings()
    scan_html(
        '<p><script>alert(1)</script><a href=" jav&#x09;aScript:alert(2)" onclick=x>a</a>'
        '<iframe src="https://example.com"></iframe><img src=x onerror=alert(3)>'
        '<meta http-equiv="refresh" content="0;url=javascript:alert(4)"></p>',
        "sample",
        found,
    )
    assert found.scripts == {"<script>alert(1)"}
    assert found.handlers == {"a onclick=x", "img onerror=alert(3)"}
    assert found.forbidden == {'<iframe src="https://example.com">'}
    assert len(found.dangerous_urls) == 2
    assert "<img src=x onerror=alert(3)>" in found.theme_tags


def rss_descriptions(site: Path) -> Iterator[tuple[str, str]]:
    for feed in sorted((site / "feeds").rglob("*.xml")):
        for item in ET.parse(feed).iter("item"):
            yield feed.name, item.findtext("description") or ""
            yield feed.name, item.findtext(f"{{{CONTENT_NS}}}encoded") or ""


def test_feed_contents_hold_no_markup_from_the_seeds(attack_site: Path) -> None:
    # The whole article goes into the feeds: as HTML, with the seeds' text inert.
    found = Findings()
    contents = [text for _, text in rss_descriptions(attack_site) if "<p>" in text]
    assert contents
    for feed in sorted((attack_site / "feeds").rglob("*.json")):
        contents += [i["content_html"] for i in json.loads(feed.read_text())["items"]]
    for text in contents:
        scan_html(text, "feed content", found)
    assert found.scripts == set() and found.handlers == set() and found.dangerous_urls == []
    assert found.forbidden == set() and found.tag_names <= FEED_TAGS, found.tag_names


def test_rss_descriptions_hold_no_markup_from_the_seeds(attack_site: Path) -> None:
    found = Findings()
    for where, description in rss_descriptions(attack_site):
        scan_html(description, where, found)
    assert found.scripts == set() and found.handlers == set() and found.dangerous_urls == []


def test_the_attacks_reach_the_quotes_and_people_pages_as_text(attack_site: Path) -> None:
    # The scans above cover these pages too: show that seed text is on them.
    quotes = (attack_site / "quotes" / "index.html").read_text(encoding="utf-8")
    assert "&lt;\u2060script&gt;alert(8)&lt;\u2060/script&gt;" in quotes
    assert "onerror=alert(101)" in quotes
    assert (attack_site / "people" / "index.html").is_file()
    assert list((attack_site / "people").glob("*/index.html"))
