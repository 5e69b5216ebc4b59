"""People named by the words around their name, not by a capitalised title in it.

An honorific before the name ("Dr. Roe"), a lower-case title ("chief executive
Tobias Meyer", maybe after its company), an apposition or copula after it ("Jane
Roe, an analyst at Fitch,"), an owned title before a comma ("Lynas's chief
executive, Ann Roe"), an office opening the sentence, or a possessive ("Morgan
Stanley's Xing Ziqiang"): the mentions each cue gives, for `mentions` to use.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..wordlist import HONORIFICS, longest_first
from .appointments import appointed_role
from .lexicon import is_person_name, is_place
from .mention_type import Mention
from .name_runs import POSTNOMINALS, NameRun
from .office_lead import office_before
from .role_words import ROLE_MODIFIERS, is_role_word
from .speech_words import PARTY_AFFILIATION
from .title_modifiers import owner_words
from .titles import (
    AFTER_NAME,
    apposition_role,
    copula_role,
    lowercase_title,
    owner_org,
    title_before_comma,
)

_HONORIFIC = re.compile(rf"\b(?:{'|'.join(longest_first(HONORIFICS))})\.?\s+$")
_POSSESSIVE_GAP = re.compile(r"^[’'](s?)\s+(?:((?:[a-z-]+\s+){0,2}[a-z-]+)\s+)?$")
# The word after a possessive's name: "Ridgeback's Yalgoo project".
_NEXT_WORD = re.compile(r"^\s+([a-z]+)")
# What an owner has that is named like a person: "Ridgeback's Yalgoo project".
_OWNED_THINGS = frozenset(
    {
        "project", "projects", "mine", "mines", "deposit", "plant", "refinery", "facility",
        "site", "operation", "operations", "unit", "division", "brand", "line", "prospect",
        "smelter", "hub", "complex", "field", "basin", "port", "programme", "program",
    }
)  # fmt: skip
CLOSING = re.compile(r"^[\s.,;]*$")


def _titled_person(sentence: str, run: NameRun, previous: NameRun | None) -> list[Mention]:
    """'(DHL) chief executive Tobias Meyer': a lower-case title, maybe after its company."""
    before = sentence[: run.start]
    title = lowercase_title(before)
    if not title:
        return []
    title_start = len(before.rstrip()) - len(title)
    if previous is None or sentence[previous.end : title_start].strip():
        return [Mention(run.name, "person", title, run.start)]
    # "Coralbay Managing director Ann Roe": the capitalised modifier is the title's.
    words = previous.words
    while words and words[-1].lower() in ROLE_MODIFIERS:
        title = f"{words[-1]} {title}"
        words = words[:-1]
    if not words:
        return [Mention(run.name, "person", title, run.start)]
    person = Mention(run.name, "person", f"{' '.join(words)} {title}", run.start)
    # "Former NITI Aayog member NAME", "Non-executive chairman NAME": no body's name.
    employer = owner_words(words)
    owner = owner_org(employer, tuple(title.split())) if employer else None
    return [Mention(owner, "organisation", None, previous.start), person] if owner else [person]


def person_from_context(sentence: str, run: NameRun, previous: NameRun | None) -> list[Mention]:
    """A person named with an honorific, a lower-case title or an apposition."""
    after = PARTY_AFFILIATION.sub("", _POSTNOMINAL.sub("", sentence[run.end :]), count=1)
    before = sentence[: run.start]
    if not is_person_name(run.words):
        return []
    if _HONORIFIC.search(before):
        return [Mention(run.name, "person", apposition_role(after), run.start)]
    followed = len(run.words) > 1 and (
        after.startswith(",") or bool(AFTER_NAME.match(after)) or bool(CLOSING.match(after))
    )
    owned = _owned_title(sentence, run, title_before_comma(before) if followed else None)
    # "Vexal's chief executive, Pierre Aubin,": a named owner stays in the role, before
    # a lower-case title is read ("Its founder, NAME," is the founder).
    owner = str(owned[-1].role).split()[0].lower() if owned else "its"
    if owner not in ("its", "our", "their", "his", "her"):
        return owned
    # "Counsel for Tessaro, Maureen Castellanos of …": the office opening the sentence.
    office = office_before(before) if len(run.words) >= 2 else None
    if office:
        return [Mention(run.name, "person", office, run.start)]
    titled = _titled_person(sentence, run, previous)
    if titled:
        return titled
    role = apposition_role(after) or copula_role(after) or appointed_role(before, after)
    if role and len(run.words) >= 2:
        return [Mention(run.name, "person", role, run.start)]
    # "Its head of metals strategy, NAME,": the title without the pronoun, as a
    # one-word title after one is read ("Its chairman, NAME," is the chairman).
    return [replace(m, role=_without_pronoun(m.role)) for m in owned]


# "Claire Whitmore MP, Minister for …": the letters after the name, before its role.
_POSTNOMINAL = re.compile(rf"^\s+(?:{'|'.join(sorted(POSTNOMINALS))})(?=[\s,])")
_PRONOUNS = frozenset({"Its", "Their", "His", "Her", "Our"})


def _without_pronoun(role: str | None) -> str | None:
    first, _, rest = (role or "").partition(" ")
    return rest if first in _PRONOUNS and rest else role


def _owned_title(sentence: str, run: NameRun, title: str | None) -> list[Mention]:
    """'Lynas's chief executive, Ann Roe': the person, and the organisation owning the title."""
    if title is None:
        return []
    person = Mention(run.name, "person", title, run.start)
    owner = title.split()[0].removesuffix("’s").removesuffix("'s")
    if owner == title.split()[0] or is_place(owner) or not owner[:1].isupper():
        return [person]
    return [Mention(owner, "organisation", None, sentence.rfind(title)), person]


def possessive(sentence: str, owner: NameRun, person: NameRun) -> list[Mention]:
    """ "Morgan Stanley's (chief economist) Xing Ziqiang" -> the person and the organisation."""
    gap = _POSSESSIVE_GAP.match(sentence[owner.end : person.start])
    if not gap or not is_person_name(person.words):
        return []
    if not gap.group(1) and not owner.name.endswith("s"):
        return []  # "Barclays’ analyst", but a bare ’ after other words closes a quote.
    title = gap.group(2)
    if title and not is_role_word(title.split()[-1]):
        return []
    following = _NEXT_WORD.match(sentence[person.end :])
    if not title and (len(person.words) < 2 or (following and following[1] in _OWNED_THINGS)):
        return []  # "Ridgeback's Yalgoo project": a thing the owner has, not a person.
    if is_place(owner.name):
        role = f"{owner.name}’s {title}" if title else None
        return [Mention(person.name, "person", role, person.start)] if role else []
    role = f"{title} at {owner.name}" if title else f"at {owner.name}"
    return [
        Mention(owner.name, "organisation", None, owner.start),
        Mention(person.name, "person", role, person.start),
    ]


def after_honorific(
    sentence: str, run: NameRun, previous: NameRun | None, runs: tuple[NameRun, ...]
) -> list[Mention]:
    """'Lone Star chief executive Dr. Amara Okwuosa': the title before the honorific
    is the next name's ("Dr" is no one)."""
    following = next((r for r in runs if r.start > run.start), None)
    gap = sentence[run.end : following.start] if following else ""
    if following is None or gap.strip(". ") or not is_person_name(following.words):
        return []
    titled = _titled_person(sentence, run, previous)
    return [
        replace(m, name=following.name, offset=following.start) if m.kind == "person" else m
        for m in titled
    ]
