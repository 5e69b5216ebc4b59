"""Which lines above the body may be the headline, before any is scored.

A short pending line (or a headline printed again as chrome), not a box's label,
a section's name, an outlet's, the writer's, a masthead's, a kicker or a
heading under a box of key points; and when a "Key points" box or a
standfirst's label stands among them, only the lines above it.
"""

from __future__ import annotations

from .headings import is_analysis_heading, is_reex_analysis_heading
from .kickers import kicker_over_headline
from .outlets import is_outlet
from .page_shapes import (
    headline_printed_again,
    in_a_masthead,
    long_document_title,
    names_the_copyright_holder,
    repeated_over_byline,
)
from .reading import SHORT_TITLE_WORDS, TITLE_MAX_WORDS, Reading
from .title_shapes import names_a_writer, names_an_issuer, only_furniture, under_points
from .words import is_section_label


def title_candidates(reading: Reading, stop: int) -> list[int]:
    found: list[int] = []
    keys = [reading.features[i].key for i in range(stop)]
    for index in range(stop):
        block, feats = reading.blocks[index], reading.features[index]
        label = reading.labels[index]
        # A headline printed again above the body (page title, og:title, h1),
        # or listed again below it ("Recent posts") and straight over its byline.
        repeated_title = (
            label == "chrome"
            and block.kind == "text"
            and (
                keys.count(keys[index]) > 1
                or repeated_over_byline(reading, index)
                or headline_printed_again(reading, index)
            )
        )
        if label != "pending" and not repeated_title:
            continue
        if block.kind in ("highlights_header", "dek_label"):
            continue
        if feats.words < 2 or feats.ends_colon:
            continue
        if feats.words > TITLE_MAX_WORDS and not long_document_title(reading, index):
            continue
        if is_section_label(block.text) or is_reex_analysis_heading(block.text):
            continue
        # "Analysis: …" below another candidate heads the analysis, not the page.
        if found and is_analysis_heading(block.text):
            continue
        if feats.words <= 5 and is_outlet(block.text):
            continue
        if only_furniture(block.text) or names_a_writer(reading, index):
            continue
        if in_a_masthead(reading, index):  # a bulletin's masthead, its greeting
            continue
        if names_the_copyright_holder(reading, index):
            continue
        if names_an_issuer(reading, index):
            continue
        # "Trade policy | The tariff economy" over "Ports of no return".
        if kicker_over_headline(reading, index):
            continue
        # "Why this matters" under a box of key points heads the story's first
        # section; a headline stands above the box.
        if feats.words < SHORT_TITLE_WORDS and under_points(reading, index):
            continue
        found.append(index)
    return found


def above_highlights(reading: Reading, candidates: list[int]) -> list[int]:
    """The headline stands above a "Key points" box or a standfirst's label ("The
    big picture"): the lines under the label are no candidates when a line above
    it is one."""
    header = next(
        (i for i, b in enumerate(reading.blocks) if b.kind in ("highlights_header", "dek_label")),
        None,
    )
    if header is None or not any(i < header for i in candidates):
        return candidates
    return [i for i in candidates if i < header]
