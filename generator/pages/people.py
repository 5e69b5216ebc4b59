"""A page for each person and organisation in the entity index, and the index of
them all (people and organisations listed apart)."""

from __future__ import annotations

from collections.abc import Iterator

from ..entity_index import ArticleRef, EntityEntry, EntityIndex
from ..escape import escape_inline
from ..model import EntityKind, Quote
from ..paths import PEOPLE_INDEX, QUOTES_INDEX, article_path, entity_path, relative_link
from ..taxonomy import Taxonomy
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
    """A page per entry, rendered from the entry and its topics' titles, and the index."""
    index = gathered.corpus.entities
    for entry in index.entries:
        titles = topic_titles(entry, gathered.site.taxonomy)
        yield Job(entity_path(entry.slug), fixed(render_entity, entry, titles), (entry, titles))
    yield Job(PEOPLE_INDEX, fixed(render_people_index, index), (index.entries,))


PAGES = PageType("people", jobs)


def topic_titles(entry: EntityEntry, taxonomy: Taxonomy) -> TopicTitles:
    """The entry's topics known to the taxonomy: slug, title, articles together."""
    return tuple(
        (slug, taxonomy.title_of(slug), count) for slug, count in entry.topics if slug in taxonomy
    )


def counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def summary(entry: EntityEntry) -> str:
    """One line about an entry: how many articles it is in and how many quote it."""
    line = f"in {counted(len(entry.articles), 'article')}"
    if entry.quoted_in:
        line += f", quoted in {entry.quoted_in}"
    return line


def _article_link(ref: ArticleRef, path: str) -> str:
    return dated(link(ref.title, path, article_path(ref.slug)), ref.date)


def render_entity(entry: EntityEntry, titles: TopicTitles) -> str:
    path = entity_path(entry.slug)
    label = KIND_LABELS[entry.kind]
    meta = {
        "title": entry.name,
        "description": f"{entry.name}: {label.lower()} {summary(entry)} on this site.",
        "reex": {"kind": entry.kind, "slug": entry.slug, "articles": len(entry.articles)},
    }
    page = {
        "title": escape_inline(entry.name),
        "about": f"{label} · {summary(entry)}",
        "roles": [
            f"{escape_inline(seen.role)} — {_article_link(seen.article, path)}"
            for seen in entry.roles
        ],
        "quotes": [
            sourced_quote_figure(Quote(seen.text, None, 0), _article_link(seen.article, path))
            for seen in entry.quotes
        ],
        "articles": [
            list_item(ref.title, relative_link(path, article_path(ref.slug)), ref.date, None, "")
            for ref in entry.articles
        ],
        "topics": [topic_chip(title, slug, path, count) for slug, title, count in titles],
        "index": relative_link(path, PEOPLE_INDEX),
    }
    return render_template("entity.md.j2", front_matter=front_matter(meta), page=page)


def _index_item(entry: EntityEntry) -> str:
    """A row of the index: the name (a link), the first role, how often seen;
    spans, so that the style sheet sets each on its own line."""
    name = link(entry.name, PEOPLE_INDEX, entity_path(entry.slug)) + "{ .reex-person__name }"
    role = (
        f' <span class="reex-person__role">{escape_inline(entry.roles[0].role)}</span>'
        if entry.roles
        else ""
    )
    return f'{name}{role} <span class="reex-person__count">{summary(entry)}</span>'


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
