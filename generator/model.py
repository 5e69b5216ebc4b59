"""The article model: frozen dataclasses, tuples not lists.

Readers build an ``Article``; extractors return a new one with more filled in
(``dataclasses.replace``); nothing mutates an article after it is made.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Literal

# "footnote": a footnote reference; its text is the footnote's label.
SpanStyle = Literal["", "em", "strong", "code", "footnote"]
# The last five come from writers' Markdown seeds only (``reader/markdown_structure.py``).
BlockKind = Literal[
    "paragraph", "pull_quote", "bullet", "admonition", "table", "definition", "task", "footnote"
]
Spans = tuple["Span", ...]
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
class Table:
    """A writer's table: the header cells, the rows, each column's alignment."""

    header: tuple[Spans, ...]
    rows: tuple[tuple[Spans, ...], ...]
    align: tuple[Literal["", "left", "center", "right"], ...]


@dataclass(frozen=True)
class Block:
    """A paragraph, a pull quote or a bullet item, with the line it starts on.

    From a writer's Markdown also: an admonition (``label`` its type, ``spans``
    its title, ``parts`` its paragraphs), a table, a definition (``spans`` the
    term, ``parts`` the definitions), a task (``label`` "x" when done) and a
    footnote (``label`` its name, ``spans`` its text)."""

    spans: tuple[Span, ...]
    line: int
    kind: BlockKind = "paragraph"
    label: str = ""
    parts: tuple[Spans, ...] = ()
    table: Table | None = None

    @property
    def text(self) -> str:
        """The words, for the extractors: no footnote labels, no table cells."""
        own = _words(self.spans)
        if not self.parts:
            return own
        return " ".join(filter(None, (own, *(_words(part) for part in self.parts))))

    @classmethod
    def plain(cls, text: str, line: int, kind: BlockKind = "paragraph") -> Block:
        return cls((Span(text),), line, kind)


def _words(spans: Spans) -> str:
    return "".join(span.text for span in spans if span.style != "footnote")


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


@dataclass(frozen=True, kw_only=True)
class Article:
    """One article as read from a seed, enriched by the extractors. Made by name
    only (two dozen fields, most optional), so fields stand with their partners:
    the headline with the line it was read from."""

    path: str
    # Empty when the seed has none: reading fails unless the writer gives one.
    title: str
    title_line: int = 1
    slug: str
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
    # The slug of the topic the article names most ("" for none), found with its
    # topics (``extract/main_topic.py``); None until then.
    main_topic: str | None = None

    @property
    def pull_quotes(self) -> tuple[str, ...]:
        return tuple(b.text for s in self.all_sections for b in s.blocks if b.kind == "pull_quote")

    @property
    def all_sections(self) -> tuple[Section, ...]:
        """Body sections, then the analysis sections: everything with text in it."""
        extra = self.analysis.sections if self.analysis else ()
        return self.sections + extra

    @functools.cached_property
    def key_quotes(self) -> tuple[Quote, ...]:
        # Cached (in the instance's __dict__, which a frozen dataclass still has):
        # the corpus and every topic page ask for it, thousands of times a build.
        return tuple(q for q in self.quotes if q.is_key)
