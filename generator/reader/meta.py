"""Metadata lines: dates, bylines and credits, in the many forms pages print them.

A line is cut into parts at its separators ("|", "·", a spaced dash); each part
is read as a byline ("By Jane Doe, Reuters"), a labelled field ("Source:
Xinhua", "Author:"), a stamp with one or more dates and times ("Published
10:21am, 7 Jan 2025", "4 min readLast updated: 12 Feb 2025") or a short
leftover (an outlet run into a time, a place, ticker names). The line is
metadata when some part is and no part reads like a sentence. The parts are
read by ``dates``, ``bylines``, ``names`` and ``outlets``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .bylines import (
    POSTED,
    author_names,
    is_role,
    is_role_only,
    parse_byline,
    strip_role_prefix,
)
from .dates import find_dates, has_time, strip_time
from .meta_fields import Meta, merge_meta
from .names import clean_name, is_person
from .outlets import clean_outlet, is_outlet, is_outlet_shaped
from .words import AGENCIES, AGENCY_NAMES, SMALL_WORDS

_FIELD = re.compile(
    r"(?P<label>source|author|authors|author\(s\)|writer|reporter|correspondent|byline|agency|contributors?)\s*:"
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
READ_TIME = re.compile(r"\d+\s*min(?:ute)?s?\s+read|reading time\s*:?.*", re.IGNORECASE)
_ROLE_ONLY = re.compile(
    r"[-–—]?\s*(?:staff|senior|special)\s+(?:writer|reporter|correspondent)s?", re.IGNORECASE
)
_OUTLET_STAFF = re.compile(
    r"(?!(?i:by)\b)(?P<outlet>[A-Z][\w.&'’ -]{1,50}?)\s+(?i:staff|staff reporters?|staff writers?|newsroom|news desk|desk)"
)
# "via Anadolu Agency", "Provided by Gulf Coast Business Journal": who supplied the story.
_PROVIDER = re.compile(
    r"(?P<verb>via|provided by|supplied by|courtesy of|distributed by|special to)\s+(?P<outlet>\S.{1,60})",
    re.IGNORECASE,
)
# "Words: Hannah Cole", "Text: Sofia Lindqvist", "Photos: Erik Berg",
# "Contributed by: Amara Eze, Senior Fellow": labels that credit a person,
# read only when a name follows ("Text: …" may open a quoted document).
_NAME_FIELD = re.compile(
    r"(?P<label>words|text|story|contributed\s+by|(?P<picture>photos?|photography|pictures|images))"
    r"\s*:\s*(?P<value>.+)",
    re.IGNORECASE,
)
# "Reporter | Dimas Pratama": a writer's job title labelling the name beside it
# (an editor's does not: "Editor | Wang Li" edited the story).
_WRITER_LABEL = re.compile(
    r"(?:(?:staff|senior|special)\s+)?(?:reporters?|writers?|correspondents?|authors?|journalists?|columnist)",
    re.IGNORECASE,
)
MAX_META_CHARS = 200
MAX_META_WORDS = 30
MAX_LEFTOVER_WORDS = 8
_PUNCT_ONLY = re.compile(r"^[\W_]*$")
_SEPARATORS = re.compile(r"\s*\|\s*|\s+(?:--|[·•∙—–/-])\s+|\s*[·•∙]\s*")


_PLACE_BEFORE_DATE = re.compile(r"[A-Z][\w.'’ -]{1,30},\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")


def parse_part(text: str) -> Meta | None:
    """One part of a metadata line; None when it is not metadata."""
    text = text.strip(" -–—")
    if not text:
        return Meta()
    # "(Source: The Ledger)": a labelled field in brackets.
    if text[:1] == "(" and text[-1:] == ")" and _FIELD.fullmatch(text[1:-1].strip()):
        text = text[1:-1].strip()
    field = _FIELD.fullmatch(text)
    if field is not None:
        value = field["value"].strip()
        if not value:
            return Meta()
        if field["label"].lower() in ("source", "agency"):
            # "Source: Company statement": a document, not a publication.
            source = clean_outlet(value)
            return Meta() if _names_a_document(source) else Meta(source=source)
        names = author_names(value)
        return Meta(author=names) if names else Meta()
    named = _named_field(text)
    if named is not None:
        return named
    if _CREDIT.fullmatch(text) or _COUNTER.fullmatch(text) or READ_TIME.fullmatch(text):
        return Meta()
    if _ROLE_ONLY.fullmatch(text) or is_role_only(text):
        return Meta()
    # "Ledger Asia Staff", "Reuters Staff": the outlet's newsroom signs it.
    staff = _OUTLET_STAFF.fullmatch(text)
    if staff is not None and is_outlet(staff["outlet"]):
        return Meta(source=clean_outlet(staff["outlet"]))
    byline = parse_byline(text)
    if byline is not None:
        return byline
    credit = _PROVIDER.fullmatch(text)
    if credit is not None and is_outlet_shaped(credit["outlet"]):
        # "Distributed by Tribune News Service": a syndicate, not the source.
        if credit["verb"].lower().startswith("distributed"):
            return Meta()
        return Meta(source=clean_outlet(credit["outlet"]))
    stamp = find_dates(text)
    if stamp is None:
        return None
    meta = Meta(published=stamp.published, updated=stamp.updated)
    rest = stamp.rest
    if not rest:
        return meta
    posted_by = parse_byline(rest, posted=POSTED.match(text) is not None)
    if posted_by is not None:
        return merge_meta(meta, posted_by)
    # "Reuters, March 3, 2025": an agency before the date.
    if rest.lower() in AGENCIES or (is_outlet(rest) and not rest.isupper()):
        return merge_meta(meta, Meta(source=clean_outlet(rest)))
    # "Brussels, 3 December 2025", "JAKARTA, March 5, 2025": a place before the date.
    if _PLACE_BEFORE_DATE.match(text) and len(rest.split()) <= 3:
        return meta
    # "MetalsDaily 09:15 AM ET 04/22/2025": an outlet run into its timestamp.
    if has_time(text) and is_outlet(rest):
        return merge_meta(meta, Meta(source=clean_outlet(rest)))
    return None


def _names_a_document(value: str) -> bool:
    """ "Company statement", "official website": a source in lower-case words,
    which names a document, not a publication ("mining.com" is a site)."""
    words = value.split()
    return "." not in value and any(
        w.isalpha() and w.islower() and w not in SMALL_WORDS for w in words[1:]
    )


def _named_field(text: str) -> Meta | None:
    """A name under a label that credits a person: the writer's, or the
    photographer's (which is no metadata the page keeps)."""
    field = _NAME_FIELD.fullmatch(text)
    if field is None:
        return None
    value = field["value"].strip()
    head, _, role = value.partition(",")
    names = author_names(head) if not role or is_role(role) else None
    names = names or author_names(value)
    if names is None:
        return None
    return Meta() if field["picture"] else Meta(author=names)


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
    "via",
    "provided",
    "courtesy",
    "distributed",
    "words:",
    "text:",
    "story:",
)


def _may_be_meta(text: str) -> bool:
    if _DIGIT.search(text) is not None:
        return True
    lowered = text.lower()
    return any(word in lowered for word in _META_WORDS)


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
    run_in = _outlet_run_into_date(text)
    if run_in is not None:
        return run_in
    found: Meta | None = None
    leftovers: list[str] = []
    labelled = False
    for part in _SEPARATORS.split(text):
        if not part.strip() or _PUNCT_ONLY.match(part):
            continue
        labelled = labelled or _WRITER_LABEL.fullmatch(part.strip()) is not None
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
