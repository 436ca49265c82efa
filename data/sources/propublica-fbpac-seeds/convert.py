#!/usr/bin/env python3
"""propublica-fbpac-seeds: the "political" seed posts of ProPublica's Facebook Political Ad
Collector classifier (github.com/propublica/facebook-political-ads), English locales.

The seeds are posts fetched (2017-2018) from the Facebook pages of parties, politicians,
campaigns and advocacy groups listed in each locale's seeds_config.json; the classifier uses them
as examples of political ad language. Here: "political" seeds -> marketing (cause_ads, weak).
The "not_political" seeds (posts of brand pages: Audi, Amazon, ...) are NOT used.

Raw files (not committed, 3.9 MB; extracted on the fly if raw/ is missing):
  C=bb4b501c897408e128dba76c714a5db6ad965c42   # last commit touching them; same blobs at HEAD 73914603e3d4e4a266ea683dbd07db6ec87744d8
  for l in en-US en-AU en-CA; do git --git-dir=/work/.mirror/propublica+facebook-political-ads/repo \
      show $C:backend/classifier/data/$l/seeds.json > raw/$l.json; done

group = the page, where the seed ends with its page URL ("... https://www.facebook.com/votepatrickbrown/",
en-CA only; the URL is removed from the text), else the locale (en-US, en-AU, en-CA).
French posts in en-CA (stop-word test) are dropped: with no French social text anywhere in the
corpus they would teach "French = marketing".
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "propublica-fbpac-seeds"
COMMIT = "bb4b501c897408e128dba76c714a5db6ad965c42"
MIRROR = "/work/.mirror/propublica+facebook-political-ads/repo"
LOCALES = ("en-US", "en-AU", "en-CA")
PAGE = re.compile(r"\s*https?://(?:www|graph)\.facebook\.com//?([^/\s]+)/?\s*$")
FR = set("le la les des et est du une un pour que qui dans nous vous avec sur pas au aux ce cette sont leur nos notre votre".split())
EN = set("the and of to is in for that with on we our you are this be at it will".split())


def lang_of(text):
    toks = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(t in FR for t in toks)
    en = sum(t in EN for t in toks)
    return "fr" if fr >= 3 and fr > 1.5 * en else "en"


def load(raw, loc):
    p = raw / f"{loc}.json"
    if p.exists():
        return json.loads(p.read_text(encoding="utf-8"))
    blob = subprocess.check_output(["git", "--git-dir", MIRROR, "show",
                                    f"{COMMIT}:backend/classifier/data/{loc}/seeds.json"])
    return json.loads(blob)


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"

    dropped = {"french": 0}

    def gen():
        for loc in LOCALES:
            for i, text in enumerate(load(raw, loc)["political"]):
                original = text
                group = loc
                m = PAGE.search(text)
                if m:
                    group, text = m.group(1), text[:m.start()]
                text = R.strip_html(text)
                lang = lang_of(text)
                if lang != "en":
                    dropped["french"] += 1  # all-marketing French would teach "French = marketing"
                    continue
                yield R.make_row(NAME, f"{loc}-{i}", text, "marketing",
                                 "cause_ads" if lang == "en" else "non_english", "facebook", group,
                                 f"political ({loc} seed)", weak=True, lang=lang,
                                 _raw=[original, text])

    R.finish(gen(), out, stats_path=HERE / "stats.json", stats={"dropped": dropped})


if __name__ == "__main__":
    main()
