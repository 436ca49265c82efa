#!/usr/bin/env python3
"""janitr-x: posts and replies from X (Twitter) labelled by the Janitr project
(github.com/janitrai/janitr, MIT): crypto scams, promo, spam, AI reply bots, and clean posts.

Raw files (not committed, 2.4 MB; extracted on the fly from the mirror if raw/ lacks them):
  C=61aebf5884b88cfbf2f81555d5d890f396a89e0a   # last commit touching both; same blobs at HEAD a5b1e746e8826ffd800725536c782abc61818455
  for f in sample.jsonl replies.jsonl; do git --git-dir=/work/.mirror/janitrai+janitr/repo show $C:data/$f > raw/$f; done

sample.jsonl: one post a line, multi-label (docs/LABELS.md taxonomy). replies.jsonl: threads in
which a person (mostly @levelsio) called a reply an AI reply ("Blocked for AI reply"): the flagged
reply (role ai_reply) and the post it answered (role original_post).
Mapping: MAPPING.md. Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "janitr-x"
COMMIT = "61aebf5884b88cfbf2f81555d5d890f396a89e0a"
MIRROR = "/work/.mirror/janitrai+janitr/repo"

SPAM = {"scam", "phishing", "malware", "impersonation", "fake_support", "recovery_scam", "job_scam",
        "romance_scam", "account_compromise", "spam", "reply_spam", "dm_spam", "lead_gen",
        "follow_train", "bot", "ai_generated_reply", "affiliate"}
BOT = {"bot", "ai_generated_reply"}
MARKETING = {"promo"}
# behaviour labels that say neither "genuine" nor "commercial": rows with only these are dropped
AMBIGUOUS = {"giveaway", "engagement_bait", "ai_generated", "ai_slop", "content_farm", "clickbait",
             "copypasta", "stolen_content", "platform_manipulation", "astroturf"}

SCRIPTS = [("th", "\u0e00-\u0e7f"), ("ja", "\u3040-\u30ff"), ("ko", "\uac00-\ud7af"),
           ("zh", "\u4e00-\u9fff"), ("ar", "\u0600-\u06ff"), ("ru", "\u0400-\u04ff"),
           ("hi", "\u0900-\u097f"), ("he", "\u0590-\u05ff"), ("el", "\u0370-\u03ff")]


def lang_of(text, labels):
    if "topic_language_other" not in labels:
        return "en"
    letters = re.findall(r"\w", text)
    for code, rng in SCRIPTS:
        n = len(re.findall(f"[{rng}]", text))
        if letters and n >= 0.3 * len(letters):
            return code
    return "und"  # Latin-script language other than English (or mixed); ISO 639-2 "undetermined"


def map_labels(labels):
    """-> (label, weak, is_bot) or None to drop."""
    ls = set(labels)
    beh = {x for x in ls if not x.startswith("topic_")}
    if beh & SPAM:
        return "spam", False, bool(beh & BOT)
    if beh & MARKETING:
        return "marketing", False, False
    if "clean" in beh:
        return "social", False, False
    if beh - AMBIGUOUS and not (beh & AMBIGUOUS):
        return "social", False, False  # e.g. conspiracy, ragebait, profanity, low_effort: people's own posts
    if beh:
        return None
    return None  # topic labels only: unjudged for our purposes (project announcements sit here too)


def author(r):
    src = r.get("source") or ""
    if src.startswith("x:@"):
        return src[3:]
    for key in ("source_url", "url"):
        m = re.search(r"(?:x|twitter)\.com/([^/]+)/status", r.get(key) or "")
        if m:
            return m.group(1)
    return "unknown"


def load(raw, name):
    p = raw / name
    data = p.read_text(encoding="utf-8") if p.exists() else subprocess.check_output(
        ["git", "--git-dir", MIRROR, "show", f"{COMMIT}:data/{name}"]).decode("utf-8")
    return [json.loads(l) for l in data.splitlines() if l.strip()]


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    dropped = {"mock_or_synthetic": 0, "ambiguous_labels": 0, "topic_only": 0, "reply_roles_other": 0}

    def gen():
        for r in load(raw, "sample.jsonl"):
            sid = r.get("source_id") or ""
            if "mock" in sid or "mock" in r["id"] or re.match(r"(clean|scam)_batch_", sid) \
                    or "/example/" in (r.get("source_url") or ""):
                dropped["mock_or_synthetic"] += 1  # x_mock_*, and hand-written clean_/scam_batch_* examples
                continue
            m = map_labels(r["labels"])
            if m is None:
                beh = [x for x in r["labels"] if not x.startswith("topic_")]
                dropped["ambiguous_labels" if beh else "topic_only"] += 1
                continue
            label, weak, is_bot = m
            lang = lang_of(r["text"], r["labels"])
            kind = "non_english" if lang != "en" else ("bot_replies" if is_bot else "scam")
            yield R.make_row(NAME, r["id"], R.strip_html(r["text"]), label, kind, "x", author(r),
                             "+".join(r["labels"]), weak, lang=lang, _raw=r["text"])
        for conv in load(raw, "replies.jsonl"):
            for t in conv["tweets"]:
                role = t.get("role")
                if role == "ai_reply":
                    label, weak = "spam", False
                elif role == "original_post":
                    label, weak = "social", True
                else:
                    dropped["reply_roles_other"] += 1  # "Blocked for AI reply" evidence, context
                    continue
                yield R.make_row(NAME, "reply-" + t["status_id"], R.strip_html(t["text"]), label,
                                 "bot_replies", "x", t.get("handle") or "unknown",
                                 f"{role} ({'+'.join(conv['labels'])})", weak, _raw=t["text"])

    R.finish(gen(), out, stats_path=HERE / "stats.json", stats={"dropped": dropped})


if __name__ == "__main__":
    main()
