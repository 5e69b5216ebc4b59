from __future__ import annotations

import pytest

from generator.extract.topic_deeds import DEEDS, Deed, deed_pattern, find_deeds

EXPORTS = frozenset({"export-controls"})


def deeds_in(text: str, slugs: frozenset[str] = EXPORTS) -> list[str]:
    return [text[start:end] for start, end, _ in find_deeds(text, slugs)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China banned exports of antimony.", "banned exports"),
        ("Beijing halts antimony exports", "halts antimony exports"),
        ("a ban on the export of raw lithium ore", "ban on the export"),
        ("curbs on cobalt shipments from Kinshasa", "curbs on cobalt shipments"),
        ("the 2010 halt in shipments to Japan", "halt in shipments"),
        ("China restricted tungsten exports in February", "restricted tungsten exports"),
        ("Restrictions on rare earth exports", "Restrictions on rare earth exports"),
        ("licences for magnet exports", "licences for magnet exports"),
        ("speed approvals for shipments of magnets", "approvals for shipments"),
        ("the licensing of rare earth exports", "licensing of rare earth exports"),
    ],
)
def test_an_act_of_restriction_before_exports_is_a_deed(text: str, expected: str) -> None:
    assert deeds_in(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Bank exports rose in March.",
        "Exports were banned in 2023.",
        "The ban, the third this year, hit exports.",
        "Ministers restricted the use of coal in power stations for the next decade of exports.",
        "Beijing tightens its grip on exports of critical minerals.",
        "A driving licence, then a job in exports.",
    ],
)
def test_no_deed_without_the_act_first_in_the_same_clause(text: str) -> None:
    assert deeds_in(text) == []


def test_a_deed_whose_topic_the_taxonomy_lacks_is_skipped() -> None:
    assert deeds_in("China banned exports of antimony.", frozenset({"tariffs"})) == []


def test_deeds_are_named_data_for_topics() -> None:
    assert all(deed.name and deed.acts and deed.objects for deed in DEEDS)
    deed = Deed("closing ports", "shipping", acts=("close",), objects=("port",), gap=1)
    assert deed_pattern(deed).search("they closed the ports")
    assert not deed_pattern(deed).search("they closed two big ports")
