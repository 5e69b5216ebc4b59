"""``python -m generator new "Title"``: a fresh seed in the writers' format."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import yaml

from .errors import SeedError
from .reader import find_seeds, read_seed
from .slug import slugify, unique_slugs

_FRONT_MATTER = """\
---
# Every field, documented. Only the title is required; leave others empty.
{title}
date: {date}          # publication date, YYYY-MM-DD
updated:               # date of the last update, YYYY-MM-DD
author:                # the writer's name
source:                # the publication's name
source_url:            # the original article's http(s) address
summary:               # one line for listings and the page description
slug: {slug}    # the page's address: lower-case words joined by hyphens
topics: []             # topic slugs to add to those detected (seeds/topics.yml)
exclude_topics: []     # detected topic slugs to drop
highlights: []         # key points as a list; or leave empty and use "## Highlights" below
draft: false           # true: shown by the preview (mkdocs serve) only, never published
---
"""

_BODY = """
## Highlights

- The first thing a reader must know.
- The second.

The lead paragraph: who, what, when, where.

## A section heading

A paragraph. Quote people with their words in quotation marks and say who
said it: “We will keep building,” said Jane Doe, chief executive of Example
Mining.

> A one-line pull quote, if the piece has one.

## REEx Analysis: what it means

The analysis in REEx's voice. Without this section (or a
seeds/{slug}.analysis.md file), the page shows an automated draft and says so.
"""


# The openings of the body's example text: ``check`` warns while any is left in a
# seed, so that a page cannot go live with the example still on it.
PLACEHOLDERS = (
    "The first thing a reader must know.",
    "The second.",
    "The lead paragraph: who, what, when, where.",
    "A section heading",
    "A paragraph. Quote people with their words in quotation marks",
    "A one-line pull quote, if the piece has one.",
    "REEx Analysis: what it means",
    "The analysis in REEx's voice.",
)


def is_placeholder(text: str) -> bool:
    flat = " ".join(text.split())
    return any(flat == p or (len(p) > 20 and flat.startswith(p)) for p in PLACEHOLDERS)


def create_seed(
    seeds_dir: Path, title: str, today: dt.date, show: Callable[[Path], str] = str
) -> Path:
    """Write ``seeds/<slug>.md``; never overwrite, never reuse another seed's slug.

    ``show`` gives the path as messages print it."""
    if not title.strip():
        raise SeedError("new", None, "the title is empty")
    seeds = find_seeds(seeds_dir) if seeds_dir.is_dir() else []
    # A seed's file stem is taken too: two seeds with one stem would share sidecars.
    taken = {_slug_of(p) for p in seeds} | {p.stem for p in seeds}
    wanted = slugify(title)
    slug = unique_slugs([*sorted(taken), wanted])[-1]
    path = seeds_dir / f"{slug}.md"
    # The writer's title exactly (page front matter would make it inert for the theme).
    title_line = yaml.safe_dump(
        {"title": " ".join(title.split())}, allow_unicode=True, width=10_000
    ).strip()
    text = _FRONT_MATTER.format(title=title_line, date=today.isoformat(), slug=slug)
    text += _BODY.format(slug=slug)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise SeedError(
            show(path), None, "a seed with this name exists; it was left as it is"
        ) from None
    return path


def _slug_of(seed: Path) -> str:
    try:
        return read_seed(seed).slug
    except SeedError:
        return slugify(seed.stem)
