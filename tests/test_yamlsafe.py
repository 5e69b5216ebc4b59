"""Safe YAML loading: data, the line of every item, and refusals with lines."""

from __future__ import annotations

import datetime as dt
import tracemalloc

import pytest

from generator.errors import SeedError
from generator.yamlsafe import MAX_DEPTH, load_yaml

FRONT_MATTER = """\
# written by hand
title: Gallium curbs bite
date: 2025-07-14
topics:
  - export-controls
  - critical-minerals
source:
  name: Example Wire
  url: https://example.org/gallium
"""


def refusal(text: str, **options: int) -> SeedError:
    with pytest.raises(SeedError) as caught:
        load_yaml(text, "front.yml", **options)
    assert caught.value.path == "front.yml"
    return caught.value


def test_data_is_plain_python() -> None:
    data, _ = load_yaml(FRONT_MATTER, "front.yml")
    assert data == {
        "title": "Gallium curbs bite",
        "date": dt.date(2025, 7, 14),
        "topics": ["export-controls", "critical-minerals"],
        "source": {"name": "Example Wire", "url": "https://example.org/gallium"},
    }


def test_lines_follow_keys_and_list_items() -> None:
    _, lines = load_yaml(FRONT_MATTER, "front.yml")
    assert lines.line() == 2
    assert lines.line("title") == 2
    assert lines.line("topics") == 4
    assert lines.line("topics", 1) == 6
    assert lines.line("source", "url") == 9


def test_unknown_path_falls_back_to_nearest_ancestor() -> None:
    _, lines = load_yaml(FRONT_MATTER, "front.yml")
    assert lines.line("source", "missing") == 7
    assert lines.line("topics", 9) == 4
    assert lines.line("nowhere", "at", "all") == 2


def test_empty_document_is_none_at_line_one() -> None:
    data, lines = load_yaml("# only a comment\n", "front.yml")
    assert data is None
    assert lines.line("anything") == 1


def test_syntax_error_carries_its_line() -> None:
    error = refusal("title: ok\ntopics: [a, b\nnext: 1\n")
    assert error.line == 3
    assert error.message.startswith("invalid YAML")


def test_duplicate_key_is_refused_at_the_second() -> None:
    assert refusal("title: one\nauthor: me\ntitle: two\n").line == 3


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: 1\nb: &keep [1, 2]\n", 2),
        ("a: &keep 1\nb: *keep\n", 1),
        ("- x\n- &item {k: v}\n", 2),
    ],
)
def test_anchors_and_aliases_are_refused(text: str, line: int) -> None:
    error = refusal(text)
    assert error.line == line
    assert "anchors" in error.message


def test_merge_keys_are_refused() -> None:
    assert refusal("base: 1\n<<: {a: 1}\n").line == 2


def test_python_tags_are_refused() -> None:
    error = refusal("a: 1\ncmd: !!python/object/apply:os.system ['true']\n")
    assert error.line == 2


def test_collection_tags_other_than_map_and_seq_are_refused() -> None:
    assert refusal("ok: 1\nkinds: !!set {a, b}\n").line == 2


def test_collection_as_key_is_refused() -> None:
    assert refusal("? [a, b]\n: value\n").line == 1


def test_several_documents_are_refused() -> None:
    assert refusal("a: 1\n---\nb: 2\n").line == 2


def test_deep_nesting_is_refused_without_recursion_error() -> None:
    error = refusal("[" * (MAX_DEPTH * 20) + "]" * (MAX_DEPTH * 20))
    assert "deeper" in error.message


def test_oversized_text_is_refused() -> None:
    error = refusal("a: " + "x" * 200 + "\n", max_bytes=100)
    assert "larger than 100 bytes" in error.message
    assert error.line is None


def test_billion_laughs_is_refused_unexpanded() -> None:
    lines = ['l0: &l0 "ha"']
    for level in range(1, 12):
        lines.append(f"l{level}: &l{level} [" + ", ".join([f"*l{level - 1}"] * 10) + "]")
    # Refused before expansion: the memory it took says so, whatever the load.
    tracemalloc.start()
    try:
        error = refusal("\n".join(lines) + "\n")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000
    assert error.line == 1
