"""Speakers on newspaper pages (dev28): a tabloid's verbs of speech ("fumed:")
and the offices a paper shortens before a name ("U.S. Sen.", "Gov.", "MP")."""

from __future__ import annotations

import pytest

from generator.extract.entities import extract_entities
from generator.extract.quotes import extract_quotes
from generator.extract.role_words import is_role_word
from generator.model import Article, Block, Section


def speakers(paragraph: str) -> list[str | None]:
    block = Block.plain(paragraph, 3)
    article = Article(path="t.txt", title="T", slug="t", sections=(Section(None, (block,), 1),))
    return [quote.speaker for quote in extract_quotes(article).quotes]


@pytest.mark.parametrize("word", ["Sen.", "Gov.", "Rep.", "MP", "MEP", "boss"])
def test_a_shortened_office_is_a_role_word(word: str) -> None:
    assert is_role_word(word)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            'Labour MP Dan Ferris, who chairs the committee, fumed: "This is a disgrace, '
            'and ministers have known about it for years."',
            "Dan Ferris",
        ),
        (
            'U.S. Sen. Ruth Calloway, D-Colo., said on Monday that the rules "need to be '
            'enforced at every port of entry."',
            "Ruth Calloway",
        ),
        (
            '"Colorado has mined for a hundred and fifty years and will mine again," Gov. '
            "Ann Marsh said.",
            "Ann Marsh",
        ),
    ],
)
def test_the_speaker_under_a_shortened_office(paragraph: str, speaker: str) -> None:
    assert speakers(paragraph) == [speaker]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a quote that asks, then "Mr. NAME said": the title's stop ends no sentence
        (
            '"For years the first question was what happens when China cuts its price?" '
            "Mr. Pruitt said.",
            "Pruitt",
        ),
        # a relative clause after an apposition: the name before the role speaks
        (
            "Kevin Harrow, boss of Harrow Precision Motors, which makes parts for the car "
            'industry, said: "We have seen the price of magnets go up by half in three months."',
            "Kevin Harrow",
        ),
        # a relative clause straight after the speaker
        (
            'The company, which listed on the Nasdaq in 2020, said it "will not cut output '
            'this year at any of its mines".',
            "The company",
        ),
    ],
)
def test_the_speaker_past_a_title_or_a_clause(paragraph: str, speaker: str) -> None:
    assert speakers(paragraph) == [speaker]


def test_a_french_bank_is_an_organisation() -> None:
    block = Block.plain(
        '"The market has split in two," said Mathilde Garnier, head of critical minerals '
        'research at Banque Lorraine. "There is a Chinese price and a price for the rest."',
        3,
    )
    article = Article(path="t.txt", title="T", slug="t", sections=(Section(None, (block,), 1),))
    names = [e.name for e in extract_entities(article).entities if e.kind == "organisation"]
    assert names == ["Banque Lorraine"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Mining Association of Canada welcomed the decision, calling it "
            '"overdue recognition that mineral security is economic security."',
            "Mining Association of Canada",
        ),
        # a subject that names no one gives no speaker
        (
            'Prices rose on Tuesday, calling into question "the whole premise of the '
            'stockpile plan that Tokyo drew up".',
            None,
        ),
    ],
)
def test_who_names_a_thing_with_calling_it(paragraph: str, speaker: str | None) -> None:
    assert speakers(paragraph) == [speaker]


def test_an_unnamed_spokesman_of_a_long_named_department() -> None:
    paragraph = (
        'A Department for Business and Trade spokesman said: "We are working closely with '
        'industry and international partners to secure supplies."'
    )
    assert speakers(paragraph) == ["A Department for Business and Trade spokesman"]


def test_a_party_before_a_shortened_office_is_no_organisation() -> None:
    block = Block.plain(
        'Tory MP Sarah Brindley, who sits on the committee, fumed: "This is economic '
        'blackmail, pure and simple."',
        3,
    )
    article = Article(path="t.txt", title="T", slug="t", sections=(Section(None, (block,), 1),))
    found = {e.name: e for e in extract_entities(article).entities}
    assert "Tory" not in found
    assert found["Sarah Brindley"].role == "Tory MP"
