#!/usr/bin/env python3
"""Spam against not-spam: bogofilter (Debian package `bogofilter`, a Bayesian spam filter)
and discern trained and tested on the same rows, with whole-command times.

Protocols: the corpus (folds 2-9 -> 0-1), the mails (folds 2-9 -> 0-1), each trained on
its own training folds only, so both learners see exactly the same text. discern keeps
its three labels when it trains; it is scored here on spam against the rest (a post is
flagged when its label is spam). bogofilter is scored twice: flagged when it says "S"
(its own cut-offs; "U" unsure counts as not flagged) and flagged when its spamicity is
at least 0.5.

Usage: python3 bench/bogofilter_vs_discern.py [path/to/discern]   (writes bench/out/bogofilter/)
"""
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

DISCERN = sys.argv[1] if len(sys.argv) > 1 else "target/release/discern"
OUT = Path("bench/out/bogofilter")
SETS = {"corpus": "data/corpus.jsonl", "mails": "data/spamassassin.jsonl"}


def mbox(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            body = "\n".join(">" + line if line.startswith("From ") else line
                             for line in r["text"].splitlines())
            f.write(f"From discern@localhost Thu Jan  1 00:00:00 2026\nSubject: \n\n{body}\n\n")


def scores(flagged, truth):
    tp = sum(f and t for f, t in zip(flagged, truth))
    fp = sum(f and not t for f, t in zip(flagged, truth))
    fn = sum(t and not f for f, t in zip(flagged, truth))
    tn = len(truth) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"accuracy {(tp + tn) / len(truth):.4f}  spam precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}"


def timed(args, **kw):
    start = time.perf_counter()
    result = subprocess.run(args, check=True, **kw)
    return result, time.perf_counter() - start


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for name, path in SETS.items():
        rows = [json.loads(line) for line in open(path, encoding="utf-8")]
        train = [r for r in rows if r["fold"] >= 2]
        test = [r for r in rows if r["fold"] < 2]
        truth = [r["label"] == "spam" for r in test]
        mbox([r for r in train if r["label"] == "spam"], OUT / f"{name}-spam.mbox")
        mbox([r for r in train if r["label"] != "spam"], OUT / f"{name}-ham.mbox")
        mbox(test, OUT / f"{name}-test.mbox")
        db = OUT / f"{name}-db"
        db.mkdir()
        start = time.perf_counter()
        for flag, kind in (("-s", "spam"), ("-n", "ham")):
            with open(OUT / f"{name}-{kind}.mbox", "rb") as f:
                subprocess.run(["bogofilter", "-d", str(db), flag, "-M"], stdin=f, check=True)
        bogo_train = time.perf_counter() - start
        with open(OUT / f"{name}-test.mbox", "rb") as f:
            # Exit status 0 spam, 1 ham, 2 unsure (of the last message): not an error.
            start = time.perf_counter()
            out = subprocess.run(["bogofilter", "-d", str(db), "-M", "-T"], stdin=f,
                                 capture_output=True, text=True).stdout.split("\n")
            bogo_test = time.perf_counter() - start
        verdicts = [line.split() for line in out if line.strip()]
        assert len(verdicts) == len(test), (len(verdicts), len(test))
        with open(OUT / f"{name}-train.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps({"text": r["text"], "label": r["label"]}) + "\n" for r in train)
        with open(OUT / f"{name}-test.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps({"text": r["text"]}) + "\n" for r in test)
        model = OUT / f"{name}.dscm"
        _, discern_train = timed([DISCERN, "train", "--data", str(OUT / f"{name}-train.jsonl"),
                                  "--out", str(model)], capture_output=True)
        result, discern_test = timed([DISCERN, "classify", "--threads", "1", "--model", str(model),
                                      str(OUT / f"{name}-test.jsonl")], capture_output=True, text=True)
        labels = [json.loads(line)["label"] for line in result.stdout.splitlines()]
        print(f"== {name}: trained on {len(train)}, tested on {len(test)} ({sum(truth)} spam)")
        print(f"discern                   {scores([l == 'spam' for l in labels], truth)}"
              f"  train {discern_train:.2f} s, classify {discern_test:.2f} s")
        print(f"bogofilter (S)            {scores([v[0] == 'S' for v in verdicts], truth)}"
              f"  train {bogo_train:.2f} s, classify {bogo_test:.2f} s")
        print(f"bogofilter (spamicity .5) {scores([float(v[1]) >= 0.5 for v in verdicts], truth)}"
              f"  unsure {sum(v[0] == 'U' for v in verdicts)}")


if __name__ == "__main__":
    main()
