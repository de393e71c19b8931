"""textfacts beside FlashText, pyahocorasick and spaCy's PhraseMatcher on one corpus and gazetteer.

Only finding is timed, best of --repeat runs (spaCy's includes tokenising).
Case-insensitive, whole-word, leftmost-longest matching of places_small.tsv over the Reuters corpus;
prints MB/s, speed ratios and match counts, and the spans on which each peer differs from
textfacts. Peers live in a separate venv:

    python3 -m venv .venv-bench
    .venv-bench/bin/pip install -r scripts/requirements-bench-gazetteer.txt
    source scripts/env.sh && build_extension       # builds textfacts into .venv
    .venv-bench/bin/pip install --no-deps -e .     # or: maturin develop with .venv-bench active
    .venv-bench/bin/python scripts/compare_gazetteer.py [--mb N] [--no-spacy]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import textfacts

ROOT = Path(__file__).resolve().parents[1]


def is_word(c: str) -> bool:
    return c.isalnum()


def load(data: Path, mb: float | None) -> tuple[list[str], list[str]]:
    texts = []
    total = 0
    with open(data / "corpus" / "reuters21578.jsonl", encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)["text"]
            total += len(t.encode())
            if mb is not None and total > mb * 1e6:
                break
            texts.append(t)
    with open(data / "gazetteers" / "places_small.tsv", encoding="utf-8") as f:
        patterns = [line.split("\t")[0] for line in f if line.strip()]
    return texts, patterns


def run_textfacts(texts, patterns):
    gaz = textfacts.Gazetteer([(p, "X") for p in patterns], case="insensitive")
    return lambda: [[(e.start, e.end) for e in gaz.find(t)] for t in texts]


def run_flashtext(texts, patterns):
    from flashtext import KeywordProcessor

    kp = KeywordProcessor(case_sensitive=False)
    for p in patterns:
        kp.add_keyword(p)
    return lambda: [[(s, e) for _, s, e in kp.extract_keywords(t, span_info=True)] for t in texts]


def run_pyahocorasick(texts, patterns):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for p in patterns:
        automaton.add_word(p.lower(), len(p))
    automaton.make_automaton()
    return lambda: _scan(automaton, texts)


def _scan(automaton, texts):
    out = []
    for t in texts:
        low = t.lower()
        # Every match, kept when on word boundaries, then leftmost-longest greedily.
        cands = []
        for end, n in automaton.iter(low):
            s, e = end - n + 1, end + 1
            if (s == 0 or not is_word(low[s - 1])) and (e == len(low) or not is_word(low[e])):
                cands.append((s, e))
        cands.sort(key=lambda x: (x[0], -x[1]))
        spans, last = [], 0
        for s, e in cands:
            if s >= last:
                spans.append((s, e))
                last = e
        out.append(spans)
    return out


def run_spacy(texts, patterns):
    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("X", list(nlp.tokenizer.pipe(patterns)))
    return lambda: _phrase_match(nlp, matcher, texts)


def _phrase_match(nlp, matcher, texts):
    from spacy.util import filter_spans

    out = []
    for doc in nlp.tokenizer.pipe(texts):
        spans = filter_spans([doc[s:e] for _, s, e in matcher(doc)])
        out.append(sorted((sp.start_char, sp.end_char) for sp in spans))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=None, help="use only the first N MB")
    parser.add_argument("--no-spacy", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="time the best of N runs")
    args = parser.parse_args()
    data = Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))
    texts, patterns = load(data, args.mb)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} stories, {mb:.1f} MB; {len(patterns)} patterns (places_small.tsv)")
    runs = [("textfacts", run_textfacts), ("flashtext", run_flashtext)]
    runs.append(("pyahocorasick", run_pyahocorasick))
    if not args.no_spacy:
        runs.append(("spacy PhraseMatcher", run_spacy))
    results = {}
    for name, fn in runs:
        find_all = fn(texts, patterns)  # building is not timed: only finding
        secs = float("inf")
        for _ in range(max(1, args.repeat)):  # best of N: the machine is shared
            start = time.perf_counter()
            spans = find_all()
            secs = min(secs, time.perf_counter() - start)
        results[name] = (spans, mb / secs)
    base_speed = results["textfacts"][1]
    base = results["textfacts"][0]
    print(f"{'library':22} {'MB/s':>8} {'textfacts is':>14} {'matches':>9} {'differ':>7}")
    for name, (spans, speed) in results.items():
        n = sum(len(s) for s in spans)
        diff = [
            (i, sp, name in ("textfacts",))
            for i, (a, b) in enumerate(zip(base, spans))
            for sp in set(a) ^ set(b)
        ]
        print(f"{name:22} {speed:8.1f} {base_speed / speed:13.1f}x {n:9d} {len(diff):7d}")
        for i, (s, e), _ in diff[:5]:
            ours = (s, e) in set(base[i])
            who = "only textfacts" if ours else f"only {name}"
            print(f"    {who}: {texts[i][max(0, s - 20) : e + 20]!r} -> {texts[i][s:e]!r}")


if __name__ == "__main__":
    main()
