"""The first pass: a box label ("Trending Now", "Most Read", "Contents") spread
over the lines run on after it, up to the story (its headline, its first
paragraph) or the next box."""

from __future__ import annotations

from .features import PROSE_SENTENCE_WORDS, similarity
from .reading import (
    BADGE_RULES,
    SHORT_TITLE_WORDS,
    TITLE_MAX_WORDS,
    Label,
    Reading,
    body_stems,
    credit_line,
)


def spread_box_labels(reading: Reading) -> Reading:
    """A box label ("Trending Now", "Most Read", "Contents") takes the lines run on
    after it (same run, no blank line) with it; metadata lines keep their class."""
    changes: dict[int, Label] = {}
    first_prose = _first_prose(reading)
    body = body_stems(reading, first_prose)
    for index, block in enumerate(reading.blocks):
        if block.kind not in ("box_label", "end_matter", "share_start"):
            continue
        badge = block.rule in BADGE_RULES and _first_long_line(reading, index)
        contents = block.rule in CONTENTS_RULES
        # "News provided by" over the issuer's name: the name is the label's.
        if block.rule in ISSUER_LABEL_RULES and index + 1 < len(reading.blocks):
            if reading.labels[index + 1] != "meta":
                changes[index + 1] = "chrome"
            continue
        for after in range(index + 1, len(reading.blocks)):
            other = reading.blocks[after]
            if other.run != block.run or _box_ends_at(reading, after, first_prose, body, contents):
                break
            # A share row holds buttons: a longer line under it is the page's.
            if (
                block.rule in SHARE_ROW_RULES
                and reading.features[after].words > SHARE_ENTRY_MAX_WORDS
            ):
                break
            # An advertisement between: the list of links is over.
            if after < first_prose and other.kind == "boilerplate" and other.rule in BOX_END_RULES:
                break
            # Another box's label ("Key points" under "Share this article"; "Live"
            # under "Video" in a menu): the lines after it are that box's.
            if other.kind in NEW_BOX_KINDS or (
                other.kind == "box_label" and block.kind == "box_label"
            ):
                break
            if badge and _headline_under(reading, after - 1, first_prose):
                break  # "LIVE" over the headline: a badge, not a box of links.
            if reading.labels[after] != "meta":
                changes[after] = "chrome"
    return reading.relabel(changes)


BOX_END_RULES = frozenset({"advertisement"})
# Labels whose one line under them names who issued the page.
ISSUER_LABEL_RULES = frozenset({"provided_by"})
# A share row's entries: "Facebook", "Copy link", "Share on WhatsApp".
SHARE_ENTRY_MAX_WORDS = 5
SHARE_ROW_RULES = frozenset({"share_this"})
NEW_BOX_KINDS = frozenset({"highlights_header", "dek_label"})

# Box labels whose entries are the story's own headings.
CONTENTS_RULES = frozenset({"contents"})


def _first_long_line(reading: Reading, index: int) -> bool:
    """No line of headline length above this one: the top of the page."""
    return not any(reading.features[i].words >= SHORT_TITLE_WORDS for i in range(index))


def _headline_under(reading: Reading, index: int, first_prose: int) -> bool:
    """The line under this one, above any prose, is headline-shaped text: long
    enough, no sentence end (a promo line under a badge is chrome, not text)."""
    after = index + 1
    if after >= first_prose or reading.blocks[after].kind != "text":
        return False
    feats = reading.features[after]
    return SHORT_TITLE_WORDS <= feats.words <= TITLE_MAX_WORDS and not feats.ends_sentence


def _first_prose(reading: Reading) -> int:
    prose = (
        i for i, f in enumerate(reading.features) if f.prose and reading.labels[i] == "pending"
    )
    return next(prose, len(reading.blocks))


# A line above the story that shares this much of its words with the body is
# about the story (its headline), not a link to another one.
ABOUT_THE_STORY = 0.6


def _box_ends_at(
    reading: Reading, index: int, first_prose: int, body: set[str], contents: bool = False
) -> bool:
    """Above the story, a box of links holds short link texts: the first
    paragraph of prose is past its end, and so are the headline (a line about
    the story) and a line a byline or date follows (a page pasted without
    blank lines)."""
    feats = reading.features[index]
    # A contents entry the story prints again as its heading is still the box's.
    if contents and not feats.prose and _printed_again(reading, index):
        return False
    if index > first_prose:
        # In the story, a box of links ends where the story goes on: a paragraph
        # or a heading over one, about the story rather than another.
        return _story_goes_on(reading, index, body)
    if feats.prose:
        return True
    headline_shaped = feats.words >= SHORT_TITLE_WORDS and not feats.ends_sentence
    # A table of contents lists the story's own headings: its entries are about
    # the story, and still the box's.
    about = not contents and similarity(reading.blocks[index].text, body) >= ABOUT_THE_STORY
    if headline_shaped and about:
        return True
    following = index + 1
    if following >= len(reading.blocks) or reading.labels[index] != "pending":
        return False
    if reading.labels[following] == "meta":
        return True
    # A headline, its standfirst (a sentence, or a longer line) and a picture's
    # caption, then the byline or date (or a writer's name over it).
    if not headline_shaped:
        return False
    stop = min(len(reading.blocks), following + HEADER_LINES_UNDER_HEADLINE + 1)
    for under in range(following, stop):
        if under > following and (
            reading.labels[under] == "meta" or credit_line(reading, under) is not None
        ):
            return True
        if not _sentence_under_headline(reading, under, feats.words):
            return False
    return False


# Between a headline and its byline: a standfirst and a caption at most.
HEADER_LINES_UNDER_HEADLINE = 2


def _sentence_under_headline(reading: Reading, index: int, headline_words: int) -> bool:
    """A standfirst or a caption: a sentence (or a credit in brackets closing
    one), or a line longer than the headline that is no sentence."""
    feats, text = reading.features[index], reading.blocks[index].text.rstrip()
    return feats.ends_sentence or text.endswith(")") or feats.words > headline_words


def _printed_again(reading: Reading, index: int) -> bool:
    key = reading.features[index].key
    return bool(key) and any(f.key == key for i, f in enumerate(reading.features) if i > index)


# A paragraph below a box that shares this much with the body goes on with it.
GOES_ON_WITH_THE_STORY = 0.5


def _story_goes_on(reading: Reading, index: int, body: set[str]) -> bool:
    feats = reading.features[index]
    text = reading.blocks[index].text
    if feats.prose:
        long = feats.words >= PROSE_SENTENCE_WORDS
        return long and similarity(text, body) >= GOES_ON_WITH_THE_STORY
    following = index + 1
    return (
        feats.words >= 2
        and following < len(reading.blocks)
        and reading.blocks[following].run == reading.blocks[index].run
        and not feats.ends_sentence
        and following < len(reading.blocks)
        and reading.features[following].prose
        and similarity(text, body) >= GOES_ON_WITH_THE_STORY
        and similarity(reading.blocks[following].text, body) >= GOES_ON_WITH_THE_STORY
    )
