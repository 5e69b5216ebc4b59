"""Publications' and agencies' names: what one looks like, and how it is
cleaned of copyright marks, staff words and legal forms."""

from __future__ import annotations

import re

from generator.extract.lexicon import is_place

from ..wordlist import words_set
from .words import AGENCIES, AGENCY_NAMES, DISTRIBUTORS, OUTLET_WORDS, ROLE_WORDS, SMALL_WORDS


def is_outlet(text: str) -> bool:
    """A publication's or agency's name: "Reuters", "The Mining Ledger", "Kitco News"."""
    words = text.split()
    if not 1 <= len(words) <= 6 or text.endswith((".", "!", "?")):
        return False
    if len(words) == 1 and is_site_address(text):
        return True
    # "Agence France-Presse", "The Associated Press": an agency's full name.
    if re.sub(r"(?i)^the\s+", "", text).lower() in AGENCY_NAMES:
        return True
    lowered = [w.lower().strip(".,()") for w in words]
    # "in News" (a post filed in a section): a name starts with no preposition.
    if lowered[0] in _LEADING_PREPOSITIONS:
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _JOINERS for w in words):
        return False
    # "MiningWire", "MetalsDaily": an outlet's words run together.
    lowered += [part.lower() for w in words for part in _CAMEL_PART.findall(w)[1:]]
    # ("BRUSSELS" after a date is a dateline's place, not a wire's name)
    return any(w in OUTLET_WORDS or w in AGENCIES for w in lowered) or (
        len(words) == 1
        and ((text.isupper() and not is_place(text.capitalize())) or text.lower() in AGENCIES)
    )


_LEADING_PREPOSITIONS = frozenset(
    {"in", "on", "at", "for", "from", "by", "via", "with", "to", "of"}
)
# Words a name's capitalised words are joined by: "Metals & Markets Review".
_JOINERS = SMALL_WORDS | {"&"}


# A site named by its address: "Mining.com", "chinadaily.com.cn".
_DOMAIN = re.compile(
    r"(?:[\w-]+\.)+(?:com|net|org|news|info|io|co|biz)(?:\.[a-z]{2})?", re.IGNORECASE
)


def is_site_address(text: str) -> bool:
    """ "mining.com", "chinadaily.com.cn": a site's address, which names the site."""
    return _DOMAIN.fullmatch(text) is not None


# The capitalised parts of a run-together name, "MiningWire" → "Mining", "Wire".
_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


# "Mining Ledger Staff", "Asia Desk newsroom"; a singular "Reporter" ends a
# publication's own name ("The Capitol Trade Reporter").
_STAFF = re.compile(
    r"(?i)[\s,]+(?:staff(?:\s+(?:reporters?|writers?))?|reporters|team|newsroom|newsdesk|bureau|editors"
    r"|contributors?|columnists?"
    r"|editorial(?:\s+(?:team|board|staff))?)$"
)


def staff_outlet(text: str) -> str | None:
    """ "Mining Insight Editorial Team", "Ore Street Staff": a publication signing
    as its newsroom; the publication's name, when the rest is shaped like one."""
    if _STAFF.search(text) is None:
        return None
    name = clean_outlet(text)
    named = any(w.lower() not in SMALL_WORDS for w in name.split())
    return name if named and is_outlet_shaped(name) else None


_URL = re.compile(r"(?i)https?://(?:www\d?\.)?(?P<host>[\w.-]+\.[a-z]{2,})(?:[/?#]\S*)?")


def url_host(text: str) -> str | None:
    """The host of a page's address, without "www."; None for other text."""
    match = _URL.fullmatch(text.strip())
    return match["host"].lower() if match is not None else None


_EDITION = re.compile(
    r"(?i)\s*[-–|(]?\s*\b(?:english|international|global|asia|europe|us|uk|online|digital)"
    r"[- ](?:edition|version)\)?$"
)


def without_edition(name: str) -> str:
    """ "Wirtschaftskurier English Edition" → "Wirtschaftskurier"; an agency by
    its short name ("Bloomberg News" → "Bloomberg")."""
    name = _EDITION.sub("", name).strip() or name
    return AGENCY_SHORT_NAMES.get(name.lower(), name)


_PUBLISHED_IN = re.compile(r"^(?:[Pp]ublished|[Pp]osted) in\s+(?=[A-Z])")


_VIA = re.compile(r"(?<=\S)\s+via\s+[A-Z].*$")


def clean_outlet(text: str) -> str:
    """ "Copyright © 2025 The Trade Wire. All rights reserved." → "The Trade Wire",
    "Mining Ledger Staff" → "Mining Ledger"."""
    # "https://www.mining.com/web/…": a page's address names the site by its host.
    host = url_host(text)
    if host is not None:
        return host
    # "www.oreobserver.com.au": a site's address without its "www.".
    if is_site_address(text.strip()):
        return re.sub(r"(?i)^www\d?\.", "", text.strip())
    text = _STAFF.sub("", text.strip())
    # "Wirtschaftskurier English Edition": the paper, not its edition.
    text = _EDITION.sub("", text)
    # "Published in Supply Side Notes": a blogging platform's publication.
    text = _PUBLISHED_IN.sub("", text)
    # "Steppe Mining News (link)": a link's label after the name.
    text = _LINK_LABEL.sub("", text)
    # "Nordic Metals Wire via Baltic Business Daily": the outlet that wrote it,
    # not the one that passed it on.
    text = _VIA.sub("", text)
    # "Reuters/ab": an editor's initials after the wire's name.
    text = re.sub(r"(?<=[A-Za-z])/[a-z]{1,4}$", "", text)
    text = re.sub(r"(?i)\ball rights reserved\b.*", "", text)
    # "… Pty Ltd ACN 123 456 789": a company's registration number.
    text = _REGISTRATION.sub("", text)
    # "… and its licensors", "… or its affiliates": who else holds the rights.
    text = re.sub(
        r"(?i)\s+(?:or|and) its (?:affiliate(?:s|d companies)|licensors|partners|subsidiaries)\b.*",
        "",
        text,
    )
    text = re.sub(r"(?i)^\s*(?:copyright|\(c\)|©|ⓒ)\s*", "", text)
    text = re.sub(r"^[\s©ⓒ\d,–-]*", "", text)
    # "© EUROMAG 2011–2025": the years of its copyright after the name.
    text = re.sub(r"(?<=\S)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$", "", text)
    # "Mining Monitor Pty Ltd 2025": a year and two legal forms at most.
    for _ in range(LEGAL_FORM_PASSES):
        text = _strip_legal_form(text)
    # "Dow Jones & Company, Inc.": the joiner the legal form leaves behind.
    text = re.sub(r"(?<=\S)\s+(?:&|and)\s*$", "", text)
    # "first appeared in the Capitol Trade Reporter": an article in lower case
    # belongs to the sentence, not to the name ("The Ore Notebook" keeps its own).
    text = re.sub(r"^the\s+(?=[A-Z])", "", text.strip())
    # "The Associated Press": an agency goes by its name without the article;
    # "Bloomberg News", "Kyodo News": by its short name.
    if re.sub(r"(?i)^the\s+", "", text).lower() in AGENCY_NAMES:
        text = re.sub(r"(?i)^the\s+", "", text)
    text = AGENCY_SHORT_NAMES.get(text.strip(" .,;:").lower(), text)
    return text.strip(" .,;:")


LEGAL_FORM_PASSES = 3
_LINK_LABEL = re.compile(r"(?i)\s*[(\[](?:link|url|website|here|source)[)\]]$")
# Agencies whose full name adds only "News" or "News Agency" to the name they go by.
AGENCY_SHORT_NAMES = {
    "bloomberg news": "Bloomberg",
    # (the agency's owner, in its copyright line: "Copyright 2026 Thomson Reuters")
    "thomson reuters": "Reuters",
    "kyodo news": "Kyodo",
    "yonhap news agency": "Yonhap",
    "xinhua news agency": "Xinhua",
}
_REGISTRATION = re.compile(
    r"(?i)[\s,]+(?:acn|abn|arbn|cin|crn|uen|company (?:no|number)|reg(?:istration)?\.? no)\.?:?\s*[\d\s]+$"
)


def _strip_legal_form(text: str) -> str:
    """The legal form off, unless it is part of a one-word name ("Fast Company")."""
    found = _LEGAL_FORM.search(text)
    if found is None:
        return text
    head = text[: found.start()]
    generic = found.group(0).strip(" ,.").lower() in ("company", "co")
    return text if generic and len(head.split()) < 2 else head


# The legal form after a publisher's name: "The National Ledger Company",
# "LinkedIn Corporation", "Geneva Trade Brief Sàrl", "Metals Wire Ltd".
_LEGAL_FORM = re.compile(
    r"(?i)(?<=\S)[\s,]+(?:\d{4}|ltd|limited|inc|llc|plc|l\.p\.?|lp|gmbh|corp|corporation|company"
    r"|co|s\.?a\.?r\.?l|sàrl|s\.a|sa|ag|bv|b\.v|nv|n\.v|pty|pte|pvt|private|oy|ab|as|k\.k)\.?\s*$"
)


def is_distributor(name: str) -> bool:
    return name.lower().strip("/ ") in DISTRIBUTORS


def distributor_name(name: str) -> str:
    """ "PRNewswire" → "PR Newswire": a distributor by the name it goes by."""
    return DISTRIBUTORS.get(name.lower().strip("/ "), name)


AGENCY_PLACE_MAX_WORDS = 3


def agency_line(text: str) -> str | None:
    """ "Press Trust of India  New Delhi", "Reuters London", "AFP": a news
    agency's name on a line of its own, before at most a place; the name."""
    words = text.split()
    for name in (*AGENCY_NAMES, *AGENCIES):
        size = len(name.split())
        if " ".join(words[:size]).lower().strip(",") != name:
            continue
        place = words[size:]
        if len(place) <= AGENCY_PLACE_MAX_WORDS and all(w[:1].isupper() for w in place):
            return " ".join(words[:size]).strip(",")
    return None


# Publications that speak in their own name in their analyses ("REEx sees the
# deal as…", "REEx urges…"): the short name, and the publication's full name.
HOUSE_VOICES: dict[str, str] = {"REEx": "Rare Earth Exchanges"}
_VOICE_VERBS = (
    r"sees|urges|believes|expects|warns|notes|thinks|views|argues|suggests|recommends"
    r"|cautions|maintains|considers|would|will|has|is"
)
_HOUSE_VOICE = re.compile(
    r"\b(?P<name>" + "|".join(map(re.escape, HOUSE_VOICES)) + r")\s+(?:" + _VOICE_VERBS + r")\b"
)


def house_voice(text: str) -> str | None:
    """The publication whose own voice the text is ("REEx urges…"), if any."""
    match = _HOUSE_VOICE.search(text)
    return HOUSE_VOICES[match["name"]] if match is not None else None


OUTLET_SHAPED_MAX_WORDS = 6


def is_outlet_shaped(text: str) -> bool:
    """An outlet's name, or a short name in title case that may be one."""
    words = text.split()
    return is_outlet(text) or (
        0 < len(words) <= OUTLET_SHAPED_MAX_WORDS
        and all(w[:1].isupper() or w.lower() in _JOINERS for w in words)
        and not text.endswith((".", "!", "?"))
    )


# Lines only one agency prints under its stories, named for that agency: its
# standards pledge ("Our Standards: The Thomson Reuters Trust Principles.").
HOUSE_LINES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)^(?:our standards:\s*)?the thomson reuters trust principles\.?$"), "Reuters"),
)


def house_line(text: str) -> str | None:
    """The agency whose own standing line this is, if any."""
    return next((name for pattern, name in HOUSE_LINES if pattern.match(text.strip())), None)


# The last words of a company that owns a paper ("Lakeshore Tribune Media
# Group", "Clarion Newspapers"): its name in a © line is the owner's, not the
# masthead's.
OWNER_WORDS = words_set(
    "group media newspaper newspapers company holding holdings publishing publications networks communications enterprises"
    " ventures"
)


def outlet_of_job(text: str) -> str | None:
    """ "Harbour Gazette reporter", "Reuters senior correspondent": an outlet's
    name, then the job its writer holds there, in lower case; the outlet
    ("Consumer Affairs Editor" is a job title, its beat no outlet)."""
    words = text.split()
    cut = len(words)
    while cut > 1 and words[cut - 1].islower() and words[cut - 1].strip(".,") in ROLE_WORDS:
        cut -= 1
    head = " ".join(words[:cut])
    if cut == len(words) or any(w.lower() in ROLE_WORDS for w in words[:cut]):
        return None
    return clean_outlet(head) if is_outlet(head) else None


def owns_masthead(owner: str, masthead: str) -> bool:
    """ "Lakeshore Tribune Media Group" beside "The Lakeshore Tribune", "Clarion
    Newspapers" beside "the Daily Clarion": a company named for the paper it
    publishes (a word of the masthead's own, beside the outlet's words)."""
    owner_words = [w.strip(".,").lower() for w in owner.split()]
    if (
        not owner_words
        or owner_words[-1] not in OWNER_WORDS
        or owner.casefold() == masthead.casefold()
    ):
        return False
    own = {
        w.strip(".,").lower()
        for w in masthead.split()
        if w.lower() not in SMALL_WORDS and w.lower() not in OUTLET_WORDS
    }
    return bool(own & set(owner_words))
