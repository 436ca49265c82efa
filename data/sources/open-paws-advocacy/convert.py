#!/usr/bin/env python3
"""open-paws-advocacy: animal-advocacy organisations' own posts on Facebook, X, TikTok,
YouTube, LinkedIn and Instagram, with their reach figures, as shared with Open Paws
(github.com/Open-Paws/Datasets, folder social_media_analytics, since deleted from the
repository's head; read at the commit below).

Accounts: Generation Vegan ("GenV", a youth vegan-advocacy charity: genv_*.csv), Animal
Think Tank (an animal-freedom movement-strategy group: "Animal Think Tank *.csv") and
VEG3 (a vegan AI app: veg3_ig.csv). All -> marketing: an organisation speaking in its own
channel for its cause, campaigns, events and product (data/LABELS.md), weak (the label
comes from who posted, not from a judgement of each post). Kind cause_ads for the two
advocacy groups, brand_posts for the app.

Left out: "Sam Tucker Linkedin.csv" (one advocate's own posts: a person's reflections
beside his book's and talks' promotion, which the file does not tell apart), genv_ig.csv
(not in the mirror: too large for the snapshot), and every post not in English (about a
third of GenV's are in Spanish: all-marketing Spanish would teach "Spanish = marketing",
with no Spanish social text in the training data; stop-word test as
propublica-fbpac-seeds's). Posts copied across platforms are kept once (reserved.finish
drops duplicates after normalising).

Usage: python3 convert.py [OUT_JSONL]   (reads the mirror; no raw copy is committed)
"""
import csv
import io
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "open-paws-advocacy"
COMMIT = "f518eb5a57a0ef49a7f61720270e9db09eb5a86e"
MIRROR = "/work/.mirror/Open-Paws+Datasets/repo"
FOLDER = "social_media_analytics"
# file -> (account, platform, text column, kind)
FILES = {
    "genv_facebook.csv": ("GenV", "facebook", "Content", "cause_ads"),
    "genv_twitter.csv": ("GenV", "x", "Content", "cause_ads"),
    "genv_tik_tok.csv": ("GenV", "tiktok", "Content", "cause_ads"),
    "genv_youtube.csv": ("GenV", "youtube", "Content", "cause_ads"),
    "genv_linkedin.csv": ("GenV", "linkedin", "Content", "cause_ads"),
    "Animal Think Tank Instagram.csv": ("AnimalThinkTank", "instagram", "description", "cause_ads"),
    "Animal Think Tank Linkedin.csv": ("AnimalThinkTank", "linkedin", "postContent", "cause_ads"),
    "veg3_ig.csv": ("VEG3", "instagram", "Description", "brand_posts"),
}
ES = set("el la los las de del y que en es por para con una un se su sus al lo como más pero "
         "nuestro nuestra nuestros tu tus hoy muy".split())
EN = set("the and of to is in for that with on we our you are this be at it will".split())


def lang_of(text):
    toks = re.findall(r"[a-záéíóúñü']+", text.lower())
    es = sum(t in ES for t in toks)
    en = sum(t in EN for t in toks)
    if es >= 2 and es > 1.5 * en:
        return "es"
    # A text in another script (GenV posts in Hindi too) has no English function word.
    return "en" if en >= 1 else "und"


def load(name):
    blob = subprocess.check_output(["git", "--git-dir", MIRROR, "show", f"{COMMIT}:{FOLDER}/{name}"])
    return list(csv.DictReader(io.StringIO(blob.decode("utf-8-sig"), newline="")))


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    dropped = {"not_english": 0, "empty": 0}

    def gen():
        for name, (account, platform, column, kind) in FILES.items():
            for i, r in enumerate(load(name)):
                original = r.get(column) or ""
                text = R.strip_html(original)
                if not text:
                    dropped["empty"] += 1
                    continue
                lang = lang_of(text)
                if lang != "en":
                    dropped["not_english"] += 1
                    continue
                yield R.make_row(NAME, f"{Path(name).stem.replace(' ', '_')}-{i}", text, "marketing",
                                 kind, platform, f"{account}/{platform}",
                                 f"own post ({account}, {platform})", weak=True, lang=lang,
                                 _raw=[original, text])

    R.finish(gen(), out, stats_path=HERE / "stats.json", stats={"dropped": dropped})


if __name__ == "__main__":
    main()
