"""Whole generated pages, compared byte for byte with the committed golden files.

After an intended change in output: ``pytest tests/test_golden.py --regen-golden``,
then read the diff of ``tests/golden/`` before committing it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator.pipeline import Project, generate

from .conftest import corpus_seeds

GOLDEN = Path(__file__).parent / "golden" / "site"
# The social cards (PNG): one line each, "sha256  path", as sha256sum prints them.
GOLDEN_FILES = Path(__file__).parent / "golden" / "files.sha256"


def test_generated_pages_match_golden_files(regen_golden: bool, tmp_path: Path) -> None:
    """The real seed plus the hand-written test corpus: every page of the site."""
    seeds = corpus_seeds(tmp_path / "seeds")
    result = generate(Project(tmp_path, seeds, site_name="Golden site", site_description="Test."))
    assert not result.errors, result.errors
    if regen_golden:
        for old in _golden_files():
            old.unlink()
        for rel, text in result.pages.items():
            target = GOLDEN / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        GOLDEN_FILES.write_text(_digests(result.files), encoding="utf-8")
        pytest.skip("golden files rewritten")
    expected = {p.relative_to(GOLDEN).as_posix() for p in _golden_files()}
    assert set(result.pages) == expected
    for rel, text in result.pages.items():
        assert text == (GOLDEN / rel).read_text(encoding="utf-8"), (
            f"{rel} differs from its golden file"
        )
    assert _digests(result.files) == GOLDEN_FILES.read_text(encoding="utf-8")


def _digests(files: dict[str, bytes]) -> str:
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {rel}\n" for rel, data in files.items())


def _golden_files() -> list[Path]:
    return [p for p in GOLDEN.rglob("*") if p.is_file()]
