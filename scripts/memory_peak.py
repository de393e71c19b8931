"""Peak memory of one large text through textfacts.Extractor from Python.

The Reuters stories joined and repeated to MB megabytes (default 100), extracted as one Document;
prints the peak resident memory (ru_maxrss) before and after, and its multiple of the input.
The Rust twin is ``cargo run --release --example memory_peak``.

    python scripts/memory_peak.py [MB]
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

import textfacts

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    target = int(sys.argv[1] if len(sys.argv) > 1 else 100) * 1_000_000
    data = Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))
    with open(data / "corpus" / "reuters21578.jsonl", encoding="utf-8") as f:
        stories = [json.loads(line)["text"] for line in f if line.strip()]
    parts: list[str] = []
    size = 0
    while size < target:
        for story in stories:
            parts += (story, "\n\n")
            size += len(story.encode()) + 2
            if size >= target:
                break
    text = "".join(parts)
    del parts, stories
    mb = len(text.encode()) / 1e6
    extractor = textfacts.Extractor()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    doc = extractor.extract(text)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"input {mb:.1f} MB; peak before extracting {before:.0f} MB")
    print(
        f"{len(doc.sentences)} sentences, {len(doc.entities)} entities, {len(doc.facts)} facts"
        f" in {seconds:.1f} s"
    )
    print(
        f"peak {after:.0f} MB = {after / mb:.2f} x input; "
        f"extraction added {after - before:.0f} MB = {(after - before) / mb:.2f} x input"
    )


if __name__ == "__main__":
    main()
