"""Job titles as bylines and credit lines write them, on a line of their own
or beside a name: "Contributor", "Senior Commodities Reporter", "Markets
reporter", "Hanoi correspondent", and any line holding a role word.
"""

from __future__ import annotations

from .words import ROLE_WORDS, SMALL_WORDS

# Role words that end a job title, never an outlet's name.
TITLE_ROLES = frozenset({"editor", "writer", "correspondent", "columnist", "contributor"})


def is_role_only(text: str) -> bool:
    """ "Contributor", "Investing Group Leader": a job title on a line of its own."""
    words = [w.lower().strip(".,") for w in text.split()]
    return (
        0 < len(words) <= 4
        and any(w in ROLE_WORDS for w in words)
        and all(w in ROLE_WORDS or w in SMALL_WORDS for w in words)
    )


# Beat words before such a role ("Senior Commodities Reporter", "Asia Energy
# Correspondent"): a title-cased job title of up to five words.
JOB_TITLE_MAX_WORDS = 5
_JOB_TITLE_ENDS = TITLE_ROLES | {"reporter", "journalist", "analyst", "producer"}


def is_job_title(text: str) -> bool:
    """ "Senior Commodities Reporter", "Markets reporter", "Hanoi correspondent": a
    job title on a line of its own, the beat in title or sentence case before a
    role word that ends it."""
    words = text.split()
    return (
        0 < len(words) <= JOB_TITLE_MAX_WORDS
        and words[-1].lower().strip(".,") in _JOB_TITLE_ENDS
        and (
            all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words)
            or _sentence_case_beat(words)
        )
    ) or is_role_only(text)


def _sentence_case_beat(words: list[str]) -> bool:
    """ "Markets reporter", "Technology of Business reporter": a capital first,
    words only (no figure, no stop), the role word in lower case."""
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[-1].islower()
        and all(w.replace("&", "").replace("-", "").isalpha() for w in words)
    )


def is_role(text: str) -> bool:
    words = [w.lower().strip(".,") for w in text.split()]
    return any(w in ROLE_WORDS for w in words)
