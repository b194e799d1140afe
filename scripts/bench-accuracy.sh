#!/usr/bin/env bash
# Accuracy on the public benchmarks of ../shared/benchmarks (cases made by
# ../shared/eval/bench_cases.py), scored with ../shared/eval/score.py.
#   scripts/bench-accuracy.sh [BENCH...]     BENCH: te3 meantime geowebnews lgl trnews geovirus
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=(te3 meantime geowebnews lgl trnews geovirus)
# BIN=target/iter/sourcelens scores a quick `cargo build --profile iter` build instead
BIN=${BIN:-target/release/sourcelens}
[ -x "$BIN" ] || cargo build --release --locked
for b in "${benches[@]}"; do
  cases=target/bench-cases/$b
  if [ ! -d "$cases" ]; then
    python3 "$SHARED/eval/bench_cases.py" "$b" "$cases" >/dev/null
  fi
  out=target/bench-pred/$b
  rm -rf "$out"
  python3 scripts/run_cases.py "$cases" "$out" --bin "$BIN"
  echo "== $b"
  python3 "$SHARED/eval/score.py" --cases "$cases" --pred "$out"
  case $b in
    # place resolution by distance (gold coordinates from the benchmark)
    geowebnews|lgl|trnews|geovirus) SHARED=$SHARED python3 scripts/score_places.py "$cases" "$out" --bench "$b" ;;
  esac
done
