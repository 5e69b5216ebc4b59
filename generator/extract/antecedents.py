"""Which earlier referent a pronoun or a job names: the last person (of the
gender a job noun gives, a named one and a sentence's subject first), the last
organisation (one opening its sentence first), the last person with a job.
`referents` collects what they choose from and decides which to ask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import PARTICLES
from .role_words import is_role_word
from .unnamed import person_head

if TYPE_CHECKING:
    from .referents import Referent

# Job nouns that say whether "he" or "she" can point to someone.
_GENDERED = {
    "she": frozenset({"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "woman"}),
    "he": frozenset({"spokesman", "chairman", "businessman", "congressman", "man"}),
}


def gender(referent: Referent) -> str | None:
    """'he' or 'she' where the words for someone say which ('a Kilima spokeswoman')."""
    words = {w.lower().strip(",.") for w in f"{referent.name} {referent.role or ''}".split()}
    return next((pronoun for pronoun, nouns in _GENDERED.items() if words & nouns), None)


def last_person(earlier: list[Referent]) -> str | None:
    people = [r for r in earlier if r.kind != "organisation"]
    if not people:
        return None
    last = people[-1]
    # "Jane Roe told a trader …": within one sentence the named person is the subject;
    # of two named there, the one opening it ("Tom Roe met Jane Doe. … he said").
    named = [r for r in people if r.kind == "person" and _same_sentence(r, last)]
    subjects = [surname(r.name) for r in named if r.opens_sentence]
    if subjects and len({surname(r.name) for r in named}) > 1:
        # The subject in its fullest form ("Solvang" and "Henrike Solvang" are one).
        forms = [r.name for r in named if surname(r.name) == subjects[0]]
        return max(forms, key=lambda name: len(name.split()))
    return (named[-1] if named else last).name


def last_organisation(earlier: list[Referent]) -> str | None:
    bodies = [r for r in earlier if r.kind == "organisation"]
    if not bodies:
        return None
    recent = [r for r in bodies if r.paragraph >= bodies[-1].paragraph - 1]
    subjects = [r for r in recent if r.opens_sentence]
    return (subjects or recent)[-1].name


def last_with_job(earlier: list[Referent], noun: str) -> str | None:
    """'the spokesperson': the last person introduced with that job, unnamed ('a
    spokesperson for a magnet maker') or named ('Zhao Min, a ministry spokesperson')."""
    return next((r.name for r in reversed(earlier) if _has_job(r, noun)), None)


def the_long_job(words: list[str]) -> bool:
    """'the chief executive', 'the chief financial officer': "the" and a job of two or
    three lower-case words closing on a job's noun."""
    job = words[1:]
    lower = all(w.islower() for w in job)
    return (
        words[:1] in (["the"], ["The"]) and 2 <= len(job) <= 3 and lower and is_role_word(job[-1])
    )


def last_with_job_phrase(earlier: list[Referent], job: list[str]) -> str | None:
    """The last person named with a role holding the job's words in order ('Chief
    Executive Officer' for 'the chief executive')."""
    phrase = " ".join(job)
    for referent in reversed(earlier):
        role = f" {referent.role.lower()} " if referent.role else ""
        if referent.kind == "person" and f" {phrase} " in role:
            return referent.name
    return None


def _has_job(referent: Referent, noun: str) -> bool:
    if referent.kind == "unnamed":
        # "the vice-minister of …" is read as "a vice-minister of …" would be.
        first, _, rest = referent.name.partition(" ")
        return person_head(f"a {rest}" if first.lower() == "the" else referent.name) == noun
    role = referent.role.lower().split() if referent.role else []
    return referent.kind == "person" and noun in role


def _same_sentence(first: Referent, second: Referent) -> bool:
    return (first.paragraph, first.sentence) == (second.paragraph, second.sentence)


def surname(name: str) -> str:
    """The last name-word, past any particles: 'Leyen' in 'Ursula von der Leyen'."""
    return next((w for w in reversed(name.split()) if w not in PARTICLES), name)
