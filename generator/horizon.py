"""When a forward-looking statement falls due, read from its time marker and the
article's date: "later this year" in a May 2025 article is "Later in 2025",
"by late Q2" is "By late Q2 2025", "next year" is "2026".

Only the marker and the date are read (never the clock), so a page says the
same on every build. A marker that names no time ("could", "plans to") has no
horizon; one that names a span without a date ("in the coming months") is
counted from the article's date ("Months after May 12, 2025").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
_LEADS = {"by": "By", "before": "Before", "until": "Until", "through": "Through"}
_LEADS |= {"from": "From", "ahead of": "Before", "toward": "By", "towards": "By"}
_PARTS = {
    "early": ("early ", 1),
    "the start of": ("early ", 1),
    "mid": ("mid-", 6),
    "the middle of": ("mid-", 6),
    "late": ("late ", 10),
    "the end of": ("the end of ", 12),
    "the first half of": ("the first half of ", 1),
    "the second half of": ("the second half of ", 7),
}
_SPANS = {"day": 0, "week": 0, "month": 1, "quarter": 3, "year": 12, "decade": 120}


@dataclass(frozen=True)
class Horizon:
    """What a page shows (``label``) and the month it is sorted by (``month``:
    months since year 0, the start of the period)."""

    label: str
    month: int


def horizon(marker: str, said: dt.date | None, after: str = "") -> Horizon | None:
    """The horizon of ``marker`` for an article of ``said``; ``after`` is the text
    that follows the marker in its sentence ("by Q3 2026": the year is there)."""
    text = " ".join(marker.casefold().split())
    lead = ""
    for word in sorted(_LEADS, key=len, reverse=True):
        if text.startswith(word + " "):
            lead, text = _LEADS[word], text[len(word) + 1 :]
            break
    found = _absolute(text, said, after, bool(lead)) or (_relative(text, said) if said else None)
    if found is None:
        return _span_after(text, said) if said else None
    label, month = found
    return Horizon(f"{lead} {label}" if lead else _capital(label), month)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _part(text: str) -> tuple[str, int, str]:
    """("late ", 10, "q2") from "late q2": the part of a period, and the rest."""
    for words, (shown, month) in sorted(_PARTS.items(), key=lambda p: -len(p[0])):
        for joiner in (" ", "-"):
            if text.startswith(words + joiner):
                return shown, month, text[len(words) + 1 :]
    return "", 0, text


def _absolute(text: str, said: dt.date | None, after: str, led: bool) -> tuple[str, int] | None:
    """A quarter, half, month or year, named: 'q3', 'late 2026', 'march'. Markers
    name a month or quarter only after 'by', 'until' and the like (``led``): a
    modal "may" is no month."""
    text = text.removeprefix("in ")
    shown, part_month, rest = _part(text)
    stated = re.match(r"\s*,?\s*(20\d\d)\b", after)
    year_after = int(stated.group(1)) if stated else None
    if re.fullmatch(r"20\d\d", rest):
        year = int(rest)
        return f"{shown}{year}", year * 12 + max(part_month, 1) - 1
    if not led:
        return None
    period = re.fullmatch(r"([qh])([1-4])", rest)
    if period:
        length = 3 if period.group(1) == "q" else 6
        first = (int(period.group(2)) - 1) * length + 1
        in_year = year_after or _year_of(first + length - 1, said)
        if in_year is None:
            return None
        return f"{shown}{rest.upper()} {in_year}", in_year * 12 + first - 1
    if rest in _MONTHS:
        month = _MONTHS.index(rest) + 1
        in_year = year_after or _year_of(month, said)
        if in_year is None:
            return None
        return f"{shown}{rest.capitalize()} {in_year}", in_year * 12 + month - 1
    return None


def _year_of(last_month: int, said: dt.date | None) -> int | None:
    """The year of a period named without one (``last_month``: its last month): this
    year, or next once the period is past."""
    if said is None:
        return None
    return said.year if last_month >= said.month else said.year + 1


def _relative(text: str, said: dt.date) -> tuple[str, int] | None:
    """'next year', 'later this year', 'year-end', 'the end of the quarter'."""
    now = said.year * 12 + said.month - 1
    quarter = (said.month - 1) // 3
    text = text.replace("-", " ")
    if text in ("year end", "the year end"):
        return f"the end of {said.year}", said.year * 12 + 11
    shown, part_month, rest = _part(text)
    next_one = re.fullmatch(r"(?:the )?(next|this|the) (year|quarter|month|week|decade)", rest)
    if next_one or shown:
        which, unit = next_one.groups() if next_one else ("this", rest)
        ahead = 1 if which == "next" else 0
        return _period(unit, ahead, said, quarter, now, shown, part_month)
    later = re.fullmatch(r"later this (year|quarter|month)", text)
    if later:
        label, month = _period(later.group(1), 0, said, quarter, now, "", 0) or ("", now)
        return f"later in {label}", max(month, now)
    return None


def _period(
    unit: str, ahead: int, said: dt.date, quarter: int, now: int, shown: str, part_month: int
) -> tuple[str, int] | None:
    if unit == "year":
        year = said.year + ahead
        return f"{shown}{year}", year * 12 + max(part_month, 1) - 1
    if unit == "quarter":
        index = said.year * 4 + quarter + ahead
        year, q = divmod(index, 4)
        return f"{shown}Q{q + 1} {year}", year * 12 + q * 3
    if unit == "month":
        year, month = divmod(now + ahead, 12)
        return f"{shown}{_MONTHS[month].capitalize()} {year}", now + ahead
    if unit == "decade":
        start = (said.year // 10 + ahead) * 10
        month = (start + 10) * 12 - 1 if shown and not ahead else start * 12
        return f"{shown}the {start}s", month
    if unit == "week" and ahead:
        week = said + dt.timedelta(days=7 - said.weekday())
        return f"the week of {_day(week)}", week.year * 12 + week.month - 1
    return None


def _span_after(text: str, said: dt.date) -> Horizon | None:
    """'in the coming months', 'over the next few years': counted from the date."""
    unit = re.search(r"\b(day|week|month|quarter|year|decade)(s?)\b", text)
    if unit is None:
        return None
    start = said.year * 12 + said.month - 1 + _SPANS[unit.group(1)]
    if unit.group(2):
        return Horizon(f"{unit.group(1).capitalize()}s after {_day(said)}", start)
    return Horizon(f"Within a {unit.group(1)} of {_day(said)}", start)


def _day(day: dt.date) -> str:
    return f"{_MONTHS[day.month - 1].capitalize()} {day.day}, {day.year}"
