"""``seeds/people.yml`` (merge, rename, describe, hide) and ``check``'s likely
duplicates across the site."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from generator.cli import main
from generator.duplicates import likely_duplicates
from generator.errors import SeedError
from generator.model import Article, Entity, Quote
from generator.people import People, PersonEntry, load_people


def article(path: str, *entities: Entity, quotes: tuple[Quote, ...] = ()) -> Article:
    return Article(path=path, title="T", slug="t", entities=entities, quotes=quotes)


def load(tmp_path: Path, text: str) -> People:
    path = tmp_path / "people.yml"
    path.write_text(text, encoding="utf-8")
    return load_people(path, "seeds/people.yml")


def test_entries_are_read_with_their_lines(tmp_path: Path) -> None:
    people = load(
        tmp_path,
        "- name: Xing Ziqiang\n  aliases: [Xing, Ziqiang Xing]\n"
        "  description: An economist\n- name: Harbour Times\n  hide: true\n",
    )
    assert people.entries == (
        PersonEntry("Xing Ziqiang", ("Xing", "Ziqiang Xing"), "An economist", False, 1),
        PersonEntry("Harbour Times", (), None, True, 4),
    )


def test_a_missing_or_empty_file_is_no_entries(tmp_path: Path) -> None:
    assert load_people(tmp_path / "people.yml", "seeds/people.yml") == People()
    assert load(tmp_path, "# nothing yet\n") == People()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("name: X\n", 1, "must be a list"),
        ("- Xing\n", 1, "each entry is a mapping"),
        ("- name: X\n  role: analyst\n", 2, "unknown key 'role'"),
        ("- name: ''\n", 1, "the name must be a non-empty string"),
        ("- name: X\n  aliases: Y\n", 2, "'aliases' must be a list"),
        ("- name: X\n  aliases: [Y, 3]\n", 2, "the alias must be"),
        ("- name: X\n  hide: maybe\n", 2, "'hide' must be true or false"),
        ("- name: X\n- name: Y\n  aliases: [X]\n", 2, "'X' is already in the entry on line 1"),
    ],
)
def test_problems_are_reported_on_their_line(
    tmp_path: Path, text: str, line: int, message: str
) -> None:
    with pytest.raises(SeedError) as caught:
        load(tmp_path, text)
    assert caught.value.line == line
    assert caught.value.path == "seeds/people.yml"
    assert message in caught.value.message


def test_apply_merges_renames_describes_and_hides() -> None:
    people = People(
        (
            PersonEntry("Xing Ziqiang", ("Xing",), "An economist"),
            PersonEntry("Lynas Rare Earths", ("Lynas Corp",)),
            PersonEntry("Harbour Times", hide=True),
        )
    )
    found = people.apply(
        article(
            "a.txt",
            Entity("Xing", "person", None, 3),
            Entity("Harbour Times", "organisation", None, 3),
            Entity("Lynas Corp", "organisation", "miner", 5),
            Entity("Xing Ziqiang", "person", "economist", 7),
            quotes=(Quote("Words words words words", "Xing", 3),),
        )
    )
    assert found.entities == (
        Entity("Xing Ziqiang", "person", "economist", 3, ("Xing",), "An economist"),
        Entity("Lynas Rare Earths", "organisation", "miner", 5, ("Lynas Corp",)),
    )
    assert [q.speaker for q in found.quotes] == ["Xing Ziqiang"]


def test_likely_duplicates_name_both_files() -> None:
    warnings = likely_duplicates(
        [
            article("seeds/b.txt", Entity("Xing Ziqiang", "person", None, 4)),
            article("seeds/a.txt", Entity("Xing", "person", None, 9)),
            article(
                "seeds/c.txt",
                Entity("Grace Mbeki", "person", "head of procurement at Volta Motors", 3),
                Entity("Volta Motors", "organisation", None, 3),
            ),
            article("seeds/d.txt", Entity("G. Mbeki", "person", "buyer at Volta Motors", 5)),
            article("seeds/e.txt", Entity("Ana Lund", "person", "analyst at Fitch", 5)),
        ]
    )
    assert [(w.path, w.line, w.severity) for w in warnings] == [
        ("seeds/a.txt", 9, "warning"),
        ("seeds/c.txt", 3, "warning"),
    ]
    assert "'Xing' and 'Xing Ziqiang' (in seeds/b.txt, line 4)" in warnings[0].message
    assert "in seeds/d.txt" in warnings[1].message


def test_check_reports_a_broken_people_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "people.yml").write_text("- name: X\n  hide: sometimes\n", encoding="utf-8")
    status = main(["--root", str(tmp_path), "check"])
    assert status == 1
    assert "seeds/people.yml:2: error: 'hide' must be true or false" in capsys.readouterr().err


def test_a_rename_finds_the_main_topic_again_and_no_rename_keeps_it() -> None:
    """Topic words inside a name are no mention, so the main topic found at
    annotation holds only for the names it was found with."""
    people = People((PersonEntry("Lynas Rare Earths", ("Lynas Corp",)),))
    found = replace(article("a.txt", Entity("Lynas Corp", "organisation", None, 3)), main_topic="x")
    assert people.apply(found).main_topic is None
    unnamed = replace(article("b.txt", Entity("Iluka", "organisation", None, 3)), main_topic="x")
    assert people.apply(unnamed).main_topic == "x"
