"""Speaker phrases of forms the speech-verb reading misses.

A pull quote credited after a dash ("“…” — Henrik Dahl, head of purchasing"),
a title owned by someone and then the name ("said its coordinator, Annelie
Botha"), a part of a group kept as written ("one of the people said"), an
owner who introduces the quote ("His view is simple: “…”", "In her words,
… “…”"), and an organisation's name whose list of fields holds commas ("the
Ministry of Economy, Trade and Industry said").
"""

from __future__ import annotations

import re

from ..wordlist import HONORIFICS
from .lexicon import PARTICLES, is_organisation_name, is_person_name
from .name_runs import name_runs
from .name_start import name_after_title, name_suffix
from .role_words import ROLE_MODIFIERS, is_role_word
from .speaker_tokens import trailing_apposition
from .speech_words import BETWEEN, DETERMINERS, EDGE, PRONOUNS

# "— Henrik Dahl, head of purchasing at Skarv Wind" right after the quote.
_DASH_CREDIT = re.compile(r"^\s*(?:—|–|--?)\s*(?P<name>[^,.;:()—–]+?)\s*(?:[,(]|$)")
# "its coordinator, Annelie Botha", "Quillon's head of rare earths, Chloe Barnett".
_OWNED_TITLE = re.compile(
    r"^\s*(?:its|his|her|their|our|the\s+[\w-]+[’']s|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}[’']s)"
    r"\s+(?P<title>[^,;:]{1,80}?),\s+(?P<name>[^,.;:()]+?)\s*(?:[,.;:(]|$)"
)
# "one of the people", "One of them", "two of the officials", with an aside after.
_PART_OF_GROUP = re.compile(
    r"^\s*(?P<phrase>(?:[Oo]ne|[Tt]wo|[Ss]ome|[Ss]everal|[Mm]any|[Oo]thers?)\s+of\s+"
    r"(?:them|those|the\s+(?:[\w-]+\s+){0,2}?[\w-]+))\s*(?:,[^,]{1,80},?)?\s*$"
)
_OWNER_WORDS = {"His": "he", "Her": "she", "Their": "they"}
_IN_OWN_WORDS = re.compile(r"\b[Ii]n\s+(his|her|their)\s+(?:own\s+)?words\b")
_POSSESSIVE_NAME = re.compile(r"^((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)[’']s\s")
# "For Jane Doe, an analyst at Fitch, the answer is simple: ": whose view the quote is.
_FOR_NAME = re.compile(
    r"^For\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*)(?:,[^,:;“”\"]{1,80})?,\s+"
    r"(?:the|his|her|their)\s+[^,:;“”\"]{1,60}:\s*$"
)
_PERSON_OF = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,5})of\s+(?:the\s+)?$")


def _person(phrase: str) -> str | None:
    words = tuple(phrase.split())
    name = name_after_title(words)
    if name:
        return name
    return phrase.strip() if len(words) >= 2 and is_person_name(words) else None


def dash_credit(following: str) -> str | None:
    """The person a pull quote is credited to after a dash, if a person's name (a
    minister's style around it off: "– The Honourable Jane Roe MP, Minister of …")."""
    match = _DASH_CREDIT.match(following)
    if not match:
        return None
    return _person(match.group("name")) or bare_name_line(match.group("name"))


# A credit line under a quote: a name (with its styles: "The Hon. … MP"), a comma,
# an office; no sentence ending, this short.
_CREDIT_LINE = re.compile(
    r"^\s*(?P<name>[^,.;:!?()]+?(?:\.[^,.;:!?()]+?)?),\s+(?P<office>[^.!?;:]+)$"
)
_CREDIT_MAX_WORDS = 20
_STYLES = frozenset({"The", "the", "Rt", "Right", "MP", "MLA", "MEP", "MPP", "PhD"})


def credit_line_name(line: str) -> str | None:
    """'The Honourable Jane Roe MP, Minister for Resources' -> 'Jane Roe'; None for a
    line that is no "NAME, office" credit."""
    match = _CREDIT_LINE.match(line)
    if match is None or len(line.split()) > _CREDIT_MAX_WORDS:
        return None
    words = [
        w
        for w in match.group("name").split()
        if w not in _STYLES and w.rstrip(".") not in HONORIFICS
    ]
    office = match.group("office").split()
    if len(words) < 2 or not any(is_role_word(w) for w in office):
        return None
    return " ".join(words) if is_person_name(tuple(words)) else None


# A name alone on the line under a quote ("Dr. Anjali Rao", its office on the next).
_NAME_LINE_MAX_WORDS = 5
# A speaker's label and a colon before a quote: 'Federal Minister Albers: “…”'.
_LEAD_LABEL = re.compile(r"^\s*(?P<who>[^:;,.“”\"()]{3,80}?)\s*:\s*$")


def bare_name_line(line: str) -> str | None:
    """'Dr. Anjali Rao' -> 'Anjali Rao'; None for any line that is not only a name."""
    words = [w for w in line.split() if w not in _STYLES and w.rstrip(".") not in HONORIFICS]
    short = 2 <= len(words) <= _NAME_LINE_MAX_WORDS and not line.rstrip().endswith((".", ":"))
    return " ".join(words) if short and is_person_name(tuple(words)) else None


def label_speaker(before: str) -> str | None:
    """'Federal Minister Albers:' opening a quote's paragraph -> 'Albers': a title and
    a name, or a full name, then a colon and nothing else."""
    match = _LEAD_LABEL.match(before)
    words = tuple(match.group("who").split()) if match else ()
    return name_after_title(words) or _person(match.group("who")) if match else None


def owned_title_name(text: str) -> str | None:
    """'its coordinator, Annelie Botha' after a verb -> 'Annelie Botha'."""
    match = _OWNED_TITLE.match(text)
    if not match or not any(is_role_word(w) for w in match.group("title").split()):
        return None
    words = tuple(match.group("name").split())
    return match.group("name").strip() if len(words) >= 2 and is_person_name(words) else None


def part_of_group(text: str) -> str | None:
    """'one of the people' (perhaps with an aside after it), as written."""
    match = _PART_OF_GROUP.match(text)
    return match.group("phrase") if match else None


def introducing_owner(before: str) -> str | None:
    """Who introduces a quote without a speech verb: 'His view is simple: ' -> 'he';
    'Ms Tan's answer was blunt: ' -> 'Ms Tan'; 'In her words, … ' -> 'she'; 'For
    Jane Doe, an analyst at Fitch, the answer is simple: ' -> 'Jane Doe'."""
    own = _IN_OWN_WORDS.search(before)
    if own:
        return _OWNER_WORDS[own.group(1).capitalize()]
    if not before.rstrip().endswith(":"):
        return None
    first = before.split(maxsplit=1)[0] if before.split() else ""
    if first in _OWNER_WORDS:
        return _OWNER_WORDS[first]
    for_name = _FOR_NAME.match(before.lstrip())
    if for_name:
        return _person(for_name.group(1))
    possessive = _POSSESSIVE_NAME.match(before.lstrip())
    return _person(possessive.group(1)) if possessive else None


def longer_speaker(text: str, speaker: str) -> str:
    """The whole name where a backward reading stopped inside one: an organisation
    whose list of fields holds commas ("Ministry of Economy, Trade and Industry"),
    or the person an organisation follows ("Professor Ann Roe of the University")."""
    runs = name_runs(text)
    last = runs[-1] if runs else None
    if last is None or last.end != len(text) or not last.name.endswith(speaker):
        return speaker
    person = _PERSON_OF.search(text[: last.start])
    # "Sara Lindgren of Morrow Fenwick said": whatever the name after "of" (a company
    # with no company word, a country), the person before it speaks.
    found = _person(person.group(1)) if person else None
    if found:
        return found
    if len(last.name) > len(speaker) and is_organisation_name(last.words):
        return last.name
    return speaker


def only_speaker(left: str) -> bool:
    """Whether the words before a verb are just a speaker phrase (and an apposition)."""
    trimmed = left.rstrip()
    apposition = trailing_apposition(trimmed)
    words = (trimmed[: apposition.start()] if apposition else trimmed).strip(EDGE).split()
    if apposition and _is_titled_apposition(words, apposition.group().strip(EDGE)):
        return True
    if _is_titled_name(words):
        return True
    return all(
        w.lower() in DETERMINERS
        or w.lower() in ("of", "for")
        or w in PARTICLES
        or w[:1].isupper()
        or is_role_word(w)
        or w.lower() in ROLE_MODIFIERS
        or w.lower() in BETWEEN
        or w.lower() in PRONOUNS
        or w.endswith(("’s", "'s"))
        for w in words
    )


# A title before a name may hold any words ("council president and chief executive
# Mateo Villanueva"), up to this many.
_TITLED_WORDS = 10


def _is_titled_name(words: list[str]) -> bool:
    """'ministry spokesperson Zhao Min': a title of a few words, then a name; or
    'Deputy Minister of Industry and Trade Pham Quoc Thanh': a title, its office."""
    start = name_suffix(tuple(words))
    if start <= 0 or len(words) > _TITLED_WORDS:
        return False
    if is_role_word(words[start - 1]):
        return True
    titles = [i for i in range(start) if is_role_word(words[i])]
    office = words[titles[-1] + 1 : start] if titles else []
    return office[:1] in (["of"], ["for"]) and all(
        w in _OFFICE_JOINS or w[:1].isupper() for w in office[1:]
    )


_OFFICE_JOINS = frozenset({"of", "for", "and", "&", "the"})


# Words that join a title's fields: "Secretary for Commerce and Economic Development".
_FIELD_JOINS = frozenset({"of", "for", "and", "&", "the"})


def field_titled_name(words: list[str]) -> str | None:
    """'Minister for Trade and Industry Lim Boon Keat' -> 'Lim Boon Keat': a role
    word, its fields in capitals joined by "of", "for" and "and", then a name;
    a field word glued to the name ("Minerals and Coal Bambang Suryadi") is the
    title's."""
    start = name_suffix(tuple(words))
    if start <= 1 or len(words) > _TITLED_WORDS:
        return None
    if words[start - 1] in _FIELD_JOINS and is_person_name(tuple(words[start + 1 :])):
        start += 1
    title = words[:start]
    role = next((i for i, w in enumerate(title) if is_role_word(w)), None)
    if role is None or not any(w in _FIELD_JOINS for w in title[role + 1 :]):
        return None
    before, fields = title[:role], title[role + 1 :]
    if not all(w[:1].isupper() or w.lower() in ROLE_MODIFIERS for w in before):
        return None
    if not all(w[:1].isupper() or w in _FIELD_JOINS for w in fields) or fields[-1] in _FIELD_JOINS:
        return None
    return " ".join(words[start:])


def _is_titled_apposition(words: list[str], inner: str) -> bool:
    """'Daehan's vice president of procurement, Choi Min-jae,': a title, then the name
    between commas."""
    title = len(words) <= _TITLED_WORDS and any(is_role_word(w) for w in words)
    return title and is_person_name(tuple(inner.split()))
