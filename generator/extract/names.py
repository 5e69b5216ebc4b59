"""What a person's name is made of, and how a role next to it is trimmed.

Shared by the entity and quote passes: a name word in any Latin script
("Šefčovič", "Martín", "O'Connell"), the capitalised common words that name
offices and fields and so are never part of a person's name ("Environment" in
"Minister of Natural Resources and Environment Tran Quy Kien"), and the tidying
of a role (no relative clause, no trailing place, a leading modifier in lower
case: "former Treasury Secretary").
"""

from __future__ import annotations

import functools
import re

# Upper-case letters of Latin-1 and Latin Extended-A/B, for regex classes.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LETTERS = r"[^\W\d_]"

_INITIAL = re.compile(r"^[A-Z]\.$")
# Two initials written together, as Indian names are ("V.L. Kantha Rao"); not the
# abbreviations of places and legal forms written the same way.
_JOINED_INITIALS = re.compile(r"^[A-Z]\.[A-Z]\.$")
_NOT_INITIALS = frozenset(
    {"U.S.", "U.K.", "E.U.", "U.N.", "S.A.", "N.V.", "B.V.", "K.K.", "C.V.", "S.L.", "P.M.", "A.M."}
)
_PREFIXED = re.compile(rf"^(?:Mc|Mac|O’|O')[{UPPER}]{_LETTERS}+$")
_PART = re.compile(rf"^[{UPPER}]?{_LETTERS}+$")

# Capitalised common words of office, department and company names: a person's
# name never holds them, so a name read backwards from a verb stops at them.
OFFICE_WORDS = frozenset(
    {
        "Action", "Affairs", "Agriculture", "Chain", "Chains", "Climate", "Communications",
        "Cooperation", "Culture", "Customs", "Development", "Digital", "Economy",
        "Education", "Employment", "Engineering", "Enterprise", "Environment",
        "Exploration", "Fisheries", "Forestry", "Forests", "Gas", "Health", "Housing", "Industrial", "Industry", "Information", "Infrastructure",
        "Innovation", "International", "Investment", "Lands", "Logistics", "Magnetics",
        "Manufacturing", "Market", "Marketing", "Markets", "Mines", "Natural",
        "Oil", "Operations", "Parks", "Petroleum", "Planning", "Policy", "Procurement", "Production",
        "Prosperity", "Public", "Recovery", "Regional", "Resources", "Rural", "Sales",
        "Science", "Security", "Social", "Sourcing", "Statistics", "Strategy", "Supply",
        "Sustainability", "Technology", "Tourism", "Transport", "Transportation", "Urban",
        "Water", "Works",
    }
)  # fmt: skip

# Fields an office's or an institute's name lists after "of" that are no office
# word of their own: "Institute of Materials, Minerals and Mining", "Bureau of
# Industry Security, Import and Export Control", "Institute of World Economics
# and Politics".
FIELD_WORDS = frozenset(
    {
        "Import", "Imports", "Export", "Exports", "Control", "Materials", "Mining", "Metals",
        "Politics", "Economics", "Studies", "Sciences", "Metallurgy", "Geology", "Chemistry",
        "Physics", "Law", "Standards", "Quality", "Safety", "Competition", "Conservation",
        # "Office of Management and Budget", "Office of Fossil Energy and Carbon Management"
        "Budget", "Management", "Carbon",
        # "Council of Scientific and Industrial Research", "Secretariat of Mining and
        # Hydrocarbons", "Commission for Justice and Peace", "Alliance for Magnet
        # Recovery and Reuse", "Committee on … and Climate Change", "Centre for
        # Environment and Community Development", "for Internal Market, Industry,
        # Entrepreneurship and SMEs"
        "Research", "Hydrocarbons", "Peace", "Reuse", "Recycling", "Change", "Community",
        "Communities", "Entrepreneurship", "Electronics", "Geosciences", "Geophysics",
        "Sanitation", "Welfare", "Heritage", "Wildlife", "Food",
        "Integration", "Reform", "Competitiveness", "Mobility", "Aviation", "Shipping",
    }
)  # fmt: skip

# Modifiers of a title, written in lower case inside a role: "former Treasury Secretary".
_LOWER_MODIFIERS = frozenset({"Former", "Acting", "Outgoing", "Incoming", "Interim", "Then"})

_JOINERS = frozenset({"of", "for", "and", "the", "at", "on", "in", "to"})
_RELATIVE = re.compile(r",?\s+(?:who|which|whose|that)\s.*$")
_TRAILING_PLACE = re.compile(rf"\s+in\s+(?:the\s+)?[{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*)*$")
_BASED = re.compile(r"-(?:based|listed|headquartered|registered|owned|run|backed|controlled)$")


@functools.lru_cache(maxsize=8192)
def is_name_word(word: str) -> bool:
    """'Ana', 'Séjourné', 'Lloyd-Hughes', 'O’Connell', 'McKellar', 'J.', 'V.L.' - not
    'USTR' nor 'U.S.'."""
    if _INITIAL.match(word) or _PREFIXED.match(word):
        return True
    if _JOINED_INITIALS.match(word) and word not in _NOT_INITIALS:
        return True
    parts = re.split(r"[-’']", word)
    if not parts[0][:1].isupper() or not all(_PART.match(p) for p in parts):
        return False
    return all(p[1:].islower() for p in parts) and len(parts[0]) > 1


def is_based_word(word: str) -> bool:
    """'Tokyo-based', 'US-listed': a description in front of a company's name."""
    return bool(_BASED.search(word))


def trim_role(role: str) -> str:
    """A role without the clause after it or where the person sits: 'analyst at Fitch
    in London, who covers metals' -> 'analyst at Fitch'."""
    trimmed = _RELATIVE.sub("", role).strip(" ,")
    if " at " in trimmed or " of " in trimmed:
        trimmed = _TRAILING_PLACE.sub("", trimmed)
    return trimmed or role


def role_case(role: str) -> str:
    """The first word in lower case when it only qualifies the title: 'Former
    Treasury Secretary' -> 'former Treasury Secretary', or when a lower-case word
    follows: 'Head of policy at X' -> 'head of policy at X' (not 'Secretary of State')."""
    first, _, rest = role.partition(" ")
    if not rest or first.isupper():
        return role
    if first in _LOWER_MODIFIERS or any(w.islower() and w not in _JOINERS for w in rest.split()):
        return f"{first.lower()} {rest}"
    return role
