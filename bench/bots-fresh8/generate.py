#!/usr/bin/env python3
"""bots-fresh8: six hand-written scenario streams for bench/bots_fresh.py.

Holds every text of the set, lays the posts out in time, assigns platform-shaped ids, checks the
streams and writes the six .jsonl files, authors.tsv and README.md into this folder. Standard
library only; the output is the same on every run (seed below).

    python3 bench/bots-fresh8/generate.py
"""
import collections
import datetime as dt
import json
import math
import os
import random
import re
import string

SEED = 20260805
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("social", "marketing", "spam")
ROLES = ("bot", "brand", "person", "prolific_person", "spammer")
UTC = dt.timezone.utc
# Median reply delay (minutes) of a `person` with no median of their own, per platform.
DEFAULT_MEDIAN = {"reddit": 45, "x": 20, "youtube": 35, "bluesky": 25, "blog": 300,
                  "mastodon": 25}
DEFAULT_WINDOW = (7.5, 23.0)
SIGMA = {"person": 1.0, "prolific_person": 0.8, "brand": 0.8, "spammer": 1.0}

RNG = random.Random(SEED)


def hm(h):
    """Hours as a float -> 'HH:MM' (24:00 and later wrap)."""
    h = h % 24 if h != 24 else 24
    return f"{int(h):02d}:{int(round((h - int(h)) * 60)):02d}"


def tzs(h):
    sign = "+" if h >= 0 else "-"
    a = abs(h)
    return f"UTC{sign}{int(a)}" + (f":{int(round((a - int(a)) * 60)):02d}" if a != int(a) else "")


def in_window(h, w):
    s, e = w
    return s <= h < e or (e > 24 and h < e - 24)


class Stream:
    def __init__(self, name, platform, tz, title):
        self.name, self.platform, self.tz, self.title = name, platform, tz, title
        self.authors = {}
        self.order = []            # author names in order of definition
        self.posts = []
        self.by_key = {}
        self.triggers = []
        self.dids = {}

    # ---- authors -------------------------------------------------------------------------
    def author(self, name, role, median=None, window=None, tz=None, weekdays=False,
               delay=None, url=None, email=None, note=None):
        assert role in ROLES, role
        assert name not in self.authors, name
        if role == "bot":
            assert delay is not None or note, name
        self.authors[name] = dict(role=role, median=median, window=window, tz=tz,
                                  weekdays=weekdays, delay=delay, url=url, email=email,
                                  note=note, custom=(median is not None or window is not None))
        self.order.append(name)

    def _a(self, name):
        a = dict(self.authors[name])
        if a["tz"] is None:
            a["tz"] = self.tz
        if a["window"] is None:
            a["window"] = DEFAULT_WINDOW
        if a["median"] is None and a["role"] != "bot":
            a["median"] = DEFAULT_MEDIAN[self.platform]
        return a

    # ---- time ----------------------------------------------------------------------------
    def local(self, s, tz=None):
        tz = self.tz if tz is None else tz
        fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
        t = dt.datetime.strptime(s, fmt)
        if s.count(":") == 1:
            t += dt.timedelta(seconds=RNG.randint(0, 59))
        return (t - dt.timedelta(hours=tz)).replace(tzinfo=UTC)

    def move_into(self, t, a):
        loc = t + dt.timedelta(hours=a["tz"])
        h = loc.hour + loc.minute / 60 + loc.second / 3600
        if in_window(h, a["window"]) and not (a["weekdays"] and loc.weekday() >= 5):
            return t
        start = loc.replace(hour=0, minute=0, second=0) + dt.timedelta(hours=a["window"][0])
        if start <= loc:
            start += dt.timedelta(days=1)
        while a["weekdays"] and start.weekday() >= 5:
            start += dt.timedelta(days=1)
        start += dt.timedelta(seconds=RNG.uniform(0, 2400))
        return start - dt.timedelta(hours=a["tz"])

    # ---- posts ---------------------------------------------------------------------------
    def post(self, key, author, text, label, parent=None, at=None, d=None, ref=None, **extra):
        assert key not in self.by_key, key
        assert author in self.authors, (self.name, author)
        assert label in LABELS, label
        a = self._a(author)
        if parent is None:
            assert at is not None, key
            t = self.local(at)
            root = key
        else:
            par = self.by_key[parent]
            root = par["root"]
            base = par["t"]
            if ref is not None:
                base = max(base, self.by_key[ref]["t"])
            if at is not None:
                t = self.local(at)
            elif d is not None:
                lo, hi = d
                t = base + dt.timedelta(minutes=math.exp(RNG.uniform(math.log(lo), math.log(hi))))
            elif a["role"] == "bot":
                lo, hi = a["delay"]
                t = base + dt.timedelta(seconds=math.exp(RNG.uniform(math.log(lo), math.log(hi))))
            else:
                med = a["median"]
                m = med * math.exp(SIGMA[a["role"]] * RNG.gauss(0, 1))
                m = min(max(m, 0.2 * med), 8 * med)
                t = self.move_into(base + dt.timedelta(minutes=m), a)
            if t <= base:
                raise SystemExit(f"{self.name}: {key} at {t} is not after {parent}/{ref} {base}")
        t = t.replace(microsecond=0)
        p = dict(key=key, author=author, text=text, label=label, parent=parent, root=root,
                 t=t, extra=extra, n=len(self.posts),
                 exact=(at is not None and at.count(":") == 2))
        self.posts.append(p)
        self.by_key[key] = p
        return p

    def trigger(self, bot, what, pred, start=None, end=None):
        """Check: `bot` answers exactly the posts matching pred (in [start, end)) once each."""
        self.triggers.append((bot, what, pred, start and self.local(start),
                              end and self.local(end)))


# ---- ids ---------------------------------------------------------------------------------
B32 = "234567abcdefghijklmnopqrstuvwxyz"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
B64 = string.ascii_letters + string.digits + "-_"


def b36(n):
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = B36[r] + s
    return s


def tid(us, clock):
    n = (us << 10) | clock
    s = ""
    for _ in range(13):
        n, r = divmod(n, 32)
        s = B32[r] + s
    return s


def rand(chars, k):
    return "".join(RNG.choice(chars) for _ in range(k))


def assign_ids(s):
    posts = sorted(s.posts, key=lambda p: (p["t"], p["n"]))
    ref0 = dt.datetime(2026, 5, 4, 12, 0, tzinfo=UTC)
    counters = {"t3": None, "t1": None, "post": 1187 + RNG.randint(0, 40),
                "comment": 9310 + RNG.randint(0, 400)}
    used = set()
    for p in posts:
        ts = p["t"].timestamp()
        root = p["parent"] is None
        if s.platform == "reddit":
            kind, base, rate = ("t3", 3955614913, 2.1) if root else ("t1", 52854218590, 14.7)
            n = int(base + rate * (ts - ref0.timestamp())) + RNG.randint(0, 9)
            if counters[kind] is not None and n <= counters[kind]:
                n = counters[kind] + RNG.randint(1, 5)
            counters[kind] = n
            pid = f"{kind}_{b36(n)}"
        elif s.platform == "x":
            ms = int(ts * 1000) + RNG.randint(0, 999)
            pid = str(((ms - 1288834974657) << 22) | RNG.getrandbits(22))
        elif s.platform == "mastodon":
            ms = int(ts * 1000) + RNG.randint(0, 999)
            pid = str((ms << 16) | RNG.getrandbits(16))
        elif s.platform == "bluesky":
            if p["author"] not in s.dids:
                s.dids[p["author"]] = ("did:plc:" + rand("abcdefghijklmnopqrstuvwxyz234567", 24),
                                       RNG.randint(0, 1023))
            did, clock = s.dids[p["author"]]
            us = int(ts * 1_000_000) + RNG.randint(0, 999_999)
            pid = f"at://{did}/app.bsky.feed.post/{tid(us, clock)}"
        elif s.platform == "youtube":
            if root:
                pid = rand(B64, 11) if p["extra"].get("video", True) else "Ugkx" + rand(B64, 32)
            else:
                par = s.by_key[p["parent"]]
                if par["parent"] is None:
                    pid = "Ug" + RNG.choice("wxyz") + rand(B64, 19) + "4AaABAg"
                else:
                    pid = par["top"] + "." + rand(B64, 22)
                p["top"] = pid.split(".")[0]
        elif s.platform == "blog":
            kind = "post" if root else "comment"
            counters[kind] += RNG.randint(1, 4) if kind == "comment" else RNG.randint(3, 11)
            pid = f"{kind}-{counters[kind]}"
        else:
            raise SystemExit(s.platform)
        assert pid not in used, pid
        used.add(pid)
        p["id"] = pid
    return posts


def records(s, posts):
    out = []
    for p in posts:
        root = s.by_key[p["root"]]
        r = {"id": p["id"], "text": p["text"], "author": p["author"],
             "created_at": p["t"].strftime("%Y-%m-%dT%H:%M:%SZ"), "platform": s.platform,
             "kind": "post" if p["parent"] is None else "reply", "thread_id": root["id"]}
        if p["parent"] is not None:
            r["parent_id"] = s.by_key[p["parent"]]["id"]
        r["expected"] = p["label"]
        if s.platform == "blog":
            a = s.authors[p["author"]]
            if p["extra"].get("pingback"):
                r["author_url"] = p["extra"]["pingback"]
            elif p["parent"] is not None:
                if a["url"]:
                    r["author_url"] = a["url"]
                if a["email"]:
                    r["author_email"] = a["email"]
        out.append(r)
    return out


def check(s, recs):
    ids, last = {}, None
    for r in recs:
        for f in ("id", "text", "author", "created_at", "platform", "kind", "thread_id",
                  "expected"):
            assert r.get(f), (s.name, f, r)
        assert r["id"] not in ids, r["id"]
        assert r["expected"] in LABELS
        assert r["author"] in s.authors
        assert last is None or r["created_at"] >= last, (s.name, r["id"])
        last = r["created_at"]
        if r["kind"] == "post":
            assert "parent_id" not in r and r["thread_id"] == r["id"]
        else:
            par = ids[r["parent_id"]]          # KeyError: parent missing or later
            assert par["created_at"] < r["created_at"], (s.name, r["id"])
            assert par["thread_id"] == r["thread_id"]
        ids[r["id"]] = r
    # keyword- and target-triggered bots answer exactly what triggers them, once each
    for bot, what, pred, start, end in s.triggers:
        answers = collections.Counter(p["parent"] for p in s.posts if p["author"] == bot)
        for p in s.posts:
            if p["author"] == bot:
                continue
            live = (start is None or p["t"] >= start) and (end is None or p["t"] < end)
            want = 1 if (live and pred(p, s)) else 0
            if answers.get(p["key"], 0) != want:
                raise SystemExit(f"{s.name}: {bot} answers {p['key']} "
                                 f"{answers.get(p['key'], 0)} times, want {want}: {p['text'][:70]}")
        for k in answers:
            assert k is not None and k in s.by_key


# ==========================================================================================
# 1. Reddit: a 'recovery agent' scam ring in a scam-victims' support subreddit
# ==========================================================================================
SCAMBOT_NOTE = ("Thank you for posting here, and we're sorry this happened.\n\n"
                "**Before you answer any message or comment:** anyone who offers to get your "
                "money back (a 'recovery agent', an 'ethical hacker', a 'blockchain forensics' "
                "firm, a lawyer you didn't contact yourself) is running a second scam aimed at "
                "people who have just been scammed. Nobody can reverse a crypto transfer for a "
                "fee. Go to your bank and the police, and see the first-steps list in the wiki: "
                "r/AfterTheScam/wiki/first-steps\n\n"
                "^(I'm this subreddit's bot and I leave this note on every new post. Questions "
                "go to modmail.)")


def reddit():
    s = Stream("reddit_scam_help_recovery_ring.jsonl", "reddit", -5,
               "Reddit: a 'recovery agent' scam ring answering people who lost money, in a "
               "scam-victims' subreddit with a warning bot")
    A = s.author
    A("AfterTheScamBot", "bot", delay=(4, 25))
    A("mod_tessaly", "person", median=40, window=(7.0, 23.5))
    A("gail_fraud_desk_ret", "prolific_person", median=5, window=(5.0, 25.0))
    A("jennifer_hale_rn", "bot", delay=(180, 1500))
    A("david_k_okafor", "bot", delay=(240, 1800))
    A("linda_m_1963", "bot", delay=(240, 1500))
    A("sarah_j_quinn88", "bot", delay=(120, 1200))
    A("keith_barnes_cpa", "bot", delay=(300, 1800))
    A("trent_w_holloway", "bot", delay=(150, 1300))
    A("ethical_hacker_reese", "spammer", median=60, window=(9.0, 18.0), tz=1)
    A("FraudAidNetwork", "brand", median=20, window=(9.0, 17.0), weekdays=True)
    A("quietmaple_77", "person", median=60, window=(6.5, 23.0))
    A("rosalind_k", "person", median=50, window=(7.0, 23.0))
    A("nightshift_lou", "person", median=30, window=(18.0, 34.0), tz=-6)
    A("dan_the_van_guy", "person", median=40)
    A("throwaway_jobcheck_22", "person", median=35, window=(8.0, 26.0))
    A("wren_ashby", "person", median=40, window=(8.0, 25.5))
    A("marco_two_years_on", "person", median=60, tz=-8)
    A("pat_does_taxes", "person", median=50, window=(6.5, 22.0))
    A("hollis_r", "person", median=30, window=(8.0, 25.0))
    A("oatmilk_ana", "person", median=40)
    A("softshell_crab_fan", "person", median=45)
    A("bkwd_cap", "person", median=55, window=(9.0, 25.5), tz=-7)
    P = s.post

    # --- Monday
    P("r1", "quietmaple_77",
      "Lost $18,400 to a 'trading platform' a woman I met online set up for me. How do I even "
      "start?\n\nMet her on a hiking app in November. She was kind, we talked every day, she "
      "showed me her profits on a site called Veltrix Markets and walked me through opening an "
      "account. I moved most of our savings in over five weeks. Yesterday the site said I owe a "
      "20% 'release tax' before I can withdraw, and she stopped answering. I know what this is "
      "now. I haven't told my wife. What do I do first?", "social", at="2026-03-02 07:10")
    P("r1a", "AfterTheScamBot", SCAMBOT_NOTE, "social", parent="r1")
    P("r1b", "gail_fraud_desk_ret",
      "I'm sorry. First, today: stop sending anything, including the 'release tax'. Nothing you "
      "pay will unlock that account. Second, write down every transfer: date, amount, the "
      "wallet address or bank details you sent to. Third, take that list to your bank (or the "
      "exchange you bought the crypto on) and to the police. Screenshot the chats before she "
      "deletes the profile. Fourth, and this is the one people get wrong: over the next week you "
      "will be contacted by people offering to get it back. They are the same people, or their "
      "friends.", "social", parent="r1")
    P("r1c", "jennifer_hale_rn",
      "I was exactly where you are last year. Lost $62k to a fake trading site after a man I "
      "met online 'mentored' me. I found Marcus Vell through a support group, he is a "
      "blockchain recovery specialist and he traced the wallets and got 80% back in under 3 "
      "weeks. You can reach him at vellrecovery (at) lockboxmail dot net. Don't give up, there IS "
      "hope \u2764\ufe0f", "spam", parent="r1")
    P("r1d", "david_k_okafor",
      "Can confirm Marcus Vell is legit. I was skeptical after being burned but he recovered "
      "$38,000 USDT from a fake exchange for me. Professional and honest, only charged after "
      "results.", "spam", parent="r1c")
    P("r1e", "quietmaple_77",
      "Thank you. I've started the list. It's 11 transfers. Seeing it written down is worse.",
      "social", parent="r1b")
    P("r1f", "hollis_r",
      "Both of these accounts are under a month old and have commented on nothing but scam "
      "posts, recommending the same man. OP, this is exactly what the bot's note at the top is "
      "about.", "social", parent="r1d")
    P("r1g", "marco_two_years_on",
      "Two years ago I lost $31k the same way, to a woman who 'traded gold'. For a while the "
      "shame was worse than the money. Tell your wife sooner rather than later. I waited four "
      "months and the hiding did more damage than the loss did. It gets better, slowly.",
      "social", parent="r1")
    P("r1h", "pat_does_taxes",
      "Not urgent, but for later: keep every record. Depending on where you live and how the "
      "money was taken, losses from this kind of scam can sometimes be claimed at tax time. Ask "
      "a real tax preparer in January, not anyone who messages you.", "social", parent="r1")
    P("r1i", "ethical_hacker_reese",
      "Certified blockchain forensic investigator here. Most people don't know stolen crypto "
      "can be traced and frozen if you act fast. I've helped 200+ victims. Send me a DM with "
      "your transaction hashes and I'll take a look for free.", "spam", parent="r1")
    P("r1j", "gail_fraud_desk_ret",
      "'For free' until the 'gas fee' to release the frozen funds. OP, please don't DM anyone "
      "from this thread.", "social", parent="r1i")
    P("r1k", "quietmaple_77",
      "Told my wife tonight. She was angry about the hiding, not the money, which is what marco "
      "said would happen. Police report tomorrow morning. Two accounts have already messaged me "
      "offering recovery. I didn't answer.", "social", parent="r1", at="2026-03-02 21:05")
    P("r1l", "linda_m_1963",
      "Sweetie don't let the bad ones scare you off, the good ones exist. Marcus Vell at "
      "vellrecovery (at) lockboxmail dot net got back my late husband's pension money. God bless.",
      "spam", parent="r1k")
    P("r1m", "oatmilk_ana",
      "A 'sweetie' and a 'God bless' from an account that was made last Thursday. Reported.",
      "social", parent="r1l")

    P("r2", "rosalind_k",
      "My 78 year old dad paid $9,000 in gift cards to someone pretending to be my nephew in "
      "jail\n\nHe got a call on Saturday from 'Tyler', crying, saying he'd hit a car and was in "
      "jail and please don't tell Grandma. Then a 'lawyer' called and said bail was $9,000 and "
      "the court only takes gift cards at the weekend. Dad drove to three stores. He only told "
      "me today because he's mortified. Is there anything we can do with the card numbers? He "
      "kept the receipts.", "social", at="2026-03-02 21:40")
    P("r2a", "AfterTheScamBot", SCAMBOT_NOTE, "social", parent="r2")
    P("r2b", "gail_fraud_desk_ret",
      "Yes, and fast: call each gift card company's fraud line tonight with the card numbers and "
      "the receipts. If the cards haven't been drained yet they can sometimes freeze what's "
      "left. Then the police. Then, and this matters most, tell your dad this is one of the "
      "most common scams there is and the script is written by professionals. He was picked "
      "because he loves his grandson.", "social", parent="r2")
    P("r2c", "rosalind_k",
      "Calling now. Two of the three cards have a fraud number on the back. The third one "
      "doesn't.", "social", parent="r2b", d=(3, 15))
    P("r2d", "softshell_crab_fan",
      "Same thing happened to my grandma in 2023, the 'grandson' knew my cousin's name from "
      "her public photos. We set up a family code word after that. Anyone calling as family in "
      "trouble has to say it.", "social", parent="r2")
    P("r2e", "linda_m_1963",
      "So sorry for your father. I lost money too and thought it was gone forever until I found "
      "Marcus Vell, a recovery expert who works with banks. He got mine back in 10 days. "
      "vellrecovery (at) lockboxmail dot net", "spam", parent="r2")
    P("r2f", "rosalind_k", "Gift cards aren't on a blockchain, Linda.", "social", parent="r2e")
    P("r2g", "gail_fraud_desk_ret",
      "Ha. That's the tell: they paste the same comment under everything.", "social",
      parent="r2f")
    P("r2h", "rosalind_k",
      "Update: one card was frozen with $3,000 still on it and the company will reissue it to "
      "Dad. The other two were emptied within an hour of him reading the numbers out. Police "
      "report filed. Dad says thank you, and he's changed his voicemail greeting so it doesn't "
      "say his name.", "social", parent="r2", at="2026-03-03 12:35")
    P("r2i", "oatmilk_ana",
      "$3,000 back is a real win. Good on your dad for keeping the receipts.", "social",
      parent="r2h")
    P("r2j", "bkwd_cap",
      "Please tell him about the code word too. These crews call the same people back because "
      "they know the number works.", "social", parent="r2h")

    # --- Tuesday
    P("r3", "nightshift_lou",
      "Entered my card on a 'your parcel is held' text at 2am like an absolute clown\n\nOn "
      "break, tired, waiting on an actual parcel. Link looked like the courier's site and "
      "asked for a $1.99 redelivery fee. Realised about 30 seconds after I hit pay. No charges "
      "yet. Do I cancel the card or is that overkill?", "social", at="2026-03-03 03:05")
    P("r3a", "AfterTheScamBot", SCAMBOT_NOTE, "social", parent="r3")
    P("r3b", "jennifer_hale_rn",
      "I lost money too and thought it was gone forever. Marcus Vell helped me get everything "
      "back when my bank wouldn't. He's a certified recovery specialist: vellrecovery (at) "
      "lockboxmail dot net. Don't give up \u2764\ufe0f", "spam", parent="r3")
    P("r3c", "nightshift_lou", "I've lost $1.99, Jennifer.", "social", parent="r3b", d=(2, 9))
    P("r3d", "david_k_okafor", "Marcus is the real deal, he helped me too!!", "spam",
      parent="r3b")
    P("r3e", "gail_fraud_desk_ret",
      "Not overkill. Call the number on the back of the card now and ask them to cancel and "
      "reissue it. The $1.99 is only to check the card works; the real charges usually come "
      "days later. And change any password you reused if the page asked you to log in.",
      "social", parent="r3")
    P("r3f", "nightshift_lou",
      "Done, new card in 5-7 days. The bank said two other customers called about the same text "
      "tonight.", "social", parent="r3e", d=(6, 25))
    P("r3g", "bkwd_cap",
      "You realised in 30 seconds. That's not a clown, that's someone who'll be fine. The clown "
      "is whoever thought $1.99 was worth building a fake courier site for.", "social",
      parent="r3")

    P("r4", "mod_tessaly",
      "PSA: the 'Marcus Vell' comments, and how recovery scammers work this sub\n\nSince Friday "
      "at least four accounts, all made in the last month, have left near-identical comments "
      "under new posts recommending a 'recovery specialist' called Marcus Vell. They post "
      "within minutes of a new post, at 3am as happily as 3pm, and they vouch for each other. "
      "We ban them as we find them and report them to the admins.\n\nHow it works: the first "
      "scammers sell your details on as a 'lead'; the second crew finds you and takes fees to "
      "'release' money that doesn't exist. Nobody can reverse a crypto transfer for a fee. If "
      "someone DMs you, screenshot it and send it to modmail.", "social",
      at="2026-03-03 12:30")
    P("r4a", "gail_fraud_desk_ret",
      "Worth adding: some of them pose as lawyers, or as a government 'asset recovery unit' "
      "with a letterhead. A real agency will never ask you for a fee to give you your own "
      "money.", "social", parent="r4")
    P("r4b", "david_k_okafor",
      "Not every recovery service is a scam. Marcus Vell helped me when nobody else would. "
      "Painting everyone with the same brush hurts victims who need help.", "spam",
      parent="r4")
    P("r4c", "hollis_r", "Says the account the PSA is about.", "social", parent="r4b")
    P("r4d", "mod_tessaly", "Banned. Thank you for the demonstration.", "social",
      parent="r4b")
    P("r4e", "marco_two_years_on",
      "The 'lead' part is what nobody told me. The 'recovery' people who contacted me knew the "
      "exact amount I'd lost. I thought that meant they were legitimate. It meant they had "
      "bought the file.", "social", parent="r4")
    P("r4f", "oatmilk_ana",
      "Could the bot's note go at the top of every post? Half the people posting here are too "
      "shaken to read a sidebar.", "social", parent="r4")
    P("r4g", "mod_tessaly",
      "It already leaves one on every new post within a few seconds. We'll make the wording "
      "shorter and bolder.", "social", parent="r4f")
    P("r4h", "linda_m_1963",
      "I understand your concern but Marcus is different, he works with law enforcement.",
      "spam", parent="r4")
    P("r4i", "mod_tessaly", "And banned, along with jennifer_hale_rn.", "social",
      parent="r4h")

    # --- Wednesday
    P("r5", "dan_the_van_guy",
      "Paid a $2,300 deposit on a camper van that doesn't exist\n\nMarketplace listing, 2014 "
      "high-roof van, great photos, price a bit low but not crazy. Seller said he was deployed "
      "and the van was with a shipping company that would deliver it, deposit by Zelle to 'hold' "
      "it. The shipping company's website had a tracking page and everything. Today the site is "
      "gone and so is the seller's profile. My bank says the payment was 'authorized' so tough "
      "luck?", "social", at="2026-03-04 10:15")
    P("r5a", "AfterTheScamBot", SCAMBOT_NOTE, "social", parent="r5")
    P("r5b", "sarah_j_quinn88",
      "Hi Dan, I'm so sorry. I went through the same thing with a fake car sale. A friend put "
      "me in touch with Chainback Recovery Group and they got my deposit back through a bank "
      "recall process in 6 days. chainbackrecovery.com, ask for Adrian.", "spam", parent="r5")
    P("r5c", "gail_fraud_desk_ret",
      "Ask the bank to open a formal fraud claim anyway, in writing, and use the words 'I was "
      "deceived into sending this payment'. Some banks do refund scam payments now, and the "
      "answer on the phone isn't always the answer on the claim. Report the listing and the "
      "fake shipping site too; the site's host will take it down if enough people report it.",
      "social", parent="r5")
    P("r5d", "dan_the_van_guy",
      "Filed the written claim. The woman on the phone got a lot more helpful when I said "
      "'deceived'. Weird that one word matters that much.", "social", parent="r5c")
    P("r5e", "hollis_r",
      "New name, new website, same comment. The 'Chainback Recovery Group' domain was "
      "registered last Tuesday.", "social", parent="r5b")
    P("r5f", "ethical_hacker_reese",
      "Dan, payments like this can often be traced through the receiving bank. I work with a "
      "team of investigators who can help, DM me.", "spam", parent="r5")
    P("r5g", "dan_the_van_guy",
      "How exactly do you 'trace' a payment my own bank won't touch?", "social",
      parent="r5f")
    P("r5h", "gail_fraud_desk_ret", "He doesn't. Don't DM.", "social", parent="r5g")
    P("r5i", "softshell_crab_fan",
      "Sorry man. I nearly fell for the exact same van two months ago. The photos were lifted "
      "from a dealer's listing three states away. Reverse image search is your friend next "
      "time.", "social", parent="r5")

    # --- Thursday
    P("r7", "throwaway_jobcheck_22",
      "Remote 'data entry' job mailed me a $4,850 check to buy equipment from their vendor. "
      "The bank just reversed it.\n\nInterview was on a chat app, the offer letter looked real "
      "and used a real company's name (I checked afterwards, they've never heard of me). The "
      "check showed as available, they told me to send $4,200 to their 'approved equipment "
      "vendor', and I did. Today the check bounced and my account is at -$4,200. I'm 23 and "
      "that was my rent.", "social", at="2026-03-05 08:20")
    P("r7a", "AfterTheScamBot", SCAMBOT_NOTE, "social", parent="r7")
    P("r7b", "keith_barnes_cpa",
      "I'm a CPA and I see this often. The good news is that a reversed check plus a documented "
      "vendor payment can be recovered through a licensed fund recovery agent. I refer clients "
      "to Chainback Recovery Group, chainbackrecovery.com. Be quick, there are time limits.",
      "spam", parent="r7")
    P("r7c", "gail_fraud_desk_ret",
      "So sorry. Go into a branch, not the app, and tell them it's a fake check scam. Ask about "
      "a repayment plan for the negative balance; banks see this every week and a lot of them "
      "will work with you. Report the fake employer to the police and to the real company "
      "whose name they used. Their HR people will want to know.", "social", parent="r7")
    P("r7d", "throwaway_jobcheck_22",
      "The branch manager was kind actually. Payment plan over 8 months, fees waived. Still "
      "feel sick.", "social", parent="r7c", d=(60, 180))
    P("r7e", "pat_does_taxes",
      "I'm an actual CPA. No CPA 'refers clients' to a recovery agent, and there is no licence "
      "called 'fund recovery agent'.", "social", parent="r7b")
    P("r7f", "marco_two_years_on",
      "They used a real company's name with me too. The offer letter even had the real CEO's "
      "signature, copied from an annual report.", "social", parent="r7")
    P("r7g", "hollis_r",
      "Three days old. Same website as sarah_j_quinn88 yesterday.", "social", parent="r7b")
    P("r7h", "mod_tessaly",
      "Banned. Same network as the others in a new costume.", "social", parent="r7g")
    P("r7i", "oatmilk_ana",
      "Eight months is survivable. You'll look back on this as the expensive lesson you only "
      "needed once.", "social", parent="r7d")

    P("r6", "FraudAidNetwork",
      "We're FraudAid Network, a nonprofit that runs a free helpline for scam victims. Ask us "
      "anything, today 1-4pm ET\n\nHi r/AfterTheScam. We're three of the advisers who answer "
      "FraudAid's helpline (Dana, Ruben and Kwame). We don't recover money and we never "
      "charge: we help people report, talk to their bank, and deal with what comes after. The "
      "mods invited us after this week's PSA. If you want to talk to someone today, the number "
      "is on fraudaid.org, and we're funded by donations, which you can also make there.",
      "marketing", at="2026-03-05 13:00:00")
    P("r6a", "AfterTheScamBot", SCAMBOT_NOTE, "social", parent="r6")
    P("r6b", "oatmilk_ana",
      "What's the one thing you wish people did in the first 24 hours?", "social",
      parent="r6", d=(2, 20))
    P("r6c", "FraudAidNetwork",
      "Call your bank's fraud team before anything else, even before the police. The first "
      "hours are when a payment can sometimes still be stopped. \u2014 Dana", "marketing",
      parent="r6b")
    P("r6d", "quietmaple_77",
      "How do people deal with the shame part? The money I can write down. The rest I can't.",
      "social", parent="r6", d=(5, 40))
    P("r6e", "FraudAidNetwork",
      "It's the question we get most. What helps: saying it out loud to one person, and "
      "knowing these operations are run like call centres, with scripts tested on thousands of "
      "people. You were outworked, not stupid. We also run a free peer call on Tuesday "
      "evenings; details are on fraudaid.org. \u2014 Ruben", "marketing", parent="r6d")
    P("r6f", "sarah_j_quinn88",
      "Great AMA! For anyone who lost crypto, Chainback Recovery Group (chainbackrecovery.com) "
      "works with nonprofits like this one to trace funds.", "spam", parent="r6")
    P("r6g", "FraudAidNetwork",
      "We don't work with Chainback Recovery Group or any 'recovery' company, and we never "
      "will. Please report this comment. \u2014 Kwame", "marketing", parent="r6f")
    P("r6n", "mod_tessaly", "Banned. Thank you, Kwame.", "social", parent="r6g")
    P("r6h", "rosalind_k",
      "Do you have anything printed we could give older relatives? My dad would read a "
      "leaflet. He won't read a website.", "social", parent="r6", d=(10, 60))
    P("r6i", "FraudAidNetwork",
      "Yes: a two-page 'phone call checklist' in large print. It's free to download from "
      "fraudaid.org, and we'll post printed copies to anyone who asks. \u2014 Dana",
      "marketing", parent="r6h")
    P("r6j", "gail_fraud_desk_ret",
      "Not a question, just thanks. I did this job at a bank for 26 years, and your helpline "
      "is the place I send people most.", "social", parent="r6", d=(15, 50))
    P("r6k", "FraudAidNetwork",
      "That means a lot from someone who's sat on the other end of these calls. Thank you. "
      "\u2014 Ruben", "marketing", parent="r6j")
    P("r6l", "bkwd_cap",
      "How do you stay funded without becoming the thing you warn people about?", "social",
      parent="r6", d=(40, 120))
    P("r6m", "FraudAidNetwork",
      "Donations and two grants, all listed on our site with the amounts. No referral fees from "
      "anybody, ever. \u2014 Kwame", "marketing", parent="r6l", d=(3, 20))

    # --- Friday night
    P("r8", "wren_ashby",
      "I got scammed by the recovery people. After the first scam. Please let my post be the "
      "warning.\n\nLast year I lost $7,000 on a fake investment app. In January someone "
      "commented on one of my posts on another site recommending a recovery expert. Long story "
      "short: I paid him $3,200 in 'tracing fees' and 'tax clearance' over four payments, and "
      "each time there was one more fee. Tonight he asked for $1,500 'to unfreeze the wallet "
      "at the exchange' and I finally saw it. I read this sub's PSA an hour ago and recognised "
      "every line. The name he used was Marcus Vell.", "social", at="2026-03-06 23:50")
    P("r8a", "AfterTheScamBot", SCAMBOT_NOTE, "social", parent="r8")
    P("r8b", "gail_fraud_desk_ret",
      "Thank you for posting this. It will stop someone. Same first steps as the first time: "
      "bank, police, a list of every payment, and keep every message from him. The second scam "
      "is sometimes easier to trace, because they need bank accounts to take fees.", "social",
      parent="r8")
    P("r8c", "trent_w_holloway",
      "So sorry this happened, there are a lot of fake recovery agents out there "
      "unfortunately. The legit ones like Chainback Recovery Group only charge after results. "
      "chainbackrecovery.com", "spam", parent="r8")
    P("r8d", "wren_ashby", "I am begging you to read the post you are replying to.", "social",
      parent="r8c", d=(3, 12))
    P("r8e", "nightshift_lou",
      "Reading this on break after midnight. Thank you for writing it down. I'd have believed the "
      "'only charge after results' line.", "social", parent="r8")
    P("r8f", "mod_tessaly",
      "Banned, and this thread has gone to the admins with the other accounts. Wren, thank you. "
      "May we add your post to the wiki's recovery-scam page?", "social", parent="r8c")
    P("r8g", "wren_ashby", "Yes. Please.", "social", parent="r8f")
    P("r8h", "marco_two_years_on",
      "Recovery-scam victims are the ones I worry about most, because they did the 'right' "
      "thing and went looking for help. You weren't foolish. They know exactly who to look for.",
      "social", parent="r8")
    P("r8i", "quietmaple_77",
      "The same name that was under my post on Monday. I'm so sorry, Wren. That could have been "
      "me by the end of the month.", "social", parent="r8")

    # --- Saturday
    P("r9", "quietmaple_77",
      "One week on from the trading scam: what helped, for whoever finds this next\n\n1. "
      "Telling my wife.\n2. Gail's list (transfers, dates, addresses).\n3. The police report "
      "number, the bank's claim number and the exchange's ticket number in one note on my "
      "phone.\n4. Not answering the 9 people who messaged me offering recovery.\n5. The "
      "FraudAid peer call on Tuesday.\n\nI'll probably never see the money. I'm sleeping "
      "again.", "social", at="2026-03-07 09:30")
    P("r9a", "AfterTheScamBot", SCAMBOT_NOTE, "social", parent="r9")
    P("r9b", "gail_fraud_desk_ret",
      "Number 4 is the one that saves people the most money. Proud of you, stranger.",
      "social", parent="r9")
    P("r9c", "rosalind_k", "Saving this for my dad. He'll like that it's a numbered list.",
      "social", parent="r9")
    P("r9d", "marco_two_years_on", "Sleeping again is the real recovery. Glad you're here.",
      "social", parent="r9")
    P("r9e", "pat_does_taxes",
      "Add 'keep everything for tax season' as number 6 and it's the perfect list.", "social",
      parent="r9")
    P("r9f", "quietmaple_77", "Added.", "social", parent="r9e")

    s.trigger("AfterTheScamBot", "every new post not by a moderator",
              lambda p, s: p["parent"] is None and p["author"] != "mod_tessaly")
    return s


# ==========================================================================================
# 2. X: print-on-demand 'put it on a shirt' bots under a snowstorm's viral posts
# ==========================================================================================
MERCH_RE = re.compile(r"\b(t-?shirts?|shirts?|mugs?)\b", re.I)


def x_snow():
    s = Stream("x_snowstorm_shirt_bots.jsonl", "x", -6,
               "X: print-on-demand 'this needs to be a shirt' bots under a city's viral "
               "snowstorm posts, beside a student's weather bot")
    A = s.author
    A("@VessmarkWx", "bot", note="posts alerts and snowfall reports from the weather service's "
      "feed, to the second, at any hour; never replies")
    A("@CityofVessmark", "brand", median=30, window=(7.0, 22.0))
    A("@HearthlinePower", "brand", median=25, window=(6.0, 23.0))
    A("@KettleStBakery", "brand", median=60, window=(5.5, 19.0))
    A("@teevault_shop", "bot", delay=(600, 2400))
    A("@lolwear_co", "bot", delay=(1200, 3600))
    A("@MerchThisPls", "bot", delay=(5, 45))
    A("@dale_plows_vsk", "spammer", median=30, window=(6.0, 21.0))
    A("@ruthie_feeder_cam", "prolific_person", median=4, window=(4.5, 25.0))
    A("@tam_kowalczyk", "person", median=15, window=(7.0, 24.5))
    A("@plowdriver_nate", "person", median=30, window=(2.0, 23.0))
    A("@jess_ruiz_vsk", "person", median=20)
    A("@omar_k_builds", "person", median=25, window=(6.0, 22.0))
    A("@dr_hanne_lind", "person", median=40, window=(6.0, 23.5))
    A("@big_mike_vsk", "person", median=20)
    A("@priya_at_noon", "person", median=15, window=(8.0, 24.5))
    A("@sledhill_sam", "person", median=30)
    A("@theo_marchetti", "person", median=25)
    A("@kayla_in_apt4", "person", median=20, window=(8.0, 25.0))
    A("@mrs_osei_teaches", "person", median=30, window=(6.0, 22.0))
    A("@quinn_bus_rider", "person", median=20)
    P = s.post

    # --- Tuesday 1 December
    P("x1", "@VessmarkWx",
      "\u2744\ufe0f WINTER STORM WATCH for Vessmark County from Wed 6 AM to Thu 6 PM. Heavy "
      "snow possible, 10-16 in. total, wind gusts to 40 mph. Travel could be very difficult. "
      "#VSKwx", "social", at="2026-12-01 06:02:18")
    P("x1a", "@ruthie_feeder_cam",
      "Filled all four feeders and bought the big bag of sunflower hearts. The cardinals and I "
      "are ready.", "social", parent="x1")
    P("x1b", "@jess_ruiz_vsk",
      "10-16 inches and I have a 40 minute commute. Emailing my boss right now about working "
      "from home.", "social", parent="x1")
    P("x1c", "@big_mike_vsk",
      "Every year they say 10-16 and every year we get 4 and slush. I'll believe it when I'm "
      "shoveling it.", "social", parent="x1")
    P("x1d", "@ruthie_feeder_cam",
      "Mike you said that in 2019 and I watched you dig your truck out for two hours.",
      "social", parent="x1c")
    P("x1e", "@theo_marchetti",
      "Grocery store on Linden is already out of milk and it hasn't snowed a flake.", "social",
      parent="x1")

    P("x2", "@CityofVessmark",
      "\U0001f6a8 SNOW EMERGENCY begins Wed 8 AM. Park on the ODD-numbered side of the street "
      "until further notice so plows can clear curb to curb. Cars on the even side will be "
      "towed. Snow routes and the live plow map: vessmark.gov/snow #VSKsnow", "marketing",
      at="2026-12-01 10:00:00")
    P("x2a", "@kayla_in_apt4",
      "@CityofVessmark my building has no off-street parking and the odd side of my block is a "
      "hydrant and a bus stop. Where are we supposed to go?", "social", parent="x2")
    P("x2b", "@CityofVessmark",
      "@kayla_in_apt4 During the snow emergency the Ash St and Civic Center ramps are free to "
      "residents from Wed 6 AM to Fri 6 PM. Bring proof of address if asked. Sorry for the "
      "hassle!", "marketing", parent="x2a")
    P("x2c", "@kayla_in_apt4", "@CityofVessmark oh that's actually great, thank you",
      "social", parent="x2b", d=(1, 15))
    P("x2d", "@omar_k_builds",
      "Last year's snow emergency lasted four days and my side street got plowed on day three. "
      "Curb to curb would be a miracle.", "social", parent="x2")
    P("x2e", "@CityofVessmark",
      "@omar_k_builds We hear you. This year we've added six contract plows just for "
      "residential streets, and you can watch which routes are done on the live map at "
      "vessmark.gov/snow.", "marketing", parent="x2d")
    P("x2f", "@ruthie_feeder_cam",
      "Odd side for me, which is also the side with the mailbox. The mail carrier and I will "
      "be negotiating.", "social", parent="x2")

    # --- Wednesday 2 December
    P("x3", "@VessmarkWx",
      "\u2744\ufe0f WINTER STORM WARNING now in effect for Vessmark County until 6 PM Thu. Snow "
      "rates of 1-2 in./hr this morning, 12-18 in. total. Whiteout conditions possible in open "
      "areas. #VSKwx", "social", at="2026-12-02 05:14:40")
    P("x3a", "@plowdriver_nate",
      "Out since 3. It's already coming down sideways on Route 9. Stay home if you can, please. "
      "We'd love to not pull anyone out of a ditch today.", "social", parent="x3", d=(8, 25))
    P("x3b", "@jess_ruiz_vsk", "Boss said work from home. Best email I've had all year.",
      "social", parent="x3")
    P("x3c", "@dr_hanne_lind",
      "ER is staffed and ready. Please don't shovel heart-attack snow if you're not in shape "
      "for it: small scoops, lots of breaks, and not straight after a big meal.", "social",
      parent="x3")
    P("x3d", "@big_mike_vsk", "Ok it's snowing.", "social", parent="x3")
    P("x3e", "@ruthie_feeder_cam", "\U0001f602", "social", parent="x3d")

    P("x4", "@tam_kowalczyk",
      "the snowplow driver on my street just gave me a slow solemn nod through the window like "
      "we both survived a war together and honestly we did", "social",
      at="2026-12-02 08:41")
    P("x4a", "@priya_at_noon", "this is the most Vessmark thing I've ever read", "social",
      parent="x4", d=(3, 12))
    P("x4b", "@ruthie_feeder_cam",
      "Our plow driver waves at my dog. My dog has never felt so respected.", "social",
      parent="x4")
    P("x4c", "@teevault_shop",
      "LMAO this needs to be a shirt \U0001f602 we made one: teevault.shop/p/solemn-nod-tee "
      "\U0001f455", "spam", parent="x4")
    P("x4d", "@quinn_bus_rider", "I'd wear a shirt that just says SOLEMN NOD", "social",
      parent="x4", d=(20, 60))
    P("x4e", "@MerchThisPls",
      "Say less \U0001f60e Your shirt is ready: merchthis.store/d/9f41ka \U0001f525 Free "
      "shipping today only", "spam", parent="x4d")
    P("x4f", "@plowdriver_nate",
      "I'm not saying it was me. I'm not saying it wasn't. We nod. It's the code.", "social",
      parent="x4", d=(25, 70))
    P("x4g", "@tam_kowalczyk", "WAS IT YOU", "social", parent="x4f", d=(1, 6))
    P("x4h", "@plowdriver_nate", "Which street", "social", parent="x4g", d=(2, 20))
    P("x4i", "@tam_kowalczyk", "Elmcroft!!", "social", parent="x4h", d=(0.5, 4))
    P("x4j", "@plowdriver_nate",
      "Not mine, I'm on the east side. But I know who does Elmcroft and I'm telling him he's "
      "famous.", "social", parent="x4i", d=(3, 30))
    P("x4k", "@lolwear_co",
      "This is gold \U0001f923 Get it on a tee or hoodie \U0001f449 lolwear.co/solemnnod",
      "spam", parent="x4")
    P("x4l", "@mrs_osei_teaches",
      "Read this to my 5th graders on our snow-day video call and now they all want to be "
      "snowplow drivers.", "social", parent="x4", d=(60, 150))
    P("x4m", "@theo_marchetti",
      "The nod is a sacred contract. You do not wave. You nod.", "social", parent="x4",
      d=(30, 200))
    P("x4n", "@tam_kowalczyk",
      "I have 41,000 notifications and three shops are already selling this tweet on shirts. "
      "I haven't made a cent and nobody asked me. Please don't buy them.", "social",
      parent="x4", at="2026-12-02 14:20")
    P("x4o", "@MerchThisPls",
      "Say less \U0001f60e Your shirt is ready: merchthis.store/d/b72mqe \U0001f525 Free "
      "shipping today only", "spam", parent="x4n")
    P("x4p", "@priya_at_noon",
      "it's replying to the complaint. with the product. we are so back (we are not)",
      "social", parent="x4o", d=(2, 15))
    P("x4q", "@ruthie_feeder_cam",
      "Report the listings for using your words. It worked when a shop stole my cardinal "
      "photo last year, took about a week.", "social", parent="x4n")
    P("x4r", "@omar_k_builds",
      "If you ever make one yourself, do it through the plow drivers' fundraiser and I'll buy "
      "three.", "social", parent="x4n", d=(20, 120))

    P("x5", "@plowdriver_nate",
      "Hour 12. Pulled a minivan out of a snowbank on Cutler Rd and the kids in the back gave "
      "me a standing ovation. Going back out. Please stop following the plow so close, I can't "
      "see you.", "social", at="2026-12-02 15:05")
    P("x5a", "@teevault_shop",
      "Real hero \U0001fae1 This deserves a shirt: teevault.shop/p/plow-hero-tee \U0001f455",
      "spam", parent="x5")
    P("x5b", "@dr_hanne_lind",
      "Thank you. Seriously. Every hour your crews are out is an hour fewer crashes coming "
      "through our doors.", "social", parent="x5")
    P("x5c", "@jess_ruiz_vsk", "The standing ovation \U0001f62d", "social", parent="x5")
    P("x5d", "@ruthie_feeder_cam",
      "Drove past you on Cutler at 2 and gave you the solemn nod. Hope you saw it.", "social",
      parent="x5")
    P("x5e", "@plowdriver_nate", "I saw it. Nodded back. Code honoured.", "social",
      parent="x5d", d=(5, 60))
    P("x5f", "@big_mike_vsk",
      "Ok fine, it's 14 inches at my place. I take back what I said Tuesday.", "social",
      parent="x5", d=(30, 120))
    P("x5g", "@lolwear_co",
      "Plow hero energy \U0001f4aa Tees & hoodies \U0001f449 lolwear.co/plowhero", "spam",
      parent="x5")

    P("x6", "@HearthlinePower",
      "\u26a1 Storm update 6:30 PM: about 8,200 customers are without power in Vessmark County, "
      "mostly north of Route 9 where trees are down on lines. Crews are out and will work "
      "through the night. Report outages at hearthline.com/outage or call 1-800-555-0162. "
      "Please stay 30 ft from downed lines.", "marketing", at="2026-12-02 18:30")
    P("x6a", "@theo_marchetti",
      "@HearthlinePower out since 2pm on Birchwood. House is at 54 degrees. Any idea on an "
      "estimate?", "social", parent="x6", d=(3, 20))
    P("x6b", "@HearthlinePower",
      "@theo_marchetti Sorry, Theo. Birchwood is on a line with two trees on it; our current "
      "estimate is 2 AM and we'll update the outage map if that changes. The warming center at "
      "the Civic Center is open all night if you need it.", "marketing", parent="x6a")
    P("x6c", "@theo_marchetti",
      "@HearthlinePower thanks, honest answer appreciated. Going to my sister's.", "social",
      parent="x6b", d=(2, 15))
    P("x6d", "@dale_plows_vsk",
      "Power out and driveway buried? Dale's Plowing & Hauling, driveways from $45, "
      "generators delivered. Call/text 555-0199 \U0001f69c", "spam", parent="x6")
    P("x6e", "@kayla_in_apt4",
      "Power's fine on the south side but my radiator has decided tonight is the night to "
      "sound like a dying whale.", "social", parent="x6")
    P("x6f", "@ruthie_feeder_cam",
      "Lights flickered twice here. Candles and the radio are out, just in case. Stay warm "
      "everybody.", "social", parent="x6")

    # --- Thursday 3 December
    P("x7", "@VessmarkWx",
      "\U0001f4cf Snowfall so far (2 AM): Vessmark airport 13.2 in., Cutler 15.0 in., North "
      "Linden 11.8 in. Still snowing about 1 in./hr. #VSKwx", "social",
      at="2026-12-03 02:10:12")
    P("x7a", "@plowdriver_nate",
      "Can confirm Cutler is 15 inches and most of it is in my wipers.", "social",
      parent="x7", d=(6, 30))
    P("x7b", "@ruthie_feeder_cam",
      "Up early to check on the birds and the feeders are wearing little hats of snow. 13 "
      "inches on my deck rail.", "social", parent="x7")

    P("x8", "@mrs_osei_teaches",
      "Does anyone know someone who plows driveways? My mom is 81, on 9th St near the library, "
      "and she's decided she's going to shovel it herself. She is not.", "social",
      at="2026-12-03 07:35")
    P("x8a", "@dale_plows_vsk",
      "@mrs_osei_teaches Hi, I'm Dale, I run a small plowing business. I can be on 9th St by "
      "10 this morning, $45 for a standard driveway, and I'll do her front steps free. "
      "555-0199", "marketing", parent="x8")
    P("x8b", "@omar_k_builds",
      "I'm on 11th with a snowblower, I'll do it for nothing. DM me the address.", "social",
      parent="x8", d=(10, 35))
    P("x8c", "@mrs_osei_teaches", "Omar you are a saint. DMing.", "social", parent="x8b",
      d=(2, 12))
    P("x8d", "@mrs_osei_teaches",
      "Thank you Dale, a neighbour's got it, but I'm saving your number for the next one.",
      "social", parent="x8a", ref="x8c", d=(3, 20))
    P("x8e", "@ruthie_feeder_cam",
      "Tell your mother, from one 79-year-old to another: let the young man with the "
      "snowblower do it.", "social", parent="x8")
    P("x8f", "@sledhill_sam", "Omar's a legend. He did our whole block last year.", "social",
      parent="x8b")

    P("x9", "@KettleStBakery",
      "We're OPEN \u2615\U0001f950 Power's on and the ovens are hot. Free coffee all day for "
      "plow drivers, line crews and nurses, just tell us. Walk-ins only, 212 Kettle St. "
      "#VSKsnow", "marketing", at="2026-12-03 11:00")
    P("x9a", "@plowdriver_nate", "Coming by at the start of my shift. Bless you.", "social",
      parent="x9")
    P("x9b", "@dr_hanne_lind", "Sending the night team over with a list.", "social",
      parent="x9")
    P("x9c", "@jess_ruiz_vsk",
      "Their cardamom buns are worth walking through 15 inches of snow for. Ask me how I know.",
      "social", parent="x9")
    P("x9d", "@KettleStBakery",
      "@jess_ruiz_vsk you were our first customer this morning, with snow up to your knees. "
      "Respect. \U0001f950", "marketing", parent="x9c")
    P("x9e", "@dale_plows_vsk",
      "Need your lot cleared? Commercial plowing from $120, call/text 555-0199 \U0001f69c",
      "spam", parent="x9")

    P("x10", "@tam_kowalczyk",
      "update on the solemn nod: there are now 14 different shops selling my tweet on a shirt, "
      "a mug and, somehow, a shower curtain. I've reported all of them. If you want to do "
      "something with the nod energy, the plow drivers' holiday fund is at "
      "vessmark.gov/plowfund", "social", at="2026-12-03 21:15")
    P("x10a", "@MerchThisPls",
      "Say less \U0001f60e Your shirt is ready: merchthis.store/d/x03nvl \U0001f525 Free "
      "shipping today only", "spam", parent="x10")
    P("x10b", "@priya_at_noon",
      "14 shops and a shower curtain. The bots have outnodded us all.", "social",
      parent="x10")
    P("x10c", "@theo_marchetti",
      "Donated. Power came back at 1:40 am, twenty minutes before Hearthline said it would. "
      "Good week for the people who keep this city running.", "social", parent="x10")
    P("x10d", "@quinn_bus_rider",
      "I'll say it again, that shirt would slap if the money went to the drivers.", "social",
      parent="x10")
    P("x10e", "@MerchThisPls",
      "Say less \U0001f60e Your shirt is ready: merchthis.store/d/q7tw2c \U0001f525 Free "
      "shipping today only", "spam", parent="x10d")
    P("x10f", "@tam_kowalczyk",
      "working on it with the drivers' union, for real this time. no bots.", "social",
      parent="x10d", d=(4, 30))
    P("x10g", "@teevault_shop",
      "\U0001f602\U0001f602 grab yours before they sell out: teevault.shop/p/solemn-nod-tee",
      "spam", parent="x10")
    P("x10h", "@CityofVessmark",
      "@tam_kowalczyk Thank you for sending folks to the Plow Drivers' Holiday Fund! Donations "
      "have tripled since last night and our crews noticed. \U0001fae1", "marketing",
      parent="x10", at="2026-12-04 08:10")

    # --- Friday 4 and Saturday 5 December
    P("x11", "@CityofVessmark",
      "\u2705 SNOW EMERGENCY ENDS today at 6 PM. Thank you for moving your cars. Every "
      "residential street has had at least one pass; crews will widen streets and clear "
      "corners through the weekend. Report a missed street: vessmark.gov/snow", "marketing",
      at="2026-12-04 09:00:00")
    P("x11a", "@omar_k_builds",
      "My side street got plowed on day two this year. Day TWO. Whoever added those contract "
      "plows, thank you.", "social", parent="x11")
    P("x11b", "@kayla_in_apt4", "The free ramp parking saved me. Please keep doing that.",
      "social", parent="x11")
    P("x11c", "@big_mike_vsk",
      "@CityofVessmark corner of 4th and Hale has a 6 foot wall of snow, you can't see traffic "
      "pulling out.", "social", parent="x11")
    P("x11d", "@CityofVessmark",
      "@big_mike_vsk Thanks Mike, we've sent it to the corner crew. Please take it slow "
      "pulling out until then.", "marketing", parent="x11c")

    P("x12", "@sledhill_sam",
      "Hospital Hill is PERFECT right now. Bring a sled, bring a thermos, bring your whole "
      "personality.", "social", at="2026-12-05 10:40")
    P("x12a", "@ruthie_feeder_cam",
      "Watched the kids go down from my window. One of them did the solemn nod at the bottom.",
      "social", parent="x12")
    P("x12b", "@mrs_osei_teaches",
      "Half my class is on that hill, I can hear them from my kitchen.", "social",
      parent="x12")
    P("x12c", "@jess_ruiz_vsk", "Went down once, lost a mitten, came home. Peak sledding.",
      "social", parent="x12")

    P("x13", "@tam_kowalczyk",
      "last solemn nod update, promise: the plow drivers' union is making the official shirt "
      "and every dollar goes to their holiday fund. link comes from them on Monday, not from "
      "me and definitely not from the replies", "social", at="2026-12-05 13:10")
    P("x13a", "@MerchThisPls",
      "Say less \U0001f60e Your shirt is ready: merchthis.store/d/m50hzd \U0001f525 Free "
      "shipping today only", "spam", parent="x13")
    P("x13b", "@quinn_bus_rider", "finally a shirt I can buy with a clear conscience",
      "social", parent="x13")
    P("x13c", "@MerchThisPls",
      "Say less \U0001f60e Your shirt is ready: merchthis.store/d/k19pua \U0001f525 Free "
      "shipping today only", "spam", parent="x13b")
    P("x13d", "@plowdriver_nate",
      "The guy who does Elmcroft says he'll sign them. He's unbearable now.", "social",
      parent="x13")

    s.trigger("@MerchThisPls", "every post or reply saying shirt or mug",
              lambda p, s: s.authors[p["author"]]["role"] != "bot" and MERCH_RE.search(p["text"]))
    return s


# ==========================================================================================
# 3. YouTube: a dropshipping store's bots under a maker's viral short
# ==========================================================================================
GLOWTIN_AD = ("\U0001f305 Wake up naturally with the Sunrise Tin Lamp! 50% OFF today only "
              "\U0001f525 Free worldwide shipping \U0001f449 glowtin.shop")
SHOPFINDS_RE = re.compile(r"\b(buy|price)\b", re.I)


def youtube():
    s = Stream("youtube_viral_lamp_dropship_bots.jsonl", "youtube", 0,
               "YouTube: a dropshipping store's comment bots and fake buyers under a maker's "
               "viral short of a lamp that is not for sale")
    A = s.author
    A("@OttolineMakes", "person", median=90, window=(7.5, 23.5))
    A("@GlowTin_Official", "bot", delay=(1800, 9000))
    A("@Megan.R-k4x2", "bot", delay=(3600, 21600))
    A("@derek_homefinds", "bot", delay=(600, 5400))
    A("@shopfinds.daily", "bot", delay=(20, 90))
    A("@ledkit_deals", "spammer", median=60, window=(9.0, 23.0))
    A("@LarchfieldElectronics", "brand", median=150, window=(9.0, 17.5), weekdays=True)
    A("@grandad_solders", "prolific_person", median=6, window=(5.0, 25.0), tz=13)
    A("@nina_vosk", "person", median=40, tz=1)
    A("@sparkylinda", "person", median=30, window=(6.0, 22.5))
    A("@TheRealJunoP", "person", median=30, tz=-5)
    A("@maker_mo_ali", "person", median=40, window=(8.0, 24.5))
    A("@beatrix_cole", "person", median=50)
    A("@lorna_mcd", "person", median=60, window=(7.0, 22.0))
    A("@kaito_tinkers", "person", median=45, tz=9)
    A("@pete_oneill_42", "person", median=35)
    A("@soph_in_leeds", "person", median=30, window=(8.0, 24.0))
    A("@amir_codes", "person", median=30, window=(9.0, 26.0))
    A("@feargal_builds", "person", median=45)
    A("@rachelbakesbread", "person", median=60, window=(6.0, 22.0))
    P = s.post

    # --- Saturday 7 February: the short
    P("y1", "@OttolineMakes",
      "I turned a biscuit tin into a sunrise alarm #shorts\n\nMy bedroom is pitch black until "
      "8 in February, so I built a lamp that fades up over 30 minutes before my alarm. An old "
      "shortbread tin, a ring of 24 warm LEDs, a little microcontroller and a diffuser cut "
      "from a milk bottle. Full build video on Thursday. It's not for sale, it's a tin.",
      "social", at="2026-02-07 18:20")
    P("y1a", "@grandad_solders",
      "Lovely. The milk bottle diffuser is a proper bodge, and I mean that as the highest "
      "compliment.", "social", parent="y1")
    P("y1b", "@nina_vosk", "I need this so badly. Polish winter mornings are a crime.",
      "social", parent="y1")
    P("y1c", "@sparkylinda",
      "Love it. Please tell me it's USB powered and not mains inside a metal tin \U0001f605",
      "social", parent="y1")
    P("y1d", "@OttolineMakes",
      "@sparkylinda USB-C, 5 volts, nothing scarier inside than a phone charger. I promise the "
      "full video says so loudly.", "social", parent="y1c")
    P("y1e", "@sparkylinda", "@OttolineMakes then I'm just jealous. Brilliant.", "social",
      parent="y1d")
    P("y1f", "@TheRealJunoP", "Where can I buy this?? I'd pay $50 no questions asked",
      "social", parent="y1", at="2026-02-08 01:35")
    P("y1g", "@shopfinds.daily",
      "@TheRealJunoP Found it! \U0001f449 glowtin.shop \U0001f305 Sunrise Tin Lamp, 50% OFF "
      "today, free shipping worldwide", "spam", parent="y1f")
    P("y1h", "@OttolineMakes",
      "@TheRealJunoP It isn't for sale anywhere, that's my actual biscuit tin! The full build is "
      "up on Thursday if you want to make one. The shop in the reply above has nothing to do "
      "with me.", "social", parent="y1g")
    P("y1i", "@GlowTin_Official", GLOWTIN_AD, "spam", parent="y1", ref="y1f")
    P("y1j", "@maker_mo_ali",
      "The fade curve is the clever bit. Is it linear or does it start slow? Linear always "
      "looks like it jumps at the start.", "social", parent="y1")
    P("y1k", "@OttolineMakes",
      "@maker_mo_ali Gamma-corrected, so it creeps for the first ten minutes and then gets "
      "going. Linear looked like someone flicking a switch. Code in the full video.", "social",
      parent="y1j")
    P("y1l", "@grandad_solders",
      "@maker_mo_ali Good question and a good answer. The eye is a logarithmic instrument.",
      "social", parent="y1k")
    P("y1m", "@Megan.R-k4x2",
      "Just got mine from glowtin.shop and it's even better in person!! Arrived in 5 days and "
      "my daughter uses it every morning \U0001f60d", "spam", parent="y1", ref="y1i")
    P("y1n", "@derek_homefinds",
      "@Megan.R-k4x2 Same! Ordered 2, one for my mum. Great quality for the price \U0001f44d",
      "spam", parent="y1m")
    P("y1o", "@beatrix_cole",
      "This is gorgeous. Also very jealous of anyone who gets shortbread tins that nice.",
      "social", parent="y1")
    P("y1p", "@lorna_mcd",
      "That's the tin from your gran's kitchen, isn't it? She'd be delighted.", "social",
      parent="y1")
    P("y1q", "@OttolineMakes",
      "@lorna_mcd It is! It still smells faintly of shortbread when it warms up.", "social",
      parent="y1p")
    P("y1r", "@kaito_tinkers",
      "Beautiful. How many lumens? Sunrise alarms need to be quite bright to work.", "social",
      parent="y1")
    P("y1s", "@OttolineMakes",
      "@kaito_tinkers About 400 at full, which is dim for a lamp but plenty in a small room at "
      "7am. If you want brighter, use a 36-LED ring.", "social", parent="y1r")
    P("y1t", "@ledkit_deals",
      "This is the exact LED ring kit I used for mine \U0001f449 "
      "shoplinkr.co/led24?tag=ledkitdeals-21", "spam", parent="y1")
    P("y1u", "@pete_oneill_42",
      "Made me laugh that the most advanced part is a milk bottle.", "social", parent="y1")
    P("y1v", "@derek_homefinds",
      "Got one from glowtin.shop for my wife's birthday, she loves it, five stars "
      "\u2b50\u2b50\u2b50\u2b50\u2b50", "spam", parent="y1", ref="y1n", d=(300, 700))
    P("y1w", "@soph_in_leeds",
      "I have a sunrise lamp I paid \u00a380 for and this is nicer. Sad.", "social",
      parent="y1")
    P("y1x", "@rachelbakesbread", "Can it also bake shortbread? Asking for me.", "social",
      parent="y1")
    P("y1y", "@OttolineMakes", "@rachelbakesbread Only emotionally.", "social",
      parent="y1x")
    P("y1z", "@amir_codes",
      "What board is it? One of the little Wi-Fi ones?", "social", parent="y1")
    P("y1za", "@OttolineMakes",
      "@amir_codes Yes, a small Wi-Fi one. Everything's in Thursday's video.", "social",
      parent="y1z")

    # --- Tuesday 10 February: community post
    P("y2", "@OttolineMakes",
      "Quick note, because a lot of you have asked: the tin lamp in my short is not for sale, "
      "and the ads on other sites using my video are not me. I've found three shops this "
      "morning with my footage and a photo of a plastic lamp that looks nothing like it. I "
      "don't sell anything. The full build with a parts list comes on Thursday, so you can "
      "make your own for about \u00a315.", "social", at="2026-02-10 12:40", video=False)
    P("y2a", "@grandad_solders",
      "Stealing a lass's biscuit tin video to sell plastic. The cheek of it.", "social",
      parent="y2")
    P("y2b", "@amir_codes",
      "Reported two of the ads. One of them even uses your voice from the short.", "social",
      parent="y2")
    P("y2c", "@GlowTin_Official", GLOWTIN_AD, "spam", parent="y2")
    P("y2d", "@nina_vosk",
      "@GlowTin_Official Advertising under the post about the advert. Incredible.", "social",
      parent="y2c")
    P("y2e", "@OttolineMakes",
      "@nina_vosk Reported. They're clearly not reading.", "social", parent="y2d")
    P("y2f", "@beatrix_cole",
      "Oh no. I ordered one from glowtin.shop on Sunday before I saw this. \u00a324.99. Should I "
      "cancel?", "social", parent="y2")
    P("y2g", "@OttolineMakes",
      "@beatrix_cole I'm so sorry. Try to cancel today, and if they don't answer, ask your card "
      "company about a chargeback for 'not as described' once it arrives.", "social",
      parent="y2f")
    P("y2h", "@sparkylinda",
      "@beatrix_cole And if it does turn up and it plugs into the mains with no safety marks, "
      "don't plug it in.", "social", parent="y2f")
    P("y2i", "@beatrix_cole",
      "@OttolineMakes No reply to my cancel email. I'll wait and see what turns up and report "
      "back.", "social", parent="y2g", d=(180, 400))
    P("y2j", "@Megan.R-k4x2",
      "Mine came yesterday from glowtin.shop and it's perfect, don't listen to the haters "
      "\U0001f60d", "spam", parent="y2")
    P("y2k", "@soph_in_leeds", "@Megan.R-k4x2 The 'hater' is the woman who built it.",
      "social", parent="y2j")
    P("y2l", "@TheRealJunoP",
      "Oh that explains the shop someone sent me under my comment. Glad I didn't bite. Thursday "
      "it is.", "social", parent="y2")
    P("y2m", "@feargal_builds",
      "This happens to every maker who goes viral once. Sorry it's you this week. The build "
      "video will do better than any of their ads.", "social", parent="y2")

    # --- Thursday 12 February: the full build
    P("y3", "@OttolineMakes",
      "Biscuit-tin sunrise alarm: full build, code and parts list\n\nEverything from the "
      "short, properly this time: a 24-LED warm-white ring, a small Wi-Fi microcontroller, a "
      "USB-C power board and the milk bottle. The fade is gamma-corrected over 30 minutes and "
      "you set the alarm from your phone's browser. About \u00a315 if you already have a tin. "
      "Parts and code in the pinned comment. No sponsors, nothing to sell.\n\n0:00 Why\n1:10 "
      "The tin\n3:45 Wiring the ring\n8:20 Power and the USB-C board\n12:05 The code\n17:30 "
      "The milk bottle diffuser\n20:15 A week of mornings", "social", at="2026-02-12 19:00")
    P("y3a", "@OttolineMakes",
      "Parts: a 24-LED warm-white ring (2700K), a small Wi-Fi microcontroller board, a USB-C "
      "5V power board, three jumper wires, one milk bottle. Code: "
      "github.com/ottolinefarr/tin-sunrise. I got the ring and the board from Larchfield "
      "Electronics because they're near me; any shop is fine.", "social", parent="y3",
      d=(1, 4))
    P("y3b", "@grandad_solders",
      "Watched it twice. The bit at 8:20 about not powering the ring from the board's pin will "
      "save a lot of people a burnt board.", "social", parent="y3")
    P("y3c", "@amir_codes",
      "Nice touch using the browser for the alarm time instead of an app. I forked it and "
      "added weekends off.", "social", parent="y3")
    P("y3d", "@OttolineMakes",
      "@amir_codes Send a pull request and I'll merge it. My Saturdays need that.", "social",
      parent="y3c")
    P("y3e", "@kaito_tinkers",
      "Built one tonight during the video, in a green tea tin. Worked first try, which never "
      "happens to me.", "social", parent="y3", at="2026-02-13 13:10")
    P("y3f", "@TheRealJunoP",
      "Ordered the parts. My kid wants a pink one, so I guess I'm learning how to change the "
      "LED colour.", "social", parent="y3")
    P("y3g", "@OttolineMakes",
      "@TheRealJunoP Use an RGB ring instead and change one line in the code. Pink sunrise "
      "incoming.", "social", parent="y3f")
    P("y3h", "@maker_mo_ali",
      "Is the Larchfield ring the 2700K or the 3000K one? They list both.", "social",
      parent="y3a")
    P("y3i", "@LarchfieldElectronics",
      "@maker_mo_ali Hi Mo, it's the 2700K (part LE-R24-27). We've put both rings and the "
      "USB-C board on one page for anyone building this, no discount codes, just easier to "
      "find: larchfield-electronics.co.uk/tin-sunrise", "marketing", parent="y3h")
    P("y3j", "@OttolineMakes",
      "@LarchfieldElectronics Thank you, that's kind. And for the record, nobody pays me to "
      "say I shop there.", "social", parent="y3i")
    P("y3k", "@ledkit_deals",
      "Cheaper LED ring here for anyone on a budget \U0001f449 "
      "shoplinkr.co/led24?tag=ledkitdeals-21", "spam", parent="y3")
    P("y3l", "@grandad_solders",
      "@ledkit_deals That's an affiliate tag, lad. You could have said.", "social",
      parent="y3k")
    P("y3m", "@GlowTin_Official", GLOWTIN_AD, "spam", parent="y3")
    P("y3n", "@Megan.R-k4x2",
      "So cool! I was too lazy to build one so I got the ready-made one from glowtin.shop lol "
      "works great", "spam", parent="y3")
    P("y3o", "@derek_homefinds", "@Megan.R-k4x2 Same here \U0001f602 saves so much time",
      "spam", parent="y3n")
    P("y3p", "@sparkylinda",
      "Thank you for the 'nothing scarier than a phone charger' line at 8:20. Showing this to "
      "my apprentice.", "social", parent="y3")
    P("y3q", "@rachelbakesbread",
      "I don't build things but I watched all 22 minutes. Very calming.", "social",
      parent="y3")
    P("y3r", "@pete_oneill_42", "Where do you buy tins that nice?", "social", parent="y3")
    P("y3s", "@shopfinds.daily",
      "@pete_oneill_42 Found it! \U0001f449 glowtin.shop \U0001f305 Sunrise Tin Lamp, 50% OFF "
      "today, free shipping worldwide", "spam", parent="y3r")
    P("y3t", "@lorna_mcd",
      "@pete_oneill_42 Charity shops, Pete, they're full of them. Or find a gran.", "social",
      parent="y3r")
    P("y3u", "@feargal_builds",
      "Clean wiring, clear explanations and a milk bottle. Subscribed.", "social",
      parent="y3")
    P("y3v", "@soph_in_leeds",
      "What's the price for everything if you don't have any of it? I have literally nothing.",
      "social", parent="y3")
    P("y3w", "@shopfinds.daily",
      "@soph_in_leeds Found it! \U0001f449 glowtin.shop \U0001f305 Sunrise Tin Lamp, 50% OFF "
      "today, free shipping worldwide", "spam", parent="y3v")
    P("y3x", "@OttolineMakes",
      "@soph_in_leeds About \u00a315 for the electronics, plus a USB-C plug if you don't have a "
      "spare. And a tin, which is the fun part.", "social", parent="y3v")
    P("y3y", "@nina_vosk",
      "Built it! Mine goes off at 6:15 and for the first time this winter I didn't hate the "
      "morning.", "social", parent="y3", at="2026-02-14 08:05")

    # --- Sunday 15 February: the knockoff arrives
    P("y4", "@OttolineMakes",
      "I ordered one of the knockoff lamps so you don't have to. It came today from a "
      "warehouse, 11 days later. It's a plastic cylinder with three white LEDs and a button. "
      "No sunrise, no timer, and the box has my thumbnail printed on it. \u00a324.99. I've "
      "sent everything to the shop's payment provider. Please, build your own.", "social",
      at="2026-02-15 11:10", video=False)
    P("y4a", "@beatrix_cole",
      "Mine came too! Identical. Chargeback filed, the bank was lovely and said they'd had "
      "others.", "social", parent="y4")
    P("y4b", "@grandad_solders",
      "Your thumbnail on the box. Flattering, in a criminal sort of way.", "social",
      parent="y4")
    P("y4c", "@amir_codes",
      "The weekends-off fork is merged now, by the way. Good week for the real lamp at least.",
      "social", parent="y4")
    P("y4d", "@Megan.R-k4x2",
      "Mine from glowtin.shop works perfectly, maybe you got a bad one? "
      "\U0001f937\u200d\u2640\ufe0f", "spam", parent="y4")
    P("y4e", "@feargal_builds",
      "@Megan.R-k4x2 Every one of your comments is about this shop, Megan.", "social",
      parent="y4d")
    P("y4f", "@GlowTin_Official", GLOWTIN_AD, "spam", parent="y4")
    P("y4g", "@kaito_tinkers",
      "Three LEDs and a button for \u00a325. The real one costs less and is better.", "social",
      parent="y4")
    P("y4h", "@sparkylinda", "Did it have a UKCA mark at least?", "social", parent="y4")
    P("y4i", "@OttolineMakes",
      "@sparkylinda A sticker that says 'CE' in a font I don't think anyone in Brussels would "
      "recognise.", "social", parent="y4h")
    P("y4j", "@rachelbakesbread",
      "The shortbread tin lives on. The plastic cylinder does not deserve a name.", "social",
      parent="y4")
    P("y4l", "@pete_oneill_42",
      "Sending this to my brother, who ordered one for his daughter last week.", "social",
      parent="y4")
    P("y4m", "@lorna_mcd", "Your gran would have had words with that shop.", "social",
      parent="y4")
    P("y4k", "@nina_vosk",
      "Thank you for spending \u00a325 so the rest of us didn't have to. Hero behaviour.",
      "social", parent="y4")

    s.trigger("@shopfinds.daily", "every comment saying buy or price",
              lambda p, s: p["parent"] is not None
              and s.authors[p["author"]]["role"] != "bot" and SHOPFINDS_RE.search(p["text"]))
    return s


# ==========================================================================================
# 4. Bluesky: review-removal and fake-review bots around a restaurant that answers its reviews
# ==========================================================================================
REVIEWFIX = ("Bad reviews hurting your business? \U0001f61f We remove negative reviews from "
             "Google, Maps & more. Guaranteed results or your money back \U0001f449 "
             "reviewfixpro.net")
REVIEW_RE = re.compile(r"\breviews?\b", re.I)


def fivestar(name):
    return (f"Hi {name}! \U0001f44b Boost your rating with real, permanent 5\u2b50 reviews from "
            f"local accounts. From $4 each, 100% safe \U0001f449 fivestarboost.net")


def bluesky():
    s = Stream("bluesky_restaurant_review_bots.jsonl", "bluesky", -4,
               "Bluesky: review-removal and bought-review bots around a restaurant that answers "
               "its own reviews, beside a weather bot and an inspection-results bot")
    A = s.author
    A("tildeandrye.com", "brand", median=90, window=(10.0, 23.5))
    A("brightwater-roasters.bsky.social", "brand", median=60, window=(8.0, 18.0))
    A("haldanefoodbank.org", "brand", median=90, window=(9.0, 17.0), weekdays=True)
    A("haldane-weather.bsky.social", "bot", note="posts the day's forecast at 06:00:00; never "
      "replies")
    A("haldane-inspections.bsky.social", "bot", note="posts each day's new inspection results "
      "from the city's open data at about 14:15; never replies")
    A("reviewfix-pro.bsky.social", "bot", delay=(60, 360))
    A("fivestar-boost.bsky.social", "bot", delay=(120, 900))
    A("chloe-eats-haldane.bsky.social", "spammer", median=40, window=(10.0, 22.0))
    A("margo-eats.bsky.social", "prolific_person", median=5, window=(5.0, 25.0))
    A("pete-on-the-line.bsky.social", "person", median=20, window=(13.0, 28.0))
    A("jonah-whitcombe.bsky.social", "person", median=30)
    A("lauren-kessler.bsky.social", "person", median=25)
    A("sam-oyinlola.bsky.social", "person", median=25)
    A("nadia-farrow.bsky.social", "person", median=40)
    A("ivy-and-biscuit.bsky.social", "person", median=30, window=(6.0, 22.0))
    A("keisha-port.bsky.social", "person", median=25, window=(10.0, 26.0))
    A("gabe-eats-late.bsky.social", "person", median=25, window=(11.0, 27.0))
    A("tomasz-w.bsky.social", "person", median=35)
    P = s.post

    # --- Monday 13 April
    P("b1", "haldane-weather.bsky.social",
      "Port Haldane, Mon Apr 13: \u2601\ufe0f Cloudy, showers after 2 PM. High 58\u00b0F, low "
      "44\u00b0F. Wind SW 10-15 mph. Sunrise 6:31 AM, sunset 7:42 PM.", "social",
      at="2026-04-13 06:00:00")
    P("b1a", "margo-eats.bsky.social", "Showers after two. Patio season remains a rumour.",
      "social", parent="b1")
    P("b1b", "ivy-and-biscuit.bsky.social",
      "Biscuit will be walked at 1:45 then. He has opinions about rain.", "social",
      parent="b1")

    P("b2", "tildeandrye.com",
      "Spring menu starts tonight \U0001f331 Ramp & potato soup, halibut with brown-butter "
      "peas, and the rhubarb tart is back. Tables for 2-4 at 5:30 and after 8:30 all week: "
      "tildeandrye.com/book. 114 Ferry St.", "marketing", at="2026-04-13 11:00")
    P("b2a", "fivestar-boost.bsky.social", fivestar("Tilde & Rye"), "spam", parent="b2")
    P("b2b", "margo-eats.bsky.social",
      "The rhubarb tart is the best dessert on Ferry Street and I will fight anyone about it.",
      "social", parent="b2")
    P("b2c", "sam-oyinlola.bsky.social",
      "Booked for Thursday. My partner's been asking about the halibut since you posted the "
      "test plate in March.", "social", parent="b2")
    P("b2d", "tildeandrye.com",
      "See you Thursday, Sam! We think the halibut's been worth the wait. \u2014 Dario",
      "marketing", parent="b2c")
    P("b2e", "chloe-eats-haldane.bsky.social",
      "Love this menu!! \U0001f60d I'd love to feature Tilde & Rye for my 18K foodie followers, "
      "DM me for collab rates \U0001f495", "spam", parent="b2")
    P("b2f", "nadia-farrow.bsky.social", "Ramp soup means spring is officially real.",
      "social", parent="b2")
    P("b2g", "ivy-and-biscuit.bsky.social", "Is the patio dog-friendly? Asking for Biscuit.",
      "social", parent="b2")
    P("b2h", "tildeandrye.com",
      "It is, as soon as it's warm enough to open it! The water bowl's already bought "
      "\U0001f436", "marketing", parent="b2g")

    P("b3", "jonah-whitcombe.bsky.social",
      "Anniversary dinner at Tilde & Rye tonight. 50 minute wait for mains and my risotto came "
      "out lukewarm. Our server was lovely and clearly slammed. Writing a 2-star review, which "
      "hurts, because I wanted to love it.", "social", at="2026-04-13 20:40")
    P("b3a", "reviewfix-pro.bsky.social", REVIEWFIX, "spam", parent="b3")
    P("b3b", "jonah-whitcombe.bsky.social", "I am the customer.", "social", parent="b3a",
      d=(2, 15))
    P("b3c", "margo-eats.bsky.social",
      "Monday of a new menu is brutal, but 50 minutes is 50 minutes. Say so in the review. "
      "That's how kitchens get better.", "social", parent="b3")
    P("b3d", "keisha-port.bsky.social",
      "Server here: please do mention the server was lovely. It matters more than you'd think "
      "when the manager reads it.", "social", parent="b3")
    P("b3e", "pete-on-the-line.bsky.social",
      "One cook down on a launch night is a nightmare, and risotto's the first thing to "
      "suffer. Not an excuse, just how it goes.", "social", parent="b3", d=(90, 200))
    P("b3f", "tildeandrye.com",
      "Jonah, I'm sorry. That's on us, not on Kira who served you: we opened the new menu with "
      "a cook out sick and it showed. Your anniversary deserved better. If you'll let us, "
      "dinner's on the house; just email dario@tildeandrye.com. \u2014 Dario", "marketing",
      parent="b3")
    P("b3g", "jonah-whitcombe.bsky.social",
      "That's really decent of you. We'll come back. Bumping it to 3 stars for the reply "
      "alone.", "social", parent="b3f")

    # --- Tuesday 14 April
    P("b4", "haldane-inspections.bsky.social",
      "\U0001f37d\ufe0f New inspection results (Apr 13): Tilde & Rye, 114 Ferry St: PASS, 0 "
      "critical, 1 minor (handwashing sign missing). Canal Noodle Bar, 9 Canal St: PASS, 0 "
      "critical. The Ox & Barrow, 301 Main St: CONDITIONAL, 2 critical (cold holding). Data: "
      "Port Haldane open data portal.", "social", at="2026-04-14 14:15:06")
    P("b4a", "margo-eats.bsky.social",
      "The Ox & Barrow's cold holding again. Third time since I started reading this feed.",
      "social", parent="b4")
    P("b4b", "pete-on-the-line.bsky.social",
      "A missing handwashing sign is the most 'we're actually clean' minor there is.",
      "social", parent="b4")
    P("b4c", "lauren-kessler.bsky.social",
      "I love that someone built this. I check it before every new place I try.", "social",
      parent="b4")
    P("b4d", "tildeandrye.com", "Sign's up as of 3pm \U0001f9fc", "marketing", parent="b4",
      d=(30, 70))

    P("b5", "pete-on-the-line.bsky.social",
      "Closing shift thought: the customer reviews that hurt are never the mean ones. It's "
      "'the food was fine.' Fine. I braised that for six hours.", "social",
      at="2026-04-14 23:10")
    P("b5a", "reviewfix-pro.bsky.social", REVIEWFIX, "spam", parent="b5")
    P("b5b", "pete-on-the-line.bsky.social",
      "Buddy I'm a line cook. I don't own a business. I own a pair of clogs.", "social",
      parent="b5a", d=(2, 10))
    P("b5c", "margo-eats.bsky.social",
      "'Fine' is what I wrote when I didn't want to be cruel. You're right, it's worse.",
      "social", parent="b5")
    P("b5d", "keisha-port.bsky.social", "Front of house version: 'service was adequate.'",
      "social", parent="b5")
    P("b5e", "gabe-eats-late.bsky.social",
      "Had your short rib last week and it was a lot better than fine. Just so you know.",
      "social", parent="b5")

    # --- Wednesday 15 April
    P("b6", "lauren-kessler.bsky.social",
      "Is it me or are the reviews for the new place on Canal St suspicious? 140 five-star "
      "reviews in three weeks, all posted on weekdays between 2 and 4, half of them from "
      "accounts with one review.", "social", at="2026-04-15 09:20")
    P("b6a", "reviewfix-pro.bsky.social", REVIEWFIX, "spam", parent="b6")
    P("b6b", "lauren-kessler.bsky.social", "Case in point.", "social", parent="b6a",
      d=(1, 8))
    P("b6c", "margo-eats.bsky.social",
      "Bought reviews have a smell. Same adjectives, no dishes named, nobody ever mentions the "
      "bathroom.", "social", parent="b6")
    P("b6d", "tomasz-w.bsky.social",
      "I work in ad tech and that's exactly what a paid batch looks like. The platform will "
      "catch it eventually. Maybe.", "social", parent="b6")
    P("b6e", "nadia-farrow.bsky.social",
      "I ate there. It was fine. Not 140-five-stars fine.", "social", parent="b6")
    P("b6f", "sam-oyinlola.bsky.social",
      "What gets me is that small places with honest 4.2s sit right next to fake 4.9s and lose.",
      "social", parent="b6")
    P("b6h", "keisha-port.bsky.social",
      "Weekdays between 2 and 4 is so funny. That's somebody's shift.", "social", parent="b6")
    P("b6g", "chloe-eats-haldane.bsky.social",
      "If any local spots want authentic reach instead of fake reviews, my DMs are open "
      "\U0001f495 collab rates in bio", "spam", parent="b6")

    P("b7", "haldanefoodbank.org",
      "This Saturday is Plate It Forward: 14 Port Haldane restaurants and caf\u00e9s are giving "
      "10% of their sales to the food bank. Eat out, do good. The full list \U0001f449 "
      "haldanefoodbank.org/plate", "marketing", at="2026-04-15 12:00")
    P("b7a", "fivestar-boost.bsky.social", fivestar("Port Haldane Food Bank"), "spam",
      parent="b7")
    P("b7b", "tildeandrye.com",
      "Proud to be one of the 14 \U0001f9e1 We're adding a second seating on Saturday for it. "
      "\u2014 Dario", "marketing", parent="b7")
    P("b7c", "ivy-and-biscuit.bsky.social", "Saturday dinner: decided.", "social",
      parent="b7")
    P("b7d", "margo-eats.bsky.social",
      "Twelve of the fourteen are on my list of favourites, and I'll try the other two.",
      "social", parent="b7")
    P("b7e", "brightwater-roasters.bsky.social",
      "We're in too! 10% of Saturday's caf\u00e9 sales to the food bank \u2615", "marketing",
      parent="b7")

    P("b15", "gabe-eats-late.bsky.social",
      "Late-night food in Port Haldane is Canal Noodle Bar and a prayer. Who's actually open "
      "past 11?", "social", at="2026-04-15 22:40")
    P("b15a", "pete-on-the-line.bsky.social",
      "Ox & Barrow's kitchen goes till midnight on Fridays. Don't order anything cold.",
      "social", parent="b15")
    P("b15b", "margo-eats.bsky.social", "Ninefold Wok, till 1 on weekends. The salt and pepper "
      "squid is the reason to stay up.", "social", parent="b15")
    P("b15c", "keisha-port.bsky.social",
      "Industry people eat at the diner on Quay St after 1. Nobody tells the public that.",
      "social", parent="b15")
    P("b15d", "tildeandrye.com",
      "Our bar menu runs till 11:30, Thursday to Saturday \U0001f35f", "marketing",
      parent="b15")

    # --- Thursday 16 April
    P("b8", "haldane-weather.bsky.social",
      "Port Haldane, Thu Apr 16: \u2600\ufe0f Sunny. High 67\u00b0F, low 49\u00b0F. Wind W 5-10 "
      "mph. Sunrise 6:26 AM, sunset 7:45 PM.", "social", at="2026-04-16 06:00:00")
    P("b8a", "margo-eats.bsky.social", "Patio season is no longer a rumour.", "social",
      parent="b8")
    P("b8b", "gabe-eats-late.bsky.social", "67 and sunny on my day off. Canal walk and "
      "noodles.", "social", parent="b8")

    P("b9", "brightwater-roasters.bsky.social",
      "New on the shelf: a washed Ethiopian with notes of bergamot and apricot \U0001f351 "
      "Brewing it at the caf\u00e9 all week; bags at brightwaterroasters.com", "marketing",
      at="2026-04-16 10:30")
    P("b9a", "fivestar-boost.bsky.social", fivestar("Brightwater Roasters"), "spam",
      parent="b9")
    P("b9b", "nadia-farrow.bsky.social", "The bergamot one was lovely last year.", "social",
      parent="b9")
    P("b9d", "margo-eats.bsky.social", "Bergamot and Apricot is what I'd name a pair of cats.",
      "social", parent="b9")
    P("b9c", "tomasz-w.bsky.social", "Got a bag this morning. Tastes like a very polite Earl "
      "Grey.", "social", parent="b9")

    P("b10", "sam-oyinlola.bsky.social",
      "Tilde & Rye tonight: the halibut was worth the wait, and the rhubarb tart has ruined all "
      "other tarts for me. @margo-eats.bsky.social you were right.", "social",
      at="2026-04-16 21:50")
    P("b10a", "margo-eats.bsky.social", "I'm always right about tarts.", "social",
      parent="b10")
    P("b10b", "tildeandrye.com", "Thank you, Sam \U0001f9e1 Telling the kitchen right now.",
      "marketing", parent="b10", d=(4, 30))
    P("b10c", "chloe-eats-haldane.bsky.social",
      "Omg looks amazing! Local spots, I run paid spotlights for restaurants, DM me "
      "\U0001f495", "spam", parent="b10", at="2026-04-17 10:25")
    P("b10d", "jonah-whitcombe.bsky.social",
      "Going back Saturday for Plate It Forward. Second chance, and it's for the food bank.",
      "social", parent="b10")

    # --- Friday 17 April
    P("b11", "tildeandrye.com",
      "A note on reviews, since it's come up this week: we don't buy them, we don't remove "
      "them, and we read every one, the two-star ones most closely. If something went wrong, "
      "tell us: dario@tildeandrye.com. Thank you for a great first week of the spring menu. "
      "\u2014 Dario", "marketing", at="2026-04-17 11:00")
    P("b11a", "reviewfix-pro.bsky.social", REVIEWFIX, "spam", parent="b11")
    P("b11b", "fivestar-boost.bsky.social", fivestar("Tilde & Rye"), "spam", parent="b11")
    P("b11c", "margo-eats.bsky.social",
      "And there are the bots, right on cue, under the post saying no thank you.", "social",
      parent="b11", ref="b11b")
    P("b11d", "lauren-kessler.bsky.social",
      "The replies under this post are the best argument for it.", "social", parent="b11",
      ref="b11b")
    P("b11e", "jonah-whitcombe.bsky.social", "Can confirm they read the two-star ones.",
      "social", parent="b11")
    P("b11f", "keisha-port.bsky.social",
      "Good on you. Our owner buys them and the whole staff hates it.", "social",
      parent="b11")

    P("b12", "haldane-inspections.bsky.social",
      "\U0001f37d\ufe0f New inspection results (Apr 16): Brightwater Roasters caf\u00e9, 40 Quay "
      "St: PASS, 0 critical. Ninefold Wok, 88 Canal St: PASS, 0 critical. The Ox & Barrow, 301 "
      "Main St (re-inspection): PASS, 0 critical. Data: Port Haldane open data portal.",
      "social", at="2026-04-17 14:15:03")
    P("b12a", "margo-eats.bsky.social", "Ox & Barrow fixed the cold holding. Going back for "
      "the pie.", "social", parent="b12")
    P("b12c", "lauren-kessler.bsky.social",
      "Ninefold Wok passing makes me irrationally happy.", "social", parent="b12")
    P("b12b", "pete-on-the-line.bsky.social",
      "Our re-inspection is next week. Everyone's scrubbing things that have never been "
      "scrubbed.", "social", parent="b12")

    # --- Saturday 18 April
    P("b14", "haldane-weather.bsky.social",
      "Port Haldane, Sat Apr 18: \U0001f327\ufe0f Rain until noon, then clearing. High "
      "61\u00b0F, low 47\u00b0F. Wind NW 10 mph. Sunrise 6:23 AM, sunset 7:47 PM.", "social",
      at="2026-04-18 06:00:00")
    P("b14b", "margo-eats.bsky.social",
      "Clearing by dinner. Plate It Forward is going to be packed.", "social", parent="b14")
    P("b14a", "ivy-and-biscuit.bsky.social", "Biscuit has been informed. He's not pleased.",
      "social", parent="b14")

    P("b13", "jonah-whitcombe.bsky.social",
      "Second-chance dinner at Tilde & Rye for Plate It Forward: mains in 20 minutes, risotto "
      "hot, and Dario came to the table to apologise in person, which he didn't have to do. "
      "Updated my review to 5 stars.", "social", at="2026-04-18 21:30")
    P("b13a", "reviewfix-pro.bsky.social", REVIEWFIX, "spam", parent="b13")
    P("b13b", "margo-eats.bsky.social", "This is how it's supposed to work.", "social",
      parent="b13")
    P("b13c", "sam-oyinlola.bsky.social", "Love a redemption arc.", "social", parent="b13")
    P("b13d", "tildeandrye.com",
      "Thank you for coming back, Jonah. Happy (belated) anniversary \U0001f9e1 \u2014 Dario",
      "marketing", parent="b13", d=(20, 90))
    P("b13e", "gabe-eats-late.bsky.social",
      "Ate there tonight too, the line was out the door for the food bank. Good night for "
      "Ferry St.", "social", parent="b13")

    s.trigger("reviewfix-pro.bsky.social", "every post (thread root) saying review(s)",
              lambda p, s: p["parent"] is None and s.authors[p["author"]]["role"] != "bot"
              and REVIEW_RE.search(p["text"]))
    s.trigger("fivestar-boost.bsky.social", "every post (thread root) by a business or cause",
              lambda p, s: p["parent"] is None and s.authors[p["author"]]["role"] == "brand")
    return s


# ==========================================================================================
# 5. Blog: SEO comment spam with keyword names and website links on a home cook's recipe blog
# ==========================================================================================
JESSICA = ("Made this last night and my whole family loved it!! Will definitely be making it "
           "again \u2b50\u2b50\u2b50\u2b50\u2b50")


def blog():
    s = Stream("blog_recipe_seo_comment_spam.jsonl", "blog", -4,
               "Blog: SEO comment spam with keyword names and website links, and a "
               "review-shaped bot, on a home cook's recipe blog")
    A = s.author
    A("Mairead Collins", "person", median=240, window=(6.5, 22.5),
      url="https://saltandcrumb.ca", email="mairead@saltandcrumb.ca")
    A("Bernadette Quinlan", "prolific_person", median=8, window=(5.0, 24.5), tz=-3.5,
      email="bernie.quinlan@fogmail.net")
    A("Best Air Fryer Picks", "bot", delay=(1800, 43200),
      url="https://bestairfryerpicks.net/top-10-air-fryers-2026/",
      email="seo.team.4471@mailrapid.net")
    A("Roofing Contractor Dartley", "bot", delay=(3600, 64800),
      url="https://dartleyroofingpros.com", email="outreach@dartleyroofingpros.com")
    A("Cheap Flights Hub", "bot", delay=(7200, 86400), url="https://cheapflightshub.site",
      email="linkteam@cheapflightshub.site")
    A("Jessica M.", "bot", delay=(600, 3600), url="https://luckyreelspins.online/bonus",
      email="jessica.m.8832@postfast.net")
    A("Ryan Cole", "spammer", median=300, window=(9.0, 18.0), tz=-5,
      url="https://homekitchenguide.org", email="ryan@homekitchenguide.org")
    A("Cape Mill Flour", "brand", median=240, window=(9.0, 17.0), weekdays=True,
      url="https://capemillflour.ca", email="hello@capemillflour.ca")
    A("The Crumb Diaries", "person", note="a fellow baker's blog; WordPress sends its pingback")
    A("Hugh Dempsey", "person", median=200, email="hdempsey@tidemail.ca")
    A("Tamsin Reyes", "person", median=300, url="https://tamsinknits.net",
      email="tamsin@tamsinknits.net")
    A("Priya Raman", "person", median=240, window=(6.0, 22.0), tz=-5,
      email="priya.raman@kettlemail.com")
    A("Colm O'Brien", "person", median=300, tz=0, email="colm.obrien@lochpost.ie")
    A("Kwabena Asante", "person", median=300, tz=0, email="kwabena.asante@lochpost.co.uk")
    A("Dave Tremblay", "person", median=180, email="dave.tremblay@tidemail.ca")
    A("Shona MacLeod", "person", median=240, tz=0, email="shona.macleod@lochpost.co.uk")
    A("Emily Nakamura", "person", median=300, window=(7.0, 23.5), tz=9,
      email="emily.nakamura@sakuramail.jp")
    A("Ange L.", "person", median=300, email="ange.l@fogmail.net")
    A("Gwen Pardy", "person", median=240, window=(6.0, 22.0), tz=-3.5,
      email="gwen.pardy@fogmail.net")
    P = s.post

    # --- Monday 2 February
    P("p1", "Mairead Collins",
      "One-bowl molasses oat bread (no mixer, no kneading)\n\nThis is the bread my mother "
      "made every Saturday in a blue enamel bowl, and it's the first thing I teach anyone who "
      "says they can't bake. Rolled oats soaked in boiling water with molasses and butter, a "
      "little yeast, all-purpose flour, one long rise in the bowl and one in the tin. It makes "
      "the house smell like a Maritime kitchen in February.", "social",
      at="2026-02-02 08:05")
    P("p1a", "Bernadette Quinlan",
      "Oh, this takes me back. My mother used blackstrap and it came out nearly black. Do you "
      "find fancy molasses makes it too sweet?", "social", parent="p1")
    P("p1b", "Mairead Collins",
      "I use fancy, but only half a cup. Blackstrap works if you go half and half, otherwise "
      "it turns bitter.", "social", parent="p1a")
    P("p1c", "Best Air Fryer Picks",
      "Wow, this recipe looks delicious! Thank you for sharing such wonderful content. I will "
      "definitely try it this weekend. Keep up the great work!", "spam", parent="p1")
    P("p1d", "Hugh Dempsey",
      "Made it yesterday. My loaf sank a bit in the middle on the second rise. Overproofed?",
      "social", parent="p1", at="2026-02-03 19:40")
    P("p1e", "Mairead Collins",
      "Probably. In a warm kitchen the second rise can be done in 35 minutes. Poke test: if "
      "the dent doesn't spring back at all, it's gone too far.", "social", parent="p1d")
    P("p1f", "Hugh Dempsey",
      "Kitchen was next to the woodstove. That'll be it. Tasted great sunk, mind.", "social",
      parent="p1e")
    P("p1g", "Jessica M.", JESSICA, "spam", parent="p1")
    P("p1h", "Tamsin Reyes",
      "I made this with steel-cut oats by mistake and it was chewy but honestly kind of great? "
      "Like a flapjack that's also bread. My kids have asked for 'the crunchy one' again.",
      "social", parent="p1")
    P("p1i", "Mairead Collins", "Ha! 'The crunchy one' is going in the recipe notes.",
      "social", parent="p1h")
    P("p1j", "Roofing Contractor Dartley",
      "Great post! Very informative and well written. I have bookmarked your site and will "
      "be back for more.", "spam", parent="p1")
    P("p1k", "Ryan Cole",
      "Great recipe! For readers who don't want to knead by hand, a bread machine makes this "
      "kind of oat bread really easy. I put together a guide to the best bread machines of "
      "2026 here: homekitchenguide.org/best-bread-machines \u2014 hope it helps!", "spam",
      parent="p1")
    P("p1l", "Bernadette Quinlan", "It's a no-knead recipe, dear. It says so in the title.",
      "social", parent="p1k")
    P("p1m", "Priya Raman",
      "Can this be made dairy-free? My son can't have butter.", "social", parent="p1")
    P("p1n", "Mairead Collins",
      "Yes, a neutral oil or a plant butter both work. Use 3 tablespoons of oil in place of "
      "the quarter cup of butter.", "social", parent="p1m")
    P("p1o", "Cheap Flights Hub", "Nice blog! Thanks for the info.", "spam", parent="p1")

    # --- Wednesday 4 February
    P("p2", "Mairead Collins",
      "Fish cakes the way Nan made them\n\nSalt cod soaked for two days with the water "
      "changed four times, floury potatoes mashed with nothing but butter, a grated onion, "
      "summer savory and a beaten egg. Fried in a cast-iron pan in pork fat if you're Nan, in "
      "oil if you're me. Served with chow, which is another post.", "social",
      at="2026-02-04 09:30")
    P("p2a", "Bernadette Quinlan",
      "Summer savory! Finally someone who doesn't swap it for thyme. This is a Newfoundland "
      "fish cake and I'll be claiming it for us.", "social", parent="p2")
    P("p2b", "Mairead Collins", "Nan was from Bonavista Bay, so you're entitled.", "social",
      parent="p2a")
    P("p2c", "Jessica M.", JESSICA, "spam", parent="p2")
    P("p2d", "Colm O'Brien",
      "Salt cod is hard to find where I am. Could you do it with fresh cod and salt it "
      "overnight?", "social", parent="p2")
    P("p2e", "Mairead Collins",
      "You can. Bury a fillet in coarse salt overnight, rinse it well, then poach it. The "
      "texture's softer, but it's still a good fish cake.", "social", parent="p2d")
    P("p2f", "Best Air Fryer Picks",
      "This recipe looks amazing! Thanks for sharing such great content, I will definitely "
      "try it soon. Keep it up!", "spam", parent="p2")
    P("p2g", "Kwabena Asante",
      "Made these for my wife, who's from Dartmouth and has been homesick all winter. She "
      "cried a bit. Thank you.", "social", parent="p2")
    P("p2h", "Mairead Collins",
      "That's the nicest thing anyone has ever written in these comments. Tell her the chow "
      "post is coming.", "social", parent="p2g")
    P("p2i", "Roofing Contractor Dartley",
      "Great article! Very helpful information. I have bookmarked this page and will share it "
      "with my friends.", "spam", parent="p2")
    P("p2j", "Dave Tremblay",
      "Cast iron and oil here too. My nan used lard and my cardiologist has opinions.",
      "social", parent="p2")
    P("p2k", "Shona MacLeod", "What's chow? Scottish reader, very confused.", "social",
      parent="p2")
    P("p2l", "Bernadette Quinlan",
      "Green tomato chow, a sweet pickle. Every Maritime and Newfoundland kitchen has a jar "
      "open from September on.", "social", parent="p2k")
    P("p2m", "Ryan Cole",
      "Love this! If anyone wants to make their fish cakes healthier, an air fryer works "
      "great. I compared the top models here: homekitchenguide.org/air-fryers", "spam",
      parent="p2")

    # --- Friday 6 February
    P("p3", "Mairead Collins",
      "Why my sourdough was flat for three months (and what fixed it)\n\nLast autumn every "
      "loaf spread like a pancake. I changed the flour, the hydration, the starter feeding, the "
      "oven. The answer was embarrassing: my kitchen had got colder, my starter was sluggish, "
      "and I was shaping dough that hadn't finished its bulk ferment. Here's how I learned to "
      "read the dough instead of the clock.", "social", at="2026-02-06 10:10")
    P("p3a", "Bernadette Quinlan",
      "Reading the dough instead of the clock is the whole of baking, and it took me forty "
      "years to learn it.", "social", parent="p3")
    P("p3b", "Emily Nakamura",
      "My apartment is 15\u00b0C in winter. I started proofing in the microwave with a cup of "
      "boiling water next to the dough and it changed everything.", "social", parent="p3")
    P("p3c", "Mairead Collins",
      "The microwave trick is the best one. Just put a note on the door so nobody reheats "
      "their coffee on your dough.", "social", parent="p3b")
    P("p3d", "Priya Raman",
      "Which flour did you end up with? I'm using a supermarket bread flour and I think it's "
      "weak.", "social", parent="p3")
    P("p3e", "Mairead Collins",
      "I use Cape Mill's strong bread flour, for no better reason than the mill is an hour "
      "from me and my bread got better the month I switched. Anything around 13% protein will "
      "do.", "social", parent="p3d")
    P("p3f", "Cape Mill Flour",
      "Hi Priya, our strong bread flour is 13.2% protein, and we publish the numbers for "
      "every batch at capemillflour.ca/specs. Mairead's right that anything around 13% will "
      "do the job. Happy baking!", "marketing", parent="p3d", ref="p3e")
    P("p3g", "Jessica M.", JESSICA, "spam", parent="p3")
    P("p3h", "Best Air Fryer Picks",
      "Oh wow, this dish looks delicious! Thank you for this wonderful post. I will definitely "
      "try it this weekend!", "spam", parent="p3")
    P("p3i", "Hugh Dempsey",
      "This is me right now. Flat loaves since Christmas. Going to try the oven with the light "
      "on.", "social", parent="p3")
    P("p3j", "Mairead Collins",
      "Do! Check it with a thermometer though, some oven lights run hot enough to start "
      "cooking it.", "social", parent="p3i")
    P("p3k", "Cheap Flights Hub", "Nice post! Thanks for the info.", "spam", parent="p3")
    P("p3l", "Ange L.",
      "Six years of sourdough and I never once thought about my kitchen temperature. Feeling "
      "very seen.", "social", parent="p3")
    P("p3m", "The Crumb Diaries",
      "[\u2026] Mairead at Salt & Crumb has the best write-up I've read of the cold-kitchen "
      "problem: her loaves spread for three months and the cause was the bulk ferment, not "
      "the flour. I'd add one thing for anyone with a wood stove: the shelf above it is warm, "
      "but it swings ten degrees when the fire dies down overnight [\u2026]", "social",
      parent="p3", at="2026-02-07 15:22",
      pingback="https://crumbdiaries.net/2026/02/07/cold-kitchen-sourdough/")
    P("p3n", "Ryan Cole",
      "Great troubleshooting tips! A proofing box takes the guesswork out of temperature. I "
      "reviewed the top 5 here: homekitchenguide.org/proofing-boxes", "spam", parent="p3")

    # --- Sunday 8 February
    P("p4", "Mairead Collins",
      "Blueberry grunt for a snowed-in Sunday\n\nA grunt is a Nova Scotia stovetop cobbler: "
      "wild blueberries simmered with sugar and lemon, with dumplings dropped on top and "
      "steamed under the lid, where they grunt and sigh as they cook. Frozen berries work "
      "perfectly, which is the only reason anyone can make it in February.", "social",
      at="2026-02-08 12:20")
    P("p4a", "Bernadette Quinlan",
      "We'd call it a blueberry duff, but we'll not fight about it today.", "social",
      parent="p4")
    P("p4b", "Gwen Pardy",
      "Made it this afternoon with the storm going. My husband had three helpings and then "
      "said 'it's a bit like a pudding.' Yes, Gerald.", "social", parent="p4",
      at="2026-02-08 19:05")
    P("p4c", "Jessica M.", JESSICA, "spam", parent="p4")
    P("p4d", "Roofing Contractor Dartley",
      "Great post! Very informative and well written. I have bookmarked your site and will "
      "be back for more.", "spam", parent="p4")
    P("p4e", "Mairead Collins", "Gerald is correct and we don't have to tell him.", "social",
      parent="p4b")
    P("p4f", "Shona MacLeod",
      "I'd never heard of a grunt and now I need one. Would frozen cultivated blueberries "
      "work, or are wild ones essential?", "social", parent="p4")
    P("p4g", "Mairead Collins",
      "Cultivated work fine; they're just bigger and juicier. Add a spoon of cornstarch so it "
      "isn't soupy.", "social", parent="p4f")
    P("p4h", "Colm O'Brien", "The name alone sold me.", "social", parent="p4")
    P("p4i", "Best Air Fryer Picks",
      "Wow, this recipe looks delicious! Thank you for sharing such wonderful content. I will "
      "definitely try it soon. Keep up the great work!", "spam", parent="p4")
    P("p4j", "Dave Tremblay",
      "Storm here too. The power went out just as the dumplings went in, so I finished it on "
      "the woodstove. Best grunt I've ever made, probably because I was cold and scared.",
      "social", parent="p4")
    P("p4k", "Kwabena Asante",
      "My wife's verdict: 'this is the one from my childhood.' You're two for two in our "
      "house.", "social", parent="p4")

    # --- Wednesday 11 February
    P("p5", "Mairead Collins",
      "Your questions: flour, salt and substitutions\n\nYou've asked a lot of good questions "
      "in the comments this month, so here are the answers in one place: which flour, what "
      "'fancy' molasses means, how to salt your own cod, what to use instead of summer savory, "
      "and why I will not be giving air fryer instructions for fish cakes.", "social",
      at="2026-02-11 09:00")
    P("p5a", "Bernadette Quinlan",
      "The air fryer line made me laugh out loud in an empty kitchen.", "social",
      parent="p5")
    P("p5b", "Best Air Fryer Picks",
      "This post looks amazing! Thanks for sharing such great content, I will definitely try "
      "it this weekend. Keep it up!", "spam", parent="p5")
    P("p5c", "Jessica M.", JESSICA, "spam", parent="p5")
    P("p5d", "Hugh Dempsey",
      "Update from the sunken loaf man: second rise 35 minutes, perfect dome. Thank you.",
      "social", parent="p5")
    P("p5e", "Mairead Collins", "A perfect dome! Well done, Hugh.", "social", parent="p5d")
    P("p5f", "Tamsin Reyes", "Small question: can you freeze the fish cakes before frying?",
      "social", parent="p5")
    P("p5g", "Mairead Collins",
      "Yes, freeze them on a tray, then bag them. Fry from frozen over a lower heat, about 6 "
      "minutes a side.", "social", parent="p5f")
    P("p5h", "Priya Raman",
      "Thank you for the dairy-free note. My son now asks for 'the brown bread' by name.",
      "social", parent="p5")
    P("p5i", "Ryan Cole",
      "Helpful round-up! Your readers might also like my guide to the different types of "
      "salt: homekitchenguide.org/types-of-salt", "spam", parent="p5")
    P("p5j", "Mairead Collins",
      "Ryan, I've left your comments up so people can see them, but please stop. Four "
      "comments, four links to your site, none of them about what we're talking about.",
      "social", parent="p5i")
    P("p5k", "Emily Nakamura", "Summer savory is impossible to find here. What's closest?",
      "social", parent="p5")
    P("p5l", "Mairead Collins",
      "Thyme with a little sage, or just thyme. Don't tell Bernadette.", "social",
      parent="p5k")
    P("p5m", "Bernadette Quinlan", "I saw that.", "social", parent="p5l")
    P("p5n", "Cheap Flights Hub", "Nice blog! Thanks for the info.", "spam", parent="p5")
    P("p5o", "Roofing Contractor Dartley",
      "Great article! Very helpful information. I have bookmarked this page and will share it "
      "with my friends.", "spam", parent="p5")

    # --- Friday 13 February
    P("p6", "Mairead Collins",
      "Green tomato chow (the promised post)\n\nEvery September my mother cleared the last "
      "green tomatoes off the vines before the frost and turned them into chow: tomatoes and "
      "onions salted overnight, then simmered with vinegar, brown sugar and pickling spice "
      "until it goes thick and dark. It's what goes with fish cakes, beans and cold meat, and "
      "for the Scottish readers who asked: no, it's not a chutney, and also yes, it is.",
      "social", at="2026-02-13 08:40")
    P("p6a", "Bernadette Quinlan",
      "Mustard seed in the spice bag, or it's not chow. I'll die on this hill.", "social",
      parent="p6")
    P("p6b", "Shona MacLeod", "Finally! And the chutney line is fair.", "social",
      parent="p6")
    P("p6c", "Jessica M.", JESSICA, "spam", parent="p6")
    P("p6d", "Mairead Collins",
      "@Bernadette there is mustard seed in it. Second line of the spice list.", "social",
      parent="p6a")
    P("p6e", "Best Air Fryer Picks",
      "Wow, this recipe looks delicious! Thank you for sharing such wonderful content. I will "
      "definitely try it this weekend. Keep up the great work!", "spam", parent="p6")
    P("p6f", "Dave Tremblay",
      "Chow on a fish cake is the best thing Nova Scotia ever did. Making a half batch from "
      "the tomatoes I froze in October.", "social", parent="p6")
    P("p6g", "Gwen Pardy", "Gerald says it's 'a bit like a relish.' I'm leaving him.",
      "social", parent="p6")
    P("p6h", "Cheap Flights Hub", "Nice post! Thanks for the info.", "spam", parent="p6")
    return s


# ==========================================================================================
# 6. Mastodon: an LLM answer bot that answers questions cleanly, then slips in a referral link
# ==========================================================================================
def mastodon():
    s = Stream("mastodon_foss_answer_bot_referral.jsonl", "mastodon", 2,
               "Mastodon: an LLM-worded answer bot that answers tech questions cleanly for two "
               "days, then adds a hosting referral link, beside a release bot and a CVE feed")
    A = s.author
    A("devon_ops@techhub.chat", "bot", delay=(40, 200))
    A("tidewater_releases", "bot", note="mirrors the project's GitHub releases within a minute "
      "of the tag; never replies")
    A("cvewatch@secfeeds.net", "bot", note="posts new CVEs from the public feed at any hour; "
      "never replies")
    A("kofi", "person", median=40, window=(8.0, 24.5))
    A("ilse", "prolific_person", median=5, window=(6.0, 26.0))
    A("nimbushost@nimbus.host", "brand", median=90, window=(9.0, 18.0), weekdays=True)
    A("bramblecon@bramble.events", "brand", median=120, window=(9.0, 18.0), weekdays=True)
    A("recruit_jana@talentbridge.work", "spammer", median=45, window=(9.0, 18.0), tz=1)
    A("mirela", "person", median=30)
    A("tobias_k", "person", median=25)
    A("ludo", "person", median=20, window=(9.0, 25.0))
    A("hedda", "person", median=20, window=(12.0, 29.0))
    A("petr", "person", median=30, window=(7.0, 23.0))
    A("omid", "person", median=30)
    A("jonas_writes_c", "person", median=35, window=(8.0, 25.0))
    A("ana_lu@kettlewick.social", "person", median=40, tz=1)
    A("rafa@kettlewick.social", "person", median=30, tz=1)
    A("sunniva@brasswing.net", "person", median=30)
    A("bea_k8s@brasswing.net", "person", median=25)
    P = s.post

    # --- Monday 12 October
    P("m3", "cvewatch@secfeeds.net",
      "CVE-2026-41187 (HIGH, 8.1): heap overflow in libtarn's chunked transfer decoder before "
      "2.9.4 lets a remote attacker run code with a crafted request. Fixed in 2.9.4. #CVE "
      "#libtarn", "social", at="2026-10-12 03:47:12")
    P("m3a", "ilse", "libtarn is in half the images I run. Patching before coffee.", "social",
      parent="m3")
    P("m3b", "petr",
      "Debian already has 2.9.4 in security. Nice work from whoever maintains that package.",
      "social", parent="m3")

    P("m1", "mirela",
      "Is there a clean way to make a systemd service restart itself if it crashes, but give "
      "up after a few tries so it doesn't loop forever? #linux #systemd", "social",
      at="2026-10-12 08:40")
    P("m1a", "devon_ops@techhub.chat",
      "Great question! Here's a clean way to do it:\n\n1. In the [Service] section, set "
      "`Restart=on-failure` and `RestartSec=5`.\n2. In the [Unit] section, set "
      "`StartLimitIntervalSec=300` and `StartLimitBurst=5`.\n3. Run `systemctl "
      "daemon-reload` and restart the service.\n\nThis restarts it after a crash but stops "
      "after 5 failures in 5 minutes. Hope this helps! \U0001f680", "social", parent="m1")
    P("m1b", "ilse",
      "Restart=on-failure, plus StartLimitBurst and StartLimitIntervalSec in [Unit]. And add "
      "OnFailure= pointing at a unit that pings you, or it'll give up quietly and you won't "
      "find out until Monday.", "social", parent="m1")
    P("m1c", "mirela", "OnFailure is the bit I didn't know about. Thanks!", "social",
      parent="m1b")
    P("m1d", "mirela", "Thanks, that worked too.", "social", parent="m1a", ref="m1c",
      d=(1, 5))

    P("m2", "tobias_k",
      "rsync over ssh is crawling along at 3 MB/s on a gigabit LAN, and the CPU on the old NAS "
      "is at 100%. Any ideas before I throw it out of a window?", "social",
      at="2026-10-12 11:05")
    P("m2a", "devon_ops@techhub.chat",
      "Great question! A few things to check:\n\n1. **Cipher**: try `-e 'ssh -c "
      "aes128-gcm@openssh.com'`, which is much lighter on older CPUs.\n2. **Compression**: "
      "drop `-z` on a LAN; it costs CPU and saves nothing.\n3. **Checksums**: avoid `-c` "
      "unless you need it.\n4. **Disk**: check the NAS disk isn't the bottleneck with "
      "`iostat`.\n\nHope this helps! \U0001f680", "social", parent="m2")
    P("m2b", "ilse", "It's the -z. On an old NAS it's always the -z.", "social", parent="m2")
    P("m2c", "tobias_k", "It was the -z. 38 MB/s. The window is spared.", "social",
      parent="m2b")
    P("m2d", "omid",
      "On a trusted LAN, rsync's daemon mode skips ssh altogether, too.", "social",
      parent="m2")

    P("m4", "ludo", "why is it always DNS?", "social", at="2026-10-12 16:20")
    P("m4a", "devon_ops@techhub.chat",
      "Great question! DNS issues are common because:\n\n1. **Caching**: stale records can "
      "persist after changes (check your TTLs).\n2. **Propagation**: changes take time to "
      "reach every resolver.\n3. **Misconfiguration**: typos in records are easy to miss.\n\n"
      "To troubleshoot, try `dig +trace yourdomain.com`. Hope this helps! \U0001f680",
      "social", parent="m4")
    P("m4b", "ludo", "it was a rhetorical question, Devon", "social", parent="m4a",
      d=(1, 10))
    P("m4c", "hedda", "It's always DNS, except when it's MTU, and then you wish it was DNS.",
      "social", parent="m4")
    P("m4d", "ilse", "it's not DNS\nthere's no way it's DNS\nit was DNS", "social",
      parent="m4")
    P("m4e", "kofi",
      "A numbered list under a shitpost in under two minutes. Devon doesn't miss.", "social",
      parent="m4a")

    P("m5", "tidewater_releases",
      "\U0001f4e6 Tidewater v3.4.0 released\n\n\u2022 Incremental builds are now the default\n"
      "\u2022 New --drafts flag\n\u2022 Fixed: RSS feed dates in non-UTC time zones\n\n"
      "https://github.com/tidewater-ssg/tidewater/releases/tag/v3.4.0 #Tidewater "
      "#StaticSiteGenerator", "social", at="2026-10-12 19:31:04")
    P("m5a", "ilse",
      "Thanks to the 14 people who contributed to this one, and to Jonas for the RSS time zone "
      "fix that has annoyed me since 2024.", "social", parent="m5")
    P("m5b", "jonas_writes_c",
      "Only took three evenings and one existential crisis about time zones.", "social",
      parent="m5a")
    P("m5c", "ana_lu@kettlewick.social",
      "Incremental builds by default! Our club site goes from 40 seconds to 2.", "social",
      parent="m5", at="2026-10-13 10:50")
    P("m5d", "recruit_jana@talentbridge.work",
      "Love Tidewater! \U0001f680 We're hiring engineers who know static-site tooling, remote "
      "across the EU, \u20ac80-110k. DM me for details!", "spam", parent="m5")

    # --- Tuesday 13 October
    P("m7", "hedda",
      "3am and my zsh prompt takes 2 seconds to appear. What have I done to deserve this?",
      "social", at="2026-10-13 03:10")
    P("m7a", "devon_ops@techhub.chat",
      "Great question! A slow zsh prompt is usually caused by:\n\n1. **Plugins**: profile "
      "with `zmodload zsh/zprof` at the top of .zshrc and `zprof` at the bottom.\n2. **Git "
      "status** in large repos: turn it off for big directories.\n3. **nvm or similar**: "
      "lazy-load them.\n\nHope this helps! \U0001f680", "social", parent="m7")
    P("m7b", "hedda", "zprof says it's nvm. Thank you, fellow 3am person.", "social",
      parent="m7a", d=(3, 15))
    P("m7c", "ilse", "nvm is the answer to every slow-shell question I've ever seen.",
      "social", parent="m7b")

    P("m6", "ana_lu@kettlewick.social",
      "Our rowing club wants a simple website that three volunteers can update without "
      "learning git. Static site generator with a friendly editor? Budget: zero. #askfedi",
      "social", at="2026-10-13 09:15")
    P("m6a", "devon_ops@techhub.chat",
      "Great question! Here are a few options:\n\n1. **Tidewater**: fast and simple, with good "
      "docs.\n2. **A hosted CMS with a free tier** if nobody wants to touch files.\n3. **A "
      "static generator plus a git-based CMS**, so volunteers edit in the browser.\n\nThe "
      "third option is the best of both worlds. Hope this helps! \U0001f680", "social",
      parent="m6")
    P("m6b", "ilse",
      "Biased, as a Tidewater maintainer, but: Tidewater with its web editor plugin, on any "
      "static host's free tier. Volunteers only ever see a form. Happy to help you set it up.",
      "social", parent="m6")
    P("m6c", "ana_lu@kettlewick.social",
      "Yes please, that's exactly what we need. Can I DM you?", "social", parent="m6b")
    P("m6d", "ilse", "Of course.", "social", parent="m6c")
    P("m6e", "rafa@kettlewick.social",
      "Whatever you pick, write down who has the domain login. Every club I've been in lost "
      "its domain when a volunteer moved away.", "social", parent="m6")

    P("m9", "bramblecon@bramble.events",
      "\U0001f4e3 The call for talks for BrambleCon 2027 is open until 30 November! 20-minute "
      "talks and 5-minute lightning talks on free software, self-hosting and community. "
      "First-time speakers very welcome: we'll pair you with a mentor. bramble.events/cfp",
      "marketing", at="2026-10-13 10:00:00")
    P("m9a", "jonas_writes_c",
      "Submitting the time zone talk. 'Your RSS feed is lying to you.'", "social",
      parent="m9")
    P("m9b", "ilse", "Do it! I'll be in the front row, heckling lovingly.", "social",
      parent="m9a")
    P("m9c", "recruit_jana@talentbridge.work",
      "Great event! We're hiring senior Rust and Go engineers, fully remote, \u20ac90-120k. DM "
      "me for details \U0001f680", "spam", parent="m9")

    P("m8", "petr",
      "Postgres autovacuum has been running on one table for 9 hours and the table keeps "
      "growing. 400 GB. What do I look at first?", "social", at="2026-10-13 14:30")
    P("m8a", "devon_ops@techhub.chat",
      "Great question! Things to look at first:\n\n1. **Long-running transactions**: check "
      "`pg_stat_activity` for an old `xact_start`; they stop vacuum from removing rows.\n2. "
      "**Replication slots** that nothing is consuming.\n3. **Autovacuum settings** for that "
      "table: raise `autovacuum_vacuum_cost_limit`.\n\nHope this helps! \U0001f680", "social",
      parent="m8")
    P("m8b", "omid",
      "Nine hours and growing is nearly always a transaction left open somewhere. Look for "
      "'idle in transaction' in pg_stat_activity.", "social", parent="m8")
    P("m8c", "petr",
      "Found it. A reporting job opened a transaction on Sunday and never closed it. Killing "
      "it.", "social", parent="m8b")
    P("m8d", "kofi", "Every DBA's favourite villain: idle in transaction.", "social",
      parent="m8c")

    # --- Wednesday 14 October: the referral link appears
    P("m10", "sunniva@brasswing.net",
      "nginx gives me 502 Bad Gateway after I upgraded the app to a new Python version. The "
      "app answers fine if I curl its port directly. What am I missing?", "social",
      at="2026-10-14 10:40")
    P("m10a", "devon_ops@techhub.chat",
      "Great question! A 502 after an upgrade usually means:\n\n1. **The socket or port "
      "changed**: check `proxy_pass` matches where the app listens now.\n2. **Permissions**: "
      "nginx's user must be able to read the socket.\n3. **Timeouts**: raise "
      "`proxy_read_timeout` if startup is slow.\n\nIf you're tired of fighting server config, "
      "I moved my projects to NimbusVPS and haven't looked back. This link gets you 2 months "
      "free: nimbus.host/r/devops42\n\nHope this helps! \U0001f680", "spam", parent="m10")
    P("m10b", "ilse",
      "Check whether the app now listens on 127.0.0.1 or on ::1. The new version of that app "
      "server changed its default and caught half the fediverse last month.", "social",
      parent="m10")
    P("m10c", "sunniva@brasswing.net",
      "It was that! nginx was going to 127.0.0.1 and the app was only on ::1. Thank you!",
      "social", parent="m10b")
    P("m10d", "sunniva@brasswing.net",
      "Thanks, though I'm not changing hosts over a 502 \U0001f604", "social", parent="m10a",
      ref="m10c", d=(1, 6))

    P("m11", "omid",
      "What are people using for offsite backups of a small home server these days? About "
      "500 GB, mostly photos.", "social", at="2026-10-14 13:20")
    P("m11a", "devon_ops@techhub.chat",
      "Great question! Here's a solid setup:\n\n1. **restic** or **borg** for encrypted, "
      "deduplicated backups.\n2. Send them to an object storage bucket or a friend's "
      "server.\n3. Test a restore every month.\n\nI keep mine on a NimbusVPS storage box, "
      "here's 2 months free: nimbus.host/r/devops42\n\nHope this helps! \U0001f680", "spam",
      parent="m11")
    P("m11b", "kofi",
      "restic to a box at a friend's house, and I host theirs. Costs one pizza a year.",
      "social", parent="m11")
    P("m11c", "rafa@kettlewick.social",
      "Borg to a box in another country. And test the restore, which nobody does until the "
      "day they need it.", "social", parent="m11")
    P("m11d", "omid", "Testing the restore is the bit I've never done. Noted, with shame.",
      "social", parent="m11c")

    P("m12", "rafa@kettlewick.social",
      "Cheap VPS recommendations in the EU for a tiny chat server for my family? Nothing big, "
      "2 GB of RAM is plenty.", "social", at="2026-10-14 19:05")
    P("m12a", "devon_ops@techhub.chat",
      "Great question! For a small family server, look for:\n\n1. **EU data location** for "
      "privacy.\n2. **2 GB RAM, 1 vCPU** is plenty for a handful of users.\n3. **Snapshots** "
      "so you can roll back a bad upgrade.\n\nI personally use NimbusVPS (Frankfurt), and "
      "this link gets you 2 months free: nimbus.host/r/devops42\n\nHope this helps! "
      "\U0001f680", "spam", parent="m12")
    P("m12b", "ilse",
      "Any of the small EU hosts will do at that size. Pick one with snapshots, and maybe not "
      "the one recommended with a referral link by an account that answers every question on "
      "the fediverse in ninety seconds.", "social", parent="m12")
    P("m12c", "rafa@kettlewick.social", "...huh. Now that you say it.", "social",
      parent="m12b")
    P("m12d", "hedda",
      "I scrolled back. Devon has answered 31 questions since Monday, at every hour, always "
      "one to three minutes after the post, always 'Great question!' and 'Hope this helps! "
      "\U0001f680'. Since this morning every answer has the same referral link.", "social",
      parent="m12b", d=(20, 70))
    P("m12e", "ludo", "Devon answered my DNS shitpost with a numbered list. I should have "
      "known then.", "social", parent="m12d")

    # --- Thursday 15 October
    P("m13", "cvewatch@secfeeds.net",
      "CVE-2026-41902 (CRITICAL, 9.8): authentication bypass in the Quillgate admin panel 4.x "
      "before 4.7.2 lets an unauthenticated user reach admin functions. Fixed in 4.7.2. #CVE "
      "#Quillgate", "social", at="2026-10-15 02:20:31")
    P("m13a", "hedda",
      "Quillgate runs the login page of every university I've ever worked for. Somebody's "
      "having a bad Thursday.", "social", parent="m13", d=(5, 25))
    P("m13b", "ilse", "Patched ours. Thanks, cvewatch.", "social", parent="m13")

    P("m14", "bea_k8s@brasswing.net",
      "Kubernetes question: my pods get OOMKilled at exactly 512Mi even though the node has "
      "loads of free memory. Am I misunderstanding limits?", "social",
      at="2026-10-15 09:50")
    P("m14a", "devon_ops@techhub.chat",
      "Great question! `resources.limits.memory` is a hard cap per container, so:\n\n1. "
      "**Raise the limit** if the app really needs more.\n2. **Check for leaks** with your "
      "runtime's memory profiler.\n3. **Set requests and limits together** so scheduling "
      "matches reality.\n\nIf you'd rather not run Kubernetes yourself, NimbusVPS's managed "
      "clusters are great, 2 months free here: nimbus.host/r/devops42\n\nHope this helps! "
      "\U0001f680", "spam", parent="m14")
    P("m14b", "ilse",
      "Limits are per container, not per node. The node having free memory doesn't matter: "
      "the cgroup says 512Mi and the kernel means it.", "social", parent="m14")
    P("m14c", "bea_k8s@brasswing.net", "Oh. Oh no. I read that doc three times. Thank you.",
      "social", parent="m14b")
    P("m14d", "jonas_writes_c",
      "Also check your runtime actually knows about the limit. Some older ones size their "
      "heap from the node's memory.", "social", parent="m14")

    P("m15", "kofi",
      "Admin note about devon_ops@techhub.chat: 38 replies since Monday, every one 40 "
      "seconds to 3 minutes after the post, at every hour of the day and night, all from the "
      "same template. Since Wednesday morning each one ends with a NimbusVPS referral link. "
      "That's an automated account building trust and then selling. I've reported it to "
      "techhub.chat's admins and limited it here. If there's a person behind it, they can "
      "write to me and prove me wrong. #forgeyard #moderation", "social",
      at="2026-10-15 12:30")
    P("m15a", "hedda", "Thank you. The 3am zsh answer was a little too good.", "social",
      parent="m15", d=(5, 30))
    P("m15b", "ilse",
      "The Monday answers were correct, which is what makes it nasty. People will trust the "
      "link because the systemd bit was right.", "social", parent="m15")
    P("m15c", "mirela", "I thanked it on Monday. I feel weird about that now.", "social",
      parent="m15")
    P("m15d", "kofi",
      "Don't. Its answer was fine. That's what the first few days are for.", "social",
      parent="m15c")
    P("m15e", "nimbushost@nimbus.host",
      "Hi, Nimbus here. That account isn't us and doesn't work for us; it was using our "
      "public referral programme. We've closed the referral account and voided its credits, "
      "and we're looking at how automated accounts got into the programme. Sorry for the "
      "noise on your instance.", "marketing", parent="m15")
    P("m15f", "omid", "Appreciate the straight answer.", "social", parent="m15e")

    P("m16", "tidewater_releases",
      "\U0001f4e6 Tidewater v3.4.1 released\n\n\u2022 Fixed: incremental builds missed "
      "changes to shared templates\n\nhttps://github.com/tidewater-ssg/tidewater/releases/"
      "tag/v3.4.1 #Tidewater", "social", at="2026-10-15 17:00:41")
    P("m16a", "ana_lu@kettlewick.social",
      "That explains why our footer didn't update yesterday! Upgraded.", "social",
      parent="m16")
    P("m16b", "ilse",
      "Sorry, everyone. Regression test added so it never happens again (it will happen "
      "again).", "social", parent="m16")

    # --- Friday 16 and Saturday 17 October
    P("m17", "mirela",
      "Sent my first ever talk proposal to BrambleCon: 'systemd for people who are scared of "
      "systemd'. Terrified.", "social", at="2026-10-16 10:15")
    P("m17a", "ilse", "That's a talk I'd queue for. Good luck!", "social", parent="m17")
    P("m17b", "jonas_writes_c", "We can be terrified together. Mine went in yesterday.",
      "social", parent="m17")
    P("m17c", "recruit_jana@talentbridge.work",
      "Congrats! \U0001f389 By the way, we're hiring Linux platform engineers, remote, "
      "\u20ac85-115k. DM me!", "spam", parent="m17")
    P("m17d", "kofi", "The Monday thread where you learned OnFailure= could be slide 3.",
      "social", parent="m17")

    P("m18", "kofi",
      "Weekly instance report: 3 new members, 0 outages, 1 reply bot limited, 412 cups of "
      "coffee (estimated). Thanks for reporting things, everyone.", "social",
      at="2026-10-17 11:00")
    P("m18a", "ilse", "412 seems low.", "social", parent="m18")
    P("m18b", "hedda", "Half of those were mine, at 3am.", "social", parent="m18")
    P("m18c", "ludo", "why is it always coffee?", "social", parent="m18")

    s.trigger("devon_ops@techhub.chat", "every question posted (a thread root with '?')", lambda p, s: p["parent"] is None and "?" in p["text"]
              and s.authors[p["author"]]["role"] != "bot", end="2026-10-15 12:30")
    return s


# ==========================================================================================
# README
# ==========================================================================================
TITLE = ("# bots-fresh8: a 'recovery agent' scam ring, print-on-demand shirt bots, a "
         "dropshipping store's bots, review-removal bots, SEO comment spam on a recipe blog "
         "and an answer bot that turns into an affiliate")

INTRO = """\
Six hand-written scenario streams, one JSON-lines file each, in time order. Most posts are ordinary people talking. Mixed in are automated accounts (a ring of 'recovery agent' accounts that answer scam victims with a man who will get their money back; print-on-demand bots that answer a snowstorm's viral posts with 'this needs to be a shirt', one of them triggered by the word shirt or mug; a dropshipping store's comment bot, its fake buyers and a 'found it!' bot under a maker's viral short of a lamp that is not for sale; a review-removal bot and a bought-review bot around a restaurant on Bluesky; SEO comment bots with keyword names and a review-shaped casino bot on a home cook's recipe blog; an LLM-worded answer bot on a Mastodon instance that answers questions cleanly for two days and then adds a hosting referral link), automated accounts that are not spam (a subreddit's warning bot, a student's weather bot, a weather-forecast bot and a restaurant-inspection bot, a project's release mirror and a CVE feed), human spammers (a 'blockchain forensic investigator', a plowing man, an affiliate-link poster, a food 'influencer', an SEO writer and a recruiter), brands (a scam-victims' helpline, a city, a power company and a bakery, an electronics shop, a restaurant, a coffee roaster and a food bank, a flour mill, a hosting company and a conference) speaking in their own channels or answering people who asked, and people who post a lot at all hours. Labels follow `data/LABELS.md`.

Run it: `BOTS_DIR=bench/bots-fresh8 python3 bench/bots_fresh.py` (after building discern; the harness defaults to `target/release/discern`)."""

WHO = """\
## Who wrote it, what was read, what was run

A helper session (an AI assistant started from a session of this project) wrote every text in this folder by hand, for this evaluation set. It read `data/LABELS.md`; `bench/bots-fresh7/README.md` (layout, fields, conventions and the scenarios already covered by bots-fresh to bots-fresh7; read with `cat`, then line ranges with `sed -n`, its headings with `grep -n '^#'` and its length with `wc -l`); `bench/bots_fresh.py` (only to see which files and fields it reads and how it uses `authors.tsv`); and the first three lines (`head -3`) of each of the six `bench/bots-fresh7/*.jsonl` streams and of its `authors.tsv` (the schema, each platform's id shape and the two-column form). It also listed the file names in `bench/` and `bench/bots-fresh7/` and ran `git status --short` (at the start and again at the end). It read no discern code, tests, data, other check sets, earlier `generate.py` files or anything under `/work/shared`, used no search tools and no GPU machine, and did not build or run discern or `bench/bots_fresh.py`. The only other things run were Python one-liners in `/tmp` that decoded the time in three of those sample ids (a Mastodon id, a Bluesky record key and an X snowflake), measured the length of two sample YouTube ids, printed three sample Reddit ids in base 10 and looked up weekdays; small Python snippets, one `sed` substitution and `grep` that edited, searched and syntax-checked this `generate.py`; this `generate.py` itself (twice, comparing `md5sum` of the outputs to confirm they are the same); and throwaway scripts kept in `/tmp` (a check that every line parses, required fields are present, ids are unique, parents exist and come earlier, time order holds, labels are valid and every author is in `authors.tsv` with a valid role; and a listing of the generated streams to review the timing), deleted afterwards. Nothing outside `bench/bots-fresh8/` was written and nothing was committed."""

FIELDS = """\
## Fields

As in `bench/bots-fresh7`: `id`, `text`, `author`, `created_at` (RFC 3339, UTC, whole seconds), `platform` (`reddit`, `x`, `youtube`, `bluesky`, `blog`, `mastodon`), `kind` (`post` = thread root, `reply` otherwise), `thread_id` (the root's id), `parent_id` (replies only: the post answered; left out on roots), `expected` (`social` / `marketing` / `spam`). Blog comments also have `author_url` (the comment form's website field, where the commenter gave one) and `author_email`; the pingback has `author_url` (the linking page) and no `author_email`, as WordPress stores them, and its text is the linking page's excerpt between `[\u2026]` marks. Mairead's posts are the blog's roots and have neither; her own comments have both. A Reddit root's text is its title, a blank line, then its body; a blog post's text is its title, a blank line, then the opening of the post; a YouTube video's text is its title, a blank line, then its description (community posts have no title). Mastodon authors on the home instance (forgeyard.social) are bare names; authors from other servers are `name@server`. Bluesky authors are handles (two are custom domains, `tildeandrye.com` and `haldanefoodbank.org`). YouTube and X authors are `@handles`. Reddit authors are user names without `u/`. Blog authors are the name typed into the comment form.

Ids look like each platform's and grow with time: X snowflakes, Mastodon ids, Bluesky `at://did:plc:\u2026/app.bsky.feed.post/<tid>` URIs (one DID per author; the record key is a TID made from the post's time), Reddit `t3_`/`t1_` (base 36), WordPress `post-N`/`comment-N` (the pingback is a comment). YouTube ids are random, as YouTube's are: an 11-character video id, `Ugkx\u2026` for community posts, `Ug\u20264AaABAg` for top-level comments and `<top-level id>.<22 characters>` for replies (a reply's `parent_id` is the comment it answers)."""

PROVENANCE = """\
## Provenance

Every text was written fresh, by hand, for this set; nothing was copied from a dataset, website or another check set. The spam shapes (the 'I was in your shoes, Marcus Vell got my money back' testimonial and its '+1, he's legit' voucher, the 'certified blockchain forensic investigator, DM me', 'this needs to be a shirt \U0001f602 we made one', the 'Say less \U0001f60e your shirt is ready' trigger reply, the dropshipping store's '50% OFF today only' and its 'just got mine, arrived in 5 days!!' buyers, the 'Found it! \U0001f449' answer to 'where can I buy', 'Bad reviews hurting your business? We remove negative reviews', 'real, permanent 5\u2b50 reviews from $4', 'Wow, this recipe looks delicious! Thank you for sharing such wonderful content', the five-star 'made this last night' comment with a casino link, the topical guide link, the 'Great question! \u2026 Hope this helps! \U0001f680' answer and its referral line) imitate well-known patterns in newly written words. All people, handles, businesses, organisations, products and projects (r/AfterTheScam, FraudAid Network, Veltrix Markets, Marcus Vell, Chainback Recovery Group, the city of Vessmark, Hearthline Power, Kettle St Bakery, teevault, lolwear, merchthis, Dale's Plowing & Hauling, GlowTin, shopfinds, shoplinkr, Larchfield Electronics, Port Haldane, Tilde & Rye, Brightwater Roasters, the Port Haldane Food Bank, Canal Noodle Bar, The Ox & Barrow, Ninefold Wok, reviewfixpro, fivestarboost, Salt & Crumb, Cape Mill Flour, The Crumb Diaries, homekitchenguide, forgeyard.social, techhub.chat, NimbusVPS, Tidewater, libtarn, Quillgate, BrambleCon, TalentBridge), domains, e-mail addresses, CVE numbers and phone numbers are invented. The phone numbers use 555 (555-0199, 1-800-555-0162). Domains were made up with ordinary endings (.com, .org, .net, .gov, .shop, .store, .co, .co.uk, .ca, .ie, .jp, .site, .online, .social, .chat, .host, .events, .work) and were not checked against any registry; `tildeandrye.com` and `haldanefoodbank.org` are also Bluesky handles. The names of the small businesses were not checked against real ones. Real services, software and places are named only in passing (Reddit, X, YouTube, Bluesky, Mastodon, WordPress, GitHub, Zelle, Google and Maps, systemd, rsync, ssh, nginx, Python, Postgres, Kubernetes, zsh, nvm, restic, borg, Debian, UKCA and CE marks, Poland, Brussels, Frankfurt, the EU, Nova Scotia, Newfoundland, Bonavista Bay, Dartmouth, Scotland, Ethiopia, Earl Grey). The github.com links name invented accounts."""


def timing_section(streams):
    lines = ["## Timing", "", "Timing model (see `generate.py`):"]
    # hand-set
    parts = []
    for s in streams:
        parts.append(f"{s.platform}: {tzs(s.tz)}")
    lines.append(
        "- Thread roots, and replies that the story needs at a given moment, have hand-set "
        "local times in the stream's time zone (" + "; ".join(parts) + "; authors elsewhere "
        "have their own waking windows below). Scheduled and automated roots are set to the "
        "second: " + "; ".join(
            f"`{a}` at " + ", ".join((q["t"] + dt.timedelta(hours=s.tz)).strftime("%a %H:%M:%S")
                                     for q in s.posts if q["author"] == a and q["exact"])
            for s in streams for a in s.order
            if any(q["author"] == a and q["exact"] for q in s.posts))
        + ". Other hand-set times get random seconds.")
    lines.append(
        "- `person`: each reply's delay after the post it answers (or the latest post it "
        "refers to) is log-normal with sigma 1, kept within 0.2-8 times the median; the "
        "median is " + ", ".join(f"{m} min on {k}" for k, m in DEFAULT_MEDIAN.items()) +
        ", with per-author medians and waking windows for many (" + ", ".join(
            f"`{n}` {s.authors[n]['median'] or DEFAULT_MEDIAN[s.platform]} min, "
            f"{hm((s.authors[n]['window'] or DEFAULT_WINDOW)[0])}-"
            f"{hm((s.authors[n]['window'] or DEFAULT_WINDOW)[1])}"
            + (f" at {tzs(s.authors[n]['tz'])}" if s.authors[n]["tz"] is not None else "")
            for s in streams for n in s.order
            if s.authors[n]["role"] == "person" and s.authors[n]["custom"]) +
        "). Some replies have a set delay range instead (story replies, set 0.5 minutes to "
        "about 12 hours after the post they answer, or after the latest post they refer to, and not "
        "moved). Otherwise the reply is moved into the author's waking window (07:30-23:00 "
        "local unless set), to a random point in the first 40 minutes of it.")
    lines.append(
        "- `prolific_person`: log-normal, sigma 0.8: " + ", ".join(
            f"median {s.authors[n]['median']} min for `{n}` "
            f"({hm(s.authors[n]['window'][0])}-{hm(s.authors[n]['window'][1])}"
            + (f" at {tzs(s.authors[n]['tz'])}" if s.authors[n]["tz"] is not None else "") + ")"
            for s in streams for n in s.order if s.authors[n]["role"] == "prolific_person")
        + ".")
    lines.append(
        "- `brand`: log-normal, sigma 0.8, only in staffed hours: " + ", ".join(
            f"`{n}` median {s.authors[n]['median']} min, "
            f"{hm(s.authors[n]['window'][0])}-{hm(s.authors[n]['window'][1])}"
            + (" on weekdays" if s.authors[n]["weekdays"] else "")
            for s in streams for n in s.order if s.authors[n]["role"] == "brand"
            and s.authors[n]["median"]) + ".")
    lines.append(
        "- `spammer` (human): log-normal, sigma 1, in waking or working hours: " + ", ".join(
            f"`{n}` median {s.authors[n]['median']} min "
            f"({hm(s.authors[n]['window'][0])}-{hm(s.authors[n]['window'][1])} "
            f"{tzs(s.authors[n]['tz'] if s.authors[n]['tz'] is not None else s.tz)})"
            for s in streams for n in s.order if s.authors[n]["role"] == "spammer") + ".")
    lines.append(
        "- `bot`: a log-uniform delay between bounds set for each bot, at any hour: " + "; ".join(
            f"{s.authors[n]['delay'][0]} s-{s.authors[n]['delay'][1]} s for `{n}`"
            for s in streams for n in s.order
            if s.authors[n]["role"] == "bot" and s.authors[n]["delay"]) + ". " + " ".join(
            f"`{n}` {s.authors[n]['note']}." for s in streams for n in s.order
            if s.authors[n]["role"] == "bot" and s.authors[n]["note"]))
    lines.append(
        "- Checked by `generate.py`: " + "; ".join(
            f"`{bot}` answers {what}" + (f" (until {(end + dt.timedelta(hours=s.tz)).strftime('%a %H:%M')} local, when it is limited)" if end else "")
            for s in streams for bot, what, pred, start, end in s.triggers) +
        ", exactly once each, and nothing else.")
    return "\n".join(lines)


SCENARIOS = """\
## Scenarios

Chosen to differ from those covered before: the six streams of `bench/bots-fresh7` (a language app's keyword bot beside two moderation bots, 'fixed match' tipster bots, comment-copying bots and their 'like' bots, a ballot-measure astroturf ring with a paid 'ambassador', essay-mill comments worded on topic, an injury-lawyer lead bot beside transit and earthquake feeds) and those its README lists for earlier sets (a 'where did you get that shirt' bot pair, ticket-resale scam bots, 'AI summary' bots, a review-bombing ring, scraper pingbacks, supplement bots, a sockpuppet ring, an auto-responder and a competitor's keyword bot, job-scam bots, fake relief funds, a rotating-name comment-spam run, follow-back bots, a vacuum reply bot, a crypto scam swarm, an LLM-worded reply guy, a comment farm, a bike shop with a prolific regular, an election thread with slogan bots, a reply guy plugging a SaaS, a growth bot, an airline impersonator, a giveaway impersonator, an affiliate bot in a buying-advice subreddit, heat-wave keyword bots, a quote bot and airdrop bots, late link drops, art-scam bots, among others). Here the Reddit ring targets people who have just lost money, with a 'recovery agent' and accounts that vouch for him, beside the subreddit's own warning bot; the X bots are print-on-demand shops that turn any viral post, or any reply saying 'shirt', into a product; the YouTube bots are a dropshipping store's, selling a knockoff of something a maker built and gave away; the Bluesky bots sell review removal and bought reviews to anyone who says 'review', customers included, while the restaurant answers its reviews itself; the blog's spam is SEO comments with keyword names and website links, plus a bot whose comment reads exactly like a reader's; and the Mastodon bot answers questions correctly for two days before the referral link appears. The warning bot, the weather and inspection bots, the release mirror and the CVE feed, the maker's own posts, the restaurant's answers, the real pingback and the hosting company's statement are there as look-alikes that are not spam.

### `reddit_scam_help_recovery_ring.jsonl`: Reddit: a 'recovery agent' scam ring answering people who lost money, in a scam-victims' subreddit with a warning bot

r/AfterTheScam, an invented support subreddit, Monday 2 to Saturday 7 March 2026 (US Eastern, UTC-5). People post what happened to them: a man who lost $18,400 to a 'trading platform' run by a woman he met online, a daughter whose father paid $9,000 in gift cards to a fake grandson, a night-shift worker who typed her card into a parcel text at 3am, a camper-van deposit, a fake job's bounced check, and a woman who was scammed a second time by a 'recovery expert'. jennifer_hale_rn, david_k_okafor and linda_m_1963 answer new posts within two to thirty minutes, at any hour, recommending 'Marcus Vell' and vouching for each other, under a gift-card loss and a $1.99 card as readily as a crypto one; after the moderator's PSA bans them on Tuesday, sarah_j_quinn88, keith_barnes_cpa (posing as an accountant) and trent_w_holloway push 'Chainback Recovery Group' from Wednesday, one of them under the helpline's AMA and one under the post of the woman Marcus Vell robbed (bots, spam). ethical_hacker_reese, a human, offers 'free' tracing by DM in his working hours (spam). AfterTheScamBot, the moderators' bot, leaves the same warning on every new post within seconds, the AMA included (bot, social). FraudAidNetwork, an invented nonprofit helpline, holds an AMA on Thursday afternoon and answers the questions in it (brand, marketing). mod_tessaly is the moderator, pat_does_taxes a real accountant who says so only to debunk the fake one; gail_fraud_desk_ret, a retired bank fraud investigator, answers within minutes from five in the morning to one at night.

### `x_snowstorm_shirt_bots.jsonl`: X: print-on-demand 'this needs to be a shirt' bots under a city's viral snowstorm posts, beside a student's weather bot

Vessmark, an invented city in US Central time, through a winter storm, Tuesday 1 to Saturday 5 December 2026. A resident's joke about her snowplow driver's 'solemn nod' and a plow driver's 'hour 12' post go viral. @teevault_shop and @lolwear_co, print-on-demand shops, answer each viral post ten minutes to an hour later with 'this needs to be a shirt, we made one' and a product link; @MerchThisPls answers any post or reply that says shirt or mug within seconds with 'Say less \U0001f60e Your shirt is ready', including the joke's author asking people not to buy the shirts and her note that the drivers' union is making the real one (bots, spam). @dale_plows_vsk, a human with a plowing business, drops his number under the power company's outage post and the bakery's post (spam) but answers a teacher who asked for someone to plow her mother's drive (marketing). @VessmarkWx, a meteorology student's bot, posts the weather service's watches, warnings and snowfall totals at any hour, to the second (bot, social). @CityofVessmark (snow emergency, parking, the plow fund), @HearthlinePower (outages) and @KettleStBakery (open, free coffee for crews) post and answer in their own channels (brand, marketing). @plowdriver_nate posts from his truck at two in the morning; @ruthie_feeder_cam, a 79-year-old who watches her bird feeders, answers within minutes from half past four in the morning to one at night.

### `youtube_viral_lamp_dropship_bots.jsonl`: YouTube: a dropshipping store's comment bots and fake buyers under a maker's viral short of a lamp that is not for sale

@OttolineMakes is the channel of Ottoline Farr, an invented hobby maker in the UK who sells nothing; Saturday 7 to Sunday 15 February 2026 (UK time, UTC+0). Her short of a sunrise alarm built in her gran's shortbread tin goes viral. A dropshipping store sells a plastic knockoff with her footage: @GlowTin_Official posts its '50% OFF today only' comment under each of her videos and community posts, half an hour to a few hours after it goes up, including the post warning about it; @Megan.R-k4x2 and @derek_homefinds post as happy buyers and vouch for each other; @shopfinds.daily answers any comment saying 'buy' or 'price' within a minute and a half with 'Found it! \U0001f449 glowtin.shop' (bots, spam). @ledkit_deals, a human, posts an LED ring with an undisclosed affiliate tag (spam). Viewers ask how it works, build their own, and two order the knockoff before the warning (social); Ottoline orders one herself and shows what arrives. @LarchfieldElectronics, the shop she names as where she bought the parts (with no tie), answers a viewer's question about which ring (brand, marketing). @grandad_solders, a retired radio engineer in New Zealand, comments within minutes from five in the morning to one at night, his time.

### `bluesky_restaurant_review_bots.jsonl`: Bluesky: review-removal and bought-review bots around a restaurant that answers its own reviews, beside a weather bot and an inspection-results bot

Port Haldane, an invented port city in US Eastern time, Monday 13 to Saturday 18 April 2026. Tilde & Rye (`tildeandrye.com`), a small restaurant, launches its spring menu, gets a two-star anniversary dinner, answers it, says it neither buys nor removes reviews, and takes part in the food bank's Plate It Forward night (brand, marketing). reviewfix-pro answers any post that says 'review' within one to six minutes, at any hour: under the unhappy customer himself, a line cook at eleven at night, a woman asking whether a competitor's reviews are bought, the restaurant's own note and the customer's happy update; fivestar-boost answers every post by a business or cause with bought five-star reviews, the food bank included (bots, spam). chloe-eats-haldane, a human 'food influencer', offers paid collabs under other people's posts (spam). haldane-weather posts the forecast at 06:00:00 and haldane-inspections, a resident's bot, posts the city's new inspection results, naming restaurants and their scores (bots, social). Brightwater Roasters and haldanefoodbank.org post in their own channels (brand, marketing). pete-on-the-line, a line cook, and keisha-port, a server, post after their shifts; margo-eats, a retired restaurant critic, answers within minutes from five in the morning to one at night.

### `blog_recipe_seo_comment_spam.jsonl`: Blog: SEO comment spam with keyword names and website links, and a review-shaped bot, on a home cook's recipe blog

Salt & Crumb, the recipe blog of Mairead Collins, an invented home cook in Nova Scotia, Monday 2 to Friday 13 February 2026 (Atlantic time, UTC-4): six posts (molasses oat bread, fish cakes, flat sourdough, blueberry grunt, a question round-up, green tomato chow). Three SEO bots comment under a keyword name with the site in the website field, half an hour to a day after most posts, at any hour, with generic praise ('Best Air Fryer Picks', 'Roofing Contractor Dartley', 'Cheap Flights Hub'); 'Jessica M.' leaves the same five-star 'Made this last night and my whole family loved it!!' under every post within an hour, the troubleshooting post and the question round-up included, with a casino site in the website field (bots, spam). Ryan Cole, a human, writes a comment that names the recipe and links a guide on his own site to bread machines, air fryers, proofing boxes and salt (spam), until Mairead asks him to stop. Readers ask questions, report back and argue about summer savory (social); one gives her knitting blog in the website field. Mairead names the flour she uses (no tie), and Cape Mill Flour answers a reader who asked about it (brand, marketing). A fellow baker's blog sends a real pingback (social). Bernadette Quinlan, a retired teacher in Newfoundland, comments within minutes from five in the morning to half past midnight, her time.

### `mastodon_foss_answer_bot_referral.jsonl`: Mastodon: an LLM-worded answer bot that answers tech questions cleanly for two days, then adds a hosting referral link, beside a release bot and a CVE feed

forgeyard.social, an invented instance for free-software people in central Europe, Monday 12 to Saturday 17 October 2026 (CEST, UTC+2). devon_ops@techhub.chat answers every question posted on the instance within 40 seconds to just over three minutes, at any hour, in the same numbered 'Great question! \u2026 Hope this helps! \U0001f680' shape: correctly and with nothing to sell on Monday and Tuesday (systemd restarts, a slow rsync, a rhetorical 'why is it always DNS?', a club's website, a slow prompt at 3am, a stuck vacuum), and from Wednesday with 'I moved my projects to NimbusVPS, this link gets you 2 months free' (a 502, backups, a family VPS, a Kubernetes limit), until a member counts its answers and the admin limits it on Thursday. recruit_jana@talentbridge.work, a human recruiter, posts job ads under a release, a call for talks and a member's first talk proposal (spam). tidewater_releases mirrors an invented static-site generator's GitHub releases within a minute, and cvewatch@secfeeds.net posts new CVEs at any hour (bots, social). nimbushost@nimbus.host says the account was never theirs and closes its referral account; bramblecon@bramble.events posts its call for talks (brand, marketing). kofi is the admin; hedda posts at three in the morning; ilse, a maintainer of the project, answers within minutes from six in the morning to two at night."""

HARD = """\
## Hard cases

Cases where LABELS.md was hard to apply, and what was chosen:

1. **A warning bot under every post (Reddit).** `AfterTheScamBot` is as automated and as fast as the ring (seconds, every new post, the helpline's AMA included) and its note is the same every time, but it is `social`: the moderators' own notice, with a link to the subreddit's wiki and nothing to sell.
2. **A recovery ring that sounds like fellow victims (Reddit).** Every post by the six ring accounts is `spam`: unsolicited, deceptive, automated, a testimonial that names a 'recovery' man or firm, in first person ('I was exactly where you are'), under posts where it cannot even apply (gift cards, a $1.99 card). `keith_barnes_cpa` poses as an accountant; `pat_does_taxes`, who says he is a real one only to debunk him and gives tax advice without a pitch, is `social`. `ethical_hacker_reese`, a human ('DM me, I'll look for free'), is `spam`.
3. **A helpline's AMA (Reddit).** `FraudAidNetwork`'s AMA post asks for donations and its answers point to its site: `marketing` (a cause in a space the moderators gave it, answering people who asked). A reader could call the answers `social`; they are kind and useful, but they are the organisation speaking for itself.
4. **Shirt bots, by threshold and by keyword (X).** `@teevault_shop` and `@lolwear_co` answer viral posts; `@MerchThisPls` answers any post or reply that says shirt or mug, within seconds, including the complaint about the shirts and the union's real shirt: all `spam` (automated, unsolicited, a product made from someone else's words). The people who say 'I'd wear a shirt that says SOLEMN NOD' are `social`.
5. **A city and a utility (X).** `@CityofVessmark`'s snow-emergency posts and answers, `@HearthlinePower`'s outage updates and answers and `@KettleStBakery`'s 'we're open' are `marketing` (an organisation's announcements and customer service in its own channel), as the transit agency's were in bots-fresh7. A reader could call a city's parking rules in a storm `social` public information. `@VessmarkWx`, a student's bot passing on the weather service's alerts, is `social`.
6. **A plowing man, in and out of place (X).** `@dale_plows_vsk` (a human, role `spammer`) dropping his number under the power company's outage post and the bakery's free-coffee post is `spam`; his answer to a teacher who asked for someone to plow her mother's drive, saying who he is and what it costs, is `marketing`. So the roles-by-label table has one `spammer` post that is `marketing`.
7. **A person passing on a fund (X).** `@tam_kowalczyk` pointing people to the plow drivers' holiday fund is `social` (a person passing on a cause she has no tie to); the city's thank-you under it is `marketing`.
8. **A maker who sells nothing, and the shop she names (YouTube).** `@OttolineMakes`' videos, community posts and answers are `social` (creative work, no sponsor, nothing for sale), including her parts list that names Larchfield Electronics with no tie. `@LarchfieldElectronics`' answer to Mo, with a page of the parts, is `marketing`. `@ledkit_deals`' undisclosed affiliate tag is `spam`.
9. **A store's own account and its fake buyers (YouTube).** `@GlowTin_Official` is the store itself, but it posts from a schedule under someone else's videos, including the post warning about it: `spam`, not `marketing` (a brand's pitch pushed into someone else's conversation, automated and deceptive). `@Megan.R-k4x2`'s and `@derek_homefinds`' 'just got mine!!' comments read like buyers' and are `spam`; `@beatrix_cole`, a real buyer who ordered before the warning and reports what arrived, is `social`.
10. **Review bots under customers (Bluesky).** `reviewfix-pro` answers anyone who says 'review' (the unhappy customer, a line cook, a woman asking about fake reviews, the restaurant's own 'we don't remove them') and `fivestar-boost` every business or cause (the food bank included): `spam`. The people talking about reviews are `social`, however many times they say the word. `chloe-eats-haldane` (human) pitching collabs under a restaurant's menu, a thread on fake reviews and a diner's post is `spam`.
11. **A restaurant answering its reviews (Bluesky).** `tildeandrye.com`'s apology to Jonah, with a free dinner, its 'Sign's up' under the inspection bot and its bar-menu answer to a question are `marketing` (a brand's customer service and answers); its posts about its menu and about reviews are `marketing` too. `haldane-inspections` names restaurants and their scores from the city's data and `haldane-weather` posts a forecast: `social` (public information passed on, no tie). The customer who moves his review from two stars to five is `social`.
12. **SEO bots, and a bot that reads like a reader (blog).** 'Best Air Fryer Picks', 'Roofing Contractor Dartley' and 'Cheap Flights Hub' are `spam` (generic praise posted to place a name and a link). 'Jessica M.' writes exactly what a real reader writes ('Made this last night and my whole family loved it!!'); only its website field (a casino), its speed, and the same words under every post (a troubleshooting post and a question round-up included) give it away: `spam`.
13. **A topical link to one's own site (blog).** `Ryan Cole` (human) names the recipe each time and links a guide on his own site that fits loosely (a bread machine for a no-knead bread): `spam` (LABELS: a link to the commenter's own website). `Tamsin Reyes` puts her knitting blog in the comment form's website field, as many readers do, and writes about making the bread with the wrong oats: `social`. Her link is not in her text and sells nothing; a strict reader could call any own-site link `spam`.
14. **A flour mill answering, and a blogger naming it (blog).** Mairead naming Cape Mill's flour, with no tie, is `social`; `Cape Mill Flour` answering Priya's question with its protein figures is `marketing`. `The Crumb Diaries`' pingback, in its own words, is `social`.
15. **An answer bot before and after the link (Mastodon).** `devon_ops@techhub.chat` answers every question within minutes in the same template. Its Monday and Tuesday answers are correct and sell nothing: `social`, labelled by what the text is for. From Wednesday the same answers end with an undisclosed referral link: `spam` (LABELS: undisclosed tie, automated), including the answer to a man who asked for a VPS, where the link fits the question. A reader could call the clean answers `spam` too, as the first stage of the same deceptive account (bots-fresh7 labelled copied comments `spam` for that reason); here they contain nothing but the answer, so they are `social`, and the set tests that an account can look automated without every post being spam.
16. **Feeds and companies (Mastodon).** `tidewater_releases` (an unofficial mirror of a volunteer project's releases) and `cvewatch@secfeeds.net` are `social`: public information passed on. `bramblecon@bramble.events`' call for talks and `nimbushost@nimbus.host`'s statement that the bot was never theirs are `marketing` (an event's call and a company's customer-facing answer). `recruit_jana@talentbridge.work`'s job ads under unrelated posts are `spam`.
17. **Prolific humans.** `gail_fraud_desk_ret` (05:00-01:00), `@ruthie_feeder_cam` (04:30-01:00), `@grandad_solders` (New Zealand, 05:00-01:00), `margo-eats.bsky.social` (05:00-01:00), `Bernadette Quinlan` (Newfoundland, 05:00-00:30) and `ilse` (06:00-02:00) answer within minutes, many times a day; `nightshift_lou`, `@plowdriver_nate`, `hedda` and `pete-on-the-line.bsky.social` post in the small hours. All are human and all their posts are `social`."""


def table(rows, head, align):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(streams, recs_by):
    L = [TITLE, "", INTRO, "", WHO, "", "## Files", ""]
    rows, tot = [], collections.Counter()
    for s in streams:
        recs = recs_by[s.name]
        c = collections.Counter(r["expected"] for r in recs)
        na = len({r["author"] for r in recs})
        rows.append([f"`{s.name}`", s.title, len(recs), c["social"], c["marketing"], c["spam"],
                     na])
        tot.update(c)
        tot["posts"] += len(recs)
        tot["authors"] += na
    rows.append(["**total**", "", tot["posts"], tot["social"], tot["marketing"], tot["spam"],
                 tot["authors"]])
    L.append(table(rows, ["file", "scenario", "posts", "social", "marketing", "spam",
                          "authors"], ["---", "---", "---:", "---:", "---:", "---:", "---:"]))
    roles = collections.Counter(s.authors[a]["role"] for s in streams for a in s.order)
    n = sum(roles.values())
    L += ["", "- `authors.tsv`: `author<TAB>role` for all " + str(n) + " authors (" + ", ".join(
        f"{roles[r]} {r}" for r in ROLES) + "). The role is the ground truth for automation "
          "scoring: `bot` means automated. Humans are `person`, `prolific_person`, `brand` or "
          "`spammer` (a human spammer). Author names are unique across the six files, so the "
          "two-column form applies to every file. Moderators, the admin, the maker, the "
          "blogger and the residents are individuals (`person`). `AfterTheScamBot`, "
          "`@VessmarkWx`, `haldane-weather.bsky.social`, `haldane-inspections.bsky.social`, "
          "`tidewater_releases` and `cvewatch@secfeeds.net` are `bot` although none of their "
          "posts is spam; `devon_ops@techhub.chat` is `bot` although its first six posts are "
          "`social`. The ring accounts, the shirt bots, the store's account and its buyers, "
          "the review bots, the SEO commenters and 'Jessica M.' are each a `bot` author under "
          "the name their posts carry. `FraudAidNetwork`, `@CityofVessmark`, "
          "`@HearthlinePower`, `@KettleStBakery`, `@LarchfieldElectronics`, "
          "`tildeandrye.com`, `brightwater-roasters.bsky.social`, `haldanefoodbank.org`, "
          "`Cape Mill Flour`, `nimbushost@nimbus.host` and `bramblecon@bramble.events` are "
          "`brand`, not `bot`: some of their posts go out on the hour from a schedule, but "
          "people write every post and answer by hand. `The Crumb Diaries`, whose pingback "
          "WordPress sent for it, is a fellow baker's blog and is `person`.",
          "- `generate.py`: holds every text and writes all files, this README included "
          "(`python3 bench/bots-fresh8/generate.py`).", "", "Authors per role, per file:", ""]
    rows = []
    for s in streams:
        c = collections.Counter(s.authors[a]["role"] for a in s.order)
        rows.append([f"`{s.name}`"] + [c[r] for r in ROLES])
    L.append(table(rows, ["file"] + list(ROLES), ["---"] + ["---:"] * 5))
    L += ["", "Posts by author role, per file:", ""]
    rows = []
    for s in streams:
        c = collections.Counter(s.authors[r["author"]]["role"] for r in recs_by[s.name])
        rows.append([f"`{s.name}`"] + [c[r] for r in ROLES])
    L.append(table(rows, ["file"] + list(ROLES), ["---"] + ["---:"] * 5))
    L += ["", "Labels of the posts by each role, all files together:", ""]
    c = collections.Counter((s.authors[r["author"]]["role"], r["expected"])
                            for s in streams for r in recs_by[s.name])
    L.append(table([[r] + [c[(r, l)] for l in LABELS] for r in ROLES], ["role"] + list(LABELS),
                   ["---"] + ["---:"] * 3))
    L += ["", FIELDS, "", PROVENANCE.replace("(seed)", ""),
          "", f"`generate.py` (python3, standard library only, seed {SEED}) lays the texts out "
          "in time, assigns the ids, checks the streams (required fields, ids unique, parents "
          "earlier and in the same thread, time order, labels and roles valid, author names "
          "unique across files, and for the keyword- and target-triggered bots that every "
          "trigger in their active window gets exactly one reply from them and nothing else "
          "does) and writes the files, so the output is the same on every run.",
          "", timing_section(streams), "", SCENARIOS, "", HARD, ""]
    return "\n".join(L)


def main():
    streams = [reddit(), x_snow(), youtube(), bluesky(), blog(), mastodon()]
    seen = {}
    for s in streams:
        for a in s.order:
            assert a not in seen, f"author {a} in {seen[a]} and {s.name}"
            seen[a] = s.name
    recs_by = {}
    for s in streams:
        posts = assign_ids(s)
        recs = records(s, posts)
        check(s, recs)
        used = {r["author"] for r in recs}
        unused = [a for a in s.order if a not in used]
        assert not unused, (s.name, unused)
        recs_by[s.name] = recs
        with open(os.path.join(HERE, s.name), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        for s in streams:
            for a in s.order:
                f.write(f"{a}\t{s.authors[a]['role']}\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(streams, recs_by))
    for s in streams:
        c = collections.Counter(r["expected"] for r in recs_by[s.name])
        print(f"{s.name:42} {len(recs_by[s.name]):3} posts {dict(c)}")


if __name__ == "__main__":
    main()
