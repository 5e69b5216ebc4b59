"""One entity across articles: a short form merged into a full name the site knows.

Within an article ``extract/aliases.py`` merges "Trump" into Donald Trump when
the article names both. Across articles the evidence is the whole site's names,
and a merge is made only where it is safe:

- an organisation named by its words in the other order ("Commerce Ministry")
  or by its initials ("IEA") is the one organisation whose fuller name that is;
- a person named by one word ("Trump", "Xing"), or by a form of address and a
  surname ("President Trump"), is the one person the site names
  in full with that word as the first or last name, and an organisation named
  by its first word ("Lynas") the one company whose name is that word and
  company words ("Rare Earths", "Materials", "Corp"): for these weaker forms the
  two must also be seen in the same company: another entity, or a topic that
  fewer than half the site's articles have, that articles naming each share;
- a short form that fits two full names stays as it is, two different full
  names are never merged, and a name the writers list in ``seeds/people.yml``
  is theirs to settle (never merged here).

``site_resolver`` gives the entity index (and related articles) a ``Resolve``:
a name to the key of the entity it stands for (``entity_key`` of the full name).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .entity_index import entity_key
from .extract.aliases import organisation_alias
from .extract.lone_surnames import ADDRESS_TITLES
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
# What follows a company's own name in its full name: "Lynas Rare Earths", "MP Materials".
_COMPANY_WORDS = frozenset(
    {
        "ag", "co", "company", "corp", "corporation", "earths", "energy", "group",
        "holdings", "inc", "industries", "limited", "llc", "ltd", "magnetics", "materials",
        "metals", "minerals", "mining", "motors", "nv", "plc", "rare", "resources", "sa",
        "se", "technologies", "technology",
    }
)  # fmt: skip


@dataclass(frozen=True)
class SiteAliases:
    """Short forms (by key) and the key of the full name each stands for."""

    merged: Mapping[str, str]

    def resolve(self, name: str) -> str:
        key = entity_key(name)
        return self.merged.get(key, key)

    def __call__(self, name: str) -> str:
        return self.resolve(name)


def site_resolver(articles: Sequence[Article], settled: Iterable[str] = ()) -> SiteAliases:
    """The safe cross-article merges among every article's people and organisations;
    ``settled`` are the names in ``people.yml``, never merged automatically."""
    seen = _Seen.of(articles)
    kept = {entity_key(name) for name in settled}
    merged: dict[str, str] = {}
    for kind, spellings in sorted(seen.by_kind().items()):
        fulls = [name for name in spellings if _is_full(name, kind)]
        for short in sorted(spellings):
            key = entity_key(short)
            if key in kept or key in merged:
                continue
            fits = {entity_key(full): _fit(short, full, kind) for full in fulls}
            targets = {target: fit for target, fit in fits.items() if fit and target != key}
            if len(targets) != 1:
                continue
            ((target, fit),) = targets.items()
            if fit == "strong" or seen.share_context(key, target):
                merged[key] = target
    # A full name never stands for another: only short forms map, and to a full name.
    return SiteAliases({k: v for k, v in sorted(merged.items()) if v not in merged})


@dataclass
class _Seen:
    """Every key's spellings, kinds and context (its articles' topics and the
    other entities named beside it)."""

    kinds: dict[str, Counter[EntityKind]] = field(default_factory=lambda: defaultdict(Counter))
    spellings: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    context: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def of(cls, articles: Sequence[Article]) -> _Seen:
        seen = cls()
        held = Counter(slug for article in articles for slug in dict.fromkeys(article.topics))
        # A topic most articles have ("rare earths" on a rare-earths site) is no evidence.
        telling = {slug for slug, count in held.items() if 2 * count <= len(articles)}
        for article in articles:
            keys = {entity_key(e.name) for e in article.entities} - {""}
            around = {f"topic:{slug}" for slug in article.topics if slug in telling} | keys
            for entity in article.entities:
                name = " ".join(entity.name.split())
                key = entity_key(name)
                if key:
                    seen.kinds[key][entity.kind] += 1
                    seen.spellings[key].add(name)
                    seen.context[key] |= around - {key}
        return seen

    def by_kind(self) -> dict[EntityKind, set[str]]:
        """Every spelling, under the kind most articles give its key."""
        found: dict[EntityKind, set[str]] = defaultdict(set)
        for key, counted in self.kinds.items():
            kind: EntityKind = (
                "organisation" if counted["organisation"] > counted["person"] else "person"
            )
            found[kind] |= self.spellings[key]
        return found

    def share_context(self, short: str, full: str) -> bool:
        return bool((self.context[short] - {full}) & (self.context[full] - {short}))


def _words(name: str) -> list[str]:
    words = [w for w in name.split() if w.casefold() not in _PARTICLES]
    # "President Trump" (an article that never gives the first name) is the
    # surname with a form of address: a short form, not a full name.
    if len(words) > 1 and words[0].casefold() in ADDRESS_TITLES:
        return words[1:]
    return words


def _is_full(name: str, kind: EntityKind) -> bool:
    return len(_words(name)) > 1 if kind == "person" else len(name.split()) > 1


Fit = Literal["strong", "weak", None]


def _fit(short: str, full: str, kind: EntityKind) -> Fit:
    """Whether ``short`` is a short form of ``full`` across articles: "strong" on
    its own (inverted, initials), "weak" when it needs shared context too."""
    if kind == "person":
        words, full_words = _words(short), _words(full)
        if len(words) != 1 or len(full_words) < 2:
            return None
        folded = words[0].casefold()
        return "weak" if folded in (full_words[0].casefold(), full_words[-1].casefold()) else None
    return _organisation_fit(short, full)


def _organisation_fit(short: str, full: str) -> Fit:
    """Inverted ("Commerce Ministry") or initials ("IEA"): strong. The first word of
    a company's name ("Lynas" of Lynas Rare Earths): weak. Nothing else (a longer
    head or tail, "Colorado" of Colorado School of Mines, "Union" of Union Cabinet)."""
    words, full_words = short.split(), full.split()
    if len(words) == 1 and words[0].casefold() in _GENERIC_HEADS:
        return None
    if not organisation_alias(short, full):
        return None
    if sorted(w.casefold() for w in words if w != "of") == sorted(
        w.casefold() for w in full_words if w != "of"
    ):
        return "strong"
    if short.isupper() and len(words) == 1 and len(full_words) > 1:
        return "strong" if full_words[0] != short else "weak"
    rest = {w.casefold().rstrip(".,") for w in full_words[1:]}
    if len(words) == 1 and full_words[0] == short and rest <= _COMPANY_WORDS:
        return "weak"
    return None
