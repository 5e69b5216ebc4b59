"""A promo under a lone "read more" label inside the story: "ALSO READ" /
"Harbour dredging contract awarded to Dutch firm", "READ MORE" / "Port traffic
hits a record", "Related" / "Why lithium prices fell" (in other languages too:
"Baca juga" / …). The label and the one headline under it are chrome, never a
heading or a paragraph of the story."""

from __future__ import annotations

import re

from .portal_rules import READ_ALSO
from .reading import TITLE_MAX_WORDS, Label, Reading

_PROMO_LABEL = re.compile(
    r"(?:also read|read more|read next|see also|related(?: (?:story|stories|article|articles|news"
    rf"|coverage|content|reading))?|more on this(?: story)?|don['’]t miss|must read|{READ_ALSO})"
    r"\s*[:>»›]?",
    re.IGNORECASE,
)


def is_promo_label(text: str) -> bool:
    return _PROMO_LABEL.fullmatch(text.strip()) is not None


def mark_promos_under_labels(reading: Reading) -> Reading:
    """Below the lead, each lone promo label and the headline-shaped line under
    it (short, no full stop): chrome."""
    if reading.lead is None:
        return reading
    changes: dict[int, Label] = {}
    for index in range(reading.lead + 1, len(reading.blocks) - 1):
        if not is_promo_label(reading.blocks[index].text):
            continue
        promo, feats = index + 1, reading.features[index + 1]
        changes[index] = "chrome"
        if (
            reading.blocks[promo].kind == "text"
            and reading.labels[promo] not in ("meta", "title")
            and 0 < feats.words <= TITLE_MAX_WORDS
            and not feats.ends_sentence
        ):
            changes[promo] = "chrome"
    return reading.relabel(changes) if changes else reading
