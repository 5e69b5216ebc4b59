"""Line tests that a single pattern cannot say: a trail of breadcrumbs, a row of
menu words, a promo talking to the reader, a phone number, a press release's
closing lines. Each is the test of one named line rule."""

from __future__ import annotations

import re

from ..wordlist import words_set
from .headings import ends_with
from .meta import is_meta_line
from .names import is_person
from .words import is_section_label


def is_breadcrumb(text: str) -> bool:
    """ "Home › Europe › Industry", "Business | Manufacturing", "NewsMarketsMetals",
    a profile headline of pipe-joined phrases: a trail of short items."""
    if " " not in text and len(text) >= 12 and sum(c.isupper() for c in text) >= 3:
        return text.isalpha() and not text.isupper()
    parts = [p.strip() for p in _CRUMB.split(text)]
    # Every step of a trail is a word or a name, not markup or punctuation.
    if len(parts) < 2 or not all(p[:1].isalnum() for p in parts):
        return False
    if any(len(p.split()) > 6 or p.endswith(".") for p in parts):
        return False
    # With "|" or " - ": section names only, or three items and more.
    trail = (
        _CRUMB_STRONG.search(text) is not None
        or len(parts) >= 3
        or all(is_section_label(p) for p in parts)
    )
    # "Kenji Mori / Nikkan Metals": a writer and the outlet, a byline's shape.
    if len(parts) == 2 and is_person(parts[0]) and not is_section_label(parts[0]):
        return False
    return trail and not is_meta_line(text)


_CRUMB = re.compile(r"\s*[›»>/|]\s*|\s+[-–]\s+")
_CRUMB_STRONG = re.compile(r"[›»>]|\s/\s")
NAV_WORDS = words_set(
    """
    home about archive archives contact contacts news subscribe search menu login log
    register blog shop events jobs careers privacy terms advertise newsletter newsletters
    podcasts video videos sections topics more signin sign account help faq
    """
)


def is_navigation(text: str) -> bool:
    """ "Home About Archive Contact": a row of menu words."""
    tokens = text.split()
    if len(tokens) < 3 or any(not t[:1].isupper() for t in tokens):
        return False
    return sum(t.lower().strip(".,:|") in NAV_WORDS for t in tokens) * 2 >= len(tokens)


_PROMO_WORDS = re.compile(
    r"\b(?:subscribe|subscription|subscriber|newsletter|inbox|sign up|sign-up|log in|free trial"
    r"|unlimited access|register now|our app)\b",
    re.IGNORECASE,
)
_YOU = re.compile(r"\b(?:you|your|our|us)\b", re.IGNORECASE)
PROMO_MAX_WORDS = 40


_PROMO_HINTS = (
    "subscri",
    "newsletter",
    "inbox",
    "sign",
    "log in",
    "trial",
    "access",
    "regist",
    "app",
)


def is_promo_to_you(text: str) -> bool:
    """ "Get our free newsletter in your inbox": a promo talking to the reader."""
    lowered = text.lower()
    return (
        any(hint in lowered for hint in _PROMO_HINTS)
        and len(text.split()) <= PROMO_MAX_WORDS
        and _PROMO_WORDS.search(text) is not None
        and _YOU.search(text) is not None
    )


_PHONE = re.compile(r"\+?\(?\d[\d ()./-]{6,}\d")
PHONE_MIN_DIGITS = 9


def is_phone_number(text: str) -> bool:
    """ "+61 2 9000 1234", "0400 000 000": a number to call, not a date."""
    return (
        _PHONE.fullmatch(text) is not None
        and sum(c.isdigit() for c in text) >= PHONE_MIN_DIGITS
        and not is_meta_line(text)
    )


def is_press_release_source(text: str) -> bool:
    """ "SOURCE Coralbay Resources Ltd": the distributor's closing line."""
    return text.startswith("SOURCE ") and len(text.split()) <= 8


# "About the Company", "About the Institute": a kind of body, where one word
# alone after "the" names the issuer (not the story's "About the Survey").
_BODY_KINDS = frozenset(
    {"company", "firm", "group", "issuer", "association", "institute", "foundation", "fund"}
)


def is_about_the_company(text: str) -> bool:
    """ "About Coralbay Resources Ltd", "About the American Magnet Users
    Alliance": a press release's boilerplate begins."""
    words = text.split()
    # "About the American Magnet Users Alliance": an article before a name of two
    # words and more ("About the Survey" may head the story's own section).
    named_after_the = words[1:2] in (["the"], ["THE"]) and (
        (len(words) > 3 and words[3][:1].isupper())
        or (len(words) == 3 and words[2].casefold() in _BODY_KINDS)
    )
    named = words[2:] if named_after_the else words[1:]
    return (
        len(words) <= 8
        and words[0] in ("About", "ABOUT")
        and len(named) > 0
        and named[0][:1].isupper()
        and (not ends_with(text, ".!?") or _COMPANY_ENDING.search(text) is not None)
    )


_COMPANY_ENDING = re.compile(r"\b(?:inc|ltd|corp|co|plc|llc|s\.a|n\.v|ag)\.$", re.IGNORECASE)


# "Sun-hee Park reported from Seoul, Daniel Achebe from Singapore …": where
# each writer filed from, a credit under the story.
_REPORTED_FROM = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]+\s+){1,3}?)reported from [A-Z].{0,160}")


def is_filed_from(text: str) -> bool:
    """A writer's "reported from PLACE" credit (an outlet's is a sentence of news)."""
    found = _REPORTED_FROM.fullmatch(text.strip())
    return found is not None and is_person(found["name"].strip())
