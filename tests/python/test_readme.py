"""The README's Python runs as written, and so does that of the docs/ pages.

The walkthrough's ``pycon`` blocks are one session: they run in order, in one namespace, from
the project folder, and every output they show must be what Python prints. The other ``python``
blocks, in the README and in docs/DESIGN.md and docs/BENCHMARKS.md, are programs in their own
right and must run without error. (The README's Rust blocks are doctests of the crate: see
``ReadmeDoctests`` in src/lib.rs.)
"""

from __future__ import annotations

import doctest
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
# Pages whose ``python`` blocks must run as well as the README's.
DOCS = [README, ROOT / "docs" / "DESIGN.md", ROOT / "docs" / "BENCHMARKS.md"]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks(language: str, page: Path = README) -> list[tuple[int, str]]:
    """The fenced blocks of ``page`` in ``language``, each with the line it starts on."""
    text = page.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 2, m.group(2))
        for m in FENCE.finditer(text)
        if m.group(1) == language
    ]


def python_blocks() -> list[tuple[str, str]]:
    """Every ``python`` block of the pages in ``DOCS``, each named by its page and line."""
    return [
        (f"{page.relative_to(ROOT)} line {line}", block)
        for page in DOCS
        for line, block in blocks("python", page)
    ]


@pytest.fixture(autouse=True)
def in_the_project_folder() -> Iterator[None]:
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(before)


def test_the_python_walkthrough_runs_and_shows_what_it_says() -> None:
    pytest.importorskip("pandas")
    sessions = blocks("pycon")
    assert len(sessions) >= 5, "the walkthrough's blocks are fenced as ```pycon"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    namespace: dict[str, object] = {}
    report: list[str] = []
    for line, block in sessions:
        test = parser.get_doctest(block, namespace, f"README.md line {line}", str(README), line)
        runner.run(test, out=report.append, clear_globs=False)
        namespace = test.globs  # the next block carries on from this one
    result = runner.summarize(verbose=False)
    assert result.attempted > 20
    assert result.failed == 0, "".join(report)


def test_the_docs_pages_hold_the_blocks_moved_out_of_the_readme() -> None:
    pages = {name.split(" line ")[0] for name, _ in python_blocks()}
    assert {"README.md", "docs/DESIGN.md"} <= pages


@pytest.mark.parametrize("where,block", python_blocks(), ids=lambda x: str(x)[:24])
def test_every_python_block_runs(where: str, block: str) -> None:
    code = compile(block, where, "exec")
    try:
        exec(code, {"__name__": "__readme__"})
    except FileNotFoundError as err:
        # A block may show how to read a file of the reader's own (places.tsv); that one
        # cannot run here, but any other missing file is a broken example.
        named = re.findall(r"[\w./-]+\.(?:tsv|csv|jsonl|gz|txt|bin)\b", block)
        if not any(name in str(err) and not (ROOT / name).exists() for name in named):
            raise
        pytest.skip(f"the block reads a file of the reader's own: {err}")
