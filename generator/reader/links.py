"""Paragraphs broken at every link, joined back into sentences.

Some pages paste with each linked phrase on a line of its own: "The",
"European Commission", "on Tuesday named …", ", giving them …", a lone ".".
Before anything else reads the text, a text line is joined to the one before
it when the earlier line cannot end a sentence and the later one goes on with
it, by the named rules below (tried in order); a blank line between them does
not stop the join. A comma, a full stop or a closing mark that begins a line is
glued on without a space.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .headings import ends_with
from .lines import Line, reclassify
from .names import is_person
from .words import RUN_ON_ENDINGS, words_of

# A line that begins with one of these is glued on without a space.
_TIGHT_START = re.compile(r"(?:[,.;:!?)\]}”’»%…]|['’]s\b)")
# (a full stop after it ends a sentence, "fell."; before a letter it is an
# address's or an initials' credit: "example.com", "mf/sri").
_WORD_START = re.compile(r"[a-z][a-z'’-]*\b(?![@/]|\.\w)")
# Short enough to be a linked phrase cut out of a sentence.
FRAGMENT_MAX_WORDS = 6
JOINABLE = frozenset({"text"})


def _unfinished(text: str) -> bool:
    """The line cannot end a sentence: no full stop, no colon (a label)."""
    return not ends_with(text, ".!?:") and not text.endswith(":")


def _starts_tight(text: str) -> bool:
    return _TIGHT_START.match(text) is not None


def _starts_lower(text: str) -> bool:
    return _WORD_START.match(text) is not None


def _runs_on(text: str) -> bool:
    """Ends with a word no sentence stops on, or with a comma."""
    words = words_of(text)
    return text.rstrip().endswith(",") or (bool(words) and words[-1] in RUN_ON_ENDINGS)


def _new_sentence(text: str) -> bool:
    """A capitalised line longer than a linked phrase: the line before ended
    (a headline "… one year on" over its standfirst), it was not cut at a link."""
    return text[:1].isupper() and len(text.split()) > FRAGMENT_MAX_WORDS


def _name_alone(line: str, after: str | None) -> bool:
    """A person's name on its own line with nothing after it that goes on with
    it: a byline under a headline ending in "on" ("… drags on" / "Jenna
    Whitlock"), not a linked name cut out of a sentence."""
    return is_person(line) and not (
        after is not None and (_starts_tight(after) or _starts_lower(after))
    )


# "by Quantum Markets Newsdesk": "by" and capitalised words, the whole line.
_LOWER_BYLINE = re.compile(r"by\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|&)){0,5}")


def _byline_alone(line: str, after: str | None) -> bool:
    """A byline in lower case under a headline, with nothing after it that goes
    on with it (not "by Reuters" cut out of "… reported" / "on Monday.")."""
    return _LOWER_BYLINE.fullmatch(line.strip()) is not None and not (
        after is not None and (_starts_tight(after) or _starts_lower(after))
    )


def _fragment(text: str) -> bool:
    return len(text.split()) <= FRAGMENT_MAX_WORDS and not text.rstrip().endswith(":")


@dataclass(frozen=True)
class JoinRule:
    """A named test on (line before, line, line after): whether they join; only
    rules that ``cross_blank`` join across a blank line."""

    name: str
    test: Callable[[str, str, str | None], bool]
    cross_blank: bool = False


# Words a headline wrapped over two lines goes on with, capitalised on a
# headline's second line ("… Checks on Gallium" / "And Germanium Shipments"),
# and which seldom begin a headline of their own.
_WRAP_WORDS = frozenset({"and", "or", "nor", "of", "than", "into", "&"})
WRAP_MIN_WORDS = 4
WRAP_MAX_WORDS = 14


def _wrapped_headline(before: str, line: str) -> bool:
    """Two short lines, no sentence end, the second opening with a capitalised
    word that goes on with the first, in the same case (capitals or not)."""
    first, words = line.split(maxsplit=1)[0], line.split()
    return (
        first[:1].isupper()
        and first.strip(",").lower() in _WRAP_WORDS
        and WRAP_MIN_WORDS <= len(before.split()) <= WRAP_MAX_WORDS
        and 1 < len(words) <= WRAP_MAX_WORDS
        and not ends_with(before, ".!?:;,")
        and not ends_with(line, ".:;,")
        and before.isupper() == line.isupper()
    )


JOIN_RULES: tuple[JoinRule, ...] = (
    JoinRule("punctuation_first", lambda before, line, after: _starts_tight(line), True),
    JoinRule(
        "after_run_on_word",
        lambda before, line, after: (
            _runs_on(before)
            and _unfinished(before)
            and not _new_sentence(line)
            and not _name_alone(line, after)
        ),
    ),
    JoinRule("wrapped_headline", lambda before, line, after: _wrapped_headline(before, line)),
    JoinRule(
        "lower_case_next",
        lambda before, line, after: (
            _unfinished(before) and _starts_lower(line) and not _byline_alone(line, after)
        ),
        True,
    ),
    JoinRule(
        "linked_phrase",
        lambda before, line, after: (
            _unfinished(before)
            and _fragment(line)
            and after is not None
            and (_starts_tight(after) or _starts_lower(after))
        ),
        True,
    ),
)


def join_rule(before: str, line: str, after: str | None, blank: bool = False) -> str | None:
    """The name of the first join rule that holds, if any."""
    return next(
        (
            r.name
            for r in JOIN_RULES
            if (r.cross_blank or not blank) and r.test(before, line, after)
        ),
        None,
    )


def _next_text(lines: Sequence[Line], index: int) -> str | None:
    for line in lines[index + 1 :]:
        if line.kind != "blank":
            return line.text if line.kind in JOINABLE else None
    return None


# The rules that join on the words at the break (not on punctuation).
WORD_RULES = frozenset({"after_run_on_word", "linked_phrase"})


def _repeated_lines(lines: Sequence[Line]) -> frozenset[str]:
    counts = Counter(line.text.strip().casefold() for line in lines if line.kind in JOINABLE)
    return frozenset(text for text, count in counts.items() if count > 1)


def _printed_whole(before: str, line: str, repeated: frozenset[str]) -> bool:
    """ "Who this guidance is for" over "What you need to report" in a table of
    contents, the first printed again as a heading: a line the page prints twice
    on its own is whole, not a phrase cut at a link, when a capital follows."""
    return line[:1].isupper() and before.strip().casefold() in repeated


def rejoin(lines: Sequence[Line]) -> tuple[Line, ...]:
    """Lines with link-broken sentences joined; a joined line keeps the number of
    its first piece, and the lines it took in count as ignored (not blank), so
    a paragraph does not split where they were."""
    out: list[Line] = []
    repeated = _repeated_lines(lines)
    last: int | None = None  # index in ``out`` of the last text line
    blanks = 0
    listing = False  # under a line that ends with a colon, its items unbulleted
    for index, line in enumerate(lines):
        if line.kind == "blank":
            blanks += 1
            listing = False
            out.append(line)
            continue
        joinable = line.kind in JOINABLE or _starts_tight(line.text)
        listing = listing and is_list_item(line.text)
        if last is not None and blanks <= 1 and joinable and not listing:
            before = out[last]
            rule = join_rule(before.text, line.text, _next_text(lines, index), blanks > 0)
            if rule in WORD_RULES and _printed_whole(before.text, line.text, repeated):
                rule = None
            if rule is not None:
                glue = "" if _starts_tight(line.text) else " "
                joined = replace(before, text=before.text + glue + line.text, tail=len(line.text))
                out[last] = reclassify(joined)
                # Blank lines between the pieces go too.
                del out[last + 1 :]
                blanks = 0
                continue
        out.append(line)
        blanks = 0
        last = len(out) - 1 if line.kind in JOINABLE else None
        listing = listing or (line.kind in JOINABLE and line.text.rstrip().endswith(":"))
    return tuple(out)


# "… compared with the June 2025 quarter:" over "goods exports rose $1.1 billion
# …" / "goods imports rose …": items of a list that lost its bullets, each a
# clause of its own, not a sentence cut at its links.
LIST_ITEM_MIN_WORDS = 4


def is_list_item(text: str) -> bool:
    return _starts_lower(text) and len(text.split()) >= LIST_ITEM_MIN_WORDS
