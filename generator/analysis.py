"""The REEx-style analysis that closes every article.

``ensure_analysis`` picks, in this order: the analysis the seed itself carries,
the writer's sidecar (``<seed-stem>.analysis.md``), or an automated draft. The
draft repeats nothing the page shows (no lead, no highlight, no quote of a
callout, no topic list): it gives the article's forward-looking statements by
when they fall due (``horizon.py``), and, once the site is gathered, what the
site published earlier on the same topics and people (``earlier.py``,
``analysis_context.py``). It says plainly, in its first block, that no analyst
has reviewed it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .horizon import Horizon, horizon
from .model import Analysis, Article, Block, Section, Span, Statement

DRAFT_HEADING = "REEx Analysis (automated draft)"
DRAFT_NOTICE = (
    "This is an automated draft, not reviewed by an analyst: it sets out when the "
    "article's forward-looking statements fall due and what this site published "
    "earlier on the same topics and people, with the conclusions of their analyses. "
    "It adds no judgement of its own."
)
WATCH_HEADING = "What to watch"
UNDATED = "No date given"

MAX_WATCH_ITEMS = 6
_YEAR = re.compile(r"\b(20\d\d)\b")


def ensure_analysis(article: Article, writer_analysis: Analysis | None) -> Article:
    """Give ``article`` an analysis: the seed's, else the writer's, else a draft."""
    if article.analysis is not None and article.analysis.origin == "seed":
        return article
    if writer_analysis is not None:
        return replace(article, analysis=writer_analysis)
    if article.analysis is not None:
        return article
    return replace(article, analysis=draft_analysis(article))


def draft_analysis(article: Article) -> Analysis:
    """The draft's own part: the notice, then the statements to watch, dated."""
    line = _draft_line(article)
    candidates = (
        Section(None, (Block.plain(DRAFT_NOTICE, line),), line),
        Section(WATCH_HEADING, _watch_items(article), line),
    )
    sections = tuple(section for section in candidates if section.blocks)
    return Analysis(DRAFT_HEADING, sections, "draft", line)


def _draft_line(article: Article) -> int:
    """The last body line: the draft stands where a written analysis would."""
    lines = [block.line for section in article.sections for block in section.blocks]
    return max(lines, default=article.title_line)


# -- what to watch -------------------------------------------------------------


def _watch_items(article: Article) -> tuple[Block, ...]:
    shown = _shown_elsewhere(article)
    fresh = [s for s in article.outlook if not _repeats(_plain(s.text), shown)]
    dated = [(_horizon(s, article), order, s) for order, s in enumerate(fresh)]
    dated.sort(key=lambda item: (item[0] is None, item[0].month if item[0] else 0, item[1]))
    return tuple(_watch_item(found, statement) for found, _, statement in dated[:MAX_WATCH_ITEMS])


def _horizon(statement: Statement, article: Article) -> Horizon | None:
    """When the statement falls due; the words after its marker may name the year."""
    at = statement.text.casefold().find(statement.marker.casefold())
    after = statement.text[at + len(statement.marker) :] if at >= 0 else ""
    found = horizon(statement.marker, article.date, after)
    # A modal claim that names a year ("first production is targeted for 2027"); in
    # an undated article a year may be past, so it dates nothing.
    if found is not None or article.date is None:
        return found
    years = [int(y) for y in _YEAR.findall(statement.text) if int(y) >= article.date.year]
    return horizon(f"in {years[0]}", article.date) if years else None


def _watch_item(found: Horizon | None, statement: Statement) -> Block:
    label = found.label if found else UNDATED
    spans = (Span(label, style="strong"), Span(f" — {statement.text}"))
    return Block(spans, statement.line, "bullet")


def _shown_elsewhere(article: Article) -> tuple[str, ...]:
    """What the page shows outside the body's flow: the lead, the highlights, the
    standfirst, the quotes of the callouts and the pull quotes."""
    lead = next((b.text for s in article.sections for b in s.blocks if b.kind == "paragraph"), "")
    texts = (
        lead,
        article.dek or "",
        *article.highlights,
        *(q.text for q in article.key_quotes),
        *article.pull_quotes,
    )
    return tuple(plain for plain in map(_plain, texts) if plain)


def _plain(text: str) -> str:
    return " ".join(text.split()).strip("“”\"' ").casefold()


def _repeats(text: str, shown: tuple[str, ...]) -> bool:
    return any(text in other or other in text for other in shown)
