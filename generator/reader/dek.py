"""The standfirst under the headline: which line it is, if any.

The block after a "Synopsis" label, or the block straight after the headline
(past a byline, a date, a caption or share buttons) when metadata, a caption,
share buttons, a points box or the story's opening stand between it and the body;
not a dateline, a credit, a tag strip, a writer's note, a caption or a copy of the
lede (which is chrome, the story starting under the byline).
"""

from __future__ import annotations

from dataclasses import replace

from .boxes import ISSUER_LABEL_RULES
from .datelines import split_dateline
from .dek_places import (
    DEK_SHORTER_THAN_LEAD,
    italic_under_byline,
    labelled_dek,
    over_points_box,
    over_share_row,
    repeated_standfirst,
    share_buttons_between,
)
from .outlets import is_outlet
from .reading import Reading, credit_line, next_good
from .standfirst import (
    case_citation,
    copies_the_lede,
    dek_length,
    label_over_subtitle,
    labels_one_paragraph,
    picture_caption,
    profile_line,
    serial_label,
    story_opens_below,
    tag_strip,
    writer_note,
)


def find_dek(reading: Reading) -> Reading:
    """The standfirst under the headline: the block after a "Synopsis" label, or
    the block straight after the title when a byline, date or other header line
    comes between it and the body."""
    if reading.title is None:
        return reading
    start = reading.title + 1
    labelled = False
    # Under a byline or date, a paragraph with a caption below it is the story's
    # lead (an image after the first paragraph); straight under the headline,
    # a standfirst.
    under_meta = any(
        reading.labels[i] == "meta" for i in range(start, _past_header(reading, start))
    )
    # Past a byline, a date, a caption or share buttons above the standfirst.
    start = _past_header(reading, start)
    summary = labelled_dek(reading, start)
    if start < len(reading.blocks) and repeated_standfirst(reading, start):
        labelled, reading = True, reading.relabel({start: "pending"})
    elif summary is not None:
        start, labelled = summary, True
    elif start < len(reading.blocks) and (
        reading.blocks[start].kind == "dek_label" or labels_one_paragraph(reading, start)
    ):
        start, labelled = start + 1, True
    if start >= len(reading.blocks):
        return reading
    feats = reading.features[start]
    if reading.labels[start] != "pending" or not (dek_length(reading, start) or start == summary):
        return reading
    if not labelled:
        text = reading.blocks[start].text
        if split_dateline(text) is not None or credit_line(reading, start) is not None:
            return reading
        if is_outlet(text) and not feats.sentence:
            return reading
        if tag_strip(reading, start) or profile_line(text) or case_citation(text):
            return reading
        if writer_note(reading, start) or picture_caption(reading, start):
            return reading
        # (a line ending with a colon introduces what follows: a quote, a list)
        if serial_label(text) or feats.ends_colon:
            return reading
        if copies_the_lede(reading, start):
            return _past_lede_copy(reading, start)
        if (feats.prose or feats.sentence) and not _under_meta_above(reading, start):
            # A standfirst has its byline or date under it, before the story.
            following = next_good(reading, start + 1)
            if following is None or not (
                any(
                    reading.labels[i] == "meta"
                    or (reading.blocks[i].kind == "caption" and not under_meta)
                    or credit_line(reading, i) is not None
                    for i in range(start + 1, following)
                )
                or story_opens_below(reading, start, following)
                or over_share_row(reading, start, following)
                or over_points_box(reading, start, following)
                or italic_under_byline(reading, start, following)
                or share_buttons_between(reading, start, following)
            ):
                return reading
    reading = replace(reading, dek=start).relabel({start: "dek"})
    if reading.lead == start:
        lead = next_good(reading, start + 1)
        # "By Adrian Voss" / "Adrian Voss has covered … since 2015." / the date:
        # a note on the writer between byline and date is no lead.
        while lead is not None and _between_meta(reading, lead):
            reading = reading.relabel({lead: "chrome"})
            lead = next_good(reading, lead + 1)
        reading = replace(reading, lead=lead)
    return reading


# A note on the writer between the byline and the date is no longer than this.
WRITER_NOTE_MAX_WORDS = 25


def _between_meta(reading: Reading, index: int) -> bool:
    """One short sentence with metadata straight above and below it."""
    if reading.features[index].words > WRITER_NOTE_MAX_WORDS:
        return False
    return all(
        0 <= i < len(reading.blocks) and reading.labels[i] == "meta" for i in (index - 1, index + 1)
    )


def _past_lede_copy(reading: Reading, index: int) -> Reading:
    """The page's description, a copy of the lede above the byline, is chrome;
    the story starts at its first paragraph under the byline."""
    if reading.lead == index:
        reading = replace(reading, lead=next_good(reading, index + 1))
    return reading.relabel({index: "chrome"})


def _under_meta_above(reading: Reading, index: int) -> bool:
    """ "By Ann Lee", "12 March 2025", the headline, then one sentence shorter
    than the paragraph under it: with the byline and date above the headline,
    the sentence straight under it is the standfirst."""
    title = reading.title
    if title is None or index != title + 1 or title == 0:
        return False
    if reading.labels[title - 1] != "meta" or reading.features[index].sentences:
        return False
    following = next_good(reading, index + 1)
    return (
        following is not None
        and following == index + 1
        and reading.features[following].words
        >= DEK_SHORTER_THAN_LEAD * reading.features[index].words
    )


def _past_header(reading: Reading, start: int) -> int:
    """The first block from ``start`` that is not metadata nor furniture."""
    title_key = reading.features[reading.title].key if reading.title is not None else None
    while start < len(reading.blocks) and (
        reading.labels[start] == "meta"
        # "Ann Lee" under the headline: a byline without "By".
        or credit_line(reading, start) is not None
        or (reading.labels[start] == "chrome" and reading.blocks[start].kind != "text")
        # The headline printed again under itself (the page's h1 under its title).
        or (reading.labels[start] == "chrome" and reading.features[start].key == title_key)
        # "News provided by" over the issuer's name.
        or (start > 0 and reading.blocks[start - 1].rule in ISSUER_LABEL_RULES)
        # A kind-of-page label between the headline and a subtitle ("News release").
        or label_over_subtitle(reading, start)
    ):
        start += 1
    return start
