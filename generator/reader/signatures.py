"""Names that sign a story below it: the writer an author's note opens with
("Priya Raman covers mining from Mumbai."), the reporters of a wire's credit
line ("(Reporting by Carlo Reyes in Manila; Editing by Joan Tan)")."""

from __future__ import annotations

import re

from .bylines import author_names
from .meta_fields import Meta

# An author box's first sentence: "Priya Raman covers mining from Mumbai."
_BIO_NAME = re.compile(
    r"(?:(?i:dr|prof)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+"
    r"(?:is|was|covers|writes|reports|has (?:been|covered|written|reported)|joined|leads)\b"
)


def bio_author(text: str) -> str | None:
    """The name an author's note opens with, when it is a person's."""
    match = _BIO_NAME.match(text.strip())
    return author_names(match["name"]) if match is not None else None


# "(Reporting by Carlo Reyes in Manila; Editing by Joan Tan)", in round or
# square brackets: the reporters.
_WIRE_REPORTERS = re.compile(r"[(\[]?\s*reporting by\s+(?P<names>[^;()\[\]]+)", re.IGNORECASE)
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def wire_credit_authors(text: str) -> str | None:
    """The reporters a wire credit line names, without their places."""
    match = _WIRE_REPORTERS.match(text.strip())
    if match is None:
        return None
    return author_names(_IN_PLACE.sub("", match["names"]).strip(" .,"))


# Credit lines naming the reporters ("Reporting by NAME", "(Reporting by …;
# Editing by …)"), by the line rule that read them.
REPORTER_CREDIT_RULES = frozenset({"wire_credit", "credit_line"})


def reporters_credit(text: str, rule: str) -> Meta | None:
    """The reporters of a credit line ("Reporting by NAME" under a headline),
    as metadata; None for any other line."""
    names = wire_credit_authors(text) if rule in REPORTER_CREDIT_RULES else None
    return Meta(author=names) if names else None
