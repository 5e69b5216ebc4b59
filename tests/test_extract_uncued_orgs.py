"""Organisations named with no organisation word: what the sentence says they
do (build plants, list shares), an "its" or a "which" that refers back to them,
and the head noun of a description after them."""

from __future__ import annotations

import pytest

from generator.extract.mentions import text_mentions


def organisations(sentence: str) -> list[str]:
    return [m.name for m in text_mentions(sentence) if m.kind == "organisation"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Korea Zinc will build a germanium line at Onsan, the company said.", "Korea Zinc"),
        ("Valmont Drives said it had doubled its safety stock.", "Valmont Drives"),
        ("Investissement Québec, which owns a minority stake, declined to comment.",
         "Investissement Québec"),
        ("China Northern Rare Earth received the largest share of the quota.",
         "China Northern Rare Earth"),
        ("The deal is with Hoshino Magnetics, a motor-magnet producer based in Nagoya.",
         "Hoshino Magnetics"),
        ("It will be run by Hedland Minerals Processing, a joint venture of three miners.",
         "Hedland Minerals Processing"),
    ],
)  # fmt: skip
def test_company_named_by_what_it_does(sentence: str, name: str) -> None:
    assert name in organisations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sam Pillay said it would cut his company's start-up costs by a third.",
        "Nomsa Khumalo said the first product should be ready in late 2026.",
        "Under the deal, Hoshino will buy up to 1,500 tonnes a year.",
    ],
)
def test_person_or_one_word_is_not_made_a_company(sentence: str) -> None:
    found = organisations(sentence)
    assert "Sam Pillay" not in found and "Nomsa Khumalo" not in found and "Hoshino" not in found


def test_capitalised_modifier_at_sentence_start_belongs_to_the_title() -> None:
    found = text_mentions("Coralbay Managing director Ann Roe said the plant was ready.")
    people = {m.name: m.role for m in found if m.kind == "person"}
    assert people == {"Ann Roe": "Coralbay Managing director"}
    assert organisations("Managing director Ann Roe said the plant was ready.") == []
    assert organisations("Coralbay Managing director Ann Roe said so.") == ["Coralbay"]


@pytest.mark.parametrize(
    ("name", "clean"),
    [("Datuk Hafiz Ismail", "Hafiz Ismail"), ("Tan Sri Ali Rahman", "Ali Rahman"),
     ("Tan Wei Ming", "Tan Wei Ming"), ("Sri Mulyani Indrawati", "Sri Mulyani Indrawati"),
     ("Datuk Seri Anwar Ibrahim", "Anwar Ibrahim")],
)  # fmt: skip
def test_conferred_titles_are_not_part_of_the_name(name: str, clean: str) -> None:
    from generator.extract.aliases import without_honorific

    assert without_honorific(name) == clean


def test_short_name_is_spelled_out_from_elsewhere_in_the_article() -> None:
    from generator.extract.org_names import full_name

    texts = ["Lone Star Heavy Elements will ship ore next year.", "Lone Star said it was ready."]
    assert full_name("Lone Star", texts) == "Lone Star Heavy Elements"
    # A legal form, a title or a person after the name is not part of it.
    assert full_name("Hokuriku Magnetics", ["Hokuriku Magnetics Co. said so."]) == (
        "Hokuriku Magnetics"
    )
    glued = ["Head of procurement at Volta Motors Grace Mbeki said it was late."]
    assert full_name("Volta Motors", glued, frozenset({"Grace Mbeki"})) == "Volta Motors"


@pytest.mark.parametrize(
    ("name", "employer"),
    [("Chief Executive Officer of Corvane Magnetics", "Corvane Magnetics"),
     ("Deputy Minister of Natural Resources", None),
     ("General Motors", "General Motors"),
     ("General Administration of Customs", "General Administration of Customs")],
)  # fmt: skip
def test_title_run_into_an_employer(name: str, employer: str | None) -> None:
    from generator.extract.org_names import employer_of_title

    assert employer_of_title(name) == employer


def test_finance_word_inside_a_longer_name_makes_an_organisation() -> None:
    sentence = "The Company said Export Finance Australia has issued a letter of support."
    assert "Export Finance Australia" in organisations(sentence)
    assert organisations("Finance chiefs met in Rome on Tuesday.") == []


def test_a_name_cued_as_a_person_anywhere_is_a_person() -> None:
    from generator.extract.entities import extract_entities
    from generator.model import Article, Block, Section

    blocks = (
        Block.plain("Amara Okwuosa said it had doubled its output.", 3),
        Block.plain("Chief executive Amara Okwuosa spoke to analysts.", 5),
    )
    article = Article(path="t.txt", title="T", slug="t", sections=(Section(None, blocks, 1),))
    found = {e.name: e.kind for e in extract_entities(article).entities}
    assert found["Amara Okwuosa"] == "person"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Northgate Rare Metals (ASX: NRM) has started trial mining.", "Northgate Rare Metals"),
        ("Volcan Lithio (TSXV: VLI; OTCQB: VLIF) said on Monday.", "Volcan Lithio"),
        ("Natural Resources Canada updated the list on Friday.", "Natural Resources Canada"),
        ("The recycling plant that Circulum Recovery is building will open late.",
         "Circulum Recovery"),
        ("It needs approval from the Plurinational Legislative Assembly first.",
         "Plurinational Legislative Assembly"),
    ],
)  # fmt: skip
def test_ticker_country_and_assembly_cues(sentence: str, name: str) -> None:
    assert name in organisations(sentence)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ironhill Aurora has raised $40 million from investors.", True),
        ("Lynas still depends on feedstock from its Mount Weld mine and a licence.", False),
        ("Tasman Pacific exports rose by a fifth last year.", False),
    ],
)
def test_verb_forms_that_nouns_share_need_an_auxiliary(sentence: str, found: bool) -> None:
    names = organisations(sentence)
    assert bool({"Ironhill Aurora", "Mount Weld", "Tasman Pacific"} & set(names)) is found
