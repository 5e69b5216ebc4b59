"""The Quotes page: every key quote, newest first, grouped by speaker, each with
the article it is from."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..entity_index import ArticleRef, EntityEntry, EntityIndex, QuoteSeen
from ..escape import escape_inline
from ..model import Article
from ..paths import PEOPLE_INDEX, QUOTES_INDEX, article_path, entity_path, relative_link
from .figures import sourced_quote_figure
from .frontmatter import front_matter
from .jobs import Gathered, Job, PageType, fixed
from .kit import dated, link, render_template

UNATTRIBUTED = "Unattributed"
# The newest quotes of each speaker, so the page stays readable at thousands of
# articles; an entity's page has all of them.
MAX_PER_SPEAKER = 8


def jobs(gathered: Gathered) -> Iterator[Job]:
    said = key_quotes(gathered.corpus.articles)
    index = gathered.corpus.entities
    yield Job(QUOTES_INDEX, fixed(render_quotes, said, index), (said, index.entries))


PAGES = PageType("quotes", jobs)


def key_quotes(articles: Sequence[Article]) -> tuple[QuoteSeen, ...]:
    """Every key quote of ``articles`` (newest first), in the order of its article's text."""
    return tuple(QuoteSeen.of(q, ArticleRef.to(a)) for a in articles for q in a.key_quotes)


def by_speaker(said: Sequence[QuoteSeen], index: EntityIndex) -> list[list[QuoteSeen]]:
    """The quotes grouped by speaker (one group per name key), the group with the
    newest quote first; unattributed quotes last."""
    groups: dict[str, list[QuoteSeen]] = {}
    for item in said:
        key = index.resolve(item.speaker) if item.speaker else ""
        groups.setdefault(key, []).append(item)
    unattributed = groups.pop("", [])
    return [*groups.values(), *([unattributed] if unattributed else [])]


def _speaker_entry(group: Sequence[QuoteSeen], index: EntityIndex) -> EntityEntry | None:
    speaker = group[0].speaker
    return index.find(speaker) if speaker else None


def _heading(group: Sequence[QuoteSeen], index: EntityIndex) -> str:
    entry = _speaker_entry(group, index)
    if entry is None:
        return escape_inline(group[0].speaker or UNATTRIBUTED)
    return link(entry.subject.name, QUOTES_INDEX, entity_path(entry.subject.slug))


def _more(group: Sequence[QuoteSeen], index: EntityIndex) -> str:
    """Where the rest of a long group is, or how many are left out."""
    left = len(group) - MAX_PER_SPEAKER
    if left <= 0:
        return ""
    entry = _speaker_entry(group, index)
    if entry is None:
        return f"And {left} older."
    return f"And {left} older, on the page of {link(entry.subject.name, QUOTES_INDEX, entity_path(entry.subject.slug))}."


def _item(item: QuoteSeen) -> str:
    """A quote as a figure (its speaker is the group's heading), with its article."""
    source = link(item.article.title, QUOTES_INDEX, article_path(item.article.slug))
    return sourced_quote_figure(item, dated(source, item.article.date), with_speaker=False)


def render_quotes(said: Sequence[QuoteSeen], index: EntityIndex) -> str:
    meta = {"title": "Quotes", "reex": {"kind": "quotes"}}
    groups = [
        {
            "heading": _heading(group, index),
            "entries": [_item(s) for s in group[:MAX_PER_SPEAKER]],
            "more": _more(group, index),
        }
        for group in by_speaker(said, index)
    ]
    return render_template(
        "quotes.md.j2",
        front_matter=front_matter(meta),
        groups=groups,
        people=relative_link(QUOTES_INDEX, PEOPLE_INDEX),
    )
