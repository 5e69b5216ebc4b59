"""Quotations as figures: an article's key quotes (gathered, not repeated under
their paragraphs), its pull quotes, and a topic page's quotes with their source.

``figure``/``blockquote``/``figcaption`` give screen readers the quotation and
then who said it, in the order the page shows them. The quotation is raw HTML,
so its text is HTML-escaped; a caption holding a link to a page is Markdown
(``markdown`` on the figure and the caption) so that MkDocs checks the link.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..entity_index import QuoteSeen
from ..escape import escape_html, escape_inline
from ..model import Article, Block, Quote

MAX_KEY_QUOTES = 2


def key_quotes(article: Article, limit: int = MAX_KEY_QUOTES) -> tuple[Quote, ...]:
    """The best key quotes by score (different speakers where possible), leaving out
    any the page already shows as a pull quote, and one quote at most from each
    paragraph: two pieces of one sentence gathered above it read as the sentence
    twice (“This is the piece…” and “We have now built it.”)."""
    pulled = [_plain(text) for text in article.pull_quotes]
    ranked = sorted(
        (q for q in article.key_quotes if not _is_pulled(q.text, pulled)),
        key=lambda q: -q.score,
    )
    paragraphs = [_plain(b.text) for s in article.sections for b in s.blocks]
    chosen: list[Quote] = []
    taken: set[int] = set()

    def choose(quote: Quote) -> None:
        where = _paragraph_of(quote, paragraphs)
        if len(chosen) < limit and quote not in chosen and where not in taken:
            chosen.append(quote)
            if where is not None:
                taken.add(where)

    for quote in ranked:
        if all(quote.speaker != c.speaker for c in chosen):
            choose(quote)
    for quote in ranked:
        choose(quote)
    return tuple(chosen)


def placed_key_quotes(article: Article) -> tuple[tuple[Quote, ...], int]:
    """The key quotes the page gathers and where among the body's blocks they go
    (``i``: before block ``i`` of all sections in order). Never next to the
    paragraph that holds one of them (a reader would meet the words twice in a
    row): with no such place for all of them, the best alone; else none."""
    chosen = key_quotes(article)
    blocks = [b for s in article.sections for b in s.blocks]
    for quotes in (chosen, chosen[:1]):
        gap = _free_gap(blocks, quotes)
        if quotes and gap is not None:
            return quotes, gap
    return (), 0


# A block of Markdown to put among a section's blocks: (section, before which
# block of it (its length: at its end), the Markdown).
Inserted = tuple[int, int, str]


def key_quotes_inserted(article: Article, roles: Mapping[str, str]) -> Inserted | None:
    """The gathered key quotes as a block of the body, where ``placed_key_quotes``
    puts them: a gap at a section's start goes at the end of the section before
    (above its heading), so that the heading stays with its text."""
    quotes, gap = placed_key_quotes(article)
    if not quotes:
        return None
    block = key_quotes_block([quote_figure(q, roles) for q in quotes])
    start = 0
    for index, section in enumerate(article.sections):
        end = start + len(section.blocks)
        if gap < end or (gap == end and index == len(article.sections) - 1):
            if gap == start and index:
                previous = article.sections[index - 1]
                return (index - 1, len(previous.blocks), block)
            return (index, gap - start, block)
        start = end
    return (-1, 0, block)  # no body: the quotes alone


def _free_gap(blocks: Sequence[Block], quotes: Sequence[Quote]) -> int | None:
    """The earliest gap between blocks (``len(blocks)``: after the last) whose
    neighbours hold none of ``quotes``; a gap beside a pull quote (two figures in a
    row) or inside a bulleted list only when there is no other."""
    words = [w for w in (_plain(q.text) for q in quotes) if w]
    holds = [any(w in _plain(b.text) for w in words) for b in blocks]

    def beside(gap: int) -> list[int]:
        return [i for i in (gap - 1, gap) if 0 <= i < len(blocks)]

    def awkward(gap: int) -> bool:
        kinds = [blocks[i].kind for i in beside(gap)]
        return "pull_quote" in kinds or kinds == ["bullet", "bullet"]

    free = [g for g in range(len(blocks) + 1) if not any(holds[i] for i in beside(g))]
    return min(free, key=lambda g: (awkward(g), g)) if free else None


def key_quotes_block(figures: Sequence[str]) -> str:
    """The gathered key quotes, one block of the body."""
    return "\n".join(('<div class="reex-key-quotes" markdown>', *figures, "</div>"))


def _paragraph_of(quote: Quote, paragraphs: Sequence[str]) -> int | None:
    """The index of the first paragraph holding the quote's words."""
    words = _plain(quote.text)
    return next((i for i, text in enumerate(paragraphs) if words and words in text), None)


def _plain(text: str) -> str:
    return " ".join(text.split()).strip("“”\"' ").casefold()


def _is_pulled(text: str, pulled: Sequence[str]) -> bool:
    plain = _plain(text)
    return any(plain in p or p in plain for p in pulled if p)


def _blockquote(text: str) -> str:
    return f"<blockquote><p>{escape_html(text).strip()}</p></blockquote>"


def _quoted(text: str) -> str:
    return _blockquote(f"“{text}”")


def quote_figure(quote: Quote, roles: Mapping[str, str]) -> str:
    """A key quote with its speaker and the speaker's role; no caption without a speaker."""
    lines = ['<figure class="reex-quote">', _quoted(quote.text)]
    if quote.speaker:
        caption = f'<span class="reex-quote__speaker">{escape_html(quote.speaker)}</span>'
        role = roles.get(quote.speaker)
        if role:
            caption += f', <span class="reex-quote__role">{escape_html(role)}</span>'
        lines.append(f"<figcaption>{caption}</figcaption>")
    lines.append("</figure>")
    return "\n".join(lines)


def sourced_quote_figure(seen: QuoteSeen, source_link: str, with_speaker: bool = True) -> str:
    """A quote in a list: its speaker (left out where the page is theirs, or heads
    the group), then a link to the article (Markdown)."""
    speaker = (
        f'<span class="reex-quote__speaker">{escape_inline(seen.speaker)}</span> · '
        if with_speaker and seen.speaker
        else ""
    )
    return "\n".join(
        (
            '<figure class="reex-quote" markdown>',
            _quoted(seen.text),
            f"<figcaption markdown>{speaker}{source_link}</figcaption>",
            "</figure>",
        )
    )


def pull_quote_figure(text: str) -> str:
    return f'<figure class="reex-pullquote">\n{_blockquote(text)}\n</figure>'
