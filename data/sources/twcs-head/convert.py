#!/usr/bin/env python3
"""twcs-head: first 5,000 rows of "Customer Support on Twitter" (TWCS, Kaggle/ThoughtVector),
as committed in github.com/monalisapatra26/data_visualization (twcs.csv).

Raw file (committed here as raw/twcs.csv, 883 KB):
  git --git-dir=<mirror of monalisapatra26/data_visualization> show \
      b79b6dcf2a30f84bdfdf66ff9f69f03540bfd6d6:twcs.csv > raw/twcs.csv

Mapping: inbound False (a brand's support account replying) -> marketing;
         inbound True (a customer / member of the public) -> social (weak).
group = the company: the author for brand replies; for customer tweets, the brand account that
replied to it or that it replied to, else the first @brand mention, else "unknown".

Text: HTML entities unescaped; anonymised customer handles "@<digits>" -> "@user".
Usage: python3 convert.py [RAW_CSV] [OUT_JSONL]
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "twcs-head"
ANON = re.compile(r"@\d{3,}\b")


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / "twcs.csv"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    with raw.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r.get("inbound") in ("True", "False")]
    author = {r["tweet_id"]: r["author_id"] for r in rows}
    brands = {r["author_id"] for r in rows if r["inbound"] == "False"}
    brands_lower = {b.lower(): b for b in brands}

    def company(r):
        if r["inbound"] == "False":
            return r["author_id"]
        ids = [(r["in_response_to_tweet_id"] or "").split(".")[0]] + (r["response_tweet_id"] or "").split(",")
        for i in ids:
            a = author.get(i.strip())
            if a in brands:
                return a
        for m in re.findall(r"@(\w+)", r["text"]):
            if m.lower() in brands_lower:
                return brands_lower[m.lower()]
        return "unknown"

    def gen():
        for r in rows:
            brand = r["inbound"] == "False"
            # TWCS replaced every customer handle with a numeric id ("@115712"); brand replies always
            # start with one, which would make "@<digits>" a marketing marker. Use "@user" (TweetEval's form).
            text = ANON.sub("@user", R.strip_html(r["text"]))
            yield R.make_row(NAME, r["tweet_id"], text, "marketing" if brand else "social",
                             "customer_service", "twitter", company(r),
                             "inbound=" + r["inbound"], weak=not brand, _raw=r["text"])

    R.finish(gen(), out, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
