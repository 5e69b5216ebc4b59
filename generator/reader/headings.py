"""The shapes of headings: short, title-cased or a question or a label, no
sentence ending; the analysis headings; how a line ends."""

from __future__ import annotations

import re

from .line_rule import PatternRule
from .words import SMALL_WORDS

HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 90
# Share of significant words that must be capitalised in a title-cased line.
TITLE_CASE_SHARE = 0.75
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
    """Whether the last character that is not a closing quote or bracket, nor an
    emoji or symbol after the sentence ("… 91 days. 🧲"), is one of these."""
    text = text.rstrip()
    # The regex is tried at every position of the line: only where it can match.
    if text and _TRAILING_SYMBOL.match(text[-1]):
        text = _TRAILING_SYMBOLS.sub("", text)
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in characters


# Emoji, pictographs and dingbats at the end of a line, with spaces between.
_SYMBOL = r"[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]"
_TRAILING_SYMBOL = re.compile(_SYMBOL)
_TRAILING_SYMBOLS = re.compile(rf"(?:\s*{_SYMBOL})+$")


def is_short_line(text: str) -> bool:
    return (
        len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and any(c.isalpha() for c in text)
    )


def _significant_words(text: str) -> list[str]:
    words = (token.strip("\"'“”‘’()[]«»,;:.!?-—–&+") for token in text.split())
    kept = [w for w in words if w]
    return kept[:1] + [w for w in kept[1:] if w.lower() not in SMALL_WORDS]


def is_title_cased(text: str) -> bool:
    """Most significant words start with a capital (or a digit), the first one too."""
    words = _significant_words(text)
    if not words:
        return False
    capitalised = [w[0].isupper() or w[0].isdigit() for w in words]
    return capitalised[0] and sum(capitalised) / len(words) >= TITLE_CASE_SHARE


def is_reex_analysis_heading(text: str) -> bool:
    """ "REEx Analysis: …", "Rare Earth Exchanges Analysis": never a page's headline."""
    return any(rule.pattern.match(text) for rule in ANALYSIS_HEADING_RULES[:2])


def is_analysis_heading(text: str) -> bool:
    return any(rule.pattern.match(text) for rule in ANALYSIS_HEADING_RULES)


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence ending that is title-cased, a question,
    a label ending in ":" or an analysis heading. Context is checked by the caller."""
    if not is_short_line(text) or ends_with(text, SENTENCE_ENDINGS):
        return False
    return ends_with(text, "?:") or is_analysis_heading(text) or is_title_cased(text)
