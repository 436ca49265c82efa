#!/usr/bin/env python3
"""fortune100-brand-tweets: tweets written BY the Twitter accounts of 2020 Fortune 100 companies
(Walmart, Amazon, AT&T, Verizon, Delta, American Airlines, Target, Kroger, Lowe's, Nike, Ford, GM,
Coca-Cola, PepsiCo, UPS, FedEx, banks, insurers, pharma, energy...), from two public GitHub
repositories (SOURCE.txt). raw/fortune100_tweets.jsonl.gz (committed, 3.2 MB) is rebuilt from the
repository snapshots by extract.py.

Label: marketing for every row (data/LABELS.md: an organisation speaking in its own channel is
marketing, a brand's customer-service reply too), weak: the label comes from the author being a
company account, not from a judgement of each text. group = the account handle (lowercased).
text_kind:
  brand_posts       the account's own broadcast tweets, and its self-replies (thread continuations)
  customer_service  replies to other accounts (customers, partners); the leading @handles the reply
                    is addressed to become "@user" (TWCS/TweetEval's form); other @mentions are kept
Dropped (counted in stats.json): retweets ("RT @"), tweets of the 12 CEOs' personal accounts that
one repository mixes in, link-only tweets, tweets with fewer than 3 words (besides links and
@handles), non-English tweets (Twitter's lang tag where the source has it, then x-promoted-tweets'
script / function-word check), texts already in data/corpus.jsonl or another data/sets file (same
words once links are removed: Citi copy in corporate-messaging, a promoted tweet, a quotation).
Caps: at most 300 brand_posts and 60 customer_service rows per account (lowest sha256 of the tweet
id), then reserved.finish (cleaning, dedup, reserved drop, 15,000-row cap).
t.co links stay as published (see MAPPING.md for the share of rows with one).
Usage: python3 convert.py [RAW_GZ] [OUT_JSONL]
"""
import gzip
import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

_spec = importlib.util.spec_from_file_location("xpt_convert", HERE.parent / "x-promoted-tweets" / "convert.py")
_xpt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_xpt)
lang_of = _xpt.lang_of  # x-promoted-tweets' script / function-word check

NAME = "fortune100-brand-tweets"
CAP = {"brand_posts": 300, "customer_service": 60}
# personal accounts of CEOs in Rooney's rater files: persons, not the company's channel
CEOS = {"albertbourla", "michaeldell", "chuckrobbins", "hansvestberg", "jimfitterling", "sundarpichai",
        "satyanadella", "tim_cook", "robertiger", "marvinrellison", "ramonlaguarta", "mtbarra"}
URL = re.compile(r"https?://\S+")
MENTION = re.compile(r"@\w+")
LEAD = re.compile(r"^(?:@\w+[\s,:]*)+")
OK_LANG = {None, "en", "und", "zxx", "qme", "qht", "qam", "qct", "art"}


def kind_of(r):
    text = r["text"].lstrip()
    acct = r["account"].lower()
    if r["reply_to"]:  # the JSON timelines say whom a tweet answers
        return "brand_posts" if r["reply_to"].lower() == acct else "customer_service"
    if text.startswith("@"):  # the CSVs do not: a tweet opening with @handle is a reply
        first = MENTION.match(text).group(0)[1:].lower()
        return "brand_posts" if first == acct else "customer_service"
    return "brand_posts"


def anonymise(text):
    """'@a @b thanks' -> '@user @user thanks' (only the handles the reply is addressed to)."""
    m = LEAD.match(text)
    if not m:
        return text
    lead = MENTION.sub("@user", m.group(0))
    return lead + text[m.end():]


def rank(tid):
    return hashlib.sha256(tid.encode()).hexdigest()


def loose(text):
    return re.sub(r"[\W_]+", "", URL.sub("", text).lower())


def other_source_keys():
    """Loose keys (links removed, 15+ characters) of every text in data/corpus.jsonl and the other
    data/sets/*.jsonl files: the same brand copy (Citi's "sign up for our Citi News Alerts", a
    promoted tweet) must not sit in two sources, or a held-out source would be tested on it."""
    data = HERE.parents[1]
    keys = set()
    for p in [data / "corpus.jsonl"] + sorted((data / "sets").glob("*.jsonl")):
        if p.stem == NAME or not p.exists():
            continue
        with p.open(encoding="utf-8") as f:
            for line in f:
                k = loose(json.loads(line)["text"])
                if len(k) >= 15:
                    keys.add(k)
    return keys


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / "fortune100_tweets.jsonl.gz"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    others = other_source_keys()
    dropped = {"retweet": 0, "ceo_account": 0, "link_only": 0, "under_3_words": 0, "non_english": 0,
               "in_other_source": 0, "account_cap": 0}
    kept = {}
    with gzip.open(raw, "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            acct = r["account"].lower()
            text = R.strip_html(r["text"])
            bare = MENTION.sub(" ", URL.sub(" ", text))
            if r["retweet"] or text.startswith("RT @"):
                dropped["retweet"] += 1
            elif acct in CEOS:
                dropped["ceo_account"] += 1
            elif not re.sub(r"[\W_]+", "", URL.sub("", text)):
                dropped["link_only"] += 1
            elif len(re.findall(r"[^\W_]+(?:'[^\W_]+)?", bare)) < 3:
                dropped["under_3_words"] += 1
            elif r["x_lang"] not in OK_LANG or lang_of(text) != "en":
                dropped["non_english"] += 1
            elif loose(text) in others:
                dropped["in_other_source"] += 1
            else:
                kind = kind_of(r)
                if kind == "customer_service":
                    text = anonymise(text)
                kept.setdefault((acct, kind), []).append((r, text, kind))
    rows, per_account = [], {}
    for (acct, kind), items in sorted(kept.items()):
        if len(items) > CAP[kind]:
            dropped["account_cap"] += len(items) - CAP[kind]
            chosen = {x[0]["tweet_id"] for x in sorted(items, key=lambda x: rank(x[0]["tweet_id"]))[:CAP[kind]]}
            items = [x for x in items if x[0]["tweet_id"] in chosen]
        per_account.setdefault(acct, {})[kind] = len(items)
        rows.extend(items)
    rows.sort(key=lambda x: (x[0]["created"], x[0]["tweet_id"]))

    def gen():
        for r, text, kind in rows:
            orig = ("own tweet" if kind == "brand_posts" else "reply to another account")
            if r["racial_justice"]:
                orig += "; racial_justice (kmcelwee)"
            yield R.make_row(NAME, r["tweet_id"], text, "marketing", kind, "twitter", r["account"].lower(),
                             orig, weak=True, _raw=r["text"])

    R.finish(gen(), out, strata=("label", "text_kind"), stats_path=HERE / "stats.json",
             stats={"dropped": dropped, "accounts": len(per_account), "per_account_before_dedup": per_account})


if __name__ == "__main__":
    main()
