#!/usr/bin/env bash
# Scores the release CLI on PolNeAR (speech attributions of US political news, 2016) and prints
# the error analysis of tools/attrib_errors.py. Not part of CI.
#
#   POLNEAR_GIT=<git dir of a fetched networkdynamics/PolNeAR> scripts/eval-polnear.sh
#
# POLNEAR_SPLITS   splits to score (default "dev"; "train dev" for both). Only train and dev
#                  exist here: ../shared/eval/polnear.py converts nothing else, and the test
#                  split is the held-out measure, never read.
# ATTRIB_SPLITS    splits to run tools/attrib_errors.py on (default "dev")
# ATTRIB_EXAMPLES  example snippets per class in that analysis (default 0; terminal only)
# Cases are converted once into target/polnear/<split> (speech cues, what score.py scores) and
# target/polnear/<split>-all (every attribution, for the "annotated, not speech" class);
# predictions go to target/polnear/pred-<split>. Nothing from PolNeAR leaves target/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${POLNEAR_GIT:-}" ]; then
  echo "eval-polnear: POLNEAR_GIT is not set (the git dir of a fetched networkdynamics/PolNeAR); skipped"
  exit 0
fi
SHARED=${SHARED:-../shared}
if [ ! -f "$SHARED/eval/polnear.py" ] || [ ! -d "$POLNEAR_GIT" ]; then
  echo "eval-polnear: needs $SHARED/eval/polnear.py (set SHARED) and the git dir POLNEAR_GIT=$POLNEAR_GIT" >&2
  exit 1
fi
export SHARED POLNEAR_GIT
SPLITS=${POLNEAR_SPLITS:-dev}
ATTRIB=${ATTRIB_SPLITS:-dev}
for split in $SPLITS $ATTRIB; do
  case $split in train|dev) ;; *) echo "eval-polnear: unknown split '$split' (train or dev)" >&2; exit 1;; esac
done
${CARGO:-cargo} build --release --locked

# convert a split once (into a temporary folder first, so an interrupted run leaves nothing half-made)
convert() {
  local split=$1 out=$2; shift 2
  [ -d "$out" ] && return 0
  rm -rf "$out.tmp"
  python3 "$SHARED/eval/polnear.py" "$split" "$out.tmp" "$@"
  mv "$out.tmp" "$out"
}

declare -A done_split
predict() {
  local split=$1
  [ -n "${done_split[$split]:-}" ] && return 0
  convert "$split" "target/polnear/$split" --speech
  convert "$split" "target/polnear/$split-all"
  rm -rf "target/polnear/pred-$split"
  python3 scripts/run_cases.py "target/polnear/$split" "target/polnear/pred-$split"
  done_split[$split]=1
}

for split in $SPLITS; do
  predict "$split"
  echo
  echo "== PolNeAR $split, speech attributions"
  python3 "$SHARED/eval/score.py" --cases "target/polnear/$split" --pred "target/polnear/pred-$split"
done
for split in $ATTRIB; do
  predict "$split"
  echo
  echo "== tools/attrib_errors.py on PolNeAR $split"
  python3 tools/attrib_errors.py "target/polnear/$split" "target/polnear/pred-$split" \
    --full-gold "target/polnear/$split-all" --examples "${ATTRIB_EXAMPLES:-0}"
done
