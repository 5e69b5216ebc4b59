"""Seeds kept across runs by their files' states: read again on every change."""

from __future__ import annotations

import os
import time
from pathlib import Path

from generator.errors import Diagnostic
from generator.paths import ANALYSIS_SUFFIX, META_SUFFIX, sidecar_path
from generator.reader.source import SeedSource
from generator.reader.source_memo import SourceMemo

HOUR_NS = 3600 * 1_000_000_000


def write(path: Path, text: str, hours_ago: int) -> None:
    """``text`` into ``path``, its modification time set ``hours_ago`` hours back."""
    path.write_text(text, encoding="utf-8")
    stamp = time.time_ns() - hours_ago * HOUR_NS
    os.utime(path, ns=(stamp, stamp))


def show(path: Path) -> str:
    return path.name


def source(memo: SourceMemo, seed: Path) -> SeedSource:
    found = memo.sources([seed], show)[seed]
    assert isinstance(found, SeedSource)
    return found


def settled_memo() -> SourceMemo:
    """A memo that keeps files changed up to now (the default waits a second)."""
    return SourceMemo(settle_ns=0)


def test_an_unchanged_seed_is_not_read_again(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    write(seed, "Title\n\nBody.\n", 3)
    memo = settled_memo()
    first = source(memo, seed)
    assert memo.read == [seed]
    assert source(memo, seed) is first and memo.read == []


def test_an_edit_of_the_same_size_is_read(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    write(seed, "Title\n\nBody.\n", 3)
    memo = settled_memo()
    source(memo, seed)
    write(seed, "Title\n\nBodY.\n", 2)
    assert source(memo, seed).data == b"Title\n\nBodY.\n" and memo.read == [seed]


def test_a_sidecar_added_changed_or_removed_is_read(tmp_path: Path) -> None:
    seed = tmp_path / "a.txt"
    write(seed, "Title\n\nBody.\n", 3)
    memo = settled_memo()
    assert source(memo, seed).meta is None
    meta = sidecar_path(seed, META_SUFFIX)
    write(meta, "date: 2025-01-02\n", 3)
    assert source(memo, seed).meta == b"date: 2025-01-02\n"
    write(meta, "date: 2025-01-03\n", 2)
    assert source(memo, seed).meta == b"date: 2025-01-03\n"
    analysis = sidecar_path(seed, ANALYSIS_SUFFIX)
    write(analysis, "## Analysis\n\nText.\n", 3)
    assert source(memo, seed).analysis == b"## Analysis\n\nText.\n"
    meta.unlink()
    analysis.unlink()
    kept = source(memo, seed)
    assert (kept.meta, kept.analysis) == (None, None) and memo.read == [seed]


def test_a_file_replaced_by_another_is_read(tmp_path: Path) -> None:
    """Same bytes' length and the same times, another file (a rename over it)."""
    seed, other = tmp_path / "a.txt", tmp_path / "b.tmp"
    write(seed, "Title\n\nBody.\n", 3)
    memo = settled_memo()
    source(memo, seed)
    write(other, "Title\n\nBoDy.\n", 3)
    info = os.stat(seed)
    os.utime(other, ns=(info.st_atime_ns, info.st_mtime_ns))
    other.replace(seed)
    assert source(memo, seed).data == b"Title\n\nBoDy.\n"


def test_a_seed_turned_into_a_link_is_refused(tmp_path: Path) -> None:
    seed, target = tmp_path / "a.txt", tmp_path / "elsewhere.md"
    write(seed, "Title\n\nBody.\n", 3)
    write(target, "Title\n\nBody.\n", 3)
    memo = settled_memo()
    source(memo, seed)
    seed.unlink()
    seed.symlink_to(target)
    found = memo.sources([seed], show)[seed]
    assert isinstance(found, Diagnostic) and "symbolic link" in found.message
    assert seed not in memo.kept


def test_a_recently_changed_file_is_read_again_next_time(tmp_path: Path) -> None:
    """A file written within the settling time may change again within the file
    system's clock tick without its state showing it: it is not kept."""
    seed = tmp_path / "a.txt"
    seed.write_text("Title\n\nBody.\n", encoding="utf-8")
    memo = SourceMemo()
    first = source(memo, seed)
    assert seed not in memo.kept
    assert source(memo, seed) is not first and memo.read == [seed]


def test_gone_seeds_and_other_names_are_forgotten(tmp_path: Path) -> None:
    one, two = tmp_path / "a.txt", tmp_path / "b.txt"
    write(one, "One\n\nBody.\n", 3)
    write(two, "Two\n\nBody.\n", 3)
    memo = settled_memo()
    memo.sources([one, two], show)
    memo.sources([one], show)
    assert list(memo.kept) == [one]
    found = memo.sources([one], lambda path: f"seeds/{path.name}")[one]
    assert isinstance(found, SeedSource) and found.shown == "seeds/a.txt"
    assert memo.read == [one]
