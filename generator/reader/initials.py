"""A body's initials and the name they stand for: "FW" for "Formosa Wire",
"PMAA" for "Permanent Magnet Alliance of the Americas", and the name a page
spells in full for the initials it gives as its source ("U.S. Customs and
Border Protection" for "CBP")."""

from __future__ import annotations

import re
from collections.abc import Iterable

# "PMAA", "ASMC": a body's initials, two to six capitals.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Words a body's initials leave out ("Alliance of the Americas": A, A).
_SMALL_WORDS = frozenset({"the", "of", "and", "&", "for"})
# A wire's last word, which its initials may leave out ("DJ" for "Dow Jones Newswires").
_WIRE_WORDS = frozenset({"newswires", "newswire", "news", "wire", "wires", "service"})
SPELLED_OUT_MAX_WORDS = 10


def initials(name: str) -> str:
    """ "FW" for "Formosa Wire" and "The Formosa Wire", "PMAA" for "Permanent
    Magnet Alliance of the Americas": the first letters of its words, small
    words left out."""
    return "".join(w[0].upper() for w in name.split() if w.casefold() not in _SMALL_WORDS)


def initials_with_of(name: str) -> str:
    """ "MOTIE" for "Ministry of Trade, Industry and Energy": the initials with
    its "of" kept, as ministries in Korea and Japan often spell theirs."""
    return "".join(
        w[0].upper()
        for w in name.split()
        if w.casefold() == "of" or w.casefold() not in _SMALL_WORDS
    )


def stands_for(letters: str, name: str) -> bool:
    """The initials are the name's (with or without a wire's last word, or
    with its "of")."""
    spelled = initials(name)
    last = name.split()[-1].casefold()
    return (
        spelled == letters
        or (last in _WIRE_WORDS and spelled[:-1] == letters)
        or (" of " in f" {name.casefold()} " and initials_with_of(name) == letters)
    )


def spelled_out(acronym: str, lines: Iterable[str]) -> str | None:
    """The name a page spells in full for the initials it gives as its source
    ("© 2026 PMAA" under "Permanent Magnet Alliance of the Americas"): a line
    of title-cased words whose initials they are (or the end of one), or the
    name before "(PMAA)"."""
    if _ACRONYM.fullmatch(acronym) is None:
        return None
    for line in lines:
        bracketed = line.find(f"({acronym})")
        candidates = [line.strip(" .,;:")]
        if bracketed > 0:
            candidates.append(line[:bracketed])
        for text in candidates:
            words = text.split()
            for start in range(max(0, len(words) - SPELLED_OUT_MAX_WORDS), len(words)):
                name = " ".join(words[start:])
                if _all_titled(words[start:]) and stands_for(acronym, name):
                    # ("U.S. Customs and Border Protection" for "CBP": the
                    # country its initials leave out stays in its name)
                    if start > 0 and words[start - 1] in COUNTRY_PREFIXES:
                        name = f"{words[start - 1]} {name}"
                    return re.sub(r"^(?:the|The)\s+", "", name)
    return None


# A country's initials before a public body's name ("U.S. Geological Survey").
COUNTRY_PREFIXES = frozenset({"U.S.", "US", "UK", "U.K."})


def _all_titled(words: list[str]) -> bool:
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)
    )


# A short name that is no initials ("EUROMAG", "UNCTAD"): this many capitals at most.
SHORT_NAME_MAX_LETTERS = 10
FULL_NAME_MIN_WORDS = 2


def contracts(short: str, name: str) -> bool:
    """ "EUROMAG" for "European Magnet Industry Association": the short name's
    letters, in order, from the name's own, its first letter the name's."""
    letters = "".join(c for c in re.sub(r"^(?:the|The)\s+", "", name) if c.isalpha()).upper()
    if not letters or not short or letters[0] != short[0]:
        return False
    rest = iter(letters)
    return all(letter in rest for letter in short)


def bracketed_name(short: str, lines: Iterable[str]) -> str | None:
    """ "The European Magnet Industry Association (EUROMAG)": the name a page
    gives before the short name in brackets, when it contracts to it."""
    if not (short.isupper() and short.isalpha() and len(short) <= SHORT_NAME_MAX_LETTERS):
        return None
    for line in lines:
        at = line.find(f"({short})")
        if at <= 0:
            continue
        words = line[:at].split()
        for start in range(max(0, len(words) - SPELLED_OUT_MAX_WORDS), len(words) - 1):
            name = " ".join(words[start:])
            if words[start][:1].isupper() and _all_titled(words[start:]) and contracts(short, name):
                return re.sub(r"^(?:the|The)\s+", "", name)
    return None
