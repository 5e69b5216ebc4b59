"""The generator owns one folder: atomic writes, a manifest, no foreign file touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SeedError
from generator.output import MANIFEST_NAME, write_pages


def test_writes_only_changed_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = write_pages({"a/x.md": "one", "b.md": "two"}, out)
    assert sorted(first.written) == ["a/x.md", "b.md"]
    second = write_pages({"a/x.md": "one", "b.md": "TWO"}, out)
    assert second.written == ("b.md",) and second.unchanged == 1
    assert (out / "b.md").read_text() == "TWO"


def test_removes_pages_it_created_and_no_longer_makes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_pages({"articles/old.md": "x", "articles/keep.md": "y"}, out)
    report = write_pages({"articles/keep.md": "y"}, out)
    assert report.removed == ("articles/old.md",)
    assert not (out / "articles/old.md").exists()


def test_never_overwrites_a_foreign_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_pages({"a.md": "x"}, out)
    (out / "b.md").write_text("mine")
    with pytest.raises(SeedError, match="did not create"):
        write_pages({"a.md": "x", "b.md": "generated"}, out)
    assert (out / "b.md").read_text() == "mine"


def test_a_refused_run_changes_nothing_and_adopts_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_pages({"a.md": "x"}, out)
    manifest = (out / MANIFEST_NAME).read_bytes()
    (out / "z.md").write_text("mine")
    with pytest.raises(SeedError, match="did not create"):
        write_pages({"a.md": "changed", "b.md": "new", "z.md": "generated"}, out)
    # Nothing written, not even the pages before the refused one, and no name adopted.
    assert (out / MANIFEST_NAME).read_bytes() == manifest
    assert (out / "a.md").read_text() == "x" and not (out / "b.md").exists()
    # So a later run that no longer makes z.md does not delete it as its own.
    write_pages({"a.md": "x"}, out)
    assert (out / "z.md").read_text() == "mine"
    with pytest.raises(SeedError, match="did not create"):
        write_pages({"z.md": "generated"}, out)
    assert (out / "z.md").read_text() == "mine"


def test_a_foreign_link_is_not_written_through(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_pages({"a.md": "x"}, out)
    (tmp_path / "target.txt").write_text("elsewhere")
    (out / "b.md").symlink_to(tmp_path / "target.txt")
    with pytest.raises(SeedError, match="did not create"):
        write_pages({"a.md": "x", "b.md": "generated"}, out)
    assert (tmp_path / "target.txt").read_text() == "elsewhere"


def test_foreign_files_survive_removal_pass(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_pages({"a.md": "x"}, out)
    (out / "notes.txt").write_text("mine")
    write_pages({}, out)
    assert (out / "notes.txt").read_text() == "mine"


def test_refuses_a_folder_holding_foreign_files(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "index.md").write_text("hand-written")
    with pytest.raises(SeedError, match="did not create"):
        write_pages({"a.md": "x"}, out)
    assert not (out / MANIFEST_NAME).exists()


@pytest.mark.parametrize("inside", [".", "sub", ".."])
def test_refuses_output_overlapping_protected_folders(tmp_path: Path, inside: str) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    with pytest.raises(SeedError, match="overlaps"):
        write_pages({"a.md": "x"}, seeds / inside, protected=[seeds])


@pytest.mark.parametrize("bad", ["../escape.md", "/etc/passwd", "a/../../b.md", "a\x00b.md", ""])
def test_refuses_paths_outside_the_folder(tmp_path: Path, bad: str) -> None:
    with pytest.raises(SeedError):
        write_pages({bad: "x"}, tmp_path / "out")
    assert not (tmp_path / "escape.md").exists()


def test_no_temporary_files_are_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_pages({f"p{i}.md": str(i) for i in range(20)}, out)
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_a_page_handed_over_again_as_the_same_object_is_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``mkdocs serve`` writes after every save: the page memo hands back the same
    page objects, whose files are known by size and time; a file changed on disk
    meanwhile is read, found different and written again."""
    from generator.output import Written

    out = tmp_path / "out"
    kept, changed = "# Kept\n", "# Before\n"
    memo = Written()
    write_pages({"kept.md": kept, "changed.md": changed}, out, written_before=memo)
    reads: list[str] = []
    real_read = Path.read_bytes

    def counting_read(self: Path) -> bytes:
        reads.append(self.name)
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", counting_read)
    report = write_pages({"kept.md": kept, "changed.md": "# After\n"}, out, written_before=memo)
    assert report.written == ("changed.md",) and reads == ["changed.md"]
    assert (out / "changed.md").read_text() == "# After\n"

    reads.clear()
    (out / "kept.md").write_text("# Edited by hand, longer\n", encoding="utf-8")
    report = write_pages({"kept.md": kept}, out, written_before=memo)
    assert report.written == ("kept.md",) and reads == ["kept.md"]
    assert (out / "kept.md").read_text() == kept
