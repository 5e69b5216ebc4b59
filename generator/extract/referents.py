"""Who a speaker given as "he", "it" or "the official" refers back to.

Before each quote the article has introduced people by name (with a cue, as
the subject of a speech verb, or as the subject of a sentence: "Ama Mensah
runs the refinery"), people it does not name ("I asked a procurement manager
at a pump maker"), and organisations. "he" and "she" are the last person, named
or not (a named one first within one sentence); "it" is the last organisation,
one that opens its sentence first; "the official" is the last official introduced, named or not;
a surname is the full name given before, and brings that person in again
(the choosing among those introduced is `antecedents`'s).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .antecedents import (
    gender,
    last_organisation,
    last_person,
    last_with_job,
    last_with_job_phrase,
    surname,
    the_long_job,
)
from .described_speakers import described_speakers
from .lexicon import is_person_name
from .mentions import text_mentions
from .name_runs import name_runs, paragraph_name_runs
from .role_words import is_plural_role_word, is_role_word
from .sentences import Sentence, sentence_at, split_sentences
from .speaker_phrases import PERSONAL_PRONOUNS, PRONOUNS, SPEECH_VERB
from .speaker_scan import backward_speaker
from .speaker_tokens import paragraph_tokens
from .subject_runs import job_at_a_named_body, subject_runs
from .titles import AFTER_NAME
from .unnamed import (
    document_owner,
    is_body,
    is_determiner_word,
    unnamed_mentions,
)

ReferentKind = Literal["person", "unnamed", "organisation"]
# An organisation this near the start of its sentence is its subject ("China's
# Ministry of Commerce on Sunday defended …"), the likeliest "it".
_SUBJECT_WORDS = 3


@dataclass(frozen=True)
class Referent:
    """Someone or something the article has introduced, at a place in it."""

    paragraph: int
    offset: int
    name: str
    kind: ReferentKind = "person"
    sentence: int = 0  # Which sentence of its paragraph.
    opens_sentence: bool = False
    role: str | None = None


def referents(paragraphs: Sequence[str], masked: list[str]) -> list[Referent]:
    """Everything a later "he", "it" or "the official" may refer back to, by position.
    The mentions are the entity pass's own, found in the paragraph as written (so
    that pass reuses them), less those in quoted words."""
    found: list[Referent] = []
    # By surname, the last person named in full; by first word, the last
    # organisation: kept up to date paragraph by paragraph, not built again.
    people: dict[str, Referent] = {}
    bodies: dict[str, str] = {}
    for index, text in enumerate(masked):
        sentences = split_sentences(text)
        written = paragraphs[index]
        places: list[tuple[int, str, ReferentKind, str | None]] = [
            (mention.offset, mention.name, mention.kind, mention.role)
            for mention in text_mentions(written)
            if text[mention.offset] == written[mention.offset]
        ]
        places += [(offset, name, "person", None) for offset, name in _speaking_people(text)]
        places += [(at, name, "person", None) for at, name in _sentence_subjects(sentences)]
        places += [(at, phrase, "unnamed", None) for at, phrase in unnamed_mentions(text)]
        places += [(at, phrase, "unnamed", None) for at, phrase in described_speakers(text)]
        places += [(at, name, "organisation", None) for at, name in _short_forms(sentences, bodies)]
        places += [(at, name, "person", role) for at, name, role in _surnames(text, people)]
        added = [_referent(index, sentences, text, *place) for place in places]
        found.extend(added)
        people.update(_full_names(added))
        bodies.update(_body_first_words(added))
    return sorted(found, key=lambda r: (r.paragraph, r.offset))


def _referent(
    index: int,
    sentences: tuple[Sentence, ...],
    text: str,
    offset: int,
    name: str,
    kind: ReferentKind,
    role: str | None,
) -> Referent:
    at = sentence_at(sentences, offset) if sentences else 0
    start = sentences[at].start if sentences else 0
    opens = len(text[start:offset].split()) < _SUBJECT_WORDS
    return Referent(index, offset, name, kind, at, opens, role)


def _speaking_people(text: str) -> list[tuple[int, str]]:
    """The named subjects of speech verbs: 'Tu Xinquan said'."""
    found: list[tuple[int, str]] = []
    verbs = list(SPEECH_VERB.finditer(text))
    # Read up to the last verb only: each verb's speaker ends before it.
    tokens = paragraph_tokens(text[: verbs[-1].start()]) if verbs else ()
    for verb in verbs:
        name = backward_speaker(text[: verb.start()], tokens)
        offset = text.rfind(name, 0, verb.start()) if name else -1
        if not name or offset < 0 or _after_preposition(text[:offset]):
            continue
        if is_person_name(tuple(name.split())):
            found.append((offset, name))
    return found


# "a battery group with plants in Georgia and Michigan said": the place at the end
# of a description, not the one speaking.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "of", "to", "with", "outside"})


def _after_preposition(before: str) -> bool:
    """Whether a name (perhaps the last of a list: "in Georgia and Michigan") follows
    a preposition."""
    words = before.split()
    while len(words) >= 2 and words[-1] in ("and", "or") and words[-2][:1].isupper():
        words = words[:-2]
    return bool(words) and words[-1] in _PLACE_PREPOSITIONS


def _full_names(found: Sequence[Referent]) -> dict[str, Referent]:
    """The people named in full, by surname (the last one of each)."""
    return {surname(r.name): r for r in found if r.kind == "person" and " " in r.name}


def _body_first_words(found: Sequence[Referent]) -> dict[str, str]:
    """The organisations' names, by their first word (the last one of each)."""
    return {r.name.split()[0]: r.name for r in found if r.kind == "organisation"}


def _short_forms(sentences: tuple[Sentence, ...], bodies: dict[str, str]) -> list[tuple[int, str]]:
    """'Pallisade expects …' once 'Pallisade Mining Ltd' is known (``bodies``: names
    by first word): the organisation, by the first word of its name opening a sentence."""
    shorts: list[tuple[int, str]] = []
    for sentence in sentences:
        runs = name_runs(sentence.text)
        run = runs[0] if runs else None
        if run is None or sentence.text[: run.start].strip() or len(run.words) != 1:
            continue
        full = bodies.get(run.name.removesuffix("’s").removesuffix("'s"))
        if full and full != run.name:
            shorts.append((sentence.start + run.start, full))
    return shorts


def _surnames(text: str, people: dict[str, Referent]) -> list[tuple[int, str, str | None]]:
    """'Back in Cluj, Baciu has changed how he buys' once 'Teodor Baciu' is known
    (``people``: by surname): the person again, by the surname alone, with the role
    given before; not an owner ("Baciu's workshop") nor after a preposition of place
    ("motors from Baciu")."""
    again: list[tuple[int, str, str | None]] = []
    if not any(known in text for known in people):
        return again  # A run of one word is in the text as written: none can match.
    for run in paragraph_name_runs(text):
        person = people.get(run.name) if len(run.words) == 1 else None
        owner = text[run.end : run.end + 2] in ("’s", "'s")
        if person and not owner and not _after_preposition(text[: run.start]):
            again.append((run.start, person.name, person.role))
    return again


_WHO_AFTER = re.compile(r"^,\s+who\s+[a-z]")
# "Tomás Echeverría, a fourth-year doctoral student in the lab, spent …": an
# apposition in commas, then the verb.
_APPOSED_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+[^,;:“”\"]{1,80},\s+[a-z]")


def _sentence_subjects(sentences: tuple[Sentence, ...]) -> list[tuple[int, str]]:
    """A full name that opens a sentence, then a verb or a who-clause, with no cue:
    'Ama Mensah runs the refinery' (not 'in Lai Chau had', where a place reads as a
    name)."""
    found: list[tuple[int, str]] = []
    for sentence in sentences:
        for run in subject_runs(sentence.text):
            # "Caleb Ormsby, who runs procurement at Veltrix Drives, put it bluntly".
            after = sentence.text[run.end :]
            subject = (
                AFTER_NAME.match(after) or _WHO_AFTER.match(after) or _APPOSED_AFTER.match(after)
            )
            # "One Singapore-based trader said": an unnamed speaker, not a name; nor is
            # an employer before a title ("Canaccord Genuity analyst Priya Raman said").
            titled = is_role_word(after.split(maxsplit=1)[0]) if after.split() else False
            named = not is_determiner_word(run.words[0]) and is_person_name(run.words)
            named = named and not titled
            if len(run.words) > 1 and subject and named:
                found.append((sentence.start + run.start, run.name))
                break
    return found


def resolve_reference(
    speaker: str | None, earlier: list[Referent], paragraph: int | None = None
) -> str | None:
    """'he' -> the last person; 'it' -> the last organisation; 'the official' -> the
    last unnamed official; 'Xing' -> 'Xing Ziqiang' once the full name is known; 'the
    paper' -> whoever 'it' is, "the company's statement" -> the company."""
    speaker = (document_owner(speaker) if speaker else None) or speaker
    if speaker in PERSONAL_PRONOUNS:
        return last_person([r for r in earlier if gender(r) in (None, speaker)])
    if speaker == "it":
        return last_organisation(earlier)
    if speaker is None or speaker in PRONOUNS:
        return None
    words = speaker.split()
    the_role = len(words) == 2 and words[0].lower() == "the" and is_role_word(words[1])
    if the_role and not is_body(speaker):
        # "the Minister said" as "the minister said": the last person with that job.
        return last_with_job(earlier, words[1].lower()) or speaker
    if the_long_job(words) and not is_body(speaker):
        # "The chief executive replied": the last person named with that job.
        return last_with_job_phrase(earlier, words[1:]) or speaker
    people = [r for r in earlier if r.kind != "organisation"]
    last = people[-1] if people and people[-1].kind == "person" else None
    if job_at_a_named_body(words) and last and last.paragraph == paragraph:
        # "Owen Prescott points at a tank. “…,” says the managing director of Tindal
        # Minerals": the person just named, in the same paragraph.
        return last.name
    if describes_a_person(words):
        # "the CDU politician said": the last person named, as a reader takes it.
        people = [r for r in earlier if r.kind == "person"]
        return last_with_job(earlier, words[-1].lower()) or (people[-1].name if people else speaker)
    if len(words) == 1 and is_role_word(speaker) and not is_plural_role_word(speaker):
        # "…,” the Minister said (read as "Minister"): the last person with that job.
        return last_with_job(earlier, speaker.lower()) or speaker
    if len(words) == 1:
        for person in reversed(earlier):
            named = person.kind == "person"
            if named and (surname(person.name) == speaker or person.name.split()[0] == speaker):
                return person.name
    return speaker


# Nouns that describe a person by a class rather than a job of their own: after a
# party or a place ("the CDU politician", "the Ohio lawmaker") they name again
# the last person the article named.
DESCRIPTION_NOUNS = frozenset({"politician", "lawmaker", "legislator", "parliamentarian"})


def describes_a_person(words: list[str]) -> bool:
    """ "CDU politician", "the Republican lawmaker": qualifiers in capitals, then the noun."""
    qualifiers = words[1:-1] if words[:1] in (["the"], ["The"]) else words[:-1]
    return (
        len(words) >= 2
        and words[-1].lower() in DESCRIPTION_NOUNS
        and 0 < len(qualifiers) <= 2
        and all(w[:1].isupper() for w in qualifiers)
    )
