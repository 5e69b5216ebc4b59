"""People and organisations, found the way news text introduces them.

A capitalised run of words is only reported when the text gives a cue for what
it is: an apposition ("Jane Roe, an analyst at Fitch,"), a title before the
name ("Treasury Secretary Janet Yellen"), a possessive ("Acme's Jane Roe"), an
honorific ("Dr. Roe"), an organisation word ("Ministry", "Institute", "Inc."),
a parenthesised acronym, or "state-run" (those of organisations: `org_cues`;
those of people named by the words around them: `person_context`).
Runs without a cue (sentence-initial words, places, topics) are left alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ..wordlist import HONORIFICS
from .lexicon import (
    DEMONYMS,
    ORG_HEADS,
    is_organisation_name,
    is_organisation_word,
    is_person_name,
    names_nothing,
)
from .mention_type import Mention
from .name_lists import field_word
from .name_runs import NameRun, name_runs
from .name_start import name_suffix
from .names import role_case
from .org_cues import after_portfolio_title, organisation_cued
from .person_context import CLOSING, after_honorific, person_from_context, possessive
from .role_words import ROLE_MODIFIERS, is_plural_role_word, is_role_word
from .sentences import split_sentences
from .title_modifiers import employer_run, office_fields
from .titles import (
    AFTER_NAME,
    org_description,
    role_before,
    title_split,
)

# A speech verb, then a title of a few words (no clause break) before the run.
_SAID = re.compile(r"\b(?:said|says|added|wrote)\s+(?:the\s+)?[^,;:.]{3,90}$")
# A verb after a name, in the forms news text gives it ("said", "told", "warned",
# "expects", "will"): not a noun closing a phrase ("… Material Producers coalition").
_VERB_AFTER = re.compile(
    r"^\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|put|saw"
    r"|gave|made|took|is|was|has|had|will|would|can|could|did|does|may|might|must)\b"
)


def _speaks(sentence: str, run: NameRun) -> bool:
    """A verb after the run ('… Grace Mbeki said'), or the run closing a sentence
    that a speech verb opened ('said Assistant Secretary for X Renata Sowell.')."""
    if AFTER_NAME.match(sentence[run.end :]) and _VERB_AFTER.match(sentence[run.end :]):
        return True
    return bool(CLOSING.match(sentence[run.end :]) and _SAID.search(sentence[: run.start]))


def _employer_split(sentence: str, run: NameRun) -> list[Mention]:
    """'Head of procurement at Volta Motors Grace Mbeki said': the run is the employer
    and then the person; the title and the employer are the person's role."""
    title = role_before(sentence[: run.start])
    words = run.words
    if title is None or len(words) < 3 or not _speaks(sentence, run):
        return []
    start = name_suffix(words)
    if start < 0 or len(words) - max(start, 1) < 2:
        return []
    # Nothing marks where the employer ends ("at Kestrel Alloys Ines Moreau"): a
    # name of two words is the likeliest; an office word marks it otherwise, and so
    # does a word shaped like an organisation's inside a longer name-shaped tail
    # ("at Alpine Asset Management Hannah Keller", "Ministry of Economics Thomas
    # Brandt"), while "Environment Tran Quy Kien" keeps its three-word name.
    start = start if start > 0 else len(words) - 2
    start = _after_employer_words(words, start)
    employer = words[:start]
    if any(is_role_word(w) for w in employer):
        return []  # "… and Trade Minister Don Farrell": a title of its own, no employer.
    role = role_case(f"{title} {' '.join(employer)}")
    person = Mention(" ".join(words[start:]), "person", role, run.word_offset(start))
    # "Assistant Secretary for Export Enforcement Renata Solis": a portfolio, no body;
    # nor is "Coal" in "Director General of Minerals and Coal NAME": the office's field.
    fields = title.endswith(" and") and not is_organisation_name(employer)
    if fields or names_nothing(employer) or after_portfolio_title(f"{title} "):
        return [person]
    return [Mention(" ".join(employer), "organisation", None, run.start), person]


def _after_employer_words(words: tuple[str, ...], start: int) -> int:
    """``start`` moved past the last organisation-shaped word of the tail, keeping
    two words for the name."""
    for index in range(len(words) - 3, start - 1, -1):
        if is_organisation_word(words[index]):
            return index + 1
    return start


def _listed_with(sentence: str, run: NameRun, following: NameRun | None) -> list[Mention]:
    """The second person under a plural title: "… and Samuel Okafor"."""
    if following is None or sentence[run.end : following.start] != " and ":
        return []
    if not is_person_name(following.words) or len(following.words) < 2:
        return []
    if organisation_cued(sentence, following) or is_organisation_word(following.words[-1]):
        return []
    return [Mention(following.name, "person", None, following.start)]


def _honoured_name(
    sentence: str, run: NameRun, name: str, following: NameRun | None
) -> NameRun | None:
    """The name after a title that closes on an honorific ("… Hon. Grace Kalua")."""
    if name.rstrip(".") not in HONORIFICS or following is None:
        return None
    gap = sentence[run.end : following.start]
    return following if not gap.strip(". ") and is_person_name(following.words) else None


def _joined_title(sentence: str, previous: NameRun | None, run: NameRun, role: str) -> str:
    """'Chairman and Chief Executive Officer Gregory Tan': a capitalised title before
    "and" is the same person's first office."""
    if previous is None or sentence[previous.end : run.start] != " and ":
        return role
    title = all(is_role_word(w) or w.lower() in ROLE_MODIFIERS for w in previous.words)
    if not title or not all(w[:1].isupper() for w in previous.words):
        return role
    return role_case(f"{previous.name} and {role}")


# "Economy, Trade and " before "Industry Minister Akazawa": the office's fields
# listed before the title, the last one opening it.
_LISTED_FIELDS = re.compile(r"(?:(?<=[\s\"“”])|^)((?:[A-Z][a-z]+,\s+)+[A-Z][a-z]+,?\s+and\s+)$")


def _fields_before(before: str, run: NameRun) -> str:
    """The fields listed before a title whose first word is a field too, as the
    page writes them; else nothing."""
    listed = _LISTED_FIELDS.search(before)
    if listed is None or not field_word(run.words[0]) or is_role_word(run.words[0]):
        return ""
    fields = re.findall(r"[A-Z][a-z]+", listed.group(1))
    return listed.group(1) if all(field_word(w) and not is_role_word(w) for w in fields) else ""


def _run_mentions(sentence: str, runs: tuple[NameRun, ...], index: int) -> list[Mention]:
    run = runs[index]
    if run.name in HONORIFICS:
        return after_honorific(
            sentence, run, previous=runs[index - 1] if index else None, runs=runs
        )
    previous = runs[index - 1] if index else None
    following = runs[index + 1] if index + 1 < len(runs) else None
    found: list[Mention] = []
    employed = _employer_split(sentence, run)
    if employed:
        return employed
    split = title_split(run)
    if split:
        role, name_start, owner = split
        role = _joined_title(sentence, previous, run, role)
        if owner:
            found.append(Mention(owner, "organisation", None, run.start))
        name = " ".join(run.words[name_start:])
        honoured = _honoured_name(sentence, run, name, following)
        if honoured is not None:
            # "Minister of Mining Hon. Grace Kalua": the honorific is no one's name.
            found.append(Mention(honoured.name, "person", role, honoured.start))
            return found
        if is_plural_role_word(run.words[name_start - 1]):
            # "Judges Robert Ianelli and Samuel Okafor": a title of several people.
            found.append(Mention(name, "person", None, run.word_offset(name_start)))
            return found + _listed_with(sentence, run, following)
        role = f"{_fields_before(sentence[: run.start], run)}{role}"
        found.append(Mention(name, "person", role, run.word_offset(name_start)))
        return found
    if following:
        found.extend(possessive(sentence, run, following))
    people = person_from_context(sentence, run, previous)
    if people:
        return [*found, *people]
    if not organisation_cued(sentence, run):
        return found
    employer = employer_run(sentence, run)  # "Former Acme Metals chief executive NAME"
    if employer is None or office_fields(sentence, run):
        return found
    run = employer
    description = org_description(sentence[run.end :])
    name, offset = _without_title(run)
    return [*found, Mention(name, "organisation", description, offset)]


# Bodies a nation's adjective stands before, outside their names.
_NATIONAL_BODIES = frozenset({"Ministry", "Department"})
_TITLE_OF = re.compile(r"^((?:[A-Z][\w-]*\s+){1,3})of\s+(?:the\s+)?(?=[A-Z])")


def _without_title(run: NameRun) -> tuple[str, int]:
    """'Director of the Critical Materials Institute': the body, without the office
    held in it."""
    if len(run.words) > 2 and run.words[0] in DEMONYMS and run.words[1] in _NATIONAL_BODIES:
        # "the Japanese Ministry of Economy, Trade and Industry": the nation is no part
        # of a ministry's name.
        return run.name.split(" ", 1)[1], run.word_offset(1)
    title = _TITLE_OF.match(run.text)
    if title is None or not is_role_word(title.group(1).split()[-1]):
        return run.name, run.start
    if is_plural_role_word(title.group(1).split()[-1]):
        return run.name, run.start
    rest = NameRun(run.text[title.end() :], run.start + title.end(), run.end)
    headed = any(w in ORG_HEADS for w in rest.words)
    return (rest.name, rest.start) if headed else (run.name, run.start)


# Quotes read each paragraph with quoted words masked, just before the entity
# pass reads it unmasked: sentences without a quote are the same in both reads,
# so the second read of most sentences is a hit.
@functools.lru_cache(maxsize=4096)
def _sentence_mentions(sentence: str) -> tuple[Mention, ...]:
    runs = name_runs(sentence)
    found: list[Mention] = []
    for index in range(len(runs)):
        found.extend(_run_mentions(sentence, runs, index))
    return tuple(sorted(found, key=lambda m: m.offset))


# "Wu Pei-ling (吳佩玲), a research director at …": a name's own script in
# brackets after its romanised form stands between the name and its role.
_NATIVE_SCRIPT = re.compile(r"\s*[(（][\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af·・\s]{1,16}[)）]")


def text_mentions(text: str) -> list[Mention]:
    """Mentions in a paragraph, with offsets into the paragraph (a bracket in
    another script left out: offsets after one move by its length)."""
    return [
        replace(mention, offset=mention.offset + sentence.start) if sentence.start else mention
        for sentence in split_sentences(text)
        for mention in _sentence_mentions(_NATIVE_SCRIPT.sub("", sentence.text))
    ]
