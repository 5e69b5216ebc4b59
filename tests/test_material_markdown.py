"""Material Markdown in writers' Markdown seeds: admonitions, tables, definition
lists, task lists and footnotes are read as structure and written again by the
generator, every word escaped; pasted plain-text seeds stay inert."""

from __future__ import annotations

from pathlib import Path

from generator.model import Block, Span, Table
from generator.pages.inline import block_markdown
from generator.pipeline import Project, generate
from generator.reader.markdown import read_markdown
from tests.conftest import copy_project, run_mkdocs

SEED = """\
---
title: Magnet Makers Weigh a Stockpile Plan
date: 2025-04-02
---

European magnet makers met in Brussels to weigh a shared stockpile.[^cost]

!!! warning "Prices are provisional"
    Figures are from one *trader* survey.

    A second survey is due in May.

| Oxide | Price | Change |
|:--|--:|:-:|
| NdPr | 62 | +4% |
| Dy | 310 |

Offtake
:   A contract to buy a mine's future output.

- [x] Agree the survey method
- [ ] Name the storage sites

[^cost]: Shared by the members.
"""


def _blocks(text: str = SEED) -> list[Block]:
    article = read_markdown(text, "seeds/m.md")
    return [b for s in article.sections for b in s.blocks]


def test_each_construct_becomes_one_block() -> None:
    blocks = _blocks()
    assert [b.kind for b in blocks] == [
        "paragraph",
        "admonition",
        "table",
        "definition",
        "task",
        "task",
        "footnote",
    ]
    lead, box, table, term, done, todo, note = blocks
    assert lead.spans[-1] == Span("cost", style="footnote")
    assert lead.text.endswith("shared stockpile.")  # no label among the words
    assert (box.label, box.text) == (
        "warning",
        "Prices are provisional Figures are from one trader survey. A second survey is due in May.",
    )
    assert table.table == Table(
        ((Span("Oxide"),), (Span("Price"),), (Span("Change"),)),
        (((Span("NdPr"),), (Span("62"),), (Span("+4%"),)), ((Span("Dy"),), (Span("310"),), ())),
        ("left", "right", "center"),
    )
    assert table.text == ""  # tables are data, not sentences for the extractors
    assert (term.text, term.parts) == (
        "Offtake A contract to buy a mine's future output.",
        ((Span("A contract to buy a mine's future output."),),),
    )
    assert (done.label, done.text, todo.label, todo.text) == (
        "x",
        "Agree the survey method",
        "",
        "Name the storage sites",
    )
    assert (note.label, note.text) == ("cost", "Shared by the members.")


def test_the_page_writes_the_structure_again() -> None:
    rendered = [block_markdown(b, None) for b in _blocks()]
    assert rendered[0].endswith("shared stockpile.[^cost]")
    assert rendered[1] == (
        '!!! warning "Prices are provisional"\n\n'
        "    Figures are from one <em>trader</em> survey.\n\n"
        "    A second survey is due in May."
    )
    assert rendered[2] == (
        "| Oxide | Price | Change |\n"
        "| :--- | ---: | :---: |\n"
        "| NdPr | 62 | &#43;4% |\n"
        "| Dy | 310 | &#8203; |"
    )
    assert rendered[3] == "Offtake\n:   A contract to buy a mine's future output."
    assert rendered[4:6] == ["- [x] Agree the survey method", "- [ ] Name the storage sites"]
    assert rendered[6] == "[^cost]: Shared by the members."


def test_unknown_admonition_types_and_odd_footnote_labels_are_made_plain() -> None:
    blocks = _blocks("---\ntitle: T\n---\n\nText.[^ünï]\n\n!!! bogus\n    Body.\n\n[^ünï]: Note.\n")
    kinds = {b.kind: b for b in blocks}
    assert kinds["admonition"].label == "note"
    # "ünï" is no label Python-Markdown accepts: the footnote's number is used.
    rendered = "".join(block_markdown(b, None) for b in blocks)
    assert "ünï" not in rendered and rendered.count("[^1]") == 2


PASTED = """\
Brussels Weighs a Shared Stockpile of Magnet Metals

European magnet makers met in Brussels on Tuesday to weigh a shared stockpile of neodymium and dysprosium oxides, officials from three member states said.

!!! warning "Not a box" is what a writer typed in the middle of the text.

| not | a table | was pasted here by mistake from a spreadsheet file.

- [x] not a task, only a pasted line that starts like one

Talks on the reserve resume next month in Luxembourg, the officials said, and a vote could follow by the summer.
"""


def test_a_plain_text_seed_keeps_the_syntax_as_text(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "pasted.txt").write_text(PASTED, encoding="utf-8")
    result = generate(Project.at(tmp_path))
    assert not result.errors, result.errors
    (page,) = [text for path, text in result.pages.items() if path.startswith("articles/b")]
    assert "Luxembourg" in page
    lines = page.splitlines()
    assert not [line for line in lines if line.startswith(("!!! warning", "| not", "- [x]"))]


def test_the_built_page_shows_materials_components(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "seeds" / "material.md").write_text(SEED, encoding="utf-8")
    built = run_mkdocs(project, "build", "--strict")
    assert built.returncode == 0, built.stderr
    html = (project / "site/articles/magnet-makers-weigh-a-stockpile-plan/index.html").read_text(
        encoding="utf-8"
    )
    assert '<div class="admonition warning">' in html
    assert '<p class="admonition-title">Prices are provisional</p>' in html
    assert '<th style="text-align: right;">Price</th>' in html
    assert "<dt>Offtake</dt>" in html
    assert 'class="task-list-item"' in html and "checked" in html
    assert 'id="fn:cost"' in html and 'href="#fn:cost"' in html
