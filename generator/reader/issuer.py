"""A listed issuer as its release spells it before its legal form and ticker
("Karrawong Rare Earths Ltd (ASX: KRE) | ABN …"), given to a source read in
capitals from a letterhead ("KARRAWONG RARE EARTHS"); the ticker and register
shapes of a release's letterhead; a public body's name alone ("U.S.
Department of the Interior"), a release's issuer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..wordlist import words_set

# Legal forms a listed company's name ends with, one or two of them.
LEGAL_FORMS = (
    r"(?:Ltd|Limited|Inc|Incorporated|Corp|Corporation|plc|PLC|LLC|AG|SE|S\.A|N\.V|NV|GmbH"
    r"|Pty|Co|Company|Holdings|Group|ASA|AB|Oyj|K\.K)\.?"
)
# "(ASX: KRE", "(NYSE American: UUUU", "(Nasdaq: ABCD", "(TSXV:BSM": an exchange and a code.
TICKER_OPENING = (
    r"\s*\((?:[A-Z]{2,8}|Nasdaq|Euronext|Xetra)(?:[- ][A-Z][a-z]+)?\s*:\s*[A-Z0-9.]{1,8}\b"
)
# "ABN 55 604 555 117", "ACN 123 456 789": a company's register number.
REGISTER_NUMBER = r"(?:ABN|ACN|ARBN|CIN|Company (?:No|Number)\.?)\s*:?\s*\d[\d ]{5,18}\d"


def listed_name(name: str, texts: Iterable[str]) -> str:
    """``name`` as a text spells it before its legal form and ticker ("Karrawong
    Rare Earths" for "KARRAWONG RARE EARTHS"; the legal form is left off, as
    sources are named); ``name`` itself when no text lists it so."""
    if not name.strip():
        return name
    pattern = re.compile(
        rf"(?<!\w)({re.escape(name.strip())})(?:,?\s+{LEGAL_FORMS}){{0,2}}(?={TICKER_OPENING})",
        re.IGNORECASE,
    )
    for text in texts:
        found = pattern.search(text)
        if found is not None:
            return found.group(1)
    return name


# Bodies whose name opens with what they are ("Office of Manufacturing and
# Energy Supply Chains", "Bureau of Industry and Security", "Ministry of Mines").
ISSUER_HEADS = words_set(
    """
    office bureau department ministry agency directorate division administration
    secretariat authority committee subcommittee commission
    """
)
_ISSUER_SMALL = frozenset({"of", "for", "and", "the", "&", "on"})


ISSUER_PREFIX_MAX_WORDS = 2


def issuer_core(text: str) -> str | None:
    """ "U.S. Department of the Interior" → "Department of the Interior": a body's
    name alone (its kind, "of", "for" or "on", its remit, every word but the small ones
    a capital's), from its kind on, after up to two words before it ("U.S.",
    "Federal"); None for any other line."""
    words = text.split()
    for start in range(min(ISSUER_PREFIX_MAX_WORDS, max(len(words) - 3, 0)) + 1):
        if words[start].lower() in ISSUER_HEADS:
            break
    else:
        return None
    prefix, core = words[:start], words[start:]
    if prefix and prefix[0].lower() == "the":
        prefix = prefix[1:]
    # ("Subcommittee on Mineral Security": a committee's remit after "on")
    if len(core) < 3 or core[1] not in ("of", "for", "on"):
        return None
    if not all(w[:1].isupper() for w in prefix):
        return None
    if not all(w[:1].isupper() or w in _ISSUER_SMALL for w in core):
        return None
    return " ".join(core)


def is_issuer_name(text: str) -> bool:
    return issuer_core(text) is not None


# A legislature's or a government's banner over the page of one of its bodies
# ("UK Parliament" over "House of Commons Library", "U.S. House of
# Representatives" over "Committee on Energy …"): the body is the publisher.
_PARENT_BANNER = re.compile(
    r"(?:the\s+)?(?:(?:UK|U\.S\.|US|United States|European|Scottish|Welsh|Australian)\s+)?"
    r"(?:Parliament|House of Representatives|Senate|Congress|Government|Bundestag)"
    r"|Government of(?: the)? [A-Z][\w.'’ -]{1,40}",
    re.IGNORECASE,
)
# Words naming a body of such a house or government.
UNIT_WORDS = ISSUER_HEADS | words_set(
    "committee subcommittee library service commission council caucus board institute"
    " court tribunal"
)
UNIT_MAX_WORDS = 10


def is_parent_banner(text: str) -> bool:
    return _PARENT_BANNER.fullmatch(text.strip()) is not None


def is_unit_name(text: str) -> bool:
    """ "House of Commons Library", "Committee on Energy Supply and Strategic
    Materials": a body's name in title case, one of its words a body's kind."""
    words = text.split()
    return (
        0 < len(words) <= UNIT_MAX_WORDS
        and words[0][:1].isupper()
        and not text.rstrip().endswith((".", ":", "?", "!", ","))
        and all(w[:1].isupper() or w.lower() in _ISSUER_SMALL for w in words)
        and any(w.lower() in UNIT_WORDS for w in words)
    )


# The banner is the page's first line (further down, "Government of X" over a
# ministry's name heads a page some other body published).
BANNER_REACH = 1


def unit_under_banner(lines: Sequence[str]) -> str | None:
    """A body's name straight under a legislature's or government's banner on
    the page's first line ("" for a line that is no text)."""
    for index in range(min(BANNER_REACH, len(lines) - 1)):
        if is_parent_banner(lines[index]) and is_unit_name(lines[index + 1]):
            return lines[index + 1].strip()
    return None


# A release's own label, its number after it ("PRESS RELEASE No 187/25",
# "Media release", "Press statement").
_RELEASE_LABEL = re.compile(
    r"(?i)(?:press|news|media) release(?:\s+(?:no\.?|n[°º]|number|#)\s*[\w/.-]+)?|press statement"
)


def issuer_over_release_label(lines: Sequence[str]) -> str | None:
    """ "General Court of the European Union" over "PRESS RELEASE No 187/25": the
    body a release's header names as its issuer ("" for a line that is no text)."""
    for index in range(len(lines) - 1):
        if _RELEASE_LABEL.fullmatch(lines[index + 1].strip()) and is_unit_name(lines[index]):
            return lines[index].strip()
    return None


def issuer_over_headline(lines: Sequence[str]) -> str | None:
    """ "Ministry of Mines" straight over the headline, under a government's
    banner further up ("Government of India"): the ministry a press office
    posts the release for. ``lines`` are those above the headline."""
    if not lines or not lines[-1].strip() or issuer_core(lines[-1].strip()) != lines[-1].strip():
        return None
    banner = any(is_parent_banner(line) for line in lines[:-1])
    return lines[-1].strip() if banner else None
