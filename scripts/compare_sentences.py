"""Sentence-splitting speed from Python: textfacts beside its peers on the same Reuters documents.

Setup (once, from the project root)::

    python3 -m venv .venv-bench
    .venv-bench/bin/pip install -r scripts/requirements-bench-sentences.txt
    VIRTUAL_ENV=$PWD/.venv-bench PATH=$PWD/.venv-bench/bin:$PATH maturin develop --release

Run::

    .venv-bench/bin/python scripts/compare_sentences.py [--docs 2000] [--repeat 3]
    .venv-bench/bin/python scripts/compare_sentences.py --language de   # UD German dev text

With ``--language``, the documents are that language's UD dev text (``ud_<lang>_dev.jsonl``)
and the splitters that know the language are given its code: textfacts, pySBD, sentencex.

Every splitter gets the same documents, one call per document, and must return its sentences as
Python objects (textfacts: ``Sentence`` objects with offsets and text; peers: their own results,
materialised as lists). Speed is megabytes of UTF-8 text per second of CPU time
(``time.process_time``), the best of ``--repeat`` runs; peers that are not installed are skipped.
The machine is shared, so compare the ratios measured within one run, not absolute figures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    return Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))


def load_reuters(limit: int) -> list[str]:
    docs = []
    with (data_dir() / "corpus" / "reuters21578.jsonl").open(encoding="utf-8") as f:
        for line in f:
            docs.append(json.loads(line)["text"])
            if limit and len(docs) >= limit:
                break
    return docs


def load_ud(language: str) -> list[str]:
    path = data_dir() / "sbd" / f"ud_{language}_dev.jsonl"
    with path.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def language_splitters(language: str) -> dict[str, Callable[[str], list]]:
    """textfacts, pySBD and sentencex with the language's rules (those installed)."""
    import textfacts

    splitter = textfacts.SentenceSplitter(language=language)
    out: dict[str, Callable[[str], list]] = {"textfacts": splitter.split}
    try:
        import pysbd

        out["pysbd"] = pysbd.Segmenter(language=language, clean=False).segment
    except (ImportError, ValueError):
        print(f"pysbd not installed or without {language!r}: skipped", file=sys.stderr)
    try:
        import sentencex

        out["sentencex"] = lambda t: list(sentencex.segment(language, t))
    except ImportError:
        print("sentencex not installed: skipped", file=sys.stderr)
    return out


def splitters() -> dict[str, Callable[[str], list]]:
    out: dict[str, Callable[[str], list]] = {}
    import textfacts

    out["textfacts"] = textfacts.split_sentences
    try:
        import sentencex

        out["sentencex"] = lambda t: list(sentencex.segment("en", t))
    except ImportError:
        print("sentencex not installed: skipped", file=sys.stderr)
    try:
        import blingfire

        out["blingfire"] = lambda t: blingfire.text_to_sentences(t).split("\n")
    except ImportError:
        print("blingfire not installed: skipped", file=sys.stderr)
    try:
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        out["spacy-sentencizer"] = lambda t: [s.text for s in nlp(t).sents]
    except ImportError:
        print("spacy not installed: skipped", file=sys.stderr)
    try:
        from syntok import segmenter

        out["syntok"] = lambda t: [s for p in segmenter.analyze(t) for s in p]
    except ImportError:
        print("syntok not installed: skipped", file=sys.stderr)
    try:
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        out["pysbd"] = seg.segment
    except ImportError:
        print("pysbd not installed: skipped", file=sys.stderr)
    return out


def measure(split: Callable[[str], list], docs: list[str], repeat: int) -> tuple[float, int]:
    """Best CPU seconds over `repeat` runs, and the number of sentences."""
    best = float("inf")
    count = 0
    for _ in range(repeat):
        start = time.process_time()
        results = [split(d) for d in docs]
        elapsed = time.process_time() - start
        best = min(best, elapsed)
        count = sum(len(r) for r in results)
        del results
    return best, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="Reuters documents (0: all)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per splitter (best counts)")
    parser.add_argument("--slow-repeat", type=int, default=1, help="runs for pysbd and syntok")
    parser.add_argument("--language", help="split this language's UD dev text instead")
    args = parser.parse_args(argv)
    if args.language:
        docs = load_ud(args.language)
        chosen = language_splitters(args.language)
        source = f"UD {args.language} dev"
    else:
        docs = load_reuters(args.docs)
        chosen = splitters()
        source = "Reuters"
    megabytes = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"{len(docs)} {source} documents, {megabytes:.2f} MB; CPU time, best of runs")
    rows = []
    for name, split in chosen.items():
        repeat = args.slow_repeat if name in ("pysbd", "syntok") else args.repeat
        seconds, count = measure(split, docs, repeat)
        rows.append((name, megabytes / seconds, count))
        print(f"  {name:<18} {megabytes / seconds:10.2f} MB/s  {count:7d} sentences", flush=True)
    speed = {name: mbps for name, mbps, _ in rows}
    base = speed["textfacts"]
    print("\n| splitter | MB/s (CPU) | textfacts is × faster | sentences |")
    print("|---|---:|---:|---:|")
    for name, mbps, count in rows:
        print(f"| {name} | {mbps:.2f} | {base / mbps:.1f} | {count} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
