#!/usr/bin/env python3
"""bots-fresh7: six hand-written scenario streams for bench/bots_fresh.py.

Holds every text, lays the posts out in time, assigns platform-shaped ids, checks the
streams and writes the .jsonl files, authors.tsv and README.md into this folder.
Standard library only; the seed makes the output the same on every run.

    python3 bench/bots-fresh7/generate.py
"""
import collections
import datetime as dt
import json
import math
import os
import random
import re
import string

SEED = 20260722
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("social", "marketing", "spam")
ROLES = ("bot", "brand", "person", "prolific_person", "spammer")
PERSON_MEDIAN = {"reddit": 45, "x": 20, "youtube": 35, "bluesky": 25, "blog": 300,
                 "mastodon": 25}
DEFAULT_WINDOW = (7.5, 23.0)


# ---------------------------------------------------------------------------------------
# Authors: role, time zone (hours from UTC) and timing model.

class Author:
    def __init__(self, name, role, tz, median=None, sigma=None, window=None,
                 weekdays=False, bounds=None, url=None, email=None):
        self.name, self.role, self.tz = name, role, tz
        self.median, self.sigma, self.window = median, sigma, window
        self.weekdays, self.bounds = weekdays, bounds
        self.url, self.email = url, email
        self.stream = None


AUTHORS = {}


def _add(author):
    assert author.name not in AUTHORS, author.name
    assert author.role in ROLES
    AUTHORS[author.name] = author
    return author


def person(name, tz, median=None, window=DEFAULT_WINDOW, url=None, email=None):
    return _add(Author(name, "person", tz, median, 1.0, window, url=url, email=email))


def prolific(name, tz, median, window, url=None, email=None):
    return _add(Author(name, "prolific_person", tz, median, 0.8, window, url=url, email=email))


def brand(name, tz, median, window, weekdays=False, url=None, email=None):
    return _add(Author(name, "brand", tz, median, 0.8, window, weekdays, url=url, email=email))


def spammer(name, tz, median, window=(8.0, 23.0), url=None, email=None):
    return _add(Author(name, "spammer", tz, median, 1.0, window, url=url, email=email))


def bot(name, tz, bounds=None, url=None, email=None):
    """bounds: (lo, hi) seconds for its replies, any hour; None for bots that only post roots."""
    return _add(Author(name, "bot", tz, bounds=bounds, url=url, email=email))


# ---------------------------------------------------------------------------------------
# Streams.

class Stream:
    def __init__(self, fname, platform, title, blurb):
        self.fname, self.platform, self.title, self.blurb = fname, platform, title, blurb
        self.items = []
        self.by_key = {}

    def _item(self, key, author, label, text, parent, at, delay, after, extra):
        assert key not in self.by_key, (self.fname, key)
        assert label in LABELS, (key, label)
        assert author in AUTHORS, (self.fname, key, author)
        a = AUTHORS[author]
        assert a.stream in (None, self.fname), ("author in two files", author)
        a.stream = self.fname
        item = dict(key=key, author=author, label=label, text=text, parent=parent, at=at,
                    delay=delay, after=after, extra=extra)
        self.items.append(item)
        self.by_key[key] = item
        return item

    def post(self, key, author, label, at, text, **extra):
        return self._item(key, author, label, text, None, at, None, None, extra)

    def reply(self, key, author, parent, label, text, at=None, delay=None, after=None, **extra):
        assert parent in self.by_key, (self.fname, key, parent)
        if isinstance(after, str):
            after = (after,)
        for k in after or ():
            assert k in self.by_key, (self.fname, key, k)
        return self._item(key, author, label, text, parent, at, delay, after, extra)


STREAMS = []


def local_to_utc(s, tz):
    """'YYYY-MM-DD HH:MM[:SS]' in the author's zone; random seconds when none are given."""
    if len(s) == 16:
        t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M") + dt.timedelta(seconds=rng.randrange(60))
    else:
        t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return t - dt.timedelta(hours=tz)


def in_window(a, t_utc):
    local = t_utc + dt.timedelta(hours=a.tz)
    s, e = a.window[0] * 60, a.window[1] * 60
    m = local.hour * 60 + local.minute + local.second / 60
    if s <= m < e:
        day = local.date()
    elif e > 1440 and m < e - 1440:
        day = local.date() - dt.timedelta(days=1)
    else:
        return False
    return not (a.weekdays and day.weekday() >= 5)


def next_window_start(a, t_utc):
    local = t_utc + dt.timedelta(hours=a.tz)
    day0 = local.replace(hour=0, minute=0, second=0)
    start = day0 + dt.timedelta(minutes=a.window[0] * 60)
    if start <= local:
        start += dt.timedelta(days=1)
    while a.weekdays and start.weekday() >= 5:
        start += dt.timedelta(days=1)
    return start - dt.timedelta(hours=a.tz)


def reply_delay(a, platform):
    if a.role == "bot":
        lo, hi = a.bounds
        return dt.timedelta(seconds=math.exp(rng.uniform(math.log(lo), math.log(hi))))
    median = a.median or PERSON_MEDIAN[platform]
    d = median * math.exp(a.sigma * rng.gauss(0, 1))
    d = min(max(d, 0.2 * median), 8 * median)
    return dt.timedelta(minutes=d)


def lay_out(stream):
    times = {}
    for it in stream.items:
        a = AUTHORS[it["author"]]
        if it["at"] is not None:
            t = local_to_utc(it["at"], a.tz)
        else:
            base = times[it["parent"]]
            for k in it["after"] or ():
                base = max(base, times[k])
            if it["delay"] is not None:
                lo, hi = it["delay"]
                t = base + dt.timedelta(minutes=rng.uniform(lo, hi))
            else:
                t = base + reply_delay(a, stream.platform)
                if a.role != "bot" and not in_window(a, t):
                    t = next_window_start(a, t) + dt.timedelta(minutes=rng.uniform(0, 40))
        times[it["key"]] = t.replace(microsecond=0)
    return times


# ---------------------------------------------------------------------------------------
# Platform-shaped ids that grow with time (YouTube's are random, as YouTube's are).

B36 = string.digits + string.ascii_lowercase
B32S = "234567abcdefghijklmnopqrstuvwxyz"
YT = string.ascii_letters + string.digits + "-_"


def base36(n):
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = B36[r] + s
    return s


def rand_str(alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


class Ids:
    def __init__(self, platform, t0):
        self.platform, self.t0 = platform, t0
        self.last = collections.defaultdict(int)
        self.dids = {}
        self.blog_post, self.blog_comment = 3104, 22871

    def _mono(self, kind, n):
        n = max(n, self.last[kind] + 1)
        self.last[kind] = n
        return n

    def make(self, item, t, top_of):
        p = self.platform
        secs = (t - self.t0).total_seconds()
        ms = int(t.replace(tzinfo=dt.timezone.utc).timestamp()) * 1000 + rng.randrange(1000)
        if p == "reddit":
            if item["parent"] is None:
                return "t3_" + base36(self._mono("t3", int("1tf2k00", 36) + int(secs * 3.1)
                                                 + rng.randrange(3)))
            return "t1_" + base36(self._mono("t1", int("oa41c00", 36) + int(secs * 14.7)
                                             + rng.randrange(9)))
        if p == "x":
            return str(self._mono("x", ((ms - 1288834974657) << 22) | rng.randrange(1 << 22)))
        if p == "mastodon":
            return str(self._mono("m", (ms << 16) | rng.randrange(1 << 16)))
        if p == "bluesky":
            a = item["author"]
            if a not in self.dids:
                self.dids[a] = "did:plc:" + rand_str("abcdefghijklmnopqrstuvwxyz234567", 24)
            v = self._mono("tid", ((ms * 1000 + rng.randrange(1000)) << 10) | rng.randrange(1024))
            tid = ""
            for _ in range(13):
                tid = B32S[v & 31] + tid
                v >>= 5
            return "at://%s/app.bsky.feed.post/%s" % (self.dids[a], tid)
        if p == "blog":
            if item["parent"] is None:
                self.blog_post += rng.randrange(3, 10)
                return "post-%d" % self.blog_post
            self.blog_comment += rng.randrange(1, 7)
            return "comment-%d" % self.blog_comment
        if p == "youtube":
            if item["parent"] is None:
                if item["extra"].get("community"):
                    return "Ugkx" + rand_str(YT, 32)
                return rand_str(YT, 11)
            top = top_of(item["parent"])
            if top is None:                        # answers the video: a top-level comment
                return "Ug" + rng.choice("zwxy") + rand_str(YT, 19) + "4AaABAg"
            return top + ".A" + rand_str(YT, 21)   # a reply, under its top-level comment
        raise ValueError(p)


def build(stream):
    rng.seed("%d:%s" % (SEED, stream.fname))   # each stream its own draws
    times = lay_out(stream)
    order = sorted(stream.items, key=lambda it: times[it["key"]])

    def root_key_of(key):
        while stream.by_key[key]["parent"] is not None:
            key = stream.by_key[key]["parent"]
        return key

    def top_of(key):
        """Id of the top-level comment that key is or sits under; None for the root."""
        if stream.by_key[key]["parent"] is None:
            return None
        while stream.by_key[stream.by_key[key]["parent"]]["parent"] is not None:
            key = stream.by_key[key]["parent"]
        return id_of[key]

    ids = Ids(stream.platform, times[order[0]["key"]])
    id_of, posts = {}, []
    for it in order:
        parent = it["parent"]
        assert parent is None or parent in id_of, ("reply before its parent", it["key"])
        pid = id_of[parent] if parent else None
        iid = ids.make(it, times[it["key"]], top_of)
        id_of[it["key"]] = iid
        a = AUTHORS[it["author"]]
        post = {"id": iid, "text": it["text"], "author": it["author"],
                "created_at": times[it["key"]].strftime("%Y-%m-%dT%H:%M:%SZ"),
                "platform": stream.platform, "kind": "reply" if parent else "post",
                "thread_id": id_of[root_key_of(it["key"])]}
        if parent:
            post["parent_id"] = pid
        post["expected"] = it["label"]
        if stream.platform == "blog" and parent:
            url = it["extra"].get("url", a.url)
            if url:
                post["author_url"] = url
            if not it["extra"].get("pingback"):
                post["author_email"] = a.email
        posts.append(post)
    return posts, times


# ---------------------------------------------------------------------------------------
# Checks run on every generated stream.

def check(stream, posts):
    seen, prev = {}, None
    for p in posts:
        for f in ("id", "text", "author", "created_at", "platform", "kind", "thread_id",
                  "expected"):
            assert p.get(f), (stream.fname, p.get("id"), f)
        assert p["id"] not in seen, ("duplicate id", p["id"])
        assert p["expected"] in LABELS
        assert AUTHORS[p["author"]].role in ROLES
        t = dt.datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ")
        assert prev is None or t >= prev, ("time order", p["id"])
        prev = t
        if p["kind"] == "reply":
            par = seen.get(p["parent_id"])
            assert par is not None, ("parent missing or later", p["id"])
            assert par[0] < t, ("reply not after parent", p["id"])
            assert par[1]["thread_id"] == p["thread_id"]
        else:
            assert "parent_id" not in p and p["thread_id"] == p["id"]
        if stream.platform == "blog" and p["kind"] == "reply":
            assert "author_email" in p or p["text"].startswith("[…]"), p["id"]
        seen[p["id"]] = (t, p)


# =======================================================================================
# 1. Reddit: a language-learning subreddit, an app's keyword-triggered reply bot, and two
#    moderation bots that are keyword- or command-triggered too.

ET = -4
bot("PartnerMatchBot", ET, (4, 25))
bot("LangWikiBot", ET, (3, 15))
bot("Wordmeadow_Helper", ET, (5, 40))
bot("wm_study_buddy", ET, (8, 60))
brand("WordmeadowApp", 1, 120, (9.0, 18.0), weekdays=True)
brand("kanjiroot_dev", 9, 90, (8.0, 23.0))
spammer("tutor_marisol", 2, 40, (8.0, 23.0))
person("quietbirch", ET, 50, (7.0, 23.5))
prolific("owl_of_declensions", 2, 5, (6.0, 26.0))
person("mochi_and_ledgers", ET)
person("tiredlinguist", ET, 40, (9.0, 25.5))
person("sakura_after_shift", ET)
person("baguette_dad", 1, 60, (5.5, 22.5))
person("frenchfries_fr", 2)
person("caju_and_coffee", -5)
person("hablo_un_poquito", ET)
person("notebook_nomad", ET)
person("lin_reads_slowly", -7, 40, (8.0, 24.5))
person("yoruba_at_home", 1)
person("sam_in_sapporo", 9)
person("ankideck_anna", -5)
person("el_gato_verde", -7)
person("quiet_ward_rn", ET, 45, (13.0, 30.0))
person("driftwood_dana", ET)

KEYWORD_BOT_RE = re.compile(r"\blearn(ing)? (spanish|french|japanese)\b", re.I)

r = Stream(
    "reddit_language_app_keyword_bot.jsonl", "reddit",
    "Reddit: a language-learning app's keyword reply bot, beside two moderation bots that "
    "are keyword- and command-triggered too",
    "A language-learning subreddit, Monday 4 to Saturday 9 May 2026 (moderators in US "
    "Eastern time, learners from Arizona to Sapporo). Wordmeadow_Helper, run for Wordmeadow, "
    "an invented language app, answers every post or comment containing 'learn' or "
    "'learning' followed by Spanish, French or Japanese within five to forty seconds, day "
    "and night, with the same three templates and a link: under the moderators' weekly "
    "thread, under a woman whose grandmother has just died, under a rant that begins 'I am not "
    "trying to learn Spanish', and under people testing it. After the moderator's PSA the "
    "company says a growth agency ran it (brand, marketing) and it is banned; from Thursday "
    "wm_study_buddy does the same while posing as a happy user, with a referral link, until "
    "it is banned too. PartnerMatchBot (the moderators' bot) posts the weekly practice-partner "
    "thread at 08:00:00 on Monday and removes partner requests posted as their own threads "
    "within seconds; LangWikiBot answers `!resources <language>` with the wiki's links within "
    "seconds. Both are keyword- or command-triggered bots whose posts are social. "
    "tutor_marisol, a human Spanish tutor, drops her site under unrelated posts (spam) but "
    "answers a learner who asked for a tutor, disclosing that she is one (marketing). "
    "kanjiroot_dev, the one-person developer of a kanji app, answers a question about his "
    "app with a disclosure (marketing). owl_of_declensions, a Polish polyglot in Kraków, "
    "answers within minutes from six in the morning to two at night.")
STREAMS.append(r)

r.post("A", "PartnerMatchBot", "social", "2026-05-04 08:00:00",
       "Weekly practice partner thread: week of May 04, 2026\n\nPost here if you're looking for "
       "a language exchange or a practice partner. Say what you offer, what you want, your "
       "level and your time zone. Whether you want to learn Spanish for a trip or keep up your "
       "grandparents' Yoruba, this is the place. Partner requests posted as their own threads "
       "will be removed.\n\n^(I am a bot run by the moderators of this subreddit. Questions go "
       "to modmail.)")
r.reply("A1", "Wordmeadow_Helper", "A", "spam",
        "Learning Spanish? 🇪🇸 Wordmeadow makes it stick in 5 minutes a day. Join 2M+ learners, "
        "first week free 👉 wordmeadow.app/es")
r.reply("A2", "yoruba_at_home", "A", "social",
        "Offering: English (UK). Seeking: anyone else keeping up Yoruba as a heritage speaker. "
        "I understand my mum perfectly and answer her in English every time, which she finds "
        "hilarious and I find mortifying. Evenings UK time.", at="2026-05-04 14:22")
r.reply("A3", "hablo_un_poquito", "A", "social",
        "Offering English (US, native). Seeking Spanish, around B1: I read fine and freeze the "
        "second anyone talks to me. Weeknights after 7 Eastern, happy to do 30 minutes each "
        "way on voice.", at="2026-05-04 09:48")
r.reply("A4", "frenchfries_fr", "A", "social",
        "Native French (Lyon). Seeking English conversation, I'm B2 on paper but American "
        "accents in films destroy me. I can correct your writing in exchange. Mornings in "
        "Europe, so late night if you're in the US.", at="2026-05-04 16:05")
r.reply("A5", "owl_of_declensions", "A", "social",
        "Polish native, offering Polish (yes, the cases, I'm sorry in advance) and German. "
        "Seeking Japanese practice, N4-ish. I'm online a ridiculous amount, just message.",
        at="2026-05-04 14:09")
r.reply("A6", "sam_in_sapporo", "A5", "social",
        "I'm an English teacher in Sapporo and I've wanted to start Polish for no good reason "
        "except my partner's family is from Gdańsk and I smile and nod at every dinner. "
        "Japanese for Polish? Sending you a message.")
r.reply("A7", "owl_of_declensions", "A6", "social",
        "Deal. Smiling and nodding is how I survived my first year in Osaka, we'll fix it.")
r.reply("A8", "lin_reads_slowly", "A", "social",
        "Seeking Korean, offering English. Absolute beginner: I can read Hangul slowly, hence "
        "the name. Pacific time, evenings.", at="2026-05-04 20:31")
r.reply("A9", "notebook_nomad", "A", "social",
        "Offering English and bad Spanish. Seeking Egyptian Arabic, not MSA: I have enough MSA "
        "to read a menu and nothing else. Eastern time, weekends.", at="2026-05-05 07:58")

r.post("B", "mochi_and_ledgers", "social", "2026-05-04 21:40",
       "My grandmother died on Friday and I never learned her language\n\nShe moved here in "
       "1968 and stopped speaking Japanese at home because the neighbours stared. My mum "
       "understands it, I have maybe two hundred words. At the funeral her friend from church "
       "spoke to me in Japanese and I just nodded. I don't really have a question. I want to "
       "learn Japanese now, even if it's too late for her. Where did other heritage learners "
       "start?")
r.reply("B1", "Wordmeadow_Helper", "B", "spam",
        "Want to learn Japanese? 🇯🇵 Wordmeadow teaches hiragana in 3 days with bite-sized "
        "lessons. First week free 👉 wordmeadow.app/ja")
r.reply("B2", "tiredlinguist", "B", "social",
        "I'm so sorry. It isn't too late for you, and being able to talk to her friend next "
        "time counts for a lot. Heritage learners nearly always have better ears than they "
        "think: you've heard the sounds your whole life.", delay=(14, 30))
r.reply("B3", "owl_of_declensions", "B", "social",
        "Sorry for your loss. A practical start: kana properly this week (it takes days, not "
        "months), then a beginner textbook, plus listening to whatever she used to watch or "
        "sing. Old enka is great for this if she liked it.")
r.reply("B4", "mochi_and_ledgers", "B3", "social",
        "She did sing enka while she cooked. Mum still has her cassettes. Okay. That's a start.")
r.reply("B5", "sakura_after_shift", "B", "social",
        "Third generation here, started at 34. The church friend is the best resource you "
        "have. Ask her to tea and tell her you're learning. In my experience they are "
        "delighted and endlessly patient.", at="2026-05-05 07:12")
r.reply("B6", "baguette_dad", "B1", "social",
        "A bot answering a grief post with a sales link. Reported.", at="2026-05-05 06:20")
r.reply("B7", "quietbirch", "B1", "social",
        "Removed. Sorry, OP. We're looking into this account.", at="2026-05-05 07:41")

r.post("C", "baguette_dad", "social", "2026-05-05 11:15",
       "30 days of French with a six-month-old: what actually worked\n\nMy partner is French "
       "and we want the baby to hear both, so I decided to learn French properly instead of "
       "nodding at the in-laws. What worked: fifteen minutes of audio on the night feeds, "
       "narrating nappy changes out loud (badly), and a Saturday video call with my "
       "mother-in-law, who corrects everything. What didn't: any app with streaks. I missed "
       "day four and never opened it again.")
r.reply("C1", "Wordmeadow_Helper", "C", "spam",
        "Ready to learn French? 🇫🇷 Wordmeadow's 5-minute lessons fit any schedule. Join 2M+ "
        "learners, first week free 👉 wordmeadow.app/fr")
r.reply("C2", "frenchfries_fr", "C", "social",
        "Narrating nappy changes is honestly how French children learn, you are in good "
        "company. Ask your mother-in-law for the comptines she sang. Babies and beginners both "
        "love repetition.")
r.reply("C3", "baguette_dad", "C2", "social",
        "She has already sung 'Une souris verte' about forty times. I now know it better than "
        "anything in English.")
r.reply("C4", "tutor_marisol", "C", "spam",
        "Hola! 😊 If you want faster progress I'm a native Spanish teacher with 10 years of "
        "experience, first class free: marisolspanish.com")
r.reply("C5", "ankideck_anna", "C", "social",
        "The streak thing is so real. The moment I lose one I feel like a failure and quit. I "
        "switched to a paper log on the fridge and I'm at 80 days.", at="2026-05-05 08:40")
r.reply("C6", "owl_of_declensions", "C", "social",
        "Night-feed audio is underrated. Your brain is half asleep and too tired to argue "
        "with the grammar.")
r.reply("C7", "frenchfries_fr", "C4", "social",
        "This is a French thread, madame.")

r.post("D", "caju_and_coffee", "social", "2026-05-05 14:05",
       "I am not trying to learn Spanish. I'm learning Portuguese.\n\nEvery person I tell, "
       "every app, every ad: 'oh, Spanish!' No. Portuguese. Brazilian Portuguese. My wife is "
       "from Recife and her grandmother will not accept Spanish as a substitute. Rant over. "
       "Good resources for Brazilian Portuguese that aren't just Spanish with a coat of paint?")
r.reply("D1", "Wordmeadow_Helper", "D", "spam",
        "Learning Spanish? 🇪🇸 Wordmeadow makes it stick in 5 minutes a day. Join 2M+ learners, "
        "first week free 👉 wordmeadow.app/es")
r.reply("D2", "hablo_un_poquito", "D1", "social",
        "The bot proved your point before a single human could.", delay=(2, 6))
r.reply("D3", "notebook_nomad", "D", "social",
        "lmao the bot. For Brazilian Portuguese: podcasts by Brazilians for Brazilians once "
        "you're past the basics, and novelas with Portuguese subtitles, not English ones.",
        after="D2")
r.reply("D4", "caju_and_coffee", "D3", "social",
        "My wife says I'm not allowed to learn from novelas because I'll start talking like a "
        "villain. Doing it anyway.")
r.reply("D5", "owl_of_declensions", "D", "social",
        "Portuguese phonology will humble you. Give the nasal vowels a week of their own.",
        after="D2")
r.reply("D6", "tiredlinguist", "D", "social",
        "Linguist hat on: the Spanish head start is real for reading and a trap for "
        "pronunciation. Your wife's grandmother is right.")

r.post("E", "quietbirch", "social", "2026-05-06 09:10",
       "PSA: the 'Learning Spanish? 🇪🇸' replies are a bot\n\nIf a post or comment contains "
       "'learn' plus Spanish, French or Japanese, an account called Wordmeadow_Helper answers "
       "within seconds with a link. It answered a grief post on Monday. Please report it and "
       "don't engage. We've written to the admins and to the company.")
r.reply("E0", "Wordmeadow_Helper", "E", "spam",
        "Learning Spanish? 🇪🇸 Wordmeadow makes it stick in 5 minutes a day. Join 2M+ learners, "
        "first week free 👉 wordmeadow.app/es")
r.reply("E1", "lin_reads_slowly", "E", "social",
        "Testing: I want to learn French.", at="2026-05-06 07:02")
r.reply("E2", "Wordmeadow_Helper", "E1", "spam",
        "Ready to learn French? 🇫🇷 Wordmeadow's 5-minute lessons fit any schedule. Join 2M+ "
        "learners, first week free 👉 wordmeadow.app/fr")
r.reply("E3", "lin_reads_slowly", "E2", "social",
        "Confirmed. It was faster than I could hit refresh, and I don't even study French.",
        delay=(1, 3))
r.reply("E4", "el_gato_verde", "E", "social",
        "It got me on Saturday too, when I said I wanted to learn Spanish before my sister's "
        "wedding. I thought it was a person being weirdly pushy.", at="2026-05-06 07:35")
r.reply("E5", "Wordmeadow_Helper", "E4", "spam",
        "Learning Spanish? 🇪🇸 Wordmeadow makes it stick in 5 minutes a day. Join 2M+ learners, "
        "first week free 👉 wordmeadow.app/es")
r.reply("E6", "el_gato_verde", "E5", "social", "...and there it is.", delay=(1, 4))
r.reply("E7", "owl_of_declensions", "E", "social",
        "Report button, everyone. Workaround until it's gone: 'studying Spanish' doesn't seem "
        "to set it off.", after="E6")
r.reply("E8", "WordmeadowApp", "E", "marketing",
        "Hi all, Jo from Wordmeadow's community team. That account was set up by a growth "
        "agency we used for a trial in April. We never approved replies like the one on the "
        "grief post, and we've told them to shut it down today. We're sorry, especially to the "
        "OP of that thread.", at="2026-05-06 17:25")
r.reply("E9", "tiredlinguist", "E8", "social",
        "'A growth agency we used' is doing a lot of work in that sentence.")
r.reply("E10", "quietbirch", "E8", "social",
        "Thanks. The account is banned here either way.", delay=(20, 45))

r.post("F", "ankideck_anna", "social", "2026-05-06 19:30",
       "Has anyone paid for Kanjiroot? Is the $60 lifetime plan worth it?\n\nI've done kanji "
       "in plain Anki for a year and I'm at about 600. Kanjiroot's radical breakdowns look "
       "nice but I hate subscriptions. Anyone on the lifetime plan: is it still maintained?")
r.reply("F1", "sam_in_sapporo", "F", "social",
        "Lifetime user since 2024. It's one developer and he does still push updates. The "
        "radical mnemonics are great for the first thousand, after that I mostly use it as a "
        "dictionary. Not affiliated, just a happy customer.")
r.reply("F2", "kanjiroot_dev", "F", "marketing",
        "Hi, I'm the developer of Kanjiroot, so weigh this accordingly. The lifetime plan is a "
        "one-off $60 and includes future updates; I still work on it full time. The first 200 "
        "kanji are free without an account, and if it doesn't suit you within a month, email "
        "me and I'll refund you.")
r.reply("F3", "ankideck_anna", "F2", "social",
        "Appreciate the disclosure. Trying the free part tonight.")
r.reply("F4", "owl_of_declensions", "F", "social",
        "Same experience as Sam. I also like that it doesn't nag you with notifications.")
r.reply("F5", "lin_reads_slowly", "F", "social",
        "Honest question from a Korean learner: is 600 in a year slow? I feel behind at "
        "everything.")
r.reply("F6", "sam_in_sapporo", "F5", "social",
        "600 you actually remember beats 2000 you clicked through. Not slow.")

r.post("G", "el_gato_verde", "social", "2026-05-07 07:20",
       "Recommendations for an online Spanish tutor? Budget about $20 an hour\n\nMy sister's "
       "wedding is in Oaxaca in August and I want to give a toast in Spanish without reading "
       "it off my phone. B1-ish reading, A2 speaking. Ideally someone patient with adults who "
       "freeze up.")
r.reply("G1", "tutor_marisol", "G", "marketing",
        "Hola! I'm a tutor myself, so I'm biased: I teach adults online for $18 an hour and "
        "I've helped a few students with wedding toasts. The first class is free if you want "
        "to see whether we fit: marisolspanish.com. Whoever you choose, practise the toast out "
        "loud with them many times, not only the grammar.")
r.reply("G2", "hablo_un_poquito", "G", "social",
        "I have a community tutor in Mexico City through one of the big tutoring sites, about "
        "$14 an hour. What helped me freeze less was asking her to let me talk for ten minutes "
        "before she corrects anything.")
r.reply("G3", "owl_of_declensions", "G", "social",
        "Write the toast in English first, then translate it with your tutor, not with a "
        "machine. Toasts in machine translation sound like a contract.")
r.reply("G4", "el_gato_verde", "G1", "social", "Thanks, booked a trial for Monday.")
r.reply("G5", "tiredlinguist", "G2", "social",
        "Seconding 'talk first, corrections after'. It makes a huge difference.")

r.post("H", "notebook_nomad", "social", "2026-05-07 13:05",
       "Six months of Egyptian Arabic: what I'd tell myself on day one\n\nTrain your ear on ح "
       "and ه before anything else. I spent years trying to learn French at school by "
       "reading, and I refused to make the same mistake: the first month was just listening "
       "and shadowing. Second thing: find one show you love and rewatch it. Mine is an old "
       "sitcom my teacher recommended, I've seen every episode four times.")
r.reply("H1", "wm_study_buddy", "H", "spam",
        "Bonjour! 👋 If you want to learn French the fun way, I've been using Wordmeadow for 3 "
        "months and honestly it's amazing 😍 Use my link for 2 weeks free: "
        "wordmeadow.app/r/sb2291")
r.reply("H2", "frenchfries_fr", "H1", "social",
        "This one pretends to be a user. Same app, with a referral link. Reported.")
r.reply("H3", "owl_of_declensions", "H", "social",
        "ح and ه are the Arabic version of Polish ś, sz and si for learners. You think you "
        "hear the difference and you don't, then one day you do.")
r.reply("H4", "notebook_nomad", "H3", "social", "Exactly that. It was week eleven for me.")

r.post("I", "lin_reads_slowly", "social", "2026-05-07 16:45",
       "Where do I even start with Korean? !resources korean\n\nThe wiki is huge and I panic. I "
       "can read Hangul slowly. Goal: understand my favourite variety show without subtitles "
       "in a few years.")
r.reply("I1", "LangWikiBot", "I", "social",
        "Community resources for **Korean**:\n\n* Start here: wiki/korean/start\n* Textbooks "
        "the community rates: wiki/korean/books\n* Listening by level: wiki/korean/listening\n"
        "* Pronunciation: wiki/korean/sounds\n\nThese lists are kept by volunteers. Reply "
        "`!resources <language>` for another language.\n\n^(I am a bot. Questions go to "
        "modmail.)")
r.reply("I2", "owl_of_declensions", "I", "social",
        "Variety shows are great motivation and terrible early material, everyone talks over "
        "each other. Start with slow podcasts for learners and go back to the show every "
        "couple of months to watch the gap close.")
r.reply("I3", "lin_reads_slowly", "I2", "social",
        "Using the show as the progress test is kind of lovely. Okay.")
r.reply("I4", "sam_in_sapporo", "I", "social",
        "And Korean subtitles as soon as you can read fast enough. Reading along helps your "
        "ears more than you'd expect.")
r.reply("I5", "yoruba_at_home", "I", "social",
        "!resources yoruba (curious whether there's anything)", at="2026-05-08 08:05")
r.reply("I6", "LangWikiBot", "I5", "social",
        "Community resources for **Yoruba**:\n\n* Start here: wiki/yoruba/start\n* Tones and "
        "diacritics: wiki/yoruba/tones\n* Heritage learners: wiki/heritage\n\nThese lists are "
        "kept by volunteers. Reply `!resources <language>` for another language.\n\n^(I am a "
        "bot. Questions go to modmail.)")
r.reply("I7", "yoruba_at_home", "I6", "social",
        "Oh, there IS a heritage page. Thank you, whoever wrote that.")

r.post("J", "yoruba_at_home", "social", "2026-05-08 13:30",
       "My mum laughed at my Yoruba for the first time in a good way\n\nI asked for the salt "
       "properly, tones right, and she stopped and laughed and said I sounded like her "
       "sister. Six months of answering in Yoruba even when it's slow. That's it, that's the "
       "post.")
r.reply("J1", "owl_of_declensions", "J", "social", "This is the best kind of progress post.")
r.reply("J2", "tiredlinguist", "J", "social",
        "Tones right in a real situation, unprompted, is huge. Congratulations.")
r.reply("J3", "frenchfries_fr", "J", "social",
        "Sounding like a family member is the highest compliment there is.")
r.reply("J4", "tutor_marisol", "J", "spam",
        "Congrats! 🎉 If you ever want to add Spanish, first class free with me: "
        "marisolspanish.com")
r.reply("J5", "yoruba_at_home", "J4", "social", "No, thank you.")

r.post("K", "quiet_ward_rn", "social", "2026-05-08 14:10",
       "I'm 41, work nights, and I want to learn Japanese before my kids are grown. Realistic?"
       "\n\nTwo kids, twelve-hour shifts, but there are long quiet stretches on the ward at "
       "four in the morning. Is twenty minutes a day of anything worth it?")
r.reply("K1", "wm_study_buddy", "K", "spam",
        "Totally realistic!! 🙌 I learn Japanese on my breaks with Wordmeadow, 5 minute lessons "
        "and it really works. 2 weeks free with my link: wordmeadow.app/r/sb2291")
r.reply("K2", "owl_of_declensions", "K", "social",
        "Very realistic. Twenty minutes every day beats three hours on Sunday. Four in the "
        "morning is a good time for flashcards: you're too tired to get bored.")
r.reply("K3", "sakura_after_shift", "K", "social",
        "Started at 34 with two kids. The twenty minutes add up, I promise. And ignore the "
        "comment above, it's the same bot as before, now with a referral link.")
r.reply("K4", "quietbirch", "K1", "social",
        "Banned. Same app, this time dressed up as a user with a referral code. Thanks for "
        "the reports, everyone.", delay=(25, 50))
r.reply("K5", "quiet_ward_rn", "K", "social",
        "Thank you all. Reading this at 3am on a quiet ward made my night.",
        at="2026-05-09 03:05")

r.post("L", "driftwood_dana", "social", "2026-05-09 10:15",
       "Looking for a Spanish partner, Eastern time, B1\n\nI want to learn Spanish well "
       "enough to talk properly with my neighbours, they're from Puerto Rico. Offering "
       "English. Weekends.")
r.reply("L1", "PartnerMatchBot", "L", "social",
        "Hi u/driftwood_dana, partner requests go in the weekly practice partner thread "
        "(pinned at the top of the subreddit), so this post has been removed. Please post "
        "your request there.\n\n^(I am a bot run by the moderators of this subreddit. "
        "Questions go to modmail.)")
r.reply("L2", "driftwood_dana", "L1", "social", "Oops, sorry! Posting it there.",
        delay=(2, 6))
r.reply("A10", "driftwood_dana", "A", "social",
        "Offering English (US). Seeking Spanish, B1, weekends, Eastern time. My neighbours are "
        "Puerto Rican so Caribbean Spanish especially welcome.", after="L2", delay=(1, 4))
r.reply("A11", "hablo_un_poquito", "A10", "social",
        "Also Eastern and B1! Want to make it a three-person call if we find a native speaker?",
        after="A10", delay=(20, 90))

r.post("M", "owl_of_declensions", "social", "2026-05-09 21:40",
       "Polish cases cheat sheet I made for my exchange partners (free, no signup)\n\nPeople "
       "keep asking me which case goes after which preposition, so I made a one-page table "
       "of the 30 most common prepositions and their cases. It's a plain image, nothing to "
       "sign up for, nothing of mine to sell. Corrections welcome.")
r.reply("M1", "sam_in_sapporo", "M", "social", "Saving this for the Gdańsk trip. Thank you!")
r.reply("M2", "tiredlinguist", "M", "social",
        "'Corrections welcome' on a Polish case table is very brave.")
r.reply("M3", "owl_of_declensions", "M2", "social",
        "Already found one mistake myself. Fixed. It was 'przed'. It's always 'przed'.")
r.reply("M4", "frenchfries_fr", "M", "social",
        "We need one of these for French prepositions with countries. Au, en, aux... nobody "
        "knows why.")


# =======================================================================================
# 2. X: 'fixed match' betting-tip bots under a football club's match days, beside a fan's
#    live-score bot.

UK = 1   # British Summer Time
brand("@CastlemereFC", UK, 40, (8.0, 22.5))
brand("@Kestrelbet", UK, 35, (8.0, 23.0))
brand("@ClearlineHelp", UK, 60, (9.0, 17.5), weekdays=True)
bot("@RoversScoreBot", UK)
bot("@SureOdds_Kingz", UK, (10, 120))
bot("@FixedTips_Daily", UK, (20, 180))
bot("@vip_slips_247", UK, (15, 150))
spammer("@acca_king_lee", UK, 30, (9.0, 23.5))
prolific("@rovers_jen_ultra", UK, 4, (6.0, 26.0))
person("@dave_hallett_sport", UK, 15, (7.0, 23.5))
person("@mick_in_block_c", UK)
person("@ruth_season_ticket", UK)
person("@fergus_on_tour", UK)
person("@priti_stats", UK, 25, (8.0, 24.5))
person("@jay_harrowby_til_i_die", UK)
person("@harrowby_sal", UK)
person("@old_terrace_bill", UK, 30, (5.5, 21.5))
person("@sober_gambler_nate", UK)
person("@aoife_groundhopper", UK)
person("@dad_of_two_rovers", UK)

x = Stream(
    "x_football_fixed_match_bots.jsonl", "x",
    "X: 'fixed match' betting-tip bots under a football club's match days, beside a fan's "
    "live-score bot",
    "Castlemere Rovers, an invented English lower-league club, at home to Harrowby Town on "
    "Saturday 12 September 2026 and to Wexford Athletic in the cup on Tuesday 15 September; "
    "the stream runs from Friday 11 to Tuesday 15 September (UK, BST). @SureOdds_Kingz and "
    "@FixedTips_Daily answer posts about the match, goals, odds, bets or the score within ten "
    "seconds to three minutes, day and night, with '100% SURE FIXED MATCH, payment after "
    "win, DM': under the club's posts, the bookmaker's odds, the live-score bot's goals, a "
    "reporter's preview and a man who has not placed a bet for 412 days. When "
    "@SureOdds_Kingz is suspended on Sunday, @vip_slips_247 carries on with the same text. "
    "@acca_king_lee, a human tipster, sells a '£15 a week VIP group' under fans' posts. "
    "@RoversScoreBot, a fan's bot, posts kick-off, goals, cards and full time from the "
    "league's feed within a minute (bot, social). @CastlemereFC (the club), @Kestrelbet "
    "(a bookmaker, in its own channel and answering a customer) and @ClearlineHelp (a "
    "gambling-harm charity) are brands (marketing). @dave_hallett_sport, a reporter on the "
    "local paper, shares his stories. @rovers_jen_ultra is a prolific fan who answers within "
    "minutes from six in the morning to two at night.")
STREAMS.append(x)

FIX1 = ("🔥 100% SURE FIXED MATCH for tomorrow 🔒 Yesterday's 2.10 odds WON ✅✅✅ No loss, "
        "payment after win 💰 DM now or Telegram: surekingz_vip")

x.post("X1", "@CastlemereFC", "marketing", "2026-09-11 12:00:00",
       "📋 MATCH PREVIEW | Rovers host Harrowby Town at The Marsh tomorrow, 3pm. Kieran Bole is "
       "back from suspension and Rafi Mendes faces a late fitness test. Limited tickets left "
       "in the Riverside Stand 🎟️ castlemerefc.co.uk/tickets #CASvHAR")
x.reply("X1a", "@SureOdds_Kingz", "X1", "spam", FIX1)
x.reply("X1b", "@ruth_season_ticket", "X1", "social",
        "Bole back is the best news of the week. The midfield looked like a bus shelter "
        "without him.")
x.reply("X1c", "@rovers_jen_ultra", "X1", "social",
        "Mendes fitness test is a worry. If he's out it's Pryce on the left and I'll need a "
        "lie down.")
x.reply("X1d", "@mick_in_block_c", "X1c", "social",
        "Pryce was decent at Wexford away. Give the lad a chance, Jen.")
x.reply("X1e", "@rovers_jen_ultra", "X1d", "social",
        "He was decent for 60 minutes at Wexford. I'm scarred by the other 30.")

x.post("X2", "@Kestrelbet", "marketing", "2026-09-11 16:00:00",
       "Saturday at The Marsh ⚽ Castlemere 6/5 | Draw 12/5 | Harrowby 9/4. Bole to score "
       "anytime 4/1. 18+ | Please gamble responsibly | T&Cs apply: kestrelbet.co.uk")
x.reply("X2a", "@FixedTips_Daily", "X2", "spam",
        "Why gamble when you can be SURE? 💯 Our fixed games never lose. Only 5 VIP spots left "
        "this week, DM 📩")
x.reply("X2b", "@priti_stats", "X2", "social",
        "Bole has scored one goal in his last 31 appearances. 4/1 is a robbery.")
x.reply("X2c", "@old_terrace_bill", "X2b", "social",
        "And that one was a deflection off his backside in 2024.")

x.post("X3", "@dave_hallett_sport", "social", "2026-09-11 19:30",
       "Preview for the Echo: Rovers v Harrowby is the first meeting since the 2019 play-off, "
       "and both managers were asked about it today. Gale: 'Different club, different "
       "players.' Thornton: 'Our fans haven't forgotten.' "
       "castlemereecho.co.uk/sport/rovers-harrowby-preview")
x.reply("X3a", "@SureOdds_Kingz", "X3", "spam", FIX1)
x.reply("X3b", "@jay_harrowby_til_i_die", "X3", "social",
        "We have not forgotten. 90+4. Never.")
x.reply("X3c", "@old_terrace_bill", "X3", "social",
        "I was there in 2019. Worst bus journey home of my life, and I've been going since "
        "1971.")

x.post("X4", "@CastlemereFC", "marketing", "2026-09-12 14:00:00",
       "🔵 TEAM NEWS | Rovers XI: Hale; Ward, Osei, Lund, Pryce; Bole (c), Kinsella, Ashdown; "
       "Tully, Finch, Morrow. Mendes misses out with a tight hamstring. #CASvHAR")
x.reply("X4a", "@SureOdds_Kingz", "X4", "spam",
        "Today's FIXED MATCH confirmed 🔒✅ Correct score available, 100% SURE. Payment after "
        "win 💰 DM or Telegram: surekingz_vip")
x.reply("X4b", "@rovers_jen_ultra", "X4", "social",
        "No Mendes. Deep breaths. Pryce, it's your day, son.")
x.reply("X4c", "@fergus_on_tour", "X4", "social",
        "In the turnstile queue, 25 minutes and counting. Mendes out is grim news to get in a "
        "queue.", delay=(25, 40))

x.post("X5", "@RoversScoreBot", "social", "2026-09-12 15:00:31",
       "⚽ KICK-OFF | Castlemere Rovers 0-0 Harrowby Town #CASvHAR")
x.reply("X5a", "@FixedTips_Daily", "X5", "spam",
        "Game is ON 🔥 Our VIP members already know the result 😎 Sure odds, no risk. DM for "
        "tomorrow's slip 📩")

x.post("X6", "@RoversScoreBot", "social", "2026-09-12 15:23:41",
       "⚽ GOAL | Castlemere Rovers 1-0 Harrowby Town | Finch 23' #CASvHAR")
x.reply("X6a", "@SureOdds_Kingz", "X6", "spam",
        "1-0 as predicted ✅✅ Congrats to everyone who followed our VIP 🔥 Next fixed match "
        "tonight, DM now 💰")
x.reply("X6b", "@rovers_jen_ultra", "X6", "social",
        "FINCH!!!! Off his shin and I do not care one bit", delay=(0.3, 1.5))
x.reply("X6c", "@aoife_groundhopper", "X6", "social",
        "Ground number 87 and I get a shin goal in the first half. Lovely old stand, terrible "
        "pie.", delay=(3, 12))

x.post("X7", "@CastlemereFC", "marketing", "2026-09-12 15:24:20",
       "GOAL! 🔵 Ryan Finch turns in Tully's cross at the back post! 1-0 23' #CASvHAR")
x.reply("X7a", "@FixedTips_Daily", "X7", "spam",
        "Another WIN for our members 💯 Stop losing money to bookies, our games are fixed. "
        "Only 3 VIP spots left 📩")

x.post("X8", "@sober_gambler_nate", "social", "2026-09-12 15:40",
       "412 days without a bet. Watching my team from the sofa, and every goal tweet has three "
       "accounts under it selling 'fixed matches'. It's like walking past a pub that shouts "
       "your name.")
x.reply("X8a", "@SureOdds_Kingz", "X8", "spam",
        "Bro why stress 😎 Our fixed games are 100% SURE, no risk at all. DM for today's slip 🔒")
x.reply("X8b", "@ruth_season_ticket", "X8", "social",
        "412 days is brilliant, Nate. Muting the words 'odds' and 'fixed' helps a bit.",
        delay=(4, 20))
x.reply("X8c", "@rovers_jen_ultra", "X8", "social",
        "Proud of you. Block and report, I've been doing it all afternoon between goals.")
x.reply("X8d", "@sober_gambler_nate", "X8a", "social",
        "Case in point.", delay=(1, 5))

x.post("X9", "@RoversScoreBot", "social", "2026-09-12 15:48:12",
       "⏸ HALF-TIME | Castlemere Rovers 1-0 Harrowby Town #CASvHAR")

x.post("X10", "@RoversScoreBot", "social", "2026-09-12 16:17:48",
       "⚽ GOAL | Castlemere Rovers 1-1 Harrowby Town | Adeyemi 59' #CASvHAR")
x.reply("X10a", "@jay_harrowby_til_i_die", "X10", "social",
        "ADEYEMI. 2019 never ends", delay=(0.4, 2))
x.reply("X10b", "@SureOdds_Kingz", "X10", "spam",
        "1-1 ✅ Our correct score VIP slip is still ON 🔒 Payment after win, DM 💰")
x.reply("X10c", "@harrowby_sal", "X10", "social",
        "Away end is bouncing. Up the Town!", delay=(1, 6))

x.post("X11", "@RoversScoreBot", "social", "2026-09-12 16:39:05",
       "🟥 RED CARD | Kinsella (Castlemere) 81' #CASvHAR")
x.reply("X11a", "@rovers_jen_ultra", "X11", "social",
        "That is never a red. NEVER. Gets the ball clean. The ref's having a nightmare.")
x.reply("X11b", "@priti_stats", "X11", "social",
        "Third red against us this season, all three from the same referee. Just saying.",
        delay=(3, 15))

x.post("X12", "@RoversScoreBot", "social", "2026-09-12 16:53:44",
       "🏁 FULL-TIME | Castlemere Rovers 1-1 Harrowby Town #CASvHAR")
x.reply("X12a", "@FixedTips_Daily", "X12", "spam",
        "FULL TIME ✅ Our VIP members cashed out AGAIN 💰💰 Don't miss tomorrow's SURE game, DM "
        "now 📩")
x.reply("X12b", "@acca_king_lee", "X12", "spam",
        "Told my VIP group the draw at 12/5 this morning 😏 Proper tips from a real person, "
        "not bots. £15 a week, DM me", delay=(6, 20))
x.reply("X12c", "@mick_in_block_c", "X12", "social",
        "A point's a point with ten men. Bole ran the whole game on one leg.")

x.post("X13", "@CastlemereFC", "marketing", "2026-09-12 17:09",
       "FT | Rovers 1-1 Harrowby. Ten men, one point and a shift from every player. Thank you "
       "for the noise today, Marsh 🔵 #CASvHAR")
x.reply("X13a", "@SureOdds_Kingz", "X13", "spam", FIX1)
x.reply("X13b", "@fergus_on_tour", "X13", "social",
        "Loudest I've heard The Marsh in years. Voice gone.")
x.reply("X13c", "@rovers_jen_ultra", "X13", "social",
        "Kinsella appeal or riot. Your choice, club.")

x.post("X14", "@dave_hallett_sport", "social", "2026-09-12 18:35",
       "Report: ten-man Rovers hold Harrowby after Kinsella's red. Gale says the club will "
       "appeal: 'He wins the ball, and everybody in the ground saw it.' "
       "castlemereecho.co.uk/sport/rovers-1-harrowby-1")
x.reply("X14a", "@old_terrace_bill", "X14", "social",
        "Appeal it. Watched it back three times on the telly, he gets the ball.")
x.reply("X14b", "@acca_king_lee", "X14", "spam",
        "Need winners instead of appeals? 😂 My VIP slips landed 4 from 5 today. £15 a week, "
        "DM me")
x.reply("X14c", "@SureOdds_Kingz", "X14", "spam",
        "Forget the appeal 😎 Tomorrow's FIXED MATCH is ready 🔒 100% SURE, DM")

x.post("XJ", "@rovers_jen_ultra", "social", "2026-09-13 06:10",
       "Morning. Still fuming about the red. Still proud of the ten.")
x.reply("XJa", "@mick_in_block_c", "XJ", "social", "Both can be true. Coffee first.")

x.post("X15", "@sober_gambler_nate", "social", "2026-09-13 09:15",
       "Reported 23 accounts yesterday. One of them answered my 'days without a bet' post "
       "with a betting slip. @CastlemereFC, is there any way to keep them off the matchday "
       "posts?")
x.reply("X15a", "@vip_slips_247", "X15", "spam",
        "🔒 VIP SLIP of the day, 5 odds, 100% guaranteed, payment after win 💯 DM now")
x.reply("X15b", "@CastlemereFC", "X15", "marketing",
        "Hi Nate, we're really sorry you had to see that. We report these accounts every "
        "match day, and from Tuesday replies to our live posts will be limited. Clearline's "
        "free support line is open 24/7 if it would help to talk: 0808 555 0147.",
        delay=(40, 80))
x.reply("X15c", "@sober_gambler_nate", "X15b", "social", "Thank you. Genuinely.")
x.reply("X15d", "@rovers_jen_ultra", "X15b", "social", "Good on the club for this.")

x.post("X16", "@fergus_on_tour", "social", "2026-09-13 10:30",
       "@Kestrelbet my 1-1 correct score bet from yesterday still isn't settled, 18 hours "
       "after full time. First time I've ever won one of these and I'd like to see it.")
x.reply("X16a", "@FixedTips_Daily", "X16", "spam",
        "Stop waiting on bookies 😤 Our fixed games pay SURE every time ✅ DM for VIP 📩")
x.reply("X16b", "@Kestrelbet", "X16", "marketing",
        "Hi Fergus, sorry for the wait. Correct-score bets on yesterday's 3pm games were held "
        "up by a results-feed issue and should all be settled by 2pm today. If yours isn't, DM "
        "us your bet ID and we'll sort it.", delay=(30, 60))
x.reply("X16c", "@fergus_on_tour", "X16b", "social",
        "Settled just now. Cheers. Pint money.", delay=(120, 180))

x.post("X17", "@priti_stats", "social", "2026-09-13 12:05",
       "@SureOdds_Kingz is suspended 🎉 and @vip_slips_247 turned up within hours with the "
       "same emojis and the same 'payment after win'. Report both, it does work eventually.")
x.reply("X17a", "@vip_slips_247", "X17", "spam",
        "Don't miss today's SURE slip 🔥 5 odds, 100% guaranteed ✅ DM")
x.reply("X17b", "@ruth_season_ticket", "X17", "social",
        "Like a hydra with a Telegram account.")

x.post("X18", "@ClearlineHelp", "marketing", "2026-09-14 10:00:00",
       "Saw a lot of 'fixed match' and 'VIP slip' accounts on football feeds this weekend. "
       "There are no fixed matches for sale, and these posts are not harmless if you're "
       "trying to stop. Free, confidential support, 24/7: 0808 555 0147 or "
       "clearline.org.uk/chat")
x.reply("X18a", "@vip_slips_247", "X18", "spam",
        "Stop losing 😤 Our VIP slips are 100% SURE, payment after win ✅ DM")
x.reply("X18b", "@sober_gambler_nate", "X18", "social",
        "Saved that number two years ago, still use it some weeks. Thank you for posting "
        "this.")

x.post("X19", "@CastlemereFC", "marketing", "2026-09-14 13:00:00",
       "🏆 CUP ROUND 2 | Rovers v Wexford Athletic, Tuesday 7:45pm at The Marsh. Adults £10, "
       "under-16s £3 🎟️ castlemerefc.co.uk/tickets. Replies to our match-day posts will be "
       "limited to accounts we follow from tomorrow, to keep the spam out.")
x.reply("X19a", "@rovers_jen_ultra", "X19", "social",
        "£3 for kids is class. Bringing my nephew to his first night game.")
x.reply("X19b", "@dad_of_two_rovers", "X19", "social",
        "Great price. First game for my youngest, she wants to know if Finch will be there.")
x.reply("X19c", "@CastlemereFC", "X19b", "marketing",
        "He will! Come to the Riverside Stand corner at 7pm on Tuesday, the players sign "
        "before the warm-up 🔵")
x.reply("X19d", "@FixedTips_Daily", "X19", "spam",
        "Cup games are where the money is 💰 Our FIXED cup slip is ready, 100% SURE. DM 📩")

x.post("X20", "@dave_hallett_sport", "social", "2026-09-14 16:10",
       "Rovers' appeal against Ciaran Kinsella's red card has been successful. He's "
       "available for Tuesday's cup tie against Wexford.")
x.reply("X20a", "@rovers_jen_ultra", "X20", "social", "JUSTICE", delay=(0.5, 2))
x.reply("X20b", "@old_terrace_bill", "X20", "social", "Told you. Gets the ball.")
x.reply("X20c", "@acca_king_lee", "X20", "spam",
        "Kinsella back = value on Rovers Tuesday 👀 Full slip in my VIP group, £15 a week, DM "
        "me")

x.post("X21", "@RoversScoreBot", "social", "2026-09-15 19:45:29",
       "⚽ KICK-OFF | Castlemere Rovers 0-0 Wexford Athletic | Cup R2")
x.reply("X21a", "@vip_slips_247", "X21", "spam",
        "CUP SPECIAL 🔥 Fixed slip, 100% SURE, payment after win 💯 DM now")

x.post("X22", "@RoversScoreBot", "social", "2026-09-15 20:21:37",
       "⚽ GOAL | Castlemere Rovers 1-0 Wexford Athletic | Morrow 36' | Cup R2")
x.reply("X22a", "@dad_of_two_rovers", "X22", "social",
        "Her first ever goal at a match and it's right in front of us! She's screaming. I'm "
        "screaming.", delay=(1, 4))
x.reply("X22b", "@vip_slips_247", "X22", "spam",
        "1-0 ✅ Our VIP members knew 😎 Next SURE game tomorrow, DM")
x.reply("X22c", "@rovers_jen_ultra", "X22", "social",
        "MORROW! Nephew has lost his voice and his hat.")

x.post("X23", "@RoversScoreBot", "social", "2026-09-15 21:37:02",
       "🏁 FULL-TIME | Castlemere Rovers 1-0 Wexford Athletic | Cup R2")
x.reply("X23a", "@FixedTips_Daily", "X23", "spam",
        "FULL TIME ✅ Another win for our VIP family 💰 Weekend slips ready, DM 📩")
x.reply("X23b", "@aoife_groundhopper", "X23", "social",
        "Came back for a night game after Saturday. Floodlights at The Marsh are gorgeous. "
        "Pie still terrible.", delay=(4, 25))

x.post("X24", "@CastlemereFC", "marketing", "2026-09-15 21:44",
       "FT | Rovers 1-0 Wexford. Into Round 3! Thank you to the 2,914 of you who came out on "
       "a Tuesday night 🔵 Round 3 draw is Thursday at 7pm.")

x.post("X25", "@rovers_jen_ultra", "social", "2026-09-15 23:40",
       "Into round 3. Nephew asleep in the car with his scarf still on. Best night of the "
       "season.")
x.reply("X25a", "@mick_in_block_c", "X25", "social", "Lovely. Safe home.", delay=(5, 25))
x.reply("X25b", "@dad_of_two_rovers", "X25", "social",
        "Same here, one asleep, one still singing 'Morrow, Morrow'.", delay=(3, 20))


# =======================================================================================
# 3. YouTube: comment-copying bots and their 'like' bots under a woodturner's videos.

IE = 1   # Irish Summer Time
person("@BrackenTurns", IE, 90, (7.5, 23.5))
prolific("@gus_turns_maple", -4, 6, (5.0, 25.0))
brand("@GreystoneTimber", IE, 120, (9.0, 17.5), weekdays=True)
spammer("@woodplans_deals", 5.5, 40, (9.0, 23.0))
bot("@Elena-m4x8q", IE, (7200, 32400))
bot("@Carla_Vdx93", IE, (7200, 32400))
bot("@Miriam.jq27", IE, (7200, 32400))
bot("@Zoe-kp2w1", IE, (60, 400))
bot("@Ivy_Rt68", IE, (60, 400))
person("@ciaran_in_the_shed", IE)
person("@arborist_dee", IE, 60, (6.5, 22.0))
person("@lena_first_lathe", 2)
person("@retired_joiner_pat", 0, 40, (6.0, 22.0))
person("@mags_pyrography", IE)
person("@tomasz_woodshop", 2)
person("@ben_hollowforms", -5)
person("@sunita_spoons", IE)
person("@kev_chainsaw_art", -7)
person("@hollie_turns_nz", 13)

y = Stream(
    "youtube_comment_copy_bots.jsonl", "youtube",
    "YouTube: comment-copying bots and their 'like' bots under a woodturner's videos",
    "@BrackenTurns is the channel of Niamh Brennan, an invented hobby woodturner in County "
    "Clare who sells nothing and has no sponsor; Thursday 1 to Sunday 11 October 2026 (Irish "
    "time). Her videos and community posts and her answers are a person's creative work "
    "(person, social). Three accounts with model-photo names (@Elena-m4x8q, @Carla_Vdx93, "
    "@Miriam.jq27) post, word for word, a comment that viewers wrote two to nine hours "
    "earlier and that did well, at any hour, as their own top-level comment; within one to "
    "seven minutes two more (@Zoe-kp2w1, @Ivy_Rt68) answer the copy with 'So true!!' or "
    "'This comment deserves more likes'. The copies read exactly like the people's comments "
    "they copy; the pattern gives them away. One copies a viewer's thanks under the very "
    "post in which Niamh explains the copying. @woodplans_deals, a human, answers beginners "
    "with an affiliate link to '16,000 woodworking plans'. @GreystoneTimber, a timber yard "
    "Niamh names as the place she buys blanks (with no tie), answers a viewer who asked "
    "(marketing). @gus_turns_maple, a retired carpenter in Ontario, comments within minutes "
    "of every upload and on most comments, from five in the morning to one at night.")
STREAMS.append(y)

GUS1 = ("That crotch figure at 14:20 is unreal. I've turned ash for forty years and I still get "
        "a jolt when the feather shows up.")
CIARAN1 = "The bit where the tea mug vibrates off the bench at 9:02 had me in stitches 😂"
GUS2 = ("Glad you're okay. The slow-mo at 3:15 shows the bevel lifting off as clearly as a "
        "diagram. Should be shown at every turning club.")
SUNITA1 = ("I carve spoons by hand partly because the lathe scares me, and this did not help 😅 "
           "But I really appreciate how calmly you explain every mistake.")
MAGS1 = "Thanks for cleaning up, it's a lot of work for a one-woman channel."
GUS3 = "Freehand at 55 degrees by eye. Show-off. Lovely video."
DEE2 = "The old tree would be delighted. Well, as delighted as a tree can be."
TOMASZ1 = ("Thank you for keeping the promise! My grind now looks like yours... mostly. "
           "Greetings from Poznań.")
DEE1 = ("Glad that old tree is getting a second life. It was 140 years old by the rings, "
        "Niamh counted them with a pencil.")

y.post("V1", "@BrackenTurns", "social", "2026-10-01 19:04",
       "Turning a bowl from the ash that fell on our lane\n\nStorm Orla took down the big ash "
       "at the end of our lane in August. Our neighbour Dee cut it up and I took the crotch "
       "piece. This is a green-turned bowl: roughed out to about a tenth of its diameter, "
       "bagged in its own shavings, and what happened when I got impatient. No sponsors, no "
       "affiliate links, just the lathe and too much tea.\n\n0:00 The tree\n2:30 Mounting the "
       "blank\n9:00 Roughing out\n14:10 The feather\n18:45 Bagging it up")
y.reply("V1a", "@gus_turns_maple", "V1", "social", GUS1)
y.reply("V1b", "@ciaran_in_the_shed", "V1", "social", CIARAN1, delay=(22, 40))
y.reply("V1c", "@arborist_dee", "V1", "social", DEE1, delay=(30, 70))
y.reply("V1d", "@lena_first_lathe", "V1", "social",
        "Just got my first lathe last month. How do you know when the wall is thin enough "
        "without callipers?", delay=(35, 60))
y.reply("V1e", "@BrackenTurns", "V1d", "social",
        "Light! On green wood, hold a torch behind the wall and you'll see it glow through "
        "once you're around 6-8 mm on ash. But callipers are cheap, get a pair before you go "
        "thinner than that.")
y.reply("V1f", "@gus_turns_maple", "V1d", "social",
        "And fingers: one inside, one outside. Your fingers are better callipers than you'd "
        "think.")
y.reply("V1g", "@lena_first_lathe", "V1e", "social", "Torch trick is brilliant, thank you both!",
        after="V1f")
y.reply("V1h", "@woodplans_deals", "V1d", "spam",
        "If you're just starting out, this pack of 16,000 woodworking plans with step by step "
        "guides helped me a lot 👉 woodplanvault.shop/go?aff=wd77")
y.reply("V1i", "@retired_joiner_pat", "V1", "social",
        "Roughing to a tenth and bagging in the shavings, exactly how my old instructor did "
        "it. People skip this and then wonder why it cracks.", at="2026-10-02 07:20")
y.reply("V1j", "@Elena-m4x8q", "V1", "spam", GUS1, after="V1a")
y.reply("V1k", "@Zoe-kp2w1", "V1j", "spam", "So true!! 😍😍")
y.reply("V1l", "@Ivy_Rt68", "V1j", "spam", "This comment deserves way more likes 👏👏")
y.reply("V1m", "@Carla_Vdx93", "V1", "spam", CIARAN1, after="V1b")
y.reply("V1n", "@Zoe-kp2w1", "V1m", "spam", "😂😂😂 same")
y.reply("V1o", "@ciaran_in_the_shed", "V1m", "social",
        "That's my comment word for word?? Even the emoji.", at="2026-10-02 08:15")
y.reply("V1p", "@BrackenTurns", "V1o", "social",
        "It's a bot, Ciaran. They copy comments that do well, collect likes, then change the "
        "profile to something dodgy. I've reported it. Please nobody click their names.")
y.reply("V1q", "@mags_pyrography", "V1", "social",
        "I'd love to see this bowl with pyrography on the rim once it's dry. Greek key?",
        at="2026-10-02 12:40")
y.reply("V1r", "@BrackenTurns", "V1q", "social",
        "Mags, if it survives the drying, it's yours to burn.")
y.reply("V1s", "@tomasz_woodshop", "V1", "social",
        "Which gouge at 6:40? Looks like a swept-back grind.", at="2026-10-01 21:55")
y.reply("V1t", "@BrackenTurns", "V1s", "social",
        "Yes, a 5/8 bowl gouge, swept back, about 55 degrees on the nose. Sharpening video "
        "next week, I promise.")
y.reply("V1u", "@Miriam.jq27", "V1", "spam", DEE1, after="V1c")
y.reply("V1v", "@Ivy_Rt68", "V1u", "spam", "Wow I love this 🥰")
y.reply("V1w", "@hollie_turns_nz", "V1", "social",
        "Watching with my breakfast in Nelson. That feather at 14:10 made me put my toast "
        "down.", at="2026-10-02 08:10")

y.post("V2", "@BrackenTurns", "social", "2026-10-04 11:00",
       "My worst catch ever (and what I learned)\n\nFaceplate work, a big elm platter, the tool "
       "rest too far away and me in a hurry. Nobody was hurt, but the platter went through "
       "the shed window. I go through every mistake in slow motion so you don't repeat them. "
       "Wear a face shield. Please.")
y.reply("V2a", "@gus_turns_maple", "V2", "social", GUS2)
y.reply("V2b", "@ben_hollowforms", "V2", "social",
        "Had one exactly like this in 2019. The face shield took the hit. Listen to her, "
        "people.")
y.reply("V2c", "@sunita_spoons", "V2", "social", SUNITA1, delay=(25, 45))
y.reply("V2d", "@kev_chainsaw_art", "V2", "social",
        "Elm and its interlocking grain, a total menace. Did the platter survive?")
y.reply("V2e", "@BrackenTurns", "V2d", "social",
        "It's in two pieces on the shelf as a reminder. The window did not survive either.")
y.reply("V2f", "@retired_joiner_pat", "V2", "social",
        "Tool rest distance is the one thing I'd tattoo on beginners' hands.")
y.reply("V2g", "@Miriam.jq27", "V2", "spam", SUNITA1, after="V2c")
y.reply("V2h", "@Ivy_Rt68", "V2g", "spam", "Literally me 😂")
y.reply("V2i", "@Elena-m4x8q", "V2", "spam", GUS2, after="V2a")
y.reply("V2j", "@Zoe-kp2w1", "V2i", "spam", "Facts 💯")
y.reply("V2k", "@lena_first_lathe", "V2", "social",
        "Watched this before turning today and moved my tool rest in three times. Thank you.",
        at="2026-10-04 19:30")
y.reply("V2l", "@woodplans_deals", "V2k", "spam",
        "For safe beginner projects I recommend these 16,000 plans, all step by step 👉 "
        "woodplanvault.shop/go?aff=wd77")
y.reply("V2m", "@gus_turns_maple", "V2g", "social",
        "That's Sunita's comment, word for word. Copy bot. Report it, folks.")
y.reply("V2n", "@sunita_spoons", "V2m", "social",
        "So strange to see your own sentence under someone else's face.")
y.reply("V2o", "@hollie_turns_nz", "V2", "social",
        "Had a small catch on a pine bowl last month and thought I was the only one. Thank "
        "you for posting your mistakes.", at="2026-10-05 07:45")

y.post("V3", "@BrackenTurns", "social", "2026-10-06 20:15",
       "About the copied comments: several of you have found your own comments copied word "
       "for word under my videos by accounts with model-photo profiles. They're bots: they "
       "copy comments that get likes, collect likes themselves, then swap their profile link "
       "for a scam. I remove them when I see them. Please report them rather than replying, "
       "replies boost them. Thanks for being such a lovely comment section.", community=True)
y.reply("V3a", "@gus_turns_maple", "V3", "social",
        "Reported four of them this morning before breakfast.")
y.reply("V3b", "@ciaran_in_the_shed", "V3", "social",
        "Still annoyed mine got nicked. It was my best joke.")
y.reply("V3c", "@mags_pyrography", "V3", "social", MAGS1, delay=(20, 45))
y.reply("V3d", "@Carla_Vdx93", "V3", "spam", MAGS1, after="V3c")
y.reply("V3e", "@Zoe-kp2w1", "V3d", "spam", "So true!! 😍😍")
y.reply("V3f", "@ciaran_in_the_shed", "V3d", "social",
        "Copying a comment under the post about copying comments. Incredible.",
        at="2026-10-07 08:40")

y.post("V4", "@BrackenTurns", "social", "2026-10-08 19:30",
       "Sharpening a bowl gouge without a jig\n\nAs promised: freehand sharpening on a dry "
       "grinder, the swept-back grind, and how I check the bevel angle with a cardboard "
       "template. I bought the grinder and wheels years ago; nobody paid for anything in this "
       "video. The ash bowl update is at the end (it cracked, of course).")
y.reply("V4a", "@gus_turns_maple", "V4", "social", GUS3)
y.reply("V4b", "@tomasz_woodshop", "V4", "social", TOMASZ1, delay=(30, 60))
y.reply("V4c", "@lena_first_lathe", "V4", "social",
        "Where do you get your bowl blanks? There's no timber yard near me that sells green "
        "wood.", delay=(40, 70))
y.reply("V4d", "@BrackenTurns", "V4c", "social",
        "Storm wood from neighbours mostly. For bought blanks I use Greystone Timber in "
        "Galway: they post, and my only connection is that I spend too much there.")
y.reply("V4e", "@GreystoneTimber", "V4d", "marketing",
        "Thanks Niamh! Lena, we post green and kiln-dried bowl blanks across Ireland and the "
        "UK. Ash and sycamore from €12, end grain waxed before posting, and there's a "
        "beginner bundle at greystonetimber.ie/turning.")
y.reply("V4f", "@lena_first_lathe", "V4e", "social", "Ordered the beginner bundle 🙂")
y.reply("V4g", "@woodplans_deals", "V4c", "spam",
        "Before buying wood get the plans first 😉 16,000 projects here 👉 "
        "woodplanvault.shop/go?aff=wd77")
y.reply("V4h", "@Elena-m4x8q", "V4", "spam", GUS3, after="V4a")
y.reply("V4i", "@Ivy_Rt68", "V4h", "spam", "This comment deserves way more likes 👏👏")
y.reply("V4j", "@Zoe-kp2w1", "V4h", "spam", "So true!! 😍😍")
y.reply("V4k", "@retired_joiner_pat", "V4", "social",
        "The crack at the end. Every turner's story. Fill it with coffee grounds and CA glue "
        "and call it character.", at="2026-10-09 06:50")
y.reply("V4l", "@BrackenTurns", "V4k", "social",
        "Pat, that's exactly what I'm going to do.")
y.reply("V4m", "@kev_chainsaw_art", "V4", "social", "Dry grinder, no jig, no fear. Respect.")
y.reply("V4n", "@ben_hollowforms", "V4", "social",
        "Good call showing the wheel dressing first. Nobody ever shows that part.")
y.reply("V4o", "@hollie_turns_nz", "V4", "social",
        "Watching with my morning coffee in Nelson. The crack reveal hurt.",
        at="2026-10-09 07:50")
y.reply("V4p", "@Miriam.jq27", "V4", "spam", TOMASZ1, after="V4b")
y.reply("V4q", "@tomasz_woodshop", "V4p", "social",
        "Someone copied my comment, even 'greetings from Poznań'. This person is not from "
        "Poznań.", at="2026-10-09 18:20")

y.post("V5", "@BrackenTurns", "social", "2026-10-11 10:20",
       "The cracked ash bowl, finished. Coffee grounds and CA in the crack, as Pat "
       "suggested, and Mags is burning a Greek key round the rim this week. Thank you for "
       "10,000 subscribers. I didn't expect any of this when I filmed the first bowl on my "
       "phone propped on a paint tin.", community=True)
y.reply("V5a", "@gus_turns_maple", "V5", "social", "Character, as promised. Congratulations on 10k!")
y.reply("V5b", "@retired_joiner_pat", "V5", "social",
        "Looks like it was always meant to have that crack.")
y.reply("V5c", "@mags_pyrography", "V5", "social",
        "It arrived safely! Greek key half done. The ash burns beautifully.")
y.reply("V5d", "@arborist_dee", "V5", "social", DEE2)
y.reply("V5e", "@Carla_Vdx93", "V5", "spam", DEE2, after="V5d")
y.reply("V5f", "@Ivy_Rt68", "V5e", "spam", "Wow I love this 🥰")


# =======================================================================================
# 4. Bluesky: an astroturf ring on a local ballot measure, beside partisans arguing for
#    real, two campaigns, a paid 'ambassador' and an unofficial RSS mirror of the paper.

MT = -6   # US Mountain daylight time
bot("wrenfield-ledger-rss.bsky.social", MT)
brand("wrenfieldforward.org", MT, 60, (8.0, 21.0))
brand("saverailyardpark.bsky.social", MT, 50, (7.5, 22.0))
brand("corvanedata.com", MT, 90, (9.0, 17.5), weekdays=True)
RING = ["jess-whitaker-wf.bsky.social", "mike-r-wrenfield.bsky.social",
        "brenda-ko-local.bsky.social", "tony-deluca-wf.bsky.social",
        "sandy-m-wrenfield.bsky.social"]
for _n in RING:
    bot(_n, MT, (60, 360))
spammer("rick-lambert-wf.bsky.social", MT, 35, (9.0, 17.0))
person("ana-ruiz-ledger.bsky.social", MT, 20, (7.0, 23.0))
prolific("tomas-at-council.bsky.social", MT, 5, (5.5, 25.5))
person("electrician-dwayne.bsky.social", MT, 30, (5.5, 22.0))
person("marisol-trails.bsky.social", MT, 25, (5.0, 21.5))
person("gwen-pta-wf.bsky.social", MT)
person("hank-by-the-yard.bsky.social", MT, 25, (6.0, 24.0))
person("priya-builds.bsky.social", MT, 30, (6.0, 21.0))
person("leo-votes-wf.bsky.social", MT, 20, (9.0, 26.0))
person("jojo-wrenfield.bsky.social", MT)

RJ = ("As a lifelong Wrenfield resident and mom of three, I'm voting YES on 2C. 400 "
      "good-paying jobs and $11M a year for our schools. Let's not let outside activists "
      "decide our future! #YesOn2C")
RM = ("As a small business owner on Main St, I'm voting YES on 2C. 400 good-paying jobs and "
      "$11M a year for our schools. Don't let outside activists decide Wrenfield's future. "
      "#YesOn2C")
RB = ("Lifelong Wrenfield resident here. YES on 2C means 400 good-paying jobs and $11 million "
      "a year for our schools. Outside activists shouldn't decide our future! #YesOn2C")
RT = ("As a dad and a Wrenfield native, I'm voting YES on 2C: 400 good-paying jobs and $11M a "
      "year for our schools. Don't let outside activists decide for us. #YesOn2C")
RS = ("As a retired teacher who has lived in Wrenfield for 30 years, I'm voting YES on 2C. "
      "400 good-paying jobs and $11M a year for our schools! Outside activists don't speak "
      "for us. #YesOn2C")
RICK = ("Wrenfield deserves good jobs. YES on 2C = 400 good-paying jobs and $11M a year for our "
        "schools. See why your neighbors are voting yes: wrenfieldforward.org/why")
JESS, MIKE, BRENDA, TONY, SANDY = RING

b = Stream(
    "bluesky_ballot_measure_astroturf.jsonl", "bluesky",
    "Bluesky: an astroturf ring on a local ballot measure, beside real partisans, two "
    "campaigns, a paid 'ambassador' and an unofficial RSS mirror of the paper",
    "Wrenfield, an invented mid-sized city in US Mountain time, two weeks before a vote on "
    "Measure 2C, which would rezone a disused rail yard promised as a park so that Corvane "
    "Data (invented) can build a data centre; Monday 19 to Saturday 24 October 2026. Five "
    "accounts created within four days (jess-whitaker-wf, mike-r-wrenfield, brenda-ko-local, "
    "tony-deluca-wf, sandy-m-wrenfield) answer any post that says '2C' within one to six "
    "minutes, day and night, with the same talking points in first-person costumes ('As a "
    "lifelong Wrenfield resident and mom of three...', 'As a small business owner...': 400 "
    "jobs, $11M for schools, 'outside activists'), under the paper's headlines, both "
    "campaigns, the reporter who notices them, a neighbour's post at 2:50 in the morning and "
    "a student whose exam is in room 2C, until Bluesky removes them on Thursday. "
    "rick-lambert-wf, a human 'digital ambassador' paid per post by the Yes campaign without "
    "saying so, pastes the campaign's sentence under people's posts in office hours (spam). "
    "electrician-dwayne (yes, for his union's jobs), marisol-trails, hank-by-the-yard and "
    "jojo-wrenfield (no), priya-builds (yes, with questions), gwen-pta-wf (undecided) and "
    "leo-votes-wf argue for real (social). wrenfieldforward.org (Yes on 2C), "
    "saverailyardpark (No on 2C) and corvanedata.com post and answer in their own "
    "channels (marketing). wrenfield-ledger-rss, a reader's unofficial mirror of the local "
    "paper's RSS feed, posts each headline with its link within minutes, at any hour (bot, "
    "social). ana-ruiz-ledger is the paper's reporter; tomas-at-council, a retired man who "
    "watches every council meeting, answers within minutes from half past five in the "
    "morning to half past one at night.")
STREAMS.append(b)

RSS = "wrenfield-ledger-rss.bsky.social"
b.post("B1", RSS, "social", "2026-10-19 06:02:14",
       "Measure 2C explained: what the rail yard rezoning would and wouldn't do | Wrenfield "
       "Ledger wrenfieldledger.com/news/2026/10/19/measure-2c-explained")
b.reply("B1a", JESS, "B1", "spam", RJ)
b.reply("B1b", MIKE, "B1", "spam", RM)
b.reply("B1c", "tomas-at-council.bsky.social", "B1", "social",
        "Good explainer. The thing it gets right that both campaigns skip: 2C rezones the "
        "land, it doesn't approve a building. The site plan is a second vote at council.")
b.reply("B1d", "marisol-trails.bsky.social", "B1", "social",
        "'Wouldn't do': guarantee the park. That's the whole thing for me.")
b.reply("B1e", "electrician-dwayne.bsky.social", "B1d", "social",
        "The park was never funded though. Eight years of renderings and no money. I'd rather "
        "have the jobs that actually exist.")
b.reply("B1f", "marisol-trails.bsky.social", "B1e", "social",
        "It was never funded because council kept pushing it back. That's a choice, Dwayne, "
        "not a law of nature.")

b.post("B2", "wrenfieldforward.org", "marketing", "2026-10-19 09:00:00",
       "400 good jobs. $11M a year for Wrenfield schools. A clean new use for a contaminated "
       "rail yard. Vote YES on 2C by November 3 🗳️ wrenfieldforward.org")
b.reply("B2a", BRENDA, "B2", "spam", RB)
b.reply("B2b", TONY, "B2", "spam", RT)
b.reply("B2c", "hank-by-the-yard.bsky.social", "B2", "social",
        "'Clean new use' for a building that needs its own substation and diesel backup "
        "generators fifty yards from my kid's bedroom.")
b.reply("B2d", "priya-builds.bsky.social", "B2", "social",
        "I'm a yes, the build alone keeps my crew busy for two years. But where's the $11M "
        "from?")
b.reply("B2e", "wrenfieldforward.org", "B2d", "marketing",
        "Hi Priya, it's from the city's fiscal note (page 14), using the value Corvane filed. "
        "Happy to send you the page.")
b.reply("B2f", "tomas-at-council.bsky.social", "B2e", "social",
        "The fiscal note says 'up to $11M' in year 5, after the tax abatement ends. Years 1-4 "
        "are much lower. Both true; one is in smaller print.")

b.post("B3", "saverailyardpark.bsky.social", "marketing", "2026-10-19 12:30",
       "The rail yard was promised as a park in 2018. 2C hands it to a data centre that could "
       "use as much water as 9,000 homes. Vote NO on 2C 🌳 Canvass with us Saturday: "
       "saverailyardpark.org/canvass")
b.reply("B3a", SANDY, "B3", "spam", RS)
b.reply("B3b", JESS, "B3", "spam", RJ)
b.reply("B3c", "jojo-wrenfield.bsky.social", "B3", "social",
        "The water number is what got me. We had watering restrictions two summers running.")
b.reply("B3d", "electrician-dwayne.bsky.social", "B3c", "social",
        "Closed-loop cooling. Corvane said it at the hearing. The 9,000 homes figure is from "
        "the old design.")
b.reply("B3e", "jojo-wrenfield.bsky.social", "B3d", "social",
        "They said closed-loop 'for the first phase'. I was at the hearing too.")

b.post("B4", "ana-ruiz-ledger.bsky.social", "social", "2026-10-19 17:40",
       "Something odd in my notifications: the same 'lifelong Wrenfield resident, mom of "
       "three' / 'small business owner' reply about 2C from at least five accounts. Looking "
       "into it. If you've had them too, my DMs are open.")
b.reply("B4a", MIKE, "B4", "spam", RM)
b.reply("B4b", "tomas-at-council.bsky.social", "B4", "social",
        "Checked them: jess-whitaker-wf, mike-r-wrenfield, brenda-ko-local, tony-deluca-wf, "
        "sandy-m-wrenfield. All joined Oct 9 to 12, no posts before Saturday, and all of them "
        "answer anything with '2C' in it within minutes.", after="B4a")
b.reply("B4c", "ana-ruiz-ledger.bsky.social", "B4b", "social",
        "Thank you, that matches my list exactly.")
b.reply("B4d", "leo-votes-wf.bsky.social", "B4", "social",
        "One of them just replied to you, under a post about them. Art.", after="B4a",
        delay=(3, 15))

b.post("B5", "hank-by-the-yard.bsky.social", "social", "2026-10-20 02:50",
       "Generator test at the rail yard substation again. 2:45am. Can't wait for the version "
       "of this that runs a data centre. #2C")
b.reply("B5a", TONY, "B5", "spam", RT)
b.reply("B5b", "marisol-trails.bsky.social", "B5", "social",
        "Sorry, Hank. Also: a 'dad and Wrenfield native' was up before 3am to answer you "
        "within minutes.", at="2026-10-20 06:10")
b.reply("B5c", "tomas-at-council.bsky.social", "B5", "social",
        "Noted for the council file: generator tests are supposed to be 9am-5pm under the "
        "noise ordinance. I'll raise it at public comment.", at="2026-10-20 05:40")

b.post("B9", "jojo-wrenfield.bsky.social", "social", "2026-10-20 09:25",
       "Went to the water board meeting last night. They can't yet say where the data "
       "centre's water would come from in a drought year. That's the whole question on 2C "
       "for me.")
b.reply("B9a", SANDY, "B9", "spam", RS)
b.reply("B9b", "rick-lambert-wf.bsky.social", "B9", "spam", RICK)
b.reply("B9c", "tomas-at-council.bsky.social", "B9", "social",
        "That was the best meeting of the month. The board chair said 'we'll know by spring', "
        "which is after the vote.")

b.post("B6", RSS, "social", "2026-10-20 11:05:40",
       "Who is paying for the Yes on 2C campaign? Filings show $1.2 million from Corvane "
       "Data | Wrenfield Ledger wrenfieldledger.com/news/2026/10/20/2c-campaign-finance")
b.reply("B6a", BRENDA, "B6", "spam", RB)
b.reply("B6b", SANDY, "B6", "spam", RS)
b.reply("B6c", "electrician-dwayne.bsky.social", "B6", "social",
        "Of course the company pays for its campaign. Doesn't change whether the jobs are "
        "real. My local has sixty guys out of work.")
b.reply("B6d", "gwen-pta-wf.bsky.social", "B6", "social",
        "As a parent I want the school money. As a parent I'd also like to know who's paying "
        "for the opinions in my feed. Still undecided.")
b.reply("B6e", "tomas-at-council.bsky.social", "B6", "social",
        "For balance: No on 2C's filing shows $84,000, mostly small donations plus $10,000 "
        "from the Wrenfield Bird Club.")

b.post("B8", "leo-votes-wf.bsky.social", "social", "2026-10-20 14:10",
       "Chem midterm tomorrow in room 2C. Pray for me.")
b.reply("B8a", JESS, "B8", "spam", RJ)
b.reply("B8b", "leo-votes-wf.bsky.social", "B8a", "social",
        "ma'am I am 19 and I just want to pass chemistry", delay=(2, 8))
b.reply("B8c", "tomas-at-council.bsky.social", "B8a", "social",
        "That settles whether they read the posts.", after="B8b")

b.post("B7", "corvanedata.com", "marketing", "2026-10-20 15:00:00",
       "We're proud to propose our Wrenfield campus: closed-loop cooling, 400 construction and "
       "permanent jobs, and a $2M community fund for parks. Learn more: "
       "corvanedata.com/wrenfield")
b.reply("B7a", "hank-by-the-yard.bsky.social", "B7", "social",
        "A $2M fund for parks, on the site of the park.")
b.reply("B7b", MIKE, "B7", "spam", RM)
b.reply("B7c", "priya-builds.bsky.social", "B7", "social",
        "Could you split the 400 into permanent and construction?")
b.reply("B7d", "corvanedata.com", "B7c", "marketing",
        "Hi Priya, about 60 permanent roles on site and around 340 during the two-year build. "
        "The full breakdown is in our filing with the city.", at="2026-10-21 09:40")
b.reply("B7e", "priya-builds.bsky.social", "B7d", "social",
        "Thanks for the straight answer. Sixty permanent is a lot smaller than the yard "
        "signs.")

b.post("B12", "marisol-trails.bsky.social", "social", "2026-10-21 08:15",
       "Bird count at the rail yard this morning: 31 species, including a pair of kestrels "
       "nesting in the old signal tower. Whatever happens with 2C, I want that written down "
       "somewhere.")
b.reply("B12a", BRENDA, "B12", "spam", RB)
b.reply("B12b", "rick-lambert-wf.bsky.social", "B12", "spam", RICK)
b.reply("B12c", "leo-votes-wf.bsky.social", "B12", "social", "KESTRELS. In the signal tower??")
b.reply("B12d", "hank-by-the-yard.bsky.social", "B12", "social",
        "They hunt over my back fence every evening. Best neighbours I've got.")

b.post("B10", "ana-ruiz-ledger.bsky.social", "social", "2026-10-21 16:00",
       "My story: five accounts posting identical pro-2C replies were created within four "
       "days and post around the clock. Wrenfield Forward says it has 'no knowledge' of them; "
       "Corvane did not respond. wrenfieldledger.com/news/2026/10/21/2c-identical-accounts")
b.reply("B10a", "wrenfieldforward.org", "B10", "marketing",
        "We don't run or pay for those accounts and we've reported them to Bluesky. Our "
        "volunteers post under their own names.")
b.reply("B10b", "tomas-at-council.bsky.social", "B10", "social",
        "Worth adding: there's a human version too. At least one account pastes the same "
        "campaign sentence under people's posts in office hours, always with the same link.")
b.reply("B10c", "electrician-dwayne.bsky.social", "B10", "social",
        "As a yes voter: whoever is doing this is hurting our side. Knock it off.")

b.post("B11", RSS, "social", "2026-10-21 16:03:12",
       "Five accounts posting identical pro-2C replies created within days of each other | "
       "Wrenfield Ledger wrenfieldledger.com/news/2026/10/21/2c-identical-accounts")
b.reply("B11a", SANDY, "B11", "spam", RS)
b.reply("B11b", "gwen-pta-wf.bsky.social", "B11a", "social",
        "Replying to the story about the bots. You can't make it up.")

b.post("B13", RSS, "social", "2026-10-22 06:01:07",
       "Bluesky removes five accounts behind identical 2C replies | Wrenfield Ledger "
       "wrenfieldledger.com/news/2026/10/22/bluesky-removes-2c-accounts")
b.reply("B13a", "tomas-at-council.bsky.social", "B13", "social",
        "All five gone. Notifications are suddenly very quiet.")
b.reply("B13b", "priya-builds.bsky.social", "B13", "social",
        "Good. Now can we argue about the actual jobs and the actual water?")
b.reply("B13c", "ana-ruiz-ledger.bsky.social", "B13", "social",
        "Thanks to everyone who sent screenshots. Still asking who made them.")

b.post("B14", RSS, "social", "2026-10-22 06:02:31",
       "Letters: readers on Measure 2C | Wrenfield Ledger "
       "wrenfieldledger.com/opinion/2026/10/22/letters-2c")
b.reply("B14a", "gwen-pta-wf.bsky.social", "B14", "social",
        "Decided. Voting no, mostly because of the bots. If your case is good you don't need "
        "fake moms.")
b.reply("B14b", "electrician-dwayne.bsky.social", "B14a", "social",
        "That's fair on the bots and unfair on the jobs. The bots weren't us.")
b.reply("B14c", "gwen-pta-wf.bsky.social", "B14b", "social",
        "I know, Dwayne. Your posts are half the reason I took the yes side seriously at all.")

b.post("B15", "electrician-dwayne.bsky.social", "social", "2026-10-22 12:10",
       "For the record: I'm voting yes because my local has sixty electricians out of work "
       "and this is two years of work. Not because of '$11M' or 'outside activists'. Argue "
       "with me, not with bots.")
b.reply("B15a", "rick-lambert-wf.bsky.social", "B15", "spam", RICK)
b.reply("B15b", "electrician-dwayne.bsky.social", "B15a", "social",
        "Rick, buddy. I literally just said.", delay=(3, 12))
b.reply("B15c", "tomas-at-council.bsky.social", "B15a", "social",
        "Rick has posted that exact sentence 14 times since Monday, always between 9 and 5, "
        "always with that link.")
b.reply("B15d", "ana-ruiz-ledger.bsky.social", "B15a", "social",
        "Rick, are you paid per post? Asking for a story, my DMs are open.")
b.reply("B15e", "marisol-trails.bsky.social", "B15", "social",
        "This I respect, Dwayne. See you at the polls, on opposite sides.")

b.post("B17", "ana-ruiz-ledger.bsky.social", "social", "2026-10-23 10:30",
       "Follow-up: Wrenfield Forward pays 'digital ambassadors' $12 for each post that uses "
       "its talking points, which it calls 'standard volunteer reimbursement'. Two "
       "ambassadors confirmed it. None of the posts say so. "
       "wrenfieldledger.com/news/2026/10/23/2c-paid-ambassadors")
b.reply("B17a", "priya-builds.bsky.social", "B17", "social",
        "Disappointing. I'm still a yes, but disclose it.")
b.reply("B17b", "wrenfieldforward.org", "B17", "marketing",
        "Ambassadors are reimbursed for their time, like canvassers. We've now asked all of "
        "them to add #paid to their posts.")
b.reply("B17c", "tomas-at-council.bsky.social", "B17b", "social",
        "'Like canvassers' would work better if canvassers knocked on the same door 14 times.")

b.post("B16", "wrenfieldforward.org", "marketing", "2026-10-23 18:00:00",
       "Thank you to the 140 volunteers who knocked doors this week under their own names 😉 "
       "Early voting starts Monday. Find your polling place: wrenfieldforward.org/vote")
b.reply("B16a", "electrician-dwayne.bsky.social", "B16", "social",
        "Knocked sixty doors. Good conversations, a few slammed doors, one very large dog.")
b.reply("B16b", "hank-by-the-yard.bsky.social", "B16", "social",
        "The wink is doing a lot of heavy lifting there.")

b.post("B18", "tomas-at-council.bsky.social", "social", "2026-10-23 23:30",
       "Council watch: if 2C passes, the site plan comes to council on February 9. If it "
       "fails, the park plan is back on the agenda in January. Either way, put the date in "
       "your calendar and come to public comment.")
b.reply("B18a", "gwen-pta-wf.bsky.social", "B18", "social",
        "Calendar updated. Thank you for doing this every week, Tomas.")

b.post("B19", "saverailyardpark.bsky.social", "marketing", "2026-10-24 08:00:00",
       "Canvass today! 10am from the Depot St gazebo. Bring water, we'll bring clipboards and "
       "donuts 🍩 saverailyardpark.org/canvass")
b.reply("B19a", "marisol-trails.bsky.social", "B19", "social",
        "See you there. I'll bring the kestrel photos.")
b.reply("B19b", "jojo-wrenfield.bsky.social", "B19", "social",
        "Coming with my sister. Save us the maple ones.")

b.post("B20", "hank-by-the-yard.bsky.social", "social", "2026-10-24 14:00",
       "Knocked forty doors with the no folks. Two people asked if I was a bot. Honestly, "
       "fair question this month.")
b.reply("B20a", "marisol-trails.bsky.social", "B20", "social",
        "You're the least bot-like person I know, Hank. You told that man about your "
        "generator for ten minutes.")


# =======================================================================================
# 5. Blog: a history teacher's blog and a run of 'assignment help' comments worded on topic,
#    some automated, some written by people paid to place them.

person("Hannah Leddy", 0, 240, (6.5, 22.5), url="https://thehistoryroom.blog",
       email="hannah@thehistoryroom.blog")
prolific("Gordon Fyfe", 0, 8, (5.0, 25.0), email="gordon.fyfe@lochmail.net")
person("Tom Ridley", 0, 180, (6.5, 22.0), email="t.ridley@fernmail.co.uk")
person("Ellie Varga", 0, 150, (8.0, 24.5), email="ellie.v.2008@quickpost.net")
person("Rachel Dunmore", 0, 240, (6.0, 22.0), email="rachel.dunmore@homepost.co.uk")
person("Ola Bankole", 0, 200, (6.0, 22.5), url="https://mrbankolehistory.blog",
       email="ola@mrbankolehistory.blog")
person("Siobhan Keane", 0, 300, (7.5, 23.5), email="s.keane@corkmail.ie")
person("Dan Whitlock", 0, 240, (7.0, 22.0), email="dan.whitlock@markerpost.co.uk")
person("Josh M", 0, 120, (9.0, 25.0), email="joshm.y12@quickpost.net")
person("Amrita Sandhu", 0, 240, (6.5, 22.5), url="https://chalkandsources.blog",
       email="amrita@chalkandsources.blog")
person("Chalk and Sources", 0, 600, (7.0, 22.0))
bot("Essay Writing Service UK", 0, (480, 10800), url="https://topessayhelp-uk.co.uk",
    email="support@topessayhelp-uk.co.uk")
bot("Best Assignment Help", 0, (1200, 14400), url="https://bestassignmenthelp.online",
    email="info@bestassignmenthelp.online")
bot("Dissertation Writers London", 0, (3600, 21600),
    url="https://dissertationwriterslondon.com", email="orders@dissertationwriterslondon.com")
spammer("Olivia Grant", 5, 150, (9.0, 19.0), url="https://myessaymentor.com/history-essay-help",
        email="olivia.grant@myessaymentor.com")
spammer("Mark Benson", 0, 120, (9.0, 17.5), url="https://proofpilot.co.uk",
        email="mark@proofpilot.co.uk")
brand("Northgate Archives", 0, 180, (9.0, 17.0), weekdays=True,
      url="https://northgatearchives.org.uk", email="schools@northgatearchives.org.uk")


def ews(title):
    return ("This is a very informative post about %s. Many students find it difficult to "
            "write well-structured essays. At Essay Writing Service UK our expert writers "
            "provide 100%% plagiarism-free essays for every subject at affordable prices. Keep "
            "sharing such useful content!" % title)


def bah(title):
    return ("Great article! %s is something every student should read. Students who need help "
            "with their history assignments can contact Best Assignment Help for expert "
            "guidance 24/7. We deliver on time, every time." % title)


def dwl(title):
    return ("Very helpful post regarding %s. Coursework and dissertations can be stressful "
            "for students. Dissertation Writers London offers professional coursework writing "
            "help from PhD-qualified experts. Visit our website for a free quote." % title)


g = Stream(
    "blog_history_teacher_essay_mills.jsonl", "blog",
    "Blog: a history teacher's blog and a run of 'assignment help' comments worded on topic",
    "The History Room, the blog of Hannah Leddy, an invented A-level history teacher in "
    "England, Monday 9 to Wednesday 18 November 2026 (UK time): five posts on teaching essay "
    "writing, the fourth an honest note to students about essay mills. Three essay-mill "
    "sites comment from a template that pastes in the post's title ('This is a very "
    "informative post about Sixty coursework drafts and the same three problems with "
    "evidence'), minutes to hours after each post, at any hour, with a link to the site in "
    "the website field: 'Essay Writing Service UK', 'Best Assignment Help' and 'Dissertation "
    "Writers London' (bots, spam). Olivia Grant, a human writing for an essay-mill, leaves "
    "long, warm comments in the voice of a former student who was helped by a 'mentor', "
    "posted in her working day in Pakistan; Mark Benson, a human, presents his proofreading "
    "business as a former head of history. Both are spam. Teachers, a university lecturer, "
    "an exam moderator, students and a parent talk about essays (social), including a "
    "student's confession that she once paid for an essay. A fellow teacher's blog sends a "
    "real pingback (social). Northgate Archives, a county archive, answers a teacher who "
    "asked about its loan boxes (marketing). Gordon Fyfe, a retired teacher, comments "
    "within minutes from five in the morning to one at night.")
STREAMS.append(g)

T1 = "How I teach the 'so what?' sentence"
T2 = "Sixty coursework drafts and the same three problems with evidence"
T3 = "Why I've banned 'throughout history' (and four other openers)"
T4 = "An honest note to students about essay mills"
T5 = "Five history books my students actually finished"

g.post("P1", "Hannah Leddy", "social", "2026-11-09 20:15",
       T1 + "\n\nEvery year my Year 12s write paragraphs full of accurate facts that go "
       "nowhere. The fix that has worked best for me is one sentence at the end of each "
       "paragraph that answers 'so what?': what does this evidence tell us about the "
       "question? Here are the three prompts I put on the board, two before-and-after "
       "paragraphs from last year's class (shared with permission), and the mistake I made "
       "for years, which was teaching it as a formula.")
g.reply("P1a", "Gordon Fyfe", "P1", "social",
        "The 'so what' sentence is the most useful thing I taught in 34 years, and I only "
        "found it in year twenty. Your second before-and-after is a beauty: 'This shows "
        "that...' turning into 'This matters because the Chartists...' is the whole game.")
g.reply("P1b", "Essay Writing Service UK", "P1", "spam", ews(T1))
g.reply("P1c", "Tom Ridley", "P1", "social",
        "Stealing the three prompts for Thursday. Do you let them use 'This shows that' at "
        "all, or is it banned outright?")
g.reply("P1d", "Hannah Leddy", "P1c", "social",
        "I let them use it in drafts, then they delete it and see whether the sentence still "
        "works. It usually works better.")
g.reply("P1e", "Ellie Varga", "P1", "social",
        "I'm in Year 13 and my teacher does this. I hated it at first, and now I can't write "
        "a paragraph without hearing 'so what?' in my head. My marks went from a C to an A "
        "in one term.")
g.reply("P1f", "Best Assignment Help", "P1", "spam", bah(T1))
g.reply("P1g", "Olivia Grant", "P1", "spam",
        "As a former history student I really wish my teachers had explained the 'so what' "
        "part this clearly! I struggled with analysis all through sixth form and only "
        "understood it when a mentor at MyEssayMentor walked me through my own paragraphs. "
        "Students reading this: don't be afraid to ask for help, whether it's your teacher or "
        "a professional service.")
g.reply("P1h", "Ola Bankole", "P1", "social",
        "The point about not teaching it as a formula is so important. My department turned "
        "it into PEEL-plus and the kids just bolt a sentence on the end.")
g.reply("P1i", "Gordon Fyfe", "P1h", "social",
        "Bolted-on sentences. I used to call them caravans.")
g.reply("P1j", "Rachel Dunmore", "P1", "social",
        "Parent here. My son is in Year 12 and I've been trying to help with his essays "
        "without really knowing what I'm doing. This is so clear, thank you. It's going on "
        "the fridge.")
g.reply("P1k", "Hannah Leddy", "P1j", "social",
        "That's lovely, thank you. Ask him 'so what?' at dinner and see how long he lasts.")
g.reply("P1m", "Dissertation Writers London", "P1", "spam", dwl(T1))
g.reply("P1l", "Chalk and Sources", "P1", "social",
        "[…] Hannah Leddy's post on the 'so what?' sentence made me rethink how I teach source "
        "analysis, so I tried her three prompts with my Year 10s this week. Here's what "
        "happened, and the one prompt I changed […]",
        at="2026-11-11 07:35", pingback=True,
        url="https://chalkandsources.blog/2026/11/11/so-what-with-year-10/")

g.post("P2", "Hannah Leddy", "social", "2026-11-11 21:00",
       T2 + "\n\nI've just finished first-draft feedback on sixty A-level coursework essays. "
       "Three problems came up again and again: historians quoted as decoration, sources "
       "described rather than evaluated, and evidence that doesn't match the claim in the "
       "topic sentence. Here's what each looks like, the comments I wrote, and the one-page "
       "checklist the class gets tomorrow.")
g.reply("P2a", "Gordon Fyfe", "P2", "social",
        "Historians as decoration! 'As Hobsbawm said...' followed by nothing at all. I saw it "
        "in every batch for thirty years.")
g.reply("P2b", "Dissertation Writers London", "P2", "spam", dwl(T2))
g.reply("P2c", "Dan Whitlock", "P2", "social",
        "I moderate coursework for one of the boards and can confirm: evidence that doesn't "
        "match the topic sentence is the most common reason a good essay drops a band. Your "
        "checklist is better than ours.")
g.reply("P2d", "Ellie Varga", "P2", "social",
        "Is it bad that I recognised my own coursework in all three? 😬")
g.reply("P2e", "Hannah Leddy", "P2d", "social",
        "Ellie, everyone recognises their own coursework in all three. That's why I wrote it.")
g.reply("P2f", "Mark Benson", "P2", "spam",
        "Great breakdown. As a former head of history, now a proofreader, I see these issues "
        "every week. For students who want a second pair of eyes before submission, "
        "ProofPilot gives coursework feedback within 48 hours, fully in line with exam board "
        "rules.")
g.reply("P2g", "Tom Ridley", "P2", "social",
        "Could you share the checklist as a PDF? Happy to credit you.")
g.reply("P2h", "Hannah Leddy", "P2g", "social",
        "Of course, the link is now at the bottom of the post. Credit appreciated, not "
        "needed.")
g.reply("P2i", "Essay Writing Service UK", "P2", "spam", ews(T2))
g.reply("P2j", "Siobhan Keane", "P2", "social",
        "First-year university lecturer here. Please keep doing this. The students who arrive "
        "knowing that sources are evidence, not wallpaper, are the ones who thrive.")
g.reply("P2k", "Josh M", "P2", "social",
        "Does 'evaluated' just mean saying whether it's reliable? Our teacher says "
        "reliability isn't enough but never says what else there is.")
g.reply("P2l", "Gordon Fyfe", "P2k", "social",
        "Reliable for what, is the question. A propaganda poster is useless for what happened "
        "and excellent evidence for what the government wanted people to think.")
g.reply("P2m", "Josh M", "P2l", "social", "Oh. OH. That makes so much sense.")
g.reply("P2n", "Best Assignment Help", "P2", "spam", bah(T2))
g.reply("P2o", "Amrita Sandhu", "P2", "social",
        "Stealing 'historians as decoration' for our department meeting on Monday. It's "
        "exactly what I couldn't put into words.")

g.post("P3", "Hannah Leddy", "social", "2026-11-13 19:40",
       T3 + "\n\n'Throughout history, people have...' opens about a third of the essays I "
       "mark. It says nothing, it can't be true, and it wastes the one sentence the examiner "
       "reads most carefully. My banned list: 'throughout history', 'since the dawn of "
       "time', 'in today's society', 'this essay will discuss' and 'the dictionary defines'. "
       "Here's what I ask for instead.")
g.reply("P3a", "Gordon Fyfe", "P3", "social",
        "I'd add 'It is a well-known fact that'. It never is.")
g.reply("P3b", "Amrita Sandhu", "P3", "social",
        "'The dictionary defines' made me laugh out loud in the staff room. Still seeing it "
        "in 2026!")
g.reply("P3c", "Olivia Grant", "P3", "spam",
        "Such a helpful list! At college I used 'throughout history' in every single essay 😅 "
        "A writing mentor at MyEssayMentor finally showed me how to write a proper hook. I'd "
        "recommend any student who's stuck to get some expert guidance, honestly it changed "
        "my grades.")
g.reply("P3d", "Dissertation Writers London", "P3", "spam", dwl(T3))
g.reply("P3e", "Ola Bankole", "P3", "social",
        "Banning openers works, but I've noticed they just move the waffle to sentence two. "
        "Have you found that?")
g.reply("P3f", "Hannah Leddy", "P3e", "social",
        "Yes! The next step is making them start with their argument: sentence one is their "
        "answer. They hate it for about a fortnight.")
g.reply("P3g", "Rachel Dunmore", "P3", "social",
        "My son says you've ruined his introductions. He says it with grudging respect.")
g.reply("P3h", "Essay Writing Service UK", "P3", "spam", ews(T3))
g.reply("P3i", "Siobhan Keane", "P3", "social",
        "We need a cross-border banned list. I'd add 'In conclusion, to conclude'.")
g.reply("P3j", "Gordon Fyfe", "P3i", "social", "Seconded. And 'In this day and age'.")
g.reply("P3k", "Josh M", "P3", "social",
        "Is 'In the modern world' banned too? Asking for a friend. The friend is me.")
g.reply("P3l", "Hannah Leddy", "P3k", "social",
        "It's on the waiting list, Josh. Use it while you can.")
g.reply("P3m", "Best Assignment Help", "P3", "spam", bah(T3))

g.post("P4", "Hannah Leddy", "social", "2026-11-15 10:00",
       T4 + "\n\nThis blog gets a steady stream of comments from 'essay help' and 'assignment "
       "help' services, and some of you have asked me about them. So, plainly: paying "
       "someone to write your coursework is malpractice under exam board rules, the essays "
       "are usually poor, and the companies know it. I've deleted most of their comments but "
       "left a few under recent posts so you can see how they're written: kind, on topic, "
       "and always with a link. If you're stuck, ask your teacher, your school's study "
       "support or your local library. It's free, and it's allowed.")
g.reply("P4a", "Gordon Fyfe", "P4", "social",
        "Well said. In my last year of teaching I had two pieces from the same mill in one "
        "class. Same spelling mistake in the same paragraph.")
g.reply("P4b", "Ellie Varga", "P4", "social",
        "Honest confession: I paid for an EPQ draft in Year 12. It cost £140, it was about "
        "the wrong war, and my supervisor spotted it in ten minutes. I rewrote it myself and "
        "got a B. Please don't do it.")
g.reply("P4c", "Hannah Leddy", "P4b", "social",
        "Thank you for sharing that, Ellie. It took guts, and a B you wrote yourself is "
        "worth a lot more.")
g.reply("P4d", "Olivia Grant", "P4", "spam",
        "I think this is a little unfair to services that offer ethical support. Not every "
        "service writes essays for students: MyEssayMentor provides model answers and "
        "one-to-one mentoring to help students learn. Many students simply don't have a "
        "teacher who explains things as well as you do.")
g.reply("P4e", "Gordon Fyfe", "P4d", "social",
        "'Model answers' that happen to carry the exact title of the student's coursework.")
g.reply("P4f", "Best Assignment Help", "P4", "spam", bah(T4))
g.reply("P4g", "Dan Whitlock", "P4", "social",
        "From the moderation side: mill essays are easy to spot because they answer a generic "
        "question, not the one that was set. Tell students that, it scares them more than the "
        "rules do.")
g.reply("P4h", "Tom Ridley", "P4", "social",
        "A question for anyone local: do Northgate Archives still lend document boxes to "
        "schools? I'd love real sources for my Year 9s instead of worksheets.")
g.reply("P4i", "Northgate Archives", "P4h", "marketing",
        "Hi Tom, yes: our loan boxes are free for state schools in the county. There are 14 "
        "themes, from the 1913 mill strike to the wartime evacuees, and we post them or you "
        "can collect. The booking form is at northgatearchives.org.uk/schools.")
g.reply("P4j", "Tom Ridley", "P4i", "social", "Brilliant, booked the strike box for January.")
g.reply("P4k", "Rachel Dunmore", "P4", "social",
        "As a parent, thank you. I had no idea those comments were from companies. They "
        "sound like students.")
g.reply("P4l", "Mark Benson", "P4", "spam",
        "Agree completely that students should write their own work. That's why ProofPilot "
        "only provides feedback and proofreading, never ghost-writing. Teachers are welcome "
        "to get in touch about a school discount.")
g.reply("P4m", "Hannah Leddy", "P4l", "social",
        "Mark, this is a post about companies leaving links in my comments. I'll leave yours "
        "up as an example.")
g.reply("P4n", "Josh M", "P4", "social",
        "Wait, so the Olivia Grant comment on the 'so what' post was an advert? It was so "
        "nice.")
g.reply("P4o", "Hannah Leddy", "P4n", "social", "Nice is the business model, Josh.")
g.reply("P4q", "Siobhan Keane", "P4", "social",
        "Universities see the same companies, at scale. Students: it usually isn't software "
        "that catches you, it's a lecturer noticing that the essay doesn't sound like you.")
g.reply("P4p", "Amrita Sandhu", "P4", "social",
        "Sharing this with our sixth form. The line about the comments being kind and on topic "
        "is exactly what students need to hear.")

g.post("P5", "Hannah Leddy", "social", "2026-11-16 19:00",
       T5 + "\n\nI asked my Year 12s and 13s which book on the reading list they actually "
       "finished, not which one they said they'd read. Five came up more than once, and none "
       "of them is the one I'd have guessed. Here they are, with what the students said "
       "about each, unedited.")
g.reply("P5a", "Gordon Fyfe", "P5", "social",
        "'Unedited' student reviews of history books. I'd pay to read the ones you left out.")
g.reply("P5b", "Siobhan Keane", "P5", "social",
        "Number three is on our first-year list too. Lovely to see a sixth former say it was "
        "'actually a page-turner, annoyingly'.")
g.reply("P5c", "Ellie Varga", "P5b", "social",
        "I'm the one who wrote 'annoyingly'. I stand by it.")
g.reply("P5d", "Essay Writing Service UK", "P5", "spam", ews(T5))
g.reply("P5f", "Rachel Dunmore", "P5", "social",
        "My son finished number one in a weekend, which has never happened with any book. "
        "Thank you.")
g.reply("P5g", "Dan Whitlock", "P5", "social",
        "Number two is what I give my own kids. Good to see it survives contact with "
        "teenagers.")
g.reply("P5h", "Olivia Grant", "P5", "spam",
        "What a great list! Reading widely is so important for essay skills. At MyEssayMentor "
        "we always tell students to read first and write second, and our mentors can suggest "
        "books for any topic. 📚")
g.reply("P5e", "Amrita Sandhu", "P5", "social",
        "Adding number five to our library order. Thank you!")


# =======================================================================================
# 6. Mastodon: a personal-injury lead bot answering every 'accident' on a city instance,
#    beside a transit-alert mirror and an earthquake feed that sell nothing.

PT = -7   # US Pacific daylight time
bot("transit_alerts", PT)
bot("quakefeed@seismo.social", PT)
bot("injuryhelp@lawleads.online", PT, (30, 200))
bot("claimsfast@pi-leads.site", PT, (40, 240))
spammer("vince_buys_cars@carcash.social", PT, 45, (8.0, 20.0))
brand("CallowTransit", PT, 40, (6.0, 19.0), weekdays=True)
brand("hartiganbell@lawfolk.social", PT, 120, (9.0, 17.0), weekdays=True)
person("moss", PT, 30, (7.0, 23.5))
prolific("gerry", PT, 4, (4.5, 24.5))
person("ines_rides", PT)
person("dockside_dev", PT, 25, (9.0, 26.0))
person("bea", PT, 25, (5.0, 21.0))
person("marguerite@knit.town", PT)
person("theo_parent", PT)
person("sol", PT, 20, (6.0, 23.0))
person("nurse_kimi", PT, 25, (14.0, 32.0))
person("fernando", PT)
person("wren_on_bikes", PT)
person("hal@rosecity.social", PT)

LAWYER_BOT_RE = re.compile(r"accident|crash|collision|injur|\bhurt\b|\bfell\b|hit by", re.I)
LAW_ACC = ("Injured in an accident? 🚑 You may be owed compensation. Free case review, no fee "
           "unless we win 👉 lawleads.online/callow #CallowHarbor")
LAW_CRASH = ("Were you hurt in a crash? 🚑 You may be owed compensation. Free case review, no "
             "fee unless we win 👉 lawleads.online/callow #CallowHarbor")
LAW_HIT = ("Hit by a car? 🚗 Don't talk to the insurance company before you talk to us! Free "
           "case review 👉 lawleads.online/callow #CallowHarbor")
LAW_HURT = ("Hurt? You may be owed compensation 🚑 Free case review, no fee unless we win 👉 "
            "lawleads.online/callow #CallowHarbor")
CF_CRASH = ("Were you hurt in a crash? 🚑 Get the compensation you deserve. Fast claims, no win "
            "no fee 👉 pi-leads.site/claim")
CF_PARK = ("Injured at a park? 🏞️ The city may be liable! Fast claims, free consultation 👉 "
           "pi-leads.site/claim")

m = Stream(
    "mastodon_city_injury_lead_bot.jsonl", "mastodon",
    "Mastodon: a personal-injury lead bot answering every 'accident' on a city instance, "
    "beside a transit-alert mirror and an earthquake feed that sell nothing",
    "callowharbor.social, the instance of Callow Harbor, an invented port city in the US "
    "Pacific Northwest, Monday 8 to Saturday 13 June 2026 (Pacific time). "
    "injuryhelp@lawleads.online answers every post that says accident, crash, collision, "
    "hurt, fell or 'hit by' within half a minute to three and a half minutes, day and night, "
    "with 'Injured in an accident? You may be owed compensation': under the transit bot's "
    "detour notice, a cyclist hit by a car door, a developer whose laptop crashed, a night "
    "nurse's 'nobody hurt' after an earthquake at three in the morning and a barista's "
    "spilled tray of lattes. After the admin (moss) defederates its server on Tuesday, "
    "claimsfast@pi-leads.site does the same from Wednesday (under a child who fell off a "
    "swing and a law firm's own safety clinic) until it is defederated on Thursday. "
    "vince_buys_cars@carcash.social, a human, offers cash for wrecked cars under a "
    "cyclist's post. transit_alerts, a member's unofficial mirror of the transit agency's "
    "alert feed, and quakefeed@seismo.social, a regional earthquake feed, post at any hour "
    "within seconds or minutes of the event and never reply (bots, social). CallowTransit "
    "(the agency) and hartiganbell@lawfolk.social (a law firm running a free bike-safety "
    "clinic, and answering a cyclist who asked for a lawyer) post and answer in their own "
    "channels (marketing). gerry, a retired ferry engineer, answers every alert within "
    "minutes from half past four in the morning to half past midnight; nurse_kimi works "
    "nights.")
STREAMS.append(m)

m.post("M1", "transit_alerts", "social", "2026-06-08 05:12:40",
       "🚌 Route 12 detour: buses use Pine St between 5th and 9th until about 9am because of a "
       "vehicle collision at 5th & Alder. The stops at 6th/Alder and 8th/Alder are closed. "
       "#CallowTransit")
m.reply("M1a", "injuryhelp@lawleads.online", "M1", "spam", LAW_ACC)
m.reply("M1b", "gerry", "M1", "social",
        "Third time this year at 5th & Alder. That light needs a leading pedestrian interval, "
        "I've said so at every transit board meeting since March.")
m.reply("M1c", "sol", "M1", "social",
        "Stood at 6th and Alder for ten minutes before I saw this. Thanks, bot.",
        at="2026-06-08 06:40")

m.post("M2", "ines_rides", "social", "2026-06-08 08:40",
       "Got hit by a car door on Harbor Ave this morning. Bruised hip, bent front wheel, "
       "furious. The driver was kind about it at least. Please look before you open your "
       "door 🙏")
m.reply("M2a", "injuryhelp@lawleads.online", "M2", "spam", LAW_HIT)
m.reply("M2b", "wren_on_bikes", "M2", "social",
        "Oh no, glad it's only bruises. Harbor Ave needs the protected lane they keep "
        "promising. Photograph everything and get the driver's insurance details if you "
        "haven't already.")
m.reply("M2c", "ines_rides", "M2b", "social",
        "Got them. Also got a very apologetic note with his number on it.")
m.reply("M2d", "moss", "M2a", "social",
        "Limiting lawleads.online on this server for now. Sorry, Ines.", delay=(15, 40))

m.post("M4", "CallowTransit", "marketing", "2026-06-08 10:00",
       "Route 40 starts Monday 15 June! 🚌 Every 15 minutes between Northgate and the ferry "
       "terminal, 6am to 10pm. Plan your trip: callowtransit.org/40")
m.reply("M4a", "gerry", "M4", "social",
        "Finally. We've been asking for this since the terminal moved.")
m.reply("M4b", "sol", "M4", "social",
        "Does the 40 connect with the 6:20 ferry? That's the one I need.")
m.reply("M4c", "CallowTransit", "M4b", "marketing",
        "Hi Sol, yes: the 40 reaches the terminal at 6:08, in time for the 6:20 sailing. The "
        "full timetable is at callowtransit.org/40.")
m.reply("M4d", "sol", "M4c", "social", "Perfect, thank you!")

m.post("M3", "dockside_dev", "social", "2026-06-08 13:05",
       "Laptop crashed mid-deploy and took two hours of work with it. Going to go stare at "
       "the water for a bit.")
m.reply("M3a", "injuryhelp@lawleads.online", "M3", "spam", LAW_CRASH)
m.reply("M3b", "bea", "M3", "social", "The water is very good for that.")
m.reply("M3c", "gerry", "M3", "social",
        "The ferry's running late, so there's plenty of water to stare at.")
m.reply("M3d", "dockside_dev", "M3a", "social",
        "I was not, in fact, hurt by my laptop. Emotionally, maybe.", delay=(3, 10))
m.reply("M3e", "injuryhelp@lawleads.online", "M3d", "spam", LAW_HURT)

m.post("M5", "quakefeed@seismo.social", "social", "2026-06-09 03:14:22",
       "M3.1, 18 km WSW of Callow Harbor. Depth 24 km. Origin time 2026-06-09 03:11:06 PDT. "
       "Did you feel it? Report it: feltreport.org/e/cw26160 #earthquake #CallowHarbor")
m.reply("M5a", "nurse_kimi", "M5", "social",
        "Felt it on the fourth floor at St Brendan's. The IV poles swayed for a few seconds. "
        "Nobody hurt.", at="2026-06-09 03:17")
m.reply("M5b", "injuryhelp@lawleads.online", "M5a", "spam", LAW_HURT)
m.reply("M5c", "marguerite@knit.town", "M5", "social",
        "The cat felt it before I did. She was under the bed before the windows rattled.",
        at="2026-06-09 03:21")
m.reply("M5d", "gerry", "M5", "social",
        "Slept right through it. Thirty-one years on the ferries, I can sleep through "
        "anything.", at="2026-06-09 04:41")

m.post("M6", "transit_alerts", "social", "2026-06-09 06:04:51",
       "⛴ Harbor ferry: the 6:20 sailing is cancelled (crew shortage). Next sailing 6:50. "
       "#CallowTransit")
m.reply("M6a", "fernando", "M6", "social",
        "Third time this month. I'm going to start swimming.", delay=(4, 12))
m.reply("M6b", "CallowTransit", "M6a", "marketing",
        "We're sorry, Fernando. Two crew members called in sick this morning; four new "
        "deckhands finish training in July. The 6:50 is running on time.")
m.reply("M6c", "gerry", "M6", "social",
        "The deckhand shortage is real. They used to train twelve a year, now it's four.")

m.post("M7", "bea", "social", "2026-06-09 11:30",
       "Small accident at the café: a whole tray of oat lattes, straight onto the new guy. "
       "He's fine. The oat milk is not.")
m.reply("M7a", "injuryhelp@lawleads.online", "M7", "spam", LAW_ACC)
m.reply("M7b", "theo_parent", "M7", "social", "RIP oat milk.")
m.reply("M7c", "moss", "M7a", "social",
        "It's limited here but it still answers the posts it finds. I'll deal with it "
        "properly tonight.")

m.post("M8", "moss", "social", "2026-06-09 21:00",
       "Admin note: we've defederated lawleads.online. Its bot answered any post with "
       "certain words in it, a spilled tray of coffee and a dead laptop included, with ads "
       "for a claims firm. If you see similar accounts from other servers, report them and "
       "I'll take a look.")
m.reply("M8a", "gerry", "M8", "social", "Thank you, moss.")
m.reply("M8b", "ines_rides", "M8", "social",
        "Thank you. Seeing an ad under my post about the door was gross.")

m.post("M10", "hartiganbell@lawfolk.social", "marketing", "2026-06-10 12:00",
       "Free bike-safety clinic this Saturday, 10am at Callow Library, with Callow Cycling "
       "Club: what to do after a crash, how to read your insurance, and helmet fitting for "
       "kids. No sales pitch, bring your questions. hartiganbell.law/clinic")
m.reply("M10a", "claimsfast@pi-leads.site", "M10", "spam", CF_CRASH)
m.reply("M10b", "wren_on_bikes", "M10", "social",
        "Callow Cycling Club will be there with a helmet-fitting table and a lot of "
        "stickers.")

m.post("M9", "theo_parent", "social", "2026-06-10 16:20",
       "My five-year-old fell off the big swing at Cove Park and landed on her wrist. X-ray "
       "says a sprain, not a break. She's mostly upset that we had to leave the park.")
m.reply("M9a", "claimsfast@pi-leads.site", "M9", "spam", CF_PARK)
m.reply("M9b", "marguerite@knit.town", "M9", "social", "Poor thing. A bravery sticker is mandatory.")
m.reply("M9c", "theo_parent", "M9b", "social", "She got two. She negotiated hard.")
m.reply("M9d", "moss", "M9a", "social",
        "New server, same bot. I've written to their admin and limited it here.")

m.post("M21", "marguerite@knit.town", "social", "2026-06-10 19:00",
       "Knitting a scarf in Callow Transit green for the driver on the 12 who waits for me "
       "every morning. Don't tell her.")
m.reply("M21a", "sol", "M21", "social", "This is the most Callow Harbor post I've ever read.")
m.reply("M21b", "bea", "M21", "social", "She's going to cry. I'm going to cry.")

m.post("M11", "ines_rides", "social", "2026-06-11 09:00",
       "Question for the hive: the driver's insurer is dragging its feet over my wheel since "
       "Monday's door crash. Does anyone know a local lawyer who does small bike claims "
       "without taking half?")
m.reply("M11a", "claimsfast@pi-leads.site", "M11", "spam", CF_CRASH)
m.reply("M11b", "vince_buys_cars@carcash.social", "M11", "spam",
        "Vehicle damaged? We buy ANY car, running or not, cash the same day 💵 "
        "carcash.social/vince")
m.reply("M11c", "hartiganbell@lawfolk.social", "M11", "marketing",
        "Hi Ines, we do, and for a wheel you may not need a lawyer at all. Ask the insurer "
        "for a written decision within 30 days; if they stall, small claims court is "
        "straightforward. If you'd like us to look at it, the first call is free: "
        "hartiganbell.law/contact")
m.reply("M11d", "wren_on_bikes", "M11", "social",
        "Seconding small claims. I did it for a frame in 2023 and it took one afternoon.")
m.reply("M11e", "ines_rides", "M11b", "social",
        "I ride a bicycle, Vince.")
m.reply("M11f", "moss", "M11a", "social",
        "pi-leads.site's admin never answered, so it's defederated now.", delay=(20, 50))
m.reply("M11g", "ines_rides", "M11c", "social",
        "Thank you, this is really helpful. Asking for the written decision today.")

m.post("M20", "sol", "social", "2026-06-11 08:10",
       "The 40 starts Monday and I've already planned my entire life around it.")
m.reply("M20a", "gerry", "M20", "social", "Same. I'm going to ride it end to end on day one.")

m.post("M12", "transit_alerts", "social", "2026-06-11 17:40:22",
       "🚌 Routes 3 and 7: delays of 15-20 min downtown because of a disabled bus on Water "
       "St. #CallowTransit")
m.reply("M12a", "gerry", "M12", "social",
        "That'll be one of the 2009 buses. They're held together with hope.")
m.reply("M12b", "sol", "M12", "social", "Walking it is. It's a nice evening anyway.")

m.post("M13", "quakefeed@seismo.social", "social", "2026-06-11 22:49:40",
       "M2.6, 9 km N of Callow Harbor. Depth 31 km. Origin time 2026-06-11 22:44:02 PDT. Did "
       "you feel it? Report it: feltreport.org/e/cw26163 #earthquake #CallowHarbor")
m.reply("M13a", "marguerite@knit.town", "M13", "social",
        "Didn't feel this one. Neither did the cat, who is asleep on the scarf.")
m.reply("M13b", "nurse_kimi", "M13", "social",
        "A little jolt at the nurses' station. Everyone looked up, then back at their charts.")

m.post("M14", "gerry", "social", "2026-06-12 04:40",
       "Up early as usual. Fog so thick on the harbour I can hear the 5:10 ferry's horn but "
       "can't see the boat.")
m.reply("M14a", "nurse_kimi", "M14", "social",
        "Same fog from the hospital roof at the end of my shift. Going to bed.",
        at="2026-06-12 07:35")

m.post("M15", "fernando", "social", "2026-06-12 07:30",
       "Ferry on time for once. Photographing the moment for the historical record.")
m.reply("M15a", "gerry", "M15", "social", "Frame it.")

m.post("M16", "hal@rosecity.social", "social", "2026-06-12 13:00",
       "Visiting Callow Harbor this weekend. Is the Saturday market worth it, and can I get "
       "there without a car? #CallowHarbor")
m.reply("M16a", "gerry", "M16", "social",
        "Worth it for the smoked salmon stall alone. Get there before ten.")
m.reply("M16b", "bea", "M16", "social",
        "The bakery stall by the fountain sells out by eleven. Go there first.")
m.reply("M16c", "CallowTransit", "M16", "marketing",
        "Hi Hal! Routes 3 and 7 both stop at Market Square, and on Saturdays the 3 runs every "
        "10 minutes. A day pass is $5 in the Callow Transit app.")
m.reply("M16d", "hal@rosecity.social", "M16", "social",
        "Perfect, thanks all. Bakery, salmon, route 3.", after=("M16b", "M16c"))

m.post("M19", "nurse_kimi", "social", "2026-06-13 02:30",
       "Night shift update: three adults in from a bouncy castle at a birthday party. All "
       "fine, all embarrassed. The bouncy castle remains undefeated.")
m.reply("M19a", "gerry", "M19", "social", "Good morning and well done, bouncy castle.",
        at="2026-06-13 04:52")

m.post("M17", "hartiganbell@lawfolk.social", "marketing", "2026-06-13 13:30",
       "Thank you to the 40 people who came to this morning's clinic, and to the 12 kids who "
       "let us adjust their helmets. Notes from the session: hartiganbell.law/clinic-notes")
m.reply("M17a", "wren_on_bikes", "M17", "social",
        "Great turnout. The helmet table ran out of stickers by half past ten.")
m.reply("M17b", "ines_rides", "M17", "social",
        "Went, learned a lot, didn't get a sales pitch. Would recommend.")

m.post("M18", "transit_alerts", "social", "2026-06-13 14:22:10",
       "🚌 Route 12: the Cove Park stop is closed for the Cove Fair until 6pm. Use Cove & 2nd "
       "instead. #CallowTransit")
m.reply("M18a", "theo_parent", "M18", "social",
        "Off to the Cove Fair with a wrist splint. She is very determined.")


# =======================================================================================
# Keyword-bot consistency: while a keyword bot is active, every post whose text matches its
# trigger (other than the keyword bots' own) gets exactly one reply from it, and it answers
# nothing else.

KEYWORD_BOTS = [
    # (stream, trigger, bot, window opens at this key's time (None: stream start),
    #  window closes at this key's time)
    (r, KEYWORD_BOT_RE, "Wordmeadow_Helper", None, "E10"),
    (r, KEYWORD_BOT_RE, "wm_study_buddy", "H", "K4"),
    (m, LAWYER_BOT_RE, "injuryhelp@lawleads.online", None, "M8"),
    (m, LAWYER_BOT_RE, "claimsfast@pi-leads.site", "M10", "M11f"),
]


def check_keyword_bots(built):
    for stream, rx, botname, k0, k1 in KEYWORD_BOTS:
        posts, times = built[stream.fname]
        t0 = times[k0] if k0 else min(times.values())
        t1 = times[k1]
        others = {n for s, _, n, _, _ in KEYWORD_BOTS if s is stream}
        replies = collections.Counter(p["parent_id"] for p in posts if p["author"] == botname)
        by_id = {p["id"]: p for p in posts}
        for p in posts:
            t = dt.datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ")
            if p["author"] in others:
                if p["author"] == botname:
                    par = by_id[p["parent_id"]]
                    assert rx.search(par["text"]), ("bot answered a non-trigger", p["id"])
                    assert t0 <= t <= t1 + dt.timedelta(minutes=5), ("bot outside window",
                                                                      p["id"])
                continue
            if rx.search(p["text"]) and t0 <= t < t1:
                assert replies[p["id"]] == 1, ("trigger without one bot reply", botname,
                                               p["text"][:60])


# =======================================================================================
# README.

PREVIOUS = (
    "the six streams of `bench/bots-fresh6` (a 'where did you get that shirt' bot pair in a "
    "band's fan subreddit, ticket-resale scam bots on X, 'AI summary' bots under a spice "
    "shop's YouTube videos, a one-star review-bombing ring on Bluesky, scraper pingbacks on "
    "a weather blog, supplement bots on a #migraine tag on Mastodon) and those its README "
    "says earlier sets used (a sockpuppet ring praising a grinder, a broadband provider's "
    "auto-responder and a competitor's keyword bot, job-scam bots on YouTube, fake "
    "earthquake-relief funds, an overnight rotating-name comment-spam run on a blog, "
    "follow-back bots and a headline relay, a vacuum reply bot, a crypto scam swarm, an "
    "LLM-worded reply guy, a YouTube comment farm, a bike shop with a prolific regular, an "
    "election thread with slogan bots, a reply guy plugging a SaaS, a growth bot's template "
    "posts, an airline's impersonator warning, a giveaway impersonator, an affiliate bot in "
    "a buying-advice subreddit, heat-wave keyword bots, a quote bot and airdrop bots, late "
    "link drops on an allotment blog, art-scam bots, among others)")

HARD_CASES = [
    ("Keyword bots that are not spam (Reddit)",
     "`PartnerMatchBot` and `LangWikiBot` are triggered the same way as `Wordmeadow_Helper` "
     "(a post in the wrong place, a `!resources` command) and answer within seconds, but "
     "their posts are `social`: moderation notices and the community wiki's links, with no "
     "commercial motive. The weekly thread by `PartnerMatchBot` itself contains 'learn "
     "Spanish', and the app's bot answers it within seconds."),
    ("An app's bot, and the app's apology (Reddit)",
     "Every post by `Wordmeadow_Helper` is `spam` (automated, keyword-triggered, unsolicited, "
     "under a grief post and under 'I am not trying to learn Spanish'). `WordmeadowApp`'s "
     "apology in the PSA thread is `marketing`: a brand answering people who addressed it. "
     "`wm_study_buddy`, which poses as a user ('I've been using Wordmeadow for 3 months') "
     "with a referral link, is `spam` (LABELS: undisclosed tie)."),
    ("A human spammer's one disclosed answer (Reddit)",
     "`tutor_marisol` (role `spammer`) dropping her site under a French thread and under a "
     "Yoruba learner's good news is `spam`; her answer to `el_gato_verde`, who asked for a "
     "Spanish tutor, says she is one and gives a price, so it is `marketing` (a business "
     "answering a request). A reader could call it `spam` because of who posts it. So the "
     "roles-by-label table has one `spammer` post that is `marketing`. `kanjiroot_dev`'s "
     "disclosed answer about his own app, in a thread that asked about it, is `marketing`; "
     "`sam_in_sapporo`, a customer with no tie, is `social`."),
    ("Grief and jokes (Reddit)",
     "People who test the bot ('Testing: I want to learn French') or laugh at it are "
     "`social`; so is `owl_of_declensions`' own cheat sheet, which sells nothing."),
    ("Tipster bots and a human tipster (X)",
     "`@SureOdds_Kingz`, `@FixedTips_Daily` and `@vip_slips_247` are `spam` on every post "
     "(deceptive, automated, under other people's posts, including a man 412 days without a "
     "bet). `@acca_king_lee`, a human selling a £15 'VIP group' under fans' and the "
     "reporter's posts, is `spam` too."),
    ("A bookmaker and a charity (X)",
     "`@Kestrelbet`'s odds post in its own channel and its answer to a customer who "
     "@-mentioned it are `marketing`, not `spam`, although the product is gambling. "
     "`@ClearlineHelp`'s support-line post is `marketing` (a cause asking for attention). "
     "`@CastlemereFC`'s team news, goal posts and its kind answer to Nate (with the "
     "charity's number) are `marketing`: a brand in its own channel or answering someone "
     "who addressed it. A reader could call the answer to Nate `social`."),
    ("A score bot and a reporter (X)",
     "`@RoversScoreBot` (a `bot`) posts goals within a minute, on match days and nights, and is "
     "answered by the spam bots, but its posts are `social`: news passed on by a fan, "
     "nothing sold. `@dave_hallett_sport` sharing his own stories with their links is "
     "`social` (a reporter passing on news, as in earlier sets)."),
    ("Copied comments (YouTube)",
     "The copies by `@Elena-m4x8q`, `@Carla_Vdx93` and `@Miriam.jq27` are word for word the "
     "text of earlier `social` comments, yet they are `spam`: automated, deceptive, placed "
     "to collect likes for a profile that later links to a scam (LABELS: generic praise "
     "posted to place a name). The text alone cannot tell them apart; the copy's delay "
     "(two to nine hours after the original, at any hour), the pair of 'like' bots "
     "(`@Zoe-kp2w1`, `@Ivy_Rt68`, `spam`) answering within minutes, and the duplicate give "
     "them away. The originals stay `social`."),
    ("A creator who sells nothing, and a shop she names (YouTube)",
     "`@BrackenTurns` is a `person`: her videos, community posts and answers are `social` "
     "(creative work, no sponsor, no shop). Naming Greystone Timber as the place she buys "
     "blanks, with no tie, is `social`; `@GreystoneTimber`'s answer to Lena, who asked "
     "where to buy blanks, is `marketing`. `@woodplans_deals` answering beginners with an "
     "`?aff=` link is `spam`."),
    ("Astroturf against real partisans (Bluesky)",
     "The five ring accounts are `spam` on every post: coordinated, automated, deceptive "
     "first-person claims ('mom of three', 'small business owner'), in threads on both "
     "sides and under a student's exam room. `electrician-dwayne` argues for the same "
     "measure in his own words and is `social`, as are all the residents on either side. "
     "LABELS calls a campaign asking for votes `marketing`; the ring's text is exactly a "
     "campaign's talking points, and the tests that make it `spam` are deception and "
     "automation."),
    ("A paid 'ambassador' (Bluesky)",
     "`rick-lambert-wf` (a human, role `spammer`) pastes the Yes campaign's sentence and "
     "link under residents' posts in office hours, paid per post without saying so: `spam` "
     "(LABELS: undisclosed tie; the pitch pushed into other people's conversations). A "
     "reader could call it campaign `marketing`. The campaigns' own posts and answers "
     "(`wrenfieldforward.org`, `saverailyardpark.bsky.social`) and `corvanedata.com`'s are "
     "`marketing`."),
    ("A newspaper mirror (Bluesky)",
     "`wrenfield-ledger-rss.bsky.social` (a `bot`, a reader's unofficial mirror) posts each "
     "headline with its link within minutes, at any hour: `social`, news passed on with no "
     "commercial motive. A strict reader could call it `marketing` for the paper. The "
     "reporter `ana-ruiz-ledger` sharing her own stories is `social`."),
    ("Essay mills worded on topic (blog)",
     "The three essay-mill sites' comments are `spam` although each names the post's "
     "subject: the title is pasted into a template, and each links to the site in the "
     "website field. `Olivia Grant` and `Mark Benson` (humans, role `spammer`) write fluent, "
     "warm comments that read as a former student's or a former teacher's, and each names "
     "or links the business they work for: `spam` (LABELS: a link to the commenter's own "
     "business; undisclosed tie). `Ellie Varga`'s confession that she once paid for an "
     "essay is `social`."),
    ("A pingback that is not spam (blog)",
     "`Chalk and Sources` (the blog of a teacher, a `person`) sends a pingback with the "
     "`[…] excerpt […]` shape, but in its own words, discussing the post, two days later: "
     "`social`. `Northgate Archives` answering Tom's question is `marketing`."),
    ("A lead bot under everything (Mastodon)",
     "`injuryhelp@lawleads.online` and `claimsfast@pi-leads.site` are `spam` on every post, "
     "including the replies that happen to be relevant (a cyclist hit by a car door). "
     "`hartiganbell@lawfolk.social`, a law firm, posting its free clinic in its own channel "
     "and answering a cyclist who asked for a lawyer is `marketing`; the bot's reply under "
     "the firm's own post is `spam`. `vince_buys_cars@carcash.social` (human) is `spam`."),
    ("Feeds that sell nothing (Mastodon)",
     "`transit_alerts` and `quakefeed@seismo.social` (both `bot`) post at any hour, to the "
     "second, and are answered by the lead bot, but their posts are `social`: public "
     "information passed on. `CallowTransit`, the agency itself, announcing a route and "
     "answering riders is `marketing` (a brand's announcements and customer service); a "
     "reader could call a public agency's answers `social`. `moss`'s admin notes are "
     "`social`."),
    ("Prolific humans",
     "`owl_of_declensions` (Kraków, 06:00-02:00), `@rovers_jen_ultra` (06:00-02:00), "
     "`@gus_turns_maple` (Ontario, 05:00-01:00), `tomas-at-council.bsky.social` "
     "(05:30-01:30), `Gordon Fyfe` (05:00-01:00) and `gerry` (04:30-00:30) answer within "
     "minutes, many times a day; `nurse_kimi` and `quiet_ward_rn` post at three in the "
     "morning from night shifts. All are human and all their posts are `social`."),
]


def fmt_h(h):
    h = h % 24 if h >= 24 else h
    return "%02d:%02d" % (int(h), round((h - int(h)) * 60))


def readme(built):
    out = []
    w = out.append
    names = [s.fname for s in STREAMS]
    role_of = {n: a.role for n, a in AUTHORS.items()}
    w("# bots-fresh7: a language app's keyword bot, 'fixed match' tipster bots, "
      "comment-copying bots, a ballot-measure astroturf ring, essay-mill comments and an "
      "injury-lawyer lead bot\n")
    w("Six hand-written scenario streams, one JSON-lines file each, in time order. Most posts "
      "are ordinary people talking. Mixed in are automated accounts (a language app's reply "
      "bot that answers every 'learn Spanish/French/Japanese' within seconds, and its "
      "successor posing as a user; betting-tip bots selling 'fixed matches' under a football "
      "club's match days; bots that copy viewers' comments word for word under a "
      "woodturner's videos, with 'like' bots answering the copies; a ring of astroturf "
      "accounts repeating a campaign's talking points under a local ballot-measure debate; "
      "essay-mill sites commenting from a template on a teacher's blog; a personal-injury "
      "lead bot answering every 'accident' on a city's Mastodon instance), automated "
      "accounts that are not spam (two subreddit moderation bots, a fan's live-score bot, an "
      "unofficial RSS mirror of a newspaper, a transit-alert mirror, an earthquake feed), "
      "human spammers (a tutor, a tipster, an affiliate-link poster, a paid campaign "
      "'ambassador', two essay-mill writers, a cash-for-cars dealer), brands (two apps, a "
      "football club, a bookmaker, a gambling-harm charity, a timber yard, two campaigns "
      "and a data-centre company, a county archive, a transit agency and a law firm) "
      "speaking in their own channels or answering people who asked, and people who post a "
      "lot at all hours. Labels follow `data/LABELS.md`.\n")
    w("Run it: `BOTS_DIR=bench/bots-fresh7 python3 bench/bots_fresh.py` (after building "
      "discern; the harness defaults to `target/release/discern`).\n")
    w("## Who wrote it, what was read, what was run\n")
    w("A helper session (an AI assistant started from a session of this project) wrote every "
      "text in this folder by hand, for this evaluation set. It read `data/LABELS.md`, "
      "`bench/bots-fresh6/README.md` (layout, fields, conventions and the scenarios already "
      "covered by bots-fresh to bots-fresh6), `bench/bots_fresh.py` (only to see which files "
      "and fields it reads and how it uses `authors.tsv`) and the first three lines of each "
      "of the six `bench/bots-fresh6/*.jsonl` streams and of its `authors.tsv` (the schema, "
      "each platform's id shape and the two-column form). It also listed the file names in "
      "`bench/` and `bench/bots-fresh6/` and ran `git status --short`. It read no discern "
      "code, tests, data, other check sets, earlier `generate.py` files or anything under "
      "`/work/shared`. It did not build or run discern or `bench/bots_fresh.py`: the only "
      "things run were a Python one-liner to look up weekdays, small Python snippets that "
      "edited and syntax-checked this `generate.py`, this `generate.py` itself, and "
      "throwaway scripts kept in `/tmp` (a check that every line parses, required fields "
      "are present, ids are unique, parents exist and come earlier, time order holds, labels "
      "are valid and every author is in `authors.tsv` with a valid role; and a listing of "
      "the generated streams to review the timing), deleted afterwards. Nothing outside "
      "`bench/bots-fresh7/` was written and nothing was committed.\n")
    w("## Files\n")
    w("| file | scenario | posts | social | marketing | spam | authors |")
    w("|---|---|---:|---:|---:|---:|---:|")
    tot = collections.Counter()
    all_authors = set()
    for s in STREAMS:
        posts = built[s.fname][0]
        c = collections.Counter(p["expected"] for p in posts)
        au = {p["author"] for p in posts}
        all_authors |= au
        tot.update(c)
        tot["posts"] += len(posts)
        w("| `%s` | %s | %d | %d | %d | %d | %d |" % (s.fname, s.title, len(posts),
                                                    c["social"], c["marketing"], c["spam"],
                                                    len(au)))
    w("| **total** |  | %d | %d | %d | %d | %d |\n" % (tot["posts"], tot["social"],
                                                       tot["marketing"], tot["spam"],
                                                       len(all_authors)))
    rc = collections.Counter(role_of[a] for a in all_authors)
    w("- `authors.tsv`: `author<TAB>role` for all %d authors (%s). The role is the ground "
      "truth for automation scoring: `bot` means automated. Humans are `person`, "
      "`prolific_person`, `brand` or `spammer` (a human spammer). Author names are unique "
      "across the six files, so the two-column form applies to every file. Moderators, the "
      "instance admin, the reporters, the woodturner, the teacher and the residents are "
      "individuals (`person`). `PartnerMatchBot`, `LangWikiBot`, `@RoversScoreBot`, "
      "`wrenfield-ledger-rss.bsky.social`, `transit_alerts` and `quakefeed@seismo.social` "
      "are `bot` although none of their posts is spam. The three essay-mill sites are each a "
      "`bot` author under the name their comments carry. `@CastlemereFC`, `@Kestrelbet`, "
      "`@ClearlineHelp`, `wrenfieldforward.org`, `saverailyardpark.bsky.social`, "
      "and `corvanedata.com` publish some posts to the second, from a schedule, but people write every post and answer by hand, so they are "
      "`brand`, not `bot`. `Chalk and Sources`, whose pingback WordPress sent for it, is "
      "the blog of a teacher (`Amrita Sandhu`, who also comments under her own name) and is "
      "`person`. `kanjiroot_dev`, a one-person app developer answering about his own app, is "
      "`brand`; `@BrackenTurns`, a woodturner who sells nothing, is `person`." % (len(all_authors), ", ".join("%d %s" % (rc[r], r) for r in ROLES)))
    w("- `generate.py`: holds every text and writes all files, this README included "
      "(`python3 bench/bots-fresh7/generate.py`).\n")
    w("Authors per role, per file:\n")
    w("| file | " + " | ".join(ROLES) + " |")
    w("|---|" + "---:|" * len(ROLES))
    for s in STREAMS:
        au = {p["author"] for p in built[s.fname][0]}
        c = collections.Counter(role_of[a] for a in au)
        w("| `%s` | " % s.fname + " | ".join(str(c[r]) for r in ROLES) + " |")
    w("\nPosts by author role, per file:\n")
    w("| file | " + " | ".join(ROLES) + " |")
    w("|---|" + "---:|" * len(ROLES))
    by_role_label = collections.Counter()
    for s in STREAMS:
        posts = built[s.fname][0]
        c = collections.Counter(role_of[p["author"]] for p in posts)
        by_role_label.update((role_of[p["author"]], p["expected"]) for p in posts)
        w("| `%s` | " % s.fname + " | ".join(str(c[r]) for r in ROLES) + " |")
    w("\nLabels of the posts by each role, all files together:\n")
    w("| role | social | marketing | spam |")
    w("|---|---:|---:|---:|")
    for ro in ROLES:
        w("| %s | %d | %d | %d |" % (ro, by_role_label[(ro, "social")],
                                     by_role_label[(ro, "marketing")],
                                     by_role_label[(ro, "spam")]))
    w("\n## Fields\n")
    w("As in `bench/bots-fresh6`: `id`, `text`, `author`, `created_at` (RFC 3339, UTC, whole "
      "seconds), `platform` (`reddit`, `x`, `youtube`, `bluesky`, `blog`, `mastodon`), "
      "`kind` (`post` = thread root, `reply` otherwise), `thread_id` (the root's id), "
      "`parent_id` (replies only: the post answered; left out on roots), `expected` "
      "(`social` / `marketing` / `spam`). Blog comments also have `author_url` (the comment "
      "form's website field, where the commenter gave one) and `author_email`; the pingback "
      "has `author_url` (the linking page) and no `author_email`, as WordPress stores them, "
      "and its text is the linking page's excerpt between `[…]` marks. Hannah's posts are "
      "the blog's roots and have neither; her own comments have both. A Reddit root's text "
      "is its title, a blank line, then its body; a blog post's text is its title, a blank "
      "line, then the opening of the post; a YouTube video's text is its title, a blank "
      "line, then its description (community posts have no title). Mastodon authors on the "
      "home instance (callowharbor.social) are bare names; authors from other servers are "
      "`name@server`. Bluesky authors are handles (two are custom domains, "
      "`wrenfieldforward.org` and `corvanedata.com`). YouTube and X authors are `@handles`. "
      "Reddit authors are user names without `u/`.\n")
    w("Ids look like each platform's and grow with time: X snowflakes, Mastodon ids, "
      "Bluesky `at://did:plc:…/app.bsky.feed.post/<tid>` URIs (one DID per author), Reddit "
      "`t3_`/`t1_`, WordPress `post-N`/`comment-N` (the pingback is a comment). YouTube ids "
      "are random, as YouTube's are: an 11-character video id, `Ugkx…` for community posts, "
      "`Ug…4AaABAg` for top-level comments and `<top-level id>.<22 characters>` for replies "
      "(a reply's `parent_id` is the comment it answers). The copy bots' copies are "
      "top-level comments.\n")
    w("## Provenance\n")
    w("Every text was written fresh, by hand, for this set; nothing was copied from a "
      "dataset, website or another check set. The spam shapes (the keyword-triggered app "
      "plug, the 'I've been using it for 3 months, use my link' user pose, '100% SURE FIXED "
      "MATCH, payment after win', the word-for-word comment copy and its 'So true!!' "
      "replies, the first-person astroturf talking point, the essay-mill template with the "
      "post's title pasted in, the 'Injured in an accident?' lead reply) imitate well-known "
      "patterns in newly written words. The copied comments are copies of other comments in "
      "this set. All people, handles, apps (Wordmeadow, Kanjiroot), clubs, players and "
      "grounds (Castlemere Rovers, Harrowby Town, Wexford Athletic, The Marsh), the "
      "bookmaker, the charity, storms (Orla), businesses, the city of Wrenfield and Measure "
      "2C, Corvane Data, the Wrenfield Ledger, the History Room, Northgate Archives, the "
      "city of Callow Harbor and its transit agency, domains, e-mail addresses and phone "
      "numbers are invented. The phone number uses 555 (0808 555 0147). Domains were made "
      "up with ordinary endings (.com, .co.uk, .org, .org.uk, .net, .ie, .app, .shop, "
      ".blog, .online, .site, .social, .law, .town) and were not checked against any "
      "registry; `wrenfieldforward.org` and `corvanedata.com` are also Bluesky handles. Real "
      "services, languages and places are named only in passing (Reddit, X, Telegram, "
      "YouTube, Bluesky, WordPress, Mastodon, Anki, Recife, Oaxaca, Mexico City, Puerto "
      "Rico, Lyon, Kraków, Poznań, Gdańsk, Osaka, Sapporo, County Clare, Galway, Cork, "
      "Nelson, Ontario, the Chartists, Hobsbawm, the nursery song 'Une souris verte'). The "
      "storm name Orla was not checked against any list of real storms.\n")
    w("`generate.py` (python3, standard library only, seed %d) lays the texts out in time, "
      "assigns the ids, checks the streams (ids unique, parents earlier, time order, labels "
      "and roles valid, and for the keyword-triggered spam bots on Reddit and Mastodon that "
      "every trigger in their active window gets exactly one reply from them and nothing else "
      "does) and writes the "
      "files, so the output is the same on every run.\n" % SEED)
    w("## Timing\n")
    w("Timing model (see `generate.py`):")
    w("- Thread roots, and replies that the story needs at a given moment, have hand-set "
      "local times in the author's time zone (Reddit: US Eastern daylight, UTC-4, with "
      "learners at UTC-7, UTC-5, UTC+1, UTC+2 and UTC+9; X: UK, UTC+1; YouTube: Ireland, "
      "UTC+1, with viewers at UTC-7, UTC-5, UTC-4, UTC+0, UTC+2, UTC+5:30 and UTC+13; "
      "Bluesky: US Mountain daylight, UTC-6; blog: UK, UTC+0, with one commenter at UTC+5; "
      "Mastodon: US Pacific daylight, UTC-7). Scheduled and automated roots are set to the "
      "second: `PartnerMatchBot`'s weekly thread at 08:00:00, `@CastlemereFC` at 12:00:00, "
      "14:00:00 and 13:00:00, `@Kestrelbet` at 16:00:00, `@ClearlineHelp` at 10:00:00, "
      "`@CastlemereFC`'s goal post at 15:24:20, `@RoversScoreBot` within a minute of each "
      "kick-off, goal, card and whistle (15:00:31, 15:23:41, 15:48:12, 16:17:48, 16:39:05, "
      "16:53:44, 19:45:29, 20:21:37, 21:37:02), "
      "`wrenfieldforward.org` at 09:00:00 and 18:00:00, `corvanedata.com` at 15:00:00, "
      "`saverailyardpark.bsky.social`'s Saturday post at 08:00:00, "
      "`wrenfield-ledger-rss` a minute or so after the paper publishes (06:02:14, 11:05:40, "
      "16:03:12, 06:01:07, 06:02:31), `transit_alerts` at 05:12:40, 06:04:51, 17:40:22 and "
      "14:22:10, and `quakefeed@seismo.social` three to six minutes after each quake's origin "
      "time (03:14:22, 22:49:40). Other hand-set times get random seconds.")
    groups = collections.defaultdict(list)
    for s in STREAMS:
        for n in sorted({it["author"] for it in s.items}, key=lambda n: [it["author"] for it in s.items].index(n)):
            groups[AUTHORS[n].role].append((s, AUTHORS[n]))

    def win(a):
        return "%s-%s" % (fmt_h(a.window[0]), "24:00" if a.window[1] == 24 else
                          fmt_h(a.window[1]))
    pers = [(s, a) for s, a in groups["person"] if a.median or a.window != DEFAULT_WINDOW]
    w("- `person`: each reply's delay after the post it answers (or the latest post it "
      "refers to) is log-normal with sigma 1, kept within 0.2-8 times the median; the "
      "median is %s, with per-author medians and waking windows for some (%s). Some replies "
      "have a set delay range instead (story replies, set 0.3-180 minutes after the post they "
      "answer, or after the latest post they refer to, and not moved). Otherwise the reply is "
      "moved into the author's waking window (07:30-"
      "23:00 local unless set), to a random point in the first 40 minutes of it." % (
          ", ".join("%d min on %s" % (v, k) for k, v in PERSON_MEDIAN.items()),
          ", ".join("`%s` %s%s" % (a.name, ("%g min, " % a.median) if a.median else "",
                                   win(a)) for s, a in pers)))
    w("- `prolific_person`: log-normal, sigma 0.8, %s." % ", ".join(
        "median %g min for `%s` (%s)" % (a.median, a.name, win(a))
        for s, a in groups["prolific_person"]))
    w("- `brand`: log-normal, sigma 0.8, only in staffed hours: %s." % ", ".join(
        "`%s` median %g min, %s%s" % (a.name, a.median, win(a),
                                      " on weekdays" if a.weekdays else "")
        for s, a in groups["brand"]))
    w("- `spammer` (human): log-normal, sigma 1, in waking or working hours: %s." % ", ".join(
        "`%s` median %g min (%s local)" % (a.name, a.median, win(a))
        for s, a in groups["spammer"]))
    bots_r = [(s, a) for s, a in groups["bot"] if a.bounds]
    bots_n = [(s, a) for s, a in groups["bot"] if not a.bounds]
    w("- `bot`: a log-uniform delay between bounds set for each bot, at any hour: %s. A copy "
      "bot's delay counts from the comment it copies; its copy is a top-level comment. %s "
      "only post roots, at the set times above." % (
          "; ".join("%d s-%d s for `%s`" % (a.bounds[0], a.bounds[1], a.name)
                    for s, a in bots_r),
          ", ".join("`%s`" % a.name for s, a in bots_n)))
    w("\n## Scenarios\n")
    w("Chosen to differ from those covered before: %s. Here the Reddit bot is an app's "
      "keyword trigger beside two moderation bots triggered the same way; the X bots sell "
      "'fixed matches' to football fans and a man in recovery; the YouTube bots post exact "
      "copies of real comments; the Bluesky ring pushes a ballot measure in first-person "
      "costumes beside real partisans and a paid human doing the same by hand; the blog's "
      "spam is essay mills worded on topic, by templates and by people; and the Mastodon "
      "bot is a personal-injury lead bot on a city instance, beside a transit mirror and an "
      "earthquake feed that it answers too. The moderation bots, the score bot, the "
      "newspaper mirror, the transit and quake feeds, the creator's own videos, the real "
      "pingback and the law firm's own clinic are there as look-alikes that are not spam.\n"
      % PREVIOUS)
    for s in STREAMS:
        w("### `%s`: %s\n" % (s.fname, s.title))
        w(s.blurb + "\n")
    w("## Hard cases\n")
    w("Cases where LABELS.md was hard to apply, and what was chosen:\n")
    for i, (head, body) in enumerate(HARD_CASES, 1):
        w("%d. **%s.** %s" % (i, head, body))
    return "\n".join(out) + "\n"


def main():
    built = {}
    for s in STREAMS:
        posts, times = build(s)
        check(s, posts)
        built[s.fname] = (posts, times)
    check_keyword_bots(built)
    used = set()
    for s in STREAMS:
        posts = built[s.fname][0]
        with open(os.path.join(HERE, s.fname), "w", encoding="utf-8") as f:
            for p in posts:
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        used |= {p["author"] for p in posts}
    assert used == set(AUTHORS), set(AUTHORS) ^ used
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        for s in STREAMS:
            seen = []
            for p in built[s.fname][0]:
                if p["author"] not in seen:
                    seen.append(p["author"])
            for n in seen:
                f.write("%s\t%s\n" % (n, AUTHORS[n].role))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(built))
    for s in STREAMS:
        posts = built[s.fname][0]
        print("%-44s %3d posts  %s" % (s.fname, len(posts), dict(collections.Counter(
            p["expected"] for p in posts))))


if __name__ == "__main__":
    main()
