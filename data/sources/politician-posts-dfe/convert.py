#!/usr/bin/env python3
"""politician-posts-dfe: 5,000 Twitter and Facebook posts of US senators and representatives
(2013-2014), CrowdFlower / Figure Eight "Data for Everyone" set "Political Social Media Posts"
(Political-media-DFE.csv), in the reduced copy of github.com/JayChadha-uva/SocialMediaBias
(columns bias,text only: the account, platform and message-type columns were removed there).

Raw file (committed here under raw/, 1.1 MB):
  git --git-dir=/work/.mirror/JayChadha-uva+SocialMediaBias/repo show \
      f8aacfa27a1f2df1f1a235be84595dc7a24b1ea6:political_social_media.csv > raw/political_social_media.csv

All rows -> marketing, weak (label from the author: a politician's own official page or account;
same rule as propublica-fbpac-seeds), kind cause_ads. group = the crowd's bias judgement
(partisan / neutral): the copy has no account column.
Cleaning: the copy's texts are UTF-8 decoded as Windows-1252 ("Senateâ€™s"); such runs are
re-decoded, and the two sequences the copy mangled beyond that ("â€ù" = closing quote, "â€_" =
ellipsis) mapped by hand; 16 texts still garbled afterwards are dropped. Spanish posts are dropped
(stop-word count), as French was for propublica-fbpac-seeds.
Usage: python3 convert.py [RAW_CSV] [OUT_JSONL]
"""
import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "politician-posts-dfe"
RUN = re.compile(r"[\u00c0-\u00ff][\u0080-\u00ff\u0152-\u02dc\u2013-\u2122]{1,3}")
GARBLED = re.compile(r"[âÃ][\u0080-\u00ff\u2000-\u20ff]|Ã")
ES = {"el", "la", "los", "las", "de", "del", "que", "en", "y", "para", "por", "con", "una", "un", "es", "se", "su", "al", "lo", "mi"}
EN = {"the", "and", "to", "of", "in", "for", "is", "on", "with", "my", "our", "at", "this", "you", "a", "we"}


def fix(s):
    s = s.replace("â€ù", "\u201d").replace("â€_", "\u2026")

    def rep(m):
        x = m.group(0)
        try:
            return x.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return x
    return RUN.sub(rep, s)


def spanish(t):
    w = re.findall(r"[a-záéíóúñ]+", t.lower())
    return sum(x in ES for x in w) > sum(x in EN for x in w) + 1


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / "political_social_media.csv"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    text = raw.read_bytes().decode("utf-8-sig")
    extra = {"garbled": 0, "spanish": 0}

    def gen():
        for i, r in enumerate(csv.DictReader(text.splitlines(keepends=True))):
            t = R.strip_html(fix(r["text"] or ""))
            if GARBLED.search(t):
                extra["garbled"] += 1
                continue
            if spanish(t):
                extra["spanish"] += 1
                continue
            yield R.make_row(NAME, str(i), t, "marketing", "cause_ads", "twitter/facebook",
                             r["bias"], f"politician's post (crowd bias: {r['bias']})", weak=True,
                             _raw=[r["text"], fix(r["text"] or "")])

    R.finish(gen(), out, stats=extra, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
