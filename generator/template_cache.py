"""The theme's templates, compiled once for all the rebuilds of ``mkdocs serve``.

MkDocs makes a new template environment for every build, which compiles the
theme's templates again (half a second of each preview rebuild); the plugin
sets this cache on every new environment.
"""

from __future__ import annotations

import jinja2


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in memory for the plugin's lifetime (all of
    ``mkdocs serve``). Jinja checks each entry against its template's source, so
    an edited template is compiled again."""

    def __init__(self) -> None:
        self.compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled[bucket.key] = bucket.bytecode_to_string()
