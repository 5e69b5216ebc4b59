"""The story's own lines between its lead and its end: prose and short
sentences are body text, and a short line over more of the story is a
heading: title-cased, a question, a numbered line alone, or a short label
ending in ":" over a paragraph (a newsletter's "The numbers:"). A heading over
the lead itself is `lead_heading`'s."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace

from .ending import body_range, heads_a_schedule
from .heading_cues import (
    attribution,
    names_a_part,
    opens_a_subsection,
)
from .headings import is_analysis_heading
from .lead_heading import listed_in_contents
from .meta import parse_meta
from .quote_lines import attributes_a_quote
from .reading import Label, Reading, heading_shaped, numbered_alone
from .turn_lines import turn_lines
from .words import is_page_kind_label


def mark_body(reading: Reading) -> Reading:
    """Between the lead and the end: prose and short sentences are body; a short
    title-like line before more body is a heading; other short lines are body
    text too (a short paragraph between good ones is good)."""
    span = body_range(reading)
    changes: dict[int, Label] = {}
    labels: list[int] = []
    turns = _turn_labels(reading, span)
    named_turns = turn_lines(reading)
    for index in span:
        if reading.labels[index] == "bullet" and _numbered_heading(reading, index, span.stop):
            changes[index] = "heading"
            continue
        if reading.labels[index] != "pending":
            continue
        block, feats = reading.blocks[index], reading.features[index]
        if is_page_kind_label(block.text):
            changes[index] = "chrome"
            continue
        if index in named_turns:
            changes[index] = "body"  # "Han Ji-woo" over his answer: who speaks it.
            continue
        following = _next_content(reading, index + 1, span.stop)
        # A line the table of contents lists heads its section wherever it
        # stands, and so does a legal text's "Article 1".
        listed = heading_shaped(block, feats) and listed_in_contents(reading, index)
        if listed or names_a_part(reading, index, following):
            changes[index] = "heading"
            continue
        if (
            heading_shaped(block, feats)
            and _turn_label(block.text) not in turns
            and following is not None
            and (_opens_text(reading, following) or following in named_turns)
            and not _in_a_run_of_lines(reading, index, span.start, changes)
            and not _SAYS.search(block.text)
            and not attribution(reading, index)
        ) or heads_a_schedule(reading, index):
            changes[index] = "heading"
        else:
            changes[index] = "body"
            if _colon_heading(reading, index, following):
                labels.append(index)
    # Labels ending in ":" head the story's sections when the page heads them
    # all so (two or more): one alone among paragraphs and other headings is
    # more likely the lead-in of what follows.
    if len(labels) >= COLON_HEADINGS_MIN:
        changes.update(dict.fromkeys(labels, "heading"))
    return reading.relabel(changes)


# An interview's turn: a speaker's name or initials and a colon before what is
# said ("JMW: How far along are the permits?", "Tobias Wren: Grade and
# simplicity."). A label that opens two turns and more is a speaker's, and a
# question it opens is a turn of the interview, never a heading.
_TURN = re.compile(r"(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):\s+\S")
TURNS_MIN = 2


def _turn_label(text: str) -> str | None:
    found = _TURN.match(text)
    return found["label"] if found is not None else None


def _turn_labels(reading: Reading, span: range) -> frozenset[str]:
    """The labels that open two turns and more of the story's blocks."""
    counts = Counter(_turn_label(reading.blocks[index].text) for index in span)
    return frozenset(
        label for label, count in counts.items() if label is not None and count >= TURNS_MIN
    )


# A label ending in ":" is a heading only this short ("One good thing:").
COLON_HEADING_MAX_WORDS = 6
COLON_HEADINGS_MIN = 2
# Words of a lead-in to a quote or a list, never of a heading.
_LEAD_IN = re.compile(
    r"(?i)\b(?:said|says|say|told|added|wrote|writes|explained|noted|include[sd]?|including"
    r"|are|is|were|was|follows?|following|below|these|this|here|as|such)\W*:$"
    # "Three things to watch:": a count announces the items that follow.
    r"|^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+\w+"
)


def _colon_heading(reading: Reading, index: int, following: int | None) -> bool:
    """A short label ending in ":" on its own between paragraphs of prose, over a
    paragraph (not a list, not a quotation): a heading in sentence case ("What
    changes in July:"), not the lead-in of what follows ("The most advanced are:")."""
    block, feats = reading.blocks[index], reading.features[index]
    if not feats.ends_colon or feats.words > COLON_HEADING_MAX_WORDS or following is None:
        return False
    if _LEAD_IN.search(block.text) or not heading_shaped(block, replace(feats, ends_colon=False)):
        return False
    after = reading.blocks[following]
    above = reading.blocks[index - 1].run if index > 0 else None
    # Blank lines around it, or around nothing: a page pasted without blank lines.
    alone = (after.run != block.run and above != block.run) or (after.run == block.run == above)
    opens_paragraph = (
        reading.labels[following] == "pending"
        and reading.features[following].prose
        and after.text[:1] not in "\"“‘'"
    )
    before = index - 1
    while before >= 0 and reading.labels[before] in ("chrome", "meta"):
        before -= 1
    after_prose = before >= 0 and (
        reading.features[before].prose or reading.features[before].sentence
    )
    return alone and opens_paragraph and after_prose


def _opens_text(reading: Reading, index: int) -> bool:
    """What a heading stands over: a paragraph, a sentence, a list or another
    heading; not one more short line (a name over a job title, a table's cells)."""
    block, feats = reading.blocks[index], reading.features[index]
    if reading.labels[index] in ("bullet", "heading") or feats.prose or feats.sentence:
        return True
    return feats.ends_colon or is_analysis_heading(block.text)


# "Lot size: 1 tonne": a field of a specification, a fact sheet or a schedule.
_FIELD_LINE = re.compile(r"[A-Z][\w'’ /&()-]{1,40}:\s+\S.*")


def _field_line(reading: Reading, index: int) -> bool:
    return _FIELD_LINE.fullmatch(reading.blocks[index].text.strip()) is not None


# "Managing Director and CEO Callum Fraser said:": the lead-in of a quotation.
_SAYS = re.compile(r"(?i)\b(?:said|says|told|added|wrote|writes|explained|noted|commented)\W*:$")


def _a_note(reading: Reading, index: int) -> bool:
    """A metadata line that is a note ("Source: …"), not a stamp ("Publication
    date: 3 March 2025" among a data set's fields, which ends no run)."""
    if reading.labels[index] != "meta":
        return False
    found = parse_meta(reading.blocks[index].text)
    return found is None or (found.published is None and found.updated is None)


def _in_a_run_of_lines(
    reading: Reading, index: int, start: int, changes: Mapping[int, Label]
) -> bool:
    """A short line under a lead-in ending in ":", or under another short line
    that is not a heading: an item of a list without bullets, a contact block;
    a question under another in its run (a list of questions)."""
    before = index - 1
    while before >= start and reading.labels[before] in ("chrome", "meta"):
        before -= 1
    # (a table's "Source: …" note under its rows ends them)
    if before < start or any(_a_note(reading, i) for i in range(before + 1, index)):
        return False
    feats = reading.features[before]
    if feats.ends_colon:
        return True
    # "— Owen Prescott, Tindal Minerals" under a pull quote ends it, and lists nothing.
    if attributes_a_quote(reading, before):
        return False
    # Under a heading this pass found ("Frequently asked questions" over its
    # first question and the answer), a heading-shaped line heads a section of
    # its own; over more questions, it opens their list.
    after = index + 1
    if changes.get(before) == "heading" and after < len(reading.blocks):
        return reading.features[after].ends_question
    # A line that is no field, under a list of fields, starts what follows it.
    if _field_line(reading, before) and not _field_line(reading, index):
        return False
    label = reading.labels[before]
    # A question straight under another in its run: a list of questions.
    asked = (
        feats.ends_question
        and reading.features[index].ends_question
        and reading.blocks[before].run == reading.blocks[index].run
    )
    return label in ("pending", "body") and (asked or not (feats.prose or feats.sentence))


def _numbered_heading(reading: Reading, index: int, stop: int) -> bool:
    """ "1. Lead times, not prices, were the real shock" alone between paragraphs:
    a numbered heading, not a list."""
    following = _next_content(reading, index + 1, stop)
    return (
        following is not None
        and (
            (
                numbered_alone(reading, index)
                and (reading.features[following].prose or reading.features[following].lead_in)
            )
            or opens_a_subsection(reading, index, following)
        )
        and heading_shaped(replace(reading.blocks[index], kind="text"), reading.features[index])
    )


def _next_content(reading: Reading, start: int, stop: int) -> int | None:
    for index in range(start, stop):
        if reading.labels[index] in ("pending", "bullet", "body", "heading"):
            return index
    return None
