#!/usr/bin/env python3
"""The case ids of one half of a public benchmark, by the order of its JSONL file (as
../shared/eval/bench_cases.py names them): half 1 is the first ceil(n/2) documents, half 2
the rest. Tune on one half, check on the other.

    python3 scripts/bench_half.py SHARED BENCH HALF     HALF: 1 | 2
"""
import json
import os
import re
import sys


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in ("1", "2"):
        sys.exit(__doc__.strip())
    shared, bench, half = sys.argv[1], sys.argv[2], int(sys.argv[3])
    sys.path.insert(0, os.path.join(shared, "eval"))
    import bench_cases  # noqa: E402

    if bench not in bench_cases.FILES:
        sys.exit(f"bench_half: unknown benchmark {bench!r}")
    with open(os.path.join(bench_cases.BENCH, bench_cases.FILES[bench]), encoding="utf-8") as f:
        ids = [re.sub(r"[^A-Za-z0-9._-]", "_", str(json.loads(line)["id"])) for line in f if line.strip()]
    cut = (len(ids) + 1) // 2
    for cid in ids[:cut] if half == 1 else ids[cut:]:
        print(cid)


if __name__ == "__main__":
    main()
