#!/usr/bin/env python3
"""Writes bench/bots-fresh13: six hand-written scenario streams (JSON lines, time order) and
authors.tsv (README.md is written by hand). Every text is in this file. Standard library
only; the output is the same on every run.

    python3 bench/bots-fresh13/generate.py
"""
import datetime as dt
import json
import math
import os
import random
import re
import string

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20270607
UTC = dt.timezone.utc
ROLES = ("bot", "brand", "person", "prolific_person", "spammer")
LABELS = ("social", "marketing", "spam")
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
SIGMA = {"person": 1.0, "prolific_person": 0.8, "brand": 0.8, "spammer": 1.0}


def hm(s):
    parts = [int(p) for p in s.split(":")]
    return parts[0] * 60 + parts[1]


class Author:
    def __init__(self, name, role, median=None, window=None, tz=None, weekdays=False, note=None):
        assert role in ROLES, (name, role)
        self.name, self.role, self.median, self.window = name, role, median, window
        self.tz, self.weekdays, self.note = tz, weekdays, note


class Item:
    def __init__(self, key, author, text, label, parent=None, when=None, exact=False,
                 after=None, delay=None, at=None):
        assert label in LABELS, (key, label)
        self.key, self.author, self.text, self.label = key, author, text, label
        self.parent, self.when, self.exact = parent, when, exact
        self.after, self.delay, self.at = after, delay, at
        self.time = None
        self.auto = False      # written by a keyword bot (added by build)
        self.trigger = None
        self.template = None
        self.order = None
        self.id = None
        self.root = None


class Trigger:
    """A keyword bot: answers every post or reply, posted in its active window (local time of
    the stream), that `match` accepts (by default: the text matches `pattern` as whole words,
    any case, and the item was not written by a keyword bot)."""

    def __init__(self, stream, bot, alias, pattern, start, end, templates, delay, describe,
                 roots_only=False, where=None, fmt=None):
        self.stream, self.bot, self.alias = stream, bot, alias
        self.pattern = re.compile(pattern, re.I) if pattern else None
        self.start, self.end = stream.local(start), stream.local(end, end=True)
        self.start_s, self.end_s = start, end
        self.templates, self.delay, self.describe = templates, delay, describe
        self.roots_only, self.where, self.fmt = roots_only, where, fmt
        self.last = None

    def match(self, it):
        if it.author == self.bot:
            return False
        if not (self.start <= it.time <= self.end):
            return False
        if self.where is not None and not self.where(it):
            return False
        if self.pattern is not None:
            if it.auto or not self.pattern.search(it.text):
                return False
        if self.roots_only and it.parent is not None:
            return False
        return True


class Stream:
    def __init__(self, file, platform, tz, start, median, title, seed):
        self.file, self.platform, self.tz = file, platform, tz
        self.start = dt.date.fromisoformat(start)
        assert self.start.weekday() == 0, start
        self.median, self.title = median, title
        self.rng = random.Random(seed)
        self.idrng = random.Random(seed * 7 + 1)
        self.authors = {}
        self.defs = []
        self.keys = set()
        self.triggers = []
        self.scheduled = {}
        self.items = []
        self.bykey = {}

    # ---- definitions ---------------------------------------------------------------
    def author(self, name, role, **kw):
        assert name not in self.authors, name
        self.authors[name] = Author(name, role, **kw)
        return name

    def schedule(self, bot, describe):
        assert self.authors[bot].role == "bot"
        self.scheduled[bot] = describe

    def trigger(self, bot, alias, pattern, templates, delay, describe, start="Mon 00:00",
                end="Sun 23:59", roots_only=False, where=None, fmt=None):
        assert self.authors[bot].role == "bot"
        assert len(templates) >= 2
        self.triggers.append(Trigger(self, bot, alias, pattern, start, end, templates, delay,
                                     describe, roots_only, where, fmt))

    def _add(self, it):
        assert it.key not in self.keys, it.key
        assert it.author in self.authors, (it.key, it.author)
        self.keys.add(it.key)
        self.defs.append(it)

    def root(self, key, author, when, text, label):
        self._add(Item(key, author, text, label, when=when, exact=when.count(":") == 2))

    def reply(self, key, author, parent, text, label, after=None, delay=None, at=None):
        self._add(Item(key, author, text, label, parent=parent, after=after, delay=delay, at=at))

    # ---- time ----------------------------------------------------------------------
    def local(self, spec, end=False):
        day, clock = spec.split()
        parts = [int(p) for p in clock.split(":")]
        while len(parts) < 3:
            parts.append(59 if end else 0)
        d = self.start + dt.timedelta(days=DAYS.index(day))
        t = dt.datetime(d.year, d.month, d.day, parts[0], parts[1], parts[2], tzinfo=UTC)
        return t - dt.timedelta(hours=self.tz)

    def in_window(self, a, t):
        if not a.window:
            return True
        tz = self.tz if a.tz is None else a.tz
        loc = t + dt.timedelta(hours=tz)
        m = loc.hour * 60 + loc.minute
        s, e = hm(a.window[0]), hm(a.window[1])
        if s < e:
            ok = s <= m < e
            day = loc.weekday()
        else:
            ok = m >= s or m < e
            day = loc.weekday() if m >= s else (loc.weekday() - 1) % 7
        if a.weekdays and day >= 5:
            return False
        return ok

    def next_window(self, a, t):
        tz = self.tz if a.tz is None else a.tz
        loc = t + dt.timedelta(hours=tz)
        s = hm(a.window[0])
        d = loc.date()
        for _ in range(10):
            cand = dt.datetime(d.year, d.month, d.day, s // 60, s % 60, tzinfo=UTC)
            if cand > loc and not (a.weekdays and cand.weekday() >= 5):
                return cand - dt.timedelta(hours=tz)
            d += dt.timedelta(days=1)
        raise AssertionError("no window")

    def human_delay(self, a):
        med = a.median or self.median
        d = med * math.exp(self.rng.gauss(0, SIGMA[a.role]))
        d = min(max(d, 0.2 * med), 8 * med)
        return dt.timedelta(minutes=d, seconds=self.rng.uniform(0, 59))

    def place(self, it):
        a = self.authors[it.author]
        if it.parent is None:
            t = self.local(it.when)
            if not it.exact:
                t += dt.timedelta(seconds=self.rng.randrange(60))
            return t
        base = self.bykey[it.parent].time
        if it.after:
            base = max(base, self.bykey[it.after].time)
        if it.at:
            t = self.local(it.at) + dt.timedelta(seconds=self.rng.randrange(60))
            assert t > base, it.key
            return t
        if it.delay:
            lo, hi = it.delay
            m = math.exp(self.rng.uniform(math.log(lo), math.log(hi)))
            return base + dt.timedelta(seconds=max(1, round(m * 60)))
        assert a.role != "bot", it.key
        t = base + self.human_delay(a)
        if not self.in_window(a, t):
            t = self.next_window(a, t) + dt.timedelta(minutes=self.rng.uniform(0, 40))
        return t

    # ---- build ---------------------------------------------------------------------
    def build(self):
        n = 0
        queue = []
        for it in self.defs:
            assert it.parent is None or it.parent in self.bykey, (it.key, it.parent)
            it.time = self.place(it).replace(microsecond=0)
            it.root = it if it.parent is None else self.bykey[it.parent].root
            self.items.append(it)
            self.bykey[it.key] = it
            queue.append(it)
            while queue:
                cur = queue.pop(0)
                cur.order = n
                n += 1
                for tr in self.triggers:
                    if tr.match(cur):
                        queue.append(self.bot_reply(tr, cur))
        self.items.sort(key=lambda i: (i.time, i.order))
        self.assign_ids()
        self.check()

    def bot_reply(self, tr, it):
        choices = [i for i in range(len(tr.templates)) if i != tr.last]
        k = self.rng.choice(choices)
        tr.last = k
        text = tr.templates[k]
        if tr.fmt:
            text = text.format(**tr.fmt(it, self.rng))
        lo, hi = tr.delay
        secs = math.exp(self.rng.uniform(math.log(lo), math.log(hi)))
        r = Item(tr.alias + ">" + it.key, tr.bot, text, "spam", parent=it.key)
        r.auto, r.trigger, r.template = True, tr, k
        r.root = it.root
        r.time = (it.time + dt.timedelta(seconds=max(1, round(secs)))).replace(microsecond=0)
        assert r.key not in self.bykey, r.key
        self.items.append(r)
        self.bykey[r.key] = r
        return r

    # ---- ids -----------------------------------------------------------------------
    def assign_ids(self):
        rng = self.idrng
        p = self.platform
        t0 = self.local("Mon 00:00")
        b36 = string.digits + string.ascii_lowercase
        al = string.ascii_letters + string.digits + "-_"

        def base36(v):
            s = ""
            while v:
                v, r = divmod(v, 36)
                s = b36[r] + s
            return s

        used = set()
        for it in self.items:
            ms = int(it.time.timestamp() * 1000)
            secs = (it.time - t0).total_seconds()
            while True:
                if p == "reddit":
                    if it.parent is None:
                        i = "t3_" + base36(int("1x8k000", 36) + int(secs * 2) + rng.randrange(2))
                    else:
                        i = "t1_" + base36(int("om20000", 36) + int(secs * 45) + rng.randrange(40))
                elif p == "x":
                    i = str(((ms - 1288834974657) << 22) | rng.getrandbits(22))
                elif p == "mastodon":
                    i = str((ms << 16) | rng.getrandbits(16))
                elif p == "youtube":
                    if it.parent is None:
                        if it.extra_kind == "community":
                            i = "Ugkx" + "".join(rng.choice(al[:-2]) for _ in range(32))
                        else:
                            i = "".join(rng.choice(al) for _ in range(11))
                    elif self.bykey[it.parent].parent is None:
                        i = "Ug" + rng.choice("wxyz") + "".join(
                            rng.choice(al[:-2]) for _ in range(20)) + "4AaABAg"
                    else:
                        top = self.bykey[it.parent]
                        while top.parent is not None and top.parent != it.root.key:
                            top = self.bykey[top.parent]
                        i = top.id + "." + "".join(rng.choice(al[:-2]) for _ in range(22))
                elif p == "facebook":
                    if it.parent is None:
                        i = "%s_%d" % (self.page_id, 1043000000000000 + int(secs * 9000)
                                       + rng.randrange(9000))
                    else:
                        post = it.root.id.split("_")[1]
                        i = "%s_%d" % (post, 1190000000000000 + int(secs * 40000)
                                       + rng.randrange(40000))
                elif p == "instagram":
                    if it.parent is None:
                        i = str(3512000000000000000 + int(secs * 1000000000) + rng.randrange(10 ** 9))
                    else:
                        i = str(18034000000000000 + int(secs * 20000) + rng.randrange(20000))
                else:
                    raise AssertionError(p)
                if i not in used:
                    break
            used.add(i)
            it.id = i

    # ---- checks --------------------------------------------------------------------
    def check(self):
        seen = set()
        last = None
        for it in self.items:
            assert it.id not in seen, it.id
            seen.add(it.id)
            assert last is None or it.time >= last, it.key
            last = it.time
            assert it.text.strip(), it.key
            if it.parent is not None:
                par = self.bykey[it.parent]
                assert par.time < it.time, (it.key, par.key)
                assert par.root is it.root
            a = self.authors[it.author]
            if a.role != "bot":
                assert a.window is None or self.in_window(a, it.time) or it.delay or it.at \
                    or it.parent is None, ("outside window", it.key, it.author)
        used = {it.author for it in self.items}
        assert used == set(self.authors), set(self.authors) ^ used
        kw = {tr.bot for tr in self.triggers}
        for name, a in self.authors.items():
            if a.role == "bot" and name not in kw:
                assert name in self.scheduled, name
                assert all(it.parent is None for it in self.items if it.author == name), name
        for name in kw:
            assert all(it.auto for it in self.items if it.author == name), name
        for tr in self.triggers:
            want = [it for it in self.items if tr.match(it)]
            got = [it for it in self.items if it.auto and it.trigger is tr]
            assert sorted(i.key for i in want) == sorted(i.parent for i in got), tr.bot
        for tr in self.triggers:
            seq = [it.template for it in sorted(
                (i for i in self.items if i.trigger is tr), key=lambda i: i.order)]
            assert all(a != b for a, b in zip(seq, seq[1:])), tr.bot

    # ---- output --------------------------------------------------------------------
    def records(self):
        out = []
        for it in self.items:
            r = {"id": it.id, "text": it.text, "author": it.author,
                 "created_at": it.time.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "platform": self.platform, "kind": "post" if it.parent is None else "reply",
                 "thread_id": it.root.id}
            if it.parent is not None:
                r["parent_id"] = self.bykey[it.parent].id
            r["expected"] = it.label
            out.append(r)
        return out


Item.extra_kind = None
STREAMS = []


def stream(*a, **kw):
    s = Stream(*a, **kw)
    STREAMS.append(s)
    return s


# =====================================================================================
# 1. Reddit: US student-visa appointment 'slot' sellers and a 'guaranteed approval'
#    consultant among Indian F-1 applicants (IST, UTC+5:30), Mon 7 - Sun 13 June 2027
# =====================================================================================
def reddit_visa():
    s = stream("reddit_f1_visa_slot_sellers_guaranteed_approval_bots.jsonl", "reddit", 5.5,
               "2027-06-07", 30,
               "Reddit: a paid 'slot booking' bot answering every post or comment that says "
               "slot or slots in a subreddit of Indian students waiting for US F-1 visa "
               "appointments, and a 'guaranteed approval' consultancy bot answering every "
               "rejected, refused, denied or 214(b), beside AutoModerator's daily thread, the "
               "mods' slot-sighting bot, a university's international office and a loan "
               "company's support account", seed=SEED + 1)
    A = s.author
    A("AutoModerator", "bot")
    A("SlotWatchBot", "bot")
    A("slotbooker_express", "bot")
    A("GreenChannelVisaConsult", "bot")
    A("eduloan_dsa_rahul", "spammer", median=120, window=("10:00", "22:00"))
    A("Ashbury_ISSS", "brand", median=180, window=("09:00", "17:00"), tz=-4, weekdays=True)
    A("Credenza_EduLoans", "brand", median=90, window=("10:00", "19:00"), weekdays=True)
    A("ofc_oracle_deepa", "prolific_person", median=4, window=("05:30", "01:00"))
    A("refresh_rani", "person", median=10, window=("20:00", "06:00"))
    A("hyd_cse_nikhil", "person", median=25, window=("09:00", "02:00"))
    A("pune_mech_aditya", "person", median=40, window=("07:00", "23:30"))
    A("chennai_ds_keerthana", "person", median=35, window=("07:00", "23:00"))
    A("mumbai_finance_rohan", "person", median=30, window=("08:00", "01:30"))
    A("dad_of_f1_applicant", "person", median=60, window=("06:00", "22:00"))
    A("nyc_alum_sameer", "person", median=60, window=("07:00", "00:30"), tz=-4)
    A("texas_phd_meera", "person", median=50, window=("07:00", "00:30"), tz=-5)
    A("mod_vikas", "person", median=40, window=("08:00", "01:00"))
    A("got_visa_at_last_ishaan", "person", median=45, window=("08:00", "00:30"))
    A("second_attempt_tanvi", "person", median=30, window=("07:30", "00:30"))
    A("anxious_kochi_joel", "person", median=20, window=("07:00", "01:30"))
    s.schedule("AutoModerator", "the subreddit's AutoModerator: posts the daily slot and "
               "status thread at 09:00:00; never comments")
    s.schedule("SlotWatchBot", "the mods' bot: posts a sighting when several users report the "
               "same new appointment dates, within a minute of the reports; never comments")

    slot_t = [
        "Still waiting for slots? 😓 We book CONFIRMED F-1 OFC + interview dates in 24-48 hrs. "
        "100% genuine, pay only after booking ✅ Telegram: t.me/SlotExpressDesk",
        "Bro don't waste nights refreshing 🙏 Our team gets early F-1 slots in all 5 cities, "
        "Hyderabad/Chennai/Mumbai/Delhi/Kolkata. Pay after confirmation. DM or Telegram "
        "@SlotExpressDesk",
        "🔥 F-1 slots available THIS WEEK 🔥 OFC + VI combo, any city, fast and genuine. 500+ "
        "students helped. Telegram: t.me/SlotExpressDesk (limited seats)",
        "Hi! We can help you get an early appointment slot without stress 😊 Trusted by 500+ "
        "students, payment after booking only. Message on Telegram @SlotExpressDesk",
    ]
    s.trigger("slotbooker_express", "slotbot", r"\bslots?\b", slot_t, (60, 900),
              "a 'pay after booking' appointment seller, under every slot or slots")
    consult_t = [
        "Rejected under 214(b)? Don't lose hope 🙏 Our ex-consular panel GUARANTEES approval on "
        "your next attempt or full refund. 97% success rate. DM for a FREE profile evaluation.",
        "Sorry to hear about your refusal 😔 Most 214(b) cases are due to wrong answers, not "
        "your profile. Green Channel Visa Consultants: guaranteed visa or 100% money back. "
        "WhatsApp/DM us today.",
        "Denied visa? We have helped 3,000+ students get approved on the 2nd attempt ✅ "
        "Personalised mock interviews with former visa officers + guaranteed result. DM "
        "'GREEN' for a free call.",
    ]
    s.trigger("GreenChannelVisaConsult", "greenbot",
              r"\b(rejected|rejection|refused|refusal|denied)\b|214\(b\)", consult_t,
              (300, 3600), "a consultancy that 'guarantees' approval, under every rejected, "
              "rejection, refused, refusal, denied or 214(b)")

    R, C = s.root, s.reply
    bot_foot = ("\n\n*I am a bot, and this action was performed automatically. Please [contact "
                "the moderators of this subreddit](/message/compose/?to=/r/F1SlotWatch) if you "
                "have any questions or concerns.*")

    def daily(key, day, date, extra):
        R(key, "AutoModerator", day + " 09:00:00",
          "Daily status thread: %s\n\nOFC done, interview tomorrow, still refreshing? Post it "
          "here. %s Rule 3: no agents, no paid booking, no Telegram links. The consulate "
          "never sells appointments, and anyone who DMs you an offer is breaking the rules. "
          "Report them.%s" % (date, extra, bot_foot), "social")

    watch_foot = ("\n\n^(I am a bot run by the mods of r/F1SlotWatch. I post when several "
                  "users report the same dates. I never DM anyone.)")

    # --- Monday ---------------------------------------------------------------------
    R("w1", "SlotWatchBot", "Mon 02:14:37",
      "🟢 Seen: F-1 interview slots, Hyderabad, 23-26 June (02:14 IST)\n\nReported by 4 users "
      "in the last 10 minutes. OFC dates were showing from 18 June. These usually go within "
      "5-20 minutes. Good luck." + watch_foot, "social")
    C("w1a", "refresh_rani", "w1", "GOT IT. 24th June, 9:15am, Hyderabad. I'm shaking. Four "
      "weeks of nights and it took ninety seconds.", "social", delay=(5, 11))
    C("w1b", "hyd_cse_nikhil", "w1", "Slept through it. Of course I did.", "social")
    C("w1c", "ofc_oracle_deepa", "w1a", "Congrats!! Hope you booked the OFC in the same "
      "session too, they go fast.", "social")
    C("w1d", "refresh_rani", "w1c", "Done both. Screenshotted everything twice and emailed "
      "the PDFs to myself.", "social")
    daily("d1", "Mon", "Monday 7 June", "")
    C("d1a", "hyd_cse_nikhil", "d1", "Day 23 of refreshing. I have memorised the captcha font "
      "at this point.", "social")
    C("d1b", "ofc_oracle_deepa", "d1a", "Keep going. Drops have been coming between 1 and 3am "
      "all week. Set alarms, not forty open tabs.", "social")
    C("d1c", "dad_of_f1_applicant", "d1", "My daughter is sleeping at 4pm and waking at 11pm "
      "like a bat because of these slot. As a father I am more worried for her health than "
      "the visa.", "social")
    C("d1d", "refresh_rani", "d1c", "Uncle this is all of us 😭 she'll get one. Make her eat a "
      "proper dinner before the night shift.", "social")
    C("d1e", "chennai_ds_keerthana", "d1", "Is the reschedule limit still two or did it "
      "change? Don't want to burn my last one on a date that's only 3 days earlier.",
      "social")
    C("d1f", "ofc_oracle_deepa", "d1e", "Still two after the first booking, then you're "
      "locked for a while. Only move if the new date is genuinely better.", "social")
    R("t1", "second_attempt_tanvi", "Mon 11:20",
      "Rejected under 214(b) last week. How soon is too soon to reapply?\n\nMS Data Science, "
      "Ashbury State. Officer asked three questions, I talked about my capstone project "
      "instead of what I plan to do after, and got the blue slip. My I-20 is still valid for "
      "fall. Family says wait six months, seniors say apply right away. What actually "
      "changed for people who got it the second time?", "social")
    C("t1a", "ofc_oracle_deepa", "t1", "There's no minimum wait. But if nothing in your "
      "situation is different, be ready to explain what is. For 214(b) the whole interview "
      "is really 'why will you go back'.", "social")
    C("t1b", "texas_phd_meera", "t1", "I got 214(b) the first time too, 2021. Nothing on "
      "paper changed for my second try. What changed was that I could say in two sentences "
      "why this program and what I was going home to do. Practise out loud, not in your "
      "head.", "social")
    C("t1c", "mumbai_finance_rohan", "t1", "Same boat, rejected Thursday. Following this.",
      "social")
    C("t1d", "second_attempt_tanvi", "t1b", "Two sentences. Okay. Writing them now and saying "
      "them to the mirror like a lunatic.", "social")
    C("t1e", "mod_vikas", "greenbot>t1", "Nobody can guarantee a visa. Nobody. "
      "Reported. Please don't send these people your DS-160 number or passport "
      "scan.", "social")
    C("t1f", "second_attempt_tanvi", "greenbot>t1", "lol no. My seniors literally warned me "
      "about you guys.", "social", after="t1d")
    R("t2", "pune_mech_aditya", "Mon 15:05",
      "DS-160 shows my old passport number, will the VAC turn me away?\n\nRenewed my passport "
      "in April. Filled a fresh DS-160 with the new number, but the appointment profile "
      "still has the old one. Interview is next Monday.", "social")
    C("t2a", "ofc_oracle_deepa", "t2", "Update the passport number in your profile before you "
      "go, and carry BOTH passports. The old one has your previous visa stamps anyway.",
      "social")
    C("t2c", "pune_mech_aditya", "t2a", "Carrying both. Thank you Deepa, you're in every "
      "thread on this sub 🙏", "social")
    R("t3", "got_visa_at_last_ishaan", "Mon 19:45",
      "PSA: my cousin paid ₹38,000 to a Telegram 'agent' for a slot. The confirmation letter "
      "was photoshopped.\n\nHe went to the VAC in Chennai with the printout. The guard at the "
      "gate looked at it for three seconds and sent him home. The 'agent' blocked him the "
      "same evening. There is no paid slot. When someone in your DMs says 'pay after "
      "booking', they'll ask for a 'token amount' first. Every single time.", "social")
    C("t3a", "refresh_rani", "t3", "₹38k 😭 so sorry for your cousin. This needs to be "
      "pinned.", "social")
    C("t3b", "mod_vikas", "t3", "Pinned for the week. Thanks for writing it up, it'll save "
      "someone.", "social")
    C("t3c", "dad_of_f1_applicant", "t3", "Thank you for this. My colleague was telling me "
      "there are 'agents' who can do it for 25,000. I will tell him this story tomorrow "
      "itself.", "social")
    C("t3d", "got_visa_at_last_ishaan", "slotbot>t3", "You replied to the post about you. "
      "Incredible.", "social")
    C("t3e", "hyd_cse_nikhil", "t3d", "It doesn't read, it just sees the word. Watch, it'll "
      "reply to me too: slot.", "social")
    # --- Tuesday --------------------------------------------------------------------
    daily("d2", "Tue", "Tuesday 8 June", "")
    C("d2a", "chennai_ds_keerthana", "d2", "OFC done in Chennai. In and out in 35 minutes. "
      "Photo and fingerprints, nobody even looked at my I-20.", "social")
    C("d2b", "anxious_kochi_joel", "d2a", "Did they check the DS-160 barcode page? I printed "
      "mine in colour, is that weird lol", "social")
    C("d2c", "ofc_oracle_deepa", "d2b", "Colour is fine, black and white is fine. They scan "
      "the barcode, that's it.", "social")
    R("t4", "pune_mech_aditya", "Tue 12:40",
      "Education loan disbursal only after the visa? Is the sanction letter enough?\n\nI need "
      "to show funds at the interview. My Credenza sanction letter is ready but they say "
      "disbursal happens after the visa. Is the sanction letter alone enough proof of funds? "
      "u/Credenza_EduLoans maybe you can confirm?", "social")
    C("t4a", "ofc_oracle_deepa", "t4", "Sanction letter is fine. Nobody carries disbursed "
      "money to the interview.", "social")
    C("t4b", "Credenza_EduLoans", "t4", "Hi Aditya, the sanction letter is what most of our "
      "students carry to the interview, with the cost breakdown from the I-20. Disbursal to "
      "the university happens after the visa, by design. If you'd like a freshly dated "
      "letter for the interview, write to support@credenza-edu.in with your application "
      "number and we'll send one within a working day.", "marketing")
    C("t4c", "eduloan_dsa_rahul", "t4", "Bro Credenza is very slow. I can get you sanction "
      "from 3 NBFCs in 72 hrs, no collateral up to 75L, I am DSA. Many students done, DM me.",
      "spam")
    C("t4d", "pune_mech_aditya", "t4b", "Thank you, that's clear. Mailing them now.",
      "social")
    C("t4e", "mod_vikas", "t4c", "Rule 3. Removed, and that's a ban. You've posted this "
      "exact comment in six threads.", "social")
    C("t4f", "chennai_ds_keerthana", "t4b", "u/Credenza_EduLoans does the loan cover living "
      "costs too or only tuition?", "social")
    C("t4g", "Credenza_EduLoans", "t4f", "Hi Keerthana, it can cover living costs up to the "
      "figure on your I-20, along with tuition. The split is shown on the sanction letter.",
      "marketing")
    R("w2", "SlotWatchBot", "Tue 23:41:12",
      "🟢 Seen: F-1 interview slots, Mumbai 1-3 July, Chennai 29 June (23:41 IST)\n\nReported "
      "by 7 users. OFC dates showing in all cities from 22 June." + watch_foot, "social")
    C("w2a", "anxious_kochi_joel", "w2", "CHENNAI 29TH. Booked. My hands are cold. Is this "
      "real.", "social", delay=(4, 12))
    C("w2b", "mumbai_finance_rohan", "w2", "Mumbai gone by the time I logged in. Four "
      "minutes. FOUR.", "social", delay=(6, 14))
    C("w2c", "ofc_oracle_deepa", "w2b", "They come back when people reschedule. Keep the tab "
      "open another half hour.", "social", delay=(1, 5))
    C("w2d", "mumbai_finance_rohan", "w2c", "You were right. Got 2nd July Mumbai just now. "
      "After the rejection this feels like a second chance.", "social", delay=(20, 40))
    # --- Wednesday ------------------------------------------------------------------
    daily("d3", "Wed", "Wednesday 9 June", "")
    C("d3a", "refresh_rani", "d3", "Interview in two weeks and I've forgotten how to sleep "
      "at night. Any tips to reset?", "social")
    C("d3b", "ofc_oracle_deepa", "d3a", "Sunlight at 7am, no naps, and uninstall the slot "
      "tracker now that you have a date. You don't need it anymore.", "social")
    C("d3d", "hyd_cse_nikhil", "d3", "Day 25. No slot. Still here.", "social")
    C("d3e", "mod_vikas", "slotbot>d3d", "Reported again. Mods can remove these, but only "
      "Reddit's admins can suspend the account, so please report it too instead of "
      "replying.", "social")
    R("t5", "texas_phd_meera", "Wed 10:30",
      "What my interview actually looked like (PhD, 2024), for the anxious ones\n\nThree "
      "questions: why this university, who is funding you, what is your research in one "
      "sentence. Ninety seconds in total. The officer didn't look at a single document. What "
      "mattered: I answered the question that was asked and then stopped talking. You're "
      "going to be fine.", "social")
    C("t5a", "second_attempt_tanvi", "t5", "'Answered the question and stopped talking' is "
      "exactly what I didn't do. Saving this.", "social")
    C("t5b", "chennai_ds_keerthana", "t5", "Did they ask about your loan or bank statements "
      "at all?", "social")
    C("t5c", "texas_phd_meera", "t5b", "Not me, I was funded. My roommate had a loan and "
      "they asked 'how much is the loan' and nothing else.", "social")
    C("t5e", "eduloan_dsa_rahul", "t5", "Students whose loan is still not sanctioned, DM "
      "me. 72 hrs sanction, I work with 3 NBFCs, no collateral.", "spam")
    R("t6", "second_attempt_tanvi", "Wed 14:10",
      "If my second attempt is in August, can I still join Ashbury for fall?\n\nMy new "
      "appointment is 29 June but if I need a third try it'll be August. I saw u/Ashbury_ISSS "
      "answer someone here last month, hoping they see this.", "social")
    C("t6a", "ofc_oracle_deepa", "t6", "Ask them for the late-arrival date on your I-20, "
      "it's printed on page 1.", "social")
    C("t6b", "Ashbury_ISSS", "t6", "Hi Tanvi, ISSS here. You can arrive up to the "
      "late-arrival date on your I-20 (27 August this year). If your appointment ends up "
      "after mid-August, email isss@ashbury.edu with your SEVIS ID and we'll look at moving "
      "your I-20 to spring, which keeps your admission and your scholarship. A first attempt "
      "that doesn't work out is more common than people think.", "marketing")
    C("t6c", "second_attempt_tanvi", "t6b", "Thank you so much, emailing today. Genuinely "
      "didn't expect an answer.", "social")
    # --- Thursday -------------------------------------------------------------------
    R("w3", "SlotWatchBot", "Thu 03:05:48",
      "🟢 Seen: F-1 interview slots, New Delhi 5-9 July, Kolkata 2 July (03:05 IST)\n\n"
      "Reported by 5 users." + watch_foot, "social")
    C("w3a", "hyd_cse_nikhil", "w3", "Took Kolkata. I live in Hyderabad. I will fly. I do not "
      "care. DAY 26 IS THE DAY.", "social", delay=(3, 9))
    C("w3b", "refresh_rani", "w3a", "NIKHIL FINALLY 😭😭", "social")
    C("w3c", "ofc_oracle_deepa", "w3a", "Day 26! Interviewing in another city is completely "
      "fine, do the OFC wherever is easiest.", "social")
    C("w3d", "dad_of_f1_applicant", "w3", "Congratulations beta. My daughter got Delhi 7th "
      "July in the same drop. We are celebrating with jalebi at 7am.", "social")
    daily("d4", "Thu", "Thursday 10 June", "")
    C("d4a", "anxious_kochi_joel", "d4", "Someone DMed me 'I can move your slot earlier, 15k, "
      "pay after'. Reported. They're getting bolder.", "social")
    C("d4b", "mod_vikas", "d4a", "Thanks. Send us the username in modmail so we can check "
      "whether they comment here too.", "social")
    # --- Friday ---------------------------------------------------------------------
    daily("d5", "Fri", "Friday 11 June", "")
    C("d5a", "chennai_ds_keerthana", "d5", "Approved this morning!! He asked about my "
      "internship and said 'your visa is approved' before I finished the sentence 🥹",
      "social")
    C("d5b", "refresh_rani", "d5a", "KEERTHANA!! 🎉🎉", "social")
    R("t7", "got_visa_at_last_ishaan", "Fri 18:20",
      "Approved on my second attempt. What I did differently (long)\n\nMarch: rejected, "
      "214(b). I had memorised answers and recited them. This time I practised with my "
      "roommate asking random questions in random order, I could say in one line what job I "
      "want back in Pune, and I stopped trying to sound impressive. I didn't pay anyone and I "
      "didn't buy a 'guaranteed' package. It took about two minutes.", "social")
    C("t7a", "second_attempt_tanvi", "t7", "This gives me so much hope. Mine's the 29th. Did "
      "they ask why you reapplied so soon?", "social")
    C("t7b", "got_visa_at_last_ishaan", "t7a", "First question! 'What has changed since "
      "March?' I said my plans are clearer now and gave them in one line.", "social")
    C("t7c", "texas_phd_meera", "t7", "Congratulations! Welcome to the other side of the "
      "queue.", "social")
    C("t7d", "mod_vikas", "greenbot>t7", "A post that literally says 'I didn't buy a "
      "guaranteed package' and this shows up selling one. Banned from the sub and reported "
      "to the admins again.", "social")
    # --- Saturday -------------------------------------------------------------------
    daily("d6", "Sat", "Saturday 12 June", "")
    C("d6a", "dad_of_f1_applicant", "d6", "Update from the father of the bat: OFC also booked, "
      "and she is sleeping at night again. Thank you to this group, especially the madam who "
      "answers everything at all hours. I have told my whole office not to pay any agent.", "social")
    C("d6b", "ofc_oracle_deepa", "d6a", "Uncle this made my day. Good luck to her for the 7th 🙏",
      "social")
    C("d6c", "hyd_cse_nikhil", "d6a", "Uncle W 🙌", "social")
    # --- Sunday ---------------------------------------------------------------------
    daily("d7", "Sun", "Sunday 13 June", "")
    C("d7a", "nyc_alum_sameer", "d7", "For everyone landing in August: buy your winter "
      "jacket in the US, not in India. The ones back home are built for Delhi December, not "
      "for Buffalo.", "social")
    C("d7b", "mumbai_finance_rohan", "d7", "Three weeks to my second attempt. Practising with my "
      "dad asking the questions. He is harsher than any officer.", "social")
    C("d7c", "ofc_oracle_deepa", "d7b", "Dads make the best officers. Answer, stop, smile.", "social")
    C("d7d", "refresh_rani", "d7b", "lol keep us posted Rohan", "social")
    R("t8", "mod_vikas", "Sun 20:00",
      "Week recap: 41 approvals, 3 scam DMs reported, 1 bot that answers every 'slot'\n\n"
      "Thanks to everyone who reported. Reminder that the only way to get an appointment is "
      "the official portal. We've added Ishaan's second-attempt post and Meera's interview "
      "post to the FAQ.", "social")
    C("t8a", "ofc_oracle_deepa", "t8", "41! Good week.", "social")
    C("t8b", "got_visa_at_last_ishaan", "t8", "And a bot that replied to its own PSA. "
      "Iconic.", "social")
    return s


# =====================================================================================
# 2. Facebook: a small-town bakery's page in Thanksgiving week, with fake 'Meta support'
#    phishing bots and a cloned page announcing fake giveaway winners (ADT, UTC-3),
#    Mon 4 - Sun 10 October 2027
# =====================================================================================
def facebook_bakery():
    s = stream("facebook_bakery_page_meta_phishing_fake_giveaway_winner_bots.jsonl",
               "facebook", -3, "2027-10-04", 45,
               "Facebook: fake 'Meta support' bots, one after another, answering every post of "
               "a small-town bakery's page with a page-deactivation phishing link, and a cloned "
               "page telling everyone who comments on the bakery's pie giveaway that they won, "
               "beside the bakery answering its customers, a food bank and a creamery",
               seed=SEED + 2)
    s.page_id = "100083261947715"
    A = s.author
    PAGE = A("Crumb & Kettle Bakery", "brand", median=45, window=("05:00", "19:00"))
    A("Meta Support Center", "bot")
    A("Page Protection Team ™", "bot")
    CLONE = A("Crumb & Kettle Bakery 🥧", "bot")
    A("Darlene Boutilier", "spammer", median=90, window=("08:00", "22:00"))
    A("Port Alder Food Bank", "brand", median=120, window=("09:00", "17:00"), weekdays=True)
    A("Harrow Hill Creamery", "brand", median=150, window=("07:00", "18:00"))
    A("Gord Pelley", "prolific_person", median=8, window=("05:00", "22:00"))
    A("Shannon MacIsaac", "person", median=40, window=("06:30", "23:00"))
    A("Ruth Ellsworth", "person", median=120, window=("08:00", "20:30"))
    A("Priya Raman", "person", median=30, window=("07:00", "23:30"))
    A("Tom Gillis", "person", median=30, window=("19:00", "10:00"))
    A("Kayla Fougère", "person", median=25, window=("07:00", "01:00"))
    A("Anne-Marie LeBlanc", "person", median=60, window=("07:00", "22:00"))
    A("Derek Hynes", "person", median=60, window=("06:00", "22:00"))
    A("Jen Sampson", "person", median=45, window=("06:00", "23:00"))
    A("Mike Boudreau", "person", median=60, window=("03:30", "20:30"))

    def case(it, rng):
        return {"case": rng.randrange(10 ** 9, 10 ** 10)}

    meta_t = [
        "⚠️ Notice: Your page Crumb & Kettle Bakery has been reported for violating our "
        "Intellectual Property policy. If you do not verify within 24 hours, your page will be "
        "permanently disabled. Verify here: meta-pagecare-support.com/appeal/{case}",
        "Dear Page Owner, we detected a copyright complaint on your recent post. To keep your "
        "page active, please complete the verification form: "
        "meta-pagecare-support.com/verify?case={case} Meta Business Team ©2027",
        "FINAL WARNING 🚫 Your page is scheduled for removal due to a trademark complaint "
        "(Case #{case}). Appeal now to avoid losing your page and followers: "
        "meta-pagecare-support.com/case/{case}",
    ]
    is_page_post = lambda it: it.author == PAGE
    s.trigger("Meta Support Center", "meta1", None, meta_t, (60, 720),
              "a fake 'Meta support' account with a page-deactivation phishing link, under "
              "every post of the page", end="Wed 11:00", roots_only=True, where=is_page_post,
              fmt=case)
    meta2_t = [
        "🔒 Page Security Alert: unusual login activity and a policy violation were detected "
        "on this page. Confirm you are the owner within 12 hours or the page will be "
        "unpublished: meta-business-protect.help/confirm/{case}",
        "Your page has received multiple reports for impersonation. This is your last notice "
        "before automatic deactivation. Submit your appeal here 👉 "
        "meta-business-protect.help/appeal/{case}",
        "IMPORTANT: Your page violated our Community Standards and advertising policies. To "
        "avoid restriction, verify your business information today: "
        "meta-business-protect.help/id/{case} - Page Protection Team",
    ]
    s.trigger("Page Protection Team ™", "meta2", None, meta2_t, (60, 900),
              "the same phishing from a new account after the first was taken down, under "
              "every post of the page", start="Wed 16:00", roots_only=True, where=is_page_post,
              fmt=case)

    def first(it, rng):
        return {"first": it.author.split()[0]}

    clone_t = [
        "Congratulations {first} 🎉🥧 You have been selected as one of our Thanksgiving pie "
        "winners! Claim your prize before it expires 👉 crumbkettle-giveaway.shop/claim "
        "(just cover the $2.99 delivery)",
        "Hi {first}! 🥧 Your comment was picked in our giveaway 🎉 Please confirm your "
        "details here within 24 hours to receive your pie: crumbkettle-giveaway.shop/winner",
        "🎉 WINNER 🎉 {first}, you won a maple pecan pie + $100 gift card! Claim now, only 3 "
        "prizes left 👉 crumbkettle-giveaway.shop/claim",
    ]
    s.trigger(CLONE, "clone", None, clone_t, (45, 1200),
              "a copy of the bakery's page telling every commenter on the giveaway that they "
              "won, with a link that asks for card details for 'delivery'",
              start="Tue 16:00", end="Wed 11:30",
              where=lambda it: it.root is not None and it.root.key == "p4"
              and it.parent is not None and it.author != PAGE and not it.auto, fmt=first)

    R, C = s.root, s.reply
    # --- Monday ---------------------------------------------------------------------
    R("p1", PAGE, "Mon 06:10",
      "Thanksgiving pie pre-orders are OPEN 🥧🍂\n\nPumpkin, apple crumble, maple pecan and "
      "Nan's mincemeat (only 40 of those, she's strict). Order at the counter or by phone "
      "until Thursday at 4, pick up Saturday or Sunday morning. 10\" pies $24, maple pecan "
      "$28. Thank you for another year, Port Alder!", "marketing")
    C("p1a", "Gord Pelley", "p1", "Put me down for the mincemeat before Nan changes her mind. "
      "I'll call at 7.", "social")
    C("p1b", PAGE, "p1a", "Gord, Nan has already written your name on one. She says you're a "
      "known quantity. 😄", "marketing")
    C("p1c", "Shannon MacIsaac", "p1", "Is the apple crumble the same as last year? The one "
      "with the oat top? Because I'll be ordering two", "social")
    C("p1d", PAGE, "p1c", "Same oat top, same recipe, Shannon! Two it is?", "marketing")
    C("p1e", "Shannon MacIsaac", "p1d", "Two. Don't tell my sister-in-law I didn't make "
      "them.", "social")
    C("p1f", "Ruth Ellsworth", "p1", "Do you do a gluten free pumpkin? My granddaughter is "
      "coeliac and it's her first Thanksgiving home from university.", "social")
    C("p1g", PAGE, "p1f", "Hi Ruth, we can do a gluten-free crust, but our kitchen is full of "
      "wheat flour so we can't promise it's safe for coeliac. We'd hate for her to be sick on "
      "her first weekend home. We'd be glad to give you our crust recipe to bake at home ❤️",
      "marketing")
    C("p1h", "Ruth Ellsworth", "p1g", "That's very honest of you dear. Yes please, I'll pop "
      "in for it.", "social")
    C("p1i", "Mike Boudreau", "p1", "Maple pecan x1 for the boat. Gone before we clear the "
      "harbour probably.", "social")
    C("p1j", "Darlene Boutilier", "p1", "Love this!! 🍂 Speaking of fall, my Autumn Hearth "
      "candles just launched and they smell EXACTLY like pumpkin pie 🥧 message me for the "
      "catalogue or to join my team, ladies! 💕", "spam")
    C("p1k", "Gord Pelley", "meta1>p1", "This isn't Facebook folks. Don't click that, it's "
      "one of them scams.", "social")
    C("p1l", "Kayla Fougère", "p1k", "Gord's right. They got my cousin's salon page that "
      "way, started running ads for sunglasses on it.", "social")
    # --- Tuesday --------------------------------------------------------------------
    R("p3", PAGE, "Tue 07:05",
      "Tuesday bread 🍞 Sourdough, oat & molasses (our Nova Scotia brown bread), light rye "
      "and the seeded loaf. Molasses cookies are back by popular demand.", "marketing")
    C("p3a", "Tom Gillis", "p3", "Just off night shift, is the oat & molasses out of the "
      "oven yet? Asking for my sanity", "social", delay=(3, 12))
    C("p3b", PAGE, "p3a", "Came out at 7:20, Tom, still warm. Go get it.", "marketing",
      delay=(8, 25))
    C("p3c", "Tom Gillis", "p3b", "Got it. Ate a third of it in the truck. No regrets.",
      "social", delay=(20, 45))
    C("p3d", "Priya Raman", "p3", "New to Port Alder! What's Nova Scotia brown bread? Sounds "
      "lovely", "social")
    C("p3e", "Gord Pelley", "p3d", "Welcome! Oats and molasses, bit sweet. Toast it with "
      "butter and have it with baked beans on Saturday night. That's the law here.",
      "social")
    C("p3f", "Priya Raman", "p3e", "Beans on Saturday night is the LAW?? I love this town "
      "already", "social")
    C("p3g", PAGE, "meta1>p3", "Folks, this is NOT Facebook. We've reported it. Please don't "
      "click links in comments on our page. We'll never ask you for anything in a "
      "comment.", "marketing")
    R("p4", PAGE, "Tue 16:00",
      "🎉 GIVEAWAY 🎉 Win a maple pecan pie for Thanksgiving!\n\nComment your favourite pie "
      "below and we'll draw one name on Wednesday at 5pm. That's it. No shares, no tags, no "
      "links, and we only ever announce a winner HERE, in a post from this page. Good luck! "
      "🥧", "marketing")
    C("p4a", "Shannon MacIsaac", "p4", "Apple crumble forever 🍎", "social")
    C("p4b", "Jen Sampson", "p4", "Pumpkin, with far too much whipped cream", "social")
    C("p4c", "Mike Boudreau", "p4", "Mincemeat. Fight me.", "social")
    C("p4d", "Priya Raman", "p4", "I haven't tried any yet so I'll say maple pecan because "
      "it's the prize 😂", "social")
    C("p4e", "Kayla Fougère", "p4", "Lemon meringue! I know it's not on the list 🍋",
      "social")
    C("p4f", "Anne-Marie LeBlanc", "p4", "Tarte au sucre, comme ma grand-mère faisait.",
      "social")
    C("p4g", "Darlene Boutilier", "p4", "Pecan! 🥧 And ladies, my Autumn Hearth candles "
      "smell just like it 😍 message me!", "spam")
    C("p4h", "Priya Raman", "clone>p4d", "Oh my god I won?? Do I click this?", "social",
      delay=(2, 8))
    C("p4i", "Gord Pelley", "p4h", "NO Priya! Look at the name, it's got a pie on the end. "
      "The real page said they only announce in a post. Don't click it.", "social",
      delay=(2, 10))
    C("p4j", PAGE, "p4h", "Priya, that's not us! 🚫 It's a copy of our page. We draw "
      "tomorrow at 5 and we'll post the winner here. Please report it 🙏", "marketing",
      delay=(6, 30))
    C("p4k", "Priya Raman", "p4j", "Phew. Thank you both, reported!", "social")
    C("p4l", "Derek Hynes", "p4", "Blueberry. Wild ones, from the barrens.", "social")
    C("p4m", "Tom Gillis", "p4", "Whatever's left at 7am after night shift", "social")
    C("p4n", "Ruth Ellsworth", "p4", "Pumpkin please, for my granddaughter's homecoming.",
      "social")
    C("p4o", "Jen Sampson", "clone>p4b", "Reported. Everyone report the one with the pie "
      "emoji.", "social")
    # --- Wednesday ------------------------------------------------------------------
    R("p6", PAGE, "Wed 10:00",
      "Thanksgiving food drive 🥫 Bring a non-perishable for the Port Alder Food Bank and get "
      "$1 off any loaf this week. The bin's by the door. Last year you filled it four "
      "times!", "marketing")
    C("p6a", "Port Alder Food Bank", "p6", "Thank you Crumb & Kettle! ❤️ Most needed this "
      "month: canned fish, peanut butter, baby formula and size 5 diapers. We empty the bin "
      "every afternoon.", "marketing")
    C("p6b", "Jen Sampson", "p6a", "Dropping off peanut butter on my way to work tomorrow",
      "social")
    C("p6d", "Tom Gillis", "p6", "On my break at the hospital. Bag of canned fish going in "
      "that bin when I get off at 7.", "social", at="Thu 02:40")
    C("p6c", "Derek Hynes", "p6", "Good on ye. Four times is some going.", "social")
    R("p5", PAGE, "Wed 17:05",
      "And the winner of the maple pecan is... Ruth Ellsworth! 🥧🎉 Ruth, pop in and say hi "
      "at the counter this weekend, we know your face. That's the ONLY way we give away "
      "prizes, folks: no links, no delivery fees.", "marketing")
    C("p5a", "Ruth Ellsworth", "p5", "Oh my goodness! I never win anything. Thank you, my "
      "granddaughter will be thrilled.", "social")
    C("p5b", "Gord Pelley", "p5", "Well deserved Ruth.", "social")
    C("p5c", "Shannon MacIsaac", "p5", "Congrats Ruth!! 🎉", "social")
    C("p5d", "Kayla Fougère", "p5", "Anyone else get a Messenger from the fake page saying "
      "they won? Mine came at 2am lol", "social")
    # --- Thursday -------------------------------------------------------------------
    R("p7", PAGE, "Thu 08:30",
      "Pre-orders close TODAY at 4 ⏰ Mincemeat is sold out (Nan is smug). Pumpkin, apple "
      "crumble and maple pecan still available.", "marketing")
    C("p7a", "Derek Hynes", "p7", "Ordered a pumpkin Monday but my receipt says apple "
      "crumble. Which one am I getting?", "social")
    C("p7b", PAGE, "p7a", "Sorry Derek! Checked the book, you're down for pumpkin. The "
      "receipt printer had a moment. See you Saturday.", "marketing")
    C("p7c", "Derek Hynes", "p7b", "Grand, thanks. The wife would've had words.", "social")
    C("p7d", "Mike Boudreau", "p7", "Smug Nan is my favourite Nan", "social")
    C("p7e", "Gord Pelley", "meta2>p7", "New name, same scam. Reported. Don't click.",
      "social")
    R("p8", PAGE, "Thu 15:20",
      "Our whipped cream this year comes from Harrow Hill Creamery, 12 km up the road 🐄 Add "
      "a pint to your pie order at pickup, $6.", "marketing")
    C("p8a", "Harrow Hill Creamery", "p8", "Thanks for having us again! The Jerseys have been "
      "working overtime 🐄🥛", "marketing")
    C("p8b", "Anne-Marie LeBlanc", "p8", "Leur crème est incroyable. Sérieusement.",
      "social")
    C("p8c", "Kayla Fougère", "p8a", "Jerseys working overtime 😂", "social")
    # --- Saturday -------------------------------------------------------------------
    R("p9", PAGE, "Sat 05:40",
      "Pickup day 1 🥧 Doors open at 7. Pre-orders in the line on the left, everyone else on "
      "the right. Coffee's on us while you wait ☕", "marketing")
    C("p9a", "Mike Boudreau", "p9", "Line's already six deep at quarter to seven. Brought my "
      "own mug.", "social", at="Sat 06:45")
    C("p9b", "Tom Gillis", "p9", "Post-night-shift pie pickup is the best kind of pickup",
      "social", at="Sat 07:25")
    C("p9c", "Shannon MacIsaac", "p9", "Two crumbles safely in the car. Sister-in-law "
      "suspects nothing.", "social", at="Sat 08:50")
    C("p9d", "Priya Raman", "p9", "Got my first ever Nova Scotia pie! And a lady in the line "
      "taught me how to say Port Alder properly 😂", "social", at="Sat 09:35")
    C("p9e", PAGE, "p9d", "Happy first Thanksgiving here, Priya! Tell us how the maple pecan "
      "goes 🍁", "marketing")
    C("p9f", "Kayla Fougère", "p9", "Love you guys but could you ask people not to park "
      "across my driveway on pickup days 🙃", "social", at="Sat 10:10")
    C("p9g", PAGE, "p9f", "So sorry Kayla! Marcel's out front with a sign now. Pie for your "
      "trouble next time you're in.", "marketing", delay=(10, 30))
    C("p9h", "Darlene Boutilier", "p9", "Happy Thanksgiving everyone 🍂 If anyone wants to "
      "make extra $$ from home this season, I'm building my candle team, DM me!", "spam")
    # --- Sunday ---------------------------------------------------------------------
    R("p10", PAGE, "Sun 18:30",
      "Sold out, both days. 1,100 pies out the door. Thank you, Port Alder. We're closed "
      "Monday for the holiday, back Tuesday with bread. Go eat your leftovers.", "marketing")
    C("p10a", "Gord Pelley", "p10", "A grand job, all of you. The mincemeat was Nan's best "
      "yet.", "social")
    C("p10b", "Ruth Ellsworth", "p10", "The pecan pie was delicious. Thank you again.",
      "social", at="Sun 19:50")
    C("p10c", "Jen Sampson", "p10", "Food bank bin update? Did we fill it?", "social")
    C("p10d", PAGE, "p10c", "Five times! 🥫 The Food Bank says it's a record.", "marketing",
      delay=(15, 60))
    return s


# =====================================================================================
# 3. X, in Spanish: a loan-app bot and a 'like videos from home' task-scam recruiter
#    among people in Mexico in payday week (CST, UTC-6), Mon 26 Apr - Sun 2 May 2027
# =====================================================================================
def x_mexico():
    s = stream("x_mexico_loan_app_and_task_job_scam_bots_es.jsonl", "x", -6, "2027-04-26",
               20,
               "X, in Spanish: an instant-loan app's bot answering every post or reply from "
               "people in Mexico that says préstamo, quincena or deuda in payday week, and a "
               "'like videos from home' task-scam recruiter answering every trabajo, chamba, "
               "empleo or vacante, beside an exchange-rate bot, an earthquake-report relay, a "
               "savings cooperative and a bank's support account", seed=SEED + 3)
    A = s.author
    A("@FixDiario_Bot", "bot")
    A("@SismoReporteMX", "bot")
    A("@PrestaYa_MX", "bot")
    A("@Vacantes_DesdeCasa", "bot")
    A("@kari_emprende_feliz", "spammer", median=60, window=("09:00", "22:00"))
    A("@CajaSolidariaTlaq", "brand", median=120, window=("09:00", "18:00"), weekdays=True)
    A("@BancoAltavista_Ayuda", "brand", median=25, window=("08:00", "22:00"))
    A("@tia_lupe_opina", "prolific_person", median=4, window=("05:30", "00:30"))
    A("@luzma_godinez", "person", median=20, window=("06:30", "23:30"))
    A("@el_profe_ramiro", "person", median=40, window=("06:00", "22:30"))
    A("@dani_repartidor", "person", median=25, window=("10:00", "02:00"))
    A("@sofi_enfermera_noche", "person", median=20, window=("19:00", "09:00"))
    A("@don_chuy_taller", "person", median=60, window=("06:00", "21:00"))
    A("@mariana_estudia", "person", median=15, window=("08:00", "02:00"))
    A("@tavo_gdl", "person", median=20, window=("07:00", "00:30"))
    A("@karla_mama_de3", "person", median=30, window=("06:00", "23:00"))
    A("@beto_en_chicago", "person", median=40, window=("06:00", "23:30"), tz=-5)
    A("@abogada_paty", "person", median=45, window=("07:30", "23:00"))
    s.schedule("@FixDiario_Bot", "posts the day's official FIX peso-dollar rate at 09:00:00 on "
               "working days; never replies")
    s.schedule("@SismoReporteMX", "relays the national seismological service's preliminary "
               "earthquake reports within a minute or two; never replies")

    loan_t = [
        "¿Sin lana antes de la quincena? 💸 Préstamo de hasta $8,000 en 10 minutos, sin buró y "
        "sin aval. Solo tu INE 📲 Descarga PrestaYa: prestaya-app.mx",
        "Te entendemos 🙏 Con PrestaYa obtienes tu préstamo HOY, aprobación inmediata y sin "
        "revisar buró de crédito. Descárgala gratis 👉 prestaya-app.mx",
        "💰 ¡Dinero al instante! Hasta $8,000 directo a tu cuenta en minutos. Sin papeleo, sin "
        "filas, 100% desde tu celular. PrestaYa 👉 prestaya-app.mx",
        "No dejes que las deudas te quiten el sueño 😴 Préstamos rápidos desde $1,000, "
        "primer préstamo con 0% de interés* 📲 prestaya-app.mx",
    ]
    s.trigger("@PrestaYa_MX", "presta", r"\b(pr[eé]stamos?|quincenas?|deudas?)\b", loan_t,
              (20, 240), "an instant-loan app, under every préstamo, quincena or deuda")
    task_t = [
        "¡Hola! 👋 Estamos contratando: trabajo desde casa dando 'me gusta' a videos y "
        "calificando hoteles. Ganas de $400 a $1,800 diarios, pago el mismo día 💵 Escríbeme "
        "por Telegram 👉 @RH_Ana_Vacantes",
        "🔥 VACANTE URGENTE 🔥 Solo necesitas tu celular y 30 minutos al día. Sin experiencia, "
        "pago diario. Info por Telegram: @RH_Ana_Vacantes 📲",
        "¿Buscas chamba extra? 😊 Gana dinero desde casa con tareas sencillas en redes "
        "sociales, $50 por tarea. Cupo limitado, mándame mensaje a @RH_Ana_Vacantes",
    ]
    s.trigger("@Vacantes_DesdeCasa", "tarea",
              r"\b(trabajos?|chambas?|empleos?|desempleada?o?|vacantes?)\b", task_t, (120, 1500),
              "a 'like videos from home' task-scam recruiter, under every trabajo, chamba, "
              "empleo, desempleado or vacante")

    R, C = s.root, s.reply

    def fix(key, day, text):
        R(key, "@FixDiario_Bot", day + " 09:00:00", text, "social")

    # --- Monday ---------------------------------------------------------------------
    R("x1", "@luzma_godinez", "Mon 07:40", "Lunes. Faltan 4 días para la quincena y mi "
      "cuenta dice $312.50. ¿Alguien más sobreviviendo a base de tortillas con sal? 🫠",
      "social")
    C("x1a", "@tia_lupe_opina", "x1", "Mija, unos frijolitos de la olla y arroz rinden toda "
      "la semana. Ánimo 💪", "social")
    C("x1b", "@dani_repartidor", "x1", "$312.50 es ser millonaria, yo traigo $80 y medio "
      "tanque", "social")
    C("x1c", "@luzma_godinez", "x1b", "jajaja ok tú ganas, te invito un taco de canasta el "
      "viernes", "social")
    C("x1d", "@el_profe_ramiro", "x1", "La cuesta de abril es real. Aguante, compañera.",
      "social")
    C("x1e", "@luzma_godinez", "presta>x1", "Justo lo que necesito, un préstamo con 400% de "
      "interés anual 🙄 no gracias", "social")
    fix("fx1", "Mon", "💵 Tipo de cambio FIX para hoy, lunes 26 de abril: $17.41 por dólar "
        "(día hábil anterior: $17.36). Fuente: Banxico.")
    C("fx1a", "@beto_en_chicago", "fx1", "Buen día pa mandar. Le toca a mi amá lo de la "
      "renta.", "social")
    R("x2", "@karla_mama_de3", "Mon 12:15", "Me están marcando A MÍ por una deuda de mi "
      "primo con una app. Me mandaron una foto de él con la palabra FRAUDE encima. Yo ni "
      "sabía que me había puesto de referencia 😡 ¿Qué hago?", "social")
    C("x2a", "@abogada_paty", "x2", "No pagues nada ni les contestes. Guarda capturas de "
      "todo: números, mensajes, la imagen. Esas apps se meten a los contactos del teléfono y "
      "extorsionan a todos. Puedes denunciar ante la policía cibernética de tu estado.",
      "social")
    C("x2b", "@tia_lupe_opina", "x2", "Qué coraje. Bloquéalos y ya, mija.", "social")
    C("x2c", "@karla_mama_de3", "x2a", "Gracias, ya guardé todo. Mi primo dice que pidió "
      "$2,000 y ya le están cobrando $9,000 😳", "social")
    C("x2d", "@abogada_paty", "x2c", "Clásico. Esos intereses no tienen ni pies ni cabeza. "
      "Que tu primo tampoco pague más y que junte pruebas.", "social")
    C("x2e", "@karla_mama_de3", "presta>x2", "Reportado. Qué descaro, en serio.", "social",
      after="x2c")
    C("x2f", "@mariana_estudia", "x2", "A mi mamá le pasó igual el año pasado. Al final "
      "cambió de número 😔", "social")
    R("x3", "@dani_repartidor", "Mon 18:40", "Hoy 14 entregas, 3 propinas y 1 perro que me "
      "persiguió dos cuadras. Esta chamba no es para débiles 🛵", "social")
    C("x3a", "@tia_lupe_opina", "x3", "Cuídate mucho hijo, y que Diosito te cuide del perro "
      "🙏", "social")
    C("x3b", "@sofi_enfermera_noche", "x3", "Los repartidores son héroes sin capa. Siempre "
      "dejo propina.", "social")
    C("x3c", "@dani_repartidor", "tarea>x3", "Sí, cómo no, dinero fácil desde el celular. Y yo "
      "soy el Papa.", "social")
    # --- Tuesday --------------------------------------------------------------------
    fix("fx2", "Tue", "💵 Tipo de cambio FIX para hoy, martes 27 de abril: $17.38 por dólar "
        "(día hábil anterior: $17.41). Fuente: Banxico.")
    R("x4", "@tavo_gdl", "Tue 10:20", "Me quedé sin empleo el viernes. Recorte de personal, "
      "6 años en la empresa. Si saben de algo en Guadalajara de logística o almacén, aquí "
      "ando. RT se agradece 🙏", "social")
    C("x4a", "@don_chuy_taller", "x4", "Ánimo joven. Pregunta en los parques industriales de "
      "El Salto, siempre andan buscando montacarguistas.", "social")
    C("x4b", "@tia_lupe_opina", "x4", "RT y una veladora, mijo 🙏🕯️", "social")
    C("x4c", "@luzma_godinez", "x4", "Compartido. Mi hermano está en un almacén en "
      "Tlaquepaque, le pregunto si hay algo.", "social")
    C("x4d", "@tavo_gdl", "x4c", "Mil gracias de verdad 🙏", "social")
    C("x4e", "@tavo_gdl", "tarea>x4", "Ya sé que es estafa, no soy tan ingenuo. Ni me "
      "escriban.", "social")
    C("x4f", "@el_profe_ramiro", "x4", "Ánimo Tavo. Y ojo con las ofertas de 'trabajo desde "
      "casa dando likes', ya viste que te llegó una a los pocos minutos. Todas son el mismo "
      "fraude: te pagan $50 al principio y luego te piden que 'inviertas'.", "social",
      after="x4e")
    R("x5", "@don_chuy_taller", "Tue 13:00", "¿Alguien sabe si las cajas populares prestan "
      "para herramienta? Necesito un compresor nuevo y en el banco ni me pelan. "
      "@CajaSolidariaTlaq", "social")
    C("x5a", "@CajaSolidariaTlaq", "x5", "¡Hola, don Chuy! Sí: tenemos crédito productivo "
      "para herramienta y equipo desde $5,000, para socios con al menos 3 meses de ahorro. "
      "Tasa y requisitos en cajasolidaria.mx/credito o en cualquier sucursal. Nunca pedimos "
      "depósitos por adelantado.", "marketing")
    C("x5b", "@don_chuy_taller", "x5a", "Gracias, paso el sábado a la sucursal de "
      "Tlaquepaque.", "social")
    C("x5c", "@tia_lupe_opina", "x5", "Yo soy socia desde el 98, son gente seria.", "social")
    R("x6", "@sofi_enfermera_noche", "Tue 22:30", "Turno de noche, tres ingresos en la "
      "primera hora. Café número dos. Si alguien sigue despierto háblenme de algo que no sea "
      "sangre.", "social")
    C("x6a", "@dani_repartidor", "x6", "Hablemos de tacos al pastor. El de mi esquina le pone "
      "piña asada.", "social", delay=(3, 15))
    C("x6b", "@sofi_enfermera_noche", "x6a", "Piña ASADA. Ya me dio hambre, gracias Dani 😂",
      "social", delay=(5, 25))
    C("x6c", "@mariana_estudia", "x6", "Estudiando estadística a las 11 de la noche, te "
      "acompaño en el desvelo 🫡", "social", delay=(10, 40))
    # --- Wednesday ------------------------------------------------------------------
    fix("fx3", "Wed", "💵 Tipo de cambio FIX para hoy, miércoles 28 de abril: $17.33 por "
        "dólar (día hábil anterior: $17.38). Fuente: Banxico.")
    R("eq1", "@SismoReporteMX", "Wed 11:45:12", "🔔 SISMO Magnitud 5.1 · 42 km al SO de "
      "Pinotepa Nacional, Oax. · 11:43:27 · Prof. 16 km. Información preliminar del SSN. "
      "#sismo", "social")
    C("eq1a", "@luzma_godinez", "eq1", "Ni lo sentí en la oficina, pero todos ya estaban "
      "viendo el celular con cara de susto", "social")
    C("eq1b", "@tia_lupe_opina", "eq1", "Ay Dios, ojalá no haya daños en Oaxaca 🙏",
      "social")
    R("x7", "@mariana_estudia", "Wed 16:20", "Hilo: cómo reconocer una app de préstamo "
      "fraudulenta ANTES de instalarla 🧵\n1. Pide acceso a todos tus contactos y tu "
      "galería.\n2. No aparece en el registro de la CONDUSEF.\n3. Promete 'sin buró' y "
      "aprobación en 5 minutos.\n4. Dice 'meses' pero el plazo real es de 7 días.", "social")
    C("x7a", "@abogada_paty", "x7", "Excelente hilo. Agrego: si ya la instalaste, quítale "
      "los permisos y cambia tus contraseñas.", "social")
    C("x7b", "@karla_mama_de3", "x7", "Se lo voy a mandar a mi primo 😩", "social")
    C("x7c", "@el_profe_ramiro", "x7", "Lo comparto con mis alumnos de prepa. Gracias, "
      "Mariana.", "social")
    C("x7d", "@tia_lupe_opina", "presta>x7", "Y ahí está, tal cual lo describe tu hilo 😂",
      "social")
    C("x7e", "@kari_emprende_feliz", "x7", "Por eso mejor emprende 💕 Yo dejé de depender "
      "de préstamos gracias a mi negocio desde casa, te explico por DM 🌸", "spam")
    # --- Thursday -------------------------------------------------------------------
    fix("fx4", "Thu", "💵 Tipo de cambio FIX para hoy, jueves 29 de abril: $17.30 por dólar "
        "(día hábil anterior: $17.33). Fuente: Banxico.")
    R("x8", "@el_profe_ramiro", "Thu 19:30", "Hoy un alumno me preguntó si valía la pena "
      "estudiar si 'en TikTok ganan más'. Le dije que sí. Luego me fui a mi casa a revisar "
      "mi saldo y ya no estoy tan seguro 😅", "social")
    C("x8a", "@mariana_estudia", "x8", "Profe NO, sí vale la pena 😭 (dígame que sí vale "
      "la pena)", "social")
    C("x8b", "@tia_lupe_opina", "x8", "Sí vale, profe. Lo que se aprende nadie te lo quita.",
      "social")
    C("x8c", "@kari_emprende_feliz", "x8", "Profe, ¿y si le hace un guardadito con un "
      "negocio desde casa? 💕 Yo gano extra cada semana, mándeme DM y le explico 🌸",
      "spam")
    C("x8d", "@el_profe_ramiro", "x8c", "No, gracias, señora. Y deje de escribirle lo mismo "
      "a todo el que se queja de dinero.", "social")
    # --- Friday ---------------------------------------------------------------------
    R("x9", "@luzma_godinez", "Fri 07:30", "Es quincena y mi depósito de nómina no aparece. "
      "@BancoAltavista_Ayuda ¿qué pasa? Hoy tengo que pagar la renta 😭", "social")
    C("x9a", "@BancoAltavista_Ayuda", "x9", "Hola, Luz María. Lamentamos la espera: algunos "
      "depósitos de nómina se están reflejando con retraso esta mañana y deberían verse "
      "antes de las 12:00 h. Si para entonces no aparece, mándanos un DM con los últimos 4 "
      "dígitos de tu cuenta (nunca tu NIP ni contraseñas) y lo revisamos.", "marketing",
      delay=(25, 50))
    C("x9b", "@dani_repartidor", "x9", "A mí la app me paga diario y aun así no me alcanza "
      "jaja", "social")
    C("x9c", "@luzma_godinez", "x9a", "Ya cayó a las 11:20. Gracias. Casi me da un "
      "infarto.", "social", at="Fri 11:24")
    C("x9d", "@BancoAltavista_Ayuda", "x9c", "¡Qué bueno! Gracias por tu paciencia, Luz "
      "María.", "marketing")
    fix("fx5", "Fri", "💵 Tipo de cambio FIX para hoy, viernes 30 de abril: $17.29 por dólar "
        "(día hábil anterior: $17.30). Fuente: Banxico.")
    R("x10", "@CajaSolidariaTlaq", "Fri 13:00", "📢 Aviso a nuestros socios: nunca te "
      "ofreceremos un préstamo por WhatsApp, Telegram o en respuestas de redes sociales. Si "
      "alguien usa nuestro nombre, repórtalo en sucursal o en cajasolidaria.mx/reporta.",
      "marketing")
    C("x10a", "@tia_lupe_opina", "x10", "Muy bien que avisen. Ya hay mucho sinvergüenza.",
      "social")
    C("x10b", "@abogada_paty", "presta>x10", "El bot respondiéndole al aviso contra los "
      "bots. 10/10.", "social")
    R("x11", "@beto_en_chicago", "Fri 19:10", "Ya mandé lo de la quincena a mi amá. $300 "
      "dólares que allá rinden más que aquí. Pinche renta en Chicago 😮‍💨", "social")
    C("x11a", "@tia_lupe_opina", "x11", "Dios te bendiga por ser buen hijo 🙏", "social")
    C("x11b", "@tavo_gdl", "x11", "Respeto total, carnal.", "social")
    # --- Saturday -------------------------------------------------------------------
    C("x11c", "@dani_repartidor", "x11", "Acabo de terminar mi última entrega y leo esto. "
      "Saludos a tu amá, carnal.", "social", at="Sat 00:50")
    C("x11d", "@sofi_enfermera_noche", "x11", "Sábado, 2 de la mañana, en la guardia "
      "leyendo esto. Tu amá debe estar bien orgullosa.", "social", at="Sat 02:10")
    R("x13", "@tavo_gdl", "Sat 10:00", "Actualización: ¡tengo entrevista el lunes en un "
      "almacén en El Salto! Gracias a todos los que compartieron 🙏 y a don Chuy por el "
      "tip.", "social")
    C("x13a", "@don_chuy_taller", "x13", "¡Eso mero! Llega temprano y con zapato de "
      "seguridad si tienes.", "social")
    C("x13b", "@luzma_godinez", "x13", "VAMOS TAVO 🙌", "social")
    C("x13c", "@tia_lupe_opina", "x13", "Le prendí otra veladora 🕯️", "social")
    R("x14", "@el_profe_ramiro", "Sat 12:30", "Mañana es Día del Trabajo y yo aquí "
      "calificando 120 exámenes. La ironía.", "social")
    C("x14a", "@mariana_estudia", "x14", "Profe, ¿la pregunta 4 contaba doble? 👀",
      "social")
    C("x14b", "@el_profe_ramiro", "x14a", "Mariana, tú ni eres mi alumna 😂", "social")
    # --- Sunday ---------------------------------------------------------------------
    R("x15", "@karla_mama_de3", "Sun 11:00", "Actualización de lo de la app: hice la "
      "denuncia y mi primo también. Ya dejaron de marcarme. Gracias @abogada_paty por "
      "orientarme 🙏", "social")
    C("x15a", "@abogada_paty", "x15", "¡Qué bueno! Y que tu primo no vuelva a darle permiso "
      "de contactos a ninguna app.", "social")
    C("x15b", "@mariana_estudia", "x15", "Me alegra mucho. Mi hilo llegó a 3 mil RTs, ojalá "
      "le sirva a alguien más.", "social")
    R("x16", "@dani_repartidor", "Sun 21:15", "Domingo cerrado: 31 entregas en el fin de "
      "semana, cero perros. Mañana descanso. Gracias a todos los que dejan propina, en "
      "serio.", "social")
    C("x16a", "@sofi_enfermera_noche", "x16", "Cero perros es un logro. Descansa 🛵💤",
      "social")
    C("x16b", "@tia_lupe_opina", "x16", "Bendito sea Dios. Duerme bien, hijo.", "social")
    return s


# =====================================================================================
# 4. Mastodon, in German: a heat-pump subsidy lead bot and a balcony-solar fake shop on an
#    energy-transition instance (CET, UTC+1), Mon 8 - Sun 14 March 2027
# =====================================================================================
def mastodon_energy():
    s = stream("mastodon_de_heatpump_subsidy_leads_balcony_solar_fakeshop_bots.jsonl",
               "mastodon", 1, "2027-03-08", 30,
               "Mastodon, in German: a heat-pump 'subsidy check' lead bot answering every post "
               "or reply on a small energy-transition instance that says Wärmepumpe, Heizung "
               "or Förderung, until the admin silences it, and a balcony-solar fake shop "
               "answering every Balkonkraftwerk, Solar, PV or Wechselrichter, beside the "
               "instance's daily electricity-mix bot, a municipal utility, an energy "
               "cooperative and an energy-advice charity", seed=SEED + 4)
    A = s.author
    A("strommix", "bot")
    FOE = A("foerdercheck@foerder-blitz.de", "bot")
    SUN = A("sonnendeal@balkonsonne-deal.shop", "bot")
    A("klaus_spart@mastodon.social", "spammer", median=90, window=("08:00", "22:30"))
    A("stadtwerke@lindenau.social", "brand", median=90, window=("08:00", "18:00"),
      weekdays=True)
    A("buergerenergie", "brand", median=180, window=("09:00", "20:00"))
    A("energieberatung", "brand", median=240, window=("09:00", "17:00"), weekdays=True)
    A("jens_heizungsbauer", "prolific_person", median=6, window=("05:30", "23:30"))
    A("anja_altbau", "person", median=40, window=("06:30", "23:00"))
    A("mehmet_mietet", "person", median=30, window=("07:00", "00:30"))
    A("gerda@plaudern.social", "person", median=90, window=("07:30", "21:30"))
    A("lea_studiert", "person", median=20, window=("10:00", "02:30"))
    A("tobi_schicht", "person", median=25, window=("14:00", "08:00"))
    A("kathi_physik", "person", median=35, window=("06:00", "22:30"))
    A("familie_brandt", "person", median=60, window=("06:30", "22:00"))
    A("sabine@steiermark.social", "person", median=50, window=("07:00", "22:30"))
    A("admin_frieder", "person", median=45, window=("07:00", "00:00"))
    s.schedule("strommix", "the instance's bot: posts yesterday's German electricity mix at "
               "08:00:00 every day; never replies")

    foe_t = [
        "🔥 Bis zu 70 % Zuschuss für Ihre neue Wärmepumpe – aber nur, wenn Sie JETZT handeln! "
        "Kostenloser Förder-Check in 2 Minuten 👉 foerder-blitz.de/check",
        "Heizungsgesetz verwirrend? 😵 Wir holen die maximale Förderung für Sie raus – 100 % "
        "kostenlos & unverbindlich. Jetzt Beratungstermin sichern: foerder-blitz.de",
        "⚠️ Förderstopp droht! Sichern Sie sich noch heute Ihren Zuschuss für die neue "
        "Heizung. Über 12.000 zufriedene Kunden ✅ foerder-blitz.de/jetzt",
    ]
    s.trigger(FOE, "foerder", r"\b(wärmepumpen?|heizungs?|förderung)\b", foe_t, (30, 360),
              "a heat-pump 'subsidy check' lead generator, under every Wärmepumpe, Heizung or "
              "Förderung, until the admin silences it", end="Thu 12:00")
    sun_t = [
        "☀️ RÄUMUNGSVERKAUF: Balkonkraftwerk 800 W komplett für nur 149 € statt 599 €! Nur "
        "heute, solange der Vorrat reicht ⏰ balkonsonne-deal.shop",
        "Stromrechnung halbieren? ⚡ Unser 800-W-Set mit Wechselrichter jetzt 75 % reduziert, "
        "Versand kostenlos, Zahlung per Vorkasse 👉 balkonsonne-deal.shop",
        "🌞 Nur noch 17 Sets auf Lager! Balkonkraftwerk für 149 €, Lieferung in 48 h. "
        "balkonsonne-deal.shop",
    ]
    s.trigger(SUN, "sonne", r"\b(balkonkraftwerke?|solar|pv|wechselrichter|photovoltaik)\b",
              sun_t, (60, 900), "a balcony-solar fake shop (prepayment, a countdown, a quarter "
              "of the real price), under every Balkonkraftwerk, Solar, PV, Wechselrichter or "
              "Photovoltaik")

    R, C = s.root, s.reply

    def mix(key, day, text):
        R(key, "strommix", day + " 08:00:00", text + " #Strommix", "social")

    # --- Monday ---------------------------------------------------------------------
    mix("m1", "Mon", "Strommix gestern (So 7.3.): Wind 38 %, Solar 9 %, Biomasse 8 %, "
        "Wasser 4 %, Braunkohle 16 %, Steinkohle 5 %, Erdgas 14 %, Sonstige 6 %. "
        "Ø Börsenpreis 7,1 ct/kWh.")
    C("m1a", "jens_heizungsbauer", "m1", "38 % Wind an einem Sonntag im März, nicht "
      "schlecht.", "social")
    R("a1", "anja_altbau", "Mon 09:30", "Frage an die Runde: Baujahr 1934, ungedämmte "
      "Außenwände, Gaskessel von 2003. Der Schornsteinfeger sagt: 'Wärmepumpe können Sie "
      "vergessen.' Stimmt das? #Altbau", "social")
    C("a1a", "jens_heizungsbauer", "a1", "Pauschal stimmt das nicht. Entscheidend ist die "
      "Vorlauftemperatur. Stell die Heizung an einem kalten Tag mal auf 50 Grad runter und "
      "schau, ob alle Räume warm werden. Wenn ja, geht es oft besser, als man denkt.",
      "social")
    C("a1b", "anja_altbau", "a1a", "Das probiere ich heute Abend aus. Danke! Wie lange muss "
      "ich testen?", "social")
    C("a1c", "jens_heizungsbauer", "a1b", "Eine Woche mit Frost wäre ideal. Ein kalter Tag "
      "reicht für einen ersten Eindruck.", "social")
    C("a1d", "kathi_physik", "a1", "Unser Haus ist von 1951, wir haben nur die drei "
      "kleinsten Heizkörper getauscht. Läuft seit zwei Wintern, Jahresarbeitszahl 3,4.",
      "social")
    C("a1e", "energieberatung", "a1", "Hallo Anja, für genau diese Frage gibt es unseren "
      "kostenlosen Heiz-Check bei dir zu Hause: Wir messen Vorlauftemperaturen und schauen "
      "uns die Heizkörper an. Termine über energieberatung-lindenau.de, im Moment etwa drei "
      "Wochen Wartezeit.", "marketing")
    C("a1f", "anja_altbau", "foerder>a1", "Nicht mal das Ministerium weiß genau, was es "
      "dieses Jahr gibt, aber ihr schon? Gemeldet.", "social", after="a1b")
    C("a1g", "admin_frieder", "foerder>a1", "Danke fürs Melden. Das Konto sitzt auf einem "
      "fremden Server, wir können es hier nur stummschalten. Ich beobachte es.", "social",
      after="a1f")
    R("b1", "mehmet_mietet", "Mon 12:10", "Vermieter hat endlich JA gesagt zum "
      "Balkonkraftwerk! 🎉 Jetzt die Qual der Wahl: zwei Module mit 800-W-Wechselrichter "
      "oder gleich einen Speicher dazu? Südbalkon, 3. OG.", "social")
    C("b1a", "kathi_physik", "b1", "Ohne Speicher anfangen. Wenn ihr tagsüber meistens weg "
      "seid, rechnet sich ein Speicher erst nach sehr vielen Jahren.", "social")
    C("b1b", "lea_studiert", "b1", "Glückwunsch!! Unser Vermieter hat 'aus optischen "
      "Gründen' nein gesagt 🙄", "social")
    C("b1c", "mehmet_mietet", "b1b", "So einfach darf er das inzwischen nicht mehr "
      "ablehnen, schau dir die neuen Regeln im Mietrecht an.", "social")
    C("b1d", "mehmet_mietet", "sonne>b1", "Ein 800-W-Set für ein Viertel vom normalen Preis? "
      "Klar. Und die Module bringt der Osterhase.", "social", after="b1a")
    C("b1e", "kathi_physik", "b1d", "Fakeshop-Klassiker: Vorkasse, Countdown, ein Viertel "
      "vom normalen Preis. Vor jeder Bestellung im Fakeshop-Finder der Verbraucherzentrale "
      "nachschauen.", "social")
    R("g1", "gerda@plaudern.social", "Mon 19:45", "Meine Enkelin hat mir erklärt, was "
      "Mastodon ist. Ich bin 78 und habe seit 1979 Solarzellen auf dem Gartenhaus. Damals "
      "hat man mich für verrückt gehalten. Jetzt schreibe ich hier. 🌻", "social")
    C("g1a", "anja_altbau", "g1", "Willkommen, Gerda! 1979! Das ist echte Pionierarbeit.",
      "social")
    C("g1b", "jens_heizungsbauer", "g1", "Herzlich willkommen! Die Geschichte mit dem "
      "Gartenhaus will ich hören.", "social")
    C("g1c", "gerda@plaudern.social", "g1b", "Ein Bausatz aus dem Versandkatalog, 12 Volt. "
      "Es reichte für eine Glühbirne und das Radio. Mein Mann hat gelacht, bis im Winter 78 "
      "der Strom ausfiel.", "social")
    C("g1d", "lea_studiert", "g1c", "Gerda ist ab jetzt offiziell meine Lieblingsperson "
      "hier", "social")
    # --- Tuesday --------------------------------------------------------------------
    mix("m2", "Tue", "Strommix gestern (Mo 8.3.): Wind 29 %, Solar 11 %, Biomasse 8 %, "
        "Wasser 4 %, Braunkohle 19 %, Steinkohle 6 %, Erdgas 17 %, Sonstige 6 %. "
        "Ø Börsenpreis 8,4 ct/kWh.")
    R("sw1", "stadtwerke@lindenau.social", "Tue 10:20", "Info-Abend 'Heizen mit "
      "Wärmepumpe' am Donnerstag um 18 Uhr im Kundenzentrum am Markt: unser "
      "Wärmepumpentarif, Fragen zum Netzanschluss und drei Lindenauer Haushalte, die "
      "erzählen, wie es bei ihnen läuft. Eintritt frei, keine Anmeldung nötig.",
      "marketing")
    C("sw1a", "anja_altbau", "sw1", "Da komme ich! Kann man auch Fragen zum Altbau "
      "stellen?", "social")
    C("sw1b", "stadtwerke@lindenau.social", "sw1a", "Sehr gern, Anja. Eine der drei "
      "Familien wohnt in einem Haus von 1928.", "marketing")
    C("sw1c", "familie_brandt", "sw1", "Geht das auch mit Kindern? Sonst kann nur einer von "
      "uns.", "social")
    C("sw1d", "stadtwerke@lindenau.social", "sw1c", "Klar, es gibt Saft, Kekse und eine "
      "Malecke. 🙂", "marketing")
    R("t1", "tobi_schicht", "Tue 23:50", "Nachtschicht. Gerade die Jahresabrechnung "
      "geöffnet: 640 € Nachzahlung und der Abschlag steigt auf 112 €. Wie soll das gehen. "
      "@stadtwerke@lindenau.social", "social")
    C("t1a", "jens_heizungsbauer", "t1", "Ist das Wasser bei dir elektrisch? Bei mir war's "
      "damals der alte Durchlauferhitzer, der alles gefressen hat.", "social")
    C("t1b", "tobi_schicht", "t1a", "Durchlauferhitzer, ja. Und ich dusche nach jeder "
      "Schicht. Das erklärt einiges.", "social")
    C("t1c", "stadtwerke@lindenau.social", "t1", "Guten Morgen Tobi, das ist ein "
      "ordentlicher Brocken, tut uns leid. Die Nachzahlung kannst du in bis zu sechs Raten "
      "zahlen, und den Abschlag schauen wir uns gern mit dir an, wenn sich dein Verbrauch "
      "geändert hat. Schreib uns eine Direktnachricht mit deiner Kundennummer oder ruf "
      "unsere Hotline an.", "marketing")
    C("t1d", "tobi_schicht", "t1c", "Raten gehen, danke. Hab geschrieben.", "social")
    C("t1e", "klaus_spart@mastodon.social", "t1", "Wechsel doch einfach! Ich bin bei "
      "GrünVolt und zahle 80 € weniger im Jahr 😊 Mit meinem Code KLAUS50 gibt's 50 € "
      "Bonus!", "spam")
    C("t1f", "admin_frieder", "t1e", "Klaus, das ist jetzt das fünfte Mal mit deinem Code "
      "in fremden Threads. Lass das bitte, sonst wird dein Konto hier stummgeschaltet.",
      "social")
    # --- Wednesday ------------------------------------------------------------------
    mix("m3", "Wed", "Strommix gestern (Di 9.3.): Wind 12 %, Solar 10 %, Biomasse 9 %, "
        "Wasser 4 %, Braunkohle 25 %, Steinkohle 9 %, Erdgas 24 %, Sonstige 7 %. "
        "Ø Börsenpreis 11,6 ct/kWh.")
    C("m3a", "kathi_physik", "m3", "12 % Wind. Man sieht die Flaute in jeder Zeile.",
      "social")
    R("fb1", "familie_brandt", "Wed 11:00", "Neubau von 2019, Fußbodenheizung, "
      "Gasbrennwertkessel. Lohnt sich der Umstieg auf eine Wärmepumpe schon jetzt oder erst, "
      "wenn der Kessel kaputt ist?", "social")
    C("fb1a", "jens_heizungsbauer", "fb1", "Mit Fußbodenheizung seid ihr der Idealfall. Ich "
      "würde nicht warten, bis der Kessel kaputt ist: Dann muss es im Januar in drei Tagen "
      "gehen, und das wird teuer und hektisch.", "social")
    C("fb1b", "sabine@steiermark.social", "fb1", "Bei uns in Österreich ist es ähnlich. Wir "
      "haben 2024 umgestellt und bereuen nur, dass wir so lange gewartet haben.", "social")
    C("fb1c", "familie_brandt", "fb1a", "Das mit 'im Januar in drei Tagen' ist ein sehr "
      "gutes Argument. Danke!", "social")
    # --- Thursday -------------------------------------------------------------------
    mix("m4", "Thu", "Strommix gestern (Mi 10.3.): Wind 21 %, Solar 13 %, Biomasse 8 %, "
        "Wasser 4 %, Braunkohle 21 %, Steinkohle 7 %, Erdgas 19 %, Sonstige 7 %. "
        "Ø Börsenpreis 9,8 ct/kWh.")
    R("ad1", "admin_frieder", "Thu 11:40", "Moderationshinweis: Das Konto "
      "foerdercheck@foerder-blitz.de ist ab sofort auf waermewende.social stummgeschaltet. "
      "Es hat seit Montag auf fast jede Erwähnung von Wärmepumpe oder Heizung geantwortet. "
      "Danke für eure Meldungen!", "social")
    C("ad1a", "jens_heizungsbauer", "ad1", "Danke Frieder. Es hat sogar mir geantwortet, als "
      "ich nur erklärt habe, wie man die Vorlauftemperatur testet.", "social")
    C("ad1b", "anja_altbau", "foerder>ad1", "Es hat sogar noch auf die Ankündigung "
      "geantwortet 😂 Tschüss!", "social")
    R("b2", "mehmet_mietet", "Thu 13:15", "Update: Das Balkonkraftwerk hängt! 2 × 430 W, "
      "seit 11 Uhr 1,3 kWh. Ich starre auf die App wie auf ein Aquarium. 🐠☀️", "social")
    C("b2a", "kathi_physik", "b2", "Das Aquarium-Gefühl geht nie weg. Ich schaue nach drei "
      "Jahren immer noch jeden Mittag rein.", "social")
    C("b2b", "lea_studiert", "b2", "Neid. Reiner, sonniger Neid.", "social")
    C("b2c", "jens_heizungsbauer", "b2", "Sieht gut aus! Schon im Marktstammdatenregister "
      "angemeldet? Ist nur ein Formular.", "social")
    C("b2d", "mehmet_mietet", "b2c", "Gestern Abend, hat zehn Minuten gedauert.", "social")
    R("a2", "anja_altbau", "Thu 21:10", "War beim Info-Abend. Das Haus von 1928 heizt jetzt "
      "mit Wärmepumpe und 48 Grad Vorlauf, und die Familie sagt, es ist wärmer als vorher. "
      "Ich bin vorsichtig optimistisch. 🏠", "social")
    C("a2a", "jens_heizungsbauer", "a2", "48 Grad im Altbau, das ist machbar. Hast du deinen "
      "50-Grad-Test gemacht?", "social")
    C("a2b", "anja_altbau", "a2a", "Ja! Alle Räume warm außer dem Bad. Das Bad bekommt "
      "einen größeren Heizkörper.", "social")
    C("a2c", "stadtwerke@lindenau.social", "a2", "Danke, dass du da warst, Anja! Die Folien "
      "vom Abend stehen jetzt auf stadtwerke-lindenau.de/waerme.", "marketing")
    C("a2d", "lea_studiert", "a2", "Hab das gerade um eins nachts gelesen und will jetzt "
      "auch ein Haus von 1928. Mit allem Drum und Dran.", "social", at="Fri 01:05")
    # --- Friday ---------------------------------------------------------------------
    mix("m5", "Fri", "Strommix gestern (Do 11.3.): Wind 33 %, Solar 14 %, Biomasse 8 %, "
        "Wasser 4 %, Braunkohle 15 %, Steinkohle 4 %, Erdgas 14 %, Sonstige 8 %. "
        "Ø Börsenpreis 6,9 ct/kWh.")
    R("be1", "buergerenergie", "Fri 10:00", "☀️ Bürgersolarpark Lindenau-Ost: Ab heute "
      "können Mitglieder und alle, die es werden wollen, Anteile zeichnen. Ein Anteil kostet "
      "250 €, die Generalversammlung ist am 9. April. Jedes Mitglied hat eine Stimme, egal "
      "wie viele Anteile. #Bürgerenergie", "marketing")
    C("be1a", "gerda@plaudern.social", "be1", "Ich nehme zwei. Für meine Enkelin.", "social")
    C("be1b", "kathi_physik", "be1", "Gibt es eine Mindestlaufzeit? Finde dazu nichts auf "
      "eurer Seite.", "social")
    C("be1c", "buergerenergie", "be1b", "Hallo Kathi, kündigen kann man frühestens nach "
      "fünf Jahren zum Jahresende, das steht in § 9 der Satzung. Wir ergänzen es auf der "
      "Seite, danke für den Hinweis!", "marketing")
    C("be1d", "mehmet_mietet", "be1", "Als Mieter ist das meine Chance, an einer richtigen "
      "PV-Anlage beteiligt zu sein.", "social")
    C("be1e", "klaus_spart@mastodon.social", "be1", "Oder einfach den Stromanbieter "
      "wechseln 😉 Code KLAUS50, 50 € Bonus!", "spam")
    # --- Saturday -------------------------------------------------------------------
    R("t2", "tobi_schicht", "Sat 03:10", "Samstag, 3 Uhr, Pause. Draußen Sternenhimmel, "
      "drinnen Automatenkaffee. Mehmets Balkonkraftwerk schläft jetzt auch.", "social")
    C("t2a", "mehmet_mietet", "t2", "Es träumt von Sonne. 😄", "social")
    mix("m6", "Sat", "Strommix gestern (Fr 12.3.): Wind 41 %, Solar 15 %, Biomasse 7 %, "
        "Wasser 4 %, Braunkohle 12 %, Steinkohle 3 %, Erdgas 11 %, Sonstige 7 %. "
        "Ø Börsenpreis 5,2 ct/kWh.")
    C("m6a", "kathi_physik", "m6", "Wind und Sonne zusammen über die Hälfte, an einem Freitag "
      "im März. Schön.", "social")
    R("sa1", "sabine@steiermark.social", "Sat 11:00", "Frühjahrsputz auf dem Dach: Moos "
      "runter, Module gewaschen. 6 % mehr Ertrag als letzte Woche. Oder es ist einfach "
      "sonniger. Wissenschaft! 😅 #Photovoltaik", "social")
    C("sa1a", "kathi_physik", "sa1", "Als Physiklehrerin muss ich sagen: vermutlich die "
      "Sonne. Aber saubere Module schaden nie.", "social")
    C("sa1b", "gerda@plaudern.social", "sa1", "Ich wische meine seit 1979 mit dem "
      "Gartenschlauch ab. Mein Mann hat immer gesagt, das bringt nichts. Er hat sich oft "
      "geirrt.", "social")
    # --- Sunday ---------------------------------------------------------------------
    mix("m7", "Sun", "Strommix gestern (Sa 13.3.): Wind 26 %, Solar 17 %, Biomasse 8 %, "
        "Wasser 4 %, Braunkohle 16 %, Steinkohle 5 %, Erdgas 15 %, Sonstige 9 %. "
        "Ø Börsenpreis 7,4 ct/kWh.")
    R("ad2", "admin_frieder", "Sun 17:30", "Wochenrückblick auf waermewende.social: 23 neue "
      "Mitglieder, ein Konto stummgeschaltet, ein Fakeshop gemeldet. Herzlich willkommen "
      "an alle Neuen, besonders an Gerda! 🌻", "social")
    C("ad2a", "gerda@plaudern.social", "ad2", "Danke schön! Ich bleibe.", "social")
    C("ad2b", "lea_studiert", "ad2", "🌻🌻", "social")
    C("ad2c", "anja_altbau", "ad2", "Und ich hab einen Termin für den Heiz-Check. Danke an "
      "alle für die Tipps diese Woche!", "social")
    return s


# =====================================================================================
# 5. Instagram: a potter's shop account before a sale, with fake 'brand ambassador' collab
#    bots and a paid 'feature page' bot (EST, UTC-5), Mon 15 - Sun 21 November 2027
# =====================================================================================
def instagram_pottery():
    s = stream("instagram_pottery_shop_fake_collab_ambassador_promo_page_bots.jsonl",
               "instagram", -5, "2027-11-15", 45,
               "Instagram: a fake 'brand ambassador' bot commenting on every post from potters "
               "with the same 'we'd love to collab' line, and a paid 'feature page' bot "
               "answering every post or comment that says shop, sold, restock or update, "
               "under a potter's shop account in the week of its sale, beside a clay "
               "supplier and a makers' market", seed=SEED + 5)
    A = s.author
    FERN = A("fernhollowpottery", "brand", median=60, window=("07:00", "22:30"))
    COLLAB = A("glowluxe.collective", "bot")
    A("handmade.features.daily", "bot")
    A("resin.by.kaylee", "spammer", median=60, window=("09:00", "23:30"))
    A("laurelridgeclay", "brand", median=180, window=("09:00", "17:00"), weekdays=True)
    A("bluecrestmakersmarket", "brand", median=120, window=("09:00", "20:00"))
    A("clayday.carol", "prolific_person", median=6, window=("05:30", "23:00"))
    A("jen.collects.mugs", "person", median=30, window=("07:00", "00:00"))
    A("sam_the_potter_nc", "person", median=45, window=("07:00", "23:30"))
    A("ruthann.w", "person", median=90, window=("06:30", "21:30"))
    A("nightnurse.danielle", "person", median=30, window=("18:00", "10:00"))
    A("oliver.in.leeds", "person", median=60, window=("07:00", "23:30"), tz=0)
    A("kiln.gods", "person", median=40, window=("07:00", "00:00"), tz=-8)
    A("marcus.bakes", "person", median=60, window=("05:00", "21:00"))
    A("tilly.thrifts", "person", median=40, window=("08:00", "01:00"))
    A("aj_makes_bowls", "person", median=50, window=("07:00", "23:00"))
    A("priya.ceramics.student", "person", median=30, window=("09:00", "02:00"))

    collab_t = [
        "Hey gorgeous! 😍 Your work is stunning, we'd love to collab 💕 DM us at "
        "@glowluxe.collective to become our brand ambassador ✨",
        "Love your feed!! 🔥 You'd be perfect for our ambassador program 💌 Send us a DM to "
        "collab!",
        "Obsessed 😍😍 We want to feature you as an ambassador! DM @glowluxe.collective ✨",
        "Wow, this is amazing 👏 Are you open to a collab? DM us, babe 💕",
    ]
    s.trigger(COLLAB, "collab", None, collab_t, (60, 900),
              "a fake 'brand ambassador' program (free jewellery, then a shipping fee), with "
              "the same line under every post from the potters", roots_only=True,
              where=lambda it: it.author in (FERN, "sam_the_potter_nc"))
    promo_t = [
        "Send this to @handmade.features.daily to get featured 🔥🙌",
        "🔥🔥 Promote it on @handmade.features.daily, 200K makers see it",
        "This deserves more eyes 👀 DM @handmade.features.daily for a feature 🙌",
    ]
    s.trigger("handmade.features.daily", "promo", r"\b(shop|sold|restock|update)\b", promo_t,
              (30, 600), "a paid 'feature page', under every shop, sold, restock or update")

    R, C = s.root, s.reply
    tags = "\n\n#handmadepottery #wheelthrown #ceramics #potterylife"
    # --- Monday ---------------------------------------------------------------------
    R("i1", FERN, "Mon 09:10", "Monday in the studio: 46 mugs trimmed, handles tomorrow. "
      "These are for Friday's shop update, 7pm EST, link in bio 🫶" + tags, "marketing")
    C("i1a", "clayday.carol", "i1", "Those feet are so clean! What do you trim with?",
      "social")
    C("i1b", FERN, "i1a", "A loop tool I've had for eleven years and a lot of stubbornness "
      "😄", "marketing")
    C("i1c", "jen.collects.mugs", "i1", "Alarm set for Friday. Last time I missed the "
      "speckled ones by two minutes 😭", "social")
    C("i1d", FERN, "i1c", "More speckled this round, Jen! ✨", "marketing")
    C("i1e", "resin.by.kaylee", "i1", "omg love these 😍 would mean the world if you checked "
      "out my page, I make resin coasters 🥹💕", "spam")
    C("i1f", "sam_the_potter_nc", "i1", "46 in a day is wild. My wrists hurt just looking at "
      "this", "social")
    # --- Tuesday --------------------------------------------------------------------
    R("i2", FERN, "Tue 08:40", "Handle day. 46 mugs, 46 handles, one podcast about "
      "octopuses. ☕🐙 Friday at 7!" + tags, "marketing")
    C("i2a", "oliver.in.leeds", "i2", "Do you ship to the UK? Asking for my entire "
      "personality", "social")
    C("i2b", FERN, "i2a", "I do! International shipping opens Friday too. The UK is about "
      "$28 for one mug, sorry, it's the weight 😩", "marketing")
    C("i2c", "oliver.in.leeds", "i2b", "Worth it. Saving up.", "social")
    C("i2d", "nightnurse.danielle", "i2", "Octopus podcast and handles is my dream shift "
      "honestly", "social")
    C("i2e", "clayday.carol", "collab>i2", "Wren, don't answer these 'ambassador' ones! A "
      "friend of mine 'collabed' and paid $40 shipping for a free bracelet that never came.",
      "social")
    C("i2f", FERN, "i2e", "Ha, I know, Carol! They've been in my DMs for three years. Always "
      "'gorgeous', never read the caption.", "marketing")
    R("i3", FERN, "Tue 20:30", "Kiln opening 🔥 Bisque load, no cracks, no drama. Glaze day "
      "tomorrow: the new creek bed blue." + tags, "marketing")
    C("i3a", "kiln.gods", "i3", "No-drama bisque is the best bisque. Creek bed blue sounds "
      "🔥", "social")
    C("i3b", "aj_makes_bowls", "i3", "What cone do you bisque to? Mine keep cracking",
      "social")
    C("i3c", FERN, "i3b", "Cone 04 with a slow ramp for the first three hours. My clay's "
      "from @laurelridgeclay, their stoneware is pretty forgiving.", "marketing")
    C("i3d", "aj_makes_bowls", "i3c", "Thank you! Trying a slower ramp this weekend.",
      "social")
    C("i3e", "laurelridgeclay", "i3c", "Thanks for the shout, Wren! 🙌 Creek bed blue on our "
      "Blue Ridge Buff is going to be gorgeous. AJ, 25 lb bags of it are back at the "
      "warehouse this week if you want to try it.", "marketing")
    # --- Wednesday ------------------------------------------------------------------
    R("i4", FERN, "Wed 11:00", "Glaze test tiles! Left to right: creek bed blue, rust, "
      "oatmeal, and whatever happened to the one on the end. 🧪 Which do you want more of "
      "on Friday?" + tags, "marketing")
    C("i4a", "jen.collects.mugs", "i4", "CREEK BED BLUE", "social")
    C("i4b", "tilly.thrifts", "i4", "The 'whatever happened' one is secretly the best. Make "
      "it happen again", "social")
    C("i4c", FERN, "i4b", "I wish I knew what I did 😂 If I figure it out, you get first "
      "dibs", "marketing")
    C("i4d", "priya.ceramics.student", "i4", "The rust one looks like the hills near my "
      "grandparents' house in Kerala ❤️", "social")
    C("i4e", "clayday.carol", "i4", "Oatmeal is a classic for a reason. But the blue is the "
      "star.", "social")
    C("i4f", "marcus.bakes", "i4", "Would you ever do wholesale? I'm opening a little café "
      "in Hollis Creek in the spring and I want mugs in that blue.", "social")
    C("i4g", FERN, "i4f", "I'd love that! Email me at hello@fernhollowpottery.com and let's "
      "talk numbers. I do café orders in sets of 24.", "marketing")
    C("i4h", "marcus.bakes", "i4g", "Sent! 🙌", "social")
    R("i5", "bluecrestmakersmarket", "Wed 16:45", "Meet our makers! 🎄 @fernhollowpottery "
      "will be at the Bluecrest Holiday Makers Market, Dec 4-5, booth 12. Free entry, 60 "
      "makers, hot cider. #shopsmall #holidaymarket", "marketing")
    C("i5a", FERN, "i5", "So excited to be back! Booth 12, come say hi 👋 I'll have seconds "
      "at a discount too.", "marketing")
    C("i5b", "ruthann.w", "i5", "Proud mama moment! I'll be there with the cash box like "
      "last year.", "social")
    C("i5c", "sam_the_potter_nc", "i5", "I'm booth 14! Neighbours 🙌", "social")
    # --- Thursday -------------------------------------------------------------------
    R("i7", "sam_the_potter_nc", "Thu 19:30", "Just a sad pile of cracked bowls tonight. "
      "Some weeks the clay wins." + tags, "social")
    C("i7a", "clayday.carol", "i7", "Some weeks! Next week you win.", "social")
    C("i7b", "kiln.gods", "i7", "Cracks at the base or the rim?", "social")
    C("i7c", "sam_the_potter_nc", "i7b", "Base. S-cracks, every one. I got lazy about "
      "compressing.", "social")
    C("i7d", "kiln.gods", "i7c", "Compress like it owes you money 😂", "social")
    C("i7e", "sam_the_potter_nc", "collab>i7", "Mate. It's a pile of broken bowls. 🙃", "social")
    R("i8", FERN, "Thu 22:15", "Kiln's open. Nine mugs lost to glaze crawling, the rest are "
      "the best I've ever made. Friday's update will be 37 mugs instead of 46. Sorry, "
      "friends who were counting 💔" + tags, "marketing")
    C("i8a", "kiln.gods", "i8", "Crawling is the worst. Dusty bisque? Wipe every piece with "
      "a damp sponge before glazing.", "social")
    C("i8b", FERN, "i8a", "I think that's exactly it. The studio's been so dusty from all "
      "the trimming. Lesson learned.", "marketing")
    C("i8c", "jen.collects.mugs", "i8", "37 is still 37 chances. Alarm still set 😤",
      "social")
    C("i8e", "nightnurse.danielle", "i8", "3am on the ward and I'm looking at glaze photos. "
      "The survivors are gorgeous.", "social", at="Fri 03:05")
    C("i8d", "ruthann.w", "i8", "The crawled ones would look lovely holding my pens, hint "
      "hint", "social")
    # --- Friday ---------------------------------------------------------------------
    R("i9", FERN, "Fri 19:00:04", "THE SHOP IS OPEN 🎉 37 mugs, 12 bowls and 6 creek bed "
      "blue vases. Link in bio. Thank you for waiting! #shopupdate #handmademugs",
      "marketing")
    C("i9a", "jen.collects.mugs", "i9", "GOT ONE. Speckled with the blue inside. Shaking.",
      "social", delay=(2, 6))
    C("i9b", "oliver.in.leeds", "i9", "UK order in! 🇬🇧 Staying up past midnight was worth "
      "it", "social", delay=(3, 10))
    C("i9c", "priya.ceramics.student", "i9", "Sold out in 11 minutes?!", "social",
      delay=(12, 20))
    C("i9d", FERN, "i9c", "11 minutes!! I can't believe it. Thank you all so much 🥹",
      "marketing", delay=(2, 10))
    C("i9e", "tilly.thrifts", "i9", "Missed it. Next time I'm setting three alarms.",
      "social", delay=(15, 40))
    C("i9f", FERN, "i9e", "Seconds at the Bluecrest market on Dec 4, Tilly! 💙",
      "marketing")
    C("i9g", "resin.by.kaylee", "i9", "congrats on selling out!! 🥹 I just started my resin "
      "page, would love if you checked it out 💕", "spam")
    # --- Saturday -------------------------------------------------------------------
    R("i10", FERN, "Sat 10:00", "Packing day 📦 Every mug wrapped in pages from the Hollis "
      "Creek Gazette, because bubble wrap makes me sad. Orders go out Monday." + tags,
      "marketing")
    C("i10a", "clayday.carol", "i10", "Reading the Gazette while unpacking a mug is a whole "
      "experience.", "social")
    C("i10b", "marcus.bakes", "i10", "Café news: we settled on 48 mugs in creek bed blue!! "
      "Can't wait to pour the first coffee into one ☕💙", "social")
    C("i10c", FERN, "i10b", "Best order of the year 💙", "marketing")
    # --- Sunday ---------------------------------------------------------------------
    R("i11", FERN, "Sun 14:00", "Sunday clean-up and a thank you 🙏 62 orders to 9 "
      "countries. I'm going to sleep for a week, then back to the wheel. Bluecrest market "
      "Dec 4-5, booth 12!" + tags, "marketing")
    C("i11a", "sam_the_potter_nc", "i11", "You deserve the sleep. See you at booth 12 (from "
      "booth 14)", "social")
    C("i11b", "oliver.in.leeds", "i11", "9 countries!! Pottery diplomacy", "social",
      at="Sun 16:30")
    C("i11c", "nightnurse.danielle", "i11", "My mug arrives Wednesday and I've already "
      "picked which shift it's coming to", "social")
    C("i11d", "priya.ceramics.student", "i11", "Could you do a post about how you price "
      "things sometime? As a student I never know what to charge", "social")
    C("i11e", FERN, "i11d", "Yes! I'll do one in December. Short version: clay, glaze, "
      "firing, and your time. Don't forget your time.", "marketing")
    C("i11f", "clayday.carol", "collab>i11", "Every post this week, the same 'ambassador'. "
      "That account never sleeps.", "social")
    return s


# =====================================================================================
# 6. YouTube, in Hinglish: a 'Telegram stock tips' testimony bot with a second account
#    vouching for it, and a task-scam 'HR' recruiter, under a personal-finance channel
#    (IST, UTC+5:30), Mon 5 - Sun 11 July 2027
# =====================================================================================
def youtube_finance():
    s = stream("youtube_hinglish_finance_telegram_tips_ring_task_scam_bots.jsonl", "youtube",
               5.5, "2027-07-05", 40,
               "YouTube, in Hinglish: a 'Telegram stock tips' testimony bot answering every "
               "video, community post or comment on an Indian personal-finance channel that "
               "says stock, share, trading, intraday, Nifty or Sensex, a second bot account "
               "vouching under each of its comments, and a task-scam 'HR' recruiter answering "
               "every job, salary, naukri, income, earn or part-time, beside the creator's "
               "disclosed sponsor, a fund app's support and a bank's support account",
               seed=SEED + 6)
    A = s.author
    CH = A("@SeedhaPaisa", "person", median=90, window=("08:00", "00:30"))
    TIPS = A("@Rajesh.Kumar-x7q2", "bot")
    A("@meena.invests-k4p9", "bot")
    A("@HR_Neha_WorkFromHome", "bot")
    A("@PolicyWala_Sunil", "spammer", median=120, window=("09:00", "21:00"))
    A("@NivaanMF_Support", "brand", median=120, window=("09:30", "18:30"), weekdays=True)
    A("@KaveriBankCares", "brand", median=60, window=("08:00", "22:00"))
    A("@sharma_uncle_retd", "prolific_person", median=5, window=("05:00", "23:00"))
    A("@rohit_bpo_nights", "person", median=20, window=("18:00", "09:00"))
    A("@kavya.engg", "person", median=30, window=("08:00", "01:30"))
    A("@first_salary_faizan", "person", median=40, window=("07:00", "00:00"))
    A("@meenakshi_teacher_chennai", "person", median=60, window=("05:30", "21:30"))
    A("@arjun_in_austin", "person", median=60, window=("07:00", "23:30"), tz=-5)
    A("@homemaker_rekha", "person", median=90, window=("06:00", "22:00"))
    A("@dev_ca_aspirant", "person", median=25, window=("08:00", "01:00"))
    A("@nisha_tier2_town", "person", median=50, window=("07:00", "22:30"))
    A("@gaurav_delivery_blr", "person", median=40, window=("09:00", "00:30"))

    tips_t = [
        "Thank you so much Vikram Mehta sir for your intraday calls 🙏🙏 I made ₹3.8 lakh "
        "profit this month only. Anyone who wants to learn, search 'VikramMehtaTrades' on "
        "Telegram 📈",
        "I was losing money in share market for 2 years until I joined Vikram Mehta sir's "
        "Telegram group. Now 3x returns every month 💯 Search VikramMehtaTrades on Telegram",
        "Video is good but real profit comes from correct calls 📊 Vikram Mehta sir gave me "
        "95% accurate Nifty calls, ₹50k became ₹2.1 lakh. Telegram: VikramMehtaTrades 🙏",
    ]
    s.trigger(TIPS, "tips", r"\b(stocks?|shares?|trading|intraday|nifty|sensex)\b", tips_t,
              (120, 1800), "a 'Telegram stock tips' testimony, under every stock, share, "
              "trading, intraday, Nifty or Sensex")
    ring_t = [
        "Yes!! Vikram sir is 100% genuine, I also got 2.5x in one month 🙏",
        "True, I am also in his group. Best mentor in India 💯",
        "He helped me clear my loan in 3 months. God bless sir 🙏🙏",
    ]
    s.trigger("@meena.invests-k4p9", "ring", None, ring_t, (60, 900),
              "a second account vouching under each of those testimonies",
              where=lambda it: it.author == TIPS)
    task_t = [
        "Hello 😊 We are hiring for part-time work from home. Just like YouTube videos and "
        "rate hotels, earn ₹3,000-₹8,000 daily. 30 min/day, daily payment. Message HR on "
        "Telegram: @Neha_HR_Desk",
        "Part time job available ✅ Students, housewives, anyone can apply. ₹50 per task, "
        "payment same day 💰 Contact on Telegram @Neha_HR_Desk",
        "Looking for extra income? 💼 Simple online tasks from mobile, no fees, no "
        "experience. Earn up to ₹8,000 per day. Telegram @Neha_HR_Desk 😊",
    ]
    s.trigger("@HR_Neha_WorkFromHome", "task",
              r"\b(jobs?|salary|naukri|income|earn|earning|part[- ]time)\b", task_t, (180, 2400),
              "a task-scam 'HR' recruiter, under every job, salary, naukri, income, earn or "
              "part-time")

    R, C = s.root, s.reply

    def community(key, when, text):
        R(key, CH, when, text, "social")
        s.defs[-1].extra_kind = "community"

    # --- Monday: SIP vs FD video ----------------------------------------------------
    R("v1", CH, "Mon 18:00:00", "SIP vs FD: ₹5,000 har mahine, 10 saal. Kya better hai? "
      "(honest calculation)\n\nIs video mein FD aur index fund SIP ka seedha comparison: tax "
      "ke baad FD ka asli return, market girne par SIP ka kya hota hai, aur kab FD hi "
      "better hai. Koi stock tip nahi, koi 'guaranteed' return nahi.\n\n0:00 Intro\n1:40 FD "
      "ka tax wala sach\n5:10 SIP ka math\n11:25 2020 ka crash\n15:00 Kab FD better hai",
      "social")
    C("v1p", CH, "v1", "📌 Is video ke sponsor hain Nivaan MF: direct mutual funds, zero "
      "commission. Mere link se pehli SIP par ₹100 off: nivaan.in/seedhapaisa (paid "
      "partnership, par main khud bhi direct plans hi use karti hoon)", "marketing",
      delay=(0.5, 1.5))
    C("v1a", "@sharma_uncle_retd", "v1", "35 saal bank ki naukri ki, FD hi bechi. Aaj pehli "
      "baar kisi ne FD ka tax ke baad ka return sach mein bataya. Shabash beta.", "social")
    C("v1b", "@kavya.engg", "v1", "Mera stipend ₹12k hai, ₹5k ki SIP possible nahi. ₹1,000 "
      "se start karna worth it hai?", "social")
    C("v1c", CH, "v1b", "Bilkul worth it! ₹1,000 se shuru karo, habit amount se zyada "
      "important hai. Stipend badhe toh SIP bhi badhao.", "social")
    C("v1d", "@first_salary_faizan", "v1", "Is mahine first salary aayi, ₹38k. Mummy bol "
      "rahi hain FD karo, dost bol rahe hain crypto. Aapka video perfect time pe aaya 😅",
      "social")
    C("v1e", "@sharma_uncle_retd", "v1d", "Beta mummy ki FD bhi theek hai, dost ka crypto "
      "nahi. Pehle 6 mahine ka emergency fund, phir SIP.", "social")
    C("v1f", "@first_salary_faizan", "v1e", "Ji uncle 🙏 emergency fund pehle.", "social")
    C("v1g", "@PolicyWala_Sunil", "v1", "Madam SIP mein risk hai. Guaranteed return chahiye "
      "toh endowment plan lo, 7% guaranteed + life cover. Call/WhatsApp karo, main certified "
      "advisor hoon 🙏", "spam")
    C("v1h", CH, "v1g", "Endowment plans ka asli return aksar 5-6% hota hai, woh bhi lambe "
      "lock-in ke saath. Viewers: insurance aur investment alag rakho. Term plan + SIP.",
      "social")
    C("v1i", "@dev_ca_aspirant", "tips>v1", "Yeh 'Vikram sir' har finance video ke neeche hota "
      "hai 😂 SEBI ko tag karoon?", "social")
    C("v1j", "@arjun_in_austin", "v1", "NRI here. Can I do SIP from an NRE account? Couldn't "
      "find a clear answer anywhere.", "social")
    C("v1k", CH, "v1j", "Haan, NRE/NRO dono se ho jaata hai, bas KYC mein NRI status update "
      "karna padta hai. Kuch fund houses US aur Canada residents ko allow nahi karte, pehle "
      "check kar lena.", "social")
    C("v1l", "@nisha_tier2_town", "v1", "Humare yahan sab bolte hain share market matlab "
      "juaa. Yeh video mummy papa ko dikhaungi.", "social")
    C("v1m", "@meenakshi_teacher_chennai", "v1", "@NivaanMF_Support my SIP mandate failed "
      "twice this month even though there was balance in the account. Very frustrating.",
      "social")
    C("v1n", "@NivaanMF_Support", "v1m", "Hi Meenakshi, sorry about that. A mandate fails "
      "when the bank's per-debit limit is lower than the SIP amount. Please check the limit "
      "in the app under Mandates, and DM us your registered email so we can look at both "
      "failed debits.", "marketing")
    C("v1o", "@meenakshi_teacher_chennai", "v1n", "Limit was ₹2,000 and SIP is ₹3,000. "
      "That's it. Thank you.", "social")
    # --- Tuesday: community post ----------------------------------------------------
    community("c1", "Tue 20:30", "Ek sawaal: aapki first salary kitni thi aur uska kya kiya? "
              "Meri ₹9,000 thi, 2014 mein. Aadhi mummy ko di, aadhi ek phone mein gayi 😄")
    C("c1a", "@rohit_bpo_nights", "c1", "Meri pehli salary 2019 mein ₹14,500. Ek mahine mein "
      "khatam, bike ki EMI 🙃", "social")
    C("c1b", "@meenakshi_teacher_chennai", "c1", "₹6,200 in 2001! Bought my appa a watch. "
      "He still wears it.", "social")
    C("c1c", "@sharma_uncle_retd", "c1", "1984 mein ₹640. Amma ke liye ek saree, baaki bank "
      "mein. 😊", "social")
    C("c1d", "@kavya.engg", "c1", "Stipend count hota hai? ₹12k, books aur ek momos party "
      "😂", "social")
    C("c1e", CH, "c1b", "He still wears it 🥹 best answer so far.", "social")
    # --- Wednesday: task-scam video -------------------------------------------------
    R("v2", CH, "Wed 18:00:00", "Maine ek 'part-time job' scam ko andar se dekha: task scam "
      "kaise kaam karta hai\n\nWhatsApp pe message aaya: 'YouTube videos like karo, ₹50 per "
      "task.' Maine teen din saath diya (ek rupaya nahi lagaya) taaki dikha sakun ki yeh log "
      "pehle ₹150 kaise dete hain, phir 'prepaid task' ke naam pe ₹5,000, ₹20,000... Agar "
      "aapke saath ho chuka hai: turant 1930 pe call karo aur cybercrime.gov.in pe report "
      "karo.\n\n0:00 Pehla message\n3:20 ₹150 ka 'trust'\n8:45 Telegram group\n14:10 "
      "Prepaid task ka jaal\n19:30 Kya karein", "social")
    C("v2a", "@homemaker_rekha", "v2", "Mere saath bilkul yahi hua tha March mein. ₹1,20,000 "
      "gaye. Pehle ₹210 diye the, isliye bharosa ho gaya. Sharam ke maare kisi ko bata bhi "
      "nahi paayi. Aaj lag raha hai main akeli nahi thi 😔", "social")
    C("v2b", CH, "v2a", "Rekha ji, sharam unko aani chahiye, aapko nahi. 1930 pe complaint "
      "ki thi? Jaldi report ho toh kabhi kabhi paise freeze ho jaate hain.", "social")
    C("v2c", "@homemaker_rekha", "v2b", "Ki thi. ₹18,000 wapas aaye hain ab tak. Baaki ka "
      "pata nahi.", "social")
    C("v2d", "@sharma_uncle_retd", "v2a", "Beti himmat rakho. Aapne yahan likh ke shayad "
      "kisi aur ko bacha liya.", "social")
    C("v2e", "@rohit_bpo_nights", "task>v2", "Bhai tumne literally ISI video ke neeche yeh "
      "comment kiya hai 🤣", "social")
    C("v2l", "@rohit_bpo_nights", "v2", "Raat 2:30 baje shift break mein dekha. Meri cousin "
      "ke saath bhi hua tha, usko abhi bhejta hoon.", "social", at="Thu 02:30")
    C("v2f", "@dev_ca_aspirant", "v2", "The ₹150 'trust' step is so evil. Psychology level "
      "100.", "social")
    C("v2g", "@gaurav_delivery_blr", "v2", "Mujhe bhi roz WhatsApp aata hai 'Hello I am Neha "
      "from HR'. Ab samajh aaya kya chakkar hai.", "social")
    C("v2h", "@nisha_tier2_town", "v2", "Family group mein share kar diya. Wahan sab 'earn "
      "from home' wale forward bhejte rehte hain.", "social")
    C("v2i", "@first_salary_faizan", "v2", "Meri mausi ke ₹40k gaye ek 'task' mein, UPI se. "
      "@KaveriBankCares bank kuch kar sakta hai kya?", "social")
    C("v2j", "@KaveriBankCares", "v2i", "Hi Faizan, we're sorry to hear this. Please ask her "
      "to call 1930 right away and also our 24x7 helpline (number on the back of her debit "
      "card) to raise a fraud dispute. We never ask for OTP, PIN or screen-sharing apps. DM "
      "us if she needs help with the complaint number.", "marketing")
    C("v2k", "@first_salary_faizan", "v2j", "Thank you, abhi call karwa raha hoon.",
      "social")
    # --- Thursday: community post ---------------------------------------------------
    community("c2", "Thu 21:00", "Aaj ka sawaal: emergency fund kahan rakhte ho? Savings "
              "account, FD, liquid fund, ya gadde ke neeche? 😄")
    C("c2a", "@sharma_uncle_retd", "c2", "Sweep-in FD. Purana tareeka, kaam karta hai.",
      "social")
    C("c2b", "@arjun_in_austin", "c2", "High-yield savings account here in the US, about 4%. "
      "Didn't exist when I lived in India.", "social")
    C("c2c", "@rohit_bpo_nights", "c2", "gadde ke neeche 🙃 honestly", "social")
    C("c2d", "@dev_ca_aspirant", "c2", "Liquid fund. T+1 withdrawal is fine for most "
      "emergencies.", "social")
    C("c2e", CH, "c2c", "Rohit 😂 shuru toh kiya! Agla step: ek alag savings account jismein "
      "UPI na ho.", "social")
    # --- Friday: intraday video -----------------------------------------------------
    R("v3", CH, "Fri 18:00:00", "Intraday: 10 mein se 9 log paisa kyun haarte hain (SEBI "
      "ka data)\n\nSEBI ki study ke hisaab se F&O mein 10 mein se 9 individual traders ko "
      "nuksaan hua. Is video mein: woh data, 'Telegram tips' groups ka business model, aur "
      "agar phir bhi karna hai toh kitna paisa risk par lagana chahiye.", "social")
    C("v3a", "@dev_ca_aspirant", "v3", "The Telegram bot comment showing up within minutes "
      "of a video about Telegram tips 😂", "social")
    C("v3b", "@kavya.engg", "v3", "Hostel mein ek ladka F&O mein ₹60k haar gaya. Ghar se "
      "fees ke paise aaye the.", "social")
    C("v3c", "@sharma_uncle_retd", "v3", "Beta, trading aur investing ka farak sabko "
      "samjhao. Yeh video har college mein dikhana chahiye.", "social")
    C("v3d", "@PolicyWala_Sunil", "v3", "Madam isliye toh bolta hoon, guaranteed plan lo. "
      "7% fixed. DM karo sir log 🙏", "spam")
    C("v3e", "@rohit_bpo_nights", "v3", "Meri shift mein ek bhai puri raat options dekhta "
      "hai. Kehta hai 'recovery kar lunga'. 8 mahine se yehi bol raha hai.", "social")
    C("v3f", CH, "v3e", "Yeh 'recovery kar lunga' wala soch hi sabse mehenga padta hai. Usse "
      "yeh video bhej dena 🙏", "social")
    # --- Saturday: community post ---------------------------------------------------
    community("c3", "Sat 11:00", "1 lakh subscribers 🥹 Jab channel shuru kiya tha toh "
              "socha tha mummy aur teen dost dekhenge. Sunday 7 baje live Q&A, sawaal yahan "
              "daal do 👇")
    C("c3a", "@meenakshi_teacher_chennai", "c3", "Congratulations! My question: is 45 too "
      "late to start a SIP?", "social")
    C("c3b", "@first_salary_faizan", "c3", "Congrats didi! Sawaal: mummy ko kaise samjhaun "
      "ki FD hi akela option nahi hai, bina unka dil dukhaye 😅", "social")
    C("c3c", "@sharma_uncle_retd", "c3", "Badhai ho beta. Sawaal nahi hai, sirf "
      "aashirwaad.", "social")
    C("c3d", "@homemaker_rekha", "c3", "Bahut badhai. Aapke video ne meri himmat badhayi.",
      "social")
    C("c3e", CH, "c3d", "Rekha ji, aapka comment maine paanch baar padha. Thank you 🙏",
      "social")
    C("c3f", "@gaurav_delivery_blr", "c3", "Congrats! Sawaal: delivery wale ki income har "
      "mahine alag hoti hai, toh SIP kaise fix karein?", "social")
    C("c3g", CH, "c3f", "Bahut achha sawaal, live mein detail mein lungi. Chhota jawab: "
      "sabse kam wale mahine ke hisaab se SIP rakho, baaki achhe mahinon mein top-up.",
      "social")
    return s


SCENARIOS = (reddit_visa, facebook_bakery, x_mexico, mastodon_energy, instagram_pottery,
             youtube_finance)


def main():
    streams = [f() for f in SCENARIOS]
    names = {}
    for s in streams:
        s.build()
        for a in s.authors:
            assert a not in names, ("author in two files", a)
            names[a] = s.authors[a].role
    for s in streams:
        with open(os.path.join(HERE, s.file), "w", encoding="utf-8") as f:
            for r in s.records():
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        for s in streams:
            for a in s.authors.values():
                assert "\t" not in a.name and "\n" not in a.name
                f.write("%s\t%s\n" % (a.name, a.role))
    return streams


if __name__ == "__main__":
    main()
