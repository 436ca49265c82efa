#!/usr/bin/env python3
"""bots-fresh5: six hand-written scenario streams for bench/bots_fresh.py.

Every text below was written by hand for this set. This script lays the posts out in time,
gives them platform-style ids, checks the streams and writes the six .jsonl files,
authors.tsv and README.md next to itself. Standard library only; the output is the same on
every run (seed below).

    python3 bench/bots-fresh5/generate.py
"""
import collections
import datetime as dt
import json
import math
import os
import random

SEED = 20260402
HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc
rng = random.Random(SEED)

ROLES = ("bot", "brand", "person", "prolific_person", "spammer")
LABELS = ("social", "marketing", "spam")

# Median reply delay (minutes) for a `person` who has no median of their own.
PERSON_MEDIAN = {"reddit": 45, "x": 20, "youtube": 35, "mastodon": 25, "bluesky": 25,
                 "blog": 300}

AUTHORS = {}  # name -> dict(role, tz, ...)


def _add(name, **kw):
    assert name not in AUTHORS, f"author {name} defined twice"
    AUTHORS[name] = kw


def person(name, tz, median=None, window=(7.5, 23.0), url=None, email=None):
    _add(name, role="person", tz=tz, median=median, sigma=1.0, window=window, url=url,
         email=email)


def prolific(name, tz, median=5, window=(6.5, 24.5), url=None, email=None):
    _add(name, role="prolific_person", tz=tz, median=median, sigma=0.8, window=window,
         url=url, email=email)


def brand(name, tz, median, window, weekdays=False, url=None, email=None):
    _add(name, role="brand", tz=tz, median=median, sigma=0.8, window=window,
         weekdays=weekdays, url=url, email=email)


def spammer(name, tz, median, window=(8.0, 23.0), url=None, email=None):
    _add(name, role="spammer", tz=tz, median=median, sigma=0.9, window=window, url=url,
         email=email)


def bot(name, lo_s, hi_s, url=None, email=None, note=None):
    _add(name, role="bot", tz=0, lo=lo_s, hi=hi_s, url=url, email=email, note=note)


def parse_local(s, tz):
    """'YYYY-MM-DD HH:MM' (random seconds) or 'YYYY-MM-DD HH:MM:SS' (exact), local to tz."""
    exact = s.count(":") == 2
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if exact else "%Y-%m-%d %H:%M")
    t = t.replace(tzinfo=dt.timezone(dt.timedelta(hours=tz))).astimezone(UTC)
    if not exact:
        t += dt.timedelta(seconds=rng.randint(0, 59))
    return t


def in_window(local, window):
    s, e = window
    m = local.hour * 60 + local.minute
    if e <= 24:
        return s * 60 <= m < e * 60
    return m >= s * 60 or m < (e - 24) * 60


def into_window(t, a):
    """Move a human's time into their waking (or staffed) hours."""
    off = dt.timedelta(hours=a["tz"])
    local = t + off
    window = a["window"]
    while True:
        if in_window(local, window) and not (a.get("weekdays") and local.weekday() >= 5):
            return local - off
        start = local.replace(hour=int(window[0]), minute=int(window[0] % 1 * 60), second=0)
        if start <= local:
            start += dt.timedelta(days=1)
        while a.get("weekdays") and start.weekday() >= 5:
            start += dt.timedelta(days=1)
        local = start + dt.timedelta(seconds=rng.randint(0, 45 * 60))


def loguniform(lo, hi):
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


class Stream:
    def __init__(self, fname, platform, title, blurb):
        self.fname, self.platform, self.title, self.blurb = fname, platform, title, blurb
        self.items, self.by_key = [], {}

    def _add(self, it):
        assert it["k"] not in self.by_key, f"{self.fname}: key {it['k']} twice"
        assert it["a"] in AUTHORS, f"{self.fname}: unknown author {it['a']}"
        assert it["l"] in LABELS, f"{self.fname}: bad label {it['l']}"
        self.items.append(it)
        self.by_key[it["k"]] = it

    def post(self, k, a, text, label, at, tz=None, **extra):
        t = parse_local(at, AUTHORS[a]["tz"] if tz is None else tz)
        self._add(dict(k=k, p=None, a=a, t=text, l=label, time=t, extra=extra))

    def reply(self, k, p, a, text, label, at=None, after=None, gap=None, before=None, tz=None,
              **extra):
        assert p in self.by_key, f"{self.fname}: {k}: parent {p} not declared yet"
        base = self.by_key[p]["time"]
        if after:
            for ak in ([after] if isinstance(after, str) else after):
                base = max(base, self.by_key[ak]["time"])
        au = AUTHORS[a]
        if at:
            t = parse_local(at, au["tz"] if tz is None else tz)
            assert t > base, f"{self.fname}: {k}: hand-set time before what it answers"
        elif au["role"] == "bot":
            lo, hi = gap if gap else (au["lo"], au["hi"])
            t = base + dt.timedelta(seconds=round(loguniform(lo, hi)))
        else:
            if gap:
                delay = loguniform(gap[0], gap[1])
            else:
                med = au["median"] or PERSON_MEDIAN[self.platform]
                delay = med * math.exp(rng.gauss(0, au["sigma"]))
                delay = min(max(delay, med * 0.2), med * 8)
            t = base + dt.timedelta(seconds=round(delay * 60) + rng.randint(0, 59))
            t = into_window(t, au)
        self._add(dict(k=k, p=p, a=a, t=text, l=label, time=t, extra=extra,
                       before=before))


# ---------------------------------------------------------------- ids, per platform
B32S = "234567abcdefghijklmnopqrstuvwxyz"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
YT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def b36(n):
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = B36[r] + s
    return s


def rand_str(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


class Ids:
    def __init__(self, platform):
        self.platform = platform
        self.last = 0
        self.dids = {}
        self.t3 = int("1r4k2m0", 36)
        self.t1 = int("o5c10a0", 36)
        self.wp_post, self.wp_comment = 1187, 8842
        self.prev_time = None
        self.top = {}

    def _mono(self, n):
        n = max(n, self.last + 1)
        self.last = n
        return n

    def make(self, it, stream):
        t = it["time"]
        ms = int(t.timestamp()) * 1000 + rng.randint(0, 999)
        p = self.platform
        elapsed = (t - self.prev_time).total_seconds() if self.prev_time else 0
        self.prev_time = t
        if p == "x":
            return str(self._mono(((ms - 1288834974657) << 22) | rng.getrandbits(22)))
        if p == "mastodon":
            return str(self._mono((ms << 16) | rng.getrandbits(16)))
        if p == "bluesky":
            did = self.dids.setdefault(it["a"], "did:plc:" + rand_str("abcdefghijklmnopqrstuvwxyz234567", 24))
            us = self._mono(ms * 1000 + rng.randint(0, 999))
            n = (us << 10) | rng.getrandbits(10)
            tid = "".join(B32S[(n >> (5 * i)) & 31] for i in reversed(range(13)))
            return f"at://{did}/app.bsky.feed.post/{tid}"
        if p == "reddit":
            if it["p"] is None:
                self.t3 += int(elapsed * 2.4) + rng.randint(1, 400)
                return "t3_" + b36(self.t3)
            self.t1 += int(elapsed * 26) + rng.randint(1, 3000)
            return "t1_" + b36(self.t1)
        if p == "blog":
            if it["p"] is None:
                self.wp_post += rng.randint(2, 19)
                return f"post-{self.wp_post}"
            self.wp_comment += 1 + min(int(elapsed / 900), 60) + rng.randint(0, 3)
            return f"comment-{self.wp_comment}"
        if p == "youtube":
            if it["p"] is None:
                if it["extra"].get("community"):
                    return "Ugkx" + rand_str(YT[:-2], 32)
                return rand_str(YT, 11)
            parent = stream.by_key[it["p"]]
            if parent["p"] is None:  # a top-level comment
                cid = "Ug" + rng.choice("wxyz") + rand_str(YT[:-2], 16) + "4AaABAg"
                self.top[it["k"]] = cid
                return cid
            top = self.top[parent["k"]]  # a reply: <top-level id>.<22 characters>
            self.top[it["k"]] = top
            return top + "." + rand_str(YT[:-2], 22)
        raise ValueError(p)


STREAMS = []


# ====================================================================================
# 1. Reddit: a sockpuppet ring praises one hand grinder in a grinder-review subreddit
# ====================================================================================
person("ola_grindmod", -5, median=70)
person("nadia_brews", -6)
person("greg_in_tucson", -7, window=(6.0, 22.0))
person("tomasz_k", 1, window=(7.0, 23.5))
person("harlow_v60", -5)
person("lowlight_lin", -8, window=(8.5, 25.5))
person("pia_makes_coffee", -5)
person("sofie_drips", 1)
person("deshawn_brews", -6)
person("marisol_at_home", -5)
prolific("burrnerd_kai", -8, median=5, window=(6.5, 26.0))
brand("Tarnworks_Official", -5, median=60, window=(9.0, 17.5), weekdays=True)
spammer("roastery_rob", -5, median=30, window=(6.0, 22.0))
bot("quietmorning_brews", 120, 840)
bot("espresso_ellis22", 150, 780)
bot("mugs_and_burrs", 120, 720)
bot("dana_pourover_", 180, 840)
bot("sunday_pourover_sam", 200, 800)

s = Stream("reddit_sockpuppet_grinder.jsonl", "reddit",
           "Reddit: a sockpuppet ring praises one hand grinder in a grinder-review subreddit",
           "A subreddit for hand coffee grinder reviews and buying advice, 9-14 February 2026. "
           "Four accounts created within a week of each other (quietmorning_brews, "
           "espresso_ellis22, mugs_and_burrs, dana_pourover_) only ever praise one product, the "
           "Tarn Mill T2, and do it within two to fourteen minutes of any grinder question at "
           "any hour: one posts a 10/10 'review' at 03:47 ET, the other three agree inside a "
           "quarter of an hour, and they answer an arthritis question, a travel question and a "
           "cleaning question with the same grinder and the same 'You won't regret it'. The "
           "moderator (ola_grindmod, a person) bans them on Thursday; a fifth account "
           "(sunday_pourover_sam) turns up on Friday with the same line. Tarnworks_Official, the "
           "maker, answers a genuine owner's critical review in a thread about its product, "
           "then says an outside agency ran the accounts. harlow_v60 is a genuine Tarn owner "
           "whose honest review is social. burrnerd_kai is a prolific human who measures "
           "grinders and answers within minutes, late into the night. roastery_rob, a human, "
           "drops his roastery's discount code under grinder threads until he is banned.")
STREAMS.append(s)

s.post("w1", "ola_grindmod",
       "Weekly 'Which grinder should I buy?' thread, week of Feb 9\n\n"
       "Ask your buying questions here. Tell us your budget, your brew method and whether the "
       "grinder has to travel. Full reviews go in their own posts. No affiliate links, no "
       "self-promotion, and please don't just name a grinder without saying why.",
       "social", at="2026-02-09 07:02")
s.reply("w1a", "w1", "nadia_brews",
        "Budget around $100, mostly pour-over, AeroPress at weekends. I'd like something that "
        "doesn't take five minutes for 18g. Currently using a blade grinder and yes, I know.",
        "social", gap=(40, 90))
s.reply("w1a1", "w1a", "quietmorning_brews",
        "Honestly just get the Tarn Mill T2. I went through three grinders before it and "
        "nothing comes close at that price. Grind is super consistent and it's fast. Best $89 "
        "I've spent on coffee gear, no question.", "spam")
s.reply("w1a2", "w1a1", "mugs_and_burrs",
        "+1 for the Tarn Mill T2. Mine has been flawless for 8 months, the consistency is unreal "
        "for the price.", "spam")
s.reply("w1a3", "w1a", "burrnerd_kai",
        "At $100 for pour-over the usual shortlist is the Orvell Slim, the Tarn T2 and the "
        "Haldane 38. I've measured all three. The Haldane is the fastest by a distance (about 40 s "
        "for 18 g at a pour-over setting), the Orvell is the most even but slow, the Tarn is "
        "fine but its adjustment ring slips if you hold it at an angle. Pick by what annoys you "
        "more: speed or fiddling.", "social")
s.reply("w1a4", "w1a3", "nadia_brews",
        "Speed annoys me more. Haldane it is, probably. Thank you for actual numbers.", "social")
s.reply("w1a5", "w1a4", "espresso_ellis22",
        "Haldane is ok but the Tarn Mill T2 is just better built imo. I returned my Haldane "
        "after a week. Tarn all the way, you won't regret it.", "spam")
s.reply("w1a6", "w1a5", "burrnerd_kai",
        "Your account is eleven days old and every comment you've made is about the Tarn. "
        "Just noting it.", "social")
s.reply("w1b", "w1", "greg_in_tucson",
        "Is there a hand grinder a person with arthritis can actually turn? My wife loves her "
        "morning cup and I'd like to get her off pre-ground.", "social", gap=(90, 300))
s.reply("w1b1", "w1b", "dana_pourover_",
        "The Tarn Mill T2 is so smooth to turn!! My mom uses hers every day and she has "
        "arthritis. Highly recommend, you won't regret it!", "spam")
s.reply("w1b2", "w1b", "harlow_v60",
        "I own a Tarn and I like it, but I wouldn't call it easy to turn. For arthritis I'd "
        "honestly look at a small electric. The Pelton E1 is around $120 and it's quiet.",
        "social")
s.reply("w1b3", "w1b2", "greg_in_tucson",
        "Electric it is then. Thank you, that's the honest answer I needed.", "social")
s.reply("w1b4", "w1b", "burrnerd_kai",
        "Seconding an electric. If she wants to stay manual, a longer handle makes the biggest "
        "difference: the Orvell's is 20 mm longer than most.", "social")
s.reply("w1c", "w1", "tomasz_k",
        "Is there a travel grinder that really fits inside an AeroPress plunger? I've seen it "
        "claimed but never confirmed.", "social", at="2026-02-09 20:10")
s.reply("w1c1", "w1c", "quietmorning_brews",
        "The Tarn Mill T2 fits perfectly! It's my go-to for travel, the grind quality is "
        "incredible for something so compact.", "spam")
s.reply("w1c2", "w1c", "burrnerd_kai",
        "It doesn't fit. The T2 body is 48 mm and the plunger is about 46 mm inside. The "
        "Haldane 38 does, with the handle off.", "social")
s.reply("w1c3", "w1c2", "tomasz_k",
        "Ha. Thanks. Confidently wrong is a choice, I suppose.", "social")
s.reply("w1d", "w1", "roastery_rob",
        "Whatever grinder you buy, it's only as good as your beans! Roasted fresh every Tuesday "
        "at Bramble Hill Roasters, code GRIND15 for 15% off: bramblehillroast.com", "spam",
        gap=(200, 400))
s.reply("w1d1", "w1d", "ola_grindmod", "Removed, rule 3. Rob, this is the fourth time.",
        "social")
s.reply("w1e", "w1", "deshawn_brews",
        "Anyone have the Orvell XL? Is it worth $40 more than the Slim for one person?",
        "social", gap=(500, 700))
s.reply("w1e1", "w1e", "mugs_and_burrs",
        "Skip Orvell, get the Tarn Mill T2, way better value. You won't regret it.", "spam")
s.reply("w1e2", "w1e", "burrnerd_kai",
        "For one person, no. The XL's only real gain is a 40 g hopper and a bigger catch cup. "
        "Same burr, same grind.", "social")
s.reply("w1e3", "w1e2", "deshawn_brews", "Slim it is. Thanks Kai.", "social")

s.post("rv1", "espresso_ellis22",
       "[Review] Tarn Mill T2 after 6 months: the best grinder under $100, period\n\n"
       "I've owned a lot of grinders (Haldane, Orvell, a couple of cheap ceramic ones) and the "
       "Tarn Mill T2 blows them all away. The build quality feels premium, the grind is insanely "
       "consistent and it's FAST. The adjustment is stepless and super easy to dial in. "
       "Customer service is amazing too. If you're on the fence, just get it. You won't regret "
       "it. 10/10.", "spam", at="2026-02-10 03:47:12", tz=-5)
s.reply("rv1a", "rv1", "mugs_and_burrs",
        "Great review, 100% agree. The Tarn Mill T2 is the best purchase I've made this year.",
        "spam")
s.reply("rv1b", "rv1", "dana_pourover_",
        "This!! Love my Tarn Mill T2 so much. Worth every penny.", "spam")
s.reply("rv1c", "rv1", "quietmorning_brews",
        "Couldn't have said it better. Tarn Mill T2 for life.", "spam")
s.reply("rv1d", "rv1", "lowlight_lin",
        "Three 'agree!' comments inside fifteen minutes, at four in the morning Eastern, on a "
        "review with no photos and no grind settings. Can we see the grind at your pour-over "
        "setting?", "social", at="2026-02-10 01:14", after=["rv1a", "rv1b", "rv1c"])
s.reply("rv1d1", "rv1d", "espresso_ellis22",
        "Sure! I use it on setting 14 for pour-over and the results are amazing. Really can't "
        "recommend the Tarn Mill T2 enough.", "spam")
s.reply("rv1d2", "rv1d1", "burrnerd_kai",
        "Your review says the adjustment is stepless. A stepless grinder has no setting 14.",
        "social")
s.reply("rv1e", "rv1", "harlow_v60",
        "I actually own a T2 and this reads like the box. It's a decent grinder. It is not "
        "10/10: the ring slips, the catch cup cross-threads easily and mine started squeaking "
        "after three months.", "social", at="2026-02-10 08:05")
s.reply("rv1e1", "rv1e", "mugs_and_burrs",
        "Never had any of those problems with my Tarn Mill T2! Maybe you got a bad unit? Their "
        "customer service is amazing, they'll sort you out.", "spam")
s.reply("rv1f", "rv1", "ola_grindmod",
        "Leaving this up for now while we look at something. Please report rather than argue "
        "in the comments.", "social", at="2026-02-10 09:40", after="rv1e1")

s.post("rv2", "harlow_v60",
       "[Review] Tarn T2, three months in: good, not great\n\n"
       "Photos of the grind at 1.5 turns (my pour-over setting) are in the first comment. "
       "Good: even grind for the price, compact, a stainless burr. Not good: the adjustment ring "
       "slips if you grip it wrong, the catch cup cross-threads, and mine has developed a "
       "squeak. For $89 I'd still buy it again, but if speed matters to you, look at the "
       "Haldane first.", "social", at="2026-02-10 19:20")
s.reply("rv2a", "rv2", "burrnerd_kai",
        "Matches what I measured. Slightly more fines than the Orvell at the same median size. "
        "Thanks for the photos, they're what make a review useful.", "social")
s.reply("rv2b", "rv2", "quietmorning_brews",
        "The Tarn Mill T2 is honestly the best grinder under $100, mine has never squeaked "
        "once! So smooth and consistent.", "spam")
s.reply("rv2c", "rv2", "Tarnworks_Official",
        "Hi, thanks for a fair review. The squeak is the lower bearing seal; we'll send you a "
        "replacement seal free, and it takes two minutes to fit. Send your order number through "
        "the contact form on our site and mention this post.", "marketing")
s.reply("rv2c1", "rv2c", "harlow_v60", "That's decent of you, thanks. Will do.", "social")
s.reply("rv2d", "rv2", "nadia_brews",
        "This is the kind of review I was looking for on Monday. Thank you.", "social")
s.reply("rv2e", "rv2", "dana_pourover_",
        "I've had my Tarn Mill T2 for a year and it's still perfect, no squeak at all! Best "
        "grinder ever.", "spam")

s.post("q1", "pia_makes_coffee",
       "Tarn T2 vs Haldane 38 for a first grinder?\n\n"
       "I keep seeing the Tarn everywhere on here but I can't tell if it's that good or if "
       "everyone just has one. Mostly V60, sometimes French press.", "social",
       at="2026-02-11 12:15")
s.reply("q1a", "q1", "mugs_and_burrs",
        "Tarn Mill T2, easily. The Haldane is fine but the Tarn is on another level. You won't "
        "regret it!", "spam")
s.reply("q1b", "q1", "espresso_ellis22",
        "Tarn Mill T2 hands down. I've owned both and it's not even close.", "spam")
s.reply("q1c", "q1", "burrnerd_kai",
        "For V60 and French press either is fine. The Haldane is faster and has the better "
        "handle; the Tarn is smaller. 'Everyone just has one' is partly what you're seeing, "
        "have a look at the review thread from Tuesday.", "social")
s.reply("q1d", "q1", "lowlight_lin",
        "I've had the Haldane two years, it's been solid. The coarse end is a bit boomy for "
        "French press but fine.", "social")
s.reply("q1e", "q1", "pia_makes_coffee",
        "Why does everyone who says Tarn also say 'you won't regret it'? It's like a slogan.",
        "social", after=["q1a", "q1b"])
s.reply("q1e1", "q1e", "tomasz_k",
        "Because it's probably the same person. Or the same script.", "social")
s.reply("q1f", "q1", "dana_pourover_",
        "Just get the Tarn Mill T2! So happy with mine.", "spam", after="q1e")

s.post("cl1", "sofie_drips",
       "Cleaned my grinder for the first time in a year. I'm not showing you what came out.\n\n"
       "Rice tablets or just a brush? The burrs came out fine but the threads were full of old "
       "oily dust.", "social", at="2026-02-11 21:05")
s.reply("cl1a", "cl1", "burrnerd_kai",
        "Brush, and a toothpick for the threads. Skip the tablets on a hand grinder, they're "
        "for electrics.", "social")
s.reply("cl1b", "cl1", "lowlight_lin",
        "A dry paintbrush and one of those blower bulbs for camera lenses. Five minutes, done.",
        "social")
s.reply("cl1c", "cl1", "quietmorning_brews",
        "The Tarn Mill T2 comes apart without tools so cleaning is super easy! Highly "
        "recommend.", "spam")
s.reply("cl1c1", "cl1c", "sofie_drips",
        "I asked how to clean mine, not which one to buy, but okay.", "social")
s.reply("cl1d", "cl1", "roastery_rob",
        "Oily beans clog grinders! Switch to our medium roasts, bramblehillroast.com, code "
        "GRIND15 still works", "spam", at="2026-02-11 16:40")
s.reply("cl1d1", "cl1d", "ola_grindmod", "Removed. Rule 3 again.", "social")

s.post("rv3", "tomasz_k",
       "[Review] Haldane 38, two years and one airport security check\n\n"
       "Still going. The handle comes off and the body fits in an AeroPress plunger. Grind is "
       "even enough for pour-over and it's quick, about 40 seconds for 16 g. The lid rattles "
       "and the finish has worn where my thumb goes. Worth the $95. Photos below.", "social",
       at="2026-02-11 14:30")
s.reply("rv3a", "rv3", "pia_makes_coffee",
        "Leaning towards this one for exactly these reasons. Reassuring.", "social",
        after="q1e1")
s.reply("rv3b", "rv3", "burrnerd_kai",
        "The lid rattle goes away with a strip of silicone tape under the cap, if it bothers "
        "you.", "social")
s.reply("rv3c", "rv3", "espresso_ellis22",
        "Nice review but the Tarn Mill T2 is still better imo, you should try it! You won't "
        "regret it.", "spam")

s.post("mod1", "ola_grindmod",
       "Mod post: four accounts banned for coordinated promotion\n\n"
       "After a lot of reports: u/quietmorning_brews, u/espresso_ellis22, u/mugs_and_burrs and "
       "u/dana_pourover_ were all created between 28 January and 3 February, have only ever "
       "commented about one grinder, comment within 2-14 minutes of any grinder question at "
       "every hour of the day, and between them used 'you won't regret it' 31 times. All four "
       "are banned. If you're a brand: do an AMA, buy an ad, don't do this.", "social",
       at="2026-02-12 10:30")
s.reply("mod1a", "mod1", "burrnerd_kai",
        "Thank you. For what it's worth, the T2 is a perfectly okay grinder. It didn't need "
        "this.", "social")
s.reply("mod1b", "mod1", "harlow_v60",
        "Slightly embarrassed to own one now, ha.", "social")
s.reply("mod1c", "mod1", "nadia_brews",
        "Oh. The first reply to my question on Monday was one of them. Wild.", "social")
s.reply("mod1d", "mod1", "Tarnworks_Official",
        "We've seen this post. In January we hired an outside agency for 'community outreach' "
        "and did not know this was how they were doing it. We ended the contract this morning. "
        "Sorry to this sub; you're the last people we wanted to treat like this.", "marketing",
        at="2026-02-12 13:10")
s.reply("mod1d1", "mod1d", "tomasz_k",
        "'Did not know' is doing a lot of work there.", "social")
s.reply("mod1d2", "mod1d", "lowlight_lin",
        "Credit for turning up at least. Plenty of brands would have gone quiet.", "social")
s.reply("mod1d3", "mod1d1", "Tarnworks_Official",
        "Fair. We'll take the scepticism. If anyone bought a T2 because of those accounts and "
        "wants to send it back, we'll take it with free return shipping until 31 March, no "
        "questions.", "marketing")
s.reply("mod1e", "mod1", "pia_makes_coffee",
        "So glad I asked before buying. Going with the Haldane.", "social")
s.reply("mod1f", "mod1", "greg_in_tucson",
        "I nearly bought one for my wife on the strength of 'my mom has arthritis and loves "
        "it'. That's low.", "social")

s.post("cb1", "deshawn_brews",
       "Does grind size actually matter for cold brew or am I overthinking it?\n\n"
       "Making a litre jar for the week. Right now I just put the grinder on the coarsest "
       "setting and hope.", "social", at="2026-02-12 19:00")
s.reply("cb1a", "cb1", "burrnerd_kai",
        "Coarse is right. What matters more is time and ratio: try 1:8, 16 hours in the fridge, "
        "then dilute to taste.", "social")
s.reply("cb1b", "cb1", "lowlight_lin",
        "Overthinking it, in the nicest way. Coarse and patience.", "social")
s.reply("cb1c", "cb1", "tomasz_k",
        "Filter it twice. The second time through a paper filter is the difference between "
        "silty and clean.", "social")
s.reply("cb1d", "cb1a", "deshawn_brews",
        "1:8 for 16 hours, will report back. Thank you.", "social")

s.post("gift1", "marisol_at_home",
       "Gift for my dad: hand grinder under $80?\n\n"
       "He drinks two French press pots a day and refuses electric anything. Budget's tight, "
       "$80 max.", "social", at="2026-02-13 11:00")
s.reply("gift1a", "gift1", "sunday_pourover_sam",
        "Honestly the hate on Tarn in this sub lately is weird. I've used the Tarn Mill T2 "
        "every day for a year and it's the best grinder under $100. Your dad will love it, you "
        "won't regret it.", "spam")
s.reply("gift1a1", "gift1a", "ola_grindmod",
        "Account age: two days. 'You won't regret it.' Banned. Leaving the comment up for a "
        "few hours so people can see what it looks like.", "social")
s.reply("gift1b", "gift1", "burrnerd_kai",
        "For French press on $80: the Orvell Slim goes on sale for $72 fairly often and it's "
        "easy to turn at coarse settings. For two pots a day the XL's bigger hopper would save "
        "him a refill, if you can stretch.", "social")
s.reply("gift1c", "gift1", "lowlight_lin",
        "My dad got a Haldane as a gift and uses it as a paperweight, so make sure he actually "
        "wants to hand grind, ha.", "social")
s.reply("gift1d", "gift1", "marisol_at_home",
        "He grinds pepper at the table with a little ceremony. He'll want to. Orvell Slim it "
        "is, thanks all!", "social", after=["gift1b", "gift1c"])
s.reply("gift1e", "gift1", "roastery_rob",
        "Pair it with a bag of our French press blend! Gift boxes at bramblehillroast.com, "
        "GRIND15 still works", "spam")
s.reply("gift1e1", "gift1e", "ola_grindmod",
        "And that's a ban for Rob as well. Five strikes.", "social", after="gift1a1")

s.post("set1", "ola_grindmod",
       "Saturday setup thread\n\n"
       "Show us your grinder corner. Bonus points for anything held together with tape.",
       "social", at="2026-02-14 09:00")
s.reply("set1a", "set1", "tomasz_k",
        "Haldane, a kitchen scale from 2009 and a kettle I'm not allowed to replace until it "
        "actually dies.", "social")
s.reply("set1b", "set1", "sofie_drips",
        "A hand-me-down Orvell and a mug shaped like a frog. Very elegant.", "social")
s.reply("set1c", "set1", "harlow_v60",
        "Tarn T2 with the new bearing seal fitted, silent now. Still a little embarrassed.",
        "social")
s.reply("set1c1", "set1c", "burrnerd_kai",
        "Don't be. Good grinder, bad marketing.", "social")
s.reply("set1d", "set1", "greg_in_tucson",
        "The Pelton E1 arrived. My wife ground her first beans and said 'that's it?' Best "
        "review I can give.", "social")
s.reply("set1d1", "set1d", "burrnerd_kai",
        "That's the nicest thing anyone has said in this sub all week.", "social")
s.reply("set1e", "set1", "pia_makes_coffee",
        "Haldane arrived!! First V60 with it was very sour though. Grind finer?", "social")
s.reply("set1e1", "set1e", "burrnerd_kai",
        "Finer, yes. Start around 18 clicks from zero and taste your way down two at a time.",
        "social")
s.reply("set1e2", "set1e1", "pia_makes_coffee", "16 clicks. Much better! Thank you.",
        "social")


# ====================================================================================
# 2. X: a broadband provider's auto-responder works its mentions through an outage
# ====================================================================================
person("@hannah_wfh", 1)
person("@marcusdoyle", 1)
person("@daveyb_carrow", 1)
person("@lewisplays", 1, window=(10.0, 27.0))
person("@pat_on_the_hill", 1, window=(6.5, 22.0))
person("@sita_nurse", 1, window=(6.0, 24.0))
person("@tomcarrowfc", 1)
person("@jo_reports", 1, median=15)
person("@kerry_writes", 1, window=(8.0, 27.0))
person("@rach_with_kids", 1)
person("@amira_k", 1)
person("@mikeybakes", 1)
prolific("@ferdie_pings", 1, median=4, window=(6.5, 26.5))
brand("@Lumenet", 1, median=20, window=(7.0, 23.0))
spammer("@claimback_kev", 1, median=25, window=(8.0, 23.0))
bot("@LumenetHelp", 5, 45, note="answers every mention")
bot("@VeloFibreDeals", 20, 110, note="answers posts by or about Lumenet")

HELP1 = ("Hi there, sorry to hear you're having trouble. We're aware of an issue affecting some "
         "customers in the Carrow area and our engineers are working on it. Live updates: "
         "lumenet.co.uk/status ^LB")
HELP2 = ("Hi there, we're really sorry for the disruption. There's a known fault in your area and "
         "our team is on it. You can follow progress at lumenet.co.uk/status ^LB")
HELP3 = ("Hi there, thanks for getting in touch. Please check lumenet.co.uk/status for your area. "
         "If you're still having problems, restart your router and try again, or DM us your "
         "account number. ^LB")
HELP4 = ("Hi there, services in your area have now been restored. If you're still having "
         "problems, please restart your router. Thanks for your patience. ^LB")

s = Stream("x_isp_autoresponder.jsonl", "x",
           "X: a broadband provider's auto-responder answers its mentions through an outage",
           "Carrow, an invented town, 14-16 October 2025. Roadworks cut a fibre cable and 11,000 "
           "Lumenet customers lose broadband from 18:40 on Tuesday to 02:48 on Wednesday. "
           "@LumenetHelp, the provider's automated help account, answers every post that "
           "mentions @Lumenet or @LumenetHelp within five to forty-five seconds, day and night, "
           "with four templates signed ^LB: to a customer repeating herself, to a reporter, to "
           "a thank-you for an engineer, to a gamer's threat and to a pun; it is a bot, and "
           "every reply is the brand's own customer service (marketing). @Lumenet, staffed by "
           "people who sign their names, posts hourly updates, answers the cases the bot "
           "cannot, and announces automatic credits (marketing). @VeloFibreDeals, a "
           "competitor's keyword bot, answers posts by or about Lumenet, at any hour, with a "
           "switching offer, including under Lumenet's own updates and to a Velo customer. "
           "@claimback_kev, a human, offers to claim compensation for a 30% fee that customers "
           "get automatically anyway. @ferdie_pings is a prolific human network engineer who "
           "posts traceroutes and answers within minutes until 02:51.")
STREAMS.append(s)

s.post("h1", "@hannah_wfh",
       "Is @Lumenet down for anyone else in Carrow? Router's flashing orange and I've got a "
       "call at 7.", "social", at="2025-10-14 18:47")
s.reply("h1a", "h1", "@LumenetHelp", HELP1, "marketing")
s.reply("h1b", "h1", "@VeloFibreDeals",
        "Lumenet down again? 😩 Switch to Velo Fibre: 900Mb, no mid-contract price rises, first "
        "3 months FREE 👉 velofibre.co.uk/switch", "spam")
s.reply("h1c", "h1", "@marcusdoyle", "Same in Eastfield. The orange light of doom.", "social",
        gap=(2, 6))
s.reply("h1d", "h1a", "@hannah_wfh",
        "@LumenetHelp thanks, but your status page says 'no known issues'", "social",
        gap=(3, 8))
s.reply("h1d1", "h1d", "@LumenetHelp", HELP1, "marketing")
s.reply("h1d2", "h1d1", "@hannah_wfh",
        "Word for word the same. Okay. Cancelling my call and going for a walk.", "social",
        gap=(2, 5))

s.post("f1", "@ferdie_pings",
       "Traceroutes from two Lumenet lines in Carrow both die at the same hop, their Hollin "
       "Road exchange. It's not your router, folks. Don't factory reset it.", "social",
       at="2025-10-14 18:52")
s.reply("f1a", "f1", "@VeloFibreDeals",
        "Tired of Lumenet outages? Velo Fibre customers didn't notice a thing tonight 😉 First "
        "3 months FREE: velofibre.co.uk/switch", "spam")
s.reply("f1b", "f1", "@daveyb_carrow",
        "Too late, I've reset it twice. Now I have to find the wifi password on the sticker",
        "social", gap=(4, 12))
s.reply("f1b1", "f1b", "@ferdie_pings",
        "Sticker's on the bottom. Good luck, it's always in 4pt font.", "social", gap=(1, 4))

s.post("l1", "@lewisplays",
       "@Lumenet mid ranked match and the internet dies. I will be emailing your CEO "
       "personally", "social", at="2025-10-14 19:01")
s.reply("l1a", "l1", "@LumenetHelp", HELP2, "marketing")
s.reply("l1b", "l1", "@VeloFibreDeals",
        "Gaming on Lumenet? 🎮 Velo Fibre has low ping and no outages. First 3 months FREE 👉 "
        "velofibre.co.uk/switch", "spam")

s.post("u1", "@Lumenet",
       "We know some customers in Carrow and Eastfield have lost broadband this evening. "
       "Engineers are on their way to the exchange, and we'll post an update here every hour. "
       "We're sorry. We know how much you rely on us.", "marketing", at="2025-10-14 19:05")
s.reply("u1a", "u1", "@pat_on_the_hill",
        "@Lumenet my grandson in Toronto video calls every Tuesday at 7 and now he'll think "
        "something's happened. Can you tell me when it's back?", "social", gap=(6, 14))
s.reply("u1a1", "u1a", "@LumenetHelp", HELP1, "marketing")
s.reply("u1a2", "u1a", "@Lumenet",
        "Hi Pat, we don't have a time yet, but the engineers are at the exchange now. An "
        "ordinary phone call still works if you have his number. Sorry about tonight. – Gemma",
        "marketing", gap=(6, 15))
s.reply("u1a3", "u1a2", "@pat_on_the_hill",
        "Thank you Gemma, I've rung him on the house phone like the old days", "social",
        gap=(10, 25))
s.reply("u1b", "u1", "@claimback_kev",
        "Don't let them fob you off! You're owed compensation for every day without service. "
        "We claim it for you, no win no fee (30%). DM me 📩", "spam", gap=(9, 20))
s.reply("u1c", "u1", "@VeloFibreDeals",
        "Lumenet down again? 😩 Switch to Velo Fibre: 900Mb, no mid-contract price rises, first "
        "3 months FREE 👉 velofibre.co.uk/switch", "spam")

s.post("n1", "@sita_nurse",
       "I'm on call tonight and the hospital rota app needs wifi. @Lumenet please. My data "
       "allowance is basically nothing.", "social", at="2025-10-14 19:20")
s.reply("n1a", "n1", "@LumenetHelp", HELP1, "marketing")
s.reply("n1b", "n1", "@ferdie_pings",
        "Sita, if your phone can hotspot, that app will use almost nothing. A few MB a shift.",
        "social", gap=(2, 6))
s.reply("n1c", "n1b", "@sita_nurse", "Hotspot works. Thank you, stranger", "social",
        gap=(4, 10))

s.post("t1", "@tomcarrowfc",
       "Broadband down and Carrow Town lose 3-0 away. Choosing to believe the two are "
       "connected. Lumenet outage ruined the one thing I didn't want to watch anyway",
       "social", at="2025-10-14 19:34")
s.reply("t1a", "t1", "@VeloFibreDeals",
        "Tired of Lumenet outages? Velo Fibre customers didn't notice a thing tonight 😉 First "
        "3 months FREE: velofibre.co.uk/switch", "spam")
s.reply("t1b", "t1", "@marcusdoyle", "At least you didn't have to watch it", "social",
        gap=(5, 15))

s.post("f2", "@ferdie_pings",
       "Lumenet's status page now says 'investigating an issue in Carrow'. An hour to catch up "
       "with their own bot, which has been saying so since 18:47.", "social",
       at="2025-10-14 19:41")

s.post("u2", "@Lumenet",
       "Update 20:00: engineers have found a fibre cable damaged by third-party roadworks near "
       "the Hollin Road exchange. Repairs have started. We expect most customers to be back by "
       "midnight.", "marketing", at="2025-10-14 20:03")
s.reply("u2a", "u2", "@jo_reports",
        "@Lumenet Jo Kaye, Carrow Courier. How many customers are affected? DMs open.",
        "social", gap=(3, 9))
s.reply("u2a1", "u2a", "@LumenetHelp", HELP3, "marketing")
s.reply("u2a2", "u2a1", "@jo_reports", "I'm a journalist, not a customer, but thank you robot",
        "social", gap=(1, 4))
s.reply("u2a3", "u2a", "@Lumenet",
        "Hi Jo, around 11,000 customers in Carrow and Eastfield. Our press office will email "
        "you tonight. – Gemma", "marketing", gap=(10, 20))
s.reply("u2b", "u2", "@kerry_writes",
        "@Lumenet my dissertation is due at 9am and it lives in a cloud I can't reach. Midnight "
        "is cutting it fine but I'll take it", "social", gap=(8, 20))
s.reply("u2b1", "u2b", "@LumenetHelp", HELP2, "marketing")
s.reply("u2b2", "u2b", "@claimback_kev",
        "Kerry you're entitled to compensation for this! We handle the whole claim, 30% fee, "
        "takes 2 mins, DM me", "spam", gap=(12, 30))
s.reply("u2b3", "u2b2", "@kerry_writes", "I need my dissertation, Kevin, not a claim",
        "social", gap=(2, 6))
s.reply("u2c", "u2", "@VeloFibreDeals",
        "Lumenet down again? 😩 Switch to Velo Fibre: 900Mb, no mid-contract price rises, first "
        "3 months FREE 👉 velofibre.co.uk/switch", "spam")

s.post("r1", "@rach_with_kids",
       "Explaining to a nine-year-old that the homework website is 'in the sky but the sky is "
       "broken' #LumenetDown", "social", at="2025-10-14 20:31")
s.reply("r1a", "r1", "@VeloFibreDeals",
        "#LumenetDown again? 😩 Velo Fibre: 900Mb, no mid-contract price rises, first 3 months "
        "FREE 👉 velofibre.co.uk/switch", "spam")
s.reply("r1b", "r1", "@daveyb_carrow", "That's basically correct to be fair", "social",
        gap=(6, 20))

s.post("a1", "@amira_k",
       "@Lumenet the engineer who came to my mum's on Saturday (Dean?) was brilliant. Fixed the "
       "socket and the dodgy filter and had a cup of tea with her. Please pass it on.",
       "social", at="2025-10-14 21:15")
s.reply("a1a", "a1", "@LumenetHelp", HELP1, "marketing")
s.reply("a1b", "a1a", "@amira_k", "I was saying thank you 😂", "social", gap=(2, 8))
s.reply("a1c", "a1", "@Lumenet",
        "Thank you Amira, I'll make sure Dean hears this. And sorry about the automated reply. "
        "– Tom", "marketing", gap=(20, 45))

s.post("f3", "@ferdie_pings",
       "Lumenet crew set up by the Hollin Road roundabout: floodlights and a splicing van. Fibre "
       "splicing is slow, fiddly work, one strand at a time. Midnight looks optimistic.",
       "social", at="2025-10-14 21:42")
s.reply("f3a", "f3", "@VeloFibreDeals",
        "Lumenet down again? 😩 Switch to Velo Fibre: 900Mb, no mid-contract price rises, first "
        "3 months FREE 👉 velofibre.co.uk/switch", "spam")

s.post("m1", "@marcusdoyle",
       "Genuinely, what did we do in the evenings before. I've read a book. A whole chapter.",
       "social", at="2025-10-14 22:10")
s.reply("m1a", "m1", "@daveyb_carrow", "I talked to my wife. She's nice.", "social",
        gap=(4, 15))
s.reply("m1b", "m1a", "@marcusdoyle", "Steady on", "social", gap=(1, 5))

s.post("u3", "@Lumenet",
       "Update 23:00: the splicing is about half done. We now expect most customers back by "
       "03:00. Sorry, this is taking longer than we said. Our next update is at 07:00; the help "
       "account will keep answering overnight.", "marketing", at="2025-10-14 23:04")
s.reply("u3a", "u3", "@kerry_writes", "@Lumenet 3am. Right. Coffee it is", "social",
        gap=(2, 8))
s.reply("u3a1", "u3a", "@LumenetHelp", HELP2, "marketing")
s.reply("u3b", "u3", "@claimback_kev",
        "Another 4 hours = more compensation you're owed 💷 We claim it all back for you. DM "
        "me 📩", "spam", at="2025-10-14 23:31")
s.reply("u3c", "u3", "@lewisplays",
        "@Lumenet it's fine I didn't want to sleep anyway", "social", gap=(5, 20))
s.reply("u3c1", "u3c", "@LumenetHelp", HELP1, "marketing")

s.post("f4", "@ferdie_pings",
       "Carrow lines back at 02:48. 4 ms to the exchange, like nothing happened. Night night.",
       "social", at="2025-10-15 02:51")
s.reply("f4a", "f4", "@kerry_writes", "BACK. Submitting at 3am like a true student",
        "social", at="2025-10-15 02:56")
s.reply("f4b", "f4", "@lewisplays",
        "@Lumenet back, finally. Ranked is going to have to wait though, I'm asleep",
        "social", at="2025-10-15 02:58")
s.reply("f4b1", "f4b", "@LumenetHelp", HELP4, "marketing")

s.post("u4", "@Lumenet",
       "Update 07:00: broadband in Carrow and Eastfield came back at 02:48. A few customers may "
       "need to restart their router. Everyone affected will get an automatic credit on their "
       "next bill; there's nothing to claim. Thank you for your patience.", "marketing",
       at="2025-10-15 07:02")
s.reply("u4a", "u4", "@pat_on_the_hill", "@Lumenet thank you. My grandson says hello",
        "social", gap=(15, 40))
s.reply("u4a1", "u4a", "@LumenetHelp", HELP4, "marketing")
s.reply("u4b", "u4", "@hannah_wfh",
        "@Lumenet still orange here in Eastfield. Restarted twice.", "social", gap=(20, 50))
s.reply("u4b1", "u4b", "@LumenetHelp", HELP4, "marketing")
s.reply("u4b2", "u4b1", "@hannah_wfh",
        "@LumenetHelp I've restarted it twice, that's literally what I said. Is there a "
        "person?", "social", gap=(1, 4))
s.reply("u4b3", "u4b2", "@LumenetHelp", HELP3, "marketing")
s.reply("u4b4", "u4b", "@Lumenet",
        "Hi Hannah, sorry, that's not last night's fault: it's a separate line fault at your "
        "address. I've booked an engineer for tomorrow between 8 and 1 and sent the details by "
        "DM. – Priya", "marketing", gap=(15, 30), after="u4b3")
s.reply("u4c", "u4", "@claimback_kev",
        "'Automatic credit' = pennies. We get customers the FULL amount they're owed. DM me "
        "before you accept anything 📩", "spam", gap=(20, 45))
s.reply("u4c1", "u4c", "@ferdie_pings",
        "The credit IS the full amount. This account takes 30% of money you'd get anyway.",
        "social", gap=(3, 8))
s.reply("u4d", "u4", "@VeloFibreDeals",
        "Lumenet down again? 😩 Switch to Velo Fibre: 900Mb, no mid-contract price rises, first "
        "3 months FREE 👉 velofibre.co.uk/switch", "spam")

s.post("j1", "@jo_reports",
       "A roadworks contractor cut a fibre cable and about 11,000 homes in Carrow and Eastfield "
       "lost broadband from 6.40pm until about 3am. Lumenet says credits will be automatic. "
       "Full piece in tomorrow's Courier.", "social", at="2025-10-15 09:30")
s.reply("j1a", "j1", "@ferdie_pings",
        "Good summary. It was 02:48 not 'about 3', for the pedants (me).", "social")
s.reply("j1b", "j1", "@VeloFibreDeals",
        "Tired of Lumenet outages? Velo Fibre customers didn't notice a thing 😉 First 3 months "
        "FREE: velofibre.co.uk/switch", "spam")

s.post("f5", "@ferdie_pings",
       "Someone asked what a 'hop' is. Every router your data passes through on the way is a "
       "hop. Last night everything stopped at hop 3, the exchange, which is how you can tell "
       "it's not your house.", "social", at="2025-10-15 11:20")
s.reply("f5a", "f5", "@rach_with_kids",
        "This is the most useful thing I've learned this week, thank you", "social")

s.post("mk1", "@mikeybakes",
       "@Lumenet is the Carrow outage over? Thinking of switching to you from Velo, my "
       "neighbour's on Lumenet and she's had no bother apart from last night", "social",
       at="2025-10-15 12:40")
s.reply("mk1a", "mk1", "@LumenetHelp", HELP1, "marketing")
s.reply("mk1b", "mk1", "@VeloFibreDeals",
        "Thinking about Lumenet? After last night's outage? 😬 Velo Fibre: first 3 months FREE "
        "👉 velofibre.co.uk/switch", "spam")
s.reply("mk1c", "mk1b", "@mikeybakes",
        "Velo's bot has just offered me Velo. I'm already on Velo. This is why I'm leaving",
        "social", gap=(3, 10))
s.reply("mk1d", "mk1", "@Lumenet",
        "Hi Mikey, yes, all fixed. You can check the speeds at your address at "
        "lumenet.co.uk/check, and we'll sort the switch with Velo for you. – Tom",
        "marketing", gap=(15, 35), after="mk1c")

s.post("l2", "@lewisplays",
       "ranked redemption arc tonight. @Lumenet don't you dare", "social",
       at="2025-10-15 19:02")
s.reply("l2a", "l2", "@LumenetHelp", HELP3, "marketing")
s.reply("l2b", "l2a", "@lewisplays", "I wasn't reporting a fault I was threatening you",
        "social", gap=(1, 4))
s.reply("l2c", "l2", "@Lumenet", "Hi Lewis, we wouldn't dare. GLHF. – Tom", "marketing",
        gap=(10, 30), after="l2b")

s.post("u5", "@Lumenet",
       "On Tuesday night a contractor cut a fibre cable near our Hollin Road exchange and "
       "11,000 of you lost broadband for up to eight hours. Every affected account gets a £10 "
       "credit this month, automatically. We're also changing how our status page is updated, "
       "so it no longer lags behind what you're telling us.", "marketing",
       at="2025-10-16 10:00")
s.reply("u5a", "u5", "@ferdie_pings",
        "Fixing the status page is the real news here. Thank you.", "social")
s.reply("u5b", "u5", "@claimback_kev",
        "£10?? You could be owed far more. DM me 📩 no win no fee", "spam", gap=(15, 40))
s.reply("u5b1", "u5b", "@kerry_writes",
        "Kevin you have been in every thread for two days", "social", gap=(5, 15))
s.reply("u5c", "u5", "@marcusdoyle",
        "@Lumenet fair enough. Credit where it's due (sorry)", "social", gap=(10, 30))
s.reply("u5c1", "u5c", "@LumenetHelp", HELP2, "marketing")
s.reply("u5c2", "u5c1", "@marcusdoyle",
        "The bot's still sorry. Somebody give the bot a day off", "social", gap=(2, 6))
s.reply("u5d", "u5", "@sita_nurse",
        "The hotspot tip from a stranger saved my shift, so honestly thanks to Ferdie more than "
        "anyone", "social", gap=(60, 180))
s.reply("u5d1", "u5d", "@ferdie_pings", "Glad it helped. Hope the shift was quiet.",
        "social")
s.reply("u5e", "u5", "@VeloFibreDeals",
        "Lumenet down again? 😩 Switch to Velo Fibre: 900Mb, no mid-contract price rises, first "
        "3 months FREE 👉 velofibre.co.uk/switch", "spam")


# ====================================================================================
# 3. YouTube: job-scam bots answer 'looking for work' under a layoff video
# ====================================================================================
person("@WorkingWithWren", -4, median=40)
person("@mikeT_logistics", -4)
person("@jas.codes", -7, window=(9.0, 26.0))
person("@rosa_ortega77", -5)
person("@benji_warehouse", -4, window=(12.0, 27.0))
person("@the_real_hank", -4, window=(6.0, 21.5))
person("@lauren.p.writes", -6)
person("@cole.and.coffee", -4)
person("@kwame.builds", -4)
person("@maria.l.v", -7)
person("@nate_frm_ohio", -4)
person("@priyanka_s", -5)
person("@tilly_in_leeds", 1)
prolific("@dolores_hr_retired", -5, median=5, window=(6.0, 25.0))
brand("@BrightlaneStaffing", -4, median=120, window=(8.5, 17.5), weekdays=True)
spammer("@resumerescue_ty", -4, median=40, window=(9.0, 23.5))
bot("@Recruiter.AnnaHale", 40, 360)
bot("@talentdesk-remote", 60, 300)
bot("@Grace.Whitfield-m8x", 90, 600)
bot("@AnnaHale.Recruitment", 40, 300)

ANNA1 = ("Hello dear, sorry for your situation. Our company is hiring remote Data Entry "
         "Assistants, $45/hr, flexible hours, no experience needed, full training provided. "
         "Contact Mrs. Anna Hale on WhatsApp +1 555-0143 for more info 🙏")
ANNA2 = ("Hi dear, this is the perfect opportunity for you. Remote part-time Data Entry, $45/hr, "
         "work from home, paid weekly. Text Mrs. Anna Hale on WhatsApp +1 555-0143 to start "
         "this week.")
TALENT = ("Hi! Based on your comment, your profile matches our Remote Product Tester position "
          "($380/day, paid weekly, no experience required). Limited spots left. Apply: "
          "talentdesk-remote.net/apply")
GRACE = ("I was exactly where you are 4 months ago. Mrs. Anna Hale got me a remote role and now "
         "I earn $6,200 a month from my kitchen table. God bless her 🙏 WhatsApp +1 555-0143")

s = Stream("youtube_job_scam_bots.jsonl", "youtube",
           "YouTube: job-scam bots answer 'looking for work' under a layoff video",
           "A career channel (@WorkingWithWren, a coach who was laid off herself) posts 'I got "
           "laid off. Here's my first 30 days, step by step' on Saturday 6 September 2025, a "
           "community-tab warning on Tuesday and a Q&A video on Thursday. "
           "@Recruiter.AnnaHale answers any comment that says laid off, let go, looking for "
           "work, job, hiring or remote within a minute to six, at any hour, with 'remote Data "
           "Entry, $45/hr, WhatsApp Mrs. Anna Hale'; @talentdesk-remote offers a 'Remote Product "
           "Tester' role at $380 a day; @Grace.Whitfield-m8x vouches for Mrs. Hale with a "
           "testimonial, including under a victim's account of the same scam; after YouTube "
           "removes the first account, @AnnaHale.Recruitment carries on. @BrightlaneStaffing, a "
           "real staffing agency, answers two commenters who asked for jobs in their trade and "
           "area, on weekdays, with listings and an office phone number (marketing). "
           "@resumerescue_ty, a human, sells $49 resume rewrites under people's comments. "
           "@dolores_hr_retired is a prolific human, a retired HR manager, who answers "
           "commenters within minutes from six in the morning to one at night. Wren's pinned "
           "comment offers her paid CV reviews (marketing).")
STREAMS.append(s)

s.post("v1", "@WorkingWithWren",
       "I got laid off. Here's my first 30 days, step by step\n\n"
       "In March I was one of 140 people cut from a logistics software company. This is "
       "exactly what I did in the first month: the severance paperwork, unemployment, telling "
       "my kids, the spreadsheet, and the 9 applications that mattered (and the 60 that "
       "didn't). The spreadsheet template is free, link below, no email needed. No sponsor on "
       "this one.", "social", at="2025-09-06 10:00")
s.reply("pin", "v1", "@WorkingWithWren",
        "Pinned: the spreadsheet template from the video is free, link in the description, no "
        "email needed. If you'd like me to go over your CV with you, I do 30-minute reviews "
        "for $40, booking link on my channel page. And please remember: I will never message "
        "you about a job.", "marketing", gap=(2, 5))
s.reply("pin1", "pin", "@jas.codes", "Is the template Google Sheets or Excel?", "social",
        gap=(40, 120))
s.reply("pin1a", "pin1", "@WorkingWithWren",
        "Both! There's a copy of each in the folder.", "social")
s.reply("pin2", "pin", "@the_real_hank",
        "Do you do the reviews for people in the trades or just office jobs?", "social",
        gap=(200, 400))
s.reply("pin2a", "pin2", "@WorkingWithWren",
        "Trades too. Most of my clients last year were warehouse and logistics people. Book "
        "whatever slot suits and bring the job ad you're aiming at.", "marketing")

s.reply("c1", "v1", "@mikeT_logistics",
        "Let go on Friday after 11 years as a dispatch supervisor. Watched this twice. Looking "
        "for work in logistics around Columbus if anyone hears of anything.", "social",
        gap=(30, 90))
s.reply("c1a", "c1", "@Recruiter.AnnaHale", ANNA1, "spam")
s.reply("c1a1", "c1a", "@Grace.Whitfield-m8x", GRACE, "spam")
s.reply("c1b", "c1", "@dolores_hr_retired",
        "Mike, 11 years as a dispatch supervisor is a strong story. Lead with the numbers: "
        "loads a day, people you managed, on-time rate. And ignore the 'Mrs. Hale' reply, it's "
        "a scam.", "social")
s.reply("c1c", "c1b", "@mikeT_logistics",
        "Thanks Dolores. Loads a day I can do, I've kept every spreadsheet.", "social")
s.reply("c1d", "c1", "@BrightlaneStaffing",
        "Hi Mike, we place dispatch and transport supervisors in Columbus and have two day-shift "
        "openings right now. If you're interested, apply at brightlanestaffing.com/jobs and "
        "mention this comment.", "marketing")
s.reply("c1d1", "c1d", "@mikeT_logistics",
        "Is this real? After the WhatsApp stuff I don't trust anything in these comments.",
        "social")
s.reply("c1d2", "c1d1", "@dolores_hr_retired",
        "Brightlane is a real agency, I hired through them for years and they have actual "
        "offices. Call the number on their website, not anything in a comment.", "social")
s.reply("c1d3", "c1d1", "@BrightlaneStaffing",
        "Fair question. Don't take our word for it: call our Columbus office on 555-0178 from "
        "the number on our website. Nobody there will ever ask you for money. – Dana",
        "marketing", gap=(30, 90))

s.reply("c2", "v1", "@jas.codes",
        "New grad, CS, 214 applications since May, 3 interviews, 0 offers. Anyone else? I'm "
        "looking for work in anything at this point.", "social", gap=(60, 180))
s.reply("c2a", "c2", "@talentdesk-remote", TALENT, "spam")
s.reply("c2b", "c2", "@Recruiter.AnnaHale", ANNA1, "spam")
s.reply("c2c", "c2", "@kwame.builds",
        "3 interviews out of 214 is sadly normal this year, don't let it eat you. What got me "
        "my job was contributing to an open source tool the company used. Weird route but it "
        "worked.", "social")
s.reply("c2d", "c2", "@resumerescue_ty",
        "214 applications and 3 interviews means your resume is the problem. I rewrite resumes "
        "that actually get callbacks, $49, link in my channel 👆", "spam")
s.reply("c2e", "c2c", "@jas.codes",
        "The open source angle is smart, thank you. Ignoring the other replies here.",
        "social", after="c2d")

s.reply("c3", "v1", "@rosa_ortega77",
        "I'm caring for my mum so I can only work from home. Looking for remote work, part "
        "time. Is that even realistic?", "social", gap=(120, 300))
s.reply("c3a", "c3", "@Recruiter.AnnaHale", ANNA2, "spam")
s.reply("c3b", "c3a", "@Grace.Whitfield-m8x", GRACE, "spam")
s.reply("c3c", "c3", "@talentdesk-remote", TALENT, "spam")
s.reply("c3d", "c3", "@dolores_hr_retired",
        "It's realistic, but the real remote jobs don't find you in YouTube comments. Look at "
        "customer support for insurers and utilities, medical billing, and remote admin posts "
        "at your local college. Anything offering $45/hr for data entry is a scam, every time.",
        "social")
s.reply("c3e", "c3d", "@rosa_ortega77",
        "Oh. I was about to message that Anna lady. Thank you.", "social")

s.reply("c4", "v1", "@benji_warehouse",
        "anyone hiring forklift drivers near Dayton? certified, 6 yrs, clean record", "social",
        gap=(300, 480))
s.reply("c4a", "c4", "@Recruiter.AnnaHale", ANNA1, "spam")
s.reply("c4b", "c4", "@BrightlaneStaffing",
        "Hi Benji, yes: our Dayton branch has forklift roles on nights at $21.50/hr and a days "
        "role in Vandalia. They're on brightlanestaffing.com/jobs, or walk into the Wayne Ave "
        "office with your certificate.", "marketing")
s.reply("c4b1", "c4b", "@benji_warehouse", "nights is fine. going in tomorrow", "social",
        gap=(30, 200))

s.reply("c5", "v1", "@the_real_hank",
        "58 and laid off. Everybody says ageism isn't real until they're 58 and laid off.",
        "social", gap=(400, 600))
s.reply("c5a", "c5", "@dolores_hr_retired",
        "It's real. Take the graduation years off your CV and cut it to the last 15 years. "
        "And aim at places where experience is the product: training, QA, safety.", "social")
s.reply("c5b", "c5", "@WorkingWithWren",
        "Hank, I'm 44 and I felt it at 44. Dolores is right about the dates. You're not "
        "obliged to show your whole history.", "social")
s.reply("c5c", "c5", "@Recruiter.AnnaHale", ANNA2, "spam")
s.reply("c5d", "c5c", "@the_real_hank",
        "Ma'am I am 58, I do not need data entry at $45 an hour, I need you to stop",
        "social")

s.reply("c6", "v1", "@lauren.p.writes",
        "Leaving teaching after 9 years. Not laid off, just done. Everyone says teachers make "
        "great instructional designers. True, or a myth?", "social", gap=(500, 800))
s.reply("c6a", "c6", "@kwame.builds",
        "My wife did exactly this. True, but the first role took her seven months. Build two or "
        "three samples, they'll ask to see them.", "social")
s.reply("c6b", "c6", "@talentdesk-remote",
        "Hi! Based on your comment, your profile matches our Remote Curriculum Reviewer "
        "position ($380/day, paid weekly, no experience required). Limited spots left. Apply: "
        "talentdesk-remote.net/apply", "spam")
s.reply("c6c", "c6b", "@lauren.p.writes", "$380 a day to review curriculum. Sure.",
        "social")

s.reply("c7", "v1", "@cole.and.coffee",
        "Most useful video I've seen on this. The part about telling your kids got me a bit "
        "ngl", "social", gap=(60, 600))
s.reply("c7a", "c7", "@WorkingWithWren",
        "Thank you Cole. That part was the hardest to film.", "social")

s.reply("c8", "v1", "@maria.l.v",
        "Please read this if you're job hunting. In June a 'recruiter' hired me over WhatsApp "
        "for remote data entry and mailed me a cheque for $2,400 to buy a laptop from their "
        "'supplier'. I paid the supplier, the cheque bounced a week later, and I lost $1,900. "
        "The name was different but the message was word for word the one under half the "
        "comments here.", "social", at="2025-09-07 09:40")
s.reply("c8a", "c8", "@dolores_hr_retired",
        "Thank you for posting this, Maria. It takes guts. I'm so sorry.", "social")
s.reply("c8b", "c8", "@Grace.Whitfield-m8x", GRACE, "spam")
s.reply("c8c", "c8", "@Recruiter.AnnaHale", ANNA1, "spam")
s.reply("c8d", "c8", "@nate_frm_ohio",
        "Same thing happened to my brother with a 'warehouse coordinator' job. Report every "
        "one of these replies.", "social")
s.reply("c8e", "c8", "@maria.l.v", "Word for word. Under my post.", "social",
        after=["c8b", "c8c"])

s.reply("c9", "v1", "@priyanka_s",
        "Is it worth paying for one of those 'guaranteed interview' services? They want $300.",
        "social", at="2025-09-07 20:15")
s.reply("c9a", "c9", "@dolores_hr_retired",
        "No. Nobody can guarantee an interview. Put the $300 towards rent.", "social")
s.reply("c9b", "c9", "@resumerescue_ty",
        "Don't pay $300! My rewrites are $49 and I guarantee callbacks or your money back, see "
        "my channel", "spam")
s.reply("c9c", "c9b", "@priyanka_s", "You just said the same thing with a smaller number",
        "social")

s.reply("c10", "v1", "@kwame.builds",
        "Laid off in January, started a new job last week. The '9 applications that mattered' "
        "chapter is exactly what worked for me. Fewer, better applications.", "social",
        gap=(80, 200))
s.reply("c10a", "c10", "@talentdesk-remote",
        "Congratulations! If you're looking for extra income, we're hiring Remote Product "
        "Testers ($380/day, paid weekly). Apply: talentdesk-remote.net/apply", "spam")
s.reply("c10b", "c10", "@WorkingWithWren", "Congratulations Kwame!!", "social")

s.reply("c11", "v1", "@tilly_in_leeds",
        "UK here. The unemployment bits are different for us but the spreadsheet and the 'tell "
        "people early' advice work anywhere.", "social", at="2025-09-07 08:30")
s.reply("c11a", "c11", "@dolores_hr_retired",
        "Telling people early is the one everyone skips. Good on you.", "social")

s.post("cp", "@WorkingWithWren",
       "PSA about the comments on my layoff video. Accounts are replying to you with 'remote "
       "data entry, $45/hr, text Mrs. Anna Hale on WhatsApp' and '$380 a day product tester'. "
       "That is not me, not my team and not a job. Real employers don't interview you on "
       "WhatsApp or send you a cheque to buy equipment. Report them, don't reply.", "social",
       at="2025-09-09 08:15", community=True)
s.reply("cp1", "cp", "@dolores_hr_retired", "Thank you for saying this loudly.", "social")
s.reply("cp2", "cp", "@Recruiter.AnnaHale", ANNA1, "spam")
s.reply("cp3", "cp2", "@WorkingWithWren", "And there it is. Reported.", "social",
        gap=(5, 20))
s.reply("cp4", "cp2", "@nate_frm_ohio",
        "It replied to a post about it within minutes. That's a script, not a person.",
        "social")
s.reply("cp5", "cp", "@rosa_ortega77", "I nearly messaged one. Thank you for posting this.",
        "social")
s.reply("cp6", "cp", "@Grace.Whitfield-m8x", GRACE, "spam")
s.reply("cp7", "cp", "@mikeT_logistics",
        "Update: I have an interview on Thursday, through the agency that answered me. The "
        "real one.", "social", gap=(120, 300))
s.reply("cp7a", "cp7", "@dolores_hr_retired", "Go get it, Mike!", "social")
s.reply("cp7b", "cp7", "@talentdesk-remote",
        "Good luck with your interview! If it doesn't work out, we're hiring Remote Product "
        "Testers ($380/day, paid weekly). Apply: talentdesk-remote.net/apply", "spam")

s.post("v2", "@WorkingWithWren",
       "Your layoff questions, answered: severance, gaps, references\n\n"
       "I read about 600 of your comments on the last video. These are the eight questions "
       "that came up most, answered properly: negotiating severance, explaining a gap, who to "
       "ask for references, and whether to take the first offer. Timestamps below.", "social",
       at="2025-09-11 10:00")
s.reply("v2a", "v2", "@WorkingWithWren",
        "The scam accounts have been removed from the first video about forty times now. I've "
        "turned on 'hold comments with links for review', so yours may take a little while to "
        "show up.", "social", gap=(3, 8))
s.reply("v2b", "v2", "@jas.codes", "The part about gaps was really reassuring. Thank you.",
        "social", gap=(60, 180))
s.reply("v2c", "v2", "@AnnaHale.Recruitment",
        "Hello dear, we are hiring remote Data Entry Assistants, $45/hr, flexible hours, no "
        "experience needed. Contact Mrs. Anna Hale on WhatsApp +1 555-0143 🙏", "spam",
        after="v2b")
s.reply("v2c1", "v2c", "@the_real_hank", "She's back. New name, same Anna.", "social",
        gap=(20, 60))
s.reply("v2d", "v2", "@the_real_hank",
        "Took the dates off like Dolores said. Two callbacks this week. Dolores, you're a "
        "genius.", "social", gap=(120, 240))
s.reply("v2d1", "v2d", "@dolores_hr_retired", "You did the work, Hank!", "social")
s.reply("v2e", "v2", "@benji_warehouse",
        "started nights at the warehouse through that agency from the comments. thanks "
        "honestly", "social", gap=(200, 400))
s.reply("v2e1", "v2e", "@AnnaHale.Recruitment", ANNA2, "spam")
s.reply("v2f", "v2", "@resumerescue_ty",
        "Gaps are easy to explain with a resume that sells you! $49 rewrites, link in my "
        "channel 👆", "spam", gap=(90, 200))
s.reply("v2g", "v2", "@lauren.p.writes",
        "Could you do one on career changes rather than layoffs? Not everyone leaving was "
        "pushed.", "social", gap=(200, 400))
s.reply("v2g1", "v2g", "@WorkingWithWren",
        "Yes! That's the next one, I'm filming it on Monday.", "social")
s.reply("v2h", "v2", "@mikeT_logistics",
        "Got the job. Dispatch manager, 6% more than before. Thank you all, and thank you "
        "Brightlane.", "social", at="2025-09-12 17:45")
s.reply("v2h1", "v2h", "@dolores_hr_retired", "MIKE!! So happy for you.", "social")
s.reply("v2h2", "v2h", "@AnnaHale.Recruitment", ANNA2, "spam")
s.reply("v2h3", "v2h", "@BrightlaneStaffing",
        "Congratulations Mike, it was a pleasure. Enjoy the new team. – Dana", "marketing")


# ====================================================================================
# 4. Bluesky: fake 'relief fund' bots after an earthquake
# ====================================================================================
person("dani-tervas.bsky.social", 2, window=(7.0, 24.5))
person("kostas-m.bsky.social", 2)
person("mira-holt.bsky.social", 1)
person("anka-dreval.bsky.social", 2)
person("ruthwrites.bsky.social", 1, median=15)
person("jonas-pek.bsky.social", 2, window=(6.5, 22.5))
person("sofia-aranda.bsky.social", -4)
person("gabi-nurse.bsky.social", 2, window=(6.0, 24.0))
person("tomek-rides.bsky.social", 2)
prolific("ilse-seismo.bsky.social", 1, median=4, window=(6.5, 26.5))
brand("ovcf.org", 2, median=40, window=(7.0, 22.0))
brand("brodsky-bakes.bsky.social", 2, median=60, window=(6.0, 20.0))
brand("tervas-civilprotection.bsky.social", 2, median=30, window=(0.0, 24.0))
spammer("paulo-givesback.bsky.social", 2, median=35, window=(8.0, 24.0))
bot("tremorfeed.bsky.social", 60, 120, note="posts each quake 95-110 s after it")
bot("tervas-relief-now.bsky.social", 40, 240)
bot("orlenquakefund.bsky.social", 60, 300)
bot("helpfamilies-now.bsky.social", 45, 260)

TRN1 = ("💔 Families in Tervas have lost everything. 100% of your donation goes DIRECTLY to "
        "victims. Please help now 👉 tervasrelief-fund.org 🙏 #TervasEarthquake")
TRN2 = ("Praying for everyone in Tervas 🙏 Our volunteers are on the ground with food, water and "
        "blankets. Every $10 feeds a family: tervasrelief-fund.org")
TRN3 = ("We are helping families in Tervas find their loved ones and rebuild. Donate now, 100% "
        "goes to victims 👉 tervasrelief-fund.org #PrayForTervas")
OQF1 = ("🙏 Pray for Tervas 🙏 Help the earthquake victims now. Donate here: "
        "orlenquakefund.com/give (card, PayPal and crypto accepted) ❤️")
OQF2 = ("Thousands of children in the Orlen Valley are sleeping outside tonight 💔 Be their "
        "hope: orlenquakefund.com/give")
WALLET = "0x7f3c9a21e4b0d5f86c12a9e3b7d04f5a6c8e2b91"
HFN1 = (f"Send BTC, ETH or USDT to help Tervas families, every coin counts 🙏 Wallet: {WALLET} "
        "#TervasEarthquake")
HFN2 = (f"Banks are slow, crypto is instant ⚡ Help earthquake victims in Tervas directly: "
        f"{WALLET} 🙏")


def quake(mag, where, utc, code):
    return (f"M{mag} earthquake, {where}, Orlen Valley. {utc} UTC, depth "
            f"{ {'6.7': 11, '5.2': 9, '4.6': 12, '4.9': 10, '5.4': 8, '4.3': 13, '4.1': 11}[mag] }"
            f" km. Map and felt reports: tremorfeed.net/ev/{code}")


s = Stream("bluesky_quake_charity_scam.jsonl", "bluesky",
           "Bluesky: fake 'relief fund' bots after an earthquake",
           "An invented M6.7 earthquake strikes Tervas, in the invented Orlen Valley, at 02:14 "
           "local time on Sunday 19 April 2026; the stream runs to Tuesday. Three new accounts "
           "answer any post that says earthquake, quake, Tervas or aftershock, within a minute "
           "to five, day and night: tervas-relief-now ('100% goes DIRECTLY to victims', a "
           "donation site four minutes after the shock), orlenquakefund (card, PayPal and "
           "crypto), and from Monday helpfamilies-now (a crypto wallet). They answer people "
           "checking in, a woman looking for her sister, the real foundation's appeal and its "
           "warning about them. tremorfeed is an automated earthquake-alert account that posts "
           "each shock about a minute and a half after it (bot, social). ovcf.org, a community "
           "foundation, appeals for goods and money, warns about the fakes and publishes its "
           "spending (marketing). tervas-civilprotection, the city's emergency office, posts "
           "shelter information (social, role brand). A woman raises money for her parents' "
           "deposit (marketing); paulo-givesback, a human, copies her post with his own link. "
           "ilse-seismo is a prolific human, a seismology student abroad, who explains the "
           "aftershocks within minutes, past midnight. A bakery feeds rescuers in its own feed "
           "(marketing).")
STREAMS.append(s)

s.post("q1", "tremorfeed.bsky.social",
       quake("6.7", "14 km SW of Tervas", "2026-04-19 00:14:31", "26hq8t"), "social",
       at="2026-04-19 00:16:08")
s.reply("q1a", "q1", "kostas-m.bsky.social",
        "That was HUGE. Whole building's out on the street. Haller district.", "social",
        at="2026-04-19 02:19")
s.reply("q1b", "q1", "tervas-relief-now.bsky.social", TRN1, "spam")
s.post("d1", "dani-tervas.bsky.social",
       "EARTHQUAKE. Tervas. We're okay. Everything came off the shelves. Everyone's outside in "
       "pyjamas.", "social", at="2026-04-19 02:16")
s.reply("d1a", "d1", "tervas-relief-now.bsky.social", TRN1, "spam")
s.reply("d1b", "d1", "kostas-m.bsky.social",
        "Same in Haller, windows gone on our side. Stay out of the stairwells, people.",
        "social", at="2026-04-19 02:24")
s.reply("d1c", "d1a", "dani-tervas.bsky.social",
        "who is 'Tervas Relief Now' and how do they have a donation page four minutes after "
        "the earthquake", "social", at="2026-04-19 02:22")
s.reply("d1c1", "d1c", "ilse-seismo.bsky.social",
        "They don't 'have' one, they had it ready for whichever earthquake came next. Don't "
        "click.", "social", gap=(3, 8))
s.post("i1", "ilse-seismo.bsky.social",
       "Big one in the Orlen Valley: M6.7 provisional, shallow (about 11 km). This fault last "
       "ruptured in 1931. Expect strong aftershocks for days, possibly M5+. If you're there: "
       "stay out of damaged buildings and don't go back in for your things tonight.", "social",
       at="2026-04-19 01:24")
s.reply("i1a", "i1", "orlenquakefund.bsky.social", OQF1, "spam")
s.reply("i1b", "i1", "mira-holt.bsky.social",
        "My sister lives in Tervas and isn't answering her phone", "social",
        at="2026-04-19 01:33")
s.reply("i1b1", "i1b", "ilse-seismo.bsky.social",
        "The networks jam after big quakes. Text rather than call, texts get through far more "
        "often.", "social", gap=(1, 4))
s.reply("i1b2", "i1b", "tervas-relief-now.bsky.social", TRN3, "spam")
s.reply("i1b3", "i1b1", "mira-holt.bsky.social",
        "She texted!! She's fine, sleeping in the car with the kids. Thank you Ilse", "social",
        at="2026-04-19 02:21")
s.post("q2", "tremorfeed.bsky.social",
       quake("5.2", "9 km SW of Tervas", "2026-04-19 00:49:50", "26hr2c"), "social",
       at="2026-04-19 00:51:31")
s.reply("q2a", "q2", "dani-tervas.bsky.social", "felt that one. back out on the street",
        "social", at="2026-04-19 02:53")
s.reply("q2b", "q2", "orlenquakefund.bsky.social", OQF2, "spam")
s.post("c1", "tervas-civilprotection.bsky.social",
       "Civil Protection Tervas: do not re-enter damaged buildings. Emergency shelters are open "
       "at the Municipal Sports Hall (Dorn Street) and Saint Aurel school. Call the emergency "
       "number only for injuries or people trapped.", "social", at="2026-04-19 03:30")
s.reply("c1a", "c1", "tervas-relief-now.bsky.social", TRN2, "spam")
s.reply("c1b", "c1", "kostas-m.bsky.social",
        "Sports hall is filling up. They've got water and camp beds. Bring a jumper.",
        "social", gap=(20, 50))
s.reply("c1c", "c1", "gabi-nurse.bsky.social",
        "The hospital is running but for emergencies only. Cuts and sprains, go to the sports "
        "hall, there are medics there. Please.", "social", at="2026-04-19 04:10")
s.post("q3", "tremorfeed.bsky.social",
       quake("4.6", "6 km W of Tervas", "2026-04-19 03:02:14", "26hs0k"), "social",
       at="2026-04-19 03:04:01")
s.reply("q3a", "q3", "tervas-relief-now.bsky.social", TRN1, "spam")
s.post("f1", "tervas-relief-now.bsky.social",
       "💔 URGENT: thousands of families in #Tervas have lost EVERYTHING in tonight's earthquake. "
       "Our team is on the ground with food, water and blankets. 100% of donations go DIRECTLY "
       "to victims. Donate now 👉 tervasrelief-fund.org #TervasEarthquake #OrlenValley "
       "#PrayForTervas #EarthquakeRelief", "spam", at="2026-04-19 03:40:00")
s.reply("f1a", "f1", "ilse-seismo.bsky.social",
        "Reporting this. An account made this week, a site registered who knows when, and no "
        "names anywhere. Give to people you can check.", "social")
s.post("b1", "brodsky-bakes.bsky.social",
       "We're open, the ovens survived. Free bread and coffee all day for rescue crews, "
       "volunteers and anyone from Kell Street. Just tell us at the counter.", "marketing",
       at="2026-04-19 07:30")
s.reply("b1a", "b1", "dani-tervas.bsky.social", "You lot are heroes.", "social")
s.reply("b1b", "b1", "tomek-rides.bsky.social",
        "Cycling crates of your bread up to the Saint Aurel shelter. They say thank you!",
        "social", gap=(60, 120))
s.reply("b1b1", "b1b", "brodsky-bakes.bsky.social",
        "Thank you Tomek! Come back at 2, there's an afternoon batch.", "marketing",
        gap=(10, 30))
s.post("o1", "ovcf.org",
       "The Orlen Valley Community Foundation is working with Civil Protection Tervas on the "
       "shelters. Needed today: blankets, bottled water, baby formula, phone power banks. "
       "Drop-off at our office, 14 Varn Street, 10:00-18:00. Money: ovcf.org/tervas. We will "
       "publish where every euro goes.", "marketing", at="2026-04-19 08:10")
s.reply("o1a", "o1", "tervas-relief-now.bsky.social", TRN2, "spam")
s.reply("o1b", "o1", "orlenquakefund.bsky.social", OQF1, "spam")
s.reply("o1c", "o1", "kostas-m.bsky.social",
        "Took three power banks and a box of blankets. Queue round the block. Good people.",
        "social", gap=(150, 240))
s.reply("o1d", "o1", "sofia-aranda.bsky.social",
        "Donated. Thank you for saying you'll publish where it goes, that's why I picked you.",
        "social", gap=(60, 200))
s.post("j1", "jonas-pek.bsky.social",
       "Structural engineer here, volunteering with Tervas's inspection teams. Green sticker "
       "on your door: safe to use. Yellow: go in for 15 minutes for essentials, no sleeping "
       "there. Red: do not enter at all. Please respect red even if it looks fine from "
       "outside.", "social", at="2026-04-19 10:00")
s.reply("j1a", "j1", "dani-tervas.bsky.social", "We're yellow. Going in for the cat.",
        "social", gap=(10, 40))
s.reply("j1b", "j1", "ilse-seismo.bsky.social",
        "Sharing. The colours confuse people every single time.", "social")
s.reply("j1c", "j1", "tervas-relief-now.bsky.social", TRN3, "spam")
s.post("q4", "tremorfeed.bsky.social",
       quake("4.9", "11 km SW of Tervas", "2026-04-19 09:41:07", "26hv5m"), "social",
       at="2026-04-19 09:42:50")
s.reply("q4a", "q4", "orlenquakefund.bsky.social", OQF2, "spam")
s.reply("q4b", "q4", "dani-tervas.bsky.social",
        "I was IN the flat getting the cat. Out in eleven seconds. Cat and me both.",
        "social", gap=(3, 10))
s.post("r1", "ruthwrites.bsky.social",
       "Is there a reliable list of where to donate for the Tervas earthquake? I'm seeing "
       "loads of links and can't tell which are real.", "social", at="2026-04-19 11:45")
s.reply("r1a", "r1", "tervas-relief-now.bsky.social", TRN1, "spam")
s.reply("r1b", "r1", "orlenquakefund.bsky.social", OQF1, "spam")
s.reply("r1c", "r1", "ilse-seismo.bsky.social",
        "The community foundation (ovcf.org) and whatever Civil Protection Tervas lists. Not "
        "anything that replied to you within a minute.", "social")
s.reply("r1d", "r1", "ovcf.org",
        "Thanks Ruth. Our only donation page is ovcf.org/tervas, and we publish a spending "
        "report every week, the first on Tuesday.", "marketing")
s.post("a1", "anka-dreval.bsky.social",
       "The earthquake left my parents' building on Kell Street with a crack you can put your "
       "hand in, and it's been red-stickered. They're fine, they're on our sofa. They're 71 and 74 and that flat was "
       "everything they had. If you can help with a deposit for somewhere new, the fundraiser "
       "is here: pitchin.org/f/anka-parents. Sharing helps just as much. Thank you.",
       "marketing", at="2026-04-19 13:05")
s.reply("a1a", "a1", "orlenquakefund.bsky.social", OQF2, "spam")
s.reply("a1b", "a1", "ilse-seismo.bsky.social", "Shared. I'm so sorry, Anka.", "social")
s.reply("a1c", "a1", "dani-tervas.bsky.social",
        "Kell Street got the worst of it. Love to your parents.", "social")
s.reply("a1d", "a1", "anka-dreval.bsky.social",
        "Thank you both. 40% already, I'm crying at strangers.", "social",
        after=["a1b", "a1c"], gap=(60, 120))
s.post("o2", "ovcf.org",
       "Warning: accounts called 'Tervas Relief Now', 'Orlen Quake Fund' and others are not "
       "connected to us or to Civil Protection Tervas. We don't take crypto and we never reply "
       "to your posts with donation links. Our only donation page is ovcf.org/tervas.",
       "marketing", at="2026-04-19 13:00")
s.reply("o2a", "o2", "tervas-relief-now.bsky.social", TRN1, "spam")
s.reply("o2b", "o2a", "kostas-m.bsky.social",
        "The fake one replied to the warning about the fakes. You couldn't make it up.",
        "social", gap=(10, 30))
s.reply("o2c", "o2", "ruthwrites.bsky.social",
        "Thank you, passing this on to our readers.", "social", after="r1d")
s.post("p1", "paulo-givesback.bsky.social",
       "The earthquake left my parents' building on Kell Street with a crack you can put your "
       "hand in, and it's been red-stickered. They're fine, they're on our sofa. They're 71 and 74 and that flat was "
       "everything they had. If you can help with a deposit for somewhere new, the fundraiser "
       "is here: gofundquick.net/kell-street-family. Sharing helps just as much. Thank you.",
       "spam", at="2026-04-19 15:20")
s.reply("p1a", "p1", "anka-dreval.bsky.social",
        "This is my post, word for word, with somebody else's link. These are MY parents. "
        "Please report this account.", "social", gap=(30, 60))
s.reply("p1b", "p1a", "ilse-seismo.bsky.social",
        "Reported. Everyone, check an account's age before you give. This one was made this "
        "morning.", "social")
s.reply("r1e", "r1", "paulo-givesback.bsky.social",
        "I'm driving a van of supplies to Tervas tomorrow, every bit helps. Send what you can: "
        "gofundquick.net/van-to-tervas", "spam", after="p1", gap=(40, 90))

s.post("q5", "tremorfeed.bsky.social",
       quake("5.4", "12 km SW of Tervas", "2026-04-20 04:18:33", "26j2xa"), "social",
       at="2026-04-20 04:20:11")
s.reply("q5a", "q5", "dani-tervas.bsky.social",
        "Woke up to that one. In the car. Cat unimpressed.", "social", at="2026-04-20 06:24")
s.reply("q5b", "q5", "helpfamilies-now.bsky.social", HFN1, "spam")
s.reply("q5c", "q5", "ilse-seismo.bsky.social",
        "M5.4 is big for an aftershock, but it's within what we expect 28 hours after an M6.7, "
        "and the rate is dropping the way it should.", "social")
s.post("c2", "tervas-civilprotection.bsky.social",
       "Civil Protection Tervas update: 1,140 people slept in the shelters last night. Engineers have inspected 2,300 "
       "buildings. Kell Street between Arno Street and Vel Street stays closed. Tap water is "
       "safe everywhere except the old town; bottled water at the sports hall.", "social",
       at="2026-04-20 09:00")
s.reply("c2a", "c2", "helpfamilies-now.bsky.social", HFN2, "spam")
s.reply("c2b", "c2", "kostas-m.bsky.social",
        "The engineers were at ours at seven. Green! Going home tonight.", "social")
s.reply("c2c", "c2", "gabi-nurse.bsky.social",
        "Old town: boil it or bottled. We've had three kids in with upset stomachs already.",
        "social")
s.post("i2", "ilse-seismo.bsky.social",
       "A short thread on aftershocks, since a lot of you asked. The number drops roughly by "
       "half every day or two, but one of M5.5-6 can still happen this week. The bigger risk "
       "now is damaged buildings, not new shaking. Stay out of red-stickered houses.",
       "social", at="2026-04-20 09:40")
s.reply("i2a", "i2", "gabi-nurse.bsky.social",
        "Thank you. Sending this to our whole ward group.", "social")
s.reply("i2b", "i2", "helpfamilies-now.bsky.social", HFN1, "spam")
s.reply("i2c", "i2", "jonas-pek.bsky.social",
        "Agree. We've red-stickered 140 buildings so far, and most of them look fine from the "
        "street.", "social")
s.post("h1", "helpfamilies-now.bsky.social",
       f"🆘 Tervas needs YOU. Banks are slow, crypto is instant ⚡ Send BTC/ETH/USDT straight to "
       f"earthquake families: {WALLET} #TervasEarthquake #OrlenValley #Crypto #Charity #Donate",
       "spam", at="2026-04-20 11:12:00")
s.post("b2", "brodsky-bakes.bsky.social",
       "Today: open 7 to 7, and volunteers and Kell Street families still eat free. There's a "
       "collection box by the till for the foundation's appeal.", "marketing",
       at="2026-04-20 06:55")
s.reply("b2a", "b2", "tomek-rides.bsky.social", "Best cinnamon rolls in a crisis.", "social")
s.post("t1", "tomek-rides.bsky.social",
       "Day two of carrying water up to the old town on a cargo bike. Lungs of steel now. The "
       "old ladies on Vel Street pay me in biscuits.", "social", at="2026-04-20 14:30")
s.reply("t1a", "t1", "dani-tervas.bsky.social", "Tomek for mayor", "social")
s.reply("t1b", "t1", "gabi-nurse.bsky.social",
        "Bring some to the hospital car park too if you have any left, the night shift are "
        "drinking from the tap in the staff room", "social")
s.reply("t1c", "t1b", "tomek-rides.bsky.social", "On my way at 6.", "social")
s.post("a2", "anka-dreval.bsky.social",
       "Update: my parents' fundraiser was fully funded in 26 hours. My dad wants everyone to "
       "know he is 'not a charity case' and also says thank you. I've closed it. Anything over "
       "goes to the couple on the third floor, who had no insurance.", "social",
       at="2026-04-20 16:00")
s.reply("a2a", "a2", "mira-holt.bsky.social",
        "So glad. Tell your dad strangers love him.", "social")
s.reply("a2b", "a2", "paulo-givesback.bsky.social",
        "Amazing! Other Kell Street families still need help, please give here: "
        "gofundquick.net/kell-street-family", "spam")
s.reply("a2c", "a2b", "anka-dreval.bsky.social",
        "Still you. Still my parents' street. Blocked.", "social", gap=(15, 45))
s.post("s1", "sofia-aranda.bsky.social",
       "Friends abroad asking how to help after the #TervasEarthquake: I checked, the Orlen "
       "Valley Community Foundation publishes everything it spends. The accounts replying to "
       "you with 'donate now' links are not them.", "social", at="2026-04-20 11:20")
s.reply("s1a", "s1", "tervas-relief-now.bsky.social", TRN1, "spam")
s.reply("s1b", "s1a", "sofia-aranda.bsky.social", "Case in point.", "social", gap=(1, 5))

s.post("q6", "tremorfeed.bsky.social",
       quake("4.1", "8 km SW of Tervas", "2026-04-21 02:55:03", "26jc4r"), "social",
       at="2026-04-21 02:56:48")
s.reply("q6a", "q6", "helpfamilies-now.bsky.social", HFN2, "spam")
s.post("o3", "ovcf.org",
       "First report on our Tervas earthquake appeal: €212,400 received from 6,800 people in "
       "48 hours. Spent so far: €31,200 on "
       "camp beds, baby supplies and power banks, and €18,000 on emergency rent deposits for 41 "
       "families. The full list is at ovcf.org/tervas/report. Thank you.", "marketing",
       at="2026-04-21 12:00")
s.reply("o3a", "o3", "sofia-aranda.bsky.social", "This is how you do it.", "social",
        gap=(60, 180))
s.reply("o3b", "o3", "ruthwrites.bsky.social",
        "Quoting this in tomorrow's piece, thank you.", "social")
s.reply("o3c", "o3", "helpfamilies-now.bsky.social", HFN1, "spam")
s.post("c3", "tervas-civilprotection.bsky.social",
       "Schools in the new town reopen on Thursday. Saint Aurel stays a shelter until further "
       "notice. Kell Street residents: escorted visits for belongings start tomorrow at 9.",
       "social", at="2026-04-21 14:00")
s.reply("c3a", "c3", "gabi-nurse.bsky.social",
        "Thank you to everyone at Saint Aurel. You've been amazing.", "social")
s.reply("c3b", "c3", "anka-dreval.bsky.social",
        "Telling my parents now. Mum wants her sewing box more than anything.", "social")
s.post("d2", "dani-tervas.bsky.social",
       "Back in the flat. Green sticker. Put the books back on the shelf and then took them "
       "off again, just in case. #TervasEarthquake", "social", at="2026-04-21 19:40")
s.reply("d2a", "d2", "tervas-relief-now.bsky.social", TRN2, "spam")
s.reply("d2b", "d2", "kostas-m.bsky.social", "Floor is the best shelf for now", "social")
s.reply("d2c", "d2", "mira-holt.bsky.social", "❤️ so glad you're home", "social")


# ====================================================================================
# 5. Blog: a sewing-machine blog hit by an overnight comment-spam run
# ====================================================================================
person("Imogen Hartley", 1, median=180, url="https://slowstitch.blog",
       email="imogen@slowstitch.blog")
prolific("Ada Ferreira", 1, median=9, window=(6.5, 24.0), email="ada.ferreira@threadpost.net")
person("Gwen Talbot", 1, email="gwentalbot@letterbox.org.uk")
person("Rob Pennyfeather", 1, url="https://robsbenchnotes.blog",
       email="rob@robsbenchnotes.blog")
person("Hiro Tanaka", 1, email="hiro.tanaka@kitemail.net")
person("Martha Quill", 1, email="marthaquill@letterbox.org.uk")
person("Pete Lowry", 1, email="pete.lowry@fixitcafe.org.uk")
person("Sunita Rao", 1, email="sunita.rao@threadpost.net")
person("Colm Brady", 1, email="colmbrady@kitemail.net")
person("Leonie Marsh", 1, email="leonie.marsh@seamail.co.uk")
person("Jan de Wit", 2, email="jandewit@postvak.net")
brand("Bobbin & Shuttle Parts", 1, median=90, window=(9.0, 17.0), weekdays=True,
      url="https://bobbinandshuttle.co.uk", email="shop@bobbinandshuttle.co.uk")
spammer("Olivia Grant", 0, median=300, url="https://linkwisemedia.com",
        email="olivia.grant@linkwisemedia.com")
RUN = (6, 150)  # seconds between comments in the overnight run
for name, url, email in [
        ("Tom", "https://bestvpnreviews.co", "tom.reviews@quickpost.info"),
        ("Robertcet", "https://pharma-direct.shop", "robertcetWR@mailrun.net"),
        ("Jessica Brandt", "https://quickloanhub.net/payday", "jessica.brandt8841@fastinbox.net"),
        ("best essay writing service", "https://essaymasters24.com", "info@essaymasters24.com"),
        ("Kevin Maltby", "https://replicawatchdeals.shop", "kevinmaltby77@fastinbox.net"),
        ("cheap football shirts", "https://kitstore-outlet.com", "sales@kitstore-outlet.com"),
        ("Sandra K.", "https://slimketo-official.info", "sandra.k.1990@mailrun.net"),
        ("Mariana", "https://casinoroyale-bonus.com", "mariana.c@quickpost.info"),
        ("sewing machine repair near me", "https://rankboost-local.net/sewing-machine-repair",
         "seo@rankboost-local.net"),
        ("Darnell", "https://calmgummies-cbd.co", "darnell.w@fastinbox.net"),
        ("Emily Carter", "https://dissertation-helpdesk.net", "emily.carter.uk@mailrun.net"),
        ("Ирина", "https://zerkalo-kazino.ru", "irina.k@mailbox-ru.net"),
        ("Hannah Lee", "https://weightloss-now.io", "hannahlee.writes@quickpost.info"),
        ("Nathanael", "https://cryptoedge-signals.com", "nathanael@cryptoedge-signals.com"),
        ("Ken Wallis", "https://roofrepair-quotes.com", "kenwallis.roof@fastinbox.net"),
        ("Lucy", "https://replicabags-uk.co.uk", "lucy.bags@mailrun.net"),
        ("Priscilla Owens", "https://essaymasters24.com", "p.owens@essaymasters24.com"),
        ("Jeffreyrom", "https://clck-go.info/7fK2", "jeffreyromTT@mailrun.net"),
        ("Tommy", "https://bestvpnreviews.co", "tommy.vpn@quickpost.info"),
        ("casino online", "https://casinoroyale-bonus.com", "promo@casinoroyale-bonus.com"),
        ("Barbara J.", "https://quickloanhub.net/instant", "barbara.j.loans@fastinbox.net")]:
    bot(name, RUN[0], RUN[1], url=url, email=email)

s = Stream("blog_comment_spam_run.jsonl", "blog",
           "Blog: a sewing-machine restoration blog hit by an overnight comment-spam run",
           "Slow Stitch, Imogen Hartley's blog about restoring old sewing machines, August-"
           "September 2025: five posts and their comments, then a housekeeping post. In the "
           "small hours of Sunday 21 September (02:12-02:26 in the UK) a spam run puts "
           "twenty-one comments on all five posts, six seconds to two and a half minutes "
           "apart, under twenty rotating names (first names, full names, 'best essay writing "
           "service', 'cheap football shirts', 'sewing machine repair near me', a Cyrillic "
           "name) and rotating website fields (loans, essay mills, replica watches, casinos, "
           "CBD, crypto signals): stock flattery, two unspun templates, a 'your site has "
           "browser issues' opener, and three comments that answer a reader. Two names share "
           "one essay mill and two share one casino; Jessica Brandt posts the same text on two "
           "posts; Tom repeats, word for word, the comment he left seven weeks earlier, and "
           "Robertcet had left a pharmacy link in August. Olivia Grant, a human link seller, "
           "offers to pay for a sponsored guest post, twice. Bobbin & Shuttle Parts, a parts "
           "shop the blogger names, answers a reader who asked where to get a spring "
           "(marketing). Imogen's sale post and her answers to buyers are marketing. Ada "
           "Ferreira is a prolific human reader who comments within minutes of every post.")
STREAMS.append(s)

s.post("p1", "Imogen Hartley",
       "Bringing a 1958 Singer 201 back from the shed\n\n"
       "It came from a house clearance with a seized handwheel, a family of woodlice in the "
       "bobbin case and, under forty years of grime, the most beautiful gold decals. Here's how "
       "I freed it without a drop of penetrating spray: sewing-machine oil, patience, a "
       "hairdryer and a lot of gentle rocking.", "social", at="2025-08-02 09:15")
s.reply("p1a", "p1", "Ada Ferreira",
        "Those decals! I'd have cried. How long did the rocking take before it turned over?",
        "social")
s.reply("p1a1", "p1a", "Imogen Hartley",
        "Three evenings, ten minutes at a time. The trick is to stop before you get cross.",
        "social", gap=(30, 120))
s.reply("p1b", "p1", "Gwen Talbot",
        "My mum's 201 is in the loft and I've been scared to touch it. This is the push I "
        "needed.", "social")
s.reply("p1b1", "p1b", "Ada Ferreira",
        "Do it, Gwen! Oil everything that moves and leave it overnight before you try.",
        "social")
s.reply("p1c", "p1", "Rob Pennyfeather",
        "Good call avoiding penetrating spray, on these it gums up into something like "
        "varnish. Kerosene on a cotton bud works well for the hook race too.", "social")
s.reply("p1c1", "p1c", "Imogen Hartley",
        "Kerosene is next on my list for the hook, thank you Rob.", "social")
s.reply("p1d", "p1", "Hiro Tanaka",
        "What did you clean the decals with without lifting them? I ruined a Jones once with "
        "the wrong cleaner.", "social")
s.reply("p1d1", "p1d", "Imogen Hartley",
        "Sewing-machine oil on a soft cloth, nothing else. Anything with alcohol or ammonia in "
        "it and the gold comes off with the grime. Sorry about your Jones.", "social")
s.reply("p1e", "p1", "Martha Quill", "The woodlice deserve a post of their own.", "social")
s.reply("p1f", "p1", "Tom",
        "Wow, that's what I was exploring for, what a stuff! present here at this web site, "
        "thanks admin of this site.", "spam", at="2025-08-04 03:12:27")

s.post("p2", "Imogen Hartley",
       "Timing a hook: the ten-minute job that took me three evenings\n\n"
       "The 201 sews now, but it skipped every third stitch. The hook was a hair late, so its "
       "point missed the loop of thread. Here's how I set it again, the gauge I made from a "
       "coffee stirrer, and the two mistakes that cost me an evening each.", "social",
       at="2025-08-16 09:30")
s.reply("p2a", "p2", "Ada Ferreira",
        "A coffee stirrer! I'd never have thought of it. Was it the set screw slipping?",
        "social")
s.reply("p2a1", "p2a", "Imogen Hartley",
        "Yes, loose since the factory I think. A drop of thread lock this time.", "social",
        gap=(30, 120))
s.reply("p2b", "p2", "Pete Lowry",
        "We see skipped stitches every month at our repair café and nine times out of ten "
        "it's a bent needle or one put in backwards. Timing is the tenth. Nice to see the "
        "tenth explained properly.", "social")
s.reply("p2c", "p2", "Gwen Talbot",
        "Where do you get a new hook spring for a 201? Mine snapped when I took it apart, "
        "which I'm now told I shouldn't have done.", "social")
s.reply("p2c1", "p2c", "Imogen Hartley",
        "Ha, we've all done it. Bobbin & Shuttle in Leeds had them when I last looked.",
        "social")
s.reply("p2c2", "p2c", "Bobbin & Shuttle Parts",
        "Hi Gwen, yes, we stock the 201 hook spring (part 45739), £3.20, and it fits the "
        "15-class as well. It's on bobbinandshuttle.co.uk, or ring the shop on 555-0166.",
        "marketing", after="p2c1")
s.reply("p2c3", "p2c2", "Gwen Talbot", "Ordered! Thank you both.", "social")
s.reply("p2d", "p2", "Robertcet",
        "buy cheap meds online without prescription https://pharma-direct.shop/order", "spam",
        at="2025-08-19 02:40:51")
s.reply("p2e", "p2", "Sunita Rao",
        "I read this with my 201 open on the table and fixed it in twenty minutes. Twenty! "
        "Thank you.", "social", gap=(1500, 2500))
s.reply("p2e1", "p2e", "Ada Ferreira", "That's the best kind of comment.", "social")
s.reply("p2f", "p2", "Colm Brady", "Is it the same process on a Jones Family CS?", "social",
        gap=(2000, 4000))
s.reply("p2f1", "p2f", "Imogen Hartley",
        "Very similar, but the hook sits on a different shaft. I'll do the Jones next month, "
        "promise.", "social")

s.post("p3", "Imogen Hartley",
       "For sale: three restored machines, and why I'm letting them go\n\n"
       "The spare room has become a machine graveyard and something has to give. Three "
       "machines I've restored are for sale: a 1951 Singer 99K hand crank (£140), a Jones "
       "Family CS with a new belt (£120) and a 1962 Novum 4 zigzag (£180). Each is serviced, "
       "timed and sews through eight layers of denim. Collection from Ashby Fold. Photos "
       "below; email me if you're interested.", "marketing", at="2025-08-30 10:00")
s.reply("p3a", "p3", "Ada Ferreira",
        "The 99K is a beauty. If I had a square foot of room left I'd be emailing you.",
        "social")
s.reply("p3b", "p3", "Leonie Marsh",
        "Is the 99K still available? Would you post it? I'm in Cornwall.", "social",
        gap=(60, 200))
s.reply("p3b1", "p3b", "Imogen Hartley",
        "It is! I don't post machines, sorry, they rarely survive a courier, but I could meet "
        "you halfway. Email me.", "marketing")
s.reply("p3b2", "p3b1", "Leonie Marsh", "Emailed!", "social")
s.reply("p3c", "p3", "Jan de Wit",
        "Does the Novum have the cam stack for blind hem? I'm in Utrecht, I know, too far, "
        "I'm just nosy.", "social")
s.reply("p3c1", "p3c", "Imogen Hartley",
        "It does, all six cams, and the hem foot. Sadly Utrecht is a long way to carry 14 kg.",
        "marketing")
s.reply("p3d", "p3", "Hiro Tanaka", "The Jones is going to someone very lucky.", "social")
s.reply("p3e", "p3", "Martha Quill",
        "Is that a 'sold' sticker on the Jones in the photo update?", "social",
        gap=(1300, 1500))
s.reply("p3e1", "p3e", "Imogen Hartley",
        "Sold this morning to a lady who learned to sew on one in 1958. The right home.",
        "social", gap=(20, 60))
s.reply("p3f", "p3", "Pete Lowry",
        "If any of them don't sell, our repair café is always after machines for the teaching "
        "table. We can't pay much but we'd give them a good life.", "social",
        gap=(1500, 3000))
s.reply("p3f1", "p3f", "Imogen Hartley",
        "Oh, that's a lovely idea for the 99K if Leonie passes. I'll let you know, Pete.",
        "social", after="p3b2")

s.post("p4", "Imogen Hartley",
       "The treadle table my grandmother used\n\n"
       "No restoration tips this week. Just the table, which came to me last month when my "
       "aunt moved house, and the story of how my grandmother sewed every school uniform in "
       "the village on it between 1946 and 1970, and never once oiled it.", "social",
       at="2025-09-06 09:45")
s.reply("p4a", "p4", "Ada Ferreira", "This made me cry on the bus.", "social")
s.reply("p4b", "p4", "Gwen Talbot",
        "Never once oiled it and it still turns?! They built things properly.", "social")
s.reply("p4b1", "p4b", "Imogen Hartley",
        "It squeaks like a gate, but it turns. I'm almost afraid to oil it, it would lose its "
        "voice.", "social")
s.reply("p4c", "p4", "Martha Quill",
        "My grandmother had the same table. The drawer still smells of her tin of pins.",
        "social")
s.reply("p4d", "p4", "Olivia Grant",
        "Hi Imogen, lovely piece! I handle outreach for a home and craft publisher and we'd "
        "love to place a sponsored guest article on slowstitch.blog. We pay $80 per do-follow "
        "link. Could you drop me an email at olivia.grant@linkwisemedia.com?", "spam",
        at="2025-09-09 10:17")
s.reply("p4d1", "p4d", "Imogen Hartley",
        "No thank you. And this is very much the wrong post for it.", "social")
s.reply("p4e", "p4", "Colm Brady",
        "Have you thought about a new belt so you can sew on it? It would be a nice tribute.",
        "social")
s.reply("p4e1", "p4e", "Imogen Hartley",
        "I have, and I will. A leather belt is on order.", "social")
s.reply("p4f", "p4", "Sunita Rao",
        "Please share photos when you sew the first seam on it.", "social")

s.post("p5", "Imogen Hartley",
       "Oiling chart for a Jones Family CS, the one the manual left out\n\n"
       "The Jones manual shows you where to oil the top of the machine and then, apparently, "
       "gets bored. Here's my chart for the underside too: eleven points, in order, and which "
       "three you can skip if you only sew once a month.", "social", at="2025-09-13 10:00")
s.reply("p5a", "p5", "Ada Ferreira", "Printed and pinned above my bench already.", "social")
s.reply("p5b", "p5", "Colm Brady",
        "The Jones one, as promised! Thank you. Point 7 is the one I'd never have found.",
        "social")
s.reply("p5b1", "p5b", "Imogen Hartley",
        "Point 7 is the sneaky one, behind the bobbin winder. It took me two years.", "social")
s.reply("p5c", "p5", "Rob Pennyfeather",
        "One addition: the treadle version has two more points on the stand, at the ends of "
        "the pitman rod.", "social")
s.reply("p5c1", "p5c", "Imogen Hartley", "Good shout, I'll add them to the chart.", "social")
s.reply("p5d", "p5", "Hiro Tanaka",
        "Which oil do you use? I've been using the 3-in-1 from the shed.", "social")
s.reply("p5d1", "p5d", "Ada Ferreira",
        "Not the 3-in-1! It thickens. Proper clear sewing-machine oil.", "social")
s.reply("p5d2", "p5d", "Imogen Hartley", "What Ada said. Clear sewing-machine oil only.",
        "social", after="p5d1")

# The overnight run, in the order it arrived. Each comment follows the one before by 6-150 s.
run = [
    ("p1", "Jessica Brandt",
     "Great post! I have been looking for something like this for ages. Bookmarked and shared "
     "with my friends."),
    ("p3", "best essay writing service",
     "Hey there! I just wanted to say this is a very well written article, keep up the great "
     "work."),
    ("p4", "Kevin Maltby",
     "I have been browsing online more than three hours today, yet I never found any "
     "interesting article like yours. It's pretty worth enough for me."),
    ("p2", "cheap football shirts",
     "{Hi|Hello} there, {great|awesome|fantastic} {post|article}! {I will|I'll} be "
     "{back|returning} {soon|later}."),
    ("p5", "Sandra K.",
     "Thanks for the marvelous posting! I really enjoyed reading it, you might be a great "
     "author. I will remember to bookmark your blog and will come back later on."),
    ("p1", "Mariana",
     "Hi, I think your site might be having browser compatibility issues. When I look at your "
     "blog in Chrome it looks fine, but when opening in another browser it has some "
     "overlapping. I just wanted to give you a quick heads up! Other than that, great blog!"),
    ("p2", "sewing machine repair near me",
     "Very informative post about sewing machine. I also think sewing machine timing is very "
     "important for the sewing machine. Thanks for sharing this sewing machine information, "
     "sewing machine repair is our speciality."),
    ("p5", "Darnell",
     "Excellent blog here! Also your website loads up very fast! What web host are you using? "
     "Can I get your affiliate link to your host? I wish my website loaded up as quickly as "
     "yours lol"),
    ("p4a", "Emily Carter",
     "Hey there! I just wanted to say this is a very well written article, keep up the great "
     "work."),
    ("p3", "Ирина", "Отличная статья, спасибо! Подробнее на нашем сайте."),
    ("p1b", "Hannah Lee",
     "Wonderful article! We will be linking to this great post on our website. Keep up the "
     "good writing."),
    ("p2", "Nathanael",
     "Nice read. I made $3,400 last week with the signals at cryptoedge-signals.com, everyone "
     "should try it."),
    ("p5", "Ken Wallis",
     "Simply wish to say your article is as astonishing. The clarity in your post is just "
     "great and I can assume you are an expert on this subject."),
    ("p3", "Lucy",
     "Wow, amazing blog layout! How long have you been blogging for? You make blogging look "
     "easy."),
    ("p4", "Priscilla Owens",
     "This is the perfect blog for anyone who wants to know about this topic. You know so much "
     "it's almost hard to argue with you."),
    ("p1", "Jeffreyrom", "Hello there! https://clck-go.info/7fK2 best online casino bonus"),
    ("p5", "Jessica Brandt",
     "Great post! I have been looking for something like this for ages. Bookmarked and shared "
     "with my friends."),
    ("p2b", "Tommy", "Agreed, very helpful information. Thanks for sharing!"),
    ("p4", "casino online",
     "{Great|Nice} {article|post}, {thanks|thank you} for {sharing|posting}!"),
    ("p3", "Barbara J.",
     "I'm really impressed with your writing skills as well as with the layout on your blog. "
     "Is this a paid theme or did you customize it yourself?"),
    ("p1", "Tom",
     "Wow, that's what I was exploring for, what a stuff! present here at this web site, "
     "thanks admin of this site."),
]
prev = None
for n, (parent, author, text) in enumerate(run):
    k = f"run{n:02d}"
    if prev is None:
        s.reply(k, parent, author, text, "spam", at="2025-09-21 01:12:40")
    else:
        s.reply(k, parent, author, text, "spam", after=prev)
    prev = k

s.post("p6", "Imogen Hartley",
       "Housekeeping: the comment flood, and why comments now wait for approval\n\n"
       "Overnight about 300 spam comments arrived in under an hour, under every post on the "
       "blog. The filter caught most of them; twenty-one got through before I woke up. I've "
       "left those up today so you can see what it looks like, and from tomorrow every "
       "comment from someone new waits for me to approve it. Sorry to the regulars, you won't "
       "notice a thing.", "social", at="2025-09-21 10:30")
s.reply("p6a", "p6", "Ada Ferreira",
        "I got an email notification for every single one at 2am. My phone sounded like a "
        "slot machine.", "social")
s.reply("p6b", "p6", "Rob Pennyfeather",
        "The same thing hit my blog last month. The giveaway is the website field: loans, "
        "casinos, replica watches, essay mills. The text is just filler.", "social")
s.reply("p6c", "p6", "Pete Lowry",
        "'Sewing machine repair near me' is my favourite name for a human being.", "social")
s.reply("p6c1", "p6c", "Imogen Hartley",
        "He's very keen on sewing machines. Very, very keen.", "social")
s.reply("p6d", "p6", "Martha Quill", "The Russian one was very polite, at least.", "social")
s.reply("p6e", "p6", "Olivia Grant",
        "Hi Imogen, sorry to hear about the spam! Our team can help with SEO clean-up and link "
        "audits. We'd still love to discuss a sponsored post as well, $80 per link. Email "
        "olivia.grant@linkwisemedia.com", "spam", at="2025-09-22 09:05")
s.reply("p6e1", "p6e", "Imogen Hartley",
        "Olivia, you've commented on the spam post. Think about that.", "social")
s.reply("p6f", "p6", "Gwen Talbot",
        "Moderation sounds sensible. Lovely to see Ada first under every post, as ever.",
        "social")
s.reply("p6g", "p6", "Sunita Rao",
        "Has the treadle belt arrived? Photos please!", "social")
s.reply("p6g1", "p6g", "Imogen Hartley",
        "It has! First seam on Gran's treadle next weekend, photos to follow.", "social")


# ====================================================================================
# 6. Mastodon: a town instance with a headline relay bot and follow-back bots
# ====================================================================================
person("tam", 1, median=35)
person("jules", 1)
person("bev", 1, window=(6.5, 22.0))
person("harriet_k", 1)
person("samcrabs", 1, window=(4.5, 21.0))
person("ollie_w", 1)
person("noor", 1)
person("rosie_ferry", 1, window=(5.5, 22.5))
person("dom@northcoast.social", 0)
prolific("pebble", 1, median=4, window=(5.5, 23.5))
brand("wexgazette", 1, median=60, window=(8.0, 18.0), weekdays=True)
brand("crumbandcrust", 1, median=45, window=(6.0, 18.0))
spammer("stu_prints@makers.gallery", 1, median=40, window=(8.0, 22.0))
bot("wexnews", 2, 4, note="polls its sources every 15 minutes and posts 2-4 s after the poll")
bot("followback@growthpod.net", 25, 150)
bot("f4fhub@boostcircle.app", 30, 180)

FB_THANKS = ("Thanks for the follow-back! 🙌 Let's grow together. Boost your reach: 1,000 real "
             "followers for $9 at growthpod.net/start")

s = Stream("mastodon_town_followback.jsonl", "mastodon",
           "Mastodon: a town instance with a headline relay bot and follow-back bots",
           "wexcombe.social, a small instance for the invented seaside town of Wexcombe, "
           "Monday 11 to Friday 15 May 2026. wexnews, the admin's bot, polls the local paper, "
           "the council and the harbour office every fifteen minutes and posts each new "
           "headline with its link two to four seconds after the quarter hour, at 02:15 and "
           "00:45 as at noon; it never follows or replies, and its posts are news passed on "
           "(bot, social). wexgazette, the paper's own account, posts the same lifeboat story "
           "and its subscription offers (marketing). followback@growthpod.net follows everyone "
           "on the instance, welcomes an #introduction post within a minute or two and @-"
           "mentions each person who follows it back with a paid 'followers' link, day and "
           "night; after the admin (tam) blocks its server, f4fhub@boostcircle.app does the "
           "same until it is blocked too. crumbandcrust, a bakery, posts its bakes and answers "
           "people who ask where to buy bread (marketing). stu_prints@makers.gallery, a human "
           "on another server, sells harbour prints under local people's harbour photos "
           "(spam) and in his own feed (marketing). pebble is a prolific human who types the "
           "tide times every morning soon after six and answers within minutes all day.")
STREAMS.append(s)

s.post("t1", "pebble",
       "Tides, Mon 11 May. High 07:42 (4.6 m) and 20:04 (4.8 m). Low 01:31 and 13:58. Wind SW "
       "3-4, dry. A good day for the harbour wall.", "social", at="2026-05-11 06:08")
s.reply("t1a", "t1", "bev", "Thank you Pebble. Every morning like clockwork.", "social",
        gap=(20, 60))
s.reply("t1a1", "t1a", "pebble",
        "Clockwork would be on time. I'm up when the dog says so.", "social")
s.post("n1", "wexnews",
       "[Gazette] Harbour Road to close for four weeks of resurfacing from 26 May "
       "https://wexcombegazette.co.uk/news/harbour-road-closure", "social",
       at="2026-05-11 07:15:03", tz=1)
s.reply("n1a", "n1", "harriet_k", "Four weeks! It's the only road to the ferry.", "social")
s.reply("n1b", "n1", "samcrabs", "They said three last time and it was seven.", "social")
s.reply("n1c", "n1", "ollie_w", "Does that mean the 42 goes round by the church again?",
        "social")
s.reply("n1c1", "n1c", "tam",
        "The diversion map's on the council page rather than in the Gazette piece: "
        "wexcombe-council.org.uk/roadworks. And yes, the 42 goes by the church.", "social")
s.post("n2", "wexnews",
       "[Harbour office] Notice to mariners: dredging in the inner harbour 12-14 May, keep "
       "clear of the dredger off the fish quay https://wexcombeharbour.org.uk/notices/2026-14",
       "social", at="2026-05-11 09:30:02", tz=1)
s.reply("n2a", "n2", "samcrabs",
        "Finally. Low water at the fish quay has been a joke all winter.", "social")
s.post("j1", "jules",
       "Hello Wexcombe! #introduction Just moved into a flat above the chandlery with my "
       "partner and a very opinionated cat. I do bookbinding and bad sea swimming, and I'm "
       "looking for a choir. Be nice, I'm new here.", "social", at="2026-05-11 10:30")
s.reply("j1a", "j1", "followback@growthpod.net",
        "@jules Welcome to the fediverse! 🎉 I follow back 100%. Want 1,000 real followers "
        "this week? Start free at growthpod.net/start 🚀", "spam")
s.reply("j1b", "j1", "bev",
        "Welcome! St Clement's choir rehearses on Thursdays at 7, they're always short of "
        "tenors.", "social", gap=(10, 40))
s.reply("j1c", "j1", "pebble",
        "Welcome, Jules. The sea's 11 degrees, so the 'bad' is compulsory.", "social")
s.reply("j1d", "j1a", "jules",
        "Who's the growthpod account? I followed it back because it followed me first",
        "social", gap=(20, 50))
s.reply("j1d1", "j1d", "followback@growthpod.net", "@jules " + FB_THANKS, "spam")
s.reply("j1d2", "j1d", "tam",
        "A follow-back bot. It follows everyone on the instance, and when you follow back it "
        "@s you with that link. I'm looking at blocking its server. You can just unfollow it.",
        "social", after="j1d1", gap=(15, 40))
s.reply("j1e", "j1b", "jules", "I'm a tenor! Sort of. See you Thursday.", "social",
        after="j1d2")
s.post("fb1", "followback@growthpod.net", "@bev " + FB_THANKS, "spam",
       at="2026-05-11 13:02:17", tz=1)
s.post("g1", "wexgazette",
       "This week in the Gazette: a night on the Wexcombe lifeboat, the fight over the old fish "
       "market, and 40 years of the Regatta in pictures. Read three stories free, or subscribe "
       "from £1 a week: wexcombegazette.co.uk/subscribe", "marketing",
       at="2026-05-11 12:00")
s.reply("g1a", "g1", "ollie_w",
        "The lifeboat piece is great. Subscribed last year, no regrets.", "social")
s.reply("g1b", "g1", "harriet_k",
        "£1 a week for the first month, then £9. Be honest, Gazette 😄", "social")
s.reply("g1b1", "g1b", "wexgazette",
        "Fair, Harriet! It's £1 a week for three months, then £2.50. The £9 is the print "
        "bundle.", "marketing")
s.post("h1", "harriet_k",
       "Harbour at low tide from the top of Fore Steps this evening. Nobody about but the "
       "gulls. [photo: boats leaning on the mud in the inner harbour under a pink sky]",
       "social", at="2026-05-11 19:50")
s.reply("h1a", "h1", "stu_prints@makers.gallery",
        "Gorgeous! If you love the harbour, my framed Wexcombe prints are 20% off this week at "
        "stuprints.shop 🖼️", "spam")
s.reply("h1a1", "h1a", "harriet_k", "It's my photo, Stu.", "social", gap=(5, 20))
s.reply("h1b", "h1", "bev", "That sky!", "social")
s.reply("h1c", "h1", "pebble",
        "Low tide photos are the best ones. Everything leaning like it's tired.", "social")
s.post("fb2", "followback@growthpod.net", "@ollie_w " + FB_THANKS, "spam",
       at="2026-05-11 21:41:52", tz=1)
s.post("fb3", "followback@growthpod.net", "@harriet_k " + FB_THANKS, "spam",
       at="2026-05-12 02:17:08", tz=1)
s.post("n3", "wexnews",
       "[Gazette] Lifeboat called to yacht aground off Carn Point; all three crew safe "
       "https://wexcombegazette.co.uk/news/carn-point-yacht", "social",
       at="2026-05-12 02:15:03", tz=1)
s.reply("n3a", "n3", "samcrabs",
        "My cousin was on that shout. Three hours in a swell, home for breakfast.", "social",
        at="2026-05-12 05:10")
s.reply("n3b", "n3", "noor",
        "Is there a way to mute just wexnews at night? I love it but 2am lifeboat news is a "
        "lot", "social", at="2026-05-12 07:40")
s.reply("n3b1", "n3b", "tam",
        "Mastodon can't mute by time, sorry. You can mute the account, or filter '[Gazette]' "
        "out of your home timeline if you only want the council and harbour posts.",
        "social")
s.post("g2", "wexgazette",
       "Lifeboat called to a yacht aground off Carn Point overnight; all three crew safe. Our "
       "reporter was on the quay when they came in: "
       "wexcombegazette.co.uk/news/carn-point-yacht", "marketing", at="2026-05-12 08:30")
s.reply("g2a", "g2", "rosie_ferry",
        "Saw them come in at five. The lifeboat crew looked like they'd been through a washing "
        "machine.", "social")
s.post("t2", "pebble",
       "Tides, Tue 12 May. High 08:21 (4.5 m) and 20:44 (4.7 m). Low 02:10 and 14:36. Wind W "
       "4, showers later. The dredger's in.", "social", at="2026-05-12 06:11")
s.post("c1", "crumbandcrust",
       "Morning! Seeded sourdough, rye, and the first rhubarb buns of the year. Quay Street, "
       "open till 4.", "marketing", at="2026-05-12 07:05")
s.reply("c1a", "c1", "samcrabs", "Rhubarb buns. Coming off the boat for those.", "social")
s.post("a1", "tam",
       "Admin note: I've blocked growthpod.net. It ran an account that followed about 900 of "
       "you and then @-ed everyone who followed back with a paid 'followers' link. If another "
       "account does the same, report it and I'll look. (And yes, wexnews is a bot too. It's "
       "mine, it only posts headlines with a link to the source, and it never follows or "
       "replies to anyone.)", "social", at="2026-05-12 09:00")
s.reply("a1a", "a1", "jules", "Thank you! It had mentioned me four times.", "social")
s.reply("a1b", "a1", "pebble", "wexnews is the only bot I'll have in the house.", "social")
s.reply("a1c", "a1", "harriet_k", "900 of us. Blimey.", "social")
s.reply("a1d", "a1", "bev",
        "I followed it back because I thought it was the bowls club. Unfollowed.", "social")
s.post("n4", "wexnews",
       "[Council] Beach hut applications for 2026-27 open on 1 June "
       "https://wexcombe-council.org.uk/beach-huts", "social", at="2026-05-12 10:45:02", tz=1)
s.reply("n4a", "n4", "ollie_w", "Eleven years on the waiting list and counting.", "social")
s.post("no1", "noor",
       "#introduction Hi, I'm Noor. I've lived in Wexcombe twenty years and only just found "
       "this place. I teach at the primary, I have an allotment on Fore Hill, and I'm terrible "
       "at knitting.", "social", at="2026-05-12 13:20")
s.reply("no1a", "no1", "f4fhub@boostcircle.app",
        "@noor Hey! 👋 Follow for follow? I always follow back! 💯 Join 40,000 creators growing "
        "faster at boostcircle.app 🚀", "spam")
s.reply("no1b", "no1", "bev",
        "Noor! Welcome. You taught my grandson, he still talks about the volcano.", "social")
s.reply("no1b1", "no1b", "noor",
        "The volcano was a bicarbonate disaster, Bev, but thank you.", "social")
s.reply("no1c", "no1", "jules",
        "Another new one! Hello from the flat over the chandlery.", "social")
s.post("ff1", "f4fhub@boostcircle.app",
       "@jules Follow for follow? I always follow back! 💯 Grow faster with 40,000 creators at "
       "boostcircle.app 🚀", "spam", at="2026-05-12 13:48:31", tz=1)
s.reply("no1d", "no1a", "tam",
        "And there's the next follow-back bot, from a different server. Blocked boostcircle.app "
        "as well. Welcome, Noor.", "social", after="ff1")

s.post("t3", "pebble",
       "Tides, Wed 13 May. High 09:02 (4.4 m) and 21:25 (4.6 m). Low 02:51 and 15:17. Wind NW "
       "3, bright.", "social", at="2026-05-13 06:04")
s.reply("t3a", "t3", "rosie_ferry",
        "Thanks Pebble. The ferry's on normal times today, for anyone asking.", "social")
s.post("n5", "wexnews",
       "[Gazette] Fish market: council to decide on housing plan on 4 June "
       "https://wexcombegazette.co.uk/news/fish-market-decision", "social",
       at="2026-05-13 07:00:03", tz=1)
s.reply("n5a", "n5", "samcrabs",
        "Forty years I've sold off that quay. Housing. Lovely.", "social")
s.reply("n5b", "n5", "harriet_k",
        "The plan keeps the ground floor as a market, to be fair. Whether anyone can afford "
        "the stalls is another thing.", "social")
s.reply("n5c", "n5", "ollie_w",
        "We need homes though. My daughter's 29 and still in her old bedroom.", "social")
s.reply("n5c1", "n5c", "samcrabs", "Fair point, Ollie. Still.", "social")
s.reply("n5d", "n5", "wexgazette",
        "We'll stream the council meeting on 4 June, free for everyone: "
        "wexcombegazette.co.uk/live", "marketing")
s.post("j2", "jules",
       "Where do people buy proper bread round here? Supermarket loaves aren't cutting it.",
       "social", at="2026-05-13 11:40")
s.reply("j2a", "j2", "bev", "Crumb & Crust on Quay Street, no contest.", "social")
s.reply("j2b", "j2", "crumbandcrust",
        "Thank you Bev! Jules, we open at 7:30, and the seeded sourdough's gone by 10.",
        "marketing", after="j2a")
s.reply("j2c", "j2", "pebble", "Crumb & Crust. Get there before the fishermen.", "social")
s.reply("j2d", "j2b", "jules", "Seeded sourdough acquired. I live here now.", "social",
        at="2026-05-14 08:20")
s.post("n6", "wexnews",
       "[Harbour office] Pell Island ferry: reduced timetable on Saturday for the Regatta "
       "https://wexcombeharbour.org.uk/notices/2026-15", "social",
       at="2026-05-13 16:30:03", tz=1)
s.reply("n6a", "n6", "rosie_ferry",
        "Confirmed: the last boat back from Pell on Saturday is 16:00, not 18:00. Please don't "
        "get stranded, it's a long swim.", "social")
s.post("d1", "dom@northcoast.social",
       "Coming to Wexcombe for a long weekend in June. Where should I eat, and is the ferry to "
       "Pell Island worth it? #wexcombe", "social", at="2026-05-13 18:00")
s.reply("d1a", "d1", "rosie_ferry",
        "Pell's worth it, puffins from June. Go on a weekday, it's quieter.", "social")
s.reply("d1b", "d1", "harriet_k",
        "The Anchor for fish, Crumb & Crust for breakfast, and chips on the harbour wall at "
        "least once.", "social")
s.reply("d1c", "d1", "crumbandcrust",
        "Hi Dom! We do breakfast till 11, and we'll pack you a lunch for Pell if you order the "
        "day before.", "marketing", after="d1b")
s.reply("d1d", "d1", "stu_prints@makers.gallery",
        "Take a bit of Wexcombe home with you! Framed harbour prints at stuprints.shop, 20% off "
        "🖼️", "spam")
s.reply("d1e", "d1", "dom@northcoast.social",
        "Brilliant, thank you all. Packed lunch for the puffins it is.", "social",
        after=["d1a", "d1c"])
s.post("sp1", "stu_prints@makers.gallery",
       "New print: Wexcombe lighthouse in winter. A3 and A4, framed or unframed, at "
       "stuprints.shop #wexcombe", "marketing", at="2026-05-13 20:10")

s.post("n7", "wexnews",
       "[Gazette] Regatta: a record 61 boats entered for Saturday's race "
       "https://wexcombegazette.co.uk/news/regatta-record-entry", "social",
       at="2026-05-14 00:45:02", tz=1)
s.post("t4", "pebble",
       "Tides, Thu 14 May. High 09:39 (4.3 m) and 22:03 (4.5 m). Low 03:30 and 15:55. Calm, "
       "fog first thing.", "social", at="2026-05-14 06:13")
s.post("n8", "wexnews",
       "[Council] Fore Hill allotments: water supply back on from Friday "
       "https://wexcombe-council.org.uk/allotments", "social", at="2026-05-14 09:15:04", tz=1)
s.reply("n8a", "n8", "noor",
        "Finally! I've been carrying watering cans up that hill for a fortnight.", "social")
s.post("g3", "wexgazette",
       "Regatta special in Friday's paper: 40 years in pictures and a pull-out map of the "
       "course. In the shops and online from 7am: wexcombegazette.co.uk/regatta", "marketing",
       at="2026-05-14 12:00")
s.reply("g3a", "g3", "ollie_w",
        "The 1989 photo of the capsized committee boat had better be in it.", "social")
s.reply("g3a1", "g3a", "wexgazette", "Page 6, Ollie. Full page.", "marketing")
s.post("b1", "bev",
       "Lost: grey tabby, answers to Biscuit (sometimes), last seen on Chapel Lane on Tuesday "
       "night. Very friendly, very greedy. Boosts appreciated. 🐈", "social",
       at="2026-05-14 14:00")
s.reply("b1a", "b1", "pebble", "Boosted. I'll look in the boatsheds on my walk.", "social")
s.reply("b1b", "b1", "jules",
        "Our cat's been hissing at something on the back wall of the chandlery. Checking now.",
        "social", gap=(20, 60))
s.reply("b1b1", "b1b", "jules",
        "BEV. Biscuit is in the chandlery, asleep on a coil of rope. Come and get him.",
        "social", gap=(10, 25))
s.reply("b1b2", "b1b1", "bev", "Oh thank goodness. On my way with treats.", "social",
        gap=(2, 8))
s.post("c2", "crumbandcrust",
       "Friday: cardamom buns are back. We'll have 60 and they'll be gone by 11. Quay Street "
       "from 7:30.", "marketing", at="2026-05-14 15:00")
s.reply("c2a", "c2", "jules", "Setting an alarm.", "social")

s.post("t5", "pebble",
       "Tides, Fri 15 May. High 10:14 (4.3 m) and 22:38 (4.4 m). Low 04:06 and 16:31. Regatta "
       "tomorrow: high water 11:02, so the start's at 10:30.", "social",
       at="2026-05-15 06:06")
s.reply("t5a", "t5", "samcrabs",
        "Wind's meant to get up tomorrow afternoon. Should be a proper race.", "social")
s.post("n9", "wexnews",
       "[Gazette] Regatta day: Harbour Road closed to cars 8am-6pm on Saturday "
       "https://wexcombegazette.co.uk/news/regatta-road-closure", "social",
       at="2026-05-15 08:00:02", tz=1)
s.reply("n9a", "n9", "harriet_k",
        "Closed for the regatta and then for four weeks. It's going to be a long summer.",
        "social")
s.post("j3", "jules",
       "First week in Wexcombe: joined a choir, found the bread, found Bev's cat, and got "
       "followed by two bots. Lovely place.", "social", at="2026-05-15 10:00")
s.reply("j3a", "j3", "bev", "And you got the last cardamom bun, I saw you.", "social")
s.reply("j3b", "j3", "pebble", "You're a local now. Regatta tomorrow, bring a coat.",
        "social")
s.reply("j3c", "j3", "tam", "Glad you're here. Both bots are gone, for what it's worth.",
        "social")
s.post("h2", "harriet_k",
       "Boats dressed overall for tomorrow. Every flag in Wexcombe is out. [photo: a row of "
       "fishing boats strung with signal flags along the quay]", "social",
       at="2026-05-15 19:30")
s.reply("h2a", "h2", "stu_prints@makers.gallery",
        "Stunning! My Regatta prints are 20% off this weekend at stuprints.shop 🖼️ #wexcombe",
        "spam")
s.reply("h2b", "h2a", "tam",
        "Stu, that's three people's photos this week. Next time it's a limit on your account "
        "here.", "social", gap=(20, 50))
s.reply("h2c", "h2", "rosie_ferry", "Gorgeous. See you on the quay.", "social")
s.post("n10", "wexnews",
       "[Harbour office] Regatta: inner harbour closed to moving vessels 09:30-16:00 on "
       "Saturday https://wexcombeharbour.org.uk/notices/2026-16", "social",
       at="2026-05-15 22:45:03", tz=1)


# ====================================================================================
# Lay out, check and write
# ====================================================================================
HARD_CASES = [
    ("A sockpuppet ring (Reddit)",
     "Every post by `quietmorning_brews`, `espresso_ellis22`, `mugs_and_burrs`, "
     "`dana_pourover_` and `sunday_pourover_sam` is `spam`, the 10/10 'review' thread root "
     "included. Each text on its own reads like an enthusiastic owner ('Mine has been "
     "flawless for 8 months'); what makes it spam is the undisclosed tie and the pattern "
     "(LABELS: undisclosed tie, deceptive, generic praise posted to place a name): new "
     "accounts, one product only, the same slogan, answers to an arthritis, a travel and a "
     "cleaning question that name the same grinder whatever was asked, within 2-14 minutes at "
     "any hour. The accounts are `bot` by role: an agency's tool posted for them on a "
     "schedule. `harlow_v60`, who owns the same grinder and reviews it with its faults, is "
     "`social`, and so is his 'Tarn T2 with the new bearing seal fitted, silent now'."),
    ("The maker cleaning up (Reddit)",
     "`Tarnworks_Official` offering a free seal under a critical review of its own grinder, "
     "its statement that an agency ran the accounts, and its free-returns offer are "
     "`marketing`: a brand answering customers in a thread about its product, where it "
     "belongs. A reader could call the apology `social`. The moderator's removal and ban "
     "notes are `social`; `roastery_rob` (a human, role `spammer`) dropping his roastery's "
     "code under grinder threads is `spam`."),
    ("An automated help account that is not spam (X)",
     "`@LumenetHelp` is a `bot` (it answers every mention within 5-45 seconds, day and "
     "night, with four templates), but every one of its {help_n} replies is `marketing`: a brand's "
     "customer service in its own mentions, to people who @-mentioned it. That holds when "
     "the template is wrong for the post: a reporter asking for numbers, a thank-you for an "
     "engineer, a gamer's joke threat, a pun, a customer saying she has already restarted "
     "twice. Compare `@VeloFibreDeals`, a competitor's keyword bot: every reply is `spam` "
     "(unsolicited, keyword-triggered, in other people's threads), including under Lumenet's "
     "own updates and its switching offer to a Velo customer."),
    ("Staffed brand replies (X)",
     "`@Lumenet`'s hourly updates, its credit announcement and its replies signed by Gemma, "
     "Tom and Priya (a line fault, a press figure, a thank-you, 'we wouldn't dare. GLHF') are "
     "`marketing`, as `bench/bots-fresh4` labelled the utility's outage replies. "
     "`@claimback_kev` (a human) offering to claim, for 30%, compensation that is paid "
     "automatically is `spam`. `@jo_reports`, a reporter summing up the outage in her own "
     "feed with no link, is `social` (news passed on)."),
    ("Job scams against a real agency (YouTube)",
     "`@Recruiter.AnnaHale`, `@AnnaHale.Recruitment` and `@talentdesk-remote` ('remote Data "
     "Entry, $45/hr, WhatsApp', '$380/day Product Tester') are `spam` everywhere, including "
     "under the creator's warning, a victim's account of the same scam, a congratulations "
     "and an 'I have an interview' update; `@Grace.Whitfield-m8x`'s testimonial is `spam` "
     "(LABELS: scam testimonials). `@BrightlaneStaffing`, a real agency, answering Mike "
     "('looking for work in logistics around Columbus if anyone hears of anything') and "
     "Benji ('anyone hiring forklift drivers near Dayton?') with matching listings, an office "
     "address and a phone number is `marketing`: a business answering a request, so it "
     "belongs in the thread (as `@rico_fixes_ac`'s answer to a direct request in "
     "`bench/bots-fresh4`). Its text ('we have two openings, apply at …') is close to the "
     "scam bots'; the differences are the match to the request, weekday office-hour timing "
     "and no WhatsApp or money. Its congratulations to Mike is `marketing` too."),
    ("A creator's paid service (YouTube)",
     "`@WorkingWithWren`'s video descriptions, advice, warning post and replies are "
     "`social`; her pinned comment offering $40 CV reviews and her answer about reviews for "
     "tradespeople are `marketing` (a seller in her own channel). `@resumerescue_ty` (a "
     "human) selling $49 rewrites under other people's comments is `spam`."),
    ("Fake relief funds (Bluesky)",
     "Every post by `tervas-relief-now`, `orlenquakefund` and `helpfamilies-now` is `spam`: "
     "deceptive appeals ('100% goes DIRECTLY to victims', a donation site four minutes after "
     "the shock, a crypto wallet), automated and unsolicited, under people checking in, a "
     "woman looking for her sister, an engineer's safety post, the foundation's appeal and "
     "its warning about them. Their two root posts, stuffed with hashtags, are `spam` as "
     "well. A text-only judge may find them close to the real foundation's appeal."),
    ("The real foundation, the city and a bakery (Bluesky)",
     "`ovcf.org` (role `brand`) asking for goods and money, warning about the fakes, "
     "answering Ruth and publishing its spending is `marketing` (a cause asking for money, "
     "in its own channel). `tervas-civilprotection` (role `brand`, the city's emergency "
     "office) posting shelters, water and school news is `social`, as `bench/bots-fresh4` "
     "labelled its city emergency office. `brodsky-bakes` giving free bread to rescuers is "
     "`marketing` (a brand in its own channel, however kind). `sofia-aranda` telling friends "
     "the foundation publishes its spending, with no tie to it, is `social`."),
    ("A family fundraiser and its copy (Bluesky)",
     "`anka-dreval`'s post raising a deposit for her parents is `marketing` (LABELS: a cause "
     "asking for money), although it is a person's plea; a reader could call it `social`. Her "
     "update closing the fundraiser is `social`. `paulo-givesback` (a human, role `spammer`) "
     "posts her text word for word with his own link: `spam` (deceptive). The two texts "
     "differ only in the link."),
    ("An automated alert account (Bluesky)",
     "`tremorfeed` posts each shock about 100 seconds after it, day and night, from a "
     "template: `bot` by role, `social` by label (news passed on, no commercial motive)."),
    ("A rotating-name comment run (blog)",
     "All 23 comments by the run's twenty names (and Robertcet) are `spam`, each name its own "
     "`bot` author with one or two comments, so no single author shows the run's pace "
     "(twenty-one comments in thirteen minutes at 02:12 UK time). Some texts look harmless "
     "alone: stock praise ('Thanks for the marvelous posting!'), a helpful-sounding 'your "
     "site has browser compatibility issues', a question about the blog's theme, an "
     "on-topic, keyword-stuffed comment from 'sewing machine repair near me', and three "
     "replies to readers ('Agreed, very helpful information. Thanks for sharing!'). The "
     "website field (loans, essay mills, casinos, replica goods, CBD) and the unspun "
     "'{Hi|Hello} there' templates give them away."),
    ("Selling on one's own blog (blog)",
     "Imogen's sale post is `marketing`, and so are her answers to a buyer and to a question "
     "about a machine for sale ('It does, all six cams … Sadly Utrecht is a long way'); her "
     "'Sold this morning to a lady who learned to sew on one in 1958' is `social`. Her "
     "naming a parts shop she has no tie to is `social`; the shop (`Bobbin & Shuttle "
     "Parts`) answering the reader who asked, with part number, price and phone, is "
     "`marketing`. `Rob Pennyfeather`, whose own blog is in his website field, is `social`. "
     "`Olivia Grant` (a human) offering to pay for a sponsored guest post, under a post about "
     "a grandmother's treadle and then under the spam post, is `spam`."),
    ("The same story from a relay bot and from the paper (Mastodon)",
     "`wexnews` (the admin's bot) posting '[Gazette] Lifeboat called to yacht aground off "
     "Carn Point; all three crew safe' with a link is `social`: news passed on, no "
     "commercial motive. `wexgazette` posting the same story with the same link in its own "
     "feed is `marketing` (a business drawing readers to its site), as are its subscription "
     "posts and its answers. A strict reading of LABELS' 'news passed on' could make the "
     "paper's news post `social`."),
    ("Follow-back bots (Mastodon)",
     "`followback@growthpod.net` and `f4fhub@boostcircle.app` are `spam` whether they reply "
     "to an #introduction post or post a root that only @-mentions someone who followed "
     "back ('Thanks for the follow-back! … 1,000 real followers for $9'). Those roots have "
     "no thread to be relevant to."),
    ("Local business and a print seller (Mastodon)",
     "`crumbandcrust`'s own posts and its answers to 'Where do people buy proper bread round "
     "here?' and to a visitor asking where to eat are `marketing` (a business answering a "
     "request). `stu_prints@makers.gallery` (a human, role `spammer`) selling prints under "
     "other people's harbour photos and under the visitor's question is `spam`; his own "
     "post of a new print with one relevant tag is `marketing` (compare the hashtag-stuffed "
     "ad `bench/bots-fresh4` labelled `spam`)."),
    ("Prolific humans",
     "`burrnerd_kai` (answers most grinder questions within minutes, till 2 AM Pacific), "
     "`@ferdie_pings` (posts and answers through the outage, the last at 02:51), "
     "`@dolores_hr_retired` (kind, sometimes formulaic advice within minutes, 06:00-01:00), "
     "`ilse-seismo.bsky.social` (explains each aftershock within minutes, past midnight), "
     "`Ada Ferreira` (first under every blog post, within minutes) and `pebble` (types the "
     "tides every morning between 06:04 and 06:13 and answers all day) are human; all their "
     "posts are `social`."),
]


def layout():
    for s in STREAMS:
        s.items.sort(key=lambda it: it["time"])
        ids = Ids(s.platform)
        for it in s.items:
            it["id"] = ids.make(it, s)


def records(s):
    out = []
    for it in s.items:
        root = it
        while root["p"] is not None:
            root = s.by_key[root["p"]]
        r = {"id": it["id"], "text": it["t"], "author": it["a"],
             "created_at": it["time"].strftime("%Y-%m-%dT%H:%M:%SZ"),
             "platform": s.platform, "kind": "post" if it["p"] is None else "reply",
             "thread_id": root["id"]}
        if it["p"] is not None:
            r["parent_id"] = s.by_key[it["p"]]["id"]
        r["expected"] = it["l"]
        if s.platform == "blog" and it["p"] is not None:
            a = AUTHORS[it["a"]]
            if a.get("url"):
                r["author_url"] = a["url"]
            assert a.get("email"), f"blog commenter {it['a']} has no e-mail"
            r["author_email"] = a["email"]
        out.append(r)
    return out


def check(all_recs):
    seen_author = {}
    ids = set()
    for fname, recs in all_recs.items():
        when = {}
        last = None
        for r in recs:
            for f in ("id", "text", "author", "created_at", "platform", "kind", "thread_id",
                      "expected"):
                assert r.get(f), f"{fname}: {r.get('id')}: missing {f}"
            assert r["id"] not in ids, f"{fname}: id {r['id']} twice"
            ids.add(r["id"])
            assert r["expected"] in LABELS
            assert last is None or r["created_at"] >= last, f"{fname}: out of order"
            last = r["created_at"]
            if r["kind"] == "reply":
                assert r["parent_id"] in when, f"{fname}: {r['id']}: parent missing or later"
                assert when[r["parent_id"]] < r["created_at"], f"{fname}: {r['id']}: too early"
            else:
                assert "parent_id" not in r and r["thread_id"] == r["id"]
            when[r["id"]] = r["created_at"]
            assert r["author"] in AUTHORS
            assert seen_author.setdefault(r["author"], fname) == fname, \
                f"author {r['author']} in two files"
        assert 80 <= len(recs) <= 110, f"{fname}: {len(recs)} posts"
    unused = set(AUTHORS) - set(seen_author)
    assert not unused, f"authors defined but unused: {unused}"
    return seen_author


def table(header, rows, right_from=1):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i < right_from else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def readme(all_recs, author_file):
    L = []
    w = L.append
    files = [s.fname for s in STREAMS]
    titles = {s.fname: s.title for s in STREAMS}
    w("# bots-fresh5: sockpuppets, an auto-responder, job scams, fake relief funds, a "
      "comment run and follow-back bots\n")
    w("Six hand-written scenario streams, one JSON-lines file each, in time order. Most posts "
      "are ordinary people talking. Mixed in are automated accounts (a sockpuppet ring that "
      "only ever praises one grinder, a competitor's keyword bot in an outage, job-scam bots "
      "and a fake testimonial under a layoff video, fake earthquake-relief funds, a "
      "rotating-name comment-spam run, and follow-back bots), three automated accounts that "
      "are not spam (a broadband provider's auto-responder, whose replies are its customer "
      "service, an earthquake-alert feed and a town instance's headline relay), human "
      "spammers, and brands, a community foundation, a staffing agency, a newspaper, a "
      "bakery and a parts shop speaking in their own channels or answering people who asked. "
      "Labels follow `data/LABELS.md`.\n")
    w("Run it: `BOTS_DIR=bench/bots-fresh5 python3 bench/bots_fresh.py` (after building "
      "discern; the harness defaults to `target/release/discern`).\n")
    w("## Who wrote it, what was read, what was run\n")
    w("A helper session (an AI assistant started from a session of this project) wrote "
      "every text in this folder by hand, for this evaluation set. It read only "
      "`data/LABELS.md`, `bench/bots-fresh4/README.md` (layout, fields, conventions and the "
      "scenarios already covered by bots-fresh to bots-fresh4), `bench/bots_fresh.py` (only "
      "to see which files and fields it reads and how it uses `authors.tsv`) and the first "
      "five lines of `bench/bots-fresh4/blog_late_linkdrops.jsonl` (to copy the post "
      "schema). It read no discern code, tests, data, other check sets, earlier "
      "`generate.py` files or anything under `/work/shared`. It did not build or run discern "
      "and ran nothing else of the project: the only things run were this `generate.py` and "
      "a throwaway check script (every line parses, required fields present, ids unique, "
      "parents exist and come earlier, time order, labels valid, every author in "
      "`authors.tsv` with a valid role), which was then deleted. Nothing outside "
      "`bench/bots-fresh5/` was written and nothing was committed.\n")
    w("## Files\n")
    rows, tot = [], collections.Counter()
    for f in files:
        recs = all_recs[f]
        c = collections.Counter(r["expected"] for r in recs)
        n_auth = len({r["author"] for r in recs})
        rows.append([f"`{f}`", titles[f], len(recs), c["social"], c["marketing"], c["spam"],
                     n_auth])
        tot.update(c)
        tot["posts"] += len(recs)
        tot["authors"] += n_auth
    rows.append(["**total**", "", tot["posts"], tot["social"], tot["marketing"], tot["spam"],
                 tot["authors"]])
    w(table(["file", "scenario", "posts", "social", "marketing", "spam", "authors"], rows,
            right_from=2) + "\n")
    roles = collections.Counter(AUTHORS[a]["role"] for a in author_file)
    w(f"- `authors.tsv`: `author<TAB>role` for all {len(author_file)} authors ("
      + ", ".join(f"{roles[r]} {r}" for r in ROLES) + "). The role is the ground truth for "
      "automation scoring: `bot` means automated. Humans are `person`, `prolific_person`, "
      "`brand` or `spammer` (a human spammer). Author names are unique across the six files, "
      "so the two-column form applies to every file. The moderator, the career coach, the "
      "blogger, the instance admin, the reporters and the woman raising money for her "
      "parents are individuals (`person`). The grinder maker, the broadband provider, "
      "the staffing agency, the community foundation, the city's civil protection office, "
      "the bakeries, the parts shop and the newspaper are `brand`. `@LumenetHelp` (the "
      "provider's auto-responder), `tremorfeed.bsky.social` and `wexnews` are `bot` although "
      "none of their posts is spam. The sockpuppets are `bot`: an agency's tool posted for "
      "them.")
    w("- `generate.py`: holds every text and writes all files, this README included "
      "(`python3 bench/bots-fresh5/generate.py`).\n")
    w("Authors per role, per file:\n")
    rows = []
    for f in files:
        c = collections.Counter(AUTHORS[a]["role"] for a in {r["author"] for r in all_recs[f]})
        rows.append([f"`{f}`"] + [c[r] for r in ROLES])
    w(table(["file"] + list(ROLES), rows) + "\n")
    w("Posts by author role, per file:\n")
    rows = []
    for f in files:
        c = collections.Counter(AUTHORS[r["author"]]["role"] for r in all_recs[f])
        rows.append([f"`{f}`"] + [c[r] for r in ROLES])
    w(table(["file"] + list(ROLES), rows) + "\n")
    w("Labels of the posts by each role, all files together:\n")
    c = collections.Counter((AUTHORS[r["author"]]["role"], r["expected"])
                            for f in files for r in all_recs[f])
    w(table(["role"] + list(LABELS), [[r] + [c[(r, l)] for l in LABELS] for r in ROLES])
      + "\n")
    w("## Fields\n")
    w("As in `bench/bots-fresh4`: `id`, `text`, `author`, `created_at` (RFC 3339, UTC, whole "
      "seconds), `platform` (`reddit`, `x`, `youtube`, `bluesky`, `blog`, `mastodon`), `kind` "
      "(`post` = thread root, `reply` otherwise), `thread_id` (the root's id), `parent_id` "
      "(replies only: the post answered; left out on roots), `expected` (`social` / "
      "`marketing` / `spam`). Blog comments also have `author_url` (the comment form's "
      "website field, where the commenter gave one) and `author_email`. A Reddit root's text "
      "is its title, a blank line, then its body; a blog post's text is its title, a blank "
      "line, then the opening of the post; a YouTube video's text is its title, a blank line, "
      "then its description. Mastodon authors on the home instance (wexcombe.social) are "
      "bare names; authors from other servers are `name@server`. Bluesky authors are handles "
      "(one a custom domain, `ovcf.org`). YouTube authors are `@handles`; X authors are "
      "`@handles`, as in `bench/bots-fresh4`. Mastodon follow-back bots' thank-you mentions "
      "are roots (`kind: post`) that start with the @-mention, as they appear on Mastodon.\n")
    w("Ids look like each platform's and grow with time: X snowflakes, Mastodon ids, Bluesky "
      "`at://did:plc:…/app.bsky.feed.post/<tid>` URIs, Reddit `t3_`/`t1_`, WordPress "
      "`post-N`/`comment-N`. YouTube ids are random, as YouTube's are: an 11-character video "
      "id, `Ugkx…` for the community post, `Ug…4AaABAg` for top-level comments and "
      "`<top-level id>.<22 characters>` for replies (a reply's `parent_id` is the comment it "
      "answers, which may itself be a reply).\n")
    w("## Provenance\n")
    w("Every text was written fresh, by hand, for this set; nothing was copied from a "
      "dataset, website or another check set. The blog spam run imitates the well-known "
      "shapes of comment spam (stock praise, unspun templates, a 'browser compatibility' "
      "opener) in newly written words. All people, handles, channels, businesses, products "
      "(the Tarn Mill T2, Haldane 38, Orvell Slim, Pelton E1, Novum 4), places (Carrow, "
      "Eastfield, Tervas, the Orlen Valley, Wexcombe, Pell Island, Ashby Fold), domains, "
      "e-mail addresses, phone numbers and the crypto wallet are invented. Phone numbers are "
      "in the 555-01xx range. Domains were made up with ordinary endings (.com, .co, .net, "
      ".org, .info, .io, .app, .shop, .blog, .social, .gallery, .ru, .co.uk, .org.uk) and "
      "were not checked against any registry. The only real domain is `bsky.social`, the "
      "suffix of default Bluesky handles. Real services and places are named only in passing "
      "(WhatsApp, PayPal, Google Sheets, Excel, Chrome, Mastodon, BTC, ETH, USDT, Singer, "
      "Columbus, Dayton, Vandalia, Toronto, Cornwall, Leeds, Utrecht, Tucson).\n")
    w(f"`generate.py` (python3, standard library only, seed {SEED}) lays the texts out in "
      "time, assigns the ids, checks the streams and writes the files, so the output is the "
      "same on every run.\n")
    w("## Timing\n")
    w("Timing model (see `generate.py`):")
    w("- Thread roots, and replies that the story needs at a given moment, have hand-set "
      "local times in the author's time zone. Bots on a schedule post to the second "
      "(`wexnews` 2-4 s after each quarter hour; `tremorfeed` 97-107 s after each shock; the "
      "sockpuppet review at 03:47:12 ET); humans' hand-set times get random seconds.")
    w("- `person`: each reply's delay after the post it answers (or the latest post it "
      "refers to) is log-normal with sigma 1, kept within 0.2-8 times the median; the median "
      "is " + ", ".join(f"{v} min on {k}" for k, v in PERSON_MEDIAN.items()) + ", with "
      "per-author medians for some (the moderator 70 min, the coach 40 min, the reporters "
      "15 min, the blogger 180 min, the admin 35 min). Some top-level comments have a set "
      "delay range after the post. The reply is then moved into the author's waking window "
      "(about 07:30-23:00 local, with per-author windows for night owls, early risers, a "
      "fisherman and nurses).")
    w("- `prolific_person`: median 4-9 min, sigma 0.8, long days (from 05:30-06:30 to "
      "23:30-01:00, and to 02:00-02:30 for three of them).")
    w("- `brand`: log-normal, median 20-120 min, sigma 0.8, only in staffed hours (weekdays "
      "only for Tarnworks, Brightlane, Bobbin & Shuttle and the Gazette; Lumenet to 23:00 "
      "during the outage, Civil Protection around the clock).")
    w("- `spammer` (human): median 25-40 min, waking hours; Olivia Grant's two comments "
      "have hand-set weekday-morning times.")
    bots = [f"{lo:g} s-{hi:g} s for `{n}`" for n, a in AUTHORS.items() if a["role"] == "bot"
            for lo, hi in [(a["lo"], a["hi"])] if n not in ("tremorfeed.bsky.social", "wexnews")
            and not (lo, hi) == RUN]
    w("- `bot`: a log-uniform delay between bounds set for each bot, at any hour: "
      + "; ".join(bots) + f"; and {RUN[0]} s-{RUN[1]} s between successive comments of the "
      "blog's overnight run, whichever name each carries. The run's first comment, Tom's "
      "and Robertcet's August comments, the follow-back bots' mention roots and the relief "
      "bots' root posts have hand-set times.\n")
    w("## Scenarios\n")
    w("Chosen to differ from those covered before: the six streams of `bench/bots-fresh4` "
      "(a giveaway impersonator on YouTube, an affiliate bot in a buying-advice subreddit, "
      "heat-wave keyword bots and a utility, a quote bot and airdrop bots on Mastodon, late "
      "link drops on an allotment blog, art-scam bots on Bluesky) and those its README says "
      "bots-fresh to bots-fresh3 used (a vacuum reply bot, a crypto scam swarm, an "
      "LLM-worded reply guy, a YouTube comment farm, a bike shop with a prolific regular, an "
      "election thread with slogan bots, a reply guy plugging a SaaS, a growth bot's template "
      "posts, an airline's impersonator warning, among others). Here the Reddit accounts are "
      "a ring praising one product rather than one affiliate bot; the automated account on X "
      "is the brand's own help desk; the YouTube bots sell fake jobs to the unemployed; the "
      "Bluesky bots raise money for a disaster; the blog's spam is one night's run under "
      "rotating names; and the Mastodon bots sell followers beside a relay bot that sells "
      "nothing.\n")
    for s in STREAMS:
        w(f"### `{s.fname}`: {s.title}\n")
        w(s.blurb + "\n")
    w("## Hard cases\n")
    w("Cases where LABELS.md was hard to apply, and what was chosen:\n")
    help_n = sum(r["author"] == "@LumenetHelp" for f in files for r in all_recs[f])
    for n, (title, text) in enumerate(HARD_CASES, 1):
        w(f"{n}. **{title}.** " + text.replace("{help_n}", str(help_n)))
    return "\n".join(L) + "\n"


def main():
    layout()
    all_recs = {s.fname: records(s) for s in STREAMS}
    author_file = check(all_recs)
    for fname, recs in all_recs.items():
        with open(os.path.join(HERE, fname), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        for s in STREAMS:
            done = set()
            for it in s.items:
                if it["a"] not in done:
                    done.add(it["a"])
                    f.write(f"{it['a']}\t{AUTHORS[it['a']]['role']}\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(all_recs, author_file))
    for fname, recs in all_recs.items():
        c = collections.Counter(r["expected"] for r in recs)
        print(f"{fname:36} {len(recs):4} posts  {dict(c)}")


if __name__ == "__main__":
    main()
