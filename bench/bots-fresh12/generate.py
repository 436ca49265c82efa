#!/usr/bin/env python3
"""Writes bench/bots-fresh12: six hand-written scenario streams (JSON lines, time order),
authors.tsv and README.md. Every text is in this file. Standard library only; the output is
the same on every run.

    python3 bench/bots-fresh12/generate.py
"""
import collections
import datetime as dt
import json
import math
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20270125
UTC = dt.timezone.utc
ROLES = ("bot", "brand", "person", "prolific_person", "spammer")
LABELS = ("social", "marketing", "spam")
DAYS = "Mon Tue Wed Thu Fri Sat Sun".split()
SIGMA = {"person": 1.0, "prolific_person": 0.8, "brand": 0.8, "spammer": 1.0}


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


class Author:
    def __init__(self, name, role, median=None, window=None, tz=None, weekdays=False,
                 delay=None, email=None, url=None, note=None):
        assert role in ROLES, role
        self.name, self.role, self.median, self.window = name, role, median, window
        self.tz, self.weekdays, self.delay = tz, weekdays, delay
        self.email, self.url, self.note = email, url, note


class Item:
    def __init__(self, key, author, text, label, parent=None, followup=False, extra=None):
        assert label in LABELS, (key, label)
        self.key, self.author, self.text, self.label = key, author, text, label
        self.parent, self.followup, self.extra = parent, followup, extra or {}
        self.time = None
        self.auto = False


class Trigger:
    """A bot that answers every post or reply whose text matches `pattern`, posted in its
    active window (local times of the stream), except replies by keyword bots."""

    def __init__(self, bot, pattern, start, end, templates, describe, roots_only=False,
                 fmt=None, exclude=None):
        self.bot, self.pattern = bot, re.compile(pattern, re.I)
        self.start, self.end = start, end
        self.templates, self.describe = templates, describe
        self.roots_only, self.fmt, self.exclude = roots_only, fmt, exclude or (lambda it: False)


class Stream:
    def __init__(self, file, platform, tz, start, median, title, story, seed, zone):
        self.file, self.platform, self.tz = file, platform, tz
        self.start = dt.date.fromisoformat(start)
        self.median, self.title, self.story = median, title, story
        self.zone = zone
        self.rng = random.Random(seed)
        self.authors = {}
        self.items = []
        self.bykey = {}
        self.triggers = []
        self.scheduled = {}

    # ---- authors -------------------------------------------------------------------
    def author(self, name, role, **kw):
        assert name not in self.authors, name
        self.authors[name] = Author(name, role, **kw)
        return name

    def schedule(self, bot, describe, replies=False):
        self.scheduled[bot] = (describe, replies)

    # ---- time ----------------------------------------------------------------------
    def local(self, spec, exact=False):
        day, clock = spec.split()
        d = self.start + dt.timedelta(days=int(day[1:]))
        parts = [int(x) for x in clock.split(":")]
        sec = parts[2] if len(parts) == 3 else (0 if exact else self.rng.randint(0, 59))
        t = dt.datetime(d.year, d.month, d.day, parts[0], parts[1], sec, tzinfo=UTC)
        return t - dt.timedelta(hours=self.tz)

    def awake(self, a, t):
        if not a.window:
            return True
        loc = t + dt.timedelta(hours=self.tz if a.tz is None else a.tz)
        m = loc.hour * 60 + loc.minute
        s, e = (minutes(x) for x in a.window)
        inside = s <= m < e if s < e else (m >= s or m < e)
        if a.weekdays:
            day = loc.weekday() if not (s > e and m < e) else (loc.weekday() - 1) % 7
            inside = inside and day < 5
        return inside

    def next_window(self, a, t):
        tz = self.tz if a.tz is None else a.tz
        loc = t + dt.timedelta(hours=tz)
        s = minutes(a.window[0])
        for n in range(0, 9):
            d = loc.date() + dt.timedelta(days=n)
            cand = dt.datetime(d.year, d.month, d.day, s // 60, s % 60, tzinfo=UTC)
            if cand <= loc or (a.weekdays and cand.weekday() >= 5):
                continue
            cand += dt.timedelta(seconds=self.rng.randint(0, 40 * 60))
            return cand - dt.timedelta(hours=tz)
        raise AssertionError("no window for " + a.name)

    def loguniform(self, lo, hi):
        return math.exp(self.rng.uniform(math.log(lo), math.log(hi)))

    def reply_time(self, a, base, delay=None):
        if delay is not None:
            return base + dt.timedelta(seconds=round(self.loguniform(*delay)))
        if a.role == "bot":
            return base + dt.timedelta(seconds=round(self.loguniform(*a.delay)))
        med = a.median or self.median
        sec = med * 60 * math.exp(self.rng.gauss(0, SIGMA[a.role]))
        sec = min(max(sec, 0.2 * med * 60), 8 * med * 60)
        t = base + dt.timedelta(seconds=round(sec))
        if not self.awake(a, t):
            t = self.next_window(a, t)
        return t

    # ---- posts ---------------------------------------------------------------------
    def _add(self, it):
        assert it.key not in self.bykey, it.key
        assert it.author in self.authors, it.author
        self.items.append(it)
        self.bykey[it.key] = it
        return it.key

    def post(self, key, author, text, label, at, **extra):
        it = Item(key, author, text, label, extra=extra)
        it.time = self.local(at, exact=len(at.split()[1]) == 8)
        return self._add(it)

    def reply(self, key, author, parent, text, label, at=None, delay=None, after=None,
              followup=False, **extra):
        assert parent in self.bykey, (key, parent)
        it = Item(key, author, text, label, parent=parent, followup=followup, extra=extra)
        if at:
            it.time = self.local(at, exact=len(at.split()[1]) == 8)
        else:
            base = self.bykey[parent].time
            if after:
                base = max(base, self.bykey[after].time)
            it.time = self.reply_time(self.authors[author], base, delay)
        assert it.time > self.bykey[parent].time, key
        return self._add(it)

    def trigger(self, bot, pattern, start, end, templates, describe, **kw):
        self.triggers.append(Trigger(bot, pattern, self.local(start, True),
                                     self.local(end, True), templates, describe, **kw))

    def root(self, it):
        while it.parent:
            it = self.bykey[it.parent]
        return it

    def keyword_bots(self):
        return {t.bot for t in self.triggers}

    def is_source(self, tr, it):
        if it.author == tr.bot or (it.parent and it.author in self.keyword_bots()):
            return False
        if tr.roots_only and it.parent:
            return False
        if tr.exclude(it):
            return False
        return tr.start <= it.time <= tr.end and bool(tr.pattern.search(it.text))

    def fill(self):
        """Adds the replies of each keyword bot that the story did not write out."""
        for tr in self.triggers:
            answered = {it.parent for it in self.items if it.author == tr.bot and it.parent}
            order = list(range(len(tr.templates)))
            queue, last = [], None
            for it in sorted(self.items, key=lambda i: i.time):
                if not self.is_source(tr, it) or it.key in answered:
                    continue
                if not queue:
                    queue = order[:]
                    self.rng.shuffle(queue)
                    if len(queue) > 1 and queue[0] == last:
                        queue.append(queue.pop(0))
                t = self.reply_time(self.authors[tr.bot], it.time)
                before = [i for i in self.items if i.author == tr.bot and i.parent
                          and i.time < t]
                prev = max(before, key=lambda i: i.time).text if before else None
                if len(queue) > 1 and tr.templates[queue[0]] == prev:
                    queue.append(queue.pop(0))
                last = queue.pop(0)
                text = tr.templates[last]
                if tr.fmt:
                    text = tr.fmt(it, t, text)
                new = Item(f"auto:{tr.bot}:{it.key}", tr.bot, text,
                           "social" if tr.describe.startswith("social:") else "spam",
                           parent=it.key)
                new.time, new.auto = t, True
                self._add(new)
                answered.add(it.key)

    # ---- checks --------------------------------------------------------------------
    def check(self):
        items = sorted(self.items, key=lambda i: i.time)
        pos = {it.key: n for n, it in enumerate(items)}
        for it in items:
            assert it.text.strip(), it.key
            if it.parent:
                p = self.bykey[it.parent]
                assert pos[p.key] < pos[it.key] and p.time < it.time, it.key
        used = {it.author for it in items}
        assert used == set(self.authors), set(self.authors) ^ used
        kbots = self.keyword_bots()
        for tr in self.triggers:
            srcs = {it.key for it in items if self.is_source(tr, it)}
            mine = [it for it in items if it.author == tr.bot and it.parent]
            got = collections.Counter(it.parent for it in mine if it.parent)
            for k in srcs:
                assert got[k] == 1, (tr.bot, k, got[k], self.bykey[k].text[:60])
            for it in mine:
                if it.parent in srcs:
                    continue
                assert it.followup, (tr.bot, it.key, "answers a post it has no trigger for")
                p, ok = self.bykey[it.parent], False
                while p.parent:
                    if p.author == tr.bot:
                        ok = True
                    p = self.bykey[p.parent]
                assert ok, (tr.bot, it.key, "follow-up outside its own sub-thread")
        for bot, (describe, replies) in self.scheduled.items():
            if self.authors[bot].role == "bot" and bot not in kbots and not replies:
                assert not any(it.author == bot and it.parent for it in items), bot
        for name, a in self.authors.items():
            if a.role == "bot":
                assert name in kbots or name in self.scheduled, name
        if self.platform == "blog":
            for it in items:
                if it.parent and "author_url" not in it.extra:
                    assert self.authors[it.author].email, it.key
        return items

    # ---- ids -----------------------------------------------------------------------
    def assign_ids(self, items):
        rng = random.Random(self.file)
        p = self.platform
        t0 = items[0].time
        ids, seen = {}, set()
        alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        yt = alnum + "-_"
        b32 = "234567abcdefghijklmnopqrstuvwxyz"
        dids = {}
        post_n, comment_n = 4400 + rng.randint(0, 90), 21000 + rng.randint(0, 900)

        def b36(n):
            s = ""
            while n:
                n, r = divmod(n, 36)
                s = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + s
            return s
        for it in items:
            secs = (it.time - t0).total_seconds()
            ms = int(it.time.timestamp() * 1000) + rng.randint(0, 999)
            if p == "reddit":
                if it.parent:
                    new = "t1_" + b36(int("ol4m0a0", 36) + int(secs * 35) + rng.randint(0, 34))
                else:
                    new = "t3_" + b36(int("1vq20aa", 36) + int(secs * 1.3) + rng.randint(0, 1))
            elif p == "x":
                new = str(((ms - 1288834974657) << 22) | rng.getrandbits(22))
            elif p == "mastodon":
                new = str((ms << 16) | rng.getrandbits(16))
            elif p == "bluesky":
                if it.author not in dids:
                    dids[it.author] = "did:plc:" + "".join(
                        rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
                tid = ((ms * 1000 + rng.randint(0, 999)) << 10) | rng.getrandbits(10)
                enc = ""
                for _ in range(13):
                    enc = b32[tid & 31] + enc
                    tid >>= 5
                new = f"at://{dids[it.author]}/app.bsky.feed.post/{enc}"
            elif p == "youtube":
                if not it.parent:
                    if it.extra.get("community"):
                        new = "Ugkx" + "".join(rng.choice(yt) for _ in range(32))
                    else:
                        new = "".join(rng.choice(yt) for _ in range(11))
                else:
                    top = it
                    while self.bykey[top.parent].parent:
                        top = self.bykey[top.parent]
                    if top is it:
                        new = ("Ug" + rng.choice("wxyz")
                               + "".join(rng.choice(alnum) for _ in range(17)) + "4AaABAg")
                    else:
                        new = ids[top.key] + "." + "".join(rng.choice(alnum) for _ in range(22))
            elif p == "blog":
                if it.parent:
                    comment_n += rng.randint(1, 4)
                    new = f"comment-{comment_n}"
                else:
                    post_n += rng.randint(3, 40)
                    new = f"post-{post_n}"
            else:
                raise AssertionError(p)
            while new in seen:
                new = new[:-1] + rng.choice("0123456789")
            seen.add(new)
            ids[it.key] = new
        return ids

    def records(self):
        items = self.check()
        ids = self.assign_ids(items)
        out = []
        for it in items:
            root = self.root(it)
            r = {"id": ids[it.key], "text": it.text, "author": it.author,
                 "created_at": it.time.strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "platform": self.platform, "kind": "reply" if it.parent else "post",
                 "thread_id": ids[root.key]}
            if it.parent:
                r["parent_id"] = ids[it.parent]
            r["expected"] = it.label
            if self.platform == "blog" and it.parent:
                a = self.authors[it.author]
                if "author_url" in it.extra:
                    r["author_url"] = it.extra["author_url"]
                else:
                    r["author_email"] = a.email
                    if a.url:
                        r["author_url"] = a.url
            out.append(r)
        return out


STREAMS = []


# =====================================================================================
# 1. Reddit: r/KitchenTableTraders, deadline week for the UK self-assessment return
# =====================================================================================
def stream_reddit():
    S = Stream("reddit_sole_traders_tax_refund_bots_invoice_affiliate.jsonl", "reddit", 0,
               "2027-01-25", 40,
               "Reddit: tax-refund 'checker' bots (one after another) answering every post or "
               "comment in a UK sole traders' subreddit that says refund, rebate or overpaid, "
               "and an invoicing-app referral bot answering every 'invoice' or 'spreadsheet', "
               "beside AutoModerator's daily thread and scam reminder, RemindMeBot, an app's "
               "support account and a traders' association's AMA",
               None, SEED + 1, "GMT, UTC+0")
    A = S.author
    A("AutoModerator", "bot", delay=(3, 45))
    A("RemindMeBot", "bot", delay=(20, 400))
    A("taxback_checker_uk", "bot", delay=(40, 600))
    A("RefundRadar_UK", "bot", delay=(90, 900))
    A("sam_switched_to_tallybook", "bot", delay=(240, 2400))
    A("chase_my_invoice_dan", "spammer", median=90, window=("09:00", "21:00"))
    A("Tallybook_Official", "brand", median=60, window=("08:00", "20:00"))
    A("IndieTradersAssoc", "brand", median=120, window=("09:00", "17:00"), weekdays=True)
    A("mod_ravi_k", "person", median=40, window=("07:00", "23:30"))
    A("bookkeeper_brenda", "prolific_person", median=5, window=("05:00", "23:30"))
    A("first_year_jo_writes", "person", median=30, window=("07:00", "23:00"))
    A("plumber_mike_ni", "person", median=45, window=("06:00", "22:00"))
    A("ceramics_by_ffion", "person", median=40, window=("07:30", "23:00"))
    A("cabbie_tone", "person", median=20, window=("20:00", "06:30"))
    A("night_baker_gemma", "person", median=20, window=("22:00", "09:30"))
    A("translator_katja", "person", median=40, window=("07:00", "23:00"), tz=1)
    A("wedding_photog_lia", "person", median=30, window=("08:00", "00:30"))
    A("dogwalker_sanj", "person", median=40, window=("06:30", "22:00"))
    A("jay_the_sparky", "person", median=30, window=("06:00", "22:30"))
    A("hannah_illustrates", "person", median=35, window=("09:00", "01:00"))

    bot_sig = ("\n\n*I am a bot, and this action was performed automatically. Please "
               "[contact the moderators of this subreddit](/message/compose/?to=/r/"
               "KitchenTableTraders) if you have any questions or concerns.*")
    safety = ("**Reminder from the mods:** HMRC will never phone, text or email you to offer a "
              "refund, and never asks for bank details by text. Check anything you're sent "
              "against the official gov.uk pages, and don't click links in a message that says "
              "you're owed money. If you've already given your bank details, ring your bank on "
              "the number on the back of your card. Scam texts can be forwarded to 7726."
              + bot_sig)
    S.trigger("AutoModerator", r"\b(refunds?|rebates?|scam\w*|phishing)\b",
              "d0 00:00:00", "d6 23:59:59", [safety],
              "social: the sub's scam reminder, under every post or comment that says refund, "
              "rebate, scam or phishing")

    def remind(it, t, text):
        m = re.search(r"RemindMe! (\d+) (day|week|year)s?", it.text)
        n, unit = int(m.group(1)), m.group(2)
        when = it.time + dt.timedelta(days=n * {"day": 1, "week": 7, "year": 365}[unit])
        return text.format(n=n, unit=unit + ("s" if n != 1 else ""),
                           when=when.strftime("%Y-%m-%d %H:%M:%S"))
    S.trigger("RemindMeBot", r"RemindMe!", "d0 00:00:00", "d6 23:59:59",
              ["I will be messaging you in {n} {unit} on [**{when} UTC**](http://www."
               "wolframalpha.com/input/?i={when}%20UTC%20To%20Local%20Time) to remind you of "
               "this comment.\n\n[**CLICK THIS LINK**](https://www.reddit.com/message/compose/"
               "?to=RemindMeBot&subject=Reminder) to send a PM to also be reminded and to "
               "reduce spam.\n\n^(Parent commenter can) ^(delete this message to hide from "
               "others.)\n\n|[^(Info)](https://www.reddit.com/r/RemindMeBot/)|[^(Custom)]"
               "(https://www.reddit.com/message/compose/?to=RemindMeBot)|[^(Your Reminders)]"
               "(https://www.reddit.com/message/compose/?to=RemindMeBot&subject=List)|"],
              "social: confirms a reminder to whoever writes 'RemindMe!'", fmt=remind)
    taxback = [
        "Hi! 👋 Did you know 1 in 3 self-employed people overpay HMRC? You could be owed a "
        "refund 💷 Check in 60 seconds, no win no fee 👉 taxback-checker.co.uk",
        "Sounds stressful! Most sole traders are owed money back and never claim it. Our free "
        "checker finds your refund in under a minute 💷 taxback-checker.co.uk",
        "You may be due a tax rebate! 💰 Average refund £1,040. Free eligibility check, we do "
        "all the paperwork 👉 taxback-checker.co.uk/check",
        "Before you pay HMRC anything, check if they owe YOU 😉 Free 60-second refund check at "
        "taxback-checker.co.uk",
        "Self-employed? 💷 Thousands are owed a refund for work clothes, mileage and phone "
        "bills. See what you could get back: taxback-checker.co.uk",
        "Don't leave your money with HMRC! 🙌 Our experts claim your tax refund for you, no win "
        "no fee. Start here 👉 taxback-checker.co.uk",
    ]
    radar = [
        "💷 REFUND ALERT 💷 Sole traders are owed an average of £1,080. Check your eligibility "
        "free at refundradar.uk, it takes 2 minutes!",
        "Hey, you might be able to claim this back! RefundRadar checks your last 4 tax years "
        "for you ✅ refundradar.uk",
        "Overpaid? You're not alone 😊 We recover tax refunds for self-employed people every "
        "day. Free check: refundradar.uk",
        "Good news, you could be owed money! 🎉 Find out in 2 minutes, no upfront fees: "
        "refundradar.uk/check",
        "Let us deal with HMRC for you 💪 Refunds claimed on a no-win-no-fee basis. "
        "refundradar.uk",
    ]
    refund_re = r"\b(refunds?|rebates?|overpaid|overpay\w*)\b"
    S.trigger("taxback_checker_uk", refund_re, "d0 00:00:00", "d2 10:05:00", taxback,
              "spam: a 'free refund check' that takes a cut, under every refund, rebate or "
              "overpaid")
    S.trigger("RefundRadar_UK", refund_re, "d3 08:00:00", "d6 23:59:59", radar,
              "spam: the same offer from a new account after the first is suspended")
    tally = [
        "Honestly, the thing that saved my sanity was moving my invoicing to Tallybook. It "
        "sends reminders to late payers for you and the return is basically done by January. "
        "You get 3 months free with my link: tallybook.co/r/SAMW2291",
        "I was exactly where you are last year! Switched from a spreadsheet to Tallybook and "
        "I'll never go back, it pulls everything in from the bank feed. 3 months free here if "
        "it's useful: tallybook.co/r/SAMW2291",
        "Great question. What worked for me was letting Tallybook do the heavy lifting: "
        "invoices, expenses and the tax estimate all in one place. Here's 3 months free: "
        "tallybook.co/r/SAMW2291 😊",
        "This is so relatable. Tallybook has been a game-changer for my invoices, it even "
        "chases clients automatically. If you want to try it, my link gives you 3 free months: "
        "tallybook.co/r/SAMW2291",
        "Can't recommend Tallybook enough for this! No more spreadsheets, and it files "
        "straight to HMRC. Use my link for 3 months free: tallybook.co/r/SAMW2291",
        "As a fellow sole trader, I feel this. Tallybook turned my invoicing from a "
        "Sunday-night dread into a 5-minute job. 3 months on me: tallybook.co/r/SAMW2291",
    ]
    S.trigger("sam_switched_to_tallybook", r"\b(invoic\w*|spreadsheets?)\b", "d0 00:00:00",
              "d6 23:59:59", tally,
              "spam: an invoicing app 'recommended' with a referral link, under every invoice "
              "or spreadsheet")
    S.schedule("AutoModerator", "the subreddit's AutoModerator: posts the daily deadline "
               "thread at 08:00:00 and answers its keyword triggers (below)")

    P, R = S.post, S.reply

    def daily(key, day, left):
        title = ("Deadline day: it's 31 January" if left == 0 else
                 f"Deadline week daily thread: {left} day{'s' if left > 1 else ''} to 31 January")
        return P(key, "AutoModerator", title + "\n\nQuick questions, small wins and moans go "
                 "here. Reminders: nobody here is your accountant, nobody here can see your HMRC "
                 "account, and offers of paid help in DMs break rule 4. Be kind, everyone's "
                 "tired." + bot_sig, "social", f"d{day} 08:00:00")

    # ---- Monday ----
    daily("m0", 0, 6)
    R("m0a", "first_year_jo_writes", "m0", "First return ever. I have a shoebox. A literal "
      "shoebox of receipts. Where do I even start?", "social", at="d0 08:31")
    R("m0b", "bookkeeper_brenda", "m0a", "Start with the bank statements, not the shoebox. Go "
      "through them with two highlighters: yellow for every business cost, green for every "
      "payment in. The shoebox is only there to back up the yellow ones.", "social")
    R("m0c", "first_year_jo_writes", "m0b", "Yellow and green. I can do yellow and green. "
      "Thank you 🙏", "social")
    R("m0d", "first_year_jo_writes", "m0b", "Follow-up: is a spreadsheet good enough for all "
      "this or do I need proper software?", "social", after="m0c")
    R("m0e", "bookkeeper_brenda", "m0d", "A spreadsheet is fine for the return. Columns for "
      "date, what, how much, which box. Software's nice, but nobody needs to learn one by "
      "Sunday. And ignore anyone 'recommending' an app with a link in it.", "social")

    P("t1", "plumber_mike_ni", "Payment on account explained like I'm a plumber?\n\nSecond "
      "year self-employed. Bill for last year is £3,180, fine, I'd saved for that. But the "
      "calculation says I owe £4,770 by the 31st. Where's the other £1,590 come from? Have I "
      "cocked something up?", "social", "d0 09:40")
    R("t1a", "bookkeeper_brenda", "t1", "You haven't cocked up. Once your bill is over £1,000, "
      "HMRC asks for half of next year's bill in advance, on 31 January, and the other half "
      "on 31 July. That's your £1,590. It's a deposit, not a fine: it comes off next year's "
      "bill.", "social")
    R("t1c", "plumber_mike_ni", "t1a", "Right. A deposit. That makes sense. Still hurts.",
      "social")

    P("t2", "ceramics_by_ffion", "Etsy fees: do I put the full sale down as income, or just "
      "what lands in my bank?\n\nPotter, second year selling online. Etsy takes its fees and "
      "the postage labels before it pays me out. Last year I just used the payouts. Is that "
      "wrong?", "social", "d0 13:15")
    R("t2a", "bookkeeper_brenda", "t2", "Full sales as income, Etsy's fees and the postage "
      "labels as expenses. If the fees are all allowable the tax comes out the same, but "
      "your turnover should be the gross figure, and that's the figure Etsy now reports to "
      "HMRC.", "social")
    R("t2d", "ceramics_by_ffion", "t2a", "Gross it is. Off to download a year of Etsy "
      "statements. Pray for me.", "social")

    P("t3", "cabbie_tone", "Night workers: when do you actually do your books?\n\nCabbie, "
      "nights. Did mine in a lay-by outside the station last October, waiting for the last "
      "train in. Curious how the bakers and nurses and security lot manage it.", "social",
      "d0 21:20")
    R("t3a", "night_baker_gemma", "t3", "Between the second prove and the ovens going on. My "
      "receipts smell of sourdough.", "social", at="d1 01:52")
    R("t3b", "cabbie_tone", "t3a", "Best-smelling return HMRC will get all year.", "social")

    # ---- Tuesday ----
    daily("m1", 1, 5)

    P("t4", "translator_katja", "Moved to Germany in August: do I still file a UK return?"
      "\n\nTranslator, self-employed in the UK until the move, freelancing from Leipzig since. "
      "I've registered over here. Do I still do a UK return for 2025-26, and what happens "
      "next year?", "social", "d1 07:05")
    R("t4a", "bookkeeper_brenda", "t4", "Yes, for 2025-26 you file as normal; you moved after "
      "that year ended. 2026-27 is likely a split year, and the residence rules decide the "
      "rest. That one's worth an hour with someone who knows both countries.", "social")
    R("t4b", "translator_katja", "t4a", "That's what I feared. Thank you, I'll find a "
      "Steuerberater who speaks UK.", "social")

    P("t5", "wedding_photog_lia", "Text saying I'm owed a tax refund of £612.40. Legit?\n\n"
      "Says it's from HMRC and has a link to 'hmrc-refund-portal' something. I did pay too "
      "much last year, so part of me wants to believe it. Haven't clicked.", "social",
      "d1 10:20")
    R("t5_bot", "taxback_checker_uk", "t5", taxback[0], "spam")
    R("t5a", "bookkeeper_brenda", "t5", "Don't click. HMRC doesn't text refund links, and a "
      "real one shows up in your online account. Forward it to 7726 and delete it.", "social")
    R("t5b", "wedding_photog_lia", "t5a", "Forwarded and deleted. Thank you. I'm annoyed at "
      "how close I came.", "social")
    R("t5c", "mod_ravi_k", "t5", "And don't use the 'refund checker' account below either. "
      "It's a bot, it's been answering everyone who mentions money back, and it takes a cut "
      "of something you can claim yourself for free.", "social", after="t5_bot")
    R("t5d", "jay_the_sparky", "t5_bot", "A refund bot replying to a refund scam post. You "
      "couldn't make it up.", "social")
    R("t5e", "wedding_photog_lia", "t5c", "Wow. OK. Thanks Ravi.", "social")

    P("t6", "dogwalker_sanj", "Can I claim my wellies?\n\nDog walker, 14 dogs a week across "
      "three villages. Wellies, waterproof trousers, poo bags, a second-hand van with the "
      "back seats out. What counts?", "social", "d1 12:30")
    R("t6a", "bookkeeper_brenda", "t6", "Poo bags, yes. Wellies and waterproofs, yes if "
      "they're for the walks and not for the weekend. The van: either simplified mileage "
      "(45p a mile for the first 10,000) or actual costs, and you stick with your choice for "
      "that van.", "social")
    R("t6b", "dogwalker_sanj", "t6a", "The poo bags alone are £90 a year. I'm claiming every "
      "one.", "social")
    R("t6c", "plumber_mike_ni", "t6", "Claim the wellies, mate. Nobody walks 14 dogs in their "
      "good shoes.", "social")

    P("t7", "hannah_illustrates", "Tallybook won't submit tonight: 'Authorisation failed'. "
      "Anyone else?\n\nSix days left and the submit button says 'Authorisation failed' "
      "every time. Reconnected twice. u/Tallybook_Official any idea?", "social", "d1 19:00")
    R("t7a", "ceramics_by_ffion", "t7", "Same here about ten minutes ago.", "social",
      delay=(180, 900))
    R("t7b", "Tallybook_Official", "t7", "Hi Hannah, and sorry. HMRC's authorisation service "
      "had a problem between about 6pm and 7:30pm, and submissions from several apps failed. "
      "It's working again now: please log out and back in, then reconnect under Settings > "
      "HMRC. If it still fails, message us in the app and someone will sort it tonight.",
      "marketing", delay=(900, 2400))
    R("t7c", "hannah_illustrates", "t7b", "Worked. SUBMITTED. 🎉 Thank you.", "social",
      delay=(300, 1500))

    # ---- Wednesday ----
    P("t8", "night_baker_gemma", "Flour for the shop vs the loaf I take home?\n\nI bake for "
      "my own little shop from 11pm. If I take a loaf home most days, do I have to do "
      "something clever with the flour costs?", "social", "d2 03:20")
    R("t8a", "cabbie_tone", "t8", "Tax man's not coming for your crusts, Gemma.", "social")
    R("t8b", "bookkeeper_brenda", "t8", "Strictly, goods you take for yourself go back in at "
      "cost. For a loaf a day, work out roughly what the ingredients cost and add that to "
      "your income. It'll be tens of pounds, not hundreds.", "social")
    daily("m2", 2, 4)
    R("m2a", "jay_the_sparky", "m2", "Filed. £2,312. Going to sit in the van and stare at a "
      "wall for a bit.", "social", at="d2 08:47")
    R("m2b", "bookkeeper_brenda", "m2a", "Well done, Jay. Now pay it before you spend it!",
      "social")

    P("t9", "mod_ravi_k", "PSA: the 'refund checker' and 'I switched to Tallybook' accounts "
      "are bots\n\nTwo kinds of account have been answering posts this week. One offers a "
      "'free refund check' under anything that mentions a refund or rebate, and takes a cut "
      "of whatever you claim. The other 'recommends' an invoicing app with a referral link "
      "under anything that mentions invoices or spreadsheets. Both answer within minutes, "
      "day and night, with the same few lines. Please don't click, and report them; the "
      "first one has gone to the admins.", "social", "d2 09:00")
    R("t9_bot", "taxback_checker_uk", "t9", taxback[3], "spam", delay=(40, 70))
    R("t9a", "jay_the_sparky", "t9_bot", "It answered the post about itself in under a "
      "minute 😂", "social", delay=(120, 600))
    R("t9b", "bookkeeper_brenda", "t9", "Thank you Ravi. Forty years a bookkeeper and I've "
      "never needed an app with a referral code to tell me where the money went.", "social")
    R("t9c", "hannah_illustrates", "t9", "Wait, is Tallybook itself dodgy? I use it.",
      "social", delay=(600, 2400))
    R("t9d", "mod_ravi_k", "t9c", "The app's fine as far as I know. It's the account "
      "spamming referral links that's the problem.", "social")

    P("t10", "IndieTradersAssoc", "We're the Independent Traders Association: deadline "
      "questions answered here until 4pm (mod-approved AMA)\n\nHi all. We're a not-for-profit "
      "membership body for sole traders and small partnerships. The mods have let us run an "
      "AMA this afternoon, so ask us anything about the return, payments on account, or what "
      "to do if you can't pay by 31 January. Members get our tax helpline all year; today's "
      "answers are free for everyone.", "marketing", "d2 13:00")
    R("t10a", "first_year_jo_writes", "t10", "What happens if I can't pay the whole bill by "
      "the 31st? I can file, I just can't pay it all.", "social", delay=(120, 900))
    R("t10b", "IndieTradersAssoc", "t10a", "File on time anyway: the £100 penalty is for "
      "filing late, not paying late. Interest runs on what's unpaid from 1 February, and if "
      "you owe less than £30,000 you can set up a Time to Pay plan in your HMRC online "
      "account without ringing anyone. Pay what you can on the 31st and plan the rest.",
      "marketing", delay=(180, 900))
    R("t10d", "plumber_mike_ni", "t10", "Do I have to use the same mileage method every "
      "year?", "social", delay=(600, 2400))
    R("t10e", "IndieTradersAssoc", "t10d", "For the same vehicle, yes: once you've used "
      "simplified mileage for a van, you keep it until you replace the van. New van, new "
      "choice.", "marketing", delay=(180, 900))
    R("t10g", "chase_my_invoice_dan", "t10", "Great AMA! If anyone's got clients who haven't "
      "paid, I recover unpaid invoices for sole traders, no win no fee, just 8% of what I get "
      "back. Drop me a DM 👍", "spam", at="d2 14:12")
    R("t10h", "mod_ravi_k", "t10g", "Rule 4, no selling in the comments. Removed. Next time "
      "it's a ban.", "social")
    R("t10i", "IndieTradersAssoc", "t10", "That's us for today, thank you for the questions. "
      "Our free deadline checklist is at indietraders.org.uk/deadline if it helps anyone "
      "this week.", "marketing", at="d2 16:02")

    P("t11", "cabbie_tone", "Done. £1,940. Off to cry at the rank.\n\nFirst year I've done it "
      "myself instead of paying my brother-in-law. He's going to be insufferable either way.",
      "social", "d2 21:10")
    R("t11b", "bookkeeper_brenda", "t11", "Well done, Tone. Now put the July one aside a bit "
      "at a time, a few quid from every fare.", "social")
    R("t11c", "cabbie_tone", "t11b", "Yes mum.", "social")

    # ---- Thursday ----
    daily("m3", 3, 3)


    P("t13", "hannah_illustrates", "Client says they 'don't do invoices under £500'\n\nNew "
      "client, £350 job. Their accounts person says they don't process invoices under £500 "
      "and they'll 'just pay me'. Is that even a thing? How do I record it?", "social",
      "d3 15:40")
    R("t13_bot", "sam_switched_to_tallybook", "t13", tally[3], "spam")
    R("t13b", "bookkeeper_brenda", "t13", "It's their process, not a rule. Send your invoice, "
      "number it like the rest, and match it up when the money arrives. For your return it's "
      "income either way.", "social")
    R("t13c", "chase_my_invoice_dan", "t13", "This is exactly the sort of client who ends up "
      "not paying you. We chase small debts too, from £100, DM me 👍", "spam")
    R("t13d", "mod_ravi_k", "t13c", "And that's the ban.", "social")
    R("t13e", "hannah_illustrates", "t13_bot", "Is this an ad? u/Tallybook_Official is this "
      "account yours?", "social", after="t13b")
    R("t13f", "Tallybook_Official", "t13e", "It isn't ours, Hannah. Automated posting breaks "
      "our referral terms, so we've cancelled that code and reported the account. Sorry for "
      "the noise in here, everyone.", "marketing", delay=(900, 3600))

    P("t14", "ceramics_by_ffion", "HMRC says I overpaid my July payment on account. How do I "
      "get it back?\n\nMy online account shows a credit of £212. Is it just sitting there "
      "for next time, or do I have to ask for it?", "social", "d3 20:15")
    R("t14_bot", "RefundRadar_UK", "t14", radar[2], "spam")
    R("t14a", "bookkeeper_brenda", "t14", "You have to ask. In your online account there's "
      "an option to claim a refund of the credit; it lands in your bank in a week or two. "
      "Don't pay anyone a cut for that.", "social")
    R("t14b", "ceramics_by_ffion", "t14_bot", "Thirty percent, it says in the small print on "
      "that site. For clicking a button I can click myself.", "social", after="t14a")
    R("t14c", "ceramics_by_ffion", "t14a", "Done! Two clicks.", "social", after="t14b")

    # ---- Friday ----
    P("t15", "night_baker_gemma", "Filed between the second prove and the ovens 🥖\n\n£1,122, "
      "paid. Next year I'm doing it in October like a smug cabbie I know. RemindMe! 260 days",
      "social", "d4 02:40")
    R("t15b", "bookkeeper_brenda", "t15", "October! We'll hold you to it.", "social")
    daily("m4", 4, 2)


    P("t17", "wedding_photog_lia", "Bill's bigger than I planned for. Is Time to Pay a thing "
      "for normal people?\n\n£2,900 and I've got £1,800 put by. u/IndieTradersAssoc are you "
      "still answering?", "social", "d4 14:00")
    R("t17b", "IndieTradersAssoc", "t17", "Happy to, Lia. If you owe under £30,000 and your "
      "returns are up to date, you can set it up online yourself. Pay the £1,800 now, then "
      "choose a monthly amount you can really manage for the rest, and remember July's "
      "payment on account when you do.", "marketing")


    # ---- Saturday ----
    daily("m5", 5, 1)
    R("m5a", "plumber_mike_ni", "m5", "Not filed yet. Saturday job. Don't.", "social",
      at="d5 08:52")
    P("t19", "first_year_jo_writes", "Done. £814. The shoebox is going in the recycling 🎉"
      "\n\nThank you to everyone who answered my questions this week, especially Brenda.",
      "social", "d5 10:10")
    R("t19a", "bookkeeper_brenda", "t19", "Keep the shoebox! You need those records for five "
      "years after the deadline, so until 2032 for this one. Well done, Jo.", "social")
    R("t19b", "first_year_jo_writes", "t19a", "The shoebox lives. RemindMe! 5 years", "social")


    # ---- Sunday ----
    daily("m6", 6, 0)
    R("m6a", "plumber_mike_ni", "m6", "Filed at 7:40. Never again (until next year).",
      "social", at="d6 08:14")
    P("t21", "mod_ravi_k", "Deadline day: post your 'done' here, and thank you\n\nThanks to "
      "everyone who answered questions this week, especially u/bookkeeper_brenda, who by my "
      "count answered 61 of them. The bot accounts are banned or reported. Go and have a cup "
      "of tea.", "social", "d6 12:00")
    R("t21a", "bookkeeper_brenda", "t21", "Sixty-one! I thought it was about twenty. Tea it "
      "is.", "social")
    R("t21d", "ceramics_by_ffion", "t21", "Done. Also that refund account messaged me "
      "privately on Friday, 'following up on your claim'. Reported.", "social")
    R("t21e", "mod_ravi_k", "t21d", "Thanks, that one's gone now too.", "social")
    S.fill()
    return S


STREAMS.append(stream_reddit)


# =====================================================================================
# 2. X: a hailstorm in Calloway, Colorado
# =====================================================================================
def stream_x():
    S = Stream("x_hailstorm_roofing_leads_public_adjuster_bots.jsonl", "x", -6, "2027-05-31", 15,
               "X: a storm-chasing roofer's lead bot answering every post or reply from a "
               "small Colorado town that says hail or roof after a hailstorm, and a public "
               "adjuster's bot answering every 'insurance', 'claim', 'adjuster' or "
               "'deductible', beside a weather-alert relay bot, the power company, a local "
               "roofer and a United Way tarp drive",
               None, SEED + 2, "MDT, UTC-6")
    A = S.author
    A("@CallowayWxAlerts", "bot")
    A("@StormShieldRoofCo", "bot", delay=(20, 240))
    A("@MaxClaimPA", "bot", delay=(120, 1500))
    A("@dent_doc_dusty", "spammer", median=60, window=("08:00", "21:00"), tz=-5)
    A("@CallowayPower", "brand", median=30, window=("06:00", "23:00"))
    A("@HaleBrosRoofing", "brand", median=120, window=("07:00", "19:00"))
    A("@UnitedWayCalloway", "brand", median=120, window=("08:00", "20:00"))
    A("@spotter_harv", "prolific_person", median=4, window=("05:00", "23:30"))
    A("@er_nights_tasha", "person", median=20, window=("21:00", "09:30"))
    A("@trucker_luis", "person", median=25, window=("22:00", "10:00"))
    A("@okafor_roses", "person", median=30, window=("06:00", "22:00"))
    A("@mike_k_calloway", "person", median=20, window=("06:30", "23:00"))
    A("@mrs_delgado_ret", "person", median=40, window=("06:00", "21:30"))
    A("@anjali_on_7th", "person", median=15, window=("07:00", "00:00"))
    A("@coach_dre_12u", "person", median=25, window=("06:00", "22:30"))
    A("@courier_nina", "person", median=20, window=("07:00", "23:30"))
    S.schedule("@CallowayWxAlerts", "relays the National Weather Service's watches and "
               "warnings for the county within seconds of issue; never replies")

    roof = [
        "🏠 Hail damage? Get a FREE roof inspection TODAY! We work directly with your insurance "
        "company, $0 out of pocket for most homeowners. Call (303) 555-0116 📲",
        "Storm hit your area? ⛈️ Our crews are in Calloway NOW. Free inspection, and we handle "
        "all the insurance paperwork for you. DM us or call (303) 555-0116",
        "Don't wait! Hail damage gets worse with every rain 🌧️ Free roof inspection + insurance "
        "claim help. StormShield Roofing (303) 555-0116",
        "Stay safe! 🙏 When it's clear, let our certified inspectors check your roof for FREE. "
        "Most homeowners pay only their deductible. (303) 555-0116",
        "Hail this size cracks shingles you can't see from the ground 👀 Book your free "
        "inspection: stormshieldroof.co/calloway",
        "We're helping Calloway homeowners rebuild 💪 Free roof inspection, new roof for just "
        "your deductible. Call/text (303) 555-0116",
    ]
    claim = [
        "Insurance company lowballing you? 💸 Our public adjusters get homeowners up to 3x "
        "bigger payouts. No fee unless we win. Free policy review 👉 maxclaim-pa.com",
        "Before you accept ANY settlement, talk to a licensed public adjuster 📋 We fight the "
        "insurer so you don't have to. maxclaim-pa.com/hail",
        "Hail claim denied or underpaid? ⛈️ We've recovered $40M+ for Colorado homeowners. "
        "Free review: maxclaim-pa.com",
        "Don't let their adjuster decide what your home is worth 🏡 Get a second opinion free "
        "at maxclaim-pa.com, no fee unless we win",
        "Your insurer has an adjuster on their side. Who's on yours? 🤔 MaxClaim Public "
        "Adjusters, free claim review: maxclaim-pa.com",
    ]
    S.trigger("@StormShieldRoofCo", r"\b(hail\w*|roof\w*|shingles?)\b", "d1 12:00:00",
              "d5 23:59:59", roof,
              "spam: an out-of-state roofer's lead bot, under every hail, roof or shingle")
    S.trigger("@MaxClaimPA", r"\b(insurance|insurers?|claims?|adjusters?|deductibles?)\b",
              "d2 06:00:00", "d5 23:59:59", claim,
              "spam: a public adjuster's lead bot, under every insurance, claim, adjuster or "
              "deductible")
    P, R = S.post, S.reply

    # ---- Monday (Memorial Day) ----
    P("x1", "@spotter_harv", "Flags up at Calloway cemetery this morning. Models keep saying "
      "tomorrow afternoon for big storms east of the foothills, large hail possible. Spotters, "
      "charge your radios. #COwx", "social", "d0 10:15")
    R("x1a", "@mrs_delgado_ret", "x1", "Thank you Harv. Covering the peonies tonight just in "
      "case.", "social")
    R("x1b", "@spotter_harv", "x1a", "Good plan, Carmen. Upside-down buckets work too.",
      "social")
    P("x2", "@coach_dre_12u", "Calloway Cubs 12U beat Fort Lupton 9-7 on Memorial Day. Every "
      "kid got an at-bat and two of them got their first hits. Proud of this bunch. ⚾",
      "social", "d0 18:40")
    R("x2a", "@mike_k_calloway", "x2", "Jayden's double!! He hasn't stopped talking about it.",
      "social")
    R("x2b", "@coach_dre_12u", "x2a", "He earned it. Tell him practice is Wednesday at 6.",
      "social")

    # ---- Tuesday: the storm ----
    P("x3", "@CallowayWxAlerts", "⛈️ SEVERE THUNDERSTORM WATCH #214 for Calloway, Weld and "
      "Morgan counties until 9 PM MDT. Hail up to 2.5 inches and wind gusts to 70 mph "
      "possible. Have a plan to get indoors. #COwx", "social", "d1 12:58:40")
    P("x4", "@spotter_harv", "Spotter net opens at 2. If you see hail, report the size "
      "against a coin or a ball, not 'big'. Quarter, golf ball, baseball. Measure it only if "
      "you can do it safely. #COwx", "social", "d1 13:20")
    R("x4a", "@anjali_on_7th", "x4", "What comes after golf ball?", "social",
      delay=(300, 1200))
    R("x4b", "@spotter_harv", "x4a", "Hen egg, tennis ball, baseball. Let's hope we stop at "
      "golf ball.", "social")
    P("x5", "@CallowayWxAlerts", "⚠️ SEVERE THUNDERSTORM WARNING for central Calloway County "
      "until 4:30 PM MDT. At 3:40 PM a severe storm was over Kersey Road moving east at 20 "
      "mph. Hail up to 2 inches (hen egg size) and 60 mph winds. Get indoors and away from "
      "windows. #COwx", "social", "d1 15:41:27")
    R("x5a", "@okafor_roses", "x5", "Car's in the garage, kids are in the basement, dog is "
      "under the bed. Here we go.", "social", delay=(60, 300))
    P("x6", "@spotter_harv", "Golf ball hail at 4th and Pine. Now bigger. Measured 2.25 in. "
      "Stay inside, Calloway. #COwx", "social", "d1 15:58")
    R("x6a", "@anjali_on_7th", "x6", "It sounds like someone emptying a dump truck of gravel "
      "on the house", "social", delay=(60, 400))
    P("x7", "@mike_k_calloway", "My truck. Every panel looks like a golf ball. Four years of "
      "payments left on it. 😭", "social", "d1 16:12")
    R("x7a", "@coach_dre_12u", "x7", "Oh man. Mine was in the lot at work, haven't dared "
      "look yet.", "social")
    R("x7b", "@dent_doc_dusty", "x7", "Sorry for your loss brother 🙏 Mobile paintless dent "
      "repair in Calloway all week, no filler, no paint, cash discount. DM me for a quote 🚗",
      "spam", at="d2 09:48")
    R("x7c", "@mike_k_calloway", "x7b", "Where are you based?", "social")
    R("x7d", "@dent_doc_dusty", "x7c", "Out of Tulsa, we follow the storms 🌩️ In town "
      "through Sunday, DM me 👍", "spam")
    P("x8", "@okafor_roses", "Thirty years of roses, shredded in twelve minutes. The hail "
      "piled up against the fence like snow in June.", "social", "d1 16:40")
    R("x8_bot", "@StormShieldRoofCo", "x8", "Sorry about your garden! 🌹 Don't forget to "
      "check your roof too, hail this size cracks shingles you can't see from the ground. "
      "FREE inspection today: (303) 555-0116 🏠", "spam")
    R("x8a", "@okafor_roses", "x8_bot", "My roses, and you're selling me a roof. Read the "
      "room.", "social", delay=(120, 900))
    R("x8b", "@mrs_delgado_ret", "x8", "Oh Grace. Your yellow ones. I still have cuttings "
      "from the ones you gave me in 2019, and they're yours.", "social")
    R("x8c", "@okafor_roses", "x8b", "Carmen you've made me cry again, in a good way.",
      "social")
    P("x9", "@anjali_on_7th", "@CallowayPower whole east side of 7th is dark, any idea when "
      "it's back?", "social", "d1 16:55")
    R("x9a", "@CallowayPower", "x9", "We're sorry, Anjali. About 4,100 customers east of Main "
      "are out after the storm brought lines down near the Kersey substation. Crews are on "
      "site and we expect most to be back by 10 PM. Live map: callowaypower.com/outages",
      "marketing", delay=(300, 1200))
    R("x9b", "@anjali_on_7th", "x9a", "Thank you. Candles it is.", "social")
    P("x10", "@courier_nina", "Hail up to 2.75 inches hit Calloway this afternoon. No "
      "injuries reported so far; about 4,000 homes without power. We're updating as we learn "
      "more: callowaycourier.com/storm", "social", "d1 17:35")
    P("x11", "@HaleBrosRoofing", "We've been Calloway's family roofer since 1996. Over the "
      "next few weeks, out-of-town crews will knock on doors and fill your replies. Take your "
      "time: get a claim number from your insurer first, and never sign anything on your "
      "doorstep. When you're ready, call the office at 970-555-0182 and we'll put you on the "
      "list.", "marketing", "d1 19:10")
    R("x11a", "@spotter_harv", "x11", "Good people, the Hales. Did my roof in '08 and came back "
      "for a loose flashing for free in '09.", "social")
    P("x12", "@er_nights_tasha", "ER night shift. Two people came in tonight who climbed on "
      "their roofs in the dark with a flashlight to look at the damage. One wrist, one ankle. "
      "Please wait for daylight.", "social", "d1 23:40")
    R("x12a", "@spotter_harv", "x12", "Listen to the nurse, Calloway.", "social")

    # ---- Wednesday ----
    P("x13", "@trucker_luis", "Came through Calloway on 34 at 3am. Still white in the "
      "ditches. Twenty-two years driving this road and I've never seen that in June.",
      "social", "d2 03:15")
    R("x13a", "@er_nights_tasha", "x13", "It's still piled up by the ambulance bay too. Drive "
      "safe Luis.", "social")
    P("x14", "@mrs_delgado_ret", "Skylights cracked, siding looks like cottage cheese. Who do I "
      "call first, the insurance or a roofer? I've never had to do this.", "social", "d2 07:30")
    R("x14a", "@spotter_harv", "x14", "Insurance first, Carmen. Photos of everything, and of "
      "the hail if there's any in the freezer. They'll send an adjuster, and whoever you "
      "pick for the work can meet them there.", "social")
    R("x14b", "@HaleBrosRoofing", "x14", "Harv's right, Mrs. Delgado: claim number first. If "
      "rain's coming, tarp the skylights; we can do that at cost this week. The office is "
      "970-555-0182, and please get a second quote whoever you use.", "marketing")
    R("x14c", "@mrs_delgado_ret", "x14a", "Thank you both. Claim number: done. Freezer hail: "
      "also done, apparently.", "social", after="x14b")
    P("x15", "@mike_k_calloway", "Guy with Texas plates knocked at 7am with a 'free "
      "inspection authorization' for me to sign. Read the small print: it hands my claim "
      "over to his company. Door closed.", "social", "d2 09:05")
    R("x15a", "@courier_nina", "x15", "Mike, could I call you about this? We're putting "
      "together a story on door-to-door contractors.", "social")
    R("x15b", "@mike_k_calloway", "x15a", "Sure, DM'd you.", "social")
    P("x16", "@CallowayPower", "Power is back for all customers affected by Tuesday's "
      "storm. Thank you for your patience, and thank you to the line crews who worked through "
      "the night. Still out? Report it at callowaypower.com/outages or call 1-800-555-0129.",
      "marketing", "d2 11:20")
    R("x16a", "@anjali_on_7th", "x16", "Lights were on at 9:40 last night. Thank you line "
      "crews 🙏", "social")
    P("x17", "@UnitedWayCalloway", "Tarp Saturday: we need volunteers to cover damaged roofs "
      "for seniors and neighbors who can't get up a ladder. Sign up at "
      "unitedwaycalloway.org/tarp. Can't volunteer? $28 buys one tarp.", "marketing",
      "d2 15:00")
    R("x17a", "@coach_dre_12u", "x17", "Cubs parents are in. Twelve adults, zero fear of "
      "heights.", "social")
    R("x17b", "@UnitedWayCalloway", "x17a", "Amazing, Coach! We'll put your crew on Ash "
      "Street.", "marketing")
    P("x18", "@coach_dre_12u", "Riverside field is torn up, so Thursday's game moves to "
      "Sunday. Rakes and buckets at 6pm tomorrow if anyone wants to help.", "social",
      "d2 19:30")
    R("x18a", "@mike_k_calloway", "x18", "Bringing Jayden and two rakes.", "social")

    # ---- Thursday ----
    P("x19", "@spotter_harv", "Final numbers from Tuesday: biggest stone 2.75 in, measured "
      "near the high school. The swath was about 3 miles wide and 11 long. Thank you to "
      "everyone who sent in reports. #COwx", "social", "d3 06:10")
    R("x19a", "@courier_nina", "x19", "Harv, can we use your measurement in tomorrow's "
      "paper?", "social")
    R("x19b", "@spotter_harv", "x19a", "Of course, Nina.", "social")
    P("x20", "@anjali_on_7th", "Adjuster came. My deductible is 2% of the home's value, so "
      "$8,400. I didn't know that was a thing until today.", "social", "d3 08:40")
    R("x20_bot", "@MaxClaimPA", "x20", "Don't accept their first number! 💸 Our licensed "
      "public adjusters get homeowners up to 3x bigger hail payouts. No fee unless we win 👉 "
      "maxclaim-pa.com", "spam")
    R("x20a", "@spotter_harv", "x20", "Percentage deductibles got common around here after "
      "2017. Worth reading your renewal every year, sadly.", "social")
    R("x20b", "@anjali_on_7th", "x20_bot", "'No fee unless we win' is doing a lot of work "
      "there. What IS the fee?", "social", after="x20a")
    R("x20c", "@mrs_delgado_ret", "x20", "Mine's 1%. I checked after Harv's post. Small "
      "mercies.", "social", after="x20a")
    R("x20d", "@dent_doc_dusty", "x20", "If your car got hit too, mobile paintless dent "
      "repair in Calloway till Sunday, cash discount, DM me 👍", "spam")
    P("x21", "@courier_nina", "Calloway police have taken 23 complaints about door-to-door "
      "roofers since Tuesday. How to check a contractor before you sign, and what an "
      "'assignment of benefits' is: callowaycourier.com/storm/contractors", "social",
      "d3 11:00")
    R("x21a", "@mike_k_calloway", "x21", "Good piece, Nina. My Texas-plates guy is in "
      "paragraph 4 😂", "social")
    P("x22", "@CallowayWxAlerts", "⛈️ SEVERE THUNDERSTORM WATCH #221 for Calloway and Morgan "
      "counties until 8 PM MDT. Isolated large hail possible. #COwx", "social", "d3 13:10:05")
    R("x22a", "@okafor_roses", "x22", "Not again. I just bought new tomato plants.", "social")
    P("x23", "@CallowayWxAlerts", "The Severe Thunderstorm Watch for Calloway County has "
      "expired. No warnings were issued. #COwx", "social", "d3 20:01:44")
    R("x23a", "@okafor_roses", "x23", "Tomatoes safe 🍅", "social", delay=(120, 900))

    # ---- Friday ----
    P("x24", "@er_nights_tasha", "3am break. Someone brought the night shift a cooler of "
      "hailstones from Tuesday 'for margaritas'. Declined, but appreciated.", "social",
      "d4 02:50")
    R("x24a", "@trucker_luis", "x24", "Ha! Best use of it yet.", "social")
    P("x25", "@mike_k_calloway", "@HaleBrosRoofing how long is your list right now? Adjuster's "
      "been, paperwork's in hand.", "social", "d4 10:00")
    R("x25a", "@HaleBrosRoofing", "x25", "Hi Mike, about three weeks for a full replacement "
      "right now; leaks and tarps come first. Call the office with your claim number and Jen "
      "will book you in. Thanks for waiting for a local crew.", "marketing")
    R("x25b", "@mike_k_calloway", "x25a", "Booked. Three weeks is fine, the house isn't going "
      "anywhere.", "social")

    # ---- Saturday ----
    P("x26", "@UnitedWayCalloway", "Tarp Saturday: 64 volunteers, 41 roofs covered by noon. "
      "Thank you, Calloway. Donations still buy tarps for next week's list: "
      "unitedwaycalloway.org/tarp", "marketing", "d5 12:30")
    R("x26a", "@coach_dre_12u", "x26", "Cubs parents did 6 on Ash Street. Sore arms, full "
      "hearts.", "social")
    R("x26b", "@mrs_delgado_ret", "x26", "The young man who did mine brought his own "
      "sandwiches and wouldn't take a penny. Thank you.", "social")
    P("x27", "@coach_dre_12u", "Field raked, bases back. Sunday's game is on. Thank you to the "
      "30 people who turned up Thursday with rakes.", "social", "d5 19:00")
    R("x27a", "@mike_k_calloway", "x27", "Jayden says he's hitting another double.", "social")
    S.fill()
    return S


STREAMS.append(stream_x)


# =====================================================================================
# 3. YouTube: Dot's Garage, a mechanic's channel in Ohio
# =====================================================================================
def stream_youtube():
    S = Stream("youtube_car_repair_extended_warranty_catalytic_buyer_bots.jsonl", "youtube", -4,
               "2027-10-11", 40,
               "YouTube: an 'extended vehicle warranty' bot answering every video, community "
               "post or comment on a mechanic's channel that says warranty or transmission, and "
               "a catalytic-converter buyer answering every 'catalytic', 'converter' or "
               "'scrap', beside a parts retailer and a shield maker answering people who asked",
               None, SEED + 3, "EDT, UTC-4")
    A = S.author
    A("@DotsGarage", "person", median=60, window=("07:00", "23:00"))
    A("@AutoShieldVehicleCare", "bot", delay=(120, 1800))
    A("@CatCashBuyers", "bot", delay=(60, 900))
    A("@manuals_by_rick", "spammer", median=120, window=("10:00", "23:00"))
    A("@PartsDepotHelp", "brand", median=120, window=("09:00", "18:00"), weekdays=True)
    A("@CatArmorShields", "brand", median=180, window=("09:00", "21:00"), tz=-5)
    A("@gearhead_grandpa_lou", "prolific_person", median=5, window=("05:00", "00:00"))
    A("@trucker_della", "person", median=20, window=("21:00", "08:00"))
    A("@nurse_ken_nights", "person", median=25, window=("22:00", "09:00"))
    A("@first_civic_maddie", "person", median=30, window=("15:00", "23:30"))
    A("@raj_holds_the_flashlight", "person", median=60, window=("06:30", "22:30"))
    A("@tyrell_autotech", "person", median=30, window=("07:00", "00:30"))
    A("@beth_prius_v", "person", median=45, window=("07:00", "22:00"))
    A("@dwayne_f150", "person", median=40, window=("06:00", "22:00"), tz=-5)
    A("@alfie_in_leeds", "person", median=40, window=("07:00", "23:30"), tz=1)

    warranty = [
        "🚗 Is your vehicle's factory warranty about to expire? Don't get stuck with a $4,000 "
        "repair bill! Plans from $49/mo. Call 1-888-555-0142 for a free quote.",
        "Transmission trouble? 😬 Repairs can cost $3,500+. Protect yourself with AutoShield "
        "extended coverage, no inspection needed! 1-888-555-0142",
        "We've been trying to reach you about your car's extended warranty 📞 Lock in coverage "
        "today, first month FREE: 1-888-555-0142",
        "Don't wait until it breaks! 🔧 AutoShield covers engines, transmissions and AC. Get "
        "your free quote in 2 minutes: 1-888-555-0142",
        "Older car? No problem! 👍 Coverage for vehicles up to 20 years old or 250,000 miles. "
        "Call now 1-888-555-0142",
        "Repair bills piling up? 💸 Get peace of mind with an extended vehicle service "
        "contract. Call 1-888-555-0142 and ask about our October discount!",
    ]
    cats = [
        "💰 WE BUY CATALYTIC CONVERTERS 💰 Top $$$ paid, all makes, cash same day, no paperwork "
        "hassle. Text (216) 555-0177",
        "Got a cat you don't need? 🔥 We pay up to $1,200 for hybrids! Cash today, text "
        "(216) 555-0177",
        "Selling converters? 💵 Best prices in Ohio, we come to you. Any condition, no "
        "questions asked. (216) 555-0177",
        "🚗➡️💵 Turn scrap into cash! Catalytic converters bought daily, Prius, Tacoma, "
        "F-series top dollar. Text 216-555-0177",
        "Why sell to a scrapyard for peanuts? 🤑 We pay real money for converters, same-day "
        "pickup. (216) 555-0177",
    ]
    S.trigger("@AutoShieldVehicleCare", r"\b(warrant(y|ies)|transmissions?)\b", "d0 00:00:00",
              "d6 23:59:59", warranty,
              "spam: an extended-warranty seller, under every warranty or transmission")
    S.trigger("@CatCashBuyers", r"\b(catalytic|converters?|scrap\w*)\b", "d0 00:00:00",
              "d6 23:59:59", cats,
              "spam: a no-questions catalytic-converter buyer, under every catalytic, converter "
              "or scrap")
    P, R = S.post, S.reply

    # ---- Monday: the AC video ----
    P("v1", "@DotsGarage", "Why Your 2009 Civic's AC Blows Warm (and the $40 Fix)\n\nNine "
      "times out of ten on these cars it isn't the compressor, it's the clutch air gap. I "
      "show you how to check the relay, measure the gap with a feeler gauge and shim it with "
      "the $40 kit, and how to tell when it really is the compressor.\n\n0:00 The symptom\n"
      "2:10 Checking the relay\n6:45 Measuring the air gap\n11:30 Shimming it\n17:05 When to "
      "give up and call a pro", "social", "d0 17:00:00")
    R("v1a", "@gearhead_grandpa_lou", "v1", "Air gap. Every single time. Taught my son this in "
      "2002 on his Accord.", "social")
    R("v1b", "@first_civic_maddie", "v1", "I have this exact car and this exact problem!!! "
      "Doing it Saturday with my dad", "social")
    R("v1c", "@raj_holds_the_flashlight", "v1b", "She's doing it. I'm holding the flashlight.",
      "social")
    R("v1d", "@DotsGarage", "v1b", "Tell me how it goes, Maddie! Measure twice before you take "
      "a shim out.", "social")
    R("v1e", "@manuals_by_rick", "v1", "Full factory service manual PDF for the 2006-2011 "
      "Civic, every torque spec and wiring diagram, $9.99, link in my channel 📘", "spam")
    R("v1f", "@nurse_ken_nights", "v1", "Dealer quoted me $1,900 for a new compressor and "
      "said 'your warranty's long gone anyway'. Trying this first.", "social", at="d1 01:34")
    R("v1g", "@trucker_della", "v1", "Watching this at a truck stop outside Toledo at 2am. My "
      "Civic's at home with warm AC, so this is homework.", "social", at="d1 02:11")
    R("v1h", "@alfie_in_leeds", "v1", "We'd call it the aircon over here but it's the same "
      "faff. Brilliant explanation.", "social")
    R("v1i", "@tyrell_autotech", "v1", "Our instructor showed us this on a Fit last week. Same "
      "clutch. Nice to see it again, slower.", "social")

    # ---- Tuesday ----
    P("c1", "@DotsGarage", "Shop cat update: Lugnut has claimed the tire balancer. We work "
      "around him now. 🐈", "social", "d1 12:00", community=True)
    R("c1a", "@gearhead_grandpa_lou", "c1", "As is right and proper.", "social")
    R("c1b", "@trucker_della", "c1", "Lugnut for president.", "social")
    R("c1c", "@DotsGarage", "c1b", "He'd want a bigger office.", "social")

    # ---- Wednesday: the transmission video ----
    P("v2", "@DotsGarage", "Transmission Fluid: Change It or Leave It? (Honda, Toyota, Ford)"
      "\n\n'Lifetime fluid' and 'never change it if it's never been changed' are the two "
      "things I hear most. I drain and look at the fluid from three cars with 90k, 140k and "
      "210k miles, explain what a drain-and-fill really replaces, and when I'd leave it "
      "alone.\n\n0:00 The two myths\n3:30 Three cars, three pans\n9:15 Drain-and-fill vs "
      "flush\n14:40 When I'd leave it alone", "social", "d2 17:00:00")
    R("v2a", "@gearhead_grandpa_lou", "v2", "Drain and fill, three times over a few thousand "
      "miles. Never a flush on an old one.", "social")
    R("v2b", "@dwayne_f150", "v2", "My Ford dealer told me the transmission in my F-150 is "
      "'sealed for life'. Whose life?", "social")
    R("v2c", "@DotsGarage", "v2b", "Ha! Yours has a fill plug and a check plug, Dwayne. "
      "'Lifetime' usually means the length of the powertrain warranty.", "social")
    R("v2d", "@raj_holds_the_flashlight", "v2", "@PartsDepotHelp sent me the wrong fluid for "
      "our Civic: the listing said Honda DW-1 and a generic multi-vehicle ATF turned up. "
      "Honda says DW-1 only.", "social")
    R("v2e", "@PartsDepotHelp", "v2d", "Sorry about that, Raj! That's on us: the listing had "
      "the wrong item linked. Reply to your order email and we'll ship the correct fluid "
      "free today, with a return label for the other one.", "marketing")
    R("v2f", "@raj_holds_the_flashlight", "v2e", "Sorted within the hour. Credit where it's "
      "due.", "social")
    R("v2g", "@beth_prius_v", "v2", "Not about transmissions, sorry, but: someone sawed the "
      "catalytic converter off my Prius in my own driveway last night. It sounds like a "
      "tractor. Any advice?", "social", at="d2 19:05")
    R("v2g_bot", "@CatCashBuyers", "v2g", cats[1], "spam")
    R("v2h", "@DotsGarage", "v2g", "I'm so sorry, Beth. Police report first, then your "
      "insurer: comprehensive usually covers it. Don't drive it far, it's loud and you "
      "don't want to be breathing those fumes. And funnily enough, Friday's video is about "
      "exactly this.", "social")
    R("v2i", "@beth_prius_v", "v2g_bot", "You want to BUY them? Under my post about mine being "
      "sawn off? Wow.", "social", after="v2h")
    R("v2j", "@manuals_by_rick", "v2", "Transmission service specs for every Honda are in the "
      "factory manual PDF 📘 $9.99, link in my channel", "spam")
    R("v2k", "@trucker_della", "v2", "I run a Freightliner with an automatic. Changed the "
      "fluid at 250k like the book says and it's at 610k now. Do what the book says, people.",
      "social")
    R("v2l", "@alfie_in_leeds", "v2", "Most of us drive manuals over here so this was like "
      "watching a nature documentary.", "social")

    # ---- Thursday ----
    P("c2", "@DotsGarage", "PSA: the 'vehicle warranty' account in my comments is a bot. It "
      "answers anything that says transmission or warranty with the same phone number. I've "
      "reported it, please don't call. Same goes for the account offering to buy converters: "
      "no-questions buyers are how stolen ones get sold.", "social", "d3 09:30",
      community=True)
    R("c2a", "@gearhead_grandpa_lou", "c2", "It answered the Ford fella in four minutes. "
      "Faster than any dealer.", "social")
    R("c2b", "@tyrell_autotech", "c2", "Our instructor says the same. No VIN on them, no "
      "questions, cash. That's the whole business.", "social")
    R("c2c", "@beth_prius_v", "c2", "It answered MY post about mine. Offering to buy it. I "
      "can't get over it.", "social")

    # ---- Friday: the converter video ----
    P("v3", "@DotsGarage", "Someone Sawed Off My Customer's Catalytic Converter. Here's How to "
      "Protect Yours\n\nBeth's Prius lost its converter in about 90 seconds, in her own "
      "driveway. Why hybrids get hit, what a shield costs and what it does, etching your "
      "VIN, and what I did to get Beth back on the road.\n\n0:00 Beth's driveway\n2:45 Why "
      "the Prius\n6:20 Shields, cables and cages\n11:10 Etching the VIN\n13:30 Putting it "
      "back", "social", "d4 17:00:00")
    R("v3a", "@beth_prius_v", "v3", "That's my car! Thank you Dot, for everything. And yes, "
      "it's quiet again.", "social")
    R("v3b", "@gearhead_grandpa_lou", "v3", "Etch the VIN and paint it bright orange. A thief "
      "wants something nobody will ask about.", "social")
    R("v3c", "@nurse_ken_nights", "v3", "@CatArmorShields do you make one for the 2012 Prius "
      "v? Not the regular Prius, the wagon.", "social")
    R("v3d", "@CatArmorShields", "v3c", "Hi Ken! Yes, the 2012-2017 Prius v has its own "
      "shield, part PV-12, $289. It bolts to the existing points, no drilling, and any "
      "muffler shop can fit it in about 30 minutes.", "marketing")
    R("v3e", "@nurse_ken_nights", "v3d", "Thanks, ordered.", "social")
    R("v3f", "@tyrell_autotech", "v3", "Question: does a shield trap heat? Our instructor "
      "said some of the cheap ones do.", "social")
    R("v3g", "@DotsGarage", "v3f", "Good ones are vented: look for louvres and a gap from the "
      "pipe. A flat plate tight against the exhaust is what worries me.", "social")
    R("v3h", "@dwayne_f150", "v3", "My buddy's F-250 got hit in the hardware store lot in "
      "broad daylight.", "social")
    R("v3i", "@trucker_della", "v3", "Truck stops are the worst for this. Watched a guy on his "
      "back under a Tacoma at 4am once, called it in, he was gone in a minute.", "social")

    # ---- Saturday ----
    P("c3", "@DotsGarage", "Q&A video next week! What do you want me to answer? Best "
      "questions get a shout-out (and a Lugnut photo).", "social", "d5 11:00", community=True)
    R("c3a", "@first_civic_maddie", "c3", "IT WORKED. Took out one shim, cold air, my dad "
      "cried (he says it was the sun). Question: how often should I check the air gap?",
      "social", at="d5 16:20")
    R("c3b", "@DotsGarage", "c3a", "MADDIE! 🎉 Best comment I've had all year. Only when it "
      "acts up again. Tell your dad the sun gets me too.", "social")
    R("c3c", "@raj_holds_the_flashlight", "c3b", "It was the sun.", "social")
    R("c3d", "@dwayne_f150", "c3", "When should a manual transmission clutch be replaced, by "
      "the miles or by feel?", "social")
    R("c3e", "@alfie_in_leeds", "c3", "What tools would you buy first if you were starting "
      "from nothing?", "social")
    R("c3f", "@trucker_della", "c3", "How do you keep your hands from cracking in winter?",
      "social")
    R("c3g", "@gearhead_grandpa_lou", "c3", "What's the worst thing you've found in an air "
      "box? Mine was a family of mice and their whole pantry.", "social")
    R("c3h", "@DotsGarage", "c3g", "Walnuts. Eleven pounds of walnuts. Squirrel, Buick. "
      "That's going in the video.", "social")

    R("c3i", "@DotsGarage", "c3e", "A good 3/8 socket set, a torque wrench and a headlamp. "
      "Everything else you buy the day a job needs it.", "social")
    R("c3j", "@DotsGarage", "c3f", "Nitrile gloves all day, bag balm at night. Della, you "
      "probably know about the balm already.", "social", after="c3f")
    R("c3k", "@trucker_della", "c3j", "Udder cream in the glovebox since 1998.", "social")
    R("v2m", "@tyrell_autotech", "v2", "So is a machine flush ever OK?", "social",
      at="d3 20:15")
    R("v2n", "@DotsGarage", "v2m", "On a car that's been serviced on schedule its whole life, "
      "sure. On a 200k-mile car with the original fluid, I'd do drain-and-fills and leave "
      "the machine in the corner.", "social")

    # ---- Sunday ----
    R("v1j", "@nurse_ken_nights", "v1f", "Update: did the shim on my night off. Cold air. The "
      "dealer can keep his $1,900.", "social", at="d6 02:05")
    R("v3j", "@beth_prius_v", "v3", "Update: shield fitted yesterday. Sleeping better.",
      "social", at="d6 10:40")
    R("v3k", "@DotsGarage", "v3j", "Best news. Give it a wave from the kitchen window for "
      "me.", "social")
    S.fill()
    return S


STREAMS.append(stream_youtube)


# =====================================================================================
# 4. Bluesky: marine ecologists
# =====================================================================================
def stream_bluesky():
    S = Stream("bluesky_marine_ecology_predatory_journal_conference_bots.jsonl", "bluesky", -5,
               "2027-02-15", 25,
               "Bluesky: a predatory journal's bot answering every post or reply from marine "
               "ecologists that says paper, preprint, manuscript or published, and a predatory "
               "'World Congress' bot answering every 'conference', 'poster', 'abstract', "
               "'keynote' or 'symposium', beside a sea-temperature bot, a preprint feed, a "
               "scientific society and a diamond open-access journal",
               None, SEED + 4, "EST, UTC-5")
    A = S.author
    A("gulfofmaine-sst.bsky.social", "bot")
    A("marine-preprints.bsky.social", "bot")
    A("ijmarss-editorial.bsky.social", "bot", delay=(300, 3600))
    A("wcosa2027.bsky.social", "bot", delay=(600, 5400))
    A("proscience-editing.bsky.social", "spammer", median=240, window=("08:00", "20:00"), tz=0)
    A("skce-society.bsky.social", "brand", median=180, window=("09:00", "17:00"),
      weekdays=True)
    A("coastalletters.bsky.social", "brand", median=240, window=("09:00", "17:00"),
      weekdays=True)
    A("mara-kelp.bsky.social", "person", median=30, window=("07:00", "23:00"))
    A("hal-emeritus.bsky.social", "prolific_person", median=5, window=("05:30", "00:00"))
    A("jun-larvae.bsky.social", "person", median=15, window=("20:00", "07:00"))
    A("sofi-seagrass.bsky.social", "person", median=25, window=("08:00", "01:00"))
    A("omar-otoliths.bsky.social", "person", median=40, window=("07:00", "22:00"))
    A("kate-writes-oceans.bsky.social", "person", median=45, window=("08:00", "23:00"))
    A("noor-undergrad.bsky.social", "person", median=20, window=("09:00", "02:00"))
    A("fergus-trawl.bsky.social", "person", median=40, window=("07:00", "23:00"), tz=0)
    A("marisol-r-stats.bsky.social", "person", median=30, window=("07:00", "23:30"), tz=-8)
    A("tasman-sponges.bsky.social", "person", median=40, window=("06:00", "23:00"), tz=11)
    S.schedule("gulfofmaine-sst.bsky.social", "posts yesterday's Gulf of Maine sea-surface "
               "temperature from the buoy network at 08:00:00 every day; never replies")
    S.schedule("marine-preprints.bsky.social", "posts new marine-ecology preprints from the "
               "bioRxiv feed at 12:00:00 on Monday, Wednesday and Friday; never replies")

    journal = [
        "Dear Esteemed Researcher, Greetings of the day! We have read your valuable work with "
        "great interest and cordially invite you to submit your next manuscript to the "
        "International Journal of Marine & Aquatic Research Sciences (IJMARSS). Publication "
        "within 7 days. submit@ijmarss.org",
        "Dear Dr., Congratulations on your excellent work! 🌊 IJMARSS invites original "
        "research, reviews and short communications for our upcoming issue. Low APC of $149, "
        "fast peer review. ijmarss.org/submit",
        "Greetings! Your recent research has caught the attention of our Editorial Board. We "
        "would be honored to publish your next article in IJMARSS (Impact Factor 4.7*). "
        "Kindly send your manuscript to editor@ijmarss.org",
        "Dear Author, we are pleased to invite you to join the Editorial Board of the "
        "International Journal of Marine & Aquatic Research Sciences and to contribute an "
        "article to our special issue. Kindly reply with your CV. ijmarss.org",
        "Esteemed Scholar, IJMARSS is accepting submissions for Volume 9, Issue 2 📚 Acceptance "
        "within 72 hours, indexed in major databases. Submit online: ijmarss.org/submit",
    ]
    congress = [
        "Congratulations! 🎉 Based on your outstanding research you have been selected as a "
        "Keynote Speaker at the 7th World Congress on Ocean Sciences & Aquaculture (WCOSA "
        "2027), Dubai, 14-16 October. Kindly register by 1 March: wcosa2027.org/speakers",
        "Dear Colleague, greetings from WCOSA 2027! 🌍 We invite you to present your valuable "
        "research as an Oral Speaker at the 7th World Congress on Ocean Sciences & "
        "Aquaculture, Dubai, 14-16 October. Early-bird registration ends soon: wcosa2027.org",
        "Greetings! The Organizing Committee of WCOSA 2027 is delighted to invite you as a "
        "Session Chair 🎤 Limited slots, kindly confirm your participation: "
        "wcosa2027.org/chairs",
        "Dear Researcher, your work would be a wonderful fit for WCOSA 2027, Dubai 🐠 Oral and "
        "poster slots available, all abstracts published in our proceedings. Submit: "
        "wcosa2027.org/abstracts",
        "Hello! 🌊 Join 500+ scientists from 60 countries at the 7th World Congress on Ocean "
        "Sciences & Aquaculture. Speaker, poster and virtual options. Register: wcosa2027.org",
    ]
    S.trigger("ijmarss-editorial.bsky.social",
              r"\b(papers?|preprints?|manuscripts?|published)\b", "d0 00:00:00", "d6 23:59:59",
              journal, "spam: a predatory journal's invitation, under every paper, preprint, "
              "manuscript or published")
    S.trigger("wcosa2027.bsky.social",
              r"\b(conferences?|posters?|abstracts?|keynotes?|symposi\w*)\b", "d0 00:00:00",
              "d6 23:59:59", congress, "spam: a predatory congress's speaker invitation, under "
              "every conference, poster, abstract, keynote or symposium")
    P, R = S.post, S.reply

    sst = [("14 Feb", 5.8, 1.9, 41), ("15 Feb", 5.7, 1.8, 42), ("16 Feb", 5.9, 2.0, 43),
           ("17 Feb", 5.6, 1.8, 44), ("18 Feb", 5.4, 1.6, 45), ("19 Feb", 5.5, 1.7, 46),
           ("20 Feb", 5.6, 1.9, 47)]

    def temp(key, d):
        day, t, anom, n = sst[d]
        return P(key, "gulfofmaine-sst.bsky.social", f"Gulf of Maine sea surface temperature, "
                 f"{day}: {t} °C, +{anom} °C above the 1991-2020 average for the date. Day {n} "
                 f"in a row above normal. #MarineHeatwave", "social", f"d{d} 08:00:00")

    # ---- Monday ----
    temp("b0", 0)
    R("b0a", "hal-emeritus.bsky.social", "b0", "Forty-one days. In February. When I started "
      "out we'd have had skim ice in the harbour this week.", "social")
    P("b1", "mara-kelp.bsky.social", "Our kelp recovery paper is out! 🌊 Six years, 14 sites "
      "in Penobscot Bay: where divers cleared urchins, kelp came back within 3 years; where "
      "they didn't, it didn't. Thank you to the 60+ volunteer divers who made it possible. 🧵",
      "social", "d0 09:20")
    R("b1a", "mara-kelp.bsky.social", "b1", "It's free to read in Coastal Letters: "
      "doi.org/10.5571/cl.2027.0112. Figure 3 is the one: the same reef in 2021 and 2026.",
      "social", delay=(60, 180))
    R("b1_bot", "ijmarss-editorial.bsky.social", "b1", journal[0], "spam")
    R("b1b", "hal-emeritus.bsky.social", "b1", "Splendid. I dove some of those ledges in 1979 "
      "and they were kelp forest then. Good to see it turning.", "social")
    R("b1c", "sofi-seagrass.bsky.social", "b1a", "Figure 3 made me a little emotional ngl",
      "social")
    R("b1d", "kate-writes-oceans.bsky.social", "b1", "Mara, could I interview you and a "
      "couple of the divers for a piece? DMs open.", "social")
    R("b1e", "mara-kelp.bsky.social", "b1d", "Yes! Messaging you now.", "social")
    R("b1f", "noor-undergrad.bsky.social", "b1_bot", "ooh is this a good journal?", "social",
      at="d0 11:47")
    R("b1g", "sofi-seagrass.bsky.social", "b1f", "Noor, no! It's predatory: they publish "
      "anything for a fee and nobody reads it. 'Dear Esteemed Researcher' = ignore forever.",
      "social", delay=(300, 1500))
    R("b1h", "noor-undergrad.bsky.social", "b1g", "noted 😳 thank you", "social")
    P("b2", "marine-preprints.bsky.social", "📄 New preprint: 'Thermal tolerance of juvenile "
      "green sea urchins across a latitudinal gradient.' Ellery, Baptiste & Moore. bioRxiv: "
      "doi.org/10.1101/2027.02.12.583104", "social", "d0 12:00:00")
    P("b3", "noor-undergrad.bsky.social", "My first ever poster got accepted for the regional "
      "student symposium!! It's about periwinkles. I am very normal about periwinkles.",
      "social", "d0 14:30")
    R("b3_bot", "wcosa2027.bsky.social", "b3", congress[0], "spam")
    R("b3a", "noor-undergrad.bsky.social", "b3_bot", "wait. a keynote? me?? for "
      "periwinkles??", "social", delay=(120, 900))
    R("b3b", "sofi-seagrass.bsky.social", "b3a", "Noor, NO, this is the conference version of "
      "the journal thing. They 'select' everyone and then charge $799 to talk to an empty "
      "room.", "social")
    R("b3c", "hal-emeritus.bsky.social", "b3", "Periwinkles are underrated. Littorina littorea "
      "has seen off everything we've thrown at it.", "social")
    R("b3d", "mara-kelp.bsky.social", "b3", "So proud of you Noor!", "social")
    P("b4", "jun-larvae.bsky.social", "Hour 14 of the larval time series. Larvae: thriving. "
      "Me: the -80 freezer hum has started to sound like a choir.", "social", "d0 22:40")
    R("b4a", "tasman-sponges.bsky.social", "b4", "Morning from Hobart! Sending strength. Eat "
      "something that isn't from the vending machine.", "social")
    R("b4b", "jun-larvae.bsky.social", "b4a", "the vending machine is my family now",
      "social")

    # ---- Tuesday ----
    P("b6", "hal-emeritus.bsky.social", "Fifty years ago this week I posted my first "
      "manuscript to a journal: typed, figures in ink on tracing paper. Rejected in eleven "
      "weeks. The best thing that ever happened to it.", "social", "d1 07:05")
    temp("b5", 1)
    R("b6a", "fergus-trawl.bsky.social", "b6", "Eleven weeks! Reviewer 2 has had ours for "
      "five months.", "social")
    R("b6b", "mara-kelp.bsky.social", "b6", "Hal, I would read a whole thread about this.",
      "social")
    P("b7", "skce-society.bsky.social", "📣 Call for abstracts: SKCE 2027 annual meeting, "
      "Portland, Maine, 14-17 June. Talks, posters and a student session. Abstracts due 15 "
      "March. Student travel grants cover registration and three nights' lodging. "
      "skce.org/2027", "marketing", "d1 10:00")
    R("b7a", "sofi-seagrass.bsky.social", "b7", "Are the travel grants open to students "
      "studying outside the US?", "social")
    R("b7b", "skce-society.bsky.social", "b7a", "Yes, to any student member, wherever you "
      "study. Student membership is $25 a year and the application is one page. Awards are "
      "announced by 10 April.", "marketing")
    R("b7c", "noor-undergrad.bsky.social", "b7", "Is the student session open to undergrads "
      "too?", "social")
    R("b7d", "skce-society.bsky.social", "b7c", "It is! Undergrads present there every year, "
      "and it's a friendly room.", "marketing")
    P("b8", "omar-otoliths.bsky.social", "Sectioned 300 cod otoliths today. Fish ear stones: "
      "each one a little diary of a fish's life, one ring a year. This one was 14.", "social",
      "d1 13:40")
    R("b8a", "hal-emeritus.bsky.social", "b8", "A 14-year-old cod from the Gulf is a rarer "
      "thing now than a 14-year-old anything.", "social")
    R("b8b", "fergus-trawl.bsky.social", "b8", "Jealous. Ours are all 3s and 4s.", "social")
    P("b9", "kate-writes-oceans.bsky.social", "My piece on the urchin divers of Penobscot Bay "
      "is up: a dentist, a lobsterman and a retired teacher who spent six summers underwater "
      "with hammers and paid for their own air fills. With @mara-kelp.bsky.social: "
      "seacoastreview.org/urchin-divers", "social", "d1 16:30")
    R("b9a", "mara-kelp.bsky.social", "b9", "Kate, this is beautiful. The lobsterman is going "
      "to frame it.", "social")

    # ---- Wednesday ----
    P("b10", "jun-larvae.bsky.social", "Metamorphosis at 3am. Of course. Of COURSE. 🐚 "
      "(they're fine, they're beautiful)", "social", "d2 03:05")
    R("b10a", "hal-emeritus.bsky.social", "b10", "They always wait until you've gone for "
      "coffee.", "social")
    temp("b11", 2)
    P("b12", "fergus-trawl.bsky.social", "Reviewer 2 has asked us to 'consider the effect of "
      "the moon' on our trawl survey. Which was done in daylight. In 180 m of water.",
      "social", "d2 09:10")
    R("b12a", "marisol-r-stats.bsky.social", "b12", "Add the moon as a random effect and "
      "watch it not converge", "social")
    R("b12b", "hal-emeritus.bsky.social", "b12", "I once had a reviewer ask about the effect "
      "of the tide on a freshwater lake.", "social")
    R("b12c", "proscience-editing.bsky.social", "b12", "Reviewer comments got you down? 😩 Our "
      "PhD editors polish your response letter and revision in 48 hours, 20% off this week 📝 "
      "proscience-editing.com", "spam")
    P("b13", "mara-kelp.bsky.social", "PSA for students: if an account answers your post "
      "with 'Dear Esteemed Researcher', or invites you to be a keynote in Dubai, it's a "
      "predatory journal or conference. They charge fees, skip review and list you as a "
      "'speaker' to sell tickets. Two of them are answering every post here that says paper "
      "or poster. Before you submit anywhere: thinkchecksubmit.org", "social", "d2 11:30")
    R("b13_bot", "ijmarss-editorial.bsky.social", "b13", journal[2], "spam",
      delay=(300, 600))
    R("b13a", "marisol-r-stats.bsky.social", "b13_bot", "Seven minutes to answer a post "
      "about itself.", "social")
    R("b13b", "noor-undergrad.bsky.social", "b13", "oh thank goodness I didn't email the "
      "Dubai one. (I nearly did.)", "social")
    R("b13c", "tasman-sponges.bsky.social", "b13", "Same ones down here. It's always a "
      "'World Congress'. Never a small meeting in a church hall.", "social")
    P("b14", "marine-preprints.bsky.social", "📄 New preprint: 'Seagrass wasting disease "
      "prevalence after the 2024 marine heatwave in Casco Bay.' Oduya, Lindqvist & Park. "
      "bioRxiv: doi.org/10.1101/2027.02.16.584410", "social", "d2 12:00:00")
    R("b14a", "sofi-seagrass.bsky.social", "b14", "This is right next to my sites. Reading "
      "tonight.", "social")
    P("b15", "coastalletters.bsky.social", "Special issue call: 'Kelp forests in a warming "
      "ocean.' We're diamond open access: no fees to publish, no fees to read. Guest editors "
      "@mara-kelp.bsky.social and Dr. Aiko Tanabe. Submissions open 1 March, papers due 30 "
      "June. coastalletters.org/kelp", "marketing", "d2 14:00")
    R("b15a", "tasman-sponges.bsky.social", "b15", "Do reviews count, or only primary "
      "research?", "social")
    R("b15b", "coastalletters.bsky.social", "b15a", "Reviews and data papers are both "
      "welcome, up to 8,000 words. Happy to look at a one-paragraph pitch first: "
      "editors@coastalletters.org", "marketing")
    R("b15c", "mara-kelp.bsky.social", "b15", "Please send us your kelp! Especially "
      "early-career folks: we'll help you through it.", "social")

    # ---- Thursday ----
    temp("b16", 3)
    P("b17", "sofi-seagrass.bsky.social", "Seagrass transects: water 3 °C, two hours, one "
      "pipefish, no feeling in three fingers. Worth it. 🌱", "social", "d3 10:10")
    R("b17a", "hal-emeritus.bsky.social", "b17", "The pipefish makes it worth it.", "social")
    R("b17b", "jun-larvae.bsky.social", "b17", "this is why I stay in the lab where it's warm "
      "and everything is tiny", "social")
    P("b18", "marisol-r-stats.bsky.social", "R tip for ecologists: if your mixed model won't "
      "converge, it's almost always the random-effects structure, not your data. Start "
      "maximal, drop the correlations first, then the slopes with the least variance. 🧵",
      "social", "d3 13:00")
    R("b18a", "omar-otoliths.bsky.social", "b18", "Saving this for when my otolith model "
      "inevitably explodes.", "social")
    R("b18b", "fergus-trawl.bsky.social", "b18", "Does this apply to the moon", "social")
    R("b18c", "marisol-r-stats.bsky.social", "b18b", "the moon is a fixed effect and you know "
      "it", "social")

    # ---- Friday ----
    temp("b19", 4)
    P("b20", "noor-undergrad.bsky.social", "Poster printed! A0, glossy, covered in "
      "periwinkles. The man at the print shop asked if I was OK. I am thriving.", "social",
      "d4 09:30")
    R("b20a", "mara-kelp.bsky.social", "b20", "It looks GREAT.", "social")
    R("b20b", "proscience-editing.bsky.social", "b20", "Presenting soon? Our editors polish "
      "slides and handouts too ✨ 20% off for students: proscience-editing.com", "spam")
    P("b21", "marine-preprints.bsky.social", "📄 New preprint: 'Otolith microchemistry "
      "reveals natal origins of Atlantic cod in the western Gulf of Maine.' Halvorsen, Diaz & "
      "Benoît. bioRxiv: doi.org/10.1101/2027.02.18.585021", "social", "d4 12:00:00")
    R("b21a", "omar-otoliths.bsky.social", "b21", "Oh, the Halvorsen lab, they're so good. "
      "Reading with lunch.", "social")
    P("b22", "skce-society.bsky.social", "A reminder for members: SKCE will never message you "
      "about a keynote or ask for fees by DM. Our meeting is in Portland, Maine, and "
      "registration is only through skce.org. If it says 'World Congress' and 'Dubai', it "
      "isn't us.", "marketing", "d4 13:00")
    R("b22a", "hal-emeritus.bsky.social", "b22", "Good of you to say it.", "social")
    P("b23", "jun-larvae.bsky.social", "96-hour larval experiment: done. Data backed up three "
      "times. It'll be a paper someday. Tonight I sleep like a larva.", "social", "d4 22:15")
    R("b23a", "tasman-sponges.bsky.social", "b23", "Sleep well! The larvae earned it and so "
      "did you.", "social")

    # ---- Saturday and Sunday ----
    temp("b24", 5)
    P("b25", "hal-emeritus.bsky.social", "Saturday walk on the mudflats at low tide. Ribbed "
      "mussels doing fine, green crabs everywhere, one very angry gull. Some things don't "
      "change.", "social", "d5 11:00")
    R("b25a", "sofi-seagrass.bsky.social", "b25", "Angry gull is the one true constant of "
      "nature", "social")
    temp("b26", 6)
    P("b27", "mara-kelp.bsky.social", "Lab week in review: one paper out, 300 otoliths, a 3am "
      "metamorphosis, a student poster, an R thread that saved my postdoc, and zero keynotes "
      "in Dubai. Good week.", "social", "d6 19:00")
    R("b27a", "noor-undergrad.bsky.social", "b27", "zero keynotes in Dubai 😂", "social")
    R("b27b", "hal-emeritus.bsky.social", "b27", "A very good week.", "social")
    S.fill()
    return S


STREAMS.append(stream_bluesky)


# =====================================================================================
# 5. Blog: Needle & Thistle, a bride sewing her own wedding dress in Fife
# =====================================================================================
def stream_blog():
    S = Stream("blog_wedding_dress_sewing_replica_gowns_guest_post_bots.jsonl", "blog", 1,
               "2027-04-19", 200,
               "Blog: a replica-gown shop's comment bot answering every post or comment on a "
               "bride's dressmaking blog that says designer, gown, bridal or boutique, and a "
               "link-building agency's bot asking every post for a paid guest post, beside "
               "WordPress's own pingbacks, a fabric shop and a wedding-dress charity",
               None, SEED + 5, "BST, UTC+1")
    A = S.author
    site = "https://needleandthistle.co.uk"
    A("Isla Mackenzie", "person", median=120, window=("07:00", "23:00"),
      email="isla@needleandthistle.co.uk", url=site)
    A("Needle and Thistle", "bot")
    A("Chloe Bennett", "bot", delay=(900, 14400), email="chloe.bennett.bridal@mailbox.live",
      url="https://bridalreplicaoutlet.com")
    A("Mark Reynolds", "bot", delay=(3600, 43200), email="mark@linkreachmedia.co",
      url="https://linkreachmedia.co")
    A("Priscilla Hart", "spammer", median=300, window=("09:00", "21:00"),
      email="priscilla@patternacademyonline.com", url="https://patternacademyonline.com")
    A("Morag at Loch Cloth", "brand", median=240, window=("10:00", "17:30"),
      email="morag@lochcloth.co.uk", url="https://lochcloth.co.uk")
    A("Second Gown Trust", "brand", median=300, window=("09:00", "18:00"), weekdays=True,
      email="hello@secondgowntrust.org.uk", url="https://secondgowntrust.org.uk")
    A("Agnes Baird", "prolific_person", median=10, window=("05:00", "23:00"),
      email="agnes.baird@btmail.co.uk")
    A("Fiona Mackenzie", "person", median=120, window=("07:00", "22:00"),
      email="fiona.mack58@mailbox.co.uk")
    A("Rory", "person", median=180, window=("07:00", "23:30"), email="rory.dunn@mailbox.co.uk")
    A("Kirsty", "person", median=150, window=("08:00", "00:30"),
      email="kirsty.r.paterson@mailbox.co.uk")
    A("Devika", "person", median=60, window=("22:00", "08:00"),
      email="devika.on.nights@mailbox.co.uk")
    A("Hana from Dunedin", "person", median=240, window=("07:00", "23:00"), tz=12,
      email="hana.w.sews@kiwimail.nz")
    A("Marie-Claude", "person", median=200, window=("07:00", "23:00"), tz=-4,
      email="mc.tremblay.couture@courriel.ca")
    A("Tess at Seam Ripped", "person", median=240, window=("08:00", "23:00"),
      email="tess@seamripped.blog", url="https://seamripped.blog")
    A("Euan", "person", median=200, window=("07:00", "23:00"),
      email="euan.kiltmaker@mailbox.co.uk")
    A("Maggie", "person", median=180, window=("07:00", "23:30"),
      email="maggie.bride.2027@mailbox.co.uk")
    S.schedule("Isla Mackenzie", "publishes each post at 20:00:00 (scheduled in WordPress)")
    S.schedule("Needle and Thistle", "WordPress's own pingback, seconds after a new post "
               "links an earlier one; never comments", replies=True)

    gowns = [
        "What a beautiful post! 😍 For brides on a budget, we make exact copies of any designer "
        "gown from just a photo, from $189 with free shipping 👰 bridalreplicaoutlet.com",
        "Love this! Why pay boutique prices? We recreate famous designer wedding dresses 1:1 at "
        "80% off, custom sized to your measurements 💕 bridalreplicaoutlet.com",
        "So inspiring! If sewing isn't for you, our bridal atelier can copy any dress you've "
        "seen on Pinterest or Instagram, delivered in 3 weeks ✨ bridalreplicaoutlet.com",
        "Gorgeous! Brides, don't spend thousands 💍 Send us a picture of your dream gown and "
        "we'll make it for a fraction of the designer price: bridalreplicaoutlet.com",
    ]
    guest = [
        "Hi there, great content! I'm reaching out from a digital marketing agency. We'd love "
        "to publish a sponsored guest post on your blog with one do-follow link. We pay $60 via "
        "PayPal. Interested? Please reply to mark@linkreachmedia.co",
        "Hello! I really enjoyed this article. I represent several clients in the home and "
        "lifestyle niche who are looking for guest posting opportunities on quality sites like "
        "yours. Can you share your price for a do-follow link? Regards, Mark",
        "Hi, hope you are doing well. Do you accept guest posts or link insertions on "
        "needleandthistle.co.uk? We offer $60-$120 per article depending on DA. Looking forward "
        "to your reply. Mark Reynolds, LinkReach Media",
        "Great post! One of our clients, a leading online bridal retailer, would love a "
        "sponsored article on your website with a link back to them. Budget is $80. Let me "
        "know! Best, Mark",
    ]
    S.trigger("Chloe Bennett", r"\b(designer|gowns?|bridal|boutiques?)\b", "d0 00:00:00",
              "d12 23:59:59", gowns,
              "spam: a replica-gown shop, under every designer, gown, bridal or boutique")
    S.trigger("Mark Reynolds", r".", "d0 00:00:00", "d12 23:59:59", guest,
              "spam: a link-building agency asking for a paid guest post, under every post",
              roots_only=True)
    P, R = S.post, S.reply
    urls = {}

    def post(key, day, slug, text):
        urls[key] = f"{site}/2027/{S.local(f'd{day} 12:00').strftime('%m/%d')}/{slug}/"
        return P(key, "Isla Mackenzie", text, "social", f"d{day} 20:00:00")

    def pingback(key, new, old, excerpt):
        return R(key, "Needle and Thistle", old, "[…] " + excerpt + " […]", "social",
                 after=new, delay=(2, 25), author_url=urls[new])

    post("p1", 0, "the-toile-part-one", "The toile, part one: making the whole dress in calico "
         "first\n\nBefore a single centimetre of silk gets cut, the whole dress gets made in "
         "£3-a-metre calico. This is the toile, and tonight it hangs on my wardrobe door like "
         "the ghost of a wedding dress. Here's how I drafted the bodice from my own block, why "
         "I added two centimetres to every seam allowance, and the moment Rory walked in and I "
         "had to throw a towel over it.")
    R("p1a", "Agnes Baird", "p1", "Two centimetres on every seam allowance, good lass. I made "
      "forty-odd wedding dresses in my time and never once regretted extra allowance. Your "
      "darts look lovely and even.", "social")
    R("p1b", "Isla Mackenzie", "p1a", "Agnes, coming from you that means the world. I suspect "
      "I'll be asking you about the back fastening.", "social")
    R("p1c", "Kirsty", "p1", "A TOWEL. I'm crying. Did he see anything?", "social")
    R("p1d", "Rory", "p1c", "I saw a towel.", "social")
    R("p1e", "Devika", "p1", "Reading this on my break at 3am on the ward. Calico ghost dress "
      "is a mood. Good luck Isla!", "social", at="d1 03:12")
    R("p1g", "Isla Mackenzie", "p1d", "He saw a towel. It's fine. Probably.", "social")
    R("p1f", "Priscilla Hart", "p1", "Lovely toile! If any of your readers want to draft their "
      "own bodice block from scratch, my free masterclass walks you through it step by step: "
      "patternacademyonline.com/free-block", "spam")

    post("p2", 2, "buying-the-silk", "Buying the silk: four metres of duchess satin and a "
         "small panic attack\n\nI went to Loch Cloth in Edinburgh with my mum, a swatch in my "
         "pocket and a budget in my head. We came out with four metres of ivory duchess satin, "
         "two of silk organza for the underlayer, and a receipt I've hidden in a drawer. Here's "
         "what I learned about choosing satin for a fitted bodice, and how the toile from last "
         "week saved me a metre.")
    pingback("p2_pb", "p2", "p1", "with four metres of ivory duchess satin and two of silk "
             "organza. The toile from last week saved me a metre, because I could lay the real "
             "pattern pieces out on the shop's table")
    R("p2a", "Fiona Mackenzie", "p2", "It was not a small panic attack. But the satin is "
      "gorgeous and you looked about eight years old holding it.", "social")
    R("p2b", "Hana from Dunedin", "p2", "What weight is the duchess satin? I'm trying to find "
      "something similar here and the shops only sell polyester 'bridal satin'.", "social")
    R("p2b_bot", "Chloe Bennett", "p2b", gowns[1], "spam")
    R("p2c", "Isla Mackenzie", "p2b", "About 250 grams a square metre, Hana. Ask Morag at Loch "
      "Cloth, I think they post abroad?", "social")
    R("p2d", "Morag at Loch Cloth", "p2c", "Hi Hana, Isla's right, we post to New Zealand. The "
      "ivory duchess is our 100% silk at £68 a metre, and it's heavy enough to hold a fitted "
      "bodice without the boning showing through. Email us your measurements and we'll tell "
      "you how much you need and post a free swatch first. And Isla, it was a joy having you "
      "and your mum in!", "marketing")
    R("p2e", "Hana from Dunedin", "p2d", "Thank you! Emailing now.", "social")
    R("p2g", "Agnes Baird", "p2", "Duchess satin shows every pin mark, so pin inside the "
      "seam allowance only. You'll know that already, but it's worth saying.", "social")
    R("p2h", "Isla Mackenzie", "p2g", "I didn't know that! Pinning in the allowance from now "
      "on. Thank you.", "social")
    R("p2f", "Marie-Claude", "p2", "A silk organza underlayer is such a good idea. I did that "
      "for my sister's dress and it never creased all day.", "social")

    post("p3", 4, "grans-1962-wedding-gown", "My gran's 1962 wedding gown, and what on earth to "
         "do with it\n\nMum brought a box down from the loft last weekend: my gran's wedding "
         "gown, 1962, ivory brocade, a 22-inch waist and about forty covered buttons. I can't "
         "wear it (the waist, for a start) and the brocade has some spotting. I'd love to use "
         "part of it in my dress, maybe the buttons. But what do you do with the rest? I'd "
         "love your ideas.")
    R("p3_bot", "Chloe Bennett", "p3", gowns[0], "spam")
    R("p3a", "Agnes Baird", "p3", "Take the buttons, and a panel of the brocade for a wee "
      "pocket inside your skirt, where only you know it's there. Have the rest cleaned by a "
      "textile conservator, not a dry cleaner.", "social")
    R("p3b", "Fiona Mackenzie", "p3", "Gran would be so pleased, Isla. She always said that "
      "dress had another wedding in it.", "social")
    R("p3c", "Kirsty", "p3_bot", "'Exact copies of any designer gown' under a post about "
      "your gran's dress. Read the room, Chloe.", "social")
    R("p3d", "Second Gown Trust", "p3", "What a treasure, Isla. If, after you've taken what "
      "you need, the rest isn't wanted, we're a Scottish charity that restores donated "
      "wedding dresses and sells them at low prices to raise money for bereaved families. "
      "We'd treat your gran's with great care, and we can collect in Fife. "
      "secondgowntrust.org.uk/donate", "marketing")
    R("p3e", "Isla Mackenzie", "p3d", "That's a lovely idea. I'll talk to Mum.", "social")
    R("p3g", "Marie-Claude", "p3", "In Québec my grandmother would have called the hidden "
      "pocket 'un porte-bonheur'. I love it.", "social")
    R("p3h", "Hana from Dunedin", "p3", "Forty covered buttons! Nobody does that kind of thing "
      "any more.", "social")
    R("p3f", "Euan", "p3", "My granny's kilt pin is going on my wedding jacket for the same "
      "reason. Great idea with the pocket.", "social")

    post("p4", 7, "lace-212-motifs", "Lace: 212 motifs, hand-appliquéd (a count, not an "
         "estimate)\n\nThe lace arrived from Calais, I cut out every motif by hand, and I've "
         "spent eight evenings sewing them to the organza with stitches so small I had to "
         "borrow Agnes's magnifier. Here's my method, the thread I used, and the one motif "
         "that went on upside down.")
    R("p4a", "Agnes Baird", "p4", "212! And only one upside down? I'd have had a dozen. Leave "
      "it and call it luck.", "social")
    R("p4b", "Isla Mackenzie", "p4a", "It's staying exactly where it is, for luck, as you "
      "say.", "social")
    R("p4c", "Tess at Seam Ripped", "p4", "This is extraordinary work. I've linked it in my "
      "Sunday roundup, hope that's OK!", "social")
    R("p4d", "Devika", "p4", "3am again. Your lace is the most calming thing on the internet.",
      "social", at="d8 03:05")
    R("p4e", "Priscilla Hart", "p4", "Stunning! For readers who'd love to learn couture "
      "techniques like this, my Couture Finishes course opens Friday, 30% off this week: "
      "patternacademyonline.com/couture", "spam")
    R("p4h", "Isla Mackenzie", "p4c", "Of course it's OK, thank you Tess!", "social")
    R("p4i", "Kirsty", "p4", "Which one's upside down?? I've been staring at the photo for "
      "ten minutes.", "social")
    R("p4j", "Isla Mackenzie", "p4i", "Not telling. Agnes found it in thirty seconds.",
      "social")
    R("p4f", "Maggie", "p4", "Did you lap the edges of each motif or just whip stitch them?",
      "social")
    R("p4g", "Isla Mackenzie", "p4f", "Whip stitch, tiny, in silk thread, about 3 mm apart. "
      "Lapping would have been too bulky on organza.", "social")

    post("p5", 9, "fitting-four-the-back", "Fitting number four, and the back that wouldn't "
         "close\n\nThe satin bodice, on me, for the first time. It fitted everywhere except the "
         "back, which stopped two centimetres short of closing, and I sat on the floor of the "
         "spare room and had a little cry. Then I remembered those extra seam allowances from "
         "the toile. Here's how we fixed it.")
    pingback("p5_pb", "p5", "p1", "Then I remembered those extra seam allowances from the "
             "toile, two centimetres on every seam, and Mum went and got the unpicker")
    R("p5a", "Agnes Baird", "p5", "That's what the allowance is for! Well done, hen.",
      "social")
    R("p5b", "Fiona Mackenzie", "p5", "I was there. It was more than a little cry. But the fix "
      "was brilliant.", "social")
    R("p5c", "Marie-Claude", "p5", "The spare-room-floor cry is a universal part of "
      "dressmaking.", "social")
    R("p5e", "Isla Mackenzie", "p5c", "Universal! I feel so much better.", "social")
    R("p5f", "Euan", "p5", "Kilt jacket fitting this weekend. Reading this for courage.",
      "social")
    R("p5d", "Maggie", "p5", "I'm having my dress altered at a bridal boutique in Glasgow and "
      "they charged me £400 for exactly this. Respect.", "social")

    post("p6", 11, "eleven-days-to-go", "Eleven days to go: the hem, the bustle, and a "
         "thank-you\n\nThe hem is done, the bustle works (eight hooks, practised three times "
         "with Kirsty), and my gran's buttons run down the back. Thank you to everyone who's "
         "read along, especially Agnes, Morag at Loch Cloth, and my mum. The next post will be "
         "after the wedding. Here's a last look at the back, and a link back to the calico "
         "ghost where it all started and to Gran's dress.")
    pingback("p6_pb1", "p6", "p1", "Here's a last look at the back, and a link back to the "
             "calico ghost where it all started")
    pingback("p6_pb2", "p6", "p3", "and my gran's buttons run down the back, all forty of "
             "them, covered in her brocade")
    R("p6a", "Agnes Baird", "p6", "Bonnie, bonnie work. I'll be thinking of you on the day.",
      "social")
    R("p6b", "Kirsty", "p6", "Eight hooks. I have them memorised. I dream about them.",
      "social")
    R("p6c", "Rory", "p6", "Eleven days. Banned from the spare room for six weeks. Worth it, "
      "I'm told.", "social")
    R("p6d", "Morag at Loch Cloth", "p6", "From all of us at Loch Cloth: congratulations, "
      "Isla! It's been a joy to follow. There's a wee something waiting for you next time you "
      "pop in.", "marketing")
    R("p6e", "Hana from Dunedin", "p6", "The swatch arrived in Dunedin! Ordering next week. "
      "Thank you for the introduction, and congratulations.", "social")
    R("p6g", "Fiona Mackenzie", "p6", "Proudest mum in Fife.", "social")
    R("p6h", "Isla Mackenzie", "p6g", "Stop it, you'll set me off again. Thank you, all of you. "
      "See you on the other side.", "social")
    R("p6f", "Devika", "p6", "Going to miss these at 3am. Congratulations!", "social",
      at="d12 03:20")
    S.fill()
    return S


STREAMS.append(stream_blog)


# =====================================================================================
# 6. Mastodon: rideport.social, cyclists in Port Carrick, Australia
# =====================================================================================
def stream_mastodon():
    S = Stream("mastodon_cyclists_ebike_kit_gps_tracker_bots.jsonl", "mastodon", 10,
               "2027-05-10", 25,
               "Mastodon: an e-bike conversion-kit bot answering every post or reply on a "
               "cyclists' instance that says hill, uphill or headwind, and GPS-tracker bots "
               "(one after another) answering every stolen, steal, theft, thief or nicked, "
               "beside the instance's bike-counter bot and Friday Ride reminder, a cycling "
               "advocacy group, a community bike workshop and a bike shop",
               None, SEED + 6, "AEST, UTC+10")
    A = S.author
    A("countbot", "bot")
    A("fridayride", "bot")
    A("voltpedal@voltpedal.store", "bot", delay=(30, 300))
    A("trackguard@trackguardgps.shop", "bot", delay=(60, 600))
    A("bikesafe@bikesafe.click", "bot", delay=(90, 900))
    A("jess_rides@ridekit.social", "spammer", median=60, window=("07:00", "21:00"))
    A("portcarrickbug", "brand", median=120, window=("08:00", "21:00"))
    A("spokeshed", "brand", median=90, window=("09:00", "20:00"))
    A("gearbox@gearboxcycles.com.au", "brand", median=90, window=("08:30", "17:30"))
    A("admin_nat", "person", median=40, window=("07:00", "23:00"))
    A("dawn_rider_bev", "prolific_person", median=4, window=("05:00", "23:30"))
    A("sam_nightshift", "person", median=20, window=("21:00", "08:30"))
    A("bakery_ali", "person", median=20, window=("01:00", "13:00"))
    A("leah_cargo", "person", median=25, window=("06:00", "22:00"))
    A("kwame_uni", "person", median=20, window=("08:00", "01:30"))
    A("greg_steel_frame", "person", median=40, window=("06:00", "21:30"))
    A("dana_trike", "person", median=30, window=("07:00", "22:00"))
    A("renee@aus.social", "person", median=30, window=("06:00", "22:30"))
    A("aroha@mastodon.nz", "person", median=40, window=("06:30", "22:30"), tz=12)
    S.schedule("countbot", "the instance's bot: posts the city's bike-counter totals for the "
               "day before at 07:00:00 every day; never replies")
    S.schedule("fridayride", "the instance's bot: posts the Friday Ride reminder at 12:00:00 "
               "on Fridays; never replies")

    volt = [
        "⚡ Hills killing your commute? Turn ANY bike into an e-bike in 30 minutes! 1000W "
        "conversion kit, just $199, free shipping 🚲 voltpedal.store",
        "Never struggle uphill again 💪⚡ Our 48V kits fit any frame, 45 km/h top speed! "
        "Limited stock: voltpedal.store",
        "Headwinds? Hills? 😅 Add 1000W of power to your bike today. No licence needed*, shipped "
        "from our local warehouse. voltpedal.store",
        "Why sweat? 🥵 VoltPedal e-bike kits: 30-minute DIY install, 60 km range, $199 this "
        "week only 👉 voltpedal.store",
        "⚡ Make every ride feel downhill! E-bike conversion kits from $199, free battery "
        "upgrade today. voltpedal.store",
    ]
    track = [
        "😢 So sorry! 1 in 5 bikes gets stolen. Hide our mini GPS tracker in your seat post and "
        "track it live on your phone, just $19.99 🔒 trackguardgps.shop",
        "Bike thieves hate this! 🚲📍 Invisible GPS tracker, real-time alerts, no "
        "subscription. 50% off today: trackguardgps.shop",
        "Don't let it happen again 🔒 TrackGuard fits inside your handlebar, thieves never "
        "find it. $19.99 free shipping 👉 trackguardgps.shop",
        "Protect your ride! 📍 Police recover tracked bikes 6x more often. Get TrackGuard now: "
        "trackguardgps.shop",
    ]
    safe = [
        "Sorry to hear this 😔 BikeSafe's hidden GPS tag shows your bike's location 24/7. "
        "Only $17.99 today 🔐 bikesafe.click",
        "Thieves are everywhere 🚨 Stay one step ahead with BikeSafe, the tracker that pays for "
        "itself. bikesafe.click",
        "📍 Know where your bike is, always. Tiny, waterproof, 6-month battery. 40% off: "
        "bikesafe.click",
        "Don't be the next victim! 🔐 BikeSafe smart alarm + GPS, 2-minute install. Shop now: "
        "bikesafe.click",
    ]
    S.trigger("voltpedal@voltpedal.store", r"\b(hills?|uphill|headwinds?)\b", "d0 00:00:00",
              "d6 23:59:59", volt,
              "spam: an e-bike conversion kit above the road-legal power, under every hill, "
              "uphill or headwind")
    theft = r"\b(stolen|steal\w*|theft|thie(f|ves)|nicked)\b"
    S.trigger("trackguard@trackguardgps.shop", theft, "d0 00:00:00", "d2 10:10:00", track,
              "spam: a GPS-tracker dropshipper, under every stolen, steal, theft, thief or "
              "nicked, until the admin blocks its domain")
    S.trigger("bikesafe@bikesafe.click", theft, "d3 06:00:00", "d6 23:59:59", safe,
              "spam: the same from a new domain")
    P, R = S.post, S.reply

    counts = [("Sunday 9 May", 2184, 1530, 402, 311, "+12% on last Sunday", "Sunny, 19 °C"),
              ("Monday 10 May", 3412, 1208, 655, 744, "+4% on last Monday", "Fine, 17 °C"),
              ("Tuesday 11 May", 3288, 1102, 671, 760, "-1% on last Tuesday",
               "Windy, 16 °C"),
              ("Wednesday 12 May", 3530, 1190, 690, 802, "+6% on last Wednesday",
               "Fine, 15 °C"),
              ("Thursday 13 May", 2906, 941, 588, 702, "-9% on last Thursday",
               "Cold start, 4 °C to 15 °C"),
              ("Friday 14 May", 3377, 1644, 702, 688, "+8% on last Friday", "Fine, 16 °C"),
              ("Saturday 15 May", 2455, 1876, 390, 214, "+3% on last Saturday",
               "Sunny, 18 °C")]

    def count(key, d):
        day, hb, es, qs, ul, change, wx = counts[d]
        total = hb + es + qs + ul
        return P(key, "countbot", f"Bike counts for {day}: Harbour Bridge path {hb:,} · "
                 f"Esplanade {es:,} · Quay St {qs:,} · Uni link {ul:,}. Total {total:,} "
                 f"({change}). {wx}. #PortCarrickCounts", "social", f"d{d} 07:00:00")

    # ---- Monday ----
    count("f0", 0)
    R("f0a", "dawn_rider_bev", "f0", "Half that Esplanade number was the Sunday café crowd, "
      "I'd bet. Lovely morning for it.", "social")
    P("f1", "leah_cargo", "School run: two kids, 14 kg of netball gear and the Hill St "
      "climb. Arrived at the gate purple. 🚲💜", "social", "d0 07:40")
    R("f1_bot", "voltpedal@voltpedal.store", "f1", volt[0], "spam")
    R("f1a", "dawn_rider_bev", "f1", "Granny gear and a song. Works for me and I'm 68.",
      "social")
    R("f1b", "leah_cargo", "f1a", "What song?", "social")
    R("f1c", "dawn_rider_bev", "f1b", "'Waltzing Matilda'. Slowly. Very slowly.", "social")
    R("f1d", "greg_steel_frame", "f1_bot", "A 1000 W kit isn't even road legal here. The "
      "limit's 250.", "social")
    R("f1e", "leah_cargo", "f1", "Honestly thinking about a proper e-cargo, though. "
      "@gearbox@gearboxcycles.com.au any advice?", "social", after="f1c")
    R("f1f", "gearbox@gearboxcycles.com.au", "f1e", "Happy to help, Leah! With kids on board "
      "you want a road-legal 250 W mid-drive, not a hub kit off the internet: it's the gears "
      "that get you up Hill St, not raw watts. Come in for a test ride, we've two e-cargos on "
      "the floor this week.", "marketing")
    P("f2", "kwame_uni", "My bike was stolen from outside the library. D-lock cut clean "
      "through, in broad daylight. 😞", "social", "d0 12:30")
    R("f2_bot", "trackguard@trackguardgps.shop", "f2", track[0], "spam")
    R("f2a", "admin_nat", "f2", "Sorry Kwame. Report it to police with the frame number, and "
      "post a photo here too: people do spot them.", "social")
    R("f2b", "kwame_uni", "f2_bot", "bit late for that mate", "social")
    R("f2c", "dawn_rider_bev", "f2", "Boosting. Kwame's is a blue Malvern Star with a milk "
      "crate on the back, folks.", "social")
    P("f3", "admin_nat", "Welcome to the thirty-odd new folks this week! House rules, short "
      "version: be kind to people on foot, describe your photos, and no ads from accounts that "
      "aren't part of the conversation. Report anything that looks like a bot.", "social",
      "d0 17:50")
    R("f3a", "dana_trike", "f3", "Thanks Nat. Waves from a recumbent trike.", "social")
    P("f4", "sam_nightshift", "Riding in for the night shift at the hospital. Harbour path "
      "all to myself, except for a possum who thinks he owns the railing.", "social",
      "d0 23:40")
    R("f4a", "bakery_ali", "f4", "Same possum glares at me at 2am. Long shift for him too.",
      "social")

    # ---- Tuesday ----
    count("f5", 1)
    P("f6", "portcarrickbug", "Quay Street: council votes on 27 May on a separated bike lane. "
      "42 people have been hit on that stretch since 2022. Please sign and share the "
      "petition, and come and fill the gallery on the night: portcarrickbug.org.au/quay",
      "marketing", "d1 09:15")
    R("f6a", "leah_cargo", "f6", "Signed. I won't ride Quay St with the kids, and I shouldn't "
      "have to avoid it.", "social")
    R("f6b", "greg_steel_frame", "f6", "Signed. Doored there myself in 2023. Still have the "
      "scar.", "social")
    R("f6c", "portcarrickbug", "f6b", "Thanks Greg. If you'd be willing to speak for two "
      "minutes at the meeting, we'd love to hear from you: one real story counts for more "
      "than any number we can give them.", "marketing")
    R("f6d", "greg_steel_frame", "f6c", "Put me down.", "social")
    P("f7", "dana_trike", "Headwind on the Esplanade today could strip paint. On a trike "
      "you're basically a sail with pedals.", "social", "d1 14:20")
    R("f7a", "renee@aus.social", "f7", "Tailwind home though?", "social")
    R("f7b", "dana_trike", "f7a", "It swung round. It always swings round.", "social")
    P("f8", "greg_steel_frame", "Brakes squealing on the old steel Malvini. Pads or rims? "
      "@spokeshed are you open Thursday?", "social", "d1 18:10")
    R("f8a", "spokeshed", "f8", "We are! Thursday 4-8 pm, stands and tools free to use, $5 "
      "donation if you can. It's probably glazed pads or dirty rims: bring it in and we'll "
      "show you how to clean them and toe the pads in.", "marketing")
    R("f8b", "greg_steel_frame", "f8a", "See you Thursday.", "social")

    # ---- Wednesday ----
    P("f9", "bakery_ali", "3am bread run on the cargo bike: forty loaves and the hill up to "
      "the Lighthouse café. My legs' daily sermon. 🥖", "social", "d2 02:50")
    R("f9a", "sam_nightshift", "f9", "Smelled you coming from the car park.", "social")
    count("f10", 2)
    P("f11", "admin_nat", "Moderation note: we're blocking trackguardgps.shop. It's a bot "
      "answering every post that says stolen with tracker ads. The e-bike kit one "
      "(voltpedal.store) has been reported to its host; keep reporting it.", "social",
      "d2 09:40")
    R("f11_bot", "trackguard@trackguardgps.shop", "f11", track[1], "spam", delay=(60, 240))
    R("f11a", "renee@aus.social", "f11_bot", "It replied to the post about blocking it. "
      "Magnificent.", "social")
    R("f11b", "dawn_rider_bev", "f11", "Thank you Nat.", "social")
    P("f12", "kwame_uni", "UPDATE: uni security found my bike two streets away! Lock gone, "
      "seat gone, milk crate intact. 🎉", "social", "d2 12:40")
    R("f12a", "dawn_rider_bev", "f12", "The milk crate survives! Best news all week.",
      "social")
    R("f12b", "admin_nat", "f12", "Brilliant. Write the frame number down now, while you're "
      "thinking of it.", "social")

    # ---- Thursday ----
    count("f13", 3)
    P("f14", "renee@aus.social", "Cold snap: 4 °C on the Harbour path this morning and I "
      "couldn't feel my fingers by the bridge. What gloves do you lot swear by?", "social",
      "d3 07:20")
    R("f14a", "jess_rides@ridekit.social", "f14", "Ooh, our thermal lobster gloves are a game "
      "changer 🦞🧤 15% off with my code JESS15 at ridekit.com.au!", "spam")
    R("f14b", "dawn_rider_bev", "f14", "Cheap wool liners under gardening gloves. Twenty "
      "years, never once cold.", "social")
    R("f14c", "aroha@mastodon.nz", "f14", "Bar mitts! You look ridiculous but you stay warm. "
      "Dunedin-approved.", "social")
    R("f14d", "renee@aus.social", "f14a", "Is this an ad?", "social", after="f14c")
    R("f14e", "jess_rides@ridekit.social", "f14d", "Just sharing what works for me 😊 code's "
      "still JESS15 if you want it!", "spam")
    P("f15", "leah_cargo", "Someone tried to steal my cargo bike from outside the school this "
      "morning. A dad chased him off with a netball. Still shaking a bit.", "social",
      "d3 10:30")
    R("f15a", "admin_nat", "f15", "Glad you're OK, Leah. Tell the school, they may have it on "
      "camera.", "social")
    R("f15b", "greg_steel_frame", "f15", "Bless that dad.", "social")
    P("f16", "gearbox@gearboxcycles.com.au", "E-cargo test ride morning this Saturday, 9-1, at "
      "the shop on Marine Pde. Two road-legal 250 W mid-drives with kid seats fitted: bring "
      "your own kids for ballast. No booking needed. gearboxcycles.com.au", "marketing",
      "d3 15:00")
    R("f16a", "leah_cargo", "f16", "We'll be there! Ballast included.", "social")
    P("f17", "greg_steel_frame", "Spoke Shed sorted my squeal in ten minutes: glazed pads, a "
      "bit of sandpaper, toe-in. Put $20 in the tin. Volunteers are heroes.", "social",
      "d3 19:30")
    R("f17a", "spokeshed", "f17", "Thanks Greg! Come back any Thursday, and bring the "
      "Malvini's friends.", "marketing")

    # ---- Friday ----
    count("f18", 4)
    P("f19", "fridayride", "🚲 Friday Ride tonight! Meet at Carrick Square at 17:30, rolling at "
      "17:45. About 8 km at chatting pace along the Esplanade and back. Lights on, everyone "
      "welcome, nobody gets dropped.", "social", "d4 12:00:00")
    R("f19a", "dana_trike", "f19", "Trike will be there 🔺", "social")
    R("f19b", "kwame_uni", "f19", "First time! Reunited bike is coming.", "social")
    P("f20", "kwame_uni", "Friday Ride was magic. Sixty-odd people, someone had a speaker on "
      "a cargo bike playing ABBA. I think I live here now.", "social", "d4 19:40")
    R("f20a", "dawn_rider_bev", "f20", "You've always lived here, love. Welcome.", "social")
    P("f21", "sam_nightshift", "Riding in for nights: the Friday Ride crowd left chalk hearts "
      "all along the Harbour path. Made my shift.", "social", "d4 22:50")

    # ---- Saturday ----
    count("f22", 5)
    P("f23", "aroha@mastodon.nz", "Visiting Port Carrick from Dunedin next month with my bike. "
      "Any hills I should avoid, or any I mustn't miss?", "social", "d5 09:00")
    R("f23a", "dawn_rider_bev", "f23", "Lighthouse Hill at dawn. Don't miss it. Bring a "
      "jacket.", "social")
    R("f23b", "greg_steel_frame", "f23", "Avoid Quay St, for now. Fingers crossed for the "
      "27th.", "social")
    P("f24", "portcarrickbug", "1,904 signatures for a safe Quay St in five days. Thank you! "
      "Council votes 27 May at 6 pm: come and fill the gallery. portcarrickbug.org.au/quay",
      "marketing", "d5 12:30")
    R("f24a", "leah_cargo", "f24", "The kids are making signs.", "social")
    P("f25", "leah_cargo", "Test-rode an e-cargo at Gearbox. Hill St felt like flat ground. "
      "The kids have named it 'the spaceship'. Saving up.", "social", "d5 14:00")
    R("f25a", "dana_trike", "f25", "The spaceship!! 🚀", "social")

    # ---- Sunday ----
    P("f26", "dawn_rider_bev", "Sunday dawn ride up Lighthouse Hill. Sun came up over the "
      "heads, dolphins in the bay, a flask of tea at the top. 68 and still climbing it.",
      "social", "d6 06:30")
    count("f27", 6)
    R("f26a", "aroha@mastodon.nz", "f26", "Adding this to the list!", "social")
    R("f26b", "sam_nightshift", "f26", "Saw the same dolphins on my ride home just now. Good "
      "morning, Bev.", "social")
    P("f28", "dana_trike", "Someone nicked the flag off my trike outside the shops. It's a $9 "
      "flag. Who does that?", "social", "d6 16:00")
    R("f28a", "dawn_rider_bev", "f28", "I have a spare. Orange, very ugly. It's yours.",
      "social")
    R("f28b", "dana_trike", "f28a", "Ugly orange is my favourite colour.", "social")
    S.fill()
    return S


STREAMS.append(stream_mastodon)


# =====================================================================================
# README and output
# =====================================================================================
def fmt_local(S, t):
    return (t + dt.timedelta(hours=S.tz)).strftime("%a %d %b %H:%M:%S")


def tzname(h):
    return "UTC" + ("+" if h >= 0 else "-") + str(abs(h)) if h else "UTC+0"


def window_text(S, a):
    w = f"{a.window[0]}-{a.window[1]}"
    if a.tz is not None and a.tz != S.tz:
        w += f" at {tzname(a.tz)}"
    if a.weekdays:
        w += " on weekdays"
    return w


def timing_section(streams):
    out = []
    zones = "; ".join(f"{S.platform}: {tzname(S.tz)}" for S in streams)
    sched = []
    for S in streams:
        for name, (describe, replies) in S.scheduled.items():
            if replies:
                continue
            times = [fmt_local(S, it.time) for it in sorted(S.items, key=lambda i: i.time)
                     if it.author == name and not it.parent]
            sched.append(f"`{name}` at " + ", ".join(times))
    out.append("- Thread roots, and replies that the story needs at a given moment, have "
               "hand-set local times in the stream's time zone (" + zones + "; authors "
               "elsewhere have their own waking windows below). Scheduled posts are set to "
               "the second: " + "; ".join(sched) + ". Other hand-set times get random "
               "seconds.")
    per = []
    for S in streams:
        per.append(f"{S.median} min on {S.platform}")
    people = []
    for S in streams:
        for a in S.authors.values():
            if a.role == "person":
                people.append(f"`{a.name}` {a.median or S.median} min, {window_text(S, a)}")
    out.append("- `person`: each reply's delay after the post it answers (or after the latest "
               "post it follows in the story) is log-normal with sigma 1, kept within 0.2-8 "
               "times the median; the default median is " + "; ".join(per) + ", with "
               "per-author medians and waking windows (" + ", ".join(people) + "). Some "
               "replies have a set delay range instead (replies the story times, such as "
               "answers to a bot within minutes; not moved). Otherwise a reply that falls "
               "outside the author's waking window is moved to a random point in the first "
               "40 minutes of the next window.")
    for role, sigma in (("prolific_person", 0.8), ("brand", 0.8), ("spammer", 1.0)):
        xs = [f"`{a.name}` median {a.median} min, {window_text(S, a)}"
              for S in streams for a in S.authors.values() if a.role == role]
        label = {"prolific_person": "", "brand": ", only in staffed hours",
                 "spammer": ", in waking or working hours"}[role]
        out.append(f"- `{role}`: log-normal, sigma {sigma}{label}: " + "; ".join(xs) + ".")
    bots = []
    for S in streams:
        for a in S.authors.values():
            if a.role == "bot" and a.delay:
                bots.append(f"{a.delay[0]} s-{a.delay[1]} s for `{a.name}`")
    sched_bots = []
    for S in streams:
        for name, (describe, replies) in S.scheduled.items():
            if S.authors[name].role == "bot":
                sched_bots.append(f"`{name}`: {describe}")
    out.append("- `bot`: a log-uniform delay between bounds set for each keyword bot, at any "
               "hour: " + "; ".join(bots) + ". The pingbacks come 2-25 s after the new post. "
               + ". ".join(sched_bots) + ".")
    trig = []
    for S in streams:
        for tr in S.triggers:
            what = tr.describe.split(": ", 1)[1]
            trig.append(f"`{tr.bot}` ({what}; {fmt_local(S, tr.start)[:-3]} to "
                        f"{fmt_local(S, tr.end)[:-3]} local)")
    out.append("- Checked by `generate.py` for each keyword bot: it answers every post or "
               "reply in its active window whose text matches its trigger words (whole words, "
               "any case; replies by keyword bots never count as triggers), exactly once, and "
               "nothing else except marked follow-ups inside its own sub-threads: "
               + "; ".join(trig) + ".")
    return "\n".join(out)


def table(rows, head, align):
    lines = ["| " + " | ".join(head) + " |",
             "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(lines)


def main():
    streams = [fn() for fn in STREAMS]
    owner = {}
    for S in streams:
        for name in S.authors:
            assert name not in owner, (name, owner.get(name), S.file)
            owner[name] = S.file
    recs = {S.file: S.records() for S in streams}
    for S in streams:
        with open(os.path.join(HERE, S.file), "w", encoding="utf-8") as f:
            for r in recs[S.file]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        for S in streams:
            for name, a in S.authors.items():
                f.write(f"{name}\t{a.role}\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(streams, recs))


def readme(streams, recs):
    rows, tot = [], collections.Counter()
    for S in streams:
        c = collections.Counter(r["expected"] for r in recs[S.file])
        n = len(recs[S.file])
        rows.append([f"`{S.file}`", S.title, n, c["social"], c["marketing"], c["spam"],
                     len(S.authors)])
        tot.update(c)
        tot["posts"] += n
        tot["authors"] += len(S.authors)
    rows.append(["**total**", "", tot["posts"], tot["social"], tot["marketing"], tot["spam"],
                 tot["authors"]])
    files = table(rows, ["file", "scenario", "posts", "social", "marketing", "spam",
                         "authors"], "llrrrrr")
    role_n = collections.Counter(a.role for S in streams for a in S.authors.values())
    arows, prows, lab = [], [], collections.defaultdict(collections.Counter)
    for S in streams:
        ca = collections.Counter(a.role for a in S.authors.values())
        arows.append([f"`{S.file}`"] + [ca[r] for r in ROLES])
        cp = collections.Counter(S.authors[r["author"]].role for r in recs[S.file])
        prows.append([f"`{S.file}`"] + [cp[r] for r in ROLES])
        for r in recs[S.file]:
            lab[S.authors[r["author"]].role][r["expected"]] += 1
    lrows = [[r] + [lab[r][x] for x in LABELS] for r in ROLES]
    bots_social = sorted({r["author"] for S in streams for r in recs[S.file]
                          if S.authors[r["author"]].role == "bot" and r["expected"] == "social"})
    bots_spam = sorted({r["author"] for S in streams for r in recs[S.file]
                        if S.authors[r["author"]].role == "bot" and r["expected"] == "spam"})
    brands = [n for S in streams for n, a in S.authors.items() if a.role == "brand"]
    parts = [
        f"# bots-fresh12: {TITLE}\n",
        INTRO + "\n",
        "Run it: `BOTS_DIR=bench/bots-fresh12 python3 bench/bots_fresh.py` (after building "
        "discern; the harness defaults to `target/release/discern`).\n",
        "## Who wrote it, what was read, what was run\n",
        READ_RAN + "\n",
        "## Files\n",
        files + "\n",
        f"- `authors.tsv`: `author<TAB>role` for all {tot['authors']} authors ("
        + ", ".join(f"{role_n[r]} {r}" for r in ROLES) + "). The role is the ground truth "
        "for automation scoring: `bot` means automated. Humans are `person`, "
        "`prolific_person`, `brand` or `spammer` (a human spammer). Author names are unique "
        "across the six files, so the two-column form applies to every file. "
        + ROLE_NOTES + " "
        + ", ".join(f"`{n}`" for n in bots_social) + " are `bot` although none of their posts "
        "is spam. " + ", ".join(f"`{n}`" for n in bots_spam) + " are the spam bots, each a "
        "`bot` author under the name its posts carry. " + ", ".join(f"`{n}`" for n in brands)
        + " are `brand`, not `bot`: people write every post and answer by hand, in staffed "
        "hours.",
        "- `generate.py`: holds every text and writes all files, this README included "
        "(`python3 bench/bots-fresh12/generate.py`).\n",
        "Authors per role, per file:\n",
        table(arows, ["file"] + list(ROLES), "lrrrrr") + "\n",
        "Posts by author role, per file:\n",
        table(prows, ["file"] + list(ROLES), "lrrrrr") + "\n",
        "Labels of the posts by each role, all files together:\n",
        table(lrows, ["role"] + list(LABELS), "lrrr") + "\n",
        "## Fields\n",
        FIELDS + "\n",
        "## Provenance\n",
        PROVENANCE + "\n",
        f"`generate.py` (python3, standard library only, seed {SEED}) lays the texts out in "
        "time, adds the keyword bots' replies that the story does not write out (each bot "
        "rotates through its own few templates, never the same one twice running), assigns "
        "the ids, checks the streams (required fields, ids unique, parents earlier and in the "
        "same thread, time order, labels and roles valid, author names unique across files, "
        "every author with at least one post, scheduled bots that never reply, blog comments "
        "with an e-mail or a pingback URL, and for every keyword bot that each trigger in its "
        "active window gets exactly one reply from it and that it posts nothing else) and "
        "writes the files, so the output is the same on every run.\n",
        "## Timing\n",
        "Timing model (see `generate.py`):",
        timing_section(streams) + "\n",
        "## Scenarios\n",
        SCENARIOS + "\n",
    ]
    for S in streams:
        parts.append(f"### `{S.file}`: {S.title}\n")
        parts.append(STORIES[S.file] + "\n")
    parts.append("## Hard cases\n")
    parts.append("Cases where LABELS.md was hard to apply, and what was chosen:\n")
    parts.append("\n".join(f"{n}. {h}" for n, h in enumerate(HARD_CASES, 1)) + "\n")
    return "\n".join(parts)


TITLE = ("tax-refund and invoicing-app bots, storm-chasing roofer and public-adjuster bots, "
         "extended-warranty and catalytic-converter buyer bots, a predatory journal and "
         "congress, replica gowns and guest-post requests, and e-bike kit and GPS-tracker bots")

INTRO = (
    "Six hand-written scenario streams, one JSON-lines file each, in time order. Most posts "
    "are ordinary people talking. Mixed in are automated accounts that are spam (tax-refund "
    "'checker' bots, one after another, answering every 'refund', 'rebate' or 'overpaid' in a "
    "UK sole traders' subreddit in deadline week, and an invoicing app's referral bot "
    "answering every 'invoice' or 'spreadsheet'; a storm-chasing roofer's lead bot answering "
    "every 'hail' or 'roof' after a hailstorm in a Colorado town, and a public adjuster's bot "
    "answering every 'insurance', 'claim' or 'deductible'; an 'extended vehicle warranty' bot "
    "answering every 'warranty' or 'transmission' under a mechanic's YouTube channel, and a "
    "catalytic-converter buyer answering every 'catalytic', 'converter' or 'scrap'; a "
    "predatory journal answering every 'paper', 'preprint' or 'manuscript' from marine "
    "ecologists on Bluesky, and a predatory 'World Congress' answering every 'poster', "
    "'abstract' or 'keynote'; a replica-wedding-dress shop answering every 'designer', "
    "'gown', 'bridal' or 'boutique' on a bride's dressmaking blog, and a link-building "
    "agency asking every post for a paid guest post; a 1000 W e-bike kit answering every "
    "'hill' or 'headwind' on a cyclists' Mastodon instance, and GPS-tracker bots, one after "
    "another, answering every 'stolen', 'steal' or 'nicked'), automated accounts that are not "
    "spam (AutoModerator's daily thread and its keyword-triggered scam reminder, RemindMeBot, "
    "a weather-alert relay, a sea-temperature bot, a preprint feed, WordPress's pingbacks, a "
    "bike-counter bot and a ride reminder), human spammers (a debt collector, a dent-repair "
    "tech who follows storms, a seller of PDF manuals, an editing service, a pattern-course "
    "seller and a cycling-clothing 'ambassador' with a discount code), brands and causes "
    "speaking in their own channels or answering people who asked, and people who post a lot "
    "at all hours. Labels follow `data/LABELS.md`.")

READ_RAN = (
    "A helper session (an AI assistant started from a session of this project) wrote every "
    "text in this folder by hand, for this evaluation set. It read `data/LABELS.md` (with "
    "`cat`); `bench/bots-fresh11/README.md` (layout, fields, conventions, `authors.tsv` roles "
    "and the scenarios already covered by bots-fresh to bots-fresh11; read with `cat`, whose "
    "displayed output was cut short in the middle, then the missing part with `wc -l`, "
    "`grep -n \"\" | sed -n 55,75p | cut -c1-3000`, `sed -n 66p | cut -c3000-` and "
    "`sed -n 76,90p`); `bench/bots_fresh.py` (with `cat`, only to see which files and fields "
    "it reads and how it uses `authors.tsv`); and the first three lines (`head -3`) of each "
    "of the six `bench/bots-fresh11/*.jsonl` streams and of its `authors.tsv`, printed as "
    "text, and the streams' three lines once more through a Python one-liner that listed "
    "each line's field names. It "
    "also listed the entries of `bench/` and `bench/bots-fresh11/` (`ls`) and ran "
    "`git status --short` (at the start, when it showed nothing, and again at the end, when "
    "it showed this folder and, besides, changes under `crates/` and two other new `bench/` "
    "folders that this session did not make and did not open). It read no discern code, "
    "tests, models or training data, no other check set, no earlier `generate.py` and no "
    "other `bench/*.py`, nothing under `crates/`, `data/` (apart from `LABELS.md`), `tests/` "
    "or `/work/shared`; it used no search tools and no GPU machine, and did not build or run "
    "discern, `bench/bots_fresh.py` or any other project script. The only other things run "
    "were `date`; `mkdir -p` for this folder and for `/tmp/b12`; a Python one-liner in "
    "`/tmp/b12` that printed the weekday of eight candidate dates; the writing of this "
    "`generate.py` (shell here-documents, `cat >` then `cat >>`), small Python snippets that "
    "edited it (string replacements and inserted replies), a throwaway script in `/tmp/b12` "
    "that deleted some replies from it by key to shorten the Reddit stream, and `grep -n` "
    "and `grep -c` on it; this `generate.py` itself (once imported from this folder with "
    "`python3 -c`, its `__pycache__` then removed; then with `python3 -B` several times "
    "while writing it, and twice at the end, comparing `md5sum` of the outputs to confirm "
    "they are the same); `wc -l`, `head`, `sed -n`, `awk`, `cut`, `grep` and `ls -la` on "
    "the files it wrote, to read them back; a Python snippet that checked that no bot "
    "repeats the same text twice running; and "
    "throwaway scripts in `/tmp/b12` (one that imported this `generate.py` without writing "
    "bytecode and listed each stream in local time with each reply's delay, author role and "
    "label, to review the timing, and counted posts per author and label; and a separate "
    "check of the written files that every line parses, required fields are present, ids "
    "are unique, parents exist and come earlier in the same thread, time order holds, labels "
    "are valid and every author is in `authors.tsv` with a valid role), deleted afterwards "
    "with `/tmp/b12`. Nothing outside `bench/bots-fresh12/` was written in the repository "
    "and nothing was committed.")

ROLE_NOTES = (
    "The moderators, the instance's admin, the channel's owner, the blog's author, the "
    "reporters and the storm spotter are individuals (`person`, or `prolific_person` for the "
    "spotter).")

FIELDS = (
    "As in `bench/bots-fresh11`: `id`, `text`, `author`, `created_at` (RFC 3339, UTC, whole "
    "seconds), `platform` (`reddit`, `x`, `youtube`, `bluesky`, `blog`, `mastodon`), `kind` "
    "(`post` = thread root, `reply` otherwise), `thread_id` (the root's id), `parent_id` "
    "(replies only: the post answered; left out on roots), `expected` (`social` / "
    "`marketing` / `spam`). Blog comments also have `author_email` and, where the commenter "
    "gave one, `author_url` (the comment form's website field); the pingbacks have "
    "`author_url` (the linking post) and no `author_email`, as WordPress stores them, and "
    "their text is the linking post's excerpt between `[…]` marks; their author is the "
    "blog's title, as WordPress shows a pingback. Isla's posts are the blog's roots and have "
    "neither; her own comments have both. A Reddit root's text is its title, a blank line, "
    "then its body; a blog post's text is its title, a blank line, then the opening of the "
    "post; a YouTube video's text is its title, a blank line, then its description "
    "(community posts have no title). Mastodon authors on the home instance "
    "(rideport.social) are bare names; authors from other servers are `name@server`. Bluesky "
    "authors are handles. YouTube and X authors are `@handles`. Reddit authors are user names "
    "without `u/`. Blog authors are the name typed into the comment form.\n\n"
    "Ids look like each platform's and grow with time: X snowflakes (milliseconds since X's "
    "epoch, shifted 22 bits, random low bits), Mastodon ids (milliseconds shifted 16 bits, "
    "random low bits), Bluesky `at://did:plc:…/app.bsky.feed.post/<tid>` URIs (one DID per "
    "author; the record key is a TID made from the post's time), Reddit `t3_`/`t1_` (base "
    "36), WordPress `post-N`/`comment-N` (the pingbacks are comments). YouTube ids are "
    "random, as YouTube's are: an 11-character video id, `Ugkx…` for community posts, "
    "`Ug…4AaABAg` for top-level comments and `<top-level id>.<22 characters>` for replies (a "
    "reply's `parent_id` is the comment it answers).")

PROVENANCE = (
    "Every text was written fresh, by hand, for this set; nothing was copied from a dataset, "
    "website or another check set. The spam shapes (a tax-refund 'checker' that takes a "
    "no-win-no-fee cut, a referral-link 'recommendation' of an invoicing app in a fellow "
    "trader's voice, a debt collector's 'no win no fee… drop me a DM', a storm-chasing "
    "roofer's 'FREE roof inspection… $0 out of pocket', a public adjuster's 'up to 3x bigger "
    "payouts', a mobile dent-repair pitch, 'Is your vehicle's factory warranty about to "
    "expire?', 'WE BUY CATALYTIC CONVERTERS… no paperwork hassle', PDF factory manuals, 'Dear "
    "Esteemed Researcher, Greetings of the day!', 'selected as a Keynote Speaker… Dubai', "
    "manuscript editing at 20% off, 'exact copies of any designer gown from just a photo', "
    "'a sponsored guest post… one do-follow link', a pattern-drafting masterclass, a 1000 W "
    "e-bike conversion kit, hidden GPS trackers and a brand ambassador's discount code) "
    "imitate well-known patterns in newly written words. All people, handles, businesses, "
    "organisations, products, places and events (r/KitchenTableTraders, Tallybook, TaxBack "
    "Checker, RefundRadar, the Independent Traders Association, Pickle; Calloway and its "
    "streets, the Kersey substation, the Calloway Courier, Calloway Power, Hale Bros Roofing, "
    "StormShield, MaxClaim, the Calloway Cubs, Riverside field, Jayden; Dot's Garage, "
    "Lugnut, AutoShield, CatCash, Parts Depot, CatArmor and its part PV-12; IJMARSS, WCOSA "
    "2027, SKCE and its meeting, Coastal Letters, ProScience Editing, the three preprints and "
    "their authors, Seacoast Review; Needle & Thistle, Carnmore, Loch Cloth, the Second Gown "
    "Trust, Bridal Replica Outlet, LinkReach Media, Pattern Academy, Seam Ripped; "
    "rideport.social, Port Carrick and its streets, bike counters and Friday Ride, Port "
    "Carrick BUG, the Spoke Shed, Gearbox Cycles, VoltPedal, TrackGuard, BikeSafe, RideKit, "
    "the Malvini bicycle), domains, e-mail addresses, DOIs, ids and phone numbers are "
    "invented; 'United Way Calloway' is an invented local chapter of a real network of "
    "charities. The phone numbers use 555 ((303) 555-0116, 970-555-0182, 1-800-555-0129, "
    "1-888-555-0142, (216) 555-0177). Domains were made up with ordinary endings (.co.uk, "
    ".uk, .co, .com, .org, .org.uk, .org.au, .com.au, .shop, .store, .click, .live, .blog, "
    ".social, .nz, .ca) and were not checked against any registry; the names of the small "
    "businesses were not checked against real ones. The bioRxiv DOIs use bioRxiv's real "
    "prefix with made-up numbers; the other DOI prefix was made up. Real services, places "
    "and things are named only in passing (Reddit, AutoModerator, RemindMeBot, Wolfram "
    "Alpha's address in RemindMeBot's link, X, YouTube, Bluesky, Mastodon, WordPress, "
    "bioRxiv, HMRC, gov.uk, 7726, self assessment, payments on account, Time to Pay, the "
    "annual investment allowance, simplified mileage, VAT, Etsy, Germany, Leipzig, "
    "Steuerberater; Colorado, Memorial Day, the National Weather Service's watches and "
    "warnings, Fort Lupton, Weld and Morgan counties, Kersey, highway 34, Texas, Tulsa; Ohio, "
    "Toledo, Indiana, Leeds, Honda Civic, Accord and Fit, Toyota, Ford F-150 and F-250, "
    "Prius and Prius v, Tacoma, Buick, Freightliner, Honda DW-1 fluid; Penobscot Bay, the "
    "Gulf of Maine, Casco Bay, Portland, Maine, Dubai, Hobart, thinkchecksubmit.org, "
    "Littorina littorea, R, cod otoliths; Edinburgh, Calais, Fife, Glasgow, Québec, Dunedin, "
    "duchess satin, silk organza, calico; Australia, New Zealand, Malvern Star, 'Waltzing "
    "Matilda', ABBA, netball, possums and dolphins).")

SCENARIOS = (
    "Chosen to differ from those covered before, as listed in `bench/bots-fresh11/README.md` "
    "(its six streams: sleep-course and 'free baby box' bots, stream-link and VPN bots, a "
    "pet-sale deposit scam and a pet pharmacy, fake streamers collecting game keys and a "
    "wishlist seller, a coat-of-arms shop and a DNA affiliate, 'rainbow seed' scams and a "
    "pest repeller; and those it lists for earlier sets, among them rental-deposit scams, "
    "'sugar daddy' and cash-advance bots, 'free currency' generators, book-promotion and "
    "'award' scams, a herbal-cure testimony ring, fake registry security notices, a "
    "GitHub-stars seller, a 'found your pet' ring, a printer-support scam, a 'recovery "
    "agent' ring, dropshipping bots, review bots, SEO comment spam, LLM-worded answer bots "
    "and reply guys, essay-mill comments, ticket-resale scams, supplement bots, slogan bots, "
    "an airline impersonator and an affiliate bot). The brief that started this session "
    "suggested, as examples, an LLM-worded reply guy for a SaaS, a fake bank-support bot with "
    "a phishing number, a crypto recovery ring, a ticket-resale scam, a lost-pet reward "
    "scam, an essay service, a slogan swarm and a supplement affiliate; that README already "
    "lists most of these (or their close kin: reply guys, a 'recovery agent' ring, "
    "ticket-resale bots, a 'found your pet' ring, essay-mill comments, slogan bots, "
    "supplement bots, an airline impersonator), so this set goes elsewhere. Two of its bots "
    "are of kinds seen before in new places: the invoicing app's referral bot is an "
    "affiliate bot in a fellow trader's voice (close to the earlier reply guys), and the GPS "
    "trackers are dropshipped goods. Here: tax-refund 'checker' bots that take a cut, an "
    "invoicing app's referral bot and a debt collector among UK sole traders in deadline "
    "week; a storm-chasing roofer's lead bot, a public adjuster's lead bot and a dent-repair "
    "tech who follows the storms, after a hailstorm; an extended-warranty 'robocall' in "
    "comment form, a no-questions catalytic-converter buyer and a seller of PDF manuals "
    "under a mechanic's channel; a predatory journal, a predatory congress and an editing "
    "service among marine scientists; a replica-wedding-dress shop, a link-building "
    "agency's guest-post requests and a pattern-course seller under a bride's dressmaking "
    "blog; and an e-bike kit sold at an illegal power, GPS-tracker dropshippers and a "
    "clothing 'ambassador' on a cyclists' instance. Beside them, as look-alikes that are not "
    "spam: AutoModerator's keyword-triggered scam reminder (triggered by the same word as "
    "the refund bots) and daily thread, RemindMeBot, a weather-alert relay, a "
    "sea-temperature bot, a preprint feed, WordPress's own pingbacks, a bike-counter bot and "
    "a ride reminder (automated, `social`); and an app's support account, a traders' "
    "association, a utility, a local roofer, a United Way tarp drive, a parts retailer, a "
    "shield maker, a scientific society, a diamond open-access journal, a fabric shop, a "
    "wedding-dress charity, an advocacy group, a community bike workshop and a bike shop "
    "(`marketing`).")

STORIES = {
    "reddit_sole_traders_tax_refund_bots_invoice_affiliate.jsonl": (
        "r/KitchenTableTraders, an invented subreddit for sole traders and the self-employed "
        "in the UK, Monday 25 to Sunday 31 January 2027 (GMT, UTC+0), the last week before "
        "the 31 January self-assessment deadline. taxback_checker_uk ('Did you know 1 in 3 "
        "self-employed people overpay HMRC?… no win no fee') answers every post or comment "
        "that says refund, rebate, overpaid or overpay within a minute to ten minutes: a "
        "wedding photographer asking whether a 'tax refund' text is genuine, the bookkeeper's "
        "and the moderator's warnings to her and an electrician's joke about it, and the "
        "moderator's PSA about the bot itself, in about a minute; it is suspended on "
        "Wednesday morning, and from Thursday RefundRadar_UK ('💷 REFUND ALERT 💷…') does the "
        "same, under a potter's question about an overpaid payment on account, the "
        "bookkeeper's answer, and the potter's report that it had followed her up by private "
        "message. sam_switched_to_tallybook, which writes like a fellow trader ('Honestly, "
        "the thing that saved my sanity was moving my invoicing to Tallybook… 3 months free "
        "with my link'), answers every 'invoice', 'invoicing' or 'spreadsheet' within four to "
        "forty minutes: a first-year freelancer's question and the bookkeeper's answer, the "
        "PSA, a debt collector's pitch, and an illustrator whose client 'doesn't do invoices "
        "under £500' and the bookkeeper's answer to her (bots, spam). chase_my_invoice_dan, a human debt collector, pitches "
        "under the association's AMA and the illustrator's question and is banned (spam). "
        "AutoModerator posts the daily deadline thread at 08:00:00 and answers every post or "
        "comment that says refund, rebate, scam or phishing with the sub's reminder that HMRC "
        "never texts refund links; RemindMeBot confirms two reminders (bots, social). "
        "Tallybook_Official, the app's own support account, answers an illustrator whose "
        "submission failed and, when she asks, says the referral account isn't theirs; the "
        "Independent Traders Association, a not-for-profit membership body, runs a "
        "mod-approved AMA and answers a photographer who asks it about Time to Pay on "
        "Friday (brand, marketing). cabbie_tone and night_baker_gemma post late at night and "
        "in the small hours; translator_katja writes from Leipzig; "
        "bookkeeper_brenda, a retired bookkeeper, answers within minutes from five in the "
        "morning to half past eleven at night."),
    "x_hailstorm_roofing_leads_public_adjuster_bots.jsonl": (
        "Calloway, an invented town on the plains of north-east Colorado, Monday 31 May "
        "(Memorial Day) to Saturday 5 June 2027 (MDT, UTC-6). A storm on Tuesday afternoon "
        "drops hail up to 2.75 inches. From Tuesday noon @StormShieldRoofCo ('🏠 Hail damage? "
        "Get a FREE roof inspection TODAY!… $0 out of pocket') answers every post or reply "
        "that says hail, roof (roofs, roofer, roofing…) or shingles within twenty seconds to "
        "four minutes, at any hour: the weather bot's watches and warning, the storm "
        "spotter's reports, a gardener's shredded roses and her 'you're selling me a roof', "
        "a reporter's first story, the local roofer's own post, an ER nurse's plea, the "
        "United Way's tarp drive and a cooler of hailstones at 3am. From Wednesday morning "
        "@MaxClaimPA ('Insurance company lowballing you? 💸 Our public adjusters get "
        "homeowners up to 3x bigger payouts') answers every 'insurance', 'claim', 'adjuster' "
        "or 'deductible', the local roofer's answers included (bots, spam). @dent_doc_dusty, "
        "a human dent-repair tech from Tulsa who follows the storms, pitches under a father's "
        "dented truck and under a post about deductibles (spam). @CallowayWxAlerts relays "
        "the weather service's watches and warnings within seconds and never replies (bot, "
        "social). @CallowayPower answers a customer in the dark and posts that power is "
        "back; @HaleBrosRoofing, a family roofer in town since 1996, warns about door-knockers "
        "in its own post and answers a retired teacher and a father who asked; "
        "@UnitedWayCalloway asks for volunteers and tarp money for Tarp Saturday, and reports "
        "on it (brand, marketing). @spotter_harv, a retired storm spotter, answers within "
        "minutes from five in the morning to half past eleven at night; @er_nights_tasha and "
        "@trucker_luis post in the small hours."),
    "youtube_car_repair_extended_warranty_catalytic_buyer_bots.jsonl": (
        "@DotsGarage is the channel of Dot, an invented mechanic with her own garage in Ohio, "
        "Monday 11 to Sunday 17 October 2027 (EDT, UTC-4): three videos (the $40 fix for a "
        "2009 Civic's warm AC, whether to change transmission fluid, a customer's stolen "
        "catalytic converter) and three community posts (the shop cat, a warning about the "
        "bot comments, a call for Q&A questions). @AutoShieldVehicleCare ('🚗 Is your "
        "vehicle's factory warranty about to expire?… Call 1-888-555-0142') answers every "
        "video, community post or comment that says warranty or transmission within two to "
        "thirty minutes, at any hour: a night nurse whose dealer said his warranty was long "
        "gone, the transmission video, the manual seller's comment, a Ford owner's 'sealed "
        "for life' transmission and Dot's answer to him, a customer's comment about her "
        "stolen converter that begins 'Not about transmissions', Dot's warning about the bot "
        "and a question about clutches. @CatCashBuyers ('💰 WE BUY CATALYTIC CONVERTERS 💰… "
        "no paperwork hassle') answers every 'catalytic', 'converter' or 'scrap': the "
        "customer whose converter was sawn off in her driveway, Dot's warning and the video "
        "about it (bots, spam). @manuals_by_rick, a human, sells PDF service manuals under "
        "two videos (spam). @PartsDepotHelp answers a viewer who tagged it about a wrong "
        "fluid on the next working morning, and @CatArmorShields answers a viewer who asked "
        "whether it makes a shield for his car (brand, marketing). @trucker_della watches at "
        "truck stops in the small hours and @nurse_ken_nights after his shifts; "
        "@alfie_in_leeds watches from England; @gearhead_grandpa_lou answers within minutes "
        "from five in the morning to midnight."),
    "bluesky_marine_ecology_predatory_journal_conference_bots.jsonl": (
        "Marine ecologists on Bluesky, mostly on the US east coast, Monday 15 to Sunday 21 "
        "February 2027 (EST, UTC-5): a kelp ecologist's paper comes out, an undergraduate's "
        "first poster is accepted, a student's larvae metamorphose at 3am. "
        "ijmarss-editorial ('Dear Esteemed Researcher, Greetings of the day!… Publication "
        "within 7 days') answers every post or reply that says paper, preprint, manuscript or "
        "published within five minutes to an hour: the paper, each of the preprint feed's "
        "posts, an emeritus professor's memory of his first manuscript, the PSA about it, a "
        "diamond open-access journal's call for papers and its answer to a question, a "
        "student's 'It'll be a paper someday' and the week in review. wcosa2027 "
        "('Congratulations! 🎉… selected as a Keynote Speaker at the 7th World Congress on "
        "Ocean Sciences & Aquaculture… Dubai') answers every 'conference', 'poster', "
        "'abstract', 'keynote' or 'symposium' within ten minutes to an hour and a half: the "
        "undergraduate, her delighted reply and the answer warning her, the society's call "
        "for abstracts and its warning about the congress, the PSA and the printed poster "
        "(bots, spam). proscience-editing, a human, sells editing under a post about "
        "Reviewer 2 and under the printed poster (spam). gulfofmaine-sst posts yesterday's "
        "sea temperature at 08:00:00 every day and marine-preprints posts new preprints at "
        "noon on Monday, Wednesday and Friday (bots, social). skce-society, a scientific "
        "society, calls for abstracts, answers two students' questions and warns that it "
        "never asks for fees by DM; coastalletters, a journal, announces a special issue and "
        "answers a question about reviews (brand, marketing). jun-larvae runs an experiment "
        "through the night; tasman-sponges writes from Hobart and fergus-trawl from "
        "Scotland; hal-emeritus, a retired professor, answers within minutes from half past "
        "five in the morning to midnight."),
    "blog_wedding_dress_sewing_replica_gowns_guest_post_bots.jsonl": (
        "Needle & Thistle, the blog of Isla Mackenzie, an invented bride-to-be in Carnmore, "
        "an invented town in Fife, who is sewing her own wedding dress, Monday 19 April to "
        "Saturday 1 May 2027 (BST, UTC+1): six posts (the calico toile, buying the silk, her "
        "gran's 1962 gown, 212 lace motifs, the fourth fitting, eleven days to go). 'Chloe "
        "Bennett' of a replica-dress shop ('we make exact copies of any designer gown from "
        "just a photo, from $189') answers every post or comment that says designer, gown, "
        "bridal or boutique a quarter of an hour to four hours later, at any hour: a New "
        "Zealand reader's question about 'bridal satin', the post about the gran's gown, a "
        "bridesmaid's comment mocking the bot, and a reader's alterations at a bridal "
        "boutique. 'Mark Reynolds' of a link-building agency asks every post for a paid guest "
        "post with a do-follow link, one to twelve hours after it goes up (bots, spam). "
        "Priscilla Hart, a human, leaves her pattern-drafting courses under two posts (spam). "
        "WordPress sends the blog a pingback from itself seconds after a new post links an "
        "earlier one (bot, social). Morag of Loch Cloth, the Edinburgh shop where Isla bought "
        "the silk, answers the reader Isla sent her way and congratulates Isla under the last "
        "post; the Second Gown Trust, a charity, answers Isla's request for ideas about her "
        "gran's dress (brand, marketing). Devika reads on her 3am break on the ward, Hana "
        "writes from Dunedin and Marie-Claude from Québec; Agnes Baird, a retired dressmaker, "
        "answers within minutes from five in the morning to eleven at night."),
    "mastodon_cyclists_ebike_kit_gps_tracker_bots.jsonl": (
        "rideport.social, an invented Mastodon instance for cyclists in Port Carrick, an "
        "invented coastal city in Australia, Monday 10 to Sunday 16 May 2027 (AEST, UTC+10). "
        "voltpedal@voltpedal.store ('⚡ Hills killing your commute? Turn ANY bike into an "
        "e-bike in 30 minutes! 1000W conversion kit') answers every post or reply that says "
        "hill, hills, uphill or headwind within half a minute to five minutes, at three in "
        "the morning too: a mother's school run up Hill St and the bike shop's answer to her, "
        "a trike rider's headwind, a baker's 3am bread run, a visitor's question about hills "
        "and the answer, a test ride and a 68-year-old's dawn climb. "
        "trackguard@trackguardgps.shop ('😢 So sorry! 1 in 5 bikes gets stolen… mini GPS "
        "tracker') answers every stolen, steal, theft, thief or nicked, the admin's note that "
        "it is being blocked included; from Thursday bikesafe@bikesafe.click does the same "
        "(bots, spam). jess_rides@ridekit.social, a human clothing 'ambassador', answers a "
        "question about gloves with her discount code, and again when asked if it's an ad "
        "(spam). countbot posts the city's bike-counter totals at 07:00:00 every day and "
        "fridayride the Friday Ride reminder at noon (bots, social). portcarrickbug, a "
        "cycling advocacy group, campaigns for a separated lane on Quay St; spokeshed, a "
        "volunteer workshop, answers a rider who asked whether it is open; "
        "gearbox@gearboxcycles.com.au, a bike shop, answers a mother who asked about e-cargo "
        "bikes and posts a test-ride morning (brand, marketing). sam_nightshift rides in for "
        "night shifts and bakery_ali delivers bread at three in the morning; dawn_rider_bev, "
        "a 68-year-old regular, answers within minutes from five in the morning to half past "
        "eleven at night."),
}

HARD_CASES = [
    "**Two keyword bots on the same word (Reddit).** AutoModerator and the refund bots "
    "answer the same words, often a minute apart. AutoModerator's reminder (HMRC never texts "
    "refund links; forward scam texts to 7726; ring your bank) sells nothing and promotes "
    "nobody: `social`, role `bot`. taxback_checker_uk and RefundRadar_UK offer, unasked, a "
    "claims service that takes a cut, under a scam warning, under the PSA about themselves "
    "and under the bookkeeper's advice that claiming the money back is free: `spam`. "
    "RemindMeBot answers 'RemindMe!' with a confirmation: `social`.",
    "**A referral bot in a fellow trader's voice (Reddit).** sam_switched_to_tallybook "
    "reads like a person ('As a fellow sole trader, I feel this'), but every reply carries "
    "the same referral code and answers a word, including the bookkeeper's answers and a "
    "debt collector's pitch: `spam` (an undisclosed tie, automated). Tallybook_Official, the "
    "app's own support account, answering a user who tagged it and saying the referral "
    "account is not theirs: `marketing` (a brand's customer service). Hannah's 'is Tallybook "
    "itself dodgy? I use it' and her complaint about the failed submission: `social`.",
    "**An AMA by a membership body, and a debt collector under it (Reddit).** "
    "IndieTradersAssoc's mod-approved AMA post, its answers, its link to its checklist and "
    "its answer when tagged two days later: `marketing` (an organisation in a space given to "
    "it, answering people who asked, with its membership mentioned). chase_my_invoice_dan's "
    "'no win no fee… drop me a DM' under the AMA and under a question: `spam` (a human's "
    "unsolicited pitch for his own business). bookkeeper_brenda answers dozens of questions "
    "with no tie to anyone: `social`.",
    "**Storm-chasing leads and a local roofer (X).** @StormShieldRoofCo answers the word, "
    "not the person: the weather bot's warning, the spotter's hail reports, 'My roses, and "
    "you're selling me a roof', the nurse asking people not to climb on roofs at night, "
    "the local roofer's own post and the United Way's tarp drive: `spam`. @MaxClaimPA: "
    "`spam`. @HaleBrosRoofing's post in its own channel, which warns about door-knockers "
    "and gives its office number, and its answers to people who asked ('Who do I call "
    "first?', '@HaleBrosRoofing how long is your list?'), are `marketing`; the answer to "
    "Mrs. Delgado was not addressed to it by name, but answers her question about whom to "
    "call, under her own post, with advice first and a request that she get a second quote.",
    "**A utility, a tarp drive, a reporter, a coach and a dent man (X).** @CallowayPower's "
    "answer to a customer and its restoration notice: `marketing` (a brand's customer "
    "service and an announcement in its own channel; a reader could call the notice "
    "`social`). @UnitedWayCalloway's call for volunteers and tarp money, and its thanks: "
    "`marketing` (a cause). @courier_nina's links to her paper's storm coverage: `social` "
    "(news passed on). @coach_dre_12u's call for help raking the field: `social` (a "
    "community request, nothing sold). @dent_doc_dusty's offer under a dented truck is "
    "relevant, but an unsolicited pitch from a business that follows storms: `spam`. "
    "@CallowayWxAlerts is automated and fast, but only relays the weather service's "
    "watches and warnings: `social`, role `bot`.",
    "**A warranty bot, a converter buyer and a manual seller (YouTube).** "
    "@AutoShieldVehicleCare answers the word, including a comment that begins 'Not about "
    "transmissions', Dot's own reply and the manual seller: `spam`. @CatCashBuyers offers "
    "cash with no paperwork for converters under the comment of a woman whose converter was "
    "just sawn off: `spam` (unsolicited, automated, and the trade that stolen converters "
    "are sold into). @manuals_by_rick's PDFs: `spam` (a human selling his own product "
    "under other people's videos).",
    "**Brands that were asked, and a mechanic's advice (YouTube).** @PartsDepotHelp "
    "answering a customer who tagged it about the wrong fluid, and @CatArmorShields "
    "answering a viewer who asked for a part, with its price: `marketing`. Dot's advice to "
    "fit a vented shield and etch the VIN, and her video about it: `social` (no tie, no "
    "link). Raj's 'Sorted within the hour. Credit where it's due.' and Ken's 'Thanks, "
    "ordered.': `social` (customers with no tie).",
    "**A predatory journal and congress beside a real journal and society (Bluesky).** "
    "ijmarss-editorial and wcosa2027: `spam` (deceptive, automated, unasked; they answer "
    "the PSA about themselves and the society's own warning). coastalletters' special-issue "
    "call ('no fees to publish, no fees to read') and skce-society's call for abstracts, "
    "its answers about travel grants and the student session, and its warning that it "
    "never asks for fees by DM: `marketing` (a journal and a society in their own channels, "
    "answering people who asked). Mara's posts about her paper, with its link, and her "
    "'Please send us your kelp!' as guest editor: `social` (a person sharing her work and "
    "inviting colleagues; a reader could call the second `marketing` for the journal). "
    "Kate's link to her own article: `social` (news passed on).",
    "**A human editing service and two feeds (Bluesky).** proscience-editing's replies fit "
    "the posts they answer (Reviewer 2, a printed poster) but sell its own service to people "
    "who did not ask: `spam`. gulfofmaine-sst and marine-preprints are automated and link "
    "out, but pass on data and research and sell nothing: `social`, role `bot`.",
    "**Replica dresses, guest-post requests, a course seller and a blogger (blog).** 'Chloe "
    "Bennett' is `spam`: generic praise posted to place a shop that copies designer dresses, "
    "under every trigger word, including a bridesmaid's comment mocking it. 'Mark Reynolds' "
    "is `spam`: the same request for a paid do-follow link under every post, whatever it "
    "says. Priscilla Hart's courses, linked to her own site, are `spam`. Tess at Seam "
    "Ripped, whose comment-form website field points to her own blog and who says she linked "
    "the post in her roundup, is `social` (a fellow blogger, no pitch).",
    "**A fabric shop, a charity and pingbacks (blog).** Morag of Loch Cloth answers a reader "
    "whom Isla sent to her, with a price and a free swatch: `marketing` (a brand answering "
    "someone who asked). Her congratulations under the last post, with 'a wee something "
    "waiting for you': `marketing` (a brand's friendly word to a customer in public; a "
    "reader could call it `social`). The Second Gown Trust's answer to Isla's request for "
    "ideas about her gran's dress, offering to take donated dresses for its fundraising: "
    "`marketing` (a cause, invited and relevant), not `spam`. Hana's thanks to the shop "
    "and Isla's own mentions of it: `social` (no tie). WordPress's pingbacks from the blog "
    "to itself are automated: `social`, role `bot`.",
    "**An e-bike kit, trackers and a brand ambassador (Mastodon).** voltpedal answers the "
    "word, the bike shop's answer and a dawn ride included, with a kit above the road-legal "
    "power: `spam`. trackguard (which answers the note that it is being blocked) and "
    "bikesafe: `spam`. jess_rides@ridekit.social presents herself as a rider sharing what "
    "works ('Just sharing what works for me 😊'), but pushes her own discount code twice: "
    "`spam` (an undisclosed tie). gearbox's answer to Leah, who tagged it, and its "
    "test-ride post: `marketing`. Leah's post about her test ride at Gearbox: `social` (a "
    "customer, no tie).",
    "**Advocacy, a workshop and the instance's bots (Mastodon).** portcarrickbug's petition, "
    "its thanks and its invitation to Greg to speak at the council meeting: `marketing` (a "
    "cause asking for signatures and attendance). spokeshed's hours with a $5 donation and "
    "its thanks to Greg: `marketing` (a community workshop answering someone who asked). "
    "Greg's 'Put $20 in the tin. Volunteers are heroes.': `social`. countbot and fridayride: "
    "`social`, role `bot`. admin_nat's moderation notes: `social`.",
    "**Prolific and night-time humans.** `bookkeeper_brenda` (05:00-23:30), `@spotter_harv` "
    "(05:00-23:30), `@gearhead_grandpa_lou` (05:00-00:00), `hal-emeritus.bsky.social` "
    "(05:30-00:00), `Agnes Baird` (05:00-23:00) and `dawn_rider_bev` (05:00-23:30) answer "
    "within minutes, many times a day; `cabbie_tone`, `night_baker_gemma`, "
    "`@er_nights_tasha`, `@trucker_luis`, `@trucker_della`, `@nurse_ken_nights`, "
    "`jun-larvae.bsky.social`, `Devika`, `sam_nightshift` and `bakery_ali` post in the small "
    "hours of the stream's zone. All are human; all their posts are `social`.",
]


if __name__ == "__main__":
    main()
