"""Where a headline stands among the lines around it, beside the scores of
``title``: a line under a writer's name that stands under another candidate
is that headline's standfirst, not the headline; the only candidate, over
its byline, is the headline however low it scores (two sentences)."""

from __future__ import annotations

from .reading import SHORT_TITLE_WORDS, Reading, over_meta
from .title_shapes import names_a_writer


def standfirst_past_a_name(reading: Reading, index: int, candidates: list[int]) -> bool:
    """ "Britain's strategy is a wish list" / "Marta Kowalczyk" / a longer line
    over the date: the columnist's name parts the headline from its standfirst,
    and the longer line under the name is the standfirst, whatever stands
    under it."""
    words = reading.features[index].words
    return any(
        c + 2 == index
        and SHORT_TITLE_WORDS <= reading.features[c].words < words
        and names_a_writer(reading, c + 1)
        for c in candidates
    )


# A headline written as two sentences runs this long at most.
SENTENCES_HEADLINE_MAX_WORDS = 20


def alone_over_its_byline(reading: Reading, index: int, candidates: list[int]) -> bool:
    """ "Jakarta's nickel playbook is coming for bauxite. Investors should read
    the fine print." over "By NAME | DATE", the only line that can be the
    headline: the headline, its stops notwithstanding."""
    feats = reading.features[index]
    return (
        candidates == [index]
        and feats.ends_sentence
        and SHORT_TITLE_WORDS <= feats.words <= SENTENCES_HEADLINE_MAX_WORDS
        and over_meta(reading, index)
    )
