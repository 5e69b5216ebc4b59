"""A writer's Material Markdown (admonitions, tables, definition lists, task lists,
footnotes) written again from the blocks the reader made of it: the structure
is ours, every word is escaped text (``escape.py``), so a seed can ask for a
warning box or a table but never for markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..escape import escape_text, escape_title, escape_url, guard_line_start
from ..model import Block, Span, Spans, Table

STRUCTURED_KINDS = frozenset({"admonition", "table", "definition", "task", "footnote"})
_INDENT = "    "
_RULE = {"": "---", "left": ":---", "center": ":---:", "right": "---:"}


def span_markdown(span: Span) -> str:
    """One span as escaped inline Markdown (a footnote reference as ``[^label]``;
    labels are plain names, ``markdown_structure.footnote_label``)."""
    if span.style == "footnote":
        return f"[^{span.text}]"
    text = escape_text(span.text)
    if span.style == "code":
        text = f"<code>{text}</code>"
    elif span.style == "em":
        text = f"<em>{text}</em>"
    elif span.style == "strong":
        text = f"<strong>{text}</strong>"
    if span.href:
        return f"[{text}]({escape_url(span.href)})"
    return text


def spans_line(spans: Spans) -> str:
    """Spans as one escaped line that starts no block."""
    return guard_line_start("".join(span_markdown(s) for s in spans).strip())


def structured_markdown(block: Block) -> str:
    if block.kind == "admonition":
        return _admonition(block)
    if block.kind == "table" and block.table is not None:
        return _table(block.table)
    if block.kind == "definition":
        return _definition(block)
    if block.kind == "task":
        return f"- [{'x' if block.label == 'x' else ' '}] {spans_line(block.spans)}"
    if block.kind == "footnote":
        return f"[^{block.label}]: {spans_line(block.spans)}"
    return spans_line(block.spans)


def _admonition(block: Block) -> str:
    # A title is text only (Material shows it in a header bar): no links or styles.
    title = "".join(s.text for s in block.spans if s.style != "footnote").strip()
    head = f"!!! {block.label}" + (f' "{escape_title(title)}"' if title else "")
    body = [_INDENT + spans_line(part) for part in block.parts]
    return "\n\n".join([head, *body]) if body else head


def _table(table: Table) -> str:
    width = max([len(table.header), *(len(row) for row in table.rows)], default=0)
    if width == 0:
        return ""
    header = _row(table.header, width)
    align = [*table.align, *([""] * (width - len(table.align)))][:width]
    rule = "| " + " | ".join(_RULE[a] for a in align) + " |"
    return "\n".join([header, rule, *(_row(row, width) for row in table.rows)])


def _row(cells: Sequence[Spans], width: int) -> str:
    padded = [*cells, *([()] * (width - len(cells)))][:width]
    # An empty header cell still needs something for Python-Markdown's tables.
    return "| " + " | ".join(spans_line(cell) or "&#8203;" for cell in padded) + " |"


def _definition(block: Block) -> str:
    term = spans_line(block.spans)
    definitions = [f":   {spans_line(part)}" for part in block.parts]
    return "\n".join([term, *definitions]) if definitions else term
