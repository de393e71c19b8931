"""Seed corpora for the fuzz targets that read plain text, made from the evaluation data.

Writes one file per seed into OUT/<target>/ (scripts/fuzz uses fuzz/seeds, ignored by git): the
texts of the sentence golden rules (every language), the inputs of the Recognizers-Text number
specs, and snippets of the Reuters stories. The data is read where it lives (TEXTFACTS_DATA,
default ../shared/data) each time the fuzzers run, never copied into the repository; the
regression inputs, which are ours, live in fuzz/regressions and are passed to libFuzzer as they
are.

    python3 scripts/fuzz_seeds.py OUT
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# libFuzzer's -max_len in scripts/fuzz; longer seeds would be cut.
MAX_BYTES = 65536
# Reuters snippets: enough stories to reach every stage's common paths, few enough that
# libFuzzer reads the corpus in a second or two.
REUTERS_STORIES = 400
SNIPPET_BYTES = 2048


def golden_rules(data: Path) -> list[str]:
    texts = []
    for path in sorted((data / "sbd").glob("golden_rules_*.json")):
        texts += [rule["text"] for rule in json.loads(path.read_text(encoding="utf-8"))]
    return texts


def number_specs(data: Path) -> list[str]:
    texts = []
    for path in sorted((data / "numbers" / "recognizers").glob("*.json")):
        texts += [case["Input"] for case in json.loads(path.read_text(encoding="utf-8"))]
    return texts


def reuters(data: Path) -> list[str]:
    texts = []
    with open(data / "corpus" / "reuters21578.jsonl", encoding="utf-8") as f:
        for line in f:
            if len(texts) >= REUTERS_STORIES:
                break
            if line.strip():
                text = json.loads(line)["text"]
                # A snippet cut on a character boundary.
                texts.append(text.encode()[:SNIPPET_BYTES].decode(errors="ignore"))
    return texts


def write(out: Path, texts: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for text in texts:
        raw = text.encode()[:MAX_BYTES]
        if raw:
            (out / hashlib.sha1(raw).hexdigest()).write_bytes(raw)
            written += 1
    return written


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    data = Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))
    if not data.is_dir():
        sys.exit(f"fuzz_seeds: no evaluation data at {data} (set TEXTFACTS_DATA)")
    rules, specs, stories = golden_rules(data), number_specs(data), reuters(data)
    per_target = {
        "sentences": rules + stories,
        "numbers": specs + stories,
        "extractor": rules + specs + stories,
        "linearity": rules + specs + stories,
    }
    for target, texts in per_target.items():
        n = write(out / target, texts)
        print(f"fuzz_seeds: {n} seeds for {target}")


if __name__ == "__main__":
    main()
