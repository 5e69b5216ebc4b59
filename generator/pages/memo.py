"""Render only what changed: each page kept with what it showed, and made again
only when that differs.

Saving one seed of a large site changes the pages that show it (its article,
its topic pages, the listings), not the other articles' pages: rendering them
all again was most of a preview rebuild. The memo lives as long as the
``ArticleCache`` that holds it (the whole of ``mkdocs serve``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from ..kept_values import EqualSeen, KeptValues, same_inputs
from .jobs import Job, Render, Site

# Renders many pages at once (on worker processes), in order.
RenderMany = Callable[[Sequence[Render]], list[str]]


@dataclass
class PageMemo:
    """Pages by path, with what each was rendered from."""

    pages: dict[str, tuple[tuple[object, ...], str]] = field(default_factory=dict)
    # Whether a page was rendered or forgotten since the flag was last cleared
    # (the article cache saves the memo only then).
    changed: bool = False
    # What the corpus works out from many articles (topic digests, the drafts'
    # earlier articles), kept as long as the pages and saved with them.
    values: KeptValues = field(default_factory=KeptValues)
    _seen: EqualSeen = field(default_factory=dict, repr=False)

    def make(
        self, jobs: Iterable[Job], site: Site, render_many: RenderMany | None = None
    ) -> dict[str, str]:
        """Every job's page: the kept one where it shows the same, else rendered now,
        all together by ``render_many`` when given."""
        jobs = list(jobs)
        made: dict[str, str] = {}
        to_render: list[Job] = []
        for job in jobs:
            kept = self.kept(job)
            if kept is None:
                to_render.append(job)
            else:
                made[job.path] = kept
        renders = [job.render for job in to_render]
        fresh = render_many(renders) if render_many else [render(site) for render in renders]
        for job, page in zip(to_render, fresh, strict=True):
            if job.shows is not None:
                self.pages[job.path] = (job.shows, page)
                self.changed = True
            made[job.path] = page
        return {job.path: made[job.path] for job in jobs}

    def kept(self, job: Job) -> str | None:
        """The page ``job`` makes, if it was last rendered from what it shows now."""
        found = self.pages.get(job.path)
        if found is None or job.shows is None or not same_inputs(found[0], job.shows, self._seen):
            return None
        return found[1]

    def keep_only(self, paths: Iterable[str]) -> None:
        """Forget the pages of earlier runs that this run did not make."""
        kept = set(paths)
        self._seen = {}
        before = len(self.pages)
        self.pages = {path: entry for path, entry in self.pages.items() if path in kept}
        self.changed = self.changed or len(self.pages) != before
