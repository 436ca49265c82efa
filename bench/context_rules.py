#!/usr/bin/env python3
"""The context rules on two conversation fixtures.

1. Hand-written forum threads (crates/threads/tests/fixtures/forum-threads.csv):
   relevance of replies in their own thread and moved to another thread, and the labels
   `discern classify` gives by role (substantive replies should be social).
2. The YouTube Spam Collection as threads (each comment a reply to its video's title,
   crates/threads/tests/fixtures/youtube-comments.csv): spam recall and precision in
   context. The default model was trained on most of these comments, so this checks the
   rules do not undo spam decisions; it is not a held-out score.

Usage: python3 bench/context_rules.py [path/to/discern]
"""
import csv
import json
import random
import subprocess
import sys
from collections import Counter

DISCERN = sys.argv[1] if len(sys.argv) > 1 else "target/release/discern"
FIXTURE = "crates/threads/tests/fixtures/forum-threads.csv"
YOUTUBE = "crates/threads/tests/fixtures/youtube-comments.csv"


def classify(posts):
    lines = "\n".join(json.dumps(p) for p in posts)
    out = subprocess.run([DISCERN, "classify", "-"], input=lines, capture_output=True,
                         text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def quantiles(values):
    values = sorted(values)
    at = lambda q: values[int(q * (len(values) - 1))]
    return "p10 %.3f  p25 %.3f  median %.3f  p75 %.3f  p90 %.3f" % (
        at(0.1), at(0.25), at(0.5), at(0.75), at(0.9))


def main():
    posts = []
    for row in csv.DictReader(open(FIXTURE, encoding="utf-8")):
        post = {"id": row["id"], "text": row["text"], "author": row["author"],
                "thread_id": row["thread"], "role": row["role"]}
        if row["parent"]:
            post["parent_id"] = row["parent"]
        posts.append(post)
    own = classify(posts)
    roots = {p["thread_id"]: p["id"] for p in posts if p["role"] == "root"}
    rng = random.Random(1)
    moved = []
    for p in posts:
        p = dict(p)
        if p["role"] != "root":
            thread = rng.choice([t for t in roots if t != p["thread_id"]])
            p.update(thread_id=thread, parent_id=roots[thread], id=p["id"] + "-moved")
        moved.append(p)
    wrong = classify(moved)
    for name, verdicts in (("own thread", own), ("another thread", wrong)):
        for role in ("reply", "generic"):
            values = [v["relevance"] for v, p in zip(verdicts, posts)
                      if p["role"] == role and v.get("relevance") is not None]
            print(f"relevance, {role} posts, {name} ({len(values)}): {quantiles(values)}")
    alone = classify([{"id": p["id"], "text": p["text"]} for p in posts])
    for name, verdicts in (("in their own thread", own), ("each alone, no thread", alone)):
        labels = Counter((p["role"], v["label"]) for v, p in zip(verdicts, posts))
        for role in ("root", "reply", "generic"):
            counts = {label: labels[(role, label)] for label in ("social", "marketing", "spam")}
            print(f"labels, {role} posts {name}: {counts}")


def youtube():
    posts, videos = [], set()
    for row in csv.DictReader(open(YOUTUBE, encoding="utf-8")):
        video = row["VIDEO"]
        if video not in videos:
            videos.add(video)
            posts.append({"id": "video" + video, "text": row["TITLE"],
                          "author": "channel" + video, "thread_id": video})
        posts.append({"id": row["COMMENT_ID"], "text": row["CONTENT"], "author": row["AUTHOR"],
                      "thread_id": video, "parent_id": "video" + video,
                      "truth": row["CLASS"] == "1"})
    counts = Counter()
    for verdict in classify(posts):
        if "truth" in verdict:
            counts[(verdict["truth"], verdict["label"] == "spam")] += 1
    tp, fp, fn = counts[(True, True)], counts[(False, True)], counts[(True, False)]
    print(f"YouTube comments in context: spam recall {tp / (tp + fn):.3f}, "
          f"precision {tp / (tp + fp):.3f} ({tp + fn} spam, {sum(counts.values())} comments)")


if __name__ == "__main__":
    main()
    youtube()
