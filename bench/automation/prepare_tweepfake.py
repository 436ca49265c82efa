#!/usr/bin/env python3
"""Copy TweepFake into the repository for the automation calibration, minus reserved texts.

    python3 bench/automation/prepare_tweepfake.py /work/shared/data \
        data/tweepfake/tweepfake.csv 400

Reads raw/tweepfake/{train,validation,test}.csv (';'-delimited, quoted multi-line texts),
drops every text whose key is in reserved.sha256 or reserved-loose.sha256 (keys in
shared/data/README.md), and writes the rest with the same columns
(screen_name;text;account.type;class_type), at most PER_ACCOUNT rows per account in file
order (train, validation, test), so a few prolific accounts do not outweigh the rest.
Prints what was kept and dropped.
"""
import csv
import hashlib
import re
import sys
from pathlib import Path


def strict_key(text):
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().lower().encode()).hexdigest()


def loose_key(text):
    return re.sub(r"[\W_]+", "", text.lower())


def main():
    shared, out = Path(sys.argv[1]), Path(sys.argv[2])
    cap = int(sys.argv[3]) if len(sys.argv) > 3 else 400
    per_account = {}
    strict = set((shared / "reserved.sha256").read_text().split())
    loose = set((shared / "reserved-loose.sha256").read_text().split())
    rows, dropped = [], 0
    for name in ["train.csv", "validation.csv", "test.csv"]:
        with open(shared / "raw/tweepfake" / name, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter=";"):
                text = row["text"]
                lk = loose_key(text)
                lk_hash = hashlib.sha256(lk.encode()).hexdigest()
                if strict_key(text) in strict or (
                    len(lk) >= 15 and (lk in loose or lk_hash in loose)
                ):
                    dropped += 1
                    continue
                n = per_account.get(row["screen_name"], 0)
                if n < cap:
                    per_account[row["screen_name"]] = n + 1
                    rows.append(row)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n")
        w.writerow(["screen_name", "text", "account.type", "class_type"])
        for r in rows:
            w.writerow([r["screen_name"], r["text"], r["account.type"], r["class_type"]])
    accounts = {r["screen_name"] for r in rows}
    print(f"kept {len(rows)} rows from {len(accounts)} accounts; dropped {dropped} reserved")


if __name__ == "__main__":
    main()
