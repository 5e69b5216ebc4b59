"""An annotated article in the shape the label files describe."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Article
from ..reader.meta_fields import Meta


@dataclass(frozen=True)
class Found:
    """An annotated article in the shape the labels describe: text as plain
    strings; its author, dates and source as a metadata line says them (``Meta``)."""

    title: str | None = None
    dek: str | None = None
    meta: Meta = field(default_factory=Meta)
    highlights: tuple[str, ...] = ()
    headings: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    quotes: tuple[tuple[str, str | None], ...] = ()
    topics: tuple[str, ...] = ()
    people: tuple[tuple[str, str | None], ...] = ()
    organisations: tuple[str, ...] = ()
    error: str | None = None

    @classmethod
    def of(cls, article: Article) -> Found:
        analysis = article.analysis
        read_analysis = analysis.sections if analysis and analysis.origin != "draft" else ()
        sections = article.sections + read_analysis
        return cls(
            title=article.title or None,
            dek=article.dek,
            meta=Meta(article.author, article.date, article.updated, article.source_name),
            highlights=article.highlights,
            headings=tuple(s.heading for s in sections if s.heading),
            body=tuple(b.text for s in sections for b in s.blocks),
            quotes=tuple((q.text, q.speaker) for q in article.quotes),
            topics=article.topics,
            people=tuple((e.name, e.role) for e in article.entities if e.kind == "person"),
            organisations=tuple(e.name for e in article.entities if e.kind == "organisation"),
        )
