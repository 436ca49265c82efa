#!/usr/bin/env python3
"""Training-only copies of labelled texts with every punctuation mark stripped, as ad
archives publish text (ProPublica's political ad collection: no punctuation, no `$`, `%` or
apostrophes, links run together). Without them the text model reads punctuation as style:
on its own training sources, stripping a text's punctuation turned 8% of the ProPublica
page posts and 3% of the SF Chronicle ads from marketing to something else, and no social
source moved (BENCHMARKS.md, eighth session).

One row in four of every file (chosen by a hash of its id, so every label and source gets
copies in proportion and the copies teach nothing about labels) is copied with its
punctuation removed; every other field (label, source, fold, weight, kind) is kept, and the
id gets ":stripped". The copies are written outside the repository's data (they are
derived) and used with `discern train --data` / `discern eval --train-only`, where a copy
of a held-out source stays out of training like its original.

    python3 data/augment/stripped.py [--one-in N] OUT.jsonl FILE...   (N: 4 by default)
"""
import hashlib
import json
import re
import sys

PUNCTUATION = re.compile(r"[^\w\s]|_")


def stripped(text):
    return " ".join(PUNCTUATION.sub("", text).split())


def main():
    args = sys.argv[1:]
    one_in = 4
    if args[0] == "--one-in":
        one_in, args = int(args[1]), args[2:]
    out_path, files = args[0], args[1:]
    written = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for path in files:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    row = json.loads(line)
                    ident = str(row.get("id", ""))
                    if int(hashlib.sha256(ident.encode()).hexdigest()[:8], 16) % one_in:
                        continue
                    text = stripped(row["text"])
                    if not text or text == row["text"]:
                        continue
                    row["id"] = ident + ":stripped"
                    row["text"] = text
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                    written += 1
    print(f"{written} stripped copies -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
