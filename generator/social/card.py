"""A social card drawn offline: a 1200 x 630 PNG with the site's mark, a kicker,
the title wrapped to fit, and a foot line, in the fonts shipped beside this file.

The same ``Card`` always gives the same bytes: no timestamp or other metadata
chunk is written, the layout engine is fixed for the process (and part of the
cache key), and nothing is read but the card and the fonts. Text is drawn, never
interpreted: a title holding markup is only letters on the picture.
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
import zlib
from dataclasses import dataclass, fields
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageFont, features

from .mark import draw_mark
from .png import SharedTop

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
FONTS = Path(__file__).resolve().parent / "fonts"
REGULAR, BOLD = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"
# The site's colours (docs/assets/social-card.svg, reex.css).
TEAL, DARK_TEAL, COPPER = (15, 82, 87), (10, 58, 62), (181, 101, 29)
STONE, WHITE, PALE, KICKER = (244, 237, 227), (255, 255, 255), (216, 236, 236), (240, 201, 163)
# Title sizes tried in turn, largest first, each with the lines it may take.
TITLE_STEPS = ((68, 3), (50, 4))
TITLE_LINE = 1.18
# Bumped when the picture changes for the same card: every cached card is redrawn.
DESIGN = "card-2"
# Antialiased letters are blends of their ink with the teal ground: the palette
# holds the flat colours and this many steps of each ink, so a card is stored as
# one byte a pixel (each channel within a few levels of the drawing), which
# deflates five times faster than RGB and to half the size.
INK_STEPS = 84


@dataclass(frozen=True)
class Card:
    """What a card shows, and nothing else (its cache key)."""

    title: str
    kicker: str
    foot: str
    site_name: str
    # A line or two under the title (a topic's description), where there is room.
    summary: str = ""


_CARD_FIELDS = tuple(f.name for f in fields(Card))


def card_key(card: Card) -> str:
    """A hash of everything the picture depends on: the card, the design, the fonts,
    Pillow's version and layout engine."""
    digest = hashlib.sha256()
    # The fields in order, as ``astuple`` gives them, without its deep copies
    # (the key is asked of every card on every build).
    shown = (getattr(card, name) for name in _CARD_FIELDS)
    for part in (*shown, DESIGN, _environment()):
        data = part.encode("utf-8")
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


@functools.cache
def _environment() -> str:
    fonts = hashlib.sha256(REGULAR.read_bytes() + BOLD.read_bytes()).hexdigest()
    # zlib's version: it compresses the cards' rows (``png.py``).
    return f"{PIL.__version__} {_layout()} {fonts} {zlib.ZLIB_RUNTIME_VERSION}"


@functools.cache
def _layout() -> ImageFont.Layout:
    """Raqm (bidirectional text and shaping, for Arabic or Hebrew titles) where
    Pillow has it, else Pillow's basic layout."""
    return ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


@functools.cache
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size, layout_engine=_layout())


def drawable(text: str) -> str:
    """``text`` with what the fonts cannot draw taken out: control and format
    characters, and pictographs (emoji) past the Basic Multilingual Plane, which
    DejaVu lacks; runs of spaces become one."""
    kept = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if ord(char) >= 0x1F000 or char == "\ufe0f" or category in ("Cc", "Cf", "Cs", "Co"):
            kept.append(" " if category == "Cc" else "")
        else:
            kept.append(char)
    return " ".join("".join(kept).split())


def draw_card(card: Card) -> bytes:
    """The card as PNG bytes: the head shared by the site's cards of its kicker
    (``_head``), then the rest drawn, mapped to the palette and compressed on its own."""
    head = _head(card.site_name, card.kicker)
    image = head.whole()
    _body(ImageDraw.Draw(image), card, head.top)
    return head.shared.png(_quantized(image))


def picture(card: Card) -> Image.Image:
    """The card as drawn, in full colour."""
    head = _head(card.site_name, card.kicker)
    image = head.whole()
    _body(ImageDraw.Draw(image), card, head.top)
    return image


def _quantized(image: Image.Image) -> Image.Image:
    """The picture in the card's palette, each pixel its nearest colour (no dither)."""
    return image.quantize(palette=_palette(), dither=Image.Dither.NONE)


@dataclass(frozen=True)
class _Head:
    """What every card of a site with one kicker shows above its title: drawn,
    mapped to the palette and compressed once."""

    # The site's picture (``_ground``), and the head's rows drawn over it.
    ground: Image.Image
    rows: Image.Image
    # The row where the title starts: the rows above it are the head.
    top: int
    shared: SharedTop

    def whole(self) -> Image.Image:
        """A new picture of the card so far, to draw the rest on."""
        image = self.ground.copy()
        image.paste(self.rows, (0, 0))
        return image


@functools.lru_cache(maxsize=4)
def _ground(site_name: str) -> Image.Image:
    """The teal ground, the copper bar, the mark and the site's name."""
    image = Image.new("RGB", (WIDTH, HEIGHT), TEAL)
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, HEIGHT - 24, WIDTH, HEIGHT), fill=COPPER)
    draw_mark(
        pen, (MARGIN + 28, 92), 28, face=STONE, edge=DARK_TEAL, orbits=(COPPER, TEAL), core=COPPER
    )
    site = _fit_line(drawable(site_name), _font(BOLD, 28), WIDTH - 2 * MARGIN - 72)
    pen.text((MARGIN + 72, 92), site, font=_font(BOLD, 28), fill=PALE, anchor="lm")
    return image


@functools.lru_cache(maxsize=32)
def _head(site_name: str, kicker_text: str) -> _Head:
    """The site's ground with the kicker over it."""
    ground = _ground(site_name)
    image = ground.copy()
    pen = ImageDraw.Draw(image)
    top = 190
    kicker = drawable(kicker_text).upper()
    if kicker:
        font = _font(BOLD, 30)
        pen.text((MARGIN, top), _fit_line(kicker, font, WIDTH - 2 * MARGIN), font=font, fill=KICKER)
        top += 58
    rows = image.crop((0, 0, WIDTH, top))
    return _Head(ground, rows, top, SharedTop.of(_quantized(image), top))


def _body(pen: ImageDraw.ImageDraw, card: Card, top: int) -> None:
    """The title from row ``top``, the summary and the foot."""
    size, lines = _title_lines(drawable(card.title))
    font = _font(BOLD, size)
    right_to_left = _right_to_left(card.title)
    for index, line in enumerate(lines):
        y = top + round(index * size * TITLE_LINE)
        x = WIDTH - MARGIN - font.getlength(line) if right_to_left else MARGIN
        pen.text((x, y), line, font=font, fill=WHITE)
    bottom = top + round(len(lines) * size * TITLE_LINE)
    _summary(pen, drawable(card.summary), bottom + 20)
    foot = _fit_line(drawable(card.foot), _font(REGULAR, 28), WIDTH - 2 * MARGIN)
    pen.text((MARGIN, HEIGHT - 70), foot, font=_font(REGULAR, 28), fill=PALE, anchor="ls")


@functools.cache
def _palette() -> Image.Image:
    """The card's colours: the flat ones, then each ink's blends with the ground."""
    colours = [TEAL, COPPER, STONE, DARK_TEAL]
    for ink in (WHITE, PALE, KICKER):
        colours += [_blend(TEAL, ink, (step + 1) / INK_STEPS) for step in range(INK_STEPS)]
    flat = [channel for colour in dict.fromkeys(colours) for channel in colour][: 256 * 3]
    palette = Image.new("P", (1, 1))
    palette.putpalette(flat + [0] * (256 * 3 - len(flat)))
    return palette


def _blend(
    ground: tuple[int, int, int], ink: tuple[int, int, int], share: float
) -> tuple[int, int, int]:
    red, green, blue = (round(g + (i - g) * share) for g, i in zip(ground, ink, strict=True))
    return red, green, blue


def _summary(pen: ImageDraw.ImageDraw, text: str, top: int) -> None:
    """Up to two lines of ``text`` from ``top``, as many as fit above the foot."""
    font, step = _font(REGULAR, 32), 44
    lines = wrap(text, font, WIDTH - 2 * MARGIN) if text else []
    room = max(0, min(2, (HEIGHT - 120 - top) // step))
    if len(lines) > room and room:
        lines = [
            *lines[: room - 1],
            _fit_line(" ".join(lines[room - 1 :]), font, WIDTH - 2 * MARGIN),
        ]
    for index, line in enumerate(lines[:room]):
        pen.text((MARGIN, top + index * step), line, font=font, fill=PALE)


def _right_to_left(text: str) -> bool:
    """Whether the first letter with a direction is written right to left (Arabic,
    Hebrew): such a title is set against the right margin."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def _title_lines(title: str) -> tuple[int, list[str]]:
    """The largest title size whose wrapped lines fit, else the smallest, cut
    with an ellipsis."""
    width = WIDTH - 2 * MARGIN
    lines: list[str] = []
    for size, most in TITLE_STEPS:
        lines = wrap(title, _font(BOLD, size), width)
        if len(lines) <= most:
            return size, lines
    size, most = TITLE_STEPS[-1]  # ``lines`` are this size's.
    return size, [
        *lines[: most - 1],
        _fit_line(" ".join(lines[most - 1 :]), _font(BOLD, size), width),
    ]


def wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Words to lines no wider than ``width``; a word wider than a line alone is
    broken where it must be."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while font.getlength(word) > width:
            cut = _longest_prefix(word, font, width)
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    return lines


def _longest_prefix(word: str, font: ImageFont.FreeTypeFont, width: int) -> int:
    cut = 1
    while cut < len(word) and font.getlength(word[: cut + 1]) <= width:
        cut += 1
    return cut


def _fit_line(text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """``text`` on one line, cut at a word (or a letter) with an ellipsis when too wide."""
    if font.getlength(text) <= width:
        return text
    words = text.split(" ")
    while len(words) > 1 and font.getlength(" ".join(words) + "…") > width:
        words.pop()
    cut = " ".join(words)
    while cut and font.getlength(cut + "…") > width:
        cut = cut[:-1]
    return cut.rstrip() + "…"
