"""Dates and times in the many forms pages print them, found inside a piece of
text: "March 3, 2024", "05/03/2024" (the weekday settles the order),
"2025-04-22T09:15Z", "Updated 2 March 2024"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .date_words import (
    FOREIGN_AGO,
    FOREIGN_MONTH,
    FOREIGN_MONTHS,
    FOREIGN_STAMP_WORDS,
    FOREIGN_UPDATED,
    H_TIME,
    OF,
)

MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
DATE_FORMS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(form, re.IGNORECASE)
    for form in (
        rf"(?<![\w])(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b",
        rf"(?<![\w])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH}),?\s+{_YEAR}\b",
        rf"(?<![\d]){_YEAR}[-/.](?P<month>\d{{1,2}})[-/.](?P<day>\d{{1,2}})(?![\d])",
        rf"(?<![\d])(?P<first>\d{{1,2}})(?P<sep>[/.-])(?P<second>\d{{1,2}})(?P=sep){_YEAR}(?![\d])",
        # "3-Mar-2025"; "2025年3月3日".
        rf"(?<![\w])(?P<day>\d{{1,2}})-(?P<month>{_MONTH})-{_YEAR}\b",
        rf"{_YEAR}\s*年\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日",
        # "07 Des 2026", "7 de diciembre de 2026", "7. Dezember 2026": a month
        # named in another language, day first as those languages write it.
        rf"(?<![\w])(?P<day>\d{{1,2}})\.?{OF}\s+(?P<month>{FOREIGN_MONTH}){OF},?\s+{_YEAR}\b",
    )
)
# A bare abbreviation before a capitalised word other than a month's is a
# name's part ("By Nguyen Thu Trang", "Sun Wei"), not a weekday ("Thu Dec 4").
_WEEKDAY = re.compile(
    r"(?<![\w])(mon|tue|wed|thu|fri|sat|sun)"
    r"(?:(?:day|s|sday|nesday|rsday|urday|r)\.?|\.|(?!\s+(?!" + _MONTH + r"(?![\w]))(?-i:[A-Z])))"
    r"(?![\w])",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?:\bat\s+)?(?<![\d])\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?i:[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|\s+[+-]\d{2}(?::?\d{2})?\b"
    # "16:40 (GMT+8)", "10:21 (UTC+08:00)": the zone in brackets.
    r"|\s*\((?:[A-Z]{2,5}|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\))?"
    r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",
)
# An update's label over a clock time and no date, after the stamp's date.
_UPDATED_AT = re.compile(r"(?<![\w])(?i:updated)\s*(?:at\s+)?:?\s*\d{1,2}[:.]\d{2}(?!\d)")
_UPDATED = re.compile(rf"updat|modif|revis|\bedited\b|{FOREIGN_UPDATED}", re.IGNORECASE)
# A read time's minutes ("5 min", "12 minutes"): a stamp may hold one, and
# ``meta_parts`` reads "5 min read" as a credit.
READ_MINUTES = r"\d+\s*min(?:ute)?s?"
# The units of a relative time ("5 min ago", "2h ago", "3 weeks ago"), longest first.
AGO_UNIT = r"(?:minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)"
# Words a stamp may hold besides its dates and times.
_STAMP_WORDS = re.compile(
    r"\b(?:first\s+)?(?:(?:document|publication|issue)\s+date|date\s+of\s+(?:document|publication|issue)|published|posted|update[ds]?|last|modified|revised|edited|uhr|date[ds]?|on|at|release[ds]?"
    r"|issued|created|for\s+immediate\s+release|gmt|utc|[ap]\.?m\.?|(?:[a-z]{1,2}t|ist|myt|sgt|hkt|jst|kst|cet|cest|bst|aest|aedt)"
    rf"|{READ_MINUTES}(?:\s+read)?|read)(?![\w])",
    re.IGNORECASE,
)


def _month_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    foreign = FOREIGN_MONTHS.get(token.lower().rstrip("."))
    if foreign is not None:
        return foreign
    name = token.lower().rstrip(".")[:3]
    return MONTH_ABBREVIATIONS.index(name) + 1 if name in MONTH_ABBREVIATIONS else None


def _make_date(year: int, month: int | None, day: int) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A time zone of the Americas beside a numeric date ("6/9/2025 12:04 PM ET"):
# the date is written month first, as it is there.
AMERICAN_ZONES = re.compile(r"\b(?:[ECMP][SD]?T|AK[SD]T|H[SD]T)\b")


def _date_of(match: re.Match[str], weekday: int | None, american: bool = False) -> dt.date | None:
    year = int(match["year"])
    groups = match.groupdict()
    if groups.get("first") is not None:
        first, second = int(match["first"]), int(match["second"])
        day_first = _make_date(year, second, first)
        month_first = _make_date(year, first, second)
        # The weekday printed beside it settles the order, then an American
        # time zone; else day first, the order of most of the world, unless
        # that cannot be a date.
        if weekday is not None and month_first and month_first.weekday() == weekday:
            return month_first
        if weekday is None and american and month_first:
            return month_first
        return day_first or month_first
    return _make_date(year, _month_number(match["month"]), int(match["day"]))


@dataclass(frozen=True)
class Stamp:
    """The dates found in a piece of text, and what is left of it without them."""

    published: dt.date | None
    updated: dt.date | None
    rest: str


def find_dates(text: str, american: bool = False) -> Stamp | None:
    """Dates (published, or updated after an "Updated" label), times and stamp words
    taken out of ``text``; None when it holds no date. ``american``: numeric dates
    are month first (the page writes them so), as beside an American time zone."""
    spans: list[tuple[int, int, dt.date]] = []
    weekday_match = _WEEKDAY.search(text)
    weekday = WEEKDAY_ABBREVIATIONS.index(weekday_match[1].lower()[:3]) if weekday_match else None
    american = american or AMERICAN_ZONES.search(text) is not None
    for form in DATE_FORMS:
        for match in form.finditer(text):
            if any(s < match.end() and match.start() < e for s, e, _ in spans):
                continue
            date = _date_of(match, weekday, american)
            if date is not None:
                spans.append((match.start(), match.end(), date))
    if not spans:
        return None
    spans.sort()
    published = updated = None
    previous = 0
    for start, end, date in spans:
        if _UPDATED.search(text[previous:start]):
            updated = updated or date
        else:
            published = published or date
        previous = end
    # "7 December 2026, 09:10 CET — Updated 16:48 CET": updated later that day.
    if updated is None and _UPDATED_AT.search(text[previous:]):
        updated = spans[-1][2]
    rest = text
    for start, end, _ in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    rest = _TIME.sub(" ", rest)
    rest = _WEEKDAY.sub(" ", rest)
    rest = _STAMP_WORDS.sub(" ", rest)
    rest = _FOREIGN_STAMP.sub(" ", rest)
    # "Updated 9 June 2025 (first published 8 June 2025)": brackets left empty.
    rest = _EMPTY_BRACKETS.sub(" ", rest)
    return Stamp(published, updated, " ".join(rest.split()).strip(" ,.:;-–—|·•/"))


# A stamp's words in other languages: weekdays, labels, zones, "09h30", "há 3 horas".
_FOREIGN_STAMP = re.compile(
    rf"(?<![\w-]){FOREIGN_STAMP_WORDS}(?![\w-])\s*:?|{H_TIME}|{FOREIGN_AGO}", re.IGNORECASE
)
_EMPTY_BRACKETS = re.compile(r"[(\[][\s,.:;|·•/-]*[)\]]")


_LONE_UPDATE = re.compile(r"\W*(?:last\s+)?updated\s*(?:at\s+)?:?\s*(?P<time>.+)", re.IGNORECASE)


def is_dateless_update(text: str) -> bool:
    """ "Updated 16:48 CET": an update's clock time with no date, on the day of
    the date beside it."""
    match = _LONE_UPDATE.fullmatch(text.strip())
    return (
        match is not None
        and _TIME.fullmatch(match["time"].strip()) is not None
        and find_dates(text) is None
    )


def strip_time(text: str) -> str:
    """``text`` without clock times ("Kitco News14:02 GMT" → "Kitco News")."""
    return " ".join(_TIME.sub(" ", text).split())


def has_time(text: str) -> bool:
    return _TIME.search(text) is not None


# "Taipei, Dec. 3 (FW)": a month and day with no year.
_MONTH_DAY = re.compile(
    rf"(?<![\w])(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}))(?![\w])",
    re.IGNORECASE,
)


def month_day_orders(text: str) -> tuple[int, int]:
    """How many months and days ``text`` writes month first ("Jan. 1", "May 6,
    2025") and day first ("1 January"), the month's name capitalised."""
    first = second = 0
    for match in _MONTH_DAY.finditer(text):
        if match["month"] is not None and match["month"][:1].isupper():
            first += 1
        elif match["month2"] is not None and match["month2"][:1].isupper():
            second += 1
    return first, second


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of the first month and day ``text`` names, if any."""
    match = _MONTH_DAY.search(text)
    if match is None:
        return None
    month = _month_number(match["month"] or match["month2"])
    day = int(match["day"] or match["day2"])
    return (month, day) if month is not None else None


def settle_order(date: dt.date | None, said: tuple[int, int] | None) -> dt.date | None:
    """``date`` read day first from digits ("12/03/2025"), or its month-first
    reading when the story's dateline names that one ("Dec. 3")."""
    if date is None or said is None or date.day > MONTHS_IN_YEAR or date.day == date.month:
        return date
    swapped = _make_date(date.year, date.day, date.month)
    return swapped if swapped is not None and (swapped.month, swapped.day) == said else date


MONTHS_IN_YEAR = 12
