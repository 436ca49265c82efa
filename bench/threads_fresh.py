#!/usr/bin/env python3
"""Labelled conversations written for this check (bench/threads-fresh/): a cooking blog and a
tech blog with their comments, a YouTube video's comments, an X stream with a brand and a reply
bot, a Reddit thread asking for app recommendations. They were written by a helper session that
neither ran discern nor read its tests or probes. Each file is judged whole by `discern
classify` (threads, accounts and all), as a user would run it, and each post's label compared
with the `expected` field the writer gave.

    python3 bench/threads_fresh.py [DISCERN ...]     # default target/release/discern
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "threads-fresh")


def judge(binary, path):
    posts = [json.loads(line) for line in open(path) if line.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for post in posts:
            f.write(json.dumps({k: v for k, v in post.items() if k != "expected"}) + "\n")
        name = f.name
    try:
        out = subprocess.run([binary, "classify", name], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    finally:
        os.unlink(name)
    verdicts = {v["id"]: v for v in map(json.loads, out)}
    return [(post, verdicts[post["id"]]) for post in posts]


def main():
    binaries = sys.argv[1:] or ["target/release/discern"]
    for binary in binaries:
        print(f"== {binary}")
        right = total = 0
        confusion = collections.Counter()
        for name in sorted(os.listdir(HERE)):
            judged = judge(binary, os.path.join(HERE, name))
            ok = sum(p["expected"] == v["label"] for p, v in judged)
            right, total = right + ok, total + len(judged)
            print(f"  {name:26} {ok:3} of {len(judged):3}")
            for post, verdict in judged:
                confusion[(post["expected"], verdict["label"])] += 1
                if post["expected"] != verdict["label"]:
                    print(f"    {post['expected']} judged {verdict['label']}: "
                          f"{post['author']}: {post['text'][:70]}")
        print(f"  {'all':26} {right:3} of {total:3}")
        print("  expected -> judged:", dict(sorted(confusion.items())))


if __name__ == "__main__":
    main()
