#!/usr/bin/env python3
"""Throughput of the Python package against the CLI on the same texts, and the Spark job's
time on a replicated corpus. Reported, never asserted (`make bench-python`).

    python scripts/bench_python.py [--corpus lgl] [--reps 3] [--spark-records 10000]

- the texts: the cases `../shared/eval/bench_cases.py CORPUS DIR` makes (LGL: 588 local US
  news articles), read from where they are and never committed;
- `sourcelens.analyze_batch(texts, threads=N)` for N = 1, 2 (Reports as Python dicts),
  against `sourcelens analyze --jsonl -j N` on a JSON Lines file of the same texts (output
  to /dev/null); MB/s of UTF-8 input, best of --reps runs;
- `examples/spark/attributions.py` in `local[2]` on --spark-records records made by
  repeating the texts (in a temporary folder, deleted afterwards): its own time (JVM start
  excluded) and the wall time of the whole command.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(shared, corpus, cache):
    cases = cache / corpus
    if not cases.is_dir():
        cases.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(shared / "eval" / "bench_cases.py"), corpus, str(cases)], check=True,
                       stdout=subprocess.DEVNULL)
    texts = []
    for d in sorted(cases.iterdir()):
        art = d / "article.txt"
        if art.is_file():
            texts.append(art.read_text("utf-8"))
    return texts


def best(reps, fn):
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="lgl")
    ap.add_argument("--shared", default=os.environ.get("SHARED") or str(ROOT.parent / "shared"))
    ap.add_argument("--cli", default=str(ROOT / "target" / "release" / "sourcelens"))
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--spark-records", type=int, default=10000, help="0: no Spark run")
    a = ap.parse_args()

    import sourcelens

    shared = Path(a.shared)
    if not (shared / "eval" / "bench_cases.py").is_file():
        sys.exit(f"bench_python: no {shared}/eval/bench_cases.py (set SHARED)")
    texts = load_texts(shared, a.corpus, ROOT / "target" / "bench-python")
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus {a.corpus}: {len(texts)} articles, {mb:.2f} MB (UTF-8); best of {a.reps} runs\n")
    print("| what | threads | seconds | MB/s | articles/s |")
    print("|---|---|---|---|---|")
    sourcelens.analyze_batch(texts[:20])  # warm: tables built once per process

    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "corpus.jsonl"
        with jsonl.open("w", encoding="utf-8") as f:
            for i, t in enumerate(texts):
                f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
        for threads in (1, 2):
            s = best(a.reps, lambda: sourcelens.analyze_batch(texts, threads=threads))
            print(f"| `sourcelens.analyze_batch` (dicts) | {threads} | {s:.2f} | {mb / s:.1f} | {len(texts) / s:.0f} |")
            s = best(a.reps, lambda: subprocess.run([a.cli, "analyze", "--jsonl", "-q", "-j", str(threads), str(jsonl)],
                                                    stdout=subprocess.DEVNULL, check=True))
            print(f"| `sourcelens analyze --jsonl` (JSON lines) | {threads} | {s:.2f} | {mb / s:.1f} | {len(texts) / s:.0f} |")

        if a.spark_records:
            src = Path(tmp) / "spark.jsonl"
            with src.open("w", encoding="utf-8") as f:
                for i in range(a.spark_records):
                    rec = {"id": f"a{i}", "text": texts[i % len(texts)], "outlet": f"outlet-{i % 10}"}
                    f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            spark_mb = src.stat().st_size / 1e6
            t0 = time.perf_counter()
            p = subprocess.run([sys.executable, str(ROOT / "examples" / "spark" / "attributions.py"), str(src),
                                str(Path(tmp) / "out"), "--master", "local[2]"], capture_output=True, text=True)
            wall = time.perf_counter() - t0
            if p.returncode != 0:
                sys.exit(f"bench_python: the Spark job failed:\n{p.stderr[-3000:]}")
            line = next(l for l in p.stderr.splitlines() if l.startswith("attributions.py:"))
            print(f"\nSpark local[2], {a.spark_records} records ({spark_mb:.1f} MB of JSON Lines): "
                  f"wall {wall:.1f} s (JVM start included)\n  {line}")


if __name__ == "__main__":
    main()
