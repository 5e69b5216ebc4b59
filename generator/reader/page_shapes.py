"""Shapes of a whole page's header around its headline that open-web pages
print: a bulletin's masthead over its issue line, its greeting, its lead story
named first in its contents, a headline listed again under the story
("Recent posts"), and a newsletter naming its writer as it introduces itself."""

from __future__ import annotations

import re
from dataclasses import replace

from .boxes import CONTENTS_RULES
from .names import is_person
from .outlets import clean_outlet
from .reading import SHORT_TITLE_WORDS, Label, Reading, over_meta

# "Issue No. 47", "Volume 12, Issue 4 · Winter 2025": a bulletin's issue line,
# a date or season after it at most ("Issue #87: Magnets …" is a headline).
_ISSUE_LINE = re.compile(
    r"(?i)(?:vol(?:ume)?\.?\s*\d+\s*[,·|]?\s*)?(?:issue|edition)\s*(?:no\.?\s*|#\s*)?\d+"
    r"(?:\s*[|,·—–-]\s*(?:[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:[a-z]+\s+)?\d{4})?"
)
# A masthead stands up to this many lines over its issue line.
MASTHEAD_LINES = 2


def in_a_masthead(reading: Reading, index: int) -> bool:
    """A bulletin's issue line, or a line of its run up to two lines over it:
    its masthead ("PMAA MEMBER BULLETIN", the body's name); or its greeting
    ("Dear members,"): never the headline, which stands under them."""
    run = reading.blocks[index].run
    below = range(index, min(index + MASTHEAD_LINES + 1, len(reading.blocks)))
    return is_salutation(reading.blocks[index].text) or any(
        reading.blocks[i].run == run and _ISSUE_LINE.fullmatch(reading.blocks[i].text.strip())
        for i in below
    )


def contents_headline(reading: Reading) -> int | None:
    """A bulletin with no headline over its body: the first entry of its
    contents ("In this issue" / "1. Alliance submits comments …") when a
    section of the body is headed with it, the issue's lead story."""
    label = next((i for i, b in enumerate(reading.blocks) if b.rule in CONTENTS_RULES), None)
    first = label + 1 if label is not None else len(reading.blocks)
    if first >= len(reading.blocks) or reading.blocks[first].run != reading.blocks[label or 0].run:
        return None
    key = reading.features[first].key
    start = reading.lead if reading.lead is not None else len(reading.blocks)
    return next(
        (
            i
            for i in range(max(start, first + 1), len(reading.blocks))
            if reading.features[i].key == key
        ),
        None,
    )


# "Dear members,", "Hi everyone,": a letter's greeting, never a headline.
_SALUTATION = re.compile(r"(?i)(?:dear|hi|hello|greetings|good morning)\b[\w .'’-]{0,40}[,:!]")


def is_salutation(text: str) -> bool:
    return _SALUTATION.fullmatch(text.strip()) is not None


def repeated_over_byline(reading: Reading, index: int) -> bool:
    """Straight over a byline, and printed again further down in a list of
    posts (a line beside the copy in its run is another post's headline)."""
    after = index + 1
    if after >= len(reading.blocks) or reading.labels[after] != "meta":
        return False
    key = reading.features[index].key
    return any(
        reading.features[copy].key == key and _in_a_list(reading, copy)
        for copy in range(after, len(reading.blocks))
    )


def _in_a_list(reading: Reading, index: int) -> bool:
    block = reading.blocks[index]
    return any(
        0 <= other < len(reading.blocks)
        and reading.blocks[other].run == block.run
        and reading.blocks[other].kind == "text"
        and reading.features[other].words >= SHORT_TITLE_WORDS
        and not reading.features[other].ends_sentence
        for other in (index - 1, index + 1)
    )


# A newsletter introducing itself and its writer near the top: "You're reading
# Rare Earth Rundown, a free newsletter by Jamie Fox.", "This is the Critical
# Minerals Brief, written by Oliver Stamm." ("edited by" names an editor).
_WRITER_INTRO = re.compile(
    r"(?i:newsletter|brief|briefing|bulletin|letter|digest|dispatch|note|column|this is [^,.]{2,50})"
    r"\s*,?\s+(?i:(?:written|written and sent|sent)\s+)?(?i:by)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*[.!]\s*$"
)
WRITER_INTRO_REACH = 12


def newsletter_writer(reading: Reading) -> str | None:
    """The writer a newsletter names when it introduces itself near the top."""
    for block in reading.blocks[:WRITER_INTRO_REACH]:
        found = _WRITER_INTRO.search(block.text.strip())
        if found is not None and is_person(found["name"]):
            return found["name"]
    return None


def read_newsletter_writer(reading: Reading) -> Reading:
    """A newsletter's writer from its introduction, when no byline names one."""
    if reading.meta.author:
        return reading
    name = newsletter_writer(reading)
    return replace(reading, meta=replace(reading.meta, author=name)) if name else reading


def headline_printed_again(reading: Reading, index: int) -> bool:
    """A line above the body printed again further down with a date beside it
    (a PDF's running header: "Title                    7 April 2025"), or over
    its own byline or date and printed again below over the site's address (a
    link's preview card): the headline, whatever the repeat pass made of its
    copy."""
    key = reading.features[index].key
    copies = [
        other
        for other in range(index + 1, len(reading.blocks))
        if reading.features[other].key == key
    ]
    if over_meta(reading, index) and any(_over_an_address(reading, c) for c in copies):
        return True
    return any(
        other + 1 < len(reading.blocks)
        and reading.labels[other + 1] == "meta"
        and reading.blocks[other + 1].line == reading.blocks[other].line
        for other in copies
    )


# A document's title (a proposal's, a notice's) runs this long at most.
DOCUMENT_TITLE_MAX_WORDS = 45


def long_document_title(reading: Reading, index: int) -> bool:
    """ "Proposal for a COUNCIL DECISION on the position to be taken … projects"
    over its reference and "Document date: …": a document's long title, no
    sentence (no stop inside or at its end), over the date that dates it."""
    block, feats = reading.blocks[index], reading.features[index]
    text = block.text.strip()
    return (
        block.kind == "text"
        and feats.words <= DOCUMENT_TITLE_MAX_WORDS
        and not (feats.ends_sentence or feats.ends_question or feats.ends_colon)
        and not _SENTENCE_BREAK.search(text)
        and over_meta(reading, index)
    )


# A stop, then a capital: a sentence ends inside the line.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[A-Z]")


# A site's address alone on its line, as a link's preview card prints it.
_CARD_HOST = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?")
# A card's description is one sentence this long at most.
CARD_DESCRIPTION_MAX_WORDS = 40


def _over_an_address(reading: Reading, index: int) -> bool:
    following = index + 1
    return following < len(reading.blocks) and (
        _CARD_HOST.fullmatch(reading.blocks[following].text.strip()) is not None
    )


def mark_social_card(reading: Reading) -> Reading:
    """A link's preview card under the story: the headline's copy, the site's
    address under it and the page's description: chrome, all three."""
    if reading.title is None:
        return reading
    key = reading.features[reading.title].key
    changes: dict[int, Label] = {}
    for index in range(reading.title + 1, len(reading.blocks) - 1):
        if reading.features[index].key != key:
            continue
        host = index + 1
        if not _over_an_address(reading, index):
            continue
        changes[host] = "chrome"
        below = host + 1
        feats = reading.features[below] if below < len(reading.blocks) else None
        if (
            feats is not None
            and reading.labels[below] in ("body", "pending")
            and feats.sentence
            and not feats.sentences
            and feats.words <= CARD_DESCRIPTION_MAX_WORDS
        ):
            changes[below] = "chrome"
    return reading.relabel(changes) if changes else reading


# A copyright line's mark ("©", "Copyright", "(c)").
_COPYRIGHT = re.compile(r"(?i)^\s*(?:copyright|©|ⓒ|\(c\))")
# The publisher's name as its masthead prints it runs this long at most.
HOLDER_MAX_WORDS = 8


def names_the_copyright_holder(reading: Reading, index: int) -> bool:
    """ "CENTRE FOR INDO-PACIFIC ECONOMICS" over the menu, "© 2026 Centre for
    Indo-Pacific Economics. ABN …" at the foot: the publisher's name, never the
    headline."""
    words = reading.blocks[index].text.split()
    if not words or len(words) > HOLDER_MAX_WORDS:
        return False
    name = " ".join(words).casefold().strip(" .,:")
    for block in reading.blocks[index + 1 :]:
        if _COPYRIGHT.match(block.text) is None:
            continue
        holder = clean_outlet(block.text).casefold()
        if holder == name or (holder.startswith(name) and not holder[len(name)].isalnum()):
            return True
    return False
