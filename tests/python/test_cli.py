"""The command line, run as a user runs it, and the demo that runs it."""

from __future__ import annotations

import errno
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import textfacts
from conftest import ROOT
from textfacts.__main__ import _parser

ARTICLE = ROOT / "examples" / "article.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "textfacts", *args], input=stdin, capture_output=True, check=False
    )


def test_the_sample_article_prints_its_sentences_as_json() -> None:
    result = run(str(ARTICLE))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    text = ARTICLE.read_text(encoding="utf-8")
    assert len(out["sentences"]) > 10
    for s in out["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]


def test_standard_input_is_read_with_a_dash() -> None:
    result = run("-", stdin="Überall Schnee. Alles weiß.".encode())
    assert result.returncode == 0, result.stderr
    sentences = json.loads(result.stdout)["sentences"]
    assert [s["text"] for s in sentences] == ["Überall Schnee.", "Alles weiß."]
    assert sentences[1]["start"] == 16


def test_non_utf8_input_is_a_clear_error() -> None:
    result = run("-", stdin=b"caf\xe9 au lait.")
    assert result.returncode != 0
    assert b"not UTF-8" in result.stderr


def test_missing_file_is_named_in_the_error() -> None:
    result = run("no/such/file.txt")
    assert result.returncode != 0
    assert b"no/such/file.txt" in result.stderr


def test_several_inputs_give_json_lines_and_bad_files_do_not_stop_the_rest(tmp_path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Alpha one. Alpha two.", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text("Beta.", encoding="utf-8")
    (tmp_path / "sub" / "bad.txt").write_bytes(b"\xff\xfe not text")
    (tmp_path / "ignored.md").write_text("Not a txt file.", encoding="utf-8")
    result = run(str(tmp_path), "--threads", "2")
    assert result.returncode == 1
    assert b"bad.txt" in result.stderr and b"not UTF-8" in result.stderr
    lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [Path(d["path"]).name for d in lines] == ["a.txt", "b.txt"]
    assert [len(d["sentences"]) for d in lines] == [2, 1]


def test_threads_beyond_the_documented_maximum_are_a_usage_error(tmp_path) -> None:
    from textfacts._textfacts import _MAX_THREADS

    (tmp_path / "a.txt").write_text("Alpha one.", encoding="utf-8")
    for threads in (0, _MAX_THREADS + 1):
        result = run(str(tmp_path / "a.txt"), "--threads", str(threads))
        assert result.returncode == 2
        assert f"from 1 to {_MAX_THREADS}".encode() in result.stderr
    assert run(str(tmp_path / "a.txt"), "--threads", str(_MAX_THREADS)).returncode == 0


def test_a_gazetteer_file_replaces_the_builtin_one(tmp_path) -> None:
    gazetteer = tmp_path / "places.tsv"
    gazetteer.write_text("# name\tlabel\tid\nNorthfield\tGPE\tnf1\n", encoding="utf-8")
    text = b"Northfield flooded. France did not."
    result = run("-", "--gazetteer", str(gazetteer), stdin=text)
    assert result.returncode == 0, result.stderr
    entities = json.loads(result.stdout)["entities"]
    assert [(e["text"], e["id"], e["sentence"]) for e in entities] == [("Northfield", "nf1", 0)]
    default = json.loads(run("-", stdin=text).stdout)["entities"]
    assert [e["text"] for e in default] == ["France"]
    assert json.loads(run("-", "--no-builtin", stdin=text).stdout)["entities"] == []


def test_a_bad_gazetteer_file_is_named_with_its_line(tmp_path) -> None:
    gazetteer = tmp_path / "bad.tsv"
    gazetteer.write_text("Northfield\tGPE\nno label here\n", encoding="utf-8")
    result = run("-", "--gazetteer", str(gazetteer), stdin=b"Text.")
    assert result.returncode != 0
    assert b"bad.tsv:2" in result.stderr


def test_one_input_with_jsonl_is_one_line_with_its_path_as_for_several(tmp_path) -> None:
    (tmp_path / "a.txt").write_text("Alpha one. Alpha two.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Beta.", encoding="utf-8")
    for args, names in [
        (["a.txt"], ["a.txt"]),
        (["a.txt", "b.txt"], ["a.txt", "b.txt"]),
        (["."], ["a.txt", "b.txt"]),
    ]:
        result = subprocess.run(
            [sys.executable, "-m", "textfacts", "--jsonl", *args],
            capture_output=True,
            cwd=tmp_path,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        lines = result.stdout.decode().splitlines()
        assert [Path(json.loads(line)["path"]).name for line in lines] == names
    result = run("--jsonl", "-", stdin=b"From standard input.")
    assert [json.loads(line)["path"] for line in result.stdout.decode().splitlines()] == ["-"]
    without = json.loads(run("-", stdin=b"From standard input.").stdout)
    assert "path" not in without and without["sentences"][0]["text"] == "From standard input."


def test_pretty_json_lines_are_refused_as_a_usage_error() -> None:
    result = run("--jsonl", "--pretty", str(ARTICLE))
    assert result.returncode == 2
    assert b"--pretty" in result.stderr and result.stdout == b""


def test_version_prints_the_name_and_the_crate_version() -> None:
    cargo = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    version = re.search(r'^version = "([^"]+)"', cargo, re.MULTILINE)
    assert version
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.decode() == f"textfacts {version.group(1)}\n"
    assert textfacts.__version__ == version.group(1)


def test_help_states_the_output_default_and_its_examples_are_valid_commands() -> None:
    result = run("--help")
    assert result.returncode == 0, result.stderr
    help_text = result.stdout.decode()
    assert "One input that is a file or - prints one JSON document" in help_text
    assert "With --jsonl every run prints JSON Lines" in help_text
    examples = help_text.split("examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    commands = [line.strip().split("  ")[0] for line in examples]
    assert len(commands) >= 4 and all(c.startswith(("textfacts ", "cat ")) for c in commands)
    for command in commands:
        words = shlex.split(command.split("| textfacts", 1)[-1].split("|")[0].split(">")[0])
        words = words[1:] if words[0] == "textfacts" else words
        if words != ["--version"]:
            _parser().parse_args(words)  # exits, failing the test, on an unknown option


def _article_copies(folder: Path, count: int) -> Path:
    text = ARTICLE.read_text(encoding="utf-8")
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:03}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="SIGPIPE is a POSIX signal")
def test_a_reader_that_stops_early_ends_it_silently_with_the_sigpipe_status(tmp_path) -> None:
    # Far more output than a pipe holds, so that it is still writing when head has gone.
    corpus = _article_copies(tmp_path / "corpus", 100)
    script = 'set -o pipefail; "$0" -m textfacts "$1" | head -c 300 >/dev/null; echo "$?"'
    result = subprocess.run(
        ["bash", "-c", script, sys.executable, str(corpus)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.stderr == b"", result.stderr.decode()
    assert result.stdout == b"141\n"  # 128 + SIGPIPE, as for cat or grep


@pytest.mark.skipif(sys.platform == "win32", reason="needs a named pipe")
def test_ctrl_c_stops_it_without_a_traceback_by_sigint(tmp_path) -> None:
    fifo = tmp_path / "input.txt"
    os.mkfifo(fifo)
    cli = subprocess.Popen(
        [sys.executable, "-m", "textfacts", str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # Opening the pipe for writing succeeds only once the command has opened it to read, so the
    # interrupt arrives while it waits for its input, as a person's Ctrl-C would.
    deadline = time.monotonic() + 60
    while True:
        try:
            writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as e:
            if e.errno != errno.ENXIO or time.monotonic() > deadline or cli.poll() is not None:
                cli.kill()
                raise
            time.sleep(0.02)
    try:
        cli.send_signal(signal.SIGINT)
        out, err = cli.communicate(timeout=60)
    finally:
        os.close(writer)
    assert err == b"", err.decode()
    assert out == b""
    assert cli.returncode == -signal.SIGINT  # a shell reports 130


def test_the_demo_prints_only_json_and_builds_nothing_when_up_to_date(tmp_path) -> None:
    demo = ["bash", str(ROOT / "scripts" / "demo")]
    # The first run builds the extension only if the sources changed since the last build.
    first = subprocess.run([*demo, str(ARTICLE)], capture_output=True, timeout=1800, check=False)
    assert first.returncode == 0, first.stderr.decode()[-2000:]
    doc = json.loads(first.stdout)
    assert doc == json.loads(run(str(ARTICLE)).stdout)
    # A path is the caller's, relative to where the demo is run from.
    (tmp_path / "mine.txt").write_text("About 87 people left Kelham.", encoding="utf-8")
    again = subprocess.run(
        [*demo, "mine.txt"], capture_output=True, cwd=tmp_path, timeout=120, check=False
    )
    assert again.returncode == 0, again.stderr.decode()[-2000:]
    assert again.stderr == b"", "an up-to-date demo builds and says nothing"
    assert json.loads(again.stdout)["facts"][0]["text"] == "About 87"
