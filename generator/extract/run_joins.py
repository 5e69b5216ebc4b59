"""Whether two runs of capitalised words, side by side, make one organisation's name.

Across "of", "for", "on", "in" and "and" ("Ministry of Industry and Information
Technology", "Chamber of Mines of Zambia"), across "and" when an acronym after
spells both parts ("… Development Organization (NEDO)") or "the" opens one body's
name, and across a comma before a legal form ("Hokuriku Magnetics Co., Ltd."):
the tests `name_runs` joins its runs by.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import (
    CALENDAR,
    FOREIGN_AND,
    FUNCTION_WORDS,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ORG_SUFFIXES,
    PARTICLES,
    PLACES,
    is_organisation_name,
    is_organisation_word,
    is_place,
)
from .name_edges import (
    LEGAL_WORDS,
    PART_HEADS,
    bodies,
    industries,
    membership_body,
    one_field_list,
)
from .name_lists import LIST_COMMA, field_word
from .names import OFFICE_WORDS
from .role_words import is_plural_role_word, is_role_word

if TYPE_CHECKING:
    from .name_runs import NameRun

# "Defence Equipment and Support (DE&S)": an acronym may hold an ampersand.
_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z](?:&?[A-Z]){1,7})\)")


def joins(left: NameRun, joiner: str, right: NameRun, the: bool = False) -> bool:
    """Whether "<left> of/for/and <right>" is one organisation's name."""
    last = left.words[-1]
    if joiner == "in":  # "European Union Chamber of Commerce in China": a chamber abroad.
        return left.words[-3:] == ("Chamber", "of", "Commerce") and is_place(right.name)
    if joiner in FOREIGN_AND:
        # "Bosch und Partner Antriebstechnik GmbH", "Ministério de Minas e Energia":
        # inside an organisation's name only.
        # In an English text the word joins no list: "Cassa Depositi e Prestiti".
        return not the and not is_place(left.name) and not is_place(right.name)
    if all(w in CALENDAR or w in FUNCTION_WORDS for w in right.words):
        return False  # "Commerce Department on Tuesday"
    if joiner == "of" and is_role_word(last):
        # "Secretary of State Marco Rubio": a title, split from the name later. A plural
        # ("Leaders of the Group of Seven") is a group of people, not part of a name.
        return not is_plural_role_word(last)
    if joiner == "of" and last in LEGAL_SUFFIXES - LEGAL_WORDS:
        return False  # "Nippon Kidorui K.K. of Osaka": an abbreviated legal form ends it.
    if joiner == "of" and membership_body(left.words) and is_place(right.name):
        return True  # "Chamber of Mines of Zambia": a members' body and its country.
    if joiner == "of" and last in ORG_SUFFIXES and len(right.words) == 1:
        # "Group of Seven", not "Acme Group of Texas"; a trade closing a company's name
        # is followed by where it is ("Circulum Magnets of Lyon").
        return not is_place(right.name) and last not in ORG_SUFFIXES - LEGAL_SUFFIXES
    if joiner == "for" and "Court" in left.words and right.words[-1] == "Circuit":
        return True  # "U.S. Court of Appeals for the Federal Circuit"
    if joiner in ("of", "for", "on"):
        right_is_place = is_place(right.name)
        if last in PART_HEADS:
            # "… Subcommittee on Energy": a part of a body names its fields after it.
            return is_organisation_name(left.words) and all(field_word(w) for w in right.words)
        return last in ORG_HEADS and not (joiner != "of" and right_is_place)
    if joiner == "&":
        return True  # "Whitmore & Lane", "Hanul Investment & Securities"
    if joiner == "and" and the and bodies(left.words, right.words):
        return False  # "Department of Energy and the Defense Logistics Agency": two bodies.
    if joiner == "and" and not the and _office_continues(left.words, right.words):
        return True  # "Ministry of Industry and Information Technology"
    if joiner == "and" and not the and one_field_list(left.words, right.words):
        return True  # "Council of Scientific and Industrial Research", "… and Traders"
    if joiner == "and" and industries(left.words, right.words):
        return True  # "Cobalto Mining and Minerals"
    # "Securities and Exchange Commission", not "Rio Tinto and BHP Group" nor
    # "Umicore and Indium Corporation": the second part names a body, not a company.
    body = any(w in ORG_HEADS for w in right.words)
    return (
        not the  # "MOFCOM and the General Administration of Customs": two bodies.
        and len(left.words) == 1
        and not is_place(left.name)
        and body
        and is_organisation_name(right.words)
    )


def acronym_spans(sentence: str, left: NameRun, right: NameRun) -> bool:
    """'New Energy and Industrial Technology Development Organization (NEDO)': the
    acronym after the second run spells initials of both, so the "and" is inside
    one name."""
    acronym = _ACRONYM_AFTER.match(sentence[right.end :])
    if acronym is None:
        return False
    letters = acronym.group(1).replace("&", "")
    both = [w[0] for w in (*left.words, *right.words) if w[:1].isupper()]
    own = [w[0] for w in right.words if w[:1].isupper()]
    # "U.S. Customs and Border Protection (CBP)": a country's name before it is no initial.
    first = next((w for w in left.words if not is_place(w)), left.words[0])
    # "Office of Fossil Energy and Carbon Management (FECM)": the body's kind may be
    # left out of its acronym.
    kind_of = len(left.words) > 2 and left.words[0] in ORG_HEADS and left.words[1] == "of"
    starts = {first[0], left.words[2][0]} if kind_of else {first[0]}
    return letters[0] in starts and _spells(letters, both) and not _spells(letters, own)


def _spells(letters: str, initials: list[str]) -> bool:
    """Whether the letters stand in the initials in order (some initials skipped)."""
    rest = iter(initials)
    return all(letter in rest for letter in letters)


# Schools named for their fields and then their city: "University of Science and
# Technology Beijing", "Institute of Science and Technology Austria".
_ACADEMIES = frozenset({"University", "Institute", "Academy", "College", "Universidad"})


def _office_continues(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """'… and Natural Resources Committee': the fields of one body's name, after an
    organisation word or a field ('Senate Energy'), never another name."""
    after_body = any(w in ORG_HEADS for w in left) or left[-1] in OFFICE_WORDS
    if len(left) > 1 and left[-1] in ORG_HEADS and left[-2] not in _FUNCTION_JOINERS:
        return False  # "Canada Infrastructure Bank and Export Development Canada": two.
    academic = any(w in _ACADEMIES for w in left)
    if len(right) > 1 and (right[-1] in PLACES or (academic and not field_word(right[-1]))):
        right = right[:-1]  # "University of Science and Technology Beijing"
    fields = all(field_word(w) or w in ORG_HEADS for w in right)
    fields = fields and any(field_word(w) for w in right)  # "and the Bank" is another.
    return after_body and fields and not is_place(" ".join(right))


_FUNCTION_JOINERS = frozenset({"of", "for", "on", "and", "&"})
_THE_BEFORE = re.compile(r"(?:^|\s)[Tt]he\s+$")
_OWNER_BEFORE = re.compile(r"\b[a-z]+[’']s\s+$")


def one_body_after_the(sentence: str, left: NameRun, right: NameRun) -> bool:
    """'the Indonesian Bauxite and Aluminium Association', 'The Korea Mine
    Rehabilitation and Mineral Resources Corp.': after "the", two runs joined by
    "and" whose second closes on an organisation's word, the first having none, are
    one body's name (not "Rio Tinto and BHP Group", which has no "the")."""
    before = sentence[: left.start]
    # "the state's Korea Mine Rehabilitation and …": an owner's possessive for "the",
    # before a first part that closes on a field ("Rehabilitation").
    owned = bool(_OWNER_BEFORE.search(before)) and is_organisation_word(left.words[-1])
    if not _THE_BEFORE.search(before) and not owned:
        return False
    last = right.words[-1]
    closes = last in ORG_HEADS or last in ORG_SUFFIXES
    return closes and not is_organisation_name(left.words) and not is_place(left.name)


def continues_company(sentence: str, left: NameRun, right: NameRun) -> bool:
    """'Hokuriku Magnetics Co., Ltd.', 'Grupo Minero Sierra Alta, S.A. de C.V.': a
    legal form after a comma closes the name before it."""
    gap = sentence[left.end : right.start]
    legal = all(w in LEGAL_SUFFIXES or w in PARTICLES for w in right.words)
    legal = legal and right.words[0] in LEGAL_SUFFIXES and any("." in w for w in right.words)
    return legal and not is_place(left.name) and bool(LIST_COMMA.match(gap))
