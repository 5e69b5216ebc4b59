"""Standfirsts printed elsewhere than straight over the byline: a line its
"Summary:" label names past short header lines, a sentence over the story's
tool row or table of contents, the page's description printed again under the
byline, two sentences under a kicker above the headline."""

from __future__ import annotations

from dataclasses import replace

from .boxes import CONTENTS_RULES
from .headline_parts import INLINE_DEK_RULE
from .reading import DEK_MIN_WORDS, Reading, credit_line
from .standfirst import LEDE_COPY_REACH, dek_length
from .words import is_section_label

# A standfirst its label names ("SUMMARY: …" on a notice) may run this long.
LABELLED_DEK_MAX_WORDS = 130


def labelled_dek(reading: Reading, start: int) -> int | None:
    """ "Summary: The ACCC has accepted …" under the headline, past short lines the
    header did not read ("Media release", "Release number: 214/25"): the line its
    label names the standfirst, before any paragraph of prose; a notice's fields
    ("AGENCY:" / its value, "ACTION:" / "Notice.") passed over up to its
    "SUMMARY:" and the paragraph under it."""
    for index in range(start, len(reading.blocks)):
        if reading.blocks[index].rule == INLINE_DEK_RULE:
            return index if _fits(reading, index) else None
        summary = _summary_over(reading, index)
        if summary is not None:
            return summary
        # (a field's value under its label, the header pass may have read the label)
        if _field_label(reading, index) or (index > 0 and _field_label(reading, index - 1)):
            continue
        if reading.features[index].prose or reading.labels[index] == "title":
            return None
    return None


def _fits(reading: Reading, index: int) -> bool:
    words = reading.features[index].words
    return reading.labels[index] == "pending" and DEK_MIN_WORDS <= words <= LABELLED_DEK_MAX_WORDS


# Labels alone on their line over the paragraph that sums up the page: a
# paper's "Abstract", a statement's "Overview"; a notice's "SUMMARY:" among its
# fields in capitals (a "Summary" in other cases as often heads points without
# bullets: ``labels_one_paragraph`` and the highlights pass tell them apart).
SUMMARY_LABELS = frozenset(
    {"abstract", "overview", "synopsis", "what this means", "in summary", "in brief", "in short"}
)
NOTICE_SUMMARY = "SUMMARY:"
# An overview over one paragraph is the standfirst when furniture closes it (a
# share row); "Overview" over a paragraph and a heading may head a section, "In
# brief" a box of one point.
CLOSED_BY_FURNITURE_ONLY = frozenset(
    {"overview", "what this means", "in summary", "in brief", "in short"}
)
# A notice's field label ("AGENCY:", "ACTION:") is this short.
FIELD_LABEL_MAX_WORDS = 4


def _summary_over(reading: Reading, index: int) -> int | None:
    """The paragraph under "SUMMARY:", "Abstract" or "Overview" alone on its
    line, the story or furniture after it (never a box of short points)."""
    text = reading.blocks[index].text.strip()
    label = text.rstrip(":").strip().casefold()
    item, after = index + 1, index + 2
    if (label not in SUMMARY_LABELS and text != NOTICE_SUMMARY) or after >= len(reading.blocks):
        return None
    if reading.blocks[item].kind != "text" or not _fits(reading, item):
        return None
    if not reading.features[item].ends_sentence:
        return None
    closed = reading.labels[after] == "chrome"
    if label in CLOSED_BY_FURNITURE_ONLY and not closed:
        return None
    # (short sentences after it: the label's box of points, unbulleted)
    if not closed and reading.features[after].sentence and not reading.features[after].prose:
        return None
    return item


def _field_label(reading: Reading, index: int) -> bool:
    """ "AGENCY:", "FOR FURTHER INFORMATION CONTACT:": a notice's field label in
    capitals alone on its line, its value under it."""
    text = reading.blocks[index].text.strip()
    return (
        text.endswith(":")
        and text.isupper()
        and reading.features[index].words <= FIELD_LABEL_MAX_WORDS
    )


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


def over_points_box(reading: Reading, index: int, following: int) -> bool:
    """Under the byline or date, one sentence, a box of key points under its
    label ("What you need to know", "Summary" over bullets), then a longer
    paragraph: the standfirst the site prints over its box ("Indonesian nickel
    smelters now ship …" / "What you need to know" / points / the story). Two
    sentences or more over the box are the story's lead, its points under it."""
    feats = reading.features[index]
    if index == 0 or reading.labels[index - 1] != "meta" or feats.sentences:
        return False
    between = range(index + 1, following)
    # Bullets under the label: unbulleted sentences there may be the story's own
    # "At a glance" lines going on (a lead over more of the story).
    return (
        len(between) > 1
        and reading.blocks[between.start].kind == "highlights_header"
        and reading.blocks[between.start + 1].kind == "bullet"
        and reading.features[following].words >= DEK_SHORTER_THAN_LEAD * feats.words
    )


def italic_under_byline(reading: Reading, index: int, following: int) -> bool:
    """Under the byline or date of a Markdown copy, a sentence wrapped whole in
    italics over the story ("By Valentina Rojas | October 8, 2026" / "_The joint
    venture … wants changes._" / the story): the standfirst set apart by its type."""
    feats = reading.features[index]
    return (
        reading.blocks[index].italic
        and index > 0
        and reading.labels[index - 1] == "meta"
        and feats.ends_sentence
        and not reading.blocks[index].text.lstrip().startswith(QUOTE_OPENERS)
        and reading.blocks[following].kind == "text"
    )


# An italic line opening with a quotation mark is a pull quote or an epigraph.
QUOTE_OPENERS = ('"', "\u201c", "'", "\u2018", "\u00ab")


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


# The headline's share row under the summary paragraph ("Share", "Tweet",
# "Facebook", …) and the story after it: the row stands between header and story.
SHARE_ROW_MIN_BUTTONS = 3


def share_buttons_between(reading: Reading, start: int, following: int) -> bool:
    buttons = sum(reading.blocks[i].rule == "share_buttons" for i in range(start + 1, following))
    return buttons >= SHARE_ROW_MIN_BUTTONS
