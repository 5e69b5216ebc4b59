"""Writers' checks beyond what stops a build: things a careful editor would flag."""

from __future__ import annotations

from .errors import Diagnostic
from .model import Article


def lint_article(article: Article) -> list[Diagnostic]:
    found: list[Diagnostic] = []

    def warn(line: int | None, message: str) -> None:
        found.append(Diagnostic(article.path, line, "warning", message))

    if article.date is None:
        warn(
            article.title_line,
            "no date: add 'date: YYYY-MM-DD' to the front matter or a .meta.yml sidecar",
        )
    if article.analysis is not None and article.analysis.origin == "draft":
        warn(
            None,
            "the analysis is an automated draft: write one in the seed or a .analysis.md sidecar",
        )
    for quote in article.quotes:
        if quote.speaker is None:
            preview = quote.text if len(quote.text) <= 60 else quote.text[:57] + "…"
            warn(quote.line, f"no speaker found for the quote “{preview}”")
    return found
