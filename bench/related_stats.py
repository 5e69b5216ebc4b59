"""How varied the "Related articles" lists and the topic pages of the benchmark corpus are.

    python -m bench.related_stats                 # 40 synthetic seeds, the repository's, the test corpus
    python -m bench.related_stats --articles 250

Prints, for the corpus ``bench.digest`` builds (synthetic seeds, the real seeds
and the test corpus): how many articles; how many distinct related lists there
are; how many articles appear in nobody's related list; the mean number of
topics an article carries and how many carry six or more; the largest topic
page; and whether the real seed and the tariff-truce article list each other.

Measured when topics went by relevance and related articles by rarity (issue
14), 44 articles: 15 distinct lists and 30 articles in nobody's list before,
44 and 1 after; 254 articles: 48 and 230 before, 254 and 3 after.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from bench.digest import corpus_project
from generator.annotate import annotate_source
from generator.corpus import Corpus, build_corpus, distinct_slugs
from generator.errors import Diagnostic
from generator.model import Article
from generator.project import Project, read_common
from generator.reader import find_seeds
from generator.reader.source import SeedSource, read_sources

SEED_SLUG = "beijing-signals-conditional-openness-to-trade-talks-as-washington-reaches-out"
TRUCE_SLUG = "u-s-and-china-agree-90-day-tariff-truce-after-geneva-talks"


def gathered(root: Path) -> Corpus:
    """The corpus of the project at ``root``, as the pipeline gathers it."""
    project = Project.at(root)
    diagnostics: list[Diagnostic] = []
    taxonomy = read_common(project, diagnostics).taxonomy
    sources = read_sources(find_seeds(project.seeds_dir), project.show)
    found = [
        annotate_source(source, taxonomy).article
        for source in sources.values()
        if isinstance(source, SeedSource)
    ]
    return build_corpus(distinct_slugs([a for a in found if not a.draft], diagnostics), taxonomy)


def figures(articles: Sequence[Article], related: Mapping[str, Sequence[Article]]) -> list[str]:
    lists = {tuple(other.slug for other in others) for others in related.values()}
    listed = {other.slug for others in related.values() for other in others}
    topic_counts = [len(a.topics) for a in articles]
    pages: dict[str, int] = {}
    for article in articles:
        for slug in article.topics:
            pages[slug] = pages.get(slug, 0) + 1
    biggest = max(pages.items(), key=lambda item: (item[1], item[0]), default=("-", 0))
    return [
        f"articles                        {len(articles)}",
        f"distinct related lists          {len(lists)}",
        f"articles in nobody's list       {sum(a.slug not in listed for a in articles)}",
        f"topics per article (mean)       {statistics.fmean(topic_counts or [0]):.1f}",
        f"articles with 6+ topics         {sum(n >= 6 for n in topic_counts)}",
        f"largest topic page              {biggest[0]} ({biggest[1]} articles)",
        f"topic pages                     {len(pages)}",
    ]


def seed_neighbours(related: Mapping[str, Sequence[Article]]) -> list[str]:
    """Whether the real seed and the tariff-truce article list each other."""

    def lists(one: str, other: str) -> str:
        return "yes" if other in {a.slug for a in related.get(one, ())} else "no"

    return [
        f"the seed lists the truce        {lists(SEED_SLUG, TRUCE_SLUG)}",
        f"the truce lists the seed        {lists(TRUCE_SLUG, SEED_SLUG)}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40, help="synthetic seeds (default 40)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = gathered(corpus_project(Path(folder), args.articles))
    for line in figures(corpus.articles, corpus.related_articles):
        print(line)
    for line in seed_neighbours(corpus.related_articles):
        print(line)


if __name__ == "__main__":
    main()
