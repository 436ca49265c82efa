#!/usr/bin/env python3
"""twibot20-ad-tweets: tweets with an explicit #ad / #sponsored disclosure from the public sample
of TwiBot-20 (Feng et al. 2021; github.com/BunsenFeng/TwiBot-20, TwiBot-20_sample.json: 100 users
with up to 200 tweets each, 2020).

Raw file (not committed, 3.2 MB; extracted from the mirror if raw/ lacks it):
  git --git-dir=/work/.mirror/BunsenFeng+TwiBot-20/repo show \
      6b11ffdbe4a126c0c51225123def7a5c013323ac:TwiBot-20_sample.json > raw/TwiBot-20_sample.json

Only tweets carrying #ad / #sponsored (as a whole hashtag, any case) are kept -> marketing, kind
sponsored; the disclosure tag stays in the text. Other tweets of the same accounts are not used
(undisclosed promotion and personal tweets are mixed, with no label). group = account.
Usage: python3 convert.py [RAW_JSON] [OUT_JSONL]
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "twibot20-ad-tweets"
COMMIT = "6b11ffdbe4a126c0c51225123def7a5c013323ac"
MIRROR = "/work/.mirror/BunsenFeng+TwiBot-20/repo"
DISCLOSURE = re.compile(r"(?i)#(ad|sponsored)\b")
PT = set("que de não nao pra uma com vcs você voce tb muito essa série serie história meu minha".split())


def main():
    raw = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "raw" / "TwiBot-20_sample.json"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    data = raw.read_text(encoding="utf-8") if raw.exists() else subprocess.check_output(
        ["git", "--git-dir", MIRROR, "show", f"{COMMIT}:TwiBot-20_sample.json"]).decode("utf-8")

    def gen():
        for u in json.loads(data):
            handle = ((u.get("profile") or {}).get("screen_name") or u["ID"]).strip()
            for i, t in enumerate(u.get("tweet") or []):
                m = DISCLOSURE.search(t)
                if not m:
                    continue
                text = R.strip_html(t)
                words = re.findall(r"[a-zà-ÿ]+", text.lower())
                lang = "pt" if sum(w in PT for w in words) >= 3 else "en"
                yield R.make_row(NAME, f"{u['ID']}-{i}", text, "marketing", "sponsored", "twitter", handle,
                                 "disclosed " + m.group(0).lower(), weak=False, lang=lang, _raw=t)

    R.finish(gen(), out, stats_path=HERE / "stats.json")


if __name__ == "__main__":
    main()
