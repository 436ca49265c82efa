#!/usr/bin/env python3
"""Builds raw/promoted_tweets.jsonl for x-promoted-tweets from personal X (Twitter) data archives
that their owners published on GitHub (the repositories listed in REPOS; fetched as
/work/.mirror/<owner>+<name>/repo). An archive's data/ad-impressions.js and
data/ad-engagements.js list the promoted tweets (paid ads) X showed the owner, with the ad's text
and the advertiser. Every version of those two files in each repository's history is read (an
archive covers only the last few months, and some owners committed a new archive every month).

Only the ad itself is kept: tweet id, text, advertiser name and handle, and the archive it came
from. The owner's targeting data, devices and times are not copied.
Usage: python3 extract.py [MIRROR_DIR]   (writes raw/promoted_tweets.jsonl, one ad a line)
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# repository -> HEAD commit of the snapshot read (the files were read at every commit up to it)
REPOS = {
    "8yeol/love": "b2ef65fbe95188a4cd233b96740622702fd7a694",
    "Corn-Coder/firsttwit": "b6f8b0b4fc36394ac4c3c803d86f67902b052824",
    "Corn-Coder/secondtwit": "6f2a1f0ff3bdb8757edc68d6050c0d9dac25a9b5",
    "JackLance/jacklance.github.io": "8af4b3285889c10bd7fb9b411b764923d0afc668",
    "MorangTheClang/Twitter": "fb8e5a1c327ad216195a04840f15fb9967735c98",
    "MorangTheClang/Twitter2": "4d6a2340727b3f35e66896b62f8fc08a2703dcc2",
    "ajitg25/twitter-analytics": "ce3209af7799ac71b985f0a8cc90e99c081972f2",
    "denchi/lumeninferiusarchive": "7a719b713962a6b026982d58536e96a0059494b0",
    "eroija/twitter": "ea9251f95ecee505927cfac61f22eb3bc1051fdf",
    "gaaaabriel/gaaaabriel.github.io": "f48d32f670a1cc2d5b67204d3e397e86ee3e68c3",
    "jeremyfranklin/twitter": "49628932f5f3130cf541d5888b68ca07e5c487a1",
    "joellindstrom/HonestMVP": "b1261d5c3229386d6f82fc70662d840b62bf74e2",
    "keithfrankish/twitter-data": "da69ce7959e76a5cecea39e8a960febf926514ed",
    "kglibrarian/RTIatMLATwitterArchive": "644a78db9b8488b7f067f3efb9511da6d1325e17",
    "larsbrinkhoff/twitter-data": "bedf1fa56839650efa7cc704303a21bfb18bc833",
    "natalieacpm/na": "5b42723e14bcb19c3993d3928f0d99639adaf34b",
    "nhudson/twitter-backup": "b9f3398a36362cc90154bcf775cb59a459ed6c98",
    "shauntmcgovern/SABBusinessEntrepreneurialConcept-GateyExploreEducator-MarketerArtistRoze-ededededed89":
        "075f931ef0135ac162763d248c456c27de4d81e5",
    "timlinux/timlinux-twitter-archive": "5e3b1622482292b74e9e6c35f99b336a0adacd80",
    "turtleboydailynews/turtleboydailynews.github.io": "200d8d61038f4d8d243a5482d28d6769a9c1730d",
    "vovavasylyna/mytwitterarchive": "fac4d229c8ea10a676450258ffc41580ff02d9d6",
}
AD_FILE = re.compile(r"(^|/)ad-(impressions|engagements)[^/]*\.js$")


def gitdir(mirror, repo):
    d = mirror / repo.replace("/", "+") / "repo"
    return d / ".git" if (d / ".git").is_dir() else d


def git(g, *args):
    return subprocess.run(["git", "--git-dir", str(g), *args], capture_output=True, check=True).stdout


def ad_blobs(g, head):
    """(blob, path) of every version of an ad file in the history up to head, oldest first."""
    out = git(g, "log", "--reverse", "--format=", "--raw", "--no-abbrev", "--no-renames", head).decode()
    seen = {}
    for line in out.splitlines():
        m = re.match(r":\S+ \S+ \S+ (\S+) \S+\t(.*)", line)
        if m and AD_FILE.search(m.group(2)) and set(m.group(1)) != {"0"}:
            seen.setdefault(m.group(1), m.group(2))
    return list(seen.items())


def promoted(node):
    if isinstance(node, dict):
        if "promotedTweetInfo" in node:
            yield node
        else:
            for v in node.values():
                yield from promoted(v)
    elif isinstance(node, list):
        for v in node:
            yield from promoted(v)


def main():
    mirror = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/.mirror")
    out = HERE / "raw" / "promoted_tweets.jsonl"
    seen = set()
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for repo, head in REPOS.items():
            g = gitdir(mirror, repo)
            for blob, path in ad_blobs(g, head):
                try:
                    s = git(g, "cat-file", "-p", blob).decode("utf-8", "replace")
                except subprocess.CalledProcessError:
                    print("absent from the snapshot (4 MiB or more):", repo, path, blob, file=sys.stderr)
                    continue
                try:
                    data = json.loads(s[s.index("=") + 1:])
                except ValueError:
                    print("unreadable", repo, path, blob, file=sys.stderr)
                    continue
                for imp in promoted(data):
                    pt = imp["promotedTweetInfo"]
                    adv = imp.get("advertiserInfo") or {}
                    tid = str(pt.get("tweetId") or "")
                    if not tid or tid in seen:
                        continue
                    seen.add(tid)
                    n += 1
                    f.write(json.dumps({"tweet_id": tid, "text": pt.get("tweetText") or "",
                                        "advertiser": adv.get("advertiserName") or "",
                                        "handle": adv.get("screenName") or "",
                                        "archive": repo, "blob": blob}, ensure_ascii=False) + "\n")
    print(n, "promoted tweets ->", out)


if __name__ == "__main__":
    main()
