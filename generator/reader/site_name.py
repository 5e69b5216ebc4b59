"""The site's name at the top of the page, above the headline: the first line
(a masthead, a breadcrumb's first step, "European Commission - Press release"),
else a line further up that reads as an outlet's name or a masthead (never a
menu's entry: `menus`)."""

from __future__ import annotations

import re

from .features import Features
from .headings import ends_with, is_title_cased
from .issuer import issuer_over_headline, issuer_over_release_label, unit_under_banner
from .job_titles import is_role
from .logo_alt import alt_text_name
from .menus import MENU_MAX_WORDS, in_menu, is_menu_run, menu_head
from .names import is_person
from .newspaper_rules import is_market_quote
from .outlets import clean_outlet, is_outlet, is_site_address, url_host
from .publication import AGGREGATORS
from .reading import SITE_NAME_MAX_WORDS, TAGLINE, Reading, names_prose_words
from .words import AGENCIES, is_section_label


def read_site_name(reading: Reading) -> Reading:
    """The site's name on the first line, above the title ("Mining Ledger", the
    first step of a breadcrumb, "European Commission - Press release")."""
    stop = reading.title if reading.title is not None else (reading.lead or 0)
    # The headline printed above itself (the browser's title) names no site.
    title_key = reading.features[reading.title].key if reading.title is not None else None
    first_index = next(
        (
            i
            for i in range(stop)
            if (
                reading.blocks[i].kind == "text"
                or reading.blocks[i].rule in _NAME_RULES
                or _LOGO_ALT.fullmatch(reading.blocks[i].text) is not None
            )
            and reading.features[i].key != title_key
            # ("ASX 200 8,312.4 ▲ 0.62%" over the masthead: a ticker's entry)
            and not is_market_quote(reading.blocks[i].text)
            # ("MSN" over "The Japan Ledger": the app carrying the story)
            and reading.blocks[i].text.strip().lower() not in AGGREGATORS
        ),
        None,
    )
    if first_index is None:
        return reading
    # "UK Parliament" over "House of Commons Library", "Government of India"
    # over "Ministry of Mines": the body under the banner.
    above = [b.text if b.kind == "text" else "" for b in reading.blocks[:stop]]
    unit = unit_under_banner(above[first_index:])
    # A release's issuer in its header (a body under the banner owns the page).
    issuer = issuer_over_release_label(above) or (None if unit else issuer_over_headline(above))
    reading = reading.with_source(ISSUER_LINE_SOURCE, issuer)
    if unit is not None:
        return reading.with_source(SITE_NAME_SOURCE, unit)
    named = _site_name_of(reading, first_index)
    if named is not None:
        return named
    # "Harbourline" over "Harbourline Business logo": the alt text's full name.
    if first_index + 1 < stop:
        blocks = reading.blocks
        alt = alt_text_name(blocks[first_index].text, blocks[first_index + 1].text)
        if alt is not None:
            return reading.with_source(SITE_NAME_SOURCE, alt)
    # Under a ticker or a banner, a menu row that starts with the site's name
    # ("OreTick | Prices | Rare Earths | Charts").
    for index in range(first_index + 1, stop):
        head = menu_head(reading.blocks[index].text)
        if reading.blocks[index].rule == "breadcrumb" and head is not None:
            return reading.with_source(SITE_NAME_SOURCE, head)
    # Further down the page's top, a line that reads as an outlet's name; else,
    # as a last guess, a short name in capitals there (a masthead).
    tops = [
        i
        for i in range(first_index + 1, stop)
        if reading.blocks[i].kind == "text"
        and not is_section_label(reading.blocks[i].text)
        and (not in_menu(reading, i) or _ARTICLE_OUTLET.match(reading.blocks[i].text) is not None)
        and not is_menu_run(reading.blocks[i].text)
    ]
    for index in tops:
        text = _LOGO_WORD.sub("", _masthead_text(reading.blocks[index].text.strip()))
        if is_outlet(text):
            return reading.with_source(SITE_LINE_SOURCE, text)
    for index in tops:
        text = _LOGO_WORD.sub("", reading.blocks[index].text.strip())
        if _masthead(text, reading.features[index]):
            return reading.with_source(MASTHEAD_SOURCE, text)
    return reading


MASTHEAD_MAX_WORDS = 4
# "ABN News Homepage", "Mining Ledger logo": a masthead's link text.
_LOGO_WORD = re.compile(r"(?i)\s+(?:logo|home(?:page)?)$")
# What is cut from the first line to leave the site's name, rewrite by rewrite
# in this order: (pattern, what it leaves).
_MASTHEAD_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "[Ore Street Journal logo]": an image's alt text in brackets.
    (re.compile(r"^\[([^\[\]]{2,60})\]$"), r"\1"),
    # "Mining Herald logo Mining Herald": the logo's alt text, then the link's.
    (re.compile(r"(?i)^(?P<name>.{2,60}?)\s+logo\s+(?P=name)$"), r"\g<name>"),
    # "Logo: Baltic Minerals Today", "Logo of Ore Street": the logo's alt text.
    (re.compile(r"(?i)^(?:(?:site\s+)?logo(?:\s*:|\s+of\b)|image\s*:(?=.*\blogo$))\s*"), ""),
    # "Mining Herald Mining Herald" (the logo's alt text, then its link's).
    (re.compile(r"^(?P<name>\S.{1,60}?)\s+(?P=name)$"), r"\g<name>"),
    # "Home - Mining Herald" (the home page's title).
    (re.compile(r"(?i)^home\s+[-–|]\s+(?=\S)"), ""),
    # "Published in Metal Musings": a blogging platform's publication.
    (re.compile(r"^[Pp]ublished in\s+(?=[A-Z])"), ""),
)


def _masthead_text(text: str) -> str:
    """The first line with its logo's words, its repeat and its labels cut."""
    for pattern, left in _MASTHEAD_REWRITES:
        text = pattern.sub(left, text)
    return text


def _masthead(text: str, feats: Features) -> bool:
    return (
        2 <= feats.words <= MASTHEAD_MAX_WORDS
        and feats.stop_density == 0
        and is_title_cased(text)
        and not ends_with(text, ".!?:,;")
        and not is_person(text)
    )


SITE_NAME_SOURCE = 7
# The issuer a release's header names (over its label, over the headline).
ISSUER_LINE_SOURCE = 3
SITE_LINE_SOURCE = 8
MASTHEAD_SOURCE = 12


def _site_name_of(reading: Reading, first_index: int) -> Reading | None:
    """The reading with the first line's site name as a source; None when the
    line names no site."""
    first = reading.blocks[first_index]
    text = first.text.strip()
    if first.rule == "press_release_label":
        head = text.rsplit(" - ", 1)[0].strip()
        return reading.with_source(SITE_NAME_SOURCE, head) if " - " in text else None
    if first.rule == "breadcrumb":
        head = _first_crumb(text)
        if head and not is_section_label(head) and len(head.split()) <= 4 and head[:1].isupper():
            return reading.with_source(SITE_NAME_SOURCE, head)
        return None
    # "mining.com": a site's address alone is its name; a page's, its host.
    if is_site_address(text):
        return reading.with_source(SITE_NAME_SOURCE, clean_outlet(text))
    host = url_host(text)
    if host is not None:
        return reading.with_source(SITE_NAME_SOURCE, host)
    text = _masthead_text(text)
    # "The Mining Ledger — news for the metals trade": the name before its tagline.
    parts = TAGLINE.split(text, maxsplit=1)
    tagline = len(parts) == 2 and parts[1][:1].islower()
    text = _LOGO_WORD.sub("", parts[0].strip())
    if ends_with(text, ".!?:,;"):
        return None
    words = text.split()
    if not 1 <= len(words) <= SITE_NAME_MAX_WORDS or is_section_label(text):
        return None
    if is_person(text) and not (
        tagline
        or _over_navigation(reading, first_index)
        or _camel(text)
        or _not_a_writer(reading, text)
    ):
        return None
    # "LinkedIn", "Mining.com", "Reuters": one word that is a name.
    camel = len(words) == 1 and (
        any(c.isupper() for c in text[1:]) or is_outlet(text) or text.lower() in AGENCIES
    )
    # ("the Daily Clarion": a masthead may set its article in lower case)
    if is_title_cased(_LOWER_ARTICLE.sub("", text)) and (len(words) >= 2 or camel):
        return reading.with_source(SITE_NAME_SOURCE, text)
    return None


_LOWER_ARTICLE = re.compile(r"^the\s+(?=[A-Z])")
# "The Northern Ledger" between "Sign in" and "News": a paper's name, not a
# menu entry.
_ARTICLE_OUTLET = re.compile(r"^The\s+[A-Z]\w+\s+[A-Z]\w+$")


# Lines of a menu under a masthead: a name shaped like a person's ("Economic
# Pulse", "Rhein Markt Zeitung") over them is the site's, not a writer's.
MENU_MIN_LINES = 2


def _over_navigation(reading: Reading, index: int) -> bool:
    """The line stands over the page's navigation: a breadcrumb or menu row, two
    short chrome lines or more, or a tagline in lower case."""
    following = range(index + 1, min(index + 1 + MENU_MIN_LINES, len(reading.blocks)))
    if not following or (reading.title is not None and following[0] >= reading.title):
        return False
    first = reading.blocks[following[0]]
    if reading.labels[following[0]] == "chrome" and first.kind != "text":
        return True
    if first.kind == "text" and (first.text[:1].islower() or is_tagline(first.text)):
        return True
    return len(following) == MENU_MIN_LINES and all(
        reading.labels[i] == "chrome"
        and reading.blocks[i].kind == "text"
        and reading.features[i].words <= MENU_MAX_WORDS
        for i in following
    )


# A site's tagline under its name ("Notes on magnets, motors and the metals
# behind them"): mostly small and common words, no job title, no full stop.
TAGLINE_MIN_WORDS = 4
TAGLINE_MAX_WORDS = 14
TAGLINE_LOWER_SHARE = 0.5


def is_tagline(text: str) -> bool:
    """A line shaped like a site's tagline, not like a writer's job title."""
    words = text.split()
    if not TAGLINE_MIN_WORDS <= len(words) <= TAGLINE_MAX_WORDS or ends_with(text, ".!?:;"):
        return False
    if any(c.isdigit() for c in text) or is_role(text):
        return False
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return lower >= TAGLINE_LOWER_SHARE * len(words)


def _not_a_writer(reading: Reading, text: str) -> bool:
    """A name-shaped first line that is no person's: the story writes its words
    in lower case ("Critical Minerals Insight" over "critical minerals"), or a
    byline names someone else."""
    author = reading.meta.author
    if author is not None and text.casefold() not in author.casefold():
        return True
    return names_prose_words(reading, text)


def _camel(text: str) -> bool:
    """ "RareRock Investor": a capital inside a word after two small letters, as
    brands are spelled and people's names ("McKay") are not."""
    return re.search(r"[a-z]{2}[A-Z]", text) is not None


# Rules whose line may be the site's name: a one-word name with capitals
# inside ("LinkedIn") reads like a share button; a breadcrumb's first step; a
# page's address.
# "Image: Mining Herald logo": a logo's alt text under its label (a caption's shape).
_LOGO_ALT = re.compile(r"(?i)image\s*:\s*.{2,60}\s+logo")
_NAME_RULES = frozenset({"share_buttons", "breadcrumb", "press_release_label", "email_or_url"})


def _first_crumb(text: str) -> str:
    for separator in ("›", "»", ">", "/", "|"):
        if separator in text:
            return text.split(separator, 1)[0].strip()
    return ""
