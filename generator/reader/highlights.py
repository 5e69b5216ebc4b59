"""The page's key points: under a highlights label, straight under the
headline, or a labelled list further down, split where they ran together."""

from __future__ import annotations

import re
from dataclasses import replace

from .heading_cues import numbered_heading_after
from .headings import is_title_cased
from .labels import INLINE_POINTS as _INLINE_LABEL
from .labels import NAMED_HIGHLIGHTS
from .links import is_list_item
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


# Lines that open a box of their own ("Contents", "Related", another label):
# the key points end above them, whatever bullets follow.
BOX_OPENING_KINDS = frozenset({"box_label", "share_start", "chrome_start", "highlights_header"})


def _bullet_run(reading: Reading, start: int) -> list[int]:
    """The bullets from ``start`` on, over chrome between them (an ad label), up
    to the story or the label of another box."""
    items = []
    index = start
    while index < len(reading.blocks):
        kind = reading.blocks[index].kind
        if kind == "bullet" and numbered_heading_after(reading, start, index):
            break
        if kind == "bullet":
            items.append(index)
        elif reading.labels[index] != "chrome" or kind in BOX_OPENING_KINDS:
            break
        index += 1
    return items


def _story_below(reading: Reading, items: list[int]) -> bool:
    """Whether prose of the story is still left below these lines: key points
    never take the whole story (a label whose box did not copy, over the
    story's paragraphs)."""
    return any(
        reading.labels[i] == "pending" and reading.features[i].prose
        for i in range(max(items) + 1, len(reading.blocks))
    )


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
        return _points_in_the_body(reading, header, following)
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
        if lines and _shape_changes(reading, lines, index):
            break
        lines.append(index)
    if len(lines) < 2:
        lines = spaced_items(reading, following)
    return lines if len(lines) >= 2 and _story_below(reading, lines) else []


NAMED_LABEL = re.compile(NAMED_HIGHLIGHTS, re.IGNORECASE)


# Labels of a box, never of a section of the story: under one of them at the
# end, sentences without bullets are the page's key points ("Quick facts").
# ("Key takeaways" at the end of a recap may head its last section.)
CLOSING_BOX_LABELS = frozenset({"quick facts", "fast facts", "key facts", "at a glance"})


def _closing_box(reading: Reading, header: int, start: int) -> list[int]:
    """ "Quick facts" and short sentences without bullets that end the story (a
    government release's facts after its quotes): its key points."""
    if reading.blocks[header].text.strip(" :").casefold() not in CLOSING_BOX_LABELS:
        return []
    items: list[int] = []
    # (the box ends at the first line that is no sentence: a label, links)
    for index in range(start, len(reading.blocks)):
        feats = reading.features[index]
        if reading.labels[index] != "pending" or reading.blocks[index].kind != "text":
            break
        if not feats.sentence:
            break
        if feats.words > SPACED_ITEM_MAX_WORDS or len(items) >= SPACED_ITEMS_MAX:
            return []
        items.append(index)
    if len(items) < MIN_POINTS:
        return []
    return [] if _story_below(reading, items) else items


def _points_in_the_body(reading: Reading, header: int, start: int) -> list[int]:
    """Under a "Highlights:" label in the story, lines without bullets: short
    lines that are not prose, up to the story going on."""
    # (a release's "Contract and Expansion Highlights" in title case needs no colon)
    label = reading.blocks[header].text.rstrip()
    named = NAMED_LABEL.fullmatch(label) is not None and is_title_cased(label)
    # "Key facts" / "In the September quarter, compared with June:" / "goods
    # exports rose …": the box's lead-in over its points, which go on from it.
    lead_in = _lead_in(reading, start)
    if lead_in:
        start += 1
    elif not label.endswith(":") and not named:
        return _closing_box(reading, header, start)
    items: list[int] = []
    for index in range(start, len(reading.blocks)):
        feats = reading.features[index]
        if reading.labels[index] != "pending" or reading.blocks[index].kind != "text":
            break
        item = is_list_item(reading.blocks[index].text) if lead_in else not feats.prose
        if not item or feats.words > SPACED_ITEM_MAX_WORDS or len(items) >= SPACED_ITEMS_MAX:
            break
        items.append(index)
    if len(items) < MIN_POINTS and label.endswith(":"):
        items = _sentence_points(reading, start)
    return items if len(items) >= MIN_POINTS else []


def _sentence_points(reading: Reading, start: int) -> list[int]:
    """Under a label ending in a colon in the story ("Key takeaways from the
    discussion:"), short sentences up to a paragraph much longer than each of
    them, which the story goes on with: its key points."""
    items: list[int] = []
    for index in range(start, len(reading.blocks)):
        feats = reading.features[index]
        if reading.labels[index] != "pending" or reading.blocks[index].kind != "text":
            return []
        if items and _much_longer(reading, items, index):
            return items
        if not feats.sentence or feats.words > SPACED_ITEM_MAX_WORDS:
            return []
        if len(items) >= SPACED_ITEMS_MAX:
            return []
        items.append(index)
    return []


LEAD_IN_MAX_WORDS = 25


def _lead_in(reading: Reading, index: int) -> bool:
    """A line ending with a colon over lines in lower case that go on from it."""
    after = index + 1
    return (
        after < len(reading.blocks)
        and reading.labels[index] == "pending"
        and reading.blocks[index].text.rstrip().endswith(":")
        and reading.features[index].words <= LEAD_IN_MAX_WORDS
        and is_list_item(reading.blocks[after].text)
    )


def _shape_changes(reading: Reading, items: list[int], index: int) -> bool:
    """Key points share a shape: after points that are not prose, a paragraph of
    prose is the story's lead (pasted with no blank line above it); after points
    that are sentences, a line that is not one is a label or a promo; a paragraph
    much longer than every point is the lead."""
    feats = reading.features[index]
    if feats.prose and not any(reading.features[i].prose for i in items):
        return True
    if not feats.sentence and all(reading.features[i].sentence for i in items):
        return True
    return _much_longer(reading, items, index)


def _much_longer(reading: Reading, items: list[int], index: int) -> bool:
    """A paragraph of prose much longer than every key point above it: the lead."""
    feats = reading.features[index]
    longest = max(reading.features[i].words for i in items)
    return feats.prose and feats.words > POINT_GROWTH * longest


# The lead is this many times longer than the longest key point, or more.
POINT_GROWTH = 1.4
SPACED_ITEM_MAX_WORDS = 30
# A box holds two points or more (one bullet alone is a summary of its own).
MIN_POINTS = 2
SPACED_ITEMS_MAX = 8


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
        if items and _much_longer(reading, items, index):
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
    reading = replace(reading, highlights=tuple(texts))
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
