"""Modifiers of when a title is held ("Former", "Acting", "Incoming", "Non-executive")
that open a run of capitals before an employer and its title: "Former NITI Aayog
member NAME", "Acting Vexal Metals chief executive NAME". The modifier is the
title's, no part of the employer's name; and a body named only as where someone once
worked ("Former …") is none of the story's (the sets' labels, dev28 and dev43). The
fields an office's list goes on with after a comma ("the Minister for Industry,
Science and Resources, Dr NAME") are the office's, no organisation's either."""

from __future__ import annotations

import re

from .name_lists import field_word
from .name_runs import NameRun
from .role_words import ROLE_MODIFIERS, is_role_word
from .titles import lowercase_title

# Modifiers of a title held in the past: "Former X member", "Ex-Y executive".
PAST_MODIFIERS = frozenset({"former", "ex", "onetime", "one-time"})
# Modifiers of when a title is held, opening a run before an employer and its title.
_TIME_MODIFIERS = PAST_MODIFIERS | frozenset(
    {"acting", "interim", "incoming", "outgoing", "non-executive"}
)
# The lower-case title after a run, up to the next name: " chief executive |Jane".
_NEXT_NAME = re.compile(r"\s+(?:[a-z-]+\s+){1,4}(?=[A-Z])")


def title_modifier(word: str) -> bool:
    """'Former', 'Acting', 'Non-executive': a word qualifying a title, never a name's."""
    return word.lower() in ROLE_MODIFIERS or is_role_word(word)


def owner_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The employer's words before a lower-case title, past the title's modifiers
    opening them; () after "Former" (a past employer is no body of the story)."""
    once = False
    while words and title_modifier(words[0]):
        once = once or words[0].lower() in PAST_MODIFIERS
        words = words[1:]
    return () if once else words


def employer_run(sentence: str, run: NameRun) -> NameRun | None:
    """An organisation's run without a time modifier opening it before a lower-case
    title ("Acting Vexal Metals chief executive NAME" -> "Vexal Metals"); None after
    "Former"; the run itself otherwise."""
    first = run.words[0].lower()
    if len(run.words) < 2 or first not in _TIME_MODIFIERS:
        return run
    following = _NEXT_NAME.match(sentence, run.end)
    if not lowercase_title(sentence[: following.end() if following else run.end]):
        return run
    if first in PAST_MODIFIERS:
        return None
    return NameRun(run.text.split(" ", 1)[1], run.word_offset(1), run.end)


# An office and its first field before a comma: "the Minister for Industry, ".
_OFFICE_FIELD = re.compile(r"\b([A-Z][\w-]*)\s+(?:for|of)\s+[A-Z][\w-]*,\s+$")


def office_fields(sentence: str, run: NameRun) -> bool:
    """A run of fields that goes on an office's list ("Minister for Industry, |Science
    and Resources|"): the office's, no organisation's."""
    office = _OFFICE_FIELD.search(sentence[: run.start])
    if office is None or not is_role_word(office.group(1)):
        return False
    return all(field_word(w) or w in ("and", "&") for w in run.words)
