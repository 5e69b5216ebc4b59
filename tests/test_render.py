"""Article rendering: topic links, annotations, callouts, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

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
    callout = out.split('<figure class="reex-quote">', 1)[1].split("</figure>", 1)[0]
    assert "](" not in callout and "<a" not in callout
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
    # Raw HTML blocks (the pull quote's figure) are text to Markdown: no link there.
    markdown = re.sub(r"<figure[^>]*>\n.*?\n</figure>", "", out, flags=re.S)
    assert not re.search(r"(?<!\\)\]\(javascript:", markdown)  # an escaped \] is text
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


def meta_of(text: str) -> dict[str, object]:
    loaded = yaml.safe_load(text.split("---\n", 2)[1])
    assert isinstance(loaded, dict)
    return loaded


def test_the_kicker_is_the_topic_named_most_with_the_headline_breaking_ties() -> None:
    lead = Block.plain("Tariffs on rare earths. More tariffs.", 3)
    article = make(
        title="Rare earth buyers wait",
        sections=(Section(None, (lead,), 3),),
        topics=("tariffs", "rare-earths"),
    )
    reex = meta_of(render(article))["reex"]
    assert isinstance(reex, dict)
    # tariffs: 2 body mentions; rare earths: 1 in the body and 3 for the headline
    assert reex["kicker"] == {"title": "Rare earths", "slug": "rare-earths"}
    tie = make(title="Tariffs and rare earths", topics=("tariffs", "rare-earths"))
    assert meta_of(render(tie))["reex"]["kicker"]["slug"] == "tariffs"  # type: ignore[index]
    assert "kicker" not in meta_of(render(make()))["reex"]  # type: ignore[operator]


def test_the_main_topic_is_kept_per_article_object_and_taxonomy() -> None:
    from generator.pages import lead

    article = make(title="Rare earth buyers wait", topics=("tariffs", "rare-earths"))
    first = lead.kicker(article, TAXONOMY)
    assert first == {"title": "Rare earths", "slug": "rare-earths"}
    first["slug"] = "changed by a caller"
    assert lead.kicker(article, TAXONOMY) == {"title": "Rare earths", "slug": "rare-earths"}
    # Another taxonomy where only tariffs is known: found again, not kept.
    only_tariffs = Taxonomy((TAXONOMY.topics[0],))
    assert lead.kicker(article, only_tariffs) == {"title": "Tariffs", "slug": "tariffs"}
    # An equal article that is another object is read again, with the same answer.
    twin = make(title="Rare earth buyers wait", topics=("tariffs", "rare-earths"))
    assert lead.kicker(twin, TAXONOMY) == {"title": "Rare earths", "slug": "rare-earths"}
    assert len(lead._MAIN_TOPICS) <= lead.MAIN_TOPICS_KEPT


def test_the_dek_follows_the_headline_unless_it_repeats_the_first_highlight() -> None:
    out = render(make(dek="What the <b>story</b> means.", highlights=("A point.",)))
    # inert: a word joiner after each "<" that could open a tag
    assert meta_of(out)["reex"]["dek"] == "What the <\u2060b>story<\u2060/b> means."  # type: ignore[index]
    assert '<p class="reex-dek" markdown>What the &lt;\u2060b&gt;story&lt;\u2060/b&gt;' in out
    repeated = render(make(summary="A point.", highlights=("A point.",)))
    assert "reex-dek" not in repeated and "dek" not in meta_of(repeated)["reex"]  # type: ignore[operator]
    summary = render(make(summary="More than a point.", highlights=("A point.",)))
    assert '<p class="reex-dek" markdown>More than a point.</p>' in summary


def quote(text: str, speaker: str | None, score: float, line: int = 3) -> Quote:
    return Quote(text, speaker, line, score, True)


def test_key_quotes_are_gathered_two_at_most_away_from_their_paragraph() -> None:
    said = Block.plain("“One, two.” “Three, four.” “Five, six.”", 7)
    pulled = Block.plain("Five, six.", 8, "pull_quote")
    quotes = (
        quote("One, two.", "Ana Ruiz", 5.0),
        quote("Three, four.", "Ana Ruiz", 4.0),
        quote("Five, six.", "Bo Li", 9.0),
        quote('Seven <b>eight</b> & "nine".', None, 3.0),
    )
    article = make(
        highlights=("A point.",),
        sections=(Section(None, (said, pulled), 7),),
        quotes=quotes,
        entities=(Entity("Ana Ruiz", "person", "trade <i>adviser</i>", 7),),
    )
    out = body(render(article))
    gathered = out.split('<div class="reex-key-quotes" markdown>\n', 1)[1].split("\n</div>", 1)[0]
    # The paragraph holding them comes first, the pull quote after it: the only
    # place not beside the paragraph is after the pull quote.
    assert out.index("A point.") < out.index("“One, two.” “Three") < out.index("reex-key-quotes")
    assert_key_quotes_apart(out)
    # Bo Li's is the page's pull quote; then one per speaker before a second of Ana's
    assert gathered == (
        '<figure class="reex-quote">\n'
        "<blockquote><p>“One, two.”</p></blockquote>\n"
        '<figcaption><span class="reex-quote__speaker">Ana Ruiz</span>, '
        '<span class="reex-quote__role">trade &lt;\u2060i&gt;adviser&lt;\u2060/i&gt;</span>'
        "</figcaption>\n</figure>\n"
        '<figure class="reex-quote">\n'
        "<blockquote><p>“Seven &lt;\u2060b&gt;eight&lt;\u2060/b&gt; &amp; &quot;nine&quot;.”</p>"
        "</blockquote>\n</figure>"
    )
    assert "Unattributed" not in out and "!!! quote" not in out


def test_the_pull_quote_is_a_figure_and_the_analysis_a_section_with_its_own_heading() -> None:
    pulled = Block.plain("Prices <em>will</em> rise.", 4, "pull_quote")
    analysis = Analysis(
        "REEx Analysis: {what} it means",
        (Section("Next", (Block.plain("Watch the licences.", 9),), 9),),
        "draft",
        9,
    )
    out = body(render(make(sections=(Section(None, (pulled,), 4),), analysis=analysis)))
    assert (
        '<figure class="reex-pullquote">\n'
        "<blockquote><p>Prices &lt;\u2060em&gt;will&lt;\u2060/em&gt; rise.</p></blockquote>\n"
        "</figure>"
    ) in out
    assert (
        '<section class="reex-analysis reex-analysis--draft" markdown>\n\n'
        "## REEx Analysis: \\{what\\} it means { #reex-analysis .reex-analysis__title }\n\n"
        "### Next\n\nWatch the licences.\n\n</section>"
    ) in out


def assert_key_quotes_apart(page: str) -> None:
    """The gathered key quotes are a block of the body whose neighbours (the blocks
    just before and after it) hold none of their words."""
    gathered = page.split('<div class="reex-key-quotes" markdown>\n', 1)[1].split("\n</div>")[0]
    quoted = re.findall(r"<blockquote><p>“(.+?)”</p></blockquote>", gathered)
    assert quoted
    before, after = (
        page.split('<div class="reex-key-quotes" markdown>\n', 1)[0],
        page.split(gathered, 1)[1].split("\n</div>", 1)[1],
    )
    neighbours = (before.strip().rsplit("\n\n", 1)[-1], after.strip().split("\n\n", 1)[0])
    for text in quoted:
        plain = text.replace("&quot;", '"').replace("&amp;", "&")
        for block in neighbours:
            assert plain not in block, (plain, block)


def test_a_key_quote_from_the_first_paragraph_is_set_after_the_next_one() -> None:
    first = Block.plain("“We will not sign,” said Ana Ruiz, the trade adviser.", 5)
    second = Block.plain("The talks began in March.", 6)
    third = Block.plain("Both sides meet again in June.", 7)
    article = make(
        highlights=("A point.",),
        sections=(Section(None, (first, second), 5), Section("Next", (third,), 7)),
        quotes=(quote("We will not sign,", "Ana Ruiz", 5.0),),
    )
    out = body(render(article))
    # Not right after the highlights (above its paragraph), not right under it, and
    # at the end of the first section rather than between "## Next" and its text.
    assert out.index("talks began") < out.index("reex-key-quotes") < out.index("## Next")
    assert_key_quotes_apart(out)


def test_a_key_quote_from_a_later_paragraph_is_gathered_after_the_highlights() -> None:
    paragraphs = tuple(Block.plain(f"Paragraph {n} on the talks.", n) for n in range(3))
    said = Block.plain("“Prices will rise,” Bo Li said.", 9)
    article = make(
        highlights=("A point.",),
        sections=(Section(None, (*paragraphs, said), 0),),
        quotes=(quote("Prices will rise,", "Bo Li", 5.0),),
    )
    out = body(render(article))
    assert out.index("A point.") < out.index("reex-key-quotes") < out.index("Paragraph 0")
    assert_key_quotes_apart(out)


def test_key_quotes_with_no_place_apart_from_their_paragraphs_are_left_out() -> None:
    """Two quotes, one in each of the only two paragraphs: together they fit nowhere;
    the best alone fits after its neighbour's paragraph, at the end."""
    one = Block.plain("“We will not sign,” said Ana Ruiz.", 5)
    two = Block.plain("“Prices will rise,” Bo Li said.", 6)
    quotes = (quote("We will not sign,", "Ana Ruiz", 5.0), quote("Prices will rise,", "Bo Li", 4.0))
    out = body(render(make(sections=(Section(None, (one, two), 5),), quotes=quotes)))
    gathered = out.split('<div class="reex-key-quotes" markdown>\n', 1)[1].split("\n</div>")[0]
    assert "We will not sign," in gathered and "Prices will rise," not in gathered
    assert_key_quotes_apart(out)
    alone = make(sections=(Section(None, (one,), 5),), quotes=quotes[:1])
    assert "reex-key-quotes" not in body(render(alone))


def test_one_key_quote_at_most_from_each_paragraph() -> None:
    """Two pieces of one sentence gathered above it would read as the sentence twice."""
    said = Block.plain("“We built it,” she said. “Nobody thought we could.”", 7)
    later = Block.plain("Buyers were told: “Contracts open in May.”", 8)
    quotes = (
        quote("We built it,", "Ana Ruiz", 9.0),
        quote("Nobody thought we could.", "Ana Ruiz", 8.0),
        quote("Contracts open in May.", "Ana Ruiz", 2.0),
    )
    lead = Block.plain("The plant opened on Monday.", 6)
    out = body(render(make(sections=(Section(None, (lead, said, later), 6),), quotes=quotes)))
    gathered = out.split('<div class="reex-key-quotes" markdown>\n', 1)[1].split("\n</div>", 1)[0]
    assert "We built it," in gathered and "Contracts open in May." in gathered
    assert "Nobody thought" not in gathered


def test_the_byline_gives_the_update_and_the_text_ends_with_the_labelled_original() -> None:
    import datetime as dt

    article = make(
        date=dt.date(2025, 5, 20),
        updated=dt.date(2025, 5, 22),
        source_name="Mining <b>Weekly</b>",
        source_url="https://example.org/lynas",
        sections=(Section(None, (Block.plain("Text.", 3),), 3),),
    )
    out = body(render(article))
    assert 'Updated <time datetime="2025-05-22">May 22, 2025</time>' in out
    assert (
        '<p class="reex-source" markdown>First published by **Mining &lt;\u2060b&gt;Weekly'
        "&lt;\u2060/b&gt;** on May 20, 2025. [Read the original article]"
        "(https://example.org/lynas){ .reex-source__link }</p>"
    ) in out
    assert "Updated" not in body(render(make(date=dt.date(2025, 5, 20))))


def test_an_article_links_the_newer_and_the_older_article() -> None:
    from generator.pages.article import ArticleLink

    newer = ArticleLink("Newer <i>one</i>", "newer-one", None, None, "")
    older = ArticleLink("Older one", "older-one", None, None, "")
    page = body(render_article(make(), (), TAXONOMY, {}, neighbours=(newer, older)))
    steps = page.split('<nav class="reex-steps" aria-label="More articles" markdown>\n', 1)[1]
    assert steps.split("</nav>", 1)[0] == (
        '<p class="reex-step" markdown><span class="reex-step__label">Newer</span> '
        '<span class="reex-step__title">[Newer &lt;\u2060i&gt;one&lt;\u2060/i&gt;](newer-one.md)'
        "</span></p>\n"
        '<p class="reex-step" markdown><span class="reex-step__label">Older</span> '
        '<span class="reex-step__title">[Older one](older-one.md)</span></p>\n'
    )
    only_older = body(render_article(make(), (), TAXONOMY, {}, neighbours=(None, older)))
    assert "Older" in only_older and "Newer" not in only_older
    assert "reex-steps" not in body(render(make()))


def test_key_quotes_stand_apart_from_their_paragraphs_on_the_real_seed_and_corpus(
    tmp_path: Path,
) -> None:
    from generator.pipeline import Project, generate
    from tests.conftest import corpus_seeds

    seeds = corpus_seeds(tmp_path / "seeds")
    result = generate(Project(tmp_path, seeds, site_name="Site", site_description="Test."))
    quoted = [
        page
        for path, page in result.pages.items()
        if path.startswith("articles/") and "reex-key-quotes" in page
    ]
    assert len(quoted) >= 3
    for page in quoted:
        assert_key_quotes_apart(page)
