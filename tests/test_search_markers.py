"""Annotation markers out of Material's search index."""

from __future__ import annotations

from types import SimpleNamespace

from generator.search_index import strip_markers, without_markers


def test_markers_go_only_from_annotated_paragraphs_and_only_their_numbers() -> None:
    text = (
        "<p>Ana Ruiz (1), adviser, met Bo Li (2). Costs rose (3) and (2020) too.</p> "
        "<ol> <li>adviser</li> <li>trader</li> </ol> "
        "<p>Tariffs (1) Magnets (4)</p>"
    )
    assert without_markers(text) == (
        "<p>Ana Ruiz, adviser, met Bo Li. Costs rose (3) and (2020) too.</p> "
        "<ol> <li>adviser</li> <li>trader</li> </ol> "
        "<p>Tariffs (1) Magnets (4)</p>"
    )
    assert without_markers("<p>Chips (1) (2)</p>") == "<p>Chips (1) (2)</p>"


def test_every_entry_of_materials_index_is_cleaned() -> None:
    entries = [{"location": "a/", "text": "<p>Ana (1).</p> <ol> <li>x</li> </ol>"}, {"title": "t"}]
    search = SimpleNamespace(search_index=SimpleNamespace(entries=entries))
    strip_markers([object(), search])
    assert entries[0]["text"] == "<p>Ana.</p> <ol> <li>x</li> </ol>"
