"""Names holding commas, held whole while a phrase around them is read.

"an official of the Bureau of Industry Security, Import and Export Control",
"a partner at Whitlock, Reyes & Amsel LLP": a reader of roles and unnamed
speakers that stops at a comma or an "and" would cut such a name; the runs of
``name_runs`` say where the name is, and it is held as one word meanwhile.
"""

from __future__ import annotations

from .name_runs import name_runs

# A name holding commas ("Bureau of Industry Security, Import and Export Control")
# is held as one word while a phrase around it is read (its commas and spaces as
# these marks), so that neither its commas nor its "and" end the phrase.
_NAME_COMMA, _NAME_SPACE = "\ue000", "\ue001"
HELD_NAME_MARKS = _NAME_COMMA + _NAME_SPACE


def hold_name_commas(text: str) -> str:
    """``text`` with each name that holds a comma held as one word."""
    for run in reversed(name_runs(text)):
        if "," in run.text:
            held = run.text.replace(",", _NAME_COMMA).replace(" ", _NAME_SPACE)
            text = text[: run.start] + held + text[run.end :]
    return text


def release_name_commas(phrase: str) -> str:
    """A phrase read from held text, with its names written as before."""
    return phrase.replace(_NAME_COMMA, ",").replace(_NAME_SPACE, " ")
