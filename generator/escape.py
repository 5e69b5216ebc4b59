"""Seed text to Markdown that shows it, never interprets it.

Python-Markdown passes raw HTML through and MkDocs' extensions give meaning to
many characters, so every piece of seed text goes through here before it is
placed into a page. Text comes out as one line (no block structure can start
inside it), with HTML's special characters as entities and Markdown's inline
syntax characters backslash-escaped.
"""

from __future__ import annotations

import functools
import html
import re

# Characters Python-Markdown accepts a backslash escape for and that start
# inline syntax anywhere in a line (emphasis, links, code, attribute lists).
_BACKSLASHED = frozenset("\\`*_[]{}#")
# Characters that only matter where they are; as entities they always show.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;"}
# Both as one table for str.translate: escaping is on every string of every page,
# and a per-character Python loop made it the largest cost of rendering.
_ESCAPES = str.maketrans({**{c: "\\" + c for c in _BACKSLASHED}, **_ENTITIES})
_LINE_START_SYNTAX = frozenset("-+=~:?!%")
# Material's JavaScript reads some text back and parses it as HTML: with
# content.tooltips, every title attribute (glossary abbreviations) and the text
# of every shortened label (header title, table of contents, previous/next
# links) becomes a tooltip through innerHTML. Escaped once, "<img onerror=…>"
# would come back to life there. A "<" that could open a tag and an "&" that
# could start a character reference get a word joiner (U+2060, invisible and
# without width) after them, so the text reads the same after any number of
# HTML parses.
_REPARSE_SENSITIVE = re.compile(r"<(?=[A-Za-z!/?])|&(?=[A-Za-z#])")
WORD_JOINER = "\u2060"
_ORDERED_LIST_START = re.compile(r"^(\d+)([.)])")


def fold_whitespace(text: str) -> str:
    r"""Every run of whitespace as one space: what ``\s+`` → " " gives (``str.split``
    splits at the same characters), without a regex pass over text that has none
    to fold, which is most text."""
    words = text.split()
    if not words:
        return " " if text else ""
    folded = " ".join(words)
    if text[0].isspace():
        folded = " " + folded
    if text[-1].isspace():
        folded += " "
    return folded


def inert(text: str) -> str:
    """``text`` that stays the same text when a browser parses it as HTML again."""
    if "<" not in text and "&" not in text:
        return text
    return _REPARSE_SENSITIVE.sub(lambda match: match.group() + WORD_JOINER, text)


# Names, titles and topics are escaped on every page that shows them: kept by text.
@functools.lru_cache(maxsize=1 << 14)
def escape_text(text: str) -> str:
    """Escape a piece of a line: whitespace folded, syntax characters neutralised,
    and inert however often the theme re-reads it."""
    flat = inert(fold_whitespace(text))
    # "--8<--" and similar multi-dash markers mean something to extensions.
    return flat.translate(_ESCAPES).replace("--", "-&#45;")


def guard_line_start(line: str) -> str:
    """Neutralise what would start a block (list, admonition, heading…) at a line's start."""
    if line and line[0] in _LINE_START_SYNTAX:
        return f"&#{ord(line[0])};" + line[1:]
    match = _ORDERED_LIST_START.match(line)
    if match:
        return f"{match.group(1)}&#{ord(match.group(2))};" + line[match.end() :]
    return line


def escape_inline(text: str) -> str:
    """Escape text that stands as a whole line or at a line's start."""
    return guard_line_start(escape_text(text).strip())


def escape_title(text: str) -> str:
    """Escape text for an admonition title, which sits inside double quotes."""
    return escape_inline(text).replace('"', "&quot;")


_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]+")


def safe_href(href: str) -> str | None:
    """Keep http(s), mailto and relative links; anything else (javascript:,
    data:, vbscript:, obfuscated with case, entities or whitespace) is None."""
    squeezed = _CONTROL_OR_SPACE.sub("", href)
    if not squeezed or "\\" in squeezed:
        return None
    lowered = squeezed.lower()
    if lowered.startswith(_SAFE_SCHEMES):
        # The scheme is read before any "&": a query string's "&" is only data.
        return squeezed
    if "&" in squeezed:
        # "&#106;avascript:" is a scheme once a browser decodes the entity.
        return None
    first_segment = re.split(r"[/?#]", squeezed, maxsplit=1)[0]
    if _SCHEME.match(squeezed) or lowered.startswith("//") or ":" in first_segment:
        return None
    return squeezed


def escape_url(href: str) -> str:
    """A vetted URL inside Markdown link parentheses."""
    return (
        href.replace("\\", "%5C")
        .replace(" ", "%20")
        .replace("(", "%28")
        .replace(")", "%29")
        .replace("<", "%3C")
        .replace(">", "%3E")
        .replace('"', "%22")
    )


def escape_html(text: str) -> str:
    """Escape text for raw HTML that Markdown leaves alone (a block without
    ``markdown``, an attribute value): whitespace folded to single spaces (no
    blank line can end the block), HTML-escaped, quotes included, and inert
    however often the theme re-reads it."""
    return html.escape(inert(fold_whitespace(text)), quote=True)
