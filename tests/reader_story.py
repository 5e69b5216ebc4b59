"""The short story the reader tests wrap their layouts around, and how they
read it: one copy for every reader test file."""

from __future__ import annotations

from generator.model import Article
from generator.reader.plaintext import read_plaintext

LEAD = (
    "Customs officers in three southern ports have begun opening more containers "
    "declared as gallium products, according to two freight forwarders in the city."
)
MORE = (
    "The checks add days to gallium shipments that already need an export licence "
    "from the commerce ministry, the forwarders said on Tuesday."
)
LAST = (
    "Traders expect the inspections to last until the end of the quarter at least, "
    "when the ministry reviews its licensing rules."
)


def read(text: str) -> Article:
    return read_plaintext(text, "seed.txt")


def headings(article: Article) -> list[str]:
    return [s.heading for s in article.sections if s.heading]


def body_text(article: Article) -> str:
    return "\n".join(p for section in article.sections for p in section.paragraphs)
