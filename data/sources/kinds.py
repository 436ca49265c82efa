#!/usr/bin/env python3
"""Adds a `text_kind` field to the rows of data/corpus.jsonl and data/spamassassin.jsonl, so
leave-one-kind-out (`discern eval --group-field kind`) can hold out every source of a
kind of text at once. The sources in data/sets/ carry their kind already
(data/sets/README.md). Idempotent: rerun after rebuilding the corpus.

    python3 data/sources/kinds.py
"""
import json
import os
import sys

# source -> kind. Kinds name what a text is and where it was written, not its label:
# comment_spam = comments under videos or posts, spam and genuine; sms = text messages;
# brand_posts = brands' own tweets; commercial_ads = paid product ads; scam = scam
# comments and the genuine comments beside them; background_social = ordinary tweets
# (weak labels); mail = mailing-list mail, newsletters and mail spam.
KINDS = {
    "youtube-spam": "comment_spam",
    "sms-spam": "sms",
    "corporate-messaging": "brand_posts",
    "facebook-ads": "commercial_ads",
    "scamspot-instagram": "scam",
    "tweeteval-emoji-train": "background_social",
    "tweeteval-emoji-val": "background_social",
    "brand-emotions": "background_social",
    "spamassassin": "mail",
}


def main() -> int:
    root = os.path.join(os.path.dirname(__file__), "..")
    for name in ("corpus.jsonl", "spamassassin.jsonl"):
        path = os.path.join(root, name)
        rows = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                source = row["source"]
                if source not in KINDS:
                    print(f"{path}: source {source!r} has no kind", file=sys.stderr)
                    return 1
                row["text_kind"] = KINDS[source]
                rows.append(row)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        os.replace(path + ".tmp", path)
        print(f"{name}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
