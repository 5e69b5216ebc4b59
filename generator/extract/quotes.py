"""Direct quotations and who said them.

Quotes are found paragraph by paragraph in curly or straight double quotes (and
curly single quotes used as quotation marks), following the news convention that
a quote running into the next paragraph leaves its closing mark off and opens the
next paragraph with a fresh one. Apostrophes ("it’s", "’90s") never open a quote.
The speaker comes from the words around the quote, with the quoted text masked
so that names inside a quote are never taken for its speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Article, Quote
from .entities import (
    FUNCTION_WORDS,
    ORG_HEADS,
    PARTICLES,
    ROLE_MODIFIERS,
    is_person_name,
    is_role_word,
    name_after_title,
    text_mentions,
)
from .sentences import Sentence, sentence_at, split_sentences
from .unnamed import unnamed_ending, unnamed_opening

SPEECH_VERBS = frozenset(
    {
        "said", "says", "say", "told", "tells", "declared", "declares", "warned", "warns",
        "noted", "notes", "argued", "argues", "added", "adds", "stressed", "stresses",
        "wrote", "writes", "explained", "explains", "insisted", "insists", "cautioned",
        "cautions", "asked", "asks", "replied", "replies", "stated", "claimed", "claims",
        "remarked", "observed", "commented", "announced", "recalled", "predicted",
        "acknowledged", "admitted", "conceded", "emphasised", "emphasized", "emphasises",
        "emphasizes", "suggested", "suggests", "countered", "concluded", "urged", "urges",
        "vowed", "pledged", "tweeted", "posted", "saying", "declaring", "warning",
        "noting", "arguing", "adding", "stressing", "writing", "explaining", "insisting",
        "cautioning", "telling", "stating", "claiming", "urging", "spoke", "speaking",
    }
)  # fmt: skip

# Words that may sit between a speaker and the verb: "he later said", "she has said".
_BETWEEN = frozenset(
    {
        "also", "later", "then", "again", "previously", "recently", "earlier", "further",
        "once", "repeatedly", "bluntly", "flatly", "simply", "has", "had", "have", "was",
        "is", "would", "will", "could", "did", "does", "as", "reportedly", "publicly",
    }
)  # fmt: skip
_DETERMINERS = frozenset({"a", "an", "the", "one", "another"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
_PERSONAL = frozenset({"he", "she"})
_HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Dr"})

SCARE_QUOTE_WORDS = 3  # A phrase this short in quotes is a scare quote, not a quotation.
KEY_QUOTES = 3
KEY_SCORE = 3.0
FULL_QUOTE_WORDS = 8  # A full-sentence quote this long, attributed by name, can be key.

_VERB = re.compile(rf"\b(?:{'|'.join(sorted(SPEECH_VERBS))})\b")
_ACCORDING = re.compile(r"\baccording to\s+", re.I)
_TOKEN = re.compile(r"[\w.’'&-]+|[^\w\s]")
_TRAILING_APPOSITION = re.compile(r",[^,]{1,120},\s*$")
_EDGE = " ,;:—–-\u00a0"
_OPEN_AFTER = "([{—–-/\u00a0"


@dataclass(frozen=True)
class _Paragraph:
    text: str
    line: int


@dataclass(frozen=True)
class _Piece:
    """Quoted text inside one paragraph, without its marks: ``text[start:end]``."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class _Found:
    """A quotation from its opening mark (``first``, ``start``) to after its closing one."""

    pieces: tuple[_Piece, ...]
    first: int
    start: int
    last: int
    end: int
    closed: bool


def _opener_at(text: str, i: int) -> str | None:
    """The quote family ("double" or "single") opening at ``text[i]``, if one does."""
    char = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else ""
    starts = before.isspace() or before in _OPEN_AFTER
    if char == "“":
        return "double"
    if char == '"' and starts and after and not after.isspace():
        return "double"
    # A curly single quote opens only before a letter: "‘90s" is an abbreviation.
    if char == "‘" and starts and after.isalpha():
        return "single"
    return None


def _closes_at(text: str, i: int, family: str) -> bool:
    char = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if family == "double":
        return char == "”" or (char == '"' and not before.isspace())
    # "it’s", "Beijing’s": an apostrophe inside a word closes nothing.
    return char == "’" and not before.isspace() and not after.isalnum()


# The only characters that can open or close a quote: the scans below jump from
# one to the next instead of testing every character of the paragraph.
_OPENING_MARKS = re.compile('[“"‘]')
_CLOSING_MARKS = {"double": re.compile('[”"]'), "single": re.compile("’")}


def _next_opener(text: str, start: int) -> tuple[int, str] | None:
    for mark in _OPENING_MARKS.finditer(text, start):
        family = _opener_at(text, mark.start())
        if family:
            return mark.start(), family
    return None


def _closing(text: str, start: int, family: str) -> int | None:
    marks = _CLOSING_MARKS[family].finditer(text, start)
    return next((m.start() for m in marks if _closes_at(text, m.start(), family)), None)


def _continues(text: str, family: str) -> int | None:
    """Offset of the mark that reopens a running quote at the start of a paragraph."""
    i = len(text) - len(text.lstrip())
    return i if i < len(text) and _opener_at(text, i) == family else None


def _follow(paragraphs: list[_Paragraph], first: int, start: int, family: str) -> _Found:
    """Read one quotation from its opening mark, across paragraphs if it runs on."""
    pieces: list[_Piece] = []
    index, begin = first, start + 1
    while True:
        text = paragraphs[index].text
        close = _closing(text, begin, family)
        if close is not None:
            pieces.append(_Piece(index, begin, close))
            return _Found(tuple(pieces), first, start, index, close + 1, True)
        pieces.append(_Piece(index, begin, len(text)))
        reopen = (
            _continues(paragraphs[index + 1].text, family) if index + 1 < len(paragraphs) else None
        )
        if reopen is None:
            return _Found(tuple(pieces), first, start, index, len(text), False)
        index, begin = index + 1, reopen + 1


def _find_quotations(paragraphs: list[_Paragraph]) -> list[_Found]:
    """Every quotation in order, scare quotes included."""
    found: list[_Found] = []
    index, position = 0, 0
    while index < len(paragraphs):
        opener = _next_opener(paragraphs[index].text, position)
        if opener is None:
            index, position = index + 1, 0
            continue
        quotation = _follow(paragraphs, index, *opener)
        found.append(quotation)
        if quotation.closed:
            index, position = quotation.last, quotation.end
        else:
            index, position = quotation.last + 1, 0
    return found


def _quote_text(paragraphs: list[_Paragraph], found: _Found) -> str:
    parts = (paragraphs[p.paragraph].text[p.start : p.end].strip() for p in found.pieces)
    return " ".join(part for part in parts if part).rstrip(" ,;:—–-")


def _masked(paragraphs: list[_Paragraph], found: list[_Found]) -> list[str]:
    """Paragraphs with quoted words blanked out (a final . ! ? kept, to end the sentence)."""
    chars = [list(p.text) for p in paragraphs]
    for quotation in found:
        for piece in quotation.pieces:
            row = chars[piece.paragraph]
            inner = "".join(row[piece.start : piece.end]).rstrip()
            keep = 1 if inner[-1:] in (".", "!", "?", "…") else 0
            for i in range(piece.start, piece.start + len(inner) - keep):
                row[i] = "x"
    return ["".join(row) for row in chars]


def _is_np_word(word: str, left: str | None, taken: list[str]) -> bool:
    """Whether a word can be part of a speaker's description ("a Ministry of Commerce
    spokesperson", "Tu Xinquan", "chief economist")."""
    if word in ("of", "for"):
        # A connector only between an organisation word or title and more of the name.
        return bool(taken) and left is not None and (left in ORG_HEADS or is_role_word(left))
    if word in PARTICLES:  # "Pieter de Vries", "Ursula von der Leyen": particles chain.
        return bool(taken) and left is not None and (left[:1].isupper() or left in PARTICLES)
    if word.endswith(("’s", "'s")):
        return not any(w[:1].isupper() for w in taken)
    return word[:1].isupper() or is_role_word(word) or word.lower() in ROLE_MODIFIERS


def _clean(phrase: str) -> str | None:
    """Strip articles, honorifics and function words; keep what names someone."""
    words = phrase.split()
    while words and (
        words[0].lower() in _DETERMINERS
        or words[0] in FUNCTION_WORDS
        or words[0] in _HONORIFICS
        or words[0] in PARTICLES
        or words[0] in ("of", "for")
    ):
        words = words[1:]
    if not words or not any(w[:1].isupper() or is_role_word(w) for w in words):
        return None
    # "Senator Ruth Calloway", "trader Lucas Meyer": the person, as entities name them.
    name = name_after_title(tuple(w.strip(",.") for w in words))
    if name:
        return name
    return " ".join(words).strip(" ,.")


def _backward_speaker(text: str) -> str | None:
    """The speaker phrase that ends ``text``: 'Tu Xinquan, director of X,' -> 'Tu Xinquan'."""
    apposition = _TRAILING_APPOSITION.search(text.rstrip())
    if apposition:
        # "The Treasury’s top economist, Amara Singh, said": the name is in the commas.
        inner = apposition.group().strip(_EDGE)
        if is_person_name(tuple(inner.split())):
            return inner
    stripped = _TRAILING_APPOSITION.sub("", text.rstrip()).rstrip(_EDGE)
    tokens = [t for t in _TOKEN.finditer(stripped)]
    while tokens and tokens[-1].group().lower() in _BETWEEN:
        tokens.pop()
    if tokens and tokens[-1].group().lower() in _PRONOUNS:
        return tokens[-1].group().lower()
    taken: list[str] = []
    first = len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        left = tokens[i - 1].group() if i else None
        if not _is_np_word(tokens[i].group(), left, taken):
            break
        taken.append(tokens[i].group())
        first = i
    if first == len(tokens):
        return None
    return _clean(stripped[tokens[first].start() : tokens[-1].end()])


def _forward_speaker(text: str) -> str | None:
    """The speaker phrase that starts ``text``: 'said Jane Roe, an analyst' -> 'Jane Roe'."""
    tokens = list(_TOKEN.finditer(text))
    while tokens and tokens[0].group().lower() in _DETERMINERS:
        tokens = tokens[1:]
    if tokens and tokens[0].group().lower() in _PRONOUNS:
        return tokens[0].group().lower()
    taken: list[str] = []
    first, last = 0, -1
    for i, token in enumerate(tokens):
        left = taken[-1] if taken else None
        word = token.group()
        if word.endswith(("’s", "'s")) and word[:1].isupper():
            taken, first = [], i + 1  # "Morgan Stanley’s Xing Ziqiang": the owner comes first.
            continue
        if word in ("of", "for") and not _capital_follows(tokens, i + 1):
            break
        if word == "the" and left in ("of", "for"):
            taken.append(word)
            continue
        if not _is_np_word(word, left, taken):
            break
        taken.append(word)
        last = i
    if last < first:
        return None
    return _clean(text[tokens[first].start() : tokens[last].end()])


def _capital_follows(tokens: list[re.Match[str]], i: int) -> bool:
    """A capitalised word next, perhaps after "the": "for (the) Department of Energy"."""
    if i < len(tokens) and tokens[i].group() == "the":
        i += 1
    return i < len(tokens) and tokens[i].group()[:1].isupper()


def _speaker_after(after: str) -> str | None:
    """'…,” said Jane Roe.' / '…,” he added.' / '…,” according to X.'"""
    after = after.lstrip(_EDGE)
    according = _ACCORDING.match(after)
    if according:
        return _speaker_opening(after[according.end() :])
    verb = _VERB.search(after)
    if verb is None or len(after[: verb.start()].split()) > 12:
        return None
    if not after[: verb.start()].strip():
        return _speaker_opening(after[verb.end() :])
    left = after[: verb.start()]
    unnamed = unnamed_ending(_without_between(left))
    if unnamed and unnamed == _without_between(left).strip(_EDGE):
        return unnamed
    speaker = _backward_speaker(left)
    # The phrase must be all that stands before the verb, not the end of another clause.
    return speaker if _only_speaker(left) else None


def _speaker_opening(text: str) -> str | None:
    """The speaker after a verb: 'one trader in Ganzhou' as written, or a name."""
    return unnamed_opening(text) or _forward_speaker(text)


def _speaker_ending(text: str) -> str | None:
    """The speaker before a verb: 'a White House spokesperson' as written, or a name."""
    return unnamed_ending(_without_between(text)) or _backward_speaker(text)


def _without_between(text: str) -> str:
    """'a spokesperson later ' -> 'a spokesperson': the words between speaker and verb off."""
    words = text.split()
    while words and words[-1].lower() in _BETWEEN:
        words.pop()
    return " ".join(words)


def _only_speaker(left: str) -> bool:
    """Whether the words before a verb are just a speaker phrase (and an apposition)."""
    words = _TRAILING_APPOSITION.sub("", left.rstrip()).strip(_EDGE).split()
    return all(
        w.lower() in _DETERMINERS
        or w.lower() in ("of", "for")
        or w in PARTICLES
        or w[:1].isupper()
        or is_role_word(w)
        or w.lower() in ROLE_MODIFIERS
        or w.lower() in _BETWEEN
        or w.lower() in _PRONOUNS
        or w.endswith(("’s", "'s"))
        for w in words
    )


def _speaker_before(before: str) -> str | None:
    """'Tu Xinquan said: “…' / 'quotes a spokesperson declaring, “…' / 'According to X, “…'."""
    verbs = list(_VERB.finditer(before))
    according = list(_ACCORDING.finditer(before))
    if according and (not verbs or according[-1].start() > verbs[-1].start()):
        return _speaker_opening(before[according[-1].end() :])
    if not verbs:
        return None
    return _speaker_ending(before[: verbs[-1].start()])


def _speaker_in_sentence(sentence: str) -> str | None:
    """Who speaks in a sentence: 'Jane Roe told reporters …', '“…,” said Jane Roe.'"""
    verb = _VERB.search(sentence)
    if verb is None:
        return None
    return _speaker_ending(sentence[: verb.start()]) or _speaker_opening(sentence[verb.end() :])


@dataclass(frozen=True)
class _Context:
    """The masked text around a quote, sentence by sentence."""

    before: str
    after: str
    previous: str | None


def _context(masked: list[str], found: _Found) -> _Context:
    opening = split_sentences(masked[found.first])
    here = sentence_at(opening, found.start)
    before = masked[found.first][opening[here].start : found.start] if opening else ""
    closing = split_sentences(masked[found.last])
    there = sentence_at(closing, max(found.end - 1, 0))
    after_end = closing[there].end if closing else found.end
    after = masked[found.last][found.end : max(after_end, found.end)]
    return _Context(before, after, _previous_sentence(masked, found.first, opening, here))


def _previous_sentence(
    masked: list[str], paragraph: int, sentences: tuple[Sentence, ...], index: int
) -> str | None:
    if index > 0:
        return sentences[index - 1].text
    earlier = split_sentences(masked[paragraph - 1]) if paragraph > 0 else ()
    return earlier[-1].text if earlier else None


def _attribution(context: _Context) -> str | None:
    """The speaker named in the quote's own sentence: '…,” said X' / 'X said: “…'."""
    return _speaker_after(context.after) or _speaker_before(context.before)


def _raw_speaker(context: _Context) -> str | None:
    speaker = _attribution(context)
    # A quote that stands alone belongs to whoever the previous sentence has speaking.
    if speaker is None and not context.before.strip(_EDGE) and context.previous:
        speaker = _speaker_in_sentence(context.previous)
    return speaker


@dataclass(frozen=True)
class _Person:
    """A named person at a place in the article, for resolving "he" and surnames."""

    paragraph: int
    offset: int
    name: str


def _people(paragraphs: list[_Paragraph], masked: list[str]) -> list[_Person]:
    """Named people by position: cue-backed mentions outside quoted words and the
    subjects of speech verbs. The mentions are the entity pass's own, found in
    the paragraph as written (so that pass reuses them), less those in quotes."""
    people: list[_Person] = []
    for index, text in enumerate(masked):
        written = paragraphs[index].text
        for mention in text_mentions(written):
            if mention.kind == "person" and text[mention.offset] == written[mention.offset]:
                people.append(_Person(index, mention.offset, mention.name))
        for verb in _VERB.finditer(text):
            name = _backward_speaker(text[: verb.start()])
            offset = text.rfind(name, 0, verb.start()) if name else -1
            if name and offset >= 0 and is_person_name(tuple(name.split())):
                people.append(_Person(index, offset, name))
    return sorted(people, key=lambda p: (p.paragraph, p.offset))


def _resolve(speaker: str | None, earlier: list[_Person]) -> str | None:
    """'he' -> the last named person; 'Xing' -> 'Xing Ziqiang' once the full name is known."""
    if speaker is None or speaker in _PRONOUNS:
        return earlier[-1].name if speaker in _PERSONAL and earlier else None
    if len(speaker.split()) == 1:
        for person in reversed(earlier):
            if _surname(person.name) == speaker or person.name.split()[0] == speaker:
                return person.name
    return speaker


def _surname(name: str) -> str:
    """The last name-word, past any particles: 'Leyen' in 'Ursula von der Leyen'."""
    return next((w for w in reversed(name.split()) if w not in PARTICLES), name)


def _is_named(speaker: str) -> bool:
    """'Ama Mensah', 'Ministry of Commerce spokesperson' rather than just 'trader'."""
    return any(word[:1].isupper() for word in speaker.split())


def score_quote(
    text: str,
    speaker: str | None,
    paragraph: int,
    paragraphs: int,
    *,
    named_at_quote: bool = False,
) -> float:
    """Higher for a known speaker (a named one most), a few full sentences, and a place
    early in the article. A full sentence of some length whose attribution names its
    speaker right there ("…,” Treasury Secretary Scott Bessent said) is always good
    enough to be key, wherever it stands; the cap on key quotes then decides."""
    words = len(text.split())
    score = 0.0 if speaker is None else 2.0 if _is_named(speaker) else 1.0
    score += min(words, 30) / 30
    score += 0.5 if len(split_sentences(text)) >= 2 else 0.0
    score -= 0.5 if text[:1].islower() else 0.0  # A fragment picked out of a sentence.
    score += 1.0 - paragraph / max(paragraphs, 1)
    full_sentence = text[:1].isupper() and words >= FULL_QUOTE_WORDS
    if named_at_quote and speaker is not None and _is_named(speaker) and full_sentence:
        score = max(score, KEY_SCORE)
    return round(score, 3)


def _mark_key(quotes: list[Quote]) -> list[Quote]:
    ranked = sorted(
        (i for i, q in enumerate(quotes) if q.speaker and q.score >= KEY_SCORE),
        key=lambda i: (-quotes[i].score, i),
    )
    keys = set(ranked[:KEY_QUOTES])
    return [replace(q, is_key=i in keys) for i, q in enumerate(quotes)]


def _paragraphs(article: Article) -> list[_Paragraph]:
    return [
        _Paragraph(block.text, block.line)
        for section in article.all_sections
        for block in section.blocks
    ]


def extract_quotes(article: Article) -> Article:
    """Fill ``article.quotes`` in article order; the best few are marked ``is_key``."""
    paragraphs = _paragraphs(article)
    found = _find_quotations(paragraphs)
    masked = _masked(paragraphs, found)
    people = _people(paragraphs, masked)
    quotes: list[Quote] = []
    for quotation in found:
        text = _quote_text(paragraphs, quotation)
        if len(text.split()) <= SCARE_QUOTE_WORDS:
            continue
        where = (quotation.first, quotation.start)
        earlier = [p for p in people if (p.paragraph, p.offset) < where]
        context = _context(masked, quotation)
        speaker = _resolve(_raw_speaker(context), earlier)
        if speaker and is_person_name(tuple(speaker.split())):
            people.append(_Person(*where, speaker))
            people.sort(key=lambda p: (p.paragraph, p.offset))
        # "she said" leans on an earlier mention; "Scott Bessent said" names its speaker.
        attribution = _attribution(context)
        named_here = attribution is not None and attribution not in _PRONOUNS
        score = score_quote(
            text, speaker, quotation.first, len(paragraphs), named_at_quote=named_here
        )
        quotes.append(Quote(text, speaker, paragraphs[quotation.first].line, score))
    return replace(article, quotes=tuple(_mark_key(quotes)))
