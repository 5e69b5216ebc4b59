"""People an article names only by a title and a surname.

A court's summary writes "Justice Harmsworth", a hearing's transcript "Senator
Corvette", and neither ever gives the first name. Such a person is named as the
text names them, title and surname ("Justice Harmsworth"), not by the surname
alone, which names no one; the surname stays an alias, so "Harmsworth said" and
"his Honour" still find them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Entity
from .role_words import PUBLIC_TITLES

# Offices a text writes before a bare surname as a form of address ("Senator
# Corvette", "Justice Okoye", "Commissioner Solberg").
ADDRESS_TITLES = PUBLIC_TITLES - frozenset(
    {"official", "lawmaker", "legislator", "politician", "parliamentarian", "diplomat"}
) | frozenset({"chair", "chairman", "chairwoman"})
_MAX_TITLE_WORDS = 2  # "Circuit Judge", "Deputy Secretary"


def address_title(role: str | None) -> str | None:
    """The office a role ends in when it is a form of address: 'Senator' -> 'Senator',
    'Circuit Judge' -> 'Judge'; None for 'analyst' or a long role."""
    words = role.split() if role else []
    if not words or len(words) > _MAX_TITLE_WORDS or not words[-1][:1].isupper():
        return None
    return words[-1] if words[-1].lower() in ADDRESS_TITLES else None


def titled_surnames(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """A person known by one word and a title of address, named with the title."""
    named: list[Entity] = []
    for entity in entities:
        title = address_title(entity.role) if entity.kind == "person" else None
        if title and len(entity.name.split()) == 1:
            aliases = tuple(sorted({*entity.aliases, entity.name}))
            entity = replace(entity, name=f"{title} {entity.name}", aliases=aliases)
        named.append(entity)
    return tuple(named)


def titled_surname(name: str) -> str | None:
    """The surname of a name written as a title of address and a surname ('Minister
    Ashdown' -> 'Ashdown'), for the full name the page may give elsewhere; else None."""
    words = name.split()
    if len(words) != 2 or not words[1][:1].isupper() or not address_title(words[0]):
        return None
    return words[1]
