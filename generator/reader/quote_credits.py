"""A quotation's credit line: a paragraph that is all one quotation, then a line
naming who said it and their office ("Henrik Valtonen, Executive Vice-President
for Industrial Resilience"; "The Honourable Jane Roe MP, Minister for
Resources"), as releases set their "Quotes" sections. The line is the story's
text (its quote's speaker), never a heading nor the footer's chrome."""

from __future__ import annotations

import re

from ..wordlist import HONORIFICS
from .reading import Reading

# A paragraph that is one quotation: a mark opens it and a mark closes it.
_WHOLE_QUOTATION = re.compile(r'^\s*["“„«][^"“”„«»]{20,}["”»]\s*$')
# Words of a style that may stand before or after the name ("The Rt Hon …
# MP"), besides the honorifics.
_STYLE_WORDS = frozenset({"The", "the", "Rt", "Right", "Rt.", "MP", "MLA", "MEP", "MPP", "PhD"})
# A credit line is this short: a name and an office.
CREDIT_MAX_WORDS = 20
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*$")
_NAME_PARTICLES = frozenset({"de", "da", "van", "von", "der", "del", "di", "du", "le", "la", "bin"})


def credit_name(text: str) -> str | None:
    """The name on a credit line ('The Hon. Jane Roe MP, Minister …' -> 'Jane Roe'),
    or None when the line is no "NAME, office" credit."""
    name, comma, office = text.strip().partition(",")
    if not comma or not office.strip() or len(text.split()) > CREDIT_MAX_WORDS:
        return None
    if text.rstrip().endswith((".", "!", "?", ":", ";")) or not office.strip()[:1].isalpha():
        return None
    words = [w for w in name.split() if w not in _STYLE_WORDS and w.rstrip(".") not in HONORIFICS]
    named = [w for w in words if w not in _NAME_PARTICLES]
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in named):
        return None
    return " ".join(words)


def is_quote_credit(reading: Reading, index: int) -> bool:
    """Whether the line at ``index`` credits the quotation standing just before it."""
    if index == 0 or reading.labels[index] not in ("pending", "body"):
        return False
    if not _WHOLE_QUOTATION.match(reading.blocks[index - 1].text):
        return False
    return credit_name(reading.blocks[index].text) is not None
