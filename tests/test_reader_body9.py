"""The reader on the body layouts of its ninth round (issue 13,
``tests/eval/dev9``): labels ending in ":" as headings, alt text and credits
after a caption's sentence, newsletters' mail links, labelled promos, advice
disclaimers and reader prompts, and promos among key points."""

from __future__ import annotations

import pytest

from generator.reader.rules import classify
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read

JULY = "Duties on the metals rise again on 1 July, when the exclusion for small motors expires."


def _kind(text: str) -> str | None:
    rule = classify(text)
    return rule.kind if rule is not None else None


@pytest.mark.parametrize(
    "line",
    [
        "View in browser",
        "You are receiving this email because you signed up at example.news. Unsubscribe",
        "Read the full issue on our website",
        "Next guide: How a separation plant works",
        "Next gallery: Copper country in Zambia",
        "Sponsored: Invest in lithium with a low-cost ETF",
        "Read more explainers",
        "Trending: Nvidia earnings, gold price, rare earths",
        "Suggested Topics:",
        "This article is for information only and is not investment advice.",
        "This story is developing and will be updated.",
        "Was this guide helpful? Yes / No",
        "Report an error",
        "Cite this publication",
        "Reprints",
        "Share this note",
        "What do you think? Let us know in the comments below.",
    ],
)
def test_notices_and_promos_are_chrome(line: str) -> None:
    assert _kind(line) == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Image: a ship loads containers at Kuantan port",
        "Image: Delegates outside the minister's residence",
        "A technician checks a solvent extraction cell. Reuters/Lai Seng Sin",
    ],
)
def test_alt_text_and_credits_after_a_sentence_are_captions(line: str) -> None:
    assert _kind(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Prices rose again this week, traders said.",
        "The next guide to the market will be published in May.",
        "Photo agencies said the images were taken in March.",
    ],
)
def test_story_sentences_stay_text(line: str) -> None:
    assert _kind(line) is None


def test_live_ticker_and_newsletter_promos() -> None:
    assert _kind("Live ticker") == "box_label"
    assert _kind("Get our free Critical Minerals briefing every Friday") == "box_label"


def test_labels_ending_in_a_colon_over_paragraphs_are_headings() -> None:
    text = (
        f"Gallium checks slow exports\n\n{LEAD}\n\nThe numbers:\n\n{MORE}\n\n"
        f"What changes in July:\n\n{LAST}\n"
    )
    assert headings(read(text)) == ["The numbers", "What changes in July"]


def test_one_label_ending_in_a_colon_alone_is_no_heading() -> None:
    article = read(f"Gallium checks slow exports\n\n{LEAD}\n\nThe numbers:\n\n{MORE}\n\n{LAST}\n")
    assert headings(article) == []


def test_short_line_over_the_lead_heads_the_first_section() -> None:
    text = (
        "Tariffs and the price of magnets\nSamuel Achebe, Senior Fellow\nJune 2025\n\n"
        f"Executive summary\n\n{LEAD}\n\nMethod\n\n{MORE}\n\nFindings\n\n{LAST}\n"
    )
    assert headings(read(text)) == ["Executive summary", "Method", "Findings"]


def test_contents_box_keeps_the_headings_it_repeats() -> None:
    text = (
        "A guide to gallium checks\nBy Ines Marchetti\nMay 2, 2025\n\n"
        "Table of contents\nWhy the ports check more\nWhat the forwarders say\n\n"
        f"{LEAD}\n\nWhy the ports check more\n\n{MORE}\n\nWhat the forwarders say\n\n{LAST}\n"
    )
    article = read(text)
    assert headings(article) == ["Why the ports check more", "What the forwarders say"]
    assert article.highlights == ()


@pytest.mark.parametrize(
    "lead_in",
    ["The most advanced are:", "The ministry said:", "Officials listed three reasons as follows:"],
)
def test_lead_in_ending_in_a_colon_is_no_heading(lead_in: str) -> None:
    text = (
        f"Gallium checks slow exports\n\n{LEAD}\n\n{lead_in}\n\n{MORE}\n\n"
        f"The numbers:\n\n{LAST}\n\nWhat changes in July:\n\n{JULY}\n"
    )
    article = read(text)
    assert headings(article) == ["The numbers", "What changes in July"]
    assert lead_in in body_text(article)


def test_colon_label_over_a_quotation_is_no_heading() -> None:
    quote = (
        '"We cannot wait for the licences to clear, and we will not," the trader said on Tuesday.'
    )
    text = (
        f"Gallium checks slow exports\n\n{LEAD}\n\nOne trader:\n\n{quote}\n\n"
        f"The numbers:\n\n{MORE}\n\nWhat changes in July:\n\n{LAST}\n"
    )
    assert headings(read(text)) == ["The numbers", "What changes in July"]


def test_promo_among_unlabelled_key_points_is_dropped() -> None:
    text = (
        "Magnet stockpile runs a year late\nBy Greta Lind\n4 June 2025\n\n"
        "- The agency holds a third of its target for magnets\n"
        "- Contracts for samarium magnets have not been awarded\n"
        "- Get our free Critical Minerals briefing every Friday\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    article = read(text)
    assert article.highlights == (
        "The agency holds a third of its target for magnets",
        "Contracts for samarium magnets have not been awarded",
    )


def test_last_section_heading_over_its_points_stays() -> None:
    text = (
        f"Gallium checks slow exports\n\n{LEAD}\n\n{MORE}\n\nWhat to watch\n"
        "- Whether the ministry speeds up gallium licences in the quarter\n"
        "- More containers opened by customs officers at the ports\n"
    )
    article = read(text)
    assert headings(article) == ["What to watch"]
    assert "More containers opened by customs officers" in body_text(article)


def test_standfirst_label_over_several_lines_labels_key_points() -> None:
    text = (
        "Kazakhstan offers rare earth blocks\nBy Aigerim Sadykova\nAugust 14, 2025\n\n"
        "The big picture\n"
        "Forty exploration blocks open to foreign companies\nBids close in September\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    article = read(text)
    assert article.highlights == (
        "Forty exploration blocks open to foreign companies",
        "Bids close in September",
    )


def test_key_points_label_may_open_with_a_symbol() -> None:
    assert _kind("📌 KEY POINTS") == "highlights_header"
    assert _kind("➤ Highlights:") == "highlights_header"


@pytest.mark.parametrize(
    "label",
    ["Here's what you need to know:", "5 things to know", "Three key takeaways", "Fast facts"],
)
def test_more_key_points_labels(label: str) -> None:
    assert _kind(label) == "highlights_header"


CAPTIONED = (
    "Lynas wins Pentagon top-up for Texas plant\nBy Jordan Pike\nMay 30, 2025\n\n"
    "{caption}\n\n"
    "• Lynas received an extra US$96 million from the Department of Defense\n"
    "• The money covers higher construction costs at Seadrift, Texas\n\n"
    f"{LEAD}\n\n{MORE}\n"
)


def test_caption_between_byline_and_key_points_is_dropped() -> None:
    caption = "Workers at the Lynas plant in Kalgoorlie, Western Australia, in March 2024."
    article = read(CAPTIONED.format(caption=caption))
    assert len(article.highlights) == 2
    assert "Kalgoorlie" not in body_text(article)


def test_a_reporting_lead_over_a_list_stays_the_lead() -> None:
    lead = "The ministry said on Tuesday it would add two measures to its licence rules."
    article = read(CAPTIONED.format(caption=lead))
    assert article.highlights == ()
    assert body_text(article).startswith("The ministry said")
