"""The benchmark's plot drawn again from a run's saved results: the sizes come
back as the run measured them, in its order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import run
from bench.run import SizeResult


def _size(size: int) -> SizeResult:
    return SizeResult(
        size=size,
        generate={"seconds": size / 60},
        parse={"seconds": size / 2000},
        generate_serial={"seconds": size / 36},
        plugin_build=size / 24,
        plain_build=size / 41,
        sizes={"article_page_max_bytes": 58_000},
        plugin_runs=[size / 24, size / 23],
        warm_runs=[size / 39],
        blog_runs=[size / 9],
    )


def test_replot_hands_the_plot_the_saved_sizes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured = [_size(250), _size(1000)]
    saved = tmp_path / "results.json"
    saved.write_text(json.dumps({"sizes": [r.__dict__ for r in measured]}), "utf-8")
    drawn: list[tuple[list[SizeResult], Path]] = []
    monkeypatch.setattr(run, "plot", lambda results, path: drawn.append((results, path)))
    run.main(["--replot", str(saved), "--plot", str(tmp_path / "p.png")])
    assert drawn == [(measured, tmp_path / "p.png")]
    assert drawn[0][0][1].warm_build == 1000 / 39
