"""What a body runs, holds or sells, named like a body: programmes, plans,
events, zones, laws and treaties, funds' products ("Heavy Rare Earths Mapping
Program", "EU Raw Materials Week", "Strategic Metals ETF"). A run closing on one
of these words names no organisation."""

from __future__ import annotations

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
