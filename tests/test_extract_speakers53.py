"""Speakers and people of dev53's round (business, markets and trade news): turns
labelled by first names, "the chief executive" for the person named with that job,
a speaker's clause before the speech verb ("agreed, but said", "posted a reply
saying", "who called it"), roles opened by "who heads" or "currently", modifiers of
a title before an employer, plural fields of a lower-case title, a body speaking of
itself as "it", and the article's own author named in its body."""

from __future__ import annotations

import pytest

from generator.extract.aliases import without_honorific
from generator.extract.clause_subjects import before_coordinated_verb, before_issued, before_who
from generator.extract.entities import extract_entities
from generator.extract.interview import first_names, interview_turns
from generator.extract.mentions import text_mentions
from generator.extract.quotes import extract_quotes
from generator.extract.resolve import resolve_entities
from generator.extract.speaker_phrases import speaker_before, speaker_naming
from generator.extract.titles import apposition_role, lowercase_title
from generator.model import Article, Block, Entity, Quote, Section


def article(*paragraphs: str, author: str | None = None) -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * i) for i, text in enumerate(paragraphs))
    section = Section(None, blocks, 1)
    return Article(path="t.txt", title="T", slug="t", sections=(section,), author=author)


def resolved(*paragraphs: str, author: str | None = None) -> Article:
    return resolve_entities(extract_entities(extract_quotes(article(*paragraphs, author=author))))


def quotes(*paragraphs: str) -> tuple[Quote, ...]:
    return resolved(*paragraphs).quotes


def entities(*paragraphs: str, author: str | None = None) -> list[Entity]:
    return list(resolved(*paragraphs, author=author).entities)


# --- interviews labelled by first names ----------------------------------------

INTRO = "Gunnar Rasmussen spent nineteen years at the freight group Nordlast. I spoke to him."


def test_first_name_labels_are_the_turns_of_the_person_named_in_full() -> None:
    paragraphs = [
        INTRO,
        "Ingrid: You left a very comfortable job. Why?",
        "Gunnar: Because customers kept asking where their cobalt had been.",
        "Ingrid: Isn't that the miner's job?",
        "Gunnar: The miner knows the first mile and the carmaker the last.",
    ]
    turns = interview_turns(paragraphs, [(0, "Gunnar Rasmussen")])
    # The interviewer, never introduced in the body, asks; her questions are no quotes.
    assert [(t.paragraph, t.speaker) for t in turns] == [
        (2, "Gunnar Rasmussen"),
        (4, "Gunnar Rasmussen"),
    ]


def test_a_first_name_two_people_share_names_no_one() -> None:
    people = [(0, "Peter de Groot"), (0, "Peter Lindqvist"), (1, "Willem de Groot")]
    assert first_names(people) == {"Willem": "Willem de Groot"}


def test_a_first_name_label_needs_the_full_name_on_the_page() -> None:
    paragraphs = [
        "Prices rose again this week.",
        "Maya: Why now?",
        "Tomas: Because the licences stalled.",
        "Maya: And next year?",
        "Tomas: More of the same.",
    ]
    assert interview_turns(paragraphs, []) == []


# --- "the chief executive" -----------------------------------------------------


def test_the_chief_executive_is_the_person_named_with_that_job() -> None:
    found = quotes(
        "Chief Executive Officer Renata Gollwitzer told analysts that customers had "
        "“simply stopped placing orders until they know what they can ship.”",
        "Another analyst, Bruno Esterhuizen of Tolland Brothers, asked about pricing. The "
        "chief executive replied that the weakness was “almost entirely a volume story.”",
    )
    assert [q.speaker for q in found] == ["Renata Gollwitzer", "Renata Gollwitzer"]


def test_the_chief_executive_with_no_one_of_that_job_stays_as_written() -> None:
    found = quotes(
        "Analyst Noor Qureshi asked about Asia.",
        "The chief executive replied that it was “being studied, but not soon.”",
    )
    assert [q.speaker for q in found] == ["The chief executive"]


# --- the speaker's clause before the speech verb -------------------------------


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        (
            "His successor, Dr. Claudia Wendeborn, chief executive of the gearbox maker "
            "Wendeborn Antriebe, agreed, but said the federation would ",
            "Claudia Wendeborn",
        ),
        (
            "Opposition senator Camila Fuenzalida, who voted against the bill, posted a "
            "reply saying the cut was ",
            "Camila Fuenzalida",
        ),
        ("Prices jumped and analysts said they would ", "analysts"),
    ],
)
def test_the_subject_of_an_earlier_verb_speaks(before: str, speaker: str) -> None:
    assert speaker_before(before) == speaker


def test_a_clause_with_speech_of_its_own_gives_no_subject() -> None:
    assert before_coordinated_verb("X told reporters that prices had dropped, and ") is None
    assert before_coordinated_verb("The association welcomed the rule and ") == "The association,"
    assert before_issued("The senator posted a reply ") == "The senator"
    assert before_issued("The senator voted against it ") is None


def test_a_who_clause_names_the_one_calling_it() -> None:
    namer = (
        "Her view was shared by Felix Draganov, head of metals research at Calloway "
        "Securities, who called the measure "
    )
    assert before_who("Felix Draganov, head of X, who ") == "Felix Draganov, head of X,"
    assert speaker_naming(namer) == "Felix Draganov"


# --- roles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "role"),
    [
        (", who heads purchasing, spends", "heads purchasing"),
        (", currently president of the company's Asia unit, would", "president of the company's Asia unit"),
        (", now a partner at Fitch, said", "partner at Fitch"),
        (", who leads the mobility practice at Tarang Advisors, said", "leads the mobility practice at Tarang Advisors"),
        (", who runs procurement at Veltrix Drives, put", "runs procurement at Veltrix Drives"),
    ],
)  # fmt: skip
def test_an_apposition_opened_by_who_or_currently_keeps_the_job(after: str, role: str) -> None:
    assert apposition_role(after) == role


def test_a_who_clause_of_no_job_is_no_role() -> None:
    assert apposition_role(", who voted against the bill, posted") is None
    assert apposition_role(", leads the market, said") is None
    assert apposition_role(", leads the market, said") is None


def test_a_lower_case_title_keeps_its_plural_field() -> None:
    assert lowercase_title("Heavy industries secretary ") == "industries secretary"
    assert lowercase_title("the mining minister ") == "mining minister"


@pytest.mark.parametrize(
    ("sentence", "role", "bodies"),
    [
        ("Former NITI Aayog member Harish Bhatnagar argued so.", "Former NITI Aayog member", []),
        ("Non-executive chairman Dr Helen Ashworth said so.", "Non-executive chairman", []),
        ("Coralbay Managing director Ann Roe said so.", "Coralbay Managing director", ["Coralbay"]),
        (
            "Acting Vexal chief executive Ann Roe said so.",
            "Acting Vexal chief executive",
            ["Vexal"],
        ),
    ],
)
def test_a_title_modifier_opening_the_run_is_no_body(
    sentence: str, role: str, bodies: list[str]
) -> None:
    found = text_mentions(sentence)
    assert [m.role for m in found if m.kind == "person"] == [role]
    assert [m.name for m in found if m.kind == "organisation"] == bodies


def test_another_opens_no_organisation() -> None:
    found = entities("Another analyst, Bruno Esterhuizen of Tolland Brothers, asked about pricing.")
    assert "Another" not in {e.name for e in found}


# --- who is a person of the story ----------------------------------------------


def test_a_speaker_speaking_of_itself_as_it_is_a_body() -> None:
    found = entities(
        "Selat Mas said in a statement that it had “complied fully with every permit "
        "condition” and expected to resume exports."
    )
    assert [(e.name, e.kind) for e in found] == [("Selat Mas", "organisation")]


def test_a_quoted_person_stays_a_person() -> None:
    found = entities("Rizal Pohan said members were angry. “We read it in the paper,” Pohan said.")
    assert [(e.name, e.kind) for e in found] == [("Rizal Pohan", "person")]


def test_the_author_named_in_the_body_is_no_person_of_the_story() -> None:
    text = (
        "“Without the floor, we would have mothballed the site,” Lyndhurst Chief Executive "
        "Officer Abigail Strand told BTN's Dana Whitfield on “Closing Bell.”",
        "Whitfield, who has covered the company since its listing, asked about Asia.",
    )
    names = {e.name for e in entities(*text, author="Dana Whitfield and Kieran Molloy")}
    assert "Abigail Strand" in names
    assert "Dana Whitfield" not in names
    # Without the byline she is one of the people named.
    assert "Dana Whitfield" in {e.name for e in entities(*text)}


def test_the_author_quoted_in_the_body_stays() -> None:
    text = ("“We need the data,” said Priya Nair, an analyst at Fitch.",)
    assert "Priya Nair" in {e.name for e in entities(*text, author="Priya Nair")}


def test_an_author_with_a_job_of_the_story_stays() -> None:
    text = (
        "Jane Roe, a partner at Halvorsen Brandt LLP, advises exporters on the rule.",
        "Exporters should file before June, the firm said.",
    )
    assert "Jane Roe" in {e.name for e in entities(*text, author="Jane Roe")}


def test_the_correspondent_who_wrote_the_page_is_no_person_of_it() -> None:
    text = ("In this video our correspondent Sigrid Halvorsen travels to Narsaq to ask why.",)
    assert "Sigrid Halvorsen" not in {e.name for e in entities(*text, author="Sigrid Halvorsen")}


# --- more speakers: offices in capitals, split quotes, stances -----------------


def test_the_minister_in_capitals_is_the_minister_named_before() -> None:
    found = quotes(
        "Speaking at the launch, Union Minister of Mines Shri Raghav Malhotra said the "
        "auctions would secure supply.",
        "“Every block we auction today is a step away from imports,” the Minister said.",
    )
    assert [q.speaker for q in found] == ["Raghav Malhotra"]


def test_the_minister_with_no_minister_named_stays_an_office() -> None:
    found = quotes("“Every block is a step away from imports,” the Minister said.")
    assert [q.speaker for q in found] == ["Minister"]


def test_a_title_and_surname_speaker_takes_the_full_name_the_body_gives() -> None:
    found = quotes(
        "The round was opened by the Hon. Rebecca Ashdown MP in Perth.",
        "“We want the plants here,” Minister Ashdown said.",
    )
    assert [q.speaker for q in found] == ["Rebecca Ashdown"]


def test_a_quote_after_a_legal_form_is_the_same_speakers() -> None:
    found = quotes(
        "“We are not leaving China, we are adding a lane,” said Tomoko Hirai, executive "
        "officer for procurement at Aisin Corp. “Every motor we design has to take "
        "magnets from two regions.”"
    )
    assert [q.speaker for q in found] == ["Tomoko Hirai", "Tomoko Hirai"]


def test_a_members_group_and_country_stand_outside_the_name() -> None:
    found = quotes(
        "“Europe pays a premium every time it buys alone,” said rapporteur Ingrid Vaszary "
        "(EPP, HU). “Buying together is how we stop paying it.”"
    )
    assert [q.speaker for q in found] == ["Ingrid Vaszary", "Ingrid Vaszary"]


@pytest.mark.parametrize(
    ("previous", "speaker"),
    [
        ("Ulrike Brandt, who follows the file for the recyclers' association, was blunter.", "Ulrike Brandt"),
        ("Tomás Ibarra, who runs the firm's bond desk, was less sure.", "Tomás Ibarra"),
        ("The market was more optimistic.", None),
        ("Prices were more volatile.", None),
    ],
)  # fmt: skip
def test_a_sentence_of_how_someone_spoke_gives_the_next_quote(
    previous: str, speaker: str | None
) -> None:
    found = quotes(f"{previous} “The target is on paper. The scrap is in landfills.”")
    assert [q.speaker for q in found] == [speaker]


def test_a_colleague_named_after_a_possessive_is_whom_she_said_names() -> None:
    found = quotes(
        "Tom Roe, a trader at Vitol, said prices had peaked. His colleague Jane Doe "
        "disagreed. “They have further to go before the floor bites,” she said."
    )
    assert [q.speaker for q in found] == ["Jane Doe"]


def test_he_said_after_two_named_people_is_the_sentences_subject() -> None:
    found = quotes(
        "Tom Roe, a trader at Vitol, met Jane Doe, an analyst at Fitch, in Geneva. "
        "“They have further to go before the floor bites,” he said."
    )
    assert [q.speaker for q in found] == ["Tom Roe"]


def test_for_a_name_the_answer_is_their_quote() -> None:
    found = quotes(
        "For Jane Doe, an analyst at Fitch, the answer is simple: “Prices will rise "
        "sharply next year.”"
    )
    assert [q.speaker for q in found] == ["Jane Doe"]
    found = quotes("For the miners, the message was clear: “Prices will rise sharply next year.”")
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe, 54, a partner at Halvorsen Brandt, said output would rise.",
        "Jane Doe (pictured), a partner at Halvorsen Brandt, said output would rise.",
    ],
)
def test_an_age_or_a_photo_note_stands_between_name_and_role(sentence: str) -> None:
    found = [(m.name, m.role) for m in text_mentions(sentence) if m.kind == "person"]
    assert found == [("Jane Doe", "partner at Halvorsen Brandt")]


def test_a_past_employer_before_a_title_is_no_body_of_the_story() -> None:
    found = text_mentions("Former Acme Metals chief executive Jane Doe said output would rise.")
    assert [(m.name, m.kind) for m in found] == [("Jane Doe", "person")]
    found = text_mentions("Acting Vexal Metals chief executive Ann Roe said so.")
    assert {m.name for m in found if m.kind == "organisation"} == {"Vexal Metals"}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Acme Metals appointed Jane Doe as chief financial officer on Monday.", "chief financial officer"),
        ("The board named Jane Doe chief executive, replacing Tom Roe.", "chief executive"),
        ("Acme hired Jane Doe as its new head of sales from Rio Tinto.", "head of sales"),
        ("Voters elected Jane Doe in May.", None),
        ("The group named Jane Doe as one of its advisers.", None),
    ],
)  # fmt: skip
def test_an_appointment_gives_the_job(sentence: str, role: str | None) -> None:
    found = [m.role for m in text_mentions(sentence) if m.name == "Jane Doe"]
    assert [r for r in found if r] == ([role] if role else [])


def test_an_employer_before_a_title_is_no_subject_for_she() -> None:
    found = quotes(
        "Canaccord Genuity analyst Priya Raman said the loan removed the main risk. "
        "“Funding was the swing factor for the whole project,” she said."
    )
    assert [q.speaker for q in found] == ["Priya Raman"]


@pytest.mark.parametrize(
    ("after", "role"),
    [
        (", Deputy Secretary, Resources Division, told", "Deputy Secretary, Resources Division"),
        (", General Manager, Critical Minerals Office, said", "General Manager, Critical Minerals Office"),
        (", Senior Fellow, Economic Security Program", "Senior Fellow, Economic Security Program"),
        (", an analyst, Tokyo Office, said", "analyst"),
        (", Deputy Secretary, Jane Roe and Tom Poe said", "Deputy Secretary"),
    ],
)  # fmt: skip
def test_an_offices_unit_after_its_title_is_part_of_the_role(after: str, role: str) -> None:
    assert apposition_role(after) == role


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Excellency Mr Fujimoto Kenta", "Fujimoto Kenta"),
        ("Dr Amira Haddad", "Amira Haddad"),
        ("Mr. Roe", "Roe"),
        ("Amira Haddad", "Amira Haddad"),
    ],
)
def test_a_style_and_an_honorific_come_off_a_name(name: str, bare: str) -> None:
    assert without_honorific(name) == bare


@pytest.mark.parametrize(
    "paragraph",
    [
        "In March 2025 the Minister for Industry, Science and Resources, Dr Rosalind "
        "Achterberg, refused to list the proposal.",
        "The Minister for Industry, Science and Resources, Dr Rosalind Achterberg, spoke.",
    ],
)
def test_an_office_with_a_list_of_fields_titles_the_name_after_it(paragraph: str) -> None:
    found = [(e.name, e.kind, e.role) for e in entities(paragraph)]
    role = "Minister for Industry, Science and Resources"
    assert found == [("Rosalind Achterberg", "person", role)]


def test_a_department_with_a_list_of_fields_stays_one_body() -> None:
    found = entities("The Department of Industry, Science and Resources announced the grants.")
    assert [e.name for e in found] == ["Department of Industry, Science and Resources"]
