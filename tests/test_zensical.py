"""Zensical builds the same site as MkDocs.

One copy of the project (the repository's seeds plus the test corpus) is
staged for Zensical with ``python -m generator zensical --build`` and then
built by MkDocs in the same folder, so the test also shows that the staging
leaves MkDocs' inputs alone. The two sites are compared page set by page set,
and the article page is read on both for what a reader must see.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.engines import (
    read_config,
    stage_zensical,
    staged_files,
    without_plugin,
    zensical_config,
)
from generator.errors import SeedError
from generator.pipeline import Project
from tests.conftest import copy_project, corpus_seeds, run_mkdocs

HAVE_ZENSICAL = importlib.util.find_spec("zensical") is not None
needs_zensical = pytest.mark.skipif(
    not HAVE_ZENSICAL and not os.environ.get("CI"),
    reason="zensical is not installed (pip install -e '.[zensical]'); CI always runs these",
)

ARTICLE = "articles/beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out/index.html"
STAGE = "build/zensical"
# Files one engine writes for itself: search index, compressed sitemap, theme assets.
ENGINE_OWN = re.compile(r"^(assets/|search/|search\.json$|sitemap\.xml(\.gz)?$)")


# ---------------------------------------------------------------- staging, no engine


def project_copy(target: Path) -> Project:
    target.mkdir()
    copy_project(target)
    return Project.at(target, "seeds", site_name="Test site")


def digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_staging_copies_docs_adds_pages_and_touches_no_input(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "site")
    inputs = {name: digest(project.root / name) for name in ("docs", "seeds", "overrides")}
    config_before = (project.root / "mkdocs.yml").read_bytes()

    staged = stage_zensical(project, project.root / STAGE)

    docs = staged.config_file.parent / "docs"
    assert (docs / "about.md").read_bytes() == (project.root / "docs" / "about.md").read_bytes()
    assert (docs / "stylesheets" / "reex.css").is_file()
    assert (docs / "index.md").is_file()
    assert (docs / "articles" / ARTICLE.replace("/index.html", ".md").split("/", 1)[1]).is_file()
    assert (docs / "feeds" / "rss.xml").is_file()
    assert {name: digest(project.root / name) for name in inputs} == inputs
    assert (project.root / "mkdocs.yml").read_bytes() == config_before
    assert not staged.errors


def test_staged_config_points_inside_the_stage_and_drops_our_plugin(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "site")
    staged = stage_zensical(project, project.root / STAGE)
    config = read_config(staged.config_file)
    assert config["docs_dir"] == "docs"
    assert config["site_dir"] == "site"
    assert config["plugins"] == ["search"]
    overrides = (staged.config_file.parent / config["theme"]["custom_dir"]).resolve()
    assert overrides == (project.root / "overrides").resolve()
    # Everything else is the site's own configuration, unchanged.
    source = read_config(project.root / "mkdocs.yml")
    for key in ("site_name", "site_url", "nav", "markdown_extensions", "extra_css"):
        assert config[key] == source[key]


def test_second_staging_writes_nothing_and_removed_docs_leave(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "site")
    stage = project.root / STAGE
    stage_zensical(project, stage)
    again = stage_zensical(project, stage)
    assert again.report.written == ()
    (project.root / "docs" / "writing.md").unlink()
    third = stage_zensical(project, stage)
    assert third.report.removed == ("docs/writing.md",)
    assert not (stage / "docs" / "writing.md").exists()


def test_hand_written_page_wins_over_a_generated_one_with_a_warning(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "site")
    (project.root / "docs" / "topics").mkdir()
    mine = "# Topics, chosen by hand\n"
    (project.root / "docs" / "topics" / "index.md").write_text(mine, encoding="utf-8")
    staged = stage_zensical(project, project.root / STAGE)
    staged_page = staged.config_file.parent / "docs" / "topics" / "index.md"
    assert staged_page.read_text(encoding="utf-8") == mine
    assert [d.path for d in staged.diagnostics if d.severity == "warning"] == [
        "docs/topics/index.md"
    ]


@pytest.mark.parametrize("inside", ["docs/zensical", "seeds/zensical", "overrides/z"])
def test_staging_refuses_a_folder_inside_the_inputs(tmp_path: Path, inside: str) -> None:
    project = project_copy(tmp_path / "site")
    with pytest.raises(SeedError, match="overlaps"):
        stage_zensical(project, project.root / inside)


def test_staging_refuses_a_folder_of_someone_elses_files(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "site")
    foreign = project.root / "build" / "zensical"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("a writer's notes\n", encoding="utf-8")
    with pytest.raises(SeedError, match="did not create"):
        stage_zensical(project, foreign)
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "a writer's notes\n"


def test_config_with_tags_is_refused_with_its_line(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Tagged\nsite_url: !ENV SITE_URL\n", encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        read_config(config)
    assert caught.value.line == 2


def test_binary_files_in_docs_are_staged_byte_for_byte(tmp_path: Path) -> None:
    project = project_copy(tmp_path / "site")
    image = b"\x89PNG\r\n\x1a\n\xff\xfe\x00"
    (project.root / "docs" / "logo.png").write_bytes(image)
    stage_zensical(project, project.root / STAGE)
    staged = [p for p in (project.root / STAGE).rglob("logo.png")]
    assert len(staged) == 1 and staged[0].read_bytes() == image


def test_plugin_is_dropped_from_list_and_mapping_forms() -> None:
    listed = ["search", {"reex-generator": {"seeds_dir": "seeds"}}, {"tags": {}}]
    assert without_plugin(listed, "reex-generator") == ["search", {"tags": {}}]
    assert without_plugin(["reex-generator", "search"], "reex-generator") == ["search"]
    mapped = {"search": {}, "reex-generator": {"cache_dir": ".generated"}}
    assert without_plugin(mapped, "reex-generator") == {"search": {}}


def test_config_keeps_a_chosen_theme_variant_and_site_without_theme(tmp_path: Path) -> None:
    stage = tmp_path / "project" / "build" / "zensical"
    chosen = {"site_name": "S", "theme": {"name": "material", "variant": "modern"}}
    assert zensical_config(chosen, tmp_path / "project", stage)["theme"]["variant"] == "modern"
    bare = zensical_config({"site_name": "S"}, tmp_path / "project", stage)
    assert "theme" not in bare
    assert bare["plugins"] == []


def test_staged_files_put_everything_under_docs() -> None:
    files, collisions = staged_files(
        {"about.md": "hand", "index.md": "hand home"}, {"index.md": "generated home", "a.md": "x"}
    )
    assert files == {"docs/a.md": "x", "docs/about.md": "hand", "docs/index.md": "hand home"}
    assert collisions == ("index.md",)


# ---------------------------------------------------------------- both engines, for real


@dataclass
class Sites:
    mkdocs: Path
    zensical: Path
    staging_output: str
    mkdocs_output: str


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> Sites:
    root = tmp_path_factory.mktemp("engines")
    (root / "project").mkdir()
    project = copy_project(root / "project", corpus_seeds(root / "seeds"))
    staged = subprocess.run(
        [sys.executable, "-m", "generator", "zensical", "--build"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert staged.returncode == 0, staged.stdout + staged.stderr
    # MkDocs builds the same folder afterwards: the staged copy must not reach it.
    built = run_mkdocs(project, "build", "--strict")
    assert built.returncode == 0, built.stderr
    return Sites(
        project / "site",
        project / STAGE / "site",
        staged.stdout + staged.stderr,
        built.stderr,
    )


def site_files(site: Path) -> set[str]:
    names = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    return {name for name in names if not ENGINE_OWN.match(name)}


@needs_zensical
@pytest.mark.build
def test_both_engines_build_the_same_pages_and_feeds(sites: Sites) -> None:
    on_mkdocs, on_zensical = site_files(sites.mkdocs), site_files(sites.zensical)
    assert on_mkdocs == on_zensical
    articles = {n for n in on_mkdocs if re.fullmatch(r"articles/[a-z0-9-]+/index\.html", n)}
    topics = {n for n in on_mkdocs if re.fullmatch(r"topics/[a-z0-9-]+/index\.html", n)}
    # The repository's article and the three of the test corpus.
    assert len(articles) == 4
    assert len(topics) > 5
    for page in ("index.html", "articles/index.html", "topics/index.html", "archive/index.html"):
        assert page in on_zensical
    feeds = sorted(n for n in on_mkdocs if n.startswith("feeds/"))
    assert "feeds/rss.xml" in feeds and "feeds/feed.json" in feeds
    for feed in feeds:
        assert (sites.mkdocs / feed).read_bytes() == (sites.zensical / feed).read_bytes(), feed


@needs_zensical
@pytest.mark.build
def test_mkdocs_sees_no_staged_page(sites: Sites) -> None:
    assert "build/zensical" not in sites.mkdocs_output
    assert not (sites.mkdocs / "build").exists()


@dataclass
class Admonition:
    classes: tuple[str, ...]
    title: str = ""
    text: list[str] = field(default_factory=list)


# What counts as a box (admonitions, key quotes, the analysis) and where its title is.
BOX_TAGS = frozenset({"div", "figure", "section"})
BOX_CLASSES = frozenset({"admonition", "reex-quote", "reex-pullquote", "reex-analysis"})
TITLE_TAGS = frozenset({"p", "figcaption", "h2"})


class _Page(HTMLParser):
    """Boxes (admonitions, quote figures, the analysis: classes, title, text), links, head links and JSON-LD of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.admonitions: list[Admonition] = []
        self.links: list[str] = []
        self.alternates: list[str] = []
        self.json_ld: list[str] = []
        self.meta: dict[str, str] = {}
        self._open: list[Admonition | None] = []
        self._in_title = False
        self._in_headerlink = False
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        classes = tuple(values.get("class", "").split())
        if tag in BOX_TAGS:
            box = Admonition(classes) if BOX_CLASSES.intersection(classes) else None
            if box:
                self.admonitions.append(box)
            self._open.append(box)
        if tag in TITLE_TAGS:
            self._in_title = tag != "p" or "admonition-title" in classes
        self._in_headerlink = self._in_headerlink or "headerlink" in classes
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        if tag == "link" and values.get("rel") == "alternate":
            self.alternates.append(values.get("href", ""))
        if tag == "meta" and values.get("property"):
            self.meta[values["property"]] = values.get("content", "")
        self._in_json_ld = tag == "script" and values.get("type") == "application/ld+json"

    def handle_endtag(self, tag: str) -> None:
        if tag in BOX_TAGS and self._open:
            self._open.pop()
        if tag in TITLE_TAGS:
            self._in_title = False
        if tag == "a":
            self._in_headerlink = False
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld.append(data)
        boxes = [box for box in self._open if box is not None]
        if not boxes or self._in_headerlink:
            return
        if self._in_title:
            boxes[-1].title += data
        for box in boxes:
            box.text.append(data)

    def box(self, kind: str) -> Admonition:
        found = [a for a in self.admonitions if kind in a.classes]
        assert len(found) == 1, (kind, [a.classes for a in self.admonitions])
        return found[0]


def read_page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def squeeze(parts: list[str]) -> str:
    return re.sub(r"\s+", " ", "".join(parts)).strip()


ENGINES = ["mkdocs", "zensical"]


@needs_zensical
@pytest.mark.build
@pytest.mark.parametrize("engine", ENGINES)
def test_article_has_highlights_key_quote_and_analysis(sites: Sites, engine: str) -> None:
    page = read_page(getattr(sites, engine) / ARTICLE)
    highlights = squeeze(page.box("highlights").text)
    assert "demanding the U.S. demonstrate ‘genuine sincerity’" in highlights
    assert "Global economic realignment emerging" in highlights
    key = page.box("reex-quote")
    assert key.title.strip() == "a Ministry of Commerce spokesperson"
    assert "If it’s a fight, we’ll fight to the end." in squeeze(key.text)
    analysis = page.box("reex-analysis")
    assert squeeze([analysis.title]) == "REEx Analysis: Time for Talks, Not Theatre"
    assert "But Build Resilience, Deal or No Deal" in squeeze(analysis.text)


@needs_zensical
@pytest.mark.build
@pytest.mark.parametrize("engine", ENGINES)
def test_article_topic_links_resolve(sites: Sites, engine: str) -> None:
    site = getattr(sites, engine)
    page = read_page(site / ARTICLE)
    topic_links = {link for link in page.links if re.search(r"topics/[a-z0-9-]+/(#.*)?$", link)}
    assert len(topic_links) >= 5
    for link in sorted(topic_links):
        target = ((site / ARTICLE).parent / link.split("#")[0]).resolve() / "index.html"
        assert target.is_file(), link


@needs_zensical
@pytest.mark.build
@pytest.mark.parametrize("engine", ENGINES)
def test_theme_override_head_metadata(sites: Sites, engine: str) -> None:
    """overrides/main.html reads page data only, so MiniJinja renders it as Jinja does."""
    site = getattr(sites, engine)
    page = read_page(site / ARTICLE)
    assert page.meta["og:type"] == "article"
    assert page.meta["article:published_time"] == "2025-04-25"
    (document,) = page.json_ld
    data = json.loads(document)
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("Beijing Signals Conditional Openness")
    assert "Rare earths" in data["keywords"]
    assert len(page.alternates) == 2
    for href in page.alternates:
        assert ((site / ARTICLE).parent / href).resolve().is_file(), href
    topic = read_page(site / "topics" / "tariffs" / "index.html")
    assert any(href.endswith("feeds/topics/tariffs.xml") for href in topic.alternates)


@needs_zensical
@pytest.mark.build
def test_zensical_pages_have_a_search_box(sites: Sites) -> None:
    html = (sites.zensical / ARTICLE).read_text(encoding="utf-8")
    assert 'data-md-component="search"' in html


# ---------------------------------------------------------------- a hostile title


@needs_zensical
@pytest.mark.build
def test_zensical_header_prints_a_hostile_title_as_text(tmp_path: Path) -> None:
    """Zensical's own header prints page.meta.title raw; our override escapes it."""
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "hostile.txt").write_text(
        "<script>alert('gallium')</script> Gallium Quotas Tighten Again\n\n"
        "Beijing cut gallium export licences again this month, traders said.\n\n"
        "Prices in Rotterdam rose for a third week as buyers sought other supply.\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "generator", "zensical", "--build", "--lenient"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    pages = list((project / STAGE / "site" / "articles").glob("*gallium*/index.html"))
    assert len(pages) == 1
    scripts = _Scripts()
    scripts.feed(pages[0].read_text(encoding="utf-8"))
    assert scripts.code, "the page has the theme's scripts"
    assert not [code for code in scripts.code if "gallium" in code]
    shown = scripts.header_text.replace("\u2060", "")  # inert: word joiners after "<"
    assert "<script>alert('gallium')</script> Gallium Quotas" in shown


class _Scripts(HTMLParser):
    """The code of every script element but JSON-LD, and the header's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.code: list[str] = []
        self.header_text = ""
        self._in_script = False
        self._header_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and values.get("type") != "application/ld+json":
            self._in_script = True
            self.code.append(str(values.get("src") or ""))
        if tag == "header" or self._header_depth:
            self._header_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False
        if self._header_depth:
            self._header_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.code[-1] += data
        if self._header_depth:
            self.header_text += " ".join(data.split())


# ---------------------------------------------------------------- the benchmark's entry


@needs_zensical
@pytest.mark.build
def test_benchmark_times_a_zensical_build_of_a_synthetic_corpus(tmp_path: Path) -> None:
    from bench.corpus import write_corpus
    from bench.zensical_build import build_with_zensical

    seeds = write_corpus(6, tmp_path / "seeds", seed=3)
    seconds = build_with_zensical(seeds, tmp_path / "work")
    assert 0 < seconds < 600
    site = tmp_path / "work" / "zensical-project" / "build" / "zensical" / "site"
    assert len(list((site / "articles").glob("*/index.html"))) == 6
    assert (site / "feeds" / "rss.xml").is_file()


@needs_zensical
@pytest.mark.build
@pytest.mark.parametrize("engine", ENGINES)
def test_topics_without_articles_are_left_out_of_search_and_the_sitemap(
    sites: Sites, engine: str
) -> None:
    """``search: exclude: true`` on an empty topic's page, read by both engines'
    search and by ``overrides/sitemap.xml`` under both; the page itself stays."""
    import xml.etree.ElementTree as ElementTree

    site = getattr(sites, engine)
    empty, covered = "topics/wto/", "topics/rare-earths/"
    assert (site / empty / "index.html").is_file()
    index = site / ("search/search_index.json" if engine == "mkdocs" else "search.json")
    data = json.loads(index.read_text(encoding="utf-8"))
    entries = data.get("docs") or data.get("items") or []
    searched = {str(e.get("location", "")).partition("#")[0] for e in entries}
    assert covered in searched and empty not in searched
    sitemap = ElementTree.parse(site / "sitemap.xml")
    urls = {
        loc.text or "" for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    }
    assert any(url.endswith(covered) for url in urls), sorted(urls)
    assert not any(url.endswith(empty) for url in urls)
    assert any("/articles/" in url for url in urls)
