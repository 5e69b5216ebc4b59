"""Author pages: one per entry of ``seeds/authors.yml``, with the author's bio,
links and articles (newest first), and the authors index. No authors file, no
pages."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..authors import Author, Authors
from ..escape import escape_inline, escape_url
from ..model import Article
from ..paths import AUTHORS_INDEX, author_path, relative_link
from .frontmatter import front_matter
from .jobs import Gathered, Job, PageType, fixed
from .kit import render_template
from .rows import ArticleLink


def jobs(gathered: Gathered) -> Iterator[Job]:
    authors = gathered.site.authors
    if not len(authors):
        return
    written = articles_by_author(gathered.corpus.articles, authors)
    links = gathered.links
    for author in authors:
        listed = [links[a.slug] for a in written[author.key]]
        yield Job(author_path(author.key), fixed(render_author, author, listed))
    counts = tuple((author, len(written[author.key])) for author in authors)
    yield Job(AUTHORS_INDEX, fixed(render_authors_index, counts))


PAGES = PageType("authors", jobs)


def articles_by_author(
    articles: Sequence[Article], authors: Authors
) -> dict[str, tuple[Article, ...]]:
    """Each author's articles, in the corpus' order (newest first)."""
    found: dict[str, list[Article]] = {author.key: [] for author in authors}
    for article in articles:
        author = authors.find(article.author)
        if author is not None:
            found[author.key].append(article)
    return {key: tuple(items) for key, items in found.items()}


def render_author(author: Author, articles: Sequence[ArticleLink]) -> str:
    path = author_path(author.key)
    meta = {
        "title": author.name,
        "description": author.bio or f"Articles by {author.name}",
        "reex": {"kind": "author", "key": author.key},
    }
    return render_template(
        "author.md.j2",
        front_matter=front_matter(meta),
        author_name=escape_inline(author.name),
        bio=escape_inline(author.bio) if author.bio else None,
        links=[_profile_link(href) for href in author.links],
        entries=[a.item(path) for a in articles],
        index=relative_link(path, AUTHORS_INDEX),
    )


def _profile_link(href: str) -> str:
    # The address is shown as written, as text: a writer's link text cannot lie.
    return f"[{escape_inline(href)}]({escape_url(href)}){{ rel=me }}"


def render_authors_index(counts: Sequence[tuple[Author, int]]) -> str:
    meta = {"title": "Authors", "reex": {"kind": "authors-index"}}
    rows = [
        {
            "link": f"[{escape_inline(a.name)}]({relative_link(AUTHORS_INDEX, author_path(a.key))})",
            "count": count,
            "bio": escape_inline(a.bio) if a.bio else "",
        }
        for a, count in counts
    ]
    return render_template("authors_index.md.j2", front_matter=front_matter(meta), rows=rows)
