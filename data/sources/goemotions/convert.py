#!/usr/bin/env python3
"""goemotions: Reddit comments from GoEmotions (Demszky et al., ACL 2020), the train/dev/test
TSVs (text, emotion ids, comment id), as committed unchanged (plus a header row) in
github.com/isabelhdias/sentiment-aware-conversational-agent (data/goemotions/). The original is
google-research/google-research goemotions/data/{train,dev,test}.tsv, whose repository is too large
to fetch here.

Raw files (not committed, 4.4 MB; extracted from the mirror if raw/ lacks them):
  C=a4b20ba2a74d87128e647437b47773211fedd503
  for s in train dev test; do git --git-dir=/work/.mirror/isabelhdias+sentiment-aware-conversational-agent/repo \
      show $C:data/goemotions/$s.tsv > raw/$s.tsv; done

All rows -> social (long_social, weak). Dropped: comments containing the dataset's mask tokens
([NAME], [RELIGION], ...: they would mark this source), and comments under 20 characters.
Capped at 15,000 rows (deterministic hash sample, reserved.finish).
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "goemotions"
COMMIT = "a4b20ba2a74d87128e647437b47773211fedd503"
MIRROR = "/work/.mirror/isabelhdias+sentiment-aware-conversational-agent/repo"
EMOTIONS = ("admiration amusement anger annoyance approval caring confusion curiosity desire "
            "disappointment disapproval disgust embarrassment excitement fear gratitude grief joy love "
            "nervousness optimism pride realization relief remorse sadness surprise neutral").split()
MASK = re.compile(r"\[[A-Z]+\]")


def load(raw, split):
    p = raw / f"{split}.tsv"
    data = p.read_text(encoding="utf-8") if p.exists() else subprocess.check_output(
        ["git", "--git-dir", MIRROR, "show", f"{COMMIT}:data/goemotions/{split}.tsv"]).decode("utf-8")
    lines = data.splitlines()
    if lines and lines[0] == "text\tlabel\tid":
        lines = lines[1:]
    return [l.split("\t") for l in lines if l.strip()]


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    dropped = {"mask_token": 0, "under_20_chars": 0}

    def gen():
        for split in ("train", "dev", "test"):
            for text, labels, cid in load(raw, split):
                if MASK.search(text):
                    dropped["mask_token"] += 1
                    continue
                if len(text.strip()) < 20:
                    dropped["under_20_chars"] += 1
                    continue
                emo = "+".join(EMOTIONS[int(i)] for i in labels.split(",") if i.strip().isdigit())
                yield R.make_row(NAME, cid, R.strip_html(text), "social", "long_social", "reddit",
                                 f"goemotions-{split}", emo, weak=True, _raw=text)

    R.finish(gen(), out, cap=15000, stats_path=HERE / "stats.json", stats={"dropped": dropped})


if __name__ == "__main__":
    main()
