"""Phrases stripped from inside a line ("(opens in a new tab)", "./."), as
named patterns: the rest of the line stays."""

from __future__ import annotations

import re

from .line_rule import PatternRule

INLINE_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "opens_in_new_tab",
        re.compile(r"\s*\((?:opens?|opening) in (?:a )?new (?:tab|window)\)", re.IGNORECASE),
    ),
    PatternRule(
        "link_is_external",
        re.compile(r"\s*\((?:link is external|external link)\)", re.IGNORECASE),
    ),
    PatternRule("opens_new_tab_after_comma", re.compile(r",\s*opens new tab\b", re.IGNORECASE)),
    # Vietnamese and other state agencies close a story with "./.".
    PatternRule("end_mark", re.compile(r"(?<=[.!?”\"])/\.\s*$")),
    # "… last year.Enditem", "… in March. (END)": an agency's end mark.
    PatternRule("end_word", re.compile(r"(?<=[.!?”\"])\s*(?:Enditem|\(END\))\s*$")),
    # Footnote markers glued to a sentence: "… in 2024.[3]".
    PatternRule("footnote_marker", re.compile(r"(?<=[\w.,;:!?”\")])\[\d{1,2}\]")),
    PatternRule("more_less", re.compile(r"\s*\.\.\.\s*more\s*less\s*$", re.IGNORECASE)),
)

# After a removed phrase, no space is needed before these.
_TIGHT_AFTER = ",.;:!?)]}”’»"


def _joiner(match: re.Match[str]) -> str:
    following = match.string[match.end() : match.end() + 1]
    return "" if not following or following.isspace() or following in _TIGHT_AFTER else " "


# Every inline rule's phrase holds one of these: other lines are left alone.
_INLINE_HINTS = ("(", "tab", "/.", "more", "Enditem", "[")


def strip_inline_boilerplate(text: str) -> str:
    """Remove every inline rule's phrase, leaving one space (or none) behind."""
    if not any(hint in text for hint in _INLINE_HINTS):
        return text
    for rule in INLINE_RULES:
        text = rule.pattern.sub(_joiner, text)
    return text
