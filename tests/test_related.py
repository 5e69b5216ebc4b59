"""Related articles: shared features weighed by rarity, then recency."""

from __future__ import annotations

import datetime as dt

from generator.corpus import build_corpus
from generator.model import Article, Entity
from generator.related import Feature, features, related_articles
from generator.taxonomy import Taxonomy


def make(slug: str, day: int, topics: tuple[str, ...], people: tuple[str, ...] = ()) -> Article:
    return Article(
        path=f"{slug}.txt",
        title=slug,
        slug=slug,
        date=dt.date(2025, 1, day),
        topics=topics,
        entities=tuple(Entity(name, "person", None, 1) for name in people),
    )


def slugs(related: dict[str, tuple[Article, ...]], slug: str) -> list[str]:
    return [a.slug for a in related[slug]]


def newest_first(*articles: Article) -> list[Article]:
    return sorted(articles, key=lambda a: (-a.date.toordinal() if a.date else 0, a.slug))


def test_features_are_topics_then_entities_each_once() -> None:
    article = make("a", 1, ("tariffs", "tariffs"), ("Ana Ruiz", "Ana Ruiz"))
    assert features(article) == (Feature("topic", "tariffs"), Feature("person", "Ana Ruiz"))


def test_a_rare_shared_topic_beats_a_topic_every_article_has() -> None:
    common = tuple(make(f"c{n}", n, ("rare-earths",)) for n in range(2, 8))
    me = make("me", 1, ("rare-earths", "wto"))
    rare = make("rare", 1, ("wto",))
    related = related_articles(newest_first(me, rare, *common))
    assert slugs(related, "me")[0] == "rare"


def test_a_shared_person_counts_more_than_a_common_topic() -> None:
    others = tuple(make(f"o{n}", 20 + n, ("tariffs",)) for n in range(5))
    me = make("me", 1, ("tariffs",), ("Ana Ruiz",))
    old = make("old", 2, ("tariffs",), ("Ana Ruiz",))
    related = related_articles(newest_first(me, old, *others))
    assert slugs(related, "me")[0] == "old"


def test_equal_scores_go_to_the_newer_article_and_nothing_shared_is_no_relation() -> None:
    me = make("me", 1, ("tariffs", "x"))
    older, newer = make("older", 2, ("tariffs",)), make("newer", 3, ("tariffs",))
    alone = make("alone", 9, ("wto",))
    related = related_articles(newest_first(me, older, newer, alone, make("x", 4, ("x",))))
    assert slugs(related, "me")[1:] == ["newer", "older"]
    assert slugs(related, "alone") == []
    assert "me" not in slugs(related, "me")


def test_at_most_five_and_the_same_answer_every_time() -> None:
    articles = [make(f"a{n}", 1 + n, ("tariffs", f"t{n % 3}"), (f"P{n % 4}",)) for n in range(12)]
    first = build_corpus(articles, Taxonomy(())).related_articles
    again = build_corpus(list(reversed(articles)), Taxonomy(())).related_articles
    assert all(len(others) == 5 for others in first.values())
    assert {k: slugs(first, k) for k in first} == {k: slugs(again, k) for k in again}
