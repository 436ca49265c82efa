#!/usr/bin/env python3
"""x-archive-tweets: the archive owners' OWN tweets from personal X (Twitter) data archives that
their owners published on GitHub (data/tweet.js, data/tweets.js, data/deleted-tweets.js, or the
twitter-archive-parser Markdown months), the same 21 archives as x-promoted-tweets.

raw/archive_tweets.jsonl (committed) is rebuilt from the mirrors by extract.py. One tweet a line:
tweet_id, text, x_lang (X's language tag), reply, owner, archive, commit.

Only owners who are private persons posting about their lives and interests are kept (OWNERS below;
the decision for every owner, and why, is in MAPPING.md). Their tweets are `social`, kind
background_social, weak (the label comes from who wrote them, not from a judgement of each text).
group = owner handle. Per tweet, dropped (counted in stats.json): retweets, link-only tweets, tweets
with fewer than 3 words, non-English tweets, tweets that plainly promote the owner's own things,
contest-entry and app templates (Untappd/Foursquare/Instagram/Last.fm auto-posts without the owner's
own words, follower-app spam), and tweets holding a long number (account / phone numbers) or an e-mail address. Replies
are kept as written (leading @handles too); t.co links stay unexpanded as in x-promoted-tweets.
At most 1,500 tweets per owner (lowest sha256 of the tweet id).
Usage: python3 convert.py [RAW_DIR] [OUT_JSONL]
"""
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402
import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("xpt_convert", HERE.parent / "x-promoted-tweets" / "convert.py")
_xpt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_xpt)
lang_of = _xpt.lang_of  # x-promoted-tweets' script / function-word check

NAME = "x-archive-tweets"
PER_OWNER = 1500

# owner handle -> keep? (reasons in MAPPING.md)
OWNERS = {
    "1ieb3": True,            # private person (Korean; no English tweet survives)
    "Jack_L_Lance": True,     # person: puns, puzzles, hobby games
    "BrendenRecluse": True,   # person: thoughts, music, language, drugs policy
    "ranigupta_20": True,     # person: replies and chat (some Hinglish, dropped)
    "LumenInferius": False,   # indie game studio account promoting its game
    "EImamai": True,          # person: complaints to utilities, news remarks
    "HonestMvp": True,        # parody account of one person about the Microsoft MVP scene
    "RTIatMLA": False,        # organisation (MLA Research Training Institute) announcements
    "larsbrinkhoff": True,    # person: computer history hobbyist
    "nhudson": True,          # person: beer, food, work, life (2008-2022)
    "nameRozeee": False,      # self-declared "business entrepreneurial concept / marketer" persona, mass-tags brands
    "turtleboyphone": False,  # media outlet's (Turtleboy) account, hijacked: harassment posts
    "vovavasilina": True,     # person (Russian; few English tweets survive)
}
# non-English function words met in these archives beyond x-promoted-tweets' list (romanised Hindi,
# Russian transliteration is caught by script)
HINGLISH = set("hai hain ke ki ko se mein nahi nahin kya bhi ka toh tha thi aur kuch yaar bhai ho gaya "
               "hoga karo kar raha rahi wala wali apna apni mera meri tera teri".split())
EN = set("the and of to is in for that with on we our you your are this be at it will from get can now more "
         "new by all i my me a".split())
URL = re.compile(r"https?://\S+|\b(?:pic\.twitter\.com|bit\.ly|t\.co)/\S+")
MENTION = re.compile(r"@\w+")
# plainly promoting the owner's own things (counted; no label is taken from these words)
SELF_PROMO = re.compile(
    r"\b(?:my|our) (?:new |latest |first )?(?:game|video|book|app|album|song|single|ep|podcast|episode|"
    r"blog(?: post)?|post|article|channel|shop|store|course|newsletter|kickstarter|instagram|youtube|"
    r"twitch|etsy)\b.{0,40}(?:is (?:out|up|live|here)|out now|available|https?://)"
    r"|\b(?:check out|follow|subscribe to|support) (?:my|our)\b"
    r"|\bhere'?s (?:my|a|our) new (?:game|video|book|app|song|post|blog)"
    r"|\b(?:use my (?:code|link)|promo code|discount code|sign up (?:here|now|today)|pre-?order|"
    r"buy (?:it )?now|buy (?:my|our)|link in (?:my )?bio|kickstarter)\b"
    r"|\b\d+ more levels\b", re.I)
CONTEST = re.compile(r"(?:\bsweepstakes?|\benter to win|\bpick me to win|\bchance to win|#win|#giveaway)\b", re.I)
APP_TEMPLATE = re.compile(
    r"^(?:Drinking an? .*? (?:by|@) |I'm at .*(?:4sq\.com|swarmapp\.com)|Just posted a (?:photo|video)\b|"
    r"My Top \d+ (?:Weekly )?#lastfm|Top \d+ weekly #lastfm)"
    r"|free-followers|more followers automatically|TwitterBackgrounds\.com|tinychat\.com", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
LONG_NUMBER = re.compile(r"(?<![\w/.])(?:\d{9,}|\d{3}[ -]\d{3}[ -]\d{4})(?![\w/])")
MD_MEDIA = re.compile(r"!\[[^\]]*\]\([^)]*\)")


def lang(text, x_lang):
    if x_lang and x_lang not in ("en", "und", "zxx", "qme", "qht", "qam", "qct", "art"):
        return x_lang
    if OTHER_SCRIPT.search(URL.sub(" ", text)):
        return "mixed"  # any Cyrillic, Hebrew, Arabic, Devanagari, Thai, kana, Han or Hangul letter
    code = lang_of(text)
    if code != "en":
        return code
    words = re.findall(r"[a-z']+", MENTION.sub(" ", URL.sub(" ", text.lower())))
    hi = sum(w in HINGLISH for w in words)
    en = sum(w in EN for w in words)
    if hi >= 2 and hi >= en or hi >= 1 and en == 0:
        return "hi-Latn"
    return "en"


def cap_rank(tid):
    return hashlib.sha256(tid.encode()).hexdigest()


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    dropped = {"owner_not_private_person": 0, "retweet": 0, "link_only": 0, "under_3_words": 0,
               "non_english": 0, "self_promotion": 0, "contest_entry": 0, "app_template": 0,
               "personal_number_or_email": 0, "owner_cap": 0}
    per_owner_in, kept = {}, {}
    with (raw / "archive_tweets.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            owner = r["owner"]
            per_owner_in[owner] = per_owner_in.get(owner, 0) + 1
            if not OWNERS.get(owner, False):
                dropped["owner_not_private_person"] += 1
                continue
            text = R.strip_html(MD_MEDIA.sub(" ", r["text"]))
            bare = MENTION.sub(" ", URL.sub(" ", text))
            if re.match(r"^RT\b", text) or re.match(r"^RT @", r["text"]):
                dropped["retweet"] += 1
            elif not re.sub(r"[\W_]+", "", URL.sub("", text)):
                dropped["link_only"] += 1
            elif len(re.findall(r"[^\W_]+(?:'[^\W_]+)?", bare)) < 3:
                dropped["under_3_words"] += 1
            elif lang(text, r["x_lang"]) != "en":
                dropped["non_english"] += 1
            elif APP_TEMPLATE.search(text):
                dropped["app_template"] += 1
            elif SELF_PROMO.search(text):
                dropped["self_promotion"] += 1
            elif CONTEST.search(text):
                dropped["contest_entry"] += 1
            elif LONG_NUMBER.search(URL.sub(" ", text)) or EMAIL.search(text):
                dropped["personal_number_or_email"] += 1
            else:
                kept.setdefault(owner, []).append((r, text))
    rows = []
    for owner, items in kept.items():
        if len(items) > PER_OWNER:
            chosen = {r["tweet_id"] for r, _ in sorted(items, key=lambda x: cap_rank(x[0]["tweet_id"]))[:PER_OWNER]}
            dropped["owner_cap"] += len(items) - PER_OWNER
            items = [x for x in items if x[0]["tweet_id"] in chosen]
        rows.extend(items)

    def gen():
        for r, text in rows:
            yield R.make_row(NAME, r["tweet_id"], text, "social", "background_social", "twitter", r["owner"],
                             "own reply" if r["reply"] else "own tweet", weak=True, _raw=r["text"])

    R.finish(gen(), out, stats_path=HERE / "stats.json",
             stats={"dropped": dropped, "owners_in": per_owner_in,
                    "owners_kept": {o: len(v) if len(v) <= PER_OWNER else PER_OWNER for o, v in sorted(kept.items())}})


if __name__ == "__main__":
    main()
