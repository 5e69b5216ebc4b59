"""The words and marks a speaker phrase is read from, found once per paragraph.

A paragraph with many speech verbs asks for the speaker phrase ending before each
of them; each is read from the words of the text up to its verb. Those words are
the paragraph's own, found once, up to the verb (a word the cut runs through is
read again from its start), so no prefix is read from its beginning again.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from .speech_words import TRAILING_APPOSITION

TOKEN = re.compile(r"[\w.’'&-]+|[^\w\s]")
# How far back from a text's end ``TRAILING_APPOSITION`` can open: two commas and
# at most 160 characters between them.
_APPOSITION_REACH = 162

Tokens = Sequence[re.Match[str]]


def paragraph_tokens(text: str) -> tuple[re.Match[str], ...]:
    """The words and marks of a whole text, for ``prefix_tokens`` to cut."""
    return tuple(TOKEN.finditer(text))


def prefix_tokens(prefix: str, whole: Tokens | None) -> list[re.Match[str]]:
    """The tokens of ``prefix`` as ``TOKEN.finditer(prefix)`` gives them, from the
    tokens of a text ``prefix`` opens (none: read afresh). A token has no space in
    it, so the text's tokens ending by the cut are the prefix's; one running over
    the cut is read again from its start, where both readings are at one place."""
    if whole is None:
        return list(TOKEN.finditer(prefix))
    cut = len(prefix)
    count = bisect.bisect_right(whole, cut, key=lambda token: token.end())
    kept = list(whole[:count])
    if count < len(whole) and whole[count].start() < cut:
        kept.extend(TOKEN.finditer(prefix, whole[count].start()))
    return kept


def trailing_apposition(text: str) -> re.Match[str] | None:
    """``TRAILING_APPOSITION.search(text)`` for a text with no space at its end, read
    only over its reach: the one match ends on the text's last comma and opens on
    the comma before, at most 160 characters back."""
    return TRAILING_APPOSITION.search(text, max(0, len(text) - _APPOSITION_REACH))
