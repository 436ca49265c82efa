#!/usr/bin/env python3
"""datacamp-comments: comments under DataCamp Community tutorials (blog comments, 2017-2019),
hand-labelled spam (1) / not spam (0) by github.com/Desmond00/DatacampArticleSentimentAnalysis.

Raw file (NOT committed: it holds reserved evaluation texts; it was briefly committed in 6e4b4dd
and removed again; squash that history on merge). Extract it only for inspection:
  git --git-dir=/work/.mirror/Desmond00+DatacampArticleSentimentAnalysis/repo show \
    "af1d2c32d5a20d6db90034f41c92c62927951d73:GoodData/final_data_extended_labeledPhase1 - final_data_extended_labeledPhase2.csv" \
    > "/tmp/datacamp.csv"   # then: python3 convert.py /tmp/datacamp.csv
Columns comment,label,articleName; 608 of 2,231 rows carry a label, the rest are unlabelled (not used).

The dataset's "spam" also covers one-word, off-language and bug-report comments (its README: "Other
than English languages have been considered as spam. Single words … considered as spam").
LABELS.md calls those social, so the label-1 rows were reviewed by hand (OVERRIDES below, keyed by
the row's 0-based position in the file). Mapping: MAPPING.md.
Usage: python3 convert.py [RAW_CSV] [OUT_JSONL]

NOT IN data/sets: 594 of the 599 labelled comments match the reserved (evaluation) hash lists,
so this source is held out. Running the converter writes the 2 remaining rows to OUT_JSONL
(default /tmp/datacamp-comments.jsonl) for inspection only.
"""
import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "datacamp-comments"
RAW = "final_data_extended_labeledPhase1 - final_data_extended_labeledPhase2.csv"

# row -> new label (None = drop). Reviewed 2026-12-05 against LABELS.md.
OVERRIDES = {
    # labelled 1, but genuine questions, bug reports, corrections, thanks -> social
    321: "social", 349: "social", 351: "social", 353: "social", 378: "social", 384: "social",
    386: "social", 387: "social", 412: "social", 424: "social", 433: "social", 434: "social",
    453: "social", 457: "social", 469: "social",
    # labelled 1: a disclosed employee recommending their product, on topic -> marketing
    567: "marketing",
    # labelled 1: no content, non-English one-liners, unclear intent -> dropped
    268: None, 324: None, 368: None, 408: None, 452: None, 473: None, 474: None, 554: None, 588: None,
    # labelled 0, but a gambling link dropped under a poker tutorial -> spam
    373: "spam",
}


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / RAW
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp") / f"{NAME}.jsonl"
    dropped = {"unlabelled": 0, "override_drop": 0}
    changed = {"relabelled": 0}

    def gen():
        with raw.open(encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f)):
                orig = (r["label"] or "").strip()
                if orig not in ("0", "1"):
                    dropped["unlabelled"] += 1
                    continue
                label = "spam" if orig == "1" else "social"
                if i in OVERRIDES:
                    if OVERRIDES[i] is None:
                        dropped["override_drop"] += 1
                        continue
                    label = OVERRIDES[i]
                    changed["relabelled"] += 1
                yield R.make_row(NAME, str(i), R.strip_html(r["comment"]), label, "comment_spam", "blog",
                                 (r["articleName"] or "").strip() or "unknown", orig, weak=False,
                                 _raw=r["comment"])

    R.finish(gen(), out, stats_path=HERE / "stats.json", stats={"dropped": dropped, "changed": changed})


if __name__ == "__main__":
    main()
