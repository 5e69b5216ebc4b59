"""``classify`` is kept by line: a line seen again is answered from the memo, the
same answer as the first time, and the memo stays bounded."""

from __future__ import annotations

from generator.reader.rules import LINE_RULES, classify


def _in_order(text: str) -> object:
    return next((rule for rule in LINE_RULES if rule.matches(text)), None)


def test_a_line_seen_again_is_answered_from_the_memo() -> None:
    lines = ["Share this:", "Leave a Reply", "The ministry said exports fell by 4 %.", "***"]
    first = [classify(line) for line in lines]
    before = classify.cache_info().hits
    again = [classify(line) for line in lines]
    assert classify.cache_info().hits - before == len(lines)
    assert again == first
    assert [rule and rule.name for rule in again] == [
        rule and rule.name for rule in map(_in_order, lines)
    ]


def test_the_memo_is_bounded() -> None:
    assert classify.cache_info().maxsize is not None
