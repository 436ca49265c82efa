#!/usr/bin/env python3
"""deceptive-opinion: Deceptive Opinion Spam Corpus v1.4 (Ott et al. 2011, 2013): 1,600 hotel
reviews of 20 Chicago hotels; 800 truthful (TripAdvisor / web) and 800 deceptive (written to order
on Mechanical Turk), half positive, half negative. Copy committed in github.com/isha-2812/nlp_opinion_spamming.

Raw file (not committed, 1.3 MB; extracted from the mirror if raw/ lacks it):
  git --git-dir=/work/.mirror/isha-2812+nlp_opinion_spamming/repo/.git \
      show 334f3c07aeff8d66b0b73c7d540162a9a3477d98:deceptive-opinion.csv > raw/deceptive-opinion.csv

Mapping: truthful -> social; deceptive -> spam (fake reviews). kind long_social, group = hotel.
Usage: python3 convert.py [RAW_CSV] [OUT_JSONL]
"""
import csv
import io
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "deceptive-opinion"
COMMIT = "334f3c07aeff8d66b0b73c7d540162a9a3477d98"
MIRROR = "/work/.mirror/isha-2812+nlp_opinion_spamming/repo/.git"


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / "deceptive-opinion.csv"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    data = raw.read_text(encoding="utf-8") if raw.exists() else subprocess.check_output(
        ["git", "--git-dir", MIRROR, "show", f"{COMMIT}:deceptive-opinion.csv"]).decode("utf-8")

    def gen():
        for i, r in enumerate(csv.DictReader(io.StringIO(data, newline=""))):
            label = "spam" if r["deceptive"] == "deceptive" else "social"
            yield R.make_row(NAME, f"{r['deceptive']}-{r['polarity']}-{i}", R.strip_html(r["text"]),
                             label, "long_social", "hotel-reviews", r["hotel"],
                             f"{r['deceptive']}/{r['polarity']}/{r['source']}", weak=False,
                             _raw=r["text"])

    R.finish(gen(), out, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
