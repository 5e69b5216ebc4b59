"""The abbreviation glossary (``seeds/glossary.yml``): TERM → what it stands for."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import SeedError
from .reader.decode import decode_text
from .reader.source import is_listed_input, read_input
from .yamlsafe import load_yaml

MAX_GLOSSARY_BYTES = 256 * 1024
_TERM = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&-]{0,23}")


def load_glossary(path: Path, display: str) -> dict[str, str]:
    """Validated glossary; a missing file is an empty glossary."""
    if not is_listed_input(path):
        return {}
    data, lines = load_yaml(
        decode_text(read_input(path, display, MAX_GLOSSARY_BYTES), display), display
    )
    if not isinstance(data, dict):
        raise SeedError(display, 1, "the glossary must map each abbreviation to its meaning")
    glossary: dict[str, str] = {}
    for term, meaning in data.items():
        line = lines.line(term)
        if not isinstance(term, str) or not _TERM.fullmatch(term):
            raise SeedError(
                display, line, f"{term!r} is not an abbreviation (letters, digits, '.', '&', '-')"
            )
        if not isinstance(meaning, str) or not meaning.strip():
            raise SeedError(display, line, f"the meaning of {term} must be a non-empty string")
        glossary[term] = " ".join(meaning.split())
    return glossary
