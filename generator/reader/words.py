"""Word lists the plain-text reader's features and rules share, as data.

Closed classes only (function words, news-section names, the words outlets and
agencies are named with): the reader weighs lines by their shape and context,
and these lists say what a word is, never what a whole line must be.
"""

from __future__ import annotations

import re

from ..wordlist import HONORIFICS as HONORIFIC_WORDS
from ..wordlist import longest_first, words_set

# English function words: their share of a line's words tells prose from labels
# and navigation (jusText's "stop-word density").
STOP_WORDS = words_set(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you
    your yours yourself yourselves said says say will would may might must shall us also
    than while per its it's i'm we're they're don't can't won't isn't since inside among
    across around despite without within upon onto toward towards like unlike whether
    either neither yet still even already much many less least every another several
    however although though whose according next last first one two three many
    """
)

# Words a title case leaves small.
SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of"}
    | {"off", "on", "or", "per", "the", "to", "up", "via", "vs", "with"}
)

# A sentence does not stop on these: a line ending with one runs on (a wrapped
# or link-broken line).
RUN_ON_ENDINGS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or"}
    | {"the", "to", "with", "that", "than", "its", "their", "his", "her", "our", "is"}
    | {"are", "was", "were", "said", "says", "told", "by", "between", "about", "after"}
    | {"but", "while", "which", "who", "whose", "because", "although", "whereas", "including"}
)

# Names of news sections and page kinds: a line made only of these is a label
# (a section link, a breadcrumb), not a headline or a site name.
SECTION_WORDS = words_set(
    """
    home news nation world business markets market economy economics politics policy opinion
    analysis features feature commentary explainer explainers industry industries
    industrials technology tech science energy mining metals commodities commodity
    environment climate sport sports life lifestyle culture health asia europe americas
    africa china us uk india australia arctic middle east latin america international
    national local regional latest top stories story press release releases media
    manufacturing auto autos components trade finance investing investment money companies
    company columns column blogs blog video videos podcast podcasts live breaking
    insights research reports report magazine data newsroom updates region
    exclusive sponsored premium explained factbox interview
    alert alerts capabilities practices practice expertise sectors related publications
    e-paper epaper
    """
)

# Words that make a name an outlet's or an organisation's rather than a person's.
OUTLET_WORDS = words_set(
    """
    news times post daily weekly journal herald tribune gazette ledger wire newswire newswires press media
    exchange exchanges desk tracker report review magazine monitor observer chronicle
    telegraph express standard insider today network networks radio tv television
    broadcasting agency service digest bulletin dispatch courier mail star sun voice
    sentinel mirror examiner inquirer guardian newsdesk
    online group inc ltd llc plc limited corp corporation company co gmbh institute
    ministry commission department office bank university council association hour
    notes letter newsletter brief briefing insights watch blog wire forum notebook memo pulse
    messages alerts notices circulars affairs
    zeitung allgemeine rundschau kurier blatt nachrichten tageblatt dagblad krant nieuws
    gazeta gazzetta corriere giornale diario jornal noticias shimbun ilbo sinmun
    newspaper newspapers publications publishing
    """
)

# Plural nouns of the trade that name no person: a tag line or a company's
# name ("Rare Earths", "Critical Minerals", "Lynas Rare Earths") is no writer.
TOPIC_NOUNS = words_set(
    """
    earths minerals elements magnets batteries prices chains vehicles exports imports
    tariffs supplies reserves materials resources commodities metals mines miners
    """
)

# Plural nouns of a public site's menu ("Constituent Services", "Executive
# Orders", "Public Affairs"): no person's name.
MENU_NOUNS = words_set(
    """
    services affairs orders proclamations releases statements boards commissions
    programs programmes agencies offices careers grants permits licensing
    """
)

# News agencies, whose bare name closes a republished story.
AGENCIES = words_set(
    """
    reuters ap afp bloomberg xinhua kyodo yonhap bernama ani pti ians dpa upi anadolu tass
    efe ansa vna antara pna aap cna nhk jiji
    """
)

# News agencies by their full names, which a byline line may hold before a
# place ("Press Trust of India  New Delhi").
AGENCY_NAMES = (
    "press trust of india",
    "united news of india",
    "asian news international",
    "indo-asian news service",
    "associated press",
    "agence france-presse",
    "australian associated press",
    "deutsche presse-agentur",
    "kyodo news",
    "yonhap news agency",
    "xinhua news agency",
    "vietnam news agency",
    "bloomberg news",
    "jiji press",
    "anadolu agency",
    "canadian press",
    "press association",
)

# Press-release distributors named in a dateline ("/PRNewswire/"), by the names
# they go by: a press release's source is its distribution service.
DISTRIBUTORS = {
    "prnewswire": "PR Newswire",
    "pr newswire": "PR Newswire",
    "business wire": "Business Wire",
    "businesswire": "Business Wire",
    "globenewswire": "GlobeNewswire",
    "globe newswire": "GlobeNewswire",
    "accesswire": "ACCESSWIRE",
    "access newswire": "ACCESS Newswire",
    "ein presswire": "EIN Presswire",
    "newsfile": "Newsfile",
    "newsfile corp.": "Newsfile",
    "newsfile corp": "Newsfile",
    "eqs-news": "EQS News",
    "eqs news": "EQS News",
}

# Honorifics and ranks before a byline's name, a retired officer's "(ret.)" with
# them: "Dr. Ellen Marsh", "Cmdr. (ret.) Gareth Pryce", "Colonel Ann Roe".
HONORIFICS = re.compile(
    rf"^(?:{'|'.join(longest_first(w.lower() for w in HONORIFIC_WORDS))})"
    r"\.?\s+(?:\((?:ret|retd|retired)\.?\)\s+)?",
    re.IGNORECASE,
)

# Job titles a byline may carry after the name ("By Sarah Kim, Staff Reporter").
ROLE_WORDS = words_set(
    """
    staff writer reporter correspondent editor editors bureau contributor columnist analyst
    chief senior deputy associate special producer desk leader group investing
    """
)

# Labels of a kind of page or box ("Opinion", "Podcast", "In depth"): a promo's
# kicker, never a heading of the story.
PAGE_KIND_LABELS = frozenset(
    [
        "opinion",
        "explainer",
        "explainers",
        "featured",
        "premium",
        "podcast",
        "podcasts",
        "photos",
        "gallery",
        "galleries",
        "video",
        "videos",
        "newsletter",
        "newsletters",
        "sponsored",
        "promoted",
        "interview",
        "exclusive",
    ]
) | {"in depth", "long read", "the long read", "photo gallery", "watch now", "editor's pick"}


def is_page_kind_label(text: str) -> bool:
    return " ".join(words_of(text)) in PAGE_KIND_LABELS


# Kinds of an official's or a company's document, singular and plural, as a
# newsroom's sections name them ("Fact Sheets", "Briefings & Statements"): a
# section's name in a menu or over the headline, never a writer's.
_RELEASE_KINDS = (
    "fact sheet",
    "press release",
    "news release",
    "media release",
    "joint media release",
    "statement",
    "briefing",
    "speech",
    "proclamation",
    "executive order",
    "readout",
    "backgrounder",
    "media advisory",
    "media note",
    "news story",
    "press statement",
    "announcement",
    "presidential action",
)
# A research body's or a firm's kinds of paper ("Research Briefing", "Policy
# Brief", "Client Alert"): a label over the headline, never the publisher.
_PAPER_KINDS = (
    "research briefing",
    "policy briefing",
    "briefing paper",
    "policy brief",
    "issue brief",
    "research brief",
    "research note",
    "policy paper",
    "working paper",
    "discussion paper",
    "research paper",
    "white paper",
    "client alert",
    "legal alert",
    "insight briefing",
)
RELEASE_KIND_LABELS = frozenset(
    [
        *_RELEASE_KINDS,
        *_PAPER_KINDS,
        *(k + "s" for k in _RELEASE_KINDS + _PAPER_KINDS),
        *("remarks", "speeches", "media advisories"),
        *("briefings statements", "statements releases", "speeches remarks"),
    ]
)


def is_release_kind_label(text: str) -> bool:
    return " ".join(w for w in words_of(text) if w != "and") in RELEASE_KIND_LABELS


# Offices a line under a person's name holds ("Minister for Mines and Critical
# Minerals", "Secretary of State for Trade").
OFFICE_WORDS = words_set(
    """
    minister secretary director president chair chairman chairwoman governor commissioner
    ambassador spokesperson spokesman spokeswoman mayor senator premier treasurer
    undersecretary administrator envoy
    """
)
_OFFICE_MODIFIERS = words_set("deputy assistant acting senior vice shadow federal state former")


def is_office_line(text: str) -> bool:
    """ "Minister for Mines and Critical Minerals": an office and its remit, every
    word but the small ones capitalised."""
    words = text.split()
    while words and words[0].lower() in _OFFICE_MODIFIERS:
        words = words[1:]
    if len(words) < 3 or words[0].lower() not in OFFICE_WORDS or words[1] not in ("for", "of"):
        return False
    return all(w[:1].isupper() or w in ("of", "for", "and", "the", "&") for w in words)


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words_of(text: str) -> list[str]:
    """Lower-case words (letters and digits; apostrophes kept inside a word)."""
    return _WORD.findall(text.lower())


def stop_density(text: str) -> float:
    words = words_of(text)
    return sum(w in STOP_WORDS for w in words) / len(words) if words else 0.0


def is_section_label(text: str) -> bool:
    """ "World News", "Industrials", "Economy - Business", "E-Paper": section
    names only (a hyphenated one too)."""
    return _sections_only(words_of(text)) or (
        "-" in text and _sections_only(words_of(re.sub(r"(?<=\w)-(?=\w)", "", text)))
    )


def _sections_only(found: list[str]) -> bool:
    words = [w for w in found if w not in ("and", "the")]
    return bool(words) and len(words) <= 5 and all(w in SECTION_WORDS for w in words)


def content_stems(text: str) -> set[str]:
    """Content words cut to five letters, for comparing a line with the body."""
    return {w[:5] for w in words_of(text) if w not in STOP_WORDS and len(w) > 2}
