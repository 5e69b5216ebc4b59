"""The inline rules' hints only skip searches that could not match."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.reader.inline_rules import (
    INLINE_RULES,
    REWRITE_RULES,
    _joiner,
    strip_inline_boilerplate,
)

ROOT = Path(__file__).resolve().parent
CRAFTED = (
    "Read the report (opens in a new tab) before Friday.",
    "Read the report (Opens In New Window), then call.",
    "The ministry's site (link is external).",
    "See the filing, opens new tab for details.",
    "Output rose 4 per cent last year./.",
    "Output rose 4 per cent last year.Enditem",
    "Output rose in March. (END)",
    "Prices fell sharply in 2024.[3] Traders shrugged.",
    "Exports slowed in the third quarter ... more less",
    "A line with none of them, in brackets (like this) and a tab\tor two.",
    "Read more (OPENS IN NEW TAB).",
    # Letters the regex folds to ASCII but str.lower does not.
    "The report (opens in new w\u0130ndow).",
    "See the filing, open\u017f new tab now.",
    "Exports to [Japan](https://example.org/japan) fell.![Ingots](https://example.org/a.jpg)",
)


def every_rule(text: str) -> str:
    for rewrite, replacement in REWRITE_RULES:
        text = rewrite.pattern.sub(replacement, text)
    for rule in INLINE_RULES:
        text = rule.pattern.sub(_joiner, text)
    return text


def lines_of_every_article() -> list[str]:
    files = sorted(ROOT.glob("eval/*/*.txt")) + sorted(ROOT.parent.glob("seeds/*.txt"))
    return [line for path in files for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("line", CRAFTED)
def test_a_hinted_rule_removes_what_every_rule_removes(line: str) -> None:
    assert strip_inline_boilerplate(line) == every_rule(line)


def test_the_hints_change_nothing_on_the_evaluation_articles() -> None:
    lines = lines_of_every_article()
    assert len(lines) > 1000
    assert [strip_inline_boilerplate(x) for x in lines] == [every_rule(x) for x in lines]


def test_crafted_lines_do_lose_their_phrases() -> None:
    assert strip_inline_boilerplate(CRAFTED[0]) == "Read the report before Friday."
    assert strip_inline_boilerplate(CRAFTED[4]) == "Output rose 4 per cent last year."
    # No hint in the lower-cased line, yet the regex matches: searched all the same.
    assert strip_inline_boilerplate("The report (opens in new w\u0130ndow).") == "The report."
    assert strip_inline_boilerplate("The filing, open\u017f new tab now.") == "The filing now."
