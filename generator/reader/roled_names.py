"""Writers listed each with a job title after a comma: "Dr. Ann Lee, Senior
Editor and Tom Hale, Contributing Writer", "Ann Lee, Editor; Tom Hale, Reporter"."""

from __future__ import annotations

import re

from .job_titles import is_role
from .names import clean_name, is_person
from .words import HONORIFICS

# "…, Senior Editor and Tom Hale, …", "…; Tom Hale, …": the writers parted.
_PARTS = re.compile(r",?\s+(?:and|&)\s+(?=(?:Dr\.?\s+|Prof\.?\s+)?[A-Z])|;\s*")
ROLE_MAX_WORDS = 5


def _is_job(text: str) -> bool:
    """ "Senior Editor", "Contributing Writer": a few words, one a role's."""
    return 0 < len(text.split()) <= ROLE_MAX_WORDS and is_role(text)


def names_with_roles(text: str) -> str | None:
    """ "Dr. Ann Lee, Senior Editor and Tom Hale, Contributing Writer" → "Ann Lee
    and Tom Hale": two writers or more, the first with a job title after a
    comma, each of the others with one or none."""
    parts = _PARTS.split(text.strip())
    if len(parts) < 2:
        return None
    names: list[str] = []
    for number, part in enumerate(parts):
        name, comma, role = part.partition(",")
        name = HONORIFICS.sub("", name.strip())
        roled = bool(comma) and _is_job(role)
        if not is_person(name) or (comma and not roled) or (number == 0 and not roled):
            return None
        names.append(clean_name(name))
    if len(names) > 2:
        return ", ".join(names[:-1]) + " and " + names[-1]
    return " and ".join(names)


# "…; edited by Tom Hale", "…. Photos by Tom Hale": other people's credits.
_OTHER_CREDITS = re.compile(
    r"\s*[;|.,]\s*(?i:edited|editing|produced|photos?|photography|graphics|illustrations?"
    r"|translated|translation|fact-checked|additional reporting)\s+by\b.*$"
)


def without_other_credits(text: str) -> str:
    """ "Ann Lee; edited by Tom Hale" → "Ann Lee": the writers' part of a byline."""
    return _OTHER_CREDITS.sub("", text)
