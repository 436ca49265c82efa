#!/usr/bin/env python3
"""Writes bench/bots-fresh9/: six hand-written scenario streams (JSON lines), authors.tsv and
README.md. Every text is in this file. Standard library only; the output is the same on every
run (seed below). Run: python3 bench/bots-fresh9/generate.py
"""
import collections
import datetime as dt
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207
RNG = random.Random(SEED)
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ROLES = ("bot", "brand", "person", "prolific_person", "spammer")
LABELS = ("social", "marketing", "spam")
UTC = dt.timezone.utc


def hm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


class Author:
    def __init__(self, name, role, median=None, window=None, tz=None, weekdays=False,
                 bounds=None, sigma=None, note=None):
        self.name, self.role = name, role
        self.median, self.window, self.tz = median, window, tz
        self.weekdays, self.bounds, self.sigma, self.note = weekdays, bounds, sigma, note


class Entry:
    pass


class Stream:
    def __init__(self, fname, platform, title, tz, monday, default_median, summary=""):
        self.fname, self.platform, self.title = fname, platform, title
        self.tz, self.monday, self.default_median = tz, monday, default_median
        self.authors = collections.OrderedDict()
        self.entries = collections.OrderedDict()
        self.triggers = []      # (bot, predicate, start, end, description)
        self.summary = summary

    # ---- authors -----------------------------------------------------------------------
    def who(self, name, role, **kw):
        assert role in ROLES, role
        assert name not in self.authors, name
        self.authors[name] = Author(name, role, **kw)

    # ---- time helpers ------------------------------------------------------------------
    def local(self, spec):
        """'Tue 14:05' (random seconds) or 'Tue 14:05:07' (exact), in the stream's zone."""
        day, clock = spec.split()
        week = 0
        if day.endswith("2"):          # 'Mon2': the second week of a two-week stream
            day, week = day[:-1], 7
        parts = [int(x) for x in clock.split(":")]
        sec = parts[2] if len(parts) == 3 else RNG.randrange(60)
        base = dt.datetime.combine(self.monday, dt.time(0, 0), tzinfo=UTC)
        t = base + dt.timedelta(days=DAYS.index(day) + week, hours=parts[0], minutes=parts[1],
                                seconds=sec)
        return t - dt.timedelta(hours=self.tz)

    def move_into_window(self, a, t):
        tz = a.tz if a.tz is not None else self.tz
        start, end = (hm(x) for x in a.window) if a.window else (hm("07:30"), hm("23:00"))
        for _ in range(20):
            loc = t + dt.timedelta(hours=tz)
            m = loc.hour * 60 + loc.minute
            inside = (start <= m < end) if start < end else (m >= start or m < end)
            if a.weekdays:
                wd = loc.weekday() if not (start > end and m < end) else (loc.weekday() - 1) % 7
                inside = inside and wd < 5
            if inside:
                return t
            # go to the next window start
            nxt = loc.replace(hour=start // 60, minute=start % 60, second=0)
            if nxt <= loc:
                nxt += dt.timedelta(days=1)
            if a.weekdays:
                while nxt.weekday() >= 5:
                    nxt += dt.timedelta(days=1)
            t = nxt - dt.timedelta(hours=tz) + dt.timedelta(seconds=RNG.uniform(0, 2400))
        raise AssertionError("no window for " + a.name)

    def default_delay(self, a):
        if a.role == "bot":
            lo, hi = a.bounds
            return math.exp(RNG.uniform(math.log(lo), math.log(hi))), False
        if a.role == "prolific_person":
            med, sig = a.median * 60, a.sigma or 0.8
        elif a.role == "brand":
            med, sig = a.median * 60, a.sigma or 0.8
        else:
            med, sig = (a.median or self.default_median) * 60, a.sigma or 1.0
        d = med * math.exp(RNG.gauss(0, sig))
        return min(max(d, 0.2 * med), 8 * med), True

    # ---- posts -------------------------------------------------------------------------
    def post(self, key, author, label, text, at, **extra):
        self._add(key, None, author, label, text, at=at, extra=extra)

    def reply(self, key, parent, author, label, text, at=None, delay=None, after=None, **extra):
        self._add(key, parent, author, label, text, at=at, delay=delay, after=after, extra=extra)

    def _add(self, key, parent, author, label, text, at=None, delay=None, after=None, extra=None):
        assert key not in self.entries, key
        assert author in self.authors, (self.fname, author)
        assert label in LABELS, label
        e = Entry()
        e.key, e.parent, e.author, e.label, e.text, e.extra = key, parent, author, label, text, extra
        a = self.authors[author]
        e.exact = at is not None and at.count(":") == 2
        e.story = at is not None or delay is not None
        if at is not None:
            e.time = self.local(at)
        else:
            refs = [parent] + ([after] if isinstance(after, str) else list(after or []))
            base = max(self.entries[r].time for r in refs)
            if delay is not None:
                lo, hi = delay
                e.time = base + dt.timedelta(seconds=math.exp(RNG.uniform(math.log(lo),
                                                                          math.log(hi))))
            else:
                d, move = self.default_delay(a)
                t = base + dt.timedelta(seconds=d)
                if move and a.role != "bot":
                    t = self.move_into_window(a, t)
                elif a.window:
                    t = self.move_into_window(a, t)
                e.time = t
        e.time = e.time.replace(microsecond=0)
        if parent is not None:
            assert parent in self.entries, (key, parent)
            e.root = self.entries[parent].root
        else:
            e.root = key
        self.entries[key] = e

    def trigger(self, bot, predicate, start, end, description):
        self.triggers.append((bot, predicate, self.local(start + ":00"), self.local(end + ":00"),
                              description))


# ---- ids ----------------------------------------------------------------------------------
B32S = "234567abcdefghijklmnopqrstuvwxyz"
YT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def b36(n):
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = B36[r] + s
    return s


def ms(t):
    return int(t.timestamp() * 1000) + RNG.randrange(1000)


def assign_ids(stream, ordered):
    p = stream.platform
    dids = {}
    counters = {"comment": None, "post": None}
    last = {"t3": 0, "t1": 0}
    used = set()
    for e in ordered:
        if p == "x":
            i = str(((ms(e.time) - 1288834974657) << 22) | RNG.getrandbits(22))
        elif p == "mastodon":
            i = str((ms(e.time) << 16) | RNG.getrandbits(16))
        elif p == "bluesky":
            if e.author not in dids:
                dids[e.author] = "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz234567")
                                         for _ in range(24))
            us = int(e.time.timestamp()) * 1000000 + RNG.randrange(1000000)
            v = (us << 10) | RNG.getrandbits(10)
            tid = ""
            for _ in range(13):
                v, r = divmod(v, 32)
                tid = B32S[r] + tid
            i = "at://did:plc:%s/app.bsky.feed.post/%s" % (dids[e.author], tid)
        elif p == "reddit":
            secs = (e.time - dt.datetime(2026, 3, 2, tzinfo=UTC)).total_seconds()
            if e.parent is None:
                n = max(3944185527 + int(secs * 2) + RNG.randrange(40), last["t3"] + 1)
                last["t3"] = n
                i = "t3_" + b36(n)
            else:
                n = max(52774213062 + int(secs * 15) + RNG.randrange(300), last["t1"] + 1)
                last["t1"] = n
                i = "t1_" + b36(n)
        elif p == "blog":
            kind = "post" if e.parent is None else "comment"
            if counters[kind] is None:
                counters[kind] = {"post": 2211, "comment": 14870}[kind]
            counters[kind] += 1 if kind == "post" else RNG.randrange(1, 4)
            i = "%s-%d" % (kind, counters[kind])
        elif p == "youtube":
            if e.parent is None:
                if e.extra.get("yt") == "community":
                    i = "Ugkx" + "".join(RNG.choice(YT[:62]) for _ in range(32))
                else:
                    i = "".join(RNG.choice(YT) for _ in range(11))
            elif stream.entries[e.parent].parent is None:
                i = ("Ug" + RNG.choice("wxyz") + "".join(RNG.choice(YT[:62]) for _ in range(19))
                     + "4AaABAg")
            else:
                top = stream.entries[e.parent]
                while top.parent is not None and stream.entries[top.parent].parent is not None:
                    top = stream.entries[top.parent]
                i = top.id.split(".")[0] + "." + "".join(RNG.choice(YT[:62]) for _ in range(22))
        else:
            raise AssertionError(p)
        assert i not in used
        used.add(i)
        e.id = i


# =========================================================================================
# 1. Reddit: 'I found your pet' scam bots in a city's lost-pets subreddit
# =========================================================================================
def reddit_lost_pets():
    s = Stream("reddit_lost_pets_finder_scam.jsonl", "reddit",
               "Reddit: 'I found your pet, send me the code' scam bots answering every lost-pet "
               "post in a city's lost-pets subreddit, beside a shelter-intake feed bot and a "
               "reminder bot", -7, dt.date(2026, 5, 11), 45)
    w = s.who
    w("BrennockShelterFeed", "bot", note="posts the shelter's new stray intakes every morning at "
      "08:00 from the city's open data; never replies")
    w("NudgeMeBot", "bot", bounds=(3, 20), note="answers every comment that says !nudgeme")
    w("kayla_m_rivers", "bot", bounds=(200, 1400))
    w("brandon_oakes_22", "bot", bounds=(300, 1800))
    w("sandra_bly_54", "bot", bounds=(150, 1200))
    w("jess_a_carter_7", "bot", bounds=(240, 1500))
    w("psychic_marisol", "spammer", median=60, window=("09:00", "21:00"), tz=-5)
    w("BrennockAnimalSvcs", "brand", median=45, window=("09:00", "17:30"))
    w("ChipHomeRegistry", "brand", median=90, window=("08:00", "17:00"), tz=-5, weekdays=True)
    w("route9_gus", "prolific_person", median=5, window=("05:00", "00:30"))
    w("mod_juniper_h", "person", median=40, window=("07:00", "23:30"))
    w("marisa_and_pickles", "person", median=30, window=("06:00", "23:30"))
    w("dev_nguyen_brk", "person", median=30, window=("07:00", "01:30"))
    w("hank_nights_rn", "person", median=30, window=("19:00", "11:00"))
    w("grace_runs_brk", "person", median=25, window=("05:15", "22:00"))
    w("lina_fosters", "person", median=30, window=("07:00", "23:00"))
    w("ferret_dad_mike", "person", median=40, window=("07:30", "23:30"))
    w("tomas_r_brk", "person", median=50, window=("07:00", "23:00"))
    w("ben_okoro", "person", median=35, window=("06:30", "00:00"))
    w("kit_petrakis", "person", median=60, window=("07:30", "22:30"))
    w("priya_three_cats", "person", median=35, window=("07:30", "00:30"))
    w("nora_and_shelly", "person", median=45, window=("07:00", "22:00"))
    w("callum_w_brk", "person", median=40, window=("07:30", "23:30"))
    w("jules_on_alder", "person", median=30, window=("08:00", "01:00"))
    p, r = s.post, s.reply

    def lost(e):
        return e.parent is None and e.text.startswith("LOST")

    def lost_cat(e):
        return lost(e) and "CAT" in e.text.split("\n")[0].upper()
    s.trigger("kayla_m_rivers", lost, "Mon 00:00", "Tue 09:00", "every LOST post")
    s.trigger("brandon_oakes_22", lost_cat, "Mon 00:00", "Tue 09:00", "every LOST CAT post")
    s.trigger("sandra_bly_54", lost, "Tue 18:00", "Thu 12:00", "every LOST post")
    s.trigger("jess_a_carter_7", lost, "Thu 18:00", "Sat 23:59", "every LOST post")
    s.trigger("NudgeMeBot", lambda e: "!nudgeme" in e.text and e.author != "NudgeMeBot",
              "Mon 00:00", "Sat 23:59",
              "every comment saying !nudgeme")

    # ---- Monday
    p("feed1", "BrennockShelterFeed", "social",
      "New strays at Brennock Animal Services, Mon 11 May (3)\n\n"
      "- Dog, male, adult, black lab mix, red collar, no tags. Found: Quarry Rd & 14th. ID A48102\n"
      "- Cat, female, young, calico, no chip. Found: Fennel Ct. ID A48105\n"
      "- Rabbit, lop, brown. Found: Larkspur Park. ID A48107\n\n"
      "Photos and hold times: brennockanimals.gov/found\n\n"
      "^(I'm a volunteer's bot. I post the shelter's new intakes every morning from the city's "
      "open data. Stray holds are 72 hours; claim in person with a photo of your pet.)",
      at="Mon 08:00:04")
    r("feed1a", "feed1", "route9_gus", "social",
      "That lab on Quarry Rd was loose around the middle school all weekend. Glad somebody got a "
      "lead on him.")

    p("pickles", "marisa_and_pickles", "social",
      "LOST: Pickles, 9 y/o beagle mix, grey muzzle, Larkspur Park east side, Sunday evening\n\n"
      "She slipped her harness when a skateboard went past at about 7pm yesterday and bolted "
      "toward the creek path. Friendly but scared of men in hats (long story). Microchipped, "
      "purple collar with a bell. We walked the creek calling her until 1am. Any sighting at all, "
      "please comment. She will come for cheese.", at="Mon 09:14")
    r("pk1", "pickles", "route9_gus", "social",
      "Gus here, I carried route 9 along Larkspur for 22 years. Beagles follow their nose, not "
      "their fear. Check behind the Creekside apartments where the dumpsters are. I'll drive the "
      "loop on my way to coffee.")
    r("pk2", "pickles", "kayla_m_rivers", "spam",
      "Hi! I'm pretty sure I have your dog, she came into my yard this morning by the creek. "
      "Purple collar, she's safe with me and eating. Before I send pics I have to make sure you're "
      "the real owner because someone else already messaged me claiming her. I'll text you a 6 "
      "digit code, just send it back to me. What's your phone number?")
    r("pk3", "pk2", "marisa_and_pickles", "social",
      "Oh thank god!! Can you send a photo first? She has a pink scar on her left ear.",
      delay=(300, 900))
    r("pk4", "pk3", "kayla_m_rivers", "spam",
      "Yes of course I will, I just need to verify first because of the other person. Check your "
      "DMs, I sent you a message. Just send me the 6 numbers that come to your phone and I'll send "
      "pictures right away 🙏", delay=(60, 240))
    r("pk5", "pk4", "mod_juniper_h", "social",
      "u/marisa_and_pickles please don't send anyone a code. That's a scam: the code sets up a "
      "phone number in your name. Someone who really has your dog sends a photo first and asks "
      "for nothing.", delay=(900, 2400))
    r("pk6", "pk5", "marisa_and_pickles", "social",
      "Oh no. I was about to. She won't send a photo and now she's gone quiet. Thank you.",
      delay=(120, 600))
    r("pk7", "pickles", "tomas_r_brk", "social",
      "!nudgeme 3 days\n\nI'm two streets over from the creek and I'll keep looking, want to "
      "check back on this.", at="Mon 10:02:17")
    r("pk8", "pk7", "NudgeMeBot", "social",
      "Okay! I'll send you a message on **Thu 14 May 2026, 10:02 PDT** about this comment.\n\n"
      "^(Others can reply !nudgeme to be reminded too · I'm a reminder bot run by volunteers · "
      "delete this)")

    p("mochi", "dev_nguyen_brk", "social",
      "LOST CAT: Mochi, indoor-only grey tabby, 4 y/o, Fennel Ct (off Alder St)\n\n"
      "She slipped past my roommate on Saturday night and hasn't come back. She has never been "
      "outside, so she's probably hiding within a few houses. Chipped, no collar, kinked tip on "
      "her tail. Her litter box is on the porch, which everyone tells me to do. Please check your "
      "sheds and under your decks.", at="Mon 13:20")
    r("mo1", "mochi", "kayla_m_rivers", "spam",
      "Hi, I think I have your cat! A grey cat has been hiding under my deck since Saturday and "
      "I've been feeding her. I need to verify you're the owner before I give her back, I'll send "
      "a code to your phone, can you send it to me? What's your number?")
    r("mo2", "mochi", "brandon_oakes_22", "spam",
      "I'm so sorry to tell you this but I found a grey tabby hit by a car on Alder last night, "
      "she's alive and at the emergency vet with me now. They need a $250 deposit before they "
      "will do surgery and I've already paid for the exam. Can you send it by any payment app? "
      "Please hurry 🙏")
    r("mo4", "mo2", "dev_nguyen_brk", "social",
      "Which vet? I'll call them right now.", delay=(240, 700))
    r("mo5", "mo4", "route9_gus", "social",
      "u/dev_nguyen_brk the only emergency vet in town is Brennock Animal Hospital on Hwy 9 and "
      "they don't take deposits from strangers for other people's cats. Call them, but I'd bet "
      "this is a scam.", delay=(120, 400))
    r("mo6", "mo5", "dev_nguyen_brk", "social",
      "Called. No grey tabby came in last night. Thanks Gus, I was reaching for my phone.",
      delay=(900, 1800))
    r("mo7", "mochi", "psychic_marisol", "spam",
      "I'm an animal communicator and I connected with Mochi this afternoon 🙏 She is showing me "
      "a dark, cool place with a wooden floor and a smell of gasoline, close to home. She's "
      "frightened but not hurt. For a full reading with directions I charge $35, DM me. Many "
      "happy reunions 💜")
    r("mo8", "mo7", "dev_nguyen_brk", "social",
      "A dark place with a wooden floor. So, under a deck. Which is what everyone in this thread "
      "told me for free.", delay=(1200, 3600))
    r("mo9", "mochi", "lina_fosters", "social",
      "Humane trap. Brennock Animal Services lends them for a $20 deposit, and I've got one in my "
      "car if you're near Alder. Bait it with something smelly and check it every couple of "
      "hours.")
    r("mo10", "mo9", "dev_nguyen_brk", "social",
      "Yes please. Corner of Fennel and Alder, blue door. I'm home all evening.", delay=(600, 1800))

    p("chipq", "ferret_dad_mike", "social",
      "How do I check my ferret's microchip is actually registered to me?\n\n"
      "We adopted Bandit from a rescue two years ago and after reading this sub all week I "
      "realised I have no idea whether his chip is in my name or theirs. Is there a lookup? Does "
      "it cost anything?", at="Mon 16:05")
    r("cq2", "chipq", "ChipHomeRegistry", "marketing",
      "Hi! If Bandit's chip number starts with 985, it's one of ours. Enter it at "
      "chiphome.org/lookup and you'll see whether the contact is you or the rescue. If it's the "
      "rescue, they can transfer it to you for free, or you can start the transfer on the same "
      "page. Happy to help by DM if it gets stuck. — Dee, ChipHome Registry")
    r("cq3", "cq2", "ferret_dad_mike", "social",
      "It's 985! And it's still in the rescue's name with a phone number that doesn't work. "
      "Transfer started, thanks Dee.", delay=(1800, 5400))
    r("cq4", "chipq", "BrennockAnimalSvcs", "marketing",
      "We scan for free at the shelter any day we're open, no appointment needed. And if anyone "
      "needs a chip, Saturday's clinic is $15, ferrets welcome.")

    p("juno", "ben_okoro", "social",
      "LOST: Juno, 3 y/o husky, blue eyes, Rowan Heights, jumped the fence during the "
      "roadwork\n\nThe jackhammers on Rowan started at 4 and she went over a 5 foot fence like it "
      "wasn't there. Grey and white, pink harness, very friendly, will try to eat your sandwich. "
      "She's chipped. Huskies run, so she could be miles away by now. Please call out if you see "
      "her, don't chase.", at="Mon 18:40")
    r("ju1", "juno", "kayla_m_rivers", "spam",
      "Hi! I'm pretty sure I have your dog, she came into my yard this evening. She's safe with me "
      "and eating. Before I send pics I have to make sure you're the real owner because someone "
      "already messaged me claiming her. I'll text you a 6 digit code, just send it back. What's "
      "your phone number?")
    r("ju2", "ju1", "ben_okoro", "social",
      "Which yard? What colour are her eyes?", delay=(200, 600))
    r("ju3", "juno", "route9_gus", "social",
      "Huskies head for open ground. Check the ballfields behind Rowan Elementary and the power "
      "line trail, they love that trail.")
    r("ju4", "juno", "grace_runs_brk", "social",
      "!nudgeme 1 day\n\nI'll run the power line trail tomorrow morning and report back.",
      at="Mon 20:12:40")
    r("ju5", "ju4", "NudgeMeBot", "social",
      "Okay! I'll send you a message on **Tue 12 May 2026, 20:12 PDT** about this comment.\n\n"
      "^(Others can reply !nudgeme to be reminded too · I'm a reminder bot run by volunteers · "
      "delete this)")
    r("pk10", "pickles", "hank_nights_rn", "social",
      "Driving home from my shift just now I saw a small hound going through the bins behind the "
      "Creekside apartments. She ran under the fence before I could stop. I think I heard a "
      "bell?", at="Tue 03:12")
    r("pk11", "pk10", "marisa_and_pickles", "social",
      "Going there right now with cheese. THANK YOU.", at="Tue 06:04")

    # ---- Tuesday
    p("feed2", "BrennockShelterFeed", "social",
      "New strays at Brennock Animal Services, Tue 12 May (4)\n\n"
      "- Dog, female, senior, beagle mix, grey muzzle, purple collar with bell, no tag. Found: "
      "Creekside Apts, Larkspur Ave. ID A48131\n"
      "- Dog, male, young, brindle boxer mix. Found: Hwy 9 frontage rd. ID A48133\n"
      "- Cat, male, adult, orange tabby, chipped (owner contacted). Found: Millrace Ln. ID A48134\n"
      "- Kittens x3, about 5 weeks, black. Found: box outside Rowan Hardware. ID A48136-38\n\n"
      "Photos and hold times: brennockanimals.gov/found\n\n"
      "^(I'm a volunteer's bot. I post the shelter's new intakes every morning from the city's "
      "open data. Stray holds are 72 hours; claim in person with a photo of your pet.)",
      at="Tue 08:00:03")
    r("f2a", "feed2", "route9_gus", "social",
      "u/marisa_and_pickles the first one! Creekside, purple collar with a bell!",
      delay=(60, 200))
    r("f2b", "f2a", "marisa_and_pickles", "social",
      "IT'S HER. Someone walked her in at 6 this morning while I was behind the Creekside bins "
      "with a bag of string cheese. I'm in the car. Thank you Gus, thank you Hank, thank you "
      "everyone.", delay=(900, 1800))
    r("f2c", "feed2", "lina_fosters", "social",
      "Kittens in a box outside a hardware store, in May. I'm calling about fostering before the "
      "list fills up.")
    r("f2d", "f2c", "BrennockAnimalSvcs", "marketing",
      "Thanks Lina, you're down for all three. Come by after 2 and bring the big carrier. We "
      "always need more kitten fosters this time of year: brennockanimals.gov/foster")

    p("psa", "mod_juniper_h", "social",
      "PSA: 'I found your pet, I'll text you a code' is a scam. Please read before you answer "
      "anyone.\n\nSeveral of you had comments like this in the last day. There is no pet. The "
      "'code' is the verification code for a phone number they are setting up in your name, and "
      "they use it for other scams. Variations seen on other city subs: 'the vet needs a deposit before "
      "surgery', 'I saw him on my camera, text me for the clip', 'send gas money and I'll drive "
      "her over'. A real "
      "finder will send a photo without asking for anything. Don't give out codes or money, report "
      "the comment, and we'll remove it. I've banned u/kayla_m_rivers and u/brandon_oakes_22. "
      "They will be back under new names.", at="Tue 09:05")
    r("psa1", "psa", "marisa_and_pickles", "social",
      "This nearly got me yesterday. Pickles is home, for the record, thanks to the shelter "
      "feed bot and Gus and a night nurse.")
    r("psa2", "psa", "priya_three_cats", "social",
      "The kayla one DM'd me about a cat I lost in 2023. They're going through old posts too.")
    r("psa4", "psa", "route9_gus", "social",
      "Good post. Also: if someone says they have your pet, ask a question only you know and that "
      "isn't in your post. Scar, a nickname, what she does when you say 'bath'.")

    p("clinic", "BrennockAnimalSvcs", "marketing",
      "Microchip clinic this Saturday, 10am-2pm, $15 per pet\n\n"
      "Brennock Animal Services is chipping dogs, cats, rabbits and ferrets this Saturday at the "
      "shelter, 400 Millrace Ln. $15 per animal with registration included, no appointment. "
      "Already chipped? Bring them in and we'll scan and check the details are yours. Every week "
      "we hold strays we can't send home because the chip leads to an old phone number.",
      at="Tue 10:00:00")
    r("cl2", "clinic", "kit_petrakis", "social",
      "Do you chip birds? Asking for my mother's budgie.")
    r("cl3", "cl2", "BrennockAnimalSvcs", "marketing",
      "Not at the clinic, sorry. Birds get a leg band from an avian vet instead. Bring a clear "
      "photo of him for our lost-and-found file, though, it's free.")

    p("juno_up", "ben_okoro", "social",
      "UPDATE: Juno is home\n\nA couple on the power line trail had her on a leash at 7am, she'd "
      "been following their dog for a mile. She is asleep on the kitchen floor and will not be "
      "forgiving the jackhammers. Thanks to everyone who looked, and to the runner who checked the "
      "trail.", at="Tue 08:35")
    r("ju7", "juno_up", "grace_runs_brk", "social",
      "I saw a couple with two dogs on the trail at 6:50 and thought nothing of it. Great news!")

    p("captain", "kit_petrakis", "social",
      "LOST: my mother's budgie, Captain, green and yellow, Millrace Ln, flew out an open window "
      "this afternoon\n\nHe's 6 and talks: he says 'good morning Eleni' and whistles for the "
      "kettle. He's never been outside. Mum is beside herself. If a green budgie lands near you, "
      "please put a cage or a box with seed out and call us.", at="Tue 19:20")
    r("ca1", "captain", "sandra_bly_54", "spam",
      "Hi, I think I saw your dog on my doorbell camera last night around 11, running toward the "
      "park! Text me at (541) 555-0173 and I'll send you the clip so you can check.")
    r("ca2", "ca1", "kit_petrakis", "social",
      "He's a budgie.", delay=(300, 1200))
    r("ca3", "captain", "route9_gus", "social",
      "Budgies usually land in the first tall tree they see and then panic. Put his cage out "
      "on the porch with the door open and play a recording of him whistling for the kettle.")
    r("ca5", "captain", "jules_on_alder", "social",
      "!nudgeme 2 days\n\nMy neighbour keeps finches, I'll ask her tonight.", at="Tue 21:48:02")
    r("ca6", "ca5", "NudgeMeBot", "social",
      "Okay! I'll send you a message on **Thu 14 May 2026, 21:48 PDT** about this comment.\n\n"
      "^(Others can reply !nudgeme to be reminded too · I'm a reminder bot run by volunteers · "
      "delete this)")

    # ---- Wednesday
    p("feed3", "BrennockShelterFeed", "social",
      "New strays at Brennock Animal Services, Wed 13 May (2)\n\n"
      "- Dog, male, adult, chocolate lab, blue collar, tag reads 'Rufus'. Found: Hwy 9 & Orchard. "
      "ID A48150\n"
      "- Cat, male, adult, black and white, no chip. Found: Quarry Rd. ID A48152\n\n"
      "Photos and hold times: brennockanimals.gov/found\n\n"
      "^(I'm a volunteer's bot. I post the shelter's new intakes every morning from the city's "
      "open data. Stray holds are 72 hours; claim in person with a photo of your pet.)",
      at="Wed 08:00:05")

    p("biscuit", "priya_three_cats", "social",
      "LOST CAT: Biscuit, big orange male, Orchard Ave near the school, since Tuesday "
      "night\n\nHe's an outdoor cat so I didn't panic yesterday, but he never misses breakfast. "
      "Neutered, chipped, a notch in his right ear from a fight he definitely started. Please check "
      "garages, he loves a warm car hood.", at="Wed 07:10")
    r("bi1", "biscuit", "sandra_bly_54", "spam",
      "Hi, I think I saw your dog on my doorbell camera last night around 11, running toward the "
      "park! Text me at (541) 555-0173 and I'll send you the clip so you can check.")
    r("bi2", "bi1", "priya_three_cats", "social",
      "Same number and same words as the one under the budgie post. Reported.", delay=(900, 2400))
    r("bi3", "biscuit", "route9_gus", "social",
      "The orange tom on Orchard? Big head, walks like he owns the street? I saw him on the school "
      "steps Monday. Ask the custodian, they open the boiler room in the mornings.")
    r("bi4", "bi3", "priya_three_cats", "social",
      "That's him, he absolutely walks like that. Calling the school office at 8.",
      delay=(300, 900))
    r("bi5", "biscuit", "psychic_marisol", "spam",
      "Biscuit came through to me very clearly 🙏 He is somewhere warm and enclosed with a "
      "humming sound, and he wants you to know he is not angry. A full reading is $35, DM me for "
      "directions and what he needs to hear to come home 💜")
    r("bi6", "bi5", "mod_juniper_h", "social",
      "Removing these from now on. Paid 'readings' aren't allowed here.", delay=(1800, 4000))
    r("bi7", "biscuit", "priya_three_cats", "social",
      "FOUND. He was in the school boiler room, exactly where Gus said. Warm, enclosed, humming. "
      "I'll give the psychic that one. He's eaten two breakfasts.", at="Wed 10:45")

    p("mochi_up", "dev_nguyen_brk", "social",
      "Mochi update: she's in the trap!\n\nLina's humane trap went under the neighbour's deck "
      "last night with sardines, and at 4am there was a very angry grey tabby in it. She's "
      "eating, purring and pretending nothing happened. Thank you all. I returned the trap.",
      at="Wed 09:30")
    r("mu1", "mochi_up", "lina_fosters", "social",
      "Sardines never fail. So glad she's home.")
    r("mu2", "mochi_up", "route9_gus", "social",
      "Under a deck, three houses down. Every time.")

    p("rufus", "callum_w_brk", "social",
      "LOST: Stanley, 11 y/o greyhound, fawn, very thin (he's meant to be), Orchard Ave, this "
      "afternoon\n\nHe's retired from racing and scared of everything, so if you see him don't "
      "call him, just sit down and he may come to you. Black martingale collar, tag with my "
      "number. He's deaf in one ear.", at="Wed 15:50")
    r("ru1", "rufus", "sandra_bly_54", "spam",
      "Hi, I think I saw your dog on my doorbell camera last night around 11, running toward the "
      "park! Text me at (541) 555-0173 and I'll send you the clip so you can check.")
    r("ru2", "ru1", "callum_w_brk", "social",
      "He went missing at 3pm today. Reporting you.", delay=(120, 600))
    r("ru3", "rufus", "route9_gus", "social",
      "Greyhounds look for somewhere soft. Porches with cushions, the dog beds outside the pet "
      "store on Orchard. I'll drive Orchard now.")
    r("ru4", "rufus", "ben_okoro", "social",
      "Just saw a very thin fawn dog lying on a sofa on someone's porch at Orchard & 6th. Looked "
      "like he'd moved in.")
    r("ru5", "ru4", "callum_w_brk", "social",
      "THAT IS HIM. That is exactly what he would do. Got him, he was asleep. Thank you!",
      delay=(900, 1500))

    # ---- Thursday
    p("feed4", "BrennockShelterFeed", "social",
      "New strays at Brennock Animal Services, Thu 14 May (1)\n\n"
      "- Dog, female, young, tan pit mix, pink collar. Found: Larkspur Ave. ID A48166\n\n"
      "Photos and hold times: brennockanimals.gov/found\n\n"
      "^(I'm a volunteer's bot. I post the shelter's new intakes every morning from the city's "
      "open data. Stray holds are 72 hours; claim in person with a photo of your pet.)",
      at="Thu 08:00:02")

    p("shelly", "nora_and_shelly", "social",
      "LOST TORTOISE: Shelly, Russian tortoise, about the size of a saucer, Quarry Rd "
      "gardens\n\nMy son left the garden gate open yesterday. She's 31 years old (older than "
      "him) and she has a small dot of pink nail polish on the back of her shell so we can find her "
      "in the grass. She'll be in a flower bed somewhere eating something you planted. Please look "
      "down!", at="Thu 09:25")
    r("sh1", "shelly", "sandra_bly_54", "spam",
      "Hi, I think I saw your dog on my doorbell camera last night around 11, running toward the "
      "park! Text me at (541) 555-0173 and I'll send you the clip so you can check.")
    r("sh2", "sh1", "nora_and_shelly", "social",
      "Running. Toward the park. She does about one garden a day, but thank you for the "
      "confidence.", delay=(600, 1800))
    r("sh4", "shelly", "kit_petrakis", "social",
      "Captain is home too, by the way, he landed on a neighbour's washing line this morning and "
      "said 'good morning Eleni' to her. Good luck with Shelly, look at the lettuces.")

    p("ban2", "mod_juniper_h", "social",
      "Banned u/sandra_bly_54 ('doorbell camera'). Please keep reporting.\n\n"
      "Same script under four posts, including a budgie and a tortoise. The replacements seem to "
      "answer every LOST post in the first half hour, so if your post gets a reply that fast from "
      "an account with no history, assume it's one of them.", at="Thu 12:10")
    r("bn1", "ban2", "nora_and_shelly", "social",
      "Mine was the tortoise. Shelly is back, by the way: under the rhubarb next door.")
    r("bn2", "ban2", "hank_nights_rn", "social",
      "Thanks mods. Small world that the only fast replies on this sub are Gus and the scammers.",
      at="Thu 20:30")
    r("bn3", "bn2", "route9_gus", "social",
      "I'm retired and I have a police scanner. It's not a bot, it's a lifestyle.")

    p("stanley2", "callum_w_brk", "social",
      "LOST again: Stanley the greyhound, this time from the vet's parking lot on Hwy 9\n\n"
      "Yes, again. He pulled out of his collar when a truck backfired at 7. Same description as "
      "yesterday: fawn, thin, deaf in one ear, scared of everything. No collar now. He's probably "
      "on someone's sofa.", at="Thu 19:40")
    r("st1", "stanley2", "jess_a_carter_7", "spam",
      "I have your dog!! She was wandering near the gas station, she's fine and in my car. I can "
      "drive her to you but I'm out of gas and need $40 to get there, can you send it by any "
      "payment app? I'll be there in 20 mins ❤️")
    r("st2", "st1", "callum_w_brk", "social",
      "He's a he, and you're a scammer. Mods?", delay=(300, 900))
    r("st4", "stanley2", "ben_okoro", "social",
      "The sofa porch at Orchard & 6th: a fawn dog is on it again. I think that's your answer.")
    r("st5", "st4", "callum_w_brk", "social",
      "Got him. The owner of the sofa says he can visit any time.", delay=(1200, 2400))

    # ---- Friday
    p("feed5", "BrennockShelterFeed", "social",
      "New strays at Brennock Animal Services, Fri 15 May (2)\n\n"
      "- Dog, male, senior, white poodle mix, matted. Found: Millrace Ln. ID A48171\n"
      "- Cat, female, adult, tortoiseshell, chipped (owner contacted). Found: Alder St. ID A48173\n\n"
      "Photos and hold times: brennockanimals.gov/found\n\n"
      "^(I'm a volunteer's bot. I post the shelter's new intakes every morning from the city's "
      "open data. Stray holds are 72 hours; claim in person with a photo of your pet.)",
      at="Fri 08:00:04")

    p("bandit", "ferret_dad_mike", "social",
      "LOST: Bandit the ferret, sable, Quarry Rd, got out through the dryer vent (??)\n\n"
      "I didn't know the dryer vent was a door until 6am today. He's chipped and, as of this "
      "week, the chip is in MY name. Ferrets go into small holes and sleep for hours, so check "
      "boots, bags, engine bays. He is friendly and will steal a sock.", at="Fri 07:40")
    r("ba1", "bandit", "jess_a_carter_7", "spam",
      "I have your dog!! She was wandering near the gas station, she's fine and in my car. I can "
      "drive her to you but I'm out of gas and need $40 to get there, can you send it by any "
      "payment app? I'll be there in 20 mins ❤️")
    r("ba2", "ba1", "ferret_dad_mike", "social",
      "A ferret. In your car. Sure.", delay=(600, 1800))
    r("ba3", "bandit", "grace_runs_brk", "social",
      "Checking my garage, I'm on Quarry. Sock thief, noted.")
    r("ba4", "bandit", "ChipHomeRegistry", "marketing",
      "So sorry Mike. We've marked Bandit's record as lost, so if anyone scans him we'll call you "
      "straight away. Vets and shelters within 20 miles get our lost-pet alert this morning too. "
      "— Dee")
    r("ba5", "bandit", "ferret_dad_mike", "social",
      "Found him asleep in my own neighbour's recycling bin, in a cereal box. Thank you Grace, "
      "thank you Dee. Dryer vent now has a grille.", at="Fri 13:15")

    p("modnote", "mod_juniper_h", "social",
      "Weekly thread: reunions, thank-yous and tips\n\n"
      "It's been a week. Pickles, Mochi, Juno, Biscuit, Captain, Stanley (twice), Shelly and "
      "Bandit are all home, and none of them by anyone who asked for a code, a deposit or gas "
      "money. Post your reunions and tips below.", at="Fri 17:00")
    r("mn1", "modnote", "marisa_and_pickles", "social",
      "Pickles has a new harness she can't back out of and a GPS tag. Tip: photo of your dog from "
      "both sides, saved where you can find it at 1am.")
    r("mn2", "modnote", "route9_gus", "social",
      "Tip: the shelter feed bot posts at 8 every morning. Read it before you read anything else.")
    r("mn4", "modnote", "hank_nights_rn", "social",
      "Tip from nights: drive slowly past dumpsters at 3am. Half the lost dogs in this town are "
      "behind the Creekside apartments.", at="Sat 02:40")
    r("mn5", "modnote", "psychic_marisol", "spam",
      "So many beautiful reunions 💜 If your pet is still missing, I offer distance readings "
      "for $35 and I've helped hundreds of families. DM me 🙏")

    # ---- Saturday
    p("feed6", "BrennockShelterFeed", "social",
      "New strays at Brennock Animal Services, Sat 16 May (1)\n\n"
      "- Dog, female, adult, pug, no collar. Found: Rowan Heights. ID A48180\n\n"
      "Photos and hold times: brennockanimals.gov/found\n\n"
      "^(I'm a volunteer's bot. I post the shelter's new intakes every morning from the city's "
      "open data. Stray holds are 72 hours; claim in person with a photo of your pet.)",
      at="Sat 08:00:03")
    p("dolly", "tomas_r_brk", "social",
      "LOST: Dolly, fawn pug, Rowan Heights, this morning\n\nMy parents' pug got out at 6 while "
      "they were loading the car. She can't run far, she's a pug. No collar, she'd just had a bath. "
      "She snores loudly, you'll hear her before you see her.", at="Sat 08:20")
    r("do1", "dolly", "jess_a_carter_7", "spam",
      "I have your dog!! She was wandering near the gas station, she's fine and in my car. I can "
      "drive her to you but I'm out of gas and need $40 to get there, can you send it by any "
      "payment app? I'll be there in 20 mins ❤️")
    r("do2", "dolly", "route9_gus", "social",
      "u/tomas_r_brk this morning's shelter post: 'pug, no collar, Rowan Heights'. She's at "
      "Millrace Ln already.", delay=(120, 400))
    r("do3", "do2", "tomas_r_brk", "social",
      "Dad's on his way, and he's bringing her to the microchip clinic while he's there.",
      delay=(600, 1500))
    r("do4", "do3", "BrennockAnimalSvcs", "marketing",
      "She's ready for him at the front desk. The clinic is busy but we'll fit her in, "
      "it's $15.")
    r("do5", "dolly", "mod_juniper_h", "social",
      "Removed the 'gas money' comment and banned the account. That's the fourth one this week.")
    return s


# =========================================================================================
# 2. X: engagement bots that sell nothing, under an astronomer's comet threads
# =========================================================================================
def x_comet_engagement():
    s = Stream("x_comet_engagement_praise_bots.jsonl", "x",
               "X: engagement bots that post only generic praise and an LLM-worded bot that "
               "echoes the post, selling nothing, under an astronomer's comet threads, beside a "
               "planetarium's own campaign and a comet-visibility bot", -6, dt.date(2026, 7, 20),
               20)
    w = s.who
    w("@CometTonightBot", "bot", note="posts the comet's visibility for the town every evening at "
      "19:30:00; never replies")
    w("@starlight_amara22", "bot", bounds=(20, 120))
    w("@kyle_buildsdaily", "bot", bounds=(60, 600))
    w("@evelyn_reads_more", "bot", bounds=(30, 180))
    w("@scopedeals_hq", "spammer", median=45, window=("08:00", "23:00"), tz=-4)
    w("@QuarryMesaPlanet", "brand", median=30, window=("09:00", "22:30"))
    w("@ray_logs_the_sky", "prolific_person", median=4, window=("04:30", "01:30"))
    w("@inesmarwick", "person", median=40, window=("07:00", "01:30"))
    w("@tessa_hauls_nights", "person", median=30, window=("14:00", "06:00"))
    w("@mika_k_astro", "person", median=20, window=("10:00", "03:30"))
    w("@jlee_and_3kids", "person", median=30, window=("06:00", "22:30"))
    w("@darnell_qm", "person", median=20, window=("07:00", "23:30"))
    w("@sunita_bhatt", "person", median=25, window=("07:00", "23:30"), tz=-4)
    w("@owen_p_writes", "person", median=30, window=("08:00", "00:30"))
    w("@hollis_bergman", "person", median=40, window=("07:30", "23:30"))
    w("@marguerite_o81", "person", median=45, window=("06:00", "21:30"))
    w("@theo_ghosh", "person", median=20, window=("10:00", "02:30"))
    w("@nadia_looks_up", "person", median=30, window=("07:00", "23:30"), tz=2)
    w("@pablo_r_qm", "person", median=25, window=("07:00", "23:30"))
    p, r = s.post, s.reply

    def root_by(*names):
        return lambda e: e.parent is None and e.author in names
    s.trigger("@starlight_amara22", root_by("@inesmarwick"), "Mon 00:00", "Sat 23:59",
              "every post by @inesmarwick")
    s.trigger("@kyle_buildsdaily", root_by("@inesmarwick", "@QuarryMesaPlanet"), "Mon 00:00",
              "Sat 23:59", "every post by @inesmarwick or @QuarryMesaPlanet")
    s.trigger("@evelyn_reads_more", root_by("@inesmarwick", "@tessa_hauls_nights"), "Mon 00:00",
              "Sat 23:59", "every post by @inesmarwick or @tessa_hauls_nights")

    amara = ["🔥🔥🔥 amazing!!", "Wow 😍✨✨", "So beautiful 😍🙌", "Love this!! 💯🔥",
             "Incredible 🔥🔥"]
    kyle = ["Great thread 🙌 Saving this.", "This is gold. Bookmarking 🔖",
            "Underrated post right here 💯", "Needed to see this today 🙌",
            "Great thread 🙌 Saving this.", "This 👆👆", "Facts. Great post 💯",
            "Bookmarking this 🔖🙌", "This is gold 💯"]

    # ---- Monday
    p("i1", "@inesmarwick", "social",
      "Comet C/2025 R4 (Halvorsen) has brightened past every prediction. Last night it was about "
      "magnitude 4: visible without binoculars from a dark site. A thread on where to look this "
      "week, and why it's green 🧵 1/", at="Mon 08:40")
    r("i1a", "i1", "@starlight_amara22", "spam", amara[0])
    r("i1b", "i1", "@kyle_buildsdaily", "spam", kyle[0])
    r("i1c", "i1", "@evelyn_reads_more", "spam",
      "What a fascinating look at how Comet Halvorsen has brightened beyond every prediction! ☄️ "
      "It's truly amazing that we can see it without binoculars from a dark site. Thank you for "
      "sharing your expertise and inspiring us all to look up! 🌌✨")
    r("i1d", "i1", "@inesmarwick", "social",
      "2/ Where: low in the west-northwest, about an hour and a half after sunset. Find the Big "
      "Dipper's handle, follow it down toward the horizon. From town you'll want binoculars; from "
      "a dark road, you won't.", delay=(60, 180))
    r("i1e", "i1d", "@inesmarwick", "social",
      "3/ Why green: sunlight breaks up carbon molecules in the coma, and diatomic carbon glows "
      "green. It never reaches the tail, which is why the head is green and the tail isn't.",
      delay=(60, 180))
    r("i1f", "i1", "@ray_logs_the_sky", "social",
      "Caught it at 4:50 this morning from the mesa road before it set, faint smudge with a tail "
      "you could see when you looked slightly away. 41 years of logging comets and this is a good "
      "one.")
    r("i1g", "i1e", "@sunita_bhatt", "social",
      "So the green is only in the head because the molecule falls apart before it gets to the "
      "tail? That's such a neat detail.")
    r("i1h", "i1g", "@inesmarwick", "social",
      "Exactly. It lasts about two days in sunlight, and by then it's nowhere near the tail.")
    r("i1i", "i1", "@scopedeals_hq", "spam",
      "Want a closer look at Halvorsen? 🔭 These are the 5 best beginner telescopes under $300 "
      "this summer 👉 scopedealshq.com/best-telescopes-2026")

    p("pl1", "@QuarryMesaPlanet", "marketing",
      "☄️ Comet nights are ON! Tue–Thu, 8:30–11:30 PM, our telescopes on the lawn for Comet "
      "Halvorsen. Free with any planetarium show ticket ($12 adults, kids free). Tickets: "
      "quarrymesaplanetarium.org/comet", at="Mon 10:00:00")
    r("pl1a", "pl1", "@kyle_buildsdaily", "spam", kyle[1])
    r("pl1b", "pl1", "@jlee_and_3kids", "social",
      "Does the lawn part need a ticket if we skip the show? My youngest won't last a whole "
      "planetarium show at 8:30.")
    r("pl1c", "pl1b", "@QuarryMesaPlanet", "marketing",
      "The lawn is free for everyone, no ticket needed! Tickets are only for the dome show. Bring "
      "a blanket, and the little one is welcome to leave whenever 🙂")
    r("pl1d", "pl1", "@scopedeals_hq", "spam",
      "Can't make it to the lawn? Bring the comet home 🔭 Top-rated telescopes for families, "
      "up to 40% off 👉 scopedealshq.com/family-scopes")

    p("ct1", "@CometTonightBot", "social",
      "☄️ C/2025 R4 (Halvorsen) tonight from Quarry Mesa: best 21:25–22:40 MDT, 17° up in the WNW "
      "at 21:45, about mag 4.1. Moon: 12% waxing crescent, sets 22:58. Forecast: clear. [auto]",
      at="Mon 19:30:00")
    r("ct1a", "ct1", "@pablo_r_qm", "social",
      "Moon setting right as it gets good. Perfect.")

    # ---- Tuesday
    p("tessa", "@tessa_hauls_nights", "social",
      "Pulled into the Cinder Flats rest stop at 2:30am to check my tires and looked up. Didn't "
      "even know there was a comet. Phone photo, no filter. 19 years driving nights and I've "
      "never seen anything like it.", at="Tue 02:38")
    r("ts1", "tessa", "@evelyn_reads_more", "spam",
      "What a breathtaking moment captured at the Cinder Flats rest stop! 🌠 It's incredible how "
      "the universe surprises us when we least expect it. Thank you for sharing this beautiful "
      "reminder to pause and look up! ✨")
    r("ts2", "tessa", "@ray_logs_the_sky", "social",
      "That's Halvorsen, and that's a great phone shot. The straight faint streak going up and "
      "left is the ion tail.")
    r("ts3", "tessa", "@mika_k_astro", "social",
      "Honestly better than my first attempt with a real camera. Did you brace it on the cab?")
    r("ts4", "ts3", "@tessa_hauls_nights", "social",
      "On the mirror bracket. Held my breath for the whole three seconds lol")
    r("ts5", "tessa", "@inesmarwick", "social",
      "This is lovely. Cinder Flats has some of the darkest sky in the county, you picked the "
      "right rest stop.", at="Tue 07:25")
    r("ts7", "ts5", "@tessa_hauls_nights", "social",
      "A real astronomer replied to my phone picture. My daughter is not going to believe this.",
      at="Tue 15:05")

    p("jlee", "@jlee_and_3kids", "social",
      "Taking the kids to see the comet Thursday. Do we need binoculars? They're 6, 9 and 11 and "
      "I don't own any. Not trying to spend a fortune on something they'll use once.",
      at="Tue 09:05")
    r("jl1", "jlee", "@ray_logs_the_sky", "social",
      "From a dark spot you don't need them. If you want some, any 7x50 or 10x50 pair does it. "
      "The library lends a pair with a library card, I donated them.")
    r("jl2", "jlee", "@scopedeals_hq", "spam",
      "Great question! We ranked the top 7 binoculars for kids this summer 🔭 Most under $50 "
      "👉 scopedealshq.com/kids-binoculars")
    r("jl3", "jlee", "@QuarryMesaPlanet", "marketing",
      "Come to the lawn Thursday! We'll have five telescopes and a pile of binoculars to borrow, "
      "free. Best time with kids is about 9:30.")

    p("pl2", "@QuarryMesaPlanet", "marketing",
      "Reposting @MesaCourier 👇 'Comet Halvorsen now brighter than forecast, astronomers say.' "
      "And while you're here: have you voted yet in #NameOurScope? Our new 20-inch telescope "
      "needs a name. Three finalists, voting closes Friday: quarrymesaplanetarium.org/vote",
      at="Tue 11:00")
    r("pl2a", "pl2", "@kyle_buildsdaily", "spam", kyle[2])

    p("i2", "@inesmarwick", "social",
      "Tonight's frame from the 0.6 m at Quarry Mesa Observatory: the ion tail is 9° long and "
      "there's a disconnection event. The solar wind snapped the tail off and it's drifting away. "
      "Comets lose their tails. Then they grow new ones.", at="Tue 22:50")
    r("i2a", "i2", "@starlight_amara22", "spam", amara[1])
    r("i2b", "i2", "@kyle_buildsdaily", "spam", kyle[3])
    r("i2c", "i2", "@evelyn_reads_more", "spam",
      "What an incredible capture of a disconnection event! ☄️ It's fascinating to think that "
      "comets can lose their tails and grow new ones. Nature truly is resilient and full of "
      "wonder. Thank you for sharing this amazing image! 🌌")
    r("i2d", "i2", "@mika_k_astro", "social",
      "I got the same disconnection from Cinder Flats at 22:10! Thought my flats were bad.")
    r("i2e", "i2d", "@inesmarwick", "social",
      "Send it to me, if your times are good we can date when it broke off.")

    p("ct2", "@CometTonightBot", "social",
      "☄️ C/2025 R4 (Halvorsen) tonight from Quarry Mesa: best 21:24–22:41 MDT, 16° up in the WNW "
      "at 21:45, about mag 4.0. Moon: 20% waxing crescent, sets 23:31. Forecast: clear. [auto]",
      at="Tue 19:30:00")

    # ---- Wednesday
    p("mika", "@mika_k_astro", "social",
      "3 hours of data from last night, 180 × 60s, stacked. Halvorsen's blue ion tail and yellow "
      "dust tail pulling apart. Shot from the public land east of Cinder Flats, where the only "
      "light pollution is a truck stop.", at="Wed 01:35")
    r("mk1", "mika", "@ray_logs_the_sky", "social",
      "Best image of it I've seen from anyone local. The dust tail curve is perfect.")
    r("mk3", "mika", "@inesmarwick", "social",
      "Gorgeous, and your times put the disconnection at 22:04 ± 3 min. Want to be on a short "
      "note about it?", at="Wed 09:10")
    r("mk4", "mk3", "@mika_k_astro", "social",
      "I have never typed YES so fast.", delay=(300, 900))

    p("i3", "@inesmarwick", "social",
      "My dad took me to a field to see Hale-Bopp when I was eight. He died in March. Last night "
      "I watched this comet from his porch with his old binoculars, and it was the first time "
      "since that I felt like I was talking to him. That's it, that's the post.", at="Wed 12:15")
    r("i3a", "i3", "@starlight_amara22", "spam", amara[2])
    r("i3b", "i3", "@kyle_buildsdaily", "spam", kyle[4])
    r("i3c", "i3", "@evelyn_reads_more", "spam",
      "What a beautiful reflection on Hale-Bopp and the power of comets to connect generations! "
      "☄️ It's amazing how astronomy can bring us closer to the people we love. Thank you for "
      "sharing this inspiring story! 🌌✨")
    r("i3d", "i3", "@marguerite_o81", "social",
      "Oh sweetheart. My husband and I saw Hale-Bopp from the back of his truck. You were talking "
      "to him.")
    r("i3e", "i3", "@ray_logs_the_sky", "social",
      "I'm sorry, Ines. Those binoculars have seen two great comets now.")
    r("i3f", "i3", "@hollis_bergman", "social",
      "The first three replies to this are 'So beautiful 😍🙌', 'Great thread 🙌 Saving this.' "
      "and 'What a beautiful reflection... Thank you for sharing this inspiring story!' Within two "
      "minutes. Under a post about her dad dying.")
    r("i3g", "i3f", "@owen_p_writes", "social",
      "They're under every post she makes. I think they're just there to look like real accounts "
      "that follow astronomers. None of them has ever posted anything of its own.")

    p("pl3", "@QuarryMesaPlanet", "marketing",
      "Which name gets your vote? 🔭 #NameOurScope\n\nA) Big Ruth, after Ruth Alder, the "
      "teacher who founded our astronomy club in 1961\nB) Halvorsen\nC) Scopey McScopeface\n\n"
      "Vote by Friday: quarrymesaplanetarium.org/vote", at="Wed 16:00")
    r("pl3a", "pl3", "@kyle_buildsdaily", "spam", kyle[5])
    r("pl3b", "pl3", "@marguerite_o81", "social",
      "Big Ruth taught me algebra in 1959 and she would hate having a telescope named after her, "
      "which is why you must.")
    r("pl3c", "pl3b", "@QuarryMesaPlanet", "marketing",
      "Marguerite, we would love to hear more about Mrs Alder. Would you come and tell the story "
      "at first light? We'll save you a seat.")

    p("ct3", "@CometTonightBot", "social",
      "☄️ C/2025 R4 (Halvorsen) tonight from Quarry Mesa: best 21:23–22:40 MDT, 15° up in the WNW "
      "at 21:45, about mag 4.0. Moon: 29% waxing crescent, sets 23:59. Forecast: a few high "
      "clouds. [auto]", at="Wed 19:30:00")

    # ---- Thursday
    p("theo", "@theo_ghosh", "social",
      "ok dumb question but why does the comet's tail point UP in the evening. I thought tails "
      "trail behind the comet like a car's exhaust", at="Thu 00:40")
    r("th1", "theo", "@ray_logs_the_sky", "social",
      "Not dumb at all. The tail points away from the sun, whichever way the comet is moving. The "
      "sun is below the horizon, so the tail points up.")
    r("th2", "th1", "@theo_ghosh", "social",
      "so on the way out from the sun the comet is going tail first?? that's so weird",
      delay=(120, 600))
    r("th3", "th2", "@inesmarwick", "social",
      "Tail first, yes. It's one of my favourite facts to spring on people at parties.",
      at="Thu 08:05")

    p("i4", "@inesmarwick", "social",
      "Please stop asking me whether the comet will hit us. It won't. Closest approach to Earth "
      "was 1.1 AU, farther away than the sun is. It will not affect the tides, your sleep or "
      "your phone signal.", at="Thu 09:30")
    r("i4a", "i4", "@starlight_amara22", "spam", amara[3])
    r("i4b", "i4", "@kyle_buildsdaily", "spam", kyle[6])
    r("i4c", "i4", "@evelyn_reads_more", "spam",
      "What an important reminder that Comet Halvorsen won't hit us or affect the tides! 🌍 It's "
      "so valuable to have experts like you sharing accurate science with the world. Thank you "
      "for everything you do! ☄️✨")
    r("i4d", "i4", "@owen_p_writes", "social",
      "Sending this to my uncle, who has sent me eleven videos about the tides.")
    r("i4e", "i4d", "@ray_logs_the_sky", "social",
      "Tell your uncle the moon does the tides and is 400 times closer.")
    r("i4f", "i4", "@darnell_qm", "social",
      "'farther away than the sun is' is such a good way to put it.")

    p("ct4", "@CometTonightBot", "social",
      "☄️ C/2025 R4 (Halvorsen) tonight from Quarry Mesa: best 21:22–22:38 MDT, 14° up in the WNW "
      "at 21:45, about mag 4.2. Moon: 39% waxing crescent, sets 00:26. Forecast: clear. [auto]",
      at="Thu 19:30:00")
    r("ct4a", "ct4", "@jlee_and_3kids", "social",
      "Tonight's the night. Three kids, one blanket, a bag of pretzels and a borrowed pair of "
      "binoculars from the library.")
    r("ct4b", "ct4a", "@ray_logs_the_sky", "social",
      "Enjoy. Let them find it themselves, they'll remember it.")

    p("hollis", "@hollis_bergman", "social",
      "Looked into the accounts replying to every one of @inesmarwick's posts within a minute. "
      "Three of them, created in May, each following 4,000+ science accounts, zero posts of their "
      "own. They sell nothing. They're farming a follower graph that looks human, probably to sell "
      "it.", at="Thu 13:20")
    r("ho1", "hollis", "@owen_p_writes", "social",
      "The paragraph one literally rewrites the first sentence of the post and adds 'Thank you for "
      "sharing'. Every time.")
    r("ho2", "hollis", "@ray_logs_the_sky", "social",
      "I've reported all three. They even replied to her post about her dad. Shameless.")
    r("ho3", "hollis", "@inesmarwick", "social",
      "Thank you for doing this. I've been blocking them and new ones show up the next day.",
      at="Thu 19:50")

    # ---- Friday
    p("marg", "@marguerite_o81", "social",
      "I'm 81 and I saw Comet Halvorsen last night on the planetarium lawn. The young man at the "
      "telescope let me have three looks and didn't rush me. First comet since Hale-Bopp. Thank "
      "you Quarry Mesa.", at="Fri 07:20")
    r("mg1", "marg", "@QuarryMesaPlanet", "marketing",
      "Marguerite, that young man is Eli and he has told everyone about you. Thank you for coming! "
      "Your seat for Big Ruth's first light is saved 💙")
    r("mg2", "marg", "@ray_logs_the_sky", "social",
      "Two great comets in one lifetime. Not many can say that.")

    p("pl4", "@QuarryMesaPlanet", "marketing",
      "The votes are in: our new 20-inch telescope is BIG RUTH 🎉 Named for Ruth Alder, who founded "
      "our astronomy club in 1961. First light is tomorrow at 9 PM on the lawn, free, and the comet "
      "is her first target. #NameOurScope", at="Fri 18:00")
    r("pl4a", "pl4", "@kyle_buildsdaily", "spam", kyle[7])
    r("pl4b", "pl4", "@pablo_r_qm", "social",
      "Scopey McScopeface robbed. I'll be there anyway.")
    r("pl4c", "pl4", "@marguerite_o81", "social",
      "She would have pretended to be annoyed. I'll bring her photo.")

    p("ct5", "@CometTonightBot", "social",
      "☄️ C/2025 R4 (Halvorsen) tonight from Quarry Mesa: best 21:21–22:36 MDT, 13° up in the WNW "
      "at 21:45, about mag 4.3. Moon: 49% first quarter, sets 00:53. Forecast: smoke haze "
      "possible. [auto]", at="Fri 19:30:00")

    # ---- Saturday
    p("i5", "@inesmarwick", "social",
      "Last good weekend for Halvorsen, it fades from here. Thank you for the photos. Also: I've "
      "blocked about forty accounts this week that reply 'Great thread 🙌' within a minute of "
      "everything I post, including the post about my dad. They aren't people. Please don't "
      "engage them.", at="Sat 10:05")
    r("i5a", "i5", "@starlight_amara22", "spam", amara[4])
    r("i5b", "i5", "@kyle_buildsdaily", "spam", kyle[8])
    r("i5c", "i5", "@evelyn_reads_more", "spam",
      "What a wonderful reminder to appreciate Comet Halvorsen before it fades! 🌠 It's been "
      "amazing to see so many people sharing photos. Thank you for your dedication to science and "
      "community! ✨")
    r("i5d", "i5", "@hollis_bergman", "social",
      "And there they are, all three, under the post about them.")
    r("i5e", "i5", "@tessa_hauls_nights", "social",
      "Thanks for replying to a trucker's phone picture. Made my week.")
    r("i5f", "i5", "@nadia_looks_up", "social",
      "It should be up in our morning sky by September, I'm told? Fingers crossed for Europe.")
    r("i5g", "i5f", "@inesmarwick", "social",
      "Early September, low in the east before dawn. Fainter, but yes.")

    p("ct6", "@CometTonightBot", "social",
      "☄️ C/2025 R4 (Halvorsen) tonight from Quarry Mesa: best 21:20–22:34 MDT, 12° up in the WNW "
      "at 21:45, about mag 4.5. Moon: 59% waxing gibbous, sets 01:19. Forecast: clear. [auto]",
      at="Sat 19:30:00")
    r("ct6a", "ct6", "@ray_logs_the_sky", "social",
      "Moon's getting in the way now. Go tonight if you haven't.")
    return s


# =========================================================================================
# 3. YouTube: a sub-for-sub ring and a tuner app's keyword bot under a guitar teacher's videos
# =========================================================================================
TUNE = re.compile(r"\b(tune|tunes|tuned|tuning|tuner|tuners)\b", re.I)


def youtube_guitar_sub4sub():
    s = Stream("youtube_guitar_sub4sub_tuner_bot.jsonl", "youtube",
               "YouTube: a sub-for-sub ring and a tuner app's keyword bot under a beginner guitar "
               "teacher's lessons, one of them sponsored", 1, dt.date(2026, 9, 7), 35)
    w = s.who
    w("@MusicVibesDaily-x7k", "bot", bounds=(300, 2400))
    w("@lofi_lena_official", "bot", bounds=(600, 3600))
    w("@beatz_by_ty", "bot", bounds=(60, 600))
    w("@tuneloop_helper", "bot", bounds=(20, 90))
    w("@jaycee_covers", "spammer", median=120, window=("15:30", "23:00"))
    w("@HarlowStrings", "brand", median=120, window=("09:00", "21:00"))
    w("@seamus_learns_at_68", "prolific_person", median=6, window=("05:30", "00:30"))
    w("@SlowHandsGuitar", "person", median=90, window=("07:30", "23:30"))
    w("@ciaramcg", "person", median=30, window=("15:30", "23:30"))
    w("@dmitri_k_plays", "person", median=40, window=("08:00", "00:30"), tz=3)
    w("@lefty_lou_b", "person", median=35, window=("07:30", "23:30"), tz=0)
    w("@barb_h_learns", "person", median=40, window=("06:30", "22:30"), tz=-4)
    w("@tomasz_strums", "person", median=35, window=("07:00", "23:30"), tz=2)
    w("@rafa_lopez_gtr", "person", median=30, window=("09:00", "01:30"), tz=2)
    w("@ayo_learns_guitar", "person", median=35, window=("07:30", "00:00"))
    w("@kiki_uke2gtr", "person", median=30, window=("08:00", "00:30"), tz=-7)
    w("@mark_the_dad_plays", "person", median=45, window=("06:30", "23:00"))
    p, r = s.post, s.reply

    uploads = lambda e: e.parent is None
    videos = lambda e: e.parent is None and e.extra.get("yt") != "community"
    s.trigger("@MusicVibesDaily-x7k", uploads, "Mon 00:00", "Sun 23:59",
              "every video and community post")
    s.trigger("@lofi_lena_official", videos, "Mon 00:00", "Sun 23:59", "every video")
    s.trigger("@beatz_by_ty",
              lambda e: e.author in ("@MusicVibesDaily-x7k", "@lofi_lena_official"),
              "Mon 00:00", "Sun 23:59", "every comment by the two other ring accounts")
    s.trigger("@tuneloop_helper",
              lambda e: e.author != "@tuneloop_helper" and TUNE.search(e.text),
              "Mon 00:00", "Sat 10:00", "every video or comment that says tune, tuned, "
              "tuning or tuner")

    sub = "Nice video!! 🔥 Just subscribed 🔔 sub back? 🙏"
    lena = ("Support small creators 💜 I subbed to you, it would mean the world if you subbed "
            "back! 🎶")

    # ---- Monday: lesson 1
    p("v1", "@SlowHandsGuitar", "social",
      "Your First Three Chords: G, C and D | Beginner Guitar Lesson 1\n\n"
      "No theory, no shortcuts, no pressure. In twenty minutes you'll play G, C and D and switch "
      "between them slowly. Tune up first (there's a section on it at 2:10), sit somewhere "
      "comfortable, and keep your thumb behind the neck.\n\n0:00 Hello\n2:10 Getting in tune\n"
      "5:30 G\n9:45 C\n13:20 D\n16:50 Switching without stopping", at="Mon 17:00:00")
    r("v1t", "v1", "@tuneloop_helper", "spam",
      "🎸 Tuning by ear is hard when you're starting out! TuneLoop tunes any guitar in 3 seconds, "
      "free on iOS & Android 👉 tuneloop.app/get")
    r("v1a", "v1", "@seamus_learns_at_68", "social",
      "68 years old and I've wanted to do this since I was 15. G and C are grand, D is a claw. "
      "Thank you for going slowly.")
    r("v1b", "v1", "@MusicVibesDaily-x7k", "spam", sub)
    r("v1c", "v1b", "@beatz_by_ty", "spam", "done ✅ subbed, sub back? 🙏")
    r("v1d", "v1", "@ciaramcg", "social",
      "my guitar won't stay in tune, I fix it and ten minutes later it's off again 😭")
    r("v1e", "v1d", "@tuneloop_helper", "spam",
      "😩 Out of tune again? TuneLoop listens and tells you exactly which peg to turn, free "
      "👉 tuneloop.app/get")
    r("v1f", "v1d", "@SlowHandsGuitar", "social",
      "New strings? They stretch for the first few days and go flat. Also check the pegs aren't "
      "slipping. It settles down, I promise.")
    r("v1g", "v1", "@barb_h_learns", "social",
      "What tuner are you using in the video? The app on my phone keeps jumping around.")
    r("v1h", "v1g", "@tuneloop_helper", "spam",
      "Hi! 👋 TuneLoop uses smart noise filtering so it never jumps around 🎯 Try it free "
      "👉 tuneloop.app/get")
    r("v1i", "v1g", "@SlowHandsGuitar", "social",
      "A clip-on tuner, the cheapest one in the shop. Phones struggle with the microphone in a "
      "noisy room; the clip-on feels the vibration through the headstock.")
    r("v1j", "v1i", "@tuneloop_helper", "spam",
      "🎸 Ditch the clip-on! TuneLoop is free and always in your pocket 👉 tuneloop.app/get")
    r("v1k", "v1j", "@seamus_learns_at_68", "social",
      "It answered the teacher. Lads, it answered the teacher.")
    r("v1l", "v1", "@lofi_lena_official", "spam", lena)
    r("v1m", "v1l", "@beatz_by_ty", "spam", "subbed ✅ u sub back?")
    r("v1n", "v1", "@lefty_lou_b", "social",
      "Any chance of a left-handed version? Mirroring everything in my head is breaking me.")
    r("v1o", "v1n", "@SlowHandsGuitar", "social",
      "Most phones can flip a video in the player settings, try that. I'll also put a lefty note "
      "in the description of the next one.")
    r("v1p", "v1", "@jaycee_covers", "spam",
      "if anyone wants to hear a 15 year old play acoustic covers 🥺🎸 check out my channel, new "
      "cover every friday!!")
    r("v1q", "v1", "@rafa_lopez_gtr", "social",
      "Tip for the D: put the ring finger down first, then the other two fall into place around "
      "it.")
    r("v1r", "v1q", "@seamus_learns_at_68", "social",
      "Rafa, that worked the first time. The claw is now a slightly better claw.")
    r("v1s", "v1", "@dmitri_k_plays", "social",
      "Watching from far away. Your voice is very calm, this is good for learning.")
    r("v1u", "v1", "@ayo_learns_guitar", "social",
      "Is it normal that my thumb hurts more than my fingers?")
    r("v1v", "v1u", "@SlowHandsGuitar", "social",
      "You're squeezing. The thumb is only there to balance, not to grip. Let go a little and see "
      "if the chord still rings.")

    # ---- Wednesday: lesson 2
    p("v2", "@SlowHandsGuitar", "social",
      "Why Your G Chord Buzzes (and 4 Fixes)\n\n"
      "Buzzing is the number one thing you've written to me about. Four fixes, from the easiest: "
      "press right behind the fret, not on top of it; arch your fingers; check the guitar; and "
      "check the strings. Lefties: flip the video in your player settings, everything else is the "
      "same.\n\n0:00 The buzz\n1:40 Fix 1\n4:15 Fix 2\n7:30 Fix 3\n10:05 Fix 4", at="Wed 17:00:00")
    r("v2a", "v2", "@MusicVibesDaily-x7k", "spam", sub)
    r("v2b", "v2a", "@beatz_by_ty", "spam", "done ✅ subbed, sub back? 🙏")
    r("v2c", "v2", "@tomasz_strums", "social",
      "Fix 1 (right behind the fret) solved 90% of my buzz. I've been pressing on the metal for "
      "two months.")
    r("v2d", "v2", "@kiki_uke2gtr", "social",
      "Coming from ukulele, G on a guitar is a nightmare. FOUR strings? Six?")
    r("v2e", "v2", "@seamus_learns_at_68", "social",
      "My G still buzzes but now it buzzes with confidence.")
    r("v2f", "v2", "@mark_the_dad_plays", "social",
      "Could it be the guitar? I got mine for €60 online. Or would lighter strings help? "
      "@HarlowStrings?")
    r("v2g", "v2f", "@SlowHandsGuitar", "social",
      "It might be the action, the strings sitting too high. Any shop can do a setup for about "
      "€40 and it makes more difference than the guitar does.")
    r("v2h", "v2f", "@HarlowStrings", "marketing",
      "Hi Mark! Lighter strings (10s) are easier on the fingers but buzz a little more, not less. "
      "For a buzzing G, a setup will do more than a string change. If you do want to try lighter, "
      "our 10-46 set is the one most teachers start students on: harlowstrings.ie/10s")
    r("v2i", "v2", "@lofi_lena_official", "spam", lena)
    r("v2j", "v2i", "@beatz_by_ty", "spam", "subbed ✅ u sub back?")
    r("v2k", "v2", "@dmitri_k_plays", "social",
      "In my band we tune a half step down. Does that make the buzz worse?")
    r("v2l", "v2k", "@tuneloop_helper", "spam",
      "🎸 Alternate tunings made easy! TuneLoop has 40+ presets including half step down, free "
      "👉 tuneloop.app/get")
    r("v2m", "v2k", "@SlowHandsGuitar", "social",
      "A little, yes. Slacker strings flap more, so you may want one gauge heavier.")
    r("v2n", "v2", "@jaycee_covers", "spam",
      "my G used to buzz too!! i posted a cover where you can hear it not buzz anymore lol, link "
      "in my channel 🎸🥺")
    r("v2o", "v2", "@ayo_learns_guitar", "social",
      "Stopped squeezing with my thumb like you said and fix 2 finally clicked. Thank you!")

    # ---- Thursday: community post
    p("c1", "@SlowHandsGuitar", "social",
      "10,000 of you! I started this channel to teach my nephew during lockdown and now there are "
      "people in forty countries playing a wobbly G. Thank you.\n\nOne request: please don't post "
      "'sub for sub' comments here. I'd rather have 10,000 people who want to play than 20,000 "
      "who want a sub back.", at="Thu 10:00", yt="community")
    r("c1a", "c1", "@MusicVibesDaily-x7k", "spam", sub)
    r("c1b", "c1a", "@beatz_by_ty", "spam", "done ✅ subbed, sub back? 🙏")
    r("c1c", "c1", "@seamus_learns_at_68", "social",
      "Well deserved. I'm one of the wobbly Gs.")
    r("c1d", "c1", "@lefty_lou_b", "social",
      "A sub-for-sub comment and its 'done ✅' reply within twenty minutes of the post asking "
      "people not to. Impressive, in a way.")
    r("c1e", "c1", "@jaycee_covers", "spam",
      "congrats!! 🎉🎉 if anyone here likes acoustic covers check out my channel 🥺")
    r("c1f", "c1", "@rafa_lopez_gtr", "social",
      "From one of the forty countries: congratulations, and thank your nephew.")
    r("c1g", "c1", "@ciaramcg", "social", "10k!!! you deserve a million")
    r("c1h", "c1d", "@SlowHandsGuitar", "social",
      "I delete them and they come back. I think they're the same three accounts replying to each "
      "other.")

    # ---- Friday: sponsored lesson 3
    p("v3", "@SlowHandsGuitar", "marketing",
      "Changing Strings Without Tears | Sponsored by Harlow Strings\n\n"
      "This video is sponsored by Harlow Strings, who sent me a year of strings. I've bought their "
      "11s for years, before they ever asked. Use code SLOWHANDS for 15% off at harlowstrings.ie. "
      "In this lesson: taking the old ones off, winding the new ones on, and stretching them so "
      "you're not re-tuning all week.", at="Fri 17:00:00")
    r("v3t", "v3", "@tuneloop_helper", "spam",
      "🎸 New strings? You'll be tuning a lot this week! TuneLoop makes it quick, free "
      "👉 tuneloop.app/get")
    r("v3a", "v3", "@HarlowStrings", "marketing",
      "Thanks for having us, Nuala! Code SLOWHANDS works until the end of October, and if a string "
      "snaps on your first change, email us and we'll send a spare. 🎸")
    r("v3b", "v3", "@MusicVibesDaily-x7k", "spam", sub)
    r("v3c", "v3b", "@beatz_by_ty", "spam", "done ✅ subbed, sub back? 🙏")
    r("v3d", "v3", "@seamus_learns_at_68", "social",
      "Changed my strings for the first time along with this. Only broke one. Harlow, I may be "
      "emailing you.")
    r("v3e", "v3", "@barb_h_learns", "social",
      "Is the code for Ireland only? I'm in the States.")
    r("v3f", "v3e", "@HarlowStrings", "marketing",
      "It works everywhere, Barb! We ship to the US from our workshop in Kildrum, usually in 5-7 "
      "days.")
    r("v3g", "v3", "@mark_the_dad_plays", "social",
      "Honest question: are expensive strings worth it for a beginner?")
    r("v3h", "v3g", "@SlowHandsGuitar", "social",
      "Honestly, no. Fresh cheap strings beat old expensive ones. I'd use Harlow's without the "
      "sponsorship, but buy whatever you can afford and change them more often.")
    r("v3i", "v3", "@ayo_learns_guitar", "social",
      "Sponsored, but she says she bought them for years before, and she just told Mark not to "
      "bother with expensive strings. I believe her.", after="v3h")
    r("v3j", "v3", "@kiki_uke2gtr", "social",
      "The stretching part!! I didn't know you had to stretch new strings, that's why mine kept "
      "going flat all week.")
    r("v3k", "v3", "@lofi_lena_official", "spam", lena)
    r("v3l", "v3k", "@beatz_by_ty", "spam", "subbed ✅ u sub back?")
    r("v3m", "v3", "@ciaramcg", "social",
      "changed mine with this video and now it actually stays in tune!! it was the strings the "
      "whole time")
    r("v3n", "v3m", "@tuneloop_helper", "spam",
      "🎸 Keep it that way! TuneLoop checks your tuning in 3 seconds, free 👉 tuneloop.app/get")
    r("v3o", "v3n", "@ciaramcg", "social", "are you a bot", delay=(120, 900))

    # ---- Saturday
    p("v3p", "@SlowHandsGuitar", "social",
      "Quick note: I've hidden @tuneloop_helper from the channel. It's a bot that answers any "
      "comment that mentions tuning, including mine. I don't use the app and they don't sponsor "
      "me. If you see it elsewhere, it's not me recommending it.", at="Sat 10:05",
      yt="community")
    r("v3q", "v3p", "@MusicVibesDaily-x7k", "spam", sub)
    r("v3r", "v3q", "@beatz_by_ty", "spam", "done ✅ subbed, sub back? 🙏")
    r("v3s", "v3p", "@seamus_learns_at_68", "social",
      "It answered Nuala herself on Monday. I thought it was a very keen young man.")
    r("v3u", "v3p", "@tomasz_strums", "social",
      "Clip-on tuner for 8 euro, best money I spent. Thanks for the honesty.")
    r("v3v", "v3p", "@dmitri_k_plays", "social",
      "Good. And the three sub back ones please also.")

    # ---- Sunday: practice check-in
    p("c2", "@SlowHandsGuitar", "social",
      "Practice check-in! What got easier this week? One thing, however small.",
      at="Sun 11:00", yt="community")
    r("c2a", "c2", "@seamus_learns_at_68", "social",
      "D is no longer a claw. It's a hand. Took me six days.")
    r("c2b", "c2", "@MusicVibesDaily-x7k", "spam", sub)
    r("c2c", "c2b", "@beatz_by_ty", "spam", "done ✅ subbed, sub back? 🙏")
    r("c2d", "c2", "@ciaramcg", "social",
      "G to C without stopping!! and my guitar stays in tune now")
    r("c2e", "c2", "@tomasz_strums", "social",
      "No more buzz on G. Next week: the dreaded F.")
    r("c2f", "c2e", "@SlowHandsGuitar", "social",
      "The dreaded F is next month's lesson. Enjoy the G while it lasts.")
    r("c2g", "c2", "@kiki_uke2gtr", "social",
      "I can play three chords on a guitar and only one of them sounds like a ukulele.")
    r("c2h", "c2", "@jaycee_covers", "spam",
      "i learned a whole song this week!! it's up on my channel if anyone wants to listen 🥺🎸")
    r("c2i", "c2", "@lefty_lou_b", "social",
      "Flipped the video like you said. First week I haven't wanted to throw the guitar.")
    r("c2j", "c2", "@mark_the_dad_plays", "social",
      "Took the €60 guitar for a setup. It's a different instrument. Thank you.")
    return s


# =========================================================================================
# 4. Bluesky: 'hello dear' romance-scam bots in a quilting and knitting community
# =========================================================================================
HUSBAND = re.compile(r"\b(husband|widow|widowed|widower)\b", re.I)


def bluesky_romance_openers():
    s = Stream("bluesky_craft_romance_scam_openers.jsonl", "bluesky",
               "Bluesky: 'hello dear' romance-scam bots answering widows (and anyone who says "
               "husband) in a quilting and knitting community, beside a yarn shop's charity "
               "drive and a stitch-of-the-day bot", 10, dt.date(2026, 6, 8), 25)
    w = s.who
    w("stitchaday.bsky.social", "bot", note="posts a stitch every morning at 07:00:00; never "
      "replies")
    w("richard-hale-offshore.bsky.social", "bot", bounds=(120, 1500))
    w("dr-anders-kell.bsky.social", "bot", bounds=(900, 5400))
    w("gen-mark-daniels.bsky.social", "bot", bounds=(1800, 10800))
    w("capt-william-ross.bsky.social", "bot", bounds=(300, 2400))
    w("bec-thrives-at-home.bsky.social", "spammer", median=60, window=("08:00", "21:30"))
    w("tallowwoodyarn.com.au", "brand", median=60, window=("08:30", "17:30"))
    w("marramquilters.org.au", "brand", median=180, window=("09:00", "20:00"))
    w("aunty-bev-knits.bsky.social", "prolific_person", median=5, window=("04:30", "23:00"))
    w("maureen-stitches.bsky.social", "person", median=60, window=("06:00", "21:30"))
    w("june-pieces.bsky.social", "person", median=30, window=("06:00", "22:00"))
    w("lani-knits-on-the-bus.bsky.social", "person", median=30, window=("05:30", "22:30"))
    w("pip-and-the-loom.bsky.social", "person", median=25, window=("07:00", "23:00"))
    w("sarah-nights-ward4.bsky.social", "person", median=30, window=("14:00", "09:00"))
    w("kath-o-quilts.bsky.social", "person", median=40, window=("07:00", "22:00"))
    w("mel-dyes-wool.bsky.social", "person", median=30, window=("07:30", "23:30"))
    w("greg-quilts-too.bsky.social", "person", median=35, window=("07:00", "22:30"))
    w("dani-learns-knit.bsky.social", "person", median=20, window=("09:00", "02:00"))
    w("noelene-h.bsky.social", "person", median=60, window=("06:00", "21:00"))
    w("ellie-v-spins.bsky.social", "person", median=30, window=("07:00", "23:00"), tz=12)
    p, r = s.post, s.reply
    s.trigger("richard-hale-offshore.bsky.social",
              lambda e: e.parent is None and HUSBAND.search(e.text), "Mon 00:00", "Sat 23:59",
              "every post that says husband, widow, widowed or widower")

    hello = ("Hello dear, I came across your beautiful work and I must say your smile is as warm "
             "as your quilts. I am a widower myself, an engineer on an offshore platform, and I "
             "know loneliness. Would you like to be friends? 🌹")

    # ---- Monday
    p("sd1", "stitchaday.bsky.social", "social",
      "Stitch of the day: seed stitch. Knit 1, purl 1 across; on the next row knit the purls and "
      "purl the knits. Lies flat, doesn't curl, lovely for scarf edges. #knitting "
      "#stitchoftheday", at="Mon 07:00:00")

    p("mq", "maureen-stitches.bsky.social", "social",
      "Finished it. The quilt from my husband Ron's work shirts. Forty-two shirts, two years "
      "since he passed, and I cried over every one. It's going on our bed. My bed now. Thank you "
      "to everyone here who talked me through the binding. #quilting", at="Mon 09:40")
    r("mq1", "mq", "aunty-bev-knits.bsky.social", "social",
      "Oh Maureen. It's beautiful. The blue check in the middle, was that his Sunday one? Ron "
      "would be chuffed.")
    r("mq2", "mq", "richard-hale-offshore.bsky.social", "spam", hello)
    r("mq3", "mq1", "maureen-stitches.bsky.social", "social",
      "It was. I put it in the middle so it's over my heart when I sleep.", delay=(600, 2400))
    r("mq4", "mq", "june-pieces.bsky.social", "social",
      "Your binding is perfect. You said you'd never manage mitred corners and look at them.")
    r("mq6", "mq", "dr-anders-kell.bsky.social", "spam",
      "Good day Maureen. I am Dr. Anders Kell, a surgeon with a UN medical mission. Your quilt "
      "touched my heart deeply. I lost my wife three years ago and I understand. Perhaps we can "
      "talk privately? I am rarely online here 🙏")
    r("mq7", "mq2", "maureen-stitches.bsky.social", "social",
      "Thank you, that's very kind. I'm sorry for your loss too.", delay=(3600, 7200))
    r("mq8", "mq7", "richard-hale-offshore.bsky.social", "spam",
      "Thank you dear Maureen 🌹 This site is not good for talking. Can you send me your email "
      "so we can chat properly? I feel we have a real connection.", delay=(90, 600))
    r("mq9", "mq8", "aunty-bev-knits.bsky.social", "social",
      "Love, these are scam accounts. Same words under every widow's post on here. Don't send an "
      "email address. Block and report.", delay=(180, 900))
    r("mq10", "mq", "gen-mark-daniels.bsky.social", "spam",
      "Hello beautiful. I am General Mark Daniels, currently deployed overseas. Your quilt "
      "reminded me of my late mother. I would like to know you better, do you have a messaging "
      "app? God bless 🇺🇸", at="Tue 02:47")
    r("mq11", "mq9", "maureen-stitches.bsky.social", "social",
      "Oh! The doctor seemed so polite. Blocked, all of them. Thank you, Bev.", at="Tue 06:40")

    p("tw1", "tallowwoodyarn.com.au", "marketing",
      "New in: Tallowwood 8-ply in five new bush colours 🌿 Lilly Pilly, Wattle, Grevillea, Creek "
      "Stone and Ironbark. $14.50 a ball, in store and online: tallowwoodyarn.com.au/new",
      at="Mon 12:10")
    r("tw1b", "tw1", "lani-knits-on-the-bus.bsky.social", "social",
      "Is Wattle more mustard or more lemon? Photos never agree.")
    r("tw1c", "tw1b", "tallowwoodyarn.com.au", "marketing",
      "Right in between, like real wattle after rain! Here's a photo in daylight by the shop "
      "window 🌼 tallowwoodyarn.com.au/wattle")
    r("tw1d", "tw1", "bec-thrives-at-home.bsky.social", "spam",
      "Love these colours! 💕 Ladies, if you'd love to earn from home around the kids, I'd love "
      "to share what changed my life this year. DM me 🌸✨")

    p("dani1", "dani-learns-knit.bsky.social", "social",
      "Day 3 of learning to knit. I have produced a rectangle that is somehow also a triangle.",
      at="Mon 21:30")
    r("dn1", "dani1", "aunty-bev-knits.bsky.social", "social",
      "You're adding a stitch at the start of the row. Count every row for a week. Welcome!",
      at="Tue 04:41")
    r("dn3", "dn1", "dani-learns-knit.bsky.social", "social",
      "I counted and it's 20, 21, 22, 23... you're right. Bev you're a wizard.", at="Tue 09:20")

    # ---- Tuesday
    p("sd2", "stitchaday.bsky.social", "social",
      "Stitch of the day: double moss. K2, P2 for two rows, then P2, K2 for two rows. A little "
      "chunkier than seed stitch and very forgiving. #knitting #stitchoftheday",
      at="Tue 07:00:00")

    p("june", "june-pieces.bsky.social", "social",
      "My husband built me a proper cutting table for our 40th! Hip height! No more bending over "
      "the dining table with a rotary cutter. He's calling the spare room 'the fabric annex'. "
      "#quilting", at="Tue 08:15")
    r("ju1", "june", "richard-hale-offshore.bsky.social", "spam", hello)
    r("ju2", "ju1", "june-pieces.bsky.social", "social",
      "My husband is standing right here, Richard.", delay=(600, 1800))
    r("ju3", "june", "aunty-bev-knits.bsky.social", "social",
      "Hip height! My back just sighed with envy. Happy 40th to you both.")

    p("tw2", "tallowwoodyarn.com.au", "marketing",
      "Love this 👇 the Marram Show is bringing back its craft pavilion after six years! And a "
      "reminder: our Beanies for the Ward drive for the children's ward at Marram Base Hospital "
      "runs to 30 June. 212 beanies so far. Any 8-ply, any pattern, drop them in store. Have you "
      "cast on yet? 🧶", at="Tue 11:00")
    r("tw2a", "tw2", "sarah-nights-ward4.bsky.social", "social",
      "I work nights on that ward. The kids pick their own beanie out of the box and it's the "
      "best part of the shift.", at="Tue 15:20")
    r("tw2b", "tw2", "noelene-h.bsky.social", "social", "Cast on two last night!")
    r("tw2c", "tw2", "kath-o-quilts.bsky.social", "social",
      "Does acrylic count? Some of us are allergic to wool.")
    r("tw2d", "tw2c", "tallowwoodyarn.com.au", "marketing",
      "Acrylic is perfect! The ward actually prefers it because it washes hot. Any colour, any "
      "size from newborn to teen.")

    p("greg", "greg-quilts-too.bsky.social", "social",
      "My husband has started calling the spare room 'Greg's fabric problem'. Here's the design "
      "wall: 600 half-square triangles and counting. #quilting", at="Tue 14:05")
    r("gr1", "greg", "richard-hale-offshore.bsky.social", "spam", hello)
    r("gr2", "gr1", "greg-quilts-too.bsky.social", "social", "Richard, mate.",
      delay=(300, 1500))
    r("gr3", "greg", "june-pieces.bsky.social", "social",
      "HA. Mine says 'the fabric annex'. They're all in a group chat, aren't they.")

    p("lani", "lani-knits-on-the-bus.bsky.social", "social",
      "Knitting on the 6:10 bus again. A man asked if I was 'making a jumper for the bus'. I said "
      "yes. He seemed satisfied.", at="Tue 18:25")
    r("la2", "lani", "gen-mark-daniels.bsky.social", "spam",
      "Hello dear, you have a very beautiful smile. I am General Mark Daniels, deployed overseas "
      "on a peace mission. I would love to know you better, do you have a messaging app? God "
      "bless 🇺🇸")
    r("la3", "la2", "lani-knits-on-the-bus.bsky.social", "social",
      "My profile picture is a sheep.", at="Wed 06:15")

    # ---- Wednesday
    p("sd3", "stitchaday.bsky.social", "social",
      "Stitch of the day: slip-stitch honeycomb. Slip 1 with yarn in back, K1 across; on the "
      "next row purl; shift by one stitch every fourth row. Great with two colours. #knitting "
      "#stitchoftheday", at="Wed 07:00:00")

    p("mq2r", "maureen-stitches.bsky.social", "social",
      "Started a new one. Blues this time, all new fabric. Bev says I'm allowed to buy fabric now "
      "that the shirts are done. #quilting", at="Wed 09:30")
    r("m2a", "mq2r", "aunty-bev-knits.bsky.social", "social",
      "I said REQUIRED, not allowed. Those blues are lovely.")
    r("m2b", "mq2r", "capt-william-ross.bsky.social", "spam",
      "Good morning Maureen 🌊 I'm a ship captain at sea and saw your lovely quilts, I had to say "
      "hello. I lost my wife some years ago and I'd love a kind friend to write to. Do you have an "
      "email?")
    r("m2c", "m2b", "maureen-stitches.bsky.social", "social",
      "Blocked. Bev, they've found me again.", delay=(900, 3600))
    r("m2d", "m2c", "aunty-bev-knits.bsky.social", "social",
      "They trawl the hashtags. Set your posts so only people you follow can reply, love. I'll "
      "show you on Saturday.")

    p("guild1", "marramquilters.org.au", "marketing",
      "Marram Quilt Guild's winter show is on 26-28 June at the Show Hall 🧵 180 quilts, the "
      "members' challenge ('Rivers'), the raffle quilt and a cafe run by the fire brigade "
      "auxiliary. Entry $8, members and kids free. Raffle tickets: marramquilters.org.au/raffle",
      at="Wed 12:00")
    r("g1a", "guild1", "june-pieces.bsky.social", "social",
      "I've entered my first challenge quilt! Terrified.")
    r("g1b", "guild1", "bec-thrives-at-home.bsky.social", "spam",
      "Hi lovely ladies 💕 So many talented women here! If you've ever wanted your hobby to pay "
      "for itself, I have something to share. Comment 'YARN' and I'll DM you ✨")
    r("g1c", "guild1", "kath-o-quilts.bsky.social", "social",
      "Is there a viewers' choice this year?")
    r("g1d", "g1c", "marramquilters.org.au", "marketing",
      "There is! Voting slips at the door, winner announced Sunday at 2. And June, we can't wait "
      "to see yours.")

    p("ellie", "ellie-v-spins.bsky.social", "social",
      "Spun up the fleece from our neighbour's alpaca, Doris. Doris was not impressed to see "
      "herself in skein form. #spinning", at="Wed 15:30")
    r("el1", "ellie", "mel-dyes-wool.bsky.social", "social",
      "Doris in skein form is very handsome. What weight did you get?")
    r("el3", "ellie", "gen-mark-daniels.bsky.social", "spam",
      "Hello dear, your work is beautiful like your smile. I am General Mark Daniels, deployed on "
      "a peace mission. I would like to know you better, do you have a messaging app? God bless "
      "🇺🇸")

    # ---- Thursday
    p("sarah", "sarah-nights-ward4.bsky.social", "social",
      "3am on the ward. Someone's nan dropped off a bag of forty beanies this afternoon. A six "
      "year old chose a green one with a pompom and hasn't taken it off since. Whoever you are: "
      "thank you.", at="Thu 03:05")
    r("sa1", "sarah", "aunty-bev-knits.bsky.social", "social",
      "This is the best thing I'll read all day and it's not even 5am.")
    r("sa2", "sarah", "noelene-h.bsky.social", "social",
      "That was me!! I'm the nan! The green one with the pompom was my favourite too.")
    r("sa3", "sarah", "tallowwoodyarn.com.au", "marketing",
      "This is why we do it 💛 Thank you Sarah, and thank you Noelene. Beanies for the Ward runs "
      "to 30 June, drop-off box is by the till.")
    r("sa4", "sa2", "sarah-nights-ward4.bsky.social", "social",
      "Noelene!! He says thank you. He also says 'it's the best hat in the world'.",
      at="Thu 16:10")

    p("sd4", "stitchaday.bsky.social", "social",
      "Stitch of the day: basketweave. K4, P4 for four rows, then P4, K4 for four rows. Reversible "
      "and warm, good for dishcloths and blankets. #knitting #stitchoftheday", at="Thu 07:00:00")

    p("noel", "noelene-h.bsky.social", "social",
      "Widowed eight years and I've knitted 96 beanies for the ward since. Keeps the hands busy "
      "and the heart full. Today's batch: 14, and one green with a pompom.", at="Thu 10:30")
    r("no1", "noel", "richard-hale-offshore.bsky.social", "spam", hello)
    r("no2", "no1", "aunty-bev-knits.bsky.social", "social",
      "Richard's back. Everybody block Richard.")
    r("no3", "no1", "noelene-h.bsky.social", "social",
      "At my age, Richard, I'd need a man who can cast on.", delay=(1200, 3600))
    r("no5", "noel", "dr-anders-kell.bsky.social", "spam",
      "Good day Noelene. I am Dr. Anders Kell, a surgeon with a UN medical mission. Your kindness "
      "to the children touched my heart deeply. I lost my wife three years ago and I understand "
      "loneliness. Perhaps we can talk privately? 🙏")

    p("bec", "bec-thrives-at-home.bsky.social", "spam",
      "Feeling stuck? 💭 12 months ago I was a tired mum of 3 with no time for myself. Now I "
      "work from my phone around school pickup and my craft budget pays for itself 🧶✨ Comment "
      "'YARN' and I'll send you the details! #knitting #quilting #crochet", at="Thu 13:00")
    r("bc1", "bec", "mel-dyes-wool.bsky.social", "social", "Which company is it?")
    r("bc2", "bc1", "bec-thrives-at-home.bsky.social", "spam",
      "It's not about the company lovely, it's about the freedom 💕 DM me and I'll explain "
      "everything!")
    r("bc3", "bc1", "pip-and-the-loom.bsky.social", "social",
      "It's an essential-oils MLM. She posted the starter kit price last month: $249.")

    p("tw3", "tallowwoodyarn.com.au", "marketing",
      "Beanie count: 388! 🎉 The ward's nurses say the box is nearly empty again, so keep them "
      "coming. 20 days left. Thank you, all of you 💛 #BeaniesForTheWard", at="Thu 16:00")
    r("tw3a", "tw3", "lani-knits-on-the-bus.bsky.social", "social",
      "Two bus beanies coming your way Saturday.")
    r("tw3b", "tw3", "dani-learns-knit.bsky.social", "social",
      "Could a beginner's beanie be good enough? Mine has character.")
    r("tw3c", "tw3b", "tallowwoodyarn.com.au", "marketing",
      "Character is welcome! If it fits a head, it's perfect. Come to Saturday's knit-in and "
      "we'll help you with the crown.")

    p("dani2", "dani-learns-knit.bsky.social", "social",
      "Day 6. The rectangle is a rectangle. I am unbearable now.", at="Thu 20:15")
    r("dn4", "dani2", "aunty-bev-knits.bsky.social", "social", "Told you. Now a beanie.")

    # ---- Friday
    p("sd5", "stitchaday.bsky.social", "social",
      "Stitch of the day: 2x2 rib. K2, P2 every row, lining up the knits over the knits. Stretchy "
      "and snug, the classic beanie brim. #knitting #stitchoftheday", at="Fri 07:00:00")
    r("sd5a", "sd5", "dani-learns-knit.bsky.social", "social",
      "The bot knows what I'm doing next. Rib it is.")

    p("kath", "kath-o-quilts.bsky.social", "social",
      "PSA for the craft community: if you post about your husband, or being widowed, you'll "
      "get a 'Hello dear' within minutes from an 'offshore engineer', a 'UN surgeon', a "
      "'general' or a 'ship captain'. They're romance scammers, they're automated, and they go "
      "for widows. Block, report, and tell your friends who are new here.", at="Fri 09:00")
    r("ka1", "kath", "richard-hale-offshore.bsky.social", "spam", hello)
    r("ka2", "ka1", "kath-o-quilts.bsky.social", "social",
      "I rest my case.", delay=(300, 1200))
    r("ka3", "kath", "maureen-stitches.bsky.social", "social",
      "I nearly sent my email to the first one. Thank you for posting this.")
    r("ka4", "kath", "greg-quilts-too.bsky.social", "social",
      "I got one too and I'm a 58 year old man called Greg.")

    p("guild2", "marramquilters.org.au", "marketing",
      "Raffle quilt reveal! 'Floodplain', 1,400 pieces by eleven members, queen size, hand quilted "
      "over fourteen months. Tickets $5 or 3 for $10, drawn on the last day of the show: "
      "marramquilters.org.au/raffle", at="Fri 11:00")
    r("gu1", "guild2", "june-pieces.bsky.social", "social",
      "I did the tiny blue triangles in the bottom corner. Don't look too closely.")
    r("gu2", "guild2", "aunty-bev-knits.bsky.social", "social", "Buying ten.")

    p("pip", "pip-and-the-loom.bsky.social", "social",
      "Warp's on the loom for a tea towel run. Twelve tea towels, one warp, zero regrets (so "
      "far). #weaving", at="Fri 14:30")

    # ---- Saturday
    p("sd6", "stitchaday.bsky.social", "social",
      "Stitch of the day: stockinette. Knit the right side, purl the wrong side. The plain one, "
      "the one everyone means when they say 'knitting'. It curls. That's allowed. #knitting "
      "#stitchoftheday", at="Sat 07:00:00")

    p("tw4", "tallowwoodyarn.com.au", "marketing",
      "Saturday knit-in at the shop from 1pm! Bring your beanies-in-progress, we'll help with "
      "crowns and pompoms, and the tea's on us ☕🧶", at="Sat 08:45")
    r("tw4b", "tw4", "bec-thrives-at-home.bsky.social", "spam",
      "Sounds lovely! 💕 Anyone there who wants a little extra income for more yarn, come find "
      "me, or DM me ✨")

    p("mq3r", "maureen-stitches.bsky.social", "social",
      "Took the blues to the knit-in at Tallowwood's. Three people asked where I bought the quilt "
      "top. I said, I made it. Bev fixed my reply settings.", at="Sat 16:40")
    r("m3a", "mq3r", "aunty-bev-knits.bsky.social", "social",
      "Best afternoon. Next week: borders.")
    return s


# =========================================================================================
# 5. Blog: a PR firm's 'residents' with talking points on a local news blog's rezoning stories
# =========================================================================================
def blog_rezoning_astroturf():
    s = Stream("blog_data_centre_rezoning_astroturf.jsonl", "blog",
               "Blog: an outreach firm's comment accounts posing as residents, with the same "
               "talking points, under a local news blog's stories on a data-centre rezoning, beside "
               "the open campaigns on both sides and an agenda-watch bot's pingbacks", -5,
               dt.date(2026, 10, 19), 180)
    w = s.who
    ring = ["Mark T.", "Concerned Mom of 3", "Linda Hargrove", "Proud HC Native", "Jim Reardon"]
    w("Mark T.", "bot", bounds=(600, 5400))
    w("Concerned Mom of 3", "bot", bounds=(900, 7200))
    w("Linda Hargrove", "bot", bounds=(1200, 9000))
    w("Proud HC Native", "bot", bounds=(600, 6000))
    w("Jim Reardon", "bot", bounds=(1800, 10800))
    w("Harrow Creek Agenda Watch", "bot", note="is a resident's civic-data site; sends a pingback "
      "when it links a story to an agenda item, from the hourly agenda scrape; never comments")
    w("Kyle Brandt | Brandt Home Team", "spammer", median=240, window=("08:00", "20:00"))
    w("Harrow Creek Forward", "brand", median=120, window=("08:00", "20:00"))
    w("Save Sutter Prairie", "brand", median=180, window=("07:00", "22:00"))
    w("Ben Castellano, Ironvale Digital", "brand", median=240, window=("08:30", "17:30"),
      weekdays=True)
    w("Walt Hendricks", "prolific_person", median=12, window=("05:00", "22:30"))
    w("Dana Okonjo", "person", median=120, window=("06:30", "23:30"))
    w("Rosa Villanueva", "person", median=200, window=("05:30", "21:00"))
    w("Terry Maddox", "person", median=240, window=("05:30", "22:00"))
    w("Aisha Coleman", "person", median=180, window=("07:00", "23:00"))
    w("Grace Lindqvist", "person", median=150, window=("06:00", "22:00"))
    w("Dale Ostrowski", "person", median=300, window=("05:00", "21:00"))
    w("Megan Ruiz", "person", median=120, window=("07:00", "23:30"))
    w("Tom Becker", "person", median=90, window=("07:00", "00:30"))
    w("Hal Jennings", "person", median=120, window=("22:00", "12:00"))
    w("Priya Sandhu", "person", median=200, window=("07:00", "22:30"))
    s.fields = {
        "Mark T.": ("", "mark.t.harrowcreek@inboxly.net"),
        "Concerned Mom of 3": ("", "hcmomof3@inboxly.net"),
        "Linda Hargrove": ("", "linda.hargrove62@inboxly.net"),
        "Proud HC Native": ("", "proudhcnative@inboxly.net"),
        "Jim Reardon": ("", "jreardon.hc@inboxly.net"),
        "Kyle Brandt | Brandt Home Team": ("https://brandthometeam.com/free-valuation",
                                           "kyle@brandthometeam.com"),
        "Harrow Creek Forward": ("https://harrowcreekforward.org", "info@harrowcreekforward.org"),
        "Save Sutter Prairie": ("https://savesutterprairie.org", "hello@savesutterprairie.org"),
        "Ben Castellano, Ironvale Digital": ("https://ironvaledigital.com/harrow-creek",
                                             "bcastellano@ironvaledigital.com"),
        "Walt Hendricks": ("", "walt.hendricks@prairienet.net"),
        "Dana Okonjo": ("https://harrowcreekledger.com", "dana@harrowcreekledger.com"),
        "Rosa Villanueva": ("", "villanuevafarm@prairienet.net"),
        "Terry Maddox": ("", "tmaddox.sparky@mailbox.org"),
        "Aisha Coleman": ("https://hccc.edu/faculty/acoleman", "acoleman@hccc.edu"),
        "Grace Lindqvist": ("", "grace.lindqvist@prairienet.net"),
        "Dale Ostrowski": ("", "dale.ostrowski55@prairienet.net"),
        "Megan Ruiz": ("", "meganruiz.hc@mailbox.org"),
        "Tom Becker": ("https://tombecker.blog", "tom@tombecker.blog"),
        "Hal Jennings": ("", "haljennings@prairienet.net"),
        "Priya Sandhu": ("", "psandhu.rph@mailbox.org"),
    }
    p, r = s.post, s.reply
    rezoning = lambda e: e.parent is None and "rezon" in e.text.split("\n")[0].lower()
    s.trigger("Mark T.", lambda e: e.parent is None, "Mon 00:00", "Fri2 11:00",
              "every post, on any subject")
    for name in ring[1:]:
        s.trigger(name, rezoning, "Mon 00:00", "Fri2 11:00", "every post about the rezoning")

    # ---- Monday 19 October
    p("b1", "Dana Okonjo", "social",
      "Ironvale Digital asks county to rezone 410 acres of Sutter Prairie for a data centre\n\n"
      "A data-centre developer has filed to rezone 410 acres of farmland along Sutter Prairie "
      "Road from agricultural to heavy industrial, for a campus of four buildings and an "
      "electrical substation. The request, RZ-26-07, goes to the county planning commission on "
      "Oct. 29. Here is what's in the filing, and what isn't: it promises 'up to 300 jobs' during "
      "construction and 'about 40' after, and it does not say how much water the campus would "
      "use.", at="Mon 06:30")
    r("b1a", "b1", "Walt Hendricks", "social",
      "Farmed the ground across the road from that for 38 years. Best soil on the prairie. I'm "
      "not against everything new, but 'heavy industrial' on Sutter Prairie is a big sentence.")
    r("b1b", "b1", "Mark T.", "spam",
      "This is exactly what Harrow Creek needs. 300 good-paying jobs and $12 million a year in new "
      "tax revenue for our schools. It's time we stopped saying no to progress!")
    r("b1c", "b1", "Concerned Mom of 3", "spam",
      "As a mom of 3, I want my kids to have a reason to stay in Harrow Creek. Data centers mean "
      "high-paying tech jobs and better-funded schools. I support this 100%!")
    r("b1d", "b1", "Linda Hargrove", "spam",
      "I've lived here 40 years and I've never seen an opportunity like this. Modern data centers "
      "use closed-loop cooling and use less water than a golf course. Let's move forward!")
    r("b1e", "b1", "Proud HC Native", "spam",
      "Born and raised in Harrow Creek. We can't keep losing our young people to the cities. $12 "
      "million for our schools! Support the rezoning!")
    r("b1f", "b1", "Jim Reardon", "spam",
      "Jobs, tax revenue and no impact on traffic once it's built. This is a no-brainer for our "
      "community.")
    r("b1g", "b1", "Harrow Creek Agenda Watch", "social",
      "[…] RZ-26-07: rezoning of 410 acres on Sutter Prairie Rd from A-1 to I-2 (Ironvale "
      "Digital LLC). Planning Commission, Oct. 29, 6:00 p.m., item 4. Filing, maps and staff "
      "report linked below. Coverage: The Harrow Creek Ledger […]", delay=(1500, 3500),
      author_url="https://hcagendawatch.org/items/rz-26-07")
    r("b1h", "b1", "Rosa Villanueva", "social",
      "My family farms the quarter section right next to this. Nobody from Ironvale has knocked "
      "on our door. How loud is a substation? How bright is a data centre at night?")
    r("b1i", "b1h", "Dana Okonjo", "social",
      "Rosa, the site plan puts the substation on the north side, about 900 feet from your line. "
      "I've asked Ironvale for noise and lighting figures and will print whatever they send.")
    r("b1j", "b1h", "Ben Castellano, Ironvale Digital", "marketing",
      "Rosa, I'm the community relations lead for Ironvale, and you should have heard from us "
      "before you read about it here. That's on us and I'm sorry. I'd like to come out this week "
      "with the site plan and our sound study, at whatever time suits you: 555-0148.")
    r("b1k", "b1", "Aisha Coleman", "social",
      "I teach hydrology at the community college. The Sutter Prairie wells draw from the same "
      "shallow aquifer as half the farms on the east side. 'Closed-loop' can mean a lot of "
      "things. I'd want gallons per day, summer peak, and the source.")
    r("b1l", "b1", "Terry Maddox", "social",
      "I'm an electrician. Two years of construction would be steady work for a lot of us and I'm "
      "not going to pretend that doesn't matter to my family. I'd still like to see the water "
      "numbers before anybody votes.")
    r("b1m", "b1", "Kyle Brandt | Brandt Home Team", "spam",
      "Thinking of selling before Sutter Prairie changes? 🏡 Find out what your home is worth "
      "today with a free 60-second valuation: brandthometeam.com/free-valuation")
    r("b1n", "b1", "Tom Becker", "social",
      "'$12 million for our schools' appears in two comments here. The filing says the county "
      "would get an estimated $4.1 million a year after abatements, and it doesn't say how much "
      "would go to the school district. Where is 12 coming from?", after=["b1b", "b1e"])

    # ---- Wednesday 21 October
    p("b2", "Dana Okonjo", "social",
      "Rezoning: how much water would it use? What Ironvale's filing says, and doesn't\n\n"
      "The filing uses the words 'closed-loop cooling' and 'minimal water use' but gives no "
      "gallons. A campus of similar size in another state reported using 1.1 million gallons a "
      "day in its hottest month. Ironvale told the Ledger on Tuesday that it would publish its "
      "water study before the hearing. Here is what closed-loop does and doesn't mean, with help "
      "from a hydrologist.", at="Wed 06:30")
    r("b2a", "b2", "Walt Hendricks", "social",
      "1.1 million gallons a day. My whole section uses that in a dry July, and I'm irrigating.")
    r("b2b", "b2", "Mark T.", "spam",
      "This is exactly what Harrow Creek needs. 300 good-paying jobs and $12 million a year in new "
      "tax revenue for our schools. It's time we stopped saying no to progress!")
    r("b2c", "b2", "Linda Hargrove", "spam",
      "Modern data centers use closed-loop cooling and use less water than a golf course. The "
      "scare stories about water are just not true. Let's move forward, Harrow Creek!")
    r("b2d", "b2", "Concerned Mom of 3", "spam",
      "As a mom of 3 I trust the experts. Closed-loop cooling uses less water than a golf course, "
      "and our schools need the $12 million. I support this!")
    r("b2e", "b2", "Proud HC Native", "spam",
      "Less water than a golf course! And $12 million for our schools. Born and raised here and I "
      "say yes.")
    r("b2f", "b2", "Jim Reardon", "spam",
      "Closed-loop means the water is reused. Jobs, tax revenue, and less water than a golf "
      "course. No-brainer.")
    r("b2g", "b2", "Tom Becker", "social",
      "Funny how 'less water than a golf course' shows up in four comments word for word. Also "
      "we don't have a golf course.", after=["b2c", "b2d", "b2e", "b2f"])
    r("b2h", "b2", "Aisha Coleman", "social",
      "A quick primer, since people are asking. Closed-loop means the water that touches the "
      "chips stays in pipes and is reused. But the heat has to go somewhere, and most designs "
      "dump it through evaporative cooling towers, which consume water. So the honest question is "
      "what the towers use in August.")
    r("b2i", "b2", "Ben Castellano, Ironvale Digital", "marketing",
      "Thanks for covering this carefully. Our design for Sutter Prairie uses air-cooled chillers, "
      "with evaporative assist only above 95°F. Our engineers' estimate is an average of 40,000 "
      "gallons a day and a summer peak of about 150,000. The full study goes on our project page "
      "Friday: ironvaledigital.com/harrow-creek")
    r("b2o", "b2h", "Walt Hendricks", "social",
      "Thank you. That's the first explanation of closed-loop I've understood, and I've had it "
      "explained to me three times at the co-op.")
    r("b2j", "b2i", "Aisha Coleman", "social",
      "That's a real number, thank you. 150,000 at peak is a lot less than 1.1 million. I'll read "
      "the study and say so if it holds up.")
    r("b2k", "b2", "Harrow Creek Forward", "marketing",
      "Harrow Creek Forward is a coalition of local businesses and residents supporting the "
      "Sutter Prairie project, funded in part by Ironvale Digital. We'll be at the Oct. 29 "
      "hearing. If you support the project, sign up to speak: harrowcreekforward.org/hearing")
    r("b2l", "b2", "Save Sutter Prairie", "marketing",
      "Our petition asking the planning commission to require an independent water study before "
      "any vote has 1,240 signatures. Add yours, and come to our meeting Tuesday at 7 at the "
      "Grange hall: savesutterprairie.org/petition")
    r("b2m", "b2", "Priya Sandhu", "social",
      "Nobody's mentioned power bills. Who pays for the substation and the new lines? In other "
      "towns it's ended up on everybody's electric rate.")
    r("b2n", "b2m", "Dana Okonjo", "social",
      "Good question and I don't know yet. I've asked the co-op. It's on my list for Monday's "
      "reader questions post.")

    # ---- Friday 23 October: an unrelated post
    p("b3", "Dana Okonjo", "social",
      "Harvest Days: parking, road closures and the pie table schedule\n\n"
      "Main Street closes from the elevator to Third from 7 a.m. Saturday. Park at the school lot "
      "or the fairgrounds, the shuttle runs every 15 minutes. The parade starts at 10, the pie "
      "auction at 1, and the Lions' pancake breakfast runs until they run out.", at="Fri 07:00")
    r("b3a", "b3", "Mark T.", "spam",
      "This is exactly what Harrow Creek needs. 300 good-paying jobs and $12 million a year in new "
      "tax revenue for our schools. It's time we stopped saying no to progress!")
    r("b3b", "b3", "Grace Lindqvist", "social",
      "Is the parade still lining up at the elevator? My third graders are marching with a paper "
      "mache pumpkin the size of a car.")
    r("b3c", "b3b", "Dana Okonjo", "social",
      "Still the elevator, lining up from 9:15. I need a photo of that pumpkin.")
    r("b3d", "b3", "Walt Hendricks", "social",
      "Pie auction at 1. My late wife's rhubarb recipe is going in for the 20th year. My "
      "granddaughter bakes it now.")
    r("b3e", "b3a", "Megan Ruiz", "social",
      "...this is a post about parking.")
    r("b3f", "b3", "Kyle Brandt | Brandt Home Team", "spam",
      "Fall is a great time to sell! 🍂 See what your Harrow Creek home is worth with a free "
      "valuation: brandthometeam.com/free-valuation")

    # ---- Monday 26 October
    p("b4", "Dana Okonjo", "social",
      "Your questions about the rezoning, answered\n\n"
      "You sent 63 questions. The most common: who pays for the substation (the developer, says "
      "the power co-op, but the new line along County Road 9 would be shared), what '40 jobs' "
      "means (full-time, on site, about half technicians), what the county would collect "
      "($4.1 million a year after a ten-year abatement, not $12 million), and how to speak at "
      "Thursday's hearing (sign up at the door, three minutes each).", at="Mon2 06:30")
    r("b4a", "b4", "Walt Hendricks", "social",
      "'$4.1 million after abatement, not $12 million.' Somebody should tell the commenters.")
    r("b4b", "b4", "Mark T.", "spam",
      "This is exactly what Harrow Creek needs. 300 good-paying jobs and $12 million a year in new "
      "tax revenue for our schools. It's time we stopped saying no to progress!")
    r("b4c", "b4", "Proud HC Native", "spam",
      "$12 million for our schools and jobs for our kids. Born and raised here. Support the "
      "rezoning Thursday!")
    r("b4d", "b4", "Concerned Mom of 3", "spam",
      "As a mom of 3 I'll be at the hearing Thursday to support jobs and schools! Data centers "
      "are the future and Harrow Creek deserves a piece of it.")
    r("b4e", "b4", "Linda Hargrove", "spam",
      "40 years in Harrow Creek and this is the best opportunity we've ever had. Less water than a "
      "golf course! See you Thursday!")
    r("b4f", "b4", "Jim Reardon", "spam",
      "The facts are clear: jobs, tax revenue and no traffic. No-brainer. Vote yes Thursday.")
    r("b4g", "b4", "Tom Becker", "social",
      "Dana's post says 4.1 and the same five names still say 12, within a couple of hours of "
      "it going up. I looked: none of them has ever commented on anything that isn't this rezoning, "
      "except one who commented about jobs under the parking post.",
      after=["b4b", "b4c", "b4d", "b4e", "b4f"])
    r("b4h", "b4", "Dale Ostrowski", "social",
      "I'm the one selling the land, since people keep asking. My kids don't want to farm and my "
      "knees are done. I'm not ashamed of it. But I don't know who these 'Proud Native' people "
      "are either, and I've lived on Sutter Prairie Road for 61 years.")
    r("b4i", "b4h", "Rosa Villanueva", "social",
      "Dale, nobody on our road blames you. We just want to know what we're living next to. Ben "
      "from Ironvale came out Thursday, by the way, and answered everything he could.")
    r("b4j", "b4", "Hal Jennings", "social",
      "Night shift at the ethanol plant here. We were promised 'hundreds of jobs' too, and we're "
      "at 31. Forty sounds honest, at least.", at="Tue2 02:20")
    r("b4o", "b4j", "Walt Hendricks", "social",
      "31 at the plant, and folks at the co-op still talk about it like it's 300. Good on you for "
      "saying so, Hal.")
    r("b4k", "b4", "Save Sutter Prairie", "marketing",
      "Thanks for these answers, Dana. Save Sutter Prairie will speak at the hearing asking for "
      "an independent water study first. 1,900 signatures now. Carpool from the Grange at 5:15: "
      "savesutterprairie.org/hearing")
    r("b4l", "b4", "Harrow Creek Forward", "marketing",
      "Supporters: we're meeting at the courthouse steps at 5:30 on Thursday with signs and "
      "coffee. Sign up to speak: harrowcreekforward.org/hearing")
    r("b4m", "b4", "Harrow Creek Agenda Watch", "social",
      "[…] Planning Commission, Oct. 29: agenda posted. Item 4, RZ-26-07 (Ironvale Digital). Staff "
      "recommendation: continue to a later meeting pending a water-use study. Related coverage: "
      "The Harrow Creek Ledger, 'Your questions about the rezoning, answered' […]",
      delay=(1800, 3600), author_url="https://hcagendawatch.org/meetings/pc-2026-10-29")
    r("b4n", "b4", "Priya Sandhu", "social",
      "Thank you for chasing the co-op on power bills. 'Shared' is doing a lot of work in that "
      "sentence, though.")

    # ---- Thursday 29 October: the hearing
    p("b5", "Dana Okonjo", "social",
      "Planning commission tables rezoning after four-hour hearing\n\n"
      "The Harrow Creek County Planning Commission voted 4-3 Thursday night to table RZ-26-07 "
      "until Ironvale Digital's water study can be reviewed by an outside engineer. Forty-one "
      "people spoke: 19 for, 22 against. Commissioners asked Ironvale for binding water limits "
      "and a noise study at the property line. The item could return in December.",
      at="Thu2 23:40")
    r("b5a", "b5", "Mark T.", "spam",
      "This is exactly what Harrow Creek needs. 300 good-paying jobs and $12 million a year in new "
      "tax revenue for our schools. It's time we stopped saying no to progress!")
    r("b5b", "b5", "Concerned Mom of 3", "spam",
      "So disappointed. As a mom of 3 I wanted jobs and schools for my kids. Don't let a loud few "
      "decide for all of us!")
    r("b5c", "b5", "Linda Hargrove", "spam",
      "40 years here and we just said no to the best opportunity we've ever had. Less water than "
      "a golf course! Shameful.")
    r("b5d", "b5", "Proud HC Native", "spam",
      "Born and raised here and ashamed tonight. $12 million for our schools, gone.")
    r("b5e", "b5", "Jim Reardon", "spam",
      "Jobs and tax revenue, a no-brainer, and the commission said no. Call your commissioner!")
    r("b5f", "b5", "Tom Becker", "social",
      "I sat through all four hours. Not one of the five names above signed up to speak or was "
      "in the room, as far as anyone can tell. The woman from the co-op was, and she was the most "
      "useful person there.", at="Fri2 06:50")
    r("b5g", "b5", "Terry Maddox", "social",
      "I spoke for it, for the construction work, and I'll say it here too: the water limits the "
      "commissioners asked for are fair. Put them in writing and I'll be back in December.",
      at="Fri2 05:45")
    r("b5h", "b5", "Rosa Villanueva", "social",
      "I spoke against, my first time at a microphone. Terry and I had coffee after. That's how "
      "this should go.", at="Fri2 06:10")
    r("b5i", "b5", "Aisha Coleman", "social",
      "For the record, Ironvale's study is better than I expected, and it still needs the outside "
      "review. Those two things can both be true.", at="Fri2 08:30")
    r("b5j", "b5", "Walt Hendricks", "social",
      "Forty-one speakers and nobody threw a chair. Harrow Creek did all right.", at="Fri2 05:05")
    r("b5k", "b5", "Harrow Creek Forward", "marketing",
      "Thank you to the 19 neighbours who spoke in support tonight. We'll keep working with "
      "Ironvale on the water limits the commission asked for, and we'll be back in December. "
      "harrowcreekforward.org", at="Fri2 09:20")

    # ---- Friday 30 October: a note on comments
    p("b6", "Dana Okonjo", "social",
      "A note on comments\n\n"
      "Over the past two weeks, 20 comments on our rezoning stories (and one under the Harvest "
      "Days parking post) came from five names that share one little-used email domain, post "
      "within an hour or two of each story at any hour of the night, and repeat the same figures, "
      "including a $12 million that appears nowhere in the filing. None of the five names matches "
      "anyone on the county's voter roll. From today, comments from that domain are held for "
      "review. Harrow Creek Forward says it didn't write them. Ironvale says it is asking the "
      "outreach firm it hired in September.", at="Fri2 12:00")
    r("b6a", "b6", "Tom Becker", "social",
      "Thank you. For anyone wondering, plenty of people in favour of this project are real: "
      "Terry, Dale, the guys at the co-op. They just don't all write the same sentence.")
    r("b6b", "b6", "Harrow Creek Forward", "marketing",
      "We did not write, pay for or coordinate those comments. Everything Harrow Creek Forward "
      "says, we sign with our name, and our funding from Ironvale is on our website.")
    r("b6c", "b6", "Ben Castellano, Ironvale Digital", "marketing",
      "Ironvale has ended its contract with the outreach firm responsible for those comments. We "
      "didn't ask for them and we don't want them. Our water study, sound study and site plan "
      "are at ironvaledigital.com/harrow-creek, and I'm still at 555-0148 for anyone on Sutter "
      "Prairie Road.")
    r("b6d", "b6", "Walt Hendricks", "social",
      "Five fake neighbours. We've got plenty of real ones with opinions, we don't need to rent "
      "extra.")
    r("b6e", "b6", "Rosa Villanueva", "social",
      "Good. Now maybe the real arguments will get heard.")
    r("b6f", "b6", "Megan Ruiz", "social",
      "I thought Concerned Mom of 3 was somebody from my kids' school. Creepy.")
    return s


# =========================================================================================
# 6. Mastodon: a tech-support scam bot answering every post about printers on a teachers'
#    instance, beside the instance's reminder bot, a school-closures feed and the maker's support
# =========================================================================================
PRINTER = re.compile(r"\b(printers?|printing|toner|photocopiers?|copiers?)\b", re.I)


def mastodon_printer_scam():
    s = Stream("mastodon_teachers_printer_support_scam.jsonl", "mastodon",
               "Mastodon: a tech-support scam bot answering every post that mentions a printer on "
               "a teachers' instance, and its replacement, beside the instance's reminder bot, a "
               "school-closures feed and the printer maker's own support account", 0,
               dt.date(2026, 11, 16), 25)
    w = s.who
    w("printcare_desk@quickhelp.site", "bot", bounds=(30, 150))
    w("printfix_247@helpdesk.online", "bot", bounds=(40, 200))
    w("remindme", "bot", bounds=(2, 12), note="confirms every mention within seconds and posts "
      "the reminder at the minute asked for")
    w("closures@brackenfeeds.org.uk", "bot", note="posts each update of the council's school "
      "closures page within five minutes; never replies")
    w("tara_quinn@edu.chat", "spammer", median=60, window=("08:00", "18:00"))
    w("korvell_support@korvell.social", "brand", median=90, window=("08:00", "18:00"),
      weekdays=True)
    w("mrs_adebayo", "prolific_person", median=5, window=("06:00", "00:30"))
    w("ruth", "person", median=30, window=("07:00", "23:00"))
    w("keith_it", "person", median=20, window=("07:00", "22:30"))
    w("mr_okafor_maths", "person", median=40, window=("06:30", "22:30"))
    w("jo_teaches_y4", "person", median=30, window=("06:00", "22:30"))
    w("priya_senco", "person", median=30, window=("06:30", "22:00"))
    w("deputy_dan", "person", median=25, window=("06:00", "23:00"))
    w("hamid_physics", "person", median=30, window=("07:00", "23:30"))
    w("lucy_ect", "person", median=20, window=("06:30", "00:30"))
    w("gethin@cwtch.social", "person", median=35, window=("07:00", "23:00"))
    w("ailsa@tattie.social", "person", median=30, window=("07:00", "23:30"))
    w("night_marker", "person", median=20, window=("19:00", "03:00"))
    w("sian_music", "person", median=30, window=("07:00", "22:30"))
    p, r = s.post, s.reply
    bots = ("printcare_desk@quickhelp.site", "printfix_247@helpdesk.online")
    s.trigger("printcare_desk@quickhelp.site",
              lambda e: e.author not in bots and PRINTER.search(e.text), "Mon 00:00", "Wed 11:30",
              "every post or reply that says printer, printing, toner, photocopier or copier")
    s.trigger("printfix_247@helpdesk.online",
              lambda e: e.author not in bots and PRINTER.search(e.text), "Thu 02:00", "Fri 09:15",
              "every post or reply that says printer, printing, toner, photocopier or copier")
    s.trigger("remindme", lambda e: "@remindme" in e.text and e.author != "remindme",
              "Mon 00:00", "Sat 23:59", "every post that mentions @remindme")

    pc = ["Having printer trouble? 🖨️ Our certified technicians can fix it remotely in minutes! "
          "Call our 24/7 Printer Helpline: 0800 555 0147 or visit printcare-desk.site",
          "Printer not responding? 🖨️ Don't stress! Our experts fix all brands remotely, 24/7. "
          "Call 0800 555 0147 now or visit printcare-desk.site",
          "Toner or print quality issues? 🖨️ Our certified technicians can help right now! 24/7 "
          "Printer Helpline: 0800 555 0147 · printcare-desk.site"]
    pf = ("🖨️ Printer problems? Don't wait! Call our UK Printer Support Line free on 0800 555 0182, "
          "24/7, certified engineers for all brands. printfix-247.online")

    # ---- Monday
    p("jo1", "jo_teaches_y4", "social",
      "Monday. The photocopier has jammed with the Year 4 spelling tests inside it. It is holding "
      "them hostage. #teachers", at="Mon 07:12")
    r("jo1a", "jo1", "printcare_desk@quickhelp.site", "spam", pc[0])
    r("jo1b", "jo1", "keith_it", "social",
      "Open panel B, green lever down, pull the sheet towards you, never upwards. If it tears, "
      "it's a technician job. Good luck.")
    r("jo1c", "jo1", "mrs_adebayo", "social",
      "Spelling test postponed due to hostage situation. The children will understand.")
    r("jo1d", "jo1b", "jo_teaches_y4", "social",
      "Panel B! Green lever! Freed. Keith you're a hero.", delay=(300, 1200))

    p("ruth1", "ruth", "social",
      "Morning all. The instance's reminder bot is working again: mention @remindme with a time, "
      "like '@remindme Friday 3pm mock reports', and it'll nudge you. Thanks to Hamid for fixing "
      "it. #staffroom", at="Mon 08:05")
    r("ruth1a", "ruth1", "remindme", "social",
      "⏰ Got it, @ruth! I'll remind you on Fri 20 Nov at 15:00: \"mock reports\"")
    r("ruth1b", "ruth1a", "ruth", "social",
      "That was an example, you daft thing. Fine. I'll do my mock reports.", delay=(60, 600))

    p("keith1", "keith_it", "social",
      "PSA from your friendly school IT technician: when your printer says 'toner low', it has "
      "about 300 pages left. It is lying to make you panic. Ignore it until the pages go faint.",
      at="Mon 09:30")
    r("k1a", "keith1", "printcare_desk@quickhelp.site", "spam", pc[2])
    r("k1b", "k1a", "keith_it", "social",
      "Mate, I AM the helpline.", delay=(120, 600))
    r("k1d", "keith1", "mrs_adebayo", "social",
      "300 pages! I've been shaking the cartridge like a cocktail for a month.")

    p("lucy1", "lucy_ect", "social",
      "Is it normal to be marking at lunch, after school and on the bus? First term as an ECT and "
      "I'm starting to wonder if I'm doing it wrong.", at="Mon 12:40")
    r("l1a", "lucy1", "mrs_adebayo", "social",
      "Normal, but not right. Ask your mentor which books actually need deep marking this week. "
      "It's fewer than you think.")
    r("l1b", "lucy1", "tara_quinn@edu.chat", "spam",
      "Hi Lucy! 👋 Marking overload is so real. QuizNest auto-marks quizzes in seconds so you get "
      "your evenings back. Free for teachers this term: quiznest.app/free")
    r("l1c", "lucy1", "deputy_dan", "social",
      "Deputy head here. You're not doing it wrong, the job is doing it wrong. Whole-class "
      "feedback sheets saved my first year.")
    r("l1e", "l1c", "lucy_ect", "social",
      "Whole-class feedback sheets. Googling now. Thank you all.", delay=(600, 2400))

    p("okafor1", "mr_okafor_maths", "social",
      "Year 9 set themselves a 'hacking' challenge during the fractions lesson. Someone sent 400 "
      "copies of a picture of a goat to the library printer.", at="Mon 16:10")
    r("ok1", "okafor1", "printcare_desk@quickhelp.site", "spam", pc[1])
    r("ok2", "okafor1", "mrs_adebayo", "social",
      "It was MY printer. The goat is now our mascot. He's on the issue desk.")
    r("ok3", "ok2", "printcare_desk@quickhelp.site", "spam", pc[0])
    r("ok4", "okafor1", "keith_it", "social",
      "This is why student accounts shouldn't see the library queue. Tell your tech. Also, well "
      "done, Year 9.")

    p("hamid1", "hamid_physics", "social",
      "@remindme Thursday 8am parents' evening slides, and charge the laptop", at="Mon 19:02:11")
    r("hm1", "hamid1", "remindme", "social",
      "⏰ Got it, @hamid_physics! I'll remind you on Thu 19 Nov at 08:00: \"parents' evening "
      "slides, and charge the laptop\"")

    p("night1", "night_marker", "social",
      "23:10, tea gone cold, 28 Year 11 essays on 'The Lighthouse Keeper's Daughter' to go. I "
      "have read the phrase 'this shows that' 112 times tonight.", at="Mon 23:10")
    r("n1a", "night1", "gethin@cwtch.social", "social",
      "Go to bed. The essays will be just as 'this shows that' in the morning.")
    r("n1c", "night1", "tara_quinn@edu.chat", "spam",
      "Late-night marking? 😴 QuizNest's AI feedback can mark essays against your rubric in "
      "minutes. Try it free: quiznest.app/free")

    # ---- Tuesday
    p("priya1", "priya_senco", "social",
      "Question for SENCOs: has anyone found a decent way to do large-type versions of exam "
      "papers without standing at the photocopier enlarging every page to A3? #SEND",
      at="Tue 07:40")
    r("pr1", "priya1", "printcare_desk@quickhelp.site", "spam", pc[1])
    r("pr2", "priya1", "mrs_adebayo", "social",
      "Ask your exams officer for the modified papers from the board. They come in 18pt and 24pt "
      "if you order by the deadline.")
    r("pr3", "priya1", "keith_it", "social",
      "Most copiers can do A4 to A3 for a whole stack in one go if you save it as a job. Ask your "
      "tech to set one up with a big button.")
    r("pr4", "pr3", "printcare_desk@quickhelp.site", "spam", pc[2])
    r("pr5", "pr3", "priya_senco", "social",
      "A big button. That's all I've ever wanted from life.", delay=(600, 1800))

    p("keith2", "keith_it", "social",
      "Anyone else's Korvell MX-4 refusing refilled toner since last week's firmware update? "
      "@korvell_support@korvell.social ours now show 'non-genuine cartridge' and stop dead. "
      "That's eleven machines across two sites.", at="Tue 11:00")
    r("k2a", "keith2", "printcare_desk@quickhelp.site", "spam", pc[2])
    r("k2b", "keith2", "korvell_support@korvell.social", "marketing",
      "Hi Keith, sorry about this. Firmware 4.2 added a cartridge check that's catching some "
      "refills by mistake. The fix, 4.2.1, is out Thursday. Until then you can roll back under "
      "Admin > Maintenance > Firmware. Steps here: korvell.co.uk/support/mx4-firmware")
    r("k2c", "k2b", "keith_it", "social",
      "Rolled back two of them and they're working. Thanks for the straight answer.",
      delay=(1800, 5400))

    p("dan1", "deputy_dan", "social",
      "Parents' evening Thursday. 62 appointments, five minutes each. Send tea. #teachers",
      at="Tue 13:05")
    r("d1a", "dan1", "mrs_adebayo", "social",
      "I'll leave a flask in the staffroom with your name on it.")
    r("d1b", "dan1", "tara_quinn@edu.chat", "spam",
      "Parents' evenings are so much easier with the data ready! 📊 QuizNest builds a progress "
      "report for every student in one click. Free this term: quiznest.app/free")

    p("sian1", "sian_music", "social",
      "Year 7 recorder concert tomorrow. 31 recorders. Pray for me.", at="Tue 20:00")
    r("s1a", "sian1", "ailsa@tattie.social", "social",
      "Earplugs in the coat pocket. Discreet. Nobody has to know.")

    p("lucy2", "lucy_ect", "social",
      "@remindme tomorrow 7am photocopy the worksheets BEFORE the queue", at="Tue 22:45:38")
    r("lu2a", "lucy2", "remindme", "social",
      "⏰ Got it, @lucy_ect! I'll remind you on Wed 18 Nov at 07:00: \"photocopy the worksheets "
      "BEFORE the queue\"")

    # ---- Wednesday
    r("lu2b", "lu2a", "remindme", "social",
      "⏰ Reminder for @lucy_ect: \"photocopy the worksheets BEFORE the queue\"",
      at="Wed 07:00:00")
    r("lu2c", "lu2b", "lucy_ect", "social",
      "First in the queue. Nobody has ever been first in the queue. I feel powerful.",
      delay=(600, 2400))

    p("jo2", "jo_teaches_y4", "social",
      "The printer in the Year 4 corridor has started printing everything in landscape and nobody "
      "has touched it. It's sentient. It's choosing violence.", at="Wed 07:05")
    r("j2a", "jo2", "printcare_desk@quickhelp.site", "spam", pc[1])
    r("j2b", "jo2", "keith_it", "social",
      "Someone's changed the default on the print server. Someone who will be found.")
    r("j2c", "j2a", "jo_teaches_y4", "social",
      "This account has answered every post I've made that mentions a printer, within a minute. "
      "Reporting.", delay=(1800, 3600))
    r("j2d", "j2c", "printcare_desk@quickhelp.site", "spam", pc[2])

    p("priya2", "priya_senco", "social",
      "@remindme Friday 3pm send the access arrangements forms to the exams officer",
      at="Wed 09:12:40")
    r("p2a", "priya2", "remindme", "social",
      "⏰ Got it, @priya_senco! I'll remind you on Fri 20 Nov at 15:00: \"send the access "
      "arrangements forms to the exams officer\"")

    p("ruth2", "ruth", "social",
      "Admin note: I've suspended printcare_desk@quickhelp.site on our side. It answered every "
      "post here that mentioned a printer, within a minute or two, with the same phone number, "
      "nine times since Monday, including Jo's report about it. That number is a tech-support scam: they ask for remote access "
      "to 'fix' it, then for money. Please don't call it. Thanks to Keith and Jo for the "
      "reports.", at="Wed 11:40")
    r("r2a", "ruth2", "keith_it", "social",
      "Thank you. I called it from a withheld number, for science. They wanted me to install a "
      "remote desktop app and pay £89.99 for a 'driver repair licence'.")
    r("r2c", "ruth2", "mr_okafor_maths", "social",
      "Nine in three days. That's a better response time than our actual IT contract.")
    r("r2d", "r2c", "keith_it", "social", "Oi.")

    p("hamid2", "hamid_physics", "social",
      "Van de Graaff demo with Year 8. One boy now has hair like a dandelion clock and says it's "
      "the best day of his life. Physics wins again.", at="Wed 14:20")
    r("h2b", "hamid2", "mrs_adebayo", "social", "Photos with parental consent please!")

    p("sian2", "sian_music", "social",
      "Recorder concert: 31 recorders, roughly two in tune at any moment, 140 parents, zero "
      "tears (mine). Proud of every single one.", at="Wed 20:30")
    r("s2a", "sian2", "gethin@cwtch.social", "social", "Two in tune is a triumph. Well done.")

    # ---- Thursday: Storm Idris
    p("cl1", "closures@brackenfeeds.org.uk", "social",
      "🌧️ Storm Idris: school closures, Brackenshire, Thu 19 Nov (05:10)\n\nClosed: Hollins "
      "Primary, St Aidan's CE Primary, Fellbeck Academy\nLate start (10:00): Brackenshire High\n"
      "All other schools open as normal.\n\nSource: Brackenshire Council closures page. "
      "Unofficial bot run by a parent; it posts each update within 5 minutes.",
      at="Thu 05:10:22")
    r("c1a", "cl1", "jo_teaches_y4", "social",
      "Hollins is mine. Closed. Making toast and setting home learning from the kitchen table.")
    r("c1b", "cl1", "mrs_adebayo", "social",
      "Fellbeck's library is closed too then. Stay safe, all of you on the moor roads.")
    p("cl2", "closures@brackenfeeds.org.uk", "social",
      "🌧️ Storm Idris: school closures, Brackenshire, Thu 19 Nov (06:41)\n\nClosed: Hollins "
      "Primary, St Aidan's CE Primary, Fellbeck Academy, Moorside Primary (power cut)\nLate start "
      "(10:00): Brackenshire High\nAll other schools open as normal.\n\nSource: Brackenshire "
      "Council closures page. Unofficial bot run by a parent; it posts each update within 5 "
      "minutes.", at="Thu 06:44:07")
    r("c2a", "cl2", "lucy_ect", "social",
      "Moorside is mine! Wait, no, I'm at Moorside Secondary. Still going in. Boo.")

    r("hm2", "hm1", "remindme", "social",
      "⏰ Reminder for @hamid_physics: \"parents' evening slides, and charge the laptop\"",
      at="Thu 08:00:00")
    r("hm3", "hm2", "hamid_physics", "social",
      "Laptop: charged. Slides: 'in progress'. Thank you, robot.", delay=(300, 1800))

    p("dan2", "deputy_dan", "social",
      "School's open, half the staff are stuck behind a fallen tree on the moor road, and the "
      "printer in reception has decided to print last year's parents' evening schedule. Twice.",
      at="Thu 07:45")
    r("dn2a", "dan2", "printfix_247@helpdesk.online", "spam", pf)
    r("dn2b", "dn2a", "keith_it", "social",
      "New account, new number, same script. Reported. Don't ring it, Dan.", delay=(600, 1800))

    p("kv1", "korvell_support@korvell.social", "marketing",
      "⚠️ We've seen accounts here offering 'Korvell printer support' on other phone numbers. "
      "Korvell's only support is korvell.co.uk/support and 0345 555 0190 (Mon-Fri, 8-6). We'll "
      "never ask you to install remote-access software. Also today: firmware 4.2.1 for the MX-4 "
      "is out, fixing the refill check.", at="Thu 09:10")
    r("kv1a", "kv1", "printfix_247@helpdesk.online", "spam", pf)
    r("kv1b", "kv1a", "ailsa@tattie.social", "social",
      "It's replied to the post warning about it. Incredible.", delay=(600, 1800))
    r("kv1c", "kv1", "keith_it", "social",
      "Installing 4.2.1 tonight after parents' evening. Thanks for posting the real number.")

    p("dan3", "deputy_dan", "social",
      "Parents' evening: done. 62 appointments, 3 flasks of tea, one dad who spent his whole five "
      "minutes on the car park. Love this job, mostly.", at="Thu 21:40")
    r("d3a", "dan3", "lucy_ect", "social",
      "A mum told me her son 'finally likes maths'. I teach English. I'll take it.")
    r("d3b", "dan3", "mrs_adebayo", "social", "The car park dad is at every school. Same dad.")

    p("night2", "night_marker", "social",
      "The storm's taken the power out. Marking by candlelight like it's 1850. Fourteen essays "
      "left and I can't see any of the 'this shows that's, which honestly helps.",
      at="Thu 23:50")
    r("n2a", "night2", "sian_music", "social", "Very Brontë. Go to bed.", at="Thu 23:58")

    # ---- Friday
    p("ruth3", "ruth", "social",
      "We've defederated helpdesk.online. That's the second printer-scam account in a week. If a "
      "reply offers you a helpline number, report it, don't answer it. Korvell's real support "
      "number is in their post from yesterday.", at="Fri 09:25")
    r("r3a", "ruth3", "gethin@cwtch.social", "social",
      "We had the same one on cwtch.social last month. Blocking the domain now, thanks.")
    r("r3b", "ruth3", "keith_it", "social",
      "Thank you Ruth. Teachers are busy, tired and desperate about printers. Perfect targets.")

    p("adebayo1", "mrs_adebayo", "social",
      "Library display for next week: 'Books that are better than the film'. Nominations please, "
      "I need twelve and I have four.", at="Fri 12:15")
    r("a1a", "adebayo1", "night_marker", "social",
      "Anything where the film cut the best chapter. So, all of them.")
    r("a1b", "adebayo1", "lucy_ect", "social",
      "'The Lighthouse Keeper's Daughter'. The film has a car chase. There is no car in the book.")
    r("a1e", "adebayo1", "tara_quinn@edu.chat", "spam",
      "Love this! 📚 Did you know QuizNest can generate a reading quiz for any book in seconds? "
      "Perfect for library displays: quiznest.app/free")

    r("ruth1d", "ruth1a", "remindme", "social",
      "⏰ Reminder for @ruth: \"mock reports\"", at="Fri 15:00:00")
    r("ruth1e", "ruth1d", "ruth", "social", "I have been out-adminned by a bot.",
      delay=(300, 1800))
    r("p2b", "p2a", "remindme", "social",
      "⏰ Reminder for @priya_senco: \"send the access arrangements forms to the exams officer\"",
      at="Fri 15:00:00")
    r("p2c", "p2b", "priya_senco", "social", "Sent! Thank you, remindme.", delay=(120, 900))

    p("keith3", "keith_it", "social",
      "Korvell's 4.2.1 firmware fixed the refill refusal on all eleven of our MX-4s. Credit where "
      "it's due. Toner refills back on the menu.", at="Fri 17:20")
    r("k3a", "keith3", "korvell_support@korvell.social", "marketing",
      "Thanks Keith, glad it's sorted, and thanks for the detailed report that helped us find it.")

    # ---- Saturday
    p("jo3", "jo_teaches_y4", "social",
      "Saturday. Not thinking about school. (Thinking about school.) (Making soup.)",
      at="Sat 10:05")
    r("j3a", "jo3", "mrs_adebayo", "social", "Soup is the correct response to this week.")
    r("j3b", "jo3", "lucy_ect", "social",
      "First Saturday of term I haven't marked. It feels illegal.")
    r("j3c", "jo3", "night_marker", "social",
      "Finished the essays at 2am. This shows that I need a holiday.", at="Sat 11:40")
    return s


# =========================================================================================
# build, check, write
# =========================================================================================
STREAMS = [reddit_lost_pets, x_comet_engagement, youtube_guitar_sub4sub, bluesky_romance_openers,
           blog_rezoning_astroturf, mastodon_printer_scam]
OUT_KEYS = ("id", "text", "author", "created_at", "platform", "kind", "thread_id", "parent_id",
            "expected", "author_url", "author_email")


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build(stream):
    order = sorted(stream.entries.values(), key=lambda e: e.time)   # stable: list order on ties
    assign_ids(stream, order)
    rows = []
    for e in order:
        row = {"id": e.id, "text": e.text, "author": e.author, "created_at": iso(e.time),
               "platform": stream.platform, "kind": "post" if e.parent is None else "reply",
               "thread_id": stream.entries[e.root].id}
        if e.parent is not None:
            row["parent_id"] = stream.entries[e.parent].id
        row["expected"] = e.label
        if stream.platform == "blog" and e.parent is not None:
            if "author_url" in e.extra:            # the pingback
                row["author_url"] = e.extra["author_url"]
            else:
                url, email = stream.fields[e.author]
                if url:
                    row["author_url"] = url
                row["author_email"] = email
        rows.append({k: row[k] for k in OUT_KEYS if k in row})
    return order, rows


def check(stream, order, rows):
    name = stream.fname
    seen = {}
    last = None
    for i, row in enumerate(rows):
        for k in ("id", "text", "author", "created_at", "platform", "kind", "thread_id",
                  "expected"):
            assert row.get(k), (name, k, row)
        assert row["id"] not in seen, (name, row["id"])
        assert row["expected"] in LABELS
        assert row["created_at"] >= (last or ""), (name, row["id"])
        last = row["created_at"]
        if row["kind"] == "reply":
            par = row["parent_id"]
            assert par in seen, (name, "parent later or missing", row["text"][:50])
            assert rows[seen[par]]["thread_id"] == row["thread_id"], (name, row["id"])
            assert rows[seen[par]]["created_at"] < row["created_at"], (name, row["text"][:50])
        else:
            assert "parent_id" not in row and row["thread_id"] == row["id"]
        seen[row["id"]] = i
    for a in stream.authors.values():
        posts = [e for e in order if e.author == a.name]
        assert posts, (name, "author without posts", a.name)
        if a.note and "never replies" in a.note:
            assert all(e.parent is None for e in posts), (name, a.name)
    # keyword- and target-triggered bots: every trigger in the window gets exactly one direct
    # reply from the bot, and the bot posts nothing else except inside its own sub-threads
    for bot, pred, start, end, _ in stream.triggers:
        trig = [e for e in order if start <= e.time < end and pred(e)]
        for t in trig:
            n = sum(1 for e in order if e.author == bot and e.parent == t.key)
            assert n == 1, (name, bot, "answers %d times" % n, t.text[:70])
        tk = {t.key for t in trig}
        for e in order:
            if e.author != bot:
                continue
            assert start <= e.time < end or e.parent is not None, (name, bot, e.key)
            if e.parent in tk:
                continue
            up, ok = stream.entries[e.parent], False
            while up is not None:
                if up.author == bot:
                    ok = True
                    break
                up = stream.entries[up.parent] if up.parent else None
            assert ok, (name, bot, "replies outside a trigger", e.key, e.text[:50])


def main():
    streams, built = [], {}
    all_authors = {}
    for f in STREAMS:
        s = f()
        order, rows = build(s)
        check(s, order, rows)
        for a in s.authors.values():
            assert a.name not in all_authors, ("author name in two files", a.name)
            all_authors[a.name] = a.role
        streams.append(s)
        built[s.fname] = (order, rows)
    for s in streams:
        with open(os.path.join(HERE, s.fname), "w", encoding="utf-8") as fh:
            for row in built[s.fname][1]:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as fh:
        for s in streams:
            for a in s.authors.values():
                fh.write("%s\t%s\n" % (a.name, a.role))
    write_readme(streams, built)
    total = sum(len(b[1]) for b in built.values())
    print("wrote %d posts in %d files, %d authors" % (total, len(streams), len(all_authors)))


TITLE = ("# bots-fresh9: 'I found your pet' scam bots, engagement bots that sell nothing, a "
         "sub-for-sub ring and a tuner app's keyword bot, 'hello dear' romance-scam bots, an "
         "outreach firm's fake residents and a printer-support scam bot")

INTRO = (
    "Six hand-written scenario streams, one JSON-lines file each, in time order. Most posts are "
    "ordinary people talking. Mixed in are automated accounts (a ring of 'I found your pet' "
    "accounts that answer every lost-pet post in a city's lost-pets subreddit and ask for a "
    "verification code, a vet's deposit, a phone call for a doorbell clip or gas money, under a "
    "new name after each ban; three engagement bots on X that post nothing but generic praise, "
    "or an LLM-worded echo of the post, under every post by an astronomer and a planetarium, "
    "selling nothing and linking nothing, her post about her father's death included; a "
    "sub-for-sub ring and a tuner app's bot that answers every comment saying tune, tuned, "
    "tuning or tuner under a guitar teacher's lessons; 'hello dear' romance-scam bots posing as "
    "an offshore engineer, a UN surgeon, a general and a ship captain in a quilting and knitting "
    "community on Bluesky, one of them triggered by the words husband and widow; an outreach "
    "firm's five 'residents' who comment the same talking points under every story about a "
    "data-centre rezoning on a local news blog, one of them under a parking notice too; and a "
    "tech-support scam bot, then its replacement, answering every post on a teachers' Mastodon "
    "instance that mentions a printer, toner or a photocopier), automated accounts that are not "
    "spam (a shelter-intake feed and a reminder bot on Reddit, a comet-visibility bot on X, a "
    "stitch-of-the-day bot on Bluesky, an agenda-watch site's pingbacks on the blog, the "
    "instance's reminder bot and a school-closures feed on Mastodon), human spammers (a pet "
    "psychic, a telescope affiliate, a teenager pushing his covers channel, an MLM recruiter, a "
    "real-estate agent and an ed-tech saleswoman), brands and causes (a city animal shelter and "
    "a microchip registry, a planetarium and its name-the-telescope vote, a string maker that "
    "sponsors one lesson, a yarn shop's beanie drive and a quilt guild, a developer-funded "
    "coalition, a residents' group and the developer's community-relations lead, a printer "
    "maker's support account) speaking in their own channels or answering people who asked, "
    "and people who post a lot at all hours. Labels follow `data/LABELS.md`.")

RUN = ("Run it: `BOTS_DIR=bench/bots-fresh9 python3 bench/bots_fresh.py` (after building "
       "discern; the harness defaults to `target/release/discern`).")

WHO = (
    "A helper session (an AI assistant started from a session of this project) wrote every text "
    "in this folder by hand, for this evaluation set. It read `data/LABELS.md` (with `cat`); "
    "`bench/bots-fresh8/README.md` (layout, fields, conventions and the scenarios already "
    "covered by bots-fresh to bots-fresh8; read with `cat`, whose output was cut short, then the "
    "missing line ranges with `sed -n` and its length with `wc -l`); `bench/bots_fresh.py` (with "
    "`cat`, only to see which files and fields it reads and how it uses `authors.tsv`); and the "
    "first three lines (`head -3`) of each of the six `bench/bots-fresh8/*.jsonl` streams and of "
    "its `authors.tsv` (the schema, each platform's id shape and the two-column form). It also "
    "listed the file names in `bench/` and `bench/bots-fresh8/` and ran `git status --short` (at "
    "the start and again at the end). It read no discern code, tests, data, other check sets, "
    "earlier `generate.py` files or anything under `/work/shared`, used no search tools and no "
    "GPU machine, and did not build or run discern or `bench/bots_fresh.py`. The only other "
    "things run were `date`; a Python one-liner in `/tmp` that looked up the weekday of six "
    "dates, decoded the time in three of those sample ids (an X snowflake, a Mastodon id and a "
    "Bluesky record key), measured the length of two sample YouTube comment ids, a video id and "
    "a DID, and printed three sample Reddit ids in base 10; small Python snippets that edited "
    "this `generate.py` (string replacements, and a script that cut 63 replies to bring the set "
    "from about 600 posts to about 530, with a copy of the file kept in `/tmp` while it ran); "
    "`grep` and `wc -l` on this `generate.py`; this `generate.py` itself (several times while "
    "writing it, and twice at the end, comparing `md5sum` of the outputs to confirm they are the "
    "same); and throwaway scripts kept in `/tmp` (a count of posts, labels and roles per file; a "
    "listing of each stream in local time with each reply's delay, to review the timing; and a "
    "separate check that every line parses, required fields are present, ids are unique, "
    "parents exist and come earlier in the same thread, time order holds, labels are valid and "
    "every author is in `authors.tsv` with a valid role), deleted afterwards. Nothing outside "
    "`bench/bots-fresh9/` was written and nothing was committed.")

SCENARIO_NOTES = {
    "reddit_lost_pets_finder_scam.jsonl": (
        "r/BrennockLostPets, the lost-pets subreddit of Brennock, an invented city in US Pacific "
        "time, Monday 11 to Saturday 16 May 2026 (UTC-7). People post a beagle who slipped her "
        "harness, an indoor cat who slipped past a roommate, a husky who jumped a fence during "
        "roadwork, a budgie, an orange tom, a greyhound (twice), a 31-year-old tortoise, a "
        "ferret and a pug. kayla_m_rivers answers every LOST post from Monday with 'I have your "
        "dog, I'll text you a 6-digit code' and brandon_oakes_22 every LOST CAT post with 'she "
        "was hit by a car, the vet needs a $250 deposit'; after the moderator's PSA bans them on "
        "Tuesday morning, sandra_bly_54 answers every LOST post from Tuesday evening with the "
        "same 'I saw your dog on my doorbell camera, text me' (under a budgie and a tortoise "
        "too) until she is banned on Thursday, and jess_a_carter_7 from Thursday evening with 'I "
        "have your dog in my car, send $40 for gas' (under a ferret too) (bots, spam). "
        "psychic_marisol, a human 'animal communicator', offers $35 readings (spam). "
        "BrennockShelterFeed, a volunteer's bot, posts the shelter's new stray intakes every "
        "morning at 08:00, and two of the lost pets are found through it; NudgeMeBot answers "
        "every '!nudgeme' within seconds (bots, social). BrennockAnimalSvcs, the city shelter, "
        "posts its microchip clinic and answers questions; ChipHomeRegistry answers a man who "
        "asked how to check his ferret's chip and marks the ferret lost when it escapes (brand, "
        "marketing). mod_juniper_h is the moderator; hank_nights_rn, a night nurse, posts on his "
        "way home at three in the morning; route9_gus, a retired mail carrier, answers within "
        "minutes from five in the morning to half past midnight."),
    "x_comet_engagement_praise_bots.jsonl": (
        "Quarry Mesa, an invented town in US Mountain time, Monday 20 to Saturday 25 July 2026 "
        "(UTC-6), while an invented comet, C/2025 R4 (Halvorsen), is bright in the evening sky. "
        "@inesmarwick, an astronomer at the town's observatory, posts five times: a thread on "
        "where to look, an image of the tail breaking off, a post about her father, who died in "
        "March, a plea to stop asking whether the comet will hit us, and a last post about the "
        "bots. @starlight_amara22 ('🔥🔥🔥 amazing!!') and @evelyn_reads_more (an LLM-worded "
        "paragraph that restates the post and thanks her for sharing) answer every one of her "
        "posts within 30 seconds to two minutes, and @kyle_buildsdaily ('Great thread 🙌 Saving "
        "this.') every post by her and by the planetarium within one to ten minutes; "
        "@evelyn_reads_more also answers a trucker's phone photo that went viral. None of them "
        "sells or links anything (bots, spam). @scopedeals_hq, a human, posts affiliate lists of "
        "telescopes and binoculars (spam). @CometTonightBot posts the comet's visibility for the "
        "town every evening at 19:30:00 (bot, social). @QuarryMesaPlanet runs comet nights on "
        "its lawn, reposts a newspaper's story to ask people to vote in its #NameOurScope "
        "campaign, answers questions and announces the winner (brand, marketing). "
        "@tessa_hauls_nights, a trucker, posts from a rest stop at 2:38am; @mika_k_astro and "
        "@theo_ghosh post after midnight; @ray_logs_the_sky, a retired teacher who has logged "
        "comets for 41 years, answers within minutes from half past four in the morning to half "
        "past one at night."),
    "youtube_guitar_sub4sub_tuner_bot.jsonl": (
        "@SlowHandsGuitar is the channel of Nuala Breen, an invented guitar teacher in Ireland; "
        "Monday 7 to Sunday 13 September 2026 (Irish time, UTC+1). She posts three lessons (first "
        "chords, a buzzing G, changing strings, the last one sponsored by Harlow Strings with a "
        "discount code) and three community posts (10,000 subscribers with a request not to post "
        "sub-for-sub, a note about the tuner bot, a practice check-in). @MusicVibesDaily-x7k "
        "('Just subscribed 🔔 sub back? 🙏') comments on every video and community post, "
        "@lofi_lena_official ('Support small creators 💜') on every video, and @beatz_by_ty "
        "answers every comment of theirs with 'done ✅ subbed, sub back?'; @tuneloop_helper "
        "answers every video or comment that says tune, tuned, tuning or tuner within 20 to 90 "
        "seconds with a link to a tuner app, the teacher's own answer included, until she hides "
        "it on Saturday morning (bots, spam). @jaycee_covers, a human teenager, asks people to "
        "check out his covers channel under each upload (spam). @HarlowStrings answers a viewer "
        "who tagged it and the sponsored lesson's viewers (brand, marketing). Viewers from "
        "several countries ask and report back; @seamus_learns_at_68, a 68-year-old beginner, "
        "comments within minutes from half past five in the morning to half past midnight."),
    "bluesky_craft_romance_scam_openers.jsonl": (
        "A quilting, knitting and spinning community around Marram, an invented town in "
        "Queensland, Monday 8 to Saturday 13 June 2026 (UTC+10). Maureen finishes a quilt made "
        "from her late husband's work shirts. richard-hale-offshore ('Hello dear… I am a widower "
        "myself, an engineer on an offshore platform… Would you like to be friends? 🌹') answers "
        "every post that says husband, widow or widowed within two to twenty-five minutes: "
        "Maureen, then June, whose husband is standing next to her, Greg, a man whose husband "
        "named his spare room, Noelene, who has knitted 96 beanies since she was widowed, and "
        "the PSA that warns about him; dr-anders-kell (a 'UN surgeon'), gen-mark-daniels (a "
        "'general', at any hour) and capt-william-ross (a 'ship captain', after Maureen blocks "
        "the others) answer women's posts with the same opening (bots, spam). "
        "bec-thrives-at-home, a human MLM recruiter, posts 'comment YARN' under the community's "
        "hashtags and answers other people's posts with 'DM me' (spam). stitchaday posts a stitch "
        "every morning at 07:00:00 (bot, social). tallowwoodyarn.com.au, a yarn shop, posts new "
        "colours, quote-posts the show's news to ask about its Beanies for the Ward drive for a "
        "children's ward, gives the count and answers questions; marramquilters.org.au posts its "
        "show and raffle quilt (brand, marketing). sarah-nights-ward4, a nurse on the ward, posts "
        "at three in the morning; aunty-bev-knits answers within minutes from half past four in "
        "the morning to eleven at night."),
    "blog_data_centre_rezoning_astroturf.jsonl": (
        "The Harrow Creek Ledger, the local news blog of Dana Okonjo, an invented reporter in a "
        "farm town in US Central time, Monday 19 to Friday 30 October 2026 (UTC-5): five stories "
        "on a developer's request to rezone 410 acres of farmland for a data centre (the filing, "
        "water, reader questions, the hearing, a note on comments) and one on Harvest Days "
        "parking. Five commenters, 'Mark T.', 'Concerned Mom of 3', 'Linda Hargrove', 'Proud HC "
        "Native' and 'Jim Reardon', all with addresses at the same little-used mail domain and no "
        "website, comment under every rezoning story ten minutes to three hours after it goes up, "
        "after midnight after the hearing, repeating '300 good-paying jobs', '$12 million for "
        "our schools' and 'less water than a golf course' after the figures are corrected; "
        "'Mark T.' comments under the parking post too (bots, spam). Kyle Brandt, a real-estate "
        "agent, leaves his free-valuation link (spam). Harrow Creek Agenda Watch, a resident's "
        "civic-data site, sends pingbacks when it links a story to an agenda item (bot, social). "
        "Harrow Creek Forward (a coalition that says it is funded in part by the developer), Save "
        "Sutter Prairie (a residents' group with a petition) and Ben Castellano, the developer's "
        "community-relations lead, each comment under their own names (brand, marketing). Real "
        "residents for and against (an electrician, the farmer selling the land, the farmer next "
        "door, a hydrologist, a night-shift worker) argue it out; Walt Hendricks, a retired "
        "farmer, comments within minutes from five in the morning."),
    "mastodon_teachers_printer_support_scam.jsonl": (
        "staffroom.social, an invented instance for teachers in the UK, Monday 16 to Saturday 21 "
        "November 2026 (GMT, UTC+0). printcare_desk@quickhelp.site answers every post or reply "
        "that says printer, printing, toner, photocopier or copier within 30 seconds to two and a "
        "half minutes with the same '24/7 Printer Helpline: 0800 555 0147': a jammed photocopier, "
        "the IT technician's own PSA, 400 goats sent to a library printer, a SENCO's question "
        "about enlarging exam papers, a question to the printer maker, and Jo's report about it, "
        "until the admin suspends it on Wednesday; printfix_247@helpdesk.online answers from "
        "Thursday (under the printer maker's warning about it too) until the admin defederates "
        "its server on Friday (bots, spam). tara_quinn@edu.chat, a human ed-tech saleswoman, "
        "answers teachers' posts about marking and parents' evening with a free trial (spam). "
        "remindme, the instance's own bot, confirms every mention within seconds and posts the "
        "reminder at the minute asked for, the admin's example included; "
        "closures@brackenfeeds.org.uk, a parent's bot, posts the council's school-closure updates "
        "during a storm (bots, social). korvell_support@korvell.social answers the technician who "
        "tagged it, warns about the fake helplines in its own post and thanks him (brand, "
        "marketing). ruth is the admin; night_marker marks essays until two in the morning; "
        "mrs_adebayo, a school librarian, answers within minutes from six in the morning to half "
        "past midnight."),
}

HARD_CASES = [
    ("Engagement bots that sell nothing (X)",
     "`@starlight_amara22`, `@kyle_buildsdaily` and `@evelyn_reads_more` post no link, name no "
     "product and ask for nothing. Every post of theirs is `spam`: generic praise posted to "
     "place a name (LABELS), automated, under every post of the accounts they follow within "
     "seconds or minutes, and they break the conversation they land in ('So beautiful 😍🙌' under a post "
     "about a dead father). `@evelyn_reads_more` restates each post in well-formed sentences, "
     "so it reads on topic; only its shape ('What a … ! It's … Thank you for sharing …'), its "
     "speed and its presence under every post give it away. A reader could call one-line "
     "praise `social`; here the accounts have no posts of their own and exist to look like "
     "followers."),
    ("A comet bot and a planetarium's campaign (X)",
     "`@CometTonightBot` posts at 19:30:00 every day and is `social` (public information, "
     "nothing to sell). `@QuarryMesaPlanet`'s comet nights, its repost of a newspaper story to "
     "ask for votes in #NameOurScope, its answers and its thank-you to Marguerite are "
     "`marketing` (an organisation speaking for itself), as are its answers under people's "
     "posts that asked about viewing. `@inesmarwick` works at the observatory but posts as a "
     "person about her work and her father: `social`. `@scopedeals_hq`'s binocular list under "
     "a parent's question about binoculars is relevant but an undisclosed affiliate link: "
     "`spam`."),
    ("A scam ring and two benign bots (Reddit)",
     "Every post by kayla_m_rivers, brandon_oakes_22, sandra_bly_54 and jess_a_carter_7 is "
     "`spam`: unsolicited, deceptive, automated, under every LOST post within minutes, whatever "
     "the animal. Their follow-ups in the same sub-thread ('check your DMs, just send me the 6 "
     "numbers') are `spam` too. `NudgeMeBot` is just as fast and just as keyword-triggered, and "
     "`BrennockShelterFeed` posts to the second every morning, but both are `social`: they do "
     "what the users asked for or pass on public data, with nothing to sell. "
     "`psychic_marisol` (human) is `spam`."),
    ("A city shelter and a microchip registry (Reddit)",
     "`BrennockAnimalSvcs`' clinic post and answers and `ChipHomeRegistry`'s answers (how to "
     "check a chip, 'we've marked Bandit's record as lost') are `marketing`: organisations' "
     "announcements and customer service, answering people who asked. A reader could call a "
     "city shelter's notice public information (`social`)."),
    ("A sponsored lesson (YouTube)",
     "`@SlowHandsGuitar` is a person, and her lessons, community posts and answers are "
     "`social`, except the sponsored lesson's description (a disclosed sponsor and a discount "
     "code), which is `marketing`; so the roles-by-label table has one `person` post that is "
     "`marketing`. Her answer that fresh cheap strings beat old expensive ones, under her "
     "sponsored video, is `social`. `@HarlowStrings`' answers are `marketing`."),
    ("A sub-for-sub ring and a tuner bot (YouTube)",
     "The ring's 'sub back?' comments and 'done ✅' replies are `spam` (self-promotion in "
     "someone else's channel, automated), including under the post that asks them to stop. "
     "`@jaycee_covers`, a human teenager, is `spam` too ('check out my channel'). "
     "`@tuneloop_helper`'s app is about guitars, so it is not off topic, but it answers any "
     "comment containing the word within seconds, the teacher's answer included: `spam` (LABELS: "
     "bot replies triggered by a keyword). People who say 'tuner' after it is hidden get no "
     "reply, which shows the trigger."),
    ("Romance-scam openers that sell nothing (Bluesky)",
     "`richard-hale-offshore`, `dr-anders-kell`, `gen-mark-daniels` and `capt-william-ross` "
     "link nothing and name no price; they ask to be friends and for an e-mail address or a "
     "messaging app. All their posts are `spam`: unsolicited, deceptive and automated, the first "
     "step of a romance scam. `richard-hale-offshore` answers the word, not the person: a "
     "married woman, a man called Greg and the PSA about him all get the same 'I am a widower "
     "myself'. Maureen's polite thank-you to him is `social`."),
    ("An MLM recruiter in her own feed (Bluesky)",
     "`bec-thrives-at-home`'s own post ('Comment YARN and I'll send you the details!') is in her "
     "own feed, but it names no company, promises income and is pushed into the community's "
     "hashtags: `spam` (LABELS: an undisclosed tie, 'DM me'), like her replies under other "
     "people's posts. A reader could call the post in her own feed `marketing`."),
    ("A yarn shop's charity drive (Bluesky)",
     "`tallowwoodyarn.com.au`'s new colours, its quote-post of the show's news with a question "
     "about its own Beanies for the Ward drive, its counts and its thanks to the nurse are "
     "`marketing` (a shop speaking for itself, and a cause it runs). The nurse's 3am post about "
     "a boy in a green beanie is `social`. `marramquilters.org.au`'s show and raffle are "
     "`marketing`. `stitchaday` is `social`."),
    ("Fake residents for a cause (blog)",
     "A campaign asking for support is `marketing` (LABELS), and Harrow Creek Forward, Save "
     "Sutter Prairie and the developer's community-relations lead, who comment under their own "
     "names and say who funds them, are `marketing`. The five ring accounts argue the same cause "
     "but pose as residents, post from one mail domain at any hour within minutes or hours of "
     "each story, and repeat figures the story has corrected (and one posts its talking point "
     "under a parking notice): `spam` (deceptive and automated). Terry Maddox and Dale "
     "Ostrowski, real residents for the project, are `social`, as are the residents against it."),
    ("An agenda-watch pingback and a realtor (blog)",
     "Harrow Creek Agenda Watch's pingbacks are automated and link to its own site, but they "
     "pass on the public agenda and name the story: `social` (role `bot`). Kyle Brandt's "
     "free-valuation link under a rezoning story and a parking notice is `spam`."),
    ("A helpline bot among teachers (Mastodon)",
     "`printcare_desk@quickhelp.site` and `printfix_247@helpdesk.online` are `spam`: "
     "keyword-triggered, deceptive (a tech-support scam), under every post that mentions a "
     "printer, the maker's own warning included. `korvell_support@korvell.social`'s answers "
     "and warning are `marketing` (a brand's customer service, to a man who tagged it, and its "
     "own post). `remindme` is as fast and as keyword-triggered as the scam bots but does what "
     "the users ask: `social`, and so is `closures@brackenfeeds.org.uk`. "
     "`tara_quinn@edu.chat`'s free trials under teachers' posts are `spam`."),
    ("Prolific humans",
     "`route9_gus` (05:00-00:30), `@ray_logs_the_sky` (04:30-01:30), `@seamus_learns_at_68` "
     "(05:30-00:30), `aunty-bev-knits.bsky.social` (04:30-23:00), `Walt Hendricks` "
     "(05:00-22:30) and `mrs_adebayo` (06:00-00:30) answer within minutes, many times a day; "
     "`hank_nights_rn`, `@tessa_hauls_nights`, `@mika_k_astro`, `sarah-nights-ward4.bsky.social`, "
     "`Hal Jennings` and `night_marker` post in the small hours. All are human and all their "
     "posts are `social`."),
]

SCENARIOS = (
    "Chosen to differ from those covered before: the six streams of `bench/bots-fresh8` (a "
    "'recovery agent' scam ring beside a warning bot, print-on-demand shirt bots, a dropshipping "
    "store's bots and fake buyers, review-removal and bought-review bots, SEO comment spam with "
    "keyword names, an LLM-worded answer bot that turns into a referral) and those its README "
    "lists for earlier sets (a language app's keyword bot, 'fixed match' tipsters, "
    "comment-copying and 'like' bots, a ballot-measure astroturf ring with a paid ambassador, "
    "essay-mill comments, an injury-lawyer lead bot, a 'where did you get that shirt' bot pair, "
    "ticket-resale scam bots, 'AI summary' bots, a review-bombing ring, scraper pingbacks, "
    "supplement bots, a sockpuppet ring, an auto-responder and a competitor's keyword bot, "
    "job-scam bots, fake relief funds, a rotating-name comment-spam run, follow-back bots, a "
    "vacuum reply bot, a crypto scam swarm, an LLM-worded reply guy, a comment farm, an election "
    "thread with slogan bots, a reply guy plugging a SaaS, a growth bot, an airline "
    "impersonator, a giveaway impersonator, an affiliate bot, heat-wave keyword bots, a quote "
    "bot, airdrop bots, late link drops and art-scam bots, among others). Here the Reddit ring "
    "preys on people whose pets are lost and changes its story and its name after each ban, "
    "beside two fast bots that are not spam; the X bots sell nothing at all and only praise; "
    "the YouTube ring asks for subscriptions back while a keyword bot sells a tuner app on the "
    "word; the Bluesky bots are romance-scam openers triggered by 'husband' and 'widow'; the "
    "blog's astroturf is a company's outreach firm posing as residents on a local news blog, "
    "next to the open campaigns of both sides; and the Mastodon bot is a tech-support scam "
    "triggered by the word printer, answered by the real printer maker. The shelter feed and "
    "the reminder bots, the comet bot, the stitch bot, the agenda-watch pingbacks and the "
    "closures feed, the sponsored lesson, the shop's and guild's posts, the coalition's, "
    "residents' group's and developer's comments and the printer maker's answers are there as "
    "look-alikes that are not spam.")


def fmt_tz(h):
    if h == int(h):
        return "UTC%+d" % h
    return "UTC%+d:%02d" % (int(h), abs(h - int(h)) * 60)


def md_table(header, rows, right_from=1):
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i < right_from else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def write_readme(streams, built):
    L = []
    L += [TITLE, "", INTRO, "", RUN, "", "## Who wrote it, what was read, what was run", "", WHO,
          "", "## Files", ""]
    role_of = {a.name: a.role for s in streams for a in s.authors.values()}
    rows, tot = [], collections.Counter()
    for s in streams:
        posts = built[s.fname][1]
        c = collections.Counter(p["expected"] for p in posts)
        n_auth = len(s.authors)
        rows.append(["`%s`" % s.fname, s.title, len(posts), c["social"], c["marketing"],
                     c["spam"], n_auth])
        tot.update({"posts": len(posts), "social": c["social"], "marketing": c["marketing"],
                    "spam": c["spam"], "authors": n_auth})
    rows.append(["**total**", "", tot["posts"], tot["social"], tot["marketing"], tot["spam"],
                 tot["authors"]])
    L += [md_table(["file", "scenario", "posts", "social", "marketing", "spam", "authors"], rows,
                   2), ""]
    rc = collections.Counter(role_of.values())
    not_spam_bots = [a.name for s in streams for a in s.authors.values()
                     if a.role == "bot" and all(p["expected"] != "spam"
                                                for p in built[s.fname][1]
                                                if p["author"] == a.name)]
    brands = [a.name for s in streams for a in s.authors.values() if a.role == "brand"]
    L += ["- `authors.tsv`: `author<TAB>role` for all %d authors (%s). The role is the ground "
          "truth for automation scoring: `bot` means automated. Humans are `person`, "
          "`prolific_person`, `brand` or `spammer` (a human spammer). Author names are unique "
          "across the six files, so the two-column form applies to every file. Moderators, the "
          "admin, the teacher, the astronomer and the reporter are individuals (`person`). %s are "
          "`bot` although none of their posts is spam. The scam-ring accounts, the engagement "
          "bots, the sub-for-sub ring, the tuner bot, the romance-scam accounts, the five "
          "commenters of the outreach firm and the two helpline accounts are each a `bot` "
          "author under the name their posts carry. %s are `brand`, not `bot`: some of their "
          "posts go out on the hour from a schedule, but people write every post and answer by "
          "hand." % (len(role_of), ", ".join("%d %s" % (rc[r], r) for r in ROLES),
                     ", ".join("`%s`" % n for n in not_spam_bots),
                     ", ".join("`%s`" % n for n in brands)),
          "- `generate.py`: holds every text and writes all files, this README included "
          "(`python3 bench/bots-fresh9/generate.py`).", "", "Authors per role, per file:", ""]
    rows = []
    for s in streams:
        c = collections.Counter(a.role for a in s.authors.values())
        rows.append(["`%s`" % s.fname] + [c[r] for r in ROLES])
    L += [md_table(["file"] + list(ROLES), rows), "", "Posts by author role, per file:", ""]
    rows = []
    for s in streams:
        c = collections.Counter(role_of[p["author"]] for p in built[s.fname][1])
        rows.append(["`%s`" % s.fname] + [c[r] for r in ROLES])
    L += [md_table(["file"] + list(ROLES), rows), "",
          "Labels of the posts by each role, all files together:", ""]
    c = collections.Counter((role_of[p["author"]], p["expected"]) for s in streams
                            for p in built[s.fname][1])
    L += [md_table(["role"] + list(LABELS), [[r] + [c[(r, l)] for l in LABELS] for r in ROLES]),
          ""]
    L += ["## Fields", "",
          "As in `bench/bots-fresh8`: `id`, `text`, `author`, `created_at` (RFC 3339, UTC, whole "
          "seconds), `platform` (`reddit`, `x`, `youtube`, `bluesky`, `blog`, `mastodon`), `kind` "
          "(`post` = thread root, `reply` otherwise), `thread_id` (the root's id), `parent_id` "
          "(replies only: the post answered; left out on roots), `expected` (`social` / "
          "`marketing` / `spam`). Blog comments also have `author_email` and, where the commenter "
          "gave one, `author_url` (the comment form's website field); the pingbacks have "
          "`author_url` (the linking page) and no `author_email`, as WordPress stores them, and "
          "their text is the linking page's excerpt between `[…]` marks. Dana's stories are the "
          "blog's roots and have neither; her own comments have both. A Reddit root's text is its "
          "title, a blank line, then its body; a blog post's text is its title, a blank line, "
          "then the opening of the story; a YouTube video's text is its title, a blank line, then "
          "its description (community posts have no title). Mastodon authors on the home instance "
          "(staffroom.social) are bare names; authors from other servers are `name@server`. "
          "Bluesky authors are handles (two are custom domains, `tallowwoodyarn.com.au` and "
          "`marramquilters.org.au`). YouTube and X authors are `@handles`. Reddit authors are "
          "user names without `u/`. Blog authors are the name typed into the comment form.", "",
          "Ids look like each platform's and grow with time: X snowflakes, Mastodon ids, Bluesky "
          "`at://did:plc:…/app.bsky.feed.post/<tid>` URIs (one DID per author; the record key is "
          "a TID made from the post's time), Reddit `t3_`/`t1_` (base 36), WordPress "
          "`post-N`/`comment-N` (the pingbacks are comments). YouTube ids are random, as "
          "YouTube's are: an 11-character video id, `Ugkx…` for community posts, `Ug…4AaABAg` "
          "for top-level comments and `<top-level id>.<22 characters>` for replies (a reply's "
          "`parent_id` is the comment it answers).", ""]
    L += ["## Provenance", "",
          "Every text was written fresh, by hand, for this set; nothing was copied from a "
          "dataset, website or another check set. The spam shapes (the 'I found your dog, I'll "
          "text you a 6-digit code' verification-code scam, the vet's-deposit, doorbell-camera "
          "and gas-money variants, the pet psychic's paid reading, one-line emoji praise, 'Great "
          "thread 🙌 Saving this.', the LLM-worded 'What a fascinating … Thank you for sharing!' "
          "echo, the affiliate 'best telescopes under $300' list, 'Just subscribed 🔔 sub back? "
          "🙏' and its 'done ✅' reply, 'check out my channel', the app bot's '🎸 Out of tune "
          "again?', the 'Hello dear … I am a widower, an engineer on an offshore platform' "
          "opener and its UN-surgeon, general and ship-captain variants, the MLM's 'comment YARN', "
          "an outreach firm's residents with talking points, the free home valuation, the '24/7 "
          "Printer Helpline' and the ed-tech free trial) imitate well-known patterns in newly "
          "written words. All people, handles, businesses, organisations, products, places and "
          "events (Brennock, r/BrennockLostPets, Brennock Animal Services, ChipHome Registry, "
          "Brennock Animal Hospital, Rowan Hardware, the comet C/2025 R4 (Halvorsen), Quarry "
          "Mesa, its observatory and planetarium, the Mesa Courier, Cinder Flats, Big Ruth and "
          "Ruth Alder, scopedealshq, Slow Hands Guitar, Nuala Breen, Harlow Strings, Kildrum, "
          "TuneLoop, Marram, Tallowwood Yarn Co., Beanies for the Ward, Marram Base Hospital, "
          "the Marram Quilt Guild and its show, Harrow Creek, The Harrow Creek Ledger, Sutter "
          "Prairie, Ironvale Digital, RZ-26-07, Harrow Creek Forward, Save Sutter Prairie, "
          "Harrow Creek Agenda Watch, Brandt Home Team, inboxly.net, staffroom.social, "
          "cwtch.social, tattie.social, edu.chat, QuizNest, Korvell and the MX-4, quickhelp.site, "
          "helpdesk.online, Brackenshire, Storm Idris, Hollins, St Aidan's, Fellbeck, Moorside, "
          "'The Lighthouse Keeper's Daughter'), domains, e-mail addresses, ids and phone numbers "
          "are invented. The phone numbers use 555 ((541) 555-0173, 555-0148, 0800 555 0147, "
          "0800 555 0182, 0345 555 0190). Domains were made up with ordinary endings (.gov, .org, "
          ".com, .com.au, .org.au, .org.uk, .ie, .app, .net, .edu, .blog, .site, .online, .chat, "
          ".social) and were not checked against any registry; `tallowwoodyarn.com.au` and "
          "`marramquilters.org.au` are also Bluesky handles. The names of the small businesses "
          "were not checked against real ones. Real services, places and things are named only "
          "in passing (Reddit, X, YouTube, Bluesky, Mastodon, WordPress, iOS and Android, Hale-Bopp, "
          "the Big Dipper, the UN, Ireland, the United States, "
          "Europe, Queensland, Portugal, the Brontës, Van de Graaff generators, SENCOs and ECTs).",
          "",
          "`generate.py` (python3, standard library only, seed %d) lays the texts out in time, "
          "assigns the ids, checks the streams (required fields, ids unique, parents earlier and "
          "in the same thread, time order, labels and roles valid, author names unique across "
          "files, bots that never reply have no replies, and for the keyword- and "
          "target-triggered bots that every trigger in their active window gets exactly one "
          "reply from them and that they post nothing else outside their own sub-threads) and "
          "writes the files, so the output is the same on every run." % SEED, ""]
    L += ["## Timing", "", "Timing model (see `generate.py`):"]
    zones = "; ".join("%s: %s" % (s.platform, fmt_tz(s.tz)) for s in streams)
    exact = []
    for s in streams:
        by = collections.OrderedDict()
        for e in sorted(s.entries.values(), key=lambda e: e.time):
            if e.exact:
                loc = e.time + dt.timedelta(hours=s.tz)
                by.setdefault(e.author, []).append(
                    "%s %s" % (DAYS[loc.weekday()], loc.strftime("%H:%M:%S")))
        for a, ts in by.items():
            exact.append("`%s` at %s" % (a, ", ".join(ts)))
    L.append("- Thread roots, and replies that the story needs at a given moment, have hand-set "
             "local times in the stream's time zone (%s; authors elsewhere have their own waking "
             "windows below). Scheduled and automated posts, and the posts whose time a reminder bot's "
             "answer quotes, are set to the second: %s. "
             "Other hand-set times get random seconds." % (zones, "; ".join(exact)))

    def person_desc(s, a):
        tz = "" if a.tz is None else " at %s" % fmt_tz(a.tz)
        win = "%s-%s" % a.window if a.window else "07:30-23:00"
        return "`%s` %d min, %s%s" % (a.name, a.median or s.default_median, win, tz)
    meds = ", ".join("%d min on %s" % (s.default_median, s.platform) for s in streams)
    people = ", ".join(person_desc(s, a) for s in streams for a in s.authors.values()
                       if a.role == "person")
    L.append("- `person`: each reply's delay after the post it answers (or the latest post it "
             "refers to) is log-normal with sigma 1, kept within 0.2-8 times the median; the "
             "default median is %s, with per-author medians and waking windows (%s). Some "
             "replies have a set delay range instead (story replies, set from one minute to two "
             "hours after the post they answer, and not moved; bots' follow-ups in their own "
             "sub-threads too). Otherwise the reply is moved "
             "into the author's waking window, to a random point in the first 40 minutes of it."
             % (meds, people))
    L.append("- `prolific_person`: log-normal, sigma 0.8: %s." % ", ".join(
        "median %d min for `%s` (%s-%s%s)" % (a.median, a.name, a.window[0], a.window[1],
                                              "" if a.tz is None else " at " + fmt_tz(a.tz))
        for s in streams for a in s.authors.values() if a.role == "prolific_person"))
    L.append("- `brand`: log-normal, sigma 0.8, only in staffed hours: %s." % ", ".join(
        "`%s` median %d min, %s-%s%s%s" % (a.name, a.median, a.window[0], a.window[1],
                                           " on weekdays" if a.weekdays else "",
                                           "" if a.tz is None else " at " + fmt_tz(a.tz))
        for s in streams for a in s.authors.values() if a.role == "brand"))
    L.append("- `spammer` (human): log-normal, sigma 1, in waking or working hours: %s." %
             ", ".join("`%s` median %d min (%s-%s %s)" % (
                 a.name, a.median, a.window[0], a.window[1],
                 fmt_tz(a.tz if a.tz is not None else s.tz))
                 for s in streams for a in s.authors.values() if a.role == "spammer"))
    bots = []
    for s in streams:
        for a in s.authors.values():
            if a.role != "bot":
                continue
            if a.bounds:
                bots.append("%d s-%d s for `%s`" % (a.bounds[0], a.bounds[1], a.name))
    notes = ["`%s` %s." % (a.name, a.note) for s in streams for a in s.authors.values()
             if a.role == "bot" and a.note]
    L.append("- `bot`: a log-uniform delay between bounds set for each bot, at any hour: %s. "
             "%s" % ("; ".join(bots), " ".join(notes)))
    trig = []
    for s in streams:
        for bot, _, start, end, desc in s.triggers:
            ls, le = start + dt.timedelta(hours=s.tz), end + dt.timedelta(hours=s.tz)
            span = "%s %s to %s %s" % (DAYS[ls.weekday()], ls.strftime("%d %b %H:%M"),
                                       DAYS[le.weekday()], le.strftime("%d %b %H:%M"))
            trig.append("`%s` answers %s (%s local)" % (bot, desc, span))
    L.append("- Checked by `generate.py`: %s; each exactly once, and nothing else outside its own "
             "sub-threads." % "; ".join(trig))
    L += ["", "## Scenarios", "", SCENARIOS, ""]
    for s in streams:
        L += ["### `%s`: %s" % (s.fname, s.title), "", SCENARIO_NOTES[s.fname], ""]
    L += ["## Hard cases", "", "Cases where LABELS.md was hard to apply, and what was chosen:", ""]
    for i, (head, body) in enumerate(HARD_CASES, 1):
        L.append("%d. **%s.** %s" % (i, head, body))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
