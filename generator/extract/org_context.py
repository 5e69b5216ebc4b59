"""Organisations named with no organisation word, known by what the text says
around them, read once the article's people and cued organisations are known.

A one-word company ("Neomag", "UBS") or a name with no company word
("Oxbridge Ventures") is cued by a noun for its kind before it ("consultancy
Corvid Metals", "mining lobby Ibram") or after it (", the Danish recycler,"),
by what only companies do (shares that rise, a founding date, a rating cut:
`company_acts`; an "its" in its clause) or by standing in a list with an organisation the article
already names ("Sojitz and JOGMEC"). A word of a person's name ("Reyes said
its …"), a place, a calendar or function word is never one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Entity
from ..wordlist import HONORIFICS, longest_first
from .company_acts import PARTS, act_cued
from .deal_cues import link_without_owner, opens_as_adverb, without_place_owners
from .lexicon import (
    CALENDAR,
    FUNCTION_WORDS,
    KIND_NOUNS,
    NOT_NAMES,
    is_person_name,
    is_place,
    names_nothing,
)
from .name_lists import LIST_AND, LIST_COMMA
from .name_runs import NameRun, name_runs
from .names import OFFICE_WORDS
from .org_cues import names_an_index
from .org_names import LEGAL_FORMS
from .role_words import is_role_word
from .sentences import split_sentences

_KIND_BEFORE = re.compile(r"(?:^|\s)([A-Za-z-]+),?\s+$")
# ", the Danish recycler," closed by a comma (", the company said" is an attribution).
# ", Japan's largest magnet maker," too: a place's possessive is a determiner.
_KIND_AFTER = re.compile(
    r"^,\s+(?:the|a|an|two|three|four|both|[A-Z][\w-]*(?:’s|'s))\s+((?:[\w’'-]+\s+){0,6}?[\w-]+),"
)
# Where a description's head noun ends: "a Belgian city of drive makers" is a city.
_TAIL = frozenset({"of", "in", "based", "that", "which", "with", "from", "for", "at", "on"})
_KINDS = "|".join(longest_first(KIND_NOUNS))
# "Stellantis and the motor maker Brembo": a list whose second member's kind is named.
_LIST_LINK = re.compile(
    rf"^(?:{LIST_AND}(?:by\s+|with\s+|(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_KINDS})\s+)?"
    r"|\s+or\s+)$"
)
# ", the federal environment agency, Semarnat,": its kind in an apposition before it.
_APPOSED_KINDS = KIND_NOUNS | {"agency", "body", "authority"}
_KIND_APPOSED = re.compile(r"\b(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z-]+),\s+$")
# "Goldman Sachs expects …, the bank said": the sentence's subject is the body speaking.
_KIND_SAID = re.compile(
    rf",[”\"]?\s+the\s+(?:{_KINDS})\s+(?:said|says|added|wrote|noted|estimated)\b"
)
_OPENER = re.compile(r"^\s*(?:[A-Z][a-z]+,\s+)?$")  # "", "Meanwhile, "
# A verb after the subject ("Goldman Sachs expects"), not a noun ("Price reporting …").
_VERB = re.compile(
    r"^\s+(?:also\s+)?(?:[a-z]+(?:ed|s)|is|was|has|had|will|would|kept|cut|sees|saw|put)\b"
)
# "Its head of metals strategy, NAME," opening the next sentence: "its" is a thing's.
_ITS_TITLE = re.compile(r"^Its\s+(?:[a-z-]+\s+){0,6}?[a-z-]+,\s+[A-Z]")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A bare comma links a list only where the list goes on, through other members, to an
# "and": "MP Materials, Lynas, and a handful of plants", "A, B, C and D" (not
# "Strategy, Stéphane Séjourné, said", nor "at Nordlast, Henrik Sabroe, used to say
# that …, and I agree": an apposition before a verb).
_LIST_GOES_ON = re.compile(r"^(?:,\s+[A-Z][^,.;:]{0,40}?)*,?\s+and\s")
_DESCRIBING = re.compile(r"-[a-z]")


@dataclass(frozen=True)
class _Known:
    """What the cued mentions already found, to tell names apart."""

    organisations: frozenset[str]
    names: frozenset[str]
    person_words: frozenset[str]
    # Every name between spaces, one a line: a run inside one is found in one search.
    spaced: str
    # The organisations without their legal forms ("Aisin" of "Aisin Corp."), as a
    # list may name them.
    short_forms: frozenset[str] = frozenset()


def _known(entities: Sequence[Entity]) -> _Known:
    people = [e.name for e in entities if e.kind == "person"]
    return _Known(
        frozenset(e.name for e in entities if e.kind == "organisation"),
        frozenset(e.name for e in entities),
        frozenset(word for name in people for word in name.split()),
        "\n".join(f" {e.name} " for e in entities),
        frozenset(short_form(e.name) for e in entities if e.kind == "organisation"),
    )


def short_form(name: str) -> str:
    """'Aisin Corp.' -> 'Aisin': a company's name less its legal form."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words)


def _could_be(run: NameRun, known: _Known) -> bool:
    words = run.words
    if len(run.name) < 2 or run.name.rstrip(".") in LEGAL_FORMS:
        return False  # "S" of "A/S", "Limited" after "IREL (India)": no name alone.
    if run.name.rstrip(".") in HONORIFICS:
        return False  # "and Dr. Amara Nwosu": the honorific is no firm.
    if run.name in known.names or is_place(run.name) or _unnamed_words(words):
        return False
    if names_nothing(words):
        return False  # "the Heavy Rare Earths Mapping Program": a scheme, no body.
    if any(w in known.person_words for w in words) or any(is_role_word(w) for w in words):
        return False
    if any(_DESCRIBING.search(w) for w in words):
        return False  # "US-listed", "Texas-based": a description, not a name.
    # A run has no line break (its words are joined by single spaces).
    return f" {run.name} " not in known.spaced


def _unnamed_words(words: tuple[str, ...]) -> bool:
    """Words that name nothing here: a run opening on a function or office word or
    closing on a word that is never a name ("Rare Earths", "Critical Minerals
    Strategy") or on a place; a trade opening one is a name's ("Energy Fuels")."""
    first, last = words[0], words[-1]
    opens = first in FUNCTION_WORDS or first in CALENDAR or first in OFFICE_WORDS
    return opens or last in NOT_NAMES or is_place(last)  # "… and Technology Beijing"


def _kind_cued(sentence: str, run: NameRun) -> bool:
    before, after = sentence[: run.start], sentence[run.end :]
    apposed = _KIND_APPOSED.search(before)
    person = len(run.words) > 1 and is_person_name(run.words)
    if apposed and apposed.group(1) in _APPOSED_KINDS and not person:
        return True
    noun = _KIND_BEFORE.search(before)
    # "consultancy Corvid Metals", or "Consultancy …" opening the sentence.
    word = noun.group(1) if noun else ""
    if word in _APPOSED_KINDS or (noun and noun.start(1) == 0 and word.lower() in KIND_NOUNS):
        return True  # "consultancy Corvid Metals", "the development agency Corfo"
    if before.rstrip().endswith(","):
        return False  # "Thompson Falls, Montana, a smelter …": a place's last part.
    described = _KIND_AFTER.match(after)
    head = _head(described.group(1)).removesuffix("s") if described else ""
    # ", the trading arm of Toyota Motor,", ", an industry standards body,"
    return head in _APPOSED_KINDS or head in PARTS


def _head(description: str) -> str:
    words = description.split()
    for index, word in enumerate(words):
        if index and word in _TAIL:
            return words[index - 1]
    return words[-1]


def _listed_with(
    sentence: str, runs: tuple[NameRun, ...], index: int, known: frozenset[str]
) -> bool:
    """In a list beside an organisation the article names: 'Sojitz and JOGMEC'."""
    for other in (index - 1, index + 1):
        if not 0 <= other < len(runs) or runs[other].name not in known:
            continue
        left, right = sorted((runs[index], runs[other]), key=lambda r: r.start)
        # "The Korea Mine Rehabilitation and Mineral Resources Corp.": one name.
        one_name = left is runs[index] and _THE_BEFORE.search(sentence[: left.start])
        link = link_without_owner(sentence[left.end : right.start])
        listed = _LIST_LINK.match(link) or (
            LIST_COMMA.match(link) and _LIST_GOES_ON.match(sentence[right.end :])
        )
        if listed and not one_name:
            return True
    return False


def _subject_cued(sentence: str, runs: tuple[NameRun, ...], following: str) -> bool:
    """The sentence's subject (its first run, opening it, a verb after) is a body
    speaking by its kind ("…, the bank said") or what the next sentence's "Its" owns
    (the sentence naming nothing else)."""
    first = runs[0]
    if not _OPENER.match(sentence[: first.start]) or not _VERB.match(sentence[first.end :]):
        return False
    return bool(_KIND_SAID.search(sentence[first.end :])) or (
        len(runs) == 1 and bool(_ITS_TITLE.match(following))
    )


def _sentence_organisations(sentence: str, known: _Known, following: str = "") -> list[str]:
    runs = name_runs(sentence)
    found: list[str] = []
    if runs and _could_be(runs[0], known) and _subject_cued(sentence, runs, following):
        found.append(runs[0].name)
    # A list's first member is known by the ones after it ("X and Y, two makers of
    # parts").
    listed = without_place_owners(sentence, runs)  # "…, India's Kalyan Magnetics and …"
    named = known.organisations | known.short_forms
    # Until no member is added: "X, Y and Z had signed …" is known from Z back.
    for _ in range(len(listed)):
        before = len(found)
        for index, run in enumerate(listed):
            if run.name in found or not _could_be(run, known) or opens_as_adverb(sentence, run):
                continue
            if names_an_index(sentence[run.end :]):
                continue
            cued = _kind_cued(sentence, run) or act_cued(sentence, run)
            if cued or _listed_with(sentence, listed, index, named | set(found)):
                found.append(run.name)
        if len(found) == before:
            break
    return found


def context_organisations(
    entities: Sequence[Entity], texts: Iterable[tuple[str, int]]
) -> list[Entity]:
    """The entities with the organisations their context cues added, by first line."""
    known = _known(entities)
    added: list[Entity] = []
    for text, line in texts:
        sentences = [s.text for s in split_sentences(text)]
        for index, sentence in enumerate(sentences):
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            for name in _sentence_organisations(sentence, known, following):
                if name not in {e.name for e in added}:
                    added.append(Entity(name, "organisation", None, line))
    return sorted([*entities, *added], key=lambda e: e.line)
