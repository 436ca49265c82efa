#!/usr/bin/env python3
"""Judges held-out predictions again with the evidence a newer binary finds, without
retraining: the text model's held-out probabilities do not depend on the evidence lists,
so a change to `crates/engine/src/evidence.rs` can be measured leave-one-source-out in
seconds instead of a full `discern eval --group-field source` run.

    discern eval --data data/corpus.jsonl data/spamassassin.jsonl data/sets/*.jsonl \
        --weight-field weight --group-field source --predictions bench/out/loso-pred.jsonl
    python3 bench/rejudge.py bench/out/loso-pred.jsonl \
        data/corpus.jsonl data/spamassassin.jsonl data/sets/*.jsonl

The second and later arguments are the same data files in the same order as the `eval`
run (the predictions' `index` counts their rows). Each text goes through
`discern classify` (the binary in $DISCERN, default target/release/discern) for the
evidence kinds; the judgement of a post alone (or of a lone comment or message, when the
row's `kind` says so) is then recomputed as `crates/engine/src/factors.rs` makes it and compared with the judgement in the file.
`factors.rs`'s unit tests pin the formula this script repeats.
"""

import json
import math
import os
import re
import subprocess
import sys
from collections import defaultdict

LABELS = ["marketing", "social", "spam"]
# Evidence::weight in evidence.rs, by the start of Evidence::describe.
WEIGHTS = [
    ("link to a commercial domain", 1.5), ("a link the platform wrapped", 1.0),
    ("cites a reference site", 0.0), ("link to ", 1.0), ("comment-spam template", 5.0),
    ("answers a customer", 1.0), ("signed by a support agent", 5.0),
    ("speaks of their own family", -1.0), ("argues a point of their own", -1.0),
    ("speaks as a person", -1.0), ("an automated account's reply", 5.0), ("link hidden behind", 1.0), ("a price", 1.0),
    ("a promo or referral code", 2.5), ("a phone number", 1.0), ("an e-mail address", 0.5),
    ("a $cashtag", 0.5), ("call to action", 1.0), ("an offer", 1.5),
    ("asks to subscribe", 2.5), ("promotes their own channel", 5.0), ("asks for donations", 2.5), ("campaign message", 2.5),
    ("sponsorship disclosure", 2.5), ("moves to a private", 1.0),
    ("a business speaking", 1.0), ("generic praise", 0.0), ("scam or counterfeit", 2.5),
    ("letters disguised", float(os.environ.get("DISGUISED", "5.0"))),
    ("a name with digits framed", 5.0), ("in a person's own feed", 0.0),
    ("praise that fits", 5.0), ("commenter's name and website are keywords", 5.0),
    ("commenter's website is commercial", 1.5),
    ("commenter's name", 1.0), ("commenter left", 0.5),
]
NOT_ACTIONABLE = ("in a person's own feed", "a $cashtag", "a link the platform wrapped", "cites a reference site", "an offer", "a business speaking", "generic praise",
                  "commenter", "comment-spam template",
                  "speaks of their own family", "argues a point of their own",
                  "speaks as a person")
NOTHING_TO_ACT_ON = float(os.environ.get("NOTHING_TO_ACT_ON", "0.5"))  # factors.rs; a sweep may override
NOTHING_TO_ACT_ON_IN_THREAD = float(os.environ.get("NOTHING_TO_ACT_ON_IN_THREAD", "5.0"))
# 1 scales the in-thread shift by the spam share of the wording (before the tenth session).
ALONE_WORDED = float(os.environ.get("ALONE_WORDED", "1"))
# Log-odds taken off the spam share of a lone post's wording (measured, not kept: 0).
ALONE_WORDED_SHIFT = float(os.environ.get("ALONE_WORDED_SHIFT", "0"))
WORDED_SCALES_SHIFT = float(os.environ.get("WORDED_SCALES_SHIFT", "0"))
UNSOLICITED = 0.3
# factors.rs TEXT_IN_THREAD: the share of the text model's log-odds in a reply that is
# not a message (a sweep may override).
TEXT_IN_THREAD = float(os.environ.get("THREAD_SCALE", "0.5"))  # only positive log-odds (ASYM=0: both)
FLOOR = float(os.environ.get("FLOOR", "4.595"))  # factors.rs TEXT_DOUBT_IN_THREAD
ASYM = os.environ.get("ASYM", "1") == "1"
# Weight of a plain link (not commercial, not a shortener) in a conversation, and
# whether it is something to act on there (1) or, like a price, not on its own (0).
LINK_IN_THREAD = float(os.environ.get("LINK_IN_THREAD", "1.0"))
LINK_ACTS = float(os.environ.get("LINK_ACTS", "0"))
# evidence.rs SAYS_ITS_OWN (this script counts letter runs outside links, near the
# analysis's word tokens).
LINK_WORDS = int(os.environ.get("LINK_WORDS", "10"))
# Measured, not kept: the same for a post on its own (0: off).
LINK_ALONE_WORDS = int(os.environ.get("LINK_ALONE_WORDS", "0"))
# Post::lands_in_inbox: a message whose subject answers another ("Re: …") is a reply in a
# conversation, not a message landing unasked (0: judged as a message, as before).
RE_CONVERSES = os.environ.get("RE_CONVERSES", "1") == "1"
ANSWERS = re.compile(os.environ.get("ANSWERS", r"\s*(re|aw|sv)\s*:"), re.I)
INBOX = {"message", "dm", "direct_message", "sms", "email", "mail"}
TEXT_SCALE = float(os.environ.get("TEXT_SCALE", "1"))
GENERIC_PRAISE = 0.1
LANDS_ELSEWHERE = {"reply", "comment", "message", "dm", "direct_message", "sms", "email",
                   "mail", "pingback", "trackback"}
DECEPTIVE_WORDING = 0.8
# Found::deceptive() or Found::template(), by the start of Evidence::describe.
DECEPTIVE_OR_TEMPLATE = ("scam or counterfeit", "letters disguised", "comment-spam template")


# A disclosure tag ("#ad") or "paid partnership" weighs 5.0, the bare words 2.5.
DISCLOSURE = float(os.environ.get("DISCLOSURE", "5.0"))


def weight_of(described):
    if described.startswith("sponsorship disclosure"):
        return DISCLOSURE if described.split('"')[1].startswith(("#", "paid partnership")) else 2.5
    for start, w in WEIGHTS:
        if described.startswith(start):
            return w
    raise SystemExit(f"unknown evidence {described!r}: update WEIGHTS")


def implied_by_platform(platform):
    """PostKind::implied_by_platform in crates/posts/src/post.rs: the kind a row takes
    from its platform when it names no kind."""
    name = (platform or "").strip().lower()
    if name.startswith(("youtube", "reddit", "disqus")) or "comment" in name or "forum" in name:
        return "comment"
    if name in ("sms", "mms", "text message"):
        return "sms"
    return None


def kind_of(row):
    return row.get("kind") or implied_by_platform(row.get("platform"))


def read_rows(files):
    """Every row of the data files, in order (the predictions' `index` counts them)."""
    rows = []
    for f in files:
        with open(f) as fh:
            rows.extend(json.loads(line) for line in fh)
    return rows


def evidence_of(rows):
    binary = os.environ.get("DISCERN", "target/release/discern")
    lines = []
    for row in rows:
        post = {"id": str(len(lines)), "text": row["text"]}
        if kind_of(row):
            # Evidence depends on where the text landed (no customer service
            # in an inbox); the judgement is recomputed below either way.
            post["kind"] = kind_of(row)
        lines.append(json.dumps(post))
    out = subprocess.run([binary, "classify"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        v = json.loads(line)
        found[int(v["id"])] = (v.get("factors") or {}).get("evidence", [])
    return found


URLISH = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\b\S+\.(?:com|org|net|gov|edu|io|co|uk)\b\S*")
WORD = re.compile(r"[^\W\d_]{2,}")


def words_beside_links(raw):
    """Words of two letters or more outside the text's links (approximates the
    analysis's word tokens)."""
    return len(WORD.findall(URLISH.sub(" ", raw or "")))


def judge_alone(text, evidence, lands_elsewhere=False, inbox=False, raw=""):
    """A post alone, or (`lands_elsewhere`) a lone comment or message: a reply in someone
    else's space whose thread is not known (relevance unknown, nothing asked for it)."""
    z_text, shift, a, b, conversing = judgement_parts(text, evidence, lands_elsewhere, inbox, raw)

    def plain_link(e):
        return e.startswith("link to ") and not e.startswith("link to a commercial")
    z = z_text + shift + sum(LINK_IN_THREAD if conversing and plain_link(e) else weight_of(e)
                             for e in evidence)
    p = 1 / (1 + math.exp(-z))
    return [p * b * (1 - a), 1 - p, p * (1 - b * (1 - a))]


def judgement_parts(text, evidence, lands_elsewhere=False, inbox=False, raw=""):
    """What the judgement of `judge_alone` adds to the evidence weights: the text model's
    log-odds as counted there, the nothing-to-act-on shift, the sending factor `a` and
    the belonging factor `b` (bench/fit_evidence.py fits the weights beside these)."""
    m, _, s = text
    conversing = lands_elsewhere and not inbox
    z = math.log(max(min(m + s, 1 - 1e-4), 1e-4) / (1 - max(min(m + s, 1 - 1e-4), 1e-4)))
    if conversing:
        # factors.rs TEXT_IN_THREAD: only the model's confidence that a reply promotes
        # is shrunk.
        z = TEXT_IN_THREAD * z if (z > 0 or not ASYM) else max(z, -FLOOR)
    else:
        z *= TEXT_SCALE

    def plain_link(e):
        return e.startswith("link to ") and not e.startswith("link to a commercial")
    # Found::text_promotes_in_conversation: in a conversation a price is not an offer.
    acts = any(not e.startswith(NOT_ACTIONABLE) and not (conversing and e == "a price")
               and not (conversing and LINK_ACTS == 0 and plain_link(e)
                        and words_beside_links(raw) >= LINK_WORDS)
               and not (not lands_elsewhere and LINK_ALONE_WORDS and plain_link(e)
                        and words_beside_links(raw) >= LINK_ALONE_WORDS)
               for e in evidence)
    worded = s / max(m + s, 1e-6)
    shift = 0.0
    if not acts:
        if lands_elsewhere:
            shift = -NOTHING_TO_ACT_ON_IN_THREAD * (1 - worded * WORDED_SCALES_SHIFT)
        else:
            shift = -NOTHING_TO_ACT_ON * (1 - worded)
    # Found::answers_customer
    service = any(e.startswith(("answers a customer", "signed by a support agent"))
                  for e in evidence) and not any(
        e.startswith(DECEPTIVE_OR_TEMPLATE)
        or e in ('moves to a private channel "whatsapp"',
                 'moves to a private channel "telegram"') for e in evidence)
    # A business answering a customer: the wording says nothing of the sender.
    if service:
        a = 0.0
    elif lands_elsewhere:
        a = worded
    else:
        lw = math.log(max(min(worded, 1 - 1e-6), 1e-6) / (1 - max(min(worded, 1 - 1e-6), 1e-6)))
        a = 1 / (1 + math.exp(-(lw - ALONE_WORDED_SHIFT))) if ALONE_WORDED_SHIFT else worded * ALONE_WORDED
    # factors.rs hides_a_tie: a code in someone else's conversation with no #-disclosure.
    hides_a_tie = conversing and not service and "a promo or referral code" in evidence and not any(
        e.startswith('sponsorship disclosure "#') or e == 'sponsorship disclosure "paid partnership"'
        for e in evidence)
    if any(e.startswith(DECEPTIVE_OR_TEMPLATE) for e in evidence) or hides_a_tie:
        a = 1 - (1 - a) * (1 - DECEPTIVE_WORDING)
    b = 1.0
    if lands_elsewhere:
        # takes_part(unknown relevance) = 0.5, unsolicited unless it answers a customer;
        # generic praise or a template caps it.
        b = 0.5 + 0.5 * 0.5 if service else UNSOLICITED * 0.5
        if any(e.startswith(("generic praise", "comment-spam template")) for e in evidence):
            b = min(b, GENERIC_PRAISE)
    return z, shift, a, b, conversing


def report(name, rows, key):
    conf = [[0] * 3 for _ in range(3)]
    per = defaultdict(lambda: [0, 0])
    for r in rows:
        pred = max(range(3), key=lambda k: r[key][k])
        truth = LABELS.index(r["label"])
        conf[truth][pred] += 1
        per[r["part"]][0] += pred == truth
        per[r["part"]][1] += 1
    f1 = []
    for k in range(3):
        tp = conf[k][k]
        fp = sum(conf[j][k] for j in range(3)) - tp
        fn = sum(conf[k]) - tp
        f1.append(0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    acc = sum(conf[k][k] for k in range(3)) / len(rows)
    print(f"{name:10} accuracy {acc:.4f} macro-F1 {sum(f1) / 3:.4f} "
          f"(marketing {f1[0]:.3f}, social {f1[1]:.3f}, spam {f1[2]:.3f})")
    return {p: c / n for p, (c, n) in per.items()}


def check_order(preds, rows):
    """Stops unless every prediction's row has its label and its part (the row's source
    or kind): files given in another order than the `eval` run's would judge each text
    with another text's evidence."""
    for r in preds:
        row = rows[r["index"]] if r["index"] < len(rows) else {}
        parts = {row.get("source"), row.get("text_kind")}
        if row.get("label") != r["label"] or r["part"] not in parts:
            raise SystemExit(f"prediction {r['index']} ({r['part']}, {r['label']}) does not "
                             f"match row {r['index']} of the files ({row.get('label')}, "
                             f"{sorted(map(str, parts))}): give the files in the order of "
                             "the eval run")


def main():
    preds = [json.loads(line) for line in open(sys.argv[1])]
    rows = read_rows(sys.argv[2:])
    check_order(preds, rows)
    found = evidence_of(rows)
    kinds = [kind_of(row) for row in rows]
    for r in preds:
        text = rows[r["index"]]["text"]
        inbox = kinds[r["index"]] in INBOX and not (RE_CONVERSES and ANSWERS.match(text))
        r["rejudged"] = judge_alone(r["text"], found[r["index"]],
                                    kinds[r["index"]] in LANDS_ELSEWHERE, inbox, text)
    if os.environ.get("ROWS_OUT"):
        # One row a held-out text, for bench/fit_replies.py.
        with open(os.environ["ROWS_OUT"], "w") as out:
            for r in preds:
                pred = LABELS[max(range(3), key=lambda k: r["rejudged"][k])]
                out.write(json.dumps({"part": r["part"], "label": r["label"], "pred": pred,
                                      "ev": found[r["index"]],
                                      "kind": kinds[r["index"]]}) + "\n")
    before = report("in file", preds, "judged")
    after = report("rejudged", preds, "rejudged")
    for part in sorted(before):
        flag = "" if abs(after[part] - before[part]) < 0.0005 else f"  {after[part] - before[part]:+.3f}"
        print(f"  {part:32} {before[part]:.3f} -> {after[part]:.3f}{flag}")


if __name__ == "__main__":
    main()
