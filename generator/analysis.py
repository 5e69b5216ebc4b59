"""The REEx-style analysis that closes every article.

``ensure_analysis`` picks, in this order: the analysis the seed itself carries,
the writer's sidecar (``<seed-stem>.analysis.md``), or an automated draft built
only from what the extractors found in the article. The draft says plainly, in
its first block, that no analyst has reviewed it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from generator.extract.outlook import split_sentences
from generator.model import Analysis, Article, Block, BlockKind, Quote, Section
from generator.taxonomy import Taxonomy

DRAFT_HEADING = "REEx Analysis (automated draft)"
DRAFT_NOTICE = (
    "This is an automated draft assembled from the article's own text: its summary, "
    "quotes and forward-looking statements. It has not been reviewed by an analyst "
    "and adds no independent judgement."
)

MAX_SIGNALS = 5
MAX_WATCH_ITEMS = 6
MAX_QUOTE_WORDS = 30
# A lead sentence shorter than this is too thin to stand alone as a bottom line.
SHORT_SENTENCE = 120


def ensure_analysis(
    article: Article, writer_analysis: Analysis | None, taxonomy: Taxonomy | None = None
) -> Article:
    """Give ``article`` an analysis: the seed's, else the writer's, else a draft."""
    if article.analysis is not None and article.analysis.origin == "seed":
        return article
    if writer_analysis is not None:
        return replace(article, analysis=writer_analysis)
    if article.analysis is not None:
        return article
    return replace(article, analysis=draft_analysis(article, taxonomy))


def draft_analysis(article: Article, taxonomy: Taxonomy | None = None) -> Analysis:
    """An analysis assembled from the article's highlights, quotes, outlook and topics."""
    line = _draft_line(article)
    candidates = (
        Section(None, (Block.plain(DRAFT_NOTICE, line),), line),
        Section("Bottom line", _bottom_line(article), line),
        Section("Key signals", _key_signals(article), line),
        Section("What to watch", _watch_items(article), line),
        Section("Topics at stake", _topic_items(article, taxonomy, line), line),
    )
    sections = tuple(section for section in candidates if section.blocks)
    return Analysis(DRAFT_HEADING, sections, "draft", line)


def _draft_line(article: Article) -> int:
    """The last body line: the draft stands where a written analysis would."""
    lines = [block.line for section in article.sections for block in section.blocks]
    return max(lines, default=article.title_line)


def _bottom_line(article: Article) -> tuple[Block, ...]:
    if article.highlights:
        kind: BlockKind = "bullet" if len(article.highlights) > 1 else "paragraph"
        return tuple(Block.plain(text, article.title_line, kind) for text in article.highlights)
    lead = _lead_block(article)
    if lead is None:
        return ()
    return (Block.plain(_opening_sentences(lead.text), lead.line),)


def _lead_block(article: Article) -> Block | None:
    for section in article.sections:
        for block in section.blocks:
            if block.kind == "paragraph" and block.text.strip():
                return block
    return None


def _opening_sentences(text: str) -> str:
    """The first sentence, plus the second when the first is short."""
    ranges = split_sentences(text)
    if not ranges:
        return text.strip()
    end = ranges[0][1]
    if end - ranges[0][0] < SHORT_SENTENCE and len(ranges) > 1:
        end = ranges[1][1]
    return " ".join(text[ranges[0][0] : end].split())


def _key_signals(article: Article) -> tuple[Block, ...]:
    quotes = article.key_quotes or article.quotes
    blocks: list[Block] = []
    seen: set[str] = set()
    for quote in _attributed(quotes):
        item = f"{quote.speaker}: “{_shorten(quote.text)}”"
        if item not in seen:
            seen.add(item)
            blocks.append(Block.plain(item, quote.line, "bullet"))
    return tuple(blocks[:MAX_SIGNALS])


def _attributed(quotes: tuple[Quote, ...]) -> Iterator[Quote]:
    for quote in quotes:
        if quote.speaker and quote.speaker.strip() and quote.text.strip():
            yield quote


def _shorten(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_QUOTE_WORDS:
        return " ".join(words)
    return " ".join(words[:MAX_QUOTE_WORDS]).rstrip(",;:") + " …"


def _watch_items(article: Article) -> tuple[Block, ...]:
    return tuple(
        Block.plain(statement.text, statement.line, "bullet")
        for statement in article.outlook[:MAX_WATCH_ITEMS]
    )


def _topic_items(article: Article, taxonomy: Taxonomy | None, line: int) -> tuple[Block, ...]:
    return tuple(
        Block.plain(taxonomy.title_of(slug) if taxonomy is not None else slug, line, "bullet")
        for slug in article.topics
    )
