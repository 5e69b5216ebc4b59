"""Fixture files of cases, input → expected, in markdown-it-py's format:

    a case's name
    .
    the input, any number of lines
    .
    what is expected, any number of lines (none: nothing)
    .

Cases are separated by blank lines; lines starting with "#" between cases are
comments (each file's header says what its input and expected lines mean).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
_FENCE = "."


@dataclass(frozen=True)
class Case:
    name: str
    line: int
    input: str
    expected: str

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The input's paragraphs: runs of lines between blank lines, joined by spaces."""
        blocks = self.input.split("\n\n")
        return tuple(" ".join(block.split("\n")) for block in blocks if block.strip())


def read_cases(path: Path) -> list[Case]:
    lines = path.read_text(encoding="utf-8").split("\n")
    cases: list[Case] = []
    index = 0
    while index < len(lines):
        if not lines[index].strip() or lines[index].startswith("#"):
            index += 1
            continue
        name, start = lines[index], index + 1
        if lines[index + 1 : index + 2] != [_FENCE]:
            raise ValueError(f"{path}:{start}: {name!r} is not followed by a line '.'")
        text, index = _until_fence(lines, index + 2, path)
        expected, index = _until_fence(lines, index, path)
        cases.append(Case(name, start, text, expected))
    return cases


def _until_fence(lines: list[str], start: int, path: Path) -> tuple[str, int]:
    try:
        end = lines.index(_FENCE, start)
    except ValueError:
        raise ValueError(f"{path}:{start}: a case runs to the end of the file") from None
    return "\n".join(lines[start:end]), end + 1


def cases(name: str) -> list[object]:
    """The cases of ``fixtures/extract/<name>`` as pytest parameters, by name."""
    found = read_cases(FIXTURES / name)
    names = [case.name for case in found]
    assert len(set(names)) == len(names), f"{name}: two cases share a name"
    return [pytest.param(case, id=case.name) for case in found]
