#!/usr/bin/env python3
"""Fit the automation score's text model (logistic regression) and measure it on held-out
accounts.

    cargo run -p discern-threads --example account_features -- data/tweepfake/tweepfake.csv 50 \
        > /tmp/features.csv
    python3 bench/automation/fit_text_model.py /tmp/features.csv

Input: the example's CSV (one row per 50-tweet window of an account; label 1 = generated).
Evaluation: 5-fold cross-validation grouped by account (a fold's accounts are never seen in
training; folds dealt round-robin over bots and humans separately, by a stable hash of the
name), held-out predictions pooled. Reported per window and per account (an account's score
is the mean of its windows' probabilities): ROC-AUC and accuracy at p = 0.5 (the data's own
prior). Also the current Rust score (column `automation`) on the same windows, for
comparison. Then the model is fitted on every window and its constants printed for
crates/threads/src/accounts/automation.rs. Pure Python: no numpy on these machines.
"""
import csv
import hashlib
import math
import sys

L2 = 1e-2  # ridge penalty on the weights (not the bias): seven features, ~200 windows


def fit(xs, ys):
    """Logistic regression by Newton's method with an L2 penalty."""
    d = len(xs[0]) + 1
    w = [0.0] * d
    for _ in range(50):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys):
            xb = x + [1.0]
            p = 1 / (1 + math.exp(-max(-30, min(30, sum(a * b for a, b in zip(w, xb))))))
            for i in range(d):
                grad[i] += (p - y) * xb[i]
                for j in range(d):
                    hess[i][j] += p * (1 - p) * xb[i] * xb[j]
        for i in range(d - 1):
            grad[i] += L2 * len(xs) * w[i]
            hess[i][i] += L2 * len(xs)
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def predict(w, x):
    z = sum(a * b for a, b in zip(w, x + [1.0]))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def auc(scores, labels):
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return wins / max(1, len(pos) * len(neg))


def accuracy(scores, labels, cut=0.5):
    return sum((s >= cut) == bool(y) for s, y in zip(scores, labels)) / max(1, len(labels))


def main():
    rows = list(csv.DictReader(open(sys.argv[1], newline="")))
    names = [c for c in rows[0] if c not in ("account", "label", "window", "posts", "automation")]
    xs = [[float(r[c]) for c in names] for r in rows]
    ys = [int(r["label"]) for r in rows]
    accounts = sorted({r["account"] for r in rows}, key=lambda a: hashlib.sha256(a.encode()).hexdigest())
    label_of = {r["account"]: int(r["label"]) for r in rows}
    folds = {}
    for label in (0, 1):
        for i, a in enumerate([a for a in accounts if label_of[a] == label]):
            folds[a] = i % 5
    held = [0.0] * len(rows)
    for k in range(5):
        train = [i for i, r in enumerate(rows) if folds[r["account"]] != k]
        w = fit([xs[i] for i in train], [ys[i] for i in train])
        for i, r in enumerate(rows):
            if folds[r["account"]] == k:
                held[i] = predict(w, xs[i])
    rust = [float(r["automation"]) for r in rows]

    def per_account(scores):
        acc = {}
        for s, r in zip(scores, rows):
            acc.setdefault(r["account"], []).append(s)
        keys = sorted(acc)
        return [sum(acc[a]) / len(acc[a]) for a in keys], [label_of[a] for a in keys]

    n_bot = sum(label_of[a] for a in accounts)
    print(f"{len(rows)} windows, {len(accounts)} accounts ({n_bot} bot, {len(accounts) - n_bot} human)")
    print("held-out (5-fold grouped by account):")
    print(f"  windows:  AUC {auc(held, ys):.3f}  accuracy {accuracy(held, ys):.3f}")
    s, y = per_account(held)
    print(f"  accounts: AUC {auc(s, y):.3f}  accuracy {accuracy(s, y):.3f}")
    print("current Rust automation score on the same windows (no fitting):")
    print(f"  windows:  AUC {auc(rust, ys):.3f}")
    s, y = per_account(rust)
    print(f"  accounts: AUC {auc(s, y):.3f}")
    w = fit(xs, ys)
    pos = sum(ys)
    log_odds = math.log(pos / (len(ys) - pos))
    div = names.index("vocabulary_diversity")
    mean_div = sum(x[div] for x in xs) / len(xs)
    print("\nconstants for crates/threads/src/accounts/automation.rs:")
    print("const FIT: Fit = Fit {")
    print("    weights: [" + ", ".join(f"{v:.4}" for v in w[:-1]) + "],")
    print(f"    bias: {w[-1]:.4},")
    print(f"    train_log_odds: {log_odds:.4},")
    print(f"    missing_diversity: {mean_div:.4},")
    print("};")
    for n, v in zip(names, w):
        print(f"  {n:24} {v:+.3f}")


if __name__ == "__main__":
    main()
