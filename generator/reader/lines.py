"""Physical lines of a pasted seed, cleaned and classified, then grouped into chunks.

A chunk is a paragraph (consecutive text lines), one bullet item, or a line that
always stands alone (a byline, a date line, a highlights header).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from generator.reader.rules import LineKind, bullet_item, classify, strip_inline_boilerplate

ChunkKind = Literal["text", "bullet", "highlights_header", "meta", "heading", "pull_quote"]

TAB_WIDTH = 4
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_STANDALONE: frozenset[LineKind] = frozenset({"meta", "highlights_header"})


@dataclass(frozen=True)
class Line:
    """One physical line: its 1-based number, leading columns, clean text and kind.

    For a bullet, ``text`` is the item without its glyph."""

    number: int
    indent: int
    text: str
    kind: LineKind
    rule: str = ""


@dataclass(frozen=True)
class Chunk:
    """A paragraph, bullet item or standalone line, with the line it starts on."""

    kind: ChunkKind
    text: str
    line: int
    line_count: int = 1
    indented: bool = False


def _clean_char(char: str) -> str:
    """Tabs and every kind of space become a space; invisible format marks
    (BOM, zero-width space, soft hyphen) go; control characters become spaces."""
    if char == "\t":
        return " " * TAB_WIDTH
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category in ("Zs", "Zl", "Zp", "Cc"):
        return " "
    return char


class _CleanTable(dict[int, str]):
    """A ``str.translate`` table filled in as characters are met: the category
    lookup runs once per distinct character instead of once per character read."""

    def __missing__(self, code: int) -> str:
        cleaned = self[code] = _clean_char(chr(code))
        return cleaned


_CLEAN = _CleanTable()
_SPACES = re.compile(" {2,}")


def clean_line(raw: str) -> tuple[int, str]:
    """The line's indent in columns and its text with whitespace collapsed."""
    cleaned = raw.translate(_CLEAN)
    text = _SPACES.sub(" ", cleaned).strip()
    return len(cleaned) - len(cleaned.lstrip(" ")), text


def _read_line(number: int, raw: str) -> Line:
    indent, text = clean_line(raw)
    if not text:
        return Line(number, indent, "", "blank")
    tidy = _SPACES.sub(" ", strip_inline_boilerplate(text)).strip()
    if not tidy:
        # The line held nothing but an inline phrase: drop it without breaking a paragraph.
        return Line(number, indent, "", "ignored")
    rule = classify(tidy)
    if rule is None:
        return Line(number, indent, tidy, "text")
    item = bullet_item(tidy) if rule.kind == "bullet" else tidy
    return Line(number, indent, item, rule.kind, rule.name)


def read_lines(text: str) -> tuple[Line, ...]:
    """Split on \\r\\n, \\r or \\n (so line numbers match an editor's) and classify."""
    return tuple(_read_line(n, raw) for n, raw in enumerate(_LINE_BREAK.split(text), start=1))


def base_indent(lines: Iterable[Line]) -> int:
    """The indent shared by all text lines: only indent beyond it means anything."""
    return min((line.indent for line in lines if line.kind == "text"), default=0)


def _chunk(lines: Sequence[Line], base: int) -> Chunk:
    first = lines[0]
    kind: ChunkKind = "bullet" if first.kind == "bullet" else "text"
    return Chunk(
        kind=kind,
        text=" ".join(line.text for line in lines),
        line=first.number,
        line_count=len(lines),
        indented=all(line.indent > base for line in lines),
    )


def _continues(pending: Sequence[Line], line: Line, base: int) -> bool:
    """Whether a text line wraps on from the pending paragraph or bullet."""
    if not pending or line.kind != "text":
        return False
    first, last = pending[0], pending[-1]
    if first.kind == "bullet":
        return line.indent > first.indent
    # A flush paragraph followed by an indented line: a new (quoted) paragraph.
    return not (last.indent <= base < line.indent)


def group_chunks(lines: Sequence[Line]) -> tuple[Chunk, ...]:
    """Group lines into chunks: blank and boilerplate lines separate paragraphs."""
    base = base_indent(lines)
    chunks: list[Chunk] = []
    pending: list[Line] = []
    for line in lines:
        if line.kind == "ignored":
            continue
        if _continues(pending, line, base):
            pending.append(line)
            continue
        if pending:
            chunks.append(_chunk(pending, base))
        pending = [line] if line.kind in ("text", "bullet") else []
        if line.kind in _STANDALONE:
            kind: ChunkKind = "meta" if line.kind == "meta" else "highlights_header"
            chunks.append(Chunk(kind, line.text, line.number))
    if pending:
        chunks.append(_chunk(pending, base))
    return tuple(chunks)
