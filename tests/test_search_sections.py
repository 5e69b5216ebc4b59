"""A page's search sections, parsed piece by piece and kept, equal Material's
parse of the whole page; only changed pieces are parsed again."""

from __future__ import annotations

from typing import Any

import pytest

from generator import search_sections
from generator.search_sections import SectionMemo, chunks, parse_alone, parse_whole

LEAD = '<p>A lead with <a href="x">a link</a> &amp; more.</p>\n'
SECTION = '<h2 id="one">One<a class="headerlink" href="#one">¶</a></h2>\n<p>First {0}.</p>\n'
PAGES = {
    "plain": '<h1 id="t">Title</h1>\n' + LEAD + SECTION.format("a") + SECTION.format("b"),
    "preface first": LEAD
    + SECTION.format("a")
    + '<h3 id="two">Two</h3>\n<ul>\n<li>x</li>\n</ul>\n',
    "heading nested in a box": (
        LEAD + '<div class="admonition">\n<p>Note</p>\n<h2 id="in">In</h2>\n<p>y</p>\n</div>\n'
        "<p>after</p>\n" + SECTION.format("c")
    ),
    "heading in a comment": LEAD + "<!-- a\n<h2 id='c'>C</h2>\n-->\n" + SECTION.format("d"),
    "heading in a script": LEAD + "<script>var a = '\n<h2 id=s>';</script>\n" + SECTION.format("e"),
    "box after a heading": (
        SECTION.format("h") + '<section class="box">\n<h2 id="b">Box</h2>\n<p>in</p>\n'
        '</section>\n<p>out<br>again</p>\n<!-- <h2 id="q">x</h2> -->\n' + SECTION.format("i")
    ),
    "heading without an id": LEAD + "<h2>No id</h2>\n<p>z</p>\n" + SECTION.format("f"),
    "excluded and pre": (
        '<h2 id="p">P</h2>\n<pre><code>a\n  b</code></pre>\n'
        "<div data-search-exclude>\n<p>hidden</p>\n</div>\n" + SECTION.format("g")
    ),
    "empty": "",
}


def signature(sections: list[Any]) -> list[tuple[object, ...]]:
    return [
        (s.el.tag, s.depth, s.id, tuple(s.title), tuple(s.text), s.is_excluded()) for s in sections
    ]


def test_pages_are_cut_before_headings_outside_every_element() -> None:
    html = PAGES["plain"]
    pieces = chunks(html)
    assert "".join(pieces) == html
    assert [p[:3] for p in pieces] == ["<h1", "<h2", "<h2"]
    assert chunks("<p>a <h2 id=x>b</h2></p>") == ["<p>a <h2 id=x>b</h2></p>"]
    nested = PAGES["heading nested in a box"]
    assert [p[:3] for p in chunks(nested)] == ["<p>", "<h2"]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_sections_equal_a_whole_parse(name: str) -> None:
    memo = SectionMemo()
    html = PAGES[name]
    assert signature(memo.sections("page/", html)) == signature(parse_whole(html))
    assert signature(memo.sections("page/", html)) == signature(parse_whole(html))


@pytest.mark.parametrize(
    ("piece", "first"),
    [
        ('<h2 id="a">A</h2>\n<section>\n<p>open</p>\n', False),
        ('<h2 id="a">A</h2>\n<!-- open\n', False),
        ('<h2 id="a">A</h2>\n<script>var a = \'', False),
        ("<h2>No id</h2>\n<p>z</p>\n", False),
        ("<p>No heading</p>\n", False),
        ("<div>\n<p>open</p>\n", True),
    ],
)
def test_a_piece_that_does_not_stand_alone_is_refused(piece: str, first: bool) -> None:
    assert parse_alone(piece, first) is None


def test_a_wrong_cut_parses_the_page_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cut inside a box, as a miscount of tags would: the page's parse is still whole."""
    html = PAGES["heading nested in a box"]
    cut = html.index("<h2")
    monkeypatch.setattr(search_sections, "chunks", lambda page: [page[:cut], page[cut:]])
    memo = SectionMemo()
    assert signature(memo.sections("page/", html)) == signature(parse_whole(html))
    assert None in memo.pages["page/"].values()


def test_only_the_changed_piece_is_parsed_again() -> None:
    memo = SectionMemo()
    before = PAGES["plain"]
    memo.sections("page/", before)
    assert memo.parsed == 3
    after = before.replace("First b.", "First b, changed.")
    assert signature(memo.sections("page/", after)) == signature(parse_whole(after))
    assert memo.parsed == 4
    # Another page's pieces are its own.
    memo.sections("other/", after)
    assert memo.parsed == 7


def test_kept_sections_are_handed_out_as_copies() -> None:
    """Material gives a section without a title the page's: never the kept one."""
    memo = SectionMemo()
    html = PAGES["preface first"]
    first = memo.sections("page/", html)
    first[0].title = ["Page title"]
    assert signature(memo.sections("page/", html)) == signature(parse_whole(html))


def test_pages_the_site_no_longer_has_are_forgotten() -> None:
    memo = SectionMemo()
    memo.sections("a/", PAGES["plain"])
    memo.sections("b/", PAGES["plain"])
    memo.keep_only(["b/"])
    assert list(memo.pages) == ["b/"]
