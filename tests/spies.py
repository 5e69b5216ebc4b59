"""Spies for the tests that count what a rebuild does again."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest


def article_calls(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str) -> list[str]:
    """Wrap ``module.name`` (a function of an article first) so that each call
    records the article's slug, in order, in the list returned."""
    real = getattr(module, name)
    slugs: list[str] = []

    def spy(article: Any, *args: Any) -> Any:
        slugs.append(article.slug)
        return real(article, *args)

    monkeypatch.setattr(module, name, spy)
    return slugs
