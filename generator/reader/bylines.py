"""Bylines and credit lines: "By Jane Doe, Reuters", "By:Mining Weekly",
"Jane Doe | Reuters", "Posted on 3 May 2025 by Ann Lee", job titles and places
around the names."""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import find_dates
from .meta_fields import Meta, merge_meta
from .names import clean_name, is_person
from .outlets import clean_outlet, is_outlet
from .words import HONORIFICS, ROLE_WORDS, SMALL_WORDS

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


def author_names(text: str) -> str | None:
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
    return author_names(text) if len(text) <= 80 and not text.endswith((".", ":")) else None


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
        elif not (is_role(part) or (len(part.split()) <= 3 and part[:1].isupper())):
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
    author = author_names(head) if not _ROLE_LINE.fullmatch(head) else None
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
    if is_outlet(extra) and not is_role(extra):
        return replace(meta, source=source or clean_outlet(extra))
    return meta if is_role(extra) or len(extra.split()) <= 5 else None


def is_role_only(text: str) -> bool:
    """ "Contributor", "Investing Group Leader": a job title on a line of its own."""
    words = [w.lower().strip(".,") for w in text.split()]
    return (
        0 < len(words) <= 4
        and any(w in ROLE_WORDS for w in words)
        and all(w in ROLE_WORDS or w in SMALL_WORDS for w in words)
    )


def is_role(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return any(w in ROLE_WORDS for w in words)
