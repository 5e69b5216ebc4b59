"""Topic relevance: how much evidence an article gives for each topic it mentions.

A mention counts by where it stands (``Zone``: the title and the lead say what
an article is about, a passing word in the body says little), by how specific
the alias is (a writer's ``weak_aliases`` count for a fraction), and by the
topic's own ``weight``. An article is about a topic when the evidence reaches
the topic's ``min_evidence`` and is not dwarfed by the article's main topic; at
most ``max_topics`` are kept. The rules are data (``ScoringRules``), so tests
and writers can read and vary them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from generator.model import Article
from generator.taxonomy import Taxonomy

TITLE, DEK, HIGHLIGHTS, LEAD, HEADING, BODY, ANALYSIS = (
    "title",
    "dek",
    "highlights",
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

    def zone_weight(self, zone: str) -> float:
        return next(weight for name, weight in self.zone_weights if name == zone)


RULES = ScoringRules(
    zone_weights=(
        (TITLE, 3.0),
        (DEK, 2.0),
        (HIGHLIGHTS, 2.0),
        (LEAD, 2.0),
        (HEADING, 1.5),
        (BODY, 1.0),
        (ANALYSIS, 0.75),
    ),
    # A generic word ("economy", "military") is worth about a third of a name.
    weak_factor=0.35,
    # Two names in one sentence ("Beijing ... Washington") hint at a relation.
    pair_factor=0.5,
    # A mention in the title or the lead is enough, or two in the body.
    min_evidence=2.0,
    # A topic with under 15% of the main topic's evidence is a side remark.
    relative_floor=0.15,
    max_topics=6,
    lead_paragraphs=2,
)


@dataclass(frozen=True)
class Hit:
    """One piece of evidence for a topic: where it was and what kind of mention."""

    slug: str
    zone: str
    weak: bool = False
    paired: bool = False


@dataclass(frozen=True)
class TopicEvidence:
    """A topic's evidence in one article and the reading position of its first hit."""

    slug: str
    score: float
    first: int


def zoned_texts(article: Article, rules: ScoringRules = RULES) -> Iterator[tuple[str, str]]:
    """Every text of the article with the zone it sits in, in reading order."""
    yield TITLE, article.title
    for text in (article.dek, article.summary):
        if text:
            yield DEK, text
    for highlight in article.highlights:
        yield HIGHLIGHTS, highlight
    lead_left = rules.lead_paragraphs
    for section in article.sections:
        if section.heading:
            yield HEADING, section.heading
        for block in section.blocks:
            in_lead = lead_left > 0 and block.kind != "pull_quote"
            lead_left -= in_lead
            yield (LEAD if in_lead else BODY), block.text
    for section in article.analysis.sections if article.analysis else ():
        if section.heading:
            yield ANALYSIS, section.heading
        for block in section.blocks:
            yield ANALYSIS, block.text


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
    """Each topic's summed evidence, most first (then first seen, then slug)."""
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    for position, hit in enumerate(hits):
        scores[hit.slug] = scores.get(hit.slug, 0.0) + hit_value(hit, taxonomy, rules)
        first.setdefault(hit.slug, position)
    found = (TopicEvidence(slug, round(score, 6), first[slug]) for slug, score in scores.items())
    return tuple(sorted(found, key=lambda e: (-e.score, e.first, e.slug)))


def relevant(
    evidence: tuple[TopicEvidence, ...], taxonomy: Taxonomy, rules: ScoringRules = RULES
) -> tuple[str, ...]:
    """The topics the evidence is enough for, in the order of ``evidence``."""
    if not evidence:
        return ()
    floor = evidence[0].score * rules.relative_floor
    chosen = [e.slug for e in evidence if e.score >= max(floor, _needed(e.slug, taxonomy, rules))]
    return tuple(chosen[: rules.max_topics])


def _needed(slug: str, taxonomy: Taxonomy, rules: ScoringRules) -> float:
    own = taxonomy[slug].min_evidence
    return rules.min_evidence if own is None else own
