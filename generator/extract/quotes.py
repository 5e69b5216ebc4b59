"""Direct quotations and who said them, in article order.

The quotations are found by their marks (``quotations.py``), each speaker from
the words around its quote with the quoted text masked (``attribution.py``),
and the best few are marked as key quotes (``quote_scores.py``).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Article, Quote
from .attribution import (
    PersonAt,
    attributed_speaker,
    named_people,
    quote_context,
    raw_speaker,
    resolve_reference,
)
from .lexicon import is_person_name
from .quotations import Paragraph, find_quotations, masked_paragraphs, quote_text
from .quote_scores import mark_key_quotes, score_quote
from .speaker_phrases import PRONOUNS

SCARE_QUOTE_WORDS = 3  # A phrase this short in quotes is a scare quote, not a quotation.


def _paragraphs(article: Article) -> list[Paragraph]:
    return [
        Paragraph(block.text, block.line)
        for section in article.all_sections
        for block in section.blocks
    ]


def extract_quotes(article: Article) -> Article:
    """Fill ``article.quotes`` in article order; the best few are marked ``is_key``."""
    paragraphs = _paragraphs(article)
    found = find_quotations(paragraphs)
    masked = masked_paragraphs(paragraphs, found)
    people = named_people(paragraphs, masked)
    quotes: list[Quote] = []
    for quotation in found:
        text = quote_text(paragraphs, quotation)
        if len(text.split()) <= SCARE_QUOTE_WORDS:
            continue
        where = (quotation.first, quotation.start)
        earlier = [p for p in people if (p.paragraph, p.offset) < where]
        context = quote_context(masked, quotation)
        speaker = resolve_reference(raw_speaker(context), earlier)
        if speaker and is_person_name(tuple(speaker.split())):
            people.append(PersonAt(*where, speaker))
            people.sort(key=lambda p: (p.paragraph, p.offset))
        # "she said" leans on an earlier mention; "Scott Bessent said" names its speaker.
        attribution = attributed_speaker(context)
        named_here = attribution is not None and attribution not in PRONOUNS
        score = score_quote(
            text, speaker, quotation.first, len(paragraphs), named_at_quote=named_here
        )
        quotes.append(Quote(text, speaker, paragraphs[quotation.first].line, score))
    return replace(article, quotes=tuple(mark_key_quotes(quotes)))
