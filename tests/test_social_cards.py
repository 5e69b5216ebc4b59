"""Social cards: what each shows, drawn offline, the same bytes every time, and
drawn again only when what a card shows changed."""

from __future__ import annotations

import io
import itertools
import struct
from pathlib import Path

import pytest
from PIL import Image

from generator.cache import ArticleCache
from generator.pipeline import Project, generate
from generator.social import card as card_module
from generator.social.card import BOLD, MARGIN, WIDTH, Card, card_key, draw_card, drawable, wrap
from generator.social.cards import CardCache, card_alt

from .conftest import corpus_seeds

SITE = "Rare Earth Exchanges — Analysis"
HOSTILE = {
    "quotes": "Lynas says \"we built it\" — and its rival's 'plan' stalls",
    "markup": '"><script>alert(1)</script><img src=x onerror=alert(2)> Tariffs & <b>magnets</b>',
    "long": "Why the separation of heavy rare earths outside China keeps slipping "
    "while buyers in Japan, Korea and Germany sign contracts years ahead " * 4,
    "rtl": "الصين تفرض قيودا جديدة على تصدير المعادن النادرة",
    "hebrew": "ישראל בוחנת מלאי של מתכות נדירות",
    "emoji": "Magnet prices 🚀 soar as 🇨🇳 curbs exports ⚠️ again",
    "one long word": "Pneumonoultramicroscopicsilicovolcanoconiosis" * 3,
}


def chunks(png: bytes) -> list[bytes]:
    """The chunk types of a PNG file, in order."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    found, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        found.append(png[at + 4 : at + 8])
        at += 12 + length
    return found


def card(title: str, kicker: str = "Rare earths", foot: str = "May 20, 2025 · Reuters") -> Card:
    return Card(title, kicker, foot, SITE)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_card_is_a_1200_by_630_png_with_no_metadata(name: str) -> None:
    png = draw_card(card(HOSTILE[name]))
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (1200, 630) and image.mode == "P"
    # Pixels and their palette, nothing else: no time, text or other ancillary chunk.
    idat = [b"IDAT"] * chunks(png).count(b"IDAT")
    assert chunks(png) == [b"IHDR", b"PLTE", *idat, b"IEND"]


@pytest.mark.parametrize("name", ["rtl", "emoji", "long"])
def test_the_stored_card_is_the_drawing_to_within_a_few_levels(name: str) -> None:
    from PIL import ImageChops

    from generator.social.card import TEAL, picture

    drawn = picture(card(HOSTILE[name]))
    stored = Image.open(io.BytesIO(draw_card(card(HOSTILE[name])))).convert("RGB")
    difference = ImageChops.difference(drawn, stored)
    assert max(high for _, high in difference.getextrema()) <= 6
    # The flat colours are in the palette as they are.
    assert stored.getpixel((WIDTH // 2, 20)) == TEAL


# Accents stacked on a title's letters reach up into the rows the cards share.
TOWERING = "Ta" + "\u0301" * 60 + "riffs"


@pytest.mark.parametrize("title", [*sorted(HOSTILE.values()), "", TOWERING])
@pytest.mark.parametrize("kicker", ["Rare earths", "", "Topic"])
def test_a_card_is_the_file_pillow_writes_for_its_picture(title: str, kicker: str) -> None:
    from generator.social.card import picture
    from generator.social.png import pillow_png

    drawn = picture(card(title, kicker))
    whole = pillow_png(drawn.quantize(palette=card_module._palette(), dither=Image.Dither.NONE))
    assert draw_card(card(title, kicker)) == whole


def test_letters_reaching_into_the_shared_rows_are_kept() -> None:
    from generator.social.card import picture

    head = card_module._head(SITE, "Rare earths")
    drawn = picture(card(TOWERING))
    assert drawn.crop((0, 0, WIDTH, head.top)).tobytes() != head.rows.tobytes()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_two_renders_of_a_card_are_the_same_bytes(name: str) -> None:
    assert draw_card(card(HOSTILE[name])) == draw_card(card(HOSTILE[name]))


def test_the_title_is_drawn_and_changes_the_picture() -> None:
    blank = Image.open(io.BytesIO(draw_card(card("")))).convert("L")
    drawn = Image.open(io.BytesIO(draw_card(card("Lynas Separates Heavy Rare Earths")))).convert(
        "L"
    )
    # The title's white letters are where the blank card has only the background.
    title_band = (MARGIN, 250, WIDTH - MARGIN, 330)
    assert blank.crop(title_band).getextrema()[1] < 200
    assert drawn.crop(title_band).getextrema()[1] > 240


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_every_title_line_fits_the_card(name: str) -> None:
    size, lines = card_module._title_lines(drawable(HOSTILE[name]))
    font = card_module._font(BOLD, size)
    assert 1 <= len(lines) <= 4
    assert all(font.getlength(line) <= WIDTH - 2 * MARGIN for line in lines), lines


def test_a_title_too_long_for_the_card_ends_with_an_ellipsis() -> None:
    _, lines = card_module._title_lines(drawable(HOSTILE["long"]))
    assert lines[-1].endswith("…")
    assert " ".join(lines).replace("…", "") in drawable(HOSTILE["long"])


def test_wrapping_keeps_every_word_in_order() -> None:
    font = card_module._font(BOLD, 68)
    text = "Beijing Signals Conditional Openness to Trade Talks as Washington Reaches Out"
    lines = wrap(text, font, 1040)
    assert len(lines) > 1 and " ".join(lines) == text
    assert all(font.getlength(line) <= 1040 for line in lines)
    # Each line is as full as it can be: the next line's first word would not fit.
    for line, after in itertools.pairwise(lines):
        assert font.getlength(f"{line} {after.split()[0]}") > 1040


def test_what_the_fonts_cannot_draw_is_left_out() -> None:
    assert drawable(HOSTILE["emoji"]) == "Magnet prices soar as curbs exports ⚠ again"
    assert drawable("Tabs\tand\u200bzero\u00a0width") == "Tabs andzero width"
    assert drawable(HOSTILE["rtl"]) == HOSTILE["rtl"]


def test_the_key_follows_what_the_card_shows() -> None:
    one = card("Lynas expands")
    assert card_key(one) == card_key(card("Lynas expands"))
    others = {
        card("Lynas expands."),
        card("Lynas expands", kicker="Processing"),
        card("Lynas expands", foot="May 21, 2025"),
        Card("Lynas expands", "Rare earths", "May 20, 2025 · Reuters", "Another site"),
    }
    assert card_key(one) not in {card_key(other) for other in others}


def test_the_alt_text_says_what_the_card_shows() -> None:
    assert card_alt(card("Lynas expands")) == "Rare earths: Lynas expands. May 20, 2025 · Reuters"
    assert card_alt(Card("Tariffs", "", "", SITE)) == "Tariffs"


def test_a_rebuild_draws_only_the_cards_that_changed(tmp_path: Path) -> None:
    seeds = corpus_seeds(tmp_path / "seeds")
    project = Project(tmp_path, seeds, site_name=SITE)
    cache = ArticleCache.on_disk(tmp_path / "cache")
    first = generate(project, cache)
    articles = [p for p in first.files if p.startswith("assets/social/articles/")]
    topics = [p for p in first.files if p.startswith("assets/social/topics/")]
    assert len(articles) == len(first.articles) and len(topics) >= 5
    assert len(cache.cards.drawn) == len(first.files)
    # Nothing changed: nothing drawn, in the same process or a new one (from disk).
    assert generate(project, cache).files == first.files and cache.cards.drawn == []
    fresh = ArticleCache.on_disk(tmp_path / "cache")
    assert generate(project, fresh).files == first.files and fresh.cards.drawn == []
    # One headline changed: that article's card alone is drawn again.
    seed = seeds / "lynas-heavy-separation.md"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("title: Lynas", "title: Lynas Again", 1),
        encoding="utf-8",
    )
    third = generate(project, fresh)
    assert len(fresh.cards.drawn) == 1
    changed = [p for p in third.files if third.files[p] != first.files.get(p)]
    assert len(changed) == 1 and "lynas" in changed[0], changed
    # The card no page shows any more is gone from the folder.
    kept = {p.name for p in (tmp_path / "cache" / "cards").iterdir()}
    assert len(kept) == len(third.files)


def test_the_cache_keeps_only_its_own_files(tmp_path: Path) -> None:
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    stale = folder / f"{'0' * 64}.png"
    stale.write_bytes(b"\x89PNG\r\n\x1a\nold")
    cache = CardCache(folder)
    files = cache.files({"assets/social/articles/x.png": card("X")})
    assert list(files) == ["assets/social/articles/x.png"]
    assert (folder / "notes.txt").exists() and not stale.exists()
    # A broken file in the folder is a miss, drawn again.
    (folder / f"{card_key(card('X'))}.png").write_bytes(b"garbage")
    again = CardCache(folder)
    assert again.files({"assets/social/articles/x.png": card("X")}) == files
    assert again.drawn == [card_key(card("X"))]
