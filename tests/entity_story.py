"""Paragraphs made into an article and read by the entity pass: one copy for
the entity test files that ask what a few sentences name."""

from __future__ import annotations

from generator.extract.entities import extract_entities
from generator.model import Article, Block, Entity, Section


def article(*paragraphs: str) -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * i) for i, text in enumerate(paragraphs))
    return Article(path="t.txt", title="T", slug="t", sections=(Section(None, blocks, 1),))


def entities(*paragraphs: str) -> tuple[Entity, ...]:
    return extract_entities(article(*paragraphs)).entities


def organisations(*paragraphs: str) -> list[str]:
    return [e.name for e in entities(*paragraphs) if e.kind == "organisation"]


def people(*paragraphs: str) -> dict[str, str | None]:
    return {e.name: e.role for e in entities(*paragraphs) if e.kind == "person"}
