"""Kickers beside the headline: on a line of their own, the section's name and
a series' or topic's name parted by a bar ("Trade policy | The tariff economy"
over "Ports of no return"), as weeklies and portals print it, no headline
however well it scores; and a label glued before a copy of the headline
("Markets: Asian shares slip …" by "Asian shares slip …"), a copy that makes
the bare line the headline."""

from __future__ import annotations

from .dates import find_dates
from .features import repeat_key
from .outlets import is_outlet
from .reading import TITLE_MAX_WORDS, Reading, next_index
from .words import words_of

KICKER_PARTS = (2, 3)
KICKER_PART_MAX_WORDS = 4
HEADLINE_MIN_WORDS = 3


def is_kicker_pair(text: str) -> bool:
    """ "Trade policy | The tariff economy": two or three short parts, each
    starting with a capital, no date and no outlet's name among them."""
    parts = [p.strip() for p in text.split(" | ")]
    if len(parts) not in KICKER_PARTS or find_dates(text) is not None:
        return False
    return all(
        0 < len(words_of(p)) <= KICKER_PART_MAX_WORDS and p[:1].isupper() and not is_outlet(p)
        for p in parts
    )


def kicker_over_headline(reading: Reading, index: int) -> bool:
    """A kicker pair straight over a line shaped like a headline (a few words,
    no bar, no full stop)."""
    if not is_kicker_pair(reading.blocks[index].text):
        return False
    following = next_index(reading, index)
    if following is None or reading.labels[following] != "pending":
        return False
    block, feats = reading.blocks[following], reading.features[following]
    return (
        block.kind == "text"
        and HEADLINE_MIN_WORDS <= feats.words <= TITLE_MAX_WORDS
        and " | " not in block.text
        and not feats.ends_sentence
    )


LABEL_MAX_WORDS = 3


def labelled_copy(text: str, title: str) -> bool:
    """ "Markets: Asian shares slip …" for "Asian shares slip …": a short label in
    capitals or title case, a colon, then the headline."""
    label, sep, rest = text.partition(": ")
    return (
        bool(sep)
        and 0 < len(label.split()) <= LABEL_MAX_WORDS
        and label[:1].isupper()
        and bool(rest.strip())
        and repeat_key(rest) == repeat_key(title)
    )
