"""One extractor shipped to Dask worker processes gives the same documents as one process."""

from __future__ import annotations

import json

import pytest
import textfacts
from conftest import require_data

distributed = pytest.importorskip("dask.distributed")


def reuters(n: int) -> list[str]:
    path = require_data("corpus/reuters21578.jsonl")
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
            if len(texts) == n:
                break
    return texts


def extract_chunk(extractor: textfacts.Extractor, chunk: list[str]) -> list[textfacts.Document]:
    return extractor.extract_many(chunk, threads=1)


def test_extract_many_on_a_local_cluster_equals_one_process() -> None:
    texts = reuters(400)
    extractor = textfacts.Extractor()
    expected = extractor.extract_many(texts)
    chunks = [texts[i : i + 100] for i in range(0, len(texts), 100)]
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        shipped = client.scatter(extractor, broadcast=True)
        futures = client.map(extract_chunk, [shipped] * len(chunks), chunks, pure=False)
        results = [doc for chunk in client.gather(futures) for doc in chunk]
    assert results == expected
