"""Bytes to text: refuse what is not a readable UTF-8 text file, before any parsing."""

from __future__ import annotations

from ..errors import SeedError

# Real articles are tens of kilobytes; anything this large is a mistake (a dump,
# a binary, a runaway paste) and parsing it would only slow every build down.
MAX_SEED_BYTES = 1_000_000
_BINARY_SNIFF = 8192


def decode_text(data: bytes, path: str, limit: int = MAX_SEED_BYTES) -> str:
    """Decode a seed or sidecar file, or raise ``SeedError`` saying why not."""
    if len(data) > limit:
        raise SeedError(path, None, f"file is {len(data):,} bytes; the limit is {limit:,}")
    if b"\x00" in data[:_BINARY_SNIFF]:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SeedError(path, line, "binary file (NUL byte); seeds must be UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SeedError(
            path, line, f"invalid UTF-8 at byte {exc.start}; save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise SeedError(path, None, "empty file")
    return text
