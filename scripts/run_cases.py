#!/usr/bin/env python3
"""Run the sourcelens CLI over a folder of evaluation cases and write one prediction per case.

    python3 scripts/run_cases.py CASES_DIR PRED_DIR [--bin target/release/sourcelens]

Each case is CASES_DIR/<id>/article.txt (+ gold.json, whose "published" date, when present,
is passed as the article's publication date, as a user of the CLI would pass it). All cases go
through one `sourcelens analyze --jsonl --offsets char` process; PRED_DIR/<id>.json gets the
Report, PRED_DIR/_meta.json the character count and processing time, PRED_DIR/_wall_s the
wall time (read by ../shared/eval/score.py).
"""
import argparse
import json
import os
import subprocess
import sys
import time


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cases")
    ap.add_argument("pred")
    ap.add_argument("--bin", default="target/release/sourcelens")
    a = ap.parse_args()
    os.makedirs(a.pred, exist_ok=True)
    lines, ids, chars = [], [], 0
    for cid in sorted(os.listdir(a.cases)):
        d = os.path.join(a.cases, cid)
        art = os.path.join(d, "article.txt")
        if not os.path.isfile(art):
            continue
        with open(art, encoding="utf-8") as f:
            text = f.read()
        published = None
        gp = os.path.join(d, "gold.json")
        if os.path.isfile(gp):
            with open(gp, encoding="utf-8") as f:
                published = json.load(f).get("published")
        rec = {"id": cid, "text": text}
        if published:
            rec["published"] = published
        lines.append(json.dumps(rec, ensure_ascii=False))
        ids.append(cid)
        chars += len(text)
    t0 = time.time()
    proc = subprocess.run([a.bin, "analyze", "--jsonl", "--offsets", "char", "-"],
                          input="\n".join(lines) + "\n", capture_output=True, text=True)
    wall = time.time() - t0
    if proc.returncode != 0:
        sys.exit(f"run_cases: sourcelens failed: {proc.stderr.strip()}")
    errors = 0
    for out in proc.stdout.splitlines():
        rec = json.loads(out)
        if "error" in rec:
            errors += 1
            print(f"run_cases: {rec.get('id')}: {rec['error']}", file=sys.stderr)
            continue
        with open(os.path.join(a.pred, f"{rec['id']}.json"), "w", encoding="utf-8") as f:
            json.dump(rec["report"], f, ensure_ascii=False)
    with open(os.path.join(a.pred, "_meta.json"), "w") as f:
        json.dump({"chars": chars, "proc_s": wall, "errors": errors,
                   "versions": {"sourcelens": subprocess.run([a.bin, "--version"], capture_output=True, text=True).stdout.split()[-1]}}, f)
    with open(os.path.join(a.pred, "_wall_s"), "w") as f:
        f.write(f"{wall}\n")
    print(f"run_cases: {len(ids)} cases, {chars} chars, {wall:.2f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
