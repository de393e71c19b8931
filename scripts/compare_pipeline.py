"""The whole pipeline from Python beside the nearest spaCy pipeline, in one run.

textfacts: ``Extractor(gazetteer=...)`` with ``extract`` (one thread) and ``extract_many`` on 1 and
2 threads. spaCy: a blank English model with the sentencizer, a PhraseMatcher (attr LOWER) over the
same gazetteer patterns, and ``like_num`` tokens as numbers. Both read the same Reuters documents.

    python -m venv .venv-bench
    .venv-bench/bin/pip install -r scripts/requirements-bench-pipeline.txt
    VIRTUAL_ENV=$PWD/.venv-bench .venv-bench/bin/maturin develop --release
    .venv-bench/bin/python scripts/compare_pipeline.py [--docs N]

Speeds are MB of UTF-8 text per second of wall time (the batch runs use several threads),
from the fastest of ``--repeat`` runs of each row (3 by default: other work on a shared machine
only ever slows a run down); the ratios come from this one invocation. On a shared machine
wall time moves with the load, so the rows also give MB per second of this process's CPU time
(all threads), which does not: on 2 threads it stays near the 1-thread figure when the threads
add no overhead of their own, which is what a machine with free cores turns into a near-2x
wall-clock speed-up.
``extract`` makes each document's parts into Python objects only when they are read, so the
script also times reading every sentence, entity and fact of every document, and ``to_dict``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import textfacts

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))


def load(n: int) -> list[str]:
    texts = []
    with open(DATA / "corpus" / "reuters21578.jsonl", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    return texts


def timed(fn):
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def cpu_timed(fn):
    """Wall seconds, CPU seconds of this process, and the result."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - t0, time.process_time() - c0, result


def best(fn, repeat: int):
    """``cpu_timed`` of the fastest of ``repeat`` runs of ``fn``; each slower run's result is
    dropped before the next run starts, so live objects do not slow the runs after them."""
    fastest = None
    for _ in range(max(repeat, 1)):
        run = cpu_timed(fn)
        if fastest is None or run[0] < fastest[0]:
            fastest = run
        del run
    return fastest


def read_all(docs) -> int:
    """Reads every part of every document, as a user looping over them would."""
    n = 0
    for d in docs:
        n += len(d.sentences) + len(d.entities) + len(d.facts)
    return n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=21577, help="Reuters documents to use")
    parser.add_argument("--spacy-docs", type=int, default=2000, help="documents for spaCy")
    parser.add_argument("--gazetteer", default=str(DATA / "gazetteers" / "places_small.tsv"))
    parser.add_argument("--repeat", type=int, default=3, help="runs per row; the fastest counts")
    args = parser.parse_args()
    r = args.repeat

    texts = load(args.docs)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    gazetteer = textfacts.Gazetteer.from_file(args.gazetteer)
    extractor = textfacts.Extractor(gazetteer=gazetteer)
    rows = []
    secs, cpu, docs = best(lambda: [extractor.extract(t) for t in texts], r)
    rows.append(("textfacts extract (1 thread)", mb / secs, mb / cpu))
    counts = (
        sum(len(d.sentences) for d in docs),
        sum(len(d.entities) for d in docs),
        sum(len(d.facts) for d in docs),
    )
    # Counted and dropped at once: documents left alive slowed every later row.
    del docs
    # The batch rows come before the rows that make and free millions of Python objects, which
    # leave the heap in a state that slows whatever runs next; each result is dropped before
    # the next row, since live objects slow every later row through the garbage collector.
    for threads in (1, 2):
        secs, cpu, _ = best(
            lambda threads=threads: len(extractor.extract_many(texts, threads=threads)), r
        )
        name = f"textfacts extract_many ({threads} threads)"
        rows.append((name, mb / secs, mb / cpu))
    secs, cpu, _ = best(lambda: read_all(extractor.extract(t) for t in texts), r)
    rows.append(("textfacts extract + read every part (1 thread)", mb / secs, mb / cpu))
    secs, cpu, _ = best(lambda: len([extractor.extract(t).to_dict() for t in texts]), r)
    rows.append(("textfacts extract + to_dict (1 thread)", mb / secs, mb / cpu))

    import spacy
    from spacy.matcher import PhraseMatcher

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    with open(args.gazetteer, encoding="utf-8") as f:
        patterns = [line.split("\t")[0] for line in f if line.strip() and not line.startswith("#")]
    matcher.add("GAZ", list(nlp.tokenizer.pipe(patterns)))
    sample = texts[: args.spacy_docs]
    sample_mb = sum(len(t.encode()) for t in sample) / 1e6

    def run_spacy() -> tuple[int, int, int]:
        s = e = n = 0
        for doc in nlp.pipe(sample):
            s += sum(1 for _ in doc.sents)
            e += len(matcher(doc))
            n += sum(1 for tok in doc if tok.like_num)
        return s, e, n

    secs, cpu, spacy_counts = best(run_spacy, r)
    name = "spaCy blank en + sentencizer + PhraseMatcher + like_num"
    rows.append((name, sample_mb / secs, sample_mb / cpu))

    print(f"{len(texts)} documents, {mb:.1f} MB; spaCy: {len(sample)} docs, {sample_mb:.1f} MB")
    print("textfacts found {} sentences, {} entities, {} facts".format(*counts))
    print("spaCy found {} sentences, {} matches, {} like_num tokens".format(*spacy_counts))
    spacy_speed, spacy_cpu = rows[-1][1], rows[-1][2]
    print(f"{'pipeline':58} {'MB/s':>8} {'x spaCy':>9} {'MB/cpu-s':>9} {'x spaCy':>9}")
    for name, speed, cpu_speed in rows:
        print(
            f"{name:58} {speed:8.2f} {speed / spacy_speed:9.1f}"
            f" {cpu_speed:9.2f} {cpu_speed / spacy_cpu:9.1f}"
        )


if __name__ == "__main__":
    main()
