"""The pipeline from Python: one call per text, or a batch on all cores."""

from __future__ import annotations

import json
import os
import pickle
import signal
import threading

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


def test_a_document_reads_the_same_whether_extracted_or_built_from_its_parts() -> None:
    # An extracted document serialises from the Rust result; one built by hand from
    # Python objects serialises from those: the two must agree, key order included.
    gazetteer = textfacts.Gazetteer(
        [("Zoë", "PERSON"), ("Georgia", "GPE", "1"), ("Georgia", "GPE", "2")]
    )
    texts = [*TEXTS[:4], "Zoë 🙂 paid £3.5bn in Georgia. 1" + "0" * 400 + " people, up 12%."]
    for extractor in (textfacts.Extractor(), textfacts.Extractor(gazetteer)):
        for text in texts:
            doc = extractor.extract(text)
            by_hand = textfacts.Document(doc.text, doc.sentences, doc.entities, doc.facts)
            assert doc == by_hand and by_hand == doc
            assert doc.to_json() == by_hand.to_json()
            assert doc.to_json(indent=2) == by_hand.to_json(indent=2)
            assert json.dumps(doc.to_dict()) == json.dumps(by_hand.to_dict())
            assert doc._repr_html_() == by_hand._repr_html_()
            assert repr(doc) == repr(by_hand)


def test_a_documents_parts_are_made_once_and_lists_are_fresh() -> None:
    doc = textfacts.Extractor().extract("One. Two. France sent 87 people.")
    assert doc.sentences is not doc.sentences
    assert doc.sentences[0] is doc.sentences[0]
    assert doc.facts[0] is doc.facts[0] and doc.entities[0] is doc.entities[0]
    doc.sentences.clear()
    assert len(doc.sentences) == 3


def test_extractor_and_documents_pickle() -> None:
    splitter = textfacts.SentenceSplitter(newline_ends_sentence=True)
    extractor = textfacts.Extractor(splitter=splitter)
    clone = pickle.loads(pickle.dumps(extractor))
    assert clone.splitter.newline_ends_sentence
    text = "First line\nSecond line"
    assert clone.extract(text) == extractor.extract(text)
    doc = extractor.extract(text)
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_entities_carry_their_sentence_and_slice_the_text() -> None:
    gazetteer = textfacts.Gazetteer([("Zoë", "PERSON"), ("Café Müller", "ORG", "q1")])
    extractor = textfacts.Extractor(gazetteer)
    text = "🙂 Zoë left. She went to Café Müller!"
    doc = extractor.extract(text)
    assert [(e.text, e.sentence) for e in doc.entities] == [("Zoë", 0), ("Café Müller", 1)]
    for e in doc.entities:
        assert text[e.start : e.end] == e.text
        s = doc.sentences[e.sentence]
        assert s.start <= e.start and e.end <= s.end
    as_dict = doc.to_dict()["entities"][1]
    assert {k: as_dict[k] for k in ("text", "label", "id", "sentence")} == {
        "text": "Café Müller",
        "label": "ORG",
        "id": "q1",
        "sentence": 1,
    }


def test_the_builtin_gazetteer_is_the_default_and_builtin_false_turns_it_off() -> None:
    text = "France and Germany signed a treaty."
    assert [e.label for e in textfacts.Extractor().extract(text).entities] == ["GPE", "GPE"]
    assert textfacts.Extractor(builtin=False).extract(text).entities == []
    clone = pickle.loads(pickle.dumps(textfacts.Extractor(builtin=False)))
    assert clone.builtin is False and clone.extract(text).entities == []


def test_an_extractor_with_its_own_gazetteer_pickles() -> None:
    extractor = textfacts.Extractor(textfacts.Gazetteer([("Northfield", "GPE")]))
    clone = pickle.loads(pickle.dumps(extractor))
    text = "Floods in Northfield and France."
    assert clone.extract(text) == extractor.extract(text)
    assert [e.text for e in clone.extract(text).entities] == ["Northfield"]


def test_facts_carry_their_sentence_and_the_entities_beside_them() -> None:
    extractor = textfacts.Extractor(textfacts.Gazetteer([("Kelham", "GPE"), ("Ashby", "GPE")]))
    text = "Ashby 🙂 stayed dry. In Kelham, more than 1,200 homes flooded."
    doc = extractor.extract(text)
    (fact,) = doc.facts
    assert (fact.text, fact.value, fact.qualifier, fact.noun) == (
        "more than 1,200",
        1200.0,
        "more_than",
        "homes",
    )
    assert text[fact.start : fact.end] == fact.text
    assert fact.noun_start is not None and fact.noun_end is not None
    assert text[fact.noun_start : fact.noun_end] == fact.noun
    assert fact.sentence == 1
    assert fact.entities is not None
    assert [doc.entities[i].text for i in fact.entities] == ["Kelham"]
    as_dict = doc.to_dict()["facts"][0]
    assert {"kind", "value", "low", "high", "unit", "noun", "sentence", "entities"} <= set(as_dict)
    assert as_dict["entities"] == [1]


def test_facts_from_extract_numbers_have_no_sentence() -> None:
    (fact,) = textfacts.extract_numbers("87 people")
    assert fact.sentence is None and fact.entities is None


def test_the_number_options_reach_the_pipeline_and_survive_pickling() -> None:
    numbers = textfacts.NumberExtractor(years=False)
    extractor = textfacts.Extractor(numbers=numbers)
    text = "In 1999, 5 men came."
    assert [f.text for f in extractor.extract(text).facts] == ["5"]
    clone = pickle.loads(pickle.dumps(extractor))
    assert clone.extract(text) == extractor.extract(text)
    doc = extractor.extract(text)
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_repr_html_escapes_and_highlights() -> None:
    doc = textfacts.Extractor().extract("<script>alert('x')</script> France lost 87 people.")
    html = doc._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    for cls in ("tf-entity", "tf-fact", "tf-noun"):
        assert f'class="{cls}"' in html


def test_ctrl_c_stops_a_long_batch_and_leaves_the_extractor_usable() -> None:
    extractor = textfacts.Extractor()
    texts = ["In Paris, 87 people met on Monday. They left at noon. " * 40] * 20000
    timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            extractor.extract_many(texts)
    finally:
        timer.cancel()
    assert [f.value for f in extractor.extract("Then 5 men came.").facts] == [5.0]


def test_a_progress_bar_does_not_change_the_results() -> None:
    extractor = textfacts.Extractor()
    assert extractor.extract_many(TEXTS, progress=True) == extractor.extract_many(TEXTS)
