"""The closing analysis: seed first, then the writer's sidecar, then a labelled draft."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.analysis import DRAFT_HEADING, ensure_analysis
from generator.errors import SeedError
from generator.model import Analysis, Article, Block, Quote, Section, Statement
from generator.paths import ANALYSIS_SUFFIX, sidecar_path
from generator.reader.analysis_sidecar import load_writer_analysis, parse_writer_analysis
from generator.taxonomy import Taxonomy, Topic

TAXONOMY = Taxonomy(
    (
        Topic("export-controls", "Export controls"),
        Topic("critical-minerals", "Critical minerals"),
    )
)

LEAD = (
    "Beijing added gallium and germanium to its export licence list on Monday. "
    "Chipmakers in Japan said stocks would last weeks. "
    "A third sentence should never reach the bottom line."
)

SEED_ANALYSIS = Analysis(
    "REEx Analysis: Licences as Leverage",
    (Section(None, (Block.plain("The curbs are a warning shot.", 30),), 30),),
    "seed",
    29,
)
WRITER_ANALYSIS = Analysis(
    "REEx Analysis",
    (Section(None, (Block.plain("Our analyst's view.", 1),), 1),),
    "sidecar",
    1,
)


def story(**changes: object) -> Article:
    base = Article(
        path="seeds/gallium.txt",
        title="China Tightens Gallium Exports",
        slug="gallium",
        sections=(
            Section(None, (Block.plain(LEAD, 3),), 3),
            Section("Industry reacts", (Block.plain("Prices jumped 12 percent.", 6),), 5),
        ),
    )
    return replace(base, **changes)


def draft_of(article: Article, taxonomy: Taxonomy | None = None) -> Analysis:
    analysis = ensure_analysis(article, None, taxonomy).analysis
    assert analysis is not None
    return analysis


def section(analysis: Analysis, heading: str) -> Section:
    return next(s for s in analysis.sections if s.heading == heading)


# --- choosing the analysis ----------------------------------------------------


def test_seed_analysis_wins_over_the_writers() -> None:
    article = story(analysis=SEED_ANALYSIS)
    assert ensure_analysis(article, WRITER_ANALYSIS) is article


def test_writer_analysis_is_used_when_the_seed_has_none() -> None:
    assert ensure_analysis(story(), WRITER_ANALYSIS).analysis == WRITER_ANALYSIS


def test_writer_analysis_replaces_an_earlier_draft() -> None:
    drafted = ensure_analysis(story(), None)
    assert ensure_analysis(drafted, WRITER_ANALYSIS).analysis == WRITER_ANALYSIS


def test_draft_is_stable_when_ensured_twice() -> None:
    drafted = ensure_analysis(story(), None)
    assert ensure_analysis(drafted, None) is drafted


# --- the automated draft -----------------------------------------------------


def test_draft_is_labelled_as_unreviewed() -> None:
    analysis = draft_of(story())
    assert analysis.origin == "draft"
    assert analysis.heading == DRAFT_HEADING == "REEx Analysis (automated draft)"
    notice = analysis.sections[0]
    assert notice.heading is None
    text = notice.blocks[0].text
    assert "automated draft" in text
    assert "article's own text" in text
    assert "not been reviewed by an analyst" in text


def test_bottom_line_uses_highlights_as_bullets() -> None:
    highlights = ("Gallium licences now required.", "Japanese chipmakers hold weeks of stock.")
    bottom = section(draft_of(story(highlights=highlights)), "Bottom line")
    assert [b.text for b in bottom.blocks] == list(highlights)
    assert {b.kind for b in bottom.blocks} == {"bullet"}


def test_single_highlight_is_a_paragraph() -> None:
    bottom = section(draft_of(story(highlights=("One point only.",))), "Bottom line")
    assert [(b.text, b.kind) for b in bottom.blocks] == [("One point only.", "paragraph")]


def test_bottom_line_falls_back_to_the_lead_sentences() -> None:
    bottom = section(draft_of(story()), "Bottom line")
    assert [(b.text, b.line) for b in bottom.blocks] == [
        (
            "Beijing added gallium and germanium to its export licence list on Monday. "
            "Chipmakers in Japan said stocks would last weeks.",
            3,
        )
    ]


def test_long_first_sentence_stands_alone() -> None:
    long_lead = (
        "The commerce ministry in Beijing said on Thursday that exporters of seven medium "
        "and heavy rare earths must now apply for licences, citing national security. "
        "Shipments paused at once."
    )
    article = story(sections=(Section(None, (Block.plain(long_lead, 4),), 4),))
    bottom = section(draft_of(article), "Bottom line")
    assert bottom.blocks[0].text.endswith("citing national security.")


def test_key_signals_quote_the_attributed_key_quotes() -> None:
    quotes = (
        Quote("We will not be the first to blink", "Wang Wentao", 8, 0.9, True),
        Quote("Stocks last six weeks", None, 9, 0.8, True),
        Quote("This is routine licensing", "Lin Jian", 10, 0.7, True),
        Quote("Prices are silly", "A trader", 11, 0.1, False),
    )
    signals = section(draft_of(story(quotes=quotes)), "Key signals")
    assert [(b.text, b.line, b.kind) for b in signals.blocks] == [
        ("Wang Wentao: “We will not be the first to blink”", 8, "bullet"),
        ("Lin Jian: “This is routine licensing”", 10, "bullet"),
    ]


def test_key_signals_fall_back_to_all_attributed_quotes() -> None:
    quotes = (Quote("Demand is holding up", "Analyst Mei Lin", 7),)
    signals = section(draft_of(story(quotes=quotes)), "Key signals")
    assert [b.text for b in signals.blocks] == ["Analyst Mei Lin: “Demand is holding up”"]


def test_long_quotes_are_shortened() -> None:
    words = " ".join(f"word{n}" for n in range(50))
    signals = section(draft_of(story(quotes=(Quote(words, "Ana Ruiz", 7),))), "Key signals")
    text = signals.blocks[0].text
    assert text.startswith("Ana Ruiz: “word0 word1")
    assert "word29 …”" in text and "word30" not in text


def test_what_to_watch_lists_the_outlook() -> None:
    outlook = (
        Statement("Licences could be granted by late Q3.", 6, "by late Q3"),
        Statement("Japan plans to tap its stockpile.", 9, "plans to"),
    )
    watch = section(draft_of(story(outlook=outlook)), "What to watch")
    assert [(b.text, b.line, b.kind) for b in watch.blocks] == [
        ("Licences could be granted by late Q3.", 6, "bullet"),
        ("Japan plans to tap its stockpile.", 9, "bullet"),
    ]


def test_topics_use_taxonomy_titles_or_slugs() -> None:
    article = story(topics=("export-controls", "critical-minerals"))
    with_titles = section(draft_of(article, TAXONOMY), "Topics at stake")
    assert [b.text for b in with_titles.blocks] == ["Export controls", "Critical minerals"]
    with_slugs = section(draft_of(article), "Topics at stake")
    assert [b.text for b in with_slugs.blocks] == ["export-controls", "critical-minerals"]


def test_empty_sections_are_skipped() -> None:
    headings = [s.heading for s in draft_of(story()).sections]
    assert headings == [None, "Bottom line"]
    bare = Article(path="t.txt", title="T", slug="t")
    assert [s.heading for s in draft_of(bare).sections] == [None]


def test_full_draft_has_every_section_in_order() -> None:
    article = story(
        highlights=("Licences now required.",),
        quotes=(Quote("We are ready", "Lin Jian", 8, 1.0, True),),
        outlook=(Statement("Prices may climb next quarter.", 6, "next quarter"),),
        topics=("export-controls",),
    )
    analysis = draft_of(article, TAXONOMY)
    assert [s.heading for s in analysis.sections] == [
        None,
        "Bottom line",
        "Key signals",
        "What to watch",
        "Topics at stake",
    ]
    assert analysis.line == 6


# --- the writer's sidecar ----------------------------------------------------


def test_sidecar_path_sits_beside_the_seed() -> None:
    assert sidecar_path(Path("seeds/gallium.txt"), ANALYSIS_SUFFIX) == Path(
        "seeds/gallium.analysis.md"
    )


def test_sidecar_is_parsed_with_lines(tmp_path: Path) -> None:
    path = tmp_path / "gallium.analysis.md"
    path.write_text(
        "\n"
        "# REEx Analysis: A Shot Across the Bow\n"
        "\n"
        "Beijing is testing how much pain\n"
        "buyers will take.\n"
        "\n"
        "## What it means\n"
        "- Licences become a dial, not a switch.\n"
        "- Expect Japan to draw on reserves,\n"
        "  and to say so loudly.\n"
        "\n"
        "Western refiners gain a talking point.\n",
        encoding="utf-8",
    )
    analysis = load_writer_analysis(path)
    assert analysis == Analysis(
        "REEx Analysis: A Shot Across the Bow",
        (
            Section(
                None,
                (Block.plain("Beijing is testing how much pain buyers will take.", 4),),
                4,
            ),
            Section(
                "What it means",
                (
                    Block.plain("Licences become a dial, not a switch.", 8, "bullet"),
                    Block.plain(
                        "Expect Japan to draw on reserves, and to say so loudly.", 9, "bullet"
                    ),
                    Block.plain("Western refiners gain a talking point.", 12),
                ),
                7,
            ),
        ),
        "sidecar",
        2,
    )


def test_sidecar_without_title_gets_the_default_heading() -> None:
    analysis = parse_writer_analysis("Supply is thin.\n\n## Risks\n- Floods.\n", "x.analysis.md")
    assert analysis.heading == "REEx Analysis"
    assert analysis.sections == (
        Section(None, (Block.plain("Supply is thin.", 1),), 1),
        Section("Risks", (Block.plain("Floods.", 4, "bullet"),), 3),
    )
    assert analysis.line == 1


def test_first_level_two_heading_is_the_title() -> None:
    analysis = parse_writer_analysis("## Our Take\nSupply is thin.\n", "x.analysis.md")
    assert analysis.heading == "Our Take"
    assert analysis.sections == (Section(None, (Block.plain("Supply is thin.", 2),), 2),)


def test_sidecar_text_stays_plain() -> None:
    analysis = parse_writer_analysis("Buy <b>now</b> & *hold*.\r\n", "x.analysis.md")
    assert analysis.sections[0].blocks == (Block.plain("Buy <b>now</b> & *hold*.", 1),)


def test_missing_sidecar_is_none(tmp_path: Path) -> None:
    assert load_writer_analysis(tmp_path / "absent.analysis.md") is None


@pytest.mark.parametrize("content", [b"", b"\n  \n\t\n"])
def test_empty_sidecar_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.analysis.md"
    path.write_bytes(content)
    with pytest.raises(SeedError) as caught:
        load_writer_analysis(path)
    assert (caught.value.path, caught.value.line) == (str(path), 1)
    assert "empty" in caught.value.message


def test_sidecar_with_only_a_heading_is_refused() -> None:
    with pytest.raises(SeedError) as caught:
        parse_writer_analysis("\n\n# REEx Analysis\n\n", "x.analysis.md")
    assert caught.value.line == 3


def test_invalid_utf8_sidecar_reports_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.analysis.md"
    path.write_bytes(b"# Heading\n\nFine line.\nBroken \xff byte.\n")
    with pytest.raises(SeedError) as caught:
        load_writer_analysis(path)
    assert caught.value.line == 4
    assert "UTF-8" in caught.value.message


def test_a_sidecar_beside_a_seed_with_its_own_analysis_is_reported(tmp_path: Path) -> None:
    from generator.pipeline import Project, generate

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "Gallium Quotas Tighten\n\nChina cut gallium export quotas on Monday.\n\n"
        "REEx Analysis\n\nQuotas are the new tariffs.\n"
    )
    (seeds / "a.analysis.md").write_text("## REEx Analysis\n\nA second opinion.\n")
    result = generate(Project.at(tmp_path))
    (warning,) = [d for d in result.diagnostics if d.path == "seeds/a.analysis.md"]
    assert warning.severity == "warning" and warning.line == 1
    assert "seeds/a.txt has its own analysis (line 5)" in warning.message
    (article,) = result.articles
    assert article.analysis is not None and article.analysis.origin == "seed"
