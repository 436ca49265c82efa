#!/usr/bin/env python3
"""Leave one source out and leave one kind out for the peers, on the same data as
bench/loso.sh: TF-IDF word 1-2-grams + character 2-5-grams (sublinear tf) with a linear SVM
(scikit-learn), and fastText (the fasttext Python wheel, supervised, word 1-2-grams).

Each held-out part (one value of --group-field: `source`, or `text_kind` for all the
sources of a kind together) is predicted by a model trained on every other part, as
`discern eval --group-field FIELD` does: the same rows, the evaluation-only sources of
data/sets/eval-only.txt tested and never trained on, and the same example weights (the
`weight` field; rows marked `weak` x --weak, 1.0 as discern ships). fastText takes no
weights, so a row of weight w < 1 is kept with probability w (seeded).

    pip install scikit-learn "numpy<2" fasttext-wheel
    nice -n 19 python3 bench/loso_peers.py --peers fasttext --group-field source \
        --cache bench/out/peers-cache > bench/out/loso-peers-fasttext-12.json
    nice -n 19 python3 bench/loso_peers.py --peers fasttext --group-field text_kind \
        --cache bench/out/peers-cache > bench/out/loko-peers-fasttext-12.json
    nice -n 19 python3 bench/loso_peers.py --peers svc --group-field text_kind \
        --cache bench/out/peers-cache > bench/out/loko-peers-svc-12.json
    nice -n 19 python3 bench/loso_peers.py --peers svc --group-field source \
        --cache bench/out/peers-cache > bench/out/loso-peers-svc-12.json

--cache keeps each held-out part's predictions under a name made of the peer, a digest of
the data files' contents and of which are evaluation-only, the group field, the weak
weight and the part, so a run cut short resumes where it stopped and a change to the data
starts afresh. The SVC takes minutes a part on a 2-core machine (4,849 s for the 13 kinds
at nice 19 beside other jobs).
"""
import argparse
import glob
import hashlib
import json
import os
import sys
import tempfile
import time

import numpy as np

LABELS = ["marketing", "social", "spam"]


def eval_only(root):
    """The evaluation-only sources (data/sets/eval-only.txt): tested, never trained on."""
    with open(f"{root}/data/sets/eval-only.txt", encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def load(root):
    """Every labelled row, with `_untrained` set on the rows of evaluation-only sources,
    and a digest of the files' contents and of which of them are evaluation-only (the
    cache of held-out predictions is kept per digest)."""
    rows = []
    files = [f"{root}/data/corpus.jsonl", f"{root}/data/spamassassin.jsonl"] + sorted(
        glob.glob(f"{root}/data/sets/*.jsonl")
    )
    untrained = eval_only(root)
    digest = hashlib.sha256()
    for path in files:
        skip = os.path.basename(path) in untrained
        digest.update(f"{os.path.basename(path)} {skip}\n".encode())
        with open(path, "rb") as f:
            digest.update(hashlib.sha256(f.read()).digest())
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                r["_untrained"] = skip
                rows.append(r)
    return rows, digest.hexdigest()[:12]


def label_f1(y, p):
    """F1 of each label present in the truth or the predictions."""
    f1s = {}
    for label in LABELS:
        tp = sum(1 for a, b in zip(y, p) if a == label and b == label)
        fp = sum(1 for a, b in zip(y, p) if a != label and b == label)
        fn = sum(1 for a, b in zip(y, p) if a == label and b != label)
        if tp + fp + fn:
            f1s[label] = 2 * tp / (2 * tp + fp + fn)
    return f1s


def macro_f1(y, p):
    """Macro-F1 over the labels present in the truth or the predictions, as discern's
    reports average it."""
    f1s = label_f1(y, p)
    return sum(f1s.values()) / len(f1s)


def svc_factory():
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    def fit_predict(train_texts, train_y, weights, test_texts):
        vecs = [
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=2),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2,
                            max_features=500_000),
        ]
        xa = hstack([v.fit_transform(train_texts) for v in vecs]).tocsr()
        xb = hstack([v.transform(test_texts) for v in vecs]).tocsr()
        model = LinearSVC(C=0.5, class_weight="balanced").fit(xa, train_y, sample_weight=weights)
        return list(model.predict(xb))

    return fit_predict


def fasttext_factory():
    import fasttext

    def clean(t):
        return " ".join(t.split())

    def fit_predict(train_texts, train_y, weights, test_texts):
        # fastText takes no example weights: weak rows (weight < 1) are kept with the
        # probability of their weight, deterministically.
        rng = np.random.default_rng(42)
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
            for t, y, w in zip(train_texts, train_y, weights):
                if w >= 1 or rng.random() < w:
                    f.write(f"__label__{y} {clean(t)}\n")
            path = f.name
        model = fasttext.train_supervised(path, epoch=10, wordNgrams=2, lr=0.5, verbose=0,
                                          thread=2, seed=42)
        os.unlink(path)
        labels, _ = model.predict([clean(t) for t in test_texts])
        return [l[0].replace("__label__", "") for l in labels]

    return fit_predict


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weak", type=float, default=1.0,
                    help="weight of rows marked weak (discern ships 1.0)")
    ap.add_argument("--group-field", default="source",
                    help="the field whose values are held out one at a time: source, or "
                    "text_kind for leave one kind out")
    ap.add_argument("--peers", default="svc,fasttext")
    ap.add_argument("--parts", help="hold out only these parts (comma-separated values of "
                    "the group field); the pooled figures are then over these parts alone")
    ap.add_argument("--cache", help="keep each held-out part's predictions in this folder "
                    "and reuse them: a run cut short resumes where it stopped")
    args = ap.parse_args()
    root = os.path.join(os.path.dirname(__file__), "..")
    rows, digest = load(root)
    texts = [r["text"] for r in rows]
    y = [r["label"] for r in rows]
    w = [float(r.get("weight", 1.0)) * (args.weak if r.get("weak") else 1.0) for r in rows]
    groups = [r.get(args.group_field, "(none)") for r in rows]
    out = {"scheme": f"leave-one-{args.group_field}-out", "weak": args.weak,
           "parts_held_out": args.parts or "all",
           "data_digest": digest, "peers": {}}
    for name in args.peers.split(","):
        fit_predict = {"svc": svc_factory, "fasttext": fasttext_factory}[name]()
        parts = {}
        pooled_y, pooled_p = [], []
        from_cache = 0
        start = time.time()
        wanted = sorted(set(groups))
        if args.parts:
            wanted = [g for g in wanted if g in args.parts.split(",")]
        for g in wanted:
            tr = [i for i, x in enumerate(groups) if x != g and not rows[i]["_untrained"]]
            te = [i for i, x in enumerate(groups) if x == g]
            cached = args.cache and os.path.join(
                args.cache, f"{name}-{digest}-{args.group_field}-w{args.weak:g}-{g}.json")
            if cached and os.path.exists(cached):
                with open(cached) as f:
                    pred = json.load(f)
                from_cache += 1
            else:
                pred = fit_predict([texts[i] for i in tr], [y[i] for i in tr],
                                   [w[i] for i in tr], [texts[i] for i in te])
                if cached:
                    os.makedirs(args.cache, exist_ok=True)
                    with open(cached + ".tmp", "w") as f:
                        json.dump([str(p) for p in pred], f)
                    os.replace(cached + ".tmp", cached)
            gy = [y[i] for i in te]
            acc = sum(a == b for a, b in zip(gy, pred)) / len(gy)
            parts[g] = {"examples": len(gy), "train_examples": len(tr), "accuracy": acc,
                        "macro_f1": macro_f1(gy, pred)}
            pooled_y += gy
            pooled_p += pred
            print(f"{name} {g}: acc {acc:.3f} ({time.time() - start:.0f} s)", file=sys.stderr,
                  flush=True)
        out["peers"][name] = {
            "parts": parts,
            "pooled": {
                "accuracy": sum(a == b for a, b in zip(pooled_y, pooled_p)) / len(pooled_y),
                "macro_f1": macro_f1(pooled_y, pooled_p),
                "f1": label_f1(pooled_y, pooled_p),
            },
            "seconds": time.time() - start,
            "parts_from_cache": from_cache,
        }
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
