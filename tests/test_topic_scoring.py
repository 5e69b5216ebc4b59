"""Topic relevance rules (extract/topic_scoring.py), each one on its own: a topic
counts once per sentence, one sentence is a passing mention unless it is the
headline or the lede, a page without a headline lends its first paragraph the
headline's weight, and a topic named only deep in the body needs a thread."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.extract.topic_scoring import (
    ANALYSIS,
    BODY,
    LEAD,
    LEDE,
    RULES,
    TITLE,
    Hit,
    in_list,
    mention_zone,
    relevant,
    sentence_numbers,
    weigh,
    zoned_texts,
)
from generator.extract.topics import detect_topics, find_mentions
from generator.model import Article, Block, Section
from generator.taxonomy import Taxonomy, Topic, load_taxonomy

SHIPPED = load_taxonomy(Path(__file__).resolve().parent.parent / "seeds" / "topics.yml")

TAXONOMY = Taxonomy(
    (
        Topic("tariffs", "Tariffs", ("tariff",)),
        Topic("minerals", "Critical minerals", ("critical mineral",), weak_aliases=("gallium",)),
        Topic("wto", "World Trade Organization", ("WTO",)),
    )
)
FILLER = "Nothing else happened that day."


def article(*paragraphs: str, title: str = "Untitled") -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * index) for index, text in enumerate(paragraphs))
    return Article(path="t.txt", title=title, slug="t", sections=(Section(None, blocks, 3),))


def topics_of(source: Article) -> tuple[str, ...]:
    return detect_topics(source, TAXONOMY).topics


def test_the_rules_name_their_zones_and_thresholds() -> None:
    assert RULES.alone_zones == (TITLE, LEDE)
    assert RULES.deep_zones == (BODY, ANALYSIS)
    assert RULES.min_mentions == 2 < RULES.deep_min_mentions == 3
    assert RULES.zone_weight(LEDE) == RULES.zone_weight(LEAD)
    assert RULES.untitled_first_paragraph


def test_hits_in_one_sentence_are_one_mention_worth_the_best() -> None:
    same = [Hit("tariffs", LEAD, sentence=(3, 0)), Hit("tariffs", BODY, sentence=(3, 0))]
    (evidence,) = weigh(same, TAXONOMY)
    assert (evidence.score, evidence.mentions) == (2.0, 1)
    apart = [Hit("tariffs", LEAD, sentence=(3, 0)), Hit("tariffs", BODY, sentence=(3, 1))]
    (evidence,) = weigh(apart, TAXONOMY)
    assert (evidence.score, evidence.mentions) == (3.0, 2)


def test_a_list_of_weak_words_in_one_sentence_is_one_mention() -> None:
    # Three weak words (3 x 0.9) would reach 2.0; one sentence holding them does not.
    listed = article("Gallium, gallium scrap and gallium oxide were named.", FILLER)
    assert topics_of(listed) == ()
    spread = article("Gallium rose. Gallium fell. Gallium rose again.", FILLER, title="Gallium")
    assert topics_of(spread) == ("minerals",)


def test_sentence_numbers_split_a_text_only_when_it_names_a_topic_twice() -> None:
    text = "Tariffs rose. The WTO met. Tariffs fell."
    assert sentence_numbers(text, [(0, "tariffs"), (18, "wto")]) == [0, 1]
    assert sentence_numbers(text, [(0, "tariffs"), (18, "wto"), (27, "tariffs")]) == [0, 1, 2]
    assert sentence_numbers("A tariff, a tariff.", [(2, "tariffs"), (12, "tariffs")]) == [0, 0]


def test_one_sentence_in_the_lead_is_a_passing_mention_two_are_not() -> None:
    assert topics_of(article(FILLER, "The WTO was watching.")) == ()
    assert topics_of(article(FILLER, "The WTO was watching. The WTO spoke.")) == ("wto",)


def test_the_headline_and_the_lede_stand_alone() -> None:
    assert topics_of(article(FILLER, title="WTO rules on steel")) == ("wto",)
    assert topics_of(article("The WTO ruled on steel. Nothing more.", FILLER)) == ("wto",)
    # The same sentence as the lead's second one is a passing mention.
    assert topics_of(article("Steel was ruled on. The WTO did it.", FILLER)) == ()


def test_a_page_without_a_headline_lends_its_first_paragraph_the_headline_weight() -> None:
    untitled = article("Steel was ruled on. The WTO did it.", FILLER, title="")
    assert [zone for zone, _ in zoned_texts(untitled)][:3] == [TITLE, TITLE, LEAD]
    assert topics_of(untitled) == ("wto",)
    off = replace(RULES, untitled_first_paragraph=False)
    assert detect_topics(untitled, TAXONOMY, off).topics == ()


def test_a_topic_only_in_the_body_needs_three_sentences() -> None:
    two = article(FILLER, FILLER, "A tariff here.", "A tariff there.")
    assert topics_of(two) == ()
    three = article(FILLER, FILLER, "A tariff here.", "A tariff there.", "A tariff again.")
    assert topics_of(three) == ("tariffs",)
    # One of the two in the lead: not deep, two sentences are enough.
    assert topics_of(article(FILLER, "A tariff here.", "A tariff there.")) == ("tariffs",)


def test_relevant_needs_the_mentions_as_well_as_the_score() -> None:
    heavy = [Hit("tariffs", LEAD, sentence=(1, 0))] * 3
    assert relevant(weigh(heavy, TAXONOMY), TAXONOMY) == ()
    assert relevant(weigh(heavy, TAXONOMY), TAXONOMY, replace(RULES, min_mentions=1)) == (
        "tariffs",
    )


def test_the_shipped_taxonomy_names_topics_by_their_other_words() -> None:
    def named(text: str) -> list[tuple[str, bool]]:
        return [(m.slug, m.weak) for m in find_mentions(text, SHIPPED)]

    assert named("New levies and duties") == [("tariffs", True), ("tariffs", True)]
    assert named("safeguard duties on steel") == [("tariffs", False)]
    assert named("a Section 301 action") == [("tariffs", False)]
    assert named("the Appellate Body and the Dispute Settlement Body") == [("wto", False)] * 2
    assert named("NdPr and dysprosium oxide") == [("rare-earths", True), ("rare-earths", True)]
    assert named("sintered NdFeB and neodymium magnets") == [("magnets", False)] * 2
    assert named("electric cars and wind power") == [("clean-energy", True)] * 2
    assert named("curbs on exports of gallium") == [
        ("export-controls", False),
        ("critical-minerals", True),
    ]
    assert named("Brussels said") == [("european-union", True)]


@pytest.mark.parametrize(
    ("text", "name", "listed"),
    [
        ("Tariffs on refined gallium, germanium and rare earth oxides.", "rare earth oxides", True),
        ("Curbs hit gallium, rare earths and antimony this year.", "rare earths", True),
        ("Rare earths, gallium and antimony are scarce.", "Rare earths", True),
        ("Rare earths, gallium, and antimony are scarce.", "Rare earths", True),
        ("Rare earths and gallium are scarce.", "Rare earths", False),
        ("Talks on steel, chips and the WTO went on.", "WTO", True),
        ("China tightened rare earth exports on Monday.", "rare earth", False),
        ("In Perth, rare earths rose.", "rare earths", False),
    ],
)
def test_a_name_is_in_a_list_of_three_or_more_items(text: str, name: str, listed: bool) -> None:
    start = text.index(name)
    assert in_list(text, start, start + len(name)) is listed


def test_a_listed_name_in_the_lede_weighs_as_the_lead_and_does_not_stand_alone() -> None:
    lede = "Ministers discussed steel, gallium and the WTO on Monday."
    span = (lede.index("WTO"), lede.index("WTO") + 3)
    assert mention_zone(LEDE, lede, span) == LEAD
    assert mention_zone(TITLE, lede, span) == TITLE
    assert topics_of(article(lede, FILLER)) == ()
    assert topics_of(article("The WTO ruled on steel.", FILLER)) == ("wto",)
