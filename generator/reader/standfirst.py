"""What a standfirst is made of, beside the headline pass's reading of it: a
short phrase under a long headline, a "Summary" label over one paragraph; and
what is none: the story's tags run together, a writer's job or profile line."""

from __future__ import annotations

import re

from .body_points import MIN_POINTS
from .datelines import split_dateline
from .ending import is_author_note
from .headings import ends_with, is_title_cased
from .highlights import spaced_items
from .job_titles import is_job_title
from .labels import POINTS_WORDS
from .meta import parse_meta
from .reading import DEK_MAX_WORDS, DEK_MIN_WORDS, Reading, credit_line, over_meta
from .words import is_office_line, is_release_kind_label, words_of

# Under a headline this long, a standfirst may be as short as a phrase.
SHORT_DEK_UNDER_WORDS = 18
SHORT_DEK_MIN_WORDS = 3


def dek_length(reading: Reading, index: int) -> bool:
    """A standfirst's length; under a long headline, a short phrase in sentence
    case over the byline or date ("Tariffs could follow within months")."""
    feats = reading.features[index]
    if DEK_MIN_WORDS <= feats.words <= DEK_MAX_WORDS:
        return True
    title = reading.title
    return (
        title is not None
        and reading.features[title].words >= SHORT_DEK_UNDER_WORDS
        and SHORT_DEK_MIN_WORDS <= feats.words < DEK_MIN_WORDS
        and not feats.ends_colon
        and not is_title_cased(reading.blocks[index].text)
        and (over_meta(reading, index) or credit_line(reading, index + 1) is not None)
    )


def labels_one_paragraph(reading: Reading, index: int) -> bool:
    """ "Summary" under the headline over one paragraph, no bullet, then the byline
    or the story: the standfirst's label, not a box of key points."""
    if reading.blocks[index].kind != "highlights_header" or index + 1 >= len(reading.blocks):
        return False
    # "Key points", "Key findings": a label of several points, never of one standfirst.
    if POINTS_WORDS & set(words_of(reading.blocks[index].text)):
        return False
    item, after = index + 1, index + 2
    if reading.blocks[item].kind != "text" or reading.labels[item] != "pending":
        return False
    if not DEK_MIN_WORDS <= reading.features[item].words <= DEK_MAX_WORDS:
        return False
    # Short lines with blank lines between are the box's points, unbulleted.
    return after < len(reading.blocks) and len(spaced_items(reading, item)) < MIN_POINTS


def tag_strip(reading: Reading, index: int) -> bool:
    """ "Battery Metals Central Asia Critical Minerals Rare Earths": the story's
    tags run together, every word capitalised, no small word, no stop."""
    feats, text = reading.features[index], reading.blocks[index].text
    return (
        feats.words >= DEK_MIN_WORDS
        and feats.stop_density == 0
        and not ends_with(text, ".!?")
        and all(w[:1].isupper() or w[:1].isdigit() for w in text.split())
    )


# A profile's tagline: three phrases and more between bars.
PROFILE_BARS = 2


# A page's description is its first paragraph again, or the start of it cut
# with an ellipsis: the lede printed twice, never a standfirst.
ELLIPSES = ("...", "\u2026")
LEDE_COPY_REACH = 6


def copies_the_lede(reading: Reading, index: int) -> bool:
    """ "Sojitsu will pay A$85 million for 15% of ..." over the byline, and the
    story opening with the same words: the lede's copy, not a standfirst."""
    text, key = reading.blocks[index].text.rstrip(), reading.features[index].key
    cut = text.endswith(ELLIPSES)
    if not key or reading.features[index].words < DEK_MIN_WORDS:
        return False
    stop = min(len(reading.blocks), index + 1 + LEDE_COPY_REACH)
    for later in range(index + 1, stop):
        other = reading.features[later].key
        if other == key or (cut and other.startswith(key + " ")):
            return True
    return False


def profile_line(text: str) -> bool:
    """ "Head of Supply Chain Risk at Nordmet Advisory", "Asia Correspondent",
    "VP Supply Chain at Helix | Electrification | Sourcing": what a writer does,
    under the name, never the standfirst."""
    if is_job_title(text) or is_office_line(text) or text.count(" | ") >= PROFILE_BARS:
        return True
    return " at " in text and is_title_cased(text) and not ends_with(text, ".!?")


def writer_note(reading: Reading, index: int) -> bool:
    """ "Marta Kowalska is a senior fellow at the Centre for …" under an opinion
    piece's headline: one sentence on the writer, printed where a byline would
    be, never the standfirst. (Under another writer's byline, a sentence on a
    person may be the standfirst of a profile.)"""
    text, feats = reading.blocks[index].text.strip(), reading.features[index]
    if feats.sentences or not is_author_note(text):
        return False
    writers = _header_writers(reading, index)
    return not writers or any(text.startswith(name + " ") for name in writers)


# The header's bylines are looked for this many blocks round the headline.
HEADER_REACH = 6


def _header_writers(reading: Reading, index: int) -> tuple[str, ...]:
    """The writers the bylines near the headline name ("By Ann Lee" / "Ann Lee
    and Tom Ruiz"), each name apart."""
    names: list[str] = []
    low, high = max(0, index - HEADER_REACH), min(len(reading.blocks), index + HEADER_REACH)
    for near in range(low, high):
        meta = parse_meta(reading.blocks[near].text) if reading.labels[near] == "meta" else None
        author = meta.author if meta is not None else None
        names.extend(n.strip() for n in (author or "").split(" and ") if n.strip())
    return tuple(names)


# "Containers stacked at the port of Xiamen on Monday.": a picture's caption
# says when it was taken in its last words; a standfirst sums up, undated.
_TAKEN_ON = re.compile(
    r"\b(?:on|in) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February"
    r"|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?\.$"
)


def picture_caption(reading: Reading, index: int) -> bool:
    """One sentence ending with the day or month the picture was taken: a
    caption without its credit, never the standfirst."""
    feats = reading.features[index]
    text = reading.blocks[index].text.strip()
    return not feats.sentences and _TAKEN_ON.search(text) is not None


SECTION_LABEL_MAX_WORDS = 3


def label_over_subtitle(reading: Reading, index: int) -> bool:
    """ "News release" over a phrase with no full stop ("New facility will process
    concentrate …"): the kind of page, between the headline and its subtitle; over
    a paragraph, it may be the story's own first line, left to the other passes.
    (A kind of release only: under a section's name, "Markets", "Opinion", a phrase
    is as often a rail's headline or a label as a subtitle.)"""
    after = index + 1
    return (
        reading.labels[index] == "pending"
        and reading.features[index].words <= SECTION_LABEL_MAX_WORDS
        and is_release_kind_label(reading.blocks[index].text)
        and after < len(reading.blocks)
        and reading.blocks[after].kind == "text"
        and not ends_with(reading.blocks[after].text, ".!?")
    )


def story_opens_below(reading: Reading, index: int, following: int) -> bool:
    """A box of short points ("At a Glance") under the paragraph, and the story's
    dateline ("RESTON, Va. — …") opening the first paragraph after it: the
    paragraph between the headline and the box is the standfirst (a lead may
    have its key points under it, but then no dateline follows them)."""
    box = next(
        (
            i
            for i in range(index + 1, following + 1)
            if reading.blocks[i].kind == "highlights_header"
        ),
        None,
    )
    if box is None:
        return False
    for later in range(box + 1, min(len(reading.blocks), box + 1 + DATELINE_REACH)):
        if split_dateline(reading.blocks[later].text) is not None:
            return True
        # (over a box of short points only: the lead of a story with no dateline
        # may have its key points under it)
        if reading.features[later].words > BOX_POINT_MAX_WORDS:
            return False
    return False


# The story's dateline is looked for this many blocks down, over short lines.
DATELINE_REACH = 8
BOX_POINT_MAX_WORDS = 30


# "Ardent Drive Systems LLC v. United States, Slip Op. 25-148 (Ct. Int'l Trade
# Nov. 24, 2025)", "Vela Metals v. Ostrander, 612 F.3d 88 (2d Cir. 2024)": a
# case's name and citation, the ruling a legal page reports on.
_CASE_CITATION = re.compile(
    r"(?i:in re |re )?[A-Z][^\n]{1,100}? v\.? [A-Z][^\n]{1,100}?"
    r"(?:\([^()]{0,60}\b(?:19|20)\d\d\)|\b\d{1,4} [A-Z][\w.' ]{0,20}\d?d? \d{1,5})\W*"
)


def case_citation(text: str) -> bool:
    """A case's name and citation under a legal page's headline: no standfirst."""
    return _CASE_CITATION.fullmatch(text.strip()) is not None


# "Notice to Exporters and Brokers No. 241", "Consultation notice CN-2026-04",
# "Circular 2026/07": a document's kind and its serial number, a kicker over
# the headline or a line under it, never a standfirst.
_SERIAL_LABEL = re.compile(
    r"[A-Z][\w'’&,-]*(?: [\w'’&,-]+){0,7}?"
    r" (?:(?:No\.?|Number|#) ?\d[\w/.-]*|[A-Z]{1,4}-\d{2,4}(?:-\d{1,4})*|\d{3,4}/\d{1,4})"
)


def serial_label(text: str) -> bool:
    """A document's kind and its serial number, no sentence."""
    return _SERIAL_LABEL.fullmatch(text.strip()) is not None
