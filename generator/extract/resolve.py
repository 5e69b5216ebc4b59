"""One entity per real thing in an article, and every speaker by that entity's name.

Runs after quotes and entities: the publication itself (this site, the outlet
the article came from) is no entity of its own article; short forms are merged
into the full name (``aliases.py``); a speaker given as a short form, with a
title run into the name, or as "the ministry" is named as the entity is; and a
person who is quoted by name is one of the article's people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Article, Entity, EntityKind, Quote
from .aliases import merge_aliases, organisation_alias, person_alias, without_honorific
from .lexicon import (
    NEVER_ALONE,
    ORG_HEADS,
    is_family_first_name,
    is_organisation_name,
    is_organisation_word,
    is_person_name,
    is_place,
)
from .lone_surnames import titled_surname, titled_surnames
from .names import OFFICE_WORDS, UPPER
from .story_people import not_the_author
from .unnamed import earlier_body, is_body, later_mention

# The site's own names: it publishes the analysis, it is not in the news it reads.
PUBLICATION_NAMES = ("Rare Earth Exchanges", "REEx", "Rare Earth Exchanges — Analysis")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


# Words of a news outlet's name ("Asia Times", "Xinhua News Agency", "Argus Media").
_PRESS_WORDS = frozenset(
    {"Times", "Journal", "Post", "News", "Daily", "Herald", "Tribune", "Gazette", "Press"}
) | frozenset({"Network", "Media", "Broadcasting", "Newswire", "Wire", "Review", "Weekly"})


def issues_its_own_news(source: str) -> bool:
    """A source that is a body or a company issuing its own release ("U.S. Department
    of Energy", "Coolabah Valley Resources Limited"), not a news outlet: it is in
    the news it publishes."""
    words = tuple(source.split())
    return is_organisation_name(words) and not any(w in _PRESS_WORDS for w in words)


def publication_names(article: Article) -> frozenset[str]:
    """This site's names, the article's outlet and the outlet's initials, folded (a
    body publishing its own release is in its news, and stays)."""
    names = {*PUBLICATION_NAMES}
    if article.source_name and not issues_its_own_news(article.source_name):
        names.add(article.source_name)
        if len(article.source_name.split()) > 1:
            names.add(_initials(article.source_name))
    return frozenset(n.casefold() for n in names)


def _not_publication(entities: Sequence[Entity], publication: frozenset[str]) -> list[Entity]:
    return [e for e in entities if e.name.casefold() not in publication]


def _clean_names(entities: Sequence[Entity]) -> list[Entity]:
    return [replace(e, name=without_honorific(e.name)) for e in entities]


def _named(entities: Sequence[Entity], speaker: str) -> str | None:
    """The entity a speaker names: exactly, by an alias, or at the end of a longer
    phrase ('Pastoralist Jenny McKellar', 'Dr Amira Haddad')."""
    for entity in entities:
        if speaker == entity.name or speaker in entity.aliases:
            return entity.name
    people = [e for e in entities if e.kind == "person"]
    tail = [p.name for p in people if len(p.name.split()) > 1 and speaker.endswith(f" {p.name}")]
    short = [p.name for p in people if person_alias(speaker, p.name)]
    # "The MIIT said": an acronym no cue made an entity, of a body named in full.
    spelled = [
        e.name
        for e in entities
        if e.kind == "organisation" and speaker.isupper() and organisation_alias(speaker, e.name)
    ]
    for found in (tail, short, spelled):
        if len(set(found)) == 1:
            return found[0]
    return None


# Words for a company that its name need not hold ("the company" of "Coral Bay Nickel",
# "the bank" of "Carrow Brothers & Co.").
_COMPANY_NOUNS = frozenset({"company", "firm", "group", "miner", "producer", "bank"})


def _body(entities: Sequence[Entity], speaker: str, line: int) -> str | None:
    """'the ministry' -> the last ministry named before the quote (or, failing
    that, the only one named at all)."""
    head = speaker.split()[-1].capitalize()
    bodies = [e for e in entities if e.kind == "organisation" and head in e.name.split()]
    if not bodies and head.lower() in _COMPANY_NOUNS:
        # "The plant's operator, Coral Bay Nickel Corp., said …, the company said":
        # the company is the last organisation named that is no public body.
        bodies = [
            e for e in entities if e.kind == "organisation" and not ORG_HEADS & set(e.name.split())
        ]
    if not bodies:
        # "Chile's Servicio de Evaluación Ambiental (SEA) rejected …. The agency said":
        # a public body named in the same paragraph, whatever its name's language.
        bodies = [
            e
            for e in entities
            if e.kind == "organisation" and e.line == line and ORG_HEADS & set(e.name.split())
        ]
    before = [e for e in bodies if e.line <= line]
    if before:
        return max(before, key=lambda e: e.line).name
    return bodies[0].name if len(bodies) == 1 else None


def _without_place_owner(speaker: str, entities: Sequence[Entity]) -> str:
    """ "China's Ministry of Commerce" -> 'Ministry of Commerce', the entity's name."""
    owner, _, rest = speaker.partition(" ")
    place = owner.removesuffix("’s").removesuffix("'s")
    if place == owner or not is_place(place):
        return speaker
    named = any(rest == e.name or rest in e.aliases for e in entities)
    return rest if named or is_organisation_name(tuple(rest.split())) else speaker


def _office_word(word: str) -> bool:
    return word in OFFICE_WORDS or word.removesuffix("s") in OFFICE_WORDS


def _person_at_end(speaker: str) -> str:
    """'Mines Letícia Barros' (the end of a minister's title) -> 'Letícia Barros'."""
    words = speaker.split()
    for i in range(1, len(words) - 1):
        if not _office_word(words[i - 1]):
            break
        rest = tuple(words[i:])
        if not _office_word(words[i]) and (is_person_name(rest) or is_family_first_name(rest)):
            return " ".join(rest)
    return speaker


def _without_the(speaker: str, entities: Sequence[Entity]) -> str:
    """'The European Commission' -> 'European Commission', the name it goes by."""
    rest = speaker.removeprefix("The ").removeprefix("the ")
    named = rest != speaker and any(rest == e.name or rest in e.aliases for e in entities)
    return rest if named or (rest != speaker and rest[:1].isupper()) else speaker


def resolve_speaker(speaker: str | None, entities: Sequence[Entity], line: int) -> str | None:
    """A speaker as the article's entities name them; unknown ones as written."""
    if speaker is None:
        return None
    clean = _person_at_end(_without_the(without_honorific(speaker), entities))
    clean = _without_place_owner(clean, entities)
    if clean in NEVER_ALONE and is_body(f"the {clean.lower()}"):
        clean = f"the {clean.lower()}"  # "The Department said": the department named before.
    if is_body(clean):
        return _body(entities, clean, line) or speaker
    return _named(entities, clean) or clean


# A family name written first, then a hyphenated given name: "Park Min-jun".
_HYPHENATED_GIVEN = r"\s+[{upper}][a-z]+-[a-z]+\b"


def _family_first(texts: Sequence[str], word: str) -> str | None:
    """'Park' -> 'Park Min-jun' where the article writes the name in full, family first."""
    pattern = re.compile(rf"\b{re.escape(word)}{_HYPHENATED_GIVEN.format(upper=UPPER)}")
    return next((m.group() for text in texts if (m := pattern.search(text))), None)


def _full_name(texts: Sequence[str], word: str) -> str | None:
    """'Calloway' -> 'Ruth Calloway' where the article writes the name in full."""
    family_first = _family_first(texts, word)
    if family_first:
        return family_first
    pattern = re.compile(rf"((?:[{UPPER}][\w’'-]*\s+){{1,3}}){re.escape(word)}\b")
    for text in texts:
        for match in pattern.finditer(text):
            words = tuple(match.group().split())
            while words and not is_person_name(words):
                words = words[1:]
            name = without_honorific(" ".join(words))  # "Honourable Jane Roe"
            if len(name.split()) > 1:
                return name
    return None


def _with_full_names(quotes: Sequence[Quote], texts: Sequence[str]) -> tuple[Quote, ...]:
    """Surnames as full names, and 'the official' as the unnamed official before."""
    named: list[Quote] = []
    for quote in quotes:
        speaker = quote.speaker
        if speaker and len(speaker.split()) == 1 and speaker[:1].isupper():
            speaker = _full_name(texts, speaker) or speaker
        elif speaker and titled_surname(speaker):
            # "Minister Ashdown said" on a page that names "The Hon. Rebecca Ashdown MP".
            speaker = _full_name(texts, str(titled_surname(speaker))) or speaker
        elif speaker:
            before = [q.speaker for q in named if q.speaker]
            speaker = later_mention(speaker, before) or earlier_body(speaker, before) or speaker
        named.append(replace(quote, speaker=speaker))
    return tuple(named)


def _quoted_people(
    quotes: Sequence[Quote], entities: Sequence[Entity], texts: Sequence[str] = ()
) -> list[Entity]:
    """People quoted by full name whom no other cue introduced; a name closing on an
    organisation's word ("Corvallis Photonics"), or one that speaks of itself as
    "it" ("Selat Mas said in a statement that it had …"), is an organisation's."""
    known = {e.name for e in entities} | {a for e in entities for a in e.aliases}
    found: dict[str, Entity] = {}
    for quote in quotes:
        name = quote.speaker
        words = tuple(name.split()) if name else ()
        named = is_person_name(words) or is_family_first_name(words)
        if name and name not in known and len(words) > 1 and named:
            body = is_organisation_word(words[-1]) or _speaks_as_it(name, texts)
            kind: EntityKind = "organisation" if body else "person"
            found.setdefault(name, Entity(name, kind, None, quote.line))
    return list(found.values())


def _speaks_as_it(name: str, texts: Sequence[str]) -> bool:
    """'NAME said in a statement that it had …': a body, speaking of itself as "it"."""
    pattern = re.compile(
        rf"\b{re.escape(name)}\s+(?:said|says|stated|added)\b[^.;“”\"]{{0,40}}?\bthat\s+its?\s"
    )
    return any(pattern.search(text) for text in texts)


# A short name the text defines in brackets after the full one: "Ministry of Commerce
# (MOFCOM)", 'Kalgoorlie Rare Metals Ltd ("KRM" or "the Company")'.
_DEFINED = r"\s*\(\s*[\"“]?([A-Z][A-Za-z&]{1,11})[\"”]?\s*(?:\)|,|or\b|;)"
# A ticker between them: 'Ferrovia Corp. (TSXV: FCM) ("Ferrovia")'.
_TICKER = r"(?:\s*\((?:[A-Z]+|Nasdaq)(?:-[A-Z]+|\s[A-Z][a-z]+)?:\s*[A-Z.]+\))*"
# The common noun defined beside it: '("Ferrovia" or the "Company")'.
_DEFINED_NOUN = r"\s*\([^()]{0,60}?\bthe\s+[\"“]([A-Z][a-z]{2,15})[\"”]\s*\)"


def _defined_short_names(entities: Sequence[Entity], texts: Sequence[str]) -> list[Entity]:
    """An organisation named by the short form the text defines for a named one is
    that one (its alias), whatever its initials spell."""
    full = [e for e in entities if e.kind == "organisation" and len(e.name.split()) > 1]
    defined: dict[str, str] = {}
    for entity in full:
        for defining in (_DEFINED, _DEFINED_NOUN):
            pattern = re.compile(re.escape(entity.name) + _TICKER + defining)
            for text in texts:
                for match in pattern.finditer(text):
                    defined.setdefault(match.group(1), entity.name)
    kept: list[Entity] = []
    for entity in entities:
        owner = defined.get(entity.name) if entity.kind == "organisation" else None
        if owner is None:
            kept.append(entity)
    return [
        replace(
            e, aliases=tuple(sorted({*e.aliases, *(s for s, f in defined.items() if f == e.name)}))
        )
        if e.name in defined.values()
        else e
        for e in kept
    ]


def resolve_entities(article: Article) -> Article:
    """The article's entities merged and its speakers named as they are."""
    texts = [b.text for section in article.all_sections for b in section.blocks]
    entities = _clean_names(_not_publication(article.entities, publication_names(article)))
    merged = merge_aliases(_defined_short_names(entities, texts))
    quotes = tuple(
        replace(q, speaker=resolve_speaker(q.speaker, merged, q.line)) for q in article.quotes
    )
    # "said Varga" in a report "by Dr. Ilse Varga and Marcus Penn": one of its authors.
    quotes = _with_full_names(quotes, [*texts, *([article.author] if article.author else [])])
    people = titled_surnames(merge_aliases([*merged, *_quoted_people(quotes, merged, texts)]))
    quotes = tuple(replace(q, speaker=resolve_speaker(q.speaker, people, q.line)) for q in quotes)
    people = tuple(not_the_author(people, quotes, article.author))
    return replace(article, entities=people, quotes=quotes)
