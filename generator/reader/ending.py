"""Below the body: the author's bio, where the story ends, the footer, and the
body's own labels (headings, agency credits: `agency_credit` reads those)."""

from __future__ import annotations

import re
from dataclasses import replace

from .agency_credit import agency_credit, is_agency_line
from .features import similarity
from .quote_lines import attributes_a_quote
from .reading import (
    END_KINDS,
    END_MATTER_MIN_SHARE,
    Label,
    Reading,
    body_stems,
    heading_shaped,
    is_good,
)
from .words import HONORIFICS

_BIO_VERBS = ("is", "writes", "covers", "was", "has", "previously", "leads", "edits", "reports")


def _is_author_bio(text: str, author: str) -> bool:
    """ "Dana Whitfield writes Tariff Tracker …", "Dr. Ellen Marsh is a senior fellow …",
    "Helen covers U.S. trade policy …" (a wire's bio by the first name)."""
    body = HONORIFICS.sub("", text.strip())
    for name in author.split(" and "):
        surname, given = name.split()[-1], name.split()[0]
        for start in (name, surname, given):
            if body.startswith(start + " ") and body[len(start) :].split()[0] in _BIO_VERBS:
                return True
    return False


def is_bio_of(text: str, author: str) -> bool:
    """A note on the page's writer ``author`` (by full name, surname or given name)."""
    return _is_author_bio(text, author)


_BIO = re.compile(
    r"(?:(?:dr|prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+(?:is|was|writes|covers|has been)\b"
    r".{0,100}\b(?:reporter|correspondent|editor|writer|journalist|columnist|analyst|fellow|contributor"
    r"|author|founder|economist|professor|researcher|partner|director|strategist|newsletter)\b"
)


def is_author_note(text: str) -> bool:
    """ "Jane Doe is a senior fellow at …": a note on a writer."""
    return _BIO.match(text) is not None


def find_author_bio(reading: Reading) -> Reading:
    """A note on the author after the story ("Dana Whitfield writes …", "Jane
    Doe is a senior fellow at …") ends it."""
    author = reading.meta.author or ""
    if reading.lead is None:
        return reading
    prose = [
        reading.features[i].words if is_good(reading, i) else 0 for i in range(len(reading.blocks))
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
        reading.features[i].words if is_good(reading, i) else 0 for i in range(len(reading.blocks))
    ]
    total = sum(prose_words)
    seen = 0
    for index, block in enumerate(reading.blocks):
        if index > lead and block.kind in END_KINDS:
            enough = block.kind == "chrome_start" or seen >= END_MATTER_MIN_SHARE * total
            inset = block.kind == "share_start" or _in_tool_row(reading, index)
            if enough and not (inset and _story_resumes(reading, index)):
                return replace(reading, end=min(index, bio) if bio is not None else index)
        seen += prose_words[index]
    return reading


# Tools a story's tool row holds beside a "Comment" button.
TOOL_ROW_RULES = frozenset({"share_buttons", "tools", "page_tools"})


def _in_tool_row(reading: Reading, index: int) -> bool:
    """ "Share" / "Font Size" / "Save" / "Print" / "Comment": a comments button
    in the tool row over the story, not the comments' opening under it."""
    return (
        reading.blocks[index].rule == "comments_header"
        and index > 0
        and reading.blocks[index - 1].rule in TOOL_ROW_RULES
    )


# A box of links or share buttons set inside the story: this many lines of it
# at most (its label, its links, its buttons) before the story goes on.
INSET_BOX_MAX_LINES = 6
INSET_LINK_MAX_WORDS = 16
_REPORTS = re.compile(r"\b(?:said|says|told|explained|added|according to)\b|[\"“”]")


def _story_resumes(reading: Reading, index: int) -> bool:
    """A related-links or share box set inside the story (a tabloid's "RELATED
    ARTICLES", then "Share this article"): past its short lines, two paragraphs
    of prose in a row go on reporting (a quote, "said"), which no rail's teaser
    does; the story has not ended there."""
    after = index + 1
    stop = min(len(reading.blocks), index + 1 + INSET_BOX_MAX_LINES)
    while after < stop and not is_good(reading, after):
        feats = reading.features[after]
        if reading.blocks[after].kind == "text" and (
            feats.words > INSET_LINK_MAX_WORDS or feats.ends_sentence
        ):
            return False
        after += 1
    # Two paragraphs, a section's heading between them or not.
    second = after + 1
    if second < len(reading.blocks) and not is_good(reading, second):
        second += heading_shaped(reading.blocks[second], reading.features[second])
    pair = (after, second)
    if second >= len(reading.blocks) or not all(is_good(reading, i) for i in pair):
        return False
    return any(_REPORTS.search(reading.blocks[i].text) for i in pair)


def body_range(reading: Reading) -> range:
    lead = reading.lead if reading.lead is not None else len(reading.blocks)
    end = reading.end if reading.end is not None else len(reading.blocks)
    return range(lead, end)


def mark_footer(reading: Reading) -> Reading:
    """After the article's end, and after its last paragraph of prose (and the
    short sentences that follow it straight on), everything is footer chrome."""
    span = body_range(reading)
    changes: dict[int, Label] = {i: "chrome" for i in range(span.stop, len(reading.blocks))}
    last = _last_story_prose(reading, span)
    if last is not None:
        tail = last + 1
        listing = False
        addressed = any(_addresses_reader(reading.blocks[i].text) for i in span if i <= last)
        while (
            tail < span.stop
            and not is_agency_line(reading, tail, span.stop)
            and (addressed or not _addresses_reader(reading.blocks[tail].text))
            and _runs_on_after_prose(reading, tail, listing)
        ):
            listing = (
                reading.features[tail].ends_colon
                or _heads_a_list(reading, tail)
                or heads_a_schedule(reading, tail)
                or (listing and reading.labels[tail] in ("bullet", "pending"))
            )
            tail += 1
        changes.update({i: "chrome" for i in range(tail, span.stop) if reading.labels[i] != "meta"})
        reading = reading.with_source(3, agency_credit(reading, tail, span.stop))
    return reading.relabel(changes)


def _runs_on_after_prose(reading: Reading, index: int, listing: bool) -> bool:
    """After the last paragraph of prose, the story goes on with short sentences,
    a lead-in ending in ":" and the list under it, list items that are
    sentences, and a heading over a short sentence."""
    label, feats = reading.labels[index], reading.features[index]
    following = index + 1 if index + 1 < len(reading.blocks) else None
    if label == "pending" and attributes_a_quote(reading, index):
        return True  # "NAME, office" under a quotation: who said it.
    if label == "pending" and feats.sentence:
        return True
    if label == "bullet" and (listing or feats.sentence):
        return True
    # "January 14 — Webinar: …" under "Upcoming events": the schedule's dates.
    if label == "pending" and listing and is_dated_entry(reading.blocks[index].text):
        return True
    if label == "pending" and feats.ends_colon:
        return following is not None and reading.labels[following] == "bullet"
    heading = label == "pending" and heading_shaped(reading.blocks[index], feats)
    return (
        (
            heading
            and following is not None
            and reading.labels[following] == "pending"
            and reading.features[following].sentence
        )
        or _heads_a_list(reading, index)
        or heads_a_schedule(reading, index)
    )


def heads_a_schedule(reading: Reading, index: int) -> bool:
    """A heading straight over a schedule's dated lines ("Upcoming events" over
    "November 12: Webinar on …"): the bulletin's last section."""
    following = index + 1
    return (
        following < len(reading.blocks)
        and reading.labels[index] == "pending"
        and reading.labels[following] == "pending"
        and heading_shaped(reading.blocks[index], reading.features[index])
        and not reading.features[index].ends_colon
        and not is_dated_entry(reading.blocks[index].text)
        and is_dated_entry(reading.blocks[following].text)
    )


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAYS = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
# "November 12: Webinar …", "February 24–26 — Conference, Pittsburgh", "12 May - …".
_DATED_ENTRY = re.compile(
    rf"(?i)^(?:{_MONTH}\s+{_DAYS}|{_DAYS}\s+{_MONTH})(?:,?\s+\d{{4}})?\s*(?::|\s[-–—])\s+\S"
)


def is_dated_entry(text: str) -> bool:
    """A schedule's line: a day (or days) of a month, then ":" or a dash and
    what happens then."""
    return _DATED_ENTRY.match(text) is not None


def _heads_a_list(reading: Reading, index: int) -> bool:
    """A heading straight over a list about the story ("What to watch" over its
    points): the story's last section, not a box of links to other stories."""
    following = index + 1
    if following >= len(reading.blocks) or reading.labels[following] != "bullet":
        return False
    block = reading.blocks[index]
    if reading.labels[index] != "pending" or not heading_shaped(block, reading.features[index]):
        return False
    items = [
        i
        for i in range(following, len(reading.blocks))
        if reading.labels[i] == "bullet" and reading.blocks[i].run == reading.blocks[following].run
    ]
    stems = body_stems(reading, reading.lead or 0)
    shared = sum(similarity(reading.blocks[i].text, stems) for i in items) / len(items)
    return reading.blocks[following].run == block.run and shared >= LIST_ABOUT_THE_STORY


# The points of the story's last list share this much of their words with its
# prose, on average; links to other stories share less.
LIST_ABOUT_THE_STORY = 0.1


# "Should you invest $1,000 in Acme right now?": second person.
_SECOND_PERSON = re.compile(r"(?i)\b(?:you|your|you're|you’re|yours)\b")


def _addresses_reader(text: str) -> bool:
    """A line speaking to the reader; after a story told in the third person, the
    start of a sales pitch rather than more of the story."""
    return bool(_SECOND_PERSON.search(text.replace("“", '"').split('"')[0]))


def _last_story_prose(reading: Reading, span: range) -> int | None:
    """The last paragraph of prose, before a closing run of paragraphs that speak
    to the reader ("Before you buy stock in …") after a story that never does."""
    good = [i for i in span if is_good(reading, i)]
    speaking = [_addresses_reader(reading.blocks[i].text) for i in good]
    kept = len(good)
    while kept and speaking[kept - 1]:
        kept -= 1
    if kept == len(good) or not kept or any(speaking[:kept]):
        return good[-1] if good else None
    return good[kept - 1]
