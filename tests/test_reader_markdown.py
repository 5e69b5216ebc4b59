"""The writers' format: Markdown with YAML front matter, read into the same model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.reader import read_seed
from generator.reader.markdown import read_markdown

SEED = """---
title: Lynas Widens Heavy Rare Earth Separation in Malaysia
date: 2025-05-20
author: Priya Raman
source: Rare Earth Exchanges
source_url: https://example.org/lynas-heavy
topics: [processing]
exclude_topics: [defense]
---

## Key Takeaways

- Lynas produced its first dysprosium oxide outside China.
- Terbium is next, the company says.

Lynas Rare Earths said on Tuesday that its Malaysian plant had separated
*dysprosium* for the first time, a [milestone](https://example.org/lynas) for
supply outside China.

## Why it matters

> Heavy rare earths are the bottleneck, not the mines.

Separation capacity is what the market lacks.

## REEx Analysis: A Start, Not a Solution

One plant does not make a supply chain.

## What comes next

- Watch for offtake agreements.
"""


def test_reads_front_matter_and_body() -> None:
    article = read_markdown(SEED, "seeds/lynas.md")
    assert article.title == "Lynas Widens Heavy Rare Earth Separation in Malaysia"
    assert article.date == dt.date(2025, 5, 20)
    assert article.author == "Priya Raman"
    assert article.source_url == "https://example.org/lynas-heavy"
    assert article.topics_added == ("processing",)
    assert article.topics_removed == ("defense",)
    assert article.highlights == (
        "Lynas produced its first dysprosium oxide outside China.",
        "Terbium is next, the company says.",
    )
    assert [s.heading for s in article.all_sections] == [
        None,
        "Why it matters",
        "REEx Analysis: A Start, Not a Solution",
        "What comes next",
    ]
    assert article.pull_quotes == ("Heavy rare earths are the bottleneck, not the mines.",)
    assert article.analysis is not None and article.analysis.heading.startswith("REEx Analysis")


def test_keeps_emphasis_and_safe_links_with_lines() -> None:
    lead = read_markdown(SEED, "seeds/lynas.md").sections[0].blocks[0]
    assert lead.line == 16
    assert "dysprosium" in [s.text for s in lead.spans if s.style == "em"]
    assert [s.href for s in lead.spans if s.href] == ["https://example.org/lynas"]
    assert lead.text.startswith(
        "Lynas Rare Earths said on Tuesday that its Malaysian plant had separated dysprosium"
    )


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "vbscript:x",
        "data:text/html,x",
        "java%0ascript:x",
    ],
)
def test_unsafe_links_lose_their_target(link: str) -> None:
    text = f"# T\n\nSee [here]({link}) now.\n"
    spans = read_markdown(text, "x.md").sections[0].blocks[0].spans
    # Either markdown-it refuses the link outright (it stays literal text) or
    # our own check drops its target: never a live link.
    assert all(span.href is None for span in spans)
    assert "here" in "".join(s.text for s in spans)


def test_raw_html_is_kept_as_text() -> None:
    article = read_markdown("# T\n\n<script>alert(1)</script>\n\nHi <b>there</b>.\n", "x.md")
    texts = [b.text for b in article.sections[0].blocks]
    assert texts == ["<script>alert(1)</script>", "Hi <b>there</b>."]


def test_title_from_heading_when_front_matter_has_none() -> None:
    article = read_markdown("# A Heading Title\n\nBody text here.\n", "x.md")
    assert article.title == "A Heading Title" and article.title_line == 1


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("---\ntitle: [unclosed\n---\n\nBody.\n", 2, "YAML"),
        ("---\ntitle: T\ndate: yesterday\n---\n\nBody.\n", 3, "date"),
        ("---\ntitle: T\ncolour: red\n---\n\nBody.\n", 3, "unknown key"),
        ("---\ntitle: T\n\nBody never closed.\n", 1, "never closed"),
        ("Body without any title.\n", 1, "no title"),
        ("---\ntitle: T\n---\n\n", 4, "no body"),
    ],
)
def test_bad_front_matter_names_the_line(text: str, line: int, message: str) -> None:
    with pytest.raises(SeedError) as caught:
        read_markdown(text, "seeds/bad.md")
    assert caught.value.line == line
    assert message.lower() in caught.value.message.lower()
    assert str(caught.value).startswith(f"seeds/bad.md:{line}: error: ")


def test_front_matter_over_64_kb_is_refused() -> None:
    text = "---\ntitle: T\nsummary: " + "x" * 70_000 + "\n---\n\nBody.\n"
    with pytest.raises(SeedError, match="64 KB"):
        read_markdown(text, "big.md")


def test_yaml_alias_bomb_fails_fast() -> None:
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    bomb += "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n\nBody.\n"
    with pytest.raises(SeedError):
        read_markdown(bomb, "bomb.md")


def test_sidecar_metadata_applies_to_plain_seeds(tmp_path: Path) -> None:
    seed = tmp_path / "piece.md"
    seed.write_text("# Title From Text\n\nBody paragraph.\n", encoding="utf-8")
    (tmp_path / "piece.meta.yml").write_text(
        "date: 2024-12-01\nslug: custom-slug\n", encoding="utf-8"
    )
    article = read_seed(seed, "seeds/piece.md")
    assert article.date == dt.date(2024, 12, 1) and article.slug == "custom-slug"


def test_bad_sidecar_names_its_own_file(tmp_path: Path) -> None:
    seed = tmp_path / "piece.md"
    seed.write_text("# Title\n\nBody.\n", encoding="utf-8")
    (tmp_path / "piece.meta.yml").write_text("date: 2024-12-01\ntopics: 7\n", encoding="utf-8")
    with pytest.raises(SeedError) as caught:
        read_seed(seed, "seeds/piece.md")
    assert str(caught.value).startswith("seeds/piece.meta.yml:2: error: topics must be")
