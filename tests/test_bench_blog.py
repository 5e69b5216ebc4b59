"""The blog-plugin baseline: a generated article becomes a dated post with its
topics as categories and an excerpt marker after the lead; other pages are no post."""

from __future__ import annotations

import datetime as dt

import yaml

from bench.blog_build import EXCERPT, UNDATED, as_post

ARTICLE = """---
title: Gallium prices climb
description: Permits slow again.
date: '2025-03-04'
reex:
  kind: article
  topic_titles:
  - Critical minerals
  - Tariffs
---

# Gallium prices climb

<p class="reex-byline" markdown><time datetime="2025-03-04">March 4, 2025</time></p>

Gallium prices rose for a third week as export permits slowed.

## Why it matters

Buyers in Europe turned to stockpiles.
"""


def _split(post: str) -> tuple[dict[str, object], str]:
    head, _, body = post[4:].partition("\n---\n")
    meta: dict[str, object] = yaml.safe_load(head)
    return meta, body


def test_an_article_becomes_a_dated_post_with_categories_and_an_excerpt() -> None:
    post = as_post(ARTICLE)
    assert post is not None
    meta, body = _split(post)
    assert meta == {
        "title": "Gallium prices climb",
        "description": "Permits slow again.",
        "date": dt.date(2025, 3, 4),
        "categories": ["Critical minerals", "Tariffs"],
    }
    lead = "Gallium prices rose for a third week as export permits slowed."
    assert body.index(lead) < body.index(EXCERPT) < body.index("## Why it matters")


def test_an_undated_article_gets_a_date_and_other_pages_are_no_posts() -> None:
    post = as_post(ARTICLE.replace("date: '2025-03-04'\n", ""))
    assert post is not None
    assert _split(post)[0]["date"] == UNDATED
    assert as_post(ARTICLE.replace("kind: article", "kind: topic")) is None
    assert as_post("# No front matter\n") is None
