"""Shared helpers for the converters under data/sources/<name>/convert.py (python3 stdlib only).

Reserved texts (kept for independent evaluation, /work/shared/data/README.md) must never enter
training data. Two hash lists, one SHA-256 hex digest a line:
  reserved.sha256        sha256 of  re.sub(r"\\s+", " ", text).strip().lower()
  reserved-loose.sha256  sha256 of  re.sub(r"[\\W_]+", "", text.lower())   (only keys >= 15 chars)
Both default to ../shared/data relative to the repository root (i.e. /work/shared/data when the
repo is /work/<worktree>); pass other paths to Reserved(...) or set DISCERN_RESERVED_DIR.

Also here: fold_of (fold = int(sha256(id).hexdigest()[:8], 16) % 10), HTML stripping, and the
common row writer with exact-text dedup, the 5,000-char limit and a deterministic stratified cap.
"""
import hashlib
import html
import json
import os
import re
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIR = Path(os.environ.get("DISCERN_RESERVED_DIR", REPO_ROOT.parent / "shared" / "data"))
MAX_CHARS = 5000


def strict_key(text):
    return hashlib.sha256(re.sub(r"\s+", " ", text).strip().lower().encode()).hexdigest()


def loose_key(text):
    k = re.sub(r"[\W_]+", "", text.lower())
    if len(k) < 15:
        return None
    return hashlib.sha256(k.encode()).hexdigest()


class Reserved:
    def __init__(self, strict_path=None, loose_path=None):
        strict_path = Path(strict_path or DEFAULT_DIR / "reserved.sha256")
        loose_path = Path(loose_path or DEFAULT_DIR / "reserved-loose.sha256")
        self.strict = set(strict_path.read_text().split())
        self.loose = set(loose_path.read_text().split())
        if not self.strict or not self.loose:
            raise SystemExit("reserved hash lists are empty: " + str(strict_path))

    def hit(self, text):
        if strict_key(text) in self.strict:
            return True
        lk = loose_key(text)
        return lk is not None and lk in self.loose


def fold_of(ident):
    return int(hashlib.sha256(ident.encode()).hexdigest()[:8], 16) % 10


_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", re.S)  # HTML-like tags only ("<3" survives)


def strip_html(text):
    if "<" in text and ">" in text:
        text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
        text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n\s*\n\s*\n+", "\n\n", text)
    return text.strip()


def make_row(source, ident, text, label, kind, platform, group, orig_label, weak, lang="en", **extra):
    ident = f"{source}:{ident}"
    r = {"id": ident, "text": text, "label": label, "source": source, "text_kind": kind,
         "platform": platform, "group": group, "orig_label": str(orig_label), "weak": bool(weak),
         "fold": fold_of(ident), "lang": lang}
    r.update(extra)
    return r


def _rank(ident):
    return hashlib.sha256(("cap:" + ident).encode()).hexdigest()


def finish(rows, out_path, cap=15000, reserved=None, strata=("label",), stats=None, stats_path=None):
    """Clean, dedup, drop reserved, cap (stratified by `strata`, deterministic), write JSONL.

    rows: iterable of dicts from make_row, in source order (dedup keeps the first). A row may carry
    "_raw": the original text (or a list of originals) before any rewrite; it is checked against the
    reserved lists too and never written out.
    Returns a stats dict (also printed)."""
    reserved = reserved or Reserved()
    st = {"in": 0, "empty": 0, "too_long": 0, "dup": 0, "reserved": 0, "capped": 0, "out": 0}
    seen = set()
    kept = []
    for r in rows:
        st["in"] += 1
        t = (r["text"] or "").strip()
        r["text"] = t
        if not t:
            st["empty"] += 1
            continue
        if len(t) > MAX_CHARS:
            st["too_long"] += 1
            continue
        # duplicates: same text up to case, spacing and punctuation (the loose key); texts with no
        # letter or digit (emoji only) fall back to the whitespace/case key
        lk = re.sub(r"[\W_]+", "", t.lower())
        k = ("L:" + lk) if lk else ("S:" + strict_key(t))
        if k in seen:
            st["dup"] += 1
            r.pop("_raw", None)
            continue
        seen.add(k)
        raws = r.pop("_raw", None) or []
        if isinstance(raws, str):
            raws = [raws]
        # check the text as written out AND the source's original form(s), so that a rewrite
        # (entity unescaping, "@user", link repair, truncation) cannot hide a reserved text
        if reserved.hit(t) or any(reserved.hit(x) for x in raws if x):
            st["reserved"] += 1
            continue
        kept.append(r)
    if cap and len(kept) > cap:
        groups = {}
        for r in kept:
            groups.setdefault(tuple(r[s] for s in strata), []).append(r)
        # proportional allocation, largest remainder; each stratum keeps its lowest-hash rows
        total = len(kept)
        alloc = {g: cap * len(v) // total for g, v in groups.items()}
        rest = cap - sum(alloc.values())
        for g in sorted(groups, key=lambda g: -(cap * len(groups[g]) % total))[:rest]:
            alloc[g] += 1
        chosen = set()
        for g, v in groups.items():
            for r in sorted(v, key=lambda r: _rank(r["id"]))[:alloc[g]]:
                chosen.add(r["id"])
        st["capped"] = len(kept) - len(chosen)
        kept = [r for r in kept if r["id"] in chosen]
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as f:
        for r in kept:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    st["out"] = len(kept)
    counts = {}
    for r in kept:
        counts[(r["text_kind"], r["label"])] = counts.get((r["text_kind"], r["label"]), 0) + 1
    st["counts"] = {f"{k}/{l}": n for (k, l), n in sorted(counts.items())}
    if stats:
        st.update(stats)
    print(json.dumps(st, ensure_ascii=False))
    stats_path = Path(stats_path) if stats_path else out_path.with_suffix(".stats.json")
    stats_path.write_text(json.dumps(st, ensure_ascii=False, indent=1) + "\n")
    return st


def summary(sets_dir=None, sources_dir=None):
    """Markdown table of data/sets/*.jsonl (rows by kind x label, weak, reserved dropped, licence)."""
    sets_dir = Path(sets_dir or REPO_ROOT / "data" / "sets")
    sources_dir = Path(sources_dir or REPO_ROOT / "data" / "sources")
    lines = ["| source | kind | social | marketing | spam | weak rows | groups | langs | reserved dropped | licence |",
             "|---|---|---:|---:|---:|---:|---:|---|---:|---|"]
    tot = {"social": 0, "marketing": 0, "spam": 0, "weak": 0, "reserved": 0, "rows": 0}
    for p in sorted(sets_dir.glob("*.jsonl")):
        name = p.stem
        rows = [json.loads(l) for l in p.open(encoding="utf-8")]
        st_path = sources_dir / name / "stats.json"
        st = json.loads(st_path.read_text()) if st_path.exists() else {}
        lic = "?"
        src = sources_dir / name / "SOURCE.txt"
        if src.exists():
            for line in src.read_text().splitlines():
                if line.lower().startswith("licence (short)"):
                    lic = line.split(":", 1)[1].strip()
        kinds = sorted({r["text_kind"] for r in rows})
        for k in kinds:
            kr = [r for r in rows if r["text_kind"] == k]
            c = {l: sum(r["label"] == l for r in kr) for l in ("social", "marketing", "spam")}
            weak = sum(r["weak"] for r in kr)
            first = k == kinds[0]
            lines.append(f"| {name if first else ''} | {k} | {c['social']:,} | {c['marketing']:,} | {c['spam']:,} | "
                         f"{weak:,} | {len({r['group'] for r in kr}):,} | {','.join(sorted({r['lang'] for r in kr}))} | "
                         f"{(format(st.get('reserved', 0), ',') if first else '')} | {lic[:90] if first else ''} |")
            for l in c:
                tot[l] += c[l]
            tot["weak"] += weak
            tot["rows"] += len(kr)
        tot["reserved"] += st.get("reserved", 0)
    lines.append(f"| **total** | | {tot['social']:,} | {tot['marketing']:,} | {tot['spam']:,} | {tot['weak']:,} | | | "
                 f"{tot['reserved']:,} | |")
    return "\n".join(lines), tot


if __name__ == "__main__":
    import sys as _sys
    if "--summary" in _sys.argv:
        table, tot = summary()
        print(table)
        print(f"\n{tot['rows']:,} rows")


KINDS = {"cause_ads", "comment_spam", "long_social", "sponsored", "customer_service", "scam", "bot_replies",
         "non_english", "commercial_ads", "brand_posts", "background_social", "political_talk"}
FIELDS = ["id", "text", "label", "source", "text_kind", "platform", "group", "orig_label", "weak", "fold", "lang"]


def check(sets_dir=None, corpus=None):
    """Validate data/sets/*.jsonl: fields, values, fold formula, unique ids, no reserved text, and
    count texts shared with other sources / corpus.jsonl; and no reserved text in the committed
    raw JSONL extracts (data/sources/*/raw/*.jsonl). Returns the number of problems."""
    sets_dir = Path(sets_dir or REPO_ROOT / "data" / "sets")
    corpus = Path(corpus or REPO_ROOT / "data" / "corpus.jsonl")
    res = Reserved()
    problems = 0
    owner = {}
    if corpus.exists():
        for line in corpus.open(encoding="utf-8"):
            owner.setdefault(strict_key(json.loads(line)["text"]), "corpus.jsonl")
    for p in sorted(sets_dir.glob("*.jsonl")):
        ids = set()
        shared = {}
        for n, line in enumerate(p.open(encoding="utf-8")):
            r = json.loads(line)
            bad = []
            if list(r)[:len(FIELDS)] != FIELDS:
                bad.append("fields")
            if r["label"] not in ("social", "marketing", "spam"):
                bad.append("label")
            if r["text_kind"] not in KINDS:
                bad.append("kind")
            if r["source"] != p.stem or not r["id"].startswith(p.stem + ":"):
                bad.append("source/id")
            if r["fold"] != fold_of(r["id"]):
                bad.append("fold")
            if r["id"] in ids:
                bad.append("dup id")
            ids.add(r["id"])
            if not isinstance(r["weak"], bool) or not r["text"].strip() or len(r["text"]) > MAX_CHARS:
                bad.append("weak/text")
            if res.hit(r["text"]):
                bad.append("RESERVED")
            k = strict_key(r["text"])
            if k in owner and owner[k] != p.stem:
                shared[owner[k]] = shared.get(owner[k], 0) + 1
            owner.setdefault(k, p.stem)
            if bad:
                problems += 1
                if problems < 20:
                    print(p.name, n, bad)
        print(f"{p.stem:32} {len(ids):6} rows  shared texts with earlier files: {shared or '-'}")
    # Committed raw extracts are training inputs too: their texts must not be reserved.
    for p in sorted((REPO_ROOT / "data" / "sources").glob("*/raw/*.jsonl")):
        for n, line in enumerate(p.open(encoding="utf-8")):
            text = json.loads(line).get("text")
            if isinstance(text, str) and res.hit(text):
                problems += 1
                if problems < 20:
                    print(p.relative_to(REPO_ROOT), n, ["RESERVED"])
    print("problems:", problems)
    return problems


if __name__ == "__main__":
    import sys as _sys
    if "--check" in _sys.argv:
        _sys.exit(1 if check() else 0)
