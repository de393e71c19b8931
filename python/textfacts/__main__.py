"""The command line: ``textfacts PATH...`` (or ``python -m textfacts``) prints what textfacts finds
as JSON: one document for one input, JSON Lines (one line per document, with its path) for several
or with ``--jsonl``.

It behaves as Unix tools do in a pipeline: when the reader of its output goes away (``head``), it
ends silently, killed by SIGPIPE as ``cat`` or ``grep`` would be (a shell reports status 141), and
Ctrl-C stops it without a traceback, by SIGINT (status 130), as Python itself ends on an uncaught
``KeyboardInterrupt``. Dying of the signal, rather than exiting with a status of our choosing, is
what lets a shell loop or a ``set -o pipefail`` script tell these cases from an error.

All extraction happens in the compiled core; this module finds files, reads them and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn, TextIO

import textfacts
from textfacts._textfacts import _MAX_THREADS

# Files are read and extracted in batches so that memory stays bounded on a large corpus
# while every batch still keeps all cores busy.
BATCH_FILES = 512
BATCH_BYTES = 64 * 1024 * 1024


def _expand(inputs: list[str]) -> Iterator[str]:
    """Files as named, and every ``*.txt`` under a named directory, in a stable order."""
    for name in inputs:
        if name != "-" and os.path.isdir(name):
            yield from sorted(str(p) for p in Path(name).rglob("*.txt") if p.is_file())
        else:
            yield name


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 text (byte {e.start}: {e.reason})") from None


class _Progress:
    """A one-line counter on standard error, shown only to a person at a terminal."""

    def __init__(self, total: int, enabled: bool, stream: TextIO = sys.stderr) -> None:
        self.total, self.done, self.stream = total, 0, stream
        self.enabled = enabled and total > 1

    def advance(self, n: int) -> None:
        self.done += n
        if self.enabled:
            self.stream.write(f"\rtextfacts: {self.done}/{self.total} files")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


def _batches(paths: list[str], errors: list[str]) -> Iterator[tuple[list[str], list[str]]]:
    names: list[str] = []
    texts: list[str] = []
    size = 0
    for path in paths:
        try:
            text = _read(path)
        except (OSError, ValueError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            label = "<stdin>" if path == "-" else path
            errors.append(f"textfacts: {label}: {reason}")
            print(errors[-1], file=sys.stderr)
            continue
        names.append(path)
        texts.append(text)
        size += len(text)
        if len(names) >= BATCH_FILES or size >= BATCH_BYTES:
            yield names, texts
            names, texts, size = [], [], 0
    if names:
        yield names, texts


_SOURCE_SUFFIXES = (".tsv", ".csv", ".jsonl")


def _gazetteer(path: str) -> textfacts.Gazetteer:
    """A TSV, CSV or JSON Lines gazetteer (optionally gzipped), or one saved compiled."""
    name = path.lower().removesuffix(".gz")
    if name.endswith(_SOURCE_SUFFIXES):
        return textfacts.Gazetteer.from_file(path)
    return textfacts.Gazetteer.load(path)


def _dump(value: dict[str, Any], pretty: bool) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2 if pretty else None)


_EPILOG = """\
output:
  One input that is a file or - prints one JSON document; several inputs, or a directory, print
  JSON Lines: one line per document, with its "path". With --jsonl every run prints JSON Lines,
  a single file or - too, so a script reads the same shape however many inputs it is given.

examples:
  textfacts article.txt                      the article's sentences, entities and facts
  textfacts --pretty article.txt | less      the same, indented
  cat article.txt | textfacts -              the text on standard input
  textfacts --jsonl corpus/ > corpus.jsonl   every *.txt under corpus/, one line each
  textfacts --jsonl --gazetteer places.tsv a.txt b.txt
  textfacts --version

exit status:
  0 when every input was read, 1 when some could not be (each is named on standard error; the
  others are still printed), 2 for a bad option or gazetteer. A closed pipe (head) ends it
  silently by SIGPIPE, status 141 in a shell; Ctrl-C ends it by SIGINT, status 130.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="textfacts",
        description="Print the sentences, entities and numeric facts of texts as JSON.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="PATH",
        help="UTF-8 text files, directories (every *.txt inside, recursively), or - for stdin",
    )
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help="JSON Lines for any number of inputs, each line with its path (see output below)",
    )
    parser.add_argument(
        "--gazetteer",
        metavar="PATH",
        help="match this gazetteer instead of the built-in one: .tsv, .csv or .jsonl (optionally "
        ".gz), or a compiled gazetteer saved with Gazetteer.save (any other name)",
    )
    parser.add_argument(
        "--no-builtin",
        action="store_true",
        help="without --gazetteer, find no entities (the built-in gazetteer is the default)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help=f"worker threads, at most {_MAX_THREADS} (4 per core; default: one per core)",
    )
    parser.add_argument(
        "--pretty",
        action="store_true",
        help="indent the JSON document of a single input (JSON Lines stay one line each)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress counter on stderr (default: when stderr is a terminal)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {textfacts.__version__}")
    return parser


def _die_of(name: str, status: int) -> NoReturn:
    """End by the signal ``name`` with its default action, as a C program would; where the
    platform has no such signal, exit with ``status`` (128 + the signal's number on Unix)."""
    number = getattr(signal, name, None)
    if number is not None:
        signal.signal(number, signal.SIG_DFL)
        signal.raise_signal(number)
    # Nothing buffered may be flushed at exit into a pipe that is gone.
    os._exit(status)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.threads is not None and not 1 <= args.threads <= _MAX_THREADS:
        parser.error(f"--threads must be from 1 to {_MAX_THREADS} (4 per core), not {args.threads}")
    if args.pretty and args.jsonl:
        parser.error("--pretty and --jsonl do not go together: a JSON Line is one line")
    try:
        return _run(args)
    except BrokenPipeError:
        _die_of("SIGPIPE", 141)
    except KeyboardInterrupt:
        _die_of("SIGINT", 130)


def _run(args: argparse.Namespace) -> int:
    try:
        gazetteer = _gazetteer(args.gazetteer) if args.gazetteer else None
    except (OSError, ValueError) as e:
        print(f"textfacts: {e}", file=sys.stderr)
        return 2
    extractor = textfacts.Extractor(gazetteer, builtin=not args.no_builtin)
    paths = list(_expand(args.inputs))
    single = (
        not args.jsonl
        and len(args.inputs) == 1
        and len(paths) == 1
        and not os.path.isdir(args.inputs[0])
    )
    progress = _Progress(
        len(paths), args.progress if args.progress is not None else sys.stderr.isatty()
    )
    errors: list[str] = []
    out = sys.stdout
    try:
        for names, texts in _batches(paths, errors):
            docs = extractor.extract_many(texts, threads=args.threads)
            for name, doc in zip(names, docs):
                value = doc.to_dict()
                if single:
                    out.write(_dump(value, args.pretty) + "\n")
                else:
                    out.write(_dump({"path": name, **value}, False) + "\n")
            progress.advance(len(names))
        # A reader that has gone away is found here, not in the interpreter's flush at exit.
        out.flush()
    finally:
        progress.close()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
