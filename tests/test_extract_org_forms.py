"""How pages write organisations' names: legal forms of southern Europe, Latin
America and Japan, in lower case or after a comma; tickers after an exchange of
two words; acronyms that leave out the body's kind; names joined by a foreign
"and"; and the words around a name that are no part of it (a sentence's
"Rival", an index, a site's sections)."""

from __future__ import annotations

import pytest

from generator.extract.mentions import text_mentions
from generator.extract.name_runs import name_runs


def organisations(sentence: str) -> list[str]:
    return [m.name for m in text_mentions(sentence) if m.kind == "organisation"]


def runs(sentence: str) -> list[str]:
    return [r.name for r in name_runs(sentence)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Fonderia Lago S.p.A., a maker of castings, will expand.", "Fonderia Lago S.p.A."),
        ("Ore comes from Vale Dourado Mineração Ltda., which runs two pits.",
         "Vale Dourado Mineração Ltda."),
        ("Aceros del Norte, S.A. de C.V. said it would restart the kiln.",
         "Aceros del Norte, S.A. de C.V."),
        ("Brackwell plc, the AIM-listed explorer, raised money.", "Brackwell plc"),
        ("Tohoku Yttrium K.K. of Sendai said it would join.", "Tohoku Yttrium K.K."),
    ],
)  # fmt: skip
def test_legal_forms_close_the_name(sentence: str, name: str) -> None:
    assert organisations(sentence) == [name]


def test_a_written_out_legal_form_may_still_take_of() -> None:
    assert runs("Leaders of the Group of Seven met.")[-1] == "Group of Seven"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Shares of Kelpie Motors (Nasdaq: KLPM) fell.", "Kelpie Motors"),
        ("Drayton Fuels (NYSE American: DRF) climbed 6%.", "Drayton Fuels"),
    ],
)
def test_ticker_after_a_mixed_case_or_two_word_exchange(sentence: str, name: str) -> None:
    assert organisations(sentence) == [name]


def test_acronym_may_leave_out_the_body_kind() -> None:
    sentence = "It is run by the Office of Nuclear Fuel and Waste Safety (NFWS)."
    assert runs(sentence)[0] == "Office of Nuclear Fuel and Waste Safety"


def test_a_foreign_and_joins_a_name_but_not_places() -> None:
    assert "Banca Popolare e Risparmio" in runs("The Banca Popolare e Risparmio, a lender, agreed.")
    assert runs("Trade between Chile y Peru grew.") == ["Trade", "Chile", "Peru"]


def test_an_apostrophe_inside_a_name_but_not_a_contraction() -> None:
    found = text_mentions("Minister of Lands Grace Mwale-Ng'ambi said the deal was signed.")
    assert [(m.name, m.role) for m in found if m.kind == "person"] == [
        ("Grace Mwale-Ng'ambi", "Minister of Lands")
    ]
    assert runs("We're told They've left Lynas's plant.") == ["Lynas"]


def test_a_sentence_opening_on_rival_keeps_it_off_the_name() -> None:
    assert organisations("Rival Coolabah Minerals (ASX: CMX) is building a mill.") == [
        "Coolabah Minerals"
    ]


def test_an_index_and_a_site_section_are_no_organisation() -> None:
    assert organisations("The FTSE All-World Oil & Gas index rose 2%.") == []
    assert organisations("Read the Market News and Business News, a daily digest.") == []


def test_its_title_before_a_name_is_the_title() -> None:
    found = text_mentions("Its head of battery research, Ana Costa, said so.")
    assert [(m.name, m.role) for m in found] == [("Ana Costa", "head of battery research")]
