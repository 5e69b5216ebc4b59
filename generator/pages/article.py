"""Article pages: one per article, laid out by ``templates/article.md.j2``."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..analysis_context import with_site_context
from ..authors import Author
from ..earlier import EarlierArticle, earlier_section
from ..entity_index import EntityIndex
from ..errors import Diagnostic
from ..escape import escape_inline
from ..extract.topic_names import entity_names
from ..model import Analysis, Article, Section
from ..paths import (
    article_card_path,
    article_path,
    author_path,
    entity_path,
    page_url,
    relative_link,
    topic_path,
)
from ..social.cards import article_card, card_alt
from ..taxonomy import Taxonomy
from .byline import byline, source_note
from .figures import Inserted, key_quotes_inserted, pull_quote_figure
from .frontmatter import front_matter
from .inline import InlineContext, block_markdown, find_word, quoted_times
from .jobs import Gathered, Job, PageType, Site
from .kit import (
    entity_line,
    reading_minutes,
    render_template,
    summary_of,
    topic_chip,
    topic_titles,
)
from .lead import dek, kicker
from .rows import ArticleLink
from .seed_errors import with_draft_notice, with_stale_notice

# The articles before and after one, in the site's order (newest first).
Neighbours = tuple[ArticleLink | None, ArticleLink | None]


def jobs(gathered: Gathered) -> Iterator[Job]:
    """A page for each article, rendered from the article, links to its related
    articles, what a draft analysis shows of earlier articles, the taxonomy and the
    glossary (all it reads), and, for a seed shown from its last good version, the
    error of its latest one."""
    corpus, site = gathered.corpus, gathered.site
    terms = dict(site.glossary)
    listed = gathered.links
    links = [listed[a.slug] for a in corpus.articles]
    for index, article in enumerate(corpus.articles):
        neighbours = (
            links[index - 1] if index else None,
            links[index + 1] if index + 1 < len(links) else None,
        )
        related = tuple(listed[r.slug] for r in corpus.related_articles.get(article.slug, ()))
        error = gathered.stale.get(article.path)
        author = site.authors.find(article.author)
        people = entity_pages(article, corpus.entities)
        earlier = corpus.earlier.get(article.slug, ())
        yield Job(
            article_path(article.slug),
            functools.partial(_page, article, related, error, author, people, earlier, neighbours),
            (article, related, site.taxonomy, terms, error, author, people, earlier, neighbours),
        )


EntityPages = tuple[tuple[str, str, str], ...]


def entity_pages(article: Article, index: EntityIndex) -> EntityPages:
    """The article's entities that have a page: name, page slug, and how many
    articles quote them as the page says it (what the page memo compares)."""
    found = ((e.name, index.find(e.name)) for e in article.entities)
    return tuple(
        dict.fromkeys(
            (name, entry.subject.slug, quoted_times(entry.quoted_in))
            for name, entry in found
            if entry
        )
    )


# Many, and each slow to render: rendered on every core.
PAGES = PageType("articles", jobs, in_workers=True)


def _page(
    article: Article,
    related: Sequence[ArticleLink],
    error: Diagnostic | None,
    author: Author | None,
    people: EntityPages,
    earlier: tuple[EarlierArticle, ...],
    neighbours: Neighbours,
    site: Site,
) -> str:
    page = render_article(
        article, related, site.taxonomy, site.glossary, author, people, earlier, neighbours
    )
    if article.draft:
        page = with_draft_notice(page)
    return page if error is None else with_stale_notice(page, error)


def render_article(
    article: Article,
    related: Sequence[ArticleLink],
    taxonomy: Taxonomy,
    glossary: Mapping[str, str],
    author: Author | None = None,
    people: EntityPages = (),
    earlier: Sequence[EarlierArticle] = (),
    neighbours: Neighbours = (None, None),
) -> str:
    path = article_path(article.slug)
    links = {name: (relative_link(path, entity_path(slug)), n) for name, slug, n in people}
    roles = {e.name: e.role for e in article.entities if e.role}
    ctx = InlineContext(
        taxonomy=taxonomy,
        topic_href=lambda slug: relative_link(path, topic_path(slug)),
        entity_roles=roles,
        names=entity_names(article),
        topics=frozenset(article.topics),
        entity_links=links,
    )
    page = {
        "title": escape_inline(article.title),
        "dek": _escaped_or_none(dek(article)),
        "byline": byline(article, author),
        "highlights": [escape_inline(h) for h in article.highlights],
        "sections": _section_views(article.sections, ctx, key_quotes_inserted(article, roles)),
        "analysis": _analysis_view(full_analysis(article, earlier, path)),
        "people": [
            entity_line(e, links.get(e.name, ("",))[0])
            for e in article.entities
            if e.kind == "person"
        ],
        "organisations": [
            entity_line(e, links.get(e.name, ("",))[0])
            for e in article.entities
            if e.kind == "organisation"
        ],
        "topics": [topic_chip(taxonomy.title_of(s), s, path) for s in article.topics],
        "related": [other.item(path) for other in related],
        "source_note": source_note(article),
        "steps": [
            link.step(path, label)
            for link, label in zip(neighbours, ("Newer", "Older"), strict=True)
            if link
        ],
        "abbreviations": _abbreviations(article, glossary),
    }
    return render_template(
        "article.md.j2",
        front_matter=front_matter(article_meta(article, taxonomy, author)),
        page=page,
    )


def article_meta(
    article: Article, taxonomy: Taxonomy, author: Author | None = None
) -> dict[str, object]:
    """The page's front matter: what templates in ``overrides/`` read (and nothing else)."""
    meta: dict[str, object] = {"title": article.title, "description": summary_of(article)}
    if article.date:
        meta["date"] = article.date.isoformat()
    if article.updated:
        meta["updated"] = article.updated.isoformat()
    if author:
        meta["author"] = author.name
    elif article.author:
        meta["author"] = article.author
    if article.source_name:
        meta["source"] = article.source_name
    if article.source_url:
        meta["source_url"] = article.source_url
    meta["topics"] = list(article.topics)
    meta["reading_time"] = reading_minutes(article)
    reex: dict[str, object] = {
        "kind": "article",
        "slug": article.slug,
        "topic_titles": topic_titles(article, taxonomy),
    }
    main_topic = kicker(article, taxonomy)
    if main_topic:
        reex["kicker"] = main_topic
    # The social card (social/cards.py draws it; the alt text does not need the site's name).
    reex["image"] = article_card_path(article.slug)
    reex["image_alt"] = card_alt(article_card(article, taxonomy, ""))
    standfirst = dek(article)
    if standfirst:
        reex["dek"] = standfirst
    if article.analysis:
        reex["analysis"] = article.analysis.origin
    if article.draft:
        reex["draft"] = True
    if author:
        # Site-relative, for the JSON-LD Person (overrides/partials/reex-social-meta.html).
        reex["author_page_url"] = page_url(author_path(author.key))
        reex["author_profile_urls"] = list(author.links)
    meta["reex"] = reex
    return meta


def _escaped_or_none(text: str | None) -> str | None:
    return escape_inline(text) if text else None


# -- sections ----------------------------------------------------------------------


@dataclass(frozen=True)
class _SectionView:
    heading: str | None
    blocks: tuple[str, ...]


def _section_views(
    sections: Sequence[Section], ctx: InlineContext | None, extra: Inserted | None = None
) -> tuple[_SectionView, ...]:
    views = []
    if extra is not None and extra[0] < 0:
        views.append(_SectionView(None, (extra[2],)))
    for number, section in enumerate(sections):
        blocks = [
            pull_quote_figure(block.text)
            if block.kind == "pull_quote"
            else block_markdown(block, ctx)
            for block in section.blocks
        ]
        if extra is not None and extra[0] == number:
            blocks.insert(extra[1], extra[2])
        heading = escape_inline(section.heading) if section.heading else None
        views.append(_SectionView(heading, _join_bullets(blocks)))
    return tuple(views)


def _join_bullets(blocks: list[str]) -> tuple[str, ...]:
    """Consecutive bullet items form one list (no blank lines between items)."""
    joined: list[str] = []
    for block in blocks:
        if block.startswith("- ") and joined and joined[-1].startswith("- "):
            joined[-1] += "\n" + block
        else:
            joined.append(block)
    return tuple(joined)


def full_analysis(
    article: Article, earlier: Sequence[EarlierArticle], path: str
) -> Analysis | None:
    """The article's analysis; a draft with the earlier articles, linked from ``path``."""
    if article.analysis is None:
        return None
    links = earlier_section(
        earlier, lambda slug: relative_link(path, article_path(slug)), article.analysis.line
    )
    return with_site_context(article.analysis, links)


def _analysis_view(a: Analysis | None) -> dict[str, object] | None:
    """The analysis section: its sections, without a first heading that repeats its title."""
    if a is None:
        return None
    sections = _section_views(a.sections, None)
    if sections and sections[0].heading == escape_inline(a.heading):
        sections = (_SectionView(None, sections[0].blocks), *sections[1:])
    kind = "reex-analysis reex-analysis--draft" if a.origin == "draft" else "reex-analysis"
    return {"classes": kind, "title": escape_inline(a.heading), "sections": sections}


def _abbreviations(article: Article, glossary: Mapping[str, str]) -> list[str]:
    text = " ".join(
        [
            article.title,
            *article.highlights,
            *(b.text for s in article.all_sections for b in s.blocks),
        ]
    )
    return [
        f"*[{term}]: {escape_inline(meaning)}"
        for term, meaning in sorted(glossary.items())
        if find_word(text, term)
    ]
