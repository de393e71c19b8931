"""A process forked after textfacts ran in parallel still runs it in parallel.

Python's multiprocessing forks on Linux (so do spaCy's ``n_process``, and Dask and Spark
workers), and a forked child inherits a thread pool's state without its threads.
"""

from __future__ import annotations

import multiprocessing
import sys

import pytest
import textfacts

TEXTS = ["In France, about 87 people died.", "It cost $5m.", "Up 5% in Japan."] * 50


def _in_child(_: int) -> tuple[list[int], int]:
    docs = textfacts.Extractor().extract_many(TEXTS)
    gazetteer = textfacts.Gazetteer([(f"Place {i}", "GPE") for i in range(5000)])
    return [len(d.facts) for d in docs], len(gazetteer)


@pytest.mark.skipif(sys.platform != "linux", reason="fork is the default start method on Linux")
def test_batches_and_gazetteer_builds_work_in_a_child_forked_after_they_ran_in_the_parent() -> None:
    expected = _in_child(0)  # starts the parent's pools
    with multiprocessing.get_context("fork").Pool(2) as workers:
        result = workers.map_async(_in_child, range(2))
        assert result.get(timeout=120) == [expected, expected]
