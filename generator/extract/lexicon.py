"""The closed word lists the entity and quote passes read names by, and what
they say of a run of words.

Particles inside names ("von der"), organisation words (anywhere in a name, or
only at its end), places, calendar and function words, and the words that are
never part of a person's name; the words of jobs and offices are in
``role_words.py``.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from .names import FIELD_WORDS, OFFICE_WORDS, is_name_word
from .places import CALENDAR as CALENDAR
from .places import DEMONYMS as DEMONYMS
from .places import PLACE_KINDS as PLACE_KINDS
from .places import PLACES as PLACES
from .role_words import is_role_word
from .scheme_words import names_a_scheme

# Lower-case particles that belong inside a name: "Ursula von der Leyen".
PARTICLES = frozenset(
    {
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le",
        "bin", "ibn", "al", "el", "dos", "das", "ten", "ter", "zu",
    }
)  # fmt: skip

# Organisation words that may sit anywhere in a name: "Bank of England", "World Bank".
# "and" in the languages of European company names ("Bosch und Partner"), in the
# order the joiner pattern of ``name_runs`` tries them.
FOREIGN_AND = ("und", "et", "y", "e")
ORG_HEADS = frozenset(
    {
        "Ministry", "Institute", "Agency", "Department", "Bank", "Exchange", "Exchanges",
        "University", "Commission", "Council", "Association", "Organization",
        "Organisation", "Administration", "Office", "Bureau", "Fund", "Federation",
        "Union", "Authority", "Board", "Committee", "Foundation", "Party", "Reserve",
        "Forum", "Society", "Center", "Centre", "Institution", "Parliament", "Congress",
        "Senate", "Court", "Daily", "Times", "Post", "Journal", "Herald", "Tribune",
        "Gazette", "News", "Press", "Network", "Laboratory", "Laboratories", "House",
        "Academy", "College", "School", "Alliance", "Secretariat", "Coalition", "Assembly", "Chamber",
        "Legislature", "Government", "Hub", "Consortium", "Tribunal",
        # Parts of a ministry or a commission: "Directorate-General for Trade", "Alaska
        # Division of Geological & Geophysical Surveys", "Undersecretariat of Mining".
        "Directorate", "Directorate-General", "Division", "Undersecretariat", "Confederation",
    }
) | frozenset(
    {
        "Survey", "Body",
        # Armed forces: "People's Liberation Army", "Royal Australian Navy".
        "Army", "Navy",
        # The same words in the languages of Latin America and Europe: "Banco del Sur".
        "Banco", "Banca", "Ministerio", "Ministério", "Ministère", "Instituto", "Institut",
        "Universidad", "Universidade", "Université", "Empresa", "Companhia", "Compañía",
        "Servicio", "Agencia", "Comisión", "Consejo", "Secretaría", "Corporación", "Banque",
    }
)  # fmt: skip
# Organisation words that are no name alone: "Survey results were mixed", "Union
# leaders welcomed the plan", "The Department has invested": the kind of a body the
# text names in full elsewhere (Congress and the Council are names alone; "the full
# Senate", "the Legislature" are a chamber the article's committees sit in).
NEVER_ALONE = frozenset(
    {
        "Survey", "Body", "Banco", "Banca", "Banque", "Instituto", "Institut", "Empresa", "Servicio",
        "Consejo", "Union", "Department", "Ministry", "Agency", "Bureau", "Office", "Board",
        "Committee", "Bank", "Exchange", "Fund", "Institute", "University", "Association",
        "Organization", "Organisation", "Administration", "Authority", "Federation",
        "Foundation", "Society", "Center", "Centre", "Institution", "Network", "Laboratory",
        "Academy", "College", "School", "Alliance", "Coalition", "Forum", "Government",
        "Hub", "Consortium", "Army", "Navy", "Subcommittee", "Tribunal", "Legislature", "Senate",
        "Directorate", "Directorate-General", "Division", "Undersecretariat", "Confederation",
        # "the House floor": a chamber the article's committees sit in.
        "House",
    }
)  # fmt: skip

# The legal forms of companies, and the words that name what a group of them is
# ("Holdings", "Partners"): what a company is, not what it does.
LEGAL_SUFFIXES = frozenset(
    {
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.", "Company", "Ltd", "Ltd.", "Bhd.",
        "Pty.", "LLC", "PLC", "Plc", "AG", "SA", "NV", "Bhd", "Sdn", "Pte", "Group",
        "Holdings", "Partners", "Capital", "Securities",
        # Legal forms of Europe and Asia: "Norrvik Graphite AB", "Lai Chau Rare Earth JSC".
        "AB", "GmbH", "BV", "JSC", "SpA", "S.A.", "OÜ", "Oy", "Oyj", "ASA", "SE", "Tbk",
        "AS", "ApS", "KG", "KGaA", "LLP", "Pvt", "Limited",
        # Written with stops or in lower case: "Magneti Riva S.p.A.", "Pensana plc",
        # "Serra Verde Mineração Ltda.", "Grupo X, S.A. de C.V.", "Nippon Y K.K.".
        "plc", "S.p.A.", "S.r.l.", "Ltda", "Ltda.", "C.V.", "K.K.", "N.V.", "B.V.",
        "S.L.", "S.A.S.", "SAS", "Pty",
    }
)  # fmt: skip

# Organisation words that only count at the end: the legal forms, and the trades a
# company's name closes on ("Acme Holdings", "Lynas Ltd", "Lynas Rare Earths").
ORG_SUFFIXES = LEGAL_SUFFIXES | frozenset(
    {
        "Mining", "Metals", "Materials", "Technologies", "Industries", "Motors", "Airlines",
        "Ratings", "Research", "Media", "Systems", "Energy", "Earths", "Resources",
        "Minerals", "Magnetics", "Graphite", "Facility", "Works", "Magnets",
        # A people's own government: "Confederated Salish and Kootenai Tribes",
        # "Atikameksheng Anishnawbek First Nation".
        "Nation", "Tribes",
        # A law firm's name closes on its trade, in its language: "Hollander Maas
        # Advocaten", "Brandt Kessler Rechtsanwälte", "Gilchrist Hale Lawyers".
        "Lawyers", "Solicitors", "Advocaten", "Advocates", "Rechtsanwälte", "Avocats",
        "Abogados", "Advogados", "Avvocati",
    }
)  # fmt: skip

# Nouns for a kind of organisation, as a description before or after its name.
KIND_NOUNS = frozenset(
    {
        "company", "firm", "miner", "producer", "maker", "manufacturer", "refiner",
        "recycler", "supplier", "developer", "explorer", "startup", "start-up",
        "processor", "smelter", "conglomerate", "carmaker", "automaker", "consultancy",
        "lender", "insurer", "utility", "bank", "broker", "brokerage", "lobby",
        "association", "network", "charity", "investor", "fund", "exchange",
        "subsidiary", "distributor", "retailer", "shipper", "chipmaker", "operator",
        "group", "merchant", "customer", "client", "regulator", "watchdog",
    }
)  # fmt: skip
# Bodies named by one word that is no organisation word: "the Pentagon", "the Kremlin".
NAMED_BODIES = frozenset(
    {"Pentagon", "Kremlin", "Bundestag", "Knesset", "Politburo", "Interpol", "Europol", "Eurostat"}
)
# Words that make an organisation only inside a name of three or more words, never
# first: "Export Finance Australia", but "Finance Minister", "Finance chiefs".
INNER_ORG_WORDS = frozenset({"Finance", "Infrastructure", "Investment", "Development"})

# Function words that open a capitalised run but belong to no name ("Meanwhile", "The").
FUNCTION_WORDS = frozenset(
    {
        "The", "A", "An", "This", "That", "These", "Those", "But", "And", "Or", "So",
        "Yet", "In", "On", "At", "For", "With", "By", "From", "To", "Of", "As", "If",
        "When", "While", "After", "Before", "Meanwhile", "However", "Still", "Also",
        "Even", "Now", "Then", "Both", "Each", "Some", "Many", "Most", "Other", "Such",
        "Its", "Their", "His", "Her", "Our", "We", "They", "He", "She", "It", "I", "You",
        "According", "Recent", "Regardless", "Likewise", "Although", "Though", "Since",
        "Under", "Over", "Across", "Amid", "Despite", "Until", "Why", "What", "How",
        "Where", "Who", "Which", "There", "Here", "Once", "Only", "Just", "All", "No",
        "Not", "Every", "Any", "More", "Less", "Whether", "See", "Unless", "Because",
        "Another",
    }
)  # fmt: skip

# Words that are never (part of) a person's name.
NOT_NAMES = CALENDAR | FUNCTION_WORDS | frozenset(
    {
        "Former", "Last", "Next", "New", "Old",
        "State", "States", "Republic", "Treasury", "Commerce", "Defense", "Defence", "Trade", "Finance",
        "Foreign", "Affairs", "Interior", "Labor", "Labour", "Homeland", "Security",
        "National", "Federal", "Central", "General", "Justice", "Energy", "Economic",
        "Chinese", "American", "European", "British", "Japanese", "Korean", "Russian",
        "German", "French", "Indian", "Australian", "Canadian", "Western", "Eastern",
        "Phase", "Rare", "Opposition",
        "Earth", "Earths", "Critical", "Minerals", "Mineral", "Tariff", "Tariffs",
        # A site's parts: "the USCBC Member Portal".
        "Portal", "Website", "Dashboard", "Newsletter", "Podcast", "Login",
    }
) | OFFICE_WORDS  # fmt: skip


# Endings of organisations' words that are no person's name: "Management",
# "Economics", "Studies", "Administration", "Technology", "Partnership".
_ORGANISATION_ENDING = re.compile(r"(?:ment|ics|ies|tion|ogy|ship)s?$")


def is_organisation_word(word: str) -> bool:
    """A word that closes organisations' names, listed or by its ending."""
    return word in ORG_SUFFIXES or bool(_ORGANISATION_ENDING.search(word))


def is_place(name: str) -> bool:
    """A listed place, or a name closing on a word for a kind of place ("Calhoun
    County", "Jujuy Province", "Bangka Island")."""
    words = name.split()
    return name in PLACES or (len(words) > 1 and words[-1] in PLACE_KINDS)


# A site's sections and feeds, named like outlets: "Business News", "Latest Updates".
_SECTION_HEADS = frozenset({"News", "Updates", "Headlines", "Stories"})
_SECTION_WORDS = frozenset(
    {
        "Business", "Market", "Markets", "Latest", "Breaking", "World", "Top", "Local",
        "Company", "Companies", "Industry", "Economy", "Politics", "Sports", "Tech",
        "Money", "Opinion", "More", "Related", "Trending", "Live",
    }
)  # fmt: skip


def names_nothing(words: tuple[str, ...]) -> bool:
    """A place, only words that are never a name ("Treasury", "Rare Earths") or a
    site's section ("Market News"): no organisation, whatever cue stands beside it."""
    section = len(words) > 1 and words[-1] in _SECTION_HEADS
    section = section and all(w in _SECTION_WORDS for w in words[:-1])
    law = len(words) > 1 and words[-1] in LAW_WORDS
    return (
        section
        or law
        or names_a_scheme(words, ORG_HEADS)
        or _polity(words)
        or _plural_head(words)
        or is_place(" ".join(words))
        or all(w in NOT_NAMES for w in words)
    )


# The last word of a law's or a rulebook's name, which no body has: "Critical Raw
# Materials Act", "Export Administration Regulations".
LAW_WORDS = frozenset(
    {"Act", "Acts", "Regulations", "Rules", "Directive", "Ordinance", "Statute", "Bill"}
)


# "the Federal Government", "the Australian Government": a country's or a level's
# government named by its adjective is the polity, not one body.
_LEVELS = frozenset({"Federal", "National", "State", "Provincial", "Central", "Local"})


def _polity(words: tuple[str, ...]) -> bool:
    return len(words) == 2 and words[1] == "Government" and words[0] in DEMONYMS | _LEVELS


def _plural_head(words: tuple[str, ...]) -> bool:
    """'the Departments of Commerce, State and Energy': several bodies, no one's name."""
    if len(words) != 1 or not words[0].endswith("s"):
        return False
    word = words[0]
    singular = f"{word[:-3]}y" if word.endswith("ies") else word[:-1]
    return singular in ORG_HEADS


# Surnames spelled like a word of the lists above: "He Lifeng" (China's
# vice-premier), "Madeleine King". "He" is a name only before a given name, a
# job noun only after one.
SURNAME_PRONOUNS = frozenset({"He"})
SURNAME_ROLE_NOUNS = frozenset({"King", "Dean"})


# Asked of the same words by every reader of a sentence: kept by argument.
@functools.lru_cache(maxsize=8192)
def is_person_name(words: tuple[str, ...]) -> bool:
    """Name-like words ("Tu Xinquan", "Ursula von der Leyen"), with no place or title."""
    if not words or words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    if is_place(" ".join(words)):
        return False
    if any(" ".join(words[:end]) in PLACES for end in range(2, len(words))):
        return False  # "West Midlands Richard Parkes": a place before the name.
    for index, word in enumerate(words):
        if word in PARTICLES or _is_surname_lookalike(words, index):
            continue
        if not is_name_word(word) or word in NOT_NAMES or word in PLACES or word in FIELD_WORDS:
            return False
        if word in ORG_HEADS or word in ORG_SUFFIXES or is_role_word(word):
            return False
    return True


def _is_surname_lookalike(words: tuple[str, ...], index: int) -> bool:
    if len(words) < 2:
        return False
    if words[index] in SURNAME_PRONOUNS:
        return index == 0
    return words[index] in SURNAME_ROLE_NOUNS and index == len(words) - 1


# A family name in romanised Japanese, written in capitals before the given name as
# Japan's ministries write it: "MUTO Kensuke", "TAKADA Shinji" (syllables, no "USTR").
_ROMAJI_CAPITALS = re.compile(r"^(?:(?:SH|CH|TS|[KSTNHMYRWGZDBPFJ])?Y?[AEIOU]|N)+$")


def is_family_first_name(words: tuple[str, ...]) -> bool:
    """'MUTO Kensuke': a family name in capitals, then a given name; read only after
    a title, where a name is expected."""
    return (
        len(words) == 2
        and len(words[0]) >= 3
        and bool(_ROMAJI_CAPITALS.match(words[0]))
        and is_person_name(words[1:])
    )


def starts_with_surname(words: tuple[str, ...]) -> bool:
    """'He Lifeng …': a surname that reads as a function word, then a given name."""
    return len(words) > 1 and words[0] in SURNAME_PRONOUNS and is_person_name(words[:2])


# Legal forms written before the name (Indonesia's, Russia's).
LEGAL_PREFIXES = frozenset({"PT", "PJSC", "PAO", "OAO", "OOO", "ZAO"})


def is_organisation_name(words: tuple[str, ...]) -> bool:
    """A name carrying an organisation word ("Ministry of Commerce", "Acme Holdings",
    "Group of Seven")."""
    if not words or (len(words) == 1 and words[0] in NEVER_ALONE):
        return False
    if len(words) == 1 and words[0] in NAMED_BODIES:
        return True
    named_body = any(a in ORG_SUFFIXES and b == "of" for a, b in pairwise(words))
    partners = "&" in words  # "Whitmore & Lane"
    heads = any(word in ORG_HEADS for word in words)
    # "Natural Resources Canada": an organisation word, then the country it serves.
    national = len(words) > 2 and words[-1] in PLACES and words[-2] in ORG_SUFFIXES
    # "Export Finance Australia": a word of finance inside a longer name.
    inner = len(words) > 2 and any(w in INNER_ORG_WORDS for w in words[1:])
    # "China Northern Rare Earth": the industry's name closing a company's.
    industry = len(words) > 2 and words[-2:] == ("Rare", "Earth")
    # "PT Vale Indonesia", "PJSC Norilsk Nickel": a legal form written first.
    prefixed = len(words) > 1 and words[0] in LEGAL_PREFIXES
    return (
        prefixed
        or heads
        or words[-1] in ORG_SUFFIXES
        or named_body
        or partners
        or industry
        or inner
        or national
    )
