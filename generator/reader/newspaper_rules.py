"""Line rules for a newspaper's own furniture around a story: a metered
paywall's notices and pitches, an opinion page's notice, the print edition's
line, contributors' and "Reporting from" lines, a weather line, a strip of
market data, a menu run together on one row, a photo credit glued to its
caption, a gallery's buttons and a live entry's "From NAME in PLACE" credit."""

from __future__ import annotations

import re

from .line_rule import LineRule, rules_of_kind
from .names import is_person
from .words import is_section_label

# A capitalised name of one to four words ("Thomas Hadley", "Mei Lin Zhou").
_NAME = r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"


def _names_piece(text: str) -> bool:
    return all(is_person(name) for name in re.split(r",\s*|\s+and\s+", text) if name)


# "From Rhiannon Sykes in Geneva", "From Global Wire Daily's markets team": who
# filed one entry of a live page, on a line of its own.
_ENTRY_CREDIT = re.compile(
    rf"From (?P<who>{_NAME}(?:(?:,\s*| and ){_NAME})*)(?P<team>['’]s (?:\w+ ){{0,2}}(?:team|desk|staff|bureau))?"
    r"(?: in [A-Z][\w .,'’-]{1,40})?"
)


def is_entry_credit(text: str) -> bool:
    """A live entry's credit line: "From" and a writer's name (or a team's), and
    perhaps a place; never a heading "From Mine to Magnet"."""
    found = _ENTRY_CREDIT.fullmatch(text)
    if found is None:
        return False
    return found["team"] is not None or _names_piece(found["who"])


# "FTSE 100 9,412.6 +0.35%", "DOW 44,102.35 ▲ 0.41%", "NdPr oxide CNY 612,500/t +2.4%":
# an index or a price, its level and its move.
_QUOTE = re.compile(
    r"[A-Z][\w&./ -]{0,24}?\s+(?:[A-Z]{3}\s+)?(?:[A-Z]{1,2}(?=\$))?[$€£¥]?\s?[\d,]+(?:\.\d+)?(?:/\w+)?"
    r"\s*(?:[▲▼△▽↑↓]\s*)?[+−–-]?\s*\d+(?:[.,]\d+)?\s*%"
)
MARKET_STRIP_MIN_QUOTES = 2
MARKET_STRIP_COVER = 0.7
# Spaces and the marks between a strip's entries.
_GAPS = re.compile(r"[\s|·•]+")


def _covered_quotes(text: str) -> int:
    """How many index or price quotes the line holds when they are most of it
    (0 when anything else covers more than the rest)."""
    quotes = _QUOTE.findall(text)
    covered = sum(len(_GAPS.sub("", q)) for q in quotes)
    return len(quotes) if covered >= MARKET_STRIP_COVER * len(_GAPS.sub("", text)) else 0


def is_market_strip(text: str) -> bool:
    """A strip of market data: two indices or prices and more, each with its
    level and its move, and little else on the line."""
    return _covered_quotes(text) >= MARKET_STRIP_MIN_QUOTES


def is_market_quote(text: str) -> bool:
    """One index or price with its level and its move, alone on its line ("ASX
    200 8,312.4 ▲ 0.62%"): a ticker's entry, never a site's name."""
    return _covered_quotes(text) >= 1


# Sections a newspaper's menu lists beside the ones every site has.
_NEWSPAPER_SECTIONS = frozenset(
    {
        "arts",
        "books",
        "cooking",
        "food",
        "style",
        "travel",
        "weather",
        "obituaries",
        "crosswords",
        "games",
        "wellness",
        "realestate",
        "cars",
        "jobs",
        "u.s.",
        "n.y.",
        "nation",
        "entertainment",
        "showbiz",
    }
)
MENU_ROW_MIN_WORDS = 6
MENU_ROW_SECTION_SHARE = 0.8


def is_menu_row(text: str) -> bool:
    """ "U.S. World Business Politics Opinion Tech Climate Sports Arts Cooking":
    six capitalised words and more on one row, nearly all of them sections'
    names (a headline of six title-cased words says something else)."""
    words = text.split()
    if len(words) < MENU_ROW_MIN_WORDS or not all(w[:1].isupper() for w in words):
        return False
    sections = sum(w.lower() in _NEWSPAPER_SECTIONS or is_section_label(w) for w in words)
    return sections >= MENU_ROW_SECTION_SHARE * len(words)


NEWSPAPER_RULES: tuple[LineRule, ...] = rules_of_kind(
    "boilerplate",
    # "You have a preview view of this article while we are checking your access."
    (
        "paywall_notice",
        r"you (?:have|are (?:viewing|reading)) a preview(?: view)? of this (?:article|story)\b.{0,200}"
        r"|.{0,80}\bwhile we (?:are )?(?:check|confirm|verify)(?:ing)? your (?:access|subscription)\b.{0,160}",
    ),
    # "Want all of The Ledger? Subscribe for $1 a week. Cancel anytime.",
    # "Subscribe from £5 a month" in the menu.
    (
        "subscribe_pitch",
        r"(?:want|get) (?:all|more|unlimited access to)(?: of)? .{2,60}\?\s*subscribe\b.{0,100}"
        r"|subscribe (?:now |today )?(?:for|from) (?:just |only )?[$€£]\s?\d.{0,80}",
    ),
    # "Unlock the Editor's Digest for free" and its pitch: "The editor selects
    # her favourite stories in this weekly newsletter."
    (
        "newsletter_pitch",
        r"unlock (?:the |our )?.{2,40}? for free\W*"
        r"|.{0,100}\b(?:selects|picks|chooses|rounds up|brings you|delivers)\b.{0,60}"
        r"\b(?:in|with) (?:this|our|a) (?:free )?(?:\w+ )?newsletter\W*",
    ),
    # "This content is opinion. Views expressed are the author's own."
    (
        "opinion_notice",
        r"this (?:content|article|piece|column|story) is (?:an? )?(?:opinion|commentary)\b.{0,120}"
        r"|.{0,80}\bviews expressed (?:here )?are (?:the |those of the )?(?:author|writer)['’]?s?(?: own)?\W*",
    ),
    # "A version of this article appears in print on Dec. 6, 2026, Section B, Page 1 …",
    # "Appeared in the December 5, 2026, print edition as 'Ohio Plant On Hold'.".
    (
        "print_edition",
        r"(?:a version of )?this (?:article|story|column) appears in print\b.{0,300}"
        r"|(?:(?:a version of )?this (?:article|story|column) )?appeared in (?:the )?.{0,40}"
        r"\bprint edition\b.{0,200}",
    ),
    # "Thomas Hadley contributed reporting from Detroit.", "Contributing: Associated Press".
    (
        "contributed_from",
        rf"{_NAME}(?:(?:,\s*|,? and ){_NAME})* contributed (?:reporting|research)\b.{{0,100}}"
        r"|contributing\s*:\s*\S.{1,100}",
    ),
    # "Reporting from Washington" under the byline (not a sentence: no stop).
    ("reporting_from", r"reporting from (?-i:[A-Z])[^.!?]{1,50}"),
    ("print_paper", r"today['’]s (?:paper|print edition)|e-?edition|e-?newspaper|print edition\W*"),
    # "This article is for subscribers only.", "Log in or create a free account to
    # continue reading.", "We are having trouble retrieving the article content."
    (
        "subscriber_gate",
        r"this (?:article|story|content) is (?:only )?(?:for|available to) (?:paid |digital )?"
        r"(?:subscribers|members)(?: only)?\W*"
        r"|(?:log|sign) in or (?:create|register for) an? (?:free )?account to (?:continue|keep) reading\b.{0,60}"
        r"|we(?:['’]re| are) having trouble retrieving the article content\b.{0,120}",
    ),
    # "Support independent journalism", "Become a member", "Donate".
    (
        "support_pitch",
        r"support (?:independent|local|quality|our) (?:journalism|reporting|news)\W*"
        r"|become a (?:member|subscriber|supporter)\W*"
        r"|donate(?: now| today)?\W*",
    ),
    ("main_story", r"(?:continue reading|skip to|back to) (?:the )?main story\W*"),
    ("supported_by", r"supported by\W*"),
    # "Leer en español", "Read in English": a page's other language.
    (
        "language_switch",
        r"(?:leer|léalo) en español|lire en français|auf deutsch lesen|read (?:this )?in (?:english|spanish|chinese|french|german|japanese)\W*",
    ),
    ("picture_button", r"image|caption|expand|enlarge\W*"),
    ("editors_picks", r"editors['’]? picks|trending in .{2,40}|most popular in .{2,40}"),
    ("topic_button", r"add (?:this )?topic\W*"),
    (
        "gallery_buttons",
        r"view all \d+ (?:photos|images|pictures)\W*|buy (?:now|this photo|photo)\W*",
    ),
    # "43°F Cloudy | Enid, OK": the temperature first, then the place.
    (
        "weather_line",
        r"-?\d{1,3}\s*°\s*[CF]?(?:\s+(?-i:[A-Z][a-z]+)(?: [a-z]+)?)?"
        r"(?:\s*[|·,–-]\s*(?-i:[A-Z])[\w .,'’-]{1,40})?",
    ),
    ("entry_credit", is_entry_credit),
    ("market_strip", is_market_strip),
    ("menu_row", is_menu_row),
)

# "… made in China.Credit...Ruth Abernathy for The Ledger": a caption with its
# credit glued on after "Credit...".
GLUED_CREDIT_RULES: tuple[LineRule, ...] = rules_of_kind(
    "caption",
    ("glued_credit", r".{10,400}?[.!?”\"’)\w](?-i:Credit|Photo)(?:\.{3}|…)\s*\S.{1,80}"),
    # "Credit...Jane Doe for The Ledger" on a line of its own.
    ("credit_dots", r"(?-i:Credit|Photo)(?:\.{3}|…)\s*\S.{1,80}"),
)

# Of these rules, the ones that read a line of any length.
NEWSPAPER_ANY_LENGTH = frozenset(
    {"paywall_notice", "print_edition", "glued_credit", "market_strip"}
)
