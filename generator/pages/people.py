"""A page for each person and organisation in the entity index, and the index of
them all (people and organisations listed apart)."""

from __future__ import annotations

from collections.abc import Iterator

from ..entity_index import ArticleRef, EntityEntry, EntityIndex, QuoteSeen
from ..escape import escape_inline
from ..model import EntityKind
from ..paths import (
    PEOPLE_INDEX,
    QUOTES_INDEX,
    UNDATED,
    article_path,
    entity_path,
    entity_year_path,
    relative_link,
)
from ..taxonomy import Taxonomy
from .entity_digest import EntityPage, EntityYear, RoleGroup, YearCount, entity_page, entity_years
from .figures import sourced_quote_figure
from .frontmatter import front_matter
from .jobs import Gathered, Job, PageType, fixed
from .kit import dated, link, list_item, render_template, topic_chip

KIND_LABELS = {"person": "Person", "organisation": "Organisation"}
GROUPS: tuple[tuple[str, EntityKind], ...] = (
    ("People", "person"),
    ("Organisations", "organisation"),
)

TopicTitles = tuple[tuple[str, str, int], ...]


def jobs(gathered: Gathered) -> Iterator[Job]:
    """A page per entry and per year of an entry with more than its page shows,
    each rendered from what it shows, and the index."""
    index = gathered.corpus.entities
    for entry in index.entries:
        titles = topic_titles(entry, gathered.site.taxonomy)
        years = entity_years(entry)
        page = entity_page(entry, years)
        yield Job(
            entity_path(entry.subject.slug), fixed(render_entity, page, titles), (page, titles)
        )
        for year in years:
            yield Job(
                entity_year_path(entry.subject.slug, year.key), fixed(render_year, year), (year,)
            )
    yield Job(PEOPLE_INDEX, fixed(render_people_index, index), (index.entries,))


PAGES = PageType("people", jobs)


def topic_titles(entry: EntityEntry, taxonomy: Taxonomy) -> TopicTitles:
    """The entry's topics known to the taxonomy: slug, title, articles together."""
    return tuple(
        (slug, taxonomy.title_of(slug), count) for slug, count in entry.topics if slug in taxonomy
    )


def counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def summary(articles: int, quoted_in: int) -> str:
    """One line about an entry: how many articles it is in and how many quote it."""
    line = f"in {counted(articles, 'article')}"
    if quoted_in:
        line += f", quoted in {quoted_in}"
    return line


def _article_link(ref: ArticleRef, path: str) -> str:
    return dated(link(ref.title, path, article_path(ref.slug)), ref.date)


def _role_line(group: RoleGroup, path: str) -> str:
    """ "trade minister — [newest article](…) · May 3, 2025 · in 4 articles"."""
    line = f"{escape_inline(group.role)} — {_article_link(group.newest, path)}"
    return line if group.articles == 1 else f"{line} · in {group.articles} articles"


def _quote(seen: QuoteSeen, path: str) -> str:
    return sourced_quote_figure(seen, _article_link(seen.article, path), with_speaker=False)


def _item(ref: ArticleRef, path: str) -> str:
    return list_item(ref.title, relative_link(path, article_path(ref.slug)), ref.date, None, "")


def _shown(shown: int, total: int, noun: str) -> str:
    """A note under a list that shows only the newest of ``total``."""
    if shown >= total:
        return ""
    return f"The newest {shown} of {total} {noun}; the others are on the pages by year below."


def render_entity(entry: EntityPage, titles: TopicTitles) -> str:
    who = entry.subject
    path = entity_path(who.slug)
    label = KIND_LABELS[who.kind]
    about = summary(entry.articles_total, entry.quoted_in)
    meta = {
        "title": who.name,
        "description": f"{who.name}: {label.lower()} {about} on this site.",
        "reex": {"kind": who.kind, "slug": who.slug, "articles": entry.articles_total},
    }
    years = [
        f"[{year_label(y.key)}]({relative_link(path, entity_year_path(who.slug, y.key))})"
        f" ({_year_count(y)})"
        for y in entry.years
    ]
    page = {
        "title": escape_inline(who.name),
        "about": f"{label} · {about}",
        "roles": [_role_line(group, path) for group in entry.roles],
        "quotes": [_quote(seen, path) for seen in entry.quotes],
        "quotes_note": _shown(len(entry.quotes), entry.quotes_total, "quotes"),
        "articles": [_item(ref, path) for ref in entry.articles],
        "articles_note": _shown(len(entry.articles), entry.articles_total, "articles"),
        "years": f"Earlier, by year: {' · '.join(years)}" if years else "",
        "topics": [topic_chip(title, slug, path, count) for slug, title, count in titles],
        "up": "",
        "back": f"[All people and organisations]({relative_link(path, PEOPLE_INDEX)})",
    }
    return render_template("entity.md.j2", front_matter=front_matter(meta), page=page)


def _year_count(year: YearCount) -> str:
    line = counted(year.articles, "article")
    return f"{line}, {counted(year.quotes, 'quote')}" if year.quotes else line


def year_label(key: str) -> str:
    return "Undated" if key == UNDATED else key


def year_title(year: EntityYear) -> str:
    """ "Elena Vasquez in 2025"; "Elena Vasquez, undated articles"."""
    if year.key == UNDATED:
        return f"{year.subject.name}, undated articles"
    return f"{year.subject.name} in {year.key}"


def render_year(year: EntityYear) -> str:
    """An entry's quotes and articles of one year, newest first, with the years
    before and after and a link back to the entry's page."""
    who = year.subject
    path = entity_year_path(who.slug, year.key)
    title = year_title(year)
    counts = counted(len(year.articles), "article")
    if year.quotes:
        counts += f" and {counted(len(year.quotes), 'quote')}"
    meta = {
        "title": title,
        "description": f"{title}: {counts} on this site.",
        "reex": {"kind": f"{who.kind}-year", "slug": who.slug, "year": year.key},
    }
    back_to_entry = (
        f"[All of {escape_inline(who.name)}]({relative_link(path, entity_path(who.slug))})"
    )
    steps = [back_to_entry]
    if year.newer:
        newer = relative_link(path, entity_year_path(who.slug, year.newer))
        steps.insert(0, f"[← {year_label(year.newer)}]({newer})")
    if year.older:
        older = relative_link(path, entity_year_path(who.slug, year.older))
        steps.append(f"[{year_label(year.older)} →]({older})")
    page = {
        "title": escape_inline(title),
        "about": f"{KIND_LABELS[who.kind]} · {counts}",
        "roles": [],
        "quotes": [_quote(seen, path) for seen in year.quotes],
        "quotes_note": "",
        "articles": [_item(ref, path) for ref in year.articles],
        "articles_note": "",
        "years": "",
        "topics": [],
        # A year page is long: the way back to the entry stands under its heading too.
        "up": f'<p class="reex-up" markdown>← {back_to_entry}</p>',
        "back": f'<nav class="reex-pager" markdown>{" · ".join(steps)}</nav>',
    }
    return render_template("entity.md.j2", front_matter=front_matter(meta), page=page)


def _index_item(entry: EntityEntry) -> str:
    """A row of the index: the name (a link), the first role, how often seen;
    spans, so that the style sheet sets each on its own line."""
    name = (
        link(entry.subject.name, PEOPLE_INDEX, entity_path(entry.subject.slug))
        + "{ .reex-person__name }"
    )
    role = (
        f' <span class="reex-person__role">{escape_inline(entry.roles[0].role)}</span>'
        if entry.roles
        else ""
    )
    count = summary(len(entry.articles), entry.quoted_in)
    return f'{name}{role} <span class="reex-person__count">{count}</span>'


def render_people_index(index: EntityIndex) -> str:
    meta = {"title": "People & organisations", "reex": {"kind": "people-index"}}
    groups = [
        {"heading": heading, "entries": [_index_item(e) for e in index.of_kind(kind)]}
        for heading, kind in GROUPS
    ]
    return render_template(
        "people_index.md.j2",
        front_matter=front_matter(meta),
        groups=groups,
        quotes=relative_link(PEOPLE_INDEX, QUOTES_INDEX),
    )
