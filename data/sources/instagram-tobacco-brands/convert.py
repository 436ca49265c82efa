#!/usr/bin/env python3
"""instagram-tobacco-brands: Instagram posts of two cigar/cigarillo brands (Swisher Sweets,
Backwoods; 2018-2020) and the comments under them, scraped and annotated (sponsorship hashtags,
tobacco warnings) for a course project: github.com/xxggxxgan/CS505Project4.1.

Raw files (not committed, 2.6 MB; extracted from the mirror if raw/ lacks them):
  C=e026cdcd80359d7f6f6301fd76b0b006f4e4c167
  for f in posts_final_v0.csv comment_final_v0.csv; do
    git --git-dir=/work/.mirror/xxggxxgan+CS505Project4.1/repo show $C:$f > raw/$f; done

Mapping: brand posts -> marketing (weak false); comments -> social (weak true) after dropping
comments that look like self-promotion or like the brand's own replies (no author field, so these
cannot be labelled reliably). kind sponsored (brand promotion and the audience around it).
The scrape moved hashtags out of the captions into extract_tag; they are appended back.
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
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

NAME = "instagram-tobacco-brands"
COMMIT = "e026cdcd80359d7f6f6301fd76b0b006f4e4c167"
MIRROR = "/work/.mirror/xxggxxgan+CS505Project4.1/repo"
COMMENT_CAP = 13500  # before dedup; posts are ~1,460
SELF_PROMO = re.compile(r"(?i)check (out )?my|follow (me|us|my)|my page|on my (page|channel)|dm (me|us)"
                        r"|link in (my |the |his |her )?bio|in (my|his|her) bio|promo|discount|giveaway"
                        r"|subscribe|whatsapp|invest|bitcoin|crypto|earn|youtube|soundcloud|spotify|https?|\bdm\b|plug|for sale|available|selling")
BRAND_REPLY = re.compile(r"(?i)\b(we're|we’re|we are|thanks for (the|being|your)|we appreciate|sorry to hear"
                         r"|reach out to us|our team|let us know|we love (it|this|them|this one)( also| too)"
                         r"|stay sweet|check our|our store|store locator)")


def load(raw, name):
    p = raw / name
    data = p.read_text(encoding="utf-8") if p.exists() else subprocess.check_output(
        ["git", "--git-dir", MIRROR, "show", f"{COMMIT}:{name}"]).decode("utf-8")
    return list(csv.DictReader(io.StringIO(data, newline="")))


def brand_of(post_id):
    return re.sub(r"\s*\d+$", "", post_id).strip()


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    dropped = {"comment_self_promo": 0, "comment_brand_reply_like": 0, "comment_short_or_one_token": 0}

    def gen():
        for r in load(raw, "posts_final_v0.csv"):
            text = re.sub(r"\s+", " ", r["text"]).strip()
            tags = (r["extract_tag"] or "").strip()
            if tags and tags != "None":
                text = (text + " " + re.sub(r"\s+", " ", tags)).strip()
            orig = "post" + (" exp_tag" if r["exp_tag"] == "True" else "") + (
                " amb_tag" if r["amb_tag"] == "True" else "")
            yield R.make_row(NAME, "post-" + r["id"].replace(" ", "-"), text, "marketing", "sponsored",
                             "instagram", brand_of(r["id"]), orig, weak=False,
                             _raw=[r["text"], re.sub(r"\s+", " ", r["text"]).strip()])
        for r in load(raw, "comment_final_v0.csv"):
            text = R.strip_html(r["text"])
            if len(text) < 10 or not re.search(r"\s", text):
                dropped["comment_short_or_one_token"] += 1  # emoji runs, bare @-less usernames
                continue
            if SELF_PROMO.search(text):
                dropped["comment_self_promo"] += 1
                continue
            if BRAND_REPLY.search(text):
                dropped["comment_brand_reply_like"] += 1
                continue
            yield R.make_row(NAME, f"comment-{r['index']}", text, "social", "sponsored", "instagram",
                             brand_of(r["id"]), "comment", weak=True, _raw=r["text"])

    # keep every post; sample comments (deterministic hash of the id) so the total stays <= CAP
    rows = list(gen())
    posts = [r for r in rows if r["orig_label"].startswith("post")]
    comments = sorted((r for r in rows if not r["orig_label"].startswith("post")),
                      key=lambda r: R._rank(r["id"]))[:COMMENT_CAP]
    comments.sort(key=lambda r: int(r["id"].rsplit("-", 1)[1]))
    R.finish(posts + comments, out, cap=None, stats_path=HERE / "stats.json", stats={"dropped": dropped})


if __name__ == "__main__":
    main()
