#!/usr/bin/env bash
# Runs the release CLI on every case folder of $1 (article.txt [+ gold.json's "published"])
# and prints the table of ../shared/eval/score.py. Predictions go to target/eval/<set>/.
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-../shared/eval/dev}
shift || true
if [ ! -d "$cases" ]; then
  echo "eval: no cases folder $cases (nothing to score)"; exit 0
fi
bin=target/release/sourcelens
[ -x "$bin" ] || cargo build --release --locked
out=target/eval/$(basename "$cases")
rm -rf "$out" && mkdir -p "$out"
start=$(date +%s.%N)
chars=0
for d in "$cases"/*/; do
  id=$(basename "$d")
  [ -f "$d/article.txt" ] || continue
  published=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("published") or "")' "$d/gold.json" 2>/dev/null || true)
  args=(analyze --offsets char)
  [ -n "$published" ] && args+=(--published "$published")
  "$bin" "${args[@]}" "$d/article.txt" > "$out/$id.json"
  chars=$((chars + $(python3 -c 'import sys; print(len(open(sys.argv[1], encoding="utf-8").read()))' "$d/article.txt")))
done
end=$(date +%s.%N)
python3 -c 'import sys; print(float(sys.argv[2]) - float(sys.argv[1]))' "$start" "$end" > "$out/_wall_s"
echo "{\"chars\": $chars}" > "$out/_meta.json"
python3 ../shared/eval/score.py --cases "$cases" --pred "$out" "$@"
