"""A topic named inside another topic's name: "rare earth magnets" is the
magnets topic's alias, and its first words, "rare earth", name rare earths.

Where aliases overlap, the longest wins (``topics.find_mentions``), so the
page's links and the mention counts see one topic per phrase. For the
evidence of what an article is about, the modifier at the head of a compound
alias also counts for its own topic, as a weak mention (in full in the zones of
``ScoringRules.full_head_zones``: the headline): a story about rare earth
magnets is about rare earths too. Only the head counts ("feed-in
tariff" names no tariff), only a topic's own, strong alias there (a weak word
or a look-alike never does), and only another topic's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# The word that ends a compound alias's head: the last word break before its last word.
_LAST_WORD = re.compile(r"[\s\u2010\u2011\u2013-]+\w+\W*$")


@dataclass(frozen=True)
class Modifier:
    """A topic named by the head of a longer alias, as ``text[start:end]``."""

    start: int
    end: int
    slug: str


def head_modifiers(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    regex: re.Pattern[str],
    alias_by_group: Mapping[str, tuple[str, bool, bool]],
) -> list[Modifier]:
    """For each mention (start, end, slug) of ``text``: another topic's strong
    alias that is the mention's head, all its words but the last, if any."""
    found: list[Modifier] = []
    for start, end, slug in spans:
        last = _LAST_WORD.search(text, start, end)
        if last is None or last.start() <= start:
            continue
        inner = regex.match(text, start, last.start())
        if inner is None or inner.end() != last.start():
            continue
        inner_slug, weak, _ = alias_by_group[str(inner.lastgroup)]
        if inner_slug and inner_slug != slug and not weak:
            found.append(Modifier(start, inner.end(), inner_slug))
    return found
