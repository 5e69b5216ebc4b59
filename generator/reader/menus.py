"""A site's menus, near its name at the top of the page: a row of one-word
entries ("Nation Business World Opinion"), a short line between two entries,
and a menu row's first item when it is a name rather than a section.
"""

from __future__ import annotations

import re

from .headings import is_title_cased
from .reading import Reading
from .words import OUTLET_WORDS, is_section_label

# A menu's entry: this many words at most ("About Us", "Press Releases").
MENU_MAX_WORDS = 3


# A menu written as one row without separators ("Science Maps Data News"):
# this many entries at least, nearly all of them sections' names.
MENU_RUN_MIN_WORDS = 4
MENU_RUN_SECTION_SHARE = 0.75


def is_menu_run(text: str) -> bool:
    """ "Nation Business World Opinion Lifestyle": a row of one-word menu entries,
    most of them sections' names, which no outlet's name is."""
    words = text.split()
    if len(words) < MENU_RUN_MIN_WORDS or not all(w[:1].isupper() for w in words):
        return False
    sections = [is_section_label(w) for w in words]
    # "Asia Business News Network": an outlet's own word ends a name, not a menu.
    if any(
        w.lower() in OUTLET_WORDS and not section
        for w, section in zip(words, sections, strict=True)
    ):
        return False
    return sum(sections) >= MENU_RUN_SECTION_SHARE * len(words)


def in_menu(reading: Reading, index: int) -> bool:
    """A short line between two menu entries ("About Us", "Press Office",
    "Press Releases") is one too, not the site's name."""
    around = (index - 1, index + 1)
    return reading.features[index].words <= MENU_MAX_WORDS and all(
        0 <= i < len(reading.blocks)
        and reading.labels[i] == "chrome"
        and reading.features[i].words <= MENU_MAX_WORDS
        for i in around
    )


MENU_ROW_MIN_ITEMS = 3


def menu_head(text: str) -> str | None:
    """The first item of a menu row of three items and more, when it is a name
    rather than a section ("Home", "Markets")."""
    items = [i.strip() for i in re.split(r"\s+[|›»]\s+", text)]
    head = items[0]
    if len(items) < MENU_ROW_MIN_ITEMS or is_section_label(head) or not head[:1].isupper():
        return None
    return head if len(head.split()) <= MENU_HEAD_MAX_WORDS and is_title_cased(head) else None


MENU_HEAD_MAX_WORDS = 3
