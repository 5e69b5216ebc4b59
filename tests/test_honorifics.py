"""One list of honorifics feeds the reader's bylines and the extractors' names."""

from __future__ import annotations

import pytest

from generator.extract.aliases import without_honorific
from generator.reader.words import HONORIFICS as BYLINE_HONORIFIC
from generator.wordlist import HONORIFICS


@pytest.mark.parametrize("word", sorted(HONORIFICS))
def test_every_honorific_comes_off_a_byline_and_off_a_name(word: str) -> None:
    assert BYLINE_HONORIFIC.sub("", f"{word}. Ann Roe") == "Ann Roe"
    assert without_honorific(f"{word} Ann Roe") == "Ann Roe"


def test_a_name_without_an_honorific_is_kept_whole() -> None:
    assert BYLINE_HONORIFIC.sub("", "Drew Ann Roe") == "Drew Ann Roe"
    assert without_honorific("Drew Roe") == "Drew Roe"


def test_a_retired_rank_comes_off_with_its_mark() -> None:
    assert BYLINE_HONORIFIC.sub("", "Cmdr. (ret.) Gareth Pryce") == "Gareth Pryce"
