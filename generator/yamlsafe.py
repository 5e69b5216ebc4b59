"""Load small YAML documents safely and remember the line of every item.

Usage::

    data, lines = load_yaml(text, "seeds/topics.yml")
    lines.line(2, "slug")   # 1-based line of the ``slug`` key of the third list item
    lines.line(2)           # line where the third list item starts
    lines.line()            # line where the document starts

``load_yaml`` returns a ``YamlDocument`` (a named tuple of ``data`` and
``lines``). ``data`` is built only from plain mappings (``dict``), sequences
(``list``) and scalars resolved by PyYAML's safe constructor (str, int, float,
bool, None, dates). ``lines`` maps a *path* — the keys and list indexes that
lead from the root to a value — to the line of that value; for a mapping value
it is the line of its key, so an error about a key points at the key. Asking
for a path that is not recorded gives the line of its nearest recorded
ancestor, so callers never need to special-case a missing line.

Every problem raises ``SeedError(path, line, message)``: malformed YAML (line
from PyYAML's mark), duplicate keys, unhashable keys, unsupported tags, nesting
deeper than ``MAX_DEPTH``, and text over ``max_bytes``. Anchors and aliases
(``&a`` / ``*a``) are refused outright: they are what "billion laughs" bombs
are made of, and hand-edited data files have no need for them. Refusing them
at the first anchor means a bomb fails as fast as its first line is read.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import NamedTuple

import yaml
from yaml.events import AliasEvent, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.errors import SeedError

YamlPath = tuple[Hashable, ...]

MAX_BYTES = 1_000_000
MAX_DEPTH = 64

_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MERGE_TAG = "tag:yaml.org,2002:merge"


class LineMap:
    """Lines of the values in a loaded document, looked up by path."""

    def __init__(self, lines: Mapping[YamlPath, int]) -> None:
        self._lines = dict(lines)

    def line(self, *path: Hashable) -> int:
        """The line of the value at ``path``, else of its nearest recorded ancestor."""
        for end in range(len(path), -1, -1):
            found = self._lines.get(path[:end])
            if found is not None:
                return found
        return 1


class YamlDocument(NamedTuple):
    data: object
    lines: LineMap


class _RefusedNode(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _GuardedLoader(yaml.SafeLoader):
    """A SafeLoader whose composer refuses anchors, aliases and deep nesting."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        # check_event leaves the upcoming event in current_event without consuming it.
        if self.check_event(NodeEvent):
            event: NodeEvent = self.current_event
            if isinstance(event, AliasEvent) or event.anchor is not None:
                line = event.start_mark.line + 1 if event.start_mark else None
                message = "YAML anchors and aliases (&name, *name) are not allowed"
                raise _RefusedNode(line, message)
        if self._depth >= MAX_DEPTH:
            mark = self.current_event.start_mark if self.current_event else None
            line = mark.line + 1 if mark else None
            raise _RefusedNode(line, f"YAML nested deeper than {MAX_DEPTH} levels")
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_yaml(text: str, path: str, *, max_bytes: int = MAX_BYTES) -> YamlDocument:
    """Parse one YAML document from ``text`` (read from ``path``, for messages)."""
    if len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise SeedError(path, None, f"YAML file is larger than {max_bytes} bytes")
    loader = _GuardedLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return YamlDocument(None, LineMap({(): 1}))
        lines: dict[YamlPath, int] = {(): _line_of(root)}
        data = _build(root, (), loader, lines, path)
    except _RefusedNode as refused:
        raise SeedError(path, refused.line, refused.message) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise SeedError(path, line, f"invalid YAML: {_describe(error)}") from None
    except yaml.YAMLError as error:
        raise SeedError(path, None, f"invalid YAML: {error}") from None
    finally:
        loader.dispose()
    return YamlDocument(data, LineMap(lines))


def _describe(error: yaml.MarkedYAMLError) -> str:
    parts = [part for part in (error.context, error.problem) if part]
    return ", ".join(parts) if parts else str(error)


def _line_of(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _build(
    node: Node, at: YamlPath, loader: _GuardedLoader, lines: dict[YamlPath, int], path: str
) -> object:
    if isinstance(node, ScalarNode):
        try:
            return loader.construct_object(node)
        except ValueError as exc:  # e.g. 2025-13-45 resolves as a timestamp, then fails
            raise SeedError(path, _line_of(node), f"invalid value {node.value!r}: {exc}") from None
    if isinstance(node, SequenceNode) and node.tag == _SEQ_TAG:
        items: list[object] = []
        for index, item in enumerate(node.value):
            lines[(*at, index)] = _line_of(item)
            items.append(_build(item, (*at, index), loader, lines, path))
        return items
    if isinstance(node, MappingNode) and node.tag == _MAP_TAG:
        return _build_mapping(node, at, loader, lines, path)
    raise SeedError(path, _line_of(node), f"unsupported YAML tag {node.tag}")


def _build_mapping(
    node: MappingNode,
    at: YamlPath,
    loader: _GuardedLoader,
    lines: dict[YamlPath, int],
    path: str,
) -> dict[Hashable, object]:
    mapping: dict[Hashable, object] = {}
    for key_node, value_node in node.value:
        key_line = _line_of(key_node)
        if not isinstance(key_node, ScalarNode):
            raise SeedError(path, key_line, "a YAML key must be a plain value, not a list or map")
        if key_node.tag == _MERGE_TAG:
            raise SeedError(path, key_line, "YAML merge keys (<<) are not allowed")
        key = loader.construct_object(key_node)
        if not isinstance(key, Hashable):
            raise SeedError(path, key_line, f"unusable YAML key {key_node.value!r}")
        if key in mapping:
            raise SeedError(path, key_line, f"duplicate key {key!r}")
        lines[(*at, key)] = key_line
        mapping[key] = _build(value_node, (*at, key), loader, lines, path)
    return mapping
