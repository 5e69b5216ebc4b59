"""An annotated article as plain strings, the shape the label files describe."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..model import Article


@dataclass(frozen=True)
class Found:
    """An annotated article as plain strings, the shape the labels describe."""

    title: str | None = None
    dek: str | None = None
    date: str | None = None
    updated: str | None = None
    author: str | None = None
    source: str | None = None
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
            date=_iso(article.date),
            updated=_iso(article.updated),
            author=article.author,
            source=article.source_name,
            highlights=article.highlights,
            headings=tuple(s.heading for s in sections if s.heading),
            body=tuple(b.text for s in sections for b in s.blocks),
            quotes=tuple((q.text, q.speaker) for q in article.quotes),
            topics=article.topics,
            people=tuple((e.name, e.role) for e in article.entities if e.kind == "person"),
            organisations=tuple(e.name for e in article.entities if e.kind == "organisation"),
        )


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None
