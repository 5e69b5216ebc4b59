"""Pull quotes printed alone between the story's paragraphs: a heading-shaped
line whose words a longer paragraph of the same page holds whole ("A
stockpile nobody has paid for is a stockpile nobody will use" over the
paragraph quoting it) is the page's furniture, never a heading. (A pull quote
read as a paragraph stays: taking it out moves the share of words the topics
are weighed by, and the quote is found once either way.)"""

from __future__ import annotations

from .headings import is_title_cased
from .reading import Label, Reading

# A pull quote is a phrase of this many words at least (shorter lines, "Why
# it matters", may well recur inside a sentence) and at most.
PULL_QUOTE_MIN_WORDS = 6
PULL_QUOTE_MAX_WORDS = 40
# Lines the pass looks at: the story's headings.
PULLED_LABELS = frozenset({"heading"})


def _held_by(reading: Reading, index: int) -> bool:
    """A longer paragraph of the story holds this line's words, in order."""
    key = reading.features[index].key
    needle = f" {key} "
    return any(
        other != index
        and reading.labels[other] == "body"
        and len(reading.features[other].key) > len(key)
        and needle in f" {reading.features[other].key} "
        for other in range(len(reading.blocks))
    )


def mark_pull_quotes(reading: Reading) -> Reading:
    """A heading a paragraph of the story holds whole: chrome."""
    changes: dict[int, Label] = {}
    for index, label in enumerate(reading.labels):
        words = reading.features[index].words
        block = reading.blocks[index]
        # (a name in title case, "Ministry of Economy, Trade and Industry", is no quote)
        if label not in PULLED_LABELS or block.kind != "text" or is_title_cased(block.text):
            continue
        if PULL_QUOTE_MIN_WORDS <= words <= PULL_QUOTE_MAX_WORDS and _held_by(reading, index):
            changes[index] = "chrome"
    return reading.relabel(changes)
