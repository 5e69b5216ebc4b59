"""Bylines that sign a story with an office, not a writer: a newsroom's desk
named for its section ("By Economy Desk", "By Web Desk", "By Business Staff"),
and a press office by its initials and its city ("by PIB Delhi", "PTI
Mumbai"). Neither names an author, nor the source (the site's own desk, the
office that posted another body's release)."""

from __future__ import annotations

from generator.extract.lexicon import is_place

from ..wordlist import words_set
from .words import is_section_label

# The words a desk's byline ends with.
DESK_WORDS = words_set("desk staff team bureau newsroom")
# Kinds of desk that are no sections of a menu.
DESK_KINDS = words_set(
    "web online digital metro city foreign national international news wire general"
)
INITIALS_MIN_LETTERS = 3
INITIALS_MAX_LETTERS = 6


def is_section_desk(text: str) -> bool:
    """ "Economy Desk", "Web Desk", "Business Staff": one section's or desk kind's
    word before the desk's (never an outlet's name: "Asia Trade Desk")."""
    words = text.split()
    if len(words) != 2 or words[1].lower() not in DESK_WORDS:
        return False
    return words[0].lower() in DESK_KINDS or is_section_label(words[0])


def is_office_initials(text: str) -> bool:
    """ "PIB Delhi", "PTI New Delhi": an office's initials in capitals, then
    only a city's name in ordinary case ("JOHN MERCER" is a writer's)."""
    words = text.split()
    if len(words) < 2:
        return False
    head, rest = words[0], " ".join(words[1:])
    initials = head.isalpha() and head.isupper()
    return (
        initials
        and INITIALS_MIN_LETTERS <= len(head) <= INITIALS_MAX_LETTERS
        and not rest.isupper()
        and is_place(rest)
    )


def signs_as_office(text: str) -> bool:
    return is_section_desk(text.strip()) or is_office_initials(text.strip())
