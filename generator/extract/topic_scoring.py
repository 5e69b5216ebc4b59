"""Topic relevance: how much evidence an article gives for each topic it mentions.

A mention counts by where it stands (``Zone``: the title and the lead say what
an article is about, a passing word in the body says little), by how specific
the alias is (a writer's ``weak_aliases`` count for a fraction), and by the
topic's own ``weight``. An article is about a topic when the evidence reaches
the topic's ``min_evidence`` and is not dwarfed by the article's main topic; at
most ``max_topics`` are kept. A topic is named once per sentence however many
of its words the sentence holds ("gallium, germanium and antimony" is one
mention of critical minerals), and one sentence is a passing remark unless it
is the headline (``alone_zones``): an article is about a topic it names in at
least ``min_mentions`` sentences. The rules are data (``ScoringRules``), so
tests and writers can read and vary them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from generator.extract.sentences import split_sentences
from generator.model import Article
from generator.taxonomy import Taxonomy

TITLE, DEK, HIGHLIGHTS, LEDE, LEAD, HEADING, BODY, ANALYSIS = (
    "title",
    "dek",
    "highlights",
    "lede",
    "lead",
    "heading",
    "body",
    "analysis",
)


@dataclass(frozen=True)
class ScoringRules:
    """How evidence is weighed; ``RULES`` holds the values the generator uses."""

    zone_weights: tuple[tuple[str, float], ...]
    weak_factor: float
    pair_factor: float
    min_evidence: float
    relative_floor: float
    max_topics: int
    lead_paragraphs: int
    # How many sentences must name a topic, unless one of them stands in a zone
    # of ``alone_zones`` (the headline says what the article is about).
    min_mentions: int = 1
    alone_zones: tuple[str, ...] = ()
    # Whether the first paragraph of a page without a headline weighs as one.
    untitled_first_paragraph: bool = False
    # A topic named only deep in the text (these zones) needs more sentences.
    deep_zones: tuple[str, ...] = ()
    deep_min_mentions: int = 1
    # Zones of ``alone_zones`` where a name that is one item of a list ("gallium,
    # germanium and rare earth oxides") weighs as in ``listed_zone`` instead: an
    # item of a list is a passing mention, not what the story is about.
    list_zones: tuple[str, ...] = ()
    listed_zone: str = ""
    # Zones where a topic named at the head of another's alias ("rare earth
    # magnets": rare earths) counts in full; elsewhere it is a weak mention.
    full_head_zones: tuple[str, ...] = ()

    def zone_weight(self, zone: str) -> float:
        return next(weight for name, weight in self.zone_weights if name == zone)


RULES = ScoringRules(
    zone_weights=(
        (TITLE, 3.0),
        (DEK, 2.0),
        (HIGHLIGHTS, 2.0),
        (LEDE, 2.0),
        (LEAD, 2.0),
        (HEADING, 1.5),
        (BODY, 1.0),
        (ANALYSIS, 0.75),
    ),
    # A generic word ("economy", "military") is worth under half a name (one
    # sentence holding several still counts once).
    weak_factor=0.45,
    # Two names in one sentence ("Beijing ... Washington") hint at a relation.
    pair_factor=0.5,
    # A mention in the title, or two in the lead, or three in the body.
    min_evidence=2.0,
    # A topic with under 15% of the main topic's evidence is a side remark.
    relative_floor=0.15,
    max_topics=6,
    lead_paragraphs=2,
    # One sentence in the lead or the body is a passing mention; the headline is not.
    min_mentions=2,
    alone_zones=(TITLE, LEDE),
    untitled_first_paragraph=True,
    # Named in the body only: two sentences are an aside, three a thread.
    deep_zones=(BODY, ANALYSIS),
    deep_min_mentions=3,
    # The lede's list of commodities names each in passing; the headline's does not.
    list_zones=(LEDE,),
    listed_zone=LEAD,
    # A headline's "rare earth magnets" says the story is about rare earths too.
    full_head_zones=(TITLE,),
)


@dataclass(frozen=True)
class Hit:
    """One piece of evidence for a topic: where it was and what kind of mention."""

    slug: str
    zone: str
    weak: bool = False
    paired: bool = False
    # The sentence it stands in (text, then sentence, in reading order): a
    # topic's hits in one sentence are one mention, worth the best of them.
    sentence: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class TopicEvidence:
    """A topic's evidence in one article and the reading position of its first hit."""

    slug: str
    score: float
    first: int
    # The sentences naming it, whether one stands in an ``alone_zones`` zone, and
    # whether every one stands deep in the text (``deep_zones``): ``weigh`` counts
    # all three for every topic, so none has a default.
    mentions: int
    alone: bool
    deep: bool


def zoned_texts(article: Article, rules: ScoringRules = RULES) -> Iterator[tuple[str, str]]:
    """Every text of the article with the zone it sits in, in reading order."""
    yield TITLE, article.title
    for text in (article.dek, article.summary):
        if text:
            yield DEK, text
    for highlight in article.highlights:
        yield HIGHLIGHTS, highlight
    lead_left = rules.lead_paragraphs
    # A page without a headline: its first paragraph says what it is about.
    stand_in = not article.title and rules.untitled_first_paragraph
    for section in article.sections:
        if section.heading:
            yield HEADING, section.heading
        for block in section.blocks:
            in_lead = lead_left > 0 and block.kind != "pull_quote"
            first = in_lead and lead_left == rules.lead_paragraphs
            lead_left -= in_lead
            if first and stand_in:
                yield TITLE, block.text
            elif first:
                yield from _lede(block.text)
            else:
                yield (LEAD if in_lead else BODY), block.text
    for section in article.analysis.sections if article.analysis else ():
        if section.heading:
            yield ANALYSIS, section.heading
        for block in section.blocks:
            yield ANALYSIS, block.text


def _lede(paragraph: str) -> Iterator[tuple[str, str]]:
    """The story's first paragraph: its first sentence (the lede), then the rest."""
    sentences = split_sentences(paragraph)
    if not sentences:
        return
    cut = sentences[1].start if len(sentences) > 1 else len(paragraph)
    yield LEDE, paragraph[:cut].rstrip()
    if cut < len(paragraph):
        yield LEAD, paragraph[cut:]


def hit_value(hit: Hit, taxonomy: Taxonomy, rules: ScoringRules = RULES) -> float:
    """What one hit is worth: its zone's weight, less for a weak alias or a pair."""
    value = rules.zone_weight(hit.zone) * taxonomy[hit.slug].weight
    if hit.weak:
        value *= rules.weak_factor
    if hit.paired:
        value *= rules.pair_factor
    return value


def weigh(
    hits: Iterable[Hit], taxonomy: Taxonomy, rules: ScoringRules = RULES
) -> tuple[TopicEvidence, ...]:
    """Each topic's summed evidence, one mention per sentence (its best hit),
    most first (then first seen, then slug)."""
    best: dict[tuple[str, tuple[int, int]], float] = {}
    first: dict[str, int] = {}
    alone: set[str] = set()
    shallow: set[str] = set()
    for position, hit in enumerate(hits):
        key = (hit.slug, hit.sentence)
        best[key] = max(best.get(key, 0.0), hit_value(hit, taxonomy, rules))
        first.setdefault(hit.slug, position)
        if hit.zone in rules.alone_zones:
            alone.add(hit.slug)
        if hit.zone not in rules.deep_zones:
            shallow.add(hit.slug)
    scores: dict[str, float] = {}
    mentions: dict[str, int] = {}
    for (slug, _), value in best.items():
        scores[slug] = scores.get(slug, 0.0) + value
        mentions[slug] = mentions.get(slug, 0) + 1
    found = (
        TopicEvidence(
            slug, round(score, 6), first[slug], mentions[slug], slug in alone, slug not in shallow
        )
        for slug, score in scores.items()
    )
    return tuple(sorted(found, key=lambda e: (-e.score, e.first, e.slug)))


def relevant(
    evidence: tuple[TopicEvidence, ...], taxonomy: Taxonomy, rules: ScoringRules = RULES
) -> tuple[str, ...]:
    """The topics the evidence is enough for, in the order of ``evidence``."""
    if not evidence:
        return ()
    floor = evidence[0].score * rules.relative_floor
    chosen = [
        e.slug
        for e in evidence
        if e.score >= max(floor, _needed(e.slug, taxonomy, rules)) and _named_enough(e, rules)
    ]
    return tuple(chosen[: rules.max_topics])


def _named_enough(evidence: TopicEvidence, rules: ScoringRules) -> bool:
    """Named in enough sentences (more when all stand deep in the text), or in one
    that stands alone (the headline, the lede)."""
    needed = rules.deep_min_mentions if evidence.deep else rules.min_mentions
    return evidence.alone or evidence.mentions >= max(needed, rules.min_mentions)


def sentence_numbers(text: str, found: list[tuple[int, str]]) -> list[int]:
    """A number for each of ``found`` (its offset in ``text``, its topic) telling its
    sentence apart: the sentence it falls in when the text names a topic twice,
    else a number of its own (no text is split that need not be)."""
    slugs = [slug for _, slug in found]
    if len(set(slugs)) == len(slugs):
        return list(range(len(found)))
    starts = [sentence.start for sentence in split_sentences(text)[1:]]
    return [sum(1 for start in starts if start <= offset) for offset, _ in found]


def _needed(slug: str, taxonomy: Taxonomy, rules: ScoringRules) -> float:
    own = taxonomy[slug].min_evidence
    return rules.min_evidence if own is None else own


def mention_zone(zone: str, text: str, span: tuple[int, int], rules: ScoringRules = RULES) -> str:
    """The zone a mention at ``text[span[0]:span[1]]`` weighs in: its text's, unless
    it is one item of a list in one of ``list_zones``."""
    if zone not in rules.list_zones or not in_list(text, *span):
        return zone
    return rules.listed_zone


# The items of a list around a name: "A, B and <name>", "A, <name> and B", "<name>, A and B".
_ITEM = r"[\w'\u2019-]+(?: [\w'\u2019-]+){0,2}"
_TWO_BEFORE = re.compile(rf"{_ITEM},\s+(?:{_ITEM},\s+)*{_ITEM},?\s+(?:and|or)\s+(?:the\s+)?$")
_ONE_BEFORE = re.compile(rf"{_ITEM},\s+$")
_AND_AFTER = re.compile(rf"\s+(?:and|or)\s+{_ITEM}")
_LIST_AFTER = re.compile(rf",\s+(?:{_ITEM},\s+)*{_ITEM},?\s+(?:and|or)\s+{_ITEM}")


def in_list(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is one item of a list of three or more
    ("gallium, germanium and rare earths")."""
    before, after = text[max(0, start - 80) : start], text[end : end + 80]
    if _TWO_BEFORE.search(before) or _LIST_AFTER.match(after):
        return True
    return bool(_ONE_BEFORE.search(before)) and bool(_AND_AFTER.match(after))
