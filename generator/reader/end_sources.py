"""Sources named below the story or in its voice: a sender's name over its
postal address, a known publication speaking in its own name, the issuer a
site's "Source:" line names under a release it carries."""

from __future__ import annotations

import re

from .headings import is_title_cased
from .issuer import LEGAL_FORMS
from .names import is_person
from .outlets import house_line, house_voice
from .reading import Reading

# A sender's name over its postal address ranks with a copyright line's.
ADDRESS_SOURCE = 4
SENDER_MAX_WORDS = 10


# An address's first line, which the address-line rule leaves to the line under
# it: a house number and a street ("700 W Jefferson St, Second Floor", "State
# Capitol, 200 West 24th Street") or a building, a box, a suite, a floor.
_STREET = re.compile(
    r"\b\d{1,5}[a-z]?(?:-\d{1,5})? (?:[\w.'’]+ ){0,4}(?:street|st|avenue|ave|road|rd|boulevard"
    r"|blvd|drive|dr|lane|ln|way|place|pl|square|sq|terrace|parkway|pkwy|highway|hwy|nw|ne|sw|se"
    # ("2125 Rayburn House Office Building": a numbered building)
    r"|building|bldg|tower|plaza)\b"
    r"|\bp\.? ?o\.? box\b|\b(?:suite|level|unit) \d|\b\w+ floor\b|\w(?:straße|strasse|gasse|weg|plein) \d",
    re.IGNORECASE,
)


def is_street_line(text: str) -> bool:
    return _STREET.search(text) is not None


def read_sender(reading: Reading) -> Reading:
    """Below the story, the name over a postal address ("Office of the United
    States Trade Representative" over "600 17th Street NW") sent the page."""
    last = max((i for i, label in enumerate(reading.labels) if label == "body"), default=None)
    if last is None:
        return reading
    for start in range(last + 1, len(reading.blocks) - 1):
        if reading.blocks[start + 1].rule != "address_line":
            continue
        # (the name stands over the address's first line, not over its last)
        index = start
        while index > last + 1 and is_street_line(reading.blocks[index].text):
            index -= 1
        block = reading.blocks[index]
        if block.kind != "text":
            continue
        text = block.text.strip()
        if (
            reading.labels[index] == "chrome"
            and not is_street_line(text)
            and len(text.split()) <= SENDER_MAX_WORDS
            and is_title_cased(text)
            and not is_person(text)
            and not text.endswith((".", "?", "!", ":"))
        ):
            return reading.with_source(ADDRESS_SOURCE, text)
    return reading


# A publication speaking in its own name ranks under the page's own lines.
HOUSE_VOICE_SOURCE = 10


def read_house_voice(reading: Reading) -> Reading:
    """A story whose highlights or body speak as a known publication ("REEx
    urges the Department…") is that publication's."""
    texts = [*reading.highlights]
    texts += [
        b.text for b, label in zip(reading.blocks, reading.labels, strict=True) if label == "body"
    ]
    for text in texts:
        name = house_voice(text)
        if name is not None:
            return reading.with_source(HOUSE_VOICE_SOURCE, name)
    return reading


# An agency's standing line under the story ranks with its bare name there.
HOUSE_LINE_SOURCE = 3


def read_house_line(reading: Reading) -> Reading:
    """Below the story, a line only one agency prints ("Our Standards: The
    Thomson Reuters Trust Principles.") names the story's source."""
    last = max((i for i, label in enumerate(reading.labels) if label == "body"), default=None)
    if last is None:
        return reading
    for block in reading.blocks[last + 1 :]:
        name = house_line(block.text)
        if name is not None:
            return reading.with_source(HOUSE_LINE_SOURCE, name)
    return reading


# A release a site carries as received: its issuer, named with its legal form
# on a "Source:" line under it, ranks over the site's own lines.
RELEASE_ISSUER_SOURCE = 2
_ISSUER_LINE = re.compile(
    rf"(?i:source)\s*:\s*(?P<name>[A-Z][\w&'’., -]{{1,60}}?,?\s+{LEGAL_FORMS})\s*"
)
RELEASE_LABEL_RULES = frozenset({"press_release_label"})


def read_release_issuer(reading: Reading) -> Reading:
    """Under a page labelled a press release above its headline, "Source:
    Sakura Rare Metals K.K." names the company that issued it."""
    top = reading.title if reading.title is not None else 0
    if not any(block.rule in RELEASE_LABEL_RULES for block in reading.blocks[:top]):
        return reading
    last = max((i for i, label in enumerate(reading.labels) if label == "body"), default=None)
    if last is None:
        return reading
    for block in reading.blocks[last + 1 :]:
        found = _ISSUER_LINE.fullmatch(block.text.strip())
        if found is not None:
            return reading.with_source(RELEASE_ISSUER_SOURCE, found["name"])
    return reading
