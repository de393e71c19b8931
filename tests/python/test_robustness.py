"""Robustness of the Python API: wrong argument types get a clear TypeError or ValueError at every
entry point, str subclasses work like str, large batches keep their order, threads sharing one
Extractor get the same answers as one thread, and str indices agree with Rust's byte offsets."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import textfacts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
TEXT = "In Paris, 87 people met on Monday. They paid $3.5 million."


class Text(str):
    """A str subclass, as some frameworks hand out (markup-safe strings, enum values)."""


# ---- Every entry point that takes text ----

EXTRACTOR = textfacts.Extractor()
GAZETTEER = textfacts.Gazetteer([("Paris", "GPE")])


def _found(gazetteer: textfacts.Gazetteer) -> list[tuple[str, str]]:
    """What a gazetteer finds in TEXT: gazetteers compare by what they do."""
    return [(e.text, e.label) for e in gazetteer.find(TEXT)]


def _entry_points() -> dict[str, Callable[[Any], object]]:
    splitter = textfacts.SentenceSplitter()
    numbers = textfacts.NumberExtractor()
    return {
        "Extractor.extract": EXTRACTOR.extract,
        "Extractor.extract_many element": lambda t: EXTRACTOR.extract_many(["ok", t]),
        "Extractor.extract_many element, one thread": lambda t: EXTRACTOR.extract_many(
            ["ok", t], threads=1
        ),
        "Gazetteer.find": GAZETTEER.find,
        "Gazetteer entry pattern": lambda t: _found(textfacts.Gazetteer([(t, "GPE")])),
        "Gazetteer entry label": lambda t: _found(textfacts.Gazetteer([("Paris", t)])),
        "Gazetteer dict entry pattern": lambda t: _found(
            textfacts.Gazetteer([{"pattern": t, "label": "GPE"}])
        ),
        "split_sentences": textfacts.split_sentences,
        "SentenceSplitter.split": splitter.split,
        "extract_numbers": textfacts.extract_numbers,
        "NumberExtractor.extract": numbers.extract,
    }


ENTRY_POINTS = _entry_points()
# Where the bindings still accept what they should refuse; strict xfails, so fixing one fails
# the test until it is removed from here.
KNOWN_GAPS: dict[tuple[str, str], str] = {}
ENTRY_FIELDS = {name for name in ENTRY_POINTS if name.startswith("Gazetteer") and "entry" in name}
NOT_TEXT = {
    "None": None,
    "bytes": TEXT.encode(),
    "bytearray": bytearray(TEXT.encode()),
    "int": 42,
    "float": 4.2,
    "list": [TEXT],
}


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("kind", NOT_TEXT)
def test_a_value_that_is_not_text_is_a_type_error_naming_its_type(
    entry: str, kind: str, request: pytest.FixtureRequest
) -> None:
    if (entry, kind) in KNOWN_GAPS:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_GAPS[entry, kind], strict=True))
    value = NOT_TEXT[kind]
    with pytest.raises(TypeError) as raised:
        ENTRY_POINTS[entry](value)
    message = str(raised.value)
    assert type(value).__name__ in message and "str" in message, message
    if entry in ENTRY_FIELDS:
        # A malformed gazetteer entry is named by its position and field.
        assert "entries[0]" in message, message


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_a_lone_surrogate_is_a_value_error_naming_where_it_is(entry: str) -> None:
    text = "Paris\ud800 rose 5%."
    with pytest.raises(ValueError, match="surrogate") as raised:
        ENTRY_POINTS[entry](text)
    assert "5" in str(raised.value), "the message names the index of the surrogate"
    if entry in ENTRY_FIELDS:
        assert "entries[0]" in str(raised.value), "and a gazetteer entry is named"


@pytest.mark.parametrize("entry", ENTRY_POINTS)
def test_a_str_subclass_works_exactly_like_str(entry: str) -> None:
    call = ENTRY_POINTS[entry]
    assert call(Text(TEXT)) == call(TEXT)


def test_results_from_a_str_subclass_are_plain_str() -> None:
    doc = EXTRACTOR.extract(Text(TEXT))
    assert type(doc.text) is str
    assert all(type(s.text) is str for s in doc.sentences)


def test_extract_many_takes_any_iterable_and_names_the_bad_element() -> None:
    assert EXTRACTOR.extract_many(iter([TEXT])) == [EXTRACTOR.extract(TEXT)]
    assert EXTRACTOR.extract_many(t for t in [TEXT, Text(TEXT)]) == [EXTRACTOR.extract(TEXT)] * 2
    with pytest.raises(TypeError, match=r"\[2\]"):
        EXTRACTOR.extract_many(["a", "b", None])
    with pytest.raises(ValueError, match=r"\[1\]"):
        EXTRACTOR.extract_many(["a", "b\udfff"])
    with pytest.raises(TypeError):
        EXTRACTOR.extract_many(TEXT.encode())  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        EXTRACTOR.extract_many(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("threads", [0, -1, 1.5, "2"])
def test_a_bad_thread_count_is_rejected(threads: object) -> None:
    with pytest.raises((TypeError, ValueError, OverflowError)):
        EXTRACTOR.extract_many([TEXT], threads=threads)  # type: ignore[arg-type]


@pytest.mark.parametrize("entries", [None, 5, "Paris", [("Paris",)], [("Paris", None)], [None]])
def test_a_malformed_gazetteer_is_a_type_or_value_error(entries: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        textfacts.Gazetteer(entries)  # type: ignore[arg-type]


def test_to_pandas_rejects_what_is_not_a_document() -> None:
    pytest.importorskip("pandas")
    doc = EXTRACTOR.extract(TEXT)
    for bad in (None, 5, TEXT.encode()):
        with pytest.raises(TypeError):
            textfacts.to_pandas(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"docs\[1\]"):
        textfacts.to_pandas([doc, TEXT])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="what must be one of"):
        textfacts.to_pandas(doc, what="words")
    assert len(textfacts.to_pandas(doc, what=Text("facts"))) == len(doc.facts)


def test_bytes_from_a_compiled_gazetteer_must_be_bytes() -> None:
    with pytest.raises(TypeError):
        textfacts.Gazetteer.from_bytes("not bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        textfacts.Gazetteer.from_bytes(b"\x00" * 64)


# ---- Scale and concurrency ----


def test_a_million_short_texts_come_back_complete_and_in_order() -> None:
    texts = [f"Story {i} says {i} people came." for i in range(1_000_000)]
    started = time.perf_counter()
    docs = textfacts.Extractor(builtin=False).extract_many(texts)
    elapsed = time.perf_counter() - started
    assert len(docs) == len(texts)
    one_by_one = textfacts.Extractor(builtin=False)
    for i in (0, 1, 77_777, 500_000, 999_999):
        assert docs[i] == one_by_one.extract(texts[i])
        assert float(i) in [f.value for f in docs[i].facts]
    assert all(d.text == t for d, t in zip(docs, texts))
    # A loose bound: about 10 microseconds a text in release builds on two cores.
    assert elapsed < 120, f"{elapsed:.1f} s for a million texts"


def test_eight_threads_sharing_one_extractor_get_the_sequential_results() -> None:
    extractor = textfacts.Extractor()
    texts = [
        f"In Paris on day {i}, {i * 3} people met. Germany paid €{i}.5 billion. " * (1 + i % 50)
        for i in range(400)
    ]
    expected = [extractor.extract(t) for t in texts]
    results: dict[int, list[textfacts.Document]] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def work(worker: int) -> None:
        try:
            barrier.wait()
            mine = texts[worker:] + texts[:worker]
            got = [extractor.extract(t) for t in mine]
            got += extractor.extract_many(mine, threads=2)
            results[worker] = got
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    for worker, got in results.items():
        mine = expected[worker:] + expected[:worker]
        assert got == mine + mine, f"worker {worker}"
    assert len(results) == 8


# ---- Python str indices against Rust byte offsets ----


@pytest.fixture(scope="module")
def rust_pipeline() -> Iterator[Callable[[str], dict[str, Any]]]:
    """The Rust `extract_jsonl` example, running, answering one JSON line per text."""
    cargo = shutil.which("cargo")
    if cargo is None:
        if os.environ.get("CI"):
            pytest.fail("cargo is needed to run the Rust side of the offset comparison")
        pytest.skip("cargo is not installed")
    build = subprocess.run(
        [cargo, "build", "--quiet", "--example", "extract_jsonl", "--message-format=json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    executable = next(
        message["executable"]
        for message in map(json.loads, build.stdout.splitlines())
        if message.get("reason") == "compiler-artifact"
        and message.get("executable")
        and message["target"]["name"] == "extract_jsonl"
    )
    process = subprocess.Popen(
        [executable], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8"
    )
    assert process.stdin is not None and process.stdout is not None

    def extract(text: str) -> dict[str, Any]:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(json.dumps(text) + "\n")
        process.stdin.flush()
        return json.loads(process.stdout.readline())

    yield extract
    process.stdin.close()
    process.wait(timeout=10)


# Text that stresses offset conversion: ASCII news words and numbers, accents (precomposed and
# combining), CJK, emoji with joiners and modifiers, right-to-left text and direction marks.
PIECES = [
    "Paris", "France", "New York", "87", "3.5", "million", "$", "€", "%", ". ", "? ", "\n",
    " ", "people", "Zoë", "Ze\u0301", "\u0301", "東京", "北京で3人", "👩\u200d👩\u200d👧", "👍🏽",
    "\u200f", "שלום", "مرحبا", "\u200d", "\ufeff", "“", "”", "(", ")", "Mr.", "U.S.",
]  # fmt: skip
UNICODE_TEXT = st.one_of(
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=UNICODE_TEXT)
def test_str_indices_slice_out_what_rust_byte_offsets_do(
    rust_pipeline: Callable[[str], dict[str, Any]], text: str
) -> None:
    rust = rust_pipeline(text)
    py = EXTRACTOR.extract(text)
    encoded = text.encode()
    for what, items in (
        ("sentences", py.sentences),
        ("entities", py.entities),
        ("facts", py.facts),
    ):
        theirs = rust.get(what, [])
        assert len(items) == len(theirs), what
        for item, other in zip(items, theirs):
            assert len(text[: item.start].encode()) == other["start"], (what, item)
            assert len(text[: item.end].encode()) == other["end"], (what, item)
            assert text[item.start : item.end] == item.text
            assert encoded[other["start"] : other["end"]].decode() == item.text
