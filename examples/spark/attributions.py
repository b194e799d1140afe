#!/usr/bin/env python3
"""Who says what across a corpus, with PySpark and the sourcelens wheel.

    python examples/spark/attributions.py INPUT OUTPUT [--master local[2]]
    spark-submit --archives env.tar.gz#environment examples/spark/attributions.py INPUT OUTPUT

INPUT: JSON Lines (or Parquet: a path ending in .parquet, or a folder of Parquet files) of
records ``{"id", "text" | "html", "published"?, "outlet"?}`` (``domain`` is read when
``outlet`` is missing; ``text`` wins when both are given), as ``sourcelens analyze --jsonl``
reads them.

OUTPUT: a folder of Parquet datasets:

- ``attributions/``: one row per attribution: id, outlet, published, source, speaker, cue,
  content, kind, anonymous, cue_start, cue_end (code points into the analysed text), rule;
- ``places/``: id, outlet, published, text, name, country, lat, lon, kind, geonames_id,
  region, start, end, rule;
- ``dates/``: id, outlet, published, text, value, precision, relative, anchor, start, end,
  rule;
- ``articles/``: one row per record: its counts (as ``sourcelens stats``) or its ``error``;
- ``outlets/``: one row per outlet, the statistics of ``sourcelens stats --by outlet``
  (ratios pooled over the outlet's articles; records with an error are not counted; an
  article without an outlet has a null outlet).

``published`` is the date the Report used: the record's, else the page's metadata (for
``html``), else a dateline in the text.

How: the records are split into partitions; ``mapInArrow`` hands each Python worker Arrow
batches of records, analysed by ``sourcelens.analyze_batch`` (one call per batch, the GIL
released, ``spark.task.cpus`` threads); the analysed rows are cached and the five tables
written from them. Nothing runs a subprocess per row. The executors need the wheel (and
pyarrow): locally the current environment, on a cluster a packed venv (see the README).
"""

import argparse
import sys
import time

# The analysed article as Spark sees it (the nested lists become the row tables).
ARTICLE_FIELDS = """
    id STRING, outlet STRING, published STRING, error STRING,
    words LONG, chars LONG, attributions LONG, direct LONG, indirect LONG, mixed LONG,
    named LONG, anonymous LONG, sources LONG, anonymous_sources LONG,
    share_attributed DOUBLE, distancing LONG, so_called LONG, scare_quotes LONG,
    alleged LONG, claims LONG, dates LONG, dates_resolved LONG, places LONG, countries LONG,
    top_source STRING, top_source_attributions LONG
"""
ATTRIBUTION_FIELDS = """source STRING, speaker STRING, cue STRING, content STRING, kind STRING,
    anonymous BOOLEAN, cue_start LONG, cue_end LONG, rule STRING"""
PLACE_FIELDS = """text STRING, name STRING, country STRING, lat DOUBLE, lon DOUBLE, kind STRING,
    geonames_id LONG, region STRING, start LONG, `end` LONG, rule STRING"""
DATE_FIELDS = """text STRING, value STRING, precision STRING, relative BOOLEAN, anchor STRING,
    start LONG, `end` LONG, rule STRING"""
ANALYSED_SCHEMA = f"""{ARTICLE_FIELDS},
    attribution_rows ARRAY<STRUCT<{ATTRIBUTION_FIELDS}>>,
    place_rows ARRAY<STRUCT<{PLACE_FIELDS}>>,
    date_rows ARRAY<STRUCT<{DATE_FIELDS}>>"""
INPUT_SCHEMA = "id STRING, text STRING, html STRING, published STRING, outlet STRING, domain STRING"

DISTANCING_KINDS = {"so-called": "so_called", "scare-quote": "scare_quotes", "alleged": "alleged", "claim": "claims"}


def facts(report):
    """What `sourcelens stats` counts in one Report (its Facts)."""
    p = report["profile"]
    row = {
        "words": report["stats"]["words"],
        "chars": report["stats"]["chars"],
        **{k: p[k] for k in ("attributions", "direct", "indirect", "mixed", "named", "anonymous", "sources", "anonymous_sources")},
        "share_attributed": float(p["share_attributed"]),
        "distancing": len(report["distancing"]),
        "dates": len(report["dates"]),
        "dates_resolved": sum(1 for d in report["dates"] if d["value"] is not None),
        "places": len(report["places"]),
        "countries": len({pl["country"] for pl in report["places"] if pl["country"]}),
        **{v: 0 for v in DISTANCING_KINDS.values()},
    }
    for d in report["distancing"]:
        if d["kind"] in DISTANCING_KINDS:
            row[DISTANCING_KINDS[d["kind"]]] += 1
    top = None
    for s in report["sources"]:
        n = len(s["attributions"])
        if n > 0 and (top is None or n > top[1]):
            name = (s["name"] or "").strip() or (s["mentions"][0]["text"] if s["mentions"] else "")
            top = (name, n)
    row["top_source"], row["top_source_attributions"] = top if top else (None, None)
    return row


def span_text(span):
    return span["text"] if span else None


def rows_of(report):
    """The nested row lists of one Report."""
    attributions = [
        {
            "source": span_text(a["source"]),
            "speaker": a["speaker"],
            "cue": a["cue"]["text"],
            "content": span_text(a["content"]),
            "kind": a["kind"],
            "anonymous": a["anonymous"],
            "cue_start": a["cue"]["start"],
            "cue_end": a["cue"]["end"],
            "rule": a["rule"],
        }
        for a in report["attributions"]
    ]
    place_keys = ("text", "name", "country", "lat", "lon", "kind", "geonames_id", "region", "start", "end", "rule")
    date_keys = ("text", "value", "precision", "relative", "anchor", "start", "end", "rule")
    return {
        "attribution_rows": attributions,
        "place_rows": [{k: p.get(k) for k in place_keys} for p in report["places"]],
        "date_rows": [{k: d.get(k) for k in date_keys} for d in report["dates"]],
    }


def prepare(record):
    """A record -> (text, published, outlet) to analyse, or an error message (as the CLI's)."""
    import sourcelens

    outlet = record.get("outlet") or record.get("domain")
    published = record.get("published")
    if record.get("text") is not None:
        return (record["text"], published, outlet), None
    if record.get("html") is not None:
        try:
            page = sourcelens.extract_article(record["html"])
        except ValueError as e:
            return None, str(e)
        return (page["text"], published or page["published"], outlet or page["site_name"]), None
    return None, 'missing string field "text" (or "html")'


def analyse_records(records, threads=1):
    """Input records (dicts) -> analysed rows (dicts of ANALYSED_SCHEMA), in order."""
    import sourcelens

    prepared = [prepare(r) for r in records]
    todo = [p for p, err in prepared if err is None]
    texts = [t for t, _, _ in todo]
    dates = [d for _, d, _ in todo]
    try:
        reports = sourcelens.analyze_batch(texts, published=dates, threads=threads)
    except ValueError:
        # a bad date in this batch: analyse one by one, the bad record becoming an error
        reports = []
        for t, d in zip(texts, dates):
            try:
                reports.append(sourcelens.analyze(t, published=d))
            except ValueError as e:
                reports.append(str(e))
    reports = iter(reports)
    out = []
    for record, (ok, err) in zip(records, prepared):
        row = {"id": record.get("id"), "outlet": ok[2] if ok else record.get("outlet") or record.get("domain")}
        report = next(reports) if ok else err
        if isinstance(report, str):
            row.update(published=record.get("published"), error=report, attribution_rows=[], place_rows=[], date_rows=[])
        else:
            row.update(published=report["published"], error=None, **facts(report), **rows_of(report))
        out.append(row)
    return out


def analyse_partition(threads, schema):
    """The function mapInArrow runs on each partition: Arrow batches in, Arrow batches out
    (`schema`: ANALYSED_SCHEMA as an Arrow schema, made on the driver)."""

    def run(batches):
        import pyarrow as pa

        for batch in batches:
            rows = analyse_records(batch.to_pylist(), threads)
            yield pa.RecordBatch.from_pylist(rows, schema=schema)

    return run


def read_input(spark, path):
    if path.rstrip("/").endswith(".parquet") or _is_parquet_dir(path):
        df = spark.read.parquet(path)
        for name in ("text", "html", "published", "outlet", "domain"):
            if name not in df.columns:
                df = df.withColumn(name, _null_string())
        return df.selectExpr("CAST(id AS STRING) AS id", "text", "html", "published", "outlet", "domain")
    return spark.read.schema(INPUT_SCHEMA).json(path)


def _null_string():
    from pyspark.sql import functions as F

    return F.lit(None).cast("string")


def _is_parquet_dir(path):
    import os

    return os.path.isdir(path) and any(n.endswith(".parquet") for n in os.listdir(path))


def outlet_table(analysed):
    """`sourcelens stats --by outlet` as a DataFrame (ratios pooled: ratios of the sums)."""
    from pyspark.sql import functions as F

    def ratio(part, whole):
        return F.when(whole > 0, part / whole)

    ok = analysed.where(F.col("error").isNull())
    g = ok.groupBy("outlet").agg(
        F.count(F.lit(1)).alias("articles"),
        F.sum("words").alias("words"),
        F.sum("chars").alias("chars"),
        F.sum("attributions").alias("attributions"),
        F.sum(F.col("direct") + F.col("mixed")).alias("quoted"),
        F.sum("anonymous").alias("anonymous"),
        F.sum("sources").alias("sources"),
        F.sum("anonymous_sources").alias("anonymous_sources"),
        F.sum(F.col("share_attributed") * F.col("chars")).alias("attributed_chars"),
        F.sum("distancing").alias("distancing"),
        F.sum(F.when(F.col("anonymous") > 0, 1).otherwise(0)).alias("with_anonymous"),
        F.sum("dates").alias("dates"),
        F.sum("places").alias("places"),
    )
    return g.select(
        "outlet",
        "articles",
        "words",
        "attributions",
        ratio(F.col("attributions"), F.col("articles")).alias("attributions_per_article"),
        "sources",
        "anonymous_sources",
        ratio(F.col("anonymous"), F.col("attributions")).alias("share_anonymous"),
        ratio(F.col("quoted"), F.col("attributions")).alias("share_direct"),
        ratio(F.col("attributed_chars"), F.col("chars")).alias("share_attributed"),
        ratio(F.col("attributions") * 1000, F.col("words")).alias("attributions_per_1000_words"),
        ratio(F.col("sources") * 1000, F.col("words")).alias("sources_per_1000_words"),
        "distancing",
        ratio(F.col("distancing") * 1000, F.col("words")).alias("distancing_per_1000_words"),
        ratio(F.col("with_anonymous"), F.col("articles")).alias("share_articles_with_anonymous"),
        "dates",
        "places",
    ).orderBy("outlet")


def run(spark, input_path, output, partitions=None):
    """Analyses INPUT and writes the five tables under OUTPUT; returns their row counts."""
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import _parse_datatype_string

    records = read_input(spark, input_path)
    # a splittable file is read in at least one partition per core already; a small or
    # compressed one may not be
    wanted = partitions or spark.sparkContext.defaultParallelism
    if records.rdd.getNumPartitions() < wanted:
        records = records.repartition(wanted)
    threads = int(spark.conf.get("spark.task.cpus", "1"))
    spark_schema = _parse_datatype_string(ANALYSED_SCHEMA)
    arrow_schema = to_arrow_schema(spark_schema)
    analysed = records.mapInArrow(analyse_partition(threads, arrow_schema), spark_schema).persist()
    key = ["id", "outlet", "published"]
    tables = {
        "articles": analysed.drop("attribution_rows", "place_rows", "date_rows"),
        "attributions": analysed.select(*key, F.explode("attribution_rows").alias("a")).select(*key, "a.*"),
        "places": analysed.select(*key, F.explode("place_rows").alias("p")).select(*key, "p.*"),
        "dates": analysed.select(*key, F.explode("date_rows").alias("d")).select(*key, "d.*"),
        "outlets": outlet_table(analysed),
    }
    for name, df in tables.items():
        df.write.mode("overwrite").parquet(f"{output.rstrip('/')}/{name}")
    sums = analysed.agg(
        F.count(F.lit(1)).alias("articles"),
        F.sum(F.col("error").isNotNull().cast("long")).alias("errors"),
        F.sum(F.size("attribution_rows")).alias("attributions"),
        F.sum(F.size("place_rows")).alias("places"),
        F.sum(F.size("date_rows")).alias("dates"),
        F.count_distinct(F.when(F.col("error").isNull(), F.coalesce("outlet", F.lit("")))).alias("outlets"),
    ).first()
    analysed.unpersist()
    return sums.asDict()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="JSON Lines (or Parquet) of {id, text|html, published?, outlet?}")
    ap.add_argument("output", help="folder for the Parquet tables")
    ap.add_argument("--master", help="Spark master URL, e.g. local[2] (default: spark-submit's)")
    ap.add_argument("--partitions", type=int, help="at least this many partitions (default: 2 per core)")
    ap.add_argument("--batch-size", type=int, default=256, help="records per Arrow batch (one analyze_batch call)")
    a = ap.parse_args(argv)

    import os

    from pyspark.sql import SparkSession

    # the workers run the driver's Python (its venv has the wheel) unless told otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("sourcelens-attributions")
    if a.master:
        builder = builder.master(a.master)
    builder = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(a.batch_size))
    builder = builder.config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    t0 = time.perf_counter()
    counts = run(spark, a.input, a.output, a.partitions)
    seconds = time.perf_counter() - t0
    print(
        f"attributions.py: {counts['articles']} records ({counts['errors']} errors) -> "
        f"{counts['attributions']} attributions, "
        f"{counts['places']} places, {counts['dates']} dates, {counts['outlets']} outlets "
        f"in {a.output} ({seconds:.1f} s)",
        file=sys.stderr,
    )
    spark.stop()


if __name__ == "__main__":
    main()
