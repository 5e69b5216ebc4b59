"""Shapes of the lines around a headline: its copy with the site's name after it
or at the end of a breadcrumb trail, a standfirst under it, the line a badge
took, a site's name over its tagline, a writer's name or office, and a label
under a box of key points."""

from __future__ import annotations

import re

from .features import repeat_key, similarity
from .headings import is_title_cased
from .interface import is_furniture_word
from .issuer import issuer_core
from .job_titles import is_job_title
from .names import is_person
from .reading import (
    BADGE_RULES,
    SHORT_TITLE_WORDS,
    TAGLINE,
    TITLE_MAX_WORDS,
    Reading,
    credit_line,
    names_prose_words,
    over_meta,
)
from .words import is_office_line, is_section_label, words_of


def variant_of(text: str, title: str) -> str | None:
    """The suffix when ``text`` is ``title`` with a site or section name after it
    ("Headline – Commodities – The Ore Observer": the section between them;
    "*Headline* - Outlet https://…": a chat's share, its link after)."""
    key = repeat_key(title)
    unlinked = _SHARED_LINK.sub("", text)
    for separator in (" - ", " – ", " — ", " | ", " :: ", " · "):
        # "Mining Herald - Headline": the site's name first.
        prefix, sep, rest = text.partition(separator)
        if sep and repeat_key(rest) == key and 0 < len(prefix.split()) <= VARIANT_SUFFIX_MAX_WORDS:
            return prefix.strip()
        head, sep, suffix = unlinked.rpartition(separator)
        if not sep or not 0 < len(suffix.split()) <= VARIANT_SUFFIX_MAX_WORDS:
            continue
        inner, middle_sep, middle = head.rpartition(separator)
        section = middle_sep and len(middle.split()) <= VARIANT_SECTION_MAX_WORDS
        if repeat_key(head) == key or (section and repeat_key(inner) == key):
            return None if _FILE_LABEL.search(suffix) else suffix.strip()
    return None


# "Headline – CSV (1.2 MB)": a download's format and size, no site's name.
_FILE_LABEL = re.compile(
    r"^\W*(?:pdf|csv|xlsx?|excel|docx?|word|zip|json|xml|ods|odt|pptx?|epub)\b"
    r"|\b\d+(?:[.,]\d+)?\s?(?:kb|mb|gb)\b",
    re.IGNORECASE,
)


VARIANT_SUFFIX_MAX_WORDS = 6
VARIANT_SECTION_MAX_WORDS = 3
_SHARED_LINK = re.compile(r"\s+https?://\S+$")


TRAIL_STEPS = (" » ", " › ", " > ", " / ", " | ")


def ends_trail(text: str, title: str) -> bool:
    """ "Home » Commodities » Headline": a breadcrumb trail ending with the
    headline printed under it."""
    for step in TRAIL_STEPS:
        head, sep, last = text.rpartition(step)
        if sep and head.strip() and repeat_key(last) == repeat_key(title):
            return True
    return False


def taken_by_a_badge(reading: Reading, stop: int) -> list[int]:
    """With no line left to be the headline: the headline-shaped line straight
    under a badge, which the badge took as a box of links."""
    found = []
    for index in range(1, stop):
        feats = reading.features[index]
        if (
            reading.blocks[index - 1].rule not in BADGE_RULES
            or reading.blocks[index].kind != "text"
        ):
            continue
        if SHORT_TITLE_WORDS <= feats.words <= TITLE_MAX_WORDS and not feats.ends_sentence:
            found.append(index)
    return found


def standfirst_shaped(reading: Reading, index: int) -> bool:
    """A standfirst reads as a sentence; a line in title case with a short line
    above it is the headline under a label ("Energy Security Program"), but
    under a long headline in title case, at least as long as it (an office's
    or a company's name over a headline is shorter), its standfirst."""
    text = reading.blocks[index].text
    above = reading.blocks[index - 1].text if index > 0 else ""
    upper = reading.features[index - 1].words
    longest = max(TITLE_CASED_HEADLINE_WORDS, reading.features[index].words)
    title_cased_pair = upper >= longest and is_title_cased(above)
    return reading.features[index].ends_sentence or not is_title_cased(text) or title_cased_pair


# A line in title case this long is a headline, not a label over one.
TITLE_CASED_HEADLINE_WORDS = 6


# How much better a standfirst may score than the line above it that is the
# headline: more when that line is a long one in title case over one in
# sentence case ("Sierra Antimony Secures … Contract" over "Five-year contract
# worth up to $61 million; …"), the way releases set them.
STANDFIRST_MARGIN = 1.0
TITLE_CASE_OVER_SENTENCE_MARGIN = 1.5


def standfirst_margin(reading: Reading, before: int, best: int) -> float:
    above, under = reading.blocks[before].text, reading.blocks[best].text
    if (
        reading.features[before].words >= TITLE_CASED_HEADLINE_WORDS
        and is_title_cased(above)
        and not is_title_cased(under)
    ):
        return TITLE_CASE_OVER_SENTENCE_MARGIN
    return STANDFIRST_MARGIN


def site_banner(reading: Reading, index: int) -> bool:
    """The first line of text: a title-cased name, then a lower-case tagline; or
    the tagline on a line of its own under the name (``tagline_under_name``)."""
    first = next((i for i, b in enumerate(reading.blocks) if b.kind == "text"), None)
    if first is not None and index == first + 1:
        return tagline_under_name(reading, index)
    if index != first:
        return False
    text = reading.blocks[index].text
    if masthead_in_capitals(text):
        return True
    parts = TAGLINE.split(text, maxsplit=1)
    return (
        len(parts) == 2
        and len(parts[0].split()) <= 5
        and is_title_cased(parts[0])
        and parts[1][:1].islower()
    )


# "FORMOSA WIRE  Taiwan News in English", "THE TOKYO ECONOMIC JOURNAL  English
# Edition": a name in capitals, then its tagline or edition in other case.
_CAPITALS_NAME = re.compile(
    r"(?P<name>(?:[A-Z][A-Z&'’.-]{2,}\s+){1,4}[A-Z][A-Z&'’.-]{2,})\s+(?P<rest>\S.*)"
)
MASTHEAD_MAX_REST_WORDS = 6


def masthead_in_capitals(text: str) -> bool:
    """A site's name in capitals (two to five words of three letters or more:
    not "US" or "EU" opening a headline) with a short line in other case after
    it (its tagline or edition), on the page's first line."""
    match = _CAPITALS_NAME.fullmatch(text.strip())
    if match is None:
        return False
    rest = match["rest"].split()
    return (
        len(rest) <= MASTHEAD_MAX_REST_WORDS
        and not rest[0].isupper()
        and not ends_with_sentence(match["rest"])
    )


def ends_with_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in ".!?"


def tagline_under_name(reading: Reading, index: int) -> bool:
    """ "The Ore Ledger" over "Notes on mining, metals and money", a blank line
    under them, and the headline with its byline further down: the site's name
    and tagline. A line in sentence case, no sentence, with the name above it in
    its run and nothing under it there, not over a byline or date itself."""
    name, block = reading.blocks[index - 1], reading.blocks[index]
    feats = reading.features[index]
    # Nothing under it in its run but the site's menu ("Menu", "Home", …).
    ends_run = (
        index + 1 >= len(reading.blocks)
        or reading.blocks[index + 1].run != block.run
        or reading.blocks[index + 1].rule in MENU_RULES
    )
    shaped = (
        name.run == block.run
        and ends_run
        and 2 <= len(name.text.split()) <= TAGLINE_NAME_MAX_WORDS
        and is_title_cased(name.text)
        # "Industrials" over the headline: a section's kicker, not a site's name.
        and not is_section_label(name.text)
        and not is_title_cased(block.text)
        and not feats.ends_sentence
    )
    if not shaped or over_meta(reading, index):
        return False
    return any(
        over_meta(reading, other) and reading.features[other].words >= SHORT_TITLE_WORDS
        for other in range(index + 1, reading.lead if reading.lead is not None else 0)
    )


TAGLINE_NAME_MAX_WORDS = 5
# The lines that open a site's menu ("Menu", "Sign in", a row of sections).
MENU_RULES = frozenset({"account", "navigation", "spaced_menu"})


def names_a_writer(reading: Reading, index: int) -> bool:
    """A job title ("Asia Correspondent"), an office ("Minister for Mines"), or
    a person's name alone ("Ann Lee": two or three words, no article first, none
    of them common in the story): a byline's line, never the headline."""
    text = reading.blocks[index].text
    if is_job_title(text) or is_office_line(text) or _job_under_a_name(reading, index):
        return True
    words = text.split()
    return (
        len(words) < SHORT_TITLE_WORDS
        and words[0].lower() not in _ARTICLES
        and is_person(text)
        and not names_prose_words(reading, text)
    )


def names_an_issuer(reading: Reading, index: int) -> bool:
    """An issuing body's name on a line of its own that the story's sentences
    name too ("Office of Manufacturing and Energy Supply Chains" over the date,
    "made through the Office of …" below; "U.S. Department of the Interior" as
    the masthead, "The Department of the Interior today …"): the release's
    issuer, never its headline."""
    core = issuer_core(reading.blocks[index].text.strip())
    if core is None:
        return False
    return any(
        core in block.text and (reading.features[later].prose or reading.features[later].sentence)
        for later, block in enumerate(reading.blocks[index + 1 :], start=index + 1)
    )


_ARTICLES = frozenset({"a", "an", "the"})
# "Partner at Vistula Resource Capital", "Head of Research at Ore Street": a job
# at an employer, in title case on both sides of "at".
_TITLED = r"[A-Z][\w'’.&-]*"
_JOB_AT = re.compile(
    rf"{_TITLED}(?:\s+(?:{_TITLED}|of|and|&)){{0,4}}\s+at\s+{_TITLED}(?:\s+(?:{_TITLED}|of|and|&)){{0,5}}"
)


def _job_under_a_name(reading: Reading, index: int) -> bool:
    """A job at an employer on the line under a person's name: the writer's
    credit, never the headline; a profile's line too, the job first among
    its parts ("Chief Risk Officer at Norrland | Board member | Speaker")."""
    above = index - 1
    job = reading.blocks[index].text.split(" | ")[0]
    return (
        above >= 0
        and reading.blocks[above].kind == "text"
        and is_person(reading.blocks[above].text)
        and _JOB_AT.fullmatch(job.strip()) is not None
    )


def under_points(reading: Reading, index: int) -> bool:
    """A key-points label and a point of its box above the line."""
    header = next((i for i in range(index) if reading.blocks[i].kind == "highlights_header"), None)
    return header is not None and any(
        reading.blocks[i].kind == "bullet" for i in range(header + 1, index)
    )


def over_name_and_date(reading: Reading, index: int) -> bool:
    """A writer's name, then a date, under the line ("Ann Lee" / "June 3, 2025")."""
    name, date = index + 1, index + 2
    return (
        date < len(reading.blocks)
        and credit_line(reading, name) is not None
        and reading.labels[date] == "meta"
    )


# A headline shares this much of its words with its story at least.
HEADLINE_MIN_SIMILARITY = 0.2


def another_storys(reading: Reading, index: int, best: int, body: set[str]) -> bool:
    """A headline shares words with its story; another story's, above the
    headline that does, shares none."""
    own = similarity(reading.blocks[index].text, body)
    return own < HEADLINE_MIN_SIMILARITY <= similarity(reading.blocks[best].text, body)


def only_furniture(text: str) -> bool:
    """Only the page's furniture ("4 min", "Share"): no headline."""
    return all(w.isdigit() or is_furniture_word(w) for w in words_of(text))
