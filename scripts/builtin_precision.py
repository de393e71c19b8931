"""Lists the builtin gazetteer's most frequent matches on the Reuters corpus, for review.

python scripts/builtin_precision.py [N]     # after `source scripts/env.sh; build_extension`
"""

from __future__ import annotations

import collections
import json
import os
import sys
from pathlib import Path

import textfacts

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    top = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    data = Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))
    gaz = textfacts.Gazetteer.builtin()
    counts: collections.Counter[str] = collections.Counter()
    described: dict[str, tuple[str, str | None, str]] = {}
    with open(data / "corpus" / "reuters21578.jsonl", encoding="utf-8") as f:
        for line in f:
            for e in gaz.find(json.loads(line)["text"]):
                name = " ".join(e.text.split())
                counts[name] += 1
                described[name] = (e.label, e.id, e.canonical)
    total = sum(counts.values())
    shown = counts.most_common(top)
    covered = sum(n for _, n in shown)
    print(f"{gaz!r}: {total} matches, {len(counts)} distinct names")
    print(f"the {top} most frequent names cover {covered} matches ({covered / total:.1%})")
    for name, n in shown:
        print(f"{n:6d}  {name}  {described[name]}")


if __name__ == "__main__":
    main()
