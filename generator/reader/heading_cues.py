"""What tells a short line in the story from a heading beside the body's rules
(``body``): a quotation's attribution under it, and the case its headings are
written in."""

from __future__ import annotations

import re

from ..wordlist import QUOTES_LABEL
from .headings import is_title_cased
from .quote_lines import attributes_a_quote, ends_quotation
from .reading import Reading

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
