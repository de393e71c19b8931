"""Scores textfacts' numeric facts on the Recognizers-Text English specs.

    python scripts/eval_numbers.py            # prints the table
    python scripts/eval_numbers.py --misses NumberModel   # and what was missed
    python scripts/eval_numbers.py --peers    # and the peers, in .venv-bench

The specs (``$TEXTFACTS_DATA/numbers/recognizers/<Model>.json``) are the test
suite of Microsoft Recognizers-Text: each case is an ``Input`` and the
``Results`` expected, with ``Start`` and an inclusive ``End`` (str indices).

Definitions (one expected result = one "expected value"):

* Cases whose ``NotSupported`` names ``dotnet`` are skipped: the reference
  implementation itself does not produce them. Every other case counts,
  including those other ports (Python, JavaScript, Java) do not support.
* Every expected result with a value counts (``scored``): a number, an
  interval, or the position of a relative ordinal ("end+0" for "last",
  "current+1" for "next"), which a fact recalls with an equal
  ``relative``. Results without one ("celsius" in "convert 10 celsius to
  fahrenheit", a bare "percent") are counted in ``results`` but not scored.
* An expected result is *recalled* when a fact overlaps its span and has
  its value, and, for the models about one kind of fact (``KIND_MODELS``),
  is of that kind (``TARGET_KINDS``: an age for AgeModel, a temperature for
  TemperatureModel, an ordinal for OrdinalModel...). The value is matched:
  ``value`` equal within 1e-6 (relative), or, for a range fact, ``low`` or
  ``high`` equal. An interval ``[a,b]`` is recalled by a
  range fact with ``low == a`` and ``high == b``; a one-sided interval by a
  fact with that value and the matching qualifier: ``(a,)`` more_than,
  ``[a,)`` at_least, ``(,b)`` less_than, ``(,b]`` at_most, ``[a,a]`` exact.
* *Unit* recall is the share of the results that name a unit (Dimension,
  Temperature and Age) recalled by a fact whose unit is that unit: the
  fact's symbol is named through ``src/numeric/dimensions.tsv`` ("lb" is
  "pound") and compared with the spec's name ("Pound") ignoring case and
  plural.
* *Exact span* is the share of results recalled by a fact whose span is
  exactly the expected span.
* *Precision* is the share of the facts of the model's kind that recall
  some expected result of their case.

``--peers`` scores quantulum3 and the Recognizers-Text Python port the same
way, in the same run, each in ``.venv-bench`` (set it up as
``scripts/compare_numbers.py`` says). Each peer's output for a model is
taken as of that model's kind: the Recognizers-Text port is run with the
recognizer of that model, quantulum3's quantities are split by its entity
(temperature, or any other dimension for DimensionModel; it has no ages
or ordinals).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

MODELS = [
    "NumberModel",
    "NumberRangeModel",
    "PercentModel",
    "OrdinalModel",
    "CurrencyModel",
    "DimensionModel",
    "TemperatureModel",
    "AgeModel",
]


def _any_but_year_ordinal(f: dict) -> bool:
    return f["kind"] not in ("year", "ordinal", "age")


def _bounded(f: dict) -> bool:
    return f["low"] is not None or f["qualifier"] not in ("exact", "approx")


def unit_table(path: Path = ROOT / "src" / "numeric" / "dimensions.tsv") -> dict[str, tuple]:
    """symbol -> (name, dimension), from the project's own unit table."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            symbol, name, dimension = line.split("\t")[:3]
            table[symbol] = (name, dimension)
    return table


UNITS = unit_table()


def dimension(f: dict) -> str | None:
    """The fact's dimension: its own field where it has one, else its unit's."""
    if f.get("dimension"):
        return f["dimension"]
    return UNITS.get(f.get("unit") or "", (None, None))[1]


def _temperature(f: dict) -> bool:
    return f["kind"] == "quantity" and dimension(f) == "temperature"


def _dimension(f: dict) -> bool:
    # Recognizers-Text's dimensions are lengths, weights, volumes, areas,
    # speeds, angles and information: durations are not among them.
    return f["kind"] == "quantity" and dimension(f) not in ("temperature", "time")


TARGET_KINDS: dict[str, Callable[[dict], bool]] = {
    "NumberModel": _any_but_year_ordinal,
    "NumberRangeModel": _bounded,
    "PercentModel": lambda f: f["kind"] == "percent",
    "OrdinalModel": lambda f: f["kind"] == "ordinal",
    "CurrencyModel": lambda f: f["kind"] == "money",
    "DimensionModel": _dimension,
    "TemperatureModel": _temperature,
    "AgeModel": lambda f: f["kind"] == "age",
}

# The models whose results a fact must match in kind to recall them; a
# number or a range is recalled by a fact of any kind with its value.
KIND_MODELS = {
    "PercentModel",
    "OrdinalModel",
    "CurrencyModel",
    "DimensionModel",
    "TemperatureModel",
    "AgeModel",
}
# The models whose units are scored (currencies are scored by value).
UNIT_MODELS = {"DimensionModel", "TemperatureModel", "AgeModel"}

# The spec's names for units that are not the English name of a symbol.
SPEC_UNIT_NAMES = {"c": "degree celsius", "f": "degree fahrenheit"}


def _unit_key(name: str) -> str:
    key = name.lower().replace("-", " ").strip().removesuffix(" mass")
    for british, american in (("metre", "meter"), ("litre", "liter"), ("tonne", "ton")):
        key = key.replace(british, american)
    key = SPEC_UNIT_NAMES.get(key, key)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def same_unit(fact: dict, result: dict) -> bool:
    want = (result.get("Resolution") or {}).get("unit")
    if not want:
        return False
    got = fact.get("unit_name") or UNITS.get(fact.get("unit") or "", (None,))[0]
    return bool(got) and _unit_key(got) == _unit_key(want)


def data_dir() -> Path:
    return Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))


def load_cases(model: str, base: Path | None = None) -> list[dict]:
    path = (base or data_dir()) / "numbers" / "recognizers" / f"{model}.json"
    with open(path, encoding="utf-8-sig") as fh:
        cases = json.load(fh)
    return [c for c in cases if "dotnet" not in (c.get("NotSupported") or "").lower()]


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "").rstrip("%"))
    except (TypeError, ValueError):
        return None


def expected_value(model: str, result: dict):
    """A float, an interval ``(low, low_closed, high, high_closed)``, a relative
    ordinal's position ("end+0"), or None."""
    value = (result.get("Resolution") or {}).get("value")
    if value is None:
        return None
    if model == "NumberRangeModel":
        v = value.strip()
        if len(v) < 3 or v[0] not in "[(" or v[-1] not in "])":
            return None
        lo, _, hi = v[1:-1].partition(",")
        return (_number(lo) if lo else None, v[0] == "[", _number(hi) if hi else None, v[-1] == "]")
    number = _number(str(value))
    # A relative ordinal's value is a position, not a number ("end+0" for
    # "last", "current+1" for "next"): kept as written, to be matched as such.
    return str(value) if number is None and model == "OrdinalModel" else number


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def recalls(fact: dict, expected) -> bool:
    if isinstance(expected, str):
        return fact.get("relative") == expected
    if isinstance(expected, tuple):
        lo, lo_closed, hi, hi_closed = expected
        if lo is not None and hi is not None:
            if _close(lo, hi):
                return _close(fact["value"], lo) and fact["qualifier"] == "exact"
            return _close(fact["low"], lo) and _close(fact["high"], hi)
        if lo is not None:
            want = "at_least" if lo_closed else "more_than"
            return _close(fact["value"], lo) and fact["qualifier"] == want
        if hi is not None:
            want = "at_most" if hi_closed else "less_than"
            return _close(fact["value"], hi) and fact["qualifier"] == want
        return False
    return (
        _close(fact["value"], expected)
        or _close(fact["low"], expected)
        or _close(fact["high"], expected)
    )


def textfacts_extract(texts: list[str]) -> list[list[dict]]:
    import textfacts

    return [[_as_dict(f) for f in textfacts.extract_numbers(t)] for t in texts]


def _as_dict(f) -> dict:
    return {
        "start": f.start,
        "end": f.end,
        "kind": f.kind,
        "value": f.value,
        "low": f.low,
        "high": f.high,
        "qualifier": f.qualifier,
        "unit": f.unit,
    }


def _best_hit(model: str, result: dict, ev, facts: list[dict]) -> int | None:
    """The fact of the model's kind that recalls ``result``, preferring the exact span."""
    s, e = result["Start"], result["End"] + 1
    hit = None
    for k, f in enumerate(facts):
        if not (f["start"] < e and s < f["end"]):
            continue
        if model in KIND_MODELS and not TARGET_KINDS[model](f):
            continue
        if recalls(f, ev) and (hit is None or (f["start"], f["end"]) == (s, e)):
            hit = k
    return hit


def score(model: str, cases: list[dict], facts_per_case: Iterable[list[dict]]) -> dict:
    results_n = scoreable = recalled = exact = with_unit = unit_hits = 0
    target = matched_facts = 0
    misses: list[str] = []
    wrong: list[str] = []
    for case, facts in zip(cases, facts_per_case):
        used = [False] * len(facts)
        for r in case.get("Results") or []:
            results_n += 1
            ev = expected_value(model, r)
            if ev is None:
                continue
            has_unit = model in UNIT_MODELS and bool((r.get("Resolution") or {}).get("unit"))
            with_unit += has_unit
            scoreable += 1
            hit = _best_hit(model, r, ev, facts)
            if hit is None:
                misses.append(f"{case['Input'][:90]!r}: want {r['Text']!r}={ev}")
                continue
            used[hit] = True
            recalled += 1
            unit_hits += has_unit and same_unit(facts[hit], r)
            if (facts[hit]["start"], facts[hit]["end"]) == (r["Start"], r["End"] + 1):
                exact += 1
        for k, f in enumerate(facts):
            if TARGET_KINDS[model](f):
                target += 1
                matched_facts += used[k]
                if not used[k]:
                    got = case["Input"][f["start"] : f["end"]]
                    wrong.append(
                        f"{case['Input'][:90]!r}: extra {got!r} {f['kind']} {f['value']}"
                        f" {f.get('unit')}"
                    )
    return {
        "model": model,
        "cases": len(cases),
        "results": results_n,
        "scoreable": scoreable,
        "recall": recalled / scoreable if scoreable else 0.0,
        "unit_recall": unit_hits / with_unit if model in UNIT_MODELS and with_unit else None,
        "exact_span": exact / scoreable if scoreable else 0.0,
        "precision": matched_facts / target if target else 0.0,
        "facts": target,
        "misses": misses,
        "wrong": wrong,
    }


# Runs in .venv-bench: reads {"model", "texts"} on stdin, writes one list of
# facts (this script's dict shape) per text.
PEER_CODE = r"""
import json, sys, warnings
warnings.simplefilter("ignore")
name = sys.argv[1]
job = json.load(sys.stdin)
model, texts = job["model"], job["texts"]
KIND = {"NumberModel": "cardinal", "NumberRangeModel": "cardinal", "PercentModel": "percent",
        "OrdinalModel": "ordinal", "CurrencyModel": "money", "DimensionModel": "quantity",
        "TemperatureModel": "quantity", "AgeModel": "age"}

def num(x):
    try:
        return float(str(x).replace(",", "").rstrip("%"))
    except (TypeError, ValueError):
        return None

def fact(start, end, kind, value, unit_name=None, dimension=None):
    return {"start": start, "end": end, "kind": kind, "value": value, "low": None,
            "high": None, "qualifier": "exact", "unit": None, "unit_name": unit_name,
            "dimension": dimension}

out = []
if name == "recognizers-text":
    import recognizers_suite as rs
    fn = {"NumberModel": "recognize_number", "OrdinalModel": "recognize_ordinal",
          "PercentModel": "recognize_percentage", "CurrencyModel": "recognize_currency",
          "DimensionModel": "recognize_dimension", "TemperatureModel": "recognize_temperature",
          "AgeModel": "recognize_age"}.get(model)
    for t in texts:
        facts = []
        for r in (getattr(rs, fn)(t, rs.Culture.English) if fn else []):
            res = r.resolution or {}
            dim = {"TemperatureModel": "temperature", "DimensionModel": "other"}.get(model)
            f = fact(r.start, r.end + 1, KIND[model], num(res.get("value")),
                     res.get("unit"), dim)
            if f["value"] is None and res.get("value") is not None:
                f["relative"] = str(res["value"])
            facts.append(f)
        out.append(facts)
else:
    from quantulum3 import parser
    for t in texts:
        facts = []
        for q in parser.parse(t):
            entity, unit = q.unit.entity.name, q.unit.name
            if entity == "dimensionless":
                kind, dim = ("percent", None) if unit == "percentage" else ("cardinal", None)
            elif entity == "currency":
                kind, dim = "money", None
            else:
                kind, dim = "quantity", entity
            facts.append(fact(q.span[0], q.span[1], kind, num(q.value), unit, dim))
        out.append(facts)
json.dump(out, sys.stdout)
"""

PEERS = ["quantulum3", "recognizers-text"]


def peer_extract(name: str, model: str, venv: Path) -> Callable[[list[str]], list[list[dict]]]:
    def run(texts: list[str]) -> list[list[dict]]:
        import subprocess

        job = json.dumps({"model": model, "texts": texts})
        done = subprocess.run(
            [str(venv / "bin" / "python"), "-c", PEER_CODE, name],
            input=job,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout)

    return run


def evaluate(
    extract: Callable[[list[str]], list[list[dict]]] = textfacts_extract,
    base: Path | None = None,
    peer: str | None = None,
    venv: Path = ROOT / ".venv-bench",
) -> list[dict]:
    rows = []
    for model in MODELS:
        cases = load_cases(model, base)
        run = peer_extract(peer, model, venv) if peer else extract
        rows.append(score(model, cases, run([c["Input"] for c in cases])))
    return rows


GOLD = ROOT / "tests" / "data" / "reuters_numbers_gold.jsonl"


def load_gold(path: Path = GOLD) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_docs(ids: set[str], base: Path | None = None) -> dict[str, str]:
    docs = {}
    with open((base or data_dir()) / "corpus" / "reuters21578.jsonl", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in ids:
                docs[d["id"]] = d["text"]
    return docs


def _gold_match(fact: dict, g: dict) -> bool:
    if g["kind"] != fact["kind"]:
        return False
    if "low" in g:
        return _close(fact["low"], g["low"]) and _close(fact["high"], g["high"])
    return _close(fact["value"], g.get("value"))


def score_reuters(
    extract: Callable[[list[str]], list[list[dict]]] = textfacts_extract,
    base: Path | None = None,
) -> dict:
    """Precision and recall on the hand-annotated Reuters sample.

    A fact is correct when it overlaps a gold fact of the same kind and
    value; a fact that overlaps a gold "none" (a date, name, grade,
    identifier, list label) is a *false fact*; a fact that overlaps no
    annotation at all counts as wrong too.
    """
    gold = load_gold()
    docs = load_docs({g["doc"] for g in gold}, base)
    ids = sorted(docs)
    by_doc: dict[str, list[dict]] = {i: [] for i in ids}
    for g in gold:
        by_doc[g["doc"]].append(g)
    predicted = correct = false_facts = 0
    found = set()
    wrong = []
    for doc_id, facts in zip(ids, extract([docs[i] for i in ids])):
        for f in facts:
            predicted += 1
            overlapping = [
                k
                for k, g in enumerate(by_doc[doc_id])
                if g["start"] < f["end"] and f["start"] < g["end"]
            ]
            hits = [k for k in overlapping if _gold_match(f, by_doc[doc_id][k])]
            if hits:
                correct += 1
                found.update((doc_id, k) for k in hits)
                continue
            if any(by_doc[doc_id][k]["kind"] == "none" for k in overlapping):
                false_facts += 1
            text = docs[doc_id][f["start"] : f["end"]]
            wrong.append(f"{doc_id} {f['start']}: {text!r} {f['kind']} {f['value']}")
    gold_facts = sum(g["kind"] != "none" for g in gold)
    recalled = sum(
        1
        for doc_id in ids
        for k, g in enumerate(by_doc[doc_id])
        if g["kind"] != "none" and (doc_id, k) in found
    )
    return {
        "docs": len(ids),
        "annotated": len(gold),
        "gold_facts": gold_facts,
        "not_facts": len(gold) - gold_facts,
        "predicted": predicted,
        "precision": correct / predicted if predicted else 0.0,
        "recall": recalled / gold_facts if gold_facts else 0.0,
        "false_facts": false_facts,
        "wrong": wrong,
    }


def print_table(rows: list[dict], out=sys.stdout, who: str = "textfacts") -> None:
    print(
        f"{who:<18}{'cases':>6}{'results':>8}{'scored':>8}{'recall':>8}{'unit':>7}"
        f"{'exact':>7}{'precision':>11}",
        file=out,
    )
    for r in rows:
        unit = "" if r["unit_recall"] is None else f"{r['unit_recall']:.3f}"
        print(
            f"{r['model']:<18}{r['cases']:>6}{r['results']:>8}{r['scoreable']:>8}"
            f"{r['recall']:>8.3f}{unit:>7}{r['exact_span']:>7.3f}{r['precision']:>11.3f}",
            file=out,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", metavar="MODEL", help="also list the misses of MODEL")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--peers", action="store_true", help="also score the peers installed in .venv-bench"
    )
    args = parser.parse_args(argv)
    rows = evaluate()
    reuters = score_reuters()
    if args.json:
        table = [{k: v for k, v in r.items() if k not in ("misses", "wrong")} for r in rows]
        print(
            json.dumps(
                {
                    "recognizers": table,
                    "reuters": {k: v for k, v in reuters.items() if k != "wrong"},
                }
            )
        )
    else:
        print_table(rows)
        print(
            f"\nReuters sample ({reuters['docs']} documents,"
            f" {reuters['annotated']} annotated numbers:"
            f" {reuters['gold_facts']} facts, {reuters['not_facts']} not facts):"
            f" precision {reuters['precision']:.3f} of {reuters['predicted']} facts,"
            f" recall {reuters['recall']:.3f}, false facts from dates/names/identifiers/labels"
            f" {reuters['false_facts']}"
        )
        if args.misses == "reuters":
            print("\n".join(reuters["wrong"]))
        for peer in PEERS if args.peers else []:
            print()
            print_table(evaluate(peer=peer), who=peer)
    if args.misses:
        for r in rows:
            if r["model"] == args.misses:
                print(f"\nmissed ({len(r['misses'])}):")
                print("\n".join(r["misses"]))
                print(f"\nfacts matching nothing ({len(r['wrong'])}):")
                print("\n".join(r["wrong"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
