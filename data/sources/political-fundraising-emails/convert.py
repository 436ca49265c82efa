#!/usr/bin/env python3
"""political-fundraising-emails: 1,000 US political fundraising e-mails from 2024 (subject + body,
sending committee, party), the training sample of github.com/dwillis/political-fundraising-emails
(Derek Willis, MIT).

Raw file (not committed, 2.9 MB; extracted from the mirror if raw/ lacks it):
  git --git-dir=/work/.mirror/dwillis+political-fundraising-emails/repo show \
      177266f89fac7a3cf47f5318acdf7ce19e69c6df:training.csv > raw/training.csv

All rows -> marketing, kind cause_ads, platform email, group = committee.
Text = subject, blank line, body; cut at the last space before 2,000 characters (the median body
is ~2,500 characters; the call to action comes early).
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

NAME = "political-fundraising-emails"
COMMIT = "177266f89fac7a3cf47f5318acdf7ce19e69c6df"
MIRROR = "/work/.mirror/dwillis+political-fundraising-emails/repo"
CUT = 2000


def cut(text, n=CUT):
    if len(text) <= n:
        return text
    head = text[:n]
    sp = head.rfind(" ")
    return (head[:sp] if sp > n // 2 else head).rstrip() + " …"


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / "training.csv"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    data = raw.read_text(encoding="utf-8") if raw.exists() else subprocess.check_output(
        ["git", "--git-dir", MIRROR, "show", f"{COMMIT}:training.csv"]).decode("utf-8")

    def gen():
        for i, r in enumerate(csv.DictReader(io.StringIO(data, newline=""))):
            subject = R.strip_html(r["subject"] or "")
            body = R.strip_html(r["body"] or "")
            text = cut((subject + "\n\n" + body).strip())
            party = (r["party"] or "").strip() or "unknown"
            yield R.make_row(NAME, str(i), text, "marketing", "cause_ads", "email",
                             (r["committee"] or "").strip() or "unknown",
                             f"fundraising email (party {party}, {r['date']})", weak=False,
                             _raw=[(r["subject"] or "") + "\n\n" + (r["body"] or ""), r["body"], r["subject"],
                                   subject + "\n\n" + body])

    R.finish(gen(), out, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
