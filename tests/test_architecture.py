"""ARCHITECTURE.md stays true: its module table lists every module of the
package, each with its line count within a tenth (or five lines)."""

from __future__ import annotations

import re

from tests.conftest import REPO

ROW = re.compile(r"^\| `(generator/[\w/]+\.py)` \| (\d+) \|", re.MULTILINE)


def test_the_module_table_lists_every_module_with_its_size() -> None:
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    listed = {path: int(lines) for path, lines in ROW.findall(text)}
    modules = {
        path.relative_to(REPO).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in (REPO / "generator").rglob("*.py")
    }
    assert sorted(listed) == sorted(modules)
    wrong = {
        path: (listed[path], lines)
        for path, lines in modules.items()
        if abs(listed[path] - lines) > max(5, listed[path] // 10)
    }
    assert not wrong, f"(listed, actual) lines: {wrong}"
