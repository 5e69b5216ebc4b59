"""An "Authors" block as law firms and research houses print it: the label,
then each writer's name over his or her rank ("Marisa Kuehn" / "Partner" /
"Owen Patel" / "Counsel"), read as one metadata line naming them all."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .names import is_person
from .newspaper_rules import is_market_quote
from .reading import Reading, start_reading
from .words import HONORIFICS

# The label joined to the first name by ``join_lone_labels``.
_AUTHORS_FIELD = re.compile(r"(?i:authors|author\(s\)|writers|contributors)\s*:\s*(?P<name>.+)")
# A rank under a name: a few capitalised words with no figure ("Partner",
# "Senior Fellow", "Of Counsel", "Associate, Washington").
RANK_MAX_WORDS = 4
_RANK = re.compile(r"[A-Z][\w'’.-]*(?:,?\s+[A-Za-z][\w'’.-]*){0,3}")
MAX_AUTHORS = 8


def join_author_list(reading: Reading) -> Reading:
    """The names under an "Authors:" line, each over its rank, joined to it;
    else, above the story, two names or more each over a job title."""
    for index, block in enumerate(reading.blocks):
        if _AUTHORS_LABEL.fullmatch(block.text.strip()) and block.kind == "text":
            # "Authors" / "Dr. Miriam Okafor, Senior Fellow, …" / "Lukas Brandvold, …"
            profiled, taken = _profiled_names(reading.blocks, index + 1)
            if profiled:
                return _joined(reading, index, profiled, taken)
        field = _AUTHORS_FIELD.fullmatch(block.text) if block.kind == "meta" else None
        # "Authors: Helena Asquith, Partner; Daniel Oyelowo, Senior Associate"
        listed = _semicolon_list(field["name"]) if field is not None else None
        if listed:
            return _joined(reading, index, listed, index + 1)
        if field is None or not is_person(field["name"].strip()):
            continue
        names, taken = _names_below(reading.blocks, index + 1)
        if not names:
            return reading
        return _joined(reading, index, [field["name"].strip(), *names], taken)
    return _unlabelled_list(reading)


def _joined(reading: Reading, index: int, every: list[str], taken: int) -> Reading:
    """The block at ``index`` as one "Authors:" line, the blocks after it to
    ``taken`` chrome."""
    text = (
        f"Authors: {', '.join(every[:-1])} and {every[-1]}"
        if len(every) > 1
        else f"Author: {every[0]}"
    )
    blocks = list(reading.blocks)
    first = blocks[index]
    # (an unlabelled list's first name becomes a metadata line)
    rule = first.rule if first.kind == "meta" else "metadata"
    blocks[index] = replace(first, kind="meta", rule=rule, text=text)
    for later in range(index + 1, taken):
        blocks[later] = replace(blocks[later], kind="boilerplate", rule="author_list")
    return start_reading(blocks)


# A job title under a writer's name with no label over them ("Energy Analyst",
# "Head of Critical Minerals Supply"): a few capitalised words, no figure.
JOB_MAX_WORDS = 6
_JOB = re.compile(r"[A-Z][\w'’.-]*(?:,?\s+(?:[A-Z][\w'’.-]*|of|for|and|the|&)){0,5}")


def _is_job(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind == "text"
        and len(text.split()) <= JOB_MAX_WORDS
        and _JOB.fullmatch(text) is not None
        and not is_person(text)
    )


def _unlabelled_list(reading: Reading) -> Reading:
    """Above the first paragraph of prose, "NAME" / "job" / "NAME" / "job": the
    writers, each over a job title, read as one "Authors:" line."""
    blocks = reading.blocks
    headline = False
    for index in range(1, len(blocks) - 3):
        if reading.features[index].prose:
            return reading
        # (only under a line as long as a headline: a menu's names are no writers)
        headline = headline or (
            blocks[index - 1].kind == "text"
            and reading.features[index - 1].words >= HEADLINE_MIN_WORDS
            # ("Lithium carbonate CNY 78,500 ▼ 1.4%": a ticker's entry)
            and not is_market_quote(blocks[index - 1].text)
        )
        if not headline:
            continue
        names: list[str] = []
        at = index
        while at + 1 < len(blocks) and _is_name(blocks[at]) and _is_job(blocks[at + 1]):
            names.append(blocks[at].text.strip())
            at += 2
        if len(names) >= UNLABELLED_MIN_NAMES:
            return _joined(reading, index, names, at)
    return reading


UNLABELLED_MIN_NAMES = 2
HEADLINE_MIN_WORDS = 6


def _names_below(blocks: tuple[Block, ...], start: int) -> tuple[list[str], int]:
    """The names below the first one, each after its predecessor's profile (a
    rank, an office, an affiliation) or straight under it; and the index past
    the last block taken (the last name's profile included)."""
    # Every name has a profile under it, or none has (a page lays them out
    # alike): as many lines as the first name's at most.
    depth = _profile_length(blocks, start, PROFILE_MAX_LINES)
    names: list[str] = []
    index = start
    while len(names) < MAX_AUTHORS:
        skip = _profile_length(blocks, index, depth)
        if (depth and not skip) or index + skip >= len(blocks):
            break
        if not _is_name(blocks[index + skip]):
            break
        names.append(blocks[index + skip].text.strip())
        index += skip + 1
    if names:
        index += _profile_length(blocks, index, depth)
    return names, index


# Lines of a writer's profile under the name: "Partner" / "Washington, DC";
# "Associate Professor, University of Coimbra; Visiting Fellow, BIRP".
PROFILE_MAX_LINES = 3
AFFILIATION_MAX_WORDS = 12
_AFFILIATION = re.compile(
    r"[A-Z][\w'’.-]*(?:(?:,|;)?\s+(?:[A-Z][\w'’.-]*|of|for|and|the|&|de|du)){0,11}"
)


def _profile_length(blocks: tuple[Block, ...], start: int, most: int) -> int:
    count = 0
    while count < most and start + count < len(blocks) and _is_profile(blocks[start + count]):
        count += 1
    return count


def _is_profile(block: Block) -> bool:
    return block.kind in ("text", "meta") and is_profile_text(block.text)


def is_profile_text(text: str) -> bool:
    """A rank, an office or an affiliation: "Partner", "Washington, DC",
    "Associate Professor, University of Coimbra; Visiting Fellow, BIRP"."""
    text = text.strip()
    return (
        len(text.split()) <= AFFILIATION_MAX_WORDS
        and _AFFILIATION.fullmatch(text) is not None
        and not is_person(text)
    )


def _is_name(block: Block) -> bool:
    return block.kind == "text" and is_person(block.text.strip())


def _is_rank(block: Block) -> bool:
    text = block.text.strip()
    return (
        block.kind in ("text", "meta")
        and len(text.split()) <= RANK_MAX_WORDS
        and _RANK.fullmatch(text) is not None
        and not is_person(text)
    )


# A lone label over the writers' lines.
_AUTHORS_LABEL = re.compile(r"(?i)(?:the )?(?:authors?|writers|contributors)\s*:?")


def name_with_profile(text: str) -> str | None:
    """ "Dr. Miriam Okafor, Senior Fellow, Economic Security Program": the
    writer's name before a profile on the same line."""
    head, comma, rest = text.partition(",")
    name = HONORIFICS.sub("", head.strip())
    if not comma or not is_person(name):
        return None
    return name if is_profile_text(rest) else None


def _profiled_names(blocks: tuple[Block, ...], start: int) -> tuple[list[str], int]:
    """The writers' lines under a lone "Authors" label, each a name and its
    profile; and the index past the last."""
    names: list[str] = []
    index = start
    while index < len(blocks) and len(names) < MAX_AUTHORS and blocks[index].kind == "text":
        name = name_with_profile(blocks[index].text)
        if name is None:
            break
        names.append(name)
        index += 1
    return names, index


def _semicolon_list(text: str) -> list[str] | None:
    """ "Helena Asquith, Partner; Daniel Oyelowo, Senior Associate": each
    writer before a rank, the writers parted by semicolons."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2:
        return None
    names = [name_with_profile(p) for p in parts]
    return [n for n in names if n is not None] if all(names) else None
