#!/usr/bin/env bash
# Leave-one-source-out and leave-one-kind-out for discern's learner settings, on all the
# labelled data (corpus, mails, data/sets). Each run trains one model per held-out
# source (or kind) on everything else and tests it on the held-out part.
#
#   bench/loso.sh NAME [learner flags...]     e.g. bench/loso.sh char25 --char-ngrams 2-5
#
# Writes bench/out/loso-NAME-source.json and bench/out/loso-NAME-kind.json.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1
shift
bin=${DISCERN:-target/release/discern}
mkdir -p bench/out
# Evaluation-only sources (data/sets/eval-only.txt) are tested and never trained on.
data=(data/corpus.jsonl data/spamassassin.jsonl) tested=()
for f in data/sets/*.jsonl; do
  if grep -qxF "$(basename "$f")" data/sets/eval-only.txt; then tested+=("$f"); else data+=("$f"); fi
done
for field in source text_kind; do
  "$bin" eval --data "${data[@]}" --test-only "${tested[@]}" --weight-field weight \
    --group-field "$field" --json "$@" \
    >"bench/out/loso-$name-${field#text_}.json"
done
