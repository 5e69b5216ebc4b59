"""Interview answers as quotes (``extract/interview.py``): labels instead of quote
marks, whose turns they are, and pages that only look like interviews."""

from __future__ import annotations

from generator.extract.interview import interview_turns
from tests.test_extract_quotes import quotes

INTRO = "Revolta has raised 40 million euros. We spoke to its founder, Dr Clara Vogt."


def speakers(*paragraphs: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(*paragraphs)]


def test_answers_labelled_a_are_the_guest_named_before_them() -> None:
    found = speakers(
        INTRO,
        "Q: Why recycle?",
        "A: Because the ore is already in scrapyards.",
        "Q: How big can it get?",
        "A: A tenth of demand, within five years.",
    )
    assert found == [
        ("Clara Vogt", "Because the ore is already in scrapyards."),
        ("Clara Vogt", "A tenth of demand, within five years."),
    ]


def test_a_guest_line_names_whom_a_labels_are() -> None:
    paragraphs = [
        "Guest: Martin Osei, director of the Minerals Commission",
        "Q: Why now?",
        "A: Because we want the refinery here.",
        "A: And the jobs.",
    ]
    people = [(0, "Grace Liu")]
    assert {t.speaker for t in interview_turns(paragraphs, people)} == {"Martin Osei"}


def test_name_labels_are_their_speakers_when_the_page_names_them() -> None:
    found = speakers(
        "Ingrid Solberg has run Nordfjell since 2019.",
        "Q: What changed?",
        "Solberg: Mostly the phone calls.",
        "SOLBERG: Banks now ask for meetings.",
    )
    assert [s for s, _ in found] == ["Solberg", "Solberg"]  # the full name comes in resolve


def test_a_label_the_page_never_introduces_is_no_speaker() -> None:
    assert speakers("HOST: Welcome back.", "TSAO: Thanks.", "HOST: Why?", "TSAO: Because.") == []


def test_timestamps_before_a_label_are_read_past() -> None:
    paragraphs = ["Mei Tsao joined us.", "[00:00:12] HOST: Hello.", "[00:00:20] TSAO: Hi.",
                  "[00:01:05] TSAO: Prices doubled."]  # fmt: skip
    turns = interview_turns(paragraphs, [(0, "Mei Tsao")])
    assert [(t.paragraph, t.speaker) for t in turns] == [(2, "Tsao"), (3, "Tsao")]


def test_one_labelled_answer_or_a_label_alone_is_no_interview() -> None:
    assert speakers(INTRO, "Q: Why?", "A: Because.") == []
    notes = ("Vogt: first note.", "Vogt: second note.")
    assert interview_turns(notes, [(0, "Clara Vogt")]) == []


def test_numbered_labels_are_questions_and_answers() -> None:
    found = speakers(
        "Dr Naledi Pretorius leads the survey. We asked her about it.",
        "Q1: What does it measure?",
        "A1: Gamma rays over the whole region.",
        "Q2: Will the data be public?",
        "A2: All of it, within six months.",
    )
    assert found == [
        ("Naledi Pretorius", "Gamma rays over the whole region."),
        ("Naledi Pretorius", "All of it, within six months."),
    ]


def test_a_numbered_label_of_another_letter_is_no_answer() -> None:
    paragraphs = ["Mei Tsao joined us.", "B2: The second option.", "B3: The third option."]
    assert interview_turns(paragraphs, [(0, "Mei Tsao")]) == []


def test_a_name_on_the_line_above_a_turn_is_its_label() -> None:
    found = speakers(
        "This month: Han Ji-woo, vice president of recycling at Daeryun Materials.",
        "Lena Okafor",
        "Is recycling the way out of mining?",
        "Han Ji-woo",
        "Partly. Our feedstock is the mines' output from years ago.",
        "Lena Okafor",
        "What would you ask governments for?",
        "Han Ji-woo",
        "Collection.",
    )
    assert found == [
        ("Han Ji-woo", "Partly. Our feedstock is the mines' output from years ago."),
        ("Han Ji-woo", "Collection."),
    ]


def test_a_name_line_with_a_firm_after_a_dash_labels_the_turn() -> None:
    paragraphs = [
        "Chief Financial Officer Dev Raman said margins widened.",
        "Elena Strand — BMO Capital Markets",
        "How sensitive are the contracts?",
        "Dev Raman — Chief Financial Officer",
        "The floors sit below the spot price.",
        "Dev Raman — Chief Financial Officer",
        "And they protect our gross profit.",
    ]
    turns = interview_turns(paragraphs, [(0, "Dev Raman")])
    assert [(t.paragraph, t.speaker) for t in turns] == [(4, "Dev Raman"), (6, "Dev Raman")]


def test_an_unidentified_voice_speaks_as_the_transcript_writes_it() -> None:
    paragraphs = [
        "Mayor Hamid Qureshi joins us now.",
        "QURESHI: Honestly, with suspicion.",
        "UNIDENTIFIED PERSON #1: I worked at the plant for 22 years.",
        "QURESHI: The company will store the tailings in lined cells.",
    ]
    turns = interview_turns(paragraphs, [(0, "Hamid Qureshi")])
    assert [(t.paragraph, t.speaker) for t in turns] == [
        (1, "Qureshi"),
        (2, "UNIDENTIFIED PERSON #1"),
        (3, "Qureshi"),
    ]
