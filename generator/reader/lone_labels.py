"""A field's label alone on its line above the story, joined to its value below.

"Updated on" / "June 18, 2025", "Written by" / "Lena Hoffmann", "Authors" /
"Dr. Megan Fisher", "From:" / an issuing office: above the first paragraph, the
label and a short value under it become one metadata line, as it reads when
the page sets them side by side (an empty label over the date stays apart).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .meta import parse_meta
from .reading import Reading, start_reading

# A field's label alone on its line, its value on the next ("Updated on" /
# "June 18, 2025", "Written by" / "Lena Hoffmann", "From:" / an issuing office).
_LONE_LABEL = re.compile(
    r"(?:last\s+)?(?:updated|modified|published|posted|written|words|story)(?:\s+(?:on|by|at))?\s*:?"
    r"|by\s*:?|from\s*:"
    r"|(?P<field>authors?|author\(s\)|writers?|reporters?)\s*:?",
    re.IGNORECASE,
)
VALUE_MAX_WORDS = 8


def _prose_follows(reading: Reading, index: int) -> bool:
    """A paragraph over another starts the body; a standfirst stands over the
    page's labels and stamps ("Last updated" / "14 April 2025")."""
    after = index + 1
    return after >= len(reading.blocks) or reading.features[after].prose


def join_lone_labels(reading: Reading) -> Reading:
    """Each lone label above the first paragraph joined to the short value
    under it, as one metadata line."""
    blocks: list[Block] = []
    skip = False
    above = True
    for index, (block, feats) in enumerate(zip(reading.blocks, reading.features, strict=True)):
        if skip:
            skip = False
            continue
        value = reading.blocks[index + 1] if index + 1 < len(reading.blocks) else None
        above = above and not (
            feats.prose and block.kind == "text" and _prose_follows(reading, index)
        )
        label = _LONE_LABEL.fullmatch(block.text.strip())
        if above and value is not None and label is not None:
            # "Authors" / "Dr. Megan Fisher": a field's label, read with its colon.
            head = f"{label['field']}:" if label["field"] else block.text.strip()
            text = f"{head} {value.text.strip()}"
            joined = parse_meta(text)
            # "Author" over "June 14, 2025": an empty label over the date, kept apart.
            empty = label["field"] and joined is not None and not joined.author
            if len(value.text.split()) <= VALUE_MAX_WORDS and joined is not None and not empty:
                blocks.append(replace(block, kind="meta", text=text, rule="metadata"))
                skip = True
                continue
        blocks.append(block)
    return start_reading(blocks) if len(blocks) != len(reading.blocks) else reading
