"""Shapes of the lines around a headline: its copy with the site's name after it
or at the end of a breadcrumb trail, a standfirst under it, the line a badge
took, and a site's name over its tagline."""

from __future__ import annotations

import re

from .features import repeat_key
from .headings import is_title_cased
from .reading import BADGE_RULES, SHORT_TITLE_WORDS, TAGLINE, TITLE_MAX_WORDS, Reading


def variant_of(text: str, title: str) -> str | None:
    """The suffix when ``text`` is ``title`` with a site or section name after it
    ("Headline – Commodities – The Ore Observer": the section between them;
    "*Headline* - Outlet https://…": a chat's share, its link after)."""
    key = repeat_key(title)
    for separator in (" - ", " – ", " — ", " | ", " :: ", " · "):
        # "Mining Herald - Headline": the site's name first.
        prefix, sep, rest = text.partition(separator)
        if sep and repeat_key(rest) == key and 0 < len(prefix.split()) <= VARIANT_SUFFIX_MAX_WORDS:
            return prefix.strip()
        head, sep, suffix = _SHARED_LINK.sub("", text).rpartition(separator)
        if not sep or not 0 < len(suffix.split()) <= VARIANT_SUFFIX_MAX_WORDS:
            continue
        inner, middle_sep, middle = head.rpartition(separator)
        section = middle_sep and len(middle.split()) <= VARIANT_SECTION_MAX_WORDS
        if repeat_key(head) == key or (section and repeat_key(inner) == key):
            return suffix.strip()
    return None


VARIANT_SUFFIX_MAX_WORDS = 6
VARIANT_SECTION_MAX_WORDS = 3
_SHARED_LINK = re.compile(r"\s+https?://\S+$")


TRAIL_STEPS = (" » ", " › ", " > ", " / ", " | ")


def ends_trail(text: str, title: str) -> bool:
    """ "Home » Commodities » Headline": a breadcrumb trail ending with the
    headline printed under it."""
    for step in TRAIL_STEPS:
        head, sep, last = text.rpartition(step)
        if sep and head.strip() and repeat_key(last) == repeat_key(title):
            return True
    return False


def taken_by_a_badge(reading: Reading, stop: int) -> list[int]:
    """With no line left to be the headline: the headline-shaped line straight
    under a badge, which the badge took as a box of links."""
    found = []
    for index in range(1, stop):
        feats = reading.features[index]
        if (
            reading.blocks[index - 1].rule not in BADGE_RULES
            or reading.blocks[index].kind != "text"
        ):
            continue
        if SHORT_TITLE_WORDS <= feats.words <= TITLE_MAX_WORDS and not feats.ends_sentence:
            found.append(index)
    return found


def standfirst_shaped(reading: Reading, index: int) -> bool:
    """A standfirst reads as a sentence; a line in title case with a short line
    above it is the headline under a label ("Energy Security Program"), but
    under a long headline in title case, at least as long as it (an office's
    or a company's name over a headline is shorter), its standfirst."""
    text = reading.blocks[index].text
    above = reading.blocks[index - 1].text if index > 0 else ""
    upper = reading.features[index - 1].words
    longest = max(TITLE_CASED_HEADLINE_WORDS, reading.features[index].words)
    title_cased_pair = upper >= longest and is_title_cased(above)
    return reading.features[index].ends_sentence or not is_title_cased(text) or title_cased_pair


# A line in title case this long is a headline, not a label over one.
TITLE_CASED_HEADLINE_WORDS = 6


def site_banner(reading: Reading, index: int) -> bool:
    """The first line of text: a title-cased name, then a lower-case tagline."""
    first = next((i for i, b in enumerate(reading.blocks) if b.kind == "text"), None)
    if index != first:
        return False
    parts = TAGLINE.split(reading.blocks[index].text, maxsplit=1)
    return (
        len(parts) == 2
        and len(parts[0].split()) <= 5
        and is_title_cased(parts[0])
        and parts[1][:1].islower()
    )
