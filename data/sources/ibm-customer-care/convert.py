#!/usr/bin/env python3
"""ibm-customer-care: IBM "Twitter Conversations Dataset for Conversational Document Prediction"
(github.com/IBM/twitter-customer-care-document-prediction), dev.json + test.json.

Raw files (committed here under raw/, 1.4 MB together):
  for f in dev.json test.json; do git --git-dir=<mirror of IBM/twitter-customer-care-document-prediction> \
      show 59a25bd376054a6ab1e925fc4496642cad676374:$f > raw/$f; done
(train.json, 10,000 conversations, is listed in the repository but its blob could not be fetched.)

Mapping: dialogContent turns with "client" -> social; turns with "agent" and the closing
agentURL.url_utterance (the brand's answer with a support link) -> marketing.
group = dialogHeader.company (25 brands).

Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "ibm-customer-care"
# The dataset rewrote most links in agent replies to Wayback Machine copies; undo that, so the
# "web.archive.org" prefix does not become a dataset fingerprint for "marketing".
WAYBACK = re.compile(r"https?://web\.archive\.org/web/\d+(?:[a-z_]+)?/")


def clean(text):
    return WAYBACK.sub("", R.strip_html(text))


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"

    def gen():
        for split in ("dev", "test"):
            for conv in json.loads((raw / f"{split}.json").read_text(encoding="utf-8")):
                company = conv["dialogHeader"]["company"]
                for t in conv["dialogContent"]:
                    if "agent" in t:
                        yield R.make_row(NAME, t["tweet_ID"], clean(t["message"]), "marketing",
                                         "customer_service", "twitter", company, "agent", weak=False,
                                         _raw=t["message"])
                    elif "client" in t:
                        yield R.make_row(NAME, t["tweet_ID"], clean(t["message"]), "social",
                                         "customer_service", "twitter", company, "client", weak=True,
                                         _raw=t["message"])
                a = conv["agentURL"]
                yield R.make_row(NAME, a["tweet_ID"], clean(a["url_utterance"]), "marketing",
                                 "customer_service", "twitter", company, "agentURL", weak=False,
                                 _raw=a["url_utterance"])

    R.finish(gen(), out, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
