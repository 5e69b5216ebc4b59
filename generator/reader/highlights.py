"""The page's key points: under a highlights label, straight under the
headline, or a labelled list further down, split where they ran together."""

from __future__ import annotations

import re
from dataclasses import replace

from .body_points import (
    MIN_POINTS,
    SPACED_ITEM_MAX_WORDS,
    SPACED_ITEMS_MAX,
    much_longer,
    points_in_the_body,
    shape_changes,
    story_below,
)
from .heading_cues import numbered_heading_after
from .labels import INLINE_POINTS as _INLINE_LABEL
from .labels import without_enumerators
from .reading import HIGHLIGHT_MAX_WORDS, Label, Reading, next_good, numbered_alone
from .rules import classify
from .subheads import subheads_under


def mark_highlights(reading: Reading) -> Reading:
    """The page's key points: the items under a highlights label above the body
    (bullets, or lines without bullets), else bullets straight under the
    headline, else a labelled list of bullets further down."""
    stop = reading.lead if reading.lead is not None else len(reading.blocks)
    # (the lead too: a label and its points run together read as a paragraph).
    reach = min(stop + 1, len(reading.blocks))
    inline = next((i for i in range(reach) if _inline_points(reading, i)), None)
    if inline is not None:
        dek = None if reading.dek == inline else reading.dek
        return _take_highlights(replace(reading, dek=dek), None, [inline])
    for index in range(len(reading.blocks)):
        block = reading.blocks[index]
        if block.kind not in ("highlights_header", "dek_label"):
            continue
        # A standfirst label over one paragraph labels the dek; over several
        # short lines, key points ("The big picture" and three lines), the
        # first of which the dek pass took.
        under = _without_dek_under(reading, index) if block.kind == "dek_label" else reading
        items = _items_after(under, index, header_zone=index < stop)
        if block.kind == "dek_label" and len(items) < 2:
            continue
        if items:
            return _take_highlights(under, index, items)
    subheads = [] if reading.title is None else subheads_under(reading, reading.title)
    if subheads:
        dek = None if reading.dek in subheads else reading.dek
        return _take_highlights(replace(reading, dek=dek), None, subheads)
    first_bullets = next(
        (i for i in range(stop) if reading.labels[i] == "bullet" and _after_title(reading, i)), None
    )
    # A numbered heading over the story's first paragraph is no key point.
    if first_bullets is not None and numbered_alone(reading, first_bullets):
        first_bullets = None
    if first_bullets is not None:
        items = _bullet_run(reading, first_bullets)
        if items:
            return _take_highlights(reading, None, items)
    return reading


def _without_dek_under(reading: Reading, label: int) -> Reading:
    """The reading with the dek under this label made pending again."""
    dek = reading.dek
    if dek is None or dek != label + 1:
        return reading
    return replace(reading, dek=None).relabel({dek: "pending"})


def _inline_points(reading: Reading, index: int) -> bool:
    """A line above the story holding a highlights label and its points (one or more)."""
    text = reading.blocks[index].text
    label = _INLINE_LABEL.match(text)
    usable = reading.labels[index] in ("pending", "dek") and reading.blocks[index].kind == "text"
    return bool(label and usable and _split_run_together(text[label.end() :]))


def _after_title(reading: Reading, index: int) -> bool:
    return reading.title is None or index > reading.title


# Lines that open a box of their own ("Contents", "Related", "More from us",
# another label): the key points end above them, whatever bullets follow.
BOX_OPENING_KINDS = frozenset(
    {"box_label", "share_start", "chrome_start", "highlights_header", "end_matter"}
)


def _bullet_run(reading: Reading, start: int) -> list[int]:
    """The bullets from ``start`` on, over chrome between them (an ad label), up
    to the story or the label of another box."""
    items: list[int] = []
    index = start
    while index < len(reading.blocks):
        kind = reading.blocks[index].kind
        if kind == "bullet" and numbered_heading_after(reading, start, index):
            break
        if kind == "bullet" and _other_list(reading, items, index):
            break
        if kind == "bullet":
            items.append(index)
        elif reading.labels[index] != "chrome" or kind in BOX_OPENING_KINDS:
            break
        index += 1
    return items


def _other_list(reading: Reading, items: list[int], index: int) -> bool:
    """A bullet that starts another list run on under the points: numbered
    after glyphs (or glyphs after numbers), or a headline with no stop after
    points that are all sentences (a rail of links pasted under the box)."""
    if len(items) < MIN_POINTS:
        return False
    numbered = reading.blocks[index].glyph[:1].isdigit()
    if any(reading.blocks[i].glyph[:1].isdigit() != numbered for i in items):
        return True
    sentences = all(reading.features[i].ends_sentence for i in items)
    return sentences and not reading.features[index].ends_sentence


def _items_after(reading: Reading, header: int, header_zone: bool) -> list[int]:
    following = header + 1
    while (
        following < len(reading.blocks)
        and reading.labels[following] == "chrome"
        and reading.blocks[following].kind not in ("text", "bullet")
    ):
        following += 1
    if following >= len(reading.blocks):
        return []
    if reading.blocks[following].kind == "bullet":
        return _bullet_run(reading, following)
    if not header_zone:
        return points_in_the_body(reading, header, following)
    run = reading.blocks[following].run
    lines: list[int] = []
    for index in range(following, len(reading.blocks)):
        block = reading.blocks[index]
        if block.run != run:
            break
        if block.kind != "text" or reading.labels[index] not in ("pending",):
            break
        if reading.features[index].words > HIGHLIGHT_MAX_WORDS:
            break
        if lines and shape_changes(reading, lines, index):
            break
        lines.append(index)
    if len(lines) < 2:
        lines = spaced_items(reading, following)
    return lines if len(lines) >= 2 and story_below(reading, lines) else []


def spaced_items(reading: Reading, start: int) -> list[int]:
    """Key points without bullets, a blank line between them: short lines, up to
    the first longer paragraph or a change of shape (which must follow: it is
    the story)."""
    items: list[int] = []
    for index in range(start, len(reading.blocks)):
        feats = reading.features[index]
        if reading.labels[index] in ("meta", "chrome"):
            return items
        if reading.labels[index] != "pending" or reading.blocks[index].kind != "text":
            break
        if items and much_longer(reading, items, index):
            return items
        if feats.words > SPACED_ITEM_MAX_WORDS or len(items) >= SPACED_ITEMS_MAX:
            return items
        items.append(index)
    return []


def _take_highlights(reading: Reading, header: int | None, items: list[int]) -> Reading:
    texts: list[str] = []
    changes: dict[int, Label] = {} if header is None else {header: "chrome"}
    kept: list[int] = []
    for index in items:
        changes[index] = "chrome"
        text = reading.blocks[index].text
        for piece in _split_run_together(_INLINE_LABEL.sub("", text)):
            rule = classify(piece)
            if rule is not None and rule.kind not in ("text", "meta", "bullet"):
                continue
            texts.append(piece)
            kept.append(index)
    for index in set(kept):
        changes[index] = "highlight"
    reading = replace(reading, highlights=without_enumerators(tuple(texts)))
    if reading.lead is not None and reading.lead in items:
        reading = replace(reading, lead=next_good(reading.relabel(changes), max(items) + 1))
    return reading.relabel(changes)


_GLYPHS = re.compile(r"\s*[•▪◦‣●■►▸]\s*")
# "Summary: - First point - Second point": dashes as the glyphs, spaced.
_DASHED = re.compile(r"(?:^|\s)[-–]\s+")


def _split_run_together(text: str) -> list[str]:
    """ "First point• Second point": bullets pasted on one line."""
    glyphs = _DASHED if _DASHED.match(text.lstrip()) else _GLYPHS
    return [p.strip() for p in glyphs.split(text.lstrip()) if p.strip()]
