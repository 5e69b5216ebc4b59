"""The words of jobs and offices, and what they say of a word: a role noun
("analyst", "Vice-Premier", "undersecretary"), a plural one (a group of people),
a public office, a modifier of a role ("chief", "former")."""

from __future__ import annotations

import functools

# Public offices a US wire or newspaper abbreviates before a name ("State Sen. Amy
# Roe", "Gov. Marla Jensen"), without their stop.
ABBREVIATED_OFFICES = frozenset({"sen", "rep", "gov"})

# Public offices: the word in front of them ("Treasury", "Commerce") is a department or
# a place rather than an organisation name, unless it says so ("World Bank President").
PUBLIC_TITLES = ABBREVIATED_OFFICES | frozenset(
    {
        "president", "secretary", "minister", "premier", "chancellor", "governor", "senator",
        "representative", "ambassador", "mayor", "commissioner", "envoy", "negotiator",
        "official", "lawmaker", "legislator", "politician", "parliamentarian", "diplomat", "judge", "justice", "general", "admiral", "marshal", "king", "queen",
        "prince", "princess", "czar", "tsar", "adviser", "advisor", "aide", "secretary-general",
        # A chamber's presiding officer: "House Speaker NAME".
        "speaker",
    }
)  # fmt: skip

# Public offices a newspaper shortens before a name ("U.S. Sen. Ray Holloway",
# "Gov. Marla Jensen", "Tory MP Sarah Brindley": a party's name, no employer).
SHORT_OFFICES = (
    ABBREVIATED_OFFICES
    | frozenset(f"{office}." for office in ABBREVIATED_OFFICES)
    | frozenset({"mp", "mep"})
)

# Nouns that name a job or office, the public offices among them (compared
# lower-case, plurals via is_role_word).
ROLE_NOUNS = PUBLIC_TITLES | SHORT_OFFICES | frozenset({"boss"}) | frozenset(
    {
        "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "director",
        "spokesperson", "spokesman", "spokeswoman", "spokespeople", "director-general",
        "analyst", "economist", "strategist", "founder", "co-founder", "chief", "executive",
        "professor", "head", "leader", "partner", "researcher", "fellow", "member", "deputy",
        "manager", "scholar", "expert", "editor", "correspondent", "lawyer", "attorney",
        "consultant", "owner", "investor", "trader", "engineer", "scientist", "author",
        "lecturer", "dean", "officer", "vice-president", "treasurer", "specialist",
        "geologist", "columnist", "observer", "broker", "dealer", "banker", "regulator",
        "activist", "campaigner", "chemist", "metallurgist", "buyer", "farmer", "resident",
        "worker", "pastoralist", "rancher", "villager", "coordinator", "supervisor",
        "inspector", "superintendent", "counsel", "administrator", "rapporteur", "chairperson",
        "commentator",
    }
)  # fmt: skip

# Words that qualify a role noun: "chief economist", "former minister".
ROLE_MODIFIERS = frozenset(
    {
        "former", "acting", "deputy", "chief", "senior", "vice", "executive", "managing",
        "lead", "head", "top", "global", "assistant", "associate", "interim", "founding",
        "co", "principal", "junior", "outgoing", "incoming", "ranking", "majority",
        "minority",
        # "Grand Chief NAME" (a First Nation's leader): no body named "Grand".
        "grand",
    }
)  # fmt: skip

# Offices written as one word with their modifier: "undersecretary", "cofounder".
_JOINED_PREFIXES = ("under", "vice", "co", "sub")
# Prefixes that make a title of its own: "ex-minister", "Non-Executive Chairman",
# "then-Chairman" (the office held at the time told of).
_NEGATED_MODIFIERS = frozenset({"ex", "non", "then"})


# Asked of every word of every name: kept by argument.
@functools.lru_cache(maxsize=8192)
def is_role_word(word: str) -> bool:
    """A job or office noun, singular or plural ("analyst", "Analysts", "CEO"), also
    after a hyphenated modifier ("Vice-Premier", "ex-minister")."""
    lower = word.lower().strip(".,")
    modifier, _, noun = lower.rpartition("-")
    if modifier in ROLE_MODIFIERS or modifier in _NEGATED_MODIFIERS:
        lower = noun
    joined = (lower[len(p) :] for p in _JOINED_PREFIXES if lower.startswith(p))
    return _is_role_noun(lower) or any(len(rest) >= 4 and _is_role_noun(rest) for rest in joined)


def _is_role_noun(lower: str) -> bool:
    return lower in ROLE_NOUNS or (lower.endswith("s") and lower[:-1] in ROLE_NOUNS)


def is_plural_role_word(word: str) -> bool:
    """A job noun in the plural ("Leaders", "analysts"): a group of people, never a title."""
    lower = word.lower().strip(".,")
    return lower not in ROLE_NOUNS and lower.endswith("s") and lower[:-1] in ROLE_NOUNS
