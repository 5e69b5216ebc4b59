"""The labels of key-points boxes and standfirsts, and bullet glyphs."""

from __future__ import annotations

import re

DEK_LABELS = ("synopsis", "standfirst", "the big picture", "in a nutshell")

HIGHLIGHTS_HEADERS: tuple[str, ...] = (
    "highlights",
    "story highlights",
    "article highlights",
    "key facts",
    "the essentials",
    "quick read",
    "top line",
    "snapshot",
    "why it matters",
    "key figures",
    "in numbers",
    "the gist",
    "what we know",
    # A developing story's summary box, at its top or its end.
    "what we know so far",
    "what we know now",
    "what to know",
    "key highlights",
    "key takeaways",
    "takeaways",
    "key points",
    # "Points" over the bullets of Japanese outlets' English editions.
    "points",
    "main points",
    # A report's or a statistics release's findings, a column's closing box.
    "key findings",
    "main findings",
    "the bottom line",
    # A briefing's or an agency's summary box under other names.
    "key messages",
    "main messages",
    "key conclusions",
    "key judgments",
    "key judgements",
    "the key points",
    "at-a-glance",
    "quick summary",
    "why this matters",
    "what you should know",
    "key things to know",
    "at a glance",
    "summary",
    "in brief",
    "in short",
    "tl;dr",
    "what you need to know",
    "here's what you need to know",
    "here’s what you need to know",
    "need to know",
    "things to know",
    "key details",
    "key numbers",
    "key insights",
    "fast facts",
    "quick facts",
    "quick take",
    "main takeaways",
    "top takeaways",
    "the takeaways",
    "the short version",
    "story at a glance",
    # A notice's or a rule's list of what it changes.
    "summary of changes",
    "summary of key changes",
    "key changes",
    "what's changing",
    "what’s changing",
    "the story at a glance",
    # A portal's summary written by a language model over the wire's story.
    "ai summary",
    "ai-generated summary",
    "ai generated summary",
    "summary by ai",
    "ai overview",
    "ai key points",
)

# Words of a label that names several points ("Key points", "Main findings").
POINTS_WORDS = frozenset(
    {"points", "takeaways", "findings", "highlights", "facts", "messages", "conclusions"}
    | {"judgments", "judgements", "figures", "numbers", "details", "insights", "changes"}
)


# "5 things to know", "Three key takeaways": a count before the label.
COUNTED_HIGHLIGHTS = (
    r"(?:\d{1,2}|three|four|five|six|seven) (?:things (?:to know|you need to know)"
    r"|key (?:points|takeaways|facts)|takeaways|quick facts)"
)

# "Contract and Expansion Highlights", "Fourth Quarter Highlights": a release's
# key points named for what they sum up.
NAMED_HIGHLIGHTS = r"(?:[\w&'’-]+ (?:and |& )?){1,3}highlights"

# "Key takeaways from the discussion:", "Highlights of the ruling": a label of
# key points and what they sum up (over lines without bullets in the story, only
# with its colon).
QUALIFIED_HIGHLIGHTS = (
    r"(?:key (?:takeaways|points|findings|highlights)|highlights|takeaways|main points)"
    r" (?:from|of|for) (?:[^:]{1,60}:|(?:[\w'’&-]+ ){0,3}[\w'’&-]+)"
)

# "Summary: • First point • Second point": a label and its points on one line.
INLINE_POINTS = re.compile(
    r"^(?:" + "|".join(re.escape(h) for h in HIGHLIGHTS_HEADERS) + r")\s*:?\s*"
    r"(?=[•▪◦‣●■►▸]|[-–]\s)",
    re.I,
)

# Glyphs, numbers, and the emoji some pages bullet with ("🔹", "✅", "👉").
BULLET = re.compile(
    # (and "\uf0b7", "\uf0a7", "⦁", "□", "❖": the glyphs a word processor's or a PDF's
    # lists leave in pasted text)
    r"(?:(?:[•▪◦‣●·■►▶▸▹◾∙➤➢✓✔○◆◇♦→⁃\-*–\uf0b7\uf0a7⦁□❖]|\d{1,2}[.)]|[🔹🔸🔺🔻✅👉📌➡]\ufe0f?)\s+"
    # The middle dot of Japanese pages ("・First point"), with no space after it.
    r"|・\s*)(?P<item>\S.*)"
)


def is_bullet(text: str) -> bool:
    return BULLET.fullmatch(text) is not None


def bullet_item(text: str) -> str:
    """The bullet's text without its glyph or number; ``text`` if not a bullet."""
    match = BULLET.fullmatch(text)
    return match["item"] if match else text


# "(1) …", "(a) …", "ii. …", "(iv) …": a list's enumerators that no bullet rule
# reads (a letter or a roman number could open a sentence: "I. M. Pei said").
ENUMERATOR = re.compile(r"(?:\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|[ivx]{1,4}[.)])\s+(?=\S)")


def without_enumerators(points: tuple[str, ...]) -> tuple[str, ...]:
    """Key points each opening with an enumerator, two or more: the points
    without them (one alone may be the point's own words)."""
    found = [ENUMERATOR.match(p) for p in points]
    if len(points) < 2 or not all(found):
        return points
    return tuple(p[m.end() :] for p, m in zip(points, found, strict=True) if m)
