"""Bylines and credit lines: "By Jane Doe, Reuters", "By:Mining Weekly",
"Jane Doe | Reuters", "Posted on 3 May 2025 by Ann Lee", job titles and places
around the names (what a job title is: `job_titles`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..wordlist import is_postnominal_run
from .dates import find_dates
from .job_titles import TITLE_ROLES, is_job_title, is_role
from .meta_fields import Meta, merge_meta
from .names import COMMA_LIST_MIN_NAMES, PERSON_MAX_TOKENS, clean_name, is_listed_person, is_person
from .office_bylines import signs_as_office
from .outlets import clean_outlet, is_outlet, outlet_of_job, staff_outlet
from .roled_names import names_with_roles, without_other_credits
from .words import AGENCIES, HONORIFICS, ROLE_WORDS

# "by" in other languages, capitalised: "Von Katrin Weber", "Por Ana Lima".
FOREIGN_BY = ("Von", "Por", "Par", "Oleh", "Door", "Przez")
_BYLINE = re.compile(
    r"(?:(?:(?:guest|special|sponsored)\s+)?(?:written|words|story|text|commentary|analysis"
    r"|reporting|posted(?:\s+in\s+[A-Z][\w&'’ -]{1,30}?)?|published|(?:live\s+)?coverage|compiled"
    r"|reported|interview|report"
    r"|article|column|opinion|essay|post|contribution"
    # a podcast's or a show's host signs its episode page: "Hosted by Ann Lee"
    r"|hosted|presented)\s+)?"
    # ("Von Katrin Weber", "Por Ana Lima", "Oleh Dimas Putra": "by" in another
    # language, capitalised)
    rf"(?:by|(?-i:(?P<foreign>{'|'.join(FOREIGN_BY)})(?= [A-Z])))\s*:?\s*(?P<rest>\S.*)",
    re.IGNORECASE,
)
_FOREIGN_AND = re.compile(r"\s+(?:e|y|et|und|dan|en|i)\s+(?=[A-Z])")
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


def author_names(text: str) -> str | None:
    """ "Tom Ashby in Frankfurt and Mei Lin in Beijing" → "Tom Ashby and Mei Lin"."""
    people = []
    for part in re.split(r"\s+(?:and|AND|&|with|With)\s+|,\s*(?=[A-Z][A-Za-z'’-]+\s+[A-Z])", text):
        part = HONORIFICS.sub("", _PLACE.sub("", part.strip()))
        if not is_person(part):
            return None
        people.append(clean_name(part))
    if len(people) > 2:
        return ", ".join(people[:-1]) + " and " + people[-1]
    return " and ".join(people) if people else None


def read_names(text: str) -> str | None:
    """A bare line of author names, with places: a byline without "By"."""
    return author_names(text) if len(text) <= 80 and not text.endswith((".", ":")) else None


# "Jane Doe @jdoe", "Ian McLeod (@ianmcleod_mines)": a social handle.
_HANDLE = re.compile(r"\s*\(?@\w+\)?")
_ROLE_IN_BRACKETS = re.compile(r"\s*\(([^()]{2,40})\)$")


def read_credit_line(text: str) -> Meta | None:
    """Names with an outlet or a job title and no "By": "Jane Doe | Reuters",
    "Jane Doe, Staff Reporter", "Jane Doe - Bloomberg News", "Jane Doe @jdoe"."""
    if len(text) > 120 or text.endswith((".", ":")):
        return None
    text = _HANDLE.sub("", text).strip()
    # "Jane Doe (Reuters)": the outlet in brackets.
    text, bracketed = _outlet_in_brackets(text)
    if bracketed is not None and (names := author_names(text)) is not None:
        return Meta(author=names, source=bracketed)
    # "Jane Doe (Senior Analyst)": a job title in brackets.
    text = _ROLE_IN_BRACKETS.sub(lambda m: ", " + m[1] if is_role(m[1]) else m[0], text)
    # (not a date's comma: "Ann Lee, Contributor | Dec 3, 2026")
    parts = [p.strip() for p in re.split(r"\s*\|\s*|\s+[·•—–/-]\s+|,\s*(?!\d)", text) if p.strip()]
    if len(parts) < 2:
        names = read_names(text) or _name_before_role(text)
        return Meta(author=names) if names else None
    # "Katharina Holzmann, Jonas Brückner", "Ann Lee, Tom Hale and Mei Lin":
    # every part a writer's name (or names).
    if (names := read_names(text)) is not None:
        return Meta(author=names)
    names = author_names(parts[0])
    if names is None:
        return None
    meta = Meta(author=names)
    for part in parts[1:]:
        stamp = find_dates(part)
        if stamp is not None and not stamp.rest:
            meta = merge_meta(meta, Meta(published=stamp.published, updated=stamp.updated))
        elif is_outlet(part) and not is_role(part):
            meta = merge_meta(meta, Meta(source=clean_outlet(part)))
        elif outlet_of_job(part) is not None:  # "Jane Doe, Harbour Gazette reporter"
            meta = merge_meta(meta, Meta(source=outlet_of_job(part)))
        elif not (is_role(part) or (len(part.split()) <= 3 and part[:1].isupper())):
            return None
    return meta


ROLE_AFTER_NAME_MAX_WORDS = 4


def _name_before_role(text: str) -> str | None:
    """ "Niamh Costello Industry correspondent": a name, then a job title ending
    in a role word, with no separator between them."""
    tokens = text.split()
    for size in range(2, PERSON_MAX_TOKENS + 1):
        head, tail = " ".join(tokens[:size]), tokens[size:]
        if not 0 < len(tail) <= ROLE_AFTER_NAME_MAX_WORDS:
            continue
        if tail[-1].lower().strip(".,") in ROLE_WORDS and is_person(head):
            return clean_name(head)
    return None


_BRACKETED_OUTLET = re.compile(r"(?P<rest>.+?)\s*\((?P<outlet>[^()]{2,40})\)$")


def _outlet_in_brackets(text: str) -> tuple[str, str | None]:
    """ "Jane Doe (Reuters)" → ("Jane Doe", "Reuters"); "Kevin Brown/Reuters" too."""
    found = _BRACKETED_OUTLET.fullmatch(text) or _SLASHED_OUTLET.fullmatch(text)
    if found is None or not is_outlet(found["outlet"].strip()):
        return text, None
    return found["rest"], clean_outlet(found["outlet"])


_SLASHED_OUTLET = re.compile(r"(?P<rest>[A-Z][^/]{2,60}?)\s*/\s*(?P<outlet>[A-Z][\w .&'’-]{1,40})")


def _names_listed(text: str) -> tuple[str, str]:
    """The names and what follows them: "Jane Doe, Mei Lin and Tom Ashby, Reuters"
    → ("Jane Doe, Mei Lin and Tom Ashby", "Reuters"); a list of names closes
    with "and" (two words after a comma may be a place: "Jane Doe, New York")."""
    parts = [p.strip() for p in text.split(",")]
    # "Ann Lee, Tom Hale, Mei Lin": three names or more, no "and" (two may be
    # a name and its place: "Isabela Fontes, São Paulo").
    persons = next((k for k, p in enumerate(parts) if not is_listed_person(p)), len(parts))
    if persons >= COMMA_LIST_MIN_NAMES:
        return ", ".join(parts[:persons]), ", ".join(parts[persons:])
    for last in range(len(parts) - 1, 0, -1):
        listed = parts[: last + 1]
        if re.search(r"\s(?:and|&)\s", listed[-1]) and author_names(", ".join(listed)):
            return ", ".join(listed), ", ".join(parts[last + 1 :])
    head, _, extra = text.partition(",")
    return head, extra.strip()


def _name_then_outlet(text: str) -> tuple[str, str | None]:
    """ "JOHN MERCER Associated Press", "Jane Doe Reuters", "Jane Doe for The
    Ledger": a name, then the outlet it writes for."""
    caps = _CAPS_THEN_OUTLET.fullmatch(text)
    if caps is not None and is_outlet(caps["outlet"]):
        return caps["name"], caps["outlet"]
    tokens = text.split()
    for size in range(2, PERSON_MAX_TOKENS + 1):
        head, tail = " ".join(tokens[:size]), tokens[size:]
        # "JANE DOE AP Business Writer": the agency, then the writer's job there.
        agency_job = len(tail) > 1 and tail[0].lower() in AGENCIES
        if agency_job and is_job_title(" ".join(tail[1:])) and is_person(head):
            return head, tail[0]
        if tail and tail[0].lower() in ("for", "of"):
            tail = tail[1:]
        # ("ANN B. LEE": a name in capitals, its last word no outlet)
        if text.isupper() and len(tail) == 1 and tail[0].lower() not in AGENCIES:
            continue
        outlet = " ".join(tail)
        if tail and is_person(head) and is_outlet(outlet) and not is_role(outlet):
            return head, clean_outlet(outlet)
        if tail and is_person(head) and author_names(text) is not None:
            break
    return text, None


POSTED = re.compile(r"\s*(?:posted|written|submitted)\b", re.IGNORECASE)
# One word with a capital or a digit inside: "StoneyCreek", "metals_guy42".
_HANDLE_NAME = re.compile(r"[A-Za-z][a-z]+(?:[A-Z][a-z]+|_?\d+|_[a-z]+)+\w*")


def parse_byline(text: str, posted: bool = False) -> Meta | None:
    """ "By Jane Doe", "By Jane Doe, Reuters", "By:Mining Weekly", "By JOHN MERCER
    Associated Press", "Posted on 3 May 2025 by Ann Lee", "Commentary by Dr. Ann Lee"."""
    match = _BYLINE.fullmatch(text.strip())
    if match is None:
        return None
    # "Reported by Ann Lee; edited by Tom Hale": the editor is no writer.
    rest = without_other_credits(match["rest"].strip())
    if match["foreign"]:
        # "Por Ana Lima e Rui Costa": the names joined in that language too.
        rest = _FOREIGN_AND.sub(" and ", rest)
    # "By Jane Doe on March 3, 2025": the date goes to its field.
    stamp = find_dates(rest)
    dated = Meta()
    if stamp is not None:
        dated = Meta(published=stamp.published, updated=stamp.updated)
        rest = stamp.rest
    rest, source = _outlet_in_brackets(rest)
    # "By Dr. Ann Lee, Senior Editor and Tom Hale, Contributing Writer"
    roled = names_with_roles(rest)
    if roled is not None:
        return merge_meta(Meta(author=roled, source=source), dated)
    head, extra = _names_listed(rest)
    # "Rachel Oduya, J.D.": a degree, not an outlet after the name.
    if is_postnominal_run(extra):
        extra = ""
    head = strip_role_prefix(head.strip())
    head, beside = _name_then_outlet(head)
    source = source or beside
    head = _name_before_role(head) or head
    # "By Economy Desk", "by PIB Delhi": an office signs it, no writer.
    if signs_as_office(head) and not extra:
        return merge_meta(Meta(source=source), dated)
    author = author_names(head) if not _ROLE_LINE.fullmatch(head) else None
    if author is None:
        # "Posted by Forum Editor", "By Staff Writer": a job title, no name.
        if _ROLE_LINE.fullmatch(head) or _ends_in_role(head):
            return dated
        if is_outlet(clean_outlet(head)) and not extra:
            return merge_meta(Meta(source=clean_outlet(head)), dated)
        # "Posted by Mining Insight Editorial Team": the newsroom signs it.
        staff = staff_outlet(head)
        if staff is not None and not extra:
            return merge_meta(Meta(source=staff), dated)
        # "Posted on 28 July 2025 by StoneyCreek": a blog's or forum's handle.
        if (posted or POSTED.match(text)) and _HANDLE_NAME.fullmatch(head) and not extra:
            return merge_meta(Meta(author=head), dated)
        return None
    meta = merge_meta(Meta(author=author, source=source), dated)
    if not extra:
        return meta
    stamp = find_dates(extra)
    if stamp is not None:
        return merge_meta(meta, Meta(published=stamp.published, updated=stamp.updated))
    # "…, Special to Mining Monitor", "…, for The Ledger": the outlet written for.
    extra = _WRITTEN_FOR.sub("", extra)
    if is_outlet(extra) and not is_role(extra):
        return replace(meta, source=source or clean_outlet(extra))
    if outlet_of_job(extra) is not None:  # "By Jane Doe, Reuters correspondent"
        return replace(meta, source=source or outlet_of_job(extra))
    # "…, Senior Editor, Harbour Gazette": the outlet after the writer's job.
    job, _, tail = extra.rpartition(",")
    if job and is_role(job) and is_outlet(tail.strip()) and not is_role(tail):
        return replace(meta, source=source or clean_outlet(tail.strip()))
    # "…, Supply Chain Director at Nordvolt Materials": a job at an employer.
    employer = _JOB_AT.fullmatch(extra) is not None
    return meta if is_role(extra) or employer or len(extra.split()) <= 5 else None


_WRITTEN_FOR = re.compile(r"^(?i:special\s+to|for)\s+(?=[A-Z])")
_JOB_AT = re.compile(r"(?:[A-Z][\w&'’.-]*\s+){1,4}(?:at|of|with)\s+[A-Z][\w&'’ .-]{1,60}")


def _ends_in_role(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= ROLE_AFTER_NAME_MAX_WORDS and words[-1].lower() in TITLE_ROLES
