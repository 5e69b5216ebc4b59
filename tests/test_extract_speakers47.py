"""Speakers and people of dev47's round (official and legal speech): speech under a
lead-in line, a debate record's labels, a court's voices, "his Honour", and people
known only by a title and a surname."""

from __future__ import annotations

from dataclasses import replace

import pytest

from generator.extract.described_speakers import described_speakers
from generator.extract.entities import extract_entities
from generator.extract.interview import headline_briefer, seated_name
from generator.extract.lead_ins import lead_in_speaker, unmarked_speech
from generator.extract.lone_surnames import address_title
from generator.extract.office_lead import office_before
from generator.extract.quotes import extract_quotes
from generator.extract.resolve import resolve_entities
from generator.extract.speech_words import plain_pronouns
from generator.model import Article, Block, Entity, Quote, Section
from tests.reader_story import LEAD, MORE, body_text, headings, read


def article(*paragraphs: str) -> Article:
    blocks = tuple(Block.plain(text, 3 + 2 * i) for i, text in enumerate(paragraphs))
    return Article(path="t.txt", title="T", slug="t", sections=(Section(None, blocks, 1),))


def resolved(*paragraphs: str) -> Article:
    return resolve_entities(extract_entities(extract_quotes(article(*paragraphs))))


def quotes(*paragraphs: str) -> tuple[Quote, ...]:
    return resolved(*paragraphs).quotes


def people(*paragraphs: str) -> list[Entity]:
    return [e for e in resolved(*paragraphs).entities if e.kind == "person"]


# --- lead-ins ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Industry Minister Gareth Penhallow said:", "Gareth Penhallow"),
        ("Ferromag UK Chief Executive Lorenzo Baptiste said:", "Lorenzo Baptiste"),
        (
            "Quotes attributable to Minister for Resources and Northern Australia, Jane Roe:",
            "Jane Roe",
        ),
        ("Quotes attributable to Minister for Trade, Senator Marcus Dell:", "Marcus Dell"),
        ("Quote from Ana Ruiz, chief executive of Alba Metals:", "Ana Ruiz"),
        ("Quotes attributable to Minister Boyd:", "Boyd"),
    ],
)
def test_a_lead_in_names_its_speaker(line: str, speaker: str) -> None:
    assert lead_in_speaker(line) == speaker


@pytest.mark.parametrize(
    "line",
    [
        "The agreement covers three areas:",
        "Penhallow said the plant would open in 2028, adding:",
        'She said: "We are ready."',
        "Industry Minister Gareth Penhallow said the deal was signed.",
    ],
)
def test_other_lines_are_no_lead_in(line: str) -> None:
    assert lead_in_speaker(line) is None


MINISTER = (
    "A magnet factory in Walsall will receive £85 million in funding.",
    "Industry Minister Gareth Penhallow said:",
    "For too long, British manufacturers have had to buy almost every magnet abroad.",
    "We will not go back to that, and our partners know it.",
    "The company will source part of its oxide from a plant in Norway.",
)


def test_an_unmarked_paragraph_under_said_is_the_speakers_quote() -> None:
    found = quotes(*MINISTER)
    assert [(q.text[:20], q.speaker) for q in found] == [
        ("For too long, Britis", "Gareth Penhallow"),
        ("We will not go back ", "Gareth Penhallow"),
    ]


def test_the_quote_under_said_stops_at_third_person_prose() -> None:
    assert all("Norway" not in q.text for q in quotes(*MINISTER))


def test_only_prose_paragraphs_under_said_are_speech() -> None:
    assert unmarked_speech(["Jane Roe said:", "Yes."], frozenset()) == []
    assert unmarked_speech(["Jane Roe said:", "We will build the plant in Ohio soon."], {1}) == []


def test_quoted_paragraphs_under_a_label_are_its_speakers() -> None:
    found = quotes(
        "The ministers met in Perth.",
        "Quotes attributable to Minister for Resources, Saoirse Kavanagh:",
        '"Australia digs up a great deal of the world\'s minerals."',
        '"Japan and Korea are two of our oldest customers."',
    )
    assert [q.speaker for q in found] == ["Saoirse Kavanagh", "Saoirse Kavanagh"]


# --- a debate record -------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("The Minister for Trade (Ms Beatrice Ollerenshaw)", "Beatrice Ollerenshaw"),
        ("Mr Alasdair Crombie (Inverclyde and Renfrew) (LD)", "Alasdair Crombie"),
        ("Kieran Madsen (Stoke-on-Trent Central) (Lab)", "Kieran Madsen"),
        ("HOST (Ben Adler)", "Ben Adler"),
        ("Mr Speaker", None),
        ("Hon. Members", None),
    ],
)
def test_a_seat_label_names_its_member(label: str, name: str | None) -> None:
    assert seated_name(label) == name


def test_a_debate_records_turns_are_quotes_of_their_members() -> None:
    found = quotes(
        "Mr Alasdair Crombie (Inverclyde) (LD): What steps is the Department taking on magnets?",
        "The Minister for Trade (Ms Beatrice Ollerenshaw): We are taking the strategy forward.",
        "Mr Crombie: Warm words are no comfort to those workers in my constituency.",
        "Ms Ollerenshaw: I would be very happy to meet the hon. Gentleman.",
        "Hon. Members: Hear, hear.",
    )
    assert [q.speaker for q in found] == [
        "Alasdair Crombie",
        "Beatrice Ollerenshaw",
        "Alasdair Crombie",
        "Beatrice Ollerenshaw",
    ]


# --- a court's voices ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"The magnets are the rotor," the panel wrote.', "the panel"),
        ('"A hearing is no hearing," the majority said.', "the majority"),
        (
            '"An article does not become a part merely because it fits," the court wrote.',
            "the court",
        ),
    ],
)
def test_a_courts_voices_speak_as_written(sentence: str, speaker: str) -> None:
    found = quotes("Judge Helen Marchetti wrote the opinion.", sentence)
    assert found[-1].speaker == speaker


def test_his_honour_is_he() -> None:
    assert plain_pronouns("his Honour wrote in dissent") == "he wrote in dissent"
    assert plain_pronouns("In his Honour's view") == "In his Honour's view"
    found = quotes(
        "Justice Pettigrew would have dismissed the appeal.",
        '"It is not for this Court to weigh the risk," his Honour wrote in dissent.',
    )
    assert found[-1].speaker == "Justice Pettigrew"


# --- people known by a title and a surname --------------------------------------------


@pytest.mark.parametrize(
    ("role", "title"),
    [("Senator", "Senator"), ("Circuit Judge", "Judge"), ("Justice", "Justice"), ("analyst", None)],
)
def test_an_address_title(role: str, title: str | None) -> None:
    assert address_title(role) == title


def test_a_person_known_by_title_and_surname_keeps_the_title() -> None:
    names = [
        p.name for p in people("Justice Harmsworth, with whom Justice Okoye agreed, wrote it.")
    ]
    assert names == ["Justice Harmsworth", "Justice Okoye"]


def test_a_full_name_given_elsewhere_wins_over_the_title() -> None:
    names = [
        p.name
        for p in people(
            "Circuit Judge Helen Marchetti wrote for the majority.", "Judge Marchetti was joined."
        )
    ]
    assert names == ["Helen Marchetti"]


def test_a_justice_department_stays_an_organisation() -> None:
    found = resolved("A Justice Department spokesperson declined to comment.").entities
    assert [(e.name, e.kind) for e in found] == [("Justice Department", "organisation")]


# --- the reader keeps a quotes label as text -------------------------------------------


def test_a_quotes_label_stays_in_the_story_and_names_the_speaker() -> None:
    page = read(
        "Refinery loan backs Territory plant\n\n"
        f"{LEAD}\n\n"
        "Quotes attributable to Minister for Resources, Rachel Boyd:\n\n"
        '"This refinery means Australian ore will be processed in Australia."\n\n'
        f"{MORE}\n"
    )
    assert headings(page) == []
    assert "Quotes attributable to Minister for Resources, Rachel Boyd:" in body_text(page)
    found = resolve_entities(extract_entities(extract_quotes(page))).quotes
    assert [q.speaker for q in found] == ["Rachel Boyd"]


# --- an office opening the sentence ---------------------------------------------------


@pytest.mark.parametrize(
    ("before", "office"),
    [
        ("Counsel for Tessaro, ", "Counsel for Tessaro"),
        ("Quotes attributable to Minister for Resources and Northern Australia, ",
         "Minister for Resources and Northern Australia"),
        ("The Minister for Trade (", "Minister for Trade"),
        ("Deputy Minister for Mines, ", "Deputy Minister for Mines"),
        ("In Ohio, ", None),
        ("Analysts, ", None),
        ("Counsel said the firm would appeal, ", None),
    ],
)  # fmt: skip
def test_an_office_before_the_name(before: str, office: str | None) -> None:
    assert office_before(before) == office


def test_an_office_opening_the_sentence_is_the_persons_role() -> None:
    found = people(
        "Counsel for Tessaro, Maureen Castellanos of Cardew Holm LLP, said it would appeal."
    )
    assert [(p.name, p.role) for p in found] == [("Maureen Castellanos", "Counsel for Tessaro")]


# --- officials by their office alone, and briefings ------------------------------------


def test_the_officials_office_brings_them_back() -> None:
    found = quotes(
        "China will trace rare earths, the vice-minister of industry and information technology"
        " told a press conference.",
        '"Traceability is the foundation," the vice-minister said.',
    )
    assert found[-1].speaker == "the vice-minister of industry and information technology"


@pytest.mark.parametrize(
    "text",
    ["He met the chairman of the board and said nothing.", "The system records output."],
)
def test_no_described_speaker(text: str) -> None:
    assert described_speakers(text) == []


@pytest.mark.parametrize(
    ("title", "briefer"),
    [
        (
            "Foreign Ministry Spokesperson Gao Ruifeng's Regular Press Conference on May 1",
            "Gao Ruifeng",
        ),
        ("Embassy Spokesperson's Remarks on the Decision", "Embassy Spokesperson"),
        ("Q&A: Jane Roe on magnets", None),
    ],
)
def test_a_briefings_headline_names_who_answers(title: str, briefer: str | None) -> None:
    assert headline_briefer(title) == briefer


def test_one_answer_under_one_question_is_the_briefers() -> None:
    page = replace(
        article(
            "Q: What is the Embassy's comment on the decision?",
            "A: We have noted the relevant decision and firmly oppose it.",
        ),
        title="Embassy Spokesperson's Remarks on the Decision",
    )
    found = extract_quotes(page).quotes
    assert [(q.speaker, q.text[:10]) for q in found] == [("Embassy Spokesperson", "We have no")]


def test_republic_is_no_persons_name() -> None:
    found = people(
        "President of the Senate of the Republic of Chile Ximena Duarte will visit China."
    )
    assert [p.name for p in found] == ["Ximena Duarte"]


def test_a_then_office_is_the_role_as_written() -> None:
    found = people('In 2023, then-Chairman Gordon Ashcombe warned that "a benchmark can lie."')
    assert [(p.name, p.role) for p in found] == [("Gordon Ashcombe", "then-Chairman")]


# --- members' parties, ministers' styles, India's "Shri" --------------------------------


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        ('Chairman Jane Roe (R-Texas) said, "We will not accept a supply chain run from Beijing."',
         "Jane Roe", "Chairman"),
        ('"This is a wake-up call for the industry," said Rep. Jane Roe (D-Calif.), ranking member'
         " of the subcommittee.", "Jane Roe", "ranking member of the subcommittee"),
        ('"Canada will lead on critical minerals with partners." – The Honourable Jane Roe,'
         " Minister of Natural Resources", "Jane Roe", "Minister of Natural Resources"),
        ('Union Minister of Mines Shri G. Kishan Reddy said that "India will double its blocks."',
         "G. Kishan Reddy", "Union Minister of Mines"),
    ],
)  # fmt: skip
def test_government_speakers_and_their_roles(paragraph: str, speaker: str, role: str) -> None:
    page = resolved(paragraph)
    assert [q.speaker for q in page.quotes] == [speaker]
    assert [(e.name, e.role) for e in page.entities if e.kind == "person"] == [(speaker, role)]
