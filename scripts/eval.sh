#!/usr/bin/env bash
# Scores the release CLI on a folder of cases (default ../shared/eval/dev) with
# ../shared/eval/score.py. Extra arguments go to score.py (e.g. --per-case).
set -euo pipefail
cd "$(dirname "$0")/.."
# the read-only shared folder (eval cases, scorer, benchmarks) beside the repository
SHARED=${SHARED:-../shared}
cases=${1:-$SHARED/eval/dev}
shift || true
if [ ! -d "$cases" ]; then
  echo "eval: no cases folder $cases (nothing to score)"; exit 0
fi
# BIN=target/iter/sourcelens scores a quick `cargo build --profile iter` build instead
BIN=${BIN:-target/release/sourcelens}
[ -x "$BIN" ] || cargo build --release --locked
out=target/eval/$(basename "$cases")
rm -rf "$out"
python3 scripts/run_cases.py "$cases" "$out" --bin "$BIN"
python3 "$SHARED/eval/score.py" --cases "$cases" --pred "$out" "$@"
# what score.py leaves out: anonymity and direct/indirect/mixed on matched cues
python3 scripts/score_extra.py "$cases" "$out"
# places: resolution by name and by distance <= 161 km where gold places carry lat/lon
SHARED=$SHARED python3 scripts/score_places.py "$cases" "$out"
