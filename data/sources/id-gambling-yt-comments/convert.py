#!/usr/bin/env python3
"""id-gambling-yt-comments: Indonesian YouTube comments and live-chat messages labelled as
online-gambling promotion (1) or ordinary (0), three sets mirrored in
github.com/Yusufislam-id/comment-spam-gambling-detection.

Raw files (committed here under raw/, 1.4 MB together):
  C=c3c2d5cc46519a8e8025b2b09d2c4d190ebd6b7f; M=/work/.mirror/Yusufislam-id+comment-spam-gambling-detection/repo
  git --git-dir=$M show $C:datasets/huggingface/online_gambling_yt_comments/train.csv > raw/hf_online_gambling_yt_comments_train.csv
  git --git-dir=$M show $C:datasets/kaggle/gambling-comments-from-youtube-platform/rawdata.csv > raw/kaggle_gambling_comments_rawdata.csv
  git --git-dir=$M show $C:datasets/kaggle/deteksi-judi-online/youtube_chat_jogja_clean.csv > raw/kaggle_youtube_chat_jogja_clean.csv

Mapping: 1 -> spam, 0 -> social; kind non_english, lang id; group = the sub-collection.
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "id-gambling-yt-comments"
SETS = [  # file, group, text column, label column, platform
    ("hf_online_gambling_yt_comments_train.csv", "hf-online-gambling-yt-comments", "text", "label", "youtube"),
    ("kaggle_gambling_comments_rawdata.csv", "kaggle-gambling-comments", "Comments", "Label", "youtube"),
    ("kaggle_youtube_chat_jogja_clean.csv", "kaggle-livechat-jogja", "message", "label", "youtube-live-chat"),
]


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"

    def gen():
        for fname, group, tcol, lcol, platform in SETS:
            with (raw / fname).open(encoding="utf-8", newline="") as f:
                for i, r in enumerate(csv.DictReader(f)):
                    lab = (r[lcol] or "").strip()
                    if lab not in ("0", "1"):
                        continue
                    yield R.make_row(NAME, f"{group}-{i}", R.strip_html(r[tcol] or ""),
                                     "spam" if lab == "1" else "social", "non_english", platform, group,
                                     lab, weak=False, lang="id", _raw=r[tcol])

    R.finish(gen(), out, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
