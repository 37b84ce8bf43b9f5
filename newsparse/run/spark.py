"""newsparse on Spark, for corpora that outgrow one machine.

Needs the ``spark`` extra (``pip install 'newsparse[spark]'``: PySpark, pandas, pyarrow,
FastWARC). Two ways in:

- :func:`parse_column` parses a DataFrame column of HTML (a pandas UDF) into a struct of
  the segments, ``ARTICLE_SCHEMA``::

      df.withColumn("article", parse_column("html", "url")).select("id", "article.*")

  (the struct has its own ``url``: select it rather than a ``url`` column beside it)

- :func:`warc_dataframe` turns a list of WARC paths into a DataFrame with one row per
  HTML response (``WARC_SCHEMA``: the record's file, id, URL and date, then the
  segments), one Spark task per WARC file, as cc-pyspark jobs do. Run as a job:
  ``spark-submit newsparse/spark.py warc.paths out.parquet``.

Every column is a plain type or an array of one (no nested structs), so the result
writes to Parquet and filters in SQL as it is (``array_contains(warning_codes,
'not-an-article')``). A page that cannot be parsed, or a record that cannot be read,
gives a row whose ``error`` says why and whose segments are null.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import os
import sys
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, BinaryIO, cast

# Absolute imports: spark-submit runs this file as a script, outside its package.
from ..article import Article
from .batch import Job, ParseFailure, parse_job

try:
    import pandas as pd
    from pyspark.sql import Column, DataFrame, SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
    from pyspark.sql.pandas.functions import pandas_udf
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError("newsparse.spark needs PySpark, pandas and pyarrow: pip install 'newsparse[spark]'") from exc

__all__ = [
    "ARTICLE_SCHEMA",
    "WARC_SCHEMA",
    "article_row",
    "main",
    "parse_column",
    "use_this_python",
    "warc_dataframe",
]

_STR = T.StringType()
_STRS = T.ArrayType(T.StringType())
# The segments and page facts, one column each; dates as dates, times as ISO 8601 strings
# (their offsets vary page by page, which a Spark timestamp would not keep).
ARTICLE_SCHEMA = T.StructType(
    [
        T.StructField("headline", _STR),
        T.StructField("subheading", _STR),
        T.StructField("byline", _STR),
        T.StructField("authors", _STRS),
        T.StructField("byline_published", T.DateType()),
        T.StructField("body", _STRS),
        T.StructField("related_link_texts", _STRS),
        T.StructField("related_link_urls", _STRS),
        T.StructField("copyright", _STR),
        T.StructField("copyright_years", T.ArrayType(T.IntegerType())),
        T.StructField("copyright_holder", _STR),
        T.StructField("description", _STR),
        T.StructField("url", _STR),
        T.StructField("language", _STR),
        T.StructField("warning_codes", _STRS),
        T.StructField("warning_messages", _STRS),
        T.StructField("published", T.DateType()),
        T.StructField("modified", T.DateType()),
        T.StructField("published_time", _STR),
        T.StructField("modified_time", _STR),
        T.StructField("page_type", _STR),
        T.StructField("coherence", T.DoubleType()),
        T.StructField("confidence", T.DoubleType()),
        T.StructField("site_name", _STR),
        T.StructField("image", _STR),
        T.StructField("section", _STR),
        T.StructField("tags", _STRS),
        T.StructField("canonical_url", _STR),
        T.StructField("error", _STR),
    ]
)
_WARC_FIELDS = ("warc_file", "warc_record_id", "warc_target_uri", "warc_date")
WARC_SCHEMA = T.StructType([T.StructField(name, _STR) for name in _WARC_FIELDS] + list(ARTICLE_SCHEMA.fields))
_ARTICLE_NAMES: tuple[str, ...] = tuple(ARTICLE_SCHEMA.fieldNames())


def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def article_row(result: Article | ParseFailure) -> dict[str, Any]:
    """One row of ``ARTICLE_SCHEMA`` for a parse result (a failure gives its ``error`` and nulls)."""
    if isinstance(result, ParseFailure):
        row: dict[str, Any] = dict.fromkeys(_ARTICLE_NAMES)
        row["error"] = str(result)
        return row
    a = result
    return {
        "headline": a.headline,
        "subheading": a.subheading,
        "byline": a.byline.text if a.byline else None,
        "authors": list(a.byline.authors) if a.byline else [],
        "byline_published": a.byline.published if a.byline else None,
        "body": list(a.body),
        "related_link_texts": [link.text for link in a.related_links],
        "related_link_urls": [link.url for link in a.related_links],
        "copyright": a.copyright.text if a.copyright else None,
        "copyright_years": list(a.copyright.years) if a.copyright else [],
        "copyright_holder": a.copyright.holder if a.copyright else None,
        "description": a.description,
        "url": a.url,
        "language": a.language,
        "warning_codes": [w.code for w in a.warnings],
        "warning_messages": [w.message for w in a.warnings],
        "published": a.published,
        "modified": a.modified,
        "published_time": _iso(a.published_time),
        "modified_time": _iso(a.modified_time),
        "page_type": a.page_type,
        "coherence": a.coherence,
        "confidence": a.confidence,
        "site_name": a.site_name,
        "image": a.image,
        "section": a.section,
        "tags": list(a.tags),
        "canonical_url": a.canonical_url,
        "error": None,
    }


def _attempt(job: Job) -> Article | ParseFailure:
    try:
        return parse_job("auto", job)
    except Exception as exc:  # one bad page is one row with an error, never a failed task
        return ParseFailure(job.index, job.url, type(exc).__name__, str(exc))


def _parse_series(html: pd.Series, url: pd.Series) -> pd.DataFrame:
    rows = [
        article_row(_attempt(Job(i, page, None if pd.isna(u) else str(u))))
        if isinstance(page, str | bytes | bytearray) and page
        else article_row(ParseFailure(i, None, "ParseError", "no page (null or empty)"))
        for i, (page, u) in enumerate(zip(html, url))
    ]
    return pd.DataFrame(rows, columns=list(_ARTICLE_NAMES))


def parse_column(html: Column | str, url: Column | str | None = None) -> Column:
    """A column of ``ARTICLE_SCHEMA`` structs: ``parse`` of each value of ``html`` (string or binary).

    ``url``, a column of page URLs, resolves relative links as ``parse(url=...)`` does.
    """
    # PySpark's overloads do not type a function of pandas Series; without PySpark installed
    # there are none (Any): the cast holds in both cases.
    udf = cast(Any, pandas_udf)(_parse_series, returnType=ARTICLE_SCHEMA)
    url_col = F.lit(None).cast("string") if url is None else url
    column: Column = udf(html, url_col)
    return column


def open_path(path: str) -> BinaryIO:
    """A WARC path as a stream: a local path, a ``file:`` URI, or an ``http(s)://`` URL (streamed)."""
    if path.startswith(("http://", "https://")):
        stream: BinaryIO = urllib.request.urlopen(path)
        return stream
    return open(path.removeprefix("file://"), "rb")


def _warc_rows(paths: Iterable[str], opener: Callable[[str], BinaryIO]) -> Iterator[tuple[Any, ...]]:
    from .warc import warc_jobs

    for path in paths:
        try:
            stream = opener(path)
        except OSError as exc:
            failure = ParseFailure(0, None, "ReadError", f"cannot read: {exc}")
            yield (path, None, None, None, *article_row(failure).values())
            continue
        with stream:
            for info, job in warc_jobs(stream, name=path):
                result = job if isinstance(job, ParseFailure) else _attempt(job)
                yield (path, info.record_id, info.url, info.date, *article_row(result).values())


def warc_dataframe(
    spark: SparkSession,
    paths: Sequence[str],
    *,
    partitions: int | None = None,
    opener: Callable[[str], BinaryIO] = open_path,
) -> DataFrame:
    """A DataFrame of ``WARC_SCHEMA``: one row per HTML response of the WARC files at ``paths``.

    The paths are spread over ``partitions`` tasks (default: one per path); ``opener``
    turns a path into a binary stream on the executors (default :func:`open_path`; give
    your own for S3 or HDFS).
    """
    count = partitions or max(len(paths), 1)
    rdd = spark.sparkContext.parallelize(list(paths), count).mapPartitions(lambda part: _warc_rows(part, opener))
    return spark.createDataFrame(rdd, WARC_SCHEMA)


def _read_paths(listing: str, prefix: str) -> list[str]:
    opener = gzip.open if listing.endswith(".gz") else open
    with opener(listing, "rt", encoding="utf-8") as handle:
        return [prefix + line.strip() for line in handle if line.strip()]


# Set by spark-submit (and by a running PySpark): the JVM, and where the workers' Python is, are decided.
_SUBMITTED = "PYSPARK_GATEWAY_PORT"


def use_this_python() -> None:
    """Make PySpark start its workers with this Python (the one newsparse is installed in), when
    nothing says otherwise: by default they run ``python3`` from PATH, which is not a virtual
    environment's unless it is activated. Under ``spark-submit``, or with ``PYSPARK_PYTHON`` set,
    nothing changes. Call it before the SparkSession is built."""
    if _SUBMITTED not in os.environ and not os.environ.get("PYSPARK_PYTHON"):
        os.environ["PYSPARK_PYTHON"] = sys.executable


def main(argv: Sequence[str] | None = None) -> int:
    """``spark-submit newsparse/spark.py PATHS OUTPUT``: the WARCs listed in PATHS to Parquet at OUTPUT."""
    parser = argparse.ArgumentParser(prog="newsparse.spark", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", help="a text file (optionally gzipped) with one WARC path or URL a line")
    parser.add_argument("output", help="where to write the Parquet dataset")
    parser.add_argument("--prefix", default="", help="put before every path (https://data.commoncrawl.org/)")
    parser.add_argument("--partitions", type=int, help="Spark tasks (default: one per WARC)")
    parser.add_argument("--mode", default="errorifexists", help="Parquet save mode (overwrite, append, ...)")
    args = parser.parse_args(argv)
    use_this_python()
    spark = SparkSession.builder.appName("newsparse").getOrCreate()
    frame = warc_dataframe(spark, _read_paths(args.paths, args.prefix), partitions=args.partitions)
    frame.write.mode(args.mode).parquet(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
