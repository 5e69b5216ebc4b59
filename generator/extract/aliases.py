"""When two names in an article are one person or one organisation.

A surname or a first name alone is the person named in full ("Xing" is Xing
Ziqiang, "Trump" is Donald Trump), when only one person has it. An organisation
is the same under a shorter form ("Lynas" for Lynas Rare Earths, "Commission"
for European Commission), its words in the other order ("Commerce Ministry" for
Ministry of Commerce) or its acronym ("IEA"). The fullest name is kept, the
others become its aliases; the entity stays where it was first mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Entity
from ..wordlist import HONORIFICS
from .lexicon import LEGAL_SUFFIXES, is_place

# Words that open a style of two: "Rt Hon", "Right Honourable".
STYLES = frozenset({"Rt", "Right"})
# Heads that may come first or last: "Ministry of Commerce" / "Commerce Ministry".
_INVERTIBLE = frozenset(
    {"Ministry", "Department", "Agency", "Bureau", "Office", "Commission", "Administration"}
)
_SMALL = frozenset({"of", "for", "and", "the", "on", "&"})
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "da", "di", "du", "la", "le"})


# Conferred titles written before a name in Malaysia and Brunei ("Datuk Seri
# Anwar", "Tan Sri Ali"), longest first; "Tan" and "Sri" alone are names.
CONFERRED_TITLES = (
    ("Tan", "Sri"), ("Datuk", "Seri"), ("Dato'", "Seri"), ("Dato'", "Sri"), ("Dato’", "Sri"),
    ("Toh", "Puan"), ("Datuk",), ("Dato",), ("Dato'",), ("Dato’",), ("Datin",), ("Tun",),
)  # fmt: skip


def without_honorific(name: str) -> str:
    """'Dr Amira Haddad', 'Mr. Roe', 'Datuk Hafiz Ismail' -> 'Amira Haddad', 'Roe',
    'Hafiz Ismail'."""
    words = name.split()
    if len(words) > 2 and words[0].lower() == "the" and words[1].rstrip(".") in HONORIFICS | STYLES:
        words = words[1:]  # "the Honourable Jane Roe", "the Hon. Jane Roe"
    if len(words) > 2 and words[0] in STYLES and words[1].rstrip(".") in HONORIFICS:
        words = words[1:]  # "Rt Hon Owen Pritchard": a style of two words.
    if len(words) > 1 and words[0].rstrip(".") in HONORIFICS:
        # "Excellency Mr Fujimoto Kenta": a style, then an honorific.
        while len(words) > 1 and words[0].rstrip(".") in HONORIFICS:
            words = words[1:]
        return " ".join(words)
    for title in CONFERRED_TITLES:
        if len(words) > len(title) + 1 and tuple(words[: len(title)]) == title:
            return " ".join(words[len(title) :])
    return name


def _name_words(name: str) -> list[str]:
    return [w for w in name.split() if w not in _PARTICLES]


def person_alias(short: str, full: str) -> bool:
    """'Xing' / 'Ziqiang' / 'Quy Kien' of 'Xing Ziqiang' / 'Tran Quy Kien'."""
    short_words, full_words = _name_words(short), _name_words(full)
    if not short_words or len(short_words) >= len(full_words):
        return False
    if len(short_words) == 1:
        return short_words[0] in (full_words[0], full_words[-1])
    # "Ahmad Faizal" of "Ahmad Faizal bin Hamzah": the given names before "bin".
    given = full.split(" bin ")[0].split(" binti ")[0].split()
    if short_words == given:
        return True
    return full_words[-len(short_words) :] == short_words


def _inverted(name: str) -> str:
    """'Commerce Ministry' -> 'Ministry of Commerce': one order to compare in."""
    words = name.split()
    if len(words) > 1 and words[-1] in _INVERTIBLE and "of" not in words:
        return " ".join([words[-1], "of", *words[:-1]])
    return name


def _uncountried(name: str) -> str:
    """'U.S. Department of Commerce' -> 'Department of Commerce': the name less the
    country written before it."""
    country, _, rest = name.partition(" ")
    return rest if rest and is_place(country) else name


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w not in _SMALL)


# Bodies known by a building's name: "the Pentagon" is the Department of Defense
# (written with its country or not: "U.S. Department of Defense").
BUILDING_NAMES = {"Pentagon": ("Department of Defense", "Defense Department", "Department of War")}


def organisation_alias(short: str, full: str) -> bool:
    """'Lynas' / 'Commission' / 'Commerce Ministry' / 'IEA' / 'Pentagon' of a fuller name."""
    if any(full == name or full.endswith(f" {name}") for name in BUILDING_NAMES.get(short, ())):
        return True
    # "Commerce Ministry" of "Ministry of Commerce", not the other way round; also of
    # the name with its country ("Commerce Department" of "U.S. Department of Commerce").
    if _inverted(short) != short and _inverted(short) in (_inverted(full), _uncountried(full)):
        return True
    if full == f"{short}." and full.split()[-1] in LEGAL_SUFFIXES:
        return True  # "Sakura K.K" at a sentence's end, its stop taken by the full stop.
    short_words, full_words = short.split(), full.split()
    if len(short_words) >= len(full_words):
        return False
    if re.fullmatch(r"[A-Z]{2,8}", short) and _initials(full) == short:
        return True
    if short_words in (full_words[: len(short_words)], full_words[-len(short_words) :]):
        return True
    # "Common Metals" of "Less Common Metals Ltd": the end of the name before its legal form.
    core = list(full_words)
    while len(core) > 1 and core[-1] in LEGAL_SUFFIXES:
        core.pop()
    return (
        len(short_words) > 1
        and len(short_words) < len(core)
        and short_words == core[-len(short_words) :]
    )


def is_alias(short: Entity, full: Entity) -> bool:
    """Whether ``short`` is another name of ``full`` (both of one kind)."""
    if short.kind != full.kind or short.name == full.name:
        return False
    if short.kind == "person":
        return person_alias(short.name, full.name)
    return organisation_alias(short.name, full.name)


def _fullest(group: Sequence[Entity]) -> Entity:
    """The name to keep: most words, then an 'X of Y' form, then a legal form with its
    stop, then first seen."""
    return max(group, key=lambda e: (len(e.name.split()), " of " in e.name, e.name[-1:] == "."))


def merge_aliases(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """One entity per real thing, in order of first mention; a short form that
    could be either of two entities is left as it is."""
    owner: dict[int, int] = {}
    for i, short in enumerate(entities):
        fuller = [j for j, full in enumerate(entities) if is_alias(short, full)]
        if len(fuller) == 1 or _same_target(entities, fuller):
            owner[i] = fuller[0]
    groups: dict[int, list[int]] = {}
    for i in range(len(entities)):
        groups.setdefault(_root(owner, i), []).append(i)
    merged = [_merged([entities[i] for i in members]) for members in groups.values()]
    return tuple(sorted(merged, key=lambda e: min_line(e, entities)))


def _same_target(entities: Sequence[Entity], fuller: list[int]) -> bool:
    """A short form of several fuller names is still one thing when they are one:
    'Trump' of 'Donald J. Trump' and of 'Donald Trump'... only if each is an alias of
    the first."""
    if not fuller:
        return False
    first = entities[fuller[0]]
    return all(is_alias(entities[j], first) or j == fuller[0] for j in fuller)


def _root(owner: dict[int, int], i: int) -> int:
    seen = {i}
    while i in owner and owner[i] not in seen:
        i = owner[i]
        seen.add(i)
    return i


def _merged(group: list[Entity]) -> Entity:
    """The fullest name, the first role given, the first line, every other name."""
    keep = _fullest(group)
    role = keep.role or next((e.role for e in group if e.role), None)
    names = [name for e in group for name in (e.name, *e.aliases)]
    aliases = {name for name in names if name != keep.name}
    line = min(e.line for e in group)
    return replace(keep, role=role, line=line, aliases=tuple(sorted(aliases)))


def min_line(entity: Entity, entities: Sequence[Entity]) -> tuple[int, int]:
    """Where an entity (or any of its names) is first mentioned: line, then order."""
    names = {entity.name, *entity.aliases}
    order = min(i for i, e in enumerate(entities) if e.name in names)
    return entity.line, order
