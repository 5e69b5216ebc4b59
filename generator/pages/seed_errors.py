"""Pages that show a seed's error: a notice on its last good page, or a page of
its own for a seed that never built."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from ..errors import Diagnostic
from ..escape import escape_inline
from ..model import Article
from ..paths import article_path
from ..slug import slugify
from .frontmatter import front_matter

_ERROR_NOTICE = """\
!!! failure "This seed has an error"

    {diagnostic}

    {explanation}
"""
_STALE = (
    "This page shows the last version of the seed that built. Fix the line named above and save."
)
_NEVER_BUILT = "This seed has not built yet. Fix the line named above and save."


def seed_error_pages(
    articles: Sequence[Article],
    stale: Mapping[str, Diagnostic],
    failed: Sequence[tuple[Path, Diagnostic]],
    pages: Mapping[str, str],
) -> dict[str, str]:
    """Pages that show a seed's error: its last good page with a notice on top,
    or, for a seed that never built, a page of its own where no article is."""
    shown: dict[str, str] = {}
    for article in articles:
        diagnostic = stale.get(article.path)
        rel = article_path(article.slug)
        if diagnostic is not None and rel in pages:
            shown[rel] = with_error_notice(pages[rel], diagnostic, _STALE)
    for path, diagnostic in failed:
        rel = article_path(slugify(path.stem))
        if rel not in pages and rel not in shown:
            shown[rel] = error_page(path.name, diagnostic)
    return shown


def with_error_notice(page: str, diagnostic: Diagnostic, explanation: str) -> str:
    """The page with an error admonition just under its title (or its front matter)."""
    lines = page.split("\n")
    body_start = 0
    if lines and lines[0] == "---":
        body_start = next((i + 1 for i in range(1, len(lines)) if lines[i] == "---"), 0)
    title = next((i for i in range(body_start, len(lines)) if lines[i].startswith("# ")), None)
    at = body_start if title is None else title + 1
    notice = _notice(diagnostic, explanation)
    return "\n".join([*lines[:at], "", notice, *lines[at:]])


def error_page(file_name: str, diagnostic: Diagnostic) -> str:
    meta = {"title": f"Seed error: {slugify(file_name)}", "search": {"exclude": True}}
    heading = escape_inline(file_name)
    return f"---\n{front_matter(meta)}---\n\n# {heading}\n\n{_notice(diagnostic, _NEVER_BUILT)}"


def _notice(diagnostic: Diagnostic, explanation: str) -> str:
    return _ERROR_NOTICE.format(diagnostic=escape_inline(str(diagnostic)), explanation=explanation)
