"""What a body runs, holds or sells, named like a body: programmes, plans,
events, zones, laws and treaties, funds' products ("Heavy Rare Earths Mapping
Program", "EU Raw Materials Week", "Strategic Metals ETF"). A run closing on one
of these words names no organisation; nor does a law's name before its bracketed
part, nor a stock market named as where shares are listed."""

from __future__ import annotations

import re

# The last word of what a body runs, holds or sells rather than a body: a programme,
# a plan, an event, a zone, a treaty, a product ("Heavy Rare Earths Mapping
# Program", "G7 Critical Minerals Action Plan", "EU Raw Materials Week", "Strategic
# Metals ETF", "Bipartisan Infrastructure Law"). A body's word inside keeps a name
# whole ("Center for Industrial Strategy"), and so does a world body's opening
# ("United Nations Development Programme"). An initiative or a strategy may be
# a body's own name ("Responsible Minerals Initiative"): neither is listed.
SCHEME_WORDS = frozenset(
    {
        "Program", "Programme", "Programs", "Programmes", "Plan", "Roadmap", "Scheme",
        "Mission", "Framework", "Regime", "Testbed", "Project",
        "Week", "Summit", "Conclave", "Expo", "Zone", "Law", "Treaty", "Agreement",
        "Accord", "Protocol", "ETF", "ETFs", "Index",
    }
)  # fmt: skip
_WORLD_OPENERS = frozenset({"UN", "United", "World"})


def names_a_scheme(words: tuple[str, ...], org_heads: frozenset[str]) -> bool:
    """A run closing on a scheme's, an event's, a law's or a product's word, with no
    body's word inside (``org_heads``)."""
    return (
        len(words) > 1
        and words[-1] in SCHEME_WORDS
        and words[0] not in _WORLD_OPENERS
        and not any(w in org_heads for w in words)
    )


# A law's name with a bracketed part before its last word: "the Mines and Minerals
# (Development and Regulation) Act", "the Customs (Amendment) Bill".
_BRACKETED_LAW_AFTER = re.compile(
    r"^\s*\([A-Z][^()]{1,60}\)\s+(?:Act|Bill|Law|Code|Rules|Regulations|Ordinance|Order)\b"
)


def bracketed_law(after: str) -> bool:
    """Whether the words after a run are a law's bracketed part and its last word."""
    return bool(_BRACKETED_LAW_AFTER.match(after))


# A stock market named as where a company's shares are listed ("which is listed on the
# Lusaka Securities Exchange", "listed on the Prime Market of the Tokyo Stock
# Exchange"): the place of a listing, not a body of the story (one that acts is).
_MARKET_WORDS = frozenset({"Exchange", "Bourse"})
_LISTED_ON = re.compile(
    r"\b(?:listed|quoted|traded|dual-listed)\s+(?:on|in)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w-]*\s+){1,2}(?:of|on)\s+the\s+)?$"
)


def listing_place(words: tuple[str, ...], before: str) -> bool:
    """A stock market's name after "listed on (the Prime Market of) the"."""
    return words[-1] in _MARKET_WORDS and bool(_LISTED_ON.search(before))
