#!/usr/bin/env bash
# Accuracy on the public benchmarks of ../shared/benchmarks (cases made by
# ../shared/eval/bench_cases.py), scored with ../shared/eval/score.py.
#   scripts/bench-accuracy.sh [BENCH...]     BENCH: te3 meantime geowebnews lgl trnews geovirus
# BIN=target/iter/sourcelens scores a quick `cargo build --profile iter` build instead of the
# release CLI; HALF=1 or HALF=2 scores only the first or second half of each benchmark's
# documents (by file order: tune on one half, check on the other).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=(te3 meantime geowebnews lgl trnews geovirus)
BIN=${BIN:-target/release/sourcelens}
[ -x "$BIN" ] || cargo build --release --locked
HALF=${HALF:-}
for b in "${benches[@]}"; do
  cases=target/bench-cases/$b
  if [ ! -d "$cases" ]; then
    python3 "$SHARED/eval/bench_cases.py" "$b" "$cases" >/dev/null
  fi
  if [ -n "$HALF" ]; then
    # the half's cases as a folder of links (halves by the benchmark's file order)
    half=target/bench-cases/$b-half$HALF
    rm -rf "$half"; mkdir -p "$half"
    python3 scripts/bench_half.py "$SHARED" "$b" "$HALF" | while read -r id; do
      ln -s "$(pwd)/$cases/$id" "$half/$id"
    done
    cases=$half
  fi
  out=target/bench-pred/$b${HALF:+-half$HALF}
  rm -rf "$out"
  python3 scripts/run_cases.py "$cases" "$out" --bin "$BIN"
  echo "== $b"
  python3 "$SHARED/eval/score.py" --cases "$cases" --pred "$out"
  case $b in
    # place resolution by distance (gold coordinates from the benchmark)
    geowebnews|lgl|trnews|geovirus) SHARED=$SHARED python3 scripts/score_places.py "$cases" "$out" --bench "$b" ;;
  esac
done
