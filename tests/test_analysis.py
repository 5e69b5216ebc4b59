"""The closing analysis: seed first, then the writer's sidecar, then a labelled draft."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from generator.analysis import DRAFT_HEADING, UNDATED, WATCH_HEADING, ensure_analysis
from generator.analysis_context import NOTHING_YET, bottom_line, with_site_context
from generator.errors import SeedError
from generator.model import Analysis, Article, Block, Quote, Section, Span, Statement
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


def draft_of(article: Article) -> Analysis:
    analysis = ensure_analysis(article, None).analysis
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
    assert "not reviewed by an analyst" in text
    assert "no judgement of its own" in text


def _texts(analysis: Analysis) -> str:
    return " ".join(b.text for s in analysis.sections for b in s.blocks)


def test_draft_repeats_nothing_the_page_shows() -> None:
    """No lead, no highlight, no quote of a callout, no topic list: only the
    statement the page shows nowhere but in its flow."""
    in_lead = "Chipmakers in Japan said stocks would last weeks."
    quoted = "Licences could take months to clear"
    fresh = "Prices could climb again by late Q3."
    article = story(
        date=dt.date(2025, 5, 12),
        highlights=("Gallium licences are now required.",),
        quotes=(Quote(quoted, "Wang Wentao", 6, 0.9, True),),
        topics=("export-controls", "critical-minerals"),
        outlook=(
            Statement(in_lead, 3, "would"),
            Statement(f"“{quoted},” he said.", 6, "could"),
            Statement(fresh, 7, "by late Q3"),
        ),
    )
    analysis = draft_of(article)
    text = _texts(analysis)
    assert fresh in text
    for shown in (in_lead, quoted, "Gallium licences", "Beijing added gallium", "Export controls"):
        assert shown not in text
    assert [s.heading for s in analysis.sections] == [None, WATCH_HEADING]
    assert section(analysis, WATCH_HEADING).blocks[0].spans[0] == Span(
        "By late Q3 2025", style="strong"
    )


def test_what_to_watch_goes_by_when_the_statements_fall_due() -> None:
    outlook = (
        Statement("Japan plans to tap its stockpile.", 9, "plans to"),
        Statement("A second plant opens next year.", 10, "next year"),
        Statement("Licences could be granted by late Q3.", 11, "by late Q3"),
        Statement("Talks resume in the coming weeks.", 12, "in the coming weeks"),
    )
    watch = section(draft_of(story(date=dt.date(2025, 5, 12), outlook=outlook)), WATCH_HEADING)
    assert [(b.spans[0].text, b.line, b.kind) for b in watch.blocks] == [
        ("Weeks after May 12, 2025", 12, "bullet"),
        ("By late Q3 2025", 11, "bullet"),
        ("2026", 10, "bullet"),
        (UNDATED, 9, "bullet"),
    ]
    assert watch.blocks[1].text == "By late Q3 2025 — Licences could be granted by late Q3."


def test_a_modal_claim_is_dated_by_a_year_it_names() -> None:
    outlook = (
        Statement("First production is expected to follow, targeted for 2027.", 9, "expected to"),
        Statement("Output in 2024 fell, and prices could rise.", 10, "could"),
    )
    watch = section(draft_of(story(date=dt.date(2025, 5, 12), outlook=outlook)), WATCH_HEADING)
    assert [b.spans[0].text for b in watch.blocks] == ["2027", UNDATED]


def test_an_undated_article_dates_only_what_names_a_year() -> None:
    outlook = (
        Statement("Output doubles next year.", 9, "next year"),
        Statement("The mine opens in 2027.", 10, "in 2027"),
        Statement("Licences issued in 2022 could lapse.", 11, "could"),
    )
    watch = section(draft_of(story(outlook=outlook)), WATCH_HEADING)
    assert [b.spans[0].text for b in watch.blocks] == ["2027", UNDATED, UNDATED]


def test_a_draft_without_statements_is_the_notice_alone() -> None:
    assert [s.heading for s in draft_of(story()).sections] == [None]
    assert draft_of(story()).line == 6


def test_site_context_follows_the_draft_and_nothing_yet_is_said() -> None:
    earlier = Section("Earlier on this site", (Block.plain("An article.", 6, "bullet"),), 6)
    bare = draft_of(story())
    assert with_site_context(bare, earlier).sections[-1] == earlier
    alone = with_site_context(bare, None)
    assert alone.sections[-1].blocks[0].text == NOTHING_YET
    watched = draft_of(story(outlook=(Statement("It may rain next week.", 6, "next week"),)))
    assert with_site_context(watched, None) == watched
    assert with_site_context(SEED_ANALYSIS, earlier) is SEED_ANALYSIS


# --- a real analysis' bottom line ----------------------------------------------


def _analysis(*blocks: Block, heading: str | None = None, origin: str = "seed") -> Analysis:
    return Analysis("REEx Analysis", (Section(heading, blocks, 1),), origin, 1)  # type: ignore[arg-type]


def test_bottom_line_is_the_last_sentence_of_the_last_paragraph() -> None:
    analysis = _analysis(
        Block.plain("First thought. Second thought.", 1),
        Block.plain("Watch the quotas.", 2, "bullet"),
        Block.plain("Talks matter. But resilience must commence.", 3),
        Block.plain("Watch the ports.", 4, "bullet"),
    )
    assert bottom_line(analysis) == "But resilience must commence."


def test_a_bottom_line_the_analysis_names_wins() -> None:
    said = _analysis(
        Block.plain("Bottom line: quotas are the new tariffs.", 1), Block.plain("Later.", 2)
    )
    assert bottom_line(said) == "quotas are the new tariffs."
    headed = Analysis(
        "REEx Analysis",
        (
            Section("Bottom line", (Block.plain("Buy the dip. Or not.", 1),), 1),
            Section("Risks", (Block.plain("Floods.", 2),), 2),
        ),
        "sidecar",
        1,
    )
    assert bottom_line(headed) == "Buy the dip. Or not."


def test_no_bottom_line_from_a_draft_or_nothing() -> None:
    assert bottom_line(None) is None
    assert bottom_line(draft_of(story())) is None
    assert bottom_line(_analysis(Block.plain("Only a bullet.", 1, "bullet"))) == "Only a bullet."


def test_a_long_bottom_line_is_shortened() -> None:
    words = " ".join(f"word{n}" for n in range(60)) + "."
    line = bottom_line(_analysis(Block.plain(words, 1)))
    assert line is not None and line.endswith("word44 …") and "word45" not in line


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
