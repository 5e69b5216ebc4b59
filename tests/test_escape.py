"""Seed text must show as text: every Markdown or HTML construct stays inert."""

from __future__ import annotations

import markdown
import pytest

from generator.escape import escape_inline, escape_title, safe_href

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
    assert visible == text


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
    ],
)
def test_unsafe_links_are_refused(href: str) -> None:
    assert safe_href(href) is None


@pytest.mark.parametrize(
    "href",
    [
        "https://example.org/a?b=c",
        "http://example.org",
        "mailto:desk@example.org",
        "../x.md",
        "#part",
    ],
)
def test_safe_links_are_kept(href: str) -> None:
    assert safe_href(href) == href
