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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from .blocks import Block
from .features import Features, all_features, repeat_key, similarity
from .meta import (
    PERSON_MAX_TOKENS,
    Meta,
    clean_outlet,
    is_outlet,
    is_person,
    merge_meta,
    parse_meta,
    read_credit_line,
)
from .rules import (
    HEADING_MAX_CHARS,
    HEADING_MAX_WORDS,
    classify,
    ends_with,
    is_analysis_heading,
    is_reex_analysis_heading,
    is_title_cased,
    split_dateline,
)
from .words import AGENCIES, HONORIFICS, content_stems, is_section_label

Label = Literal[
    "chrome",
    "meta",
    "title",
    "dek",
    "highlight",
    "heading",
    "body",
    "bullet",
    "pending",
]

# Kinds of line that are chrome wherever they stand.
CHROME_KINDS = frozenset({"separator", "boilerplate", "caption", "box_label", "dek_label"})
# Kinds that end the article once its body has been read.
END_KINDS = frozenset({"chrome_start", "share_start", "end_matter"})
# End matter closes the story only this far into the body (by words of prose).
END_MATTER_MIN_SHARE = 0.5
# Words compared to find a headline's words in the story.
BODY_SAMPLE_BLOCKS = 12
DEK_MIN_WORDS = 6
DEK_MAX_WORDS = 70
TITLE_MAX_WORDS = 30
TITLE_MIN_SCORE = 0.3
SHORT_TITLE_WORDS = 4
HIGHLIGHT_MAX_WORDS = 60
SITE_NAME_MAX_WORDS = 8
LEAD_HEADING_MAX_WORDS = 6


@dataclass(frozen=True)
class Reading:
    """The blocks, their features and labels, and what the passes took out."""

    blocks: tuple[Block, ...]
    features: tuple[Features, ...]
    labels: tuple[Label, ...]
    title: int | None = None
    dek: int | None = None
    lead: int | None = None
    end: int | None = None
    highlights: tuple[str, ...] = ()
    highlight_blocks: tuple[int, ...] = ()
    meta: Meta = field(default_factory=Meta)
    # The line the author's name was read from.
    byline: str | None = None
    # Source candidates by priority (lower first): (priority, name).
    sources: tuple[tuple[int, str], ...] = ()

    def relabel(self, changes: dict[int, Label]) -> Reading:
        labels = list(self.labels)
        for index, label in changes.items():
            labels[index] = label
        return replace(self, labels=tuple(labels))

    def with_source(self, priority: int, name: str | None) -> Reading:
        if not name:
            return self
        return replace(self, sources=(*self.sources, (priority, name)))

    @property
    def source(self) -> str | None:
        return min(self.sources)[1] if self.sources else None


Pass = Callable[[Reading], Reading]


# --- Intrinsic classes ------------------------------------------------------------


def _intrinsic(block: Block, features: Features) -> Label:
    if block.kind in CHROME_KINDS:
        return "chrome"
    if block.kind == "meta":
        return "meta"
    if block.kind == "bullet":
        return "bullet"
    if block.kind in END_KINDS:
        return "chrome"
    return "pending"


def start_reading(blocks: Sequence[Block]) -> Reading:
    features = all_features(blocks)
    labels = tuple(_intrinsic(b, f) for b, f in zip(blocks, features, strict=True))
    return Reading(tuple(blocks), features, labels)


def _is_good(reading: Reading, index: int) -> bool:
    """Prose, or the lead of a short seed that has none."""
    return reading.labels[index] == "pending" and (
        reading.features[index].prose or index == reading.lead
    )


# --- Passes -------------------------------------------------------------------


def spread_box_labels(reading: Reading) -> Reading:
    """A box label ("Trending Now", "Most Read", "Contents") takes the lines run on
    after it (same run, no blank line) with it; metadata lines keep their class."""
    changes: dict[int, Label] = {}
    first_prose = _first_prose(reading)
    body = _body_stems(reading, first_prose)
    for index, block in enumerate(reading.blocks):
        if block.kind not in ("box_label", "end_matter", "share_start"):
            continue
        for after in range(index + 1, len(reading.blocks)):
            other = reading.blocks[after]
            if other.run != block.run or _box_ends_at(reading, after, first_prose, body):
                break
            if reading.labels[after] != "meta":
                changes[after] = "chrome"
    return reading.relabel(changes)


def _first_prose(reading: Reading) -> int:
    prose = (
        i for i, f in enumerate(reading.features) if f.prose and reading.labels[i] == "pending"
    )
    return next(prose, len(reading.blocks))


# A line above the story that shares this much of its words with the body is
# about the story (its headline), not a link to another one.
ABOUT_THE_STORY = 0.6


def _box_ends_at(reading: Reading, index: int, first_prose: int, body: set[str]) -> bool:
    """Above the story, a box of links holds short link texts: the first
    paragraph of prose is past its end, and so are the headline (a line about
    the story) and a line a byline or date follows (a page pasted without
    blank lines)."""
    if index > first_prose:
        return False
    feats = reading.features[index]
    if feats.prose:
        return True
    headline_shaped = feats.words >= SHORT_TITLE_WORDS and not feats.ends_sentence
    if headline_shaped and similarity(reading.blocks[index].text, body) >= ABOUT_THE_STORY:
        return True
    following = index + 1
    return (
        following < len(reading.blocks)
        and reading.labels[following] == "meta"
        and reading.labels[index] == "pending"
    )


def drop_repeats(reading: Reading) -> Reading:
    """A line printed twice or more that is not prose of the body (a caption under
    a picture and again in the text, a letterhead and the footer): chrome, except
    a headline's repeats, which the title pass reads."""
    changes: dict[int, Label] = {}
    for index, feats in enumerate(reading.features):
        if feats.repeats > 1 and reading.labels[index] in ("pending", "bullet") and feats.words:
            changes[index] = "chrome"
    return reading.relabel(changes)


def find_lead(reading: Reading) -> Reading:
    """The first prose block: the body starts here (unless it is the dek). A
    sentence above a headline-shaped line that a byline or date follows is an
    image caption, not the lead."""
    changes: dict[int, Label] = {}
    for index in range(len(reading.blocks)):
        if not _is_good(reading, index):
            continue
        if _headline_follows(reading, index):
            changes[index] = "chrome"
            continue
        if _byline_follows(reading, index):
            continue
        return replace(reading.relabel(changes), lead=index)
    # A short seed with no paragraph of prose: the first sentence after a line
    # that can be its headline.
    sentences = [
        i
        for i in range(len(reading.blocks))
        if reading.labels[i] == "pending" and reading.features[i].sentence
    ]
    lead = next((i for i in sentences if any(_could_be_title(reading, j) for j in range(i))), None)
    return replace(reading.relabel(changes), lead=lead)


def _could_be_title(reading: Reading, index: int) -> bool:
    feats = reading.features[index]
    return reading.labels[index] == "pending" and feats.words >= 2 and not feats.sentence


HEADLINE_LOOKAHEAD = 4
# A headline or standfirst that ends with a full stop is no longer than this.
STANDFIRST_MAX_WORDS = 40


def _byline_follows(reading: Reading, index: int) -> bool:
    """A short paragraph with a byline or date straight under it (furniture
    aside) and more prose further down: a headline or standfirst, not the lead."""
    if reading.features[index].words > STANDFIRST_MAX_WORDS:
        return False
    after = index + 1
    while after < len(reading.blocks) and reading.labels[after] == "chrome":
        after += 1
    if after >= len(reading.blocks) or reading.labels[after] != "meta":
        return False
    return any(
        reading.labels[i] == "pending" and reading.features[i].prose
        for i in range(after + 1, len(reading.blocks))
    )


def _headline_follows(reading: Reading, index: int) -> bool:
    """Within a few blocks, and before more prose: a headline-shaped line, then a
    metadata line."""
    stop = min(len(reading.blocks), index + 1 + HEADLINE_LOOKAHEAD)
    for other in range(index + 1, stop):
        if _is_good(reading, other):
            return False
        feats = reading.features[other]
        if reading.labels[other] != "pending" or not 4 <= feats.words <= TITLE_MAX_WORDS:
            continue
        if feats.ends_sentence or feats.ends_colon:
            continue
        after = other + 1
        while after < len(reading.blocks) and reading.labels[after] == "chrome":
            after += 1
        if after < stop + 2 and after < len(reading.blocks) and reading.labels[after] == "meta":
            return True
    return False


def _title_candidates(reading: Reading, stop: int) -> list[int]:
    found: list[int] = []
    keys = [reading.features[i].key for i in range(stop)]
    for index in range(stop):
        block, feats = reading.blocks[index], reading.features[index]
        label = reading.labels[index]
        # A headline printed again above the body (page title, og:title, h1).
        repeated_title = label == "chrome" and block.kind == "text" and keys.count(keys[index]) > 1
        if label != "pending" and not repeated_title:
            continue
        if block.kind in ("highlights_header", "dek_label"):
            continue
        if feats.words < 2 or feats.words > TITLE_MAX_WORDS or feats.ends_colon:
            continue
        if is_section_label(block.text) or is_reex_analysis_heading(block.text):
            continue
        # "Analysis: …" below another candidate heads the analysis, not the page.
        if found and is_analysis_heading(block.text):
            continue
        if feats.words <= 5 and is_outlet(block.text):
            continue
        found.append(index)
    return found


def _body_stems(reading: Reading, start: int) -> set[str]:
    stems: set[str] = set()
    taken = 0
    for index in range(start, len(reading.blocks)):
        if _is_good(reading, index):
            stems |= content_stems(reading.blocks[index].text)
            taken += 1
            if taken >= BODY_SAMPLE_BLOCKS:
                break
    return stems


def _variant_of(text: str, title: str) -> str | None:
    """The suffix when ``text`` is ``title`` with a site or section name after it."""
    for separator in (" - ", " – ", " — ", " | ", " :: ", " · "):
        head, sep, suffix = text.rpartition(separator)
        if sep and repeat_key(head) == repeat_key(title) and 0 < len(suffix.split()) <= 6:
            return suffix.strip()
    return None


def _title_score(reading: Reading, index: int, body: set[str], candidates: list[int]) -> float:
    block, feats = reading.blocks[index], reading.features[index]
    if feats.words < SHORT_TITLE_WORDS:
        # A label ("Rare Earths", "World News") shares its words with the story
        # as much as a headline does: short lines win on their place alone.
        score = 0.1
    else:
        score = 1.0 if feats.words >= 5 else 0.4
        score += 2 * similarity(block.text, body)
    if feats.ends_sentence:
        score -= 1.0
    texts = [reading.blocks[c].text for c in candidates if c != index]
    if feats.repeats > 1 or any(_variant_of(t, block.text) for t in texts):
        score += 1.0
    following = _next_index(reading, index)
    if following is not None and (
        reading.labels[following] in ("meta", "bullet")
        or reading.blocks[following].kind in ("highlights_header", "dek_label")
        or following == reading.lead
    ):
        score += 0.5
    # Over a longer line (its standfirst), as headlines stand.
    if (
        following is not None
        and following in candidates
        and reading.features[following].words > feats.words
    ):
        score += 0.5
    if index == 0 and feats.words <= 4 and len(candidates) > 1:
        score -= 0.5
    # Names beside a date are a byline, unless nothing else can be the headline.
    if _credit_line(reading, index) is not None:
        score -= 1.0
    if _below_a_headline_with_byline(reading, index, candidates):
        score -= 1.0
    return score


def _over_meta(reading: Reading, index: int) -> bool:
    """A byline or date straight under the line (chrome aside)."""
    after = index + 1
    while after < len(reading.blocks) and reading.labels[after] == "chrome":
        after += 1
    return after < len(reading.blocks) and reading.labels[after] == "meta"


def _below_a_headline_with_byline(reading: Reading, index: int, candidates: list[int]) -> bool:
    """A headline stands over its byline or date: a line further down, past that
    metadata and with none of its own under it, is a caption, a section or a
    site's name, not the headline."""
    if _over_meta(reading, index):
        return False
    return any(
        c < index
        and reading.features[c].words >= SHORT_TITLE_WORDS
        and _over_meta(reading, c)
        and any(reading.labels[m] == "meta" for m in range(c + 1, index))
        for c in candidates
    )


def _next_index(reading: Reading, index: int) -> int | None:
    return index + 1 if index + 1 < len(reading.blocks) else None


def find_title(reading: Reading) -> Reading:
    """The headline: the best-scoring short line above the body. A line that reads
    like a headline and is followed at once by a longer one is the headline over
    its standfirst."""
    stop = reading.lead if reading.lead is not None else len(reading.blocks)
    candidates = _above_highlights(reading, _title_candidates(reading, stop))
    if not candidates:
        return _only_line_as_title(reading, stop)
    start = reading.lead if reading.lead is not None else stop
    body = _body_stems(reading, start)
    # A site's banner ("The Refinery Notes — independent writing on metals").
    if len(candidates) > 1:
        candidates = [i for i in candidates if not _site_banner(reading, i)]
    scores = {i: _title_score(reading, i, body, candidates) for i in candidates}
    best = max(candidates, key=lambda i: (scores[i], -i))
    if scores[best] < TITLE_MIN_SCORE:
        return _only_line_as_title(reading, stop)
    best = _plain_of_variant(reading, best, candidates)
    before = best - 1
    if (
        before in scores
        and reading.features[before].words >= 5
        and scores[before] >= scores[best] - 1.0
    ):
        best = _plain_of_variant(reading, before, candidates)
    return _take_title(reading, best)


def _above_highlights(reading: Reading, candidates: list[int]) -> list[int]:
    """The headline stands above a "Key points" box: the points under the label
    are no candidates when a line above it is one."""
    header = next((i for i, b in enumerate(reading.blocks) if b.kind == "highlights_header"), None)
    if header is None or not any(i < header for i in candidates):
        return candidates
    return [i for i in candidates if i < header]


def _plain_of_variant(reading: Reading, index: int, candidates: list[int]) -> int:
    """The headline itself rather than its copy with the site's name after it."""
    text = reading.blocks[index].text
    for other in candidates:
        if other != index and _variant_of(text, reading.blocks[other].text) is not None:
            return other
    return index


def _site_banner(reading: Reading, index: int) -> bool:
    """The first line of text: a title-cased name, then a lower-case tagline."""
    first = next((i for i, b in enumerate(reading.blocks) if b.kind == "text"), None)
    if index != first:
        return False
    parts = _TAGLINE.split(reading.blocks[index].text, maxsplit=1)
    return (
        len(parts) == 2
        and len(parts[0].split()) <= 5
        and is_title_cased(parts[0])
        and parts[1][:1].islower()
    )


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
    ):
        return _take_title(reading, 0)
    return reading


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
        suffix = _variant_of(block.text, title)
        if suffix is not None:
            changes[other] = "chrome"
            if not is_section_label(suffix):
                reading = reading.with_source(5, suffix)
    reading = replace(reading, title=index)
    return reading.relabel(changes)


def find_dek(reading: Reading) -> Reading:
    """The standfirst under the headline: the block after a "Synopsis" label, or
    the block straight after the title when a byline, date or other header line
    comes between it and the body."""
    if reading.title is None:
        return reading
    start = reading.title + 1
    labelled = False
    # Past a byline, a date, a caption or share buttons above the standfirst.
    while start < len(reading.blocks) and (
        reading.labels[start] == "meta"
        or (reading.labels[start] == "chrome" and reading.blocks[start].kind != "text")
    ):
        start += 1
    if start < len(reading.blocks) and reading.blocks[start].kind == "dek_label":
        start, labelled = start + 1, True
    if start >= len(reading.blocks):
        return reading
    feats = reading.features[start]
    if reading.labels[start] != "pending" or not DEK_MIN_WORDS <= feats.words <= DEK_MAX_WORDS:
        return reading
    if not labelled:
        if split_dateline(reading.blocks[start].text) is not None:
            return reading
        if feats.prose or feats.sentence:
            # A standfirst has its byline or date under it, before the story.
            following = _next_good(reading, start + 1)
            if following is None or not any(
                reading.labels[i] == "meta"
                or reading.blocks[i].kind == "caption"
                or _credit_line(reading, i) is not None
                for i in range(start + 1, following)
            ):
                return reading
    reading = replace(reading, dek=start).relabel({start: "dek"})
    if reading.lead == start:
        reading = replace(reading, lead=_next_good(reading, start + 1))
    return reading


SECTION_AFTER_NAME_MAX_WORDS = 3


def _site_and_section(text: str) -> str | None:
    """ "LATIN MINING JOURNAL — PROJECTS", "Mining Ledger | Markets": a site's name
    and a section; the name, or None."""
    parts = [p.strip() for p in _TAGLINE.split(text, maxsplit=1)]
    if len(parts) != 2 or not is_outlet(parts[0]) or ends_with(parts[1], ".!?"):
        return None
    section = parts[1]
    if is_section_label(section) or len(section.split()) <= SECTION_AFTER_NAME_MAX_WORDS:
        return clean_outlet(parts[0].title() if parts[0].isupper() else parts[0])
    return None


def mark_site_lines(reading: Reading) -> Reading:
    """Between the headline and the body, a line naming the site and a section is
    chrome, and names the source."""
    if reading.lead is None or reading.title is None:
        return reading
    changes: dict[int, Label] = {}
    for index in range(reading.title + 1, reading.lead):
        if reading.labels[index] != "pending":
            continue
        name = _site_and_section(reading.blocks[index].text)
        if name is not None:
            changes[index] = "chrome"
            reading = reading.with_source(7, name)
    return reading.relabel(changes)


def extend_lead(reading: Reading) -> Reading:
    """Short sentences and headings between the headline and the first paragraph
    of prose are the start of the body, when nothing else stands between."""
    if reading.lead is None or reading.title is None:
        return reading
    floor = reading.dek if reading.dek is not None else reading.title
    start = reading.lead
    while (
        start - 1 > floor
        and reading.labels[start - 1] == "pending"
        and reading.blocks[start - 1].kind == "text"
    ):
        feats = reading.features[start - 1]
        if not (feats.sentence or _heading_shaped(reading.blocks[start - 1], feats)):
            break
        start -= 1
    if start - 1 != floor:
        return reading
    return replace(reading, lead=start)


def _next_good(reading: Reading, start: int) -> int | None:
    return next((i for i in range(start, len(reading.blocks)) if _is_good(reading, i)), None)


_BIO_VERBS = ("is", "writes", "covers", "was", "has", "previously", "leads", "edits", "reports")


def _is_author_bio(text: str, author: str) -> bool:
    """ "Dana Whitfield writes Tariff Tracker …", "Dr. Ellen Marsh is a senior fellow …"."""
    body = HONORIFICS.sub("", text.strip())
    for name in author.split(" and "):
        surname = name.split()[-1]
        for start in (name, surname):
            if body.startswith(start + " ") and body[len(start) :].split()[0] in _BIO_VERBS:
                return True
    return False


_BIO = re.compile(
    r"(?:(?:dr|prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:is|was|writes|covers|has been)\b"
    r".{0,100}\b(?:reporter|correspondent|editor|writer|journalist|columnist|analyst|fellow|contributor"
    r"|author|founder|economist|professor|researcher|partner|director|strategist|newsletter)\b"
)


def find_author_bio(reading: Reading) -> Reading:
    """A note on the author after the story ("Dana Whitfield writes …", "Jane
    Doe is a senior fellow at …") ends it."""
    author = reading.meta.author or ""
    if reading.lead is None:
        return reading
    prose = [
        reading.features[i].words if _is_good(reading, i) else 0 for i in range(len(reading.blocks))
    ]
    seen, total = 0, sum(prose)
    for index in range(reading.lead + 1, len(reading.blocks)):
        seen += prose[index - 1]
        text = reading.blocks[index].text
        if seen >= END_MATTER_MIN_SHARE * total and (
            (author and _is_author_bio(text, author)) or _BIO.match(text)
        ):
            return replace(reading, end=index)
    return reading


def find_end(reading: Reading) -> Reading:
    """Where the article stops: an end line (comments, share and related widgets,
    end matter) after body text; else after the last body paragraph."""
    lead = reading.lead
    if lead is None:
        return reading
    bio = reading.end
    # Comments opening before any prose: what follows them is readers' text.
    if not reading.features[lead].prose:
        opening = next((i for i in range(lead) if reading.blocks[i].kind == "chrome_start"), None)
        if opening is not None and (reading.title is None or opening > reading.title):
            return replace(reading, end=opening, lead=None)
    prose_words = [
        reading.features[i].words if _is_good(reading, i) else 0 for i in range(len(reading.blocks))
    ]
    total = sum(prose_words)
    seen = 0
    for index, block in enumerate(reading.blocks):
        if index > lead and block.kind in END_KINDS:
            enough = block.kind == "chrome_start" or seen >= END_MATTER_MIN_SHARE * total
            if enough:
                return replace(reading, end=min(index, bio) if bio is not None else index)
        seen += prose_words[index]
    return reading


def _body_range(reading: Reading) -> range:
    lead = reading.lead if reading.lead is not None else len(reading.blocks)
    end = reading.end if reading.end is not None else len(reading.blocks)
    return range(lead, end)


def mark_footer(reading: Reading) -> Reading:
    """After the article's end, and after its last paragraph of prose (and the
    short sentences that follow it straight on), everything is footer chrome."""
    span = _body_range(reading)
    changes: dict[int, Label] = {i: "chrome" for i in range(span.stop, len(reading.blocks))}
    last = max((i for i in span if _is_good(reading, i)), default=None)
    if last is not None:
        tail = last + 1
        listing = False
        while tail < span.stop and _runs_on_after_prose(reading, tail, listing):
            listing = reading.features[tail].ends_colon or (
                listing and reading.labels[tail] == "bullet"
            )
            tail += 1
        changes.update({i: "chrome" for i in range(tail, span.stop) if reading.labels[i] != "meta"})
        reading = reading.with_source(3, _agency_credit(reading, tail, span.stop))
    return reading.relabel(changes)


def _runs_on_after_prose(reading: Reading, index: int, listing: bool) -> bool:
    """After the last paragraph of prose, the story goes on with short sentences,
    a lead-in ending in ":" and the list under it, list items that are
    sentences, and a heading over a short sentence."""
    label, feats = reading.labels[index], reading.features[index]
    following = index + 1 if index + 1 < len(reading.blocks) else None
    if label == "pending" and feats.sentence:
        return True
    if label == "bullet" and (listing or feats.sentence):
        return True
    if label == "pending" and feats.ends_colon:
        return following is not None and reading.labels[following] == "bullet"
    heading = label == "pending" and _heading_shaped(reading.blocks[index], feats)
    return (
        heading
        and following is not None
        and reading.labels[following] == "pending"
        and reading.features[following].sentence
    )


def _agency_credit(reading: Reading, index: int, stop: int) -> str | None:
    """A bare agency credit closing the story: "— AFP", "Reuters", "VNA"."""
    if index >= stop and index >= len(reading.blocks):
        return None
    if index >= len(reading.blocks):
        return None
    text = reading.blocks[index].text.strip()
    dashed = text[:1] in "—–-"
    name = text.lstrip("—–- ").strip()
    words = name.split()
    if not 1 <= len(words) <= 4 or ends_with(name, ".!?,;:"):
        return None
    if reading.blocks[index].kind != "text":
        return None
    if dashed or (len(words) == 1 and (name.isupper() or is_outlet(name))) or is_outlet(name):
        return name if name[:1].isupper() else None
    return None


def mark_body(reading: Reading) -> Reading:
    """Between the lead and the end: prose and short sentences are body; a short
    title-like line before more body is a heading; other short lines are body
    text too (a short paragraph between good ones is good)."""
    span = _body_range(reading)
    changes: dict[int, Label] = {}
    for index in span:
        if reading.labels[index] == "bullet" and _numbered_heading(reading, index, span.stop):
            changes[index] = "heading"
            continue
        if reading.labels[index] != "pending":
            continue
        block, feats = reading.blocks[index], reading.features[index]
        following = _next_content(reading, index + 1, span.stop)
        if _heading_shaped(block, feats) and following is not None:
            changes[index] = "heading"
        else:
            changes[index] = "body"
    return reading.relabel(changes)


def _numbered_heading(reading: Reading, index: int, stop: int) -> bool:
    """ "1. Lead times, not prices, were the real shock" alone between paragraphs:
    a numbered heading, not a list."""
    block = reading.blocks[index]
    if not block.glyph[:1].isdigit():
        return False
    alone = all(
        not (0 <= other < len(reading.blocks)) or reading.blocks[other].run != block.run
        for other in (index - 1, index + 1)
    )
    following = _next_content(reading, index + 1, stop)
    return (
        alone
        and following is not None
        and reading.features[following].prose
        and _heading_shaped(replace(block, kind="text"), reading.features[index])
    )


def _next_content(reading: Reading, start: int, stop: int) -> int | None:
    for index in range(start, stop):
        if reading.labels[index] in ("pending", "bullet", "body", "heading"):
            return index
    return None


def _heading_shaped(block: Block, feats: Features) -> bool:
    """Short, with no sentence ending; a label ending in ":" only if title-cased."""
    text = block.text
    if block.kind not in ("text", "bullet", "highlights_header") or block.indented:
        return False
    if is_analysis_heading(text):
        return True
    if len(text) > HEADING_MAX_CHARS or feats.words > HEADING_MAX_WORDS or feats.words == 0:
        return False
    if ends_with(text, ".!;,…") or feats.starts_lower:
        return False
    # A heading opens with a word, a number or a quotation mark, not markup.
    if not (text[:1].isalnum() or text[:1] in "\"'“‘¿¡"):
        return False
    return not feats.ends_colon or is_title_cased(text)


def mark_header(reading: Reading) -> Reading:
    """Above the body: metadata is read, the site name kept as a source, a short
    heading straight above the lead kept; everything else is chrome."""
    stop = reading.lead if reading.lead is not None else len(reading.blocks)
    changes: dict[int, Label] = {}
    meta = reading.meta
    # Names on a line of their own: the ones under the headline come first.
    credits: list[tuple[int, Meta, str]] = []
    byline = reading.byline
    for index in range(stop):
        label = reading.labels[index]
        block = reading.blocks[index]
        if label == "meta":
            found = parse_meta(block.text)
            if found is not None:
                if found.author and not meta.author:
                    byline = block.text
                meta = merge_meta(meta, found)
            continue
        if label == "bullet":
            changes[index] = "chrome"
            continue
        credit = _credit_line(reading, index)
        if credit is not None:
            after_title = reading.title is not None and index > reading.title
            credits.append((0 if after_title else 1, credit, block.text))
        if label in ("title", "dek", "highlight", "chrome"):
            continue
        if credit is None and _outlet_line(reading, index):
            reading = reading.with_source(6, block.text.strip())
        changes[index] = "chrome"
    for _, credit, text in sorted(credits, key=lambda c: c[0]):
        if credit.author and not meta.author:
            byline = text
        meta = merge_meta(meta, credit)
    lead = reading.lead
    if lead is not None and lead - 1 > (reading.title if reading.title is not None else -1):
        before = lead - 1
        block, feats = reading.blocks[before], reading.features[before]
        if (
            reading.labels[before] == "pending"
            and block.kind == "text"
            and feats.words <= LEAD_HEADING_MAX_WORDS
            and _heading_shaped(block, feats)
            and (is_title_cased(block.text) or feats.words <= 3)
            and before != reading.dek
        ):
            changes[before] = "heading"
    reading = replace(reading, meta=meta, byline=byline)
    return reading.relabel(changes)


def _outlet_line(reading: Reading, index: int) -> bool:
    """A partner's or outlet's name on a line of its own under the headline."""
    block, words = reading.blocks[index], reading.features[index].words
    return (
        reading.title is not None
        and index > reading.title
        and block.kind == "text"
        and is_outlet(block.text)
        and (2 <= words <= 5 or block.text.lower() in AGENCIES)
    )


def _credit_line(reading: Reading, index: int) -> Meta | None:
    """A byline without "By" ("Dana Whitfield", "Jane Doe | Reuters"): names on a
    line of their own beside a date or byline, or under the headline."""
    block = reading.blocks[index]
    if block.kind != "text" or index == reading.title or reading.labels[index] in ("title", "dek"):
        return None
    if reading.features[index].words > PERSON_MAX_TOKENS * 3:
        return None
    credit = read_credit_line(block.text)
    if credit is None:
        return None
    neighbours = [_neighbour(reading, index, step) for step in (-1, 1)]
    near = any(
        n is not None and (reading.labels[n] in ("meta", "title", "dek") or n == reading.title)
        for n in neighbours
    )
    return credit if near else None


def _neighbour(reading: Reading, index: int, step: int) -> int | None:
    """The nearest block that way that is not furniture (repeats count: a name
    printed twice sits beside its twin)."""
    other = index + step
    key = reading.features[index].key
    while 0 <= other < len(reading.blocks):
        block = reading.blocks[other]
        furniture = reading.labels[other] == "chrome" and block.kind != "text"
        if not furniture and reading.features[other].key != key:
            return other
        other += step
    return None


def read_site_name(reading: Reading) -> Reading:
    """The site's name on the first line, above the title ("Mining Ledger", the
    first step of a breadcrumb, "European Commission - Press release")."""
    stop = reading.title if reading.title is not None else (reading.lead or 0)
    first_index = next(
        (
            i
            for i in range(stop)
            if reading.blocks[i].kind == "text" or reading.blocks[i].rule in _NAME_RULES
        ),
        None,
    )
    if first_index is None:
        return reading
    first = reading.blocks[first_index]
    text = first.text.strip()
    if first.rule == "press_release_label":
        head = text.rsplit(" - ", 1)[0].strip()
        return reading.with_source(7, head) if " - " in text else reading
    if first.rule == "breadcrumb":
        head = _first_crumb(text)
        if head and not is_section_label(head) and len(head.split()) <= 4 and head[:1].isupper():
            return reading.with_source(7, head)
        return reading
    # "The Mining Ledger — news for the metals trade": the name before its tagline.
    text = _TAGLINE.split(text, maxsplit=1)[0].strip()
    text = re.sub(r"(?i)\s+(?:logo|home(?:page)?)$", "", text)
    if ends_with(text, ".!?:,;"):
        return reading
    words = text.split()
    if not 1 <= len(words) <= SITE_NAME_MAX_WORDS or is_section_label(text) or is_person(text):
        return reading
    camel = len(words) == 1 and any(c.isupper() for c in text[1:])
    if is_title_cased(text) and (len(words) >= 2 or camel):
        return reading.with_source(7, text)
    return reading


# Rules whose line may be the site's name: a one-word name with capitals
# inside ("LinkedIn") reads like a share button; a breadcrumb's first step.
_NAME_RULES = frozenset({"share_buttons", "breadcrumb", "press_release_label"})
_TAGLINE = re.compile(r"\s+[|—–·]\s+|\s+-\s+|:\s+")
# Lines a site may print above its own name.
_FURNITURE_BEFORE_NAME = frozenset(
    {
        "skip_to_content",
        "account",
        "cookie_notice",
        "navigation",
        "tools",
        "newsletter",
        "advertisement",
    }
)


def _first_crumb(text: str) -> str:
    for separator in ("›", "»", ">", "/", "|"):
        if separator in text:
            return text.split(separator, 1)[0].strip()
    return ""


def mark_highlights(reading: Reading) -> Reading:
    """The page's key points: the items under a highlights label above the body
    (bullets, or lines without bullets), else bullets straight under the
    headline, else a labelled list of bullets further down."""
    stop = reading.lead if reading.lead is not None else len(reading.blocks)
    for index in range(len(reading.blocks)):
        block = reading.blocks[index]
        if block.kind not in ("highlights_header", "dek_label"):
            continue
        items = _items_after(reading, index, header_zone=index < stop)
        if block.kind == "dek_label" and any(reading.blocks[i].kind != "bullet" for i in items):
            continue
        if items:
            return _take_highlights(reading, index, items)
    first_bullets = next(
        (i for i in range(stop) if reading.labels[i] == "bullet" and _after_title(reading, i)), None
    )
    if first_bullets is not None:
        items = _bullet_run(reading, first_bullets)
        if items:
            return _take_highlights(reading, None, items)
    return reading


def _after_title(reading: Reading, index: int) -> bool:
    return reading.title is None or index > reading.title


def _bullet_run(reading: Reading, start: int) -> list[int]:
    items = []
    index = start
    while index < len(reading.blocks):
        if reading.blocks[index].kind == "bullet":
            items.append(index)
        elif reading.labels[index] != "chrome":
            break
        index += 1
    return items


def _items_after(reading: Reading, header: int, header_zone: bool) -> list[int]:
    following = header + 1
    while (
        following < len(reading.blocks)
        and reading.labels[following] == "chrome"
        and reading.blocks[following].kind != "text"
    ):
        following += 1
    if following >= len(reading.blocks):
        return []
    if reading.blocks[following].kind == "bullet":
        return _bullet_run(reading, following)
    if not header_zone:
        return []
    run = reading.blocks[following].run
    lines: list[int] = []
    for index in range(following, len(reading.blocks)):
        block = reading.blocks[index]
        if block.run != run:
            break
        if block.kind != "text" or reading.labels[index] not in ("pending",):
            break
        if reading.features[index].words > HIGHLIGHT_MAX_WORDS:
            break
        if lines and _shape_changes(reading, lines, index):
            break
        lines.append(index)
    if len(lines) < 2:
        lines = _spaced_items(reading, following)
    return lines if len(lines) >= 2 else []


def _shape_changes(reading: Reading, items: list[int], index: int) -> bool:
    """Key points share a shape: after points that are not prose, a paragraph of
    prose is the story's lead (pasted with no blank line above it)."""
    return reading.features[index].prose and not any(reading.features[i].prose for i in items)


SPACED_ITEM_MAX_WORDS = 30
SPACED_ITEMS_MAX = 8


def _spaced_items(reading: Reading, start: int) -> list[int]:
    """Key points without bullets, a blank line between them: short lines, up to
    the first longer paragraph (which must follow: it is the story)."""
    items: list[int] = []
    for index in range(start, len(reading.blocks)):
        feats = reading.features[index]
        if reading.labels[index] in ("meta", "chrome"):
            return items
        if reading.labels[index] != "pending" or reading.blocks[index].kind != "text":
            break
        if feats.words > SPACED_ITEM_MAX_WORDS or len(items) >= SPACED_ITEMS_MAX:
            return items
        if not feats.sentence:
            break
        items.append(index)
    return []


def _take_highlights(reading: Reading, header: int | None, items: list[int]) -> Reading:
    texts: list[str] = []
    changes: dict[int, Label] = {} if header is None else {header: "chrome"}
    kept: list[int] = []
    for index in items:
        changes[index] = "chrome"
        for piece in _split_run_together(reading.blocks[index].text):
            rule = classify(piece)
            if rule is not None and rule.kind not in ("text", "meta", "bullet"):
                continue
            texts.append(piece)
            kept.append(index)
    for index in set(kept):
        changes[index] = "highlight"
    reading = replace(reading, highlights=tuple(texts), highlight_blocks=tuple(items))
    if reading.lead is not None and reading.lead in items:
        reading = replace(reading, lead=_next_good(reading.relabel(changes), max(items) + 1))
    return reading.relabel(changes)


_GLYPHS = re.compile(r"\s*[•▪◦‣●■►]\s*")


def _split_run_together(text: str) -> list[str]:
    """ "First point• Second point": bullets pasted on one line."""
    return [p.strip() for p in _GLYPHS.split(text) if p.strip()]


# Outlets a page names in passing: (priority, pattern with the name).
MENTION_RULES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    (
        "copyright",
        4,
        re.compile(
            r"(?:copyright|©|ⓒ|\(c\))\s*(?:©|ⓒ)?\s*(?:\d{4}\s*)?(?P<name>[^.|]{2,60}?)(?:[.,]|\s+all rights|\s*$)",
            re.IGNORECASE,
        ),
    ),
    (
        "first_published",
        3,
        re.compile(
            r"(?:(?:originally|first) (?:published|appeared|posted) (?:by|on|in|at)"
            r"|(?:reprinted|republished|reproduced) (?:with permission )?(?:from|by))"
            r" (?P<name>(?:the )?[A-Z][^.,;(]{1,50}?)(?:\s+(?:on|in)\s+\w+.*)?\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "full_article_on",
        8,
        re.compile(
            r"read the (?:full|original) (?:article|story) (?:on|at) (?P<name>.{2,60}?)\W*$",
            re.IGNORECASE,
        ),
    ),
    ("app_of", 9, re.compile(r"download (?P<name>(?:the )?.{2,40}?) app\b", re.IGNORECASE)),
    ("most_read_from", 9, re.compile(r"most read from (?P<name>.{2,40}?)\W*$", re.IGNORECASE)),
    ("thanks_for_reading", 9, re.compile(r"thanks for reading (?P<name>.{2,40}?)!", re.IGNORECASE)),
    ("outlet_disclosure", 9, re.compile(r"(?P<name>[A-Z][\w ]{2,40}?)['’]s (?i:disclosure)\b")),
)


def _mentioned_outlet(name: str) -> bool:
    words = name.split()
    return (
        bool(words)
        and name[:1].isupper()
        and not is_person(name)
        and (2 <= len(words) <= 6 or is_outlet(name))
    )


def read_mentions(reading: Reading) -> Reading:
    """Outlets named by the page's furniture: the copyright line, "Read the full
    article on …", an app promo, a disclosure."""
    for index, block in enumerate(reading.blocks):
        if reading.labels[index] not in ("chrome", "meta"):
            continue
        for _name, priority, pattern in MENTION_RULES:
            match = pattern.search(block.text)
            if match is None:
                continue
            name = clean_outlet(match["name"])
            if _mentioned_outlet(name):
                reading = reading.with_source(priority, name)
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


# The passes run in this order.
PASSES: tuple[tuple[str, Pass], ...] = (
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
    ("late_meta", read_late_meta),
    ("mentions", read_mentions),
)


def read_blocks(blocks: Sequence[Block]) -> Reading:
    reading = start_reading(blocks)
    for _name, run in PASSES:
        reading = run(reading)
    return reading
