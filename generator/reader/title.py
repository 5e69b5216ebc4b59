"""The headline: the best-scoring short line above the body, by its length,
its words shared with the body, its place over a byline and its repeats (the
lines that may be it are `title_candidates`'s)."""

from __future__ import annotations

from dataclasses import replace

from .captions import caption_shaped
from .features import similarity
from .kickers import kicker_over_headline, labelled_copy
from .names import is_person
from .outlets import is_outlet
from .page_shapes import (
    contents_headline,
)
from .reading import (
    SHORT_TITLE_WORDS,
    SITE_NAME_MAX_WORDS,
    TITLE_MIN_SCORE,
    Label,
    Reading,
    body_stems,
    credit_line,
    names_prose_words,
    next_index,
    over_meta,
)
from .subheads import subheads_under
from .title_candidates import above_highlights, title_candidates
from .title_order import alone_over_its_byline, standfirst_past_a_name
from .title_shapes import (
    another_storys,
    ends_trail,
    names_a_writer,
    only_furniture,
    over_name_and_date,
    site_banner,
    standfirst_margin,
    standfirst_shaped,
    taken_by_a_badge,
    variant_of,
)
from .words import is_section_label


def _title_score(reading: Reading, index: int, body: set[str], candidates: list[int]) -> float:
    block, feats = reading.blocks[index], reading.features[index]
    if feats.words < SHORT_TITLE_WORDS:
        # A label ("Rare Earths", "World News") shares its words with the story
        # as much as a headline does: short lines win on their place alone.
        score = 0.1
    else:
        score = 1.0 if feats.words >= 5 else 0.4
        score += 2 * similarity(block.text, body)
    # (a headline in title case may end in a stop: "… Coming. Most … Ready.")
    if feats.ends_sentence and not feats.title_case:
        score -= 1.0
    texts = [reading.blocks[c].text for c in candidates if c != index]
    if feats.repeats > 1 or any(
        variant_of(t, block.text) or ends_trail(t, block.text) or labelled_copy(t, block.text)
        for t in texts
    ):
        score += 1.0
    following = next_index(reading, index)
    if following is not None and (
        reading.labels[following] in ("meta", "bullet")
        or reading.blocks[following].kind in ("highlights_header", "dek_label")
        or following == reading.lead
    ):
        score += 0.5
    # Over a longer line (its standfirst), as headlines stand.
    if _over_a_longer_line(reading, index, candidates):
        score += 0.5
    # Under its kicker ("Trade policy | The tariff economy"), where headlines stand.
    if index > 0 and kicker_over_headline(reading, index - 1):
        score += 1.0
    if index == 0 and feats.words <= 4 and len(candidates) > 1:
        score -= 0.5
    # Names beside a date are a byline, unless nothing else can be the headline.
    if credit_line(reading, index) is not None:
        score -= 1.0
    if _below_a_headline_with_byline(reading, index, candidates):
        score -= 1.0
    # Two sentences and more ("… came through. It took 91 days."): a paragraph.
    if feats.sentences and not feats.title_case:
        score -= 1.0
    # Three phrases and more between pipes: a profile's tagline or a trail.
    if block.text.count(" | ") >= PIPED_LIST_BARS:
        score -= 1.0
    return score


# A headline's tools ("Share", "Listen to this article") and its picture's
# caption stand between it and the lines under it.
TOOL_RULES = frozenset({"tools", "share_buttons", "tool_strip"})
BETWEEN_KINDS = frozenset({"caption"})


def _past_tools(reading: Reading, index: int) -> int | None:
    following = next_index(reading, index)
    while following is not None and (
        reading.blocks[following].rule in TOOL_RULES
        or reading.blocks[following].kind in BETWEEN_KINDS
    ):
        following = next_index(reading, following)
    return following


def _over_a_longer_line(reading: Reading, index: int, candidates: list[int]) -> bool:
    following = _past_tools(reading, index)
    return (
        following is not None
        and following in candidates
        and reading.features[following].words > reading.features[index].words
    )


def _below_a_headline_with_byline(reading: Reading, index: int, candidates: list[int]) -> bool:
    """A headline stands over its byline or date: a shorter line further down,
    past that metadata and with none of its own under it, is a caption, a
    section or a site's name, not the headline."""
    if standfirst_past_a_name(reading, index, candidates):
        return True
    if over_meta(reading, index):
        return False
    words = reading.features[index].words
    return any(
        c < index
        and (
            (
                reading.features[c].words >= max(SHORT_TITLE_WORDS, words + 1)
                and over_meta(reading, c)
                and any(reading.labels[m] == "meta" for m in range(c + 1, index))
            )
            # Over a writer's name and a date ("Ann Lee" / "June 3, 2025"), or
            # a name alone over this line: the headline, whatever the length
            # of the standfirst under them.
            or (
                reading.features[c].words >= SHORT_TITLE_WORDS
                and (
                    (over_name_and_date(reading, c) and c + 2 < index)
                    or (c + 2 == index and names_a_writer(reading, c + 1))
                )
            )
        )
        for c in candidates
    )


def find_title(reading: Reading) -> Reading:
    """The headline: the best-scoring short line above the body. A line that reads
    like a headline and is followed at once by a longer one is the headline over
    its standfirst."""
    stop = reading.lead if reading.lead is not None else len(reading.blocks)
    candidates = above_highlights(reading, title_candidates(reading, stop))
    if not candidates:
        candidates = taken_by_a_badge(reading, stop)
    if not candidates:
        lead = contents_headline(reading)  # a bulletin's lead story
        return _take_title(reading, lead) if lead else _only_line_as_title(reading, stop)
    start = reading.lead if reading.lead is not None else stop
    body = body_stems(reading, start)
    # A site's banner ("The Refinery Notes — independent writing on metals").
    if len(candidates) > 1:
        candidates = [i for i in candidates if not site_banner(reading, i)]
    scores = {i: _title_score(reading, i, body, candidates) for i in candidates}
    best = max(candidates, key=lambda i: (scores[i], -i))
    if scores[best] < TITLE_MIN_SCORE and not alone_over_its_byline(reading, best, candidates):
        return _only_line_as_title(reading, stop)
    best = _plain_of_variant(reading, best, candidates)
    before = best - 1
    if (
        before in scores
        and reading.features[before].words >= 5
        and scores[before] >= scores[best] - standfirst_margin(reading, before, best)
        and standfirst_shaped(reading, best)
        # A line over a longer one of its own stands over its standfirst.
        and not _over_a_longer_line(reading, best, candidates)
        # A headline shares words with its story; another story's, above the
        # headline that does, shares none.
        and not another_storys(reading, before, best, body)
        # "Workers at a plant in Ningbo, China, in May" over the headline: a caption.
        and not caption_shaped(reading.blocks[before].text)
    ):
        best = _plain_of_variant(reading, before, candidates)
    # A release's first subhead under its headline ("Revenue up 61% …").
    over = [c for c in candidates if c < best and best in subheads_under(reading, c)]
    return _take_title(reading, over[0] if over else best)


PIPED_LIST_BARS = 2


def _plain_of_variant(reading: Reading, index: int, candidates: list[int]) -> int:
    """The headline itself rather than its copy with the site's name after it."""
    text = reading.blocks[index].text
    for other in candidates:
        plain = reading.blocks[other].text
        if other != index and (
            variant_of(text, plain) is not None
            or ends_trail(text, plain)
            or labelled_copy(text, plain)
        ):
            return other
    return index


def _only_line_as_title(reading: Reading, stop: int) -> Reading:
    """A seed whose one line above the body is a single word, or a very long
    line, still has that line as its headline."""
    pending = [i for i in range(stop) if reading.labels[i] == "pending"]
    furniture = any(reading.labels[i] in ("chrome", "meta") for i in range(stop))
    feats = reading.features[0] if reading.blocks else None
    if (
        pending == [0]
        and feats is not None
        and not feats.prose
        and (not furniture or feats.words >= 3)
        and _may_be_a_headline(reading, 0)
    ):
        return _take_title(reading, 0)
    return reading


def _may_be_a_headline(reading: Reading, index: int) -> bool:
    """Not a line that names the site or the author, a box's label, or only
    the page's furniture ("4 min")."""
    block, feats = reading.blocks[index], reading.features[index]
    if block.kind != "text" or (
        is_person(block.text) and not names_prose_words(reading, block.text)
    ):
        return False
    if feats.words <= SITE_NAME_MAX_WORDS and is_outlet(block.text):
        return False
    if is_section_label(block.text) or names_a_writer(reading, index):
        return False

    # One word is a writer's headline ("Page"); "4 min" is furniture.
    return feats.words < 2 or not only_furniture(block.text)


def _take_title(reading: Reading, index: int) -> Reading:
    """Mark the title; its repeats and variants are chrome (a variant's suffix
    names the site)."""
    title = reading.blocks[index].text
    changes: dict[int, Label] = {index: "title"}
    for other, block in enumerate(reading.blocks):
        if other == index:
            continue
        if reading.features[other].key == reading.features[index].key:
            changes[other] = "chrome"
            continue
        if ends_trail(block.text, title):
            changes[other] = "chrome"
            continue
        suffix = variant_of(block.text, title)
        if suffix is not None:
            changes[other] = "chrome"
            if not is_section_label(suffix):
                reading = reading.with_source(5, suffix)
    reading = replace(reading, title=index)
    return reading.relabel(changes)
