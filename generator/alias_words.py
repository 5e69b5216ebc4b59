"""Topic names as words: how an alias is split, what makes a word an acronym,
and the key two aliases share when they mean the same thing (case, hyphens
and a plural last word aside). The taxonomy's checks and topic detection's
patterns both follow these rules.
"""

from __future__ import annotations

import re

# Hyphens and the dash writers use between paired names ("US–China").
_WORD_SEPARATOR = re.compile(r"[\s\-\u2010\u2011\u2013]+")


def alias_words(alias: str) -> list[str]:
    """Split an alias into words at spaces and hyphens."""
    return [word for word in _WORD_SEPARATOR.split(alias.strip()) if word]


def is_acronym(word: str) -> bool:
    """True for all-capitals names such as REE, EU, WTO, U.S. or a plural like REEs."""
    base = word[:-1] if len(word) > 2 and word.endswith("s") and word[-2].isupper() else word
    letters = [char for char in base if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def acronym_base(word: str) -> str:
    """An acronym without its plural ``s``: REEs -> REE."""
    return word[:-1] if len(word) > 2 and word.endswith("s") and word[-2].isupper() else word


def singular(word: str) -> str:
    """A rough English singular, good enough for topic names (duties -> duty)."""
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word[-1].isupper() else "y")
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def alias_key(alias: str) -> str:
    """What an alias matches, ignoring case, hyphens and a plural last word."""
    words = alias_words(alias)
    if not words:
        return ""
    last = words[-1]
    words[-1] = acronym_base(last) if is_acronym(last) else singular(last)
    return " ".join(words).casefold()


# Small words inside a body's name: "Department of Defense".
_NAME_JOINERS = frozenset({"of", "on", "and", "for", "the", "de", "des", "du", "la"})
# A capitalised word ("Defense", "U.S.-China" is two): not an acronym or a
# symbol ("REE", "EV", "NdFeB" name materials and machines, not bodies).
_NAME_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)+")


def is_body_name(alias: str) -> bool:
    """Whether an alias is written as a name: every word capitalised but the small
    joining words ("Pentagon", "European Commission", "Department of Defense").
    Inside a longer name it still names its topic: the Defense Logistics Agency
    is a defense body, the U.S.-China Business Council a US-China one."""
    words = alias_words(alias)
    return bool(words) and all(_NAME_WORD.fullmatch(w) or w in _NAME_JOINERS for w in words)
