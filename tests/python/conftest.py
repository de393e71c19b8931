"""Shared fixtures: where the evaluation data lives, and how to find it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """``$TEXTFACTS_DATA``, or ``../shared/data`` beside the project."""
    return Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))


def require_data(relative: str) -> Path:
    """The path of a shared data file; in CI a missing file fails the test, elsewhere it skips."""
    path = data_dir() / relative
    if not path.exists():
        message = f"{path} is missing (set TEXTFACTS_DATA to the shared data folder)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
