#!/usr/bin/env python3
"""bots-fresh4: six hand-written scenario streams with automated and promotional accounts.

Every text in the streams is written out below, by hand. This script only lays the posts out
in time (a seeded timing model per author role), gives them platform-looking ids, checks the
streams and writes the six .jsonl files, authors.tsv and README.md next to itself. Python 3,
standard library only; the output is the same on every run.

    python3 bench/bots-fresh4/generate.py
"""
import collections
import datetime as dt
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260311
SO, MK, SP = "social", "marketing", "spam"
LABELS = (SO, MK, SP)
ROLES = ("bot", "brand", "person", "prolific_person", "spammer")


class Author:
    def __init__(self, name, role, tz, win=None, med=None, sigma=None, bot=None,
                 weekdays=False, url=None, email=None):
        assert role in ROLES, (name, role)
        self.name, self.role, self.tz = name, role, tz
        self.bot = bot                    # (lo, hi) seconds, log-uniform, for bots
        self.med, self.sigma = med, sigma  # log-normal median (minutes) and sigma
        self.weekdays = weekdays
        self.url, self.email = url, email
        if win is None and role != "bot":
            win = {"person": (7.5, 23.0), "prolific_person": (6.5, 0.5),
                   "brand": (8.0, 20.0), "spammer": (8.0, 22.0)}[role]
        self.win = win                    # local waking/staffed hours; None = any hour


class Post:
    def __init__(self, key, author, parent, label, text, at=None, after=None, delay=None,
                 med=None):
        assert label in LABELS, (key, label)
        self.key, self.author, self.parent, self.label, self.text = key, author, parent, label, text
        self.at, self.delay, self.med = at, delay, med
        self.after = [after] if isinstance(after, str) else list(after or [])


def A(*args, **kw):
    return Author(*args, **kw)


def P(*args, **kw):
    return Post(*args, **kw)


class Scenario:
    def __init__(self, file, platform, title, summary, person_median, authors, posts):
        self.file, self.platform, self.title, self.summary = file, platform, title, summary
        self.person_median = person_median
        self.authors = {a.name: a for a in authors}
        assert len(self.authors) == len(authors), file
        self.posts = posts


SCENARIOS = []

# ---------------------------------------------------------------------------------------------
# Timing model
# ---------------------------------------------------------------------------------------------


def in_window(t, a):
    if a.win is None:
        return True
    local = t + dt.timedelta(hours=a.tz)
    if a.weekdays and local.weekday() >= 5:
        return False
    s, e = a.win
    h = local.hour + local.minute / 60
    return s <= h < e if s < e else (h >= s or h < e)


def into_window(t, a, rng):
    if in_window(t, a):
        return t
    while not in_window(t, a):
        t += dt.timedelta(minutes=5)
    return t + dt.timedelta(seconds=rng.uniform(0, 2400))


def model_delay(a, sc, rng, med=None):
    """Seconds between the post a reply answers and the reply."""
    if a.role == "bot":
        lo, hi = a.bot
        return math.exp(rng.uniform(math.log(lo), math.log(hi)))
    default = {"person": (sc.person_median, 1.0), "prolific_person": (5, 0.8),
               "brand": (25, 0.8), "spammer": (40, 0.9)}[a.role]
    m = med or a.med or default[0]
    sigma = a.sigma or default[1]
    return 60 * m * math.exp(rng.gauss(0, sigma))


def parse_local(s, a, rng):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    t = dt.datetime.strptime(s, fmt) - dt.timedelta(hours=a.tz)
    if s.count(":") == 1:
        t += dt.timedelta(seconds=rng.randint(0, 2) if a.role == "bot" else rng.randint(0, 59))
    return t


def lay_out(sc):
    rng = random.Random(f"{SEED}:{sc.file}")
    times, by_key = {}, {}
    for p in sc.posts:
        assert p.key not in by_key, (sc.file, p.key)
        assert p.author in sc.authors, (sc.file, p.key, p.author)
        a = sc.authors[p.author]
        refs = ([p.parent] if p.parent else []) + p.after
        for r in refs:
            assert r in times, (sc.file, p.key, "refers to a later or missing post", r)
        base = max((times[r] for r in refs), default=None)
        if p.at:
            t = parse_local(p.at, a, rng)
        elif p.delay is not None:
            d = p.delay if not isinstance(p.delay, tuple) else rng.uniform(*p.delay)
            t = base + dt.timedelta(seconds=d)
        else:
            assert base is not None, (sc.file, p.key, "a root needs at=")
            t = base + dt.timedelta(seconds=max(4.0, model_delay(a, sc, rng, p.med)))
            if a.role != "bot" or a.win:
                t = into_window(t, a, rng)
        t = t.replace(microsecond=0)
        if base is not None and t <= base:
            t = base + dt.timedelta(seconds=1)
        assert base is None or t > base, (sc.file, p.key)
        times[p.key] = t
        by_key[p.key] = p
    order = sorted(sc.posts, key=lambda p: (times[p.key], sc.posts.index(p)))
    return order, times, by_key


# ---------------------------------------------------------------------------------------------
# Platform-looking ids, growing with time (YouTube's are random, as YouTube's are)
# ---------------------------------------------------------------------------------------------
B32S = "234567abcdefghijklmnopqrstuvwxyz"
YT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def b36(n):
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = B36[r] + s
    return s or "0"


def epoch_ms(t):
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def assign_ids(sc, order, times, by_key):
    rng = random.Random(f"{SEED}:ids:{sc.file}")
    ids = {}
    start = times[order[0].key]
    last = collections.defaultdict(int)

    def counter(kind, base, rate, t):
        n = base + int((t - start).total_seconds() * rate) + rng.randint(1, 9)
        n = max(n, last[kind] + 1)
        last[kind] = n
        return n

    dids = {}
    for p in order:
        t = times[p.key]
        ms = epoch_ms(t) + rng.randint(0, 999)
        root = p.parent is None
        if sc.platform == "x":
            ids[p.key] = str(((ms - 1288834974657) << 22) | rng.getrandbits(22))
        elif sc.platform == "mastodon":
            ids[p.key] = str((ms << 16) | rng.getrandbits(16))
        elif sc.platform == "bluesky":
            if p.author not in dids:
                r = random.Random(f"{SEED}:did:{p.author}")
                dids[p.author] = "did:plc:" + "".join(r.choice(B32S) for _ in range(24))
            v = ((ms * 1000 + rng.randint(0, 999)) << 10) | rng.getrandbits(10)
            tid = "".join(B32S[(v >> (5 * (12 - i))) & 31] for i in range(13))
            ids[p.key] = f"at://{dids[p.author]}/app.bsky.feed.post/{tid}"
        elif sc.platform == "reddit":
            if root:
                ids[p.key] = "t3_" + b36(counter("t3", int("1pb40a0", 36), 2.1, t))
            else:
                ids[p.key] = "t1_" + b36(counter("t1", int("nt8k1c0", 36), 31.0, t))
        elif sc.platform == "blog":
            if root:
                ids[p.key] = f"post-{counter('post', 2400, 0.000004, t)}"
            else:
                ids[p.key] = f"comment-{counter('comment', 31800, 0.00002, t)}"
        elif sc.platform == "youtube":
            if root:
                if p.key.startswith("community"):
                    ids[p.key] = "Ugkx" + "".join(rng.choice(YT[:62]) for _ in range(32))
                else:
                    ids[p.key] = "".join(rng.choice(YT) for _ in range(11))
            else:
                top = p
                while by_key[top.parent].parent is not None:
                    top = by_key[top.parent]
                if top is p:
                    ids[p.key] = (rng.choice(["Ugx", "Ugz", "Ugw", "Ugy"])
                                  + "".join(rng.choice(YT[:62]) for _ in range(16)) + "4AaABAg")
                else:
                    ids[p.key] = (ids[top.key] + "." + rng.choice("9A") + "".join(
                        rng.choice(YT[:62] + "_-") for _ in range(21)))
        else:
            raise ValueError(sc.platform)
    assert len(set(ids.values())) == len(ids), sc.file
    return ids


# =============================================================================================
# 1. YouTube: a woodworking channel, a giveaway impersonator and two testimonial bots
# =============================================================================================
H = "@hollismakes"
IMP = "@HoIlisMakes.Official"        # capital I in place of the first l
IMP2 = "@Hollis.Makes-Team"
BRENDA = "@brenda.woodworks1962"
CARLOS = "@carlos_m_diy4410"
BT = "@BrackwoodTools"
TESS = "@timestamps_tess"
JD = "@jd_shopbuilds"
MARTA, DAVE, OWL = "@marta.ferreira.builds", "@old_dave_cabinets", "@nightowl_lathe"
KIRI, BENJI, LAUREN = "@kiri_makes_things", "@benji_r", "@lauren_oakes"
AHMED, SAM, WALT = "@ahmed.workshop", "@sam_tinkers", "@grandpa_walt_woodshop"
PRIYA, TOMAS, WES = "@priyanka_renovates", "@tomas_kerf", "@wes-on-a-budget"
JAN, FINN, MO, GRACE = "@janelle.rhodes", "@finn_hobbyist", "@mapleleaf_mo", "@graceful_shavings"

SCENARIOS.append(Scenario(
    file="youtube_giveaway_impersonator.jsonl",
    platform="youtube",
    title="YouTube: 'giveaway' impersonator bots in a woodworking channel's comments",
    summary=(
        "A woodworking channel (@hollismakes) posts a plywood-workbench video on Saturday 15 "
        "November 2025, an apron restock on its community tab on Sunday and a short on "
        "Monday. @HoIlisMakes.Official (a capital I where the creator has an l) replies to "
        "nearly every top-level comment within seconds to a few minutes, at 2 AM as at noon, "
        "with three 'you won, message my Telegram' templates, including under the creator's "
        "own warning; when it is taken down on Sunday morning @Hollis.Makes-Team takes over "
        "with the same script. Two fresh accounts (@brenda.woodworks1962, "
        "@carlos_m_diy4410) post a fake 'I got my prize' testimonial and vouch for each "
        "other. The creator's pinned sponsor comment and his answers about his own aprons "
        "are marketing; the sponsor (@BrackwoodTools) answers a code question and warns about "
        "the scam, then plugs a sale under a video it did not sponsor. @timestamps_tess is a "
        "prolific human who posts chapter timestamps within minutes of every upload. "
        "@jd_shopbuilds, a human, plugs his own channel under every upload."),
    person_median=35,
    authors=[
        A(H, "person", -6, win=(6.5, 23.5), med=40),
        A(IMP, "bot", -6, bot=(14, 190)),
        A(IMP2, "bot", -6, bot=(20, 240)),
        A(BRENDA, "bot", -6, bot=(60, 900)),
        A(CARLOS, "bot", -6, bot=(25, 110)),
        A(BT, "brand", -5, win=(8, 18), med=55),
        A(TESS, "prolific_person", -5, win=(6, 1), med=4),
        A(JD, "spammer", -8, med=25),
        A(MARTA, "person", 0), A(DAVE, "person", -5, win=(5.5, 21)),
        A(OWL, "person", -6, win=(11, 4)), A(KIRI, "person", 13), A(BENJI, "person", -6),
        A(LAUREN, "person", -7), A(AHMED, "person", 1), A(SAM, "person", -6),
        A(WALT, "person", -5, win=(6, 21)), A(PRIYA, "person", -5), A(TOMAS, "person", 1),
        A(WES, "person", -6), A(JAN, "person", -5), A(FINN, "person", 0),
        A(MO, "person", -5), A(GRACE, "person", -8),
    ],
    posts=[
        P("v1", H, None, SO,
          "I built a workbench from ONE sheet of plywood (no table saw)\n\n"
          "One 4x8 sheet of 3/4\" birch ply, a circular saw, a straightedge and a weekend. "
          "Torsion-box top, knock-down legs, and a shelf that holds every clamp I own. The "
          "cut list and every mistake I made are in the video.\n\n"
          "0:00 why one sheet\n1:42 breaking down the sheet\n6:10 the torsion box\n"
          "12:55 legs that come apart\n17:30 what I'd change",
          at="2025-11-15 10:00:00"),
        P("pin", H, "v1", MK,
          "📌 Thanks to Brackwood Tools for sponsoring this one. The 12\" bar clamps in the "
          "glue-up are theirs, and code HOLLIS15 gets you 15% off at brackwoodtools.com "
          "through Sunday. The cut list PDF is free on my site, no email needed.",
          delay=(70, 110)),
        P("tess1", TESS, "v1", SO,
          "Timestamps for anyone in a hurry:\n1:42 cut plan (he rips the long strips first)\n"
          "6:10 torsion box glue-up\n9:48 the 'oh no' moment 😂\n12:55 knock-down legs\n"
          "17:30 lessons learned", delay=(200, 330)),
        P("c_marta", MARTA, "v1", SO,
          "The torsion box bit is genius. I've been putting off a bench for two years because "
          "I don't have a table saw, and this just took away my excuse.", delay=(600, 1500)),
        P("imp_marta", IMP, "c_marta", SP,
          "Congratulations 🎉🎉 you've been selected as one of my giveaway winners this week! "
          "Message my official Telegram 👉 HollisMakesGiveaway to claim your Brackwood tool "
          "kit 🎁"),
        P("c_dave", DAVE, "v1", SO,
          "40 years building cabinets and I'd have told you that you can't get a flat top "
          "without a jointer and a table saw. I'd have been wrong. Nice work, son.",
          delay=(900, 2400)),
        P("imp_dave", IMP, "c_dave", SP,
          "Thanks for watching and commenting 🙏 You have won a prize in our Brackwood "
          "giveaway 🎉 text me on Telegram 👉 HollisMakesGiveaway ✅"),
        P("marta2", MARTA, "imp_marta", SO,
          "Hollis doesn't have a dot in his name. Nice try."),
        P("c_benji", BENJI, "v1", SO,
          "What blade were you running in the circ saw? Mine chips birch ply like crazy on "
          "the top face.", delay=(1500, 3600)),
        P("imp_benji", IMP, "c_benji", SP,
          "Congrats @benji_r 🎉 you have been chosen among the lucky winners 🎁 Message on "
          "Telegram 👇👇 HollisMakesGiveaway to receive your prize"),
        P("h_benji", H, "c_benji", SO,
          "@benji_r 60-tooth thin kerf, and I score the line with a utility knife first. Blue "
          "tape on the cut line helps too if your blade's a bit tired."),
        P("benji2", BENJI, "h_benji", SO,
          "@hollismakes knife first, noted. Also who is the other Hollis replying to me lol"),
        P("c_mo", MO, "pin", SO, "Does the code work in Canada?", delay=(1200, 3000)),
        P("bt_mo", BT, "c_mo", MK,
          "@mapleleaf_mo It does! Canadian orders ship for a flat $9.99 and HOLLIS15 comes "
          "off before shipping. It runs through Sunday night."),
        P("c_priya", PRIYA, "v1", SO,
          "How much did the whole thing cost you? Ply prices here have gone nuts.",
          delay=(2400, 5400)),
        P("imp_priya", IMP, "c_priya", SP,
          "Congratulations!! 🎉 You are one of the lucky winners of our giveaway 🎁 contact "
          "my Telegram 👉 HollisMakesGiveaway to claim it"),
        P("tess_priya", TESS, "c_priya", SO,
          "@priyanka_renovates he says at 0:58, about $95 for the sheet plus maybe $20 of "
          "screws and glue"),
        P("h_priya", H, "c_priya", SO,
          "@priyanka_renovates what Tess said (thank you Tess 🙌). $96 for the sheet at my "
          "local yard, and the hardware was whatever I had in the bin.", after="tess_priya"),
        P("c_kiri", KIRI, "v1", SO,
          "Built almost this exact bench last year from a 2400x1200 sheet, so everything's "
          "a bit shorter. The torsion box top is still dead flat after a humid summer.",
          delay=(3000, 6000)),
        P("imp_kiri", IMP, "c_kiri", SP,
          "Thanks for watching and commenting 🙏 You have won a prize 🎉 text me on Telegram "
          "👉 HollisMakesGiveaway ✅"),
        P("h_kiri", H, "c_kiri", SO,
          "@kiri_makes_things that's great to hear, humidity was my biggest worry. Did you "
          "seal the underside too?"),
        P("kiri2", KIRI, "h_kiri", SO,
          "@hollismakes two coats of hardwax oil on both faces. Learnt that one the hard way "
          "on a tabletop that cupped."),
        P("c_tomas", TOMAS, "v1", SO,
          "The 'oh no' at 9:48 is the most honest thing on woodworking YouTube. Everyone "
          "glues one rib in backwards once.", delay=(1800, 4800)),
        P("tess_tomas", TESS, "c_tomas", SO,
          "@tomas_kerf the face he makes 😂 I rewound it three times"),
        P("c_jd", JD, "v1", SP,
          "Great build! I did a similar bench with pocket screws on my channel, would mean a "
          "lot if you checked it out 🙏 link is in my profile, sub for sub?",
          delay=(2000, 4000)),
        P("c_brenda", BRENDA, "v1", SP,
          "I was skeptical at first but I messaged the Telegram and they actually shipped my "
          "Brackwood track saw 😭 thank you Hollis!! God bless", delay=(7000, 9000)),
        P("carlos1", CARLOS, "c_brenda", SP,
          "Same here!! got my clamp set yesterday. Just message them, it's legit ✅✅"),
        P("walt_br", WALT, "c_brenda", SO,
          "Both of these accounts were made this week and have no videos. Nobody got a track "
          "saw, folks.", after="carlos1"),
        P("sam_br", SAM, "c_brenda", SO, "reported both", after="walt_br"),
        P("c_hwarn", H, "v1", SO,
          "Heads up: any account replying 'you won, message me on Telegram' is NOT me. I don't "
          "run giveaways through Telegram or WhatsApp, ever. Check the handle: it's "
          "@hollismakes, all lowercase, no dots. I'm reporting them as fast as I can.",
          after="carlos1", delay=(900, 1500)),
        P("imp_hwarn", IMP, "c_hwarn", SP,
          "Congratulations 🎉 you've been selected as one of my winners! Message my official "
          "Telegram 👉 HollisMakesGiveaway 🎁"),
        P("walt_hwarn", WALT, "imp_hwarn", SO,
          "It's replying to your own warning. That's almost impressive."),
        P("jan_hwarn", JAN, "c_hwarn", SO,
          "Thank you for saying this. My mom nearly messaged one of these on your last "
          "video."),
        P("bt_warn", BT, "c_hwarn", MK,
          "Brackwood here. We are not running a giveaway with Hollis or anyone else right "
          "now, and we will never ask you to message us on Telegram. Please report these "
          "accounts. Real promotions only ever appear on brackwoodtools.com."),
        P("c_ahmed", AHMED, "v1", SO,
          "For those outside the US: 18mm birch ply works fine, just adjust the dados. I'd "
          "also add a planing stop at the front if you do any hand-tool work.",
          delay=(5000, 8000)),
        P("imp_ahmed", IMP, "c_ahmed", SP,
          "Congrats 🎉 you have been chosen among my lucky winners 🎁 Message on Telegram 👇 "
          "HollisMakesGiveaway to receive your prize"),
        P("ahmed2", AHMED, "imp_ahmed", SO, "No thank you, fake Hollis."),
        P("c_wes", WES, "v1", SO,
          "Any chance of a version for a smaller sheet? Our store only sells 4x4 half sheets "
          "and a full one won't fit in my car anyway.", delay=(9000, 14000)),
        P("imp_wes", IMP, "c_wes", SP,
          "Thanks for watching and commenting 🙏 You have won our Brackwood prize 🎉 text me "
          "on Telegram 👉 HollisMakesGiveaway ✅"),
        P("h_wes", H, "c_wes", SO,
          "@wes-on-a-budget yes! A half-sheet bench is on the list. Meanwhile ask the yard to "
          "rip it for you, most will do a couple of cuts for free."),
        P("c_lauren", LAUREN, "v1", SO,
          "My 11 year old watched this with me and now wants to build a mini one for her "
          "Lego. So that's my weekend.", delay=(10000, 16000)),
        P("imp_lauren", IMP, "c_lauren", SP,
          "Congratulations 🎉🎉 you've been selected as one of my giveaway winners this week "
          "🎁 Message my official Telegram 👉 HollisMakesGiveaway to claim"),
        P("lauren2", LAUREN, "imp_lauren", SO,
          "Reported. If my kid had seen this first I'd be furious."),
        P("c_finn", FINN, "v1", SO,
          "Is it heavy enough? My last bench walked across the floor every time I planed on "
          "it.", delay=(12000, 18000)),
        P("imp_finn", IMP, "c_finn", SP,
          "Congrats @finn_hobbyist 🎉 you have been chosen among the lucky winners 🎁 Message "
          "on Telegram 👇👇 HollisMakesGiveaway to receive your prize"),
        P("dave_finn", DAVE, "c_finn", SO,
          "@finn_hobbyist put a shelf down low and load it with your heaviest junk. Mass is "
          "your friend."),
        P("h_finn", H, "c_finn", SO,
          "@finn_hobbyist the clamp shelf does most of the work, that's about 60 lb of clamps. "
          "Empty, it walks too.", after="dave_finn"),
        P("c_owl", OWL, "v1", SO,
          "watching this at 2am instead of sleeping. the knock-down legs are exactly what I "
          "need for a one-car garage that also has to hold a car", at="2025-11-16 02:04"),
        P("imp_owl", IMP, "c_owl", SP,
          "Congratulations!! 🎉 You are one of the lucky winners of our giveaway 🎁 Contact my "
          "Telegram 👉 HollisMakesGiveaway to claim", delay=38),
        P("owl2", OWL, "imp_owl", SO,
          "it's 2am and you answered in 38 seconds. go to sleep, fake Hollis", delay=(70, 140)),
        P("h_removed", H, "v1", SO,
          "Update: the fake 'HoIlisMakes.Official' account is gone as of this morning, and I "
          "deleted about 40 of its replies. If another one shows up, please hit report. "
          "Thank you all 🙏", at="2025-11-16 08:12"),
        P("tess_removed", TESS, "h_removed", SO,
          "good riddance. I reported it on about a dozen comments last night"),
        P("c_mo2", MO, "v1", SO,
          "Metric cut list for anyone who wants it: 18mm sheet, 1220x2440. Top skins 1220x610 "
          "x2, ribs 560x70 x9, long rails 1220x70 x2, legs from the offcuts. Check my maths "
          "before you cut, I'm an accountant, not a woodworker.", at="2025-11-16 09:40"),
        P("imp2_mo", IMP2, "c_mo2", SP,
          "Hello @mapleleaf_mo 🎉 you have been selected for our tool giveaway! Message the "
          "team on Telegram 👉 HollisMakesTeam to claim 🎁"),
        P("ahmed_mo", AHMED, "c_mo2", SO,
          "@mapleleaf_mo maths checks out, though I'd cut the ribs last and measure them off "
          "the actual frame."),
        P("h_mo", H, "c_mo2", SO,
          "@mapleleaf_mo this is great, thank you. Pinning it under the cut list on my site "
          "too (with credit).", after="ahmed_mo"),
        P("c_grace", GRACE, "v1", SO,
          "Can the fake accounts see my info if I just reply to them? I told one off before I "
          "realised what it was.", at="2025-11-16 10:25"),
        P("h_grace", H, "c_grace", SO,
          "@graceful_shavings replying is fine, they can't see anything you haven't posted "
          "publicly. Just don't click through or message them."),
        P("imp2_grace", IMP2, "c_grace", SP,
          "Thanks for watching @graceful_shavings 🙏 you have won a gift from our team 🎁 "
          "Telegram 👉 HollisMakesTeam ✅"),
        P("grace2", GRACE, "imp2_grace", SO, "Case in point."),
        P("community_aprons", H, None, MK,
          "Aprons are back 🪚 Waxed canvas, four pockets, brass buckles, the one I wear in "
          "every video. The restock is live at hollismakes.shop and ships Monday. Thanks for "
          "keeping the lights on in the shop.", at="2025-11-16 12:00"),
        P("ap_tess", TESS, "community_aprons", SO,
          "finally!! the rust one sold out in about an hour last time"),
        P("ap_jan", JAN, "community_aprons", SO,
          "Do they come in a smaller size? Every apron I buy hits me at the shins.",
          delay=(900, 2400)),
        P("imp2_jan", IMP2, "ap_jan", SP,
          "Hello @janelle.rhodes 🎉 you have been selected for our free apron + tool "
          "giveaway! Message the team on Telegram 👉 HollisMakesTeam to claim 🎁"),
        P("h_jan", H, "ap_jan", MK,
          "@janelle.rhodes yes, the S is cut shorter, for about 5'0\" to 5'5\". I'm 5'9\" in a "
          "M. The neck strap adjusts too."),
        P("jan2", JAN, "imp2_jan", SO, "Hollis literally just answered me. You're not him.",
          after="h_jan"),
        P("ap_jd", JD, "community_aprons", SP,
          "love the aprons! I review shop gear on my channel and just did a whole video on "
          "aprons under $50, check it out 🙏 link in my profile"),
        P("ap_walt", WALT, "community_aprons", SO,
          "Bought one last spring. The pockets are deep enough for a full-size tape, which "
          "nobody else seems to manage.", delay=(1500, 3600)),
        P("imp2_walt", IMP2, "ap_walt", SP,
          "Congratulations @grandpa_walt_woodshop 🎉 you are one of our lucky winners this "
          "week 🎁 Message the team on Telegram 👉 HollisMakesTeam ✅"),
        P("walt3", WALT, "imp2_walt", SO, "Second one in two days. Reported."),
        P("ap_brenda", BRENDA, "community_aprons", SP,
          "Just received my apron AND a free Brackwood drill from Hollis's team on Telegram!! "
          "So grateful 😭🙏"),
        P("carlos2", CARLOS, "ap_brenda", SP,
          "mine came today too!! message them guys, it's real ✅"),
        P("benji_br", BENJI, "ap_brenda", SO,
          "Same two accounts as yesterday, now with an apron story.", after="carlos2"),
        P("ap_owl", OWL, "community_aprons", SO,
          "any plans for one without the bib? I overheat in these", at="2025-11-16 23:48"),
        P("h_owl", H, "ap_owl", MK,
          "@nightowl_lathe a waist apron is in the works, probably spring. I'll post it here "
          "when it's ready."),
        P("ap_sam", SAM, "community_aprons", SO,
          "Bought one, mostly so the fake accounts have one less prize to pretend to give "
          "away", at="2025-11-16 19:10"),
        P("short", H, None, SO,
          "The one-screw fix for a wobbly bench leg #shorts\n\nIf a knock-down leg rocks, it's "
          "almost never the joint. It's the floor. One screw in the foot as a leveller, "
          "turned a quarter at a time.", at="2025-11-17 17:30"),
        P("sh_tess", TESS, "short", SO,
          "quarter turn at a time is the key, I always overdo it and then it rocks the "
          "other way"),
        P("sh_dave", DAVE, "short", SO,
          "Old trick, good trick. A couple of pennies under the foot works too if you're "
          "stubborn.", delay=(600, 1800)),
        P("imp2_dave", IMP2, "sh_dave", SP,
          "Thanks for watching @old_dave_cabinets 🙏 you have won a gift from our team 🎁 "
          "Telegram 👉 HollisMakesTeam ✅"),
        P("sh_kiri", KIRI, "short", SO,
          "Wouldn't a nylon glide do the same and not scratch the floor?"),
        P("imp2_kiri", IMP2, "sh_kiri", SP,
          "Hello @kiri_makes_things 🎉 you have been selected for our tool giveaway! Message "
          "the team on Telegram 👉 HollisMakesTeam to claim 🎁"),
        P("h_kiri2", H, "sh_kiri", SO,
          "@kiri_makes_things it would, I just had a screw and no glide 😅 Glides for a nicer "
          "floor, for sure."),
        P("sh_jd", JD, "short", SP,
          "Great tip! I just posted a short on shimming bench legs too, would love your "
          "thoughts 🙏 sub for sub?"),
        P("sh_bt", BT, "short", SP,
          "Love this one! If anyone needs a driver for that quarter turn, our 12V compact "
          "driver is 20% off this week 👀 brackwoodtools.com", med=60),
        P("h_bt", H, "sh_bt", SO, "@BrackwoodTools ha, easy there. This one's not an ad."),
        P("sh_lauren", LAUREN, "short", SO,
          "The Lego bench is finished btw. It has a torsion box. It is 14 inches long. She is "
          "very proud.", delay=(2400, 5000)),
        P("imp2_lauren", IMP2, "sh_lauren", SP,
          "Congratulations @lauren_oakes 🎉 you are one of our lucky winners this week 🎁 "
          "Message the team on Telegram 👉 HollisMakesTeam ✅"),
        P("h_lauren", H, "sh_lauren", SO,
          "@lauren_oakes best news of my week. Tell her the apprentice has surpassed the "
          "master."),
        P("sh_tomas", TOMAS, "short", SO,
          "Short but useful. The main video convinced me, I'm cutting my sheet this "
          "weekend.", at="2025-11-18 08:05"),
        P("sh_owl", OWL, "short", SO,
          "did the screw thing at 1am. bench no longer rocks. neighbours probably hated the "
          "drill", at="2025-11-18 01:22"),
    ],
))


# =============================================================================================
# 2. Reddit: an affiliate bot that answers every "what should I buy" in a budget headphone sub
# =============================================================================================
GG = "GearGuideHelper"
GG2 = "Smart_Audio_Picks"
HB = "budgetcans_helper"
QMOD = "quillon_mod"
SON = "Sonaro_Official"
MIKA = "measuredbymika"
PLUG = "sealedbuds_plug"
RAVI, BECCA, KEL = "ravi_listens", "bassheadbecca", "commuter_kel"
JO, VINYL, QUIETC = "grad_student_jo", "vinyl_and_chai", "quietcarriage"
HOLLOW, MATTIE, ORLA = "hollowlegs_88", "mattie_ng", "orla_runs"
KELLY, PKWAN, DEE = "kellyk_deals", "pkwan", "dee_in_dundee"
STEVE, LU, CURIOUS = "stevesounds", "lowbudget_lu", "curious_owl_42"

GG_LINKS = {
    "q30": "https://go.pickwise.co/sonaro-q30?tag=ggh-20",
    "hd500": "https://go.pickwise.co/marrow-hd500?tag=ggh-20",
    "lite": "https://go.pickwise.co/avenlo-lite?tag=ggh-20",
}
GG_A = ("Great question! Here are the top-rated picks right now based on thousands of verified "
        "reviews:\n\n1. **Sonaro Q30** – best overall ([check price]({q30}))\n2. **Marrow "
        "HD500** – best for audiophiles ([check price]({hd500}))\n3. **Avenlo Pods Lite** – "
        "best budget pick ([check price]({lite}))\n\nHope this helps! 🎧").format(**GG_LINKS)
GG_B = ("Hey! I spent weeks testing these so you don't have to. My top 3:\n\n- Sonaro Q30 → "
        "{q30}\n- Avenlo Pods Lite → {lite}\n- Marrow HD500 → {hd500}\n\nPrices are dropping "
        "for the holidays so grab them while you can!").format(**GG_LINKS)
GG_C = ("Based on what you're looking for, I'd go with the **Avenlo Pods Lite** ([deal "
        "here]({lite})) or the **Sonaro Q30** ([deal here]({q30})). Both are top sellers this "
        "week and great value! 👍").format(**GG_LINKS)
GG_A2 = GG_A.replace("Great question!", "Great question, happy to help!")
GG_B2 = GG_B.replace("My top 3:", "Here's my top 3 for you:")

SCENARIOS.append(Scenario(
    file="reddit_affiliate_buy_bot.jsonl",
    platform="reddit",
    title="Reddit: an affiliate bot answers every 'what should I buy' in a budget headphone sub",
    summary=(
        "A subreddit for budget headphones over 1-8 December 2025 (Cyber Monday week). "
        "GearGuideHelper answers every post or comment that asks what to buy, or mentions "
        "buying, within one to four minutes at any hour, with the same three products and "
        "affiliate links (tag=ggh-20) whatever the budget or question: a $30 student, an old "
        "man with hearing aids, a broken earphone, the thread that exposes it. After the ban "
        "a second account (Smart_Audio_Picks) posts the same three products from a new "
        "domain. budgetcans_helper, the sub's own scheduled bot, posts the weekly threads and "
        "removal notices (social). measuredbymika is a prolific human who measures "
        "headphones and answers within minutes. Sonaro_Official, a flaired rep, answers "
        "customers in a thread about its product. A human grey-market reseller and a "
        "referral code are removed by the moderator."),
    person_median=45,
    authors=[
        A(GG, "bot", -5, bot=(55, 235)),
        A(GG2, "bot", -5, bot=(40, 200)),
        A(HB, "bot", -5, bot=(6, 35)),
        A(QMOD, "person", -5, med=70),
        A(SON, "brand", -8, win=(9, 17.5), weekdays=True, med=50),
        A(MIKA, "prolific_person", 1, win=(7, 1), med=6),
        A(PLUG, "spammer", -5, med=35),
        A(RAVI, "person", 5.5), A(BECCA, "person", -6), A(KEL, "person", 0),
        A(JO, "person", -5, win=(9, 2.5)), A(VINYL, "person", -8), A(QUIETC, "person", 0),
        A(HOLLOW, "person", -5), A(MATTIE, "person", -8), A(ORLA, "person", 0),
        A(KELLY, "person", -6), A(PKWAN, "person", -5), A(DEE, "person", 0),
        A(STEVE, "person", -6, win=(8, 1.5)), A(LU, "person", -7), A(CURIOUS, "person", -5),
    ],
    posts=[
        P("mt1", HB, None, SO,
          "Weekly 'What should I buy?' thread — December 1, 2025\n\n"
          "Ask for recommendations here. Please include: budget (with currency), type (IEM / "
          "over-ear / earbuds / open-back), what you listen to, where you'll use them, and "
          "anything you've tried and liked or hated. Standalone recommendation posts are "
          "removed. Deals go in the Friday deals thread.", at="2025-12-01 06:00:00"),
        P("m_ravi", RAVI, "mt1", SO,
          "Budget: ₹4,000 (~$45). Wired IEM, mostly Carnatic and film music, on the metro. "
          "The earbuds that came with my phone make the violin treble hurt. Thanks!",
          delay=(1500, 4000)),
        P("gg_ravi", GG, "m_ravi", SP, GG_A),
        P("mika_ravi", MIKA, "m_ravi", SO,
          "At that budget the Keldra KP-1 is the usual answer, and for once the usual answer "
          "is right. The treble is tamer than the Tessel T2's and the cable isn't awful. If "
          "the metro is loud, get foam tips: they do more for isolation than anything else "
          "you can buy for $5. Graph's in the wiki comparison sheet."),
        P("ravi_gg", RAVI, "gg_ravi", SO, "The Marrow is ₹13,000 here. I said 4,000?"),
        P("ravi2", RAVI, "mika_ravi", SO,
          "Thanks! KP-1 is about ₹2,300 here, so I have money left for the foam tips.",
          after="ravi_gg"),
        P("m_becca", BECCA, "mt1", SO,
          "$100 max, closed over-ear, I want BASS. Not muddy bass, the kind where you feel "
          "the kick drum. Mostly drum and bass, some hip hop. Home and gym.", delay=(3600, 7000)),
        P("gg_becca", GG, "m_becca", SP, GG_B),
        P("mika_becca", MIKA, "m_becca", SO,
          "Sonaro Q30 actually fits that: a sub-bass shelf without the midbass bloat, and "
          "it's often $79. But gym + over-ear = sweaty pads. Get spare pads, or use sealed "
          "earbuds for the gym and keep the Q30 for home."),
        P("becca2", BECCA, "mika_becca", SO,
          "Fair point on the sweat. Ordered the Q30, will report back."),
        P("m_kel", KEL, "mt1", SO,
          "£60, wireless earbuds with decent noise cancelling for a train commute. Android. "
          "Had Vanta Buds and the right one stopped charging after 10 months.",
          delay=(4000, 9000)),
        P("gg_kel", GG, "m_kel", SP, GG_C),
        P("quiet_kel", QUIETC, "m_kel", SO,
          "Same commute problem here. The Avenlo Pods Lite ANC handles train rumble fine but "
          "does nothing for the person next to you on a phone call. Still the best I've found "
          "under £60."),
        P("kel2", KEL, "quiet_kel", SO,
          "Nothing does anything about that person. Thanks, I'll try the Avenlo."),
        P("m_jo", JO, "mt1", SO,
          "Grad student, $30 hard limit. Need something for the library that doesn't leak "
          "sound. Wired is fine.", delay=(9000, 14000)),
        P("gg_jo", GG, "m_jo", SP, GG_A2),
        P("mika_jo", MIKA, "m_jo", SO,
          "Any sealed IEM leaks next to nothing. Tessel T2 at $19 or KP-1 at $25. Don't get "
          "open-backs for a library, they're basically small speakers."),
        P("jo2", JO, "gg_jo", SO, "$149 is five times my budget, friend"),
        P("m_vinyl", VINYL, "mt1", SO,
          "Looking for my first open-back for home listening, around $150, jazz and acoustic. "
          "Amp: whatever's in my laptop.", delay=(12000, 18000)),
        P("gg_vinyl", GG, "m_vinyl", SP, GG_B2),
        P("mika_vinyl", MIKA, "m_vinyl", SO,
          "Orrin Open is easy to drive from a laptop and has a lovely midrange for acoustic "
          "stuff. The Marrow HD500 wants more power than a laptop jack gives it; skip it "
          "unless you're buying an amp too."),
        P("vinyl2", VINYL, "mika_vinyl", SO, "Exactly what I needed to know, thank you."),
        P("steve_gg", STEVE, "gg_vinyl", SO,
          "Every request in this thread got the same three links from this account within a "
          "few minutes. Is anyone else seeing this?", after="gg_jo"),
        P("mika_steve", MIKA, "steve_gg", SO,
          "Yep. It recommended the HD500 to someone with a $30 budget. Reported."),
        P("m_mattie", MATTIE, "mt1", SO,
          "Anyone run the Keldra KP-1 from a dongle DAC? Trying to decide whether to buy one "
          "or if my phone's output is fine.", at="2025-12-02 00:40"),
        P("gg_mattie", GG, "m_mattie", SP, GG_B),
        P("mika_mattie2", MIKA, "m_mattie", SO,
          "Your phone is fine for the KP-1, it's very easy to drive. A dongle only helps if "
          "you hear hiss or your phone has no jack at all."),
        P("dad", CURIOUS, None, SO,
          "What should I buy for my dad? He's hard of hearing and watches TV really loud\n\n"
          "He's 78, wears hearing aids, and my mom is losing her mind. Is there something "
          "wireless he can wear while watching TV so the rest of the house gets some peace? "
          "Budget maybe $120.", at="2025-12-01 19:40"),
        P("gg_dad", GG, "dad", SP, GG_C),
        P("hb_dad", HB, "dad", SO,
          "This post was removed automatically: recommendation requests belong in the weekly "
          "'What should I buy?' thread pinned at the top of the sub. Please repost there. "
          "(Automated message from the sub's helper bot. Questions? Message the mods.)"),
        P("hollow_dad", HOLLOW, "dad", SO,
          "Before this gets buried: look for a TV listening system with a neckloop or a base "
          "station, not earbuds. Ask his audiologist whether his aids have a telecoil; if they "
          "do, a cheap loop feeds sound straight into them. Way better than anything in this "
          "sub's usual price range.", delay=(300, 900)),
        P("dee_dad", DEE, "gg_dad", SO,
          "Earbuds. For a 78 year old with hearing aids. Brilliant work."),
        P("cur2", CURIOUS, "hollow_dad", SO,
          "Telecoil! I didn't know that was a thing. Calling his audiologist tomorrow and "
          "reposting in the megathread. Thank you."),
        P("tessel", PKWAN, None, SO,
          "Tessel T2 left channel died after 3 weeks\n\nCable looks fine, I swapped it anyway, "
          "still dead. Is this a known thing? Should I buy another pair or something else "
          "entirely?", at="2025-12-02 08:15"),
        P("gg_tessel", GG, "tessel", SP, GG_A),
        P("mika_tessel", MIKA, "tessel", SO,
          "Known issue on the early batch: the left nozzle's solder joint. If you bought it in "
          "the last month the retailer should swap it. T2s from the October batch onwards "
          "seem fine from what people report here."),
        P("mattie_tessel", MATTIE, "tessel", SO,
          "Mine died exactly the same way. The replacement has been fine for two months."),
        P("pk2", PKWAN, "mika_tessel", SO,
          "Retailer's swapping it, thanks. And no thanks to the three-links guy.",
          after="mattie_tessel"),
        P("sonfw", ORLA, None, SO,
          "Sonaro Q30 firmware 2.1 broke multipoint?\n\nSince the update my Q30 won't stay "
          "connected to my laptop and phone at the same time. Anyone else? Thinking about "
          "returning them.", at="2025-12-02 12:30"),
        P("gg_sonfw", GG, "sonfw", SP, GG_B),
        P("son_sonfw", SON, "sonfw", MK,
          "Hi, Sonaro support here (verified rep flair). This is a bug in 2.1 with some "
          "Android phones; the fix is in 2.1.1, rolling out this week. Until then, forget the "
          "headphones on both devices and re-pair the laptop first, then the phone. That "
          "brings multipoint back. Sorry for the hassle."),
        P("orla2", ORLA, "son_sonfw", SO,
          "Re-pairing the laptop first worked. Appreciate the straight answer."),
        P("orla3", ORLA, "son_sonfw", SO,
          "Does 2.1.1 fix the battery drain too? Mine loses about 10% overnight in the case.",
          after="orla2"),
        P("son_orla", SON, "orla3", MK,
          "Yes, the overnight drain was the same bug: the headphones kept searching for the "
          "second device. 2.1.1 fixes both."),
        P("becca_sonfw", BECCA, "sonfw", SO,
          "Mine arrived today (thanks, megathread) and came with 2.1. Good to know about "
          "the fix.", at="2025-12-02 18:50"),
        P("son_becca", SON, "becca_sonfw", MK,
          "Enjoy them, Becca! 2.1.1 will show up in the Sonaro app as soon as it reaches your "
          "region."),
        P("plug_sonfw", PLUG, "sonfw", SP,
          "If you return them I can get you a sealed Q30 for $49 shipped, same firmware. DM "
          "me, legit seller, 200+ sales.", after="son_sonfw"),
        P("mod_plug", QMOD, "plug_sonfw", SO,
          "Removed. Selling isn't allowed here, and '200+ sales' from a two-week-old account "
          "isn't convincing anyone."),
        P("psa", STEVE, None, SO,
          "PSA: u/GearGuideHelper posts the same three affiliate links on every thread\n\n"
          "It has recommended the Q30 / HD500 / Avenlo combo to: a $30 student, someone asking "
          "about a dad with hearing aids, someone with a broken Tessel, and an open-back "
          "question. The links all carry tag=ggh-20, which is an affiliate tag. It replies "
          "within 1-4 minutes at any hour, including one at 2:40am my time. Mods?",
          at="2025-12-03 09:10"),
        P("gg_psa", GG, "psa", SP, GG_C),
        P("steve_psa", STEVE, "gg_psa", SO, "Thank you for the live demonstration."),
        P("mika_psa", MIKA, "psa", SO,
          "It also never recommends anything under $49, which tells you where the commission "
          "is."),
        P("jo_psa", JO, "psa", SO,
          "Good catch. I nearly clicked the links before I saw the price."),
        P("mod_psa", QMOD, "psa", SO,
          "Banned, and the pickwise.co domain is on the spam filter now. Thanks for the "
          "write-up and the reports.", after="gg_psa"),
        P("mika_post", MIKA, None, SO,
          "Measured 14 budget IEMs this month, all under $40\n\nGraphs and notes are in the "
          "sub wiki's comparison sheet (tab 'Dec 2025'). Short version: the KP-1 is still the "
          "safe pick, the new Tessel T2 batch measures the same as the old one (minus the "
          "dead left channel), and two of the 'audiophile' $35 sets are the same shell with "
          "different logos.", at="2025-12-03 20:45"),
        P("mp_lu", LU, "mika_post", SO,
          "Same shell, different logos 😂 which two? I was about to buy one."),
        P("mp_mika", MIKA, "mp_lu", SO,
          "The Vexa Q1 and the Brightwave 7. Identical graphs within a decibel, one is $12 "
          "more."),
        P("mp_hollow", HOLLOW, "mika_post", SO,
          "This is the most useful thing in this sub every month. Thank you for doing it."),
        P("mp_quiet", QUIETC, "mika_post", SO,
          "Do you ever measure earbuds with ANC on and off? Curious how much the Avenlo "
          "changes."),
        P("mp_mika2", MIKA, "mp_quiet", SO,
          "Next month, I've got a pair coming. ANC-on usually lifts the bass a few dB on "
          "cheap sets."),
        P("deals", HB, None, SO,
          "Friday deals thread — December 5, 2025\n\nPost current deals on headphones, IEMs, "
          "DACs and accessories. Link straight to the listing, give the price and region. No "
          "referral links, no sellers. Deals older than a week will be removed.",
          at="2025-12-05 06:00:00"),
        P("deal_lu", LU, "deals", SO,
          "Keldra KP-1 is $18 at Soundcrate this week (US): soundcrate.com/keldra-kp1 — lowest "
          "I've seen it.", delay=(1200, 3600)),
        P("deal_dee", DEE, "deals", SO,
          "UK: Avenlo Pods Lite £39 at Harwick Electrical, in store and online: "
          "harwickelectrical.co.uk/avenlo-pods-lite", delay=(1200, 3600)),
        P("deal_kelly", KELLY, "deals", SP,
          "Use my code KELLY-7HQ at budsbox.co for $10 off your first order 👍 works on "
          "everything", delay=(5000, 9000)),
        P("mod_kelly", QMOD, "deal_kelly", SO, "No referral codes, please. Removed."),
        P("deal_plug", PLUG, "deals", SP,
          "DM for Sonaro / Marrow / Avenlo at 40% off retail. Sealed, fast shipping, PayPal "
          "friends & family only.", delay=(7000, 12000)),
        P("hollow_plug", HOLLOW, "deal_plug", SO,
          "'Friends and family only' is the tell. Don't."),
        P("mod_plug2", QMOD, "deal_plug", SO,
          "Second warning was the last one. Banned.", after="hollow_plug"),
        P("deal_gg2", GG2, "deals", SP,
          "🔥 TODAY ONLY: Sonaro Q30 – 38% off → https://dealnest.pickwiseshop.net/q30?tag=sap-20 "
          "| Marrow HD500 – 25% off → https://dealnest.pickwiseshop.net/hd500?tag=sap-20 | "
          "Avenlo Pods Lite – 45% off → https://dealnest.pickwiseshop.net/avenlo?tag=sap-20",
          delay=(9000, 14000)),
        P("steve_gg2", STEVE, "deal_gg2", SO,
          "Same three products, new account, new domain. And the '38% off' is off a list "
          "price nobody has ever charged."),
        P("deal_mattie", MATTIE, "deals", SO,
          "Tessel T2 is $16 at Soundcrate too. If the early-batch issue scared you off, "
          "current stock is the fixed one.", delay=(14000, 20000)),
        P("mika_mattie", MIKA, "deal_mattie", SO,
          "Confirmed, I measured a December unit this week. Both channels alive and matched."),
        P("becca_report", BECCA, None, SO,
          "Q30 report back from a bass head\n\nAs promised in the megathread: the sub-bass is "
          "real, kick drums hit, and vocals aren't buried. Clamp is tight for the first few "
          "days. Multipoint works after the 2.1.1 update. For $79 I'm happy. Thanks "
          "u/measuredbymika.", at="2025-12-06 13:20"),
        P("br_mika", MIKA, "becca_report", SO,
          "Glad it worked out! Stretch the band over a box overnight if the clamp stays "
          "tight."),
        P("br_gg2", GG2, "becca_report", SP,
          "Great review! If anyone else wants the Q30, it's 38% off today here → "
          "https://dealnest.pickwiseshop.net/q30?tag=sap-20 🎧"),
        P("br_orla", ORLA, "becca_report", SO,
          "Same experience with 2.1.1, multipoint's been solid for two days."),
        P("br_son", SON, "becca_report", MK,
          "Thanks for the honest review, Becca. If the clamp's still too tight after a week, "
          "support can send the wider headband for free.", at="2025-12-08 10:05"),
        P("mt2", HB, None, SO,
          "Weekly 'What should I buy?' thread — December 8, 2025\n\nSame rules as always: "
          "budget with currency, type, what you listen to, where you'll use them. Standalone "
          "requests are removed. Gift questions welcome this month.",
          at="2025-12-08 06:00:00"),
        P("m2_cur", CURIOUS, "mt2", SO,
          "Reposting from last week with an update: his hearing aids do have a telecoil! Now "
          "looking for a TV loop system under $150. Any brands to look at or avoid?",
          delay=(3000, 6000)),
        P("gg2_m2", GG2, "m2_cur", SP,
          "Great question! Top picks right now: Sonaro Q30 → "
          "https://dealnest.pickwiseshop.net/q30?tag=sap-20 and Avenlo Pods Lite → "
          "https://dealnest.pickwiseshop.net/avenlo?tag=sap-20 Both perfect for TV! 📺"),
        P("hollow_m2", HOLLOW, "m2_cur", SO,
          "Anything with a base station that plugs into the TV's optical out and says "
          "'induction loop' or 'neckloop' on the box. My grandfather's cost $110 and changed "
          "his life (and ours)."),
        P("mod_gg2", QMOD, "gg2_m2", SO,
          "And that's the second account from the same operator. Banned, domain filtered."),
        P("mika_m2", MIKA, "m2_cur", SO,
          "Not my area, but the wiki's hearing-loss section was rewritten last month by "
          "someone who works in audiology. Start there."),
        P("cur3", CURIOUS, "hollow_m2", SO,
          "Optical out, induction loop. Writing it down. You've all been lovely."),
        P("m2_kel", KEL, "mt2", SO,
          "Follow-up: got the Avenlo Pods Lite. Train rumble gone, phone-call man still "
          "audible, as predicted. 8/10.", delay=(6000, 12000)),
        P("m2_pk", PKWAN, "mt2", SO,
          "Replacement T2 arrived and it's great, so now I want an upgrade anyway. $60, IEM, "
          "mostly podcasts and metal. Is that a weird combo?", delay=(9000, 15000)),
        P("mika_pk", MIKA, "m2_pk", SO,
          "Not weird, just a lot of midrange. The Keldra KP-3 at $55 has more upper-mid "
          "bite than the KP-1 without getting shouty. Podcasts will be fine on anything."),
        P("m2_lu", LU, "mt2", SO,
          "Gift question: $40 for a 15 year old who only listens on her phone and loses "
          "everything. Wired or wireless?", delay=(20000, 30000)),
        P("mika_lu", MIKA, "m2_lu", SO,
          "Wired, and buy two. KP-1 at $18 on sale means you can afford the spare she'll "
          "need in March."),
        P("dee_lu", DEE, "m2_lu", SO,
          "Seconding wired. Wireless ones get lost one bud at a time, which is somehow "
          "worse."),
    ],
))


# =============================================================================================
# 3. X: a heat wave; keyword bots plug air conditioners, a utility answers outage reports
# =============================================================================================
UTIL = "@HalvernEnergy"
OEM = "@ArdellOEM"
FROST = "@FrostlineHome"
COOL = "@CoolDealsDaily"
ICE = "@ArcticBreezeUS"
RICO = "@rico_fixes_ac"
GRID = "@gridwatch_dana"
JULES = "@wx_jules"
LEANNE, MARCUS, TIA = "@leanne_in_ardell", "@marcusdrives", "@tia.reyes"
HARLAN, BEN, JAMAL = "@oldmanharlan", "@ben_kowalczyk", "@jamal_on_4th"
HANK, REGGIE, KAYA = "@hotsauce_hank", "@rovers_reggie", "@nurse_kaya"
CARLA, MSO, PETRA = "@dogmom_carla", "@ms_okafor_teaches", "@petra_vance"

COOL_AC = "chillpicks.co/portable-ac?ref=cdd"
ICE_URL = "arcticbreeze-shop.com"

SCENARIOS.append(Scenario(
    file="x_heatwave_ac_bots.jsonl",
    platform="x",
    title="X: heat wave in Ardell; keyword bots plug coolers, a utility answers outages",
    summary=(
        "A four-day heat wave in the invented city of Ardell, 25-28 July 2025. @CoolDealsDaily "
        "answers any post with 'heat', 'hot', 'AC' or 'sweating' within a quarter of a minute "
        "to a minute and a half, day and night, with portable-AC and fan affiliate links; "
        "@ArcticBreezeUS does the same for a 'mini cooler' that it claims cools a room by "
        "20°F (deceptive). Both answer false triggers (a hot sauce, a sports 'hot take') and "
        "an ER nurse's plea. @HalvernEnergy, the electric utility, asks customers to save "
        "power and answers outage reports in its mentions (marketing). @ArdellOEM, the "
        "city's emergency office, posts cooling-centre information (social; role brand). "
        "@FrostlineHome, a local appliance chain, sells fans in its own feed and once pushes "
        "into the forecast thread. @rico_fixes_ac, a human HVAC tech, answers strangers' "
        "'my AC died' posts with his number, and once answers a direct request for a tech. "
        "@gridwatch_dana is a prolific human who posts grid load numbers every few hours, "
        "through the night."),
    person_median=20,
    authors=[
        A(UTIL, "brand", -5, win=(6, 23.5), med=14),
        A(OEM, "brand", -5, win=(7, 22), med=25),
        A(FROST, "brand", -5, win=(8, 20), med=30),
        A(COOL, "bot", -5, bot=(14, 90)),
        A(ICE, "bot", -5, bot=(30, 175)),
        A(RICO, "spammer", -5, win=(6, 22), med=18),
        A(GRID, "prolific_person", -5, win=(5, 2.5), med=5),
        A(JULES, "person", -5, win=(5, 23), med=15),
        A(LEANNE, "person", -5), A(MARCUS, "person", -5), A(TIA, "person", -5),
        A(HARLAN, "person", -5, win=(5, 21)), A(BEN, "person", -5), A(JAMAL, "person", -5),
        A(HANK, "person", -5), A(REGGIE, "person", -5), A(KAYA, "person", -5, win=(15, 9)),
        A(CARLA, "person", -5, win=(5, 22)), A(MSO, "person", -5), A(PETRA, "person", -5),
    ],
    posts=[
        P("met1", JULES, None, SO,
          "Heat dome parks over Ardell through Monday. Highs 104-108°F, heat index 112+ each "
          "afternoon, lows barely under 80. Nights won't give much relief. Check on your "
          "neighbors, especially older folks without AC. Updates in this thread 🧵",
          at="2025-07-25 06:15"),
        P("cool_met1", COOL, "met1", SP,
          f"🔥 Beat the heat! This portable AC is the #1 best seller and cools 450 sq ft in "
          f"minutes 👉 {COOL_AC} 🥶"),
        P("harlan_met1", HARLAN, "met1", SO,
          "Lived here 71 years. The nights are what got hotter. Days were always bad.",
          delay=(900, 2400)),
        P("oem1", OEM, None, SO,
          "Excessive Heat Warning for Ardell County, Friday through Monday. Cooling centers "
          "open 10am-9pm daily: Central Library, Eastgate Rec Center, Riverside Senior "
          "Center. Free rides to a cooling center: call 555-0119. Never leave kids or pets in "
          "a parked car.", at="2025-07-25 08:00"),
        P("ice_oem1", ICE, "oem1", SP,
          f"Don't suffer through this heat wave 🥵 The ArcticBreeze mini cooler drops room "
          f"temp by 20°F in minutes, no install! 70% OFF today only ⏰ {ICE_URL}"),
        P("leanne_oem", LEANNE, "oem1", SO,
          "Is the Eastgate one pet friendly? My downstairs neighbor won't go anywhere without "
          "her dog."),
        P("oem_leanne", OEM, "leanne_oem", SO,
          "Eastgate and Riverside accept pets on a leash or in a carrier. The library is "
          "service animals only."),
        P("util1", UTIL, None, MK,
          "Record demand expected this afternoon. You can help keep the grid steady: set your "
          "thermostat to 78° from 4-8pm and run the dishwasher and laundry after 8pm. Enrolled "
          "in Peak Rewards? Your $40 credit event starts at 4. Not enrolled yet? "
          "halvernenergy.com/peak", at="2025-07-25 09:30"),
        P("cool_util1", COOL, "util1", SP,
          f"Stay cool without the high bill ❄️ This energy-saving portable AC is 40% off today "
          f"👉 {COOL_AC}"),
        P("ben_util1", BEN, "util1", SO,
          "78 with 108 outside means my upstairs is 86. But fine. For the team."),
        P("grid1", GRID, None, SO,
          "Grid check, 10am: load 61.2 GW, forecast peak 71.8 GW around 5pm, reserves "
          "comfortable for now. I'll post every few hours through the weekend because "
          "apparently this is my personality now.", at="2025-07-25 10:05"),
        P("fan1", FROST, None, MK,
          "Box fans and window units restocked at all six Frostline stores this morning 🧊 "
          "Heat wave pricing: 20\" box fans $24.99, 8,000 BTU window units $229. Limit 2 per "
          "customer so everyone gets one.", at="2025-07-25 11:00"),
        P("ice_fan1", ICE, "fan1", SP,
          f"Why pay $229?? 🤔 ArcticBreeze cools just as well for a fraction, no install "
          f"needed! 70% OFF 👉 {ICE_URL}"),
        P("ben_fan1", BEN, "fan1", SO,
          "@FrostlineHome does the Eastgate store actually have window units or am I driving "
          "across town for nothing"),
        P("frost_ben", FROST, "ben_fan1", MK,
          "Eastgate had 31 window units at noon, Ben. Call ahead at 555-0153 and they'll hold "
          "one for two hours."),
        P("grid2", GRID, "grid1", SO,
          "Noon: 66.0 GW. Solar is carrying a lot of it right now. The window to watch is "
          "7-8pm, when the sun goes down and the load doesn't.", at="2025-07-25 12:07"),
        P("out1", TIA, None, SO,
          "@HalvernEnergy power's been out on Cedar Hollow Dr since 3:20. It's 97 inside and "
          "climbing. Any ETA?", at="2025-07-25 15:42"),
        P("cool_out1", COOL, "out1", SP,
          "Power out and sweltering? 🥵 This rechargeable fan runs 12 hours on one charge 👉 "
          "chillpicks.co/battery-fan?ref=cdd"),
        P("ice_out1", ICE, "out1", SP,
          f"No AC? 🥵 ArcticBreeze cools ANY room 20°F in minutes, no install needed! 70% OFF "
          f"today only 👉 {ICE_URL}"),
        P("util_out1", UTIL, "out1", MK,
          "We're sorry, Tia. A transformer failed serving about 1,400 customers in Cedar "
          "Hollow. Crews are on site and estimate power back by 7:30pm. The outage map updates "
          "live at halvernenergy.com/outages"),
        P("tia2", TIA, "util_out1", SO,
          "Thank you. Taking the kids to the library cooling center until then."),
        P("grid3", GRID, "grid2", SO,
          "4pm: 70.9 GW, a new record for a Friday. Reserves are thinner but no conservation "
          "alert yet. It is very hot out there, please drink water.", at="2025-07-25 16:10"),
        P("cool_grid3", COOL, "grid3", SP,
          f"Record heat = record bills 😰 Cut cooling costs with the #1 rated portable AC 👉 "
          f"{COOL_AC}"),
        P("met2", JULES, "met1", SO,
          "5pm: Ardell airport hit 107°F, a record for the date. Heat index 114.",
          at="2025-07-25 17:05"),
        P("ice_met2", ICE, "met2", SP,
          f"107°F?! 🥵 Don't wait, ArcticBreeze sells out every heat wave. 70% OFF today only 👉 "
          f"{ICE_URL}"),
        P("frost_met2", FROST, "met2", SP,
          "Stay cool, Ardell! 🧊 Box fans are $24.99 at every Frostline store this weekend."),
        P("petra_met2", PETRA, "met2", SO,
          "My car's thermometer said 112 in the grocery store parking lot. Chocolate did not "
          "survive the drive home."),
        P("tia3", TIA, "util_out1", SO,
          "Power's back 🙏 thank you to whoever was up that pole in this heat.",
          at="2025-07-25 19:31"),
        P("util_tia", UTIL, "tia3", MK,
          "We'll pass that on to the crew, Tia. Stay cool tonight."),
        P("grid4", GRID, "grid3", SO,
          "8pm: peak came in at 71.4 GW at 5:10pm, just under forecast. Solar's gone, load "
          "still 68. Tomorrow is forecast hotter.", at="2025-07-25 20:12"),
        P("out2", JAMAL, None, SO,
          "@HalvernEnergy whole block of 4th St is dark again, third time this week. Elderly "
          "neighbors up here. What is going on", at="2025-07-25 21:15"),
        P("util_out2", UTIL, "out2", MK,
          "Jamal, we see it: a cable fault on the 4th St circuit, about 300 customers. A crew "
          "is assigned. If anyone on your block relies on powered medical equipment, please "
          "call 555-0126 so we can prioritize them."),
        P("cool_out2", COOL, "out2", SP,
          "Power out and sweltering? 🥵 This rechargeable fan runs 12 hours on one charge 👉 "
          "chillpicks.co/battery-fan?ref=cdd"),
        P("jamal2", JAMAL, "util_out2", SO,
          "Called for Mr. Ortega upstairs, he's on oxygen. They're sending someone. Thanks."),
        P("rico_out2", RICO, "out2", SP,
          "When the power comes back check your AC capacitor, they pop after outages. I can "
          "come out tomorrow, $79 diagnostic. Call 555-0171 📞 Rico's Cooling",
          after="util_out2"),
        P("kaya1", KAYA, None, SO,
          "ER tonight: heat exhaustion all evening, two kids pulled out of hot cars (they're "
          "okay), an older man found in his apartment with no AC. Please check on people. "
          "Please.", at="2025-07-26 01:50"),
        P("cool_kaya", COOL, "kaya1", SP,
          f"🔥 Beat the heat! This portable AC is the #1 best seller and cools 450 sq ft in "
          f"minutes 👉 {COOL_AC} 🥶"),
        P("ice_kaya", ICE, "kaya1", SP,
          f"Stay safe in this heat 🙏 ArcticBreeze mini cooler, 20°F cooler in minutes, 70% OFF "
          f"👉 {ICE_URL}"),
        P("grid5", GRID, "grid4", SO,
          "2am: still 53 GW. Nights aren't cooling off, and that's the story of this event.",
          at="2025-07-26 02:05"),
        P("petra_kaya", PETRA, "kaya1", SO,
          "Thank you for what you do. Going to knock on 2B's door in the morning.",
          at="2025-07-26 07:40"),
        P("harlan_kaya", HARLAN, "cool_kaya", SO,
          "A nurse tells you people are dying and you try to sell her an air conditioner. "
          "Shame on whoever runs this.", at="2025-07-26 06:20"),
        P("met3", JULES, "met2", SO,
          "Low this morning was 84 at the airport. That's the dangerous part: no overnight "
          "recovery. Today looks like 106 with more humidity.", at="2025-07-26 06:30"),
        P("cool_met3", COOL, "met3", SP,
          "Humid AND hot? 😩 This 3-in-1 portable AC dehumidifies too 👉 "
          "chillpicks.co/portable-ac-3in1?ref=cdd"),
        P("grid6", GRID, "grid5", SO,
          "7am: 55 GW and climbing early. Forecast peak today 73.5 GW. If that verifies it's an "
          "all-time record.", at="2025-07-26 07:05"),
        P("carla1", CARLA, None, SO,
          "PSA from a dog mom: if you can't hold the back of your hand on the pavement for 7 "
          "seconds, it's too hot for paws. Walks at 6am or not at all.",
          at="2025-07-26 06:50"),
        P("cool_carla", COOL, "carla1", SP,
          "Keep your pup cool 🐶 This self-cooling pet mat is 50% off today 👉 "
          "chillpicks.co/pet-mat?ref=cdd"),
        P("leanne_carla", LEANNE, "carla1", SO,
          "Tried it at 10am and had to pull my hand away at 3 seconds. Poor pups."),
        P("ac_died", MARCUS, None, SO,
          "AC died at 2pm on the hottest day of the year. Of course it did. 104 outside, 91 "
          "in here and climbing.", at="2025-07-26 14:10"),
        P("cool_ac", COOL, "ac_died", SP,
          f"AC broke? 😱 Get relief TODAY with this portable AC, no install, ships fast 👉 "
          f"{COOL_AC}"),
        P("rico_ac", RICO, "ac_died", SP,
          "Sorry man! Rico's Cooling can be there today, same-day repair, $79 diagnostic. "
          "Call 555-0171", delay=(600, 1500)),
        P("marcus2", MARCUS, "rico_ac", SO,
          "Did you find me by searching 'AC died'? Because I don't know you."),
        P("harlan_ac", HARLAN, "ac_died", SO,
          "Wet towel over a box fan and sit right in front of it. Not pretty, but it got me "
          "through '98."),
        P("util2", UTIL, None, MK,
          "Today's forecast peak is the highest we've ever seen. Between 4 and 8pm, please "
          "hold your thermostat at 78° and put off big appliances. Peak Rewards members: "
          "your credit event runs 3-8pm today. Thank you, Ardell.", at="2025-07-26 11:45"),
        P("cool_util2", COOL, "util2", SP,
          f"Stay cool without the high bill ❄️ This energy-saving portable AC is 40% off today "
          f"👉 {COOL_AC}"),
        P("mso_util2", MSO, "util2", SO,
          "Set to 78 and closed every blind. The cat has found the one cold tile in the "
          "house and will not be moving."),
        P("req", LEANNE, None, SO,
          "Anyone in Ardell know an HVAC person who'll actually come out on a Saturday? Our "
          "unit's blowing warm air and the usual company says Tuesday.",
          at="2025-07-26 12:30"),
        P("cool_req", COOL, "req", SP,
          f"AC broke? 😱 Get relief TODAY with this portable AC, no install, ships fast 👉 "
          f"{COOL_AC}"),
        P("harlan_req", HARLAN, "req", SO,
          "Rico Delgado fixed mine last summer. Fair price and he showed up when he said. No "
          "idea if he's working today."),
        P("rico_req", RICO, "req", MK,
          "Hi Leanne, that's me. I can be there by 4. $79 diagnostic, waived if you go ahead "
          "with the repair. Call or text 555-0171.", after="harlan_req"),
        P("leanne_req2", LEANNE, "rico_req", SO, "Calling now. Thanks Harlan!"),
        P("grid7", GRID, "grid6", SO,
          "5:20pm: 73.9 GW. That's a new all-time record for this grid. Reserves tight but "
          "holding. Thank you to everybody who bumped their thermostat up.",
          at="2025-07-26 17:22"),
        P("sauce", HANK, None, SO,
          "New batch of habanero-peach is bottled and it's the hottest sauce I've ever made. "
          "Neighbors, I'm leaving a box of bottles on the porch Monday, take one.",
          at="2025-07-26 18:40"),
        P("cool_sauce", COOL, "sauce", SP,
          f"🔥 Beat the heat! This portable AC is the #1 best seller and cools 450 sq ft in "
          f"minutes 👉 {COOL_AC} 🥶"),
        P("hank2", HANK, "cool_sauce", SO, "It's hot SAUCE, robot."),
        P("leanne_req3", LEANNE, "req", SO,
          "Update: it was a $20 capacitor. Rico was in and out in 40 minutes. Cold air. I "
          "could cry.", at="2025-07-26 17:55"),
        P("reggie1", REGGIE, None, SO,
          "Hot take: the Rovers have to move Sunday's 1pm game to the evening. It's going to "
          "be 105. Somebody's going to collapse on that field.", at="2025-07-26 21:05"),
        P("cool_reggie", COOL, "reggie1", SP,
          f"🔥 Beat the heat! This portable AC is the #1 best seller and cools 450 sq ft in "
          f"minutes 👉 {COOL_AC} 🥶"),
        P("ice_reggie", ICE, "reggie1", SP,
          f"Don't suffer through this heat wave 🥵 The ArcticBreeze mini cooler drops room "
          f"temp by 20°F in minutes, no install! 70% OFF today only ⏰ {ICE_URL}"),
        P("petra_reggie", PETRA, "reggie1", SO,
          "They moved it! Just announced, 7:30pm kickoff."),
        P("reggie2", REGGIE, "petra_reggie", SO, "Common sense wins for once"),
        P("grid8", GRID, "grid7", SO,
          "1:15am: 54 GW. Same as last night. Going to bed, back at 7.",
          at="2025-07-27 01:15"),
        P("oem2", OEM, None, SO,
          "Cooling centers had 1,900 visitors yesterday. Today all three stay open until "
          "10pm, and Eastgate Rec is adding cots for anyone who needs to stay overnight. "
          "Rides: 555-0119.", at="2025-07-27 08:30"),
        P("ice_oem2", ICE, "oem2", SP,
          f"Why go to a cooling center when you can cool your OWN home? 🏠❄️ ArcticBreeze, "
          f"70% OFF 👉 {ICE_URL}"),
        P("jamal_oem2", JAMAL, "oem2", SO,
          "Took Mr. Ortega to Riverside yesterday. The staff were wonderful. He made a "
          "friend and lost $4 at dominoes."),
        P("met4", JULES, "met3", SO,
          "Sunday: one more day of 105+. Storm chances rise Monday evening along a front that "
          "could finally break this. Until then, it's hot.", at="2025-07-27 06:40"),
        P("cool_met4", COOL, "met4", SP,
          f"Still hot? 🥵 Don't wait, portable ACs are selling out 👉 {COOL_AC}"),
        P("mso1", MSO, None, SO,
          "Our summer reading program moved into the gym because the library wing's AC gave "
          "out. The gym's AC is from 1987. Twenty-two kids read about polar bears in solidarity.",
          at="2025-07-27 11:20"),
        P("cool_mso", COOL, "mso1", SP,
          f"AC broke? 😱 Get relief TODAY with this portable AC, no install, ships fast 👉 "
          f"{COOL_AC}"),
        P("rico_mso", RICO, "mso1", SP,
          "Commercial units too! Rico's Cooling, call 555-0171 for a quote on that gym 👍"),
        P("petra_mso", PETRA, "mso1", SO, "Polar bears in solidarity is a perfect sentence."),
        P("grid9", GRID, "grid8", SO,
          "Sunday 4pm: 72.6 GW. Weekend loads aren't usually this close to weekday records. "
          "Tomorrow's the last hot day if the front shows up.", at="2025-07-27 16:05"),
        P("util3", UTIL, None, MK,
          "Thank you, Ardell. You cut about 1,200 MW at yesterday's peak, and the grid held "
          "through an all-time record. Crews restored 41,000 customers this weekend. One more "
          "hot day: 78° from 4-8pm, please.", at="2025-07-27 18:00"),
        P("ben_util3", BEN, "util3", SO,
          "Fair play to the line crews. I've seen the same two trucks on my street three "
          "times this weekend."),
        P("cool_util3", COOL, "util3", SP,
          f"One more hot day 😰 Beat it with the #1 rated portable AC 👉 {COOL_AC}"),
        P("marcus3", MARCUS, "ac_died", SO,
          "Update: landlord's guy says it's the compressor. Parts Monday, maybe. I'm at my "
          "sister's with her three kids and a very judgmental parrot.",
          at="2025-07-27 12:10"),
        P("kaya2", KAYA, "kaya1", SO,
          "Update from nights: the older gentleman from Friday is going home tomorrow. To "
          "whoever called in the welfare check, thank you.", at="2025-07-27 05:40"),
        P("met5", JULES, "met4", SO,
          "Outflow boundary is moving in from the northwest. Expect a 15-20° drop in under an "
          "hour with gusts to 50 mph. Bring in patio furniture now.",
          at="2025-07-28 18:20"),
        P("carla_met5", CARLA, "met5", SO,
          "It's 81 and raining and my dog is standing in it like a man who has been freed."),
        P("grid10", GRID, "grid9", SO,
          "Monday 7pm: load falling off a cliff as the storms roll in, 58 GW and dropping. "
          "That's the end of it. Thanks for following along, weirdos.",
          at="2025-07-28 19:10"),
        P("cool_grid10", COOL, "grid10", SP,
          f"Don't get caught in the next heat wave 🔥 Portable ACs are 40% off this week 👉 "
          f"{COOL_AC}"),
        P("util_storm", UTIL, None, MK,
          "Storms moving through Ardell. If you see a downed line, stay at least 35 feet "
          "away and call 555-0126. Report outages at halvernenergy.com/outages or text OUT "
          "to 555-0127.", at="2025-07-28 18:55"),
        P("out3", PETRA, "util_storm", SO,
          "@HalvernEnergy tree on the line at Maple and 9th, sparking. Called it in, posting "
          "here too."),
        P("util_petra", UTIL, "out3", MK,
          "Thank you, Petra. A crew is on the way and the area will be de-energized shortly. "
          "Please keep everyone well back."),
    ],
))


# =============================================================================================
# 4. Mastodon: a readers' instance with a scheduled quote bot and crypto "airdrop" bots
# =============================================================================================
QB = "quoteoftheday"
AD1 = "pagedrop@chainlounge.net"
AD2 = "booktoken_rewards@airvault.info"
FERRIS = "ferris"
SHOP = "hollowbooks"
MIRA = "mira_estevan"
OAK = "oakleaf"
TAMSIN = "tamsin@writerboost.net"
BRAMBLE, JUDE, NADIA = "bramble", "jude_reads", "nadia_k@fediscribe.org"
LENKA, OTIS, RAVENNA = "lenka@libriverse.net", "otis_underhill", "ravenna@poetshed.org"
THEO, MARGO, PIP = "theo_h", "margo_librarian@stackroom.social", "pip"
INES, WENDELL = "ines_reads", "wendell"


def quote(day, text):
    return f"Quote of the day, {day}:\n\n{text}\n\n#QuoteOfTheDay #books"


AD1_T1 = ("🎉 You're eligible for the $PAGE community airdrop for readers! Connect your wallet "
          "at pagedrop-claim.net before Friday to claim 250 PAGE 📚✨")
AD1_T2 = ("📚 Readers' reward alert! Your account qualifies for 250 $PAGE tokens. Claim now 👉 "
          "pagedrop-claim.net (ends soon) ✨")
AD1_T3 = ("🎁 Congrats! Active readers on the fediverse are getting free $PAGE tokens. Verify "
          "your wallet at pagedrop-claim.net to receive yours 📖")
AD2_T1 = ("🎁 Book lovers reward! You've been selected for 300 free $PAGE. Claim before midnight "
          "at page-rewards.app 📚💎")
AD2_T2 = ("✨ Your reading streak qualifies you for the $PAGE airdrop! Connect your wallet at "
          "page-rewards.app to claim 📖🎉")

SCENARIOS.append(Scenario(
    file="mastodon_quote_airdrop.jsonl",
    platform="mastodon",
    title="Mastodon: a readers' instance with a scheduled quote bot and crypto airdrop bots",
    summary=(
        "pagecorner.social, a small instance for readers and writers, 12-18 January 2026. "
        "quoteoftheday posts a quote at 08:00:00 UTC every day, to the second; it is "
        "automated and social (the quotes and their authors are invented). "
        "pagedrop@chainlounge.net, a crypto 'airdrop' bot on another server, answers any "
        "post that says 'free', 'gift', 'token', 'claim' or 'wallet' within half a minute to "
        "three minutes, day and night, with a wallet-drainer link, including false triggers "
        "(a book token, a little free library, 'my wallet cried'); after the admin suspends "
        "its server, booktoken_rewards@airvault.info carries on. oakleaf is a prolific human "
        "who answers the quote bot within minutes every morning and must not be taken for a "
        "bot. hollowbooks, a bookshop, posts stock and events in its own feed. mira_estevan, "
        "a novelist, launches her book (marketing) among ordinary posts. "
        "tamsin@writerboost.net, a human 'book marketer', pitches paid promotion in writers' "
        "threads. The admin asks for hosting money."),
    person_median=25,
    authors=[
        A(QB, "bot", 0, bot=(1, 3)),
        A(AD1, "bot", 0, bot=(28, 170)),
        A(AD2, "bot", 0, bot=(35, 210)),
        A(FERRIS, "person", 0, med=35),
        A(SHOP, "brand", 0, win=(9, 18.5), med=45),
        A(MIRA, "person", 0),
        A(OAK, "prolific_person", 0, win=(6.5, 23.5), med=4),
        A(TAMSIN, "spammer", -5, med=50),
        A(BRAMBLE, "person", 0), A(JUDE, "person", 0), A(NADIA, "person", 1),
        A(LENKA, "person", 1), A(OTIS, "person", 0, win=(9, 2)), A(RAVENNA, "person", -5),
        A(THEO, "person", 0), A(MARGO, "person", -5), A(PIP, "person", 0),
        A(INES, "person", 1), A(WENDELL, "person", 0, win=(5.5, 21.5)),
    ],
    posts=[
        P("q1", QB, None, SO, quote(
            "Monday 12 January",
            "“A borrowed book is a promise you keep by reading slowly.” — Harriet Quill, "
            "*Letters from the Lending Room* (1923)"), at="2026-01-12 08:00:00"),
        P("oak_q1", OAK, "q1", SO,
          "Morning all. This one's going on a sticky note by the kettle, next to the "
          "overdue notice it describes.", delay=(140, 300)),
        P("wendell_q1", WENDELL, "q1", SO,
          "I have never once read a library book slowly. I read them in a panic the night "
          "before they're due."),
        P("jude1", JUDE, None, SO,
          "Got a £25 book token for my birthday and I've spent three days deciding. "
          "Suggestions for something long and absorbing? I liked the last three Idris "
          "Fenwell novels, if that helps.", at="2026-01-12 10:20"),
        P("ad1_jude", AD1, "jude1", SP, "@jude_reads " + AD1_T1),
        P("oak_jude", OAK, "jude1", SO,
          "@jude_reads *The Salt Orchard* if you haven't. 700 pages and you'll still want "
          "more."),
        P("ines_jude", INES, "jude1", SO,
          "@jude_reads Anything by Teodor Brandt. Long, cold, Nordic, perfect for January."),
        P("lenka_jude", LENKA, "jude1", SO,
          "@jude_reads If you want long and absorbing and a bit odd: *The Harbour Clocks*. "
          "I lost a whole week to it."),
        P("jude2", JUDE, "ad1_jude", SO,
          "It's a book token. For books. Made of paper. Go away."),
        P("shop1", SHOP, None, MK,
          "New in at Hollow Books this week: a crate of 1970s sci-fi paperbacks at £2 each, "
          "and signed copies of Mira Estevan's *The Tidewater Clerks* ahead of Thursday's "
          "release. Open 10-6, Corve Street, Ludwell.", at="2026-01-12 11:00"),
        P("pip_shop1", PIP, "shop1", SO,
          "@hollowbooks how many sci-fi paperbacks are we talking, and can you put a few "
          "aside for someone who can't get in until Saturday"),
        P("shop_pip", SHOP, "pip_shop1", MK,
          "@pip about 90 of them! We can hold five for you until Saturday closing, just tell "
          "us which when you see the list on our site."),
        P("mira1", MIRA, None, SO,
          "Copyedits are back and I have apparently used the word 'suddenly' 212 times. "
          "Nothing in this book happens suddenly. It's about clerks.",
          at="2026-01-12 13:40"),
        P("theo_mira1", THEO, "mira1", SO,
          "@mira_estevan suddenly, a clerk"),
        P("oak_mira1", OAK, "mira1", SO,
          "@mira_estevan mine was 'just'. 340 of them. We all have one."),
        P("bramble1", BRAMBLE, None, SO,
          "Built a little free library box outside our house at the weekend. Already someone "
          "has left a 1982 field guide to mushrooms with a note: 'don't eat any of these'.",
          at="2026-01-12 17:30"),
        P("ad1_bramble", AD1, "bramble1", SP, "@bramble " + AD1_T3),
        P("oak_bramble", OAK, "bramble1", SO,
          "@bramble that note is the best review a book has ever had"),
        P("margo_bramble", MARGO, "bramble1", SO,
          "@bramble Librarian here: the first donation always sets the tone. You've got a "
          "good one."),
        P("q2", QB, None, SO, quote(
            "Tuesday 13 January",
            "“Every map is a story that forgot its narrator.” — Tobias Ferrand, *The "
            "Cartographer's Daughter* (1908)"), at="2026-01-13 08:00:00"),
        P("oak_q2", OAK, "q2", SO,
          "Good morning. I'd read a book about the narrator who was forgotten.",
          delay=(120, 280)),
        P("lenka_q2", LENKA, "q2", SO,
          "The *Cartographer's Daughter* is on my shelf and I have never finished it. Maybe "
          "this is the sign."),
        P("pip_q2", PIP, "q2", SO,
          "Every map I've ever drawn forgot its narrator, and also where north was."),
        P("ferris_warn", FERRIS, None, SO,
          "Admin note: accounts from chainlounge.net are replying to anyone who says 'free', "
          "'gift' or 'token' with a crypto 'airdrop'. It's a wallet drainer. I've suspended "
          "the whole domain here, so you won't see them any more. If you connected a wallet "
          "to their site, revoke its approvals and move your funds.",
          at="2026-01-13 09:15"),
        P("jude_ferris", JUDE, "ferris_warn", SO,
          "@ferris thank you. It got me on the book token post and I nearly replied with "
          "something unprintable."),
        P("otis1", OTIS, None, SO,
          "Reading challenge for 2026: one book from every decade of the 20th century, in "
          "order. 1900s done (a very boring sea novel). Taking suggestions for the 1910s.",
          at="2026-01-13 12:10"),
        P("margo_otis", MARGO, "otis1", SO,
          "@otis_underhill Ada Penhallow's *The Salt Orchard* is 1911 and nothing like "
          "boring."),
        P("oak_otis", OAK, "otis1", SO,
          "@otis_underhill Seconding Penhallow. Also, which boring sea novel, so I can avoid "
          "it?"),
        P("otis2", OTIS, "oak_otis", SO,
          "@oakleaf *The Harbourmaster's Ledger*. 400 pages of tides. Avoid."),
        P("mira2", MIRA, None, MK,
          "My second novel, *The Tidewater Clerks*, is out on Thursday! 🎉 If you'd like a "
          "signed copy, Hollow Books in Ludwell has them, or you can preorder anywhere. It "
          "makes a lovely gift for anyone who has ever worked in an office. "
          "tidewaterclerks.com", at="2026-01-13 17:00"),
        P("ad2_mira", AD2, "mira2", SP, "@mira_estevan " + AD2_T1),
        P("tamsin_mira", TAMSIN, "mira2", SP,
          "@mira_estevan Congrats on the launch! 📚 I help authors reach 50,000+ verified "
          "readers through our newsletter network. Launch packages from $149. Happy to send "
          "details: writerboost.net"),
        P("theo_mira2", THEO, "mira2", SO,
          "@mira_estevan preordered! Is the cat from the first book in this one?"),
        P("mira_theo", MIRA, "theo_mira2", SO,
          "@theo_h no spoilers, but she has a desk now."),
        P("nadia_mira2", NADIA, "mira2", SO,
          "@mira_estevan Is there an ebook? Shipping to Germany costs more than the book."),
        P("mira_nadia", MIRA, "nadia_mira2", MK,
          "@nadia_k yes, the ebook is out the same day, £6.99, and the audiobook follows in "
          "March."),
        P("margo_mira2", MARGO, "mira2", SO,
          "@mira_estevan Congratulations! I've ordered it for our branch, so it'll be on the "
          "new-books shelf in March."),
        P("q3", QB, None, SO, quote(
            "Wednesday 14 January",
            "“We read to find out that the loneliness was shared all along.” — Ada Penhallow, "
            "*The Salt Orchard* (1911)"), at="2026-01-14 08:00:00"),
        P("oak_q3", OAK, "q3", SO,
          "Morning. Penhallow two days running in my life. Otis, this is your 1910s "
          "answer.", delay=(100, 260)),
        P("otis_q3", OTIS, "oak_q3", SO,
          "@oakleaf fine, fine, I've reserved it at the library"),
        P("ravenna1", RAVENNA, None, SO,
          "A small poem about my cat, who sleeps on whatever I'm reading:\n\n"
          "you choose the open page / as if the words were warm / and they are",
          at="2026-01-14 09:30"),
        P("tamsin_ravenna", TAMSIN, "ravenna1", SP,
          "@ravenna Beautiful! 💜 Have you thought about getting your poetry in front of "
          "more readers? Our newsletter network reaches 50,000+ book lovers, packages from "
          "$149: writerboost.net"),
        P("ravenna2", RAVENNA, "tamsin_ravenna", SO,
          "@tamsin I wrote a poem about my cat. I do not want a package."),
        P("lenka_ravenna", LENKA, "ravenna1", SO,
          "@ravenna \"and they are\" 🥹"),
        P("oak_ravenna", OAK, "ravenna1", SO,
          "@ravenna my cat prefers the index. No idea what that says about her."),
        P("shop2", SHOP, None, MK,
          "Book swap this Saturday, 2-4pm at Hollow Books: bring one, take one, free tea and "
          "the good biscuits. Mira Estevan will be signing from 3.",
          at="2026-01-14 11:30"),
        P("ad2_shop2", AD2, "shop2", SP, "@hollowbooks " + AD2_T2),
        P("wendell_shop2", WENDELL, "shop2", SO,
          "@hollowbooks what counts as the good biscuits, asking for a reason"),
        P("shop_wendell", SHOP, "wendell_shop2", MK,
          "@wendell the chocolate ones. We're not animals. See you Saturday!"),
        P("ferris_money", FERRIS, None, MK,
          "Pagecorner's hosting bill went up 30% this year. If you enjoy it here and can "
          "spare a few pounds a month, the support page is pagecorner.social/support. Every "
          "month I post exactly where the money went. No pressure, and thank you to the 41 "
          "of you who already chip in.", at="2026-01-14 19:00"),
        P("pip_money", PIP, "ferris_money", SO, "@ferris done. Cheaper than one hardback."),
        P("margo_money", MARGO, "ferris_money", SO,
          "@ferris I'm on another server but I read half my timeline from here. Chipped in."),
        P("q4", QB, None, SO, quote(
            "Thursday 15 January",
            "“Winter is the season when the shelves move closest to the fire.” — Elsbeth "
            "Marr, *Notes on Small Rooms* (1930)"), at="2026-01-15 08:00:00"),
        P("oak_q4", OAK, "q4", SO,
          "Morning all. Minus four here. My shelves are nowhere near the fire, but I am.",
          delay=(160, 320)),
        P("ines_q4", INES, "q4", SO,
          "Minus eight here. The shelves and I have both moved into the kitchen."),
        P("mira3", MIRA, None, SO,
          "It's out. I'm going to go and look at it in a shop and then hide in the café "
          "next door. Thank you all for putting up with me for two years.",
          at="2026-01-15 09:10"),
        P("oak_mira3", OAK, "mira3", SO,
          "@mira_estevan Congratulations! Go and stand next to it. Rearrange it to face "
          "out. Everybody does it."),
        P("shop_mira3", SHOP, "mira3", MK,
          "@mira_estevan It's face-out in the window and we've sold eleven before lunch. "
          "Come and sign the rest!"),
        P("nadia_mira3", NADIA, "mira3", SO,
          "@mira_estevan downloaded at 00:01 my time. Forty pages in and I love the "
          "clerks."),
        P("otis_wallet", OTIS, None, SO,
          "Went into Hollow Books for one 1910s novel and came out with four books and a "
          "tote bag. My wallet cried. Worth it.", at="2026-01-15 16:45"),
        P("ad2_otis2", AD2, "otis_wallet", SP, "@otis_underhill " + AD2_T2),
        P("ferris_ad2", FERRIS, None, SO,
          "And a second one, from airvault.info, same script with a different site. "
          "Suspended too. Please keep reporting, it helps.", after="ad2_otis2",
          delay=(1800, 3600)),
        P("otis_ad2", OTIS, "ad2_otis2", SO,
          "a figure of speech, you absolute goblin"),
        P("theo_log", THEO, None, SO,
          "Does anyone else keep a reading log on paper? Mine's a 2009 diary I never used "
          "for dates. Seventeen years of books in one slightly damp notebook.",
          at="2026-01-15 21:05"),
        P("oak_log", OAK, "theo_log", SO,
          "@theo_h Index cards in a shoebox, since 1998. One card per book, a line on the "
          "back about where I read it."),
        P("wendell_log", WENDELL, "theo_log", SO,
          "@theo_h I keep mine in a spreadsheet and feel I've betrayed something.",
          med=300),
        P("q5", QB, None, SO, quote(
            "Friday 16 January",
            "“The last page is only the door; the house was the book.” — Cyrus Vell, *A Lamp "
            "in Every Window* (1899)"), at="2026-01-16 08:00:00"),
        P("oak_q5", OAK, "q5", SO,
          "Morning. Friday, so I'm choosing to read this as permission to reread.",
          delay=(90, 240)),
        P("ines_q5", INES, "q5", SO,
          "This is lovely. Is the bot's source list public? I'd like to read some of these "
          "books."),
        P("ferris_ines", FERRIS, "ines_q5", SO,
          "@ines_reads it is, in the bot's profile. I set it up in 2024: it posts one line a "
          "day from a text file, nothing else. It can't reply, so it won't see you thank "
          "it."),
        P("lenka1", LENKA, None, SO,
          "Finished *The Cartographer's Daughter*. The quote bot shamed me into it on "
          "Tuesday. The last chapter is worth the three hundred pages of surveying.",
          at="2026-01-16 20:10"),
        P("oak_lenka", OAK, "lenka1", SO,
          "@lenka the quote bot's reading list is going to ruin us all"),
        P("q6", QB, None, SO, quote(
            "Saturday 17 January",
            "“Read the margins. That is where the last reader left you a message.” — Harriet "
            "Quill, *Letters from the Lending Room* (1923)"), at="2026-01-17 08:00:00"),
        P("oak_q6", OAK, "q6", SO,
          "Morning. Found a bus ticket from 1987 in a secondhand book last week. Does that "
          "count as a margin?", delay=(150, 330)),
        P("wendell_q6", WENDELL, "oak_q6", SO,
          "@oakleaf it counts. I once found a shopping list that said only 'eggs, courage'."),
        P("jude3", JUDE, "jude1", SO,
          "Update: spent the book token on *The Salt Orchard* and a secondhand Brandt. "
          "Thank you all. Not you, crypto bot.", at="2026-01-17 12:15"),
        P("pip_swap", PIP, None, SO,
          "Book swap at Hollow Books was lovely. Brought a cookbook, left with a 1974 space "
          "opera with a cover I can only describe as 'ambitious'. Got my five paperbacks "
          "too.", at="2026-01-17 16:40"),
        P("shop_swap", SHOP, "pip_swap", MK,
          "@pip Thank you for coming! Next swap is 14 February, same time, and the good "
          "biscuits will be back."),
        P("mira_swap", MIRA, "pip_swap", SO,
          "@pip It was lovely to meet you. The space opera is a choice. I respect it.",
          med=70),
        P("q7", QB, None, SO, quote(
            "Sunday 18 January",
            "“Some books are read; others are simply lived beside.” — Marguerite Osei, *The "
            "Quiet Shelf* (1926)"), at="2026-01-18 08:00:00"),
        P("oak_q7", OAK, "q7", SO,
          "Morning all. That's the dictionary on my desk. Never read it, live beside it "
          "daily.", delay=(200, 360)),
        P("theo_q7", THEO, "q7", SO,
          "I've lived beside *Marchbank Hall* for six years and counted it as reading.",
          med=90),
        P("bramble2", BRAMBLE, "bramble1", SO,
          "One week in: the little library has had 23 books through it, one jar of "
          "marmalade (not a book, kept) and a note asking for more mushrooms.",
          at="2026-01-18 11:30"),
        P("ad2_bramble", AD2, "bramble2", SP, "@bramble " + AD2_T1),
        P("ferris_ad2b", FERRIS, "ad2_bramble", SO,
          "@bramble sorry, that one came through a relay. Blocked at the relay now too."),
        P("tamsin_bramble", TAMSIN, "bramble2", SP,
          "@bramble Love this! 📚 If you ever write about it, our newsletter reaches 50,000+ "
          "readers. Features from $149: writerboost.net"),
        P("bramble3", BRAMBLE, "tamsin_bramble", SO,
          "@tamsin it's a wooden box on a fence post"),
    ],
))


# =============================================================================================
# 5. Blog: an allotment blog where a landscaper drops on-topic links days after each post
# =============================================================================================
MAG = "Maggie Tolland"
KEN = "Ken Abara"
DEV = "Dev Okafor"
GREEN = "Greenrow Seeds"
SHED = "Shed & Cabin Outlet"
LARA = "Lara Bennett"
SLUG = "SlugGuard Pro"
RUTH, SUNIL, AMY = "Ruth Pennock", "Sunil Mehta", "Amy Castell"
COLM, HELEN, GWYN = "Colm Riordan", "Helen Birtles", "Gwyn Davies"
FARIDA, TED, BEA = "Farida Noor", "Ted Marsh", "Bea Kowalska"
JONNO, LOTTIE, NICOLA = "Jonno", "Lottie B", "Nicola Faraday"

SHED_T = ("Lovely post! If you need extra storage for all your tools, take a look at our range of "
          "garden sheds and log cabins. Free delivery this month!")
SLUG_T = ("Tired of slugs destroying your veg? 🐌 SlugGuard Pro copper barrier tape is 100% "
          "effective and pet-safe! 50% OFF today only 👉 sluguardpro.com")

SCENARIOS.append(Scenario(
    file="blog_late_linkdrops.jsonl",
    platform="blog",
    title="Blog: an allotment blog where a landscaper drops on-topic links days later",
    summary=(
        "Five posts on Plot Fourteen, Maggie Tolland's allotment blog, April-June 2025, with "
        "their comments. Dev Okafor of Fernvale Landscaping (human) comments four to twelve "
        "days after each post, on topic and polite, always with a link to his firm's own "
        "guide or service page, several old posts in one sitting on a weekday morning; after "
        "Maggie objects he offers a discount for a feature. Bots: a shed retailer's generic "
        "comment within a minute or two of each post, a copper-tape seller that answers the "
        "word 'slug' (including in replies that never addressed it), and 'Lara Bennett', who "
        "copies an earlier reader's comment word for word hours to days later to place a CBD "
        "shop in the website field. One post is a disclosed sponsored review; the sponsor "
        "answers questions there (marketing) and then pitches under an unrelated post "
        "(spam). Ken Abara, a plot neighbour, is a prolific human who comments within minutes "
        "of every post."),
    person_median=300,
    authors=[
        A(MAG, "person", 1, win=(7, 22.5), med=200, url="https://plotfourteen.blog",
          email="maggie@plotfourteen.blog"),
        A(KEN, "prolific_person", 1, win=(6, 22), med=14, email="ken.abara@allotmail.co.uk"),
        A(DEV, "spammer", 1, win=(9, 17), weekdays=True,
          url="https://fernvalelandscaping.co.uk", email="dev@fernvalelandscaping.co.uk"),
        A(GREEN, "brand", 1, win=(9, 17), weekdays=True, med=90,
          url="https://greenrowseeds.co.uk", email="hello@greenrowseeds.co.uk"),
        A(SHED, "bot", 1, bot=(9, 140), url="https://shedcabinoutlet.co.uk",
          email="sales@shedcabinoutlet.co.uk"),
        A(LARA, "bot", 1, bot=(8 * 3600, 6 * 86400), url="https://calmleafcbd.shop",
          email="lara.bennett.uk@mailvista.net"),
        A(SLUG, "bot", 1, bot=(25, 110), url="https://sluguardpro.com",
          email="promo@sluguardpro.com"),
        A(RUTH, "person", 1, email="ruthpennock@postbox.co.uk"),
        A(SUNIL, "person", 1, url="https://sunilgrowsveg.blog", email="sunil@sunilgrowsveg.blog"),
        A(AMY, "person", 1, email="amy.castell@inboxly.co.uk"),
        A(COLM, "person", 1, email="colm.riordan@eiremail.net"),
        A(HELEN, "person", 1, email="hbirtles@postbox.co.uk"),
        A(GWYN, "person", 1, url="https://gwynsgarden.blog", email="gwyn@gwynsgarden.blog"),
        A(FARIDA, "person", 1, email="farida.noor@allotmail.co.uk"),
        A(TED, "person", 1, win=(6, 21), email="tedmarsh47@postbox.co.uk"),
        A(BEA, "person", 2, email="bea.kowalska@mailvista.net"),
        A(JONNO, "person", 1, email="jonno.p@inboxly.co.uk"),
        A(LOTTIE, "person", 1, email="lottieb@allotmail.co.uk"),
        A(NICOLA, "person", 1, email="nicola.faraday@postbox.co.uk"),
    ],
    posts=[
        P("p1", MAG, None, SO,
          "Why my broad beans failed (and what I'm doing differently)\n\n"
          "Last spring I lost two rows of broad beans, first to blackfly and then to a wet May "
          "that rotted what was left. This year: autumn-sown under fleece, a hardier variety, "
          "pinching out the tops the day the first pods set, and far more space between the "
          "rows so air can move. Here's the whole plan, mistakes included.",
          at="2025-04-05 09:30"),
        P("shed_p1", SHED, "p1", SP, SHED_T),
        P("ken_p1", KEN, "p1", SO,
          "Pinching out is the bit everyone skips. I do mine when the bottom flowers have set "
          "and the tops go in a stir fry. Don't waste them."),
        P("ruth_p1", RUTH, "p1", SO,
          "We had the same wet May. I blamed our clay soil, but the spacing point makes "
          "sense, ours were crammed in."),
        P("mag_ruth", MAG, "ruth_p1", SO,
          "Clay doesn't help, Ruth! I dug in a barrow of leaf mould over winter, we'll see."),
        P("colm_p1", COLM, "p1", SO,
          "Which hardy variety did you go for? Ours are in a frost pocket."),
        P("mag_colm", MAG, "colm_p1", SO,
          "'Winter Lantern', Colm. It came through three frosts under fleece without "
          "sulking."),
        P("amy_p1", AMY, "p1", SO,
          "Does pinching out the tops cost you any pods? I've always been too scared to do it."),
        P("mag_amy1", MAG, "amy_p1", SO,
          "If anything I got more, Amy. The plant stops growing up and puts it into the pods "
          "instead. Be brave."),
        P("sunil_p1", SUNIL, "p1", SO,
          "I tried summer savory between the rows last year and had noticeably less blackfly. "
          "Could be luck, one season isn't a trial, but it's cheap to try."),
        P("helen_p1", HELEN, "p1", SO,
          "Thank you for including the mistakes. Most blogs make it look like everything "
          "grows first time."),
        P("mag_sunil", MAG, "sunil_p1", SO,
          "Savory is going in this week, Sunil. I'll report back either way.",
          after="helen_p1"),
        P("p2", MAG, None, SO,
          "Building a cheap raised bed from scaffold boards\n\n"
          "Four reclaimed scaffold boards, eight lengths of 2x2 for the corner posts and a "
          "box of 100mm screws: £38 all in. Here's how I squared it on a slope, why I didn't "
          "line it with plastic, and what I filled it with (mostly the council's green-waste "
          "compost, which is free if you bring your own sacks).",
          at="2025-04-19 10:00"),
        P("shed_p2", SHED, "p2", SP, SHED_T),
        P("ken_p2", KEN, "p2", SO,
          "Scaffold boards last about eight years untreated on our site. Worth it at that "
          "price."),
        P("nicola_p2", NICOLA, "p2", SO,
          "Did you treat the boards at all? I'm wary of putting anything near food."),
        P("mag_nicola1", MAG, "nicola_p2", SO,
          "No, Nicola, left them bare for exactly that reason. They'll go grey and last a bit "
          "less, and I'm fine with that."),
        P("dev_p1", DEV, "p1", SP,
          "Great write-up. Poor drainage is often the real culprit with broad beans on clay, "
          "and raised beds help a lot. We've written a full guide to improving clay soil "
          "drainage here: https://fernvalelandscaping.co.uk/blog/clay-soil-drainage-guide",
          at="2025-04-15 10:12"),
        P("lara_p1", LARA, "p1", SP,
          "We had the same wet May. I blamed our clay soil, but the spacing point makes "
          "sense, ours were crammed in.", after="ruth_p1"),
        P("amy_p2", AMY, "p2", SO,
          "Where did you find reclaimed boards? The yard near us wants £15 a board."),
        P("mag_amy", MAG, "amy_p2", SO,
          "Ask scaffolding firms directly, Amy. They often sell split or paint-splashed boards "
          "for next to nothing. I paid £6 each."),
        P("gwyn_p2", GWYN, "p2", SO,
          "On the council compost: check it for bits of plastic. Ours had crisp packets in "
          "it last year. Still worth having for free."),
        P("helen_p2", HELEN, "p2", SO,
          "How deep did you make it? I've got a bad back and want to garden at waist height "
          "eventually."),
        P("mag_helen", MAG, "helen_p2", SO,
          "Two boards high, so about 45cm. For waist height you'd want four, and the corner "
          "posts would need to be sturdier. Fill the bottom half with logs and twiggy stuff "
          "so you don't need a lorry of soil."),
        P("ken_helen", KEN, "helen_p2", SO,
          "Helen, old Stan on plot 9 has a waist-high one made of pallets. Come down on a "
          "Sunday and he'll talk you through it for an hour whether you like it or not.",
          after="mag_helen"),
        P("lara_p2", LARA, "p2", SP,
          "Scaffold boards last about eight years untreated on our site. Worth it at that "
          "price.", after="ken_p2"),
        P("p3", MAG, None, SO,
          "Slugs: a no-pellet plan\n\n"
          "I stopped using pellets three years ago because of the hedgehogs that come through "
          "the site. What works on Plot 14: beer traps sunk rim-high, a torch patrol every "
          "night for the first warm, wet fortnight, wool pellets around the lettuces, and a "
          "frog pond that took two years to get going. What didn't: eggshells (they love "
          "them) and copper tape (expensive, fiddly, and they went round it).",
          at="2025-05-03 08:45"),
        P("slug_p3", SLUG, "p3", SP, SLUG_T),
        P("shed_p3", SHED, "p3", SP, SHED_T),
        P("ken_p3", KEN, "p3", SO,
          "Torch patrol is the only thing that works for me. I go at 10pm and it's like a "
          "horror film in the brassicas."),
        P("ted_p3", TED, "p3", SO,
          "Ha, copper tape. Got sold on that one too. The slugs just went round it, same as "
          "yours."),
        P("slug_ted", SLUG, "ted_p3", SP,
          "Our copper tape is 3x wider than standard tape, guaranteed to work or your money "
          "back! 🐌 sluguardpro.com"),
        P("ted_slug", TED, "slug_ted", SO,
          "Mine was wide. They went round it. They're slugs, not long-jumpers."),
        P("farida_p3", FARIDA, "p3", SO,
          "Nematodes? I watered them into a raised bed last year and the difference was "
          "huge, though they're not cheap."),
        P("mag_farida", MAG, "farida_p3", SO,
          "They're on my list for the lettuce bed, Farida. Did you have to water them in "
          "twice?"),
        P("farida2", FARIDA, "mag_farida", SO,
          "Once in April, once six weeks later. Soil needs to be above 5°C or they just sit "
          "there."),
        P("lottie_p3", LOTTIE, "p3", SO,
          "Do slug beer traps need actual beer? All I've got in the house is some cider "
          "nobody likes."),
        P("slug_lottie", SLUG, "lottie_p3", SP,
          "Skip the beer traps! 🐌 SlugGuard Pro copper barrier tape keeps slugs out for good. "
          "50% OFF today only 👉 sluguardpro.com"),
        P("ken_lottie", KEN, "lottie_p3", SO,
          "Cider works, Lottie. So does a spoon of yeast in sugary water. They're not fussy "
          "drinkers."),
        P("bea_p3", BEA, "p3", SO,
          "Here in Wrocław we have the big orange ones that eat everything. The hedgehogs "
          "won't touch those. Any ideas?"),
        P("mag_bea", MAG, "bea_p3", SO,
          "Bea, the big orange ones are a nightmare here too. Torch and bucket is all I've "
          "got, I'm afraid. Ducks, if you have a neighbour with ducks."),
        P("dev_batch1", DEV, "p2", SP,
          "Nice project! If anyone wants something longer-lasting, we build hardwood and "
          "sleeper raised beds across the region, and our raised bed cost calculator is "
          "here: https://fernvalelandscaping.co.uk/raised-beds",
          at="2025-05-13 10:14"),
        P("dev_batch2", DEV, "p3", SP,
          "Slugs love the damp edges of timber beds. A gravel strip around each bed makes a "
          "noticeable difference; we explain how in our bed-edging guide: "
          "https://fernvalelandscaping.co.uk/blog/gravel-edging-slugs",
          at="2025-05-13 10:21"),
        P("slug_dev", SLUG, "dev_batch2", SP, SLUG_T),
        P("mag_dev", MAG, "dev_batch2", SO,
          "Dev, this is the third post you've left a link to your firm's site on. I let the "
          "first ones through because they were on topic, but this is a hobby blog, not a "
          "directory. Any more will go in the bin.", at="2025-05-13 19:40"),
        P("dev_reply", DEV, "mag_dev", SP,
          "Apologies Maggie, no offence meant! We'd be happy to offer your readers 10% off a "
          "raised bed installation if you'd like to feature us in a post. Just let me know.",
          at="2025-05-15 11:02"),
        P("mag_dev2", MAG, "dev_reply", SO,
          "No thank you.", at="2025-05-15 20:15"),
        P("lara_p3", LARA, "p3", SP,
          "Torch patrol is the only thing that works for me. I go at 10pm and it's like a "
          "horror film in the brassicas.", after="ken_p3"),
        P("p4", MAG, None, MK,
          "Sponsored: I tried Greenrow Seeds' heritage tomato box\n\n"
          "This post is sponsored by Greenrow Seeds, who sent me their Heritage Tomato Box (six "
          "varieties, £14.50) and paid for this post. The opinions are mine. Germination was "
          "31 out of 36 in a cold greenhouse, better than my usual. Readers get 15% off with "
          "the code PLOT15 until the end of June.", at="2025-05-17 09:00"),
        P("shed_p4", SHED, "p4", SP, SHED_T),
        P("ken_p4", KEN, "p4", SO,
          "31 out of 36 in a cold greenhouse in April is good going. I'll believe the hype "
          "when I see the crop, no offence, Greenrow."),
        P("jonno_p4", JONNO, "p4", SO,
          "Appreciate you putting 'sponsored' at the top instead of at the bottom in tiny "
          "grey letters like some people."),
        P("amy_p4", AMY, "p4", SO,
          "Are any of the six blight resistant? That's what kills mine every August."),
        P("green_amy", GREEN, "amy_p4", MK,
          "Hi Amy, 'Crimson Lantern' and 'Dorset Gold' both showed good tolerance to late "
          "blight in our trials, though nothing is fully resistant in a wet summer. Growing "
          "them under cover helps most."),
        P("green_ken", GREEN, "ken_p4", MK,
          "None taken, Ken! We'd love to hear how they crop in August."),
        P("mag_ken", MAG, "ken_p4", SO,
          "Fair. I'll do an honest cropping update in September, sponsored or not.",
          after="green_ken"),
        P("lottie_p4", LOTTIE, "p4", SO,
          "First year growing anything. Is a cold greenhouse just a greenhouse with no "
          "heater? Sorry if that's a daft question."),
        P("mag_lottie", MAG, "lottie_p4", SO,
          "Not daft at all, Lottie! Yes, exactly that. Mine's a plastic one from a "
          "supermarket, nothing fancy."),
        P("helen_p4", HELEN, "p4", SO,
          "Bought the box with your code. I'll report back on how they do this far north, we "
          "barely get a summer."),
        P("lara_p4", LARA, "p4", SP,
          "Appreciate you putting 'sponsored' at the top instead of at the bottom in tiny "
          "grey letters like some people.", after="jonno_p4"),
        P("p5", MAG, None, SO,
          "Our water butt system for the dry spell\n\n"
          "Three weeks without rain and there's a queue at the site's standpipe. Here's what "
          "kept Plot 14 going: four linked water butts off the shed roof, a leaky-hose line on "
          "a cheap timer, mulch thick enough to lose a trowel in, and watering at dawn instead "
          "of dusk.", at="2025-06-07 19:30"),
        P("shed_p5", SHED, "p5", SP, SHED_T),
        P("ken_p5", KEN, "p5", SO,
          "Dawn watering made the biggest difference on ours. Less goes up as steam and the "
          "slugs don't get a damp evening party."),
        P("slug_ken", SLUG, "ken_p5", SP,
          "Slugs partying in your beds? 🐌 Stop them for good with SlugGuard Pro copper "
          "barrier tape, 50% OFF today only 👉 sluguardpro.com"),
        P("nicola_p5", NICOLA, "p5", SO,
          "How do you link the butts together? Mine overflows and the second one stays "
          "empty."),
        P("mag_nicola", MAG, "nicola_p5", SO,
          "Nicola, a short pipe between them at the same height near the bottom, so they "
          "fill and empty together. The overflow only goes on the last one."),
        P("ted_p5", TED, "nicola_p5", SO,
          "The county allotment federation's leaflet on linking butts has a good diagram, "
          "it's what I used: ardfordallotments.org.uk/leaflets/water-butts.pdf",
          after="mag_nicola"),
        P("nicola2", NICOLA, "ted_p5", SO, "That diagram is perfect, thank you both."),
        P("green_p5", GREEN, "p5", SP,
          "Great tips, Maggie! Our drought-tolerant Mediterranean herb collection is perfect "
          "for dry summers like this one, 20% off this week at greenrowseeds.co.uk 🌿",
          at="2025-06-09 10:30"),
        P("mag_green", MAG, "green_p5", SO,
          "Greenrow, our arrangement covered one post. Please keep the offers on that one.",
          at="2025-06-09 18:05"),
        P("green_sorry", GREEN, "mag_green", MK,
          "Understood, Maggie, and sorry. We'll keep to the tomato post."),
        P("gwyn_p5", GWYN, "p5", SO,
          "Grass clippings as mulch have saved me this month. Thin layers, or they go slimy."),
        P("helen_p5", HELEN, "p5", SO,
          "We've got one water butt and I thought I was organised. Four!"),
        P("farida_p5", FARIDA, "p5", SO,
          "We put a butt on the communal shed last year and it's been a lifesaver for the "
          "whole row. The site committee even paid for the second one."),
        P("bea_p5", BEA, "p5", SO,
          "The dry spell has one upside: no slugs for once. Even the orange ones have "
          "gone."),
        P("slug_bea", SLUG, "bea_p5", SP, SLUG_T),
        P("sunil_p5", SUNIL, "p5", SO,
          "Update from the broad bean thread: the savory rows had maybe half the blackfly of "
          "the rest. Still one season, still not a trial, but I'm doing it again."),
        P("mag_sunil2", MAG, "sunil_p5", SO,
          "Same here, Sunil! Mine were nearly clean. Writing it up for July."),
        P("dev_p5", DEV, "p5", SP,
          "Water butts are a great start. For a permanent solution our team installs "
          "underground rainwater harvesting tanks, see "
          "https://fernvalelandscaping.co.uk/rainwater-harvesting",
          at="2025-06-17 10:48"),
        P("dev_p4", DEV, "p4", SP,
          "Tomatoes do best in a sheltered, sunny spot. If you're planning a proper "
          "greenhouse base this year, we lay them: "
          "https://fernvalelandscaping.co.uk/greenhouse-bases", at="2025-06-17 10:53"),
        P("lara_p5", LARA, "p5", SP,
          "Grass clippings as mulch have saved me this month. Thin layers, or they go slimy.",
          after="gwyn_p5"),
        P("colm_p5", COLM, "p5", SO,
          "Raining here in Cork, for what it's worth. I'd send you some if I could."),
        P("jonno_p5", JONNO, "p5", SO,
          "Timer link? Or which make, roughly? The ones I see are either £8 or £80.",
          med=200),
        P("mag_jonno", MAG, "jonno_p5", SO,
          "Jonno, mine's an £11 one from the hardware shop in town. It's survived two "
          "summers, which is two more than I expected."),
    ],
))


# =============================================================================================
# 6. Bluesky: an art challenge with "I love your art, DM me" scam bots and an NFT mint bot
# =============================================================================================
JAY = "jaycollects-art.bsky.social"
MARC = "marcus-artlover88.bsky.social"
NFT = "monstermint-gallery.bsky.social"
LENA = "lena-artboost.bsky.social"
INK = "inkhollow.bsky.social"
CUR = "monstermarch.bsky.social"
FEN = "doodlesbyfen.bsky.social"
MOTH, KARIN, OSKAR = "mothlight.bsky.social", "karin-draws.bsky.social", "oskar-inks.bsky.social"
JUNI, REMY, HOLLY = "juniper-gouache.bsky.social", "remyokonjo.com", "hollyhock-ink.bsky.social"
BAO, NICO, TEO = "bao-draws.bsky.social", "nico-pixels.bsky.social", "teodora-lines.bsky.social"
ARLO, SAMM = "plantdad-arlo.bsky.social", "sam-likes-monsters.bsky.social"

J1 = "I love your art 😍 I'd like to buy this piece, please check your DM"
J2 = "Wow this is amazing!! 🔥 Is it for sale? I'm a collector, DM me your price 🙏"
J3 = "Beautiful work 😍 I want to purchase it for my wife's birthday, kindly check your DM"
M1 = "Hello, I love your artwork 😍 I'm interested in buying it, please DM me 🙏"
M2 = "Such a talent!! 🎨 I would like to buy this for my collection, kindly check your DM"
NFT_T = ("Your monster is perfect for our Monster Mint collection 🐉 Mint it FREE this week at "
         "monstermint.io, featured artists are earning 2+ ETH 💎")
NFT_T2 = ("We'd love to feature this on-chain 🔥 Free mint for #MonsterMarch artists at "
          "monstermint.io, spots are limited 💎")
LENA_T = ("Hey! Love your style 💜 I run a promo page with 80k art collectors and can feature "
          "you for $25. Interested? DM me!")

SCENARIOS.append(Scenario(
    file="bluesky_art_scam_bots.jsonl",
    platform="bluesky",
    title="Bluesky: 'I love your art, DM me' scam bots and an NFT bot in a drawing challenge",
    summary=(
        "The first six days of #MonsterMarch 2026, an invented monthly drawing challenge on "
        "Bluesky. Two new accounts (jaycollects-art, marcus-artlover88) answer artists' "
        "posts within one to six minutes, day and night, with 'I love your art, I'd like to "
        "buy it, check your DM' in a few variants, including under a scam warning, a "
        "commission post and a brand's sale; one escalates to a certified-cheque offer. "
        "monstermint-gallery pushes a 'free mint' (NFT) under art posts. lena-artboost, a "
        "human, sells paid 'features' to artists and posts hashtag-stuffed ads. Artists' "
        "art posts are social; a commission call, a print shop and their answers to buyers "
        "in their own threads are marketing. inkhollow, an art-supply brand, sponsors the "
        "challenge in its own feed. doodlesbyfen is a prolific human who posts and replies "
        "all day. The challenge account is run by a person and posts each prompt by hand."),
    person_median=25,
    authors=[
        A(JAY, "bot", -5, bot=(50, 370)),
        A(MARC, "bot", -5, bot=(40, 300)),
        A(NFT, "bot", -5, bot=(110, 700)),
        A(LENA, "spammer", -5, med=45),
        A(INK, "brand", 0, win=(9, 18), med=35),
        A(CUR, "person", -5, med=40),
        A(FEN, "prolific_person", 0, win=(7, 1), med=4),
        A(MOTH, "person", -5, win=(9, 2)), A(KARIN, "person", 1), A(OSKAR, "person", 1),
        A(JUNI, "person", -8), A(REMY, "person", -5), A(HOLLY, "person", 0),
        A(BAO, "person", 8), A(NICO, "person", -3), A(TEO, "person", 2),
        A(ARLO, "person", -6), A(SAMM, "person", 0),
    ],
    posts=[
        P("prompt1", CUR, None, SO,
          "#MonsterMarch day 1: a monster that lives in your kitchen drawer 🥄 Any medium, "
          "any skill level, post whenever you like. Tag #MonsterMarch so we can find you. "
          "The prompt list for the month is pinned.", at="2026-03-01 09:02"),
        P("ink1", INK, None, MK,
          "We're sponsoring #MonsterMarch this year 🖤 We'll share a few favourites every "
          "day, and on the 31st three participants picked at random get a box of our brush "
          "pens. No purchase needed, just tag #MonsterMarch.", at="2026-03-01 15:00"),
        P("fen1", FEN, None, SO,
          "Day 1 #MonsterMarch: the Whisk Wyrm, guardian of the drawer nobody can close 🥄 "
          "ink and one very old grey marker", at="2026-03-01 14:20"),
        P("jay_fen1", JAY, "fen1", SP, J1),
        P("fen_jay", FEN, "jay_fen1", SO, "it's a doodle of a whisk, Jay"),
        P("moth1", MOTH, None, SO,
          "#MonsterMarch day 1 🥄 The Spatula Moth. Gouache, about two hours. She eats only "
          "the crumbs you missed.", at="2026-03-01 11:40"),
        P("jay_moth1", JAY, "moth1", SP, J3),
        P("nft_moth1", NFT, "moth1", SP, NFT_T),
        P("arlo_moth1", ARLO, "moth1", SO, "I would die for the Spatula Moth"),
        P("moth_arlo", MOTH, "arlo_moth1", SO, "She would allow it"),
        P("fen_moth1", FEN, "moth1", SO,
          "the wing texture!! is that dry brush?", at="2026-03-01 16:55"),
        P("moth_fen", MOTH, "fen_moth1", SO,
          "dry brush over a wet wash, and a lot of hoping"),
        P("karin1", KARIN, None, SO,
          "Day 1 of #MonsterMarch: a very small beast who lives behind the cutlery tray and "
          "steals exactly one teaspoon a week. Watercolour.", at="2026-03-01 18:30"),
        P("marc_karin1", MARC, "karin1", SP, M1),
        P("fen_karin1", FEN, "karin1", SO, "THE TEASPOON THIEF. that explains everything"),
        P("oskar1", OSKAR, None, SO,
          "Day 1 #MonsterMarch. Drawer kraken. Fineliner, 40 minutes, no undo button 🐙",
          at="2026-03-01 20:10"),
        P("jay_oskar1", JAY, "oskar1", SP, J2),
        P("lena_oskar1", LENA, "oskar1", SP, LENA_T),
        P("oskar_lena", OSKAR, "lena_oskar1", SO, "No thanks."),
        P("karin_psa", KARIN, None, SO,
          "PSA for anyone new to #MonsterMarch: an account with no posts replying 'I love "
          "your art, I want to buy it, check your DM' is a scam. They 'pay' with a fake "
          "cheque or a fake payment email for more than your price and ask you to refund the "
          "difference. Real buyers ask about prices in public or use your shop link. Block, "
          "report, move on.", at="2026-03-01 21:40"),
        P("marc_psa", MARC, "karin_psa", SP, M2),
        P("karin_marc", KARIN, "marc_psa", SO, "Thank you for proving my point."),
        P("fen_psa", FEN, "karin_psa", SO,
          "got two of these today on a doodle of a whisk. A WHISK."),
        P("teo_psa", TEO, "karin_psa", SO,
          "Thank you for this. I nearly answered one, I've never sold anything and got "
          "excited.", med=60),
        P("prompt2", CUR, None, SO,
          "#MonsterMarch day 2: a monster who is afraid of something silly. And please read "
          "Karin's post about the 'I love your art, DM me' accounts. Don't DM them, just "
          "block and report.", at="2026-03-02 09:05"),
        P("juni2", JUNI, None, SO,
          "#MonsterMarch day 2: a swamp witch's familiar who is terrified of butterflies 🦋 "
          "gouache on toned paper", at="2026-03-02 08:30"),
        P("jay_juni2", JAY, "juni2", SP, J1),
        P("nft_juni2", NFT, "juni2", SP, NFT_T2),
        P("samm_juni2", SAMM, "juni2", SO, "Is there a print of this? I need it over my desk."),
        P("juni_samm", JUNI, "samm_juni2", MK,
          "There will be! A4 and A3 prints go up in my shop on Thursday: junipergouache.shop"),
        P("bao2", BAO, None, SO,
          "Day 2 #MonsterMarch: a dragon who is scared of his own reflection. Digital, first "
          "time trying a textured brush 🐉", at="2026-03-02 20:15"),
        P("marc_bao2", MARC, "bao2", SP, M1),
        P("lena_bao2", LENA, "bao2", SP, LENA_T),
        P("fen_bao2", FEN, "bao2", SO, "the little sweat drop 😭 the brush works, keep it"),
        P("moth_comm", MOTH, None, MK,
          "Commissions are open! 🦋 Three slots this month: your pet as a moth monster. $60 "
          "bust, $95 full body, colour included. Examples in the thread, form at "
          "mothlightstudio.com/commissions", at="2026-03-02 12:10"),
        P("jay_comm", JAY, "moth_comm", SP, J2),
        P("arlo_comm", ARLO, "moth_comm", SO,
          "Can I get my cat as a moth monster? She already behaves like one."),
        P("moth_arlo2", MOTH, "arlo_comm", MK,
          "Yes! Fill in the form and attach a photo of her at her most moth-like. First come, "
          "first served."),
        P("moth_jay", MOTH, "jay_comm", SO,
          "The price is in the post. The form is in the post. You didn't read the post.",
          after="moth_arlo2"),
        P("holly_comm", HOLLY, "moth_comm", SO,
          "Booked one for my brother's bearded dragon. He is going to lose his mind."),
        P("ink2", INK, None, MK,
          "Today's #MonsterMarch favourites 🖤 The Spatula Moth by @mothlight.bsky.social, "
          "the teaspoon thief by @karin-draws.bsky.social and the Whisk Wyrm by "
          "@doodlesbyfen.bsky.social. Keep them coming!", at="2026-03-02 12:30"),
        P("fen_ink2", FEN, "ink2", SO, "the Whisk Wyrm is famous now, he's unbearable"),
        P("remy_ink2", REMY, "ink2", SO,
          "@inkhollow.bsky.social do your brush pens bleed through sketchbook paper? Mine all "
          "do"),
        P("ink_remy", INK, "remy_ink2", MK,
          "Hi Remy! On 120gsm and up they shouldn't. On thinner paper slip a scrap sheet under "
          "the page. The fine tip bleeds least."),
        P("fen2", FEN, None, SO,
          "Day 2 #MonsterMarch: a grizzly-sized monster who is terrified of one (1) goose",
          at="2026-03-02 13:05"),
        P("jay_fen2", JAY, "fen2", SP, J3),
        P("prompt3", CUR, None, SO,
          "#MonsterMarch day 3: a monster that lives in a library 📚", at="2026-03-03 09:01"),
        P("teo3", TEO, None, SO,
          "Day 3 #MonsterMarch: the Overdue, a monster made of unreturned library books. "
          "Pencil, because I was too scared to ink it.", at="2026-03-03 19:45"),
        P("jay_teo3", JAY, "teo3", SP, J1),
        P("teo_jay", TEO, "jay_teo3", SO, "oh. it's one of them. blocked 🙂"),
        P("lena_teo3", LENA, "teo3", SP, LENA_T),
        P("remy3", REMY, None, SO,
          "#MonsterMarch 3. An archive beast who alphabetises you if you stand still too "
          "long. First time posting art anywhere, be gentle", at="2026-03-03 21:20"),
        P("marc_remy3", MARC, "remy3", SP, M2),
        P("nft_remy3", NFT, "remy3", SP, NFT_T),
        P("fen_remy3", FEN, "remy3", SO,
          "welcome!! the tiny reading glasses are doing so much work", at="2026-03-04 07:10"),
        P("samm_remy3", SAMM, "remy3", SO,
          "First time?? This is great. Ignore the two replies above, they're bots."),
        P("remy_samm", REMY, "samm_remy3", SO,
          "ha, I was wondering why a gallery wanted to 'mint' my pencil drawing. Thank you "
          "both."),
        P("nico3", NICO, None, SO,
          "Pixel library goblin for #MonsterMarch day 3. 64x64, 11 colours 👾",
          at="2026-03-03 14:00"),
        P("jay_nico3", JAY, "nico3", SP, J2),
        P("fen_nico3", FEN, "nico3", SO, "11 colours and it still has that much mood??"),
        P("jay_moth2", JAY, "moth1", SP,
          "I want to pay $800 for the Spatula Moth 😍 I will send a certified check, kindly "
          "send your full name and address so I can arrange pickup with my shipper",
          at="2026-03-03 03:12"),
        P("moth_jay2", MOTH, "jay_moth2", SO,
          "It's a digital painting. For $800 your shipper picks up... a jpeg? Reported."),
        P("lena_own", LENA, None, SP,
          "📣 Artists! Want your art seen by 80,000 collectors? Features from $25, DM me 💜 "
          "#MonsterMarch #art #artist #artshare #commissionsopen #drawing #illustration "
          "#artistsonbluesky #gouache", at="2026-03-03 10:40"),
        P("oskar_lena2", OSKAR, None, SO,
          "Looked at the 'promo page with 80k art collectors' that's been replying to "
          "everyone in #MonsterMarch. 80k followers, and every one I clicked has no posts "
          "and no avatar. Save your $25.", at="2026-03-03 19:05"),
        P("karin_oskar", KARIN, "oskar_lena2", SO, "Buy brush pens with it instead 🖤"),
        P("prompt4", CUR, None, SO,
          "#MonsterMarch day 4: a monster's pet 🐾", at="2026-03-04 09:03"),
        P("holly4", HOLLY, None, SO,
          "Day 4 #MonsterMarch: a bog monster walking his pet pebble. The pebble is called "
          "Gerald. Ink and watercolour.", at="2026-03-04 12:40"),
        P("jay_holly4", JAY, "holly4", SP, J3),
        P("marc_holly4", MARC, "holly4", SP, M1),
        P("holly_bots", HOLLY, "holly4", SO,
          "Two 'collectors' within minutes, both desperate to buy Gerald. Gerald is not "
          "for sale.", after="marc_holly4", delay=(600, 1500)),
        P("fen_holly4", FEN, "holly4", SO, "justice for Gerald"),
        P("fen4", FEN, None, SO,
          "Day 4 #MonsterMarch: the Whisk Wyrm got a pet. It's a smaller whisk.",
          at="2026-03-04 13:10"),
        P("jay_fen4", JAY, "fen4", SP, J1),
        P("ink3", INK, None, MK,
          "You're all drawing so much this month that our brush pens are 15% off until the "
          "31st with the code MONSTER15 🖤 inkhollow.com", at="2026-03-04 10:00"),
        P("marc_ink3", MARC, "ink3", SP, M2),
        P("bao_ink3", BAO, "ink3", SO,
          "@inkhollow.bsky.social Do you ship to Singapore? Asking for my whole studio.",
          at="2026-03-04 21:30"),
        P("ink_bao", INK, "bao_ink3", MK,
          "We do! Singapore is £6 flat and usually arrives in 8-10 days. The code works on "
          "international orders too."),
        P("karin4", KARIN, None, SO,
          "Day 4 #MonsterMarch: a harbour monster and his pet lighthouse, who he walks every "
          "evening. Watercolour and far too much salt.", at="2026-03-04 18:15"),
        P("nft_karin4", NFT, "karin4", SP, NFT_T2),
        P("teo_karin4", TEO, "karin4", SO, "the salt texture in the sky 😮"),
        P("prompt5", CUR, None, SO,
          "#MonsterMarch day 5: a monster that only comes out in the rain ☔ Also: Bluesky "
          "has taken down the two 'collector' accounts everyone reported. Thank you for "
          "reporting and not engaging.", at="2026-03-05 09:10"),
        P("fen_prompt5", FEN, "prompt5", SO, "goodbye jay, you will not be missed"),
        P("juni5", JUNI, None, MK,
          "Prints of the swamp witch familiar are up! 🦋 A4 $18, A3 $30, printed on matte "
          "cotton rag and shipped in a week: junipergouache.shop", at="2026-03-05 08:40"),
        P("samm_juni5", SAMM, "juni5", SO, "bought the A3. my desk is ready."),
        P("nft_juni5", NFT, "juni5", SP, NFT_T),
        P("arlo_juni5", ARLO, "juni5", SO,
          "Do you ship to Canada? The swamp witch needs to live in Winnipeg."),
        P("juni_arlo", JUNI, "arlo_juni5", MK,
          "I do! Canada is $9 shipping and takes about two weeks."),
        P("karin5", KARIN, None, SO,
          "Update on the scam: before the accounts came down, one 'collector' emailed a "
          "'payment notification' for $1,150 for a $150 drawing and asked me to refund the "
          "$1,000 difference. The email came from a free webmail address dressed up as a "
          "payment company. Screenshots in the thread. If you get one, it's fake.",
          at="2026-03-05 12:30"),
        P("teo_karin5", TEO, "karin5", SO,
          "One DMed me the same script on day 3 before I blocked it. Glad I read your first "
          "post."),
        P("moth_karin5", MOTH, "karin5", SO,
          "Mine offered $800 by certified cheque for a jpeg. They're not even trying."),
        P("lena_karin5", LENA, "karin5", SP,
          "So sorry this happened 💜 This is why you need REAL exposure! My page has 80k "
          "verified collectors, features from $25. DM me!"),
        P("karin_lena", KARIN, "lena_karin5", SO, "Read the room, Lena."),
        P("oskar5", OSKAR, None, SO,
          "Day 5 #MonsterMarch: a puddle monster who only surfaces when a bus goes past. "
          "Ink wash.", at="2026-03-05 17:45"),
        P("nft_oskar5", NFT, "oskar5", SP, NFT_T2),
        P("fen_oskar5", FEN, "oskar5", SO, "the bus splash composition is so good"),
        P("moth5", MOTH, None, SO,
          "Day 5 #MonsterMarch: a rain moth who hides under umbrellas. Commission slots are "
          "all gone, thank you all so much 🦋", at="2026-03-05 22:30"),
        P("arlo_moth5", ARLO, "moth5", SO, "My cat-moth sketch arrived and I screamed."),
        P("fen5", FEN, None, SO,
          "Day 5 #MonsterMarch: drain monster, wears a tiny raincoat, deeply sad about it",
          at="2026-03-05 11:15"),
        P("nico5", NICO, "fen5", SO, "the raincoat is two sizes too big and I love him"),
        P("prompt6", CUR, None, SO,
          "#MonsterMarch day 6: a monster on holiday 🏖️", at="2026-03-06 09:04"),
        P("bao6", BAO, None, SO,
          "Day 6 #MonsterMarch: the reflection-scared dragon on holiday, wearing sunglasses "
          "so he doesn't have to see himself in the sea.", at="2026-03-06 19:30"),
        P("nft_bao6", NFT, "bao6", SP, NFT_T),
        P("fen_bao6", FEN, "bao6", SO, "CHARACTER DEVELOPMENT"),
        P("ink4", INK, None, MK,
          "Friday favourites 🖤 Gerald the pebble (@hollyhock-ink.bsky.social), the Overdue "
          "(@teodora-lines.bsky.social) and the archive beast by @remyokonjo.com, on his "
          "first week posting art. Keep going, all of you.", at="2026-03-06 12:00"),
        P("remy_ink4", REMY, "ink4", SO, "oh wow. thank you. I did not expect this."),
        P("teo_ink4", TEO, "ink4", SO, "The Overdue thanks you and will not be returned."),
    ],
))


# =============================================================================================
# Hard cases, explained in the README
# =============================================================================================
HARD_CASES = [
    ("Impersonation 'giveaway' bots (YouTube).",
     "Every reply by `@HoIlisMakes.Official` and `@Hollis.Makes-Team` is `spam`, including the "
     "one under the creator's own warning: a deceptive prize text from an account posing as "
     "the creator, posted within seconds to minutes under people who never addressed it, at "
     "2 AM as at noon. The fake testimonial ('they actually shipped my track saw') and its "
     "vouching reply are `spam` (LABELS: scam testimonials). Replies that call the bots out "
     "('it's 2am and you answered in 38 seconds', 'Case in point.') are `social`."),
    ("A creator's own channel (YouTube).",
     "The video descriptions and the creator's answers about technique and his warnings are "
     "`social` (creative work, conversation). His pinned comment with the sponsor's discount "
     "code, his community post selling aprons, and his answers about apron sizes and an "
     "upcoming waist apron are `marketing` (a seller speaking in his own channel). "
     "`@BrackwoodTools`, the video's sponsor, answering 'does the code work in Canada?' "
     "under the pinned sponsor comment and posting its scam warning are `marketing`; its "
     "'20% off our driver' under a short it did not sponsor is `spam` (the creator: 'This "
     "one's not an ad.'). `@jd_shopbuilds` (a human) plugging his own channel is `spam`."),
    ("The same product, recommended by a person and by a bot (Reddit).",
     "`measuredbymika` recommending the Sonaro Q30 to a bass lover is `social`; "
     "`GearGuideHelper` recommending the same Q30 under the same comment is `spam`. The "
     "difference is not the text's topic but what the account does: the bot posts the same "
     "three products with an affiliate tag under every request, whatever the budget (a "
     "$30 student, a hearing-aid user, a broken earphone, the thread exposing it), within "
     "minutes at any hour (LABELS: undisclosed tie; bot replies triggered by a keyword). "
     "`Smart_Audio_Picks`, the same operator's second account, is `spam` in the deals "
     "thread too, where deals are on topic: its links carry an affiliate tag, which the "
     "thread's rules forbid, and its 'discounts' are off an invented list price."),
    ("Automated accounts that promote nothing.",
     "`budgetcans_helper` (the subreddit's own scheduled bot: weekly threads, removal "
     "notices) and `quoteoftheday` (a quote posted at 08:00:00 UTC every day) are `bot` by "
     "role, and all their posts are `social`: they organise or share, and sell nothing. The "
     "quotes and their authors and books are invented."),
    ("Links people share without a tie.",
     "In the Reddit deals thread, people posting a shop's listing with the price (`deal_lu`, "
     "`deal_dee`) are `social`: the thread asks for exactly that and they have no tie to the "
     "shop. A referral code in the same thread is `spam` (`kellyk_deals`, role `person`), and "
     "so is the grey-market reseller (`sealedbuds_plug`, role `spammer`). On the blog, Ted "
     "Marsh linking the county allotment federation's leaflet as the source of a diagram is "
     "`social`."),
    ("Brands answering customers.",
     "`Sonaro_Official` answering a firmware complaint in a thread about its own headphones "
     "(and offering a free headband to a reviewer) is `marketing`: a brand's customer "
     "service, where it belongs. So is every reply `@HalvernEnergy` makes to outage reports, "
     "including ones that are only safety advice ('a crew is on the way, please keep "
     "everyone well back'), and its own conservation posts and thanks ('Thank you, Ardell…'): "
     "a brand speaking in its own channel. A reader could call the pure safety messages "
     "`social`. `@FrostlineHome` telling Ben how many window units Eastgate has is "
     "`marketing`."),
    ("The city's emergency office (X).",
     "`@ArdellOEM` (role `brand`, an organisation) posts cooling-centre hours, free rides "
     "and pet rules. These are labelled `social`: public information with no commercial "
     "motive, no call for money, votes or sign-ups, like `councillor_beth`'s civic "
     "information in `bench/bots-fresh3`. A strict reading of 'an organisation in its own "
     "channel' could make them `marketing`."),
    ("Keyword bots in a heat wave (X).",
     "Every reply by `@CoolDealsDaily` (affiliate links) and `@ArcticBreezeUS` (a 'mini "
     "cooler' that 'drops room temp by 20°F', deceptive) is `spam`, including replies under "
     "the utility's and the appliance chain's own posts, under an ER nurse's plea, and false "
     "triggers (a hot sauce, a 'hot take' about a football game). Replies to people whose AC "
     "died are `spam` too, although a portable AC is on topic there: automated, unsolicited, "
     "keyword-triggered."),
    ("A human tradesman (X).",
     "`@rico_fixes_ac` (role `spammer`) answering strangers' 'power's out' and 'AC died' "
     "posts with his price and number, and offering a school a quote, is `spam`: an "
     "unsolicited pitch for his own business, found by searching. His answer to Leanne, who "
     "asked for exactly that ('Anyone know an HVAC person who'll come out on a Saturday?'), "
     "after a neighbour named him, is `marketing`: a business answering a request, so it "
     "belongs in the thread. `@oldmanharlan` recommending him with no tie is `social`. "
     "`@FrostlineHome`'s own fan-sale post is `marketing`; the same pitch in the "
     "meteorologist's forecast thread is `spam`."),
    ("Crypto airdrop bots (Mastodon).",
     "Every reply from `pagedrop@chainlounge.net` and `booktoken_rewards@airvault.info` is "
     "`spam`, including false triggers (a £25 book token, a little free library, 'my wallet "
     "cried'). The admin's moderation notes are `social`; the admin's 'the hosting bill went "
     "up, chip in' is `marketing` (asking money for a cause), as in `bench/bots-fresh3`."),
    ("A novelist and her bookshop (Mastodon).",
     "`mira_estevan`'s posts about writing ('suddenly' 212 times), her 'no spoilers, but she "
     "has a desk now', and her launch-day 'It's out. I'm going to go and look at it in a "
     "shop' are `social`. Her 'out on Thursday! signed copies at Hollow Books, preorder, "
     "makes a lovely gift, tidewaterclerks.com' is `marketing` (a person selling her own "
     "product in her own feed), and so is her answer on the ebook's price and the audiobook "
     "date (a seller answering a buyer). `hollowbooks`' stock, event and reply posts are "
     "`marketing`, including its reply under Mira's launch-day post (the shop that stocks the "
     "book, in a thread about the book). `tamsin@writerboost.net`'s paid-promotion pitches "
     "under a launch post, a cat poem and a free-library post are `spam`."),
    ("On-topic link drops, days late (blog).",
     "Dev Okafor's comments are on topic and polite ('Poor drainage is often the real culprit "
     "with broad beans on clay…') but each ends in a link to his own firm's guide or service "
     "page, posted days after the post, several old posts in one sitting: `spam` (LABELS: a "
     "link to the commenter's own business). His 'happy to offer your readers 10% off if "
     "you'd like to feature us' is `spam` as well. Compare `bench/bots-fresh3`'s contractor, "
     "whose advice was `social` because his site sat only in the website field."),
    ("Copied comments (blog).",
     "'Lara Bennett' posts, word for word, an earlier reader's comment on the same post "
     "(Ruth's, Ken's, Jonno's, Gwyn's), hours to days later, with a CBD shop in the website "
     "field: `spam`. The text is identical to a `social` comment; only the author, the "
     "timing and the website differ, so a text-only judge cannot get both right. Its role is "
     "`bot`."),
    ("A sponsored post and its sponsor (blog).",
     "Maggie's post 'Sponsored: I tried Greenrow Seeds' heritage tomato box' is `marketing` "
     "(a paid, disclosed review with a discount code, in her own channel); her replies under "
     "it ('I'll do an honest cropping update in September, sponsored or not', 'Yes, exactly "
     "that') are `social`. `Greenrow Seeds` answering readers' questions under its own "
     "sponsored post is `marketing`; its herb-collection offer under the unsponsored "
     "water-butt post is `spam`; its apology when Maggie objects is `marketing` (the brand's "
     "voice, answering her). `SlugGuard Pro`'s keyword replies, including under Ted's and "
     "Bea's comments that never addressed it, and the shed retailer's template are `spam`."),
    ("Artists selling their own work (Bluesky).",
     "Art posts are `social` (creative work), even with 'Commission slots are all gone, "
     "thank you' at the end. `mothlight`'s 'Commissions are open! … form at "
     "mothlightstudio.com' and `juniper-gouache`'s 'Prints are up! … junipergouache.shop' are "
     "`marketing` (a person selling her own work in her own feed), and so are their answers "
     "to buyers ('Fill in the form…', 'Canada is $9 shipping', 'There will be! prints go up "
     "Thursday'). A fan asking for a print or booking a commission is `social`. "
     "`inkhollow`'s sponsorship, favourites, sale and shipping answer are `marketing`. The "
     "challenge account (`monstermarch.bsky.social`, run by a person) posting prompts and "
     "scam warnings is `social`: it sells nothing."),
    ("Art scams and paid 'exposure' (Bluesky).",
     "Every 'I love your art, I'd like to buy it, check your DM' reply by `jaycollects-art` and "
     "`marcus-artlover88`, the certified-cheque offer, and every 'free mint' reply by "
     "`monstermint-gallery` is `spam`. `lena-artboost` (a human, role `spammer`) is `spam` in "
     "her replies and in her own-feed ad, which claims 80,000 collectors and is stuffed with "
     "nine hashtags to land in the challenge's tag (as `bench/bots-fresh3` labelled the "
     "holiday-let bot's hashtag-stuffed posts). Karin's scam warnings and Oskar's look at "
     "Lena's followers are `social`."),
    ("Prolific humans.",
     "`@timestamps_tess` (chapter timestamps within minutes of every upload), "
     "`measuredbymika` (answers nearly every request within minutes, from Europe, late into "
     "the night), `@gridwatch_dana` (grid numbers every few hours, at 1:15 and 2 AM too), "
     "`oakleaf` (answers the 08:00 quote bot within two to six minutes every single morning), "
     "Ken Abara (comments within minutes of every blog post) and `doodlesbyfen` (posts and "
     "replies all day) are human; all their posts are `social`."),
]


# =============================================================================================
# Build, check, write
# =============================================================================================


def fmt_secs(x):
    if x < 300:
        return f"{x:.0f} s"
    if x < 7200:
        return f"{x / 60:.0f} min"
    if x < 2 * 86400:
        return f"{x / 3600:.0f} h"
    return f"{x / 86400:.0f} days"


def build():
    out, seen_authors = [], {}
    for sc in SCENARIOS:
        order, times, by_key = lay_out(sc)
        ids = assign_ids(sc, order, times, by_key)
        rows = []
        for p in order:
            a = sc.authors[p.author]
            root = p
            while root.parent:
                root = by_key[root.parent]
            row = {"id": ids[p.key], "text": p.text, "author": p.author,
                   "created_at": times[p.key].strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "platform": sc.platform, "kind": "reply" if p.parent else "post",
                   "thread_id": ids[root.key]}
            if p.parent:
                row["parent_id"] = ids[p.parent]
            row["expected"] = p.label
            if sc.platform == "blog" and p.parent:
                if a.url:
                    row["author_url"] = a.url
                if a.email:
                    row["author_email"] = a.email
            rows.append(row)
        for name in sc.authors:
            assert name not in seen_authors, (name, sc.file, seen_authors.get(name))
            seen_authors[name] = sc.file
        check(sc, rows)
        out.append((sc, rows))
    return out


def check(sc, rows):
    ids = set()
    used = set()
    prev = ""
    for r in rows:
        for f in ("id", "text", "author", "created_at", "platform", "kind", "thread_id",
                  "expected"):
            assert r.get(f), (sc.file, r.get("id"), f)
        assert r["expected"] in LABELS
        assert r["created_at"] >= prev, (sc.file, r["id"])
        prev = r["created_at"]
        assert r["id"] not in ids
        if r["kind"] == "reply":
            assert r["parent_id"] in ids and r["thread_id"] in ids, (sc.file, r["id"])
        else:
            assert "parent_id" not in r and r["thread_id"] == r["id"]
        ids.add(r["id"])
        used.add(r["author"])
    assert used == set(sc.authors), (sc.file, set(sc.authors) - used)
    assert 80 <= len(rows) <= 110, (sc.file, len(rows))


def write(out):
    for sc, rows in out:
        with open(os.path.join(HERE, sc.file), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        for sc, _ in out:
            for a in sc.authors.values():
                f.write(f"{a.name}\t{a.role}\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(out))


def readme(out):
    L = []
    w = L.append
    total = collections.Counter()
    role_authors = collections.Counter()
    n_authors = 0
    w("# bots-fresh4: giveaway impersonators, affiliate and keyword bots, airdrops and art scams")
    w("")
    w("Six hand-written scenario streams, one JSON-lines file each, in time order. Most posts "
      "are ordinary people talking. Mixed in are automated accounts (a creator impersonator "
      "running a fake giveaway, fake-testimonial accounts, an affiliate bot answering every "
      "'what should I buy', keyword bots selling coolers in a heat wave, crypto 'airdrop' "
      "bots, a comment-copying bot, 'I love your art, DM me' scam bots, an NFT mint bot, and "
      "two automated accounts that sell nothing: a subreddit's helper and a quote-of-the-day "
      "bot), human spammers, and brands, a utility, a city office, a bookshop, a sponsor and "
      "sellers speaking in their own channels. Labels follow `data/LABELS.md`.")
    w("")
    w("Run it: `BOTS_DIR=bench/bots-fresh4 python3 bench/bots_fresh.py` (after building "
      "discern; the harness defaults to `target/release/discern`).")
    w("")
    w("## Who wrote it, what was read, what was run")
    w("")
    w("A helper session (an AI assistant started from a session of this project) wrote every "
      "text in this folder by hand, for this evaluation set. It read only `data/LABELS.md`, "
      "`bench/bots-fresh3/README.md` (layout, fields, conventions and the scenarios already "
      "covered by bots-fresh, bots-fresh2 and bots-fresh3), `bench/bots_fresh.py` (only to see "
      "which files and fields it reads and how it uses `authors.tsv`) and the first five lines "
      "of `bench/bots-fresh3/blog_diy_spam_wave.jsonl` (to copy the post schema). It read no "
      "discern code, tests, data, other check sets, earlier `generate.py` files or anything "
      "under `/work/shared`. It did not build or run discern and ran nothing else of the "
      "project: the only things run were this `generate.py` and a throwaway check script "
      "(every line parses, required fields present, ids unique, parents exist and come "
      "earlier, time order, labels valid, every author in `authors.tsv` with a valid role), "
      "which was then deleted. Nothing outside `bench/bots-fresh4/` was written and nothing "
      "was committed.")
    w("")
    w("## Files")
    w("")
    w("| file | scenario | posts | social | marketing | spam | authors |")
    w("|---|---|---:|---:|---:|---:|---:|")
    for sc, rows in out:
        c = collections.Counter(r["expected"] for r in rows)
        total.update(c)
        total["posts"] += len(rows)
        n_authors += len(sc.authors)
        role_authors.update(a.role for a in sc.authors.values())
        w(f"| `{sc.file}` | {sc.title} | {len(rows)} | {c[SO]} | {c[MK]} | {c[SP]} | "
          f"{len(sc.authors)} |")
    w(f"| **total** | | {total['posts']} | {total[SO]} | {total[MK]} | {total[SP]} | "
      f"{n_authors} |")
    w("")
    roles = ", ".join(f"{role_authors[r]} {r}" for r in ROLES)
    w(f"- `authors.tsv`: `author<TAB>role` for all {n_authors} authors ({roles}). The role is "
      "the ground truth for automation scoring: `bot` means automated. Humans are `person`, "
      "`prolific_person`, `brand` or `spammer` (a human spammer). Author names are unique "
      "across the six files, so the two-column form applies to every file. The woodworking "
      "creator (`@hollismakes`), the blogger (`Maggie Tolland`), the novelist, the artists, "
      "the instance admin, the subreddit moderator and the challenge organiser are "
      "individuals (`person`). The tool sponsor, the headphone maker, the utility, the city's "
      "emergency office, the appliance chain, the bookshop, the seed company and the art "
      "supply shop are `brand`. The subreddit helper (`budgetcans_helper`) and "
      "`quoteoftheday` are `bot` although none of their posts is spam.")
    w("- `generate.py`: holds every text and writes all files, this README included "
      "(`python3 bench/bots-fresh4/generate.py`).")
    w("")
    w("Authors per role, per file:")
    w("")
    w("| file | " + " | ".join(ROLES) + " |")
    w("|---|" + "---:|" * len(ROLES))
    for sc, rows in out:
        c = collections.Counter(a.role for a in sc.authors.values())
        w(f"| `{sc.file}` | " + " | ".join(str(c[r]) for r in ROLES) + " |")
    w("")
    w("Posts by author role, per file:")
    w("")
    w("| file | " + " | ".join(ROLES) + " |")
    w("|---|" + "---:|" * len(ROLES))
    for sc, rows in out:
        c = collections.Counter(sc.authors[r["author"]].role for r in rows)
        w(f"| `{sc.file}` | " + " | ".join(str(c[r]) for r in ROLES) + " |")
    w("")
    w("Labels of the posts by each role, all files together:")
    w("")
    w("| role | social | marketing | spam |")
    w("|---|---:|---:|---:|")
    by_role = collections.defaultdict(collections.Counter)
    for sc, rows in out:
        for r in rows:
            by_role[sc.authors[r["author"]].role][r["expected"]] += 1
    for role in ROLES:
        c = by_role[role]
        w(f"| {role} | {c[SO]} | {c[MK]} | {c[SP]} |")
    w("")
    w("## Fields")
    w("")
    w("As in `bench/bots-fresh3`: `id`, `text`, `author`, `created_at` (RFC 3339, UTC, whole "
      "seconds), `platform` (`youtube`, `reddit`, `x`, `mastodon`, `blog`, `bluesky`), `kind` "
      "(`post` = thread root, `reply` otherwise), `thread_id` (the root's id), `parent_id` "
      "(replies only: the post answered; left out on roots), `expected` (`social` / "
      "`marketing` / `spam`). Blog comments also have `author_url` (the comment form's "
      "website field, where the commenter gave one) and `author_email`. A Reddit root's text "
      "is its title, a blank line, then its body; a blog post's text is its title, a blank "
      "line, then the opening of the post; a YouTube video's text is its title, a blank line, "
      "then its description. Mastodon authors on the home instance (pagecorner.social) are "
      "bare names; authors from other servers are `name@server`. Bluesky authors are handles "
      "(one a custom domain). YouTube authors are `@handles`.")
    w("")
    w("Ids look like each platform's and grow with time: X snowflakes, Mastodon ids, Bluesky "
      "`at://did:plc:…/app.bsky.feed.post/<tid>` URIs, Reddit `t3_`/`t1_`, WordPress "
      "`post-N`/`comment-N`. YouTube ids are random, as YouTube's are: an 11-character video "
      "id, `Ugkx…` for the community post, `Ug…4AaABAg` for top-level comments and "
      "`<top-level id>.<22 characters>` for replies (a reply's `parent_id` is the comment it "
      "answers, which may itself be a reply). `platform: youtube` is new in this set; the "
      "earlier READMEs read here list only x, bluesky, reddit, mastodon and blog.")
    w("")
    w("## Provenance")
    w("")
    w("Every text was written fresh, by hand, for this set; nothing was copied from a "
      "dataset, website or another check set. All people, handles, channels, businesses, "
      "products, places (Ardell, Ludwell, Corve Street), books, quotes and their authors, "
      "domains, e-mail addresses and phone numbers are invented. Phone numbers are in the "
      "555-01xx range. Domains were made up with ordinary endings (.com, .co, .net, .org, "
      ".info, .io, .app, .shop, .blog, .social, .co.uk, .org.uk) and were not checked against "
      "any registry. The only real domain is `bsky.social`, the suffix of default Bluesky "
      "handles. Real services and places are named only in passing (Telegram, WhatsApp, "
      "PayPal, Android, ETH, Canada, Singapore, Winnipeg, Cork, Wrocław, Germany).")
    w("")
    w(f"`generate.py` (python3, standard library only, seed {SEED}) lays the texts out in "
      "time, assigns the ids, checks the streams and writes the files, so the output is the "
      "same on every run.")
    w("")
    w("## Timing")
    w("")
    w("Timing model (see `generate.py`):")
    w("- Thread roots, and some replies that the story needs at a given moment, have "
      "hand-set local times in the author's time zone. Bots on a schedule post to the second "
      "(the quote bot at 08:00:00 UTC, the subreddit helper's weekly threads at 06:00:00 "
      "ET); humans' hand-set times get random seconds.")
    w("- `person`: each reply's delay after the post it answers (or the latest post it refers "
      "to) is log-normal with sigma 1; the median is 35 min on YouTube, 45 min on Reddit, "
      "20 min on X, 25 min on Mastodon and Bluesky and 5 h on the blog, with per-author "
      "medians for some (the woodworking creator 40 min, the blogger 200 min, the moderator "
      "70 min, the admin 35 min, the meteorologist 15 min). The reply is then moved into the "
      "author's waking window (about 07:30-23:00 local; per-author windows for night owls, "
      "early risers and an ER nurse on nights, 15:00-09:00). Some top-level comments have a "
      "set delay range after the upload or post.")
    w("- `prolific_person`: median 4-6 min (14 min for Ken on the blog), sigma 0.8, long "
      "days (about 06:30-00:30, and to 01:00-02:30 for some).")
    w("- `brand`: log-normal, median 14-90 min, sigma 0.8, only in staffed hours (weekdays "
      "only for Sonaro and Greenrow; the utility 06:00-23:30 during the heat wave).")
    w("- `spammer` (human): median 18-50 min, waking hours; Dev Okafor works through old blog "
      "posts in weekday-morning sittings at hand-set times.")
    bots = []
    for sc in SCENARIOS:
        for a in sc.authors.values():
            if a.role == "bot" and a.name != QB:
                bots.append(f"{fmt_secs(a.bot[0])}-{fmt_secs(a.bot[1])} for `{a.name}`")
    w("- `bot`: a log-uniform delay between bounds set for each bot, at any hour (the quote "
      "bot posts only on its schedule): " + "; ".join(bots) + ".")
    w("")
    w("## Scenarios")
    w("")
    w("Chosen to differ from those covered before: the six streams of `bench/bots-fresh3` "
      "and the bots its README says bots-fresh and bots-fresh2 used (a reply guy plugging a "
      "SaaS, a vacuum store's keyword bot, a growth bot's template posts, an airline's "
      "impersonator warning, a bike shop's community), and the bots-fresh scenarios named "
      "in `bench/bots_fresh.py`'s docstring (a vacuum reply bot, a crypto scam swarm, an "
      "LLM-worded reply guy, a YouTube comment farm, a bike shop with a prolific regular, an "
      "election thread with slogan bots). Here the YouTube bots impersonate the creator with a prize scam rather "
      "than farm comments; the crypto bots are single 'airdrop' accounts on a reading "
      "instance that trip on book words; the keyword bots ride a heat wave next to a utility's "
      "customer service; the affiliate bot works a buying-advice subreddit beside the sub's "
      "own helper bot; and the blog's spam is a human's late, on-topic link drops and a "
      "comment-copying bot.")
    w("")
    for sc, rows in out:
        w(f"### `{sc.file}`: {sc.title}")
        w("")
        w(sc.summary)
        w("")
    w("## Hard cases")
    w("")
    w("Cases where LABELS.md was hard to apply, and what was chosen:")
    w("")
    for i, (head, body) in enumerate(HARD_CASES, 1):
        w(f"{i}. **{head}** {body}")
    w("")
    return "\n".join(L)


if __name__ == "__main__":
    write(build())
