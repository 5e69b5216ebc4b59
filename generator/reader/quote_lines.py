"""Lines that say who spoke a quotation set above them: "Henrik Valtonen,
Executive Vice-President for Industrial Resilience", or "- Anjali Rao" and the
role on the line under it. A release's "Quotes" section sets them so; they are
attributions, never headings nor credits."""

from __future__ import annotations

from ..wordlist import HONORIFICS
from .blocks import Block
from .names import is_person
from .reading import Reading

CLOSING_QUOTES = ('"', "”", "’", "'", "»")
DASHES = "-–—"


def ends_quotation(text: str) -> bool:
    return text.rstrip().endswith(CLOSING_QUOTES)


def _dashed_name(block: Block) -> str | None:
    """ "- Dr. Anjali Rao" → "Dr. Anjali Rao" (read as a bullet or as text);
    None without a dash."""
    if block.kind == "bullet":
        return block.text.strip() if block.glyph in DASHES else None
    stripped = block.text.strip()
    if not stripped[:1] or stripped[:1] not in DASHES:
        return None
    return stripped.lstrip(DASHES + " ")


# A style around a minister's name: "The Honourable … MP", "The Rt Hon … MP" (the
# honorifics are the shared list's).
_STYLE_WORDS = frozenset({"The", "Rt", "Right"})
_POSTNOMINALS = frozenset({"MP", "MLA", "MEP", "MPP", "MSP"})


def _named(text: str) -> bool:
    words = text.split(",")[0].split()
    while len(words) > 2 and (words[0] in _STYLE_WORDS or words[0].rstrip(".") in HONORIFICS):
        words = words[1:]
    if len(words) > 2 and words[-1] in _POSTNOMINALS:
        words = words[:-1]
    return is_person(" ".join(words))


def attributes_a_quote(reading: Reading, index: int) -> bool:
    """The line names who said the quotation above it (after a dash, or before a
    comma and a role), or is the role under such a dashed name."""
    if index < 1:
        return False
    block, above = reading.blocks[index], reading.blocks[index - 1]
    dashed = _dashed_name(block)
    if ends_quotation(above.text):
        if dashed is not None:
            return _named(dashed)
        return "," in block.text and _named(block.text)
    named_above = _dashed_name(above)
    return (
        named_above is not None
        and index >= 2
        and ends_quotation(reading.blocks[index - 2].text)
        and _named(named_above)
    )
