"""Organisations named with no organisation word, known by what the text says
around them, read once the article's people and cued organisations are known.

A one-word company ("Neomag", "UBS") or a name with no company word
("Oxbridge Ventures") is cued by a noun for its kind before it ("consultancy
Corvid Metals", "mining lobby Ibram") or after it (", the Danish recycler,"),
by what only companies do (shares that rise, a founding date, a rating cut, an
"its" in its clause) or by standing in a list with an organisation the article
already names ("Sojitz and JOGMEC"). A word of a person's name ("Reyes said
its …"), a place, a calendar or function word is never one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Entity
from ..wordlist import longest_first
from .lexicon import KIND_NOUNS, NOT_NAMES, is_person_name, is_place
from .name_lists import LIST_AND, LIST_COMMA
from .name_runs import NameRun, name_runs
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
# What a company does and a person does not.
_COMPANY_ACT = re.compile(
    r"^(?:’s|'s)?\s+shares\b"
    r"|^,\s+(?:which\s+was\s+)?(?:founded|established|set up|spun off)\b"
    r"|^\s+(?:went bankrupt|filed for bankruptcy|went public|was delisted)\b"
)
# What only a company owns: "Rotora's last funding round" (a town has plants too:
# "Narva's oil shale power plants").
_COMPANY_ASSETS = (
    "subsidiary|subsidiaries|funding round|offtake|listing|share price|market value"
    "|balance sheet|order book|flowsheet|shareholders|board of directors"
)
_OWNS_ASSET = re.compile(rf"^(?:’s|'s)\s+(?:[\w-]+\s+){{0,3}}?(?:{_COMPANY_ASSETS})\b")
# Who leads a round of funding, or runs a plant: "a round led by Stellwerk Ventures",
# "an alumina refinery in Greece run by Helion Metallurgy".
_LED_OR_RUN_BY = re.compile(
    r"\b(?:(?:round|placement|offering|financing)\s+(?:was\s+)?led"
    r"|(?:plant|refinery|smelter|factory|mine|mill)\b[^.;]{0,40}?\b(?:run|operated|owned))"
    r"\s+by\s+$"
)
# A company's part or its partners: "the trading arm of Toyota Motor", "a joint
# venture between Tasman Lithium and …".
_PARTS = frozenset({"arm", "unit", "subsidiary", "affiliate", "division", "parent"})
_PART_OF = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(_PARTS))})\s+of"
    r"|joint\s+venture\s+(?:between|of|with))\s+(?:the\s+)?$"
)
_SHARES_OF = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+$")
# What an analyst does to a rating, after the firm's name ("X downgraded …", and
# "X initiated …" coverage) or before it ("… was downgraded by X").
_RATING_VERBS = "downgraded|upgraded|rated|reiterated|kept"
_RATING_ACT = re.compile(rf"^\s+(?:{_RATING_VERBS}|initiated)\b")
_RATED = re.compile(rf"\b(?:{_RATING_VERBS})\s+$")
_RATINGS = re.compile(
    r"\b(?:neutral|overweight|underweight|outperform|underperform|buy|sell|hold)\b"
)
# A list of companies after the plural of their kind: "Automakers including Tesla,
# Ford and Toyota", "Western miners like Lynas and Iluka".
_KINDS_PLURAL = "|".join(longest_first(f"{noun}s" for noun in KIND_NOUNS))
_KIND_LIST_BEFORE = re.compile(
    rf"\b(?:{_KINDS_PLURAL}),?\s+(?:including|such as|like|among them|notably|especially)\s+$",
    re.I,
)
# Where figures come from: "data from Fastmarkets", "prices compiled by Asian Metal".
_SOURCE_BEFORE = re.compile(
    r"\b(?:data|figures|estimates|statistics|prices|quotes|forecasts?)\s+"
    r"(?:from|by|compiled by|published by|provided by)\s+$",
    re.I,
)
_LIST_LINK = re.compile(rf"^(?:{LIST_AND}(?:by\s+|with\s+)?|\s+or\s+)$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A bare comma links a list only where the list goes on to an "and": "MP Materials,
# Lynas, and a handful of plants" (not "Strategy, Stéphane Séjourné, said").
_LIST_GOES_ON = re.compile(r"^[^.;:]{0,80}?,?\s+and\s")
_DESCRIBING = re.compile(r"-[a-z]")


@dataclass(frozen=True)
class _Known:
    """What the cued mentions already found, to tell names apart."""

    organisations: frozenset[str]
    names: frozenset[str]
    person_words: frozenset[str]
    # Every name between spaces, one a line: a run inside one is found in one search.
    spaced: str


def _known(entities: Sequence[Entity]) -> _Known:
    people = [e.name for e in entities if e.kind == "person"]
    return _Known(
        frozenset(e.name for e in entities if e.kind == "organisation"),
        frozenset(e.name for e in entities),
        frozenset(word for name in people for word in name.split()),
        "\n".join(f" {e.name} " for e in entities),
    )


def _could_be(run: NameRun, known: _Known) -> bool:
    words = run.words
    if len(run.name) < 2 or run.name.rstrip(".") in LEGAL_FORMS:
        return False  # "S" of "A/S", "Limited" after "IREL (India)": no name alone.
    if run.name in known.names or is_place(run.name) or any(w in NOT_NAMES for w in words):
        return False
    if any(w in known.person_words for w in words) or any(is_role_word(w) for w in words):
        return False
    if any(_DESCRIBING.search(w) for w in words):
        return False  # "US-listed", "Texas-based": a description, not a name.
    # A run has no line break (its words are joined by single spaces).
    return f" {run.name} " not in known.spaced


def _kind_cued(sentence: str, run: NameRun) -> bool:
    before, after = sentence[: run.start], sentence[run.end :]
    noun = _KIND_BEFORE.search(before)
    # "consultancy Corvid Metals", or "Consultancy …" opening the sentence.
    word = noun.group(1) if noun else ""
    if word in KIND_NOUNS or (noun and noun.start(1) == 0 and word.lower() in KIND_NOUNS):
        return True
    if before.rstrip().endswith(","):
        return False  # "Thompson Falls, Montana, a smelter …": a place's last part.
    described = _KIND_AFTER.match(after)
    head = _head(described.group(1)).removesuffix("s") if described else ""
    return head in KIND_NOUNS or head in _PARTS  # ", the trading arm of Toyota Motor,"


def _head(description: str) -> str:
    words = description.split()
    for index, word in enumerate(words):
        if index and word in _TAIL:
            return words[index - 1]
    return words[-1]


def _act_cued(sentence: str, run: NameRun) -> bool:
    before, after = sentence[: run.start], sentence[run.end :]
    if _COMPANY_ACT.match(after) or _SHARES_OF.search(before) or _OWNS_ASSET.match(after):
        return True
    if _PART_OF.search(before):
        return True
    if _LED_OR_RUN_BY.search(before) and not is_person_name(run.words):
        return True
    if _KIND_LIST_BEFORE.search(before) or _SOURCE_BEFORE.search(before):
        return True
    # "UBS downgraded Vexal to neutral": the broker and the company it rates.
    rated = _RATING_ACT.match(after) or _RATED.search(before)
    return bool(rated and _RATINGS.search(after))


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
        link = sentence[left.end : right.start]
        listed = _LIST_LINK.match(link) or (
            LIST_COMMA.match(link) and _LIST_GOES_ON.match(sentence[right.end :])
        )
        if listed and not one_name:
            return True
    return False


def _sentence_organisations(sentence: str, known: _Known) -> list[str]:
    runs = name_runs(sentence)
    found: list[str] = []
    # Twice: a list's first member is known by the ones after it ("X and Y, two
    # makers of parts").
    for _ in range(2):
        for index, run in enumerate(runs):
            if run.name in found or not _could_be(run, known):
                continue
            if names_an_index(sentence[run.end :]):
                continue
            cued = _kind_cued(sentence, run) or _act_cued(sentence, run)
            if cued or _listed_with(sentence, runs, index, known.organisations | set(found)):
                found.append(run.name)
    return found


def context_organisations(
    entities: Sequence[Entity], texts: Iterable[tuple[str, int]]
) -> list[Entity]:
    """The entities with the organisations their context cues added, by first line."""
    known = _known(entities)
    added: list[Entity] = []
    for text, line in texts:
        for sentence in split_sentences(text):
            for name in _sentence_organisations(sentence.text, known):
                if name not in {e.name for e in added}:
                    added.append(Entity(name, "organisation", None, line))
    return sorted([*entities, *added], key=lambda e: e.line)
