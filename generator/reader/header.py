"""Between the headline and the body: the standfirst, site-and-section lines,
the start of the body, metadata and the site's name above the title."""

from __future__ import annotations

from dataclasses import replace

from .boxes import ISSUER_LABEL_RULES
from .datelines import split_dateline
from .dek_places import (
    italic_under_byline,
    labelled_dek,
    over_points_box,
    over_share_row,
    repeated_standfirst,
    share_buttons_between,
)
from .headings import ends_with, is_title_cased
from .meta import parse_meta
from .meta_fields import Meta, merge_meta
from .names import is_person
from .outlets import agency_line, clean_outlet, is_outlet
from .reading import (
    LEAD_HEADING_MAX_WORDS,
    TAGLINE,
    Label,
    Reading,
    credit_line,
    heading_shaped,
    next_good,
    outlet_line,
)
from .signatures import reporters_credit
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
from .words import AGENCIES, is_section_label


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


# A standfirst is shorter than the story's first paragraph under it.
DEK_SHORTER_BY = 1.2


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
        and reading.features[following].words >= DEK_SHORTER_BY * reading.features[index].words
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


SECTION_AFTER_NAME_MAX_WORDS = 3


def _site_and_section(text: str) -> str | None:
    """ "LATIN MINING JOURNAL — PROJECTS", "Mining Ledger | Markets": a site's name
    and a section; the name, or None."""
    parts = [p.strip() for p in TAGLINE.split(text, maxsplit=1)]
    if len(parts) != 2 or not is_outlet(parts[0]) or ends_with(parts[1], ".!?"):
        return None
    section = parts[1]
    if is_section_label(section) or len(section.split()) <= SECTION_AFTER_NAME_MAX_WORDS:
        return clean_outlet(parts[0].title() if parts[0].isupper() else parts[0])
    return None


def mark_site_lines(reading: Reading) -> Reading:
    """Between the headline and the body, a line naming the site and a section is
    chrome, and names the source."""
    if reading.lead is None or reading.title is None:
        return reading
    changes: dict[int, Label] = {}
    for index in range(reading.title + 1, reading.lead):
        if reading.labels[index] != "pending":
            continue
        name = _site_and_section(reading.blocks[index].text)
        if name is not None:
            changes[index] = "chrome"
            reading = reading.with_source(7, name)
    return reading.relabel(changes)


def extend_lead(reading: Reading) -> Reading:
    """Short sentences and headings between the headline and the first paragraph
    of prose are the start of the body, when nothing else stands between."""
    if reading.lead is None or reading.title is None:
        return reading
    floor = reading.dek if reading.dek is not None else reading.title
    start = reading.lead
    while (
        start - 1 > floor
        and reading.labels[start - 1] == "pending"
        and reading.blocks[start - 1].kind == "text"
    ):
        feats = reading.features[start - 1]
        if not (feats.sentence or heading_shaped(reading.blocks[start - 1], feats)):
            break
        # (a credit, or an agency's bare name: "Reuters" over the story)
        if credit_line(reading, start - 1) is not None or agency_line(
            reading.blocks[start - 1].text
        ):
            break
        start -= 1
    if start - 1 != floor:
        return reading
    return replace(reading, lead=start)


def mark_header(reading: Reading) -> Reading:
    """Above the body: metadata is read, the site name kept as a source, a short
    heading straight above the lead kept; everything else is chrome."""
    stop = reading.lead if reading.lead is not None else len(reading.blocks)
    changes: dict[int, Label] = {}
    meta = reading.meta
    # Names on a line of their own: the ones under the headline come first.
    credits: list[tuple[int, Meta, str]] = []
    byline = reading.byline
    # Metadata under the headline before metadata above it (a box of dated
    # links over the headline dates other stories).
    title = reading.title if reading.title is not None else -1
    for index in sorted(range(stop), key=lambda i: (i < title, i)):
        label = reading.labels[index]
        block = reading.blocks[index]
        if label == "meta":
            found = parse_meta(block.text)
            if found is not None:
                if found.author and not meta.author:
                    byline = block.text
                meta = merge_meta(meta, found)
            continue
        if label == "bullet":
            changes[index] = "chrome"
            continue
        credit = credit_line(reading, index)
        if credit is None and index > title:
            credit = reporters_credit(block.text, block.rule)
        if credit is not None:
            after_title = reading.title is not None and index > reading.title
            credits.append((0 if after_title else 1, credit, block.text))
        agency = agency_line(block.text) if block.kind == "text" and index > title else None
        if credit is None and agency is not None and label in ("chrome", "pending"):
            reading = reading.with_source(AGENCY_LINE_SOURCE, agency)
        if label in ("title", "dek", "highlight", "chrome"):
            continue
        if credit is None and agency is None and outlet_line(reading, index):
            reading = reading.with_source(
                _outlet_line_priority(block.text), clean_outlet(block.text)
            )
        changes[index] = "chrome"
    for _, credit, text in sorted(credits, key=lambda c: c[0]):
        if credit.author and not meta.author:
            byline = text
        meta = merge_meta(meta, credit)
    lead = reading.lead
    if lead is not None and lead - 1 > (reading.title if reading.title is not None else -1):
        before = lead - 1
        block, feats = reading.blocks[before], reading.features[before]
        if (
            reading.labels[before] == "pending"
            and block.kind == "text"
            and feats.words <= LEAD_HEADING_MAX_WORDS
            and heading_shaped(block, feats)
            and is_title_cased(block.text)
            and before != reading.dek
            and credit_line(reading, before) is None
            and not is_person(block.text)
            and not _names_the_site(block.text, meta, reading)
        ):
            changes[before] = "heading"
    reading = replace(reading, meta=meta, byline=byline)
    return reading.relabel(changes)


def _names_the_site(text: str, meta: Meta, reading: Reading) -> bool:
    """The line is the name a metadata line or the title gave the source."""
    names = [meta.source or "", *(name for _, name in reading.sources)]
    return any(text.casefold() == name.casefold() for name in names if name)


# An agency's bare name under the headline credits a republished story, over
# the site's own copyright line; another outlet's name there ranks lower.
AGENCY_LINE_SOURCE = 3
OUTLET_LINE_SOURCE = 6


def _outlet_line_priority(text: str) -> int:
    return AGENCY_LINE_SOURCE if clean_outlet(text).lower() in AGENCIES else OUTLET_LINE_SOURCE
