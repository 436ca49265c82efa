#!/usr/bin/env python3
"""Adds a `kind` field (discern's post kind: where a text landed) to the rows of sources
whose texts all landed in someone else's space: comments under videos and posts, text
messages and e-mails. `discern eval --judged` and `discern classify` judge such a post
as a reply in someone else's space (a pitch nobody asked for there is spam), and
everything else as a post of its author's own. Idempotent: rerun after rebuilding.

    python3 data/sources/landing.py

The kind is set for a whole source from what the source is (its SOURCE.txt and
MAPPING.md), never from a row's label: every row of a source gets the same kind, except
where the source says which texts answer another one:
- travel-forum-threads: the first post of each thread is a post and the others replies
  (its `orig_label` gives the position, and every row there is labelled social);
- twcs-head: a tweet with an `in_response_to_tweet_id` in the raw file is a reply (every
  brand answer, and the customers' follow-ups), the others are posts;
- ibm-customer-care: the first turn of each conversation is a post, every later turn
  (the customer's and the brand's) a reply.
Exported that way (a brand's answers without the customer's tweet), the answers are
lone replies in someone else's thread, which is how `discern classify` meets them.
"""
import csv
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

# source -> kind, for sources whose every text landed in someone else's space.
KINDS = {
    "youtube-spam": "comment",  # comments under five music videos
    "id-gambling-yt-comments": "comment",  # YouTube comments and live chat
    "scamspot-instagram": "comment",  # comments under finance posts on Instagram
    "goemotions": "comment",  # Reddit comments
    "c3-news-comments": "comment",  # reader comments under Globe and Mail opinion articles
    "fossee-forum-spam": "comment",  # posts in FOSSEE's software Q&A forums (the project's space)
    "sms-spam": "sms",  # text messages received
    "spamassassin": "email",  # mail received: list mail, newsletters, spam
    # Video descriptions and pins: the author's own posts. Said outright because a
    # record on YouTube that says nothing is read as a comment (PostKind::implied_by_platform).
    "affiliate-disclosures": "post",
}


def twcs_replies():
    path = os.path.join(ROOT, "sources", "twcs-head", "raw", "twcs.csv")
    with open(path, encoding="utf-8", newline="") as f:
        return {f"twcs-head:{r['tweet_id']}" for r in csv.DictReader(f)
                if (r.get("in_response_to_tweet_id") or "").strip()}


def ibm_replies():
    ids = set()
    for split in ("dev", "test"):
        path = os.path.join(ROOT, "sources", "ibm-customer-care", "raw", f"{split}.json")
        with open(path, encoding="utf-8") as f:
            for conv in json.load(f):
                turns = conv["dialogContent"]
                ids.update(f"ibm-customer-care:{t['tweet_ID']}" for t in turns[1:])
                ids.add(f"ibm-customer-care:{conv['agentURL']['tweet_ID']}")
    return ids


REPLIES = {}


def kind_of(row):
    source = row.get("source")
    if source == "travel-forum-threads":
        return "post" if row.get("orig_label") == "forum post #1" else "comment"
    if source in ("twcs-head", "ibm-customer-care"):
        if source not in REPLIES:
            REPLIES[source] = twcs_replies() if source == "twcs-head" else ibm_replies()
        return "reply" if row["id"] in REPLIES[source] else "post"
    return KINDS.get(source)


def main():
    paths = [os.path.join(ROOT, "corpus.jsonl"), os.path.join(ROOT, "spamassassin.jsonl")]
    sets = os.path.join(ROOT, "sets")
    paths += sorted(os.path.join(sets, f) for f in os.listdir(sets) if f.endswith(".jsonl"))
    for path in paths:
        rows, changed = [], 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                kind = kind_of(row)
                if kind and row.get("kind") != kind:
                    row["kind"] = kind
                    changed += 1
                rows.append(row)
        if changed:
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                for row in rows:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            os.replace(path + ".tmp", path)
        print(f"{os.path.relpath(path, ROOT)}: kind set on {changed} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
