#!/usr/bin/env bash
# Throughput of the batch CLI over the public corpora of ../shared/benchmarks (GeoWebNews,
# LGL, TR-News, GeoVirus, MEANTIME, TempEval-3: 1,275 articles, 2.6 MB of JSON Lines):
# MB/s, articles/s and peak memory (/usr/bin/time -v's maximum resident set size), how it
# scales with the input (the corpus concatenated 1x, 4x, 16x, 64x) and with threads.
#
#   scripts/bench-throughput.sh                 # default scales: 1 4 16 64
#   SCALES="1 4" REPS=1 scripts/bench-throughput.sh
#
# Each row is the best (lowest wall time) of REPS runs (default 3; 1 for inputs over 50 MB):
# the machine may be shared. CPU s (user + system) and MB per CPU s depend less on other
# load than wall time does. Prints a Markdown table, also saved to
# target/bench-throughput/results.md. Generated inputs live in target/bench-throughput/.
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH=${BENCH:-${SHARED:-../shared}/benchmarks}
SCALES=${SCALES:-1 4 16 64}
REPS=${REPS:-3}
BIN=target/release/sourcelens
DIR=target/bench-throughput
NPROC=$(nproc)
[ -d "$BENCH" ] || { echo "bench-throughput: no $BENCH (nothing to measure)"; exit 0; }
[ -x /usr/bin/time ] || { echo "bench-throughput: needs /usr/bin/time (apt-get install time)"; exit 1; }
cargo build --release --locked --quiet
mkdir -p "$DIR"
if [ ! -s "$DIR/corpus-1x.jsonl" ] || [ ! -s "$DIR/html-1x.jsonl" ] || [ ! -d "$DIR/files" ]; then
  rm -rf "$DIR/files"
  python3 scripts/bench_corpus.py "$BENCH" "$DIR/corpus-1x.jsonl" \
    --html "$DIR/html-1x.jsonl" --files "$DIR/files" >/dev/null
fi
for s in $SCALES; do
  f="$DIR/corpus-${s}x.jsonl"
  if [ ! -s "$f" ]; then
    for _ in $(seq "$s"); do cat "$DIR/corpus-1x.jsonl"; done > "$f.tmp" && mv "$f.tmp" "$f"
  fi
done

rows=()
# measure LABEL INPUT_BYTES ARTICLES THREADS -- COMMAND...
measure() {
  local label=$1 bytes=$2 articles=$3 threads=$4; shift 5
  local reps=$REPS best="" mem="" cpu="" out
  [ "$bytes" -gt 50000000 ] && reps=1
  for _ in $(seq "$reps"); do
    /usr/bin/time -f "%e %M %U %S" -o "$DIR/time.txt" "$@" > "$DIR/out.tmp"
    read -r wall rss usr sys < "$DIR/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then
      best=$wall; mem=$rss; cpu=$(awk "BEGIN{print $usr + $sys}")
    fi
  done
  out=$(grep -c . "$DIR/out.tmp" || true)
  rows+=("$(awk -v l="$label" -v b="$bytes" -v a="$articles" -v t="$threads" -v w="$best" -v m="$mem" -v c="$cpu" -v o="$out" 'BEGIN{
    w = (w < 0.005) ? 0.005 : w; c = (c < 0.005) ? 0.005 : c;
    printf "| %s | %d | %.1f | %d | %.2f | %.1f | %.0f | %.2f | %.1f | %.0f | %d |", l, a, b/1e6, t, w, b/1e6/w, a/w, c, b/1e6/c, m/1024, o }')")
}

n1=$(grep -c . "$DIR/corpus-1x.jsonl")
for s in $SCALES; do
  f="$DIR/corpus-${s}x.jsonl"
  measure "analyze --jsonl, corpus ${s}x" "$(stat -c %s "$f")" $((n1 * s)) "$NPROC" -- \
    "$BIN" analyze --jsonl -q "$f"
done
mid="$DIR/corpus-4x.jsonl"
[ -s "$mid" ] || mid="$DIR/corpus-1x.jsonl"
nmid=$(grep -c . "$mid")
for t in 1 2; do
  measure "analyze --jsonl -j $t, $(basename "$mid" .jsonl)" "$(stat -c %s "$mid")" "$nmid" "$t" -- \
    "$BIN" analyze --jsonl -q -j "$t" "$mid"
done
measure "analyze -r (1,275 .txt files)" "$(du -sb "$DIR/files" | cut -f1)" "$n1" "$NPROC" -- \
  "$BIN" analyze -r -q "$DIR/files"
measure "analyze --jsonl, html records 1x" "$(stat -c %s "$DIR/html-1x.jsonl")" "$n1" "$NPROC" -- \
  "$BIN" analyze --jsonl -q "$DIR/html-1x.jsonl"
measure "stats --jsonl, $(basename "$mid" .jsonl)" "$(stat -c %s "$mid")" "$nmid" "$NPROC" -- \
  "$BIN" stats --jsonl -q "$mid"

{
  echo "sourcelens $("$BIN" --version | awk '{print $2}') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)); best of $REPS"
  echo
  echo "| run | articles | input MB | threads | wall s | MB/s | articles/s | CPU s | MB per CPU s | peak RSS MB | output lines |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} | tee "$DIR/results.md"
rm -f "$DIR/out.tmp" "$DIR/time.txt"
