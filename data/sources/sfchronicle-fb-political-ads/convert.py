#!/usr/bin/env python3
"""sfchronicle-fb-political-ads: Facebook Ad Library texts of political / issue ads shown in
California and Connecticut (2022), from github.com/sfchronicle/ml-political-ads.

Raw files (committed here under raw/, 1.8 MB together):
  M=/work/.mirror/sfchronicle+ml-political-ads/repo
  git --git-dir=$M show 654cb08c1805c8fa7988d85c8621273cf6bac48d:FacebookAds/california.csv > raw/california.csv
  git --git-dir=$M show 9e7245ef9162a270725f00576a3fda0bbacf6b2d:FacebookAds/CT.csv > raw/CT.csv
(california.csv: columns ,text,byline. CT.csv: Ad Library API export; ad_creative_bodies is a
Python-style list of the ad's body texts, bylines = "paid for by", page_name = advertiser page.)

Every row is a paid ad in Facebook's political/issue ad library -> marketing, kind cause_ads.
group = byline (funder); CT rows without a byline use the page name.
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import ast
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "sfchronicle-fb-political-ads"
csv.field_size_limit(10**9)


def bodies(cell):
    cell = (cell or "").strip()
    if not cell:
        return []
    try:
        v = ast.literal_eval(cell)
    except (ValueError, SyntaxError):
        return [cell]
    return [x for x in v if isinstance(x, str)]


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"

    def gen():
        with (raw / "california.csv").open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                group = (r["byline"] or "").strip() or "unknown"
                yield R.make_row(NAME, "ca-" + r[""], R.strip_html(r["text"] or ""), "marketing",
                                 "cause_ads", "facebook", group, "fb-political-ad-CA", weak=False,
                                 _raw=r["text"])
        with (raw / "CT.csv").open(encoding="utf-8", newline="") as f:
            for r in csv.DictReader(f):
                group = (r["bylines"] or "").strip() or (r["page_name"] or "").strip() or "unknown"
                for j, b in enumerate(bodies(r["ad_creative_bodies"])):
                    yield R.make_row(NAME, f"ct-{r['id']}-{j}", R.strip_html(b), "marketing",
                                     "cause_ads", "facebook", group, "fb-political-ad-CT", weak=False, _raw=b)

    R.finish(gen(), out, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
