"""Numeric facts of many documents on Spark: broadcast one extractor, then ``mapInPandas``.

What it needs:
- Java 17 or newer, and ``pip install 'textfacts[spark]'`` (pyspark and pandas);
- textfacts installed on every worker as a wheel (``pip install textfacts-*.whl`` there), not
  shipped with ``--py-files``: the package contains a compiled extension;
- ``PYSPARK_PYTHON`` naming the workers' Python (this script sets it to its own for local mode);
- ``SPARK_LOCAL_IP=127.0.0.1`` to keep a local run on the loopback interface.

Run: ``python examples/spark_extract.py [FILE.jsonl]`` with one ``{"id", "text"}`` per line
(default: the Reuters corpus in the shared data). It prints the facts table and checks that Spark
found exactly what one local ``extract_many`` call finds.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")

import pandas as pd  # noqa: E402
import textfacts  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("TEXTFACTS_DATA", ROOT.parent / "shared" / "data"))
LIMIT = int(os.environ.get("TEXTFACTS_SPARK_DOCS", "2000"))

SCHEMA = "id string, start long, end long, text string, kind string, value double, unit string"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA / "corpus" / "reuters21578.jsonl"
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for _, line in zip(range(LIMIT), f)]

    spark = (
        SparkSession.builder.master("local[2]")
        .appName("textfacts")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    # One extractor, pickled once and shipped to each executor.
    extractor = spark.sparkContext.broadcast(textfacts.Extractor())

    def facts(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        ex = extractor.value
        for batch in batches:
            docs = ex.extract_many(batch["text"].tolist())
            table = textfacts.to_pandas(docs, what="facts")
            table.insert(0, "id", batch["id"].to_numpy()[table["doc"].to_numpy()])
            yield table[["id", "start", "end", "text", "kind", "value", "unit"]]

    frame = spark.createDataFrame(pd.DataFrame(records)[["id", "text"]]).repartition(4)
    result = frame.mapInPandas(facts, schema=SCHEMA).toPandas()
    spark.stop()

    local = textfacts.to_pandas(textfacts.Extractor().extract_many([r["text"] for r in records]))
    print(result.head(20).to_string())
    print(f"{len(records)} documents: Spark found {len(result)} facts, one process {len(local)}")
    same = sorted(zip(result["id"], result["start"], result["text"])) == sorted(
        (records[d]["id"], s, t) for d, s, t in zip(local["doc"], local["start"], local["text"])
    )
    print("identical to one process:", same)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
