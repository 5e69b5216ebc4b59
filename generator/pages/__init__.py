"""The generated pages: the page types the pipeline runs, in one declared tuple.

Each page module makes jobs (``pages/jobs.py``) from what was gathered: its
``PAGES`` names them and says whether they go to worker processes. Adding a
kind of page is a module with a ``jobs`` function and one line here; no two
page types may make the same path.
"""

from __future__ import annotations

from . import article, authors, feeds, listings, people, quotes, seed_errors, topics
from .jobs import Gathered, PageType
from .memo import PageMemo, RenderMany

PAGE_TYPES: tuple[PageType, ...] = (
    article.PAGES,
    topics.PAGES,
    feeds.PAGES,
    listings.PAGES,
    authors.PAGES,
    people.PAGES,
    quotes.PAGES,
    seed_errors.PAGES,
)


def make_pages(gathered: Gathered, memo: PageMemo, render_many: RenderMany) -> dict[str, str]:
    """Every page of every page type, by path: rendered through ``memo``, the jobs of
    types that ask for it all together by ``render_many`` (on worker processes)."""
    pages: dict[str, str] = {}
    for page_type in PAGE_TYPES:
        many = render_many if page_type.in_workers else None
        made = memo.make(page_type.jobs(gathered), gathered.site, many)
        taken = made.keys() & pages.keys()
        if taken:
            raise ValueError(f"{page_type.name} pages would replace others: {sorted(taken)}")
        pages.update(made)
    memo.keep_only(pages)
    return dict(sorted(pages.items()))
