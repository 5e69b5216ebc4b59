"""People and organisations of an article, in order of first mention.

The mentions come from ``mentions.py`` (cue-backed runs of capitalised words) in
the page's key points and its text; this pass keeps one entity per name, with
the first role the text gives it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article, Entity
from .known_orgs import known_organisations
from .mention_type import Mention
from .mentions import text_mentions
from .org_context import context_organisations
from .org_names import spelled_out

# "Learn more about the Office of …": a link to more, not what the article reports.
_PROMO = re.compile(r"^(?:Learn|Find out|Read|Discover) more about\b")


def _merge(entities: list[Entity], mention: Mention, line: int) -> None:
    """Add a mention: deduplicated by name, first role wins, a later role fills a gap."""
    if mention.role is not None:
        mention = replace(mention, role=mention.role.strip(" ,;:") or None)
    for i, known in enumerate(entities):
        if known.name == mention.name:
            if known.kind == "organisation" and mention.kind == "person":
                # Cued as a person anywhere ("its" in "Ann Roe said its costs rose"
                # was the company's): a person, with the role given.
                entities[i] = replace(known, kind="person", role=mention.role or known.role)
            elif known.role is None and mention.role:
                entities[i] = replace(known, role=mention.role)
            return
        if mention.kind == "person" == known.kind and known.name.endswith(f" {mention.name}"):
            # A surname alone, once the full name is known; its title fills a gap
            # ("Rep. Dana Holloway …", then "Subcommittee Chair Holloway said").
            if known.role is None and mention.role:
                entities[i] = replace(known, role=mention.role)
            return
    entities.append(Entity(mention.name, mention.kind, mention.role, line))


def extract_entities(article: Article) -> Article:
    """Fill ``article.entities`` in order of first mention."""
    entities: list[Entity] = []
    blocks = [block for section in article.all_sections for block in section.blocks]
    # The page's own key points are its text too (they may name what the body does
    # not); they stand under the headline, so their mentions come first, placed there.
    top = article.title_line
    texts = [*((h, top) for h in article.highlights), *((b.text, b.line) for b in blocks)]
    texts = [(text, line) for text, line in texts if not _PROMO.match(text)]
    for text, line in texts:
        for mention in text_mentions(text):
            _merge(entities, mention, line)
    entities = known_organisations(entities, texts, article.source_name)
    entities = context_organisations(entities, texts)
    return replace(article, entities=spelled_out(entities, [text for text, _ in texts]))
