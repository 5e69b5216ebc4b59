"""Topic detection: which taxonomy topics an article mentions, and where.

Aliases match as whole words. Ordinary aliases ignore case, treat hyphens and
spaces alike and accept a singular or plural last word; all-capitals aliases
(REE, EU, WTO) match only in capitals, so "ree" in "free" or "eu" in "feud"
never count. Where aliases overlap, the longest one wins. Each taxonomy gets
one combined regex, compiled once and cached, because renderers call
``find_mentions`` on every paragraph to link first mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from generator.errors import SeedError
from generator.model import Article
from generator.taxonomy import (
    Taxonomy,
    acronym_base,
    alias_key,
    alias_words,
    is_acronym,
    singular,
)

_SEPARATOR = r"(?:\s*[-\u2010\u2011\u2013]\s*|\s+)"


@dataclass(frozen=True)
class Mention:
    """A topic named in a text, as the character range ``text[start:end]``."""

    start: int
    end: int
    slug: str


@dataclass(frozen=True)
class _Matcher:
    regex: re.Pattern[str]
    slug_by_group: dict[str, str]


def find_mentions(text: str, taxonomy: Taxonomy, names: tuple[str, ...] = ()) -> list[Mention]:
    """Non-overlapping topic mentions in ``text``, in text order.

    A mention inside a longer one of ``names`` (organisations: "Lynas Rare
    Earths", "Rare Earth Exchanges") is part of a name, not the topic, and is
    left out; a name that is the whole mention ("European Union") still counts.
    """
    matcher = _matcher_for(taxonomy)
    if not matcher.slug_by_group:
        return []
    taken = _name_spans(text, names)
    return [
        Mention(match.start(), match.end(), matcher.slug_by_group[str(match.lastgroup)])
        for match in matcher.regex.finditer(text)
        if not any(_inside_longer(match.span(), name) for name in taken)
    ]


def _inside_longer(mention: tuple[int, int], name: tuple[int, int]) -> bool:
    overlaps = name[0] < mention[1] and mention[0] < name[1]
    return overlaps and name != mention


def organisation_names(article: Article) -> tuple[str, ...]:
    return tuple(e.name for e in article.entities if e.kind == "organisation")


def _name_spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in names:
        start = text.find(name)
        while start != -1:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return spans


def detect_topics(article: Article, taxonomy: Taxonomy) -> Article:
    """Fill ``article.topics``: mentioned topics plus the writer's additions, minus removals.

    Order: most mentions first, then earliest first mention, then slug. Topics
    the writer adds without any mention come after the mentioned ones.
    """
    _check_known(article, article.topics_added, taxonomy, "")
    _check_known(article, article.topics_removed, taxonomy, " cannot be removed")
    counts: dict[str, int] = {}
    first_seen: dict[str, int] = {}
    for position, mention in enumerate(_article_mentions(article, taxonomy)):
        counts[mention.slug] = counts.get(mention.slug, 0) + 1
        first_seen.setdefault(mention.slug, position)
    never = len(first_seen)
    chosen = (set(counts) | set(article.topics_added)) - set(article.topics_removed)
    ordered = sorted(
        chosen, key=lambda slug: (-counts.get(slug, 0), first_seen.get(slug, never), slug)
    )
    return replace(article, topics=tuple(ordered))


def _check_known(
    article: Article, slugs: tuple[str, ...], taxonomy: Taxonomy, consequence: str
) -> None:
    for slug in slugs:
        if slug not in taxonomy:
            message = f"unknown topic '{slug}' (not in the taxonomy){consequence}"
            raise SeedError(article.path, None, message)


def _article_texts(article: Article) -> Iterator[str]:
    yield article.title
    yield from article.highlights
    for section in article.all_sections:
        if section.heading:
            yield section.heading
        for block in section.blocks:
            yield block.text


def _article_mentions(article: Article, taxonomy: Taxonomy) -> Iterator[Mention]:
    """Every mention in reading order: title, highlights, then each section."""
    names = organisation_names(article)
    for text in _article_texts(article):
        yield from find_mentions(text, taxonomy, names)


# The taxonomy of the latest call, by identity: the LRU cache below hashes and
# compares the whole taxonomy on every lookup, and find_mentions runs per paragraph.
_latest: list[tuple[Taxonomy, _Matcher]] = []


def warm_matcher(taxonomy: Taxonomy) -> None:
    """Compile the taxonomy's regex now (before workers are forked)."""
    _matcher_for(taxonomy)


def _matcher_for(taxonomy: Taxonomy) -> _Matcher:
    if _latest and _latest[0][0] is taxonomy:
        return _latest[0][1]
    matcher = _matcher(taxonomy)
    _latest[:] = [(taxonomy, matcher)]
    return matcher


@lru_cache(maxsize=8)
def _matcher(taxonomy: Taxonomy) -> _Matcher:
    patterns: dict[str, tuple[int, str]] = {}
    for topic in taxonomy.topics:
        for name in topic.names:
            pattern = alias_pattern(name)
            # Aliases that differ only in case, hyphens or plural share a pattern.
            patterns.setdefault(pattern, (len(alias_key(name)), topic.slug))
    # Longest first: regex alternation takes the first alternative that fits.
    ordered = sorted(patterns.items(), key=lambda item: (-item[1][0], item[0]))
    slug_by_group = {f"a{index}": slug for index, (_, (_, slug)) in enumerate(ordered)}
    alternatives = [f"(?P<a{index}>{pattern})" for index, (pattern, _) in enumerate(ordered)]
    regex = re.compile(rf"(?<!\w)(?:{_by_first_letter(alternatives)})(?!\w)")
    return _Matcher(regex, slug_by_group)


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternation, grouped behind a one-letter guard per first letter.

    The regex engine tries every alternative at every word start; behind a guard
    it tries only those that can start with the letter there (8x faster on
    news text). Order within a group is the original order, and ASCII letters
    never match each other's guards, so the first alternative that fits is the
    same one. Any other first character: the plain alternation, unchanged.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = re.sub(r"^\(\?P<a\d+>(?:\(\?i:)?", "", alternative)[:1]
        if not (first.isascii() and first.isalnum()):
            return "|".join(alternatives)
        groups.setdefault(first.lower(), []).append(alternative)
    return "|".join(
        f"(?=(?i:{letter})){'(?:' + '|'.join(group) + ')'}" for letter, group in groups.items()
    )


def alias_pattern(alias: str) -> str:
    """The regex for one alias (without the word boundaries around it)."""
    words = alias_words(alias)
    if len(words) == 1 and is_acronym(words[0]):
        return _acronym_pattern(words[0])
    parts = [re.escape(word) for word in words[:-1]]
    last = words[-1]
    parts.append(_acronym_pattern(last) if is_acronym(last) else _plural_pattern(last))
    return "(?i:" + _SEPARATOR.join(parts) + ")"


def _acronym_pattern(word: str) -> str:
    base = acronym_base(word)
    return re.escape(base) + ("s?" if base[-1].isalpha() else "")


def _plural_pattern(word: str) -> str:
    base = singular(word)
    if len(base) > 2 and base[-1] in "yY" and base[-2].lower() not in "aeiou":
        return re.escape(base[:-1]) + "(?:y|ies)"
    return re.escape(base) + "(?:e?s)?"
