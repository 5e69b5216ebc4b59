"""Writers' say over people and organisations across the site (``seeds/people.yml``).

An optional list of entries; each names an entity as the site should show it,
the other names it goes by (merged into it: a rename is an old name listed as
an alias), a description, or ``hide: true`` to leave it off every page::

    - name: Xing Ziqiang
      aliases: [Xing, Ziqiang Xing]
      description: Morgan Stanley's chief China economist
    - name: Harbour Times
      hide: true

Read under the input policy with the project's safe YAML reader; every problem
is a ``SeedError`` with the file and the line of the entry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import SeedError
from .model import Article, Entity
from .reader.source import PEOPLE, read_yaml_input
from .yamlsafe import LineMap

PEOPLE_NAME = "people.yml"
_KEYS = frozenset({"name", "aliases", "description", "hide"})


@dataclass(frozen=True)
class PersonEntry:
    """One entry: the name shown, the names merged into it, a description, hidden."""

    name: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    hide: bool = False
    line: int = 1

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class People:
    """Every entry of ``people.yml``; empty when there is no file."""

    entries: tuple[PersonEntry, ...] = ()

    @property
    def settled(self) -> tuple[str, ...]:
        """The names the writers gave: no automatic merge across articles touches them."""
        return tuple(entry.name for entry in self.entries)

    def entry_for(self, names: Sequence[str]) -> PersonEntry | None:
        return next((e for e in self.entries if any(n in e.names for n in names)), None)

    def apply(self, article: Article) -> Article:
        """The article's entities and speakers as the writers want them named."""
        if not self.entries:
            return article
        renamed: dict[str, Entity] = {}
        for entity in article.entities:
            entry = self.entry_for((entity.name, *entity.aliases))
            if entry is not None and entry.hide:
                continue
            named = _as_entry(entity, entry) if entry else entity
            known = renamed.get(named.name)
            renamed[named.name] = _joined(known, named) if known else named
        quotes = tuple(replace(q, speaker=self._speaker(q.speaker)) for q in article.quotes)
        entities = tuple(renamed.values())
        # Topic words inside the names are no mention: other names, another main topic.
        same_names = [e.name for e in entities] == [e.name for e in article.entities]
        main_topic = article.main_topic if same_names else None
        return replace(article, entities=entities, quotes=quotes, main_topic=main_topic)

    def _speaker(self, speaker: str | None) -> str | None:
        entry = self.entry_for((speaker,)) if speaker else None
        return entry.name if entry and not entry.hide else speaker


def _as_entry(entity: Entity, entry: PersonEntry) -> Entity:
    others = {entity.name, *entity.aliases, *entry.aliases} - {entry.name}
    return replace(
        entity,
        name=entry.name,
        aliases=tuple(sorted(others)),
        description=entry.description or entity.description,
    )


def _joined(first: Entity, second: Entity) -> Entity:
    """Two entities the writers merged: the first mention's place and role kept."""
    aliases = tuple(sorted({*first.aliases, *second.aliases} - {first.name}))
    return replace(first, role=first.role or second.role, aliases=aliases)


def load_people(path: Path, display: str) -> People:
    """The validated entries; a missing or empty file is no entries."""
    wrong = "people.yml must be a list of entries (- name: …)"
    data, lines = read_yaml_input(path, display, PEOPLE, list, wrong)
    entries = tuple(_entry(item, index, lines, display) for index, item in enumerate(data))
    _no_name_twice(entries, display)
    return People(entries)


def _entry(item: object, index: int, lines: LineMap, display: str) -> PersonEntry:
    line = lines.line(index)
    if not isinstance(item, dict):
        raise SeedError(display, line, "each entry is a mapping with at least a 'name'")
    unknown = sorted(str(k) for k in item if k not in _KEYS)
    if unknown:
        known = ", ".join(sorted(_KEYS))
        raise SeedError(
            display, lines.line(index, unknown[0]), f"unknown key {unknown[0]!r} ({known})"
        )
    name = _text(item.get("name"), "name", lines.line(index, "name"), display)
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list):
        raise SeedError(display, lines.line(index, "aliases"), "'aliases' must be a list of names")
    names = tuple(
        _text(a, "alias", lines.line(index, "aliases", i), display) for i, a in enumerate(aliases)
    )
    description = item.get("description")
    if description is not None:
        description = _text(description, "description", lines.line(index, "description"), display)
    hide = item.get("hide", False)
    if not isinstance(hide, bool):
        raise SeedError(display, lines.line(index, "hide"), "'hide' must be true or false")
    return PersonEntry(name, names, description, hide, line)


def _text(value: object, what: str, line: int, display: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SeedError(display, line, f"the {what} must be a non-empty string")
    return " ".join(value.split())


def _no_name_twice(entries: Sequence[PersonEntry], display: str) -> None:
    """A name in two entries would merge an entity into either: refused."""
    seen: dict[str, int] = {}
    for entry in entries:
        for name in entry.names:
            if name in seen:
                raise SeedError(
                    display, entry.line, f"{name!r} is already in the entry on line {seen[name]}"
                )
            seen[name] = entry.line
