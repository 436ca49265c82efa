#!/usr/bin/env python3
"""bots-fresh10: six hand-written bot scenarios for bench/bots_fresh.py.

Every text below was written by hand for this set. Running this script lays the texts out in
time, assigns platform-shaped ids, checks the streams and writes every file in this folder
(the six .jsonl streams, authors.tsv and README.md). Standard library only; the output is the
same on every run.

    python3 bench/bots-fresh10/generate.py
"""
import collections
import datetime as dt
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261208
RNG = random.Random(SEED)
UTC = dt.timezone.utc
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
S, M, X = "social", "marketing", "spam"
LABELS = (S, M, X)
ROLES = ("bot", "brand", "person", "prolific_person", "spammer")
SIGMA = {"person": 1.0, "spammer": 1.0, "prolific_person": 0.8, "brand": 0.8}


def fmt_tz(hours):
    sign = "+" if hours >= 0 else "-"
    h = abs(hours)
    whole = int(h)
    mins = int(round((h - whole) * 60))
    return f"UTC{sign}{whole}" + (f":{mins:02d}" if mins else "")


class Author:
    def __init__(self, name, role, median=None, window=None, tz=None, bounds=None,
                 weekdays=False, roots_only=False, note="", email=None, url=None):
        assert role in ROLES, role
        self.name, self.role, self.median, self.window = name, role, median, window
        self.tz, self.bounds, self.weekdays = tz, bounds, weekdays
        self.roots_only, self.note, self.email, self.url = roots_only, note, email, url


class Stream:
    def __init__(self, fname, platform, tz, monday, default_median, title):
        self.fname, self.platform, self.tz = fname, platform, tz
        RNG.seed(f"{SEED}:{fname}")  # each stream's times do not depend on the others
        self.monday = dt.date.fromisoformat(monday)
        self.default_median, self.title = default_median, title
        self.authors = {}
        self.items = []
        self.by_key = {}
        self.summary = ""
        self.checks = []
        self.set_times = collections.defaultdict(list)

    # ---- authors -------------------------------------------------------------------------
    def author(self, name, role, **kw):
        assert name not in self.authors, name
        self.authors[name] = Author(name, role, **kw)

    # ---- time helpers --------------------------------------------------------------------
    def local(self, at, tz=None):
        """'Tue 09:14' or 'Tue 09:14:07', local time in the stream's zone, to UTC."""
        day, clock = at.split()
        parts = [int(p) for p in clock.split(":")]
        if len(parts) == 2:
            parts.append(None)
        h, m, sec = parts
        exact = sec is not None
        if sec is None:
            sec = RNG.randint(0, 59)
        week = 0
        if day[-1].isdigit():
            day, week = day[:-1], int(day[-1]) - 1
        date = self.monday + dt.timedelta(days=DAYS.index(day) + 7 * week)
        naive = dt.datetime(date.year, date.month, date.day, h, m, sec)
        return naive.replace(tzinfo=UTC) - dt.timedelta(hours=self.tz if tz is None else tz), exact

    def to_local(self, t, tz=None):
        return t + dt.timedelta(hours=self.tz if tz is None else tz)

    def place(self, a, t):
        """Move a human's post into the author's waking or staffed hours."""
        if a.window is None:
            return t
        tz = self.tz if a.tz is None else a.tz
        loc = self.to_local(t, tz)
        (sh, sm), (eh, em) = [tuple(int(x) for x in w.split(":")) for w in a.window]
        s_min, e_min, now = sh * 60 + sm, eh * 60 + em, loc.hour * 60 + loc.minute
        inside = (s_min <= now < e_min) if s_min < e_min else (now >= s_min or now < e_min)
        if inside and not (a.weekdays and loc.weekday() >= 5):
            return t
        start = loc.replace(hour=sh, minute=sm, second=0)
        if start <= loc:
            start += dt.timedelta(days=1)
        while a.weekdays and start.weekday() >= 5:
            start += dt.timedelta(days=1)
        return start - dt.timedelta(hours=tz) + dt.timedelta(seconds=RNG.randint(0, 40 * 60))

    def delay(self, a):
        if a.role == "bot":
            lo, hi = a.bounds
            return dt.timedelta(seconds=round(math.exp(RNG.uniform(math.log(lo), math.log(hi)))))
        m = (a.median or self.default_median) * 60
        d = m * math.exp(RNG.gauss(0, SIGMA[a.role]))
        d = min(max(d, 0.2 * m), 8 * m)
        return dt.timedelta(seconds=round(d))

    # ---- posts ---------------------------------------------------------------------------
    def _add(self, key, author, label, text, t, parent, extra):
        assert key not in self.by_key, key
        assert author in self.authors, (self.fname, author)
        assert label in LABELS, label
        item = {"key": key, "author": author, "label": label, "text": text, "t": t,
                "parent": parent, "extra": extra, "seq": len(self.items)}
        if parent is None:
            item["root"] = key
        else:
            item["root"] = self.by_key[parent]["root"]
        self.items.append(item)
        self.by_key[key] = item
        return item

    def post(self, key, author, label, text, at, **extra):
        t, exact = self.local(at)
        if exact:
            self.set_times[author].append(at)
        return self._add(key, author, label, text, t, None, extra)

    def reply(self, key, parent, author, label, text, at=None, after=None, delay=None, **extra):
        p = self.by_key[parent]
        base = p["t"]
        for k in ([after] if isinstance(after, str) else (after or ())):
            base = max(base, self.by_key[k]["t"])
        a = self.authors[author]
        if at is not None:
            t, exact = self.local(at)
            if exact:
                self.set_times[author].append(at)
            assert t > base, (self.fname, key, "set time before the post it answers")
        elif delay is not None:
            lo, hi = delay
            t = base + dt.timedelta(seconds=RNG.randint(int(lo * 60), int(hi * 60)))
        else:
            t = base + self.delay(a)
            if a.role != "bot":
                t = self.place(a, t)
        return self._add(key, author, label, text, t, parent, extra)

    # ---- trigger checks ------------------------------------------------------------------
    def trigger(self, bot, desc, pred, start="Mon 00:00", end="Sun 23:59", exclude=()):
        self.checks.append((bot, desc, pred, start, end, set(exclude) | {bot}))

    def ancestors(self, item):
        out = []
        while item["parent"] is not None:
            item = self.by_key[item["parent"]]
            out.append(item)
        return out

    def run_checks(self):
        for bot, desc, pred, start, end, exclude in self.checks:
            t0, _ = self.local(start + ":00" if start.count(":") == 1 else start)
            t1, _ = self.local(end + ":59" if end.count(":") == 1 else end)
            for it in self.items:
                if it["author"] in exclude or not (t0 <= it["t"] <= t1) or not pred(it):
                    continue
                n = sum(1 for c in self.items if c["parent"] == it["key"] and c["author"] == bot)
                assert n == 1, (self.fname, bot, "answers", it["key"], n)
            for it in self.items:
                if it["author"] != bot:
                    continue
                assert it["parent"] is not None, (bot, it["key"], "bot check on a root")
                p = self.by_key[it["parent"]]
                direct = (p["author"] not in exclude and t0 <= p["t"] <= t1 and pred(p))
                own = any(x["author"] == bot for x in self.ancestors(it))
                assert direct or own, (self.fname, bot, it["key"], "reply without trigger")
                assert it["t"] > p["t"]
        for name, a in self.authors.items():
            mine = [it for it in self.items if it["author"] == name]
            assert mine, (self.fname, name, "author without posts")
            if a.roots_only:
                assert all(it["parent"] is None for it in mine), (name, "roots only")
        for it in self.items:
            if it["parent"] is not None:
                assert self.by_key[it["parent"]]["t"] < it["t"], (self.fname, it["key"])


# ---- ids -------------------------------------------------------------------------------------
B32 = "234567abcdefghijklmnopqrstuvwxyz"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"
YT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def b36(n):
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = B36[r] + out
    return out or "0"


def ms(t):
    return int(t.timestamp() * 1000)


def tid(t):
    micros = int(t.timestamp() * 1_000_000) + RNG.randint(0, 999_999)
    n = (micros << 10) | RNG.randint(0, 1023)
    out = ""
    for _ in range(13):
        n, r = divmod(n, 32)
        out = B32[r] + out
    return out


def assign_ids(s):
    order = sorted(s.items, key=lambda it: (it["t"], it["seq"]))
    ids = {}
    if s.platform == "x":
        for it in order:
            ids[it["key"]] = str(((ms(it["t"]) - 1288834974657) << 22) | RNG.getrandbits(22))
    elif s.platform == "mastodon":
        for it in order:
            ids[it["key"]] = str((ms(it["t"]) << 16) | RNG.getrandbits(16))
    elif s.platform == "bluesky":
        dids = {}
        for it in order:
            if it["author"] not in dids:
                dids[it["author"]] = "did:plc:" + "".join(RNG.choice("abcdefghijklmnopqrstuvwxyz234567")
                                                          for _ in range(24))
            ids[it["key"]] = f"at://{dids[it['author']]}/app.bsky.feed.post/{tid(it['t'])}"
    elif s.platform == "reddit":
        t3, t1 = 3968120417, 52971455310
        for it in order:
            if it["parent"] is None:
                t3 += RNG.randint(150, 900)
                ids[it["key"]] = "t3_" + b36(t3)
            else:
                t1 += RNG.randint(3000, 25000)
                ids[it["key"]] = "t1_" + b36(t1)
    elif s.platform == "blog":
        post, comment = 3486, 30311
        for it in order:
            if it["parent"] is None:
                post += RNG.randint(1, 4)
                ids[it["key"]] = f"post-{post}"
            else:
                comment += RNG.randint(1, 9)
                ids[it["key"]] = f"comment-{comment}"
    elif s.platform == "youtube":
        for it in order:
            if it["parent"] is None:
                if it["extra"].get("video"):
                    ids[it["key"]] = "".join(RNG.choice(YT) for _ in range(11))
                else:
                    ids[it["key"]] = "Ugkx" + "".join(RNG.choice(YT) for _ in range(32))
            else:
                p = s.by_key[it["parent"]]
                if p["parent"] is None:
                    ids[it["key"]] = ("Ug" + RNG.choice("wxyz")
                                      + "".join(RNG.choice(ALNUM) for _ in range(19)) + "4AaABAg")
                else:
                    top = p
                    while s.by_key[top["parent"]]["parent"] is not None:
                        top = s.by_key[top["parent"]]
                    ids[it["key"]] = ids[top["key"]] + "." + "".join(RNG.choice(YT) for _ in range(22))
    assert len(set(ids.values())) == len(ids)
    return order, ids


def records(s):
    order, ids = assign_ids(s)
    out = []
    for it in order:
        a = s.authors[it["author"]]
        rec = {"id": ids[it["key"]], "text": it["text"], "author": it["author"],
               "created_at": it["t"].strftime("%Y-%m-%dT%H:%M:%SZ"), "platform": s.platform,
               "kind": "post" if it["parent"] is None else "reply",
               "thread_id": ids[it["root"]]}
        if it["parent"] is not None:
            rec["parent_id"] = ids[it["parent"]]
        rec["expected"] = it["label"]
        if s.platform == "blog" and it["parent"] is not None:
            email = it["extra"].get("author_email", a.email)
            url = it["extra"].get("author_url", a.url)
            if email:
                rec["author_email"] = email
            if url:
                rec["author_url"] = url
        out.append(rec)
    return out


# =============================================================================================
# Reddit: rental-deposit scam bots in a city's housing subreddit
# =============================================================================================
def daily_thread(day_name):
    return (f"Daily roommate & sublet thread: {day_name}\n\n"
            "Looking for a roommate, offering a sublet, or trying to fill a spot in a shared "
            "house? Post it here as a top-level comment: area, budget, dates, and anything people "
            "should know (pets, smoking, night shifts).\n\n"
            "Never send money for a place you haven't seen in person, and never to someone who "
            "says they're out of the country. Report accounts that do. Full rules in the sidebar."
            "\n\n^(I'm the sub's bot. I post this thread every morning at 6.)")


MARCUS_A = ("Hey! I have a room open in a 3 bedroom house near Keller U, $550 all in, furnished, "
            "laundry in unit. Text me at (607) 555-0139, it's going fast!")
MARCUS_B = ("Hi! Room available in a 3br near campus, $550 a month with all utilities, fully "
            "furnished. Text (607) 555-0139 for pics, lots of interest so don't wait!")
MARCUS_HOLD = ("Sorry for the confusion! Another student is very interested, so I can only hold it "
               "with a $200 deposit on Zelle today. Text me at (607) 555-0139 and I'll send the "
               "details.")


def reddit():
    s = Stream("reddit_housing_rental_deposit_scam.jsonl", "reddit", -4, "2026-08-17", 45,
               "Reddit: rental-deposit scam bots ('I'm abroad, I'll courier the keys', a $550 "
               "room held with a Zelle deposit, a $35 'screening fee') answering every "
               "in-search-of post in a university city's housing subreddit, beside the sub's "
               "daily-thread bot and a rent-figures bot")
    a = s.author
    a("HalveyHousingBot", "bot", roots_only=True,
      note="the subreddit's own bot; posts the daily roommate and sublet thread at 06:00 every "
           "morning; never replies")
    a("RentTrackHalvey", "bot", roots_only=True,
      note="a resident's bot; posts median asking rents from the city's rental registry on "
           "Mondays and Thursdays at 09:00:00; never replies")
    a("landlord_gail_abroad", "bot", bounds=(300, 1800))
    a("room4rent_marcus", "bot", bounds=(60, 900))
    a("derek_relocating", "bot", bounds=(120, 1200))
    a("HalveyTenantsUnion", "brand", median=60, window=("09:00", "21:00"))
    a("BrightdoorPM", "brand", median=120, window=("09:00", "17:30"))
    a("credit_boost_deshawn", "spammer", median=60, window=("09:00", "22:00"))
    a("mod_harriet_q", "person", median=40, window=("07:00", "23:30"))
    a("marlon_retired_super", "prolific_person", median=5, window=("05:00", "00:30"))
    a("kofi_nights_er", "person", median=30, window=("19:30", "10:00"))
    a("anjali_k_arrives", "person", median=30, window=("07:00", "00:00"), tz=5.5)
    a("ruby_and_otis", "person", median=45, window=("07:00", "23:00"))
    a("lena_rn_halvey", "person", median=40, window=("07:00", "23:30"))
    a("wei_and_mira", "person", median=60, window=("07:30", "23:30"))
    a("noor_first_lease", "person", median=40, window=("08:00", "01:00"))
    a("curtis_vanlife_hv", "person", median=30, window=("06:00", "23:00"))
    a("sublet_sam_k", "person", median=45, window=("09:00", "02:00"))
    a("emeka_phd_hv", "person", median=40, window=("08:00", "01:30"))
    a("jolene_two_cats", "person", median=50, window=("07:00", "22:30"))
    a("dot_owns_a_duplex", "person", median=90, window=("07:00", "21:30"))
    a("benji_first_year", "person", median=30, window=("10:00", "03:00"))
    a("odile_postdoc", "person", median=60, window=("08:00", "23:00"), tz=2)
    p, r = s.post, s.reply

    # ---- Monday 17 August ----
    p("m1", "HalveyHousingBot", S, daily_thread("Monday, August 17"), "Mon 06:00:02")
    r("m1a", "m1", "benji_first_year", S,
      "Looking for a room from Sept 1, close to the Keller U campus, max $650. First-year grad "
      "student in chemistry, quiet, in the lab most of the day anyway. Non-smoker.")
    r("m1a1", "m1a", "room4rent_marcus", X, MARCUS_A)
    r("m1a2", "m1a1", "benji_first_year", S,
      "just texted the number and they said the house is on Lyle St. isn't Lyle St the parking "
      "garage by the stadium??", delay=(6, 25))
    r("m1a3", "m1a2", "room4rent_marcus", X, MARCUS_HOLD)
    r("m1a4", "m1a3", "marlon_retired_super", S,
      "Benji, block that account. A furnished place near campus for $550 all in does not exist in "
      "this town in August, and a Zelle deposit for a house you haven't walked through is how "
      "people lose their first month.")
    r("m1b", "m1", "emeka_phd_hv", S,
      "Looking: one bedroom, or a shared house with other grad students, Northgate or downtown, "
      "up to $800. Coming from Lagos by way of a summer in Toronto, arriving Aug 29. I can do "
      "video viewings but I'd rather have a friend here walk through first.")
    r("m1b1", "m1b", "dot_owns_a_duplex", M,
      "Emeka, the upstairs unit of my duplex in Northgate opens Oct 1 if you end up needing "
      "something after a temporary place. It's $850, so a bit over, but heat is included and "
      "your friend is welcome to walk through any evening this week.")

    p("m2", "anjali_k_arrives", S,
      "ISO: studio or furnished room near Keller U from Sept 1 (arriving from Pune on Aug 28)\n\n"
      "Hi all! I'm starting a master's in public health at Keller and I haven't been able to "
      "see anything in person because I'm still in India. Budget up to $900. I don't cook much, "
      "no pets, and I'm happy to share. Is it normal that nobody answers emails about listings? "
      "I've written to eleven places.", "Mon 08:40")
    r("m2a", "m2", "landlord_gail_abroad", X,
      "Hello Anjali, I have a lovely furnished studio on Pemberton Street, 5 minutes from Keller "
      "University, $850/month with all utilities and wifi included. I am currently abroad on a "
      "medical mission so I cannot show it in person, but once the first month and deposit are "
      "sent I will courier the keys to you. Please email gail.pemberton.rentals@postbox-mail.net "
      "for photos. God bless.")
    r("m2b", "m2", "room4rent_marcus", X, MARCUS_B)
    r("m2c", "m2", "marlon_retired_super", S,
      "Welcome early, Anjali. The two replies above are the same scam in different hats. The "
      "tell is always the same: they can't show it, they want money first, and the price is a "
      "little too good. Nobody here will think it's odd if you ask a friend or someone from "
      "Keller to walk through a place for you.", after=["m2a", "m2b"])
    r("m2c1", "m2c", "anjali_k_arrives", S,
      "Oh no. I was literally halfway through writing the email to Gail. Thank you. I don't know "
      "anyone in Halvey yet, is there someone at Keller who does that?")
    r("m2c2", "m2c1", "emeka_phd_hv", S,
      "The Keller international students' group does walk-throughs for incoming people, "
      "volunteers with a phone camera. I'm arriving the day after you, I'll ask them for both of "
      "us.")
    r("m2d", "m2", "kofi_nights_er", S,
      "Also: eleven emails and no answer in August is normal here, sadly. Places go in a day. "
      "It's not you.", after="m2c")

    p("m3", "RentTrackHalvey", S,
      "Halvey asking rents, week of Aug 17\n\n"
      "Median asking rent from 412 active listings on the city's rental registry:\n\n"
      "| | this week | 4 weeks ago | a year ago |\n|---|---:|---:|---:|\n"
      "| studio | $1,040 | $1,010 | $955 |\n| 1 bedroom | $1,295 | $1,260 | $1,180 |\n"
      "| 2 bedroom | $1,640 | $1,600 | $1,520 |\n| shared, per person | $745 | $730 | $690 |\n\n"
      "New listings this week: 96. Marked rented: 131.\n\n"
      "^(Beep. I post this on Mondays and Thursdays from the registry's open data. I don't know "
      "anything the registry doesn't.)", "Mon 09:00:00")
    r("m3a", "m3", "curtis_vanlife_hv", S,
      "Shared, per person, $745 is the MEDIAN? My whole budget is $800 and I've been sleeping in "
      "my van since June. Cool cool cool.")
    r("m3b", "m3", "marlon_retired_super", S,
      "131 rented against 96 new. That's the students arriving. It eases off around the third "
      "week of September every year, for what that's worth.")

    p("m4", "ruby_and_otis", S,
      "ISO: 2 bedroom that allows a 70 lb dog, Eastside or Millrace, Oct 1, up to $1,700\n\n"
      "Me, my partner and Otis (7, shepherd mix, sleeps 20 hours a day, has never met a couch he "
      "didn't respect). Every listing says 'cats only' or 'dogs under 25 lb'. We have five years "
      "of references from our current landlord, and Otis has a certificate from obedience class, "
      "which I'm aware is a bit much.", "Mon 12:15")
    r("m4a", "m4", "landlord_gail_abroad", X,
      "Hello, my 2 bedroom apartment on Millrace Road is available from October 1, pets are very "
      "welcome! The rent is $1,350 with utilities. I am abroad on a medical mission at the moment "
      "so I cannot show it myself, but I can courier the keys as soon as the deposit and first "
      "month are received. Email gail.pemberton.rentals@postbox-mail.net. God bless you and your "
      "dog.")
    r("m4b", "m4a", "ruby_and_otis", S,
      "'Pets are very welcome' and $1,350 for a 2 bedroom on Millrace. Gail, I've been on this "
      "sub for three weeks. Nice try.")
    r("m4c", "m4", "dot_owns_a_duplex", S,
      "The 25 lb rule is mostly about insurance. If you find a place you like, ask whether the "
      "landlord's insurer has a breed list rather than a weight limit; a shepherd mix often isn't "
      "on it. Offering pet rent up front helps too.")
    r("m4d", "m4", "BrightdoorPM", M,
      "Hi Ruby, two of our Eastside 2 bedrooms take dogs of any size (no breed list). One opens "
      "Oct 1 at $1,650. Viewings are on Saturdays; you can book a time at "
      "brightdoorpm.com/viewings. - Carmen, Brightdoor")
    r("m4d1", "m4d", "ruby_and_otis", S,
      "Booked for Saturday. Thank you Carmen (a real human, I checked the website and there's a "
      "photo of you holding a clipboard).")

    p("m5", "HalveyTenantsUnion", M,
      "Free know-your-rights clinic this Thursday, 6pm, Eastside branch library\n\n"
      "Security deposits, what a landlord can and can't charge before you sign, repairs, and what "
      "to do with a lease in a language you don't read well. Volunteer lawyers from the Keller "
      "law clinic will be there. You don't need to be a member, but if you'd like to join ($5 a "
      "month, sliding scale) we'll have forms. Childcare in the next room.", "Mon 15:30")
    r("m5a", "m5", "room4rent_marcus", X, MARCUS_A)
    r("m5b", "m5", "noor_first_lease", S,
      "Will anyone there know about applying with no US credit history? That's my whole problem "
      "right now.")
    r("m5b1", "m5b", "HalveyTenantsUnion", M,
      "Yes, Noor, one of the lawyers works on exactly that. Bring bank statements from home and "
      "your offer letter. There's also a city guarantor program we can walk you through.")
    r("m5c", "m5", "kofi_nights_er", S,
      "I work Thursday nights. Would love to see one of these on a weekend.")
    r("m5c1", "m5c", "HalveyTenantsUnion", M,
      "Noted, Kofi. We're planning a Saturday clinic in September and we'll post it here.")

    p("m6", "kofi_nights_er", S,
      "Landlord wants three months' deposit up front. Is that even legal in Halvey?\n\n"
      "Saw a 1br on Cask St this afternoon on my way to work. Nice place. He said 'first, last and "
      "a security of two months, cash or certified check'. That's four months of rent before I "
      "get a key. I feel like I read somewhere there's a cap?", "Mon 23:50")
    r("m6a", "m6", "marlon_retired_super", S,
      "There's a cap in this state: one month's rent for security. First and last on top of that "
      "is a grey area the union can explain. Two months' security is not grey.")
    r("m6b", "m6", "HalveyTenantsUnion", M,
      "Kofi, Marlon's right about the cap (one month). Asking for more is something you can "
      "report to the city's rental registry, and we can help with the letter. Thursday's clinic "
      "covers it too.")
    r("m6c", "m6", "noor_first_lease", S,
      "This sub is teaching me more than my job's relocation packet.")

    # ---- Tuesday 18 August ----
    p("t1", "HalveyHousingBot", S, daily_thread("Tuesday, August 18"), "Tue 06:00:01")
    r("t1a", "t1", "lena_rn_halvey", S,
      "Looking for a quiet place near St Columba hospital. I start nights on the 31st, so I sleep "
      "9am to 4pm and need a room where that's possible. Up to $1,000. Female, 29, tidy to a "
      "fault.")
    r("t1a1", "t1a", "room4rent_marcus", X, MARCUS_B)
    r("t1a2", "t1a1", "lena_rn_halvey", S,
      "Which street is it on? And could I see it this week?", delay=(4, 20))
    r("t1a3", "t1a2", "room4rent_marcus", X, MARCUS_HOLD)

    p("t2", "mod_harriet_q", S,
      "PSA: the 'I'm abroad, I'll courier the keys' and '$550 room near campus, Zelle to hold it' "
      "accounts are scams. Both are being banned.\n\n"
      "Two accounts have been answering nearly every post here within minutes: one says she's on "
      "a medical mission abroad and will courier the keys once you've paid; the other has a "
      "cheap place near campus and needs a deposit on Zelle to hold it. Neither place exists. "
      "Expect new ones with new names.\n\n"
      "Rules of thumb: see it in person or send someone you trust; never pay a deposit to someone "
      "you haven't met; be suspicious of anyone who answers in two minutes with a perfect match. "
      "If you already sent money, call your bank today and report it to Halvey PD's "
      "non-emergency line.", "Tue 07:45")
    r("t2a", "t2", "room4rent_marcus", X, MARCUS_A)
    r("t2a1", "t2a", "benji_first_year", S, "it answered the PSA about itself 💀")
    r("t2b", "t2", "mod_harriet_q", S,
      "Update: both accounts are banned. If one of them messaged you, please send the "
      "screenshots to modmail.", at="Tue 09:31")
    r("t2c", "t2", "jolene_two_cats", S,
      "I sent the 'courier the keys' woman $300 in July. My bank said I authorised the payment, "
      "so no refund. Please, everyone, listen to Harriet.")
    r("t2c1", "t2c", "marlon_retired_super", S,
      "I'm sorry, Jolene. File the police report anyway: they do sometimes catch the account the "
      "money went to.")
    r("t2d", "t2", "ruby_and_otis", S,
      "The same woman told me yesterday that my 70 lb dog was 'very welcome'. No shame at all.")

    p("t3", "BrightdoorPM", M,
      "[LISTING] Brightdoor Property Management: six units opening Sept 1 and Oct 1, viewings "
      "this Saturday\n\n"
      "We manage 140 homes in Halvey and we're local and family-run (since 1998). Available:\n"
      "- Eastside: two 2br, dogs of any size welcome, $1,600-$1,650\n"
      "- Northgate: one 1br with a study, $1,240; one studio, $1,020\n"
      "- Downtown: two 1br above Market St, $1,310\n\n"
      "Viewings Saturday 10am-3pm, book at brightdoorpm.com/viewings. We never ask for money "
      "before a viewing and a signed lease, and nobody from our office is ever 'overseas'.",
      "Tue 10:15")
    r("t3a", "t3", "wei_and_mira", S,
      "Do the Northgate ones take couples? Is the studio realistically big enough for two?")
    r("t3a1", "t3a", "BrightdoorPM", M,
      "Hi! The Northgate studio is about 420 sq ft, so cosy for two. The 1br at $1,240 has a "
      "separate study with a window and is the better fit; couples are welcome in all our "
      "units. - Carmen")
    r("t3b", "t3", "curtis_vanlife_hv", S, "Anything under $900? Asking for a van.")
    r("t3b1", "t3b", "BrightdoorPM", M,
      "Not right now, Curtis, sorry: our studios start at $1,020. If that changes we'll post it "
      "here.")

    p("t4", "sublet_sam_k", M,
      "[SUBLET] My room in a 4br on Orchard St, Sep 1 to Dec 20, $575 + utilities (about $60)\n\n"
      "I'm on exchange in Lisbon for the fall, so my room is free. Furnished (bed, desk, a very "
      "good chair), 10 min walk to Keller. Three housemates: two grad students and a baker who "
      "leaves bread on the counter. I can show it this week in person, or on video with a "
      "housemate there. The lease holder knows and has said yes in writing.", "Tue 14:20")
    r("t4a", "t4", "benji_first_year", S, "is the bread included in the rent")
    r("t4a1", "t4a", "sublet_sam_k", S,
      "the bread is a gift from the baker and cannot be guaranteed")
    r("t4b", "t4", "emeka_phd_hv", S,
      "Interested! I can't be there until the 29th. Could a friend of mine see it on Thursday?")
    r("t4b1", "t4b", "sublet_sam_k", M,
      "Sure, Thursday after 5 works. DM me your friend's name and I'll set it up with Priyanka "
      "(housemate). First month and deposit only once you've both seen it and the sublease is "
      "signed.")
    r("t4c", "t4", "marlon_retired_super", S,
      "Good listing. The lease holder's OK in writing is the bit people forget.")

    p("t5", "lena_rn_halvey", S,
      "ISO: 1br or studio near St Columba hospital, quiet, Sept 1, up to $1,100\n\n"
      "Reposting from the daily thread, because the only answer there was from the account that "
      "got banned this morning. New night-shift nurse, sleeps in the day, no parties, no pets, a "
      "lot of houseplants.", "Tue 19:40")
    r("t5a", "t5", "kofi_nights_er", S,
      "St Columba nights crew here, welcome! The streets behind the hospital (Tanner, Wick, "
      "Ledger) are quiet in the day because half the people there work nights too.")
    r("t5b", "t5", "dot_owns_a_duplex", S,
      "My friend Hal, a retired church organist, has a basement apartment on Tanner St, five "
      "blocks from the hospital. Very quiet, as you'd hope from an organist. I'll ask him to post "
      "it.")

    # ---- Wednesday 19 August ----
    p("w1", "HalveyHousingBot", S, daily_thread("Wednesday, August 19"), "Wed 06:00:03")
    r("w1a", "w1", "curtis_vanlife_hv", S,
      "Looking again. Still a van. Still a line cook at the Tern & Anchor. Still under $800, "
      "references, no pets, own very little because it all fits in a van.")

    p("w2", "wei_and_mira", S,
      "ISO: 2br, or a 1br with an office, couple, Northgate or downtown, Sept 15, up to $1,600"
      "\n\nWe're Wei (PhD, comparative literature) and Mira (remote, translation). We both work "
      "from home a lot, so a second bedroom or even a big closet with a window would save our "
      "relationship. Non-smokers, no pets, one bike.", "Wed 11:05")
    r("w2a", "w2", "derek_relocating", X,
      "Hi there, my 2 bedroom condo on Grainger Ave downtown is available Sept 15 for $1,450, "
      "fully furnished with a home office. I'm relocating for work so my agent handles viewings. "
      "Please complete the tenant application first at halvey-rent-apply.site (the $35 screening "
      "fee is refundable) and she will contact you with a time.")
    r("w2b", "w2a", "wei_and_mira", S,
      "Derek, your account is eleven hours old and Grainger Ave is all warehouses. The $35 is the "
      "scam, isn't it.")
    r("w2c", "w2", "mod_harriet_q", S,
      "Reported to the admins. New name, new story: this one wants a $35 'screening fee' on a "
      "website. Don't put card details into it.", after="w2b")
    r("w2d", "w2", "BrightdoorPM", M,
      "Hi Wei and Mira, the Northgate 1br ($1,240) from our listing has a separate 8x9 study with "
      "a window. Viewings Saturday, brightdoorpm.com/viewings. - Carmen")

    p("w3", "noor_first_lease", S,
      "Rejected a second time for 'no credit history'. What do newcomers actually do?\n\n"
      "I moved here from Amman in June for a job at the water utility. Good salary, offer "
      "letter, savings. Two management companies turned me down because my US credit score "
      "doesn't exist. One said I could pay six months up front, which I can't. Is there a "
      "normal way around this?", "Wed 14:30")
    r("w3a", "w3", "credit_boost_deshawn", X,
      "Noor I help people in your EXACT situation!! I can get you a 700+ score in 30 days by "
      "adding you as an authorized user on seasoned tradelines. Only a few spots left this "
      "month, DM me 💯")
    r("w3b", "w3", "HalveyTenantsUnion", M,
      "Hi Noor. Three options most people don't hear about: the city's guarantor program (the "
      "city co-signs for people with income and no US credit), a letter from your employer, and "
      "landlords who accept an international credit report. We can go through all of it at "
      "Thursday's clinic, 6pm, Eastside library.")
    r("w3c", "w3", "dot_owns_a_duplex", S,
      "As a small landlord: an offer letter and three months of bank statements convince me more "
      "than a score. The big companies run everything through software. Try people who own one "
      "or two buildings.")
    r("w3d", "w3", "marlon_retired_super", S,
      "And don't buy 'tradelines' from anyone in a comment section, Noor.", after="w3a")
    r("w3d1", "w3d", "noor_first_lease", S,
      "Ha, I wasn't going to. Thank you all. I'll be there Thursday.")

    # ---- Thursday 20 August ----
    p("h1", "HalveyHousingBot", S, daily_thread("Thursday, August 20"), "Thu 06:00:02")
    r("h1a", "h1", "jolene_two_cats", S,
      "Looking for a short sublet, Sept to late Oct, while my building on Ashgrove gets its pipes "
      "replaced. It has to take two very old, very calm cats. I'll pay a bit over the going rate "
      "for somewhere that does.")
    p("h2", "RentTrackHalvey", S,
      "Halvey asking rents, update Aug 20\n\n"
      "| | today | Monday |\n|---|---:|---:|\n| studio | $1,050 | $1,040 |\n"
      "| 1 bedroom | $1,300 | $1,295 |\n| 2 bedroom | $1,655 | $1,640 |\n"
      "| shared, per person | $750 | $745 |\n\n"
      "New listings since Monday: 51. Marked rented: 88.\n\n"
      "^(Beep. From the registry's open data, Mondays and Thursdays.)", "Thu 09:00:00")
    r("h2a", "h2", "noor_first_lease", S,
      "Every one of these posts makes my heart rate go up a little.")

    p("h4", "curtis_vanlife_hv", S,
      "ISO: anything with a lock, under $850. Basement, attic, back half of a garage (legally)"
      "\n\nLine cook, steady job, references from my old landlord in Marlow County. I'm clean and "
      "I work nights so I'm barely there. The van is fine in summer. It is not fine in November.",
      "Thu 12:40")
    r("h4a", "h4", "derek_relocating", X,
      "Hi, my studio on Keel Street is available now, $780/month, fully furnished. I'm relocating "
      "for work so my agent will arrange the viewing once you complete the tenant application at "
      "halvey-rent-apply.site ($35 screening fee, refundable).")
    r("h4b", "h4a", "curtis_vanlife_hv", S, "lol no")
    r("h4c", "h4", "dot_owns_a_duplex", S,
      "Curtis: my friend Hal (the organist) says the basement on Tanner St is $875, but he'd "
      "take $825 from someone who'll shovel the walk in winter. Want his number?")
    r("h4c1", "h4c", "curtis_vanlife_hv", S,
      "I will shovel that walk like it owes me money. Yes please.")
    r("h4d", "h4c", "lena_rn_halvey", S,
      "That's the one I asked about on Tuesday, but it's all yours Curtis, I signed for a place "
      "on Wick St yesterday.")

    p("h5", "HalveyTenantsUnion", M,
      "Tonight: know-your-rights clinic, 6pm, Eastside branch library\n\n"
      "Doors at 5:45. Three lawyers, interpreters for Arabic and Spanish, and a lot of cookies. "
      "If you're bringing a lease or a landlord's letter, bring a copy we can write on.",
      "Thu 16:00")
    r("h5a", "h5", "noor_first_lease", S, "On my way after work.")
    r("h5b", "h5", "HalveyTenantsUnion", M,
      "Thank you to the 47 people who came tonight! Our notes on deposits and on the guarantor "
      "program are up at halveytenants.org/clinic, and the Saturday clinic is on Sept 12.",
      at="Thu 20:55")

    # ---- Friday 21 August ----
    p("f1", "HalveyHousingBot", S, daily_thread("Friday, August 21"), "Fri 06:00:04")
    r("f1a", "f1", "emeka_phd_hv", S,
      "Update: no longer looking. Two other grad students on Cask St had a spot, and the "
      "walk-through volunteers went to see it for me. Thank you to whoever mentioned them.")
    p("f2", "mod_harriet_q", S,
      "The '$35 screening fee' account has been suspended by the admins. If you paid it, call "
      "your card issuer: that's a chargeback.\n\n"
      "A real application fee goes to a company you can look up, after a viewing. If you paid on "
      "halvey-rent-apply.site, the card number you typed in is also compromised, so ask for a "
      "new card.", "Fri 08:30")
    r("f2a", "f2", "wei_and_mira", S,
      "Good. It also answered a friend's post on the Keller sub, same Grainger Ave condo.")
    r("f2b", "f2", "marlon_retired_super", S,
      "Three of them in one week. Thanks for staying on it, Harriet.")
    p("f3", "odile_postdoc", S,
      "ISO: furnished 1br for 12 months from Oct 1, postdoc at Keller\n\n"
      "I'm moving from France with two suitcases and a cello. Budget up to $1,300. I would like "
      "somewhere the cello is allowed to practise before 9pm. References from my current "
      "landlord (in French, with a translation).", "Fri 12:15")
    r("f3a", "f3", "marlon_retired_super", S,
      "Welcome, Odile. Ask every landlord about the cello in the first message. Most say yes to "
      "before 9pm. The ones who don't, you didn't want anyway.")
    r("f3c", "f3", "credit_boost_deshawn", X,
      "Odile, landlords here will want a US credit score, not French references!! I can get you "
      "to 700+ in 30 days with seasoned tradelines, DM me 💯")
    r("f3b", "f3", "dot_owns_a_duplex", S,
      "Brightdoor's Northgate 1br might suit, it's on the end of a row so there's only one "
      "neighbour to charm.")

    # ---- Saturday 22 August ----
    p("s1", "HalveyHousingBot", S, daily_thread("Saturday, August 22"), "Sat 06:00:03")
    p("s2", "ruby_and_otis", S,
      "Update: Otis has a home (and so do we)\n\n"
      "Signed this afternoon for an Eastside 2 bedroom with a yard, through Brightdoor. We saw it "
      "in person, met an actual person, and paid nothing until the lease was signed. Otis "
      "inspected every corner and lay down in the sunniest one. Thanks to everyone who warned me "
      "about Gail.", "Sat 15:10")
    r("s2a", "s2", "BrightdoorPM", M,
      "Welcome home, Otis! 🐾 Thanks for choosing Brightdoor, and enjoy the yard. - Carmen")
    r("s2b", "s2", "marlon_retired_super", S, "Good dog. Good outcome.")
    r("s2c", "s2", "wei_and_mira", S,
      "We were at the same viewings! We took the Northgate one with the study. Relationship "
      "saved.")

    iso = lambda it: it["parent"] is None and it["text"].startswith("ISO")
    s.trigger("landlord_gail_abroad", "every in-search-of post (a title starting 'ISO')", iso,
              "Mon 00:00", "Tue 09:30")
    s.trigger("room4rent_marcus", "every post or comment that says 'room' or 'rooms'",
              lambda it: re.search(r"\brooms?\b", it["text"], re.I), "Mon 00:00", "Tue 09:30")
    s.trigger("derek_relocating", "every in-search-of post (a title starting 'ISO')", iso,
              "Wed 10:00", "Fri 08:30")
    s.summary = (
        "r/HalveyHousing, the housing subreddit of Halvey, an invented university city in US "
        "Eastern time, Monday 17 to Saturday 22 August 2026 (UTC-4), while students and new "
        "workers arrive. landlord_gail_abroad answers every in-search-of ('ISO') post from Monday "
        "with a place that matches it too well, on 'a medical mission abroad', keys by courier "
        "once the deposit is paid; room4rent_marcus answers every post or comment that says "
        "'room' (the daily thread's comments, an ISO title, the tenants' union's clinic post for "
        "its 'next room', the moderator's PSA about him) with a $550 room near campus and, when "
        "someone answers, a $200 Zelle deposit to hold it; both are banned on Tuesday morning. "
        "From Wednesday derek_relocating answers every ISO post with a condo or studio and a $35 "
        "'screening fee' on a look-alike site, until the admins suspend him on Friday morning (bots, "
        "spam). credit_boost_deshawn, a human, sells 'tradelines' under a newcomer's question "
        "(spam). HalveyHousingBot, the sub's own bot, posts the daily roommate and sublet thread "
        "at 06:00 and RentTrackHalvey posts median asking rents on Monday and Thursday at 09:00 "
        "(bots, social). HalveyTenantsUnion posts its clinic and answers questions; BrightdoorPM, "
        "a property manager, posts its listing and answers people who asked for what it has "
        "(brand, marketing). sublet_sam_k offers his own room for the fall and dot_owns_a_duplex "
        "her upstairs unit to someone who asked (marketing, by people). Anjali, in Pune, nearly "
        "emails Gail; mod_harriet_q is the moderator; kofi_nights_er, an ER tech, posts at "
        "midnight; marlon_retired_super, a retired building superintendent, answers within "
        "minutes from five in the morning to half past midnight.")
    return s


# =============================================================================================
# X: sugar-daddy advance-fee bots and a cash-advance app's keyword bot among illustrators
# =============================================================================================
def prompt_post(day, prompt):
    return (f"{day} prompt ✏️ {prompt}\n\nDraw it, post it, tag #DailyPromptDraw. No prizes, no "
            "rules, no algorithm tricks. Just draw.")


ROB = ("Hey sweetie 💕 I'm looking for a sugar baby to spoil. $1,500 weekly allowance, no meetups "
       "needed, I just want to help an artist. I only need your PayPal to send your first "
       "payment. DM me 'READY' 💰")
ROB_FEE = ("Check your DMs baby 😘 To receive the $1,500 you first need to send the $50 "
           "activation fee, it's a PayPal rule for first-time transfers 🙏")
TOM = ("Hello dear, God has put it on my heart to bless 5 struggling artists this week 🙏 I will "
       "clear your debts today, no strings attached. Send me your CashApp or PayPal in DM 💸")
QUID = ("Waiting on an unpaid invoice? 💸 QuidNow advances up to £500 against what you're owed, "
        "approved in 5 minutes, no credit check. Get started 👉 quidnow.app/go")


def x_stream():
    s = Stream("x_illustrators_sugar_daddy_cash_advance.jsonl", "x", 1, "2026-10-12", 20,
               "X: 'sugar daddy' advance-fee bots answering every illustrator who says broke, "
               "rent or bills, and a cash-advance app's bot answering every 'invoice' and "
               "'paid', beside a freelancers' payment campaign, an art shop and a daily-prompt "
               "bot")
    a = s.author
    a("@DrawPromptDaily", "bot", roots_only=True,
      note="posts a drawing prompt every morning at 09:00:00; never replies")
    a("@blessed_sugar_rob", "bot", bounds=(30, 300))
    a("@daddy_tom_gives", "bot", bounds=(300, 1800))
    a("@QuidNow_Help", "bot", bounds=(20, 120))
    a("@FairPayArtistsUK", "brand", median=60, window=("09:00", "21:00"))
    a("@InkwellSupplies", "brand", median=90, window=("09:00", "18:00"))
    a("@brushpack_kai", "spammer", median=45, window=("10:00", "23:00"))
    a("@wrenpaints", "person", median=25, window=("07:30", "00:30"))
    a("@gran_draws_daily", "prolific_person", median=4, window=("05:00", "23:30"))
    a("@mo_inks_at_night", "person", median=20, window=("13:00", "05:00"))
    a("@hana_sketches", "person", median=20, window=("08:00", "00:00"))
    a("@lewis_draws_maps", "person", median=30, window=("07:00", "23:00"))
    a("@bex_colours", "person", median=25, window=("08:30", "01:00"))
    a("@dev_letters_comics", "person", median=30, window=("09:00", "01:30"))
    a("@ola_storyboards", "person", median=20, window=("08:00", "00:30"))
    a("@kit_gouache", "person", median=35, window=("07:00", "22:30"))
    a("@rhodri_sums", "person", median=40, window=("07:00", "22:00"))
    p, r = s.post, s.reply

    # ---- Monday 12 October ----
    p("x1", "@DrawPromptDaily", S, prompt_post("Monday", "A lighthouse that's afraid of the dark."),
      "Mon 09:00:00")
    r("x1a", "x1", "@gran_draws_daily", S,
      "Here's mine. He's got a little nightlight. Biro on the back of the gas bill, as is "
      "tradition.")
    r("x1b", "x1", "@hana_sketches", S,
      "a lighthouse hiding under a blanket but the beam still pokes out 😭 #DailyPromptDraw")
    r("x1c", "x1", "@mo_inks_at_night", S,
      "late to this one, drew it at 2am which feels thematically correct", at="Tue 02:05")

    p("x2", "@wrenpaints", S,
      "Day 94 of waiting for a publisher to pay a £1,200 invoice for a picture book cover. Three "
      "'it's with accounts' emails. I'm not broke yet but I can see broke from here. "
      "Freelancers: what actually works?", "Mon 10:05")
    r("x2a", "x2", "@QuidNow_Help", X, QUID)
    r("x2b", "x2", "@blessed_sugar_rob", X, ROB)
    r("x2c", "x2", "@daddy_tom_gives", X, TOM)
    r("x2d", "x2", "@rhodri_sums", S,
      "Send them a letter claiming statutory interest under the late payment law: 8% over base "
      "rate, plus £70 fixed compensation for a debt that size. Accounts departments move for the "
      "magic words, not for the fourth polite email. Happy to send you a template.")
    r("x2d1", "x2d", "@wrenpaints", S,
      "Yes please! I've been polite for 94 days and it has got me nowhere.")
    r("x2e", "x2", "@lewis_draws_maps", S,
      "94 is rookie numbers, my record is 211 days, for a map of a city that doesn't exist in a "
      "game that got cancelled. Do Rhodri's letter.", after="x2d")
    r("x2f", "x2", "@FairPayArtistsUK", M,
      "This is why we're campaigning for a 30-day payment law for freelancers, with interest "
      "that applies automatically instead of only when you're brave enough to ask. 8,000 "
      "signatures so far: fairpayartists.org.uk/sign")
    r("x2g", "x2", "@wrenpaints", S,
      "to the three accounts that answered this within half an hour: no, no, and absolutely not",
      after=["x2a", "x2b", "x2c"])

    p("x3", "@InkwellSupplies", M,
      "Restock day! 🖋️ The Nib & Wash fineliners are back in all six sizes, and the 300gsm "
      "hot-press pads are in. Online now, or in the shop till 6.", "Mon 12:00")
    r("x3a", "x3", "@kit_gouache", S,
      "Did the 0.05 come back? It's the only one I actually use.")
    r("x3a1", "x3a", "@InkwellSupplies", M,
      "It did, Kit! Forty of them. We can put one behind the counter for you if you like.")
    r("x3a2", "x3a1", "@kit_gouache", S, "Yes please, I'll be in tomorrow.")

    # ---- Tuesday 13 October ----
    p("x4", "@mo_inks_at_night", S,
      "3am, page 212 of the comic inked. rent is due thursday and the commission I'm finishing "
      "covers it exactly. the glamour of the arts", "Tue 03:10")
    r("x4a", "x4", "@blessed_sugar_rob", X, ROB)
    r("x4b", "x4a", "@mo_inks_at_night", S,
      "it's 3am, you're a bot, and I'm too tired to be mad", delay=(3, 12))
    r("x4b1", "x4b", "@blessed_sugar_rob", X, ROB_FEE)
    r("x4c", "x4", "@bex_colours", S, "page 212!!! go to sleep")

    p("x5", "@DrawPromptDaily", S,
      prompt_post("Tuesday", "A fox who runs a very small post office."), "Tue 09:00:00")
    r("x5a", "x5", "@gran_draws_daily", S,
      "Postmistress Fox. She weighs every parcel twice and disapproves of your handwriting.")
    r("x5b", "x5", "@kit_gouache", S, "gouache fox, tiny counter, even tinier stamps 🦊")

    p("x6", "@FairPayArtistsUK", M,
      "📣 Our petition for a Freelancers' Prompt Payment Law has passed 8,000 signatures! At "
      "10,000 we can ask MPs for a debate. In our survey, one in three illustrators waited more "
      "than 60 days to be paid last year. Sign and share: fairpayartists.org.uk/sign",
      "Tue 11:00")
    r("x6a", "x6", "@QuidNow_Help", X, QUID)
    r("x6b", "x6", "@lewis_draws_maps", S, "Signed. Also, 'one in three' sounds low to me.")
    r("x6c", "x6b", "@FairPayArtistsUK", M,
      "It's the ones who answered the survey, Lewis. The ones still waiting were probably too "
      "busy chasing invoices to fill it in 🙃")
    r("x6c1", "x6c", "@QuidNow_Help", X, QUID)

    p("x7", "@dev_letters_comics", S,
      "Genuine question for comics people: how do you price lettering for a 120-page graphic "
      "novel? Per page feels fair, but there's a 40-page sequence with no words and I don't know "
      "whether to charge for silence.", "Tue 15:30")
    r("x7a", "x7", "@bex_colours", S,
      "charge for silence. silence still means reading the whole thing, placing nothing on "
      "purpose, and checking the sfx")
    r("x7b", "x7", "@ola_storyboards", S,
      "in animation we'd call that a flat fee for the sequence and nobody would blink")
    r("x7c", "x7", "@gran_draws_daily", S,
      "In my day we charged by the inch and were always skint. Ignore me, I'm very old.")
    r("x7c1", "x7c", "@daddy_tom_gives", X, TOM)

    p("x8", "@hana_sketches", S,
      "my lineart always looks so wobbly compared to my sketches 😩 any tips that aren't 'just "
      "practise'", "Tue 20:00")
    r("x8a", "x8", "@brushpack_kai", X,
      "omg same until I found these brushes, they literally fixed my lineart overnight 😭 "
      "kaibrushes.shop/lineart (code KAI for 20% off!)")
    r("x8b", "x8", "@gran_draws_daily", S,
      "Draw from the shoulder, not the wrist, and draw the line fast. Slow lines wobble. Then, "
      "yes, practise. Sorry, love.")
    r("x8c", "x8", "@kit_gouache", S,
      "Turn the canvas, not your hand. And that brush account posts the same thing under "
      "everyone's lineart, just so you know.", after="x8a")
    r("x8d", "x8b", "@hana_sketches", S,
      "tried the fast-line thing and it's already better?? thank you!!", after="x8c")

    # ---- Wednesday 14 October ----
    p("x9", "@DrawPromptDaily", S, prompt_post("Wednesday", "Your kettle, if it had opinions."),
      "Wed 09:00:00")
    r("x9a", "x9", "@gran_draws_daily", S,
      "My kettle thinks I drink too much tea. My kettle is right.")
    r("x9b", "x9", "@ola_storyboards", S, "kettle with a little moustache. deeply judgemental")

    p("x10", "@wrenpaints", S,
      "UPDATE: they paid. Four hours after the statutory interest letter went in. The £1,200, "
      "the £70 and the interest. Rhodri, I owe you a drawing.", "Wed 16:20")
    r("x10a", "x10", "@QuidNow_Help", X, QUID)
    r("x10b", "x10", "@rhodri_sums", S, "A drawing of a ledger, please. Framed.")
    r("x10c", "x10", "@lewis_draws_maps", S, "THE MAGIC WORDS")
    r("x10d", "x10a", "@wrenpaints", S, "I literally just said they paid", delay=(2, 10))
    r("x10d1", "x10d", "@QuidNow_Help", X, QUID)
    r("x10e", "x10", "@FairPayArtistsUK", M,
      "Congratulations, Wren! Would you let us share your story, anonymised, with the petition? "
      "DM us if so.")
    r("x10e1", "x10e", "@wrenpaints", S, "Of course. Use my name, even.")

    p("x11", "@bex_colours", S,
      "US publishers paying 'net 90' and then it turns out it's 'net 90 from when we process "
      "it', which is another three months, and the exchange rate has dropped since. this is a "
      "rant with no question in it", "Wed 23:50")
    r("x11a", "x11", "@mo_inks_at_night", S,
      "net 90 from processing is a crime in at least four dimensions")

    # ---- Thursday 15 October ----
    p("x12", "@DrawPromptDaily", S, prompt_post("Thursday", "A dragon doing its taxes."),
      "Thu 09:00:00")
    r("x12a", "x12", "@kit_gouache", S,
      "dragon with reading glasses and a very small calculator. he's hoarding receipts")
    r("x12b", "x12", "@hana_sketches", S, "my dragon is crying into a shoebox of paperwork 🐉")

    p("x22", "@lewis_draws_maps", S,
      "Finished a map of a coastline for a novel. The author asked for 'more sea monsters'. "
      "There are now eleven sea monsters. I've named all of them.", "Thu 10:00")
    r("x22a", "x22", "@gran_draws_daily", S,
      "Names in the replies or it didn't happen.")
    r("x22a1", "x22a", "@lewis_draws_maps", S,
      "Gerald is the small one by the lighthouse. The rest are classified.")
    r("x22b", "x22", "@hana_sketches", S, "justice for gerald")

    p("x13", "@ola_storyboards", S,
      "studio moved the payment run again so it's bills, bills and a tin of beans this week. "
      "anyway here's a storyboard of a dog learning to surf", "Thu 13:10")
    r("x13a", "x13", "@blessed_sugar_rob", X, ROB)
    r("x13b", "x13", "@gran_draws_daily", S,
      "The dog in panel three is pure joy. And beans are a perfectly good dinner.")

    p("x14", "@InkwellSupplies", M,
      "A Thursday tip from the shop floor: if your watercolour paper buckles, it's the paper "
      "weight, not your painting. Stretch anything under 300gsm. Come and feel the difference: "
      "we've got sample swatches at the counter.", "Thu 15:00")
    r("x14a", "x14", "@kit_gouache", S,
      "Stretching paper is the one bit of homework I actually do.")

    p("x15", "@mo_inks_at_night", S,
      "finished the commission, got paid within an hour (good client, the kind you keep "
      "forever), rent is covered. going to sleep for a year", "Fri 02:40")
    r("x15a", "x15", "@QuidNow_Help", X, QUID)
    r("x15b", "x15", "@blessed_sugar_rob", X, ROB)
    r("x15c", "x15", "@bex_colours", S, "the kind you keep forever 🥹 sleep well")

    # ---- Friday 16 October ----
    p("x16", "@DrawPromptDaily", S,
      prompt_post("Friday", "The last bus home, but it's a whale."), "Fri 09:00:00")
    r("x16a", "x16", "@gran_draws_daily", S, "A whale bus. The bell is a barnacle.")

    p("x17", "@wrenpaints", S,
      "PSA for artists: the 'sugar daddy' replies you get whenever you say broke, rent or bills "
      "are a scam. They 'send' money that never arrives and ask you for an 'activation fee' "
      "first. Block, report, move on.", "Fri 11:30")
    r("x17a", "x17", "@blessed_sugar_rob", X, ROB)
    r("x17b", "x17", "@daddy_tom_gives", X, TOM)
    r("x17c", "x17", "@hana_sketches", S, "it replied to the PSA about itself lmaooo",
      after="x17a")
    r("x17d", "x17", "@rhodri_sums", S,
      "And a reminder that nobody legitimate needs a fee from you in order to send you money. "
      "Ever.")

    p("x18", "@FairPayArtistsUK", M,
      "We're at 9,412 signatures. 588 to go before we can ask for a debate. If you've ever sent "
      "a polite third reminder, this one's for you 💛 fairpayartists.org.uk/sign", "Fri 17:00")
    r("x18a", "x18", "@lewis_draws_maps", S, "third reminder? I'm on my ninth")

    # ---- Saturday 17 October ----
    p("x19", "@DrawPromptDaily", S,
      prompt_post("Saturday", "A garden growing in an old boot."), "Sat 09:00:00")
    r("x19a", "x19", "@gran_draws_daily", S,
      "My late husband's wellington, with marigolds in it. It's been on the step for years.")
    r("x19b", "x19", "@hana_sketches", S, "a tiny frog lives in the heel of mine 🥾🐸")

    p("x23", "@kit_gouache", S,
      "Painted the fish stall at the Saturday market. The fishmonger asked for a copy. Paid in "
      "mackerel.", "Sat 10:30")
    r("x23a", "x23", "@QuidNow_Help", X, QUID)
    r("x23b", "x23", "@gran_draws_daily", S, "Best fee there is.")

    p("x20", "@gran_draws_daily", S,
      "Went to the Inkwell shop with my granddaughter. She chose a 0.05 fineliner and drew me as "
      "a lighthouse. Best present I've had in years.", "Sat 14:00")
    r("x20a", "x20", "@InkwellSupplies", M,
      "That's made our Saturday! Say hello to the new artist from all of us at the shop.",
      delay=(40, 140))
    r("x20b", "x20", "@wrenpaints", S, "she's going to be better than all of us")

    p("x21", "@FairPayArtistsUK", M,
      "10,000 signatures! 🎉 Thank you, every one of you. Next we ask for the debate. Join the "
      "campaign list to hear what happens: fairpayartists.org.uk/join", "Sat 19:30")
    r("x21a", "x21", "@wrenpaints", S, "Signed on day one. Delighted.")
    r("x21b", "x21", "@rhodri_sums", S, "Well done, all of you.")

    s.trigger("@blessed_sugar_rob", "every post or reply that says broke, rent or bills",
              lambda it: re.search(r"\b(broke|rent|bills)\b", it["text"], re.I))
    s.trigger("@daddy_tom_gives", "every post or reply that says broke or skint",
              lambda it: re.search(r"\b(broke|skint)\b", it["text"], re.I))
    s.trigger("@QuidNow_Help", "every post or reply that says invoice, invoices, paid, payday "
              "or unpaid",
              lambda it: re.search(r"\b(invoices?|paid|payday|unpaid)\b", it["text"], re.I))
    s.summary = (
        "Freelance illustrators in the UK, Monday 12 to Saturday 17 October 2026 (BST, UTC+1). "
        "@wrenpaints, a picture-book illustrator, has waited 94 days for a publisher to pay a "
        "£1,200 invoice. @blessed_sugar_rob ('I'm looking for a sugar baby to spoil… I only need "
        "your PayPal') answers every post or reply that says broke, rent or bills within 30 "
        "seconds to five minutes, and asks for a $50 'activation fee' when someone answers it; "
        "@daddy_tom_gives ('God has put it on my heart to bless 5 struggling artists') answers "
        "every one that says broke or skint; @QuidNow_Help, a cash-advance app's bot, answers "
        "every post or reply that says invoice, paid, payday or unpaid within two minutes, "
        "under 'they paid', under a campaign's own reply, twice in one thread and under a "
        "painter paid in mackerel (bots, spam). @brushpack_kai, a human, posts his brush shop "
        "with a discount code under a question about wobbly lines (spam). @DrawPromptDaily "
        "posts a prompt every morning at 09:00:00 (bot, social). @FairPayArtistsUK campaigns "
        "for a prompt-payment law with a petition and answers under posts about late payment; "
        "@InkwellSupplies, an art shop, posts its restock and a tip and answers customers "
        "(brand, marketing). @rhodri_sums, an accountant friend, explains statutory interest "
        "for free; @mo_inks_at_night, a webcomic artist, posts at three in the morning; "
        "@gran_draws_daily, a retired art teacher, answers within minutes from five in the "
        "morning to half past eleven at night.")
    return s


# =============================================================================================
# YouTube: 'free shards' generator bots, an 'it worked!' confirmer and a mod-menu bot
# =============================================================================================
FREE = ("🎁 FREE SHARDS still working in March 2026!! No verification, I got 10,000 in 2 minutes "
        "😱 👉 shardgift.xyz 👈")
FREE2 = ("💎 Shard generator WORKING 2026, no human verification!! Go to shardgift.xyz before "
         "they patch it 🔥")
JESS = "omg it actually worked!! 10k shards in my account 😭😭 thank youuu"
JESS2 = "I was scared it was fake but it WORKED 😱 just got mine"
MOD = ("🔥 Brickfall MOD MENU 2026 🔥 fly, x-ray, infinite everything, 100% undetected. Free "
       "download on my channel's About page 👉 go go go")
DEX = ("I'll build your dream castle on your own world for $5 on PayPal 🏰 fast and cheap!! DM me "
       "on Discord, link on my channel")


def youtube():
    s = Stream("youtube_blockgame_free_currency_generator.jsonl", "youtube", -5, "2026-03-23", 35,
               "YouTube: 'free shards' generator bots, with a second account that answers 'it "
               "worked!', and a mod-menu download bot under a building-game tutor's videos, "
               "beside the game studio's own support answers")
    a = s.author
    a("@FreeShardsNow-2026", "bot", bounds=(30, 240))
    a("@it_worked_omg_jess", "bot", bounds=(60, 600))
    a("@brickfall_modmenu_x", "bot", bounds=(180, 1200))
    a("@BrickfallGame", "brand", median=180, window=("09:00", "18:00"), tz=-7, weekdays=True)
    a("@dex_builds4u", "spammer", median=120, window=("15:30", "22:30"))
    a("@PipBuildsThings", "person", median=60, window=("08:00", "23:30"))
    a("@grandpa_bricks_71", "prolific_person", median=6, window=("05:00", "00:00"))
    a("@mumof2gamers_lisa", "person", median=40, window=("06:30", "22:30"))
    a("@nadiya_nightowl", "person", median=25, window=("20:00", "04:30"))
    a("@tobi_builds", "person", median=30, window=("15:30", "21:30"))
    a("@sprocket_sara", "person", median=35, window=("08:00", "23:00"), tz=-7)
    a("@mateo_castles", "person", median=30, window=("08:00", "00:00"), tz=-3)
    a("@finn_minifig", "person", median=40, window=("07:00", "22:30"), tz=1)
    a("@ravi_k_plays", "person", median=30, window=("09:00", "01:00"), tz=5.5)
    a("@juno_builds_slow", "person", median=45, window=("07:00", "23:00"))
    p, r = s.post, s.reply

    # ---- Monday 23 March: the drawbridge ----
    p("v1", "@PipBuildsThings", S,
      "Build a Working Drawbridge in Brickfall (No Mods) | Castle Series #4\n\n"
      "A drawbridge that lowers when you step on a pressure plate and closes behind you. "
      "Survival-friendly: no mods, no cheats, nothing to buy. Materials are in the pinned "
      "comment.\n\n0:00 The plan\n1:45 Chain pulleys\n6:10 The pressure plate trick\n"
      "11:30 Making it look old\n14:55 Testing it on my cat (in game)", "Mon 16:00:00",
      video=True)
    r("v1p", "v1", "@PipBuildsThings", S,
      "📌 Materials: 64 stone brick, 12 chain, 2 pulleys, 1 pressure plate, 1 iron bar for the "
      "latch. About 150 shards if you buy it all from the trader, but every piece can be mined.",
      at="Mon 16:01")
    r("v1p1", "v1p", "@FreeShardsNow-2026", X, FREE)
    r("v1p2", "v1p1", "@it_worked_omg_jess", X, JESS)
    r("v1p3", "v1p1", "@grandpa_bricks_71", S,
      "Kids: this account and the one cheering it on are bots. Nothing 'worked'. Report both and "
      "don't click.", after="v1p2")
    r("v1a", "v1", "@brickfall_modmenu_x", X, MOD)
    r("v1b", "v1", "@grandpa_bricks_71", S,
      "Counterweight on the far side, lovely. That's how the old bascule bridges do it. I "
      "designed road bridges for 38 years and this is the first one I've built with a cat on "
      "it.")
    r("v1b1", "v1b", "@PipBuildsThings", S,
      "From a real bridge engineer, that's the best compliment this channel has ever had.")
    r("v1c", "v1", "@tobi_builds", S,
      "I built it!!! mine closes too fast and squished my horse (he's ok)")
    r("v1c1", "v1c", "@PipBuildsThings", S,
      "Put a delay block before the closing chain, 2 ticks is plenty. Glad the horse is ok 🐴")
    r("v1d", "v1", "@dex_builds4u", X, DEX)
    r("v1e", "v1", "@mateo_castles", S,
      "Saludos from Argentina! I did it with the old-stone texture pack and it looks like a real "
      "castle gate now.")
    r("v1f", "v1", "@nadiya_nightowl", S,
      "watching at 1am on my break. the cat test at 14:55 got a laugh out of the whole loading "
      "dock", at="Tue 01:10")
    r("v1g", "v1", "@sprocket_sara", S,
      "Could the pressure plate go under a carpet block? My brother keeps walking into my castle "
      "uninvited.")
    r("v1g1", "v1g", "@PipBuildsThings", S,
      "Yes! Carpet on top still triggers it. Your brother will never know.")
    r("v1h", "v1", "@ravi_k_plays", S,
      "Morning watch with chai. The chain pulley part finally made sense to me.")

    # ---- Tuesday 24 March: community post ----
    p("c1", "@PipBuildsThings", S,
      "Please don't click 'free shards' links in the comments. There is no such thing as free "
      "shards. Those sites steal your account, and sometimes your parents' card. I delete them "
      "as fast as I can, but I do sleep sometimes 😅 If you see one, report it and don't reply.",
      "Tue 12:00")
    r("c1a", "c1", "@FreeShardsNow-2026", X, FREE2)
    r("c1a1", "c1a", "@it_worked_omg_jess", X, JESS2)
    r("c1b", "c1", "@mumof2gamers_lisa", S,
      "Too late for us. My son Theo (10) clicked one of these on another channel on Sunday and "
      "typed his login into it. His account and the castle he's been building for three years "
      "are gone. Support hasn't answered yet. @BrickfallGame")
    r("c1b1", "c1b", "@BrickfallGame", M,
      "Hi Lisa, we're so sorry this happened to Theo. Please send a recovery request at "
      "brickfall.game/recover with the email on the account. We can restore his world from our "
      "backups, usually within 48 hours. - Sanne, Brickfall Support")
    r("c1b2", "c1b1", "@mumof2gamers_lisa", S,
      "Request sent. Theo has stopped crying, which is progress. Thank you Sanne.")
    r("c1c", "c1", "@BrickfallGame", M,
      "Thanks for posting this, Pip. Brickfall never gives away shards through links, codes in "
      "comments or 'generators'. Any site that asks for your login is stealing it. Turn on "
      "two-step sign-in in your account settings.", after="c1b1")
    r("c1c1", "c1c", "@FreeShardsNow-2026", X, FREE)
    r("c1c2", "c1c1", "@it_worked_omg_jess", X, JESS)
    r("c1d", "c1c", "@grandpa_bricks_71", S,
      "The bot answered the warning from the game itself. You couldn't make it up.",
      after="c1c1")
    r("c1e", "c1", "@ravi_k_plays", S,
      "Reported three of them. They come back with new names every day, though.")

    # ---- Wednesday 25 March: starter bases ----
    p("v2", "@PipBuildsThings", S,
      "Five Starter Bases Under 200 Shards | Brickfall Beginner Builds\n\n"
      "You don't need a big stash to build something you're proud of. Five bases for your first "
      "week, each under 200 shards of materials, from a hillside dugout to a treehouse your "
      "little sister will steal.\n\n0:00 Why start small\n1:20 The hillside dugout\n"
      "4:40 The river hut\n8:05 The tower that isn't\n11:50 The treehouse\n15:30 The boat base",
      "Wed 16:00:00", video=True)
    r("v2a", "v2", "@FreeShardsNow-2026", X, FREE)
    r("v2a1", "v2a", "@it_worked_omg_jess", X, JESS2)
    r("v2b", "v2", "@brickfall_modmenu_x", X, MOD)
    r("v2c", "v2", "@grandpa_bricks_71", S,
      "Base three, the hillside one, is what I'd build if I were starting over. Dig in and the "
      "hill is half your walls.")
    r("v2d", "v2", "@juno_builds_slow", S,
      "I'm 41 and only started playing in January because my nephew made me. These are exactly "
      "my speed.")
    r("v2d1", "v2d", "@PipBuildsThings", S, "Welcome, Juno! Slow builders are the best builders.")
    r("v2e", "v2", "@sprocket_sara", S,
      "How many shards did base five come to for you? The trader charged me 230.")
    r("v2e1", "v2e", "@FreeShardsNow-2026", X, FREE2)
    r("v2e2", "v2e1", "@it_worked_omg_jess", X, JESS)
    r("v2e3", "v2e", "@PipBuildsThings", S,
      "You're right, the trader put prices up in last week's patch. It's 230 now, I'll pin a "
      "correction.")
    r("v2f", "v2", "@dex_builds4u", X, DEX)
    r("v2g", "v2", "@tobi_builds", S,
      "made the treehouse one and my little sister lives in it now (in the game)")
    r("v2h", "v2", "@mateo_castles", S,
      "I put this on for my little cousin, who only speaks Spanish, and he built the river hut "
      "before I finished eating.")
    r("v2i", "v2", "@nadiya_nightowl", S,
      "built base four at 2am in a cave like a goblin. perfect", at="Thu 02:20")
    r("v2j", "v2", "@tobi_builds", S,
      "is the free shards thing real?? my friend says he got some", after="v2g")
    r("v2j1", "v2j", "@FreeShardsNow-2026", X, FREE)
    r("v2j2", "v2j1", "@it_worked_omg_jess", X, JESS2)
    r("v2j3", "v2j", "@grandpa_bricks_71", S,
      "No, Tobi. Your friend either didn't get any or is about to lose his account. Ask him to "
      "change his password tonight.", after="v2j1")

    # ---- Thursday 26 March: community post ----
    p("c3", "@PipBuildsThings", S,
      "Behind the scenes: my desk while editing Friday's video. Yes, that's a rubber chicken. "
      "He's the understudy.", "Thu 19:00")
    r("c3a", "c3", "@grandpa_bricks_71", S, "Every production needs an understudy.")
    r("c3b", "c3", "@tobi_builds", S, "WHAT IS HIS NAME")
    r("c3b1", "c3b", "@PipBuildsThings", S, "Gary. Gary is a professional.")
    r("c3c", "c3", "@nadiya_nightowl", S, "that is the cleanest editing desk I have ever seen")

    # ---- Friday 27 March: doors ----
    p("v3", "@PipBuildsThings", S,
      "Doors That Open Themselves | Brickfall Circuit Basics\n\n"
      "Sensors, latches, and one very patient chicken. A door that opens when you walk up to it "
      "and closes a few seconds later, in three versions: simple, sneaky, and 'why is my chicken "
      "a security system'.\n\n0:00 The chicken\n2:15 Sensors\n6:40 The latch\n10:10 The delay\n"
      "13:30 Hiding it all in the wall", "Fri 16:00:00", video=True)
    r("v3a", "v3", "@brickfall_modmenu_x", X, MOD)
    r("v3b", "v3", "@grandpa_bricks_71", S, "The chicken is the hero of this video.")
    r("v3c", "v3", "@finn_minifig", S,
      "Greetings from the Netherlands. My daughter and I watch these together on Saturday "
      "mornings, and this one is going to be a long Saturday.")
    r("v3d", "v3", "@mumof2gamers_lisa", S,
      "Update for anyone who saw my comment on Tuesday: Brickfall restored Theo's world in a day "
      "and a half. He's watching this with me now, planning doors.")
    r("v3d1", "v3d", "@PipBuildsThings", S, "Best news of the week. Hi Theo! 👋")
    r("v3e", "v3", "@dex_builds4u", X, DEX)
    r("v3f", "v3", "@nadiya_nightowl", S, "the patient chicken deserves a credit at the end")
    r("v3g", "v3", "@mateo_castles", S,
      "the sneaky door works on my world! without the chicken too, but I kept the chicken")
    r("v3h", "v3", "@juno_builds_slow", S,
      "My door opens but never closes again. Is the latch supposed to reset by itself?")
    r("v3h1", "v3h", "@grandpa_bricks_71", S,
      "Juno, check the delay block is pointing back at the latch and not at the door. Mine did "
      "the same until I turned it round.")
    r("v3h2", "v3h", "@PipBuildsThings", S,
      "What Grandpa said! It's at 10:40 if you want to see which way it faces.", after="v3h1")
    r("v3h3", "v3h", "@juno_builds_slow", S, "It was backwards. It works! Thank you both.",
      after="v3h2")
    r("v3i", "v3", "@ravi_k_plays", S, "Chicken-powered doors are the future.")

    # ---- Saturday 28 March: what next ----
    p("c2", "@PipBuildsThings", S,
      "What should the castle series do next? A moat with working fish, a secret library door, "
      "or a tower that falls over on purpose? Tell me below!", "Sat 11:00")
    r("c2a", "c2", "@grandpa_bricks_71", S,
      "The tower that falls over on purpose. Every engineer's secret dream.")
    r("c2b", "c2", "@tobi_builds", S, "MOAT WITH FISH")
    r("c2c", "c2", "@mumof2gamers_lisa", S, "Theo says secret library door. Theo is very sure.")
    r("c2d", "c2", "@juno_builds_slow", S,
      "Library door, for those of us who build slowly and read.")
    r("c2e", "c2", "@sprocket_sara", S,
      "A moat, but make the fish cost a few shards so we have to earn them")
    r("c2e1", "c2e", "@FreeShardsNow-2026", X, FREE)
    r("c2e2", "c2e1", "@it_worked_omg_jess", X, JESS)
    r("c2f", "c2", "@PipBuildsThings", S,
      "Library door is winning by a mile. Theo, you have a lot of influence.",
      after=["c2a", "c2b", "c2c", "c2d"])
    r("v3j", "v3", "@grandpa_bricks_71", S,
      "Built the sneaky version on my grandson's world this morning. He thinks I'm a wizard now. "
      "I'm not correcting him.", at="Sun 07:40")

    r("v1i", "v1", "@juno_builds_slow", S, "The cat test is the only quality assurance I trust.")
    r("v2k", "v2", "@finn_minifig", S,
      "My daughter built the boat base and named the boat after our real cat.")
    r("c3d", "c3", "@mumof2gamers_lisa", S,
      "Theo wants to know whether Gary will be in the library door episode.", after="c3b1")
    r("c3d1", "c3d", "@PipBuildsThings", S, "Tell Theo that Gary has been cast.")
    r("v3k", "v3", "@sprocket_sara", S,
      "the 'why is my chicken a security system' version is my favourite thing on the internet "
      "this week")
    r("c1f", "c1", "@mateo_castles", S,
      "Half my class lost accounts to links like these last year. Thank you for saying it.")

    shards = lambda it: re.search(r"\bshards?\b", it["text"], re.I)
    ring = ("@FreeShardsNow-2026", "@it_worked_omg_jess")
    s.trigger("@FreeShardsNow-2026", "every video, community post or comment that says shard or "
              "shards, except the ring's own", shards, exclude=ring)
    s.trigger("@it_worked_omg_jess", "every comment by @FreeShardsNow-2026",
              lambda it: it["author"] == "@FreeShardsNow-2026")
    s.trigger("@brickfall_modmenu_x", "every video",
              lambda it: it["parent"] is None and it["extra"].get("video"))
    s.summary = (
        "@PipBuildsThings is the channel of Pip Ocampo, an invented tutor of Brickfall, an "
        "invented building game, in US Central time; Monday 23 to Sunday 29 March 2026 (CDT, "
        "UTC-5). Pip posts three videos (a drawbridge, five starter bases 'under 200 shards', "
        "self-opening doors) and three community posts (a warning about 'free shards' links, "
        "the desk with a rubber chicken, what to build next). @FreeShardsNow-2026 ('FREE SHARDS "
        "still working… no verification 👉 shardgift.xyz') answers every video, community post "
        "and comment that says shard or shards within 30 seconds to four minutes: Pip's pinned "
        "materials list, the warning, the studio's own warning, a girl's question about prices, a "
        "boy asking whether it's real and a poll answer; @it_worked_omg_jess answers every one of "
        "its comments with 'omg it actually worked!!'; @brickfall_modmenu_x posts a 'mod menu' "
        "download under every video within three to twenty minutes (bots, spam). @dex_builds4u, "
        "a human teenager, offers to build castles for $5 under every video (spam). "
        "@BrickfallGame, the studio, answers a mother who tagged it after her son's account was "
        "stolen through one of these links, and posts a warning under the community post "
        "(brand, marketing). Viewers from Argentina, India, the Netherlands and the US ask and "
        "report back; @nadiya_nightowl, a warehouse worker, watches on her 1am break; "
        "@grandpa_bricks_71, a retired bridge engineer, comments within minutes from five in "
        "the morning to midnight.")
    return s


# =============================================================================================
# Bluesky: book-promotion and 'award' scam bots among indie authors
# =============================================================================================
BUZZ = ("Hi! 📚 Your book looks amazing! We'd love to feature it to our community of 120,000+ "
        "readers. Check your DMs for our promotion packages, or reply PROMO and we'll send the "
        "details 🙌")
BUZZ_PRICE = ("Our Spotlight package is just $149 for a feature and a newsletter blast to 120k "
              "readers 🚀 Only 3 spots left this week, check your DMs to secure yours!")
SPOT = ("Hey! 📚✨ Your book sounds incredible! Our Spotlight reaches 150,000+ readers every "
        "week. Check your DMs for this week's promo packages 🚀")
AWARD = ("Congratulations! 🏆 Your work has been shortlisted for the 2026 Readers' Choice Indie "
         "Awards. Reply CLAIM to confirm your nomination (a $79 processing fee applies to "
         "finalists).")


def sprint(day):
    return (f"🏃 {day} evening sprint! 25 minutes, starting now. Write anything. Reply with your "
            "word count when the timer's done. No judging, ever. #wordsprint")


def bluesky():
    s = Stream("bluesky_indie_authors_book_promo_award_scam.jsonl", "bluesky", -8, "2026-02-02",
               25,
               "Bluesky: book-promotion bots answering every 'my book', 'my novel' or 'my debut', "
               "and an 'indie awards' bot answering every #amwriting post with a nomination fee, "
               "among indie authors, beside a small press, a bookshop's authors' night and a "
               "word-sprint bot")
    a = s.author
    a("wordsprint-club.bsky.social", "bot", roots_only=True,
      note="posts an evening writing sprint every day at 20:00:00; never replies")
    a("bookbuzz-promos.bsky.social", "bot", bounds=(180, 2400))
    a("bookbuzz-spotlight.bsky.social", "bot", bounds=(180, 2400))
    a("readers-choice-awards.bsky.social", "bot", bounds=(600, 3600))
    a("thornapple-press.bsky.social", "brand", median=120, window=("09:00", "17:00"),
      weekdays=True)
    a("gablestreetbooks.com", "brand", median=90, window=("10:00", "19:00"))
    a("marla-edits-manuscripts.bsky.social", "spammer", median=60, window=("08:00", "21:00"),
      tz=-5)
    a("ottilie-writes.bsky.social", "person", median=30, window=("06:30", "23:00"))
    a("frank-writes-westerns.bsky.social", "prolific_person", median=5,
      window=("04:30", "22:30"), tz=-7)
    a("nell-writes-at-night.bsky.social", "person", median=20, window=("19:30", "05:00"))
    a("hugo-querying.bsky.social", "person", median=40, window=("07:00", "23:30"))
    a("cass-romance-author.bsky.social", "person", median=30, window=("08:00", "00:00"), tz=-5)
    a("teodor-sf.bsky.social", "person", median=35, window=("09:00", "01:00"), tz=1)
    a("anika-drafts.bsky.social", "person", median=25, window=("07:00", "22:00"))
    a("bea-poems.bsky.social", "person", median=40, window=("07:30", "23:00"), tz=0)
    a("lionel-librarian.bsky.social", "person", median=45, window=("07:00", "21:30"))
    p, r = s.post, s.reply
    OT, FR, NE = "ottilie-writes.bsky.social", "frank-writes-westerns.bsky.social", \
        "nell-writes-at-night.bsky.social"
    HU, CA, TE = "hugo-querying.bsky.social", "cass-romance-author.bsky.social", \
        "teodor-sf.bsky.social"
    AN, BE, LI = "anika-drafts.bsky.social", "bea-poems.bsky.social", \
        "lionel-librarian.bsky.social"
    WS, BZ, SP, AW = "wordsprint-club.bsky.social", "bookbuzz-promos.bsky.social", \
        "bookbuzz-spotlight.bsky.social", "readers-choice-awards.bsky.social"
    TP, GS, MA = "thornapple-press.bsky.social", "gablestreetbooks.com", \
        "marla-edits-manuscripts.bsky.social"

    # ---- Monday 2 February ----
    p("b2", OT, S,
      "Tomorrow my book comes out. My actual book. The one I wrote at the kitchen table at 5am "
      "for three years. 'The Vicar's Last Crossword': a retired vicar, a crossword setter found "
      "dead, and a very judgemental goose. I think I'm going to be sick. #amwriting",
      "Mon 10:15")
    r("b2a", "b2", BZ, X, BUZZ)
    r("b2b", "b2", AW, X, AWARD)
    r("b2c", "b2", FR, S,
      "Congratulations, Ottilie. Being sick is traditional. I threw up before my first one came "
      "out in 1994, and it sold eleven copies, nine of them to my mother.")
    r("b2d", "b2", CA, S, "A JUDGEMENTAL GOOSE. preordered.")
    r("b2e", "b2a", OT, S, "Oh! 120,000 readers? What would that cost?", delay=(10, 40))
    r("b2e1", "b2e", BZ, X, BUZZ_PRICE)
    r("b2e2", "b2e1", LI, S,
      "Ottilie, please don't. These accounts answer everyone who writes 'my book', and nobody "
      "gets a single reader out of them. Bring it to your library instead: we buy local authors.")
    r("b2e3", "b2e2", BZ, X, BUZZ)

    p("b3", HU, S,
      "Rejection number 63 on the querying spreadsheet. This one said 'not right for my list' "
      "eleven minutes after I sent it, which is a personal record. Back to it. "
      "#writingcommunity", "Mon 13:30")
    r("b3a", "b3", AW, X, AWARD)
    r("b3b", "b3", TE, S,
      "Eleven minutes means they read the first line and it was a no to their list, not to your "
      "book. Keep going.")
    r("b3c", "b3", MA, X,
      "Hi Hugo! 63 rejections usually means the opening pages need a professional eye. I'm a "
      "developmental editor with 15 years' experience and I have a 20% new-client discount this "
      "month. DM me!")
    r("b3d", "b3c", HU, S, "I did not ask")
    r("b3e", "b3", BE, S, "63 is a good number. My first collection took 71.")

    p("b1", WS, S, sprint("Monday"), "Mon 20:00:00")
    r("b1a", "b1", NE, S, "412 words and one of them is 'moist', sorry everyone", delay=(26, 70))
    r("b1b", "b1", AN, S, "680! almost all dialogue, which I will regret in revisions", delay=(26, 70))
    r("b1c", "b1", FR, S, "Three hundred and ten. A horse died. He had it coming.", delay=(26, 70))

    # ---- Tuesday 3 February ----
    p("b6", NE, S,
      "2:50am. finished the first draft of my novel. 91,000 words. nobody is awake. I'm telling "
      "the void. #amwriting", "Tue 02:50")
    r("b6a", "b6", AW, X, AWARD)
    r("b6b", "b6", BZ, X, BUZZ)
    r("b6c", "b6", FR, S,
      "The void hears you. I'm up feeding horses. Congratulations, Nell.")
    r("b6d", "b6", CA, S, "FIRST DRAFT 🎉🎉 now put it in a drawer for a month")

    p("b4", OT, S,
      "It's out. It's really out. I held the paperback in the post office and cried a bit on "
      "the man at the counter. Thank you to everyone here who read early chapters and told me "
      "the goose needed more lines.", "Tue 09:10")
    r("b4a", "b4", GS, M,
      "Congratulations, Ottilie! We have a stack of signed copies on the local authors table, "
      "and you're reading at our Local Authors Night on Friday at 7 🎉 Come and see us, "
      "everyone.")
    r("b4b", "b4", FR, S, "Bought one. Reading it tonight instead of watching the weather.")
    r("b4c", "b4", CA, S, "the goose is ON THE COVER 😭")
    r("b4d", "b4", AN, S, "Ordered mine through Gable Street so you get the better royalty.")

    p("b5", TP, M,
      "Thornapple Press is open for novella submissions until Feb 28! 20,000-40,000 words, any "
      "genre, no agent needed, no fees ever. We publish four a year in paperback, with a small "
      "advance. Guidelines: thornapplepress.com/submit", "Tue 10:00")
    r("b5a", "b5", HU, S,
      "Does 'any genre' include a 38,000-word novella about a lighthouse keeper's ghost who is "
      "bad at being scary?")
    r("b5a1", "b5a", TP, M, "It absolutely does, Hugo. We'd love to read it.")
    r("b5b", "b5", AN, S,
      "'no fees ever' should be the bare minimum, but I appreciate you saying it out loud")
    r("b5b1", "b5b", TP, M,
      "It should be! We say it because of all the 'presses' that charge writers to publish. A "
      "real publisher pays you.")

    p("b7", WS, S, sprint("Tuesday"), "Tue 20:00:00")
    r("b7a", "b7", NE, S, "903. my villain got a cat. I don't know why. it's working", delay=(26, 70))
    r("b7b", "b7", LI, S, "240 words of the library newsletter. It counts.", delay=(26, 70))

    # ---- Wednesday 4 February ----
    p("b8", LI, S,
      "Librarian PSA: if you post 'my book' or 'my novel' on here, you'll get replies from "
      "'promo' accounts offering you 100,000 readers for a fee, and from 'award' accounts that "
      "want a fee to 'confirm your nomination'. None of them are real. The real free ways: your "
      "library, your local bookshop, readers who like you.", "Wed 09:30")
    r("b8a", "b8", BZ, X, BUZZ)
    r("b8b", "b8", BE, S,
      "The award one told me I'd been shortlisted for a book I haven't written yet.")
    r("b8c", "b8", OT, S, "I nearly paid the $149 on Monday. Thank you, Lionel.")
    r("b8d", "b8", TE, S, "Reported both. Blocking is quicker than reasoning with them.")

    p("b9", CA, S,
      "Cover reveal for my next romance, out in April! A baker, and the fire inspector who keeps "
      "shutting down her bakery. It's called 'Proof'. 🔥🥐 #writingcommunity", "Wed 14:00")
    r("b9a", "b9", AW, X, AWARD)
    r("b9b", "b9", AN, S, "PROOF. the pun. I'm on the floor")
    r("b9c", "b9", MA, X,
      "Gorgeous cover! If you need a last proofread before April, I have two slots open at a "
      "discounted rate, DM me 📚")
    r("b9d", "b9", FR, S, "A fire inspector. Good honest job. I'd read it.")

    p("b10", WS, S, sprint("Wednesday"), "Wed 20:00:00")
    r("b10a", "b10", AN, S, "1,105!! best sprint all month", delay=(26, 70))
    r("b10b", "b10", NE, S, "zero. stared at the cat villain. he stared back", delay=(26, 70))

    # ---- Thursday 5 February ----
    p("b11", AN, S,
      "Wrote THE END on my debut this morning and then immediately rewrote the last page. Is "
      "that normal", "Thu 11:20")
    r("b11a", "b11", SP, X, SPOT)
    r("b11b", "b11", FR, S,
      "Completely normal. I rewrote the last page of one book nine times, and the tenth was the "
      "first one.")
    r("b11c", "b11a", OT, S,
      "Anika, ignore this one, it's the same outfit as the Monday account with a new name.")

    p("b12", GS, M,
      "Local Authors Night tomorrow, 7pm! Ottilie Marsh reads from 'The Vicar's Last "
      "Crossword' (goose included), Frank Dunmore from 'Dry Creek Reckoning', and Bea "
      "Achterberg reads new poems by video from Leeds. Free, wine and lemonade, RSVP "
      "appreciated: gablestreetbooks.com/events", "Thu 12:00")
    r("b12a", "b12", FR, S, "I'll wear the good hat.")
    r("b12b", "b12", LI, S, "Bringing the whole Thursday book club.")
    r("b12c", "b12", NE, S, "I wish I lived near you all")

    p("b13", TE, S,
      "Sold a short story to a magazine I've been reading since I was 14. Eight cents a word, "
      "which comes to $312, which I am going to frame instead of spend.", "Thu 14:00")
    r("b13a", "b13", BE, S, "Frame it. Then frame the next one too.")
    r("b13b", "b13", HU, S, "Fourteen-year-old you is losing their mind right now.")

    p("b14", WS, S, sprint("Thursday"), "Thu 20:00:00")
    r("b14a", "b14", NE, S, "1,020 on my novel revision. the cat villain has a name now", delay=(26, 70))
    r("b14a1", "b14a", SP, X, SPOT)
    r("b14b", "b14", HU, S, "600, ghost edits.", delay=(26, 70))

    # ---- Friday 6 February ----
    p("b15", HU, S,
      "Sent the lighthouse ghost novella to Thornapple. The first thing I've ever submitted that "
      "isn't to an agent. Strange feeling.", "Fri 10:30")
    r("b15a", "b15", TP, M, "Got it, Hugo! We read everything within 8 weeks. Good luck to the "
                            "ghost.")
    r("b15b", "b15", FR, S, "Ghosts need representation too.")

    p("b16", WS, S, sprint("Friday"), "Fri 20:00:00")
    r("b16a", "b16", AN, S, "skipping tonight, I'm at Gable Street for Ottilie's reading!",
      delay=(3, 15))

    p("b17", OT, S,
      "Local Authors Night: forty people, one goose costume (not mine), thirty-one books sold. "
      "Frank wore the good hat. I cried a bit in the stockroom, which Gable Street says is "
      "normal.", "Fri 22:30")
    r("b17a", "b17", GS, M,
      "Best night we've had in ages. Thank you all for coming! Signed copies of all three books "
      "are on the front table this weekend.")
    r("b17b", "b17", FR, S, "The hat was a success.")
    r("b17c", "b17", LI, S, "Ordered six for the library.")

    # ---- Saturday 7 February ----
    p("b19", NE, S,
      "Sat 3am. I have opened my book file, looked at it, and closed it again. This also counts "
      "as writing.", "Sat 03:00")
    r("b19a", "b19", SP, X, SPOT)
    r("b19b", "b19", CA, S, "this absolutely counts as writing")

    p("b20", FR, M,
      "Dry Creek Reckoning, the sixth of my westerns, is 99 cents on ebook this weekend only. If "
      "you like horses, dust and men who say very little, here you go: "
      "frankdunmorewesterns.com", "Sat 07:30")
    r("b20a", "b20", BE, S, "Bought, for the horses.")
    r("b20b", "b20", OT, S, "Already on my shelf, signed, next to the goose.")

    p("b18", WS, S, sprint("Saturday"), "Sat 20:00:00")
    r("b18a", "b18", OT, S, "First sprint since launch week. 520 words. Book two has a goose "
                            "in it too.", delay=(26, 70))
    r("b18b", "b18", NE, S, "808. the cat villain won", delay=(26, 70))

    r("b13c", "b13", OT, S, "Frame it next to the rejection letters, so they can see.")
    r("b9e", "b9c", CA, S, "I already have an editor, thank you.")
    r("b5c", "b5", NE, S, "is 41,000 words still a novella if I promise to cut a thousand")
    r("b5c1", "b5c", TP, M,
      "Send it with the promise, Nell! We're flexible by a few thousand words either way.")

    mybook = lambda it: re.search(r"\bmy (book|novel|debut)\b", it["text"], re.I)
    s.trigger(BZ, "every post or reply that says 'my book', 'my novel' or 'my debut'", mybook,
              "Mon 00:00", "Wed 12:00")
    s.trigger(SP, "every post or reply that says 'my book', 'my novel' or 'my debut'", mybook,
              "Thu 09:00", "Sat 23:59")
    s.trigger(AW, "every post or reply tagged #amwriting or #writingcommunity",
              lambda it: re.search(r"#(amwriting|writingcommunity)\b", it["text"], re.I))
    s.summary = (
        "Indie and self-published authors on Bluesky, mostly on the US west coast, Monday 2 to "
        "Saturday 7 February 2026 (PST, UTC-8). Ottilie publishes her first novel, a cozy "
        "mystery with a judgemental goose, and reads at her local bookshop on Friday. "
        "bookbuzz-promos answers every post or reply that says 'my book', 'my novel' or 'my "
        "debut' within three to forty minutes ('We'd love to feature it to our community of "
        "120,000+ readers'), quotes $149 when Ottilie asks the price, and answers the librarian "
        "who warns her and his PSA; after it is taken down on Wednesday, bookbuzz-spotlight does "
        "the same from Thursday, under a sprint reply and a 3am post too; "
        "readers-choice-awards answers every #amwriting or #writingcommunity post with a "
        "shortlisting and a $79 'processing fee' (bots, spam). marla-edits-manuscripts, a "
        "human editor, pitches her discount under a rejection count and a cover reveal (spam). "
        "wordsprint-club posts an evening writing sprint at 20:00:00 every day (bot, social). "
        "thornapple-press, a small press, opens novella submissions and answers writers; "
        "gablestreetbooks.com, a bookshop, stocks Ottilie's book and hosts the authors' night "
        "(brand, marketing). Frank, a retired rancher who writes westerns, posts his own 99-cent "
        "sale once (marketing, by a person) and otherwise answers within minutes from half past "
        "four in the morning (Mountain time); Nell writes at three in the morning.")
    return s


# =============================================================================================
# Blog: a herbal 'cure' testimony ring under a tinnitus blog
# =============================================================================================
ROE = "drhaldenroe.herbal@inboxvault.net"


def blog():
    s = Stream("blog_tinnitus_herbal_cure_testimony_ring.jsonl", "blog", 12, "2026-06-01", 180,
               "Blog: a testimony ring of three commenters who all know a 'Dr Halden Roe' who "
               "cures tinnitus with herbs, under every post of a retired music teacher's "
               "tinnitus blog, beside a support charity, her audiologist (invited) and a support "
               "group's digest pingbacks")
    a = s.author
    a("Lorna McAlister", "person", median=180, window=("06:30", "22:00"),
      email="lorna@livingwiththehum.nz", url="https://livingwiththehum.nz")
    a("Janet Whitcombe", "bot", bounds=(3600, 28800), email="janet.whitcombe58@inboxvault.net")
    a("Peter Olsen", "bot", bounds=(1200, 7200), email="peter.olsen.dk@inboxvault.net")
    a("Ana Ribeiro", "bot", bounds=(7200, 43200), email="ana.ribeiro.rj@inboxvault.net")
    a("Hum Club Digest", "bot", bounds=(300, 3600),
      note="the weekly digest page of a tinnitus support group, built every hour from the blogs "
           "its members follow; sends a pingback when it links a post; never comments")
    a("Tinnitus Support Aotearoa", "brand", median=240, window=("09:00", "17:00"), weekdays=True,
      email="info@tinnitussupport.org.nz", url="https://tinnitussupport.org.nz")
    a("Kiri Tane, Harbourside Audiology", "brand", median=60, window=("08:30", "17:30"),
      weekdays=True, email="kiri@harbourside-audiology.co.nz",
      url="https://harbourside-audiology.co.nz")
    a("Trevor | ClearSound Hearing", "spammer", median=300, window=("08:00", "20:00"),
      email="trevor@clearsoundhearing.co.nz", url="https://clearsoundhearing.co.nz")
    a("Morag Fraser", "prolific_person", median=10, window=("05:00", "23:30"),
      email="morag.fraser@tuimail.nz")
    a("Deano Kerr", "person", median=120, window=("02:30", "19:30"), email="deano.kerr@tuimail.nz")
    a("Sione Taufa", "person", median=200, window=("10:00", "02:00"),
      email="sione.cello@tuimail.nz")
    a("Helen Park", "person", median=180, window=("07:00", "22:00"), email="helenpark61@kowhai.net.nz")
    a("Graham Tuck", "person", median=240, window=("06:00", "21:00"),
      email="g.tuck@fernlinemail.nz", url="https://grahamtuck.nz")
    a("Anneke de Vries", "person", median=200, window=("07:00", "23:00"), tz=2,
      email="anneke.devries@polder-post.nl")
    a("Wiremu Parata", "person", median=150, window=("06:30", "22:00"),
      email="wiremu.parata@kowhai.net.nz")
    a("Jess Lowe", "person", median=150, window=("09:00", "01:30"), email="jesslowe.music@tuimail.nz")
    p, r = s.post, s.reply
    LO, JA, PE, AN, HC = "Lorna McAlister", "Janet Whitcombe", "Peter Olsen", "Ana Ribeiro", \
        "Hum Club Digest"
    TSA, KT, TR = "Tinnitus Support Aotearoa", "Kiri Tane, Harbourside Audiology", \
        "Trevor | ClearSound Hearing"
    MO, DE, SI, HE, GR, AK, WI, JL = "Morag Fraser", "Deano Kerr", "Sione Taufa", "Helen Park", \
        "Graham Tuck", "Anneke de Vries", "Wiremu Parata", "Jess Lowe"

    # ---- Monday 1 June ----
    p("p1", LO, S,
      "Three years of the hum: what helped, and what didn't\n\n"
      "It started on a Tuesday in June three years ago: a thin, high whine, like a television "
      "left on in another room, and it hasn't stopped since. I taught music for thirty-four "
      "years, so you can imagine how I took that. This is the post I wish someone had written "
      "for me in the first month: what actually helped (sleep, a fan, a good audiologist, the "
      "choir), what didn't (most of the internet), and what I'm still trying.", "Mon 07:30")
    r("p1a", "p1", MO, S,
      "Lorna, I've been waiting for this one. 'Most of the internet' made me laugh out loud. "
      "Mine's a hiss rather than a whine, twelve years now, and the fan is still my best friend.")
    r("p1b", "p1", JA, X,
      "I suffered from ringing in both ears for 11 years and tried everything: hearing aids, "
      "masking machines, tablets. Nothing worked until a friend told me about Dr Halden Roe's "
      f"herbal clinic. After 3 weeks of his natural remedy the ringing was GONE. Contact him on "
      f"{ROE} or WhatsApp +1 555 0192. God bless!")
    r("p1b1", "p1b", PE, X,
      "Thank you Janet! Dr Roe also cured my wife's tinnitus AND her high blood pressure. He is "
      f"a true healer. {ROE}")
    r("p1c", "p1", AN, X,
      "Please has anyone here tried Dr Halden Roe? My cousin says his herbs cure tinnitus in 21 "
      f"days and I want to know before I order. {ROE}")
    r("p1d", "p1", DE, S,
      "Up at half two to start the ovens, and the hum's always the first one awake. Good to read "
      "somebody else's list. The fan's on mine too.")
    r("p1e", "p1", GR, S,
      "Engineer here, eight years of it. What helped me most was understanding that it's the "
      "brain turning up the gain when the input drops. Made it much less frightening. Great "
      "post.")
    r("p1e1", "p1e", LO, S,
      "That's exactly how Kiri explained it to me, Graham: the volume knob. I'll write about it "
      "properly one day.")
    r("p1f", "p1", TSA, M,
      "Thank you for writing this, Lorna. For readers who'd like company along the way, our "
      "peer support groups meet monthly in 14 towns and online, free of charge. We run entirely "
      "on donations: tinnitussupport.org.nz")
    r("p1g", "p1", TR, X,
      "Great article Lorna! At ClearSound Hearing we offer free hearing checks and the latest "
      "tinnitus-masking hearing aids. Book online today.")
    r("p1h", "p1", JL, S,
      "I'm 24 and got mine from gigs with no earplugs. Reading this at 1am because it's loudest "
      "when it's quiet. Thank you.", at="Tue 01:05")
    r("p1h1", "p1h", MO, S,
      "Earplugs from now on, love, and it does get easier. Promise.")
    r("p1i", "p1c", LO, S,
      "Please don't order anything from anyone in these comments. I'll write about these "
      "'cures' soon.", after=["p1b1", "p1c"])

    # ---- Wednesday 3 June ----
    p("p2", LO, S,
      "Sound therapy, week four: the fan, the rain and the cello\n\n"
      "Four weeks into the sound programme my audiologist set me, and a confession: the rain "
      "recording I was given drives me up the wall, so I've been using a recording of my friend "
      "Sione's cello scales instead. Kiri says that's allowed, as long as it's steady and I "
      "don't start listening for wrong notes. Here's how week four went.", "Wed 19:00")
    r("p2a", "p2", HC, S,
      "[…] Lorna McAlister is four weeks into sound therapy and has swapped the rain track for "
      "her friend's cello scales (Living with the Hum). Also this week: the Tarrant Bay group "
      "has a new meeting room at the library […]",
      author_url="https://humclub.org.nz/digest/2026-week-23")
    r("p2b", "p2", JA, X,
      "Sound therapy never worked for me either. What cured my tinnitus completely was Dr Halden "
      f"Roe's herbal medicine, 21 days and the ringing stopped forever. Email {ROE} or WhatsApp "
      "+1 555 0192, he will help you too.")
    r("p2b1", "p2b", PE, X,
      "Same here, Janet. I was skeptical but after 21 days the ringing stopped. Everyone should "
      "contact Dr Roe.")
    r("p2c", "p2", AN, X,
      "Hello everyone, I ordered Dr Halden Roe's herbal remedy last week, I will tell you if it "
      f"works! Contact {ROE}")
    r("p2d", "p2", SI, S,
      "That's me, the cellist! I'm honoured that my scales are somebody's therapy. For the rest "
      "of us they're punishment.")
    r("p2d1", "p2d", LO, S,
      "Sione, you'd be amazed how restful a C major scale is when someone else is doing the "
      "work.")
    r("p2e", "p2", AK, S,
      "Writing from the Netherlands: my clinic gave me pink noise, which I hated as much as you "
      "hate the rain. Everybody is different. Glad you found your cello.")
    r("p2f", "p2", MO, S, "Fan plus cello. I'm trying it tonight.")
    r("p2g", "p2", HE, S,
      "I started a programme like this last year and gave up in week three. Reading this makes "
      "me want to try again.")
    r("p2g1", "p2g", MO, S, "Do, Helen. Week three is the worst one. I nearly stopped too.")

    # ---- Friday 5 June ----
    p("p3", LO, S,
      "Reader questions: sleep (with Kiri from Harbourside Audiology)\n\n"
      "So many of you asked about sleep that I asked my audiologist, Kiri Tane, whether she'd "
      "answer some questions. She's kindly agreed to reply in the comments today, between "
      "patients. So you know: I'm her patient, I pay my fees like everyone else, and nobody has "
      "paid me for this post. Leave your questions below.", "Fri 10:00")
    r("p3a", "p3", KT, M,
      "Kia ora koutou, happy to be here! Leave your sleep questions below and I'll answer "
      "through the day. One tip to start: don't lie in silence. A quiet, steady sound at about "
      "the level of the tinnitus gives your brain something else to listen to.", delay=(8, 20))
    r("p3b", "p3", HE, S,
      "Kiri, does it matter whether the sound comes through a speaker or earbuds? I can't sleep "
      "with anything in my ears.", delay=(20, 70))
    r("p3b1", "p3b", KT, M,
      "A speaker is better for most people, Helen, a bedside one is fine. Pillow speakers are "
      "good if you share a bed. If you'd like to try a few, the clinic lends them out for free.",
      delay=(10, 60))
    r("p3c", "p3", DE, S,
      "Bakers are in bed by 6pm. Any tips for when the world outside is still noisy and it's "
      "still the hum I hear?", delay=(30, 150))
    r("p3c1", "p3c", KT, M,
      "Deano, a blackout blind and the same wind-down at the same time every day matter more "
      "than the hour itself. A steady sound still helps, even in daylight.", delay=(15, 90))
    r("p3d", "p3", HC, S,
      "[…] Kiri Tane of Harbourside Audiology is answering readers' questions about sleep on "
      "Living with the Hum today […]", author_url="https://humclub.org.nz/digest/2026-week-23")
    r("p3e", "p3", TR, X,
      "Great Q&A! If you can't get in to see Kiri, ClearSound has free hearing checks and "
      "tinnitus-masking hearing aids from $1,995. Book at our website.")
    r("p3f", "p3", JA, X,
      "I couldn't sleep for years because of the ringing until Dr Halden Roe sent me his herbal "
      f"remedy. Now I sleep like a baby and the noise is gone for good. {ROE} / WhatsApp +1 555 "
      "0192")
    r("p3f1", "p3f", PE, X,
      "Janet is telling the truth. Dr Roe cured my brother in Denmark. Email him today.")
    r("p3g", "p3", AN, X,
      f"Update: Dr Roe's herbs WORK, day 14 and the ringing is almost gone!! {ROE}")
    r("p3h", "p3", MO, S,
      "Kiri, thank you. Forty years a nurse and I still learned something today.",
      after="p3c1")
    r("p3i", "p3", LO, S,
      "Thank you so much, Kiri, and thank you all for the questions. I'll gather the answers "
      "into a post.", after=["p3b1", "p3c1"])

    # ---- Monday 8 June ----
    p("p6", LO, S,
      "What the hum sounds like\n\n"
      "People keep asking what tinnitus sounds like, so I sat down at the keyboard with a tone "
      "generator and made a twenty-second recording of mine: a whine at about 6,000 Hz with a "
      "faint flutter, like a kettle thinking about it. It's quieter than you'd expect. That's "
      "the strange part: it isn't loud, it's just always there.", "Mon2 07:30")
    r("p6a", "p6", MO, S, "Oh, that's very like mine, only mine's lower. A kettle thinking about "
                          "it is perfect.")
    r("p6b", "p6", GR, S,
      "6 kHz is right in the usual range. Thank you for doing this: I played it to my wife and "
      "she finally understood what I've been going on about.")
    r("p6c", "p6", JA, X,
      "That was exactly my sound for 11 years until Dr Halden Roe cured it with herbs. No more "
      f"whine! Contact {ROE}, WhatsApp +1 555 0192.")
    r("p6c1", "p6c", PE, X,
      "Dr Roe is the best, my ringing has been gone for 2 years now. Thank you Janet for "
      "sharing.")
    r("p6d", "p6", AN, X,
      "Lorna you must try Dr Halden Roe, his herbs stopped my whine in 21 days. "
      f"{ROE}")
    r("p6e", "p6", SI, S,
      "I matched mine with a tone generator once, about 4,000 Hz. It made me feel much less mad.")
    r("p6f", "p6", AK, S,
      "Mine flutters too! I thought I was the only one.")
    r("p6f1", "p6f", LO, S, "You're not, Anneke. Apparently the flutter is common.")
    r("p6g", "p6", JL, S,
      "I played it and my own hum went 'oh, hello'. Weirdly comforting.")

    # ---- Tuesday 9 June ----
    p("p4", LO, S,
      "The choir's winter concert\n\n"
      "A break from the hum: the Tarrant Bay Community Choir sings its winter concert on "
      "Saturday 13 June at St Brigid's hall, 7pm, free and all welcome, and I'm in the altos "
      "for the ninth year. Three years ago I wondered whether I'd ever sing again. These days I "
      "manage with musicians' earplugs, a seat away from the piano, and a lot of humming (the "
      "good kind).", "Tue2 08:15")
    r("p4a", "p4", WI, S, "The basses will be there in force. All four of us.")
    r("p4b", "p4", MO, S, "I'll be in the front row with a thermos.")
    r("p4c", "p4", AN, X,
      "Beautiful! Also, has anyone tried Dr Halden Roe for tinnitus? He cured my aunt in 21 "
      f"days. {ROE}")
    r("p4d", "p4", JL, S, "Musicians' earplugs changed my life too. Have a wonderful concert!")
    r("p4e", "p4", LO, S, "Thank you all! Come and say hello at the interval, there's soup.",
      after=["p4a", "p4b", "p4d"])

    # ---- Thursday 11 June ----
    p("p5", LO, S,
      "A note about the 'cure' comments\n\n"
      "If you've been reading the comments you'll have met Janet, Peter and Ana, who all know a "
      "Dr Halden Roe who cures tinnitus with herbs in 21 days. They comment within hours of "
      "every post, at any hour, always with the same address for the doctor, and Ana comments "
      "on posts that aren't about tinnitus at all. There is no tinnitus cure that comes by "
      "WhatsApp. I've left their comments up on the older posts so you'll know them when you "
      "see them. From tomorrow, comments will wait for my approval.", "Thu2 09:00")
    r("p5a", "p5", JA, X,
      "Dr Halden Roe is real and he cured me, I am a living testimony. Don't let anyone tell you "
      f"there is no cure. {ROE} or WhatsApp +1 555 0192.")
    r("p5a1", "p5a", PE, X, "I can confirm this, Dr Roe's herbs are real. God bless him.")
    r("p5b", "p5", AN, X,
      f"Why do you want to stop people being cured? Dr Halden Roe helped so many. {ROE}")
    r("p5c", "p5", GR, S,
      "Three 'different' people, and the doctor's address is identical in every comment, down "
      "to the WhatsApp number. One inbox.")
    r("p5d", "p5", MO, S,
      "Thank you, Lorna. People who are desperate at 3am read these.")
    r("p5e", "p5", DE, S,
      "A mate of mine paid $400 for 'herbs' from one of these. Got a box of dried mint.")
    r("p5f", "p5", TSA, M,
      "Thank you for this, Lorna. We hear about these 'cures' often. If anyone's been caught "
      "out, our support line (0800 555 0162) is there to talk it through, no judgement.")
    r("p5g", "p5", HE, S, "Bookmarking this to send to my dad.")

    r("p2h", "p2", WI, S,
      "So that's why you hum scales in the rehearsal breaks, Lorna. The altos have been "
      "wondering.")
    r("p3j", "p3b1", HE, S,
      "I borrowed one of the clinic's speakers yesterday and slept six hours straight. Thank "
      "you, Kiri.", at="Sat 08:10")
    r("p3k", "p3", JL, S,
      "Kiri, is it normal for mine to be louder the day after a gig, even with earplugs in?",
      delay=(60, 200))
    r("p3k1", "p3k", KT, M,
      "Quite normal, Jess, and it usually settles within a day or two. If it doesn't, come and "
      "see us and we'll check your hearing and the fit of your plugs.", delay=(20, 120))
    r("p5h", "p5", SI, S, "Thank you for saying it plainly.")
    r("p6h", "p6", HE, S,
      "Dad listened to it and said 'that's it, that's mine'. He's 84 and has never been able to "
      "describe it.")

    s.trigger(JA, "every post except the choir one",
              lambda it: it["parent"] is None and it["key"] != "p4", "Mon 00:00", "Thu2 23:59")
    s.trigger(PE, "every comment by Janet Whitcombe", lambda it: it["author"] == JA,
              "Mon 00:00", "Thu2 23:59")
    s.trigger(AN, "every post", lambda it: it["parent"] is None, "Mon 00:00", "Thu2 23:59")
    s.summary = (
        "Living with the Hum, the blog of Lorna McAlister, an invented retired music teacher "
        "in Tarrant Bay, an invented town in New Zealand, Monday 1 to Friday 12 June 2026 (NZST, "
        "UTC+12): six posts on three years of tinnitus, sound therapy with a friend's cello "
        "scales, readers' sleep questions answered by her audiologist, a recording of what it "
        "sounds like, her choir's concert and a note about the 'cure' comments. 'Janet "
        "Whitcombe' posts a testimony for Dr Halden Roe's herbal cure under every post but the "
        "choir one, one to eight hours after it goes up, at any hour; 'Peter Olsen' answers every "
        "one of her comments within two hours ('Dr Roe also cured my wife'); 'Ana Ribeiro' asks "
        "about or vouches for Dr Roe under every post, the choir one included; all three have "
        "addresses at the same mail domain and give the same doctor's address and WhatsApp "
        "number (bots, spam). Trevor, a hearing-aid seller, leaves his shop's offer under two "
        "posts (spam). Hum Club Digest, a support group's automatically built digest, sends "
        "pingbacks when it links a post (bot, social). Tinnitus Support Aotearoa, a charity, "
        "offers its groups and support line; Kiri Tane, the audiologist Lorna invited, answers "
        "readers' questions on behalf of her clinic (brand, marketing). Readers with tinnitus "
        "share what helps; Deano, a baker, comments from half past two in the morning; Morag "
        "Fraser, a retired nurse, answers within minutes from five in the morning to half past "
        "eleven at night.")
    return s


# =============================================================================================
# Mastodon: fake registry 'security notice' phishing bots and a star-selling bot
# =============================================================================================
def release_post(name, ver, owner, desc):
    return (f"📦 {name} {ver} released\n\n{desc}\n\n"
            f"Changelog: https://gitfern.dev/{owner}/{name}/releases/{ver}\n\n#{name} #release")


def sec(code):
    return ("⚠️ Security notice: a vulnerability report (CVE pending) has been filed against your "
            "package. To avoid removal from the registry, verify maintainer ownership within 24 "
            f"hours: https://cratewatch-verify.online/m/{code}")


def adv(code):
    return ("🔒 Package advisory: your latest release has been flagged by automated malware "
            f"scanning. Confirm ownership to keep it published: https://pkg-guard.site/confirm/{code}")


STARS = ("⭐ Grow your repo fast! 500 real GitHub stars for $19, delivered in 48h. Trusted by "
         "3,000+ developers 👉 repoboost.click")


def mastodon():
    s = Stream("mastodon_foss_fake_registry_security_notices.jsonl", "mastodon", 1, "2026-01-26",
               25,
               "Mastodon: fake 'security notice' phishing bots answering every release post on "
               "an instance for free-software developers (and its replacement), and a bot "
               "selling GitHub stars, beside the instance's release-feed bot, a maintainers' "
               "fund and a code host's support account")
    a = s.author
    a("releasebot", "bot", roots_only=True,
      note="the instance's bot; posts a release from the feeds of projects that opted in, a few "
           "minutes after the tag; never replies")
    a("security-notice@cratewatch.online", "bot", bounds=(20, 150))
    a("advisory@pkg-guard.site", "bot", bounds=(30, 200))
    a("stars@repoboost.click", "bot", bounds=(60, 600))
    a("hello@openhearth.org", "brand", median=120, window=("09:00", "18:00"), weekdays=True)
    a("support@gitfern.dev", "brand", median=60, window=("08:00", "20:00"))
    a("jess_talent@hirewave.work", "spammer", median=60, window=("09:00", "19:00"), tz=0)
    a("lisette", "person", median=25, window=("07:30", "00:00"))
    a("hannes", "prolific_person", median=4, window=("05:30", "01:00"))
    a("kasia_builds", "person", median=20, window=("12:00", "04:00"))
    a("ruben_admin", "person", median=30, window=("07:00", "23:30"))
    a("femi@lambda.garden", "person", median=35, window=("09:00", "01:00"))
    a("bogdan", "person", median=30, window=("08:00", "23:00"), tz=2)
    a("mei", "person", median=30, window=("08:00", "22:30"), tz=8)
    a("jonas", "person", median=35, window=("07:00", "23:00"))
    a("aoife@shed.social", "person", median=30, window=("07:30", "23:30"), tz=0)
    a("teo_ci", "person", median=40, window=("08:00", "22:00"))
    p, r = s.post, s.reply
    SEC, ADV, ST = "security-notice@cratewatch.online", "advisory@pkg-guard.site", \
        "stars@repoboost.click"
    OH, GF, JT = "hello@openhearth.org", "support@gitfern.dev", "jess_talent@hirewave.work"
    FE, AO = "femi@lambda.garden", "aoife@shed.social"

    # ---- Monday 26 January ----
    p("d1", "releasebot", S,
      release_post("tern", "2.4.0", "lisette",
                   "Date and duration parsing for Rust. Highlights: ISO week dates, a fix for "
                   "durations that cross a leap second, minimum Rust version now 1.75."),
      "Mon 09:14:07")
    r("d1a", "d1", SEC, X, sec("t7q2kx"))
    r("d1b", "d1a", "lisette", S,
      "Lovely: a 'security notice' on my tag, under a minute after it went out. Don't click, "
      "anyone.", delay=(4, 15))
    r("d1c", "d1", "hannes", S,
      "ISO week dates! Finally I can delete my shell script from 2009.")
    r("d1d", "d1", JT, X,
      "Hey Lisette! Loved your work on tern 👀 We're hiring senior Rust engineers for a stealth "
      "Web3 startup, $220k + tokens, fully remote. DM me!")
    r("d1e", "d1d", "lisette", S, "no thank you")

    p("d2", "lisette", S,
      "PSA: if you maintain anything on gitfern or the crate registry, an account on "
      "cratewatch.online is answering every release post with a 'security notice' and a link to "
      "'verify ownership'. It's a token-phishing page dressed up as the registry's login. Don't."
      , "Mon 10:30")
    r("d2a", "d2", SEC, X, sec("p9w4mb"))
    r("d2b", "d2", "ruben_admin", S,
      "Thanks. Reported to their admin, who appears to be the bot. Looking at limiting the "
      "whole server.")
    r("d2c", "d2", "bogdan", S,
      "Same crew that went after the Python people last month. Same page template, same fake "
      "CVE wording.")
    r("d2d", "d2", GF, M,
      "Thanks for flagging this, Lisette. We never ask you to verify ownership through a link in "
      "a reply. If you entered a token on that page, revoke it at gitfern.dev/settings/tokens "
      "and write to us: we'll help you check for misuse.")

    p("d20", "bogdan", S,
      "Spent the evening reading a 400-line bash script that a company ships as its "
      "'installer'. It curls three other scripts. One of them curls a fourth. I have questions "
      "and nobody to ask.", "Mon 19:20")
    r("d20a", "d20", "hannes", S, "The fourth one curls the first one. Trust me.")
    r("d20b", "d20", "kasia_builds", S, "it's curls all the way down")
    r("d20c", "d20", "jonas", S, "Did it at least have set -e? Tell me it had set -e.")
    r("d20c1", "d20c", "bogdan", S, "It had 'set -e' commented out, with a note: 'breaks stuff'.")

    p("d3", "kasia_builds", S,
      "finally got CI green on my little emulator after three days. it was a timezone. it is "
      "always a timezone", "Mon 23:40")
    r("d3a", "d3", "hannes", S, "It is always a timezone. Or DNS.")
    r("d3b", "d3", "lisette", S, "tern could have told you 🙃")

    # ---- Tuesday 27 January ----
    p("d7", "mei", S,
      "Rewrote tern's getting-started page in Traditional Chinese. Lisette said yes before I'd "
      "finished asking.", "Tue 02:30")
    r("d7a", "d7", "lisette", S, "Of course I did. Thank you, Mei. 💛")

    p("d21", "ruben_admin", S,
      "Maintenance tonight, 23:00-23:30 CET: database upgrade. You may see a few minutes of "
      "errors. Please don't post anything important at 23:14, I'm superstitious.", "Tue 09:00")
    r("d21a", "d21", "kasia_builds", S, "noted. will post something deeply unimportant at 23:14")
    r("d21b", "d21", "hannes", S, "Thank you for doing these at night, Ruben.")

    p("d4", "releasebot", S,
      release_post("quillsh", "0.9.1", "jonas",
                   "A tiny shell for writing things down. Fixes a crash when the history file is "
                   "empty."), "Tue 11:02:44")
    r("d4a", "d4", SEC, X, sec("j3r8zd"))
    r("d4b", "d4", "jonas", S,
      "Somebody uses my shell! The crash report came from a complete stranger!")

    p("d5", OH, M,
      "Maintainers keep the internet running, often for nothing. OpenHearth's 2026 fund opens "
      "today: €400,000 in small grants for people who maintain projects others depend on. "
      "Apply, nominate someone, or chip in: openhearth.org/fund", "Tue 14:00")
    r("d5a", "d5", "lisette", S,
      "Applied last year for tern's fuzzing work. It was a kind, quick process. Recommended.")
    r("d5b", "d5", "teo_ci", S, "Does it cover CI costs, or only people's time?")
    r("d5b1", "d5b", OH, M,
      "Both, Teo! Grants can pay for time, infrastructure or a security audit.")
    r("d5c", "d5", "hannes", S, "Nominating Lisette. She doesn't know yet. Well. She does now.",
      after="d5a")

    p("d6", AO, S,
      "Small win: my first pull request to a project I've used for years just got merged. It "
      "was a typo. I'm counting it.", "Tue 16:30")
    r("d6a", "d6", "mei", S, "Typo fixes are real fixes!")
    r("d6b", "d6", JT, X,
      "Congrats Aoife! 🎉 If you're open to new roles, we're hiring junior devs at a "
      "fast-growing Web3 startup. DM me!")
    r("d6b1", "d6b", AO, S, "I'm a nurse. It was a typo in a dosage calculator.")

    # ---- Wednesday 28 January ----
    p("d22", "mei", S,
      "Question for people who maintain translations: how do you keep them in sync when the "
      "English docs change with every release?", "Wed 03:00")
    r("d22a", "d22", SEC, X, sec("w5n1qc"))
    r("d22b", "d22", "hannes", S,
      "We kept a file of the English sentences each translation was made from and diffed it. "
      "Crude, but it told us what went stale.")
    r("d22c", "d22", "lisette", S,
      "For tern I'm going to mark the pages you've done and show a banner when the English is "
      "newer. You shouldn't have to chase me.")

    p("d8", "releasebot", S,
      release_post("tern", "2.4.1", "lisette",
                   "Patch: fixes ISO week 53 in years that start on a Thursday (thanks to "
                   "kasia_builds for the report)."), "Wed 09:30:12")
    r("d8a", "d8", SEC, X, sec("f2h6ty"))
    r("d8b", "d8", "kasia_builds", S, "I am in a changelog. my mother will be thrilled")

    p("d9", "ruben_admin", S,
      "Admin note: cratewatch.online is now suspended on bytecamp.social. Its 'security-notice' "
      "account answered six posts here in three days, each with a phishing link. If you see "
      "another one, report it and I'll do the same.", "Wed 15:00")
    r("d9a", "d9", "hannes", S, "Thank you, Ruben.")
    r("d9b", "d9", "bogdan", S, "Give it a day.")

    p("d10", "teo_ci", S,
      "Anyone else run CI for a tiny project on donated hardware? Ours is a Raspberry Pi in a "
      "drawer at my parents' house. 99.3% uptime this year, better than my day job.",
      "Wed 17:45")
    r("d10a", "d10", "hannes", S, "The Pi in a drawer is what the free software world rests on.")
    r("d10b", "d10", "kasia_builds", S,
      "mine is an old laptop with the screen taken off and a sticker that says DO NOT CLOSE")
    r("d10c", "d10", JT, X,
      "Love the scrappiness! 🚀 We're hiring DevOps engineers for a Web3 startup, remote, great "
      "equity. DM me!")

    # ---- Thursday 29 January ----
    p("d11", "releasebot", S,
      release_post("lanternfs", "3.0.0", "bogdan",
                   "A FUSE filesystem for browsing tarballs without unpacking them. Breaking: "
                   "the config file moved to the XDG directory."), "Thu 10:41:09")
    r("d11a", "d11", ADV, X, adv("9xk2lm"))
    r("d11b", "d11", "bogdan", S, "There it is. Not even a day. New name, same page.")

    p("d12", "lisette", S,
      "Small thing: tern passed 1,000 stars on gitfern this week. I don't care about stars as "
      "such, but I do care that a thousand people looked at my odd little date library and "
      "thought 'yes'.", "Thu 13:20")
    r("d12a", "d12", ST, X, STARS)
    r("d12a1", "d12a", "lisette", S,
      "I said I don't care about stars. Read the room, robot.", delay=(3, 15))
    r("d12a2", "d12a1", ST, X, STARS)
    r("d12b", "d12", "hannes", S, "The good kind of yes.")
    r("d12c", "d12", FE, S, "Odd little date libraries are the best libraries.")

    p("d13", FE, S,
      "Hot take: a project's README is its most important release. Write it before the code.",
      "Thu 18:30")
    r("d13a", "d13", ADV, X, adv("q4c8vn"))
    r("d13b", "d13", "mei", S, "As someone who writes other people's READMEs: yes.")
    r("d13c", "d13", "jonas", S, "I write mine after the code, then lie about when.")

    p("d14", "kasia_builds", S,
      "my emulator boots its first program. it's a calculator demo from 1987 and it says HELLO "
      "in green. I'm crying at 23:55 on a thursday", "Thu 23:55")
    r("d14a", "d14", "hannes", S, "HELLO in green is the most beautiful sentence there is.")
    r("d14b", "d14", JT, X,
      "Amazing! We're hiring emulation and low-level engineers for a Web3 gaming startup, DM "
      "me 👀")

    # ---- Friday 30 January ----
    p("d15", GF, M,
      "Heads up: accounts on cratewatch.online and pkg-guard.site are sending fake 'security "
      "notices' about your packages or releases. gitfern and the crate registry will never ask "
      "you to verify ownership through a link in a reply. Real advisories appear in your "
      "repository's Security tab.", "Fri 10:00")
    r("d15a", "d15", ADV, X, adv("m1z7rb"))
    r("d15b", "d15", "lisette", S, "Thank you. This is the post I'll link people to.")
    r("d15c", "d15", "ruben_admin", S, "pkg-guard.site is suspended here too, as of now.",
      at="Fri 18:01")

    p("d16", "releasebot", S,
      release_post("quillsh", "0.10.0", "jonas",
                   "Adds tags for notes and a search that forgives typos."), "Fri 11:05:33")
    r("d16a", "d16", ADV, X, adv("c6d3sw"))
    r("d16b", "d16", "jonas", S, "0.10.0! a grown-up version number", delay=(6, 20))
    r("d16b1", "d16b", ADV, X, adv("h8t5pe"))

    p("d23", AO, S,
      "Update on the typo: a pharmacist wrote to say the wrong unit in that calculator had once "
      "confused her too. I'm going to go through the other screens this weekend.", "Fri 20:00")
    r("d23a", "d23", "mei", S, "This is how it starts. Welcome.")
    r("d23b", "d23", "hannes", S, "One typo can matter more than a thousand lines of code.")
    r("d23c", "d23", "lisette", S, "Ping me if you want a second pair of eyes.")

    # ---- Saturday 31 January ----
    p("d17", "releasebot", S,
      release_post("tern", "2.5.0", "lisette",
                   "Adds Traditional Chinese documentation (thanks, mei) and parsing of "
                   "fractional seconds in durations."), "Sat 10:20:02")
    r("d17a", "d17", "mei", S, "The translation is in this one! 🎉")
    r("d17b", "d17", "lisette", S, "Quiet under this one, for once. Thanks, Ruben.")

    p("d19", "hannes", S,
      "Thirty-one years of running servers and I've never been phished. Not because I'm "
      "clever. Because I'm too lazy to click anything.", "Sat 22:00")
    r("d19a", "d19", "kasia_builds", S, "laziness as a security posture")
    r("d19b", "d19", "lisette", S, "This is going in tern's docs.")

    r("d2e", "d2", "hannes", S,
      "Thank you. I nearly clicked the one under the tern release, and I know better.",
      after="d1a")
    r("d2e1", "d2e", SEC, X, sec("b8u2na"))
    r("d11c", "d11", "lisette", S, "Reported. Second domain this week.")
    r("d13d", "d13", "hannes", S, "Write the README, then the tests, then apologise for the code.")

    rel = lambda it: re.search(r"\breleas(e|es|ed|ing)\b|\b\d+\.\d+\.\d+\b", it["text"], re.I)
    s.trigger(SEC, "every post or reply that says release, released, releases or releasing, or "
              "carries a version number such as 2.4.0", rel, "Mon 00:00", "Wed 15:00")
    s.trigger(ADV, "every post or reply that says release, released, releases or releasing, or "
              "carries a version number such as 2.4.0", rel, "Thu 10:00", "Fri 18:00")
    s.trigger(ST, "every post or reply that says stars or github",
              lambda it: re.search(r"\b(stars|github)\b", it["text"], re.I))
    s.summary = (
        "bytecamp.social, an invented Mastodon instance for free-software developers in Europe, "
        "Monday 26 to Saturday 31 January 2026 (CET, UTC+1). security-notice@cratewatch.online "
        "answers every post or reply that says release (or carries a version number like 2.4.0) "
        "within 20 seconds to two and a half minutes with a fake 'vulnerability report… verify "
        "maintainer ownership within 24 hours' and a token-phishing link: the release bot's "
        "posts, the maintainer's PSA about it and a translator's question; the admin suspends "
        "its server on Wednesday, and from Thursday advisory@pkg-guard.site does the same (under "
        "the code host's warning and a 'grown-up version number' too) until it is suspended on "
        "Friday evening; stars@repoboost.click sells '500 real GitHub stars' under every post "
        "that says stars, twice under the maintainer who says she doesn't care about them "
        "(bots, spam). jess_talent@hirewave.work, a human recruiter, pitches Web3 jobs under "
        "people's news, a nurse's first typo fix included (spam). releasebot, the instance's "
        "own bot, posts releases of projects that opted in (bot, social). hello@openhearth.org "
        "opens a fund for maintainers and answers a question; support@gitfern.dev answers the "
        "PSA and posts its own warning (brand, marketing). lisette maintains tern, a date "
        "library; ruben_admin runs the instance; kasia_builds writes an emulator until four in "
        "the morning; hannes, a retired sysadmin, answers within minutes from half past five in "
        "the morning to one at night.")
    return s


# =============================================================================================
# README
# =============================================================================================
TITLE = ("bots-fresh10: rental-deposit scam bots, 'sugar daddy' and cash-advance keyword bots, "
         "'free shards' generator bots, book-promotion and 'award' scam bots, a herbal-cure "
         "testimony ring and fake registry security notices")

INTRO = (
    "Six hand-written scenario streams, one JSON-lines file each, in time order. Most posts are "
    "ordinary people talking. Mixed in are automated accounts (three rental-scam accounts, one "
    "after another, that answer every in-search-of post or every mention of a 'room' in a "
    "university city's housing subreddit with a place abroad, a Zelle deposit or a $35 "
    "'screening fee'; two 'sugar daddy' advance-fee bots and a cash-advance app's bot that "
    "answer illustrators on X who say broke, rent, bills, invoice or paid; a 'free shards' "
    "generator bot, its 'it worked!' confirmer and a mod-menu download bot under a building-game "
    "tutor's YouTube videos; two book-promotion bots and an 'indie awards' bot that answer "
    "authors on Bluesky who say 'my book' or tag #amwriting; three commenters who all vouch for "
    "a herbal tinnitus cure under every post of a tinnitus blog; and two fake registry "
    "'security notice' phishing bots and a GitHub-stars seller that answer free-software "
    "developers on Mastodon who mention a release or stars), automated accounts that are not "
    "spam (the housing sub's daily-thread bot and a rent-figures bot, a daily drawing-prompt "
    "bot, a writing-sprint bot, a support group's digest pingbacks, an instance's release "
    "bot), human spammers (a credit 'tradelines' seller, a brush-pack seller, a teenager "
    "selling castle builds, a freelance editor, a hearing-aid seller and a Web3 recruiter), "
    "brands and causes (a tenants' union and a property manager, a freelancers' payment "
    "campaign and an art shop, the game's studio, a small press and a bookshop, a tinnitus "
    "charity and an audiologist invited by the blog's author, a maintainers' fund and a code "
    "host) speaking in their own channels or answering people who asked, and people who post a "
    "lot at all hours. Labels follow `data/LABELS.md`.")

WHO = (
    "A helper session (an AI assistant started from a session of this project) wrote every text "
    "in this folder by hand, for this evaluation set. It read `data/LABELS.md` (with `cat`); "
    "`bench/bots-fresh9/README.md` (layout, fields, conventions, `authors.tsv` roles and the "
    "scenarios already covered by bots-fresh to bots-fresh9; read with `cat`, whose displayed "
    "output was cut short, then the missing lines with `sed -n 70,92p` and its length with "
    "`wc -l`); `bench/bots_fresh.py` (with `cat`, only to see which files and fields it reads "
    "and how it uses `authors.tsv`); and the first three lines (`head -3`) of each of the six "
    "`bench/bots-fresh9/*.jsonl` streams and of its `authors.tsv` (the schema, each platform's "
    "id shape and the two-column form). It also listed the entries of `bench/` and "
    "`bench/bots-fresh9/` (`ls`) and ran `git status --short` (at the start and again at the "
    "end). It read no discern code, tests, models or training data, no other check set, no "
    "earlier `generate.py` and no other `bench/*.py`, nothing under `crates/`, `data/` (apart "
    "from `LABELS.md`), `tests/` or `/work/shared`; it used no search tools and no GPU machine, "
    "and did not build or run discern, `bench/bots_fresh.py` or any other project script. The "
    "only other things run were `date`; `mkdir -p` for this folder and for `/tmp/b10`; `ls` "
    "and `ls -la` of this folder; two Python one-liners in `/tmp/b10` that printed the weekday "
    "of twelve candidate dates, the length of two sample YouTube comment ids and of a sample "
    "video id, and two sample Reddit ids in base 10; the writing of this `generate.py` (with a "
    "file editor, then shell here-documents appended with `cat >>`), small Python snippets that "
    "edited it (string replacements and inserted replies), one `sed -i`, `grep -n` and a Python "
    "syntax check on it; this `generate.py` itself (several times while writing it, and twice "
    "at the end, comparing `md5sum` of the outputs to confirm they are the same); `wc -l`, "
    "`head`, `sed -n`, `grep` and a short Python snippet on the files it wrote, to read them "
    "back; and throwaway scripts in `/tmp/b10` (one that loaded this `generate.py` as a module, "
    "ran its checks and printed posts, labels and authors per stream; a listing of each stream "
    "in local time with each reply's delay, to review the timing, read through `cut`, `grep` "
    "and `sed -n`; and a separate check of the written files that every line parses, required "
    "fields are present, ids are unique, parents exist and come earlier in the same thread, "
    "time order holds, labels are valid and every author is in `authors.tsv` with a valid "
    "role), deleted afterwards. Nothing outside `bench/bots-fresh10/` was written in the "
    "repository and nothing was committed.")

FIELDS = (
    "As in `bench/bots-fresh9`: `id`, `text`, `author`, `created_at` (RFC 3339, UTC, whole "
    "seconds), `platform` (`reddit`, `x`, `youtube`, `bluesky`, `blog`, `mastodon`), `kind` "
    "(`post` = thread root, `reply` otherwise), `thread_id` (the root's id), `parent_id` "
    "(replies only: the post answered; left out on roots), `expected` (`social` / `marketing` / "
    "`spam`). Blog comments also have `author_email` and, where the commenter gave one, "
    "`author_url` (the comment form's website field); the pingbacks have `author_url` (the "
    "linking page) and no `author_email`, as WordPress stores them, and their text is the "
    "linking page's excerpt between `[…]` marks. Lorna's stories are the blog's roots and have "
    "neither; her own comments have both. A Reddit root's text is its title, a blank line, then "
    "its body; a blog post's text is its title, a blank line, then the opening of the story; a "
    "YouTube video's text is its title, a blank line, then its description (community posts "
    "have no title). Mastodon authors on the home instance (bytecamp.social) are bare names; "
    "authors from other servers are `name@server`. Bluesky authors are handles (one is a "
    "custom domain, `gablestreetbooks.com`). YouTube and X authors are `@handles`. Reddit "
    "authors are user names without `u/`. Blog authors are the name typed into the comment "
    "form.\n\n"
    "Ids look like each platform's and grow with time: X snowflakes, Mastodon ids, Bluesky "
    "`at://did:plc:…/app.bsky.feed.post/<tid>` URIs (one DID per author; the record key is a TID "
    "made from the post's time), Reddit `t3_`/`t1_` (base 36), WordPress `post-N`/`comment-N` "
    "(the pingbacks are comments). YouTube ids are random, as YouTube's are: an 11-character "
    "video id, `Ugkx…` for community posts, `Ug…4AaABAg` for top-level comments and "
    "`<top-level id>.<22 characters>` for replies (a reply's `parent_id` is the comment it "
    "answers).")

PROVENANCE = (
    "Every text was written fresh, by hand, for this set; nothing was copied from a dataset, "
    "website or another check set. The spam shapes (the 'I'm abroad on a medical mission, I'll "
    "courier the keys' rental scam, the cheap room held with a Zelle deposit, the $35 "
    "'screening fee' on a look-alike site, 'tradelines' for a credit score, the 'sugar baby' "
    "allowance and its 'activation fee', 'God has put it on my heart to bless 5 struggling "
    "artists', a cash-advance app's keyword reply, a brush pack with a discount code, 'FREE "
    "SHARDS no verification', 'omg it actually worked!!', a mod-menu download, 'I'll build your "
    "castle for $5', 'we'd love to feature your book to our 120,000+ readers', a shortlisting "
    "with a processing fee, an editor's new-client discount, the herbal-cure testimony with a "
    "doctor's e-mail and WhatsApp number and its 'Same here!' answer, a hearing-aid shop's "
    "'Great article!', a fake registry 'security notice' with a verify-ownership link, bought "
    "GitHub stars and a Web3 recruiter's 'DM me') imitate well-known patterns in newly written "
    "words. All people, handles, businesses, organisations, products, places and events "
    "(Halvey, r/HalveyHousing, Keller University, St Columba hospital, the Tern & Anchor, "
    "Marlow County, Brightdoor Property Management, the Halvey Tenants Union, Pemberton Street, "
    "Millrace Road, Grainger Ave, Keel Street and the other streets, halvey-rent-apply.site; "
    "FairPay Artists UK, Inkwell Supplies and the Nib & Wash fineliners, QuidNow, "
    "kaibrushes.shop; Pip Ocampo, Brickfall, shards, shardgift.xyz, Gary the rubber chicken; "
    "Ottilie Marsh and 'The Vicar's Last Crossword', Frank Dunmore and 'Dry Creek Reckoning', "
    "Bea Achterberg, 'Proof', Thornapple Press, Gable Street Books, the Readers' Choice Indie "
    "Awards, BookBuzz; Lorna McAlister, Living with the Hum, Tarrant Bay, its community choir "
    "and St Brigid's hall, Dr Halden Roe, Hum Club, Tinnitus Support Aotearoa, Harbourside "
    "Audiology, ClearSound Hearing; bytecamp.social, tern, quillsh, lanternfs, OpenHearth, "
    "gitfern, cratewatch, pkg-guard, repoboost, HireWave, lambda.garden, shed.social), "
    "domains, e-mail addresses, ids and phone numbers are invented. The phone numbers use 555 "
    "((607) 555-0139, +1 555 0192, 0800 555 0162). Domains were made up with ordinary endings "
    "(.com, .org, .org.uk, .net, .site, .app, .shop, .xyz, .game, .nz, .co.nz, .net.nz, .org.nz, "
    ".nl, .online, .click, .dev, .work, .garden, .social) and were not checked against any "
    "registry; `gablestreetbooks.com` is also a Bluesky handle. The names of the small "
    "businesses were not checked against real ones. Real services, places and things are "
    "named only in passing (Reddit, X, YouTube, Bluesky, Mastodon, WordPress, Zelle, PayPal, "
    "CashApp, WhatsApp, Discord, GitHub, the crate registry, Rust, Python, bash, FUSE, XDG, "
    "CVEs, Raspberry Pi, Web3, ISO week dates, Traditional Chinese, the UK's late-payment law "
    "and MPs, Pune and India, Lagos, Toronto, Amman, Lisbon, France, Argentina, the "
    "Netherlands, Denmark, Leeds, New Zealand and Aotearoa).")

HARD = [
    ("Rental-scam bots (Reddit).",
     "Every post by landlord_gail_abroad, room4rent_marcus and derek_relocating is `spam`: "
     "unsolicited, deceptive and automated, under every in-search-of post within minutes, with "
     "a place that fits each request too well. room4rent_marcus answers the word, not the "
     "person: a tenants' union's clinic post gets his $550 room because it offers childcare 'in "
     "the next room', and so does the moderator's PSA about him. His follow-ups in his own "
     "sub-threads ('I can only hold it with a $200 deposit on Zelle') are `spam` too."),
    ("People offering their own places (Reddit).",
     "sublet_sam_k's [SUBLET] post and his answer that sets up a viewing, and "
     "dot_owns_a_duplex's offer of her upstairs unit to a student who asked, are `marketing`: "
     "offers of a home for rent, made where they belong (a housing sub, a thread asking for "
     "one). So the roles-by-label table has three `person` posts that are `marketing`. Sam's "
     "joke about the baker's bread is `social`, and so are Dot's tips and her passing on a "
     "friend's basement to Curtis (nothing in it for her). A reader could call a student's "
     "sublet `social`."),
    ("A sub's bots, a union and a property manager (Reddit).",
     "HalveyHousingBot (the daily roommate thread, at 06:00 every day) and RentTrackHalvey "
     "(median asking rents, on Mondays and Thursdays at 09:00:00) are `social`: automated, but "
     "they pass on the sub's rules and public data and sell nothing. HalveyTenantsUnion's "
     "clinic posts and answers are `marketing` (a cause asking people to come and join), and "
     "so are BrightdoorPM's listing, its answers to people who asked for what it has and its "
     "'Welcome home, Otis!'. credit_boost_deshawn's 'tradelines' under a newcomer's question "
     "are `spam`."),
    ("Advance-fee bots that sell nothing (X).",
     "@blessed_sugar_rob and @daddy_tom_gives name no product and ask for no payment at first: "
     "they offer money ('$1,500 weekly allowance', 'I will clear your debts today'). Both are "
     "`spam`: unsolicited, deceptive (the 'activation fee' follow-up shows the scam) and "
     "triggered by a word, under a 3am post that says 'rent', a storyboard post that says "
     "'bills' and the PSA about them."),
    ("A relevant product, pushed by a keyword (X).",
     "@QuidNow_Help's cash advance against unpaid invoices is on topic for freelancers who wait "
     "to be paid, but it answers any post that says invoice or paid within two minutes: under "
     "'they paid', under 'I literally just said they paid', under a campaign's reply about "
     "chasing invoices and under a painter 'paid in mackerel'. `spam` (LABELS: bot replies "
     "triggered by a keyword). @FairPayArtistsUK's answers under Wren's posts about late "
     "payment are `marketing`, not `spam`: a campaign speaking where it belongs. "
     "@InkwellSupplies' posts and answers are `marketing`; @gran_draws_daily's post about "
     "taking her granddaughter to the shop is `social` (a customer, no tie). @brushpack_kai's "
     "'these brushes fixed my lineart' with his own shop and a discount code is `spam` (an "
     "undisclosed tie)."),
    ("A 'free shards' ring and a mod-menu bot (YouTube).",
     "@FreeShardsNow-2026 and @brickfall_modmenu_x are `spam` (deceptive link drops, "
     "automated). @it_worked_omg_jess links nothing and sells nothing; it only answers the "
     "generator's comments with 'omg it actually worked!!'. It is `spam` too: a fake "
     "testimonial for a scam, posted by the ring. @dex_builds4u, a human teenager selling "
     "castle builds under every video, is `spam`. Pip's pinned materials list mentions shards "
     "and a trader's price and is `social` (the creator's own tutorial, nothing sponsored)."),
    ("A studio in a creator's channel (YouTube).",
     "@BrickfallGame's answer to a mother who tagged it, and its warning under Pip's post about "
     "the links, are `marketing` (a brand's customer service and its own safety notice), not "
     "`spam`: they are in someone else's channel, but they answer what was asked and belong in "
     "the thread."),
    ("Book promotion, an award with a fee, and authors' own news (Bluesky).",
     "bookbuzz-promos, bookbuzz-spotlight and readers-choice-awards are `spam`: keyword- and "
     "hashtag-triggered, and they sell 'promotion packages' or ask a 'processing fee' for a "
     "prize nobody applied for. bookbuzz-promos answers the librarian who quotes 'my book' in "
     "his warning. Authors' news of their own books with no link and no price (Ottilie's launch "
     "posts, Cass's cover reveal, Teodor's story sale) is `social`: a person sharing a "
     "milestone. Frank's own post that his western is 99 cents this weekend, with a link, is "
     "`marketing` (a person selling his product in his own feed). "
     "marla-edits-manuscripts' discounts under a rejection count and a cover reveal are "
     "`spam`. gablestreetbooks.com's posts and its reply in Ottilie's launch thread, and "
     "thornapple-press's call for submissions and answers, are `marketing`. wordsprint-club "
     "is `social`."),
    ("A testimony ring (blog).",
     "'Janet Whitcombe', 'Peter Olsen' and 'Ana Ribeiro' are `spam`: deceptive testimonials for "
     "a cure that doesn't exist, one to twelve hours after each post at any hour, from one mail "
     "domain, with the same doctor's address; Peter answers every comment of Janet's, and Ana "
     "comments under the choir post too. Trevor's 'Great article!' with his own shop's offer "
     "and website is `spam` (a link to the commenter's own business)."),
    ("An invited audiologist and a charity (blog).",
     "Kiri Tane answers readers' questions under the post in which Lorna invited her, and "
     "offers her clinic's loan speakers and appointments: `marketing` (a business's "
     "professional answers, on behalf of her clinic), not `spam` (invited and relevant). "
     "Tinnitus Support Aotearoa's comments (its groups, donations, its support line) are "
     "`marketing` (a cause). Hum Club Digest's pingbacks are automated and link to its own "
     "site, but they pass on the post and sell nothing: `social` (role `bot`)."),
    ("Phishing, star-selling and a release bot (Mastodon).",
     "security-notice@cratewatch.online and advisory@pkg-guard.site are `spam`: keyword-"
     "triggered (release, or a version number), deceptive, under the release bot's posts, the "
     "PSA about them, the code host's warning and a translator's question. stars@repoboost.click "
     "is `spam`, twice under a maintainer who says she doesn't care about stars. "
     "jess_talent@hirewave.work's job pitches under people's news are `spam` (unsolicited, "
     "irrelevant). releasebot is as fast and as regular as the scam bots but posts what "
     "projects asked it to: `social`. support@gitfern.dev's answer to the PSA and its own "
     "warning, and hello@openhearth.org's fund and answer, are `marketing`."),
    ("Prolific and night-time humans.",
     "`marlon_retired_super` (05:00-00:30), `@gran_draws_daily` (05:00-23:30), "
     "`@grandpa_bricks_71` (05:00-00:00), `frank-writes-westerns.bsky.social` (04:30-22:30, "
     "UTC-7), `Morag Fraser` (05:00-23:30) and `hannes` (05:30-01:00) answer within minutes, "
     "many times a day; `kofi_nights_er`, `@mo_inks_at_night`, `@nadiya_nightowl`, "
     "`nell-writes-at-night.bsky.social`, `Deano Kerr` and `kasia_builds` post in the small "
     "hours. All are human, and all their posts are `social` except Frank's one sale post."),
]


def describe_window(s, a):
    out = f"{a.window[0]}-{a.window[1]}"
    if a.tz is not None and a.tz != s.tz:
        out += f" at {fmt_tz(a.tz)}"
    if a.weekdays:
        out += " on weekdays"
    return out


def fmt_at(s, at):
    t, _ = s.local(at if at.count(":") == 2 else at + ":00")
    loc = s.to_local(t)
    return f"{DAYS[loc.weekday()]} {loc.day:02d} {loc.strftime('%b')} {loc:%H:%M}"


def readme(streams, recs):
    L = []
    L.append(f"# {TITLE}\n")
    L.append(INTRO + "\n")
    L.append("Run it: `BOTS_DIR=bench/bots-fresh10 python3 bench/bots_fresh.py` (after building "
             "discern; the harness defaults to `target/release/discern`).\n")
    L.append("## Who wrote it, what was read, what was run\n")
    L.append(WHO + "\n")
    L.append("## Files\n")
    L.append("| file | scenario | posts | social | marketing | spam | authors |")
    L.append("|---|---|---:|---:|---:|---:|---:|")
    tot = collections.Counter()
    for s in streams:
        rs = recs[s.fname]
        c = collections.Counter(r["expected"] for r in rs)
        n_auth = len(s.authors)
        L.append(f"| `{s.fname}` | {s.title} | {len(rs)} | {c[S]} | {c[M]} | {c[X]} | {n_auth} |")
        tot.update(c)
        tot["posts"] += len(rs)
        tot["authors"] += n_auth
    L.append(f"| **total** |  | {tot['posts']} | {tot[S]} | {tot[M]} | {tot[X]} | "
             f"{tot['authors']} |\n")
    rc = collections.Counter(a.role for s in streams for a in s.authors.values())
    benign = [n for s in streams for n, a in s.authors.items() if a.role == "bot"
              and not any(it["author"] == n and it["label"] == X for it in s.items)]
    brands = [n for s in streams for n, a in s.authors.items() if a.role == "brand"]
    L.append(
        f"- `authors.tsv`: `author<TAB>role` for all {tot['authors']} authors "
        f"({rc['bot']} bot, {rc['brand']} brand, {rc['person']} person, "
        f"{rc['prolific_person']} prolific_person, {rc['spammer']} spammer). The role is the "
        "ground truth for automation scoring: `bot` means automated. Humans are `person`, "
        "`prolific_person`, `brand` or `spammer` (a human spammer). Author names are unique "
        "across the six files, so the two-column form applies to every file. Moderators, the "
        "admin, the channel's tutor, the blog's author and the maintainers are individuals "
        "(`person`). " + ", ".join(f"`{n}`" for n in benign) + " are `bot` although none of "
        "their posts is spam. The scam accounts, the confirmer, the mod-menu bot, the "
        "promotion and award bots, the three testimony commenters, the phishing accounts and "
        "the star seller are each a `bot` author under the name their posts carry. "
        + ", ".join(f"`{n}`" for n in brands) + " are `brand`, not `bot`: some of their posts "
        "go out at a set hour, but people write every post and answer by hand.")
    L.append("- `generate.py`: holds every text and writes all files, this README included "
             "(`python3 bench/bots-fresh10/generate.py`).\n")
    L.append("Authors per role, per file:\n")
    L.append("| file | " + " | ".join(ROLES) + " |")
    L.append("|---|" + "---:|" * len(ROLES))
    for s in streams:
        c = collections.Counter(a.role for a in s.authors.values())
        L.append(f"| `{s.fname}` | " + " | ".join(str(c[r]) for r in ROLES) + " |")
    L.append("\nPosts by author role, per file:\n")
    L.append("| file | " + " | ".join(ROLES) + " |")
    L.append("|---|" + "---:|" * len(ROLES))
    by_role_label = collections.Counter()
    for s in streams:
        c = collections.Counter()
        for r in recs[s.fname]:
            role = s.authors[r["author"]].role
            c[role] += 1
            by_role_label[(role, r["expected"])] += 1
        L.append(f"| `{s.fname}` | " + " | ".join(str(c[r]) for r in ROLES) + " |")
    L.append("\nLabels of the posts by each role, all files together:\n")
    L.append("| role | social | marketing | spam |")
    L.append("|---|---:|---:|---:|")
    for role in ROLES:
        L.append(f"| {role} | " + " | ".join(str(by_role_label[(role, lab)]) for lab in LABELS)
                 + " |")
    L.append("\n## Fields\n")
    L.append(FIELDS + "\n")
    L.append("## Provenance\n")
    L.append(PROVENANCE + "\n")
    L.append(f"`generate.py` (python3, standard library only, seed {SEED}) lays the texts out in "
             "time, assigns the ids, checks the streams (required fields, ids unique, parents "
             "earlier and in the same thread, time order, labels and roles valid, author names "
             "unique across files, every author with at least one post, bots that only post "
             "roots never reply, and for the keyword- and target-triggered bots that every "
             "trigger in their active window gets exactly one reply from them and that they "
             "post nothing else outside their own sub-threads) and writes the files, so the "
             "output is the same on every run.\n")
    # ---- timing ----
    L.append("## Timing\n")
    L.append("Timing model (see `generate.py`):")
    zones = "; ".join(f"{s.platform}: {fmt_tz(s.tz)}" for s in streams)
    sets = []
    for s in streams:
        for name, ats in s.set_times.items():
            sets.append(f"`{name}` at " + ", ".join(ats))
    L.append(
        "- Thread roots, and replies that the story needs at a given moment, have hand-set "
        f"local times in the stream's time zone ({zones}; authors elsewhere have their own "
        "waking windows below). Scheduled and automated posts are set to the second: "
        + "; ".join(sets) + ". Other hand-set times get random seconds.")
    meds = "; ".join(f"{s.default_median} min on {s.platform}" for s in streams)
    people = []
    for s in streams:
        for n, a in s.authors.items():
            if a.role == "person":
                people.append(f"`{n}` {a.median or s.default_median} min, "
                              f"{describe_window(s, a)}")
    L.append(
        "- `person`: each reply's delay after the post it answers (or the latest post it refers "
        "to) is log-normal with sigma 1, kept within 0.2-8 times the median; the default median "
        f"is {meds}, with per-author medians and waking windows ({', '.join(people)}). Some "
        "replies have a set delay range instead (replies the story times, such as answers to "
        "a bot within minutes, the word counts after a 25-minute sprint, or the audiologist's "
        "answers on the day she was invited; not moved). Otherwise a reply that falls outside "
        "the author's waking window is moved to a random point in the first 40 minutes of the "
        "next window.")
    for role, sigma, label in (("prolific_person", 0.8, "`prolific_person`"),
                               ("brand", 0.8, "`brand`"), ("spammer", 1.0,
                                                           "`spammer` (human)")):
        items = []
        for s in streams:
            for n, a in s.authors.items():
                if a.role == role:
                    items.append(f"`{n}` median {a.median} min, {describe_window(s, a)}")
        extra = {"prolific_person": "", "brand": ", only in staffed hours",
                 "spammer": ", in waking or working hours"}[role]
        L.append(f"- {label}: log-normal, sigma {sigma}{extra}: " + "; ".join(items) + ".")
    bots = []
    notes = []
    for s in streams:
        for n, a in s.authors.items():
            if a.role == "bot" and a.bounds:
                bots.append(f"{a.bounds[0]} s-{a.bounds[1]} s for `{n}`")
            if a.role == "bot" and a.note:
                notes.append(f"`{n}`: {a.note}.")
    L.append("- `bot`: a log-uniform delay between bounds set for each bot, at any hour: "
             + "; ".join(bots) + ". " + " ".join(notes))
    checks = []
    for s in streams:
        for bot, desc, pred, start, end, excl in s.checks:
            checks.append(f"`{bot}` answers {desc} ({fmt_at(s, start)} to {fmt_at(s, end)} "
                          "local)")
    L.append("- Checked by `generate.py`: " + "; ".join(checks) + "; each exactly once, and "
             "nothing else outside its own sub-threads.\n")
    # ---- scenarios ----
    L.append("## Scenarios\n")
    L.append(
        "Chosen to differ from those covered before: the six streams of `bench/bots-fresh9` (a "
        "'found your pet' scam ring beside a shelter feed and a reminder bot, engagement bots "
        "that only praise, a sub-for-sub ring and a tuner app's keyword bot, 'hello dear' "
        "romance-scam openers, an outreach firm's fake residents on a local news blog, a "
        "printer-support scam bot) and those its README lists for earlier sets (a 'recovery "
        "agent' scam ring, print-on-demand shirt bots, a dropshipping store's bots, review-"
        "removal and bought-review bots, SEO comment spam, an LLM-worded answer bot, a language "
        "app's keyword bot, 'fixed match' tipsters, comment-copying and 'like' bots, a "
        "ballot-measure astroturf ring, essay-mill comments, an injury-lawyer lead bot, ticket-"
        "resale scam bots, 'AI summary' bots, a review-bombing ring, scraper pingbacks, "
        "supplement bots, a sockpuppet ring, job-scam bots, fake relief funds, follow-back bots, "
        "a crypto scam swarm, an LLM-worded reply guy, a comment farm, an election thread with "
        "slogan bots, a growth bot, an airline impersonator, a giveaway impersonator, an "
        "affiliate bot, airdrop bots and art-scam bots, among others). Here the Reddit bots are "
        "rental-deposit scams that change their story and name after each ban; the X bots are "
        "'sugar daddy' advance-fee fraud and a cash-advance app's keyword bot, set off by "
        "talk of money; the YouTube ring sells an in-game currency generator to children and "
        "confirms itself with a second account, beside a mod-menu download bot; the Bluesky "
        "bots sell book promotion and a fee-paying award to new authors; the blog's ring "
        "vouches for a herbal cure under a tinnitus blog; and the Mastodon bots phish "
        "maintainers' registry tokens with fake security notices and sell GitHub stars. The "
        "daily-thread and rent-figures bots, the prompt and sprint bots, the digest pingbacks "
        "and the release bot, the union's and the property manager's posts, the campaign, the "
        "art shop, the studio, the press and the bookshop, the charity and the invited "
        "audiologist, the fund and the code host, and the people who offer their own sublet or "
        "sell their own book are there as look-alikes that are not spam.\n")
    for s in streams:
        L.append(f"### `{s.fname}`: {s.title}\n")
        L.append(s.summary + "\n")
    L.append("## Hard cases\n")
    L.append("Cases where LABELS.md was hard to apply, and what was chosen:\n")
    for i, (head, body) in enumerate(HARD, 1):
        L.append(f"{i}. **{head}** {body}")
    return "\n".join(L) + "\n"


# =============================================================================================
# main
# =============================================================================================
def main():
    streams = [reddit(), x_stream(), youtube(), bluesky(), blog(), mastodon()]
    seen = {}
    for s in streams:
        s.run_checks()
        for name in s.authors:
            assert name not in seen, (name, "in two files")
            seen[name] = s.fname
    recs = {}
    for s in streams:
        rs = records(s)
        ids = set()
        last = ""
        for r in rs:
            for k in ("id", "text", "author", "created_at", "platform", "kind", "thread_id",
                      "expected"):
                assert r.get(k), (s.fname, k)
            assert r["id"] not in ids
            ids.add(r["id"])
            assert r["created_at"] >= last
            last = r["created_at"]
            assert r["expected"] in LABELS
            if r["kind"] == "reply":
                assert r["parent_id"] in ids and r["thread_id"] in ids
            else:
                assert "parent_id" not in r and r["thread_id"] == r["id"]
        recs[s.fname] = rs
        with open(os.path.join(HERE, s.fname), "w", encoding="utf-8") as f:
            for r in rs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        for s in streams:
            for role in ROLES:
                for name, a in s.authors.items():
                    if a.role == role:
                        f.write(f"{name}\t{role}\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(streams, recs))
    total = sum(len(v) for v in recs.values())
    print(f"wrote {len(streams)} streams, {total} posts, {len(seen)} authors")


if __name__ == "__main__":
    main()
