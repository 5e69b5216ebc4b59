"""People's names in bylines: what one is made of, and how it is cleaned
(honorifics off, capitals eased)."""

from __future__ import annotations

import re

from generator.extract.lexicon import is_place

from ..wordlist import words_set
from .dates import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from .words import (
    AGENCIES,
    AGENCY_NAMES,
    HONORIFICS,
    MENU_NOUNS,
    OUTLET_WORDS,
    ROLE_WORDS,
    SECTION_WORDS,
    TOPIC_NOUNS,
    is_section_label,
)

NAME_PARTICLES = frozenset(
    {"and", "&", "de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "du", "bin"}
)
_NAME_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*")
MAX_NAME_TOKENS = 8
_DOMAIN_TOKEN = re.compile(r"[a-z]{2}\.[a-z]{2,}", re.IGNORECASE)


# Houses and governments, in no one's name ("European Parliament", "Scottish
# Government").
INSTITUTION_WORDS = words_set("parliament senate congress government assembly legislature")
# Countries and unions by their dotted initials (compared without the last dot).
COUNTRY_ABBREVIATIONS = frozenset({"u.s", "u.k", "u.n", "e.u", "u.s.a", "u.a.e"})


def is_name(text: str) -> bool:
    """A person's name (or names joined by "and"): capitalised tokens and particles,
    none of them an outlet's or a job title's word."""
    tokens = text.split()
    if not 1 <= len(tokens) <= MAX_NAME_TOKENS:
        return False
    lowered = [t.lower().strip(".,") for t in tokens]
    if (
        lowered[0] in NAME_PARTICLES
        or lowered[-1] in NAME_PARTICLES
        or lowered[0] in ("the", "by", "team")
    ):
        return False
    if len(tokens) == 1 and lowered[0][:3] in MONTH_ABBREVIATIONS + WEEKDAY_ABBREVIATIONS:
        return False
    # "Agence France-Presse", "Jiji Press": an agency's full name.
    if text.lower() in AGENCY_NAMES:
        return False
    # "Directors' Dealings": a plural's possessive ends no one's name.
    if any(t.endswith(("'", "’")) for t in tokens):
        return False
    # "U.S. Geological Survey": a country's dotted abbreviation is in no one's name.
    if any(w in COUNTRY_ABBREVIATIONS for w in lowered):
        return False
    # "Mining.com", "Asia.Nikkei": a site's address, never a person's name.
    if any(_DOMAIN_TOKEN.search(t) for t in tokens):
        return False
    if any(
        w in INSTITUTION_WORDS
        or w in OUTLET_WORDS
        or w in ROLE_WORDS
        or w in AGENCIES
        or w in SECTION_WORDS
        or w in TOPIC_NOUNS
        or w in MENU_NOUNS
        for w in lowered
    ):
        return False
    return all(
        token.lower() in NAME_PARTICLES
        or (_NAME_TOKEN.fullmatch(token) is not None and token[0].isupper())
        for token in tokens
    )


PERSON_MAX_TOKENS = 4


def is_person(text: str) -> bool:
    """A name of two to four words: "Dana Whitfield", "Kim Min-ji", "JOHN MERCER";
    never a place's ("Hong Kong", "New Delhi" on a line under the date)."""
    return (
        2 <= len(text.split()) <= PERSON_MAX_TOKENS
        and is_name(text)
        and not is_section_label(text)
        and not is_place(" ".join(w.capitalize() if w.isupper() else w for w in text.split()))
    )


def clean_name(text: str) -> str:
    """Honorifics off, capitals eased: "Dr. Ellen Marsh" → "Ellen Marsh",
    "ZHANG WEI" → "Zhang Wei"."""
    names = [HONORIFICS.sub("", part.strip()) for part in re.split(r"\s+and\s+", text)]
    joined = " and ".join(n for n in names if n)
    letters = [c for c in joined if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        joined = " ".join(w if w.lower() == "and" else w.capitalize() for w in joined.split())
        joined = joined.replace(" And ", " and ")
    return joined


# A town's first or last word, which no writer's name after a comma has
# ("By Jane Doe, Sioux Falls", "By Jane Doe, San Mateo").
TOWN_WORDS = words_set(
    """
    san santa st. st saint los las el la des new fort port grand salt baton palm cape
    north south east west upper lower mount falls city beach springs rapids lake bay heights
    park harbor harbour creek hills village town
    """
)


COMMA_LIST_MIN_NAMES = 3
NAME_JOINERS = frozenset({"and", "&"})


def is_listed_person(part: str) -> bool:
    """One name of a list parted by commas: a person's, shaped like no town's
    and holding no "and" ("President and CEO")."""
    words = [w.lower() for w in part.split()]
    if not words or words[0] in TOWN_WORDS or words[-1] in TOWN_WORDS:
        return False
    if any(w in NAME_JOINERS for w in words):
        return False
    return is_person(HONORIFICS.sub("", part))
