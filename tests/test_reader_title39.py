"""The reader on headlines, headings and dates in whole pages (issue 13,
``tests/eval/dev39``)."""

from __future__ import annotations

import pytest

from generator.reader.lines import read_lines
from generator.reader.links import rejoin
from generator.reader.meta import parse_meta
from generator.reader.meta_fields import Meta
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read

HEADLINE = "Gallium checks are a warning. Ports need a plan"
WRITER = "Ana Lima"
STANDFIRST = "Customs officers keep opening containers. What shippers need is a rule they can read in advance"
STAMP = "Sat 8 Mar 2025 06.00 GMT"


def _page(*header: str) -> str:
    return "\n".join(("Opinion", *header, LEAD, MORE, LAST)) + "\n"


def test_a_longer_line_under_the_columnists_name_is_the_standfirst() -> None:
    article = read(_page(HEADLINE, WRITER, STANDFIRST, STAMP))
    assert article.title == HEADLINE
    assert article.dek == STANDFIRST
    assert article.author == WRITER


GUIDANCE = "Importing gallium compounds: licensing and reporting"
SUMMARY = (
    "Find out when you need to report imports of gallium compounds and how to apply for a licence."
)


def test_a_consent_banners_heading_and_its_essential_cookies_line_are_chrome() -> None:
    banner = (
        "Cookies on GOV.UK",
        "We use some essential cookies to make this website work.",
        "Accept additional cookies",
        "Reject additional cookies",
    )
    article = read("\n".join((*banner, GUIDANCE, SUMMARY, "Published 3 March 2025", LEAD, MORE)))
    assert article.title == GUIDANCE
    text = body_text(article)
    assert "essential cookies" not in text
    assert "additional cookies" not in text


def test_labels_over_their_values_under_a_standfirst_are_read() -> None:
    header = (
        GUIDANCE,
        SUMMARY,
        "From:",
        "Department for Business and Trade",
        "Published",
        "3 March 2025",
        "Last updated",
        "14 April 2025 — See all updates",
    )
    article = read("\n".join((*header, LEAD, MORE, LAST)))
    assert article.title == GUIDANCE
    assert article.dek == SUMMARY
    assert article.source_name == "Department for Business and Trade"
    assert str(article.date) == "2025-03-03"
    assert str(article.updated) == "2025-04-14"


CONTENTS = ("Contents", "Who this guidance is for", "What you need to report", "How to apply")


def _guidance() -> str:
    body = (
        "Who this guidance is for",
        LEAD,
        MORE,
        "What you need to report",
        LAST,
        "How to apply",
        "Apply through the online service before the first shipment leaves the port.",
    )
    return "\n".join((GUIDANCE, SUMMARY, "Published 3 March 2025", *CONTENTS, *body)) + "\n"


def test_a_contents_entry_ending_in_a_preposition_is_not_joined_to_the_next() -> None:
    lines = [line.text for line in rejoin(read_lines(_guidance()))]
    listed = lines.index("Contents") + 1
    assert lines[listed : listed + 2] == ["Who this guidance is for", "What you need to report"]


def test_a_phrase_cut_at_a_link_is_still_joined() -> None:
    text = "Talks between the United States and\nChina\nresumed on Tuesday in Geneva.\n"
    lines = [line.text for line in rejoin(read_lines(text)) if line.kind == "text"]
    assert lines == ["Talks between the United States and China resumed on Tuesday in Geneva."]


def test_the_first_heading_listed_in_the_contents_heads_its_section() -> None:
    assert headings(read(_guidance())) == [
        "Who this guidance is for",
        "What you need to report",
        "How to apply",
    ]


def test_a_reporting_period_is_not_the_pages_date() -> None:
    header = (
        "Gallium supply monitor, January–June 2025",
        "Reporting period: 1 January – 30 June 2025",
        "Published 18 July 2025",
    )
    article = read("\n".join((*header, LEAD, MORE, LAST)))
    assert str(article.date) == "2025-07-18"
    assert "Reporting period" not in body_text(article)


def test_labelled_event_dates_and_deadlines_name_no_date() -> None:
    for line in ("Event date: 12 May 2025", "Closing date: 30 June 2025", "Period: Q1 2025"):
        assert parse_meta(line) == Meta()
    assert parse_meta("Published: 12 May 2025") != Meta()


def test_every_section_the_contents_lists_is_a_heading_even_over_another() -> None:
    contents = ("Contents", "1 Introduction", "2 Supply", "2.1 Rare earths", "3 Prices")
    body = (
        "1 Introduction",
        LEAD,
        "2 Supply",
        "2.1 Rare earths",
        MORE,
        "Figure 2: Gallium import prices, 2024–2025",
        "3 Prices",
        LAST,
    )
    page = "\n".join(
        ("Gallium supply monitor, first half", "Published 18 July 2025", *contents, *body)
    )
    assert headings(read(page + "\n")) == [
        "1 Introduction",
        "2 Supply",
        "2.1 Rare earths",
        "3 Prices",
    ]


@pytest.mark.parametrize(
    "line",
    ["Figure 2: Gallium import prices, EUR/kg, July 2024–June 2025", "Chart 3. Exports by month",
     "Exhibit 1: Refining capacity by country"],
)  # fmt: skip
def test_a_reports_numbered_figure_is_chrome(line: str) -> None:
    assert read_lines(line + "\n")[0].rule == "numbered_figure"


@pytest.mark.parametrize(
    "line",
    ["Figure skating returns to Beijing", "Chart topping exports", "Table 1: Imports by origin"],
)
def test_unnumbered_lines_and_tables_are_no_figures(line: str) -> None:
    assert read_lines(line + "\n")[0].rule != "numbered_figure"


def test_a_share_row_naming_the_story_is_chrome() -> None:
    line = "Share this article: Refinery in Kalgoorlie gets $400m loan, but workers question timing"
    assert read_lines(line + "\n")[0].kind == "boilerplate"
    assert read_lines("Share this article\n")[0].rule != "share_titled"


def test_a_broadcasters_bracketed_newsroom_credit_ends_a_caption() -> None:
    caption = "The refinery site on the outskirts of Kalgoorlie. (SCB News: Tom Nguyen)"
    assert read_lines(caption + "\n")[0].kind == "caption"
    # A sentence ending in brackets that credit no newsroom stays prose.
    prose = "The loan came from the export agency. (It had been expected since May.)"
    assert read_lines(prose + "\n")[0].kind != "caption"


def _release(*foot: str) -> str:
    header = (
        "PRESS RELEASE",
        "Posted on 14/01/2025",
        "Magnet makers urge a European rare earth reserve",
    )
    return "\n".join((*header, LEAD, MORE, LAST, "Media contact", "press@example.eu", *foot)) + "\n"


def test_a_later_last_modified_stamp_at_the_foot_updates_the_page() -> None:
    article = read(_release("Last modified: 16/01/2025", "Share", "Privacy policy"))
    assert str(article.date) == "2025-01-14"
    assert str(article.updated) == "2025-01-16"


def test_a_foot_stamp_no_later_than_the_date_is_no_update() -> None:
    assert read(_release("Last modified: 14/01/2025", "Privacy policy")).updated is None
    assert read(_release("Modified: 10/01/2025", "Privacy policy")).updated is None


def _portal(*after_box: str) -> str:
    header = (
        "Company news",
        "Explorer hits thick clay-hosted rare earths",
        "Ella Whitmore",
        "Monday, 10th February 2025",
    )
    box = (
        "RELATED ARTICLES",
        "Ionic clays: the next rare earths play?",
        "Yilgarn explorer raises $8m",
    )
    return "\n".join((*header, LEAD, MORE, *box, *after_box, "Comments", "Most popular")) + "\n"


def test_the_story_resumes_after_a_related_box_under_a_heading() -> None:
    analysts = '"Thick and shallow is a great start," analyst Priya Raman said of the grades.'
    plans = "Redgum plans a 150-hole infill program from April, the company said."
    article = read(_portal("What analysts say", analysts, "Next steps", plans))
    assert headings(article) == ["What analysts say", "Next steps"]
    assert plans in body_text(article)
    assert str(article.date) == "2025-02-10"


def test_a_rails_teasers_after_the_box_do_not_resume_the_story() -> None:
    teasers = ("Lithium price slide deepens", "Gold miners post record quarter")
    assert "Lithium price slide deepens" not in body_text(read(_portal(*teasers)))


def test_the_first_question_under_a_faq_heading_is_a_heading_too() -> None:
    faq = (
        "Frequently asked questions",
        "What are gallium compounds used for?",
        "They go into chips for radar, phone chargers and solar cells, the ministry says.",
        "Does anyone else refine gallium?",
        "Yes. Plants in Japan and Germany refine small amounts, the forwarders said.",
    )
    page = "\n".join(
        (
            "Gallium checks slow shipments from southern ports",
            "By Ana Lima | 4 June 2025",
            LEAD,
            MORE,
            *faq,
        )
    )
    assert headings(read(page + "\n")) == [faq[0], faq[1], faq[3]]


def _briefing(first: str, later: str) -> str:
    header = ("Gallium and the ports: a briefing", "By Ana Lima", "3 November 2025", "Summary")
    points = (
        "Customs officers have begun opening more containers.",
        "Shipments now take days longer.",
    )
    body = (
        first,
        LEAD,
        MORE,
        later,
        LAST,
        "Exporters expect the rules to be reviewed before the end of the year.",
    )
    return "\n".join((*header, *points, *body)) + "\n"


def test_a_line_under_the_key_points_cased_as_the_headings_heads_the_first_section() -> None:
    article = read(_briefing("Why the checks matter", "What the ministry says"))
    assert headings(article) == ["Why the checks matter", "What the ministry says"]


def test_a_promos_name_under_the_key_points_is_no_heading() -> None:
    article = read(_briefing("Bespoke Investor Insights", "1. SUPPLY CONTROLS STAY"))
    assert "Bespoke Investor Insights" not in headings(article)


def _wire(sentence: str) -> str:
    header = (
        "China tightens rare earth export checks",
        "By Reuters Staff",
        "Published 12/09/2025, 06:42 AM",
    )
    return "\n".join((*header, LEAD, sentence, LAST)) + "\n"


def test_a_page_writing_its_dates_month_first_without_years_reads_digits_so() -> None:
    assert (
        str(read(_wire("The rule, which takes effect on Jan. 1, covers neodymium magnets.")).date)
        == "2025-12-09"
    )


def test_a_page_writing_its_dates_day_first_keeps_the_day_first_reading() -> None:
    assert (
        str(
            read(_wire("The rule, which takes effect on 1 January, covers neodymium magnets.")).date
        )
        == "2025-09-12"
    )


def test_a_committees_name_over_the_headline_is_its_issuer() -> None:
    headline = "Hearing Recap: Witnesses Warn Gallium Supply Could Run Dry"
    lead = "On Tuesday, the Subcommittee on Mineral Security heard from four witnesses on gallium."
    page = "\n".join(
        ("Hearings", "Subcommittee on Mineral Security", headline, "Jun 18, 2025", lead, MORE, LAST)
    )
    assert read(page + "\n").title == headline


def test_a_field_listing_names_between_semicolons_is_no_heading() -> None:
    fields = "Government agencies: U.S. Department of Commerce; U.S. International Trade Commission"
    page = "\n".join(("Court upholds gallium duties", "May 14, 2025", LEAD, fields, MORE, LAST))
    assert headings(read(page + "\n")) == []
    page = "\n".join(
        ("Court upholds gallium duties", "May 14, 2025", LEAD, "Next steps: the appeal", MORE, LAST)
    )
    assert headings(read(page + "\n")) == ["Next steps: the appeal"]


def test_a_heading_under_a_pull_quotes_dashed_name_and_employer_is_a_heading() -> None:
    body = (
        LEAD,
        "“Customers used to ask us for price. Now the first question is provenance.”",
        "— Owen Prescott, Tindal Minerals",
        "A shortage of chemists",
        MORE,
        "Who buys the oxide?",
        LAST,
    )
    page = "\n".join(("Inside the race to refine", "By Ana Lima | 4 June 2025", *body))
    assert headings(read(page + "\n")) == ["A shortage of chemists", "Who buys the oxide?"]


def test_the_role_under_a_dashed_name_alone_is_no_heading() -> None:
    body = (
        LEAD,
        "“Now the first question is provenance.”",
        "— Owen Prescott",
        "Managing Director",
        MORE,
        LAST,
    )
    page = "\n".join(("Inside the race to refine", "By Ana Lima | 4 June 2025", *body))
    assert headings(read(page + "\n")) == []


def test_a_heading_under_a_tables_source_note_heads_its_section() -> None:
    table = (
        "Terbium oxide 99.99% 1,210-1,260",
        "Lanthanum oxide 99% 590-610",
        "Source: MetalPulse assessments",
    )
    outlook = "Traders said prices would hold until the quota is announced next month."
    body = (LEAD, MORE, *table, "Market drivers", LAST, "Outlook", outlook)
    page = "\n".join(
        ("Rare earth prices slip in thin trade", "By Ana Lima | December 5, 2025", *body)
    )
    assert headings(read(page + "\n")) == ["Market drivers", "Outlook"]


def test_a_stamp_run_on_after_a_source_field_dates_the_page() -> None:
    found = parse_meta("Source: Xinhua Editor: Zhang Wei 2025-06-11 09:20:41")
    assert found is not None
    assert (found.source, str(found.published)) == ("Xinhua", "2025-06-11")
    assert parse_meta("Source: Xinhua") == Meta(source="Xinhua")


def test_the_last_contents_entry_over_the_lead_stays_in_the_box() -> None:
    header = (
        "FIVE THINGS TO WATCH IN GALLIUM",
        "Posted on 3rd March 2025 by Grace Mwangi",
        SUMMARY,
    )
    contents = ("Table of Contents", "1. Ports slow down", "2. Who checks the gallium containers?")
    body = (LEAD, "1. Ports slow down", MORE, "2. Who checks the gallium containers?", LAST)
    article = read("\n".join((*header, *contents, *body)) + "\n")
    assert str(article.date) == "2025-03-03"
    assert "Who checks the gallium containers?" not in body_text(article).splitlines()
    assert headings(article) == ["1. Ports slow down", "2. Who checks the gallium containers?"]
