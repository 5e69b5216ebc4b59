"""A name phrase read token by token from a speech verb, back or forward.

Backwards from the end of a clause ("Tu Xinquan, director of X," -> "Tu
Xinquan") or forwards from its start ("Jane Roe, an analyst" -> "Jane Roe"):
the words that can describe someone (names, titles, an organisation's "of"),
then articles, honorifics and function words stripped off; a pronoun comes
back as itself. `speaker_phrases` decides where to read.
"""

from __future__ import annotations

import re

from .lexicon import (
    FUNCTION_WORDS,
    ORG_HEADS,
    PARTICLES,
    is_person_name,
    starts_with_surname,
)
from .name_runs import opens_title
from .name_start import name_after_title
from .role_words import ROLE_MODIFIERS, is_role_word
from .speaker_forms import field_titled_name, longer_speaker
from .speaker_tokens import (
    TOKEN,
    Tokens,
    prefix_tokens,
    trailing_apposition,
)
from .speech_words import (
    BETWEEN,
    DETERMINERS,
    EDGE,
    PRONOUNS,
)

_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr"})


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
    stripped = (trimmed[: apposition.start()] if apposition else trimmed).rstrip(EDGE)
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


def forward_speaker(text: str) -> str | None:
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
