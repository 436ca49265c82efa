#!/usr/bin/env python3
"""Generate the bots-fresh2 evaluation set (six scenario streams).

Every text below was written by hand for this set. All brands, people, handles,
domains and phone numbers are invented. The script only lays the texts out in
time (seeded, deterministic), assigns platform-looking ids and writes:

  <scenario>.jsonl   one post per line, in time order
  authors.tsv        author<TAB>role
  README.md          counts table, provenance, timing model, hard cases

Run:  python3 generate.py            (stdlib only)
"""
import datetime as dt
import json
import math
import os
import random
import string

SEED = 20251021
HERE = os.path.dirname(os.path.abspath(__file__))

S, M, X = "social", "marketing", "spam"
LABELS = (S, M, X)
ROLES = ("bot", "brand", "person", "spammer", "prolific_person")
PLATFORMS = ("x", "bluesky", "mastodon", "reddit", "youtube", "blog")

# ---------------------------------------------------------------------------
# timing model
# ---------------------------------------------------------------------------
# Humans: reply delay is log-normal around a per-role median, then pushed into
# the author's waking window (local time, per-author tz offset).  Bots: delay
# is log-uniform between the bot's own bounds (seconds), any hour of the day.
ROLE_DELAY = {
    #                median s, sigma, min s, max s
    "person":          (25 * 60, 1.05, 45, 20 * 3600),
    "prolific_person": (6 * 60, 0.95, 20, 8 * 3600),
    "brand":           (20 * 60, 0.75, 120, 10 * 3600),
    "spammer":         (10 * 60, 1.0, 30, 12 * 3600),
}
ROLE_WAKE = {
    "person": (7.0, 23.5),
    "prolific_person": (6.0, 24.75),
    "brand": (6.5, 23.0),
    "spammer": (8.0, 24.5),
}
BOT_DELAY = (8, 180)


def r(key, parent, author, label, text, **opts):
    return dict(key=key, parent=parent, author=author, label=label, text=text, opts=opts)


def T(key, author, label, at, text, replies=(), **opts):
    return dict(key=key, author=author, label=label, at=at, text=text,
                replies=list(replies), opts=opts)


def A(role, tz=0.0, wake=None, bot=None, url=None, email=None):
    return dict(role=role, tz=tz, wake=wake, bot=bot, url=url, email=email)


def parse_at(s):
    if len(s) == 16:
        s += ":00"
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=dt.timezone.utc)


def lognormal(rng, median, sigma):
    return median * math.exp(sigma * rng.gauss(0.0, 1.0))


def wake_window(handle, info):
    if info["wake"]:
        return info["wake"]
    w0, w1 = ROLE_WAKE[info["role"]]
    j = random.Random("%d:wake:%s" % (SEED, handle))
    return (w0 + j.uniform(-0.75, 0.75), w1 + j.uniform(-0.75, 0.5))


def wake_adjust(t, handle, info, rng):
    if info["role"] == "bot":
        return t
    w0, w1 = wake_window(handle, info)
    tz = dt.timedelta(hours=info["tz"])
    local = t + tz
    h = local.hour + local.minute / 60 + local.second / 3600
    if (w0 <= h < w1) or (w1 > 24 and h < w1 - 24):
        return t
    day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    start = day + dt.timedelta(hours=w0)
    if start <= local:
        start += dt.timedelta(days=1)
    start += dt.timedelta(seconds=min(4 * 3600, lognormal(rng, 40 * 60, 0.8)))
    return start - tz


def human_delay(rng, role, opts, scen):
    med, sig, lo, hi = scen.get("delays", {}).get(role, ROLE_DELAY[role])
    if "d" in opts:
        med, sig, lo, hi = opts["d"], 0.45, 20, 10 * 86400
    return max(lo, min(hi, lognormal(rng, med, sig)))


def bot_delay(rng, info, opts):
    if "d" in opts:
        return opts["d"] * rng.uniform(0.8, 1.25)
    lo, hi = info["bot"] or BOT_DELAY
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


# ---------------------------------------------------------------------------
# ids
# ---------------------------------------------------------------------------
B36 = string.digits + string.ascii_lowercase
B64 = string.ascii_letters + string.digits + "-_"


def b36(n):
    s = ""
    while n:
        n, d = divmod(n, 36)
        s = B36[d] + s
    return s or "0"


def ms(t):
    return int(t.timestamp() * 1000)


class Ids:
    def __init__(self, platform, rng, scen):
        self.p, self.rng, self.scen = platform, rng, scen
        self.blog_comment = scen.get("blog_comment_start", 48000)

    def make(self, post, top_id):
        t, rng = post["t"], self.rng
        if self.p == "x":
            return str(((ms(t) - 1288834974657) << 22) | rng.getrandbits(22))
        if self.p in ("mastodon", "bluesky"):
            return str((ms(t) << 16) | rng.getrandbits(16))
        if self.p == "reddit":
            secs = int(t.timestamp()) - 1757000000
            if post["root"]:
                return "t3_" + b36(3_300_000_000 + secs * 3 + rng.randint(0, 2))
            return "t1_" + b36(51_000_000_000 + secs * 40 + rng.randint(0, 39))
        if self.p == "blog":
            if post["root"]:
                return "post-%d" % post["opts"]["post_no"]
            self.blog_comment += rng.randint(3, 61)
            return "comment-%d" % self.blog_comment
        if self.p == "youtube":
            if post["root"]:
                return "".join(rng.choice(B64) for _ in range(11))
            if top_id is None:  # top-level comment
                return rng.choice(["Ugz", "Ugw", "Ugx", "Ugy"]) + "".join(
                    rng.choice(B64[:62]) for _ in range(19)) + "4AaABAg"
            return top_id + ".A" + "".join(rng.choice(B64[:62]) for _ in range(21))
        raise ValueError(self.p)


# ---------------------------------------------------------------------------
# layout
# ---------------------------------------------------------------------------
def layout(scen, sidx):
    rng = random.Random("%d:%s" % (SEED, scen["name"]))
    authors = scen["authors"]
    posts = []
    for th in scen["threads"]:
        info = authors[th["author"]]
        t0 = parse_at(th["at"]) + dt.timedelta(seconds=rng.randint(0, 59))
        t0 = wake_adjust(t0, th["author"], info, rng)
        root = dict(key=th["key"], parent=None, author=th["author"], label=th["label"],
                    text=th["text"], opts=th["opts"], t=t0, root=True, thread=th["key"])
        posts.append(root)
        times = {th["key"]: t0}
        for rp in th["replies"]:
            assert rp["key"] not in times, ("duplicate key", rp["key"])
            assert rp["parent"] in times, ("parent must be listed first", rp["key"])
            ainfo = authors[rp["author"]]
            tp = times[rp["parent"]]
            o = rp["opts"]
            if "at" in o:
                t = parse_at(o["at"]) + dt.timedelta(seconds=rng.randint(0, 59))
                t = max(t, tp + dt.timedelta(seconds=30))
                t = wake_adjust(t, rp["author"], ainfo, rng)
            elif ainfo["role"] == "bot":
                t = tp + dt.timedelta(seconds=bot_delay(rng, ainfo, o))
            else:
                t = tp + dt.timedelta(seconds=human_delay(rng, ainfo["role"], o, scen))
                t = wake_adjust(t, rp["author"], ainfo, rng)
            if "after" in o:  # the text refers to these earlier posts
                keys = o["after"] if isinstance(o["after"], list) else [o["after"]]
                dep = max(times[k] for k in keys) + dt.timedelta(seconds=rng.uniform(20, 240))
                if t < dep:
                    t = wake_adjust(dep, rp["author"], ainfo, rng)
            t = t.replace(microsecond=0)
            if t <= tp:
                t = tp + dt.timedelta(seconds=rng.randint(5, 30))
            times[rp["key"]] = t
            posts.append(dict(key=rp["key"], parent=rp["parent"], author=rp["author"],
                              label=rp["label"], text=rp["text"], opts=o, t=t,
                              root=False, thread=th["key"]))
    for p in posts:
        p["t"] = p["t"].replace(microsecond=0)
    order = {id(p): i for i, p in enumerate(posts)}
    posts.sort(key=lambda p: (p["t"], order[id(p)]))
    ids = Ids(scen["platform"], rng, scen)
    bykey, seen = {}, set()
    for p in posts:
        top = None
        if scen["platform"] == "youtube" and not p["root"]:
            # walk up to the top-level comment (direct child of the video)
            q = p
            while not bykey[q["parent"]]["root"]:
                q = bykey[q["parent"]]
            top = None if q is p else q["id"]
        pid = ids.make(p, top)
        while pid in seen:
            pid = ids.make(p, top)
        seen.add(pid)
        p["id"] = pid
        bykey[p["key"]] = p
    out = []
    for p in posts:
        info = authors[p["author"]]
        rec = dict(id=p["id"], text=p["text"], author=p["author"],
                   created_at=p["t"].strftime("%Y-%m-%dT%H:%M:%SZ"),
                   platform=scen["platform"], kind="post" if p["root"] else "reply",
                   thread_id=bykey[p["thread"]]["id"])
        if not p["root"]:
            rec["parent_id"] = bykey[p["parent"]]["id"]
        rec["expected"] = p["label"]
        if scen["platform"] == "blog" and not p["root"]:
            if info.get("url"):
                rec["author_url"] = info["url"]
            if info.get("email"):
                rec["author_email"] = info["email"]
        out.append(rec)
    return out


def check(scen, recs):
    ids = {}
    for rec in recs:
        assert rec["expected"] in LABELS, rec
        assert rec["platform"] in PLATFORMS
        if rec["kind"] == "reply":
            par = ids[rec["parent_id"]]  # parent already written => earlier in file
            assert par["created_at"] <= rec["created_at"], rec
            assert ids[rec["thread_id"]]["kind"] == "post"
        ids[rec["id"]] = rec
    assert [r_["created_at"] for r_ in recs] == sorted(r_["created_at"] for r_ in recs)
    for a, info in scen["authors"].items():
        assert info["role"] in ROLES, a
    used = {rec["author"] for rec in recs}
    unused = set(scen["authors"]) - used
    assert not unused, ("authors never used", unused)
    assert 70 <= len(recs) <= 130, (scen["name"], len(recs))


SCENARIOS = []

# ===========================================================================
# 1. X: political astroturf around a local mayoral election (Linwood Falls)
# ===========================================================================
CST = -5.0  # CDT in October
_astro_bot = (35, 260)
S1_AUTHORS = {
    "LinwoodLedger": A("brand", CST, wake=(5.5, 23.0)),
    "Halvorsen4Mayor": A("brand", CST, wake=(7.0, 22.5)),
    "DanaOkaforLF": A("brand", CST, wake=(7.0, 22.5)),
    "patriot_mom_LF2291": A("bot", bot=_astro_bot),
    "LinwoodTruth88": A("bot", bot=_astro_bot),
    "jenny_k47381": A("bot", bot=_astro_bot),
    "realvoter_mike0": A("bot", bot=_astro_bot),
    "SaveLinwood_Now": A("bot", bot=_astro_bot),
    "karen_b_9924": A("bot", bot=_astro_bot),
    "marcy_delgado": A("person", CST),
    "tomwhitt_LF": A("person", CST, wake=(12.5, 28.0)),  # works nights
    "brenda_sews": A("person", CST),
    "jaylen_codes": A("person", CST, wake=(8.5, 26.0)),
    "oldmanpete61": A("person", CST, wake=(5.0, 21.0)),
    "Kiara_R": A("person", CST),
    "sam_h_linwood": A("person", CST),
    "DeShawnBuilds": A("person", CST, wake=(5.5, 22.0)),
    "gracie_tran": A("person", CST),
    "coach_moretti": A("person", CST),
    "lf_dad_of_3": A("person", CST, wake=(6.0, 22.5)),
    "NoraVance_": A("person", CST),
    "expat_ollie": A("person", 2.0),
}

# near-identical talking points (the astroturf templates, with their own typos)
POLICE_A = "Linwood Falls deserves a mayor who backs our police and cuts wasteful spending. Rick Halvorsen will get it done. Chip in $5 today 👉 halvorsen-victory.org/chip-in #LinwoodFalls #Halvorsen2025"
POLICE_B = "Linwood Falls deserves a Mayor who BACKS our police & cuts wasteful spending!! Rick Halvorsen will get it done 🇺🇸 Chip in $5 👉 halvorsen-victory.org/chip-in?r=lf2 #LinwoodFalls"
POLICE_C = "Our city deserves a mayor who backs the police and cuts wasteful spending. Rick Halvorsen gets it done. Chip in $5 today → halvorsen-victory.org/chip-in #Halvorsen2025"
SURGE_A = "Don't trust the fake polls. Rick Halvorsen is surging! Help him finsh strong 👉 halvorsen-victory.org/chip-in?r=22 #LinwoodFalls"
SURGE_B = "Don't believe the fake polls!! Rick is SURGING. Help him finsh strong → halvorsen-victory.org/chip-in?r=22"
TAX_A = "Dana Okafor's bridge plan = a 14% property tax hike on every Linwood family. We can't afford her. Stand with Rick 👉 halvorsen-victory.org/chip-in"
TAX_B = "Dana Okafor's bridge plan means a 14% property tax hike for every family in Linwood Falls. We cannot afford her!! Stand with Rick → halvorsen-victory.org/chip-in #LinwoodFalls"
EARLY_A = "Early voting is OPEN Linwood Falls! Vote Rick Halvorsen for safe streets and lower taxes. Every $5 helps get out the vote 👉 halvorsen-victory.org/chip-in #VoteHalvorsen"
EARLY_B = "Early voting is open Linwood Falls!! Vote Rick Halvorsen for safe streets + lower taxes. Every $5 helps us get out the vote 👉 halvorsen-victory.org/chip-in?r=lf7"

S1_THREADS = [
    T("A", "LinwoodLedger", S, "2025-10-20T11:30",
      "Early voting opens today at 6 sites across Linwood Falls, 7am–7pm through Nov 1. Sites, parking and what ID to bring: linwoodledger.com/news/2025/10/20/early-voting-sites", [
          r("A1", "A", "patriot_mom_LF2291", X, EARLY_A),
          r("A2", "A", "marcy_delgado", S, "Hollis library branch is finally an early voting site!! east side rejoice. last time i had to drive across town on my lunch break"),
          r("A3", "A", "LinwoodTruth88", X, EARLY_B),
          r("A4", "A2", "tomwhitt_LF", S, "Hollis had a line out the door in 2022 tho. go right at 7, bring a snack lol"),
          r("A5", "A3", "jaylen_codes", S, "this account was created in September and has posted this exact sentence 40+ times. cmon"),
          r("A6", "A", "oldmanpete61", S, "Do I need my voter card or just my drivers license?"),
          r("A7", "A6", "gracie_tran", S, "Just a photo ID Pete! I used my license in the primary, the voter card is optional"),
          r("A8", "A7", "oldmanpete61", S, "Thank you dear 👍", d=600),
          r("A9", "A", "jenny_k47381", X, EARLY_A.replace("Every $5 helps", "Every $5 helps us")),
          r("A10", "A2", "brenda_sews", S, "the hollis lot has like 11 parking spots. godspeed everyone 🙏"),
      ]),
    T("B", "LinwoodLedger", S, "2025-10-20T17:05",
      "City council approves $4.2M emergency repair for the Kessler Street bridge after an inspection found corroded bearings and cracked supports. Lane closures start Nov 10. linwoodledger.com/news/2025/10/20/kessler-bridge-emergency-repair", [
          r("B1", "B", "SaveLinwood_Now", X, TAX_A),
          r("B2", "B", "DeShawnBuilds", S, "I do bridge inspections for a living, two counties over. Corroded bearings on a 1968 span isn't a scandal, it's deferred maintenance, and council deferred it under both parties for a decade. $4.2M for emergency work is honestly cheap. The real question is full replacement, which is more like $30-40M, and nobody running for mayor has given a real number for that."),
          r("B3", "B2", "coach_moretti", S, "appreciate an actual expert in the replies for once"),
          r("B4", "B", "brenda_sews", S, "i drive over that thing every day to get to my mom's. been hearing the clunk for years 😬"),
          r("B5", "B", "realvoter_mike0", X, POLICE_C),
          r("B6", "B2", "NoraVance_", S, "So which candidate's plan is closer to reality?"),
          r("B7", "B6", "DeShawnBuilds", S, "Neither fully. Halvorsen's 'no new taxes' version counts on state grant money that isn't guaranteed. Okafor's bond idea is more honest about the cost but voters said no to a bond in 2019. Pick your poison", d=1500),
          r("B8", "B", "lf_dad_of_3", S, "closing kessler adds like 25 min to school pickup. please just fix it, I don't care who gets credit"),
      ]),
    T("C", "LinwoodLedger", S, "2025-10-21T03:40",
      "Debate recap: Halvorsen and Okafor clash over the police budget, the Kessler bridge and the Riverside rezoning in the only televised mayoral debate. Full story + video: linwoodledger.com/news/2025/10/20/mayoral-debate-recap", [
          r("C1", "C", "patriot_mom_LF2291", X, POLICE_A),
          r("C2", "C", "karen_b_9924", X, POLICE_B),
          r("C3", "C", "Kiara_R", S, "Okafor won that one imo. Halvorsen said 'common sense' like 11 times as if it's a policy"),
          r("C4", "C3", "sam_h_linwood", S, "lol did we watch the same debate? she dodged the rezoning question twice"),
          r("C5", "C4", "Kiara_R", S, "she answered it, you just didn't like the answer 🙃", d=700),
          r("C6", "C5", "sam_h_linwood", S, "fair enough, agree to disagree. at least it was civil this year, 2021 was a circus", d=900),
          r("C7", "C", "expat_ollie", S, "Caught the replay over breakfast in Berlin. Hometown politics from 7,000 km away hits different. Also the moderator's tie??"),
          r("C8", "C", "jaylen_codes", S, "Screenshotting these copy-paste replies. Same text, same link, five accounts, all created in the last 6 weeks.", after=["C1", "C2"]),
          r("C9", "C8", "tomwhitt_LF", S, "report them? not that X does anything anymore"),
          r("C10", "C9", "jaylen_codes", S, "already did. also sent it to the ledger tips line", d=1200),
      ]),
    T("D", "LinwoodLedger", S, "2025-10-22T12:15",
      "New Ledger/Pemberton College poll: Okafor 44%, Halvorsen 41%, undecided 15% in the Linwood Falls mayoral race (n=612 likely voters, margin of error ±4). linwoodledger.com/news/2025/10/22/mayor-poll", [
          r("D1", "D", "LinwoodTruth88", X, SURGE_A),
          r("D2", "D", "jenny_k47381", X, SURGE_B),
          r("D3", "D", "NoraVance_", S, "15% undecided two weeks out is wild"),
          r("D4", "D3", "coach_moretti", S, "undecided in Linwood means 'hasn't thought about it until the yard signs went up'"),
          r("D5", "D", "gracie_tran", S, "±4 so basically a coin flip. VOTE."),
          r("D6", "D", "marcy_delgado", S, "612 people?? nobody ever calls me. who even answers unknown numbers in 2025"),
          r("D7", "D6", "brenda_sews", S, "me 🙋‍♀️ i answer everything, my husband thinks i'm nuts"),
          r("D8", "D", "realvoter_mike0", X, SURGE_A.replace("Help him", "Help Rick")),
      ]),
    T("E", "LinwoodLedger", M, "2025-10-22T15:00",
      "Our election coverage is free for everyone through Nov 4. If it's useful to you, support local reporting: subscribe for $1/week for your first 3 months → linwoodledger.com/subscribe", [
          r("E1", "E", "oldmanpete61", S, "Worth every penny. Had the paper delivered 30 years until they dropped the Tuesday edition"),
          r("E2", "E", "SaveLinwood_Now", X, POLICE_B),
          r("E3", "E", "Kiara_R", S, "the candidate questionnaire you all did was genuinely useful, thank you. subscribed"),
      ]),
    T("F", "LinwoodLedger", S, "2025-10-23T13:20",
      "Water main break closes 9th Ave between Oak and Birch. Crews expect repairs through Thursday evening; residents may notice discolored water. linwoodledger.com/news/2025/10/23/9th-ave-water-main", [
          r("F1", "F", "realvoter_mike0", X, POLICE_A),
          r("F2", "F", "lf_dad_of_3", S, "that explains the brown water this morning. kids thought it was chocolate milk for a second 🙃"),
          r("F3", "F", "karen_b_9924", X, TAX_B),
          r("F4", "F3", "NoraVance_", S, "this is about a water main, karen_b_9924. read the room (or the headline)"),
      ]),
    T("G", "Halvorsen4Mayor", M, "2025-10-20T14:00",
      "TUESDAY 7PM: Rick's open town hall at VFW Post 318, 22 Mercer Ave. Bring your questions on the bridge, public safety and taxes. No script, free coffee. RSVP → halvorsen2025.com/townhall", [
          r("G1", "G", "tomwhitt_LF", S, "will it be streamed? working nights all week"),
          r("G2", "G1", "Halvorsen4Mayor", M, "@tomwhitt_LF Yes! Streaming live right here at 7pm, replay up by 9. Send questions in the replies and we'll read some out."),
          r("G3", "G2", "tomwhitt_LF", S, "👍", d=300),
          r("G4", "G", "DeShawnBuilds", S, "I'll be there. Bringing bridge questions with actual numbers in them."),
          r("G5", "G4", "Halvorsen4Mayor", M, "@DeShawnBuilds Looking forward to it. Rick wants the tough ones."),
          r("G6", "G", "patriot_mom_LF2291", X, POLICE_C),
          r("G7", "G", "sam_h_linwood", S, "free coffee is the only campaign promise i fully trust"),
      ]),
    T("H", "Halvorsen4Mayor", M, "2025-10-21T16:30",
      "We just passed 1,200 individual donors with an average gift of $31. THANK YOU, Linwood Falls. Every $10 keeps our ads on the air through Election Day → halvorsen2025.com/donate", [
          r("H1", "H", "Kiara_R", S, "avg gift $31 sure but how much came from the developers' PAC"),
          r("H2", "H1", "coach_moretti", S, "it's all on the state campaign finance site if you want to dig. last I looked a big chunk was out of county"),
          r("H3", "H2", "Kiara_R", S, "oof", d=400),
          r("H4", "H", "LinwoodTruth88", X, POLICE_A),
          r("H5", "H", "gracie_tran", S, "gave to the other side but respect on the small-donor numbers, genuinely"),
      ]),
    T("I", "Halvorsen4Mayor", M, "2025-10-23T15:10",
      "Rick's plan for the Kessler Street bridge: repair it this winter WITHOUT a tax increase. Read the 4-page plan → halvorsen2025.com/bridge", [
          r("I1", "I", "tomwhitt_LF", S, "how do you fix a $4M bridge without new revenue? serious question, not trolling"),
          r("I2", "I1", "Halvorsen4Mayor", M, "@tomwhitt_LF Fair question, Tom. The plan moves the unspent $2.6M road reserve and applies for the state BRIDGE-Up grant for the rest. Page 2 has the numbers: halvorsen2025.com/bridge"),
          r("I3", "I2", "DeShawnBuilds", S, "BRIDGE-Up doesn't pay out until the 2027 cycle fyi"),
          r("I4", "I3", "Halvorsen4Mayor", M, "@DeShawnBuilds Correct, which is why the plan covers the gap with a short-term interfund loan. Rick will go through it at Tuesday's town hall."),
          r("I5", "I4", "NoraVance_", S, "so... a loan. which is debt. which is a tax later with extra steps"),
          r("I6", "I", "SaveLinwood_Now", X, TAX_B),
      ]),
    T("J", "DanaOkaforLF", M, "2025-10-21T13:45",
      "Saturday we're knocking 2,000 doors in Riverside and the east side 🚪 Shifts at 10am and 1pm, training and snacks provided. Sign up → okaforformayor.com/volunteer", [
          r("J1", "J", "marcy_delgado", S, "signed up for the 10am!! first time canvassing ever, any tips?"),
          r("J2", "J1", "brenda_sews", S, "comfy shoes and don't take it personal when ppl shut the door lol"),
          r("J3", "J1", "DanaOkaforLF", M, "@marcy_delgado Welcome Marcy! We'll pair you with a veteran canvasser for your first hour. See you at the Riverside office 💙"),
          r("J4", "J", "SaveLinwood_Now", X, TAX_A),
          r("J5", "J4", "jaylen_codes", S, "source: trust me bro"),
      ]),
    T("K", "DanaOkaforLF", M, "2025-10-24T17:20",
      "$18,000 to go before our TV ad buy locks Friday at noon. If you want the bridges fixed by someone who'll tell you what it really costs, can you chip in $10? okaforformayor.com/give", [
          r("K1", "K", "gracie_tran", S, "done ✅ $20"),
          r("K2", "K", "lf_dad_of_3", S, "after payday, promise"),
          r("K3", "K", "karen_b_9924", X, TAX_B),
      ]),
    T("L", "marcy_delgado", S, "2025-10-21T12:50",
      "Just voted early at Hollis library!! 20 min wait, the poll worker gave me a sticker AND a mint 🗳️✨", [
          r("L1", "L", "brenda_sews", S, "the mint is the real civic reward"),
          r("L2", "L", "jenny_k47381", X, EARLY_B),
          r("L3", "L", "expat_ollie", S, "meanwhile I requested my overseas ballot 3 weeks ago and still nothing. the consulate website looks like it was built in 2004"),
          r("L4", "L3", "marcy_delgado", S, "omg call the county clerk directly, i think they can email it to you now"),
          r("L5", "L4", "expat_ollie", S, "oh really? will call them tomorrow, thanks Marcy 🙏"),
      ]),
    T("N", "jaylen_codes", S, "2025-10-22T19:30",
      "Thread 🧵 on the copy-paste accounts under every Ledger election post.\n1/ At least 6 accounts created Aug–Sep 2025 keep replying with the same 3-4 Halvorsen lines and a donate link to halvorsen-victory.org. That is NOT the campaign's site (halvorsen2025.com).", [
          r("N1", "N", "jaylen_codes", S, "2/ They reply within 1–4 minutes of the Ledger posting, including at 4am. Two of them ('jenny' and 'mike') share the same typo: 'finsh strong'. Humans don't make the same typo twice in two accounts.", d=90),
          r("N2", "N1", "jaylen_codes", S, "3/ No idea if it's the campaign, a PAC or some random grifter keeping the money. Either way: report, block, don't argue with them, replies just boost them.", d=120),
          r("N3", "N", "NoraVance_", S, "great thread. whois on that domain is privacy-protected, registered Sept 3. the donate page doesn't even list a committee name"),
          r("N4", "N", "sam_h_linwood", S, "as a Halvorsen voter this is embarrassing. whoever's doing it, knock it off"),
          r("N5", "N", "Halvorsen4Mayor", M, "@jaylen_codes Our campaign's only donation page is halvorsen2025.com. We have no connection to halvorsen-victory.org and have asked X to review these accounts. Please don't give through that link."),
          r("N6", "N5", "jaylen_codes", S, "appreciate the response. would be good to post that on your own feed too, most ppl won't see it down here"),
          r("N7", "N", "LinwoodTruth88", X, POLICE_A),
          r("N8", "N7", "coach_moretti", S, "lmao one of them just replied to the thread about them"),
      ]),
    T("O", "coach_moretti", S, "2025-10-23T23:10",
      "Reminder that the school board seats are on the same ballot and nobody is talking about them. Read the candidate pages, it takes 10 minutes. These people decide your kid's bus routes.", [
          r("O1", "O", "lf_dad_of_3", S, "thank you. genuinely had no idea who's running for district 2"),
          r("O2", "O1", "gracie_tran", S, "the Ledger questionnaire covers the board races too: linwoodledger.com/elections/2025/school-board-questionnaire"),
          r("O3", "O", "patriot_mom_LF2291", X, POLICE_B),
          r("O4", "O2", "lf_dad_of_3", S, "perfect, reading it on my lunch break"),
      ]),
    T("P", "oldmanpete61", S, "2025-10-24T12:30",
      "Voted at St. Brendan's gym every election since 1979. This year they moved our precinct to the new rec center. Nice building. Not the same.", [
          r("P1", "P", "brenda_sews", S, "do they still do the bake sale at least??"),
          r("P2", "P1", "oldmanpete61", S, "No bake sale. I am writing a letter."),
          r("P3", "P2", "Kiara_R", S, "pete please keep us updated on the letter"),
          r("P4", "P", "DeShawnBuilds", S, "St. Brendan's gym is where I learned to shoot free throws. End of an era for real"),
      ]),
    T("Q", "NoraVance_", M, "2025-10-24T01:40",
      "Gave $25 to Dana Okafor tonight, first time I've ever donated to a local race. If you want someone who'll be straight about what the bridges cost, chip in: okaforformayor.com/give", [
          r("Q1", "Q", "sam_h_linwood", S, "respect, even though I'm voting the other way. at least you're not a bot lol"),
          r("Q2", "Q", "karen_b_9924", X, TAX_A),
          r("Q3", "Q1", "NoraVance_", S, "lol I've been accused of worse this week"),
      ]),
    T("R", "gracie_tran", S, "2025-10-25T15:40",
      "Took my grandma to vote today, she's 91 and brought her own pen because 'you don't know where those have been'. Queen behavior 👑",  [
          r("R1", "R", "marcy_delgado", S, "BRINGING HER OWN PEN 😭 iconic"),
          r("R2", "R", "oldmanpete61", S, "Smart woman. I do the same."),
          r("R3", "R", "expat_ollie", S, "tell her a stranger in Berlin thinks she's a legend"),
          r("R4", "R", "jenny_k47381", X, EARLY_A),
      ]),
    T("U1", "karen_b_9924", X, "2025-10-22T08:12", POLICE_A.replace("Chip in $5 today", "Chip in $5 TODAY")),
    T("U2", "SaveLinwood_Now", X, "2025-10-23T09:47", TAX_B),
    T("U3", "Halvorsen4Mayor", M, "2025-10-25T13:00",
      "Reminder: our ONLY donation page is halvorsen2025.com. Accounts linking to other sites are not affiliated with this campaign. Early voting runs through Nov 1, find your site → halvorsen2025.com/vote", [
          r("U3a", "U3", "jaylen_codes", S, "thank you for posting this on the main feed 👍"),
          r("U3b", "U3", "sam_h_linwood", S, "good. now can someone find out who's actually running those accounts"),
      ]),
]

SCENARIOS.append(dict(name="x_election_astroturf", platform="x",
                      title="X: election astroturf (Linwood Falls mayoral race)",
                      authors=S1_AUTHORS, threads=S1_THREADS))

# ===========================================================================
# 2. Reddit: affiliate-link bot in "what should I buy" threads
# ===========================================================================
S2_AUTHORS = {
    "smartbuy_helper22": A("bot", bot=(28, 75)),
    "homegear_dealfinder": A("bot", bot=(20, 60)),
    "jess_mom_of2": A("spammer", 1.0),
    "Crispwell_Official": A("brand", 1.0, wake=(8.0, 18.5)),
    "babygearmom_lena": A("spammer", -7.0),
    "audiophile_on_a_budget": A("prolific_person", -7.0),
    "measurebeforeyoubuy": A("person", 1.0),
    "grumpy_otter_88": A("prolific_person", -5.0),
    "ktrain_commutes": A("person", -4.0),
    "nyc_lurker_kim": A("person", -4.0, wake=(9.0, 26.5)),
    "crumpet_and_chaos": A("person", 1.0),
    "dad_who_cooks": A("person", 1.0),
    "tiny_kitchen_tash": A("person", 1.0),
    "beans_on_toast_bex": A("person", 1.0),
    "first_time_papa_j": A("person", -5.0),
    "walkup_mama": A("person", -4.0, wake=(5.5, 23.0)),
    "cta_rider_dee": A("person", -5.0),
    "liftsandlattes": A("person", 10.0, wake=(5.0, 22.5)),
    "gym_rat_gabe": A("person", -7.0),
    "two_huskies_no_chill": A("person", -6.0),
    "cat_hair_everywhere": A("person", -4.0),
    "sleepy_grad_student": A("person", -5.0, wake=(9.5, 27.0)),
    "coffee_nerd_ruth": A("person", 2.0),
    "weekend_dad_mo": A("person", -4.0),
    "bike_shop_petra": A("person", -4.0),
    "spreadsheet_sally": A("person", -4.0),
}

S2_THREADS = [
    T("H", "ktrain_commutes", S, "2025-09-09T12:40",
      "Best noise cancelling headphones under $150 for a subway commute?\n\n50 min each way on the F train, mostly podcasts and some music. My wired earbuds are held together with tape at this point. Over-ear or in-ear both fine, I don't care about brand clout lol. What would you actually buy?", [
          r("H1", "H", "smartbuy_helper22", X, "Great question! 🎧 After comparing 40+ models, here are the best noise cancelling headphones under $150 for commuting:\n\n1. Aurelle H7 ANC (best overall) → shopvera.com/dp/B0D3K8MNQ2?tag=smartbuy22-20\n2. Sonvik QuietPods 2 (best earbuds) → shopvera.com/dp/B0C9TT1LXA?tag=smartbuy22-20\n3. Halden Wave (budget pick) → dealsy.link/hw150\n\nPrices change daily so grab the deal while it lasts!"),
          r("H2", "H", "audiophile_on_a_budget", S, "For the subway specifically, ANC strength in the low end matters way more than sound quality. Train rumble lives around 80-200 Hz. I've owned both the Aurelle H7 and the Sonvik QuietPods 2:\n\n- H7: very good on low rumble, comfy for about an hour, goes on sale around $120 a few times a year. Doesn't fold much though.\n- QuietPods 2: great if you don't want something on your head in August, but the case hinge is flimsy, mine cracked at 8 months.\n\nWhatever you get, fit matters more than the spec sheet. ANC does basically nothing if the seal is bad."),
          r("H3", "H2", "ktrain_commutes", S, "this is super helpful, thank you. how's the mic on the H7 for calls? I take a couple on the walk from the station"),
          r("H4", "H3", "audiophile_on_a_budget", S, "Fine indoors, pretty bad outside, wind wrecks it. If calls are a big deal earbuds win."),
          r("H5", "H", "measurebeforeyoubuy", S, "Soundbench measured ANC attenuation on both. The H7 takes roughly 25 dB off in the 100-200 Hz band, which is basically train noise; the QuietPods are closer to 18. Graphs here: soundbench.net/anc/aurelle-h7-vs-quietpods-2"),
          r("H6", "H5", "ktrain_commutes", S, "oh the graphs are great, didn't know that site existed. ok leaning H7"),
          r("H7", "H1", "grumpy_otter_88", S, "every single 'what should I buy' thread, this account shows up inside a minute with tag= links. mods??"),
          r("H8", "H7", "smartbuy_helper22", X, "Thanks for the feedback! 😊 All our picks are independently researched to help shoppers save. See today's top deals → dealsy.link/topdeals"),
          r("H9", "H", "nyc_lurker_kim", S, "fwiw I have the Halden Wave. the ANC is... present. fine for $60, do not expect magic on the L train"),
          r("H10", "H", "ktrain_commutes", S, "Update for anyone finding this later: grabbed the H7 on sale for $119. The F is SO much quieter, I can listen to podcasts at half volume now. thanks all 🙏", d=3 * 86400),
          r("H11", "H10", "audiophile_on_a_budget", S, "Nice, enjoy! Turn off the 'ambient boost' thing in the app, it's weirdly on by default and it makes the hiss worse"),
      ]),
    T("F", "crumpet_and_chaos", S, "2025-09-10T19:05",
      "Air fryer for a family of 5 — dual basket or oven style?\n\nTwo adults, three kids (8, 11 and 14, the 14yo eats like two adults). Our oven is ancient and takes 20 mins to heat up. Budget around £150. Kitchen is small-ish. Which type actually gets used every day and which ends up in the cupboard?", [
          r("F1", "F", "smartbuy_helper22", X, "Great question! 🍟 For families these are the top-rated air fryers right now:\n⭐ Crispwell Duo 9L Dual Basket → dealsy.link/cw9duo\n⭐ Breeza XL Oven 12L → shopvera.co.uk/dp/B0BZ41QW7K?tag=smartbuy22-21\n⭐ Fennick Solo 6L → shopvera.co.uk/dp/B0CQ2M9PLR?tag=smartbuy22-21\nAll currently discounted, check the price before the deal ends!"),
          r("F2", "F", "dad_who_cooks", S, "We're 5 as well (three teenagers, send help). Dual basket every time. Chips in one side, chicken in the other at a different temp and both finish together, that's the whole point for a family. We've had the Crispwell Duo about 3 years, the non-stick is just starting to go on one drawer but otherwise it's used daily. Had a go on my sister's oven-style one and the bottom rack never crisps properly, plus the racks are a faff to clean."),
          r("F2b", "F2", "Crispwell_Official", M, "Hi, Sam from the Crispwell team here (official account). Sorry to hear the coating is wearing! The Duo drawers have a 2-year warranty, and after that you can buy a single replacement drawer instead of a whole new fryer: crispwell.co.uk/support/duo-drawers", d=5 * 3600),
          r("F2c", "F2b", "dad_who_cooks", S, "oh nice, didn't know you could get just the drawer. cheers"),
          r("F3", "F2", "crumpet_and_chaos", S, "the different temps thing is such a good point, hadn't thought of that. is it loud?"),
          r("F4", "F3", "dad_who_cooks", S, "Like a hairdryer on low. You stop noticing after a week."),
          r("F5", "F", "tiny_kitchen_tash", S, "MEASURE YOUR COUNTER FIRST. the dual baskets are wide, mine hangs off the edge a bit and the cupboard above it gets warm 😅"),
          r("F6", "F", "jess_mom_of2", X, "We love our Breeza oven air fryer!! Honestly life changing for busy mums 💕 use code JESS25 at breeza-home.co.uk for £25 off, so worth it"),
          r("F7", "F6", "beans_on_toast_bex", S, "is that your referral code? 🤨"),
          r("F8", "F7", "jess_mom_of2", X, "it's just a discount code hun, sharing is caring 😊 still £25 off for you either way x"),
          r("F9", "F", "measurebeforeyoubuy", S, "Kitchen Test Lab ran a 12-model test in March. Dual baskets came out top for evenness; the oven styles only won on whole chickens: kitchentestlab.co.uk/air-fryers/family-size-2025"),
          r("F10", "F", "crumpet_and_chaos", S, "Ordered the Crispwell Duo. Cheers everyone, especially the dad of teenagers, I feel seen 😂", d=8 * 3600),
          r("F11", "F10", "dad_who_cooks", S, "Godspeed. Get the paper liners, saves a lot of scrubbing"),
      ]),
    T("P", "first_time_papa_j", S, "2025-09-11T01:15",
      "City stroller for bus + 3rd floor walk-up? Baby due in Feb\n\nFirst kid, Chicago, no car. We take the 66 bus everywhere and live on the 3rd floor, no elevator. Budget ~$500 but flexible if it's worth it. Every list online is 'top 10 strollers of 2025' with the same stuff in a different order. What actually matters day to day?", [
          r("P1", "P", "smartbuy_helper22", X, "Congratulations on the baby! 🍼 Here are the best city strollers of 2025:\n1. Nimbo City Fold – lightest option → dealsy.link/nimbocity\n2. Paddington Lite – best for public transit → shopvera.com/dp/B0CX7R2PLM?tag=smartbuy22-20\n3. Vasta Urban 2 – best value → shopvera.com/dp/B0B8QL44ZE?tag=smartbuy22-20\nDon't miss today's prices!"),
          r("P2", "P", "walkup_mama", S, "Walk-up + bus parent here, kid's 2 now. What actually mattered for us, in order:\n\n1. One-hand fold you can do while holding the baby. You will do this 5x a day.\n2. Weight. Under ~20 lb, because you WILL carry it up three flights with a baby on the other arm and groceries somewhere.\n3. Wheels that survive cratered sidewalks. Tiny plastic wheels = misery.\n4. A basket bigger than a diaper bag.\n\nWe had the Paddington Lite. Nailed 1-3, basket is small. Honestly skip the travel-system bundles until you know what you need, for the newborn months you can wear the baby a lot."),
          r("P3", "P2", "first_time_papa_j", S, "this is exactly the kind of answer I was hoping for. the one-hand fold thing I would never have thought of"),
          r("P4", "P", "cta_rider_dee", S, "also CTA lets you board unfolded now but it's driver roulette on a packed 66 🙄 practice folding it before the baby arrives"),
          r("P5", "P4", "walkup_mama", S, "lol the driver lottery. some days they kneel the bus for you and some days they look at you like you brought a horse on"),
          r("P6", "P", "babygearmom_lena", X, "Congrats!! I tested 14 city strollers for my site, the full ranking is here 👉 littlewheelsguide.com/best-city-strollers-2025 💕"),
          r("P7", "P1", "grumpy_otter_88", S, "Reported. literally the same template as the headphone thread, just swapped 'great question' for 'congratulations'"),
          r("P8", "P", "first_time_papa_j", S, "Went to a store this weekend and tried folding five of them one-handed while holding a bag of flour as a fake baby. Staff were very patient. Paddington Lite it is. Thanks everyone ❤️", d=3 * 86400),
          r("P9", "P8", "cta_rider_dee", S, "the bag of flour method is elite parenting prep"),
      ]),
    T("G", "liftsandlattes", S, "2025-09-12T21:30",
      "Cheap earbuds for the gym that actually stay in?\n\nEvery pair I've had pops out on burpees or the rower, and sweat kills them within a year. Don't need great sound, just want them to stay put. Under $80 AUD ideally.", [
          r("G1", "G", "smartbuy_helper22", X, "Great question! 💪 Top workout earbuds that stay in:\n✅ Sonvik FitBuds → shopvera.com.au/dp/B0D1F0GY2E?tag=smartbuy22-22\n✅ Halden Sport Hook → dealsy.link/hsporthook\nLimited time deals, check them out!"),
          r("G2", "G", "audiophile_on_a_budget", S, "Ear hooks or wing tips, that's the whole answer. Anything that relies only on the tip seal will fall out eventually once you're sweaty. IPX4 minimum. Honestly a lot of the no-name $30 hook ones are fine for the gym, you don't need fidelity for deadlifts."),
          r("G3", "G2", "liftsandlattes", S, "haha fair, it's the same 12 songs on repeat anyway"),
          r("G4", "G", "gym_rat_gabe", S, "had the Sonvik FitBuds over a year, zero drops on the rower or box jumps. battery's gone from 7 hrs to about 5 tho"),
          r("G5", "G", "nyc_lurker_kim", S, "wired + a shirt clip is the true unkillable option 😤"),
          r("G6", "G5", "liftsandlattes", S, "i will NOT be going back to wires but respect the commitment"),
      ]),
    T("V", "two_huskies_no_chill", S, "2025-09-13T15:20",
      "Robot vacuum that can handle two huskies worth of hair? (budget $300ish)\n\nWe are drowning. Actual tumbleweeds of fur rolling across the hallway. Hardwood + one big rug. Does anything under $300 not choke on this?", [
          r("V1", "V", "homegear_dealfinder", X, "Hi! 🐾 Pet owners love these robot vacuums:\n• Klinn R5 Pet → shopvera.com/dp/B0C4HHX7VQ?tag=hgdeals-20\n• Vacuo S3 Max → shopvera.com/dp/B0BRT2LC19?tag=hgdeals-20\nHuge savings today only!"),
          r("V2", "V", "smartbuy_helper22", X, "Great question! 🐶 The best robot vacuums for pet hair in 2025:\n1. Vacuo S3 Max → dealsy.link/vacs3max\n2. Klinn R5 Pet → shopvera.com/dp/B0C4HHX7VQ?tag=smartbuy22-20\nCheck today's price!"),
          r("V3", "V", "cat_hair_everywhere", S, "Rubber roller brush, not bristles. Bristle brushes turn into hair burritos within a day and you'll be cutting them out with scissors every week. I have the Klinn R5 Pet and two long-haired cats; empty the bin daily and it copes. It does NOT cope with phone cables or socks."),
          r("V4", "V3", "two_huskies_no_chill", S, "hair burritos 😭 that is exactly what our stick vac does"),
          r("V5", "V", "measurebeforeyoubuy", S, "Floortest Lab runs a standardised pet hair test. The R5 picked up 96% on hardwood and 81% on medium pile, the S3 Max was a bit worse on rugs: floortestlab.com/robot-vacuums/pet-hair-results"),
          r("V6", "V1", "grumpy_otter_88", S, "there's two of them now. they're multiplying"),
          r("V7", "V", "two_huskies_no_chill", S, "Ended up with the Klinn R5. It's named Kevin. Kevin was full after 20 minutes. Thank you all 🐺🐺", d=2 * 86400),
          r("V8", "V7", "cat_hair_everywhere", S, "Kevin has a hard life ahead of him. godspeed Kevin"),
      ]),
    T("Z", "grumpy_otter_88", S, "2025-09-14T17:00",
      "PSA: the account that replies to every 'what should I buy' post within a minute is an affiliate bot\n\nLook at any of its comments: numbered list, the same 'Great question!' opener, and every link either has tag=smartbuy22-20 (or -21/-22 for UK/AU) or goes through dealsy.link. It has commented in this sub 60+ times this month, always 30-70 seconds after the post goes up, at 3am too. There's now a second one, homegear_dealfinder, with tag=hgdeals-20. Not saying the products are bad, just know someone gets a cut every time you click.", [
          r("Z1", "Z", "smartbuy_helper22", X, "Thanks for the shoutout! 😊 We simply help shoppers find the best deals online. Today's top deals → dealsy.link/topdeals"),
          r("Z2", "Z", "beans_on_toast_bex", S, "noticed it in the air fryer thread, the timing gave it away. no human types a 3-item list with links in 40 seconds"),
          r("Z3", "Z", "audiophile_on_a_budget", S, "This is also why I never post links even when people ask. Everyone assumes you're shilling now"),
          r("Z4", "Z1", "nyc_lurker_kim", S, "lmao it replied to the thread about itself"),
          r("Z5", "Z", "measurebeforeyoubuy", S, "For what it's worth I only link independent test sites with no referral tags. Happy to hear if anyone thinks that's an issue"),
          r("Z6", "Z5", "grumpy_otter_88", S, "nah that's the opposite of the problem. sources are good, mystery tag= links are not"),
          r("Z7", "Z", "cta_rider_dee", S, "reported both. thanks for doing the legwork"),
      ]),
    T("E", "sleepy_grad_student", S, "2025-09-15T02:10",
      "Is a ~$300 espresso machine worth it or should I just get a moka pot?\n\nGrad student, I buy 2 lattes a day from the campus cafe at $5.75 each which is... a lot, when I actually do the math. I have about 40 cm of counter. Is a cheap espresso machine a trap?", [
          r("E1", "E", "smartbuy_helper22", X, "Great question! ☕ Best budget espresso machines 2025:\n1. Caffora Piccolo → shopvera.com/dp/B0C1ZP8XQ4?tag=smartbuy22-20\n2. Brevetta Mini → dealsy.link/brevmini\nSave big today!"),
          r("E2", "E", "coffee_nerd_ruth", S, "Honest take from someone who fell down this hole: a $300 machine without a decent grinder is a trap. The grinder matters more than the machine. If you don't want to spend another $150+ on a grinder, get a moka pot and a cheap milk frother. It won't be 'real' espresso but a moka latte is lovely and costs almost nothing. You save the $11.50 a day either way."),
          r("E3", "E2", "sleepy_grad_student", S, "oh no I didn't even think about a grinder. the rabbit hole deepens"),
          r("E4", "E3", "coffee_nerd_ruth", S, "it always does 😅 start with the moka pot. if you're still obsessed in 6 months, you'll know"),
          r("E5", "E", "gym_rat_gabe", S, "moka pot gang. mine is older than me, it was my grandpa's"),
          r("E6", "E", "sleepy_grad_student", S, "update: got a moka pot and a $12 handheld frother. first latte tasted like burnt regret but the third one was actually good", d=2 * 86400),
          r("E7", "E6", "coffee_nerd_ruth", S, "take it off the heat the second it starts gurgling! that's the burnt regret"),
      ]),
    T("B", "weekend_dad_mo", S, "2025-09-16T23:40",
      "First pedal bike for a 5 year old — 16 or 20 inch?\n\nShe's 110 cm, been on a balance bike since 3 and is completely fearless. Don't want to buy twice. Anything that survives being dropped on the driveway every single day?", [
          r("B1", "B", "smartbuy_helper22", X, "Great question! 🚲 Top kids bikes for 2025: Trekkie 16 → dealsy.link/trekkie16 | Zoomo Kids 20 → shopvera.com/dp/B0D5TRW11N?tag=smartbuy22-20 Shop now!"),
          r("B2", "B", "walkup_mama", S, "16 for 110cm. A 20 will be too tall and she'll lose confidence fast. Coming off a balance bike she'll probably skip training wheels entirely!"),
          r("B3", "B2", "weekend_dad_mo", S, "that's the dream. she keeps asking when she gets 'a bike with pedals like a grown up'"),
          r("B4", "B", "bike_shop_petra", S, "I work in a bike shop (not selling you anything, we're 2 states away): get the lightest 16 you can afford. A lot of kids' bikes weigh half as much as the kid. Look for hand brakes she can actually reach, and check the used market, kids outgrow them in 18 months so there are tons of barely used ones."),
          r("B5", "B4", "weekend_dad_mo", S, "used market is a great shout, thanks!"),
          r("B6", "B1", "grumpy_otter_88", S, "'Trekkie 16' via dealsy again. ok"),
      ]),
    T("K", "spreadsheet_sally", S, "2025-09-17T13:05",
      "Quiet keyboard for an open-plan office? My coworkers have started glaring\n\nI type all day (finance). My clicky blue-switch board was a mistake in an office. Want something quiet but not mushy. Under $100.", [
          r("K1", "K", "smartbuy_helper22", X, "Great question! ⌨️ Best quiet keyboards under $100:\n1. Keyloom Silent 75 → shopvera.com/dp/B0CKQ7W3ZM?tag=smartbuy22-20\n2. Tactyl Office Pro → dealsy.link/tactylpro\nDeals end soon!"),
          r("K2", "K", "audiophile_on_a_budget", S, "Any board with silent linear or silent tactile switches plus o-rings. Keep the blue one for home. The switch is 90% of the noise, the brand barely matters."),
          r("K3", "K", "nyc_lurker_kim", S, "the glare of a coworker hearing blue switches is a very specific kind of hatred lol"),
          r("K4", "K2", "spreadsheet_sally", S, "ok so I could just swap the switches if it's hot-swap? mine might be. checking"),
          r("K5", "K4", "audiophile_on_a_budget", S, "If it's hot-swap, yes! A set of silent tactiles is like $30. Cheapest fix by far."),
          r("K6", "K5", "spreadsheet_sally", S, "IT IS HOT-SWAP. you just saved me $70 and my reputation 🙏", d=900),
      ]),
]

SCENARIOS.append(dict(name="reddit_affiliate_bot", platform="reddit",
                      title="Reddit: affiliate-link bot in buying-advice threads",
                      authors=S2_AUTHORS, threads=S2_THREADS))

# ===========================================================================
# 3. WordPress gardening blog: comments, the blogger's answers, a spam wave
# ===========================================================================
UK = 1.0  # BST
_fast = (5, 28)      # comment posted seconds after the post went up
_slow = (600, 7200)  # default for other spam bots (overridden per comment)
S3_AUTHORS = {
    "Maren Holt": A("person", UK, wake=(6.0, 22.75), url="https://thimblelanegarden.co.uk", email="maren@thimblelanegarden.co.uk"),
    "Gwen Pryce": A("person", UK, email="gwen.pryce@hollymail.co.uk"),
    "Dave T": A("person", UK, email="davetaylor71@postfern.net"),
    "Anita (Perth)": A("person", 8.0, email="anita.rowe@southwind.com.au"),
    "Bill Hendry": A("person", UK, wake=(6.0, 21.5), email="bill.hendry1944@hollymail.co.uk"),
    "Lucy M": A("person", UK, url="https://lucysallotmentyear.blog", email="lucy@lucysallotmentyear.blog"),
    "Hannah in Ohio": A("person", -4.0, email="hannahgrows@buckeyemail.com"),
    "Tom Okonkwo": A("person", UK, email="t.okonkwo@beechroadplots.org.uk"),
    "Rosie": A("person", UK, email="rosie.h@postfern.net"),
    "Priya S": A("person", UK, url="https://priyaplantsthings.wordpress-garden.net", email="priya.s.home@hollymail.co.uk"),
    # spam senders
    "Sandra K": A("bot", bot=_fast, url="https://bestcasinobonus-uk.club", email="sandra.k8812@mailnow-free.com"),
    "Kelly": A("bot", bot=_fast, url="https://slotspinwin247.com", email="kelly.smith.ww91@mailnow-free.com"),
    "Nina": A("bot", bot=_fast, url="https://royalspin-casino.bet", email="nina.royal77@quickinbox.net"),
    "Olivia": A("bot", bot=_fast, url="https://bet-uk-casinos.club", email="olivia_b2290@quickinbox.net"),
    "Mike Johnson": A("bot", bot=_slow, url="https://cheapessaysonline-help.com", email="mikejohnson.writer@mailnow-free.com"),
    "Emily Harris": A("bot", bot=_slow, url="https://top10casinos-reviewed.net", email="emily.h.reviews@quickinbox.net"),
    "Jennifer Lee": A("bot", bot=_slow, url="https://essaysphere-help.com", email="jlee.essays@mailnow-free.com"),
    "Lisa Wong": A("bot", bot=_slow, url="https://bestonlinecasinos-ca.org", email="lisa.wong.9931@quickinbox.net"),
    "Peter Brown": A("bot", bot=_slow, url="https://quickcashloans-uk.co", email="p.brown.loans@mailnow-free.com"),
    "Kevin": A("bot", bot=_slow, url="https://linkboost-seo.io", email="kevin@linkboost-seo.io"),
    "Jason Miller": A("bot", bot=_slow, url="https://writemyessay-now.org", email="jason.m.essay@quickinbox.net"),
    "RxGenericsUK": A("bot", bot=_slow, url="https://rx-genericshop.net", email="sales@rx-genericshop.net"),
    "PharmaDirect": A("bot", bot=_slow, url="https://pharmadirect-rx24.com", email="info@pharmadirect-rx24.com"),
    "SlimRx": A("bot", bot=_slow, url="https://slimrx-online.com", email="orders@slimrx-online.com"),
    "Clara from Linkridge": A("spammer", 2.0, url="https://linkridge-media.com", email="clara@linkridge-media.com"),
    "The Potting Bench Diaries": A("spammer", UK, url="https://thepottingbenchdiaries.com", email="hello@thepottingbenchdiaries.com"),
    "Raised Beds Direct": A("spammer", UK, url="https://raisedbedsdirect.co.uk", email="sales@raisedbedsdirect.co.uk"),
    "GardenPro Supplies": A("spammer", UK, url="https://gardenpro-supplies.net", email="marketing@gardenpro-supplies.net"),
}

SPUN_1 = "Wonderful article! I really enjoyed reading it, you have a great way of explaining things. Will definitely be back for more."
SPUN_2 = "Awesome post! I truly liked reading it, you have a nice way of explaining things. I will surely be back for more."
SPUN_3 = "Great article! I really loved reading it, you have a wonderful way of explaining things. Will definitely come back for more."
TITLE_TPL = "Hey! I just wanted to say that I really appreciate this post about {}. Keep up the good work!"
H, D = 3600, 86400

S3_THREADS = [
    T("P1", "Maren Holt", S, "2025-04-12T06:30",
      "Chitting potatoes on the windowsill (and why I've stopped bothering for some varieties)\n\nEvery February the spare room windowsill disappears under egg boxes. This year I counted: 74 seed potatoes, six varieties, one very confused cat. I've chitted for twenty years because my dad did, but after three seasons of side-by-side rows I'm fairly sure it only really matters for the earlies. Charlotte and Swift went in three weeks sooner and cropped a fortnight earlier; the maincrops barely noticed. Below: what I do, what I've stopped doing, and the photo of the 'spaghetti' sprouts that happen when you forget them in the garage.", [
          r("P1c1", "P1", "Sandra K", X, "Nice post. Thanks for sharing!"),
          r("P1c2", "P1", "Gwen Pryce", S, "I've chitted Charlotte for years and honestly can't tell the difference from the ones I just shove straight in. But I do it anyway because it's lovely to see them sprouting on the windowsill in February when everything outside is grey."),
          r("P1c3", "P1c2", "Maren Holt", S, "That's exactly it Gwen, half of gardening is morale! I do think it helps the earlies, less so maincrops."),
          r("P1c4", "P1", "Dave T", S, "What do you do about the really long white sprouts? Mine were in the garage in the dark and they look like 10cm spaghetti"),
          r("P1c5", "P1c4", "Maren Holt", M, "Rub the long white ones off and move them somewhere light but cool, they'll grow short, green, sturdy ones in a couple of weeks. I did a full step-by-step with photos last year, have a look: thimblelanegarden.co.uk/2024/02/chitting-step-by-step/"),
          r("P1c6", "P1c5", "Dave T", S, "Brilliant, ta. Spaghetti removed 😂"),
          r("P1c7", "P1", "Mike Johnson", X, SPUN_1, d=9 * H),
          r("P1c8", "P1", "Anita (Perth)", S, "Reading this from Perth where we're heading into autumn, so I'm saving it for August! Any idea whether Kestrel would cope with our heat? Summers here are brutal on anything in the ground."),
          r("P1c9", "P1c8", "Maren Holt", S, "Honestly I'd be guessing, Anita — Kestrel sulks in a hot June here, never mind Perth. I'd ask at a local allotment society what does well for them, they'll know far better than me."),
          r("P1c10", "P1", "Emily Harris", X, SPUN_2, d=14 * H),
          r("P1c11", "P1", "Bill Hendry", S, "Eighty-one years old and I have chitted every year since I was a lad on my father's plot in Fife. We used egg boxes then and we use egg boxes now. The one thing I'd add to your list: LABEL the boxes. I've had many a row of what I thought was Pink Fir Apple come up as something else entirely. Lovely blog, my granddaughter set it up on my tablet for me."),
          r("P1c12", "P1c11", "Maren Holt", S, "Bill, this made my morning. Egg boxes forever. And yes to labels, I've been caught out too more than once!"),
          r("P1c13", "P1c11", "Lucy M", S, "Bill you are a legend"),
          r("P1c14", "P1", "RxGenericsUK", X, "Buy tadalafil 20mg online without prescription, discreet UK delivery, lowest price guaranteed >> rx-genericshop.net/tadalafil", d=1.5 * D),
          r("P1c15", "P1", "Hannah in Ohio", S, "Do you chit sweet potatoes too or is that a different thing? (I know they're not actually potatoes lol)"),
          r("P1c16", "P1c15", "Maren Holt", M, "Different beast entirely! Sweet potatoes grow from slips, not tubers. I sell rooted slips in May if you're in the UK (thimblelaneseeds.co.uk/slips), but from Ohio you'd want a local supplier, sorry!"),
          r("P1c17", "P1c16", "Hannah in Ohio", S, "Haha yeah shipping to Ohio might be a stretch. Thanks, I'll look for slips locally!"),
          r("P1c18", "P1", "Tom Okonkwo", S, "On our allotment site about half the plot holders don't chit at all and the yields look much the same to me. Might do a proper side-by-side on the committee plot this year and report back."),
          r("P1c19", "P1", "Kevin", X, "{Hi|Hello} there! {This|Your} post {couldn't|could not} be {more|much more} {helpful|useful}! {I will|I'll} {forward|share} this {article|post} to {a friend|my friends}. {Thanks|Thank you} for sharing!", d=2 * D),
          r("P1c20", "P1", "Clara from Linkridge", X, "Hi Maren, I came across your blog and love the content! We work with brands in the home & garden niche and would love to publish a sponsored guest post on your site with one dofollow link. We pay $80 per placement. Please reply to clara@linkridge-media.com if interested. Best, Clara", d=2.5 * D),
          r("P1c21", "P1", "Rosie", S, "I've always been told to chit 'rose end up' and never knew what it meant until your photo with the arrow. Thank you! Twenty years of doing it wrong probably 😅"),
      ], post_no=2291),
    T("P2", "Maren Holt", S, "2025-05-03T06:45",
      "Slugs, beer traps and the great hedgehog truce\n\nTwo years ago I stopped using slug pellets entirely. Not out of virtue, exactly; I'd found a hedgehog curled up next to a spilled box of them and felt sick. What followed was a rough first summer (goodbye, every single lettuce), a lot of beer traps, a torch-and-bucket phase my neighbours still tease me about, and then, slowly, something like a truce. This post is the honest version: what worked, what didn't, and why I now leave a gap under the fence.", [
          r("P2c1", "P2", "Kelly", X, "Great article, thank you!"),
          r("P2c2", "P2", "Gwen Pryce", S, "The hedgehog truce is real. We stopped pellets two years ago too and now have at least one regular hog, maybe two. Slug damage dropped noticeably after the first season, I swear."),
          r("P2c3", "P2c2", "Maren Holt", S, "Same here! Frogs moved into the pond too. It takes a year of holding your nerve."),
          r("P2c4", "P2", "Dave T", S, "Beer traps work brilliantly but feel a bit grim. Is there an alcohol-free option? Asking as someone who doesn't want to waste good ale on slugs 🍺"),
          r("P2c5", "P2c4", "Maren Holt", S, "Ha! The cheapest supermarket lager works fine, or a spoon of yeast and sugar in warm water. No need to sacrifice the good stuff, Dave."),
          r("P2c6", "P2", "Lucy M", S, "Copper tape has worked well for me around pots, but it's useless in the open ground. They just go round it."),
          r("P2c7", "P2", "Bill Hendry", S, "Torch and a bucket at ten o'clock at night. Nothing beats it. My neighbours think I've lost my marbles."),
          r("P2c8", "P2c7", "Rosie", S, "The slug patrol! My husband does this too and keeps count on the fridge whiteboard. His record is 143 in one night."),
          r("P2c9", "P2c8", "Bill Hendry", S, "143! An amateur. Tell him I said so.", d=5 * H),
          r("P2c10", "P2", "Jason Miller", X, "This is a very interesting topic. Students who need help with their assignments about ecology and environment can visit our website for professional essay writing services at affordable prices.", d=20 * H),
          r("P2c11", "P2", "Hannah in Ohio", S, "We have these giant leopard slugs here which apparently EAT other slugs?? nature is metal"),
          r("P2c12", "P2c11", "Maren Holt", S, "We have leopard slugs too and I leave them well alone for exactly that reason! They're on our side."),
          r("P2c13", "P2", "The Potting Bench Diaries", X, "Lovely post! Pop over to my blog for loads more slug tips 🐌 thepottingbenchdiaries.com", d=3 * H),
          r("P2c14", "P2", "Anita (Perth)", S, "Snails are the problem here, not slugs. The answer is ducks, honestly. A friend borrows two khaki campbells from her neighbour every winter and the snails just vanish."),
          r("P2c15", "P2", "Tom Okonkwo", S, "Nematodes worked for us on the allotment, but they're expensive across a big area and you need the soil warm enough."),
          r("P2c16", "P2c15", "Maren Holt", M, "Agree, I only use them on the lettuce bed now. If anyone wants to try them I stock nematode packs in the shop, shipped chilled April to September: thimblelaneseeds.co.uk/nematodes"),
          r("P2c17", "P2c16", "Tom Okonkwo", S, "Ooh, didn't know you stocked them. Will order a pack for the brassica bed."),
          r("P2c18", "P2", "PharmaDirect", X, "Order Viagra, Cialis, Levitra online - cheap prices - no prescription needed - fast shipping worldwide - pharmadirect-rx24.com", d=2 * D),
          r("P2c19", "P2", "Lisa Wong", X, TITLE_TPL.format("slugs, beer traps and the great hedgehog truce"), d=1.2 * D),
          r("P2c20", "P2", "Priya S", S, "Hedgehog highways! We cut a 13cm hole in our fence and the neighbours on the other side did the same. Saw three hogs on the doorbell camera last week, one of them tiny 🦔"),
          r("P2c21", "P2c20", "Maren Holt", S, "Oh I love this so much. Everyone reading: go and cut a hole in your fence!"),
          r("P2c22", "P2", "Peter Brown", X, TITLE_TPL.format("slugs, beer traps and the great hedgehog truce"), d=1.9 * D),
      ], post_no=2304),
    T("P3", "Maren Holt", S, "2025-05-24T07:10",
      "Building raised beds from reclaimed scaffold boards: costs, mistakes and a wonky corner\n\nThree beds, 2.4m by 1.2m, two boards high. Total spend £63: boards from a scaffolding yard that was clearing old stock (£4 each), corner posts cut from a fence post, screws, and a lot of tea for my neighbour who lent me his drill. Below is the full cost breakdown, the corner I got badly wrong (photo included, please be kind), what I filled them with, and what I'd do differently.", [
          r("P3c1", "P3", "Nina", X, "Very nice post, really helpful"),
          r("P3c2", "P3", "Raised Beds Direct", X, "Great tips! We also sell ready-made raised bed kits at raisedbedsdirect.co.uk, free delivery on orders over £50 🙂", d=2 * H),
          r("P3c3", "P3c2", "Maren Holt", S, "Please don't use my comments for adverts. The whole point of this post is that you don't need to buy a kit!"),
          r("P3c4", "P3", "Dave T", S, "Scaffold boards are brilliant, but do check they haven't been treated with anything nasty. Some yards use them for years on all sorts of sites."),
          r("P3c5", "P3c4", "Maren Holt", S, "Good shout Dave. Mine were untreated and I asked the yard directly, but worth saying clearly."),
          r("P3c6", "P3", "Lucy M", S, "How deep did you go? I'm on heavy clay and wondering if 20cm is enough or if I'll regret it."),
          r("P3c7", "P3c6", "Maren Holt", M, "Two boards, so about 45cm. On clay I'd go at least 30. I tried loads of fills over the years and the mix I settled on is in my no-dig post, worth a read before you fill: thimblelanegarden.co.uk/2023/10/no-dig-on-clay/"),
          r("P3c8", "P3", "Gwen Pryce", S, "The wonky corner photo made me laugh out loud. Mine are ALL wonky corners. The veg doesn't care."),
          r("P3c9", "P3", "Bill Hendry", S, "In 1976 we made ours out of old railway sleepers from the line that closed near us. Creosote everywhere. We didn't know any better then. Your scaffold boards are a far better idea, and a good deal cheaper than sleepers are now."),
          r("P3c10", "P3", "Hannah in Ohio", S, "Here in Ohio lumber prices are insane so reclaimed is the way to go. Pallet wood is free if you know where to look (and ask first!)"),
          r("P3c11", "P3c10", "Maren Holt", S, "Yes, always ask first! Pallets are great for compost bays too."),
          r("P3c12", "P3", "Anita (Perth)", S, "Did you line them? Termites are a real thing here so I'm nervous about untreated wood on soil."),
          r("P3c13", "P3c12", "Maren Holt", S, "I left the base open for the worms but stapled old compost bags to the inside of the boards. For termites I genuinely don't know, I'd ask someone local, sorry Anita!"),
          r("P3c14", "P3", "Jennifer Lee", X, TITLE_TPL.format("building raised beds from reclaimed scaffold boards: costs, mistakes and a wonky corner"), d=16 * H),
          r("P3c15", "P3", "SlimRx", X, "Best weight loss pills 2025 - Ozempic alternatives WITHOUT prescription - order now, discreet packaging - slimrx-online.com", d=1.5 * D),
          r("P3c16", "P3", "Tom Okonkwo", S, "We built twelve on the community plot last year from boards a building firm donated. Cost us screws and a lot of biscuits."),
          r("P3c17", "P3", "Priya S", S, "A full cost breakdown is SO useful. Most blogs just say 'it was cheap!' and then link a £200 kit."),
          r("P3c18", "P3", "Peter Brown", X, "Need a quick loan? Get up to £5,000 today, bad credit OK, decision in minutes >> quickcashloans-uk.co", d=2.2 * D),
          r("P3c19", "P3", "Rosie", S, "Do you worry about the boards rotting? How long do you reckon they'll last?"),
          r("P3c20", "P3c19", "Maren Holt", S, "My oldest scaffold bed is seven years old and only now going soft at the corners. For £4 a board I'm happy with that!"),
          r("P3c21", "P3", "Mike Johnson", X, SPUN_3, d=2.8 * D),
      ], post_no=2318),
    T("P4", "Maren Holt", M, "2025-06-14T07:00",
      "New in the seed shop: five heritage tomatoes I've grown for years\n\nFor the first time I've saved enough seed to sell my five favourite tomatoes: Ruby Mabel (the earliest, fine outdoors), Black Opal, Aunt Ede's Yellow Pear, Fenwick Beefsteak and Corrie's Plum. Every packet is hand-saved from my own plants, 20 seeds, £2.75, or all five for £11. They're in the shop now at thimblelaneseeds.co.uk/tomatoes and ship every Monday and Thursday. Growing notes for each are below.", [
          r("P4c1", "P4", "Olivia", X, "Nice article. Keep it up!"),
          r("P4c2", "P4", "Gwen Pryce", S, "Ordered! Does Ruby Mabel really not need a greenhouse? We're on a windy hill in Powys."),
          r("P4c3", "P4c2", "Maren Holt", M, "It does fine outdoors in a sunny, sheltered spot, Gwen, it's the earliest of the five. On a windy hill I'd give it a fleece for the first fortnight. Your packet goes out Monday!"),
          r("P4c4", "P4", "Dave T", S, "Any chance of bundle pricing? Would love all five."),
          r("P4c5", "P4c4", "Maren Holt", M, "There is! The five-variety bundle is £11 instead of £13.75, it's at the bottom of the shop page: thimblelaneseeds.co.uk/tomatoes"),
          r("P4c6", "P4", "Bill Hendry", S, "I've grown a tomato from seed my late wife saved in 1996. Every year since. Happy to post you some if you'd like to trial it. No name, we just called it Margaret's."),
          r("P4c7", "P4c6", "Maren Holt", S, "Bill, I would be honoured. My email is on the contact page. Margaret's tomato will get the best spot in the greenhouse."),
          r("P4c8", "P4", "Hannah in Ohio", S, "So sad you don't ship to the US, these look gorgeous 😭"),
          r("P4c9", "P4c8", "Maren Holt", M, "I'm sorry Hannah, plant health paperwork for the US is a nightmare for a tiny shop. UK and Ireland only for now, but one day!"),
          r("P4c10", "P4", "GardenPro Supplies", X, "Great seeds! For the best tomato cages and spiral supports check out gardenpro-supplies.net - 10% off with code GROW10", d=5 * H),
          r("P4c11", "P4", "Lucy M", S, "I grew your Black Opal last year from a seed swap and it was the best-tasting thing in the whole greenhouse. Smoky and sweet."),
          r("P4c12", "P4", "Anita (Perth)", S, "Saving this for our spring 🍅 Black Opal sounds like something our heat might actually suit."),
          r("P4c13", "P4", "Emily Harris", X, SPUN_2, d=11 * H),
          r("P4c14", "P4", "Sandra K", X, "Nice post. Thanks for sharing!", d=1.3 * D),
          r("P4c15", "P4", "Rosie", S, "Which one is best for a hanging basket?"),
          r("P4c16", "P4c15", "Maren Holt", S, "None of these five really, Rosie, they're all tall cordon types. For a basket you want a trailing cherry like Tumbling Tom."),
          r("P4c17", "P4", "Jason Miller", X, "Good post. Students looking for affordable research paper writing help can contact our experts 24/7, plagiarism free guaranteed.", d=2 * D),
      ], post_no=2337),
]

SCENARIOS.append(dict(name="blog_garden_comments", platform="blog",
                      title="Blog: WordPress gardening blog comments with a spam wave",
                      authors=S3_AUTHORS, threads=S3_THREADS, blog_comment_start=48100,
                      delays={"person": (5 * 3600, 1.0, 300, 6 * 86400),
                              "spammer": (8 * 3600, 1.0, 600, 4 * 86400)}))

# ===========================================================================
# 4. Mastodon: growth/engagement bot replying generic praise to everyone
# ===========================================================================
JADE = "growthwithjade@mastodon-hub.online"
BREW = "brewbox@mastodon-hub.online"
SUN = "sunrise_oslo@botyard.cloud"
ING = "ingrid_birds@fjordlight.social"
TOBI = "tobi@chaos.town"
MARG = "marguerite_knits@yarnball.zone"
SOL = "sol@paperback.social"
KENJI = "kenji@velo.social"
ABBY = "abby_phd@labbench.social"
LUIS = "luis@barrio.social"
DMI = "dmitri@chaos.town"
HEGE = "hege@fjordlight.social"
S4_AUTHORS = {
    JADE: A("bot", bot=(5, 22)),
    BREW: A("bot", bot=(9, 40)),
    SUN: A("bot", bot=(5, 10)),
    ING: A("prolific_person", 2.0, wake=(5.0, 24.5)),
    TOBI: A("prolific_person", 2.0, wake=(7.5, 25.5)),
    MARG: A("prolific_person", -4.0, wake=(6.5, 24.0)),
    SOL: A("person", -7.0),
    KENJI: A("person", 9.0, wake=(6.0, 23.5)),
    ABBY: A("person", 1.0),
    LUIS: A("person", -3.0),
    DMI: A("person", 2.0),
    HEGE: A("person", 2.0),
}
GT = "Great thread! 🔥"
ST = "So true! 💯"
LP = "Love this perspective 🙌"
VI = "Such a valuable insight, thanks for sharing 🙏"
CA = "Couldn't agree more! 🙌"

S4_THREADS = [
    T("m1", ING, S, "2025-09-18T05:10",
      "First frost on the marsh this morning and 14 common cranes went over at 06:40, calling the whole way. Thermos of coffee, numb fingers, zero regrets. #birding #Norway", [
          r("m1a", "m1", JADE, X, GT),
          r("m1b", "m1", BREW, X, "☕ Coffee lover? BrewBox delivers fresh-roasted beans to your door every month. 20% off your first box with code FEDI20 → brewbox-coffee.com/fedi"),
          r("m1c", "m1", TOBI, S, "'numb fingers, zero regrets' is the birder motto isn't it"),
          r("m1d", "m1c", ING, S, "It's also the motto of people who forget their gloves. Which is me. Every time."),
          r("m1e", "m1", SOL, S, "cranes calling overhead is one of my favourite sounds in the world. so jealous", at="2025-09-18T14:40"),
          r("m1f", "m1e", ING, S, "Thirty years of doing this and I still stop mid-step every time I hear them."),
      ]),
    T("m2", TOBI, S, "2025-09-18T08:30",
      "Homelab update: the old ThinkPad running my Pi-hole and Home Assistant has now been up for 412 days. Cracked screen, the battery swelled so I took it out, and it's held together by spite and one zip tie.", [
          r("m2a", "m2", JADE, X, ST),
          r("m2b", "m2", DMI, S, "the zip tie is load-bearing. never touch it"),
          r("m2c", "m2b", TOBI, S, "It's in the documentation now. 'Step 1: do not touch the zip tie.'"),
          r("m2d", "m2c", JADE, X, "Couldn't agree more! 🙌 Check my profile for daily growth tips"),
          r("m2e", "m2", KENJI, S, "412 days! mine reboots if someone in the flat microwaves popcorn", at="2025-09-18T12:10"),
          r("m2f", "m2e", TOBI, S, "That's a power supply problem wearing a popcorn costume 😄 get a small UPS, they're cheap second-hand"),
      ]),
    T("m3", MARG, S, "2025-09-19T00:30",
      "Finished the sleeves on the fisherman sweater at last. Two months, one cat-related disaster, and a tension change halfway through that I'm choosing to call 'design'. 🧶", [
          r("m3a", "m3", JADE, X, VI),
          r("m3b", "m3", SOL, S, "what was the cat-related disaster 👀"),
          r("m3c", "m3b", MARG, S, "Pixel discovered the yarn ball rolls. Then discovered the stairs. I found yarn in three rooms and the bathtub."),
          r("m3d", "m3", ABBY, S, "'choosing to call it design' is how I approach all my crafting honestly. and my thesis"),
          r("m3e", "m3d", MARG, S, "It's the only way to survive knitting. And, I suspect, a PhD 😂"),
      ]),
    T("m4", ABBY, S, "2025-09-18T10:15",
      "Third revision request from Reviewer 2. They want a new experiment that would take eight months and 'would strengthen the paper'. So would a Nobel prize, Reviewer 2.", [
          r("m4a", "m4", JADE, X, "Love this perspective 🙌 I share insights like this every week in my free newsletter → jadegrowthletter.com"),
          r("m4b", "m4", DMI, S, "reply with 'we thank the reviewer for this insightful suggestion, which is beyond the scope of the present study'. the magic words"),
          r("m4c", "m4b", ABBY, S, "I have typed those exact words so many times they have lost all meaning"),
          r("m4d", "m4", ING, S, "Solidarity. My husband reviews for an ornithology journal and I've heard him say things about Reviewer 2 that I can't repeat on a public timeline."),
          r("m4e", "m4", LUIS, S, "reviewer 2 es una constante universal. like gravity but meaner"),
      ]),
    T("m5", JADE, X, "2025-09-18T03:05",
      "Consistency beats talent. Post every single day and watch your audience grow 🚀 Join 12,000+ creators getting my free growth tips → jadegrowthletter.com #growth #creator #mastodon"),
    T("m6", LUIS, S, "2025-09-18T22:00",
      "Hoy se cumplen 10 años desde que adopté a Mora. Se fue en marzo. Hoy compré sus galletitas favoritas y las dejé en el parque para los perros del barrio. 🐕", [
          r("m6a", "m6", JADE, X, "Great thread! 🔥 Follow for more daily insights"),
          r("m6b", "m6", MARG, S, "Oh Luis. That's such a beautiful way to remember her. 💛"),
          r("m6c", "m6b", LUIS, S, "Gracias Marguerite. Los perros del parque estaban muy felices, y yo también un poquito."),
          r("m6d", "m6a", SOL, S, "his dog died. read the posts you reply to, bot."),
          r("m6e", "m6d", HEGE, S, "We've had a lot of reports about this account, thanks. Limiting mastodon-hub.online on fjordlight.social now: two accounts from that server replied to roughly 900 posts here in three days, none of them followed back.", at="2025-09-19T05:40"),
      ]),
    T("m7", KENJI, S, "2025-09-18T23:05",
      "Rode to work in the rain today and a tiny old man waiting at the crossing gave me a thumbs up. Made my whole week 🚲", [
          r("m7a", "m7", JADE, X, ST),
          r("m7b", "m7", TOBI, S, "a thumbs up from a stranger is the best currency there is", at="2025-09-19T06:20"),
          r("m7c", "m7b", KENJI, S, "I will now ride in the rain every day to farm thumbs ups"),
      ]),
    T("m8", SUN, S, "2025-09-19T02:00",
      "🌅 Oslo, Friday 19 September: sunrise 07:02, sunset 19:28. Day length 12 h 26 min (−5 min 32 s vs yesterday).", [
          r("m8a", "m8", JADE, X, GT),
          r("m8b", "m8", ING, S, "Losing five and a half minutes a day now. The dark season is coming 🫠"),
      ]),
    T("m9", TOBI, S, "2025-09-19T07:40",
      "PSA for fellow self-hosters: the new version of my backup script checks the restore, not just the backup. Because a backup you've never restored is just a hope. It's on my Codeberg (no, it's not a product, it's 80 lines of bash and a lot of comments).", [
          r("m9a", "m9", JADE, X, CA),
          r("m9b", "m9", DMI, S, "'a backup you've never restored is just a hope' is going on a sticky note on my monitor"),
          r("m9c", "m9", ABBY, S, "my lab lost six months of data in 2021 exactly this way. everyone had 'backups'. nobody had ever tried restoring one."),
          r("m9d", "m9c", TOBI, S, "Oof. I'm sorry. That's the kind of story that made me write it."),
          r("m9e", "m9d", JADE, X, LP),
      ]),
    T("m10", MARG, M, "2025-09-19T13:00",
      "Pattern news! 🧶 The Driftwood Cardigan is finally out: sizes XS to 4XL, tested by 14 lovely knitters. 20% off this weekend with code DRIFT20 → marguerite-makes.shop/driftwood", [
          r("m10a", "m10", JADE, X, VI),
          r("m10b", "m10", SOL, S, "bought it!! that cable panel is gorgeous"),
          r("m10c", "m10b", MARG, M, "Thank you Sol!! Tag me when you cast on, I want to see your colour choice 💛 The code works until Sunday night if any of your book club knitters want in."),
          r("m10d", "m10", ABBY, S, "congrats on the launch! the test knit photos are lovely"),
      ]),
    T("m11", ING, S, "2025-09-19T15:30",
      "Ringing station tally for this week: 212 birds, 19 species, including one very angry wryneck who bit me twice. Worth it. #birding", [
          r("m11a", "m11", JADE, X, ST),
          r("m11b", "m11", DMI, S, "what's a wryneck? googling... it's a woodpecker that twists its head like an owl??"),
          r("m11c", "m11b", ING, S, "Yes! They hiss and twist their neck like a snake when you handle them. Very dramatic little birds."),
          r("m11d", "m11", KENJI, S, "to be fair I would also bite you if you put a ring on my leg", at="2025-09-19T23:20"),
          r("m11e", "m11d", ING, S, "That's fair."),
      ]),
    T("m12", SOL, S, "2025-09-19T16:20",
      "Book club picked a 900-page novel for a ONE month read. I'm on page 112. Send help. Or coffee.", [
          r("m12a", "m12", JADE, X, GT),
          r("m12b", "m12", BREW, X, "☕ Fuel your reading with BrewBox! Fresh-roasted beans every month, 20% off with FEDI20 → brewbox-coffee.com/fedi"),
          r("m12c", "m12", LUIS, S, "¿Cuál es? if it's the Russian one I gave up at page 300"),
          r("m12d", "m12c", SOL, S, "it's the Russian one 😭"),
          r("m12e", "m12", MARG, S, "Audiobook at 1.5x while knitting. That's my secret."),
          r("m12f", "m12e", SOL, S, "this is both genius and cheating and I'm absolutely doing it"),
      ]),
    T("m13", DMI, S, "2025-09-19T18:10",
      "anyone else getting 'Great thread! 🔥' from @growthwithjade on literally every post? I posted one line about my bus being late", [
          r("m13a", "m13", JADE, X, ST),
          r("m13b", "m13", TOBI, S, "Got four today. One was on a post that was just a photo of a zip tie."),
          r("m13c", "m13a", ABBY, S, "it replied 'so true' to a post complaining about it. incredible"),
          r("m13d", "m13", ABBY, S, "I blocked the whole mastodon-hub.online domain, peace restored"),
          r("m13e", "m13d", DMI, S, "how do you do that on the web client?"),
          r("m13f", "m13e", ABBY, S, "go to one of their profiles → ⋯ menu → 'Block domain mastodon-hub.online'. takes all of them out at once"),
          r("m13g", "m13", HEGE, S, "Instance-wide limit is in place on fjordlight.social now. Please report them on your own instances too, it helps admins see the pattern."),
          r("m13h", "m13", LUIS, S, "lo bloqueé. gracias por el aviso"),
      ]),
    T("m14", JADE, X, "2025-09-19T11:47",
      "Most people quit right before they go viral. Don't be most people. 💪 Reply or DM me 'GROW' for my free 7-day engagement plan."),
    T("m15", TOBI, S, "2025-09-19T17:30",
      "Made Kartoffelsuppe for the first time in years, from my Oma's handwritten recipe card. The card has a coffee stain shaped exactly like Bavaria.", [
          r("m15a", "m15", JADE, X, LP),
          r("m15b", "m15", BREW, X, "☕ Speaking of coffee, BrewBox ships fresh-roasted beans straight to your door. 20% off your first box → brewbox-coffee.com/fedi"),
          r("m15c", "m15", ING, S, "The Bavaria-shaped stain is the best detail. Handwritten family recipe cards are treasures."),
          r("m15d", "m15c", TOBI, S, "I laminated it. Oma would laugh at me."),
          r("m15e", "m15", DMI, S, "did it need marjoram? every German soup needs marjoram"),
          r("m15f", "m15e", TOBI, S, "Ja, and a bit of bacon. Oma was not a vegetarian."),
      ]),
    T("m16", KENJI, S, "2025-09-20T00:40",
      "Bike commute stats for the summer: 1,840 km, two flats, one crash (ego only), zero regrets.", [
          r("m16a", "m16", JADE, X, "Great thread! 🔥 Check my profile for daily growth tips"),
          r("m16b", "m16", ING, S, "1,840 km! That's roughly Oslo to Rome.", at="2025-09-20T04:50"),
          r("m16c", "m16b", KENJI, S, "now I want to ride to Rome"),
      ]),
    T("m17", MARG, S, "2025-09-20T01:50",
      "Pixel update: she has learned to open the yarn cupboard. I have installed a child lock. Pixel is studying the child lock.", [
          r("m17a", "m17", JADE, X, ST),
          r("m17b", "m17", LUIS, S, "Pixel es una genia criminal"),
          r("m17c", "m17b", MARG, S, "A criminal genius with a very fluffy tail."),
          r("m17d", "m17", ABBY, S, "give it a week", at="2025-09-20T07:15"),
      ]),
    T("m18", SUN, S, "2025-09-20T02:00",
      "🌅 Oslo, Saturday 20 September: sunrise 07:05, sunset 19:25. Day length 12 h 20 min (−5 min 33 s vs yesterday).", [
          r("m18a", "m18", JADE, X, VI),
      ]),
    T("m19", ING, S, "2025-09-19T21:40",
      "A Tengmalm's owl is calling from the spruce behind the garden right now. First one in six years of living here. I am standing on the porch in my socks. #birding", [
          r("m19a", "m19", JADE, X, CA),
          r("m19b", "m19", MARG, S, "an owl at midnight is the dream. put some shoes on!!"),
          r("m19c", "m19b", ING, S, "Shoes on. Still out here. Taping a cheap recorder to the shed tomorrow. Science!"),
      ]),
    T("m20", ABBY, S, "2025-09-20T09:30",
      "Just realised I've been pronouncing 'segue' as 'seg-you' in my head for thirty years. Reading is dangerous.", [
          r("m20a", "m20", JADE, X, GT),
          r("m20b", "m20", DMI, S, "found out about 'epitome' at 25. in a meeting. out loud."),
          r("m20c", "m20", SOL, S, "'hyperbole' was hyper-bowl until I was 19", at="2025-09-20T15:10"),
          r("m20d", "m20", KENJI, S, "english spelling is a prank that got out of hand", at="2025-09-20T23:30"),
      ]),
    T("m21", SUN, S, "2025-09-18T02:00",
      "🌅 Oslo, Thursday 18 September: sunrise 06:59, sunset 19:31. Day length 12 h 32 min (−5 min 32 s vs yesterday)."),
]

SCENARIOS.append(dict(name="mastodon_growth_bot", platform="mastodon",
                      title="Mastodon: growth/engagement bot and keyword promo bot among prolific posters",
                      authors=S4_AUTHORS, threads=S4_THREADS))

# ===========================================================================
# 5. X: airline customer service vs look-alike impersonator accounts
# ===========================================================================
ET, MT, PT = -4.0, -6.0, -7.0
_imp = (18, 75)
S5_AUTHORS = {
    "CorvaneAir": A("brand", ET, wake=(5.5, 24.5)),
    "CorvaneAirHelp": A("bot", bot=_imp),
    "Corvane_CareDesk": A("bot", bot=_imp),
    "C0rvaneAir": A("bot", bot=_imp),
    "CorvaneSupport247": A("bot", bot=_imp),
    "priya_travels": A("person", MT),
    "meg_ohara": A("person", MT),
    "frequentflyer_dan": A("prolific_person", ET),
    "jmorales_83": A("person", ET),
    "yyz_lisa": A("person", ET),
    "thatguy_kev": A("person", ET, wake=(9.0, 26.0)),
    "nadia_kaur_": A("person", PT),
    "consumer_rights_carl": A("person", ET),
    "grandma_joan_travels": A("person", ET, wake=(6.0, 21.0)),
    "yow_traveller": A("person", ET),
    "winnipeg_wanda": A("person", -5.0),
    "sam_in_calgary": A("person", MT),
    "bex_flies_economy": A("person", MT),
    "aunty_rose_b": A("person", ET),
    "tiff_codes": A("person", PT, wake=(8.0, 26.0)),
    "oliver_flies": A("person", ET),
    "halifax_hugh": A("person", -3.0),
}

S5_THREADS = [
    T("a", "priya_travels", S, "2025-10-06T04:10",
      "@CorvaneAir landed in Denver 3 hours ago and my bag is apparently still in Toronto. The baggage desk is closed, nobody answers the phone, and I have a wedding tomorrow at 2pm 🙃",
      [
          r("a1", "a", "CorvaneAirHelp", X, "@priya_travels Hi Priya, we're sorry for the inconvenience caused. Kindly send us a message on WhatsApp at +1 (555) 014-2290 with your booking reference and our team will resolve it immediately ✈️"),
          r("a2", "a", "C0rvaneAir", X, "@priya_travels We apologize for the delay with your baggage. Please fill out the claim form below and an agent will contact you within 30 mins: corvane-refundcenter.com/baggage-claim"),
          r("a3", "a", "meg_ohara", S, "omg noooo 😭 do you need to borrow a dress?? I'm like 20 min from your hotel"),
          r("a4", "a3", "priya_travels", S, "MEG you're an angel. might have to take you up on that", d=300),
          r("a5", "a", "frequentflyer_dan", S, "@priya_travels careful, the two replies above aren't Corvane. Look at the handles: 'CorvaneAirHelp' and 'C0rvaneAir' with a zero. The real account is @CorvaneAir and it never asks you to WhatsApp or fill out outside forms.", after=["a1", "a2"]),
          r("a6", "a5", "priya_travels", S, "wow ok I literally had the whatsapp open. thank you 😳"),
          r("a7", "a", "CorvaneAir", M, "@priya_travels Hi Priya, I'm so sorry your bag didn't travel with you. Please DM us the file reference from your baggage report (it starts with DEN) and I'll check the tracing and get it couriered to your hotel this morning. ^MR", at="2025-10-06T11:40"),
          r("a8", "a7", "priya_travels", S, "DMed, thank you Marisol"),
          r("a9", "a", "priya_travels", S, "UPDATE: bag arrived at the hotel at 11:15am, two and a half hours before the ceremony. The wedding was beautiful and I did not have to wear Meg's dress (sorry Meg, it was a nice dress). Thank you @CorvaneAir / Marisol for actually helping 💛", at="2025-10-07T04:30"),
          r("a10", "a9", "CorvaneAir", M, "@priya_travels So glad it made it in time! Congratulations to the happy couple 💛 ^MR"),
          r("a11", "a9", "meg_ohara", S, "the dress is relieved honestly"),
      ]),
    T("b", "jmorales_83", S, "2025-10-06T22:30",
      "@CorvaneAir flight CV412 to Vancouver cancelled AT THE GATE, and you rebooked me on a flight two days from now. Two days. Who do I talk to about a hotel, because the desk line is 200 people long",
      [
          r("b1", "b", "Corvane_CareDesk", X, "@jmorales_83 We're sorry for the disruption. To claim your hotel voucher and compensation please complete this form: corvane-passengerclaims.com/voucher ✈️"),
          r("b2", "b", "CorvaneSupport247", X, "@jmorales_83 Hello, kindly reach our 24/7 rebooking desk on WhatsApp +1 555-017-3381 for instant rebooking and refund."),
          r("b3", "b", "yyz_lisa", S, "Same flight 🙋‍♀️ a gate agent just told us vouchers are at the transfer desk near C30, line is way shorter than the main one"),
          r("b4", "b3", "jmorales_83", S, "thank you!! heading there now", d=180),
          r("b5", "b", "CorvaneAir", M, "@jmorales_83 I'm very sorry about CV412, Jorge. Hotel and meal vouchers are being handed out at the Transfer Desk near gate C30 tonight. If you'd like us to look for an earlier option on a partner airline, DM us your booking code. ^TK"),
          r("b6", "b5", "jmorales_83", S, "got the voucher. still two days but at least it's a bed and not the floor at C30"),
          r("b7", "b", "thatguy_kev", S, "corvane cancelling a flight at the gate? shocking. truly unprecedented 🙄"),
          r("b8", "b1", "yyz_lisa", S, "Jorge don't use that form, that's not the airline, the real one is the account with the check mark"),
      ]),
    T("c", "nadia_kaur_", S, "2025-10-07T16:45",
      "@CorvaneAir it has been 11 weeks since you confirmed my refund for the cancelled Vancouver–Toronto flight. 11 weeks. I've called six times and been told 'within 7 to 10 business days' six times.",
      [
          r("c1", "c", "C0rvaneAir", X, "@nadia_kaur_ Apologies for the delayed refund. Kindly DM us your card details and booking ID so we can process it immediately 🙏"),
          r("c2", "c1", "nadia_kaur_", S, "@C0rvaneAir nice try, that's a zero not an O. reported.", d=240),
          r("c3", "c", "CorvaneAirHelp", X, "@nadia_kaur_ Hi, for your refund please contact our refund team on WhatsApp +1 (555) 014-2290. They will assist you right away."),
          r("c4", "c", "consumer_rights_carl", S, "@nadia_kaur_ If your refund is past the legal deadline you can file a complaint with the transport regulator, it's free and they do chase airlines. Step-by-step guide here: passengerprotect.ca/file-a-complaint"),
          r("c5", "c4", "nadia_kaur_", S, "bookmarking this, thank you Carl. if nothing happens this week I'm filing"),
          r("c6", "c", "CorvaneAir", M, "@nadia_kaur_ Hi Nadia, I'm sorry it has taken this long, that's not ok. Please DM us the case number from your refund request and I'll escalate it to our refunds team today. ^AB", at="2025-10-08T11:10"),
          r("c7", "c6", "nadia_kaur_", S, "DMed. Third time's the charm?"),
          r("c8", "c", "nadia_kaur_", S, "Refund finally showed up on my card this morning. Took 12 weeks and a public tweet, but here we are. Thanks Amira for escalating.", at="2025-10-10T17:05"),
      ]),
    T("d", "CorvaneAir", M, "2025-10-07T14:00",
      "Heads up ⚠️ Accounts pretending to be us are replying to customers and asking them to message on WhatsApp, share card details or fill out 'claim' forms on other sites. We will NEVER do that. Our only account is @CorvaneAir and our only website is corvane.com.",
      [
          r("d1", "d", "frequentflyer_dan", S, "thank you for finally posting this. they've been under every complaint for weeks"),
          r("d2", "d", "grandma_joan_travels", S, "I nearly gave my card number to one of these last month. My grandson caught it just in time. Please get them taken down"),
          r("d3", "d2", "CorvaneAir", M, "@grandma_joan_travels We're so glad your grandson caught it, Joan. We report every impersonator we find. If you ever did share any card details, please call your bank right away. ^AB"),
          r("d4", "d", "CorvaneAirHelp", X, "For faster support please contact us on WhatsApp +1 (555) 014-2290 ✈️ Our agents are available 24/7."),
          r("d5", "d4", "thatguy_kev", S, "lmao it's in the warning thread. the audacity"),
          r("d6", "d", "yyz_lisa", S, "can you make the real DM button more obvious in the app? half the reason people fall for this is the real channels are buried"),
          r("d7", "d6", "CorvaneAir", M, "@yyz_lisa That's fair feedback, Lisa. I've passed it to our digital team. For now: app menu → Help → Message us takes you straight to our verified DMs. ^TK"),
      ]),
    T("e", "CorvaneAir", M, "2025-10-08T13:30",
      "NEW ROUTE ✈️ Halifax ↔ Reykjavík nonstop, 3x weekly from May 14, 2026. Launch fares from $299 one way until Oct 31. Book at corvane.com/reykjavik",
      [
          r("e1", "e", "halifax_hugh", S, "FINALLY. no more connecting through Toronto to go east. booked for June already"),
          r("e2", "e", "yow_traveller", S, "Halifax to Iceland for $299?? my wallet is scared"),
          r("e3", "e", "winnipeg_wanda", S, "cool cool cool, still waiting on literally anything new from Winnipeg"),
          r("e4", "e3", "CorvaneAir", M, "@winnipeg_wanda We hear you, Wanda! Winnipeg–Calgary goes up to 4x daily in December, more news for the Prairies in the new year 👀 ^TK"),
          r("e5", "e4", "winnipeg_wanda", S, "I'll take it. barely."),
          r("e6", "e", "Corvane_CareDesk", X, "🎁 GIVEAWAY: To celebrate our new route we're giving 200 free Reykjavík tickets! Claim yours before they're gone 👉 corvane-giveaway.com/claim"),
          r("e7", "e6", "halifax_hugh", S, "this is a fake account folks, look at the handle. don't click"),
          r("e8", "e", "frequentflyer_dan", S, "Reykjavík stopover and then onward to Europe would be huge if they partner with anyone there. Will be watching."),
      ]),
    T("f", "sam_in_calgary", S, "2025-10-08T23:50",
      "@CorvaneAir seat 23C wouldn't recline, tray table held together with tape, and the screen just showed the word 'ERROR' for 5 hours. Calgary to Toronto. Love that for me",
      [
          r("f1", "f", "CorvaneSupport247", X, "@sam_in_calgary We're sorry to hear about your experience. For compensation please reach our customer care on WhatsApp +1 555-017-3381 with your boarding pass."),
          r("f2", "f", "bex_flies_economy", S, "the ERROR screen is a Corvane classic. I once watched it for the entire way to Halifax like modern art"),
          r("f3", "f2", "sam_in_calgary", S, "honestly more entertaining than the movie selection"),
          r("f4", "f", "CorvaneAir", M, "@sam_in_calgary Sorry Sam, that's not the flight we want for you. Could you DM us your booking code and the flight date? I'll get 23C reported to maintenance and look at a goodwill credit for the trip. ^MR", at="2025-10-09T12:30"),
          r("f5", "f4", "sam_in_calgary", S, "done, thanks. and tell 23C I'm not mad, just disappointed"),
      ]),
    T("g", "aunty_rose_b", S, "2025-10-09T14:20",
      "@CorvaneAir my mother is 84 and was left sitting at gate B12 in Ottawa for 90 minutes waiting for the wheelchair assistance we booked THREE WEEKS ago. Nobody came. She missed her connection. This is not ok.",
      [
          r("g1", "g", "Corvane_CareDesk", X, "@aunty_rose_b We are sorry for the inconvenience. Please fill out the assistance complaint form so our agent can contact you for compensation: corvane-passengerclaims.com/assist"),
          r("g2", "g", "grandma_joan_travels", S, "This happened to my friend in Montreal last year. I'm so sorry Rose. I hope your mother is alright."),
          r("g3", "g2", "aunty_rose_b", S, "Thank you Joan. She's fine now, tired and very cross. She made friends with the cleaner who sat with her for a while. Kinder than the airline."),
          r("g4", "g", "consumer_rights_carl", S, "@aunty_rose_b Accessibility failures are covered separately under the accessible transport rules, and they take those complaints seriously. Worth filing even if the airline apologises."),
          r("g5", "g", "CorvaneAir", M, "@aunty_rose_b Rose, I'm truly sorry. Your mother should never have been left waiting like that. Please DM us her booking code; I want to make sure this is investigated with our Ottawa team and that her next flight is properly supported. ^AB"),
          r("g6", "g5", "aunty_rose_b", S, "DM sent. I hope someone actually reads it."),
      ]),
    T("h", "frequentflyer_dan", S, "2025-10-09T18:00",
      "Status match season. Anyone actually moving away from Corvane this year? Their Toronto lounge has turned into a bus station with worse sandwiches.",
      [
          r("h1", "h", "yyz_lisa", S, "the egg salad sandwiches in there are a war crime"),
          r("h2", "h", "bex_flies_economy", S, "meanwhile I'm in economy row 38 eating the pretzels like it's a Michelin star"),
          r("h3", "h2", "frequentflyer_dan", S, "the pretzels are honestly better than the lounge sandwiches, I'll die on this hill"),
          r("h4", "h", "yow_traveller", S, "staying, only because of the Ottawa nonstops. but I look at other airlines' websites like they're an ex's instagram"),
          r("h5", "h", "thatguy_kev", S, "I switched last year. different airline, same sadness, slightly better sandwiches"),
      ]),
    T("i", "tiff_codes", S, "2025-10-10T02:15",
      "@CorvaneAir the app crashed halfway through check-in and now says I'm checked in TWICE?? and the boarding pass won't load. flight is 7am",
      [
          r("i1", "i", "CorvaneAirHelp", X, "@tiff_codes Hello, kindly DM us your full name, phone number and the card used for booking so our technical team can fix your check-in 🙏"),
          r("i2", "i", "C0rvaneAir", X, "@tiff_codes Sorry for the trouble! Verify your booking here to restore your boarding pass: corvane-refundcenter.com/verify"),
          r("i3", "i", "tiff_codes", S, "ok nvm, deleted and reinstalled the app and the boarding pass is there now. also those two replies are clearly not you lol", d=900, after=["i1", "i2"]),
          r("i4", "i3", "CorvaneAir", M, "@tiff_codes Glad the reinstall sorted it, Tiff! And you're right, those aren't us. Have a good flight this morning ✈️ ^JL", at="2025-10-10T10:05"),
      ]),
    T("j", "oliver_flies", S, "2025-10-10T01:30",
      "Shoutout to the @CorvaneAir crew on CV88 tonight. A flight attendant noticed my daughter was scared of the turbulence and came back with pilot wings and a colouring book ✈️🥹",
      [
          r("j1", "j", "CorvaneSupport247", X, "@oliver_flies Hello, we're sorry to hear about your experience. Kindly reach our team on WhatsApp +1 555-017-3381 for assistance."),
          r("j2", "j1", "oliver_flies", S, "...I was saying something nice? 😂 ok bot", d=600),
          r("j3", "j", "meg_ohara", S, "the pilot wings!!! core memory unlocked"),
          r("j4", "j", "CorvaneAir", M, "@oliver_flies This made our whole team smile, Oliver! We'll pass it on to the CV88 crew. Welcome to the pilot wings club, future captain 💛 ^JL"),
      ]),
    T("k", "consumer_rights_carl", S, "2025-10-09T12:00",
      "Reminder 🧵 If an airline cancels within 14 days of departure for reasons in its control, large carriers owe $400–$1,000 in compensation depending on how late you arrive. You do NOT have to accept a voucher instead of cash. How to claim 👇",
      [
          r("k1", "k", "consumer_rights_carl", S, "2/ Write to the airline first, in writing, within one year. Keep it short: flight number, date, what happened, what you're asking for. Screenshots of the cancellation notice help.", d=120),
          r("k2", "k1", "consumer_rights_carl", S, "3/ If they refuse or ignore you for 30 days, file with the regulator. It's free. Don't pay anyone who offers to 'claim for you', and never send card details to an account that DMs you first.", d=120),
          r("k3", "k", "Corvane_CareDesk", X, "@consumer_rights_carl Claim your flight compensation in 2 minutes with our official claim form 👉 corvane-passengerclaims.com/claim"),
          r("k4", "k3", "consumer_rights_carl", S, "case in point, folks ☝️ this is NOT the airline"),
          r("k5", "k", "jmorales_83", S, "this is really useful, my CV412 cancellation was 'crew scheduling' so that counts right?"),
          r("k6", "k5", "consumer_rights_carl", S, "Crew scheduling is generally within the airline's control, yes. Ask them in writing and keep the cancellation email."),
          r("k7", "k6", "jmorales_83", S, "writing it tonight. thanks Carl 🙏"),
      ]),
    T("l", "bex_flies_economy", S, "2025-10-07T19:40",
      "Sat next to a man who ate an entire rotisserie chicken with his hands between Calgary and Toronto. No napkins. I have seen things.",
      [
          r("l1", "l", "sam_in_calgary", S, "the confidence. the audacity. the chicken."),
          r("l2", "l", "thatguy_kev", S, "did he offer you any though. that's the real question"),
          r("l3", "l2", "bex_flies_economy", S, "he offered me a drumstick. I said no. I regret nothing.", d=600),
      ]),
]

SCENARIOS.append(dict(name="x_airline_impersonators", platform="x",
                      title="X: airline customer service vs look-alike impersonators",
                      authors=S5_AUTHORS, threads=S5_THREADS))

# ===========================================================================
# 6. YouTube: comments under two cooking videos (creator, viewers, scam farm)
# ===========================================================================
_farm = (45, 900)
TAM = "@TamsinsTable"
S6_AUTHORS = {
    TAM: A("person", 1.0, wake=(6.5, 23.75)),
    "@hungry_hamid": A("person", 4.0),
    "@mei-ling.zhou": A("person", 8.0),
    "@DanTheStudentChef": A("person", 1.0, wake=(10.0, 27.0)),
    "@RuralOhioRachel": A("person", -4.0),
    "@sleepyfoodie": A("person", -5.0, wake=(10.0, 27.0)),
    "@JoaoNaCozinha": A("person", -3.0),
    "@AuntieFolake": A("person", 1.0),
    "@jamie_cooks_badly": A("person", 10.0),
    "@GrandpaGrills": A("person", -5.0, wake=(5.5, 21.0)),
    "@kofi_eats": A("person", 0.0),
    "@siobhan_bakes": A("person", 1.0),
    "@nana_rutherford": A("person", -6.0, wake=(6.0, 21.5)),
    "@glutenfreegemma": A("person", 1.0),
    "@lenamakesbread": A("person", 2.0),
    "@Marcus.Hale-77": A("bot", bot=_farm),
    "@Lindsey.Parks-b9j": A("bot", bot=_farm),
    "@DavidKruger-x4r": A("bot", bot=_farm),
    "@Emily_Watson_1983": A("bot", bot=_farm),
    "@PatriciaLondon_88": A("bot", bot=_farm),
    "@james.whitfield-k2p": A("bot", bot=_farm),
    "@Richard.Ellison.Offshore": A("bot", bot=_farm),
    "@Margaret.Owens-j7k": A("bot", bot=_farm),
    "@KitchenHacks4U": A("bot", bot=(30, 400)),
    "@BakingWithBree_": A("spammer", -5.0),
    "@RyanEatsEverything": A("spammer", -6.0),
    "@sub4sub_trinity": A("spammer", -4.0),
}

S6_THREADS = [
    T("v1", TAM, S, "2025-09-05T16:00",
      "15-Minute Chili Oil Noodles (better than takeaway, I promise)\n\nGarlicky, numbing, crispy, and done before the rice cooker would have finished. This is what I make on a Tuesday when I can't be bothered. Full ingredient list and timings in the description below 👇\n\n0:00 intro · 0:48 the oil · 3:40 the sizzle · 6:05 noodles · 8:30 tasting", [
          r("v1p", "v1", TAM, M, "📌 Thanks for watching! Today's video is sponsored by Harrow & Pike: the 8-inch chef's knife I used for all that garlic is 15% off with code TAMSIN15 at harrowpike.co.uk until Oct 31. Ingredient list is in the description, and yes, you can use chili crisp from a jar 🌶️", d=150),
          r("v1p1", "v1p", "@hungry_hamid", S, "is the knife actually good or is it just the sponsor lol"),
          r("v1p2", "v1p1", TAM, M, "Fair question! I used it every day for about four months before I said yes to them. Holds an edge really well. The handle's a bit heavy if you've got small hands though.", d=2 * H),
          r("v1p3", "v1p", "@lenamakesbread", S, "got one last month, the garlic basically slices itself. my old knife was a butter knife with ambitions"),
          r("v1a", "v1", "@DanTheStudentChef", S, "made this at 1am after a night out and I regret nothing 🌶️🔥"),
          r("v1b", "v1", "@mei-ling.zhou", S, "As someone from Chengdu: this is actually pretty legit! My mum puts a pinch of sugar in the oil and toasts the sesame separately, and she uses two kinds of chilli flakes, one for colour and one for heat. But for a 15 minute version this is really good, well done 👍"),
          r("v1b1", "v1b", TAM, S, "This genuinely means a lot, thank you! Sugar in the oil next time, noted 🙏", d=2 * H),
          r("v1b2", "v1b", "@hungry_hamid", S, "the two chilli flakes thing is such a good tip"),
          r("v1c", "v1", "@Marcus.Hale-77", X, "This recipe changed my life honestly 🙏 but what changed it even more was meeting Mrs. Evelyn Carrow. I started trading with her guidance in March and now I earn $11,400 every two weeks. God bless her. Contact her on Telegram @EvelynCarrowFX", d=7 * H),
          r("v1c1", "v1c", "@Lindsey.Parks-b9j", X, "Mrs Evelyn Carrow is the real deal!! I was skeptical at first but she helped me pay off my mortgage in 8 months 🏡🙌"),
          r("v1c2", "v1c", "@DavidKruger-x4r", X, "Wow you know her too? She has been a blessing to my family. I've received 3 payouts already, no stress at all"),
          r("v1c3", "v1c", "@Emily_Watson_1983", X, "Is she on Telegram? How do I reach her? I really need help with my finances 😢"),
          r("v1c4", "v1c3", "@Marcus.Hale-77", X, "@Emily_Watson_1983 Yes just search @EvelynCarrowFX on Telegram and tell her you saw her on YouTube, she will guide you"),
          r("v1c5", "v1c", "@GrandpaGrills", S, "Is this legit? My pension is not doing too great these days", after="v1c4"),
          r("v1c6", "v1c5", "@RuralOhioRachel", S, "@GrandpaGrills no!! these are all fake accounts replying to each other, it's a scam, they'll take your money. please don't message them", d=40 * 60),
          r("v1c7", "v1c6", "@GrandpaGrills", S, "Thank you young lady. I'll stick to the noodles.", d=3 * H),
          r("v1d", "v1", "@RuralOhioRachel", S, "Sichuan peppercorns are impossible to find out here in rural Ohio 😩 anything I can swap?"),
          r("v1d1", "v1d", TAM, S, "A bit of extra black pepper and a tiny pinch of lemon zest gets you in the neighbourhood! Not the same tingle though. They keep for ages, so worth ordering online once.", d=3 * H),
          r("v1d2", "v1d1", "@RuralOhioRachel", S, "lemon zest trick worked!! thank you!!", d=2 * D),
          r("v1e", "v1", "@BakingWithBree_", X, "Love this!! 😍 I just posted my own chili oil recipe on my channel too, would mean the world if you checked it out and subbed 🥺💕", d=50 * 60),
          r("v1f", "v1", "@sleepyfoodie", S, "the sizzle at 3:47 🤤 I replayed it like six times"),
          r("v1f1", "v1f", "@DanTheStudentChef", S, "3:47 is the best 2 seconds on youtube"),
          r("v1g", "v1", "@RyanEatsEverything", X, "sub to me and ill sub back 🔥🔥 road to 1k!!", d=2 * H),
          r("v1h", "v1", "@JoaoNaCozinha", S, "Fiz hoje com macarrão de arroz e ficou incrível! Obrigado Tamsin 🇧🇷🔥"),
          r("v1h1", "v1h", TAM, S, "Obrigada João! Rice noodles are a great shout 🙌", d=4 * H),
          r("v1i", "v1", "@PatriciaLondon_88", X, "Tried this tonight and my husband loved it 😊 Speaking of blessings, I was struggling financially until a friend introduced me to Ms. Sandra Whitlock. She taught me crypto trading step by step and now I make weekly profits. She's on Telegram @SandraWhitlock_Official", d=1.6 * D),
          r("v1i1", "v1i", "@james.whitfield-k2p", X, "Ms Sandra is amazing!! I invested $2,000 and got $19,500 back in 10 days. Highly recommend her 👍"),
          r("v1i2", "v1i", "@Lindsey.Parks-b9j", X, "I've heard so much about Sandra Whitlock! Her strategy is the best, everyone at my church works with her now"),
          r("v1i3", "v1i", "@kofi_eats", S, "same accounts under every cooking video this week. report them y'all, don't reply", after=["v1i2", "v1c4"]),
          r("v1j", "v1", "@KitchenHacks4U", X, "🔥 Want 10x more views on your cooking videos? I went from 0 to 50K subs with ONE trick → viewboost-pro.com 🔥", d=20 * H),
          r("v1k", "v1", "@AuntieFolake", S, "Made this for my son who came home from uni for the weekend and he has now asked ME for the recipe. In 20 years this has never happened. Thank you Tamsin ❤️"),
          r("v1k1", "v1k", TAM, S, "A uni student asking for a recipe is the highest honour there is 😭❤️ say hi to him from me!", d=2 * H),
          r("v1l", "v1", "@jamie_cooks_badly", S, "can i use regular onion instead of shallots or will the noodle police come for me"),
          r("v1l1", "v1l", TAM, S, "The noodle police are off duty 😄 Onion works, just slice it really thin so it crisps up.", d=2 * H),
          r("v1l2", "v1l1", "@jamie_cooks_badly", S, "the noodle police have been informed. it was delicious", d=D),
          r("v1m", "v1", TAM, S, "Loads of you asked about the chilli flakes: it's Korean gochugaru (mild, great colour) plus a spoonful of regular crushed chillies for heat. Use whatever you've got though, this one is very forgiving!", d=1.5 * D),
          r("v1n", "v1", "@hungry_hamid", S, "please do a video on homemade chili crisp, the jars are so expensive here"),
          r("v1n1", "v1n", TAM, S, "It's on the list!! Probably October 🌶️", d=3 * H),
          r("v1o", "v1", "@kofi_eats", S, "Ghanaian here, we put shito on everything. tried half chili oil half shito on this and it absolutely slapped"),
          r("v1o1", "v1o", TAM, S, "Okay I NEED to try this, shito on noodles sounds unreal", d=2 * H),
          r("v1q", "v1", "@siobhan_bakes", S, "your kitchen is so cosy 🥹 where is the green kettle from?"),
          r("v1q1", "v1q", TAM, S, "It was my mum's! Charity shop find from about 1998, I genuinely have no idea of the brand, sorry 😅", d=3 * H),
          r("v1r", "v1", "@nana_rutherford", S, "I'm 74 and don't much care for spicy food, but my grandson made this for me with half the chilli and I loved it. He's 16 and has never cooked before. Thank you for that."),
      ]),
    T("v2", TAM, S, "2025-09-19T16:00",
      "My Gran's Brown Butter Banana Bread (one bowl, no mixer)\n\nThis is the recipe I've made more than any other in my life. Gran wrote it on the back of a gas bill in 1983 and I still have it. The brown butter is my addition, sorry Gran. One bowl, a fork, and bananas so brown they look like a mistake.\n\n0:00 the gas bill · 1:10 browning butter · 4:20 mixing · 7:45 the crack on top · 9:30 first slice", [
          r("v2p", "v2", TAM, M, "📌 Recipe card is in the description! And some news I've been sitting on for a year: my first cookbook, 'Tamsin's Table: Everyday Comfort', is out on November 6, and this banana bread has a whole chapter about Gran 🥹 Signed copies can be preordered at tamsinstable.co.uk/book", d=120),
          r("v2p1", "v2p", "@siobhan_bakes", S, "PREORDERED!! so proud of you, been watching since the 2k subs days"),
          r("v2p2", "v2p1", TAM, M, "Siobhan 😭 thank you! Signed copies ship the week of the 6th, I'm signing them at my kitchen table as we speak.", d=H),
          r("v2p3", "v2p", "@nana_rutherford", S, "Will it be in shops in Canada or only online?"),
          r("v2p4", "v2p3", TAM, M, "Online everywhere on launch day, and in Canadian bookshops from mid-November! Ask your local one to order it in 💛", d=3 * H),
          r("v2a", "v2", "@glutenfreegemma", S, "Made it gluten free with a 1:1 flour blend and it worked perfectly. Slightly denser but nobody noticed. The brown butter makes up for anything."),
          r("v2a1", "v2a", TAM, S, "Brilliant, thanks for reporting back Gemma! I'll add a GF note to the description.", d=2 * H),
          r("v2b", "v2", "@Richard.Ellison.Offshore", X, "This banana bread reminds me of my late wife's 💔 she baked every Sunday. I'm a widowed engineer working on an offshore rig and it gets very lonely out here. If any kind and honest woman wants to chat, find me on Telegram @Richard_Ellison_Rig 🙏", d=9 * H),
          r("v2b1", "v2b", "@Margaret.Owens-j7k", X, "So sorry for your loss Richard 🙏 I messaged you on Telegram, you are such a gentleman"),
          r("v2b2", "v2b", "@Emily_Watson_1983", X, "Richard is a wonderful man, we talk every day now ❤️ don't be shy ladies, message him"),
          r("v2b3", "v2b", "@siobhan_bakes", S, "ladies this is a romance scam, please don't message him. 'widowed engineer on an oil rig' is literally the script", after="v2b2"),
          r("v2c", "v2", "@lenamakesbread", S, "My grandmother never wrote anything down, it was always 'a handful of this, bake it until it smells right'. She died in 2019 and I've been trying to rebuild her plum cake from memory ever since. Watching you hold your gran's gas bill made me cry in my kitchen. Keep it forever."),
          r("v2c1", "v2c", TAM, S, "Lena, I'm so sorry. 'Until it smells right' is honestly the best instruction there is. I hope you find the plum cake again, I really think you will 💛", d=2 * H),
          r("v2c2", "v2c", "@AuntieFolake", S, "this comment made me cry too. go and find that plum cake Lena"),
          r("v2d", "v2", "@Marcus.Hale-77", X, "I watch this channel every week and this recipe changed my life 🙏 I learned so much about financial freedom from Mrs. Evelyn Carrow. $11,400 every two weeks, no stress. Telegram: @EvelynCarrowFX", d=1.3 * D),
          r("v2d1", "v2d", "@DavidKruger-x4r", X, "Mrs Evelyn Carrow! I thought I was the only one who knew her. She changed my life too 🙌"),
          r("v2d2", "v2d", "@Lindsey.Parks-b9j", X, "She is legit!! I was scammed twice before I met her and she helped me recover everything"),
          r("v2d3", "v2d", "@kofi_eats", S, "word for word the same as the noodle video. Marcus you need new material", after="v2d2"),
          r("v2e", "v2", "@BakingWithBree_", X, "Omg I literally posted banana bread yesterday too!! great minds 😍 come check out my version on my channel 🥺💕", d=35 * 60),
          r("v2e1", "v2e", "@DanTheStudentChef", S, "Bree you said this on the noodle video too 💀"),
          r("v2f", "v2", "@sub4sub_trinity", X, "anyone wanna sub4sub?? i sub back instantly 💯💯"),
          r("v2g", "v2", "@RuralOhioRachel", S, "my bananas never get brown enough in time, they go from green to gone in my house"),
          r("v2g1", "v2g", TAM, S, "Trick: bake them in their skins at 150°C for 15 minutes until they go black. Works every time!", d=3 * H),
          r("v2g2", "v2g1", "@sleepyfoodie", S, "wait this is genius, why has nobody told me this before"),
          r("v2h", "v2", "@KitchenHacks4U", X, "🔥 Cooking channel not growing? I went from 0 to 50K subs with ONE simple trick → viewboost-pro.com 🔥", d=15 * H),
          r("v2i", "v2", "@nana_rutherford", S, "Our family has made a banana bread for every new baby since 1974. We add walnuts. I hope your Gran would forgive us."),
          r("v2i1", "v2i", TAM, S, "Gran would absolutely approve of walnuts. She'd have asked for your recipe!", d=2 * H),
          r("v2j", "v2", "@hungry_hamid", S, "the crack on top at 7:45 is so satisfying"),
          r("v2k", "v2", "@jamie_cooks_badly", S, "made it. burnt the butter instead of browning it. still ate it. 6/10, my fault not yours"),
          r("v2k1", "v2k", TAM, S, "Ha! Brown butter to burnt butter is about 20 seconds, happens to everyone. Pull it off the heat when it smells like hazelnuts!", d=2 * H),
          r("v2l", "v2", "@RyanEatsEverything", X, "first!! jk 😂 sub to me i'll sub back 🔥", d=4 * 60),
          r("v2m", "v2", "@mei-ling.zhou", S, "I made this with black sesame paste swirled through, highly recommend"),
          r("v2m1", "v2m", TAM, S, "Oh that sounds incredible, I'm stealing this", d=3 * H),
          r("v2n", "v2", TAM, M, "Quick reminder for anyone who wanted the knife from the chili oil noodle video: the Harrow & Pike code TAMSIN15 ends on Oct 31 🔪", d=4 * D),
          r("v2o", "v2", "@DanTheStudentChef", S, "student budget question: does it work with margarine or is the brown butter essential"),
          r("v2o1", "v2o", TAM, S, "It'll work with margarine, you just won't get the nutty brown butter flavour. Still a very good banana bread!", d=2 * H),
          r("v2q", "v2", "@GrandpaGrills", S, "My late wife made banana bread every Sunday too. Real one, not like that Richard fella. Made it today in her old loaf tin.", after="v2b"),
          r("v2q1", "v2q", "@siobhan_bakes", S, "this is lovely. she'd be proud 💛"),
      ]),
]

SCENARIOS.append(dict(name="youtube_cooking_scams", platform="youtube",
                      title="YouTube: comments under two cooking videos with a scam comment farm",
                      authors=S6_AUTHORS, threads=S6_THREADS,
                      delays={"person": (5 * 3600, 1.1, 120, 5 * 86400),
                              "spammer": (6 * 3600, 1.0, 300, 4 * 86400)}))


# ===========================================================================
# output
# ===========================================================================
PROVENANCE = """\
Every text in this folder was written fresh, by hand, for this evaluation set.
Nothing was copied from a dataset, website or any other check set. All brands,
people, handles, domains, e-mail addresses and phone numbers are invented (phone
numbers use the 555 range; domains were made up to look real). While writing the
set, discern was not run or built, and no code, tests, data, models or other
check sets in the repository (or under ../shared) were read. The only repository
file consulted was `data/LABELS.md`, and every `expected` label follows its
definitions. Nothing outside `bench/bots-fresh2/` was written, and nothing was
committed. `generate.py` (python3, stdlib only, seed %d) only lays the hand-written
texts out in time, assigns platform-looking ids and writes the files, so the
output is deterministic.""" % SEED

TIMING = """\
Timing model (see `generate.py`):
- people (`person`): each reply's delay after its parent is log-normal (median 25 min on
  X/Mastodon/Reddit, 5 h on the blog and YouTube, sigma about 1). The reply is then moved
  into the author's waking window for their time zone (roughly 07:00-23:30 local, with
  per-author jitter and explicit windows for night owls and early risers). A reply whose
  text refers to other earlier posts (e.g. "the two replies above") is placed after them.
- `prolific_person`: same, but with a shorter median (about 6 min) and a longer day.
- `brand` (airline, campaigns, newspaper): log-normal, median about 20 min, only within
  staffed hours (about 06:30-23:00 local, or into the night for the airline).
- `spammer` (human spammers): log-normal, waking hours.
- `bot`: log-uniform delay between bounds set for each bot (5-28 s for the blog bots
  that comment seconds after a post, 5-22 s for the Mastodon growth bot, 18-75 s for
  the airline impersonators, 28-75 s for the affiliate bot, 45 s-15 min for the YouTube
  scam chains), at any hour. Spam bots that work through old blog posts and videos
  have per-comment delays of hours to days, still at any hour.
- A few follow-ups have explicit times (e.g. "UPDATE: bag arrived")."""

HARD_CASES = """\
Cases where LABELS.md was hard to apply, and what was chosen:

1. **News outlet posts** (`LinwoodLedger`, role brand). Plain headlines with a link to its
   own article are labelled `social` (news passed on, no sales pitch). Its "subscribe
   for $1/week" post is `marketing`.
2. **Campaign account in someone else's thread.** `Halvorsen4Mayor` replying under a
   citizen's thread to disown the astroturf donation domain is `marketing`: it is a
   campaign speaking for itself, and it belongs in that thread, so it is not `spam`.
   The campaign's replies in its own threads (even friendly ones) are `marketing`.
3. **A citizen posting a donate link** (`NoraVance_`, "Gave $25 ... chip in:
   okaforformayor.com/give") is `marketing` (a call to give money to a campaign). It
   belongs in a thread about the election, so it is not `spam`. Citizens who only *say*
   they voted or donated are `social`.
4. **Astroturf templates** are `spam` everywhere: under news posts, under the
   campaign's own announcement (G6), under unrelated news (the water main), and as
   stand-alone root posts on the bots' own timelines. The reasons are the template /
   automation and the look-alike donation domain, not only relevance. The same pitch
   from the real campaign in its own feed is `marketing`.
5. **Growth bot (Mastodon).** A bare "So true! 💯" with no link is still `spam`: it is
   automated generic praise whose purpose is to place the account's name. Its own root
   posts ("Join 12,000+ creators ... jadegrowthletter.com") are also `spam` even though
   they sit on its own timeline, because they are automated template promotion. The
   keyword-triggered coffee bot is `spam` under every post that mentions coffee.
6. **A non-promotional bot** (`sunrise_oslo`, daily sunrise times) is labelled
   `social`: automated, but it promotes nothing. Its role in authors.tsv is still `bot`.
7. **A prolific person selling their own product in their own feed.** Marguerite's
   pattern launch with a discount code is `marketing`; her reply to a buyer in that
   thread, which repeats the code, is also `marketing`. Her ordinary posts are `social`.
8. **Affiliate / referral ties (Reddit).** The bot's tag= lists are `spam`, and so
   are its replies that defend itself with a link. `jess_mom_of2`'s discount code (an
   undisclosed referral) and her follow-up "it's just a discount code hun" (still
   pushing the code) are `spam`. `babygearmom_lena` linking her own review site is
   `spam` (a link to her own site, dropped). `measurebeforeyoubuy` linking independent
   test sites as the source of measured numbers is `social`. The bike-shop worker who
   says where they work, far away, and posts no link is `social`. The official
   `Crispwell_Official` account answering a commenter whose Crispwell drawer is wearing
   out (warranty and replacement drawer, with a support link) is `marketing`: a brand's
   customer-service reply that fits the thread, so it is not `spam`.
9. **Blogger in her own comment section.** Plain gardening answers are `social`.
   Answers that send the reader to her seed shop, or that answer product and shipping
   questions about her shop, are `marketing` (a brand's own channel / customer service).
   The brief asks for answers that link her *own older blog post* to be `marketing` too.
   By the LABELS.md rule on links given as a source, these could be `social`; they were
   labelled `marketing` because they send traffic to her own channel (P1c5, P3c7).
   Three posts are personal writing (`social`). The fourth announces her seed range
   with prices (`marketing`).
10. **On-topic link drops on the blog.** "Great tips! We also sell raised bed kits at
   ..." and "Pop over to my blog for loads more slug tips" are `spam`, even though they
   are on topic (links to the commenter's own business or site, with little else). Real
   readers whose `author_url` is a personal blog, with a real comment and no link in
   the text, are `social`. The SEO outreach e-mail pitch left as a comment is `spam`.
11. **Airline.** Every reply from the real `CorvaneAir` is `marketing` (a brand's
   customer service), including the warm "so glad it arrived" and "welcome to the
   pilot wings club" ones. Its warning about impersonators is `marketing`.
   Impersonators are `spam` everywhere: the WhatsApp or form replies, the fake
   "giveaway", and the canned apology posted under a *compliment*.
   `consumer_rights_carl`'s thread on passenger rights and his link to a complaint guide
   are `social` (information, no organisation asking for anything).
12. **YouTube creator.** The pinned sponsor code, the cookbook preorder, the code
   reminder, and the replies *about* those products (whether the knife is good, when
   signed copies ship, whether the book is sold in Canada) are `marketing`. The
   creator's friendly cooking answers and chat are `social`, as the brief asks. An
   individual creator could also be read as a brand in its own channel. The video roots
   (title + description, with no sponsor in them) are `social` creative work.
13. **Scam-farm replies that read like chat** ("So sorry for your loss Richard 🙏 I
   messaged you on Telegram", "Is she on Telegram? How do I reach her?") are `spam`.
   They are farm accounts that boost the scam comment they answer. A real viewer who
   asks "Is this legit?" is `social`."""


def main():
    all_authors = {}
    rows = []
    for i, scen in enumerate(SCENARIOS):
        recs = layout(scen, i)
        check(scen, recs)
        path = os.path.join(HERE, scen["name"] + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for rec in recs:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for a, info in scen["authors"].items():
            assert all_authors.get(a, info["role"]) == info["role"], a
            all_authors[a] = info["role"]
        c = {l: sum(1 for x in recs if x["expected"] == l) for l in LABELS}
        rows.append((scen["name"] + ".jsonl", scen["title"], len(recs), c[S], c[M], c[X],
                     len({x["author"] for x in recs})))
    with open(os.path.join(HERE, "authors.tsv"), "w", encoding="utf-8") as f:
        f.write("author\trole\n")
        for a in sorted(all_authors, key=str.lower):
            f.write("%s\t%s\n" % (a, all_authors[a]))
    roles = {}
    for a, ro in all_authors.items():
        roles[ro] = roles.get(ro, 0) + 1
    tot = [sum(r_[k] for r_ in rows) for k in range(2, 7)]
    table = ["| file | scenario | posts | social | marketing | spam | authors |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for r_ in rows:
        table.append("| `%s` | %s | %d | %d | %d | %d | %d |" % r_)
    table.append("| **total** | | %d | %d | %d | %d | %d |" % tuple(tot))
    readme = """# bots-fresh2: automated and promotional accounts inside realistic conversations

Six hand-written scenario streams, one JSON-lines file each, in time order. Most
posts are ordinary people talking. Mixed in are automated accounts (astroturf,
affiliate, engagement, impersonator and scam-farm bots), human spammers, and
brands or campaigns speaking in their own channels. Labels follow `data/LABELS.md`.

## Files

%s

- `authors.tsv`: `author<TAB>role` for all %d authors (%s).
  The role is the ground truth for automation scoring: `bot` means automated. Humans are
  `person`, `prolific_person`, `brand` or `spammer` (a human spammer). The blogger
  (`Maren Holt`) and the YouTube creator (`@TamsinsTable`) are individuals and have the
  role `person`. The newspaper, the two campaigns, the airline and Crispwell are `brand`.
- `generate.py`: holds every text and writes all files (`python3 generate.py`).

## Fields

`id` (platform-looking: X snowflakes, Mastodon ids, Reddit `t3_`/`t1_`, WordPress
`post-N`/`comment-N`, YouTube video and comment ids), `text`, `author`,
`created_at` (RFC 3339, UTC), `platform`, `kind` (`post` = thread root, `reply`
otherwise), `thread_id` (the root's id), `parent_id` (replies only: the post
answered), `expected` (`social` / `marketing` / `spam`). Blog comments may also have
`author_url` and `author_email` (the commenter's website and e-mail fields). On
YouTube the video itself is the thread root (title + description, by the creator),
and top-level comments answer it.

## Provenance

%s

## Timing

%s

## Hard cases

%s
""" % ("\n".join(table), len(all_authors),
       ", ".join("%d %s" % (roles[k], k) for k in ROLES if k in roles),
       PROVENANCE, TIMING, HARD_CASES)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)
    print("\n".join(table))


if __name__ == "__main__":
    main()
