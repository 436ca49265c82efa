#!/usr/bin/env bash
# Whole-command speed: `discern classify` against `fasttext predict` (Debian package
# fasttext, word bigrams) on the same 1,000,000 posts, in one run, plus peak memory.
# Usage: bench/classify_vs_fasttext.sh [N]   (results in bench/out/)
#        OLD=path/to/older/discern bench/classify_vs_fasttext.sh   adds an older build to the
#        same run, for side-by-side ratios on a noisy machine
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
out=bench/out
mkdir -p "$out"
command -v fasttext >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fasttext; }
command -v hyperfine >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine; }
cargo build --release -p discern
python3 bench/make_posts.py data/corpus.jsonl "$out" "$n"
python3 bench/fasttext_data.py data/corpus.jsonl "$out"
[[ -f $out/ft.bin ]] || fasttext supervised -input "$out/ft-train.txt" -output "$out/ft" -wordNgrams 2 -epoch 10 -lr 0.5 -thread 2 -verbose 0
echo "== fastText accuracy on folds 0-1 (precision@1 = accuracy):"
fasttext test "$out/ft.bin" "$out/ft-test.txt"
discern=target/release/discern
echo "== versions"
$discern --version
dpkg -s fasttext | grep '^Version'
old=()
if [[ -n ${OLD:-} ]]; then
  old=(-n "older discern classify (1 thread)" "$OLD classify --threads 1 $out/posts.jsonl > /dev/null")
fi
hyperfine --warmup 1 --runs 3 --export-markdown "$out/classify-vs-fasttext.md" "${old[@]}" \
  -n "discern classify (1 thread)" "$discern classify --threads 1 $out/posts.jsonl > /dev/null" \
  -n "discern classify (1 thread, no signals)" "$discern classify --threads 1 --signals 0 $out/posts.jsonl > /dev/null" \
  -n "discern classify (all cores)" "$discern classify $out/posts.jsonl > /dev/null" \
  -n "fasttext predict" "fasttext predict $out/ft.bin $out/posts.txt > /dev/null"
echo "== peak memory (max RSS, KiB)"
for cmd in "$discern classify --threads 1 $out/posts.jsonl" "fasttext predict $out/ft.bin $out/posts.txt"; do
  /usr/bin/time -f "%M KiB  %e s  $cmd" $cmd > /dev/null
done
