"""Speakers the text does not name, kept as the text describes them.

"one trader in Ganzhou said", "said a procurement manager at a Midwestern pump
maker", "a White House spokesperson said": a determiner, a few qualifying words,
the noun of a job (or of a body: "the ministry"), and perhaps where they work.
The phrase is returned as written, with its determiner, so that a reader sees
who is speaking; "the ministry" is resolved to a named ministry later.
"""

from __future__ import annotations

import re

from .held_names import HELD_NAME_MARKS, hold_name_commas, release_name_commas
from .role_words import is_plural_role_word, is_role_word

_DETERMINERS = frozenset({"a", "an", "one", "another", "the"})


def is_determiner_word(word: str) -> bool:
    """'One', 'another', 'the': a word that opens an unnamed speaker, never a name."""
    return word.lower() in _DETERMINERS


# Bodies that speak as one: "the ministry said" means the ministry named earlier.
BODY_NOUNS = frozenset(
    {
        "ministry", "department", "company", "agency", "commission", "government",
        "firm", "group", "embassy", "office", "bank", "council", "association",
        "administration", "regulator", "committee", "institute", "miner", "producer",
        "mission", "delegation",
    }
)  # fmt: skip
# "in Ganzhou", "at a rival producer", "to the WTO" (China's mission to the WTO).
_TAIL_LINKS = frozenset({"in", "at", "of", "from", "with", "for", "to"})
# Words that end where a speaker works and start another clause: "a manager at a
# pump maker what the change would cost", "a trader in Shanghai after the talks".
_CLAUSE_WORDS = frozenset(
    {
        "what", "who", "whom", "whose", "which", "that", "when", "where", "why", "how",
        "whether", "if", "and", "or", "but", "to", "about", "after", "before", "since",
        "because", "while", "than", "on", "is", "was", "were", "are", "has", "had", "have",
        "said", "says", "told", "not",
    }
)  # fmt: skip
# The verbs among them: a noun phrase ends before one ("one Singapore-based trader
# said buyers …" is not "… said buyers").
_VERBS = frozenset({"is", "was", "were", "are", "has", "had", "have", "said", "says", "told"})
_MAX_MODIFIERS = 5  # "a Department for Business and Trade spokesman"
_MAX_TAIL = 9  # "for the Office of the United States Trade Representative"
_WORD = re.compile(rf"^[\w’'&.{HELD_NAME_MARKS}-]+$")


def _released(phrase: str | None) -> str | None:
    return release_name_commas(phrase) if phrase else phrase


def _head_ends(words: list[str]) -> list[int]:
    """Where the noun phrase 'DET modifiers NOUN' may end, shortest first: 'one
    Singapore-based trader' -> [3], 'the chief financial officer' -> [2, 4]. A
    possessive stands for the determiner: "China's commerce ministry"."""
    if not words or not _is_determiner(words[0]):
        return []
    determiner = "the" if _is_possessive(words[0]) else words[0].lower()
    ends: list[int] = []
    for i, word in enumerate(words[1 : _MAX_MODIFIERS + 2], start=1):
        if word.lower() in _DETERMINERS | _VERBS or not _WORD.match(word):
            break
        if _is_head(word, determiner):
            ends.append(i + 1)
    return ends


def _is_determiner(word: str) -> bool:
    return word.lower() in _DETERMINERS or _is_possessive(word)


def _is_possessive(word: str) -> bool:
    """'China’s', 'Japan's': an owner standing where "the" would."""
    return word[:1].isupper() and word.endswith(("’s", "'s")) and len(word) > 3


# Who speaks unnamed without a job: "a person briefed on the talks", "the source".
_PERSON_NOUNS = frozenset({"person", "source", "insider", "colleague"})
# What a body says in writing, speaking for it: "the paper said", "the company's
# statement said" (the body that issued it speaks: ``document_owner``).
DOCUMENT_NOUNS = frozenset(
    {"statement", "paper", "report", "note", "filing", "letter", "notice", "announcement"}
)


# A court's voices, which speak as written: "the court wrote", "the panel wrote",
# "the majority said" (none is the court the article names: a panel is three of its
# judges, a majority some of them).
BENCH_NOUNS = frozenset({"court", "panel", "majority", "tribunal", "bench"})


def _is_head(word: str, determiner: str) -> bool:
    if word.lower() in BODY_NOUNS | DOCUMENT_NOUNS | BENCH_NOUNS and determiner == "the":
        return True
    return word.islower() and (is_role_word(word) or word in _PERSON_NOUNS)


# What an unnamed source knows, said as where they are: "a US official familiar with
# the talks", "a person briefed on the plans", "a banker close to the deal".
_KNOWING = frozenset({"familiar", "briefed", "close"})
_KNOWN_LINKS = frozenset({"with", "on", "to"})


def _tail_ok(words: list[str]) -> bool:
    """'in Ganzhou', 'at a rival European producer': where the speaker is; 'familiar
    with the talks': what they know."""
    if not words:
        return True
    if words[0] in _KNOWING:
        bounded = 2 < len(words) <= _MAX_TAIL and all(_WORD.match(w) for w in words[2:])
        return words[1] in _KNOWN_LINKS and bounded
    return (
        words[0] in _TAIL_LINKS
        and 1 < len(words) <= _MAX_TAIL
        and all(_WORD.match(w) for w in words[1:])
        and sum(_breaks_tail(words, i) for i in range(1, len(words))) <= _MAX_EXTRA_LINKS
    )


# "at a smelter in Ganzhou": one more place phrase after where they work.
_MAX_EXTRA_LINKS = 1


def _breaks_tail(words: list[str], i: int) -> bool:
    """A second 'in'/'at' starts another phrase, except inside a name ("Department
    of Energy")."""
    inside_name = (
        0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()
    )
    return words[i] in _TAIL_LINKS and not inside_name


def unnamed_ending(text: str) -> str | None:
    """The unnamed speaker that ends ``text`` (just before a speech verb). A phrase
    followed by a comma is an apposition ("Jane Roe, a strategist, said"): not one."""
    words = hold_name_commas(text).split()
    for start in range(max(len(words) - _MAX_MODIFIERS - _MAX_TAIL - 2, 0), len(words)):
        if any(_tail_ok(words[start + head :]) for head in _head_ends(words[start:])):
            return _released(" ".join(words[start:]))
    return None


def unnamed_opening(text: str) -> str | None:
    """The unnamed speaker that opens ``text`` (just after a speech verb): 'one
    executive at a rival European producer, who asked …' -> up to the comma."""
    return _released(_opening(hold_name_commas(text)))


def _opening(text: str) -> str | None:
    clause = re.split(r"[,;:.!?()“”\"—–]|\s(?:who|which|whose|that)\s", text, maxsplit=1)[0]
    words = clause.split()
    heads = _head_ends(words)
    if not heads:
        return None
    # "said a spokesperson on Tuesday": where they work, or nothing of what follows.
    for head in heads:
        tail = _where_they_work(words[head:])
        if tail is not None:
            return " ".join(words[: head + tail])
    return " ".join(words[: heads[-1]])


def _where_they_work(words: list[str]) -> int | None:
    """How many of ``words`` say where the speaker works, up to a word that starts
    another clause: 'at a pump maker what it costs' -> 4; None where they do not."""
    if not words:
        return 0
    skip = 2 if words[0] in _KNOWING else 0  # "close to the deal": its "to" is no clause
    # "of a battery group with plants in Georgia": what the body has, not where they work.
    end = next(
        (
            i
            for i, w in enumerate(words)
            if (w in _CLAUSE_WORDS or (w == "with" and i)) and i >= skip
        ),
        len(words),
    )
    for size in range(min(end, _MAX_TAIL), 1, -1):
        if _tail_ok(words[:size]):
            return size
    return None


# "a", "one" … where a sentence brings someone in; not after "is", "as" or a comma,
# where the phrase describes someone already named ("Jane Roe, a strategist").
_INTRODUCED = re.compile(r"(?<![\w’'-])(?:a|an|one|another)\s", re.I)
_DESCRIBING = frozenset(
    {"is", "was", "are", "were", "as", "be", "been", "became", "becomes", "like", "than"}
)


# "The chief financial officer of a South Korean battery group said": "the" and a
# job of a body the text brings in with "a": someone new, unnamed.
_INTRODUCED_THE = re.compile(
    r"(?<![\w’'-])the\s+((?:[a-z-]+\s+){0,3}[a-z-]+)\s+(?:of|at)\s+(?:a|an)\s", re.I
)


def unnamed_mentions(text: str) -> list[tuple[int, str]]:
    """The people a text brings in without naming them, by offset, as written: 'I
    asked a procurement manager at a pump maker what …' -> 'a procurement manager
    at a pump maker'."""
    found: list[tuple[int, str]] = []
    for match in _INTRODUCED.finditer(text):
        before = text[: match.start()].split()
        if before and (before[-1].endswith(",") or before[-1].lower() in _DESCRIBING):
            continue
        phrase = unnamed_opening(text[match.start() :])
        if phrase and person_head(phrase):
            found.append((match.start(), phrase))
    for match in _INTRODUCED_THE.finditer(text):
        phrase = unnamed_opening(text[match.start() :])
        before = text[: match.start()].split()
        if before and (before[-1].endswith(",") or before[-1].lower() in _DESCRIBING):
            continue
        if (
            phrase
            and person_head(f"a {match.group(1)}")
            and len(phrase) > match.end(1) - match.start()
        ):
            found.append((match.start(), phrase))
    return sorted(found)


def person_head(phrase: str) -> str | None:
    """The job noun of an unnamed person: 'official' in 'a former Pentagon official';
    None for a body or a group ('the ministry', 'two traders')."""
    words = phrase.split()
    if not words or words[0].lower() == "the":
        return None
    heads = _head_ends(words)
    noun = words[heads[-1] - 1] if heads else ""
    return noun if noun and not is_plural_role_word(noun) else None


def later_mention(speaker: str, earlier: list[str]) -> str | None:
    """'the official' -> the last unnamed speaker before it with that noun ('a
    former Pentagon official'), else None."""
    words = speaker.split()
    if len(words) != 2 or words[0].lower() != "the" or not is_role_word(words[1]):
        return None
    for before in reversed(earlier):
        first = before.split()[0]
        if first in _DETERMINERS - {"the"} and words[1] in before.split():
            return before
    return None


def earlier_body(speaker: str, earlier: list[str]) -> str | None:
    """'the ministry' -> the last speaker before it that is such a body as written
    ("China's commerce ministry"), when no entity of that name was found; else None."""
    if not is_body(speaker):
        return None
    noun = speaker.split()[-1].lower()
    for before in reversed(earlier):
        words = before.split()
        if len(words) > 1 and words[0].lower() != "the" and words[-1].lower() == noun:
            return before
    return None


def document_owner(speaker: str) -> str | None:
    """'the paper' -> 'it' (the body last named issued it); "the company's
    statement" -> 'the company'; "Lynas's report" -> 'Lynas'; None for anything else."""
    words = speaker.split()
    if len(words) not in (2, 3) or words[-1].lower() not in DOCUMENT_NOUNS:
        return None
    if len(words) == 2 and words[0].lower() == "the":
        return "it"
    owner = words[-2].removesuffix("’s").removesuffix("'s")
    if owner == words[-2]:
        return None
    if len(words) == 3 and words[0].lower() == "the" and owner in BODY_NOUNS:
        return f"the {owner}"
    return owner if len(words) == 2 and owner[:1].isupper() else None


def is_body(speaker: str) -> bool:
    """'the ministry', 'the company': a body named earlier in the article."""
    words = speaker.split()
    return len(words) == 2 and words[0].lower() == "the" and words[1] in BODY_NOUNS
