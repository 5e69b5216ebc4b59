"""The publication over the company that owns it: a copyright line names the
owner ("© 2026 Harbourline Media Ltd", "Ledger Publishing"), while the
masthead, the site's furniture or a writer's note name the title it publishes
("Defence Procurement Insider"); the story is the publication's. And the
spelling the masthead gives a name the footer spells longer or shorter: a
law firm's full name with "LLP", a name without its article or country."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .issuer import LEGAL_FORMS
from .outlets import OWNER_WORDS, is_outlet

# Priorities of the lines that name the site itself: its name above the
# headline (7), an outlet's line there (8), its furniture ("Follow X",
# "Get the X newsletter": 10), a writer's note ("… is X's editor": 11), a
# masthead further up (12).
SITE_NAME_PRIORITIES = frozenset({7, 8})
PUBLICATION_PRIORITIES = SITE_NAME_PRIORITIES | {10, 11, 12}
# Named this often among the candidates, a title is the page's own.
REPEATED = 2
_LEGAL_TAIL = re.compile(rf"(?:,?\s+(?:{LEGAL_FORMS}|ApS|A/S|Pvt|Plc))+$")


def is_owner_name(name: str) -> bool:
    """ "Harbourline Media Ltd", "Resource Media Group", "Ledger Media ApS": a
    company named as a publisher (its last word, legal forms off, a company's)."""
    words = _LEGAL_TAIL.sub("", name.strip()).split()
    return len(words) >= 2 and words[-1].strip(".,").lower() in OWNER_WORDS


def publication_over_owner(best: str, candidates: Sequence[tuple[int, str]]) -> str:
    """The title a page names twice (or as an outlet's name above its
    headline) instead of the owning company ``best``; ``best`` otherwise."""
    if not is_owner_name(best):
        return best
    titles = [
        (priority, name)
        for priority, name in sorted(candidates)
        if priority in PUBLICATION_PRIORITIES
        and name.casefold() != best.casefold()
        and not is_owner_name(name)
    ]
    counts = Counter(name.casefold() for _, name in titles)
    for priority, name in titles:
        named = counts[name.casefold()] >= REPEATED
        if named or (priority in SITE_NAME_PRIORITIES and is_outlet(name)):
            return _as_spelled(name, [n for _, n in titles])
    return best


def _as_spelled(name: str, names: Sequence[str]) -> str:
    """ "Defence Procurement Insider" for "DEFENCE PROCUREMENT INSIDER": the
    spelling not in capitals, when the page gives one."""
    if not name.isupper():
        return name
    return next((n for n in names if n.casefold() == name.casefold() and not n.isupper()), name)


_NAME_PREFIX = re.compile(r"^(?:the|u\.s\.|us|uk|u\.k\.)\s+", re.IGNORECASE)


def same_name(masthead: str, name: str) -> bool:
    """The same name but for an article or a country's initials before it."""
    return masthead.casefold() != name.casefold() and _NAME_PREFIX.sub("", masthead).casefold() == (
        _NAME_PREFIX.sub("", name).casefold()
    )


_PARTNERSHIP = re.compile(r"\s(?:LLP|PLLC|L\.L\.P\.)$")


def extends_as_partnership(name: str, short: str) -> bool:
    """ "Brandt Okafor Whitfield LLP" for the masthead's "Brandt Okafor"."""
    return (
        name.casefold().startswith(short.casefold() + " ") and _PARTNERSHIP.search(name) is not None
    )


# Apps and sites that carry other publishers' stories under their own banner.
AGGREGATORS = frozenset(
    {"msn", "msn news", "google news", "apple news", "flipboard", "newsbreak", "smartnews",
     "ground news", "pressreader", "inkl", "yahoo news", "yahoo"}
)  # fmt: skip


def without_aggregators(candidates: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "MSN" over "The Japan Ledger" / "Story by NAME": the aggregator's name
    is no source when the page names another."""
    others = [(p, n) for p, n in candidates if n.strip().lower() not in AGGREGATORS]
    return others if others else list(candidates)
