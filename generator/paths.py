"""Every path and address the generator makes, in one place.

Three kinds, as Pelican's ``*_SAVE_AS``/``*_URL`` settings and MkDocs' ``File``
tell them apart:

- input paths: where a seed's sidecars and the project's shared files are;
- page paths: where a generated page is written, relative to the output folder
  (``articles/<slug>.md``: MkDocs' ``src_uri``); feed files are pages too;
- built URLs: where MkDocs serves a page, relative to the site's root
  (``articles/<slug>/``, with MkDocs' default ``use_directory_urls``).

Links between pages are made from two page paths (``relative_link``), so that
MkDocs checks and rewrites them like any hand-written link.
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable
from pathlib import Path

# A path made from one slug or key.
PathOf = Callable[[str], str]

# -- inputs ------------------------------------------------------------------------

TAXONOMY_NAME = "topics.yml"
GLOSSARY_NAME = "glossary.yml"
AUTHORS_NAME = "authors.yml"
META_SUFFIX = ".meta.yml"
ANALYSIS_SUFFIX = ".analysis.md"
# Files beside a seed that belong to it (and are no seeds themselves).
SIDECAR_SUFFIXES = (META_SUFFIX, ANALYSIS_SUFFIX)


def sidecar_path(seed: Path, suffix: str) -> Path:
    """A seed's sidecar: ``seeds/x.txt`` → ``seeds/x.meta.yml`` (``suffix``)."""
    return seed.with_name(seed.stem + suffix)


def sidecar_shown(seed: Path, seed_shown: str, suffix: str) -> str:
    """The sidecar's name in messages, in the folder the seed's name shows."""
    return str(Path(seed_shown).with_name(sidecar_path(seed, suffix).name))


# Annotated articles kept between builds (``disk_cache.py``), in the project's folder.
ARTICLE_CACHE_DIR = ".reex-cache"


# -- pages -------------------------------------------------------------------------

HOME = "index.md"
ARTICLES_INDEX = "articles/index.md"
TOPICS_INDEX = "topics/index.md"
ARCHIVE_INDEX = "archive/index.md"
AUTHORS_INDEX = "authors/index.md"
PEOPLE_INDEX = "people/index.md"
QUOTES_INDEX = "quotes/index.md"
# Article pages share articles/ with the list's own page (articles/index.md);
# "page" stays reserved for the numbered list pages that earlier versions wrote.
RESERVED_ARTICLE_SLUGS = frozenset({"index", "page"})


# The pages of one kind, from their slug or key, as Pelican's ``*_SAVE_AS``
# patterns: ``article_path("x")`` is ``articles/x.md``.
article_path: PathOf = "articles/{}.md".format
author_path: PathOf = "authors/{}.md".format
# A topic's page: its latest articles, quotes and related topics.
topic_path: PathOf = "topics/{}.md".format
# The page of a person or organisation (the slug never "index": ``entity_index``).
entity_path: PathOf = "people/{}.md".format
# The archive page of one month, its key ``YYYY-MM`` (or ``UNDATED``).
month_path: PathOf = "archive/{}.md".format
# A topic's articles of one month, from its slug and the month's key.
topic_month_path: Callable[[str, str], str] = "topics/{}/{}.md".format
# A person's or organisation's quotes and articles of one year (``YYYY`` or
# ``UNDATED``), beside its page.
entity_year_path: Callable[[str, str], str] = "people/{}/{}.md".format

# The archive's page of the articles that have no date, beside the months.
UNDATED = "undated"


# -- social cards -----------------------------------------------------------------

SOCIAL_DIR = "assets/social"
# An article's social card (a 1200 x 630 PNG, ``social/cards.py``), and a topic's.
article_card_path: PathOf = f"{SOCIAL_DIR}/articles/{{}}.png".format
topic_card_path: PathOf = f"{SOCIAL_DIR}/topics/{{}}.png".format


# -- feeds -------------------------------------------------------------------------

SITE_RSS = "feeds/rss.xml"
SITE_JSON = "feeds/feed.json"
SITEMAP_NAME = "sitemap.xml"
topic_rss_path: PathOf = "feeds/topics/{}.xml".format
topic_json_path: PathOf = "feeds/topics/{}.json".format


def sitemap_path(folder: str) -> str:
    """The sitemap of a feed folder (see ``pages/feeds.py``)."""
    return f"{folder}/{SITEMAP_NAME}"


# -- built URLs and links ----------------------------------------------------------


def page_url(path: str) -> str:
    """Where MkDocs serves the page at ``path``, relative to the site's root:
    ``articles/x.md`` → ``articles/x/``, ``topics/index.md`` → ``topics/``,
    ``index.md`` → ``""``."""
    stem = path.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("index") if stem.endswith("/index") else stem + "/"


# Every page links to the same few (topics, people, listings): kept by argument.
@functools.lru_cache(maxsize=1 << 16)
def relative_link(from_path: str, to_path: str) -> str:
    """A Markdown link target from one page's path to another's."""
    start = posixpath.dirname(from_path)
    here, there = start.split("/") if start else [], to_path.split("/")
    if any(part in ("", ".", "..") for part in (*here, *there)):
        # Rooted at "/", so that relpath does not ask the OS for the working directory.
        return posixpath.relpath("/" + to_path, "/" + start)
    # Clean site paths (all of ours): what relpath gives, without its normalising
    # and joining, which cost more than the rest of a topic page's rendering.
    common = 0
    while common < min(len(here), len(there)) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:]) or "."


def url_link(from_path: str, to_path: str) -> str:
    """A link between the built pages of two page paths, as a browser resolves it
    from the first page's address (``articles/a/`` → ``../b/``): for HTML outside
    MkDocs, such as feed content."""
    there = page_url(to_path)
    up = posixpath.relpath("/" + there, "/" + page_url(from_path))
    return up + "/" if there and not up.endswith("/") else up
