"""A listed issuer as its release spells it: the name with its legal form before
its ticker ("Halcyon Rare Metals Corporation (NYSE: HRM) today …", "Karrawong
Rare Earths Ltd (ASX: KRE) | ABN …"), given to a source read shorter or in
capitals ("Halcyon Rare Metals" from a copyright line cleaned of its legal form,
"KARRAWONG RARE EARTHS" from a letterhead)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Legal forms a listed company's name ends with, one or two of them.
LEGAL_FORMS = (
    r"(?:Ltd|Limited|Inc|Incorporated|Corp|Corporation|plc|PLC|LLC|AG|SE|S\.A|N\.V|NV|GmbH"
    r"|Pty|Co|Company|Holdings|Group|ASA|AB|Oyj|K\.K)\.?"
)
# "(ASX: KRE", "(NYSE American: UUUU", "(Nasdaq: ABCD", "(TSXV:BSM": an exchange and a code.
TICKER_OPENING = (
    r"\s*\((?:[A-Z]{2,8}|Nasdaq|Euronext|Xetra)(?:[- ][A-Z][a-z]+)?\s*:\s*[A-Z0-9.]{1,8}\b"
)
# "ABN 55 604 555 117", "ACN 123 456 789": a company's register number.
REGISTER_NUMBER = r"(?:ABN|ACN|ARBN|CIN|Company (?:No|Number)\.?)\s*:?\s*\d[\d ]{5,18}\d"


def listed_name(name: str, texts: Iterable[str]) -> str:
    """``name`` with the legal form a text gives it before its ticker, spelled as
    there; ``name`` itself when no text lists it so."""
    if not name.strip():
        return name
    pattern = re.compile(
        rf"(?<!\w)({re.escape(name.strip())}(?:,?\s+{LEGAL_FORMS}){{1,2}})(?={TICKER_OPENING})",
        re.IGNORECASE,
    )
    for text in texts:
        found = pattern.search(text)
        if found is not None:
            return found.group(1)
    return name
