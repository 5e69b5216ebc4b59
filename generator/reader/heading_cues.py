"""What tells a short line in the story from a heading beside the body's rules
(``body``): a quotation's attribution under it, the case its headings are
written in (a page headed in capitals), a numbered section over its first
subsection, a legal text's "Article 1", and a numbered heading after a box of
"•" key points."""

from __future__ import annotations

import re

from ..wordlist import QUOTES_LABEL
from .headings import is_title_cased
from .quote_lines import attributes_a_quote, ends_quotation
from .reading import Label, Reading, heading_shaped

_QUOTES_LABEL = re.compile(QUOTES_LABEL, re.I)


def attribution(reading: Reading, index: int) -> bool:
    """Who said the quotation above, or the role under a dashed name; not a
    line under "— Owen Prescott, Tindal Minerals", whose role is on its line; or
    who says the quotations under a label ("Quotes attributable to Minister Boyd:")."""
    if _QUOTES_LABEL.match(reading.blocks[index].text):
        return True
    if not attributes_a_quote(reading, index):
        return False
    above = reading.blocks[index - 1].text.lstrip()
    role_given = above[:1] in "—–-" and "," in above
    return not (index >= 2 and role_given and ends_quotation(reading.blocks[index - 2].text))


def _case_of(text: str) -> str:
    letters = re.sub(r"[^A-Za-z]", "", text)
    if letters.isupper():
        return "capitals"
    return "title" if is_title_cased(text) else "sentence"


def cased_as_the_headings(reading: Reading, index: int) -> bool:
    """Written as one of the story's headings is ("Why critical minerals matter"
    in sentence case like "Parliamentary scrutiny"), not as a promo's name
    ("Bespoke Investor Insights" over headings in capitals)."""
    case = _case_of(reading.blocks[index].text)
    return any(
        _case_of(reading.blocks[i].text) == case
        for i, label in enumerate(reading.labels)
        if label == "heading" and i > index
    )


# A page heads its sections in capitals when the body pass found this many
# headings written so.
CAPITALS_HEADINGS_MIN = 2


def capitals_headings(reading: Reading) -> Reading:
    """ "BY THE NUMBERS" over a list of figures, "WHAT WE'RE READING" under it:
    on a page whose headings the body pass found in capitals ("WHY IT MATTERS",
    "IN OTHER NEWS"), a short line in capitals between the story's lines of
    another case heads its section too, whatever stands around it."""
    headings = [i for i, label in enumerate(reading.labels) if label == "heading"]
    if sum(_case_of(reading.blocks[i].text) == "capitals" for i in headings) < (
        CAPITALS_HEADINGS_MIN
    ):
        return reading
    changes: dict[int, Label] = {}
    for index in range(headings[0] + 1, len(reading.blocks) - 1):
        block, feats = reading.blocks[index], reading.features[index]
        if reading.labels[index] != "body" or _case_of(block.text) != "capitals":
            continue
        beside = (reading.blocks[index - 1], reading.blocks[index + 1])
        if (
            feats.words >= CAPITALS_HEADING_MIN_WORDS
            and heading_shaped(block, feats)
            and not feats.ends_colon
            and reading.labels[index + 1] == "body"
            and all(_case_of(b.text) != "capitals" for b in beside)
        ):
            changes[index] = "heading"
    return reading.relabel(changes)


CAPITALS_HEADING_MIN_WORDS = 2


def opens_a_subsection(reading: Reading, index: int, following: int) -> bool:
    """ "2. CONTEXT OF THE PROPOSAL" straight over "2.1. The Advanced Framework
    Agreement": a numbered section whose first subsection opens under it."""
    number = reading.blocks[index].glyph.rstrip(".)")
    return number.isdigit() and (
        re.match(rf"{number}\.\d+\.?\s+\S", reading.blocks[following].text) is not None
    )


# "Article 3", "Section 232", "Annex II", "Rule 14a": a legal text's part, named
# by its kind and number alone on its line.
_PART_HEADING = re.compile(
    r"(?:article|section|annex|chapter|part|schedule|rule|regulation)\s+"
    r"(?:\d{1,4}[a-z]?|[ivxlc]{1,6})",
    re.IGNORECASE,
)


def names_a_part(reading: Reading, index: int, following: int | None) -> bool:
    """ "Article 1" over the article's text: the heading of a legal text's part,
    under a lead-in ending in ":" too ("HAS ADOPTED THIS DECISION:")."""
    return (
        following is not None
        and reading.blocks[index].kind == "text"
        and _PART_HEADING.fullmatch(reading.blocks[index].text.strip()) is not None
        and reading.features[following].prose
    )


def numbered_heading_after(reading: Reading, start: int, index: int) -> bool:
    """ "1. What changed on 4 April" over a paragraph, right after three "•"
    points: the story's first numbered heading, its numbering not the box's."""
    first, block = reading.blocks[start], reading.blocks[index]
    following = index + 1
    return (
        index > start
        and block.glyph[:1].isdigit()
        and not first.glyph[:1].isdigit()
        and not reading.features[index].prose
        and following < len(reading.blocks)
        and reading.blocks[following].kind == "text"
        and reading.features[following].prose
    )
