#!/usr/bin/env python3
"""Whole feeds streamed as `discern classify` reads an account's export: the eight
people's X archives of data/sets/x-archive-tweets.jsonl (every post social) and the 103
company feeds of data/sets/fortune100-brand-tweets.jsonl (every post marketing), each
post with its author (the set's group) and its time (from the tweet's snowflake id;
tweets older than snowflake ids, whose time of day is unknown, are left out), replies
marked as replies to posts outside the file. Reported per source and kind (own post or
reply): expected -> judged. What it checks is the stream's reading of an account
(a brand's feed, a person's feed, an automated one), which judging texts alone does not.

    python3 bench/feeds.py [DISCERN ...]     # default target/release/discern
"""
import collections
import datetime
import json
import os
import subprocess
import sys
import tempfile

SETS = ["fortune100-brand-tweets", "x-archive-tweets"]
SNOWFLAKE_EPOCH_MS = 1288834974657


def stream():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "sets")
    posts = []
    for name in SETS:
        with open(os.path.join(here, name + ".jsonl")) as f:
            for line in f:
                row = json.loads(line)
                tweet_id = int(row["id"].split(":")[1])
                if tweet_id < 10**15:
                    continue
                ms = (tweet_id >> 22) + SNOWFLAKE_EPOCH_MS
                when = datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc)
                post = {"id": row["id"], "text": row["text"], "author": row["group"],
                        "created_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "platform": "x"}
                if "reply" in row["orig_label"]:
                    post["kind"] = "reply"
                    post["parent_id"] = f"elsewhere-{tweet_id}"
                posts.append((post, name, row["label"]))
    posts.sort(key=lambda p: p[0]["created_at"])
    return posts


def main():
    binaries = sys.argv[1:] or ["target/release/discern"]
    posts = stream()
    expected = {p["id"]: (name, label, p.get("kind", "post")) for p, name, label in posts}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for p, _, _ in posts:
            f.write(json.dumps(p) + "\n")
        path = f.name
    try:
        for binary in binaries:
            out = subprocess.run([binary, "classify", path], capture_output=True, text=True,
                                 check=True).stdout
            counts = collections.Counter()
            for line in out.splitlines():
                v = json.loads(line)
                name, label, kind = expected[v["id"]]
                counts[(name, kind, label, v["label"])] += 1
            print(f"== {binary}")
            for name in SETS:
                for kind in ("post", "reply"):
                    row = {k[3]: n for k, n in counts.items() if k[0] == name and k[1] == kind}
                    total = sum(row.values())
                    if total:
                        right = sum(n for k, n in counts.items()
                                    if k[0] == name and k[1] == kind and k[2] == k[3])
                        print(f"  {name:26} {kind:5} {right:5} of {total:5} right  {dict(sorted(row.items()))}")
    finally:
        os.unlink(path)


if __name__ == "__main__":
    main()
