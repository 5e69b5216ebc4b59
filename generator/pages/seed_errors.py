"""Pages that show a seed's error: its last good page with a notice on top, or,
for a seed that never built, a page of its own where its article would be."""

from __future__ import annotations

from collections.abc import Iterator

from ..errors import Diagnostic
from ..escape import escape_inline
from ..paths import ARTICLES_INDEX, article_path
from ..slug import slugify
from .frontmatter import front_matter
from .jobs import Gathered, Job, PageType, fixed

_ERROR_NOTICE = """\
!!! failure "This seed has an error"

    {diagnostic}

    {explanation}
"""
_STALE = (
    "This page shows the last version of the seed that built. Fix the line named above and save."
)
_NEVER_BUILT = "This seed has not built yet. Fix the line named above and save."


def jobs(gathered: Gathered) -> Iterator[Job]:
    """A page for each seed that never built, at its article's address, unless an
    article or the article list stands there (the first such seed wins)."""
    taken = {article_path(a.slug) for a in gathered.corpus.articles} | {ARTICLES_INDEX}
    for path, diagnostic in gathered.failed:
        rel = article_path(slugify(path.stem))
        if rel not in taken:
            taken.add(rel)
            yield Job(rel, fixed(error_page, path.name, diagnostic))


PAGES = PageType("seed errors", jobs)


def with_stale_notice(page: str, diagnostic: Diagnostic) -> str:
    """A seed's last good page, saying that its latest version has an error."""
    return with_error_notice(page, diagnostic, _STALE)


_DRAFT_NOTICE = """\
!!! warning "Draft"

    This article is marked `draft: true`. The preview (`mkdocs serve`) shows it;
    a build for publishing leaves it out. Remove the line to publish it.
"""


def with_draft_notice(page: str) -> str:
    """An article page saying that it is a draft, just under its title."""
    return _under_title(page, _DRAFT_NOTICE)


def with_error_notice(page: str, diagnostic: Diagnostic, explanation: str) -> str:
    """The page with an error admonition just under its title (or its front matter)."""
    return _under_title(page, _notice(diagnostic, explanation))


def _under_title(page: str, notice: str) -> str:
    lines = page.split("\n")
    body_start = 0
    if lines and lines[0] == "---":
        body_start = next((i + 1 for i in range(1, len(lines)) if lines[i] == "---"), 0)
    title = next((i for i in range(body_start, len(lines)) if lines[i].startswith("# ")), None)
    at = body_start if title is None else title + 1
    return "\n".join([*lines[:at], "", notice, *lines[at:]])


def error_page(file_name: str, diagnostic: Diagnostic) -> str:
    meta = {"title": f"Seed error: {slugify(file_name)}", "search": {"exclude": True}}
    heading = escape_inline(file_name)
    return f"---\n{front_matter(meta)}---\n\n# {heading}\n\n{_notice(diagnostic, _NEVER_BUILT)}"


def _notice(diagnostic: Diagnostic, explanation: str) -> str:
    return _ERROR_NOTICE.format(diagnostic=escape_inline(str(diagnostic)), explanation=explanation)
