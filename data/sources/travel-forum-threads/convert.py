#!/usr/bin/env python3
"""travel-forum-threads: 7,357 posts from 699 TripAdvisor travel-forum threads (mostly the New York
City forum, 2007-2011), from the forum-summarisation thread dataset (Bhatia, Biyani, Mitra 2014) as
prepared in github.com/blueprints-for-text-analytics-python/blueprints-text
(data/travel-forum-threads/travel_threads.csv.gz, '|'-separated).

Raw file (not committed, 1.8 MB gzip; extracted from the mirror if raw/ lacks it):
  git --git-dir=/work/.mirror/blueprints-for-text-analytics-python+blueprints-text/repo show \
      909db439d24b62dd7c7fdb974a15d9f6dd385c9e:data/travel-forum-threads/travel_threads.csv.gz > raw/travel_threads.csv.gz

All posts -> social (long_social, weak). group = thread id. HTML entities unescaped.
Usage: python3 convert.py [RAW_GZ] [OUT_JSONL]
"""
import csv
import gzip
import io
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "travel-forum-threads"
COMMIT = "909db439d24b62dd7c7fdb974a15d9f6dd385c9e"
MIRROR = "/work/.mirror/blueprints-for-text-analytics-python+blueprints-text/repo"
csv.field_size_limit(10**9)


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / "travel_threads.csv.gz"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    blob = raw.read_bytes() if raw.exists() else subprocess.check_output(
        ["git", "--git-dir", MIRROR, "show", f"{COMMIT}:data/travel-forum-threads/travel_threads.csv.gz"])
    data = gzip.decompress(blob).decode("utf-8")

    def gen():
        for r in csv.DictReader(io.StringIO(data, newline=""), delimiter="|"):
            yield R.make_row(NAME, f"{r['ThreadID']}-{r['postNum']}", R.strip_html(r["text"] or ""), "social",
                             "long_social", "travel-forum", r["ThreadID"],
                             f"forum post #{r['postNum']}", weak=True, _raw=r["text"])

    R.finish(gen(), out, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
