"""The reader on headlines, headings and dates in the families of
``tests/eval/dev48``: PDF text with running headers and footers, notices with
numbered sections, newsletters with headings in capitals, galleries pasted
without blank lines."""

from __future__ import annotations

from generator.reader.blocks import wrap_measure
from generator.reader.lines import read_lines, split_columns
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read

# --- PDF text -------------------------------------------------------------------

WRAPPED = (
    "Beijing's commerce ministry added seven medium and heavy rare earths to its export\n"
    "control list on 4 April. Exporters must now apply for a licence for each contract,\n"
    "and buyers must say who will use the material and for what, the rules say.\n"
    "The rule does not ban exports. In our conversations with six magnet makers last\n"
    "week, none had received a licence by the end of the first week of the new rule.\n"
)
WRAPPED_MORE = (
    "Buyers with long-term contracts and Chinese joint-venture partners look best placed\n"
    "to get material. Independent magnet makers that buy on the spot market face the\n"
    "longest queues, and we think the queue now sets the cost of the material they buy.\n"
)
PDF_TITLE = "Rare earths: the licence queue is the new price"
PDF_SUBTITLE = (
    "China's April licensing rules favour integrated buyers; we lower our 2025\n"
    "magnet-output forecast for Europe and raise our NdPr price deck"
)


def _pdf(*top: str, running: str = "") -> str:
    return "\n".join((*top, "", WRAPPED, running, WRAPPED_MORE))


def test_the_measure_of_a_hard_wrapped_paste_is_its_run_on_lines_median() -> None:
    assert 80 <= wrap_measure(read_lines(WRAPPED)) <= 90
    assert wrap_measure(read_lines("One line.\nAnother line.\n")) == 0


def test_a_short_headline_over_a_wrapped_subtitle_does_not_run_into_it() -> None:
    article = read(_pdf("Metals Research", PDF_TITLE, PDF_SUBTITLE))
    assert article.title == PDF_TITLE
    assert article.dek is not None and article.dek.startswith("China's April")


def test_a_headline_printed_again_in_the_running_header_is_the_title() -> None:
    running = f"{PDF_TITLE}                              7 April 2025"
    article = read(_pdf("Critical minerals | Europe", PDF_TITLE, PDF_SUBTITLE, running=running))
    assert article.title == PDF_TITLE


def test_a_running_footer_ending_in_the_page_counter_is_read_as_its_columns() -> None:
    footer = "Halvorsen Capital      Please see the disclosures at the end.      Page 1 of 4"
    assert split_columns(footer) == (
        "Halvorsen Capital",
        "Please see the disclosures at the end.",
        "Page 1 of 4",
    )
    # three columns with no counter last stay a table's row
    row = "Spot buyer          35-60          12"
    assert split_columns(row) == (row,)


# --- Numbered sections and key points -------------------------------------------


def test_a_numbered_heading_after_bulleted_key_points_is_no_key_point() -> None:
    page = "\n".join(
        (
            "Magnet makers face a licence queue",
            "Key takeaways",
            "• Licence waits of 30 to 45 working days now decide who gets dysprosium.",
            "• We cut our estimate of European magnet output by 14 per cent.",
            "1. What changed on 4 April",
            LEAD,
            MORE,
            "2. Who wins and who waits",
            LAST,
        )
    )
    article = read(page)
    assert len(article.highlights) == 2
    assert headings(article)[:1] == ["1. What changed on 4 April"]


def test_a_numbered_heading_over_a_lead_in_ending_in_a_colon_heads_its_section() -> None:
    page = "\n".join(
        (
            "Notice of request for public comments on processed critical minerals",
            "1. Background",
            LEAD,
            MORE,
            "2. Findings to be considered",
            "In making its findings the Department will consider, among other factors:",
            "(a) the current and projected demand for processed critical minerals;",
            "(b) the extent to which domestic production can meet that demand.",
            "3. Request for comments",
            LAST,
        )
    )
    assert headings(read(page)) == [
        "1. Background",
        "2. Findings to be considered",
        "3. Request for comments",
    ]


# --- Headings in capitals ---------------------------------------------------------


def test_a_line_in_capitals_heads_its_section_on_a_page_headed_in_capitals() -> None:
    page = "\n".join(
        (
            "Magnets first: why Tokyo is quietly stockpiling terbium",
            LEAD,
            MORE,
            "WHY IT MATTERS",
            LAST,
            "IN OTHER NEWS",
            "Chile's state copper company agreed to form a lithium joint venture this week.",
            "BY THE NUMBERS",
            "7 — rare earths added to the licence list",
            "45 — working days to decide on a licence",
            "WHAT WE'RE READING",
            "A long read on Malaysia's processing ambitions, and a podcast on cobalt.",
        )
    )
    assert headings(read(page)) == [
        "WHY IT MATTERS",
        "IN OTHER NEWS",
        "BY THE NUMBERS",
        "WHAT WE'RE READING",
    ]


def test_one_line_in_capitals_on_a_page_headed_otherwise_stays_text() -> None:
    page = "\n".join(
        (
            "Magnets first: why Tokyo is quietly stockpiling terbium",
            LEAD,
            "Why it matters",
            MORE,
            "FIGURES IN TONNES",
            "7 — rare earths added to the licence list",
            LAST,
        )
    )
    assert "FIGURES IN TONNES" not in headings(read(page))


# --- Galleries ------------------------------------------------------------------


def test_the_line_over_a_slides_counter_and_credit_is_its_caption() -> None:
    page = "\n".join(
        (
            "In pictures: inside the plant turning old turbines into new magnets",
            "By Rebecca Thwaite",
            LEAD,
            MORE,
            "Workers in protective suits at the hydrogen vessel",
            "2 / 8",
            "Photograph: Northern Engineer / Callum Reid",
            "From scrap to powder",
            LAST,
            "The powder is sieved and sent to a sintering furnace, where it is pressed.",
        )
    )
    article = read(page)
    assert "Workers in protective suits" not in body_text(article)
    assert headings(article) == ["From scrap to powder"]


def test_a_paragraph_over_a_counter_after_a_blank_line_stays() -> None:
    page = "\n".join(
        (
            "In pictures: inside the plant turning old turbines into new magnets",
            "By Rebecca Thwaite",
            "",
            LEAD,
            "",
            "3 of 5",
            "The control room runs around the clock. (Photo: AFP)",
            "",
            MORE,
        )
    )
    assert LEAD in body_text(read(page))


# --- Dates in addresses and labelled fields ------------------------------------


def test_a_page_dated_only_in_its_address_takes_the_addresss_date() -> None:
    from datetime import date

    page = "\n".join(
        (
            "4/18/25, 9:14 AM\tQuarterly update: our offtake book | Ironbridge Metals",
            "https://www.ironbridge.example/insights/2025/03/18/quarterly-update/",
            "Quarterly update: our offtake book",
            LEAD,
            MORE,
            LAST,
        )
    )
    assert read(page).date == date(2025, 3, 18)


def test_an_address_in_the_body_dates_nothing() -> None:
    from generator.reader.address_dates import address_date

    assert address_date("https://example.org/news/2024/11/02/other-story/") is not None
    assert address_date("See https://example.org/news/2024/11/02/other-story/") is None
    assert address_date("https://example.org/news/2024/13/45/slug") is None
    page = "\n".join(
        ("Quarterly update: our offtake book", LEAD, MORE, "https://x.example/2024/11/02/a/", LAST)
    )
    assert read(page).date is None


def test_a_document_date_label_makes_a_metadata_line() -> None:
    from generator.reader.meta import parse_meta

    found = parse_meta("Document date: 04/04/2025")
    assert found is not None and found.published is not None


# --- Documents -------------------------------------------------------------------

PROPOSAL = (
    "Proposal for a COUNCIL DECISION on the position to be taken on behalf of the European "
    "Union in the EU–Chile Trade Council as regards a joint list of critical raw materials projects"
)


def test_a_documents_long_title_over_its_date_is_the_headline() -> None:
    memorandum = (
        "This proposal concerns the position to be taken on behalf of the European Union in the "
        "Trade Council, which is to adopt a joint list of critical raw materials projects."
    )
    basis = "The Council shall adopt the position on the list of projects by a qualified majority."
    page = "\n".join(
        (
            "EUR-Lex Access to European Union law",
            "English EN",
            "Search tips",
            "Home > EU law > Document 52025PC0142",
            PROPOSAL,
            "COM/2025/142 final",
            "Document date: 04/04/2025",
            memorandum,
            basis,
        )
    )
    assert read(page).title == PROPOSAL


def test_a_long_line_of_two_sentences_is_no_documents_title() -> None:
    two = (
        "Customs officers in three southern ports have begun opening more containers this month. "
        "The checks add several days to gallium shipments that already need an export licence "
        "from the ministry in the capital"
    )
    headline = "Gallium checks spread to southern ports"
    article = read("\n".join((headline, two, "Published 3 April 2025", LEAD, MORE)))
    assert article.title == headline


def test_a_numbered_section_over_its_first_subsection_and_articles_are_headings() -> None:
    page = "\n".join(
        (
            "Proposal on critical raw materials projects",
            "1. SUBJECT MATTER OF THE PROPOSAL",
            LEAD,
            "2. CONTEXT OF THE PROPOSAL",
            "2.1. The Advanced Framework Agreement",
            MORE,
            "HAS ADOPTED THIS DECISION:",
            "Article 1",
            LAST,
            "Article 2",
            "This Decision shall enter into force on the date of its adoption by the Council.",
        )
    )
    assert headings(read(page)) == [
        "1. SUBJECT MATTER OF THE PROPOSAL",
        "2. CONTEXT OF THE PROPOSAL",
        "2.1. The Advanced Framework Agreement",
        "Article 1",
        "Article 2",
    ]


# --- Captions ---------------------------------------------------------------------


def test_a_caption_ending_in_an_agencys_bare_name_is_a_caption() -> None:
    from generator.reader.captions import CAPTION_RULES

    rule = CAPTION_RULES[0]
    caption = (
        "Trade Minister Ahn Sung-min, right, shakes hands with Australian Resources Minister "
        "Catherine Doyle at a signing ceremony in Seoul, Friday. Yonhap"
    )
    assert rule.test(caption)
    assert not rule.test("The company said it would sell the plant to Yonhap Holdings.")
    assert not rule.test("The minister spoke to reporters in Seoul on Friday. Company")


# --- Preview cards and rails -------------------------------------------------------

CARD_HEADLINE = "Korea, Australia sign rare earth supply pact as battery makers seek new sources"


def test_a_link_preview_card_under_the_story_is_chrome_and_its_headline_the_title() -> None:
    page = "\n".join(
        (
            "The Hanseong Herald",
            CARD_HEADLINE,
            "Posted : 2025-04-04 17:20",
            "By Park Ji-hoon",
            LEAD,
            MORE,
            LAST,
            CARD_HEADLINE,
            "hanseongherald.co.kr",
            "The agreement follows China's decision to require licences for seven rare earths.",
            "Share",
        )
    )
    article = read(page)
    assert article.title == CARD_HEADLINE
    text = body_text(article)
    assert "hanseongherald.co.kr" not in text
    assert "The agreement follows" not in text
    assert LAST in text


def test_a_sentence_left_open_for_an_address_runs_on_into_it() -> None:
    from generator.reader.blocks import group_blocks

    lines = read_lines("The full data set is published each month at\nstatistics.example.org\n")
    assert len(group_blocks(lines)) == 1
    lines = read_lines("Korea, Australia sign a supply pact\nharbourgazette.com\n")
    assert len(group_blocks(lines)) == 2


def test_a_galleries_rail_label_is_no_heading() -> None:
    page = "\n".join(
        (
            "In pictures: inside the plant turning old turbines into new magnets",
            LEAD,
            MORE,
            "Next steps",
            LAST,
            "More In pictures",
            "In pictures: the dome goes on at the new reactor",
        )
    )
    assert headings(read(page)) == ["Next steps"]


def test_a_date_stamp_among_short_lines_ends_no_run_of_them() -> None:
    page = "\n".join(
        (
            "Lithium carbonate exports rose in February",
            LEAD,
            MORE,
            "Monthly trade statistics",
            "Publication date: 3 March 2025",
            "Lithium carbonate exports",
            LAST,
        )
    )
    assert "Lithium carbonate exports" not in headings(read(page))


def test_a_stamp_run_into_a_labelled_source_and_editor_is_read_as_fields() -> None:
    from datetime import date

    from generator.reader.meta import parse_meta

    found = parse_meta("2025-04-04 09:30:12 Source: Xinhua Editor: Li Na")
    assert found is not None
    assert found.source == "Xinhua"
    assert found.published == date(2025, 4, 4)
    assert found.author is None


# --- Mastheads ----------------------------------------------------------------


def test_the_copyright_holders_name_over_the_menu_is_no_headline() -> None:
    headline = (
        "Jakarta's nickel playbook is coming for bauxite. Investors should read the fine print."
    )
    page = "\n".join(
        (
            "CENTRE FOR INDO-PACIFIC ECONOMICS",
            "About   Research   Commentary   Events",
            "COMMENTARY",
            headline,
            "By Dewi Anggraini | 24 November 2026",
            LEAD,
            MORE,
            "Dewi Anggraini is a research fellow at the Centre for Indo-Pacific Economics.",
            "© 2026 Centre for Indo-Pacific Economics. ABN 41 630 188 201",
        )
    )
    assert read(page).title == headline


def test_a_headline_whose_words_only_open_the_holders_name_stays_the_headline() -> None:
    page = "\n".join(
        ("Centre stage", "By Ann Lee | 3 March 2025", LEAD, MORE, "© Centrestage Media")
    )
    assert read(page).title == "Centre stage"


def test_a_section_label_alone_over_a_read_time_is_still_no_headline() -> None:
    page = "\n".join(("Rare Earths", "Share", "Save", "5 min read", "", LEAD, "", MORE))
    assert read(page).title == ""
