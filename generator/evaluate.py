"""Score what the generator finds in a folder of labelled articles (``eval DIR``).

Each seed with a ``<stem>.expected.yml`` beside it is read and annotated as a
build would, and compared with its labels dimension by dimension, by the rules
of ``tests/eval/README.md``: strings are compared after folding whitespace,
quote marks, dashes and case; lists score matched items out of the larger of
expected and found. A dimension is scored only where the label file has its key.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .annotate import read_and_annotate
from .errors import Diagnostic, SeedError
from .model import Article
from .reader import find_seeds
from .taxonomy import Taxonomy

LABEL_SUFFIX = ".expected.yml"
Label = Mapping[str, object]


# --- Folding -------------------------------------------------------------------

_FOLD = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
    }
)
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case, quote marks, dashes and runs of whitespace made alike."""
    return _SPACE.sub(" ", text.translate(_FOLD)).strip().casefold()


def _same(first: str | None, second: str | None) -> bool:
    if first is None or second is None:
        return first is second
    return fold(first) == fold(second)


# --- What the generator found ----------------------------------------------------


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


# --- Scoring -------------------------------------------------------------------


@dataclass(frozen=True)
class Score:
    """Points won out of points possible on one dimension of one article."""

    points: float
    possible: int
    misses: tuple[str, ...] = ()


Scorer = Callable[[object, Found], Score]


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _strings(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _records(value: object) -> list[Mapping[str, object]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def equal_field(name: str) -> Scorer:
    """1 point if the found value equals the label (``null``: if none was found)."""

    def score(expected: object, found: Found) -> Score:
        want, got = _text_or_none(expected), getattr(found, name)
        if _same(want, got):
            return Score(1, 1)
        return Score(0, 1, (f"expected {want!r}, found {got!r}",))

    return score


def matched_items(expected: Sequence[str], found: Sequence[str]) -> tuple[int, list[str]]:
    """Expected items found (each found item used once) and the expected ones missed."""
    left = [fold(item) for item in found]
    missed: list[str] = []
    for item in expected:
        key = fold(item)
        if key in left:
            left.remove(key)
        else:
            missed.append(item)
    return len(expected) - len(missed), missed


def listed(name: str) -> Scorer:
    """Matched items out of the larger of expected and found: extra items cost."""

    def score(expected: object, found: Found) -> Score:
        want, got = _strings(expected), list(getattr(found, name))
        matched, missed = matched_items(want, got)
        _, surplus = matched_items(got, want)
        misses = [f"missing {m!r}" for m in missed] + [f"extra {s!r}" for s in surplus]
        return Score(matched, max(len(want), len(got)), tuple(misses))

    return score


def _speakers_of(piece: str, found: Found) -> list[str | None]:
    """The speakers of the found quotes that hold ``piece`` (a labelled quote's text)."""
    key = fold(piece)
    return [speaker for text, speaker in found.quotes if key in fold(text)]


def score_quotes(expected: object, found: Found) -> Score:
    quotes = [str(q.get("text", "")) for q in _records(expected)]
    missed = [q for q in quotes if not _speakers_of(q, found)]
    return Score(len(quotes) - len(missed), len(quotes), tuple(f"missing {m!r}" for m in missed))


def score_speakers(expected: object, found: Found) -> Score:
    quotes = _records(expected)
    misses: list[str] = []
    for quote in quotes:
        text, want = str(quote.get("text", "")), _text_or_none(quote.get("speaker"))
        speakers = _speakers_of(text, found)
        if not any(_same(want, got) for got in speakers):
            shown = repr(speakers[0]) if speakers else "quote not found"
            misses.append(f"{text!r}: expected {want!r}, found {shown}")
    return Score(len(quotes) - len(misses), len(quotes), tuple(misses))


def score_keep(expected: object, found: Found) -> Score:
    body = [fold(text) for text in found.body]
    missed = [k for k in _strings(expected) if not any(fold(k) in text for text in body)]
    total = len(_strings(expected))
    return Score(total - len(missed), total, tuple(f"lost {m!r}" for m in missed))


def _read_texts(found: Found) -> list[str]:
    """Where dropped text must not be: title, dek, highlights, headings and body."""
    head = [t for t in (found.title, found.dek) if t]
    return [fold(t) for t in (*head, *found.highlights, *found.headings, *found.body)]


def score_drop(expected: object, found: Found) -> Score:
    texts = _read_texts(found)
    left = [d for d in _strings(expected) if any(fold(d) in text for text in texts)]
    total = len(_strings(expected))
    return Score(total - len(left), total, tuple(f"left in {d!r}" for d in left))


def score_topic_precision(expected: object, found: Found) -> Score:
    want = set(_strings(expected))
    wrong = [t for t in found.topics if t not in want]
    return Score(
        len(found.topics) - len(wrong), len(found.topics), tuple(f"extra {t!r}" for t in wrong)
    )


def score_topic_recall(expected: object, found: Found) -> Score:
    want = _strings(expected)
    missed = [t for t in want if t not in found.topics]
    return Score(len(want) - len(missed), len(want), tuple(f"missing {t!r}" for t in missed))


def score_people(expected: object, found: Found) -> Score:
    """Matched names out of the larger count, plus a point per labelled role found."""
    people = _records(expected)
    names = [str(p.get("name")) for p in people]
    found_names = [name for name, _ in found.people]
    matched, missed = matched_items(names, found_names)
    _, extra = matched_items(found_names, names)
    misses = [f"missing {m!r}" for m in missed] + [f"extra {e!r}" for e in extra]
    roles = {fold(name): role for name, role in found.people}
    labelled = [(str(p.get("name")), str(p["role"])) for p in people if p.get("role")]
    role_points = 0
    for name, role in labelled:
        got = roles.get(fold(name), "")
        if got and _same(role, got):
            role_points += 1
        elif got != "":
            misses.append(f"{name!r}: expected role {role!r}, found {got!r}")
    possible = max(len(names), len(found_names)) + len(labelled)
    return Score(matched + role_points, possible, tuple(misses))


def score_not_entities(expected: object, found: Found) -> Score:
    names = {fold(n) for n, _ in found.people} | {fold(n) for n in found.organisations}
    listed_ = [n for n in _strings(expected) if fold(n) in names]
    total = len(_strings(expected))
    return Score(total - len(listed_), total, tuple(f"listed {n!r}" for n in listed_))


@dataclass(frozen=True)
class Dimension:
    """One row of the table: the label key it reads and how it is scored."""

    name: str
    key: str
    score: Scorer


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("title", "title", equal_field("title")),
    Dimension("dek", "dek", equal_field("dek")),
    Dimension("date", "date", equal_field("date")),
    Dimension("updated", "updated", equal_field("updated")),
    Dimension("author", "author", equal_field("author")),
    Dimension("source", "source", equal_field("source")),
    Dimension("highlights", "highlights", listed("highlights")),
    Dimension("headings", "headings", listed("headings")),
    Dimension("quotes", "quotes", score_quotes),
    Dimension("speakers", "quotes", score_speakers),
    Dimension("keep", "keep", score_keep),
    Dimension("drop", "drop", score_drop),
    Dimension("topics precision", "topics", score_topic_precision),
    Dimension("topics recall", "topics", score_topic_recall),
    Dimension("people", "people", score_people),
    Dimension("organisations", "organisations", listed("organisations")),
    Dimension("not_entities", "not_entities", score_not_entities),
)


def score_article(label: Label, found: Found) -> dict[str, Score]:
    """Every dimension the label file has a key for."""
    return {d.name: d.score(label[d.key], found) for d in DIMENSIONS if d.key in label}


# --- A folder of articles ----------------------------------------------------------


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


def labelled_seeds(folder: Path) -> list[Path]:
    """Seeds in ``folder`` with a label file beside them; other files are ignored."""
    return [p for p in find_seeds(folder) if p.with_name(p.stem + LABEL_SUFFIX).is_file()]


def load_label(path: Path) -> Label:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SeedError(str(path), 1, "a label file must be a mapping of keys to values")
    return data


def read_found(path: Path, shown: str, taxonomy: Taxonomy) -> Found:
    """Read and annotate a seed as a build would; an untitled seed is still scored."""
    diagnostics: list[Diagnostic] = []
    try:
        article = read_and_annotate(path, shown, taxonomy, diagnostics, require_title=False)
    except SeedError as exc:
        return Found(error=str(exc))
    return Found.of(article)


def evaluate(folder: Path, taxonomy: Taxonomy) -> Report:
    results: list[ArticleResult] = []
    for seed in labelled_seeds(folder):
        label = load_label(seed.with_name(seed.stem + LABEL_SUFFIX))
        found = read_found(seed, seed.name, taxonomy)
        results.append(ArticleResult(seed.name, score_article(label, found), found.error))
    return Report(tuple(results))


# --- Output --------------------------------------------------------------------


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


def dimension_names() -> Iterable[str]:
    return (d.name for d in DIMENSIONS)
