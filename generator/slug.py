"""Slugs: the file and URL names of pages, safe by construction."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_SLUG_LENGTH = 80
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def slugify(text: str, fallback: str = "article") -> str:
    """Lower-case ASCII words joined by hyphens.

    Only ``[a-z0-9-]`` survives, so no slug can hold a path separator, ``..``,
    a NUL byte or a drive letter: a title can never name a path outside the
    output folder.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0] or slug[:MAX_SLUG_LENGTH]
    return slug or fallback


def is_slug(text: str) -> bool:
    return SLUG_PATTERN.fullmatch(text) is not None


def unique_slugs(wanted: Iterable[str]) -> list[str]:
    """Give each wanted slug a distinct final form, in order: ``x``, ``x-2``, ``x-3``…

    Callers pass slugs in a deterministic order (by seed path) so the same
    inputs always give the same names.
    """
    taken: set[str] = set()
    result: list[str] = []
    for slug in wanted:
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            candidate = f"{slug}-{n}"
        taken.add(candidate)
        result.append(candidate)
    return result
