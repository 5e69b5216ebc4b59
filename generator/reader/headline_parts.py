"""A headline sharing its line with other things, cut apart before the lines
are read in context: metadata after a separator ("Headline | March 3, 2025",
"Headline - Site | 3 Mar 2025", "Headline · 5 min read") and a section kicker
in capitals before it ("MARKETS Lithium prices slide…")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .blocks import Block
from .bylines import parse_byline
from .dates import find_dates
from .meta import parse_meta
from .meta_parts import READ_TIME
from .names import is_person
from .outlets import is_outlet
from .reading import Reading, start_reading
from .wire_rules import wire_tags
from .words import is_section_label, words_of

# Only the lines above the first paragraph can hold the headline.
HEAD_MIN_WORDS = 5
KICKER_MAX_WORDS = 2
KICKER_MIN_CHARS = 4
# Labels a page glues before a headline besides its sections' names.
KICKER_WORDS = frozenset(
    {"live", "breaking", "exclusive", "watch", "analysis", "opinion", "updated"}
)
# A headline, its standfirst and its writer joined as one wrapped paragraph.
JOINED_LINES = (2, 3)


@dataclass(frozen=True)
class Cut:
    """A line cut into its headline and what stands beside it."""

    before: str | None
    head: str
    after: str | None


# A spaced separator between the headline and its metadata.
_SEPARATOR = re.compile(r"\s+(?:\||·|•|-|–|—)\s+")
# Capitals before a capitalised word: "MARKETS Lithium", "LIVE US-China".
_KICKER = re.compile(r"(?P<kicker>(?:[A-Z][A-Z&]+\s+){1,2})(?=[A-Z]\S*[a-z])")


def _is_stamp(text: str) -> bool:
    """A date, or a reading time: the metadata a headline's line carries."""
    meta = parse_meta(text)
    if meta is None or meta.author:
        return False
    return bool(meta.published or meta.updated or READ_TIME.search(text))


def _headline_shaped(text: str) -> bool:
    """Long enough, with no date, byline or read time in any of its parts
    ("By Ann Lee | Senior Fellow, Energy Program" is a byline, not a headline)."""
    parts = _SEPARATOR.split(text)
    return (
        len(words_of(parts[0])) >= HEAD_MIN_WORDS
        and all(parse_byline(part) is None for part in parts)
        and find_dates(text) is None
        and parse_byline(text) is None
        and not READ_TIME.search(text)
    )


def trailing_stamp(text: str) -> tuple[str, str] | None:
    """ "Headline | March 3, 2025" → ("Headline", "March 3, 2025"): the widest
    tail after a separator that is a date or reading time, with a headline
    before it."""
    for match in _SEPARATOR.finditer(text):
        head, tail = text[: match.start()], text[match.end() :]
        if _is_stamp(tail) and _headline_shaped(head):
            return head.strip(), tail.strip()
    return None


def leading_kicker(text: str) -> tuple[str, str] | None:
    """ "MARKETS Lithium prices slide…" → ("MARKETS", "Lithium prices slide…"):
    a section's name in capitals glued to a headline in sentence case."""
    match = _KICKER.match(text)
    if match is None:
        return None
    kicker, head = match["kicker"].strip(), text[match.end() :]
    # "US", "UK": a country's letters begin headlines more often than they label them.
    if len(kicker) < KICKER_MIN_CHARS or len(kicker.split()) > KICKER_MAX_WORDS:
        return None
    if not (is_section_label(kicker) or kicker.lower() in KICKER_WORDS):
        return None
    if not _headline_shaped(head) or head.isupper():
        return None
    return kicker, head


# Where a headline's line ran into its standfirst's: a question mark before a
# word in lower case, or a word in lower case before a sentence's first word.
_RUN_INTO_STANDFIRST = re.compile(
    r"(?<=\?)\s+(?=[a-z])|(?<=[a-z])\s+(?=(?:The|A|An|Its|This|These|Their|In|After)\s)"
)


def joined_standfirst(text: str) -> tuple[str, str] | None:
    """ "Headline The standfirst…" (two lines a short paste joined): the
    headline and the standfirst, at the one place they can meet."""
    cuts = list(_RUN_INTO_STANDFIRST.finditer(text))
    if len(cuts) != 1:
        return None
    head, rest = text[: cuts[0].start()], text[cuts[0].end() :]
    if not _headline_shaped(head) or len(words_of(rest)) < HEAD_MIN_WORDS:
        return None
    return head, rest


NAME_WORDS = (2, 3)


def joined_name(text: str) -> tuple[str, str] | None:
    """ "Headline in sentence case Nathan Cole": the headline and the writer's
    name on the line under it, which a short paste joined."""
    words = text.split()
    for count in NAME_WORDS:
        head, name = " ".join(words[:-count]), " ".join(words[-count:])
        if words[-count - 1 : -count] and words[-count - 1].islower() and is_person(name):
            return (head, name) if _headline_shaped(head) else None
    return None


# "Headline via Anadolu Agency": a credit line in lower case joined to the headline.
_JOINED_CREDIT = re.compile(r"\s+(?=(?:via|provided by|courtesy of)\s+[A-Z])")


def joined_credit(text: str) -> tuple[str, str] | None:
    parts = _JOINED_CREDIT.split(text, maxsplit=1)
    if len(parts) != 2 or not _headline_shaped(parts[0]):
        return None
    meta = parse_meta(parts[1])
    return (parts[0], parts[1]) if meta is not None and meta.source else None


def unjoin(text: str, lines: int) -> tuple[str, ...] | None:
    """The headline, standfirst and writer's name a short paste joined into
    ``lines`` lines, apart; None when nothing was cut."""
    parts: list[str] = []
    name = joined_name(text) or joined_credit(text)
    if name is not None:
        text, parts = name[0], [name[1]]
        lines -= 1
    standfirst = joined_standfirst(text) if lines > 1 else None
    if standfirst is not None:
        return (*standfirst, *parts)
    return (text, *parts) if parts else None


# "Summary: The increase takes effect next month…": a standfirst's label on its line.
_INLINE_DEK = re.compile(
    r"(?P<label>summary|synopsis|standfirst|in brief|in short|the big picture|in a nutshell)"
    r"\s*:\s+(?P<rest>[A-Z“\"‘'].*)",
    re.IGNORECASE,
)


# A "Summary: …" line's rule once its label is cut: the standfirst in the header.
INLINE_DEK_RULE = "inline_dek"


def inline_dek(text: str) -> tuple[str, str] | None:
    """ "Summary: The increase…" → ("Summary:", "The increase…"), for a
    sentence long enough to be a standfirst."""
    match = _INLINE_DEK.fullmatch(text.strip())
    if match is None or len(words_of(match["rest"])) < HEAD_MIN_WORDS:
        return None
    return match["label"] + ":", match["rest"]


# Section names glued to each other and to the headline ("MarketsRare Earths
# China approves …"): a word in lower case runs into a capital.
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
GLUED_PART_MAX_WORDS = 3
# "Rare Earths | China approves …", "Markets › China approves …".
_LEADING_STEP = re.compile(r"\s+(?:\||›|»|>)\s+")


def _trail_part(part: str) -> bool:
    """A section's name in a trail: short, in title case, no outlet's name."""
    words = part.split()
    return (
        0 < len(words) <= GLUED_PART_MAX_WORDS
        and all(w[:1].isupper() or w.lower() in ("and", "&", "of") for w in words)
        and not is_outlet(part)
    )


def leading_trail(text: str) -> tuple[str, str] | None:
    """ "MarketsRare EarthsChina approves …" or "Rare Earths | China approves …"
    → (the sections, the headline): a trail of section names run into the
    headline, the first a section's name or every one short and title-cased."""
    glued = _GLUED.split(text)
    if len(glued) >= 2 and is_section_label(glued[0]):
        head = glued[-1]
        if all(_trail_part(p) for p in glued[1:-1]) and _headline_shaped(head):
            return "".join(glued[:-1]), head
    parts = _LEADING_STEP.split(text)
    if len(parts) >= 2 and _headline_shaped(parts[-1]) and not _headline_shaped(parts[0]):
        trail = parts[:-1]
        if is_section_label(trail[0]) or all(_trail_part(p) for p in trail):
            return " | ".join(trail), parts[-1]
    return None


def cut_line(text: str) -> Cut | None:
    before: str | None = None
    tags = wire_tags(text)
    if tags is not None and _headline_shaped(tags[1]):
        before, text = tags
    trail = leading_trail(text) if before is None else None
    if trail is not None:
        before, text = trail
    kicker = leading_kicker(text) if before is None else None
    if kicker is not None:
        before, text = kicker
    stamp = trailing_stamp(text)
    if stamp is None:
        return Cut(before, text, None) if before else None
    return Cut(before, stamp[0], stamp[1])


def _labels_section(before: str | None) -> bool:
    return before is not None and (is_section_label(before) or before.lower() in KICKER_WORDS)


def split_headline_lines(reading: Reading) -> Reading:
    """Each one-line block above the first paragraph whose line holds a headline
    and something beside it, cut into blocks of their own."""
    blocks: list[Block] = []
    changed = False
    above = True
    for block, feats in zip(reading.blocks, reading.features, strict=True):
        if above and block.kind == "text" and block.line_count in JOINED_LINES:
            joined = unjoin(block.text, block.line_count)
            if joined is not None:
                blocks.extend(replace(block, text=part, line_count=1) for part in joined)
                changed = True
                continue
        labelled = inline_dek(block.text) if above and block.kind == "text" else None
        if labelled is not None:
            # (the label dropped: a "Summary" line of its own heads key points).
            blocks.append(replace(block, text=labelled[1], rule=INLINE_DEK_RULE))
            changed = True
            continue
        cut = (
            cut_line(block.text)
            if above and block.kind in ("text", "meta") and block.line_count == 1
            else None
        )
        if feats.prose and block.kind == "text":
            above = False
            # A headline of two sentences reads as prose: only a section's label
            # is cut from it ("Opinion | …"), never a dateline ("LONDON | …").
            cut = cut if cut is not None and _labels_section(cut.before) else None
        if cut is None:
            blocks.append(block)
            continue
        changed = True
        if cut.before:
            blocks.append(replace(block, kind="boilerplate", text=cut.before, rule="kicker"))
        blocks.append(replace(block, kind="text", text=cut.head, rule=""))
        if cut.after:
            blocks.append(replace(block, kind="meta", text=cut.after, rule="metadata"))
    return start_reading(blocks) if changed else reading
