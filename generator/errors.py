"""The one domain exception, and the diagnostics that travel beside articles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in an input file, printed as ``path:line: severity: message``."""

    path: str
    line: int | None
    severity: Severity
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.severity}: {self.message}"


class SeedError(Exception):
    """Bad input: a seed, sidecar or taxonomy file that cannot be used.

    Carries the file and (where known) the 1-based line so that the edge of the
    program (CLI, MkDocs plugin) can print one clean line instead of a traceback.
    """

    def __init__(self, path: str, line: int | None, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    @property
    def diagnostic(self) -> Diagnostic:
        return Diagnostic(self.path, self.line, "error", self.message)

    def __str__(self) -> str:
        return str(self.diagnostic)
