"""The cues that make a run of capitalised words an organisation as the mention
pass reads it: its own words ("Ministry", "Holdings"), an acronym after it, a
ticker, "state-run" or "Tokyo-based" before it, a description after it
(", a Texas miner,"), what only companies do ("will build", "said its …"), a
numbered body ("G7 leaders") or the employer in a role ("an economist at").
"""

from __future__ import annotations

import re

from ..wordlist import longest_first
from .lexicon import (
    KIND_NOUNS,
    LEGAL_SUFFIXES,
    NEVER_ALONE,
    NOT_NAMES,
    ORG_HEADS,
    ORG_SUFFIXES,
    is_organisation_name,
    is_person_name,
    is_place,
    names_nothing,
)
from .name_runs import NameRun
from .names import is_based_word
from .role_words import ROLE_MODIFIERS, is_plural_role_word, is_role_word
from .scheme_words import bracketed_law, listing_place
from .titles import org_description

# What a description after a name calls a company: "Molycorp, a US producer that …".
_COMPANY_NOUNS = frozenset(
    {
        "company", "firm", "miner", "producer", "maker", "manufacturer", "refiner",
        "supplier", "developer", "explorer", "startup", "start-up", "processor",
        "smelter", "group", "conglomerate", "carmaker", "automaker",
        "consultancy", "lender", "insurer", "utility", "operator", "venture",
        "subsidiary", "unit", "affiliate", "partnership", "joint-venture",
        # Bodies as a description calls them: "…, a London-based price reporting agency,".
        "agency", "regulator", "watchdog", "lobby", "association", "consortium",
    }
)  # fmt: skip
# Where a description's head noun ends: "producer based in Nagoya", "firm that …".
_DESCRIPTION_TAIL = frozenset(
    {"of", "in", "based", "that", "which", "with", "from", "for", "at", "whose", "listed", "on"}
)
# What only a company does, said of the words just before: "Korea Zinc will build",
# "Ironhill Magnetics has raised"; people are not said to build plants or list shares.
_CORPORATE_ACT = re.compile(
    # After an auxiliary, the verb in any form ("will build", "is building"); with no
    # auxiliary, only forms no noun shares ("built", "produces"; not "mine", "exports").
    r"^\s+(?:(?:(?:will|would|plans to|aims to|is to|is|are|was|has|have|had)\s+)"
    r"(?:also\s+|already\s+)?(?:build|building|produce|producing|mine|mining|supply|supplying"
    r"|ship|shipping|acquire|acquiring|raise|raising|list|export|exporting|refine|refining"
    r"|commission|commissioning|built|produced|mined|supplied|shipped|acquired|raised|listed"
    r"|commissioned|exported|refined)"
    r"|(?:also\s+|already\s+)?(?:built|builds|produced|produces|mined|supplied|shipped"
    r"|acquired|acquires|listed|commissioned|exported|refined|refines"
    # "raised $50 million", not "Residents of Calhoun County raised concerns".
    r"|raised\s+(?:[A-Z]{0,2}[$€£]|\d|funding|capital|money|funds|debt|equity)))\b"
)
# The members that follow a numbered body's code: "G7 countries", "G20 finance ministers".
_MEMBER_NOUNS = frozenset(
    {"countries", "nations", "members", "economies", "states", "governments", "partners"}
)
# A neuter pronoun in the same clause ("Valmont Drives said it had doubled its
# stock") or a "which" clause after the name: a thing, not a person.
_NEUTER_CLAUSE = re.compile(r"^\s+(?:[\w’'-]+\s+){1,8}?its\b|^,\s+which\b")
# Where a place stands: "near Lao Cai", "outside Baotou".
_PLACE_BEFORE = re.compile(r"\b(?:near|outside|around|close to)\s+$")
_PAREN_ACRONYM = re.compile(r"^\s*\(([A-Z][A-Za-z0-9&]{1,9})\)")
# A letter code with a number ("G7", "G20") names a body when its members follow.
_NUMBERED_CODE = re.compile(r"^[A-Z]{1,3}\d{1,3}$")
_NEXT_LOWER_WORDS = re.compile(r"^\s+([a-z-]+)(?:\s+([a-z-]+))?")
# "Northgate Rare Metals Limited (ASX: NRM)": a listed company's ticker after its name.
# The exchange may be written in two words or in mixed case: "(NYSE American: UUUU)",
# "(Nasdaq: ABCD)".
_TICKER = re.compile(
    r"^\s*\((?:(?:[A-Z]{2,8}|Nasdaq|Euronext|Xetra)(?:-[A-Z]|\s[A-Z][a-z]+)?"
    r"\s*:\s*[A-Z0-9.]{1,8}[;,)\s])"
)
_STATE_RUN = re.compile(r"\bstate[- ](?:run|owned|backed|controlled|affiliated)\s+$", re.I)
# "an economist at (the consultancy) X": the organisation someone works for.
_KINDS = "|".join(longest_first(KIND_NOUNS))
_PREPOSITION_ORG = re.compile(rf"\b(?:at|with|from|of|for)\s+(?:the\s+)?(?:(?:{_KINDS})\s+)?$")


def organisation_cued(sentence: str, run: NameRun) -> bool:
    """Whether the run is an organisation by its own words or the words around it."""
    before, after = sentence[: run.start], sentence[run.end :]
    words = run.words
    if names_nothing(words) or names_an_index(after) or after_portfolio_title(before):
        return False  # "Assistant Secretary for Fossil Energy": a portfolio, no body.
    if _bracketed_place(before, after) or _names_a_scheme(words, after):
        return False
    if bracketed_law(after) or listing_place(words, before):
        return False  # "the Mines and Minerals (Development …) Act", "listed on the X Exchange"
    if _UNNAMED_BEFORE.search(before) and _UNNAMED_PART_AFTER.match(after):
        return False  # "A Senate Energy and Natural Resources subcommittee": no name.
    if _qualifies_a_kind(words, after):
        return False  # "the Esslingen motor maker Stemmler GmbH": where the maker is.
    if _owned_board(words, before, after):
        return False
    if len(words) == 1 and words[0] in ORG_SUFFIXES:
        return False  # '(the "Company")': a word for the company, not its name.
    office = is_role_word(words[-1]) and not is_plural_role_word(words[-1])
    if office and not is_organisation_name(words):
        return False  # "a spokesperson for the Resources Minister": an office, not a body.
    if office and _chamber_office(words):
        return False  # "Senate Majority Leader aides", "Union Minister": an office in a body.
    acronym = _PAREN_ACRONYM.match(after)
    description = org_description(after)
    return (
        is_organisation_name(words)
        or _is_numbered_body(run.name, after)
        or bool(acronym and acronym.group(1)[0] == _first_initial(words))
        or bool(_STATE_RUN.search(before))
        or _after_based_word(before)
        or (_described_as_company(description) and not before.rstrip().endswith(","))
        or _acts_as_company(words, before, after)
        or bool(_TICKER.match(after))
        or _source_not_person(words, before)
        or (
            bool(_PREPOSITION_ORG.search(before))
            and _in_role_phrase(before)
            and not after_portfolio_title(before)
        )
    )


# "the Critical Minerals and Materials program": a scheme's name, no body's (but
# "the Lynas Malaysia plant" names its owner, and "World Bank programme" a body).
_SCHEME_AFTER = re.compile(r"^\s+(?:program|programme|initiative|scheme|strategy|roadmap)s?\b")


def _names_a_scheme(words: tuple[str, ...], after: str) -> bool:
    heads = any(w in ORG_HEADS for w in words) or words[-1] in LEGAL_SUFFIXES
    return bool(_SCHEME_AFTER.match(after)) and not heads


# "Esslingen motor maker X", "Lagos investment firm Y": the run, then a kind of firm
# with its trade in lower case, then the firm's own name.
_KIND_THEN_NAME = re.compile(rf"^\s+(?:[a-z][\w’'-]*\s+){{1,3}}(?:{_KINDS})s?\s+[A-Z]")


# "a Senate Energy and Natural Resources subcommittee", "an EU working group": the
# run qualifies a body the text leaves unnamed.
_UNNAMED_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]|[Aa]n)\s+$")
_UNNAMED_PART_AFTER = re.compile(
    r"^\s+(?:sub)?(?:committee|panel|caucus|delegation|working group|task force)s?\b"
)


def _qualifies_a_kind(words: tuple[str, ...], after: str) -> bool:
    return not is_organisation_name(words) and bool(_KIND_THEN_NAME.match(after))


def _chamber_office(words: tuple[str, ...]) -> bool:
    """'Senate Majority Leader', 'House Speaker', 'Union Minister': a body's kind and
    the office held in it, no body's name."""
    return len(words) > 1 and all(
        w in ORG_HEADS or w.lower() in ROLE_MODIFIERS or is_role_word(w) for w in words[:-1]
    )


# A company's own boards, named by what they do: "KfW's Executive Board".
_BOARD_WORDS = frozenset(
    {"Executive", "Supervisory", "Management", "Advisory", "Audit", "Steering", "Standing"}
)
_POSSESSIVE_BEFORE = re.compile(r"\w[’']s?\s+$")


def _owned_board(words: tuple[str, ...], before: str, after: str = "") -> bool:
    """'KfW's Executive Board', 'the Board of Directors of X': a board of the owner
    before or after it, no body of its own."""
    generic = all(w in _BOARD_WORDS for w in words[:-1]) and words[-1] in NEVER_ALONE
    if len(words) > 1 and generic and bool(_POSSESSIVE_BEFORE.search(before)):
        return True
    members = len(words) == 3 and words[0] in NEVER_ALONE and words[1] == "of"
    members = members and is_plural_role_word(words[2])
    return members and bool(_POSSESSIVE_BEFORE.search(before) or _OF_AFTER.match(after))


_OF_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?[A-Z]")


# "(College Station, Texas)": a town before its state, in brackets after a name.
_PLACE_IN_BRACKETS_AFTER = re.compile(r"^,\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\)")


def _bracketed_place(before: str, after: str) -> bool:
    """The run opens brackets and a known state or country follows it: a place."""
    state = _PLACE_IN_BRACKETS_AFTER.match(after)
    return before.endswith("(") and state is not None and is_place(state.group(1))


# "Executive Vice-President for Industrial Resilience", "Minister for Business and
# Trade": an office's title, capitalised, then "for" and its portfolio (a field of
# work, no body of its own; "a spokesperson for Acme" speaks for one).
# The portfolio may list its fields: "Assistant Secretary for Fossil Energy and ".
_PORTFOLIO_BEFORE = re.compile(
    r"\b((?:[A-Z][\w-]*\s+(?:of\s+)?){1,3})for\s+(?:(?:[A-Z][\w-]*,?\s+){1,4}and\s+)?$"
)


def after_portfolio_title(before: str) -> bool:
    """'Secretary of State for ', 'Vice-President for ': a capitalised office before."""
    title = _PORTFOLIO_BEFORE.search(before)
    words = title.group(1).split() if title else []
    return any(is_role_word(w.split("-")[-1]) for w in words if w != "of")


# "The MSCI World Metals & Mining index": a market's measure, not a body.
_INDEX_AFTER = re.compile(r"^\s+(?:index|indices|indexes|gauge|benchmark)\b")


def names_an_index(after: str) -> bool:
    """Whether the words after a run say it names an index ("… index rose 2%")."""
    return bool(_INDEX_AFTER.match(after))


# "According to Benchmark Mineral Intelligence, prices …": a source that is no one's name.
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording to\s+(?:the\s+)?$")


def _source_not_person(words: tuple[str, ...], before: str) -> bool:
    """A name of two or more words after "according to" that is not a person's."""
    return (
        len(words) > 1
        and bool(_ACCORDING_BEFORE.search(before))
        and not is_person_name(words)
        and not is_place(" ".join(words))
    )


def _first_initial(words: tuple[str, ...]) -> str:
    """The letter an acronym of the name starts with: past a country's name ("U.S.
    Customs and Border Protection (CBP)")."""
    return next((w for w in words if not is_place(w)), words[0])[0]


def _described_as_company(description: str | None) -> bool:
    """ ", a Texas miner,": a description whose head is a company's noun (a name's last
    part after a comma is a place's: "Thompson Falls, Montana, a smelter town")."""
    return bool(description) and _description_head(str(description)) in _COMPANY_NOUNS


def _description_head(description: str) -> str:
    """ "motor-magnet producer based in Nagoya" -> "producer"; "joint venture of
    three producers" -> "venture": the last word before the description's tail."""
    words = description.split()
    for index, word in enumerate(words):
        if index and word.lower() in _DESCRIPTION_TAIL:
            return words[index - 1].lower().strip(",")
    return words[-1].lower().strip(",")


def _acts_as_company(words: tuple[str, ...], before: str, after: str) -> bool:
    """A name of two or more words that does what companies do, or is an "it" (not
    a place: "a plant near Lao Cai, which …")."""
    if len(words) < 2 or words[0] in NOT_NAMES:
        return False
    if _NEUTER_CLAUSE.match(after) and not _PLACE_BEFORE.search(before):
        return True
    return bool(_CORPORATE_ACT.match(after))


def _after_based_word(before: str) -> bool:
    """'Tokyo-based Ocean Commons', 'the ASX-listed Arafura'."""
    words = before.split()
    return bool(words) and is_based_word(words[-1])


def _is_numbered_body(name: str, after: str) -> bool:
    """'G7 leaders', 'G20 finance ministers': a numbered code, then the body's members
    (perhaps after one qualifying word)."""
    following = _NEXT_LOWER_WORDS.match(after)
    if not _NUMBERED_CODE.match(name) or following is None:
        return False
    words = [w for w in following.groups() if w]
    return any(w in _MEMBER_NOUNS or is_plural_role_word(w) for w in words)


# People in the plural who live or invest somewhere rather than work for a body:
# "Residents of Calhoun County", "investors from Gulf states" name no employer.
_POPULATION_NOUNS = frozenset(
    {"resident", "investor", "villager", "farmer", "worker", "buyer", "pastoralist", "rancher"}
)


def _in_role_phrase(before: str) -> bool:
    """'... an economist at ' : the organisation someone works for."""
    words = before.split()[-5:-1]
    return any(is_role_word(w) and not _population(w) for w in words)


def _population(word: str) -> bool:
    lower = word.lower()
    return is_plural_role_word(lower) and lower.removesuffix("s") in _POPULATION_NOUNS
