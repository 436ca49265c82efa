#!/usr/bin/env python3
"""Labelled conversations in the platforms' own export formats (bench/threads-native/): a
WordPress WXR export, a Disqus export, a Mastodon outbox, Bluesky Jetstream events, a Reddit
comments page's JSON, an X archive's tweets.js and a WordPress comments feed. They were
written by a helper session that neither ran discern nor read its code (README.md there).
Each file is given to `discern classify` as a user would give it, with no flags, and each
item's label compared with labels.tsv (file, the platform's own id, expected label, why).

    python3 bench/threads_native.py [DISCERN ...]     # default target/release/discern
    THREADS_DIR=bench/threads-native2 python3 bench/threads_native.py …   # the second set
"""
import collections
import json
import os
import subprocess
import sys

HERE = os.environ.get("THREADS_DIR") or os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                      "threads-native")


def output_keys(native_id):
    """The ids discern may give an item the platform calls `native_id`: WordPress comments
    `c<id>`, a Disqus thread `t<id>`, Reddit's `t1_`/`t3_` prefixes, a Bluesky record's
    at:// URI ending in its rkey."""
    return {native_id, "c" + native_id, "t" + native_id, "t1_" + native_id, "t3_" + native_id}


def judge(binary, path):
    run = subprocess.run([binary, "classify", path], capture_output=True, text=True)
    verdicts = {}
    for line in run.stdout.splitlines():
        v = json.loads(line)
        verdicts[v["id"]] = v
        verdicts.setdefault(v["id"].rsplit("/", 1)[-1], v)
    return verdicts, run.stderr.strip()


def main():
    binaries = sys.argv[1:] or ["target/release/discern"]
    labels = collections.defaultdict(list)
    for line in open(os.path.join(HERE, "labels.tsv")):
        if line.strip():
            name, native, expected, why = line.rstrip("\n").split("\t", 3)
            labels[name].append((native, expected, why))
    for binary in binaries:
        print(f"== {binary}")
        right = total = 0
        confusion = collections.Counter()
        for name in sorted(labels):
            verdicts, errors = judge(binary, os.path.join(HERE, name))
            ok = 0
            misses = []
            for native, expected, why in labels[name]:
                verdict = next((verdicts[k] for k in output_keys(native) if k in verdicts), None)
                got = verdict["label"] if verdict else "missing"
                confusion[(expected, got)] += 1
                if got == expected:
                    ok += 1
                else:
                    misses.append(f"    {expected} judged {got}: {native[-24:]}: {why[:70]}")
            right, total = right + ok, total + len(labels[name])
            print(f"  {name:26} {ok:3} of {len(labels[name]):3}")
            if errors and not verdicts:
                print(f"    {errors.splitlines()[-1][:110]}")
            print("\n".join(misses)) if misses else None
        print(f"  {'all':26} {right:3} of {total:3}")
        print("  expected -> judged:", dict(sorted(confusion.items())))


if __name__ == "__main__":
    main()
