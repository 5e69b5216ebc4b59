"""Runs of capitalised words in a sentence, the candidates for names.

A run is a tight sequence of capitalised words (with particles inside it:
"Ursula von der Leyen"), less the function words that open it ("Meanwhile")
and a description in front of a company's name ("Tokyo-based"); runs are then
joined across "of", "for", "on" and "and" where they make one organisation's
name ("Ministry of Industry and Information Technology").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import (
    CALENDAR,
    FOREIGN_AND,
    FUNCTION_WORDS,
    KIND_NOUNS,
    LEGAL_SUFFIXES,
    ORG_HEADS,
    ORG_SUFFIXES,
    PARTICLES,
    PLACES,
    is_organisation_name,
    is_organisation_word,
    is_place,
    starts_with_surname,
)
from .name_edges import (
    LEGAL_WORDS,
    PART_HEADS,
    WEEKDAYS,
    bodies,
    capitalised_inside,
    collective_possessive,
    industries,
    membership_body,
    one_field_list,
    without_auxiliary,
    without_backing,
)
from .name_lists import LIST_COMMA, field_word, listed_fields, listed_partners
from .names import OFFICE_WORDS, UPPER, is_based_word
from .role_words import is_plural_role_word, is_role_word

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
# "Defence Equipment and Support (DE&S)": an acronym may hold an ampersand.
_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z](?:&?[A-Z]){1,7})\)")
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


def _joins(left: NameRun, joiner: str, right: NameRun, the: bool = False) -> bool:
    """Whether "<left> of/for/and <right>" is one organisation's name."""
    last = left.words[-1]
    if joiner == "in":  # "European Union Chamber of Commerce in China": a chamber abroad.
        return left.words[-3:] == ("Chamber", "of", "Commerce") and is_place(right.name)
    if joiner in FOREIGN_AND:
        # "Bosch und Partner Antriebstechnik GmbH", "Ministério de Minas e Energia":
        # inside an organisation's name only.
        # In an English text the word joins no list: "Cassa Depositi e Prestiti".
        return not the and not is_place(left.name) and not is_place(right.name)
    if all(w in CALENDAR or w in FUNCTION_WORDS for w in right.words):
        return False  # "Commerce Department on Tuesday"
    if joiner == "of" and is_role_word(last):
        # "Secretary of State Marco Rubio": a title, split from the name later. A plural
        # ("Leaders of the Group of Seven") is a group of people, not part of a name.
        return not is_plural_role_word(last)
    if joiner == "of" and last in LEGAL_SUFFIXES - LEGAL_WORDS:
        return False  # "Nippon Kidorui K.K. of Osaka": an abbreviated legal form ends it.
    if joiner == "of" and membership_body(left.words) and is_place(right.name):
        return True  # "Chamber of Mines of Zambia": a members' body and its country.
    if joiner == "of" and last in ORG_SUFFIXES and len(right.words) == 1:
        # "Group of Seven", not "Acme Group of Texas"; a trade closing a company's name
        # is followed by where it is ("Circulum Magnets of Lyon").
        return not is_place(right.name) and last not in ORG_SUFFIXES - LEGAL_SUFFIXES
    if joiner == "for" and "Court" in left.words and right.words[-1] == "Circuit":
        return True  # "U.S. Court of Appeals for the Federal Circuit"
    if joiner in ("of", "for", "on"):
        right_is_place = is_place(right.name)
        if last in PART_HEADS:
            # "… Subcommittee on Energy": a part of a body names its fields after it.
            return is_organisation_name(left.words) and all(field_word(w) for w in right.words)
        return last in ORG_HEADS and not (joiner != "of" and right_is_place)
    if joiner == "&":
        return True  # "Whitmore & Lane", "Hanul Investment & Securities"
    if joiner == "and" and the and bodies(left.words, right.words):
        return False  # "Department of Energy and the Defense Logistics Agency": two bodies.
    if joiner == "and" and not the and _office_continues(left.words, right.words):
        return True  # "Ministry of Industry and Information Technology"
    if joiner == "and" and not the and one_field_list(left.words, right.words):
        return True  # "Council of Scientific and Industrial Research", "… and Traders"
    if joiner == "and" and industries(left.words, right.words):
        return True  # "Cobalto Mining and Minerals"
    # "Securities and Exchange Commission", not "Rio Tinto and BHP Group" nor
    # "Umicore and Indium Corporation": the second part names a body, not a company.
    body = any(w in ORG_HEADS for w in right.words)
    return (
        not the  # "MOFCOM and the General Administration of Customs": two bodies.
        and len(left.words) == 1
        and not is_place(left.name)
        and body
        and is_organisation_name(right.words)
    )


def _acronym_spans(sentence: str, left: NameRun, right: NameRun) -> bool:
    """'New Energy and Industrial Technology Development Organization (NEDO)': the
    acronym after the second run spells initials of both, so the "and" is inside
    one name."""
    acronym = _ACRONYM_AFTER.match(sentence[right.end :])
    if acronym is None:
        return False
    letters = acronym.group(1).replace("&", "")
    both = [w[0] for w in (*left.words, *right.words) if w[:1].isupper()]
    own = [w[0] for w in right.words if w[:1].isupper()]
    # "U.S. Customs and Border Protection (CBP)": a country's name before it is no initial.
    first = next((w for w in left.words if not is_place(w)), left.words[0])
    # "Office of Fossil Energy and Carbon Management (FECM)": the body's kind may be
    # left out of its acronym.
    kind_of = len(left.words) > 2 and left.words[0] in ORG_HEADS and left.words[1] == "of"
    starts = {first[0], left.words[2][0]} if kind_of else {first[0]}
    return letters[0] in starts and _spells(letters, both) and not _spells(letters, own)


def _spells(letters: str, initials: list[str]) -> bool:
    """Whether the letters stand in the initials in order (some initials skipped)."""
    rest = iter(initials)
    return all(letter in rest for letter in letters)


# Schools named for their fields and then their city: "University of Science and
# Technology Beijing", "Institute of Science and Technology Austria".
_ACADEMIES = frozenset({"University", "Institute", "Academy", "College", "Universidad"})


def _office_continues(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """'… and Natural Resources Committee': the fields of one body's name, after an
    organisation word or a field ('Senate Energy'), never another name."""
    after_body = any(w in ORG_HEADS for w in left) or left[-1] in OFFICE_WORDS
    if len(left) > 1 and left[-1] in ORG_HEADS and left[-2] not in _FUNCTION_JOINERS:
        return False  # "Canada Infrastructure Bank and Export Development Canada": two.
    academic = any(w in _ACADEMIES for w in left)
    if len(right) > 1 and (right[-1] in PLACES or (academic and not field_word(right[-1]))):
        right = right[:-1]  # "University of Science and Technology Beijing"
    fields = all(field_word(w) or w in ORG_HEADS for w in right)
    fields = fields and any(field_word(w) for w in right)  # "and the Bank" is another.
    return after_body and fields and not is_place(" ".join(right))


_FUNCTION_JOINERS = frozenset({"of", "for", "on", "and", "&"})
_THE_BEFORE = re.compile(r"(?:^|\s)[Tt]he\s+$")
_OWNER_BEFORE = re.compile(r"\b[a-z]+[’']s\s+$")


def _one_body_after_the(sentence: str, left: NameRun, right: NameRun) -> bool:
    """'the Indonesian Bauxite and Aluminium Association', 'The Korea Mine
    Rehabilitation and Mineral Resources Corp.': after "the", two runs joined by
    "and" whose second closes on an organisation's word, the first having none, are
    one body's name (not "Rio Tinto and BHP Group", which has no "the")."""
    before = sentence[: left.start]
    # "the state's Korea Mine Rehabilitation and …": an owner's possessive for "the",
    # before a first part that closes on a field ("Rehabilitation").
    owned = bool(_OWNER_BEFORE.search(before)) and is_organisation_word(left.words[-1])
    if not _THE_BEFORE.search(before) and not owned:
        return False
    last = right.words[-1]
    closes = last in ORG_HEADS or last in ORG_SUFFIXES
    return closes and not is_organisation_name(left.words) and not is_place(left.name)


def _continues_company(sentence: str, left: NameRun, right: NameRun) -> bool:
    """'Hokuriku Magnetics Co., Ltd.', 'Grupo Minero Sierra Alta, S.A. de C.V.': a
    legal form after a comma closes the name before it."""
    gap = sentence[left.end : right.start]
    legal = all(w in LEGAL_SUFFIXES or w in PARTICLES for w in right.words)
    legal = legal and right.words[0] in LEGAL_SUFFIXES and any("." in w for w in right.words)
    return legal and not is_place(left.name) and bool(LIST_COMMA.match(gap))


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
                (gap and _joins(previous, gap.group(1), run, bool(gap.group(2))))
                or (gap and gap.group(1) == "and" and _acronym_spans(sentence, previous, run))
                or (
                    gap is not None
                    and gap.group(0).strip() == "and"
                    and _one_body_after_the(sentence, previous, run)
                )
                or _continues_company(sentence, previous, run)
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
