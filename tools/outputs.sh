#!/usr/bin/env bash
# Saves the Report JSON of every case this checkout can run, so that a refactoring can prove
# that behaviour did not change:
#
#   tools/outputs.sh snapshot DIR      # write DIR/<set>/<case>.json (+ the sample in every form)
#   tools/outputs.sh compare A B       # list every file that differs; exit 1 if any
#
# Sets: the shared dev set, every ../shared/benchmarks corpus (cases made by bench_cases.py),
# our annotated articles (tests/articles), the attribution corpus (tests/corpus/attrib), the
# e2e fixture pages, PolNeAR train/dev when POLNEAR_GIT is set, and the sample article as
# text and HTML in the three offset units and the text summary.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
BIN=${BIN:-target/release/sourcelens}

snapshot() {
  local dir=$1
  [ -x "$BIN" ] || cargo build --release --locked
  rm -rf "$dir" && mkdir -p "$dir"
  local sets=("dev=$SHARED/eval/dev" "articles=tests/articles" "attrib=tests/corpus/attrib")
  for b in te3 meantime geowebnews lgl trnews geovirus; do
    local cases=target/bench-cases/$b
    if [ ! -d "$cases" ] && [ -d "$SHARED/benchmarks" ]; then
      python3 "$SHARED/eval/bench_cases.py" "$b" "$cases" >/dev/null
    fi
    [ -d "$cases" ] && sets+=("$b=$cases")
  done
  if [ -n "${POLNEAR_GIT:-}" ]; then
    for split in train dev; do
      local cases=target/polnear/$split
      [ -d "$cases" ] || python3 "$SHARED/eval/polnear.py" "$split" "$cases" --speech >/dev/null
      sets+=("polnear-$split=$cases")
    done
  fi
  for s in "${sets[@]}"; do
    local name=${s%%=*} cases=${s#*=}
    [ -d "$cases" ] || continue
    python3 scripts/run_cases.py --bin "$BIN" "$cases" "$dir/$name" 2>/dev/null
    rm -f "$dir/$name/_meta.json" "$dir/$name/_wall_s"
  done
  mkdir -p "$dir/sample" "$dir/fixtures"
  for f in examples/sana-raqqa-2017-10-30.txt examples/sana-raqqa-2017-10-30.html; do
    local b
    b=$(basename "$f")
    for u in utf8 utf16 char; do
      "$BIN" analyze --offsets "$u" "$f" > "$dir/sample/$b.$u.json"
      "$BIN" analyze --offsets "$u" --published 2017-10-30 "$f" > "$dir/sample/$b.$u.published.json"
    done
    "$BIN" analyze --format text --published 2017-10-30 "$f" > "$dir/sample/$b.txt"
  done
  find tests/e2e/fixtures -name '*.html' | sort | while read -r f; do
    "$BIN" analyze --offsets utf16 "$f" > "$dir/fixtures/$(echo "$f" | tr / _).json" 2>&1 || true
  done
  echo "outputs: $(find "$dir" -type f | wc -l) files in $dir"
}

compare() {
  local a=$1 b=$2 n differ
  n=$(cd "$a" && find . -type f | wc -l)
  differ=$(diff -rq "$a" "$b" | tee /dev/stderr | wc -l || true)
  echo "outputs: $n files in $a, $differ differ from $b"
  [ "$differ" = 0 ]
}

case "${1:-}" in
  snapshot) snapshot "${2:?DIR}" ;;
  compare) compare "${2:?A}" "${3:?B}" ;;
  *) echo "usage: tools/outputs.sh snapshot DIR | compare A B" >&2; exit 2 ;;
esac
