"""RSS 2.0, JSON Feed 1.1 and sitemap documents, from feeds as data.

Output is a pure function of the feed: no clock, no randomness, so two builds
give the same bytes. Seed text is untrusted: XML goes through ``xml.etree``
(which escapes) after dropping the characters XML 1.0 cannot carry at all.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from email.utils import format_datetime

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
LANGUAGE = "en"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
ATOM_NS = "http://www.w3.org/2005/Atom"
DC_NS = "http://purl.org/dc/elements/1.1/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
# Characters XML 1.0 forbids even when escaped: C0 controls but tab/LF/CR,
# lone surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

ET.register_namespace("atom", ATOM_NS)
ET.register_namespace("dc", DC_NS)
ET.register_namespace("content", CONTENT_NS)


@dataclass(frozen=True)
class FeedItem:
    id: str
    url: str
    title: str
    summary: str
    published: dt.date | None
    updated: dt.date | None
    author: str | None
    categories: tuple[str, ...]
    # The article as HTML (seed text already HTML-escaped); empty for none.
    content_html: str = ""
    # The article's social card (JSON Feed ``image``); empty for none.
    image: str = ""


@dataclass(frozen=True)
class Feed:
    """One feed, its addresses already made absolute (or relative to the feed file)."""

    title: str
    description: str
    home_url: str
    rss_url: str
    json_url: str
    items: tuple[FeedItem, ...]
    absolute: bool


def sitemap_document(urls: Sequence[str]) -> str:
    urlset = ET.Element("urlset", {"xmlns": SITEMAP_NS})
    for url in urls:
        _text(ET.SubElement(urlset, "url"), "loc", url)
    ET.indent(urlset)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(urlset, encoding="unicode") + "\n"
    )


def _midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def _newest(feed: Feed) -> dt.date | None:
    days = [d for item in feed.items for d in (item.published, item.updated) if d]
    return max(days, default=None)


# -- RSS 2.0 ---------------------------------------------------------------------


def rss_document(feed: Feed) -> str:
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    _text(channel, "title", feed.title)
    _text(channel, "link", feed.home_url)
    _text(channel, "description", feed.description)
    _text(channel, "language", LANGUAGE)
    if feed.absolute:
        # atom:link rel=self must be absolute; without a site address it is left out.
        ET.SubElement(
            channel,
            f"{{{ATOM_NS}}}link",
            {"href": feed.rss_url, "rel": "self", "type": "application/rss+xml"},
        )
    newest = _newest(feed)
    if newest:
        _text(channel, "lastBuildDate", format_datetime(_midnight_utc(newest)))
    for item in feed.items:
        _rss_item(channel, item, feed.absolute)
    ET.indent(rss)
    body = ET.tostring(rss, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n"


def _rss_item(channel: ET.Element, item: FeedItem, absolute: bool) -> None:
    element = ET.SubElement(channel, "item")
    _text(element, "title", item.title)
    _text(element, "link", item.url)
    guid = _text(element, "guid", item.id)
    guid.set("isPermaLink", "true" if absolute else "false")
    # Readers take <description> as HTML: escape the plain-text summary for
    # HTML here, and the XML layer escapes it once more.
    _text(element, "description", html.escape(item.summary, quote=False))
    if item.content_html:
        _text(element, f"{{{CONTENT_NS}}}encoded", item.content_html)
    if item.published:
        _text(element, "pubDate", format_datetime(_midnight_utc(item.published)))
    if item.author:
        # RSS <author> wants an e-mail address; Dublin Core's creator takes a name.
        _text(element, f"{{{DC_NS}}}creator", item.author)
    for category in item.categories:
        _text(element, "category", category)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = xml_safe(text)
    return element


def xml_safe(text: str) -> str:
    """``text`` without the characters no XML 1.0 document may contain."""
    return _NOT_XML.sub("", text)


# -- JSON Feed 1.1 ---------------------------------------------------------------


def json_document(feed: Feed) -> str:
    document: dict[str, object] = {
        "version": JSON_FEED_VERSION,
        "title": feed.title,
        "home_page_url": feed.home_url,
        "feed_url": feed.json_url,
        "description": feed.description,
        "language": LANGUAGE,
        "items": [_json_item(item) for item in feed.items],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _json_item(item: FeedItem) -> dict[str, object]:
    entry: dict[str, object] = {
        "id": item.id,
        "url": item.url,
        "title": item.title,
        "summary": item.summary,
    }
    # The spec asks for content_html or content_text: the article, else its summary.
    if item.content_html:
        entry["content_html"] = item.content_html
    else:
        entry["content_text"] = item.summary
    if item.published:
        entry["date_published"] = _rfc3339(item.published)
    if item.updated:
        entry["date_modified"] = _rfc3339(item.updated)
    if item.author:
        entry["authors"] = [{"name": item.author}]
    if item.categories:
        entry["tags"] = list(item.categories)
    if item.image:
        entry["image"] = item.image
    return entry


def _rfc3339(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"
