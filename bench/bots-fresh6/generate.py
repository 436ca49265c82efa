#!/usr/bin/env python3
"""bots-fresh6: six hand-written bot scenario streams for bench/bots_fresh.py.

This file holds every text of the set. It lays the posts out in time (fixed seed), gives
them ids shaped like each platform's, checks the streams and writes the six .jsonl files,
authors.tsv and README.md next to itself, the same on every run:

    python3 bench/bots-fresh6/generate.py

Python 3 standard library only.
"""
import datetime as dt
import json
import math
import os
import random
import string
from collections import Counter, defaultdict

SEED = 20260611
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("social", "marketing", "spam")
ROLES = ("bot", "brand", "person", "prolific_person", "spammer")
PLATFORMS = ("reddit", "x", "youtube", "bluesky", "blog", "mastodon")
# Median reply delay (minutes) of a `person` on each platform, unless set per author.
MEDIAN = {"reddit": 45, "x": 20, "youtube": 35, "bluesky": 25, "blog": 300, "mastodon": 25}
SIGMA = {"person": 1.0, "prolific_person": 0.8, "brand": 0.8, "spammer": 1.0}
DEFAULT_WIN = {"person": ("07:30", "23:00"), "prolific_person": ("06:00", "24:30"),
               "brand": ("09:00", "21:00"), "spammer": ("08:00", "23:00")}
DEFAULT_MED = {"prolific_person": 6, "brand": 60, "spammer": 30}
AUTHORS = {}
SCENARIOS = []


def hours(s):
    h, m = s.split(":")
    return int(h) + int(m) / 60


class Author:
    def __init__(self, name, role, tz, win, med, bot, weekdays, url, email, scenario):
        self.name, self.role, self.tz = name, role, tz
        self.win = None if role == "bot" else tuple(hours(x) for x in
                                                     (win or DEFAULT_WIN[role]))
        self.win_text = None if role == "bot" else (win or DEFAULT_WIN[role])
        self.med = med if med is not None else DEFAULT_MED.get(role)
        self.bot = bot
        self.weekdays = weekdays
        self.url, self.email = url, email
        self.scenario = scenario


def fit_window(t, a):
    """Move a human's post into their waking (or staffed) hours; bots post at any hour."""
    if a.role == "bot":
        return t
    off = dt.timedelta(hours=a.tz)
    s, e = a.win
    loc = t + off
    for _ in range(20):
        h = loc.hour + loc.minute / 60 + loc.second / 3600
        wrap = e > 24 and h < e - 24
        day = loc.date() - dt.timedelta(days=1) if wrap else loc.date()
        ok = s <= h < e or wrap
        if a.weekdays and day.weekday() >= 5:
            ok = False
        if ok:
            return loc - off
        start = loc.date() if h < s else loc.date() + dt.timedelta(days=1)
        loc = (dt.datetime.combine(start, dt.time()) + dt.timedelta(hours=s)
               + dt.timedelta(seconds=rng.randint(60, 3600)))
    raise RuntimeError(f"no window for {a.name}")


class Scenario:
    def __init__(self, file, platform, year, title, summary):
        assert platform in PLATFORMS
        self.file, self.platform, self.year = file, platform, year
        self.title, self.summary = title, summary
        self.events = []
        self.authors = []
        SCENARIOS.append(self)

    def who(self, name, role, tz, win=None, med=None, bot=None, weekdays=False, url=None,
            email=None):
        assert role in ROLES, role
        assert name not in AUTHORS, f"author {name} used twice"
        AUTHORS[name] = Author(name, role, tz, win, med, bot, weekdays, url, email, self)
        self.authors.append(name)

    def when(self, at, a):
        """'MM-DD HH:MM[:SS]' in the author's local time -> naive UTC. Without seconds a
        random second is drawn (humans); scheduled bots give the second."""
        md, hm = at.split(" ")
        mo, d = md.split("-")
        parts = hm.split(":")
        sec = int(parts[2]) if len(parts) == 3 else rng.randint(0, 59)
        local = dt.datetime(self.year, int(mo), int(d), int(parts[0]), int(parts[1]), sec)
        return local - dt.timedelta(hours=a.tz)

    def delay(self, a, d):
        if d is not None:
            s = rng.uniform(d[0], d[1]) * 60
        elif a.role == "bot":
            lo, hi = a.bot
            s = math.exp(rng.uniform(math.log(lo), math.log(hi)))
        else:
            med = a.med if a.med is not None else MEDIAN[self.platform]
            m = med * math.exp(rng.gauss(0, SIGMA[a.role]))
            s = min(max(m, 0.2 * med), 8 * med) * 60
        return dt.timedelta(seconds=max(1, round(s)))

    def _add(self, parent, author, text, label, t, hand, extra):
        assert author in AUTHORS and AUTHORS[author].scenario is self, author
        assert label in LABELS, label
        self.events.append(dict(parent=parent, author=author, text=text.strip(), label=label,
                                t=t.replace(microsecond=0), hand=hand, extra=extra))
        return len(self.events) - 1

    def root(self, author, at, text, label, **extra):
        return self._add(None, author, text, label, self.when(at, AUTHORS[author]), True, extra)

    def rep(self, parent, author, text, label, at=None, after=None, d=None, **extra):
        a = AUTHORS[author]
        base = self.events[parent]["t"]
        for k in ([] if after is None else after if isinstance(after, list) else [after]):
            base = max(base, self.events[k]["t"])
        if at is not None:
            t = self.when(at, a)
            assert t > base, (self.file, author, text[:40], t, base)
            hand = True
        else:
            t = fit_window(base + self.delay(a, d), a)
            hand = False
        return self._add(parent, author, text, label, t, hand, extra)


# ---------------------------------------------------------------- ids

B32S = "234567abcdefghijklmnopqrstuvwxyz"
ALNUM = string.ascii_letters + string.digits
YT = ALNUM + "-_"


class Clock:
    """Strictly increasing milliseconds inside each event's second."""
    def __init__(self):
        self.last = 0

    def ms(self, t):
        base = int(t.replace(tzinfo=dt.timezone.utc).timestamp()) * 1000
        v = max(base + rng.randint(0, 999), self.last + 1)
        self.last = v
        return v


def rand(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b36(n):
    digits = string.digits + string.ascii_lowercase
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out


def assign_ids(s, order):
    ev = s.events
    clock = Clock()
    ids = {}
    if s.platform == "x":
        for i in order:
            ms = clock.ms(ev[i]["t"])
            ids[i] = str(((ms - 1288834974657) << 22) | (rng.randint(0, 1023) << 12)
                         | rng.randint(0, 4095))
    elif s.platform == "mastodon":
        for i in order:
            ids[i] = str((clock.ms(ev[i]["t"]) << 16) | rng.randint(0, 65535))
    elif s.platform == "bluesky":
        dids = {}
        for i in order:
            a = ev[i]["author"]
            if a not in dids:
                dids[a] = "did:plc:" + rand("abcdefghijklmnopqrstuvwxyz234567", 24)
            v = ((clock.ms(ev[i]["t"]) * 1000 + rng.randint(0, 999)) << 10) | rng.randint(0, 1023)
            tid = ""
            for _ in range(13):
                tid = B32S[v & 31] + tid
                v >>= 5
            ids[i] = f"at://{dids[a]}/app.bsky.feed.post/{tid}"
    elif s.platform == "reddit":
        t0 = ev[order[0]]["t"]
        last = {"t3": 0, "t1": 0}
        base = {"t3": int("1r8u3k0", 36), "t1": int("o5k7q00", 36)}
        rate = {"t3": 1.3, "t1": 83.0}
        for i in order:
            kind = "t3" if ev[i]["parent"] is None else "t1"
            el = (ev[i]["t"] - t0).total_seconds()
            v = max(base[kind] + int(el * rate[kind]) + rng.randint(0, 40), last[kind] + 1)
            last[kind] = v
            ids[i] = f"{kind}_{b36(v)}"
    elif s.platform == "blog":
        post, comment = 2400 + rng.randint(0, 90), 15200 + rng.randint(0, 300)
        for i in order:
            if ev[i]["parent"] is None:
                post += rng.randint(3, 19)
                ids[i] = f"post-{post}"
            else:
                comment += rng.randint(1, 9)
                ids[i] = f"comment-{comment}"
    elif s.platform == "youtube":
        for i in order:
            e = ev[i]
            if e["parent"] is None:
                if e["extra"].get("community"):
                    ids[i] = "Ugkx" + rand(YT, 32)
                else:
                    ids[i] = rand(YT, 10) + rng.choice("AEIMQUYcgkosw048")
            else:
                top = i
                while ev[top]["parent"] is not None and ev[ev[top]["parent"]]["parent"] is not None:
                    top = ev[top]["parent"]
                if top == i:
                    ids[i] = "Ug" + rng.choice("wxyz") + rand(ALNUM, 16) + "4AaABAg"
                else:
                    ids[i] = ids[top] + "." + rng.choice("ABCDEF0123456789") + rand(YT, 21)
    return ids


def build(s):
    ev = s.events
    order = sorted(range(len(ev)), key=lambda i: (ev[i]["t"], i))
    ids = assign_ids(s, order)
    root_of = {}
    for i in range(len(ev)):
        j = i
        while ev[j]["parent"] is not None:
            j = ev[j]["parent"]
        root_of[i] = j
    out = []
    for i in order:
        e = ev[i]
        a = AUTHORS[e["author"]]
        rec = {"id": ids[i], "text": e["text"], "author": e["author"],
               "created_at": e["t"].strftime("%Y-%m-%dT%H:%M:%SZ"), "platform": s.platform,
               "kind": "post" if e["parent"] is None else "reply",
               "thread_id": ids[root_of[i]]}
        if e["parent"] is not None:
            rec["parent_id"] = ids[e["parent"]]
        rec["expected"] = e["label"]
        if s.platform == "blog" and e["parent"] is not None:
            url = e["extra"].get("url", a.url)
            email = e["extra"].get("email", a.email)
            if url:
                rec["author_url"] = url
            if email:
                rec["author_email"] = email
        out.append(rec)
    return out


def check(s, recs):
    seen = {}
    last = None
    for n, r in enumerate(recs):
        assert r["id"] not in seen, r["id"]
        assert r["expected"] in LABELS
        assert AUTHORS[r["author"]].role in ROLES
        assert last is None or r["created_at"] >= last
        last = r["created_at"]
        if r["kind"] == "post":
            assert r["thread_id"] == r["id"] and "parent_id" not in r
        else:
            p = seen[r["parent_id"]]
            assert p["created_at"] <= r["created_at"]
            assert p["thread_id"] == r["thread_id"]
        seen[r["id"]] = r
    # Humans keep to their hours (hand-set or not); bots have no such limit.
    for e in s.events:
        a = AUTHORS[e["author"]]
        if a.role != "bot":
            assert fit_window(e["t"], a) == e["t"], (s.file, a.name, e["t"], e["text"][:40])


# =====================================================================================
# 1. Reddit: a band's fan subreddit and a 'where did you get that shirt' bot pair
# =====================================================================================

S = Scenario(
    "reddit_fan_sub_shirt_bots.jsonl", "reddit", 2026,
    "Reddit: a band's fan subreddit, where fans name the band in every post, and a 'where did "
    "you get that shirt' bot pair",
    "The subreddit of Saltmarrow, an invented four-piece indie band (Ines, Dom, Callum and "
    "Priya), Monday 16 to Saturday 21 February 2026, during the band's US tour and the week "
    "their third album is announced. The fans name the band in nearly every post ('Saltmarrow "
    "at the Foxhall', 'the most Saltmarrow thing', 'a very Saltmarrow title'): they are people "
    "talking, not a ring, and every post of theirs is social. Under every photo post a pair of "
    "accounts works together: one asks where to buy the shirt in the photo (two and a half to "
    "twelve minutes after the post, at any hour), the other answers it within half a minute to "
    "three minutes with a fake merch store. They ask about a shirt under an album cover, under "
    "a shirt a fan "
    "block-printed by hand and under a photo of records that says 'no shirts in this photo'. "
    "After the moderator (tideline_mod) bans Keen_Otter_4417 and Plastic_Heron_9921 on "
    "Wednesday, Mossy_Quill_5560 and Sudden_Lamp_2083 carry on with a new domain, and "
    "Mossy_Quill_5560 also answers a scam victim's comment under the moderator's warning. "
    "From Thursday AutoModerator posts a reminder within seconds on photo posts (bot, social). "
    "SaltmarrowBand, the band's own account, announces the album, runs an AMA and answers "
    "fans (marketing). rarepress_ray, a human record dealer, drops his shop link under band "
    "threads until he is banned. setlist_sadie is a prolific human who keeps the setlist "
    "archive and answers within minutes from the US West Coast, until two in the morning.")

ET = -5
S.who("tideline_mod", "person", ET, med=60, win=("07:00", "23:30"))
S.who("SaltmarrowBand", "brand", ET, med=90, win=("10:00", "23:00"))
S.who("setlist_sadie", "prolific_person", -8, med=6, win=("06:30", "26:00"))
S.who("harbourkid_91", "person", ET)
S.who("mothlight_ana", "person", ET)
S.who("deep_cut_dev", "person", ET, win=("09:30", "25:30"))
S.who("fen_and_fiddle", "person", ET)
S.who("oldbassplayer_k", "person", ET, win=("05:30", "22:00"))
S.who("quietcartographer", "person", ET)
S.who("brisket_and_bass", "person", -6)
S.who("nocturne_nell", "person", ET, win=("11:00", "27:00"))
S.who("tamsin_in_leeds", "person", 0)
S.who("ozfan_jarrah", "person", 11)
S.who("gull_season", "person", ET)
S.who("rarepress_ray", "spammer", ET, med=30)
S.who("AutoModerator", "bot", ET, bot=(4, 20))
S.who("Keen_Otter_4417", "bot", ET, bot=(180, 720))
S.who("Plastic_Heron_9921", "bot", ET, bot=(40, 200))
S.who("Sudden_Lamp_2083", "bot", ET, bot=(150, 660))
S.who("Mossy_Quill_5560", "bot", ET, bot=(30, 180))
R, P = S.root, S.rep

AUTOMOD = ("Reminder from the mods: the only official Saltmarrow store is saltmarrow.com/store. "
           "If one account asks where to buy the shirt in this photo and another answers with a "
           "link, it's a bot pair. Report both, don't click.\n\n*I am a bot, and this action was "
           "performed automatically. Please contact the moderators of this subreddit if you have "
           "any questions or concerns.*")

# Monday: a photo from the Foxhall show
t1 = R("harbourkid_91", "02-16 10:12",
       "Saltmarrow at the Foxhall last night, front row for the first time\n\nTook about forty "
       "photos and this is the only one that isn't blurry. Saltmarrow opened with Gannet, which "
       "I did not expect, and Ines broke a string in Lowtide Radio and just kept going on three. "
       "I'm wearing my 2023 Lowtide tour shirt, which has now survived four Saltmarrow shows.",
       "social")
a = P(t1, "setlist_sadie",
      "Setlist for Saltmarrow at the Foxhall, 15 Feb: Gannet, Paper Coast, Lowtide Radio, Chalk "
      "Horse, Ferrylight, The Long Field, Signal Fires, Harbour Lights Out, Winter Pier, "
      "Breakwater; encore Marrowbone and Salt in the Well. Gannet as the opener is a first since "
      "2022. Archive updated.", "social")
b = P(a, "harbourkid_91", "Sadie you are a machine. Was Winter Pier new? I didn't recognise it.",
      "social")
P(b, "setlist_sadie", "New, first played in Albany on the 9th. My guess is it's on the album.",
  "social")
q1 = P(t1, "Keen_Otter_4417", "omg I need this shirt, where can I buy it??", "spam")
q2 = P(q1, "Plastic_Heron_9921",
       "Found it here, they still have all sizes and shipping is free: saltmarrowshop.store",
       "spam")
q3 = P(q2, "deep_cut_dev",
       "That's not the band's store. The 2023 tour shirts were only ever sold at shows and on "
       "saltmarrow.com. Don't give that site your card.", "social")
c = P(t1, "mothlight_ana",
      "Ines finishing Lowtide Radio on three strings is the most Saltmarrow thing I've ever "
      "heard of", "social")
P(c, "harbourkid_91",
  "She pulled a face at the broken string and the crowd cheered louder than they did for the "
  "song", "social")
P(t1, "gull_season",
  "Jealous. I'm seeing Saltmarrow in Providence on Friday, now I'm hoping for Gannet too.",
  "social")
P(q3, "harbourkid_91",
  "Huh, thanks. One account asked and the other one answered inside two minutes. Now I see it.",
  "social")

# Monday evening: the band announces the album
t2 = R("SaltmarrowBand", "02-16 19:40",
       "Our third album, Chalk and Signal, is out 24 April\n\nHi all, it's Ines, Dom, Callum and "
       "Priya. Eleven songs, recorded in a church hall in Maine in November. Pre-orders are open "
       "now on saltmarrow.com: vinyl (sea-glass green, 1,500 copies), CD, and a cassette because "
       "you kept asking. The first single, Winter Pier, is out Friday.", "marketing")
P(t2, "mothlight_ana",
  "A CASSETTE. Saltmarrow heard us. Pre-ordered the green vinyl before I'd finished reading.",
  "social")
a = P(t2, "quietcartographer",
      "Chalk and Signal is such a Saltmarrow title. Is Breakwater on it? I've been waiting for "
      "a studio version since 2024.", "social")
P(a, "SaltmarrowBand",
  "Breakwater is track 4! It's a lot slower than the live version, Callum won that argument. "
  "-Priya", "marketing")
rr1 = P(t2, "rarepress_ray",
        "If you missed the first Saltmarrow pressing I've got sealed copies of the 2021 debut in "
        "stock, plus two test pressings: rarepressrecords.shop/saltmarrow", "spam")
q1 = P(t2, "Keen_Otter_4417", "where can I buy this shirt?? love it", "spam")
P(q1, "Plastic_Heron_9921", "Got mine from here last month, quality is great: saltmarrowshop.store",
  "spam")
P(q1, "fen_and_fiddle", "There's no shirt in this picture, it's the album cover. Who are you asking?",
  "social")
a = P(t2, "oldbassplayer_k",
      "Recorded in a church hall explains the reverb on the last Saltmarrow live session. Is the "
      "vinyl cut from the tapes?", "social")
P(a, "SaltmarrowBand", "Half-speed master from the tapes, yes. The CD is the digital master. -Dom",
  "marketing")
a = P(t2, "brisket_and_bass",
      "Does the cassette ship outside the US? Asking for my brother in Mexico City, who is a "
      "bigger Saltmarrow fan than me.", "social")
P(a, "SaltmarrowBand", "It does, everywhere our store ships. Shipping to Mexico is $11. -Priya",
  "marketing")
P(t2, "setlist_sadie",
  "Eleven songs and at least four we've heard live: Winter Pier, Breakwater, Chalk Horse and "
  "probably Signal Fires. I'll add album titles to the archive when the tracklist is out.",
  "social")
P(rr1, "tideline_mod",
  "Removed the link. Selling records is fine in the monthly swap thread, not under the band's "
  "announcement.", "social")
P(t2, "nocturne_nell", "Saltmarrow said cassette and my wallet said ok", "social")

# Tuesday: a lyric thread (text only, so no bots)
t3 = R("mothlight_ana", "02-17 08:55",
       "What is 'Gannet' actually about? (Saltmarrow lyric thread)\n\nSince Saltmarrow opened "
       "with it on Sunday I've had it on repeat. 'You fold your wings and fall for the bright "
       "thing under the water'. I always read it as being about addiction, but my friend thinks "
       "it's about her dad, who was a diver. Has the band ever said?", "social")
P(t3, "setlist_sadie",
  "Ines talked about it at the 2022 Hartford show: she wrote it after watching gannets dive off "
  "a ferry, and said it's 'about wanting things that are bad for you and knowing it on the way "
  "down'. So, closer to your reading.", "social")
a = P(t3, "quietcartographer",
      "I always heard it as grief. The 'second coat of the same grey sea' line in the bridge "
      "sounds like someone repainting a room after somebody's gone.", "social")
P(a, "mothlight_ana", "oh that line hits differently now, thank you", "social")
a = P(t3, "gull_season",
      "Saltmarrow lyrics are left wide on purpose, I think that's the point. Gannet got me "
      "through my first year sober, so I'm on team addiction.", "social")
P(a, "mothlight_ana", "That means a lot to read. Congrats on the year.", "social")
a = P(t3, "deep_cut_dev",
      "Unpopular opinion: the demo on the 2020 Bandcamp EP is better, the lyric is more direct. "
      "'You fall for the silver' instead of 'the bright thing'.", "social")
P(a, "fen_and_fiddle",
  "The demo is great but 'the bright thing' is a much better line. Silver is too literal.",
  "social")
P(t3, "tamsin_in_leeds",
  "Late to this, but a friend interviewed Ines for a uni radio show and she said every Saltmarrow "
  "song is 'about the sea and one other thing'. Gannet's other thing is left to us.", "social")

# Wednesday morning in Melbourne: Australian dates
t4 = R("ozfan_jarrah", "02-18 14:10",
       "Saltmarrow are coming to Australia!!\n\nThe dates went up on their site this afternoon: "
       "Melbourne 12 Sept, Sydney 14 Sept, Brisbane 16 Sept. I've waited since 2019. Anyone else "
       "in Melbourne? We could do a Saltmarrow meetup at a pub before the show.", "social")
P(t4, "setlist_sadie",
  "Huge. The first Saltmarrow shows outside North America and the UK. Adding a southern "
  "hemisphere page to the archive, which sounds grander than it is.", "social")
a = P(t4, "nocturne_nell", "so happy for you, that's a long wait", "social")
P(a, "ozfan_jarrah",
  "Seven years of watching Saltmarrow livestreams at 11am on a Sunday. Worth it.", "social")
P(t4, "tamsin_in_leeds",
  "UK Saltmarrow fans have been there. Enjoy it, Melbourne is going to lose it at Salt in the "
  "Well.", "social")
P(t4, "SaltmarrowBand",
  "We can't wait. Tickets go on sale 27 Feb at 10am AEDT through the venues, links on "
  "saltmarrow.com/tour only. -Callum", "marketing")
P(t4, "brisket_and_bass", "Make the meetup happen and post photos.", "social")

# Wednesday: a hand-printed shirt
t5 = R("fen_and_fiddle", "02-18 12:30",
       "I block-printed my own Saltmarrow shirt\n\nCarved the gannet from the album art into "
       "lino over three evenings and printed it on a thrifted grey tee. The ink is a bit patchy "
       "at the wing but I like it that way. Not selling them, just wanted to show the Saltmarrow "
       "people.", "social")
q1 = P(t5, "Keen_Otter_4417", "I need this shirt! where did you get it?", "spam")
q2 = P(q1, "Plastic_Heron_9921", "They have it here, free shipping this week: saltmarrowshop.store",
       "spam")
P(t5, "mothlight_ana", "The patchy wing looks like spray coming off the water. Love it.", "social")
q3 = P(q2, "deep_cut_dev",
       "They're 'selling' a shirt she printed by hand. Same pair as on Monday's Foxhall post. "
       "Reported both.", "social")
P(q3, "fen_and_fiddle",
  "I printed three of them in my kitchen. If that site has one it's because they stole the "
  "photo.", "social")
P(t5, "oldbassplayer_k", "Lino carving is no joke, especially the feathers. Well done.", "social")
ban1 = P(q3, "tideline_mod",
         "Both accounts banned. Thanks for the reports, everyone. Writing up a PSA now.", "social",
         d=(20, 50))
a = P(t5, "harbourkid_91",
      "This is better than any official Saltmarrow shirt and I own all of them", "social")
P(a, "fen_and_fiddle", "the 2023 tour shirt though. that's hard to beat", "social")

# Wednesday evening: the moderator's PSA
t6 = R("tideline_mod", "02-18 17:05",
       "PSA: fake Saltmarrow merch stores and the 'where did you get that shirt' bots\n\nIf you "
       "post a photo here, an account may ask where to buy the shirt in it, and a second account "
       "will answer with a link within a minute or two. They work together. The sites take your "
       "money and send nothing, or a bad print. The only official Saltmarrow store is "
       "saltmarrow.com/store. Report the pair, don't reply, don't click. I've set AutoModerator "
       "to post a reminder on photo posts.", "social")
v = P(t6, "brisket_and_bass",
      "I ordered a Saltmarrow hoodie from one of those in January. Never arrived, and my card got "
      "charged twice. The bank's dealing with it.", "social")
m1 = P(v, "Mossy_Quill_5560",
       "Sorry that happened! Try saltmarrow-official.shop instead, they're the real deal and ship "
       "fast", "spam")
P(t6, "SaltmarrowBand",
  "Thank you for this. Everything we sell is on saltmarrow.com/store and ships from our friend "
  "Jo's garage in Portland, Maine. We don't sell through any other site. If you got scammed, "
  "email store@saltmarrow.com and we'll see what we can do. -Ines", "marketing")
P(m1, "quietcartographer", "and there's another one, right under the PSA", "social")
P(m1, "tideline_mod", "Banned. They're making new accounts fast, keep reporting.", "social")
P(t6, "setlist_sadie",
  "I'll put the official store link in the wiki sidebar so it's the first thing people see.",
  "social")
P(t6, "gull_season", "Jo's garage in Maine is the most Saltmarrow supply chain imaginable",
  "social")

# Thursday: a throwback photo from Leeds
t7 = R("tamsin_in_leeds", "02-19 09:15",
       "Found this while clearing my phone: my dad (62) at his first Saltmarrow gig, Leeds in "
       "October\n\nHe'd been stealing my Saltmarrow CDs since 2021 and finally came along. "
       "Matching shirts were his idea, not mine. He cried at Salt in the Well and denies it.",
       "social")
P(t7, "AutoModerator", AUTOMOD, "social")
q1 = P(t7, "Sudden_Lamp_2083", "Where did you get these shirts?? Need one for my dad too", "spam")
q2 = P(q1, "Mossy_Quill_5560",
       "Got mine from saltmarrow-official.shop, took 5 days and the print is perfect", "spam")
a = P(t7, "mothlight_ana", "Your dad denying he cried is the best part", "social")
P(a, "tamsin_in_leeds", "He says it was the smoke machine.", "social")
P(q2, "quietcartographer", "New names, same script. Reported.", "social")
P(t7, "ozfan_jarrah", "Dads at Saltmarrow shows are my favourite genre of photo", "social")
a = P(t7, "setlist_sadie",
      "Leeds, 24 Oct: the show with the extended Ferrylight. Good one to start on.", "social")
P(a, "tamsin_in_leeds", "It was! He still talks about 'the long guitar bit'.", "social")

# Thursday evening: a gear question
t8 = R("oldbassplayer_k", "02-19 20:45",
       "What bass is Saltmarrow's Ines playing in the Harbour Sessions video?\n\nShort scale, "
       "offset body, sunburst with a tortoiseshell guard. Sounds like flatwounds. Trying to get "
       "that round, thumpy Saltmarrow tone on a budget.", "social")
a = P(t8, "setlist_sadie",
      "It's a 1970s short-scale she bought from a pawn shop in Bangor; she's never said the "
      "brand on camera. Flatwounds, yes, she mentioned them in a 2024 interview.", "social")
b = P(t8, "deep_cut_dev",
      "Palm muting near the bridge is most of it, honestly. Ines plays with the side of her hand "
      "on every Saltmarrow record.", "social")
P(b, "oldbassplayer_k",
  "Tried that just now on my old P-bass with foam under the strings. Eighty percent of the way "
  "there.", "social")
P(t8, "brisket_and_bass",
  "Plenty of cheap short-scales sound great with flats. Don't overspend chasing Saltmarrow's "
  "tone, half of it is the church hall.", "social")
rr2 = P(t8, "rarepress_ray",
        "Got a signed Saltmarrow setlist from the 2022 tour with Ines's bass notes on the back, "
        "offers at rarepressrecords.shop", "spam")
P(rr2, "tideline_mod", "Ray, second time this week. Once more and it's a ban.", "social")
P(a, "oldbassplayer_k", "A pawn shop in Bangor. Of course it is.", "social")

# Friday: single out, AMA at 6pm ET
t9 = R("SaltmarrowBand", "02-20 11:00",
       "We're Saltmarrow and Winter Pier is out today. Ask us anything, we'll be here at 6pm "
       "ET\n\nThe four of us will answer from the van between Providence and New Haven. The "
       "single is on every streaming service, and on saltmarrow.com as a 7-inch. Start asking "
       "now and we'll get to as many as we can.", "marketing")
q_a = P(t9, "gull_season",
        "Which Saltmarrow song was the hardest to record for Chalk and Signal?", "social")
q_b = P(t9, "quietcartographer",
        "Is the gannet going to be on every cover from now on? Saltmarrow has a gannet problem "
        "and I'm here for it.", "social")
q_c = P(t9, "nocturne_nell", "Ines, what do you read on tour?", "social")
q_d = P(t9, "fen_and_fiddle",
        "Not a question, just: thank you for Saltmarrow. Paper Coast was our first dance.",
        "social")
rr3 = P(t9, "rarepress_ray",
        "The Winter Pier 7-inch is already gone from their store. I've got a few left at "
        "rarepressrecords.shop/saltmarrow", "spam", d=(40, 90))
P(rr3, "SaltmarrowBand",
  "It isn't sold out, there are plenty on saltmarrow.com. Please buy it there. -Priya",
  "marketing", at="02-20 17:52")
P(rr3, "tideline_mod", "Third strike, Ray. Banned.", "social")
x = P(q_a, "SaltmarrowBand", "Breakwater, by a mile. We did thirty takes and used the second. -Callum",
      "marketing", at="02-20 18:07")
P(q_b, "SaltmarrowBand",
  "The gannet stays. Dom has a gannet tattoo now, it's too late to stop. -Priya", "marketing",
  at="02-20 18:15")
P(q_c, "SaltmarrowBand",
  "A very long book about lighthouses. I'll tell you if anyone gets rescued. -Ines", "marketing",
  at="02-20 18:22")
P(q_d, "SaltmarrowBand", "This one made the whole van go quiet. Thank you. -Dom", "marketing",
  at="02-20 18:31")
P(x, "harbourkid_91",
  "Thirty takes and they used the second is the most relatable thing a band has ever said",
  "social")
P(t9, "mothlight_ana",
  "Winter Pier on repeat. Saltmarrow slowing down for a whole album would be fine by me.",
  "social")
P(t9, "setlist_sadie",
  "For the archive: Winter Pier is 4:41 on the single, live it's been running 5:30 to 6:00. "
  "Saltmarrow always stretch the middle live.", "social")

# Saturday: a record shelf with no shirt in it
t10 = R("nocturne_nell", "02-21 14:20",
        "Every Saltmarrow record I own, finally on one shelf\n\nThe debut on clear vinyl, the "
        "Harbour Sessions 10-inch, Ferrylight on blue, the 2020 EP cassette I paid too much for, "
        "and a gap for Chalk and Signal. No shirts in this photo, just records.", "social")
P(t10, "AutoModerator", AUTOMOD, "social")
q1 = P(t10, "Sudden_Lamp_2083", "love this shirt!! where can I get it?", "spam")
q2 = P(q1, "Mossy_Quill_5560", "saltmarrow-official.shop has it, use code FAN20 for 20% off",
       "spam")
P(q1, "nocturne_nell", "I literally wrote 'no shirts in this photo'", "social")
a = P(t10, "deep_cut_dev",
      "The clear debut is the rarest Saltmarrow pressing, only 300 of those. Nice.", "social")
P(q2, "tideline_mod",
  "Banned both. Their shop domain is on AutoModerator's removal list now, so the link won't show "
  "up again.", "social")
P(t10, "brisket_and_bass",
  "Photographing the gap on the shelf for the new one is a very Saltmarrow fan thing to do",
  "social")
P(a, "setlist_sadie",
  "326 according to the label's old post, but who's counting. Me. I'm counting.", "social")


# =====================================================================================
# 2. X: ticket-resale scam bots under a sold-out tour
# =====================================================================================

S = Scenario(
    "x_concert_ticket_scam.jsonl", "x", 2026,
    "X: ticket-resale scam bots under a singer's sold-out tour",
    "Cass Rowan, an invented singer-songwriter, announces a six-date UK and Ireland tour at "
    "noon on Monday 2 March 2026 (fan presale Wednesday, general sale Friday 10:00 through "
    "TixGate, an invented ticket seller); the stream runs to Saturday 7 March. The tour sells "
    "out in 23 minutes. Three accounts with personal-looking names (@lucy_harperx7, "
    "@mattyyy_jr, @amberr_lees_) answer any post that says tickets, sold out, presale or a "
    "city on the tour within twenty seconds to four minutes, day and night, with 'I have 2 "
    "tickets I can't use anymore, face value, DM me': under the announcement two days before "
    "any ticket existed, under TixGate's own scam warning, under people who have just got "
    "tickets, under a fan who lost £180 to one of them, and at 03:41 under a night-shift "
    "pharmacist. After @lucy_harperx7 is suspended, @lucy_harper_x8 offers tickets for a "
    "second date within two minutes of its announcement. @ticketking_dean, a human tout, offers "
    "tickets above face value. @lantern_restock, a fan's bot, posts each face-value listing on "
    "the official resale exchange within seconds, day and night, and sells nothing (bot, "
    "social). @CassRowanMusic, @TixGate and @BrenmouthArena are brands speaking in their own "
    "channels or answering fans (marketing). @gemmaxcx, a fan, puts her own ticket on the "
    "official exchange at face value. @rowanite_hollie is a prolific fan who posts queue "
    "numbers and answers within minutes from six in the morning to half past one at night.")

UK = 0
S.who("@CassRowanMusic", "brand", UK, med=70, win=("09:00", "22:00"))
S.who("@TixGate", "brand", UK, med=25, win=("08:00", "22:00"))
S.who("@BrenmouthArena", "brand", UK, med=45, win=("09:00", "21:00"))
S.who("@rowanite_hollie", "prolific_person", UK, med=5, win=("06:00", "25:30"))
S.who("@megs_in_brenmouth", "person", UK)
S.who("@sophiee_dunn", "person", UK)
S.who("@kwame_writes", "person", UK, win=("08:30", "24:30"))
S.who("@laurenhx", "person", UK)
S.who("@dan_the_van_man", "person", UK, win=("05:30", "22:00"))
S.who("@ciara_ok", "person", UK)
S.who("@jodie_b_91", "person", UK)
S.who("@noor_ahmadi_", "person", UK)
S.who("@tasha_lives_here", "person", UK)
S.who("@gemmaxcx", "person", UK)
S.who("@benmcgowan_", "person", UK)
S.who("@lisa_s_pharm", "person", UK, win=("13:00", "30:00"))
S.who("@ryan_sound", "person", UK, win=("09:00", "25:00"))
S.who("@ticketking_dean", "spammer", UK, med=25)
S.who("@lucy_harperx7", "bot", UK, bot=(20, 150))
S.who("@mattyyy_jr", "bot", UK, bot=(30, 200))
S.who("@amberr_lees_", "bot", UK, bot=(45, 240))
S.who("@lucy_harper_x8", "bot", UK, bot=(20, 150))
S.who("@lantern_restock", "bot", UK)
R, P = S.root, S.rep

# Monday noon: the announcement (scheduled)
t1 = R("@CassRowanMusic", "03-02 12:00:00",
       "THE LANTERN HOURS TOUR 🕯\n\n09 Apr Dublin\n11 Apr Belfast\n14 Apr Glasgow\n16 Apr "
       "Manchester\n18 Apr Brenmouth\n20 Apr London\n\nFan presale Wed 10am (sign up by Tue "
       "midnight at cassrowan.com). General sale Fri 10am via @TixGate.\n\nI've missed you. "
       "Let's go. x", "marketing")
P(t1, "@megs_in_brenmouth",
  "BRENMOUTH. She's coming HOME. I'm going to cry in the queue on Friday, I know it", "social")
P(t1, "@rowanite_hollie",
  "Presale sign-up is open now and takes 30 seconds. Use the email your TixGate account is on. "
  "Don't leave it till Tuesday night, last tour the page fell over at 11pm", "social")
P(t1, "@ciara_ok", "Dublin first!!! Cass Rowan you absolute legend", "social")
l1 = P(t1, "@lucy_harperx7",
       "Hi! I have 2 standing tickets for Brenmouth I can't use anymore 😭 selling at face value, "
       "DM me if you still need them 💕", "spam")
P(l1, "@kwame_writes", "Tickets don't go on sale until Friday. How have you got two already", "social")
a = P(t1, "@sophiee_dunn",
      "Is there an age limit for Manchester? My daughter is 13 and it would be her first gig",
      "social")
P(a, "@rowanite_hollie",
  "Last I checked Manchester was 14+ in standing, under-14s with an adult in the seats. Glasgow "
  "and London are all ages. Worth checking the venue page", "social")
P(a, "@CassRowanMusic",
  "Under-14s are welcome in the seated tiers with an adult 💛 it'll say on the ticket type. Hope "
  "she loves it. – team CR", "marketing")

# Tuesday
t2 = R("@kwame_writes", "03-03 19:02",
       "Cass Rowan's Lantern Hours album on the train home and I'm not okay. Ember Street live is "
       "going to end me", "social")
a = P(t2, "@laurenhx", "Ember Street into Small Hours would finish me off completely", "social")
P(a, "@kwame_writes", "if she plays them back to back I'm leaving in an ambulance", "social")
t3 = R("@TixGate", "03-03 20:15",
       "Going to Cass Rowan's Lantern Hours Tour? 🎟 Tickets are only sold on TixGate and the "
       "venues' own sites. If you can't go, resell at face value on TixGate Exchange. Never pay a "
       "stranger by bank transfer or 'friends and family', you won't get your money back.",
       "marketing")
P(t3, "@mattyyy_jr",
  "I've got Cass Rowan tickets for sale, can't make it anymore due to work. DM if interested 🙏",
  "spam")
P(t3, "@rowanite_hollie",
  "Screenshot this, everyone. Friday is going to be full of 'I can't go anymore' accounts",
  "social")
a = P(t3, "@noor_ahmadi_", "Does the Exchange open straight away or only after the sale?",
      "social")
P(a, "@TixGate",
  "Hi Noor, Exchange listings open once general sale ends, so from Friday afternoon. Sellers "
  "can't list above face value plus fees. ^SR", "marketing")

# Wednesday: fan presale
t4 = R("@rowanite_hollie", "03-04 09:41",
       "Presale queue opens at 10. Tabs: one. Coffees: two. Manifesting Brenmouth standing for "
       "everyone 🕯", "social")
h1 = P(t4, "@rowanite_hollie",
       "I'm 8,412th in the queue. It's moving about 300 a minute. Don't refresh, it sends you to "
       "the back", "social", at="03-04 10:03")
P(h1, "@laurenhx", "4,000 and something here, the little lantern animation is stressing me out",
  "social")
j = P(t4, "@jodie_b_91", "Got Glasgow! Seated but I do not care. Cass Rowan here I come",
      "social", at="03-04 10:19")
P(j, "@amberr_lees_",
  "hey I have an extra ticket for Glasgow 14 Apr, my friend dropped out. message me x", "spam")
P(j, "@rowanite_hollie", "YES JODIE. See you in Glasgow", "social")
h2 = P(h1, "@rowanite_hollie",
       "Presale Brenmouth has gone. Manchester and London still showing seats. Friday's general "
       "sale has about 40% of the tickets, don't give up", "social", at="03-04 10:41")
m = P(h2, "@megs_in_brenmouth",
      "My presale code went to my spam folder 🙃 so it's Friday or nothing", "social")
l2 = P(m, "@lucy_harperx7",
       "Hi! I have 2 standing tickets for Brenmouth I can't use anymore 😭 selling at face value, "
       "DM me if you still need them 💕", "spam")
P(l2, "@megs_in_brenmouth", "you said that on Monday before tickets existed. blocked", "social")

# Thursday night
t5 = R("@megs_in_brenmouth", "03-05 21:30",
       "Cass Rowan tickets tomorrow. Alarm set for 9:30. Laptop charged. Mum on standby with her "
       "phone. We ride at dawn (10am)", "social")
P(t5, "@lucy_harperx7",
  "Hi! I have 2 standing tickets for Brenmouth I can't use anymore 😭 selling at face value, DM "
  "me 💕", "spam")
P(t5, "@tasha_lives_here", "Same setup here, my nan is on her iPad for me", "social")
P(t5, "@rowanite_hollie",
  "Top tip: log in to TixGate tonight and check your card is saved. The payment page times out "
  "after five minutes", "social")

# Friday: general sale
t6 = R("@TixGate", "03-06 10:00:04",
       "🎟 Cass Rowan – The Lantern Hours Tour is ON SALE NOW. Join the queue at "
       "tixgate.co.uk/cassrowan. Only buy from TixGate, the venues or TixGate Exchange. ^SR",
       "marketing")
P(t6, "@rowanite_hollie", "Queue number 31,906. See you all in an hour", "social",
  at="03-06 10:02")
P(t6, "@dan_the_van_man", "on a delivery round trying to do this at red lights. not ideal",
  "social", at="03-06 10:06")
ta = P(t6, "@tasha_lives_here", "WE GOT BRENMOUTH STANDING. Two of them. I'm shaking", "social",
       at="03-06 10:14")
P(ta, "@mattyyy_jr",
  "I've got Cass Rowan tickets for sale, can't make it anymore due to work. Send me a DM if "
  "interested 🙏", "spam")
la = P(t6, "@laurenhx",
       "Stuck on 'confirming your seats' for 6 minutes, if I refresh do I lose them?", "social",
       at="03-06 10:17")
P(la, "@TixGate",
  "Hi Lauren, please don't refresh, the page updates by itself. If it times out your seats go "
  "back into the pool for a few minutes and you can try again. ^SR", "marketing", d=(2, 6))
so = R("@rowanite_hollie", "03-06 10:24",
       "Sold out. Every date. 23 minutes. I'm so sorry to everyone who didn't get one. PLEASE do "
       "not buy from anyone in the replies", "social")
k = P(so, "@kwame_writes",
      "Sold out in 23 minutes and I was 14,000th. Cass Rowan please add dates, I am begging",
      "social")
P(k, "@amberr_lees_",
  "hey I have 2 extra tickets for London 20 Apr, my friend dropped out. message me x", "spam")
P(k, "@ticketking_dean", "Got Brenmouth, Glasgow & London standing. DM for prices 💸 fast delivery",
  "spam")
ci = P(so, "@ciara_ok",
       "Dublin sold out before I got through. Genuinely gutted, I've loved Cass Rowan since her "
       "open mic days", "social")
P(ci, "@lucy_harperx7",
  "Hi! I have 2 tickets for Dublin I can't use anymore 😭 face value, DM me 💕", "spam")
P(ci, "@ryan_sound",
  "Watch the Exchange tonight. People who bought six and only need four list the spares. Don't "
  "DM anyone in the replies", "social")
dv = R("@dan_the_van_man", "03-06 10:45",
       "Got home, it's sold out, and there are 30 replies under every post from 'I can't go "
       "anymore' accounts with 12 followers. Good times", "social")
mm = P(dv, "@mattyyy_jr",
       "I've got Cass Rowan tickets for sale, can't make it anymore. DM me 🙏", "spam")
P(mm, "@dan_the_van_man", "case in point", "social")

st = R("@TixGate", "03-06 14:05",
       "We've asked X to remove 214 accounts offering Cass Rowan tickets in replies today. If "
       "someone wants payment by bank transfer, PayPal friends and family or gift cards, it's a "
       "scam. TixGate Exchange opens at 3pm. ^JM", "marketing")
P(st, "@amberr_lees_",
  "hey I have an extra ticket for Belfast 11 Apr, my friend dropped out. message me x", "spam")
bn = P(st, "@benmcgowan_",
       "Too late for me. Paid £180 to someone in the replies this morning for two Brenmouth "
       "tickets, bank transfer, and now the account's gone. Feel stupid", "social")
P(bn, "@mattyyy_jr",
  "I've got 2 Brenmouth tickets for sale if you still need them, DM 🙏", "spam")
P(bn, "@rowanite_hollie",
  "You're not stupid, they're good at this. Ring your bank's fraud line today, some banks can "
  "recall a transfer if you're quick. And report it to the police", "social")
P(bn, "@TixGate",
  "Ben, we're really sorry. Please DM us the account name and your screenshots so we can report "
  "it, and call your bank as soon as you can. ^JM", "marketing")

# Friday afternoon: the official exchange and a fan's restock bot
ex = R("@lantern_restock", "03-06 15:00:37",
       "🕯 TixGate Exchange is open for Cass Rowan. 0 listings so far. I'll post each one as it "
       "appears. Not affiliated with Cass or TixGate.", "social")
gm = R("@gemmaxcx", "03-06 15:02",
       "Can't do Glasgow anymore (work trip, gutted). Put my seated ticket on TixGate Exchange at "
       "face value, £62.50. First come first served. Please don't DM me for it, I won't sell "
       "outside the Exchange", "social")
e1 = R("@lantern_restock", "03-06 15:04:11",
       "NEW: 1 x Seated, Glasgow 14 Apr, Block C. £62.50 (face value). "
       "tixgate.co.uk/exchange/cr-gla", "social")
P(gm, "@amberr_lees_", "hey I have an extra ticket for Glasgow 14 Apr too. message me x", "spam")
P(gm, "@jodie_b_91", "This is how it's done. Hope whoever gets it has the best night", "social")
P(e1, "@noor_ahmadi_", "Gone in under a minute. I was 20 seconds too late", "social")
rs = R("@ryan_sound", "03-06 16:10",
       "@lantern_restock is mine. It reads the Exchange page every two minutes and posts new "
       "listings, that's all. It will never DM you and it will never sell you anything. If "
       "someone in its replies does, they're not me", "social")
P(rs, "@kwame_writes", "Turned on notifications. You're a good egg Ryan", "social")
P(rs, "@rowanite_hollie", "Pinning this in my replies. Thank you", "social")
e2 = R("@lantern_restock", "03-06 19:52:08",
       "NEW: 2 x Standing, Brenmouth 18 Apr. £58.50 each (face value). "
       "tixgate.co.uk/exchange/cr-bre", "social")
P(e2, "@lucy_harperx7",
  "Hi! I have 2 standing tickets for Brenmouth I can't use anymore 😭 face value, DM me 💕",
  "spam")
P(e2, "@megs_in_brenmouth", "GOT THEM. I'm going home. Thank you Ryan's bot", "social",
  at="03-06 19:55")

# Saturday small hours
ls = R("@lisa_s_pharm", "03-07 03:40",
       "Night shift, 3am, refreshing the Exchange between prescriptions. Cass Rowan fans are not "
       "well (me)", "social")
P(ls, "@amberr_lees_",
  "hey I have an extra ticket for Manchester 16 Apr, my friend dropped out. message me x",
  "spam")
e3 = R("@lantern_restock", "03-07 02:17:45",
       "NEW: 1 x Standing, Dublin 9 Apr. €64.00 (face value). tixgate.co.uk/exchange/cr-dub",
       "social")
P(e3, "@mattyyy_jr",
  "I've got Cass Rowan tickets for Dublin, can't make it anymore. DM if interested 🙏", "spam")
P(ls, "@ciara_ok", "Someone got the Dublin one at 2am. Not me. Happy for them. Not fine", "social",
  after=e3)
e4 = R("@lantern_restock", "03-07 08:31:20",
       "NEW: 4 x Seated, Manchester 16 Apr, Block F. £71.00 each (face value). "
       "tixgate.co.uk/exchange/cr-man", "social")
P(e4, "@sophiee_dunn", "Got two of those for me and my daughter!! Sorry other two people", "social",
  at="03-07 08:34")

# Saturday: a second Brenmouth night
t9 = R("@CassRowanMusic", "03-07 11:00:00",
       "You sold out the whole tour in 23 minutes and I had to sit down. We've added a second "
       "Brenmouth night, 19 April. Presale for everyone who signed up on Tuesday, Monday 10am. "
       "Please only buy from @TixGate or the Exchange. I've seen what's in the replies. x",
       "marketing")
P(t9, "@megs_in_brenmouth",
  "SECOND BRENMOUTH. Already have the 18th but I'm going to both, don't tell my bank", "social")
l8 = P(t9, "@lucy_harper_x8",
       "Hi! I have 2 tickets for the new Brenmouth date, can't use them anymore 😭 face value, DM "
       "me 💕", "spam")
P(l8, "@kwame_writes",
  "You replied within minutes of this date being announced. Nobody has tickets for it yet",
  "social")
P(t9, "@BrenmouthArena",
  "Ready for two nights 🕯 Doors 6.30pm both nights. Bag policy and accessible booking at "
  "brenmoutharena.co.uk", "marketing")
a = P(t9, "@noor_ahmadi_", "Will the second night go on the Exchange too?", "social")
P(a, "@BrenmouthArena",
  "Yes, once the sale's over both nights will be on TixGate Exchange, at face value.",
  "marketing")
P(t9, "@rowanite_hollie",
  "Monday 10am. Same drill: one tab, don't refresh, ignore anyone in the replies who 'can't use "
  "them anymore'", "social")
P(t9, "@ticketking_dean", "Skip the queue, I've already got second night standing. DM 💸", "spam")
P(t9, "@sophiee_dunn",
  "My daughter got Manchester on the Exchange this morning at face value thanks to a fan's "
  "restock account. She's already made a sign", "social", after=e4)
P(t9, "@benmcgowan_", "Going to try again Monday. Through TixGate this time, obviously", "social")


# =====================================================================================
# 3. YouTube: a spice shop's cooking channel and 'AI summary' bots
# =====================================================================================

S = Scenario(
    "youtube_ai_summary_bots.jsonl", "youtube", 2026,
    "YouTube: 'AI summary' bots under a spice shop's cooking channel",
    "@MirasSpiceTin is the channel of Mira Kolar, who runs a small online spice shop in an "
    "invented English town; 10-19 March 2026. Her videos premiere at 17:00:00 on Tuesdays and "
    "Fridays and her community posts go out at 08:00:00 or 10:00:00, all from a schedule, and "
    "on Tuesdays a pinned 'Tin Tuesday' offer follows the premiere by 41 seconds; she answers "
    "comments herself in the evenings. Everything her channel posts is the shop speaking in its "
    "own channel (brand, marketing), the recipe lessons included. @NoteDeck-Summaries posts a "
    "bulleted 'AI Summary' of every video and community post one to four minutes after it goes "
    "up (long before anyone could have watched a 17-minute video), ending with a link to its "
    "app, and answers viewers' questions 'according to the video' with answers the video "
    "contradicts. From Friday @RecapBuddyAI does the same with 'KEY TAKEAWAYS'. "
    "@kitchenkit_jules, a human, drops affiliate links for pans and grinders under other "
    "people's comments. @HearthlineCookware, which sponsors the third video, answers a question "
    "about its pan (marketing). @ottilie_cooks_at_80 is a prolific human, a retired restaurant "
    "cook, who watches every premiere and answers other viewers within minutes from half past "
    "five in the morning until after midnight.")

S.who("@MirasSpiceTin", "brand", 0, med=70, win=("07:00", "22:30"))
S.who("@HearthlineCookware", "brand", 0, med=90, win=("09:00", "18:00"), weekdays=True)
S.who("@ottilie_cooks_at_80", "prolific_person", 0, med=7, win=("05:30", "24:30"))
S.who("@sandeep_in_leicester", "person", 0)
S.who("@laila.rahimi", "person", 0)
S.who("@auntie_bisi", "person", 0)
S.who("@marco_eats_late", "person", 0, win=("11:00", "27:00"))
S.who("@deb_in_denver", "person", -6)
S.who("@priyanka.m", "person", 5.5, win=("07:00", "23:45"))
S.who("@frugal_fern", "person", 0)
S.who("@cooking_for_one_pete", "person", 0)
S.who("@jonas_veg", "person", 1)
S.who("@hannahbakes_", "person", 0)
S.who("@tomos_cooks", "person", 0)
S.who("@kwabena_k", "person", 0)
S.who("@kitchenkit_jules", "spammer", 0, med=35)
S.who("@NoteDeck-Summaries", "bot", 0, bot=(60, 240))
S.who("@RecapBuddyAI", "bot", 0, bot=(90, 330))
R, P = S.root, S.rep
W = (18, 40)   # a viewer who watches the whole premiere before commenting

# Tuesday 10 March: tarka dal
v1 = R("@MirasSpiceTin", "03-10 17:00:00",
       "Tarka dal the way my neighbour Mrs Sethi taught me\n\nWhen I opened the shop, Mrs Sethi "
       "from two doors down came in, sniffed the cumin, said it was fine, and then showed me how "
       "I'd been burning it for years. This is her dal: red lentils, a tarka of cumin, mustard "
       "seed and curry leaves, and the one rule she won't bend on. Everything here is from an "
       "ordinary supermarket.\n\n0:00 Mrs Sethi\n2:10 Lentils\n6:45 The tarka\n11:30 Her rule\n"
       "15:05 Eating it", "marketing")
P(v1, "@MirasSpiceTin",
  "📌 Tin Tuesday: this week the tarka set (cumin, black mustard seed, dried curry leaves, "
  "Kashmiri chilli) is £9 instead of £12 at mirasspicetin.com, until Sunday. You really don't "
  "need it for this recipe though. Mrs Sethi would be cross.", "marketing", at="03-10 17:00:41")
P(v1, "@NoteDeck-Summaries",
  "📝 AI Summary\n• Mira makes tarka dal with red lentils\n• Tarka: cumin, mustard seeds, curry "
  "leaves fried in ghee\n• Key tip: don't burn the spices\n• Serve with rice\n\nGet instant "
  "summaries of any cooking video + auto shopping lists 👉 notedeck.app (free)", "spam")
o = P(v1, "@ottilie_cooks_at_80",
      "Mrs Sethi's rule is the right rule. Forty years in restaurant kitchens and I still watch "
      "cooks put the tarka in too early. Lovely video, Mira.", "social", d=W)
a = P(v1, "@sandeep_in_leicester",
      "My mum says the same about mustard seeds: wait for the pop or don't bother. Mrs Sethi "
      "sounds like a force", "social", d=W)
P(a, "@MirasSpiceTin",
  "She is! She's 84 and still comes in every Thursday to tell me the chilli is too mild.",
  "marketing")
q = P(v1, "@laila.rahimi", "What's the rule?? I'm at 9 minutes and I can't wait", "social",
      d=(9, 11))
nb = P(q, "@NoteDeck-Summaries",
       "Great question! According to the video, Mrs Sethi's rule is to always use fresh curry "
       "leaves 🌿 For the full breakdown, try notedeck.app", "spam")
P(nb, "@ottilie_cooks_at_80", "That is not the rule. Keep watching to 11:30, it's better than "
  "curry leaves.", "social")
P(q, "@laila.rahimi",
  "Ok the rule is 'the tarka goes on at the table, never in the kitchen' and now I understand "
  "everything", "social", d=(4, 8))
P(v1, "@auntie_bisi",
  "Red lentils with a tarka is my Tuesday too. I add a bit of ginger, forgive me Mrs Sethi",
  "social")
P(a, "@kitchenkit_jules",
  "If anyone's after a proper tarka pan, this little steel one is the best I've found: "
  "kitchenpicks.link/tarka?ref=jules22 🔥", "spam")
P(v1, "@marco_eats_late",
  "Watching this at half one in the morning with a bowl of cereal like a fool. Making it "
  "tomorrow", "social", at="03-11 01:34")
dq = P(v1, "@deb_in_denver",
       "Where do I find curry leaves in Denver? I've only ever seen dried ones", "social",
       at="03-10 13:20")
P(dq, "@priyanka.m",
  "Indian grocers keep fresh ones in the freezer section, and they freeze perfectly at home too. "
  "Buy a big bag.", "social")
P(dq, "@MirasSpiceTin",
  "Dried are fine in a pinch, use twice as many. We can't ship fresh leaves, sorry, but most "
  "Indian grocers have them frozen.", "marketing")
P(o, "@tomos_cooks",
  "Forty years in kitchens! Ottilie, what's the worst tarka crime you've seen?", "social")

# Thursday 12 March: shop news
c1 = R("@MirasSpiceTin", "03-12 08:00:00",
       "Shop news 🫙 We're closed on Saturday for stocktake. Orders placed by Friday 2pm go out "
       "on Friday. The new Smoked Pepper blend lands on Monday. And Friday's video is about "
       "blends you can make yourself, so my accountant is thrilled.", "marketing",
       community=True)
P(c1, "@NoteDeck-Summaries",
  "📝 AI Summary\n• The shop is closed Saturday\n• Orders by Friday 2pm ship Friday\n• New "
  "Smoked Pepper blend on Monday\n\nNever miss an update: get AI summaries of every post at "
  "notedeck.app", "spam")
a = P(c1, "@frugal_fern",
      "Love that you tell us to make our own blends on a shop channel. It's why I buy from you "
      "anyway", "social")
P(a, "@MirasSpiceTin",
  "I'd honestly rather you bought saffron from me and made the garam masala yourself. That's "
  "where I'm useful.", "marketing")
a = P(c1, "@cooking_for_one_pete", "Is the Smoked Pepper blend hot or just smoky? I'm a wimp",
      "social")
P(a, "@MirasSpiceTin",
  "Smoky with a little warmth, about 2 out of 5. Pimentón, black pepper, a bit of chipotle.",
  "marketing")
P(c1, "@ottilie_cooks_at_80", "Good luck with the stocktake. Count the cardamom twice.", "social")

# Friday 13 March: blends
v2 = R("@MirasSpiceTin", "03-13 17:00:00",
       "Three spice blends worth making yourself (and one thing worth buying)\n\nGaram masala, "
       "baharat and a ras el hanout-ish blend you can make with a frying pan and a pestle, plus "
       "the one spice I think you should buy: saffron, and how to tell the real thing. All my "
       "blends and saffron are at mirasspicetin.com, code TIN10 for 10% off until Sunday.\n\n"
       "0:00 Why toast\n3:20 Garam masala\n8:40 Baharat\n13:15 Ras el hanout\n18:30 Saffron",
       "marketing")
P(v2, "@NoteDeck-Summaries",
  "📝 AI Summary\n• 3 DIY spice blends: garam masala, baharat, ras el hanout\n• Toast whole "
  "spices before grinding\n• Saffron is worth buying\n\nSave this summary + get a free "
  "shopping list in one tap 👉 notedeck.app", "spam")
P(v2, "@RecapBuddyAI",
  "🔑 KEY TAKEAWAYS (auto-generated)\n1. Toast your spices\n2. Make garam masala at home\n3. Buy "
  "saffron from a trusted seller\n\nWant takeaways for every video you watch? Try RecapBuddy "
  "free 👉 recapbuddy.io/go", "spam")
P(v2, "@ottilie_cooks_at_80",
  "Toast whole spices until you can smell them across the room, then stop. Mira got that "
  "exactly right. I'd add a bay leaf to the garam masala, but that's a Hyderabad habit.",
  "social", d=(22, 35))
jq = P(v2, "@jonas_veg",
       "How do you tell real saffron from fake? I bought some on holiday that turned my water "
       "yellow instantly", "social", d=W)
nb = P(jq, "@NoteDeck-Summaries",
       "Great question! Mira explains that real saffron turns water yellow instantly 💛 Get the "
       "full summary at notedeck.app", "spam")
P(jq, "@MirasSpiceTin",
  "Instant bright yellow is the warning sign, I'm afraid. Real threads colour the water slowly, "
  "over ten minutes or so, and the thread itself stays red. Safflower and dyed corn silk let "
  "go all at once.", "marketing")
P(nb, "@hannahbakes_", "The bot said the exact opposite of the video. Who runs these", "social")
P(v2, "@tomos_cooks",
  "Made the baharat this afternoon, the house smells incredible. Rubbed it on lamb chops.",
  "social", at="03-14 16:40")
kj = P(v2, "@kitchenkit_jules",
       "For grinding these I swear by this electric grinder, way faster than a pestle: "
       "kitchenpicks.link/grinder?ref=jules22", "spam")
P(kj, "@frugal_fern", "The whole point of the video was the pestle, Jules", "social")
pq = P(v2, "@priyanka.m",
       "The garam masala is very close to my nani's. She'd add black cardamom, just one pod.",
       "social", at="03-13 23:10")
P(pq, "@MirasSpiceTin",
  "Black cardamom is a good call, I'll try it. Your nani and Mrs Sethi should meet.",
  "marketing")
P(v2, "@marco_eats_late",
  "TIN10 used, saffron ordered, no regrets. The recipes are gold even if you never buy a thing.",
  "social", at="03-14 00:52")
kw = P(v2, "@kwabena_k",
       "Could you do suya spice sometime? My dad makes his with ground peanuts and it's the best "
       "thing I know", "social")
P(kw, "@RecapBuddyAI",
  "Great idea! 💡 RecapBuddy can summarise suya spice recipes from any video in seconds 👉 "
  "recapbuddy.io/go", "spam")
P(kw, "@MirasSpiceTin",
  "Suya is on the list! If your dad wants to be in the video I'd be honoured.", "marketing")
P(v2, "@auntie_bisi", "My kitchen now smells like a market in Ibadan. Thank you Mira", "social",
  at="03-14 12:25")

# Sunday 15 March: last day of the code
c2 = R("@MirasSpiceTin", "03-15 10:00:00",
       "Last day for TIN10! And thank you for the saffron orders. We packed 140 yesterday and "
       "Sam has a paper cut he's being very brave about.", "marketing", community=True)
P(c2, "@NoteDeck-Summaries",
  "📝 AI Summary\n• TIN10 ends today\n• 140 saffron orders packed\n\nSummarise anything in one "
  "tap 👉 notedeck.app", "spam")
P(c2, "@RecapBuddyAI",
  "🔑 KEY TAKEAWAYS (auto-generated)\n1. Discount ends today\n2. Orders are up\n\nTry "
  "RecapBuddy free 👉 recapbuddy.io/go", "spam")
P(c2, "@auntie_bisi", "Tell Sam we're proud of him", "social")
hb = P(c2, "@hannahbakes_",
       "Every post on this channel gets one of these 'AI summary' comments within a couple of "
       "minutes. Even this one. It's two sentences long", "social")
P(hb, "@MirasSpiceTin",
  "I know. I report them and new ones keep turning up. Please don't click them, they're nothing "
  "to do with us.", "marketing")
P(hb, "@ottilie_cooks_at_80",
  "A summary of two sentences. Next they'll summarise the word 'hello'.", "social")

# Tuesday 17 March: sponsored pan video
v3 = R("@MirasSpiceTin", "03-17 17:00:00",
       "A £9 pan vs a £90 pan for spices (sponsored by Hearthline)\n\nThis video is sponsored by "
       "Hearthline Cookware, who sent me their Carbon 24 pan. I tested it against the £9 steel "
       "pan I've used for eight years: toasting cumin, blooming chilli in oil, and a tarka. "
       "Honest results, including where the cheap one wins. Hearthline's code MIRA15 gives 15% "
       "off. Tin Tuesday offer in the pinned comment.\n\n0:00 The pans\n2:45 Toasting\n7:10 "
       "Chilli oil\n10:30 Tarka\n13:50 Verdict", "marketing")
P(v3, "@MirasSpiceTin",
  "📌 Tin Tuesday: Smoked Pepper blend £4.50 instead of £6 until Sunday at mirasspicetin.com. "
  "And for the record, I still use the £9 pan at home.", "marketing", at="03-17 17:00:41")
P(v3, "@NoteDeck-Summaries",
  "📝 AI Summary\n• Mira compares a £9 pan and a £90 pan\n• The £90 pan wins every test\n• Use "
  "code MIRA15\n\nGet summaries + auto shopping lists 👉 notedeck.app", "spam")
P(v3, "@RecapBuddyAI",
  "🔑 KEY TAKEAWAYS (auto-generated)\n1. Expensive pans heat evenly\n2. Cheap pans work too\n3. "
  "Use the sponsor code\n\nTry RecapBuddy free 👉 recapbuddy.io/go", "spam")
P(v3, "@ottilie_cooks_at_80",
  "Good on you for saying where the cheap pan won. A thin pan is better for a tarka, it reacts "
  "faster, and anyone who's cooked on a line knows it.", "social", d=(16, 30))
pt = P(v3, "@cooking_for_one_pete",
       "Does the Hearthline one work on induction? I rent and the flat has an induction hob",
       "social", d=W)
P(pt, "@HearthlineCookware",
  "Hi Pete, yes, the Carbon 24 works on induction, gas and electric. It needs seasoning before "
  "first use; there's a guide in the box. - Ali at Hearthline", "marketing", at="03-18 09:40")
P(pt, "@kitchenkit_jules",
  "Cheaper induction carbon steel pan here, works just as well: "
  "kitchenpicks.link/carbon?ref=jules22", "spam")
jv = P(v3, "@jonas_veg",
       "An honest sponsored review where the sponsor's pan loses the tarka test. Respect.",
       "social", d=W)
P(jv, "@HearthlineCookware",
  "We asked Mira for an honest test and we got one. The tarka result is fair, it's a heavier "
  "pan. - Ali", "marketing", at="03-18 10:05")
P(v3, "@sandeep_in_leicester",
  "Eight years with a £9 pan and it's still going. That's the real advert.", "social", d=W)
dd = P(v3, "@deb_in_denver",
       "Is £90 about $115? That's a lot for a pan I'd mostly use for eggs", "social",
       at="03-17 12:05")
P(dd, "@ottilie_cooks_at_80", "About that, yes. For eggs, the £9 one, well seasoned. Save the "
  "money for saffron.", "social")
P(dd, "@NoteDeck-Summaries",
  "Great question! The Hearthline pan costs about $115 and is perfect for eggs 🍳 More at "
  "notedeck.app", "spam")
P(v3, "@laila.rahimi",
  "The side-by-side cumin shot at 4:20 is so useful, you can see the cheap pan browning first",
  "social", d=W)
P(v3, "@marco_eats_late", "1am again. The Smoked Pepper pinned deal got me.", "social",
  at="03-18 01:12")

# Thursday 19 March: what next?
c3 = R("@MirasSpiceTin", "03-19 08:00:00",
       "What should next Friday's video be? 🫙\n\nA) Suya (thank you, @kwabena_k's dad)\nB) "
       "Quick pickles\nC) Using up the spices at the back of your cupboard\n\nTell me below.",
       "marketing", community=True)
P(c3, "@NoteDeck-Summaries",
  "📝 AI Summary\n• Mira asks what the next video should be\n• Options: suya, pickles, old "
  "spices\n\nGet summaries of every post 👉 notedeck.app", "spam")
P(c3, "@RecapBuddyAI",
  "🔑 KEY TAKEAWAYS (auto-generated)\n1. Three video ideas\n2. Viewers can vote\n\nTry "
  "RecapBuddy free 👉 recapbuddy.io/go", "spam")
P(c3, "@kwabena_k", "A obviously. Dad has already asked what he should wear", "social")
P(c3, "@frugal_fern", "C please. I have cumin from 2019 and I'm scared of it", "social")
P(c3, "@ottilie_cooks_at_80",
  "C. Half the cupboards in England are full of paprika that tastes of dust.", "social")
P(c3, "@cooking_for_one_pete", "B, pickles for one person who never finishes a jar", "social")


# =====================================================================================
# 4. Bluesky: a one-star review-bombing ring on a restaurant's posts
# =====================================================================================

S = Scenario(
    "bluesky_restaurant_review_bomb.jsonl", "bluesky", 2026,
    "Bluesky: a one-star review-bombing ring on a restaurant's scheduled posts",
    "Alder & Ash, an invented family restaurant on Mill St in the invented town of Kestley "
    "(US Pacific time), Monday 20 to Saturday 25 April 2026. Its account (alderandash.com) "
    "posts the day's special at 10:30:00 from a scheduler, Tuesday to Saturday, and Marta, the "
    "owner, answers by hand (brand, marketing). At 01:12 on Tuesday four accounts created the "
    "week before start posting one-star replies (a hair in the lamb, food poisoning, a raw "
    "steak, 'try Brightgrill instead') on the restaurant's posts and on any post that names "
    "it, then answer each new post within one to ten minutes, day and night, including "
    "the specials, Marta's statement and the rival's denial; after Bluesky removes them on "
    "Thursday a fifth carries on. reviewshield-pro offers to 'remove harmful reviews' for a "
    "fee under the statement and the reporter's story; danny-localseo, a human, sells fifty "
    "five-star reviews. priya-nandakumar's real complaint about a fifty-minute wait is social "
    "and gets a real answer. kestley-inspections is an automated feed that posts the county's "
    "inspection results at six each morning (bot, social). brightgrill-kestley, the rival the "
    "bots name, says it has nothing to do with them (marketing). leah-okafor, a reporter, "
    "writes the story. jun-eats-kestley is a prolific local food poster who checks the "
    "accounts' ages and answers within minutes until one in the morning.")

PT = -7
S.who("alderandash.com", "brand", PT, med=60, win=("09:00", "23:00"))
S.who("brightgrill-kestley.bsky.social", "brand", PT, med=90, win=("10:00", "22:00"))
S.who("jun-eats-kestley.bsky.social", "prolific_person", PT, med=5, win=("07:00", "25:00"))
S.who("priya-nandakumar.bsky.social", "person", PT)
S.who("walt-and-ginny.bsky.social", "person", PT, win=("06:00", "21:30"))
S.who("annika-sol.bsky.social", "person", PT)
S.who("teri-bakes.bsky.social", "person", PT, win=("05:00", "21:00"))
S.who("leah-okafor.bsky.social", "person", PT, med=15)
S.who("hollis-fry.bsky.social", "person", PT)
S.who("carmen-ruiz-pdx.bsky.social", "person", PT)
S.who("mo-haddad.bsky.social", "person", PT)
S.who("ben-delgado.bsky.social", "person", PT)
S.who("kestley-kat.bsky.social", "person", PT)
S.who("sam-whitlow.bsky.social", "person", PT)
S.who("danny-localseo.bsky.social", "spammer", PT, med=30)
S.who("rachel-mills84.bsky.social", "bot", PT, bot=(60, 600))
S.who("dtorres-kestley.bsky.social", "bot", PT, bot=(70, 540))
S.who("jennab-eats.bsky.social", "bot", PT, bot=(90, 600))
S.who("markholloway1.bsky.social", "bot", PT, bot=(60, 480))
S.who("kestleyfoodtruth.bsky.social", "bot", PT, bot=(60, 600))
S.who("reviewshield-pro.bsky.social", "bot", PT, bot=(90, 400))
S.who("kestley-inspections.bsky.social", "bot", PT)
R, P = S.root, S.rep
AA = "alderandash.com"
RACHEL, DT, JEN, MARK = ("rachel-mills84.bsky.social", "dtorres-kestley.bsky.social",
                         "jennab-eats.bsky.social", "markholloway1.bsky.social")
SHIELD = "reviewshield-pro.bsky.social"
JUN = "jun-eats-kestley.bsky.social"

# Monday
w = R(AA, "04-20 16:00:00",
      "This week at Alder & Ash 🔥 Spring lamb shoulder is back from Tuesday, the morel and "
      "asparagus toast runs while the morels last, and Thursday is our first wine night with "
      "Halvorsen Cellars. Tables at alderandash.com/book", "marketing")
a = P(w, "walt-and-ginny.bsky.social",
      "The lamb shoulder! Booking Thursday, Ginny's orders.", "social")
P(a, AA, "See you Thursday, Walt. We'll keep Ginny the corner table. – Marta", "marketing")
P(w, JUN, "Morel toast at Alder & Ash is how I get through April", "social")
pc = R("priya-nandakumar.bsky.social", "04-20 21:40",
       "Waited 50 minutes for mains at Alder & Ash on Saturday and nobody said a word about it "
       "until we asked. The food was lovely when it came, but that wait with a tired six-year-old "
       "was rough. @alderandash.com", "social")
P(pc, JUN,
  "Saturday was slammed, I could see the kitchen from the bar. Not an excuse, but they looked a "
  "cook down.", "social")

# Tuesday 01:12: the first wave
r1 = P(w, RACHEL,
       "1 star. Found a hair in my lamb and the manager laughed it off. Never going back to "
       "Alder & Ash.", "spam", at="04-21 01:12:09")
P(w, DT, "Got food poisoning after eating here last week. Two days sick. AVOID. ⭐", "spam",
  at="04-21 01:15:44")
P(w, JEN,
  "Overpriced, cold food, rude staff. There are much better places in Kestley, try Brightgrill. "
  "1/5", "spam", at="04-21 01:19:02")
P(w, MARK,
  "Worst dining experience of my life. Waited an hour and the steak was raw. 1 star.", "spam",
  at="04-21 01:24:37")
P(pc, RACHEL, "Same thing happened to me! Terrible service. 1 star", "spam", at="04-21 01:31:50")
P(pc, DT, "They never apologize. Avoid.", "spam", at="04-21 01:38:12")

insp1 = R("kestley-inspections.bsky.social", "04-21 06:00:07",
          "Kestley County food inspections, 20 Apr\n\nAlder & Ash, 114 Mill St: 97/100, no "
          "critical violations\nDockside Tacos, 9 Pier Rd: 88/100, 1 critical (hand sink "
          "blocked), corrected on site\nFern Café, 31 Orchard Ave: 100/100\n\nFull reports: "
          "kestleycountyhealth.org/food", "social")
P(pc, AA,
  "Priya, you're right and I'm sorry. We lost a line cook to a burn on Saturday and didn't tell "
  "tables, which we should have. I'd like to have you back as our guests. Could you email "
  "marta@alderandash.com? – Marta", "marketing", at="04-21 09:20")
wl = R("walt-and-ginny.bsky.social", "04-21 08:47",
       "Woke up to a pile of one-star replies on Alder & Ash's posts from accounts that joined "
       "last week. Food poisoning, raw steak, a hair. We've eaten there every Thursday for three "
       "years. Something's off.", "social")
P(wl, MARK, "Just because you like it doesn't mean it's safe. I got sick. 1 star", "spam")
j1 = P(wl, JUN,
       "Checked: all four accounts were made between April 14 and 16, no followers, and the "
       "only thing any of them has ever posted about is Alder & Ash. That's a ring.", "social")
P(wl, "annika-sol.bsky.social",
  "And the county inspection yesterday gave them 97 with nothing critical. Food poisoning my "
  "foot.", "social", after=insp1)
P(j1, "walt-and-ginny.bsky.social", "Thought so. Reported all four.", "social")

s1 = R(AA, "04-21 10:30:00",
       "Today's special: spring lamb shoulder, slow-roasted for nine hours, with green garlic and "
       "white beans. $32, until it's gone.", "marketing")
P(s1, DT, "Don't eat the lamb. Trust me. ⭐", "spam")
P(s1, JEN, "Cold and overpriced. Brightgrill does it better. 1/5", "spam")
P(s1, SHIELD,
  "Hi Alder & Ash, we noticed a sudden wave of negative reviews on your page. We remove "
  "harmful reviews within 48 hours, 100% guaranteed. DM us for a free quote 🛡", "spam")
P(s1, "teri-bakes.bsky.social",
  "Had it last spring, best thing on the menu. Going tonight.", "social")
P(s1, RACHEL, "The lamb is where I found the hair. 1 star.", "spam")
P(pc, "priya-nandakumar.bsky.social",
  "Thank you, that's a decent answer. I'll email. And for the record, none of these one-star "
  "accounts were there on Saturday.", "social", at="04-21 12:02")

stm = R(AA, "04-21 12:15",
        "A note from Marta. Since 1am four new accounts have posted one-star replies on "
        "everything we've posted. None of them matches a booking or a card payment in the last "
        "year. We've reported them. This morning an account offered to 'remove the bad reviews' "
        "for a fee. We won't pay. If you've really had a bad meal with us, please tell us. We "
        "want to know.", "marketing")
P(stm, SHIELD,
  "We can help with exactly this situation. Harmful reviews removed in 48h, 100% guaranteed. DM "
  "for a free quote 🛡", "spam")
P(stm, MARK, "Defending yourself won't fix the food. 1 star.", "spam")
dn = P(stm, "danny-localseo.bsky.social",
       "Best defence is to drown them out. I can get you 50 five-star reviews from real local "
       "accounts, $150. DM me", "spam")
P(dn, AA, "No thanks. Fake five stars are the same problem the other way round. – Marta",
  "marketing")
lq = P(stm, "leah-okafor.bsky.social",
       "I'm a reporter at the Kestley Courier. Marta, could I call you this afternoon? Two other "
       "Mill St businesses say they got the same 'removal' offer last month.", "social")
P(lq, AA, "Of course, 541-555-0163 after 3. – Marta", "marketing")
P(stm, "hollis-fry.bsky.social",
  "We were there Saturday too, probably during Priya's wait. Can confirm we waited. Can also "
  "confirm nobody got food poisoning.", "social")
P(stm, "carmen-ruiz-pdx.bsky.social",
  "This happened to my sister's bakery in Salem. Two weeks of one-stars, then a 'reputation' "
  "company offered to make them go away for $900. Same playbook.", "social")
P(stm, JUN, "Booked for Wednesday. Sometimes you vote with a reservation.", "social")

# Wednesday
R("kestley-inspections.bsky.social", "04-22 06:00:04",
  "Kestley County food inspections, 21 Apr\n\nHarbor Noodle, 20 Front St: 94/100, no critical "
  "violations\nMill St Deli, 88 Mill St: 91/100, 1 critical (cold holding at 46°F), corrected on "
  "site\n\nFull reports: kestleycountyhealth.org/food", "social")
s2 = R(AA, "04-22 10:30:00",
       "Today: morel and asparagus toast, brown butter, a soft egg. $19. The morels are foraged "
       "by Dale, who won't tell anyone where.", "marketing")
P(s2, RACHEL,
  "Morels can be poisonous if you don't know what you're doing. Wouldn't risk it here. 1 star",
  "spam")
P(s2, JEN, "Overpriced toast. 1/5", "spam")
P(s2, JUN, "Dale's morels are the best part of spring in Kestley", "social")
P(s2, "sam-whitlow.bsky.social", "ordering two", "social")
bg = R("brightgrill-kestley.bsky.social", "04-22 14:05",
       "Some accounts have been telling people to eat at Brightgrill instead of Alder & Ash. They "
       "have nothing to do with us and we've reported them. Marta's lamb is better than ours and "
       "we'd say so ourselves. See you on Mill St.", "marketing")
P(bg, JEN, "Brightgrill is way better. Alder & Ash is 1 star.", "spam")
P(bg, AA, "Thank you, Rob. Drinks on us at the next restaurant association meeting. – Marta",
  "marketing")
P(bg, "kestley-kat.bsky.social", "Kestley restaurants having each other's backs, love to see it",
  "social")
lo = R("leah-okafor.bsky.social", "04-22 19:30",
       "My story for the Courier: one-star 'review bombs' hit three Mill St restaurants this "
       "month, each followed by an offer to remove them for a fee. Alder & Ash's owner went "
       "public; the other two paid. kestleycourier.com/news/review-bombs", "social")
P(lo, SHIELD,
  "Businesses hit by fake reviews: we remove harmful reviews within 48h, 100% guaranteed. DM "
  "for a free quote 🛡", "spam")
dtr = P(lo, DT, "Maybe the reviews are real. I got sick at Alder & Ash. ⭐", "spam")
P(lo, "mo-haddad.bsky.social", "'the other two paid' is the worst part of this", "social")
P(lo, "ben-delgado.bsky.social",
  "Good reporting. And one of the four has already turned up under your story, right on cue.",
  "social", after=dtr)
jr = R(JUN, "04-22 22:40",
       "Ranking every Mill St lunch under $15, part 4: the deli, Harbor Noodle and the bar menu "
       "at Alder & Ash. The noodle place wins on broth, Alder & Ash wins on the burger, the deli "
       "wins on being open at 7am.", "social")
P(jr, MARK, "Alder & Ash burger gave me food poisoning. 1 star.", "spam")
P(jr, "kestley-kat.bsky.social", "The deli's egg sandwich deserves a ranking of its own", "social")
P(jr, JUN, "Part 5 is just the egg sandwich. Noted.", "social", d=(8, 30))

# Thursday
s3 = R(AA, "04-23 10:30:00",
       "Tonight is wine night with Halvorsen Cellars: five pours, five small plates, $65. A few "
       "seats left at alderandash.com/book", "marketing")
P(s3, RACHEL, "1 star, don't waste your money", "spam")
P(s3, "walt-and-ginny.bsky.social", "Ginny has been practising her swirl", "social")
P(s3, MARK, "Save your $65. 1 star.", "spam")
up = R(AA, "04-23 16:40",
       "Update: Bluesky has taken down the four accounts. Thank you to everyone who reported "
       "them, and to everyone who booked a table this week to make a point. We noticed. "
       "– Marta", "marketing")
P(up, JUN, "The lamb sold out by 7:30 on Tuesday. I'd call that a point made.", "social")
P(up, "priya-nandakumar.bsky.social",
  "We came back last night as Marta's guests. No wait, great lamb, and the server remembered "
  "my son's name. Credit where it's due.", "social")
ft = P(up, "kestleyfoodtruth.bsky.social",
       "Sure, 'taken down'. Still 1 star. Got sick here in March.", "spam")
P(ft, "sam-whitlow.bsky.social", "Account made today. Give it up.", "social")
P(up, "teri-bakes.bsky.social", "Glad this is over. See you Saturday for the halibut.", "social")

# Friday, Saturday
R("kestley-inspections.bsky.social", "04-24 06:00:05",
  "Kestley County food inspections, 23 Apr\n\nBrightgrill, 140 Mill St: 95/100, no critical "
  "violations\nPier Pies, 3 Pier Rd: 99/100\n\nFull reports: kestleycountyhealth.org/food",
  "social")
s4 = R(AA, "04-24 10:30:00",
       "Friday special: halibut with brown butter, capers and the last of Dale's morels. $34.",
       "marketing")
P(s4, "kestleyfoodtruth.bsky.social", "Don't. ⭐", "spam")
P(s4, "hollis-fry.bsky.social", "Last of the morels?? Booking now", "social")
P(s4, JUN, "Halibut and morels is the whole of spring on one plate", "social")
s5 = R(AA, "04-25 10:30:00",
       "Saturday: the lamb is back by popular demand (we made twice as much). Walk-ins at the "
       "bar from 5.", "marketing")
P(s5, "kestleyfoodtruth.bsky.social", "Popular with who. 1 star", "spam")
P(s5, "mo-haddad.bsky.social", "Bringing my parents. First time at Alder & Ash.", "social")
P(s5, "kestley-kat.bsky.social", "Walk-in at the bar is the best seat in the house", "social")


# =====================================================================================
# 5. Blog: an amateur weather-station blog, its station's daily summaries, scraper pingbacks
# =====================================================================================

S = Scenario(
    "blog_weather_pingback_scrapers.jsonl", "blog", 2026,
    "Blog: an amateur weather-station blog with automated daily summaries and scraper pingbacks",
    "Cobb Rise Weather, Alun Marsh's blog about the weather station in his paddock in the "
    "invented English village of Cobb Rise, Monday 12 to Monday 19 January 2026: four posts "
    "by Alun (a storm's pressure fall, a rain gauge that under-reads, a pallet-wood Stevenson "
    "screen, snow depth), a housekeeping post, and the station's own daily summary, which its "
    "software posts at five past midnight every night (author 'Cobb Rise Station', a bot; "
    "its posts are data passed on, social). Four scraper sites copy a sentence of each post "
    "and send a WordPress pingback within two to twenty minutes of it going up, at any hour, "
    "after the midnight summaries too: 'Weather News Today | Latest Updates', 'UK Storm Watch "
    "Live', 'Best Home Weather Stations 2026' and 'Garden & Home Weather Tips' (spam). A real "
    "pingback from Notes from the Levels, a fellow amateur's blog that discusses the storm "
    "post, arrives the next morning (social). Derek Holt, a human, leaves a link to his "
    "weather-station review site under each post. Isobar Instruments, a shop, answers a reader "
    "who asked where to buy a replacement funnel (marketing). Bryony Vale is a prolific reader "
    "with a station of her own who comments within minutes from a quarter to six in the "
    "morning to half past midnight.")

S.who("Alun Marsh", "person", 0, med=150, win=("06:30", "23:00"),
      url="https://cobbriseweather.blog", email="alun@cobbriseweather.blog")
S.who("Cobb Rise Station", "bot", 0)
S.who("Bryony Vale", "prolific_person", 0, med=6, win=("05:45", "24:30"),
      url="https://valleyfloorweather.blog", email="bryony.vale@fieldpost.net")
S.who("Hugh Penrose", "person", 0, email="hpenrose@westmail.co.uk")
S.who("Jill Marchant", "person", 0, win=("05:00", "21:30"), email="jill@marchantfarm.co.uk")
S.who("Pieter de Wit", "person", 1, email="pieter.dewit@polderpost.nl")
S.who("Mairi Fraser", "person", 0, email="mairi.fraser@glenmail.net")
S.who("Tom Akinde", "person", 0, email="tom.akinde@kitemail.net")
S.who("Ruth Colley", "person", 0, email="ruthcolley@homeplace.net")
S.who("Kev Roper", "person", 0, win=("07:30", "24:00"), email="kevroper@wiremail.net")
S.who("Nell Ashdown", "person", 0, email="nell.ashdown@fieldpost.net")
S.who("Sam Oyelaran", "person", 0, email="sam.oyelaran@kitemail.net")
S.who("Dave Pike", "person", 0, email="davepike@cobbrise-village.org.uk")
S.who("Gwen Tilley", "person", 0, url="https://notesfromthelevels.blog",
      email="gwen@notesfromthelevels.blog")
S.who("Notes from the Levels", "person", 0, med=600, win=("07:00", "22:00"),
      url="https://notesfromthelevels.blog/2026/01/13/hesper-on-the-levels/")
S.who("Isobar Instruments", "brand", 0, med=120, win=("09:00", "17:30"), weekdays=True,
      url="https://isobarinstruments.co.uk", email="sales@isobarinstruments.co.uk")
S.who("Derek Holt", "spammer", 0, med=40, url="https://stationreviewhub.com",
      email="derek@stationreviewhub.com")
S.who("Weather News Today | Latest Updates", "bot", 0, bot=(150, 900))
S.who("UK Storm Watch Live", "bot", 0, bot=(240, 1200))
S.who("Best Home Weather Stations 2026", "bot", 0, bot=(120, 1000))
S.who("Garden & Home Weather Tips", "bot", 0, bot=(180, 1100))
R, P = S.root, S.rep
WNT, UKS, BHW, GHW = ("Weather News Today | Latest Updates", "UK Storm Watch Live",
                      "Best Home Weather Stations 2026", "Garden & Home Weather Tips")


def summary(day, tmax, tmaxat, tmin, tminat, rain, wind, gust, gustat, p0, p1, trend, hum,
            note=""):
    return (f"Daily summary for {day} Jan 2026\n\nTemperature: max {tmax} °C ({tmaxat}), "
            f"min {tmin} °C ({tminat})\nRain: {rain}\nWind: mean {wind} mph, max gust {gust} "
            f"({gustat})\nPressure: {p0} → {p1} hPa, {trend}\nHumidity: {hum} %\n{note}\n"
            f"Posted automatically by the station. Raw data: cobbriseweather.blog/data")


def pingback(parent, site, excerpt, url, label="spam", **kw):
    return P(parent, site, f"[…] {excerpt} […]", label, url=url, email=None, **kw)


# Monday 12 January: Storm Hesper
p1 = R("Alun Marsh", "01-12 19:40",
       "Storm Hesper on the station: a 31 hPa fall in 20 hours\n\nThe barograph trace from "
       "Saturday looks like someone dropped it down the stairs. Pressure fell from 1009.6 hPa at "
       "02:00 to 978.4 hPa by 22:00, the steepest fall I've logged in nine years at Cobb Rise. "
       "Here's the trace, the gust record (61 mph at 21:47) and what the screen thermometer did "
       "when the cold front came through.", "social")
pingback(p1, WNT,
         "Cobb Rise station recorded a 31 hPa drop in 20 hours as Storm Hesper passed, with "
         "gusts of 61 mph",
         "https://weathernewstoday24.info/2026/01/storm-hesper-31-hpa-drop-amateur-station/")
pingback(p1, UKS,
         "The barograph trace from Saturday looks like someone dropped it down the stairs",
         "https://ukstormwatchlive.net/storm-hesper-live-updates-pressure/")
b = P(p1, "Bryony Vale",
      "I had 977.9 at 22:10, so we bottomed out within ten minutes of each other, 14 miles "
      "apart. Did your screen temperature jump when the front came through? Mine went up 2.1 °C "
      "in six minutes.", "social")
bb = P(b, "Alun Marsh",
       "2.4 °C in eight minutes here, then down 4 in the next half hour. I'll overlay the two "
       "traces if you send me your CSV.", "social")
P(bb, "Bryony Vale", "On its way. Mine logs every minute, sorry about the size.", "social")
h = P(p1, "Hugh Penrose",
      "61 mph is impressive for an inland site. Is the anemometer on a mast or on the chimney?",
      "social")
P(h, "Alun Marsh",
  "A 10 m mast in the corner of the paddock. The chimney mount read about 15% high for years "
  "because of the roof.", "social")
P(p1, "Jill Marchant",
  "Lost two sheets off the lambing shed roof about then. Nice to know it was 61 and not me "
  "being soft.", "social", at="01-13 05:40")
P(p1, "Derek Holt",
  "Great data! If your readers are thinking of getting a station of their own, I tested 12 "
  "this winter, results here: stationreviewhub.com/best-weather-stations", "spam")
pingback(p1, "Notes from the Levels",
         "Alun over at Cobb Rise has a neat write-up of Hesper's pressure fall. My trace from "
         "the Levels is below his: an hour later and 3 hPa shallower, which fits the low "
         "tracking north-east", AUTHORS["Notes from the Levels"].url, label="social",
         at="01-13 08:52")
P(p1, "Pieter de Wit",
  "Hesper reached us on Sunday afternoon, already filling, 989 minimum in Zeeland. Thanks for "
  "the data.", "social")

# The station's nightly summaries (posted at 00:05 for the day before)
d12 = R("Cobb Rise Station", "01-13 00:05:14",
        summary(12, "6.8", "13:40", "1.2", "06:55", "3.6 mm", 11, "34 mph SW", "15:12",
                "996.3", "1004.8", "rising", "71–96"), "social")
pingback(d12, BHW, "Temperature: max 6.8 °C (13:40), min 1.2 °C (06:55) Rain: 3.6 mm",
         "https://besthomeweatherstations.shop/daily-weather-station-data-uk/")
P(d12, "Bryony Vale", "Minus 0.4 here at dawn. The valley always steals your frost.", "social")

# Tuesday 13: summary only
d13 = R("Cobb Rise Station", "01-14 00:05:11",
        summary(13, "5.1", "12:20", "-1.8", "07:40", "0.0 mm", 6, "19 mph W", "11:05",
                "1004.8", "1015.2", "rising", "64–93", "Air frost."), "social")
pingback(d13, WNT, "Temperature: max 5.1 °C (12:20), min -1.8 °C (07:40)",
         "https://weathernewstoday24.info/2026/01/uk-weather-frost-latest/")

# Wednesday 14: the rain gauge post
p2 = R("Alun Marsh", "01-14 20:10",
       "Why my rain gauge under-reads in wind (and what I did about it)\n\nOn Saturday the "
       "tipping bucket logged 14.2 mm while the old copper gauge on the lawn caught 17.9. That's "
       "a 21% shortfall, and it's almost all wind: the gauge sits 1.2 m up on a post, and the "
       "air speeding over the rim carries the drops past it. Turf wall, pit gauge, or just a "
       "better shield?", "social")
pingback(p2, GHW,
         "That's a 21% shortfall, and it's almost all wind: the gauge sits 1.2 m up on a post",
         "https://gardenhomeweathertips.com/why-rain-gauges-under-read/")
pingback(p2, BHW,
         "On Saturday the tipping bucket logged 14.2 mm while the old copper gauge on the lawn "
         "caught 17.9",
         "https://besthomeweatherstations.shop/rain-gauge-accuracy-guide/")
P(p2, "Bryony Vale",
  "A turf wall is lovely if you've got the space and someone to mow round it. I put a ring of "
  "slats round mine and got about two thirds of the shortfall back.", "social")
P(p2, "Mairi Fraser",
  "Up here the answer is 'everything under-reads, always'. Mine went into a pit in 2019 and the "
  "difference in a westerly is startling. Lift the grid every week though, leaves.", "social")
tq = P(p2, "Tom Akinde",
       "Does a tipping bucket under-read in heavy rain too? I've read they miss tips when it's "
       "really coming down.", "social")
P(tq, "Alun Marsh",
  "A bit, above about 25 mm an hour, because water keeps arriving mid-tip. Mine is calibrated "
  "against the copper gauge, so most of that is corrected. Wind is the bigger problem here.",
  "social")
rq = P(p2, "Ruth Colley",
       "Where can I get a replacement funnel for an old plastic tipping-bucket gauge? Mine "
       "cracked in the frost.", "social")
ra = P(rq, "Alun Marsh",
       "Isobar Instruments sold me mine, they're good on old parts. No connection, just a happy "
       "customer.", "social")
P(rq, "Isobar Instruments",
  "Hi Ruth, we stock replacement funnels for most 200 mm tipping-bucket gauges, £14.50 plus "
  "postage. If you email a photo of the base to sales@isobarinstruments.co.uk we'll tell you "
  "which one fits. - Carys", "marketing", after=ra)
P(p2, "Derek Holt",
  "Rain gauge accuracy is such a big topic! I compared the 8 most accurate gauges of 2026 here: "
  "stationreviewhub.com/rain-gauges", "spam")
P(p2, "Kev Roper",
  "A pit gauge in a back garden with a dog sounds like a broken ankle waiting to happen. I'll "
  "try the slats.", "social")

d14 = R("Cobb Rise Station", "01-15 00:05:12",
        summary(14, "7.9", "14:05", "1.2", "01:10", "2.2 mm", 9, "27 mph SW", "16:40",
                "1015.2", "1009.7", "falling", "70–95"), "social")
P(d14, "Jill Marchant",
  "1.2 minimum and I still had ice on the troughs at six. Your station must be in a warm spot.",
  "social")
P(d14, "Alun Marsh",
  "It's about 40 m higher than your yard, Jill. The cold air drains down to you. Sorry!",
  "social", d=(60, 200))
pingback(d14, UKS, "Wind: mean 9 mph, max gust 27 mph SW (16:40) Pressure: 1015.2 → 1009.7 hPa, "
         "falling", "https://ukstormwatchlive.net/uk-wind-gusts-live-tracker/")

d15 = R("Cobb Rise Station", "01-16 00:05:13",
        summary(15, "9.4", "13:15", "4.6", "23:50", "11.8 mm", 15, "44 mph SW", "03:12",
                "1009.7", "994.1", "falling", "82–99"), "social")
pingback(d15, GHW, "Rain: 11.8 mm Wind: mean 15 mph, max gust 44 mph SW (03:12)",
         "https://gardenhomeweathertips.com/protect-garden-from-wind/")
P(d15, "Kev Roper", "That 44 at 03:12 woke me up. Good to have it confirmed.", "social")

# Friday 16: the Stevenson screen
p3 = R("Alun Marsh", "01-16 18:30",
       "Building a Stevenson screen from pallet wood\n\nThe plastic radiation shield on my "
       "station reads up to 1.5 °C high on still, sunny afternoons, so I've spent three weekends "
       "building a proper louvred screen from two pallets, a tin of white exterior paint and far "
       "too many brass screws. Plans, costs (£23 and a lot of swearing) and the first week's "
       "comparison below.", "social")
pingback(p3, WNT, "a tin of white exterior paint and far too many brass screws",
         "https://weathernewstoday24.info/2026/01/diy-weather-screen-pallets/")
pingback(p3, BHW,
         "The plastic radiation shield on my station reads up to 1.5 °C high on still, sunny "
         "afternoons",
         "https://besthomeweatherstations.shop/radiation-shield-buying-guide/")
b = P(p3, "Bryony Vale",
      "£23! Mine cost £140 as a kit and the louvres warped anyway. What did you use for the "
      "slats?", "social")
P(b, "Alun Marsh",
  "Pallet slats ripped in half on a borrowed table saw, then planed. Pine, so it'll want "
  "repainting every couple of years.", "social")
k = P(p3, "Kev Roper",
      "Did you give it a double roof? The single-roof ones I've seen still warm up in strong "
      "sun.", "social")
P(k, "Alun Marsh", "Double roof with a 3 cm air gap. It made the biggest difference in the "
  "comparison.", "social")
P(p3, "Nell Ashdown",
  "My grandad built one for the village school in the sixties. I think it's still there by the "
  "bike sheds. Lovely to see someone doing it properly.", "social")
sq = P(p3, "Sam Oyelaran",
       "Bookmarked for spring. Which white paint? I read some whites absorb more infrared than "
       "you'd think.", "social")
P(sq, "Alun Marsh",
  "Ordinary exterior gloss, two coats. The old recommendation was white lead paint, which I'm "
  "not going to do.", "social")
hq = P(p3, "Hugh Penrose",
       "What are you using for the anemometer now the cups on the old one cracked? You "
       "mentioned it in the autumn.", "social")
ha = P(hq, "Alun Marsh",
       "Still the old one with a set of replacement cups. They cost more than the screen did.",
       "social")
P(p3, "Derek Holt",
  "Nice build! For anyone who'd rather buy one, I ranked the best radiation shields here: "
  "stationreviewhub.com/shields", "spam")

d16 = R("Cobb Rise Station", "01-17 00:05:12",
        summary(16, "8.2", "11:50", "3.9", "23:40", "5.4 mm", 12, "38 mph W", "12:35",
                "994.1", "1001.6", "rising", "76–98"), "social")
pingback(d16, WNT, "Rain: 5.4 mm Wind: mean 12 mph, max gust 38 mph W (12:35)",
         "https://weathernewstoday24.info/2026/01/uk-weather-latest-rain-wind/")

d17 = R("Cobb Rise Station", "01-18 00:05:15",
        summary(17, "3.1", "12:10", "-0.6", "23:55", "4.8 mm (sleet, then snow after 22:30)", 7,
                "21 mph N", "20:15", "1001.6", "1006.9", "rising", "80–99",
                "Snow falling at midnight."), "social")
pingback(d17, UKS, "Rain: 4.8 mm (sleet, then snow after 22:30)",
         "https://ukstormwatchlive.net/snow-warning-live-updates/")
P(d17, "Bryony Vale", "Snowing here too since eleven. Big flakes. Off to bed before I go out "
  "and measure it.", "social", at="01-18 00:18")

# Sunday 18: snow
p4 = R("Alun Marsh", "01-18 11:15",
       "Snow depth: a ruler vs. the ultrasonic sensor\n\nWe finally got some snow overnight: 6 cm "
       "on the board at 08:00 by ruler. The ultrasonic sensor said 9.1, then 4.3, then 7.7 as "
       "the sun came out. A short post on why, and why I'm keeping the ruler.", "social")
pingback(p4, UKS, "We finally got some snow overnight: 6 cm on the board at 08:00 by ruler",
         "https://ukstormwatchlive.net/snow-depths-uk-today/")
pingback(p4, BHW, "The ultrasonic sensor said 9.1, then 4.3, then 7.7 as the sun came out",
         "https://besthomeweatherstations.shop/best-snow-depth-sensors/")
P(p4, "Bryony Vale",
  "Mine does the same when the snow's fresh and fluffy, the pulse goes straight into it. 5 cm "
  "here on the board.", "social")
P(p4, "Jill Marchant", "Ruler every time. The sheep don't care what the sensor says.", "social")
P(p4, "Dave Pike",
  "The kids built a snowman on the green out of what must have been all 6 cm of it.", "social")
pq = P(p4, "Pieter de Wit",
       "Ultrasonic sensors drift with air temperature too, because the speed of sound changes. "
       "Does yours correct for it?", "social")
P(pq, "Alun Marsh",
  "It claims to, using its own thermometer, which sits in the sun. So, no.", "social")
P(p4, "Derek Holt", "Snow sensors compared, all 6 of them: stationreviewhub.com/snow", "spam")

d18 = R("Cobb Rise Station", "01-19 00:05:13",
        summary(18, "2.4", "13:30", "-2.7", "07:15", "0.2 mm", 4, "12 mph NW", "14:05",
                "1006.9", "1018.3", "rising", "68–97", "Snow depth at 09:00: 6 cm (observer)."),
        "social")
pingback(d18, GHW, "Temperature: max 2.4 °C (13:30), min -2.7 °C (07:15)",
         "https://gardenhomeweathertips.com/frost-protection-tips-january/")

# Monday 19: housekeeping
p5 = R("Alun Marsh", "01-19 20:00",
       "Housekeeping: pingbacks are off\n\nYou may have noticed comments that are just a line of "
       "my own post between brackets, from sites called things like 'Weather News Today'. "
       "They're scraper sites that copy posts to sell adverts, and they ping the blog within "
       "minutes of anything going up, at any hour, the station's midnight summaries included. "
       "I've turned pingbacks off. Real links from real blogs (hello, Notes from the Levels) "
       "will have to reach me the old-fashioned way.", "social")
P(p5, "Bryony Vale",
  "Good. The one that copied my turf wall comment had a casino advert right under it.",
  "social")
P(p5, "Gwen Tilley",
  "The old-fashioned way it is, then. Hesper part two is coming this week, the Levels flooded "
  "properly.", "social")
hh = P(p5, "Hugh Penrose", "Didn't know those were a thing. Are they harmful?", "social")
P(hh, "Alun Marsh", "Not really, just noise. They put my words next to adverts for things I'd "
  "never buy.", "social")
P(p5, "Derek Holt",
  "Speaking of real links: my rain gauge guide cites your post! "
  "stationreviewhub.com/rain-gauges", "spam")
P(p5, "Nell Ashdown", "I thought they were just very keen readers. Learn something every day.",
  "social")


# =====================================================================================
# 6. Mastodon: a supplement bot on a chronic-illness instance's #migraine tag
# =====================================================================================

S = Scenario(
    "mastodon_migraine_hashtag_bots.jsonl", "mastodon", 2026,
    "Mastodon: supplement bots hijack #migraine on a chronic-illness instance, beside a "
    "pressure-alert bot that sells nothing",
    "spoonfolk.social, a small instance for people with chronic illness, Monday 9 to Friday 13 "
    "February 2026; most members are in Ireland and Britain, some on the Continent. "
    "calmroot@wellnesspost.shop answers every post tagged #migraine within half a minute to "
    "four minutes, day and night, with 'MagnaCalm' drops that 'work in 15 minutes' (under the "
    "pressure alert, a woman on day three of an attack, a member's honest question about "
    "magnesium, a mother whose fourteen-year-old has just had her first aura, and a post at "
    "ten to three in the morning), and posts hashtag-stuffed ads of its own. After the admin (juniper) suspends its server on Tuesday, "
    "vitaleaf@herbalnook.online does the same with feverfew gummies until it is suspended on "
    "Thursday. pressurewatch, a member's bot, posts a pressure-fall alert at six in the morning "
    "when a fall of 6 hPa or more is forecast, with the same #migraine tag; it never replies "
    "and sells nothing (bot, social). aurafund@causes.social, a migraine charity, appeals for "
    "donations (marketing); headlog@apps.social, a headache-diary app, answers a user's bug "
    "report (marketing). kasia_glow@sunnyfeed.club, a human, sells essential oils with a "
    "referral code under members' posts. A neurologist on another server answers a question "
    "about magnesium, and a member says which cheap magnesium she buys, with no tie (social). "
    "nightjar is a prolific member who answers within minutes from six in the morning, and "
    "who is up at three one night with an attack.")

S.who("juniper", "person", 0, med=35, win=("07:00", "23:30"))
S.who("pressurewatch", "bot", 0)
S.who("otto", "person", 1)
S.who("nightjar", "prolific_person", 0, med=5, win=("06:00", "27:00"))
S.who("saoirse", "person", 0)
S.who("beckett", "person", 0)
S.who("lottie", "person", 0, win=("09:00", "24:00"))
S.who("ama", "person", 0)
S.who("hazel_m", "person", 0)
S.who("deniz", "person", 1)
S.who("marguerite", "person", 1)
S.who("rowan_ot", "person", 0)
S.who("fliss", "person", 1)
S.who("dr_ayla_brandt@medics.town", "person", 1, med=40)
S.who("kemi@tooting.social", "person", 0)
S.who("aurafund@causes.social", "brand", 0, med=60, win=("09:00", "18:00"), weekdays=True)
S.who("headlog@apps.social", "brand", 0, med=45, win=("09:00", "18:00"), weekdays=True)
S.who("kasia_glow@sunnyfeed.club", "spammer", 1, med=30)
S.who("calmroot@wellnesspost.shop", "bot", 0, bot=(30, 240))
S.who("vitaleaf@herbalnook.online", "bot", 0, bot=(45, 300))
R, P = S.root, S.rep
CALM, VITA, KASIA, AYLA = ("calmroot@wellnesspost.shop", "vitaleaf@herbalnook.online",
                           "kasia_glow@sunnyfeed.club", "dr_ayla_brandt@medics.town")

# Monday
pw1 = R("pressurewatch", "02-09 06:00:04",
        "Pressure alert, next 12 h: Dublin −11 hPa (1018 → 1007), Manchester −9, Leeds −8, "
        "Amsterdam −6. Steepest fall 14:00–18:00. Plan your day gently. #migraine #PressureWatch",
        "social")
P(pw1, CALM,
  "Pressure headaches are the worst 😣 Our MagnaCalm drops (magnesium + feverfew + ginger) work "
  "in 15 minutes, 100% natural 🌿 calmroot.shop/drops #migraine #headache #wellness", "spam")
P(pw1, "saoirse",
  "Dublin −11. Cancelling the afternoon now rather than at 3pm halfway through an aura. Thank "
  "you pressurewatch (and otto).", "social", at="02-09 07:42")
P(pw1, "nightjar", "Leeds −8. Dark glasses and a cold flannel on standby.", "social")
ad1 = R(CALM, "02-09 09:40:00",
        "Tired of #migraine ruling your life? 😩 MagnaCalm drops: 100% natural, "
        "doctor-formulated, relief in 15 minutes or your money back 🌿✨ calmroot.shop/drops "
        "#headache #chronicillness #spoonie #health #wellness #natural #painrelief "
        "#clusterheadache", "spam")
P(ad1, "beckett",
  "'Relief in 15 minutes or your money back' aimed at #clusterheadache is a genuinely "
  "dangerous thing to post. Reported.", "social", d=(20, 60))
lt = R("lottie", "02-09 11:20",
       "Day 3 of this one. The triptan took the edge off yesterday and I can't take another until "
       "tomorrow. Lying in the dark listening to an audiobook about ships. #migraine", "social")
P(lt, CALM,
  "So sorry you're suffering 💜 Have you tried magnesium + feverfew? Our drops have changed so "
  "many lives → calmroot.shop/drops #migraine", "spam")
nj = P(lt, "nightjar",
       "Ships are a good choice. Nothing bad happens in a ship audiobook until it does. Sending "
       "dark, quiet thoughts.", "social")
P(lt, "ama", "Day 3s are the worst. A cold pack on the back of the neck helped me on Saturday.",
  "social")
P(nj, "lottie", "It's whalers. Something bad is definitely going to happen.", "social")
hz = R("hazel_m", "02-09 14:05",
       "Genuine question, not a sales pitch: has anyone had luck with magnesium for prevention? "
       "My neurologist suggested it and I don't know which kind to buy. #migraine", "social")
cz = P(hz, CALM,
       "Yes!! 🙌 MagnaCalm is the #1 magnesium formula for #migraine, 100% natural → "
       "calmroot.shop/drops", "spam")
ay = P(hz, AYLA,
       "It's a reasonable thing to try. The evidence is modest, but it's cheap and safe for most "
       "people. Glycinate or citrate are easier on the stomach than oxide. Give it two to three "
       "months before you judge it, check with your doctor first if you have kidney problems, "
       "and skip anything that promises '15 minutes'.", "social")
P(hz, "deniz",
  "I take plain magnesium glycinate from the supermarket pharmacy, about €6 a month. Fewer "
  "attacks? Maybe a third fewer, it's hard to say. No connection to anyone selling it, I just "
  "buy it.", "social")
P(hz, KASIA,
  "Magnesium is good but have you tried a peppermint + lavender roll-on? I've been migraine-free "
  "since I joined my wellness team 🌸 DM me, code KASIA15 for 15% off", "spam")
P(ay, "hazel_m", "Thank you, that's the most useful answer I've had anywhere. Glycinate it is.",
  "social")
P(cz, "juniper",
  "Looking at this account. It has replied to every #migraine post on the instance today "
  "within a couple of minutes.", "social", d=(30, 90))

mt = R("marguerite", "02-09 19:15",
       "My daughter (14) had her first proper migraine at school today, with aura. She thought "
       "she was having a stroke. How do you explain to a teenager that this might be part of "
       "her life now? #migraine", "social")
P(mt, CALM,
  "Poor thing 💜 MagnaCalm is gentle enough for teens too 🌿 calmroot.shop/drops #migraine",
  "spam")
P(mt, "saoirse",
  "Mine started at 15. What helped most was someone telling me it had a name and wasn't in my "
  "head. It gets more manageable once you know your triggers.", "social")
ma = P(mt, AYLA,
       "An aura the first time is terrifying. She should see her GP so someone can confirm it's "
       "migraine. Many teenagers' migraines settle down in their twenties, and keeping a diary "
       "from now on helps a lot.", "social")
P(ma, "marguerite", "Thank you. GP booked for Thursday.", "social")
P(mt, "rowan_ot",
  "If she needs adjustments at school (a quiet room, sunglasses, extra time), the school nurse "
  "can set up a plan. Happy to share the one I wrote for my niece.", "social")

# Tuesday
nt = R("nightjar", "02-10 02:50",
       "Awake at 3am with the left-eye one. Tagging it so future me can find the date for my "
       "diary: #migraine", "social")
cn = P(nt, CALM,
       "Night-time #migraine? 😣 MagnaCalm works in 15 minutes, even at 3am 🌙 "
       "calmroot.shop/drops", "spam")
P(cn, "nightjar", "It's 3am and a robot is selling me drops. Marvellous.", "social", d=(3, 8))
P(nt, "kemi@tooting.social",
  "Hope you got back to sleep. That account replied to my post about my daughter's headaches "
  "too, so I've blocked the whole server.", "social", at="02-10 07:40")
R("pressurewatch", "02-10 06:00:03",
  "No big pressure changes in the next 12 h: every city within ±3 hPa. A kind day. "
  "#PressureWatch", "social")
ju = R("juniper", "02-10 10:15",
       "Admin note: I've suspended wellnesspost.shop on spoonfolk.social. Its account answered "
       "every #migraine post within minutes, at any hour, with the same drops. If you see "
       "accounts like it, report them and I'll look. Honest product talk between members is "
       "always fine.", "social")
P(ju, "beckett", "Thank you. The cluster headache post was the last straw for me.", "social")
P(ju, "otto",
  "For the record: pressurewatch only posts when a fall of 6 hPa or more is forecast, once in "
  "the morning, and it never replies to anyone. If it ever starts selling drops, unplug me.",
  "social")
mg = P(ju, "marguerite", "Is there a way to stop them seeing the hashtag at all?", "social")
P(mg, "juniper", "Not really, hashtags are public. Blocking whole servers is the best we've "
  "got.", "social")
af = R("aurafund@causes.social", "02-10 16:30",
       "This February we're funding three studies of migraine in teenagers 💜 £20 pays for one "
       "participant's diary app for a year. Donate at aurafund.org/teens #migraine "
       "#MigraineAwareness", "marketing")
P(af, VITA,
  "Beautiful cause 💜 Natural relief is here too: VitaLeaf Feverfew Gummies 🌿 "
  "herbalnook.online/gummies #migraine", "spam")
ro = P(af, "rowan_ot",
       "Donated. My sister's migraines started at 13 and nobody took them seriously for years.",
       "social")
P(ro, "aurafund@causes.social", "Thank you, Rowan. That's exactly why these studies matter. 💜",
  "marketing")

# Wednesday
pw3 = R("pressurewatch", "02-11 06:00:02",
        "Pressure alert, next 12 h: Amsterdam −9 hPa (1021 → 1012), Dublin −6. Steepest fall "
        "10:00–14:00. #migraine #PressureWatch", "social")
P(pw3, VITA,
  "Weather changes trigger #migraine 😖 Our Feverfew Gummies help naturally 🌿 "
  "herbalnook.online/gummies", "spam")
P(pw3, "fliss", "Amsterdam −9, noted. Moving the dentist to Thursday.", "social")
am = R("ama", "02-11 13:10",
       "Does anyone else get the hangover day after? Not pain exactly, just wrung out, words "
       "won't come, walking into doors. #migraine #postdrome", "social")
P(am, VITA,
  "Postdrome is so hard 😔 Feverfew Gummies support recovery naturally 🌿 "
  "herbalnook.online/gummies #migraine", "spam")
P(am, "saoirse",
  "The postdrome is half the attack for me. I warn people I'll be 'slow but fine' the next day.",
  "social")
P(am, "nightjar", "Walked into the fridge door yesterday. Yes.", "social")
P(am, AYLA,
  "Postdrome is real and common, most people get some of it. Worth telling your doctor about, "
  "because it counts towards how disabling your migraine is.", "social")
ka = P(am, KASIA,
       "Postdrome fatigue is a sign of low energy, my oils have helped so many in my team 🌸 DM "
       "me, code KASIA15", "spam")
P(ka, "ama", "No.", "social")
lh = R("lottie", "02-11 15:00",
       "@headlog@apps.social the app lost my last two weeks of attack entries after the update. "
       "Is there any way to get them back?", "social")
hl = P(lh, "headlog@apps.social",
       "Hi Lottie, sorry about that. The entries are usually still on your phone: Settings → "
       "Backup → Restore from local. If they're not there, email help@headlog.app with your "
       "account email and we'll restore them from the server. – Joss", "marketing")
lr = P(hl, "lottie", "Restore from local worked!! Thank you, I thought they were gone.",
       "social")
P(lr, "headlog@apps.social",
  "Great to hear. A fix for the update bug goes out tomorrow. – Joss", "marketing")

# Thursday
ad2 = R(VITA, "02-12 09:05:00",
        "🌿 Say goodbye to #migraine naturally! VitaLeaf Feverfew Gummies: vegan, non-GMO, "
        "clinically inspired ✨ 20% off today only → herbalnook.online/gummies #headache #health "
        "#wellness #spoonie #chronicpain #selfcare #natural", "spam")
R("juniper", "02-12 10:40",
  "herbalnook.online is suspended too. Same behaviour, new shop. Thanks to everyone who "
  "reported it within minutes.", "social")
dz = R("deniz", "02-12 14:20",
       "Three months of tracking: my #migraine days went from 9 in November to 5 in January. "
       "Magnesium, regular meals, no screens after 10. Not a miracle, just boring things stacked "
       "up.", "social")
P(dz, "nightjar", "Boring things stacked up is the truest migraine advice there is.", "social")
kd = P(dz, KASIA, "Amazing progress! 🌸 Imagine what you could do with the right oils! DM me",
       "spam")
P(kd, "beckett", "Reported.", "social")
P(kd, "juniper",
  "kasia_glow@sunnyfeed.club is a person, not a bot, but three sales replies to strangers in a "
  "week is enough. Limited.", "social", d=(40, 120))
P(dz, "hazel_m", "This is really encouraging. Four weeks into glycinate here, we'll see.",
  "social")
P(dz, "marguerite", "Screens after 10 is the one I can never manage.", "social")

bk = R("beckett", "02-12 20:05",
       "Cluster headache people: eleven weeks without a cycle, the longest since 2021. Not "
       "using the usual tag on purpose, so nobody tries to sell me drops.", "social")
P(bk, "nightjar", "Eleven weeks! Long may it last.", "social")
P(bk, "ama", "The not-tagging made me laugh. Eleven weeks is brilliant.", "social")

# Friday
pw5 = R("pressurewatch", "02-13 06:00:05",
        "Pressure alert, next 12 h: Manchester −7 hPa, Leeds −7, Dublin −6. Steepest fall "
        "16:00–20:00. #migraine #PressureWatch", "social")
sa = P(pw5, "saoirse", "This account has saved me more cancelled plans than any app.", "social")
P(sa, "otto", "It's forty lines of Python and a weather forecast, but I'll pass it on.",
  "social")
P(pw5, "nightjar", "Leeds −7 on a Friday the 13th. Of course.", "social")
af2 = R("aurafund@causes.social", "02-13 11:00",
        "Thank you! Our February appeal for the teenage migraine studies has reached £8,420 of "
        "£10,000. If you can help us over the line: aurafund.org/teens 💜 #MigraineAwareness",
        "marketing")
P(af2, "marguerite",
  "Passed it on to my daughter's school nurse. She'd never heard of anyone studying migraine in "
  "teenagers.", "social")
P(af2, "rowan_ot", "Shared with the OT team too.", "social")
fl = R("fliss", "02-13 19:30",
       "First week on spoonfolk and it's the first place I've posted about #migraine where the "
       "replies are people and not shops. For the first two days they weren't, so thank you "
       "juniper.", "social")
P(fl, "juniper", "Welcome, Fliss. That's the whole job.", "social")
P(fl, "nightjar", "Welcome! Bring snacks and dark glasses.", "social")


# =====================================================================================
# README
# =====================================================================================

TITLE = ("# bots-fresh6: shirt-scam bot pairs, ticket-scam bots, 'AI summary' bots, a "
         "review-bombing ring, scraper pingbacks and supplement bots on a hashtag")

INTRO = """Six hand-written scenario streams, one JSON-lines file each, in time order. Most posts are ordinary people talking. Mixed in are automated accounts (a pair of bots that ask and answer 'where did you get that shirt' under fans' photos, ticket-resale scam bots under a sold-out tour, 'AI summary' bots under a spice shop's videos, a ring of one-star bots on a restaurant's posts and an extortionate 'review removal' bot, scraper sites' pingbacks on a weather blog, and supplement bots on a #migraine tag), five automated accounts that are not spam (AutoModerator's reminder, a fan's resale-listing bot, a county's inspection feed, a weather station's nightly summary and a pressure-alert bot), human spammers (a record dealer, a ticket tout, an affiliate-link poster, a seller of fake reviews, a weather-station review site, an essential-oils seller), and brands (a band, a ticket seller, an arena, a spice shop, a cookware maker, a restaurant and its rival, an instruments shop, a migraine charity, a headache-diary app) speaking in their own channels or answering people who asked. Labels follow `data/LABELS.md`."""

WHO = """A helper session (an AI assistant started from a session of this project) wrote every text in this folder by hand, for this evaluation set. It read `data/LABELS.md`, `bench/bots-fresh5/README.md` (layout, fields, conventions and the scenarios already covered by bots-fresh to bots-fresh5), `bench/bots_fresh.py` (only to see which files and fields it reads and how it uses `authors.tsv`) and the first five lines of `bench/bots-fresh5/blog_comment_spam_run.jsonl` (the post schema). Beyond that brief it also looked at the first two lines of each of the other five bots-fresh5 streams and the first three lines of its `authors.tsv` (to see each platform's id shape and the two-column form), listed the file names in `bench/` and `bench/bots-fresh5/`, and ran `git status`. It read no discern code, tests, data, other check sets, earlier `generate.py` files or anything under `/work/shared`. It did not build or run discern or `bench/bots_fresh.py`: the only things run were this `generate.py`, a throwaway check script kept outside the repository (every line parses, required fields present, ids unique, parents exist and come earlier, time order, labels valid, every author in `authors.tsv` with a valid role) and a throwaway listing of the generated streams (to review the timing), both then deleted, plus a Python one-liner to look up weekdays. Nothing outside `bench/bots-fresh6/` was written and nothing was committed."""

ROLE_NOTES = """The role is the ground truth for automation scoring: `bot` means automated. Humans are `person`, `prolific_person`, `brand` or `spammer` (a human spammer). Author names are unique across the six files, so the two-column form applies to every file. The moderator, the subreddit's fans, the restock bot's owner, the reporter, the blogger, the neurologist and the instance admin are individuals (`person`). The band, the ticket seller, the arena, the spice shop, the cookware maker, the restaurant and its rival, the instruments shop, the migraine charity and the diary app are `brand`. `AutoModerator`, `@lantern_restock`, `kestley-inspections.bsky.social`, `Cobb Rise Station` and `pressurewatch` are `bot` although none of their posts is spam. The four scraper sites that send pingbacks are each a `bot` author under the site name their pingbacks carry. `@MirasSpiceTin`, `@CassRowanMusic`, `@TixGate` and `alderandash.com` publish some posts from a schedule, to the second, but people write every post and answer by hand, so they are `brand`, not `bot`. `Notes from the Levels`, whose single pingback WordPress sent for it, is the blog of a person (`Gwen Tilley`, who also comments under her own name) and is `person`."""

FIELDS = """As in `bench/bots-fresh5`: `id`, `text`, `author`, `created_at` (RFC 3339, UTC, whole seconds), `platform` (`reddit`, `x`, `youtube`, `bluesky`, `blog`, `mastodon`), `kind` (`post` = thread root, `reply` otherwise), `thread_id` (the root's id), `parent_id` (replies only: the post answered; left out on roots), `expected` (`social` / `marketing` / `spam`). Blog comments also have `author_url` (the comment form's website field, where the commenter gave one) and `author_email`; pingbacks have `author_url` (the linking page) and no `author_email`, as WordPress stores them, and their text is the linking page's excerpt between `[…]` marks. The station's summaries and Alun's posts are the blog's roots and have neither. A Reddit root's text is its title, a blank line, then its body; a blog post's text is its title, a blank line, then the opening of the post; a YouTube video's text is its title, a blank line, then its description. Mastodon authors on the home instance (spoonfolk.social) are bare names; authors from other servers are `name@server`. Bluesky authors are handles (one a custom domain, `alderandash.com`). YouTube and X authors are `@handles`. Reddit authors are user names without `u/`, `AutoModerator` included.

Ids look like each platform's and grow with time: X snowflakes, Mastodon ids, Bluesky `at://did:plc:…/app.bsky.feed.post/<tid>` URIs, Reddit `t3_`/`t1_`, WordPress `post-N`/`comment-N` (pingbacks are comments). YouTube ids are random, as YouTube's are: an 11-character video id, `Ugkx…` for community posts, `Ug…4AaABAg` for top-level comments and `<top-level id>.<22 characters>` for replies (a reply's `parent_id` is the comment it answers, which may itself be a reply). The Tuesday videos' pinned 'Tin Tuesday' comments are top-level comments by the channel."""

PROVENANCE = """Every text was written fresh, by hand, for this set; nothing was copied from a dataset, website or another check set. The scam shapes (the shirt question and its answer, 'I have 2 tickets I can't use anymore', the bulleted 'AI Summary', the one-star ring and the 'review removal' offer, the `[…] excerpt […]` pingback, the hashtag-stuffed supplement ad) imitate well-known patterns in newly written words. All people, handles, bands, songs and albums (Saltmarrow, Chalk and Signal, Winter Pier; Cass Rowan, The Lantern Hours), businesses, products (MagnaCalm, VitaLeaf, the Carbon 24 pan, NoteDeck, RecapBuddy, Headlog), storms (Hesper), places (Brenmouth, Kestley, Mill St, Cobb Rise, the Foxhall), domains, e-mail addresses and phone numbers are invented. The phone number is in the 555-01xx range. Domains were made up with ordinary endings (.com, .co.uk, .org, .net, .info, .io, .app, .shop, .store, .blog, .link, .online, .club, .social, .town, .nl, .org.uk) and were not checked against any registry; `alderandash.com` is also a Bluesky handle. Real services and places are named only in passing (Reddit's AutoModerator, X, Bluesky, YouTube, WordPress, PayPal, Bandcamp, Python, Maine, Portland, Providence, New Haven, Albany, Hartford, Bangor, Mexico City, Melbourne, Sydney, Brisbane, Leeds, Dublin, Belfast, Glasgow, Manchester, London, Amsterdam, Zeeland, Ibadan, Hyderabad, Denver, Salem)."""

SCENARIO_INTRO = """Chosen to differ from those covered before: the six streams of `bench/bots-fresh5` (a sockpuppet ring praising a grinder on Reddit, a broadband provider's auto-responder and a competitor's keyword bot on X, job-scam bots on YouTube, fake earthquake-relief funds on Bluesky, an overnight rotating-name comment-spam run on a blog, follow-back bots and a headline relay on Mastodon) and those its README says bots-fresh to bots-fresh4 used (a vacuum reply bot, a crypto scam swarm, an LLM-worded reply guy, a YouTube comment farm, a bike shop with a prolific regular, an election thread with slogan bots, a reply guy plugging a SaaS, a growth bot's template posts, an airline's impersonator warning, a giveaway impersonator, an affiliate bot in a buying-advice subreddit, heat-wave keyword bots, a quote bot and airdrop bots, late link drops on an allotment blog, art-scam bots, among others). Here the Reddit bots work in pairs, one planting a question for the other; the X bots sell tickets that do not exist; the YouTube bots post on-topic summaries to push an app; the Bluesky bots attack a business with fake complaints rather than praise anything; the blog's spam is machine pingbacks, not comments; and the Mastodon bots ride a hashtag, beside a bot that uses the same tag and sells nothing. The fan community that names its band in every post, the scheduled posts of a spice shop and a restaurant, and the automated resale, inspection, station and pressure feeds are there as look-alikes that are not spam."""

HARD = [
    ("A planted question (Reddit)",
     "`Keen_Otter_4417`'s and `Sudden_Lamp_2083`'s 'omg I need this shirt, where can I buy it??' are `spam`, although the text alone is a question any fan might ask: each is the first half of a pair whose partner (`Plastic_Heron_9921`, `Mossy_Quill_5560`) answers within half a minute to three minutes with a fake store (LABELS: deceptive, automated, undisclosed tie). The pattern gives them away: the question comes under every photo post, under an album cover with no shirt in it, under a shirt a fan printed by hand and under a photo captioned 'No shirts in this photo'. `Mossy_Quill_5560`'s 'Sorry that happened! Try saltmarrow-official.shop instead' under a scam victim's comment is `spam` too. Fans who point out the fake store (`deep_cut_dev`) are `social`."),
    ("A fan community that names its band in every post (Reddit)",
     "Nearly every fan post says 'Saltmarrow' ('the most Saltmarrow thing I've ever heard of', 'such a Saltmarrow title', 'Dads at Saltmarrow shows'), and one fan says she pre-ordered the vinyl. All of it is `social`: many different people, each with their own experience (a first sober year, a father at his first gig, a bass tone on a budget), with no link, no code and no tie to the band. A repeated brand name alone is not a sockpuppet ring. `setlist_sadie`, who answers within minutes and keeps the setlist archive, is a prolific human."),
    ("The band in its fans' subreddit (Reddit)",
     "`SaltmarrowBand`'s album announcement, its AMA post and its answers in the AMA ('Breakwater, by a mile. We did thirty takes and used the second', 'Dom has a gannet tattoo now', 'A very long book about lighthouses', 'This one made the whole van go quiet') are `marketing`: a brand talking about its own work in a thread about it, however friendly (LABELS: a brand speaking in its own channel). A reader could call the AMA answers `social`. `AutoModerator`'s reminder (a `bot`) is `social`: a moderation notice with no commercial motive, although it names the official store. The moderator's removals and bans are `social`; `rarepress_ray` (a human, role `spammer`) dropping his record shop under the band's threads, once with a false 'sold out', is `spam`."),
    ("Ticket-scam bots (X)",
     "Every post by `@lucy_harperx7`, `@lucy_harper_x8`, `@mattyyy_jr` and `@amberr_lees_` is `spam`, although each reads like a fan with a spare ('I have 2 standing tickets for Brenmouth I can't use anymore 😭 selling at face value, DM me'). They answer within twenty seconds to four minutes at any hour, offer tickets two days before any were sold and for a new date within minutes of its announcement, and post under the ticket seller's scam warning, under people who have just got tickets, under the restock bot's listings and under a fan who has just lost £180 to one of them. `@ticketking_dean`, a human tout ('DM for prices 💸'), is `spam`."),
    ("A fan's spare ticket and a fan's restock bot (X)",
     "`@gemmaxcx` putting her own Glasgow ticket on the official exchange at face value ('Please don't DM me for it') is `social`: a person passing on a spare at no profit by the official route; a reader could call it `marketing` (an offer to sell). `@lantern_restock` (a `bot`) posts every face-value listing on the exchange, with its link, within seconds, day and night: `social`, news passed on by a fan with no commercial motive ('Not affiliated with Cass or TixGate'); a strict reading could call it `marketing` for the ticket seller. Its owner `@ryan_sound`'s explanation is `social`. `@TixGate`'s on-sale post, warnings, statement and answers, `@CassRowanMusic`'s announcements and its answer about ages, and `@BrenmouthArena`'s posts are `marketing`."),
    ("'AI summary' bots (YouTube)",
     "`@NoteDeck-Summaries` and `@RecapBuddyAI` are `spam` on every post, although their bullet points are on topic: they are automated, unsolicited and each ends with a link to the bot's own app. They post one to six minutes into a premiere of 15 to 20 minutes, summarise three-line community posts, and answer viewers' questions 'according to the video' with the opposite of what the video says (saffron that turns water yellow instantly, a '£90 pan that wins every test'). `@kitchenkit_jules` (a human) answering people with `?ref=jules22` affiliate links is `spam` (LABELS: undisclosed tie)."),
    ("A shop's own channel (YouTube)",
     "Every post by `@MirasSpiceTin` is `marketing`, the dal video with no shop link, her story about Mrs Sethi ('She's 84 and still comes in every Thursday') and her saffron advice included: the channel is the shop's, and a brand speaking in its own channel is `marketing` even when it is friendly and useful. A reader could call the recipe video and the chat `social`. Her posts go up to the second (17:00:00 premieres, 'Tin Tuesday' pinned 41 seconds later, community posts at 08:00:00 and 10:00:00), but she is a `brand`, not a `bot`. `@HearthlineCookware`, the disclosed sponsor, answering a question about its pan under the sponsored video is `marketing`. `@marco_eats_late`, who used the code and bought saffron with no tie to the shop, is `social`."),
    ("A one-star ring (Bluesky)",
     "Every reply by `rachel-mills84`, `dtorres-kestley`, `jennab-eats`, `markholloway1` and `kestleyfoodtruth` is `spam`: invented complaints (a hair, food poisoning, a raw steak), coordinated and automated, placed in the restaurant's threads and in threads that name it, some steering readers to a rival ('try Brightgrill'). They are not ads for anything of their own, so a reader could hesitate; LABELS' tests that decide it are deceptive, automated and breaking the conversation. `reviewshield-pro` (a `bot`) offering to remove the reviews for a fee and `danny-localseo` (a human) selling fifty five-star reviews are `spam`. `priya-nandakumar`'s real complaint about a fifty-minute wait is `social` (LABELS: a consumer's complaint), and so is her follow-up."),
    ("The restaurant, its rival, the county and the reporter (Bluesky)",
     "`alderandash.com`'s scheduled specials (10:30:00), its statement about the ring, its apology to Priya, its answers (a phone number to the reporter, 'No thanks' to the fake-review seller, thanks to the rival) and its update are `marketing`: a business in its own channel or answering people who addressed it. A reader could call the statement `social`. `brightgrill-kestley` saying the bots are nothing to do with it, and praising its rival's lamb, is `marketing` (a brand in its own channel). `kestley-inspections` (a `bot`) posting the county's inspection scores is `social`: public information passed on. `leah-okafor` sharing her own story with its link is `social` (a reporter passing on news, as in `bench/bots-fresh5`)."),
    ("Pingbacks (blog)",
     "The four scraper sites' pingbacks ('[…] The barograph trace from Saturday looks like someone dropped it down the stairs […]') are `spam`: automated, sent within minutes at any hour, the midnight summaries included, each a sentence of Alun's own post linking to a page that copies it beside adverts. The pingback from `Notes from the Levels` has the same shape but is `social`: a real blog discussing the post in its own words, sent the next morning. Its author is a `person`, although WordPress sent the pingback for her."),
    ("An automated station and a human link dropper (blog)",
     "`Cobb Rise Station`'s nightly summaries (a `bot`, posted at 00:05 to the second) are `social`: data passed on with no commercial motive. `Derek Holt` (a human, role `spammer`) leaving a link to his weather-station review site under each post ('Great data! … results here') is `spam`: a link to the commenter's own site. `Alun Marsh` naming Isobar Instruments as the shop he uses, with no connection, is `social`; `Isobar Instruments` answering Ruth, who asked where to buy a funnel, with a price and an address is `marketing` (a business answering a request)."),
    ("A hashtag shared by a spam bot and a useful bot (Mastodon)",
     "`calmroot@wellnesspost.shop` and `vitaleaf@herbalnook.online` are `spam` on every post: their own hashtag-stuffed ads, and replies to anything tagged #migraine (a woman on day three of an attack, a mother whose fourteen-year-old had her first aura, a charity's appeal, a post at 02:50, `pressurewatch`'s alerts). `pressurewatch` (a `bot`) uses the same #migraine tag and posts at 06:00 to the second, but its alerts are `social`: information for members, no product, no link, no replies. A post without the tag gets no bot reply."),
    ("Supplements talked about by people (Mastodon)",
     "`deniz` naming the cheap magnesium she buys ('No connection to anyone selling it') and `dr_ayla_brandt@medics.town` explaining which forms to try are `social` (LABELS: a person recommending a product they use, with no tie). `kasia_glow@sunnyfeed.club` (a human, role `spammer`) selling oils with 'DM me, code KASIA15' is `spam` (an undisclosed tie and a referral code). The admin's notes and suspensions are `social`."),
    ("A charity and an app (Mastodon)",
     "`aurafund@causes.social`'s appeals and its thank-you are `marketing` (a cause asking for money). `headlog@apps.social` answering a user who @-mentioned it about lost diary entries is `marketing` (a brand's customer service), and `lottie`'s bug report and thanks are `social`."),
    ("Prolific humans",
     "`setlist_sadie` (answers within minutes until two in the morning, Pacific time), `@rowanite_hollie` (queue numbers and advice from six to half past one), `@ottilie_cooks_at_80` (every premiere, from half past five), `jun-eats-kestley.bsky.social` (checks the bots' account ages within minutes, till one), `Bryony Vale` (first under most posts and summaries, from a quarter to six) and `nightjar` (answers within minutes, and up at three with an attack) are human; all their posts are `social`."),
]


def fmt_win(a):
    s, e = a.win_text
    if hours(e) > 24:
        h, m = e.split(":")
        e = f"{int(h) - 24:02d}:{m}"
    return f"{s}-{e}"


def timing_section():
    lines = ["Timing model (see `generate.py`):",
             "- Thread roots, and replies that the story needs at a given moment, have hand-set "
             "local times in the author's time zone (Reddit: US Eastern, UTC-5, with fans in "
             "Pacific, Central, UK and Australian time; X and YouTube: UK, UTC+0, with viewers in "
             "Denver, India and the Netherlands; Bluesky: US Pacific daylight time, UTC-7; blog: "
             "UK; Mastodon: UK and Ireland, with some members at UTC+1). Scheduled posts are set "
             "to the second: `@CassRowanMusic` at 12:00:00 and 11:00:00, `@TixGate` at 10:00:04, "
             "`@MirasSpiceTin`'s premieres at 17:00:00 and pinned offers at 17:00:41, its "
             "community posts at 08:00:00 and 10:00:00, `alderandash.com`'s specials at 10:30:00 "
             "and its week-ahead post at 16:00:00, `kestley-inspections` and `pressurewatch` a "
             "few seconds after 06:00, `Cobb Rise Station` 11-15 s after 00:05, "
             "`@lantern_restock` 14-40 s after each listing appears, and the supplement bots' "
             "ads on the minute; the one-star ring's first wave at 01:12-01:38. Humans' "
             "hand-set times get random seconds."]
    per = defaultdict(list)
    for s in SCENARIOS:
        for n in s.authors:
            per[AUTHORS[n].role].append(AUTHORS[n])
    meds = ", ".join(f"`{a.name}` {a.med} min" for a in per["person"] if a.med is not None)
    lines.append(
        "- `person`: each reply's delay after the post it answers (or the latest post it "
        "refers to) is log-normal with sigma 1, kept within 0.2-8 times the median; the median "
        "is " + ", ".join(f"{v} min on {k}" for k, v in MEDIAN.items())
        + f", with per-author medians for some ({meds}). Some replies have a set delay range "
        "instead: viewers who watch a whole premiere before commenting comment 16-40 minutes "
        "after it starts, and a few story replies are set 2-200 minutes after the post. The "
        "reply is then moved into the author's waking window (07:30-23:00 local unless set: "
        + ", ".join(f"`{a.name}` {fmt_win(a)}" for a in per["person"]
                    if a.win_text != DEFAULT_WIN["person"]) + ").")
    lines.append(
        "- `prolific_person`: log-normal, sigma 0.8, median "
        + ", ".join(f"{a.med} min for `{a.name}` ({fmt_win(a)})" for a in per["prolific_person"])
        + ".")
    lines.append(
        "- `brand`: log-normal, sigma 0.8, only in staffed hours: "
        + ", ".join(f"`{a.name}` median {a.med} min, {fmt_win(a)}"
                    + (" on weekdays" if a.weekdays else "") for a in per["brand"]) + ".")
    lines.append(
        "- `spammer` (human): log-normal, sigma 1, in waking hours: "
        + ", ".join(f"`{a.name}` median {a.med} min ({fmt_win(a)})" for a in per["spammer"])
        + ".")
    bots = [a for a in per["bot"] if a.bot]
    lines.append(
        "- `bot`: a log-uniform delay between bounds set for each bot, at any hour: "
        + "; ".join(f"{a.bot[0]} s-{a.bot[1]} s for `{a.name}`" for a in bots)
        + ". A pair bot's delay counts from its partner's question. `@lantern_restock`, "
        "`kestley-inspections`, `Cobb Rise Station` and `pressurewatch` only post roots, at "
        "the set times above.")
    return "\n".join(lines)


def table(head, rows):
    out = ["| " + " | ".join(head) + " |",
           "|" + "|".join("---" if i == 0 or h in ("scenario", "file", "role") else "---:"
                          for i, h in enumerate(head)) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def readme(streams):
    L = [TITLE, "", INTRO, "",
         "Run it: `BOTS_DIR=bench/bots-fresh6 python3 bench/bots_fresh.py` (after building "
         "discern; the harness defaults to `target/release/discern`).", "",
         "## Who wrote it, what was read, what was run", "", WHO, "", "## Files", ""]
    rows, tot = [], Counter()
    for s in SCENARIOS:
        recs = streams[s.file]
        c = Counter(r["expected"] for r in recs)
        na = len({r["author"] for r in recs})
        rows.append([f"`{s.file}`", s.title, len(recs), c["social"], c["marketing"], c["spam"],
                     na])
        tot.update(c)
        tot["posts"] += len(recs)
        tot["authors"] += na
    rows.append(["**total**", "", tot["posts"], tot["social"], tot["marketing"], tot["spam"],
                 tot["authors"]])
    L.append(table(["file", "scenario", "posts", "social", "marketing", "spam", "authors"],
                   rows))
    roles = Counter(a.role for a in AUTHORS.values())
    L += ["", f"- `authors.tsv`: `author<TAB>role` for all {len(AUTHORS)} authors ("
          + ", ".join(f"{roles[r]} {r}" for r in ROLES) + "). " + ROLE_NOTES,
          "- `generate.py`: holds every text and writes all files, this README included "
          "(`python3 bench/bots-fresh6/generate.py`).", "", "Authors per role, per file:", ""]
    L.append(table(["file"] + list(ROLES),
                   [[f"`{s.file}`"] + [sum(AUTHORS[n].role == r for n in s.authors)
                                       for r in ROLES] for s in SCENARIOS]))
    L += ["", "Posts by author role, per file:", ""]
    L.append(table(["file"] + list(ROLES),
                   [[f"`{s.file}`"] + [sum(AUTHORS[x["author"]].role == r
                                           for x in streams[s.file]) for r in ROLES]
                    for s in SCENARIOS]))
    L += ["", "Labels of the posts by each role, all files together:", ""]
    by = Counter((AUTHORS[x["author"]].role, x["expected"])
                 for s in SCENARIOS for x in streams[s.file])
    L.append(table(["role"] + list(LABELS), [[r] + [by[(r, l)] for l in LABELS] for r in ROLES]))
    L += ["", "## Fields", "", FIELDS, "", "## Provenance", "", PROVENANCE, "",
          f"`generate.py` (python3, standard library only, seed {SEED}) lays the texts out in "
          "time, assigns the ids, checks the streams and writes the files, so the output is the "
          "same on every run.", "", "## Timing", "", timing_section(), "", "## Scenarios", "",
          SCENARIO_INTRO, ""]
    for s in SCENARIOS:
        L += [f"### `{s.file}`: {s.title}", "", s.summary, ""]
    L += ["## Hard cases", "", "Cases where LABELS.md was hard to apply, and what was chosen:", ""]
    for n, (head, body) in enumerate(HARD, 1):
        L.append(f"{n}. **{head}.** {body}")
    return "\n".join(L) + "\n"


def main():
    streams = {}
    for s in SCENARIOS:
        recs = build(s)
        check(s, recs)
        streams[s.file] = recs
    ids = [r["id"] for recs in streams.values() for r in recs]
    assert len(ids) == len(set(ids))
    for s in SCENARIOS:
        with open(os.path.join(HERE, s.file), "w", encoding="utf-8") as f:
            for r in streams[s.file]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        for s in SCENARIOS:
            for n in s.authors:
                f.write(f"{n}\t{AUTHORS[n].role}\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(streams))
    for s in SCENARIOS:
        c = Counter(r["expected"] for r in streams[s.file])
        print(f"{s.file}: {len(streams[s.file])} posts, {dict(c)}")


if __name__ == "__main__":
    main()
