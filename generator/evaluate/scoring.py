"""Labels against what was found, dimension by dimension.

Strings are compared after folding whitespace, quote marks, dashes and case;
lists score matched items out of the larger of expected and found. A dimension
is scored only where the label file has its key.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from .found import Found

Label = Mapping[str, object]

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


def same_text(first: str | None, second: str | None) -> bool:
    if first is None or second is None:
        return first is second
    return fold(first) == fold(second)


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
    """1 point if the found value equals the label (``null``: if none was found);
    ``name`` may be dotted ("meta.published"), a date is compared as YYYY-MM-DD."""
    read = attrgetter(name)

    def score(expected: object, found: Found) -> Score:
        want, got = _text_or_none(expected), _text_or_none(read(found))
        if same_text(want, got):
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
        if not any(same_text(want, got) for got in speakers):
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
        if got and same_text(role, got):
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
    Dimension("date", "date", equal_field("meta.published")),
    Dimension("updated", "updated", equal_field("meta.updated")),
    Dimension("author", "author", equal_field("meta.author")),
    Dimension("source", "source", equal_field("meta.source")),
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
