"""The candidate-word scan finds exactly what the alias regex finds by itself,
in the same order: on texts made of alias words, their near misses, case and
punctuation variants and letters outside ASCII, for the shipped taxonomy and
for aliases of every shape a writer may give."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import topics
from generator.extract.alias_scan import CandidateScan, leading_run
from generator.taxonomy import Taxonomy, Topic, load_taxonomy

SHIPPED = load_taxonomy(Path(__file__).resolve().parent.parent / "seeds" / "topics.yml")

ODD = Taxonomy(
    (
        Topic("us", "US relations", ("U.S.-China", "US", "U.S.", "china-U.S.")),
        Topic("duty", "Duties", ("duty", "import duties", "economy", "bus")),
        Topic("five-g", "5G", ("5G", "_under score", "REEs", "EUs")),
        Topic("accents", "Café", ("café society", "naïve", "Émigré")),
        Topic("odd", "Odd", ("sanctions", "kelvin scale")),
    )
)

PIECES = [
    *(name for topic in (*SHIPPED.topics, *ODD.topics) for name in topic.names),
    "tariffs",
    "Tariffs",
    "TARIFFS",
    "economies",
    "duties",
    "rare-earth",
    "rare \u2013 earth",
    "rare\nearths",
    "supply-chains",
    "U.S.",
    "us",
    "ſanctions",
    "\u212aelvin",
    "İstanbul",
    "busy",
    "tariffed",
    "chinas",
    "Chinese",
]
SEPARATORS = [" ", ", ", "-", "\u2019s ", "_", "x", "\u2014", ". ", "\u00a0", "(", "é", "€"]

texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.sampled_from(SEPARATORS), st.text(max_size=4)),
    max_size=14,
).map("".join)


def _plain(taxonomy: Taxonomy, text: str) -> list[tuple[int, int, str | None]]:
    regex = topics._matcher(taxonomy).regex
    return [(m.start(), m.end(), m.lastgroup) for m in regex.finditer(text)]


def _scanned(taxonomy: Taxonomy, text: str) -> list[tuple[int, int, str | None]]:
    matcher = topics._matcher(taxonomy)
    return [(m.start(), m.end(), m.lastgroup) for m in matcher.scan.matches(matcher.regex, text)]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_the_scan_finds_what_the_regex_finds(text: str) -> None:
    for taxonomy in (SHIPPED, ODD):
        assert _scanned(taxonomy, text) == _plain(taxonomy, text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_pairs_and_mentions_are_those_of_the_regex_alone(text: str) -> None:
    matcher = topics._matcher(SHIPPED)
    mentions = topics.find_mentions(text, SHIPPED)
    assert [(m.start, m.end) for m in mentions] == [(s, e) for s, e, _ in _plain(SHIPPED, text)]
    assert topics.find_mentions(text, SHIPPED) == mentions  # from the memo, the same
    for pair in matcher.pairs:
        if pair.first.search(text) and pair.second.search(text):
            lower = text.lower() if text.isascii() else None
            assert pair.may_stand_in(lower)


def test_letters_that_fold_unlike_ascii_are_scanned_by_the_regex_itself() -> None:
    # "İ" lowers to two characters (every later position moves); the regex
    # takes "ſ" for an "s".
    assert len(_plain(ODD, "İİ ſanctions and duties")) == 2
    for text in ("İİ ſanctions and duties", "the \u212aelvin scale", "İ rare earths"):
        assert _scanned(ODD, text) == _plain(ODD, text)
        assert _scanned(SHIPPED, text) == _plain(SHIPPED, text)


def test_leading_runs_are_what_every_match_starts_with() -> None:
    assert leading_run("tariffs") == "tariff"
    assert leading_run("economy") == "econom"
    assert leading_run("U.S.-China") == "u"
    assert leading_run("REEs") == "ree"
    assert leading_run("rare earth elements") == "rare"
    assert leading_run("$ symbol") == ""


def test_an_alias_without_a_leading_word_character_scans_the_whole_text() -> None:
    assert CandidateScan.of(["$ cash", "tariff"]).whole_text
    assert not CandidateScan.of(["tariff", "EU"]).whole_text
