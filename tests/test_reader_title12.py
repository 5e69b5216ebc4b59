"""The reader on where the article is in a pasted page (issue 13, its twelfth
round, ``tests/eval/dev12``): Markdown links and PDF columns inside plain text,
numbered headings over the lead, and the lines around a headline."""

from __future__ import annotations

import datetime as dt

from generator.reader.captions import caption_shaped
from generator.reader.headline_parts import leading_trail
from generator.reader.inline_rules import strip_inline_boilerplate, strip_leading_pictographs
from generator.reader.interface import is_interface_line
from generator.reader.lines import pdf_sub_bullet, read_lines, split_columns, unwrap_heading_markup
from generator.reader.words import is_office_line
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read

TITLE = "Gallium checks slow shipments from southern ports"
STANDFIRST = "The inspections add days to cargoes that already need a licence"


def pasted(*lines: str, after: tuple[str, ...] = ()) -> str:
    """Lines as a browser pastes them: one under the other, no blank lines."""
    return "\n".join((*lines, LEAD, MORE, LAST, *after)) + "\n"


def test_a_markdown_link_keeps_its_words_and_an_image_goes() -> None:
    line = "Exports to [Japan](https://example.org/japan) and [Korea](/korea) fell."
    assert strip_inline_boilerplate(line) == "Exports to Japan and Korea fell."
    assert strip_inline_boilerplate("Date![Ingots](https://example.org/a.jpg)") == "Date"
    # Brackets that are no link stay.
    assert strip_inline_boilerplate("Prices [in dollars] (per kg) rose.") == (
        "Prices [in dollars] (per kg) rose."
    )


def test_a_standfirst_with_markdown_links_reads_as_words() -> None:
    dek = "The list adds graphite in [Madagascar](https://example.org/m) to the scheme."
    article = read("\n\n".join((TITLE, dek, "By Ana Lima | 4 June 2025", LEAD, MORE)) + "\n")
    assert article.dek == "The list adds graphite in Madagascar to the scheme."


def test_a_line_in_italics_is_read_without_its_marks() -> None:
    assert unwrap_heading_markup("*Published 21 January 2025*") == "Published 21 January 2025"
    assert unwrap_heading_markup("_Outlook_") == "Outlook"
    assert unwrap_heading_markup("* a bullet *") == "* a bullet *"
    assert unwrap_heading_markup("**Bold** and **bold**") == "**Bold** and **bold**"


def test_a_short_item_far_right_is_a_column_of_its_own() -> None:
    assert split_columns("NORTHGATE RESEARCH" + " " * 20 + "Page 1 of 2") == (
        "NORTHGATE RESEARCH",
        "Page 1 of 2",
    )
    assert split_columns("  ASX ANNOUNCEMENT\t\t\t28 March 2025") == (
        "  ASX ANNOUNCEMENT",
        "  28 March 2025",
    )
    # Narrow gaps (a menu), long right-hand text and tables' rows stay whole.
    assert split_columns("Projects   Prices   Deals") == ("Projects   Prices   Deals",)
    long_right = "Left" + " " * 10 + "seven words stand on the right here"
    assert split_columns(long_right) == (long_right,)
    row = "Neodymium" + " " * 10 + "$62" + " " * 10 + "+4%"
    assert split_columns(row) == (row,)


def test_a_date_far_right_of_a_pdf_header_dates_the_page() -> None:
    header = "ASX ANNOUNCEMENT" + " " * 30 + "28 March 2025"
    article = read("\n\n".join((header, TITLE, LEAD, MORE, LAST)) + "\n")
    assert article.title == TITLE
    assert article.date == dt.date(2025, 3, 28)


def test_a_pdf_sub_point_glyph_is_a_bullet() -> None:
    assert (
        pdf_sub_bullet("   o  Magnet rare earths make up 24%")
        == "   ◦  Magnet rare earths make up 24%"
    )
    assert pdf_sub_bullet("o Brasil exporta") == "o Brasil exporta"
    lines = read_lines("• First point\n   o  A sub-point")
    assert [(line.kind, line.text) for line in lines] == [
        ("bullet", "First point"),
        ("bullet", "A sub-point"),
    ]


def test_a_numbered_heading_over_the_lead_is_no_key_point() -> None:
    text = "\n\n".join(
        (
            "METALS WEEKLY",
            TITLE.upper(),
            "Staff report | 30 June 2025",
            "Washington and Beijing agreed last week to ease some restrictions on trade.",
            "1) Licences come back",
            LEAD,
            "2) Tariffs stay high",
            MORE,
        )
    )
    article = read(text + "\n")
    assert article.highlights == ()
    assert headings(article) == ["1) Licences come back", "2) Tariffs stay high"]
    assert "Washington and Beijing agreed" in body_text(article)


def test_a_numbered_heading_run_into_the_lead_heads_the_first_section() -> None:
    outlook = "Officials expect the checks to ease once the new licensing system is running."
    article = read(
        pasted(TITLE, STANDFIRST, "By Ann Lee", "1. Background", after=("2. Outlook", outlook))
    )
    assert headings(article) == ["1. Background", "2. Outlook"]
    assert article.highlights == ()


def test_points_run_together_after_their_label_lose_a_promo_among_them() -> None:
    points = (
        "Key Takeaways • The award is worth about $258 million • Output is due in 2026"
        " • Get our free daily briefing in your inbox"
    )
    article = read("\n\n".join((TITLE, points, LEAD, MORE, LAST)) + "\n")
    assert article.highlights == ("The award is worth about $258 million", "Output is due in 2026")
    assert "briefing" not in body_text(article)
    assert article.sections[0].paragraphs[0] == LEAD


def test_a_summary_label_over_one_paragraph_labels_the_standfirst() -> None:
    summary = "A pause in duties does nothing to build refineries outside China."
    article = read(
        "\n\n".join((TITLE, "Summary", summary, "By Tom Reed\nMay 14, 2025", LEAD, MORE))
    )
    assert (article.dek, article.highlights) == (summary, ())


def test_a_summary_label_over_short_lines_is_still_a_box_of_points() -> None:
    points = ("Prices rose 4% this week.", "Supply has been disrupted.", "Stocks are falling.")
    article = read("\n\n".join((TITLE, "Summary", *points, LEAD, MORE)) + "\n")
    assert (article.dek, article.highlights) == (None, points)


def test_a_pull_quotes_label_is_no_heading() -> None:
    quote = '"A truce buys time. It does not buy capacity."'
    article = read("\n\n".join((TITLE, "By Tom Reed", LEAD, "Key quote", quote, MORE, LAST)))
    assert headings(article) == []
    assert "Key quote" not in body_text(article)


def test_a_short_standfirst_under_a_long_headline_is_the_standfirst() -> None:
    headline = (
        "US Commerce Department opens national security probe into imports of processed"
        " critical minerals, rare earth magnets and the products made from them"
    )
    story = (
        "The Commerce Department said on Wednesday it had opened an investigation into"
        " imports of processed critical minerals and the products made from them."
    )
    text = "\n".join((headline, "Tariffs could follow within months", "By Dan Osei", story, MORE))
    article = read(text + "\n")
    assert (article.title, article.dek) == (headline, "Tariffs could follow within months")
    # Under a short headline the same phrase is no standfirst.
    article = read(pasted(TITLE, "Tariffs could follow within months", "By Dan Osei"))
    assert article.dek is None


def test_a_caption_between_the_headline_and_its_standfirst() -> None:
    caption = "Workers at a cobalt refinery. (Photo: Agency files)"
    long_standfirst = "The agency wants to buy up to $500 million of the two metals over five years"
    article = read(pasted("Energy & Resources", TITLE, caption, long_standfirst, "By Jo Ellis"))
    assert (article.title, article.dek) == (TITLE, long_standfirst)


def test_a_sites_tagline_on_a_line_under_its_name_is_no_headline() -> None:
    text = "\n\n".join(
        (
            "The Ore Ledger\nNotes on mining, metals and money",
            TITLE,
            "Posted on 2 July 2025 by Ann Lee",
        )
    )
    article = read(text + "\n\n" + "\n\n".join((LEAD, MORE)))
    assert (article.title, article.dek) == (TITLE, None)
    # A section's kicker over the headline is no site's name.
    article = read("Industrials\n" + TITLE + "\n\n" + STANDFIRST + "\n\nBy Ann Lee\n\n" + LEAD)
    assert (article.title, article.dek) == (TITLE, STANDFIRST)


def test_pictographs_before_a_headline_are_not_its_words() -> None:
    assert (
        strip_leading_pictographs("⚡️ US raises tariff on magnets") == "US raises tariff on magnets"
    )
    assert strip_leading_pictographs("🔴 Metals Flash") == "Metals Flash"
    assert strip_leading_pictographs("© 2025 Reuters") == "© 2025 Reuters"
    assert strip_leading_pictographs("★★★") == "★★★"
    article = read(pasted("🔴 Metals Flash", f"⚡️ {TITLE}"))
    assert article.title == TITLE
    # An emoji that bullets a point stays its glyph.
    assert [line.kind for line in read_lines("✅ Output doubled")] == ["bullet"]


def test_a_wrapped_headline_ends_at_its_short_last_line() -> None:
    text = "\n".join(
        (
            "Vietnam courts Korean buyers for its",
            "rare earth concentrate",
            "Hanoi wants a refinery at home before it",
            "signs long-term offtake deals",
            "By Nguyen Thu Ha",
            "Vietnam's industry ministry has invited three South Korean companies",
            "to bid for a stake in a planned rare earth separation plant in Lao Cai",
            "province, officials said this week, as the country tries to turn its",
            "large deposits into refined products.",
            "The ministry said any partner would have to agree to process ore in",
            "Vietnam rather than ship concentrate abroad.",
        )
    )
    article = read(text + "\n")
    assert article.title == "Vietnam courts Korean buyers for its rare earth concentrate"
    assert article.dek == "Hanoi wants a refinery at home before it signs long-term offtake deals"
    assert body_text(article).startswith("Vietnam's industry ministry has invited three")


def test_a_name_between_the_standfirst_and_the_lead_signs_the_story() -> None:
    text = "\n\n".join((TITLE, STANDFIRST, "Ann Lee", LEAD, "What comes next", MORE, LAST))
    article = read(text + "\n")
    assert (article.dek, article.author) == (STANDFIRST, "Ann Lee")
    assert headings(article) == ["What comes next"]


NUMBERS = "Officials said 42 licences had been issued so far, most of them to carmakers in Europe."
NEXT = "The ministry is expected to review the licensing rules again before the end of the year."


def test_labels_ending_in_a_colon_head_a_page_pasted_without_blank_lines() -> None:
    after = ("Licences in numbers:", NUMBERS, "What next:", NEXT)
    article = read(pasted(TITLE, "By Ann Lee", after=after))
    assert headings(article) == ["Licences in numbers", "What next"]
    # One label alone stays the lead-in of what follows.
    article = read(pasted(TITLE, "By Ann Lee", after=("Licences in numbers:", NUMBERS)))
    assert headings(article) == []


def test_a_wrapped_header_keeps_each_field_on_its_line() -> None:
    paragraph = (
        "China's commerce ministry said on Monday that it had approved a first\n"
        "batch of export licences for rare earth magnets, according to three\n"
        "companies that received them and two people briefed on the matter.\n"
    )
    header = (
        f"Subject: {TITLE} for rare earth magnets\n"
        "From: Metals Brief <news@metalsbrief.example>\n"
        "Date: Tue, 3 Jun 2025 07:00:00 +0000\n"
    )
    article = read(header + "\n" + paragraph + "\n" + paragraph.replace("three", "four"))
    assert (article.title, article.source_name) == (
        f"{TITLE} for rare earth magnets",
        "Metals Brief",
    )


def test_an_office_over_the_headline_is_no_headline() -> None:
    assert is_office_line("Minister for Mines and Critical Minerals")
    assert is_office_line("Deputy Secretary of State for Trade")
    assert not is_office_line("Minister for Mines resigns after audit")
    assert not is_office_line("Funding round opens for processing pilots")
    text = pasted(
        "Ministry of Mines", "Rebecca Ashdown", "Minister for Mines and Critical Minerals",
        "Funding round opens for rare earth processing pilots", "11 June 2025",
    )  # fmt: skip
    assert read(text).title == "Funding round opens for rare earth processing pilots"


def test_lines_under_a_standfirsts_label_are_no_headline() -> None:
    text = "\n\n".join(
        (
            TITLE,
            "The big picture\nThe country opens 40 blocks to foreign firms\n"
            "Bids close at the end of September\nWinners must build plants at home",
            "By Aigerim Sadykova\nAugust 14, 2025",
            LEAD,
            MORE,
        )
    )
    assert read(text + "\n").title == TITLE


def test_a_short_line_under_a_box_of_points_is_no_headline() -> None:
    text = "\n".join(
        ("Posted in Markets by Dev Raman", "TL;DR", "1) First point here", "2) Second point")
    )
    article = read(text + "\n\nWhy this matters\n" + LEAD + "\n\n" + MORE + "\n")
    assert article.title == ""


def test_a_writers_name_or_job_title_is_never_the_headline() -> None:
    assert read(pasted("Ann Lee", "Asia Correspondent")).title == ""
    assert read(pasted("Opinion", "Ann Lee")).title == ""
    assert read(pasted("Opinion", TITLE, "Ann Lee")).title == TITLE
    # Short headlines in title case are no names: an article first, or a word
    # the story uses in lower case.
    assert read("A Title\n\n" + LEAD + "\n").title == "A Title"
    assert read("Gallium Checks\n\n" + LEAD + "\n").title == "Gallium Checks"
    # A story of one short sentence still uses its words in lower case.
    one_line = "China cut gallium export quotas on Monday.\n"
    assert read("Gallium Quotas Tighten\n\n" + one_line).title == "Gallium Quotas Tighten"
    assert read("Ann Lee\n\n" + one_line).title == ""


def test_a_sponsors_credit_is_furniture() -> None:
    assert read(pasted("Sponsored content", "Brought to you by Metal Corp")).title == ""
    assert read(pasted(TITLE, "Presented by Metal Corp")).title == TITLE


def test_section_names_run_into_the_headline_are_cut_off() -> None:
    assert leading_trail(f"MarketsRare Earths{TITLE}") == ("MarketsRare Earths", TITLE)
    assert leading_trail(f"Rare Earths | {TITLE}") == ("Rare Earths", TITLE)
    assert leading_trail(f"Home › Markets › {TITLE}") == ("Home | Markets", TITLE)
    # A site's name before the headline, a company's name in capitals inside it,
    # and a headline with a short clause after a bar stay whole.
    assert leading_trail(f"Metal Wire | {TITLE}") is None
    assert leading_trail("PetroChina and ExxonMobil sign a gas supply deal") is None
    assert leading_trail(f"{TITLE} | Markets") is None
    article = read(pasted(f"MarketsRare Earths{TITLE}", "June 3, 2025"))
    assert article.title == TITLE


def test_a_section_label_alone_above_the_story_is_no_headline() -> None:
    assert read(pasted("Economy & Trade")).title == ""


def test_small_triangles_bullet_key_points() -> None:
    article = read(pasted(TITLE, "By Ann Lee", "▸ Licences last six months", "▸ They cover Japan"))
    assert (article.highlights, article.dek) == (
        ("Licences last six months", "They cover Japan"),
        None,
    )


def test_points_run_together_with_spaced_dashes_after_their_label() -> None:
    line = "Summary: - Licences last six months - They cover Europe and Japan"
    article = read(pasted(TITLE, line, "By Ann Lee"))
    assert article.highlights == ("Licences last six months", "They cover Europe and Japan")


def test_the_storys_tags_run_together_are_no_standfirst() -> None:
    tags = "Battery Metals Central Asia Critical Minerals Rare Earths"
    article = read(pasted(TITLE, "Staff Writer | July 2, 2025", tags, "Stock image."))
    assert article.dek is None
    assert "Stock image" not in body_text(article)
    # A standfirst in title case has its small words.
    standfirst = "Exporters Wait Two Months For The Approvals Under April Rules"
    assert read(pasted(TITLE, standfirst, "By Ann Lee")).dek == standfirst


def test_a_headline_over_its_own_standfirst_is_not_traded_for_the_line_above() -> None:
    other = "China rare earth magnet exports slump as licences stall"
    standfirst = "The approvals end a two-month wait for exporters under April rules"
    article = read("\n\n".join(("Top stories\n" + other, TITLE, standfirst, LEAD, MORE)) + "\n")
    assert (article.title, article.dek) == (TITLE, standfirst)


def test_a_promo_for_alerts_among_the_key_points_is_chrome() -> None:
    points = ("Key points", "• Licences last six months", "• They cover Japan")
    article = read(pasted(TITLE, *points, "• Get real-time alerts on your phone", "By Ann Lee"))
    assert article.highlights == ("Licences last six months", "They cover Japan")


def test_a_reader_tools_header_of_fields_is_the_pages_header() -> None:
    header = (
        f"Title: {TITLE}\n"
        "URL Source: https://metals.example/news/licences\n"
        "Published Time: 2025-06-03T08:00:00Z\n\n"
        "Markdown Content:\n"
    )
    article = read(header + "\n".join((LEAD, MORE, LAST)) + "\n")
    assert (article.title, article.date) == (TITLE, dt.date(2025, 6, 3))
    assert "Markdown Content" not in body_text(article)
    # A "Title:" line alone is no such header.
    assert read(pasted(f"Title: {TITLE}", "By Ann Lee")).title == f"Title: {TITLE}"


def test_a_quoted_line_loses_its_mark() -> None:
    standfirst = "The approvals end a two-month wait for exporters"
    article = read("\n\n".join((f"# {TITLE}", f"> {standfirst}", LEAD, MORE)) + "\n")
    assert (article.title, article.dek) == (TITLE, standfirst)
    assert [line.indent for line in read_lines("> quoted words")] == [2]


def test_bold_inside_a_line_keeps_its_words() -> None:
    assert strip_inline_boilerplate("**Licences:** valid for six months") == (
        "Licences: valid for six months"
    )
    assert strip_inline_boilerplate("a __strong__ word") == "a strong word"
    assert strip_inline_boilerplate("2 * 3 = 6 and 4 * 5 = 20") == "2 * 3 = 6 and 4 * 5 = 20"


def test_a_sentence_broken_at_every_link_is_joined_back() -> None:
    text = "\n".join(
        (
            TITLE,
            "By Ann Lee",
            LEAD,
            "Shares of",
            "Lynas Rare Earths",
            "rose 4% in Sydney after the news, while",
            "MP Materials",
            "fell.",
            MORE,
        )
    )
    article = read(text + "\n")
    joined = (
        "Shares of Lynas Rare Earths rose 4% in Sydney after the news, while MP Materials fell."
    )
    assert joined in article.sections[0].paragraphs
    assert headings(article) == []


def test_a_line_of_interface_words_ends_on_a_word() -> None:
    assert is_interface_line("Share this story")
    assert not is_interface_line("Shares of")


def test_a_label_of_a_kind_of_page_in_the_story_is_no_heading() -> None:
    for label in ("Opinion", "Podcast", "In Depth", "Also on Metal Wire"):
        article = read("\n\n".join((TITLE, "By Ann Lee", LEAD, label, MORE, LAST)) + "\n")
        assert headings(article) == [], label
        assert label not in body_text(article)
    # A section's topic stays a heading.
    article = read("\n\n".join((TITLE, "By Ann Lee", LEAD, "Prices and supply", MORE, LAST)))
    assert headings(article) == ["Prices and supply"]


def test_a_headline_over_a_name_and_a_date_keeps_its_standfirst_under_them() -> None:
    standfirst = "The deal lets either side release material to the other in an emergency"
    for sep in ("\n", "\n\n"):
        text = sep.join((TITLE, "Ann Lee", "June 3, 2025", standfirst, LEAD, MORE, LAST))
        article = read(text + "\n")
        assert (article.title, article.dek, article.author) == (TITLE, standfirst, "Ann Lee")


def test_another_storys_headline_above_the_headline_is_not_taken_for_it() -> None:
    text = "\n\n".join(
        ("Trending", "Fed holds rates steady", "Oil slips on higher OPEC output", TITLE)
    )
    article = read(text + "\n\nBy Ann Lee | June 3, 2025\n\n" + "\n\n".join((LEAD, MORE)))
    assert (article.title, article.dek) == (TITLE, None)


def test_a_box_of_links_ends_at_a_headline_over_its_standfirst_and_writer() -> None:
    standfirst = "Inspections add days to cargoes that already need an export licence"
    article = read(pasted("Trending", "Fed holds rates steady", TITLE, standfirst, "Ann Lee"))
    assert (article.title, article.dek) == (TITLE, standfirst)


def test_a_share_row_over_a_box_of_key_points_leaves_the_box_its_own() -> None:
    points = ("Key points", "• Licences last six months", "• Shipments to Japan resume")
    article = read(pasted(TITLE, "By Ann Lee | June 3, 2025", "Share this article", *points))
    assert article.highlights == ("Licences last six months", "Shipments to Japan resume")
    assert article.sections[0].paragraphs[0] == LEAD


def test_a_caption_over_the_headline_is_not_taken_for_it() -> None:
    assert caption_shaped("Workers at a plant in Ningbo, China, in May")
    assert caption_shaped("A worker checks magnets near Baotou, Inner Mongolia")
    assert not caption_shaped(TITLE)
    caption = "Workers at a plant in Ningbo, China, in May"
    article = read(pasted(caption, TITLE, "By Ann Lee | June 3, 2025"))
    assert (article.title, article.dek) == (TITLE, None)


def test_a_headline_over_a_name_alone_keeps_the_standfirst_under_the_name() -> None:
    standfirst = "Traders blame Beijing's export checks and thin European stocks"
    article = read(pasted("June 3, 2025", TITLE, "Ann Lee", standfirst))
    assert (article.title, article.dek) == (TITLE, standfirst)


def test_numbered_paragraphs_of_a_round_up_are_no_headings() -> None:
    items = (
        "1. GHANA. The Minerals Commission said it would cut the royalty on lithium"
        " concentrate to 5% for projects that refine in the country.",
        "2. CANADA. A state bank agreed to lend C$180 million to a graphite company for an"
        " anode plant in Quebec, the company said.",
    )
    article = read("\n\n".join((TITLE, STANDFIRST, *items, LEAD)) + "\n")
    assert headings(article) == []
    assert len(article.highlights) == 2
