"""The record the mention pass hands on: one person or organisation at an offset."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import EntityKind


@dataclass(frozen=True)
class Mention:
    """One cue-backed mention of a person or organisation, at an offset in its text."""

    name: str
    kind: EntityKind
    role: str | None
    offset: int
