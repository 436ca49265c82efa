#!/usr/bin/env python3
"""vispamreviews: ViSpamReviews v1 (Van Dinh, Luu, Nguyen 2022): Vietnamese product reviews from
e-commerce sites, labelled no-spam (0) or spam with a type: 1 fake review, 2 review on the
brand/seller only, 3 irrelevant content. github.com/sonlam1102/vispamdetection.

Raw file (not committed, 1.2 MB zip; extracted from the mirror if raw/ lacks it):
  git --git-dir=/work/.mirror/sonlam1102+vispamdetection/repo show \
      c8711003057cc3a32477e7849654b2c7e0ddb669:dataset/vispamdetection_dataset.zip > raw/vispamdetection_dataset.zip
  (zip members dataset/{train,dev,test}.csv; columns Rating,Comment,Label,SpamLabel)

Mapping (MAPPING.md): 0 -> social; 1 -> spam; 2 -> social; 3 -> spam. kind non_english, lang vi.
Capped at 10,000 rows, stratified by label (keeps data/sets under ~40 MB).
Usage: python3 convert.py [RAW_ZIP] [OUT_JSONL]
"""
import csv
import io
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "vispamreviews"
COMMIT = "c8711003057cc3a32477e7849654b2c7e0ddb669"
MIRROR = "/work/.mirror/sonlam1102+vispamdetection/repo"
MAP = {"0": ("social", "no-spam"), "1": ("spam", "fake-review"), "2": ("social", "brand-or-seller-only"),
       "3": ("spam", "irrelevant")}


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / "vispamdetection_dataset.zip"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    blob = raw.read_bytes() if raw.exists() else subprocess.check_output(
        ["git", "--git-dir", MIRROR, "show", f"{COMMIT}:dataset/vispamdetection_dataset.zip"])
    z = zipfile.ZipFile(io.BytesIO(blob))

    def gen():
        for split in ("train", "dev", "test"):
            data = z.read(f"dataset/{split}.csv").decode("utf-8")
            for i, r in enumerate(csv.DictReader(io.StringIO(data, newline=""))):
                if r["SpamLabel"] not in MAP:
                    continue
                label, name = MAP[r["SpamLabel"]]
                yield R.make_row(NAME, f"{split}-{i}", R.strip_html(r["Comment"]), label, "non_english",
                                 "ecommerce-reviews", f"vispam-{split}",
                                 f"{r['SpamLabel']} {name} (rating {r['Rating']})", weak=False, lang="vi",
                                 _raw=r["Comment"])

    R.finish(gen(), out, cap=10000, strata=("label", "orig_label"), stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
