"""A bare agency credit closing the story ("— AFP", "Reuters", "(Bloomberg)").

Under the story's last paragraph, a short line naming a news agency or an
outlet, dashed, bracketed or alone, is a credit (offered as the page's source),
never a heading; a copyright line, a control naming the site, a box's section
label, a quotation's speaker and the writer's own sign-off are none.
"""

from __future__ import annotations

import re

from .headings import ends_with
from .interface import CONTROL_WORDS
from .names import is_person
from .outlets import is_outlet
from .quote_lines import ends_quotation
from .reading import Reading
from .words import AGENCIES, AGENCY_NAMES, is_section_label, words_of

# "Via The Ledger", "Source: The Ledger": the name after a credit's first word.
_COPYRIGHT_MARK = re.compile(r"(?i)(?:copyright\b|©|ⓒ|\(c\))")
_CREDIT_LEAD = re.compile(r"(?i)^(?:via|from|source\s*:|courtesy(?:\s+of)?\s*:?)\s+")


def is_agency_line(reading: Reading, index: int, stop: int) -> bool:
    """A news agency's bare name ("AFP") closes the story, even when a promo in
    sentence form follows it: it is a credit, never a heading."""
    name = agency_credit(reading, index, stop)
    return name is not None and (name.lower() in AGENCIES or name.lower() in AGENCY_NAMES)


def agency_credit(reading: Reading, index: int, stop: int) -> str | None:
    """A bare agency credit closing the story: "— AFP", "Reuters", "VNA"."""
    if index >= stop and index >= len(reading.blocks):
        return None
    if index >= len(reading.blocks):
        return None
    block = reading.blocks[index]
    text = block.text.strip()
    dashed = text[:1] in "—–-" or (block.kind == "bullet" and block.glyph in "—–-")
    name = _CREDIT_LEAD.sub("", text.lstrip("—–- ").strip())
    # "(Reuters)", "(Bloomberg)": the agency in brackets (read as a photo
    # credit's shape, but with no picture to credit under the story).
    bracketed = name[:1] == "(" and name[-1:] == ")"
    if bracketed:
        name = name[1:-1].strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or ends_with(name, ".!?,;:"):
        return None
    # "Copyright Mining Monitor 2025": a copyright line, read with the others.
    if _COPYRIGHT_MARK.match(name):
        return None
    if block.kind != "text" and not dashed and not (bracketed and name.lower() in AGENCIES):
        return None
    # "Follow Mining Herald", "Mining Herald on Twitter": a control naming the
    # site, not a credit closing the story.
    if any(word in CONTROL_WORDS for word in words_of(name)):
        return None
    # "Top News" over a rail of other headlines: a box's label of section words.
    if is_section_label(name) and name.lower() not in AGENCIES:
        return None
    # "- Stéphane Gauthier" under a quotation: who said it, not a credit.
    if dashed and index > 0 and ends_quotation(reading.blocks[index - 1].text) and is_person(name):
        return None
    # "— Jane Doe" closing the story: the writer's sign-off, not an agency's credit.
    if dashed and is_person(name) and not is_outlet(name):
        return None
    if dashed or (len(words) == 1 and (name.isupper() or is_outlet(name))) or is_outlet(name):
        return name if name[:1].isupper() else None
    return None
