"""An organisation's name as the article spells it in full.

A company is often cued only where the text uses its short form ("Lechner said
it …") while its full name stands elsewhere with no cue ("Lechner Automobil
will …"); and a title run into its employer ("Chief Executive Officer of
Corvane Magnetics") is not an organisation, though its employer is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..model import Entity
from .aliases import organisation_alias
from .lexicon import DEMONYMS, FUNCTION_WORDS, NOT_NAMES, PLACES, is_organisation_name, is_place
from .role_words import PUBLIC_TITLES, ROLE_MODIFIERS, is_role_word

# A word that may go on a company's name: capitalised, or a bracketed
# qualifier ("IREL (India) Limited").
_NAME_WORD = r"(?:\([A-Z][\w.&'’-]*\)|[A-Z][\w.&'’-]*)"
LONGEST_NAME_WORDS = 6


def _continues(word: str) -> bool:
    bare = word.strip("()")
    legal = bare.rstrip(".") in LEGAL_FORMS
    return not legal and bare not in NOT_NAMES and not is_role_word(bare) and bare not in PLACES


def _opens_title(words: list[str]) -> bool:
    """ "Managing Director …", "Chief Executive …": a modifier opening a title
    after a company's name ("Kalari Managing Director Priscilla Ng")."""
    return (
        len(words) > 1
        and words[0].lower() in ROLE_MODIFIERS
        and (is_role_word(words[1]) or words[1].lower() in ROLE_MODIFIERS)
    )


# Legal forms stay off a name, as the cued mentions leave them ("Hokuriku Magnetics").
LEGAL_FORMS = frozenset(
    {"Co", "Corp", "Inc", "Ltd", "Limited", "LLC", "PLC", "Plc", "AG", "SA", "Pty"}
)


def full_name(short: str, texts: Iterable[str], people: frozenset[str] = frozenset()) -> str:
    """The longest run of name words the texts write after ``short`` ("Lone Star"
    → "Lone Star Heavy Elements"), or ``short`` itself; a person's name after the
    company's ("Volta Motors Grace Mbeki said") is not part of it."""
    pattern = re.compile(rf"\b{re.escape(short)}((?:\s+{_NAME_WORD})+)")
    best = short
    for text in texts:
        for found in pattern.finditer(text):
            words: list[str] = []
            run = found.group(1).split()
            for index, word in enumerate(run):
                bare = re.sub(r"[’']s?$", "", word)  # "… Pty Ltd's proposed deal"
                if not _continues(bare) or _opens_title(run[index:]):
                    break
                words.append(bare)
                if bare != word:
                    break  # A possessive closes the name.
            words = _before_person(words, people)
            if words and words[-1].startswith("("):
                words.pop()  # "Lone Star (LSHE)": an acronym after the name, not in it.
            name = " ".join([short, *words]).rstrip(".,")
            if len(name.split()) <= LONGEST_NAME_WORDS and len(name) > len(best):
                best = name
    return best


def _before_person(words: list[str], people: frozenset[str]) -> list[str]:
    for start in range(len(words)):
        if " ".join(words[start : start + 2]) in people or " ".join(words[start:]) in people:
            return words[:start]
    return words


def employer_of_title(name: str) -> str | None:
    """ "Chief Executive Officer of Corvane Magnetics" → "Corvane Magnetics"; a public
    office ("Deputy Minister of Natural Resources") names no employer here: None.
    ``name`` itself when it does not open with a title ("General Motors")."""
    words = name.split()
    if "of" not in words:
        return name
    cut = len(words) - words[::-1].index("of")
    title = words[: cut - 1]
    if not title or not is_role_word(title[-1]):
        return name
    if any(w.lower() in PUBLIC_TITLES for w in title):
        return None
    employer = words[cut:]
    return " ".join(employer) if is_organisation_name(tuple(employer)) else None


# A body's kind standing alone for its name ("The Commission aims …", "Commission
# chief executive …"): the one body of that kind the article names in full.
BARE_HEADS = frozenset(
    {"Commission", "Ministry", "Agency", "Department", "Bank", "Institute", "Council",
     "Association", "Authority", "Bureau", "Fund", "Committee", "Federation"}
)  # fmt: skip
_BEFORE_HEAD = r"((?:[A-Z][\w’'&.-]*\s+){1,4})"


def bare_head_names(name: str, organisations: Iterable[str], texts: Iterable[str]) -> list[str]:
    """The names a bare kind goes by: none where an organisation the article holds
    has it inside and the alias rules would not join them ("Commission" of
    "Minerals Commission of Ghana"); the one name of that kind the texts write
    ("The European Commission today …") put before it, for the alias rules to
    join; else ``name`` alone."""
    if name not in BARE_HEADS:
        return [name]
    holding = [other for other in organisations if other != name and name in other.split()]
    if holding:
        return [name] if any(organisation_alias(name, o) for o in holding) else []
    pattern = re.compile(rf"{_BEFORE_HEAD}{name}\b")
    found = set()
    for text in texts:
        for match in pattern.finditer(text):
            words = match.group(1).split()
            while words and words[0] in FUNCTION_WORDS:  # "The European Commission"
                words = words[1:]
            if words and not is_place(" ".join(words)):
                found.add(" ".join([*words, name]))
    return [found.pop(), name] if len(found) == 1 else [name]


def spelled_out(entities: Iterable[Entity], texts: list[str]) -> tuple[Entity, ...]:
    """Organisations by their full names, titles turned into their employers,
    duplicates dropped (first mention kept)."""
    entities = list(entities)
    people = frozenset(e.name for e in entities if e.kind == "person")
    kept: list[Entity] = []
    names: set[str] = set()
    for entity in entities:
        if entity.kind == "organisation":
            name = employer_of_title(entity.name)
            if name is None:
                continue
            entity = replace(entity, name=full_name(name, texts, people))
        named = [entity]
        if entity.kind == "organisation" and entity.name in DEMONYMS:
            continue  # "Danish motor maker Nordvind Drives": no organisation alone.
        if entity.kind == "organisation":
            orgs = [e.name for e in entities if e.kind == "organisation"]
            named = [replace(entity, name=n) for n in bare_head_names(entity.name, orgs, texts)]
        for entity in named:
            if entity.name not in names:
                names.add(entity.name)
                kept.append(entity)
    return tuple(kept)
