"""Slugs: the file and URL names of pages, safe by construction."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

from slugify import slugify as transliterate_slug

MAX_SLUG_LENGTH = 80
_HASH_LENGTH = 8
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slugify(text: str, fallback: str = "article") -> str:
    """Lower-case ASCII words joined by hyphens.

    Only ``[a-z0-9-]`` survives, so no slug can hold a path separator, ``..``,
    a NUL byte or a drive letter: a title can never name a path outside the
    output folder.
    """
    slug = _NOT_SLUG.sub("-", to_ascii(text).lower()).strip("-")
    return cap_slug(slug) if slug else fallback


def to_ascii(text: str) -> str:
    """``text`` in ASCII: accents dropped (é → e) as before, and letters with no
    ASCII decomposition (ß, Đ, Ø, Greek, Cyrillic, Chinese…) transliterated by
    python-slugify instead of lost. Other symbols (’, “, —) are dropped, so every
    slug that came out whole before is unchanged."""
    pieces: list[str] = []
    foreign: list[str] = []
    for char in text:
        decomposed = _decomposed(char)
        if decomposed is None:
            foreign.append(char)
            continue
        if foreign:
            pieces.append(transliterate_slug("".join(foreign)))
            foreign.clear()
        pieces.append(decomposed)
    if foreign:
        # Words of a run come hyphenated ("稀土" → "xi-tu"): separators here too.
        pieces.append(transliterate_slug("".join(foreign)))
    return "".join(pieces)


def _decomposed(char: str) -> str | None:
    """The ASCII that NFKD leaves of ``char``; None for a letter or digit it loses."""
    if char.isascii():
        return char
    kept = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
    return None if not kept and char.isalnum() else kept


def cap_slug(slug: str) -> str:
    """A slug of at most ``MAX_SLUG_LENGTH`` characters: a longer one is cut at a word
    boundary and ends with a short hash of the whole, so that two long titles that
    begin alike still differ, whatever other seeds there are."""
    if len(slug) <= MAX_SLUG_LENGTH:
        return slug
    digest = hashlib.sha256(slug.encode("ascii")).hexdigest()[:_HASH_LENGTH]
    room = MAX_SLUG_LENGTH - _HASH_LENGTH - 1
    head = slug[: room + 1].rsplit("-", 1)[0] if "-" in slug[: room + 1] else ""
    head = head if head and len(head) <= room else slug[:room]
    return f"{head.strip('-')}-{digest}"


def is_slug(text: str) -> bool:
    return SLUG_PATTERN.fullmatch(text) is not None


def unique_slugs(wanted: Iterable[str], reserved: Iterable[str] = ()) -> list[str]:
    """Give each wanted slug a distinct final form, in order: ``x``, ``x-2``, ``x-3``…
    A ``reserved`` slug (a page the generator makes itself) is never given out.

    Callers pass slugs in a deterministic order (by seed path) so the same
    inputs always give the same names.
    """
    taken: set[str] = set(reserved)
    result: list[str] = []
    for slug in wanted:
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug}-{n}"
        taken.add(candidate)
        result.append(candidate)
    return result
