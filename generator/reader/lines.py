"""Physical lines of a pasted seed, cleaned and classified one by one.

Each line keeps its number (as an editor counts) and its indent; its kind is the
first line rule (``rules.py``) that matches it, or plain text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from generator.reader.inline_rules import strip_inline_boilerplate, strip_leading_pictographs
from generator.reader.labels import INLINE_POINTS, bullet_item, is_bullet
from generator.reader.line_rule import LineKind
from generator.reader.meta import is_meta_line
from generator.reader.rules import classify

TAB_WIDTH = 4
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Line:
    """One physical line: its 1-based number, leading columns, clean text and kind.

    For a bullet, ``text`` is the item without its glyph."""

    number: int
    indent: int
    text: str
    kind: LineKind
    rule: str = ""
    # A bullet's glyph or number ("•", "1."); empty for other lines.
    glyph: str = ""
    # The characters of its last physical line, when lines were joined into it.
    tail: int | None = None
    # Wrapped whole in italics ("*The venture will …*", "_The venture …_").
    italic: bool = False

    @property
    def last_chars(self) -> int:
        """How long the line's last physical line is (a hard wrap's measure)."""
        return len(self.text) if self.tail is None else self.tail


def _clean_char(char: str) -> str:
    """Tabs and every kind of space become a space; invisible format marks
    (BOM, zero-width space, soft hyphen) go; control characters become spaces."""
    if char == "\t":
        return " " * TAB_WIDTH
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category in ("Zs", "Zl", "Zp", "Cc"):
        return " "
    return char


class _CleanTable(dict[int, str]):
    """A ``str.translate`` table filled in as characters are met: the category
    lookup runs once per distinct character instead of once per character read."""

    def __missing__(self, code: int) -> str:
        cleaned = self[code] = _clean_char(chr(code))
        return cleaned


_CLEAN = _CleanTable()
_SPACES = re.compile(" {2,}")


def clean_line(raw: str) -> tuple[int, str]:
    """The line's indent in columns and its text with whitespace collapsed."""
    cleaned = raw.translate(_CLEAN)
    text = _SPACES.sub(" ", cleaned).strip()
    return len(cleaned) - len(cleaned.lstrip(" ")), text


# Markup a page or an editor left around a heading: "## Why prices rose",
# "**What buyers are doing**", "__Outlook__".
_HEADING_MARKUP = re.compile(
    r"#{1,6}\s+(?P<a>[^#].*?)\s*#*|\*\*(?P<b>[^*]+)\*\*|__(?P<c>[^_]+)__"
    # "*Published 21 January 2025*": a whole line in italics.
    r"|\*(?P<d>[^*\s][^*]*)\*|_(?P<e>[^_\s][^_]*)_"
)


def in_italics(text: str) -> bool:
    """The line is wrapped whole in one pair of italic marks."""
    # "*The joint venture will control …*": the italic alternatives of the
    # heading markup ("**…**", "__…__" are bold, a heading's markup).
    markup = _HEADING_MARKUP.fullmatch(text.strip())
    return markup is not None and (markup["d"] is not None or markup["e"] is not None)


def unwrap_heading_markup(text: str) -> str:
    """The words of a line wrapped whole in heading or bold markup."""
    found = _HEADING_MARKUP.fullmatch(text)
    if found is None:
        return text
    words = found["a"] or found["b"] or found["c"] or found["d"] or found["e"]
    return (words or text).strip()


# "> The approvals end …": a quoted line of an e-mail or of Markdown, read as
# an indented one.
_QUOTE_MARK = re.compile(r">+\s+(?=\S)")
QUOTE_INDENT = 2


# A menu a browser pastes as one row, its entries set apart by runs of spaces
# ("News  Features  Commodities  Equipment  People"): each entry a short name.
SPACED_MENU_MIN_ITEMS = 4
SPACED_MENU_MAX_WORDS = 3
_ITEM_GAP = re.compile(r" {2,}")


def is_spaced_menu(raw: str) -> bool:
    """A row of four and more short capitalised entries parted by runs of spaces,
    with no figures and no sentence's ending, not all in capitals: a menu, not a
    headline."""
    items = _ITEM_GAP.split(raw.translate(_CLEAN).strip())
    # A row in capitals is left to the tool and menu rules, which know its words.
    return (
        len(items) >= SPACED_MENU_MIN_ITEMS
        and not raw.isupper()
        and all(
            item[:1].isupper()
            and len(item.split()) <= SPACED_MENU_MAX_WORDS
            and not any(c.isdigit() for c in item)
            and item[-1] not in ".!?:;,"
            for item in items
        )
    )


def _read_line(number: int, raw: str) -> Line:
    indent, text = clean_line(raw)
    if not text:
        return Line(number, indent, "", "blank")
    quoted = _QUOTE_MARK.match(text)
    if quoted is not None:
        indent, text = indent + QUOTE_INDENT, text[quoted.end() :]
    tidy = unwrap_heading_markup(_SPACES.sub(" ", strip_inline_boilerplate(text)).strip())
    if not is_bullet(tidy):
        tidy = strip_leading_pictographs(tidy)
    if not tidy:
        # The line held nothing but an inline phrase: drop it without breaking a paragraph.
        return Line(number, indent, "", "ignored")
    line = _classified(Line(number, indent, tidy, "text"))
    if line.kind == "text" and in_italics(text):
        line = replace(line, italic=True)
    if line.kind == "text" and is_spaced_menu(raw):
        # Another rule's kind stands (a strip of tools ends the story's head).
        return replace(line, kind="boilerplate", rule="spaced_menu")
    if line.kind == "text":
        return _spaced_stamp(line, raw)
    return line


# A date, a place and the issuer on one row, parted by wide gaps ("December 2,
# 2025          Saskatoon, Saskatchewan          Natural Resources Canada").
STAMP_GAP = re.compile(r"\s{3,}")
STAMP_ROW_MAX_ITEMS = 4


def _spaced_stamp(line: Line, raw: str) -> Line:
    """The line as a metadata row when its items, parted by wide gaps, read as
    one (a date among them); else the line."""
    items = STAMP_GAP.split(raw.strip())
    if not 2 <= len(items) <= STAMP_ROW_MAX_ITEMS:
        return line
    dated = [item for item in items if any(c.isdigit() for c in item)]
    # (the rest names a place or an issuer: a table's row has figures or prose)
    named = all(_names_something(item) for item in items if item not in dated)
    joined = " | ".join(item.strip() for item in items)
    if len(dated) != 1 or not named or not is_meta_line(joined):
        return line
    return replace(line, kind="meta", rule="spaced_stamp", text=joined)


STAMP_ITEM_MAX_WORDS = 5
_SMALL = frozenset({"of", "and", "the", "for", "de", "du", "la"})


def _names_something(item: str) -> bool:
    """ "Saskatoon, Saskatchewan", "Natural Resources Canada": every word capitalised."""
    words = item.replace(",", " ").split()
    return len(words) <= STAMP_ITEM_MAX_WORDS and all(w[:1].isupper() or w in _SMALL for w in words)


def _classified(line: Line) -> Line:
    # A key-points label and its points on one line are text whatever a point
    # says (the highlights pass splits them and drops a promo among them).
    rule = None if INLINE_POINTS.match(line.text) else classify(line.text)
    if rule is None:
        return replace(line, kind="text", rule="", glyph="")
    if rule.kind == "bullet" and is_meta_line(bullet_item(line.text)):
        # "- March 2, 2025" under a "Staff Writer" line: a date, not a list.
        return replace(line, kind="meta", rule="dashed_date", glyph="")
    if rule.kind == "bullet":
        # "▶ Related article: …": a promo behind an arrow, not a list's item.
        promo = classify(bullet_item(line.text))
        if promo is not None and promo.name in PROMO_BEHIND_GLYPH:
            return replace(line, kind=promo.kind, rule=promo.name, glyph="")
        return replace(
            line,
            kind="bullet",
            rule=rule.name,
            glyph=line.text[: len(line.text) - len(bullet_item(line.text))].strip(),
            text=bullet_item(line.text),
        )
    return replace(line, kind=rule.kind, rule=rule.name, glyph="")


# Rules whose line is chrome even behind a bullet's glyph.
PROMO_BEHIND_GLYPH = frozenset({"read_more"})


def reclassify(line: Line) -> Line:
    """The line classified again after its text changed (joined with another)."""
    return _classified(replace(line, text=line.text.strip()))


# A page made into text from a PDF sets a short item far right on a line
# ("NORTHGATE RESEARCH        Page 1 of 2", "ASX ANNOUNCEMENT        28 March
# 2025"): two columns, read as two lines.
COLUMN_GAP = 8
RIGHT_COLUMN_MAX_WORDS = 6
_COLUMNS = re.compile(rf"(?P<left>.*\S)[ \t]{{{COLUMN_GAP},}}(?P<right>\S.*)")
# A PDF's sub-point glyph, a lower-case "o" set apart from the item's words.
_PDF_SUB_BULLET = re.compile(r"^(?P<indent>[ \t]*)o(?=(?:[ \t]{2,}|\t)\S)")


# A PDF page's counter far right of its running footer ("Page 1 of 4").
_PAGE_COUNTER = re.compile(r"(?i)page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?")


def split_columns(raw: str) -> tuple[str, ...]:
    """The line's two columns when a short item stands far right of the text, the
    right one indented as the left; else the line. A running footer of three
    columns ending in the page's counter is read as its columns."""
    footer = _running_footer(raw.expandtabs(TAB_WIDTH))
    if footer:
        return footer
    found = _COLUMNS.fullmatch(raw.expandtabs(TAB_WIDTH))
    if found is None or len(found["right"].split()) > RIGHT_COLUMN_MAX_WORDS:
        return (raw,)
    if _COLUMNS.fullmatch(found["left"]) is not None:
        return (raw,)  # three columns and more: a table's row
    indent = found["left"][: len(found["left"]) - len(found["left"].lstrip())]
    return found["left"], indent + found["right"]


_FOOTER_GAP = re.compile(r"[ \t]{4,}")


def _running_footer(raw: str) -> tuple[str, ...]:
    """ "Firm      Please see the disclosures …      Page 1 of 4": the columns
    of a PDF page's running footer (three or more, its counter last)."""
    parts = _FOOTER_GAP.split(raw.strip())
    if len(parts) < 3 or not _PAGE_COUNTER.fullmatch(parts[-1]):
        return ()
    indent = raw[: len(raw) - len(raw.lstrip())]
    return tuple(indent + part for part in parts)


def pdf_sub_bullet(raw: str) -> str:
    """ "   o  Magnet rare earths make up 24%": the "o" is a sub-point's glyph."""
    return _PDF_SUB_BULLET.sub(r"\g<indent>◦", raw)


def read_lines(text: str) -> tuple[Line, ...]:
    """Split on \\r\\n, \\r or \\n (so line numbers match an editor's) and classify."""
    return tuple(
        _read_line(n, part)
        for n, raw in enumerate(_LINE_BREAK.split(text), start=1)
        for part in split_columns(pdf_sub_bullet(raw))
    )
