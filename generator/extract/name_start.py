"""Where a person's name starts at the end of a titled run of words.

"Mayor of the West Midlands Richard Parkes" -> "Richard Parkes": the longest
trailing name of up to four words, past a place whose words began before it,
never starting inside an honour conferred on the person ("Datuk Seri"), which is
no part of the role either.
"""

from __future__ import annotations

from .aliases import CONFERRED_TITLES
from .lexicon import PARTICLES, PLACES, is_family_first_name, is_person_name
from .role_words import is_role_word


def name_suffix(words: tuple[str, ...]) -> int:
    """Index where the longest trailing person name (up to four words) starts, or -1."""
    best = -1
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if len([w for w in tail if w not in PARTICLES]) > 4:
            break
        if words[start] in PARTICLES or _inside_conferred_title(words, start):
            continue
        if not is_person_name(tail):
            if len(tail) == 1:
                continue  # "King" alone is a title, "Madeleine King" a name.
            if is_family_first_name(tail):
                best = start  # "Minister … MUTO Kensuke"
            break
        best = start
    return _past_place(words, best)


def _past_place(words: tuple[str, ...], start: int) -> int:
    """'Mayor of the West Midlands Richard Parkes': the name starts after a place
    whose words began before it."""
    if start <= 0:
        return start
    for end in range(len(words) - 2, start, -1):
        if any(" ".join(words[begin:end]) in PLACES for begin in range(max(0, end - 4), start)):
            return end
    return start


def without_conferred_title(role_words: tuple[str, ...]) -> tuple[str, ...]:
    """'Investment Minister Datuk Seri' -> 'Investment Minister': the honour is no role."""
    for title in CONFERRED_TITLES:
        if len(role_words) > len(title) and role_words[-len(title) :] == title:
            return role_words[: -len(title)]
    return role_words


_TWO_WORD_TITLES = frozenset(title for title in CONFERRED_TITLES if len(title) == 2)


def _inside_conferred_title(words: tuple[str, ...], start: int) -> bool:
    """'Seri' of 'Datuk Seri Ahmad Faizal': the second word of a title, not a name's first."""
    return start > 0 and words[start - 1 : start + 1] in _TWO_WORD_TITLES


def name_after_title(words: tuple[str, ...]) -> str | None:
    """'Senator Ruth Calloway' or 'trader Lucas Meyer' -> the name; None without a title."""
    start = name_suffix(words)
    if start <= 0 or not any(is_role_word(w) for w in words[:start]):
        return None
    return " ".join(words[start:])
