#!/usr/bin/env python3
"""bots-fresh11: six hand-written scenario streams for bench/bots_fresh.py.

Holds every text of this set and writes all its files (the six *.jsonl streams,
authors.tsv and README.md) next to itself:

    python3 bench/bots-fresh11/generate.py

Standard library only; seeded, so every run writes the same bytes.
"""
import collections
import datetime as dt
import json
import math
import os
import random
import re
import string

SEED = 20261207
HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(SEED)
ROLES = ("bot", "brand", "person", "prolific_person", "spammer")
LABELS = ("social", "marketing", "spam")
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
UTC = dt.timezone.utc

# Timing defaults (minutes) for people's replies, per platform.
PERSON_MEDIAN = {"reddit": 40, "x": 15, "youtube": 40, "bluesky": 25, "blog": 200,
                 "mastodon": 25}


def hm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


class Author:
    def __init__(self, stream, name, role, median=None, window=None, tz=None, sigma=None,
                 lo=None, hi=None, weekdays=False, note="", schedule=None):
        self.stream, self.name, self.role = stream, name, role
        self.median, self.tz, self.weekdays, self.note = median, tz, weekdays, note
        self.window = None
        if window:
            a, b = window.split("-")
            self.window = (hm(a), hm(b), window)
        self.sigma = sigma
        self.lo, self.hi = lo, hi
        self.schedule = schedule

    # local minute-of-day of a UTC datetime in the author's own zone
    def local(self, t):
        return t + dt.timedelta(hours=self.tz)

    def awake(self, t):
        if not self.window:
            return True
        loc = self.local(t)
        if self.weekdays and loc.weekday() >= 5:
            return False
        m = loc.hour * 60 + loc.minute
        a, b, _ = self.window
        return a <= m < b if a < b else (m >= a or m < b)

    def next_window(self, t):
        """A random point in the first 40 minutes of the author's next waking window."""
        loc = self.local(t)
        a, b, _ = self.window
        day = loc.replace(hour=0, minute=0, second=0)
        start = day + dt.timedelta(minutes=a)
        if start <= loc:
            start += dt.timedelta(days=1)
        while self.weekdays and start.weekday() >= 5:
            start += dt.timedelta(days=1)
        start += dt.timedelta(seconds=RNG.randint(0, 40 * 60))
        return start - dt.timedelta(hours=self.tz)

    def delay(self):
        if self.role == "bot":
            lo, hi = self.lo, self.hi
            return math.exp(RNG.uniform(math.log(lo), math.log(hi)))
        m = self.median * 60.0
        x = m * math.exp(RNG.gauss(0, self.sigma))
        return min(max(x, 0.2 * m), 8 * m)


class Trigger:
    def __init__(self, bot, pattern, start, end, desc, targets=None, exclude=(), window_desc=""):
        self.bot, self.desc = bot, desc
        self.pattern = re.compile(pattern, re.I) if pattern else None
        self.start, self.end = start, end
        self.targets = targets  # callable(post) -> bool, used instead of the pattern
        self.exclude = set(exclude) | {bot}
        self.window_desc = window_desc

    def fires(self, post):
        if post["author"] in self.exclude:
            return False
        if not (self.start <= post["_t"] <= self.end):
            return False
        if self.targets:
            return self.targets(post)
        return bool(self.pattern.search(post["text"]))


class Stream:
    def __init__(self, fname, platform, tz, start, title, tzname):
        self.fname, self.platform, self.tz, self.title, self.tzname = (
            fname, platform, tz, title, tzname)
        self.start = dt.date.fromisoformat(start)
        self.authors = {}
        self.posts = []
        self.by_key = {}
        self.triggers = []
        self.scheduled = collections.defaultdict(list)
        self.story = ""
        self.contact = {}

    # ---- authors -------------------------------------------------------------------
    def person(self, name, median=None, window="07:00-23:00", tz=None, note=""):
        return self._add(Author(self, name, "person", median or PERSON_MEDIAN[self.platform],
                                window, self.tz if tz is None else tz, 1.0, note=note))

    def prolific(self, name, median, window, tz=None, note=""):
        return self._add(Author(self, name, "prolific_person", median, window,
                                self.tz if tz is None else tz, 0.8, note=note))

    def brand(self, name, median, window, tz=None, weekdays=False, note=""):
        return self._add(Author(self, name, "brand", median, window,
                                self.tz if tz is None else tz, 0.8, weekdays=weekdays,
                                note=note))

    def spammer(self, name, median, window, tz=None, note=""):
        return self._add(Author(self, name, "spammer", median, window,
                                self.tz if tz is None else tz, 1.0, note=note))

    def bot(self, name, lo=None, hi=None, note=""):
        return self._add(Author(self, name, "bot", lo=lo, hi=hi, tz=self.tz, note=note))

    def _add(self, a):
        assert a.name not in self.authors, a.name
        self.authors[a.name] = a
        return a

    def trigger(self, bot, pattern, start, end, desc, targets=None, exclude=()):
        t = Trigger(bot, pattern, self.when(start), self.when(end), desc, targets, exclude,
                    f"{start} to {end} local")
        self.triggers.append(t)

    # ---- time --------------------------------------------------------------------------
    def when(self, spec):
        """'Mon 07:12' (random seconds), 'Mon 07:12:00' (exact), 'Mon2 07:12' (second Monday
        of the stream), in the stream's local time; returns UTC."""
        day, clock = spec.split()
        n = 1
        if day[-1].isdigit():
            day, n = day[:-1], int(day[-1])
        wd = DAYS.index(day)
        d = self.start + dt.timedelta(days=(wd - self.start.weekday()) % 7 + 7 * (n - 1))
        parts = [int(x) for x in clock.split(":")]
        sec = parts[2] if len(parts) == 3 else RNG.randint(0, 59)
        loc = dt.datetime(d.year, d.month, d.day, parts[0], parts[1], sec, tzinfo=UTC)
        return loc - dt.timedelta(hours=self.tz)

    # ---- posts ---------------------------------------------------------------------------
    def root(self, key, author, at, text, label, **extra):
        t = self.when(at)
        if at.count(":") == 2:
            self.scheduled[author].append(at)
        return self._post(key, author, t, text, label, None, extra)

    def reply(self, key, parent, author, text, label, at=None, delay=None, after=None,
              **extra):
        a = self.authors[author]
        if at:
            t = self.when(at)
            if at.count(":") == 2:
                self.scheduled[author].append(at)
        else:
            base = self.by_key[after or parent]["_t"]
            if delay:
                lo, hi = delay
                secs = math.exp(RNG.uniform(math.log(lo), math.log(hi)))
                t = base + dt.timedelta(seconds=secs)
            else:
                t = base + dt.timedelta(seconds=a.delay())
                if a.role != "bot" and not a.awake(t):
                    t = a.next_window(t)
        t = t.replace(microsecond=0)
        return self._post(key, author, t, text, label, parent, extra)

    def _post(self, key, author, t, text, label, parent, extra):
        assert key not in self.by_key, key
        assert author in self.authors, author
        p = {"_key": key, "_t": t.replace(microsecond=0), "_parent": parent, "_n": len(self.posts),
             "text": text, "author": author, "expected": label}
        if self.platform == "blog" and parent and author in self.contact:
            for k, v in zip(("author_email", "author_url"), self.contact[author]):
                if v and k not in extra:
                    p[k] = v
        p.update(extra)
        self.posts.append(p)
        self.by_key[key] = p
        return p


# ---- ids ----------------------------------------------------------------------------------
B36 = string.digits + string.ascii_lowercase
B32S = "234567abcdefghijklmnopqrstuvwxyz"
YT = string.ascii_letters + string.digits + "-_"


def base36(n):
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = B36[r] + s
    return s


def assign_ids(s):
    posts = sorted(s.posts, key=lambda p: (p["_t"], p["_n"]))
    # a reply never shares its second with, or comes before, the post it answers
    for p in posts:
        if p["_parent"]:
            par = s.by_key[p["_parent"]]
            if p["_t"] <= par["_t"]:
                p["_t"] = par["_t"] + dt.timedelta(seconds=1)
    posts.sort(key=lambda p: (p["_t"], p["_n"]))
    epoch0 = posts[0]["_t"]
    dids = {}
    counters = {"t3": int("1u7c0a0", 36), "t1": int("oh2k300", 36),
                "post": 5230, "comment": 48310}
    last_ms = 0
    for p in posts:
        t = p["_t"]
        ms = int(t.timestamp() * 1000) + RNG.randint(0, 999)
        root = p["_parent"] is None
        if s.platform == "reddit":
            k = "t3" if root else "t1"
            counters[k] += RNG.randint(40, 400) if k == "t3" else RNG.randint(800, 9000)
            p["id"] = f"{k}_{base36(counters[k])}"
        elif s.platform == "x":
            ms = max(ms, last_ms + 1)
            last_ms = ms
            p["id"] = str(((ms - 1288834974657) << 22) | (RNG.randint(0, 1023) << 12)
                          | RNG.randint(0, 4095))
        elif s.platform == "mastodon":
            ms = max(ms, last_ms + 1)
            last_ms = ms
            p["id"] = str((ms << 16) | RNG.randint(0, 65535))
        elif s.platform == "bluesky":
            if p["author"] not in dids:
                dids[p["author"]] = "".join(RNG.choice(B32S) for _ in range(24))
            us = max(ms * 1000 + RNG.randint(0, 999), last_ms + 1)
            last_ms = us
            tid = (us << 10) | RNG.randint(0, 1023)
            rk = "".join(B32S[(tid >> (5 * i)) & 31] for i in range(12, -1, -1))
            p["id"] = f"at://did:plc:{dids[p['author']]}/app.bsky.feed.post/{rk}"
        elif s.platform == "blog":
            k = "post" if root else "comment"
            counters[k] += RNG.randint(1, 3) if k == "post" else RNG.randint(2, 60)
            p["id"] = f"{k}-{counters[k]}"
        elif s.platform == "youtube":
            if root:
                if p.get("_community"):
                    p["id"] = "Ugkx" + "".join(RNG.choice(YT) for _ in range(32))
                else:
                    p["id"] = "".join(RNG.choice(YT) for _ in range(11))
            elif s.by_key[p["_parent"]]["_parent"] is None:
                p["id"] = ("Ug" + RNG.choice("wxyz") + "".join(
                    RNG.choice(string.ascii_letters + string.digits) for _ in range(19))
                    + "4AaABAg")
            else:
                top = s.by_key[p["_parent"]]
                while s.by_key[top["_parent"]]["_parent"] is not None:
                    top = s.by_key[top["_parent"]]
                p["id"] = top["id"].split(".")[0] + "." + "".join(
                    RNG.choice(YT) for _ in range(22))
    s.posts = posts
    return epoch0


def thread_root(s, p):
    while p["_parent"]:
        p = s.by_key[p["_parent"]]
    return p


def record(s, p):
    out = {"id": p["id"], "text": p["text"], "author": p["author"],
           "created_at": p["_t"].strftime("%Y-%m-%dT%H:%M:%SZ"), "platform": s.platform,
           "kind": "reply" if p["_parent"] else "post", "thread_id": thread_root(s, p)["id"]}
    if p["_parent"]:
        out["parent_id"] = s.by_key[p["_parent"]]["id"]
    out["expected"] = p["expected"]
    for k in ("author_email", "author_url"):
        if k in p:
            out[k] = p[k]
    return out


# ---- checks ------------------------------------------------------------------------------
def check(streams):
    seen_authors = {}
    problems = []
    for s in streams:
        ids = set()
        prev = None
        for p in s.posts:
            r = record(s, p)
            for f in ("id", "text", "author", "created_at", "platform", "kind", "thread_id",
                      "expected"):
                assert r.get(f), (s.fname, f, r)
            assert r["id"] not in ids, r["id"]
            ids.add(r["id"])
            assert r["expected"] in LABELS, r
            if prev:
                assert prev <= p["_t"], (s.fname, p["_key"])
            prev = p["_t"]
            if p["_parent"]:
                par = s.by_key[p["_parent"]]
                assert par["_t"] < p["_t"], (s.fname, p["_key"])
                assert r["parent_id"] in ids
            if s.platform == "blog" and p["_parent"]:
                assert "author_email" in p or "author_url" in p, p["_key"]
        for a in s.authors.values():
            assert a.role in ROLES
            assert a.name not in seen_authors, a.name
            seen_authors[a.name] = s.fname
            n = sum(p["author"] == a.name for p in s.posts)
            assert n, ("author without posts", a.name)
        for name, specs in s.scheduled.items():
            a = s.authors[name]
        # root-only bots
        for a in s.authors.values():
            if a.role == "bot" and a.schedule == "roots":
                assert not any(p["author"] == a.name and p["_parent"] for p in s.posts), a.name
        # keyword / target triggered bots
        for tr in s.triggers:
            replies = [p for p in s.posts if p["author"] == tr.bot and p["_parent"]]
            for p in s.posts:
                if tr.fires(p):
                    n = sum(r["_parent"] == p["_key"] for r in replies)
                    if n != 1:
                        problems.append(f"{s.fname}: {tr.bot} answers {p['_key']} {n} times: "
                                        f"{p['text'][:70]!r}")
            for r in replies:
                par = s.by_key[r["_parent"]]
                if tr.fires(par):
                    continue
                gp = s.by_key.get(par["_parent"]) if par["_parent"] else None
                if gp and gp["author"] == tr.bot:
                    continue  # a follow-up in its own sub-thread
                problems.append(f"{s.fname}: {tr.bot} reply {r['_key']} answers a non-trigger "
                                f"{par['_key']}: {par['text'][:60]!r}")
    if problems:
        raise SystemExit("\n".join(problems))


# ==========================================================================================
# 1. Reddit: r/NightFeedClub, UK parents, Mon 11 to Sat 16 May 2026 (BST, UTC+1)
# ==========================================================================================
AUTOMOD_SAFETY = (
    "Hi u/{user}. A reminder that r/NightFeedClub is peer support, not medical advice. If "
    "your baby is under 3 months with a temperature of 38°C or more, has green vomit, is "
    "struggling to breathe or is floppy and hard to wake, call 999 or go to A&E. For anything "
    "else that worries you, call NHS 111 or your GP.\n\n*I am a bot, and this action was "
    "performed automatically. Please contact the moderators of this subreddit if you have "
    "any questions or concerns.*")


def automod_thread(day):
    return (f"The 3am Club: {day} night thread\n\nUp with a baby? Say hi. Feeds, wins, "
            "confessions, what you're watching on mute at four in the morning. Be kind: "
            "everyone in here is running on toast and spite.\n\n*I am a bot, and this action "
            "was performed automatically. Please contact the moderators of this subreddit if "
            "you have any questions or concerns.*")


def reddit():
    s = Stream("reddit_parents_sleep_course_free_baby_box.jsonl", "reddit", 1, "2026-05-11",
               "Reddit: a sleep-course bot (and its replacement) answering every post or "
               "comment in a parents' night-feed subreddit that says sleep, slept, asleep, "
               "sleeper or sleepsuit, and a 'free baby box' card-harvesting bot answering "
               "every pregnancy, beside AutoModerator's nightly thread and its own "
               "keyword-triggered safety reminder", "BST, UTC+1")
    s.bot("AutoModerator", 3, 40, note="the subreddit's AutoModerator: posts the night thread "
          "at 21:00:00 every evening and answers every post or comment that says fever, "
          "temperature, temp, rash, breathing (breath…), vomit… or sick… with the sub's "
          "safety reminder")
    s.bot("SleepSorted_Hannah", 60, 600)
    s.bot("sleepwise_coach_jo", 120, 900)
    s.bot("FreeBabyBox_UK", 90, 1500)
    s.spammer("kayleigh_mumboss", 60, "09:00-23:00")
    s.brand("FeedLine_UK", 120, "09:00-21:00")
    s.brand("ashworth_sling_library", 150, "10:00-20:00")
    s.person("mod_fern_w", 40, "07:00-23:30")
    s.person("kettle_on_at_3am", 15, "22:00-07:00")
    s.person("tired_dad_of_twins", 30, "06:00-01:00")
    s.person("priya_and_bean", 25, "05:30-00:30")
    s.person("ollie_and_the_caley", 45, "07:00-23:00")
    s.person("samira_due_in_june", 40, "07:00-23:00")
    s.person("rosie_back_at_work", 40, "06:00-22:30")
    s.person("gav_on_paternity", 30, "07:00-00:00")
    s.person("chloe_and_reflux_baby", 30, "06:00-01:00")
    s.person("becca_nicu_grad", 40, "07:00-23:30")
    s.prolific("midwife_nan_jude", 6, "05:00-23:30")

    SLEEP = r"\b(a?sleep\w*|slept)\b"
    s.trigger("AutoModerator", r"\b(fever\w*|temperature|temp|rash|breath\w*|vomit\w*|sick\w*)\b",
              "Mon 00:00:00", "Sat 23:59:59", "every post or comment that says fever, "
              "temperature, temp, rash, breath…, vomit… or sick…")
    s.trigger("SleepSorted_Hannah", SLEEP, "Mon 00:00:00", "Wed 11:00:00",
              "every post or comment that says sleep… (sleep, sleeps, sleeping, sleepy, "
              "sleeper, sleepsuit), asleep or slept", exclude=["sleepwise_coach_jo"])
    s.trigger("sleepwise_coach_jo", SLEEP, "Thu 08:00:00", "Sat 23:59:59",
              "every post or comment that says sleep… (sleep, sleeps, sleeping, sleepy, "
              "sleeper, sleepsuit), asleep or slept", exclude=["SleepSorted_Hannah"])
    s.trigger("FreeBabyBox_UK", r"\b(pregnan\w*|expecting|due (date|in|on)|bump)\b",
              "Mon 00:00:00", "Sat 23:59:59", "every post or comment that says pregnant, "
              "pregnancy, expecting, 'due in', 'due on', 'due date' or bump")
    S, M, X = "social", "marketing", "spam"
    am = lambda user: AUTOMOD_SAFETY.format(user=user)
    hannah = [
        "Hi mama 💛 I hear this SO often! Contact napping is exhausting but it doesn't have to "
        "be forever. My 7-Day Gentle Sleep Reset has helped 4,000+ babies learn to settle in "
        "their own space, and it's 60% off this week only 👉 sleepsorted-method.com/reset",
        "Twins are SO hard mama/papa 💛 The Gentle Sleep Reset has a twins module! 60% off "
        "this week only 👉 sleepsorted-method.com/twins",
        "Sounds like your little one finds sleep tricky! 💛 You're not alone. My 7-Day Gentle "
        "Sleep Reset works at home, on holiday, anywhere. 60% off this week 👉 "
        "sleepsorted-method.com/reset",
        "Sleep struggles are so common mama 💛 You don't have to do this alone. The 7-Day "
        "Gentle Sleep Reset, 60% off this week only 👉 sleepsorted-method.com/reset",
    ]
    jo = [
        "Hey lovely! 🌙 It sounds like bedtime is a real struggle right now. I'm a certified "
        "infant sleep consultant and my Little Dreamers plan gets babies sleeping 11-12 hours "
        "in under 2 weeks ✨ Book a free discovery call 👉 sleepwise-coach.co/call",
        "So many parents feel exactly the same way! 💛 Little Dreamers has helped 2,000+ "
        "families get their evenings back. Free discovery call this week 👉 "
        "sleepwise-coach.co/call",
    ]
    box = ("Congratulations!! 🎉 Did you know expecting parents in the UK can claim a FREE baby "
           "box worth £150 (nappies, wipes, muslins, bottle starter kit)? Just cover £2.95 "
           "postage 👉 babybox-claim.co.uk/free")
    box2 = ("Congratulations on your little one!! 🎉 Claim your FREE baby box worth £150 while "
            "stocks last, just £2.95 postage 👉 babybox-claim.co.uk/free")
    R = s.reply

    # Monday
    s.root("contact", "priya_and_bean", "Mon 03:12",
           "6 weeks and she only sleeps on me. Is this forever?\n\nLO is 6 weeks tomorrow. She "
           "will do three hours on my chest and wakes the second I put her down in the Moses "
           "basket. I've tried warming the sheet, the swaddle, the hand-on-the-tummy thing. My "
           "partner takes over at 5 so I get a bit. Is this a phase or have I made a rod for "
           "my own back already?", S)
    R("contact.h", "contact", "SleepSorted_Hannah", hannah[0], X)
    R("contact.k", "contact", "kettle_on_at_3am",
      "Hello from the sofa, also awake. No rod. Six weeks is peak 'the floor is lava'. Mine's "
      "4 months now and goes down in the cot about half the time, which I'm counting as a "
      "win.", S, delay=(900, 1800))
    R("contact.h.p", "contact.h", "priya_and_bean",
      "is there a free version or is it all in the course", S, delay=(300, 700))
    R("contact.h.p.h", "contact.h.p", "SleepSorted_Hannah",
      "The free tips are on my page mama but the full method is only in the Reset 💛 use code "
      "NIGHTS60, ends Sunday!", X)
    R("contact.n", "contact", "midwife_nan_jude",
      "You haven't made a rod for anything, love. At six weeks she's still a fourth-trimester "
      "baby and the basket is cold and smells of nothing. Put a muslin you've worn down your "
      "top in with her, lay her down feet first, slowly, once her arms go floppy. And take "
      "the 5am handover, that's a good partner.", S, at="Mon 05:24")
    R("contact.n.p", "contact.n", "priya_and_bean",
      "The worn muslin thing!! She did 40 minutes in the basket. FORTY. I stared at her the "
      "whole time instead of resting, obviously.", S, at="Mon 07:41")

    s.root("bag", "samira_due_in_june", "Mon 09:31",
           "Hospital bag for a June baby: what did you actually use?\n\nFirst baby, due in five "
           "weeks. Every list online is three pages long and half of it is sponsored. What did "
           "you actually use, and what never came out of the bag?", S)
    R("bag.b", "bag", "FreeBabyBox_UK", box, X)
    R("bag.n", "bag", "midwife_nan_jude",
      "Used: a long phone cable, lip balm, big knickers you don't care about, snacks your "
      "partner won't eat, a going-home outfit in newborn AND 0-3. Never used: a birth plan "
      "laminated in three colours. Good luck, Samira.", S)
    R("bag.d", "bag", "tired_dad_of_twins",
      "Dad perspective: pack a bag for the partner too. I spent 19 hours in the same T-shirt "
      "and the vending machine only took coins.", S)
    R("bag.b.s", "bag.b", "samira_due_in_june", "ooh is this legit? £2.95 is nothing", S,
      delay=(1200, 2400))
    R("bag.b.s.b", "bag.b.s", "becca_nicu_grad",
      "Please don't put your card in. My sister did one of these 'free box' sites and got "
      "charged £39.99 a month afterwards. A real freebie never needs your card.", S)
    R("bag.b.s.b.s", "bag.b.s.b", "samira_due_in_june", "Oh god. Thank you. Tab closed.", S)
    R("bag.g", "bag", "gav_on_paternity",
      "Dextrose tablets. No idea why. They just felt important at 4am.", S, after="bag.d")

    s.root("smp", "rosie_back_at_work", "Mon 10:16",
           "Maternity pay stops in June and I'm panicking about going back\n\nSMP ends in five "
           "weeks and we can't do another month on one wage. Nursery has a place for 3 days but "
           "the fees are nearly what I'd earn on those days. Has anyone actually made the maths "
           "work? Part time, compressed hours, grandparents? Not looking for a miracle, just to "
           "hear how other people did it.", S)
    R("smp.k", "smp", "kayleigh_mumboss",
      "Hun I was EXACTLY where you are 💕 now I work from my phone around nap times, made my "
      "first £1k last month and never have to ask anyone for time off. It's not for everyone "
      "but drop me a message and I'll tell you how x", X)
    R("smp.g", "smp", "gav_on_paternity",
      "Check whether your employer does salary sacrifice for nursery, and look at tax-free "
      "childcare, it takes 20% off. It turned ours from 'pointless' into 'tight but doable'.",
      S)
    R("smp.k.m", "smp.k", "mod_fern_w",
      "Removed two of these from this account already. No MLM recruiting in this sub. This is "
      "your only warning.", S)
    R("smp.g.r", "smp.g", "rosie_back_at_work",
      "Thank you Gav. I didn't know tax-free childcare covered nurseries, I thought it was the "
      "voucher thing that ended years ago.", S)
    R("smp.n", "smp", "midwife_nan_jude",
      "My daughter did 3 long days and her mother-in-law has the baby on Wednesdays. Put a "
      "flexible working request in writing, they have to consider it properly now.", S,
      after="smp.g")

    s.root("reflux", "chloe_and_reflux_baby", "Mon 14:05",
           "Reflux baby, vomiting after every feed, GP says 'he's gaining so it's fine'\n\n12 "
           "weeks. He brings back what looks like the whole feed, arches and screams. He IS "
           "gaining (75th centile) so I get it, but I'm changing both of us five times a day. "
           "Did anyone push for a referral? How?", S)
    R("reflux.a", "reflux", "AutoModerator", am("chloe_and_reflux_baby"), S)
    R("reflux.b", "reflux", "becca_nicu_grad",
      "Keep a video of it on your phone. The GP changed their tune the second they watched "
      "ours. Note the times and roughly how much, too.", S)
    R("reflux.p", "reflux", "priya_and_bean",
      "Sending solidarity and a muslin the size of a bedsheet.", S)
    R("reflux.b.c", "reflux.b", "chloe_and_reflux_baby",
      "A video is a great shout. I always clean up first and then it looks like I'm "
      "exaggerating.", S)
    R("reflux.n", "reflux", "midwife_nan_jude",
      "Ask specifically about cow's milk protein and a referral to the paediatric dietitian. "
      "Gaining well doesn't mean nothing's wrong, it means he's feeding well in spite of it. "
      "You're not being dramatic.", S, after="reflux.b.c")

    s.root("t1", "AutoModerator", "Mon 21:00:00", automod_thread("Monday"), S)
    R("t1.k", "t1", "kettle_on_at_3am",
      "Night 3 of the 2:45 wake-up. He feeds for ten minutes and then wants a chat. A CHAT. "
      "Currently watching a programme about Scottish lighthouses with subtitles.", S,
      at="Tue 02:51")
    R("t1.d", "t1", "tired_dad_of_twins",
      "Twin A fed, twin B fed, twin A needs changing again. Whoever said 'sleep when the baby "
      "sleeps' had one baby.", S, at="Tue 03:04")
    R("t1.d.h", "t1.d", "SleepSorted_Hannah", hannah[1], X)
    R("t1.d.k", "t1.d", "kettle_on_at_3am",
      "Solidarity. The lighthouse keeper just said he hasn't seen another person in six weeks "
      "and honestly, same.", S, delay=(200, 600))
    R("t1.d.h.d", "t1.d.h", "tired_dad_of_twins",
      "'mama/papa'. It's three in the morning and a bot is trying to sell me a twins module.",
      S, delay=(120, 400))
    R("t1.p", "t1", "priya_and_bean",
      "40-minute basket update: tonight she did TWO HOURS. Nan's muslin trick works.", S,
      at="Tue 03:33")

    # Tuesday
    s.root("train", "ollie_and_the_caley", "Tue 09:42",
           "Taking a 9-month-old on the overnight sleeper train to Scotland. Mad or fine?\n\nMy "
           "mum lives near Fort William and flying plus a hire car is a nightmare. The "
           "Caledonian Sleeper has a cabin with a double bed. Has anyone done it with a baby? "
           "What did you bring? Was it carnage?", S)
    R("train.h", "train", "SleepSorted_Hannah", hannah[2], X)
    R("train.g", "train", "gav_on_paternity",
      "Did it to Inverness with a one-year-old. The rocking knocked her out by Crewe. Bring "
      "one of those blackout blinds that suckers to the window, the platform lights at "
      "stations are bright.", S)
    R("train.h.o", "train.h", "ollie_and_the_caley", "I asked about a train.", S,
      delay=(600, 1800))
    R("train.g.o", "train.g", "ollie_and_the_caley", "By Crewe! That's the dream. Booking it.",
      S)
    R("train.n", "train", "midwife_nan_jude",
      "Take her own cot sheet so it smells like home, and a night light. You'll be grand.", S,
      after="train.g")

    s.root("psa", "mod_fern_w", "Tue 10:34",
           "PSA: the accounts replying to everyone about sleep courses and free baby boxes are "
           "bots\n\nIf you've posted anything with the word sleep in it this week you've "
           "probably had a reply from an account selling a 'gentle sleep reset'. It answers "
           "within minutes, day or night, and it even answered a question about a sleeper "
           "train. Same for the 'free baby box' account under anything about pregnancy: it's a "
           "card-harvesting site. Please report, don't reply. We've escalated to the admins.",
           S)
    R("psa.h", "psa", "SleepSorted_Hannah", hannah[3], X)
    R("psa.b", "psa", "FreeBabyBox_UK", box, X)
    R("psa.d", "psa", "tired_dad_of_twins", "It replied to the PSA about it. Incredible.", S,
      after="psa.h", delay=(300, 1500))
    R("psa.e", "psa", "becca_nicu_grad",
      "Reported both. The baby box one found my sister's post in another sub within a "
      "minute.", S, after="psa.b")
    R("psa.n", "psa", "midwife_nan_jude",
      "Thanks Fern. I'd rather folk here got their advice from each other than from a link.",
      S)

    s.root("corr", "becca_nicu_grad", "Tue 13:22",
           "Corrected age vs actual age: when did you stop counting?\n\nOur boy was born at 31 "
           "weeks and is 7 months now (5 corrected). Family keep comparing him to a cousin born "
           "the same week and I keep having to explain. When did it stop mattering for you? Our "
           "consultant says by two, but I'd love to hear from other NICU families.", S)
    R("corr.n", "corr", "midwife_nan_jude",
      "By two for most things, love, and often sooner. Tell the family he's doing brilliantly "
      "for a lad who arrived nine weeks early, then change the subject.", S)
    R("corr.c", "corr", "chloe_and_reflux_baby",
      "Ours was 34 weeks. I stopped correcting people at about 18 months, mostly out of "
      "tiredness.", S)
    R("corr.c.b", "corr.c", "becca_nicu_grad", "'Mostly out of tiredness' is going on my "
      "gravestone.", S)

    s.root("sling", "priya_and_bean", "Tue 15:03",
           "Where can I try slings before buying? (Ashworth area)\n\nI'd love to carry her "
           "round the house so I can do something with both hands. There are so many kinds and "
           "they're £80+. Is there anywhere to try a few first?", S)
    R("sling.a", "sling", "ashworth_sling_library",
      "Hi! We're the Ashworth Sling Library, a volunteer-run CIC. Drop-ins are Thursdays 10-12 "
      "at St Hilda's church hall: £5 for a fitting, and you can hire a sling for £8 for two "
      "weeks before you buy anything. No need to book.", M)
    R("sling.n", "sling", "midwife_nan_jude",
      "Do go. A fitting makes all the difference, a badly adjusted sling is a backache waiting "
      "to happen.", S, after="sling.a")
    R("sling.a.p", "sling.a", "priya_and_bean", "Thursday! Perfect, thank you.", S)

    s.root("t2", "AutoModerator", "Tue 21:00:00", automod_thread("Tuesday"), S)
    R("t2.k", "t2", "kettle_on_at_3am",
      "Last night I said 'a chat'. Tonight he did a full stand-up set. Lighthouse programme's "
      "finished, I've moved on to a man restoring a canal boat.", S, at="Wed 01:56")
    R("t2.c", "t2", "chloe_and_reflux_baby",
      "Reflux update: GP watched the video. Referral done. Also he's been sick on the dog.", S,
      at="Wed 02:21")
    R("t2.c.a", "t2.c", "AutoModerator", am("chloe_and_reflux_baby"), S)
    R("t2.c.k", "t2.c", "kettle_on_at_3am", "The video worked!! Well done. Apologies to the "
      "dog.", S, delay=(240, 900))
    R("t2.s", "t2", "samira_due_in_june",
      "Not a baby yet, just a bump that kicks at 4am. Does that count?", S, at="Wed 04:38")
    R("t2.s.b", "t2.s", "FreeBabyBox_UK", box, X)
    R("t2.s.k", "t2.s", "kettle_on_at_3am", "It counts. Practice round.", S, delay=(300, 900))

    # Wednesday
    s.root("pat", "gav_on_paternity", "Wed 08:14",
           "Last day of paternity leave tomorrow and I'm weirdly gutted\n\nTwo weeks went in "
           "about four hours. I'm going to miss the 6am walk with her in the carrier, just us "
           "and the milkman. Any dads got tips for staying close when you're out at work all "
           "day?", S)
    R("pat.d", "pat", "tired_dad_of_twins",
      "Take the bath and the last feed every night, whatever happens at work. It became our "
      "thing and it's the bit I'd fight for now.", S)
    R("pat.k", "pat", "kayleigh_mumboss",
      "Why go back at all hun? 💕 My team has dads in it too, all working from their phones "
      "around the kids. Message me and I'll send you the info, no pressure x", X)
    R("pat.r", "pat", "rosie_back_at_work",
      "My husband does Saturday mornings so I can lie in. The two of them go to the same café "
      "every week and the staff know her by name now.", S, after="pat.d")
    R("pat.n", "pat", "midwife_nan_jude",
      "Talk to her on your way out of the door and when you come in, every day. She knows your "
      "voice better than you think.", S, after="pat.r")

    R("psa.m", "psa", "mod_fern_w",
      "Update: the sleep course account is suspended. The baby box one is still going, keep "
      "reporting.", S, at="Wed 11:42")

    s.root("combi", "priya_and_bean", "Wed 13:08",
           "Combination feeding: how do you do it without feeling like you've failed?\n\nI'm "
           "topping up with formula at night so my partner can do a feed and I can get four "
           "hours in a row. The health visitor was lovely about it but my own head isn't. Any "
           "combi feeders out there?", S)
    R("combi.c", "combi", "chloe_and_reflux_baby",
      "Combi fed from 3 weeks. 'Fed baby' is the only rule I ended up keeping.", S)
    R("combi.b", "combi", "becca_nicu_grad",
      "u/FeedLine_UK have a helpline, they were brilliant with us when he came home from NICU "
      "on expressed milk and formula.", S)
    R("combi.b.f", "combi.b", "FeedLine_UK",
      "Hi, thanks for the tag! Our helpline is free, 9.30am to 9.30pm every day, on 0300 555 "
      "0173, and our volunteers support combination feeding, not just breastfeeding. There's "
      "no right amount of breast milk: whatever works for you both is a good plan. If you'd "
      "like to help keep the line open, our Big Night Feed fundraiser runs all this month.", M)
    R("combi.b.f.p", "combi.b.f", "priya_and_bean", "Saved the number. Thank you.", S)
    R("combi.n", "combi", "midwife_nan_jude",
      "Four hours in a row is medicine. For both of you.", S, after="combi.b")

    s.root("t3", "AutoModerator", "Wed 21:00:00", automod_thread("Wednesday"), S)
    R("t3.d", "t3", "tired_dad_of_twins",
      "Twin B has learnt to blow raspberries. At 2am. At his brother.", S, at="Thu 02:09")
    R("t3.d.k", "t3.d", "kettle_on_at_3am", "Twin B has a future in comedy.", S,
      delay=(300, 1200))
    R("t3.k", "t3", "kettle_on_at_3am",
      "Canal boat man has fitted a wood burner. I've fed a baby and eaten a whole packet of "
      "oatcakes. Dry.", S, at="Thu 03:02")

    # Thursday
    s.root("nursery", "rosie_back_at_work", "Thu 07:52",
           "Nursery settling-in, day 1: I cried in the car park, she had a lovely time\n\nThat's "
           "it, that's the post. She had lunch, played in the sand and had a nap in a room with "
           "nine other babies, which she has never once done for me. I went to Greggs and cried "
           "into a sausage roll.", S)
    R("nursery.g", "nursery", "gav_on_paternity", "The sausage roll cry is a rite of passage.",
      S)
    R("nursery.n", "nursery", "midwife_nan_jude",
      "They always behave better for other people. It means she feels safe enough with you to "
      "be her worst self.", S)
    R("nursery.k", "nursery", "kayleigh_mumboss",
      "This is exactly why I started my own thing hun 💕 no more car park tears, I'm home with "
      "my little one every day and earn more than my old job. Message me if you ever want to "
      "chat x", X)
    R("nursery.k.r", "nursery.k", "rosie_back_at_work", "I'm good, thanks.", S)
    R("nursery.k.m", "nursery.k", "mod_fern_w",
      "Banned. Third pitch after a warning.", S, after="nursery.k.r")

    s.root("suit", "chloe_and_reflux_baby", "Thu 10:21",
           "What size sleepsuit does a 3-month-old 'big for his age' need?\n\nEverything 0-3 is "
           "straining at the poppers. 3-6 in one shop is huge and in another shop it's tiny. Is "
           "there a brand that runs true?", S)
    R("suit.j", "suit", "sleepwise_coach_jo", jo[0], X)
    R("suit.p", "suit", "priya_and_bean",
      "Go by weight, not age. Bean's in 3-6 at 11 weeks; the supermarket ones come up big.", S)
    R("suit.b", "suit", "becca_nicu_grad",
      "The bot answered a question about poppers with sleep coaching 😂", S, after="suit.j")
    R("suit.b.j", "suit.b", "sleepwise_coach_jo", jo[1], X)
    R("suit.p.c", "suit.p", "chloe_and_reflux_baby", "Thanks Priya, 3-6 it is.", S)

    s.root("pram", "samira_due_in_june", "Thu 13:04",
           "Antenatal class says buy nothing till the baby's here. My mum has bought a pram.\n\n"
           "And a changing bag and nine cardigans. I'm 35 weeks. How do I tell her, lovingly, "
           "that we already picked one?", S)
    R("pram.n", "pram", "midwife_nan_jude",
      "As a grandmother: let her keep it at hers for when she has the baby. Everyone wins, and "
      "she'll cry.", S)
    R("pram.g", "pram", "gav_on_paternity",
      "Nine cardigans is a normal number of cardigans from a grandmother.", S)
    R("pram.n.s", "pram.n", "samira_due_in_june", "Nan that's perfect. She's going to cry.", S)

    R("train.o2", "train", "ollie_and_the_caley",
      "Update for anyone searching later: booked for tomorrow night, it's my mum's birthday. "
      "The cabin's tiny but they'll put a travel cot on the floor if you ask. Will report "
      "back.", S, at="Thu 16:47")

    s.root("t4", "AutoModerator", "Thu 21:00:00", automod_thread("Thursday"), S)
    R("t4.k", "t4", "kettle_on_at_3am",
      "Confession: I've started narrating the canal boat programme to the baby in the canal "
      "boat man's voice. He's very calm about it.", S, at="Fri 02:29")
    R("t4.p", "t4", "priya_and_bean",
      "Three nights running she's gone down in the basket. I don't want to jinx it so I'm "
      "whispering it here.", S, at="Fri 03:14")
    R("t4.p.k", "t4.p", "kettle_on_at_3am", "Whispering back: congratulations.", S,
      delay=(200, 900))
    R("t4.c", "t4", "chloe_and_reflux_baby",
      "4am feed done, referral letter came today, and I cried at an advert for gravy. Night "
      "all.", S, at="Fri 04:06")

    # Friday
    s.root("twins", "tired_dad_of_twins", "Fri 09:11",
           "Our twins slept 7 till 5 for the first time and we didn't know what to do with "
           "ourselves\n\nWoke at 5 in a panic, checked both monitors, and then just... lay "
           "there. My wife made a full cooked breakfast. No tips, no method, I think they're "
           "just older now (8 months). Posting for the parents of 3-month-old twins who think "
           "it will never happen.", S)
    R("twins.j", "twins", "sleepwise_coach_jo", jo[0], X)
    R("twins.n", "twins", "midwife_nan_jude",
      "Lovely to read. Enjoy it, and don't panic when they have a bad week at nine months.", S)
    R("twins.g", "twins", "gav_on_paternity",
      "A full cooked breakfast. This is the most aspirational thing I've ever read on here.", S)
    R("twins.j.d", "twins.j", "tired_dad_of_twins",
      "Not a struggle, mate, that's the whole point of the post.", S)

    s.root("bnf", "FeedLine_UK", "Fri 11:02",
           "[Mod approved] Big Night Feed: our volunteers are answering the helpline all night "
           "this Saturday\n\nHi r/NightFeedClub, we're FeedLine UK, the infant feeding charity. "
           "The mods let us post once a month. This Saturday our volunteers are staffing the "
           "helpline right through the night, 9pm to 7am, for anyone feeding a baby in any way: "
           "0300 555 0173. If you'd like to support the line, you can sponsor a volunteer's "
           "night shift at feedline.org.uk/bignightfeed. Thank you for having us.", M)
    R("bnf.n", "bnf", "midwife_nan_jude",
      "I volunteered on a line like this for years after I retired. Ring them, they're kind.",
      S)
    R("bnf.b", "bnf", "becca_nicu_grad",
      "Sponsored a shift. They got us through our first week home.", S)

    s.root("again", "becca_nicu_grad", "Fri 14:33",
           "Pregnant again after a NICU baby: anyone else terrified?\n\nJust found out we're "
           "expecting again. I'm thrilled and I also can't stop thinking about 31 weeks. Did "
           "anyone else go through it after a prem baby? What did your team do differently?",
           S)
    R("again.b", "again", "FreeBabyBox_UK", box, X)
    R("again.n", "again", "midwife_nan_jude",
      "Congratulations, love. Ask early for a referral to the preterm birth clinic: cervical "
      "length scans from about 16 weeks, and they'll talk through what happened last time. "
      "Being frightened is normal.", S)
    R("again.c", "again", "chloe_and_reflux_baby",
      "Congratulations!! Ours was 34 weeks, then 39 the second time, for what it's worth.", S)
    R("again.b.b", "again.b", "becca_nicu_grad", "You again.", S)
    R("again.b.b.m", "again.b.b", "mod_fern_w",
      "Congratulations Becca ❤️ And yes, reported again. The admins say it's in the queue.", S)

    s.root("t5", "AutoModerator", "Fri 21:00:00", automod_thread("Friday"), S)
    R("t5.d", "t5", "tired_dad_of_twins",
      "Spoke too soon. Twin A has a temperature, Calpol given, 37.9 now, watching him.", S,
      at="Sat 01:41")
    R("t5.d.a", "t5.d", "AutoModerator", am("tired_dad_of_twins"), S)
    R("t5.d.k", "t5.d", "kettle_on_at_3am",
      "Hope he's ok. Cool room, light layers, and you can ring 111 any time if you're unsure.",
      S, delay=(300, 1000))
    R("t5.p", "t5", "priya_and_bean",
      "Bean rolled over for the first time at 2am and then looked furious about it.", S,
      at="Sat 02:32")
    R("t5.d.k.d", "t5.d.k", "tired_dad_of_twins",
      "37.2 now and he's laughing at the ceiling fan. Thanks both.", S, at="Sat 03:18")

    # Saturday
    R("train.o3", "train", "ollie_and_the_caley",
      "Update 2, as promised: she slept from Preston to Crianlarich. I did not. 10/10, would "
      "take a baby on the sleeper again.", S, at="Sat 08:44")
    R("train.o3.j", "train.o3", "sleepwise_coach_jo", jo[1], X)
    R("train.o3.n", "train.o3", "midwife_nan_jude", "Grand. Say hello to your mum.", S,
      after="train.o3.j")

    s.root("hands", "priya_and_bean", "Sat 09:36",
           "Went to the sling library, came home with a sling on hire and both hands free\n\n"
           "The volunteer was brilliant: we tried four and she showed me how to check the fit. "
           "I've hoovered. I've eaten toast with two hands. Thank you whoever suggested it.", S)
    R("hands.a", "hands", "ashworth_sling_library",
      "So glad it's working! Bring it back whenever you like for a fit check, it's free for "
      "hirers. 💚", M)
    R("hands.n", "hands", "midwife_nan_jude", "Toast with two hands. Living the dream.", S)
    return s


# ==========================================================================================
# 2. X: a non-league football club's fans, Fri 17 to Wed 22 April 2026 (BST, UTC+1)
# ==========================================================================================
def x_football():
    s = Stream("x_football_stream_link_vpn_bots.jsonl", "x", 1, "2026-04-17",
               "X: 'HD stream' link bots (one after another) answering every post or reply "
               "from a non-league club's fans that says stream or watch, and a VPN affiliate "
               "bot answering every 'abroad', 'overseas' or 'blackout', beside a fan's "
               "automated goal bot, the club, its supporters' trust and a pub", "BST, UTC+1")
    s.bot("@KilnsGoalBot", note="a fan's bot: posts kick-off, goals, half-time and full-time "
          "from the league's live data feed within seconds; never replies")
    s.authors["@KilnsGoalBot"].schedule = "roots"
    s.bot("@StreamzHD_Live", 8, 90)
    s.bot("@FootyLive_4K", 15, 120)
    s.bot("@vpn_deals_daily", 60, 600)
    s.spammer("@iptv_gaz", 30, "11:00-01:00")
    s.brand("@BrackenfordTFC", 60, "08:30-22:30")
    s.brand("@BrackenfordTrust", 120, "09:00-22:00")
    s.brand("@TheKilnTavern", 60, "11:00-23:30")
    s.prolific("@old_terry_kilns", 4, "05:30-23:30")
    s.person("@kilnsgirl_dee", 15, "07:00-00:30")
    s.person("@kiln_exile_perth", 20, "06:00-23:30", tz=8)
    s.person("@stats_not_vibes", 20, "08:00-00:30")
    s.person("@liz_chronicle_sport", 25, "08:00-23:00")
    s.person("@megan_u12s_coach", 25, "07:00-22:00")
    s.person("@wexley_pete", 20, "08:00-23:30")
    s.person("@sanjay_bkf", 15, "08:00-01:00")
    s.person("@groundhopper_lou", 30, "07:00-23:00")
    s.person("@bkf_away_days", 20, "07:00-00:00")

    WATCH = r"\b(stream\w*|livestream\w*|watch(es|ed|ing)?)\b"
    s.trigger("@StreamzHD_Live", WATCH, "Fri 00:00:00", "Sun 11:30:00",
              "every post or reply that says stream… (stream, streams, streaming, streamed), "
              "livestream… or watch (watches, watched, watching)", exclude=["@FootyLive_4K"])
    s.trigger("@FootyLive_4K", WATCH, "Mon 18:00:00", "Wed 23:59:59",
              "every post or reply that says stream… (stream, streams, streaming, streamed), "
              "livestream… or watch (watches, watched, watching)", exclude=["@StreamzHD_Live"])
    s.trigger("@vpn_deals_daily", r"\b(blackouts?|abroad|overseas|geo-?block\w*)\b",
              "Fri 00:00:00", "Wed 23:59:59", "every post or reply that says blackout, abroad, "
              "overseas or geo-blocked")
    S, M, X = "social", "marketing", "spam"
    R = s.reply
    hd = ["🔴 Brackenford Town vs Wexley Rovers LIVE | HD, no buffering, no sign up 📺👉 "
          "streamzhd.live/bkf-wex",
          "🔴 LIVE NOW in HD ⚽ Brackenford vs Wexley, all angles, free, no lag 👉 "
          "streamzhd.live/bkf-wex",
          "📺 Watch ALL football LIVE in HD for FREE ⚽🔥 no account needed 👉 "
          "streamzhd.live/free"]
    k4 = ["⚽🔴 Castlemere vs Brackenford LIVE in 4K, free, no buffering 👉 footylive4k.click/cas",
          "🔥 FREE 4K football streams 📺 every league, every game, tap 👉 footylive4k.click/all",
          "⚽ Missed it? Full match replays + LIVE 4K streams free 👉 footylive4k.click/all"]
    vpn = ["Blocked in your region? 🌍 Unlock every match from anywhere with SwiftShield VPN, 82% "
           "OFF + 3 months free 👉 swiftshield-deal.net/football",
           "⚽ Don't let blackouts ruin matchday! SwiftShield VPN works in 90+ countries, 82% OFF "
           "today only 👉 swiftshield-deal.net/football"]

    # Friday
    s.root("news", "@BrackenfordTFC", "Fri 09:15",
           "📢 Team news: Dean Hollis on Wexley tomorrow: \"We need Kiln Lane loud.\" Okafor is "
           "back in training after five weeks out.\n\n🎟️ £14 adults, £7 concessions, under-16s "
           "free with a paying adult. Online or at the turnstile: "
           "brackenfordtownfc.co.uk/tickets #UpTheKilns", M)
    R("news.t", "news", "@old_terry_kilns",
      "Okafor back. Thank the lord. We've looked like a pub side without him.", S)
    R("news.d", "news", "@kilnsgirl_dee",
      "Under-16s free is brilliant, bringing my nephew to his first ever game", S)
    R("news.d.c", "news.d", "@BrackenfordTFC",
      "Brilliant! Tell him to come and say hello to Kilo the mascot at the club shop before "
      "kick-off 🧱", M)

    s.root("trust", "@BrackenfordTrust", "Fri 11:40",
           "The board plans to put season tickets up 18% next season. We've asked to meet them "
           "before it's signed off. If you're a fan, join the Trust (£10 a year) so we can say "
           "we speak for 900 of you, not 700: brackenfordtrust.org/join #FairPriceKilns", M)
    R("trust.t", "trust", "@old_terry_kilns",
      "18%. My first season ticket was £9. I know, I know, 1979. Still.", S)
    R("trust.b", "trust", "@bkf_away_days", "Joined. Everyone on the away coach should too.",
      S)
    R("trust.s", "trust", "@sanjay_bkf", "Joined. 18% when we're 14th in the league is mad.",
      S)

    s.root("perth", "@kiln_exile_perth", "Fri 14:02",
           "Any Kilns fans abroad know how to watch tomorrow? I'm in Perth, it's a 10pm kick-off "
           "for me, and Kilns TV says 'not available in your region' half the time.", S)
    R("perth.h", "perth", "@StreamzHD_Live", hd[0], X)
    R("perth.v", "perth", "@vpn_deals_daily", vpn[0], X)
    R("perth.s", "perth", "@stats_not_vibes",
      "If your stream dies, the goal bot posts every goal within seconds, it's quicker than "
      "the league's own page", S)
    R("perth.s.h", "perth.s", "@StreamzHD_Live", hd[1], X)
    R("perth.c", "perth", "@BrackenfordTFC",
      "Hi Jamie, Kilns TV works anywhere outside the UK and Ireland for Saturday 3pm games. If "
      "it says not available, log in on the website rather than the app, that usually fixes "
      "it. Match pass £6 👍", M)
    R("perth.c.j", "perth.c", "@kiln_exile_perth",
      "Website not app. Sorted, cheers. I'll be the one shouting at 10pm in a flat in Perth.",
      S)

    s.root("prev", "@liz_chronicle_sport", "Fri 19:32",
           "Preview in tomorrow's Chronicle: Brackenford haven't beaten Wexley at Kiln Lane "
           "since 2019, but Wexley have lost four of their last five away. Hollis says Okafor "
           "starts on the bench. brackenfordchronicle.co.uk/sport/bkf-wexley-preview", S)
    R("prev.p", "prev", "@wexley_pete",
      "Four of the last five away 😬 we'll be fine. Probably. See you at the burger van.", S)
    R("prev.t", "prev", "@old_terry_kilns",
      "2019. Rain sideways, we won 2-1, I lost a glove. Good omens.", S)

    # Saturday
    s.root("md", "@old_terry_kilns", "Sat 07:58",
           "Matchday. Same scarf since 1986, same seat, same pie. Come on you Kilns 🧱", S)
    R("md.d", "md", "@kilnsgirl_dee", "Morning Terry! Nephew's been up since six.", S)
    R("md.d.t", "md.d", "@old_terry_kilns",
      "Bring him to row F. I'll teach him to shout at a linesman properly.", S)

    s.root("mday", "@BrackenfordTFC", "Sat 10:00",
           "MATCHDAY 🧱 Brackenford Town v Wexley Rovers, 3pm, Kiln Lane. Turnstiles open "
           "1.45pm.\n\nCan't make it? Overseas fans can watch on Kilns TV; in the UK, follow our "
           "live updates right here 📲 #UpTheKilns", M)
    R("mday.h", "mday", "@StreamzHD_Live", hd[0], X)
    R("mday.v", "mday", "@vpn_deals_daily", vpn[1], X)
    R("mday.m", "mday", "@megan_u12s_coach",
      "Our U12 girls are doing the guard of honour today! They've practised standing still all "
      "week, which is a first", S)
    R("mday.m.c", "mday.m", "@BrackenfordTFC",
      "Can't wait to see them 👏 Guard of honour at 2.55, come in early, everyone!", M,
      delay=(900, 2400))

    s.root("shift", "@sanjay_bkf", "Sat 12:12",
           "Working till 6 so I'll miss it. Absurd that in 2026 I can't pay to watch my own "
           "club's 3pm game in this country but someone in Perth can.", S)
    R("shift.h", "shift", "@StreamzHD_Live", hd[2], X)
    R("shift.g", "shift", "@iptv_gaz",
      "Get yourself an IPTV box mate, every game every league, 3pm kick offs included, 12 "
      "months £45, firestick ready. DM me 📺", X)
    R("shift.s", "shift", "@stats_not_vibes",
      "The 3pm blackout is there to protect gates at clubs like ours, to be fair. It's daft "
      "for people on shifts though.", S)
    R("shift.s.v", "shift.s", "@vpn_deals_daily", vpn[1], X)
    R("shift.s.j", "shift.s", "@sanjay_bkf", "Yeah, fair. Goal bot it is.", S,
      after="shift.s.v")

    s.root("ko", "@KilnsGoalBot", "Sat 15:00:14",
           "⏱️ KICK-OFF: Brackenford Town v Wexley Rovers is under way at Kiln Lane. "
           "#UpTheKilns\n\n(Automatic updates from the league's live data feed. Run by "
           "@stats_not_vibes.)", S)
    s.root("g1", "@KilnsGoalBot", "Sat 15:23:41",
           "⚽ GOAL! Brackenford Town 1-0 Wexley Rovers (Marsh 23')", S)
    R("g1.t", "g1", "@old_terry_kilns", "MARSH! Off his shin. Don't care.", S,
      delay=(30, 120))
    R("g1.j", "g1", "@kiln_exile_perth",
      "SCENES in a flat in Perth. The neighbour has banged on the wall.", S, delay=(40, 200))
    s.root("ht", "@KilnsGoalBot", "Sat 15:47:09",
           "⏸️ HALF-TIME: Brackenford Town 1-0 Wexley Rovers", S)
    s.root("g2", "@KilnsGoalBot", "Sat 16:19:52",
           "⚽ GOAL. Brackenford Town 1-1 Wexley Rovers (Adeyemi 64')", S)
    R("g2.p", "g2", "@wexley_pete", "ADEYEMI. Told you. Burger van's on me.", S,
      delay=(30, 180))
    s.root("g3", "@KilnsGoalBot", "Sat 16:39:27",
           "⚽ GOAL! Brackenford Town 2-1 Wexley Rovers (Okafor 84')", S)
    R("g3.d", "g3", "@kilnsgirl_dee",
      "OKAFOR!!!! My nephew screamed so loud a steward came to check on him", S,
      delay=(40, 200))
    R("g3.t", "g3", "@old_terry_kilns", "Ten minutes on the pitch. That's why we missed him.",
      S, delay=(60, 240))
    s.root("ft", "@KilnsGoalBot", "Sat 16:52:48",
           "🏁 FULL-TIME: Brackenford Town 2-1 Wexley Rovers. Attendance: 1,412.", S)
    R("ft.p", "ft", "@wexley_pete",
      "Fair result. Good afternoon out. Your pies are better than ours, don't tell anyone.", S)
    s.root("ftc", "@BrackenfordTFC", "Sat 16:58",
           "FULL-TIME | Brackenford 2-1 Wexley 🧱 Okafor off the bench!\n\nHighlights on Kilns TV "
           "and YouTube from 7pm. Next up: Castlemere away on Tuesday, on Kilns TV for UK fans "
           "too. #UpTheKilns", M)
    R("ftc.j", "ftc", "@kiln_exile_perth", "Worth staying up for. Cheers for the help "
      "yesterday.", S, delay=(120, 600))

    s.root("rep", "@liz_chronicle_sport", "Sat 19:34",
           "Report: Okafor off the bench to beat Wexley, 2-1, in front of 1,412 at Kiln Lane. "
           "Hollis: \"That's what he does.\" brackenfordchronicle.co.uk/sport/bkf-2-wexley-1",
           S)
    R("rep.s", "rep", "@stats_not_vibes",
      "Expected goals had it 1.1 to 1.4, for what it's worth, so we nicked it. Don't care.", S)

    s.root("hop", "@groundhopper_lou", "Sat 21:41",
           "Ground 212: Kiln Lane, Brackenford. The terrace behind the goal is an old brickworks "
           "wall, the pies are a 9/10, and a man in row F taught a small boy to shout 'LINO' and "
           "I nearly wept. Recommended. #groundhopping", S)
    R("hop.t", "hop", "@old_terry_kilns", "That was me. Glad you enjoyed it, come back next "
      "season.", S)
    R("hop.c", "hop", "@BrackenfordTFC",
      "Thanks for visiting, Lou! 🧱 The pies are from Wilson's, a family bakery, three "
      "generations. Come back any time.", M)

    # Sunday
    s.root("psa", "@stats_not_vibes", "Sun 10:04",
           "Those 'HD stream' accounts replied to literally everyone who typed the word watch "
           "yesterday, the club included. Reported about 30 of them. Don't click: the site asks "
           "for your card 'for verification'.", S)
    R("psa.h", "psa", "@StreamzHD_Live", hd[2], X)
    R("psa.d", "psa", "@kilnsgirl_dee", "It replied to my photo of my nephew's scarf.", S)
    R("psa.t", "psa", "@old_terry_kilns",
      "I don't know what any of this means but I've reported them too.", S)
    R("psa.s", "psa", "@stats_not_vibes", "Update: the HD one has been suspended 👏", S,
      at="Sun 14:12")
    s.root("trust2", "@BrackenfordTrust", "Sun 13:02",
           "Thank you: 163 new members since Friday. We meet the board on Wednesday morning. "
           "#FairPriceKilns", M)
    R("trust2.s", "trust2", "@sanjay_bkf", "Good luck. Take Terry.", S)
    R("trust2.t", "trust2", "@old_terry_kilns", "I'll bring a flask.", S, after="trust2.s")

    # Monday
    s.root("coach", "@bkf_away_days", "Mon 09:03",
           "Coach to Castlemere tomorrow: leaves Kiln Lane 4.15pm, back about midnight. 6 seats "
           "left, £12 return, pay on the bus. Reply or DM.", M)
    R("coach.d", "coach", "@kilnsgirl_dee",
      "One for me please! Nephew's not allowed on a school night, apparently.", S)
    R("coach.d.b", "coach.d", "@bkf_away_days", "Done, Dee 👍 5 left.", S)

    s.root("pass", "@BrackenfordTFC", "Mon 10:31",
           "🎟️ Castlemere away tomorrow, 7.45pm. Can't travel? Watch it live on Kilns TV, in "
           "the UK too for midweek games: £6 match pass at kilnstv.co.uk #UpTheKilns", M)
    R("pass.s", "pass", "@sanjay_bkf", "Buying this, I'm on a late anyway", S)
    R("pass.m", "pass", "@megan_u12s_coach",
      "Any chance of a cheaper pass for the U12 parents? Asking for 14 families", S)
    R("pass.m.c", "pass.m", "@BrackenfordTFC",
      "Great shout, Megan. DM us and we'll sort a code for the girls' families 🧱", M)

    s.root("pub", "@TheKilnTavern", "Mon 18:40",
           "Tuesday: Castlemere v Brackenford on the big screen from 7.30 via Kilns TV 📺 Come "
           "and watch it with us. Pie & a pint £8.50, tables by phone on 01632 555 018.", M)
    R("pub.f", "pub", "@FootyLive_4K", k4[0], X)
    R("pub.t", "pub", "@old_terry_kilns",
      "I'll be in. My knees won't do the coach anymore.", S, after="pub.f")

    # Tuesday
    s.root("late", "@kiln_exile_perth", "Tue 01:03",
           "Castlemere kicks off at 2.45am here. Not even I'm that daft. Highlights with my "
           "breakfast.", S)
    R("late.t", "late", "@old_terry_kilns", "Sensible lad. I'll tell you how it goes.", S,
      at="Tue 06:12")
    R("pass.s.g", "pass.s", "@iptv_gaz",
      "Why pay £6 a game mate, £45 gets you the whole year, every league, no blackout. DM 📺",
      X, at="Tue 12:07")
    R("pass.s.g.v", "pass.s.g", "@vpn_deals_daily", vpn[1], X)
    s.root("prev2", "@liz_chronicle_sport", "Tue 13:31",
           "Castlemere preview: Hollis says Okafor starts tonight, and the club says it's sold "
           "more Kilns TV passes for this one than for any game this season. Kick-off 7.45pm. "
           "brackenfordchronicle.co.uk/sport/castlemere-preview", S)
    R("prev2.s", "prev2", "@stats_not_vibes",
      "Biggest online crowd in our history then, which is what, 400? 😂", S)

    s.root("ko2", "@KilnsGoalBot", "Tue 19:45:21",
           "⏱️ KICK-OFF: Castlemere United v Brackenford Town is under way at the Mere. "
           "#UpTheKilns", S)
    s.root("frz", "@sanjay_bkf", "Tue 20:02",
           "Kilns TV stream has frozen twice already. £6 well spent 🙃", S)
    R("frz.f", "frz", "@FootyLive_4K", k4[1], X)
    R("frz.g", "frz", "@iptv_gaz", "Told you mate, no freezing on mine 😉 DM", X,
      delay=(300, 900))
    R("frz.c", "frz", "@BrackenfordTFC",
      "Sorry Sanjay, the connection at the Mere is struggling tonight and our media team is "
      "on it. If it drops again just refresh, your pass still works.", M, delay=(400, 900))
    s.root("g4", "@KilnsGoalBot", "Tue 20:21:36",
           "⚽ GOAL. Castlemere United 1-0 Brackenford Town (Fenwick 36')", S)
    R("g4.b", "g4", "@bkf_away_days", "From the away end: offside by a mile. Loud in here "
      "though.", S, delay=(60, 240))
    s.root("ht2", "@KilnsGoalBot", "Tue 20:32:50",
           "⏸️ HALF-TIME: Castlemere United 1-0 Brackenford Town", S)
    s.root("g5", "@KilnsGoalBot", "Tue 21:20:04",
           "⚽ GOAL! Castlemere United 1-1 Brackenford Town (Okafor 77')", S)
    R("g5.t", "g5", "@old_terry_kilns",
      "OKAFOR AGAIN. The whole Tavern's on its feet, a pint's gone over the dartboard.", S,
      delay=(40, 200))
    R("g5.t.p", "g5.t", "@TheKilnTavern",
      "Dartboard's fine Terry, the pint less so 😂 Thanks for coming down, everyone. Trust "
      "fundraiser quiz here on Thursday, £2 a head!", M, delay=(600, 1500))
    s.root("ft2", "@KilnsGoalBot", "Tue 21:36:30",
           "🏁 FULL-TIME: Castlemere United 1-1 Brackenford Town.", S)
    R("ft2.d", "ft2", "@kilnsgirl_dee",
      "Coach is singing 'Okafor' to a tune I won't repeat. Home by 12.", S)
    R("ft2.m", "ft2", "@megan_u12s_coach",
      "The girls watched it on the projector in the clubhouse. They're all Okafor now.", S)
    R("ft2.m.f", "ft2.m", "@FootyLive_4K", k4[2], X)

    # Wednesday
    s.root("bstat", "@stats_not_vibes", "Wed 08:32",
           "Goal bot, week one: 6 posts a match, a median of 9 seconds behind the live data, "
           "zero stream links. The other bots could never.", S)
    R("bstat.f", "bstat", "@FootyLive_4K", k4[1], X)
    R("bstat.l", "bstat", "@groundhopper_lou", "The goal bot is the best account on this "
      "site.", S)
    R("bstat.s", "bstat.f", "@stats_not_vibes", "Case in point.", S, delay=(60, 300))
    s.root("trust3", "@BrackenfordTrust", "Wed 12:03",
           "We met the board this morning. They've agreed to freeze under-18 and over-65 prices "
           "next season and to talk again about the rest in June. Thank you to everyone who "
           "joined 🧱 #FairPriceKilns", M)
    R("trust3.t", "trust3", "@old_terry_kilns", "Over-65s frozen. I'll take it.", S)
    R("trust3.s", "trust3", "@sanjay_bkf", "Progress. Well done all.", S)
    return s


# ==========================================================================================
# 3. YouTube: a rabbit-care channel, Mon 14 to Mon 21 September 2026 (EDT, UTC-4)
# ==========================================================================================
def youtube():
    s = Stream("youtube_rabbit_care_lop_rehoming_scam_pet_meds.jsonl", "youtube", -4,
               "2026-09-14",
               "YouTube: a 'Holland Lops for rehoming' deposit-scam bot answering every video, "
               "community post or comment on a rabbit-care channel that says adopt (adopted, "
               "adopting, adoption, adoptable), and a no-prescription pet-pharmacy bot answering "
               "every 'vet', beside a rabbit rescue and a hay company answering people",
               "EDT, UTC-4")
    s.bot("@lops_for_rehoming_ON", 120, 900)
    s.bot("@petrx_direct_ca", 300, 2400)
    s.spammer("@hutch_hank_builds", 120, "10:00-22:00")
    s.brand("@BriarwoodRabbitRescue", 180, "10:00-19:00")
    s.brand("@TimothyMeadowHay", 120, "09:00-17:00", weekdays=True)
    s.person("@HopAlongWithMaeve", 60, "08:00-23:30")
    s.prolific("@grandma_joan_and_thumper", 5, "05:00-00:00")
    s.person("@nightshift_kas", 20, "23:00-08:00")
    s.person("@dad_of_ellie_9", 40, "07:00-23:00")
    s.person("@first_bun_mom_tash", 30, "07:30-23:30")
    s.person("@vetstudent_amara", 35, "08:00-01:00")
    s.person("@bunbun_hq_uk", 30, "08:00-23:30", tz=1)
    s.person("@marco_and_pancake", 40, "07:00-23:00", tz=-6)
    s.person("@lena_fosters_buns", 45, "07:00-22:30")
    s.person("@teen_with_two_rex", 30, "15:30-22:30")

    s.trigger("@lops_for_rehoming_ON", r"\badopt\w*", "Mon 00:00:00", "Mon2 23:59:59",
              "every video, community post or comment that says adopt… (adopt, adopted, "
              "adopting, adoption, adoptable)")
    s.trigger("@petrx_direct_ca", r"\bvets?\b", "Mon 00:00:00", "Mon2 23:59:59",
              "every video, community post or comment that says vet or vets")
    S, M, X = "social", "marketing", "spam"
    R = s.reply
    lop = ["🐰 We have 2 Holland Lop babies ready for rehoming! Vaccinated, litter trained, "
           "very sweet 💕 We ship anywhere in Canada & the US. Text +1 (647) 555-0148 for "
           "pictures 📸",
           "Hi! 💕 Looking for a bunny? Our last Holland Lop baby still needs a loving home 🐰 "
           "vaccinated + litter trained, shipping available. Text +1 (647) 555-0148",
           "So sweet!! 🐰💕 If you'd like another, we still have a Holland Lop baby for "
           "rehoming, shipping anywhere. Text +1 (647) 555-0148 for pictures"]
    rx = ["No vet? No problem 🐇💊 Metacam, Baytril, Revolution & more, no prescription needed, "
          "discreet shipping across Canada 👉 petrx-direct.shop",
          "Skip the expensive vet visit! 💊🐰 Pet meds without a prescription, 40% off your "
          "first order 👉 petrx-direct.shop",
          "Vet bills too high? 🐇 Get the same medicine for less, no prescription, fast "
          "shipping 👉 petrx-direct.shop"]

    s.root("v1", "@HopAlongWithMaeve", "Mon 17:00:00",
           "Bonding Two Rabbits: What Actually Worked (Biscuit & Mochi)\n\nSix weeks, two "
           "fur-flying fights and one very dramatic lettuce incident. Everything we tried to "
           "bond Biscuit (neutered male, 3) and Mochi (spayed female, 2), what worked, and when "
           "to stop.\n\n0:00 Meet the buns\n1:20 Neutral territory\n5:45 The car-ride trick (and "
           "why I didn't use it)\n9:10 Reading body language\n14:30 Signs it's NOT working\n\n"
           "I'm a registered vet tech, but this video is not a substitute for your own vet.", S)
    R("v1.rx", "v1", "@petrx_direct_ca", rx[0], X)
    R("v1.pin", "v1", "@HopAlongWithMaeve",
      "📌 Summary for skimmers: neutral space, short sessions, stop at the first real chase, and "
      "both rabbits fixed at least six weeks before you start.", S, delay=(60, 200))
    R("v1.j", "v1", "@grandma_joan_and_thumper",
      "The lettuce incident! Thumper and his first girlfriend had the same fight over a "
      "dandelion in 2019. Inseparable now. Lovely video, dear.", S)
    R("v1.t", "v1", "@first_bun_mom_tash",
      "We got our boy from a rescue last month and I was thinking about a friend for him. How "
      "do I know if he even wants one?", S)
    R("v1.t.m", "v1.t", "@HopAlongWithMaeve",
      "Most rabbits do, but not all! Ask your rescue about a 'bunny date': lots of them let "
      "your rabbit meet a few candidates and choose.", S)
    R("v1.t.l", "v1.t", "@lena_fosters_buns",
      "Can confirm, we do bunny dates at our rescue. Best part of the job.", S, after="v1.t.m")
    R("v1.x", "v1", "@teen_with_two_rex",
      "my two rex boys started fighting after being together 2 years?? is that normal", S,
      at="Mon 18:41")
    R("v1.x.m", "v1.x", "@HopAlongWithMaeve",
      "It happens, sadly, especially in spring or after one of them has been unwell. Separate "
      "them if there's any injury and get both checked by a rabbit-savvy vet before you try "
      "to rebond.", S)
    R("v1.x.m.rx", "v1.x.m", "@petrx_direct_ca", rx[1], X)
    R("v1.x.t", "v1.x", "@teen_with_two_rex", "ok thank you, mom says we can go saturday", S,
      after="v1.x.m")
    R("v1.h", "v1", "@hutch_hank_builds",
      "Great video! 🐰 If your buns need a new home I build custom cedar hutches, 20% off this "
      "month, link in my channel 🔨", X, at="Mon 20:12")
    R("v1.h.j", "v1.h", "@grandma_joan_and_thumper",
      "Maeve did a whole video on why hutches are too small, dear.", S)
    R("v1.k", "v1", "@nightshift_kas",
      "Watching on my 3am break. The bit where Mochi flops down next to Biscuit for the first "
      "time got me. Might be the fluorescent lights but I teared up.", S, at="Tue 03:08")
    R("v1.a", "v1", "@vetstudent_amara",
      "Second-year vet student here, honestly the body language section is better than our "
      "lecture on it", S, at="Tue 10:26")
    R("v1.a.rx", "v1.a", "@petrx_direct_ca", rx[2], X)
    R("v1.a.a", "v1.a", "@vetstudent_amara",
      "Please nobody buy Baytril off a random website. Antibiotics need a diagnosis.", S,
      after="v1.a.rx")

    s.root("c1", "@HopAlongWithMaeve", "Tue 12:04",
           "Biscuit has discovered that the hay box is also a bed. He will not be taking "
           "questions at this time. 🥐", S, _community=True)
    R("c1.j", "c1", "@grandma_joan_and_thumper", "He looks like a croissant.", S)
    R("c1.b", "c1", "@bunbun_hq_uk", "Our Nutmeg does this and then eats the bed.", S)
    R("c1.m", "c1", "@marco_and_pancake", "Pancake makes the same face when I hoover.", S)

    s.root("v2", "@HopAlongWithMaeve", "Wed 17:00:00",
           "Please Don't Buy a Bunny on a Whim (Watch This First)\n\nRabbits live 8 to 12 "
           "years, need a vet who knows rabbits, and are one of the most surrendered pets in "
           "North America. In this video: what they really cost in year one, why I always say "
           "adopt, don't shop, and how to find a real rescue near you.\n\nBriarwood Rabbit "
           "Rescue's adoptable buns: briarwoodrabbits.ca/adopt", S)
    R("v2.l", "v2", "@lops_for_rehoming_ON", lop[0], X)
    R("v2.rx", "v2", "@petrx_direct_ca", rx[0], X)
    R("v2.b", "v2", "@BriarwoodRabbitRescue",
      "Thank you, Maeve! 💙 We have 31 rabbits waiting for homes right now. Every adoption "
      "includes spay/neuter, a vet check and a bonding session if you already have a bun. "
      "Adoption fee $95. Open house this Saturday, 11 to 3!", M, delay=(1200, 3000))
    R("v2.b.l", "v2.b", "@lops_for_rehoming_ON", lop[1], X)
    R("v2.b.rx", "v2.b", "@petrx_direct_ca", rx[1], X)
    R("v2.d", "v2", "@dad_of_ellie_9",
      "Ellie (9) has wanted to adopt a bunny for two years, but the nearest rescue is three "
      "hours' drive from us. Is it worth the drive?", S, at="Wed 20:16")
    R("v2.d.l", "v2.d", "@lops_for_rehoming_ON", lop[1], X)
    R("v2.d.l.d", "v2.d.l", "@dad_of_ellie_9", "Oh that's great! How much, and where are you?",
      S, delay=(600, 1500))
    R("v2.d.l.d.l", "v2.d.l.d", "@lops_for_rehoming_ON",
      "Hi! 💕 $350 for one baby, we just need a $150 deposit by e-transfer to hold her and $85 "
      "for the shipping crate. She can be with you Friday 🐰 text +1 (647) 555-0148", X)
    R("v2.d.m", "v2.d", "@HopAlongWithMaeve",
      "Please don't send anything! That account replies to every comment with that word in "
      "it, and the number's been reported for the same message on dozens of channels. Rabbits "
      "can't travel safely by courier either.", S, after="v2.d.l.d.l", delay=(900, 2400))
    R("v2.d.d", "v2.d", "@dad_of_ellie_9",
      "Oh no. I was literally about to send the e-transfer. Thank you.", S, after="v2.d.m",
      delay=(300, 1200))
    R("v2.d.b", "v2.d", "@BriarwoodRabbitRescue",
      "Hi! We can meet families halfway on Saturdays, and we do a video home check first. "
      "Send us a message through our website and we'll set up a call 💙", M, at="Thu 10:37")
    R("v2.f", "v2", "@lena_fosters_buns",
      "Fostering for four years: most of our surrenders are 'the kids lost interest'. Please, "
      "please watch this before you buy.", S, at="Wed 18:12")
    R("v2.mp", "v2", "@marco_and_pancake",
      "Pancake was a 'free to good home' ad in 2021 and cost me $600 at the vet in the first "
      "month. Worth every cent, but people need to know.", S, at="Wed 18:33")
    R("v2.mp.rx", "v2.mp", "@petrx_direct_ca", rx[2], X)
    R("v2.k", "v2", "@nightshift_kas",
      "The cost breakdown was eye-opening. $1,400 the first year?!", S, at="Thu 02:41")
    R("v2.k.m", "v2.k", "@HopAlongWithMaeve",
      "Including the spay and a decent pen, yes! It drops a lot after that, but keep money "
      "aside for emergencies.", S)

    s.root("c2", "@HopAlongWithMaeve", "Thu 12:31",
           "About the 'Holland Lops for rehoming' comments: some of you have had replies "
           "offering lop babies with a phone number. It's a scam. They ask for a deposit by "
           "e-transfer, then a 'crate fee', then an 'insurance fee', and there is no rabbit. A "
           "viewer nearly paid yesterday. Real rescues don't ship rabbits by courier. If you "
           "want to adopt, go through a rescue you can visit. I'm deleting them as fast as I "
           "can.", S, _community=True)
    R("c2.l", "c2", "@lops_for_rehoming_ON", lop[0], X)
    R("c2.m", "c2", "@marco_and_pancake", "It replied to this post. The confidence.", S,
      after="c2.l")
    R("c2.b", "c2", "@bunbun_hq_uk",
      "We get the same in the UK: 'mini lops for rehoming, £50 delivery'. Same photos, too.", S)
    R("c2.j", "c2", "@grandma_joan_and_thumper",
      "Thank you, dear. I've been reporting every one I see.", S)

    s.root("v3", "@HopAlongWithMaeve", "Fri 17:00:00",
           "What My Rabbits Eat in a Day (It's Mostly Hay)\n\n80% hay, a handful of leafy greens, "
           "a tablespoon of pellets, and treats the size of your thumbnail. Plus why the 'rabbit "
           "muesli' at the pet store is a no, and what to ask your vet about weight.\n\n0:00 "
           "Breakfast\n2:30 Greens, and which ones to skip\n7:15 Pellets\n10:40 Treats (the "
           "thumbnail rule)", S)
    R("v3.rx", "v3", "@petrx_direct_ca", rx[2], X)
    R("v3.h", "v3", "@hutch_hank_builds",
      "Love it! My hay racks fit any of my custom hutches 🐰 20% off this month, link in my "
      "channel", X)
    R("v3.t", "v3", "@first_bun_mom_tash",
      "@TimothyMeadowHay we've been using your second cut, but our last bag was really dusty "
      "and Oreo sneezed all evening. Is that a bad batch?", S)
    R("v3.t.h", "v3.t", "@TimothyMeadowHay",
      "Hi Tash, sorry about that, and we're glad Oreo's ok! Dust can happen at the end of a "
      "bale. Email hello@timothymeadow.ca with the lot number on the bag and we'll send you a "
      "replacement. If the sneezing carries on, do get him checked.", M)
    R("v3.t.h.t", "v3.t.h", "@first_bun_mom_tash", "Thank you! Email sent.", S)
    R("v3.a", "v3", "@vetstudent_amara",
      "The thumbnail rule is so good. We had a rabbit in clinic last week living on yoghurt "
      "drops.", S)
    R("v3.j", "v3", "@grandma_joan_and_thumper",
      "Thumper's favourite is coriander. Won't touch parsley. Opinionated.", S)
    R("v3.b", "v3", "@bunbun_hq_uk",
      "Nutmeg would like it on record that dandelions are a food group.", S, at="Sat 09:40")
    R("v3.k", "v3", "@nightshift_kas", "Hay at 3am with my buns is my meditation now.", S,
      at="Sat 03:22")

    s.root("c3", "@HopAlongWithMaeve", "Sat 08:45",
           "I'll be at @BriarwoodRabbitRescue's open house today, 11 to 3, helping with nail "
           "trims. Come and say hi! 💅🐰", S, _community=True)
    R("c3.b", "c3", "@BriarwoodRabbitRescue",
      "See you there, and thank you! 💙 Free nail trims for any rabbit that arrives in a "
      "carrier.", M, delay=(1800, 5400))
    R("c3.j", "c3", "@grandma_joan_and_thumper", "Wish I lived closer. Give them all a "
      "scratch from Thumper.", S)
    R("c3.l", "c3", "@lena_fosters_buns",
      "Six adoptions at the open house today, and Maeve trimmed forty sets of nails. What a "
      "day.", S, at="Sat 16:12")
    R("c3.l.l", "c3.l", "@lops_for_rehoming_ON", lop[2], X)
    R("c3.l.m", "c3.l", "@HopAlongWithMaeve",
      "Forty-one if you count Admiral twice. He had a lot to say about it.", S,
      after="c3.l.l")
    R("v1.x.t2", "v1.x", "@teen_with_two_rex",
      "update: they're ok! the vet said one had a sore tooth which made him grumpy. rebonding "
      "slowly like you said", S, at="Sat 18:57")
    R("v1.x.t2.rx", "v1.x.t2", "@petrx_direct_ca", rx[1], X)
    R("v1.x.t2.m", "v1.x.t2", "@HopAlongWithMaeve",
      "So glad! Tooth pain makes everyone cranky. Go slow 💛", S, after="v1.x.t2.rx")
    R("v2.d.d2", "v2.d", "@dad_of_ellie_9",
      "We drove the three hours. Ellie chose a grumpy lionhead called Admiral and we adopted "
      "him. Thank you, Maeve, and thank you for trimming his nails while he swore at you.", S,
      at="Sat 19:32")
    R("v2.d.d2.l", "v2.d.d2", "@lops_for_rehoming_ON", lop[2], X)
    R("v2.d.d2.m", "v2.d.d2", "@HopAlongWithMaeve",
      "ADMIRAL! Best customer of the day. Please give Ellie my love and Admiral my respects.",
      S)
    R("v2.d.d2.j", "v2.d.d2", "@grandma_joan_and_thumper", "A grumpy lionhead is the best "
      "kind.", S)
    return s


# ==========================================================================================
# 4. Bluesky: indie game developers, Mon 9 to Sun 15 November 2026 (CET, UTC+1)
# ==========================================================================================
def bluesky():
    s = Stream("bluesky_indie_gamedev_key_scam_wishlist_seller.jsonl", "bluesky", 1,
               "2026-11-09",
               "Bluesky: fake-streamer key-scam bots (one after another) answering every post "
               "or reply from indie game developers that says demo or carries "
               "#screenshotsaturday, and a wishlist seller answering every 'wishlist', beside a "
               "game jam's countdown bot, a Screenshot Saturday reminder bot, an online "
               "festival and an engine maker", "CET, UTC+1")
    s.bot("jamclock.bsky.social", note="posts the Leaf Jam countdown (Monday, Thursday and Friday "
          "at 12:00:00), the theme when the jam opens (Friday 18:00:00) and a last-day "
          "reminder (Sunday 18:00:00); never replies")
    s.authors["jamclock.bsky.social"].schedule = "roots"
    s.bot("screenshot-saturday.bsky.social", note="posts the #ScreenshotSaturday reminder at "
          "10:00:00 every Saturday; never replies")
    s.authors["screenshot-saturday.bsky.social"].schedule = "roots"
    s.bot("kai-plays-indies.bsky.social", 60, 900)
    s.bot("luna-cozy-streams.bsky.social", 120, 1500)
    s.bot("wishlistboost.bsky.social", 300, 2400)
    s.spammer("raf-gamedev-pr.bsky.social", 90, "09:00-21:00", tz=0)
    s.brand("pocketfest.bsky.social", 120, "09:30-19:00")
    s.brand("gildedengine.bsky.social", 90, "09:00-18:00", tz=-5, weekdays=True)
    s.person("mossgate-games.bsky.social", 20, "08:00-00:30")
    s.person("pixel-pia.bsky.social", 30, "09:00-23:30")
    s.person("nightjar-audio.bsky.social", 25, "20:00-05:00", tz=0)
    s.prolific("old-hand-mervyn.bsky.social", 5, "05:30-00:00", tz=0)
    s.person("tasha-streams-cozy.bsky.social", 30, "10:00-02:00", tz=-5)
    s.person("qa-gustavo.bsky.social", 35, "08:00-23:00", tz=-3)
    s.person("devlog-dani.bsky.social", 30, "07:00-23:30", tz=-8)
    s.person("ines-first-jam.bsky.social", 20, "09:00-01:30")
    s.person("chiaki-writes-games.bsky.social", 40, "08:00-00:30", tz=9)

    KEY = r"(\bdemos?\b|#screenshotsaturday)"
    s.trigger("kai-plays-indies.bsky.social", KEY, "Mon 00:00:00", "Wed 14:00:00",
              "every post or reply that says demo or demos or is tagged #screenshotsaturday",
              exclude=["luna-cozy-streams.bsky.social"])
    s.trigger("luna-cozy-streams.bsky.social", KEY, "Thu 09:00:00", "Sun 23:59:59",
              "every post or reply that says demo or demos or is tagged #screenshotsaturday",
              exclude=["kai-plays-indies.bsky.social"])
    s.trigger("wishlistboost.bsky.social", r"\bwishlist\w*", "Mon 00:00:00", "Sun 23:59:59",
              "every post or reply that says wishlist… (wishlist, wishlists, wishlisted, "
              "wishlisting)")
    S, M, X = "social", "marketing", "spam"
    R = s.reply
    kai = ["Hi! 👋 I'm a content creator with 85K subscribers on YouTube 🎮 Your game looks "
           "amazing! Could you send me a Steam key so I can make a video about it? 🙏",
           "Hey! 🎮 Love this! I make videos for 85K subscribers and I'd like to cover your "
           "game. Could you send 2 Steam keys to kaiplays-collabs@inboxly.net? 🙏"]
    luna = ["Hey there! 💕 I'm a cozy gaming streamer with 40K followers ✨ I'd love to feature "
            "your game on stream! Could you send me 2-3 Steam keys? 🎮💖",
            "Omg this looks so cute!! 💖 I stream cozy games to 40K followers and would love "
            "to play it live ✨ Could you DM me 2-3 Steam keys? 🎮"]
    wl = ["Struggling with wishlists? 🚀 We've helped 300+ indie games hit 10K wishlists. Real "
          "players, organic traffic, guaranteed results. Packages from $99 👉 wishlistboost.pro",
          "Congrats on the wishlists! 🚀 Want 10x more before launch? Guaranteed real "
          "wishlists from $99 👉 wishlistboost.pro"]

    s.root("demo", "mossgate-games.bsky.social", "Mon 10:14",
           "The Lantern Moth demo is out! 🦋 A cozy puzzle game about a moth who rearranges a "
           "lighthouse keeper's house every night so he wakes up a little less lonely. 40 "
           "minutes of puzzles, made by me, @pixel-pia.bsky.social and "
           "@nightjar-audio.bsky.social over two years of evenings. Free on Steam. #indiedev "
           "#gamedev", S)
    R("demo.k", "demo", "kai-plays-indies.bsky.social", kai[0], X)
    R("demo.m", "demo", "old-hand-mervyn.bsky.social",
      "Played it with my morning tea. The teacups-and-mirror room: I said 'oh!' out loud. 1984 "
      "me would have been proud of that one.", S)
    R("demo.p", "demo", "pixel-pia.bsky.social",
      "Two years!! The little wing flap when you solve a room took me three weeks and I'd do it "
      "again.", S)
    R("demo.k.g", "demo.k", "mossgate-games.bsky.social",
      "It's free, you don't need a key? 😅", S, delay=(600, 1800))
    R("demo.k.g.k", "demo.k.g", "kai-plays-indies.bsky.social",
      "Thank you! 🙏 For our channel we need the full game key. Please send 2 keys to "
      "kaiplays-collabs@inboxly.net and we'll start the video this week 🎮", X)
    R("demo.n", "demo", "nightjar-audio.bsky.social",
      "Late to this because I was mixing until 2. So proud of this little game.", S,
      at="Tue 02:31")

    s.root("jc1", "jamclock.bsky.social", "Mon 12:00:00",
           "🍂 Leaf Jam 2026: 4 days to go. The theme drops Friday at 18:00 CET and you'll have "
           "72 hours. 212 people signed up so far. leafjam.games", S)
    R("jc1.i", "jc1", "ines-first-jam.bsky.social",
      "Signed up! First jam ever, doing it solo, what have I done", S)
    R("jc1.i.m", "jc1.i", "old-hand-mervyn.bsky.social",
      "Scope small, eat properly, finish something. That's the whole secret.", S)

    s.root("d1", "devlog-dani.bsky.social", "Mon 17:05",
           "Day 1 of posting my roguelike every day until launch. 312 wishlists so far, and "
           "I've learnt that I have no idea how people find games. #gamedev", S)
    R("d1.w", "d1", "wishlistboost.bsky.social", wl[0], X)
    R("d1.m", "d1", "old-hand-mervyn.bsky.social",
      "312 people you've never met want your game. That's a full village hall. Keep going.",
      S)
    R("d1.c", "d1", "chiaki-writes-games.bsky.social",
      "Small tip from the press side: one short, specific email beats any press list. Tell me "
      "in one line why your game is weird.", S, at="Tue 01:12")
    R("d1.r", "d1", "raf-gamedev-pr.bsky.social",
      "Great progress! For real visibility I offer a press kit plus my list of 2,000 games "
      "journalists for $199. DM me 📩", X, at="Mon 20:40")
    R("d1.r.c", "d1.r", "chiaki-writes-games.bsky.social",
      "As one of those 2,000 journalists: please don't.", S, after="d1.c", delay=(120, 600))

    s.root("pf1", "pocketfest.bsky.social", "Tue 11:02",
           "📣 Pocket Fest submissions close Friday! Free to enter for any indie game with a "
           "playable demo. Five days online, from 1 December. pocketfest.games/submit", M)
    R("pf1.k", "pf1", "kai-plays-indies.bsky.social", kai[0], X)
    R("pf1.g", "pf1", "mossgate-games.bsky.social", "Submitting Lantern Moth tonight!", S)
    R("pf1.g.p", "pf1.g", "pocketfest.bsky.social", "Can't wait to play it 🦋", M)

    s.root("ts", "tasha-streams-cozy.bsky.social", "Tue 15:08",
           "Small cozy-games streamer here (Thursday nights, ~300 lovely regulars). Next week "
           "is a demo night and I'd love to feature small devs. Reply with your game and I'll "
           "play as many as I can. No keys needed, free demos only 💛", S)
    R("ts.k", "ts", "kai-plays-indies.bsky.social", kai[1], X)
    R("ts.g", "ts", "mossgate-games.bsky.social",
      "Lantern Moth! 40 minutes, cozy, one moth. Thank you for doing this!", S)
    R("ts.d", "ts", "devlog-dani.bsky.social",
      "Mine's a roguelike, so maybe not cozy, but the frog shopkeeper is extremely polite", S)
    R("ts.g.t", "ts.g", "tasha-streams-cozy.bsky.social", "A MOTH. Adding it.", S)

    s.root("keys", "mossgate-games.bsky.social", "Tue 20:33",
           "Weird one: since the demo went up I've had 14 emails from 'YouTubers' asking for "
           "full-game keys. The full game isn't out. Is this the key-reselling thing I've heard "
           "about?", S)
    R("keys.k", "keys", "kai-plays-indies.bsky.social", kai[1], X)
    R("keys.m", "keys", "old-hand-mervyn.bsky.social",
      "In my day it was people ringing up pretending to be from a magazine. Same scam, nicer "
      "envelopes.", S, at="Wed 05:47")
    R("keys.k.g", "keys.k", "mossgate-games.bsky.social", "Case in point 🙃", S)
    R("keys.c", "keys", "chiaki-writes-games.bsky.social",
      "Yes. They resell keys on grey-market sites. Check the email matches the one on the "
      "channel's About page, or ask them to message you from the channel itself. Nearly all "
      "of them vanish.", S, at="Wed 02:20")

    s.root("bug", "qa-gustavo.bsky.social", "Tue 23:06",
           "@gildedengine.bsky.social 4.2 broke tilemap collisions for anyone using custom "
           "shapes. Tiny repro project here: codeberg.org/gus/tilemap-repro. Anyone else?", S)
    R("bug.d", "bug", "devlog-dani.bsky.social",
      "YES. I thought it was me. Lost a whole evening to it.", S)
    R("bug.e", "bug", "gildedengine.bsky.social",
      "Thanks Gustavo, we can reproduce it. It's a regression in 4.2; the fix is in 4.2.1 on "
      "Thursday. Workaround until then: turn off 'merge shapes' on the tilemap layer.", M)
    R("bug.e.g", "bug.e", "qa-gustavo.bsky.social", "Workaround confirmed, thanks!", S)

    s.root("pf2", "pocketfest.bsky.social", "Wed 13:02",
           "⚠️ A note for devs: the accounts asking for keys 'for a video' under your posts are "
           "not streamers. We will never ask you for keys, and real creators write from the "
           "address on their own channel. Report and move on.", M)
    R("pf2.g", "pf2", "mossgate-games.bsky.social", "Thank you for this 💛", S)
    R("pf2.t", "pf2", "tasha-streams-cozy.bsky.social",
      "As an actual tiny streamer: these accounts make it so much harder for us. I always "
      "write from the address on my Twitch page.", S)

    s.root("dbl", "mossgate-games.bsky.social", "Wed 16:12",
           "Wishlists doubled since Monday: 1,140 → 2,310. Nothing clever, just people sharing "
           "the demo. Thank you 🦋", S)
    R("dbl.w", "dbl", "wishlistboost.bsky.social", wl[1], X)
    R("dbl.p", "dbl", "pixel-pia.bsky.social", "🦋🦋🦋", S)
    R("dbl.r", "dbl", "raf-gamedev-pr.bsky.social",
      "Congrats! Imagine what a proper launch strategy could do 😉 Two spots left this month "
      "for my launch package, DM me", X)
    R("dbl.m", "dbl", "old-hand-mervyn.bsky.social", "Doubled! Marvellous.", S)

    s.root("jc2", "jamclock.bsky.social", "Thu 12:00:00",
           "🍂 Leaf Jam 2026: 1 day to go. 388 people signed up. Theme at 18:00 CET tomorrow. "
           "leafjam.games", S)
    s.root("d4", "devlog-dani.bsky.social", "Thu 18:02",
           "Day 4: I made a demo build for playtesters. If you like roguelikes and frogs, reply "
           "and I'll send you a link. #gamedev", S)
    R("d4.l", "d4", "luna-cozy-streams.bsky.social", luna[0], X)
    R("d4.g", "d4", "qa-gustavo.bsky.social", "Me! QA by day, frogs by night.", S)
    R("d4.l.d", "d4.l", "devlog-dani.bsky.social",
      "It's a link, there are no keys, and you have 40K followers and no streams 🤔", S,
      after="d4.g", delay=(300, 900))

    s.root("ost", "nightjar-audio.bsky.social", "Thu 22:18",
           "Finished the Lantern Moth soundtrack tonight. 19 tracks, all recorded in my "
           "kitchen. The lighthouse theme is my mum humming down the phone.", S)
    R("ost.g", "ost", "mossgate-games.bsky.social", "I cried at the humming. Again.", S)
    R("ost.m", "ost", "old-hand-mervyn.bsky.social", "Your mum has a lovely hum.", S)

    s.root("art", "chiaki-writes-games.bsky.social", "Fri 07:35",
           "New piece: 'The key scam in every indie dev's inbox'. I talked to 40 developers; "
           "between them they'd had 1,900 key requests this year and about 30 were real. "
           "thingsweplay.net/features/key-scam", S)
    R("art.g", "art", "mossgate-games.bsky.social", "Thank you for including me!", S)
    R("art.p", "art", "pocketfest.bsky.social", "Essential reading for every dev 🔑", M)
    s.root("jc3", "jamclock.bsky.social", "Fri 12:00:00",
           "🍂 Leaf Jam 2026 starts TODAY. Theme at 18:00 CET, 72 hours, 401 people signed up. "
           "leafjam.games", S)
    s.root("jc4", "jamclock.bsky.social", "Fri 18:00:00",
           "🍂 The Leaf Jam theme is... WHAT THE LIGHT LEAVES BEHIND. 72 hours. Go! "
           "leafjam.games", S)
    R("jc4.i", "jc4", "ines-first-jam.bsky.social",
      "oh no I have an idea and it's too big", S, delay=(120, 500))
    R("jc4.i.m", "jc4.i", "old-hand-mervyn.bsky.social",
      "Cut it in half. Then cut it in half again.", S)

    s.root("sss", "screenshot-saturday.bsky.social", "Sat 10:00:00",
           "It's #ScreenshotSaturday! 📸 Share a screenshot or a gif of what you made this week "
           "with the tag, then go and look at three other people's.\n\n(Automatic reminder, "
           "every Saturday at 10:00 CET.)", S)
    R("sss.l", "sss", "luna-cozy-streams.bsky.social", luna[1], X)
    s.root("slip", "mossgate-games.bsky.social", "Sat 10:24",
           "The moth's new bedtime animation: she tucks the keeper's slippers under the bed 🦋 "
           "#screenshotsaturday", S)
    R("slip.l", "slip", "luna-cozy-streams.bsky.social", luna[1], X)
    R("slip.p", "slip", "pixel-pia.bsky.social", "the SLIPPERS", S)
    s.root("shadow", "ines-first-jam.bsky.social", "Sat 11:10",
           "Day 2 of Leaf Jam. My game is about a shadow that's late for work. "
           "#screenshotsaturday", S)
    R("shadow.l", "shadow", "luna-cozy-streams.bsky.social", luna[0], X)
    R("shadow.m", "shadow", "old-hand-mervyn.bsky.social", "A late shadow. Love it.", S)
    s.root("pf3", "pocketfest.bsky.social", "Sat 14:06",
           "Lantern Moth is in! 🦋 184 games confirmed for Pocket Fest, 1 to 5 December. Full "
           "line-up next week.", M)
    R("pf3.g", "pf3", "mossgate-games.bsky.social", "AAAAA 🦋", S)

    s.root("jc5", "jamclock.bsky.social", "Sun 18:00:00",
           "🍂 Leaf Jam: 24 hours left. Upload early, the site gets slow in the last hour. "
           "leafjam.games", S)
    s.root("done", "ines-first-jam.bsky.social", "Sun 21:07",
           "Submitted my jam game with two hours to spare. One level, and the shadow is still "
           "late for work, but it's FINISHED.", S)
    R("done.m", "done", "old-hand-mervyn.bsky.social", "Finished beats perfect. Well done.",
      S)
    R("done.n", "done", "nightjar-audio.bsky.social",
      "Made you a 20-second jingle for it, check your messages", S)
    return s


# ==========================================================================================
# 5. Blog: a local-history blog in Ireland, Mon 6 to Sat 18 July 2026 (IST, UTC+1)
# ==========================================================================================
def blog():
    s = Stream("blog_local_history_coat_of_arms_dna_affiliate.jsonl", "blog", 1, "2026-07-06",
               "Blog: a coat-of-arms shop's comment bot answering every post or comment on a "
               "village history blog that says surname, family name, clan, ancestor or "
               "ancestry, and a DNA-kit affiliate bot answering every 'cousins', 'relatives' or "
               "'descendants', beside a local-history feed's pingbacks, a graveyard group and "
               "the county library's local studies librarian", "IST, UTC+1")
    s.bot("Aoife Brennan", 1800, 36000)
    s.bot("Gary Whitford", 3600, 21600)
    s.bot("Local History Planet", 600, 7200, note="a feed aggregator for Irish local-history "
          "blogs; sends a pingback when its daily page links a post; never comments")
    s.spammer("Declan | Roots Research Ireland", 300, "09:00-18:00")
    s.brand("Kilcarrig Graveyard Group", 180, "09:00-22:00")
    s.brand("Niamh, Local Studies, County Library", 240, "09:30-16:30", weekdays=True)
    s.person("Bríd Whelan", 180, "07:00-22:30")
    s.prolific("Paddy Joe Moran", 8, "05:00-23:30")
    s.person("Kathleen Gavin Doherty", 150, "07:00-23:30", tz=-4)
    s.person("Liam Tierney", 200, "07:00-23:00", tz=10)
    s.person("Mick Furlong", 150, "06:00-22:00")
    s.person("Ann Mulcahy", 200, "08:00-23:00")
    s.person("Sinéad Kiely", 180, "07:00-22:30")
    s.person("Eileen Dunne", 240, "08:00-21:30")
    s.person("Joe Hanrahan", 120, "22:00-08:00")
    s.contact.update({
        "Aoife Brennan": ("aoife@clancrestgifts.shop", "https://clancrestgifts.shop"),
        "Gary Whitford": ("gwhitford22@mailpond.net", None),
        "Declan | Roots Research Ireland": ("declan@rootsresearch.ie",
                                            "https://rootsresearch.ie"),
        "Kilcarrig Graveyard Group": ("hello@kilcarriggraveyard.ie",
                                      "https://kilcarriggraveyard.ie"),
        "Niamh, Local Studies, County Library": ("localstudies@countylibrary-ie.org", None),
        "Bríd Whelan": ("brid@townlandnotebook.ie", "https://townlandnotebook.ie"),
        "Paddy Joe Moran": ("paddyjoe.moran@eirmail.ie", None),
        "Kathleen Gavin Doherty": ("kgdoherty@bostonpost-mail.com", None),
        "Liam Tierney": ("liam.tierney@southernmail.com.au", None),
        "Mick Furlong": ("furlongfarm@eirmail.ie", None),
        "Ann Mulcahy": ("a.mulcahy@univ-hist.ie", "https://annmulcahy.ie"),
        "Sinéad Kiely": ("sineadkiely@eirmail.ie", None),
        "Eileen Dunne": ("eileen.dunne42@eirmail.ie", None),
        "Joe Hanrahan": ("joehanrahan@eirmail.ie", None),
    })
    s.trigger("Aoife Brennan", r"\b(surnames?|family names?|clans?|ancestors?|ancestral|"
              r"ancestry)\b", "Mon 00:00:00", "Sat2 23:59:59", "every post or comment that "
              "says surname, family name, clan, ancestor, ancestral or ancestry")
    s.trigger("Gary Whitford", r"\b(cousins?|relatives?|descendants?|dna)\b", "Mon 00:00:00",
              "Sat2 23:59:59", "every post or comment that says cousin, relative, descendant "
              "or DNA")
    s.trigger("Local History Planet", None, "Mon 00:00:00", "Sat2 23:59:59", "every post",
              targets=lambda p: p["_parent"] is None)
    S, M, X = "social", "marketing", "spam"
    R = s.reply
    crest = ["What a wonderful piece of history! Did you know every Irish surname has its own "
             "coat of arms? 🛡️ Discover yours and order a framed family crest at "
             "clancrestgifts.shop, 20% off this month with code HERITAGE20.",
             "Fascinating! Your ancestors would be so proud. ☘️ Celebrate your family's story "
             "with a hand-finished coat of arms print, 20% off with code HERITAGE20 at "
             "clancrestgifts.shop",
             "Such a lovely read. Every family name tells a story, and every one has a crest 🛡️ "
             "Find yours at clancrestgifts.shop (code HERITAGE20 for 20% off)."]
    dna = ["I found 212 cousins and traced my line back to 1780 with a DNA kit! Honestly the "
           "best money I ever spent. This is the one I used, it's 40% off right now: "
           "dnakin-deals.com/?ref=gw22",
           "You should do a DNA test! I did and found relatives in three counties I never knew "
           "about. 40% off at the moment here: dnakin-deals.com/?ref=gw22"]

    def ping(key, after, slug, excerpt):
        R(key, after, "Local History Planet", f"[…] {excerpt} […]", S,
          author_url=f"https://planet.localhistory-ie.org/2026/07/{slug}")

    # Post 1
    s.root("p1", "Bríd Whelan", "Mon 19:00:00",
           "The 1901 census of Kilcarrig: 23 houses, 118 people and one pig dealer\n\nOn the "
           "night of 31 March 1901 the enumerator walked the townland and wrote down everyone "
           "under each roof: twenty-three houses, 118 people, nine surnames between them, and "
           "one man, Patrick Fogarty, who gave his occupation as 'pig dealer and philosopher'. "
           "Here is what the returns tell us, house by house.", S)
    R("p1.pj", "p1", "Paddy Joe Moran",
      "Pig dealer and philosopher! That'd be my great-grand-uncle, Bríd. The family always said "
      "he could talk a pig into walking to the fair on its own.", S)
    ping("p1.pb", "p1", "06/#townland-notebook",
         "Bríd Whelan at The Townland Notebook walks through the 1901 census of Kilcarrig, "
         "house by house, including a pig dealer who was also a philosopher")
    R("p1.mf", "p1", "Mick Furlong",
      "House 14 is ours. Seven children in two rooms, and my grandmother used to call the "
      "house 'roomy'.", S)
    R("p1.ab", "p1", "Aoife Brennan", crest[0], X)
    R("p1.am", "p1", "Ann Mulcahy",
      "Lovely use of the returns. Worth saying for readers that Form B1, the house and "
      "building return, records the number of front windows, which is a decent measure of "
      "how well off a household was.", S, at="Tue 10:12")
    R("p1.am.b", "p1.am", "Bríd Whelan",
      "Thank you, Ann. I'll do a follow-up on the windows. Kilcarrig was mostly 'two', which "
      "says it all.", S)
    R("p1.lt", "p1", "Liam Tierney",
      "My great-great-grandfather was John Tierney in house 9, if I'm reading this right. He "
      "left in 1911 and we've never known which townland. I'm in Melbourne with goosebumps. "
      "Are there any Tierney relatives still around?", S, at="Tue 12:31")
    R("p1.lt.g", "p1.lt", "Gary Whitford", dna[1], X)
    R("p1.lt.b", "p1.lt", "Bríd Whelan",
      "Liam, welcome home, in a way! House 9 is still standing, it's a hay shed now. The last "
      "Tierneys left in the 1940s, but Paddy Joe will know more. I'll send you a photo.", S,
      at="Tue 14:05")
    R("p1.lt.pj", "p1.lt", "Paddy Joe Moran",
      "Nora Tierney married a Brophy over in Ballyfoyle. Her grandson drives the school bus. "
      "I'll ask him.", S, after="p1.lt.b")

    R("p1.ed", "p1", "Eileen Dunne",
      "I think the Morans are the only surname on the 1901 list still farming the same land. "
      "Paddy Joe, correct me.", S, at="Tue 16:20")
    R("p1.ed.ab", "p1.ed", "Aoife Brennan", crest[2], X)
    R("p1.ed.pj", "p1.ed", "Paddy Joe Moran",
      "Correct, Eileen, and the Furlongs on the same road since 1911.", S)

    # Post 2
    s.root("p2", "Bríd Whelan", "Wed 19:00:00",
           "The creamery that made the village (1899–1974)\n\nFor 75 years the farmers of "
           "Kilcarrig queued every morning with their churns at the co-op creamery by the "
           "bridge. It was where news was swapped, matches were made, and the price of milk "
           "decided whether a family had a good year. This post is built on the minute books, "
           "which the Furlongs kept in a tea chest.", S)
    R("p2.mf", "p2", "Mick Furlong",
      "The tea chest is still in the barn! My grandfather managed it from 1938 to 1961. He "
      "said you could tell the news of the whole parish by who was late to the queue.", S)
    R("p2.pj", "p2", "Paddy Joe Moran",
      "I delivered the post to the old creamery for twenty years after it closed. It was a "
      "furniture store by then and it still smelt of sour milk on a warm day.", S)
    ping("p2.pb", "p2", "08/#townland-notebook",
         "the co-op creamery at Kilcarrig, told from its minute books, on The Townland "
         "Notebook")
    R("p2.dr", "p2", "Declan | Roots Research Ireland",
      "Great article. If any of your readers want their family history researched properly, "
      "Roots Research Ireland offers full packages from €250. See rootsresearch.ie", X,
      at="Thu 11:14")
    R("p2.sk", "p2", "Sinéad Kiely",
      "I'm bringing fifth class up to the old creamery in September with these photos. Thank "
      "you, Bríd.", S, at="Thu 16:40")
    R("p2.sk.b", "p2.sk", "Bríd Whelan", "I'd love to come along, if you'll have me.", S)

    # Post 3
    s.root("p3", "Bríd Whelan", "Fri 19:00:00",
           "Letters from Boston: the Gavin sisters, 1923–1951\n\nMary and Bridget Gavin left "
           "Kilcarrig in the spring of 1923, aged 19 and 17. For almost thirty years they wrote "
           "home to their mother every month, and 212 of the letters survived in a biscuit tin. "
           "Their grand-nephew lent them to me. Here are the sisters in their own words: the "
           "boarding house in Dorchester, the hat factory, the dances, and the day Bridget saw "
           "snow 'higher than the Fogartys' ditch'.", S)
    ping("p3.pb", "p3", "10/#townland-notebook",
         "212 letters from two sisters in Boston to their mother in Kilcarrig, 1923 to 1951: "
         "a remarkable find on The Townland Notebook")
    R("p3.pj", "p3", "Paddy Joe Moran", "The Fogartys' ditch is still there, and it's still "
      "high.", S)
    R("p3.kg", "p3", "Kathleen Gavin Doherty",
      "Bríd, Bridget Gavin was my grandmother. I'm reading this at my desk in Boston, crying. "
      "We never knew the letters existed. There must be cousins of mine still in Kilcarrig!",
      S, at="Fri 21:34")
    R("p3.kg.g", "p3.kg", "Gary Whitford", dna[0], X)
    R("p3.kg.b", "p3.kg", "Bríd Whelan",
      "Kathleen! The letters belong to Seán Gavin, your grandmother's grand-nephew. He still "
      "farms the home place. I've emailed you his number, with his blessing.", S,
      at="Sat 09:12")
    R("p3.kg.k", "p3.kg", "Kathleen Gavin Doherty",
      "I've just been on the phone to Seán for an hour. He sounds exactly like my "
      "grandmother.", S, after="p3.kg.b")
    R("p3.kg.k2", "p3.kg", "Kathleen Gavin Doherty",
      "I'm booking flights for September. First of Bridget's descendants back in Kilcarrig in "
      "103 years!", S, at="Sun 15:40")
    R("p3.kg.k2.g", "p3.kg.k2", "Gary Whitford", dna[0], X)
    R("p3.kg.k2.pj", "p3.kg.k2", "Paddy Joe Moran",
      "We'll have the kettle on, Kathleen.", S, after="p3.kg.k2.g")
    R("p3.am", "p3", "Ann Mulcahy",
      "Letters like these are rare, most went on the fire. Would the family consider letting "
      "the county library scan them?", S, at="Mon2 10:02")
    R("p3.am.b", "p3.am", "Bríd Whelan", "Seán says yes! I've told Niamh in Local Studies.", S)
    R("p3.am.b.nl", "p3.am.b", "Niamh, Local Studies, County Library",
      "We'd be delighted. We scan family papers free of charge and give the family a full "
      "set of copies; the originals go straight back. I'll ring Seán this week.", M)
    R("p3.lt", "p3", "Liam Tierney",
      "Same story on our side: letters home from Melbourne, all lost in a house fire in 1960. "
      "Treasure these.", S, at="Sat 00:20")

    # Post 4
    s.root("p4", "Bríd Whelan", "Mon2 19:00:00",
           "The roll book of Kilcarrig National School, 1912\n\nForty-one children on the roll "
           "in September 1912, one teacher, Miss Honoria Kett, and one room with a turf fire "
           "that the children fed with a sod each from home. The surnames repeat down the page: "
           "nine Gavins, six Furlongs, five Morans. Some of them walked three miles each way.",
           S)
    R("p4.ed", "p4", "Eileen Dunne",
      "My aunt Kitty Moran is on that roll, aged 5. She lived to 101 and could still recite "
      "the poem Miss Kett taught them.", S)
    ping("p4.pb", "p4", "13/#townland-notebook",
         "a national school roll book from 1912, read name by name, at The Townland Notebook")
    R("p4.ab", "p4", "Aoife Brennan", crest[2], X)
    R("p4.sk", "p4", "Sinéad Kiely",
      "We still have the desk with 'JF 1914' carved into it out in the hall. I now suspect a "
      "Furlong.", S)
    R("p4.sk.mf", "p4.sk", "Mick Furlong", "Guilty, on behalf of my great-uncle Jim.", S)
    R("p4.am", "p4", "Ann Mulcahy",
      "National school roll books are one of the most under-used sources we have. Does the "
      "county library hold the others from this school?", S, at="Tue2 09:05")
    R("p4.am.b", "p4.am", "Bríd Whelan",
      "I've asked Niamh in the Local Studies department to drop in, she'll know better than "
      "me.", S, delay=(1800, 5400))
    R("p4.nl", "p4.am", "Niamh, Local Studies, County Library",
      "Hello all, Niamh from Local Studies at the County Library, and thanks to Bríd for the "
      "invitation. We hold the Kilcarrig roll books from 1898 to 1960 on microfilm, and the "
      "parish registers up to 1900. Anyone can see them free in the Local Studies room, "
      "Tuesday to Friday, 10 to 4; it's best to book a reader on 0505 555 0114. We're also "
      "running a free 'Start your family history' workshop on 22 July.", M, after="p4.am.b")
    R("p4.nl.am", "p4.nl", "Ann Mulcahy", "Thank you, Niamh. I'll be in on Thursday.", S)
    R("p4.lt", "p4", "Liam Tierney",
      "There's a John Tierney, aged 7, on the page in your photo! None of us has ever seen "
      "anything he wrote, and there's his name in Miss Kett's hand.", S, at="Tue2 11:50")
    R("p4.jh", "p4", "Joe Hanrahan",
      "Reading this on my break at 3am in the plant. My granda Michael Hanrahan isn't on the "
      "roll: he went to school in the next parish and never forgave the Kilcarrig lads for "
      "it.", S, at="Wed2 03:07")
    R("p4.dr", "p4", "Declan | Roots Research Ireland",
      "Lovely! Roll books are just one of the record sets we search for our clients. Packages "
      "from €250 at rootsresearch.ie", X, at="Wed2 10:41")

    # Post 5
    s.root("p5", "Bríd Whelan", "Wed2 19:00:00",
           "What we found in the old graveyard last summer\n\nLast July eleven of us spent four "
           "Saturdays with notebooks, soft brushes and a kneeling mat in the old graveyard at "
           "Kilcarrig. We recorded 186 headstones, found two that had been under ivy since the "
           "1950s, and one that reads only 'Here lies a stranger, 1847'. This year the "
           "Graveyard Group is doing the new part for Heritage Week, and they've asked me to "
           "say they need hands; details in the comments.", S)
    R("p5.gg", "p5", "Kilcarrig Graveyard Group",
      "Thanks, Bríd! Heritage Week survey: Saturdays 15 and 22 August, 10am to 1pm, tea and "
      "sandwiches provided. No experience needed, just bring gloves. Sign up at "
      "kilcarriggraveyard.ie/volunteer. We're also raising €4,000 to repair the boundary "
      "wall, and donations go through the same page.", M, delay=(600, 1800))
    R("p5.pj", "p5", "Paddy Joe Moran", "Count me in again. I'll bring the flask.", S,
      after="p5.gg")
    ping("p5.pb", "p5", "15/#townland-notebook",
         "186 headstones, two under ivy and one stranger from 1847: last year's graveyard "
         "survey at Kilcarrig, on The Townland Notebook")
    R("p5.ed", "p5", "Eileen Dunne",
      "The stranger of 1847 has always upset me. Do we know anything about him?", S,
      at="Thu2 10:15")
    R("p5.ed.am", "p5.ed", "Ann Mulcahy",
      "A famine-era burial, most likely someone on the road looking for work or relief. The "
      "workhouse registers might give a name. I'd be glad to look.", S)
    R("p5.ed.am.b", "p5.ed.am", "Bríd Whelan",
      "Ann, that would mean a great deal to the whole village.", S)
    R("p5.lt", "p5", "Liam Tierney",
      "Wish I could be there. Put a flower down for the house 9 people for me, they're up the "
      "back by the wall.", S, at="Thu2 00:40")
    R("p5.jh", "p5", "Joe Hanrahan",
      "My own lot are in the new part, ancestors on both sides. I'll do the second Saturday, "
      "straight off the night shift.", S, at="Thu2 02:55")
    R("p5.jh.ab", "p5.jh", "Aoife Brennan", crest[1], X)
    R("p5.kg", "p5", "Kathleen Gavin Doherty",
      "Sent something for the wall from the Boston Gavins 💚", S, at="Thu2 17:05")
    R("p5.kg.gg", "p5.kg", "Kilcarrig Graveyard Group",
      "Thank you, Kathleen, and all the Boston Gavins! We're putting up a thank-you board at "
      "the gate.", M)

    # Post 6
    s.root("p6", "Bríd Whelan", "Fri2 19:00:00",
           "The holy well at Tobar Bhríde, and the rag tree\n\nOn the first of February people "
           "still come to the well below the bog road, say a prayer and tie a strip of cloth to "
           "the whitethorn beside it. The oldest account I've found is from 1837, which says "
           "'the people of the place and their ancestors have resorted here since time out of "
           "mind'.", S)
    ping("p6.pb", "p6", "17/#townland-notebook",
         "the holy well and rag tree at Kilcarrig, with an account from 1837, on The Townland "
         "Notebook")
    R("p6.pj", "p6", "Paddy Joe Moran",
      "My mother tied a rag there for me when I had the measles in 1958. I'm still here.", S)
    R("p6.sk", "p6", "Sinéad Kiely",
      "The school walks up every February for the pattern day. The children love the rag "
      "tree.", S, after="p6.pj")
    R("p6.ab", "p6", "Aoife Brennan", crest[1], X)
    R("p6.ed", "p6", "Eileen Dunne",
      "My mother took water from the well for warts. Does the 1837 account mention cures?", S,
      at="Sat2 10:05")
    R("p6.ed.b", "p6.ed", "Bríd Whelan",
      "It does: 'sore eyes and the toothache'. Warts must have come later.", S)
    R("p6.jh", "p6", "Joe Hanrahan",
      "Cycled past it on the way home this morning at six. There was a new rag on it, a blue "
      "one. Somebody's having a hard week.", S, at="Sat2 06:40")
    return s


# ==========================================================================================
# 6. Mastodon: a gardeners' instance, Mon 16 to Sat 21 March 2026 (PDT, UTC-7)
# ==========================================================================================
def mastodon():
    s = Stream("mastodon_gardeners_rainbow_seed_scam_pest_repeller.jsonl", "mastodon", -7,
               "2026-03-16",
               "Mastodon: 'rainbow rose seeds' scam bots (one after another) answering every "
               "post or reply on a gardeners' instance that says seed, seedling, sow or sowing, "
               "and an ultrasonic pest-repeller bot answering every slug, snail or aphid, beside "
               "the instance's frost-outlook bot, a seed library and a nursery", "PDT, UTC-7")
    s.bot("frostwatch", note="the instance's bot: posts the frost outlook from the weather "
          "service's forecast at 16:00:00 every day; never replies")
    s.authors["frostwatch"].schedule = "roots"
    s.bot("rainbowseeds@seedwonder.shop", 30, 240)
    s.bot("gardenjoy@bloomdeals.click", 45, 300)
    s.bot("pestaway@getpestaway.store", 60, 600)
    s.spammer("cedarline@makers.market", 90, "08:00-21:00")
    s.brand("seedlibrary@cedarvalleyseeds.org", 120, "09:00-19:00")
    s.brand("fernhollow@fernhollownursery.com", 90, "08:30-17:30")
    s.person("admin_jules", 30, "07:00-23:30")
    s.prolific("walt_grows", 4, "05:00-23:30")
    s.person("rosa_bakes_nights", 15, "23:00-09:00")
    s.person("ben_first_garden", 25, "07:00-23:00")
    s.person("kimi_balcony", 30, "08:00-00:30")
    s.person("deshawn_plot14", 30, "06:30-22:30")
    s.person("meena_permaculture", 35, "06:00-22:00")
    s.person("tomasz", 40, "07:00-22:30")
    s.person("lu_community_garden", 45, "08:00-21:00")
    s.person("hattie@knit.social", 30, "07:00-23:00")
    s.person("oskar@fedi.garden", 30, "07:00-23:00", tz=1)

    SEED = r"\b(seeds?|seedlings?|seeded|sow|sows|sowing|sown)\b"
    s.trigger("rainbowseeds@seedwonder.shop", SEED, "Mon 00:00:00", "Wed 12:00:00",
              "every post or reply that says seed, seeds, seedling(s), seeded, sow, sows, "
              "sowing or sown", exclude=["gardenjoy@bloomdeals.click"])
    s.trigger("gardenjoy@bloomdeals.click", SEED, "Thu 08:00:00", "Sat 23:59:59",
              "every post or reply that says seed, seeds, seedling(s), seeded, sow, sows, "
              "sowing or sown", exclude=["rainbowseeds@seedwonder.shop"])
    s.trigger("pestaway@getpestaway.store", r"\b(slugs?|snails?|aphids?|deer|voles?)\b",
              "Mon 00:00:00", "Sat 23:59:59", "every post or reply that says slug, snail, "
              "aphid, deer or vole (or their plurals)")
    S, M, X = "social", "marketing", "spam"
    R = s.reply
    rb = ["🌈 Grow something magical this spring! Rainbow rose seeds, blue strawberry seeds & "
          "glow-in-the-dark petunias 🌸✨ 100 seeds just $3.99, free shipping today only 👉 "
          "seedwonder.shop/rainbow",
          "✨ Your garden deserves rainbow roses! 🌹🌈 Rare imported seeds, 100 for $3.99, "
          "ships free today 👉 seedwonder.shop/rainbow"]
    gj = ["✨ Make your garden the talk of the street! 🌈 Rainbow roses, black tulips & blue "
          "strawberries, 200 premium seeds for $4.99 + a free gift 🎁 👉 bloomdeals.click/garden",
          "🌸 Rare seeds, huge blooms, guaranteed to sprout! 🌈 Rainbow rose & blue strawberry "
          "bundle $4.99 today only 👉 bloomdeals.click/garden"]
    pa = ["Tired of pests destroying your garden? 🐌🐛🦌 This solar ultrasonic repeller keeps "
          "them away for good, no chemicals! 70% OFF today 👉 getpestaway.store/garden",
          "Say goodbye to garden pests forever! 🐌🚫 Solar ultrasonic, works in 24 hours, 70% "
          "OFF 👉 getpestaway.store/garden"]

    def frost(day, date, body):
        s.root(f"fw.{day}", "frostwatch", f"{day} 16:00:00",
               f"🌡️ Frost outlook, Cedar Valley, {day} {date}: {body}\n\nFrom the weather "
               "service's zone forecast. #frostwatch", S)

    s.root("ben", "ben_first_garden", "Mon 07:12",
           "First garden ever! Just moved into a house with a yard, and I bought 14 packets of "
           "seeds in a fit of optimism. Where do I even start? #gardening #newgardener", S)
    R("ben.r", "ben", "rainbowseeds@seedwonder.shop", rb[0], X)
    R("ben.w", "ben", "walt_grows",
      "Welcome, Ben. Start with three packets, not fourteen: radishes, lettuce, and one thing "
      "you love to eat. Success in the first year is what makes a gardener.", S)
    R("ben.m", "ben", "meena_permaculture",
      "And get a soil test from the county extension office. It's $20 and saves a lot of "
      "guessing.", S)
    R("ben.w.b", "ben.w", "ben_first_garden",
      "Three packets. Okay. Choosing between beans and pumpkins is going to hurt.", S)

    s.root("peas", "deshawn_plot14", "Mon 12:03",
           "Plot 14 is dug! Garlic from October is up and the peas go in this weekend.", S)
    R("peas.w", "peas", "walt_grows",
      "Peas by St Patrick's Day is the old rule round here. You're right on time.", S)
    frost("Mon", "16 Mar", "tonight's low 38°F, no frost expected. Tue 36°F, Wed 34°F.")

    s.root("proof", "rosa_bakes_nights", "Tue 02:41",
           "3am at the bakery, and my tomato seedlings are on top of the proofing cabinet "
           "because it's the warmest place I've got. Don't tell the health inspector.", S)
    R("proof.r", "proof", "rainbowseeds@seedwonder.shop", rb[1], X)
    R("proof.r.r", "proof.r", "rosa_bakes_nights",
      "I asked for nothing and received glow-in-the-dark petunias.", S, delay=(300, 900))
    R("proof.w", "proof", "walt_grows",
      "Bottom heat is exactly right. Just don't let them stretch: under a light as soon as "
      "they're up.", S, at="Tue 05:08")

    s.root("kale", "kimi_balcony", "Tue 09:02",
           "Balcony update: the aphids have found my kale. How do I get rid of them without "
           "spraying anything six floors above a playground?", S)
    R("kale.p", "kale", "pestaway@getpestaway.store", pa[0], X)
    R("kale.w", "kale", "walt_grows",
      "Blast them off with the hose every other day, and look out for ladybird larvae: they "
      "look like tiny alligators. Don't squash the alligators.", S)
    R("kale.m", "kale", "meena_permaculture",
      "Plant calendula or sweet alyssum nearby to bring the hoverflies in.", S)
    R("kale.p.k", "kale.p", "kimi_balcony", "An ultrasonic repeller. For bugs. On a balcony.",
      S, delay=(400, 1500))
    R("kale.p.k.w", "kale.p.k", "walt_grows", "Aphids are deaf, for the record.", S)
    R("kale.p.k.w.p", "kale.p.k.w", "pestaway@getpestaway.store", pa[1], X)

    s.root("swap", "seedlibrary@cedarvalleyseeds.org", "Tue 11:31",
           "🌱 The Cedar Valley Seed Library's spring seed swap is this Saturday, 10 to 2, at the "
           "Grange hall. Bring seeds you saved (or nothing at all) and take what you'll grow. "
           "Free, and membership is free too; donations keep the cabinets full: "
           "cedarvalleyseeds.org", M)
    R("swap.r", "swap", "rainbowseeds@seedwonder.shop", rb[0], X)
    R("swap.d", "swap", "deshawn_plot14",
      "I'll bring Cherokee Trail of Tears beans, I've got far too many", S)
    R("swap.d.l", "swap.d", "seedlibrary@cedarvalleyseeds.org",
      "Wonderful, those always go first! 🌱", M)
    R("swap.c", "swap", "cedarline@makers.market",
      "Great event! If anyone needs somewhere to grow their swap finds, my handmade cedar "
      "planter boxes are 15% off with code SWAP15 at makers.market/cedarline 🌲", X)
    frost("Tue", "17 Mar", "tonight's low 35°F, frost unlikely. Wed 34°F, Thu 29°F (frost "
          "likely).")

    s.root("adm", "admin_jules", "Tue 19:04",
           "Admin note: lots of replies from seedwonder.shop selling 'rainbow rose seeds'. "
           "Those plants don't exist: the photos are dyed or edited, and you get random weed "
           "seeds or nothing. I've limited the server; report any you get and I'll suspend the "
           "domain.", S)
    R("adm.r", "adm", "rainbowseeds@seedwonder.shop", rb[1], X)
    R("adm.w", "adm", "walt_grows",
      "Blue strawberries! In my day you had to wait for a fungus.", S, after="adm.r")
    R("adm.o", "adm", "oskar@fedi.garden",
      "We had the same wave on our server last month. A domain block sorted it.", S)

    s.root("slug", "deshawn_plot14", "Wed 07:44",
           "Something's been eating my pea shoots overnight. Slugs, or something bigger?", S)
    R("slug.p", "slug", "pestaway@getpestaway.store", pa[0], X)
    R("slug.w", "slug", "walt_grows",
      "Slime trails in the morning means the slimy lot. Clean cuts at an angle means rabbits. "
      "Go out with a torch at ten and you'll know.", S)
    R("adm.j", "adm", "admin_jules", "Done: seedwonder.shop is suspended on sprout.town.", S,
      at="Wed 12:09")
    s.root("apple", "hattie@knit.social", "Wed 13:27",
           "Does anyone know a nursery near Cedar Valley that still has bare-root apple trees? "
           "I waited too long. Again.", S)
    R("apple.f", "apple", "fernhollow@fernhollownursery.com",
      "Hi Hattie! We still have bare-root Liberty, Akane and Chehalis apples until the end of "
      "the month, $38 each. Open 9 to 5 every day now. 🍎", M)
    R("apple.w", "apple", "walt_grows",
      "Liberty is the one for our wet springs. Scab-proof, near enough.", S)
    R("apple.f.h", "apple.f", "hattie@knit.social", "Driving over Saturday, thank you!", S)
    frost("Wed", "18 Mar", "tonight's low 34°F, patchy frost in low spots. Thu 29°F.")
    R("slug.r", "slug", "rosa_bakes_nights", "Beer traps. The cheap stuff, they're not fussy.",
      S, at="Thu 02:52")

    s.root("sow", "meena_permaculture", "Thu 09:18",
           "Sowing day! Tomatoes, peppers and a tray of basil on the heat mat. Annual reminder "
           "that the best seed-starting mix is the cheap one plus a handful of sieved compost.",
           S)
    R("sow.g", "sow", "gardenjoy@bloomdeals.click", gj[0], X)
    R("sow.w", "sow", "walt_grows",
      "Cheap mix plus compost. Forty years of trials and that's the answer.", S)
    R("sow.j", "sow.g", "admin_jules",
      "And here's the next one, from a different domain. Reported to their host.", S,
      delay=(900, 2400))
    frost("Thu", "19 Mar", "FROST ADVISORY tonight, low 29°F. Cover tender seedlings and "
          "bring in anything started indoors. Fri 38°F, Sat 41°F.")
    R("fw.Thu.g", "fw.Thu", "gardenjoy@bloomdeals.click", gj[1], X)
    R("fw.Thu.b", "fw.Thu", "ben_first_garden",
      "Frost advisory, and I planted my lettuce out yesterday.", S)
    R("fw.Thu.b.w", "fw.Thu.b", "walt_grows",
      "Lettuce will shrug it off. Throw an old sheet over it if it helps you rest.", S)
    R("slug.d", "slug", "deshawn_plot14",
      "Torch patrol report: it was a rabbit. A very small, very bold rabbit.", S,
      at="Thu 22:14")
    s.root("tree", "tomasz", "Thu 19:40",
           "Pruned the old apple today. It's 80 years old and came with the house, and every "
           "year I'm sure I've killed it and every year it's fine.", S)
    R("tree.h", "tree", "hattie@knit.social", "The old trees always forgive us.", S)

    s.root("fh", "fernhollow@fernhollownursery.com", "Fri 09:05",
           "Spring opening weekend at Fern Hollow! 🌷 Saturday and Sunday, 9 to 5: 20% off all "
           "perennials, free coffee, and the kids' pot-a-plant table is back. "
           "fernhollownursery.com", M)
    R("fh.h", "fh", "hattie@knit.social", "See you tomorrow for the Liberty!", S)
    s.root("plots", "lu_community_garden", "Fri 12:48",
           "The Cedar Valley community garden has 6 plots free this season: $25 for the year, "
           "shared tools, and a water tap that mostly works. Sign up here: "
           "cvcommunitygarden.org/plots", M)
    R("plots.b", "plots", "ben_first_garden",
      "Signed up! Turns out 14 packets of seeds is too many for one yard.", S)
    R("plots.b.g", "plots.b", "gardenjoy@bloomdeals.click", gj[1], X)
    R("plots.d", "plots", "deshawn_plot14", "Plot neighbours! I'm in 14, obviously.", S,
      after="plots.b")
    frost("Fri", "20 Mar", "tonight's low 40°F, no frost expected. Sat 41°F, Sun 43°F.")

    s.root("rosa2", "rosa_bakes_nights", "Sat 02:33",
           "The seedlings survived the frost on top of the proofing cabinet. The baguettes are "
           "also fine, thank you for asking.", S)
    R("rosa2.g", "rosa2", "gardenjoy@bloomdeals.click", gj[0], X)
    s.root("open", "seedlibrary@cedarvalleyseeds.org", "Sat 10:34",
           "The seed swap is open! 60 people already, and a very large zucchini that somebody "
           "is trying hard to give away. Come by until 2. 🌱", M)
    R("open.g", "open", "gardenjoy@bloomdeals.click", gj[1], X)
    R("open.d", "open", "deshawn_plot14",
      "Took home Amish Paste tomatoes and left all my beans. Good trade.", S,
      delay=(1800, 4000))
    R("open.w", "open", "walt_grows",
      "Gave a talk on saving bean seed to eleven people and a dog.", S, delay=(3600, 7000))
    R("open.w.g", "open.w", "gardenjoy@bloomdeals.click", gj[0], X)
    s.root("ally", "kimi_balcony", "Sat 12:20",
           "The ladybird larvae have arrived on the balcony. The alligators are winning.", S)
    R("ally.c", "ally", "cedarline@makers.market",
      "Love this! A self-watering cedar balcony box would be perfect for your setup, 15% off "
      "with SWAP15 🌲 makers.market/cedarline", X)
    R("ally.w", "ally", "walt_grows", "Told you. Don't squash the alligators.", S)
    frost("Sat", "21 Mar", "tonight's low 41°F, no frost expected. Sun 43°F, Mon 39°F.")
    s.root("wrap", "admin_jules", "Sat 17:12",
           "Week's wrap: two spam domains suspended, 41 new members, and somebody on here grew "
           "a two-pound radish last year and I need to know how.", S)
    R("wrap.w", "wrap", "walt_grows", "Guilty. Sandy soil and neglect.", S)
    return s


# ==========================================================================================
# README
# ==========================================================================================
STORIES = {
    "reddit": (
        "r/NightFeedClub, an invented subreddit for parents in the UK who are up with babies at "
        "night, Monday 11 to Saturday 16 May 2026 (BST, UTC+1). SleepSorted_Hannah ('My 7-Day "
        "Gentle Sleep Reset has helped 4,000+ babies… 60% off this week only') answers every "
        "post or comment that says sleep (sleeps, sleepy, sleeper, sleepsuit…), asleep or slept "
        "within one to ten minutes, at three in the morning too: a question about contact "
        "naps, a twins father in the night thread, a question about taking a baby on the "
        "Caledonian Sleeper and the moderator's PSA about it; it is suspended on Wednesday "
        "morning, and from Thursday sleepwise_coach_jo ('certified infant sleep consultant… "
        "book a free discovery call') does the same, under a question about sleepsuit sizes, a "
        "comment laughing at it, a post about twins who finally slept through and the train "
        "trip's update. FreeBabyBox_UK ('claim a FREE baby box worth £150, just cover £2.95 "
        "postage') answers every post or comment that says pregnant, pregnancy, expecting, "
        "'due in' or bump, a 4am comment about a kicking bump and the PSA included (bots, "
        "spam). kayleigh_mumboss, a human MLM recruiter ('drop me a message and I'll tell you "
        "how x'), answers a mother whose maternity pay is ending, a father going back to work "
        "and a nursery post, until she is banned (spam). AutoModerator posts the nightly '3am "
        "Club' thread at 21:00:00 and answers every post or comment that says fever, "
        "temperature, rash, breathing, vomit or sick with the sub's safety reminder (bot, "
        "social). FeedLine_UK, an infant-feeding charity, answers a tag and posts its "
        "mod-approved fundraiser; ashworth_sling_library answers a mother who asked where to "
        "try slings, and again when she comes back (brand, marketing). kettle_on_at_3am posts "
        "from the sofa between ten at night and seven in the morning; midwife_nan_jude, a "
        "retired midwife, answers within minutes from five in the morning to half past eleven "
        "at night."),
    "x_football": (
        "Fans of Brackenford Town, an invented non-league football club in England, Friday 17 "
        "to Wednesday 22 April 2026 (BST, UTC+1): a 3pm home game against Wexley Rovers on "
        "Saturday and a Tuesday-night away game at Castlemere United. @StreamzHD_Live ('🔴 "
        "LIVE | HD, no buffering, no sign up') answers every post or reply that says stream or "
        "watch (watched, watching, streaming…) within eight seconds to a minute and a half, the "
        "club's own matchday post and a fan's PSA about it included, until it is suspended on "
        "Sunday; from Monday evening @FootyLive_4K does the same, under a pub's post, a fan "
        "whose club streaming pass froze, a coach's 'the girls watched it' and the goal bot's "
        "weekly figures. @vpn_deals_daily ('Blocked in your region?') answers every post or "
        "reply that says abroad, overseas or blackout, a human spammer's pitch included (bots, "
        "spam). @iptv_gaz, a human, sells a £45-a-year IPTV box under fans who can't see the "
        "3pm game (spam). @KilnsGoalBot, run by a fan, posts kick-off, goals, half-time and "
        "full-time from the league's data feed within seconds (bot, social). @BrackenfordTFC "
        "posts team news, tickets and its Kilns TV pass and answers fans; @BrackenfordTrust "
        "campaigns against an 18% season-ticket rise; @TheKilnTavern shows the away game "
        "(brand, marketing). @bkf_away_days sells the last seats on the fans' coach "
        "(marketing, by a person). @kiln_exile_perth follows a 10pm kick-off in Perth; "
        "@old_terry_kilns, a retired fan with a season ticket since 1979, posts within minutes "
        "from half past five in the morning to half past eleven at night."),
    "youtube": (
        "@HopAlongWithMaeve is the channel of Maeve, an invented vet tech in Ontario who keeps "
        "rescue rabbits, Monday 14 to Monday 21 September 2026 (EDT, UTC-4): three videos "
        "(bonding two rabbits, 'please don't buy a bunny on a whim', what rabbits eat) and "
        "three community posts (a rabbit asleep in the hay box, a warning about the lop "
        "comments, a rescue's open house). @lops_for_rehoming_ON ('2 Holland Lop babies ready "
        "for rehoming… we ship anywhere… text +1 (647) 555-0148') answers every video, "
        "community post or comment that says adopt, adopted, adoption or adoptable within two "
        "to fifteen minutes: the video that says 'adopt, don't shop', the rescue's own "
        "comment, a father who wants a rabbit for his daughter (and, when he answers, asks for "
        "a $150 e-transfer deposit and an $85 crate fee), Maeve's warning about it and the "
        "father's news that they adopted. @petrx_direct_ca ('No vet? No problem… no "
        "prescription needed') answers every comment that says vet or vets, Maeve's own "
        "advice to see one and a vet student included (bots, spam). @hutch_hank_builds, a "
        "human, sells cedar hutches under two videos (spam). @BriarwoodRabbitRescue answers "
        "the video and the father and thanks Maeve for the open house; @TimothyMeadowHay "
        "answers a customer's complaint about a dusty bag on the next working day (brand, "
        "marketing). @nightshift_kas, a nurse, watches on her 3am break; "
        "@grandma_joan_and_thumper answers within minutes from five in the morning to "
        "midnight."),
    "bluesky": (
        "Indie game developers on Bluesky, mostly in Europe, Monday 9 to Sunday 15 November "
        "2026 (CET, UTC+1). A solo developer puts out the demo of Lantern Moth, a cozy puzzle "
        "game, and gets it into an online festival. kai-plays-indies ('I'm a content creator "
        "with 85K subscribers… could you send me a Steam key?') answers every post or reply "
        "that says demo or carries #screenshotsaturday within one to fifteen minutes: the "
        "demo's launch (and, told the demo is free, asks for two full-game keys at an outside "
        "address), the festival's call for entries, a real small streamer's call for demos and "
        "the developer's question about the key e-mails; it stops on Wednesday, and from "
        "Thursday luna-cozy-streams ('cozy gaming streamer with 40K followers… 2-3 Steam "
        "keys') does the same, under a playtest post, the Screenshot Saturday reminder bot and "
        "the tagged screenshots. wishlistboost ('guaranteed real wishlists from $99') answers "
        "every post that says wishlist or wishlists (bots, spam). raf-gamedev-pr, a human, "
        "sells a press list and a launch package (spam). jamclock posts a game jam's countdown "
        "at 12:00:00 and its theme at 18:00:00; screenshot-saturday posts the weekly reminder "
        "at 10:00:00 (bots, social). pocketfest, an online festival, calls for entries, warns "
        "developers about the key requests and confirms its line-up; gildedengine, an engine "
        "maker, answers a bug report (brand, marketing). tasha-streams-cozy, a real small "
        "streamer, asks for demos to play; nightjar-audio, the composer, works until the small "
        "hours; old-hand-mervyn, a retired 1980s games programmer in the UK, answers within "
        "minutes from half past five in the morning to midnight."),
    "blog": (
        "The Townland Notebook, the blog of Bríd Whelan, an invented retired teacher in "
        "Kilcarrig, an invented village in the Irish midlands, Monday 6 to Saturday 18 July "
        "2026 (IST, UTC+1): six posts (the 1901 census, the creamery, letters from two sisters "
        "in Boston, a 1912 school roll book, last year's graveyard survey, the holy well). "
        "'Aoife Brennan' of a coat-of-arms shop answers every post or comment that says "
        "surname, family name, clan, ancestor or ancestry half an hour to ten hours later, at "
        "any hour ('every Irish surname has its own coat of arms… code HERITAGE20'); 'Gary "
        "Whitford' answers every comment that says cousins, relatives or descendants with a "
        "DNA-kit testimonial and an affiliate link (bots, spam). Declan, a human genealogist, "
        "leaves his packages under two posts (spam). Local History Planet, a feed aggregator, "
        "sends a pingback when it links a post (bot, social). The Kilcarrig Graveyard Group "
        "asks for volunteers and donations under the graveyard post; Niamh, the county "
        "library's local studies librarian, answers the readers Bríd asked her to help (brand, "
        "marketing). Descendants write from Boston and Melbourne; Joe Hanrahan reads on his "
        "3am break at the plant; Paddy Joe Moran, a retired postman, answers within minutes "
        "from five in the morning to half past eleven at night."),
    "mastodon": (
        "sprout.town, an invented Mastodon instance for gardeners in the US Pacific "
        "Northwest, Monday 16 to Saturday 21 March 2026 (PDT, UTC-7). "
        "rainbowseeds@seedwonder.shop ('Rainbow rose seeds, blue strawberry seeds… 100 seeds "
        "just $3.99') answers every post or reply that says seed, seedling, sow or sowing "
        "within half a minute to four minutes, at three in the morning too: a new gardener, a "
        "baker's seedlings on the proofing cabinet, the seed library's swap and the admin's "
        "note about it, until the admin suspends its domain on Wednesday; from Thursday "
        "gardenjoy@bloomdeals.click does the same, under the frost bot's advisory ('cover "
        "tender seedlings') and the swap itself. pestaway@getpestaway.store sells an "
        "ultrasonic repeller under every slug, snail, aphid, deer or vole, and under 'Aphids "
        "are deaf, for the record' (bots, spam). cedarline@makers.market, a human, pitches "
        "planter boxes under the swap and a balcony post (spam). frostwatch, the instance's "
        "bot, posts the frost outlook at 16:00:00 every day (bot, social). "
        "seedlibrary@cedarvalleyseeds.org announces and opens its free seed swap; "
        "fernhollow@fernhollownursery.com answers a question about bare-root apples and posts "
        "its opening weekend (brand, marketing). lu_community_garden posts the community "
        "garden's free plots (marketing, by a person). rosa_bakes_nights posts from the bakery "
        "at three in the morning; walt_grows, a retired agronomist, answers within minutes "
        "from five in the morning to half past eleven at night."),
}

HARD_CASES = [
    "**Sleep-course bots that answer a word (Reddit).** Every post by SleepSorted_Hannah and "
    "sleepwise_coach_jo is `spam`: unsolicited, automated, triggered by any word that starts "
    "with 'sleep'. They answer a question about a sleeper train, a question about sleepsuit "
    "sizes, a comment laughing at them, the moderator's PSA and a father whose twins finally "
    "slept ('Not a struggle, mate'). Hannah's follow-up with a discount code, in her own "
    "sub-thread, is `spam` too.",
    "**A keyword bot that is not spam (Reddit).** AutoModerator answers every post or comment "
    "that says fever, temperature, rash, breathing, vomit or sick, within seconds, at 2am too, "
    "including 'he's been sick on the dog'. It sells nothing and promotes nobody: it passes on "
    "the sub's safety rules (when to call 999 or 111). `social`, role `bot`; so is its nightly "
    "thread. LABELS lists keyword-triggered bot replies under `spam`, which is marketing that "
    "breaks the conversation; this reply markets nothing.",
    "**A 'free' box and an MLM (Reddit).** FreeBabyBox_UK offers something free but asks for "
    "card details for £2.95 'postage': `spam` (deceptive, automated, under a PSA and a 4am "
    "comment). Samira's 'ooh is this legit?' and Becca's warning are `social`. "
    "kayleigh_mumboss's 'I work from my phone… drop me a message' is `spam` (an undisclosed "
    "recruiting pitch, LABELS' 'DM me to invest'). FeedLine_UK's answer to a tag and its "
    "mod-approved post, and ashworth_sling_library's answers, are `marketing` (a charity and a "
    "small business where they were asked); Priya's post praising the sling library is "
    "`social` (a customer, no tie).",
    "**Stream-link bots and a goal bot (X).** @StreamzHD_Live and @FootyLive_4K are `spam`: "
    "deceptive links under every 'watch' or 'stream', including the club's own post, a pub's "
    "post and the PSA about them. @KilnsGoalBot is as fast and as regular (kick-off, goals and "
    "full-time within seconds of the data feed) but only reports the score: `social`. "
    "@vpn_deals_daily's affiliate offer under 'abroad' and 'blackout' is `spam`, and so is "
    "@iptv_gaz's IPTV box (a human, unsolicited, selling unlicensed streams).",
    "**A club, a trust, a pub, a coach and a reporter (X).** @BrackenfordTFC's posts and "
    "answers (team news with ticket prices, its streaming pass, customer service when the "
    "stream froze, thanks to a groundhopper) are `marketing`: a brand in its own channel or "
    "answering people who asked. @BrackenfordTrust's campaign is `marketing` (a cause asking "
    "people to join). @TheKilnTavern's post and its reply to Terry, with its quiz night, are "
    "`marketing`. @bkf_away_days' offer of the last seats on the coach at £12 is `marketing` "
    "(an offer, made where it belongs); his 'Done, Dee 👍' is `social`. "
    "@liz_chronicle_sport's links to her own paper's preview and report are `social` (news "
    "passed on); a reader could call them `marketing`.",
    "**A deposit-scam bot and a pet pharmacy (YouTube).** @lops_for_rehoming_ON is `spam`: "
    "it answers the word, not the person, so it answers a rescue's comment about its "
    "adoption fee, Maeve's warning about it and the father's post that they adopted a rabbit "
    "from the rescue. Its follow-up asking for an e-transfer deposit is `spam`. "
    "@petrx_direct_ca answers 'see a rabbit-savvy vet' with medicine without a prescription: "
    "`spam`. @hutch_hank_builds, a human selling hutches under videos that advise against "
    "hutches, is `spam`.",
    "**A rescue and a hay company in a creator's channel (YouTube).** "
    "@BriarwoodRabbitRescue's comments (31 rabbits, a $95 adoption fee, an open house, meeting "
    "a family halfway) are `marketing`: a cause, relevant, under a video that links it. "
    "@TimothyMeadowHay's answer to a customer who tagged it is `marketing` (a brand's "
    "customer service); the customer's complaint is `social`. Maeve's own community post "
    "that she'll help with nail trims at the rescue's open house, and her video's link to "
    "its adoptable rabbits, are `social` (a person saying where she'll be and citing a "
    "source, with no tie to the rescue); a reader could call them `marketing` for the "
    "rescue.",
    "**Fake streamers and a real one (Bluesky).** kai-plays-indies and luna-cozy-streams ask "
    "for keys to a free demo, from an outside address, under every 'demo' or "
    "#screenshotsaturday, including the festival's post and the weekly reminder bot's post: "
    "`spam` (key resellers posing as creators). tasha-streams-cozy, a real small streamer, "
    "asks developers for free demos to play on her stream: `social` (a person inviting work to "
    "share, nothing sold, no keys asked for). wishlistboost ('guaranteed real wishlists') and "
    "raf-gamedev-pr's press list and launch package are `spam`. pocketfest's call for entries, "
    "its warning, its line-up and its short replies, and gildedengine's answer to a bug report, "
    "are `marketing`. jamclock and screenshot-saturday are `social` (automated, nothing sold). "
    "nightjar-audio's soundtrack news, mossgate-games' demo launch and the developer's "
    "'wishlists doubled' are `social` (people sharing their own work, with no price and no "
    "link).",
    "**A crest shop and a DNA 'testimonial' (blog).** 'Aoife Brennan' is `spam`: generic "
    "praise posted to place a shop and a code, under every surname or ancestor. 'Gary "
    "Whitford' reads like a reader recommending a DNA kit he used, but the link carries his "
    "referral code and he answers every 'cousins', 'relatives' or 'descendants': `spam` (an "
    "undisclosed tie, automated). Declan's 'Great article… packages from €250' with his own "
    "site is `spam` (a link to the commenter's own business).",
    "**An invited librarian, a graveyard group and pingbacks (blog).** Niamh answers readers "
    "Bríd asked her to help, on behalf of the county library (its microfilm, its reader "
    "booking line, its free workshop, its scanning service): `marketing` (an institution's "
    "service replies, invited and relevant), not `spam`. The Kilcarrig Graveyard Group's call "
    "for volunteers and donations, and its thanks to a donor, are `marketing` (a cause). "
    "Bríd's own post about last year's survey, which says the group needs hands, is `social` "
    "(her story; the call itself is in the group's comment). Local History Planet's pingbacks "
    "are automated and link to its own page, but pass on the post and sell nothing: `social` "
    "(role `bot`).",
    "**Seed scams, a pest repeller and a frost bot (Mastodon).** rainbowseeds@seedwonder.shop "
    "and gardenjoy@bloomdeals.click are `spam` (plants that don't exist, under every seed, "
    "seedling or sowing, including the seed library's posts and the frost bot's advisory). "
    "pestaway@getpestaway.store is `spam`, and answers 'Aphids are deaf, for the record'. "
    "frostwatch is `social`. seedlibrary@cedarvalleyseeds.org's free swap with a request for "
    "donations is `marketing` (a cause), and so are its short replies; "
    "fernhollow@fernhollownursery.com's answer to a gardener who asked for bare-root apples, "
    "with prices, and its opening-weekend post are `marketing`. lu_community_garden's post "
    "about free plots at $25 with a sign-up link is `marketing` (an offer for a community "
    "group, by a person); a reader could call it `social`. cedarline@makers.market's planter "
    "boxes with a discount code under other people's posts are `spam`.",
    "**Prolific and night-time humans.** `midwife_nan_jude` (05:00-23:30), `@old_terry_kilns` "
    "(05:30-23:30), `@grandma_joan_and_thumper` (05:00-00:00), `old-hand-mervyn.bsky.social` "
    "(05:30-00:00, UTC+0), `Paddy Joe Moran` (05:00-23:30) and `walt_grows` (05:00-23:30) "
    "answer within minutes, many times a day; `kettle_on_at_3am`, `tired_dad_of_twins`, "
    "`priya_and_bean`, `@kiln_exile_perth` (UTC+8), `@nightshift_kas`, "
    "`nightjar-audio.bsky.social`, `Joe Hanrahan` and `rosa_bakes_nights` post in the small "
    "hours of the stream's zone. All are human; all their posts are `social`.",
]

SCENARIO_NOTE = (
    "Chosen to differ from those covered before, as listed in `bench/bots-fresh10/README.md` "
    "(its six streams: rental-deposit scam bots, 'sugar daddy' and cash-advance keyword bots, "
    "'free currency' generator bots, book-promotion and 'award' scam bots, a herbal-cure "
    "testimony ring, fake registry security notices and a GitHub-stars seller; and those it "
    "lists for earlier sets: a 'found your pet' scam ring, engagement bots that only praise, a "
    "sub-for-sub ring, a tuner app's keyword bot, romance-scam openers, an outreach firm's fake "
    "residents, a printer-support scam bot, a 'recovery agent' ring, print-on-demand shirt "
    "bots, dropshipping bots, review-removal and bought-review bots, SEO comment spam, "
    "LLM-worded answer bots and reply guys, a language app's keyword bot, 'fixed match' "
    "tipsters, comment-copying and 'like' bots, a ballot-measure astroturf ring, essay-mill "
    "comments, an injury-lawyer lead bot, ticket-resale scam bots, 'AI summary' bots, a "
    "review-bombing ring, scraper pingbacks, supplement bots, a sockpuppet ring, job-scam "
    "bots, fake relief funds, follow-back bots, a crypto scam swarm, a comment farm, slogan "
    "bots, a growth bot, an airline impersonator, a giveaway impersonator, an affiliate bot, "
    "airdrop bots and art-scam bots, among others). Here: an infant sleep course's keyword bot "
    "whose crude stemming answers 'sleeper train' and 'sleepsuit', a 'free baby box' "
    "card-harvesting bot and an MLM recruiter among parents; illegal stream-link bots, a VPN "
    "affiliate and an IPTV seller among football fans; a pet-sale deposit scam and a "
    "no-prescription pet pharmacy under a rabbit-care channel; fake streamers collecting "
    "Steam keys for resale and a wishlist seller among game developers; a coat-of-arms shop "
    "and a DNA-kit affiliate under a local-history blog; and 'rainbow rose seed' scams and an "
    "ultrasonic pest repeller on a gardeners' instance. Beside them, as look-alikes that are "
    "not spam: AutoModerator's keyword-triggered safety reminder and night thread, a fan's "
    "goal bot, a game jam's countdown and a Screenshot Saturday reminder, a feed's pingbacks "
    "and a frost-outlook bot (automated, `social`); a charity, a sling library, a club, a "
    "supporters' trust, a pub, a rabbit rescue, a hay company, a festival, an engine maker, a "
    "graveyard group, a librarian, a seed library and a nursery (`marketing`); and people who "
    "sell coach seats or offer garden plots (`marketing`, by a person).")


def fmt_local(s, t):
    loc = t + dt.timedelta(hours=s.tz)
    return loc.strftime("%a %d %b %H:%M")


def window_text(a):
    w = a.window[2]
    extra = ""
    if a.tz != a.stream.tz:
        h = a.tz
        extra = f" at UTC{'+' if h >= 0 else '-'}{abs(h):g}"
    if a.weekdays:
        extra += " on weekdays"
    return w + extra


def readme(streams):
    out = []
    P = out.append
    all_posts = [(s, p) for s in streams for p in s.posts]
    roles = {a.name: a.role for s in streams for a in s.authors.values()}
    P("# bots-fresh11: sleep-course and 'free baby box' bots, stream-link and VPN bots, a "
      "pet-sale deposit scam and a pet pharmacy, fake streamers collecting game keys, a "
      "coat-of-arms shop and a DNA affiliate, and 'rainbow seed' scams\n")
    P("Six hand-written scenario streams, one JSON-lines file each, in time order. Most posts "
      "are ordinary people talking. Mixed in are automated accounts that are spam (an infant "
      "sleep course's bot and its replacement answering every 'sleep…' word in a parents' "
      "subreddit, and a 'free baby box' card-harvesting bot answering every pregnancy; "
      "illegal stream-link bots answering every football fan who says watch or stream, and a "
      "VPN affiliate bot answering every 'abroad' or 'blackout'; a 'Holland Lops for "
      "rehoming' deposit-scam bot answering every 'adopt' and a no-prescription pet pharmacy "
      "answering every 'vet' under a rabbit-care channel; fake streamers asking indie "
      "developers for Steam keys under every 'demo' or #screenshotsaturday, and a wishlist "
      "seller; a coat-of-arms shop answering every surname or ancestor and a DNA-kit "
      "affiliate answering every 'cousins' on a local-history blog; 'rainbow rose seed' scam "
      "bots answering every seed or sowing, and an ultrasonic pest repeller answering every "
      "slug or aphid, on a gardeners' Mastodon instance), automated accounts that are not "
      "spam (AutoModerator's safety reminder and night thread, a fan's goal bot, a jam "
      "countdown and a Screenshot Saturday reminder, a local-history feed's pingbacks, a "
      "frost-outlook bot), human spammers (an MLM recruiter, an IPTV seller, a hutch "
      "builder, a games-marketing consultant, a genealogist and a planter-box maker), brands "
      "and causes speaking in their own channels or answering people who asked, and people "
      "who post a lot at all hours. Labels follow `data/LABELS.md`.\n")
    P("Run it: `BOTS_DIR=bench/bots-fresh11 python3 bench/bots_fresh.py` (after building "
      "discern; the harness defaults to `target/release/discern`).\n")
    P("## Who wrote it, what was read, what was run\n")
    P(PROVENANCE_READ + "\n")
    P("## Files\n")
    P("| file | scenario | posts | social | marketing | spam | authors |")
    P("|---|---|---:|---:|---:|---:|---:|")
    tot = collections.Counter()
    for s in streams:
        c = collections.Counter(p["expected"] for p in s.posts)
        n = len(s.posts)
        na = len(s.authors)
        tot.update(c)
        tot["posts"] += n
        tot["authors"] += na
        P(f"| `{s.fname}` | {s.title} | {n} | {c['social']} | {c['marketing']} | "
          f"{c['spam']} | {na} |")
    P(f"| **total** |  | {tot['posts']} | {tot['social']} | {tot['marketing']} | "
      f"{tot['spam']} | {tot['authors']} |\n")
    rc = collections.Counter(roles.values())
    bots_social = [a.name for s in streams for a in s.authors.values() if a.role == "bot"
                   and all(p["expected"] == "social" for p in s.posts
                           if p["author"] == a.name)]
    brands = [a.name for s in streams for a in s.authors.values() if a.role == "brand"]
    P(f"- `authors.tsv`: `author<TAB>role` for all {len(roles)} authors ("
      + ", ".join(f"{rc[r]} {r}" for r in ROLES) + "). The role is the ground truth for "
      "automation scoring: `bot` means automated. Humans are `person`, `prolific_person`, "
      "`brand` or `spammer` (a human spammer). Author names are unique across the six files, "
      "so the two-column form applies to every file. Moderators, the admin, the channel's "
      "owner, the blog's author, the developers and the reporter are individuals (`person`). "
      + ", ".join(f"`{b}`" for b in bots_social) + " are `bot` although none of their posts "
      "is spam. The sleep-course, baby-box, stream-link, VPN, lop-rehoming, pet-pharmacy, "
      "key-request, wishlist, crest, DNA, seed and pest-repeller accounts are each a `bot` "
      "author under the name their posts carry. " + ", ".join(f"`{b}`" for b in brands)
      + " are `brand`, not `bot`: people write every post and answer by hand, in staffed "
      "hours.")
    P("- `generate.py`: holds every text and writes all files, this README included "
      "(`python3 bench/bots-fresh11/generate.py`).\n")
    P("Authors per role, per file:\n")
    P("| file | " + " | ".join(ROLES) + " |")
    P("|---|" + "---:|" * len(ROLES))
    for s in streams:
        c = collections.Counter(a.role for a in s.authors.values())
        P(f"| `{s.fname}` | " + " | ".join(str(c[r]) for r in ROLES) + " |")
    P("\nPosts by author role, per file:\n")
    P("| file | " + " | ".join(ROLES) + " |")
    P("|---|" + "---:|" * len(ROLES))
    for s in streams:
        c = collections.Counter(roles[p["author"]] for p in s.posts)
        P(f"| `{s.fname}` | " + " | ".join(str(c[r]) for r in ROLES) + " |")
    P("\nLabels of the posts by each role, all files together:\n")
    P("| role | social | marketing | spam |")
    P("|---|---:|---:|---:|")
    for r in ROLES:
        c = collections.Counter(p["expected"] for s, p in all_posts if roles[p["author"]] == r)
        P(f"| {r} | {c['social']} | {c['marketing']} | {c['spam']} |")
    P("\n## Fields\n")
    P(FIELDS + "\n")
    P("## Provenance\n")
    P(PROVENANCE_TEXTS + "\n")
    P(f"`generate.py` (python3, standard library only, seed {SEED}) lays the texts out in "
      "time, assigns the ids, checks the streams (required fields, ids unique, parents "
      "earlier and in the same thread, time order, labels and roles valid, author names "
      "unique across files, every author with at least one post, bots that only post roots "
      "never reply, blog comments carry an e-mail or a URL, and for the keyword- and "
      "target-triggered bots that every trigger in their active window gets exactly one "
      "reply from them and that they post nothing else outside their own sub-threads) and "
      "writes the files, so the output is the same on every run.\n")
    P("## Timing\n")
    P("Timing model (see `generate.py`):")
    zones = "; ".join(f"{s.platform}: {s.tzname.split(', ')[1]}" for s in streams)
    sched = []
    for s in streams:
        for name, specs in s.scheduled.items():
            sched.append(f"`{name}` at " + ", ".join(
                (s.when(x) + dt.timedelta(hours=s.tz)).strftime("%a %d %b %H:%M:%S")
                for x in specs))
    P("- Thread roots, and replies that the story needs at a given moment, have hand-set "
      f"local times in the stream's time zone ({zones}; authors elsewhere have their own "
      "waking windows below). Scheduled and automated posts are set to the second: "
      + "; ".join(sched) + ". Other hand-set times get random seconds.")
    med = "; ".join(f"{PERSON_MEDIAN[s.platform]} min on {s.platform}" for s in streams)
    people = []
    for s in streams:
        for a in s.authors.values():
            if a.role == "person":
                people.append(f"`{a.name}` {a.median} min, {window_text(a)}")
    P("- `person`: each reply's delay after the post it answers (or the latest post it refers "
      "to) is log-normal with sigma 1, kept within 0.2-8 times the median; the default median "
      f"is {med}, with per-author medians and waking windows (" + ", ".join(people) + "). "
      "Some replies have a set delay range instead (replies the story times, such as answers "
      "to a bot within minutes or to a goal within seconds; not moved). Otherwise a reply "
      "that falls outside the author's waking window is moved to a random point in the first "
      "40 minutes of the next window.")
    for role, sig, what in (("prolific_person", 0.8, ""), ("brand", 0.8, ", only in staffed "
                            "hours"), ("spammer", 1.0, ", in waking or working hours")):
        items = []
        for s in streams:
            for a in s.authors.values():
                if a.role == role:
                    items.append(f"`{a.name}` median {a.median} min, {window_text(a)}")
        P(f"- `{role}`: log-normal, sigma {sig}{what}: " + "; ".join(items) + ".")
    bots = []
    notes = []
    for s in streams:
        for a in s.authors.values():
            if a.role == "bot" and a.lo:
                bots.append(f"{a.lo:g} s-{a.hi:g} s for `{a.name}`")
            if a.role == "bot" and a.note:
                notes.append(f"`{a.name}`: {a.note}")
    P("- `bot`: a log-uniform delay between bounds set for each bot, at any hour: "
      + "; ".join(bots) + ". " + ". ".join(notes) + ".")
    trig = []
    for s in streams:
        for tr in s.triggers:
            trig.append(f"`{tr.bot}` answers {tr.desc} ({fmt_local(s, tr.start)} to "
                        f"{fmt_local(s, tr.end)} local)")
    P("- Checked by `generate.py`: " + "; ".join(trig) + "; each exactly once, and nothing "
      "else outside its own sub-threads.\n")
    P("## Scenarios\n")
    P(SCENARIO_NOTE + "\n")
    for s, key in zip(streams, STORY_KEYS):
        P(f"### `{s.fname}`: {s.title}\n")
        P(STORIES[key] + "\n")
    P("## Hard cases\n")
    P("Cases where LABELS.md was hard to apply, and what was chosen:\n")
    for i, h in enumerate(HARD_CASES, 1):
        P(f"{i}. {h}")
    return "\n".join(out) + "\n"


STORY_KEYS = ["reddit", "x_football", "youtube", "bluesky", "blog", "mastodon"]

FIELDS = (
    "As in `bench/bots-fresh10`: `id`, `text`, `author`, `created_at` (RFC 3339, UTC, whole "
    "seconds), `platform` (`reddit`, `x`, `youtube`, `bluesky`, `blog`, `mastodon`), `kind` "
    "(`post` = thread root, `reply` otherwise), `thread_id` (the root's id), `parent_id` "
    "(replies only: the post answered; left out on roots), `expected` (`social` / `marketing` "
    "/ `spam`). Blog comments also have `author_email` and, where the commenter gave one, "
    "`author_url` (the comment form's website field); the pingbacks have `author_url` (the "
    "linking page) and no `author_email`, as WordPress stores them, and their text is the "
    "linking page's excerpt between `[…]` marks. Bríd's posts are the blog's roots and have "
    "neither; her own comments have both. A Reddit root's text is its title, a blank line, "
    "then its body; a blog post's text is its title, a blank line, then the opening of the "
    "post; a YouTube video's text is its title, a blank line, then its description "
    "(community posts have no title). Mastodon authors on the home instance (sprout.town) "
    "are bare names; authors from other servers are `name@server`. Bluesky authors are "
    "handles. YouTube and X authors are `@handles`. Reddit authors are user names without "
    "`u/`. Blog authors are the name typed into the comment form.\n\n"
    "Ids look like each platform's and grow with time: X snowflakes, Mastodon ids, Bluesky "
    "`at://did:plc:…/app.bsky.feed.post/<tid>` URIs (one DID per author; the record key is a "
    "TID made from the post's time), Reddit `t3_`/`t1_` (base 36), WordPress "
    "`post-N`/`comment-N` (the pingbacks are comments). YouTube ids are random, as YouTube's "
    "are: an 11-character video id, `Ugkx…` for community posts, `Ug…4AaABAg` for top-level "
    "comments and `<top-level id>.<22 characters>` for replies (a reply's `parent_id` is the "
    "comment it answers).")

PROVENANCE_READ = (
    "A helper session (an AI assistant started from a session of this project) wrote every "
    "text in this folder by hand, for this evaluation set. It read `data/LABELS.md` (with "
    "`cat`); `bench/bots-fresh10/README.md` (layout, fields, conventions, `authors.tsv` roles "
    "and the scenarios already covered by bots-fresh to bots-fresh10; read with `cat`, whose "
    "displayed output was cut short, then the missing lines with `sed -n 60,92p` and its "
    "length with `wc -l`); `bench/bots_fresh.py` (with `cat`, only to see which files and "
    "fields it reads and how it uses `authors.tsv`); and the first three lines (`head -3`) of "
    "each of the six `bench/bots-fresh10/*.jsonl` streams and of its `authors.tsv` (the "
    "schema, each platform's id shape and the two-column form). It also listed the entries "
    "of `bench/` and `bench/bots-fresh10/` (`ls`) and ran `git status --short` (at the start "
    "and again at the end). It read no discern code, tests, models or training data, no "
    "other check set, no earlier `generate.py` and no other `bench/*.py`, nothing under "
    "`crates/`, `data/` (apart from `LABELS.md`), `tests/` or `/work/shared`; it used no "
    "search tools and no GPU machine, and did not build or run discern, `bench/bots_fresh.py` "
    "or any other project script. The only other things run were `date`; `mkdir -p` for this "
    "folder and for `/tmp/b11`; a Python one-liner in `/tmp/b11` that printed the weekday of "
    "six candidate dates and the length of a sample YouTube comment id; the writing of this "
    "`generate.py` (with a file editor, then shell here-documents appended with `cat >>`), "
    "small Python snippets that edited it (string replacements and inserted replies), one "
    "`sed -i` (two comment lines), `grep -n` and `grep -c` on it, and a Python syntax check "
    "(`py_compile`, its cache removed); this `generate.py` itself (several times while writing it, and twice at the "
    "end, comparing `md5sum` of the outputs to confirm they are the same); `wc -l`, `head`, "
    "`sed -n`, `cut`, `ls -la`, `grep` and short Python snippets on the files it wrote, to "
    "read them back; and "
    "throwaway scripts in `/tmp/b11` (one that loaded this `generate.py` as a module, ran its "
    "checks and listed each stream in local time with each reply's delay, author role and "
    "label, to review the timing; and a separate check of the written files that every line "
    "parses, required fields are present, ids are unique, parents exist and come earlier in "
    "the same thread, time order holds, labels are valid and every author is in "
    "`authors.tsv` with a valid role), deleted afterwards with `/tmp/b11`. Nothing outside "
    "`bench/bots-fresh11/` was written in the repository and nothing was committed.")

PROVENANCE_TEXTS = (
    "Every text was written fresh, by hand, for this set; nothing was copied from a dataset, "
    "website or another check set. The spam shapes (a sleep course's 'Hi mama 💛… 60% off this "
    "week only', a sleep consultant's 'free discovery call', a 'FREE baby box, just cover "
    "postage', an MLM's 'I work from my phone around nap times… drop me a message x', '🔴 LIVE "
    "| HD, no buffering', 'Blocked in your region?' VPN offers, an IPTV box with 'every game "
    "every league', 'Holland Lop babies ready for rehoming… we ship anywhere' with an "
    "e-transfer deposit and a crate fee, 'No vet? No problem' medicines without a "
    "prescription, a hutch builder's 'link in my channel', 'I'm a content creator with 85K "
    "subscribers… could you send me a Steam key?', guaranteed wishlists, a press list for "
    "sale, 'every Irish surname has its own coat of arms', a DNA-kit testimonial with a "
    "referral link, a genealogist's packages, rainbow rose and blue strawberry seeds, and a "
    "solar ultrasonic pest repeller) imitate well-known patterns in newly written words. All "
    "people, handles, businesses, organisations, products, places and events "
    "(r/NightFeedClub, the 3am Club, SleepSorted and the Gentle Sleep Reset, Sleepwise and "
    "Little Dreamers, FreeBabyBox, FeedLine UK and the Big Night Feed, Ashworth and its sling "
    "library, St Hilda's church hall; Brackenford Town, the Kilns, Kiln Lane, Kilns TV, "
    "Kilo the mascot, Dean Hollis, Okafor, Marsh, Grant, Adeyemi, Fenwick, Wexley Rovers, "
    "Castlemere United and the Mere, the Brackenford Chronicle, the Brackenford Trust, the "
    "Kiln Tavern, Wilson's bakery, StreamzHD, FootyLive 4K, SwiftShield; Maeve and Hop Along, "
    "Biscuit, Mochi, Thumper, Nutmeg, Pancake, Oreo, Admiral, Briarwood Rabbit Rescue, "
    "Timothy Meadow hay, PetRx Direct; Lantern Moth, Mossgate, Leaf Jam, Pocket Fest, Gilded "
    "Engine, Things We Play, WishlistBoost; The Townland Notebook, Bríd Whelan, Kilcarrig and "
    "its creamery, school, graveyard and holy well, the Gavin sisters, Miss Honoria Kett, "
    "Patrick Fogarty, Clan Crest Gifts, DNAkin, Roots Research Ireland, the Kilcarrig "
    "Graveyard Group, Local History Planet; sprout.town, Cedar Valley, its seed library, "
    "community garden and Grange hall, Fern Hollow nursery, Seedwonder, Bloomdeals, "
    "PestAway, Cedarline planters), domains, e-mail addresses, ids and phone numbers are "
    "invented. The phone numbers use 555 (0300 555 0173, +1 (647) 555-0148, 0505 555 0114) "
    "or the UK's drama range (01632 555 018). Domains were made up with ordinary endings "
    "(.com, .co, .co.uk, .org, .org.uk, .net, .live, .click, .ca, .shop, .pro, .games, .ie, "
    ".com.au, .town, .garden, .social, .store, .market) and were not checked against any "
    "registry; the names of the small businesses were not checked against real ones. Real "
    "services, places and things are named only in passing (Reddit, AutoModerator, X, "
    "YouTube, Bluesky, Mastodon, WordPress, Steam, Twitch, Codeberg, NHS 111, 999, A&E, GPs "
    "and health visitors, statutory maternity pay, tax-free childcare, Greggs, Calpol, the "
    "Caledonian Sleeper, Fort William, Inverness, Crewe, Preston, Crianlarich, Scotland, "
    "IPTV, 'firestick', VPNs, the UK's 3pm blackout, Perth, Ontario, Canada, e-transfer, "
    "Metacam, Baytril, Revolution, Holland Lop, lionhead and rex rabbits, the 1901 Irish "
    "census and its Form B1, Heritage Week, Boston, Dorchester, Melbourne, Ballyfoyle, "
    "Cherokee Trail of Tears beans, Amish Paste tomatoes, Liberty, Akane and Chehalis "
    "apples, St Patrick's Day, the Pacific Northwest).")


def main():
    streams = [reddit(), x_football(), youtube(), bluesky(), blog(), mastodon()]
    for s in streams:
        assign_ids(s)
    check(streams)
    for s in streams:
        with open(os.path.join(HERE, s.fname), "w", encoding="utf-8") as f:
            for p in s.posts:
                f.write(json.dumps(record(s, p), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        for s in streams:
            for a in s.authors.values():
                f.write(f"{a.name}\t{a.role}\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(streams))
    for s in streams:
        c = collections.Counter(p["expected"] for p in s.posts)
        print(f"{s.fname}: {len(s.posts)} posts, {dict(c)}")


if __name__ == "__main__":
    main()
