"""One entity per real thing: aliases merged, the publication left out, speakers
named as the article's entities are (``extract/aliases.py``, ``extract/resolve.py``)."""

from __future__ import annotations

import pytest

from generator.annotate import EXTRACTORS
from generator.extract.aliases import (
    merge_aliases,
    organisation_alias,
    person_alias,
    without_honorific,
)
from generator.extract.resolve import resolve_entities, resolve_speaker
from generator.model import Article, Block, Entity, Section
from tests.fixture_cases import Case, cases


def annotated(*paragraphs: str, source: str | None = None) -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * i) for i, text in enumerate(paragraphs))
    article = Article(
        path="t.txt", title="T", slug="t", source_name=source, sections=(Section(None, blocks, 1),)
    )
    for extractor in EXTRACTORS:
        if extractor.name in ("quotes", "entities", "resolve"):
            article = extractor.run(article, None)  # type: ignore[arg-type]
    return article


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("Xing", "Xing Ziqiang", True),
        ("Ziqiang", "Xing Ziqiang", True),
        ("Leyen", "Ursula von der Leyen", True),
        ("Quy Kien", "Tran Quy Kien", True),
        ("Ana", "Ana de la Cruz", True),
        ("Maria", "Ana Maria Ruiz", False),
        ("Xing Ziqiang", "Xing Ziqiang", False),
    ],
)
def test_person_alias(short: str, full: str, same: bool) -> None:
    assert person_alias(short, full) is same


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("Lynas", "Lynas Rare Earths", True),
        ("Commerce Ministry", "Ministry of Commerce", True),
        ("Energy Department", "Department of Energy", True),
        ("Commission", "European Commission", True),
        ("IEA", "International Energy Agency", True),
        ("MOFCOM", "Ministry of Commerce", False),
        ("Rio", "Rio Tinto", True),
        ("Tinto Group", "Rio Tinto", False),
        ("Ministry of Finance", "Ministry of Commerce", False),
    ],
)
def test_organisation_alias(short: str, full: str, same: bool) -> None:
    assert organisation_alias(short, full) is same


def test_merge_keeps_the_fullest_name_first_role_and_first_line() -> None:
    merged = merge_aliases(
        [
            Entity("Commerce Ministry", "organisation", None, 3),
            Entity("Trump", "person", "President", 5),
            Entity("Ministry of Commerce", "organisation", "the regulator", 7),
            Entity("Donald Trump", "person", None, 9),
        ]
    )
    assert merged == (
        Entity("Ministry of Commerce", "organisation", "the regulator", 3, ("Commerce Ministry",)),
        Entity("Donald Trump", "person", "President", 5, ("Trump",)),
    )


def test_a_short_form_of_two_people_is_left_alone() -> None:
    found = merge_aliases(
        [
            Entity("Ana Lund", "person", None, 3),
            Entity("Erik Lund", "person", None, 5),
            Entity("Lund", "person", None, 7),
        ]
    )
    assert [e.name for e in found] == ["Ana Lund", "Erik Lund", "Lund"]


def test_speaker_resolution() -> None:
    entities = (
        Entity("Grace Mbeki", "person", "head of procurement at Volta Motors", 3),
        Entity("Ministry of Commerce", "organisation", None, 3, ("Commerce Ministry",)),
        Entity("Volta Motors", "organisation", None, 3),
    )
    assert resolve_speaker("Volta Motors Grace Mbeki", entities, 5) == "Grace Mbeki"
    assert resolve_speaker("Mbeki", entities, 5) == "Grace Mbeki"
    assert resolve_speaker("Dr Grace Mbeki", entities, 5) == "Grace Mbeki"
    assert resolve_speaker("Commerce Ministry", entities, 5) == "Ministry of Commerce"
    assert resolve_speaker("the ministry", entities, 5) == "Ministry of Commerce"
    # "the company": the last organisation named before that is no public body.
    assert resolve_speaker("the company", entities, 5) == "Volta Motors"
    assert resolve_speaker("the company", entities[:2], 5) == "the company"
    assert resolve_speaker("a White House spokesperson", entities, 5) == (
        "a White House spokesperson"
    )
    assert resolve_speaker(None, entities, 5) is None


def test_article_short_forms_and_the_ministry_resolved() -> None:
    article = annotated(
        "Morgan Stanley’s chief China economist Xing Ziqiang expects a deal. "
        "The Ministry of Commerce, China’s trade regulator, approved licences.",
        "“Exports will recover slowly,” Xing said.",
        "“Compliant trade will be facilitated,” the ministry said.",
        "Lynas Rare Earths Ltd, an Australian miner, rose. Lynas Ltd said it was ready.",
    )
    assert [q.speaker for q in article.quotes] == ["Xing Ziqiang", "Ministry of Commerce"]
    names = [e.name for e in article.entities]
    assert names.count("Xing Ziqiang") == 1 and "Xing" not in names


def test_the_publication_is_no_entity_of_its_own_article() -> None:
    article = annotated(
        "Ana Ruiz, an analyst at Rare Earth Exchanges, and Bo Lind, an editor at the "
        "Harbour Times, disagreed with Eva Moss, an economist at Fitch Ratings.",
        source="Harbour Times",
    )
    names = [e.name for e in article.entities]
    assert "Rare Earth Exchanges" not in names and "Harbour Times" not in names
    assert "Fitch Ratings" in names


def test_a_person_quoted_by_name_is_one_of_the_people() -> None:
    article = annotated("“We will not wait for Brussels,” Henrik Aalto said.")
    assert [(e.name, e.kind) for e in article.entities] == [("Henrik Aalto", "person")]


def test_resolution_is_idempotent() -> None:
    article = annotated(
        "Head of procurement at Volta Motors Grace Mbeki said costs were rising. "
        "“We are buying uncertainty,” Mbeki said."
    )
    assert resolve_entities(article) == article
    assert [q.speaker for q in article.quotes] == ["Grace Mbeki"]


def test_a_surname_speaker_is_named_in_full_from_the_text() -> None:
    article = annotated(
        "The bill was written by Ruth Calloway and two colleagues.",
        "“A stockpile is only a start,” Calloway said.",
    )
    assert [q.speaker for q in article.quotes] == ["Ruth Calloway"]
    assert ("Ruth Calloway", "person") in [(e.name, e.kind) for e in article.entities]


def test_the_official_is_the_unnamed_official_quoted_before() -> None:
    article = annotated(
        "“The queue is long,” said a former Pentagon supply-chain official, who asked "
        "not to be named.",
        "“Nobody has the capacity,” the official said.",
        "“Prices will rise before the summer,” the trader said.",
    )
    assert [q.speaker for q in article.quotes] == [
        "a former Pentagon supply-chain official",
        "a former Pentagon supply-chain official",
        "the trader",
    ]


def test_an_unnamed_speaker_stops_before_a_relative_clause() -> None:
    article = annotated(
        "“Everyone is waiting for the licences,” said one broker in Lagos who trades cobalt."
    )
    assert [q.speaker for q in article.quotes] == ["one broker in Lagos"]


def test_a_speaker_loses_the_end_of_a_title_and_a_capital_the() -> None:
    entities = (Entity("European Commission", "organisation", None, 3),)
    assert resolve_speaker("Mines Letícia Barros", entities, 5) == "Letícia Barros"
    assert resolve_speaker("Supply Chains Renata Sowell", entities, 5) == "Renata Sowell"
    assert resolve_speaker("The European Commission", entities, 5) == "European Commission"
    assert resolve_speaker("Harbour Mining Tom Reyes", entities, 5) == "Harbour Mining Tom Reyes"


def speaker_lines(article: Article) -> list[str]:
    """An article's quotes, then its entities, as ``fixtures/extract/speakers.txt`` writes them."""
    quotes = [f"{q.line}: {q.speaker or '(no speaker)'}: {q.text}" for q in article.quotes]
    entities = [
        f"{e.line}: {e.kind} {e.name}" + (f" — {e.role}" if e.role else "")
        for e in article.entities
    ]
    return quotes + entities


@pytest.mark.parametrize("case", cases("speakers.txt"))
def test_speakers(case: Case) -> None:
    found = "\n".join(speaker_lines(annotated(*case.paragraphs)))
    assert found == case.expected, f"fixtures/extract/speakers.txt:{case.line}"


def test_a_written_out_style_of_office_is_no_part_of_the_name() -> None:
    assert without_honorific("Honourable Jonathan Wilkinson-Roy") == "Jonathan Wilkinson-Roy"


def test_a_common_noun_a_release_defines_is_the_company_it_stands_for() -> None:
    article = annotated(
        'Ferrovia Critical Minerals Corp. (TSXV: FCM) ("Ferrovia" or the "Company") '
        "closed a placement led by Red Cloud Securities Inc.",
        "Proceeds will fund a pilot plant for the Company's Lac Gris project in Quebec.",
    )
    names = [e.name for e in article.entities if e.kind == "organisation"]
    assert "Company" not in names
    assert {"Company", "Ferrovia"} <= set(article.entities[0].aliases)


def test_a_surname_speaker_is_the_author_the_byline_names_in_full() -> None:
    blocks = (Block.plain('"Almost none could name the separator," said Varga.', 3),)
    article = Article(
        path="t.txt",
        title="T",
        slug="t",
        author="Ilse Varga and Marcus Penn",
        sections=(Section(None, blocks, 1),),
    )
    for extractor in EXTRACTORS:
        if extractor.name in ("quotes", "entities", "resolve"):
            article = extractor.run(article, None)  # type: ignore[arg-type]
    assert [q.speaker for q in article.quotes] == ["Ilse Varga"]
