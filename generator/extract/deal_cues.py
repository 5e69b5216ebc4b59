"""What firms do with one another, as cues for a name with no organisation word:
a broker's rating or price target, a supply deal or offtake with a firm, a bank
that lends, an index or report a firm publishes; and a list of firms that
names each one's country first ("Vietnam's VinaMag, India's Kalyan Magnetics").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import is_place
from .name_runs import NameRun

# "Jefferies kept its Hold rating", "KeyBanc also held its Sector Weight rating":
# a broker keeps, moves or starts a rating (the rating's word in any case).
_RATING_KEPT = re.compile(
    r"^\s+(?:also\s+)?(?:kept|held|maintained|reiterated|downgraded|upgraded|initiated)\b"
    r"[^.;]{0,40}?\b(?:rating|coverage|neutral|overweight|underweight|outperform"
    r"|underperform|buy|sell|hold)\b",
    re.I,
)
# "Citi raised its price target on X": what a broker does to a target.
_TARGET_MOVED = re.compile(
    r"^\s+(?:on\s+\w+\s+)?(?:raised|lifted|cut|lowered|trimmed|set)\s+(?:its|their)"
    r"\s+(?:\d{4}\s+)?(?:price\s+)?(?:target|forecast|estimate)s?\b"
)
# "a ten-year supply agreement with X", "signed an offtake with X": only firms and
# bodies sign supply deals (a person signs a contract of employment, a country a
# partnership, so not those).
_DEAL_WITH = re.compile(
    r"\b(?:offtakes?|offtake\s+(?:agreements?|deals?)|supply\s+(?:agreements?|deals?|contracts?)"
    r"|memorand(?:um|a)\s+of\s+understanding)\s+with\s+"
    r"(?:the\s+)?$",
    re.I,
)
# "X and Y will lend a further €35 million": a bank lends; "a loan from KfW".
_LENDS = re.compile(r"^\s+(?:will|would|agreed to|plans to|is to|are to)\s+(?:also\s+)?lend\b")
_LOAN_FROM = re.compile(r"\b(?:loans?|credit\s+lines?)\s+from\s+(?:the\s+)?$", re.I)

# "an index published by Fastmarkets", "a report compiled by X".
_PUBLISHED_BY = re.compile(
    r"\b(?:index|indices|indexes|report|survey|assessment|benchmark)\s+"
    r"(?:published|compiled|produced|calculated)\s+by\s+$",
    re.I,
)


def deal_cued(before: str, after: str) -> bool:
    """Whether the words around a run say a firm does what firms do with others."""
    return bool(
        _RATING_KEPT.match(after)
        or _TARGET_MOVED.match(after)
        or _DEAL_WITH.search(before)
        or _LENDS.match(after)
        or _LOAN_FROM.search(before)
        or _PUBLISHED_BY.search(before)
    )


# A country's possessive in front of a list member: "…, India's " / "and Japan's ".
_POSSESSIVE_AFTER = re.compile(r"^[’']s\s+$")


def without_place_owners(sentence: str, runs: Sequence[NameRun]) -> tuple[NameRun, ...]:
    """The runs without the countries whose possessive stands before a name
    ("India's Kalyan Magnetics"): a list's members are then next to each other."""
    kept: list[NameRun] = []
    for index, run in enumerate(runs):
        following = runs[index + 1] if index + 1 < len(runs) else None
        gap = sentence[run.end : following.start] if following else ""
        if following is not None and is_place(run.name) and _POSSESSIVE_AFTER.match(gap):
            continue
        kept.append(run)
    return tuple(kept)


_PLACE_POSSESSIVE = re.compile(r"(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)[’']s\s+$")


def link_without_owner(link: str) -> str:
    """', India's ' -> ', ': the link between two list members, less the country
    whose possessive opens the second."""
    owner = _PLACE_POSSESSIVE.search(link)
    if owner is None or not is_place(owner.group("place")):
        return link
    return link[: owner.start()]


_ADVERB_OPENER = re.compile(r"^[A-Z][a-z]+ly,")


def opens_as_adverb(sentence: str, run: NameRun) -> bool:
    """'Separately, China's ministry …': an adverb opening the sentence, no name."""
    return run.start == 0 and bool(_ADVERB_OPENER.match(sentence))
