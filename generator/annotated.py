"""What annotating one seed gives: the article and what annotating it reported.

Apart from ``annotate`` so that the cache, the disk cache and the workers can
name it without importing the reader and every extractor: a build whose seeds
are all cached never loads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import Diagnostic
from .model import Article


@dataclass(frozen=True)
class Annotated:
    """A seed's article after annotation, and what annotating it reported."""

    article: Article
    diagnostics: tuple[Diagnostic, ...] = ()
