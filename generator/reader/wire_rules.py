"""A news wire's own furniture, as it shows when a portal or a terminal
republishes its story: the desk's tags before the headline ("UPDATE 2-"), the
version note under it ("(Adds comment from …)"), the feed's timestamped
headline rows ("04:12 ET  Headline | DJ"), the story's codes ("Related
tickers: …"), the reporters' mail line and the end mark ("(END)")."""

from __future__ import annotations

import re

from .line_rule import LineRule, rules_of_kind

# A wire desk's tags glued to its headline by a hyphen ("UPDATE 2-", "RPT-",
# "CORRECTED-UPDATE 1-", "EXCLUSIVE-", "FACTBOX-"): the story's version and kind.
WIRE_TAGS = (
    "update",
    "rpt",
    "refile",
    "corrected",
    "correcting",
    "exclusive",
    "analysis",
    "explainer",
    "factbox",
    "insight",
    "focus",
    "wrapup",
    "preview",
    "timeline",
    "graphic",
    "column",
    "brief",
)
WIRE_TAG = re.compile(
    rf"(?P<tags>(?:(?:{'|'.join(t.upper() for t in WIRE_TAGS)})(?: \d{{1,2}})?-)+)"
    r"(?=[A-Z0-9“\"‘'])"
)


def wire_tags(text: str) -> tuple[str, str] | None:
    """ "UPDATE 2-Australia to buy rare earths…" → ("UPDATE 2-", "Australia to
    buy rare earths…"): a wire's version and kind tags, and what follows them."""
    match = WIRE_TAG.match(text)
    return None if match is None else (match["tags"], text[match.end() :])


WIRE_RULES: tuple[LineRule, ...] = rules_of_kind(
    "boilerplate",
    # "04:12 ET   China to Add Gallium … | DJ": one row of a feed of headlines,
    # its time first and its provider's name or code after a bar.
    (
        "feed_row",
        r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4}))?\s+\S.{8,200}?"
        r"\s\|\s(?-i:[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})",
    ),
    # "Related tickers: NGRM TVMG", "Subjects: Trade Export Controls": a story's codes.
    ("story_codes", r"(?:related )?(?:tickers|symbols|subjects|codes)\s*:\s*\S.{0,150}"),
    # "Write to Grace Liu at grace.liu@wsj.com and …": the reporters' addresses.
    ("write_to", r"write to\s+\S[^@]{1,60}\s+at\s+\S+@\S+.{0,150}"),
    # "F1 Help   F2 News   Ctrl+P Print story": a terminal's keys and what they do.
    (
        "terminal_keys",
        r"(?:(?:f\d{1,2}|(?:ctrl|alt|shift)\+\w)\s+\w+(?: \w+)?\s*){2,}",
    ),
    # "(END)" on a line of its own, or with the wire's name after it.
    ("end_line", r"\(end\)(?:\s+(?-i:[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}))?"),
)
