#!/usr/bin/env python3
"""Everyday probes written by hand, one file a kind of text discern meets (bench/probes/):
political and advocacy ads beside people talking politics, brands' tweets beside people's,
YouTube comments, and blog comments as Akismet clients send them. None of them is in the
labelled data or drawn from it. They check behaviour on text from nowhere in the corpus;
they are few, so they are a check, not a measure.

    python3 bench/probes.py [DISCERN ...]      # default target/release/discern
    PROBES_DIR=bench/probes-fresh python3 bench/probes.py   # another set of the same shape

Each `*.tsv` but akismet.tsv is `label<TAB>text`, judged by `discern classify` with the
platform the file is named for (political: none, brands: x, youtube: youtube) and, for
blog-comments.tsv, as comments (`kind: comment`) with no thread around them.
akismet.tsv is `spam|ham<TAB>author<TAB>author url<TAB>comment`; akismet.jsonl is one
`{"expected": "spam"|"ham", "form": {…}}` a line, the fields a client sends
(`comment_context` a list). Both are sent to `/1.1/comment-check` of a `discern serve`
started on a scratch database. Given several binaries, each is run in turn (an older
build beside a newer one).
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

HERE = os.environ.get("PROBES_DIR") or os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                    "probes")
PLATFORM = {"brands": "x", "youtube": "youtube"}
KIND = {"blog-comments": "comment"}


def classify_file(binary, path, platform, kind=None):
    rows = [line.rstrip("\n").split("\t", 1) for line in open(path) if line.strip()]
    posts = []
    for i, (_, text) in enumerate(rows):
        post = {"id": str(i), "text": text}
        if platform:
            post["platform"] = platform
        if kind:
            post["kind"] = kind
        posts.append(json.dumps(post))
    out = subprocess.run([binary, "classify"], input="\n".join(posts) + "\n",
                         capture_output=True, text=True, check=True).stdout.splitlines()
    misses = []
    for (want, text), line in zip(rows, out):
        verdict = json.loads(line)
        if verdict["label"] != want:
            misses.append(f"    {want} judged {verdict['label']}: {text[:70]}")
    return len(rows) - len(misses), len(rows), misses


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def akismet_forms(path):
    """(expected, form fields, what a miss prints) for each comment of an Akismet file."""
    if path.endswith(".jsonl"):
        for line in open(path):
            if line.strip():
                row = json.loads(line)
                form = row["form"]
                yield (row["expected"], form,
                       f"{form.get('comment_author', '')}: {form.get('comment_content', '')[:60]}")
        return
    for line in open(path):
        if not line.strip():
            continue
        want, author, url, text = line.rstrip("\n").split("\t", 3)
        form = {"comment_content": text, "comment_author": author, "comment_type": "comment",
                "user_ip": "203.0.113.5", "permalink": "https://blog.example/2026/01/post/",
                # What WordPress's Akismet plugin sends: the site's locale.
                "blog_lang": "en_US"}
        if url:
            form["comment_author_url"] = url
        yield want, form, f"{author}: {text[:60]}"


def akismet(binary, path):
    rows = list(akismet_forms(path))
    with tempfile.TemporaryDirectory() as scratch:
        db = os.path.join(scratch, "probes.db")
        key = subprocess.run([binary, "keys", "create", "--site", "https://blog.example",
                              "--db", db], capture_output=True, text=True,
                             check=True).stdout.split()[0]
        port = free_port()
        server = subprocess.Popen([binary, "serve", "--listen", f"127.0.0.1:{port}", "--db", db],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            misses = []
            for want, form, shown in rows:
                want = "ham" if want == "social" else want
                fields = [("api_key", key), ("blog", "https://blog.example")]
                for name, value in form.items():
                    if isinstance(value, list):
                        fields.extend((f"{name}[]", item) for item in value)
                    else:
                        fields.append((name, value))
                request = urllib.request.Request(f"http://127.0.0.1:{port}/1.1/comment-check",
                                                 data=urllib.parse.urlencode(fields).encode())
                got = "spam" if urllib.request.urlopen(request).read() == b"true" else "ham"
                if got != want:
                    misses.append(f"    {want} judged {got}: {shown}")
        finally:
            server.terminate()
            server.wait()
    return len(rows) - len(misses), len(rows), misses


def main():
    binaries = sys.argv[1:] or ["target/release/discern"]
    for binary in binaries:
        print(f"== {binary}")
        total = right = 0
        for name in sorted(n for n in os.listdir(HERE)
                           if n.endswith(".tsv") or n == "akismet.jsonl"):
            path = os.path.join(HERE, name)
            stem = name.rsplit(".", 1)[0]
            if stem == "akismet":
                ok, n, misses = akismet(binary, path)
            else:
                ok, n, misses = classify_file(binary, path, PLATFORM.get(stem), KIND.get(stem))
            right, total = right + ok, total + n
            print(f"  {stem:10} {ok:3} of {n:3}")
            for miss in misses:
                print(miss)
        print(f"  {'all':10} {right:3} of {total:3}")


if __name__ == "__main__":
    main()
