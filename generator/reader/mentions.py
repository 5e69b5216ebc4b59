"""Outlets a page names in passing, as named rules (``MENTION_RULES``, kept in
`mention_rules`: a copyright line, "first appeared in", "Read the full article
on", a publisher's note, an app's or a newsletter's name, the story's address
under it), each with a priority; ``read_mentions`` offers them as the page's
source, past the names that are no outlet's."""

from __future__ import annotations

import re

from ..wordlist import words_set
from .mention_rules import MENTION_RULES
from .names import is_person
from .outlets import clean_outlet, is_outlet, is_site_address
from .reading import Reading

# A copyright line with a year or "All rights reserved" names its holder, even
# a brand of one word ("© 2025 Fastmarkets."), unlike a photo credit.
_RESERVED = re.compile(r"(?i)all rights reserved|(?:19|20)\d{2}")


def _mentioned_outlet(name: str, rule: str = "", line: str = "") -> bool:
    # A page's address names the site by its host ("kazmetals.kz").
    if rule in ("link_line", "bare_address") or is_site_address(name):
        return True
    words = name.split()
    # ("More from our partners", "About your account": the page's own words)
    if words and words[0].lower() in ("our", "your", "my"):
        return False
    brand = rule == "copyright" and len(words) == 1 and _RESERVED.search(line) is not None
    # "This story originally appeared in Grist": one word in a republishing or
    # a publisher's note is the publication (a language or a month is none).
    brand = brand or (
        rule in ONE_WORD_PUBLISHER_RULES
        and len(words) == 1
        and name[:1].isupper()
        and name.lower() not in NOT_PUBLISHERS
    )
    return bool(words) and name[:1].isupper() and (2 <= len(words) <= 6 or is_outlet(name) or brand)


# Notes that name a publication even by one word ("… appeared in Grist",
# "Gridline is published by …").
ONE_WORD_PUBLISHER_RULES = frozenset({"first_published", "published_by_note", "writer_of_outlet"})
# Words a republishing note may name that are no publisher ("first published
# in English", "originally appeared in January").
NOT_PUBLISHERS = words_set(
    """
    english french german spanish portuguese italian dutch chinese japanese korean russian
    arabic hindi vietnamese indonesian print full part english-language
    january february march april may june july august september october november december
    """
)


# A government's copyright names the jurisdiction that owns the work ("State of
# Wyoming", "Commonwealth of Australia", "King's Printer for Ontario"), not the
# office that issued it: it ranks under the page's own lines (its masthead).
JURISDICTION_COPYRIGHT_SOURCE = 9
_JURISDICTION = re.compile(
    r"(?:the )?(?:state|commonwealth|province|government|territory|kingdom|republic|county"
    r"|city and county|district) of (?:the )?[A-Z][\w.' -]{1,40}"
    r"|(?:king|queen)['’]s printer\b.*|crown copyright\b.*|(?:the )?[A-Z]\w+ government",
    re.IGNORECASE,
)


def is_jurisdiction(name: str) -> bool:
    return _JURISDICTION.fullmatch(name) is not None


# Rows of links, where "Copyright" is one of them.
LINK_ROW_RULES = frozenset({"spaced_menu"})


# A name shaped like a person's ("© Metal Tides 2025", "Follow Metal Tides on
# X") may be a writer's: it names the source only when nothing else does.
PERSON_SHAPED_PENALTY = 20


# "Community platform by XenForo® © 2010-2026 XenForo Ltd.", "Powered by
# WordPress": the software's maker, named on its credit line, is no source.
SOFTWARE_CREDIT = re.compile(
    r"(?i)\b(?:powered by|(?:community |forum |blog(?:ging)? |site |web(?:site)? )?"
    r"(?:platform|software|engine|theme|template) by|built (?:with|on)|made with)\s"
)


def read_mentions(reading: Reading) -> Reading:
    """Outlets named by the page's furniture: the copyright line, "Read the full
    article on …", an app promo, a disclosure (never a software's credit)."""
    for index, block in enumerate(reading.blocks):
        if reading.labels[index] not in ("chrome", "meta") or SOFTWARE_CREDIT.search(block.text):
            continue
        for rule, priority, pattern in MENTION_RULES:
            match = pattern.search(block.text)
            if match is None:
                continue
            found = next(g for g in match.groups() if g is not None)
            name = clean_outlet(found)
            if not _mentioned_outlet(name, rule, block.text) or name == reading.meta.author:
                continue
            # ("Accessibility   Copyright   Disclaimer": a row of links)
            if rule == "copyright" and block.rule in LINK_ROW_RULES:
                continue
            penalty = PERSON_SHAPED_PENALTY if is_person(name) else 0
            if rule == "copyright" and is_jurisdiction(name):
                priority = JURISDICTION_COPYRIGHT_SOURCE
            reading = reading.with_source(priority + penalty, name)
    return reading
