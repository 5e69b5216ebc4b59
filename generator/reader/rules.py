"""The plain-text reader's rules, declared as data so that a new site's chrome
or a new heading style is one more entry in a tuple, not a new branch.

Line rules classify one physical line; inline rules strip phrases from inside a
line; the metadata, dateline, heading and analysis rules read short lines.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

LineKind = Literal[
    "blank",
    "ignored",
    "separator",
    "chrome_start",
    "share_start",
    "boilerplate",
    "highlights_header",
    "bullet",
    "meta",
    "text",
]
LineTest = Callable[[str], bool]


@dataclass(frozen=True)
class LineRule:
    """A named test on one stripped line, and the kind of line it makes."""

    name: str
    kind: LineKind
    test: LineTest


@dataclass(frozen=True)
class PatternRule:
    """A named regex, for rules that find something inside a line."""

    name: str
    pattern: re.Pattern[str]


class WholeLine:
    """A test that the whole line matches ``pattern``, ignoring case."""

    __slots__ = ("pattern", "regex")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern, re.IGNORECASE)

    def __call__(self, text: str) -> bool:
        return self.regex.fullmatch(text) is not None


def whole_line(pattern: str) -> WholeLine:
    return WholeLine(pattern)


# --- Inline boilerplate -------------------------------------------------------

INLINE_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "opens_in_new_tab",
        re.compile(r"\s*\((?:opens?|opening) in (?:a )?new (?:tab|window)\)", re.IGNORECASE),
    ),
    PatternRule(
        "link_is_external",
        re.compile(r"\s*\((?:link is external|external link)\)", re.IGNORECASE),
    ),
)

# After a removed phrase, no space is needed before these.
_TIGHT_AFTER = ",.;:!?)]}”’»"


def _joiner(match: re.Match[str]) -> str:
    following = match.string[match.end() : match.end() + 1]
    return "" if not following or following.isspace() or following in _TIGHT_AFTER else " "


def strip_inline_boilerplate(text: str) -> str:
    """Remove every inline rule's phrase, leaving one space (or none) behind."""
    for rule in INLINE_RULES:
        text = rule.pattern.sub(_joiner, text)
    return text


# --- Line rules ---------------------------------------------------------------

# A comments region: the article is over, whatever comes before it.
COMMENTS_START_RULES: tuple[LineRule, ...] = (
    LineRule("leave_a_reply", "chrome_start", whole_line(r"leave a (?:reply|comment|response)\W*")),
    LineRule(
        "comment_count",
        "chrome_start",
        whole_line(r"\d+\s+(?:comments?|responses?|replies|thoughts? on\b.*)"),
    ),
    LineRule(
        "comments_header",
        "chrome_start",
        whole_line(r"(?:comments?|join the (?:conversation|discussion)|post navigation)\s*:?"),
    ),
)

# Share and related-links widgets: trailing chrome once body text has been seen,
# but some sites also put them under the title, where they are a single line.
SHARE_START_RULES: tuple[LineRule, ...] = (
    LineRule("spread_the_word", "share_start", whole_line(r"spread the word\W*")),
    LineRule(
        "share_this",
        "share_start",
        whole_line(r"share (?:this|the story|this (?:article|story|post|page))\s*:?"),
    ),
    LineRule("like_this", "share_start", whole_line(r"like this\s*:?")),
    LineRule(
        "related_posts",
        "share_start",
        whole_line(r"related (?:posts|articles|stories|reading|news|content|coverage)\s*:?"),
    ),
    LineRule(
        "you_may_also_like",
        "share_start",
        whole_line(r"you (?:may|might) also (?:like|enjoy|be interested in)\s*:?"),
    ),
    LineRule("about_the_author", "share_start", whole_line(r"about the author\s*:?")),
)

# Single lines of site furniture, dropped wherever they appear.
BOILERPLATE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "categories",
        "boilerplate",
        whole_line(r"(?:categories|category|tags|tagged|topics|filed under)\s*:.*"),
    ),
    LineRule("posted_in", "boilerplate", whole_line(r"posted in\b.*")),
    LineRule(
        "email_not_published",
        "boilerplate",
        whole_line(r"your email(?: address)? will not be published.*"),
    ),
    LineRule("required_fields", "boilerplate", whole_line(r"required fields are marked.*")),
    LineRule("cancel_reply", "boilerplate", whole_line(r"cancel reply")),
    LineRule("click_to_share", "boilerplate", whole_line(r"click to (?:share|print|email)\b.*")),
    LineRule("share_on", "boilerplate", whole_line(r"share (?:on|via|to) [\w. ]{1,30}")),
    LineRule(
        "share_buttons",
        "boilerplate",
        whole_line(
            r"(?:share|tweet|print|email|e-mail|facebook|twitter|x|linkedin|whatsapp|reddit"
            r"|telegram|pinterest|copy link|copy url)"
        ),
    ),
    LineRule(
        "newsletter",
        "boilerplate",
        whole_line(
            r"(?:subscribe|sign up)\b.*\b(?:newsletters?|updates|alerts|inbox)\b.*"
            r"|subscribe(?: now| today)?\W*"
        ),
    ),
    LineRule(
        "advertisement",
        "boilerplate",
        whole_line(
            r"(?:advertisement|advertising|ad|sponsored(?: content)?"
            r"|story continues (?:below|after) (?:this )?advertisement)\W*"
        ),
    ),
    LineRule(
        "cookie_notice",
        "boilerplate",
        whole_line(
            r"(?:we use cookies|this (?:web)?site uses cookies|by continuing to (?:use|browse)"
            r"|(?:accept|reject|manage)(?: all)? cookies|cookie (?:policy|settings|preferences))"
            r".*"
        ),
    ),
    LineRule("skip_to_content", "boilerplate", whole_line(r"skip to (?:main )?content")),
    LineRule(
        "read_more",
        "boilerplate",
        whole_line(
            r"(?:read more|read also|also read|read next|see also|related)\s*:.*"
            r"|(?:read more|continue reading)\W*"
        ),
    ),
    LineRule(
        "photo_credit",
        "boilerplate",
        whole_line(
            r"(?:photo|image|picture|graphic)s?(?: credit)?\s*:.*"
            r"|(?:photo|image) (?:by|courtesy of)\b.*"
        ),
    ),
    LineRule(
        "wire_credit",
        "boilerplate",
        whole_line(r"\((?:additional )?(?:reporting|writing|editing|compiled) by\b.*\)"),
    ),
    LineRule("loading", "boilerplate", whole_line(r"loading\W*")),
)

HIGHLIGHTS_HEADERS: tuple[str, ...] = (
    "highlights",
    "key highlights",
    "key takeaways",
    "takeaways",
    "key points",
    "main points",
    "at a glance",
    "summary",
    "in brief",
    "in short",
    "tl;dr",
    "what you need to know",
)

BULLET = re.compile(r"(?:[•▪◦‣●·■►\-*–]|\d{1,2}[.)])\s+(?P<item>\S.*)")


def is_bullet(text: str) -> bool:
    return BULLET.fullmatch(text) is not None


def bullet_item(text: str) -> str:
    """The bullet's text without its glyph or number; ``text`` if not a bullet."""
    match = BULLET.fullmatch(text)
    return match["item"] if match else text


# --- Metadata: bylines and date lines ------------------------------------------


@dataclass(frozen=True)
class Meta:
    """What a metadata line says; any field may be missing."""

    author: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None


def merge_meta(first: Meta, second: Meta) -> Meta:
    """Fields of ``first`` win; ``second`` fills the gaps."""
    return replace(
        first,
        author=first.author or second.author,
        published=first.published or second.published,
        updated=first.updated or second.updated,
    )


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE_FORMS = (
    rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})",
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH}),?\s+(?P<year>\d{{4}})",
    r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})",
)
_LABEL = (
    r"(?:(?P<label>first published|published|posted|last updated|last modified|updated"
    r"|modified|date)(?:\s+on)?\s*:?\s*)?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = (
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?)?"
    r"|T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_POSTED_BY = r"(?:,?\s+by\s+(?P<name>.+))?"
DATE_LINE_FORMS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(_LABEL + _WEEKDAY + form + _TIME + _POSTED_BY, re.IGNORECASE) for form in _DATE_FORMS
)
UPDATED_LABELS = frozenset({"updated", "last updated", "last modified", "modified"})

_BYLINE = re.compile(r"(?:written\s+|words\s+)?by:?\s+(?P<rest>.+)", re.IGNORECASE)
_META_SEPARATOR = re.compile(r"\s*\|\s*|\s+[·•—–-]\s+")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*")
NAME_PARTICLES = frozenset(
    {"and", "&", "de", "da", "di", "del", "van", "von", "der", "den", "la", "le", "du", "bin"}
)
MAX_NAME_TOKENS = 8
MAX_SOURCE_WORDS = 5
MAX_META_CHARS = 160


def _month_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    name = token.lower().rstrip(".")[:3]
    return _MONTHS.index(name) + 1 if name in _MONTHS else None


def _date_from(match: re.Match[str]) -> dt.date | None:
    month = _month_number(match["month"])
    if month is None:
        return None
    try:
        return dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError:
        return None


def is_name(text: str) -> bool:
    """A person's name (or names joined by "and"): capitalised tokens and particles."""
    tokens = text.split()
    if not 1 <= len(tokens) <= MAX_NAME_TOKENS:
        return False
    if tokens[0].lower() in NAME_PARTICLES or tokens[-1].lower() in NAME_PARTICLES:
        return False
    # "By March" or "By Friday" is a time, not a person.
    if len(tokens) == 1 and tokens[0].lower()[:3] in _MONTHS + tuple(w[:3] for w in _WEEKDAYS):
        return False
    return all(
        token.lower() in NAME_PARTICLES
        or (_NAME_TOKEN.fullmatch(token) is not None and token[0].isupper())
        for token in tokens
    )


def is_source(text: str) -> bool:
    """A short outlet or job title after a byline: "Reuters", "Staff Writer"."""
    words = text.split()
    return (
        0 < len(words) <= MAX_SOURCE_WORDS
        and not ends_with(text, ".!?;:,")
        and all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words)
    )


def parse_date_part(text: str) -> Meta | None:
    """ "April 25, 2025", "Updated: 2025-04-25 10:00", "Posted on 3 May 2025 by Ann Lee"."""
    for form in DATE_LINE_FORMS:
        match = form.fullmatch(text)
        if match is None:
            continue
        date = _date_from(match)
        name = match["name"]
        if date is None or (name is not None and not is_name(name)):
            return None
        label = (match["label"] or "").lower()
        if label in UPDATED_LABELS:
            return Meta(author=name, updated=date)
        return Meta(author=name, published=date)
    return None


def parse_byline_part(text: str) -> Meta | None:
    """ "By Jane Doe", "By Jane Doe, Reuters", "By Jane Doe, April 3, 2025"."""
    match = _BYLINE.fullmatch(text)
    if match is None:
        return None
    name, _, extra = match["rest"].partition(",")
    name, extra = name.strip(), extra.strip()
    if not is_name(name):
        return None
    if not extra or is_source(extra):
        return Meta(author=name)
    dated = parse_date_part(extra)
    return merge_meta(Meta(author=name), dated) if dated else None


def parse_meta(text: str) -> Meta | None:
    """Read a byline or date line, whose parts may be joined by "|", "·" or a dash."""
    if len(text) > MAX_META_CHARS:
        return None
    found: Meta | None = None
    for part in _META_SEPARATOR.split(text):
        meta = parse_byline_part(part) or parse_date_part(part)
        if meta is not None:
            found = merge_meta(found, meta) if found else meta
        elif not is_source(part):
            return None
    return found


def is_meta_line(text: str) -> bool:
    return parse_meta(text) is not None


# Order matters: the first rule that matches decides the line's kind.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule("separator", "separator", whole_line(r"(?:[-*_=~•·#]\s*){3,}")),
    *COMMENTS_START_RULES,
    *SHARE_START_RULES,
    *BOILERPLATE_RULES,
    LineRule(
        "highlights_header",
        "highlights_header",
        whole_line("(?:" + "|".join(HIGHLIGHTS_HEADERS) + r")\s*:?"),
    ),
    LineRule("bullet", "bullet", is_bullet),
    LineRule("metadata", "meta", is_meta_line),
)


def classify(text: str) -> LineRule | None:
    """The first line rule that matches ``text`` (already stripped), if any."""
    if not text:
        return None
    for combined, rules in _CLASSIFY_STEPS:
        if combined is None:
            if rules[0].test(text):
                return rules[0]
            continue
        match = combined.fullmatch(text)
        if match is not None:
            return next(rules[i] for i in range(len(rules)) if match.group(f"rule{i}") is not None)
    return None


def _classify_steps(
    rules: tuple[LineRule, ...],
) -> tuple[tuple[re.Pattern[str] | None, tuple[LineRule, ...]], ...]:
    """The rules as steps: each run of whole-line rules becomes one regex, its
    alternatives in rule order (with ``fullmatch`` the first that fits the whole
    line wins, as in the loop over rules); other tests stay steps of their own.
    Every line of every seed goes through this: one regex instead of thirty."""
    steps: list[tuple[re.Pattern[str] | None, tuple[LineRule, ...]]] = []
    run: list[tuple[LineRule, WholeLine]] = []

    def close_run() -> None:
        if run:
            alternatives = "|".join(
                f"(?P<rule{i}>{test.pattern})" for i, (_, test) in enumerate(run)
            )
            steps.append((re.compile(alternatives, re.IGNORECASE), tuple(r for r, _ in run)))
            run.clear()

    for rule in rules:
        if isinstance(rule.test, WholeLine):
            run.append((rule, rule.test))
        else:
            close_run()
            steps.append((None, (rule,)))
    close_run()
    return tuple(steps)


_CLASSIFY_STEPS = _classify_steps(LINE_RULES)


# --- Datelines ----------------------------------------------------------------

# The head runs to the first dash: "BEIJING, April 25 (Reuters) — China said ...".
_DATELINE_SPLIT = re.compile(
    r"(?P<head>[^—–]{2,60}?)(?:\s*(?:--|[—–])\s*|\s+-\s+)(?P<rest>\S.*)", re.DOTALL
)
_DATELINE_HEAD = re.compile(
    r"(?P<place>[^,()]+?)(?:,\s*(?P<extra>[^,()]+?))?(?:\s*\((?P<agency>[^()]+)\))?"
)
DATELINE_MAX_PLACE_WORDS = 4
DATELINE_MIN_PLACE_LETTERS = 3


def _is_place(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        text.isupper()
        and len(letters) >= DATELINE_MIN_PLACE_LETTERS
        and len(text.split()) <= DATELINE_MAX_PLACE_WORDS
    )


def split_dateline(text: str) -> tuple[str, str] | None:
    """("WASHINGTON (Reuters)", rest) for "WASHINGTON (Reuters) - rest", else None."""
    match = _DATELINE_SPLIT.match(text)
    if match is None:
        return None
    head = match["head"].strip()
    parts = _DATELINE_HEAD.fullmatch(head)
    if parts is None or not _is_place(parts["place"].strip()):
        return None
    if parts["extra"] is not None and len(parts["extra"].split()) > 3:
        return None
    if parts["agency"] is not None and len(parts["agency"].split()) > 4:
        return None
    return head, match["rest"]


# --- Headings and the analysis --------------------------------------------------

HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 90
# Share of significant words that must be capitalised in a title-cased line.
TITLE_CASE_SHARE = 0.75
SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of"}
    | {"off", "on", "or", "per", "the", "to", "up", "via", "vs", "with"}
)
_CLOSERS = "\"'”’)]»"
SENTENCE_ENDINGS = ".!;,…"

ANALYSIS_HEADING_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "reex_analysis",
        re.compile(
            r"REEx\s+(?:analysis|take|view|perspective|commentary|insight)s?\b", re.IGNORECASE
        ),
    ),
    PatternRule(
        "rare_earth_exchanges_analysis",
        re.compile(
            r"rare earth exchanges(?:['’]s?)?\s+(?:\(REEx\)\s+)?"
            r"(?:analysis|take|view|perspective|commentary)\b",
            re.IGNORECASE,
        ),
    ),
    PatternRule(
        "analysis_label",
        re.compile(r"(?:our\s+|editor['’]s\s+)?analysis(?:\s*[:—–-]|$)", re.IGNORECASE),
    ),
)


def ends_with(text: str, characters: str) -> bool:
    """Whether the last character that is not a closing quote or bracket is one of these."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in characters


def is_short_line(text: str) -> bool:
    return (
        len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and any(c.isalpha() for c in text)
    )


def _significant_words(text: str) -> list[str]:
    words = (token.strip("\"'“”‘’()[]«»,;:.!?-—–") for token in text.split())
    kept = [w for w in words if w]
    return kept[:1] + [w for w in kept[1:] if w.lower() not in SMALL_WORDS]


def is_title_cased(text: str) -> bool:
    """Most significant words start with a capital (or a digit), the first one too."""
    words = _significant_words(text)
    if not words:
        return False
    capitalised = [w[0].isupper() or w[0].isdigit() for w in words]
    return capitalised[0] and sum(capitalised) / len(words) >= TITLE_CASE_SHARE


def is_analysis_heading(text: str) -> bool:
    return any(rule.pattern.match(text) for rule in ANALYSIS_HEADING_RULES)


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence ending that is title-cased, a question,
    a label ending in ":" or an analysis heading. Context is checked by the caller."""
    if not is_short_line(text) or ends_with(text, SENTENCE_ENDINGS):
        return False
    return ends_with(text, "?:") or is_analysis_heading(text) or is_title_cased(text)
