"""The first passes after the boxes of links (``boxes.py``): lines printed
twice, and the lead, the first paragraph of prose."""

from __future__ import annotations

import re
from dataclasses import replace

from .boxes import CONTENTS_RULES
from .bylines import read_names
from .datelines import split_dateline
from .names import is_person
from .outlets import is_outlet, is_outlet_shaped
from .reading import (
    TITLE_MAX_WORDS,
    Label,
    Reading,
    is_good,
    numbered_alone,
)
from .title_shapes import names_a_writer
from .turn_lines import turn_lines

# --- Passes -------------------------------------------------------------------


def drop_repeats(reading: Reading) -> Reading:
    """A line printed twice or more that is not prose of the body (a caption under
    a picture and again in the text, a letterhead and the footer): chrome, except
    a headline's repeats, which the title pass reads, and the names over a
    transcript's turns."""
    changes: dict[int, Label] = {}
    listed = _contents_entries(reading)
    turns = turn_lines(reading)
    for index, feats in enumerate(reading.features):
        if index in turns:
            continue
        if feats.repeats > 1 and reading.labels[index] in ("pending", "bullet") and feats.words:
            copies = [
                i for i, f in enumerate(reading.features) if f.key == feats.key and i != index
            ]
            # A heading printed again in the table of contents is still the heading.
            if not all(i in listed for i in copies):
                changes[index] = "chrome"
    return reading.relabel(changes)


def _contents_entries(reading: Reading) -> set[int]:
    """The lines a table of contents took: run on after a contents label."""
    entries: set[int] = set()
    for index, block in enumerate(reading.blocks):
        if block.kind != "box_label" or block.rule not in CONTENTS_RULES:
            continue
        after = index + 1
        while (
            after < len(reading.blocks)
            and reading.blocks[after].run == block.run
            and reading.labels[after] == "chrome"
        ):
            entries.add(after)
            after += 1
    return entries


def find_lead(reading: Reading) -> Reading:
    """The first prose block: the body starts here (unless it is the dek). A
    sentence above a headline-shaped line that a byline or date follows is an
    image caption, not the lead."""
    changes: dict[int, Label] = {}
    for index in range(len(reading.blocks)):
        if not is_good(reading, index):
            continue
        if (
            _headline_follows(reading, index)
            or _caption_over_points(reading, index)
            or _tagline_under_name(reading, index)
        ):
            changes[index] = "chrome"
            continue
        if _byline_follows(reading, index):
            continue
        return replace(reading.relabel(changes), lead=index)
    # A short seed with no paragraph of prose: the first sentence after a line
    # that can be its headline.
    sentences = [
        i
        for i in range(len(reading.blocks))
        if reading.labels[i] == "pending" and reading.features[i].sentence
    ]
    lead = next((i for i in sentences if any(_could_be_title(reading, j) for j in range(i))), None)
    if lead is None:
        lead = _first_item_paragraph(reading)
    return replace(reading.relabel(changes), lead=lead)


def _first_item_paragraph(reading: Reading) -> int | None:
    """A story told in numbered paragraphs with no other prose (a newsletter's
    "1. GHANA. The commission said …"): its first item that is a paragraph."""
    return next(
        (
            i
            for i, block in enumerate(reading.blocks)
            if block.kind == "bullet"
            and block.glyph[:1].isdigit()
            and reading.labels[i] in ("pending", "bullet")
            and reading.features[i].prose
            and any(_could_be_title(reading, j) for j in range(i))
        ),
        None,
    )


# Lines naming a publication that its tagline follows ("Discover more from X" /
# "Weekly notes on magnets, metals and the trade war.").
TAGLINE_AFTER_RULES = frozenset({"discover_more", "newsletter_masthead"})
TAGLINE_MAX_WORDS = 20


def _tagline_under_name(reading: Reading, index: int) -> bool:
    """A short sentence that reports nothing, right under a line naming the
    publication: its tagline, not the lead."""
    if index == 0 or reading.blocks[index - 1].rule not in TAGLINE_AFTER_RULES:
        return False
    text = reading.blocks[index].text
    return reading.features[index].words <= TAGLINE_MAX_WORDS and not _REPORTING.search(text)


# An image's caption under the byline is no longer than this.
CAPTION_OVER_POINTS_MAX_WORDS = 30
# Words a story's lead reports with; a caption describes a picture.
_REPORTING = re.compile(
    r"(?i)\b(?:said|says|told|announced|according|reported|added|stated|plans?|will|would)\b"
)


def _caption_over_points(reading: Reading, index: int) -> bool:
    """Under the byline or date, a short sentence that reports nothing, then a
    run of bullets, then the story: the picture's caption over the key points
    ("Workers at the plant in Kalgoorlie in March." over "• Lynas received …")."""
    feats = reading.features[index]
    if feats.words > CAPTION_OVER_POINTS_MAX_WORDS or not feats.ends_sentence:
        return False
    if index == 0 or reading.labels[index - 1] != "meta":
        return False
    if _REPORTING.search(reading.blocks[index].text) or split_dateline(reading.blocks[index].text):
        return False
    after = index + 1
    if after >= len(reading.blocks) or reading.labels[after] != "bullet":
        return False
    # "1) Licences come back" over a paragraph: the story's first numbered heading.
    if numbered_alone(reading, after):
        return False
    while after < len(reading.blocks) and reading.labels[after] in ("bullet", "chrome"):
        after += 1
    return after < len(reading.blocks) and is_good(reading, after)


def _could_be_title(reading: Reading, index: int) -> bool:
    feats = reading.features[index]
    return reading.labels[index] == "pending" and feats.words >= 2 and not feats.sentence


HEADLINE_LOOKAHEAD = 4
# A headline or standfirst that ends with a full stop is no longer than this.
STANDFIRST_MAX_WORDS = 40


def _byline_follows(reading: Reading, index: int) -> bool:
    """A short paragraph with a byline or date straight under it (furniture
    aside) and more prose further down: a headline or standfirst, not the lead."""
    if reading.features[index].words > STANDFIRST_MAX_WORDS:
        return False
    # "London, 7 April (MetalDesk) — …": a dateline opens the story itself.
    if split_dateline(reading.blocks[index].text) is not None:
        return False
    after = index + 1
    # The writer's name and job or profile line between them are furniture too.
    while after < len(reading.blocks) and (
        reading.labels[after] == "chrome" or names_a_writer(reading, after)
    ):
        after += 1
    if after >= len(reading.blocks) or reading.labels[after] != "meta":
        return False
    return any(
        reading.labels[i] == "pending" and reading.features[i].prose
        for i in range(after + 1, len(reading.blocks))
    )


def _writers(text: str) -> bool:
    """ "Katharina Holzmann, Jonas Brückner" over the date: two writers' names, no
    headline."""
    return ("," in text or " and " in text) and read_names(text) is not None


# "Priya Raman · NWT News ·", "Ann Lee | Mining Ledger": a name and the outlet.
_BYLINE_PARTS = re.compile(r"\s*(?:·|\||•)\s*")


def _writer_and_outlet(text: str) -> bool:
    """A writer's name, then the outlet's name after a dot or bar: a byline with
    no "By", never a headline."""
    parts = [p for p in _BYLINE_PARTS.split(text) if p]
    return (
        len(parts) >= 2
        and is_person(parts[0])
        and all(is_outlet_shaped(p) for p in parts[1:])
        and not is_outlet(parts[0])
    )


def _headline_follows(reading: Reading, index: int) -> bool:
    """Within a few blocks, and before more prose: a headline-shaped line, then a
    metadata line."""
    stop = min(len(reading.blocks), index + 1 + HEADLINE_LOOKAHEAD)
    for other in range(index + 1, stop):
        # (a byline straight under the sentence: its own, the sentence a standfirst)
        if is_good(reading, other) or (other == index + 1 and reading.labels[other] == "meta"):
            return False
        feats = reading.features[other]
        if reading.labels[other] != "pending" or not 4 <= feats.words <= TITLE_MAX_WORDS:
            continue
        # A writer's job or profile line, or writers' names, over the date is no headline.
        if (
            feats.ends_sentence
            or feats.ends_colon
            or names_a_writer(reading, other)
            or _writers(reading.blocks[other].text)
            or _writer_and_outlet(reading.blocks[other].text)
        ):
            continue
        after = other + 1
        while after < len(reading.blocks) and reading.labels[after] == "chrome":
            after += 1
        if after < stop + 2 and after < len(reading.blocks) and reading.labels[after] == "meta":
            return True
    return False
