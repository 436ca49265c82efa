#!/usr/bin/env python3
"""Chooses the semantic relevance's scale and the blend weight on the mail threads
(crates/threads/src/semantic.rs, SemanticConfig), from two runs of bench/mail_threads.py:

    DISCERN_RELEVANCE=lexical  MAIL_THREADS_PAIRS=bench/out/mail-pairs-lexical.jsonl  python3 bench/mail_threads.py DISCERN
    DISCERN_RELEVANCE=semantic MAIL_THREADS_PAIRS=bench/out/mail-pairs-semantic.jsonl python3 bench/mail_threads.py DISCERN
    python3 bench/semantic_fit.py bench/out/mail-pairs-lexical.jsonl bench/out/mail-pairs-semantic.jsonl

The semantic run must use the identity scale (floor -1, ceiling 1: relevance = (cosine + 1) / 2,
so the cosine is read back exactly). Scale: floor and ceiling put the median cosine of the
replies in their own thread and moved to another on the lexical medians of the same replies.
Blend weight: the w in 0, 0.05, ..., 1 where w * lexical + (1 - w) * semantic puts the own
thread above the other in most pairs (ties count half; the smallest such w). Only these
mail threads are used; the forum, YouTube and blog figures are measured with the result.
"""
import json
import sys


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


def wins(pairs):
    return sum(1.0 if a > b else 0.5 if a == b else 0.0 for a, b in pairs) / len(pairs)


def main():
    lexical, semantic = load(sys.argv[1]), load(sys.argv[2])
    assert len(lexical) == len(semantic), "the two runs must score the same replies"
    cos = [(2 * p["own"] - 1, 2 * p["moved"] - 1) for p in semantic]
    lex = [(p["own"], p["moved"]) for p in lexical]
    c_own, c_moved = median([a for a, _ in cos]), median([b for _, b in cos])
    l_own, l_moved = median([a for a, _ in lex]), median([b for _, b in lex])
    span = (c_own - c_moved) / (l_own - l_moved)
    floor = c_moved - l_moved * span
    ceiling = floor + span
    scale = lambda c: min(1.0, max(0.0, (c - floor) / span))
    print(f"median cosine own {c_own:.4f}, moved {c_moved:.4f}; lexical own {l_own:.4f}, moved {l_moved:.4f}")
    print(f"scale: floor {floor:.4f}, ceiling {ceiling:.4f}")
    sem = [(scale(a), scale(b)) for a, b in cos]
    print(f"own above moved: lexical {wins(lex):.1%}, semantic {wins(sem):.1%}")
    best = None
    for step in range(21):
        w = step / 20
        blend = [(w * la + (1 - w) * sa, w * lb + (1 - w) * sb) for (la, lb), (sa, sb) in zip(lex, sem)]
        share = wins(blend)
        print(f"  blend w={w:.2f}: {share:.1%}")
        if best is None or share > best[1] + 1e-12:
            best = (w, share)
    print(f"blend weight {best[0]:.2f} ({best[1]:.1%})")


if __name__ == "__main__":
    main()
