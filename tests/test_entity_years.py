"""A person's page: each role once, the newest quotes and articles, and the rest
on pages by year that change only when that year does."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from generator.corpus import build_corpus
from generator.entity_index import ArticleRef, RoleSeen, build_entity_index
from generator.model import Article, Entity, Quote
from generator.pages.entity_digest import (
    PAGE_ARTICLES,
    PAGE_QUOTES,
    RoleGroup,
    entity_years,
    fits,
    group_roles,
)
from generator.pages.jobs import Gathered, Job, Site, render_all
from generator.pages.people import jobs as people_jobs
from generator.taxonomy import Taxonomy

from .conftest import copy_project, corpus_seeds, run_mkdocs


def ref(slug: str, day: dt.date | None) -> ArticleRef:
    return ArticleRef(f"Story {slug}", slug, day)


def story(slug: str, day: dt.date | None, role: str | None = "trade minister") -> Article:
    """An article that names Elena Vasquez (with ``role``) and quotes her once."""
    return Article(
        path=f"{slug}.md",
        title=f"Story {slug}",
        slug=slug,
        date=day,
        entities=(Entity("Elena Vasquez", "person", role, 1),),
        quotes=(Quote(f"Words of {slug}", "Elena Vasquez", 1, 0.5, False),),
    )


def newest_first(articles: list[Article]) -> tuple[Article, ...]:
    return tuple(
        sorted(articles, key=lambda a: (a.date is None, -(a.date.toordinal() if a.date else 0)))
    )


def people_pages(articles: list[Article]) -> dict[str, Job]:
    corpus = build_corpus(newest_first(articles), Taxonomy(()))
    return {job.path: job for job in people_jobs(Gathered(corpus, Site("x")))}


def rendered(articles: list[Article]) -> dict[str, str]:
    return render_all(people_pages(articles).values(), Site("x"))


def spread(per_year: dict[int, int]) -> list[Article]:
    """``count`` articles in each year, a week apart (the higher ``n``, the newer)."""
    return [
        story(f"y{year}-{n}", dt.date(year, 1, 1) + dt.timedelta(weeks=n))
        for year, count in per_year.items()
        for n in range(count)
    ]


# -- roles -------------------------------------------------------------------------


def test_a_role_is_listed_once_however_it_is_spelt_in_its_newest_wording() -> None:
    roles = [
        RoleSeen("Trade Minister", ref("c", dt.date(2025, 11, 29))),
        RoleSeen("trade  minister", ref("b", dt.date(2025, 3, 1))),
        RoleSeen("chair of the board", ref("d", dt.date(2024, 6, 2))),
        RoleSeen("TRADE MINISTER", ref("a", dt.date(2024, 1, 5))),
        RoleSeen("trade minister", ref("b", dt.date(2025, 3, 1))),  # same article again
    ]
    assert group_roles(roles) == (
        RoleGroup("Trade Minister", ref("c", dt.date(2025, 11, 29)), 3),
        RoleGroup("chair of the board", ref("d", dt.date(2024, 6, 2)), 1),
    )


def test_roles_go_newest_first_by_the_newest_article_that_gives_them_undated_last() -> None:
    roles = [
        RoleSeen("envoy", ref("u", None)),
        RoleSeen("governor", ref("old", dt.date(2023, 2, 2))),
        RoleSeen("senator", ref("new", dt.date(2025, 2, 2))),
        RoleSeen("Governor", ref("newer", dt.date(2024, 8, 8))),
    ]
    grouped = group_roles(roles)
    assert [(g.role, g.newest.slug, g.articles) for g in grouped] == [
        ("senator", "new", 1),
        ("Governor", "newer", 2),
        ("envoy", "u", 1),
    ]


def test_the_page_names_each_role_once_with_its_newest_article_date_and_count() -> None:
    articles = [story(f"s{n}", dt.date(2025, 5, 1 + n)) for n in range(5)]
    articles.append(story("chair", dt.date(2024, 1, 9), role="party chair"))
    page = rendered(articles)["people/elena-vasquez.md"]
    roles = page.split("## Roles", 1)[1].split("##", 1)[0]
    assert roles.count("trade minister") == 1
    assert "- trade minister — [Story s4](../articles/s4.md) · May 5, 2025 · in 5 articles" in roles
    assert "- party chair — [Story chair](../articles/chair.md) · January 9, 2024\n" in roles
    assert roles.index("trade minister") < roles.index("party chair")


# -- the split ---------------------------------------------------------------------


def test_an_entry_that_fits_on_its_page_gets_no_year_pages() -> None:
    articles = spread({2025: PAGE_ARTICLES - 4, 2024: 4})
    assert len(articles) == PAGE_ARTICLES == PAGE_QUOTES
    entry = build_entity_index(newest_first(articles)).entries[0]
    assert fits(entry) and entity_years(entry) == ()
    pages = rendered(articles)
    assert sorted(pages) == ["people/elena-vasquez.md", "people/index.md"]
    person = pages["people/elena-vasquez.md"]
    assert person.count("<figure") == len(articles)
    assert "Earlier, by year" not in person and "The newest" not in person


def test_one_quote_too_many_makes_year_pages_for_every_year() -> None:
    articles = spread({2025: PAGE_ARTICLES - 4, 2024: 4})
    extra = Quote("One more thing", "Elena Vasquez", 2, 0.5, False)
    last = articles[0]
    articles[0] = Article(**{**last.__dict__, "quotes": (*last.quotes, extra)})
    pages = rendered(articles)
    assert sorted(pages) == [
        "people/elena-vasquez.md",
        "people/elena-vasquez/2024.md",
        "people/elena-vasquez/2025.md",
        "people/index.md",
    ]


def test_the_page_shows_the_newest_and_links_each_year_with_its_counts() -> None:
    pages = rendered(spread({2025: 14, 2024: 3}))
    person = pages["people/elena-vasquez.md"]
    quotes = person.split("## Quotes", 1)[1].split("## Articles", 1)[0]
    assert quotes.count("<figure") == PAGE_QUOTES
    assert "Words of y2025-13" in quotes and "Words of y2025-3" not in quotes
    articles = person.split("## Articles", 1)[1]
    assert articles.count('class="reex-item"') == PAGE_ARTICLES
    assert f"The newest {PAGE_QUOTES} of 17 quotes" in quotes
    assert f"The newest {PAGE_ARTICLES} of 17 articles" in articles
    assert (
        "Earlier, by year: [2025](elena-vasquez/2025.md) (14 articles, 14 quotes)"
        " · [2024](elena-vasquez/2024.md) (3 articles, 3 quotes)"
    ) in person


def test_a_year_page_lists_that_years_quotes_and_articles_newest_first() -> None:
    pages = rendered(spread({2025: 14, 2024: 3}))
    year = pages["people/elena-vasquez/2024.md"]
    assert "title: Elena Vasquez in 2024\n" in year
    assert "# Elena Vasquez in 2024\n" in year
    assert "Elena Vasquez in 2024: 3 articles and 3 quotes on this site." in year
    assert "kind: person-year" in year
    assert year.count("<figure") == 3 and year.count('class="reex-item"') == 3
    assert "2025" not in year.split("---", 2)[2].replace("[← 2025](2025.md)", "")
    assert year.index("Words of y2024-2") < year.index("Words of y2024-1")
    assert "[Story y2024-0](../../articles/y2024-0.md) · January 1, 2024" in year
    assert "[← 2025](2025.md) · [All of Elena Vasquez](../elena-vasquez.md)" in year
    newest = pages["people/elena-vasquez/2025.md"]
    assert newest.count("<figure") == 14
    assert "[All of Elena Vasquez](../elena-vasquez.md) · [2024 →](2024.md)" in newest
    # A long year page leads back to the entry's page under its heading too.
    up = '<p class="reex-up" markdown>← [All of Elena Vasquez](../elena-vasquez.md)</p>'
    assert year.index(up) < year.index("## Quotes")


def test_undated_articles_have_a_year_page_of_their_own_last() -> None:
    articles = [*spread({2025: 11}), story("nodate", None)]
    pages = rendered(articles)
    assert "people/elena-vasquez/undated.md" in pages
    person = pages["people/elena-vasquez.md"]
    assert person.index("[2025]") < person.index("[Undated](elena-vasquez/undated.md)")
    undated = pages["people/elena-vasquez/undated.md"]
    assert "title: Elena Vasquez, undated articles\n" in undated
    assert "[Story nodate](../../articles/nodate.md)</p>" in undated


def test_an_addition_in_2024_changes_that_year_and_the_page_not_2025() -> None:
    articles = spread({2025: 14, 2024: 3})
    before = people_pages(articles)
    after = people_pages([*articles, story("late", dt.date(2024, 12, 30))])
    assert (
        after["people/elena-vasquez/2024.md"].shows != before["people/elena-vasquez/2024.md"].shows
    )
    assert after["people/elena-vasquez.md"].shows != before["people/elena-vasquez.md"].shows
    assert (
        after["people/elena-vasquez/2025.md"].shows == before["people/elena-vasquez/2025.md"].shows
    )


def test_an_addition_of_an_old_article_leaves_the_page_alone_but_for_counts() -> None:
    articles = spread({2025: 14, 2024: 3})
    page = people_pages(articles)["people/elena-vasquez.md"].shows
    again = people_pages([*articles, story("older", dt.date(2024, 1, 2))])
    shown = again["people/elena-vasquez.md"].shows
    assert page is not None and shown is not None
    assert page[0].quotes == shown[0].quotes and page[0].articles == shown[0].articles


# -- escaping and order ------------------------------------------------------------


def test_names_roles_and_quotes_from_seeds_stay_text_on_every_page() -> None:
    hostile = [
        Article(
            path=f"h{n}.md",
            title=f"<img src=x onerror=alert({n})>",
            slug=f"h{n}",
            date=dt.date(2025 - n % 2, 3, 1 + n),
            entities=(Entity("Eve <script>alert(1)</script>", "person", "<b>boss</b>", 1),),
            quotes=(Quote(f"<i>{n}</i> & *more*", "Eve <script>alert(1)</script>", 1, 0.5, False),),
        )
        for n in range(PAGE_QUOTES + 2)
    ]
    pages = rendered(hostile)
    years = [path for path in pages if path.count("/") == 2]
    assert len(years) == 2
    for path, text in pages.items():
        body = text.split("---", 2)[2]
        assert "<script>" not in body and "<b>" not in body and "<img" not in body, path
        assert "<i>" not in body, path


def test_the_pages_are_the_same_whatever_order_the_articles_arrive_in() -> None:
    articles = spread({2025: 12, 2024: 4, 2023: 1})
    assert rendered(articles) == rendered(list(reversed(articles)))


# -- built -------------------------------------------------------------------------

# Twelve short reports, two months apart from March 2024, that quote one minister.
SUBJECTS = (
    "steel quotas",
    "grain exports",
    "port fees",
    "copper levies",
    "fishing rights",
    "solar panel duties",
    "lithium permits",
    "rail freight",
    "textile tariffs",
    "cobalt audits",
    "rice reserves",
    "shipping lanes",
)
SAYINGS = (
    '"We will not sign a deal on {0} that leaves our exporters worse off," '
    "Trade Minister Marta Okonjo said after the session.",
    'Trade Minister Marta Okonjo told reporters: "There is room to move on {0}, but not much."',
    '"Nobody in this room wants a fight over {0}," said Trade Minister Marta Okonjo.',
)


def minister_seeds(folder: Path) -> None:
    for n, subject in enumerate(SUBJECTS):
        day = dt.date(2024, 3, 4) + dt.timedelta(days=61 * n)
        saying = SAYINGS[n % len(SAYINGS)].format(subject)
        (folder / f"okonjo-{n:02d}.txt").write_text(
            f"Ministers Revisit {subject.title()} After Months of Delay\n\n"
            f"{day.strftime('%B')} {day.day}, {day.year}\n\n"
            f"LISBON — Negotiators returned to {subject} on Tuesday, a deadline weeks away.\n\n"
            f"{saying}\n\nOfficials said a further round was planned.\n",
            encoding="utf-8",
        )


@pytest.mark.build
def test_year_pages_build_strict_are_searched_and_in_the_sitemap_not_the_nav(
    tmp_path: Path,
) -> None:
    seeds = corpus_seeds(tmp_path / "seeds")
    minister_seeds(seeds)
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project", seeds)
    result = run_mkdocs(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    person = (site / "people/marta-okonjo/index.html").read_text(encoding="utf-8")
    assert 'href="2025/"' in person and 'href="2024/"' in person
    year = (site / "people/marta-okonjo/2024/index.html").read_text(encoding="utf-8")
    assert "<title>Marta Okonjo in 2024" in year
    assert 'href="../"' in year  # back to her page
    active = year.split("md-tabs__item--active", 1)[1].split("</li>", 1)[0]
    assert "People" in active  # in the People section, as her page is
    docs = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    assert "people/marta-okonjo/2024/" in {doc["location"] for doc in docs["docs"]}
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    # In the sitemap as the topics' month pages are: pages a reader may land on.
    assert "/people/marta-okonjo/2024/</loc>" in sitemap
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "marta-okonjo/2024" not in home  # not in the nav
