"""Where a sentence names its subject and how a job points back to a person: the
run that opens a sentence or its main clause ("Standing on the gantry, Owen Prescott
points …"), and "the managing director of Tindal Minerals", a job at a body named in
capitals, which a feature writes for the person it has just named."""

from __future__ import annotations

import re

from .lexicon import FUNCTION_WORDS
from .name_runs import NameRun, name_runs
from .role_words import is_role_word

# A possessive and a relation or job before the subject's name: "His colleague Jane
# Doe disagreed.", "Her deputy, NAME, …", "Their lawyer NAME said".
_RELATION = re.compile(r"^(?:His|Her|Their|Its|Our)\s+(?:[a-z-]+\s+){1,2}$")


def subject_runs(text: str) -> list[NameRun]:
    """The runs that may open a sentence (past function words) or its main clause,
    after an opening phrase and its comma: "Standing on the gantry, Owen Prescott
    points …"."""
    runs = name_runs(text)
    opening = [
        r
        for r in runs[:1]
        if all(w in FUNCTION_WORDS for w in text[: r.start].split())
        or _RELATION.match(text[: r.start])
    ]
    after_comma = next((r for r in runs if r.start > 2 and text[: r.start].endswith(", ")), None)
    return opening + ([after_comma] if after_comma else [])


def job_at_a_named_body(words: list[str]) -> bool:
    """ "the managing director of Tindal Minerals": "the", a job, "of" or "at" and a
    name in capitals."""
    if len(words) < 4 or words[0].lower() != "the":
        return False
    link = next((i for i, w in enumerate(words) if w in ("of", "at")), None)
    if link is None or link < 2 or link + 1 >= len(words) or not words[link + 1][:1].isupper():
        return False
    return is_role_word(words[link - 1]) and all(w.islower() for w in words[1:link])
