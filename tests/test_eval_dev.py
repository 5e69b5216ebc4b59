"""The reader's score on the development set must not fall: a floor a little
under the figures reached when it was written (see the README's table)."""

from __future__ import annotations

import pytest

from generator.evaluate import Report, evaluate
from generator.project import Project, read_taxonomy

from .conftest import REPO

DEV = REPO / "tests" / "eval" / "dev"

# Percent of points, by dimension of what the reader reads.
FLOORS = {
    "title": 95.0,
    "dek": 90.0,
    "date": 95.0,
    "updated": 90.0,
    "author": 95.0,
    "source": 97.0,
    "highlights": 95.0,
    "headings": 95.0,
    "keep": 97.0,
    "drop": 97.0,
    # Topics by relevance (issue 14): 65.1 % and 71.1 % when mentions were enough;
    # 90.1 and 71.7 before, 91.5 and 71.1 after one mention per sentence and
    # two sentences needed (dev15's round).
    "topics precision": 89.0,
    "topics recall": 69.0,
    # Who speaks and who is named (before the work on one entity per real thing:
    # speakers 59.2, people 64.3, organisations 47.3, not_entities 91.9).
    "speakers": 82.0,
    "people": 83.0,
    "organisations": 60.0,
    "not_entities": 98.0,
}


@pytest.fixture(scope="module")
def report() -> Report:
    taxonomy, _ = read_taxonomy(Project.at(REPO), [])
    return evaluate(DEV, taxonomy)


@pytest.mark.parametrize("dimension", sorted(FLOORS))
def test_reading_stays_at_its_level(report: Report, dimension: str) -> None:
    points, possible = report.totals()[dimension]
    assert possible > 0
    assert 100 * points / possible >= FLOORS[dimension], (dimension, points, possible)


def test_every_article_reads(report: Report) -> None:
    assert len(report.articles) >= 70
    assert [a.name for a in report.articles if a.error] == []


# The second, third and twelfth development sets (read for errors since the reader
# was scored blind on them): floors a little under what the reader reaches.
OTHER_SETS = {
    "dev2": {
        "title": 95.0,
        "dek": 90.0,
        "date": 95.0,
        "author": 84.0,
        "source": 70.0,
        "highlights": 95.0,
        "headings": 85.0,
        "keep": 97.0,
        "drop": 94.0,
    },
    "dev3": {
        "title": 95.0,
        "dek": 93.0,
        "date": 92.0,
        "author": 95.0,
        "highlights": 95.0,
        "headings": 95.0,
        "keep": 97.0,
        "drop": 95.0,
    },
    # The twelfth (issue 13's title, standfirst, highlights and headings).
    "dev12": {
        "title": 95.0,
        "dek": 93.0,
        "highlights": 95.0,
        "headings": 95.0,
        "keep": 97.0,
        "drop": 93.0,
    },
    # The eighteenth (issue 13's title and standfirst): 93.8 and 87.5 scored
    # blind, 93.8 and 93.8 after the round.
    "dev18": {
        "title": 90.0,
        "dek": 90.0,
        "keep": 97.0,
    },
    # Topics only (written for topic tagging): 87.3 and 82.8 scored blind, 94.4
    # and 87.9 after the round.
    "dev15": {
        "topics precision": 92.0,
        "topics recall": 85.0,
    },
    # Quotes, speakers and entities (issue 13's family): 79.9 % scored blind for the
    # first 23 pages; 97.4 / 96.1 / 92.2 / 91.0 after the round.
    "dev14": {
        "quotes": 95.0,
        "speakers": 90.0,
        "people": 89.0,
        "organisations": 88.0,
        "not_entities": 97.0,
    },
}


@pytest.fixture(scope="module")
def other_reports() -> dict[str, Report]:
    taxonomy, _ = read_taxonomy(Project.at(REPO), [])
    return {name: evaluate(REPO / "tests" / "eval" / name, taxonomy) for name in OTHER_SETS}


@pytest.mark.parametrize(
    ("name", "dimension"),
    [(name, dim) for name, floors in sorted(OTHER_SETS.items()) for dim in sorted(floors)],
)
def test_other_sets_stay_at_their_level(
    other_reports: dict[str, Report], name: str, dimension: str
) -> None:
    points, possible = other_reports[name].totals()[dimension]
    assert possible > 0
    assert 100 * points / possible >= OTHER_SETS[name][dimension], (name, dimension, points)
