#!/usr/bin/env python3
"""dreaddit: Dreaddit (Turcan & McKeown 2019) Reddit post segments from ten communities
(ptsd, relationships, anxiety, domesticviolence, assistance, survivorsofabuse, homeless,
almosthomeless, stress, food_pantry), as committed in github.com/ShirCohen1/Stress_Analysis_in_Social_Media.

Raw files (not committed, 3.4 MB; extracted from the mirror if raw/ lacks them):
  C=9ef1d8d4259d9f731d29fd952b9a735662f44a40
  for f in dreaddit-train.csv dreaddit-test.csv; do
    git --git-dir=/work/.mirror/ShirCohen1+Stress_Analysis_in_Social_Media/repo show $C:$f > raw/$f; done

All kept rows -> social (long_social), weak: the stress label is irrelevant; the posts are people
writing about their own lives. Segments that recruit for surveys / studies / market research or
raise funds (GoFundMe, "donate") are dropped: see MAPPING.md.
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "dreaddit"
COMMIT = "9ef1d8d4259d9f731d29fd952b9a735662f44a40"
MIRROR = "/work/.mirror/ShirCohen1+Stress_Analysis_in_Social_Media/repo"
SOLICIT = re.compile(r"survey|questionnaire|participants|participat(e|ing) in (a|this|our) (research|study)"
                     r"|research study|market research|focus group|go ?fund ?me|fundrais|donat(e|ion)"
                     r"|crowd ?fund|wish ?list|sponsor", re.I)


def load(raw, name):
    p = raw / name
    data = p.read_text(encoding="utf-8") if p.exists() else subprocess.check_output(
        ["git", "--git-dir", MIRROR, "show", f"{COMMIT}:{name}"]).decode("utf-8")
    return list(csv.DictReader(io.StringIO(data, newline="")))


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    dropped = {"solicitation": 0}

    def gen():
        for split in ("train", "test"):
            for r in load(raw, f"dreaddit-{split}.csv"):
                text = R.strip_html(r["text"])
                if SOLICIT.search(text):
                    dropped["solicitation"] += 1
                    continue
                ident = f"{r['post_id']}-{r['sentence_range'].strip('()').replace(', ', '-')}"
                yield R.make_row(NAME, ident, text, "social", "long_social", "reddit", r["subreddit"],
                                 f"stress={r['label']}", weak=True, _raw=r["text"])

    R.finish(gen(), out, stats_path=HERE / "stats.json", stats={"dropped": dropped})


if __name__ == "__main__":
    main()
