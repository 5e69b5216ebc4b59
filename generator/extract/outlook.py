"""Forward-looking statements: sentences that say what may happen next.

A sentence counts when it holds a time marker ("by late Q2", "next year",
"in 2027") or a modal or predictive phrase ("could", "is expected to",
"plans to"). The time marker is preferred as the statement's ``marker``
because it says *when*; otherwise the first modal phrase is used. Only the
body is read: the analysis is the publisher's opinion, not reporting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from generator.extract.sentences import split_sentences as shared_split
from generator.model import Article, Block, Statement

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
_PERIOD = r"(?:year|quarter|month|week|decade|spring|summer|autumn|fall|winter|season)"
_PART = r"(?:(?:early|late|mid|the end of|the middle of|the start of|the first half of"
_PART += r"|the second half of)[\s-]+)?"
# The lookahead: every marker starts with one of these letters, so the regex
# gives up at once at the other word boundaries instead of trying each branch.
_TIME_MARKERS = re.compile(
    rf"""
    \b(?=[abdefilnotu])(?:
        (?:by|before|until|through|from|ahead\s+of)\s+{_PART}(?:Q[1-4]|H[12]|20\d\d|{_MONTH}\b
            |(?:the\s+)?(?:year|quarter)[\s-]end
            |(?:the\s+)?(?:end|middle|start)\s+of\s+(?:the\s+|this\s+|next\s+)?{_PERIOD})
      | towards?\s+(?:the\s+)?(?:year[\s-]end|end\s+of\s+(?:the\s+|this\s+)?{_PERIOD})
      | (?:early\s+|late\s+)?next\s+{_PERIOD}
      | later\s+this\s+{_PERIOD}
      | (?:in|over|during)\s+the\s+(?:coming|next)\s+(?:few\s+|several\s+|\w+\s+)?(?:days|weeks
            |months|quarters|years|decades|{_PERIOD})
      | in\s+the\s+(?:weeks|months|years)\s+ahead
      | in\s+{_PART}20\d\d
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "may" stays lowercase so the month May never counts; "could have", "might
# not have" and the like speak about the past, so they do not count either.
_MODAL_MARKERS = re.compile(
    r"""
    \b(?:
        (?:[Cc]ould|[Mm]ight|may)(?!\s+(?:not\s+)?have\b)
      | (?:is|are|was|were)\s+(?:widely\s+|still\s+)?expected\s+to
      | (?:is|are)\s+(?:likely|unlikely|poised|set|projected|slated|due|on\s+track)\s+to
      | will\s+likely
      | likely\s+to
      | plans?\s+to | planning\s+to
      | [Ff]orecasts? | [Ff]orecasted
    )\b
    """,
    re.VERBOSE,
)
_YEAR = re.compile(r"20\d\d")


# Words that end in a full stop without ending the sentence.
def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, from the splitter the extractors share."""
    return [(sentence.start, sentence.end) for sentence in shared_split(text)]


def extract_outlook(article: Article, *, reference_year: int | None = None) -> Article:
    """Fill ``article.outlook`` with the body's forward-looking sentences, in order.

    "in 2027" is forward-looking only when 2027 is not before the article's
    year; ``reference_year`` stands in when the article has no date. With
    neither, every named year counts: never the clock, so builds stay
    reproducible.
    """
    year = reference_year or (article.date.year if article.date else 0)
    statements: list[Statement] = []
    seen: set[str] = set()
    for block in _body_blocks(article):
        for statement in block_statements(block, year):
            key = " ".join(statement.text.split()).casefold()
            if key not in seen:
                seen.add(key)
                statements.append(statement)
    return replace(article, outlook=tuple(statements))


def _body_blocks(article: Article) -> Iterator[Block]:
    for section in article.sections:
        yield from section.blocks


def block_statements(block: Block, reference_year: int) -> Iterator[Statement]:
    """The forward-looking sentences of one block, each with its own line."""
    text = block.text
    for begin, end in split_sentences(text):
        sentence = text[begin:end]
        marker = find_marker(sentence, reference_year)
        if marker is not None:
            line = block.line + text.count("\n", 0, begin)
            yield Statement(" ".join(sentence.split()), line, marker)


def find_marker(sentence: str, reference_year: int) -> str | None:
    """The phrase that makes ``sentence`` forward-looking, or None."""
    for match in _TIME_MARKERS.finditer(sentence):
        years = [int(year) for year in _YEAR.findall(match.group())]
        # "by 2019" in a 2025 article looks back, not forward.
        if all(year >= reference_year for year in years):
            return " ".join(match.group().split())
    modal = _MODAL_MARKERS.search(sentence)
    return " ".join(modal.group().split()) if modal else None
