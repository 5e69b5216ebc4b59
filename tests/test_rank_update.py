"""Rankings brought up to date after a few articles change are the rankings of a
full ranking: the related and earlier lists of every article, to the last slug."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import generator.rank_update as rank_update
from generator.corpus import newest_first_key
from generator.model import Analysis, Article, Entity
from generator.rank_update import RankState, rank_all, rerank
from generator.related import features

TOPICS = ("rare-earths", "magnets", "tariffs", "wto", "gallium", "lithium", "mining")
PEOPLE = ("Ana Ruiz", "Kenji Sato", "Liu Wen", "Omar Haddad", "Grace Mbeki", "Priya Nair")
ORGANISATIONS = ("Nordmetal", "MP Materials", "Lynas", "Harlow Capital")
DRAFT = Analysis("REEx Analysis", (), "draft", 1)


def article(rng: random.Random, slug: str) -> Article:
    """An article with a few topics (the first ones much more often: some are in
    most articles), a few names, a date in one year or none, and a draft or not."""
    topics = tuple(t for n, t in enumerate(TOPICS) if rng.random() < 0.8 / (n + 1))
    names = [Entity(p, "person", None, 1) for p in PEOPLE if rng.random() < 0.3]
    names += [Entity(o, "organisation", None, 1) for o in ORGANISATIONS if rng.random() < 0.25]
    day = None if rng.random() < 0.05 else dt.date(2025, 1, 1) + dt.timedelta(rng.randrange(365))
    return Article(
        path=f"{slug}.txt",
        title=slug,
        slug=slug,
        date=day,
        topics=topics,
        entities=tuple(names),
        analysis=DRAFT if rng.random() < 0.5 else None,
    )


def ordered(articles: Sequence[Article]) -> tuple[Article, ...]:
    return tuple(sorted(articles, key=newest_first_key))


def ranked_in_full(articles: Sequence[Article]) -> RankState:
    return rank_all(ordered(articles), str, ())


def changed(rng: random.Random, articles: list[Article], step: int) -> list[Article]:
    """The articles after one change: one added, one deleted, or one edited."""
    kind = rng.choice(("add", "delete", "edit"))
    if kind == "delete" and len(articles) > 2:
        return [a for a in articles if a is not rng.choice(articles)]
    if kind == "edit":
        edited = rng.randrange(len(articles))
        again = article(rng, articles[edited].slug)
        return [again if n == edited else a for n, a in enumerate(articles)]
    return [*articles, article(rng, f"added-{step}")]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(8, 90))
def test_every_change_in_turn_ranks_as_a_full_ranking(seed: int, size: int) -> None:
    rng = random.Random(seed)
    articles = [article(rng, f"a{n:03d}") for n in range(size)]
    state = ranked_in_full(articles)
    for step in range(6):
        articles = changed(rng, articles, step)
        state = rerank(state, ordered(articles), str, ())
        assert state.ranked() == ranked_in_full(articles).ranked()


def test_an_added_and_deleted_article_leaves_the_rankings_as_they_were() -> None:
    rng = random.Random(7)
    articles = [article(rng, f"a{n:03d}") for n in range(300)]
    before = ranked_in_full(articles)
    new = article(rng, "new")
    added = rerank(before, ordered([*articles, new]), str, ())
    assert added.ranked() == ranked_in_full([*articles, new]).ranked()
    assert added.ranked() != before.ranked()
    assert rerank(added, ordered(articles), str, ()).ranked() == before.ranked()


def test_an_addition_ranks_in_full_only_the_new_article_and_few_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each weight moves with the count of articles, yet the kept best others
    and the bounds settle almost every article without reading every pair."""
    rng = random.Random(11)
    articles = [article(rng, f"a{n:03d}") for n in range(400)]
    before = ranked_in_full(articles)
    new = article(rng, "new")
    in_full: list[int] = []
    real_scored = rank_update.scored

    def counting(position: int, *args: object) -> object:
        in_full.append(position)
        return real_scored(position, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(rank_update, "scored", counting)
    after = rerank(before, ordered([*articles, new]), str, ())
    monkeypatch.setattr(rank_update, "scored", real_scored)
    assert after.ranked() == ranked_in_full([*articles, new]).ranked()
    assert len(in_full) < 400 // 20
    assert ordered([*articles, new]).index(new) in in_full


def test_unchanged_articles_keep_the_features_they_were_ranked_by() -> None:
    rng = random.Random(3)
    articles = [article(rng, f"a{n:03d}") for n in range(30)]
    before = ranked_in_full(articles)
    assert rerank(before, ordered(articles), str, ()) is before
    after = rerank(before, ordered(articles[1:]), str, ())
    assert dict(after.owned) == {a.slug: features(a) for a in articles[1:]}


def test_a_new_merge_of_names_ranks_everything_again(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    articles = ordered([article(rng, f"a{n:03d}") for n in range(30)])
    before = rank_all(articles, str, ())
    calls: list[str] = []
    real = rank_update.rank_all

    def counting(*args: object) -> RankState:
        calls.append("all")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(rank_update, "rank_all", counting)
    rerank(before, articles, str, (("lynas", "lynas rare earths"),))
    assert calls == ["all"]
