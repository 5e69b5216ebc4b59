"""Quote extraction: marks, attribution, scare quotes and sentences as fixture cases
(``fixtures/extract/quotes.txt``, ``sentences.txt``); ranking, the real seed and
any text as tests of their own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.extract.quote_scores import KEY_SCORE
from generator.extract.quotes import extract_quotes
from generator.extract.sentences import split_sentences
from generator.model import Analysis, Article, Block, Quote, Section
from tests.fixture_cases import Case, cases

SEED = Path(__file__).resolve().parent.parent / "seeds" / "beijing-conditional-openness.txt"


def article(*paragraphs: str, first_line: int = 3) -> Article:
    """An article with one lead section; paragraph n starts on line first_line + 2n."""
    blocks = tuple(Block.plain(text, first_line + 2 * i) for i, text in enumerate(paragraphs))
    return Article(path="t.txt", title="T", slug="t", sections=(Section(None, blocks, 1),))


def quotes(*paragraphs: str) -> tuple[Quote, ...]:
    return extract_quotes(article(*paragraphs)).quotes


def quote_line(quote: Quote) -> str:
    """A quote as the fixture files write it."""
    key = " [key]" if quote.is_key else ""
    return f"{quote.line}: {quote.speaker or '(no speaker)'}: {quote.text}{key}"


# --- fixture cases ----------------------------------------------------------------


@pytest.mark.parametrize("case", cases("quotes.txt"))
def test_quotes(case: Case) -> None:
    found = "\n".join(quote_line(q) for q in quotes(*case.paragraphs))
    assert found == case.expected, f"fixtures/extract/quotes.txt:{case.line}"


@pytest.mark.parametrize("case", cases("sentences.txt"))
def test_split_sentences(case: Case) -> None:
    found = split_sentences(case.input)
    assert "\n".join(s.text for s in found) == case.expected
    assert all(case.input[s.start : s.end] == s.text for s in found)


# --- ranking ---------------------------------------------------------------------


def test_key_quotes_need_a_speaker_and_favour_early_full_quotes() -> None:
    found = quotes(
        "“We will build the refinery whatever happens in Washington. The financing is in "
        "place,” said Ama Mensah, chief executive of Volta Minerals.",
        "Analysts were cautious.",
        "“Nobody knows where the price will settle this year,” one trader said.",
        "“Prices can only go one way from here, and it is up,” a broker added.",
        "Ama Mensah, asked about timing, was brief. “Soon.”",
        "“This is a long game and we intend to be here for all of it,” she said.",
    )
    assert [q.speaker for q in found] == ["Ama Mensah", "one trader", "a broker", "Ama Mensah"]
    assert found[0].score == max(q.score for q in found)
    assert found[0].score > found[3].score  # same speaker, earlier and longer
    assert found[3].score > found[1].score  # a named speaker beats "one trader"
    assert [q.is_key for q in found] == [True, False, False, False]


def test_at_most_three_key_quotes() -> None:
    paragraphs = [
        f"“Quota number {n} will be cut again before the next session opens, whatever the "
        "exporters say in public. We have told every smelter in the region to plan for a "
        "leaner year and to keep its books open to our inspectors,” said Rafael Duarte, "
        "a customs official."
        for n in range(6)
    ]
    found = quotes(*paragraphs)
    assert len(found) == 6
    assert all(q.score >= KEY_SCORE for q in found)  # all good enough: the cap decides
    assert [q.is_key for q in found] == [True, True, True, False, False, False]


def test_output_is_deterministic() -> None:
    paragraphs = (
        "“The window for a deal is open, but not for long,” said Noor Haddad, an envoy.",
        "“We are ready,” she added, “and we have been ready for months.”",
    )
    assert quotes(*paragraphs) == quotes(*paragraphs)


def test_quotes_in_analysis_sections_are_found() -> None:
    opinion = Block.plain(
        "“Resilience is a strategy, not a slogan,” said Ines Moreau, a founder.", 20
    )
    analysis = Analysis("Analysis", (Section("Our view", (opinion,), 19),), "seed", 18)
    found = extract_quotes(replace(article("No quotes in the body."), analysis=analysis)).quotes
    assert [(q.speaker, q.line) for q in found] == [("Ines Moreau", 20)]


# --- the real seed ---------------------------------------------------------------


def _read_seed() -> Article:
    plaintext = pytest.importorskip("generator.reader.plaintext")
    reader = getattr(plaintext, "read_plaintext", None)
    if reader is None:
        pytest.skip("the plain-text reader is not written yet")
    result = reader(SEED.read_text(encoding="utf-8"), "seeds/beijing-conditional-openness.txt")
    assert isinstance(result, Article)
    return result


def test_seed_key_quote() -> None:
    found = extract_quotes(_read_seed())
    keys = found.key_quotes
    assert [q.text for q in keys] == [
        "If it’s a fight, we’ll fight to the end. If it’s a talk, the door is wide open."
    ]
    assert keys[0].speaker == "a Ministry of Commerce spokesperson"
    assert all("genuine sincerity" not in q.text for q in found.quotes)


# --- any text --------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "’s",
        " said ",
        " he ",
        ". ",
        ", ",
        "Mr. ",
        "Ada Lund",
        " the ",
        "U.S.",
    ]
)


@given(st.lists(st.lists(_PIECES | st.text(max_size=6), max_size=12).map("".join), max_size=4))
def test_any_text_gives_well_formed_quotes(paragraphs: list[str]) -> None:
    found = quotes(*paragraphs)
    lines = [q.line for q in found]
    assert lines == sorted(lines)
    assert set(lines) <= {3 + 2 * i for i in range(len(paragraphs))}
    # Three words or fewer only where its own sentence names a speaker, and never key.
    short = [q for q in found if len(q.text.split()) <= 3]
    assert all(q.speaker and len(q.text.split()) >= 2 and not q.is_key for q in short)
    keys = [q for q in found if q.is_key]
    assert len(keys) <= 3 and all(q.speaker for q in keys)
