"""Topics named by a deed rather than a name: "China restricted tungsten exports"
is an export control though no alias of it stands there.

A ``Deed`` is a verb or noun of the act (its stems: "restrict" finds restricts,
restricted, restricting, restriction) followed, within a few words of the same
clause, by what it acts on ("exports", "shipments"). A sentence holding one is a
mention of the deed's topic for the evidence (``topics.article_hits``), like a
name; it is never linked. The rules are data (``DEEDS``); a deed whose topic the
taxonomy lacks is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Deed:
    """A topic's act: one of ``acts`` (stems), then at most ``gap`` words, then
    one of ``objects`` (singular; the plural is found too)."""

    name: str
    slug: str
    acts: tuple[str, ...]
    objects: tuple[str, ...]
    gap: int = 4


DEEDS: tuple[Deed, ...] = (
    # A state stopping goods at its border: "banned exports of antimony", "halts
    # antimony exports", "a ban on the export of raw ore", "the halt in shipments".
    Deed(
        "restricting exports",
        "export-controls",
        acts=("restrict", "ban", "halt", "curb", "suspend", "embargo"),
        objects=("export", "shipment"),
    ),
    # Leave to send goods abroad: "licences for magnet exports", "approvals for
    # shipments", "the licensing of rare earth exports".
    Deed(
        "licensing exports",
        "export-controls",
        acts=("licence", "license", "licensing", "licencing", "approval", "permit"),
        objects=("export", "shipment"),
    ),
)

# A stem's forms: restrict, restricts, restricted, restricting, restriction(s);
# ban, banned, banning (a doubled last consonant); embargoed.
_FORMS = r"(?:s|es|d|ed|ing|ion|ions|ning|ned)?"
# A word inside the clause: no sentence or clause mark between act and object.
_WORD = r"[\w'\u2019-]+"


@lru_cache(maxsize=8)
def deed_pattern(deed: Deed) -> re.Pattern[str]:
    acts = "|".join(re.escape(act) for act in deed.acts)
    objects = "|".join(re.escape(obj) + "s?" for obj in deed.objects)
    return re.compile(
        rf"(?<!\w)(?:{acts}){_FORMS}(?:\s+{_WORD}){{0,{deed.gap}}}?\s+(?:{objects})(?!\w)",
        re.IGNORECASE,
    )


def find_deeds(text: str, slugs: frozenset[str]) -> list[tuple[int, int, str]]:
    """Each deed in ``text`` whose topic is one of ``slugs``: (start, end, slug), in
    text order."""
    found = [
        (match.start(), match.end(), deed.slug)
        for deed in DEEDS
        if deed.slug in slugs
        for match in deed_pattern(deed).finditer(text)
    ]
    return sorted(found)
