"""Where a run of name words starts and stops, as small tests the joining of
runs reads: a function word that opens a company's name ("Less Common Metals"),
a weekday before a name, a body's part named for its parent ("… Subcommittee on
Energy"), two industries closing a company's name, two bodies in a list.
"""

from __future__ import annotations

import re

from .lexicon import LEGAL_SUFFIXES, ORG_HEADS, ORG_SUFFIXES, is_organisation_name

# "On Wednesday Halcyon Motors agreed": a weekday is no part of the name after it.
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
# Legal forms written out, that an "of" may follow: "Aluminum Company of America".
LEGAL_WORDS = frozenset({"Company", "Corporation", "Group", "Holdings", "Partners", "Capital"})
# A body's part that names itself after its parent: "Senate Appropriations
# Subcommittee on Energy and Water Development" (alone, "Subcommittee" is no body).
PART_HEADS = frozenset({"Subcommittee"})

# Function words a company's name may open ("Less Common Metals", "Only Natural
# Foods"): capitalised inside a sentence only because they are the name's.
_NAME_OPENING_WORDS = frozenset({"Less", "More", "Every", "Once", "Still", "Just", "Even"})
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“”‘’(\[—–-]\s*)$")


def capitalised_inside(sentence: str, start: int, text: str) -> bool:
    """A function word of a company's name, capitalised mid-sentence before an
    organisation's name (or opening a sentence before a legal form): part of it."""
    words = tuple(text.split())
    if words[0] not in _NAME_OPENING_WORDS or len(words) < 3:
        return False
    inside = not _SENTENCE_OPENING.search(sentence[:start].rstrip() if start else "")
    legal = words[-1] in LEGAL_SUFFIXES - LEGAL_WORDS
    return (inside or legal) and is_organisation_name(words[1:])


def bodies(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Both sides of "<left> and the <right>" hold an organisation word: two bodies."""
    return any(w in ORG_HEADS for w in left) and any(w in ORG_HEADS for w in right)


def industries(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """'… Mining and Minerals', '… Metals and Materials', '… Minerals and Metals
    Inc.': two industries closing one company's name (a legal form is no industry,
    but may close the second)."""
    industry = ORG_SUFFIXES - LEGAL_SUFFIXES
    trades = tuple(w for w in right if w not in LEGAL_SUFFIXES) or right
    legal = right[len(trades) :]
    return (
        len(left) > 1
        and left[-1] in industry
        and len(trades) == 1
        and trades[0] in industry
        and all(w in LEGAL_SUFFIXES for w in legal)
    )
