"""The writer's analysis sidecar (``<seed-stem>.analysis.md``): a small Markdown
of its own, an optional title heading, ``##`` sections, paragraphs and bullets,
read into the same ``Analysis`` the seed's own analysis section gives."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import SeedError
from ..model import Analysis, Block, BlockKind, Section
from .source import ANALYSIS, is_listed_input, read_text

DEFAULT_HEADING = "REEx Analysis"


def load_writer_analysis(path: Path) -> Analysis | None:
    """Read an analysis sidecar on its own; None when the file does not exist."""
    if not is_listed_input(path):
        return None
    return parse_writer_analysis(read_text(path, str(path), ANALYSIS), str(path))


_HEADING = re.compile(r"#{1,6}\s+(.*?)\s*#*\s*$")
_TITLE_HEADING = re.compile(r"#{1,2}\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"[-*]\s+(.*)$")


def parse_writer_analysis(text: str, path: str) -> Analysis:
    """Parse sidecar Markdown: an optional title heading, ``##`` sections,
    paragraphs separated by blank lines, and ``- `` bullets."""
    numbered = [(number, line.rstrip()) for number, line in enumerate(text.splitlines(), 1)]
    content = [(number, line) for number, line in numbered if line.strip()]
    if not content:
        raise SeedError(path, 1, "analysis sidecar is empty")
    first_number, first_line = content[0]
    title = _TITLE_HEADING.fullmatch(first_line.strip())
    heading = title.group(1) if title and title.group(1) else DEFAULT_HEADING
    body = [(n, line) for n, line in numbered if n > first_number] if title else numbered
    sections = _parse_sections(body)
    if not any(section.blocks for section in sections):
        raise SeedError(path, first_number, "analysis sidecar has a heading but no text")
    return Analysis(heading, sections, "sidecar", first_number)


def _parse_sections(lines: list[tuple[int, str]]) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: str | None = None
    # The lead section starts at its first line of text.
    heading_line = next((number for number, line in lines if line.strip()), 1)
    chunk: list[tuple[int, str]] = []
    for number, line in lines:
        match = _HEADING.fullmatch(line.strip())
        if match is None:
            chunk.append((number, line))
            continue
        sections.append(Section(heading, _parse_blocks(chunk), heading_line))
        heading, heading_line, chunk = match.group(1), number, []
    sections.append(Section(heading, _parse_blocks(chunk), heading_line))
    # A sidecar that starts with a sub-heading has no lead section.
    return tuple(s for s in sections if s.heading is not None or s.blocks)


def _parse_blocks(lines: list[tuple[int, str]]) -> tuple[Block, ...]:
    """Paragraphs end at blank lines; each bullet starts a new block, and the
    lines right after a bullet continue it, as in Markdown."""
    groups: list[tuple[int, BlockKind, list[str]]] = []
    in_block = False
    for number, line in lines:
        stripped = line.strip()
        bullet = _BULLET.fullmatch(stripped)
        if not stripped:
            in_block = False
        elif bullet is not None:
            groups.append((number, "bullet", [bullet.group(1).strip()]))
            in_block = True
        elif in_block:
            groups[-1][2].append(stripped)
        else:
            groups.append((number, "paragraph", [stripped]))
            in_block = True
    return tuple(Block.plain(" ".join(words), start, kind) for start, kind, words in groups)
