#!/usr/bin/env bash
# Every accuracy figure in BENCHMARKS.md, from the shipped corpus.
# Usage: bench/accuracy.sh   (prints the reports; JSON copies in bench/out/)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
cargo build --release -p discern
d=target/release/discern
echo "== folds 2-9 -> 0-1 (the issue's protocol)"
$d eval --data data/corpus.jsonl --train-folds 2-9 --test-folds 0-1 | tee bench/out/folds.txt
echo "== shipped model on its held-back fold 0"
python3 - <<'PY'
import json
with open("bench/out/fold0.jsonl", "w") as out:
    for line in open("data/corpus.jsonl"):
        if json.loads(line)["fold"] == 0:
            out.write(line)
PY
$d eval --data bench/out/fold0.jsonl | tee bench/out/shipped-fold0.txt
echo "== leave-one-source-out"
$d eval --data data/corpus.jsonl --group-field source | tee bench/out/loso.txt
echo "== leave-one-group-out (video, brand account, sub-collection)"
$d eval --data data/corpus.jsonl --group-field group | tee bench/out/logo.txt
echo "== YouTube Spam Collection alone, stratified 10-fold, spam vs not"
$d eval --data data/corpus.jsonl --source youtube-spam --cv 10 | tee bench/out/youtube-cv10.txt
echo "== SMS Spam Collection alone, stratified 10-fold"
$d eval --data data/corpus.jsonl --source sms-spam --cv 10 | tee bench/out/sms-cv10.txt
echo "== training time, whole corpus"
/usr/bin/time -f "%e s wall, %U s user, %M KiB peak" $d train --data data/corpus.jsonl --out bench/out/all.dscm
