"""What a user meets at the edges: a bug surfaces as a catchable, named error, and every argument
is refused (or kept) for a reason the message gives."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import textfacts


def test_an_internal_error_is_a_runtime_error_that_except_exception_catches() -> None:
    # A panic in the core becomes textfacts.InternalError (see src/python/panic.rs, whose Rust
    # tests make one); here: that a user's ordinary handler catches it.
    assert issubclass(textfacts.InternalError, RuntimeError)
    try:
        raise textfacts.InternalError("internal error in Extractor.extract (input of 9 bytes)")
    except Exception as caught:  # noqa: BLE001 - the point of the test
        assert "9 bytes" in str(caught)


@pytest.mark.parametrize("text", ["a\u2026. ... R", "Hi\u2026. ... Then", "x\u2026. ...\nR"])
def test_every_entry_point_returns_on_text_that_once_panicked(text: str) -> None:
    assert [s.text for s in textfacts.split_sentences(text)]
    assert textfacts.Extractor().extract(text).text == text
    docs = textfacts.Extractor().extract_many(["fine.", text, "also fine."], threads=2)
    assert [d.text for d in docs] == ["fine.", text, "also fine."]


def write_jsonl(tmp_path: Path, id_text: str) -> Path:
    path = tmp_path / "places.jsonl"
    path.write_text(f'{{"pattern": "Paris", "label": "GPE", "id": {id_text}}}\n', encoding="utf-8")
    return path


def test_a_jsonl_id_of_any_size_is_kept_digit_for_digit(tmp_path: Path) -> None:
    gaz = textfacts.Gazetteer.from_file(write_jsonl(tmp_path, "18446744073709551616"))
    assert gaz.find("Paris")[0].id == "18446744073709551616"


@pytest.mark.parametrize("id_text", ["1.5", "true", "1e3"])
def test_a_jsonl_id_must_be_a_string_or_an_integer(tmp_path: Path, id_text: str) -> None:
    path = write_jsonl(tmp_path, id_text)
    with pytest.raises(ValueError, match=r"places\.jsonl:1: .*string or an integer") as err:
        textfacts.Gazetteer.from_file(path)
    assert "untagged" not in str(err.value)


def test_an_int_id_of_any_size_is_kept_and_a_bool_is_no_id() -> None:
    gaz = textfacts.Gazetteer([("Paris", "GPE", 10**40)])
    assert gaz.find("Paris")[0].id == str(10**40)
    with pytest.raises(TypeError, match=r"entries\[0\] id must be a str or an int, not bool"):
        textfacts.Gazetteer([("Paris", "GPE", True)])


def test_abbreviations_must_be_a_list_not_one_str() -> None:
    with pytest.raises(TypeError, match=r"abbreviations must be a list of str, not a str"):
        textfacts.SentenceSplitter(abbreviations="Mr")
    with pytest.raises(TypeError, match=r"abbreviations must be a list of str, not int"):
        textfacts.SentenceSplitter(abbreviations=5)  # type: ignore[arg-type]
    splitter = textfacts.SentenceSplitter(abbreviations=("approx",))  # type: ignore[arg-type]
    assert splitter.abbreviations == ["approx"]


def test_saving_to_a_directory_says_it_cannot_write(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError, match="cannot write"):
        textfacts.Gazetteer([("Paris", "GPE")]).save(tmp_path)


def test_from_bytes_takes_a_bytearray_and_names_what_it_cannot_take() -> None:
    data = textfacts.Gazetteer([("Paris", "GPE")]).to_bytes()
    assert [e.text for e in textfacts.Gazetteer.from_bytes(bytearray(data)).find("Paris")] == [
        "Paris"
    ]
    with pytest.raises(TypeError, match="bytes or bytearray, not str"):
        textfacts.Gazetteer.from_bytes("Paris")  # type: ignore[arg-type]


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_an_extractor_pickles_with_every_protocol(protocol: int) -> None:
    gaz = textfacts.Gazetteer([("Kelham", "GPE")])
    extractor = textfacts.Extractor(gaz, numbers=textfacts.NumberExtractor(years=False))
    again = pickle.loads(pickle.dumps(extractor, protocol=protocol))
    text = "In 2024 Kelham had 300 homes."
    assert again.extract(text) == extractor.extract(text)


def test_to_pandas_takes_a_hand_made_entity_without_a_sentence() -> None:
    # A hand-made document is linked as an extracted one is: the entity gets its sentence.
    pytest.importorskip("pandas")
    text = "Hi. Paris."
    entity = textfacts.Entity(4, 9, "Paris", "GPE", sentence=None)
    sentences = [textfacts.Sentence(0, 3, "Hi."), textfacts.Sentence(4, 10, "Paris.")]
    doc = textfacts.Document(text, sentences, entities=[entity])
    table = textfacts.to_pandas(doc, what="entities")
    assert table["text"].tolist() == ["Paris"]
    assert table["sentence"].tolist() == [1]


def test_a_pattern_of_combining_marks_alone_is_refused() -> None:
    with pytest.raises(ValueError, match="no letter or digit"):
        textfacts.Gazetteer([("\u0301", "X")])
