#!/usr/bin/env python3
"""wtp-petitions: 1,023 petitions from the White House "We the People" site (2011-2014), the
1K sample released with Subramanian, Baldwin & Cohn (ACL 2018), github.com/shivashankarrs/Petitions.

Raw file (committed here under raw/, 958 KB):
  git --git-dir=/work/.mirror/shivashankarrs+Petitions/repo show \
      d343a7ba3c61e719c9f5e4bb89eb4057ead26075:WTP_dataset_1K.csv > raw/WTP_dataset_1K.csv
Columns: ,id,url,title,content,statement,tags,signs,createdDate,Month,Day,Year,CD,FCD
(mostly UTF-8 with some Windows-1252 bytes: each line is decoded as UTF-8, else cp1252).

Every row is a petition posted to collect signatures -> marketing, kind cause_ads (LABELS.md: a
cause asking for attention or support). Text = title, blank line, petition body. The site's
boilerplate "We the people ask the federal government to ..." (statement column, 90 rows) is left
out. The scrape glued paragraphs ("...sacrifices.Furthermore"): a break is restored where a
sentence end is followed directly by a capitalised word; CRLF -> LF. group = first issue tag ("untagged").
Usage: python3 convert.py [RAW_CSV] [OUT_JSONL]
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "wtp-petitions"
GLUE = re.compile(r"(?<=[a-z0-9)][.!?])(?=[A-Z][a-z])")


def decode(raw):
    out = []
    for line in raw.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
    return "\n".join(out)


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / "WTP_dataset_1K.csv"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    text = decode(raw.read_bytes())

    def gen():
        for r in csv.DictReader(text.splitlines(keepends=True)):
            title = R.strip_html(re.sub(r"\s+", " ", r["title"] or ""))
            body = re.sub(r"\r\n?", "\n", r["content"] or "")
            body = R.strip_html(GLUE.sub("\n\n", body))
            tag = (r["tags"] or "").split(",")[0].strip()
            group = tag if tag and tag != "null" else "untagged"
            yield R.make_row(NAME, r["id"], (title + "\n\n" + body).strip(), "marketing", "cause_ads",
                             "petition site", group, f"We the People petition ({r['signs']} signatures)",
                             weak=False, _raw=[r["title"], r["content"], (r["title"] or "") + "\n\n" + (r["content"] or "")])

    R.finish(gen(), out, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
