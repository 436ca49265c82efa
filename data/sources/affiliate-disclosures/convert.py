#!/usr/bin/env python3
"""affiliate-disclosures: YouTube video descriptions and Pinterest pin descriptions that carry
affiliate-marketing links, with the disclosure coding of Mathur, Narayanan & Chetty (CSCW 2018),
github.com/aruneshmathur/affiliate-marketing-disclosures.

Raw files (committed under raw/, 4.2 MB):
  raw/youtube_clusters.csv    = disclosure-analysis/YouTube/clusters.csv   (commit 5489728eb00c45d88e9c62d6efe5eae9a9dd3a35)
  raw/pinterest_clusters.csv  = disclosure-analysis/Pinterest/clusters.csv (commit 75bf9226329c3c0e1dec25ac3850e42ea70e6871)
Each file has one row per sentence (id, sentence, ward_euclidean_cluster) of the English
descriptions of the videos / pins whose links resolved to an affiliate URL. The authors coded
which sentence clusters are disclosures; the cluster numbers below are copied from their
notebooks ("YouTube Analysis.ipynb", "Pinterest Analysis.ipynb", section "Mark the required
disclosures"), and reproduce the paper's counts (YouTube 158 / 41 / 55 videos; Pinterest 528 / 279 pins).

Mapping (data/LABELS.md: a recommendation with a disclosed tie is marketing, with an undisclosed
tie such as an affiliate link it is spam):
  YouTube, any disclosure cluster         -> marketing (weak false)
  YouTube, no disclosure                  -> dropped (by definition spam, but the text seldom
                                             shows the undisclosed tie: the authors removed
                                             URL-only lines, and the coding only looks for
                                             affiliate disclosures, so "sponsored by X" counts as
                                             none; see MAPPING.md. Kept as spam they lowered
                                             pooled leave-one-source-out, BENCHMARKS.md)
  Pinterest, any disclosure cluster       -> marketing (weak false)
  Pinterest, no disclosure                -> dropped (the caption seldom shows the link and many
                                             are other users' repins; see MAPPING.md)
A description is rebuilt by joining its sentences, in file order, with newlines (YouTube) or
spaces (Pinterest, whose descriptions are single lines) (the authors
split lines and sentences and dropped those with no word left after removing URLs).
Usage: python3 convert.py [OUT_JSONL]
"""
import csv
import sys
from collections import OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "affiliate-disclosures"
YT = {
    "affiliate_link": [372, 382, 383, 384, 385, 388, 389, 390],
    "affiliate_link_explained": [370, 377, 378, 379, 380, 381, 386, 387],
    "support_channel": [363, 364, 366, 367, 368, 369],
}
PIN = {
    "affiliate_link": [99, 100, 101, 103, 104, 106, 137, 138, 139, 226, 764, 833, 836, 1668] + list(range(1495, 1558)),
    "affiliate_link_explained": [1493, 1494],
}


def load(path):
    docs = OrderedDict()
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            docs.setdefault(r["id"], []).append((r["sentence"], int(r["ward_euclidean_cluster"])))
    return docs


def disclosure(sents, table):
    found = [name for name, clusters in table.items() if any(c in clusters for _, c in sents)]
    return found


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    extra = {"youtube_videos": 0, "youtube_disclosed": 0, "youtube_undisclosed_dropped": 0,
             "pinterest_pins": 0, "pinterest_disclosed": 0, "pinterest_undisclosed_dropped": 0}

    def gen():
        for platform, fname, table in (("youtube", "youtube_clusters.csv", YT),
                                       ("pinterest", "pinterest_clusters.csv", PIN)):
            for ident, sents in load(HERE / "raw" / fname).items():
                extra[f"{platform}_" + ("videos" if platform == "youtube" else "pins")] += 1
                found = disclosure(sents, table)
                if found:
                    extra[f"{platform}_disclosed"] += 1
                    label, weak, orig = "marketing", False, "affiliate, disclosed: " + "+".join(found)
                else:
                    extra[f"{platform}_undisclosed_dropped"] += 1
                    continue
                # Pinterest descriptions are one line (the paper: at most 1 line), so their
                # sentences are rejoined with spaces; YouTube's mostly were lines
                raw = (" " if platform == "pinterest" else "\n").join(s for s, _ in sents)
                text = R.strip_html(raw)
                yield R.make_row(NAME, f"{platform}:{ident}", text, label, "sponsored", platform,
                                 f"{platform}:{ident}", orig, weak, _raw=raw)

    R.finish(gen(), out, stats=extra, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
