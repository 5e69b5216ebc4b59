"""The abbreviation glossary (``seeds/glossary.yml``): TERM → what it stands for."""

from __future__ import annotations

import re
from pathlib import Path

from .errors import SeedError
from .reader.source import GLOSSARY, read_yaml_input

_TERM = re.compile(r"[A-Za-z0-9][A-Za-z0-9.&-]{0,23}")


def load_glossary(path: Path, display: str) -> dict[str, str]:
    """Validated glossary; a missing file is an empty glossary."""
    wrong = "the glossary must map each abbreviation to its meaning"
    data, lines = read_yaml_input(path, display, GLOSSARY, dict, wrong)
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
