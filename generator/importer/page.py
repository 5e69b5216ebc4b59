"""The saved page: parsed, prepared for trafilatura, and what its markup states
(title, date, author, site name, address)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from typing import Any

from ..errors import SeedError
from ..escape import safe_href
from ..reader.meta import clean_name, is_person

# A block of text this long inside a bare <div> is a paragraph (a callout card).
DIV_PARAGRAPH_MIN_CHARS = 40


def load_trafilatura() -> Any:
    """trafilatura, an optional dependency (the ``import`` extra)."""
    try:
        import trafilatura
    except ImportError:
        raise SeedError(
            "import",
            None,
            "the import command needs trafilatura: run `make setup` "
            "(or pip install 'reex-generator[import]')",
        ) from None
    return trafilatura


def parse_html(html: str) -> Any:
    from lxml import html as lxml_html

    return lxml_html.fromstring(html)


def prepare_page(tree: Any) -> Any:
    """A quote's credit (<footer>, <cite>) and text in a bare <div> (a callout
    card) become paragraphs, which extraction keeps."""
    for credit in tree.xpath("//blockquote//footer | //blockquote//cite"):
        credit.tag = "p"
    for div in tree.xpath("//div[not(*)]"):
        if len((div.text or "").strip()) >= DIV_PARAGRAPH_MIN_CHARS:
            div.tag = "p"
    return tree


# What trafilatura is asked for: the article as XML with its emphasis and
# tables, without links, images or comments, precision before recall.
EXTRACTION_OPTIONS: dict[str, object] = {
    "output_format": "xml",
    "include_formatting": True,
    "include_links": False,
    "include_images": False,
    "include_tables": True,
    "include_comments": False,
    "favor_precision": True,
}


def article_xml(tree: Any, url: str | None) -> str | None:
    """trafilatura's XML of the article in the page, if it finds one."""
    found = load_trafilatura().extract(tree, url=url, **EXTRACTION_OPTIONS)
    return str(found) if found is not None else None


def meta_content(tree: Any, *names: str) -> str | None:
    for name in names:
        for node in tree.xpath(f"//meta[@property='{name}' or @name='{name}']/@content"):
            if str(node).strip():
                return str(node).strip()
    return None


def _canonical(tree: Any) -> str | None:
    for href in tree.xpath("//link[@rel='canonical']/@href"):
        if str(href).strip():
            return str(href).strip()
    return meta_content(tree, "og:url")


def _json_ld(tree: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(str(script))
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data])
        found.extend(item for item in items if isinstance(item, dict))
    return found


def _title_suffix(tree: Any) -> str | None:
    """The site's name after the headline in <title>: "Headline | Site"."""
    titles = tree.xpath("//title/text()")
    if not titles:
        return None
    for separator in (" | ", " – ", " — ", " - ", " :: "):
        head, sep, tail = str(titles[0]).rpartition(separator)
        if sep and head.strip() and 0 < len(tail.split()) <= 6:
            return tail.strip()
    return None


_DATE_PREFIX = re.compile(r"(\d{4}-\d{2}-\d{2})")


def _stated_date(value: object) -> str | None:
    """The calendar date a timestamp states, in its own time zone."""
    match = _DATE_PREFIX.match(str(value or "").strip())
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match[1]).isoformat()
    except ValueError:
        return None


def _published(tree: Any, ld: Sequence[dict[str, Any]]) -> str | None:
    """The publication date the page states in its markup (never guessed from
    the text: a sidebar event or a copyright year is not the article's date)."""
    for item in ld:
        found = _stated_date(item.get("datePublished"))
        if found:
            return found
    stated = meta_content(
        tree, "article:published_time", "og:article:published_time", "datePublished", "date"
    )
    if stated and _stated_date(stated):
        return _stated_date(stated)
    for node in tree.xpath("//article//time/@datetime | //main//time/@datetime"):
        found = _stated_date(node)
        if found:
            return found
    return None


def _authors(value: str | None) -> str | None:
    """trafilatura's "A; B" as "A and B", people only."""
    if not value:
        return None
    people = [clean_name(p.strip()) for p in re.split(r";|\s+and\s+", value) if p.strip()]
    people = [p for p in people if is_person(p)]
    return " and ".join(people) or None


def page_metadata(tree: Any, url: str | None) -> dict[str, str]:
    """Title, date, author, source and address, as far as the page states them."""
    found = load_trafilatura().extract_metadata(tree, default_url=url, extensive=False)
    ld = _json_ld(tree)
    source_url = url or _canonical(tree)
    values = {
        "title": found.title if found else None,
        "date": _published(tree, ld),
        "author": _authors(found.author if found else None),
        "source": meta_content(tree, "og:site_name")
        or (found.sitename if found else None)
        or _title_suffix(tree),
        "source_url": source_url if source_url and _is_address(source_url) else None,
    }
    return {key: " ".join(value.split()) for key, value in values.items() if value}


def _is_address(url: str) -> bool:
    return url.startswith(("http://", "https://")) and safe_href(url) is not None
