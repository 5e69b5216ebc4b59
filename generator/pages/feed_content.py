"""An article as HTML for feed readers: highlights, key quotes with their
speakers, the text, the analysis under its heading, and the source.

No scripts, no annotation markers (a person's role follows the first mention
in parentheses), no chips. Seed text is HTML-escaped here (``escape_html``);
the feed writer escapes the whole once more for XML or JSON. Links are
vetted again and made absolute against the article's address.
"""

from __future__ import annotations

import html
import posixpath
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..escape import escape_html, safe_href
from ..model import Analysis, Article, Block, Section, Span
from .figures import key_quotes
from .inline import find_word

_STYLE_TAGS = {"em": "em", "strong": "strong", "code": "code"}


def article_html(article: Article, url: str, analysis: Analysis | None = None) -> str:
    """The article's body as HTML; ``url`` is its page's address, which relative
    links are resolved against; ``analysis`` stands for the article's own (a draft
    with what the site published before it)."""
    analysis = analysis or article.analysis
    roles = {e.name: e.role for e in article.entities if e.role}
    marked: set[str] = set()
    parts: list[str] = []
    if article.highlights:
        parts.append(_list(escape_html(h) for h in article.highlights))
    parts.extend(_quote(q.text, q.speaker, roles) for q in key_quotes(article))
    parts.extend(_sections(article.sections, 2, url, roles, marked))
    if analysis:
        heading = analysis.heading
        parts.append(f"<h2>{escape_html(heading)}</h2>")
        sections = [
            replace(s, heading=None) if s.heading == heading else s for s in analysis.sections
        ]
        parts.extend(_sections(sections, 3, url, {}, marked))
    parts.extend(_source(article))
    return "\n".join(parts)


def _list(items: Iterable[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _quote(text: str, speaker: str | None, roles: Mapping[str, str]) -> str:
    said = f"<p>{escape_html(f'“{text}”')}</p>"
    if speaker:
        role = roles.get(speaker)
        who = escape_html(f"{speaker}, {role}" if role else speaker)
        said += f"<p>— {who}</p>"
    return f"<blockquote>{said}</blockquote>"


def _sections(
    sections: Sequence[Section],
    level: int,
    url: str,
    roles: Mapping[str, str],
    marked: set[str],
) -> list[str]:
    parts: list[str] = []
    for section in sections:
        if section.heading:
            parts.append(f"<h{level}>{escape_html(section.heading)}</h{level}>")
        bullets: list[str] = []
        for block in section.blocks:
            text = _block_text(block, url, roles, marked)
            if block.kind == "bullet":
                bullets.append(text)
                continue
            if bullets:
                parts.append(_list(bullets))
                bullets = []
            paragraph = f"<p>{text}</p>"
            parts.append(
                f"<blockquote>{paragraph}</blockquote>" if block.kind == "pull_quote" else paragraph
            )
        if bullets:
            parts.append(_list(bullets))
    return parts


def _block_text(block: Block, url: str, roles: Mapping[str, str], marked: set[str]) -> str:
    return "".join(_span_html(span, url, roles, marked) for span in block.spans).strip()


def _span_html(span: Span, url: str, roles: Mapping[str, str], marked: set[str]) -> str:
    if span.href is None and not span.style:
        return _with_roles(span.text, roles, marked)
    text = escape_html(span.text)
    tag = _STYLE_TAGS.get(span.style)
    if tag:
        text = f"<{tag}>{text}</{tag}>"
    href = safe_href(span.href) if span.href else None
    if href:
        text = f'<a href="{html.escape(_resolved(url, href), quote=True)}">{text}</a>'
    return text


def _resolved(url: str, href: str) -> str:
    """``href`` from the page at ``url``. Without a site address ``url`` is relative
    to the feed file ("../articles/a/"), which ``urljoin`` would cut at its "../"."""
    if urllib.parse.urlsplit(url).scheme or urllib.parse.urlsplit(href).scheme:
        return urllib.parse.urljoin(url, href)
    if href.startswith(("#", "/", "?")):
        return urllib.parse.urljoin(url, href)
    joined = posixpath.normpath(posixpath.join(url, href))
    return joined + "/" if href.endswith("/") else joined


def _with_roles(text: str, roles: Mapping[str, str], marked: set[str]) -> str:
    """Plain text, each person's first mention followed by their role in parentheses,
    unless the text around it already says the role."""
    folded = text.casefold()
    marks = sorted(
        (found[1], name)
        for name in roles
        if name not in marked and (found := find_word(text, name)) is not None
    )
    for _, name in marks:
        marked.add(name)
    marks = [(end, name) for end, name in marks if roles[name].casefold() not in folded]
    pieces: list[str] = []
    position = 0
    for end, name in marks:
        pieces.append(escape_html(text[position:end]) + f" ({escape_html(roles[name])})")
        position = end
    pieces.append(escape_html(text[position:]))
    return "".join(pieces) if marks else escape_html(text)


def _source(article: Article) -> list[str]:
    href = safe_href(article.source_url) if article.source_url else None
    if not href:
        return []
    name = escape_html(article.source_name or href)
    return [f'<p>Source: <a href="{html.escape(href, quote=True)}">{name}</a></p>']
