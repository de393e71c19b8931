"""What every caller relies on: offsets are ``str`` indices, input is never altered,
and bad input raises a clear error instead of crashing."""

from __future__ import annotations

import pickle

import pytest
import textfacts

TEXTS = [
    "Plain ASCII. Two sentences.",
    "Zoë said “Ça va?” 🙂 Then she left. 東京は大きい。 Fin.",
    "Emoji 👩‍👩‍👧 family. Combining e\u0301 accent! Right-to-left \u200fשלום\u200f. End",
    "\n\n  Leading and trailing space.  \n\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_offsets_slice_the_text(text: str) -> None:
    for s in textfacts.split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.text


@pytest.mark.parametrize("text", TEXTS)
def test_sentences_tile_the_text_with_only_whitespace_between(text: str) -> None:
    previous_end = 0
    for s in textfacts.split_sentences(text):
        assert s.start >= previous_end
        assert text[previous_end : s.start].strip() == ""
        previous_end = s.end
    assert text[previous_end:].strip() == ""


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \n"])
def test_empty_or_blank_text_has_no_sentences(text: str) -> None:
    assert textfacts.split_sentences(text) == []


@pytest.mark.parametrize("value", [None, b"bytes. More.", 42, ["a list"]])
def test_non_str_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="must be str"):
        textfacts.split_sentences(value)  # type: ignore[arg-type]


def test_lone_surrogate_is_a_value_error_naming_its_index() -> None:
    with pytest.raises(ValueError, match="index 7"):
        textfacts.split_sentences("abc. de\ud800f")


def test_splitter_options_are_validated() -> None:
    with pytest.raises(ValueError, match="language"):
        textfacts.SentenceSplitter(language="xx")
    with pytest.raises(ValueError, match="abbreviation"):
        textfacts.SentenceSplitter(abbreviations=["two words"])


def test_splitter_and_sentences_pickle() -> None:
    splitter = textfacts.SentenceSplitter(abbreviations=["approx"], newline_ends_sentence=True)
    clone = pickle.loads(pickle.dumps(splitter))
    assert clone.abbreviations == ["approx"]
    assert clone.newline_ends_sentence is True
    text = "Approx. ten came\nThen they left."
    assert clone.split(text) == splitter.split(text)
    sentences = textfacts.split_sentences("One. Two.")
    assert pickle.loads(pickle.dumps(sentences)) == sentences


def test_repr_is_short() -> None:
    s = textfacts.split_sentences("word " * 200)[0]
    assert len(repr(s)) < 100
    assert repr(s).startswith("Sentence(0, ")


def test_large_results_leave_the_garbage_collector_as_they_found_it() -> None:
    import gc

    text = "It rained. " * 5000
    assert gc.isenabled()
    assert len(textfacts.split_sentences(text)) == 5000
    assert gc.isenabled()
    gc.disable()
    try:
        textfacts.split_sentences(text)
        assert not gc.isenabled()
    finally:
        gc.enable()
