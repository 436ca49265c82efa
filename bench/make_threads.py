#!/usr/bin/env python3
"""Writes a JSONL file of N posts arranged in conversations, for whole-command
benchmarks of conversation analysis: threads of 1-40 posts, replies to the root or to
earlier replies, 20,000 authors with a skewed activity (a few very active), timestamps,
texts cycled from data/corpus.jsonl. Threads interleave (8 open at a time), as in a
real export sorted by time.

Usage: make_threads.py CORPUS OUT [N]
"""
import json
import random
import sys

corpus, out_path = sys.argv[1], sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
rng = random.Random(7)
texts = [json.loads(line)["text"] for line in open(corpus, encoding="utf-8")]
authors = [f"user{i}" for i in range(20_000)]
weights = [1.0 / (i + 1) ** 0.8 for i in range(len(authors))]
open_threads = []
written = 0
thread_no = 0
t = 1_700_000_000
with open(out_path, "w", encoding="utf-8") as out:
    while written < n:
        while len(open_threads) < 8:
            thread_no += 1
            open_threads.append({"id": f"t{thread_no}", "left": rng.randint(1, 40), "posts": []})
        thread = rng.choice(open_threads)
        t += rng.randint(1, 30)
        post_id = f"{thread['id']}-{len(thread['posts'])}"
        post = {"id": post_id, "text": texts[written % len(texts)], "author": rng.choices(authors, weights)[0],
                "created_at": t, "thread_id": thread["id"]}
        if thread["posts"]:
            post["parent_id"] = rng.choice(thread["posts"][:3] + thread["posts"][-2:])
        out.write(json.dumps(post, ensure_ascii=False) + "\n")
        thread["posts"].append(post_id)
        thread["left"] -= 1
        written += 1
        if thread["left"] == 0:
            open_threads.remove(thread)
