#!/usr/bin/env python3
"""Writes N posts for whole-command benchmarks, cycling through data/corpus.jsonl:
posts.jsonl (discern's input) and posts.txt (the same texts, one per line, for fastText).

Usage: make_posts.py CORPUS OUT_DIR [N]
"""
import json
import sys
from pathlib import Path

corpus, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
n = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
rows = [json.loads(line) for line in corpus.open(encoding="utf-8")]
out_dir.mkdir(parents=True, exist_ok=True)
with (out_dir / "posts.jsonl").open("w", encoding="utf-8") as jsonl, (out_dir / "posts.txt").open("w", encoding="utf-8") as txt:
    for i in range(n):
        text = rows[i % len(rows)]["text"]
        jsonl.write(json.dumps({"id": f"p{i}", "text": text}, ensure_ascii=False) + "\n")
        txt.write(" ".join(text.split()) + "\n")
