#!/usr/bin/env python3
"""c3-news-comments: reader comments under opinion articles of The Globe and Mail (Canada,
2012-2016), the Constructive Comments Corpus (C3, Kolhatkar et al. 2020): 12,000 comments from the
SFU Opinion and Comments Corpus (SOCC), crowd-annotated for constructiveness and toxicity.

Raw file (committed here as raw/archive.zip, 3.1 MB; it holds C3_anonymized.csv and README_C3.txt):
  git --git-dir=/work/.mirror/amitsultan+NLP_Discourse_parsing/repo \
      show 18fe222bfbe90d2072836f34fbd5fe5de41c7ecc:data/archive.zip > raw/archive.zip

Every comment -> social, kind long_social, weak (the label comes from what the collection is:
moderated reader comments on a national newspaper's site, chosen for a constructiveness study;
nobody judged them for spam). The constructiveness / toxicity annotations are kept in orig_label
only. group = article id (484 articles). Nothing is dropped besides finish()'s cleaning.
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import csv
import io
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "c3-news-comments"
csv.field_size_limit(10**9)


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    with zipfile.ZipFile(raw / "archive.zip") as z:
        data = z.read("C3_anonymized.csv").decode("utf-8")

    def gen():
        for r in csv.DictReader(io.StringIO(data, newline="")):
            text = r["comment_text"] or ""
            orig = f"constructive={r['constructive_binary'] or '?'};toxicity={r['crowd_toxicity_level'] or '?'}"
            yield R.make_row(NAME, r["comment_counter"], R.strip_html(text), "social", "long_social",
                             "news-comments", f"article-{r['article_id']}", orig, weak=True, _raw=text)

    R.finish(gen(), out, cap=15000, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
