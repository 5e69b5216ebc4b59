"""What a standfirst is made of, beside the headline pass's reading of it: a
short phrase under a long headline, a "Summary" label over one paragraph; and
what is none: the story's tags run together, a writer's job or profile line."""

from __future__ import annotations

from dataclasses import replace

from .boxes import CONTENTS_RULES
from .bylines import is_job_title
from .datelines import split_dateline
from .headings import ends_with, is_title_cased
from .headline_parts import INLINE_DEK_RULE
from .highlights import MIN_POINTS, spaced_items
from .reading import DEK_MAX_WORDS, DEK_MIN_WORDS, Reading, credit_line, over_meta
from .words import is_office_line, is_section_label, words_of

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


# Words of a label that names several points ("Key points", "Main findings").
POINTS_WORDS = frozenset(
    {"points", "takeaways", "findings", "highlights", "facts", "messages", "conclusions"}
    | {"judgments", "judgements", "figures", "numbers", "details", "insights", "changes"}
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


SECTION_LABEL_MAX_WORDS = 3


def label_over_subtitle(reading: Reading, index: int) -> bool:
    """ "News release" over a phrase with no full stop ("New facility will process
    concentrate …"): the kind of page, between the headline and its subtitle; over
    a paragraph, it may be the story's own first line, left to the other passes."""
    after = index + 1
    return (
        reading.labels[index] == "pending"
        and reading.features[index].words <= SECTION_LABEL_MAX_WORDS
        and is_section_label(reading.blocks[index].text)
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


# A standfirst its label names ("SUMMARY: …" on a notice) may run this long.
LABELLED_DEK_MAX_WORDS = 130


def labelled_dek(reading: Reading, start: int) -> int | None:
    """ "Summary: The ACCC has accepted …" under the headline, past short lines the
    header did not read ("Media release", "Release number: 214/25"): the line its
    label names the standfirst, before any paragraph of prose."""
    for index in range(start, len(reading.blocks)):
        if reading.blocks[index].rule == INLINE_DEK_RULE:
            words = reading.features[index].words
            fits = DEK_MIN_WORDS <= words <= LABELLED_DEK_MAX_WORDS
            return index if reading.labels[index] == "pending" and fits else None
        if reading.features[index].prose or reading.labels[index] == "title":
            return None
    return None


# Buttons of a story's tool row ("Save", "Share", "Gift this article", "Listen to
# this story"): printed between the standfirst and the story.
SHARE_ROW_RULES = frozenset(
    {"tools", "share_buttons", "tool_strip", "share_this", "share_on", "download_file"}
)
# A standfirst is shorter than the paragraph under its tool row by this much.
DEK_SHORTER_THAN_LEAD = 1.2


def over_share_row(reading: Reading, index: int, following: int) -> bool:
    """Under the byline and date (or the headline), a sentence, the story's tool
    row, then a longer paragraph: the standfirst the site prints over its buttons ("Three years
    after Brussels promised …" / "Save" / "Share" / the story)."""
    between = range(index + 1, following)
    above = index - 1
    return (
        index > 0
        and (
            reading.labels[above] == "meta"
            or above == reading.title
            # (the header's furniture: an authors block's names and ranks)
            or (reading.labels[above] == "chrome" and reading.blocks[above].kind != "text")
        )
        and len(between) > 0
        and (
            all(
                reading.labels[i] == "chrome" and reading.blocks[i].rule in SHARE_ROW_RULES
                for i in between
            )
            or _contents_box(reading, between)
        )
        and reading.features[following].words
        >= DEK_SHORTER_THAN_LEAD * reading.features[index].words
    )


def repeated_standfirst(reading: Reading, index: int) -> bool:
    """A sentence under the headline printed again, whole, under the byline or
    date, then a story that goes on ("A bipartisan bill would …" / the writer /
    the date / "A bipartisan bill would …" / "The committee voted …"): the
    page's description printed over the story, its standfirst once (a copy cut
    with an ellipsis is the lede's, ``copies_the_lede``)."""
    feats = reading.features[index]
    if reading.labels[index] != "chrome" or reading.blocks[index].kind != "text":
        return False
    if feats.repeats != 2 or not feats.sentence or not dek_length(reading, index):
        return False
    stop = min(len(reading.blocks), index + 1 + LEDE_COPY_REACH)
    copy = next((i for i in range(index + 1, stop) if reading.features[i].key == feats.key), None)
    if copy is None or not any(reading.labels[i] == "meta" for i in range(index + 1, copy)):
        return False
    story = next(
        (i for i in range(copy + 1, len(reading.blocks)) if reading.features[i].prose), None
    )
    return story is not None and reading.labels[story] == "pending"


# A kicker over a standfirst printed above its headline is this short.
KICKER_MAX_WORDS = 5


def _kicker(reading: Reading, index: int) -> bool:
    """ "FEATURE · CRITICAL MINERALS", "Markets": a short line in capitals or of
    section names, no sentence."""
    text, feats = reading.blocks[index].text, reading.features[index]
    if reading.blocks[index].kind != "text" or not 0 < feats.words <= KICKER_MAX_WORDS:
        return False
    return not feats.sentence and (text.isupper() or is_section_label(text))


def find_dek_above(reading: Reading) -> Reading:
    """A kicker, two sentences or more, the headline, then the byline or date:
    the standfirst a phone's layout prints above the headline (the lead pass
    took it for a picture's caption; a caption is one sentence, or credits its
    picture)."""
    title = reading.title
    if title is None or reading.dek is not None or title < 2 or title + 1 >= len(reading.blocks):
        return reading
    index = title - 1
    feats = reading.features[index]
    if reading.labels[index] != "chrome" or reading.blocks[index].kind != "text":
        return reading
    if not feats.sentences or not feats.ends_sentence or not dek_length(reading, index):
        return reading
    if credit_line(reading, index) is not None or reading.blocks[index].text.rstrip().endswith(")"):
        return reading
    if not _kicker(reading, index - 1) or reading.labels[title + 1] != "meta":
        return reading
    return replace(reading, dek=index).relabel({index: "dek"})


def _contents_box(reading: Reading, lines: range) -> bool:
    """ "Contents" and its entries, all chrome: the page's table of contents."""
    first = reading.blocks[lines.start]
    return (
        first.kind == "box_label"
        and first.rule in CONTENTS_RULES
        and all(reading.labels[i] == "chrome" for i in lines)
    )
