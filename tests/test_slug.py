from __future__ import annotations

import pytest

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
        ("稀土", "article"),
        ("", "article"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug
    assert is_slug(slug)


def test_long_titles_are_cut_at_a_word() -> None:
    slug = slugify("word " * 60)
    assert len(slug) <= 80 and not slug.endswith("-") and is_slug(slug)


def test_duplicates_get_distinct_deterministic_slugs() -> None:
    assert unique_slugs(["a", "b", "a", "a", "a-2"]) == ["a", "b", "a-2", "a-3", "a-2-2"]
