from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.slug import is_slug, slugify, unique_slugs


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Beijing Signals Conditional Openness", "beijing-signals-conditional-openness"),
        ("Lynas’ Q2 Output: Up 12%?", "lynas-q2-output-up-12"),
        ("Société Générale sees “tight” market", "societe-generale-sees-tight-market"),
        ("../../etc/passwd", "etc-passwd"),
        ("/absolute/path", "absolute-path"),
        ("nul\x00byte", "nul-byte"),
        ("稀土", "xi-tu"),
        ("Straße nach Øresund", "strasse-nach-oresund"),
        ("Đà Nẵng Port Ships Ore", "da-nang-port-ships-ore"),
        ("Редкоземельные металлы", "redkozemelnye-metally"),
        ("“—”", "article"),
        ("", "article"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug
    assert is_slug(slug)


def test_long_titles_are_cut_at_a_word() -> None:
    slug = slugify("word " * 60)
    assert len(slug) <= 80 and not slug.endswith("-") and is_slug(slug)


def test_cut_slugs_end_in_a_stable_hash_of_the_whole() -> None:
    first = slugify("Rare earth prices " * 10 + "rise in May")
    second = slugify("Rare earth prices " * 10 + "fall in June")
    assert first != second and len(first) == len(second) == 80
    assert first.startswith("rare-earth-prices-rare-earth") and is_slug(first)
    assert slugify("Rare earth prices " * 10 + "rise in May") == first
    # One word longer than the limit is cut inside the word.
    word = slugify("x" * 300)
    assert len(word) == 80 and is_slug(word)
    # Slugs that fit are left exactly as they were.
    assert slugify("a " * 40) == "-".join(["a"] * 40)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_every_slug_fits_and_is_a_slug(title: str) -> None:
    slug = slugify(title)
    assert len(slug) <= 80 and is_slug(slug)


def test_duplicates_get_distinct_deterministic_slugs() -> None:
    assert unique_slugs(["a", "b", "a", "a", "a-2"]) == ["a", "b", "a-2", "a-3", "a-2-2"]


def test_reserved_slugs_are_never_given_out() -> None:
    assert unique_slugs(["index", "page", "x"], reserved={"index", "page"}) == [
        "index-2",
        "page-2",
        "x",
    ]


def _old_slug(text: str) -> str:
    """The slug before transliteration: NFKD, then whatever is not ASCII dropped."""
    import re
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "article"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ09 -’“”—éüçÅñ.,'!")), max_size=60))
def test_slugs_that_lost_no_letter_are_unchanged(title: str) -> None:
    assert slugify(title) == _old_slug(title)
