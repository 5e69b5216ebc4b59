"""The abbreviation glossary (``seeds/glossary.yml``): TERM → what it stands for."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import SeedError
from .reader.source import GLOSSARY, is_listed_input, read_text
from .yamlsafe import load_yaml

_TERM = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&-]{0,23}")


def load_glossary(path: Path, display: str) -> dict[str, str]:
    """Validated glossary; a missing file is an empty glossary."""
    if not is_listed_input(path):
        return {}
    data, lines = load_yaml(read_text(path, display, GLOSSARY), display)
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
