"""``to_pandas``: a table of one row per item, tagged with the document's index."""

from __future__ import annotations

import subprocess
import sys

import pytest
import textfacts

pd = pytest.importorskip("pandas")


def test_one_row_per_sentence_with_the_document_index() -> None:
    docs = textfacts.Extractor().extract_many(["One. Two.", "", "Three."])
    table = textfacts.to_pandas(docs, what="sentences")
    assert table["doc"].tolist() == [0, 0, 2]
    assert table["text"].tolist() == ["One.", "Two.", "Three."]
    assert list(table.columns[:4]) == ["doc", "start", "end", "text"]


@pytest.mark.parametrize("what", ["sentences", "entities", "facts"])
def test_an_empty_batch_still_has_the_columns(what: str) -> None:
    table = textfacts.to_pandas([], what=what)
    assert len(table) == 0
    assert list(table.columns[:4]) == ["doc", "start", "end", "text"]


def test_a_single_document_is_accepted() -> None:
    doc = textfacts.Extractor().extract("Alone. Together.")
    assert len(textfacts.to_pandas(doc, what="sentences")) == 2


def test_bad_arguments_say_what_is_wrong() -> None:
    with pytest.raises(ValueError, match="what must be one of"):
        textfacts.to_pandas([], what="tokens")
    with pytest.raises(TypeError, match=r"docs\[0\] must be a textfacts.Document"):
        textfacts.to_pandas(["not a document"], what="sentences")


def test_import_textfacts_does_not_need_pandas() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import textfacts\n"
        "try:\n"
        "    textfacts.to_pandas([])\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "install it with: pip install pandas" in out.stdout


def test_facts_and_entities_tables_have_the_document_schema() -> None:
    docs = textfacts.Extractor().extract_many(["France sent 87 people.", "Nothing.", "Spain: 5%."])
    facts = textfacts.to_pandas(docs)
    assert facts["doc"].tolist() == [0, 2]
    assert facts["value"].tolist() == [87.0, 5.0]
    assert facts["noun"].tolist()[0] == "people"
    entities = textfacts.to_pandas(docs, what="entities")
    assert entities[["doc", "text", "label"]].values.tolist() == [
        [0, "France", "GPE"],
        [2, "Spain", "GPE"],
    ]


def test_numeric_columns_keep_numeric_types_whatever_the_rows_hold() -> None:
    docs = textfacts.Extractor().extract_many(["It cost 5 dollars.", "Then 3 people came."])
    facts = textfacts.to_pandas(docs)
    assert str(facts["low"].dtype) == "float64" and facts["low"].isna().all()
    assert str(facts["start"].dtype) == "int64"
    assert str(facts["noun_start"].dtype) == "Int64"
    assert facts["noun_start"].isna().tolist() == [True, False]
    empty = textfacts.to_pandas([], what="facts")
    assert str(empty["start"].dtype) == "int64" and str(empty["value"].dtype) == "float64"
