"""Shared fixtures: where the evaluation data lives, and how to find it.

A test that reads the shared data (an accuracy check) asks for it with ``require_data``. Without
the data it skips, or fails when ``CI`` is set; either way the run ends by saying, in one line,
how many such checks ran and how many did not for missing data, so that a run without the data
is never mistaken for one that checked the accuracy.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# The test being run, and what each test that asked for shared data found: None when every file
# it asked for was there, else the first missing one.
_current_test = [""]
_data_checks: dict[str, Path | None] = {}


def data_dir() -> Path:
    """``$TEXTFACTS_DATA``, or ``../shared/data`` beside the project."""
    return Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))


def require_data(relative: str) -> Path:
    """The path of a shared data file; in CI a missing file fails the test, elsewhere it skips."""
    path = data_dir() / relative
    found = _data_checks.setdefault(_current_test[0], None)
    if not path.exists():
        if found is None:
            _data_checks[_current_test[0]] = path
        message = f"{path} is missing (set TEXTFACTS_DATA to the shared data folder)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before any fixture of the test is set up, so that a fixture asking for data counts too.
    _current_test[0] = item.nodeid


# Outside pytest's own summary, so that the line comes after the list of failures and right
# before the closing count.
@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> Iterator[None]:
    yield
    if _data_checks:
        _summarise_data_checks(terminalreporter)


def _summarise_data_checks(terminalreporter: pytest.TerminalReporter) -> None:
    missing = [p for p in _data_checks.values() if p is not None]
    ran = len(_data_checks) - len(missing)
    line = f"accuracy checks on the shared data: {ran} ran"
    if not missing:
        terminalreporter.write_line(f"{line}, 0 skipped (data: {data_dir()})", green=True)
        return
    folder = data_dir()
    where = f"{folder} does not exist" if not folder.exists() else f"{missing[0]} is missing"
    if os.environ.get("CI"):
        terminalreporter.write_line(
            f"{line}, {len(missing)} FAILED for missing data ({where}; CI is set, so missing "
            "data fails): point TEXTFACTS_DATA at the shared data folder",
            red=True,
            bold=True,
        )
    else:
        terminalreporter.write_line(
            f"{line}, {len(missing)} SKIPPED for missing data ({where}): point TEXTFACTS_DATA "
            "at the shared data folder, e.g. TEXTFACTS_DATA=/path/to/shared/data bash scripts/test",
            yellow=True,
            bold=True,
        )
