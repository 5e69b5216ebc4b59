"""Organisations known by name: the firms of ``known_firms`` and the public
bodies of ``known_bodies`` wherever a page names them whole with no cue word
("Sojitz and JOGMEC will lend …", "USTR leads the talks", "Treasury screens …").

A known name is read only as a whole run of capitalised words (not the
"Toyota" of "Toyota City" or "Mr Honda", not the "Mineral Resources" of a
ministry's name), with its exact case, and gives way to what the page says it
is besides: a word of a person's name the page gives, a place, a ticker's
exchange ("NYSE: X"), a security named for its issuer ("Treasury yields"). A
wire agency or outlet counts only where the page quotes it as a source
("carried by Xinhua", "told CNBC"); the page's own publisher is left out later
(``resolve``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ..model import Entity
from .known_bodies import BODIES, MEDIA, SPELLED_OUT
from .known_firms import FIRMS
from .lexicon import is_person_name, is_place
from .name_runs import NameRun, name_runs
from .role_words import is_role_word
from .sentences import split_sentences

# Every known name, by its kind ("rare-earth producer", "Japan", "media").
KNOWN_ORGANISATIONS: dict[str, tuple[str, ...]] = {**FIRMS, **BODIES, "media": MEDIA}
_MEDIA = frozenset(MEDIA)

# After the name: a ticker or a label ("NYSE: MP"), a security the body issues, or
# the rest of a longer name ("Alcoa of Australia").
_NOT_AFTER = re.compile(
    r"^(?::|\s+(?:yields?|bonds?|bills?|notes|securities|futures|index|curve|auction)\b"
    r"|\s+of\s+[A-Z])"
)
# Where a page quotes an outlet as its source: "a statement carried by Xinhua",
# "told CNBC", "in an interview with Nikkei", "State broadcaster CCTV said".
_SOURCE_BEFORE = re.compile(
    r"(?:\b(?:carried|reported|quoted|published)\s+by|\btold|\binterview\s+with"
    r"|\b(?:news\s+agency|broadcaster|newspaper|tabloid))\s+(?:the\s+)?$",
    re.I,
)
_SOURCE_AFTER = re.compile(r"^\s+(?:reported|said|quoted|cited|reports|says)\b")


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = sorted({n for names in KNOWN_ORGANISATIONS.values() for n in names}, key=len)
    alternation = names_by_first_letter(list(reversed(names)))
    # Whole words only; a possessive's "’s" may follow ("Solvay's plant").
    return re.compile(rf"(?<![\w&.’'-])(?:{alternation})(?![\w&-]|\.\w|[’'](?!s\b))")


def names_by_first_letter(names: Sequence[str]) -> str:
    """The alternation of ``names`` (longest first wins, in their order), grouped by
    first letter: "A(?:lcoa|rcadium)|B(?:HP)". Names with different first letters
    never match at one place, so it matches as the flat one does; the regex engine
    tries a few dozen groups at each place instead of every one of hundreds of names."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


def _whole_run(match: re.Match[str], runs: Sequence[NameRun]) -> bool:
    """The name is a whole run (or holds whole runs: "Svenska kraftnät"), or opens
    one that goes on with a title ("Rio Tinto CEO Jakob Stausholm")."""
    start, end = match.span()
    for run in runs:
        if run.end <= start or run.start >= end:
            continue
        if start <= run.start and run.end <= end:
            continue
        rest = run.text[end - run.start :].split()
        if run.start == start and rest and _employer_title(rest[0]):
            continue
        return False
    return True


def _employer_title(word: str) -> bool:
    """A job after its employer ("Rio Tinto CEO", "Citi analyst"), not an office the
    body's name is part of ("Treasury Secretary Scott Bessent")."""
    return is_role_word(word) and (word.isupper() or word.islower())


def _quoted_as_source(sentence: str, match: re.Match[str]) -> bool:
    before, after = sentence[: match.start()], sentence[match.end() :]
    return bool(_SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after))


_FORMER = re.compile(r"\b[Ff]ormer\s+$")
_NEXT_WORD = re.compile(r"^\s+([a-z]+)")


def _past_employer(sentence: str, match: re.Match[str]) -> bool:
    """ "a former Treasury official": a person's past employer, part of their
    description, not a body the story is about."""
    after = _NEXT_WORD.match(sentence[match.end() :])
    former = _FORMER.search(sentence[: match.start()])
    return bool(former and after and is_role_word(after.group(1)))


def _read_longer(sentence: str, match: re.Match[str], longer: Sequence[str]) -> bool:
    """A longer name the page's other readings found starts here ("Alcoa of
    Australia")."""
    return any(sentence.startswith(name, match.start()) for name in longer)


def sentence_names(
    sentence: str, person_words: frozenset[str], longer: Sequence[str] = ()
) -> list[str]:
    """The known organisations a sentence names whole, in order; ``longer`` are the
    names read already, which hold a known name at their start."""
    found: list[str] = []
    runs: tuple[NameRun, ...] | None = None
    for match in _pattern().finditer(sentence):
        name = match.group()
        if _NOT_AFTER.match(sentence[match.end() :]) or is_place(name):
            continue
        if _read_longer(sentence, match, [n for n in longer if n.startswith(f"{name} ")]):
            continue
        if _past_employer(sentence, match):
            continue
        if any(word in person_words for word in name.split()):
            continue  # "Honda" when the page names Keisuke Honda.
        if name in _MEDIA and not _quoted_as_source(sentence, match):
            continue
        runs = name_runs(sentence) if runs is None else runs
        if _whole_run(match, runs) and name not in found:
            found.append(name)
    return found


def _defined(acronym: str, page: str) -> bool:
    """The page defines the acronym after a longer name ("Korea Mine Rehabilitation
    and Mineral Resources Corp. (KOMIR)", "…, known as KOMIR") or spells out its
    known full name: the acronym is that name's, no second body."""
    if any(full in page for full in SPELLED_OUT.get(acronym, ())):
        return True
    if not re.fullmatch(r"[A-Z][A-Za-z&-]*[A-Z]", acronym):
        return False
    defined = rf"[A-Z][\w.&'’-]*\s?(?:\(|,\s+(?:known\s+as|or)\s+)(?:the\s+)?{re.escape(acronym)}\b"
    return re.search(defined, page) is not None


# A short line with no closing mark is a link or a label ("Rio Tinto's Arcadium deal
# closes" in a related rail), not the article's prose.
_CLOSED = re.compile(r"[.!?:;”\"’')]\s*$")
_LINK_WORDS = 8


# A person's credit line is no link: "Elena Strand — BMO Capital Markets".
_CREDIT = re.compile(r"^[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)+\s*(?:[—–-]|,)\s+[A-Z]")


def _link_or_label(text: str) -> bool:
    short = len(text.split()) < _LINK_WORDS and not _CLOSED.search(text)
    return short and not _CREDIT.match(text)


def _surnames(sentences: Iterable[str]) -> frozenset[str]:
    """The last words of the person-like runs a page holds ("Keisuke Honda"), which
    are no firm's name alone on that page, whether or not a cue named the person."""
    known = _pattern()
    return frozenset(
        run.words[-1]
        for sentence in sentences
        for run in name_runs(sentence)
        if len(run.words) > 1 and is_person_name(run.words) and not known.fullmatch(run.name)
    )


def known_organisations(
    entities: Sequence[Entity], texts: Iterable[tuple[str, int]], source: str | None = None
) -> list[Entity]:
    """The entities with the known organisations the texts name, by first line; the
    page's source (a ministry publishing its own release) spells out its acronym."""
    prose = [(text, line) for text, line in texts if not _link_or_label(text)]
    lines = [(s.text, line) for text, line in prose for s in split_sentences(text)]
    people = [e.name for e in entities if e.kind == "person"]
    person_words = frozenset(word for name in people for word in name.split())
    person_words |= _surnames(sentence for sentence, _ in lines)
    named = {e.name for e in entities}
    page = "\n".join([*(sentence for sentence, _ in lines), source or ""])
    named |= {name for name in _pattern().findall(page) if _defined(name, page)}
    added: list[Entity] = []
    for sentence, line in lines:
        for name in sentence_names(sentence, person_words, sorted(named)):
            # A short form of a name read already ("Serra Verde" of "Serra Verde
            # Mineração Ltda.") is that name's: the alias rules need no second entity.
            if name not in named and not any(n.startswith(f"{name} ") for n in named):
                named.add(name)
                added.append(Entity(name, "organisation", None, line))
    return sorted([*entities, *added], key=lambda e: e.line)
