#!/usr/bin/env python3
"""x-promoted-tweets: promoted tweets (paid ads on X / Twitter) as shown to the owners of personal
X data archives published on GitHub (data/ad-impressions.js, data/ad-engagements.js).

raw/promoted_tweets.jsonl (committed, 2.5 MB) is rebuilt from the mirrors by extract.py (which
lists the repositories and commits). One ad a line: tweet_id, text, advertiser, handle, archive.

Every text is a paid promotion chosen by an advertiser -> marketing, kind commercial_ads, not weak
(X itself marks these tweets as promoted). group = advertiser handle. English only: texts in
another script, or with more non-English than English function words, are dropped (counted).
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "x-promoted-tweets"

SCRIPTS = [("th", "\u0e00-\u0e7f"), ("ja", "\u3040-\u30ff"), ("ko", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),
           ("zh", "\u4e00-\u9fff"), ("ar", "\u0600-\u06ff"), ("ru", "\u0400-\u04ff"),
           ("hi", "\u0900-\u097f"), ("he", "\u0590-\u05ff"), ("el", "\u0370-\u03ff")]
EN = set("the and of to is in for that with on we our you your are this be at it will from get can now more "
         "new by all".split())
# function words of the other Latin-script languages met in the archives (es, pt, fr, de, sv, it, nl, tr)
OTHER = set("de la el los las y que para con por una un del es und der die das mit für ist nicht och att är det "
            "för på med som le les des et est du pour dans vous avec sur pas il di che non per della è het een van "
            "voor niet je ik op ve bir için ile bu da em não uma os você ein eine auf zu sie wir und oder mais nos "
            "aus bei zum zur vom kr dig du till av en esta este puede ser más tu su al lo nuestra notre votre nouveau "
            "sind jetzt neue unsere ihre mehr nur".split())
URL = re.compile(r"https?://\S+")


def lang_of(text):
    letters = re.findall(r"[^\W\d_]", text)
    for code, rng in SCRIPTS:
        n = len(re.findall(f"[{rng}]", text))
        if letters and n >= 0.3 * len(letters):
            return code
    words = re.findall(r"[a-zà-ÿ']+", re.sub(r"https?://\S+|[@#]\w+", " ", text.lower()))
    en = sum(w in EN for w in words)
    other = sum(w in OTHER for w in words)
    if other >= 2 and other > en or other >= 1 and en == 0:
        return "und"
    if any(c in "åäöøæßñãõçœéèêàâîôûíóúá¡¿" for c in text.lower()) and en < 2:
        return "und"
    return "en"


def facebook_ads_keys(corpus):
    """Loose keys of the AdAnalyst Facebook ads in corpus.jsonl: the same advertisers ran some of the
    same copy on X, and a copy here would leak into a test held out on facebook-ads."""
    keys = set()
    if corpus.exists():
        with corpus.open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r["source"] == "facebook-ads":
                    keys.add(re.sub(r"[\W_]+", "", r["text"].lower()))
    return keys


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    dropped = {"non_english": 0, "link_only": 0, "in_facebook_ads": 0}
    fb = facebook_ads_keys(HERE.parents[1] / "corpus.jsonl")

    def gen():
        with (raw / "promoted_tweets.jsonl").open(encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                text = R.strip_html(r["text"])
                if not URL.sub("", text).strip():
                    dropped["link_only"] += 1  # media ad whose text is only its link
                    continue
                if lang_of(text) != "en":
                    dropped["non_english"] += 1
                    continue
                if re.sub(r"[\W_]+", "", text.lower()) in fb:
                    dropped["in_facebook_ads"] += 1
                    continue
                group = (r["handle"] or r["advertiser"] or "unknown").lstrip("@")
                yield R.make_row(NAME, r["tweet_id"], text, "marketing", "commercial_ads", "twitter", group,
                                 "promoted tweet", weak=False, _raw=r["text"])

    R.finish(gen(), out, stats_path=HERE / "stats.json", stats={"dropped": dropped})


if __name__ == "__main__":
    main()
