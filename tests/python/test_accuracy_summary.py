"""A run says at its end how many accuracy checks ran and how many lacked their data.

Each case runs pytest on two small checks, one whose data file is there and one whose file is
not, with the suite's own conftest.py, as the suite itself runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

CHECKS = """
from conftest import require_data


def test_reads_data_that_is_there():
    assert require_data("present.txt").read_text() == "data"


def test_reads_data_that_is_missing():
    require_data("absent.txt")


def test_needs_no_data():
    pass
"""


def run_suite(folder: Path, data: Path, ci: bool) -> subprocess.CompletedProcess[str]:
    shutil.copy(ROOT / "tests" / "python" / "conftest.py", folder / "conftest.py")
    (folder / "test_checks.py").write_text(CHECKS, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["TEXTFACTS_DATA"] = str(data)
    env["PY_COLORS"] = "0"
    if ci:
        env["CI"] = "true"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_checks.py"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def summary(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stdout.splitlines() if line.startswith("accuracy checks")]
    assert len(lines) == 1, result.stdout
    return lines[0]


def test_missing_data_is_counted_as_skipped_and_says_how_to_point_at_it(tmp_path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "present.txt").write_text("data", encoding="utf-8")
    result = run_suite(tmp_path, tmp_path / "data", ci=False)
    assert result.returncode == 0, result.stdout
    line = summary(result)
    assert line.startswith("accuracy checks on the shared data: 1 ran, 1 SKIPPED for missing data")
    assert "absent.txt is missing" in line and "TEXTFACTS_DATA=" in line
    # It comes right before pytest's own count, the last line.
    assert result.stdout.splitlines()[-2] == line
    assert result.stdout.splitlines()[-1].startswith("2 passed, 1 skipped")


def test_a_missing_data_folder_is_named(tmp_path) -> None:
    result = run_suite(tmp_path, tmp_path / "nowhere", ci=False)
    assert result.returncode == 0, result.stdout
    line = summary(result)
    assert line.startswith("accuracy checks on the shared data: 0 ran, 2 SKIPPED")
    assert f"{tmp_path / 'nowhere'} does not exist" in line


def test_under_ci_missing_data_fails_and_the_line_says_so(tmp_path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "present.txt").write_text("data", encoding="utf-8")
    result = run_suite(tmp_path, tmp_path / "data", ci=True)
    assert result.returncode == 1, result.stdout
    assert "1 ran, 1 FAILED for missing data" in summary(result)
    assert result.stdout.splitlines()[-2] == summary(result)
    assert result.stdout.splitlines()[-1].startswith("1 failed, 2 passed")


def test_with_every_file_there_all_checks_ran(tmp_path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "present.txt").write_text("data", encoding="utf-8")
    (tmp_path / "data" / "absent.txt").write_text("", encoding="utf-8")
    result = run_suite(tmp_path, tmp_path / "data", ci=False)
    assert result.returncode == 0, result.stdout
    assert summary(result) == (
        f"accuracy checks on the shared data: 2 ran, 0 skipped (data: {tmp_path / 'data'})"
    )
