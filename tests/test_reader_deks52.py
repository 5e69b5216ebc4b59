"""The reader on standfirsts and key-point boxes of news, business and
magazine pages (dev52): a standfirst over its box of points, a menu's run of
box labels over the headline."""

from __future__ import annotations

from generator.reader.bylines import is_job_title
from generator.reader.captions import CAPTION_RULES
from generator.reader.lines import in_italics, read_lines
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read

TITLE = "Gallium checks slow shipments from southern ports"
STANDFIRST = "Freight forwarders say inspections now add days to every gallium export."
POINTS = (
    "- Inspections have tripled since the start of the month.",
    "- Exporters still need a licence from the commerce ministry.",
    "- The checks should last until the end of the quarter.",
)


def pasted(*lines: str) -> str:
    """Lines as a browser pastes them: one under the other, no blank lines."""
    return "\n".join(lines) + "\n"


def test_a_sentence_under_the_byline_over_a_box_of_points_is_the_standfirst() -> None:
    article = read(
        pasted(
            TITLE,
            "By Ann Lee",
            "12 March 2026",
            STANDFIRST,
            "What you need to know",
            *POINTS,
            LEAD,
            MORE,
            LAST,
        )
    )
    assert article.dek == STANDFIRST
    assert len(article.highlights) == len(POINTS)
    assert LEAD in body_text(article)


def test_two_sentences_under_the_byline_over_a_box_of_points_are_the_lead() -> None:
    # (the story's lead with its key points under it, then the story going on)
    lead = "Customs officers have begun opening more containers. Forwarders say so."
    article = read(
        pasted(TITLE, "By Ann Lee", "12 March 2026", lead, "What you need to know", *POINTS, MORE)
    )
    assert article.dek is None
    assert lead in body_text(article)


def test_a_sentence_over_a_box_and_a_shorter_paragraph_is_no_standfirst() -> None:
    short = "The checks began on Monday."
    article = read(
        pasted(TITLE, "By Ann Lee", "12 March 2026", LEAD, "Key takeaways", *POINTS, short, MORE)
    )
    assert article.dek is None
    assert LEAD in body_text(article)


# (a headline sharing few words with the story: nothing else ends the box there)
HEADLINE = "Why a tiny metal is causing big headaches for chipmakers"


def test_a_menus_run_of_box_labels_leaves_the_headline_under_it() -> None:
    # ("Video" and "Live" are menu entries; the section label, the headline and
    # its standfirst under them are no box's links)
    article = read(
        pasted(
            "Home",
            "News",
            "Business",
            "Video",
            "Live",
            "Business",
            HEADLINE,
            STANDFIRST,
            "3 hours ago",
            "Share",
            "Save",
            "Ann Lee",
            "Trade reporter",
            "Image caption, Containers waiting at the port",
            LEAD,
            MORE,
            LAST,
        )
    )
    assert article.title == HEADLINE
    assert article.dek == STANDFIRST


PORTS_HEADLINE = "Southern ports slow exports of a metal chipmakers need"


def test_a_headline_over_a_caption_and_standfirst_ends_a_box_of_links() -> None:
    # ("Watch live" over "Listen live" and the section label: a box of links
    # ends at the headline with a caption, a standfirst and a byline under it)
    caption = "A container ship at the port in October. (Harbour Broadcasting: Sam Ruiz)"
    article = read(
        pasted(
            "Watch live",
            "Listen live",
            "Business",
            PORTS_HEADLINE,
            caption,
            STANDFIRST,
            "By Ann Lee",
            "12 March 2026",
            LEAD,
            MORE,
            LAST,
        )
    )
    assert article.title == PORTS_HEADLINE
    assert article.dek == STANDFIRST
    assert "Sam Ruiz" not in body_text(article)


def test_a_broadcasters_bracketed_credit_closes_a_caption() -> None:
    rule = CAPTION_RULES[0]
    assert rule.matches("A drill rig at the site in May. (Harbour Broadcasting: Sam Ruiz)")
    assert rule.matches("Crews at the mine. (Coast Television: Ana Silva)")
    # (a firm and a name in brackets: no newsroom, no credit)
    assert not rule.matches("Exports rose 5% in the year. (Harbour Trading: Sam Ruiz)")


def test_a_job_title_in_sentence_case_under_a_name_is_a_byline() -> None:
    assert is_job_title("Markets reporter")
    assert is_job_title("Technology of Business reporter")
    assert not is_job_title("Markets reporter.")
    assert not is_job_title("3 reporter")
    article = read(
        pasted(
            "Monday, 16 November 2026 | 4:05 pm AEDT",
            TITLE,
            STANDFIRST,
            "Nathan Beaumont",
            "Markets reporter",
            LEAD,
            MORE,
            LAST,
        )
    )
    assert article.author == "Nathan Beaumont"
    assert article.dek == STANDFIRST
    assert "Markets reporter" not in body_text(article)


NOTE = "Marta Kowalska is a senior fellow at the Centre for Industrial Security in Warsaw."


def test_a_note_on_the_writer_under_the_headline_is_no_standfirst() -> None:
    article = read(pasted(TITLE, NOTE, "September 14, 2026", "Print", "Email", LEAD, MORE, LAST))
    assert article.dek is None
    assert NOTE not in body_text(article)


def test_a_sentence_on_a_person_under_another_writers_byline_stays_the_standfirst() -> None:
    profile = "Marta Kowalska is the first founder to take a magnet start-up public in Poland."
    article = read(pasted(TITLE, profile, "By Ann Lee", "September 14, 2026", LEAD, MORE, LAST))
    assert article.dek == profile


def test_a_pull_quote_held_by_a_paragraph_is_no_heading() -> None:
    pulled = "A stockpile nobody has paid for is a stockpile nobody will use"
    quoting = f'"{pulled}," says a lobbyist for the industry, who wants tax breaks instead.'
    article = read(pasted(TITLE, "By Ann Lee", "12 March 2026", LEAD, MORE, pulled, quoting, LAST))
    assert pulled not in headings(article)
    assert quoting in body_text(article)


def test_a_name_in_title_case_held_by_a_paragraph_may_head_a_section() -> None:
    name = "Ministry of Economy, Trade and Industry"
    article = read(
        pasted(TITLE, "By Ann Lee", "12 March 2026", LEAD, name, f"The {name} said so.", LAST)
    )
    assert name in headings(article)


def test_notes_on_machine_written_text_are_furniture() -> None:
    note = "This article was written with the help of AI tools and checked by our editorial team."
    assert [line.rule for line in read_lines(note)] == ["ai_notice"]
    assert [line.rule for line in read_lines("Drafted using generative AI.")] == ["ai_notice"]
    # (the story's own sentence on a report written with AI stays)
    story = "The report was written with the help of AI tools, the company said."
    assert [line.kind for line in read_lines(story)] == ["text"]


def test_a_print_edition_line_without_its_subject_is_furniture() -> None:
    line = "Appeared in the December 5, 2026, print edition as 'Ohio Magnet Plant Goes On Hold'."
    assert [found.rule for found in read_lines(line)] == ["print_edition"]
    article = read(pasted(TITLE, "By Ann Lee", "12 March 2026", LEAD, MORE, LAST, line))
    assert "print edition" not in body_text(article)


def test_a_sentence_in_italics_under_a_markdown_byline_is_the_standfirst() -> None:
    assert in_italics(f"_{STANDFIRST}_")
    assert in_italics(f"*{STANDFIRST}*")
    assert not in_italics(f"**{STANDFIRST}**")
    assert not in_italics(f"_{STANDFIRST}_ and more")
    lines = [f"# {TITLE}", "By Ann Lee | 12 March 2026", f"_{STANDFIRST}_", LEAD, MORE, LAST]
    article = read("\n\n".join(lines) + "\n")
    assert article.dek == STANDFIRST
    assert LEAD in body_text(article)


def test_the_same_sentence_without_italics_under_the_byline_is_the_lead() -> None:
    lines = [f"# {TITLE}", "By Ann Lee | 12 March 2026", STANDFIRST, LEAD, MORE, LAST]
    article = read("\n\n".join(lines) + "\n")
    assert article.dek is None
    assert STANDFIRST in body_text(article)


def test_a_caption_without_credit_under_the_headline_is_no_standfirst() -> None:
    caption = "Containers stacked at the port of Xiamen on Monday."
    article = read(pasted(TITLE, caption, "By Ann Lee", "12 March 2026", LEAD, MORE, LAST))
    assert article.dek is None
    # (a standfirst saying when in its last words, but not in one sentence, stays)
    two = "Customs began opening containers on Monday. Forwarders expect delays in March."
    article = read(pasted(TITLE, two, "By Ann Lee", "12 March 2026", LEAD, MORE, LAST))
    assert article.dek == two


def test_what_we_know_so_far_labels_a_box_of_points_in_the_story() -> None:
    points = [f"• {p[2:]}" for p in POINTS]
    article = read(
        pasted(
            TITLE, "By Ann Lee", "12 March 2026", LEAD, MORE, "What we know so far", *points, LAST
        )
    )
    assert len(article.highlights) == len(POINTS)
    assert LAST in body_text(article)


def test_a_box_of_points_at_the_end_stops_at_the_next_rails_label() -> None:
    rail = ("- Dow slips as bond yields climb ahead of Fed minutes", "- Oil steadies after OPEC")
    article = read(
        pasted(TITLE, "By Ann Lee", "12 March 2026", LEAD, MORE, "At a glance", *POINTS)
        + pasted("More from us", *rail)
    )
    assert len(article.highlights) == len(POINTS)
    assert not any("Dow slips" in point for point in article.highlights)


RAIL = ("Dow slips as bond yields climb ahead of Fed minutes", "Oil steadies after OPEC")


def test_a_rail_of_headlines_under_a_box_of_sentences_is_no_key_point() -> None:
    points = [f"• {p[2:]}" for p in POINTS]
    page = (TITLE, "By Ann Lee", "12 March 2026", LEAD, MORE, LAST, "Key takeaways", *points)
    article = read(pasted(*page, *(f"• {r}" for r in RAIL)))
    assert len(article.highlights) == len(POINTS)
    numbered = read(pasted(*page, *(f"{n}. {r}." for n, r in enumerate(RAIL, 1))))
    assert len(numbered.highlights) == len(POINTS)


def test_points_without_stops_run_on_under_their_label() -> None:
    bare = [f"• {p[2:].rstrip('.')}" for p in POINTS]
    article = read(pasted(TITLE, "By Ann Lee", "12 March 2026", "Key takeaways", *bare, LEAD, MORE))
    assert len(article.highlights) == len(POINTS)
