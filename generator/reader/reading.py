"""What the passes share: a block's label, the ``Reading`` they hand on (blocks,
features, labels, what was taken out) and the predicates several passes ask."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from .blocks import Block
from .bylines import read_credit_line
from .features import Features, all_features
from .headings import (
    HEADING_MAX_CHARS,
    HEADING_MAX_WORDS,
    ends_with,
    is_analysis_heading,
    is_title_cased,
)
from .job_titles import is_job_title
from .meta_fields import Meta
from .names import PERSON_MAX_TOKENS
from .outlets import is_outlet
from .words import AGENCIES, RUN_ON_ENDINGS, content_stems, is_release_kind_label, words_of

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
# One-line badges over a headline ("LIVE", "BREAKING"): a box label's rule that
# may take the headline with it.
BADGE_RULES = frozenset({"live"})
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


def is_good(reading: Reading, index: int) -> bool:
    """Prose, or the lead of a short seed that has none."""
    return reading.labels[index] == "pending" and (
        reading.features[index].prose or index == reading.lead
    )


def body_stems(reading: Reading, start: int) -> set[str]:
    stems: set[str] = set()
    taken = 0
    for index in range(start, len(reading.blocks)):
        if is_good(reading, index):
            stems |= content_stems(reading.blocks[index].text)
            taken += 1
            if taken >= BODY_SAMPLE_BLOCKS:
                break
    return stems


def over_meta(reading: Reading, index: int) -> bool:
    """A byline or date straight under the line (chrome aside)."""
    after = index + 1
    while after < len(reading.blocks) and reading.labels[after] == "chrome":
        after += 1
    return after < len(reading.blocks) and reading.labels[after] == "meta"


def next_index(reading: Reading, index: int) -> int | None:
    return index + 1 if index + 1 < len(reading.blocks) else None


def next_good(reading: Reading, start: int) -> int | None:
    return next((i for i in range(start, len(reading.blocks)) if is_good(reading, i)), None)


def heading_shaped(block: Block, feats: Features) -> bool:
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
    # "The Saskatoon facility, which opened in": a sentence cut at a link (a
    # clause after a comma, or an article, left open; "Where it comes from" ends).
    words = words_of(text)
    # ("…, US official says" ends a headline with its attribution)
    cut = "," in text and bool(words) and words[-1] in RUN_ON_ENDINGS and words[-1] != "says"
    if words and (words[-1] in _OPEN_ENDINGS or cut):
        return False
    # "Companies: Halvard Motion Inc.; Jinhua Magnet Co.": a field listing names.
    if _LISTING_FIELD.match(text):
        return False
    return not feats.ends_colon or is_title_cased(text)


_LISTING_FIELD = re.compile(r"[^:;]{1,40}:\s+[^;]+;\s+\S")


# Marks some pages (Japanese, Korean and Chinese outlets) set before a
# section's heading ("■ Background"), read as bullets when pasted.
HEADING_MARKS = frozenset("■◆◇□▼")


def numbered_alone(reading: Reading, index: int) -> bool:
    """ "1. Lead times, not prices", "■ Background": a numbered or marked line with
    no other item of its run beside it and prose under it, the shape of a
    numbered heading, not a list."""
    block = reading.blocks[index]
    if block.kind != "bullet" or not (block.glyph[:1].isdigit() or block.glyph in HEADING_MARKS):
        return False
    # (a "•" point beside "1. …" is another list's: a box of key points over it)
    alone = all(
        not (0 <= other < len(reading.blocks))
        or reading.blocks[other].run != block.run
        or reading.blocks[other].kind != "bullet"
        or reading.blocks[other].glyph[:1].isdigit() != block.glyph[:1].isdigit()
        for other in (index - 1, index + 1)
    )
    following = index + 1
    while following < len(reading.blocks) and reading.labels[following] in ("chrome", "meta"):
        following += 1
    # (a numbered item that is a paragraph itself, over another, is a list's)
    return (
        alone
        and not reading.features[index].prose
        and following < len(reading.blocks)
        and reading.blocks[following].kind == "text"
        and (reading.features[following].prose or reading.features[following].lead_in)
    )


_OPEN_ENDINGS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "and", "or"})


def outlet_line(reading: Reading, index: int) -> bool:
    """A partner's or outlet's name on a line of its own under the headline."""
    block, words = reading.blocks[index], reading.features[index].words
    return (
        reading.title is not None
        and index > reading.title
        and block.kind == "text"
        and is_outlet(block.text)
        and (2 <= words <= 5 or block.text.lower() in AGENCIES)
        # "Research Briefing" under the headline: the kind of paper, not its publisher.
        and not is_release_kind_label(block.text)
    )


def credit_line(reading: Reading, index: int) -> Meta | None:
    """A byline without "By" ("Dana Whitfield", "Jane Doe | Reuters"): names on a
    line of their own beside a date or byline, or under the headline."""
    block = reading.blocks[index]
    if block.kind != "text" or index == reading.title or reading.labels[index] in ("title", "dek"):
        return None
    if reading.features[index].words > PERSON_MAX_TOKENS * 3:
        return None
    # "Fact Sheets" over the headline: the newsroom's section, not a writer.
    if is_release_kind_label(block.text):
        return None
    credit = read_credit_line(block.text)
    if credit is None or (
        not _BY.match(block.text) and names_prose_words(reading, credit.author or "")
    ):
        return None
    neighbours = [_neighbour(reading, index, step) for step in (-1, 1)]
    # A name over its job title ("Jane Okafor" / "Senior Commodities Reporter").
    near = any(
        n is not None
        and (
            reading.labels[n] in ("meta", "title", "dek")
            or n == reading.title
            or is_job_title(reading.blocks[n].text)
        )
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


TAGLINE = re.compile(r"\s+[|—–·]\s+|\s+-\s+|:\s+")


_BY = re.compile(r"\s*by\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}\b")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]{2,}\b")


def names_prose_words(reading: Reading, text: str) -> bool:
    """Some capitalised word of ``text`` is written in lower case in a sentence
    of the page: a headline ("Nickel Mine Opens" over "the mine in the north…"),
    never a person's name, whose words the story does not use as common words.
    Any finished sentence counts, a short story's one line too."""
    capitalised = {w.lower() for w in _CAPITALISED.findall(text)}
    if not capitalised:
        return False
    return any(
        not capitalised.isdisjoint(_LOWER_WORD.findall(block.text))
        for block, feats in zip(reading.blocks, reading.features, strict=True)
        if block.kind == "text" and (feats.prose or feats.ends_sentence)
    )
