"""The sentence splitter keeps the accuracy docs/BENCHMARKS.md claims (scripts/eval_sentences.py
holds the claimed figures in ``CLAIMS``; docs/BENCHMARKS.md and the README quote them)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from conftest import ROOT, require_data


def load_eval():
    spec = importlib.util.spec_from_file_location(
        "eval_sentences", ROOT / "scripts" / "eval_sentences.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EVAL = load_eval()


def test_all_claimed_golden_rules_pass() -> None:
    rules = EVAL.load_golden(require_data("sbd/golden_rules_en.json"))
    split, _ = EVAL.textfacts_splitters()
    passed, failures = EVAL.golden_rules(split, rules)
    assert passed >= EVAL.CLAIMS["golden_rules_passed"], "\n".join(failures)


def test_ewt_dev_boundary_f1_is_at_least_the_claim() -> None:
    docs = EVAL.load_ewt(require_data("sbd/ud_en_ewt_dev.jsonl"))
    _, ends = EVAL.textfacts_splitters()
    _, _, f1 = EVAL.boundary_scores(ends, docs)
    assert f1 >= EVAL.CLAIMS["ewt_dev_f1"], (
        f"EWT dev F1 {f1:.4f} < claimed {EVAL.CLAIMS['ewt_dev_f1']}"
    )


@pytest.mark.parametrize("key", ["golden_rules_passed", "ewt_dev_f1"])
def test_the_docs_quote_the_claims(key: str) -> None:
    benchmarks = (ROOT / "docs" / "BENCHMARKS.md").read_text(encoding="utf-8")
    section = benchmarks.split("## Sentence splitting", 1)[1].split("\n## ", 1)[0]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    figures = readme.split("## Current figures", 1)[1].split("\n## ", 1)[0]
    claim = EVAL.CLAIMS[key]
    shown = f"{claim}/48" if key == "golden_rules_passed" else f"{claim:.3f}"
    assert re.search(re.escape(shown), section), f"BENCHMARKS' sentence section lacks {shown}"
    assert re.search(re.escape(shown), figures), f"README's current figures lack {shown}"


def test_sample_article_splits_at_its_headline_quotes_and_list() -> None:
    text = (Path(ROOT) / "examples" / "article.txt").read_text(encoding="utf-8")
    import textfacts

    sentences = [s.text for s in textfacts.split_sentences(text)]
    assert sentences[0] == "Northfield council agrees £3.5bn flood defence plan after record winter"
    assert any(s.startswith("Mr Hughes, the council leader,") for s in sentences)
    assert any(s.startswith("Dr Patel, a hydrologist") for s in sentences)
    assert '"Who is paying for the overrun?" she asked.' in sentences
    assert sentences[-3:] == [
        "- Homes evacuated this winter: 1,214",
        "- Length of new embankments: 27 miles",
        "- Expected completion: 2031",
    ]
