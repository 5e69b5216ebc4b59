"""The words of speech the speaker phrases are read by: the verbs and phrases that
introduce a quotation, the words that may stand between a speaker and the verb
(adverbs, auxiliaries, hedges), the pronouns that stand for a speaker, and what
closes a speaker phrase that is no part of it (a relative clause, an acronym).
"""

from __future__ import annotations

import re

from ..wordlist import words_set

# (a tabloid's verbs too: "Tory MP Sarah Brindley fumed: “…”")
SPEECH_VERBS = words_set(
    """
    said says say told tells declared declares warned warns noted notes argued argues
    added adds stressed stresses wrote writes explained explains insisted insists
    cautioned cautions asked asks replied replies stated claimed claims remarked
    observed commented announced recalled predicted acknowledged admitted conceded
    emphasised emphasized emphasises emphasizes suggested suggests countered concluded
    urged urges vowed pledged tweeted posted saying declaring warning noting arguing
    adding stressing writing explaining insisting cautioning telling stating claiming
    urging spoke speaking fumed fumes blasted blasts raged rages quipped joked
    """
) | words_set(
    # Verbs of a stance a quote may carry: "promised “swift action”".
    "promised promises expects forecasts believes flagged flags"
)
# Phrases that introduce a quotation as a verb does: "Ana Ruiz put it bluntly: “…”".
SPEECH_PHRASES = ("put it",)

# Words that may sit between a speaker and the verb: "he later said", "she has said".
BETWEEN = frozenset(
    {
        "also", "later", "then", "again", "previously", "recently", "earlier", "further",
        "once", "repeatedly", "bluntly", "flatly", "simply", "has", "had", "have", "was",
        "is", "would", "will", "could", "did", "does", "as", "reportedly", "publicly",
    }
)  # fmt: skip
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
PERSONAL_PRONOUNS = frozenset({"he", "she"})

SPEECH_VERB = re.compile(rf"\b(?:{'|'.join(sorted({*SPEECH_VERBS, *SPEECH_PHRASES}))})\b")
# Words between a speaker and the verb that hedge it: "Deng Xiaoping is said to have
# told", "she is reported to have said".
# A habit of saying is no part of the speaker either: "Jonas Lindqvist likes to say",
# "Pieter Lund keeps saying".
HEDGE = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:said|reported|believed|understood|thought|known)"
    r"\s+to\s+have\s*$"
    r"|\s+(?:likes|liked|loves|loved|tends|tended|used)\s+to\s*$"
    r"|\s+(?:keeps|kept|keep)\s*$"
)
# The writer's own talk in a clause of time: "put it bluntly when we spoke to her:"
# (its verb is not the speaker's).
WRITERS_TALK = re.compile(r"\b(?:when|as|after|before|while)\s+(?:we|I)\s+$")
# A who-clause whose verb is the speech: "Senator Ronald Pike, who opened by saying".
WHO_SPEAKS = re.compile(r",\s+who\s+(?:[a-z]+\s+){0,2}?(?:by\s+)?$")
# A relative clause after an unnamed speaker: "A former USTR official who worked on
# the first round of tariffs put it bluntly", "An expert … who asked not to be named said".
RELATIVE_TAIL = re.compile(r"\s+(?:who|whom)\s+[^,;:“”\"]{1,80}$")
# An acronym in brackets closing the phrase: "the International Energy Agency (IEA)".
TRAILING_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z]{1,9}\)\s*$")
# A relative clause in commas: ", which listed on the Nasdaq in 2020,".
_RELATIVE_CLAUSE = r",\s+(?:which|who|whose)\s[^,;:“”\"]{1,120},"
# A relative clause in commas between a speaker and the verb: "The company, which
# listed on the Nasdaq in 2020, said".
RELATIVE_COMMAS = re.compile(rf"{_RELATIVE_CLAUSE}\s*$")


def without_relative_clause(text: str) -> str:
    """The phrase before a verb without its relative clause in commas; after an
    apposition the clause's first comma stays ("NAME, boss of X, which makes
    parts, said" reads as "NAME, boss of X, said")."""
    clause = RELATIVE_COMMAS.search(text)
    apposed = clause is not None and "," in text[: clause.start()]
    return RELATIVE_COMMAS.sub(", " if apposed else "", text)


# The documents a body issues, and the words that tie one to the body: one
# pattern part each, shared by the three readings of a document below.
_DOCUMENTS = (
    "statement", "report", "note", "filing", "release", "notice", "letter", "paper",
    "document", "study", "survey", "announcement",
)  # fmt: skip
_DOCUMENT = "|".join(_DOCUMENTS)
# (A survey is not read as speaking "from" a body: "The survey from …" stays out.)
_DOCUMENT_NOT_SURVEY = "|".join(noun for noun in _DOCUMENTS if noun != "survey")
# A document's determiner and up to two words before the noun: "a new report".
_DOCUMENT_OPENING = r"\s+(?:[\w-]+\s+){0,2}?"
_FROM_BODY = r"\s+(?:from|by|of|issued by)\s+"
# A document before the body that issued it: "according to a statement from the
# Ministry of Commerce", "according to a report by the agency".
ISSUED_BY = re.compile(rf"^(?:a|an|the|its|their){_DOCUMENT_OPENING}(?:{_DOCUMENT}){_FROM_BODY}")
# A document with the body that issued it in commas, speaking: "The report,
# published by the Energy Transitions Commission, warns".
PUBLISHED_BY = re.compile(
    rf"(?:^|\s)(?:the|a|an|its){_DOCUMENT_OPENING}(?:{_DOCUMENT}),\s+(?:published|issued"
    r"|released|written|compiled|prepared|commissioned)\s+by\s+(?P<body>[^,;:]{3,100}),\s*$",
    re.I,
)
DETERMINERS = frozenset({"a", "an", "the", "one", "another"})
# An apposition closing the words before a verb: "Tu Xinquan, director of X,".
TRAILING_APPOSITION = re.compile(r",[^,]{1,160},\s*$")
EDGE = " ,;:—–-\u00a0"
# An aside on why the speaker goes unnamed, between the speaker and the verb: "A
# senior official, speaking on condition of anonymity, said" (no speech of its own).
ANONYMITY_ASIDE = re.compile(
    r",\s*(?:speaking|talking)\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity"
    r"|anonymously|privately|on\s+background)\b[^,]{0,60},\s*"
)
# A relative clause in commas after the speaker, anywhere: '“…,” one executive, who
# asked not to be named, told the newspaper' (its "asked" is not the speech verb).
RELATIVE_INSIDE = re.compile(_RELATIVE_CLAUSE)
# A document and the body it came from: "The statement from the ministry said".
DOCUMENT_FROM = re.compile(
    rf"^(?:the|a|an|its|their){_DOCUMENT_OPENING}(?:{_DOCUMENT_NOT_SURVEY}){_FROM_BODY}(?P<body>.{{3,100}})$",
    re.I,
)
# A judge named by the court's style of address, as a pronoun is: "his Honour wrote
# in dissent" is "he wrote" (not "his Honour's view", a possessive).
HONOUR_REFERENCE = re.compile(r"\b([Hh]is|[Hh]er)\s+Hono(?:u)?r\b(?![’'])")


_HONOUR_PRONOUNS = {"his": "he", "her": "she", "His": "He", "Her": "She"}


def plain_pronouns(text: str) -> str:
    """'his Honour wrote' -> 'he wrote', 'Her Honour said' -> 'She said'."""
    return HONOUR_REFERENCE.sub(lambda m: _HONOUR_PRONOUNS[m.group(1)], text)


# A member's party and state or seat after the name, which stands between the name
# and its verb or its role: "Jane Roe (R-Texas) said", "Rep. Jane Roe (D-Calif.),
# ranking member …", "Sen. Jane Roe, R-Wyo., said".
PARTY_AFFILIATION = re.compile(
    r"\s\((?:[RDI]|Lab|Con|LD|SNP|Ind|Green|Lib|ALP|NDP)\s?[-–]\s?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\)"
    r"|,\s[RDI]-[A-Z][a-z]{1,5}\.?(?=,)"
    # A European Parliament member's group and country: "Ingrid Vaszary (EPP, HU)".
    r"|\s\((?:EPP|S&D|Renew|Greens/EFA|ECR|ID|PfE|ESN|GUE/NGL|The Left|NI),\s?[A-Z]{2}\)"
    # An age, or where a photo shows them: "Jane Doe, 54, a partner at …", "Jane Doe
    # (pictured), chief executive of …".
    r"|,\s[1-9]\d(?=,\s)|\s\((?:pictured|left|right|centre|center|above|below|inset)\)"
)


def plain_speech(text: str) -> str:
    """The words around a quote with a judge's style as a pronoun and a member's
    party off: "his Honour wrote" -> "he wrote", "Jane Roe (R-Texas) said" -> "Jane
    Roe said"."""
    return PARTY_AFFILIATION.sub("", plain_pronouns(text))
