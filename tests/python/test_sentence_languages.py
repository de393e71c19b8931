"""Sentence splitting in other languages, from Python: choosing a language, the error for an
unknown one, and offsets that index the ``str`` exactly in every script."""

from __future__ import annotations

import pickle

import pytest
import textfacts
from hypothesis import given, settings
from hypothesis import strategies as st

LANGUAGES = textfacts.SentenceSplitter.languages()


def test_every_listed_language_builds_a_splitter_that_reports_it() -> None:
    assert len(LANGUAGES) == 24
    assert {"en", "de", "zh", "ar", "hi", "pt"} <= set(LANGUAGES)
    for code in LANGUAGES:
        splitter = textfacts.SentenceSplitter(language=code)
        assert splitter.language == code
        assert pickle.loads(pickle.dumps(splitter)).language == code


def test_codes_are_read_in_any_case() -> None:
    assert textfacts.SentenceSplitter(language="DE").language == "de"


def split_x(language: str) -> object:
    return textfacts.split_sentences("x", language=language)


@pytest.mark.parametrize("call", [textfacts.SentenceSplitter, split_x])
def test_an_unknown_language_is_a_value_error_listing_the_supported_ones(call) -> None:
    with pytest.raises(ValueError, match="xx") as err:
        call(language="xx")
    for code in LANGUAGES:
        assert code in str(err.value)


def test_split_sentences_takes_the_language() -> None:
    text = "Wir sehen uns am 3. Oktober in Berlin. Bis dann."
    with_language = textfacts.split_sentences(text, language="de")
    assert with_language == textfacts.SentenceSplitter(language="de").split(text)
    assert textfacts.split_sentences(text) == textfacts.SentenceSplitter().split(text)


# Pieces of every script the splitter knows, with their terminators and quotes.
PIECES = [
    "Hallo Welt. ",
    "z. B. ",
    "am 3. Oktober ",
    "„Ja.“ ",
    "«Oui.» ",
    "你好。",
    "「はい。」",
    "《书！》",
    "नमस्ते। ",
    "مرحبا؟ ",
    "سلام، ",
    "۔",
    "ሰላም።",
    "Բարեւ։ ",
    "မင်္ဂလာပါ။",
    "Γεια; ",
    "Привет. ",
    "\U0001f469\u200d\U0001f467",
    "\n",
    " ",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=20),
    st.sampled_from(LANGUAGES),
)
def test_offsets_index_the_str_exactly_in_every_language(pieces: list[str], code: str) -> None:
    text = "".join(pieces)
    previous = 0
    for s in textfacts.split_sentences(text, language=code):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert previous <= s.start
        assert text[previous : s.start].strip() == ""
        previous = s.end
    assert text[previous:].strip() == ""
