"""The Spark example runs as written and finds what one process finds."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT, require_data

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")


def test_the_spark_example_matches_one_process() -> None:
    require_data("corpus/reuters21578.jsonl")
    env = {**os.environ, "TEXTFACTS_SPARK_DOCS": "300", "SPARK_LOCAL_IP": "127.0.0.1"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "spark_extract.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "identical to one process: True" in result.stdout
