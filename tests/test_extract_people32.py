"""People, organisations and speakers on pages dense in them (dev32): a quote's
credit line under it, a member's letters after a name, a style of two words,
an office's portfolio after "for"."""

from __future__ import annotations

import pytest

from generator.extract.aliases import without_honorific
from generator.extract.entities import extract_entities
from generator.extract.quotes import extract_quotes
from generator.extract.speaker_forms import credit_line_name
from generator.model import Article, Block, Entity, Quote, Section
from tests.reader_story import LEAD, MORE, body_text, headings, read


def article(*paragraphs: str) -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * i) for i, text in enumerate(paragraphs))
    return Article(path="t.txt", title="T", slug="t", sections=(Section(None, blocks, 1),))


def quotes(*paragraphs: str) -> tuple[Quote, ...]:
    return extract_quotes(article(*paragraphs)).quotes


def entities(*paragraphs: str) -> tuple[Entity, ...]:
    return extract_entities(article(*paragraphs)).entities


QUOTE_ONE = (
    "“No single supplier should be able to stop a wind farm with a licence form. "
    "We share the problem and now we share the solution.”"
)
QUOTE_TWO = "“Pooling orders gives small buyers the bargaining power of the largest ones.”"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Henrik Valtonen, Executive Vice-President for Industrial Resilience", "Henrik Valtonen"),
        ("The Honourable Claire Whitmore MP, Minister for Resources", "Claire Whitmore"),
        ("The Rt Hon Owen Pritchard MP, Secretary of State for Business", "Owen Pritchard"),
        ("Dr. Ana Ruiz, head of research at Volta Labs", "Ana Ruiz"),
    ],
)
def test_a_credit_line_names_the_person_before_the_office(line: str, name: str) -> None:
    assert credit_line_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        # a sentence: the speech is reported, not credited
        "Henrik Valtonen, the vice-president, agreed.",
        # no office after the comma
        "Brussels, Strasbourg and Luxembourg",
        # a place and a date line
        "Toronto, Ontario",
        # one word is no person's name
        "Valtonen, Executive Vice-President",
    ],
)
def test_a_line_that_credits_no_one(line: str) -> None:
    assert credit_line_name(line) is None


def test_a_quote_paragraph_is_credited_to_the_line_under_it() -> None:
    found = quotes(
        "The Commission proposed a partnership on magnets with two partners today.",
        QUOTE_ONE,
        "Henrik Valtonen, Executive Vice-President for Industrial Resilience",
        QUOTE_TWO,
        "Marta Esteves-Lind, Commissioner for Trade and Economic Security",
    )
    assert [q.speaker for q in found] == ["Henrik Valtonen", "Marta Esteves-Lind"]


def test_a_credit_line_does_not_credit_a_quote_with_a_speaker_before_it() -> None:
    found = quotes(
        "Valtonen said:",
        QUOTE_ONE,
        "Marta Esteves-Lind, Commissioner for Trade and Economic Security",
    )
    assert [q.speaker for q in found] != ["Marta Esteves-Lind"]


def test_the_reader_keeps_credit_lines_as_text_not_headings_nor_footer() -> None:
    page = read(
        "Commission proposes a magnet partnership\n\n"
        f"{LEAD}\n\n{MORE}\n\nQuotes\n\n{QUOTE_ONE}\n\n"
        "Henrik Valtonen, Executive Vice-President for Industrial Resilience\n\n"
        f"{QUOTE_TWO}\n\n"
        "Marta Esteves-Lind, Commissioner for Trade and Economic Security\n\n"
        "For More Information\n\nShare this page\n"
    )
    assert not any("Valtonen" in h or "Esteves" in h for h in headings(page))
    assert "Henrik Valtonen, Executive" in body_text(page)
    assert "Marta Esteves-Lind, Commissioner" in body_text(page)


def test_a_members_letters_are_no_part_of_the_name_and_the_role_follows_them() -> None:
    found = entities("The Honourable Claire Whitmore MP, Minister for Resources, spoke.")
    people = [(e.name, e.role) for e in found if e.kind == "person"]
    assert people == [("Honourable Claire Whitmore", "Minister for Resources")]


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Rt Hon Owen Pritchard", "Owen Pritchard"),
        ("the Rt Hon Owen Pritchard", "Owen Pritchard"),
        ("Right Honourable Jane Roe", "Jane Roe"),
        # "Right" alone is a name's word
        ("Right Said", "Right Said"),
        ("Rt Roe", "Rt Roe"),
    ],
)
def test_a_style_of_two_words_comes_off_a_name(name: str, bare: str) -> None:
    assert without_honorific(name) == bare


@pytest.mark.parametrize(
    "sentence",
    [
        "Henrik Valtonen, Executive Vice-President for Industrial Resilience, spoke.",
        "Owen Pritchard, Secretary of State for Business and Trade, spoke.",
        "Tom Acker, Deputy Assistant Secretary for Land and Minerals Management, spoke.",
    ],
)
def test_an_offices_portfolio_after_for_is_no_organisation(sentence: str) -> None:
    assert [e.name for e in entities(sentence) if e.kind == "organisation"] == []


def test_a_spokesperson_for_a_company_still_names_it() -> None:
    found = entities("Jane Roe, a spokesperson for Halvard Motion Inc., declined to comment.")
    assert "Halvard Motion Inc." in [e.name for e in found if e.kind == "organisation"]


def test_a_lead_in_naming_its_speaker_is_no_heading_and_credits_the_quote() -> None:
    page = read(
        "Coolabah signs an offtake\n\n"
        f"{LEAD}\n\n{MORE}\n\nManaging Director and CEO Callum Fraser said:\n\n"
        "“This is the agreement our financiers have been waiting for. It takes the "
        "biggest risk out of the project and puts us on a clear path to a decision.”\n\n"
        "Key terms of the agreement\n\n"
        "The agreement is subject to customary conditions, including a final investment "
        "decision by the end of June next year and product qualification.\n"
    )
    assert headings(page) == ["Key terms of the agreement"]
    assert [q.speaker for q in extract_quotes(page).quotes] == ["Callum Fraser"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("“We keep building,” said Chairman and Chief Executive Officer Gregory Tan.",
         "Chairman and Chief Executive Officer"),
        ("Managing Director and CEO Callum Fraser said the deal was done.",
         "Managing Director and CEO"),
        # a company before "and" is no title
        ("Rio Tinto and CEO Jane Roe met the minister.", "CEO"),
    ],
)  # fmt: skip
def test_a_capitalised_title_before_and_is_the_same_persons(sentence: str, role: str) -> None:
    assert [e.role for e in entities(sentence) if e.kind == "person"] == [role]


def test_under_secretary_keeps_its_first_word_in_the_role_and_the_speaker_is_named() -> None:
    sentence = (
        "“We will not allow it,” said Under Secretary of Commerce for Industry and "
        "Security Victor Albrecht."
    )
    people = [(e.name, e.role) for e in entities(sentence) if e.kind == "person"]
    assert people == [("Victor Albrecht", "Under Secretary of Commerce for Industry and Security")]
    assert [q.speaker for q in quotes(sentence)] == ["Victor Albrecht"]


def test_under_opening_a_sentence_is_still_no_part_of_a_name() -> None:
    found = entities("Under Chairman Ann Roe, Halvard Motion Inc. doubled its output.")
    assert ("Ann Roe", "Chairman") in [(e.name, e.role) for e in found]


def test_a_portfolio_after_a_title_is_no_employer() -> None:
    found = entities(
        "“Companies have been warned,” said Assistant Secretary for Export Enforcement "
        "Renata Solis."
    )
    assert [(e.name, e.kind) for e in found] == [("Renata Solis", "person")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("They will not help build them for the People's Liberation Army.",
         "People's Liberation Army"),
        ("The People’s Bank of China cut its reserve ratio.", "People’s Bank of China"),
        ("Workers' Party leaders met on Monday.", "Workers' Party"),
    ],
)  # fmt: skip
def test_a_peoples_possessive_is_inside_the_bodys_name(sentence: str, name: str) -> None:
    assert [e.name for e in entities(sentence) if e.kind == "organisation"] == [name]


def test_a_peoples_possessive_before_lower_case_words_names_nothing() -> None:
    assert entities("People's savings rose and the Army said nothing.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # several bodies under one plural head
        "A committee of the Departments of Commerce, State and Energy decides.",
        # a law or a rulebook
        "All items subject to the Export Administration Regulations need a licence.",
        "The Critical Raw Materials Act entered into force in May.",
    ],
)
def test_a_plural_head_and_a_laws_name_are_no_organisations(sentence: str) -> None:
    assert [e.name for e in entities(sentence) if e.kind == "organisation"] == []


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("“We cannot legislate geology,” Subcommittee Chair Dana Holloway said.",
         ("Dana Holloway", "Subcommittee Chair")),
        ("Ranking Member Luis Arredondo urged members to look beyond stockpiles.",
         ("Luis Arredondo", "Ranking Member")),
    ],
)  # fmt: skip
def test_a_bodys_kind_or_a_modifier_before_a_title_is_no_organisation(
    sentence: str, person: tuple[str, str]
) -> None:
    found = entities(sentence)
    assert [(e.name, e.role) for e in found] == [person]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Rep. Carl Whitfield (R-TX) asked whether reform needed new law.", "Carl Whitfield"),
        ("Gen. Ann Roe inspected the plant.", "Ann Roe"),
    ],
)
def test_an_honorific_of_office_marks_a_person(sentence: str, name: str) -> None:
    assert [e.name for e in entities(sentence) if e.kind == "person"] == [name]


def test_an_office_in_a_body_is_no_part_of_its_name() -> None:
    found = entities(
        "Dr. Priya Ramaswamy, Director of the Critical Materials Institute at Colorado "
        "Mountain University, told the subcommittee so."
    )
    organisations = [e.name for e in found if e.kind == "organisation"]
    assert organisations == ["Critical Materials Institute", "Colorado Mountain University"]


def test_an_office_over_a_field_keeps_the_run_whole() -> None:
    # "Natural Resources" names no body: the office's words stay on.
    found = entities("Deputy Minister of Natural Resources and Environment Tran Quoc Hai spoke.")
    assert "Natural Resources" not in [e.name for e in found]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("A senior US trade official, speaking on condition of anonymity, described the "
         "deal as “a ceasefire with the weapons still loaded”.", "A senior US trade official"),
        ("A U.S. Treasury official, speaking on condition of anonymity, said the rule "
         "“moves in the wrong direction.”", "A U.S. Treasury official"),
    ],
)  # fmt: skip
def test_an_anonymity_aside_is_no_part_of_the_speaker(paragraph: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(paragraph)] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The market prices a permanent shortage,” analysts at Goldman Sachs led by "
        "Hannah Crowell wrote in a note.",
        "“The market prices a permanent shortage,” wrote Goldman analysts led by Hannah Crowell.",
    ],
)
def test_a_team_speaks_through_who_leads_it(paragraph: str) -> None:
    assert [q.speaker for q in quotes(paragraph)] == ["Hannah Crowell"]


def test_a_round_led_by_a_fund_names_no_speaker_of_its_own() -> None:
    found = quotes("“We are ready,” said the founder of a start-up whose round was led by Ann Roe.")
    assert [q.speaker for q in found] != ["Ann Roe"]


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("Ironvale buys oxide from Kinross Bay Rare Earths of Saskatchewan.",
         "Kinross Bay Rare Earths"),
        ("Kobayashi Rare Metals Co., Ltd. of Osaka will supply the oxide.",
         "Kobayashi Rare Metals Co., Ltd."),
    ],
)  # fmt: skip
def test_a_province_or_city_after_of_is_no_part_of_a_firms_name(
    sentence: str, organisation: str
) -> None:
    assert [e.name for e in entities(sentence) if e.kind == "organisation"] == [organisation]


def test_a_states_long_name_is_a_place() -> None:
    found = entities("The United States and the People's Republic of China announced a truce.")
    assert [e.name for e in found] == []


@pytest.mark.parametrize("name", ["Victoria Lee", "Georgia Meloni", "Joe Montana"])
def test_given_names_and_surnames_spelled_like_states_stay_names(name: str) -> None:
    found = entities(f"{name}, chief executive of Acme Corp, said the plant would open.")
    assert name in [e.name for e in found if e.kind == "person"]


def test_a_nations_adjective_is_no_part_of_a_ministrys_name() -> None:
    found = entities(
        "Talks open with the Japanese Ministry of Economy, Trade and Industry and the "
        "Korean Ministry of Trade, Industry and Energy."
    )
    assert [e.name for e in found] == [
        "Ministry of Economy, Trade and Industry",
        "Ministry of Trade, Industry and Energy",
    ]


def test_a_nations_adjective_stays_in_an_academys_name() -> None:
    found = entities("The Chinese Academy of Sciences published the study.")
    assert [e.name for e in found] == ["Chinese Academy of Sciences"]


def test_member_states_are_no_person() -> None:
    assert entities("Delays hit manufacturers in at least nine Member States.") == ()


def test_a_plural_title_names_each_person_of_the_list_without_a_role() -> None:
    found = entities("Judges Robert Ianelli and Samuel Okafor joined the opinion.")
    assert [(e.name, e.role) for e in found] == [("Robert Ianelli", None), ("Samuel Okafor", None)]


def test_a_plural_title_does_not_make_a_company_a_person() -> None:
    found = entities("Analysts Ann Roe and Acme Mining disagreed on the outlook.")
    assert ("Acme Mining", "organisation") in [(e.name, e.kind) for e in found]


def test_a_surnames_title_fills_the_full_names_missing_role() -> None:
    found = entities(
        "The hearing was chaired by Rep. Dana Holloway (R-NV).",
        "“We cannot legislate geology,” Subcommittee Chair Holloway said.",
    )
    assert [(e.name, e.role) for e in found if e.kind == "person"] == [
        ("Dana Holloway", "Subcommittee Chair")
    ]


def test_an_honorific_before_a_listed_person_is_no_firm() -> None:
    found = entities(
        "Priya talks with Caleb Hurst, founder of the consultancy Ironwood Minerals "
        "Advisory, and Dr. Amara Nwosu, a trade economist at the Center for Strategic "
        "and International Studies, about tariffs."
    )
    assert "Dr" not in [e.name for e in found]


def test_a_habit_of_saying_is_no_part_of_the_speaker() -> None:
    found = quotes(
        "Jonas Lindqvist, head of procurement at Volta, likes to say that “a supply chain "
        "is only as diverse as its narrowest point”."
    )
    assert [q.speaker for q in found] == ["Jonas Lindqvist"]


def test_who_after_a_sentences_subject_marks_a_person_for_a_later_he() -> None:
    found = quotes(
        "Priya Natarajan, an analyst at Volta Research, expects prices to rise.",
        "Caleb Ormsby, who runs procurement at Veltrix Drives, put it bluntly. “We will "
        "pay more for a magnet we can count on,” he said.",
    )
    assert [q.speaker for q in found] == ["Caleb Ormsby"]


def test_who_after_a_name_alone_lists_no_person() -> None:
    # Given no role and no quote, the person is no entity (only a later "he").
    assert entities("In Kinshasa, Jean Mbeki, who was born there, disagreed.") == ()
