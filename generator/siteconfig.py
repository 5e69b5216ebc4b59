"""Site settings the generator needs from ``mkdocs.yml`` when run without MkDocs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SETTINGS = ("site_url", "site_name", "site_description")


class _TolerantLoader(yaml.SafeLoader):
    """Reads mkdocs.yml while ignoring its tags (!ENV, !!python/name …): we only
    want three plain strings, and must never construct anything else."""


def _ignore_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    return None


_TolerantLoader.add_multi_constructor("", _ignore_tag)


def read_site_settings(root: Path, config_name: str = "mkdocs.yml") -> dict[str, str]:
    path = root / config_name
    if not path.is_file():
        return {}
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_TolerantLoader)
    if not isinstance(data, dict):
        return {}
    return {key: str(data[key]) for key in SETTINGS if isinstance(data.get(key), str)}
