"""Copies the docstrings of the compiled module into its stub file, or checks they match.

The Rust doc comments in src/python/*.rs are the one source of what ``help()`` says; the stub
python/textfacts/_textfacts.pyi repeats each docstring so that editors show the same text.
Names without a docstring of their own at run time (``__new__``, ``__len__``...) keep the
stub's. Needs the extension built (``source scripts/env.sh; build_extension``).

    python scripts/sync_stub_docs.py          # rewrite the stub's docstrings
    python scripts/sync_stub_docs.py --check  # exit 1, naming them, if any differ
"""

from __future__ import annotations

import argparse
import ast
import inspect
import sys
from pathlib import Path
from typing import Any

from textfacts import _textfacts

STUB = Path(__file__).resolve().parent.parent / "python" / "textfacts" / "_textfacts.pyi"


def runtime_doc(path: list[str]) -> str | None:
    """The docstring written for ``path`` (``["Extractor", "extract"]``), or None."""
    obj: Any = _textfacts
    for i, part in enumerate(path):
        if i and part.startswith("__") and part != "__reduce__":
            return None  # dunders show CPython's generic text at run time
        scope = vars(obj) if inspect.isclass(obj) else {part: getattr(obj, part, None)}
        obj = scope.get(part)
        if obj is None:
            return None
    doc = getattr(obj, "__func__", obj).__doc__
    return inspect.cleandoc(doc) if isinstance(doc, str) and doc.strip() else None


def literal(doc: str, indent: str) -> str:
    """``doc`` as a triple-quoted docstring at ``indent``."""
    body = doc.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = body.split("\n")
    if len(lines) == 1:
        return f'{indent}"""{body}"""'
    rest = "\n".join(f"{indent}{line}" if line else "" for line in lines[1:])
    return f'{indent}"""{lines[0]}\n{rest}\n{indent}"""'


def docstrings(tree: ast.Module) -> list[tuple[list[str], ast.Expr]]:
    """Every docstring node in the stub, with the dotted path of what it documents."""
    found = []

    def visit(body: list[ast.stmt], prefix: list[str]) -> None:
        for node in body:
            if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                first = node.body[0] if node.body else None
                if (
                    isinstance(first, ast.Expr)
                    and isinstance(first.value, ast.Constant)
                    and isinstance(first.value.value, str)
                ):
                    found.append(([*prefix, node.name], first))
                if isinstance(node, ast.ClassDef):
                    visit(node.body, [*prefix, node.name])

    visit(tree.body, [])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report differences, change nothing")
    args = parser.parse_args()
    source = STUB.read_text(encoding="utf-8")
    lines = source.split("\n")
    stale = []
    # Bottom up, so that replacing one docstring leaves the line numbers above it valid.
    for path, node in sorted(docstrings(ast.parse(source)), key=lambda d: -d[1].lineno):
        doc = runtime_doc(path)
        assert isinstance(node.value, ast.Constant)
        if doc is None or inspect.cleandoc(node.value.value) == doc:
            continue
        stale.append(".".join(path))
        indent = " " * node.col_offset
        assert node.end_lineno is not None
        lines[node.lineno - 1 : node.end_lineno] = literal(doc, indent).split("\n")
    if args.check:
        for name in sorted(stale):
            print(f"{STUB.name}: the docstring of {name} differs from the runtime one")
        if stale:
            print("run: python scripts/sync_stub_docs.py")
        return 1 if stale else 0
    STUB.write_text("\n".join(lines), encoding="utf-8")
    print(f"updated {len(stale)} docstrings in {STUB}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
