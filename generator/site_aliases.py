"""One entity across articles: a short form merged into a full name the site knows.

Within an article ``extract/aliases.py`` merges "Trump" into Donald Trump when
the article names both. Across articles the evidence is the whole site's names,
and a merge is made only where it is safe:

- a person named by one word ("Trump", "Xing") is merged into the one person
  the site names in full with that word as the first or last name;
- an organisation named by its first word ("Lynas"), its words in the other
  order ("Commerce Ministry") or its initials ("IEA") is merged into the one
  organisation whose fuller name that is;
- a short form that fits two full names stays as it is, two different full
  names are never merged, and a name the writers list in ``seeds/people.yml``
  is theirs to settle (never merged here).

``site_resolver`` gives the entity index (and related articles) a ``Resolve``:
a name to the key of the entity it stands for (``entity_key`` of the full name).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .entity_index import Resolve, entity_key
from .extract.aliases import organisation_alias
from .model import Article, EntityKind

# Words that name a kind of body, not one body: "Ministry" alone is no short form.
_GENERIC_HEADS = frozenset(
    {
        "agency", "association", "authority", "bank", "board", "bureau", "commission",
        "committee", "company", "corporation", "council", "department", "government",
        "group", "institute", "ministry", "office", "parliament", "university",
    }
)  # fmt: skip
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "da", "di", "du", "la", "le"})


@dataclass(frozen=True)
class SiteAliases:
    """Short forms (by key) and the key of the full name each stands for."""

    merged: Mapping[str, str]

    def resolve(self, name: str) -> str:
        key = entity_key(name)
        return self.merged.get(key, key)

    def __call__(self, name: str) -> str:
        return self.resolve(name)


def site_resolver(articles: Iterable[Article], settled: Iterable[str] = ()) -> SiteAliases:
    """The safe cross-article merges among every article's people and organisations;
    ``settled`` are the names in ``people.yml``, never merged automatically."""
    names = _names_by_kind(articles)
    kept = {entity_key(name) for name in settled}
    merged: dict[str, str] = {}
    for kind, spellings in sorted(names.items()):
        fulls = [name for name in spellings if _is_full(name, kind)]
        for short in sorted(spellings):
            key = entity_key(short)
            if key in kept or key in merged:
                continue
            targets = {entity_key(full) for full in fulls if _short_of(short, full, kind)}
            targets.discard(key)
            if len(targets) == 1:
                merged[key] = targets.pop()
    # A full name never stands for another: only short forms map, and to a full name.
    return SiteAliases({k: v for k, v in sorted(merged.items()) if v not in merged})


def _names_by_kind(articles: Iterable[Article]) -> dict[EntityKind, set[str]]:
    """Every spelling, under the kind most articles give its key."""
    kinds: dict[str, Counter[EntityKind]] = defaultdict(Counter)
    spellings: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for entity in article.entities:
            name = " ".join(entity.name.split())
            key = entity_key(name)
            if key:
                kinds[key][entity.kind] += 1
                spellings[key].add(name)
    found: dict[EntityKind, set[str]] = defaultdict(set)
    for key, counted in kinds.items():
        kind: EntityKind = (
            "organisation" if counted["organisation"] > counted["person"] else "person"
        )
        found[kind] |= spellings[key]
    return found


def _words(name: str) -> list[str]:
    return [w for w in name.split() if w.casefold() not in _PARTICLES]


def _is_full(name: str, kind: EntityKind) -> bool:
    return len(_words(name)) > 1 if kind == "person" else len(name.split()) > 1


def _short_of(short: str, full: str, kind: EntityKind) -> bool:
    """Whether ``short`` is a safe short form of ``full`` across articles."""
    if kind == "person":
        words, full_words = _words(short), _words(full)
        if len(words) != 1 or len(full_words) < 2:
            return False
        folded = words[0].casefold()
        return folded in (full_words[0].casefold(), full_words[-1].casefold())
    return _organisation_short(short, full)


def _organisation_short(short: str, full: str) -> bool:
    """First word ("Lynas"), inverted ("Commerce Ministry") or initials ("IEA");
    not a longer tail or head ("Rare Earths", "European Commission" of another)."""
    words = short.split()
    if len(words) == 1 and words[0].casefold() in _GENERIC_HEADS:
        return False
    if not organisation_alias(short, full):
        return False
    same_words = sorted(w.casefold() for w in words if w != "of") == sorted(
        w.casefold() for w in full.split() if w != "of"
    )
    is_acronym = short.isupper() and len(words) == 1
    is_first_word = len(words) == 1 and full.split()[0] == short
    return same_words or is_acronym or is_first_word


__all__ = ["Resolve", "SiteAliases", "site_resolver"]
