#!/usr/bin/env bash
# Reproduce the stacking / meta-feature experiments described in bench/stacking/README.md.
#
# Usage: bench/stacking/run.sh [STEP ...]
#   default: feats baseline views stack meta sgd loso_sgd sweep eval   (in that order)
#   extra:   loso   (LOSO/LOGO of the LinearSVC stack; never finished in the research run)
# Heavy: tens of minutes on 2 cores for the default steps (loso_sgd alone ~25 min), about
# 650 MB under bench/out/stacking (loso_sgd_out.pkl alone ~480 MB). Later steps read caches
# written by earlier ones: views/stack/sgd/loso_sgd need feats; meta/sgd/loso_sgd need stack
# (M.npy, stackAB_*.npz); sweep/eval need loso_sgd (loso_sgd_out.pkl).
#
# Env: PYTHON (interpreter for the venv, default python3; the research ran 3.11.7),
#      DISCERN_CORPUS (default data/corpus.jsonl), STACK_WORK (default bench/out/stacking).
set -euo pipefail
cd "$(dirname "$0")/../.."

VENV=bench/out/stacking-venv
REQ=bench/stacking/requirements.txt
export DISCERN_CORPUS=${DISCERN_CORPUS:-$PWD/data/corpus.jsonl}
export STACK_WORK=${STACK_WORK:-$PWD/bench/out/stacking}
LOGS=$STACK_WORK/logs
mkdir -p "$LOGS"

# venv: create once, reinstall only when requirements.txt changes
if [ ! -x "$VENV/bin/python" ]; then
  "${PYTHON:-python3}" -m venv "$VENV"
fi
want=$(sha256sum "$REQ" | cut -d' ' -f1)
if [ "$(cat "$VENV/.requirements.sha256" 2>/dev/null || true)" != "$want" ]; then
  "$VENV/bin/pip" install -q -r "$REQ"
  echo "$want" > "$VENV/.requirements.sha256"
fi
PY=$VENV/bin/python

declare -A SCRIPT=(
  [feats]="feats.py"          # hashed word12 / cwb25 / char15cs views -> X_*.npz
  [baseline]="baseline_svc.py" # TF-IDF + LinearSVC baselines
  [views]="base_views.py"      # LinearSVC on each hashed view and their concatenations
  [stack]="stack.py"           # meta features (M.npy) + LinearSVC OOF scores -> LightGBM
  [meta]="meta_exp.py"         # meta-learner variants on the stack.py OOF scores
  [sgd]="sgd_stack.py"         # SGD-log base alone and stacked
  [loso_sgd]="loso_sgd.py"     # SGD-log stack on folds + every LOSO / LOGO split
  [sweep]="lgb_sweep.py"       # meta-learner sweep on the loso_sgd folds split
  [eval]="loso_eval.py"        # pooled LOSO / LOGO table -> loso_results.log
  [loso]="loso.py 2"           # LinearSVC-stack LOSO / LOGO (slow; not in the default set)
)
steps=("$@")
if [ ${#steps[@]} -eq 0 ]; then
  steps=(feats baseline views stack meta sgd loso_sgd sweep eval)
  # a full run starts fresh result logs (the scripts append); keep the old ones aside
  ts=$(date +%Y%m%d-%H%M%S)
  for f in results.log loso_results.log; do
    if [ -f "$STACK_WORK/$f" ]; then mv "$STACK_WORK/$f" "$STACK_WORK/$f.$ts"; fi
  done
fi
for s in "${steps[@]}"; do
  [ -n "${SCRIPT[$s]:-}" ] || { echo "unknown step: $s (one of: ${!SCRIPT[*]})" >&2; exit 2; }
done
for s in "${steps[@]}"; do
  read -r script args <<<"${SCRIPT[$s]}"
  echo "== $s: $script $args  ($(date -u +%FT%TZ))"
  # shellcheck disable=SC2086
  "$PY" "bench/stacking/$script" $args 2>&1 | tee "$LOGS/$s.log"
done
echo "== done; results in $STACK_WORK/results.log and $STACK_WORK/loso_results.log, per-step output in $LOGS/"
