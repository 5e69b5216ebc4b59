"""``python -m generator parse FILE --json``: what the reader understood of the seed."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import REPO

SEED = "seeds/beijing-conditional-openness.txt"


def parse_json(path: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "parse", path, "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_the_seed_reads_as_the_issue_expects() -> None:
    data = parse_json(SEED)
    assert (
        data["title"]
        == "Beijing Signals Conditional Openness to Trade Talks as Washington Reaches Out"
    )
    assert (
        data["slug"]
        == "beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out"
    )
    assert data["date"] == "2025-04-25"  # from the sidecar
    assert isinstance(data["highlights"], list) and len(data["highlights"]) == 3
    sections = data["sections"]
    assert isinstance(sections, list)
    assert [s["heading"] for s in sections] == [
        None,
        "Strategic Posture, Not Concession",
        "Global Realignment in Motion",
        "REEx Analysis: Time for Talks, Not Theatre",
        "But Build Resilience, Deal or No Deal",
    ]
    assert all(isinstance(p, str) for s in sections for p in s["paragraphs"])
    assert data["pull_quotes"] == [
        "Both China and the U.S. will increasingly experience economic pain."
    ]
    assert data["quotes"] == [
        {
            "text": "If it’s a fight, we’ll fight to the end. If it’s a talk, the door is wide open.",
            "speaker": "a Ministry of Commerce spokesperson",
            "line": 11,
            "key": True,
        }
    ]
    analysis = data["analysis"]
    assert (
        isinstance(analysis, dict)
        and analysis["heading"] == "REEx Analysis: Time for Talks, Not Theatre"
    )
    # Topics by relevance: at most six, the four the article is about among them;
    # WTO, defense and clean energy are passing mentions.
    topics = set(data["topics"])  # type: ignore[arg-type]
    assert {"rare-earths", "tariffs", "trade-talks", "us-china-relations"} <= topics
    assert len(topics) <= 6 and not topics & {"wto", "defense", "clean-energy"}
    names = {e["name"]: e for e in data["entities"]}  # type: ignore[attr-defined]
    assert names["Janet Yellen"]["role"] == "former Treasury Secretary"
    assert names["Tu Xinquan"]["kind"] == "person"


def test_no_boilerplate_survives_anywhere() -> None:
    text = json.dumps(parse_json(SEED), ensure_ascii=False)
    for line in (
        "opens in a new tab",
        "Spread the word",
        "CATEGORIES",
        "Leave a Reply",
        "Your email address",
    ):
        assert line not in text
