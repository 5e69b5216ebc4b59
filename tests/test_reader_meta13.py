"""The reader on page metadata of its thirteenth round (issue 13,
``tests/eval/dev13``): dates by their time zone, an outlet run into its date,
labels that credit a writer or photographer, agencies beside a credit,
newsrooms signing a story, and the lines that name where a story came from
(a feed's "appeared first on", "originally ran in", an app's share text, a
newsletter's masthead sentence, a browser's print header, a slashed dateline)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.reader.control_rules import CONTROL_RULES
from generator.reader.datelines import dateline_date, split_dateline
from generator.reader.dates import find_dates
from generator.reader.email_header import sender_name
from generator.reader.furniture_rules import FURNITURE_RULES
from generator.reader.headings import is_title_cased
from generator.reader.line_rule import LineRule
from generator.reader.lines import read_lines
from generator.reader.meta import parse_meta
from generator.reader.meta_fields import Meta
from generator.reader.names import is_person
from generator.reader.outlets import clean_outlet, is_outlet, staff_outlet
from generator.reader.plaintext import strip_site_suffix
from generator.reader.signatures import wire_credit_authors
from generator.reader.title_shapes import variant_of
from tests.reader_story import LAST, LEAD, MORE, body_text, read

TITLE = "Gallium checks slow shipments from southern ports"


def pasted(*lines: str, after: tuple[str, ...] = ()) -> str:
    """Lines as a browser pastes them: one under the other, no blank lines."""
    return "\n".join((*lines, LEAD, MORE, LAST, *after)) + "\n"


def control_rule(name: str) -> LineRule:
    return next(rule for rule in CONTROL_RULES if rule.name == name)


def furniture_rule(name: str) -> LineRule:
    return next(rule for rule in FURNITURE_RULES if rule.name == name)


def test_an_american_time_zone_reads_a_numeric_date_month_first() -> None:
    stamp = find_dates("Last Updated: 6/9/2025 12:04 PM ET")
    assert stamp is not None and stamp.updated == dt.date(2025, 6, 9)
    # Elsewhere day first, and a weekday still settles it.
    assert find_dates("Published 05/06/2025 10:00 IST").published == dt.date(2025, 6, 5)  # type: ignore[union-attr]
    assert find_dates("Tue 05/06/2025 EDT").published == dt.date(2025, 5, 6)  # type: ignore[union-attr]


def test_an_update_before_its_first_publication_in_brackets_is_one_stamp() -> None:
    meta = parse_meta("Updated 9 June 2025 (first published 8 June 2025)")
    assert meta is not None
    assert (meta.published, meta.updated) == (dt.date(2025, 6, 8), dt.date(2025, 6, 9))


def test_an_outlet_run_into_its_date_is_the_source() -> None:
    meta = parse_meta("Metal LedgerJun 5, 2025 · 2:15 PM EDT")
    assert meta is not None
    assert (meta.source, meta.published) == ("Metal Ledger", dt.date(2025, 6, 5))


@pytest.mark.parametrize(
    ("line", "author"),
    [("Words: Hannah Cole", "Hannah Cole"),
     ("Text: Sofia Lindqvist · Photos: Erik Berg", "Sofia Lindqvist"),
     ("Contributed by: Amara Eze, Senior Fellow, Lagos Institute for Trade", "Amara Eze")],
)  # fmt: skip
def test_labels_that_credit_a_writer_name_the_author(line: str, author: str) -> None:
    meta = parse_meta(line)
    assert meta is not None and meta.author == author


def test_a_label_that_credits_a_writer_needs_a_name_after_it() -> None:
    assert parse_meta("Text: Section 301 of the Trade Act") is None
    assert parse_meta("Photos: the new plant at dusk") is None


def test_an_agency_beside_an_editors_credit_is_the_source() -> None:
    meta = parse_meta("Xinhua | Editor: Wang Li")
    assert meta is not None and (meta.source, meta.author) == ("Xinhua", None)
    assert parse_meta("Ore Street | Editor: Wang Li") is None


def test_an_agency_by_its_full_name_is_no_person() -> None:
    assert not is_person("Agence France-Presse")
    assert is_person("France Dupont")


def test_a_newsroom_signing_a_story_names_the_outlet() -> None:
    assert staff_outlet("Mining Insight Editorial Team") == "Mining Insight"
    assert staff_outlet("The Editorial Board") is None
    assert staff_outlet("Mining Insight") is None
    meta = parse_meta("Posted by Mining Insight Editorial Team")
    assert meta is not None and (meta.source, meta.author) == ("Mining Insight", None)


def test_a_slashed_distributor_dateline_dates_and_sources_a_release() -> None:
    text = "VANCOUVER, BC / ACCESS Newswire / June 10, 2025 / Borealis Rare Metals Inc. is pleased"
    found = split_dateline(text)
    assert found is not None
    head, rest, agency = found
    assert (agency, rest) == ("ACCESS Newswire", "Borealis Rare Metals Inc. is pleased")
    assert dateline_date(head) == dt.date(2025, 6, 10)
    assert split_dateline("Prices rose / fell / June 10, 2025 / and then") is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [("The post Canada adds five minerals appeared first on North Shaft News.", "republished"),
     ("This commentary originally ran in the Lagos Business Journal.", "republished"),
     ("Check out this article from Asia Metals Review:", "app_share"),
     ("Sent from the Asia Metals Review app. Download it on the App Store.", "app_share"),
     ("You're reading Rare Earth Rundown, a free newsletter by Jamie Fox.", "newsletter_masthead"),
     ("Brought to you by Halcyon Assay Labs", "sponsor"),
     ("—With assistance from Tom Reyes.", "assistance"),
     ("6/6/25, 9:14 AM Indonesia weighs levy on bauxite | Asia Mining Times", "print_header"),
     ("https://asiaminingtimes.com/2025/06/05/indonesia-bauxite-levy/ 2/2", "print_header")],
)  # fmt: skip
def test_notes_on_where_a_story_came_from_are_chrome(line: str, rule: str) -> None:
    assert furniture_rule(rule).test(line)
    assert read_lines(line + "\n")[0].kind == "boilerplate"


@pytest.mark.parametrize(
    ("line", "rule"),
    [("The post-war order appeared first in Europe, historians say.", "republished"),
     ("Read this article to the end before you sign.", "app_share"),
     ("Brought to you by the same people who ran the old mine, the plan drew fire.", "sponsor"),
     ("6/6/25, prices rose.", "print_header")],
)  # fmt: skip
def test_prose_is_not_such_a_note(line: str, rule: str) -> None:
    assert not furniture_rule(rule).test(line)


@pytest.mark.parametrize(
    ("after", "source"),
    [(("The post Gallium checks slow shipments appeared first on North Shaft News.",), "North Shaft News"),
     (("This commentary originally ran in the Lagos Business Journal.",), "Lagos Business Journal"),
     (("This story was originally published by Grid & Mine Magazine and is republished here with permission.",),
      "Grid & Mine Magazine"),
     (("© Copyright 2025 — Pacific Ore Media Pty Ltd | ABN 12 345 678 901",), "Pacific Ore Media"),
     (("Mining Insight © 2025",), "Mining Insight")],
)  # fmt: skip
def test_a_line_under_the_story_names_its_source(after: tuple[str, ...], source: str) -> None:
    article = read(pasted("Energy Commons", TITLE, "By Dana Whitfield", after=after))
    assert article.source_name == source
    assert after[0] not in body_text(article)


def test_an_app_share_names_the_publication() -> None:
    article = read(pasted("Check out this article from Asia Metals Review:", TITLE))
    assert (article.title, article.source_name) == (TITLE, "Asia Metals Review")


def test_a_newsletter_masthead_sentence_names_the_newsletter() -> None:
    line = "You're reading Rare Earth Rundown, a free newsletter by Jamie Fox."
    article = read(pasted("View online", line, TITLE, "June 11, 2025"))
    assert (article.title, article.source_name) == (TITLE, "Rare Earth Rundown")


def test_a_browser_print_header_names_the_site() -> None:
    header = f"6/6/25, 9:14 AM {TITLE} | Asia Mining Times"
    footer = "https://asiaminingtimes.com/2025/06/05/gallium-checks/ 2/2"
    article = read(pasted(header, TITLE, "By Dewi Anggraini", after=(footer,)))
    assert (article.title, article.source_name) == (TITLE, "Asia Mining Times")
    assert "2/2" not in body_text(article)


def test_a_date_with_dots_is_no_counter() -> None:
    line = read_lines("12.06.2025\n")[0]
    assert (line.kind, line.rule) == ("meta", "metadata")
    assert read_lines("2,031\n")[0].rule == "counter"


def test_a_byline_crediting_the_pictures_is_no_caption() -> None:
    line = read_lines("Text: Sofia Lindqvist · Photos: Erik Berg\n")[0]
    assert line.kind == "meta"
    assert read_lines("Photo: Erik Berg / Nordic Metals Review\n")[0].kind == "caption"


def test_a_square_bracketed_wire_credit_names_the_reporters() -> None:
    credit = "[Reporting by Aditi Rao in New Delhi; Editing by Mark Ellis]"
    assert wire_credit_authors(credit) == "Aditi Rao"
    article = read(pasted(TITLE, "Reuters | Updated: Jun 06, 2025, 11:42 IST", after=(credit,)))
    assert (article.author, article.source_name) == ("Aditi Rao", "Reuters")
    assert credit not in body_text(article)


def test_an_outlook_forward_header_dates_the_mail_and_drops_the_prefix() -> None:
    header = (
        "From: Rare Metals Insider <alerts@raremetalsinsider.com>",
        "Sent: Friday, June 6, 2025 6:30 AM",
        "To: Trading Desk <desk@example.com>",
        f"Subject: FW: {TITLE}",
    )
    article = read(pasted(*header))
    assert (article.title, article.date) == (TITLE, dt.date(2025, 6, 6))
    assert article.source_name == "Rare Metals Insider"


@pytest.mark.parametrize(
    ("line", "source", "published"),
    [("Metal LedgerJun 5, 2025 · 2:15 PM EDT", "Metal Ledger", dt.date(2025, 6, 5)),
     ("ORE WIRE12 June 2025 | 11:00", "ORE WIRE", dt.date(2025, 6, 12))],
)  # fmt: skip
def test_an_outlet_run_into_its_date_in_either_order_of_date(
    line: str, source: str, published: dt.date
) -> None:
    meta = parse_meta(line)
    assert meta is not None and (meta.source, meta.published) == (source, published)


def test_a_name_run_into_a_date_is_the_source_only_when_it_reads_as_an_outlet() -> None:
    meta = parse_meta("Priya RamanJun 5, 2025")
    assert meta is None or meta.source is None


def test_a_dashed_day_first_date_is_read_and_its_separators_agree() -> None:
    meta = parse_meta("12-06-2025 | 10:22")
    assert meta is not None and meta.published == dt.date(2025, 6, 12)
    assert find_dates("12-06/2025") is None


def test_a_reading_time_in_minutes_run_into_the_last_update() -> None:
    meta = parse_meta("Reading time: 4 minutesLast update: 12.06.2025")
    assert meta is not None and meta.updated == dt.date(2025, 6, 12)


def test_a_source_label_naming_a_document_names_no_source() -> None:
    meta = parse_meta("Source: Company statement")
    assert meta is not None and meta.source is None
    assert parse_meta("Source: Cobalt & Nickel Weekly").source == "Cobalt & Nickel Weekly"  # type: ignore[union-attr]
    assert parse_meta("Source: mining.com").source == "mining.com"  # type: ignore[union-attr]


def test_an_agency_goes_by_its_name_without_the_article() -> None:
    article = read(pasted(TITLE, "By The Associated Press", "June 12, 2025"))
    assert (article.source_name, article.author) == ("Associated Press", None)


def test_a_story_label_names_the_writer() -> None:
    meta = parse_meta("Story: Hans Vogel")
    assert meta is not None and meta.author == "Hans Vogel"


def test_a_version_of_this_article_first_appeared_in_names_the_source() -> None:
    line = "A version of this article first appeared in Mining Markets Weekly."
    assert furniture_rule("republished").test(line)
    article = read(pasted(TITLE, "By Rafael Ortega", after=(line,)))
    assert article.source_name == "Mining Markets Weekly"


def test_a_title_with_a_section_and_the_site_after_it_names_the_site() -> None:
    assert variant_of(f"{TITLE} – Commodities – The Ore Observer", TITLE) == "The Ore Observer"
    assert variant_of(f"*{TITLE}* - Mining Pulse https://minp.ls/8Hq2", TITLE) == "Mining Pulse"
    assert variant_of("Prices fall – Commodities – The Ore Observer", TITLE) is None


def test_a_logo_label_names_the_site() -> None:
    article = read(pasted("Logo: Baltic Minerals Today", "Search", TITLE, "Kristjan Tamm"))
    assert (article.source_name, article.author) == ("Baltic Minerals Today", "Kristjan Tamm")


def test_an_article_link_line_names_the_site_by_its_host() -> None:
    line = "Article link: https://www.kazmetals.kz/en/news/karaganda-rare-earths"
    article = read(pasted(TITLE, "June 12, 2025", after=(line,)))
    assert article.source_name == "kazmetals.kz"
    assert "kazmetals" not in body_text(article)


def test_a_site_first_browser_title_names_the_site() -> None:
    assert variant_of(f"Mining Herald - {TITLE}", TITLE) == "Mining Herald"
    article = read(pasted(f"Mining Herald - {TITLE}", TITLE, "Report by Fatou Camara"))
    assert (article.title, article.source_name) == (TITLE, "Mining Herald")
    assert article.author == "Fatou Camara"


@pytest.mark.parametrize(
    ("line", "source"),
    [("This article is republished from The Conversation under a Creative Commons license. "
      "Read the original article.", "The Conversation"),
     ("This article first appeared on www.eastafricaminer.co.tz", "eastafricaminer.co.tz"),
     ("Originally published at https://oliverwrites.substack.com on June 13, 2025.",
      "oliverwrites.substack.com"),
     ("Copyright 2025, Westcoast Resources Media Pty Ltd ACN 123 456 789",
      "Westcoast Resources Media")],
)  # fmt: skip
def test_more_lines_under_the_story_name_its_source(line: str, source: str) -> None:
    article = read(pasted(TITLE, "By Dana Whitfield", after=(line,)))
    assert article.source_name == source
    assert line not in body_text(article)


@pytest.mark.parametrize(
    ("top", "source"),
    [("www.oreobserver.com.au", "oreobserver.com.au"),
     ("[Ore Street Journal logo]", "Ore Street Journal"),
     ("Published in Metal Musings", "Metal Musings"),
     ("Welcome to The Lithium Letter, your weekly guide to battery metals.", "The Lithium Letter")],
)  # fmt: skip
def test_more_lines_over_the_headline_name_the_site(top: str, source: str) -> None:
    article = read(pasted(top, TITLE, "By Chloe Nguyen"))
    assert (article.title, article.source_name) == (TITLE, source)


def test_an_edited_stamp_is_an_update() -> None:
    meta = parse_meta("Edited 13 June 2025 18:02")
    assert meta is not None and (meta.published, meta.updated) == (None, dt.date(2025, 6, 13))


@pytest.mark.parametrize(
    ("line", "author"),
    [("Author(s): Maria Gonzalez, Peter Lindberg", "Maria Gonzalez and Peter Lindberg"),
     ("Reporter | Dimas Pratama", "Dimas Pratama")],
)  # fmt: skip
def test_more_labels_name_the_writer(line: str, author: str) -> None:
    meta = parse_meta(line)
    assert meta is not None and meta.author == author


def test_an_editors_title_labels_no_writer() -> None:
    assert parse_meta("Editor | Wang Li") is None


def test_a_lone_authors_label_joins_the_name_under_it() -> None:
    article = read(pasted(TITLE, "Authors", "Dr. Megan Fisher", "June 13, 2025"))
    assert article.author == "Megan Fisher"


def test_a_handle_in_brackets_and_special_to_credit_writer_and_outlet() -> None:
    article = read(
        pasted(TITLE, "Ian McLeod (@ianmcleod_mines)", "Special to Vancouver Resource Review")
    )
    assert (article.author, article.source_name) == ("Ian McLeod", "Vancouver Resource Review")


def test_a_byline_for_an_outlet_joined_by_an_ampersand() -> None:
    meta = parse_meta("By Helena Brandt for Metals & Markets Review")
    assert meta is not None
    assert (meta.author, meta.source) == ("Helena Brandt", "Metals & Markets Review")


def test_a_byline_with_a_job_at_an_employer() -> None:
    meta = parse_meta("By Thomas Eriksen, Supply Chain Director at Nordvolt Materials")
    assert meta is not None and meta.author == "Thomas Eriksen"


def test_a_feed_readers_outlet_beside_its_age_and_read_time() -> None:
    meta = parse_meta("Resource Capital Review · 2h · 3 min read")
    assert meta is not None and meta.source == "Resource Capital Review"
    # A section's name beside them is no outlet.
    section = parse_meta("Markets · 2h · 3 min read")
    assert section is None or section.source is None


@pytest.mark.parametrize(
    ("line", "source"),
    [("Published by Battery Metals Digest, a service of Quarry Lane Media.", "Battery Metals Digest"),
     ("Metals & Markets Review is published by Brandt Media GmbH.", "Metals & Markets Review")],
)  # fmt: skip
def test_a_publishers_note_names_the_publication(line: str, source: str) -> None:
    assert furniture_rule("publisher_note").test(line)
    article = read(pasted(TITLE, "14 June 2025", after=(line,)))
    assert article.source_name == source
    assert line not in body_text(article)


def test_an_open_in_app_banner_names_the_site_and_is_chrome() -> None:
    article = read(pasted("Open in the Mining Weekly Asia app", "Mining", TITLE, "By Ana Santos"))
    assert (article.title, article.source_name) == (TITLE, "Mining Weekly Asia")


def test_a_newsletters_tagline_under_discover_more_is_no_lead() -> None:
    top = ("Discover more from The Rare Earth Observer", "Weekly notes on magnets and metals.")
    article = read(pasted(*top, "Subscribe", TITLE, "Nadia Karim", "Jun 14, 2025"))
    assert (article.title, article.source_name) == (TITLE, "The Rare Earth Observer")
    assert "Weekly notes" not in body_text(article)


def test_an_agencys_bare_name_over_the_story_is_no_start_of_its_body() -> None:
    article = read(pasted("Mining Herald", TITLE, "Reuters"))
    assert article.source_name == "Reuters"
    assert "Reuters" not in body_text(article)


@pytest.mark.parametrize(
    ("lead", "agency"),
    [("New Delhi [India], June 14 (ANI): India's mines ministry said", "ANI"),
     ("MOSCOW, June 14. /TASS/. Russia's mines ministry said", "TASS")],
)  # fmt: skip
def test_more_agency_datelines(lead: str, agency: str) -> None:
    found = split_dateline(lead)
    assert found is not None and found[2] == agency


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [("By JANE DOE AP Business Writer", "Jane Doe", "AP"),
     ("By The Canadian Press", None, "Canadian Press"),
     ("Courtesy: Reuters", None, "Reuters")],
)  # fmt: skip
def test_more_wire_credits(line: str, author: str | None, source: str) -> None:
    meta = parse_meta(line)
    assert meta is not None and (meta.author, meta.source) == (author, source)


@pytest.mark.parametrize(
    ("after", "source"),
    [("https://www.miningherald.com/news/2025/06/gallium-checks", "miningherald.com"),
     ("Read more at miningherald.com", "miningherald.com"),
     ("Read the full story at Mining Herald: https://www.miningherald.com/x", "Mining Herald")],
)  # fmt: skip
def test_a_link_to_the_story_under_it_names_the_site(after: str, source: str) -> None:
    article = read(pasted(TITLE, "June 14, 2025", after=(after,)))
    assert article.source_name == source


def test_a_bare_link_that_is_no_story_names_no_site() -> None:
    article = read(pasted(TITLE, "June 14, 2025", after=("https://t.co",)))
    assert article.source_name is None


def test_a_logos_alt_text_under_an_image_label_names_the_site() -> None:
    article = read(pasted("Image: Mining Herald logo", TITLE, "June 14, 2025"))
    assert (article.title, article.source_name) == (TITLE, "Mining Herald")


@pytest.mark.parametrize(
    ("value", "name"),
    [("Mining Herald [mailto:news@miningherald.com]", "Mining Herald"),
     ("Jane Doe <jane@miningherald.com>", None)],
)  # fmt: skip
def test_a_senders_name_or_domain_names_the_publisher(value: str, name: str | None) -> None:
    assert sender_name(value) == name


def test_an_outlook_separator_is_no_site_name() -> None:
    header = (
        "-----Original Message-----",
        "From: Mining Herald [mailto:news@miningherald.com]",
        "Sent: Friday, June 14, 2025 7:02 AM",
        f"Subject: {TITLE}",
    )
    article = read(pasted(*header))
    assert (article.title, article.source_name) == (TITLE, "Mining Herald")


@pytest.mark.parametrize(
    ("line", "rule"),
    [("Next image", "media_controls"), ("Click to enlarge", "media_controls"),
     ("Your browser does not support the video tag.", "media_controls"),
     ("Save my name, email, and website in this browser for the next time I comment.", "comment_form"),
     ("Sort by: Newest", "comment_form"), ("Follow this author", "follow_prompt"),
     ("Have a news tip?", "follow_prompt"), ("Read full article", "follow_prompt"),
     ("File photo", "file_photo"), ("👁 3,456", "eye_counter"),
     ("Stock quotes by finanzen.net", "data_notice"), ("Data delayed 15 minutes", "data_notice")],
)  # fmt: skip
def test_a_pages_controls_and_data_notices_are_chrome(line: str, rule: str) -> None:
    assert control_rule(rule).test(line)
    assert read_lines(line + "\n")[0].kind == "boilerplate"


@pytest.mark.parametrize(
    ("line", "rule"),
    [("Next", "media_controls"), ("Next steps", "media_controls"), ("Image of a plant", "media_controls"),
     ("Data provided by the ministry showed exports fell", "data_notice"),
     ("Prices delayed by the strike", "data_notice")],
)  # fmt: skip
def test_prose_and_headings_are_no_controls(line: str, rule: str) -> None:
    assert not control_rule(rule).test(line)


def test_a_place_under_the_date_is_no_author() -> None:
    assert not is_person("Hong Kong") and not is_person("NEW DELHI")
    article = read(pasted("Mining Herald", TITLE, "June 14, 2025", "Hong Kong"))
    assert article.author is None


def test_a_stamps_label_cut_off_its_date_by_a_dash() -> None:
    meta = parse_meta("Updated - June 16, 2025 08:02 am IST")
    assert meta is not None and (meta.published, meta.updated) == (None, dt.date(2025, 6, 16))


def test_a_writers_title_before_the_name_and_the_address_after_it() -> None:
    meta = parse_meta("Reporter Lee Min-ho minho@seoulindustry.example")
    assert meta is not None and meta.author == "Lee Min-ho"
    assert parse_meta("Reporter Rare Earths Exports rose") is None


def test_a_name_joined_by_an_ampersand_is_title_cased() -> None:
    assert is_title_cased("Ore & Policy")
    assert not is_title_cased("ore & policy")


@pytest.mark.parametrize(
    ("top", "source"),
    [("Mining Herald Mining Herald", "Mining Herald"), ("Home - Mining Herald", "Mining Herald")],
)  # fmt: skip
def test_a_masthead_printed_twice_or_as_the_home_pages_title(top: str, source: str) -> None:
    article = read(pasted(top, TITLE, "By Jane Doe"))
    assert (article.title, article.source_name) == (TITLE, source)


def test_a_weather_widget_is_chrome_and_no_site() -> None:
    assert control_rule("weather").test("Dubai 41 °C Sunny")
    assert not control_rule("weather").test("Temperatures reached 41 °C")
    article = read(pasted("Sydney 18°C", "Mining Herald", TITLE, "By Jane Doe"))
    assert article.source_name == "Mining Herald"


def test_an_empty_author_label_over_the_date_keeps_the_date() -> None:
    article = read(pasted("Mining Herald", TITLE, "Author", "June 14, 2025"))
    assert (article.author, article.date) == (None, dt.date(2025, 6, 14))


def test_a_section_a_post_is_filed_in_is_no_outlet() -> None:
    assert not is_outlet("in News")
    meta = parse_meta("14 June 2025 by Jane Doe in News")
    assert meta is not None and (meta.author, meta.source) == ("Jane Doe", None)


@pytest.mark.parametrize(
    ("title", "head", "site"),
    [(f"{TITLE} - Mining Herald - News", TITLE, "Mining Herald"),
     (f"{TITLE} | Markets", TITLE, None),
     (f"{TITLE} | Asia Metals", TITLE, "Asia Metals")],
)  # fmt: skip
def test_a_sections_name_after_the_headline_or_the_site_names_no_site(
    title: str, head: str, site: str | None
) -> None:
    assert strip_site_suffix(title, []) == (head, site)


def test_a_names_article_as_the_page_spells_it_in_full() -> None:
    article = read(
        pasted(
            TITLE,
            "By Sato Kenta / Tokyo Ledger Staff Writers",
            after=("Copyright The Tokyo Ledger 2025",),
        )
    )
    assert article.source_name == "The Tokyo Ledger"


@pytest.mark.parametrize(
    ("name", "clean"),
    [("Bloomberg News", "Bloomberg"), ("Kyodo News", "Kyodo"),
     ("Steppe Mining News (link)", "Steppe Mining News"), ("Kitco News", "Kitco News")],
)  # fmt: skip
def test_agencies_by_their_short_names_and_links_labels_off(name: str, clean: str) -> None:
    assert clean_outlet(name) == clean


def test_a_partners_story_names_the_partner() -> None:
    line = "This story is from our partner, Andean Metals Journal."
    article = read(pasted("Markets Today", line, TITLE, "By Lucía Quispe"))
    assert article.source_name == "Andean Metals Journal"


def test_a_german_stamp_and_von_under_the_story() -> None:
    meta = parse_meta("16.06.2025, 14:20 Uhr | Von Katrin Weber")
    assert meta is not None
    assert (meta.published, meta.author) == (dt.date(2025, 6, 16), "Katrin Weber")
    assert parse_meta("Von der Leyen visits mine") is None


def test_a_bracketed_agency_under_the_story_is_its_credit() -> None:
    article = read(pasted("China Economic Net", TITLE, after=("(Xinhua)", "Editor: Zhao Lin")))
    assert article.source_name == "Xinhua"


def test_an_agency_after_a_slash_in_the_byline() -> None:
    meta = parse_meta("By Kevin Brown/Reuters")
    assert meta is not None and (meta.author, meta.source) == ("Kevin Brown", "Reuters")


def test_the_original_version_of_this_story_names_its_publisher() -> None:
    line = "The original version of this story was published by Western Battery News."
    assert furniture_rule("republished").test(line)
    article = read(pasted(TITLE, "June 17, 2025", after=(line,)))
    assert article.source_name == "Western Battery News"


@pytest.mark.parametrize(
    ("after", "source"),
    [("Follow Mining Herald", "Mining Herald"), ("Mining Herald on Twitter", "Mining Herald"),
     ("Mining Herald. All rights reserved.", "Mining Herald"),
     ("Like what you read? Support Mining Herald", "Mining Herald")],
)  # fmt: skip
def test_the_sites_own_furniture_under_the_story_names_it(after: str, source: str) -> None:
    article = read(pasted("Menu", TITLE, "June 14, 2025", after=(after,)))
    assert article.source_name == source


def test_a_writers_follow_button_names_no_site() -> None:
    article = read(pasted("Menu", TITLE, "By Jane Doe", after=("Follow Jane Doe",)))
    assert (article.author, article.source_name) == ("Jane Doe", None)


@pytest.mark.parametrize(
    ("line", "published"),
    [("3rd of March 2024", dt.date(2024, 3, 3)),
     ("Published: 04 Mar 2024 09:12 AM +08", dt.date(2024, 3, 4))],
)  # fmt: skip
def test_an_ordinal_of_its_month_and_a_bare_offset(line: str, published: dt.date) -> None:
    meta = parse_meta(line)
    assert meta is not None and meta.published == published


@pytest.mark.parametrize(
    "line", ["By Our Reporter", "By A Staff Reporter", "By Agencies", "Staff and agencies"]
)
def test_a_credit_naming_no_one_is_metadata_without_an_author(line: str) -> None:
    assert parse_meta(line) == Meta()
    article = read(pasted("Mining Herald", TITLE, line, "June 14, 2025"))
    assert article.author is None
    assert line not in body_text(article)


@pytest.mark.parametrize(
    ("line", "rule"),
    [("3/12", "gallery_controls"), ("Swipe for more photos", "gallery_controls"),
     ("toggle caption", "gallery_controls"),
     ("Photographer: Jane Doe/Bloomberg", "picture_credit"), ("Getty Images", "picture_credit"),
     ("AFP via Getty Images", "picture_credit"), ("EPA-EFE/JANE DOE", "picture_credit"),
     ("Photo © Jane Doe", "picture_credit"), ("Jane Doe/NPR", "picture_credit"),
     ("Chart: Mining Herald", "picture_credit"),
     ("[Image: a container ship at port]", "picture_credit")],
)  # fmt: skip
def test_picture_credits_and_gallery_controls_are_chrome(line: str, rule: str) -> None:
    assert control_rule(rule).test(line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [("By Kevin Brown/Reuters", "picture_credit"), ("Epa said prices rose", "picture_credit"),
     ("Exports rose in 2024/25", "gallery_controls")],
)  # fmt: skip
def test_bylines_and_prose_are_no_picture_credits(line: str, rule: str) -> None:
    assert not control_rule(rule).test(line)


@pytest.mark.parametrize(
    "after",
    [("Media contact", "Jane Doe", "jane@example.com"), ("Related", "Lynas Rare Earths"),
     ("Tags", "Critical Minerals"), ("John Roe", "Editor"), ("Rare Earths",)],
)  # fmt: skip
def test_names_under_a_label_an_editor_or_a_tag_do_not_sign_the_story(
    after: tuple[str, ...],
) -> None:
    article = read(pasted("Mining Herald", TITLE, "June 14, 2025", after=after))
    assert article.author is None


@pytest.mark.parametrize("after", [("Hoang Minh Chau",), ("—", "Hoang Minh Chau")])
def test_a_name_just_under_the_story_signs_it(after: tuple[str, ...]) -> None:
    article = read(pasted("Mining Herald", TITLE, "June 14, 2025", after=after))
    assert article.author == "Hoang Minh Chau"


def test_the_trades_plural_nouns_name_no_person() -> None:
    assert not is_person("Rare Earths") and not is_person("Critical Minerals")
    assert is_person("Hannah Price") and is_person("Tom Banks")
