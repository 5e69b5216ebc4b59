"""Paragraphs to Markdown: a block's spans escaped, the first mention of each
topic linked to its page and each entity's first mention annotated with its role
(Material's annotations), as one line an article page places.

A topic is linked only where the article is about it (``topics``), by one of
its names rather than a generic weak alias, and never inside a person's or organisation's name (``names``: "Lynas Rare Earths" holds
no link to rare earths). Headings, pull quotes, key-quote callouts and the
analysis box are rendered without a context, and a writer's own link is kept
as it is, so none of them gets a topic link either."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..escape import escape_inline, escape_text, guard_line_start
from ..extract.topics import Mention, find_mentions
from ..model import Block, Span
from ..taxonomy import Taxonomy
from .structured import STRUCTURED_KINDS, span_markdown, structured_markdown


@dataclass
class InlineContext:
    """Per-article state while rendering: which topics and entities are already marked."""

    taxonomy: Taxonomy
    topic_href: Callable[[str], str]
    entity_roles: Mapping[str, str]
    names: tuple[str, ...]
    topics: frozenset[str]
    # Name → (link to the entity's page, how many articles quote it).
    entity_links: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    linked_topics: set[str] = field(default_factory=set)
    annotated: set[str] = field(default_factory=set)


def _span_markdown(span: Span) -> str:
    return span_markdown(span)


def _linked_text(text: str, ctx: InlineContext, notes: list[str]) -> str:
    """Plain text with the first mention of each topic linked and each entity's
    first mention carrying a Material annotation marker."""
    pieces: list[str] = []
    position = 0
    for start, end, kind, key in _marks(text, ctx):
        pieces.append(escape_text(text[position:start]))
        fragment = escape_text(text[start:end])
        if kind == "topic":
            ctx.linked_topics.add(key)
            pieces.append(f"[{fragment}]({ctx.topic_href(key)})")
        else:
            ctx.annotated.add(key)
            notes.append(_entity_note(key, text, start, end, ctx))
            linked = ctx.entity_links.get(key)
            fragment = f"[{fragment}]({linked[0]})" if linked else fragment
            pieces.append(f"{fragment} ({len(notes)})")
        position = end
    pieces.append(escape_text(text[position:]))
    return "".join(pieces)


def _marks(text: str, ctx: InlineContext) -> list[tuple[int, int, str, str]]:
    marks: list[tuple[int, int, str, str]] = []
    for mention in find_mentions(text, ctx.taxonomy, ctx.names):
        if _linkable(mention, ctx) and all(m[3] != mention.slug for m in marks):
            marks.append((mention.start, mention.end, "topic", mention.slug))
    for name in dict.fromkeys([*ctx.entity_roles, *ctx.entity_links]):
        if name in ctx.annotated:
            continue
        found = find_word(text, name)
        if (
            found
            and _entity_note(name, text, *found, ctx)
            and not any(s < found[1] and found[0] < e for s, e, _, _ in marks)
        ):
            marks.append((*found, "entity", name))
    return sorted(marks)


def _linkable(mention: Mention, ctx: InlineContext) -> bool:
    """A first mention of one of the article's topics, by a name and not by a
    generic word (a weak alias: "truce", "separation")."""
    slug = mention.slug
    return not mention.weak and slug in ctx.topics and slug not in ctx.linked_topics


def _role_beside(role: str, text: str, start: int, end: int) -> bool:
    """Whether the text already gives ``role`` right before or after the name."""
    reach = len(role) + 8
    near = text[max(0, start - reach) : end + reach].casefold()
    return role.casefold() in near


def _entity_note(name: str, text: str, start: int, end: int, ctx: InlineContext) -> str:
    """The annotation: the role where the text does not give it beside the name, and
    the link to the entity's page with how many articles quote it."""
    role = ctx.entity_roles.get(name)
    parts = [escape_inline(role)] if role and not _role_beside(role, text, start, end) else []
    linked = ctx.entity_links.get(name)
    if linked:
        href, times = linked
        parts.append(f"[{escape_inline(name)} on this site]({href}): {times}")
    return " · ".join(parts)


# Above ten, an article's note gives the step a count has passed, not the count:
# then one new article quoting a much-quoted person changes the note on the pages
# that name them once per step, not every time (their page gives the exact count).
QUOTED_STEPS = (10, 20, 50, 100, 200, 500, 1000)


def quoted_times(count: int) -> str:
    """How many articles quote an entity, as an article's note says it."""
    if count == 0:
        return "not quoted"
    if count <= QUOTED_STEPS[0]:
        return f"quoted in {count} article{'' if count == 1 else 's'}"
    step = max(s for s in QUOTED_STEPS if s < count)
    return f"quoted in more than {step} articles"


def find_word(text: str, word: str) -> tuple[int, int] | None:
    r"""Where ``word`` first stands whole in ``text`` (no letter, digit or _ touching it):
    what ``(?<!\w)word(?!\w)`` finds, without compiling a regex for every name."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if not (start and _is_word_char(text[start - 1])) and not (
            end < len(text) and _is_word_char(text[end])
        ):
            return start, end
        start = text.find(word, start + 1)
    return None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # The regex engine's \w, for str patterns.


def block_markdown(block: Block, ctx: InlineContext | None) -> str:
    if block.kind in STRUCTURED_KINDS:
        # A writer's admonition, table …: no topic links or annotations inside.
        return structured_markdown(block)
    notes: list[str] = []
    parts: list[str] = []
    for span in block.spans:
        if ctx is not None and not span.href and span.style == "":
            parts.append(_linked_text(span.text, ctx, notes))
        else:
            parts.append(_span_markdown(span))
    line = guard_line_start("".join(parts).strip())
    if block.kind == "bullet":
        line = f"- {line}"
    if notes:
        line += "\n{ .annotate }\n\n" + "\n".join(
            f"{n}.  {note}" for n, note in enumerate(notes, 1)
        )
    return line
