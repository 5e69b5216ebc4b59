"""The extractor chain and the reader registry, declared as data and held to it."""

from __future__ import annotations

from pathlib import Path

from generator.annotate import EXTRACTORS, annotate
from generator.model import Article, Block, Section
from generator.reader import READERS, Seed, is_seed
from generator.reader.analysis_sidecar import parse_writer_analysis
from generator.reader.source import SeedSource
from generator.taxonomy import Taxonomy, Topic

TAXONOMY = Taxonomy((Topic("tariffs", "Tariffs", ("tariff",), "Import taxes."),))


def test_every_extractor_runs_after_those_it_reads() -> None:
    names = [extractor.name for extractor in EXTRACTORS]
    assert len(set(names)) == len(names)
    for position, extractor in enumerate(EXTRACTORS):
        earlier = names[:position]
        assert all(name in earlier for name in extractor.after), extractor.name


def test_no_extractor_reads_the_writers_analysis() -> None:
    """The sidecar's analysis takes its place after the chain: its quotes and topic
    words are the writer's, not the article's."""
    lead = Block.plain("Ore prices held steady on Monday.", 3)
    article = Article(
        path="s.txt", title="Ore Prices", slug="ore-prices", sections=(Section(None, (lead,), 3),)
    )
    sidecar = parse_writer_analysis(
        "“Tariffs will bite before long,” said Ana Ruiz, a trader.\n", "s.analysis.md"
    )
    source = SeedSource(Path("s.txt"), "s.txt", b"")
    annotated = annotate(Seed(source, article, sidecar), TAXONOMY, [])
    assert annotated.analysis == sidecar
    assert annotated.quotes == () and annotated.topics == () and annotated.entities == ()


def test_a_seed_is_a_file_a_reader_claims() -> None:
    assert set(READERS) == {".txt", ".md"}
    assert is_seed(Path("seeds/a.txt")) and is_seed(Path("seeds/a.md"))
    assert not is_seed(Path("seeds/a.analysis.md")) and not is_seed(Path("seeds/a.yml"))


def test_the_main_topic_is_kept_with_the_article_as_the_kicker_would_find_it() -> None:
    """An annotated article carries its main topic; the kicker of a cached build
    reads it instead of every text again, and says what working it out says."""
    from dataclasses import replace

    from generator.annotate import read_and_annotate
    from generator.extract.main_topic import main_topic
    from generator.pages.lead import kicker
    from generator.taxonomy import load_taxonomy

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    taxonomy = load_taxonomy(seeds / "topics.yml")
    seed = seeds / "beijing-conditional-openness.txt"
    article = read_and_annotate(seed, "seeds/" + seed.name, taxonomy, [])
    assert article.main_topic
    assert article.main_topic == main_topic(article, taxonomy)
    recomputed = kicker(replace(article, main_topic=None), taxonomy)
    assert kicker(article, taxonomy) == recomputed
    assert recomputed is not None and recomputed["slug"] == article.main_topic
