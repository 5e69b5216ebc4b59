"""One part of a metadata line read: a labelled field ("Source: Xinhua",
"Words: Hannah Cole", "Author:"), a credit that names no author ("Edited by",
"Views 1.4K", "5 min read"), a newsroom or provider ("Ledger Asia Staff", "via
Anadolu Agency", "Special to X"), a byline, or a stamp with one or more dates
(and an agency, a place or an outlet beside them). ``meta`` cuts the line and
puts its parts together."""

from __future__ import annotations

import re

from .bylines import POSTED, author_names, parse_byline
from .dates import AGO_UNIT, READ_MINUTES, find_dates, has_time
from .job_titles import is_role, is_role_only
from .meta_fields import Meta, merge_meta
from .names import is_person
from .outlets import agency_line, clean_outlet, is_outlet, is_outlet_shaped
from .words import AGENCIES, OUTLET_WORDS, SMALL_WORDS, is_section_label

# The jobs of a newsroom's writers, and the grades before them ("Senior Reporter").
_WRITER_JOBS = "writer|reporter|correspondent"
_GRADE = r"(?:staff|senior|special)\s+"


def _field(labels: str, value: str) -> re.Pattern[str]:
    """A labelled field: one of ``labels``, a colon, then its value."""
    return re.compile(rf"(?P<label>{labels})\s*:\s*(?P<value>{value})", re.IGNORECASE)


_FIELD = _field(
    rf"(?:article\s+|story\s+|original\s+|news\s+)?source|author|authors|author\(s\)"
    rf"|{_WRITER_JOBS}|byline|agency|analysts?"
    # "Principal contributors: NAME, NAME": a statistics office's writers.
    r"|(?:principal\s+|lead\s+|contributing\s+)?(?:contributors?|authors?)",
    ".*",
)
_CREDIT = re.compile(
    r"(?:web\s+|chief\s+|managing\s+)?editor(?:ed)?(?:\s+by)?\s*:.*|edited\s+by\b.*|\[\s*editor\s*:.*\]",
    re.IGNORECASE,
)
# What a counter counts, and its figure ("1.4K", "12,304").
_COUNTED = r"(?:views?|reads?)"
_FIGURE = r"[\d,.]+[km]?"
_COUNTER = re.compile(
    rf"{_COUNTED}\s*:?\s*{_FIGURE}|{_FIGURE}\s+{_COUNTED}"
    # "2h", "3 days ago": a feed's relative time, which states no date.
    rf"|\d{{1,2}}\s*{AGO_UNIT}(?:\s+ago)?",
    re.IGNORECASE,
)
READ_TIME = re.compile(rf"{READ_MINUTES}\s+read|reading time\s*:?.*", re.IGNORECASE)
_ROLE_ONLY = re.compile(
    rf"[-–—]?\s*{_GRADE}(?:{_WRITER_JOBS})s?"
    # "By Our Reporter", "By A Staff Reporter", "By Agencies", "Staff and agencies":
    # a credit naming no one.
    rf"|(?:by\s+)?(?:our|an?)\s+(?:own\s+)?(?:staff\s+|special\s+)?(?:{_WRITER_JOBS})s?"
    r"|(?:by\s+)?(?:staff\s+and\s+|news\s+)?agencies",
    re.IGNORECASE,
)
_OUTLET_STAFF = re.compile(
    r"(?!(?i:by)\b)(?P<outlet>[A-Z][\w.&'’ -]{1,50}?)\s+(?i:staff|staff reporters?|staff writers?|newsroom|newsdesk|news desk|desk)"
)
# "via Anadolu Agency", "Provided by Gulf Coast Business Journal": who supplied the story.
_PROVIDER = re.compile(
    r"(?P<verb>via|provided by|supplied by|courtesy(?: of|:)|distributed by|special to)\s+(?P<outlet>\S.{1,60})",
    re.IGNORECASE,
)
# Where a field run into the next one ends: another label, or a date's digits.
_NEXT_FIELD = re.compile(r"\s+(?=[A-Z][a-z]+(?:\s+[a-z]+)?\s*:\s|\d{4}-\d{2}-\d{2})")
_AFFILIATION = re.compile(r"\s*\([^()]{2,60}\)")
_TEAM = re.compile(r"(?i:team)\s+[A-Z][\w.&'’-]{1,30}(?:\s+[A-Z][\w.&'’-]{1,30})?")
_FROM_OUTLET = re.compile(r"(?i:from)\s+(?P<outlet>[A-Z][\w.&'’ -]{1,50})")
# "Published in The Ore Desk": a blog platform's publication the story is in.
_PUBLISHED_IN = re.compile(r"(?i:published\s+in)\s+(?P<outlet>(?:The\s+)?[A-Z][^\W\d][^\d]{0,49})")
_FROM_ISSUER = re.compile(r"(?i:from)\s*:\s*(?P<outlet>[A-Z][^@<>]{1,60})")
# "Words: Hannah Cole", "Text: Sofia Lindqvist", "Photos: Erik Berg",
# "Contributed by: Amara Eze, Senior Fellow": labels that credit a person,
# read only when a name follows ("Text: …" may open a quoted document).
_NAME_FIELD = _field(
    r"words|text|story|contributed\s+by|reporting(?:\s+and\s+(?:script|writing))?|script"
    r"|(?P<picture>photos?|photography|pictures|images)",
    ".+",
)
# "Reporter | Dimas Pratama": a writer's job title labelling the name beside it
# (an editor's does not: "Editor | Wang Li" edited the story).
WRITER_LABEL = re.compile(
    rf"(?:{_GRADE})?(?:reporters?|writers?|correspondents?|authors?|journalists?|columnist)",
    re.IGNORECASE,
)
MAX_LEFTOVER_WORDS = 8
# "Reporting period: 1 January – 30 June 2025", "Event date: 12 May 2025",
# "Closing date: …": a field dating what the page is about, never the page.
_PERIOD_FIELD = re.compile(
    r"(?:(?:reporting|review|data|comment|consultation|coverage|survey)\s+)?period(?:\s+covered)?"
    r"|event\s+dates?|dates?\s+of\s+(?:the\s+)?event|closing\s+date|deadline|effective\s+date"
    r"|valid\s+(?:until|from)|expires?(?:\s+on)?",
    re.IGNORECASE,
)
_PERIOD = re.compile(rf"(?:{_PERIOD_FIELD.pattern})\s*:\s*\S.*", re.IGNORECASE)


def dates_a_period(text: str) -> bool:
    """A labelled period or event date, whose dates are not the page's."""
    return _PERIOD.fullmatch(text.strip()) is not None


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
        if field["label"].lower().split()[-1] in ("source", "agency"):
            # "Source: Company statement": a document, not a publication.
            # "Source: Xinhua Editor: Li Wei 2025-05-03": the next label ends it.
            head, *after = _NEXT_FIELD.split(value, maxsplit=1)
            source = clean_outlet(head)
            meta = Meta() if _names_a_document(source) else Meta(source=source)
            # "… Editor: Zhang Wei 2025-06-11 09:20:41": the stamp run on after it.
            stamp = find_dates(after[0]) if after else None
            if stamp is None:
                return meta
            return merge_meta(meta, Meta(published=stamp.published, updated=stamp.updated))
        # "Authors: Jane Doe (University of Leeds), Tom Hale (…)": affiliations off.
        names = author_names(_AFFILIATION.sub("", value))
        if names:
            return Meta(author=names)
        # "Author: Reuters": a broadcaster's or portal's field naming the wire.
        agency = agency_line(value)
        return Meta(source=clean_outlet(agency)) if agency and agency == value else Meta()
    named = _named_field(text)
    if named is not None:
        return named
    # "Reporter Lee Min-ho": the writer's job title before the name, no colon.
    titled = _TITLE_BEFORE_NAME.fullmatch(text)
    if titled is not None and author_names(titled["name"]) is not None:
        return Meta(author=author_names(titled["name"]))
    if _CREDIT.fullmatch(text) or _COUNTER.fullmatch(text) or READ_TIME.fullmatch(text):
        return Meta()
    if _ROLE_ONLY.fullmatch(text) or is_role_only(text):
        return Meta()
    # "Ledger Asia Staff", "Reuters Staff": the outlet's newsroom signs it.
    staff = _OUTLET_STAFF.fullmatch(text)
    if staff is not None and is_outlet(staff["outlet"]):
        # ("News Desk", "Business Staff": a desk's word, no outlet's name)
        generic = staff["outlet"].lower() in OUTLET_WORDS or is_section_label(staff["outlet"])
        return Meta() if generic else Meta(source=clean_outlet(staff["outlet"]))
    # "Team Mint", "Team Ledgerline": a newsroom signing as a team, no writer.
    if _TEAM.fullmatch(text):
        return Meta()
    byline = parse_byline(text)
    if byline is not None:
        return byline
    # "From: Natural Resources Canada": the office a release comes from (a
    # person after "From:" is a mail's sender, read with its header).
    issuer = _FROM_ISSUER.fullmatch(text)
    if (
        issuer is not None
        and is_outlet_shaped(issuer["outlet"])
        and not is_person(issuer["outlet"])
    ):
        return Meta(source=clean_outlet(issuer["outlet"]))
    # "From Bloomberg News", "From AFP": a portal's line naming the outlet.
    outlet = _FROM_OUTLET.fullmatch(text)
    if outlet is not None and is_outlet(outlet["outlet"]) and not is_person(outlet["outlet"]):
        return Meta(source=clean_outlet(outlet["outlet"]))
    published_in = _PUBLISHED_IN.fullmatch(text)
    outlet_in = published_in["outlet"] if published_in is not None else ""
    if outlet_in and is_outlet_shaped(outlet_in) and not is_person(outlet_in):
        return Meta(source=clean_outlet(outlet_in))
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


_TITLE_BEFORE_NAME = re.compile(
    r"(?i:(?:staff\s+|senior\s+)?(?:reporter|writer|correspondent|journalist))\s+(?P<name>[A-Z].{2,40})"
)


def _names_a_document(value: str) -> bool:
    """ "Company statement", "official website": a source in lower-case words,
    which names a document, not a publication ("mining.com" is a site)."""
    words = value.split()
    # ("Source: Agencies", "Source: Wires": every agency and none)
    if value.lower() in _NO_ONE:
        return True
    return "." not in value and any(
        w.isalpha() and w.islower() and w not in SMALL_WORDS for w in words[1:]
    )


_NO_ONE = frozenset(
    {"agencies", "agency", "news agencies", "wires", "wire services", "wire reports", "staff",
     "staff and agencies", "internet", "web"}
)  # fmt: skip


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


def leftover(text: str) -> bool:
    """A part that is not metadata but may sit on a metadata line: an outlet, a
    place, a ticker list; never a sentence."""
    words = text.split()
    return len(words) <= MAX_LEFTOVER_WORDS and not text.rstrip().endswith((".", "!", "?"))
