"""``import PAGE.html``: a saved web page turned into a Markdown seed.

trafilatura (main-content extraction) finds the article in the page and its
metadata; this module prepares the page for it, tidies what it returns with
the reader's own rules (the headline repeated as a heading, a standfirst
printed as a heading, promos and labels inside the article) and writes the
writers' format: YAML front matter, then the body with its headings, lists and
block quotes, a key-points list as ``## Highlights`` first.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .errors import SeedError
from .escape import safe_href
from .reader.meta import clean_name, is_person
from .reader.rules import is_chrome_text
from .reader.words import is_section_label
from .slug import slugify

MAX_PAGE_BYTES = 10 * 1024 * 1024
HIGHLIGHTS_HEADING = "Highlights"
# A block of text this long inside a bare <div> is a paragraph (a callout card).
DIV_PARAGRAPH_MIN_CHARS = 40
SHORT_LABEL_WORDS = 3
# Fields the front matter takes from the page, in order, and what to tell the
# writer when the page does not say.
FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "no title found: add title: to the front matter"),
    ("date", "no date found: add date: YYYY-MM-DD to the front matter"),
    ("author", "no author found: add author: to the front matter"),
    ("source", "no source found: add source: (the publication's name) to the front matter"),
    ("source_url", "no address found: add source_url: or import again with --url"),
)


@dataclass(frozen=True)
class Imported:
    """The seed's text, its front-matter values and what the page did not say."""

    text: str
    meta: dict[str, str]
    missing: tuple[str, ...]


# --- The page ------------------------------------------------------------------


def _trafilatura() -> Any:
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


def _tree(html: str) -> Any:
    from lxml import html as lxml_html

    return lxml_html.fromstring(html)


def _prepare(tree: Any) -> Any:
    """A quote's credit (<footer>, <cite>) and text in a bare <div> (a callout
    card) become paragraphs, which extraction keeps."""
    for credit in tree.xpath("//blockquote//footer | //blockquote//cite"):
        credit.tag = "p"
    for div in tree.xpath("//div[not(*)]"):
        if len((div.text or "").strip()) >= DIV_PARAGRAPH_MIN_CHARS:
            div.tag = "p"
    return tree


def _meta_content(tree: Any, *names: str) -> str | None:
    for name in names:
        for node in tree.xpath(f"//meta[@property='{name}' or @name='{name}']/@content"):
            if str(node).strip():
                return str(node).strip()
    return None


def _canonical(tree: Any) -> str | None:
    for href in tree.xpath("//link[@rel='canonical']/@href"):
        if str(href).strip():
            return str(href).strip()
    return _meta_content(tree, "og:url")


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
    stated = _meta_content(
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
    found = _trafilatura().extract_metadata(tree, default_url=url, extensive=False)
    ld = _json_ld(tree)
    source_url = url or _canonical(tree)
    values = {
        "title": found.title if found else None,
        "date": _published(tree, ld),
        "author": _authors(found.author if found else None),
        "source": _meta_content(tree, "og:site_name")
        or (found.sitename if found else None)
        or _title_suffix(tree),
        "source_url": source_url if source_url and _is_address(source_url) else None,
    }
    return {key: " ".join(value.split()) for key, value in values.items() if value}


def _is_address(url: str) -> bool:
    return url.startswith(("http://", "https://")) and safe_href(url) is not None


# --- The body --------------------------------------------------------------------

# Characters that would read as Markdown syntax in the page's text.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_BLOCK_START = re.compile(r"^(\s*)([#>+\-]|\d+[.)])(?=\s|$)")
_STYLES = {"#b": "**", "#i": "*", "#u": "", "#t": "`"}


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _inline(node: Any) -> str:
    """The text of an element, emphasis kept, Markdown syntax in it escaped."""
    parts = [_escape(node.text or "")]
    for child in node:
        if child.tag == "hi":
            mark = _STYLES.get(child.get("rend", ""), "")
            inner = _inline(child).strip()
            parts.append(f"{mark}{inner}{mark}" if inner else "")
        elif child.tag == "lb":
            parts.append(" ")
        elif child.tag not in ("graphic", "note"):
            parts.append(_inline(child))
        parts.append(_escape(child.tail or ""))
    return " ".join("".join(parts).split())


def _paragraph(text: str) -> str:
    """A paragraph that starts like a heading or list item is escaped as text."""
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}", text, count=1)


def _list_lines(node: Any, depth: int = 0) -> list[str]:
    ordered = node.get("rend") == "ol"
    lines: list[str] = []
    number = 0
    for item in node:
        if item.tag != "item":
            continue
        number += 1
        nested = [child for child in item if child.tag == "list"]
        for child in nested:
            item.remove(child)
        marker = f"{number}." if ordered else "-"
        text = _inline(item)
        if text:
            lines.append(f"{'   ' * depth}{marker} {text}")
        for child in nested:
            lines.extend(_list_lines(child, depth + 1))
    return lines


def _table_blocks(node: Any) -> list[str]:
    """A table as text: a one-cell row is a line of its own, other rows are
    items whose cells are joined by " | "."""
    blocks: list[str] = []
    items: list[str] = []
    for row in node.iter("row"):
        cells = [_inline(cell) for cell in row if cell.tag == "cell"]
        cells = [c for c in cells if c]
        if len(cells) == 1:
            if items:
                blocks.append("\n".join(items))
                items = []
            blocks.append(_paragraph(cells[0]))
        elif cells:
            items.append("- " + " | ".join(cells))
    if items:
        blocks.append("\n".join(items))
    return blocks


def xml_to_markdown(xml: str) -> str:
    """trafilatura's XML of the article as Markdown: headings, paragraphs, lists,
    block quotes and tables (as lists)."""
    from lxml import etree

    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    blocks: list[str] = []
    for node in main if main is not None else ():
        if node.tag == "head":
            level = int((node.get("rend") or "h2").lstrip("h") or 2)
            text = _inline(node)
            if text:
                blocks.append(f"{'#' * min(max(level, 1), 6)} {text}")
        elif node.tag == "p":
            text = _inline(node)
            if text:
                blocks.append(_paragraph(text))
        elif node.tag == "list":
            lines = _list_lines(node)
            if lines:
                blocks.append("\n".join(lines))
        elif node.tag == "quote":
            paragraphs = [_inline(p) for p in node.iter("p")] or [_inline(node)]
            quoted = [p for p in paragraphs if p]
            if quoted:
                blocks.append("\n>\n".join(f"> {p}" for p in quoted))
        elif node.tag == "table":
            blocks.extend(_table_blocks(node))
    return "\n\n".join(blocks)


def _blocks(markdown: str) -> list[str]:
    return [block.strip() for block in re.split(r"\n\s*\n", markdown) if block.strip()]


_HEADING = re.compile(r"(#{1,6})\s+(.*)")


def _heading(block: str) -> tuple[int, str] | None:
    match = _HEADING.fullmatch(block)
    return (len(match[1]), match[2].strip()) if match else None


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text).lower().split())


def _is_furniture(block: str) -> bool:
    """A promo, label or caption left inside the article."""
    plain = block.lstrip("#>-* ").strip()
    words = plain.split()
    return is_chrome_text(plain) or (
        len(words) <= SHORT_LABEL_WORDS and is_section_label(plain) and not plain.endswith(".")
    )


def _is_highlights(text: str) -> bool:
    from .reader.rules import classify

    rule = classify(text.strip())
    return rule is not None and rule.kind == "highlights_header"


def tidy_body(markdown: str, title: str | None, dek: str | None) -> tuple[list[str], str | None]:
    """The article's blocks, cleaned, and the standfirst if it was printed as the
    first heading or paragraph."""
    blocks = _blocks(markdown)
    summary = None
    kept: list[str] = []
    dropped_heading = False
    for block in blocks:
        heading = _heading(block)
        text = heading[1] if heading else block
        if title and _fold(text) == _fold(title):
            continue
        if dek and not kept and _fold(text) == _fold(dek):
            summary = dek
            continue
        if _is_list(block) or block.startswith(">"):
            # A list under a furniture heading ("Related stories") is links.
            if not dropped_heading:
                kept.append(block)
            continue
        dropped_heading = heading is not None and _is_furniture(block)
        if _is_furniture(block):
            continue
        if heading:
            level = max(2, heading[0])
            block = f"{'#' * level} {text}"
        kept.append(block)
    return _without_empty_sections(_highlights_first(kept)), summary


def _without_empty_sections(blocks: list[str]) -> list[str]:
    """A heading left with nothing under it (its promo was taken out) goes too."""
    kept: list[str] = []
    for index, block in enumerate(blocks):
        if _heading(block):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if following is None or _heading(following):
                continue
        kept.append(block)
    return kept


def _highlights_first(blocks: list[str]) -> list[str]:
    """A key-points heading with a list under it becomes ``## Highlights``, first."""
    for index, block in enumerate(blocks[:-1]):
        heading = _heading(block)
        if heading and _is_highlights(heading[1]) and _is_list(blocks[index + 1]):
            items = blocks[index + 1]
            rest = blocks[:index] + blocks[index + 2 :]
            return [f"## {HIGHLIGHTS_HEADING}", items, *rest]
    return blocks


def _is_list(block: str) -> bool:
    return all(re.match(r"(?:[-*+]|\d+[.)])\s", line.strip()) for line in block.splitlines())


# --- The seed ----------------------------------------------------------------------


def import_page(html: str, url: str | None = None) -> Imported:
    """The Markdown seed for a saved page (``url``: its address, when the page
    does not give one)."""
    trafilatura = _trafilatura()
    tree = _prepare(_tree(html))
    meta = page_metadata(tree, url)
    xml = trafilatura.extract(
        tree,
        url=url,
        output_format="xml",
        include_formatting=True,
        include_links=False,
        include_images=False,
        include_tables=True,
        include_comments=False,
        favor_precision=True,
    )
    dek = _meta_content(tree, "og:description", "description")
    blocks, summary = tidy_body(xml_to_markdown(xml) if xml else "", meta.get("title"), dek)
    if summary:
        meta["summary"] = summary
    missing = [message for key, message in FIELDS if key not in meta]
    if not blocks:
        missing.append("no article text found in the page")
    values: dict[str, object] = dict(meta)
    if "date" in values:
        values["date"] = dt.date.fromisoformat(meta["date"])
    front = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1000)
    text = f"---\n{front}---\n\n" + "\n\n".join(blocks) + "\n"
    return Imported(text, meta, tuple(missing))


def seed_name(imported: Imported, page: Path) -> str:
    """The new seed's file name: from the headline, else the page's name."""
    return (slugify(imported.meta.get("title", "")) or slugify(page.stem) or "imported") + ".md"


def read_page(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SeedError(str(path), None, f"cannot read the page: {exc.strerror}") from None
    if len(data) > MAX_PAGE_BYTES:
        raise SeedError(str(path), None, f"the page is over {MAX_PAGE_BYTES:,} bytes")
    return data.decode("utf-8", errors="replace")


def write_new(path: Path, text: str, shown: str) -> None:
    """Write ``text`` to a file that must not exist yet."""
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise SeedError(shown, None, "already exists: not overwritten") from None


def missing_lines(imported: Imported, shown: str) -> Iterable[str]:
    return (f"{shown}: warning: {message}" for message in imported.missing)
