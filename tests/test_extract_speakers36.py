"""Speakers of dev36's round (pages rich in attributed speech): a person brought in
again by surname, and the unnamed speakers' noun phrases."""

from __future__ import annotations

from generator.extract.unnamed import unnamed_mentions
from tests.test_extract_quotes import quotes


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in quotes(*paragraphs)]


ECONOMIST = (
    "Teodor Baciu runs a workshop in Cluj.",
    '"The column used to be boring," Baciu said.',
    "Henrike Solvang, chief economist at the Baltic Metals Exchange, has tried.",
    '"Small firms stop first," Solvang said.',
)


def test_a_surname_brings_its_person_in_again_for_he() -> None:
    found = speakers(
        *ECONOMIST, "Back in Cluj, Baciu orders ahead.", '"My father started it," he said.'
    )
    assert found[-1] == "Teodor Baciu"


def test_a_surname_after_for_opening_a_sentence_is_its_subject() -> None:
    found = speakers(*ECONOMIST, 'For Baciu, it is simpler. "I need magnets," he said.')
    assert found[-1] == "Teodor Baciu"


def test_an_owner_is_not_brought_in_again() -> None:
    found = speakers(*ECONOMIST, "She said firms like Baciu's would wait.", '"Years," she said.')
    assert found[-1] == "Henrike Solvang"


def test_a_surname_after_a_preposition_of_place_is_not_the_subject() -> None:
    found = speakers(
        *ECONOMIST,
        "Solvang added that the motors from Baciu sell well.",
        '"They will keep buying," she said.',
    )
    assert found[-1] == "Henrike Solvang"


def test_a_determiner_before_a_place_word_opens_an_unnamed_speaker() -> None:
    found = speakers(
        "One Singapore-based trader said buyers in Japan wanted shorter contracts.",
        '"They can smell lower prices," he said.',
    )
    assert found == ["One Singapore-based trader"]


def test_an_unnamed_speakers_phrase_ends_before_its_verb() -> None:
    assert unnamed_mentions("Later one Tokyo-based trader said buyers had left.") == [
        (6, "one Tokyo-based trader")
    ]


def test_a_habit_of_saying_is_no_part_of_the_speaker() -> None:
    found = speakers('As our chairman, Pieter Lund, keeps saying, "a label never paid a bill."')
    assert found == ["Pieter Lund"]


def test_what_an_unnamed_source_knows_is_part_of_the_phrase() -> None:
    found = speakers(
        "A US official familiar with the talks, who spoke on condition of anonymity, "
        "said the floor stays.",
        '"Nobody is walking away," the official said.',
    )
    assert found == ["A US official familiar with the talks"]


def test_close_to_and_briefed_on_say_what_a_source_knows() -> None:
    assert unnamed_mentions("Later one banker close to the deal said it was done.") == [
        (6, "one banker close to the deal")
    ]
    assert unnamed_mentions("Then a person briefed on the talks said no.") == [
        (5, "a person briefed on the talks")
    ]


def test_a_name_opening_a_sentence_before_an_apposition_is_its_subject() -> None:
    found = speakers(
        "The team, led by professor Helen Castellanos, found a way.",
        '"It was a liability," Castellanos said.',
        "Tomás Echeverría, a doctoral student in the lab, spent the summer on it. "
        '"The chemistry works in water," he said.',
    )
    assert found[-1] == "Tomás Echeverría"


def test_the_job_of_a_body_brought_in_with_a_is_someone_new() -> None:
    found = speakers(
        '"This changes things," said Hannah Osei, trade counsel for the coalition.',
        "The chief financial officer of a South Korean battery group with plants in "
        'Georgia said it had no other supplier. "We cannot wait," he said.',
    )
    assert found[-1] == "The chief financial officer of a South Korean battery group"


def test_the_job_of_a_body_named_before_is_no_one_new() -> None:
    assert unnamed_mentions("The chief executive of the company said it would wait.") == []


def test_the_job_at_a_named_body_is_the_person_just_named() -> None:
    found = speakers(
        "Standing on the gantry, Owen Prescott points at a tank. "
        '"Digging is easy," says the managing director of Tindal Minerals.'
    )
    assert found == ["Owen Prescott"]


def test_the_job_at_a_named_body_after_a_paragraph_is_kept_as_written() -> None:
    found = speakers(
        "Owen Prescott runs the plant.",
        '"Digging is easy," says the managing director of Tindal Minerals.',
    )
    assert found == ["the managing director of Tindal Minerals"]


def test_a_name_after_an_opening_phrase_is_the_subject() -> None:
    found = speakers(
        '"Prices doubled," said Karl Brandt, a trader.',
        'Back at the plant, Ama Mensah checks the cells. "It works," she said.',
    )
    assert found == ["Karl Brandt", "Ama Mensah"]


def test_a_name_alone_under_a_quote_credits_it() -> None:
    found = speakers(
        '"A tailings stream is about to become a source of magnet feed."',
        "Dr. Anjali Rao",
        "President and CEO, Laurentian Rare Elements",
    )
    assert found == ["Anjali Rao"]


def test_a_sentence_under_a_quote_is_no_credit() -> None:
    found = speakers('"A tailings stream is about to become feed."', "Prices rose again.")
    assert found == [None]


def test_a_title_and_name_with_a_colon_before_a_quote_name_its_speaker() -> None:
    found = speakers(
        "Federal Minister Katrin Albers has approved the funding.",
        'Federal Minister Albers: "Every magnet we recover is one we do not import."',
    )
    assert found == ["Albers"]  # the full name comes in resolve


def test_a_label_that_names_no_one_is_no_speaker() -> None:
    assert speakers('Key facts: "Every magnet we recover is one we do not import."') == [None]


def test_the_writers_own_talk_is_not_the_speech_verb() -> None:
    found = speakers(
        "Sachiko Endo, head of research at Kaiho Securities, put it bluntly when we spoke "
        'to her: "The stockpile is a bridge."'
    )
    assert found == ["Sachiko Endo"]


def test_a_who_clause_whose_verb_is_the_speech_names_the_speaker() -> None:
    found = speakers(
        "The hearing was opened by the chairman, Senator Ronald Pike of Wyoming, who "
        'opened by saying the country had "outsourced an entire industry."'
    )
    assert found == ["Ronald Pike"]


def test_a_title_with_fields_before_a_name_after_the_verb_is_no_part_of_it() -> None:
    found = speakers(
        '"Missions turn agreements into deals," said Assistant Secretary for Industry '
        "and Analysis Miriam Castellano, who led the delegation."
    )
    assert found == ["Miriam Castellano"]
