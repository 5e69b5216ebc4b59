"""Organisations and people on pages dense in firms and public bodies (dev35):
names holding "U.S.-", "and" or "on", portfolios with two fields, a weekday or
a description before a name, a company named by a general's title, boards and
schemes of an organisation, places in brackets, "Majority Leader"."""

from __future__ import annotations

import pytest

from tests.entity_story import organisations, people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The survey was released today by the U.S.-China Business Council (USCBC).",
            "U.S.-China Business Council",
        ),
        (
            "Redhawk Minerals and Metals Inc. will recover scandium from mill tailings.",
            "Redhawk Minerals and Metals Inc.",
        ),
        (
            "An official at the Office of Management and Budget said the plan was costed.",
            "Office of Management and Budget",
        ),
        (
            "She chairs the Senate Appropriations Subcommittee on Energy and Water Development.",
            "Senate Appropriations Subcommittee on Energy and Water Development",
        ),
        (
            "The procurement arm, Defence Equipment and Support (DE&S), signed the deal.",
            "Defence Equipment and Support",
        ),
        ("The lot went to a firm, with Less Common Metals Ltd as lead.", "Less Common Metals Ltd"),
        ("On Wednesday Halcyon Motors agreed to take magnets.", "Halcyon Motors"),
    ],
)
def test_one_organisation_across_its_inner_words(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_subcommittee_joins_only_its_fields() -> None:
    found = organisations(
        "Hearing of the House Armed Services Subcommittee on Tactical Air and Land Forces."
    )
    assert not any("Tactical" in name or name == "Land Forces" for name in found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Treasurer Ann Roe blocked a Hong Kong-registered fund from buying shares.", "Kong"),
        ("Circulum Magnets of Lyon recovers magnets from hard drives.", "Lyon"),
        ("The company is run from Texas A&M (College Station, Texas) by engineers.", "Station"),
        ("Learn more about FECM's Critical Minerals and Materials program.", "Critical"),
        ("Stefan Vollrath, a member of KfW's Executive Board, said so.", "Executive Board"),
        ("Bosch's purchasing chief for Asia Pacific, Friederike Lang, said so.", "Asia"),
        ("Senate Majority Leader Thomas Whitaker has not said.", "Senate"),
        ("Air Vice-Marshal Catherine Holt said the deal mattered.", "Air"),
    ],
)
def test_no_organisation_from_descriptions_places_and_parts(text: str, wrong: str) -> None:
    assert not any(wrong in name for name in organisations(text))


def test_a_portfolio_with_two_fields_is_no_organisation() -> None:
    text = (
        '"These projects matter," said Assistant Secretary for Fossil Energy and '
        "Carbon Management Nathaniel Greer."
    )
    assert organisations(text) == []
    assert people(text) == {
        "Nathaniel Greer": "Assistant Secretary for Fossil Energy and Carbon Management"
    }


def test_a_company_named_by_a_title_is_no_person() -> None:
    text = "Lockheed Martin, RTX and General Dynamics are the named buyers."
    found = people(text)
    assert "Dynamics" not in found
    assert found.get("Lockheed Martin") is None  # no role from the clause after it


def test_a_rank_with_a_hyphen_is_a_title() -> None:
    assert people("Air Vice-Marshal Catherine Holt said the deal mattered.") == {
        "Catherine Holt": "Air Vice-Marshal"
    }


def test_a_site_part_is_no_person() -> None:
    assert people("The full report is in the USCBC Member Portal.") == {}


def uncued(text: str, known: tuple[str, ...] = ()) -> list[str]:
    """Organisations the context pass adds to the known ones."""
    found = organisations(text)
    return [name for name in found if name not in known]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jefferies kept its Hold rating on the stock.", "Jefferies"),
        ("KeyBanc also held its Sector Weight rating.", "KeyBanc"),
        ("Citi on Tuesday raised its price target on the miner.", "Citi"),
        ("Prices are linked to an index published by Fastmarkets.", "Fastmarkets"),
        ("Nordmag signed a five-year offtake with Siemens Gamesa on Monday.", "Siemens Gamesa"),
        ("It signed supply agreements with Uno Minda and Sona Comstar.", "Sona Comstar"),
        ("Commerzbank and Hamburger Sparkasse will lend a further €35 million.", "Commerzbank"),
    ],
)
def test_what_firms_do_with_one_another_names_them(text: str, name: str) -> None:
    assert name in uncued(text)


def test_a_list_names_each_member_after_its_country() -> None:
    text = (
        "The makers under test include India's Kalyan Magnetics, South Korea's Star "
        "Precision and Japan's Proterial, according to a list."
    )
    assert {"Star Precision", "Proterial"} <= set(organisations(text))


def test_a_list_member_known_by_its_short_name() -> None:
    text = "Aisin Corp. said so. Denso, Aisin and Robert Bosch GmbH have begun tests."
    assert "Denso" in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Suppliers in partner countries with a strategic partnership with the EU may bid.",
        'Separately, China\'s Ministry of Commerce said its regime "is lawful" and fair.',
    ],
)
def test_no_firm_from_a_partnership_or_an_opening_adverb(text: str) -> None:
    assert not {"EU", "Separately"} & set(organisations(text))


def test_a_quotation_after_a_legal_form_opens_a_sentence() -> None:
    from generator.extract.sentences import split_sentences

    text = 'said Tomoko Hirai of Aisin Corp. "Every motor we design has two sources."'
    assert [s.text[:6] for s in split_sentences(text)] == ["said T", '"Every']


def test_a_role_closing_on_a_legal_form_keeps_its_stop() -> None:
    text = (
        '"We are adding a lane," said Tomoko Hirai, executive officer for procurement '
        'at Aisin Corp. "Every motor has to take magnets from two regions."'
    )
    assert people(text) == {"Tomoko Hirai": "executive officer for procurement at Aisin Corp."}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Magnovia was represented by Hollander Maas Advocaten in Amsterdam.",
            "Hollander Maas Advocaten",
        ),
        (
            "Jade Harbour could seek a review in the Administrative Review Tribunal.",
            "Administrative Review Tribunal",
        ),
        ("The package includes a €120 million loan from KfW.", "KfW"),
    ],
)
def test_law_firms_tribunals_and_lenders(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_list_is_read_back_from_its_last_member() -> None:
    text = "He said Volkswagen, ZF Friedrichshafen and Schaeffler will lend the plant money."
    assert {"Volkswagen", "ZF Friedrichshafen", "Schaeffler"} <= set(organisations(text))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Priscilla Tan has joined Meridian Rare Metals as chief financial officer from Rio Tinto.",
            "Priscilla Tan",
            "chief financial officer",
        ),
        (
            "Alan Osgood, formerly of the Defense Logistics Agency, is now head of government "
            "affairs at the Rare Earth Industry Association (REIA).",
            "Alan Osgood",
            "head of government affairs at the Rare Earth Industry Association",
        ),
    ],
)
def test_people_moves_give_the_new_role(text: str, name: str, role: str) -> None:
    assert people(text).get(name) == role


def test_a_plural_owner_keeps_its_bare_apostrophe_in_the_role() -> None:
    text = "Less Common Metals' managing director, Hannah Greaves, said the line would grow."
    assert people(text) == {"Hannah Greaves": "Less Common Metals' managing director"}


def test_a_name_less_its_opening_word_and_legal_form_is_the_same_firm() -> None:
    from generator.extract.aliases import organisation_alias

    assert organisation_alias("Common Metals", "Less Common Metals Ltd")
    assert not organisation_alias("Metals", "Less Common Metals Ltd")


@pytest.mark.parametrize(
    ("source", "issuer"),
    [
        ("U.S. Department of Energy", True),
        ("Coolabah Valley Resources Limited", True),
        ("U.S.-China Business Council", True),
        ("Asia Times", False),
        ("Xinhua News Agency", False),
        ("Argus Media", False),
        ("StreetLens", False),
    ],
)
def test_a_body_publishing_its_own_release_is_in_its_news(source: str, issuer: bool) -> None:
    from generator.extract.resolve import issues_its_own_news

    assert issues_its_own_news(source) is issuer


def test_an_office_of_two_fields_without_its_acronym() -> None:
    text = "The Office of Fossil Energy and Carbon Management will fund seven pilots."
    assert organisations(text) == ["Office of Fossil Energy and Carbon Management"]


@pytest.mark.parametrize(
    "text",
    [
        "Plant manager Rosa Delgado told the station prices had doubled.",
        "The Legislature approved the grant in March.",
    ],
)
def test_a_workplace_or_a_chamber_alone_is_no_organisation(text: str) -> None:
    assert not {"Plant", "Legislature"} & set(organisations(text))


def test_the_senate_alone_is_no_organisation() -> None:
    text = "The bill now goes to the full Senate, where its timing is uncertain."
    assert organisations(text) == []
