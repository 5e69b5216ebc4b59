"""Seed text must show as text: every Markdown or HTML construct stays inert."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.escape import (
    WORD_JOINER,
    escape_inline,
    escape_title,
    fold_whitespace,
    inert,
    safe_href,
)

EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "tables", "pymdownx.details", "toc"]


def html_of(markdown_text: str) -> str:
    return markdown.markdown(markdown_text, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        "<javascript:alert(1)>",
        '!!! danger "owned"',
        "# not a heading",
        "> not a quote",
        "- not a list",
        "1. not a list",
        "*[REE]: injected abbreviation",
        "{: onclick=alert(1) }",
        "**bold** and _under_ and `code`",
        "| a | b |",
        "???+ note",
        "--8<-- /etc/passwd",
        "&lt;script&gt; as entities",
        "<iframe src=//evil></iframe>",
    ],
)
def test_escaped_text_renders_as_the_same_visible_text(text: str) -> None:
    html = html_of(escape_inline(text))
    assert html.startswith("<p>") and html.endswith("</p>")
    assert "<script" not in html and "<iframe" not in html and "<img" not in html
    assert "<a " not in html and "<strong>" not in html and "<code>" not in html
    assert 'class="admonition' not in html and "<abbr" not in html and "<h1" not in html


def test_visible_text_is_unchanged() -> None:
    import html as html_module
    import re

    text = "It’s a “fight” & <b>more</b> | [x](y) *z* #1 --8<-- 2. done"
    rendered = html_of(escape_inline(text))
    visible = html_module.unescape(re.sub(r"<[^>]+>", "", rendered))
    assert visible.replace(WORD_JOINER, "") == text


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_comment(self, data: str) -> None:
        self.tags.append("<!--")

    def handle_decl(self, decl: str) -> None:
        self.tags.append("<!")

    def handle_pi(self, data: str) -> None:
        self.tags.append("<?")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def reparsed(text: str) -> tuple[list[str], str]:
    """What a browser makes of ``text`` given to innerHTML: the tags and the text."""
    parser = _Tags()
    parser.feed(text)
    parser.close()
    return parser.tags, "".join(parser.text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&#;/!?ab =x\"'")), max_size=40))
def test_text_read_back_by_the_theme_stays_text(text: str) -> None:
    # Material's tooltips take a label's text (decoded once) and parse it as HTML.
    _, shown = reparsed(html_of(escape_inline(text)).removeprefix("<p>").removesuffix("</p>"))
    tags, again = reparsed(shown)
    assert tags == []
    assert again == shown


@pytest.mark.parametrize(
    "text",
    [
        "<img src=x onerror=alert(1)>",
        "</p><script>alert(1)</script>",
        "<!-- x --><?php ?><!DOCTYPE x>",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&#60;svg onload=alert(1)&#62;",
    ],
)
def test_inert_text_parses_to_itself(text: str) -> None:
    tags, shown = reparsed(inert(text))
    assert tags == []
    assert shown.replace(WORD_JOINER, "") == text


def test_inert_leaves_ordinary_text_alone() -> None:
    for text in ("S and P", "a < b and c > d", "1 & 2", "<= 5", "& more"):
        assert inert(text) == text


def test_newlines_cannot_start_blocks() -> None:
    assert "\n" not in escape_inline("first line\n\n# second\n- third")


def test_admonition_title_cannot_close_its_quotes() -> None:
    title = escape_title('He said "stop" <b>')
    assert '"' not in title and "<" not in title


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " java\tscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "vbscript:msgbox",
        "data:text/html;base64,PHNjcmlwdD4=",
        "//evil.example/x",
        "file:///etc/passwd",
        "&#106;avascript:alert(1)",
        "../x&#58;y",
    ],
)
def test_unsafe_links_are_refused(href: str) -> None:
    assert safe_href(href) is None


@pytest.mark.parametrize(
    "href",
    [
        "https://example.org/a?b=c",
        "https://example.org/a?b=c&d=e&#x3a;f",
        "http://example.org",
        "mailto:desk@example.org",
        "../x.md",
        "#part",
    ],
)
def test_safe_links_are_kept(href: str) -> None:
    assert safe_href(href) == href


WHITESPACE = re.compile(r"\s+")


@settings(max_examples=500)
@given(
    st.text(
        alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2009\u3000\u200bab<&"), max_size=12
    )
)
def test_folding_whitespace_is_the_regex_fold(text: str) -> None:
    assert fold_whitespace(text) == WHITESPACE.sub(" ", text)


@given(st.text(max_size=30))
def test_folding_any_text_is_the_regex_fold(text: str) -> None:
    assert fold_whitespace(text) == WHITESPACE.sub(" ", text)
