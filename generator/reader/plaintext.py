"""Read a plain-text seed (web text pasted into a file) into an ``Article``.

Lines are classified by the rules in ``rules.py`` and grouped into chunks
(``lines.py``); a chain of named passes then takes out metadata, highlights and
the dateline and marks pull quotes and headings; the chunks become sections,
and the first analysis heading splits off the REEx analysis.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from generator.errors import SeedError
from generator.model import Analysis, Article, Block, BlockKind, Section
from generator.reader.lines import Chunk, Line, group_chunks, read_lines
from generator.reader.rules import (
    Meta,
    ends_with,
    is_analysis_heading,
    is_title_cased,
    looks_like_heading,
    merge_meta,
    parse_meta,
    split_dateline,
)

# A pull quote is a short indented paragraph, not an indented block of text.
PULL_QUOTE_MAX_LINES = 3
PULL_QUOTE_MAX_WORDS = 60

# Metadata lines above the title are read later; they are never the title.
_TITLE_KINDS = frozenset({"text", "bullet", "highlights_header"})
_BLOCK_KINDS: dict[str, BlockKind] = {"bullet": "bullet", "pull_quote": "pull_quote"}


@dataclass(frozen=True)
class Draft:
    """The article as the passes see it: chunks still to place, fields taken so far."""

    chunks: tuple[Chunk, ...]
    meta: Meta = field(default_factory=Meta)
    byline: str | None = None
    dateline: str | None = None
    highlights: tuple[str, ...] = ()


Pass = Callable[[Draft], Draft]


def _demote(chunks: Sequence[Chunk], kind: str) -> tuple[Chunk, ...]:
    """Chunks of ``kind`` that a pass did not take become plain text."""
    return tuple(replace(c, kind="text") if c.kind == kind else c for c in chunks)


def _top_region_end(chunks: Sequence[Chunk]) -> int:
    """Index of the first prose paragraph: metadata is only read above it."""
    return next(
        (i for i, c in enumerate(chunks) if c.kind == "text" and not looks_like_heading(c.text)),
        len(chunks),
    )


def take_metadata(draft: Draft) -> Draft:
    """Bylines and date lines above the first prose paragraph go onto the article."""
    end = _top_region_end(draft.chunks)
    meta, byline = draft.meta, draft.byline
    kept: list[Chunk] = []
    for index, chunk in enumerate(draft.chunks):
        found = parse_meta(chunk.text) if chunk.kind == "meta" and index < end else None
        if found is None:
            kept.append(chunk)
            continue
        if found.author and byline is None:
            byline = chunk.text
        meta = merge_meta(meta, found)
    return replace(draft, chunks=_demote(kept, "meta"), meta=meta, byline=byline)


def _highlights_start(chunks: Sequence[Chunk]) -> int | None:
    """A header followed by bullets, or bullets straight after the title."""
    if chunks and chunks[0].kind == "bullet":
        return 0
    for index, (chunk, following) in enumerate(pairwise(chunks)):
        if chunk.kind == "highlights_header" and following.kind == "bullet":
            return index
    return None


def take_highlights(draft: Draft) -> Draft:
    """The first highlights block becomes ``highlights``; other headers are text."""
    chunks = draft.chunks
    start = _highlights_start(chunks)
    if start is None:
        return replace(draft, chunks=_demote(chunks, "highlights_header"))
    first = start + 1 if chunks[start].kind == "highlights_header" else start
    end = first
    while end < len(chunks) and chunks[end].kind == "bullet":
        end += 1
    rest = chunks[:start] + chunks[end:]
    items = tuple(c.text for c in chunks[first:end])
    return replace(draft, chunks=_demote(rest, "highlights_header"), highlights=items)


def _is_pull_quote(chunk: Chunk) -> bool:
    return (
        chunk.kind == "text"
        and chunk.indented
        and chunk.line_count <= PULL_QUOTE_MAX_LINES
        and len(chunk.text.split()) <= PULL_QUOTE_MAX_WORDS
    )


def mark_pull_quotes(draft: Draft) -> Draft:
    """A short paragraph indented beyond the body text is a pull quote."""
    chunks = tuple(replace(c, kind="pull_quote") if _is_pull_quote(c) else c for c in draft.chunks)
    return replace(draft, chunks=chunks)


def _is_heading_candidate(chunk: Chunk) -> bool:
    # A date or byline left in the body is text, not a heading.
    return (
        chunk.kind == "text"
        and chunk.line_count == 1
        and looks_like_heading(chunk.text)
        and parse_meta(chunk.text) is None
    )


def _is_lead_in(chunk: Chunk, following: Chunk | None) -> bool:
    """ "The report lists three risks:" before a list is a sentence, not a heading."""
    return (
        following is not None
        and following.kind == "bullet"
        and ends_with(chunk.text, ":")
        and not is_title_cased(chunk.text)
    )


def mark_headings(draft: Draft) -> Draft:
    """Short title-like lines become headings, if some body text follows them."""
    chunks = draft.chunks
    candidates = [_is_heading_candidate(c) for c in chunks]
    last_body = max((i for i, cand in enumerate(candidates) if not cand), default=-1)
    marked: list[Chunk] = []
    for index, chunk in enumerate(chunks):
        following = chunks[index + 1] if index + 1 < len(chunks) else None
        if candidates[index] and index < last_body and not _is_lead_in(chunk, following):
            chunk = replace(chunk, kind="heading", text=chunk.text.removesuffix(":").rstrip())
        marked.append(chunk)
    return replace(draft, chunks=tuple(marked))


def take_dateline(draft: Draft) -> Draft:
    """ "WASHINGTON (Reuters) - " opening the first paragraph becomes the dateline."""
    index = next((i for i, c in enumerate(draft.chunks) if c.kind == "text"), None)
    if index is None:
        return draft
    chunk = draft.chunks[index]
    found = split_dateline(chunk.text)
    if found is None:
        return draft
    dateline, rest = found
    chunks = list(draft.chunks)
    chunks[index] = replace(chunk, text=rest)
    return replace(draft, chunks=tuple(chunks), dateline=dateline)


# The passes run in this order; each takes a draft and returns a new one.
PASSES: tuple[tuple[str, Pass], ...] = (
    ("metadata", take_metadata),
    ("highlights", take_highlights),
    ("pull_quotes", mark_pull_quotes),
    ("headings", mark_headings),
    ("dateline", take_dateline),
)


def find_title(lines: Sequence[Line]) -> Line | None:
    """The first line with content that is neither boilerplate nor metadata."""
    return next((line for line in lines if line.kind in _TITLE_KINDS), None)


def cut_trailing_chrome(lines: Sequence[Line]) -> tuple[Line, ...]:
    """Drop everything from a comments line, or from a share/related line that
    follows body text; an earlier share line is dropped on its own."""
    seen_body = False
    for index, line in enumerate(lines):
        if line.kind == "chrome_start" or (line.kind == "share_start" and seen_body):
            return tuple(lines[:index])
        seen_body = seen_body or line.kind in ("text", "bullet")
    return tuple(lines)


def _block(chunk: Chunk) -> Block:
    return Block.plain(chunk.text, chunk.line, _BLOCK_KINDS.get(chunk.kind, "paragraph"))


def build_sections(chunks: Sequence[Chunk]) -> tuple[Section, ...]:
    """Headings open sections; blocks before the first heading form the lead."""
    sections: list[Section] = []
    heading: Chunk | None = None
    blocks: list[Block] = []

    def close() -> None:
        if heading is not None:
            sections.append(Section(heading.text, tuple(blocks), heading.line))
        elif blocks:
            sections.append(Section(None, tuple(blocks), blocks[0].line))

    for chunk in chunks:
        if chunk.kind == "heading":
            close()
            heading, blocks = chunk, []
        else:
            blocks.append(_block(chunk))
    close()
    return tuple(sections)


def split_analysis(
    sections: Sequence[Section],
) -> tuple[tuple[Section, ...], Analysis | None]:
    """The first analysis heading, and every section after it, is the analysis."""
    for index, section in enumerate(sections):
        if section.heading is not None and is_analysis_heading(section.heading):
            analysis = Analysis(section.heading, tuple(sections[index:]), "seed", section.line)
            return tuple(sections[:index]), analysis
    return tuple(sections), None


def read_plaintext(text: str, path: str) -> Article:
    """Read pasted web text into an Article (``slug`` is left for the caller).

    Raises SeedError when there is no title or no body text at all."""
    lines = read_lines(text)
    title = find_title(lines)
    if title is None:
        raise SeedError(path, 1, "no title: every line is empty or site boilerplate")
    body_lines = cut_trailing_chrome([line for line in lines if line is not title])
    draft = Draft(chunks=group_chunks(body_lines))
    for _name, run in PASSES:
        draft = run(draft)
    sections = build_sections(draft.chunks)
    if not any(section.blocks for section in sections):
        raise SeedError(path, title.number, "no body: the seed has a title but no paragraphs")
    body, analysis = split_analysis(sections)
    return Article(
        path=path,
        title=title.text,
        slug="",
        title_line=title.number,
        date=draft.meta.published,
        updated=draft.meta.updated,
        author=draft.meta.author,
        byline=draft.byline,
        dateline=draft.dateline,
        highlights=draft.highlights,
        sections=body,
        analysis=analysis,
    )
