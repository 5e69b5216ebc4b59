"""The topic taxonomy: topics writers define in ``seeds/topics.yml``.

``load_taxonomy`` validates the file strictly and reports every problem as a
``SeedError`` carrying the line of the offending entry. When two aliases mean
the same thing is ``alias_words``' rule, which topic detection shares.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.alias_words import alias_key, alias_words
from generator.errors import SeedError
from generator.reader.source import TAXONOMY, decode_text, read_input
from generator.slug import MAX_SLUG_LENGTH, SLUG_PATTERN
from generator.yamlsafe import LineMap, load_yaml

_REQUIRED_KEYS = ("slug", "title", "aliases", "description")
_TUNING_KEYS = ("weight", "min_evidence", "weak_aliases", "paired_names", "look_alikes")
_KNOWN_KEYS = frozenset((*_REQUIRED_KEYS, "related", *_TUNING_KEYS))


@dataclass(frozen=True)
class Topic:
    slug: str
    title: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    related: tuple[str, ...] = ()
    # Tuning for topic relevance (extract/topic_scoring.py): the topic's evidence
    # is multiplied by ``weight``; ``min_evidence`` (None: the default) is what
    # an article needs; ``weak_aliases`` are generic words that count for less;
    # ``paired_names`` count where both names of a pair share a sentence.
    weight: float = 1.0
    min_evidence: float | None = None
    weak_aliases: tuple[str, ...] = ()
    paired_names: tuple[tuple[str, str], ...] = ()
    # Phrases that hold one of its names but mean something else ("cobalt blue",
    # "feed-in tariff"): a match of one is no mention of any topic.
    look_alikes: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Everything that names this topic in text: the title, the aliases, the weak ones."""
        return (self.title, *self.aliases, *self.weak_aliases)

    def is_weak(self, name: str) -> bool:
        """Whether ``name`` (one of ``names``) is one of the generic, weak aliases."""
        key = alias_key(name)
        return any(alias_key(weak) == key for weak in self.weak_aliases)


@dataclass(frozen=True)
class Taxonomy:
    topics: tuple[Topic, ...]
    _by_slug: Mapping[str, Topic] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_slug = {topic.slug: topic for topic in self.topics}
        if len(by_slug) != len(self.topics):
            raise ValueError("a taxonomy cannot hold two topics with the same slug")
        object.__setattr__(self, "_by_slug", by_slug)

    def __contains__(self, slug: object) -> bool:
        return slug in self._by_slug

    def __getitem__(self, slug: str) -> Topic:
        return self._by_slug[slug]

    def __iter__(self) -> Iterator[Topic]:
        return iter(self.topics)

    def __len__(self) -> int:
        return len(self.topics)

    def get(self, slug: str) -> Topic | None:
        return self._by_slug.get(slug)

    def title_of(self, slug: str) -> str:
        """The topic's title; the slug itself for a topic the taxonomy lacks."""
        topic = self._by_slug.get(slug)
        return topic.title if topic is not None else slug

    @property
    def slugs(self) -> tuple[str, ...]:
        return tuple(self._by_slug)


def load_taxonomy(path: Path, shown: str | None = None) -> Taxonomy:
    """Read and validate a taxonomy file such as ``seeds/topics.yml``."""
    where = shown or str(path)
    return taxonomy_from_bytes(read_input(path, where, TAXONOMY.limit), where)


def taxonomy_from_bytes(raw: bytes, shown: str) -> Taxonomy:
    """Validate a taxonomy file's bytes (read once: they are also the cache's key)."""
    text = decode_text(raw, shown, TAXONOMY)
    data, lines = load_yaml(text, shown, max_bytes=TAXONOMY.limit)
    return parse_taxonomy(data, lines, shown)


def parse_taxonomy(data: object, lines: LineMap, path: str) -> Taxonomy:
    """Validate loaded YAML data as a taxonomy (a list of topic mappings)."""
    if data is None:
        raise SeedError(path, lines.line(), "taxonomy is empty: expected a list of topics")
    if not isinstance(data, list):
        raise SeedError(path, lines.line(), "taxonomy must be a list of topics")
    topics = tuple(_parse_topic(entry, index, lines, path) for index, entry in enumerate(data))
    _check_unique_slugs(topics, lines, path)
    _check_unique_aliases(topics, lines, path)
    _check_related(topics, lines, path)
    _check_look_alikes(topics, lines, path)
    return Taxonomy(topics)


def _parse_topic(entry: object, index: int, lines: LineMap, path: str) -> Topic:
    if not isinstance(entry, dict):
        raise SeedError(path, lines.line(index), "each topic must be a mapping (slug: …)")
    for key in entry:
        if key not in _KNOWN_KEYS:
            known = ", ".join(sorted(_KNOWN_KEYS))
            message = f"unknown key {key!r} in topic (known keys: {known})"
            raise SeedError(path, lines.line(index, key), message)
    for key in _REQUIRED_KEYS:
        if key not in entry:
            raise SeedError(path, lines.line(index), f"topic is missing '{key}'")
    slug = _text(entry, "slug", index, lines, path)
    if not SLUG_PATTERN.fullmatch(slug) or len(slug) > MAX_SLUG_LENGTH:
        message = (
            f"slug {slug!r} must be lowercase words joined by hyphens, like rare-earths, "
            f"at most {MAX_SLUG_LENGTH} characters"
        )
        raise SeedError(path, lines.line(index, "slug"), message)
    return Topic(
        slug=slug,
        title=_text(entry, "title", index, lines, path),
        aliases=_texts(entry, "aliases", index, lines, path),
        description=_text(entry, "description", index, lines, path),
        related=_texts(entry, "related", index, lines, path),
        weight=_number(entry, "weight", index, lines, path) or 1.0,
        min_evidence=_number(entry, "min_evidence", index, lines, path),
        weak_aliases=_texts(entry, "weak_aliases", index, lines, path),
        paired_names=_pairs(entry, index, lines, path),
        look_alikes=_texts(entry, "look_alikes", index, lines, path),
    )


def _number(
    entry: dict[Hashable, object], key: str, index: int, lines: LineMap, path: str
) -> float | None:
    if key not in entry:
        return None
    value = entry[key]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SeedError(path, lines.line(index, key), f"'{key}' must be a number, like 1.5")
    if not 0 < value <= 100:
        raise SeedError(path, lines.line(index, key), f"'{key}' must be above 0 and at most 100")
    return float(value)


def _pairs(
    entry: dict[Hashable, object], index: int, lines: LineMap, path: str
) -> tuple[tuple[str, str], ...]:
    key = "paired_names"
    values = entry.get(key, [])
    if not isinstance(values, list):
        raise SeedError(path, lines.line(index, key), f"'{key}' must be a list")
    pairs: list[tuple[str, str]] = []
    for position, value in enumerate(values):
        line = lines.line(index, key, position)
        if not (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(name, str) and name.strip() for name in value)
        ):
            message = f"each entry of '{key}' must be two names, like [Beijing, Washington]"
            raise SeedError(path, line, message)
        pairs.append((value[0].strip(), value[1].strip()))
    return tuple(pairs)


def _text(entry: dict[Hashable, object], key: str, index: int, lines: LineMap, path: str) -> str:
    value = entry[key]
    if not isinstance(value, str):
        raise SeedError(path, lines.line(index, key), f"'{key}' must be text")
    if not value.strip():
        raise SeedError(path, lines.line(index, key), f"'{key}' is empty")
    return value.strip()


def _texts(
    entry: dict[Hashable, object], key: str, index: int, lines: LineMap, path: str
) -> tuple[str, ...]:
    values = entry.get(key, [])
    if not isinstance(values, list):
        raise SeedError(path, lines.line(index, key), f"'{key}' must be a list")
    texts: list[str] = []
    for position, value in enumerate(values):
        line = lines.line(index, key, position)
        if not isinstance(value, str):
            raise SeedError(path, line, f"each entry of '{key}' must be text")
        if not value.strip():
            raise SeedError(path, line, f"empty entry in '{key}'")
        texts.append(value.strip())
    return tuple(texts)


def _check_unique_slugs(topics: tuple[Topic, ...], lines: LineMap, path: str) -> None:
    first_index: dict[str, int] = {}
    for index, topic in enumerate(topics):
        if topic.slug in first_index:
            earlier = lines.line(first_index[topic.slug])
            message = f"duplicate slug {topic.slug!r} (first used on line {earlier})"
            raise SeedError(path, lines.line(index, "slug"), message)
        first_index[topic.slug] = index


def _check_unique_aliases(topics: tuple[Topic, ...], lines: LineMap, path: str) -> None:
    owner: dict[str, str] = {}
    for index, topic in enumerate(topics):
        for name, line in _names_with_lines(topic, index, lines):
            if not any(char.isalnum() for char in name):
                raise SeedError(path, line, f"alias {name!r} has no letters or digits")
            key = alias_key(name)
            if owner.get(key, topic.slug) != topic.slug:
                message = f"alias {name!r} is also used by topic {owner[key]!r}"
                raise SeedError(path, line, message)
            owner[key] = topic.slug


def _names_with_lines(topic: Topic, index: int, lines: LineMap) -> Iterator[tuple[str, int]]:
    yield topic.title, lines.line(index, "title")
    named = (("aliases", topic.aliases), ("weak_aliases", topic.weak_aliases))
    for key, names in (*named, ("look_alikes", topic.look_alikes)):
        for position, name in enumerate(names):
            yield name, lines.line(index, key, position)


def _check_related(topics: tuple[Topic, ...], lines: LineMap, path: str) -> None:
    slugs = {topic.slug for topic in topics}
    for index, topic in enumerate(topics):
        for position, related in enumerate(topic.related):
            line = lines.line(index, "related", position)
            if related == topic.slug:
                raise SeedError(path, line, f"topic {topic.slug!r} lists itself as related")
            if related not in slugs:
                raise SeedError(path, line, f"related topic {related!r} is not in the taxonomy")


def _check_look_alikes(topics: tuple[Topic, ...], lines: LineMap, path: str) -> None:
    """Each look-alike holds one of its topic's names as whole words (else it could
    never hide a mention)."""
    for index, topic in enumerate(topics):
        keys = [alias_key(name).split() for name in topic.names]
        for position, phrase in enumerate(topic.look_alikes):
            words = [word.casefold() for word in alias_words(phrase)]
            stems = [*words[:-1], *alias_key(phrase).split()[-1:]]
            if not any(_holds(words, key) or _holds(stems, key) for key in keys):
                message = f"look-alike {phrase!r} holds none of topic {topic.slug!r}'s names"
                raise SeedError(path, lines.line(index, "look_alikes", position), message)


def _holds(words: list[str], key: list[str]) -> bool:
    return any(words[i : i + len(key)] == key for i in range(len(words) - len(key) + 1))
