"""trafilatura's XML of an article as Markdown: headings, paragraphs, lists,
block quotes and tables, the page's text escaped so that it reads as text."""

from __future__ import annotations

import re
from typing import Any

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
