"""The Material Markdown a writer may use in a Markdown seed, read into blocks:
admonitions, tables, definition lists, task lists and footnotes.

markdown-it-py with mdit-py-plugins parses them (``MARKDOWN_PLUGINS``); this
module turns each container's tokens into one ``Block`` of text spans, so that
the page re-emits the structure itself and every word as escaped text
(``pages/structured.py``). Raw HTML stays off: nothing a writer types becomes
markup by any other way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.tasklists import tasklists_plugin

from ..model import Block, Span, Spans, Table

SpansOf = Callable[[Token], Spans]
Align = Literal["", "left", "center", "right"]

# Material's admonition types; another word is shown as a plain note.
ADMONITION_TYPES = frozenset(
    [
        "note",
        "abstract",
        "info",
        "tip",
        "success",
        "question",
        "warning",
        "failure",
        "danger",
        "bug",
        "example",
        "quote",
    ]
)
# Footnote labels as Python-Markdown's footnotes accept them, kept short.
_LABEL = re.compile(r"[A-Za-z0-9_-]{1,40}")
_ALIGN = re.compile(r"text-align:(left|center|right)")


def markdown_parser() -> MarkdownIt:
    """CommonMark with tables and the plugins above; raw HTML off."""
    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    for plugin in (footnote_plugin, deflist_plugin, tasklists_plugin, admon_plugin):
        parser.use(plugin)
    return parser


OPENERS = ("admonition_open", "table_open", "dl_open", "footnote_block_open")


def read_structure(
    tokens: Sequence[Token], start: int, line: int, spans_of: SpansOf
) -> tuple[list[Block], int]:
    """The blocks of the container opening at ``tokens[start]``, and the index
    just past its closing token."""
    end = _closing(tokens, start)
    inner = tokens[start + 1 : end]
    opener = tokens[start]
    if opener.type == "admonition_open":
        blocks = [_admonition(opener, inner, line, spans_of)]
    elif opener.type == "table_open":
        blocks = [_table(inner, line, spans_of)]
    elif opener.type == "dl_open":
        blocks = _definitions(inner, line, spans_of)
    else:
        blocks = _footnotes(inner, line, spans_of)
    return [b for b in blocks if b.text or b.table], end + 1


def _closing(tokens: Sequence[Token], start: int) -> int:
    depth = 0
    for index in range(start, len(tokens)):
        depth += tokens[index].nesting
        if depth == 0:
            return index
    return len(tokens) - 1


def _paragraphs(tokens: Sequence[Token], spans_of: SpansOf) -> tuple[Spans, ...]:
    """The inline content of every paragraph (any depth) in ``tokens``."""
    found = []
    for index, token in enumerate(tokens):
        if token.type == "inline" and index and tokens[index - 1].type == "paragraph_open":
            spans = spans_of(token)
            if "".join(s.text for s in spans).strip():
                found.append(spans)
    return tuple(found)


def _admonition(opener: Token, inner: Sequence[Token], line: int, spans_of: SpansOf) -> Block:
    kind = str(opener.meta.get("tag", "note")).lower()
    title: Spans = ()
    if len(inner) > 1 and inner[0].type == "admonition_title_open":
        title = spans_of(inner[1])
    body = _paragraphs(inner, spans_of)
    label = kind if kind in ADMONITION_TYPES else "note"
    return Block(title, line, "admonition", label=label, parts=body)


def _table(inner: Sequence[Token], line: int, spans_of: SpansOf) -> Block:
    rows: list[tuple[Spans, ...]] = []
    align: list[Align] = []
    cells: list[Spans] = []
    header_cells = 0
    for index, token in enumerate(inner):
        if token.type == "tr_close":
            rows.append(tuple(cells))
            cells = []
        elif token.type in ("th_open", "td_open"):
            cells.append(spans_of(inner[index + 1]) if inner[index + 1].type == "inline" else ())
            if token.type == "th_open":
                header_cells += 1
                found = _ALIGN.search(str(token.attrs.get("style", "")))
                align.append(_align(found.group(1) if found else ""))
    header, body = (rows[0], tuple(rows[1:])) if rows and header_cells else ((), tuple(rows))
    return Block((), line, "table", table=Table(header, body, tuple(align)))


def _align(value: str) -> Align:
    if value == "left":
        return "left"
    if value == "center":
        return "center"
    return "right" if value == "right" else ""


def _definitions(inner: Sequence[Token], line: int, spans_of: SpansOf) -> list[Block]:
    blocks: list[Block] = []
    term: Spans = ()
    definitions: list[Spans] = []
    for index, token in enumerate(inner):
        if token.type == "dt_open":
            if term:
                blocks.append(Block(term, line, "definition", parts=tuple(definitions)))
            term, definitions = spans_of(inner[index + 1]), []
        elif token.type == "dd_open":
            definitions.extend(_paragraphs(inner[index : _closing(inner, index)], spans_of))
    if term:
        blocks.append(Block(term, line, "definition", parts=tuple(definitions)))
    return blocks


def _footnotes(inner: Sequence[Token], line: int, spans_of: SpansOf) -> list[Block]:
    blocks = []
    for index, token in enumerate(inner):
        if token.type == "footnote_open":
            label = footnote_label(token.meta.get("label"), token.meta.get("id"))
            paragraphs = _paragraphs(inner[index : _closing(inner, index)], spans_of)
            spans = tuple(s for p in paragraphs for s in (*p, Span(" ")))[:-1]
            blocks.append(Block(spans, line, "footnote", label=label))
    return blocks


def footnote_label(label: object, number: object) -> str:
    """The writer's label when it is a plain name, else the footnote's number."""
    if isinstance(label, str) and _LABEL.fullmatch(label):
        return label
    return str(int(number) + 1) if isinstance(number, int) else "note"


def task_item(inline: Token, line: int, spans_of: SpansOf) -> Block | None:
    """A task list item (the plugin puts a checkbox first), or None for a plain
    bullet."""
    children = inline.children or []
    if not children or children[0].type != "html_inline" or "task-list" not in children[0].content:
        return None
    done = "checked" in children[0].content
    rest = inline.copy()
    rest.children = children[1:]
    spans = spans_of(rest)
    if spans and spans[0].text.startswith(" "):
        spans = (Span(spans[0].text.lstrip(), spans[0].href, spans[0].style), *spans[1:])
    return Block(spans, line, "task", label="x" if done else "")
