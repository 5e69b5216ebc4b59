"""Who is no person of the story although the page names them as one: the article's
own author, named in its body as its writer ("told BTN's Dana Whitfield on …", "our
correspondent NAME travels to …") or asking an interview's questions, unless the
article quotes them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Entity, Quote

_AUTHOR_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bwith\b)\s*")


def not_the_author(
    entities: Sequence[Entity], quotes: Sequence[Quote], author: str | None
) -> list[Entity]:
    """The article's own author is no person of its story ("told BTN's Dana Whitfield",
    an interviewer's questions) unless the article quotes them."""
    names = {n.casefold() for n in _AUTHOR_SPLIT.split(author or "") if len(n.split()) > 1}
    speakers = {q.speaker.casefold() for q in quotes if q.speaker}
    return [e for e in entities if not _writer(e, names) or e.name.casefold() in speakers]


# The jobs of those who write and present the news: an author with one of them (or
# with none, or only an outlet's "at BTN") is the page's writer; an author with any
# other job (a law firm's partner signing its alert) is one of the story's people.
_PRESS_JOBS = frozenset(
    {
        "correspondent", "reporter", "journalist", "editor", "columnist", "writer",
        "host", "anchor", "presenter", "producer", "contributor", "interviewer",
    }
)  # fmt: skip


def _writer(entity: Entity, authors: set[str]) -> bool:
    if entity.kind != "person" or entity.name.casefold() not in authors:
        return False
    words = (entity.role or "").lower().split()
    return not words or words[0] == "at" or any(w.strip(",.") in _PRESS_JOBS for w in words)
