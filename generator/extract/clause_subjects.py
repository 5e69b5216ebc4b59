"""Where a speaker's own clause ends when the speech verb is not the first verb after
the speaker: the subject of an earlier verb in the same sentence speaks.

Business and trade news often puts a clause between the speaker and the quote:
"NAME, head of X, agreed, but said the federation would “…”" (a first verb, then
"but"/"and" and the speech verb), "NAME posted a reply saying the cut was “…”" (a
post, message or statement issued "saying"), "NAME, analyst at X, who called the
measure “…”" (a who-clause naming the thing with the quoted words). Each function
gives the text before that earlier verb, for the speaker phrase to be read from its
end; None when the sentence has no such shape.
"""

from __future__ import annotations

import re

from .speech_words import SPEECH_VERB

# A first verb (past or present, a few words after it), then "but"/"and" before the
# speech verb: "…, agreed, but ", "… cut its forecast and ".
_COORDINATED = re.compile(
    r"(?<=[\w,])\s+(?:[a-z]{3,}(?:ed|es))(?:\s+[a-z’'-]+){0,3}?,?\s+(?:but|and)\s+(?:also\s+)?$"
)
# A verb of issuing and the thing issued before "saying": "posted a reply ", "issued a
# short statement ", "sent a message to staff ".
_ISSUED = re.compile(
    r"\s+(?:posted|issued|sent|published|released|shared|put\s+out)\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:reply|post|message|note|statement|comment|letter|update|"
    r"response|video)(?:\s+(?:to|on)\s+(?:[\w-]+\s+){1,3}?)?\s*$"
)
# The end of a who-clause just before a naming verb: "…, who " (before "called").
_WHO = re.compile(r",\s+who\s+$")


def before_coordinated_verb(before: str) -> str | None:
    """'Dr. X, chief executive of Y, agreed, but ' -> 'Dr. X, chief executive of Y,'."""
    found = _COORDINATED.search(before)
    subject = before[: found.start()] if found else ""
    # A clause holding speech or a "that" of its own is no subject phrase ("X told
    # reporters that prices had dropped, and said").
    if not subject or SPEECH_VERB.search(subject) or re.search(r"\bthat\b", subject):
        return None
    return _with_comma(subject)


def before_issued(before: str) -> str | None:
    """'Senator X, who voted against the bill, posted a reply ' -> 'Senator X, who
    voted against the bill,'."""
    found = _ISSUED.search(before)
    return before[: found.start()] if found else None


def before_who(namer: str) -> str | None:
    """'Felix Draganov, head of X, who ' -> 'Felix Draganov, head of X,'."""
    found = _WHO.search(namer)
    return _with_comma(namer[: found.start()]) if found else None


def _with_comma(text: str) -> str:
    """The subject closed by a comma, as an apposition is read before a verb."""
    text = text.rstrip()
    return text if text.endswith(",") else f"{text},"


# A sentence saying how someone spoke, with no speech verb, before a quote standing
# alone: "Ulrike Brandt, who follows the file, was blunter.", "X was more cautious.",
# "Y disagreed." (the quote after it is theirs).
_STANCE = re.compile(
    r"\s+(?:(?:was|is|were|sounded|seemed)\s+(?:(?:more|less|even|far|much)\s+)?"
    r"(?:blunt(?:er)?|cautious|optimistic|pessimistic|sure|confident|upbeat|gloomy|"
    r"sceptical|skeptical|direct|candid|forthright|measured|circumspect|downbeat|"
    r"hopeful|worried|unconvinced|unimpressed)(?:\s+still)?"
    r"|disagreed|agreed|demurred|went further|took a different view)\s*[.:]?\s*$"
)


def before_stance(sentence: str) -> str | None:
    """'Ulrike Brandt, who follows the file, was blunter.' -> 'Ulrike Brandt, who
    follows the file,': the subject of a sentence telling how someone spoke."""
    found = _STANCE.search(sentence)
    subject = sentence[: found.start()] if found else ""
    return _with_comma(subject) if subject and not SPEECH_VERB.search(subject) else None
