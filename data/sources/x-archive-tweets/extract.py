#!/usr/bin/env python3
"""Builds raw/archive_tweets.jsonl for x-archive-tweets: the archive OWNERS' own tweets from the
personal X (Twitter) data archives that their owners published on GitHub (the same repositories
as x-promoted-tweets, fetched as /work/.mirror/<owner>+<name>/repo).

Read per repository: the newest version present in the snapshot of each of data/tweet.js,
data/tweets.js, data/tweets-part<N>.js and data/deleted-tweet(s).js (files of 4 MiB or more are
absent from the snapshots; then an older, smaller version is used if one exists), and, for
nhudson/twitter-backup, whose tweets.js is absent, the monthly Markdown files written by
twitter-archive-parser (<YYYY-MM-01>-Tweet-Archive-<YYYY-MM>.md, newest version of each).

Only tweet id, text (full_text as the archive has it, t.co links unexpanded), X's language tag,
whether it is a reply, the owner's handle (data/account.js username) and where it came
from are kept. No e-mail, devices, IPs or other personal data are copied.
Usage: python3 extract.py [MIRROR_DIR]   (writes raw/archive_tweets.jsonl, one tweet a line)
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "x-promoted-tweets"))
from extract import REPOS, gitdir, git  # noqa: E402  (same 21 repositories and snapshot commits)

sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

TWEET_FILE = re.compile(r"^data/(tweets?|tweets-part\d+|deleted-tweets?)\.js$")
MD_FILE = re.compile(r"^\d{4}-\d{2}-01-Tweet-Archive-\d{4}-\d{2}\.md$")


def newest_blobs(g, head, pattern):
    """path -> (blob, commit) of the newest version of each matching path that the snapshot holds."""
    out = git(g, "log", "--format=C %H", "--raw", "--no-abbrev", "--no-renames", head).decode()
    found, commit = {}, None
    for line in out.splitlines():
        if line.startswith("C "):
            commit = line[2:]
            continue
        m = re.match(r":\S+ \S+ \S+ (\S+) \S+\t(.*)", line)
        if not m or not pattern.search(m.group(2)) or set(m.group(1)) == {"0"} or m.group(2) in found:
            continue
        if subprocess.run(["git", "--git-dir", str(g), "cat-file", "-e", m.group(1)]).returncode == 0:
            found[m.group(2)] = (m.group(1), commit)
        else:
            print("absent from the snapshot (4 MiB or more):", g.parent.name, m.group(2), m.group(1)[:10],
                  file=sys.stderr)
    return found


def owner_of(g, head, repo):
    try:
        s = git(g, "show", f"{head}:data/account.js").decode("utf-8", "replace")
        acc = json.loads(s[s.index("=") + 1:])[0]["account"]
        return acc.get("username") or repo.split("/")[0]
    except (subprocess.CalledProcessError, ValueError, KeyError, IndexError):
        return repo.split("/")[0]


def md_tweets(s):
    """(id, text, reply) from a twitter-archive-parser month file (blocks split by ----)."""
    for block in s.split("\n----"):
        m = re.search(r"\(https://twitter\.com/[^/]+/status/(\d+)\)\s*$", block.strip())
        if not m:
            continue
        quote = [ln[2:] if ln.startswith("> ") else ln[1:] for ln in block.splitlines() if ln.startswith(">")]
        yield m.group(1), "\n".join(quote).strip(), "Replying to [@" in block


def main():
    mirror = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror")
    out = HERE / "raw" / "archive_tweets.jsonl"
    seen, n, dropped = set(), 0, 0
    # Reserved evaluation texts stay out of the committed raw file too, not only the set.
    reserved = R.Reserved()
    with out.open("w", encoding="utf-8") as f:
        for repo, head in REPOS.items():
            g = gitdir(mirror, repo)
            owner = owner_of(g, head, repo)
            rows = []
            for path, (blob, commit) in sorted(newest_blobs(g, head, TWEET_FILE).items()):
                s = git(g, "cat-file", "-p", blob).decode("utf-8", "replace")
                try:
                    data = json.loads(s[s.index("=") + 1:])
                except ValueError:
                    print("unreadable", repo, path, file=sys.stderr)
                    continue
                for item in data:
                    t = item.get("tweet", item)
                    text = t.get("full_text") or t.get("text") or ""
                    rows.append({"tweet_id": str(t.get("id_str") or t.get("id")), "text": text,
                                 "x_lang": t.get("lang") or "",
                                 "reply": bool(t.get("in_reply_to_status_id_str") or t.get("in_reply_to_screen_name")),
                                 "commit": commit})
            if not rows:
                for path, (blob, commit) in sorted(newest_blobs(g, head, MD_FILE).items()):
                    s = git(g, "cat-file", "-p", blob).decode("utf-8", "replace")
                    for tid, text, reply in md_tweets(s):
                        rows.append({"tweet_id": tid, "text": text, "x_lang": "", "reply": reply,
                                     "commit": commit})
            k = 0
            for r in rows:
                if r["tweet_id"] in seen:
                    continue
                seen.add(r["tweet_id"])
                if reserved.hit(r["text"]):
                    dropped += 1
                    continue
                r.update(owner=owner, archive=repo)
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
                k += 1
            print(f"{repo}: {k} tweets (owner @{owner})", file=sys.stderr)
            n += k
    print(n, "tweets ->", out, f"({dropped} reserved evaluation texts dropped)")


if __name__ == "__main__":
    main()
