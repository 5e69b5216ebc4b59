"""When a forward-looking statement falls due, from its marker and the article's date."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.horizon import horizon

MAY_12 = dt.date(2025, 5, 12)
NOVEMBER = dt.date(2025, 11, 3)


@pytest.mark.parametrize(
    ("marker", "said", "after", "label"),
    [
        ("by late Q2", MAY_12, "", "By late Q2 2025"),
        ("by Q1", MAY_12, "", "By Q1 2026"),  # Q1 is past in May: next year's
        ("by Q3", MAY_12, " 2027, the ministry said", "By Q3 2027"),  # the year after it
        ("by March", MAY_12, "", "By March 2026"),
        ("by May", MAY_12, "", "By May 2025"),
        ("through H2", MAY_12, "", "Through H2 2025"),
        ("in 2027", MAY_12, "", "2027"),
        ("by late 2026", MAY_12, "", "By late 2026"),
        ("in the first half of 2026", MAY_12, "", "The first half of 2026"),
        ("next year", MAY_12, "", "2026"),
        ("early next year", MAY_12, "", "Early 2026"),
        ("next quarter", NOVEMBER, "", "Q1 2026"),
        ("next month", NOVEMBER, "", "December 2025"),
        ("next month", dt.date(2025, 12, 5), "", "January 2026"),
        ("next week", MAY_12, "", "The week of May 19, 2025"),
        ("next decade", MAY_12, "", "The 2030s"),
        ("later this year", MAY_12, "", "Later in 2025"),
        ("toward year-end", MAY_12, "", "By the end of 2025"),
        ("by the end of the year", MAY_12, "", "By the end of 2025"),
        ("by the end of next year", MAY_12, "", "By the end of 2026"),
        ("towards the end of this quarter", MAY_12, "", "By the end of Q2 2025"),
        ("in the coming months", MAY_12, "", "Months after May 12, 2025"),
        ("over the next few years", MAY_12, "", "Years after May 12, 2025"),
        ("in the weeks ahead", MAY_12, "", "Weeks after May 12, 2025"),
        ("in the coming year", MAY_12, "", "Within a year of May 12, 2025"),
        ("before the end of the decade", MAY_12, "", "Before the end of the 2020s"),
    ],
)
def test_horizons(marker: str, said: dt.date, after: str, label: str) -> None:
    found = horizon(marker, said, after)
    assert found is not None and found.label == label


@pytest.mark.parametrize("marker", ["could", "is expected to", "plans to", "forecasts", "may"])
def test_a_modal_marker_names_no_time(marker: str) -> None:
    assert horizon(marker, MAY_12) is None


def test_without_a_date_only_a_named_year_has_a_horizon() -> None:
    assert horizon("next year", None) is None
    assert horizon("in the coming months", None) is None
    assert horizon("by Q3", None) is None
    found = horizon("by 2030", None)
    assert found is not None and found.label == "By 2030"


def test_horizons_sort_by_the_month_they_start() -> None:
    markers = ["next year", "by late Q2", "in the coming months", "in 2027", "later this year"]
    found = {m: horizon(m, MAY_12) for m in markers}
    months = {m: h.month for m, h in found.items() if h is not None}
    assert sorted(markers, key=months.__getitem__) == [
        "by late Q2",
        "later this year",
        "in the coming months",
        "next year",
        "in 2027",
    ]
