#!/usr/bin/env python3
"""fossee-forum-spam: posts from the FOSSEE (IIT Bombay) question-and-answer forums (eSim, DWSIM,
Scilab, OpenFOAM, Python...), labelled "Spam" / "Not Spam" by FOSSEE for its 2018 screening task 5
("categorize the forum posts as spam or not spam"), as committed by a candidate in
github.com/ashutoshgngwr/fossee-screening-tasks.

Raw file (committed here, 161 KB):
  git --git-dir=/work/.mirror/ashutoshgngwr+fossee-screening-tasks/repo \
      show cce684cf292ccf5d4bc70422afcf46697f2af6ee:"spam-filter/Data Set.xlsx" > "raw/Data Set.xlsx"
(one sheet, columns Data = the post's HTML body, Label = Spam | Not Spam | empty).

Spam -> spam, Not Spam -> social (kind comment_spam). Rows without a label are dropped. Hand review
(MAPPING.md): spam-labelled rows with no pitch and no promotional link are dropped (DROP_ROWS),
five Not-Spam rows that are essay/taxi/PCB link drops become spam (TO_SPAM; orig_label keeps
"Not Spam"), two unclear ones are dropped (DROP_UNCLEAR). Links are kept: <a href="U">T</a> becomes "T (U)" before the HTML is
stripped, since the link is what a link drop places. group: one group (the sheet says no forum).
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "fossee-forum-spam"
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
LABELS = {"Spam": "spam", "Not Spam": "social"}
# spreadsheet rows labelled Spam that carry no pitch and no promotional link (MAPPING.md)
DROP_ROWS = {"535", "536", "539", "540", "548", "554", "555"}
# rows labelled Not Spam that are link drops of the same kind as the labelled spam (MAPPING.md)
TO_SPAM = {"149", "420", "517", "525", "527"}
# rows labelled Not Spam that answer the question but end on a link to an unrelated tutorial
# site: a possible SEO drop, unclear either way (MAPPING.md)
DROP_UNCLEAR = {"302", "429"}
ANCHOR = re.compile(r"<a\b[^>]*?href\s*=\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a\s*>", re.I | re.S)


def rows(path):
    with zipfile.ZipFile(path) as z:
        shared = [''.join(t.text or '' for t in si.iter(NS + "t"))
                  for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall(NS + "si")]
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    for row in sheet.iter(NS + "row"):
        cells = {}
        for c in row.findall(NS + "c"):
            v = c.find(NS + "v")
            col = re.match(r"[A-Z]+", c.get("r")).group()
            cells[col] = "" if v is None else (shared[int(v.text)] if c.get("t") == "s" else v.text)
        yield row.get("r"), cells.get("A", ""), cells.get("B", "")


def links_inline(html_text):
    def sub(m):
        url, text = m.group(1).strip(), re.sub(r"<[^>]+>", "", m.group(2)).strip()
        if not url.lower().startswith("http") or url.rstrip("/") == text.rstrip("/"):
            return text or url
        return f"{text} ({url})" if text else url
    return ANCHOR.sub(sub, html_text)


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    dropped = {"no_label": 0, "hand_review_spam_not_pitch": 0, "hand_review_unclear": 0}
    relabelled = {"not_spam_to_spam": 0}

    def gen():
        for n, body, lab in rows(raw / "Data Set.xlsx"):
            if lab == "Label":
                continue  # header
            if lab not in LABELS:
                dropped["no_label"] += 1
                continue
            if lab == "Spam" and n in DROP_ROWS:
                dropped["hand_review_spam_not_pitch"] += 1
                continue
            if lab == "Not Spam" and n in DROP_UNCLEAR:
                dropped["hand_review_unclear"] += 1
                continue
            label = LABELS[lab]
            if lab == "Not Spam" and n in TO_SPAM:
                label = "spam"
                relabelled["not_spam_to_spam"] += 1
            text = R.strip_html(links_inline(body)).replace("\\r\\n", "\n")
            text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
            yield R.make_row(NAME, f"row{n}", text, label, "comment_spam", "forum",
                             "fossee-forums", lab, weak=False, _raw=[body, R.strip_html(body)])

    R.finish(gen(), out, cap=15000, stats_path=HERE / "stats.json", stats={"dropped": dropped, "relabelled": relabelled})


if __name__ == "__main__":
    main()
