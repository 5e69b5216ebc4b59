"""People and organisations: how news text introduces them, and the real seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.extract.entities import extract_entities
from generator.model import Article, Block, Entity, Section

SEED = Path(__file__).resolve().parent.parent / "seeds" / "beijing-conditional-openness.txt"


def article(*paragraphs: str) -> Article:
    """An article with one lead section; paragraph n starts on line 3 + 2n."""
    blocks = tuple(Block.plain(text, 3 + 2 * i) for i, text in enumerate(paragraphs))
    return Article(path="t.txt", title="T", slug="t", sections=(Section(None, blocks, 1),))


def entities(*paragraphs: str) -> tuple[Entity, ...]:
    return extract_entities(article(*paragraphs)).entities


def by_name(*paragraphs: str) -> dict[str, Entity]:
    return {e.name: e for e in entities(*paragraphs)}


def person(name: str, role: str | None) -> tuple[str, str, str | None]:
    return (name, "person", role)


def org(name: str, role: str | None = None) -> tuple[str, str, str | None]:
    return (name, "organisation", role)


def summary(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    return [(e.name, e.kind, e.role) for e in entities(*paragraphs)]


# --- apposition ------------------------------------------------------------------


def test_apposition_gives_person_role_and_organisation() -> None:
    assert summary(
        "Priya Raman, director of the Institute for Battery Metals, said supply was tight."
    ) == [
        person("Priya Raman", "director of the Institute for Battery Metals"),
        org("Institute for Battery Metals"),
    ]


def test_apposition_with_article_and_organisation_after_at() -> None:
    assert summary("Ana de la Cruz, an economist at Fitch Ratings, expects a surplus.") == [
        person("Ana de la Cruz", "economist at Fitch Ratings"),
        org("Fitch Ratings"),
    ]


def test_apposition_at_the_end_of_a_sentence_without_closing_comma() -> None:
    assert summary("The warning came from Olusegun Bello, a senior fellow at the Lagos Forum.") == [
        person("Olusegun Bello", "senior fellow at the Lagos Forum"),
        org("Lagos Forum"),
    ]


def test_organisation_apposition_describes_it() -> None:
    assert summary("Lynas Rare Earths Ltd, an Australian miner, raised its guidance.") == [
        org("Lynas Rare Earths Ltd", "Australian miner")
    ]


def test_comma_after_a_name_without_a_role_is_not_an_apposition() -> None:
    assert entities("In Kinshasa, Jean Mbeki, who runs a cobalt depot, disagreed.") == ()


# --- titles ----------------------------------------------------------------------


def test_title_before_name() -> None:
    assert summary("Former Treasury Secretary Lawrence Fairbanks criticised the levy.") == [
        person("Lawrence Fairbanks", "Former Treasury Secretary")
    ]


def test_company_title_before_name_gives_the_company() -> None:
    assert summary("Volta Minerals CEO Ama Mensah plans a second refinery.") == [
        org("Volta Minerals"),
        person("Ama Mensah", "Volta Minerals CEO"),
    ]


def test_acronym_before_title_is_an_organisation() -> None:
    assert summary("Meanwhile, BYD CEO Wang Chuanfu was upbeat.") == [
        org("BYD"),
        person("Wang Chuanfu", "BYD CEO"),
    ]


def test_lower_case_title_after_a_company() -> None:
    assert summary("Sumitomo chief executive Hiro Kato declined to comment.") == [
        org("Sumitomo"),
        person("Hiro Kato", "Sumitomo chief executive"),
    ]


def test_title_with_of() -> None:
    assert summary("Secretary of State Helen Marsh arrived in Manila.") == [
        person("Helen Marsh", "Secretary of State")
    ]


def test_organisation_in_front_of_a_public_title() -> None:
    assert summary("European Commission President Ursula von der Leyen spoke first.") == [
        org("European Commission"),
        person("Ursula von der Leyen", "European Commission President"),
    ]


def test_department_in_front_of_a_public_title_is_not_an_organisation() -> None:
    assert summary("Commerce Minister Wang Lei met Trade Representative Jo Park.") == [
        person("Wang Lei", "Commerce Minister"),
        person("Jo Park", "Trade Representative"),
    ]


# --- possessives and honorifics ----------------------------------------------------


def test_possessive_organisation() -> None:
    assert summary("Nomura’s Yuki Sato sees the yen weakening.") == [
        org("Nomura"),
        person("Yuki Sato", "at Nomura"),
    ]


def test_possessive_with_title() -> None:
    assert summary("Barclays' chief strategist Claire Dubois was less sure.") == [
        org("Barclays"),
        person("Claire Dubois", "chief strategist at Barclays"),
    ]


def test_possessive_place_is_not_an_organisation() -> None:
    assert summary("Chile’s mining minister Rosa Pinto toured the salt flats.") == [
        person("Rosa Pinto", "Chile’s mining minister")
    ]


def test_honorific_is_dropped() -> None:
    found = by_name(
        "Dr. Charles de Gaulle Moreau, a chemist, tested the ore. Mr. Ivan Petrov agreed."
    )
    assert found["Charles de Gaulle Moreau"].kind == "person"
    assert found["Ivan Petrov"].kind == "person"
    assert not any(name.startswith(("Dr", "Mr")) for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ursula von der Leyen, president of the European Commission, spoke.",
            "Ursula von der Leyen",
        ),
        ("Charles de Gaulle, the former French president, is often quoted.", "Charles de Gaulle"),
        ("Ludwig van Beethoven, the composer and pianist, lived in Vienna.", None),
        ("Its founder, Ludwig van Beethoven, a pianist, lived in Vienna.", "Ludwig van Beethoven"),
    ],
)
def test_names_with_particles_stay_whole(text: str, name: str | None) -> None:
    people = [e.name for e in entities(text) if e.kind == "person"]
    assert people == ([name] if name else [])


# --- organisations -----------------------------------------------------------------


def test_organisations_with_of_and_suffixes() -> None:
    found = by_name(
        "The Ministry of Natural Resources and the Bank of Japan both met Acme Holdings "
        "on Tuesday, as did the World Trade Organization."
    )
    assert {n for n, e in found.items() if e.kind == "organisation"} == {
        "Ministry of Natural Resources",
        "Bank of Japan",
        "Acme Holdings",
        "World Trade Organization",
    }


def test_organisation_name_stops_before_a_weekday() -> None:
    assert summary("The Energy Department on Friday cut the grant.") == [org("Energy Department")]


def test_parenthesised_acronym_marks_an_organisation() -> None:
    assert summary("Critics at Critical Metals Watch (CMW) disagreed.") == [
        org("Critical Metals Watch")
    ]


def test_state_run_outlet() -> None:
    assert summary("The remarks ran in state-run Global Courier on Sunday.") == [
        org("Global Courier")
    ]


def test_sentence_starts_places_months_and_topics_are_not_entities() -> None:
    assert (
        entities(
            "Meanwhile, Beijing and Washington traded barbs in March.",
            "Recent data from China shows Rare Earth exports fell on Monday.",
            "State media said Tokyo would respond. However, Europe stayed quiet.",
        )
        == ()
    )


def test_deduplicated_in_order_of_first_mention_and_role_filled_later() -> None:
    found = entities(
        "Mr. Tomas Berg opened the meeting of the Baltic Metals Association.",
        "Tomas Berg, chairman of the association, then left. Nordic Steel Group agreed.",
        "Tomas Berg, a former trader, returned later.",
    )
    assert [(e.name, e.role, e.line) for e in found] == [
        ("Tomas Berg", "chairman of the association", 3),
        ("Baltic Metals Association", None, 3),
        ("Nordic Steel Group", None, 5),
    ]


def test_surname_alone_after_the_full_name_adds_nothing() -> None:
    assert [e.name for e in entities("Mr. Ivan Petrov spoke. Later Mr. Petrov left.")] == [
        "Ivan Petrov"
    ]


_PIECES = st.sampled_from(
    [
        "Mr. ",
        "Ada  Lund",
        ", director of the ",
        "Bank\nof Chile",
        " CEO ",
        "’s ",
        " (AB)",
        ". ",
        " the ",
    ]
)


@given(st.lists(st.lists(_PIECES | st.text(max_size=6), max_size=12).map("".join), max_size=4))
def test_any_text_gives_well_formed_entities(paragraphs: list[str]) -> None:
    found = entities(*paragraphs)
    assert len({e.name for e in found}) == len(found)
    assert all(e.name == " ".join(e.name.split()) and e.name for e in found)
    assert {e.line for e in found} <= {3 + 2 * i for i in range(len(paragraphs))}


# --- the real seed -----------------------------------------------------------------


def _read_seed() -> Article:
    plaintext = pytest.importorskip("generator.reader.plaintext")
    reader = getattr(plaintext, "read_plaintext", None)
    if reader is None:
        pytest.skip("the plain-text reader is not written yet")
    result = reader(SEED.read_text(encoding="utf-8"), "seeds/beijing-conditional-openness.txt")
    assert isinstance(result, Article)
    return result


def test_seed_entities() -> None:
    found = {e.name: e for e in extract_entities(_read_seed()).entities}
    assert found["Tu Xinquan"].kind == "person"
    assert found["Tu Xinquan"].role == "director of the China Institute for WTO Studies"
    assert found["Janet Yellen"].kind == "person"
    assert found["Janet Yellen"].role == "Former Treasury Secretary"
    meyer_role = found["Tobias Meyer"].role or ""
    assert "DHL" in meyer_role and "CEO" in meyer_role
    assert "Morgan Stanley" in (found["Xing Ziqiang"].role or "")
    for name in (
        "Ministry of Commerce",
        "China Institute for WTO Studies",
        "DHL",
        "Morgan Stanley",
    ):
        assert found[name].kind == "organisation", name
    for name in ("Beijing", "Washington", "China", "Meanwhile", "Recent", "State"):
        assert name not in found, name


# --- groups of people and numbered bodies ----------------------------------------


@pytest.mark.parametrize("group", ["Leaders", "Officials", "Analysts", "Ministers"])
def test_plural_job_noun_does_not_swallow_the_organisation(group: str) -> None:
    found = by_name(f"{group} of the Group of Twenty met in Durban on Thursday to discuss cobalt.")
    assert "Group of Twenty" in found
    assert found["Group of Twenty"].kind == "organisation"
    assert not any(name.startswith(group) for name in found)
    assert "Twenty" not in found


def test_plural_job_noun_before_a_ministry_leaves_the_ministry() -> None:
    found = by_name("Officials of the Trade Ministry declined to comment on the quota.")
    assert list(found) == ["Trade Ministry"]


def test_singular_title_with_of_still_names_a_person() -> None:
    found = by_name("Secretary of State Marco Rubio met his counterpart in Kuala Lumpur.")
    assert found["Marco Rubio"].role == "Secretary of State"


def test_group_of_before_a_place_is_not_joined() -> None:
    found = by_name("Shares of Acme Group of Canada rose after the lithium offtake deal.")
    assert "Acme Group" in found
    assert "Acme Group of Canada" not in found


def test_numbered_code_is_an_organisation_when_its_members_follow() -> None:
    found = by_name("G20 finance ministers will meet again in October.", "G7 leaders agreed.")
    assert {n: e.kind for n, e in found.items()} == {"G20": "organisation", "G7": "organisation"}


def test_numbered_code_with_plural_members() -> None:
    found = by_name("The G20 countries account for most rare earth demand.")
    assert found["G20"].kind == "organisation"


def test_numbered_code_alone_is_left_alone() -> None:
    assert "H20" not in by_name("Nvidia said H20 sales to China had stopped.")


def test_acronym_with_a_digit_in_brackets() -> None:
    found = by_name("The Group of Seven (G7) promised to fund new refineries.")
    assert found["Group of Seven"].kind == "organisation"
