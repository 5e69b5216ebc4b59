"""Phrases stripped from inside a line ("(opens in a new tab)", "./."), as
named patterns: the rest of the line stays."""

from __future__ import annotations

import re
import unicodedata

from .line_rule import PatternRule

INLINE_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "opens_in_new_tab",
        re.compile(r"\s*\((?:opens?|opening) in (?:a )?new (?:tab|window)\)", re.IGNORECASE),
        ("new tab)", "new window)"),
    ),
    PatternRule(
        "link_is_external",
        re.compile(r"\s*\((?:link is external|external link)\)", re.IGNORECASE),
        ("external",),
    ),
    PatternRule(
        "opens_new_tab_after_comma",
        re.compile(r",\s*opens new tab\b", re.IGNORECASE),
        ("opens new tab",),
    ),
    # Vietnamese and other state agencies close a story with "./.".
    PatternRule("end_mark", re.compile(r"(?<=[.!?”\"])/\.\s*$"), ("/.",)),
    # "… last year.Enditem", "… in March. (END)": an agency's end mark.
    PatternRule(
        "end_word", re.compile(r"(?<=[.!?”\"])\s*(?:Enditem|\(END\))\s*$"), ("enditem", "(end)")
    ),
    # "… in paragraph order. (NEW)": a wire's mark on a paragraph its update added.
    PatternRule("new_paragraph_mark", re.compile(r"\s*\((?-i:NEW)\)(?=\s|$)"), ("(new)",)),
    # Footnote markers glued to a sentence: "… in 2024.[3]".
    PatternRule("footnote_marker", re.compile(r"(?<=[\w.,;:!?”\")])\[\d{1,2}\]"), ("[",)),
    # "EXCLUSIVE by Gemma Pike, …": a tabloid's label glued before its byline.
    PatternRule(
        "label_before_byline",
        re.compile(
            r"^(?:WORLD )?(?:EXCLUSIVE|ANALYSIS|COMMENT|REVIEW|OPINION)\s*[:|–—-]?\s+(?=[Bb]y\s+[A-Z])"
        ),
        ("exclusive", "analysis", "comment", "review", "opinion"),
    ),
    PatternRule("more_less", re.compile(r"\s*\.\.\.\s*more\s*less\s*$", re.IGNORECASE), ("...",)),
)

# Markdown a page was copied as, inside a line of plain text: an image goes
# (its alt text describes a picture), a link keeps its words.
REWRITE_RULES: tuple[tuple[PatternRule, str], ...] = (
    (PatternRule("markdown_image", re.compile(r"!\[[^\]\n]*\]\([^)\s]*\)"), ("![",)), ""),
    (
        PatternRule(
            "markdown_link",
            re.compile(r"\[(?P<words>[^\]\n]+)\]\((?:https?://|/|#|mailto:|tel:)[^)\s]*\)"),
            ("](",),
        ),
        r"\g<words>",
    ),
    # "**Licences:** valid for six months": bold inside a line keeps its words.
    (
        PatternRule("markdown_bold", re.compile(r"\*\*(?P<words>[^*\n]+?)\*\*"), ("**",)),
        r"\g<words>",
    ),
    (PatternRule("markdown_strong", re.compile(r"__(?P<words>[^_\n]+?)__"), ("__",)), r"\g<words>"),
)

# After a removed phrase, no space is needed before these.
_TIGHT_AFTER = ",.;:!?)]}”’»"


def _joiner(match: re.Match[str]) -> str:
    following = match.string[match.end() : match.end() + 1]
    return "" if not following or following.isspace() or following in _TIGHT_AFTER else " "


# Letters that match an ASCII hint letter when the regex ignores case but that
# ``str.lower`` maps elsewhere ("İ", "ı", "ſ"): a line holding one is searched by
# every rule.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f")


def strip_inline_boilerplate(text: str) -> str:
    """Remove every inline rule's phrase, leaving one space (or none) behind."""
    for rewrite, replacement in REWRITE_RULES:
        if any(hint in text for hint in rewrite.hints):
            text = rewrite.pattern.sub(replacement, text)
    lowered = text.lower()
    every_rule = any(letter in text for letter in _FOLDS_TO_ASCII)
    for rule in INLINE_RULES:
        if every_rule or not rule.hints or any(hint in lowered for hint in rule.hints):
            text = rule.pattern.sub(_joiner, text)
            lowered = text.lower()
    return text


# Pictographs a post opens with ("⚡️ US raises tariff …", "🔴 Metals Flash"): the
# symbols from the arrows on (copyright and trade marks stay), then a space.
PICTOGRAPH_FROM = 0x2190
_VARIATION = "\ufe0e\ufe0f"


def _pictograph(char: str) -> bool:
    return char in _VARIATION or (
        ord(char) >= PICTOGRAPH_FROM and unicodedata.category(char) == "So"
    )


def strip_leading_pictographs(text: str) -> str:
    """The line without the pictographs before its first word; unchanged when
    nothing but pictographs follows (a line of them is a separator)."""
    start = 0
    while start < len(text) and (_pictograph(text[start]) or text[start] == " "):
        start += 1
    if start == 0 or start == len(text) or not text[start].isalnum() or text[start - 1] != " ":
        return text
    return text[start:]
