"""Forward-looking statements: sentence splitting, markers, order and lines."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.outlook import extract_outlook, find_marker, split_sentences
from generator.model import Analysis, Article, Block, Section, Statement

SEED_SENTENCE = (
    "According to Morgan Stanley’s Xing Ziqiang, a partial reduction in U.S. tariffs could "
    "occur by late Q2, with broader moves expected toward year-end."
)


def sentences(text: str) -> list[str]:
    return [text[begin:end] for begin, end in split_sentences(text)]


def article(*blocks: Block, date: dt.date | None = dt.date(2025, 4, 24)) -> Article:
    return Article(
        path="t.txt", title="T", slug="t", date=date, sections=(Section(None, blocks, 3),)
    )


def test_splitter_keeps_us_and_titles_inside_sentences() -> None:
    text = (
        "Dr. Chen met U.S. officials in Geneva. The E.U. delegation, led by Mr. Okafor, "
        "arrived late! Was it planned? Nobody at Acme Corp. would say."
    )
    assert sentences(text) == [
        "Dr. Chen met U.S. officials in Geneva.",
        "The E.U. delegation, led by Mr. Okafor, arrived late!",
        "Was it planned?",
        "Nobody at Acme Corp. would say.",
    ]


def test_splitter_handles_quotes_and_decimals() -> None:
    text = "Output rose 3.5 percent. “We are ready,” she said. “Are you?” He nodded."
    assert sentences(text) == [
        "Output rose 3.5 percent.",
        "“We are ready,” she said.",
        "“Are you?”",
        "He nodded.",
    ]


def test_splitter_on_blank_and_unpunctuated_text() -> None:
    assert split_sentences("   ") == []
    assert sentences("  no full stop here  ") == ["no full stop here"]


def test_seed_sentence_is_found_with_its_time_marker() -> None:
    lead = "Beijing has responded to outreach with measured rhetoric."
    result = extract_outlook(article(Block.plain(f"{lead} {SEED_SENTENCE}", 17)))
    assert result.outlook == (Statement(SEED_SENTENCE, 17, "by late Q2"),)


@pytest.mark.parametrize(
    ("sentence", "marker"),
    [
        ("Exports should recover toward year-end.", "toward year-end"),
        ("The mine reopens by the end of the year.", "by the end of the year"),
        ("Quotas will be revised next year.", "next year"),
        ("Shipments resume early next quarter.", "early next quarter"),
        ("A second refinery opens in 2027.", "in 2027"),
        ("Talks continue in the coming months.", "in the coming months"),
        ("The ministry publishes new rules later this year.", "later this year"),
        ("Europe wants 40 percent domestic processing by 2030.", "by 2030"),
        ("Prices could double.", "could"),
        ("Beijing may widen the ban.", "may"),
        ("Stockpiles might run short.", "might"),
        ("The deal is expected to pass.", "is expected to"),
        ("Magnet makers are likely to raise prices.", "are likely to"),
        ("Output will likely fall.", "will likely"),
        ("Lynas plans to expand its Texas site.", "plans to"),
        ("The plant is set to open.", "is set to"),
        ("Analysts forecast a deficit.", "forecast"),
        ("Could the truce hold?", "Could"),
    ],
)
def test_markers(sentence: str, marker: str) -> None:
    assert find_marker(sentence, 2025) == marker


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports fell in May.",
        "The plant opened in 2019.",
        "By 2019 the plant was closed.",
        "Officials could have acted sooner.",
        "The firm may not have known.",
        "China produced most of the world's rare earth oxides last year.",
        "Prime Minister Theresa May visited Beijing.",
    ],
)
def test_backward_looking_sentences_have_no_marker(sentence: str) -> None:
    assert find_marker(sentence, 2025) is None


def test_time_marker_is_preferred_over_an_earlier_modal() -> None:
    assert find_marker("Rates could fall by mid-2026.", 2025) == "by mid-2026"


def test_year_counts_against_the_articles_own_date() -> None:
    block = Block.plain("The smelter restarts in 2024.", 4)
    assert extract_outlook(article(block, date=dt.date(2023, 11, 2))).outlook != ()
    assert extract_outlook(article(block, date=dt.date(2025, 1, 9))).outlook == ()
    undated = article(block, date=None)
    assert extract_outlook(undated, reference_year=2024).outlook != ()
    assert extract_outlook(undated, reference_year=2026).outlook == ()


def test_statements_are_in_order_with_lines_and_deduplicated() -> None:
    result = extract_outlook(
        article(
            Block.plain("Tariffs rose in March. The EU may respond.", 5),
            Block.plain("Lithium prices fell.\nA deal could come next month.", 7),
            Block.plain("The EU may respond.", 10, "pull_quote"),
            Block.plain("Officials plan to meet in Geneva.", 12, "bullet"),
        )
    )
    assert result.outlook == (
        Statement("The EU may respond.", 5, "may"),
        Statement("A deal could come next month.", 8, "next month"),
        Statement("Officials plan to meet in Geneva.", 12, "plan to"),
    )


def test_analysis_sections_are_not_read() -> None:
    opinion = Analysis(
        "REEx Analysis",
        (Section(None, (Block.plain("Washington could act by 2026.", 30),), 30),),
        "seed",
        29,
    )
    source = article(Block.plain("Prices fell.", 3))
    source = Article(
        path=source.path,
        title=source.title,
        slug=source.slug,
        date=source.date,
        sections=source.sections,
        analysis=opinion,
    )
    assert extract_outlook(source).outlook == ()


def test_statement_text_collapses_whitespace() -> None:
    result = extract_outlook(article(Block.plain("Quotas   could\n  tighten.", 9)))
    assert result.outlook == (Statement("Quotas could tighten.", 9, "could"),)
