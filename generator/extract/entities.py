"""People and organisations, found the way news text introduces them.

A capitalised run of words is only reported when the text gives a cue for what
it is: an apposition ("Jane Roe, an analyst at Fitch,"), a title before the
name ("Treasury Secretary Janet Yellen"), a possessive ("Acme's Jane Roe"), an
honorific ("Dr. Roe"), an organisation word ("Ministry", "Institute", "Inc."),
a parenthesised acronym, or "state-run". Runs without a cue (sentence-initial
words, places, topics) are left alone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from itertools import pairwise

from ..model import Article, Entity, EntityKind
from .names import OFFICE_WORDS, UPPER, is_based_word, is_name_word, role_case, trim_role
from .sentences import split_sentences

# Lower-case particles that belong inside a name: "Ursula von der Leyen".
PARTICLES = frozenset(
    {
        "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le",
        "bin", "ibn", "al", "el", "dos", "das", "ten", "ter", "zu",
    }
)  # fmt: skip

# Nouns that name a job or office (compared lower-case, plurals via is_role_word).
ROLE_NOUNS = frozenset(
    {
        "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "president",
        "secretary", "minister", "premier", "chancellor", "governor", "senator",
        "representative", "ambassador", "director", "spokesperson", "spokesman",
        "spokeswoman", "commissioner", "secretary-general", "director-general", "mayor",
        "judge", "analyst", "economist", "strategist", "founder", "co-founder", "chief",
        "executive", "professor", "envoy", "negotiator", "adviser", "advisor", "official",
        "head", "leader", "partner", "researcher", "fellow", "lawmaker", "member", "deputy",
        "manager", "scholar", "expert", "editor", "correspondent", "lawyer", "attorney",
        "consultant", "owner", "investor", "trader", "engineer", "scientist", "author",
        "lecturer", "dean", "aide", "diplomat", "officer", "general", "admiral", "king",
        "queen", "prince", "princess", "czar", "tsar", "vice-president", "treasurer",
        "spokespeople", "specialist", "geologist", "columnist", "observer", "broker",
        "dealer", "banker", "regulator", "activist", "campaigner", "chemist", "metallurgist",
        "buyer", "farmer", "resident", "worker", "pastoralist", "rancher", "villager",
    }
)  # fmt: skip

# Words that qualify a role noun: "chief economist", "former minister".
ROLE_MODIFIERS = frozenset(
    {
        "former", "acting", "deputy", "chief", "senior", "vice", "executive", "managing",
        "lead", "head", "top", "global", "assistant", "associate", "interim", "founding",
        "co", "principal", "junior", "outgoing", "incoming",
    }
)  # fmt: skip

# Public offices: the word in front of them ("Treasury", "Commerce") is a department or
# a place rather than an organisation name, unless it says so ("World Bank President").
_PUBLIC_TITLES = frozenset(
    {
        "president", "secretary", "minister", "premier", "chancellor", "governor", "senator",
        "representative", "ambassador", "mayor", "commissioner", "envoy", "negotiator",
        "official", "lawmaker", "diplomat", "judge", "general", "admiral", "king", "queen",
        "prince", "princess", "czar", "tsar", "adviser", "advisor", "aide", "secretary-general",
    }
)  # fmt: skip

# Organisation words that may sit anywhere in a name: "Bank of England", "World Bank".
ORG_HEADS = frozenset(
    {
        "Ministry", "Institute", "Agency", "Department", "Bank", "Exchange", "Exchanges",
        "University", "Commission", "Council", "Association", "Organization",
        "Organisation", "Administration", "Office", "Bureau", "Fund", "Federation",
        "Union", "Authority", "Board", "Committee", "Foundation", "Party", "Reserve",
        "Forum", "Society", "Center", "Centre", "Institution", "Parliament", "Congress",
        "Senate", "Court", "Daily", "Times", "Post", "Journal", "Herald", "Tribune",
        "Gazette", "News", "Press", "Network", "Laboratory", "Laboratories", "House",
        "Academy", "College", "School", "Alliance", "Secretariat", "Coalition",
    }
)  # fmt: skip

# Organisation words that only count at the end: "Acme Holdings", "Lynas Ltd".
_ORG_SUFFIXES = frozenset(
    {
        "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co.", "Company", "Ltd", "Ltd.",
        "LLC", "PLC", "Plc", "AG", "SA", "NV", "Group", "Holdings", "Partners", "Capital",
        "Securities", "Mining", "Metals", "Materials", "Technologies", "Industries",
        "Motors", "Airlines", "Ratings", "Research", "Media", "Systems", "Energy",
        "Earths", "Resources", "Minerals",
    }
)  # fmt: skip

PLACES = frozenset(
    {
        "U.S.", "US", "USA", "U.S.A.", "America", "United States", "U.K.", "UK",
        "Britain", "Great Britain", "England", "Scotland", "Wales", "Ireland", "China",
        "Beijing", "Shanghai", "Shenzhen", "Hong Kong", "Taiwan", "Taipei", "Japan",
        "Tokyo", "Korea", "South Korea", "North Korea", "Seoul", "India", "New Delhi",
        "Delhi", "Mumbai", "Russia", "Moscow", "Ukraine", "Kyiv", "Germany", "Berlin",
        "France", "Paris", "Italy", "Rome", "Spain", "Madrid", "Netherlands", "Belgium",
        "Brussels", "Switzerland", "Geneva", "Sweden", "Norway", "Finland", "Denmark",
        "Poland", "Austria", "Vienna", "Greece", "Turkey", "Canada", "Ottawa", "Toronto",
        "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Bolivia", "Colombia",
        "Australia", "Canberra", "Sydney", "New Zealand", "Indonesia", "Jakarta",
        "Malaysia", "Vietnam", "Hanoi", "Thailand", "Bangkok", "Philippines", "Manila",
        "Singapore", "Myanmar", "Burma", "Laos", "Cambodia", "Mongolia", "Kazakhstan",
        "Pakistan", "Bangladesh", "Iran", "Iraq", "Israel", "Saudi Arabia", "Qatar",
        "Dubai", "Egypt", "Nigeria", "Kenya", "South Africa", "Congo", "Greenland",
        "Washington", "New York", "London", "Texas", "California", "Nevada", "Alaska",
        "Wyoming", "Arizona", "Europe", "Asia", "Africa", "Latin America",
        "North America", "South America", "Middle East", "Arctic", "Pacific",
        "Atlantic", "Indo-Pacific", "Inner Mongolia", "Baotou", "Jiangxi", "Guangdong",
        "Sichuan", "Yunnan", "Xinjiang", "Tibet", "Silicon Valley", "Wall Street",
    }
)  # fmt: skip

_CALENDAR = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }
)  # fmt: skip

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
        "Not", "Every", "Any", "More", "Less",
    }
)  # fmt: skip

# Words that are never (part of) a person's name.
_NOT_NAMES = _CALENDAR | FUNCTION_WORDS | frozenset(
    {
        "Former", "Last", "Next", "New", "Old",
        "State", "Treasury", "Commerce", "Defense", "Defence", "Trade", "Finance",
        "Foreign", "Affairs", "Interior", "Labor", "Labour", "Homeland", "Security",
        "National", "Federal", "Central", "General", "Justice", "Energy", "Economic",
        "Chinese", "American", "European", "British", "Japanese", "Korean", "Russian",
        "German", "French", "Indian", "Australian", "Canadian", "Western", "Eastern",
        "Phase", "Rare",
        "Earth", "Earths", "Critical", "Minerals", "Mineral", "Tariff", "Tariffs",
    }
) | OFFICE_WORDS  # fmt: skip
_GOVERNMENT_WORDS = frozenset({"Former", "Acting", "Deputy", "Vice", "Senior", "Chief"})

_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?\s+$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*$")
_CAP = rf"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z]\.(?=\s)|[{UPPER}](?:[’'][A-Z])?[\w&-]*)"
_PARTICLE = "|".join(sorted(PARTICLES))
_TIGHT_RUN = re.compile(rf"(?<![\w’'.-]){_CAP}(?:(?:\s+(?:{_PARTICLE}))*\s+{_CAP})*")
_JOINER = re.compile(r"^\s+(of|for|on|and|&)(?:\s+the)?\s+$")
_PAREN_ACRONYM = re.compile(r"^\s*\(([A-Z][A-Za-z0-9&]{1,9})\)")
# A letter code with a number ("G7", "G20") names a body when its members follow.
_NUMBERED_CODE = re.compile(r"^[A-Z]{1,3}\d{1,3}$")
_NEXT_LOWER_WORDS = re.compile(r"^\s+([a-z-]+)(?:\s+([a-z-]+))?")
_MEMBER_NOUNS = frozenset(
    {"countries", "nations", "members", "economies", "states", "governments", "partners"}
)
_STATE_RUN = re.compile(r"\bstate[- ](?:run|owned|backed|controlled|affiliated)\s+$", re.I)
_POSSESSIVE_GAP = re.compile(r"^[’'](s?)\s+(?:((?:[a-z-]+\s+){0,2}[a-z-]+)\s+)?$")
_APPOSITION = re.compile(r"^,\s+(?P<phrase>[^,;:()“”\"]+?)\s*(?:,|[.!?]?\s*$)")
_PREPOSITION_ORG = re.compile(r"\b(?:at|with|from|of|for)\s+(?:the\s+)?$")
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)


@dataclass(frozen=True)
class _Run:
    """A run of capitalised words in a sentence: ``sentence[start:end] == text``."""

    text: str
    start: int
    end: int

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.text.split())

    @property
    def name(self) -> str:
        """The words with single spaces, as a name is reported."""
        return " ".join(self.words)

    def word_offset(self, index: int) -> int:
        """Offset in the sentence of the ``index``-th word."""
        return self.start + [m.start() for m in re.finditer(r"\S+", self.text)][index]


@dataclass(frozen=True)
class Mention:
    """One cue-backed mention of a person or organisation, at an offset in its text."""

    name: str
    kind: EntityKind
    role: str | None
    offset: int


def is_role_word(word: str) -> bool:
    """A job or office noun, singular or plural ("analyst", "Analysts", "CEO")."""
    lower = word.lower().strip(".,")
    return lower in ROLE_NOUNS or (lower.endswith("s") and lower[:-1] in ROLE_NOUNS)


def is_plural_role_word(word: str) -> bool:
    """A job noun in the plural ("Leaders", "analysts"): a group of people, never a title."""
    lower = word.lower().strip(".,")
    return lower not in ROLE_NOUNS and lower.endswith("s") and lower[:-1] in ROLE_NOUNS


def is_place(name: str) -> bool:
    return name in PLACES


def is_person_name(words: tuple[str, ...]) -> bool:
    """Name-like words ("Tu Xinquan", "Ursula von der Leyen"), with no place or title."""
    if not words or words[0] in PARTICLES or words[-1] in PARTICLES:
        return False
    if is_place(" ".join(words)):
        return False
    for word in words:
        if word in PARTICLES:
            continue
        if not is_name_word(word) or word in _NOT_NAMES or word in PLACES:
            return False
        if word in ORG_HEADS or word in _ORG_SUFFIXES or is_role_word(word):
            return False
    return True


def is_organisation_name(words: tuple[str, ...]) -> bool:
    """A name carrying an organisation word ("Ministry of Commerce", "Acme Holdings",
    "Group of Seven")."""
    if not words:
        return False
    named_body = any(a in _ORG_SUFFIXES and b == "of" for a, b in pairwise(words))
    return any(word in ORG_HEADS for word in words) or words[-1] in _ORG_SUFFIXES or named_body


def _tight_runs(sentence: str) -> list[_Run]:
    runs = []
    for match in _TIGHT_RUN.finditer(sentence):
        text = match.group()
        # Drop sentence-initial and function words: "Meanwhile", "The", "According".
        while text and text.split()[0] in FUNCTION_WORDS:
            text = text[len(text.split()[0]) :].lstrip()
        # "Tokyo-based Ocean Commons": the description is no part of the name.
        based = [m.end() for m in re.finditer(r"\S+", text) if is_based_word(m.group())]
        if based and based[-1] < len(text):
            text = text[based[-1] :].lstrip()
        if text:
            start = match.end() - len(text)
            runs.append(_Run(text, start, match.end()))
    return runs


def _joins(left: _Run, joiner: str, right: _Run) -> bool:
    """Whether "<left> of/for/and <right>" is one organisation's name."""
    last = left.words[-1]
    if all(w in _CALENDAR or w in FUNCTION_WORDS for w in right.words):
        return False  # "Commerce Department on Tuesday"
    if joiner == "of" and is_role_word(last):
        # "Secretary of State Marco Rubio": a title, split from the name later. A plural
        # ("Leaders of the Group of Seven") is a group of people, not part of a name.
        return not is_plural_role_word(last)
    if joiner == "of" and last in _ORG_SUFFIXES and len(right.words) == 1:
        return not is_place(right.name)  # "Group of Seven", not "Acme Group of Texas".
    if joiner in ("of", "for", "on"):
        right_is_place = is_place(right.name)
        return last in ORG_HEADS and not (joiner != "of" and right_is_place)
    if joiner == "and" and _office_continues(left.words, right.words):
        return True  # "Ministry of Industry and Information Technology"
    # "Securities and Exchange Commission", not "Rio Tinto and BHP Group".
    return len(left.words) == 1 and not is_place(left.name) and is_organisation_name(right.words)


def _office_continues(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """'… and Natural Resources Committee': the fields of one body's name, after an
    organisation word or a field ('Senate Energy'), never another name."""
    after_body = any(w in ORG_HEADS for w in left) or left[-1] in OFFICE_WORDS
    fields = all(w in _NOT_NAMES or w in ORG_HEADS for w in right)
    fields = fields and any(w in _NOT_NAMES for w in right)  # "and the Bank" is another.
    return after_body and fields and not is_place(" ".join(right))


def _name_runs(sentence: str) -> list[_Run]:
    """Capitalised runs, with organisation names joined across "of"/"for"/"and"."""
    merged: list[_Run] = []
    for run in _tight_runs(sentence):
        if merged:
            previous = merged[-1]
            gap = _JOINER.match(sentence[previous.end : run.start])
            if gap and _joins(previous, gap.group(1), run):
                merged[-1] = _Run(sentence[previous.start : run.end], previous.start, run.end)
                continue
        merged.append(run)
    return merged


def _name_suffix(words: tuple[str, ...]) -> int:
    """Index where the longest trailing person name (up to four words) starts, or -1."""
    best = -1
    for start in range(len(words) - 1, -1, -1):
        tail = words[start:]
        if len([w for w in tail if w not in PARTICLES]) > 4:
            break
        if words[start] in PARTICLES:
            continue
        if not is_person_name(tail):
            break
        best = start
    return best


def name_after_title(words: tuple[str, ...]) -> str | None:
    """'Senator Ruth Calloway' or 'trader Lucas Meyer' -> the name; None without a title."""
    start = _name_suffix(words)
    if start <= 0 or not any(is_role_word(w) for w in words[:start]):
        return None
    return " ".join(words[start:])


def _title_split(run: _Run) -> tuple[str, int, str | None] | None:
    """'DHL CEO Tobias Meyer' -> ('DHL CEO', 2, 'DHL'): role, where the name starts, organisation."""
    words = run.words
    start = _name_suffix(words)
    if start <= 0 or not any(is_role_word(w) for w in words[:start]):
        return None
    role_words = words[:start]
    first_title = next(i for i, w in enumerate(role_words) if is_role_word(w))
    owner = tuple(w for w in role_words[:first_title] if w not in _GOVERNMENT_WORDS)
    return role_case(" ".join(role_words)), start, _owner_org(owner, role_words)


# "Head of policy at " before a run: a title, then the organisation it belongs to.
_ROLE_LINK = re.compile(r"\b(?:of|at|for|with|and)\s+(?:the\s+)?$")
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–]")
# After a person's name, a verb ("… Grace Mbeki said"): an organisation's name ends
# with a comma or a preposition more often ("chief of Nordic Magnet Works, opened").
_AFTER_NAME = re.compile(r"^\s+(?!(?:in|of|and|for|at|on|to|with|from|the|a|an)\b)[a-z]")


def _role_before(before: str) -> str | None:
    """The title phrase a run continues: '… Head of policy at ' -> 'Head of policy at'."""
    if not _ROLE_LINK.search(before):
        return None
    clause = _CLAUSE_BREAK.split(before)[-1]
    words = clause.split()
    while words and (words[0] in FUNCTION_WORDS or words[0].lower() in ("a", "an")):
        words = words[1:]
    if not 1 < len(words) <= 10 or not any(is_role_word(w) for w in words[:4]):
        return None
    return " ".join(words)


def _employer_split(sentence: str, run: _Run) -> list[Mention]:
    """'Head of procurement at Volta Motors Grace Mbeki said': the run is the employer
    and then the person; the title and the employer are the person's role."""
    title = _role_before(sentence[: run.start])
    words = run.words
    if title is None or len(words) < 3 or not _AFTER_NAME.match(sentence[run.end :]):
        return []
    start = _name_suffix(words)
    if start < 0 or len(words) - max(start, 1) < 2:
        return []
    # Nothing marks where the employer ends ("at Kestrel Alloys Ines Moreau"): a
    # name of two words is the likeliest; an office word marks it otherwise.
    start = start if start > 0 else len(words) - 2
    employer = words[:start]
    role = role_case(f"{title} {' '.join(employer)}")
    person = Mention(" ".join(words[start:]), "person", role, run.word_offset(start))
    if is_place(" ".join(employer)) or all(w in _NOT_NAMES for w in employer):
        return [person]
    return [Mention(" ".join(employer), "organisation", None, run.start), person]


def _owner_org(owner: tuple[str, ...], role_words: tuple[str, ...]) -> str | None:
    """The organisation in front of a title: 'DHL' in 'DHL CEO', not 'Treasury'."""
    if not owner or is_place(" ".join(owner)) or all(w in _NOT_NAMES for w in owner):
        return None
    corporate = not any(w.lower() in _PUBLIC_TITLES for w in role_words)
    acronym = len(owner) == 1 and bool(_ACRONYM.match(owner[0]))
    if corporate or acronym or is_organisation_name(owner):
        return " ".join(owner)
    return None


def _lowercase_title(before: str) -> str | None:
    """'... chief economist ' before a name -> 'chief economist'."""
    words = before.split()
    if not words or not (words[-1].islower() and is_role_word(words[-1])):
        return None
    taken = [words[-1]]
    for word in reversed(words[:-1]):
        if len(taken) == 3 or not word.islower() or word not in ROLE_MODIFIERS:
            break
        taken.append(word)
    return " ".join(reversed(taken))


def _apposition_role(after: str) -> str | None:
    """', director of the Institute,' after a name -> 'director of the Institute'."""
    match = _APPOSITION.match(after)
    if not match:
        return None
    phrase = _strip_article(match.group("phrase").strip())
    head = phrase.split()[:4]
    if not head or len(phrase.split()) > 16 or not any(is_role_word(w) for w in head):
        return None
    return trim_role(phrase)


def _strip_article(phrase: str) -> str:
    """'an analyst' -> 'analyst'; 'the company’s chief' keeps its 'the'."""
    words = phrase.split(maxsplit=2)
    if len(words) > 1 and words[0].lower() == "the" and words[1].endswith(("’s", "'s")):
        return phrase
    return _ARTICLE.sub("", phrase)


def _org_description(after: str) -> str | None:
    """', a Texas-based miner,' after an organisation -> 'Texas-based miner'."""
    match = _APPOSITION.match(after)
    if not match or not _ARTICLE.match(match.group("phrase")):
        return None
    phrase = _ARTICLE.sub("", match.group("phrase").strip())
    return phrase if 0 < len(phrase.split()) <= 8 else None


def _titled_person(sentence: str, run: _Run, previous: _Run | None) -> list[Mention]:
    """'(DHL) chief executive Tobias Meyer': a lower-case title, maybe after its company."""
    before = sentence[: run.start]
    title = _lowercase_title(before)
    if not title:
        return []
    title_start = len(before.rstrip()) - len(title)
    if previous is None or sentence[previous.end : title_start].strip():
        return [Mention(run.name, "person", title, run.start)]
    person = Mention(run.name, "person", f"{previous.name} {title}", run.start)
    owner = _owner_org(previous.words, tuple(title.split()))
    return [Mention(owner, "organisation", None, previous.start), person] if owner else [person]


def _person_from_context(sentence: str, run: _Run, previous: _Run | None) -> list[Mention]:
    """A person named with an honorific, a lower-case title or an apposition."""
    before, after = sentence[: run.start], sentence[run.end :]
    if not is_person_name(run.words):
        return []
    if _HONORIFIC.search(before):
        return [Mention(run.name, "person", _apposition_role(after), run.start)]
    titled = _titled_person(sentence, run, previous)
    if titled:
        return titled
    role = _apposition_role(after)
    if role and len(run.words) >= 2:
        return [Mention(run.name, "person", role, run.start)]
    return []


def _possessive(sentence: str, owner: _Run, person: _Run) -> list[Mention]:
    """ "Morgan Stanley's (chief economist) Xing Ziqiang" -> the person and the organisation."""
    gap = _POSSESSIVE_GAP.match(sentence[owner.end : person.start])
    if not gap or not is_person_name(person.words):
        return []
    if not gap.group(1) and not owner.name.endswith("s"):
        return []  # "Barclays’ analyst", but a bare ’ after other words closes a quote.
    title = gap.group(2)
    if title and not is_role_word(title.split()[-1]):
        return []
    if is_place(owner.name):
        role = f"{owner.name}’s {title}" if title else None
        return [Mention(person.name, "person", role, person.start)] if role else []
    role = f"{title} at {owner.name}" if title else f"at {owner.name}"
    return [
        Mention(owner.name, "organisation", None, owner.start),
        Mention(person.name, "person", role, person.start),
    ]


def _organisation(sentence: str, run: _Run) -> Mention | None:
    """An organisation known by its own words, an acronym after it, or 'state-run'."""
    before, after = sentence[: run.start], sentence[run.end :]
    words = run.words
    if is_place(run.name) or all(w in _NOT_NAMES for w in words):
        return None
    acronym = _PAREN_ACRONYM.match(after)
    cued = (
        is_organisation_name(words)
        or _is_numbered_body(run.name, after)
        or bool(acronym and acronym.group(1)[0] == run.text[0])
        or bool(_STATE_RUN.search(before))
        or (bool(_PREPOSITION_ORG.search(before)) and _in_role_phrase(before))
    )
    if not cued:
        return None
    return Mention(run.name, "organisation", _org_description(after), run.start)


def _is_numbered_body(name: str, after: str) -> bool:
    """'G7 leaders', 'G20 finance ministers': a numbered code, then the body's members
    (perhaps after one qualifying word)."""
    following = _NEXT_LOWER_WORDS.match(after)
    if not _NUMBERED_CODE.match(name) or following is None:
        return False
    words = [w for w in following.groups() if w]
    return any(w in _MEMBER_NOUNS or is_plural_role_word(w) for w in words)


def _in_role_phrase(before: str) -> bool:
    """'... an economist at ' : the organisation someone works for."""
    words = before.split()[-5:-1]
    return any(is_role_word(w) for w in words)


def _run_mentions(sentence: str, runs: list[_Run], index: int) -> list[Mention]:
    run = runs[index]
    previous = runs[index - 1] if index else None
    following = runs[index + 1] if index + 1 < len(runs) else None
    found: list[Mention] = []
    employed = _employer_split(sentence, run)
    if employed:
        return employed
    split = _title_split(run)
    if split:
        role, name_start, owner = split
        if owner:
            found.append(Mention(owner, "organisation", None, run.start))
        name = " ".join(run.words[name_start:])
        found.append(Mention(name, "person", role, run.word_offset(name_start)))
        return found
    if following:
        found.extend(_possessive(sentence, run, following))
    people = _person_from_context(sentence, run, previous)
    if people:
        return [*found, *people]
    organisation = _organisation(sentence, run)
    return [*found, organisation] if organisation else found


def sentence_mentions(sentence: str) -> list[Mention]:
    """Every cue-backed person and organisation in one sentence, by offset."""
    return list(_sentence_mentions(sentence))


# Quotes read each paragraph with quoted words masked, just before the entity
# pass reads it unmasked: sentences without a quote are the same in both reads,
# so the second read of most sentences is a hit.
@functools.lru_cache(maxsize=4096)
def _sentence_mentions(sentence: str) -> tuple[Mention, ...]:
    runs = _name_runs(sentence)
    found: list[Mention] = []
    for index in range(len(runs)):
        found.extend(_run_mentions(sentence, runs, index))
    return tuple(sorted(found, key=lambda m: m.offset))


def text_mentions(text: str) -> list[Mention]:
    """Mentions in a paragraph, with offsets into the paragraph."""
    return [
        replace(mention, offset=mention.offset + sentence.start) if sentence.start else mention
        for sentence in split_sentences(text)
        for mention in _sentence_mentions(sentence.text)
    ]


def _merge(entities: list[Entity], mention: Mention, line: int) -> None:
    """Add a mention: deduplicated by name, first role wins, a later role fills a gap."""
    if mention.role is not None:
        mention = replace(mention, role=mention.role.strip(" ,;:") or None)
    for i, known in enumerate(entities):
        if known.name == mention.name:
            if known.role is None and mention.role:
                entities[i] = replace(known, role=mention.role)
            return
        if mention.kind == "person" == known.kind and known.name.endswith(f" {mention.name}"):
            return  # A surname alone, once the full name is known.
    entities.append(Entity(mention.name, mention.kind, mention.role, line))


def extract_entities(article: Article) -> Article:
    """Fill ``article.entities`` in order of first mention."""
    entities: list[Entity] = []
    for section in article.all_sections:
        for block in section.blocks:
            for mention in text_mentions(block.text):
                _merge(entities, mention, block.line)
    return replace(article, entities=tuple(entities))
