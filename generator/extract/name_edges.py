"""Where a run of name words starts and stops, as small tests the joining of
runs reads: a function word that opens a company's name ("Less Common Metals"),
a weekday before a name, a body's part named for its parent ("… Subcommittee on
Energy"), two industries closing a company's name, two bodies in a list; an
adjective or a trade's members before "and" inside one name ("Council of
Scientific and Industrial Research", "… Manufacturers and Traders"); a people's
or an office holder's possessive inside one ("Governor's Office of …"); a
backer's participle after a name ("Department of Defense-funded") and a
question's auxiliary before it ("Will China …?").
"""

from __future__ import annotations

import re

from .lexicon import LEGAL_SUFFIXES, ORG_HEADS, ORG_SUFFIXES, PLACES, is_organisation_name, is_place
from .role_words import is_plural_role_word, is_role_word

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


# "Institute of Electrical", "Council of Scientific", "Department of Chemical": an
# adjective cannot close a body's name, so the "and" after it goes on with it.
_ADJECTIVE = re.compile(r"(?:ical|ial|ific|ental|ional|ural|tic|nic)$")
_LINKS = frozenset({"of", "for", "on"})
# "Society of Motor Manufacturers and Traders": the members of a trade, listed.
_MEMBERS = re.compile(r"(?:ers|ors|ists|ants|ents)$")


def open_adjective(left: tuple[str, ...]) -> bool:
    """'… Institute of Electrical': a body's kind, its link and an adjective last."""
    last = left[-1]
    headed = len(left) > 2 and left[-2] in _LINKS and left[-3] in ORG_HEADS
    return headed and bool(_ADJECTIVE.search(last)) and last not in PLACES


def listed_members(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """'Society of Motor Manufacturers' and 'Traders': a body of a trade's members
    (the plural of a doer's noun) and more of them."""
    headed = any(w in ORG_HEADS for w in left) and bool(_LINKS & set(left))
    return (
        headed
        and len(right) == 1
        and bool(_MEMBERS.search(left[-1]))
        and bool(_MEMBERS.search(right[0]))
        and not is_place(right[0])
    )


def one_field_list(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """An adjective left open after a body's link, or a trade's members listed: the
    "and" is inside the name (the right side naming no body or place of its own)."""
    own = any(w in ORG_HEADS for w in right) or is_place(" ".join(right))
    return not own and (open_adjective(left) or listed_members(left, right))


# "a Department of Defense-funded program": the backer, without the participle.
_BACKING = re.compile(r"-(?:funded|financed|sponsored|led|supported|commissioned|brokered)$")
# "Will China adjust …?", "Can Lynas compete?": an auxiliary opening a question.
_AUXILIARIES = frozenset(
    {"Will", "Can", "Could", "Would", "Should", "Shall", "Does", "Did", "Do", "Is", "Are",
     "Was", "Were", "Has", "Have", "Had"}
)  # fmt: skip


def without_backing(text: str) -> str:
    return _BACKING.sub("", text) if text else text


def without_auxiliary(sentence: str, start: int, text: str) -> str:
    """The auxiliary opening a question is no part of the name after it ("Will
    Smith said" keeps its name: only a question drops it)."""
    words = text.split()
    if len(words) < 2 or words[0] not in _AUXILIARIES:
        return text
    opening = not sentence[:start].strip(" \"“‘'(")
    opening = opening or sentence[:start].rstrip().endswith(":")
    question = sentence.rstrip(" \"”’'").endswith("?")
    return text[len(words[0]) :].lstrip() if opening and question else text


# A people's possessive inside a body's name: "People's Liberation Army", "People's
# Bank of China", "Workers' Party"; an office holder's own body: "the Governor's
# Office of Economic Development".
COLLECTIVE_OWNERS = frozenset({"People", "Peoples", "Workers", "Citizens", "Farmers"})
_COLLECTIVE_GAP = re.compile(r"^(?:[’']s|[’'])\s+$")
_OFFICE_BODIES = frozenset({"Office", "Council", "Department", "Cabinet"})


def collective_possessive(gap: str, left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """One name across the possessive of a people's word or of one office."""
    if not _COLLECTIVE_GAP.match(gap):
        return False
    office = len(left) == 1 and is_role_word(left[0]) and not is_plural_role_word(left[0])
    return left[-1] in COLLECTIVE_OWNERS or (office and right[0] in _OFFICE_BODIES)


# Bodies of members whose name closes on their country after their trade: "Chamber
# of Mines of Zambia", "Federation of Industries of Ghana".
_MEMBERSHIP_HEADS = frozenset({"Chamber", "Federation", "Confederation", "Association", "Council"})


def membership_body(words: tuple[str, ...]) -> bool:
    """'Chamber of Mines': a members' body and its trade, which its country may follow."""
    return len(words) >= 3 and words[-3] in _MEMBERSHIP_HEADS and words[-2] == "of"
