"""What a person's or organisation's page shows, and its pages by year.

An entry quoted in hundreds of articles would otherwise list the same role, and
every quote and article, hundreds of times: a wall for a reader, and a page
MkDocs takes a quarter of a second to render again whenever one more article
names them. The page shows each distinct role once and the newest quotes and
articles; the rest are on a page per year (``people/<slug>/<YYYY>.md``). Years,
not numbered pages: an article's year is its own, so adding one changes the
entry's page and that year's page, not every page after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..entity_index import ArticleRef, EntityEntry, QuoteSeen, RoleSeen, Subject
from ..paths import UNDATED

# The newest quotes and articles an entry's page lists: enough for a reader to see
# what the person says now and where, short enough to read (and for MkDocs to
# render in a few milliseconds); older ones are on the year pages.
PAGE_QUOTES = 10
PAGE_ARTICLES = 10


@dataclass(frozen=True)
class RoleGroup:
    """One role however it is spelt: its newest wording, the newest article that
    gives it, and how many articles do."""

    role: str
    newest: ArticleRef
    articles: int


@dataclass(frozen=True)
class YearCount:
    """A year page's link on the entry's page: the year (or ``UNDATED``) and what
    the page holds."""

    key: str
    articles: int
    quotes: int


@dataclass(frozen=True)
class EntityPage:
    """Everything an entry's page shows (and so the page memo's key)."""

    subject: Subject
    articles_total: int
    quoted_in: int
    quotes_total: int
    roles: tuple[RoleGroup, ...]
    quotes: tuple[QuoteSeen, ...]
    articles: tuple[ArticleRef, ...]
    years: tuple[YearCount, ...]


@dataclass(frozen=True)
class EntityYear:
    """Everything one year page of an entry shows: that year's quotes and articles,
    newest first, and the years before and after it that have pages."""

    subject: Subject
    key: str
    quotes: tuple[QuoteSeen, ...]
    articles: tuple[ArticleRef, ...]
    newer: str | None
    older: str | None


def role_key(role: str) -> str:
    """What two wordings of one role share: case and spacing ignored."""
    return " ".join(role.casefold().split())


def group_roles(roles: Iterable[RoleSeen]) -> tuple[RoleGroup, ...]:
    """Each distinct role once, in the newest wording and article it was seen in,
    newest first (by that article's date; undated last), with how many articles
    give it."""
    newest: dict[str, RoleSeen] = {}
    articles: dict[str, set[str]] = {}
    for seen in roles:
        key = role_key(seen.role)
        if key not in newest or _newer(seen.article, newest[key].article):
            newest[key] = seen
        articles.setdefault(key, set()).add(seen.article.slug)
    groups = [RoleGroup(s.role, s.article, len(articles[key])) for key, s in newest.items()]
    return tuple(sorted(groups, key=lambda g: (_age(g.newest), role_key(g.role))))


def _age(ref: ArticleRef) -> tuple[int, int]:
    """Sorts newest first, undated last."""
    return (1, 0) if ref.date is None else (0, -ref.date.toordinal())


def _newer(one: ArticleRef, other: ArticleRef) -> bool:
    return _age(one) < _age(other)


def year_key(ref: ArticleRef) -> str:
    """The year page an article is filed under: ``YYYY``, or ``UNDATED``."""
    return f"{ref.date.year:04d}" if ref.date else UNDATED


def fits(entry: EntityEntry) -> bool:
    """Whether the entry's page shows all its quotes and articles (no year pages)."""
    return len(entry.quotes) <= PAGE_QUOTES and len(entry.articles) <= PAGE_ARTICLES


def entity_years(entry: EntityEntry) -> tuple[EntityYear, ...]:
    """The entry's year pages, newest year first (undated last); none when its page
    shows everything."""
    if fits(entry):
        return ()
    keys = _year_keys(entry)
    return tuple(
        EntityYear(
            entry.subject,
            key,
            tuple(q for q in entry.quotes if year_key(q.article) == key),
            tuple(a for a in entry.articles if year_key(a) == key),
            keys[index - 1] if index else None,
            keys[index + 1] if index + 1 < len(keys) else None,
        )
        for index, key in enumerate(keys)
    )


def _year_keys(entry: EntityEntry) -> list[str]:
    found = {year_key(a) for a in entry.articles} | {year_key(q.article) for q in entry.quotes}
    dated = sorted((key for key in found if key != UNDATED), reverse=True)
    return dated + ([UNDATED] if UNDATED in found else [])


def entity_page(entry: EntityEntry, years: Sequence[EntityYear]) -> EntityPage:
    """What the entry's page shows, ``years`` being its year pages."""
    return EntityPage(
        entry.subject,
        len(entry.articles),
        entry.quoted_in,
        len(entry.quotes),
        group_roles(entry.roles),
        entry.quotes[:PAGE_QUOTES],
        entry.articles[:PAGE_ARTICLES],
        tuple(YearCount(y.key, len(y.articles), len(y.quotes)) for y in years),
    )
