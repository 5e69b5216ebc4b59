"""The evaluation scorer (``python -m generator eval DIR``), rule by rule."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from generator.evaluate import (
    Found,
    evaluate,
    fold,
    format_table,
    labelled_seeds,
    score_article,
)
from generator.reader.meta_fields import Meta
from generator.taxonomy import Taxonomy

from .conftest import REPO

ARTICLE = """\
Nickel Smelter Restarts in Sulawesi

By Ana Ruiz
April 3, 2025

Share

The smelter restarted on Monday after a two-month halt, its owner said.

“We are back at full rate,” said Budi Santoso, plant manager at Sulawesi Nickel.
"""

LABEL = """\
title: Nickel Smelter Restarts in Sulawesi
dek: null
date: 2025-04-03
author: Ana Ruiz
highlights: []
headings: []
quotes:
  - text: We are back at full rate
    speaker: Budi Santoso
keep:
  - The smelter restarted on Monday after a two-month halt
drop:
  - Share
  - By Ana Ruiz
"""


def test_fold_makes_quotes_dashes_case_and_space_alike() -> None:
    assert fold("  China’s  “Rules” — Now ") == fold('china\'s "rules" - now')


def test_equal_fields_and_null() -> None:
    found = Found(title="Nickel Smelter Restarts", meta=Meta(published=dt.date(2025, 4, 3)))
    scores = score_article(
        {"title": "nickel smelter restarts", "date": dt.date(2025, 4, 3), "dek": None}, found
    )
    assert [(s.points, s.possible) for s in scores.values()] == [(1, 1), (1, 1), (1, 1)]
    missed = score_article({"title": None}, found)["title"]
    assert (missed.points, missed.possible) == (0, 1)
    assert "expected None" in missed.misses[0]


def test_lists_count_extra_items_against_the_score() -> None:
    found = Found(headings=("Why It Matters", "Share this", "What Next"))
    score = score_article({"headings": ["Why it matters", "What next"]}, found)["headings"]
    assert (score.points, score.possible) == (2, 3)
    assert score.misses == ("extra 'Share this'",)
    empty = score_article({"highlights": []}, Found())["highlights"]
    assert (empty.points, empty.possible) == (0, 0)


def test_quotes_and_speakers() -> None:
    found = Found(quotes=(("We are back at full rate, for now.", "Budi Santoso"),))
    label = {
        "quotes": [
            {"text": "back at full rate", "speaker": "Budi Santoso"},
            {"text": "not in the article", "speaker": None},
        ]
    }
    scores = score_article(label, found)
    assert (scores["quotes"].points, scores["quotes"].possible) == (1, 2)
    assert (scores["speakers"].points, scores["speakers"].possible) == (1, 2)
    wrong = score_article(label, Found(quotes=(("back at full rate", "Sulawesi Nickel"),)))
    assert wrong["speakers"].points == 0


def test_keep_looks_in_the_body_and_drop_everywhere_read() -> None:
    found = Found(title="Share this story", body=("The smelter restarted on Monday.",))
    scores = score_article(
        {"keep": ["smelter restarted", "gone"], "drop": ["Share this", "Advertisement"]}, found
    )
    assert (scores["keep"].points, scores["keep"].possible) == (1, 2)
    assert (scores["drop"].points, scores["drop"].possible) == (1, 2)


def test_topics_precision_and_recall() -> None:
    found = Found(topics=("nickel", "mining", "tariffs"))
    scores = score_article({"topics": ["nickel", "mining", "processing", "indonesia"]}, found)
    assert (scores["topics precision"].points, scores["topics precision"].possible) == (2, 3)
    assert (scores["topics recall"].points, scores["topics recall"].possible) == (2, 4)


def test_people_score_names_and_labelled_roles() -> None:
    found = Found(
        people=(("Budi Santoso", "plant manager at Sulawesi Nickel"), ("Ana Ruiz", None)),
        organisations=("Sulawesi Nickel",),
    )
    label = {
        "people": [
            {"name": "Budi Santoso", "role": "plant manager at Sulawesi Nickel"},
            {"name": "Rina Wati", "role": "analyst"},
        ],
        "organisations": ["Sulawesi Nickel"],
        "not_entities": ["Ana Ruiz", "Reuters"],
    }
    scores = score_article(label, found)
    # one name of two (two found), one role of two labelled.
    assert (scores["people"].points, scores["people"].possible) == (2, 4)
    assert (scores["organisations"].points, scores["organisations"].possible) == (1, 1)
    assert (scores["not_entities"].points, scores["not_entities"].possible) == (1, 2)


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.expected.yml").write_text(LABEL, encoding="utf-8")
    (tmp_path / "unlabelled.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "NOTES.md").write_text("# notes\n", encoding="utf-8")
    return tmp_path


def test_only_labelled_seeds_are_scored(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert [p.name for p in labelled_seeds(folder)] == ["a.txt"]
    report = evaluate(folder, Taxonomy(()))
    assert [a.name for a in report.articles] == ["a.txt"]
    totals = report.totals()
    assert totals["title"] == (1, 1)
    assert totals["keep"] == (1, 1)
    assert "overall" in format_table(report)


def test_eval_command_prints_a_table_and_json(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    command = [sys.executable, "-m", "generator", "eval", str(folder)]
    table = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True)
    assert table.stdout.splitlines()[0].split() == ["dimension", "points", "possible", "%"]
    assert "1 articles" in table.stdout
    data = json.loads(
        subprocess.run(
            [*command, "--json", "--per-article"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert data["articles"] == 1
    assert set(data["per_article"]) == {"a.txt"}
    assert data["dimensions"]["title"] == {"points": 1, "possible": 1, "percent": 100.0}
