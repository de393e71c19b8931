"""The documentation a user reads in help(): every public name explains itself with an example,
and every example runs and shows what it says.

The examples live in the Rust doc comments of src/python/*.rs (what ``help()`` shows for the
compiled classes) and in the Python modules; the stub file repeats them for editors
(scripts/sync_stub_docs.py keeps the two equal, checked below).
"""

from __future__ import annotations

import doctest
import inspect
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import textfacts

ROOT = Path(__file__).resolve().parents[2]

# Protocol methods a user calls by name, documented like the rest.
PUBLIC_DUNDERS = {"_repr_html_", "__getnewargs_ex__"}


def public_objects() -> Iterator[tuple[str, Any]]:
    """The package, every name in ``__all__``, and every public attribute of each class."""
    yield "textfacts", textfacts
    for name in textfacts.__all__:
        if name == "__version__":
            continue
        obj = getattr(textfacts, name)
        yield name, obj
        if inspect.isclass(obj):
            for attr, value in vars(obj).items():
                if not attr.startswith("_") or attr in PUBLIC_DUNDERS:
                    yield f"{name}.{attr}", value


OBJECTS = dict(public_objects())


def docstring(obj: Any) -> str:
    # A classmethod in a class's __dict__ is a wrapper; its function holds the doc.
    return inspect.cleandoc(getattr(obj, "__func__", obj).__doc__ or "")


def test_the_walk_finds_every_kind_of_public_name() -> None:
    for name in ("Extractor.extract_many", "Document._repr_html_", "NumericFact.noun",
                 "Gazetteer.from_file", "Sentence.start", "to_pandas"):  # fmt: skip
        assert name in OBJECTS


@pytest.mark.parametrize("name", sorted(OBJECTS))
def test_every_public_name_has_a_docstring_with_an_example(name: str) -> None:
    doc = docstring(OBJECTS[name])
    assert doc, f"{name} has no docstring"
    summary = doc.splitlines()[0]
    assert summary and not summary.startswith(">>>"), f"{name}: the docstring opens with a summary"
    assert ">>>" in doc, f"{name}: the docstring has no >>> example"


@pytest.mark.parametrize("name", sorted(OBJECTS))
def test_every_docstring_example_runs_and_shows_what_it_says(name: str) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(docstring(OBJECTS[name]), {"textfacts": textfacts}, name, None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    out: list[str] = []
    result = runner.run(test, out=out.append)
    assert result.attempted > 0
    assert result.failed == 0, "".join(out)


CALLABLES = {name: obj for name, obj in OBJECTS.items() if callable(obj) and name != "textfacts"}


@pytest.mark.parametrize("name", sorted(CALLABLES))
def test_help_shows_the_signature_of_every_callable(name: str) -> None:
    obj = CALLABLES[name]
    signature = inspect.signature(getattr(obj, "__func__", obj))
    assert "args" not in signature.parameters, f"{name}{signature} hides its parameters"
    # A default pyo3 cannot spell shows as "..." (Ellipsis) unless text_signature spells it.
    assert "Ellipsis" not in str(signature) and "..." not in str(signature), f"{name}{signature}"


def test_help_of_the_extractor_reads_as_a_manual() -> None:
    text = subprocess.run(
        [sys.executable, "-c", "import textfacts; help(textfacts.Extractor)"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PAGER": "cat", "TERM": "dumb"},
    ).stdout
    assert "Extractor(gazetteer=None, *, builtin=True, splitter=None, numbers=None)" in text
    assert "extract_many(self, /, texts, threads=None, progress=False)" in text
    assert ">>> extractor = textfacts.Extractor()" in text


def test_every_class_has_a_short_repr_that_names_it() -> None:
    doc = textfacts.Extractor().extract("In France, about 87 people died.")
    samples = [
        doc,
        doc.sentences[0],
        doc.entities[0],
        doc.facts[0],
        textfacts.Extractor(),
        textfacts.SentenceSplitter(),
        textfacts.NumberExtractor(),
        textfacts.Gazetteer.builtin(),
        textfacts.Extractor().extract("x" * 10_000),
    ]
    for obj in samples:
        text = repr(obj)
        assert text.startswith(type(obj).__name__ + "("), text
        assert len(text) <= 200, text


def test_the_stub_docstrings_are_the_runtime_ones() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "sync_stub_docs.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
