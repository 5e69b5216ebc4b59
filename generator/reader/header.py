"""Between the headline and the body: site-and-section lines, the start of the
body, metadata and the site's name above the title (the standfirst is `dek`'s)."""

from __future__ import annotations

from dataclasses import replace

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
    outlet_line,
)
from .signatures import reporters_credit
from .words import AGENCIES, is_section_label

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
