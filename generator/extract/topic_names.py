"""Topic words inside names: "Rare Earths" in "Lynas Rare Earths" names the
company, not the topic (``topics.find_mentions`` leaves such mentions out).

The names are the people and organisations the entity extractor found; a
mention inside a longer one, or capitalised right beside one, is part of it.
"""

from __future__ import annotations

from generator.model import Article


def in_name(text: str, mention: tuple[int, int], name: tuple[int, int]) -> bool:
    """Inside a longer name, or capitalised right beside one: the extractor may know
    the company as "Lynas" while the text calls it "Lynas Rare Earths"."""
    if name[0] < mention[1] and mention[0] < name[1]:
        return name != mention
    if name[1] + 1 == mention[0]:
        gap = name[1]
    elif mention[1] + 1 == name[0]:
        gap = mention[1]
    else:
        return False
    words = text[mention[0] : mention[1]]
    return text[gap] == " " and words[0].isupper() and not words.isupper()


def entity_names(article: Article) -> tuple[str, ...]:
    """The people and organisations found: topic words inside them are no mention."""
    return tuple(e.name for e in article.entities)


def name_spans(text: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in names:
        start = text.find(name)
        while start != -1:
            spans.append((start, start + len(name)))
            start = text.find(name, start + len(name))
    return spans
