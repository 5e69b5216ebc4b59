"""``check``: people and organisations across the site that are likely one thing.

Within an article the resolver merges short forms; across articles only the
safe short forms are merged (``site_aliases.py``: "Trump" into the one Donald
Trump the site names). ``check`` reports the other likely pairs, as warnings
naming both files, so that a writer merges them in ``seeds/people.yml`` (or
leaves them): one name a short form of another that the site could not merge
safely ("Xing" with two full names holding it), or two people with one surname
and one organisation in their roles ("Grace Mbeki" and "G. Mbeki", both "at
Volta Motors").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .entity_index import Resolve, entity_key
from .errors import Diagnostic
from .extract.aliases import is_alias
from .model import Article, Entity


@dataclass(frozen=True)
class _Seen:
    """An entity where it was first seen on the site."""

    entity: Entity
    path: str


def _first_seen(articles: Sequence[Article]) -> list[_Seen]:
    seen: dict[tuple[str, str], _Seen] = {}
    for article in sorted(articles, key=lambda a: a.path):
        for entity in article.entities:
            seen.setdefault((entity.kind, entity.name), _Seen(entity, article.path))
    return list(seen.values())


def _surname(name: str) -> str:
    return name.split()[-1]


def _employers(entity: Entity, organisations: Sequence[str]) -> set[str]:
    role = entity.role or ""
    return {org for org in organisations if org in role}


def _same_person(one: Entity, other: Entity, organisations: Sequence[str]) -> bool:
    """One surname, and an organisation both roles name."""
    if one.kind != "person" or other.kind != "person" or one.name == other.name:
        return False
    return _surname(one.name) == _surname(other.name) and bool(
        _employers(one, organisations) & _employers(other, organisations)
    )


def _pairs(seen: Sequence[_Seen], resolve: Resolve) -> Iterator[tuple[_Seen, _Seen]]:
    organisations = sorted({s.entity.name for s in seen if s.entity.kind == "organisation"})
    for i, one in enumerate(seen):
        for other in seen[i + 1 :]:
            a, b = one.entity, other.entity
            if resolve(a.name) == resolve(b.name):
                continue  # one entry already
            if is_alias(a, b) or is_alias(b, a) or _same_person(a, b, organisations):
                yield one, other


def likely_duplicates(
    articles: Sequence[Article], resolve: Resolve = entity_key
) -> list[Diagnostic]:
    """A warning on the first file of each likely pair the site has not merged
    (``resolve``: the site's names to entries), naming the other."""
    found: list[Diagnostic] = []
    for one, other in _pairs(_first_seen(articles), resolve):
        where = "here too" if one.path == other.path else f"in {other.path}"
        found.append(
            Diagnostic(
                one.path,
                one.entity.line,
                "warning",
                f"{one.entity.kind} {one.entity.name!r} and {other.entity.name!r} ({where}, "
                f"line {other.entity.line}) may be one: merge them in seeds/people.yml "
                "(an entry with aliases) or rename one",
            )
        )
    return found
