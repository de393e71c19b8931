"""Precision by mention of the builtin gazetteer, on a sample annotated by hand.

python scripts/builtin_precision.py                # the table: before/after the in-names rule
python scripts/builtin_precision.py --split all    # on both halves (default: held-out only)
python scripts/builtin_precision.py errors [N] [--split S]  # remaining errors by name (dev)
python scripts/builtin_precision.py show [FROM]    # the sample with context, for annotating
python scripts/builtin_precision.py sample         # draws the sample again (never after tuning)
python scripts/builtin_precision.py top [N]        # the most frequent names on Reuters

Run after `source scripts/env.sh; build_extension`, with TEXTFACTS_DATA set.

The sample (`tests/data/gazetteer_precision.tsv`) was drawn once, with a fixed seed, before
the rule was written: 600 mentions of `Gazetteer.builtin()` (rule off) drawn uniformly from
every mention on Reuters-21578, every mention in the CC BY documents of the GUM dev treebank
(149) and every mention in the UD English EWT dev split (web text, 277). Each row is labelled
`ok`, `name` (one word of a longer proper name of something else: "Vladimir Putin", "First
Boston") or `other` by reading its context; the file's header gives the guideline. Mentions
are split into halves by document: the rule was tuned on `dev` only, `test` is held out.
Reuters rows keep only offsets (its terms allow research use, not redistribution), as do
EWT rows (CC BY-SA); GUM rows (CC BY 4.0) keep a short snippet.
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import random
import sys
from pathlib import Path

import textfacts

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))
SAMPLE = ROOT / "tests" / "data" / "gazetteer_precision.tsv"
SEED = 19
REUTERS_SAMPLE = 600
HEADER = """\
# Mentions of textfacts' builtin gazetteer (in_names="keep"), labelled by hand by reading
# their context, before any rule was written:
#   ok: the word refers to that place or organisation, also as the owner or seat of a public
#     institution named after it ("U.S. Treasury", "Bank of England", "London Metal
#     Exchange", "Michigan Democrat"), in a headline, a table or a dateline; a place of the
#     same name elsewhere counts (telling them apart is linking, not finding).
#   name: one word of a longer proper name of something else, in which it does not name
#     the place: people ("Vladimir Putin"), companies and brands ("First Boston", "Texas
#     Air", "Bank of New York", "Hydro-Quebec"), schools, papers, streets, events ("Paris
#     Accord"), or a longer place ("Gulf of Mexico", "Latin America", "Texas City").
#   other: wrong for another reason (a company or school by its short name, "Burlington",
#     "Harrow"; a person's given name alone; a typo; a URL).
# split: dev (the rule was tuned on it) or test (held out), by document.
# Drawn by scripts/builtin_precision.py (seed 19) before the rule existed.
# Offsets are Python str indices into the document as that script reads it.
# reuters: Reuters-21578, Distribution 1.0 (research use; only offsets are kept here).
# gum: the CC BY 4.0 documents of the UD English GUM dev treebank (Zeldes 2017, "The GUM
#   corpus: creating multilayer resources in the classroom", and the GUM annotators; texts
#   from Wikinews, Wikipedia, Wikivoyage, OpenStax, YouTube CC and public-domain speeches).
#   The snippet column quotes a few words of those texts under CC BY 4.0.
# ewt: UD English EWT dev as running text (data/sbd/ud_en_ewt_dev.jsonl; CC BY-SA 4.0, so
#   only offsets are kept here).
corpus\tdoc\tstart\tend\tmention\tsplit\tlabel\tsnippet
"""


def reuters() -> dict[str, str]:
    docs = {}
    with open(DATA / "corpus" / "reuters21578.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[str(d["id"])] = d["text"]
    return docs


def gum() -> dict[str, str]:
    """The CC BY GUM documents as running text: sentences joined by a space,
    paragraphs (`# newpar`) by a blank line."""
    docs: dict[str, list[str]] = {}
    doc = None
    pending_par = False
    with open(DATA / "ud" / "en_gum-ud-dev.cc-by.conllu", encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc id = "):
                doc = line.split("=", 1)[1].strip()
                docs[doc] = []
                pending_par = False
            elif line.startswith("# newpar"):
                pending_par = True
            elif line.startswith("# text = ") and doc is not None:
                parts = docs[doc]
                if parts:
                    parts.append("\n\n" if pending_par else " ")
                parts.append(line[len("# text = ") :].rstrip("\n"))
                pending_par = False
    return {d: "".join(p) for d, p in docs.items()}


def ewt() -> dict[str, str]:
    docs = {}
    with open(DATA / "sbd" / "ud_en_ewt_dev.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d["doc_id"]] = d["text"]
    return docs


def corpora() -> dict[str, dict[str, str]]:
    return {"reuters": reuters(), "gum": gum(), "ewt": ewt()}


def split_of(corpus: str, doc: str) -> str:
    digest = hashlib.sha256(f"{SEED}:{corpus}:{doc}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def snippet(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


def draw(force: bool) -> None:
    if SAMPLE.exists() and not force:
        sys.exit(f"{SAMPLE} holds the labels; `sample --force` draws a new, unlabelled one")
    gaz = textfacts.Gazetteer.builtin()
    rows = []
    every = []
    for doc, text in reuters().items():
        every.extend((doc, e.start, e.end, e.text) for e in gaz.find(text))
    picked = random.Random(SEED).sample(range(len(every)), REUTERS_SAMPLE)
    for i in sorted(picked, key=lambda i: (int(every[i][0].rsplit("-", 1)[-1]), every[i][1])):
        doc, start, end, mention = every[i]
        rows.append(("reuters", doc, start, end, mention, split_of("reuters", doc), "", ""))
    for doc, text in gum().items():
        for e in gaz.find(text):
            snip = snippet(text, e.start, e.end, 30)
            rows.append(("gum", doc, e.start, e.end, e.text, split_of("gum", doc), "", snip))
    for doc, text in ewt().items():
        for e in gaz.find(text):
            rows.append(("ewt", doc, e.start, e.end, e.text, split_of("ewt", doc), "", ""))
    with open(SAMPLE, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for r in rows:
            f.write("\t".join(str(c).replace("\t", " ").replace("\n", " ") for c in r) + "\n")
    print(f"{len(every)} mentions on Reuters, {REUTERS_SAMPLE} drawn; {len(rows)} rows")


def read_sample() -> list[dict[str, str]]:
    rows = []
    with open(SAMPLE, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if not line.startswith("#")]
    names = lines[0].split("\t")
    for line in lines[1:]:
        rows.append(dict(zip(names, line.split("\t"))))
    return rows


def show(start: int) -> None:
    texts = corpora()
    for i, r in enumerate(read_sample()[start:], start):
        text = texts[r["corpus"]][r["doc"]]
        s, e = int(r["start"]), int(r["end"])
        print(f"{i}\t{r['label'] or '?'}\t{snippet(text, s, e, 70)}")


def found_by(gaz: textfacts.Gazetteer, texts: dict[str, str], docs: set[str]) -> dict:
    out = {}
    for doc in docs:
        for e in gaz.find(texts[doc]):
            out[(doc, e.start, e.end)] = e
    return out


def measure(which: str) -> None:
    texts = corpora()
    rows = [r for r in read_sample() if which == "all" or r["split"] == which]
    modes = ["keep", "drop"]
    gazetteers = {m: textfacts.Gazetteer.builtin(in_names=m) for m in modes}
    print(f"builtin gazetteer, precision by mention on the {which} half of the annotated sample")
    print("| corpus | mentions | correct | precision, rule off | after (drop) | correct lost |")
    print("|---|---|---|---|---|---|")
    for corpus in ("reuters", "gum", "ewt"):
        sample = [r for r in rows if r["corpus"] == corpus]
        docs = {r["doc"] for r in sample}
        kept = found_by(gazetteers["drop"], texts[corpus], docs)
        ok = [r for r in sample if r["label"] == "ok"]
        after = [r for r in sample if (r["doc"], int(r["start"]), int(r["end"])) in kept]
        after_ok = [r for r in after if r["label"] == "ok"]
        lost = len(ok) - len(after_ok)
        print(
            f"| {corpus} | {len(sample)} | {len(ok)} | {len(ok) / len(sample):.1%} "
            f"| {len(after_ok) / max(1, len(after)):.1%} ({len(after)} kept) "
            f"| {lost} ({lost / max(1, len(ok)):.1%}) |"
        )


def errors(top: int, split: str) -> None:
    """The remaining errors (and the correct mentions the rule lost), most frequent name
    first, with one context each."""
    texts = corpora()
    rows = [r for r in read_sample() if split in ("all", r["split"])]
    gaz = textfacts.Gazetteer.builtin(in_names="drop")
    wrong: collections.Counter[str] = collections.Counter()
    lost: collections.Counter[str] = collections.Counter()
    example: dict[str, str] = {}
    for corpus in ("reuters", "gum", "ewt"):
        sample = [r for r in rows if r["corpus"] == corpus]
        kept = found_by(gaz, texts[corpus], {r["doc"] for r in sample})
        for r in sample:
            s, e = int(r["start"]), int(r["end"])
            here = (r["doc"], s, e) in kept
            key = f"{r['label']} {r['mention']}"
            if here == (r["label"] == "ok"):
                continue
            (wrong if here else lost)[key] += 1
            example.setdefault(key, f"{corpus}: {snippet(texts[corpus][r['doc']], s, e, 30)}")
    print(f"remaining errors on the {split} half, by name (label, mention, count, one context)")
    for key, n in wrong.most_common(top):
        print(f"{n:3d}  {key:28s} {example[key]}")
    print(f"correct mentions the rule dropped on the {split} half")
    for key, n in lost.most_common(top):
        print(f"{n:3d}  {key:28s} {example[key]}")


def top_names(top: int) -> None:
    gaz = textfacts.Gazetteer.builtin()
    counts: collections.Counter[str] = collections.Counter()
    described: dict[str, tuple[str, str | None, str]] = {}
    for text in reuters().values():
        for e in gaz.find(text):
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


def main() -> None:
    args = sys.argv[1:]
    command = args[0] if args and not args[0].startswith("-") else "measure"
    rest = args[1:] if command != "measure" or (args and args[0] == "measure") else args
    if command == "sample":
        draw("--force" in rest)
    elif command == "show":
        show(int(rest[0]) if rest else 0)
    elif command == "errors":
        split = rest[rest.index("--split") + 1] if "--split" in rest else "dev"
        errors(int(rest[0]) if rest and rest[0].isdigit() else 10, split)
    elif command == "top":
        top_names(int(rest[0]) if rest else 200)
    else:
        which = rest[rest.index("--split") + 1] if "--split" in rest else "test"
        measure(which)


if __name__ == "__main__":
    main()
