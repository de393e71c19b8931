"""One schema: a sentence, an entity and a fact have their fields defined once, in the Rust core,
and every output (``to_dict``, ``to_json``, ``to_pandas``, the stubs) gives those fields, in that
order. A document made by hand becomes the same kind of document as an extracted one."""

from __future__ import annotations

import ast
import json
import pickle
import re
import time
from pathlib import Path

import pytest
import textfacts
from textfacts import _pandas
from textfacts._textfacts import _FIELDS

STUB = Path(textfacts.__file__).with_name("_textfacts.pyi")
CLASSES = {"sentences": "Sentence", "entities": "Entity", "facts": "NumericFact"}
TEXTS = [
    "Hi. In France, about 87 people died. Then £3.5bn went to Georgia, up 12%.",
    "Zoë 🙂 paid €1,200 in Paris. 150-200 homes in the 1990s.",
]


def documents() -> list[textfacts.Document]:
    gazetteer = textfacts.Gazetteer(
        [("Zoë", "PERSON"), ("Georgia", "GPE", "1"), ("Georgia", "GPE", "2"), ("Paris", "GPE")]
    )
    extractors = (textfacts.Extractor(), textfacts.Extractor(gazetteer))
    return [e.extract(t) for e in extractors for t in TEXTS]


@pytest.mark.parametrize("part", sorted(CLASSES))
def test_each_parts_to_dict_is_its_entry_in_the_document_key_for_key_in_order(part: str) -> None:
    seen = 0
    for doc in documents():
        entries = doc.to_dict()[part]
        objects = getattr(doc, part)
        assert len(entries) == len(objects)
        for obj, entry in zip(objects, entries):
            assert list(obj.to_dict().items()) == list(entry.items())
            assert json.dumps(obj.to_dict()) == json.dumps(entry)
            seen += 1
    assert seen


@pytest.mark.parametrize("part", sorted(CLASSES))
def test_every_output_gives_the_fields_the_core_defines_in_its_order(part: str) -> None:
    fields = _FIELDS[part]
    for doc in documents():
        for entry in doc.to_dict()[part]:
            assert list(entry) == fields
        for entry in json.loads(doc.to_json())[part]:
            assert list(entry) == fields
    assert _pandas._COLUMNS[part] == fields
    for entity in documents()[0].to_dict()["entities"]:
        for candidate in entity["candidates"]:
            assert list(candidate) == _FIELDS["candidates"]


def stub_class(name: str) -> ast.ClassDef:
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    return next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == name)


@pytest.mark.parametrize("part", sorted(CLASSES))
def test_each_field_is_an_attribute_of_its_class_and_of_its_stub(part: str) -> None:
    cls = getattr(textfacts, CLASSES[part])
    stub = stub_class(CLASSES[part])
    properties = {n.name for n in stub.body if isinstance(n, ast.FunctionDef) and n.decorator_list}
    for field in _FIELDS[part]:
        assert hasattr(cls, field), f"{cls.__name__}.{field}"
        assert field in properties, f"the stub's {cls.__name__} has no property {field}"


def test_a_fact_can_be_made_by_hand_with_every_field() -> None:
    new = next(n for n in stub_class("NumericFact").body if getattr(n, "name", "") == "__new__")
    assert isinstance(new, ast.FunctionDef)
    parameters = {a.arg for a in new.args.args + new.args.kwonlyargs}
    assert set(_FIELDS["facts"]) <= parameters
    fact = documents()[0].facts[0]
    again = textfacts.NumericFact(**{f: getattr(fact, f) for f in _FIELDS["facts"]})
    assert again == fact and again.to_dict() == fact.to_dict()


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_facts_and_documents_pickle_with_every_protocol(protocol: int) -> None:
    for doc in documents():
        again = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert again == doc and again.to_json() == doc.to_json()
        assert [pickle.loads(pickle.dumps(f, protocol=protocol)) for f in doc.facts] == doc.facts


def test_a_hand_made_document_is_linked_and_serialised_as_an_extracted_one() -> None:
    doc = documents()[0]
    bare = [
        textfacts.NumericFact(**{**f.to_dict(), "sentence": None, "entities": None})
        for f in doc.facts
    ]
    entities = []
    for e in doc.entities:
        d = e.to_dict()
        candidates = [tuple(c.values()) for c in d["candidates"]]
        entities.append(textfacts.Entity(**{**d, "candidates": candidates, "sentence": None}))
    by_hand = textfacts.Document(doc.text, doc.sentences, entities, bare)
    assert by_hand == doc
    assert by_hand.to_json() == doc.to_json()
    assert by_hand._repr_html_() == doc._repr_html_()


def test_a_hand_made_part_that_does_not_fit_its_text_is_a_value_error_naming_it() -> None:
    doc = documents()[0]
    fact = doc.facts[1]
    moved = textfacts.NumericFact(**{**fact.to_dict(), "start": fact.start + 1})
    unknown = textfacts.NumericFact(**{**fact.to_dict(), "kind": "weight"})
    for bad, says in ((moved, r"facts\[1\]"), (unknown, "kind")):
        with pytest.raises(ValueError, match=says):
            textfacts.Document(doc.text, doc.sentences, doc.entities, [doc.facts[0], bad])
    with pytest.raises(ValueError, match=r"sentences\[0\]"):
        textfacts.Document("Hi.", [textfacts.Sentence(0, 3, "Ho.")])


def test_threads_are_capped_at_a_documented_maximum_and_refused_above_it_naming_both() -> None:
    extractor = textfacts.Extractor()
    with pytest.raises(ValueError, match="10000 is more than the maximum") as raised:
        extractor.extract_many(["a."], threads=10_000)
    found = re.search(r"maximum, (\d+)", str(raised.value))
    assert found, raised.value
    most = int(found.group(1))
    assert len(extractor.extract_many(["One.", "Two."], threads=most)) == 2
    with pytest.raises(ValueError, match=f"{most + 1} is more than the maximum, {most}"):
        extractor.extract_many(["a."], threads=most + 1)
    # The pool for a count is made once: asking again and again stays cheap.
    start = time.perf_counter()
    for _ in range(100):
        extractor.extract_many(["a."], threads=most)
    assert time.perf_counter() - start < 5
