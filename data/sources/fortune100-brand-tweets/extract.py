#!/usr/bin/env python3
"""Builds raw/fortune100_tweets.jsonl.gz for fortune100-brand-tweets: tweets written BY the Twitter
accounts of 2020 Fortune 100 companies, from two public GitHub repositories that collected them
(fetched as /work/.mirror/<owner>+<name>/repo; read with `git show COMMIT:path`):

  kmcelwee/fortune-100-blm-dataset @ b758f5442152afe26cd775cda8b94e963ffc4755
    data/fortune-100-tweets.csv   6,184 tweets of 91 company accounts, 25 May - 25 Jul 2020, no replies
                                  (ID, Corporation, Text, Datetime, Hashtags, Racial Justice, ...)
    data/fortune-100.csv          Corporation -> Twitter handle
    data/fortune-100-json/*.json  raw API timelines (statuses/user_timeline, extended mode) of the
                                  accounts; the 29 files under 4 MiB are in the snapshot (the other
                                  62 are absent), 2009-2020, replies and self-threads included
  patrickrooneyphd/Political-Stance-Tweets @ 2199f415805683c2081750479bdc4d32fca2577c (MIT)
    data/upwork_rater_data/df_u_1.csv ... df_u_6.csv   41,532 tweets (May - June 2020) of Fortune 100
                                  company accounts (and 12 CEOs) prepared for hired raters
                                  (floyd_stance, floyd_followup, username, date, text, tweet_id);
                                  mostly the companies' replies to customers

One tweet a line, first sighting of a tweet id kept (the kmcelwee CSV, then its JSON, then the rater
files): tweet_id, account (the company's handle), text (as published: entities such as &amp; and
t.co links as in the source), created (date), reply_to (screen name the tweet answers, "" if none,
null where the source does not say), x_lang (Twitter's language tag, JSON only), retweet (bool),
racial_justice (the kmcelwee hand label, CSV only), origin, commit.
Texts that are reserved evaluation texts (../reserved.py) are dropped here (counted), so the raw
file holds none.
Usage: python3 extract.py [MIRROR_DIR]
"""
import csv
import gzip
import io
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

KM = ("kmcelwee/fortune-100-blm-dataset", "b758f5442152afe26cd775cda8b94e963ffc4755")
PR = ("patrickrooneyphd/Political-Stance-Tweets", "2199f415805683c2081750479bdc4d32fca2577c")


def gitdir(mirror, repo):
    d = mirror / repo.replace("/", "+") / "repo"
    return d / ".git" if (d / ".git").is_dir() else d


def show(mirror, repo, commit, path):
    g = gitdir(mirror, repo)
    return subprocess.run(["git", "--git-dir", str(g), "show", f"{commit}:{path}"],
                          capture_output=True, check=True).stdout.decode("utf-8")


def ls(mirror, repo, commit, path):
    g = gitdir(mirror, repo)
    out = subprocess.run(["git", "--git-dir", str(g), "ls-tree", "--name-only", commit, path + "/"],
                         capture_output=True, check=True).stdout.decode()
    return [p for p in out.split("\n") if p.endswith(".json")]


def main():
    mirror = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror")
    res = R.Reserved()
    out, seen = [], set()
    st = {"kmcelwee_csv": 0, "kmcelwee_json": 0, "kmcelwee_json_files_absent": 0, "rooney_upwork": 0,
          "duplicate_id": 0, "reserved": 0}

    def add(row, key):
        if row["tweet_id"] in seen:
            st["duplicate_id"] += 1
            return
        seen.add(row["tweet_id"])
        if res.hit(row["text"]):
            st["reserved"] += 1
            return
        st[key] += 1
        out.append(row)

    # 1. kmcelwee CSV (hand-labelled Racial Justice column); map Corporation -> handle
    handles = {r["Corporation"]: r["Handle"] for r in
               csv.DictReader(io.StringIO(show(mirror, *KM, "data/fortune-100.csv"))) if r["Handle"]}
    for r in csv.DictReader(io.StringIO(show(mirror, *KM, "data/fortune-100-tweets.csv"))):
        add({"tweet_id": r["ID"], "account": handles[r["Corporation"]], "text": r["Text"],
             "created": r["Datetime"][:10], "reply_to": "", "x_lang": None,
             "retweet": r["Text"].startswith("RT @"), "racial_justice": r["Racial Justice"] == "True",
             "origin": "kmcelwee:data/fortune-100-tweets.csv", "commit": KM[1]}, "kmcelwee_csv")

    # 2. kmcelwee raw JSON timelines that the snapshot holds
    for path in ls(mirror, *KM, "data/fortune-100-json"):
        try:
            tweets = json.loads(show(mirror, *KM, path))
        except subprocess.CalledProcessError:
            st["kmcelwee_json_files_absent"] += 1  # 4 MiB or more: not in the snapshot
            continue
        for t in tweets:
            created = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S +0000 %Y").strftime("%Y-%m-%d")
            add({"tweet_id": t["id_str"], "account": t["user"]["screen_name"], "text": t["full_text"],
                 "created": created, "reply_to": t.get("in_reply_to_screen_name") or "",
                 "x_lang": t.get("lang"),
                 "retweet": "retweeted_status" in t or t["full_text"].startswith("RT @"),
                 "racial_justice": None, "origin": "kmcelwee:" + path, "commit": KM[1]}, "kmcelwee_json")

    # 3. Rooney's rater files
    for i in range(1, 7):
        path = f"data/upwork_rater_data/df_u_{i}.csv"
        for r in csv.DictReader(io.StringIO(show(mirror, *PR, path))):
            add({"tweet_id": r["tweet_id"].lstrip("t"), "account": r["username"], "text": r["text"],
                 "created": r["date"], "reply_to": None, "x_lang": None,
                 "retweet": r["text"].startswith("RT @"), "racial_justice": None,
                 "origin": "rooney:" + path, "commit": PR[1]}, "rooney_upwork")

    dest = HERE / "raw" / "fortune100_tweets.jsonl.gz"
    dest.parent.mkdir(exist_ok=True)
    with gzip.GzipFile(dest, "wb", mtime=0) as gz:
        for row in out:
            gz.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
    st["written"] = len(out)
    print(json.dumps(st))


if __name__ == "__main__":
    main()
