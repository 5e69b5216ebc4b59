"""Topic detection: which taxonomy topics an article mentions, where, and which
of them it is about (weighed by ``topic_scoring``).

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
from dataclasses import dataclass, field, replace
from functools import lru_cache

from generator.alias_words import (
    acronym_base,
    alias_key,
    alias_words,
    is_acronym,
    is_body_name,
    singular,
)
from generator.errors import SeedError
from generator.extract.alias_scan import (
    CandidateScan,
    by_first_letter,
    folds_like_ascii,
    leading_run,
)
from generator.extract.sentences import split_sentences
from generator.extract.topic_deeds import find_deeds
from generator.extract.topic_modifiers import head_modifiers
from generator.extract.topic_names import entity_names, in_name, name_spans
from generator.extract.topic_scoring import (
    RULES,
    Hit,
    ScoringRules,
    mention_zone,
    relevant,
    sentence_numbers,
    weigh,
    zoned_texts,
)
from generator.model import Article
from generator.taxonomy import Taxonomy

_SEPARATOR = r"(?:\s*[-\u2010\u2011\u2013]\s*|\s+)"
# The slug a look-alike phrase's matches carry: no topic's.
LOOK_ALIKE = ""


@dataclass(frozen=True)
class Mention:
    """A topic named in a text, as the character range ``text[start:end]``."""

    start: int
    end: int
    slug: str
    # Matched by one of the topic's ``weak_aliases``.
    weak: bool = False
    # Matched by the name of a body ("Department of Defense"): it names the
    # topic even inside a longer name ("the U.S. Department of Defense").
    body: bool = False


@dataclass(frozen=True)
class _Pair:
    slug: str
    first: re.Pattern[str]
    second: re.Pattern[str]
    # What every match of each name starts with, lower case: a text without it
    # cannot hold the pair.
    first_run: str = ""
    second_run: str = ""

    def may_stand_in(self, lower: str | None) -> bool:
        """False only when the text (``lower``: lower case, None when its case
        may fold unlike ASCII) cannot name both."""
        return lower is None or (self.first_run in lower and self.second_run in lower)


# Texts whose mentions are kept: detection, the kicker and the page's topic links
# read the same paragraphs, so each is matched once (per process).
_MEMO_LIMIT = 50_000


@dataclass(frozen=True)
class _Matcher:
    regex: re.Pattern[str]
    # Each alternative's topic, and whether the alias is weak, and a body's name.
    alias_by_group: dict[str, tuple[str, bool, bool]]
    pairs: tuple[_Pair, ...] = ()
    scan: CandidateScan = field(default_factory=lambda: CandidateScan((), True))
    # Every alias match in a text, before names are taken out, by text.
    memo: dict[str, tuple[Mention, ...]] = field(default_factory=dict, compare=False)

    def mentions(self, text: str) -> tuple[Mention, ...]:
        found = self.memo.get(text)
        if found is None:
            if len(self.memo) >= _MEMO_LIMIT:
                self.memo.clear()
            matched = (
                Mention(match.start(), match.end(), *self.alias_by_group[str(match.lastgroup)])
                for match in self.scan.matches(self.regex, text)
            )
            # A look-alike ("cobalt blue") is matched only to hide the name inside it.
            found = self.memo[text] = tuple(m for m in matched if m.slug != LOOK_ALIKE)
        return found


def find_mentions(
    text: str, taxonomy: Taxonomy, names: tuple[str, ...] = (), *, bodies: bool = False
) -> list[Mention]:
    """Non-overlapping topic mentions in ``text``, in text order.

    A mention inside a longer one of ``names`` (people and organisations:
    "Lynas Rare Earths", "Rare Earth Exchanges"), or capitalised right beside
    one ("Lynas" + "Rare Earths"), is part of a name, not the topic, and is
    left out; a name that is the whole mention ("European Union") still counts.
    With ``bodies`` (the evidence of what the article is about, not its links),
    a body's name inside a longer one still counts: the U.S. Department of
    Defense is the Department of Defense.
    """
    matcher = _matcher_for(taxonomy)
    if not matcher.alias_by_group:
        return []
    found = matcher.mentions(text)
    if not found or not names:
        return list(found)
    taken = name_spans(text, names)
    return [
        mention
        for mention in found
        if (bodies and mention.body)
        or not any(in_name(text, (mention.start, mention.end), name) for name in taken)
    ]


def find_pairs(text: str, taxonomy: Taxonomy) -> list[Mention]:
    """One mention per sentence and topic where both names of one of the topic's
    ``paired_names`` stand ("Beijing" and "Washington"), at the first name."""
    lower = text.lower() if folds_like_ascii(text) else None
    pairs = [
        pair
        for pair in _matcher_for(taxonomy).pairs
        if pair.may_stand_in(lower) and pair.first.search(text) and pair.second.search(text)
    ]
    if not pairs:
        return []
    found: list[Mention] = []
    for sentence in split_sentences(text):
        seen: set[str] = set()
        for pair in pairs:
            first = pair.first.search(sentence.text)
            if pair.slug in seen or first is None or not pair.second.search(sentence.text):
                continue
            seen.add(pair.slug)
            start = sentence.start + first.start()
            found.append(Mention(start, sentence.start + first.end(), pair.slug))
    return found


def detect_topics(article: Article, taxonomy: Taxonomy, rules: ScoringRules = RULES) -> Article:
    """Fill ``article.topics``: the topics the evidence is enough for (``topic_scoring``),
    plus the writer's additions, minus the writer's removals.

    Order: most evidence first, then earliest first mention, then slug. Topics
    the writer adds without enough evidence come after the others, by slug.
    """
    _check_known(article, article.topics_added, taxonomy, "")
    _check_known(article, article.topics_removed, taxonomy, " cannot be removed")
    evidence = weigh(article_hits(article, taxonomy, rules), taxonomy, rules)
    found = relevant(evidence, taxonomy, rules)
    added = sorted(set(article.topics_added) - set(found))
    dropped = set(article.topics_removed)
    return replace(article, topics=tuple(s for s in (*found, *added) if s not in dropped))


def _check_known(
    article: Article, slugs: tuple[str, ...], taxonomy: Taxonomy, consequence: str
) -> None:
    for slug in slugs:
        if slug not in taxonomy:
            message = f"unknown topic '{slug}' (not in the taxonomy){consequence}"
            raise SeedError(article.path, None, message)


def article_hits(
    article: Article, taxonomy: Taxonomy, rules: ScoringRules = RULES
) -> Iterator[Hit]:
    """Every mention and name pair in reading order, with its zone and sentence."""
    names = entity_names(article)
    matcher = _matcher_for(taxonomy)
    slugs = frozenset(topic.slug for topic in taxonomy.topics)
    for index, (zone, text) in enumerate(zoned_texts(article, rules)):
        mentions = find_mentions(text, taxonomy, names, bodies=True)
        # "rare earth magnets" above the body: rare earths beside magnets, weakly
        # but in the headline (deep in the text, the longer name alone counts).
        spans = [(m.start, m.end, m.slug) for m in mentions if zone not in rules.deep_zones]
        heads = head_modifiers(text, spans, matcher.regex, matcher.alias_by_group)
        weak_head = zone not in rules.full_head_zones
        named = [*mentions, *(Mention(h.start, h.end, h.slug, weak=weak_head) for h in heads)]
        named += [Mention(start, end, slug) for start, end, slug in find_deeds(text, slugs)]
        found = [*named, *find_pairs(text, taxonomy)]
        places = sentence_numbers(text, [(m.start, m.slug) for m in found])
        for number, mention in enumerate(found):
            paired = number >= len(named)
            where = mention_zone(zone, text, (mention.start, mention.end), rules)
            yield Hit(mention.slug, where, mention.weak, paired, (index, places[number]))


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
    patterns: dict[str, tuple[int, str, bool, bool]] = {}
    look_alikes = [phrase for topic in taxonomy.topics for phrase in topic.look_alikes]
    names = [name for topic in taxonomy.topics for name in topic.names]
    for topic in taxonomy.topics:
        for name in topic.names:
            pattern = alias_pattern(name)
            # Aliases that differ only in case, hyphens or plural share a pattern.
            weak = topic.is_weak(name)
            # A one-word title is capitalised as a title ("Mining"), not as a name.
            body = name in (*topic.aliases, *topic.weak_aliases) and is_body_name(name)
            patterns.setdefault(pattern, (len(alias_key(name)), topic.slug, weak, body))
    for phrase in look_alikes:
        patterns.setdefault(
            alias_pattern(phrase), (len(alias_key(phrase)), LOOK_ALIKE, False, False)
        )
    # Longest first: regex alternation takes the first alternative that fits.
    ordered = sorted(patterns.items(), key=lambda item: (-item[1][0], item[0]))
    alias_by_group = {
        f"a{index}": (slug, weak, body) for index, (_, (_, slug, weak, body)) in enumerate(ordered)
    }
    alternatives = [f"(?P<a{index}>{pattern})" for index, (pattern, _) in enumerate(ordered)]
    regex = re.compile(rf"(?<!\w)(?:{by_first_letter(alternatives)})(?!\w)")
    pairs = tuple(
        _Pair(topic.slug, _whole(first), _whole(second), *_runs(first, second))
        for topic in taxonomy.topics
        for first, second in topic.paired_names
    )
    return _Matcher(regex, alias_by_group, pairs, CandidateScan.of([*names, *look_alikes]))


def _runs(first: str, second: str) -> tuple[str, str]:
    """The pair's leading runs, or none where lower case could move them (a
    name with a letter outside ASCII): then every text is searched."""
    runs = (leading_run(first), leading_run(second))
    return runs if all(run.isascii() for run in runs) else ("", "")


def _whole(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alias_pattern(name)}(?!\w)")


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
