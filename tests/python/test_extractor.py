"""The pipeline from Python: one call per text, or a batch on all cores."""

from __future__ import annotations

import json
import pickle

import pytest
import textfacts

TEXTS = [
    "Mr. Smith paid $3.5 million. He left.",
    "Zoë said “Ça va?” 🙂 Then she left.",
    "",
    "One line\n\nAnother paragraph. With two sentences.",
] * 25


def test_extract_many_keeps_order_and_equals_extract() -> None:
    extractor = textfacts.Extractor()
    expected = [extractor.extract(t) for t in TEXTS]
    assert extractor.extract_many(TEXTS) == expected
    for threads in (1, 2, 3):
        assert extractor.extract_many(TEXTS, threads=threads) == expected


def test_extract_many_accepts_any_iterable_and_rejects_bad_items() -> None:
    extractor = textfacts.Extractor()
    assert len(extractor.extract_many(t for t in ["a.", "b."])) == 2
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        extractor.extract_many(["fine.", b"bytes."])
    with pytest.raises(ValueError, match="threads"):
        extractor.extract_many(["a."], threads=0)


def test_document_offsets_are_str_indices() -> None:
    doc = textfacts.Extractor().extract(TEXTS[1])
    assert doc.text == TEXTS[1]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text


def test_to_json_has_the_same_content_as_to_dict() -> None:
    doc = textfacts.Extractor().extract(TEXTS[1])
    assert json.loads(doc.to_json()) == doc.to_dict()
    assert json.loads(doc.to_json(indent=2)) == doc.to_dict()
    assert set(doc.to_dict()) >= {"text", "sentences"}


def test_extractor_and_documents_pickle() -> None:
    splitter = textfacts.SentenceSplitter(newline_ends_sentence=True)
    extractor = textfacts.Extractor(splitter=splitter)
    clone = pickle.loads(pickle.dumps(extractor))
    assert clone.splitter.newline_ends_sentence
    text = "First line\nSecond line"
    assert clone.extract(text) == extractor.extract(text)
    doc = extractor.extract(text)
    assert pickle.loads(pickle.dumps(doc)) == doc
