"""The taxonomy file: the shipped one loads, and every mistake names its line."""

from __future__ import annotations

import textwrap
import tracemalloc
from pathlib import Path

import pytest

from generator.alias_words import alias_key, is_acronym
from generator.errors import SeedError
from generator.taxonomy import Taxonomy, Topic, load_taxonomy

SHIPPED = Path(__file__).resolve().parent.parent / "seeds" / "topics.yml"

GOOD = """\
- slug: rare-earths
  title: Rare earths
  aliases: [rare earth, REE]
  description: Seventeen metals used in magnets.
  related: [magnets]
- slug: magnets
  title: Permanent magnets
  aliases: []
  description: Magnets made from rare earths.
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "topics.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def error_for(tmp_path: Path, text: str) -> SeedError:
    path = write(tmp_path, text)
    with pytest.raises(SeedError) as caught:
        load_taxonomy(path)
    assert caught.value.path == str(path)
    return caught.value


def test_small_file_loads(tmp_path: Path) -> None:
    taxonomy = load_taxonomy(write(tmp_path, GOOD))
    assert taxonomy.slugs == ("rare-earths", "magnets")
    rare = taxonomy["rare-earths"]
    assert rare == Topic(
        slug="rare-earths",
        title="Rare earths",
        aliases=("rare earth", "REE"),
        description="Seventeen metals used in magnets.",
        related=("magnets",),
    )
    assert taxonomy["magnets"].related == ()
    assert "magnets" in taxonomy and "tariffs" not in taxonomy
    assert taxonomy.get("tariffs") is None
    assert rare.names == ("Rare earths", "rare earth", "REE")


def test_shipped_taxonomy_has_the_core_topics() -> None:
    taxonomy = load_taxonomy(SHIPPED)
    for slug in (
        "rare-earths",
        "tariffs",
        "trade-talks",
        "supply-chains",
        "critical-minerals",
        "us-china-relations",
        "european-union",
        "wto",
        "export-controls",
        "magnets",
        "processing",
        "defense",
        "economy",
    ):
        assert slug in taxonomy, slug
    assert {"REE", "REEs", "rare-earth", "rare earth elements"} <= set(
        taxonomy["rare-earths"].aliases
    )
    assert "EU" in taxonomy["european-union"].aliases
    assert "WTO" in taxonomy["wto"].aliases
    for topic in taxonomy:
        assert len(topic.description) > 40, topic.slug
        assert topic.description.rstrip().endswith("."), topic.slug


def test_shipped_taxonomy_documents_its_format_for_writers() -> None:
    head = SHIPPED.read_text(encoding="utf-8").split("\n- slug:")[0]
    keys = ("slug:", "title:", "aliases:", "description:", "related:", "weight:")
    for key in (*keys, "min_evidence:", "weak_aliases:", "paired_names:"):
        assert key in head


def test_taxonomy_rejects_duplicate_slugs_when_built_directly() -> None:
    with pytest.raises(ValueError):
        Taxonomy((Topic("a", "A"), Topic("a", "B")))


def test_alias_key_ignores_case_hyphens_and_plurals() -> None:
    assert alias_key("Rare-Earths") == alias_key("rare earth")
    assert alias_key("import duties") == alias_key("Import Duty")
    assert alias_key("REEs") == alias_key("REE")
    assert alias_key("supply chain") != alias_key("supply")


def test_acronyms_are_all_capitals() -> None:
    assert is_acronym("REE") and is_acronym("REEs") and is_acronym("U.S.")
    assert not is_acronym("Rare") and not is_acronym("NdFeB") and not is_acronym("A")


# --- every validation error carries the line of the offending entry ---------


def test_malformed_yaml_reports_the_parser_line(tmp_path: Path) -> None:
    error = error_for(
        tmp_path,
        """\
        - slug: tariffs
          title: Tariffs
          aliases: [tariff
          description: Taxes on imports.
        """,
    )
    assert error.line == 4
    assert "invalid YAML" in error.message


def test_top_level_must_be_a_list(tmp_path: Path) -> None:
    error = error_for(tmp_path, "# topics\nslug: tariffs\ntitle: Tariffs\n")
    assert error.line == 2
    assert "list" in error.message


def test_empty_file_is_refused(tmp_path: Path) -> None:
    error = error_for(tmp_path, "# nothing yet\n")
    assert error.line == 1
    assert "empty" in error.message


def test_each_topic_must_be_a_mapping(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD + "- just a string\n")
    assert error.line == 10
    assert "mapping" in error.message


@pytest.mark.parametrize("key", ["slug", "title", "aliases", "description"])
def test_missing_key_points_at_the_topic(tmp_path: Path, key: str) -> None:
    entry = {
        "slug": "  slug: wto\n",
        "title": "  title: World Trade Organization\n",
        "aliases": "  aliases: [WTO]\n",
        "description": "  description: Referee of trade rules.\n",
    }
    body = "".join(text for name, text in entry.items() if name != key)
    error = error_for(tmp_path, GOOD + "-" + body[1:])
    assert error.line == 10
    assert f"missing '{key}'" in error.message


@pytest.mark.parametrize("key", ["slug", "title", "description"])
def test_empty_text_is_refused(tmp_path: Path, key: str) -> None:
    values = {"slug": "wto", "title": "WTO body", "description": "Trade rules."}
    values[key] = '""'
    text = (
        f"- slug: {values['slug']}\n"
        f"  title: {values['title']}\n"
        "  aliases: []\n"
        f"  description: {values['description']}\n"
    )
    error = error_for(tmp_path, text)
    line = {"slug": 1, "title": 2, "description": 4}[key]
    assert error.line == line
    assert f"'{key}' is empty" in error.message


@pytest.mark.parametrize(
    "slug", ["Rare-Earths", "rare_earths", "rare--earths", "-wto", "trade talks"]
)
def test_bad_slug_is_refused(tmp_path: Path, slug: str) -> None:
    text = GOOD + f"- slug: {slug}\n  title: X\n  aliases: []\n  description: Y.\n"
    error = error_for(tmp_path, text)
    assert error.line == 10
    assert "slug" in error.message


def test_duplicate_slug_points_at_the_second(tmp_path: Path) -> None:
    text = GOOD + "- slug: magnets\n  title: Magnets again\n  aliases: []\n  description: Z.\n"
    error = error_for(tmp_path, text)
    assert error.line == 10
    assert "duplicate slug 'magnets'" in error.message
    assert "line 6" in error.message


@pytest.mark.parametrize(
    ("alias", "line"),
    [("REE", 13), ("Rare-Earths", 13), ("rare earths", 13)],
)
def test_alias_shared_by_two_topics_is_refused(tmp_path: Path, alias: str, line: int) -> None:
    text = GOOD + (
        "- slug: lanthanides\n"
        "  title: Lanthanides\n"
        "  aliases:\n"
        f"    - {alias}\n"
        "  description: The fifteen lanthanide metals.\n"
    )
    error = error_for(tmp_path, text)
    assert error.line == line
    assert "also used by topic 'rare-earths'" in error.message


def test_title_clashing_with_another_alias_is_refused(tmp_path: Path) -> None:
    text = GOOD + "- slug: ree\n  title: REE\n  aliases: []\n  description: Clash.\n"
    error = error_for(tmp_path, text)
    assert error.line == 11
    assert "'REE'" in error.message


def test_alias_without_letters_is_refused(tmp_path: Path) -> None:
    text = GOOD + "- slug: dash\n  title: Dash\n  aliases: ['--']\n  description: D.\n"
    error = error_for(tmp_path, text)
    assert error.line == 12


def test_unknown_key_points_at_the_key(tmp_path: Path) -> None:
    text = GOOD + (
        "- slug: wto\n"
        "  title: World Trade Organization\n"
        "  aliases: [WTO]\n"
        "  descripton: Typo in the key.\n"
    )
    error = error_for(tmp_path, text)
    assert error.line == 13
    assert "unknown key 'descripton'" in error.message


@pytest.mark.parametrize(
    ("field", "value", "line", "message"),
    [
        ("title", "12", 11, "'title' must be text"),
        ("title", "[a, b]", 11, "'title' must be text"),
        ("aliases", "tariff", 12, "'aliases' must be a list"),
        ("aliases", "\n    - tariff\n    - 7", 14, "each entry of 'aliases' must be text"),
        ("aliases", "['tariff', '']", 12, "empty entry in 'aliases'"),
        ("description", "yes", 13, "'description' must be text"),
        ("related", "magnets", 14, "'related' must be a list"),
    ],
)
def test_wrong_types_are_refused(
    tmp_path: Path, field: str, value: str, line: int, message: str
) -> None:
    values = {"title": "Tariffs", "aliases": "[]", "description": "Import taxes."}
    values[field] = value
    text = GOOD + (
        "- slug: tariffs\n"
        f"  title: {values['title']}\n"
        f"  aliases: {values['aliases']}\n"
        f"  description: {values['description']}\n"
    )
    if field == "related":
        text += f"  related: {value}\n"
    error = error_for(tmp_path, text)
    assert error.line == line
    assert message in error.message


def test_unknown_related_slug_is_refused(tmp_path: Path) -> None:
    text = GOOD + (
        "- slug: tariffs\n"
        "  title: Tariffs\n"
        "  aliases: []\n"
        "  description: Import taxes.\n"
        "  related:\n"
        "    - magnets\n"
        "    - trade-war\n"
    )
    error = error_for(tmp_path, text)
    assert error.line == 16
    assert "'trade-war' is not in the taxonomy" in error.message


def test_topic_cannot_relate_to_itself(tmp_path: Path) -> None:
    text = GOOD + "- slug: wto\n  title: WTO body\n  aliases: []\n  description: X.\n"
    text += "  related: [wto]\n"
    error = error_for(tmp_path, text)
    assert error.line == 14
    assert "itself" in error.message


def test_invalid_utf8_reports_its_line(tmp_path: Path) -> None:
    path = tmp_path / "topics.yml"
    path.write_bytes(GOOD.encode() + b"- slug: caf\xe9\n")
    with pytest.raises(SeedError) as caught:
        load_taxonomy(path)
    assert caught.value.line == 10


def test_missing_file_is_a_seed_error(tmp_path: Path) -> None:
    with pytest.raises(SeedError) as caught:
        load_taxonomy(tmp_path / "absent.yml")
    assert caught.value.line is None


def test_file_over_one_megabyte_is_refused_unread(tmp_path: Path) -> None:
    padding = "# " + "x" * 100 + "\n"
    error = error_for(tmp_path, GOOD + padding * 11_000)
    assert "the limit is 1,000,000" in error.message


def test_alias_bomb_is_refused_unexpanded(tmp_path: Path) -> None:
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        levels.append(f"a{level}: &a{level} [{refs}]")
    bomb = "- slug: bomb\n  title: Bomb\n  aliases: []\n  description: Boom.\n  " + (
        "\n  ".join(levels)
    )
    # Refused before expansion: the memory it took says so, whatever the load.
    tracemalloc.start()
    try:
        error = error_for(tmp_path, bomb + "\n")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000
    assert error.line == 5
    assert "anchors" in error.message


TUNED = (
    GOOD
    + """\
- slug: defense
  title: Defense
  aliases: [Pentagon]
  description: Armed forces.
  weight: 1.5
  min_evidence: 4
  weak_aliases: [military, Defense]
  paired_names:
    - [Beijing, Washington]
"""
)


def test_tuning_keys_load(tmp_path: Path) -> None:
    defense = load_taxonomy(write(tmp_path, TUNED))["defense"]
    assert (defense.weight, defense.min_evidence) == (1.5, 4.0)
    assert defense.weak_aliases == ("military", "Defense")
    assert defense.paired_names == (("Beijing", "Washington"),)
    assert defense.names == ("Defense", "Pentagon", "military", "Defense")
    assert defense.is_weak("Military") and defense.is_weak("Defense")
    assert not defense.is_weak("Pentagon")
    plain = load_taxonomy(write(tmp_path, GOOD))["magnets"]
    assert (plain.weight, plain.min_evidence, plain.weak_aliases) == (1.0, None, ())


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("weight: 1.5", "weight: heavy", 14, "'weight' must be a number"),
        ("weight: 1.5", "weight: true", 14, "'weight' must be a number"),
        ("weight: 1.5", "weight: 0", 14, "above 0 and at most 100"),
        ("min_evidence: 4", "min_evidence: -1", 15, "above 0 and at most 100"),
        ("weak_aliases: [military, Defense]", "weak_aliases: military", 16, "must be a list"),
        ("[military, Defense]", "[military, '']", 16, "empty entry in 'weak_aliases'"),
        ("[Beijing, Washington]", "[Beijing]", 18, "must be two names"),
        ("[Beijing, Washington]", "Beijing", 18, "must be two names"),
    ],
)
def test_tuning_mistakes_name_their_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    error = error_for(tmp_path, TUNED.replace(old, new))
    assert (error.line, message in error.message) == (line, True), error.message


def test_a_weak_alias_may_not_belong_to_another_topic(tmp_path: Path) -> None:
    error = error_for(tmp_path, TUNED.replace("[military, Defense]", "[military, REE]"))
    assert error.line == 16
    assert "also used by topic 'rare-earths'" in error.message


def test_look_alikes_load_and_must_hold_a_name_of_their_topic(tmp_path: Path) -> None:
    tuned = TUNED + "  look_alikes: [self-defense, military bands]\n"
    assert load_taxonomy(write(tmp_path, tuned))["defense"].look_alikes == (
        "self-defense",
        "military bands",
    )
    error = error_for(tmp_path, TUNED + "  look_alikes: [marching band]\n")
    assert error.line == 19
    assert "holds none of topic 'defense'" in error.message


def test_a_look_alike_may_not_be_another_topics_alias(tmp_path: Path) -> None:
    error = error_for(tmp_path, TUNED + "  look_alikes: [rare earth]\n")
    assert error.line == 19
    assert "also used by topic 'rare-earths'" in error.message
