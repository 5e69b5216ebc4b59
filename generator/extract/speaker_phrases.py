"""The phrase that names a speaker beside a speech verb.

Read backwards from the verb ("Tu Xinquan, director of X, said" -> "Tu
Xinquan") or forwards from it ("said Jane Roe, an analyst" -> "Jane Roe"),
after "according to", or as an unnamed speaker kept as written ("one trader in
Ganzhou"); pronouns come back as themselves, for the caller to resolve. The
phrase itself is read token by token in `speaker_scan`; this module finds
where it stands.
"""

from __future__ import annotations

import re

from .clause_subjects import (
    before_coordinated_verb,
    before_issued,
    before_stance,
    before_who,
)
from .lexicon import (
    is_organisation_name,
    is_person_name,
)
from .role_words import is_plural_role_word
from .speaker_forms import (
    field_titled_name,
    only_speaker,
    owned_title_name,
    part_of_group,
)
from .speaker_scan import backward_speaker, forward_speaker
from .speech_words import (
    ANONYMITY_ASIDE,
    BETWEEN,
    DOCUMENT_FROM,
    EDGE,
    HEDGE,
    ISSUED_BY,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    PUBLISHED_BY,
    RELATIVE_COMMAS,
    RELATIVE_INSIDE,
    RELATIVE_TAIL,
    SPEECH_VERB,
    SPEECH_VERBS,
    TRAILING_ACRONYM,
    TRAILING_APPOSITION,
    WHO_SPEAKS,
    WRITERS_TALK,
    without_relative_clause,
)
from .unnamed import is_body, unnamed_ending, unnamed_opening

__all__ = ["EDGE", "PERSONAL_PRONOUNS", "PRONOUNS", "SPEECH_VERB", "SPEECH_VERBS"]

_ACCORDING = re.compile(r"\baccording to\s+", re.I)
# A verb that names a thing with the quoted words, just before them: "Amara Okwuosa
# called the agreement “the signal our lenders wanted”", "described it as “…”".
_NAMING = re.compile(
    r"\b(?:called|calls|described|describes|dubbed|termed|branded"
    r"|calling|describing|dubbing|terming|branding)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:as\s+)?$"
)
_NAMING_PARTICIPLES = ("calling", "describing", "dubbing", "terming", "branding")


# "analysts at Goldman Sachs led by Hannah Crowell": a team, and who leads it.
_LED_BY = re.compile(
    r"^\s*(?P<group>[^,;:]{0,60}?)\s+led\s+by\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})"
)


def team_leader(phrase: str) -> str | None:
    """The person leading the team that speaks: 'Goldman analysts led by Aurelie
    Marchand' -> 'Aurelie Marchand' (a group of people, then "led by" a name)."""
    match = _LED_BY.match(phrase)
    if match is None or not any(is_plural_role_word(w) for w in match.group("group").split()):
        return None
    name = match.group("name").rstrip(".")
    return name if is_person_name(tuple(name.split())) else None


def speaker_after(after: str) -> str | None:
    """'…,” said Jane Roe.' / '…,” he added.' / '…,” according to X.'"""
    after = RELATIVE_INSIDE.sub("", after.lstrip(EDGE), count=1)
    led = team_leader(after) or team_leader(SPEECH_VERB.sub("", after, count=1))
    if led:
        return led
    according = _ACCORDING.match(after)
    if according:
        return _speaker_opening(after[according.end() :])
    verb = SPEECH_VERB.search(after)
    # An apposition between the name and the verb may be long ("NAME, director of
    # the X Program at the Center for Y, said"); the rest must be short.
    shown = TRAILING_APPOSITION.sub("", after[: verb.start()]) if verb else ""
    if verb is None or len(shown.split()) > 12:
        return None
    if not after[: verb.start()].strip():
        return _speaker_opening(after[verb.end() :])
    left = RELATIVE_COMMAS.sub("", after[: verb.start()])
    group = part_of_group(_without_between(left))
    if group:
        return group
    unnamed = unnamed_ending(_without_between(left))
    if unnamed and unnamed == _without_between(left).strip(EDGE):
        return unnamed
    titled = field_titled_name(_without_between(left).strip(EDGE).split())
    if titled:
        return titled
    speaker = backward_speaker(left)
    # The phrase must be all that stands before the verb, not the end of another clause.
    return speaker if only_speaker(left) else None


def _speaker_opening(text: str) -> str | None:
    """The speaker after a verb: 'one trader in Ganzhou' as written, or a name; after
    "according to a statement from", the body that issued it."""
    text = ISSUED_BY.sub("", text, count=1)
    return owned_title_name(text) or unnamed_opening(text) or forward_speaker(text)


def _speaker_ending(text: str) -> str | None:
    """The speaker before a verb: 'a White House spokesperson' as written, or a name;
    a hedge ("is said to have") and a bracketed acronym are no part of it."""
    published = PUBLISHED_BY.search(text)
    if published:
        return backward_speaker(published.group("body"))
    issued = DOCUMENT_FROM.match(_without_between(text).strip(EDGE))
    if issued:
        return _speaker_ending(issued.group("body"))
    text = without_relative_clause(TRAILING_ACRONYM.sub("", HEDGE.sub("", text)))
    bare = _without_between(text)
    found = part_of_group(bare) or unnamed_ending(bare) or backward_speaker(text)
    if found is None and RELATIVE_TAIL.search(bare):
        head = RELATIVE_TAIL.sub("", bare)
        unnamed = unnamed_ending(head)
        return unnamed if unnamed == head.strip(EDGE) else None
    return found


def _without_between(text: str) -> str:
    """'a spokesperson later ' -> 'a spokesperson': the words between speaker and verb off."""
    words = text.split()
    while words and words[-1].lower() in BETWEEN:
        words.pop()
    return " ".join(words)


def speaker_before(before: str) -> str | None:
    """'Tu Xinquan said: “…' / 'quotes a spokesperson declaring, “…' / 'According to X, “…'."""
    before = ANONYMITY_ASIDE.sub(" ", before)
    verbs = [
        v for v in SPEECH_VERB.finditer(before) if not WRITERS_TALK.search(before[: v.start()])
    ]
    according = list(_ACCORDING.finditer(before))
    if according and (not verbs or according[-1].start() > verbs[-1].start()):
        return _speaker_opening(before[according[-1].end() :])
    if not verbs:
        return None
    last = verbs[-1]
    clause = WHO_SPEAKS.search(before[: last.start()])
    if clause:
        return _speaker_ending(before[: clause.start()])
    earlier = before_coordinated_verb(before[: last.start()])
    if last.group() == "saying":
        earlier = before_issued(before[: last.start()]) or earlier
    if earlier:
        return _speaker_ending(earlier)
    if last.group().endswith("ing") and before[: last.start()].rstrip().endswith(","):
        return _participle_subject(before[: last.start()])
    return _speaker_ending(before[: last.start()])


def _participle_subject(clause: str) -> str | None:
    """ "Analyst Sunita Rao of X raised her target, saying …": the subject opening the
    clause speaks, when it names someone ("the ministry", a name); "Prices rose,
    adding …" names no one."""
    body = " ".join(clause.split()[:2])
    if is_body(body):
        return body
    subject = forward_speaker(clause)
    words = tuple(subject.split()) if subject else ()
    named = len(words) > 1 and (is_person_name(words) or is_organisation_name(words))
    at = clause.find(words[0]) if named else -1
    # The subject opens the clause, after a determiner or title at most ("Analyst NAME").
    return subject if at >= 0 and len(clause[:at].split()) <= 2 else None


def speaker_naming(before: str) -> str | None:
    """'Amara Okwuosa called the agreement “…': who names a thing with the quoted
    words (a partial quote; short ones stay scare quotes, as the caller decides)."""
    before = ANONYMITY_ASIDE.sub(" ", before)
    naming = _NAMING.search(before)
    if naming is None or SPEECH_VERB.search(before, naming.start()):
        return None
    namer = before[: naming.start()]
    # "The association welcomed the decision, calling it “…”": the clause's subject.
    if naming.group().startswith(_NAMING_PARTICIPLES) and namer.rstrip().endswith(","):
        return _participle_subject(namer)
    # "It was called “…”": a passive names no speaker.
    if namer.split()[-1:] in (["is"], ["was"], ["are"], ["were"], ["been"], ["be"]):
        return None
    return _speaker_ending(before_who(namer) or namer)


def speaker_of_stance(sentence: str) -> str | None:
    """Who a sentence says spoke so ('NAME, who follows the file, was blunter.')."""
    subject = before_stance(sentence)
    found = _speaker_ending(subject) if subject else None
    # A person only: "The market was more optimistic." names no speaker.
    return found if found and is_person_name(tuple(found.split())) else None


def speaker_in_sentence(sentence: str) -> str | None:
    """Who speaks in a sentence: 'Jane Roe told reporters …', '“…,” said Jane Roe.'"""
    verb = SPEECH_VERB.search(sentence)
    if verb is None:
        return None
    return _speaker_ending(sentence[: verb.start()]) or _speaker_opening(sentence[verb.end() :])
