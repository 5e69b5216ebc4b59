"""A heading straight over the lead, which the header took as chrome.

A live blog's first entry ("From NAME in PLACE" may stand between it and the
lead) marked like the entries' headings further down, and a short line alone
over the lead heading the first section when the story's other sections have
headings ("Executive summary", then "Method", "Findings"), listed in a table of
contents above it, under a key points box, or numbered like the others.
"""

from __future__ import annotations

from dataclasses import replace

from .boxes import CONTENTS_RULES
from .heading_cues import cased_as_the_headings
from .headings import is_title_cased
from .names import is_person
from .reading import Reading, heading_shaped, numbered_alone


def entry_heading(reading: Reading) -> Reading:
    """A live blog's first entry: the short line over the lead is a heading when
    the line above it is marked like the lines above the body's headings (a time
    stamp over every entry), though the header took it as chrome."""
    lead = reading.lead
    # (the entry's credit, "From NAME in PLACE", may stand between it and the lead)
    if lead is not None and lead > 0 and reading.blocks[lead - 1].rule in ENTRY_CREDIT_RULES:
        lead -= 1
    if lead is None or lead < 2 or reading.labels[lead - 1] != "chrome":
        return reading
    candidate, marker = reading.blocks[lead - 1], reading.blocks[lead - 2].rule
    if candidate.kind != "text" or not marker or lead - 1 == reading.title:
        return reading
    if not heading_shaped(candidate, reading.features[lead - 1]):
        return reading
    marked = [
        i
        for i, label in enumerate(reading.labels)
        if label == "heading" and i > lead and reading.blocks[i - 1].rule == marker
    ]
    return reading.relabel({lead - 1: "heading"}) if marked else reading


ENTRY_CREDIT_RULES = frozenset({"entry_credit"})


def listed_in_contents(reading: Reading, index: int) -> bool:
    """The line is an entry of a table of contents above it ("In this article",
    then the headings): the page names it as the first section's heading."""
    label = next((i for i in range(index) if reading.blocks[i].rule in CONTENTS_RULES), None)
    text = reading.blocks[index].text
    return label is not None and any(
        reading.blocks[i].text == text and reading.labels[i] == "chrome"
        for i in range(label + 1, index)
    )


# A sentence-case line over the lead is a heading only this short ("Executive summary").
FIRST_HEADING_MAX_WORDS = 4


def first_heading(reading: Reading) -> Reading:
    """A short line alone just above the lead, which the header took as chrome,
    heads the first section when the story's other sections have headings
    ("Executive summary" over the lead, then "Method", "Findings")."""
    lead = reading.lead
    if lead is None or lead < 1 or reading.labels[lead - 1] != "chrome":
        return reading
    index = lead - 1
    block, feats = reading.blocks[index], reading.features[index]
    listed = listed_in_contents(reading, index)
    # Alone between blank lines, or in a paste with none, listed in the contents
    # or just under the key points' box.
    under_points = (
        index > 0
        and reading.labels[index - 1] == "highlight"
        and cased_as_the_headings(reading, index)
    )
    alone = (
        listed
        or under_points
        or (
            block.run != reading.blocks[lead].run
            and (index == 0 or reading.blocks[index - 1].run != block.run)
        )
    )
    shaped = (
        block.kind == "text"
        and not block.rule
        and index not in (reading.title, reading.dek)
        # "Ann Lee" between the standfirst and the lead signs the story.
        and block.text != reading.byline
        and not is_person(block.text)
        and (0 < feats.words <= FIRST_HEADING_MAX_WORDS or listed)
        and heading_shaped(block, feats)
        and not feats.ends_colon
    )
    # "1. Background" over the lead, "2. Market impact" further down.
    numbered = numbered_alone(reading, index) and heading_shaped(replace(block, kind="text"), feats)
    numbered = numbered and index not in (reading.title, reading.dek)
    headed = any(label == "heading" for label in reading.labels[lead:])
    # (between a box of key points and the lead, the line heads the story's
    # first section whatever else is found: "Key findings", its points, "Rare earths")
    # (in sentence case: a service's or a rail's name in title case may stand there)
    after_box = (
        index > 0 and reading.labels[index - 1] == "highlight" and not is_title_cased(block.text)
    )
    return (
        reading.relabel({index: "heading"})
        if (((alone or after_box) and shaped) or numbered) and (headed or after_box)
        else reading
    )
