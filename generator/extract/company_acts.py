"""What only a company does, around a name with no organisation word.

Shares that rise, a founding or a listing, what only a company owns ("Rotora's
last funding round"), a round it leads or a plant it runs, a part or partner of
another company, "said it would …" of a name that is no person's, a place in a
list after the plural of a kind ("miners like Lynas"), the source of figures, a
deal with a firm (`deal_cues`), and a broker's rating: each a cue that
`org_context` reads the name as an organisation by.
"""

from __future__ import annotations

import re

from ..wordlist import longest_first
from .deal_cues import deal_cued
from .lexicon import KIND_NOUNS, is_person_name
from .name_runs import NameRun

# What a company does and a person does not.
_COMPANY_ACT = re.compile(
    r"^(?:’s|'s)?\s+shares\b"
    r"|^,\s+(?:which\s+was\s+)?(?:founded|established|set up|spun off)\b"
    r"|^\s+(?:went bankrupt|filed for bankruptcy|went public|was delisted)\b"
)
# What only a company owns: "Rotora's last funding round" (a town has plants too:
# "Narva's oil shale power plants").
_COMPANY_ASSETS = (
    "subsidiary|subsidiaries|funding round|offtake|listing|share price|market value"
    "|balance sheet|order book|flowsheet|shareholders|board of directors"
)
_OWNS_ASSET = re.compile(rf"^(?:’s|'s)\s+(?:[\w-]+\s+){{0,3}}?(?:{_COMPANY_ASSETS})\b")
# Who leads a round of funding, or runs a plant: "a round led by Stellwerk Ventures",
# "an alumina refinery in Greece run by Helion Metallurgy".
_LED_OR_RUN_BY = re.compile(
    r"\b(?:(?:round|placement|offering|financing)\s+(?:was\s+)?led"
    r"|(?:plant|refinery|smelter|factory|mine|mill)\b[^.;]{0,40}?\b(?:run|operated|owned))"
    r"\s+by\s+$"
)
# A company's part or its partners: "the trading arm of Toyota Motor", "a joint
# venture between Tasman Lithium and …".
PARTS = frozenset({"arm", "unit", "subsidiary", "affiliate", "division", "parent"})
_PART_OF = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(PARTS))})\s+of"
    r"|joint\s+venture\s+(?:between|of|with))\s+(?:the\s+)?$"
)
# A body announcing what it will do speaks of itself as "it" ("X said it would …";
# a person says "he" or "she"); a name of two words or more that is no person's.
_SAID_IT_WILL = re.compile(
    r"^\s+(?:said|says|announced|confirmed)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?it\s+"
    r"(?:would|will|had|has|planned|plans|expected|expects|aimed|aims|intended|intends)\b"
)
_SHARES_OF = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+$")
# What an analyst does to a rating, after the firm's name ("X downgraded …", and
# "X initiated …" coverage) or before it ("… was downgraded by X").
_RATING_VERBS = "downgraded|upgraded|rated|reiterated|kept"
_RATING_ACT = re.compile(rf"^\s+(?:{_RATING_VERBS}|initiated)\b")
_RATED = re.compile(rf"\b(?:{_RATING_VERBS})\s+$")
_RATINGS = re.compile(
    r"\b(?:neutral|overweight|underweight|outperform|underperform|buy|sell|hold)\b"
)
# A list of companies after the plural of their kind: "Automakers including Tesla,
# Ford and Toyota", "Western miners like Lynas and Iluka".
_KINDS_PLURAL = "|".join(longest_first(f"{noun}s" for noun in KIND_NOUNS))
_KIND_LIST_BEFORE = re.compile(
    rf"\b(?:{_KINDS_PLURAL}),?\s+(?:including|such as|like|among them|notably|especially)\s+$",
    re.I,
)
# Where figures come from: "data from Fastmarkets", "prices compiled by Asian Metal".
_SOURCE_BEFORE = re.compile(
    r"\b(?:data|figures|estimates|statistics|prices|quotes|forecasts?)\s+"
    r"(?:from|by|compiled by|published by|provided by)\s+$",
    re.I,
)


def act_cued(sentence: str, run: NameRun) -> bool:
    before, after = sentence[: run.start], sentence[run.end :]
    if _COMPANY_ACT.match(after) or _SHARES_OF.search(before) or _OWNS_ASSET.match(after):
        return True
    if _SAID_IT_WILL.match(after) and len(run.words) > 1 and not is_person_name(run.words):
        return True  # "FTSE Russell said it would move …": a body speaks of itself as "it".
    if _PART_OF.search(before):
        return True
    if _LED_OR_RUN_BY.search(before) and not is_person_name(run.words):
        return True
    if _KIND_LIST_BEFORE.search(before) or _SOURCE_BEFORE.search(before):
        return True
    if deal_cued(before, after):
        return True
    # "UBS downgraded Vexal to neutral": the broker and the company it rates.
    rated = _RATING_ACT.match(after) or _RATED.search(before)
    return bool(rated and _RATINGS.search(after))
