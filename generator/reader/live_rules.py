"""Line rules for live pages and their widgets: the bare timestamps that head
each post of a live blog, the key-events box and its "2h ago: …" links, and the
notice a page prints where a script did not run."""

from __future__ import annotations

from .dates import AGO_UNIT
from .line_rule import LineRule, rules_of_kind

# "13:58 GMT", "9:15 a.m. ET", "10:42", "08:05 BST": a time and nothing else.
TIME_ONLY = (
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?))?"
    r"(?:\s+(?:gmt|utc|bst|cet|cest|et|est|edt|pt|pst|pdt|aest|aedt|awst|jst|kst|ist|sgt|hkt)"
    r"(?:\s*[+-]\s*\d{1,2})?)?"
)
# "2h ago: Joint statement …", "35 min ago - Markets open": a link to a post.
AGO_LINK = r"\d+\s*" + AGO_UNIT + r"\s+ago\s*[:·|–—-]\s*\S.*"

LIVE_PAGE_RULES: tuple[LineRule, ...] = rules_of_kind(
    "boilerplate",
    ("time_only", TIME_ONLY + r"\W*"),
    # "Last updated 14:52 KST", "Published at 09:10 GMT": a stamp with no date
    # gives the page no date, and is no headline.
    (
        "stamp_time_only",
        r"(?:last\s+)?(?:updated|published|posted)(?:\s+at)?\s*:?\s*" + TIME_ONLY + r"\W*",
    ),
    ("ago_link", AGO_LINK),
    ("key_events", r"(?:show )?key (?:events|moments|updates)(?: only)?\W*"),
    (
        "script_notice",
        r"(?:please )?(?:turn on|enable|activate) javascript\b.*"
        r"|javascript is (?:disabled|required|not enabled)\b.*",
    ),
)
