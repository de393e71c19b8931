"""What the textfacts spaCy component adds to a blank English pipeline, in ms per 100 KB.

    python scripts/spacy_overhead.py [--stories N]

Reads the first N Reuters stories from ``$TEXTFACTS_DATA/corpus/reuters21578.jsonl`` (default
``../shared/data``), runs ``nlp.pipe`` over them with a blank pipeline and with the component
added (default configuration, built-in gazetteer), three times each, and prints the fastest of
each and the difference.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import spacy


def stories(limit: int) -> list[str]:
    data = Path(
        os.environ.get("TEXTFACTS_DATA", Path(__file__).parent.parent.parent / "shared/data")
    )
    out = []
    with open(data / "corpus/reuters21578.jsonl", encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line)["text"])
            if len(out) == limit:
                break
    return out


def fastest(nlp: spacy.language.Language, texts: list[str]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _doc in nlp.pipe(texts):
            pass
        best = min(best, time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=1000)
    texts = stories(parser.parse_args().stories)
    kb = sum(len(t.encode()) for t in texts) / 1e3
    blank = spacy.blank("en")
    with_component = spacy.blank("en")
    with_component.add_pipe("textfacts")
    with_component("warm up: builds the built-in gazetteer once")
    base, full = fastest(blank, texts), fastest(with_component, texts)
    per_100kb = 100 / kb * 1e3
    print(f"{len(texts)} stories, {kb:.0f} KB, spaCy {spacy.__version__}")
    print(f"blank pipeline:          {base * per_100kb:8.2f} ms per 100 KB")
    print(f"blank + textfacts:       {full * per_100kb:8.2f} ms per 100 KB")
    print(f"the component adds:      {(full - base) * per_100kb:8.2f} ms per 100 KB "
          f"({full / base:.2f}x the blank pipeline)")  # fmt: skip


if __name__ == "__main__":
    main()
