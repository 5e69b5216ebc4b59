"""Markdown seeds with YAML front matter (the writers' format), via markdown-it-py.

The result is the same model as for plain-text seeds. Inline emphasis and links
are kept as spans (links only to http, https, mailto or relative targets); raw
HTML is not enabled in the parser, so it arrives as visible text.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..errors import SeedError
from ..escape import safe_href
from ..model import Analysis, Article, Block, BlockKind, Section, Span, SpanStyle
from .headings import is_analysis_heading
from .markdown_structure import (
    OPENERS,
    footnote_label,
    markdown_parser,
    read_structure,
    task_item,
)
from .metadata import SeedMeta, apply_metadata, parse_metadata
from .rules import classify, is_chrome_text

_FENCE = "---"


@functools.cache
def _parser() -> MarkdownIt:
    return markdown_parser()


def split_front_matter(text: str, path: str) -> tuple[str | None, str, int]:
    """(front matter or None, body, line number where the body starts)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        return None, text, 1
    for index in range(1, len(lines)):
        if lines[index].strip() in (_FENCE, "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise SeedError(path, 1, "front matter opened with '---' is never closed")


def read_markdown(text: str, path: str) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body, body_line = split_front_matter(text, path)
    meta = parse_metadata(front, path, first_line=2) if front is not None else SeedMeta()
    tokens = _parser().parse(body)
    blocks = _blocks(tokens, body_line - 1)
    title, title_line, blocks = _take_title(blocks, meta, path)
    highlights, blocks = _take_highlights(blocks)
    sections = _sections(blocks)
    if not any(s.blocks for s in sections):
        raise SeedError(path, body_line, "the article has no body text")
    body_sections, analysis = _split_analysis(sections)
    article = Article(
        path=path,
        title=title,
        title_line=title_line,
        slug="",
        highlights=highlights,
        sections=body_sections,
        analysis=analysis,
    )
    return apply_metadata(article, replace(meta, title=None))


# A flat run of what the body holds: headings (level, text) and blocks.
_Item = tuple[int, str, int] | Block


def _blocks(tokens: Sequence[Token], offset: int) -> list[_Item]:
    items: list[_Item] = []
    quote_depth = 0
    list_depth = 0
    index = -1
    while index + 1 < len(tokens):
        index += 1
        token = tokens[index]
        line = (token.map[0] if token.map else 0) + offset + 1
        if token.type in OPENERS:
            blocks, next_index = read_structure(tokens, index, line, _spans)
            items.extend(blocks)
            index = next_index - 1
        elif token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "heading_open":
            level = int(token.tag[1])
            items.append((level, _plain(tokens[index + 1]), line))
        elif token.type == "inline" and tokens[index - 1].type == "paragraph_open":
            kind: BlockKind = (
                "pull_quote" if quote_depth else "bullet" if list_depth else "paragraph"
            )
            task = task_item(token, line, _spans) if list_depth else None
            if task is not None:
                items.append(task)
                continue
            spans = _spans(token)
            text = "".join(s.text for s in spans).strip()
            # Furniture pasted into the writer's text (a caption, an ad label).
            if text and not (kind == "paragraph" and is_chrome_text(text)):
                items.append(Block(spans, line, kind))
        elif token.type in ("fence", "code_block", "html_block"):
            items.append(Block((Span(token.content.strip(), style="code"),), line))
    return items


def _plain(inline: Token) -> str:
    return "".join(s.text for s in _spans(inline)).strip()


def _spans(inline: Token) -> tuple[Span, ...]:
    spans: list[Span] = []
    styles: list[SpanStyle] = []
    hrefs: list[str | None] = []
    for child in inline.children or ():
        kind = child.type
        if kind in ("em_open", "strong_open"):
            styles.append("em" if kind == "em_open" else "strong")
        elif kind in ("em_close", "strong_close") and styles:
            styles.pop()
        elif kind == "link_open":
            hrefs.append(safe_href(str(child.attrs.get("href", ""))))
        elif kind == "link_close" and hrefs:
            hrefs.pop()
        elif kind in ("softbreak", "hardbreak"):
            spans.append(Span(" "))
        elif kind == "footnote_ref":
            label = footnote_label(child.meta.get("label"), child.meta.get("id"))
            spans.append(Span(label, style="footnote"))
        elif kind in ("html_inline", "footnote_anchor"):
            continue
        else:
            text = child.content if kind != "image" else _alt(child)
            style: SpanStyle = "code" if kind == "code_inline" else (styles[-1] if styles else "")
            href = hrefs[-1] if hrefs else None
            if text:
                spans.append(Span(text, href, style))
    return _merge(spans)


def _alt(image: Token) -> str:
    return "".join(c.content for c in image.children or ())


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    """Adjacent spans with the same link and style become one."""
    merged: list[Span] = []
    for span in spans:
        same = (merged[-1].href, merged[-1].style) == (span.href, span.style) if merged else False
        if same and span.style != "footnote":
            merged[-1] = Span(merged[-1].text + span.text, span.href, span.style)
        else:
            merged.append(span)
    return tuple(merged)


def _take_title(items: list[_Item], meta: SeedMeta, path: str) -> tuple[str, int, list[_Item]]:
    if items and isinstance(items[0], tuple) and items[0][0] == 1:
        _, text, line = items[0]
        return meta.title or text, 1 if meta.title else line, items[1:]
    if meta.title:
        return meta.title, 2, items
    raise SeedError(path, 1, "no title: give 'title:' in the front matter or start with '# Title'")


def _is_highlights(heading: str) -> bool:
    rule = classify(heading)
    return rule is not None and rule.kind == "highlights_header"


def _take_highlights(items: list[_Item]) -> tuple[tuple[str, ...], list[_Item]]:
    if len(items) < 2 or not isinstance(items[0], tuple) or not _is_highlights(items[0][1]):
        return (), items
    rest = items[1:]
    bullets: list[str] = []
    while rest and isinstance(rest[0], Block) and rest[0].kind == "bullet":
        bullets.append(rest[0].text)
        rest = rest[1:]
    return tuple(bullets), rest


def _sections(items: list[_Item]) -> tuple[Section, ...]:
    sections: list[Section] = []
    heading: str | None = None
    heading_line = 1
    blocks: list[Block] = []
    for item in items:
        if isinstance(item, Block):
            if not sections and heading is None and not blocks:
                heading_line = item.line
            blocks.append(item)
            continue
        if heading is not None or blocks:
            sections.append(Section(heading, tuple(blocks), heading_line))
        _, heading, heading_line = item
        blocks = []
    if heading is not None or blocks:
        sections.append(Section(heading, tuple(blocks), heading_line))
    return tuple(sections)


def _split_analysis(sections: tuple[Section, ...]) -> tuple[tuple[Section, ...], Analysis | None]:
    for index, section in enumerate(sections):
        if section.heading and is_analysis_heading(section.heading):
            analysis = Analysis(section.heading, sections[index:], "seed", section.line)
            return sections[:index], analysis
    return sections, None
