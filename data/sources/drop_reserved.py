#!/usr/bin/env python3
"""Drops texts reserved for independent evaluation (../shared/data/reserved*.sha256, both
keys; reserved.py) from labelled JSONL files in place, and prints how many were dropped
per source. The sixth session ran it on data/corpus.jsonl (65 rows: youtube-spam 9,
facebook-ads 2, tweeteval-emoji-train 47, tweeteval-emoji-val 7) and
data/spamassassin.jsonl (none).

    python3 data/sources/drop_reserved.py data/corpus.jsonl data/spamassassin.jsonl
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from reserved import Reserved  # noqa: E402


def main(paths):
    reserved = Reserved()
    for path in paths:
        kept, dropped = [], collections.Counter()
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if reserved.hit(row["text"]):
                    dropped[row.get("source", "?")] += 1
                else:
                    kept.append(line)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.writelines(kept)
        os.replace(path + ".tmp", path)
        print(f"{path}: kept {len(kept)}, dropped {dict(dropped)}")


if __name__ == "__main__":
    main(sys.argv[1:])
