"""Front matter: the YAML head of every generated page, what the theme reads."""

from __future__ import annotations

import re
from collections.abc import Mapping

import yaml

from ..escape import inert


def front_matter(meta: Mapping[str, object]) -> str:
    """YAML front matter; safe_dump quotes whatever needs quoting.

    The theme prints these values into titles, the header, navigation and
    search, where its JavaScript may parse them again as HTML: every text value
    is made ``inert`` (addresses, under keys ending in ``url``, are left whole)."""
    meta = _inert_values(meta)
    dumper = _FAST_DUMPER if _same_in_libyaml(meta) else yaml.SafeDumper
    return yaml.dump(
        meta,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        width=10_000,
        default_flow_style=False,
    )


def _inert_values(meta: Mapping[str, object]) -> dict[str, object]:
    return {
        key: value if key.endswith(("url", "urls")) else _inert_value(value)
        for key, value in meta.items()
    }


def _inert_value(value: object) -> object:
    if isinstance(value, str):
        return inert(value)
    if isinstance(value, list | tuple):
        return [_inert_value(item) for item in value]
    if isinstance(value, Mapping):
        return _inert_values(value)
    return value


# libyaml's emitter writes the same bytes as PyYAML's for the values pages carry
# (tested with generated documents) and is many times faster; it differs on NEL,
# other C1 controls, characters beyond the BMP, empty or odd keys and lines past
# the width, so anything like that goes through PyYAML's own emitter.
_FAST_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
_LIBYAML_SAFE_TEXT = re.compile("[\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd]{0,4000}")
_LIBYAML_SAFE_KEY = re.compile("[A-Za-z_][A-Za-z0-9_-]*")


def _same_in_libyaml(value: object) -> bool:
    if isinstance(value, str):
        return _LIBYAML_SAFE_TEXT.fullmatch(value) is not None
    if value is None or isinstance(value, int):
        return True
    if isinstance(value, list | tuple):
        return all(_same_in_libyaml(item) for item in value)
    if isinstance(value, Mapping):
        return all(
            isinstance(key, str) and _LIBYAML_SAFE_KEY.fullmatch(key) and _same_in_libyaml(item)
            for key, item in value.items()
        )
    return False
