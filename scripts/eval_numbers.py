"""Scores textfacts' numeric facts on the Recognizers-Text English specs.

    python scripts/eval_numbers.py            # prints the table
    python scripts/eval_numbers.py --misses NumberModel   # and what was missed

The specs (``$TEXTFACTS_DATA/numbers/recognizers/<Model>.json``) are the test
suite of Microsoft Recognizers-Text: each case is an ``Input`` and the
``Results`` expected, with ``Start`` and an inclusive ``End`` (str indices).

Definitions (one expected result = one "expected value"):

* Cases whose ``NotSupported`` names ``dotnet`` are skipped: the reference
  implementation itself does not produce them. Every other case counts,
  including those other ports (Python, JavaScript, Java) do not support.
* An expected result is *scoreable* when it has a numeric value: a number,
  a percentage, an amount, or an interval for NumberRangeModel. Results with
  no value (a bare "percent", "dollar", or a relative ordinal like "last")
  have nothing to recall and are not scored (the table counts them).
* An expected result is *recalled* when some fact's span overlaps its span
  and the fact has its value: ``value`` equal within 1e-6 (relative), or,
  for a range fact, ``low`` or ``high`` equal. An interval ``[a,b]`` is
  recalled by a range fact with ``low == a`` and ``high == b``; a one-sided
  interval by a fact with that value and the matching qualifier: ``(a,)``
  more_than, ``[a,)`` at_least, ``(,b)`` less_than, ``(,b]`` at_most,
  ``[a,a]`` exact.
* *Exact span* is the share of scoreable results recalled by a fact whose
  span is exactly the expected span.
* *Precision* is the share of textfacts' facts of the kinds the model is
  about (see ``TARGET_KINDS``) that recall some expected result of their
  case.
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
    return f["kind"] not in ("year", "ordinal")


def _bounded(f: dict) -> bool:
    return f["low"] is not None or f["qualifier"] not in ("exact", "approx")


def _temperature(f: dict) -> bool:
    return f["kind"] == "quantity" and (f["unit"] or "").startswith("°")


TARGET_KINDS: dict[str, Callable[[dict], bool]] = {
    "NumberModel": _any_but_year_ordinal,
    "NumberRangeModel": _bounded,
    "PercentModel": lambda f: f["kind"] == "percent",
    "OrdinalModel": lambda f: f["kind"] == "ordinal",
    "CurrencyModel": lambda f: f["kind"] == "money",
    "DimensionModel": lambda f: f["kind"] == "quantity" and not _temperature(f),
    "TemperatureModel": _temperature,
    "AgeModel": lambda f: f["kind"] == "cardinal",
}


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
    """A float, an interval ``(low, low_closed, high, high_closed)``, or None."""
    value = (result.get("Resolution") or {}).get("value")
    if value is None:
        return None
    if model == "NumberRangeModel":
        v = value.strip()
        if len(v) < 3 or v[0] not in "[(" or v[-1] not in "])":
            return None
        lo, _, hi = v[1:-1].partition(",")
        return (_number(lo) if lo else None, v[0] == "[", _number(hi) if hi else None, v[-1] == "]")
    return _number(str(value))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def recalls(fact: dict, expected) -> bool:
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


def score(model: str, cases: list[dict], facts_per_case: Iterable[list[dict]]) -> dict:
    scoreable = unscored = recalled = exact = 0
    target = matched_facts = 0
    misses: list[str] = []
    wrong: list[str] = []
    for case, facts in zip(cases, facts_per_case):
        results = case.get("Results") or []
        used = [False] * len(facts)
        for r in results:
            ev = expected_value(model, r)
            if ev is None:
                unscored += 1
                continue
            scoreable += 1
            s, e = r["Start"], r["End"] + 1
            hit = None
            for k, f in enumerate(facts):
                if f["start"] < e and s < f["end"] and recalls(f, ev):
                    if hit is None or (f["start"], f["end"]) == (s, e):
                        hit = k
            if hit is None:
                misses.append(f"{case['Input'][:90]!r}: want {r['Text']!r}={ev}")
                continue
            used[hit] = True
            recalled += 1
            if (facts[hit]["start"], facts[hit]["end"]) == (s, e):
                exact += 1
        for k, f in enumerate(facts):
            if TARGET_KINDS[model](f):
                target += 1
                matched_facts += used[k]
                if not used[k]:
                    got = case["Input"][f["start"] : f["end"]]
                    wrong.append(f"{case['Input'][:90]!r}: extra {got!r} {f['kind']} {f['value']}")
    return {
        "model": model,
        "cases": len(cases),
        "scoreable": scoreable,
        "unscored": unscored,
        "recall": recalled / scoreable if scoreable else 0.0,
        "exact_span": exact / scoreable if scoreable else 0.0,
        "precision": matched_facts / target if target else 0.0,
        "facts": target,
        "misses": misses,
        "wrong": wrong,
    }


def evaluate(
    extract: Callable[[list[str]], list[list[dict]]] = textfacts_extract,
    base: Path | None = None,
) -> list[dict]:
    rows = []
    for model in MODELS:
        cases = load_cases(model, base)
        rows.append(score(model, cases, extract([c["Input"] for c in cases])))
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


def print_table(rows: list[dict], out=sys.stdout) -> None:
    print(
        f"{'model':<18}{'cases':>6}{'scored':>8}{'recall':>8}{'exact':>8}{'precision':>11}",
        file=out,
    )
    for r in rows:
        print(
            f"{r['model']:<18}{r['cases']:>6}{r['scoreable']:>8}{r['recall']:>8.3f}"
            f"{r['exact_span']:>8.3f}{r['precision']:>11.3f}",
            file=out,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", metavar="MODEL", help="also list the misses of MODEL")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
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
