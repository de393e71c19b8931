"""The command line: ``python -m textfacts FILE`` prints what textfacts finds in FILE as JSON.

All extraction happens in the compiled core; this module reads files and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import textfacts


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        with open(path, "rb") as f:
            data = f.read()
        name = path
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"{name}: not UTF-8 text (byte {e.start}: {e.reason})") from None


def analyse(text: str) -> dict[str, Any]:
    """Everything textfacts finds in ``text``, as plain JSON-ready data."""
    return {
        "sentences": [
            {"start": s.start, "end": s.end, "text": s.text}
            for s in textfacts.split_sentences(text)
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="textfacts",
        description="Print the sentences, entities and numeric facts of a text as JSON.",
    )
    parser.add_argument("file", help="a UTF-8 text file, or - for standard input")
    parser.add_argument("--pretty", action="store_true", help="indent the JSON")
    parser.add_argument("--version", action="version", version=textfacts.__version__)
    args = parser.parse_args(argv)
    try:
        text = _read(args.file)
    except (OSError, ValueError) as e:
        print(f"textfacts: {e}", file=sys.stderr)
        return 1
    json.dump(analyse(text), sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
