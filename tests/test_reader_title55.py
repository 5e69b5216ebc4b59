"""The reader on headlines, headings and dates in the families of
``tests/eval/dev55``: news portals and blogs with heavy chrome, a section's
label glued before a headline of two sentences, dates and bylines in the
languages portals print beside English text, an update's time with no date,
furniture in those languages, a dateline alone on its line, and a whole page
clipped to Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.reader import is_clipped_page, links, read_seed
from generator.reader.dates import find_dates, is_dateless_update
from generator.reader.kickers import is_kicker_pair, labelled_copy
from generator.reader.meta import parse_meta
from generator.reader.rules import classify
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read

# --- a section's label glued before a headline -------------------------------------

TWO_SENTENCES = "America Built the Magnet Plants. Now It Needs Someone to Buy Them."


def test_a_section_label_is_cut_from_a_headline_of_two_sentences() -> None:
    article = read("\n".join(("The Sentinel", "Opinion", f"Opinion | {TWO_SENTENCES}",
                              "By Evelyn Marsh", LEAD, MORE)))  # fmt: skip
    assert article.title == TWO_SENTENCES


def test_a_dateline_before_a_pipe_is_not_cut_from_the_lead() -> None:
    lead = f"LONDON | {LEAD}"
    article = read("\n".join(("Rare earth checks spread to three more ports", lead, MORE)))
    assert article.title == "Rare earth checks spread to three more ports"
    assert "LONDON" in body_text(article)


# --- dates in other languages ----------------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Senin, 07 Des 2026 10:15 WIB", dt.date(2026, 12, 7)),
        ("06 Jeltoqsan 2026 14:20 (GMT+5)", dt.date(2026, 12, 6)),
        ("7 de diciembre de 2026", dt.date(2026, 12, 7)),
        ("Stand: 7. Dezember 2026, 11:30 Uhr", dt.date(2026, 12, 7)),
        ("4 dekabrya 2026", dt.date(2026, 12, 4)),
        ("12 Mart 2026", dt.date(2026, 3, 12)),
        ("04/12/2026 09h30 · Atualizado há 3 horas", dt.date(2026, 12, 4)),
        ("7 декабря 2026, 14:20", dt.date(2026, 12, 7)),
        ("Publié le 7 décembre 2026 à 10h15", dt.date(2026, 12, 7)),
        ("Publicado em 4 de dezembro de 2026 às 09h30", dt.date(2026, 12, 4)),
        ("Publicado: martes, 1 de diciembre de 2026 15:04 hrs", dt.date(2026, 12, 1)),
        ("2026.12.01 오후 3:04", dt.date(2026, 12, 1)),
    ],
)
def test_a_stamp_in_another_language_dates_the_page(stamp: str, day: dt.date) -> None:
    meta = parse_meta(stamp)
    assert meta is not None and meta.published == day and meta.updated is None


def test_an_update_label_in_another_language_updates_the_page() -> None:
    meta = parse_meta("Actualizado: 8 de diciembre de 2026")
    assert meta is not None and meta.updated == dt.date(2026, 12, 8)


def test_a_foreign_month_needs_its_day_and_year() -> None:
    assert find_dates("Por favor, mande o set de dezembro") is None
    assert find_dates("He said 5 set 3 teams") is None


# --- an update's time with no date ---------------------------------------------------


def test_an_update_time_after_the_date_updates_the_page_that_day() -> None:
    for line in ("7 December 2026, 09:10 CET — Updated 16:48 CET",
                 "Posted Tue 21 Jan 2025 at 5:32am, updated 2:10pm"):  # fmt: skip
        meta = parse_meta(line)
        assert meta is not None and meta.published == meta.updated


def test_an_update_time_alone_dates_nothing() -> None:
    assert is_dateless_update("Updated 16:48 CET")
    assert not is_dateless_update("Updated 7 December 2026")
    assert parse_meta("Updated 16:48 CET") is None


# --- bylines in other languages --------------------------------------------------------


def test_a_byline_in_another_language_names_the_writers() -> None:
    meta = parse_meta("Por Mariana Costa e Felipe Andrade, Valor Minério — São Paulo")
    assert meta is not None and meta.author == "Mariana Costa and Felipe Andrade"
    oleh = parse_meta("Oleh Dimas Prasetyo")
    assert oleh is not None and oleh.author == "Dimas Prasetyo"
    assert parse_meta("Por favor Sign up") is None


# --- furniture ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Leia também: Lithium Valley towns ask for a share of royalties", "read_also"),
        ("Baca juga: Government extends nickel ore export ban review", "read_also"),
        ("Read also:", "read_also_box"),
        ("Compartilhar", "page_controls"),
        ("Ouvir", "page_controls"),
        ("3.4K Followers", "follower_counter"),
        ("Views: 3 418", "view_counter"),
        ("Premium", "paywall_badge"),
        ("New York MNN —", "dateline_alone"),
        ("WASHINGTON —", "dateline_alone"),
        ("When using materials, a hyperlink to Steppe Wire is required.", "reuse_notice"),
        ("Prices delayed at least 15 minutes.", "data_notice"),
    ],
)
def test_portal_furniture_is_named_by_its_rule(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line", ["What happens next", "Why Korea", "Premium bonds lose their shine", "New York —ish"]
)
def test_headings_are_no_furniture(line: str) -> None:
    found = classify(line)
    assert found is None or found.name not in ("dateline_alone", "paywall_badge", "read_also")


def test_promos_in_another_language_are_no_headings() -> None:
    text = "\n".join(("Smelters must recover cobalt from 2028", LEAD,
                      "Baca juga: Rupiah weakens as investors await the bank", MORE,
                      "Why the rule matters", LAST))  # fmt: skip
    article = read(text)
    assert headings(article) == ["Why the rule matters"]
    assert "Baca juga" not in body_text(article)


# --- a page clipped to Markdown -----------------------------------------------------------

CLIPPED = "\n\n".join(
    (
        "[Skip to content](https://example.com/#content)",
        "- [News](https://example.com/news/)\n- [Events](https://example.com/events/)",
        "# The motor makers designing rare earths out of their platforms",
        "**By Claire Dubois** | 5 December 2026",
        LEAD,
        "**The ferrite option**",
        MORE,
        LAST,
    )
)


def test_a_markdown_page_with_its_headline_under_the_menus_is_a_clipped_page() -> None:
    assert is_clipped_page(CLIPPED)
    assert not is_clipped_page("# Title first\n\nBody.\n")
    assert not is_clipped_page("---\ntitle: T\n---\nText\n\n# A heading\n")
    assert not is_clipped_page("Body without any title.\n")


def test_a_clipped_page_is_read_by_the_page_reader(tmp_path: Path) -> None:
    seed = tmp_path / "clip.md"
    seed.write_text(CLIPPED, encoding="utf-8")
    article = read_seed(seed)
    assert article.title == "The motor makers designing rare earths out of their platforms"
    assert article.author == "Claire Dubois"
    assert article.date == dt.date(2026, 12, 5)
    assert headings(article) == ["The ferrite option"]


def test_a_date_written_with_dots_is_no_update_time() -> None:
    assert not is_dateless_update("Updated 05.03.2025")
    meta = parse_meta("Updated 05.03.2025 | 11:20")
    assert meta is not None and meta.updated == dt.date(2025, 3, 5)


def test_a_platform_profile_line_is_no_heading() -> None:
    found = classify("Writer for Supply Side Notes")
    assert found is not None and found.name == "writer_for"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Share on LinkedIn · Share on X · Email", "interface"),
        ("Get the week's motor and drive news every Friday.", "newsletter_pitch"),
    ],
)
def test_a_clipped_page_share_row_and_newsletter_pitch_are_chrome(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


def test_a_pitch_needs_its_promise_of_delivery() -> None:
    found = classify("Get the latest figures from the ministry before you invest.")
    assert found is None or found.name != "newsletter_pitch"


def test_a_mail_link_keeps_its_words() -> None:
    linked = f"{MORE} Buyers can write to [the customs desk](mailto:desk@example.com) for advice."
    article = read("\n".join(("Smelters must recover cobalt from 2028", LEAD, linked, LAST)))
    assert "can write to the customs desk for advice" in body_text(article)


# --- a note on the writer over the story ------------------------------------------------

NOTE = "Ms. Marsh was the deputy assistant secretary for industrial base policy from 2021."


def test_a_note_on_the_writer_under_the_byline_is_not_the_story() -> None:
    text = "\n".join(
        ("Opinion", TWO_SENTENCES, "Dec. 2, 2026", "By Evelyn Marsh", NOTE, LEAD, MORE)
    )
    article = read(text)
    assert NOTE not in body_text(article)
    assert body_text(article).startswith(LEAD)


def test_a_lead_about_someone_else_stays() -> None:
    other = "Ms. Ortiz was the deputy assistant secretary for industrial base policy from 2021."
    text = "\n".join(
        ("Opinion", TWO_SENTENCES, "Dec. 2, 2026", "By Evelyn Marsh", other, LEAD, MORE)
    )
    assert other in body_text(read(text))


# --- a kicker of a section and a series over a short headline ----------------------------


def test_a_section_and_series_kicker_is_no_headline() -> None:
    # (the kicker shares the story's words; the headline under it is short)
    kicker = "Customs checks | The gallium shipments"
    dek = "Officers are opening more containers of gallium. Forwarders say the delays will last"
    text = "\n".join(("THE REVIEW", kicker, "Ports of no return", dek, "Nov 27th 2025 | SHENZHEN",
                      LEAD, MORE))  # fmt: skip
    assert read(text).title == "Ports of no return"


def test_a_headline_with_its_site_after_a_bar_is_no_kicker() -> None:
    assert is_kicker_pair("Trade policy | The tariff economy")
    assert not is_kicker_pair("Ports of no return | Reuters")
    assert not is_kicker_pair("Markets | 3 March 2025")
    assert not is_kicker_pair("Rare earth prices hit a two-year high as checks widen | Site")


def test_a_profile_tagline_between_the_name_and_follow_is_no_standfirst() -> None:
    text = "\n".join(("ValueSite", "Nordhaven Metals: The Tariff Trade Is Not Priced In Yet",
                      "Dec. 02, 2025 10:31 AM ET", "Keelan Marsh",
                      "Deep-value investor, contrarian, 12 years covering resources", "Follow",
                      LEAD, MORE))  # fmt: skip
    article = read(text)
    assert article.dek is None
    assert "Deep-value investor" not in body_text(article)


# --- a promo under a lone "read more" label -----------------------------------------------


def test_a_promo_under_a_lone_label_is_neither_heading_nor_paragraph() -> None:
    text = "\n".join(("Lithium refinery plan wins council backing", "By Ana Ruiz", "3 December 2026",
                      LEAD, "ALSO READ", "Harbour dredging contract awarded to Dutch firm", MORE,
                      "READ MORE", "Port traffic hits a record in November",
                      "What the plant will make", LAST, "Related", "Why lithium prices fell",
                      "Residents' concerns",
                      "A group of residents said they would seek a judicial review of the decision."))  # fmt: skip
    article = read(text)
    assert headings(article) == ["What the plant will make", "Residents' concerns"]
    for promo in ("Harbour dredging", "Port traffic", "Why lithium prices fell"):
        assert promo not in body_text(article)


def test_a_sentence_under_a_lone_label_stays() -> None:
    sentence = "Councillors will vote again on the refinery's permit in March."
    text = "\n".join(("Lithium refinery plan wins council backing", "By Ana Ruiz", "3 December 2026",
                      LEAD, "Related", sentence, MORE))  # fmt: skip
    assert sentence in body_text(read(text))


# --- a headline wrapped over two lines at a capitalised joining word ----------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("China Tightens Checks on Gallium", "And Germanium Shipments via Third Countries"),
        ("CHINA TIGHTENS CHECKS ON GALLIUM", "AND GERMANIUM SHIPMENTS"),
    ],
)
def test_a_headline_wrapped_at_a_joining_word_is_one_headline(first: str, second: str) -> None:
    article = read("\n".join(("Metals Daily", "Markets", first, second, "By Lee Wen",
                              "December 4, 2026", LEAD, MORE)))  # fmt: skip
    assert article.title == f"{first} {second}"


def test_lines_in_different_case_or_ending_a_sentence_stay_apart() -> None:
    assert (
        links.join_rule("CHINA TIGHTENS CHECKS ON GALLIUM", "And Germanium Shipments", None) is None
    )
    assert links.join_rule("We were good at writing cheques", "And bad at demand.", None) is None
    assert links.join_rule("Markets", "And More", None) is None


# --- a label glued before a copy of the headline ---------------------------------------------

BARE = "Asian shares slip as rare earth worries weigh on tech"


def test_the_bare_headline_wins_over_its_labelled_copy() -> None:
    text = "\n".join(("Newsroom Asia", "Business", f"Markets: {BARE}", BARE,
                      "Published: December 7, 2026 at 4:15 PM SGT", LEAD, MORE))  # fmt: skip
    article = read(text)
    assert article.title == BARE
    assert article.dek is None


def test_a_labelled_copy_is_a_short_label_before_the_same_words() -> None:
    assert labelled_copy(f"Markets: {BARE}", BARE)
    assert not labelled_copy(f"Why it matters for markets and miners: {BARE}", BARE)
    assert not labelled_copy("Markets: Asian shares rise", BARE)
