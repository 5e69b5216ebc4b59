"""Palette PNGs whose top rows many pictures share, compressed once.

Every social card of a site and kicker starts with the same rows (the ground,
the mark, the site's name, the kicker). ``SharedTop`` holds those rows mapped to
the palette and already run through the deflate stream; each card copies the
stream's state and compresses only its own rows. The file is written as Pillow
writes a palette PNG (``Image.save(format="PNG", compress_level=6)``): its own
header chunks (signature, IHDR, PLTE), rows with no filter, zlib at level 6 with
a 15-bit window and memory level 9, IDAT chunks of at most 64 KiB, then IEND.
Deflate's output does not depend on how its input is cut, so the bytes are the
ones Pillow would write for the whole picture (``tests/test_social_cards.py``
compares the two).
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass

from PIL import Image

# Pillow's settings for PNG picture data: ``compress_level=6``, and the window,
# memory level and strategy of its zip encoder.
LEVEL, WINDOW, MEMORY = 6, 15, 9
# Pillow writes an IDAT chunk each time its 64 KiB output buffer fills.
IDAT_SIZE = 65536
_IEND = struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))


def pillow_png(image: Image.Image) -> bytes:
    """``image`` saved by Pillow as the cards are: no metadata, no optimize pass."""
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=LEVEL)
    return out.getvalue()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _header(png: bytes) -> bytes:
    """The file up to its first IDAT chunk."""
    at = 8
    while png[at + 4 : at + 8] != b"IDAT":
        (length,) = struct.unpack(">I", png[at : at + 4])
        at += 12 + length
    return png[:at]


def _rows(raw: bytes, width: int) -> bytes:
    """A palette image's bytes as PNG picture data: each row after its filter byte (none)."""
    return b"".join(b"\0" + raw[at : at + width] for at in range(0, len(raw), width))


@dataclass(frozen=True)
class SharedTop:
    """The top rows of palette pictures of one size and palette, compressed once;
    the file's header chunks."""

    top: bytes
    header: bytes
    compressed: bytes
    # The deflate stream after the shared rows (copied for every picture, never fed).
    stream: zlib._Compress

    @classmethod
    def of(cls, picture: Image.Image, rows: int) -> SharedTop:
        """The first ``rows`` rows of ``picture`` (a palette image)."""
        top = picture.tobytes()[: rows * picture.width]
        stream = zlib.compressobj(LEVEL, zlib.DEFLATED, WINDOW, MEMORY)
        compressed = stream.compress(_rows(top, picture.width))
        return cls(top, _header(pillow_png(picture)), compressed, stream)

    def png(self, picture: Image.Image) -> bytes:
        """The file of ``picture`` (a palette image of the same size and palette),
        as ``pillow_png`` writes it; only its rows under the shared ones are
        compressed, where its top rows are the shared ones."""
        raw = picture.tobytes()
        if not raw.startswith(self.top):
            return pillow_png(picture)
        stream = self.stream.copy()
        rest = _rows(raw[len(self.top) :], picture.width)
        data = self.compressed + stream.compress(rest) + stream.flush()
        idat = (_chunk(b"IDAT", data[at : at + IDAT_SIZE]) for at in range(0, len(data), IDAT_SIZE))
        return self.header + b"".join(idat) + _IEND
