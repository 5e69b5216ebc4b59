"""Runs of capitalised words in a sentence, the candidates for names.

A run is a tight sequence of capitalised words (with particles inside it:
"Ursula von der Leyen"), less the function words that open it ("Meanwhile")
and a description in front of a company's name ("Tokyo-based"); runs are then
joined across "of", "for", "on" and "and" where they make one organisation's
name ("Ministry of Industry and Information Technology"; the tests for
that are `run_joins`'s).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import (
    FOREIGN_AND,
    FUNCTION_WORDS,
    KIND_NOUNS,
    ORG_HEADS,
    ORG_SUFFIXES,
    PARTICLES,
    starts_with_surname,
)
from .name_edges import (
    WEEKDAYS,
    capitalised_inside,
    collective_possessive,
    without_auxiliary,
    without_backing,
)
from .name_lists import listed_fields, listed_partners
from .names import UPPER, is_based_word
from .run_joins import acronym_spans, continues_company, joins, one_body_after_the

# "Andes Lithium Corp.": a company's abbreviated ending keeps its full stop.
# So do the legal forms of southern Europe and Latin America: "Magneti Riva S.p.A.",
# "Serra Verde Mineração Ltda.".
_ABBREVIATED_ENDING = r"(?:(?:Inc|Corp|Ltd|Ltda|Co|Bhd|Pty)\.|A/S|S\.p\.A\.|S\.r\.l\.)(?!\w)"
# "IREL (India) Limited": a bracketed qualifier inside a name, before its legal form.
# A word in brackets, not an acronym, goes on too: "China Northern Rare Earth (Group)
# High-Tech Co., Ltd." (an acronym may close a name: "Lone Star (LSHE) Chief …").
_QUALIFIER = (
    r"(?:\([A-Z][\w.&-]*\)\s+(?=(?:Limited|Ltd|Inc|Pvt|Private|Corp)\b)"
    r"|\([A-Z][a-z][\w.&-]*\)\s+(?=[A-Z]))?"
)
# A name word may hold an apostrophe before lower-case letters ("Ng’oma", "Ma'aden"),
# not a contraction's ("We're") nor a possessive's ("Lynas's").
_INNER_APOSTROPHE = r"(?:[’'](?!(?:re|ve|ll)\b)[a-z]{2,}[\w-]*)?"
# A plural possessive of a trade's or a group's members inside a name, before
# its next word: "Hong Kong Shippers' Council", "Manufacturers’ Association".
_MEMBERS_POSSESSIVE = rf"(?:(?<=ers)|(?<=ors)|(?<=ists)|(?<=ants)|(?<=ents))[’'](?=\s+[{UPPER}])"
# "U.S.-China Business Council": initials joined by a hyphen to the next name word.
_INITIALS_HYPHEN = rf"[A-Z]\.(?:[A-Z]\.)+-[{UPPER}][\w&-]*"
_CAP = (
    rf"(?:{_INITIALS_HYPHEN}|[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=\s)|{_ABBREVIATED_ENDING}"
    rf"|[{UPPER}](?:[’'][A-Z])?[\w&-]*{_INNER_APOSTROPHE}(?:{_MEMBERS_POSSESSIVE})?)"
)
_PARTICLE = "|".join(sorted(PARTICLES))
# A legal form in lower case closes a name too: "Pensana plc". Every name word
# opens on a capital: the lookahead turns every other place down in one test.
_TIGHT_RUN = re.compile(
    rf"(?=[{UPPER}])(?<![\w’'.-]){_CAP}(?:(?:\s+(?:{_PARTICLE}))*\s+{_QUALIFIER}{_CAP}|\s+plc(?!\w))*"
)
_JOINER = re.compile(rf"^\s+(of|for|on|in|and|&|{'|'.join(FOREIGN_AND)})(\s+the)?\s+$")
# Letters a member of a parliament or a graduate writes after the name.
POSTNOMINALS = frozenset({"MP", "MPs", "MLA", "MEP", "MPP", "MSP", "PhD"})
# How a sentence may name a company by its relation to another before its name:
# "Rival Iluka Resources is building …" (the word is no part of the name).
RELATION_WORDS = frozenset({"rival", "rivals", "peer", "competitor", "compatriot", "parent"})


@dataclass(frozen=True)
class NameRun:
    """A run of capitalised words in a sentence: ``sentence[start:end] == text``."""

    text: str
    start: int
    end: int

    # Both asked many times of each run (a run is kept with its sentence's): worked
    # out once.
    @functools.cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.split())

    @functools.cached_property
    def name(self) -> str:
        """The words with single spaces, as a name is reported."""
        return " ".join(self.words)

    def word_offset(self, index: int) -> int:
        """Offset in the sentence of the ``index``-th word."""
        return self.start + [m.start() for m in re.finditer(r"\S+", self.text)][index]


# Titles whose first word is also a function word: "Under Secretary of Commerce".
TITLES_OPENED_BY_FUNCTION_WORDS = frozenset(
    {("Under", "Secretary"), ("Under", "Secretary-General")}
)


def opens_title(words: list[str]) -> bool:
    """Whether the words open a title whose first word is a function word."""
    return tuple(words[:2]) in TITLES_OPENED_BY_FUNCTION_WORDS


# Words that open a sentence before a name, and the words that keep them in it.
_KIND_WORDS = KIND_NOUNS | RELATION_WORDS
_NAME_WORDS = ORG_HEADS | ORG_SUFFIXES


def _without_opening(sentence: str, start: int, text: str) -> str:
    """The run without the function words and weekdays that open it: "Meanwhile",
    "The", "According", "On Wednesday"."""
    words = text.split()
    while words and words[0] in FUNCTION_WORDS:
        if starts_with_surname(tuple(words[:2])) or opens_title(words):
            break
        if capitalised_inside(sentence, start, text):
            break  # "with Less Common Metals as lead": the word opens the name.
        text, words = text[len(words[0]) :].lstrip(), words[1:]
    # "About" opening a release's "About X" block is no part of the name.
    if start == 0 and len(words) > 1 and words[0] == "About":
        text, words = text[len("About") :].lstrip(), words[1:]
    # "On Wednesday Halcyon Motors agreed": a weekday is no part of the name after it.
    while len(words) > 1 and words[0] in WEEKDAYS:
        text, words = text[len(words[0]) :].lstrip(), words[1:]
    return text


def _tight_runs(sentence: str) -> list[NameRun]:
    runs = []
    for match in _TIGHT_RUN.finditer(sentence):
        text = _without_opening(sentence, match.start(), match.group())
        # "Consultancy Benchline Intelligence" opening a sentence: the kind noun,
        # capitalised there, is no part of the name (an organisation word is).
        first = text.split()[0] if text else ""
        kind = first.lower() in _KIND_WORDS and first not in _NAME_WORDS
        if match.start() == 0 and text == match.group() and kind and len(text.split()) > 1:
            text = text[len(first) :].lstrip()
        # "Tokyo-based Ocean Commons": the description is no part of the name.
        based = (
            [m.end() for m in re.finditer(r"\S+", text) if is_based_word(m.group())]
            if "-" in text  # A description is hyphenated: "Tokyo-based".
            else []
        )
        if based and based[-1] < len(text):
            text = text[based[-1] :].lstrip()
        elif based:
            continue  # "a Hong Kong-registered fund": a description, no name.
        text = without_auxiliary(sentence, match.start(), text)
        start = match.end() - len(text)  # Only the run's opening is cut so far.
        text = without_backing(text)
        # "Claire Whitmore MP": a member's letters after the name are no part of it.
        if len(text.split()) > 2 and text.split()[-1] in POSTNOMINALS:
            text = text[: text.rindex(" ")]
        if text:
            runs.append(NameRun(text, start, start + len(text)))
    return runs


# Five readers ask for the runs of the same sentences (mentions, referents, the
# organisation context, speaker forms, each quote's masked read): kept, as a tuple.
@functools.lru_cache(maxsize=4096)
def name_runs(sentence: str) -> tuple[NameRun, ...]:
    """Capitalised runs, with organisation names joined across "of"/"for"/"and", a list
    of an office's fields ("of Trade, Industry and Energy") and "Co., Ltd."."""
    runs = _tight_runs(sentence)
    merged: list[NameRun] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        previous = merged[-1] if merged else None
        taken = 1
        if previous is not None:
            gap = _JOINER.match(sentence[previous.end : run.start])
            listed = listed_fields(sentence, previous, runs, index) or listed_partners(
                sentence, previous, runs, index
            )
            if listed:
                taken = listed
            elif not (
                (gap and joins(previous, gap.group(1), run, bool(gap.group(2))))
                or (gap and gap.group(1) == "and" and acronym_spans(sentence, previous, run))
                or (
                    gap is not None
                    and gap.group(0).strip() == "and"
                    and one_body_after_the(sentence, previous, run)
                )
                or continues_company(sentence, previous, run)
                or collective_possessive(
                    sentence[previous.end : run.start], previous.words, run.words
                )
            ):
                taken = 0
        if previous is not None and taken:
            last = runs[index + taken - 1]
            merged[-1] = NameRun(sentence[previous.start : last.end], previous.start, last.end)
        else:
            merged.append(run)
            taken = 1
        index += taken
    return tuple(merged)


def paragraph_name_runs(text: str) -> tuple[NameRun, ...]:
    """``name_runs`` of a text asked for once (a whole paragraph with its quotes
    masked, a prefix): read without the memo, so as not to push sentences out of it."""
    return name_runs.__wrapped__(text)
