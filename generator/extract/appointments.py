"""The job a company gives someone in the sentence that names them: business news
tells of appointments as "Acme appointed Jane Doe as chief financial officer", "the
board named Jane Doe chief executive", "X hired Jane Doe as head of sales"; the
words after the name are then the person's role."""

from __future__ import annotations

import re

from .role_words import ROLE_MODIFIERS, is_role_word

# The verb of an appointment just before the name.
_APPOINTED = re.compile(
    r"\b(?:appointed|appoints|named|names|hired|hires|promoted|promotes|tapped|elected)\s+$"
)
# The job after the name: "as" (and an article or "new"), or a job's words at once,
# up to what says when or from where ("on Monday", "effective", "from Rio Tinto").
_AS_JOB = re.compile(
    r"^\s+(?:as\s+)?(?:(?:its|the|a|an|new)\s+){0,2}(?P<job>[a-z][^,;:()“”\"]*?)"
    r"(?=\s+(?:on|in|from|with|effective|after|to|replacing|succeeding|last|this|next)\b"
    r"|\s*[,;.]|\s*$)"
)
_MAX_WORDS = 10


def appointed_role(before: str, after: str) -> str | None:
    """'Acme appointed ' + name + ' as chief financial officer on Monday.' -> 'chief
    financial officer'; None unless a job's noun is among the first words."""
    if not _APPOINTED.search(before):
        return None
    found = _AS_JOB.match(after)
    words = found.group("job").split() if found else []
    if not words or len(words) > _MAX_WORDS:
        return None
    first = words[0]
    job = is_role_word(first) or first in ROLE_MODIFIERS or any(map(is_role_word, words[:3]))
    return " ".join(words) if job else None
