"""Article rendering: topic links, annotations, callouts, escaping."""

from __future__ import annotations

import re

from generator.model import Analysis, Article, Block, Entity, Quote, Section, Span
from generator.pages.article import render_article
from generator.taxonomy import Taxonomy, Topic

TAXONOMY = Taxonomy(
    (
        Topic("tariffs", "Tariffs", ("tariff",), "Import taxes."),
        Topic("rare-earths", "Rare earths", ("rare earth",), "The metals."),
    )
)


def render(article: Article) -> str:
    return render_article(article, (), TAXONOMY, {"EU": "European Union"})


def body(text: str) -> str:
    return text.split("\n---\n", 1)[1]


def make(**fields: object) -> Article:
    base: dict[str, object] = {"path": "s.md", "title": "Tariffs Bite", "slug": "tariffs-bite"}
    base.update(fields)
    return Article(**base)  # type: ignore[arg-type]


def test_only_the_first_body_mention_of_a_topic_is_linked_and_never_in_headings() -> None:
    sections = (
        Section(None, (Block.plain("New tariffs hit rare earth buyers. Tariffs again.", 3),), 3),
        Section("Tariffs and more", (Block.plain("More tariffs, more rare earths.", 7),), 5),
    )
    out = body(render(make(sections=sections, topics=("tariffs", "rare-earths"))))
    assert out.count("](../topics/tariffs.md)") == 2  # the first mention and the chip
    assert out.count("](../topics/rare-earths.md)") == 2
    assert "## Tariffs and more" in out
    assert (
        "New [tariffs](../topics/tariffs.md) hit [rare earth](../topics/rare-earths.md) buyers."
        in out
    )


def test_no_topic_link_inside_a_writers_link_or_a_quote_callout() -> None:
    lead = Block((Span("See "), Span("tariff tables", href="https://example.org/t"), Span(".")), 3)
    quote = Quote("Tariffs are a tax on our own buyers, plain and simple", "Ana Ruiz", 5, 4.0, True)
    said = Block.plain("“Tariffs are a tax on our own buyers, plain and simple,” said Ana Ruiz.", 5)
    out = body(
        render(
            make(sections=(Section(None, (lead, said), 3),), quotes=(quote,), topics=("tariffs",))
        )
    )
    assert "[tariff tables](https://example.org/t)" in out
    callout = out.split('!!! quote keyquote "Ana Ruiz"', 1)[1].split("\n\n", 2)[1]
    assert "](" not in callout
    # the first linkable mention is in the quoted sentence's paragraph, outside the callout
    assert "“[Tariffs](../topics/tariffs.md) are a tax" in out


def test_entity_roles_become_annotations_on_first_mention() -> None:
    block = Block.plain("Ana Ruiz spoke. Ana Ruiz left.", 3)
    entity = Entity("Ana Ruiz", "person", "trade adviser", 3)
    out = body(render(make(sections=(Section(None, (block,), 3),), entities=(entity,))))
    assert "Ana Ruiz (1) spoke. Ana Ruiz left.\n{ .annotate }\n\n1.  trade adviser" in out
    assert "- **Ana Ruiz** — trade adviser" in out


def test_a_role_already_beside_the_name_is_not_repeated_in_an_annotation() -> None:
    block = Block.plain("Ana Ruiz, trade adviser, spoke. Ana Ruiz left.", 3)
    entity = Entity("Ana Ruiz", "person", "trade adviser", 3)
    out = body(render(make(sections=(Section(None, (block,), 3),), entities=(entity,))))
    assert "Ana Ruiz, trade adviser, spoke. Ana Ruiz left.\n\n" in out
    assert ".annotate" not in out


def test_seed_markup_in_every_field_is_inert() -> None:
    evil = "<script>alert(1)</script> [x](javascript:alert(1)) !!! note"
    analysis = Analysis(evil, (Section(evil, (Block.plain(evil, 9),), 9),), "seed", 9)
    out = body(
        render(
            make(
                title=evil,
                highlights=(evil,),
                sections=(
                    Section(evil, (Block.plain(evil, 3), Block.plain(evil, 4, "pull_quote")), 3),
                ),
                analysis=analysis,
                entities=(Entity("Ana", "person", evil, 3),),
            )
        )
    )
    assert "<script" not in out
    assert not re.search(r"(?<!\\)\]\(javascript:", out)  # an escaped \] is text
    assert "\n!!! note" not in out


def test_abbreviations_are_defined_only_when_used() -> None:
    with_eu = body(render(make(sections=(Section(None, (Block.plain("The EU acted.", 3),), 3),))))
    without = body(render(make(sections=(Section(None, (Block.plain("Nobody acted.", 3),), 3),))))
    assert "*[EU]: European Union" in with_eu and "*[EU]" not in without


def test_topic_links_go_only_to_the_articles_own_topics() -> None:
    block = Block.plain("Tariffs rose and rare earth buyers waited.", 3)
    out = body(render(make(sections=(Section(None, (block,), 3),), topics=("tariffs",))))
    assert "[Tariffs](../topics/tariffs.md) rose" in out
    assert "rare-earths.md" not in out


def test_no_topic_link_inside_a_name_a_pull_quote_or_the_analysis() -> None:
    lead = Block.plain("Acme Rare Earth Works and Tariff Lee met over rare earth supply.", 3)
    pull = Block.plain("Tariffs are here to stay.", 4, "pull_quote")
    analysis = Analysis(
        "REEx Analysis", (Section(None, (Block.plain("Tariffs.", 9),), 9),), "seed", 9
    )
    entities = (
        Entity("Acme Rare Earth Works", "organisation", None, 3),
        Entity("Tariff Lee", "person", None, 3),
    )
    out = body(
        render(
            make(
                sections=(Section(None, (lead, pull), 3),),
                analysis=analysis,
                entities=entities,
                topics=("tariffs", "rare-earths"),
            )
        )
    )
    assert "Acme Rare Earth Works and Tariff Lee met over [rare earth](" in out
    assert out.count("](../topics/tariffs.md)") == 1  # the chip only


def test_a_topic_is_linked_by_a_name_never_by_a_generic_weak_alias() -> None:
    taxonomy = Taxonomy((Topic("trade-talks", "Trade talks", (), weak_aliases=("truce",)),))
    block = Block.plain("The truce held, and trade talks resume.", 3)
    article = make(sections=(Section(None, (block,), 3),), topics=("trade-talks",))
    out = body(render_article(article, (), taxonomy, {}))
    assert "The truce held, and [trade talks](../topics/trade-talks.md) resume." in out
