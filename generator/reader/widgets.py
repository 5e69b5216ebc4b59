"""A strip of page tools as a line rule: a short line made only of tool words
and controls ("Font size: A- A+ Print Share", "Email · Print · Save", "Share |
Tweet | Copy link"), whatever the order or the separators."""

from __future__ import annotations

import re

from ..wordlist import words_set
from .line_rule import LineRule

TOOL_WORDS = words_set(
    """
    print share save saved email mail font size text copy link listen bookmark comment
    comments tweet post facebook x linkedin whatsapp telegram reddit pdf increase
    decrease reset zoom gift article story a this like quote reply
    kakaotalk kakao naver band line wechat weibo qq zalo to 공유 分享 シェア
    """
)
# "A-", "A+", "A−", "A": the controls of a font-size widget.
_CONTROL = re.compile(r"[aA][+\-−]?")
_PARTS = re.compile(r"[\s|·•/:,]+")
TOOL_STRIP_MIN_PARTS = 3
TOOL_STRIP_MAX_PARTS = 10


def is_tool_strip(text: str) -> bool:
    """Three to ten tools and nothing else; a word or two of tools is left to the
    rules for single widgets."""
    parts = [p for p in _PARTS.split(text) if p]
    if not TOOL_STRIP_MIN_PARTS <= len(parts) <= TOOL_STRIP_MAX_PARTS:
        return False
    return all(p.lower() in TOOL_WORDS or _CONTROL.fullmatch(p) for p in parts)


WIDGET_RULES: tuple[LineRule, ...] = (LineRule("tool_strip", "boilerplate", is_tool_strip),)
