"""Read a plain-text seed (web text pasted into a file) into an ``Article``.

The pipeline, one module per step:

1. ``lines.py``: physical lines, cleaned (spaces, invisible marks, inline
   phrases such as "(opens in a new tab)") and classified by the line rules of
   ``rules.py``;
2. ``links.py``: sentences broken at every link joined back;
3. ``blocks.py``: lines grouped into paragraphs, bullet items and lines that
   stand alone;
4. ``features.py`` and ``classify.py``: every block labelled in context
   (title, dek, metadata, highlights, heading, body, chrome) by named passes;
5. ``meta.py``: dates, updates, authors and sources read from the metadata
   lines, in many formats;
6. here: the dateline taken off the first paragraph, pull quotes marked, the
   body cut into sections and the first analysis heading splitting off the
   REEx analysis.

A page without a headline gives an article with an empty title: ``read_seed``
then asks the writer for one.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.errors import SeedError
from generator.model import Analysis, Article, Block, BlockKind, Section
from generator.reader.blocks import Block as TextBlock
from generator.reader.blocks import group_blocks, is_hard_wrapped, wrap_measure
from generator.reader.classify import read_blocks
from generator.reader.datelines import dateline_date, split_dateline
from generator.reader.dates import month_day, settle_order
from generator.reader.headings import is_analysis_heading, is_title_cased
from generator.reader.initials import bracketed_name, spelled_out, stands_for
from generator.reader.issuer import listed_name
from generator.reader.lines import read_lines
from generator.reader.links import rejoin
from generator.reader.outlets import (
    agency_line,
    distributor_name,
    is_distributor,
    is_outlet,
    owns_masthead,
    without_edition,
)
from generator.reader.publication import (
    extends_as_partnership,
    publication_over_owner,
    same_name,
    without_aggregators,
)
from generator.reader.reading import Reading
from generator.reader.site_name import SITE_NAME_SOURCE
from generator.reader.words import AGENCIES, is_section_label, stop_density

# A pull quote is a short indented paragraph, not an indented block of text.
PULL_QUOTE_MAX_LINES = 3
PULL_QUOTE_MAX_WORDS = 60
DATELINE_SOURCE = 2
DISTRIBUTOR_SOURCE = 0
SUFFIX_SOURCE = 5
META_SOURCE = 1


def _is_pull_quote(block: TextBlock) -> bool:
    return (
        block.kind == "text"
        and block.indented
        and block.line_count <= PULL_QUOTE_MAX_LINES
        and len(block.text.split()) <= PULL_QUOTE_MAX_WORDS
    )


def _body_block(block: TextBlock, label: str) -> Block:
    kind: BlockKind = "paragraph"
    if label == "bullet":
        kind = "bullet"
    elif _is_pull_quote(block):
        kind = "pull_quote"
    return Block.plain(block.text, block.line, kind)


def build_sections(reading: Reading, lead_text: str | None) -> tuple[Section, ...]:
    """Headings open sections; blocks before the first heading form the lead."""
    sections: list[Section] = []
    heading: tuple[str, int] | None = None
    blocks: list[Block] = []

    def close() -> None:
        if heading is not None:
            sections.append(Section(heading[0], tuple(blocks), heading[1]))
        elif blocks:
            sections.append(Section(None, tuple(blocks), blocks[0].line))

    for index, (block, label) in enumerate(zip(reading.blocks, reading.labels, strict=True)):
        if label == "heading":
            close()
            # "1. Supply" keeps its number; "■ Background" drops its mark.
            numbered = block.kind == "bullet" and block.glyph[:1].isdigit()
            text = f"{block.glyph} {block.text}" if numbered else block.text
            heading, blocks = (text.removesuffix(":").rstrip(), block.line), []
        elif label in ("body", "bullet"):
            text = lead_text if index == reading.lead and lead_text is not None else block.text
            if text:
                blocks.append(_body_block(TextBlock(**{**block.__dict__, "text": text}), label))
    close()
    return tuple(sections)


def split_analysis(
    sections: Sequence[Section],
) -> tuple[tuple[Section, ...], Analysis | None]:
    """The first analysis heading, and every section after it, is the analysis."""
    for index, section in enumerate(sections):
        if section.heading is not None and is_analysis_heading(section.heading):
            analysis = Analysis(section.heading, tuple(sections[index:]), "seed", section.line)
            return tuple(sections[:index]), analysis
    return tuple(sections), None


def _dateline(reading: Reading) -> tuple[str | None, str | None, str | None]:
    """(dateline, the lead without it, the agency it names)."""
    if reading.lead is None or reading.labels[reading.lead] != "body":
        return None, None, None
    found = split_dateline(reading.blocks[reading.lead].text)
    if found is None:
        return None, None, None
    dateline, rest, agency = found
    if agency is not None and is_distributor(agency):
        agency = distributor_name(agency)
    return dateline, rest, agency


def _source(reading: Reading, agency: str | None, suffix: str | None) -> str | None:
    candidates = without_aggregators(
        [(priority, without_edition(name)) for priority, name in reading.sources]
    )
    if suffix:
        candidates.append((SUFFIX_SOURCE, suffix))
    if reading.meta.source:
        candidates.append((META_SOURCE, reading.meta.source))
    if agency:
        # A press release's source is its distributor, whoever else it names.
        priority = DISTRIBUTOR_SOURCE if is_distributor(agency) else DATELINE_SOURCE
        candidates.append((priority, agency))
    if not candidates:
        return None
    top, best = min(candidates)
    # "EQS-News" on the first line: a distributor by the name it goes by.
    if is_distributor(best):
        return distributor_name(best)
    # "© 2026 Thomson Reuters" beside "© 2026 KTVR-TV": the wire wrote the story.
    wires = sorted(n for p, n in candidates if p == top and agency_line(n) == n)
    best = wires[0] if wires else best
    # "OreTick" on the first line, "© 2025 OreTick Data Ltd" below: the brand.
    for priority, name in candidates:
        # (the site's capitals eased by the footer's spelling: "ATLAS TRADE").
        if priority == SITE_NAME_SOURCE and best.casefold().startswith(name.casefold() + " "):
            best = best[: len(name)] if name.isupper() else name
        # "The Lakeshore Tribune" on the first line, "© Lakeshore Tribune Media
        # Group" below: the paper, not the company that owns it.
        elif priority == SITE_NAME_SOURCE and owns_masthead(best, name):
            best = name
    # "Brandt Okafor" over "© 2025 Brandt Okafor Whitfield LLP": a partnership
    # by the full name it trades under (a law firm's masthead shortens it).
    best = next((n for _, n in sorted(candidates) if extends_as_partnership(n, best)), best)
    # "© 2026 Harbourline Media Ltd" under "Defence Procurement Insider": the title.
    best = publication_over_owner(best, candidates)
    # "Tokyo Ledger" (from "Tokyo Ledger Staff Writers") beside "© The Tokyo
    # Ledger": the name with its article, as the page spells it in full.
    for _, name in sorted(candidates):
        if name.casefold() == "the " + best.casefold():
            best = name
            break
    # "© The U.S.-China Business Council" under "U.S.-China Business Council",
    # "House Committee on …" under "U.S. House Committee on …": the masthead's
    # spelling of the same name.
    best = next((n for p, n in candidates if p == SITE_NAME_SOURCE and same_name(n, best)), best)
    # "(FW)" beside "Formosa Wire", "DJ" beside "Dow Jones Newswires": the name
    # its initials stand for (with or without the wire's own last word).
    if best.isupper() and best.isalpha() and 2 <= len(best) <= INITIALS_MAX_LETTERS:
        for _, name in sorted(candidates):
            if " " in name and name != best and stands_for(best, name):
                return name.title() if name.isupper() else name
        # "© 2026 PMAA" under "Permanent Magnet Alliance of the Americas", a
        # line of the page that names no source itself.
        if best.lower() not in AGENCIES:
            return spelled_out(best, (block.text for block in reading.blocks)) or best
    # "EUROMAG" beside "The European Magnet Industry Association (EUROMAG)".
    if best.isupper() and best.isalpha() and best.lower() not in AGENCIES:
        best = bracketed_name(best, (block.text for block in reading.blocks)) or best
    # "chinadaily.com.cn" beside "China Daily": the name as the page spells it.
    spelled = best.split(".")[0].casefold()
    if "." in best and " " not in best:
        for _, name in sorted(candidates):
            if _letters(name) == spelled:
                return name
    # "KARRAWONG RARE EARTHS" over "Karrawong Rare Earths Ltd (ASX: KRE)".
    return listed_name(best, _header_and_lead(reading)) if best.isupper() else best


def _header_and_lead(reading: Reading) -> list[str]:
    """The lines above the story and its first paragraph, where a release lists
    its issuer with a ticker."""
    stop = reading.lead + 1 if reading.lead is not None else len(reading.blocks)
    return [block.text for block in reading.blocks[:stop]]


def _letters(name: str) -> str:
    """ "Tri-County Courier" → "tricountycourier", as its web address spells it."""
    return "".join(c for c in name if c.isalnum()).casefold()


INITIALS_MAX_LETTERS = 5


_SUFFIX_SEPARATORS = (" | ", " - ", " – ", " — ")
SUFFIX_MAX_WORDS = 5
PIPED_SUFFIX_MAX_WORDS = 4
DASHED_SUFFIX_MAX_WORDS = 3
DASHED_HEAD_MIN_WORDS = 5


def strip_site_suffix(title: str, sources: Sequence[str]) -> tuple[str, str | None]:
    """ "Headline - Global Times" → ("Headline", "Global Times"), when what follows
    the separator is the site the page names, or reads as an outlet's name;
    "Headline - Mining Herald - News": a section's name after the site's."""
    head, suffix = _strip_one_suffix(title, sources)
    # (one word of a section: two may be a site's name, "Asia Metals")
    if suffix is not None and " " not in suffix and is_section_label(suffix):
        inner, site = _strip_one_suffix(head, sources)
        if site is not None and not is_section_label(site):
            return inner, site
        # "Headline | Markets": the section is cut off, and names no site.
        return head, None
    return head, suffix


def _strip_one_suffix(title: str, sources: Sequence[str]) -> tuple[str, str | None]:
    for separator in _SUFFIX_SEPARATORS:
        head, sep, suffix = title.rpartition(separator)
        suffix = suffix.strip()
        if not sep or not head.strip() or len(suffix.split()) > SUFFIX_MAX_WORDS:
            continue
        named = any(suffix.casefold() == s.casefold() for s in sources)
        # After a pipe, a short name in capitals is the site's ("… | Asia Metals").
        piped = separator == " | " and len(suffix.split()) <= PIPED_SUFFIX_MAX_WORDS
        # After a dash, a name of two or three words with no small words
        # ("… - Caixin Global"); a headline's clause has them ("- What Comes Next").
        dashed = (
            separator != " | "
            and 2 <= len(suffix.split()) <= DASHED_SUFFIX_MAX_WORDS
            and stop_density(suffix) == 0
            and not is_section_label(suffix)
            and len(head.split()) >= DASHED_HEAD_MIN_WORDS
        )
        if named or is_outlet(suffix) or ((piped or dashed) and is_title_cased(suffix)):
            return head.strip(), suffix
    return title, None


def read_plaintext(text: str, path: str) -> Article:
    """Read pasted web text into an Article (``slug`` is left for the caller).

    Raises SeedError when there is no body text at all."""
    lines = read_lines(text)
    reading = read_blocks(group_blocks(rejoin(lines), is_hard_wrapped(lines), wrap_measure(lines)))
    title = reading.blocks[reading.title] if reading.title is not None else None
    dateline, lead_text, agency = _dateline(reading)
    sections = build_sections(reading, lead_text)
    if not any(section.blocks for section in sections):
        if title is None:
            raise SeedError(path, 1, "no title: every line is empty or site boilerplate")
        raise SeedError(path, title.line, "no body: the seed has a title but no paragraphs")
    body, analysis = split_analysis(sections)
    meta = reading.meta
    # "12/03/2025" over "Taipei, Dec. 3 (FW)": the dateline settles the order.
    said = month_day(dateline) if dateline else None
    dek = reading.blocks[reading.dek].text if reading.dek is not None else None
    headline, suffix = (
        strip_site_suffix(title.text, [n for _, n in reading.sources]) if title else ("", None)
    )
    return Article(
        path=path,
        title=headline,
        title_line=title.line if title else 1,
        slug="",
        # "OSLO, Norway, April 2, 2025 --": a release dated only in its dateline.
        date=settle_order(meta.published, said) or dateline_date(dateline),
        updated=settle_order(meta.updated, said),
        author=meta.author,
        byline=reading.byline,
        source_name=_source(reading, agency, suffix),
        dateline=dateline,
        dek=dek,
        highlights=reading.highlights,
        sections=body,
        analysis=analysis,
    )
