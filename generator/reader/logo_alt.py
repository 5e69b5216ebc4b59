"""A masthead's logo word with the logo's alt text under it ("Harbourline" /
"Harbourline Business logo"): the alt text spells the site's full name."""

from __future__ import annotations

import re

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
