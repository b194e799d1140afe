"""examples/spark/attributions.py in Spark local[1] on ~30 of our own articles: its tables
against the Python API and `sourcelens stats --by outlet` on the same input."""

import csv
import io
import json
import subprocess
import sys
from collections import Counter

import pyarrow.parquet as pq
import pytest
import sourcelens

from conftest import ROOT, SAMPLE_HTML, own_articles, run_cli

SCRIPT = ROOT / "examples" / "spark" / "attributions.py"


def corpus():
    """Our 28 annotated articles (outlets "own" and "own2", by their series), the sample
    page as HTML (outlet from its metadata), one without outlet, and three bad records."""
    records = []
    for cid, text, published, _ in own_articles():
        if cid.startswith("own"):
            rec = {"id": cid, "text": text, "outlet": cid.split("-")[0]}
            if published:
                rec["published"] = published
            records.append(rec)
    records.append({"id": "sana-page", "html": SAMPLE_HTML.read_text("utf-8")})
    records.append({"id": 7, "text": "“We are ready,” an official told reporters in Damascus on Sunday."})
    records.append({"id": "bad-date", "text": "The minister said so.", "published": "2017-13-01", "outlet": "own"})
    records.append({"id": "no-text", "outlet": "own"})
    records.append({"id": "not-html", "html": "<html><body></body></html>", "outlet": "own2"})
    return records


def expected_report(rec):
    """What the API gives for a record (None for a bad one), as the job should see it."""
    try:
        if rec.get("text") is not None:
            return sourcelens.analyze(rec["text"], published=rec.get("published"))
        if rec.get("html") is not None:
            page = sourcelens.extract_article(rec["html"])
            return sourcelens.analyze(page["text"], published=rec.get("published") or page["published"])
    except ValueError:
        return None
    return None


@pytest.fixture(scope="module")
def job(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("spark")
    records = corpus()
    src = tmp / "corpus.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    out = tmp / "out"
    p = subprocess.run(
        [sys.executable, str(SCRIPT), str(src), str(out), "--master", "local[1]"],
        capture_output=True,
        text=True,
    )
    assert p.returncode == 0, p.stderr[-3000:]
    tables = {name: pq.read_table(out / name).to_pylist() for name in ("attributions", "places", "dates", "articles", "outlets")}
    return records, src, tables, p.stderr


def test_a_row_per_attribution_place_and_date(job):
    records, _, tables, _ = job
    assert len(records) >= 30
    want = {"attributions": Counter(), "places": Counter(), "dates": Counter()}
    for rec in records:
        report = expected_report(rec)
        if report:
            for name in want:
                want[name][str(rec["id"])] = len(report[name])
    assert sum(want["attributions"].values()) > 200
    for name in want:
        got = Counter(row["id"] for row in tables[name])
        assert got == +want[name], name
        assert len(tables[name]) == sum(want[name].values())


def test_attribution_rows_hold_the_reports_values(job):
    records, _, tables, _ = job
    rec = next(r for r in records if r["id"] == "own-wire-lagos-port")
    report = expected_report(rec)
    rows = [r for r in tables["attributions"] if r["id"] == rec["id"]]
    key = lambda r: (r["cue_start"], r["cue_end"], r["cue"], r["speaker"] or "")
    want = [
        {
            "cue": a["cue"]["text"], "cue_start": a["cue"]["start"], "cue_end": a["cue"]["end"],
            "speaker": a["speaker"], "source": a["source"] and a["source"]["text"],
            "content": a["content"] and a["content"]["text"], "kind": a["kind"],
            "anonymous": a["anonymous"], "outlet": "own", "published": report["published"],
        }
        for a in report["attributions"]
    ]
    got = [{k: r[k] for k in want[0]} for r in rows]
    assert sorted(got, key=key) == sorted(want, key=key)
    for r in rows:
        assert rec["text"][r["cue_start"] : r["cue_end"]] == r["cue"]
    places = sorted((p["start"], p["name"], p["country"]) for p in tables["places"] if p["id"] == rec["id"])
    assert places == sorted((p["start"], p["name"], p["country"]) for p in report["places"])


def test_bad_records_are_error_rows_with_the_cli_messages(job):
    records, src, tables, _ = job
    cli = {}
    for line in run_cli("analyze", "--jsonl", str(src)).stdout.splitlines():
        r = json.loads(line)
        cli[str(r.get("id"))] = r.get("error")
    errors = {a["id"]: a["error"] for a in tables["articles"] if a["error"]}
    assert set(errors) == {"bad-date", "no-text", "not-html"}
    for rid, msg in errors.items():
        assert cli[rid] == msg, rid
    assert len(tables["articles"]) == len(records)
    page = next(a for a in tables["articles"] if a["id"] == "sana-page")
    assert page["published"] == "2017-10-30"  # from the page's metadata


def stats_by_outlet(src):
    out = run_cli("stats", "--by", "outlet", str(src)).stdout
    return list(csv.DictReader(io.StringIO(out)))


def test_outlet_table_equals_cli_stats_by_outlet(job):
    _, src, tables, _ = job
    cli = stats_by_outlet(src)
    spark = {(r["outlet"] or ""): r for r in tables["outlets"]}
    assert sorted(spark) == sorted(r["outlet"] for r in cli)
    assert len(cli) >= 3
    for row in cli:
        mine = spark[row["outlet"]]
        for col, value in row.items():
            if col == "outlet":
                continue
            if value == "":
                assert mine[col] is None, (row["outlet"], col)
            elif "." in value:
                decimals = len(value.split(".")[1])
                assert abs(mine[col] - float(value)) <= 0.5 * 10 ** -decimals + 1e-9, (row["outlet"], col, mine[col], value)
            else:
                assert mine[col] == int(value), (row["outlet"], col)


def test_the_job_reports_what_it_wrote(job):
    records, _, tables, stderr = job
    summary = [l for l in stderr.splitlines() if l.startswith("attributions.py:")]
    assert summary, stderr[-2000:]
    assert f"{len(records)} records (3 errors)" in summary[0]
    assert f"{len(tables['attributions'])} attributions" in summary[0]
