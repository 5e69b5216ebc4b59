"""Topic detection: whole-word alias matching, ordering and the writer's overrides."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from generator.alias_words import is_body_name
from generator.errors import SeedError
from generator.extract.entities import extract_entities
from generator.extract.topic_names import entity_names
from generator.extract.topic_scoring import RULES, zoned_texts
from generator.extract.topics import (
    Mention,
    detect_topics,
    find_mentions,
    find_pairs,
)
from generator.model import Analysis, Article, Block, Section
from generator.taxonomy import Taxonomy, Topic, load_taxonomy
from tests.fixture_cases import Case, cases

SHIPPED = Path(__file__).resolve().parent.parent / "seeds" / "topics.yml"

TAXONOMY = Taxonomy(
    (
        Topic(
            "rare-earths",
            "Rare earths",
            ("rare earth", "rare-earth", "rare earth elements", "REE", "REEs"),
        ),
        Topic("tariffs", "Tariffs", ("tariff", "import duties")),
        Topic("european-union", "European Union", ("EU",)),
        Topic("wto", "World Trade Organization", ("WTO",)),
        Topic("supply-chains", "Supply chains", ("supply chain",)),
        Topic("economy", "Economy", ("economy",)),
        Topic("magnets", "Permanent magnets", ("rare earth magnets",)),
    )
)


# Every mention counts: for the tests of matching and ordering, not of relevance.
ANY_MENTION = replace(
    RULES, min_evidence=0.1, relative_floor=0.0, max_topics=99, min_mentions=1, deep_min_mentions=1
)


def found(text: str, taxonomy: Taxonomy = TAXONOMY) -> list[tuple[str, str]]:
    return [(m.slug, text[m.start : m.end]) for m in find_mentions(text, taxonomy)]


def article(*paragraphs: str, title: str = "Untitled", highlights: tuple[str, ...] = ()) -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * index) for index, text in enumerate(paragraphs))
    return Article(
        path="t.txt",
        title=title,
        slug="t",
        highlights=highlights,
        sections=(Section(None, blocks, 3),),
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "rare earth",
        "rare earths",
        "Rare Earths",
        "rare-earth",
        "RARE-EARTHS",
        "rare  earth",
        "rare earth elements",
        "REE",
        "REEs",
    ],
)
def test_rare_earth_variants_are_found(phrase: str) -> None:
    assert found(f"Prices of {phrase} rose.") == [("rare-earths", phrase)]


def test_singular_and_plural_of_every_alias_match() -> None:
    text = "A tariff here, tariffs there, an import duty and two import duties."
    assert [slug for slug, _ in found(text)] == ["tariffs"] * 4


def test_acronyms_match_only_in_capitals() -> None:
    text = "Free trade, a feud, the referee and Eu or eu or wto or ree."
    assert found(text) == []
    assert found("The EU and the WTO met; REE output fell.") == [
        ("european-union", "EU"),
        ("wto", "WTO"),
        ("rare-earths", "REE"),
    ]


def test_matches_are_whole_words() -> None:
    assert found("The REEx index and tariffed goods and EUropean typos.") == []
    assert found("non-tariff barriers") == [("tariffs", "tariff")]
    assert found("the EU’s rules") == [("european-union", "EU")]


def test_longest_alias_wins_where_aliases_overlap() -> None:
    assert found("Rare earth elements are not rare.") == [("rare-earths", "Rare earth elements")]
    assert found("Rare earth magnets power motors.") == [("magnets", "Rare earth magnets")]


def test_title_counts_as_an_alias() -> None:
    assert found("The World Trade Organization ruled.") == [("wto", "World Trade Organization")]


def test_mentions_are_in_text_order_and_do_not_overlap() -> None:
    text = "EU tariffs on REE imports hit the supply chain and the economy."
    mentions = find_mentions(text, TAXONOMY)
    assert [m.slug for m in mentions] == [
        "european-union",
        "tariffs",
        "rare-earths",
        "supply-chains",
        "economy",
    ]
    assert mentions[0] == Mention(0, 2, "european-union")
    for earlier, later in itertools.pairwise(mentions):
        assert earlier.end <= later.start


def test_empty_taxonomy_finds_nothing() -> None:
    assert find_mentions("rare earths and tariffs", Taxonomy(())) == []


def test_topics_are_ordered_by_evidence_then_first_mention_then_slug() -> None:
    result = detect_topics(
        article(
            "The EU weighs tariffs on magnets; the WTO is watching.",
            "Tariffs again. A third tariff, plus the EU.",
            "REE supply is tight and the economy slows.",
        ),
        TAXONOMY,
        ANY_MENTION,
    )
    # tariffs in 3 sentences, EU in 2, then one mention each in order of first appearance.
    assert result.topics == ("tariffs", "european-union", "wto", "rare-earths", "economy")


def test_equal_counts_at_the_same_place_fall_back_to_slug() -> None:
    base = article("Nothing to see here.")
    result = detect_topics(
        Article(path=base.path, title=base.title, slug=base.slug, topics_added=("wto", "economy")),
        TAXONOMY,
    )
    assert result.topics == ("economy", "wto")


def test_title_highlights_headings_and_analysis_are_searched() -> None:
    analysis = Analysis(
        "REEx Analysis",
        (Section("Supply chain risk", (Block.plain("Stay alert.", 20),), 19),),
        "seed",
        18,
    )
    source = Article(
        path="t.txt",
        title="Beijing tightens REE exports",
        slug="t",
        highlights=("The WTO may step in.",),
        sections=(Section("What the economy shows", (Block.plain("Markets fell.", 5),), 4),),
        analysis=analysis,
    )
    assert set(detect_topics(source, TAXONOMY, ANY_MENTION).topics) == {
        "rare-earths",
        "wto",
        "economy",
        "supply-chains",
    }


def test_writer_additions_and_removals_apply() -> None:
    source = article("Rare earths and tariffs. More tariffs and the EU.")
    edited = Article(
        path="t.txt",
        title="T",
        slug="t",
        sections=source.sections,
        topics_added=("wto",),
        topics_removed=("european-union",),
    )
    assert detect_topics(edited, TAXONOMY).topics == ("tariffs", "rare-earths", "wto")


def test_removal_beats_addition_of_the_same_topic() -> None:
    edited = Article(
        path="t.txt",
        title="Tariffs",
        slug="t",
        topics_added=("wto",),
        topics_removed=("wto",),
    )
    assert detect_topics(edited, TAXONOMY).topics == ("tariffs",)


def test_unknown_added_topic_is_a_seed_error() -> None:
    edited = Article(path="seeds/x.md", title="T", slug="t", topics_added=("lithium",))
    with pytest.raises(SeedError) as caught:
        detect_topics(edited, TAXONOMY)
    assert caught.value.path == "seeds/x.md"
    assert caught.value.message == "unknown topic 'lithium' (not in the taxonomy)"


def test_unknown_removed_topic_is_a_seed_error() -> None:
    edited = Article(path="seeds/x.md", title="T", slug="t", topics_removed=("tarifs",))
    with pytest.raises(SeedError, match="unknown topic 'tarifs'"):
        detect_topics(edited, TAXONOMY)


def test_article_without_mentions_has_no_topics() -> None:
    assert detect_topics(article("Quiet day on the markets."), TAXONOMY).topics == ()


def test_shipped_taxonomy_tags_the_seed_style_story_by_relevance() -> None:
    taxonomy = load_taxonomy(SHIPPED)
    source = article(
        "DHL’s chief said U.S. tariffs push China and the European Union closer, "
        "reshaping supply chains.",
        "Rare earths, critical for green tech and defense, sit at the centre. "
        "Tariffs may ease by late Q2, and the WTO is watching.",
        "Washington wants its own rare earth processing and critical minerals.",
        title="Beijing signals openness to trade talks",
    )
    topics = detect_topics(source, taxonomy).topics
    assert topics[:2] == ("tariffs", "trade-talks")
    assert {"rare-earths", "supply-chains", "european-union"} <= set(topics)
    # Generic words said in passing are no topic ("green tech", "defense",
    # "processing"), nor is one pairing of "U.S." and "China", nor the WTO
    # named in one sentence after the lede.
    assert not {"defense", "clean-energy", "processing", "us-china-relations", "wto"} & set(topics)


def test_the_real_seed_has_at_most_six_topics_with_the_four_it_is_about() -> None:
    from generator.annotate import read_and_annotate

    seed = SHIPPED.parent / "beijing-conditional-openness.txt"
    annotated = read_and_annotate(seed, seed.name, load_taxonomy(SHIPPED), [])
    assert len(annotated.topics) <= 6
    assert {"rare-earths", "tariffs", "trade-talks", "us-china-relations"} <= set(annotated.topics)


def test_shipped_taxonomy_handles_us_china_spellings() -> None:
    taxonomy = load_taxonomy(SHIPPED)
    for text in ("US–China relations", "U.S.-China relations", "the US-China trade war"):
        assert [slug for slug, _ in found(text, taxonomy)] == ["us-china-relations"], text


def test_every_mention_is_found_in_long_text() -> None:
    # How fast is for bench/ to say (timed figures are never asserted here).
    taxonomy = load_taxonomy(SHIPPED)
    paragraph = (
        "Analysts said export controls on rare earth magnets and new tariffs could reshape "
        "supply chains, while the EU and the WTO weigh in on critical minerals. "
    )
    mentions = find_mentions(paragraph * 2_000, taxonomy)
    assert len(mentions) == 2_000 * 7


def test_a_topic_word_inside_an_organisation_name_is_not_a_mention() -> None:
    from generator.model import Entity

    taxonomy = Taxonomy((Topic("rare-earths", "Rare earths", ("rare earth",), "The metals."),))
    text = "Lynas Rare Earths raised output of rare earths again."
    assert len(find_mentions(text, taxonomy)) == 2
    mentions = find_mentions(text, taxonomy, ("Lynas Rare Earths",))
    assert [text[m.start : m.end] for m in mentions] == ["rare earths"]
    article = Article(
        path="t.txt",
        title="Lynas Rare Earths reports",
        slug="t",
        sections=(Section(None, (Block.plain("Lynas Rare Earths met analysts.", 3),), 3),),
        entities=(Entity("Lynas Rare Earths", "organisation", None, 1),),
    )
    assert detect_topics(article, taxonomy).topics == ()


def test_an_organisation_that_is_itself_a_topic_still_counts() -> None:
    taxonomy = Taxonomy((Topic("european-union", "European Union", ("EU",), "The bloc."),))
    text = "The European Union and the European Union Chamber of Commerce met."
    mentions = find_mentions(
        text, taxonomy, ("European Union", "European Union Chamber of Commerce")
    )
    assert [(m.start, m.end) for m in mentions] == [(4, 18)]


def test_a_body_named_inside_a_longer_name_is_evidence_but_not_a_link() -> None:
    from generator.model import Entity

    taxonomy = Taxonomy(
        (
            Topic("defense", "Defense", ("Department of Defense",), weak_aliases=("Defense",)),
            Topic("mining", "Mining", ("miner",)),
        )
    )
    text = "The U.S. Department of Defense and the Defense Logistics Agency met Mining Weekly."
    names = ("U.S. Department of Defense", "Defense Logistics Agency", "Mining Weekly")
    # The page links no topic inside a name ...
    assert find_mentions(text, taxonomy, names) == []
    # ... but the evidence counts a body's name there; a one-word title is no name.
    evidence = find_mentions(text, taxonomy, names, bodies=True)
    assert [(text[m.start : m.end], m.weak) for m in evidence] == [
        ("Department of Defense", False),
        ("Defense", True),
    ]
    story = article(text, "The Department of Defense said so.", title="Contract awarded")
    story = replace(story, entities=tuple(Entity(name, "organisation", None, 3) for name in names))
    assert detect_topics(story, taxonomy).topics == ("defense",)


@pytest.mark.parametrize(
    ("alias", "expected"),
    [
        ("Department of Defense", True),
        ("Pentagon", True),
        ("U.S.-China", True),
        ("rare earths", False),
        ("Critical minerals", False),
        ("REE", False),
        ("NdFeB", False),
        ("EV", False),
    ],
)
def test_which_aliases_are_written_as_names_of_bodies(alias: str, expected: bool) -> None:
    assert is_body_name(alias) is expected


# -- relevance -----------------------------------------------------------------

TUNED = Taxonomy(
    (
        Topic("tariffs", "Tariffs", ("tariff",)),
        Topic("defense", "Defense", ("Pentagon",), weak_aliases=("military", "Defense")),
        Topic("wto", "World Trade Organization", ("WTO",), weight=2.0),
        Topic("economy", "Economy", ("inflation",), min_evidence=6.0),
        Topic(
            "us-china-relations",
            "US–China relations",
            (),
            paired_names=(("Beijing", "Washington"), ("China", "U.S.")),
        ),
    )
)

FILLER = "Nothing else happened that day."


def topics_of(source: Article, taxonomy: Taxonomy = TUNED) -> tuple[str, ...]:
    return detect_topics(source, taxonomy).topics


def test_the_rules_weigh_the_title_and_lead_above_the_body_and_analysis() -> None:
    weight = RULES.zone_weight
    assert weight("title") > weight("lead") > weight("body") > weight("analysis")
    assert weight("dek") == weight("highlights") == weight("lead")
    assert 0 < RULES.weak_factor < 1 and RULES.max_topics == 6


def test_zones_follow_reading_order_and_the_lead_is_the_first_paragraphs() -> None:
    source = Article(
        path="t.txt",
        title="T",
        slug="t",
        dek="D",
        highlights=("H",),
        sections=(
            Section(None, (Block.plain("P1", 3), Block.plain("Q", 4, "pull_quote")), 3),
            Section("Head", (Block.plain("P2", 6), Block.plain("P3", 7)), 5),
        ),
        analysis=Analysis("A", (Section("AH", (Block.plain("AP", 9),), 8),), "seed", 8),
    )
    assert list(zoned_texts(source)) == [
        ("title", "T"),
        ("dek", "D"),
        ("highlights", "H"),
        ("lede", "P1"),
        ("body", "Q"),
        ("heading", "Head"),
        ("lead", "P2"),
        ("body", "P3"),
        ("analysis", "AH"),
        ("analysis", "AP"),
    ]


def test_a_title_mention_is_enough_and_a_passing_body_mention_is_not() -> None:
    assert topics_of(article(FILLER, FILLER, "Nothing else.", title="Tariffs bite")) == ("tariffs",)
    assert topics_of(article(FILLER, FILLER, "A tariff was named once.")) == ()
    body = ("A tariff here.", "A tariff there.", "A tariff again.")
    assert topics_of(article(FILLER, FILLER, *body)) == ("tariffs",)


def test_weak_aliases_need_more_evidence_than_names() -> None:
    assert topics_of(article("The Pentagon signed.", FILLER)) == ("defense",)
    assert topics_of(article("The military signed.", FILLER)) == ()
    many = article(FILLER, FILLER, *(["Military buyers waited."] * 6))
    assert topics_of(many) == ("defense",)
    # The title listed among the weak aliases makes the title weak too.
    assert topics_of(article(FILLER, FILLER, "Defense again.", "Defense again.")) == ()


def test_a_topic_weight_and_min_evidence_tune_it() -> None:
    # Three body sentences (3.0) reach the default 2.0; halved by a weight they do not.
    thread = article(FILLER, FILLER, "The WTO ruled. The WTO met. The WTO again.")
    assert topics_of(thread) == ("wto",)
    halved = Taxonomy((Topic("wto", "World Trade Organization", ("WTO",), weight=0.5),))
    assert topics_of(thread, halved) == ()
    # Inflation needs 6.0: the lead and a title are not enough, the two with more are.
    assert topics_of(article("Inflation rose.", FILLER, title="Inflation")) == ()
    lots = article("Inflation rose.", "Inflation again.", "Inflation.", title="Inflation")
    assert topics_of(lots) == ("economy",)


def test_a_side_remark_beside_a_much_stronger_topic_is_dropped() -> None:
    side = article(
        *(["Tariffs, tariffs and tariffs."] * 8), "The Pentagon and the Pentagon.", title="Tariffs"
    )
    assert topics_of(side) == ("tariffs",)


def test_at_most_six_topics_are_kept_and_the_writer_can_add_more() -> None:
    topics = tuple(Topic(f"t{n}", f"Topic{n}", ()) for n in range(8))
    taxonomy = Taxonomy(topics)
    source = article(" ".join(f"Topic{n}" for n in range(8)), title="Topic7 Topic6")
    assert detect_topics(source, taxonomy).topics == ("t7", "t6", "t0", "t1", "t2", "t3")
    added = replace(source, topics_added=("t5", "t4"), topics_removed=("t0",))
    assert detect_topics(added, taxonomy).topics == ("t7", "t6", "t1", "t2", "t3", "t4", "t5")


def test_paired_names_count_once_per_sentence_and_only_together() -> None:
    text = "Beijing told Washington so. China and the U.S. and Beijing met. Beijing alone."
    pairs = find_pairs(text, TUNED)
    assert [(m.slug, text[m.start : m.end]) for m in pairs] == [
        ("us-china-relations", "Beijing"),
        ("us-china-relations", "China"),  # the first pair that fits gives the place
    ]
    assert find_pairs("Beijing alone. Washington alone.", TUNED) == []
    assert topics_of(article(text, FILLER)) == ("us-china-relations",)


def test_a_topic_word_inside_a_person_name_is_no_evidence() -> None:
    from generator.model import Entity

    taxonomy = Taxonomy((Topic("mining", "Mining", ()),))
    named = article(
        "Mining Lee spoke.",
        title="Mining Lee talks",
        # the entity extractor's people count, as its organisations do
    )
    named = replace(named, entities=(Entity("Mining Lee", "person", None, 3),))
    assert detect_topics(named, taxonomy).topics == ()
    assert entity_names(named) == ("Mining Lee",)


def test_a_capitalised_mention_right_beside_a_name_is_part_of_it() -> None:
    taxonomy = Taxonomy((Topic("rare-earths", "Rare earths", ("rare earth",)),))
    text = "Lynas Rare Earths said Lynas rare earths and Lynas. Rare earths rose."
    mentions = find_mentions(text, taxonomy, ("Lynas",))
    assert [text[m.start : m.end] for m in mentions] == ["rare earths", "Rare earths"]


@pytest.mark.parametrize("case", cases("topics.txt"))
def test_topic_fixtures(case: Case) -> None:
    title, *body = case.paragraphs
    source = extract_entities(article(*body, title=title))
    found = "\n".join(detect_topics(source, load_taxonomy(SHIPPED)).topics)
    assert found == case.expected, f"fixtures/extract/topics.txt:{case.line}"


def test_a_look_alike_hides_the_name_inside_it_and_nothing_else() -> None:
    taxonomy = Taxonomy(
        (
            Topic("tariffs", "Tariffs", ("tariff",), look_alikes=("feed-in tariff",)),
            Topic("mining", "Mining", ("miner",), look_alikes=("data mining",)),
        )
    )
    text = "A feed-in tariff, a Feed-In Tariffs scheme, a tariff on steel; data mining by a miner."
    assert found(text, taxonomy) == [("tariffs", "tariff"), ("mining", "miner")]


def test_shipped_look_alikes_name_no_topic() -> None:
    taxonomy = load_taxonomy(SHIPPED)
    for text in (
        "cobalt blue tiles",
        "a driving licence",
        "peace talks",
        "self-defence",
        "a green tariff",
    ):
        assert found(text, taxonomy) == [], text
    assert [slug for slug, _ in found("a feed-in tariff", taxonomy)] == ["clean-energy"]


def test_every_shipped_name_starts_with_ascii_so_texts_are_scanned_by_candidates() -> None:
    # A name whose first word has a letter outside ASCII ("matières ...") would make
    # every paragraph be scanned whole; its other words may have them ("séparation").
    from generator.extract.topics import _matcher_for

    assert not _matcher_for(load_taxonomy(SHIPPED)).scan.whole_text


def test_an_export_duty_limits_exports_and_is_no_import_tariff() -> None:
    taxonomy = load_taxonomy(SHIPPED)
    assert [slug for slug, _ in found("a 40% export duty on copper", taxonomy)] == [
        "export-controls"
    ]
    assert [slug for slug, _ in found("export duties and quotas", taxonomy)] == ["export-controls"]
    assert [slug for slug, _ in found("import duties on steel", taxonomy)] == ["tariffs"]


def test_prices_and_the_policy_that_answers_them_name_the_economy() -> None:
    taxonomy = load_taxonomy(SHIPPED)
    for text in ("consumer prices", "the Federal Reserve", "a rate cut", "monetary policy", "CPI"):
        assert [slug for slug, _ in found(text, taxonomy)] == ["economy"], text
