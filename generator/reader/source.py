"""Reading an input file under one policy: a regular file, inside its folder, no
larger than its kind allows, UTF-8 text.

Seeds, sidecars, the taxonomy and the glossary come from a repository anyone
may send a change to. A symbolic link there could publish any file the build
can read (``/etc/passwd``, or ``.git/config``, where a CI checkout keeps its
token), so links are refused, as is anything that resolves outside the folder
it is listed in and anything that is not a regular file (a FIFO would hang the
build). The file is opened without following links and checked on the open
descriptor, so it cannot be swapped between the check and the read.

A seed is read once per build, with its sidecars (``SeedSource``): the cache key
is hashed from those bytes and the article parsed from the same bytes, so the
two can never disagree.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ..errors import Diagnostic, SeedError
from ..paths import ANALYSIS_SUFFIX, META_SUFFIX, sidecar_path, sidecar_shown
from ..yamlsafe import LineMap, load_yaml

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_BINARY_SNIFF = 8192


@dataclass(frozen=True)
class InputKind:
    """How large one kind of input may be, and whether an empty one is refused here
    (``empty_ok``: its parser says what is missing, with a line)."""

    limit: int
    empty_ok: bool = False


# Real articles are tens of kilobytes; anything this large is a mistake (a dump,
# a binary, a runaway paste) and parsing it would only slow every build down.
SEED = InputKind(1_000_000)
METADATA = InputKind(64 * 1024)
ANALYSIS = InputKind(SEED.limit, empty_ok=True)
TAXONOMY = InputKind(1_000_000, empty_ok=True)
GLOSSARY = InputKind(256 * 1024)
AUTHORS = InputKind(256 * 1024, empty_ok=True)
PEOPLE = InputKind(1_000_000, empty_ok=True)

# What a YAML input file holds at its top: a mapping or a list.
Shape = TypeVar("Shape", dict[Any, Any], list[Any])


def read_input(path: Path, shown: str, limit: int, inside: Path | None = None) -> bytes:
    """The bytes of ``path``, a regular file in ``inside`` (default: its own folder),
    of at most ``limit`` bytes; anything else is a ``SeedError`` naming ``shown``."""
    try:
        if path.is_symlink():
            target = os.readlink(path)
            raise SeedError(
                shown, None, f"is a symbolic link (to {target}); inputs must be regular files"
            )
        folder = _outside(path, inside)
        if folder is not None:
            raise SeedError(
                shown, None, f"resolves outside {folder.name}/; inputs must be inside it"
            )
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise SeedError(shown, None, f"cannot read file: {exc.strerror}") from None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SeedError(shown, None, "not a regular file")
        if info.st_size > limit:
            raise SeedError(shown, None, f"file is {info.st_size:,} bytes; the limit is {limit:,}")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise SeedError(shown, None, f"file is over {limit:,} bytes; the limit is {limit:,}")
    return data


def _outside(path: Path, inside: Path | None) -> Path | None:
    """The folder ``path`` (not a link itself) must be in, when it resolves outside
    it; else None. A plain name in its own folder is inside it by construction
    (the name is no link, and it is opened without following one), so only
    another folder, or a name such as "..", is resolved to be checked."""
    if inside is None and path.name not in ("", ".", ".."):
        return None
    folder = (inside if inside is not None else path.parent).resolve()
    return None if path.resolve().is_relative_to(folder) else folder


def is_listed_input(path: Path) -> bool:
    """Whether a folder entry should be read as an input: regular files, and symbolic
    links, which are listed so that reading them reports the refusal."""
    try:
        return path.is_symlink() or path.is_file()
    except OSError:
        # A name too long for the file system (a sidecar of a seed with a very
        # long name) cannot exist: there is nothing to read.
        return False


def decode_text(data: bytes, shown: str, kind: InputKind = SEED) -> str:
    """An input's bytes as text, or a ``SeedError`` saying why they are not text."""
    if b"\x00" in data[:_BINARY_SNIFF]:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SeedError(shown, line, "binary file (NUL byte); seeds must be UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SeedError(
            shown, line, f"invalid UTF-8 at byte {exc.start}; save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if not kind.empty_ok and not text.strip():
        raise SeedError(shown, None, "empty file")
    return text


def read_text(path: Path, shown: str, kind: InputKind) -> str:
    """A whole input file as text, under the policy for its kind."""
    return decode_text(read_input(path, shown, kind.limit), shown, kind)


def read_yaml_input(
    path: Path, shown: str, kind: InputKind, shape: type[Shape], wrong_shape: str
) -> tuple[Shape, LineMap]:
    """A YAML input file (the glossary, people, authors) as its top-level mapping or
    list and the lines of its values: an empty one where there is no file, or where
    it holds nothing and its kind allows that; ``wrong_shape`` is the error else."""
    if not is_listed_input(path):
        return shape(), LineMap({})
    data, lines = load_yaml(read_text(path, shown, kind), shown)
    if data is None and kind.empty_ok:
        return shape(), lines
    if not isinstance(data, shape):
        raise SeedError(shown, 1, wrong_shape)
    return data, lines


@dataclass(frozen=True)
class SeedSource:
    """A seed's bytes and its sidecars' (None where there is none), read once."""

    path: Path
    shown: str
    data: bytes
    meta: bytes | None = None
    analysis: bytes | None = None

    @classmethod
    def read(cls, path: Path, shown: str, analysis: bool = True) -> SeedSource:
        """Read the seed and its sidecars (the analysis sidecar unless ``analysis`` is
        false); a ``SeedError`` names the file that failed."""
        return cls(
            path,
            shown,
            read_input(path, shown, SEED.limit),
            _sidecar(path, shown, META_SUFFIX, METADATA),
            _sidecar(path, shown, ANALYSIS_SUFFIX, ANALYSIS) if analysis else None,
        )

    def text(self) -> str:
        return decode_text(self.data, self.shown, SEED)

    def meta_text(self) -> str | None:
        return self._decoded(self.meta, META_SUFFIX, METADATA)

    def analysis_text(self) -> str | None:
        return self._decoded(self.analysis, ANALYSIS_SUFFIX, ANALYSIS)

    def sidecar_shown(self, suffix: str) -> str:
        return sidecar_shown(self.path, self.shown, suffix)

    def _decoded(self, data: bytes | None, suffix: str, kind: InputKind) -> str | None:
        return None if data is None else decode_text(data, self.sidecar_shown(suffix), kind)


def read_sources(
    paths: Iterable[Path], show: Callable[[Path], str]
) -> dict[Path, SeedSource | Diagnostic]:
    """Every seed read once, by path; a seed that cannot be read is its error."""
    found: dict[Path, SeedSource | Diagnostic] = {}
    for path in paths:
        try:
            found[path] = SeedSource.read(path, show(path))
        except SeedError as exc:
            found[path] = exc.diagnostic
    return found


def _sidecar(seed: Path, shown: str, suffix: str, kind: InputKind) -> bytes | None:
    path = sidecar_path(seed, suffix)
    if not is_listed_input(path):
        return None
    return read_input(path, sidecar_shown(seed, shown, suffix), kind.limit)
