"""A build whose every seed is in the article cache never imports the reader's
rules or the extractors: they are most of the generator's start-up, which a warm
`mkdocs build` pays on top of MkDocs' own. A changed seed still loads them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.test_robustness import write_news

REPO = Path(__file__).resolve().parent.parent

HEAVY = (
    "generator.annotate",
    "generator.analysis",
    "generator.reader.plaintext",
    "generator.reader.markdown",
    "generator.reader.rules",
    "generator.extract.quotes",
    "generator.extract.entities",
    "generator.extract.outlook",
)

BUILD = """
import json, sys
from pathlib import Path
import generator.plugin
from generator.cache import ArticleCache
from generator.pipeline import Project, generate
root = Path(sys.argv[1])
cache = ArticleCache.on_disk(root / "cache")
result = generate(Project.at(root), cache)
print(json.dumps({"made": len(cache.made), "articles": len(result.articles),
                  "loaded": sorted(m for m in sys.modules if m.startswith("generator."))}))
"""


def _build(root: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(root)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        env={"REEX_JOBS": "1", "PATH": ""},
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_a_warm_build_loads_no_reader_or_extractor_and_a_cold_one_does(tmp_path: Path) -> None:
    write_news(tmp_path / "seeds")
    cold = _build(tmp_path)
    assert cold["made"] == cold["articles"]
    assert isinstance(cold["loaded"], list)
    assert set(HEAVY) <= set(cold["loaded"])

    warm = _build(tmp_path)
    assert warm["made"] == 0 and warm["articles"] == cold["articles"]
    assert isinstance(warm["loaded"], list)
    assert not set(HEAVY) & set(warm["loaded"])

    seed = next((tmp_path / "seeds").glob("*.txt"))
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    edited = _build(tmp_path)
    assert edited["made"] == 1
    assert isinstance(edited["loaded"], list)
    assert set(HEAVY) <= set(edited["loaded"])
