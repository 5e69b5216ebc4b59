"""A masthead's logo word with the logo's alt text under it ("Harbourline" /
"Harbourline Business logo"): the alt text spells the site's full name."""

from __future__ import annotations

import re

from .reading import Reading
from .words import is_section_label

# "Harbourline Business logo", "Logo: Harbourline Business": an image's alt text.
_ALT = re.compile(
    r"(?i)^(?:logo\s*:\s*)?(?P<name>[A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){1,4}?)(?:\s+logo)?$"
)
ALT_MAX_WORDS = 5


def alt_text_name(word: str, alt: str) -> str | None:
    """The name an alt text gives the logo word above it: the word's own name
    extended ("Harbourline" → "Harbourline Business"), when the line is marked
    as a logo's; None otherwise."""
    word, alt = word.strip(), alt.strip()
    if " " in word or not word[:1].isupper() or "logo" not in alt.lower():
        return None
    found = _ALT.fullmatch(alt)
    if found is None:
        return None
    name = found["name"]
    if not name.startswith(word + " ") or len(name.split()) > ALT_MAX_WORDS:
        return None
    return name if all(w[:1].isupper() or w == "&" for w in name.split()) else None


# Furniture where a site names itself: its copyright, "More from X", "About X".
_OWN_FURNITURE = re.compile(
    r"(?i)©|copyright|all rights reserved|\b(?:more from|about|follow|subscribe to|advertise with"
    r"|contact|join)\s|\b(?:newsletters?|app|podcasts?|staff|team)\b"
)
# The site's name as the page's own lines give it, under the others' ranks.
ONE_WORD_MASTHEAD_SOURCE = 7


def read_one_word_masthead(reading: Reading) -> Reading:
    """A one-word first line ("Forbes") that the page's own furniture names
    again, above the headline or under the story ("Subscribe to Forbes", "More
    From Forbes", "© 2026 Forbes Media LLC"): the site's name, not a menu's entry."""
    stop = reading.title if reading.title is not None else 0
    first = next((i for i in range(stop) if reading.blocks[i].kind == "text"), None)
    if first is None or any(p == ONE_WORD_MASTHEAD_SOURCE for p, _ in reading.sources):
        return reading
    word = reading.blocks[first].text.strip()
    if " " in word or not word[:1].isupper() or not word.isalpha() or is_section_label(word):
        return reading
    end = max((i for i, label in enumerate(reading.labels) if label == "body"), default=stop)
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    named = any(
        reading.labels[i] == "chrome"
        and pattern.search(reading.blocks[i].text)
        and _OWN_FURNITURE.search(reading.blocks[i].text)
        for i in (*range(first + 1, stop), *range(end + 1, len(reading.blocks)))
    )
    return reading.with_source(ONE_WORD_MASTHEAD_SOURCE, word) if named else reading
