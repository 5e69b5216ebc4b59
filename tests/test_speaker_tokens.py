"""The speaker phrase read from a paragraph's tokens, cut at each verb, is the one
read from the text up to the verb afresh."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest

from generator.extract.speaker_phrases import backward_speaker
from generator.extract.speaker_tokens import (
    TOKEN,
    paragraph_tokens,
    prefix_tokens,
    trailing_apposition,
)
from generator.extract.speech_words import SPEECH_VERB, TRAILING_APPOSITION

PARAGRAPHS = [
    "Tu Xinquan, director of the China Institute for WTO Studies, said the move "
    "was expected. Jane Roe said it again, and the U.S.-based analyst Ann Lee "
    "later said: no. Smith and Jones said so; Mr. O'Neill-Baker said otherwise.",
    "The Treasury’s top economist, Amara Singh, said growth would slow, "
    "Magneti Riva S.p.A. said, and Dr. Amara Okwuosa of the University said.",
    "A spokesperson for the Ministry of Economy, Trade and Industry said… "
    "“We will,” he said, and she said — Pham Quoc Thanh, minister, told.",
]

# Letters, marks and spaces in the proportions that make tokens run over cuts.
_ALPHABET = "aB .,’'&-—:;\u00a0xY\n"


def _random_texts(count: int) -> list[str]:
    rng = random.Random(17)
    return [
        "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 400))) for _ in range(count)
    ]


def _spans(tokens: Sequence[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(t.start(), t.end(), t.group()) for t in tokens]


@pytest.mark.parametrize("text", PARAGRAPHS + _random_texts(40))
def test_a_prefixs_tokens_cut_from_the_paragraphs_are_its_own(text: str) -> None:
    whole = paragraph_tokens(text)
    for cut in range(len(text) + 1):
        prefix = text[:cut]
        expected = _spans(list(TOKEN.finditer(prefix)))
        assert _spans(prefix_tokens(prefix, whole)) == expected
        assert _spans(prefix_tokens(prefix, None)) == expected


def test_a_word_cut_through_is_read_again_from_its_start() -> None:
    text = "Ann Roe-Baker said"
    assert [t.group() for t in prefix_tokens(text[:11], paragraph_tokens(text))] == [
        "Ann",
        "Roe-Bak",
    ]


@pytest.mark.parametrize("text", PARAGRAPHS + _random_texts(200))
def test_the_apposition_read_over_its_reach_is_the_whole_texts(text: str) -> None:
    for cut in range(0, len(text) + 1, 3):
        trimmed = text[:cut].rstrip()
        found = TRAILING_APPOSITION.search(trimmed)
        near = trailing_apposition(trimmed)
        assert (near.span() if near else None) == (found.span() if found else None)
        cut_off = trimmed[: near.start()] if near else trimmed
        assert cut_off == TRAILING_APPOSITION.sub("", trimmed)


def test_an_apposition_as_long_as_the_pattern_allows_is_found() -> None:
    text = "Ann Roe," + "x" * 160 + ","
    assert trailing_apposition(text) is not None
    assert trailing_apposition("Ann Roe," + "x" * 161 + ",") is None


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_the_speaker_before_each_verb_is_the_same_from_the_paragraphs_tokens(
    text: str,
) -> None:
    verbs = list(SPEECH_VERB.finditer(text))
    # The referents' reading: the paragraph's tokens up to its last verb.
    for whole in (paragraph_tokens(text), paragraph_tokens(text[: verbs[-1].start()])):
        speakers = [
            (backward_speaker(text[: v.start()], whole), backward_speaker(text[: v.start()]))
            for v in verbs
        ]
        assert len(speakers) >= 3
        assert all(shared == afresh for shared, afresh in speakers)
        assert any(shared is not None for shared, _ in speakers)
