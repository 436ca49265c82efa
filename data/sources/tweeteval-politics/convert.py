#!/usr/bin/env python3
"""tweeteval-politics: people's tweets about politics and public causes, from two TweetEval tasks
(Barbieri et al., Findings of EMNLP 2020) as committed in github.com/cardiffnlp/tweeteval:

- stance (SemEval-2016 Task 6): tweets on abortion, atheism, climate change, feminism and
  Hillary Clinton, collected by hashtag, labelled for the writer's stance;
- offensive (OLID, OffensEval 2019): tweets collected with political keywords ("MAGA",
  "liberals", "gun control", "antifa", ...), labelled offensive or not.

Why: the corpus's political texts are nearly all campaigns (ads, fundraising mails, politicians'
posts), so a model learns "politics = marketing" and calls a citizen's "Voted this morning!"
marketing. These are citizens arguing, mocking, cheering and asking. All rows -> social
(weak: the label comes from the collection, not from reading each tweet; a few stance tweets
are organisations' advocacy, which data/LABELS.md calls marketing). Dropped: the stance task's
"#SemST" tag (every stance tweet carries it, so it would mark the source) is removed, texts
under 20 characters after that, and texts that are only @user mentions.

Raw files are read from the mirror (`fetch github:cardiffnlp/tweeteval`), commit COMMIT.
Capped at 15,000 rows (deterministic hash sample, reserved.finish).
Usage: python3 convert.py [OUT_JSONL]
"""
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import reserved as R  # noqa: E402

NAME = "tweeteval-politics"
COMMIT = "4fbd22cd78421f05b1ecdb4fc5725bc7a7bd8f66"
MIRROR = "/work/.mirror/cardiffnlp+tweeteval/repo"
STANCE_TARGETS = ("abortion", "atheism", "climate", "feminist", "hillary")
SPLITS = ("train", "val", "test")
SEMST = re.compile(r"\s*#SemST\b", re.IGNORECASE)
ONLY_MENTIONS = re.compile(r"^(?:@user\s*)+$")


def show(path):
    return subprocess.check_output(["git", "--git-dir", MIRROR, "show", f"{COMMIT}:{path}"]).decode("utf-8")


def tasks():
    for target in STANCE_TARGETS:
        yield f"stance-{target}", f"datasets/stance/{target}"
    yield "offensive", "datasets/offensive"


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[1] / "sets" / f"{NAME}.jsonl"
    dropped = {"under_20_chars": 0, "only_mentions": 0}

    def gen():
        for group, folder in tasks():
            for split in SPLITS:
                texts = show(f"{folder}/{split}_text.txt").splitlines()
                labels = show(f"{folder}/{split}_labels.txt").splitlines()
                assert len(texts) == len(labels), (folder, split)
                for i, (raw, label) in enumerate(zip(texts, labels)):
                    text = SEMST.sub("", raw).strip()
                    if ONLY_MENTIONS.match(text):
                        dropped["only_mentions"] += 1
                        continue
                    if len(text) < 20:
                        dropped["under_20_chars"] += 1
                        continue
                    yield R.make_row(NAME, f"{group}-{split}-{i}", R.strip_html(text), "social",
                                     "political_talk", "x", group, label.strip(), weak=True,
                                     _raw=raw)

    R.finish(gen(), out, cap=15000, stats_path=HERE / "stats.json", stats={"dropped": dropped})


if __name__ == "__main__":
    main()
