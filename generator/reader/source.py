"""Reading an input file under one policy: a regular file, inside its folder.

Seeds, sidecars, the taxonomy and the glossary come from a repository anyone
may send a change to. A symbolic link there could publish any file the build
can read (``/etc/passwd``, or ``.git/config``, where a CI checkout keeps its
token), so links are refused, as is anything that resolves outside the folder
it is listed in and anything that is not a regular file (a FIFO would hang the
build). The file is opened without following links and checked on the open
descriptor, so it cannot be swapped between the check and the read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..errors import SeedError

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def read_input(path: Path, shown: str, limit: int, inside: Path | None = None) -> bytes:
    """The bytes of ``path``, a regular file in ``inside`` (default: its own folder),
    of at most ``limit`` bytes; anything else is a ``SeedError`` naming ``shown``."""
    folder = (inside if inside is not None else path.parent).resolve()
    try:
        if path.is_symlink():
            target = os.readlink(path)
            raise SeedError(
                shown, None, f"is a symbolic link (to {target}); inputs must be regular files"
            )
        if not path.resolve().is_relative_to(folder):
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


def is_listed_input(path: Path) -> bool:
    """Whether a folder entry should be read as an input: regular files, and symbolic
    links, which are listed so that reading them reports the refusal."""
    try:
        return path.is_symlink() or path.is_file()
    except OSError:
        # A name too long for the file system (a sidecar of a seed with a very
        # long name) cannot exist: there is nothing to read.
        return False
