"""Lists inside one name, which the joining of name runs takes whole: an office's
fields ("Ministry of Trade, Industry and Energy") and a firm named for its partners
("Whitlock, Reyes & Amsel LLP"); and the gaps that link a list's members.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import CALENDAR, FUNCTION_WORDS, LEGAL_SUFFIXES, NOT_NAMES, ORG_HEADS, is_place
from .names import FIELD_WORDS, is_name_word

if TYPE_CHECKING:
    from .name_runs import NameRun

# Between two runs: a bare comma (a list, a name's parts: "Co., Ltd."), a list's "and".
LIST_COMMA = re.compile(r"^,\s+$")
LIST_AND = r",?\s+and\s+"
_LIST_AND = re.compile(rf"^{LIST_AND}$")
_AMPERSAND = re.compile(r"^\s+&\s+$")
_OFFICE_LINKS = frozenset({"of", "for", "on"})


def field_word(word: str) -> bool:
    return word in NOT_NAMES or word in FIELD_WORDS


# Words that qualify a field inside an office's list, never a field alone: "Blue
# Economy", "Maritime Affairs", "Internal Market".
FIELD_MODIFIERS = frozenset(
    {
        "Blue", "Green", "Maritime", "Marine", "Internal", "External", "Circular", "Civil",
        "Consumer", "Small", "Medium", "Higher", "Vocational", "Cultural", "Human", "Local",
        "Municipal", "Indigenous", "Ocean", "Land", "Air", "Space", "Nuclear", "Mineral",
    }
)  # fmt: skip
# "SMEs", "NGOs": a plural acronym among an office's fields.
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,5}s$")


def _is_field(words: tuple[str, ...]) -> bool:
    """'Industry', 'Water Security', 'Import', 'Blue Economy', 'SMEs': what an office
    is of, never a name."""
    if len(words) == 1 and _PLURAL_ACRONYM.match(words[0]):
        return True
    qualified = all(w in FIELD_MODIFIERS or field_word(w) for w in words[:-1])
    return (
        qualified
        and all(
            (field_word(w) or w in FIELD_MODIFIERS)
            and w not in FUNCTION_WORDS
            and w not in CALENDAR
            for w in words
        )
        and words[-1] not in FIELD_MODIFIERS
    )


def listed_fields(sentence: str, office: NameRun, runs: list[NameRun], index: int) -> int:
    """How many runs from ``index`` on continue an office's list of fields: 'Ministry
    of Trade' + ', Industry' + ' and Energy' -> 2; 0 where they do not."""
    # "Ministry of Trade, …", "Committee on Commerce, …", "Directorate-General for …".
    if not any(w in ORG_HEADS for w in office.words) or not _OFFICE_LINKS & set(office.words):
        return 0
    end, previous = index, office
    while end < len(runs) and _is_field(runs[end].words):
        gap = sentence[previous.end : runs[end].start]
        if _LIST_AND.match(gap):
            return end - index + 1 if end > index else 0
        if not LIST_COMMA.match(gap):
            return 0
        end, previous = end + 1, runs[end]
    return 0


def listed_partners(sentence: str, first: NameRun, runs: list[NameRun], index: int) -> int:
    """How many runs from ``index`` on continue a firm named for its partners:
    'Whitlock' + ', Reyes & Amsel LLP' -> 1 ('Skadden, Arps, Slate, Meagher & Flom'
    -> 3); 0 where they do not. Every partner is one surname-shaped word."""
    if not _partner(first.words):
        return 0
    end, previous = index, first
    while end < len(runs):
        gap = sentence[previous.end : runs[end].start]
        last = runs[end].words
        legal = len(last) == 2 and last[1] in LEGAL_SUFFIXES
        if _AMPERSAND.match(gap) and end > index and (len(last) == 1 or legal):
            return end - index + 1  # "… Reyes & Amsel LLP": the last partner's.
        if not (LIST_COMMA.match(gap) and _partner(runs[end].words)):
            return 0
        end, previous = end + 1, runs[end]
    return 0


def _partner(words: tuple[str, ...]) -> bool:
    return len(words) == 1 and is_name_word(words[0]) and not is_place(words[0])
