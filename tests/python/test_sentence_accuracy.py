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


@pytest.mark.parametrize("language", EVAL.GOLDEN_LANGUAGES)
def test_every_golden_rule_of_each_language_passes_with_its_rules(language: str) -> None:
    rules = EVAL.load_golden(require_data(f"sbd/golden_rules_{language}.json"))
    split, _ = EVAL.textfacts_splitters(language)
    passed, failures = EVAL.golden_rules(split, rules)
    assert passed == len(rules), "\n".join(failures)


@pytest.mark.parametrize("language", sorted(EVAL.UD_F1_CLAIMS))
def test_ud_dev_f1_of_each_language_is_at_least_the_claim(language: str) -> None:
    docs = EVAL.load_ewt(require_data(f"sbd/ud_{language}_dev.jsonl"))
    _, ends = EVAL.textfacts_splitters(language)
    _, _, f1 = EVAL.boundary_scores(ends, docs)
    claim = EVAL.UD_F1_CLAIMS[language]
    assert f1 >= claim, f"{language} UD dev F1 {f1:.4f} < claimed {claim}"


def test_the_benchmarks_quote_each_language_s_claim() -> None:
    benchmarks = (ROOT / "docs" / "BENCHMARKS.md").read_text(encoding="utf-8")
    section = benchmarks.split("### Other languages", 1)[1].split("\n## ", 1)[0]
    for language, claim in EVAL.UD_F1_CLAIMS.items():
        assert re.search(rf"\| {language} \| [^\n]*\*\*{claim:.3f}", section), language


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
