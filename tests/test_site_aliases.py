"""One entity across articles: safe short forms merged into the one full name the
site knows; ambiguous short forms and different full names never merged; the
writers' ``people.yml`` still decides."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from generator.corpus import build_corpus
from generator.duplicates import likely_duplicates
from generator.entity_index import build_entity_index
from generator.model import Article, Entity, EntityKind, Quote
from generator.pipeline import Project, generate
from generator.site_aliases import SiteAliases, site_resolver
from generator.taxonomy import Taxonomy

from .conftest import REPO


def story(
    slug: str,
    day: int,
    *entities: tuple[str, EntityKind, str | None],
    topics: tuple[str, ...] = ("tariffs",),
) -> Article:
    return Article(
        path=f"seeds/{slug}.txt",
        title=slug,
        slug=slug,
        date=dt.date(2025, 3, day),
        entities=tuple(Entity(name, kind, role, 2) for name, kind, role in entities),
        topics=topics,
    )


def resolver(articles: list[Article], settled: tuple[str, ...] = ()) -> SiteAliases:
    """The site's merges, on a site where the stories' topics are not in most
    articles (articles on lithium beside them)."""
    filler = [story(f"z{n}", 28, topics=("lithium",)) for n in range(len(articles) + 1)]
    return site_resolver([*articles, *filler], settled)


def quoted(article: Article, speaker: str) -> Article:
    from dataclasses import replace

    return replace(article, quotes=(Quote("We are ready for a deal", speaker, 3, 1.0, True),))


TRUMP = story("a", 1, ("Trump", "person", "President"))
DONALD = story("b", 2, ("Donald Trump", "person", "U.S. President"))
LYNAS = story("c", 3, ("Lynas", "organisation", "miner"))
LYNAS_FULL = story("d", 4, ("Lynas Rare Earths", "organisation", "the Australian miner"))


def test_a_surname_is_the_one_full_name_the_site_has() -> None:
    aliases = resolver([TRUMP, DONALD])
    assert aliases.resolve("Trump") == aliases.resolve("Donald Trump") == "donald trump"
    index = build_entity_index([quoted(TRUMP, "Trump"), DONALD], aliases)
    (entry,) = index.entries
    assert entry.subject.name == "Donald Trump" and entry.subject.slug == "donald-trump"
    assert [r.role for r in entry.roles] == ["President", "U.S. President"]
    assert entry.quoted_in == 1
    assert index.find("Trump") is entry


def test_a_chinese_family_name_first_is_a_short_form_too() -> None:
    aliases = resolver(
        [story("a", 1, ("Xing", "person", None)), story("b", 2, ("Xing Ziqiang", "person", None))]
    )
    assert aliases.resolve("Xing") == "xing ziqiang"


def test_an_organisation_by_its_first_word_inverted_or_initials() -> None:
    articles = [
        LYNAS,
        LYNAS_FULL,
        story("e", 5, ("Commerce Ministry", "organisation", "regulator")),
        story("f", 6, ("Ministry of Commerce", "organisation", None)),
        story("g", 7, ("IEA", "organisation", "the energy watchdog")),
        story("h", 8, ("International Energy Agency", "organisation", None)),
    ]
    aliases = resolver(articles)
    assert aliases.resolve("Lynas") == "lynas rare earths"
    assert aliases.resolve("Commerce Ministry") == "ministry of commerce"
    assert aliases.resolve("IEA") == "international energy agency"
    names = [e.subject.name for e in build_entity_index(articles, aliases).entries]
    assert names == ["International Energy Agency", "Lynas Rare Earths", "Ministry of Commerce"]


def test_a_short_form_of_two_full_names_stays_apart() -> None:
    articles = [TRUMP, DONALD, story("e", 5, ("Melania Trump", "person", "First Lady"))]
    aliases = resolver(articles)
    assert aliases.resolve("Trump") == "trump"
    assert len(build_entity_index(articles, aliases).entries) == 3
    lynas_corp = story("f", 6, ("Lynas Corporation", "organisation", "miner"))
    assert resolver([LYNAS, LYNAS_FULL, lynas_corp]).resolve("Lynas") == "lynas"


def test_two_different_full_names_are_never_merged() -> None:
    articles = [
        story("a", 1, ("Donald Trump", "person", None)),
        story("b", 2, ("Donald J. Trump", "person", None)),
        story("c", 3, ("Grace Mbeki", "person", None)),
        story("d", 4, ("G. Mbeki", "person", None)),
        story("e", 5, ("Quy Kien", "person", None)),
        story("f", 6, ("Tran Quy Kien", "person", None)),
        story("g", 7, ("European Commission", "organisation", None)),
        story("h", 8, ("Commission", "organisation", None)),
        story("i", 9, ("Rare Earths", "organisation", None)),
    ]
    aliases = resolver([*articles, LYNAS_FULL])
    assert aliases.merged == {}


def test_a_surname_or_first_word_needs_something_shared_as_well() -> None:
    """A surname in an article on other topics naming no one else the full name's
    articles name is left apart; an inverted name or initials need no more."""
    alone = story("a", 1, ("Price", "person", None), topics=("mining",))
    full = story("b", 2, ("Darnell Price", "person", "store owner"), topics=("magnets",))
    assert resolver([alone, full]).merged == {}
    beside = story("c", 3, ("Price", "person", None), ("Volta Motors", "organisation", None))
    known = story("d", 4, ("Darnell Price", "person", None), ("Volta Motors", "organisation", None))
    assert resolver([beside, known]).resolve("Price") == "darnell price"
    everywhere = [
        story("g", 7, ("Price", "person", None), topics=("rare-earths",)),
        story("h", 8, ("Darnell Price", "person", None), topics=("rare-earths",)),
        story("i", 9, topics=("rare-earths",)),
    ]
    assert site_resolver(everywhere).merged == {}  # a topic every article has says nothing
    inverted = story("e", 5, ("Commerce Department", "organisation", None), topics=("magnets",))
    usual = story("f", 6, ("Department of Commerce", "organisation", None), topics=("wto",))
    assert resolver([inverted, usual]).resolve("Commerce Department") == ("department of commerce")


def test_a_first_word_is_a_short_form_of_a_company_name_only() -> None:
    articles = [
        story("a", 1, ("Colorado", "organisation", None)),
        story("b", 2, ("Colorado School of Mines", "organisation", None)),
        story("c", 3, ("Union", "organisation", None)),
        story("d", 4, ("Union Cabinet", "organisation", None)),
        story("e", 5, ("MP", "organisation", None)),
        story("f", 6, ("MP Materials", "organisation", None)),
    ]
    assert resolver(articles).merged == {"mp": "mp materials"}


def test_no_merge_across_kinds() -> None:
    aliases = resolver([story("a", 1, ("Lynas", "person", None)), LYNAS_FULL, DONALD])
    assert aliases.resolve("Lynas") == "lynas"


def test_a_name_in_people_yml_is_left_to_the_writers() -> None:
    aliases = resolver([TRUMP, DONALD], settled=("Trump",))
    assert aliases.resolve("Trump") == "trump"


def test_related_articles_share_the_merged_entity() -> None:
    others = [
        story(f"x{n}", 10 + n, (f"Person {n} Name", "person", None), topics=()) for n in range(4)
    ]
    corpus = build_corpus([TRUMP, DONALD, *others], Taxonomy(()))
    assert [a.slug for a in corpus.related_articles["a"]] == ["b"]


def test_check_no_longer_reports_what_the_site_merged() -> None:
    articles = [TRUMP, DONALD, story("e", 5, ("Xing", "person", None))]
    two_xings = [
        story("f", 6, ("Xing Ziqiang", "person", None)),
        story("g", 7, ("Xing Wei", "person", None)),
    ]
    resolve = resolver([*articles, *two_xings])
    warnings = likely_duplicates([*articles, *two_xings], resolve)
    messages = [w.message for w in warnings]
    assert not any("'Trump'" in m for m in messages)
    assert sum("'Xing'" in m for m in messages) == 2  # ambiguous: the writers decide


def test_a_site_build_gives_one_page_and_people_yml_still_renames(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy2(REPO / "seeds" / "topics.yml", seeds / "topics.yml")
    (seeds / "a.txt").write_text(
        "Tariff Talks Resume in Geneva\n\nMarch 3, 2025\n\n"
        'President Trump said on Friday that tariff talks would resume. "We are ready '
        'to make a deal on tariffs," Trump said.\n',
        encoding="utf-8",
    )
    (seeds / "b.txt").write_text(
        "Tariff Deal Hopes Rise in Washington\n\nMarch 9, 2025\n\n"
        'U.S. President Donald Trump said a deal on tariffs could come soon. "It will '
        'be a great deal for both sides," said Donald Trump.\n',
        encoding="utf-8",
    )
    for name, title in (("c.txt", "Lithium Brine Output Climbs"), ("d.txt", "Nickel Mine Opens")):
        (seeds / name).write_text(
            f"{title}\n\nMarch 12, 2025\n\nThe mine in the north produced more output "
            "than planned, the operator said.\n",
            encoding="utf-8",
        )
    pages = generate(Project.at(tmp_path)).pages
    people = sorted(p for p in pages if p.startswith("people/") and p != "people/index.md")
    assert people == ["people/donald-trump.md"]
    page = pages["people/donald-trump.md"]
    for article in ("tariff-talks-resume-in-geneva", "tariff-deal-hopes-rise-in-washington"):
        assert f"../articles/{article}.md" in page
    assert "We are ready to make a deal" in page and "It will be a great deal" in page
    (seeds / "people.yml").write_text(
        "- name: Donald J. Trump\n  aliases: [Donald Trump, Trump]\n", encoding="utf-8"
    )
    renamed = generate(Project.at(tmp_path)).pages
    people = sorted(p for p in renamed if p.startswith("people/") and p != "people/index.md")
    assert people == ["people/donald-j-trump.md"]
    (seeds / "people.yml").write_text("- name: Trump\n", encoding="utf-8")
    apart = generate(Project.at(tmp_path)).pages
    people = sorted(p for p in apart if p.startswith("people/") and p != "people/index.md")
    assert people == ["people/donald-trump.md", "people/trump.md"]
