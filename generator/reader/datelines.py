"""Datelines at the head of a story's first paragraph: "BEIJING, April 25
(Reuters) — ", "(Kitco News) - ", "Hanoi (VNA) – ", "RIYADH: "."""

from __future__ import annotations

import datetime as dt
import re

from .dates import find_dates

# The head runs to the first dash: "BEIJING, April 25 (Reuters) — China said ...".
_DATELINE_SPLIT = re.compile(
    r"(?P<head>[^—–]{2,90}?)(?:\s*(?:--|[—–])\s*|\s+-\s+)(?P<rest>\S.*)", re.DOTALL
)
_DATELINE_HEAD = re.compile(
    r"(?P<place>[^,()]+?)(?:,\s*(?P<extra>[^,()]{1,30}?)){0,3}(?:\s*\((?P<agency>[^()]+)\))?"
)
# The parts datelines are made of: a place in title case ("New Delhi"), an agency
# in brackets ("(Reuters)"), a month ("April", "Mar."), and the story after it,
# opening with a capital or a quote mark.
_TITLE_CASE_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_BRACKETED_AGENCY = r"\((?P<agency>[^()]{2,40})\)"
_MONTH = r"[A-Z][a-z]{2,8}\.?"
_STORY = r"(?P<rest>[A-Z\"“‘'].*)"
# "(Kitco News) - ", "Hanoi (VNA) – ", "SYDNEY, Australia, March 3, 2025 /PRNewswire/ -- ".
_AGENCY_ONLY = re.compile(_BRACKETED_AGENCY)
_TITLE_PLACE = re.compile(f"(?P<place>{_TITLE_CASE_PLACE})" + r"\s*" + _BRACKETED_AGENCY)
# "London, 7 April (MetalDesk)": a place in title case, a date, the agency.
_PLACE_DATE_AGENCY = re.compile(
    _TITLE_CASE_PLACE
    + rf",\s*(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*"
    + _BRACKETED_AGENCY
)
_WIRE_HEAD = re.compile(
    r"(?P<place>[A-Z][A-Z .'’-]{2,40})(?:,\s*[^,/]{2,40}){0,3},?\s*/(?P<agency>[^/]{2,40})/"
)
# "New Delhi, Mar 19 (PTI) The government ...": no dash after the agency;
# "New Delhi [India], June 14 (ANI): India's …": the country in brackets, a colon.
_AGENCY_DATELINE = re.compile(
    rf"(?P<head>[A-Z][\w .'’-]{{1,30}}(?:\s*\[[A-Z][\w .'’-]{{1,30}}\])?,\s+{_MONTH}\s+\d{{1,2}}"
    rf"\s+\((?P<agency>[A-Z][A-Za-z]{{1,12}})\)):?\s+{_STORY}",
    re.DOTALL,
)
# "Investing.com -- Lithium shares fell …": a site signing its story by its address.
_SITE_DATELINE = re.compile(
    r"(?P<head>(?P<agency>[A-Z][\w-]{1,30}\.(?:com|net|org|io|co)(?:\.[a-z]{2})?))\s+(?:--|—|–)\s+"
    + _STORY,
    re.DOTALL,
)
# "RIYADH: Saudi Arabia's ..."
_COLON_DATELINE = re.compile(r"(?P<head>[A-Z][A-Z .'’/-]{2,40}):\s+" + _STORY, re.DOTALL)
# "PERTH, Australia--(BUSINESS WIRE)--Text", "Vancouver, British Columbia--(Newsfile
# Corp. - March 5, 2025) - Text": a distributor's bracket joined to the place by dashes.
_BRACKET_WIRE = re.compile(
    r"(?P<head>[A-Z][^()]{1,60}?\s*--\s*\((?P<agency>[A-Za-z][^()-]{1,40}?)(?:\s+-\s+[^()]{4,30})?\))"
    r"\s*(?:--|[-—–])\s*(?P<rest>\S.*)",
    re.DOTALL,
)
# "VANCOUVER, BC / ACCESS Newswire / June 10, 2025 / Text": place, distributor
# and date between slashes.
_SLASHED_WIRE = re.compile(
    r"(?P<head>[A-Z][\w .,'’-]{1,60}?\s+/\s*(?P<agency>[A-Z][\w .&-]{2,30}?)\s*/\s*"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}))\s*/\s*"
    r"(?P<rest>\S.*)",
    re.DOTALL,
)
# "MOSCOW, June 14. /TASS/. Russia …": the agency between slashes after the date.
_SLASHED_AGENCY = re.compile(
    r"(?P<head>[A-Z][A-Z .'’-]{2,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?\s*/(?P<agency>[A-Z][A-Za-z-]{1,15})/)\.?"
    r"\s+(?P<rest>\S.*)",
    re.DOTALL,
)
DATELINE_MAX_PLACE_WORDS = 4
DATELINE_MIN_PLACE_LETTERS = 3


def _is_place(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        text.isupper()
        and len(letters) >= DATELINE_MIN_PLACE_LETTERS
        and len(text.split()) <= DATELINE_MAX_PLACE_WORDS
    )


def _agency_of(head: str) -> str | None:
    for pattern in (_AGENCY_ONLY, _WIRE_HEAD):
        found = list(pattern.finditer(head))
        if found:
            agency = found[-1]["agency"].strip()
            # "HELENA, Mont. (Dec. 2, 2025) –": the date in brackets, no agency.
            return None if _date_only(agency) else agency
    return None


def _date_only(text: str) -> bool:
    stamp = find_dates(text)
    return stamp is not None and not stamp.rest.strip(" ,.;:()")


def _head_is_dateline(head: str) -> bool:
    if any(
        pattern.fullmatch(head)
        for pattern in (_AGENCY_ONLY, _TITLE_PLACE, _WIRE_HEAD, _PLACE_DATE_AGENCY)
    ):
        return True
    parts = _DATELINE_HEAD.fullmatch(head)
    if parts is None or not _is_place(parts["place"].strip()):
        return False
    if parts["extra"] is not None and len(parts["extra"].split()) > 3:
        return False
    return parts["agency"] is None or len(parts["agency"].split()) <= 4


def split_dateline(text: str) -> tuple[str, str, str | None] | None:
    """("WASHINGTON (Reuters)", rest, "Reuters") for "WASHINGTON (Reuters) - rest",
    ("(Kitco News)", rest, "Kitco News"), ("RIYADH", rest, None) for "RIYADH: rest";
    None when the paragraph opens with no dateline."""
    wire = _BRACKET_WIRE.match(text) or _SLASHED_WIRE.match(text) or _SLASHED_AGENCY.match(text)
    if wire is not None:
        return wire["head"].strip(), wire["rest"], wire["agency"].strip()
    match = _DATELINE_SPLIT.match(text)
    if match is not None:
        head = match["head"].strip()
        if _head_is_dateline(head):
            return head, match["rest"], _agency_of(head)
    bare = _AGENCY_DATELINE.match(text) or _SITE_DATELINE.match(text)
    if bare is not None:
        return bare["head"], bare["rest"], bare["agency"]
    colon = _COLON_DATELINE.match(text)
    if colon is not None and _is_place(colon["head"].strip()):
        return colon["head"].strip(), colon["rest"], None
    return None


def dateline_date(dateline: str | None) -> dt.date | None:
    """The date a dateline states ("OSLO, Norway, April 2, 2025"), if any."""
    stamp = find_dates(dateline) if dateline else None
    return stamp.published if stamp is not None else None
