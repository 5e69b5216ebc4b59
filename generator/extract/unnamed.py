"""Speakers the text does not name, kept as the text describes them.

"one trader in Ganzhou said", "said a procurement manager at a Midwestern pump
maker", "a White House spokesperson said": a determiner, a few qualifying words,
the noun of a job (or of a body: "the ministry"), and perhaps where they work.
The phrase is returned as written, with its determiner, so that a reader sees
who is speaking; "the ministry" is resolved to a named ministry later.
"""

from __future__ import annotations

import re

from .entities import is_role_word

_DETERMINERS = frozenset({"a", "an", "one", "another", "the"})
# Bodies that speak as one: "the ministry said" means the ministry named earlier.
BODY_NOUNS = frozenset(
    {
        "ministry", "department", "company", "agency", "commission", "government",
        "firm", "group", "embassy", "office", "bank", "council", "association",
        "administration", "regulator", "committee", "institute", "miner", "producer",
    }
)  # fmt: skip
_TAIL_LINKS = frozenset({"in", "at", "of", "from", "with", "for"})
_MAX_MODIFIERS = 4
_MAX_TAIL = 7
_WORD = re.compile(r"^[\w’'&.-]+$")


def _head_ends(words: list[str]) -> int | None:
    """How many words the noun phrase 'DET modifiers NOUN' takes, or None: 'one
    Singapore-based trader' -> 3, 'the ministry' -> 2."""
    if not words or words[0].lower() not in _DETERMINERS:
        return None
    for i, word in enumerate(words[1 : _MAX_MODIFIERS + 2], start=1):
        if word.lower() in _DETERMINERS or not _WORD.match(word):
            return None
        if _is_head(word, words[0].lower()):
            return i + 1
    return None


def _is_head(word: str, determiner: str) -> bool:
    if word.lower() in BODY_NOUNS and determiner == "the":
        return True
    return word.islower() and is_role_word(word)


def _tail_ok(words: list[str]) -> bool:
    """'in Ganzhou', 'at a rival European producer': where the speaker is."""
    if not words:
        return True
    return (
        words[0] in _TAIL_LINKS
        and 1 < len(words) <= _MAX_TAIL
        and all(_WORD.match(w) for w in words[1:])
        and sum(_breaks_tail(words, i) for i in range(1, len(words))) <= _MAX_EXTRA_LINKS
    )


# "at a smelter in Ganzhou": one more place phrase after where they work.
_MAX_EXTRA_LINKS = 1


def _breaks_tail(words: list[str], i: int) -> bool:
    """A second 'in'/'at' starts another phrase, except inside a name ("Department
    of Energy")."""
    inside_name = (
        0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
    )
    return words[i] in _TAIL_LINKS and not inside_name


def unnamed_ending(text: str) -> str | None:
    """The unnamed speaker that ends ``text`` (just before a speech verb). A phrase
    followed by a comma is an apposition ("Jane Roe, a strategist, said"): not one."""
    words = text.split()
    for start in range(max(len(words) - _MAX_MODIFIERS - _MAX_TAIL - 2, 0), len(words)):
        head = _head_ends(words[start:])
        if head is not None and _tail_ok(words[start + head :]):
            return " ".join(words[start:])
    return None


def unnamed_opening(text: str) -> str | None:
    """The unnamed speaker that opens ``text`` (just after a speech verb): 'one
    executive at a rival European producer, who asked …' -> up to the comma."""
    clause = re.split(r"[,;:.!?()“”\"—–]|\s(?:who|which|whose|that)\s", text, maxsplit=1)[0]
    words = clause.split()
    head = _head_ends(words)
    if head is None:
        return None
    # "said a spokesperson on Tuesday": where they work, or nothing of what follows.
    return " ".join(words if _tail_ok(words[head:]) else words[:head])


def later_mention(speaker: str, earlier: list[str]) -> str | None:
    """'the official' -> the last unnamed speaker before it with that noun ('a
    former Pentagon official'), else None."""
    words = speaker.split()
    if len(words) != 2 or words[0] != "the" or not is_role_word(words[1]):
        return None
    for before in reversed(earlier):
        first = before.split()[0]
        if first in _DETERMINERS - {"the"} and words[1] in before.split():
            return before
    return None


def is_body(speaker: str) -> bool:
    """'the ministry', 'the company': a body named earlier in the article."""
    words = speaker.split()
    return len(words) == 2 and words[0] == "the" and words[1] in BODY_NOUNS
