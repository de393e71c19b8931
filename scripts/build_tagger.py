"""Builds the part-of-speech model src/tagger/model.txt.gz from the UD treebanks.

    python scripts/build_tagger.py            # trains, writes the model, prints accuracy
    python scripts/build_tagger.py --check    # trains and compares with the shipped model

Needs lemminflect (scripts/requirements-tagger.txt), whose table of each
word's possible parts of speech becomes src/tagger/lexicon.txt.gz.

The model is an averaged perceptron over the 17 UPOS tags, trained on the
UD English EWT dev treebank and the CC BY documents of UD English GUM dev
(``$TEXTFACTS_DATA/ud/``), greedy left to right. One document in four is
held out for measurement and never trained on: the 4th, 8th, 12th...
``# newdoc`` of each file, in file order (``held_out`` below;
src/tagger/tests.rs reads the same documents for the accuracy floor).

Everything is deterministic: sentences are shuffled by a fixed-seed
generator of our own, features and tags are iterated in sorted order, and
the gzip header carries no time stamp.

The features are defined twice, here and in src/tagger/features.rs, and
must stay the same strings: the Rust side hashes the bytes this script
would have joined, without building the strings.

Licence: the model is derived from UD English EWT (CC BY-SA 4.0) and from
GUM (CC BY 4.0); NOTICE says so.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src" / "tagger" / "model.txt.gz"
LEXICON_FILE = ROOT / "src" / "tagger" / "lexicon.txt.gz"
TREEBANKS = ("en_ewt-ud-dev.conllu", "en_gum-ud-dev.cc-by.conllu")

# The order is the Rust enum's (src/tagger/mod.rs): the model stores indices.
TAGS = ("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X").split()
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}

ITERATIONS = 10
SEED = 20261204
# Averaged weights are stored as integers: weight * SCALE, rounded. Entries
# that round to less than MIN_WEIGHT are dropped, and so are features seen
# fewer than MIN_COUNT times in training: together they keep the model small.
SCALE = 8
MIN_WEIGHT = 2
MIN_COUNT = 2

# Context beyond the sentence: word pads (lower case, no digits, so that
# normalising them changes nothing) and tag pads.
PAD_WORDS = {-2: "-ss-", -1: "-s-", 1: "-e-", 2: "-ee-"}
PAD_TAGS = ("-S2-", "-S-")


def data_dir() -> Path:
    return Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))


def read_conllu(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents, each a list of sentences of (form, upos); multiword-token
    ranges and empty nodes are skipped (their words are listed anyway)."""
    docs: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            docs.append([])
        elif not line:
            if sentence:
                if not docs:
                    docs.append([])
                docs[-1].append(sentence)
            sentence = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                sentence.append((cols[1], cols[3]))
    if sentence:
        docs[-1].append(sentence)
    return docs


def held_out(doc_index: int) -> bool:
    return doc_index % 4 == 3


def ascii_lower(w: str) -> str:
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in w)


def norm(w: str) -> str:
    """The word as the features see it: ASCII lower case, any word with an
    ASCII digit folded to one symbol."""
    if any("0" <= c <= "9" for c in w):
        return "!D"
    return ascii_lower(w)


def shape(w: str) -> str:
    if any("0" <= c <= "9" for c in w):
        return "d"
    if not any(c.isalpha() for c in w):
        return "."
    if "A" <= w[0] <= "Z":
        letters = [c for c in w if c.isascii() and c.isalpha()]
        if len(w) > 1 and all("A" <= c <= "Z" for c in letters):
            return "XX"
        return "Xx"
    return "x"


LEXICON: dict[str, str] = {}


# The number words, a closed class lemminflect's table leaves out or calls
# nouns and adjectives: the tagger must know them, numbers being its point.
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion trillion dozen"
).split()


def load_lexicon() -> None:
    """lemminflect's table of each word's possible parts of speech (MIT),
    as "NOUN|VERB" classes, with NUM for the number words. Words that can
    only be nouns are left out: an unknown word is most often a noun
    anyway, and they are half the table."""
    from importlib import resources

    classes: dict[str, set[str]] = defaultdict(set)
    path = resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        word, upos, _ = line.split(",", 2)
        classes[ascii_lower(word)].add(upos.upper())
    for word in NUMBER_WORDS:
        classes[word].add("NUM")
    for word in sorted(classes):
        cls = "|".join(sorted(classes[word]))
        if cls == "NOUN" or any(c.isspace() for c in word):
            continue
        LEXICON[word] = cls


def lex(w: str) -> str:
    return LEXICON.get(ascii_lower(w), "?")


def context(words: list[str], i: int) -> str:
    if 0 <= i < len(words):
        return words[i]
    return PAD_WORDS[-2 if i < -1 else -1 if i < 0 else 1 if i == len(words) else 2]


def features(words: list[str], i: int, prev: str, prev2: str) -> list[str]:
    w0 = words[i]
    l0 = ascii_lower(w0)
    n0 = norm(w0)
    wm1, wm2 = context(words, i - 1), context(words, i - 2)
    wp1, wp2 = context(words, i + 1), context(words, i + 2)
    first = "^" if i == 0 else ""
    return [
        "b",
        "w " + n0,
        "s1 " + l0[-1:],
        "s2 " + l0[-2:],
        "s3 " + l0[-3:],
        "s4 " + l0[-4:],
        "p1 " + l0[:1],
        "h " + shape(w0) + first,
        "t1 " + prev,
        "t2 " + prev2 + " " + prev,
        "tw " + prev + " " + n0,
        "w-1 " + norm(wm1),
        "s-1 " + ascii_lower(wm1)[-3:],
        "w-2 " + norm(wm2),
        "w+1 " + norm(wp1),
        "s+1 " + ascii_lower(wp1)[-3:],
        "h+1 " + shape(wp1),
        "w+2 " + norm(wp2),
        "l " + lex(w0),
        "l+1 " + lex(wp1),
    ]


class Perceptron:
    def __init__(self) -> None:
        self.weights: dict[str, dict[int, float]] = {}
        self.totals: dict[tuple[str, int], float] = defaultdict(float)
        self.stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.counts: dict[str, int] = defaultdict(int)
        self.instances = 0

    def predict(self, feats: list[str]) -> int:
        scores = [0.0] * len(TAGS)
        for f in feats:
            for t, w in self.weights.get(f, {}).items():
                scores[t] += w
        # Ties go to the lowest index, as in Rust.
        return max(range(len(TAGS)), key=lambda t: (scores[t], -t))

    def update(self, truth: int, guess: int, feats: list[str]) -> None:
        self.instances += 1
        for f in feats:
            self.counts[f] += 1
        if truth == guess:
            return
        for f in feats:
            row = self.weights.setdefault(f, {})
            for t, delta in ((truth, 1.0), (guess, -1.0)):
                key = (f, t)
                w = row.get(t, 0.0)
                self.totals[key] += (self.instances - self.stamps[key]) * w
                self.stamps[key] = self.instances
                row[t] = w + delta

    def averaged(self) -> dict[str, dict[int, int]]:
        """Averaged weights, scaled to integers and pruned, sorted."""
        model: dict[str, dict[int, int]] = {}
        for f in sorted(self.weights):
            if self.counts[f] < MIN_COUNT * ITERATIONS:
                continue
            row = {}
            for t in sorted(self.weights[f]):
                key = (f, t)
                total = self.totals[key] + (self.instances - self.stamps[key]) * self.weights[f][t]
                q = round(total / self.instances * SCALE)
                if abs(q) >= MIN_WEIGHT:
                    row[t] = q
            if row and "\t" not in f and "\n" not in f:
                model[f] = row
        return model


class Rng:
    """A fixed linear congruential generator, so the shuffle never depends
    on the Python version."""

    def __init__(self, seed: int) -> None:
        self.state = seed

    def below(self, n: int) -> int:
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 33) % n


def shuffle(items: list, rng: Rng) -> None:
    for i in range(len(items) - 1, 0, -1):
        j = rng.below(i + 1)
        items[i], items[j] = items[j], items[i]


def tag_sentence(predict, words: list[str]) -> list[int]:
    prev2, prev = PAD_TAGS
    out = []
    for i in range(len(words)):
        t = predict(features(words, i, prev, prev2))
        out.append(t)
        prev2, prev = prev, TAGS[t]
    return out


def train(sentences: list[list[tuple[str, str]]]) -> dict[str, dict[int, int]]:
    model = Perceptron()
    order = list(sentences)
    rng = Rng(SEED)
    for _ in range(ITERATIONS):
        shuffle(order, rng)
        for sentence in order:
            words = [w for w, _ in sentence]
            prev2, prev = PAD_TAGS
            for i, (_, gold) in enumerate(sentence):
                feats = features(words, i, prev, prev2)
                guess = model.predict(feats)
                model.update(TAG_INDEX[gold], guess, feats)
                prev2, prev = prev, TAGS[guess]
    return model.averaged()


def predictor(model: dict[str, dict[int, int]]):
    def predict(feats: list[str]) -> int:
        scores = [0] * len(TAGS)
        for f in feats:
            for t, w in model.get(f, {}).items():
                scores[t] += w
        return max(range(len(TAGS)), key=lambda t: (scores[t], -t))

    return predict


def accuracy(model, sentences) -> tuple[int, int]:
    predict = predictor(model)
    right = total = 0
    for sentence in sentences:
        tags = tag_sentence(predict, [w for w, _ in sentence])
        right += sum(TAGS[t] == gold for t, (_, gold) in zip(tags, sentence))
        total += len(sentence)
    return right, total


def gzipped(text: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0, filename="") as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


def serialise_lexicon() -> bytes:
    out = io.StringIO()
    out.write("# Each word's possible parts of speech, for the tagger's lexicon features: from\n")
    out.write("# lemminflect's lemma_lu.csv (MIT), words that can only be nouns left out,\n")
    out.write("# and NUM added to the number words.\n")
    out.write("# One line a word (ASCII lower case): word<TAB>classes\n")
    for word, cls in LEXICON.items():
        out.write(f"{word}\t{cls}\n")
    return gzipped(out.getvalue())


def serialise(model: dict[str, dict[int, int]]) -> bytes:
    out = io.StringIO()
    out.write("# textfacts part-of-speech model: averaged perceptron over UPOS, built by\n")
    out.write("# scripts/build_tagger.py from UD English EWT dev (CC BY-SA 4.0) and GUM dev\n")
    out.write("# (CC BY 4.0 documents). One line a feature: feature<TAB>tag:weight ...\n")
    out.write("tags\t" + " ".join(TAGS) + "\n")
    for f, row in model.items():
        out.write(f + "\t" + " ".join(f"{t}:{w}" for t, w in row.items()) + "\n")
    return gzipped(out.getvalue())


def splits() -> Iterator[tuple[str, bool, list[list[tuple[str, str]]]]]:
    for name in TREEBANKS:
        for k, doc in enumerate(read_conllu(data_dir() / "ud" / name)):
            yield name, held_out(k), doc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped model")
    args = parser.parse_args()
    load_lexicon()
    training: list[list[tuple[str, str]]] = []
    test: dict[str, list[list[tuple[str, str]]]] = defaultdict(list)
    for name, out, doc in splits():
        (test[name] if out else training).extend(doc)
    model = train(training)
    # The Rust side adds a word's weights in 16 bits (src/tagger/model.rs).
    largest = max(abs(w) for row in model.values() for w in row.values())
    assert largest <= 32767 // 20, f"a weight of {largest} could overflow the tagger's scores"
    blob = serialise(model)
    lexicon = serialise_lexicon()
    print(
        f"trained on {sum(map(len, training))} tokens; {len(model)} features, "
        f"{sum(map(len, model.values()))} weights, {len(blob)} bytes gzipped; "
        f"lexicon {len(LEXICON)} words, {len(lexicon)} bytes gzipped"
    )
    for name in TREEBANKS:
        right, total = accuracy(model, test[name])
        print(f"held-out {name}: {right}/{total} = {right / total:.4f}")
    outputs = ((MODEL, blob), (LEXICON_FILE, lexicon))
    if args.check:
        same = all(path.exists() and path.read_bytes() == data for path, data in outputs)
        print("shipped model and lexicon are " + ("identical" if same else "DIFFERENT"))
        return 0 if same else 1
    for path, data in outputs:
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
