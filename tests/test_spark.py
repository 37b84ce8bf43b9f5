"""newsparse.spark on Spark in local mode: a column of HTML, and WARC paths to Parquet."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from conftest import HTML_PAGE, TEXT_PAGE

import newsparse
from benchmarks.warcbuild import HttpResponse, write_warc

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
pytest.importorskip("fastwarc")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    # CI installs Java (.ci/run): there a missing one is a failure, not a skip.
    if os.environ.get("CI"):
        raise RuntimeError("the Spark test needs Java, and CI should have installed it")
    pytest.skip("Spark needs Java", allow_module_level=True)

from newsparse import spark as nspark


def test_spark_local_column_and_warc_job(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pyspark.sql import SparkSession

    # The executors' Python is this one, which has newsparse.
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsparse-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        url = "https://news.example/tunnel"
        frame = session.createDataFrame([(HTML_PAGE, url), (TEXT_PAGE, None), ("", None)], ["html", "url"])
        rows = frame.select(nspark.parse_column("html", "url").alias("a")).select("a.*").collect()
        want = newsparse.parse(HTML_PAGE, url=url)
        assert rows[0]["headline"] == want.headline and rows[0]["url"] == url
        assert rows[0]["body"] == list(want.body)
        assert rows[0]["related_link_urls"] == [link.url for link in want.related_links]
        assert rows[0]["error"] is None
        assert rows[1]["authors"] == list(newsparse.parse(TEXT_PAGE).byline.authors)  # type: ignore[union-attr]
        assert rows[2]["headline"] is None and "no page" in rows[2]["error"]

        warcs = []
        for n in range(2):
            path = tmp_path / f"crawl-{n}.warc.gz"
            write_warc(path, [HttpResponse(f"https://news.example/{n}/{i}", HTML_PAGE.encode()) for i in range(3)])
            warcs.append(path)
        listing = tmp_path / "warc.paths"
        listing.write_text("".join(f"{p.name}\n" for p in warcs), encoding="utf-8")
        out = tmp_path / "out.parquet"
        assert nspark.main([str(listing), str(out), "--prefix", str(tmp_path) + "/"]) == 0
        table = session.read.parquet(str(out)).orderBy("warc_target_uri").collect()
        assert [r["warc_target_uri"] for r in table] == [
            f"https://news.example/{n}/{i}" for n in range(2) for i in range(3)
        ]
        for r in table:
            expected = nspark.article_row(newsparse.parse(HTML_PAGE.encode(), url=r["warc_target_uri"]))
            assert {k: r[k] for k in expected} == expected
            assert r["warc_record_id"].startswith("<urn:uuid:") and r["warc_file"].endswith(".warc.gz")
    finally:
        session.stop()


def test_the_workers_run_this_python_unless_told_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PYSPARK_PYTHON", "PYSPARK_GATEWAY_PORT"):
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    nspark.use_this_python()
    assert os.environ["PYSPARK_PYTHON"] == sys.executable
    monkeypatch.setenv("PYSPARK_PYTHON", "/opt/cluster/python3")
    nspark.use_this_python()
    assert os.environ["PYSPARK_PYTHON"] == "/opt/cluster/python3"
    # Under spark-submit the workers' Python is decided already.
    monkeypatch.delenv("PYSPARK_PYTHON")
    monkeypatch.setenv("PYSPARK_GATEWAY_PORT", "4040")
    nspark.use_this_python()
    assert "PYSPARK_PYTHON" not in os.environ
