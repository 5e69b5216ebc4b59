"""The site-wide index of people and organisations, and the pages made from it."""

from __future__ import annotations

import datetime as dt

from generator.entity_index import build_entity_index, entity_key
from generator.model import Article, Block, Entity, Quote, Section


def make(slug: str, day: int, **fields: object) -> Article:
    base: dict[str, object] = {
        "path": f"{slug}.md",
        "title": f"Story {slug}",
        "slug": slug,
        "date": dt.date(2025, 5, day),
    }
    base.update(fields)
    return Article(**base)  # type: ignore[arg-type]


BESSENT = Entity("Scott Bessent", "person", "Treasury Secretary", 3)
TRUCE = make(
    "truce",
    12,
    entities=(BESSENT, Entity("Commerce Ministry", "organisation", None, 5)),
    quotes=(Quote("We have a pause", "Scott Bessent", 3, 0.9, True),),
    topics=("tariffs", "trade-talks"),
)
LATER = make(
    "later",
    20,
    entities=(
        Entity("Scott  Bessent", "person", None, 2),
        Entity("Lynas", "organisation", None, 4),
    ),
    quotes=(
        Quote("Talks go on", "Scott Bessent", 2, 0.2, False),
        Quote("Unclaimed words", "Someone Else", 4, 0.9, True),
    ),
    topics=("tariffs",),
)
BOARD = make(
    "board",
    1,
    entities=(Entity("Lynas Rare Earths", "organisation", "the miner", 2),),
    topics=("rare-earths",),
)
NEWEST_FIRST = (LATER, TRUCE, BOARD)


def test_a_key_ignores_case_accents_punctuation_spacing_and_a_leading_the() -> None:
    assert entity_key("Scott  Bessent") == entity_key("scott bessent")
    assert entity_key("Zhāng Wéi") == "zhang wei"
    assert entity_key("U.S. Department of Defense") == "u s department of defense"
    assert entity_key("The European Commission") == "european commission"
    assert entity_key("The") == "the"


def test_only_entities_quoted_or_given_a_role_get_an_entry() -> None:
    index = build_entity_index(NEWEST_FIRST)
    assert [e.subject.name for e in index.entries] == ["Scott Bessent", "Lynas Rare Earths"]
    assert index.find("Commerce Ministry") is None
    assert index.find("Lynas") is None  # a different key until aliases are resolved
    assert index.find("Someone Else") is None  # a speaker who is no entity of the article


def test_an_entry_gathers_roles_quotes_articles_and_topics_newest_first() -> None:
    entry = build_entity_index(NEWEST_FIRST).find("SCOTT BESSENT")
    assert entry is not None
    assert entry.subject.slug == "scott-bessent" and entry.subject.kind == "person"
    assert [(r.role, r.article.slug) for r in entry.roles] == [("Treasury Secretary", "truce")]
    assert [(q.text, q.article.slug) for q in entry.quotes] == [
        ("Talks go on", "later"),
        ("We have a pause", "truce"),
    ]
    assert entry.quoted_in == 2
    assert [a.slug for a in entry.articles] == ["later", "truce"]
    assert entry.topics == (("tariffs", 2), ("trade-talks", 1))


def test_people_come_before_organisations_and_each_kind_is_listed_apart() -> None:
    index = build_entity_index(NEWEST_FIRST)
    assert [e.subject.name for e in index.of_kind("person")] == ["Scott Bessent"]
    assert [e.subject.name for e in index.of_kind("organisation")] == ["Lynas Rare Earths"]


def test_a_resolver_merges_aliases_into_one_entry() -> None:
    aliases = {"lynas": "lynas rare earths"}

    def resolve(name: str) -> str:
        key = entity_key(name)
        return aliases.get(key, key)

    entry = build_entity_index(NEWEST_FIRST, resolve).find("Lynas")
    assert entry is not None
    assert entry.subject.name in ("Lynas", "Lynas Rare Earths")
    assert [a.slug for a in entry.articles] == ["later", "board"]


def test_slugs_are_distinct_and_never_the_index_page() -> None:
    index_person = Entity("Index", "person", "a pseudonym", 1)
    twin = Entity("Index!", "organisation", "a club", 2)
    sections = (Section(None, (Block.plain("Index and Index! met.", 1),), 1),)
    article = make("odd", 3, entities=(index_person, twin), sections=sections)
    slugs = [e.subject.slug for e in build_entity_index((article,)).entries]
    assert "index" not in slugs
    assert len(set(slugs)) == len(slugs)


def test_the_index_is_the_same_whatever_order_ties_arrive_in() -> None:
    first = build_entity_index(NEWEST_FIRST)
    again = build_entity_index(NEWEST_FIRST)
    assert first == again


def test_a_spokesperson_quote_counts_for_the_organisation_named_first() -> None:
    ministry = Entity("Ministry of Commerce", "organisation", None, 1)
    quote = Quote("The door is open", "Ministry of Commerce spokesperson", 2, 0.8, True)
    article = make("talks", 4, entities=(ministry,), quotes=(quote,))
    entry = build_entity_index((article,)).find("ministry of commerce")
    assert entry is not None and entry.subject.kind == "organisation"
    assert [q.text for q in entry.quotes] == ["The door is open"]


def test_the_article_links_people_and_notes_only_a_role_not_beside_the_name() -> None:
    from generator.pages.article import entity_pages, render_article
    from generator.taxonomy import Taxonomy

    lead = "Treasury Secretary Scott Bessent spoke. Later, Bessent left."
    article = make(
        "truce",
        12,
        entities=(BESSENT,),
        quotes=TRUCE.quotes,
        sections=(Section(None, (Block.plain(lead, 3),), 3),),
    )
    index = build_entity_index((LATER, article))
    page = render_article(article, (), Taxonomy(()), {}, people=entity_pages(article, index))
    assert "[Scott Bessent](../people/scott-bessent.md) (1)" in page
    note = page.split("{ .annotate }", 1)[1].split("\n\n", 2)[1]
    assert (
        note == "1.  [Scott Bessent on this site](../people/scott-bessent.md): quoted in 2 articles"
    )
    assert "- **[Scott Bessent](../people/scott-bessent.md)** — Treasury Secretary" in page


def test_an_article_note_gives_small_counts_exactly_and_large_ones_by_step() -> None:
    from generator.pages.inline import quoted_times

    assert quoted_times(0) == "not quoted"
    assert quoted_times(1) == "quoted in 1 article"
    assert quoted_times(10) == "quoted in 10 articles"
    assert quoted_times(11) == "quoted in more than 10 articles"
    assert quoted_times(20) == "quoted in more than 10 articles"
    assert quoted_times(21) == "quoted in more than 20 articles"
    assert quoted_times(180) == "quoted in more than 100 articles"
    assert quoted_times(5000) == "quoted in more than 1000 articles"


def test_one_more_quote_of_a_much_quoted_person_leaves_other_pages_as_they_were() -> None:
    """What the page memo compares is the note's wording: 31 → 32 articles quoting
    someone changes nothing on the pages that name them; 10 → 11 does."""
    from generator.pages.article import entity_pages

    def quoted_by(count: int) -> tuple[Article, ...]:
        return tuple(
            make(f"story-{n}", 1 + n % 28, entities=(BESSENT,), quotes=TRUCE.quotes)
            for n in range(count)
        )

    def shown(articles: tuple[Article, ...]) -> object:
        return entity_pages(articles[0], build_entity_index(articles))

    assert shown(quoted_by(31)) == shown(quoted_by(32))
    assert shown(quoted_by(10)) != shown(quoted_by(11))


def test_people_pages_quotes_page_and_index_are_made_and_sorted() -> None:
    from generator.corpus import build_corpus
    from generator.pages.jobs import Gathered, Site, render_all
    from generator.pages.people import jobs as people_jobs
    from generator.pages.quotes import jobs as quote_jobs
    from generator.taxonomy import Taxonomy

    corpus = build_corpus(NEWEST_FIRST, Taxonomy(()))
    site = Site("x")
    gathered = Gathered(corpus, site)
    pages = render_all([*people_jobs(gathered), *quote_jobs(gathered)], site)
    assert sorted(pages) == [
        "people/index.md",
        "people/lynas-rare-earths.md",
        "people/scott-bessent.md",
        "quotes/index.md",
    ]
    person = pages["people/scott-bessent.md"]
    assert person.index("“Talks go on”") < person.index("“We have a pause”")
    assert "[Story truce](../articles/truce.md) · May 12, 2025" in person
    listing = pages["people/index.md"]
    assert (
        listing.index("## People")
        < listing.index("Scott Bessent")
        < listing.index("## Organisations")
        < listing.index("Lynas Rare Earths")
    )
    quotes = pages["quotes/index.md"]
    assert "## [Scott Bessent](../people/scott-bessent.md)" in quotes
    assert "## Someone Else" in quotes
    assert quotes.index("Someone Else") < quotes.index("Scott Bessent")  # newest first


def test_the_quotes_page_keeps_the_newest_of_a_speaker_and_points_to_the_rest() -> None:
    from generator.pages.quotes import MAX_PER_SPEAKER, key_quotes, render_quotes

    many = tuple(
        make(
            f"s{day}",
            day,
            entities=(BESSENT,),
            quotes=(Quote(f"Words {day}", "Scott Bessent", 3, 0.9, True),),
        )
        for day in range(28, 28 - MAX_PER_SPEAKER - 3, -1)
    )
    page = render_quotes(key_quotes(many), build_entity_index(many))
    assert page.count("“Words ") == MAX_PER_SPEAKER
    assert "“Words 28”" in page and "“Words 18”" not in page
    assert "And 3 older, on the page of [Scott Bessent](../people/scott-bessent.md)." in page
