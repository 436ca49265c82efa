#!/usr/bin/env python3
"""Generate the bots-fresh benchmark: six hand-written scenario streams.

Written by a helper session that did not run discern and did not read its
code; the only repository file consulted was data/LABELS.md.

Everything is deterministic (fixed seed). Texts are hand-written below;
the script only lays them out in time (human reply delays, waking hours per
time zone, bot reply latencies), gives them platform-shaped ids, sorts each
stream by time, validates it and writes:

    <scenario>.jsonl   one post per line, in time order
    authors.tsv        file<TAB>author<TAB>role
    README.md          what each scenario is, counts per label

Run:  python3 bench/bots-fresh/generate.py
"""
import collections
import datetime as dt
import json
import math
import os
import random
import string

SEED = 20250611
HERE = os.path.dirname(os.path.abspath(__file__))
UTC = dt.timezone.utc

S, M, X = "social", "marketing", "spam"
PLATFORMS = {"x", "mastodon", "bluesky", "youtube", "reddit"}
ROLES = {"bot", "brand", "person", "spammer", "prolific_person"}


# --------------------------------------------------------------------------
# tiny tree DSL
# --------------------------------------------------------------------------
class Node:
    def __init__(self, author, text, label, kids, d=None, when=None):
        self.author, self.text, self.label = author, text, label
        self.kids, self.d, self.when = list(kids), d, when
        self.parent = None
        self.t = None
        self.key = None


def P(author, text, label, when, *kids):
    """A root post. when = (day, "HH:MM") in the author's local time,
    or (day, "HH:MM", "utc")."""
    return Node(author, text, label, kids, when=when)


def R(author, text, label, *kids, d=None):
    """A reply. d: None = human delay (lognormal, moved into waking hours);
    (lo, hi) = uniform seconds, no waking-hours adjustment (bots, fast
    humans); ("at", day, "HH:MM") = absolute UTC time (must follow parent)."""
    return Node(author, text, label, kids, d=d)


# --------------------------------------------------------------------------
# ids
# --------------------------------------------------------------------------
B32S = "234567abcdefghijklmnopqrstuvwxyz"
YT = string.ascii_letters + string.digits + "-_"
B36 = string.digits + string.ascii_lowercase


def b36(n):
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = B36[r] + out
    return out or "0"


class IdMaker:
    def __init__(self, platform, rng):
        self.p, self.rng = platform, rng
        self.reddit_post = int("1gk3d2", 36) + rng.randrange(5000)
        self.reddit_comment = int("lv0a3k1", 36) + rng.randrange(100000)

    def make(self, node, parent_id):
        t = node.t
        ms = int(t.timestamp() * 1000)
        r = self.rng
        if self.p == "x":
            return str(((ms - 1288834974657) << 22) | r.getrandbits(22))
        if self.p == "mastodon":
            return str((ms << 16) | r.getrandbits(16))
        if self.p == "bluesky":
            v = ((ms * 1000 + r.randrange(1000)) << 10) | r.getrandbits(10)
            s = ""
            for _ in range(13):
                s = B32S[v & 31] + s
                v >>= 5
            return s
        if self.p == "youtube":
            if node.parent is None:
                return "".join(r.choice(YT) for _ in range(11))
            if node.parent.parent is None:
                return ("Ug" + r.choice("wxyz")
                        + "".join(r.choice(YT) for _ in range(18)) + "4AaABAg")
            top = parent_id.split(".")[0]
            return top + "." + "".join(r.choice(YT) for _ in range(22))
        if self.p == "reddit":
            if node.parent is None:
                self.reddit_post += r.randrange(40, 900)
                return "t3_" + b36(self.reddit_post)
            self.reddit_comment += r.randrange(3, 400)
            return "t1_" + b36(self.reddit_comment)
        raise ValueError(self.p)


# --------------------------------------------------------------------------
# scenario builder
# --------------------------------------------------------------------------
class Scenario:
    def __init__(self, fname, platform, start, roles, tz=None, windows=None,
                 default_tz=0.0, median_delay=1500, sigma=1.1,
                 max_delay=6 * 3600, mention=None, title="", blurb=""):
        self.fname, self.platform = fname, platform
        self.start = dt.datetime.fromisoformat(start).replace(tzinfo=UTC)
        self.roles = roles
        self.tz = tz or {}
        self.windows = windows or {}
        self.default_tz = default_tz
        self.median_delay, self.sigma, self.max_delay = median_delay, sigma, max_delay
        self.mention = mention
        self.title, self.blurb = title, blurb

    # local-time helpers ----------------------------------------------------
    def tzof(self, a):
        return self.tz.get(a, self.default_tz)

    def window(self, a):
        role = self.roles.get(a)
        if a in self.windows:
            return self.windows[a]
        if role == "bot":
            return (0, 24)
        if role == "brand":
            return (8, 20.5)
        return (7, 23.75)

    def local_to_utc(self, a, day, hhmm, rng):
        h, m = map(int, hhmm.split(":"))
        t = self.start + dt.timedelta(days=day, hours=h, minutes=m,
                                      seconds=rng.randrange(60))
        return t - dt.timedelta(hours=self.tzof(a))

    def awake(self, a, t, rng):
        """Move t forward to the author's next waking window if needed."""
        lo, hi = self.window(a)
        if (lo, hi) == (0, 24):
            return t
        off = dt.timedelta(hours=self.tzof(a))
        loc = t + off
        hour = loc.hour + loc.minute / 60
        if lo <= hour < hi:
            return t
        day0 = loc.replace(hour=0, minute=0, second=0, microsecond=0)
        if hour >= hi:
            day0 += dt.timedelta(days=1)
        wake = day0 + dt.timedelta(hours=lo, seconds=rng.randrange(0, 100 * 60))
        return wake - off

    # layout ---------------------------------------------------------------
    def place(self, node, rng):
        if node.parent is None:
            day, hhmm = node.when[0], node.when[1]
            if len(node.when) > 2 and node.when[2] == "utc":
                h, m = map(int, hhmm.split(":"))
                node.t = self.start + dt.timedelta(days=day, hours=h, minutes=m,
                                                   seconds=rng.randrange(60))
            else:
                node.t = self.local_to_utc(node.author, day, hhmm, rng)
        else:
            pt = node.parent.t
            d = node.d
            if d is None:
                sec = math.exp(rng.gauss(math.log(self.median_delay), self.sigma))
                sec = max(45.0, min(self.max_delay, sec))
                node.t = self.awake(node.author, pt + dt.timedelta(seconds=sec), rng)
            elif d[0] == "at":
                h, m = map(int, d[2].split(":"))
                node.t = self.start + dt.timedelta(days=d[1], hours=h, minutes=m,
                                                   seconds=rng.randrange(60))
                assert node.t > pt, (self.fname, node.text[:40])
            else:
                node.t = pt + dt.timedelta(seconds=rng.uniform(d[0], d[1]))
        node.t = node.t.replace(microsecond=0)
        if node.parent is not None and node.t <= node.parent.t:
            node.t = node.parent.t + dt.timedelta(seconds=1)
        for k in node.kids:
            k.parent = node
            self.place(k, rng)

    def mention_prefix(self, node):
        par = node.parent
        if self.mention is None or par is None or par.author == node.author:
            return ""
        if node.text.startswith("@"):
            return ""
        if self.mention == "x":
            return par.author + " "
        if self.mention == "mastodon":
            return "@" + par.author.split("@")[1] + " "
        if self.mention == "youtube":
            return "" if par.parent is None else par.author + " "
        return ""

    def build(self, roots, seed):
        rng = random.Random(seed)
        flat = []

        def walk(n):
            flat.append(n)
            for k in n.kids:
                walk(k)

        for r in roots:
            r.parent = None
            self.place(r, rng)
            walk(r)
        order = sorted(range(len(flat)), key=lambda i: (flat[i].t, i))
        ids = IdMaker(self.platform, random.Random(seed + 1))
        rows, seen = [], set()
        for i in order:
            n = flat[i]
            pid = n.parent.key if n.parent is not None else None
            key = ids.make(n, pid)
            while key in seen:
                key = ids.make(n, pid)
            seen.add(key)
            n.key = key
            root = n
            while root.parent is not None:
                root = root.parent
            row = {
                "id": key,
                "text": self.mention_prefix(n) + n.text,
                "author": n.author,
                "created_at": n.t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "platform": self.platform,
                "kind": "post" if n.parent is None else "reply",
                "thread_id": root.key,
            }
            if pid is not None:
                row["parent_id"] = pid
            row["expected"] = n.label
            rows.append(row)
        return rows


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
def validate(path, roles):
    rows = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            rows.append(json.loads(line))  # every line parses
    assert 60 <= len(rows) <= 150, (path, len(rows))
    pos, seen = {}, set()
    prev_t = None
    for i, r in enumerate(rows):
        need = {"id", "text", "author", "created_at", "platform", "kind",
                "thread_id", "expected"}
        assert need <= set(r), (path, r)
        assert r["id"] not in seen, ("dup id", path, r["id"])
        seen.add(r["id"])
        assert r["platform"] in PLATFORMS
        assert r["expected"] in (S, M, X)
        assert r["kind"] in ("post", "reply")
        assert r["author"] in roles, ("author without role", path, r["author"])
        assert r["text"].strip()
        t = dt.datetime.strptime(r["created_at"], "%Y-%m-%dT%H:%M:%SZ")
        assert prev_t is None or t >= prev_t, ("not in time order", path, i)
        prev_t = t
        if r["kind"] == "post":
            assert "parent_id" not in r and r["thread_id"] == r["id"], r
        else:
            p = r["parent_id"]
            assert p in pos, ("parent missing or later", path, r["id"])
            par = rows[pos[p]]
            assert par["created_at"] < r["created_at"], ("parent not earlier", r)
            assert par["thread_id"] == r["thread_id"], ("thread mismatch", r)
        pos[r["id"]] = i
    return rows


# --------------------------------------------------------------------------
# scenarios (imported from the parts below)
# --------------------------------------------------------------------------
SCENARIOS = []


def scenario(f):
    SCENARIOS.append(f)
    return f


# ==========================================================================
# 1. vacuum-reply-bot (x)
# ==========================================================================
class VacBot:
    """@SparkleNestShop: keyword-triggered store reply bot, 5 templates."""
    NAMES = {
        "@dana_k": "Dana", "@jess_outdoors": "Jess", "@catlady_ren": "Ren",
        "@tom_builds": "Tom", "@priyanka_r": "Priyanka", "@benji_b": "Benji",
        "@marisol_g": "Marisol", "@nina_w": "Nina", "@gabe_fixes": "Gabe",
        "@bex_writes": "Bex", "@chloe_pdx": "Chloe", "@dev_mehta": "Dev",
        "@gran_maureen": "Maureen", "@jordan_t": "Jordan", "@rudy_on_x": "Rudy",
        "@sarahcooks": "Sarah", "@theo_dad_of3": "Theo", "@lenny_lists": "Lenny",
        "@k_nakamura": "Kenji", "@VorvekHome": "friends", "@steph_runs": "Steph",
        "@hollis_j": "Hollis",
    }
    TEMPLATES = [
        "{hi} {name}! {e} Pet hair and crumbs are no match for the SuctionPro X2, it cleans while you relax. 40% off today 👉 sparklenest.shop/x2?ref={ref}",
        "Sounds like you need a robot vacuum, {name} {e} Our best-selling cordless + robot vacs are on sale right now: sparklenest.shop/deals",
        "Ugh, so relatable {e2} {name}, have you tried a self-emptying robot vac? Ours is half price this week → sparklenest.shop/self-empty",
        "{name}, this is exactly why our customers love the {product}! {e} Free shipping ends tonight: sparklenest.shop/{slug}",
        "Cleaning day? {e} Let a robot do the work, {name}. Top-rated vacs under $199 at sparklenest.shop 🛒",
    ]

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.last = None

    def __call__(self, who):
        r = self.rng
        i = r.randrange(len(self.TEMPLATES))
        while i == self.last:
            i = r.randrange(len(self.TEMPLATES))
        self.last = i
        return self.TEMPLATES[i].format(
            hi=r.choice(["Hey", "Hi", "Omg", "Hey there"]),
            name=self.NAMES.get(who, "friend"),
            e=r.choice(["🧹", "✨", "🐾", "😍", "🙌", "💯", "🏠"]),
            e2=r.choice(["😅", "🙈", "😩", "🥲"]),
            ref=r.choice(["tw", "tw2", "x11", "soc"]) + str(r.randrange(10, 99)),
            product=r.choice(["SuctionPro X2", "SuctionPro X2 Max", "NestBot S7"]),
            slug=r.choice(["x2", "x2-max", "s7"]),
        )


@scenario
def vacuum_reply_bot():
    BOT, V = "@SparkleNestShop", "@VorvekHome"
    bot = VacBot(SEED + 11)
    BD = (20, 90)
    people = ["@dana_k", "@mikeyfromtulsa", "@jess_outdoors", "@catlady_ren",
              "@tom_builds", "@priyanka_r", "@hollis_j", "@benji_b",
              "@sarahcooks", "@aoife_mc", "@k_nakamura", "@marisol_g",
              "@theo_dad_of3", "@nina_w", "@gabe_fixes", "@bex_writes",
              "@oluwaseun_a", "@chloe_pdx", "@dev_mehta", "@steph_runs",
              "@gran_maureen", "@jordan_t", "@lenny_lists", "@rudy_on_x"]
    roles = {p: "person" for p in people}
    roles[BOT] = "bot"
    roles[V] = "brand"
    tz = {"@dana_k": -4, "@mikeyfromtulsa": -5, "@jess_outdoors": -6,
          "@catlady_ren": 0, "@tom_builds": 1, "@priyanka_r": 5.5,
          "@hollis_j": -4, "@benji_b": 11, "@sarahcooks": -7, "@aoife_mc": 0,
          "@k_nakamura": 9, "@marisol_g": -5, "@theo_dad_of3": -4,
          "@nina_w": 1, "@gabe_fixes": -7, "@bex_writes": 0,
          "@oluwaseun_a": 1, "@chloe_pdx": -7, "@dev_mehta": 5.5,
          "@steph_runs": -4, "@gran_maureen": 0, "@jordan_t": -4,
          "@lenny_lists": 2, "@rudy_on_x": -3, V: -5}
    windows = {"@rudy_on_x": (0, 24), "@k_nakamura": (8, 26)}
    sc = Scenario(
        "vacuum-reply-bot.jsonl", "x", "2025-03-14T00:00:00", roles, tz,
        windows, median_delay=1400, mention="x",
        title="Vacuum store reply bot (x)",
        blurb="People post about homes, pets and cleaning and mention vacuums in "
              "passing; @SparkleNestShop answers within 20-90 s, day and night, "
              "with 5 lightly varied templates linking its store, including one "
              "false keyword trigger ('vacuum of ideas'). @VorvekHome, a vacuum "
              "brand, posts offers in its own feed and answers customers who "
              "tagged it (marketing).")

    roots = [
        P("@dana_k", "the dog found a bag of flour. the dog is now a ghost. my kitchen is a bakery crime scene and the vacuum is crying", S, (0, "08:12"),
          R(BOT, bot("@dana_k"), X, d=BD),
          R("@hollis_j", "pics or it didnt happen", S,
            R("@dana_k", "he is SO proud of himself. zero remorse. tail going like a windshield wiper", S)),
          R("@jordan_t", "flour dog is my new favorite genre", S)),
        P("@mikeyfromtulsa", "Spent my whole Saturday pulling carpet out of the back bedroom. found 3 hot wheels, a retainer and $1.35. worth it", S, (1, "17:40"),
          R("@theo_dad_of3", "the retainer is the real treasure here", S,
            R("@mikeyfromtulsa", "it's my brother's from 1998. he's getting it back in the mail, no note", S))),
        P("@jess_outdoors", "camping gear finally unpacked. there is sand in places sand should never be. shop vac time", S, (0, "19:05"),
          R(BOT, bot("@jess_outdoors"), X, d=BD),
          R("@chloe_pdx", "the tent will be shedding sand until 2031, accept it", S)),
        P("@catlady_ren", "Biscuit has decided the robot vacuum is her nemesis. she sits on the charging dock so it can't go home. every. single. day.", S, (0, "10:30"),
          R(BOT, bot("@catlady_ren"), X,
            R("@catlady_ren", "nobody asked you", S), d=BD),
          R("@aoife_mc", "biscuit is running a protection racket", S),
          R("@gran_maureen", "Our Pip rides on ours like a little tank commander! x", S,
            R("@catlady_ren", "a tank commander 😭 i need a video immediately", S))),
        P("@tom_builds", "Sanded the hallway floorboards today. dust absolutely everywhere, even inside the fridge somehow. renting a proper extraction vac next time, lesson learned", S, (0, "18:20"),
          R(BOT, bot("@tom_builds"), X, d=BD),
          R("@gabe_fixes", "always get the drum sander with the bag attachment, or just embrace the dust life", S,
            R("@tom_builds", "it HAD a bag. the bag was decorative apparently", S))),
        P("@priyanka_r", "Spring cleaning marathon day 2. Mom inspected the top of the cupboards. I failed the inspection.", S, (0, "21:15"),
          R("@dev_mehta", "the top of the cupboards is where moms hide the real exam", S)),
        P("@benji_b", "Hoovered the car for the first time since the beach trip in January. I now have enough sand to start my own beach", S, (1, "09:45"),
          R(BOT, bot("@benji_b"), X, d=BD),
          R("@lenny_lists", "beach at home, zero sunburn. this is a business idea", S)),
        P("@sarahcooks", "Made croissants from scratch. flavor 10/10, kitchen 2/10 because there is butter and flour on every surface including the cat", S, (0, "15:50"),
          R("@aoife_mc", "recipe pls, I'll deal with the cat situation myself", S,
            R("@sarahcooks", "it's the King Arthur one! took 2 days but honestly not hard, just lots of waiting", S))),
        P("@aoife_mc", "Landlord's coming Thursday for an inspection so naturally I've been scrubbing grout with a toothbrush for 3 hrs. send tea", S, (1, "20:10"),
          R("@bex_writes", "☕☕☕ sending tea and solidarity", S),
          R("@catlady_ren", "bicarb + vinegar paste, leave it 10 min. saved my deposit last year", S)),
        P("@k_nakamura", "New apartment is tiny but the light in the morning is unreal. bought a small cordless vacuum, a rice cooker and one plant. that's the whole inventory", S, (1, "07:55"),
          R(BOT, bot("@k_nakamura"), X, d=BD),
          R("@oluwaseun_a", "minimalism speedrun. the plant has a name yet?", S,
            R("@k_nakamura", "Tanaka-san. he is doing his best", S))),
        P("@marisol_g", "my husband bought a Roomba and named it Kevin. Kevin got stuck under the couch twice today and he went and rescued it both times like it's a child", S, (0, "20:35"),
          R(BOT, bot("@marisol_g"), X,
            R("@marisol_g", "kevin is not for sale and neither are we", S), d=BD),
          R("@theo_dad_of3", "Kevin is part of the family now, no take backs", S)),
        P("@theo_dad_of3", "3 kids, 1 birthday party, 40 juice boxes. I found cake in the DVD player. we don't even use the DVD player", S, (1, "19:20"),
          R("@jordan_t", "the DVD player was hungry", S),
          R("@mikeyfromtulsa", "cake in electronics is a rite of passage. wait till you find a grape in the car vents", S)),
        P("@nina_w", "is it normal that my vacuum smells like burning hair after 10 minutes? it's the cheap one from Lidl, maybe 3 years old", S, (1, "11:10"),
          R(BOT, bot("@nina_w"), X, d=BD),
          R("@gabe_fixes", "check the brush roll. hair wraps round the ends and the belt rubs on it. cut it off with scissors, prob fine after", S,
            R("@nina_w", "omg there was a whole wig in there. thank you!!", S)),
          R("@tom_builds", "the lidl one is honestly decent for the money, don't bin it yet", S)),
        P("@gabe_fixes", "@VorvekHome my V8 dies after like 4 minutes now. it's barely 2.5 years old. is the battery replaceable or am I buying a whole new one", S, (1, "16:25"),
          R(BOT, bot("@gabe_fixes"), X, d=BD),
          R(V, "@gabe_fixes Sorry to hear that, Gabe. The V8 battery is user-replaceable (just 2 screws). If your machine is still covered we can send one out free, could you DM us the serial number from under the bin?", M,
            R("@gabe_fixes", "2.5 yrs so probably out of warranty right? DMing anyway", S,
              R(V, "@gabe_fixes Got your DM, thanks! You're covered under the extended battery warranty, we've emailed a replacement code. Happy cleaning 🙌", M)))),
        P("@bex_writes", "Writing day. by which I mean I reorganised the spice rack, vacuumed the stairs and wrote one (1) sentence", S, (1, "14:30"),
          R(BOT, bot("@bex_writes"), X, d=BD),
          R("@aoife_mc", "was it a good sentence though", S,
            R("@bex_writes", "it had a semicolon. I'm calling it a win", S))),
        P("@oluwaseun_a", "power cut for 6 hours and my first thought was 'great, now I can't pretend the floor is clean'", S, (2, "20:05")),
        P("@chloe_pdx", "two huskies + spring shedding = I could knit a third husky. the dyson is tapping out", S, (1, "18:45"),
          R(BOT, bot("@chloe_pdx"), X,
            R("@chloe_pdx", "every time I type the word dyson this account shows up within a minute. blocked", S), d=BD),
          R("@jess_outdoors", "knit the third husky. sell it. profit", S)),
        P("@dev_mehta", "the all-hands today was a total vacuum of ideas. 90 minutes. I timed it", S, (1, "18:10"),
          R(BOT, bot("@dev_mehta"), X, d=BD),
          R("@priyanka_r", "was it the one with the 40 slide 'vision' deck", S,
            R("@dev_mehta", "41 slides. there was a bonus slide", S))),
        P("@steph_runs", "ran 18 miles this morning and then spent the afternoon on the couch watching my neighbor's kid power wash their driveway. peak saturday", S, (1, "16:05"),
          R("@hollis_j", "power washing videos are my sleep aid so honestly same", S)),
        P("@gran_maureen", "My grandson set up one of those robot hoovers for me. It has a name and an app. I just wanted clean floors, not a new relationship.", S, (1, "13:20"),
          R(BOT, bot("@gran_maureen"), X,
            R("@gran_maureen", "Who is this? Do I know you?", S), d=BD),
          R("@catlady_ren", "maureen you are the best account on here", S)),
        P("@jordan_t", "hot take: vacuum lines on carpet are the most satisfying thing in a clean house. I will not be taking questions", S, (2, "10:50"),
          R(BOT, bot("@jordan_t"), X, d=BD),
          R("@dana_k", "agree and I also hate when someone walks on them right after", S,
            R("@jordan_t", "my roommate does it on purpose i swear", S))),
        P("@lenny_lists", "things I own that I have never used: bread maker, ab roller, handheld steam cleaner, a second bread maker", S, (0, "21:40"),
          R("@steph_runs", "the second bread maker is doing a lot of work in this sentence", S)),
        P("@rudy_on_x", "the cat knocked a whole plant off the shelf at 3am and I cleaned it up half asleep. only realized this morning I vacuumed up one of her toys too", S, (2, "03:20"),
          R(BOT, bot("@rudy_on_x"), X,
            R("@rudy_on_x", "it's 3am how are you awake. oh right", S, d=(60, 200)), d=BD),
          R("@marisol_g", "rip to the toy 🕯️", S)),
        P("@hollis_j", "sunday reset: sheets washed, fridge cleaned out, floors done. now I'm going to ruin it all by cooking", S, (2, "11:35"),
          R("@sarahcooks", "cooking is just making new mess with extra steps", S)),
        P("@jess_outdoors", "the dog rolled in something dead on our hike and now my car smells like regret", S, (2, "15:10"),
          R("@chloe_pdx", "enzyme spray. trust me. and maybe burn the car", S)),
        P("@k_nakamura", "can't sleep so I'm deep cleaning the bathroom at 2am. is this a cry for help or a clean bathroom, we'll find out", S, (2, "01:50"),
          R("@benji_b", "both. it's always both", S, d=(300, 1500))),
        P("@priyanka_r", "PSA: the filter on your vacuum is washable and apparently you're supposed to actually wash it. mine was grey. it is supposed to be WHITE", S, (1, "20:40"),
          R(BOT, bot("@priyanka_r"), X, d=BD),
          R("@lenny_lists", "I'm not checking mine. I don't want to know", S)),
        P("@sarahcooks", "honest review of our robot vacuum after a year: great at open floors, terrible at socks, actively hostile toward phone chargers", S, (2, "09:15"),
          R(BOT, bot("@sarahcooks"), X, d=BD),
          R("@chloe_pdx", "ours ate a shoelace and made a noise like it was dying", S),
          R("@marisol_g", "Kevin eats socks too. Kevin is a menace", S),
          R("@nina_w", "which one do you have? thinking of getting one", S,
            R("@sarahcooks", "a Eufy 11S, it was like $150 on sale. would buy again honestly, just pick up the socks first", S))),
        P("@benji_b", "does anyone actually use the vacuum crevice tool or does it just live in the cupboard forever", S, (2, "19:30"),
          R(BOT, bot("@benji_b"), X, d=BD),
          R("@tom_builds", "car seats. that's the only job it has ever had", S)),
        P("@dana_k", "update: the flour dog has struck again. this time it was the cornmeal. he's building a pantry empire", S, (2, "17:25"),
          R("@hollis_j", "he needs a lock on that pantry and a lawyer", S)),
        P("@theo_dad_of3", "my 5 year old asked why the vacuum is scared of the stairs. honestly valid question", S, (2, "08:40"),
          R(BOT, bot("@theo_dad_of3"), X, d=BD)),
        P("@aoife_mc", "inspection passed!! landlord said 'lovely and clean'. the grout and I are thriving", S, (3, "12:15"),
          R("@bex_writes", "the toothbrush deserves a medal", S)),
        P("@lenny_lists", "ranking chores: 1. laundry (soothing) 2. dishes (podcast time) 3. hoovering (fine) ... 8. getting dog hair out of the car (evil)", S, (3, "10:05"),
          R(BOT, bot("@lenny_lists"), X, d=BD)),
        P("@nina_w", "vacuum update: works like new and smells normal. thank you twitter, the one useful thing you've done this year", S, (2, "18:55"),
          R(BOT, bot("@nina_w"), X, d=BD)),
        P("@sarahcooks", "kid spilled an entire box of cheerios in the hallway and now the dog and the robot vacuum are in a turf war over it", S, (2, "20:40"),
          R(BOT, bot("@sarahcooks"), X, d=BD),
          R("@jess_outdoors", "my money's on the dog", S)),
        P("@k_nakamura", "lunch break discovery: the cordless vacuum fits behind the washing machine and what I found back there should be studied by scientists", S, (3, "13:20"),
          R(BOT, bot("@k_nakamura"), X, d=BD),
          R("@priyanka_r", "a sock, a coin from another country and a lego. every time", S)),
        P("@dev_mehta", "landlord sent a 'cleaner' who vacuumed for 4 minutes and billed for 2 hours. respect the hustle I guess", S, (0, "10:45"),
          R(BOT, bot("@dev_mehta"), X, d=BD),
          R("@priyanka_r", "send him to my mom's for the cupboard inspection", S)),
        P("@oluwaseun_a", "my flatmate's dyson has a better social life than me. goes out every evening and screams for 20 minutes", S, (0, "20:15"),
          R(BOT, bot("@oluwaseun_a"), X, d=BD),
          R("@nina_w", "honestly that's just a healthy routine", S)),
        P("@tom_builds", "new hallway floor is down! now arguing with myself whether to get a robot vac or just a nice rug. this is adulthood", S, (3, "19:10"),
          R(BOT, bot("@tom_builds"), X, d=BD),
          R("@gabe_fixes", "rug. robots and fresh oak don't mix, trust me on the scratches", S),
          R("@bex_writes", "both. the rug is for you, the robot is for the dust", S)),
        P("@steph_runs", "reminder that vacuuming at 10:30pm in an apartment building is a crime against humanity. sincerely, downstairs", S, (2, "22:30"),
          R(BOT, bot("@steph_runs"), X, d=BD),
          R("@jordan_t", "the upstairs neighbour does it at 6am here. every saturday. like a rooster", S)),
        # the brand, in its own feed
        P(V, "Spring clean, sorted. 🌱 Save up to $150 on the Vorvek V12 Detect cordless this week only. vorvek.com/spring", M, (0, "09:00"),
          R("@steph_runs", "does this work in canada or is it US only like always", S,
            R(V, "@steph_runs Hi Steph! This one's US only, but Vorvek Canada has its own spring offer running right now: vorvek.ca/spring 🍁", M))),
        P(V, "New: the Vorvek Omni robot vac with a 60-day self-emptying base. Maps your whole home in one run. Available now → vorvek.com/omni", M, (1, "10:00"),
          R(BOT, bot(V), X, d=BD),
          R("@mikeyfromtulsa", "$899 for a robot that still can't do stairs 🙃", S)),
        P(V, "Pet parents: the mini motorhead tool is now included free with every V10 and V12. 🐾 Offer ends Sunday.", M, (2, "09:30")),
        P(V, "Quick tip: wash your filter once a month under cold water and let it dry for 24h. Your machine (and your lungs) will thank you. 💨", M, (3, "11:00"),
          R("@hollis_j", "mine's been grey for a year, oops", S)),
    ]
    return sc, roots


# ==========================================================================
# 2. crypto-scam-swarm (x)
# ==========================================================================
@scenario
def crypto_scam_swarm():
    MK = "@MarcusOnMarkets"
    FAKE = "@MarcusOnMarkets_"
    DESK, DESK2 = "@SupportDesk_Assist", "@WalletHelpDesk01"
    JESS, AMANDA, GRACE = "@jessica_m48213", "@amanda_rose7741", "@grace_l7203"
    HARLAN, KELLY, DAVID = "@HarlanPierceFX", "@kelly_ann2291", "@david_hodl889"
    people = ["@quant_kat", "@doug_trades", "@bondvigilante_ish",
              "@sam_in_accounting", "@leah_r_econ", "@tylerhodl",
              "@notyourbroker", "@mrs_fincher", "@abe_okoro", "@pete_m",
              "@carla_invests", "@jkdelaney", "@zoe_writes_money",
              "@chris_k_dad", "@nobody_buys_puts", "@ravi_fires"]
    roles = {p: "person" for p in people}
    roles[MK] = "person"
    for b in (FAKE, DESK, DESK2, JESS, AMANDA, GRACE, HARLAN, KELLY, DAVID):
        roles[b] = "bot"
    tz = {MK: -4, "@quant_kat": -4, "@doug_trades": -5, "@bondvigilante_ish": -4,
          "@sam_in_accounting": -5, "@leah_r_econ": -7, "@tylerhodl": -7,
          "@notyourbroker": 1, "@mrs_fincher": -5, "@abe_okoro": 1,
          "@pete_m": -4, "@carla_invests": -4, "@jkdelaney": -7,
          "@zoe_writes_money": -4, "@chris_k_dad": -5,
          "@nobody_buys_puts": -4, "@ravi_fires": 5.5}
    SCAM = (35, 420)      # first scam reply after a post: fast, any hour
    SOCK = (50, 600)      # sock puppets vouching for the scam reply
    sc = Scenario(
        "crypto-scam-swarm.jsonl", "x", "2025-04-10T00:00:00", roles, tz,
        median_delay=900, mention="x",
        title="Crypto scam swarm under a finance commentator (x)",
        blurb="@MarcusOnMarkets posts market threads (and once promotes his own "
              "newsletter: marketing). Scam accounts ('Support Desk', woman's name "
              "+ digits, an 'Mr. Harlan' signals account, an underscore "
              "impersonator running a fake giveaway) and sock puppets that vouch "
              "for each other reply within minutes at any hour. Real people argue, "
              "joke and warn each other.")

    roots = [
        P(MK, "CPI came in hot again. Core services ex-housing +0.5% m/m. Anyone still pricing in 4 cuts this year is going to have a rough summer.", S, (0, "08:41"),
          R("@quant_kat", "services ex-housing is noisy af month to month tho. 3m annualized is what matters and that's still trending down", S,
            R(MK, "3m annualized just ticked up too. I'd love to be wrong here", S)),
          R("@doug_trades", "market: bad news is good news is bad news is good news. I just want to know which day it is", S),
          R("@sam_in_accounting", "my grocery bill has been pricing in zero cuts for two years", S),
          R("@bondvigilante_ish", "Fed's been telling you 2-3 cuts for months. the market keeps front-running them and getting slapped. same movie every time", S),
          R("@leah_r_econ", "Disagree a bit. shelter is lagging and it's the biggest chunk. by Q3 the picture looks different", S,
            R("@bondvigilante_ish", "people have been saying 'shelter lags, just wait' since 2022 lol", S,
              R("@leah_r_econ", "and it HAS been coming down since 2023? just slower than everyone wanted", S))),
          R(AMANDA, "Inflation can't stop me 😌 I've been making steady profits with a strategy Mr. Harlan Pierce taught me. DM me if you want to know how 💯", X, 
            R(KELLY, "Mr. Harlan is legit!! He helped me pay off my car in 3 months 🙏", X, d=SOCK),
            R(DAVID, "Can confirm, got my withdrawal yesterday no issues. @HarlanPierceFX is the real deal", X, d=SOCK,
              *[R("@chris_k_dad", "accounts made last month all vouching for the same guy within minutes of each other. sure, totally legit", S)]),
            d=SCAM),
          R("@pete_m", "@MarcusOnMarkets turn on 'people you follow' replies man, the bots are eating your threads", S)),
        P(MK, "Spot bitcoin ETFs took in $1.1B this week. whatever you think of BTC, that is not a retail-only market anymore", S, (0, "15:02"),
          R("@tylerhodl", "wen 100k", S),
          R("@notyourbroker", "it's a casino with a ticker symbol now, that's all that changed", S,
            R("@tylerhodl", "casino that's up 140% on the year, I'll take it", S)),
          R("@mrs_fincher", "genuine question, is the ETF just safer than buying on coinbase? my son keeps telling me to buy some", S,
            R(MK, "Different, not necessarily safer. ETF = no keys to lose, sits in a normal brokerage account, small fee. Price risk is identical. Don't put in more than you'd be OK losing half of.", S,
              R("@mrs_fincher", "thank you, that's clearer than anything my son said lol", S)),
            R(DESK, "Hi there, for help setting up or securing your crypto account please reach out to our support team via DM. We're available 24/7 🙂", X,
              R("@pete_m", "@mrs_fincher don't DM this account, it's a scam. no real support desk replies like this", S,
                R("@mrs_fincher", "oh gosh. thank you. blocked", S)),
              d=SCAM)),
          R(JESS, "I was scared of crypto too until I started trading with Mr. Harlan Pierce. Made 3 BTC in 6 weeks and I still can't believe it. He's on here @HarlanPierceFX", X,
            R(HARLAN, "Thank you Jessica, it's a pleasure to see my clients succeed. Anyone interested, send me a DM to get started.", X, d=SOCK),
            R(KELLY, "Same here!!! Mr Harlan changed my life 😭🙏", X, d=SOCK),
            R("@doug_trades", "the Mr. Harlan cinematic universe has arrived", S, d=(900, 2400)),
            d=SCAM),
          R("@zoe_writes_money", "fwiw the flow data is lagged a day, and a chunk of the 'record' days was rebalancing out of GBTC, not new money", S)),
        P(MK, "Friendly reminder: I will never DM you about investments, never run giveaways, and never ask you to send crypto anywhere. If an account with my face does, it's a scam. Report it.", S, (0, "20:30"),
          R("@carla_invests", "sad that you have to post this every month", S,
            R(DESK2, "Hello, if you have lost funds to a scam our recovery team can help you get them back. Kindly DM us for assistance.", X,
              R("@carla_invests", "the scam recovery scam, under the scam warning post. incredible", S),
              d=SCAM)),
          R("@abe_okoro", "there's one with your name + an underscore replying under everything rn", S,
            R(MK, "Yep. Reported it 4 times. Apparently it 'doesn't violate' anything 🙃", S)),
          R("@jkdelaney", "the checkmark means nothing anymore, anyone can buy one for 8 bucks", S),
          R(GRACE, "I lost everything to bad trades until a friend introduced me to Mrs. Olivia Grant. Now I earn $4,800 every week. God bless her 🙏 She's on Telegram @OliviaGrantFX", X, d=SCAM)),
        P(MK, "Housing thread: existing home sales near the lowest since 1995 while prices sit near record highs. Nobody's selling because nobody wants to give up a 3% mortgage. The lock-in effect is the whole story. 🧵", S, (1, "09:15"),
          R(MK, "2/ roughly 60% of mortgaged homeowners have a rate under 4%. Moving means doubling your payment for the same house. So inventory stays frozen and prices don't fall the way the models said they would.", S,
            R(MK, "3/ what breaks it? either rates fall, or life happens (divorce, death, jobs, kids). the second one is slow but it's already picking up.", S, d=(40, 120),
              *[R("@ravi_fires", "or boomers finally downsize. which they won't, because where would they go", S)]),
            d=(30, 90)),
          R("@sam_in_accounting", "me with my 2.75% watching my family outgrow the house: 🧍", S,
            R("@pete_m", "the 2.75% is basically a member of the family at this point", S)),
          R("@leah_r_econ", "new construction is quietly eating a lot of that demand too. builders are buying down rates to 5.x", S),
          R("@bondvigilante_ish", "or the 10y goes to 5.5 and none of this matters", S),
          R(FAKE, "🎉 To celebrate 500K followers I'm giving back! Sending 0.25 BTC to the first 200 people who join at marcusgives.net. Verify your wallet to receive. Thank you all for the support ❤️", X,
            R(DAVID, "Just received mine!! Thank you Marcus 🙏🙏", X, d=SOCK),
            R(KELLY, "Got it in 5 minutes, legit!!", X, d=SOCK),
            R("@quant_kat", "this is NOT Marcus, look at the handle. do not connect your wallet to anything", S),
            d=SCAM),
          R("@nobody_buys_puts", "imagine the real Marcus giving away money. he won't even tell us his position sizes", S,
            R(MK, "I'm a grown man with a spreadsheet, my position sizes are embarrassing", S))),
        P(MK, "This week's newsletter is out: why the lock-in effect could last into 2027, and the 3 charts I'm watching. Free to subscribe → marcusonmarkets.substack.com", M, (1, "17:00"),
          R("@zoe_writes_money", "chart 2 is great. stealing it for my class (with credit)", S),
          R(JESS, "Great insights! Mr Harlan Pierce called this months ago, his signals got me 3 BTC 🚀 @HarlanPierceFX", X,
            R(AMANDA, "Mr. Harlan is the best, I withdrew 2.1 BTC last week", X, d=SOCK),
            d=SCAM),
          R("@jkdelaney", "the substack is actually good, paid for a year. no affiliation just a fan lol", S)),
        P(MK, "Poll for the timeline: what's your biggest money mistake? Mine: sold all my AAPL in 2009 to buy a car. The car is gone. The car is very gone.", S, (2, "10:05"),
          R("@chris_k_dad", "bought a timeshare. that's it, that's the post", S),
          R("@mrs_fincher", "cashed out my 401k when I changed jobs in my 20s. the penalty alone 😩", S,
            R(DESK, "Sorry to hear about your 401k loss 😔 Our support desk can help recover lost funds, please DM us", X, d=SCAM,
              *[R("@mrs_fincher", "you people again", S)])),
          R("@doug_trades", "bought GME at 400. held. still holding. it's a family heirloom now", S),
          R("@tylerhodl", "sold 20 BTC in 2013 to buy a gaming pc. I don't want to talk about it", S,
            R("@notyourbroker", "was it at least a good pc", S,
              R("@tylerhodl", "it had a GTX 770. no. it was not", S))),
          R("@leah_r_econ", "not starting a Roth in grad school, by a mile", S),
          R("@carla_invests", "trusting a 'guaranteed' tip from my uncle's friend who 'knows a guy at the company'", S),
          R("@abe_okoro", "paid for an extended warranty on a £30 toaster", S,
            R("@pete_m", "did the toaster die", S,
              R("@abe_okoro", "no. that's the worst part", S))),
          R(AMANDA, "My biggest mistake was not finding Mr. Harlan sooner 😅 DM me and I'll connect you", X,
            R(DAVID, "Facts. best decision I ever made", X, d=SOCK),
            d=SCAM),
          R("@ravi_fires", "putting my emergency fund in a 'high yield' crypto lending app in 2022. you know how that ended", S),
          R("@jkdelaney", "reporting all the scam replies under this is becoming a full time job", S),
          R("@sam_in_accounting", "not contributing enough to get the full 401k match for 3 years. free money, left on the table", S)),
        P(MK, "Gold at another all-time high. Central banks have bought more gold in the last 2 years than at any point since the 60s, and almost nobody in my replies ever talks about it.", S, (3, "11:30"),
          R("@notyourbroker", "because it's boring. no memes, no lambos, just a rock in a vault", S,
            R("@ravi_fires", "indian grandmothers have been telling us this for centuries", S)),
          R("@tylerhodl", "digital gold is right there Marcus", S,
            R("@bondvigilante_ish", "digital gold that drops 20% when a guy tweets", S,
              R("@tylerhodl", "and yet here we are at ATH too 🤷", S))),
          R("@zoe_writes_money", "the central bank buying is mostly about sanctions risk since 2022 imo. nobody wants reserves that can be frozen", S,
            R(MK, "Agree, that's the cleanest explanation I've seen. It's a reserve-politics trade, not an inflation trade.", S)),
          R("@carla_invests", "I own one (1) gold coin my grandpa gave me and I feel extremely smug this week", S),
          R("@abe_okoro", "my metamask got drained last year so honestly the rock in a vault is looking good", S,
            R(DESK2, "Hi, sorry to hear about your wallet. Our support desk has helped hundreds of users recover drained funds. Kindly send us a DM to start your claim.", X,
              R("@abe_okoro", "lmao the vultures are fast today", S),
              d=SCAM),
            R("@jkdelaney", "same happened to my brother, some fake airdrop site. never got a cent back", S)),
          R(GRACE, "Gold is nice but I make $4,800 weekly thanks to Mrs. Olivia Grant's program 🙏 contact her on Telegram @OliviaGrantFX", X,
            R(KELLY, "Mrs Olivia is amazing!! She helped my sister too", X, d=SOCK),
            d=SCAM),
          R("@mrs_fincher", "my late husband always kept 5% in gold. I never understood it until now", S)),
        P(MK, "Tuesday morning in the markets: the 2-year is down 12bps since Friday, dollar softer, and everyone who said the CPI print was 'game over' has gone quiet. Volatility is the only thing that isn't cheap.", S, (5, "08:20"),
          R("@bondvigilante_ish", "it was one print. it's always one print", S),
          R("@quant_kat", "vol term structure is wild right now, front month way over back month", S),
          R(JESS, "Markets are unpredictable but with Mr. Harlan's signals I don't worry anymore 🙌 3 BTC and counting", X, d=SCAM),
          R(FAKE, "🚨 LAST CHANCE 🚨 Only 37 spots left in my BTC giveaway. Join now at marcusgives.net before it closes ⏳", X,
            R("@pete_m", "reported. everyone please report this one, it's cloned his avatar", S),
            d=SCAM)),
    ]
    return sc, roots


# ==========================================================================
# 3. llm-reply-guy (bluesky)
# ==========================================================================
@scenario
def llm_reply_guy():
    def h(n):
        return "@" + n + ".bsky.social"
    NATE = h("natebuilds")
    pr, jo, me, da, ta = h("priya-codes"), h("jonahwrites"), h("mel-in-ops"), h("remotedave"), h("tasha-designs")
    kw, el, sa, ha, os_ = h("kwame-pm"), h("ellie-reads"), h("samir-dev"), h("hannahk"), h("oscar-tech")
    ro, lu, be, ja, mg = h("rosa-teaches"), h("luting"), h("fernweh-ben"), h("jade-mx"), h("mattyg")
    ir, ca, br, yu, an = h("ines-r"), h("carlosdata"), h("bridget-o"), h("yusuf-codes"), h("annika-l")
    people = [pr, jo, me, da, ta, kw, el, sa, ha, os_, ro, lu, be, ja, mg, ir, ca, br, yu, an]
    roles = {p: "person" for p in people}
    roles[NATE] = "bot"
    tz = {pr: -4, jo: -4, me: -5, da: -7, ta: -4, kw: 0, el: 1, sa: -7,
          ha: -5, os_: 2, ro: -5, lu: 8, be: 1, ja: -6, mg: -4, ir: 2,
          ca: -3, br: 0, yu: 3, an: 1}
    NB = (18, 58)   # bot latency
    sc = Scenario(
        "llm-reply-guy.jsonl", "bluesky", "2025-05-05T00:00:00", roles, tz,
        median_delay=1100,
        title="LLM reply guy promoting a SaaS (bluesky)",
        blurb="@natebuilds answers strangers' posts about productivity and remote "
              "work within a minute, day and night, every reply freshly worded and "
              "polite; roughly every third or fourth reply plugs focusflow.app. "
              "All of its replies are labelled spam (automated, unsolicited, "
              "there to place the name); its two posts in its own feed are "
              "marketing. People chat normally and some push back on it.")

    roots = [
        P(pr, "third 'quick sync' of the day that could have been a message. my calendar looks like tetris on level 9", S, (0, "10:20"),
          R(NATE, "Great point! Calendar fragmentation is such an underrated productivity killer. Even a couple of protected focus blocks can make a huge difference. Hang in there! 🙌", X, d=NB),
          R(jo, "level 9 is when the pieces start falling faster than you can think. accurate", S),
          R(mg, "the quick sync that becomes a 50 minute sync 🫠", S)),
        P(jo, "I've tried every productivity system ever invented and the only one that works is 'panic at 4pm'", S, (0, "13:05"),
          R(NATE, "Ha, this is so relatable! Sometimes a little deadline pressure really is the best motivator. Have you found anything that helps earlier in the day?", X, d=NB),
          R(el, "panic at 4pm is a lifestyle and I respect it", S)),
        P(me, "remote work tip nobody asked for: put the laptop in a drawer at 6pm. out of sight really is out of mind", S, (0, "18:10"),
          R(NATE, "Love this tip! Creating physical boundaries is so important when your home is also your office. Thanks for sharing!", X, d=NB),
          R(ha, "I do this with a tea towel over it like a bird cage lol", S,
            R(me, "goodnight laptop 🕊️", S))),
        P(da, "day 400-something of working from the kitchen table. the chair is winning", S, (0, "09:30"),
          R(NATE, "This resonates! Honestly I struggled with the same thing, which is why I ended up building focusflow.app. It nudges you to take breaks and protects your deep work time. Might be worth a look! 🪑", X,
            R(da, "did you just pitch me your app under a post about my chair", S),
            d=NB),
          R(os_, "buy a real chair dave. your spine is not a renewable resource", S,
            R(da, "my spine and my wallet are in a standoff", S))),
        P(ta, "does anyone else need background noise to focus? I've been on the same lo-fi playlist for 3 years", S, (0, "21:15"),
          R(NATE, "Totally get this! Background noise can really help some brains lock in. Lo-fi is a classic for a reason 🎧", X, d=NB),
          R(ro, "brown noise. changed my life. sounds like being inside a dishwasher in the best way", S),
          R(jo, "I put on a 10 hour video of a coffee shop in Paris. the fake espresso machine noises are key", S)),
        P(kw, "hot take: most 'async-first' teams are just teams where nobody replies", S, (0, "16:40"),
          R(NATE, "Such a sharp observation! Async only works when there are clear expectations around response times. Curious what you've seen work well?", X,
            R(kw, "blocking, nothing personal", S),
            d=NB),
          R(yu, "async-first, answer-never", S),
          R(be, "we fixed this with a 24h reply rule. boring but it works", S)),
        P(el, "pomodoro technique except the 5 minute break turns into 45 minutes of reading about octopuses", S, (1, "14:50"),
          R(NATE, "Haha, octopuses are genuinely fascinating, so I can't blame you! 🐙 Breaks that spark curiosity still count in my book.", X, d=NB),
          R(ta, "did you know they have 3 hearts. ok now I've lost 45 minutes too", S)),
        P(sa, "turned off slack notifications for a week. nothing caught fire. several things got finished.", S, (1, "08:45"),
          R(NATE, "Great point! Notification overload is real. If you want to take this further, focusflow.app has a 'deep work mode' that batches alerts automatically. Happy to share a free month!", X,
            R(sa, "I turned off notifications to get LESS of this", S),
            d=NB),
          R(mg, "my manager would notice in 11 minutes", S),
          R(kw, "the fact that nothing caught fire is the scariest part of this post", S)),
        P(ha, "kids home sick, two deadlines, one functioning brain cell. we move", S, (1, "07:40"),
          R(NATE, "Sending you strength! Juggling sick kids and deadlines is no joke. Remember to be kind to yourself today 💛", X, d=NB),
          R(me, "the brain cell is doing its best. so are you", S)),
        P(os_, "finally got a standing desk. stood for 20 min, then sat for 6 hours like a king", S, (1, "16:00"),
          R(NATE, "Ha! Honestly that's still a win, any movement during the day adds up. Enjoy the new setup!", X, d=NB),
          R(da, "which one did you get? eyeing the flexispot one", S,
            R(os_, "flexispot E7, it's solid. wobbles a bit at max height but I'm not that tall", S))),
        P(ro, "teachers have been doing 'deep work blocks' forever, we just call it planning period and it gets taken for cover duty", S, (1, "15:30"),
          R(an, "the disrespect to planning period is a national crisis", S)),
        P(lu, "timezone math is my least favorite part of working with a team across 4 continents. someone is always eating dinner on camera", S, (1, "21:10"),
          R(NATE, "Timezones are one of the hardest parts of distributed teams! Shared 'overlap hours' can help a lot. (Shameless plug: we built timezone-aware scheduling into FocusFlow for exactly this 🙂 focusflow.app)", X, d=NB),
          R(be, "I'm the one eating dinner. sorry not sorry", S)),
        P(be, "working from a café in Lisbon this week and I've gotten more done than in a month at home. is it the espresso or the shame of being watched", S, (2, "11:25"),
          R(NATE, "What a great setup! A change of scenery can really reset your focus. Enjoy Lisbon! ☕", X, d=NB),
          R(ir, "it's the pastéis de nata. science", S),
          R(lu, "the shame. it's always the shame", S)),
        P(ja, "I write my to-do list on paper every morning and it's the only system I've stuck with longer than a month", S, (2, "08:05"),
          R(NATE, "There's something so powerful about pen and paper! Simple systems are often the ones that stick. Thanks for sharing what works for you.", X, d=NB),
          R(br, "same, and crossing things off with a real pen is 90% of the dopamine", S)),
        P(mg, "return-to-office mandate announced today. 3 days a week. my commute is 70 minutes each way. love that for me", S, (2, "17:35"),
          R(NATE, "Oof, that's a tough one. Long commutes can really eat into your energy. Hope you find a way to make that time work for you, whether it's podcasts, audiobooks, or just decompressing 🚆", X, d=NB),
          R(pr, "ugh. is there any flexibility or is it a hard rule", S,
            R(mg, "'hard rule, with exceptions at manager discretion'. my manager has no discretion", S)),
          R(sa, "time to update the linkedin quietly", S)),
        P(ir, "anyone have a good way to stop doomscrolling between tasks? I open the app without even noticing", S, (2, "20:30"),
          R(NATE, "Such a common struggle! One thing that helped me was blocking distracting apps during focus sessions. FocusFlow does this with one tap if you want to try it: focusflow.app/?ref=bsky", X, d=NB),
          R(el, "I moved the app into a folder on the last page of my phone. the 3 extra swipes are enough friction somehow", S),
          R(ca, "grayscale mode. everything becomes boring instantly", S,
            R(ir, "ok trying both of these, thank you!!", S))),
        P(ca, "I timed myself: 38 minutes a day just looking for files. thirty-eight", S, (3, "10:15"),
          R(NATE, "Wow, that's a powerful data point! 38 minutes a day adds up to over 3 hours a week. Have you tried any file organization systems?", X,
            R(ca, "no I have not tried any file organization systems, thank you chatgpt", S),
            d=NB),
          R(yu, "this is why I name everything final_final_v3_REAL", S)),
        P(br, "Monday planning session went great. Tuesday ignored all of it. classic", S, (3, "09:20"),
          R(NATE, "Haha, the classic Monday-Tuesday gap! 😅 Planning is only half the battle, the other half is protecting that time.", X, d=NB)),
        P(yu, "deep work is great until your manager pings 'got a sec?' and you lose 90 minutes of context", S, (3, "12:40"),
          R(NATE, "So true! Context switching has such a hidden cost. Research suggests it can take over 20 minutes to fully refocus after an interruption.", X,
            R(yu, "this reply has the exact energy of a linkedin post. are you a bot", S),
            d=NB),
          R(kw, "'got a sec' is never a sec. it is never, ever a sec", S)),
        P(an, "new rule: no meetings before 10. I've never felt more human", S, (3, "09:55"),
          R(NATE, "This is a fantastic rule! Protecting your mornings can completely change how your day feels. I actually built a feature in focusflow.app that auto-declines early meetings, you might like it! 🌅", X,
            R(an, "you replied 40 seconds after I posted. every single time. I'm starting to think you're not a person, Nate", S),
            d=NB),
          R(ro, "teachers reading this at 7:45am with 3 classes already behind them: 🙂", S)),
        P(pr, "update: declined two meetings today with 'can we do this async?' and both people said yes. power", S, (3, "14:10"),
          R(NATE, "Love this! Async-first communication is such a game-changer when people are open to it. Great job setting boundaries! 👏", X, d=NB),
          R(ha, "teach me your ways", S)),
        P(da, "my cat has attended more standups than my manager this quarter", S, (4, "09:05"),
          R(NATE, "Haha, sounds like your cat deserves a promotion! 🐱 Pets really are the best remote coworkers.", X, d=NB),
          R(me, "cat for engineering manager 2025", S)),
        P(ta, "does the 'two minute rule' work for anyone with ADHD or is it just me turning 2 minutes into 2 hours", S, (4, "11:45"),
          R(NATE, "Great question! A lot of productivity advice isn't designed with neurodivergent folks in mind. Body doubling and shorter, flexible sessions can help, and we designed FocusFlow's timers around this: focusflow.app", X,
            R(ta, "please don't use ADHD as a sales funnel", S),
            d=NB),
          R(el, "body doubling on discord is the only thing that works for me honestly", S,
            R(ta, "ooh is there a server you'd recommend", S))),
        P(kw, "quarterly planning done. spent 4 hours building a roadmap that will survive until approximately Thursday", S, (4, "16:20"),
          R(NATE, "Ha, the eternal roadmap lifecycle! 😄 Building in flexibility from the start can save a lot of rework.", X, d=NB)),
        P(ha, "4 day work week trial update: month 2, nobody wants to go back, output the same or better", S, (4, "13:30"),
          R(NATE, "This is so encouraging to hear! The data on 4-day weeks keeps getting more compelling. Thanks for sharing your experience!", X, d=NB),
          R(mg, "where do you work and are they hiring", S),
          R(jo, "send this to every CEO", S)),
        P(sa, "the most productive thing I did this week was delete 3 recurring meetings", S, (4, "15:50"),
          R(NATE, "Great point! Fewer recurring meetings means more time for meaningful work. If you want to keep it that way, focusflow.app's meeting audit shows you which ones to cut 📉", X, d=NB),
          R(el, "heads up, that natebuilds account replies to literally everyone with an ad every few posts. I've seen it on like 10 threads today", S),
          R(be, "deleting recurring meetings is the only true form of self care", S)),
        # the account's own feed
        P(NATE, "🚀 FocusFlow 2.0 is live! Smart focus blocks, distraction blocking and calendar sync, all in one place. Free for 14 days: focusflow.app", M, (2, "15:00", "utc")),
        P(NATE, "Building in public, week 12: 1,400 signups, 3 new integrations and a lot of coffee ☕ Thanks to everyone who's tried FocusFlow so far! focusflow.app", M, (4, "03:10", "utc")),
    ]
    return sc, roots


# ==========================================================================
# 4. youtube-comment-farm (youtube)
# ==========================================================================
@scenario
def youtube_comment_farm():
    NONNA, FINN, TALIA = "@NonnaRositaCooks", "@FretWithFinn", "@TechByTalia"
    FN, FF, FT = "@NonnaRosita-Cooks", "@FretWithFinn.Official", "@TechByTalia_Team"
    KATHY, MEL, JOYCE = "@Kathy-l7x", "@MelissaGrant-r2d", "@JoyceBaker5521"
    BREN, SAND = "@brenda.tips88", "@SandraVaughn-z3q"
    RILEY = "@RileyCovers"
    viewers = ["@marco.bellini88", "@kitchen_klutz", "@lauren_bakes", "@sophie.eats",
               "@danny.d", "@aj_cooks_badly", "@liz_h2", "@grandpajoe_cooks",
               "@priya.k.kitchen", "@tomasz.w", "@mei_lin_eats",
               "@chef_in_training_ben", "@sunday_gravy_sal",
               "@nervous_strummer", "@old_dog_new_licks", "@kaz.plays",
               "@gear_goblin", "@lena.strings", "@mikey_bends", "@jules.rocks",
               "@dad_rock_dave", "@bluesman_ray", "@anika.music",
               "@pixelpusher_22", "@ana.reviews.things", "@mike_t77",
               "@gadget_greg", "@sunny.dz", "@not_a_fanboy", "@lowkey_lou",
               "@rahul.m", "@oldschool_olga", "@techdad_ken",
               "@hungry_hannah", "@leo_veg_cooks", "@twelve_bar_tom", "@sofia.gtr",
               "@battery_nerd", "@jenny_from_qa"]
    roles = {v: "person" for v in viewers}
    roles.update({NONNA: "person", FINN: "person", TALIA: "person"})
    for b in (FN, FF, FT, KATHY, MEL, JOYCE, BREN, SAND):
        roles[b] = "bot"
    roles[RILEY] = "spammer"
    tz = {NONNA: 2, FINN: 1, TALIA: -7, "@marco.bellini88": -4, "@tomasz.w": 2,
          "@mei_lin_eats": 8, "@priya.k.kitchen": 5.5, "@lena.strings": 2,
          "@sunny.dz": 1, "@rahul.m": 5.5, "@oldschool_olga": 3,
          "@jules.rocks": 1, "@bluesman_ray": -5, "@techdad_ken": -7}
    IMP = (300, 5400)
    FARM = "dailytipshub.site"
    FARMS = "dailytipshub . site"
    sc = Scenario(
        "youtube-comment-farm.jsonl", "youtube", "2025-06-01T00:00:00", roles, tz,
        default_tz=-5, median_delay=9000, sigma=1.2, max_delay=36 * 3600,
        mention="youtube",
        title="Comment farm under three videos (youtube)",
        blurb="Comments under a cooking video, a guitar lesson and a phone review. "
              "Five farm accounts post near-identical 'This really helped me! I "
              "also found great tips at dailytipshub.site' comments in one "
              "night-time burst across all three videos and vouch for each other; "
              "@RileyCovers drops 'check out my channel for covers' everywhere; "
              "look-alike creator accounts reply 'Thanks for watching! Message me "
              "on Telegram to claim your prize'. The video posts themselves and the "
              "creators' replies are social; the creators' own sponsor / Patreon "
              "pinned comments are marketing. Viewers link other videos as "
              "sources and name their gear (social).")

    def tele(name, handle, extra=""):
        return name.format(h=handle) + extra

    v1 = P(NONNA, "Sunday Ragù, the real way: 4 hours, no shortcuts, and my mother's secret (it's patience). Full recipe in the description 🍅", S, (0, "18:00"),
        R("@marco.bellini88", "my nonna made it exactly like this but with a splash of milk at the end. brought back so many memories ❤️", S,
          R(NONNA, "The milk is good! Every nonna has her secret. Yours was a smart woman.", S),
          R(FN, "Thanks for watching! 🎁 You've been selected as one of our lucky winners. Message me on Telegram @NonnaRositaPrize to claim your prize 📲", X, d=IMP)),
        R("@kitchen_klutz", "4 hours?? I have 45 minutes and a microwave", S,
          R(NONNA, "Then make it on Sunday and eat it all week, caro! It is better on day two anyway.", S,
            R("@kitchen_klutz", "update: made it on sunday. my roommates are now emotionally attached to me", S, d=(6 * 86400, 6.4 * 86400))),
          R("@lauren_bakes", "lol same but honestly the slow cooker does fine with this, 8 hrs on low", S)),
        R("@hungry_hannah", "made this for my in-laws and my mother in law asked for the recipe. first time in 11 years. thank you nonna 😭", S,
          R(NONNA, "Ahh this makes my whole week! Family peace through ragù. ❤️", S)),
        R("@leo_veg_cooks", "watching this as a vegetarian like 👁️👄👁️ I can smell it through the screen", S),
        R("@sophie.eats", "Made this yesterday in my Le Creuset and it was unreal. did half pork half beef like you said", S),
        R("@danny.d", "did it in the instant pot, 1 hour, honestly 90% as good. sorry nonna", S,
          R(NONNA, "90%... I forgive you. Maybe. 😄", S),
          R("@lauren_bakes", "instant pot gang 🙌", S)),
        R("@aj_cooks_badly", "if anyone wants the science on why the milk step matters, this one explains it really well https://www.youtube.com/watch?v=Qd8rM2vJxTs", S),
        R("@liz_h2", "what wine do you use? I only have a cheap red from aldi", S,
          R("@marco.bellini88", "cheap red is fine, just something you'd actually drink. it cooks down anyway", S),
          R(NONNA, "Marco is right. If you would not drink it, do not cook with it. Aldi is fine!", S)),
        R("@grandpajoe_cooks", "the way she tastes it off the wooden spoon and just nods. that's the whole recipe right there", S),
        R("@priya.k.kitchen", "any vegetarian version? could lentils work?", S,
          R(NONNA, "Yes! Brown lentils and mushrooms, same soffritto, a little more tomato. I will make a video.", S),
          R(FN, "Thanks for watching!! You are one of the lucky winners of our giveaway 🎁 Message me on Telegram @NonnaRositaPrize to claim your prize", X, d=IMP)),
        R("@tomasz.w", "the soffritto cut so fine... my knife skills are crying", S),
        R("@mei_lin_eats", "Nonna please adopt me", S),
        R("@chef_in_training_ben", "culinary student here, this is basically how we were taught the classic ragù except we brown the meat in batches. is that cast iron?", S,
          R(NONNA, "It is my mother's pot, 50 years old! A heavy bottom is what matters, not the brand.", S)),
        R("@sunday_gravy_sal", "in my family we call this sunday gravy and we will fight you about it", S,
          R("@marco.bellini88", "the gravy vs sauce war will never end 😂", S)),
        R(RILEY, "check out my channel for covers 🎸 new one every friday", X, d=("at", 1, "20:12"),
          *[R("@kitchen_klutz", "bro this is a cooking video", S)]),
        R(KATHY, "This really helped me! I also found great tips at " + FARM + " 😊", X, d=("at", 3, "04:07"),
          *[R(BREN, "So true!! that site is amazing 🙌", X, d=("at", 3, "04:21"))]),
        R(MEL, "This really helped me!! I also found great tips at " + FARMS, X, d=("at", 3, "04:09")),
        R(JOYCE, "Wow this really helped me! I also found great tips at " + FARM + " ❤️", X, d=("at", 3, "04:12"),
          *[R("@tomasz.w", "why is every new comment here the same sentence", S)]),
    )

    v2 = P(FINN, "Beginner Blues Lesson #4: the shuffle rhythm (tab and backing tracks in the description). Go slow, it's a feel thing!", S, (1, "16:00"),
        R(FINN, "📌 Tab + backing tracks (60, 70 and 80 bpm) are free on my site. If you want the full Blues Foundations course and want to support the channel, it's on Patreon: patreon.com/fretwithfinn 🙏", M, d=(60, 240)),
        R("@nervous_strummer", "been stuck on the shuffle for weeks and the 'mute on 2 and 4' tip finally made it click. thank you!!", S,
          R(FINN, "That's the moment! Now it's in your hands forever.", S),
          R(FF, "Thanks for watching! You've been chosen for our guitar giveaway 🎸🎁 Message me on Telegram @FinnGiveaway to claim your prize", X, d=IMP,
            *[R("@kaz.plays", "this isn't finn, the real channel doesn't have 'official' in the name. report it", S)])),
        R("@old_dog_new_licks", "62 and learning guitar for the first time. yours are the only lessons that don't make me feel stupid", S,
          R(FINN, "62 is a great age to start. Slow is smooth, smooth is fast. Keep going!", S),
          R("@jules.rocks", "love this, my dad started at 58 and now he plays at church every sunday", S)),
        R("@kaz.plays", "what amp are you using? sounds so warm", S,
          R(FINN, "Just a Boss Katana 50 on the clean channel with a touch of spring reverb! Nothing fancy.", S)),
        R("@gear_goblin", "playing along on a $120 Squier Bullet through a Fender Frontman 10G and it still sounds bluesy, so no excuses people", S),
        R("@lena.strings", "if the stretch on the low string hurts, this finger stretch video helped me a ton https://youtu.be/xK3bq9LrT0w", S,
          R("@nervous_strummer", "oh thank you, my pinky says thanks too", S)),
        R("@mikey_bends", "the 70bpm backing track is perfect. could you do one at 60 too?", S,
          R(FINN, "There's a 60 bpm one linked in the description!", S,
            R("@mikey_bends", "oh I'm blind. thanks!", S))),
        R("@jules.rocks", "my cat leaves the room every time I practice this. that's how I know I'm improving", S),
        R("@twelve_bar_tom", "tip for anyone: record yourself on your phone. I thought I was swinging. I was not swinging", S,
          R("@gear_goblin", "the phone recording is the most humbling device ever invented", S)),
        R("@sofia.gtr", "what gauge strings are you using? my fingers are dying on 11s", S,
          R(FINN, "10s on this one! No shame in going lighter while you build calluses.", S)),
        R("@dad_rock_dave", "tried this on my acoustic (yamaha FG800), works fine, just harder to get the mute", S),
        R("@bluesman_ray", "been playing 40 years and still watch these. the triplet counting at 4:10 is the best explanation of swing I've seen", S),
        R("@anika.music", "could you do a lesson on the turnaround next?", S,
          R(FINN, "Lesson #5 is exactly that, out next Sunday!", S)),
        R(RILEY, "great lesson man! check out my channel for covers, just posted Pride and Joy 🤘", X, d=("at", 1, "20:31")),
        R(KATHY, "This really helped me! I also found great tips at " + FARM + " 🎸", X, d=("at", 3, "04:15")),
        R(BREN, "This really helped me 🙏 I also found great tips at " + FARM, X, d=("at", 3, "04:18")),
        R(SAND, "This really helped me! I also found great tips at " + FARM + " 😊", X, d=("at", 3, "04:24")),
    )

    v3 = P(TALIA, "Nimbus X5: 3 months later. The battery surprised me, the camera didn't. My full honest review.", S, (2, "07:00"),
        R(TALIA, "📌 Thanks to Shieldr for sponsoring this video! Grab a skin for the X5, code TALIA15 gets you 15% off: shieldr.com/talia", M, d=(60, 300),
          *[R("@mike_t77", "another phone skin sponsor lol. every tech channel is sponsored by the same 4 companies", S)]),
        R("@pixelpusher_22", "switched from the X4 and the battery is night and day. I get 2 days easily", S),
        R("@ana.reviews.things", "camera processing is way too aggressive imo. skin looks plastic in every portrait", S,
          R("@pixelpusher_22", "turn off 'scene enhance' in settings, helps a lot", S),
          R(TALIA, "Agree, it's my biggest complaint. The June update toned it down a little but not enough.", S)),
        R("@mike_t77", "$899 for this? my 4 year old phone does everything I need", S,
          R("@gadget_greg", "then don't buy it? nobody's making you", S,
            R("@mike_t77", "I'm not, that's my point lol", S))),
        R("@gadget_greg", "Talia is the only reviewer who actually uses the phone for months before reviewing it. respect", S),
        R("@sunny.dz", "how's the heating when gaming? my S23 gets hot af in genshin", S,
          R(TALIA, "Warm but never uncomfortable in my testing, about 42°C after 30 min of Genshin. Better than the X4 for sure.", S),
          R(FT, "Thanks for watching! 📱 You won a Nimbus X5 in our subscriber giveaway. Message me on Telegram @TaliaTechPrize to claim your prize before it expires", X, d=IMP)),
        R("@not_a_fanboy", "compare with this review of the same phone, he had the opposite take on the battery https://www.youtube.com/watch?v=b7WqLc1nZ4A", S,
          R(TALIA, "Different usage! I'm mostly on wifi, he tested on 5G all day. Both can be true.", S)),
        R("@lowkey_lou", "the 'it's fine' at 8:42 is the most honest sentence in a tech review this year", S),
        R("@battery_nerd", "the standby drain graph at 5:30 is why I watch this channel. nobody else tests idle drain", S),
        R("@jenny_from_qa", "mine had the green tint screen issue out of the box, swapped it at the store. anyone else?", S,
          R("@pixelpusher_22", "yep, first batch had it. my second unit was fine", S),
          R(FT, "Thanks for watching! 🎉 Congratulations, you've been picked as today's winner. Message me on Telegram @TaliaTechPrize to claim your prize 📲", X, d=IMP)),
        R("@rahul.m", "using mine with one of those Shieldr skins she mentioned, zero complaints so far. grip is way better than the bare glass", S),
        R("@oldschool_olga", "still waiting for a phone with a headphone jack 😤", S,
          R("@lowkey_lou", "we'll be waiting forever olga", S)),
        R("@techdad_ken", "does it do full 45W with any USB-C PD brick or does it need the Nimbus one?", S,
          R(TALIA, "Any PD PPS charger gets full speed, I used an Anker 65W most of the time.", S)),
        R(RILEY, "nice vid! check out my channel for covers, would mean a lot 🙏", X, d=("at", 2, "19:48")),
        R(MEL, "This really helped me!! I also found great tips at " + FARMS, X, d=("at", 3, "04:28"),
          *[R(SAND, "Same here, their guides are so easy to follow 😍", X, d=("at", 3, "04:36"))]),
        R(JOYCE, "This really helped me! I also found great tips at " + FARM + " 📱", X, d=("at", 3, "04:31")),
    )
    return sc, [v1, v2, v3]


# ==========================================================================
# 5. brand-community (mastodon)
# ==========================================================================
@scenario
def brand_community():
    SHOP = "@cogandcrank@spokes.social"
    GUS = "@gus@spokes.social"
    VINCE = "@vince_deals@mastodon.online"
    marta, ollie, hiro = "@marta_rides@spokes.social", "@ollie@mastodon.social", "@hiroko@spokes.social"
    devon, ferne, kip = "@devon_b@spokes.social", "@ferne@spokes.social", "@kip@spokes.social"
    rach, sanj, bea = "@rachelwheels@spokes.social", "@sanjay@spokes.social", "@bea@mstdn.party"
    people = [marta, ollie, hiro, devon, ferne, kip, rach, sanj, bea]
    roles = {p: "person" for p in people}
    roles.update({SHOP: "brand", GUS: "prolific_person", VINCE: "spammer"})
    SIG = "\n\n— Gus | 🚲 commuting since '89 | lights on, folks"

    def g(t):
        return t + SIG
    GF = (25, 150)   # Gus replies fast, often within a minute or two
    sc = Scenario(
        "brand-community.jsonl", "mastodon", "2025-04-07T00:00:00", roles,
        default_tz=-4, windows={GUS: (0, 24), SHOP: (9, 19)},
        median_delay=1500, mention="mastodon",
        title="Bike shop community (mastodon)",
        blurb="Cog & Crank, a local bike shop, posts group rides, a tune-up sale, "
              "new stock and a job ad, and answers repair questions (all "
              "marketing, including friendly replies in regulars' threads). "
              "Regulars chat (social). @gus is a prolific human regular: about a "
              "quarter of the stream, replies within a minute or two, posts at "
              "3am and 5am, and signs every post with the same signature line; "
              "he must not be taken for a bot. @vince_deals drops a discount code "
              "for a different store into several threads (spam).")

    roots = [
        P(SHOP, "Workshop hours this week: closed Monday for inventory, open late Thursday until 8pm for commuter repairs 🔧", M, (0, "09:15"),
          R(GUS, g("thursday late night is the best thing you've ever done"), S, d=GF)),
        P(GUS, g("can't sleep so I trued the back wheel on the commuter. it's 3am. my neighbours must think I'm a safecracker with all the clicking"), S, (0, "03:12"),
          R(kip, "gus do you ever sleep", S,
            R(GUS, g("sleep is for people without a wobbly rear wheel"), S, d=GF)),
          R(hiro, "bike mechanic safecracker is a solid side hustle", S)),
        P(SHOP, "Saturday Social Ride 🚴 Meet at the shop 8:30, rolling at 9:00. 40 km, no-drop, coffee stop at Bramble Bakery. All bikes welcome, helmets required. #GroupRide", M, (0, "10:00"),
          R(marta, "I'm in! bringing my neighbour, it's her first group ride", S,
            R(SHOP, "Amazing, tell her we'll keep it chill. Our sweep rider stays at the back the whole way 🙂", M),
            R(GUS, g("welcome to your neighbour! I'll bring spare tubes, I always do"), S, d=GF)),
          R(GUS, g("will be there on the Bridgestone. someone remind me to pump my tires this time"), S, d=(30, 90)),
          R(ollie, "is there a rain plan?", S,
            R(SHOP, "Light rain we ride, thunderstorms we drink coffee in the shop instead ☕", M),
            R(GUS, g("light rain is just a free bike wash ollie"), S, d=GF)),
          R(sanj, "what pace is it usually? I'm slow on hills", S,
            R(SHOP, "Around 22-25 km/h on the flats, and we regroup at the top of every climb. Nobody gets left behind.", M))),
        P(GUS, g("PSA: the pothole on Harmon St by the library is back and deeper than ever. reported it to the city again. go round it on the left"), S, (1, "07:10"),
          R(hiro, "almost lost a bottle in there yesterday", S),
          R(ollie, "the city's response time is geological", S,
            R(GUS, g("I've reported that pothole 7 times. we're on a first name basis"), S, d=GF))),
        P(SHOP, "Spring Tune-Up Week! 🔧 Standard tune-ups $69 (reg. $95) through April 14. Book online or just drop in: cogandcrank.bike/service", M, (1, "11:00"),
          R(hiro, "booked! my brakes sound like a goose", S,
            R(SHOP, "Goose brakes are our specialty. See you Tuesday! 🪿", M)),
          R(VINCE, "Anyone needing parts, use code SPIN25 at pedalwarehouse-outlet.com for 25% off everything this week 👍", X,
            R(devon, "dude this is a local shop's post. read the room", S),
            R(GUS, g("vince we support our local shop in this house"), S, d=GF)),
          R(bea, "is the tune up same day or do I leave it overnight?", S,
            R(SHOP, "Usually same day if you drop it off before 11! On busy days it might be next morning, we'll text you.", M))),
        P(GUS, g("today's commute: 14 km, one headwind, zero car doors. a good day"), S, (1, "17:50")),
        P(sanj, "did my first ever roadside flat repair today without crying. small wins", S, (1, "20:00"),
          R(marta, "the first roadside flat is a rite of passage!!", S),
          R(GUS, g("proud of you. next level: doing it in the rain"), S, d=GF)),
        P(SHOP, "Just unboxed: the new Marin gravel bikes are in 🎉 Sizes S–XL, test rides any time this weekend. Also restocked tubes in every size, so no more 'do you have a 650b x 47?' heartbreak.", M, (2, "14:00"),
          R(rach, "ooh is the green one the 1x or 2x?", S,
            R(SHOP, "That's the 2x (Shimano GRX 2x10). The 1x comes in the sand colour. Both on the floor now!", M)),
          R(GUS, g("the green one is gorgeous. my wallet says no. my heart says test ride"), S, d=GF),
          R(ferne, "bought a 650b tube off you last week btw and it survived a 90 km gravel day, so thank you", S),
          R(VINCE, "Those Marins are way cheaper at pedalwarehouse-outlet.com, code SPIN25 👍", X,
            R(rach, "reported", S))),
        P(devon, "@cogandcrank my rear derailleur ghost-shifts whenever I'm climbing. cable's like 2 years old. barrel adjuster or time for a new cable?", S, (2, "19:30"),
          R(GUS, g("check the hanger too. mine got bent on the bike rack at work and I blamed the cable for a month"), S, d=(40, 110)),
          R(SHOP, "Usually it's cable stretch or a bent hanger. Try a quarter turn counter-clockwise on the barrel adjuster first. If it still skips, bring it in, hanger alignment checks are free.", M,
            R(devon, "quarter turn fixed it!! you're wizards", S,
              R(SHOP, "🎉 Happy climbing!", M)))),
        P(GUS, g("does anyone else's chain squeak the second it gets humid or is it personal"), S, (2, "22:40"),
          R(sanj, "it's personal gus", S),
          R(hiro, "wax it. changed my life, no more squeak and no more black calf tattoo", S,
            R(GUS, g("I'm old, I'm set in my ways, and my ways involve oil. but fine. I'll try wax"), S, d=GF))),
        P(GUS, g("night ride thoughts: the river path at 1am is just me, two foxes and a guy walking a cat on a leash. good city"), S, (3, "01:40"),
          R(ferne, "the cat guy is a legend, I've seen him too", S),
          R(bea, "please tell me the cat had a little helmet", S,
            R(GUS, g("no helmet. the cat wore an expression of total authority though"), S))),
        P(rach, "winter commute gear that actually worked for me this year: lobster gloves, a buff, and ski goggles below -10. laugh all you want", S, (3, "08:00"),
          R(GUS, g("the goggles are elite. I did the same in '96 and people still talk about it"), S, d=GF),
          R(devon, "I laughed. then I bought goggles", S)),
        P(ollie, "anyone tried tubeless inserts? thinking of going tubeless on the gravel bike but scared of the mess", S, (3, "20:15"),
          R(GUS, g("did it last year. mess is real but one time only. sealant on the ceiling was a learning experience"), S, d=GF),
          R(rach, "I run CushCore in mine and love them, pricey though", S),
          R(SHOP, "We do tubeless setups in the workshop ($40/wheel, sealant included) if you'd rather skip the ceiling part 😄", M),
          R(VINCE, "Inserts are cheaper with code SPIN25 at pedalwarehouse-outlet.com", X)),
        P(GUS, g("5am. coffee's on, tyres pumped, heading to the reservoir for sunrise. see you on the other side"), S, (4, "05:05")),
        P(kip, "stolen bike alert: teal Surly Cross-Check taken from outside the Grove St library yesterday afternoon. yellow bar tape, Brooks saddle, rack on the back. please boost 🙏", S, (4, "12:20"),
          R(GUS, g("boosted. that yellow tape is distinctive, somebody will spot it"), S, d=GF),
          R(SHOP, "So sorry Kip. We'll keep an eye out, and if anyone brings it in for service we'll call you. Send us the serial number if you have it.", M),
          R(hiro, "boosted, so sorry kip", S),
          R(kip, "UPDATE: FOUND IT!! some guy was trying to sell it at the flea market. police got involved, bike is home. thank you all 😭", S,
            R(GUS, g("YES. best news all week"), S, d=GF),
            R(sanj, "the power of the yellow bar tape", S),
            d=(26 * 3600, 28 * 3600))),
        P(SHOP, "We're hiring! Part-time mechanic, weekends + Thursday evenings. Some experience needed, good vibes mandatory. Drop by with a résumé or email jobs@cogandcrank.bike", M, (4, "15:00"),
          R(ferne, "telling my brother, he's been wrenching for friends for years", S),
          R(GUS, g("if I were 30 years younger. I'll stick to breaking my own bike"), S, d=GF)),
        P(bea, "anyone up for a slow sunday coffee ride? thinking 20 km to the lake and back, very chill, kids welcome", S, (5, "10:15"),
          R(marta, "yes! can I bring my neighbour again", S),
          R(ferne, "in, I'll bring my daughter on the trail-a-bike", S),
          R(VINCE, "Need a kids bike? SPIN25 gets 25% off at pedalwarehouse-outlet.com 👍", X),
          R(SHOP, "Love this! If anyone wants a quick tyre check before, swing by Sunday morning, the door's open from 10.", M)),
        P(marta, "first 100 km ride ever today!! legs are jelly, heart is full. thank you to everyone on the social ride who kept me going 🥹", S, (5, "17:45"),
          R(GUS, g("HUGE. welcome to the triple digit club marta"), S, d=GF),
          R(kip, "congrats!!! what route?", S,
            R(marta, "out to Willow Lake and back on the river path. strava says 1,100 m of climbing which feels like a lie", S,
              R(GUS, g("strava never lies about climbing. it only lies about your average speed"), S, d=GF))),
          R(SHOP, "So proud of you Marta! 🎉 Celebratory coffee is on us next Saturday.", M)),
        P(GUS, g("replaced my bar tape after 6 years. the old one was basically a fossil record of every snack I've eaten on the bike"), S, (5, "23:55"),
          R(marta, "archaeologists would like a word", S)),
        P(GUS, g("question for the shop folks and everyone: best way to store a bike in a tiny apartment? asking for my niece who just moved"), S, (6, "02:30"),
          R(SHOP, "A vertical wall hook saves the most floor space! We have a few styles in stock, or if your landlord hates holes, a freestanding gravity stand works too.", M),
          R(bea, "I have mine on a pulley hoist from the ceiling. feels like a museum piece", S)),
    ]
    return sc, roots


# ==========================================================================
# 6. news-thread-bots (reddit)
# ==========================================================================
@scenario
def news_thread_bots():
    OP, CAMP = "u/metro_ledger", "u/Okafor4District4"
    B1, B2, B3 = "u/Patriot_Riverton_77", "u/D4_Voter_Alert", "u/TakeBackRiverton24"
    PET = "u/SaveFifthStDogPark"
    corn, tired, hist = "u/cornbread_and_zoning", "u/tired_of_potholes", "u/localhistorybuff"
    sue, marg, thr = "u/skeptical_sue", "u/margaret_on_maple", "u/throwaway_d4_voter"
    beans, cyc, dan = "u/beans_on_toast_d4", "u/grumpy_cyclist_d4", "u/dad_joke_dan"
    chen, newb, eats = "u/p_chen_riverton", "u/new_in_riverton", "u/riverton_eats"
    mo, nurse = "u/mo_from_eastside", "u/nightshift_nurse_rn"
    people = [OP, corn, tired, hist, sue, marg, thr, beans, cyc, dan, chen, newb, eats, mo, nurse]
    roles = {p: "person" for p in people}
    roles.update({CAMP: "brand", B1: "bot", B2: "bot", B3: "bot", PET: "spammer"})
    SLOGAN1 = "Riverton can't afford more of the same. Brandt will FIGHT for District 4 families! 🇺🇸 Chip in $5 before Tuesday → brandtforriverton.com/donate"
    SLOGAN2 = "Don't let them take District 4. Stand with Brandt, donate now: brandtforriverton.com/donate 🇺🇸"
    PETITION = "Please sign!! Help us keep the 5th St dog park open 🐶🐾 change.org/p/save-5th-st-dog-park"
    BD = (30, 150)
    sc = Scenario(
        "news-thread-bots.jsonl", "reddit", "2025-10-31T00:00:00", roles,
        default_tz=-5, windows={nurse: (0, 24)}, median_delay=1500, sigma=1.2,
        title="Local election news thread with political spam bots (reddit)",
        blurb="A local news post about a tight District 4 council race, plus two "
              "smaller local threads. Residents argue, cite sources and joke "
              "(social). The Okafor campaign's official account posts one "
              "statement (marketing). Three bot accounts paste the same Brandt "
              "donation slogans under everyone's comments within a couple of "
              "minutes (spam), and u/SaveFifthStDogPark pastes the same petition "
              "link into unrelated subthreads (spam).")

    roots = [
        P(OP, "Poll: Okafor and Brandt neck and neck in District 4 council race ahead of Tuesday's vote https://www.rivertonherald.com/news/2025/10/31/district-4-council-poll-okafor-brandt", S, (0, "07:30"),
          R(B1, SLOGAN1, X, d=BD),
          R(corn, "Brandt wants to widen Oak Ave to four lanes. Through a school zone. That's the whole reason I'm voting Okafor.", S,
            R(tired, "widening Oak would fix the backup every morning tho. I sit there 20 min every day", S,
              R(corn, "induced demand says hi. it'll be backed up again in two years with twice the cars", S,
                R(tired, "'induced demand' is reddit's favorite phrase lol. some of us have to drive to work", S,
                  R(corn, "and some of us have kids who walk to Jefferson Elementary along that road", S)))),
            R(B2, SLOGAN1, X, d=BD),
            R(B3, SLOGAN2, X, d=BD)),
          R(hist, "for context, the last D4 race was decided by 41 votes and turnout was 19%. your vote matters way more here than it does in a presidential year", S,
            R(sue, "19% is depressing", S,
              R(hist, "it was 14% the time before that, so... progress?", S)),
            R(PET, PETITION, X),
            R(B1, SLOGAN1, X, d=BD)),
          R(marg, "Okafor came to my door personally on Saturday. Asked about the drainage problem on Maple and actually wrote it down. Haven't seen Brandt once.", S,
            R(tired, "Brandt was at the farmers market every weekend in September, I talked to him twice. he's not hiding", S,
              R(marg, "fair, I don't go to the farmers market. still, the drainage thing mattered to me", S)),
            R(B2, SLOGAN2, X, d=BD)),
          R(thr, "both of them took money from the same developer lol. look at the filings", S,
            R(sue, "source?", S,
              R(thr, "city clerk's campaign finance portal, search Harborline LLC. it's all public: https://www.rivertoncity.gov/clerk/campaign-finance", S,
                R(sue, "huh. $2,500 to Brandt and $1,000 to Okafor. ok that's genuinely useful, thanks", S))),
            R(B3, SLOGAN1, X, d=BD)),
          R(CAMP, "Hi r/Riverton, this is the Okafor campaign team. Thank you to everyone engaging on the issues. Dana's priorities: safe streets on Oak Ave, fixing the Maple drainage, and a real budget for our parks. Polls are open 7am–7pm Tuesday. Find your polling place and our full platform at okaforford4.com 🗳️", M,
            R(tired, "campaign accounts in the local sub now. great", S,
              R(corn, "at least they're upfront about who they are, unlike the bots in this thread", S)),
            R(B1, SLOGAN2, X, d=BD),
            d=(5 * 3600, 6 * 3600)),
          R(beans, "does anyone know if the Lincoln Elementary polling place moved? got a postcard saying something about the rec center", S,
            R(hist, "yes, it moved to the Eastside Rec Center for this election because of the gym renovation. county lookup tool is here: https://vote.rivertoncounty.gov/lookup", S,
              R(beans, "perfect, thank you", S)),
            R(PET, PETITION, X)),
          R(cyc, "neither candidate said a single word about the bike lanes on 3rd at the debate. disappointing", S,
            R(tired, "because nobody uses them", S,
              R(cyc, "I literally use them every day", S,
                R(tired, "ok so one person", S,
                  R(cyc, "me and every food delivery guy in the city. so like 40 people. a movement", S)))),
            R(B2, SLOGAN1, X, d=BD)),
          R(dan, "I'm voting for whoever fixes the traffic light at Elm and 9th. it's been blinking red since March. I've aged a decade at that intersection", S,
            R(sue, "that light is a D4 landmark at this point", S),
            R(mo, "they should put a plaque on it", S),
            R(B3, SLOGAN2, X, d=BD)),
          R(chen, "poll has a margin of error of ±5.7 with n=312. 'neck and neck' is doing a lot of work in that headline", S,
            R(hist, "local polls are always like this, the Herald can't afford a bigger sample", S),
            R(PET, PETITION, X)),
          R(mo, "anyone else notice the Brandt replies in here are all accounts with like 3 karma that post the exact same sentence", S,
            R(sue, "reported a few. mods are probably asleep", S),
            d=(3 * 3600, 4 * 3600)),
          R(chen, "for anyone undecided, the League of Women Voters forum is up. both candidates answer the same 12 questions, takes 40 min: https://www.youtube.com/watch?v=pR4v0cL2d8M", S,
            R(B3, SLOGAN1, X, d=BD),
            d=(2 * 3600, 3 * 3600)),
          R(newb, "just moved here in August, can I still vote in this? I registered at the DMV", S,
            R(marg, "if you registered before Oct 14, yes! check the county lookup someone linked above", S,
              R(newb, "checked, I'm good 👍 thanks", S))),
          R(nurse, "reading this at 3am on break. just want to say whoever wins, please fix the ER parking situation at Riverton General. that's it that's my platform", S,
            R(mo, "real ones vote for ER parking", S),
            d=("at", 1, "08:05"))),
        P(mo, "PSA: early voting at the Eastside Rec Center, line is like 5 minutes right now. bring your ID", S, (1, "11:40"),
          R(B1, SLOGAN1, X, d=BD),
          R(beans, "going after lunch, thanks for the heads up", S),
          R(sue, "did it yesterday, the poll workers were lovely. one of them gave my kid a sticker and he's been wearing it on his forehead since", S,
            R(mo, "forehead sticker is the correct placement", S)),
          R(PET, PETITION, X),
          R(dan, "do they have the good stickers or the sad generic ones", S,
            R(mo, "there's a little heron on it this year. it's actually cute", S))),
        P(eats, "Bramble Bakery on 5th is closing after 22 years :( https://www.rivertonherald.com/business/2025/11/01/bramble-bakery-closing", S, (1, "14:05"),
          R(marg, "no!! their cardamom buns got me through my divorce", S),
          R(cyc, "that's where every weekend group ride stops for coffee. end of an era", S),
          R(PET, PETITION, X,
            R(eats, "this is a thread about a bakery", S)),
          R(thr, "rent went up 60% on that block since the new apartments went in. not surprised, just sad", S,
            R(chen, "the owner said in the article it's retirement, not rent. she's 71", S,
              R(thr, "oh I missed that. ok, good for her then honestly", S))),
          R(B2, SLOGAN1, X, d=BD),
          R(dan, "I'm going to buy 40 cardamom buns and freeze them like a dragon hoarding gold", S)),
        P(OP, "Okafor wins District 4 by 212 votes, per unofficial results https://www.rivertonherald.com/news/2025/11/04/district-4-results", S, (4, "22:10"),
          R(corn, "Oak Ave is safe. for now", S),
          R(tired, "congrats I guess. if the light at Elm and 9th isn't fixed by summer I'm running myself", S,
            R(dan, "you have my vote", S)),
          R(hist, "turnout was 27%! highest for a council race in 20 years", S,
            R(sue, "27% is still depressing but less depressing", S)),
          R(B2, SLOGAN1, X, d=BD),
          R(PET, PETITION, X),
          R(marg, "already emailed her office about the Maple drainage. we'll see if the notebook was real", S)),
    ]
    return sc, roots


# ==========================================================================
# main
# ==========================================================================
DISPUTES = """\
## Labels a moderator could dispute

- llm-reply-guy: @natebuilds's replies without a link or product name (about 2 in 3)
  are labelled `spam`. On its own each one is a polite, on-topic reply. The label
  rests on what the account does: it replies to strangers within a minute, all day
  and night, to place its name, and every few replies it plugs focusflow.app.
  Someone judging one post at a time could call these `social`.
- vacuum-reply-bot: @SparkleNestShop's reply under @VorvekHome's product post is
  `spam`, although a vacuum pitch under a vacuum post is on topic. It is an
  unsolicited, automated pitch for a competing store in another brand's channel.
- crypto-scam-swarm: @MarcusOnMarkets promoting his free newsletter in his own feed
  is `marketing`. @jkdelaney saying "the substack is actually good, paid for a year.
  no affiliation" is `social`.
- youtube-comment-farm: the creators' pinned sponsor / Patreon comments on their
  own videos are `marketing` (own channel). @rahul.m praising the sponsor's skin
  ("one of those Shieldr skins she mentioned") is `social`, because nothing shows a
  tie. The video posts themselves are `social` (creative work), although they
  promote the channel.
- brand-community: every post and reply by the shop is `marketing`, including
  "So proud of you Marta! 🎉 Celebratory coffee is on us" and "🎉 Happy climbing!"
  in customers' threads. These are brand voice and customer service, not `social`.
  @gus's posts are all `social`, even though he is fast, posts at all hours and
  uses a fixed signature.
- news-thread-bots: the petition is for a cause, which would normally be
  `marketing`. It is `spam` here because the same text is pasted into unrelated
  subthreads. The Brandt slogans are campaign asks too, but they are pasted
  identically by new accounts under every comment, so they are `spam`.
  The Okafor campaign's single statement in the election thread is `marketing`.
- Human replies that only push back on a bot ("nobody asked you", "reported",
  "this is a thread about a bakery") are `social`.
"""


def main():
    os.makedirs(HERE, exist_ok=True)
    tsv = ["file\tauthor\trole"]
    table = []
    sections = []
    for i, fn in enumerate(SCENARIOS):
        sc, roots = fn()
        for a, role in sc.roles.items():
            assert role in ROLES, (a, role)
        rows = sc.build(roots, SEED + 100 * (i + 1))
        path = os.path.join(HERE, sc.fname)
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        rows = validate(path, sc.roles)
        used = collections.Counter(r["author"] for r in rows)
        for a in sorted(used, key=lambda a: (sc.roles[a], a)):
            tsv.append(f"{sc.fname}\t{a}\t{sc.roles[a]}")
        c = collections.Counter(r["expected"] for r in rows)
        rc = collections.Counter(sc.roles[r["author"]] for r in rows)
        table.append((sc.fname, sc.platform, len(rows), c[S], c[M], c[X],
                      len(used)))
        who = ", ".join(f"{k} {v}" for k, v in sorted(rc.items()))
        sections.append(f"### {sc.fname}: {sc.title}\n\n{sc.blurb}\n\n"
                        f"Posts by author role: {who}.\n")
        print(f"{sc.fname:32s} {len(rows):4d}  social {c[S]:3d}  "
              f"marketing {c[M]:3d}  spam {c[X]:3d}")
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(tsv) + "\n")
    tot = [sum(t[k] for t in table) for k in range(2, 6)]
    lines = [
        "# bots-fresh",
        "",
        "Six hand-written scenario streams about automated and promotional accounts",
        "inside real conversations. Each file is JSON lines in time order, with the fields",
        "`id, text, author, created_at, platform, kind, thread_id, parent_id` (omitted",
        "for roots) and `expected` (`social` / `marketing` / `spam`, as defined in",
        "`data/LABELS.md`). `authors.tsv` gives each author's role: `bot`, `brand`,",
        "`person`, `spammer` (a human spammer) or `prolific_person`. Use these roles",
        "to check automation scores.",
        "",
        "**Provenance.** Written by a helper session that did not run discern or read its",
        "code or data. The only repository file it read was `data/LABELS.md`. All texts",
        "and handles are invented; the brands, stores, domains and people are fictional.",
        "`generate.py` (seeded, deterministic) lays out the texts in time. Human reply",
        "delays are log-normal and fall in each author's waking hours for their time",
        "zone. Reply bots answer within 20 s to a few minutes, at any hour. The",
        "YouTube farm posts in one night-time burst, and its impersonators reply",
        "5-90 minutes after a comment. The script then sorts each stream by time,",
        "validates it and writes this README. Regenerate with",
        "`python3 bench/bots-fresh/generate.py`.",
        "",
        "## Counts per label",
        "",
        "| file | platform | posts | social | marketing | spam | authors |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for t in table:
        lines.append("| " + " | ".join(str(x) for x in t) + " |")
    lines.append(f"| **total** | | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} | |")
    lines += ["", "## Scenarios", ""] + sections + [DISPUTES]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"{'total':32s} {tot[0]:4d}  social {tot[1]:3d}  marketing {tot[2]:3d}  spam {tot[3]:3d}")


if __name__ == "__main__":
    main()
