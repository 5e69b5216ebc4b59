"""Titles and roles around a name: before it ("DHL CEO Tobias Meyer", "chief
economist Xing"), in an apposition after it (", director of the Institute,"),
and the organisation a title belongs to ("DHL" in "DHL CEO", not "Treasury").
Where the name itself starts in a titled run is `name_start`'s to say.
"""

from __future__ import annotations

import re

from .held_names import hold_name_commas, release_name_commas
from .lexicon import (
    FUNCTION_WORDS,
    LEGAL_SUFFIXES,
    NEVER_ALONE,
    is_organisation_name,
    is_organisation_word,
    names_nothing,
)
from .name_runs import NameRun, opens_title
from .name_start import name_suffix, without_conferred_title
from .names import OFFICE_WORDS, role_case, trim_role
from .role_words import (
    PUBLIC_TITLES,
    ROLE_MODIFIERS,
    SHORT_OFFICES,
    is_plural_role_word,
    is_role_word,
)
from .speech_words import SPEECH_VERBS

_JOINING = frozenset({"of", "for", "at", "and", "&"})
# The chambers of a legislature, named before an office held in them.
_CHAMBERS = frozenset({"Senate", "House", "Assembly", "Parliament"})
# Workplaces a title opens a sentence with: "Plant manager NAME", "Mine director NAME".
_WORKPLACES = frozenset({"Plant", "Mine", "Site", "Factory", "Refinery", "Smelter", "Project"})
_GOVERNMENT_WORDS = frozenset({"Former", "Acting", "Deputy", "Vice", "Senior", "Chief"})
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*$")
_APPOSITION = re.compile(r"^,\s+(?P<phrase>[^,;:()“”\"]+?)\s*(?:,|;|[.!?]?\s*$)")
# An acronym in brackets after the employer closing a role: "… Geological Survey (USGS)".
_ACRONYM_IN_ROLE = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)(?=\s*(?:[,;]|[.!?]?\s*$))")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_TITLE_WORDS = 4
_TITLED_WORDS = 8
# Lower-case words that narrow a title before a name: "ministry spokesperson",
# "plant manager", "chief financial officer", "trade commissioner".
_TITLE_FIELDS = frozenset(w.lower() for w in OFFICE_WORDS) | frozenset(
    {
        "financial", "operating", "technical", "commercial", "trade", "energy", "mining",
        "ministry", "company", "plant", "quality", "supplier", "foreign", "economic",
        "finance", "shire", "local", "provincial", "state", "federal", "national",
        "board", "dispute", "resource", "research", "industry", "commerce",
    }
)  # fmt: skip


def title_split(run: NameRun) -> tuple[str, int, str | None] | None:
    """'DHL CEO Tobias Meyer' -> ('DHL CEO', 2, 'DHL'): role, where the name starts, organisation."""
    words = run.words
    start = name_suffix(words)
    if start <= 0 or not any(is_role_word(w) for w in words[:start]):
        return None
    if len(words) - start == 1 and is_organisation_word(words[start]):
        return None  # "General Dynamics": a company's name, no General's.
    role_words = without_conferred_title(words[:start])
    if role_words[-1] in _JOINING:
        return None  # "Executive Officer of Shiranui Electric": the employer, no one's name.
    first_title = next(i for i, w in enumerate(role_words) if is_role_word(w))
    owner = tuple(
        w
        for w in role_words[:first_title]
        if w not in _GOVERNMENT_WORDS and w.lower() not in ROLE_MODIFIERS
    )
    return role_case(" ".join(role_words)), start, owner_org(owner, role_words)


# "Head of policy at " before a run: a title, then the organisation it belongs to.
_ROLE_LINK = re.compile(r"\b(?:of|at|for|with|and|in)\s+(?:the\s+)?$")
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–]")
# What opens a clause before a title and is no part of it: "said Head of X at".
_NO_TITLE_WORDS = frozenset({"a", "an", "said", "says", "added", "wrote"})
# After a person's name, a verb ("… Grace Mbeki said"): an organisation's name ends
# with a comma or a preposition more often ("chief of Nordic Magnet Works, opened").
AFTER_NAME = re.compile(r"^\s+(?!(?:in|of|and|for|at|on|to|with|from|the|a|an)\b)[a-z]")


def role_before(before: str) -> str | None:
    """The title phrase a run continues: '… Head of policy at ' -> 'Head of policy at'."""
    if not _ROLE_LINK.search(before):
        return None
    clause = _CLAUSE_BREAK.split(before)[-1]
    words = clause.split()
    while words and (words[0] in FUNCTION_WORDS or words[0].lower() in _NO_TITLE_WORDS):
        if opens_title(words):
            break
        words = words[1:]
    if not 1 < len(words) <= 10 or not any(is_role_word(w) for w in words[:4]):
        return None
    return " ".join(words)


def owner_org(owner: tuple[str, ...], role_words: tuple[str, ...]) -> str | None:
    """The organisation in front of a title: 'DHL' in 'DHL CEO', not 'Treasury'."""
    # "Subcommittee Chair Dana Holloway": the kind of a body is no body's name.
    if not owner or names_nothing(owner) or (len(owner) == 1 and owner[0] in NEVER_ALONE):
        return None
    if len(owner) == 1 and owner[0] in _CHAMBERS | _WORKPLACES:
        return None  # "Senate Majority Leader NAME", "Plant manager NAME": where one works.
    # "Air Vice-Marshal": the office after a hyphenated modifier.
    offices = [w.lower().rpartition("-")[2] for w in role_words]
    corporate = not any(w in PUBLIC_TITLES | SHORT_OFFICES for w in offices)
    acronym = len(owner) == 1 and bool(_ACRONYM.match(owner[0]))
    if corporate or acronym or is_organisation_name(owner):
        return " ".join(owner)
    return None


_LOWER_PREFIXES = frozenset({"then", "ex"})


def _title_field(word: str) -> bool:
    """A field of an office, in the plural too: 'trade', 'heavy industries'."""
    singular = f"{word[:-3]}y" if word.endswith("ies") else word.removesuffix("s")
    return word in _TITLE_FIELDS or singular in _TITLE_FIELDS


def lowercase_title(before: str) -> str | None:
    """'... chief economist ' before a name -> 'chief economist'; 'ministry
    spokesperson', 'chief financial officer' (a capitalised word before it is the
    previous run's: 'Economic security minister')."""
    words = before.split()
    last = words[-1] if words else ""
    # "then-Chairman": a lower-case prefix before a capitalised office.
    lowered = last.islower() or last.partition("-")[0] in _LOWER_PREFIXES
    if not (lowered and is_role_word(last)) or is_plural_role_word(last):
        return None  # "Speaking to analysts, Jane Roe": a group is no one's title.
    taken = [words[-1]]
    earlier = words[:-1]
    for index in range(len(earlier) - 1, -1, -1):
        word = earlier[index]
        if len(taken) == _TITLE_WORDS or not word.islower():
            break
        # "chairman and managing director": two titles of one person.
        joined = word == "and" and index > 0 and is_role_word(earlier[index - 1])
        # "director general", "secretary general": a role noun before the last.
        if not (joined or word in ROLE_MODIFIERS or _title_field(word) or is_role_word(word)):
            break
        taken.append(word)
    return " ".join(reversed(taken))


def apposition_role(after: str) -> str | None:
    """', director of the Institute,' after a name -> 'director of the Institute'
    (or before a semicolon, in a list of people; an employer's name may hold commas
    and be followed by its acronym: ', a partner at Whitlock, Reyes & Amsel LLP,')."""
    held = hold_name_commas(_ACRONYM_IN_ROLE.sub("", after, count=1))
    match = _APPOSITION.match(held)
    if not match:
        return None
    phrase = match.group("phrase").strip()
    if held[match.end("phrase") : match.end("phrase") + 1] == "." and _abbreviated(phrase):
        phrase += "."  # "… at Aisin Corp.": the legal form keeps its stop.
    unit = _UNIT_AFTER.match(held[match.end("phrase") :])
    if unit and phrase[:1].isupper():
        # "NAME, Deputy Secretary, Resources Division, told": the office's unit.
        phrase = f"{phrase}, {unit.group(1)}"
    phrase = _strip_article(release_name_commas(phrase))
    head = phrase.split()[:4]
    leads = bool(_LEADS.match(phrase)) and after.lstrip().startswith(", who ")
    if not head or len(phrase.split()) > 16 or not (leads or any(is_role_word(w) for w in head)):
        return None
    if head[0].lower() in SPEECH_VERBS:
        return None  # ", said investors would …": the clause's verb, no apposition.
    role = trim_role(phrase)
    # ", RTX and General Dynamics are the named buyers": a clause, no apposition.
    return None if _FINITE_COPULA.search(role) else role


def _abbreviated(phrase: str) -> bool:
    """Whether the phrase ends on a legal form written with a stop ("Corp", "Inc")."""
    return f"{phrase.rsplit(' ', 1)[-1]}." in LEGAL_SUFFIXES


_FINITE_COPULA = re.compile(r"\b(?:is|are|was|were)\b")


# A role said of a name with "is": "Kim Jae-won is the chief executive of Daehan Metals.", "…,
# formerly of the Defense Logistics Agency, is now head of …"; or a move: "NAME has
# joined Meridian Rare Metals as chief financial officer from Rio Tinto."
_COPULA = re.compile(
    r"^(?:,\s+(?:formerly|previously)\s+(?:of|at|with)\s+[^,;:()“”\"]+,)?"
    r"\s+(?:(?:is|was|has been|had been|became|becomes)(?:\s+now)?"
    r"|(?:has|have|had)\s+joined\s+[^,;:()“”\"]+?\s+as)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
    r"(?P<phrase>[^,;:()“”\"]+?)(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s*(?:,|;|[.!?]?\s*$)"
)
# Where a role said with "is" stops: "a partner at X until 2020", "… since May".
_COPULA_END = re.compile(r"\s+(?:until|since|when|before|after|from|for|and|but)\s.*$")


def copula_role(after: str) -> str | None:
    """' is the chief executive of Daehan Metals.' after a name -> 'chief executive of
    Daehan Metals'; None unless a job noun heads the phrase."""
    match = _COPULA.match(after)
    if not match:
        return None
    phrase = _COPULA_END.sub("", match.group("phrase").strip())
    words = phrase.split()
    if not words or len(words) > 12 or not any(is_role_word(w) for w in words[:3]):
        return None
    if is_plural_role_word(words[-1]) or not words[0].islower():
        return None  # "is one of the analysts", "is Treasury Secretary Scott Bessent"
    return trim_role(phrase)


# A who-clause that is a job: "NAME, who leads the mobility practice at X," "…, who
# runs procurement at Y," (the verb of running something, then what is run).
_LEADS = re.compile(
    r"^(?:heads|leads|runs|chairs|oversees|manages|directs)\s+(?:the\s+|a\s+|an\s+)?\w"
)
# The unit of an office after its title and a comma: ", Resources Division",
# ", Critical Minerals Office", ", Economic Security Program" (then a comma, a verb
# or the end).
_UNIT_AFTER = re.compile(
    r"^,\s+((?:[A-Z][\w&’'-]*\s+){0,5}(?:Division|Office|Branch|Group|Program|Programme"
    r"|Unit|Section|Directorate|Team|Desk))(?=\s*,|\s+[a-z]|\s*[.;]?\s*$)"
)
# What opens an apposition before its role and is no part of it: "who heads
# purchasing" is "heads purchasing", "currently president of X" is "president of X".
_ROLE_OPENERS = re.compile(r"^(?:who\s+(?=[a-z]+s\s)|(?:currently|now)\s+(?=\S))")


def _strip_article(phrase: str) -> str:
    """'an analyst' -> 'analyst'; 'the company’s chief' keeps its 'the'; 'who heads
    purchasing' -> 'heads purchasing'; 'currently president' -> 'president'."""
    phrase = _ROLE_OPENERS.sub("", phrase, count=1)
    words = phrase.split(maxsplit=2)
    if len(words) > 1 and words[0].lower() == "the" and words[1].endswith(("’s", "'s")):
        return phrase
    return _ARTICLE.sub("", phrase)


# Where a long description's head ends: "a Massachusetts startup that refines …",
# "the magnet startup backed by …".
_DESCRIPTION_BREAK = re.compile(
    r"\s(?:that|which|whose|backed|owned|controlled|founded|led|set up|spun off)\s"
)
_DESCRIPTION_WORDS = 8


def org_description(after: str) -> str | None:
    """', a Texas-based miner,' after an organisation -> 'Texas-based miner'; a
    longer one only up to its relative clause or participle ('startup')."""
    match = _APPOSITION.match(after)
    if not match or not _ARTICLE.match(match.group("phrase")):
        return None
    phrase = _ARTICLE.sub("", match.group("phrase").strip())
    if len(phrase.split()) > _DESCRIPTION_WORDS:
        head = _DESCRIPTION_BREAK.split(phrase, maxsplit=1)[0]
        return head if len(head.split()) <= 3 else None
    return phrase if phrase else None


_CLAUSE_PIECES = re.compile(r"[;:()“”\"—–,]")
_OWNERS = frozenset({"our", "their", "its", "his", "her", "the"})
_SAID_BEFORE = re.compile(r"^(?:said|says|added|adds|wrote|writes|explained|noted)\s+")


_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")


def title_before_comma(before: str) -> str | None:
    """ "Daehan's vice president of procurement, " before a name -> that title, as
    written; it must start with its owner ("Daehan's", "Our", "The bank's")."""
    if not before.rstrip().endswith(","):
        return None
    clause = _CLAUSE_PIECES.split(before.rstrip()[:-1])[-1].strip()
    # '…,” said the company's director of new businesses, NAME': the verb is no part.
    clause = _SAID_BEFORE.sub("", clause)
    words = clause.split()
    if not 1 < len(words) <= _TITLED_WORDS or not any(is_role_word(w) for w in words[-4:]):
        return None
    owned = words[0].endswith(("’s", "'s")) or words[0].lower() in _OWNERS
    if not owned:
        # "Serra Azul's chief executive": an owner of several capitalised words.
        # "Less Common Metals' managing director": a plural's bare apostrophe too.
        owner = next((i for i, w in enumerate(words) if w.endswith(_POSSESSIVE_ENDS)), None)
        owned = owner is not None and all(w[:1].isupper() for w in words[: owner + 1])
    return _strip_article(clause) if owned and not is_plural_role_word(words[-1]) else None
