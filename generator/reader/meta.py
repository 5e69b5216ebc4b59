"""Metadata lines: dates, bylines and credits, in the many forms pages print them.

A line is cut into parts at its separators ("|", "·", a spaced dash); each part
is read as a byline ("By Jane Doe, Reuters"), a labelled field ("Source:
Xinhua", "Author:"), a stamp with one or more dates and times ("Published
10:21am, 7 Jan 2025", "4 min readLast updated: 12 Feb 2025") or a short
leftover (an outlet run into a time, a place, ticker names). The line is
metadata when some part is and no part reads like a sentence. The parts are
read by ``meta_parts`` (with ``dates``, ``bylines``, ``names`` and ``outlets``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bylines import FOREIGN_BY, author_names, read_credit_line, strip_role_prefix
from .dates import has_time, is_dateless_update, strip_time
from .meta_fields import Meta, merge_meta
from .meta_parts import WRITER_LABEL, dates_a_period, leftover, parse_part
from .names import clean_name, is_person
from .outlets import clean_outlet, is_outlet
from .words import AGENCIES, AGENCY_NAMES

_STAMP_LABEL = re.compile(
    r"(?:first\s+|last\s+)?(?:published|posted|updated|modified|revised|edited)(?:\s+on)?\s*:?",
    re.IGNORECASE,
)
# A numeric stamp (a time after it or not) run into a labelled field.
_STAMP_THEN_FIELD = re.compile(
    r"^(?P<stamp>\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+"
    r"(?=(?:source|editor|author|reporter|writer|by)\s*:)",
    re.IGNORECASE,
)
_TRAILING_ADDRESS = re.compile(r"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
MAX_META_CHARS = 200
MAX_META_WORDS = 30
_PUNCT_ONLY = re.compile(r"^[\W_]*$")
_SEPARATORS = re.compile(r"\s*\|\s*|\s+(?:--|[·•∙—–/-])\s+|\s*[·•∙]\s*")


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
    "newsroom",
    "group",
    "chief",
    "senior",
    "deputy",
    "associate",
    "special",
    "producer",
    "via",
    "provided",
    "courtesy",
    "distributed",
    "words:",
    "text:",
    "story:",
    "reporting",
    "script:",
    "from:",
)


def _may_be_meta(text: str) -> bool:
    if _DIGIT.search(text) is not None:
        return True
    lowered = text.lower()
    # ("From Bloomberg News": a portal's line naming who wrote the story)
    return lowered.startswith(("from ", *_FOREIGN_BY)) or any(w in lowered for w in _META_WORDS)


# "Por Ana Lima", "Von Katrin Weber", "Oleh Dimas Putra": "by" in other languages.
_FOREIGN_BY = tuple(f"{word.lower()} " for word in FOREIGN_BY)


# A sentence of eight words or more, closed by a full stop: never a metadata line.
_SENTENCE = re.compile(r"(?:\S+\s+){7,}\S*[a-z0-9%)”\"’'][.!?][\"”’)]?")
# "4 min readLast updated", "Reading time: 4 minutesLast update": a reading
# time run into the stamp after it.
_READ_TIME_RUN_IN = re.compile(r"(?:(?<=\bread)|(?<=\bminutes)|(?<=\bmins))(?=[A-Z])")
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# An outlet's name run into its date: "Metal LedgerJun 5, 2025", "ORE WIRE12 June 2025".
_OUTLET_RUN_INTO_DATE = re.compile(
    rf"(?P<outlet>[A-Z][\w&'’ .-]{{0,50}}?(?:[a-z](?={_MONTHS}\s+\d)|[A-Za-z](?=\d{{1,2}}\s+{_MONTHS}\b)))"
    r"(?P<stamp>.+)"
)


def _outlet_run_into_date(text: str) -> Meta | None:
    """The outlet and the stamp of a line where the name runs into the date."""
    found = _OUTLET_RUN_INTO_DATE.fullmatch(text)
    if found is None or not is_outlet(found["outlet"]):
        return None
    stamp = parse_meta(found["stamp"])
    if stamp is None or not (stamp.published or stamp.updated):
        return None
    return merge_meta(Meta(source=clean_outlet(found["outlet"])), stamp)


# A forum thread's starter line, its fields labelled without colons (XenForo,
# vBulletin): "Thread starter ore_whisperer Start date Jul 21, 2026 Tags …".
_THREAD_STARTER = re.compile(
    r"(?i)(?:thread starter|started by)\s+(?P<name>[\w.@-]{2,40})\s+(?:start date|started)\s+"
    r"(?P<date>.+?)(?:\s+tags\s+.*)?"
)


def _thread_starter(text: str) -> Meta | None:
    found = _THREAD_STARTER.fullmatch(text)
    stamp = parse_meta(found["date"]) if found is not None else None
    if found is None or stamp is None or not stamp.published:
        return None
    return replace(stamp, author=found["name"])


# A video platform's line under its player: the views, the upload date, the
# hashtags ("38,912 views  Nov 29, 2025  #raremetals #mining").
_VIDEO_STAMP = re.compile(r"(?i)[\d.,]+\s*[km]?\s+views\s+(?P<date>[^#]+?)(?:\s+#[\w-]+)*")


def _video_stamp(text: str) -> Meta | None:
    found = _VIDEO_STAMP.fullmatch(text.strip())
    stamp = parse_meta(found["date"]) if found is not None else None
    return stamp if stamp is not None and stamp.published else None


def parse_meta(text: str) -> Meta | None:
    """Read a byline, date line or credit line, whose parts may be joined by
    "|", "·" or a spaced dash; None when the line is not metadata."""
    starter = _thread_starter(text) or _video_stamp(text)
    if starter is not None:
        return starter
    if dates_a_period(text):
        return Meta()
    if (
        len(text) > MAX_META_CHARS
        or text.count(" ") > MAX_META_WORDS
        or not _may_be_meta(text)
        or ("|" not in text and _SENTENCE.fullmatch(text) is not None)
    ):
        return None
    # A reading time run into a stamp: "4 min readLast updated: 12 Feb 2025".
    text = _READ_TIME_RUN_IN.sub(" | ", text)
    # "2025-04-04 09:30:12 Source: Xinhua Editor: Li Na": a stamp run into a field.
    text = _STAMP_THEN_FIELD.sub(r"\g<stamp> | ", text)
    run_in = _outlet_run_into_date(text)
    if run_in is not None:
        return run_in
    found: Meta | None = None
    leftovers: list[str] = []
    labelled = False
    same_day = False
    pending = ""
    for part in _SEPARATORS.split(text):
        if not part.strip() or _PUNCT_ONLY.match(part):
            continue
        # "Updated - June 16, 2025": a stamp's label cut off its date by a dash.
        if _STAMP_LABEL.fullmatch(part.strip()):
            pending = part.strip()
            continue
        part, pending = f"{pending} {part}".strip(), ""
        # "Reporter Lee Min-ho minho@…": the writer's address after the name.
        part = _TRAILING_ADDRESS.sub("", part)
        labelled = labelled or WRITER_LABEL.fullmatch(part.strip()) is not None
        if is_dateless_update(part):
            same_day = True
            continue
        meta = parse_part(part)
        if meta is None:
            if has_time(part) and is_outlet(strip_time(part)):
                # An outlet run into a timestamp: "Kitco News14:02 GMT".
                meta = Meta(source=strip_time(part))
            elif not leftover(part):
                return None
            else:
                leftovers.append(part)
                continue
        found = merge_meta(found, meta) if found else meta
    if found is None:
        return None
    # "7 December 2026, 09:10 CET — Updated 16:48 CET": updated that day.
    if same_day and found.published and not found.updated:
        found = replace(found, updated=found.published)
    # "Reporter | Dimas Pratama": a job title as the label of the name after it.
    if labelled and found == Meta() and len(leftovers) == 1:
        names = author_names(leftovers[0].strip())
        if names is not None:
            return Meta(author=names)
    # "Xinhua | Editor: Wang Li": a news agency's bare name beside a credit.
    agency = next((p.strip() for p in leftovers if _is_agency(p.strip())), None)
    if agency is not None and not found.source:
        found = replace(found, source=clean_outlet(agency))
        leftovers.remove(next(p for p in leftovers if p.strip() == agency))
    # "Resource Capital Review · 2h · 3 min read": a feed's outlet beside its
    # read time and age.
    if found == Meta() and len(leftovers) == 1 and is_outlet(leftovers[0].strip()):
        return Meta(source=clean_outlet(leftovers[0].strip()))
    # A line of mostly unknown words is not a metadata line.
    if found == Meta() and leftovers:
        return None
    if leftovers and not (found.published or found.updated or found.author or found.source):
        return None
    # "Mara Lindgren | March 17, 2025": the name beside the date is the author's;
    # "AFP | 3 March 2025", "China Daily | Updated: …": an outlet's is the source.
    # "Jane Doe / Bloomberg": an outlet beside a byline is the source too.
    dated = found.published or found.updated
    for part in leftovers if dated or found.author else ():
        names = author_names(strip_role_prefix(part))
        # ("Ann Lee, Contributor | Dec 3, 2026": the name before its job)
        credit = read_credit_line(part.strip()) if names is None and dated else None
        names = names or (credit.author if credit is not None and not credit.source else None)
        if names is not None and dated and not found.author:
            found = replace(found, author=names)
        elif names is None and is_outlet(part.strip()) and not found.source:
            found = replace(found, source=clean_outlet(part.strip()))
    return found


def _is_agency(text: str) -> bool:
    return text.lower() in AGENCIES or text.lower() in AGENCY_NAMES


def is_meta_line(text: str) -> bool:
    return parse_meta(text) is not None


# Read from here by the importer.
__all__ = ["clean_name", "is_meta_line", "is_person", "parse_meta"]
