"""An office that opens its sentence and titles the name after it.

Official pages write the office first and the holder after a comma: "Counsel for
Tessaro, Maureen Castellanos of Cardew Holm LLP, said …", a release's label
"Quotes attributable to Minister for Resources, Jane Roe:", and a debate record's
"The Minister for Trade (Ms Jane Roe):". The office is the person's role when it
is all that stands before the name: a capitalised job or office first (after "The"
at most), a short phrase, no verb.
"""

from __future__ import annotations

import re

from ..wordlist import QUOTES_LABEL_LEAD
from .lexicon import FUNCTION_WORDS
from .role_words import ROLE_MODIFIERS, is_plural_role_word, is_role_word

# What may stand before the office: a release's label over its quotes.
_LABEL = re.compile(f"^{QUOTES_LABEL_LEAD}", re.I)
_MAX_WORDS = 9  # "Minister for Resources and Northern Australia"
_LINKS = frozenset({"of", "for", "and", "&", "the", "on", "at"})


def office_before(before: str) -> str | None:
    """'Counsel for Tessaro, ' -> 'Counsel for Tessaro'; 'The Minister for Trade (' ->
    'Minister for Trade'; None when anything else stands before the name."""
    text = before.rstrip()
    if not text.endswith((",", "(")):
        return None
    clause = _LABEL.sub("", text[:-1].strip())
    words = clause.split()
    if words[:1] == ["The"]:
        words = words[1:]
    # "In March 2025 the Minister for Industry, Science and Resources, Dr NAME,": the
    # office after the clause's last "the", in apposition to the name.
    the = [i for i, w in enumerate(words[:-1]) if w == "the" and words[i + 1][:1].isupper()]
    if the and words and not is_role_word(words[0]):
        words = words[the[-1] + 1 :]
    if not 0 < len(words) <= _MAX_WORDS or not words[0][:1].isupper():
        return None
    first = 1 if words[0].lower() in ROLE_MODIFIERS and len(words) > 1 else 0
    if not is_role_word(words[first]) or is_plural_role_word(words[first]):
        return None
    # The rest is the office's fields or its body, in capitals but for links.
    rest = words[first + 1 :]
    if not all(w[:1].isupper() or w in _LINKS for w in rest):
        return None
    if any(w.lower() in FUNCTION_WORDS and w not in _LINKS for w in rest):
        return None
    return " ".join(words)
