"""The phrase that names a speaker beside a speech verb.

Read backwards from the verb ("Tu Xinquan, director of X, said" -> "Tu
Xinquan") or forwards from it ("said Jane Roe, an analyst" -> "Jane Roe"),
after "according to", or as an unnamed speaker kept as written ("one trader in
Ganzhou"); pronouns come back as themselves, for the caller to resolve.
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
    FUNCTION_WORDS,
    ORG_HEADS,
    PARTICLES,
    is_organisation_name,
    is_person_name,
    starts_with_surname,
)
from .name_runs import opens_title
from .role_words import ROLE_MODIFIERS, is_plural_role_word, is_role_word
from .speaker_forms import (
    field_titled_name,
    longer_speaker,
    only_speaker,
    owned_title_name,
    part_of_group,
)
from .speaker_tokens import (
    TOKEN,
    Tokens,
    prefix_tokens,
    trailing_apposition,
    without_trailing_apposition,
)
from .speech_words import (
    ANONYMITY_ASIDE,
    BETWEEN,
    DETERMINERS,
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
from .titles import name_after_title
from .unnamed import is_body, unnamed_ending, unnamed_opening

__all__ = ["EDGE", "PERSONAL_PRONOUNS", "PRONOUNS", "SPEECH_VERB", "SPEECH_VERBS"]

_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr"})

_ACCORDING = re.compile(r"\baccording to\s+", re.I)
# A verb that names a thing with the quoted words, just before them: "Amara Okwuosa
# called the agreement “the signal our lenders wanted”", "described it as “…”".
_NAMING = re.compile(
    r"\b(?:called|calls|described|describes|dubbed|termed|branded"
    r"|calling|describing|dubbing|terming|branding)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:as\s+)?$"
)
_NAMING_PARTICIPLES = ("calling", "describing", "dubbing", "terming", "branding")


def _is_np_word(word: str, left: str | None, taken: list[str]) -> bool:
    """Whether a word can be part of a speaker's description ("a Ministry of Commerce
    spokesperson", "Tu Xinquan", "chief economist")."""
    if word in ("of", "for"):
        # A connector only between an organisation word or title and more of the name.
        # "Under Secretary of Commerce for Industry": a title's portfolio after "for".
        portfolio = (
            word == "for"
            and left is not None
            and left[:1].isupper()
            and any(map(is_role_word, taken))
        )
        return (
            bool(taken)
            and left is not None
            and (left in ORG_HEADS or is_role_word(left) or portfolio)
        )
    if word in PARTICLES:  # "Pieter de Vries", "Ursula von der Leyen": particles chain.
        return bool(taken) and left is not None and (left[:1].isupper() or left in PARTICLES)
    if word.endswith(("’s", "'s")):
        return not any(w[:1].isupper() for w in taken)
    return word[:1].isupper() or is_role_word(word) or word.lower() in ROLE_MODIFIERS


def _clean(phrase: str) -> str | None:
    """Strip articles, honorifics and function words; keep what names someone."""
    words = phrase.split()
    while words and (
        words[0].lower() in DETERMINERS
        or (
            words[0] in FUNCTION_WORDS
            and not starts_with_surname(tuple(words[:2]))
            and not opens_title(words)
        )
        or words[0] in _HONORIFICS
        or words[0] in PARTICLES
        or words[0] in ("of", "for")
    ):
        words = words[1:]
    if not words or not any(w[:1].isupper() or is_role_word(w) for w in words):
        return None
    # "Senator Ruth Calloway", "trader Lucas Meyer": the person, as entities name them;
    # "Assistant Secretary for Industry and Analysis Miriam Castellano": past the fields.
    stripped = [w.strip(",.") for w in words]
    name = field_titled_name(stripped) or name_after_title(tuple(stripped))
    if name:
        # "chief executive Dr. Amara Okwuosa": the honorific is no part of the name.
        first, _, rest = name.partition(" ")
        return rest if rest and f"{first}." in _HONORIFICS else name
    return " ".join(words).strip(" ,.")


def backward_speaker(text: str, whole: Tokens | None = None) -> str | None:
    """The speaker phrase that ends ``text``: 'Tu Xinquan, director of X,' -> 'Tu Xinquan'.
    ``whole``: the tokens of a paragraph ``text`` opens, if known (``paragraph_tokens``)."""
    trimmed = text.rstrip()
    apposition = trailing_apposition(trimmed)
    if apposition:
        # "The Treasury’s top economist, Amara Singh, said": the name is in the commas.
        inner = apposition.group().strip(EDGE)
        if is_person_name(tuple(inner.split())):
            return inner
    stripped = without_trailing_apposition(trimmed).rstrip(EDGE)
    tokens = prefix_tokens(stripped, whole)
    while tokens and tokens[-1].group().lower() in BETWEEN:
        tokens.pop()
    if tokens and tokens[-1].group().lower() in PRONOUNS:
        return tokens[-1].group().lower()
    taken: list[str] = []
    first = len(tokens)
    # Where the phrase crossed an "and" between capitalised words ("Minister of
    # Industry and Trade Pham Quoc Thanh"): kept only if a title before it leads
    # to a name after it, else the phrase ends at the "and" ("Smith and Jones").
    joined = None
    for i in range(len(tokens) - 1, -1, -1):
        left = tokens[i - 1].group() if i else None
        word = tokens[i].group()
        if word in _OFFICE_AND and taken and left is not None and left[:1].isupper():
            joined = joined if joined is not None else i + 1
        elif not _is_np_word(word, left, taken):
            break
        taken.append(word)
        first = i
    if first == len(tokens):
        return None
    speaker = _clean(stripped[tokens[first].start() : tokens[-1].end()])
    if joined is not None and (speaker is None or any(w in _OFFICE_AND for w in speaker.split())):
        speaker = _clean(stripped[tokens[joined].start() : tokens[-1].end()])
    return longer_speaker(stripped[: tokens[-1].end()], speaker) if speaker else None


_OFFICE_AND = frozenset({"and", "&"})


def _forward_speaker(text: str) -> str | None:
    """The speaker phrase that starts ``text``: 'said Jane Roe, an analyst' -> 'Jane Roe'."""
    tokens = list(TOKEN.finditer(text))
    while tokens and tokens[0].group().lower() in DETERMINERS:
        tokens = tokens[1:]
    surname = starts_with_surname(tuple(t.group() for t in tokens[:2]))
    if tokens and tokens[0].group().lower() in PRONOUNS and not surname:
        return tokens[0].group().lower()
    taken: list[str] = []
    first, last = 0, -1
    for i, token in enumerate(tokens):
        left = taken[-1] if taken else None
        word = token.group()
        if word.endswith(("’s", "'s")) and word[:1].isupper():
            taken, first = [], i + 1  # "Morgan Stanley’s Xing Ziqiang": the owner comes first.
            continue
        if word in ("of", "for") and not _capital_follows(tokens, i + 1):
            break
        if word == "and" and _capital_follows(tokens, i + 1) and any(map(is_role_word, taken)):
            # "Assistant Secretary for Manufacturing and Energy Supply Chains Renata
            # Sowell": a title's fields joined by "and", the name after them.
            taken.append(word)
            continue
        if word == "the" and left in ("of", "for"):
            taken.append(word)
            continue
        if not _is_np_word(word, left, taken):
            break
        taken.append(word)
        last = i
    if last < first:
        return None
    return _clean(text[tokens[first].start() : tokens[last].end()])


def _capital_follows(tokens: list[re.Match[str]], i: int) -> bool:
    """A capitalised word next, perhaps after "the": "for (the) Department of Energy"."""
    if i < len(tokens) and tokens[i].group() == "the":
        i += 1
    return i < len(tokens) and tokens[i].group()[:1].isupper()


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
    return owned_title_name(text) or unnamed_opening(text) or _forward_speaker(text)


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
    subject = _forward_speaker(clause)
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
