"""The scores of a folder of articles added up, as a table, a list of misses or JSON."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import Diagnostic
from .scoring import DIMENSIONS, Score


@dataclass(frozen=True)
class ArticleResult:
    """One labelled article: its scores by dimension, and a read error if any."""

    name: str
    scores: Mapping[str, Score]
    error: str | None = None


@dataclass(frozen=True)
class Report:
    articles: tuple[ArticleResult, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def totals(self) -> dict[str, tuple[float, int]]:
        """(points, possible) by dimension, in the table's order."""
        sums: dict[str, tuple[float, int]] = {}
        for dimension in DIMENSIONS:
            scores = [a.scores[dimension.name] for a in self.articles if dimension.name in a.scores]
            if scores:
                sums[dimension.name] = (
                    sum(s.points for s in scores),
                    sum(s.possible for s in scores),
                )
        return sums

    def overall(self) -> tuple[float, int]:
        totals = self.totals().values()
        return sum(p for p, _ in totals), sum(n for _, n in totals)


def _percent(points: float, possible: int) -> str:
    return f"{100 * points / possible:5.1f}" if possible else "    -"


def format_table(report: Report) -> str:
    """Dimension, points, possible and percentage, then the overall figure."""
    rows = [f"{'dimension':<18} {'points':>7} {'possible':>8} {'%':>6}"]
    rows.append("-" * len(rows[0]))
    for name, (points, possible) in report.totals().items():
        rows.append(f"{name:<18} {points:>7g} {possible:>8} {_percent(points, possible):>6}")
    rows.append("-" * len(rows[0]))
    points, possible = report.overall()
    rows.append(f"{'overall':<18} {points:>7g} {possible:>8} {_percent(points, possible):>6}")
    rows.append(f"{len(report.articles)} articles")
    return "\n".join(rows)


def format_failures(report: Report) -> str:
    """What each article missed, dimension by dimension (for the development set)."""
    lines: list[str] = []
    for article in report.articles:
        misses = [(name, miss) for name, score in article.scores.items() for miss in score.misses]
        if not misses and article.error is None:
            continue
        lines.append(article.name)
        if article.error:
            lines.append(f"  error: {article.error}")
        lines.extend(f"  {name}: {miss}" for name, miss in misses)
    return "\n".join(lines)


def report_data(report: Report, per_article: bool) -> dict[str, object]:
    """The table (and, with ``per_article``, every article's scores) as JSON-ready data."""
    points, possible = report.overall()
    data: dict[str, object] = {
        "articles": len(report.articles),
        "dimensions": {
            name: {"points": p, "possible": n, "percent": _ratio(p, n)}
            for name, (p, n) in report.totals().items()
        },
        "overall": {"points": points, "possible": possible, "percent": _ratio(points, possible)},
    }
    if per_article:
        data["per_article"] = {
            a.name: {
                "error": a.error,
                "scores": {
                    name: {"points": s.points, "possible": s.possible, "misses": list(s.misses)}
                    for name, s in a.scores.items()
                },
            }
            for a in report.articles
        }
    return data


def _ratio(points: float, possible: int) -> float | None:
    return round(100 * points / possible, 1) if possible else None
