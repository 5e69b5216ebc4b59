"""``import PAGE.html``: a saved web page turned into a Markdown seed.

trafilatura (main-content extraction) finds the article in the page and its
metadata (``page.py`` prepares the page for it and reads what its markup
states); its XML becomes Markdown (``xml_markdown.py``), tidied with the
reader's own rules (``tidy.py``: the headline repeated as a heading, a
standfirst printed as a heading, promos and labels inside the article); this
module writes the writers' format: YAML front matter, then the body with its
headings, lists and block quotes, a key-points list as ``## Highlights`` first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import SeedError
from ..slug import slugify
from .page import article_xml, meta_content, page_metadata, parse_html, prepare_page
from .tidy import tidy_body
from .xml_markdown import xml_to_markdown

__all__ = [
    "Imported",
    "import_page",
    "missing_lines",
    "read_page",
    "seed_name",
    "tidy_body",
    "write_new",
]

MAX_PAGE_BYTES = 10 * 1024 * 1024
# Fields the front matter takes from the page, in order, and what to tell the
# writer when the page does not say.
FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "no title found: add title: to the front matter"),
    ("date", "no date found: add date: YYYY-MM-DD to the front matter"),
    ("author", "no author found: add author: to the front matter"),
    ("source", "no source found: add source: (the publication's name) to the front matter"),
    ("source_url", "no address found: add source_url: or import again with --url"),
)


@dataclass(frozen=True)
class Imported:
    """The seed's text, its front-matter values and what the page did not say."""

    text: str
    meta: dict[str, str]
    missing: tuple[str, ...]


def import_page(html: str, url: str | None = None) -> Imported:
    """The Markdown seed for a saved page (``url``: its address, when the page
    does not give one)."""
    tree = prepare_page(parse_html(html))
    meta = page_metadata(tree, url)
    xml = article_xml(tree, url)
    dek = meta_content(tree, "og:description", "description")
    blocks, summary = tidy_body(xml_to_markdown(xml) if xml else "", meta.get("title"), dek)
    if summary:
        meta["summary"] = summary
    missing = [message for key, message in FIELDS if key not in meta]
    if not blocks:
        missing.append("no article text found in the page")
    values: dict[str, object] = dict(meta)
    if "date" in values:
        values["date"] = dt.date.fromisoformat(meta["date"])
    front = yaml.safe_dump(values, allow_unicode=True, sort_keys=False, width=1000)
    text = f"---\n{front}---\n\n" + "\n\n".join(blocks) + "\n"
    return Imported(text, meta, tuple(missing))


def seed_name(imported: Imported, page: Path) -> str:
    """The new seed's file name: from the headline, else the page's name."""
    return (slugify(imported.meta.get("title", "")) or slugify(page.stem) or "imported") + ".md"


def read_page(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SeedError(str(path), None, f"cannot read the page: {exc.strerror}") from None
    if len(data) > MAX_PAGE_BYTES:
        raise SeedError(str(path), None, f"the page is over {MAX_PAGE_BYTES:,} bytes")
    return data.decode("utf-8", errors="replace")


def write_new(path: Path, text: str, shown: str) -> None:
    """Write ``text`` to a file that must not exist yet."""
    try:
        with path.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise SeedError(shown, None, "already exists: not overwritten") from None


def missing_lines(imported: Imported, shown: str) -> Iterable[str]:
    return (f"{shown}: warning: {message}" for message in imported.missing)
