"""Direct quotations and who said them, in article order.

The quotations are found by their marks (``quotations.py``), each speaker from
the words around its quote with the quoted text masked (``attribution.py``),
"he", "it" and "the official" resolved to whom the article introduced before
(``referents.py``), and the best few are marked as key quotes (``quote_scores.py``).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Article, Block, Quote
from .attribution import (
    QuoteContext,
    attributed_speaker,
    document_author,
    quote_context,
    raw_speaker,
)
from .interview import interview_turns
from .lead_ins import lead_in_above, unmarked_speech
from .lexicon import is_organisation_name, is_person_name
from .quotations import Quotation, find_quotations, masked_paragraphs, quote_text
from .quote_scores import SCARE_QUOTE_WORDS, mark_key_quotes, score_quote
from .referents import Referent, referents, resolve_reference
from .role_words import is_plural_role_word
from .speaker_phrases import EDGE, PRONOUNS, speaker_in_sentence
from .unnamed import document_owner, person_head
from .unopened import repair_marks


def _blocks(article: Article) -> list[Block]:
    return [block for section in article.all_sections for block in section.blocks]


def _is_scare_quote(text: str, attribution: str | None, alone: bool = False) -> bool:
    """A phrase this short in quotes is a scare quote, unless its own sentence says
    who said it (the ministry said the ban was "not negotiable") or it is a sentence
    of its own (“Two have signed.”); one word always is."""
    words = len(text.split())
    return words <= SCARE_QUOTE_WORDS and ((attribution is None and not alone) or words < 2)


def _whole_sentence(text: str, context: QuoteContext) -> bool:
    """A quote that is its own sentence: a capital, an ending mark, nothing around it."""
    ends = text.rstrip().endswith((".", "!", "?"))
    bare = not context.before.strip(EDGE) and not context.after.strip(EDGE)
    return ends and bare and text[:1].isupper()


def _speaker_referent(speaker: str | None, where: tuple[int, int]) -> Referent | None:
    """A quote's speaker, for a later "she said": a named person or an unnamed one."""
    if speaker and is_person_name(tuple(speaker.split())):
        return Referent(*where, speaker, sentence=-1)
    if speaker and person_head(speaker):
        return Referent(*where, speaker, "unnamed", sentence=-1)
    if speaker and is_organisation_name(tuple(speaker.split())):
        # "…,” Pallisade Mining said. “…,” it added.": the company speaks again.
        return Referent(*where, speaker, "organisation", sentence=-1, opens_sentence=True)
    return None


def _unresolved(raw: str | None, context: QuoteContext) -> str | None:
    """A speaker no earlier mention resolves: "the report" with no body before it is
    named as written; "they" is the group the sentence before has speaking
    ("Regional officials said …. “…,” they said.")."""
    if raw and document_owner(raw) == "it":
        return raw
    if raw == "they" and context.previous:
        group = speaker_in_sentence(context.previous)
        last = group.split()[-1] if group else ""
        return group if group and is_plural_role_word(last.lower()) else None
    return None


def extract_quotes(article: Article) -> Article:
    """Fill ``article.quotes`` in article order; the best few are marked ``is_key``."""
    blocks = _blocks(article)
    paragraphs = [block.text for block in blocks]
    found = repair_marks(paragraphs, find_quotations(paragraphs))
    masked = masked_paragraphs(paragraphs, found)
    earlier_mentions = referents(paragraphs, masked)
    quotes: list[Quote] = []
    for quotation in found:
        text = quote_text(paragraphs, quotation)
        context = quote_context(masked, quotation)
        # "she said" leans on an earlier mention; "Scott Bessent said" names its speaker.
        attribution = attributed_speaker(context)
        alone = _whole_sentence(text, context)
        if _is_scare_quote(text, attribution, alone):
            continue
        opens = quotation.opens
        where = (opens.paragraph, opens.offset)
        earlier = [r for r in earlier_mentions if (r.paragraph, r.offset) < where]
        raw = raw_speaker(context) or lead_in_above(masked, opens.paragraph)
        if raw and document_owner(raw) == "it":
            # "…,” the letter added: whoever the sentence naming the letter has writing it.
            raw = document_author(masked, quotation, raw.split()[-1]) or raw
        speaker = resolve_reference(raw, earlier, opens.paragraph) or _unresolved(raw, context)
        if speaker is None and _is_scare_quote(text, None):
            continue  # "he said" with no one before it: a short phrase stays a scare quote.
        said = _speaker_referent(speaker, where)
        if said:
            earlier_mentions.append(said)
            earlier_mentions.sort(key=lambda r: (r.paragraph, r.offset))
        named_here = attribution is not None and attribution not in PRONOUNS
        score = score_quote(
            text, speaker, opens.paragraph, len(paragraphs), named_at_quote=named_here
        )
        quotes.append(Quote(text, speaker, blocks[opens.paragraph].line, score))
    quotes += _answers(paragraphs, blocks, earlier_mentions, article.title)
    quotes += _under_lead_ins(paragraphs, blocks, found, earlier_mentions)
    quotes.sort(key=lambda q: q.line)
    return replace(article, quotes=tuple(mark_key_quotes(quotes)))


def _answers(
    paragraphs: list[str], blocks: list[Block], mentions: list[Referent], title: str
) -> list[Quote]:
    """An interview's answers, labelled rather than marked, as quotes of who gives them."""
    people = [(r.paragraph, r.name) for r in mentions if r.kind == "person"]
    found: list[Quote] = []
    for turn in interview_turns(paragraphs, people, title):
        text = paragraphs[turn.paragraph][turn.offset :].strip()
        score = score_quote(text, turn.speaker, turn.paragraph, len(paragraphs))
        found.append(Quote(text, turn.speaker, blocks[turn.paragraph].line, score))
    return found


def _under_lead_ins(
    paragraphs: list[str], blocks: list[Block], found: list[Quotation], mentions: list[Referent]
) -> list[Quote]:
    """Paragraphs printed with no marks under a "NAME said:" line, as quotes of NAME."""
    quoted = frozenset(p.start.paragraph for q in found for p in q.pieces)
    prose = [
        text if block.kind == "paragraph" else ""
        for text, block in zip(paragraphs, blocks, strict=True)
    ]
    quotes: list[Quote] = []
    for index, raw in unmarked_speech(prose, quoted):
        earlier = [r for r in mentions if r.paragraph < index]
        speaker = resolve_reference(raw, earlier, index)
        text = paragraphs[index].strip()
        score = score_quote(text, speaker, index, len(paragraphs), named_at_quote=True)
        quotes.append(Quote(text, speaker, blocks[index].line, score))
    return quotes
