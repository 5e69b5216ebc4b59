"""The reader on wire stories republished by portals, broadcasters and
terminals (dev30): the wire desk's tags and version notes, a feed's headline
rows, a weather widget and an alert banner above the headline, end marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.evaluate import read_found
from generator.extract.org_names import full_name
from generator.extract.referents import describes_a_person
from generator.extract.speaker_phrases import backward_speaker, speaker_after
from generator.project import Project, read_taxonomy
from generator.reader.inline_rules import strip_inline_boilerplate
from generator.reader.meta import parse_meta
from generator.reader.outlets import clean_outlet
from generator.reader.rules import classify
from generator.reader.wire_rules import wire_tags
from tests.conftest import REPO
from tests.reader_story import LAST, LEAD, MORE, body_text, headings, read


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("UPDATE 2-Australia to buy rare earths for reserve", "UPDATE 2-"),
        ("RPT-UPDATE 1-China curbs gallium technology exports", "RPT-UPDATE 1-"),
        ("EXCLUSIVE-Japan weighs magnet stockpile", "EXCLUSIVE-"),
    ],
)
def test_a_wire_desks_tags_before_its_headline(line: str, tags: str) -> None:
    assert wire_tags(line) == (tags, line[len(tags) :])


@pytest.mark.parametrize(
    "line",
    [
        # a country's letters joined to another's: a headline
        "US-China talks resume in Geneva",
        "ASEAN-China pact covers minerals",
        # a tag in lower case is a word of the headline
        "Update-free licences ease exports",
    ],
)
def test_no_wire_tag(line: str) -> None:
    assert wire_tags(line) is None


def test_the_tags_come_off_the_headline() -> None:
    article = read(
        "UPDATE 2-Australia to buy rare earths for strategic reserve\n\n"
        "(Adds comment from analyst in paragraph 3, updates shares)\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert article.title == "Australia to buy rare earths for strategic reserve"
    assert "Adds comment" not in body_text(article)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "(Adds comment from China's commerce ministry in paragraph 8, updates shares)",
            "update_note",
        ),
        ("(Corrects spelling of minister's name in paragraph 4)", "update_note"),
        ("04:12 ET   China to Add Gallium Technology to Export Curbs | DJ", "feed_row"),
        ("03:15 ET   Lithium Carbonate Futures Slip in Guangzhou | MT Newswires", "feed_row"),
        ("Related tickers: NGRM  TVMG  5711.T", "story_codes"),
        ("Subjects: Trade  Export Controls  Metals  China", "story_codes"),
        ("Write to Grace Liu at grace.liu@wsj.com and Tom Roe at tom.roe@wsj.com", "write_to"),
        ("(END)", "end_line"),
        ("(END) Dow Jones Newswires", "end_line"),
        ("47° Partly cloudy Sacramento", "weather"),
        ("12°C Sunny", "weather"),
        ("ALERT: Winter storm warning for the Sierra from 4 p.m. Thursday.", "alert_banner"),
        ("Weather alert: Flood watch for the valley until Friday", "alert_banner"),
    ],
)
def test_wire_and_station_furniture(line: str, rule: str) -> None:
    found = classify(line)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        # a sentence in brackets that no desk writes
        "(Shares in the company rose 4% in early trade.)",
        # a story's own sentence about an alert, and a time in prose
        "The alert: ministry officials said the rules would change.",
        "At 10:30 the minister said the plan | was final",
        "Temperatures of 47° are common in the desert in summer.",
    ],
)
def test_body_lines_are_no_wire_furniture(line: str) -> None:
    found = classify(line)
    assert found is None or found.name not in {
        "feed_row",
        "alert_banner",
        "weather",
        "end_line",
    }


def test_an_updates_paragraph_mark_comes_off() -> None:
    text = '"The question is how long it lasts," said an analyst. (NEW) Prices rose.'
    assert strip_inline_boilerplate(text) == (
        '"The question is how long it lasts," said an analyst. Prices rose.'
    )
    # "(new)" in lower case is the story's word
    assert "(new)" in strip_inline_boilerplate("a plant (new) and an old one")


def test_a_weather_widget_and_alert_over_a_wire_story_are_no_headline() -> None:
    article = read(
        "KTVR 9 NEWS\n\n47°  Partly cloudy   Sacramento\n\n"
        "ALERT: Winter storm warning for the Sierra from 4 p.m. Thursday.\n\n"
        "NATION & WORLD\n\nUS opens tariff probe into Chinese magnets\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    assert article.title == "US opens tariff probe into Chinese magnets"
    assert "Winter storm" not in body_text(article)


def test_a_portals_ai_summary_over_a_wire_story_is_its_key_points() -> None:
    article = read(
        "S. Korea to triple rare earth stockpile as deadline nears\n\n"
        "AI Summary\n"
        "Generated by AI from the original story and reviewed by editors. It may contain errors.\n"
        "• South Korea will raise its reserves to 100 days of imports.\n"
        "• The state buyer will sign deals with Australian suppliers.\n\n"
        f"{LEAD}\n\nAd · Orbit Shopping: Winter deals up to 70% off\n\n{MORE}\n"
    )
    assert article.highlights == (
        "South Korea will raise its reserves to 100 days of imports.",
        "The state buyer will sign deals with Australian suppliers.",
    )
    assert "Generated by AI" not in body_text(article)
    assert "Winter deals" not in body_text(article) + " ".join(headings(article))


@pytest.mark.parametrize(
    "line",
    [
        "This summary was generated by AI and checked by our editors.",
        "Written with AI assistance and reviewed by the desk.",
        "Ad · Orbit Shopping: Winter deals up to 70% off",
        "AD | Brightpath: retire sooner",
    ],
)
def test_ai_notes_and_labelled_ads_are_furniture(line: str) -> None:
    found = classify(line)
    assert found is not None and found.kind == "boilerplate"


def test_a_sentence_about_ads_is_no_ad() -> None:
    assert classify("Ad spending: companies cut budgets as tariffs bite.") is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Author: Reuters", "Reuters"),
        ("Author: Associated Press", "Associated Press"),
    ],
)
def test_an_author_field_naming_a_wire_names_the_source(line: str, source: str) -> None:
    meta = parse_meta(line)
    assert meta is not None and meta.source == source and meta.author is None


def test_an_author_field_naming_a_person_is_still_the_author() -> None:
    meta = parse_meta("Author: Dana Whitfield")
    assert meta is not None and meta.author == "Dana Whitfield" and meta.source is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Dow Jones & Company, Inc.", "Dow Jones"),
        ("Copyright 2026 Thomson Reuters", "Reuters"),
        # a joiner inside the name stays
        ("© 2026 Marsh & McLennan Ltd", "Marsh & McLennan"),
    ],
)
def test_an_agencys_copyright_holder_cleaned(raw: str, clean: str) -> None:
    assert clean_outlet(raw) == clean


STORY = f"{LEAD}\n\n{MORE}\n\n{LAST}\n\n"


def test_the_wires_copyright_beats_the_stations_and_its_author_field() -> None:
    article = read(
        "KTVR 9 NEWS\n\nUS opens tariff probe into Chinese magnets\n\nAuthor: Reuters\n\n"
        f"{STORY}(Reporting by Sofia Marchetti; Editing by Rachel Finn)\n\n"
        "Copyright 2026 Thomson Reuters. All rights reserved.\n\n"
        "© 2026 KTVR-TV. All Rights Reserved.\n"
    )
    assert article.source_name == "Reuters"


def test_a_wires_copyright_at_the_foot_of_a_site_names_the_wire() -> None:
    article = read(
        "Gulf Metals Daily\n\nUS opens tariff probe into Chinese magnets\n\n"
        f"{STORY}© 2026 Associated Press. All rights reserved.\n\n"
        "© 2026 Harbor Point Media. All rights reserved.\n"
    )
    assert article.source_name == "Associated Press"


def test_a_terminal_stories_initials_and_end_mark_name_the_wire() -> None:
    article = read(
        "China to Add Gallium Technology to Export Curbs\n"
        "DJ   04:12 ET   12/03/2026\n\nBy Grace Liu\n\n"
        f"{STORY}(END) Dow Jones Newswires\n\n"
        "Copyright (c) 2026 Dow Jones & Company, Inc.\n"
    )
    assert article.source_name == "Dow Jones Newswires"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("[Photo] Trucks haul ore at the test pit near Hoyt Lakes, Minn., on Nov. 18.", "caption"),
        (
            "Trucks haul ore at the test pit on Nov. 18, 2026. (Courtney Lindqvist/The Millbrook Courier)",
            "caption",
        ),
        ("Be the first to know. Sign up for breaking news alerts.", "boilerplate"),
        ("Terms and Privacy Policy   Privacy Dashboard   About Our Ads", "boilerplate"),
        ("F1 Help   F2 News   F3 Quote   Ctrl+P Print story", "boilerplate"),
        (
            "All quotes delayed a minimum of 15 minutes. See here for a list of exchanges.",
            "boilerplate",
        ),
        ("Related quotes", "box_label"),
        ("Read Next", "box_label"),
        ("Site Index", "box_label"),
    ],
)
def test_portal_and_paper_furniture_around_a_wire_story(line: str, kind: str) -> None:
    found = classify(line)
    assert found is not None and found.kind == kind


@pytest.mark.parametrize(
    "line",
    [
        # a sentence ending in an aside with a slash is no credit
        "The plant makes oxides and metals for buyers in Japan. (Its output/sales ratio rose.)",
        "The ministry said the photo was taken in May and released on Tuesday.",
        "Readers can sign up for the service at any branch.",
    ],
)
def test_body_sentences_are_no_captions_or_prompts(line: str) -> None:
    found = classify(line)
    assert found is None or found.kind not in ("caption", "boilerplate", "box_label")


def test_a_related_quotes_box_inside_the_story_is_chrome() -> None:
    article = read(
        "Vietnam courts Western buyers for rare earths\n\n"
        f"{LEAD}\n\nRelated quotes\nLumen Rare Earths Ltd   LRE.AX   0.86  +4.2%\n"
        f"Hanoi Mining Materials JSC   HMM   31,400  -0.6%\nSee all\n\n{MORE}\n"
    )
    assert "LRE.AX" not in body_text(article)
    assert MORE in body_text(article)


@pytest.mark.parametrize(
    "line", ["Anmelden   Abo", "Se connecter | S'abonner", "Iniciar sesión   Suscríbete"]
)
def test_an_account_row_in_another_language_is_furniture(line: str) -> None:
    found = classify(line)
    assert found is not None and found.name == "account_abroad"


def test_a_word_of_such_a_row_inside_a_sentence_is_not() -> None:
    assert classify("Anmelden must be done in person, the ministry said.") is None


def test_a_translated_pages_account_row_is_no_byline() -> None:
    article = read(
        "RHEINPOST online   DE | EN\n\nAnmelden   Abo\n\n"
        "Tariffs and rare earths: German carmakers brace for a hard winter\n\n"
        f"03.12.2026, 14:26 Uhr\nSource: dpa\n\n{STORY}"
    )
    assert article.author is None
    assert article.source_name == "dpa"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        (
            ", Commerce Undersecretary for Industry and Security Lauren Achebe said in a statement.",
            "Lauren Achebe",
        ),
        (
            ", Deputy Minister of Industry and Trade Pham Quoc Thanh told reporters.",
            "Pham Quoc Thanh",
        ),
        (", Minister of Energy and Natural Resources Jane Roe said.", "Jane Roe"),
        # an office with no title before it, and two people: the old readings
        (", Smith and Jones said.", None),
    ],
)
def test_a_title_with_its_office_before_a_speakers_name(after: str, speaker: str | None) -> None:
    assert speaker_after(after) == speaker


def test_two_names_joined_by_and_are_not_one_speaker() -> None:
    assert backward_speaker("Smith and Jones") == "Jones"
    assert backward_speaker(", Deputy Minister of Industry and Trade Pham Quoc Thanh") == (
        "Pham Quoc Thanh"
    )


@pytest.mark.parametrize("title", ["Sen.", "State Sen.", "Rep.", "Gov."])
def test_an_abbreviated_office_before_a_speaker_is_no_part_of_the_name(
    title: str, tmp_path: Path
) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text(
        "Minnesota mine hopes new critical minerals list will unlock permits\n\n"
        "A company that wants to dig nickel says a federal decision could move its project.\n\n"
        f"{title} Amy Kowalczyk, a Democrat from Duluth, said the state would keep its review. "
        '"Federal lists don\'t change Minnesota law," she said in an interview.\n',
        encoding="utf-8",
    )
    taxonomy, _ = read_taxonomy(Project.at(REPO), [])
    found = read_found(seed, seed.name, taxonomy)
    assert [speaker for _, speaker in found.quotes] == ["Amy Kowalczyk"]
    assert "Amy Kowalczyk" in [name for name, _ in found.people]


@pytest.mark.parametrize(
    ("short", "text", "name"),
    [
        ("Kalari", "Kalari Managing Director Priscilla Ng said the plan would help.", "Kalari"),
        ("Tarn", "Tarn Valley Chief Executive Officer Owen Brandt told investors.", "Tarn Valley"),
        # a modifier inside a company's name stays
        ("Kalari", "Kalari Senior Living said it would bid.", "Kalari Senior Living"),
    ],
)
def test_a_title_after_a_companys_name_is_no_part_of_it(short: str, text: str, name: str) -> None:
    assert full_name(short, [text]) == name


def test_a_comments_label_with_its_count_ends_the_story() -> None:
    article = read(
        f"Vietnam courts Western buyers for rare earths\n\n{STORY}"
        "Comments 87\nSort by: Top\nminsu_k  ·  1h\n100 days is still not enough if supply stops.\n"
    )
    assert LAST in body_text(article)
    assert "100 days" not in body_text(article)


def test_a_comments_count_under_the_byline_leaves_the_story() -> None:
    article = read(
        f"Vietnam courts Western buyers for rare earths\n\nBy Ann Lee\n\nComments (14)\n\n{STORY}"
    )
    assert LEAD in body_text(article) and LAST in body_text(article)


def test_a_wire_writers_bio_by_the_first_name_ends_the_story() -> None:
    article = read(
        "US and Japan sign critical minerals pact\n\nBy Helen Vasquez\n\n"
        f"{STORY}Helen Vasquez\nThomson Reuters\n\n"
        "Helen covers U.S. trade policy from Washington, including tariffs and export controls.\n"
    )
    assert "Helen covers" not in body_text(article)


@pytest.mark.parametrize(
    "line",
    [
        "Quotient Finance is part of the Quotient family of brands.",
        "The Daily Ledger is part of the Harbor Point network of sites.",
    ],
)
def test_a_sites_family_line_is_furniture(line: str) -> None:
    found = classify(line)
    assert found is not None and found.name == "family_of_brands"


def test_a_company_in_a_group_is_no_footer() -> None:
    assert classify("The mine is part of the group's plan to double output by 2028.") is None


def test_a_party_politician_after_a_quote_is_the_person_just_named(tmp_path: Path) -> None:
    seed = tmp_path / "seed.txt"
    seed.write_text(
        "German carmakers brace for a hard winter of tariffs and shortages\n\n"
        "Germany's automotive suppliers are buying up rare earth magnets from China, "
        "industry representatives said on Thursday.\n\n"
        "Federal Economics Minister Katrin Mahlberg called on Wednesday for talks. "
        '"A trade war would have only losers," the CDU politician said in Berlin.\n',
        encoding="utf-8",
    )
    taxonomy, _ = read_taxonomy(Project.at(REPO), [])
    found = read_found(seed, seed.name, taxonomy)
    assert [speaker for _, speaker in found.quotes] == ["Katrin Mahlberg"]


@pytest.mark.parametrize(
    ("words", "describes"),
    [
        (["the", "CDU", "politician"], True),
        (["Republican", "lawmaker"], True),
        # a job of its own, and a description in lower case
        (["the", "minister"], False),
        (["the", "veteran", "politician"], False),
    ],
)
def test_a_description_of_a_person(words: list[str], describes: bool) -> None:
    assert describes_a_person(words) is describes
