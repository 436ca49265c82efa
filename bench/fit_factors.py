#!/usr/bin/env python3
"""Fits the two factors that sit on top of the text model, on predictions for sources the
text model never saw, and measures the fit on sources the fit never saw.

    discern eval --data data/corpus.jsonl data/spamassassin.jsonl data/sets/*.jsonl \
        --weight-field weight --group-field source --predictions bench/out/loso-pred.jsonl
    python3 bench/fit_factors.py bench/out/loso-pred.jsonl

Each line of the predictions file is one held-out example (leave one source out): the text
model's probabilities from the model that did not see its source, and the kinds of
evidence the engine found in it (`crates/engine/src/evidence.rs`).

Two logistic regressions, as `crates/engine/src/factors.rs` combines them:

- promotes: is the text for promotion (marketing or spam) — on the text model's
  log-odds of promotion and one indicator per kind of evidence, plus "nothing to act on";
- sent by: among promotional texts, is it spam — on the text model's log-odds of spam
  within promotion and the same indicators.

Judged alone (no thread), P(social) = 1 - p, P(marketing) = p(1 - a), P(spam) = p·a.

Every source weighs the same in the fit (its rows' weights scaled to one total), so the
fit does not learn the largest source. The fit is measured nested: for each source, both
regressions are fitted on the other sources' held-out predictions and tested on it, and
the pooled macro-F1 over all sources is compared with the text model alone and with the
hand-set judgement (`judged` in the file). With `--write`, prints the weights fitted on
every source, in the form `factors.rs` takes.
"""

import argparse
import json
import math
import sys
from collections import defaultdict

import numpy as np
from sklearn.linear_model import LogisticRegression

LABELS = ["marketing", "social", "spam"]

# Evidence read from the author's details, not the text: never present in these texts, so
# their weights cannot be fitted here (factors.rs keeps them as set from the definition).
AUTHOR_KINDS = {"commercial_author_url", "business_name", "author_url", "praise_for_placement"}
TEXT_KINDS = [
    "link", "shortener", "wrapped_link", "cites_reference", "price", "code", "phone", "email", "cashtag", "call_to_action",
    "offer", "follow_ask", "self_promotion", "donation_ask", "political_ask", "disclosure", "private_contact",
    "business_voice", "deceptive", "disguised", "generic_praise",
]
# Evidence a reader could act on (evidence.rs `actionable`).
NOT_ACTIONABLE = {"business_voice", "offer", "cashtag", "generic_praise", "wrapped_link",
                  "cites_reference"} | AUTHOR_KINDS


def logit(p):
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def load(path):
    rows = []
    with open(path) as f:
        for line in f:
            rows.append(json.loads(line))
    return rows


def features(rows):
    """Columns: text log-odds, nothing-to-act-on, one indicator per text evidence kind."""
    n = len(rows)
    xp = np.zeros((n, 2 + len(TEXT_KINDS)))
    xa = np.zeros((n, 2 + len(TEXT_KINDS)))
    for i, r in enumerate(rows):
        m, _, s = r["text"]
        kinds = set(r["evidence"])
        acts = any(k not in NOT_ACTIONABLE for k in kinds)
        xp[i, 0] = logit(m + s)
        xp[i, 1] = 0.0 if acts else 1.0
        xa[i, 0] = logit(s / max(m + s, 1e-6))
        xa[i, 1] = xp[i, 1]
        for j, k in enumerate(TEXT_KINDS):
            if k in kinds:
                xp[i, 2 + j] = 1.0
                xa[i, 2 + j] = 1.0
    return xp, xa


def balanced_weights(rows):
    total = defaultdict(float)
    for r in rows:
        total[r["part"]] += r["weight"]
    return np.array([r["weight"] / total[r["part"]] for r in rows])


def fit(xp, xa, y, w, c):
    promo = y != 1
    lp = LogisticRegression(C=c, max_iter=2000)
    lp.fit(xp, promo.astype(int), sample_weight=w)
    la = LogisticRegression(C=c, max_iter=2000)
    la.fit(xa[promo], (y[promo] == 2).astype(int), sample_weight=w[promo])
    return lp, la


def judge(lp, la, xp, xa):
    p = lp.predict_proba(xp)[:, 1]
    a = la.predict_proba(xa)[:, 1]
    return np.stack([p * (1 - a), 1 - p, p * a], axis=1)


def macro_f1(y, pred, w=None):
    w = np.ones(len(y)) if w is None else w
    f1s = []
    for k in range(3):
        tp = w[(pred == k) & (y == k)].sum()
        fp = w[(pred == k) & (y != k)].sum()
        fn = w[(pred != k) & (y == k)].sum()
        f1s.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s)), f1s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("predictions")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--unbalanced", action="store_true", help="rows weigh as in the data")
    ap.add_argument("--write", action="store_true", help="print the weights fitted on all")
    args = ap.parse_args()
    rows = load(args.predictions)
    y = np.array([LABELS.index(r["label"]) for r in rows])
    parts = np.array([r["part"] for r in rows])
    xp, xa = features(rows)
    w = np.array([r["weight"] for r in rows]) if args.unbalanced else balanced_weights(rows)
    text = np.array([r["text"] for r in rows]).argmax(1)
    handset = np.array([r["judged"] for r in rows]).argmax(1)
    fitted = np.zeros(len(rows), dtype=int)
    per_source = []
    for part in sorted(set(parts)):
        test = parts == part
        lp, la = fit(xp[~test], xa[~test], y[~test], w[~test], args.c)
        fitted[test] = judge(lp, la, xp[test], xa[test]).argmax(1)
        acc = lambda pred: float((pred[test] == y[test]).mean())
        per_source.append((part, int(test.sum()), acc(text), acc(handset), acc(fitted)))
    print(f"{'source held out':32} {'rows':>7} {'text':>6} {'hand-set':>8} {'fitted':>6}")
    for part, n, a, b, c in per_source:
        print(f"{part:32} {n:7d} {a:6.3f} {b:8.3f} {c:6.3f}")
    for name, pred in [("text model", text), ("hand-set judgement", handset), ("fitted", fitted)]:
        f, per = macro_f1(y, pred)
        print(
            f"pooled {name:20} accuracy {float((pred == y).mean()):.4f} macro-F1 {f:.4f} "
            f"(marketing {per[0]:.3f}, social {per[1]:.3f}, spam {per[2]:.3f})"
        )
    if args.write:
        lp, la = fit(xp, xa, y, w, args.c)
        names = ["text_log_odds", "nothing_to_act_on"] + TEXT_KINDS
        out = {
            "promotes": {"intercept": float(lp.intercept_[0]),
                         **{n: float(v) for n, v in zip(names, lp.coef_[0])}},
            "sent_by": {"intercept": float(la.intercept_[0]),
                        **{n: float(v) for n, v in zip(names, la.coef_[0])}},
        }
        json.dump(out, sys.stdout, indent=1)
        print()


if __name__ == "__main__":
    main()
