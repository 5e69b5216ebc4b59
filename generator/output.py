"""Pages to files, inside one folder the generator owns.

Rules: write only inside the owned folder; write a file only when its bytes
change, atomically (temporary file, then rename); delete or overwrite only
files that the manifest says we created; refuse a folder that overlaps the
inputs or already holds files we did not create.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .errors import SeedError

MANIFEST_NAME = ".generator-manifest.json"
_TEMP_SUFFIX = ".tmp"
# mkstemp's random part is 8 characters of [a-z0-9_].
_TEMPORARY_NAME = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


@dataclass(frozen=True)
class WriteReport:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


class OutputError(SeedError):
    """The output folder cannot be used as asked."""


@dataclass
class Written:
    """What the last run left in each file, for a process that writes again and
    again (``mkdocs serve``): the page object it was, and the file's size and
    modification time then. A page handed over as the very same object, whose
    file still has that size and time, is the same bytes without reading them."""

    files: dict[str, tuple[object, int, int]] = field(default_factory=dict)
    folder: Path | None = None

    def begin(self, folder: Path) -> None:
        """Another folder than last time: nothing is known of it."""
        if folder != self.folder:
            self.files, self.folder = {}, folder

    def same(self, rel: str, page: object, target: Path) -> bool:
        kept = self.files.get(rel)
        if kept is None or kept[0] is not page:
            return False
        try:
            info = os.lstat(target)
        except OSError:
            return False
        return stat.S_ISREG(info.st_mode) and (info.st_size, info.st_mtime_ns) == kept[1:]

    def note(self, rel: str, page: object, target: Path) -> None:
        info = os.lstat(target)
        self.files[rel] = (page, info.st_size, info.st_mtime_ns)


def write_pages(
    pages: Mapping[str, str | bytes],
    out_dir: Path,
    protected: Iterable[Path] = (),
    written_before: Written | None = None,
) -> WriteReport:
    out_dir = out_dir.resolve()
    check_output_dir(out_dir, protected)
    remove_leftover_temporaries(out_dir)
    previous = read_manifest(out_dir)
    targets = {rel: resolve_inside(out_dir, rel) for rel in sorted(pages)}
    # Every page checked before anything is written: a refused run changes
    # nothing, and the manifest never names a file someone else made.
    for rel, target in targets.items():
        if rel not in previous and (target.exists() or target.is_symlink()):
            raise OutputError(
                str(target), None, "refusing to overwrite a file the generator did not create"
            )
    # Then every name is recorded, so a run killed half-way still owns what it wrote.
    _write_manifest(out_dir, previous | set(pages))
    written: list[str] = []
    unchanged = 0
    memo = written_before if written_before is not None else Written()
    memo.begin(out_dir)
    for rel, target in targets.items():
        page = pages[rel]
        if memo.same(rel, page, target):
            unchanged += 1
            continue
        data = page if isinstance(page, bytes) else page.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            unchanged += 1
        else:
            atomic_write(target, data)
            written.append(rel)
        memo.note(rel, page, target)
    memo.files = {rel: kept for rel, kept in memo.files.items() if rel in pages}
    removed = tuple(sorted(previous - set(pages)))
    for rel in removed:
        _remove_owned(out_dir, rel)
    _write_manifest(out_dir, set(pages))
    return WriteReport(tuple(written), unchanged, removed)


def check_output_dir(out_dir: Path, protected: Iterable[Path]) -> None:
    for guarded in protected:
        guarded = guarded.resolve()
        if out_dir == guarded or guarded in out_dir.parents or out_dir in guarded.parents:
            raise OutputError(
                str(out_dir), None, f"output folder overlaps {guarded}; choose another"
            )
    if out_dir.is_file():
        raise OutputError(str(out_dir), None, "output folder is a file")
    if (
        out_dir.is_dir()
        and any(not is_temporary(p) for p in out_dir.iterdir())
        and not (out_dir / MANIFEST_NAME).is_file()
    ):
        raise OutputError(
            str(out_dir),
            None,
            "output folder holds files the generator did not create; choose an empty or new folder",
        )


def resolve_inside(out_dir: Path, rel: str) -> Path:
    """The path of a page inside the owned folder; anything that could escape it is refused."""
    parts = rel.split("/")
    if not rel.startswith("/") and "\x00" not in rel and all(p not in _ODD for p in parts):
        # A plain relative path (every page the generator makes): the parts as
        # ``PurePosixPath`` would give them, joined without it.
        return Path(os.path.join(out_dir, *parts))
    pure = PurePosixPath(rel)
    if (
        pure.is_absolute()
        or not pure.parts
        or any(p in ("", ".", "..") for p in pure.parts)
        or "\x00" in rel
    ):
        raise OutputError(rel, None, "page path escapes the output folder")
    # Plain string work: ``Path.parents`` made this a tenth of a preview rebuild.
    joined = os.path.join(out_dir, *pure.parts)
    if not joined.startswith(os.path.join(out_dir, "")):
        raise OutputError(rel, None, "page path escapes the output folder")
    return Path(joined)


# Parts of a page path that ``PurePosixPath`` would drop or that could climb out.
_ODD = frozenset({"", ".", ".."})


def atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def is_temporary(path: Path) -> bool:
    """A temporary file ``atomic_write`` makes (``.<name>.<random>.tmp``)."""
    return _TEMPORARY_NAME.fullmatch(path.name) is not None


def remove_leftover_temporaries(out_dir: Path) -> None:
    """A run killed between writing a temporary file and renaming it leaves the
    temporary behind; the next run in the folder clears them away."""
    if out_dir.is_dir():
        for path in out_dir.rglob(f"*{_TEMP_SUFFIX}"):
            if path.is_file() and is_temporary(path):
                path.unlink(missing_ok=True)


def read_manifest(out_dir: Path) -> set[str]:
    path = out_dir / MANIFEST_NAME
    if not path.is_file():
        return set()
    try:
        names = json.loads(path.read_text(encoding="utf-8"))["files"]
    except (ValueError, KeyError, TypeError) as exc:
        raise OutputError(
            str(path), None, f"unreadable manifest ({exc}); remove the folder to start afresh"
        ) from None
    return {name for name in names if isinstance(name, str)}


def _write_manifest(out_dir: Path, names: set[str]) -> None:
    body = json.dumps({"generator": "reex", "files": sorted(names)}, indent=1) + "\n"
    path = out_dir / MANIFEST_NAME
    if not path.is_file() or path.read_text(encoding="utf-8") != body:
        atomic_write(path, body.encode("utf-8"))


def _remove_owned(out_dir: Path, rel: str) -> None:
    remove_with_empty_folders(resolve_inside(out_dir, rel), out_dir)


def remove_with_empty_folders(target: Path, root: Path) -> None:
    """Delete ``target`` (inside ``root``) and the folders it leaves empty, up to ``root``."""
    target.unlink(missing_ok=True)
    parent = target.parent
    while parent != root and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
