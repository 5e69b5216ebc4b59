"""The same articles as posts of Material's own blog plugin: the second baseline.

``make_blog_project(built, blog)`` lays out a Material site whose blog holds
every article the generator made in ``built`` (its ``.generated/articles/``), as
a writer using the blog plugin would keep them: one Markdown post each, with
its date, title, description and its topics as categories, and an excerpt
marker after the lead. The theme, the overrides, the hand-written pages and the
Markdown extensions are the site's own; the plugins are Material's ``search``
and ``blog`` with their defaults (index and archive pages by ten, a page per
category), nothing fetched. So the build shows what MkDocs and Material cost
for these articles as a blog, set beside the plain build of the generated
pages and the build with our plugin.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import yaml

BLOG_DIR = "blog"
EXCERPT = "<!-- more -->"
# An article without a date still needs one to be a post.
UNDATED = dt.date(1970, 1, 1)


def make_blog_project(built: Path, blog: Path, generated: str = ".generated") -> Path:
    """A blog site in ``blog`` made of the articles generated in ``built``."""
    if blog.exists():
        shutil.rmtree(blog)
    blog.mkdir(parents=True)
    shutil.copytree(built / "overrides", blog / "overrides")
    shutil.copytree(built / "docs", blog / "docs")
    posts = blog / "docs" / BLOG_DIR / "posts"
    posts.mkdir(parents=True)
    count = 0
    for article in sorted((built / generated / "articles").glob("*.md")):
        if article.name == "index.md":
            continue
        post = as_post(article.read_text(encoding="utf-8"))
        if post is not None:
            (posts / article.name).write_text(post, encoding="utf-8")
            count += 1
    (blog / "docs" / BLOG_DIR / "index.md").write_text("# Articles\n", encoding="utf-8")
    (blog / "docs" / "index.md").write_text(
        f"# Rare earths and trade\n\n{count} articles in the [blog]({BLOG_DIR}/index.md).\n",
        encoding="utf-8",
    )
    (blog / "mkdocs.yml").write_text(
        yaml.safe_dump(blog_config(built / "mkdocs.yml"), sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return blog


def blog_config(config_file: Path) -> dict[str, Any]:
    """The site's configuration with Material's search and blog plugins only."""
    config: dict[str, Any] = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    config["plugins"] = ["search", {"blog": {"blog_dir": BLOG_DIR}}]
    config["nav"] = [{"Home": "index.md"}, {"Articles": f"{BLOG_DIR}/index.md"}, "about.md"]
    return config


def as_post(page: str) -> str | None:
    """A generated article page as a blog post: front matter the blog plugin
    reads, the same Markdown, an excerpt marker after the lead paragraph."""
    if not page.startswith("---\n"):
        return None
    head, _, body = page[4:].partition("\n---\n")
    meta = yaml.safe_load(head) or {}
    if meta.get("reex", {}).get("kind", "article") != "article":
        return None
    date = meta.get("date")
    post_meta: dict[str, Any] = {
        "title": meta.get("title", ""),
        "description": meta.get("description", ""),
        "date": dt.date.fromisoformat(str(date)) if date else UNDATED,
        "categories": list(meta.get("reex", {}).get("topic_titles", [])),
    }
    return (
        "---\n"
        + yaml.safe_dump(post_meta, sort_keys=False, allow_unicode=True)
        + "---\n"
        + (with_excerpt(body))
    )


def with_excerpt(body: str) -> str:
    """The excerpt marker after the first paragraph that follows the headline and
    byline (the lead), as a blog writer marks it; index pages show the excerpt."""
    blocks = body.split("\n\n")
    texts = [i for i, block in enumerate(blocks) if block.strip() and not _furniture(block)]
    if len(texts) < 2:
        return body
    lead = texts[1]
    return "\n\n".join([*blocks[: lead + 1], EXCERPT, *blocks[lead + 1 :]])


def _furniture(block: str) -> bool:
    stripped = block.strip()
    return stripped.startswith('<p class="reex-byline"')
