"""The site's people and organisations, one entry per entity, gathered from every
article: the roles it was given, its quotes, its articles and their topics.

An entity earns an entry (and a page) when some article quotes it or gives it a
role. Mentions are one entity when their names have the same key
(``entity_key``); a resolver that maps aliases to one canonical name can be
passed to ``build_entity_index`` in front of it, so that "Commerce Ministry" and
"Ministry of Commerce" share an entry without changing anything here.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from .model import Article, EntityKind, Quote
from .slug import slugify, unique_slugs

# Slugs the people folder keeps for pages of its own (its index).
RESERVED_ENTITY_SLUGS = frozenset({"index"})

Resolve = Callable[[str], str]


# The same names come back thousands of times a build (related articles, drafts).
@functools.lru_cache(maxsize=1 << 16)
def entity_key(name: str) -> str:
    """What two spellings of one name share: accents, case, punctuation and spacing
    ignored, and a leading "the" ("The Ministry" is "Ministry")."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in letters.casefold()).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class ArticleRef:
    """What an entity page shows of an article: cheap to compare and to pickle."""

    title: str
    slug: str
    date: dt.date | None

    @classmethod
    def to(cls, article: Article) -> ArticleRef:
        return cls(article.title, article.slug, article.date)


@dataclass(frozen=True)
class RoleSeen:
    role: str
    article: ArticleRef


@dataclass(frozen=True)
class QuoteSeen:
    """A quote as the site's lists show it (an entity's pages, a topic's, the Quotes
    page): its words, who said them, the article it is from."""

    text: str
    speaker: str | None
    article: ArticleRef

    @classmethod
    def of(cls, quote: Quote, article: ArticleRef) -> QuoteSeen:
        return cls(quote.text, quote.speaker, article)


@dataclass(frozen=True)
class Subject:
    """Who an entry is, as its page and its year pages show it: the name (their
    title), the kind (their label) and the slug (their address)."""

    name: str
    kind: EntityKind
    slug: str


@dataclass(frozen=True)
class EntityEntry:
    """One person or organisation across the site. Roles, quotes and articles are
    newest first; topics most shared first (slug, articles together)."""

    key: str
    subject: Subject
    roles: tuple[RoleSeen, ...]
    quotes: tuple[QuoteSeen, ...]
    articles: tuple[ArticleRef, ...]
    topics: tuple[tuple[str, int], ...]

    @functools.cached_property
    def quoted_in(self) -> int:
        """How many articles quote the entity (every article page naming it asks)."""
        return len({quote.article.slug for quote in self.quotes})


@dataclass(frozen=True)
class EntityIndex:
    """Every entry, people first then organisations, each by name."""

    entries: tuple[EntityEntry, ...] = ()
    resolve: Resolve = entity_key
    _by_key: Mapping[str, EntityEntry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {e.key: e for e in self.entries})

    def find(self, name: str) -> EntityEntry | None:
        """The entry a name in an article stands for, if it has one."""
        return self._by_key.get(self.resolve(name))

    def of_kind(self, kind: EntityKind) -> tuple[EntityEntry, ...]:
        return tuple(e for e in self.entries if e.subject.kind == kind)


@dataclass
class _Mentions:
    """Everything seen of one key while reading the articles (newest first)."""

    names: Counter[str] = field(default_factory=Counter)
    kinds: Counter[EntityKind] = field(default_factory=Counter)
    roles: list[RoleSeen] = field(default_factory=list)
    quotes: list[QuoteSeen] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


def build_entity_index(articles: Sequence[Article], resolve: Resolve = entity_key) -> EntityIndex:
    """The index of ``articles`` (given newest first, as the corpus orders them)."""
    seen: dict[str, _Mentions] = defaultdict(_Mentions)
    for article in articles:
        _read_article(article, resolve, seen)
    kept = sorted(
        (key for key, m in seen.items() if m.articles and (m.roles or m.quotes)),
        key=lambda key: _order(key, seen[key]),
    )
    slugs = unique_slugs(
        (slugify(_name(key, seen[key]), fallback="entity") for key in kept), RESERVED_ENTITY_SLUGS
    )
    entries = tuple(_entry(key, slug, seen[key]) for key, slug in zip(kept, slugs, strict=True))
    return EntityIndex(entries, resolve)


def _read_article(article: Article, resolve: Resolve, seen: dict[str, _Mentions]) -> None:
    ref = ArticleRef.to(article)
    keys_here: set[str] = set()
    for entity in article.entities:
        key = resolve(entity.name)
        if not key:
            continue
        mentions = seen[key]
        mentions.names[" ".join(entity.name.split())] += 1
        mentions.kinds[entity.kind] += 1
        if entity.role:
            mentions.roles.append(RoleSeen(entity.role, ref))
        if key not in keys_here:
            keys_here.add(key)
            mentions.articles.append(article)
    for quote in article.quotes:
        speaker = _speaker_key(resolve(quote.speaker), keys_here) if quote.speaker else None
        if speaker is not None:
            seen[speaker].quotes.append(QuoteSeen.of(quote, ref))


def _speaker_key(speaker: str, keys_here: set[str]) -> str | None:
    """Whose words a quote is: the entity of the article the speaker is, else the
    longest one whose name starts the speaker's ("Ministry of Commerce spokesperson"
    speaks for the Ministry of Commerce)."""
    if speaker in keys_here:
        return speaker
    # An unnamed speaker kept as written: "a ministry of commerce spokesperson".
    for article in ("a ", "an ", "the "):
        speaker = speaker.removeprefix(article)
    starts = [key for key in keys_here if speaker.startswith(key + " ")]
    return max(starts, key=lambda key: (len(key), key)) if starts else None


def _name(key: str, mentions: _Mentions) -> str:
    """The spelling used most; on a tie the longest, then the first in code order. A
    full name before the short forms a resolver merged into it ("Trump")."""
    full = [n for n in mentions.names if entity_key(n) == key] or list(mentions.names)
    return min(full, key=lambda n: (-mentions.names[n], -len(n), n))


def _kind(mentions: _Mentions) -> EntityKind:
    return "organisation" if mentions.kinds["organisation"] > mentions.kinds["person"] else "person"


def _order(key: str, mentions: _Mentions) -> tuple[int, str, str]:
    return (_kind(mentions) != "person", _name(key, mentions).casefold(), key)


def _entry(key: str, slug: str, mentions: _Mentions) -> EntityEntry:
    return EntityEntry(
        key=key,
        subject=Subject(_name(key, mentions), _kind(mentions), slug),
        roles=_distinct_roles(mentions.roles),
        quotes=tuple(mentions.quotes),
        articles=tuple(ArticleRef.to(a) for a in mentions.articles),
        topics=_topics(mentions.articles),
    )


def _distinct_roles(roles: Iterable[RoleSeen]) -> tuple[RoleSeen, ...]:
    """Each role once per article (an article may give the same role twice)."""
    return tuple(dict.fromkeys(roles))


def _topics(articles: Iterable[Article]) -> tuple[tuple[str, int], ...]:
    counts = Counter(slug for article in articles for slug in dict.fromkeys(article.topics))
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
