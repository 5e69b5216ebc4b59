"""A photo gallery's slides among the story: a counter on a line of its own
after a blank line ("1 of 14", "Image 3 of 12"), then the picture's caption,
its credit and its buttons, run on without a blank line; the whole slide is
chrome."""

from __future__ import annotations

import re

from .reading import Label, Reading

# A slide's counter alone on its line.
_COUNTER = re.compile(r"(?i)(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}")
# A slide is its counter and this many lines at most.
SLIDE_MAX_LINES = 4


def mark_gallery_slides(reading: Reading) -> Reading:
    """Every line that runs on under a slide's counter (same run, no blank line
    between) is the slide's caption, credit or button: chrome."""
    changes: dict[int, Label] = {}
    for index, block in enumerate(reading.blocks):
        # (the counter opens its slide: a blank line above it)
        opens = index == 0 or reading.blocks[index - 1].run != block.run
        if _COUNTER.fullmatch(block.text.strip()) is None:
            continue
        if _credit_under(reading, index) and _caption_over(reading, index):
            changes[index - 1] = "chrome"
        if not opens:
            continue
        slide = _run_after(reading, index)
        # (a page pasted without blank lines is one run: no slide to mark)
        if len(slide) <= SLIDE_MAX_LINES:
            changes.update(dict.fromkeys(slide, "chrome"))
    return reading.relabel(changes) if changes else reading


def _credit_under(reading: Reading, index: int) -> bool:
    """The counter over the picture's credit ("Photograph: NAME")."""
    return index + 1 < len(reading.blocks) and reading.blocks[index + 1].kind == "caption"


# A caption over its slide's counter is no longer than this.
CAPTION_MAX_WORDS = 40


def _caption_over(reading: Reading, index: int) -> bool:
    """ "Workers sort recovered magnets …" / "2 / 8" / "Photograph: …": the line
    over a slide's counter and credit is the picture's caption, in a page pasted
    without blank lines too."""
    above = index - 1
    return (
        above >= 0
        and above not in (reading.title, reading.dek)
        and reading.blocks[above].run == reading.blocks[index].run
        and reading.labels[above] == "pending"
        and reading.blocks[above].kind == "text"
        and reading.features[above].words <= CAPTION_MAX_WORDS
    )


def _run_after(reading: Reading, index: int) -> list[int]:
    """The blocks after ``index`` in its run (no blank line between)."""
    run = reading.blocks[index].run
    after: list[int] = []
    for other in range(index + 1, len(reading.blocks)):
        if reading.blocks[other].run != run:
            break
        after.append(other)
    return after
