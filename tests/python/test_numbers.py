"""Numeric facts from Python: values, offsets in ``str`` indices, pickling, options, and
the accuracy the README claims."""

from __future__ import annotations

import importlib.util
import math
import pickle
import re
import sys
from pathlib import Path

import pytest
import textfacts
from conftest import ROOT, require_data


def _one(text: str) -> textfacts.NumericFact:
    facts = textfacts.extract_numbers(text)
    assert len(facts) == 1, facts
    return facts[0]


def test_a_fact_holds_its_value_kind_unit_scale_and_noun() -> None:
    text = "A total of 87 people, including many children, died. They paid £3.5bn."
    people, money = textfacts.extract_numbers(text)
    assert (people.text, people.kind, people.value, people.noun) == (
        "87",
        "cardinal",
        87.0,
        "people",
    )
    assert text[people.noun_start : people.noun_end] == "people"
    assert (money.text, money.kind, money.value, money.unit, money.scale) == (
        "£3.5bn",
        "money",
        3.5e9,
        "GBP",
        "bn",
    )
    assert money.qualifier == "exact"
    assert money.noun is None and money.noun_start is None


def test_percentages_keep_their_written_value() -> None:
    f = _one("up about 12 per cent")
    assert (f.text, f.kind, f.value, f.unit, f.qualifier) == (
        "about 12 per cent",
        "percent",
        12.0,
        "%",
        "approx",
    )


def test_ranges_have_low_and_high() -> None:
    f = _one("between 150 and 200 people")
    assert (f.value, f.low, f.high, f.noun) == (None, 150.0, 200.0, "people")


@pytest.mark.parametrize(
    "text",
    [
        "Zoë paid €5 — 東京 12% 🙂 and 3 km",
        "👩‍👩‍👧 families: 87 people, e\u0301 £3.5bn",
        "\u200fשלום\u200f 1\u202f234\u202f567 units",
    ],
)
def test_offsets_are_str_indices_on_any_text(text: str) -> None:
    facts = textfacts.extract_numbers(text)
    assert facts
    for f in facts:
        assert text[f.start : f.end] == f.text
        if f.noun is not None:
            assert text[f.noun_start : f.noun_end] == f.noun


def test_facts_compare_and_pickle() -> None:
    f = _one("at least $5m")
    assert pickle.loads(pickle.dumps(f)) == f
    assert f == textfacts.extract_numbers("at least $5m")[0]
    assert f != _one("at least $6m")
    assert repr(f).startswith("NumericFact(0, 12, 'at least $5m', kind='money', value=5000000.0")
    assert f.to_dict()["unit"] == "USD"


def test_dates_names_and_identifiers_are_not_facts() -> None:
    for text in ["Dec. 31", "at 4.15am", "G7 leaders", "a Boeing 737", "COVID-19", "Route 66"]:
        assert textfacts.extract_numbers(text) == [], text


def test_years_are_their_own_kind() -> None:
    assert [f.kind for f in textfacts.extract_numbers("in 2016, since 1999, the 1990s")] == [
        "year"
    ] * 3


def test_extractor_options() -> None:
    e = textfacts.NumberExtractor(years=False, vague=True)
    assert (e.years, e.vague, e.ordinals, e.nouns) == (False, True, True, True)
    facts = e.extract("In 2016 dozens of people came.")
    assert [(f.text, f.value) for f in facts] == [("dozens of", None)]
    assert pickle.loads(pickle.dumps(e)).vague is True
    assert repr(e) == "NumberExtractor(years=False, vague=True, ordinals=True, nouns=True)"


def test_absurd_input_is_infinite_not_a_hang() -> None:
    f = _one("1" + "0" * 100_000)
    assert math.isinf(f.value)
    assert textfacts.extract_numbers("million " * 100_000) == []


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="must be str"):
        textfacts.extract_numbers(b"12 pct")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="index 3"):
        textfacts.extract_numbers("12 \ud800")


def _load_eval():
    spec = importlib.util.spec_from_file_location(
        "eval_numbers", ROOT / "scripts" / "eval_numbers.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_numbers"] = module
    spec.loader.exec_module(module)
    return module


def _readme_section() -> str:
    # The full tables moved from the README to docs/BENCHMARKS.md; the README keeps a summary.
    benchmarks = (ROOT / "docs" / "BENCHMARKS.md").read_text(encoding="utf-8")
    return benchmarks.split("## Numeric facts", 1)[1].split("\n## ", 1)[0]


def test_recognizers_scores_do_not_drop_below_the_readme() -> None:
    require_data("numbers/recognizers/NumberModel.json")
    ev = _load_eval()
    claimed = {}
    for line in _readme_section().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] in ev.MODELS and len(cells) >= 4:
            claimed[cells[0]] = float(cells[3])
    assert {"NumberModel", "PercentModel", "CurrencyModel", "NumberRangeModel"} <= set(claimed)
    rows = {r["model"]: r for r in ev.evaluate()}
    for model, recall in claimed.items():
        assert rows[model]["recall"] >= recall - 1e-9, (model, rows[model]["recall"], recall)


def test_reuters_precision_does_not_drop_below_the_readme() -> None:
    require_data("corpus/reuters21578.jsonl")
    ev = _load_eval()
    match = re.search(r"precision \*\*(\d\.\d+)\*\*", _readme_section())
    assert match, "docs/BENCHMARKS.md must state the Reuters precision as **0.xx**"
    result = ev.score_reuters()
    assert result["precision"] >= float(match.group(1)) - 1e-9, result["precision"]


def test_the_annotations_are_short_excerpts_with_offsets() -> None:
    path = Path(ROOT / "tests" / "data" / "reuters_numbers_gold.jsonl")
    ev = _load_eval()
    gold = ev.load_gold(path)
    assert len(gold) >= 100
    for g in gold:
        assert g["end"] - g["start"] == len(g["excerpt"]) <= 60
        assert g["kind"] in {"none", "cardinal", "ordinal", "percent", "money", "quantity", "year"}
