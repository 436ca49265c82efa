#!/usr/bin/env bash
# Trains the default model that ships inside the binary (models/default.dscm) on every
# labelled source: the corpus, the SpamAssassin mails (long-form text; each weighs 0.3,
# see data/sources/spamassassin/build.py) and the sources in data/sets/ (customer
# service, cause ads, scam and bot replies, long social text, sponsored posts,
# non-English comments; data/sets/README.md). Weak rows (labels from where a text was
# collected) weigh as much as the rest: at 0.3 pooled leave-one-source-out macro-F1 fell
# (0.4801 -> 0.4779, BENCHMARKS.md). deceptive-opinion is left out of training: its "spam" are paid
# fake hotel reviews that read like real ones (people cannot tell them apart either), so
# it would teach that enthusiastic reviews are spam; it stays an evaluation source, as do
# the other sources listed in data/sets/eval-only.txt (data/sets/README.md says why).
# Fold 0 of every file (about 10%) is held back: the test suite checks the embedded
# model on it, so a regression fails CI on data the model never saw.
set -euo pipefail
cd "$(dirname "$0")/.."
sets=()
for f in data/sets/*.jsonl; do
  grep -qxF "$(basename "$f")" data/sets/eval-only.txt || sets+=("$f")
done
cargo run --release -p discern -- train --data data/corpus.jsonl data/spamassassin.jsonl "${sets[@]}" \
  --weight-field weight --exclude-fold 0 --out models/default.dscm "$@"
