"""The imported article's blocks tidied with the reader's rules: the headline and
standfirst printed again, promos and labels, empty sections, key points first."""

from __future__ import annotations

import re

from ..reader.rules import classify, is_chrome_text
from ..reader.words import is_section_label

HIGHLIGHTS_HEADING = "Highlights"
SHORT_LABEL_WORDS = 3


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
