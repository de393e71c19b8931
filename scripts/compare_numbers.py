"""Speed of textfacts' numeric facts beside quantulum3, the Recognizers-Text Python port
and text2num, on the same Reuters text, in one run.

Setup, once (the peers live in their own venv, never in textfacts' own):

    python3 -m venv .venv-bench
    .venv-bench/bin/pip install -r scripts/requirements-bench-numbers.txt

Then, with textfacts built into .venv (``source scripts/env.sh; build_extension``):

    .venv/bin/python scripts/compare_numbers.py [--kb 300]

textfacts runs in this interpreter; each peer runs in ``.venv-bench`` on the very same
documents (the first ``--kb`` kilobytes of Reuters-21578, whole documents), one call per
document, after one warm-up call. Throughput is input bytes per second of extraction
time. Ratios are measured within this run; the machine is shared, so absolute numbers
move between runs more than the ratios do.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PEER_CODE = r"""
import json, sys, time, warnings
warnings.simplefilter("ignore")
name, path = sys.argv[1], sys.argv[2]
docs = json.load(open(path, encoding="utf-8"))
if name == "quantulum3":
    from quantulum3 import parser
    run = parser.parse
elif name == "recognizers-text":
    from recognizers_suite import Culture, recognize_number
    run = lambda t: recognize_number(t, Culture.English)
elif name == "text2num":
    from text_to_num import alpha2digit
    run = lambda t: alpha2digit(t, "en")
run(docs[0])
found = 0
start = time.perf_counter()
for d in docs:
    found += len(run(d))
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "found": found}))
"""

PEERS = ["quantulum3", "recognizers-text", "text2num"]


def data_dir() -> Path:
    return Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))


def load_docs(kb: int | None) -> list[str]:
    docs = []
    total = 0
    with open(data_dir() / "corpus" / "reuters21578.jsonl", encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            docs.append(text)
            total += len(text.encode("utf-8"))
            if kb is not None and total >= kb * 1024:
                break
    return docs


def time_textfacts(docs: list[str], repeat: int) -> tuple[float, int]:
    import textfacts

    textfacts.extract_numbers(docs[0])
    best = float("inf")
    found = 0
    for _ in range(repeat):
        start = time.perf_counter()
        found = sum(len(textfacts.extract_numbers(d)) for d in docs)
        best = min(best, time.perf_counter() - start)
    return best, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=300, help="size of the shared sample")
    parser.add_argument("--python", default=str(ROOT / ".venv-bench" / "bin" / "python"))
    args = parser.parse_args(argv)

    docs = load_docs(args.kb)
    size = sum(len(d.encode("utf-8")) for d in docs)
    rows = []
    seconds, found = time_textfacts(docs, repeat=5)
    rows.append(("textfacts", seconds, found))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        json.dump(docs, fh)
        path = fh.name
    try:
        for peer in PEERS:
            proc = subprocess.run(
                [args.python, "-c", PEER_CODE, peer, path],
                capture_output=True,
                text=True,
                check=False,
            )
            if proc.returncode != 0:
                tail = proc.stderr.strip().splitlines()[-1:] or ["?"]
                print(f"{peer}: not run ({tail[0]})", file=sys.stderr)
                continue
            result = json.loads(proc.stdout.strip().splitlines()[-1])
            rows.append((peer, result["seconds"], result["found"]))
    finally:
        os.unlink(path)

    full = load_docs(None)
    full_size = sum(len(d.encode("utf-8")) for d in full)
    full_seconds, full_found = time_textfacts(full, repeat=3)

    base = size / rows[0][1]
    print(f"{len(docs)} Reuters documents, {size / 1024:.0f} KB, one call per document\n")
    print(f"{'library':<18}{'MB/s':>10}{'KB/s':>12}{'found':>8}{'textfacts is':>16}")
    for name, secs, n in rows:
        rate = size / secs
        ratio = "" if name == "textfacts" else f"{base / rate:,.0f}x faster"
        print(f"{name:<18}{rate / 1e6:>10.3f}{rate / 1e3:>12.1f}{n:>8}{ratio:>16}")
    print(
        f"\ntextfacts on all of Reuters ({full_size / 1e6:.1f} MB, {len(full)} documents):"
        f" {full_size / full_seconds / 1e6:.1f} MB/s from Python, {full_found} facts"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
