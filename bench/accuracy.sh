#!/usr/bin/env bash
# Every accuracy figure in BENCHMARKS.md, from the shipped data.
# Usage: bench/accuracy.sh   (prints the reports; copies in bench/out/)
# The mails (data/spamassassin.jsonl) weigh 0.3 in training (--weight-field weight).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/out
cargo build --release -p discern
d=target/release/discern
mails=(--weight-field weight)
echo "== corpus folds 2-9 -> 0-1 (the issue's protocol), the mails in training"
$d eval --data data/corpus.jsonl --train-only data/spamassassin.jsonl "${mails[@]}" \
  --train-folds 2-9 --test-folds 0-1 | tee bench/out/folds.txt
echo "== the same, corpus only (the model before the mails)"
$d eval --data data/corpus.jsonl --train-folds 2-9 --test-folds 0-1 | tee bench/out/folds-before.txt
echo "== the same as the first, without length terms"
$d eval --data data/corpus.jsonl --train-only data/spamassassin.jsonl "${mails[@]}" \
  --no-length-terms --train-folds 2-9 --test-folds 0-1 | tee bench/out/folds-no-length.txt
echo "== mails folds 2-9 -> 0-1, the corpus in training"
$d eval --data data/spamassassin.jsonl --train-only data/corpus.jsonl "${mails[@]}" \
  --train-folds 2-9 --test-folds 0-1 | tee bench/out/mail-folds.txt
echo "== shipped model on its held-back fold 0 (corpus, then mails)"
python3 - <<'PY'
import json
for name in ("corpus", "spamassassin"):
    with open(f"bench/out/fold0-{name}.jsonl", "w") as out:
        for line in open(f"data/{name}.jsonl"):
            if json.loads(line)["fold"] == 0:
                out.write(line)
PY
$d eval --data bench/out/fold0-corpus.jsonl | tee bench/out/shipped-fold0.txt
$d eval --data bench/out/fold0-spamassassin.jsonl | tee bench/out/shipped-fold0-mail.txt
echo "== leave-one-source-out"
$d eval --data data/corpus.jsonl data/spamassassin.jsonl "${mails[@]}" --group-field source \
  | tee bench/out/loso.txt
echo "== leave-one-group-out (video, brand account, sub-collection, mailing list)"
$d eval --data data/corpus.jsonl data/spamassassin.jsonl "${mails[@]}" --group-field group \
  | tee bench/out/logo.txt
echo "== YouTube Spam Collection alone, stratified 10-fold, spam vs not"
$d eval --data data/corpus.jsonl --source youtube-spam --cv 10 | tee bench/out/youtube-cv10.txt
echo "== SMS Spam Collection alone, stratified 10-fold"
$d eval --data data/corpus.jsonl --source sms-spam --cv 10 | tee bench/out/sms-cv10.txt
echo "== training time: the corpus alone, then the default model's data"
/usr/bin/time -f "%e s wall, %U s user, %M KiB peak" $d train --data data/corpus.jsonl --out bench/out/all.dscm
/usr/bin/time -f "%e s wall, %U s user, %M KiB peak" $d train --data data/corpus.jsonl \
  data/spamassassin.jsonl "${mails[@]}" --out bench/out/all-mail.dscm
