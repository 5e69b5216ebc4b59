"""Every block of a pasted page labelled in context: title, dek, metadata,
highlights, heading, body or chrome.

As jusText does for paragraphs, each block first gets a class of its own from
the line rules and its features (chrome, metadata, prose, a short sentence, a
short line), then passes read it with its neighbours: the first prose block
after the title starts the body; a short title-like line between body
paragraphs is a heading and a short sentence there is body text; a run of
short lines above the title is navigation; what follows the last body
paragraph is the page's footer. The passes are named and run in order
(``PASSES``); each takes a ``Reading`` and returns a new one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .address_dates import read_address_date
from .author_list import join_author_list
from .blocks import Block
from .body import mark_body
from .boxes import spread_box_labels
from .byline_tail import join_byline_tail
from .bylines import parse_byline, read_names
from .channel import read_channel
from .date_order import read_page_date_order
from .dates import AGO_UNIT
from .dek import find_dek
from .dek_places import find_dek_above
from .email_header import read_email_header
from .end_sources import read_house_line, read_house_voice, read_release_issuer, read_sender
from .ending import find_author_bio, find_end, is_author_note, mark_footer
from .export_header import read_export_header
from .galleries import mark_gallery_slides
from .header import extend_lead, mark_header, mark_site_lines
from .heading_cues import capitals_headings
from .headline_parts import split_headline_lines
from .highlights import mark_highlights
from .late_stamps import read_footer_update
from .lead import drop_repeats, find_lead
from .lead_heading import entry_heading, first_heading
from .logo_alt import read_one_word_masthead
from .lone_labels import join_lone_labels
from .mentions import read_mentions
from .meta import parse_meta
from .meta_fields import Meta, merge_meta
from .page_shapes import mark_social_card, read_newsletter_writer
from .promo_lines import mark_promos_under_labels
from .pull_quotes import mark_pull_quotes
from .quote_lines import ends_quotation
from .reading import Pass, Reading, start_reading
from .signatures import bio_author, wire_credit_authors
from .site_name import read_site_name
from .title import find_title
from .writer_note import mark_profile_taglines, skip_writer_note


def read_late_meta(reading: Reading) -> Reading:
    """Metadata lines below the headline block fill what the header left out."""
    meta = reading.meta
    start = reading.lead if reading.lead is not None else len(reading.blocks)
    for index in range(start, len(reading.blocks)):
        if reading.labels[index] == "meta":
            found = parse_meta(reading.blocks[index].text)
            if found is not None and found.source and _under_figures(reading, index):
                found = replace(found, source=None)
            # "Bloomberg · 3 hours ago" under "Recommended Stories": a rail's row.
            if found is not None and found.source and _AGE.search(reading.blocks[index].text):
                found = replace(found, source=None)
            if found is not None:
                meta = merge_meta(meta, found)
    return replace(reading, meta=meta)


def _under_figures(reading: Reading, index: int) -> bool:
    """ "SOURCE: International Energy Agency" under "90% are processed there": a
    box of figures credits its data, not the page."""
    if index < FIGURES_MIN_LINES:
        return False
    above = range(index - FIGURES_MIN_LINES, index)
    return all(
        _FIGURE.match(reading.blocks[i].text) is not None and not reading.features[i].prose
        for i in above
    )


# A feed row's age ("3 hours ago", "5h ago"): the row credits another story.
_AGE = re.compile(rf"(?i)\b\d{{1,2}}\s*{AGO_UNIT}\s+ago\b")
# Lines of a box of figures open with one ("70% of rare earths …", "$4.2bn …").
_FIGURE = re.compile(r"[$€£¥]?\d[\d.,]*\s*(?:%|per ?cent|bn|m|k)?\b")
FIGURES_MIN_LINES = 2


_UPDATED = re.compile(r"(?i)(?:last\s+)?updated\b")


def read_same_day_update(reading: Reading) -> Reading:
    """ "Dec. 5, 2026" then "Updated 7:14 p.m. ET" in the header: a stamp with a
    time and no date updates the story on the day it was published."""
    meta = reading.meta
    if meta.published is None or meta.updated is not None or reading.title is None:
        return reading
    stop = reading.lead if reading.lead is not None else len(reading.blocks)
    for index in range(reading.title + 1, stop):
        block = reading.blocks[index]
        if block.rule == "stamp_time_only" and _UPDATED.match(block.text):
            return replace(reading, meta=replace(meta, updated=meta.published))
    return reading


# A name alone this close below the story's last paragraph signs it.
SIGNATURE_REACH = 2
# A newsletter's closing words before its writer's name ("Until next Thursday,
# Rafael Cortés", "Thanks for reading, Ana"): what is cut to leave the name.
VALEDICTION = re.compile(
    r"^(?i:until\s+(?:next\s+\w+|then|tomorrow)|see\s+you\s+(?:next\s+\w+|soon|then)"
    r"|thanks(?:\s+(?:again|for\s+reading))?|thank\s+you(?:\s+for\s+reading)?|best(?:\s+wishes)?"
    r"|(?:kind|warm|best)?\s*regards|cheers|all\s+the\s+best|warmly|talk\s+soon|onwards)"
    r"\s*[,!.—–-]+(?:\s+|$)"
)


BRACKETED_BYLINE = re.compile(r"\(\s*((?i:by)\s[^()]{3,80}?)\s*\)")


def read_signature(reading: Reading) -> Reading:
    """The author's name alone on a line just below the story ("… to 2030." then
    "Hoang Minh Chau"), when the header named no one."""
    if reading.meta.author:
        return reading
    last = max((i for i, label in enumerate(reading.labels) if label == "body"), default=None)
    if last is None:
        return reading
    for index in range(last + 1, min(last + 1 + SIGNATURE_REACH, len(reading.blocks))):
        block = reading.blocks[index]
        # Only a rule or a dash between the story and its signature: a label
        # ("Media contact", "Related", "Tags") heads names that are not the writer's.
        if block.kind == "separator":
            continue
        if block.kind != "text":
            break
        # "(By Chen Yu-ting and Lee Hsin-yi)": an agency's byline in brackets.
        bracketed = BRACKETED_BYLINE.fullmatch(block.text.strip())
        found = parse_byline(bracketed[1]) if bracketed is not None else None
        if found is not None and found.author:
            return replace(
                reading, meta=replace(reading.meta, author=found.author), byline=block.text
            )
        # "Until next Thursday," over the name, or before it on one line; "— NAME".
        signed = VALEDICTION.sub("", block.text).strip()
        if not signed:
            continue
        dashed = signed[:1] in SIGN_OFF_DASHES
        signed = signed.lstrip("".join(SIGN_OFF_DASHES) + " ")
        if dashed and ends_quotation(reading.blocks[index - 1].text):
            break  # "- NAME" under a quotation: who said it.
        names = read_names(signed)
        if names is not None and not _over_an_editors_title(reading, index):
            meta = replace(reading.meta, author=names)
            return replace(reading, meta=meta, byline=block.text)
        break
    # "Reporting by NAME; Editing by NAME" under the story: the reporters; a
    # blog's "Posted in Markets by NAME on DATE": the writer.
    for index in range(last + 1, len(reading.blocks)):
        block = reading.blocks[index]
        names = wire_credit_authors(block.text) if block.rule in WIRE_CREDIT_RULES else None
        if names is None and block.rule in POSTED_RULES:
            names = (parse_byline(block.text) or Meta()).author
        if names is not None:
            meta = replace(reading.meta, author=names)
            return replace(reading, meta=meta, byline=block.text)
    # A note on the writer just under the story ("Jane Doe is a senior fellow at …").
    note = last + 1
    if note < len(reading.blocks) and is_author_note(reading.blocks[note].text):
        names = bio_author(reading.blocks[note].text)
        if names is not None:
            meta = replace(reading.meta, author=names)
            return replace(reading, meta=meta, byline=reading.blocks[note].text)
    # An "About the author" box: its note opens with the writer's name.
    for index in range(last + 1, len(reading.blocks) - 1):
        if reading.blocks[index].rule in AUTHOR_BOX_RULES:
            names = bio_author(reading.blocks[index + 1].text)
            if names is not None:
                meta = replace(reading.meta, author=names)
                return replace(reading, meta=meta, byline=reading.blocks[index + 1].text)
    return reading


def _over_an_editors_title(reading: Reading, index: int) -> bool:
    """ "John Roe" over "Editor": who edited the story, not who wrote it."""
    if index + 1 >= len(reading.blocks):
        return False
    words = reading.blocks[index + 1].text.lower().split()
    return 0 < len(words) <= EDITOR_TITLE_MAX_WORDS and words[-1].strip(".,:") in EDITOR_WORDS


SIGN_OFF_DASHES = ("—", "–", "-")
EDITOR_TITLE_MAX_WORDS = 4
EDITOR_WORDS = frozenset({"editor", "editors", "editing", "sub-editor", "subeditor"})


AUTHOR_BOX_RULES = frozenset({"about_the_author"})
WIRE_CREDIT_RULES = frozenset({"wire_credit", "credit_line"})
POSTED_RULES = frozenset({"posted_in"})


# The passes run in this order.
PASSES: tuple[tuple[str, Pass], ...] = (
    ("email_header", read_email_header),
    ("export_header", read_export_header),
    ("headline_parts", split_headline_lines),
    ("lone_labels", join_lone_labels),
    ("byline_tail", join_byline_tail),
    ("author_list", join_author_list),
    ("box_labels", spread_box_labels),
    ("repeats", drop_repeats),
    ("gallery_slides", mark_gallery_slides),
    ("lead", find_lead),
    ("title", find_title),
    ("profile_taglines", mark_profile_taglines),
    ("dek", find_dek),
    ("dek_above", find_dek_above),
    ("highlights", mark_highlights),
    ("site_lines", mark_site_lines),
    ("extend_lead", extend_lead),
    ("header", mark_header),
    ("writer_note", skip_writer_note),
    ("same_day_update", read_same_day_update),
    ("site_name", read_site_name),
    ("channel", read_channel),
    ("author_bio", find_author_bio),
    ("end", find_end),
    ("footer", mark_footer),
    ("promo_labels", mark_promos_under_labels),
    ("body", mark_body),
    ("pull_quotes", mark_pull_quotes),
    ("capitals_headings", capitals_headings),
    ("social_card", mark_social_card),
    ("entry_heading", entry_heading),
    ("first_heading", first_heading),
    ("late_meta", read_late_meta),
    ("footer_update", read_footer_update),
    ("address_date", read_address_date),
    ("date_order", read_page_date_order),
    ("signature", read_signature),
    ("newsletter_writer", read_newsletter_writer),
    ("mentions", read_mentions),
    ("one_word_masthead", read_one_word_masthead),
    ("sender", read_sender),
    ("house_line", read_house_line),
    ("house_voice", read_house_voice),
    ("release_issuer", read_release_issuer),
)


def read_blocks(blocks: Sequence[Block]) -> Reading:
    reading = start_reading(blocks)
    for _name, run in PASSES:
        reading = run(reading)
    return reading
