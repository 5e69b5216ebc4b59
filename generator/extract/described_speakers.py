"""Speakers a page brings in by their office alone, with "the".

State media and translated statements name officials by what they are: "the
vice-minister of industry and information technology told a press conference",
"The director of the ministry's raw materials department said". Such a phrase,
the subject of a speech verb, brings in someone unnamed, as written; a later "the
vice-minister said" is that person again.
"""

from __future__ import annotations

import re

from .speech_words import BETWEEN, SPEECH_VERB
from .unnamed import person_head

# "the" and a job (perhaps after two modifiers), then what it is a job of or at.
_DESCRIBED = re.compile(
    r"(?<![\w’'-])the\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:of|at|for|with)\s", re.I
)
_MAX_WORDS = 12  # "the director of the ministry's raw materials industry department"
# Words that end a noun phrase and start a clause: no part of an office's name.
_CLAUSE = frozenset(
    {"that", "which", "who", "whom", "whose", "when", "where", "after", "before", "because",
     "while", "if", "but", "or", "to", "in", "on", "said", "says", "told"}
)  # fmt: skip


def described_speakers(text: str) -> list[tuple[int, str]]:
    """The unnamed officials a sentence has speaking, by offset, as written: the
    phrase from "the" to its speech verb (words such as "later" between them off)."""
    found: list[tuple[int, str]] = []
    for match in _DESCRIBED.finditer(text):
        verb = SPEECH_VERB.search(text, match.end())
        before = text[: match.start()].rstrip()
        # The subject: opening its sentence or after a comma ("…, the vice-minister told").
        subject = not before or before.endswith((",", ".", "!", "?", "”", '"'))
        if verb is None or not subject or not person_head(f"a {match.group(1)}"):
            continue
        words = text[match.start() : verb.start()].split()
        while words and (words[-1].lower() in BETWEEN or words[-1] == "and"):
            words.pop()
        span = " ".join(words)
        plain = all(w.lower() not in _CLAUSE for w in words[1:])
        if plain and len(words) <= _MAX_WORDS and not any(c in span for c in ',;:()“”"'):
            found.append((match.start(), span))
    return found
