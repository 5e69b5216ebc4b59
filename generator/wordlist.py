"""Closed word lists written as data: a block of words, one after another, read
as the set of them. The reader's tables and the extractors' single-word tables
are written so."""

from __future__ import annotations


def words_set(text: str) -> frozenset[str]:
    """The words of ``text``, split at white space."""
    return frozenset(text.split())
