"""An article's analysis once the site is gathered, for the pages: a draft with
what the site published before it, and the bottom line of a real analysis
(the seed's or a writer's), which later drafts cite.

Kept apart from ``analysis.py`` (which drafts during annotation, with the
outlook extractor) so that a build whose articles all come from the cache
never imports the extractors.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .extract.sentences import split_sentences
from .model import Analysis, Block, Section

NOTHING_YET = (
    "Nothing to add yet: the article makes no forward-looking statement the page "
    "does not already show, and the site has published nothing earlier on its "
    "topics or people."
)
MAX_BOTTOM_LINE_WORDS = 45
_BOTTOM_LINE = re.compile(r"^\s*(?:the\s+)?bottom\s+line\s*[:—–-]\s*", re.IGNORECASE)


def with_site_context(analysis: Analysis, earlier: Section | None) -> Analysis:
    """A draft with what the site published before it (a section, when there is
    any); a draft with nothing to say says so. Any other analysis as it is."""
    if analysis.origin != "draft":
        return analysis
    if earlier is not None:
        return replace(analysis, sections=(*analysis.sections, earlier))
    if any(section.heading for section in analysis.sections):
        return analysis
    nothing = Section(None, (Block.plain(NOTHING_YET, analysis.line),), analysis.line)
    return replace(analysis, sections=(*analysis.sections, nothing))


def bottom_line(analysis: Analysis | None) -> str | None:
    """What a seed's or writer's analysis concludes: a paragraph or section that
    says it is the bottom line, else the last sentence of its last paragraph (of
    its last bullet when it has no paragraph). None for a draft."""
    if analysis is None or analysis.origin == "draft":
        return None
    blocks = [b for s in analysis.sections for b in s.blocks if b.kind != "pull_quote"]
    for section in analysis.sections:
        if section.heading and _BOTTOM_LINE.match(section.heading + ":") and section.blocks:
            return _shortened(section.blocks[0].text)
    for block in blocks:
        if _BOTTOM_LINE.match(block.text):
            return _shortened(_BOTTOM_LINE.sub("", block.text, count=1))
    paragraphs = [b for b in blocks if b.kind == "paragraph" and b.text.strip()]
    last = paragraphs or [b for b in blocks if b.text.strip()]
    return _shortened(_last_sentence(last[-1].text)) if last else None


def _last_sentence(text: str) -> str:
    sentences = split_sentences(text)
    if not sentences:
        return text
    return text[sentences[-1].start : sentences[-1].end]


def _shortened(text: str) -> str | None:
    words = text.split()
    if not words:
        return None
    if len(words) <= MAX_BOTTOM_LINE_WORDS:
        return " ".join(words)
    return " ".join(words[:MAX_BOTTOM_LINE_WORDS]).rstrip(",;:") + " …"
