"""What the reader understood, as plain JSON-ready data (``parse --json``)."""

from __future__ import annotations

from .model import Article, Section


def _section(section: Section) -> dict[str, object]:
    return {
        "heading": section.heading,
        "line": section.line,
        "paragraphs": list(section.paragraphs),
    }


def read_sections(article: Article) -> tuple[Section, ...]:
    """The sections the reader read in the seed (and a writer's analysis), not an
    automated draft's, whose sub-headings are not part of the text."""
    analysis = article.analysis
    if analysis is None or analysis.origin == "draft":
        return article.sections
    return article.sections + analysis.sections


def article_data(article: Article) -> dict[str, object]:
    analysis = article.analysis
    return {
        "path": article.path,
        "title": article.title or None,
        "slug": article.slug,
        "date": article.date.isoformat() if article.date else None,
        "updated": article.updated.isoformat() if article.updated else None,
        "author": article.author,
        "dek": article.dek,
        "byline": article.byline,
        "dateline": article.dateline,
        "source": {"name": article.source_name, "url": article.source_url},
        "highlights": list(article.highlights),
        "sections": [_section(s) for s in read_sections(article)],
        "pull_quotes": list(article.pull_quotes),
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "line": q.line, "key": q.is_key}
            for q in article.quotes
        ],
        "entities": [
            {
                "name": e.name,
                "kind": e.kind,
                "role": e.role,
                "line": e.line,
                "aliases": list(e.aliases),
            }
            for e in article.entities
        ],
        "topics": list(article.topics),
        "outlook": [{"text": s.text, "marker": s.marker, "line": s.line} for s in article.outlook],
        "analysis": None
        if analysis is None
        else {
            "heading": analysis.heading,
            "origin": analysis.origin,
            "line": analysis.line,
            "sections": [_section(s) for s in analysis.sections],
        },
    }
