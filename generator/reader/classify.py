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

from .blocks import Block
from .body import entry_heading, first_heading, mark_body
from .bylines import bio_author, read_names, wire_credit_authors
from .email_header import read_email_header
from .end_sources import read_house_voice, read_sender
from .ending import find_author_bio, find_end, mark_footer
from .header import extend_lead, find_dek, mark_header, mark_site_lines
from .headline_parts import join_lone_labels, split_headline_lines
from .highlights import mark_highlights
from .lead import drop_repeats, find_lead, spread_box_labels
from .meta import parse_meta
from .meta_fields import merge_meta
from .names import is_person
from .outlets import clean_outlet, is_outlet, is_site_address
from .reading import Pass, Reading, start_reading
from .site_name import read_site_name
from .title import find_title

# Outlets a page names in passing: (priority, pattern with the name).
MENTION_RULES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    (
        "copyright",
        4,
        re.compile(
            r"(?:(?:copyright|©|ⓒ|\(c\))\s*)+(?:\d{4}[,.]?\s*(?:[-–—]\s*)?)?(?P<name>[^|]{2,60}?)(?:[.,](?:\s|$)|,|\s*\||\s+all rights|\s*$)",
            re.IGNORECASE,
        ),
    ),
    (
        "first_published",
        3,
        re.compile(
            r"(?:(?:originally|first) (?:published|appeared|posted) (?:by|on|in|at)"
            r"|(?:reprinted|republished|reproduced) (?:with (?:the )?permission )?(?:from|by|of)"
            r"|(?:syndicated|adapted) from|appeared first (?:on|in|at)|(?:originally|first) ran (?:in|on|at))"
            # (a site by its address: "first appeared on www.eastafricaminer.co.tz")
            r" (?P<name>(?:https?://)?(?:www\d?\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?"
            r"|(?:the )?[A-Z][^.,;(]{1,50}?)(?:\s+(?:on|in)\s+[^.]*)?"
            # "… from The Conversation under a Creative Commons license."
            r"(?:\s+under\s+[^.]*)?"
            # "… by X and is republished here with permission."
            r"(?:\s+and\s+(?:is|was|has been)\s+[^.]*)?(?:\W*$|\.\s+\S.*)",
            re.IGNORECASE,
        ),
    ),
    (
        "full_article_on",
        8,
        re.compile(
            r"read (?:the (?:full|original) (?:article|story)|more|the rest) (?:on|at) (?P<name>.{2,60}?)"
            r"(?::?\s+https?://\S+)?\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "with_inputs_from",
        11,
        re.compile(r"\(?with inputs from (?P<name>[A-Z][\w .&'’-]{1,40}?)\)?\W*$", re.IGNORECASE),
    ),
    (
        "site_named_in_furniture",
        10,
        re.compile(
            r"^(?:(?i:more|latest|most read|most popular|top stories) (?i:from|on|at) (?P<name>[A-Z].{1,40}?)"
            r"|(?i:follow) (?P<follow>[A-Z].{1,40}?) (?i:on) (?i:x|twitter|facebook|linkedin|instagram"
            r"|google news|whatsapp|telegram|youtube)\b.*"
            r"|(?i:subscribe to|sign up for|get) (?:the )?(?P<letter>[A-Z].{1,40}?)(?:['’]s)?"
            r" (?i:free )?(?i:newsletters?|daily|weekly|briefing|app)\b.*"
            r"|(?i:why you can trust) (?P<trust>[A-Z].{1,40}?)"
            r"|(?i:advertise with|contact|about) (?P<about>(?:the )?[A-Z].{1,40}?))\W*$",
        ),
    ),
    (
        "provided_by",
        3,
        re.compile(
            r"(?:(?:content|article|story|report|text) (?:provided|supplied|syndicated|distributed)"
            r"|^(?:provided|supplied))"
            r" by (?P<name>(?:the )?[A-Z][^.;(]{1,50}?)\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "copyright_after",
        4,
        re.compile(r"^(?P<name>[A-Z][\w&'’ .-]{1,50}?)\s*(?:©|ⓒ|\(c\))\s*(?:(?:19|20)\d{2})?\W*$"),
    ),
    (
        "shared_from",
        6,
        re.compile(
            r"(?:check out|read) this (?:article|story) (?:from|on|in) (?P<name>[A-Z].{1,40}?)\s*:?$"
            r"|(?:sent|shared) (?:from|via) (?:the )?(?P<app>[A-Z].{1,40}?) app\b",
            re.IGNORECASE,
        ),
    ),
    (
        "newsletter_masthead",
        6,
        re.compile(
            r"you['’]re reading (?P<name>[A-Z].{1,60}?), (?:a|an|the) .{0,40}newsletter", re.I
        ),
    ),
    (
        "print_header",
        5,
        re.compile(
            r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*(?i:[ap]m)?\s+.+\s\|\s+(?P<name>[^|]{2,50}?)\s*$"
        ),
    ),
    (
        "publisher_note",
        4,
        re.compile(
            r"^(?:published by (?P<by>(?:the )?[A-Z][^,.;]{1,50}?), (?:a|an|the) \w+ of\b"
            r"|(?P<name>(?:the )?[A-Z][\w&'’ .-]{1,50}?) is (?:published|produced|owned|operated) by\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "discover_more",
        6,
        re.compile(r"^discover more from (?P<name>[A-Z].{1,60}?)\W*$", re.IGNORECASE),
    ),
    (
        "open_in_app",
        9,
        re.compile(r"^open (?:it |this )?in (?:the )?(?P<name>[A-Z].{1,40}?) app\b", re.IGNORECASE),
    ),
    (
        "welcome_to",
        6,
        re.compile(r"^welcome to (?P<name>(?:the )?[A-Z][^,.!]{1,50}?), (?:your|the|a|an) ", re.I),
    ),
    (
        # A story's address pasted under it: the site by its host.
        "bare_address",
        9,
        re.compile(
            r"^(?P<name>https?://[\w.-]+\.[a-z]{2,}/[\w%-]+(?:/[\w%.-]+)+/?)$", re.IGNORECASE
        ),
    ),
    (
        "link_line",
        4,
        re.compile(
            r"^(?:(?:article|story|original|source|permanent)\s+)?(?:link|url|address|permalink)\s*:\s*"
            r"(?P<name>https?://\S+)$",
            re.IGNORECASE,
        ),
    ),
    ("app_of", 9, re.compile(r"download (?P<name>(?:the )?.{2,40}?) app\b", re.IGNORECASE)),
    ("most_read_from", 9, re.compile(r"most read from (?P<name>.{2,40}?)\W*$", re.IGNORECASE)),
    ("thanks_for_reading", 9, re.compile(r"thanks for reading (?P<name>.{2,40}?)!", re.IGNORECASE)),
    ("outlet_disclosure", 9, re.compile(r"(?P<name>[A-Z][\w ]{2,40}?)['’]s (?i:disclosure)\b")),
)


# A copyright line with a year or "All rights reserved" names its holder, even
# a brand of one word ("© 2025 Fastmarkets."), unlike a photo credit.
_RESERVED = re.compile(r"(?i)all rights reserved|(?:19|20)\d{2}")


def _mentioned_outlet(name: str, rule: str = "", line: str = "") -> bool:
    # A page's address names the site by its host ("kazmetals.kz").
    if rule in ("link_line", "bare_address") or is_site_address(name):
        return True
    words = name.split()
    brand = rule == "copyright" and len(words) == 1 and _RESERVED.search(line) is not None
    return bool(words) and name[:1].isupper() and (2 <= len(words) <= 6 or is_outlet(name) or brand)


# A name shaped like a person's ("© Metal Tides 2025", "Follow Metal Tides on
# X") may be a writer's: it names the source only when nothing else does.
PERSON_SHAPED_PENALTY = 20


def read_mentions(reading: Reading) -> Reading:
    """Outlets named by the page's furniture: the copyright line, "Read the full
    article on …", an app promo, a disclosure."""
    for index, block in enumerate(reading.blocks):
        if reading.labels[index] not in ("chrome", "meta"):
            continue
        for rule, priority, pattern in MENTION_RULES:
            match = pattern.search(block.text)
            if match is None:
                continue
            found = next(g for g in match.groups() if g is not None)
            name = clean_outlet(found)
            if not _mentioned_outlet(name, rule, block.text) or name == reading.meta.author:
                continue
            penalty = PERSON_SHAPED_PENALTY if is_person(name) else 0
            reading = reading.with_source(priority + penalty, name)
    return reading


def read_late_meta(reading: Reading) -> Reading:
    """Metadata lines below the headline block fill what the header left out."""
    meta = reading.meta
    start = reading.lead if reading.lead is not None else len(reading.blocks)
    for index in range(start, len(reading.blocks)):
        if reading.labels[index] == "meta":
            found = parse_meta(reading.blocks[index].text)
            if found is not None:
                meta = merge_meta(meta, found)
    return replace(reading, meta=meta)


# A name alone this close below the story's last paragraph signs it.
SIGNATURE_REACH = 2


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
        if block.kind != "text":
            continue
        names = read_names(block.text)
        if names is not None:
            meta = replace(reading.meta, author=names)
            return replace(reading, meta=meta, byline=block.text)
    # "Reporting by NAME; Editing by NAME" under the story: the reporters.
    for index in range(last + 1, len(reading.blocks)):
        names = wire_credit_authors(reading.blocks[index].text)
        if names is not None and reading.blocks[index].rule in WIRE_CREDIT_RULES:
            meta = replace(reading.meta, author=names)
            return replace(reading, meta=meta, byline=reading.blocks[index].text)
    # An "About the author" box: its note opens with the writer's name.
    for index in range(last + 1, len(reading.blocks) - 1):
        if reading.blocks[index].rule in AUTHOR_BOX_RULES:
            names = bio_author(reading.blocks[index + 1].text)
            if names is not None:
                meta = replace(reading.meta, author=names)
                return replace(reading, meta=meta, byline=reading.blocks[index + 1].text)
    return reading


AUTHOR_BOX_RULES = frozenset({"about_the_author"})
WIRE_CREDIT_RULES = frozenset({"wire_credit", "credit_line"})


# The passes run in this order.
PASSES: tuple[tuple[str, Pass], ...] = (
    ("email_header", read_email_header),
    ("headline_parts", split_headline_lines),
    ("lone_labels", join_lone_labels),
    ("box_labels", spread_box_labels),
    ("repeats", drop_repeats),
    ("lead", find_lead),
    ("title", find_title),
    ("dek", find_dek),
    ("highlights", mark_highlights),
    ("site_lines", mark_site_lines),
    ("extend_lead", extend_lead),
    ("header", mark_header),
    ("site_name", read_site_name),
    ("author_bio", find_author_bio),
    ("end", find_end),
    ("footer", mark_footer),
    ("body", mark_body),
    ("entry_heading", entry_heading),
    ("first_heading", first_heading),
    ("late_meta", read_late_meta),
    ("signature", read_signature),
    ("mentions", read_mentions),
    ("sender", read_sender),
    ("house_voice", read_house_voice),
)


def read_blocks(blocks: Sequence[Block]) -> Reading:
    reading = start_reading(blocks)
    for _name, run in PASSES:
        reading = run(reading)
    return reading
