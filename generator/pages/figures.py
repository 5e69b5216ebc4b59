"""Quotations as figures: an article's key quotes (gathered, not repeated under
their paragraphs), its pull quotes, and a topic page's quotes with their source.

``figure``/``blockquote``/``figcaption`` give screen readers the quotation and
then who said it, in the order the page shows them. The quotation is raw HTML,
so its text is HTML-escaped; a caption holding a link to a page is Markdown
(``markdown`` on the figure and the caption) so that MkDocs checks the link.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..escape import escape_html, escape_inline
from ..model import Article, Quote

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


def _quoted(quote: Quote) -> str:
    return _blockquote(f"“{quote.text}”")


def quote_figure(quote: Quote, roles: Mapping[str, str]) -> str:
    """A key quote with its speaker and the speaker's role; no caption without a speaker."""
    lines = ['<figure class="reex-quote">', _quoted(quote)]
    if quote.speaker:
        caption = f'<span class="reex-quote__speaker">{escape_html(quote.speaker)}</span>'
        role = roles.get(quote.speaker)
        if role:
            caption += f', <span class="reex-quote__role">{escape_html(role)}</span>'
        lines.append(f"<figcaption>{caption}</figcaption>")
    lines.append("</figure>")
    return "\n".join(lines)


def sourced_quote_figure(quote: Quote, source_link: str) -> str:
    """A quote on a topic page: its speaker, then a link to the article (Markdown)."""
    speaker = (
        f'<span class="reex-quote__speaker">{escape_inline(quote.speaker)}</span> · '
        if quote.speaker
        else ""
    )
    return "\n".join(
        (
            '<figure class="reex-quote" markdown>',
            _quoted(quote),
            f"<figcaption markdown>{speaker}{source_link}</figcaption>",
            "</figure>",
        )
    )


def pull_quote_figure(text: str) -> str:
    return f'<figure class="reex-pullquote">\n{_blockquote(text)}\n</figure>'
