"""The command line, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

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
