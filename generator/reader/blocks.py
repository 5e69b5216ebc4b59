"""Lines grouped into blocks: a paragraph (its wrapped lines joined), one bullet
item, or a line that stands alone (a label, a byline, a line of chrome).

Consecutive lines form a *run*; inside a run, a text line wraps on from the one
before only where that one cannot have ended (a hard-wrapped paste, or a line
that stops mid-sentence): pages pasted from a browser put each paragraph, menu
entry or key point on a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .headings import ends_with
from .line_rule import LineKind
from .lines import Line
from .links import is_list_item

# A paste is hard-wrapped when few of its lines are long.
LONG_LINE = 90
WRAPPED_LONG_SHARE = 0.15
WRAP_MIN_CHARS = 45
# Paragraphs this long on one line, twice or more: the paste is not wrapped,
# however many short lines (menus, labels, contents) it holds.
UNWRAPPED_LINE = 2 * LONG_LINE
UNWRAPPED_MIN_LINES = 2


@dataclass(frozen=True)
class Block:
    """A paragraph, bullet item or standalone line, with the line it starts on."""

    kind: LineKind
    text: str
    line: int
    line_count: int = 1
    indented: bool = False
    run: int = 0
    rule: str = ""
    glyph: str = ""
    # Every line of it wrapped whole in italics (a Markdown copy's standfirst).
    italic: bool = False


def base_indent(lines: Iterable[Line]) -> int:
    """The indent shared by all text lines: only indent beyond it means anything."""
    return min((line.indent for line in lines if line.kind == "text"), default=0)


def is_hard_wrapped(lines: Sequence[Line]) -> bool:
    texts = [line.text for line in lines if line.kind == "text"]
    if not texts:
        return False
    long_lines = sum(len(t) > LONG_LINE for t in texts)
    unwrapped = sum(len(t) > UNWRAPPED_LINE for t in texts)
    short = unwrapped < UNWRAPPED_MIN_LINES and long_lines <= WRAPPED_LONG_SHARE * len(texts)
    return short and _runs_on(lines)


# A wrapped paragraph's lines run on into a word in lower case this often;
# a browser's paste of short lines (menus, headlines, short paragraphs) does not.
WRAPPED_RUN_ON_SHARE = 0.3


def _runs_on(lines: Sequence[Line]) -> bool:
    texts = [line for line in lines if line.kind != "blank"]
    pairs = [
        (line, after)
        for line, after in pairwise(texts)
        if line.kind == "text" and len(line.text) >= WRAP_MIN_CHARS
    ]
    run_on = sum(after.kind == "text" and after.text[:1].islower() for _, after in pairs)
    return bool(pairs) and run_on >= WRAPPED_RUN_ON_SHARE * len(pairs)


# A line of a hard-wrapped paste wraps on only when it comes this near the
# paste's measure (how long its lines that run on in lower case are): a
# headline of 47 characters over a subtitle wrapped at 88 ends where it stops.
WRAP_MEASURE_SHARE = 0.7


def wrap_measure(lines: Sequence[Line]) -> int:
    """The median length of the lines that run on into a word in lower case
    (0 when none does): the width a hard-wrapped paste was cut at."""
    texts = [line for line in lines if line.kind != "blank"]
    lengths = sorted(
        len(line.text)
        for line, after in pairwise(texts)
        if line.kind == "text"
        and len(line.text) >= WRAP_MIN_CHARS
        and after.kind == "text"
        and after.text[:1].islower()
    )
    return lengths[len(lengths) // 2] if lengths else 0


def _continues(
    pending: Sequence[Line], line: Line, base: int, wrapped: bool, measure: int = 0
) -> bool:
    """Whether a text line wraps on from the pending paragraph or bullet."""
    if not pending or line.kind != "text":
        return False
    # "hanseongherald.example" under a headline's copy: a card's address line.
    if _HOST.fullmatch(line.text.strip()) and not _OPEN_END.search(pending[-1].text):
        return False
    first, last = pending[0], pending[-1]
    if first.kind == "bullet":
        # A bullet wrapped flush, as a PDF's text gives it: its line stops in
        # mid-sentence and the next runs on in lower case.
        cut = not ends_with(last.text, ".!?:;") and _RUN_ON_WORD.match(line.text) is not None
        return line.indent > first.indent or cut
    # A flush paragraph followed by an indented line: a new (quoted) paragraph.
    if last.indent <= base < line.indent:
        return False
    text = last.text
    if text.endswith(":") or ends_with(text, ".!?"):
        return _LOWER_WORD.match(line.text) is not None
    # A wrapped paragraph's short last line ends it ("rare earth concentrate"),
    # and a header's field ("From: …", "Date: …") opens a line of its own.
    return line.text[:1].islower() or (
        wrapped
        and last.last_chars >= max(WRAP_MIN_CHARS, WRAP_MEASURE_SHARE * measure)
        and _FIELD_START.match(line.text) is None
    )


# A site's address alone on its line ("hanseongherald.co.kr", "www.gov.uk/x").
_HOST = re.compile(r"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?")
# A line left open for the address it names ("… first appeared on", "visit").
_OPEN_END = re.compile(r"(?i)\b(?:on|at|from|to|visit|via|see|in)\W*$")

# The fields of an e-mail's or a memo's header.
_FIELD_START = re.compile(r"(?:from|to|cc|bcc|subject|date|sent|reply-to)\s*:\s", re.IGNORECASE)


# A word in lower case ending at a space or a stop: a wrapped line's next word.
_RUN_ON_WORD = re.compile(r"[a-z][a-z'’-]*(?:[\s,;.!?]|$)")

# A word in lower case, not an e-mail, address or "mf/sri" initials credit.
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*\b(?![@./])")


def _block(lines: Sequence[Line], base: int, run: int) -> Block:
    first = lines[0]
    return Block(
        kind=first.kind,
        text=" ".join(line.text for line in lines),
        line=first.number,
        line_count=len(lines),
        indented=all(line.indent > base for line in lines),
        run=run,
        rule=first.rule,
        glyph=first.glyph,
        italic=all(line.italic for line in lines),
    )


def group_blocks(
    lines: Sequence[Line], wrapped: bool | None = None, measure: int | None = None
) -> tuple[Block, ...]:
    """Group lines into blocks; blank lines end a run, ignored lines are skipped.
    ``wrapped`` says whether the paste is hard-wrapped and ``measure`` how wide
    (both measured on the lines as pasted, before link-broken lines were joined)."""
    base = base_indent(lines)
    wrapped = is_hard_wrapped(lines) if wrapped is None else wrapped
    if measure is None:
        measure = wrap_measure(lines)
    measure = measure if wrapped else 0
    blocks: list[Block] = []
    pending: list[Line] = []
    run = 0
    listing = False  # items under a line that ends with a colon, bullets lost
    for line in lines:
        if line.kind == "ignored":
            continue
        if line.kind == "blank":
            if pending:
                blocks.append(_block(pending, base, run))
                pending = []
            run += 1
            listing = False
            continue
        after_colon = bool(pending) and pending[-1].text.rstrip().endswith(":")
        item = not wrapped and (listing or after_colon) and is_list_item(line.text)
        listing = item
        if not item and _continues(pending, line, base, wrapped, measure):
            pending.append(line)
            continue
        if pending:
            blocks.append(_block(pending, base, run))
        pending = [line] if line.kind in ("text", "bullet") else []
        if not pending:
            blocks.append(_block([line], base, run))
    if pending:
        blocks.append(_block(pending, base, run))
    return tuple(blocks)
