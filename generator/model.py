"""The article model: frozen dataclasses, tuples not lists.

Readers build an ``Article``; extractors return a new one with more filled in
(``dataclasses.replace``); nothing mutates an article after it is made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

SpanStyle = Literal["", "em", "strong", "code"]
BlockKind = Literal["paragraph", "pull_quote", "bullet"]
EntityKind = Literal["person", "organisation"]
AnalysisOrigin = Literal["seed", "sidecar", "draft"]


@dataclass(frozen=True)
class Span:
    """A run of inline text. Plain-text seeds give one unstyled span per block;
    Markdown seeds keep a writer's emphasis and (vetted) links."""

    text: str
    href: str | None = None
    style: SpanStyle = ""


@dataclass(frozen=True)
class Block:
    """A paragraph, a pull quote or a bullet item, with the line it starts on."""

    spans: tuple[Span, ...]
    line: int
    kind: BlockKind = "paragraph"

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)

    @classmethod
    def plain(cls, text: str, line: int, kind: BlockKind = "paragraph") -> Block:
        return cls((Span(text),), line, kind)


@dataclass(frozen=True)
class Section:
    """A heading (None for the lead before the first heading) and its blocks."""

    heading: str | None
    blocks: tuple[Block, ...]
    line: int

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind != "pull_quote")


@dataclass(frozen=True)
class Quote:
    """A direct quotation (text without the quote marks) and who said it."""

    text: str
    speaker: str | None
    line: int
    score: float = 0.0
    is_key: bool = False


@dataclass(frozen=True)
class Entity:
    """A person or organisation, with the role the text gives it. ``aliases`` are the
    other forms the article (or the writers' ``people.yml``) names it by; a
    ``description`` comes from ``people.yml`` only."""

    name: str
    kind: EntityKind
    role: str | None
    line: int
    aliases: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Statement:
    """A forward-looking sentence: a time marker or a modal claim."""

    text: str
    line: int
    marker: str


@dataclass(frozen=True)
class Analysis:
    """The REEx-style analysis: its heading and sections, and where it came from."""

    heading: str
    sections: tuple[Section, ...]
    origin: AnalysisOrigin
    line: int


@dataclass(frozen=True)
class Article:
    """One article as read from a seed, enriched by the extractors."""

    path: str
    # Empty when the seed has none: reading fails unless the writer gives one.
    title: str
    slug: str
    title_line: int = 1
    date: dt.date | None = None
    updated: dt.date | None = None
    author: str | None = None
    source_name: str | None = None
    source_url: str | None = None
    byline: str | None = None
    dateline: str | None = None
    summary: str | None = None
    # The standfirst under the headline, as the page printed it.
    dek: str | None = None
    highlights: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    analysis: Analysis | None = None
    # Set by the writer in front matter or a sidecar: topics to add or drop.
    topics_added: tuple[str, ...] = ()
    topics_removed: tuple[str, ...] = ()
    # ``draft: true``: shown by ``mkdocs serve`` only, left out of builds to publish.
    draft: bool = False
    # Filled by the extractors.
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    topics: tuple[str, ...] = ()
    outlook: tuple[Statement, ...] = ()

    @property
    def pull_quotes(self) -> tuple[str, ...]:
        return tuple(b.text for s in self.all_sections for b in s.blocks if b.kind == "pull_quote")

    @property
    def all_sections(self) -> tuple[Section, ...]:
        """Body sections, then the analysis sections: everything with text in it."""
        extra = self.analysis.sections if self.analysis else ()
        return self.sections + extra

    @property
    def key_quotes(self) -> tuple[Quote, ...]:
        return tuple(q for q in self.quotes if q.is_key)
