#!/usr/bin/env python3
"""Fits the evidence weights (`Evidence::weight` in crates/engine/src/evidence.rs) on
held-out predictions, and measures the fitting itself leave-one-source-out.

    discern eval --data <train files> --test-only <eval-only files> --weight-field weight \
        --group-field source --judged --json --predictions bench/out/loso-pred.jsonl
    python3 bench/fit_evidence.py bench/out/loso-pred.jsonl <the same files, same order>

Each held-out text's text-model probabilities come from a model that never saw its
source, so they are what the judgement meets on a new source. The judgement of a text
alone (or of a lone comment or message) is `bench/rejudge.py`'s, with one weight per kind
of evidence instead of the hand-set ones. Weights are fitted by coordinate descent on
pooled macro-F1 (a weight moves to the grid value that raises it most, in sweeps until
none does by more than MIN_GAIN), starting from the shipped weights.

Two figures come out:
- **nested**: for each source, weights fitted on the other sources' texts judge that
  source's texts; the pooled macro-F1 of those judgements is the honest figure for
  "fitted weights" on a source they were not fitted on (the procedure, not one fit, is
  what is measured);
- **all**: the weights fitted on every source, to ship, with the in-sample figure.

Kinds of evidence on fewer than MIN_ROWS texts, or in fewer than MIN_SOURCES sources,
keep their shipped weights: a weight fitted on one source's texts learns that source.
"""

import json
import os
import sys
from collections import Counter, defaultdict

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rejudge  # noqa: E402

LABELS = rejudge.LABELS
MIN_ROWS = int(os.environ.get("MIN_ROWS", "200"))
MIN_SOURCES = int(os.environ.get("MIN_SOURCES", "3"))
MIN_GAIN = float(os.environ.get("MIN_GAIN", "0.0002"))
GRID = np.arange(-2.0, 8.01, 0.5)


def kind_of_evidence(described):
    """The weight class of one evidence description: its `Evidence` variant, with the
    disclosure split as `Evidence::weight` splits it."""
    if described.startswith("sponsorship disclosure"):
        tag = described.split('"')[1].startswith(("#", "paid partnership"))
        return "sponsorship disclosure (tag)" if tag else "sponsorship disclosure (words)"
    for start, _ in rejudge.WEIGHTS:
        if described.startswith(start):
            return start
    raise SystemExit(f"unknown evidence {described!r}: update rejudge.WEIGHTS")


def shipped_weight(kind):
    if kind == "sponsorship disclosure (tag)":
        return rejudge.DISCLOSURE
    if kind == "sponsorship disclosure (words)":
        return 2.5
    return dict(rejudge.WEIGHTS)[kind]


def logit(p):
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def prepare(preds, rows, found):
    """Everything of the judgement that does not depend on the weights, as arrays."""
    kinds = sorted({kind_of_evidence(e) for r in preds for e in found[r["index"]]})
    col = {k: i for i, k in enumerate(kinds)}
    n = len(preds)
    counts = np.zeros((n, len(kinds)), dtype=np.float32)
    z_text = np.zeros(n)
    shift = np.zeros(n)
    keep = np.ones(n)
    y = np.zeros(n, dtype=np.int64)
    part = []
    for i, r in enumerate(preds):
        row = rows[r["index"]]
        text = row["text"]
        kind = rejudge.kind_of(row)
        elsewhere = kind in rejudge.LANDS_ELSEWHERE
        inbox = kind in rejudge.INBOX and not (rejudge.RE_CONVERSES and rejudge.ANSWERS.match(text))
        evidence = found[r["index"]]
        for e in evidence:
            counts[i, col[kind_of_evidence(e)]] += 1
        z_text[i], shift[i], a_i, b_i, _ = rejudge.judgement_parts(
            r["text"], evidence, elsewhere, inbox, text)
        # The marketing share of promotion, b·(1 − a), is all the judgement needs.
        keep[i] = b_i * (1 - a_i)
        y[i] = LABELS.index(r["label"])
        part.append(r["part"])
    return kinds, counts, z_text, shift, keep, y, np.array(part)


def judge(w, counts, z_text, shift, keep):
    z = z_text + counts @ w + shift
    p = 1 / (1 + np.exp(-np.clip(z, -40, 40)))
    return np.stack([p * keep, 1 - p, p * (1 - keep)], axis=1)


def f1_of(conf):
    f = []
    for k in range(3):
        tp = conf[k, k]
        fp = conf[:, k].sum() - tp
        fn = conf[k, :].sum() - tp
        f.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f)), f


def confusion(y, pred):
    return np.bincount(y * 3 + pred, minlength=9).reshape(3, 3)


def macro_f1(pred, y):
    return f1_of(confusion(y, pred))


def predict(z, keep):
    p = 1 / (1 + np.exp(-np.clip(z, -40, 40)))
    return np.stack([p * keep, 1 - p, p * (1 - keep)], axis=1).argmax(1)


def fit(w0, fittable, counts, z_text, shift, keep, y):
    """Coordinate descent on pooled macro-F1. Moving one weight changes only the texts
    with that evidence, so each trial re-judges those and updates the confusion."""
    w = w0.copy()
    z = z_text + counts @ w + shift
    pred = predict(z, keep)
    conf = confusion(y, pred)
    best = f1_of(conf)[0]
    touched = {k: np.nonzero(counts[:, k])[0] for k in fittable}
    for _ in range(8):
        moved = False
        for k in fittable:
            rows = touched[k]
            c = counts[rows, k]
            before = confusion(y[rows], pred[rows])
            top, top_value, top_pred = best, w[k], None
            for value in GRID:
                if value == w[k]:
                    continue
                trial = predict(z[rows] + c * (value - w[k]), keep[rows])
                score = f1_of(conf - before + confusion(y[rows], trial))[0]
                if score > top + MIN_GAIN:
                    top, top_value, top_pred = score, value, trial
            if top_pred is not None:
                z[rows] += c * (top_value - w[k])
                conf = conf - before + confusion(y[rows], top_pred)
                pred[rows] = top_pred
                w[k] = top_value
                best = top
                moved = True
        if not moved:
            break
    return w, best


def main():
    preds = [json.loads(line) for line in open(sys.argv[1])]
    rows = rejudge.read_rows(sys.argv[2:])
    rejudge.check_order(preds, rows)
    cache = os.environ.get("EVIDENCE_CACHE")
    if cache and os.path.exists(cache):
        found = {int(k): v for k, v in json.load(open(cache)).items()}
    else:
        found = rejudge.evidence_of(rows)
        if cache:
            json.dump(found, open(cache, "w"))
    kinds, counts, z_text, shift, keep, y, part = prepare(preds, rows, found)
    w0 = np.array([shipped_weight(k) for k in kinds])
    start = judge(w0, counts, z_text, shift, keep)
    # The arrays must give back rejudge's judgement exactly at the shipped weights.
    again = np.array([rejudge.judge_alone(r["text"], found[r["index"]],
                                          rejudge.kind_of(rows[r["index"]]) in rejudge.LANDS_ELSEWHERE,
                                          rejudge.kind_of(rows[r["index"]]) in rejudge.INBOX
                                          and not (rejudge.RE_CONVERSES and rejudge.ANSWERS.match(rows[r["index"]]["text"])),
                                          rows[r["index"]]["text"]) for r in preds])
    agree = np.mean(start.argmax(1) == again.argmax(1))
    print(f"arrays agree with rejudge.py on {agree:.5f} of the texts")
    base = macro_f1(start.argmax(1), y)
    print(f"shipped weights: macro-F1 {base[0]:.4f}")
    sources = sorted(set(part))
    support = {k: (int((counts[:, i] > 0).sum()), len(set(part[counts[:, i] > 0])))
               for i, k in enumerate(kinds)}
    fittable = [i for i, k in enumerate(kinds)
                if support[k][0] >= MIN_ROWS and support[k][1] >= MIN_SOURCES]
    print("fitted kinds:", ", ".join(kinds[i] for i in fittable))
    if os.environ.get("NESTED", "1") == "1":
        nested = np.zeros(len(y), dtype=np.int64)
        for s in sources:
            train = part != s
            w, _ = fit(w0, fittable, counts[train], z_text[train], shift[train], keep[train], y[train])
            test = ~train
            nested[test] = judge(w, counts[test], z_text[test], shift[test], keep[test]).argmax(1)
            acc_before = np.mean(start[test].argmax(1) == y[test])
            acc_after = np.mean(nested[test] == y[test])
            print(f"  {s:32} {acc_before:.3f} -> {acc_after:.3f}", flush=True)
        m, f = macro_f1(nested, y)
        print(f"nested leave-one-source-out: macro-F1 {base[0]:.4f} -> {m:.4f} "
              f"(marketing {f[0]:.3f}, social {f[1]:.3f}, spam {f[2]:.3f}); "
              f"accuracy {np.mean(start.argmax(1) == y):.4f} -> {np.mean(nested == y):.4f}")
    w, best = fit(w0, fittable, counts, z_text, shift, keep, y)
    print(f"all sources: macro-F1 {base[0]:.4f} -> {best:.4f} (in sample)")
    for i, k in enumerate(kinds):
        mark = "" if w[i] == w0[i] else "  <- fitted"
        print(f"  {k:40} rows {support[k][0]:6} sources {support[k][1]:2}  {w0[i]:5.2f} -> {w[i]:5.2f}{mark}")


if __name__ == "__main__":
    main()
