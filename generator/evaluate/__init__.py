"""Score what the generator finds in a folder of labelled articles (``eval DIR``).

Each seed with a ``<stem>.expected.yml`` beside it is read and annotated as a
build would (``found.py``), and compared with its labels dimension by dimension
(``scoring.py``), by the rules of ``tests/eval/README.md``; ``report.py`` adds
the scores up and prints them.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..annotate import read_and_annotate
from ..errors import Diagnostic, SeedError
from ..reader import find_seeds
from ..taxonomy import Taxonomy
from .found import Found
from .report import ArticleResult, Report, format_failures, format_table, report_data
from .scoring import Label, fold, score_article

__all__ = [
    "Found",
    "Report",
    "evaluate",
    "fold",
    "format_failures",
    "format_table",
    "labelled_seeds",
    "report_data",
    "score_article",
]

LABEL_SUFFIX = ".expected.yml"


def labelled_seeds(folder: Path) -> list[Path]:
    """Seeds in ``folder`` with a label file beside them; other files are ignored."""
    return [p for p in find_seeds(folder) if p.with_name(p.stem + LABEL_SUFFIX).is_file()]


def load_label(path: Path) -> Label:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SeedError(str(path), 1, "a label file must be a mapping of keys to values")
    return data


def read_found(path: Path, shown: str, taxonomy: Taxonomy) -> Found:
    """Read and annotate a seed as a build would; an untitled seed is still scored."""
    diagnostics: list[Diagnostic] = []
    try:
        article = read_and_annotate(path, shown, taxonomy, diagnostics, require_title=False)
    except SeedError as exc:
        return Found(error=str(exc))
    return Found.of(article)


def evaluate(folder: Path, taxonomy: Taxonomy) -> Report:
    results: list[ArticleResult] = []
    for seed in labelled_seeds(folder):
        label = load_label(seed.with_name(seed.stem + LABEL_SUFFIX))
        found = read_found(seed, seed.name, taxonomy)
        results.append(ArticleResult(seed.name, score_article(label, found), found.error))
    return Report(tuple(results))
