#!/usr/bin/env python3
"""Writes fastText's training and test files from the corpus: folds 2-9 to train,
folds 0-1 to test, one `__label__X text` line each (whitespace collapsed).

Usage: fasttext_data.py CORPUS OUT_DIR
"""
import json
import sys
from pathlib import Path

corpus, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
out_dir.mkdir(parents=True, exist_ok=True)
with (out_dir / "ft-train.txt").open("w", encoding="utf-8") as train, (out_dir / "ft-test.txt").open("w", encoding="utf-8") as test:
    for line in corpus.open(encoding="utf-8"):
        row = json.loads(line)
        out = test if row["fold"] < 2 else train
        out.write(f"__label__{row['label']} {' '.join(row['text'].split())}\n")
