"""A topic named at the head of another topic's alias ("rare earth magnets")
counts for it too, weakly, above the body (``extract/topic_modifiers``)."""

from __future__ import annotations

from pathlib import Path

from generator.extract.topic_scoring import weigh
from generator.extract.topics import article_hits, detect_topics, find_mentions
from generator.model import Article, Block, Section
from generator.taxonomy import Taxonomy, Topic, load_taxonomy

TAXONOMY = Taxonomy(
    (
        Topic("rare-earths", "Rare earths", ("rare earth",), weak_aliases=("neodymium",)),
        Topic("magnets", "Permanent magnets", ("rare earth magnets", "neodymium magnets")),
        Topic("tariffs", "Tariffs", ("tariff",), look_alikes=("power tariff",)),
        Topic("clean-energy", "Clean energy", ("feed-in tariff",)),
    )
)


def article(*paragraphs: str, title: str) -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * index) for index, text in enumerate(paragraphs))
    return Article(path="t.txt", title=title, slug="t", sections=(Section(None, blocks, 3),))


def evidence(source: Article) -> dict[str, float]:
    return {e.slug: e.score for e in weigh(article_hits(source, TAXONOMY), TAXONOMY)}


def test_the_head_of_a_compound_alias_counts_for_its_own_topic_in_full_only_in_the_headline() -> (
    None
):
    source = article(
        "The scheme pays companies that build sintered rare earth magnet plants.",
        "Officials said the first plants would open in 2028.",
        title="India backs rare earth magnet makers",
    )
    scores = evidence(source)
    # The headline (3) in full, the lede (2) at the weak factor, for rare earths.
    assert scores["rare-earths"] == 3 + 0.45 * 2
    assert detect_topics(source, TAXONOMY).topics == ("magnets", "rare-earths")
    # The page's links still see one topic per phrase.
    text = "rare earth magnets"
    assert [m.slug for m in find_mentions(text, TAXONOMY)] == ["magnets"]


def test_only_a_strong_alias_at_the_head_of_another_topics_alias_counts() -> None:
    # A weak word at the head ("neodymium magnets"), a word at the tail
    # ("feed-in tariff"), a look-alike: no mention of the inner topic.
    for title in (
        "Japan buys neodymium magnets",
        "Germany cuts its feed-in tariff",
        "Utility raises its power tariff",
    ):
        scores = evidence(article("Nothing else happened that day.", title=title))
        assert "rare-earths" not in scores and "tariffs" not in scores, title


def test_deep_in_the_body_the_longer_name_alone_counts() -> None:
    source = article(
        "The ministry approved the plan on Monday.",
        "It said the budget was final.",
        "Buyers of rare earth magnets were not consulted.",
        title="Ministry approves the plan",
    )
    assert "rare-earths" not in evidence(source)


def test_the_shipped_taxonomy_reads_export_approvals_as_export_controls() -> None:
    shipped = load_taxonomy(Path(__file__).resolve().parent.parent / "seeds" / "topics.yml")
    for text in ("slower export approvals from China", "licences for exports of seven metals"):
        assert [m.slug for m in find_mentions(text, shipped)] == ["export-controls"], text
