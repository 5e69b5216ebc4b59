"""Metadata lines: dates, bylines and credits, in the many forms pages print them.

A line is cut into parts at its separators ("|", "·", a spaced dash); each part
is read as a byline ("By Jane Doe, Reuters"), a labelled field ("Source:
Xinhua", "Author:"), a stamp with one or more dates and times ("Published
10:21am, 7 Jan 2025", "4 min readLast updated: 12 Feb 2025") or a short
leftover (an outlet run into a time, a place, ticker names). The line is
metadata when some part is and no part reads like a sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from .words import (
    AGENCIES,
    DISTRIBUTORS,
    HONORIFICS,
    OUTLET_WORDS,
    ROLE_WORDS,
    SECTION_WORDS,
    SMALL_WORDS,
    is_section_label,
)


@dataclass(frozen=True)
class Meta:
    """What a metadata line says; any field may be missing."""

    author: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    source: str | None = None


def merge_meta(first: Meta, second: Meta) -> Meta:
    """Fields of ``first`` win; ``second`` fills the gaps."""
    return replace(
        first,
        author=first.author or second.author,
        published=first.published or second.published,
        updated=first.updated or second.updated,
        source=first.source or second.source,
    )


# --- Dates and times -------------------------------------------------------------

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?P<year>(?:19|20)\d{2})"
DATE_FORMS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(form, re.IGNORECASE)
    for form in (
        rf"(?<![\w])(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b",
        rf"(?<![\w])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH}),?\s+{_YEAR}\b",
        rf"(?<![\d]){_YEAR}[-/.](?P<month>\d{{1,2}})[-/.](?P<day>\d{{1,2}})(?![\d])",
        rf"(?<![\d])(?P<first>\d{{1,2}})[/.](?P<second>\d{{1,2}})[/.]{_YEAR}(?![\d])",
    )
)
_WEEKDAY = re.compile(
    r"(?<![\w])(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r)?\.?(?![\w])",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?:\bat\s+)?(?<![\d])\d{1,2}[:.]\d{2}(?::\d{2})?(?:\.\d+)?\s*(?i:[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}|GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?"
    r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?",
)
_UPDATED = re.compile(r"updat|modif|revis", re.IGNORECASE)
# Words a stamp may hold besides its dates and times.
_STAMP_WORDS = re.compile(
    r"\b(?:first\s+)?(?:published|posted|updated|last|modified|revised|date[ds]?|on|at|release[ds]?"
    r"|issued|created|for\s+immediate\s+release|gmt|utc|[ap]\.?m\.?|(?:[a-z]{1,2}t|ist|myt|sgt|hkt|jst|kst|cet|cest|bst|aest|aedt)"
    r"|\d+\s*min(?:ute)?s?(?:\s+read)?|read)(?![\w])",
    re.IGNORECASE,
)
_PUNCT_ONLY = re.compile(r"^[\W_]*$")


def _month_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    name = token.lower().rstrip(".")[:3]
    return _MONTHS.index(name) + 1 if name in _MONTHS else None


def _make_date(year: int, month: int | None, day: int) -> dt.date | None:
    if month is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_of(match: re.Match[str], weekday: int | None) -> dt.date | None:
    year = int(match["year"])
    groups = match.groupdict()
    if groups.get("first") is not None:
        first, second = int(match["first"]), int(match["second"])
        day_first = _make_date(year, second, first)
        month_first = _make_date(year, first, second)
        # The weekday printed beside it settles the order; else day first,
        # the order of most of the world, unless that cannot be a date.
        if weekday is not None and month_first and month_first.weekday() == weekday:
            return month_first
        return day_first or month_first
    return _make_date(year, _month_number(match["month"]), int(match["day"]))


@dataclass(frozen=True)
class Stamp:
    """The dates found in a piece of text, and what is left of it without them."""

    published: dt.date | None
    updated: dt.date | None
    rest: str


def find_dates(text: str) -> Stamp | None:
    """Dates (published, or updated after an "Updated" label), times and stamp words
    taken out of ``text``; None when it holds no date."""
    spans: list[tuple[int, int, dt.date]] = []
    weekday_match = _WEEKDAY.search(text)
    weekday = _WEEKDAYS.index(weekday_match[1].lower()[:3]) if weekday_match else None
    for form in DATE_FORMS:
        for match in form.finditer(text):
            if any(s < match.end() and match.start() < e for s, e, _ in spans):
                continue
            date = _date_of(match, weekday)
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
    rest = text
    for start, end, _ in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    rest = _TIME.sub(" ", rest)
    rest = _WEEKDAY.sub(" ", rest)
    rest = _STAMP_WORDS.sub(" ", rest)
    return Stamp(published, updated, " ".join(rest.split()).strip(" ,.:;-–—|·•"))


def strip_time(text: str) -> str:
    """``text`` without clock times ("Kitco News14:02 GMT" → "Kitco News")."""
    return " ".join(_TIME.sub(" ", text).split())


def has_time(text: str) -> bool:
    return _TIME.search(text) is not None


# --- Names ---------------------------------------------------------------------

NAME_PARTICLES = frozenset(
    {"and", "&", "de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "du", "bin"}
)
_NAME_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*")
MAX_NAME_TOKENS = 8


def is_name(text: str) -> bool:
    """A person's name (or names joined by "and"): capitalised tokens and particles,
    none of them an outlet's or a job title's word."""
    tokens = text.split()
    if not 1 <= len(tokens) <= MAX_NAME_TOKENS:
        return False
    lowered = [t.lower().strip(".,") for t in tokens]
    if lowered[0] in NAME_PARTICLES or lowered[-1] in NAME_PARTICLES or lowered[0] == "the":
        return False
    if len(tokens) == 1 and lowered[0][:3] in _MONTHS + _WEEKDAYS:
        return False
    if any(
        w in OUTLET_WORDS or w in ROLE_WORDS or w in AGENCIES or w in SECTION_WORDS for w in lowered
    ):
        return False
    return all(
        token.lower() in NAME_PARTICLES
        or (_NAME_TOKEN.fullmatch(token) is not None and token[0].isupper())
        for token in tokens
    )


PERSON_MAX_TOKENS = 4


def is_person(text: str) -> bool:
    """A name of two to four words: "Dana Whitfield", "Kim Min-ji", "JOHN MERCER"."""
    return (
        2 <= len(text.split()) <= PERSON_MAX_TOKENS and is_name(text) and not is_section_label(text)
    )


def clean_name(text: str) -> str:
    """Honorifics off, capitals eased: "Dr. Ellen Marsh" → "Ellen Marsh",
    "ZHANG WEI" → "Zhang Wei"."""
    names = [HONORIFICS.sub("", part.strip()) for part in re.split(r"\s+and\s+", text)]
    joined = " and ".join(n for n in names if n)
    letters = [c for c in joined if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        joined = " ".join(w if w.lower() == "and" else w.capitalize() for w in joined.split())
        joined = joined.replace(" And ", " and ")
    return joined


def is_outlet(text: str) -> bool:
    """A publication's or agency's name: "Reuters", "The Mining Ledger", "Kitco News"."""
    words = text.split()
    if not 1 <= len(words) <= 6 or text.endswith((".", "!", "?")):
        return False
    lowered = [w.lower().strip(".,()") for w in words]
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_WORDS for w in words):
        return False
    # "MiningWire", "MetalsDaily": an outlet's words run together.
    lowered += [part.lower() for w in words for part in _CAMEL_PART.findall(w)[1:]]
    return any(w in OUTLET_WORDS or w in AGENCIES for w in lowered) or (
        len(words) == 1 and (text.isupper() or text.lower() in AGENCIES)
    )


# The capitalised parts of a run-together name, "MiningWire" → "Mining", "Wire".
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


_STAFF = re.compile(r"(?i)[\s,]+(?:staff|reporters?|desk|team|newsroom|bureau|editors?|editorial)$")


def clean_outlet(text: str) -> str:
    """ "Copyright © 2025 The Trade Wire. All rights reserved." → "The Trade Wire",
    "Mining Ledger Staff" → "Mining Ledger"."""
    text = _STAFF.sub("", text.strip())
    text = re.sub(r"(?i)\ball rights reserved\b.*", "", text)
    text = re.sub(r"(?i)^\s*(?:copyright|\(c\)|©|ⓒ)\s*", "", text)
    text = re.sub(r"^[\s©ⓒ\d,–-]*", "", text)
    for _ in range(2):
        text = _strip_legal_form(text)
    return text.strip(" .,;:")


def _strip_legal_form(text: str) -> str:
    """The legal form off, unless it is part of a one-word name ("Fast Company")."""
    found = _LEGAL_FORM.search(text)
    if found is None:
        return text
    head = text[: found.start()]
    generic = found.group(0).strip(" ,.").lower() in ("company", "co")
    return text if generic and len(head.split()) < 2 else head


# The legal form after a publisher's name: "The National Ledger Company",
# "LinkedIn Corporation", "Geneva Trade Brief Sàrl", "Metals Wire Ltd".
_LEGAL_FORM = re.compile(
    r"(?i)(?<=\S)[\s,]+(?:\d{4}|ltd|limited|inc|llc|plc|l\.p\.|lp|gmbh|corp|corporation|company"
    r"|co|s\.?a\.?r\.?l|sàrl|s\.a|sa|ag|bv|b\.v|nv|n\.v|pty|pte|oy|ab|as|k\.k)\.?\s*$"
)


# --- Bylines -------------------------------------------------------------------

_BYLINE = re.compile(
    r"(?:(?:written|words|story|text|commentary|analysis|reporting|posted|published"
    r"|(?:live\s+)?coverage|compiled|reported|interview)\s+)?"
    r"by\s*:?\s*(?P<rest>\S.*)",
    re.IGNORECASE,
)
_PLACE = re.compile(
    r"\s+(?:in|for)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s*[A-Z][\w .'’-]*)?$"
)
_CAPS_THEN_OUTLET = re.compile(
    r"(?P<name>(?:[A-Z][A-Z.'’-]+\s+){1,3}[A-Z][A-Z.'’-]+)\s+(?P<outlet>[A-Z][a-z].*)"
)
_ROLE_LINE = re.compile(
    r"(?:staff|senior|special|chief|deputy|associate)?\s*(?:writer|reporter|correspondent|editor)s?",
    re.IGNORECASE,
)


def strip_role_prefix(text: str) -> str:
    """A job title before the names, in lower case or in capitals: "national
    resources reporter Kieran Doyle" → "Kieran Doyle", "Senior Correspondent Ann
    Lee" → "Ann Lee". Text without a role word before a name is kept."""
    tokens = text.split()
    roles = [i for i, t in enumerate(tokens) if t.lower().strip(".,") in ROLE_WORDS]
    if not roles:
        return text
    tail = " ".join(tokens[roles[-1] + 1 :])
    before = tokens[: roles[-1]]
    plain = all(t.islower() or t.lower() in ROLE_WORDS for t in before)
    return tail if plain and is_person(tail) else text


def _names(text: str) -> str | None:
    """ "Tom Ashby in Frankfurt and Mei Lin in Beijing" → "Tom Ashby and Mei Lin"."""
    people = []
    for part in re.split(r"\s+(?:and|&)\s+|,\s*(?=[A-Z][a-z]+\s+[A-Z])", text):
        part = HONORIFICS.sub("", _PLACE.sub("", part.strip()))
        if not is_person(part):
            return None
        people.append(clean_name(part))
    return " and ".join(people) if people else None


def read_names(text: str) -> str | None:
    """A bare line of author names, with places: a byline without "By"."""
    return _names(text) if len(text) <= 80 and not text.endswith((".", ":")) else None


_HANDLE = re.compile(r"\s*@\w+")


def read_credit_line(text: str) -> Meta | None:
    """Names with an outlet or a job title and no "By": "Jane Doe | Reuters",
    "Jane Doe, Staff Reporter", "Jane Doe - Bloomberg News", "Jane Doe @jdoe"."""
    if len(text) > 120 or text.endswith((".", ":")):
        return None
    text = _HANDLE.sub("", text).strip()
    parts = [p.strip() for p in re.split(r"\s*\|\s*|\s+[·•—–-]\s+|,\s*", text) if p.strip()]
    if len(parts) < 2:
        names = read_names(text)
        return Meta(author=names) if names else None
    names = _names(parts[0])
    if names is None:
        return None
    meta = Meta(author=names)
    for part in parts[1:]:
        stamp = find_dates(part)
        if stamp is not None and not stamp.rest:
            meta = merge_meta(meta, Meta(published=stamp.published, updated=stamp.updated))
        elif is_outlet(part) and not _is_role(part):
            meta = merge_meta(meta, Meta(source=clean_outlet(part)))
        elif not (_is_role(part) or (len(part.split()) <= 3 and part[:1].isupper())):
            return None
    return meta


def parse_byline(text: str) -> Meta | None:
    """ "By Jane Doe", "By Jane Doe, Reuters", "By:Mining Weekly", "By JOHN MERCER
    Associated Press", "Posted on 3 May 2025 by Ann Lee", "Commentary by Dr. Ann Lee"."""
    match = _BYLINE.fullmatch(text.strip())
    if match is None:
        return None
    rest = match["rest"].strip()
    # "By Jane Doe on March 3, 2025": the date goes to its field.
    stamp = find_dates(rest)
    dated = Meta()
    if stamp is not None:
        dated = Meta(published=stamp.published, updated=stamp.updated)
        rest = stamp.rest
    head, _, extra = rest.partition(",")
    head, extra = strip_role_prefix(head.strip()), extra.strip()
    caps = _CAPS_THEN_OUTLET.fullmatch(head)
    source = None
    if caps is not None and is_outlet(caps["outlet"]):
        head, source = caps["name"], caps["outlet"]
    author = _names(head) if not _ROLE_LINE.fullmatch(head) else None
    if author is None:
        if _ROLE_LINE.fullmatch(head):
            return dated
        if is_outlet(head) and not extra:
            return merge_meta(Meta(source=clean_outlet(head)), dated)
        return None
    meta = merge_meta(Meta(author=author, source=source), dated)
    if not extra:
        return meta
    stamp = find_dates(extra)
    if stamp is not None:
        return merge_meta(meta, Meta(published=stamp.published, updated=stamp.updated))
    if is_outlet(extra) and not _is_role(extra):
        return replace(meta, source=source or clean_outlet(extra))
    return meta if _is_role(extra) or len(extra.split()) <= 5 else None


def _role_words_only(text: str) -> bool:
    """ "Contributor", "Investing Group Leader": a job title on a line of its own."""
    words = [w.lower().strip(".,") for w in text.split()]
    return (
        0 < len(words) <= 4
        and any(w in ROLE_WORDS for w in words)
        and all(w in ROLE_WORDS or w in SMALL_WORDS for w in words)
    )


def _is_role(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return any(w in ROLE_WORDS for w in words)


# --- Labelled fields and stamps -------------------------------------------------------

_FIELD = re.compile(
    r"(?P<label>source|author|authors|writer|reporter|correspondent|byline|agency)\s*:"
    r"\s*(?P<value>.*)",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"(?:web\s+|chief\s+|managing\s+)?editor(?:ed)?(?:\s+by)?\s*:.*|edited\s+by\b.*|\[\s*editor\s*:.*\]",
    re.IGNORECASE,
)
_COUNTER = re.compile(
    r"(?:views?|reads?)\s*:?\s*[\d,.]+[km]?|[\d,.]+[km]?\s+(?:views?|reads?)", re.IGNORECASE
)
_READ_TIME = re.compile(r"\d+\s*min(?:ute)?s?\s+read|reading time\s*:?.*", re.IGNORECASE)
_ROLE_ONLY = re.compile(
    r"[-–—]?\s*(?:staff|senior|special)\s+(?:writer|reporter|correspondent)s?", re.IGNORECASE
)
MAX_META_CHARS = 200
MAX_META_WORDS = 30
MAX_LEFTOVER_WORDS = 8
_SEPARATORS = re.compile(r"\s*\|\s*|\s+(?:--|[·•∙—–-])\s+|\s*[·•∙]\s*")


_PLACE_BEFORE_DATE = re.compile(r"[A-Z][\w.'’ -]{1,30},\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")


def parse_part(text: str) -> Meta | None:
    """One part of a metadata line; None when it is not metadata."""
    text = text.strip(" -–—")
    if not text:
        return Meta()
    field = _FIELD.fullmatch(text)
    if field is not None:
        value = field["value"].strip()
        if not value:
            return Meta()
        if field["label"].lower() in ("source", "agency"):
            return Meta(source=clean_outlet(value))
        names = _names(value)
        return Meta(author=names) if names else Meta()
    if _CREDIT.fullmatch(text) or _COUNTER.fullmatch(text) or _READ_TIME.fullmatch(text):
        return Meta()
    if _ROLE_ONLY.fullmatch(text) or _role_words_only(text):
        return Meta()
    byline = parse_byline(text)
    if byline is not None:
        return byline
    stamp = find_dates(text)
    if stamp is None:
        return None
    meta = Meta(published=stamp.published, updated=stamp.updated)
    rest = stamp.rest
    if not rest:
        return meta
    posted_by = parse_byline(rest)
    if posted_by is not None:
        return merge_meta(meta, posted_by)
    # "Brussels, 3 December 2025", "JAKARTA, March 5, 2025": a place before the date.
    if _PLACE_BEFORE_DATE.match(text) and len(rest.split()) <= 3:
        return meta
    # "MetalsDaily 09:15 AM ET 04/22/2025": an outlet run into its timestamp.
    if has_time(text) and is_outlet(rest):
        return merge_meta(meta, Meta(source=clean_outlet(rest)))
    return None


def _leftover(text: str) -> bool:
    """A part that is not metadata but may sit on a metadata line: an outlet, a
    place, a ticker list; never a sentence."""
    words = text.split()
    return len(words) <= MAX_LEFTOVER_WORDS and not text.rstrip().endswith((".", "!", "?"))


# Every metadata line has a digit or one of these words: the others are read no further.
_DIGIT = re.compile(r"\d")
_META_WORDS = (
    "by",
    "author",
    "source",
    "agency",
    "staff",
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "contributor",
    "bureau",
    "leader",
    "credit",
    "columnist",
    "analyst",
    "desk",
    "group",
    "chief",
    "senior",
    "deputy",
    "associate",
    "special",
    "producer",
)


def _may_be_meta(text: str) -> bool:
    if _DIGIT.search(text) is not None:
        return True
    lowered = text.lower()
    return any(word in lowered for word in _META_WORDS)


# A sentence of eight words or more, closed by a full stop: never a metadata line.
_SENTENCE = re.compile(r"(?:\S+\s+){7,}\S*[a-z0-9%)”\"’'][.!?][\"”’)]?")
_READ_TIME_RUN_IN = re.compile(r"(?<=\bread)(?=[A-Z])")


def parse_meta(text: str) -> Meta | None:
    """Read a byline, date line or credit line, whose parts may be joined by
    "|", "·" or a spaced dash; None when the line is not metadata."""
    if (
        len(text) > MAX_META_CHARS
        or text.count(" ") > MAX_META_WORDS
        or not _may_be_meta(text)
        or ("|" not in text and _SENTENCE.fullmatch(text) is not None)
    ):
        return None
    # A reading time run into a stamp: "4 min readLast updated: 12 Feb 2025".
    text = _READ_TIME_RUN_IN.sub(" | ", text)
    found: Meta | None = None
    leftovers: list[str] = []
    for part in _SEPARATORS.split(text):
        if not part.strip() or _PUNCT_ONLY.match(part):
            continue
        meta = parse_part(part)
        if meta is None:
            if has_time(part) and is_outlet(strip_time(part)):
                # An outlet run into a timestamp: "Kitco News14:02 GMT".
                meta = Meta(source=strip_time(part))
            elif not _leftover(part):
                return None
            else:
                leftovers.append(part)
                continue
        found = merge_meta(found, meta) if found else meta
    if found is None:
        return None
    # A line of mostly unknown words is not a metadata line.
    if found == Meta() and leftovers:
        return None
    if leftovers and not (found.published or found.updated or found.author or found.source):
        return None
    # "Mara Lindgren | March 17, 2025": the name beside the date is the author's;
    # "AFP | 3 March 2025", "China Daily | Updated: …": an outlet's is the source.
    if leftovers and (found.published or found.updated):
        for part in leftovers:
            names = _names(part)
            if names is not None and not found.author:
                found = replace(found, author=names)
            elif names is None and is_outlet(part.strip()) and not found.source:
                found = replace(found, source=clean_outlet(part.strip()))
    return found


def is_meta_line(text: str) -> bool:
    return parse_meta(text) is not None


def is_distributor(name: str) -> bool:
    return name.lower().strip("/ ") in DISTRIBUTORS
