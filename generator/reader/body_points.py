"""Key points inside the story, under a label that has no bullets under it:
points in lower case under a lead-in, sentences under a label ending in a colon,
a closing box of facts, a box of sentences closed by the page's furniture; and
what every box of points shares (its size, the lead much longer than a point)."""

from __future__ import annotations

import re

from .headings import is_title_cased
from .labels import NAMED_HIGHLIGHTS, POINTS_WORDS
from .links import is_list_item
from .reading import Reading, heading_shaped
from .words import words_of


def story_below(reading: Reading, items: list[int]) -> bool:
    """Whether prose of the story is still left below these lines: key points
    never take the whole story (a label whose box did not copy, over the
    story's paragraphs)."""
    return any(
        reading.labels[i] == "pending" and reading.features[i].prose
        for i in range(max(items) + 1, len(reading.blocks))
    )


NAMED_LABEL = re.compile(NAMED_HIGHLIGHTS, re.IGNORECASE)


# Labels of a box, never of a section of the story: under one of them at the
# end, sentences without bullets are the page's key points ("Quick facts").
# ("Key takeaways" at the end of a recap may head its last section.)
CLOSING_BOX_LABELS = frozenset({"quick facts", "fast facts", "key facts", "at a glance"})


def _closing_box(reading: Reading, header: int, start: int) -> list[int]:
    """ "Quick facts" and short sentences without bullets that end the story (a
    government release's facts after its quotes): its key points (over its
    quotes, a section of the release)."""
    items: list[int] = []
    # (the box ends at the first line that is no sentence: a label, links)
    for index in range(start, len(reading.blocks)):
        feats = reading.features[index]
        if reading.labels[index] != "pending" or reading.blocks[index].kind != "text":
            break
        if not feats.sentence:
            break
        if not _room_for(items, feats.words):
            return []
        items.append(index)
    if len(items) < MIN_POINTS:
        return []
    return [] if story_below(reading, items) else items


# The furniture that closes a side box of facts in mid-story ("At a glance" …
# "Share"): a share row or another box's label, never a release's own section
# label ("Quick Facts" … "Quotes", which heads its section).
SIDE_BOX_CLOSING_KINDS = frozenset({"share_start", "box_label"})
SIDE_BOX_CLOSING_RULES = frozenset({"share_buttons", "share_this", "share_on"})


def _closes_side_box(reading: Reading, index: int) -> bool:
    block = reading.blocks[index]
    return block.kind in SIDE_BOX_CLOSING_KINDS or block.rule in SIDE_BOX_CLOSING_RULES


def _boxed_sentences(
    reading: Reading, header: int, start: int, side_box: bool = False
) -> list[int]:
    """ "Highlights" / "In brief" in the story over short sentences without
    bullets, closed by the page's furniture ("Download the data", "Tags") or the
    page's end (a label naming points, "Key points", "Highlights", also by the
    next section's heading): the box's points, whatever story goes on below
    (not "Quick facts" and its kind, which head a release's section but at its
    end: ``_closing_box``, or closed by a share row, ``side_box``)."""
    items: list[int] = []
    names_points = not side_box and bool(POINTS_WORDS & set(words_of(reading.blocks[header].text)))
    for index in range(start, len(reading.blocks)):
        feats = reading.features[index]
        if reading.labels[index] != "pending" or reading.blocks[index].kind != "text":
            closed = reading.labels[index] == "chrome" and len(items) >= MIN_POINTS
            return items if closed and (not side_box or _closes_side_box(reading, index)) else []
        # (a label naming its points, "Key points", closed by the next section's heading)
        if (
            names_points
            and len(items) >= MIN_POINTS
            and heading_shaped(reading.blocks[index], feats)
        ):
            return items
        if not feats.sentence or not _room_for(items, feats.words):
            return []
        items.append(index)
    return items if len(items) >= MIN_POINTS else []


def points_in_the_body(reading: Reading, header: int, start: int) -> list[int]:
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
        if reading.blocks[header].text.strip(" :").casefold() in CLOSING_BOX_LABELS:
            return _closing_box(reading, header, start) or _boxed_sentences(
                reading, header, start, side_box=True
            )
        return _boxed_sentences(reading, header, start)
    items: list[int] = []
    for index in range(start, len(reading.blocks)):
        feats = reading.features[index]
        if reading.labels[index] != "pending" or reading.blocks[index].kind != "text":
            break
        item = is_list_item(reading.blocks[index].text) if lead_in else not feats.prose
        if not item or not _room_for(items, feats.words):
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
        if items and much_longer(reading, items, index):
            return items
        if not feats.sentence or not _room_for(items, feats.words):
            return []
        items.append(index)
    return []


LEAD_IN_MAX_WORDS = 25


def _room_for(items: list[int], words: int) -> bool:
    """Whether a box of spaced points takes one more line of that many words."""
    return words <= SPACED_ITEM_MAX_WORDS and len(items) < SPACED_ITEMS_MAX


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


def shape_changes(reading: Reading, items: list[int], index: int) -> bool:
    """Key points share a shape: after points that are not prose, a paragraph of
    prose is the story's lead (pasted with no blank line above it); after points
    that are sentences, a line that is not one is a label or a promo; a paragraph
    much longer than every point is the lead."""
    feats = reading.features[index]
    if feats.prose and not any(reading.features[i].prose for i in items):
        return True
    if not feats.sentence and all(reading.features[i].sentence for i in items):
        return True
    return much_longer(reading, items, index)


def much_longer(reading: Reading, items: list[int], index: int) -> bool:
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
