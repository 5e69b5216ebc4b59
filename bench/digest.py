"""A digest over every generated page, to show that a change leaves output alone.

    python -m bench.digest [--articles 1000] [--list]

The corpus is the benchmark's synthetic seeds (``bench.corpus``, fixed random
seed), the repository's seeds and the test corpus, generated in one process.
The first line printed is the SHA-256 over every page's path and bytes; with
``--list``, one line per page follows (its digest and path), for finding which
pages differ between two runs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from bench.corpus import write_corpus

REPO = Path(__file__).resolve().parent.parent


def corpus_project(root: Path, articles: int) -> Path:
    """A project folder whose seeds are the synthetic corpus, the repository's
    seeds and the test corpus (repository files win on a name clash)."""
    seeds = root / "seeds"
    write_corpus(articles, seeds)
    for source in (REPO / "seeds", REPO / "tests" / "fixtures" / "corpus"):
        for path in sorted(source.iterdir()):
            if path.is_file():
                shutil.copy2(path, seeds / path.name)
    return root


def page_digests(pages: Mapping[str, str | bytes]) -> dict[str, str]:
    return {
        path: hashlib.sha256(page if isinstance(page, bytes) else page.encode()).hexdigest()
        for path, page in sorted(pages.items())
    }


def site_digest(digests: Mapping[str, str]) -> str:
    whole = hashlib.sha256()
    for path, digest in sorted(digests.items()):
        whole.update(f"{path}\0{digest}\n".encode())
    return whole.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--list", action="store_true", help="also print each page's digest")
    args = parser.parse_args()
    os.environ.setdefault("REEX_JOBS", "1")
    from generator.pipeline import Project, generate
    from generator.siteconfig import read_site_settings

    with tempfile.TemporaryDirectory() as folder:
        project = corpus_project(Path(folder), args.articles)
        result = generate(Project.at(project, **read_site_settings(REPO)))
    digests = page_digests(result.pages)
    print(f"{site_digest(digests)}  {len(digests)} pages, {len(result.articles)} articles")
    if args.list:
        for path, digest in digests.items():
            print(f"{digest}  {path}")


if __name__ == "__main__":
    main()
